//! `citation-unknown`: a resolution the catalog would hold, but does not.
//! The catalog holds some series completely (General Assembly sessions 74
//! to 80, ES-10, ES-11 and S-32; Security Council resolutions from 1): a
//! number missing there is a typing slip. Elsewhere absence proves nothing
//! and nothing is said. Security Council numbers whose year the session
//! tables know are left to `citation-session-date`. Digits the export
//! glued to a number as a footnote marker (`resolution 74/1673` for 74/167
//! and footnote 3) are not a wrong number when the number has more digits
//! than any of its session, that footnote exists and the number without
//! them does.

use crate::catalog::{Key, Series, Status};
use crate::data;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::citation::{Citation, CitationId};
use crate::syntax::MarkerKind;

use crate::l10n::Arg;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-unknown",
    severity: Severity::Warning,
    summary: "A resolution number missing from a session the catalog holds completely.",
    example: "resolution 79/999 (the seventy-ninth session adopted resolutions 79/1 to 79/334)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    for citation in syntax.citations() {
        // (An entry for the key is known: not looked up again.)
        let Some((key, None)) = ctx.citation_entry(citation) else {
            continue;
        };
        let Status::Unknown(complete) = ctx.catalog.status(&key) else {
            continue;
        };
        if glued_marker(ctx, syntax, citation, &key, complete.last) {
            continue;
        }
        let message = match key.series {
            Series::Single => {
                if let CitationId::Year { year, .. } = citation.id {
                    if data::sc_numbers_in_year(year).is_some() {
                        continue;
                    }
                }
                let last = ctx
                    .catalog
                    .get(&crate::catalog::Key {
                        number: complete.last,
                        ..key
                    })
                    .map(|e| {
                        let date = e.date.map_or(Arg::Text(Box::default()), Arg::Date);
                        Arg::from(crate::msg!(
                            "citation-unknown-dated",
                            cite = &e.cite,
                            date = date
                        ))
                    })
                    .unwrap_or_else(|| Arg::Number(complete.last.into()));
                crate::msg!("citation-unknown-sc", last = last, number = key.number)
            }
            Series::Session(session) => {
                let written = key.cite(None);
                let first = crate::catalog::Key {
                    number: complete.first,
                    ..key
                }
                .cite(None);
                let last = crate::catalog::Key {
                    number: complete.last,
                    ..key
                }
                .cite(None);
                let name = crate::catalog::key::SessionName(session);
                if complete.closed || key.number <= complete.last {
                    crate::msg!(
                        "citation-unknown-session",
                        name = name.to_string(),
                        first = first,
                        last = last,
                        written = written
                    )
                } else {
                    continue;
                }
            }
        };
        acc.push(Ctx::diagnostic(&INFO, line, citation.span, message));
    }
}

/// Whether the last digits of the number are a footnote marker the export
/// glued to it (`resolution 74/1673` for 74/167 and footnote 3): the number
/// has more digits than any of its session (which ends at `last`), the line
/// holds a possible marker there, the footnote exists, and the number
/// without it does.
fn glued_marker(
    ctx: &LineCtx<'_>,
    syntax: &LineSyntax,
    citation: &Citation,
    key: &Key,
    last: u32,
) -> bool {
    let digits = |n: u32| n.checked_ilog10().unwrap_or(0);
    // A language that puts the marker before the punctuation (French
    // `résolution 75/452 et`, `74/553 ;`) glues it to a number of any
    // length; English puts it after (`75/45,2`), so only a number longer
    // than any of its session can hide one.
    let glues = crate::syntax::foreign::parsed_with(ctx.model.language)
        .is_some_and(|data| data.markers_before_punctuation());
    if !matches!(citation.id, CitationId::Slash { .. })
        || citation.letters.is_some()
        || (!glues && digits(key.number) <= digits(last))
    {
        return false;
    }
    syntax.markers().iter().any(|marker| {
        if !matches!(
            marker.kind,
            MarkerKind::LongNumber | MarkerKind::Symbol | MarkerKind::BeforeMark
        ) || marker.span.end != citation.span.end
            || marker.number > ctx.model.footnotes
        {
            return false;
        }
        let digits = marker.span.end - marker.span.start;
        let number = key.number / 10u32.pow(digits);
        number > 0 && ctx.catalog.get(&Key { number, ..*key }).is_some()
    })
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "citation-unknown";

    #[test]
    fn numbers_missing_from_complete_sessions() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 79/9 of 18 November 2024 and 79/999,
\t                                                       ^^^^^^ citation-unknown: 79/1 to 79/334
\tRecalling its resolutions S-32/2 and ES-11/3 and ES-11/9,
\t                          ^^^^^^ citation-unknown: session S-32 (S-32/1 to S-32/1)",
        );
    }

    #[test]
    fn a_footnote_marker_glued_to_a_number() {
        // `74/1673`: 74/167 and footnote 3. `74/3089` with no footnote 9,
        // and `74/308`, which has no more digits than the session's numbers,
        // are wrong numbers.
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tTakes note of the report submitted pursuant to resolution 74/1673 and of resolution 74/3089 and 74/308;
\t                                                                                       ^^^^^^^ citation-unknown: 74/3089
\t                                                                                                   ^^^^^^ citation-unknown: 74/308
3 A/75/287.",
        );
    }

    #[test]
    fn incomplete_sessions_prove_nothing() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 67/999 and 3999 (XXX) and 80/900,",
        );
    }

    #[test]
    fn security_council_numbers_beyond_the_last() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling Security Council resolutions 1624 (2005) and 2999 (2031),
\t                                                       ^^^^^^^^^^^ citation-unknown: 2825 (2026) of 29 June 2026",
        );
    }

    #[test]
    fn decisions_are_not_in_the_catalog() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its decision 79/999,",
        );
    }
}
