//! `paragraph-punctuation`: a preambular paragraph ends with a comma, an
//! operative paragraph with a semicolon, and the last operative paragraph
//! with a full stop (UN Editorial Manual; every adopted text of the corpus).
//!
//! As the corpus does: a paragraph that introduces subparagraphs or a list
//! may end its lead-in with a colon (or run on into them), and its last
//! subparagraph then carries the paragraph's punctuation; only the last
//! subparagraph of the last operative paragraph is checked, for its full
//! stop. `…; and` before the last paragraph is a semicolon. Footnote markers
//! after the punctuation (`Secretary-General;3`) are not part of the text.
//! The punctuation is read inside what closes the paragraph after it: a
//! quotation mark (`entitled “National Consensus,”`), the brackets of a
//! paragraph in brackets (`[Requests a report;]`, never `;];`), invisible
//! characters the export leaves. Which paragraphs are preambular and which
//! operative is decided by [`crate::parts`].

use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::parts::Role;
use crate::text::Range;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "paragraph-punctuation",
    severity: Severity::Warning,
    summary: "A preambular paragraph not ending with a comma, an operative paragraph not ending with a semicolon, or the last operative paragraph not ending with a full stop.",
    example: "Recalling its resolution 77/1; (a preambular paragraph ends with `,`)",
};

fn name(c: char) -> crate::l10n::Message {
    let mark = match c {
        ',' => "comma",
        ';' => "semicolon",
        '.' => "full-stop",
        ':' => "colon",
        _ => "other",
    };
    crate::msg!("paragraph-punctuation-mark", mark = mark)
}

