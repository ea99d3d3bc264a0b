//! `subparagraph-numbering`: subparagraphs must run (a), (b), (c) … and,
//! inside a lettered item, (i), (ii), (iii) … One diagnostic per break. A
//! list that starts again at (a) is a new list (a quoted text, an article of
//! an annexed instrument), not a break. A list keeps running across the
//! headings and running text placed between its items, and a roman-numbered
//! group may hold lettered items (how labels nest: [`crate::lists`]).
//! Labelled headings (`(ii)<TAB>Exceptions` before numbered paragraphs) are
//! numbered together from the first; `(b) bis` inserts are not counted.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::sub_label;
use crate::sequence::BreakKind;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "subparagraph-numbering",
    severity: Severity::Error,
    summary: "A gap, duplicate or out-of-order subparagraph letter or roman numeral.",
    example: "(a) …; (b) …; (d) … ((c) is missing)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    for sub in &ctx.model.subs {
        let Some(b) = sub.reading.and_then(|r| r.slip) else {
            continue;
        };
        let expected = format!("({})", sub_label(sub.style, b.expected));
        let found = format!("({})", sub.letters);
        let message = match b.kind {
            BreakKind::Gap if b.found == b.expected + 1 => {
                format!("subparagraph {expected} is missing: label this one {expected}, or insert {expected} before it")
            }
            BreakKind::Gap => format!(
                "subparagraphs {expected} to ({}) are missing: label this one {expected}",
                sub_label(sub.style, b.found.saturating_sub(1))
            ),
            BreakKind::Mistyped => {
                format!(
                    "this subparagraph should be {expected}, not {found}: relabel it {expected}"
                )
            }
            BreakKind::Repeat => {
                format!("subparagraph {found} repeats or goes back: relabel it {expected}")
            }
        };
        acc.push(Ctx::diagnostic(&INFO, sub.line, sub.label, message));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "subparagraph-numbering";

    #[test]
    fn letters_and_romans() {
        check(
            CODE,
            "1.\tDecides:
\t(a)\tfirst;
\t(b)\tsecond:
\t\t(i)\tone;
\t\t(ii)\ttwo;
\t\t(iv)\tfour;
\t\t^^^^ subparagraph-numbering: (iii) is missing
\t(c)\tthird;
\t(e)\tfifth;
\t^^^ subparagraph-numbering: (d) is missing
2.\tRequests:
\t(a)\tagain;
\t(b)\tagain.",
        );
    }

    #[test]
    fn letter_i_after_h_is_a_letter() {
        check(
            CODE,
            "1.\tDecides:
(a)\ta;
(b)\tb;
(c)\tc;
(d)\td;
(e)\te;
(f)\tf;
(g)\tg;
(h)\th;
(i)\ti;
(j)\tj.",
        );
    }

    #[test]
    fn roman_list_inside_item_h() {
        check(
            CODE,
            "1.\tDecides:
(a)\ta;
(b)\tb;
(c)\tc;
(d)\td;
(e)\te;
(f)\tf;
(g)\tg;
(h)\th:
(i)\tone;
(ii)\ttwo;
(i)\ti.",
        );
    }

    #[test]
    fn repeated_letter() {
        check(
            CODE,
            "1.\tDecides:
(a)\ta;
(b)\tb;
(b)\tc;
^^^ subparagraph-numbering: should be (c), not (b)
(d)\td.",
        );
    }
}
