//! `operative-numbering`: numbered paragraphs must count 1, 2, 3, … One
//! diagnostic per break, on the paragraph where the sequence breaks. The
//! numbering goes on across headings; it starts again at 1 in an annex, in
//! a section numbered on its own (after a numbered heading such as `II` or
//! `Section B`, after the preamble of a budget section), and in a list the
//! text introduces inside a paragraph (the line before ends with a colon),
//! after which the outer numbering resumes. A 1 nothing introduces is a
//! repeated number (`1. 1. 3.`). Negotiation inserts (`3 bis`) are not
//! counted. Paragraphs labelled `OP3` keep their negotiation numbers until
//! the text is finalized: gaps between them are allowed (the source action
//! "Finalize numbering" numbers them), but two paragraphs with the same
//! label are an error. How a sequence reads is decided once, in
//! [`crate::sequence`], for this rule and the renumbering that fixes it.

use std::collections::HashMap;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::target_key;
use crate::sequence::BreakKind;
use crate::syntax::NumberSuffix;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "operative-numbering",
    severity: Severity::Error,
    summary: "A gap, duplicate or out-of-order operative paragraph number, or a negotiation label used twice.",
    example: "1. Urges …; 2. Requests …; 4. Decides … (3 is missing)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let mut labels: HashMap<(u32, u64), u32> = HashMap::new();
    // Only the paragraphs on the wanted lines are reported (the model keeps
    // them in line order); a repeated label is found against the labels
    // before it, so the walk starts at the first paragraph when a labelled
    // one is wanted.
    let (paragraphs, paragraph_lines) = (&ctx.model.paragraphs, &ctx.model.paragraph_lines);
    let wanted = ctx.wanted_lines();
    let from = paragraph_lines.partition_point(|&l| (l as usize) < wanted.start);
    let to = paragraph_lines
        .partition_point(|&l| (l as usize) < wanted.end)
        .max(from);
    // (Only the paragraphs the model flags, the labelled ones among them,
    // can have a finding.)
    let flagged = &ctx.model.flagged;
    let flagged_from = |paragraph: usize| flagged.partition_point(|&p| (p as usize) < paragraph);
    let (first, last) = (flagged_from(from), flagged_from(to));
    let first = if flagged[first..last]
        .iter()
        .any(|&p| paragraphs[p as usize].labelled)
    {
        0
    } else {
        first
    };
    for &at in &flagged[first..last] {
        let (at, paragraph) = (at as usize, &paragraphs[at as usize]);
        let line = paragraph_lines[at];
        if paragraph.labelled {
            // `OP2` twice, neither an insert nor an alternative.
            if paragraph.suffix == Some(NumberSuffix::Alt) {
                continue;
            }
            let key = (
                paragraph.sequence,
                target_key(paragraph.region, paragraph.number, paragraph.suffix),
            );
            if let Some(&first) = labels.get(&key) {
                if at < from {
                    continue;
                }
                acc.push(Ctx::diagnostic(
                    &INFO,
                    line,
                    paragraph.label,
                    crate::msg!("operative-numbering-label-used", line = first + 1),
                ));
            } else {
                labels.insert(key, line);
            }
            continue;
        }
        if at < from {
            continue;
        }
        let Some(slip) = paragraph.reading.and_then(|r| r.slip) else {
            continue;
        };
        let (expected, found) = (slip.expected, slip.found);
        let message = match slip.kind {
            BreakKind::Gap if found == expected + 1 => {
                crate::msg!("operative-numbering-gap-one", expected = expected)
            }
            BreakKind::Gap => crate::msg!(
                "operative-numbering-gap",
                expected = expected,
                last = found - 1
            ),
            BreakKind::Mistyped => crate::msg!(
                "operative-numbering-mistyped",
                expected = expected,
                found = found
            ),
            BreakKind::Repeat if found + 1 == expected => crate::msg!(
                "operative-numbering-twice",
                expected = expected,
                found = found
            ),
            BreakKind::Repeat => crate::msg!(
                "operative-numbering-back",
                expected = expected,
                previous = expected - 1,
                found = found
            ),
        };
        acc.push(Ctx::diagnostic(&INFO, line, paragraph.label, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "operative-numbering";

    #[test]
    fn negotiation_labels_and_inserts_are_not_gaps() {
        check(
            CODE,
            "\tThe General Assembly,
PP1\tRecalling its resolution 77/1,
PP 2\tNoting the report,
OP1\tUrges all States;
OP3\tRequests the Secretary-General;
OP3 bis\tInvites Member States;
OP3alt\tInvites all States;
OP 5.\tDecides to remain seized of the matter.",
        );
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tUrges all States;
\t1 bis.\tCalls upon all States;
\t2.\tRequests the Secretary-General;
\t4.\tDecides to remain seized of the matter.
\t^^ operative-numbering: paragraph 3 is missing",
        );
    }

    #[test]
    fn gap() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tUrges all States;
\t2.\tRequests the Secretary-General;
\t4.\tDecides to remain seized of the matter.
\t^^ operative-numbering: paragraph 3 is missing",
        );
    }

    #[test]
    fn single_mistyped_number() {
        check(
            CODE,
            "1.\tA;
2.\tB;
3.\tC;
3.\tD;
^^ operative-numbering: should be numbered 4, not 3
5.\tE.",
        );
    }

    #[test]
    fn duplicate_then_continues() {
        check(
            CODE,
            "1.\tA;
2.\tB;
2.\tC;
^^ operative-numbering: the number 2 is used twice
3.\tD.",
        );
    }

    #[test]
    fn annexes_sections_and_inserts_restart_or_skip() {
        check(
            CODE,
            "1.\tA;
2.\tB;
2 bis.\tB2;
3.\tC.
Annex
1.\tFirst;
2.\tSecond;
I.\tSection
1.\tAgain;
2.\tAgain.",
        );
    }

    #[test]
    fn several_missing() {
        check(
            CODE,
            "1.\tA;
5.\tE.
^^ operative-numbering: paragraphs 2 to 4 are missing",
        );
    }

    #[test]
    fn a_one_nothing_introduces_is_a_repeat() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tUrges all States;
