//! `citation-session-date`: the date of a cited resolution cannot belong to
//! the session its number names. General Assembly session N runs from its
//! opening (September of 1945 + N) to the day the next session opens, that
//! day included; old style `(XXX)` is session 30. A Security Council number
//! must have been adopted in the year in brackets, and its date must fall in
//! that year. Human Rights Council session N is held in a known part of a known year;
//! an Economic and Social Council number `2021/4` belongs to its year, which
//! runs from July to July since its 2015 session; any other number by year
//! (`2005/69` of the Commission on Human Rights) to that calendar year, or
//! the Council's. The organ comes from [`crate::attribution`]; where
//! several organs could have adopted that number and the date fits none of
//! them, that is reported too. Where the catalog dates the cited
//! resolution, `citation-catalog-date` says more (the right date) and this
//! rule is silent.

use crate::attribution::{self, Attribution};
use crate::data;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::citation::{Body, Citation, CitationId, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::Organ;

use crate::l10n::{Arg, Join, Message};
use crate::msg;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-session-date",
    severity: Severity::Error,
    summary: "A citation date outside the session (or year) its number belongs to.",
    example: "resolution 70/305 of 14 September 2017 (session 70 ended on 13 September 2016)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    for citation in syntax.citations() {
        if let Some(diagnostic) = check_citation(ctx, line, citation) {
            acc.push(diagnostic);
        }
    }
}

fn check_citation(ctx: &LineCtx<'_>, line: u32, citation: &Citation) -> Option<Diagnostic> {
    let attribution = ctx.attribute(citation);
    let dated = citation.date.filter(|(d, _)| d.is_valid());
    let written = || ctx_text(citation);
    match (attribution, citation.id) {
        (
            Attribution::Organ(Organ::SecurityCouncil),
            CitationId::Year {
                number,
                year,
                year_span,
            },
        ) => {
            if year < 1946 {
                return None;
            }
            if let Some(actual) = data::sc_year_of(number).filter(|actual| *actual != year) {
                return Some(Ctx::diagnostic(
                    &INFO,
                    line,
                    year_span,
                    msg!(
                        "citation-session-date-sc-year",
                        number = number,
                        actual = actual,
                        year = year
                    ),
                ));
            }
            if let Some((first, last)) = data::sc_numbers_in_year(year) {
                if !(first..=last).contains(&number) {
                    let message = match data::sc_year_of(number) {
                        Some(actual) => msg!(
                            "citation-session-date-sc-year",
                            number = number,
                            actual = actual,
                            year = year
                        ),
                        None => msg!(
                            "citation-session-date-sc-range",
                            first = first,
                            last = last,
                            year = year,
                            number = number
                        ),
                    };
                    return Some(Ctx::diagnostic(&INFO, line, year_span, message));
                }
            }
            let (date, span) = dated?;
            if catalog_dates(ctx, citation) {
                return None;
            }
            (date.year != year).then(|| {
                Ctx::diagnostic(
                    &INFO,
                    line,
                    span,
                    msg!(
                        "citation-session-date-sc-date",
                        number = number,
                        year = year,
                        date_year = date.year
                    ),
                )
            })
        }
        (
            Attribution::Organ(
                organ @ (Organ::GeneralAssembly
                | Organ::HumanRightsCouncil
                | Organ::EconomicAndSocialCouncil),
            ),
            id,
        ) => {
            let (date, span) = dated?;
            if catalog_dates(ctx, citation) || attribution::fits_date(organ, id, date) {
                return None;
            }
            let (start, end) = attribution::window(organ, id)?;
            let during = during(start, end);
            let written = written();
            let message = match (organ, id) {
                (
                    Organ::GeneralAssembly,
                    CitationId::Slash {
                        session: SessionRef::Regular(n),
                        ..
                    }
                    | CitationId::Roman {
                        session: Some(SessionRef::Regular(n)),
                        ..
                    },
                ) => msg!(
                    "citation-session-date-ga",
                    written = written,
                    session = Arg::Ordinal(n),
                    start = start,
                    end = end.unwrap_or(start),
                    date = date
                ),
                (Organ::GeneralAssembly, _) => msg!(
                    "citation-session-date-ga-opened",
                    written = written,
                    start = start,
                    date = date
                ),
                (
                    Organ::HumanRightsCouncil,
                    CitationId::Slash {
                        session: SessionRef::Regular(n),
                        ..
                    },
                ) => msg!(
                    "citation-session-date-hrc",
                    written = written,
                    session = Arg::Ordinal(n),
                    during = during,
                    date = date
                ),
                (Organ::HumanRightsCouncil, _) => msg!(
                    "citation-session-date-hrc-dates",
                    written = written,
                    during = during,
                    date = date
                ),
                (
                    _,
                    CitationId::Slash {
                        session: SessionRef::Regular(year),
                        number,
                    },
                ) if year >= data::ECOSOC_FIRST_JULY_SESSION => msg!(
                    "citation-session-date-ecosoc",
                    year = Arg::Text(year.to_string().into()),
                    number = number,
                    during = during,
                    date = date
                ),
                (
                    _,
                    CitationId::Slash {
                        session: SessionRef::Regular(year),
                        number,
                    },
                ) => msg!(
                    "citation-session-date-ecosoc-year",
                    year = Arg::Text(year.to_string().into()),
                    number = number,
                    date_year = date.year
                ),
                _ => return None,
            };
            Some(Ctx::diagnostic(&INFO, line, span, message))
        }
        (Attribution::NoneFits(organs), id) => {
            let (date, span) = dated?;
            let mut options = Vec::new();
            for organ in attribution::KNOWN {
                if !organs.contains(Body::Organ(organ)) {
                    continue;
                }
                let (start, end) = attribution::window(organ, id)?;
                options.push(Arg::from(msg!(
                    "citation-session-date-option",
                    organ = organ_key(organ),
                    during = during(start, end)
                )));
            }
            Some(Ctx::diagnostic(
                &INFO,
                line,
                span,
                msg!(
                    "citation-session-date-none-fits",
                    written = written(),
                    options = Arg::List(options.into(), Join::CommaOr),
                    date = date
                ),
            ))
        }
        (
            Attribution::Organ(Organ::Other) | Attribution::Unknown,
            CitationId::Slash {
                session: SessionRef::Regular(year),
                number,
            },
        ) if year >= 1946 => {
            // A number by year, whoever adopted it.
            let (date, span) = dated?;
            let (start, end) = data::year_numbered_range(year)?;
            (date < start || date > end).then(|| {
                Ctx::diagnostic(
                    &INFO,
                    line,
                    span,
                    msg!(
                        "citation-session-date-year-numbered",
                        year = Arg::Text(year.to_string().into()),
                        number = number,
                        start = start,
                        end = end,
                        date = date
                    ),
                )
            })
        }
        _ => None,
    }
}

