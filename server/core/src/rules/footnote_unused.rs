//! `footnote-unused`: a footnote text that no marker cites. Only a marker
//! the footnote resolver accepts ([`crate::footnotes`]) cites a footnote:
//! digits that may be a marker but need not be (`CO2`, `Agenda 21`) hide no
//! unused footnote.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::LineKind;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-unused",
    severity: Severity::Warning,
    summary: "A footnote text that no marker in the text cites.",
    example: "4 A/67/280. (no marker 4 anywhere)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let footnotes = ctx.footnotes;
    // The resolver lists the unused texts in line order: only those on the
    // wanted lines are visited.
    let unused = &footnotes.unused;
    let wanted = ctx.wanted_lines();
    let line = |index: &u32| footnotes.text_line(&footnotes.texts[*index as usize]) as usize;
    let from = unused.partition_point(|i| line(i) < wanted.start);
    let to = unused.partition_point(|i| line(i) < wanted.end).max(from);
    for &index in &unused[from..to] {
        let text = &footnotes.texts[index as usize];
        let LineKind::FootnoteText { number, label } =
            ctx.lines[footnotes.text_line(text) as usize].kind
        else {
            continue;
        };
        acc.push(Ctx::diagnostic(
            &INFO,
            footnotes.text_line(text),
            label,
            crate::msg!("footnote-unused", number = number),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "footnote-unused";

    #[test]
    fn text_without_marker() {
        check(
            CODE,
            "\tRecalling the Outcome,1 and the report of UNCTAD2
1 Resolution 60/1.
2 TD/500.
3 A/67/280.
^ footnote-unused: cite footnote 3 with the marker 3 after the words it documents, or delete this footnote: no marker in the text cites it",
        );
    }

    #[test]
    fn digits_that_need_not_be_a_marker_cite_nothing() {
        check(
            CODE,
            "\tRecalling the Outcome,1 and noting CO3 emissions
1 Resolution 60/1.
2 TD/500.
^ footnote-unused: cite footnote 2 with the marker 2
3 A/67/280.
^ footnote-unused: cite footnote 3 with the marker 3 after the words it documents, or delete this footnote: no marker in the text cites it",
        );
    }
}
