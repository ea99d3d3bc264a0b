//! `footnote-duplicate`: two footnote texts with the same number (within
//! one resolution). The later one is reported; its quick fix (a code action,
//! [`crate::ide::actions`]) renumbers the footnotes in the order of their
//! first citation, which gives it a number of its own after the others (it
//! is then `footnote-unused` until a marker cites it).

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::LineKind;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-duplicate",
    severity: Severity::Error,
    summary: "Two footnote texts with the same number.",
    example: "2 A/67/280. … 2 A/68/1. (two texts numbered 2)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let footnotes = ctx.footnotes;
    for &index in &footnotes.duplicates {
        let text = &footnotes.texts[index as usize];
        let LineKind::FootnoteText { number, label } =
            ctx.lines[footnotes.text_line(text) as usize].kind
        else {
            continue;
        };
        let first = footnotes
            .text_of(text.scope, number)
            .map_or(0, |t| footnotes.text_line(t) + 1);
        acc.push(Ctx::diagnostic(
            &INFO,
            footnotes.text_line(text),
            label,
            crate::msg!("footnote-duplicate", number = number, first = first),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "footnote-duplicate";

    #[test]
    fn a_second_text_with_a_number() {
        check(
            CODE,
            "\tRecalling the Conference1 and the Summit,2
1 A.
2 B.
2 C.
^ footnote-duplicate: give this footnote text its own number, or delete it: footnote 2 already has a text (line 3)",
        );
    }
}
