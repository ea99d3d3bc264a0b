//! `footnote-unused`: a footnote text that no marker cites.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::LineKind;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-unused",
    severity: Severity::Warning,
    summary: "A footnote text that no marker in the text cites.",
    example: "4 A/67/280. (no marker 4 anywhere)",
};

/// The numbers of all footnote texts, sorted and deduplicated.
pub(crate) fn footnote_texts(ctx: &Ctx<'_>) -> Vec<u32> {
    let mut numbers: Vec<u32> = ctx
        .lines
        .iter()
        .filter_map(|line| match line.kind {
            LineKind::FootnoteText { number, .. } => Some(number),
            _ => None,
        })
        .collect();
    numbers.sort_unstable();
    numbers.dedup();
    numbers
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let mut cited: Vec<u32> = ctx
        .lines
        .iter()
        .flat_map(|l| l.markers.iter().map(|m| m.number))
        .collect();
    cited.sort_unstable();
    cited.dedup();
    for (index, line) in ctx.lines.iter().enumerate() {
        if let LineKind::FootnoteText { number, label } = line.kind {
            if cited.binary_search(&number).is_err() {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index as u32,
                    label,
                    format!(
                        "footnote {number} is not cited in the text: add the marker {number} after the words it documents, or delete this footnote"
                    ),
                ));
            }
        }
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
^ footnote-unused: footnote 3 is not cited",
        );
    }
}
