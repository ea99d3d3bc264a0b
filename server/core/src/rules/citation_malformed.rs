//! `citation-malformed`: a citation that cannot be right whatever the
//! catalog says: a date that does not exist (31 September 1990), a roman
//! numeral that is not one, an old-style session number the General
//! Assembly never used, or a Security Council year before 1946.

use crate::diagnostic::{Diagnostic, Severity};
use crate::l10n::{Arg, Message};
use crate::syntax::citation::{CitationId, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::Organ;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-malformed",
    severity: Severity::Error,
    summary: "An impossible citation: a date that does not exist, or a session that never was.",
    example: "resolution 45/1 of 31 September 1990 (September has 30 days)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    for citation in syntax.citations() {
        if let Some((date, span)) = citation.date {
            if !date.is_valid() {
                acc.push(Ctx::diagnostic(&INFO, line, span, impossible_date(date)));
            }
        }
        let organ = ctx.citation_organ(citation);
        match citation.id {
            CitationId::Roman {
                session: None,
                roman,
                ..
            } => {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    line,
                    roman,
                    crate::msg!("citation-malformed-roman"),
                ));
            }
            CitationId::Roman {
                session: Some(session),
                roman,
                ..
            } if organ == Some(Organ::GeneralAssembly) => {
                if let Some(message) = old_style_session(session) {
                    acc.push(Ctx::diagnostic(&INFO, line, roman, message));
                }
            }
            CitationId::Slash { session, number } if organ == Some(Organ::GeneralAssembly) => {
                let message = match session {
                    SessionRef::Emergency(n) if n < 6 => Some(crate::msg!(
                        "citation-malformed-old-emergency",
                        roman = crate::syntax::citation::to_roman(n)
                    )),
                    SessionRef::Special(n) if n < 8 => Some(crate::msg!(
                        "citation-malformed-old-special",
                        roman = crate::syntax::citation::to_roman(n)
                    )),
                    SessionRef::Regular(0) | SessionRef::Special(0) | SessionRef::Emergency(0) => {
                        Some(crate::msg!("citation-malformed-session-zero"))
                    }
                    _ if number == 0 => Some(crate::msg!("citation-malformed-number-zero")),
                    _ => None,
                };
                if let Some(message) = message {
                    acc.push(Ctx::diagnostic(&INFO, line, citation.span, message));
                }
            }
            CitationId::Year {
                year, year_span, ..
            } if year < 1946 => {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    line,
                    year_span,
                    crate::msg!("citation-malformed-year", year = year),
                ));
            }
            _ => {}
        }
    }
}

fn impossible_date(date: Date) -> Message {
    let days = Date::days_in_month(date.year, date.month);
    if date.day == 0 {
        return crate::msg!("citation-malformed-day-zero");
    }
    crate::msg!(
        "citation-malformed-date",
        date = Arg::Date(date),
        month = Arg::Month(date.month),
        year = Arg::Text(date.year.to_string().into()),
        days = days
    )
}

fn old_style_session(session: SessionRef) -> Option<Message> {
    match session {
        SessionRef::Regular(n) if n > 30 || n == 0 => {
            Some(crate::msg!("citation-malformed-roman-regular", n = n))
        }
        SessionRef::Special(n) if n > 7 => {
            Some(crate::msg!("citation-malformed-roman-special", n = n))
        }
        SessionRef::Emergency(n) if n > 5 => {
            Some(crate::msg!("citation-malformed-roman-emergency", n = n))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "citation-malformed";

    #[test]
    fn impossible_dates() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 45/1 of 31 September 1990 and 66/1 of 29 February 2011,
\t                                 ^^^^^^^^^^^^^^^^^ citation-malformed: 31 September 1990 does not exist
\t                                                               ^^^^^^^^^^^^^^^^ citation-malformed: February 2011 has 28 days
\tRecalling its resolution 66/2 of 29 February 2012,",
        );
    }

    #[test]
    fn sessions_that_never_were() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 3369 (XXXV) and 3370 (XXIIII),
\t                                ^^^^ citation-malformed: only up to the thirtieth
\t                                                ^^^^^^ citation-malformed: not a valid roman numeral
\tRecalling Security Council resolution 12 (1930),
\t                                          ^^^^ citation-malformed: first resolution in 1946",
        );
    }

    #[test]
    fn other_organs_may_use_roman_sessions() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling Economic and Social Council resolution 1086 B (XXXIX),",
        );
    }
}
