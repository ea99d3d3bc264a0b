//! `operative-numbering`: numbered paragraphs must count 1, 2, 3, … One
//! diagnostic per break, on the paragraph where the sequence breaks. A
//! heading, an annex or a paragraph numbered 1 starts a new sequence, and
//! negotiation inserts (`3 bis`) are not counted. Paragraphs labelled `OP3`
//! keep their negotiation numbers until the text is finalized: they are not
//! checked (the source action "Finalize numbering" numbers them).

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{sequence_breaks, BreakKind};

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "operative-numbering",
    severity: Severity::Error,
    summary: "A gap, duplicate or out-of-order operative paragraph number.",
    example: "1. Urges …; 2. Requests …; 4. Decides … (3 is missing)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let paragraphs: Vec<_> = ctx
        .model
        .paragraphs
        .iter()
        .filter(|p| !p.suffixed && !p.labelled)
        .collect();
    for group in paragraphs.chunk_by(|a, b| a.sequence == b.sequence) {
        let numbers: Vec<u32> = group.iter().map(|p| p.number).collect();
        for b in sequence_breaks(&numbers, true) {
            let paragraph = group[b.index];
            let (expected, found) = (b.expected, b.found);
            let message = match b.kind {
                BreakKind::Gap if found == expected + 1 => format!(
                    "paragraph {expected} is missing: number this paragraph {expected}, or insert paragraph {expected} before it"
                ),
                BreakKind::Gap => format!(
                    "paragraphs {expected} to {} are missing: number this paragraph {expected}, or insert the missing paragraphs",
                    found - 1
                ),
                BreakKind::Mistyped => {
                    format!("this paragraph should be numbered {expected}, not {found}: renumber it {expected}")
                }
                BreakKind::Repeat if found + 1 == expected => {
                    format!("paragraph number {found} is repeated: renumber this paragraph {expected}")
                }
                BreakKind::Repeat => format!(
                    "paragraph {found} comes after paragraph {}: renumber this paragraph {expected}",
                    expected - 1
                ),
            };
            acc.push(Ctx::diagnostic(
                &INFO,
                paragraph.line,
                paragraph.label,
                message,
            ));
        }
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
^^ operative-numbering: paragraph number 2 is repeated
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
}
