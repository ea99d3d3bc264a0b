//! `former-name`: an organization named by a name (or an acronym) it no
//! longer bears, with a fix to the current one: `Organization of the
//! Islamic Conference` (renamed `Organization of Islamic Cooperation` on 28
//! June 2011), `DPKO`.
//!
//! A hint only: historic mentions are legitimate, and UN texts keep the old
//! name when they cite an act of the renamed body. Not reported: a line that
//! also names the current organization or says `formerly` or `now` (it
//! explains the change itself), footnote texts, distinct predecessor bodies
//! (the Permanent Court of International Justice), and texts adopted while
//! the name was current (`MONUC` in S/RES/1445 (2002)).

use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::syntax::LineKind;
use crate::text::Range;
use crate::vocabulary;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "former-name",
    severity: Severity::Hint,
    summary: "An organization's former name, with a fix to the current one.",
    example:
        "the Organization of the Islamic Conference (now the Organization of Islamic Cooperation)",
};

/// The year the text was adopted, from its adoption line or header.
fn adopted_in(ctx: &Ctx<'_>) -> Option<u32> {
    ctx.lines.iter().find_map(|line| match &line.kind {
        LineKind::AdoptionLine { date, .. } | LineKind::ScAdoption { date } => date.map(|d| d.year),
        LineKind::ScHeader { year, .. } => Some(*year),
        _ => None,
    })
}

/// The year in `until` (`2011-06-28`, `c. 2002`, `1994`).
fn year_of(until: &str) -> Option<u32> {
    let digits: String = until
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(char::is_ascii_digit)
        .collect();
    digits.parse().ok()
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    if ctx.model.former_name_lines.is_empty() {
        return;
    }
    let adopted = adopted_in(ctx);
    // A mention's finding depends on its line and on the model's context:
    // only the wanted lines are visited.
    for &line in ctx.wanted_of(&ctx.model.former_name_lines) {
        let line = line as usize;
        for mention in ctx.lines[line].former_names() {
            let org = &vocabulary::organizations()[mention.organization as usize];
            let former = &org.former[mention.former as usize];
            // A text adopted while the name was current.
            if adopted
                .zip(year_of(former.until))
                .is_some_and(|(a, u)| a <= u)
            {
                continue;
            }
            let current = match (mention.acronym, org.acronym) {
                (true, Some(acronym)) => acronym,
                _ => org.name,
            };
            let written = if mention.acronym {
                former.acronym.unwrap_or(former.name)
            } else {
                former.name
            };
            let until = (!former.until.is_empty())
                .then(|| crate::msg!("former-name-until", until = former.until));
            let message = crate::msg!(
                "former-name",
                current = current,
                written = written,
                until = until,
                change = former.change
            );
            let line = line as u32;
            acc.push(
                Ctx::diagnostic(&INFO, line, mention.span, message).with_fix(Fix {
                    title: crate::msg!("fix-write", text = current),
                    edits: vec![TextEdit::new(
                        Range::on_line(line, mention.span.start, mention.span.end),
                        current,
                    )],
                }),
            );
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::{check, check_fix};

    const CODE: &str = "former-name";

    #[test]
    fn former_names_and_acronyms() {
        check(
            CODE,
            "1.\tWelcomes the cooperation with the Organization of the Islamic Conference;
                                     ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ former-name: write `Organization of Islamic Cooperation`
2.\tRequests DPKO to report.
            ^^^^ former-name: write `DPO`",
        );
    }

    #[test]
    fn explained_changes_predecessors_and_real_texts_are_silent() {
        // A/RES/79/9 names the Organization of Islamic Cooperation and
        // explains its former name in a footnote.
        check(
            CODE,
            "\tRecalling the Organization of Islamic Cooperation, formerly the Organization of the Islamic Conference,
\tRecalling the jurisprudence of the Permanent Court of International Justice,
\tConvinced of the role of the Economic Commission for Latin America and the Caribbean,
1 On 28 June 2011, the Organization of the Islamic Conference changed its name to the Organization of Islamic Cooperation.",
        );
    }

    #[test]
    fn a_text_adopted_while_the_name_was_current_is_silent() {
        check(
            CODE,
            "Resolution 1445 (2002)
\tThe Security Council,
\t1.\tRequests MONUC to report.",
        );
    }

    #[test]
    fn the_fix_writes_the_current_name() {
        check_fix(
            CODE,
            "1.\tInvites the Organization of African Unity to cooperate.",
            "1.\tInvites the African Union to cooperate.",
        );
    }
}
