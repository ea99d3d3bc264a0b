//! `footnote-missing`: a footnote marker whose footnote has no text.
//!
//! Markers are those the footnote resolver accepts ([`crate::footnotes`]):
//! a certain marker (`Conference1`, `Outcome,1`) with no text is missing; an
//! unsure candidate (`UNCTAD1`, `CO2`, `Agenda 216`) is missing only where the
//! order of first citation says a marker stands there (between the footnote
//! before it and a certain first citation of a later one).

use crate::diagnostic::{Diagnostic, Severity};

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "footnote-missing",
    severity: Severity::Error,
    summary: "A footnote marker with no footnote text.",
    example: "… the 2005 World Summit Outcome,7 … (no line `7 …` at the end)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let footnotes = ctx.footnotes;
    for &index in &footnotes.missing {
        let marker = &footnotes.markers[index as usize];
        let n = marker.number;
        acc.push(Ctx::diagnostic(
            &INFO,
            footnotes.marker_line(marker),
            footnotes.span(ctx.lines, marker),
            crate::msg!("footnote-missing", n = n),
        ));
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
\t                                              ^ footnote-missing: add the text of footnote 2 (a line `2 <text>` with the footnotes at the end), or remove this marker: footnote 2 has no text
1 Resolution 60/1.",
        );
    }

    #[test]
    fn symbols_names_and_capitals_are_not_markers() {
        check(
            CODE,
            "\tNoting the G77 and China, the COVID-19 pandemic, H1N1 and CO2,
\tRecalling A/67/280-S/2012/614 and Security Council resolution 1624 (2005),
\t[DU1] Taking note of document A/67/L.29/Add.1,
\tRecalling paragraphs II.33, II.34 and VIII.6 of the report, and 2,4,6-Trinitrotoluene,
\tRequests him to report on 1) progress achieved, no later than,15 October 2023, (QDi.317),",
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

    #[test]
    fn a_marker_glued_to_capitals_is_missing_where_the_order_puts_one() {
        check(
            CODE,
            "\tRecalling the Convention1 and the report of UNCTAD2 and the Summit,3
\t                                                  ^ footnote-missing: footnote 2
1 A.
3 C.",
        );
    }
}
