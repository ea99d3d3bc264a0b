//! `paragraph-opening`: a preambular paragraph opens with a participle or an
//! adjective (`Recalling`, `Having considered`, `Convinced`, `Mindful`), an
//! operative paragraph with a verb in the present tense (`Requests`,
//! `Calls upon`), never with its subject (`The Assembly requests`) and never
//! with a participle (`Requesting`) or a past tense (`Decided`) (UN
//! Editorial Manual II.C). `Also` or `Further` may come first in either part
//! (adopted texts write both `Also noting` and `Noting also`). Where the
//! other form of the verb is known, the fix writes it.
//!
//! As adopted texts write them:
//! - adverbs may come before the participle, adjective or verb: an
//!   intensifier (`Deeply concerned`, `Ever mindful`, `Strongly condemns`)
//!   or an adverb in `-ly` before a word that can head an opening
//!   (`Particularly concerned`, `Extremely alarmed`); an auxiliary may too
//!   (`Being gravely concerned`, `Is encouraged by`);
//! - an operative paragraph may open with an introductory phrase and give
//!   its verb after a comma (`Noting the increase in attacks, decides`,
//!   `While noting improvements, recognizes`, `Alarmed by …, calls upon`,
//!   `Also, in this regard, calls upon`), unless the phrase is a participle
//!   the drafting vocabulary knows only as an operative verb (`Requesting`);
//! - square brackets of negotiation are read through (`Also [calls upon`,
//!   `[Requests a report;]`).