\t1.\tRequests the Secretary-General;
\t^^ operative-numbering: should be numbered 2, not 1
\t3.\tDecides to remain seized of the matter.",
        );
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tUrges all States;
\t1.\tDecides to remain seized of the matter.
\t^^ operative-numbering: the number 1 is used twice",
        );
        // A heading between them is no section of its own: the numbering
        // of a resolution runs on across its headings.
        check(
            CODE,
            "\tThe Security Council,
\t1.\tUrges all States;
Political process
\t1.\tRequests the Secretary-General;
\t^^ operative-numbering: should be numbered 2, not 1
\t3.\tDecides to remain seized of the matter.",
        );
    }

    #[test]
    fn numbering_restarts_where_the_text_says_so() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tUrges all States;
\t2.\tDecides on the following objectives:
\t1.\tTo act;
\t2.\tTo report;
\t3.\tRequests a report.
Annex
\t1.\tFirst;
Article 2
\t1.\tAgain;
\t2.\tAgain.",
        );
    }

    #[test]
    fn a_one_after_a_section_heading_may_be_a_slip() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tWelcomes the report;
I
Calendar of conferences
\t1.\tApproves the calendar;
\t^^ operative-numbering: should be numbered 2, not 1
\t3.\tAuthorizes the Committee.",
        );
    }

    #[test]
    fn budget_sections_are_sequences_of_their_own_and_are_checked() {
        check(
            CODE,
            "\tThe General Assembly,
I
Programme budget
\tHaving considered the report of the Secretary-General,
\t1.\tApproves the budget;
\t2.\tDecides;
II
Special political missions
\tHaving considered the report,
\t1.\tApproves;
\t2.\tDecides;
\t4.\tRequests.
\t^^ operative-numbering: paragraph 3 is missing
Section B
\t1.\tApproves;
\t2.\tDecides.",
        );
    }

    #[test]
    fn a_quoted_paragraph_keeps_its_number() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tRecalls;
\t2.\tDecides to approve the following amendment to the statute:
\tArticle 9, new paragraph 4:
\t4.\tIn hearing an application, the Tribunal shall decide.
IV
Other issues
\t3.\tInvites the Committee to act.
Annex
\tAmend paragraph 8 to read:
\tIndependent panel
\t8.\tThe Secretary-General may engage a panel.
",
        );
    }

    #[test]
    fn four_digit_numbers_and_marks_of_direction() {
        check(
            CODE,
            "998.\tA;
^^^^ operative-numbering: paragraphs 1 to 997 are missing
999.\tB;
1000.\tC;
1002.\tD.
^^^^^ operative-numbering: paragraph 1001 is missing",
        );
        check(CODE, "1.\tA;\n2.\u{200e} B;\n3.\tC.");
    }

    #[test]
    fn a_negotiation_label_used_twice() {
        check(
            CODE,
            "\tThe General Assembly,
OP1\tUrges all States;
OP2\tRequests the Secretary-General;
OP2\tInvites Member States;
^^^ operative-numbering: already used on line 3
OP2 bis\tCalls upon States;
OP4\tDecides to remain seized of the matter.",
        );
    }
}
