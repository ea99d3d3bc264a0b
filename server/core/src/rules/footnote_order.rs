//! `footnote-order`: footnotes are numbered in the order of their first
//! citation. One warning per break; a footnote cited again later keeps its
//! number and is not a break.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::MarkerStrength;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-order",
    severity: Severity::Warning,
    summary: "Footnotes not numbered in the order of their first citation.",
    example: "… Conference1 … Summit3 … Declaration2 … (3 is cited before 2)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let texts = super::footnote_unused::footnote_texts(ctx);
    if texts.is_empty() {
        return;
    }
    let has_text = super::footnote_unused::Numbers::new(texts.iter().copied());
    let mut seen: Vec<bool> = Vec::new();
    // Human Rights Council texts give footnote 1 to the title, so the
    // numbering of the body starts after the lowest footnote not cited.
    let mut highest = texts.first().map_or(0, |first| first.saturating_sub(1));
    // The next footnote due (texts may skip a number the export lost),
    // recomputed when `highest` changes.
    let next_due = |highest: u32| {
        texts
            .get(texts.partition_point(|t| *t <= highest))
            .copied()
            .unwrap_or(highest + 1)
    };
    let mut due = next_due(highest);
    for (index, line) in super::footnote_unused::marked_lines(ctx) {
        for marker in &line.markers {
            let n = marker.number;
            let unsure = match marker.strength {
                MarkerStrength::Strong => false,
                MarkerStrength::Weak => n > due,
                MarkerStrength::Possible => n != due,
            };
            if unsure || !has_text.contains(n) {
                continue;
            }
            if seen.len() <= n as usize {
                seen.resize(n as usize + 1, false);
            }
            if seen[n as usize] {
                continue;
            }
            if n > due {
                let expected = due;
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index,
                    marker.span,
                    format!(
                        "footnote {n} is cited before footnote {expected}: number footnotes in the order they are first cited (this one should be {expected})"
                    ),
                ));
                // The skipped numbers are part of this one break.
                for skipped in expected..n {
                    seen[skipped as usize] = true;
                }
            }
            seen[n as usize] = true;
            if n > highest {
                highest = n;
                due = next_due(highest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "footnote-order";

    #[test]
    fn swapped_footnotes_give_one_warning() {
        check(
            CODE,
            "\tRecalling the Conference1 and the Summit,3
\t                                         ^ footnote-order: footnote 3 is cited before footnote 2
\tNoting the Declaration2 and again the Conference1,
1 A/CONF.1/1.
2 A/CONF.2/2.
3 A/CONF.3/3.",
        );
    }

    #[test]
    fn citing_again_is_fine() {
        check(
            CODE,
            "\tRecalling the Conference1 and the Summit,2
\tNoting the Conference1 again and the Declaration3
1 A.
2 B.
3 C.",
        );
    }
}