use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::parts::Role;
use crate::syntax::{Opening, OpeningForm, Repeat};
use crate::text::Range;
use crate::vocabulary::{self, capitalize, decapitalize, Part};

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
        title: crate::msg!("fix-write", text = &new),
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
    let word = opening.word();
    let forms = vocabulary::verb_forms(word);
    let (message, fix) = match opening.form {
        OpeningForm::Participle | OpeningForm::PastParticiple | OpeningForm::Adjective => {
            return None
        }
        OpeningForm::Present | OpeningForm::Base => match forms {
            Some(f) => (
                crate::msg!(
                    "paragraph-opening-preambular-participle",
                    write = cased(opening, f.participle),
                    word = word
                ),
                Some(replace_head(line, opening, f.participle)),
            ),
            None => (
                crate::msg!("paragraph-opening-preambular-verb", word = word),
                None,
            ),
        },
        OpeningForm::Subject => (crate::msg!("paragraph-opening-preambular-subject"), None),
        OpeningForm::Other => (
            crate::msg!("paragraph-opening-preambular-other", word = word),
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

/// Whether the opening can introduce an operative paragraph's verb, as
/// adopted texts write them: a preposition or conjunction (`In this regard`,
/// `While noting`, `Pending`), a past participle or an adjective (`Alarmed
/// by`, `Mindful of`), or a participle that opens preambular paragraphs
/// (`Noting`, `Emphasizing`, `Acting in support of`), but not one the
/// drafting vocabulary knows only as an operative verb (`Requesting`,
/// `Deciding`: the slip of writing the verb as a participle).
fn introduces(opening: &Opening) -> bool {
    match opening.form {
        OpeningForm::Participle => {
            let word = opening.word();
            // British spelling too: `Emphasising`, `Recognising`.
            vocabulary::opens_phrase_of(word, Part::Preambular)
                || vocabulary::opens_phrase_of(&word.replace("ising", "izing"), Part::Preambular)
                || vocabulary::verb_forms(word).is_none()
        }
        OpeningForm::Subject | OpeningForm::Present => false,
        _ => true,
    }
}

fn operative(line: u32, opening: &Opening) -> Option<Diagnostic> {
    let word = opening.word();
    match opening.form {
        OpeningForm::Present => return None,
        OpeningForm::Other if PREPOSITIONS.contains(&word) => return None,
        // An introductory phrase, then the verb: `Noting the increase in
        // attacks, decides`, `While noting improvements, recognizes`.
        _ if opening.verb_after().is_some() && introduces(opening) => return None,
        _ => {}
    }
    let forms = vocabulary::verb_forms(word);
    let generic = crate::msg!("paragraph-opening-operative-other", word = word);
    let (span, message, fix) = match opening.form {
        OpeningForm::Present => return None,
        OpeningForm::Participle | OpeningForm::Base | OpeningForm::PastParticiple => {
            match forms.filter(|f| {
                opening.form != OpeningForm::PastParticiple || f.past.eq_ignore_ascii_case(word)
            }) {
                Some(f) => (
                    opening.head,
                    crate::msg!(
                        "paragraph-opening-operative-present",
                        write = cased(opening, f.present),
                        word = word
                    ),
                    Some(replace_head(line, opening, f.present)),
                ),
                None => (opening.head, generic, None),
            }
        }
        OpeningForm::Subject => {
            let verb = opening.head;
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
                crate::msg!("paragraph-opening-operative-subject", verb = &verb_text),
                // Replacing the span would drop a bracket inside it.
                (!opening.bracketed).then(|| Fix {
                    title: crate::msg!("fix-write", text = &verb_text),
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

/// In French or Spanish, an opening read as a form of the other part: the
/// same verb's form for this part where the corpus pairs them (`Rappelle`
/// ↔ `Rappelant`), else a request to rephrase.
fn foreign(
    data: &'static crate::data::languages::LanguageData,
    line: u32,
    role: Role,
    opening: &Opening,
) -> Option<Diagnostic> {
    let form = data.openings.forms.get(usize::from(opening.foreign()?))?;
    if form.part.part() == role.part() {
        return None;
    }
    let other = crate::syntax::foreign::other_part_form(data, &form.text);
    let word = opening.word();
    let part = match role {
        Role::Preambular => "preambular",
        Role::Operative { .. } => "operative",
    };
    // The head is the form's first word; the fix rewrites it where the
    // form is that one word.
    let one_word = !form.text.contains(' ') && form.text == word;
    match other.filter(|_| one_word) {
        Some(other) => Some(
            Ctx::diagnostic(
                &INFO,
                line,
                opening.head,
                crate::msg!(
                    "paragraph-opening-other-part",
                    part = part,
                    other = other,
                    word = word
                ),
            )
            .with_fix(Fix {
                title: crate::msg!("fix-write", text = other),
                edits: vec![TextEdit::new(
                    Range::on_line(line, opening.head.start, opening.head.end),
                    other.to_string(),
                )],
            }),
        ),
        None => Some(Ctx::diagnostic(
            &INFO,
            line,
            opening.head,
            crate::msg!(
                "paragraph-opening-other-part-rephrase",
                part = part,
                form = &form.text
            ),
        )),
    }
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let parts = ctx.parts;
    let data = crate::syntax::foreign::parsed_with(ctx.model.language);
    for line in ctx.wanted_lines_with_roles() {
        let (Some(role), Some(opening)) = (parts.role(line), ctx.lines[line].opening.as_ref())
        else {
            continue;
        };
        if let Some(data) = data {
            acc.extend(foreign(data, line as u32, role, opening));
            continue;
        }
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
\t^^^ paragraph-opening: rephrase the opening
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
    fn an_introductory_phrase_may_come_before_the_verb() {
        // S/RES/2607 (2021), S/RES/2608 (2021), S/RES/2729 (2024),
        // A/RES/80/23, A/RES/79/145, A/RES/74/232.
        check(
            CODE,
            "\tThe Security Council,
\tRecalling its previous resolutions,
\t1.\tNoting the increase in IED attacks undertaken by Al-Shabaab, decides that all States shall prevent the sale;
\t2.\tWhile noting improvements in Somalia, recognizes that piracy exacerbates instability;
\t3.\tAlarmed by the violence, calls upon all parties to cease hostilities;
\t4.\tDue to increased risks of violence ahead of elections, further requests UNMISS to act;
\t5.\tAlso, in this regard, calls upon regional fisheries management organizations to be cautious;
\t6.\tPending the total elimination of nuclear weapons, urges those States to act;
\t7.\tIs encouraged by those countries that are allocating resources;
\t8.\tRequesting the Secretary-General to report, decides to remain seized;
\t  \t^^^^^^^^^^ paragraph-opening: write `Requests`, not `Requesting`
\t9.\tNoting the report;
\t  \t^^^^^^ paragraph-opening: write `Notes`, not `Noting`
\t10.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn an_adverb_may_come_before_the_participle_or_adjective() {
        // A/RES/76/71, A/RES/78/42, A/HRC/RES/54/3, A/RES/74/55.
        check(
            CODE,
            "\tThe General Assembly,
\tParticularly concerned that illegal fishing continues,
\tEver mindful that the Treaty must be upheld,
\tExtremely alarmed and concerned about the threat,
\tBeing gravely concerned at the erosion of multilateralism,
\tDeeply alarmed by the reports,
\tUnfortunately the situation remains grave,
\t^^^^^^^^^^^^^ paragraph-opening: rephrase the opening
\t1.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn a_bracket_after_the_first_word_keeps_the_opening() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 77/1,
\t1.\tAlso [calls upon/urges] all States to act;
\t2.\tFurther [requests the Secretary-General to report;]
\t3.\tStrongly [condemns] all attacks;
\t4.\t[Requests a report;]
\t5.\t[Requesting] a report;
\t  \t ^^^^^^^^^^ paragraph-opening: write `Requests`, not `Requesting`
\t6.\tDecides to remain seized of the matter.",
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
