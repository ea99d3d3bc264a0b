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
    // A subparagraph's finding is the model's reading of it: only those
    // that read as a break (`slipped_subs`) on the wanted lines are visited
    // (the model keeps them in line order).
    let (subs, slipped) = (&ctx.model.subs, &ctx.model.slipped_subs);
    let wanted = ctx.wanted_lines();
    let line = |&s: &u32| ctx.model.sub_line(s as usize) as usize;
    let from = slipped.partition_point(|s| line(s) < wanted.start);
    let to = slipped.partition_point(|s| line(s) < wanted.end);
    for (sub, sub_line) in slipped[from..to.max(from)]
        .iter()
        .map(|&s| (&subs[s as usize], ctx.model.sub_line(s as usize)))
    {
        let Some(b) = sub.reading.and_then(|r| r.slip) else {
            continue;
        };
        let expected = format!("({})", sub_label(sub.style, b.expected));
        let found = format!("({})", sub.letters);
        let message = match b.kind {
            BreakKind::Gap if b.found == b.expected + 1 => {
                crate::msg!("subparagraph-numbering-gap-one", expected = expected)
            }
            BreakKind::Gap => crate::msg!(
                "subparagraph-numbering-gap",
                expected = expected,
                last = format!("({})", sub_label(sub.style, b.found.saturating_sub(1)))
            ),
            BreakKind::Mistyped => crate::msg!(
                "subparagraph-numbering-mistyped",
                expected = expected,
                found = found
            ),
            BreakKind::Repeat => crate::msg!(
                "subparagraph-numbering-repeat",
                expected = expected,
                found = found
            ),
        };
        acc.push(Ctx::diagnostic(&INFO, sub_line, sub.label, message));
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

    #[test]
    fn a_list_runs_on_across_headings_and_text() {
        // S/RES/2610 (2021): a heading before each item.
        check(
            CODE,
            "\tThe Security Council,
\t1.\tDecides that all States shall take the following measures:
Asset Freeze
\t\t(a)\tFreeze the funds;
Travel Ban
\t\t(b)\tPrevent the entry;
Arms Embargo
\t\t(c)\tPrevent the supply;
\t2.\tDecides:
\t(a)\tTo act;
\t(b)\tTo report on the following themes:
\tDialogue 1: Addressing biodiversity loss
\tDialogue 2: Harnessing science
\t(c)\tTo review;
\t(e)\tTo close.
\t^^^ subparagraph-numbering: (d) is missing",
        );
        // `(c)` after a heading is never the roman 100.
        check(
            CODE,
            "1.\tDecides:
Protection of civilians
(c)\tTo protect;
^^^ subparagraph-numbering: subparagraphs (a) to (b) are missing",
        );
    }

    #[test]
    fn roman_groups_hold_lettered_tasks() {
        // S/RES/2666 (2022): the letters run on across the groups.
        check(
            CODE,
            "24.\tDecides that the mandate shall include the following tasks:
\t\t(i)\tProtection of civilians
\t\t\t(a)\tPrevent violence;
\t\t\t(b)\tCarry out operations;
\t\t(ii)\tSupport to stabilization
\t\t\t(c)\tProvide good offices;
\t\t\t(d)\tProvide support;
\t\t\t(e)\tAdvise;
\t\t\t(f)\tProvide advice;
\t\t\t(g)\tCollaborate;
\t\t\t(h)\tSupport;
\t\t\t(i)\tAdvise on weapons;
\t\t(iii)\tSecurity Sector Reform
\t\t\t(k)\tProvide advice;
\t\t\t^^^ subparagraph-numbering: (j) is missing
25.\tAuthorizes the Mission.",
        );
        // S/RES/2524 (2020): they start again in each group.
        check(
            CODE,
            "2.\tDecides that the Mission shall have the following objectives:
\t\t(i)\tAssist the political transition
\t\t\ta.\tAssist the transition;
\t\t\tb.\tProvide assistance;
\t\t(ii)\tSupport peace processes
\t\t\ta.\tProvide good offices;
\t\t\tb.\tProvide support;
\t\t(iv)\tSupport the mobilisation of assistance
\t\t^^^^ subparagraph-numbering: (iii) is missing
\t\t\ta.\tCollaborate.",
        );
    }

    #[test]
    fn labelled_headings_head_paragraphs() {
        // S/RES/2551 (2020): `(i)` and `(ii)` head paragraphs.
        check(
            CODE,
            "Arms Embargo
\t9.\tDecides;
\t(i)\tExemptions, advance approvals and notifications
\t10.\tDecides;
\t11.\tDecides;
\t(ii)\tExceptions
\t12.\tReaffirms that the embargo shall not apply to:
\t\t(a)\tSupplies;
\t\t(b)\tEntry into ports.
\t(iv)\tOther matters
\t^^^^ subparagraph-numbering: (iii) is missing
\t13.\tDecides.",
        );
    }

    #[test]
    fn labels_opening_a_text_inserts_and_missing_brackets() {
        // A/RES/79/243: `3. (a) …` and `(a) (i) …`.
        check(
            CODE,
            "3.\t(a) Each State Party may reserve the right;
\t(b) Where a State Party cannot act:
\t(i)\tIs operated for a closed group; and
\t(ii) Does not employ public networks;
4.\tEach State Party shall establish:
\t(a) (i) The conversion of property;
\t(ii) The concealment of property;
\t(b) Subject to its legal system:
\t(i) The acquisition of property;
\t(iii) Participation in the offences.
\t^^^^^ subparagraph-numbering: (ii) is missing",
        );
        check(
            CODE,
            "1.\tDecides:
\t(a)\tto act;
\t(b)\tto report;
\t(b) bis\tto review;
\tc)\tto close.",
        );
    }
}