/// When a session was held: `from {start} to {end}`, or `from {start}`.
fn during(start: Date, end: Option<Date>) -> Message {
    match end {
        Some(end) => msg!("citation-session-date-during", start = start, end = end),
        None => msg!("citation-session-date-from", start = start),
    }
}

/// The key of an organ in the messages' selectors.
pub(crate) fn organ_key(organ: Organ) -> &'static str {
    match organ {
        Organ::GeneralAssembly => "ga",
        Organ::SecurityCouncil => "sc",
        Organ::HumanRightsCouncil => "hrc",
        Organ::EconomicAndSocialCouncil => "ecosoc",
        Organ::Other => "other",
    }
}

/// Whether `citation-catalog-date` checks this citation's date.
fn catalog_dates(ctx: &LineCtx<'_>, citation: &Citation) -> bool {
    ctx.citation_entry(citation)
        .and_then(|(_, entry)| entry)
        .is_some_and(|entry| entry.date.is_some())
}

/// The citation's number as a reader would write it, for messages.
fn ctx_text(citation: &Citation) -> String {
    match citation.id {
        CitationId::Slash { session, number } => match session {
            SessionRef::Regular(n) => format!("{n}/{number}"),
            SessionRef::Special(n) => format!("S-{n}/{number}"),
            SessionRef::Emergency(n) => format!("ES-{n}/{number}"),
        },
        CitationId::Roman {
            number, session, ..
        } => match session {
            Some(SessionRef::Regular(n)) => {
                format!("{number} ({})", crate::syntax::citation::to_roman(n))
            }
            Some(SessionRef::Special(n)) => {
                format!("{number} (S-{})", crate::syntax::citation::to_roman(n))
            }
            Some(SessionRef::Emergency(n)) => {
                format!("{number} (ES-{})", crate::syntax::citation::to_roman(n))
            }
            None => number.to_string(),
        },
        CitationId::Year { number, year, .. } => format!("{number} ({year})"),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture;
    use crate::Catalog;

    const CODE: &str = "citation-session-date";

    /// Without a catalog, so that every date is checked against its session.
    #[track_caller]
    fn check(code: &str, text: &str) {
        fixture::check_with(code, text, Catalog::default());
    }

    #[test]
    fn silent_where_the_catalog_dates_the_resolution() {
        fixture::check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 67/264 of 17 May 2012,",
        );
    }

    #[test]
    fn ga_session_bounds_include_the_next_opening_day() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 70/305 of 13 September 2016,
\tRecalling its resolution 70/306 of 14 September 2016,
\t                                   ^^^^^^^^^^^^^^^^^ citation-session-date: 70th session
\tRecalling its resolution 67/264 of 17 May 2012,
\t                                   ^^^^^^^^^^^ citation-session-date: check the date",
        );
    }

    #[test]
    fn old_style_session_thirty() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 3369 (XXX) of 10 October 1975 and 3370 (XXX) of 10 October 1977,
