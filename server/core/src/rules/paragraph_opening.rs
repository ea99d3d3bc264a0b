//! `paragraph-opening`: a preambular paragraph opens with a participle or an
//! adjective (`Recalling`, `Having considered`, `Convinced`, `Mindful`), an
//! operative paragraph with a verb in the present tense (`Requests`,
//! `Calls upon`), never with its subject (`The Assembly requests`) and never
//! with a participle (`Requesting`) or a past tense (`Decided`) (UN
//! Editorial Manual II.C). `Also` or `Further` may come first in either part
//! (adopted texts write both `Also noting` and `Noting also`). Where the
//! other form of the verb is known, the fix writes it.

use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::parts::Role;
use crate::syntax::{Opening, OpeningForm, Repeat};
use crate::text::Range;
use crate::vocabulary::{self, capitalize, decapitalize};

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "paragraph-opening",
    severity: Severity::Warning,
    summary: "A preambular paragraph that does not open with a participle or adjective, or an operative paragraph that does not open with a verb in the present tense.",
    example: "1. The Assembly requests … or 1. Requesting … (write 1. Requests …)",
};

/// `replacement` written with the head's capitalization.
fn cased(opening: &Opening, replacement: &str) -> String {
    if opening.head.start == opening.span.start {
        capitalize(replacement)
    } else {
        decapitalize(replacement)
    }
}

fn replace_head(line: u32, opening: &Opening, replacement: &str) -> Fix {
    let new = cased(opening, replacement);
    Fix {
        title: format!("Write `{new}`"),
        edits: vec![TextEdit::new(
            Range::on_line(line, opening.head.start, opening.head.end),
            new,
        )],
    }
}

fn preambular(line: u32, opening: &Opening) -> Option<Diagnostic> {
    if matches!(
        opening.form,
        OpeningForm::Participle | OpeningForm::PastParticiple | OpeningForm::Adjective
    ) {
        return None;
    }
    let word = &*opening.word;
    let forms = vocabulary::verb_forms(word);
    let (message, fix) = match opening.form {
        OpeningForm::Participle | OpeningForm::PastParticiple | OpeningForm::Adjective => {
            return None
        }
        OpeningForm::Present | OpeningForm::Base => match forms {
            Some(f) => (
                format!(
                    "a preambular paragraph opens with a participle: write `{}`, not `{word}`",
                    cased(opening, f.participle)
                ),
                Some(replace_head(line, opening, f.participle)),
            ),
            None => (
                format!("a preambular paragraph opens with a participle: write the participle of `{word}` (`Recalling`, not `Recalls`)"),
                None,
            ),
        },
        OpeningForm::Subject { .. } => (
            "a preambular paragraph opens with a participle, not with its subject: write `Recalling …`, `Noting …`".to_string(),
            None,
        ),
        OpeningForm::Other => (
            format!("a preambular paragraph opens with a participle or an adjective (`Recalling`, `Noting with concern`, `Convinced`), not `{word}`: rephrase its opening"),
            None,
        ),
    };
    let diagnostic = Ctx::diagnostic(&INFO, line, opening.head, message);
    Some(match fix {
        Some(fix) => diagnostic.with_fix(fix),
        None => diagnostic,
    })
}

/// Words that open a phrase an operative paragraph may put before its verb.
const PREPOSITIONS: &[&str] = &[
    "In",
    "At",
    "On",
    "With",
    "For",
    "Pursuant",
    "Without",
    "Upon",
    "Consistent",
    "Within",
    "Under",
];

