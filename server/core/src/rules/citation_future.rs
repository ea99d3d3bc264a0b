//! `citation-future`: a text cannot cite a resolution adopted after it.
//! What the text is comes from its header: its own number (`79/9.`, or the
//! Council's `Resolution 2505 (2020)`) and its adoption date. A General
//! Assembly resolution of a later session than the text's own, a Council
//! resolution with a higher number than the Council's text, or any
//! resolution whose date (written, or known to the catalog) is after the
//! text's adoption date is reported. A footnote is completed when the text
//! is issued, after its adoption: it may cite a resolution adopted later in
//! the same session (A/RES/76/16, adopted on 6 December 2021, cites
//! resolution 76/181 of 16 December 2021 in a footnote), not after.

use crate::catalog::{Entry, Key, Series};
use crate::data;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::citation::{Citation, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::{LineKind, Organ};

use crate::l10n::Arg;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-future",
    severity: Severity::Error,
    summary: "A citation of a resolution adopted after the text itself.",
    example: "resolution 80/5 cited in resolution 79/9 (adopted in the seventy-ninth session)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    let own = ctx.model.own;
    if own.date.is_none() && own.number.is_none() && own.sc.is_none() {
        return;
    }
    let footnote = matches!(syntax.kind, LineKind::FootnoteText { .. });
    for citation in syntax.citations() {
        let Some((key, entry)) = ctx.citation_entry(citation) else {
            continue;
        };
        if let Some(message) = later(ctx, &key, entry, citation, footnote) {
            acc.push(Ctx::diagnostic(&INFO, line, citation.span, message));
        }
    }
}

fn later(
    ctx: &LineCtx<'_>,
    key: &Key,
    entry: Option<&Entry>,
    citation: &Citation,
    footnote: bool,
) -> Option<crate::l10n::Message> {
    let own = ctx.model.own;
    let organ = ctx.model.organ;
    // Formatted only for a finding.
    let written = || {
        ctx.catalog
            .get(key)
            .map_or_else(|| key.cite(None), |e| e.cite.clone())
    };
    // By number: a later session of the same organ, or a higher Council
    // number. `Other` is any body but the known organs: a text of one and a
    // resolution of another are not known to number their sessions alike.
    match (key.series, own.number, own.sc) {
        (Series::Session(SessionRef::Regular(cited)), Some((SessionRef::Regular(mine), _)), _)
            if organ == Some(key.organ) && key.organ != Organ::Other && cited > mine =>
        {
            return Some(crate::msg!(
                "citation-future-session",
                cite = written(),
                cited = Arg::Ordinal(cited),
                own = Arg::Ordinal(mine)
            ));
        }
        (Series::Single, _, Some((mine, _)))
            if organ == Some(Organ::SecurityCouncil) && key.number > mine =>
        {
            return Some(crate::msg!(
                "citation-future-number",
                cite = written(),
                own = mine
            ));
        }
        _ => {}
    }
    // By date. Footnotes are completed when the text is issued, after its
    // adoption: one may cite what the same session adopted in between.
    let cited = earliest_date(key, entry, citation)?;
    if footnote {
        let end = session_end(ctx)?;
        return (cited > end).then(|| {
            crate::msg!(
                "citation-future-session-end",
                cite = written(),
                cited = cited,
                end = end
            )
        });
    }
    let mine = own.date?;
    (cited > mine).then(|| {
        crate::msg!(
            "citation-future-adoption",
            cite = written(),
            cited = cited,
            own = mine
        )
    })
}

/// The last day of the session that adopted the text.
fn session_end(ctx: &LineCtx<'_>) -> Option<Date> {
    let own = ctx.model.own;
    let session = match own.number {
        Some((SessionRef::Regular(n), _)) => Some(n),
        _ => None,
    };
    match ctx.model.organ? {
        Organ::GeneralAssembly => {
            let n = session.or_else(|| own.date.map(data::ga_session_at))?;
            data::ga_session_range(n).map(|(_, end)| end)
        }
        Organ::HumanRightsCouncil => {
            let n = session.or_else(|| own.date.map(data::hrc_session_at))?;
            data::hrc_session_range(n).map(|(_, end)| end)
        }
        _ => own.date,
    }
}

/// The earliest date the cited resolution can have: its catalog dates
/// (`entry`, the catalog's for `key`), the date the text writes, or the
/// opening of its session.
fn earliest_date(key: &Key, entry: Option<&Entry>, citation: &Citation) -> Option<Date> {
    if let Some(entry) = entry {
        if let Some(date) = entry.date {
            return entry.other_dates.iter().copied().chain([date]).min();
        }
    }
    if let Some((date, _)) = citation.date.filter(|(d, _)| d.is_valid()) {
        return Some(date);
    }
    match (key.organ, key.series) {
        (Organ::GeneralAssembly, Series::Session(SessionRef::Regular(n))) => {
            data::ga_session_opened(n)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "citation-future";

    #[test]
    fn a_later_session_than_the_title_says() {
        check(
            CODE,
            "79/9.\tCooperation
\tThe General Assembly,
\tRecalling its resolutions 78/5 and 80/5,
\t                                   ^^^^ citation-future: after this text's own (79th)",
        );
    }

    #[test]
    fn a_date_after_the_adoption() {
        check(
            CODE,
            "Resolution adopted by the General Assembly on 18 November 2024
\tThe General Assembly,
\tRecalling its resolution 79/100,
\t                         ^^^^^^ citation-future: after this text's adoption on 18 November 2024
\tRecalling its resolutions 79/5 and 81/5 of 17 November 2026,
\t                                   ^^^^ citation-future: dates from 17 November 2026",
        );
    }

    #[test]
    fn footnotes_may_cite_what_the_session_adopted_after_the_text() {
        check(
            CODE,
            "Resolution adopted by the General Assembly on 6 December 2021
76/16.\tTitle

\tThe General Assembly,
\tRecalling its resolution 76/181,
\t                         ^^^^^^ citation-future: after this text's adoption on 6 December 2021
16 Resolution 76/181, annex.
17 Resolution 77/1.
              ^^^^ citation-future: 77th session",
        );
    }

    #[test]
    fn security_council_numbers() {
        check(
            CODE,
            "Resolution 2505 (2020)
\tThe Security Council,
\tRecalling its resolutions 2504 (2020) and 2510 (2020),
\t                                          ^^^^^^^^^^^ citation-future: comes after this resolution, 2505",
        );
    }

    #[test]
    fn texts_that_do_not_say_what_they_are_are_not_checked() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 80/5,",
        );
    }
}