\t                                                                         ^^^^^^^^^^^^^^^ citation-session-date: 30th session",
        );
    }

    #[test]
    fn security_council_number_and_year() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling Security Council resolution 1624 (2005) of 14 September 2005,
\tRecalling Security Council resolution 1624 (2005) of 14 September 2006,
\t                                                     ^^^^^^^^^^^^^^^^^ citation-session-date: this date is in 2006
\tRecalling Security Council resolution 1624 (2006),
\t                                            ^^^^ citation-session-date: adopted in 2005, not 2006",
        );
    }

    #[test]
    fn unknown_organ_is_not_checked() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling resolution 16/18 of 24 March 2011 of the Human Rights Council,
\tNoting that the Environment Assembly, in its resolution 2/10 of 27 May 2016, decided,
\tRecalling Commission on Human Rights resolution 2005/69 of 20 April 2005,",
        );
    }

    #[test]
    fn its_resolution_follows_the_subject() {
        check(
            CODE,
            "\tThe Human Rights Council,
\tStressing that, in its resolution 48/141 of 20 December 1993, the General Assembly decided,
\tStressing that, in its resolution 48/141 of 20 December 1995, the General Assembly decided,
\t                                            ^^^^^^^^^^^^^^^^ citation-session-date: 48th session",
        );
    }

    #[test]
    fn human_rights_council_sessions() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling Human Rights Council resolutions 52/14 of 3 April 2023 and 53/28 of 4 April 2023,
\t                                                                              ^^^^^^^^^^^^ citation-session-date: 53rd session
\tRecalling Human Rights Council resolution 23/1 of 29 May 2013,",
        );
    }

    #[test]
    fn ecosoc_runs_from_july_to_july_since_2015() {
        check(
            CODE,
            "\tThe General Assembly,
\tTaking note of Economic and Social Council decisions 2019/248 of 23 July 2019 and 2020/204 of 15 October 2019,
\tRecalling Economic and Social Council resolution 2021/4 of 14 September 2021,
\t                                                           ^^^^^^^^^^^^^^^^^ citation-session-date: from 1 July 2020 to 31 July 2021
\tRecalling Economic and Social Council resolution 2013/40 of 25 July 2013 and decision 2014/201 of 24 July 2013,
\t                                                                                                  ^^^^^^^^^^^^ citation-session-date: adopted in 2014",
        );
    }

    #[test]
    fn numbers_by_year_of_other_bodies() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling the adoption of resolution 2000/22 of 18 August 2000,
\tRecalling Commission on Human Rights resolution 2005/69 of 20 April 2005 and 2005/70 of 20 April 2007,
\t                                                                                        ^^^^^^^^^^^^^ citation-session-date: numbered by the year",
        );
    }

    #[test]
    fn a_date_that_fits_none_of_the_organs_named() {
        check(
            CODE,
            "Resolution 2790 (2025)
\tThe Security Council,
\tRecalling the resolutions of the General Assembly and of the Human Rights Council, including resolution 55/2 of 3 April 2019,
\t                                                                                                                ^^^^^^^^^^^^ citation-session-date: fits neither",
        );
    }

    #[test]
    fn a_council_year_beyond_the_table() {
        check(
            CODE,
            "Resolution 2624 (2022)
\tThe Security Council,
\t14.\tAffirms that the designation criteria set out in paragraph 17 of resolution 2140 (2140) may include attacks;
\t                                                                                      ^^^^ citation-session-date: adopted in 2014, not 2140",
        );
    }

    #[test]
    fn ecosoc_year_number() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling Economic and Social Council resolution 2013/5 of 24 July 2014,
\t                                                           ^^^^^^^^^^^^ citation-session-date: this date is in 2014",
        );
    }
}
