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

/// The numbers of the footnote texts, sorted, without repeats.
pub(crate) fn footnote_texts<'a>(ctx: &Ctx<'a>) -> &'a [u32] {
    &ctx.model.footnote_texts
}

/// A set of footnote numbers: a bitmap for the small numbers footnotes
/// have, a sorted list for the rest.
pub(crate) struct Numbers {
    small: Vec<bool>,
    large: Vec<u32>,
}

impl Numbers {
    const SMALL: u32 = 1 << 12;

    pub(crate) fn new(numbers: impl IntoIterator<Item = u32>) -> Numbers {
        let mut set = Numbers {
            small: Vec::new(),
            large: Vec::new(),
        };
        for n in numbers {
            if n < Self::SMALL {
                if set.small.len() <= n as usize {
                    set.small.resize(n as usize + 1, false);
                }
                set.small[n as usize] = true;
            } else {
                set.large.push(n);
            }
        }
        set.large.sort_unstable();
        set
    }

    pub(crate) fn contains(&self, n: u32) -> bool {
        if n < Self::SMALL {
            self.small.get(n as usize).copied().unwrap_or(false)
        } else {
            self.large.binary_search(&n).is_ok()
        }
    }
}

/// The lines that carry markers, with their syntax.
pub(crate) fn marked_lines<'a>(
    ctx: &Ctx<'a>,
) -> impl Iterator<Item = (u32, &'a crate::syntax::LineSyntax)> + 'a {
    let lines = ctx.lines;
    ctx.model
        .marker_lines
        .iter()
        .map(move |&index| (index, &*lines[index as usize]))
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    if ctx.model.footnote_lines.is_empty() {
        return;
    }
    let cited =
        Numbers::new(marked_lines(ctx).flat_map(|(_, l)| l.markers.iter().map(|m| m.number)));
    for &index in &ctx.model.footnote_lines {
        if let LineKind::FootnoteText { number, label } = ctx.lines[index as usize].kind {
            if !cited.contains(number) {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index,
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
