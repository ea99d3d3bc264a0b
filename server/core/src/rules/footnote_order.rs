//! `footnote-order`: footnotes are numbered in the order of their first
//! citation. One warning per break; a footnote cited again later keeps its
//! number and is not a break. Only footnotes that have a text and that a
//! marker the footnote resolver accepts ([`crate::footnotes`]) cites take
//! part: a text no marker cites is `footnote-unused`, not a break, so texts
//! whose footnote 1 goes with the title (Human Rights Council resolutions
//! start at 2) are in order.

use crate::diagnostic::{Diagnostic, Severity};

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-order",
    severity: Severity::Warning,
    summary: "Footnotes not numbered in the order of their first citation.",
    example: "… Conference1 … Summit3 … Declaration2 … (3 is cited before 2)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let footnotes = ctx.footnotes;
    for order in &footnotes.order {
        let marker = &footnotes.markers[order.marker as usize];
        let (n, expected) = (marker.number, order.expected);
        acc.push(Ctx::diagnostic(
            &INFO,
            footnotes.marker_line(marker),
            footnotes.span(ctx.lines, marker),
            crate::msg!("footnote-order", expected = expected, n = n),
        ));
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
\t                                         ^ footnote-order: should be footnote 2: footnotes are numbered in the order they are first cited, and footnote 3 is cited before footnote 2
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

    #[test]
    fn an_uncited_footnote_is_no_break() {
        check(
            CODE,
            "\tRecalling the Conference2 and the Summit,3
1 Resolution 74/249 becomes resolution 74/249 A.
2 B.
3 C.",
        );
    }
}