fn operative(line: u32, opening: &Opening) -> Option<Diagnostic> {
    let word = &*opening.word;
    match opening.form {
        OpeningForm::Present => return None,
        OpeningForm::Other if PREPOSITIONS.contains(&word) => return None,
        _ => {}
    }
    let forms = vocabulary::verb_forms(word);
    let generic = format!(
        "an operative paragraph opens with a verb in the present tense (`Requests`, `Decides`, `Calls upon`), not `{word}`: rephrase its opening"
    );
    let (span, message, fix) = match opening.form {
        OpeningForm::Present => return None,
        OpeningForm::Participle | OpeningForm::Base | OpeningForm::PastParticiple => {
            match forms.filter(|f| {
                opening.form != OpeningForm::PastParticiple || f.past.eq_ignore_ascii_case(word)
            }) {
                Some(f) => (
                    opening.head,
                    format!(
                        "an operative paragraph opens with a verb in the present tense: write `{}`, not `{word}`",
                        cased(opening, f.present)
                    ),
                    Some(replace_head(line, opening, f.present)),
                ),
                None => (opening.head, generic, None),
            }
        }
        OpeningForm::Subject { verb } => {
            let verb_text = match opening.repeat {
                Repeat::Also => format!("Also {}", decapitalize(word)),
                Repeat::Further => format!("Further {}", decapitalize(word)),
                Repeat::None => capitalize(word),
            };
            let span = crate::syntax::Span {
                start: opening.span.start,
                end: verb.end,
            };
            (
                span,
                format!("an operative paragraph opens with its verb, without the subject: write `{verb_text} …`"),
                Some(Fix {
                    title: format!("Write `{verb_text}`"),
                    edits: vec![TextEdit::new(
                        Range::on_line(line, span.start, span.end),
                        verb_text.clone(),
                    )],
                }),
            )
        }
        // `In regard to DDR …, endorses …`: a phrase before the verb.
        OpeningForm::Other if PREPOSITIONS.contains(&word) => return None,
        OpeningForm::Adjective | OpeningForm::Other => (opening.head, generic, None),
    };
    let diagnostic = Ctx::diagnostic(&INFO, line, span, message);
    Some(match fix {
        Some(fix) => diagnostic.with_fix(fix),
        None => diagnostic,
    })
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let parts = ctx.parts;
    for line in ctx.wanted_lines() {
        let (Some(role), Some(opening)) = (parts.role(line), ctx.lines[line].opening.as_ref())
        else {
            continue;
        };
        let found = match role {
            Role::Preambular => preambular(line as u32, opening),
            Role::Operative { .. } => operative(line as u32, opening),
        };
        acc.extend(found);
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::{check, check_fix};

    const CODE: &str = "paragraph-opening";

    #[test]
    fn operative_paragraphs_open_with_a_present_verb() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 77/1,
\t1.\tRequesting the Secretary-General to report;
\t  \t^^^^^^^^^^ paragraph-opening: write `Requests`, not `Requesting`
\t2.\tThe Assembly also urges all States to act;
\t  \t^^^^^^^^^^^^^^^^^^^^^^^ paragraph-opening: write `Also urges …`
\t3.\tDecided to remain seized of the matter.
\t  \t^^^^^^^ paragraph-opening: write `Decides`, not `Decided`",
        );
    }

    #[test]
    fn preambular_paragraphs_open_with_a_participle_or_an_adjective() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalls its resolution 77/1,
\t^^^^^^^ paragraph-opening: write `Recalling`, not `Recalls`
\tThe situation remains grave,
\t^^^ paragraph-opening: rephrase its opening
\tDeeply concerned by the situation,
\tMindful of its responsibilities,
\tAlso noting the report,
\t1.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn real_texts_stay_silent() {
        // A/RES/74/132 (one unnumbered operative paragraph), S/RES/2665
        // (2022) (`Decides, in order to …`), A/RES/79/1 (an adopted pact
        // whose paragraphs open `We …`) and A/RES/74/263 (a long section
        // title without punctuation).
        check(
            CODE,
            "\tThe General Assembly,
\tHaving considered the recommendations contained in the report of the Human Rights Council,1,2
\tTakes note of the report of the Human Rights Council,1 including the addendum thereto,2 and its recommendations.",
        );
        check(
            CODE,
            "\tThe Security Council,
\tRecalling its previous relevant resolutions,
\tActing under Chapter VII of the Charter of the United Nations,
\t1.\tDecides, in order to assist the Committee in fulfilling its mandate, that the Monitoring Team shall continue;
\t2.\tDecides to remain actively seized of the matter.",
        );
        check(
            CODE,
            "\tThe General Assembly
\tAdopts the following Pact for the Future and its annexes:
\tThe Pact for the Future
\t1.\tWe, the Heads of State and Government, have gathered.
\t2.\tClimate change is one of the greatest challenges of our time.",
        );
        check(
            CODE,
            "\tThe General Assembly,
Request for a subvention to the United Nations Institute for Disarmament Research resulting from the recommendations of the Board of Trustees of the Institute on the work programme of the Institute for 2020
\tHaving considered the note by the Secretary-General,
\t1.\tTakes note of the note by the Secretary-General;
\t2.\tApproves the request.",
        );
    }

    #[test]
    fn fixes_write_the_other_form() {
        check_fix(
            CODE,
            "1.\tNoting the report;\n2.\tDecides.",
            "1.\tNotes the report;\n2.\tDecides.",
        );
        check_fix(
            CODE,
            "1.\tThe General Assembly requests the Secretary-General to report.",
            "1.\tRequests the Secretary-General to report.",
        );
        check_fix(
            CODE,
            "\tThe General Assembly,\n\tWelcomes the report,\n\t1.\tDecides.",
            "\tThe General Assembly,\n\tWelcoming the report,\n\t1.\tDecides.",
        );
    }
}