/// A diagnostic on the last character of `line`, with a fix that replaces
/// it by `expected` (or adds `expected` after it if it is not punctuation).
/// `what` is the kind of paragraph (a key of `paragraph-punctuation-what`).
fn finding(ctx: &Ctx<'_>, line: usize, expected: char, what: &str) -> Option<Diagnostic> {
    let what = crate::msg!("paragraph-punctuation-what", what = what);
    let syntax = &ctx.lines[line];
    let tail = syntax.tail()?;
    let found = syntax.last_char?;
    let line_no = line as u32;
    // The mark as the text's language writes it (French ` ;`).
    let written = crate::syntax::foreign::parsed_with(ctx.model.language).map_or_else(
        || expected.to_string(),
        |data| crate::syntax::foreign::end_mark(data, expected),
    );
    let (message, edit, title) = if matches!(found, ',' | ';' | '.' | ':' | '!' | '?') {
        (
            crate::msg!(
                "paragraph-punctuation-replace",
                found = found,
                expected = expected,
                what = what,
                expected_name = name(expected),
                found_name = name(found)
            ),
            TextEdit::new(Range::on_line(line_no, tail.start, tail.end), written),
            crate::msg!(
                "paragraph-punctuation-fix-replace",
                found = found,
                expected = expected
            ),
        )
    } else {
        (
            crate::msg!(
                "paragraph-punctuation-add",
                expected = expected,
                what = what,
                expected_name = name(expected)
            ),
            TextEdit::new(Range::on_line(line_no, tail.end, tail.end), written),
            crate::msg!("paragraph-punctuation-fix-add", expected = expected),
        )
    };
    Some(
        Ctx::diagnostic(&INFO, line_no, tail, message).with_fix(Fix {
            title,
            edits: vec![edit],
        }),
    )
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let parts = ctx.parts;
    // A finding on a subparagraph belongs to the paragraph that owns it.
    let wanted = ctx.wanted_lines_with_roles();
    let first = ctx
        .model
        .owner_of(wanted.start)
        .map_or(wanted.start, |owner| (owner as usize).min(wanted.start));
    for line in first..wanted.end {
        let Some(role) = parts.role(line) else {
            continue;
        };
        let syntax = &ctx.lines[line];
        let last_sub = parts.subs_of(ctx.lines, ctx.model, line).last();
        let found = syntax.last_char;
        match role {
            Role::Preambular => {
                // A lead-in before subparagraphs ends with a comma or a
                // colon too (27 of 27 in the corpus), never with what ends
                // a paragraph.
                let wrong = match last_sub {
                    None => !matches!(found, Some(',' | ':')),
                    Some(_) => matches!(found, Some(';' | '.')),
                };
                if wrong {
                    acc.extend(finding(ctx, line, ',', "preambular"));
                }
            }
            Role::Operative { last: false, .. } => {
                if last_sub.is_none() && !matches!(found, Some(';' | ':')) {
                    let what = if found == Some('.') {
                        "operative-not-last"
                    } else {
                        "operative"
                    };
                    acc.extend(finding(ctx, line, ';', what));
                }
            }
            Role::Operative { last: true, .. } => match last_sub {
                None => {
                    if !matches!(found, Some('.' | ':')) {
                        acc.extend(finding(ctx, line, '.', "last"));
                    }
                }
                Some(sub) => {
                    if !matches!(ctx.lines[sub].last_char, Some('.' | ':')) {
                        acc.extend(finding(ctx, sub, '.', "last-subparagraph"));
                    }
                }
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::{check, check_fix};

    const CODE: &str = "paragraph-punctuation";

    #[test]
    fn preambular_paragraphs_end_with_a_comma() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 77/1 of 1 December 2022;
\t                                                ^ paragraph-punctuation: replace `;` with `,`: a preambular paragraph should end with a comma, not a semicolon
\tNoting the report of the Secretary-General
\t                                         ^ paragraph-punctuation: add `,` at the end
\tConvinced that sport can foster peace,
\t1.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn a_preambular_lead_in_ends_with_a_comma_or_a_colon() {
        // A/RES/78/233 and S/RES/2714 (2023) end theirs with a comma.
        check(
            CODE,
            "\tThe General Assembly,
\tReaffirming that the Programme rests on five areas,
\t\t(a)\tInvesting in people,
\t\t(b)\tStructural transformation,
\tEmphasizing that there are two aims;
\t                                   ^ paragraph-punctuation: replace `;` with `,`
\t\t(a)\tto reduce the threat,
\t\t(b)\tto build capacity,
\t1.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn operative_paragraphs_end_with_a_semicolon_and_the_last_with_a_full_stop() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 77/1,
\t1.\tUrges Member States to observe the Truce.
\t                                           ^ paragraph-punctuation: an operative paragraph other than the last should end with a semicolon
\t2.\tRequests the Secretary-General to report,
\t                                           ^ paragraph-punctuation: replace `,` with `;`
\t3.\tDecides to remain seized of the matter;
\t                                         ^ paragraph-punctuation: the last operative paragraph should end with a full stop",
        );
    }

    #[test]
    fn the_last_subparagraph_of_the_last_paragraph_ends_the_text() {
        check(
            CODE,
            "1.\tUrges all States;
2.\tDecides:
\t(a)\tTo continue;
\t(b)\tTo report;
\t             ^ paragraph-punctuation: the last subparagraph of the last operative paragraph should end with a full stop",
        );
    }

    #[test]
    fn real_text_practice_stays_silent() {
        // From A/RES/74/179 (one unnumbered operative paragraph, a marker
        // after the full stop), S/RES/2665 (2022) (`; and`), S/RES/2522
        // (2020) (a lead-in running into its subparagraphs) and A/RES/75/1
        // (an adopted declaration, numbered, ending in full stops).
        check(
            CODE,
            "\tThe General Assembly,
\tHaving considered the report of the Credentials Committee1 and the recommendation contained therein,
\tApproves the report of the Credentials Committee.1",
        );
        check(
            CODE,
            "\tThe Security Council,
\tRecalling its previous resolutions,
\t1.\tDecides, in order to assist the Committee, that the Team shall\n\t\t(a)\tprioritize advice;\n\t\t(b)\tfurther advise;
\t2.\tDecides to actively review the measures; and
\t3.\tDecides to remain actively seized of the matter.",
        );
        check(
            CODE,
            "\tThe General Assembly
\tAdopts the following declaration:
\tDeclaration on the commemoration of the seventy-fifth anniversary of the United Nations
\t1.\tSeventy-five years ago the United Nations was born.
\t2.\tWe are here to respond.",
        );
    }

    #[test]
    fn punctuation_is_read_inside_brackets_and_quotes() {
        // S/RES/2692 (2023) puts the comma inside the closing quotation mark;
        // A/RES/74/115 has an invisible left-to-right mark after its comma.
        check(
            CODE,
            "\tThe General Assembly,
\tTaking note of the document entitled \u{201c}National Consensus,\u{201d}
\tHighlighting the synergies,\u{200e}
\t[Recalling its resolution 77/1,]
\t1.\t[Requests a report;]
[2.\tRequests another report;]
\t3.\t[Urges all States]
\t  \t                ^ paragraph-punctuation: add `;`
\t4.\tDecides [to act]
\t  \t               ^ paragraph-punctuation: add `;`
\t5.\t[Urges] all States [to act];
\t[6.\tUrges all parties;
\t7.\tDecides to remain seized of the matter.]",
        );
        check_fix(
            CODE,
            "1.\t[Urges all States]\n2.\tDecides.",
            "1.\t[Urges all States;]\n2.\tDecides.",
        );
        check_fix(
            CODE,
            "1.\tDecides [to act]\n2.\tDecides.",
            "1.\tDecides [to act];\n2.\tDecides.",
        );
    }

    #[test]
    fn fixes_replace_or_add_the_punctuation_before_footnote_markers() {
        check_fix(
            CODE,
            "\tThe General Assembly,\n\tRecalling the Outcome;3\n\t1.\tDecides.",
            "\tThe General Assembly,\n\tRecalling the Outcome,3\n\t1.\tDecides.",
        );
        check_fix(
            CODE,
            "1.\tUrges all States;\n2.\tRequests the Secretary-General to report",
            "1.\tUrges all States;\n2.\tRequests the Secretary-General to report.",
        );
    }
}
