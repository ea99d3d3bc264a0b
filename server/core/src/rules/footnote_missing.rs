//! `footnote-missing`: a footnote marker whose footnote has no text.
//! Markers glued to an all-capitals word (`UNCTAD1`, but also `CO2`) count
//! only when their text exists, so they never fire here.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::MarkerStrength;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-missing",
    severity: Severity::Error,
    summary: "A footnote marker with no footnote text.",
    example: "… the 2005 World Summit Outcome,7 … (no line `7 …` at the end)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let texts = super::footnote_unused::Numbers::new(
        super::footnote_unused::footnote_texts(ctx).iter().copied(),
    );
    for (index, line) in super::footnote_unused::marked_lines(ctx) {
        for marker in &line.markers {
            if marker.strength == MarkerStrength::Strong && !texts.contains(marker.number) {
                let n = marker.number;
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index,
                    marker.span,
                    format!(
                        "footnote {n} has no text: add a line `{n} <text>` with the footnotes at the end, or remove the marker"
                    ),
                ));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "footnote-missing";

    #[test]
    fn marker_without_text() {
        check(
            CODE,
            "\tRecalling the 2005 World Summit Outcome,1
\tWelcoming the report of the Secretary-General,2
\t                                              ^ footnote-missing: footnote 2 has no text
1 Resolution 60/1.",
        );
    }

    #[test]
    fn symbols_names_and_capitals_are_not_markers() {
        check(
            CODE,
            "\tNoting the G77 and China, the COVID-19 pandemic, H1N1 and CO2,
\tRecalling A/67/280-S/2012/614 and Security Council resolution 1624 (2005),
\t[DU1] Taking note of document A/67/L.29/Add.1,",
        );
    }

    #[test]
    fn superscripts_and_markdown() {
        check(
            CODE,
            "Recalling the Convention¹ and the Declaration[^2],
                                             ^^^^ footnote-missing: footnote 2
¹ United Nations, Treaty Series, vol. 1577, No. 27531.",
        );
    }
}
