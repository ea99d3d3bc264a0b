//! `repeated-opening`: a paragraph that repeats the opening of the paragraph
//! before it (and, for a verb that takes an addressee, the same addressee)
//! without `also` or `further`. The UN writes the second one `Recalling
//! also` / `Also requests` and the third `Recalling further` / `Further
//! requests`, then starts again with `Recalling` (see [`Cycle`]); the fix
//! writes that form.
//!
//! A hint only: adopted texts often repeat `Calls upon` or `Encourages` for
//! different addressees (not reported), and budget texts repeat verbs
//! freely. A heading or a paragraph of the other part between the two ends
//! the repetition.

use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::parts::Cycle;
use crate::syntax::foreign::{self, parsed_with};
use crate::syntax::Repeat;
use crate::text::Range;
use crate::vocabulary::{self, capitalize, repeated_form};

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "repeated-opening",
    severity: Severity::Hint,
    summary: "A paragraph repeating the previous paragraph's opening (and addressee) without `also` or `further`.",
    example: "Requests the Secretary-General …; Requests the Secretary-General … (write Also requests)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let parts = ctx.parts;
    for line in ctx.wanted_lines_with_roles() {
        let (Some(role), Some(opening)) = (parts.role(line), ctx.lines[line].opening.as_ref())
        else {
            continue;
        };
        if opening.repeat != Repeat::None {
            continue;
        }
        let adverb = match parts.cycle(line) {
            Cycle::First => continue,
            Cycle::Second => "also",
            Cycle::Third => "further",
        };
        let (base, written) = match (parsed_with(ctx.model.language), opening.foreign()) {
            // In French or Spanish: the form as the corpus repeats it
            // (`Prie également`, `Recordando además`).
            (Some(data), Some(index)) => {
                let Some(form) = data.openings.forms.get(usize::from(index)) else {
                    continue;
                };
                let repeat = if adverb == "also" {
                    Repeat::Also
                } else {
                    Repeat::Further
                };
                let Some(written) =
                    foreign::repeated_form(data, &form.text, &opening.key(), role.part(), repeat)
                else {
                    continue;
                };
                (capitalize(&opening.key()), written)
            }
            _ => {
                let base = match opening.phrase() {
                    Some(p) => vocabulary::phrases()[p as usize].text.to_string(),
                    None => capitalize(&opening.key()),
                };
                let written = repeated_form(&base, role.part(), adverb);
                (base, written)
            }
        };
        let addressee = if opening.addressee().is_some() {
            "same"
        } else {
            "none"
        };
        let message = crate::msg!(
            "repeated-opening",
            written = &written,
            base = &base,
            addressee = addressee,
            adverb = adverb
        );
        let line = line as u32;
        let diagnostic = Ctx::diagnostic(&INFO, line, opening.span, message);
        // Rewriting the span would drop a bracket inside it (`Requests
        // [the Secretary-General`): no fix then.
        acc.push(if opening.bracketed {
            diagnostic
        } else {
            diagnostic.with_fix(Fix {
                title: crate::msg!("fix-write", text = &written),
                edits: vec![TextEdit::new(
                    Range::on_line(line, opening.span.start, opening.span.end),
                    written,
                )],
            })
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::{check, check_fix};

    const CODE: &str = "repeated-opening";

    #[test]
    fn a_repeated_verb_takes_also_then_further() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 77/1,
\tRecalling its resolution 78/1,
\t^^^^^^^^^ repeated-opening: write `Recalling also`
\tRecalling its resolution 79/1,
\t^^^^^^^^^ repeated-opening: write `Recalling further`
\t1.\tRequests the Secretary-General to report;
\t2.\tRequests the Secretary-General to consult;
\t  \t^^^^^^^^ repeated-opening: write `Also requests`: a paragraph repeating the opening `Requests` of the previous one to the same addressee",
        );
    }

    #[test]
    fn other_addressees_and_marked_repeats_are_silent() {
        // A/RES/78/10: `Recalling`, `Recalling also`, `Recalling further`;
        // S/RES/2719 (2023) repeats `Calls upon` for other addressees.
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 76/13 of 2 December 2021,
\tRecalling also its resolution 48/11 of 25 October 1993,
\tRecalling further that the core concept of ekecheiria has been the cessation of hostilities,
\t1.\tCalls upon Member States to observe the Olympic Truce;
\t2.\tCalls upon the International Olympic Committee to cooperate;
\t3.\tDecides to include the sub-item;
\tSection II
\t4.\tDecides to further reduce resources.",
        );
    }

    #[test]
    fn runs_go_in_cycles_of_three() {
        // A/RES/78/10 and 146 other adopted texts: after `further`, the plain
        // form again.
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 1/1,
\tRecalling also its resolution 1/2,
\tRecalling further its resolution 1/3,
\tRecalling its resolution 1/4,
\tRecalling also its resolution 1/5,
\t1.\tDecides to act;
\t2.\tDecides to report;
\t  \t^^^^^^^ repeated-opening: write `Also decides`
\t3.\tDecides to meet;
\t  \t^^^^^^^ repeated-opening: write `Further decides`
\t4.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn the_fix_writes_the_un_form() {
        check_fix(
            CODE,
            "1.\tTakes note of the report;\n2.\tTakes note of the note.",
            "1.\tTakes note of the report;\n2.\tAlso takes note of the note.",
        );
        check_fix(
            CODE,
            "\tThe General Assembly,\n\tTaking note of the report,\n\tTaking note of the note,\n\t1.\tDecides.",
            "\tThe General Assembly,\n\tTaking note of the report,\n\tTaking note also of the note,\n\t1.\tDecides.",
        );
    }
}
