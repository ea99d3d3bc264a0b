//! `citation-catalog-date`: a cited resolution's date differs from the date
//! the catalog gives for it. Other attested dates (parts adopted on other
//! days) are accepted too. The fix writes the catalog's date.
//!
//! Where the catalog's date was mined from citations in official texts (no
//! voting record or metadata dates the resolution), a date in another month
//! may be an alternative the texts also use (the day the document was
//! issued): that is only a hint. A slip of the day within the month is an
//! error either way.
//!
//! Lettered parts and sections are checked against the catalog's parts and
//! their dates. A part whose date official texts give (`66/253 B of 3 August
//! 2012`) must have that date; a section (`section IV of resolution 76/274`)
//! was adopted with its resolution, and a part whose date is not known with
//! one of the resolution's dates (its own, its other dates, its parts'). A
//! date in the month of one of them but on another day is an error; one in
//! another month of the session may be a part adopted on a day the catalog
//! does not know: a hint.

use crate::catalog::Entry;
use crate::diagnostic::{Diagnostic, Fix, Severity, TextEdit};
use crate::l10n::{Arg, Join, Message};
use crate::msg;
use crate::syntax::citation::Citation;
use crate::syntax::date::Date;
use crate::text::Range;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-catalog-date",
    severity: Severity::Error,
    summary: "A cited resolution's date differs from the catalog's.",
    example: "resolution 65/140 of 17 December 2010 (the catalog says 16 December 2010)",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    for citation in syntax.citations() {
        let Some((date, span)) = citation.date.filter(|(d, _)| d.is_valid()) else {
            continue;
        };
        let Some((key, Some(entry))) = ctx.citation_entry(citation) else {
            continue;
        };
        let Some(known) = entry.date else {
            continue;
        };
        let finding = if citation.parts {
            check_part(entry, citation, date, &key)
        } else {
            check_whole(entry, known, date, &key)
        };
        let Some((severity, write, message)) = finding else {
            continue;
        };
        // The date as the text's language writes it (`16 décembre 2020`,
        // `16 de diciembre de 2020`).
        // The month keeps the form the text gives it where only the day
        // changes.
        let data = crate::syntax::foreign::parsed_with(ctx.model.language);
        let title = data
            .and_then(|data| crate::syntax::foreign::write_date(data, write))
            .unwrap_or_else(|| write.to_string());
        let (edit_span, written) = data
            .and_then(|data| crate::syntax::foreign::date_edit(data, date, span, write))
            .unwrap_or_else(|| (span, write.to_string()));
        let fix = Fix {
            title: crate::msg!("citation-catalog-date-fix", written = &title),
            edits: vec![TextEdit::new(
                Range::on_line(line, edit_span.start, edit_span.end),
                written,
            )],
        };
        // What to write is quoted as the text's language writes it, whatever
        // the reader's language.
        let message = message.arg("write", &title);
        let mut diagnostic = Ctx::diagnostic(&INFO, line, span, message).with_fix(fix);
        diagnostic.set_severity(severity);
        acc.push(diagnostic);
    }
}

/// A citation of the whole resolution: (severity, the date to write, the
/// message), or `None` when its date is one the catalog attests.
fn check_whole(
    entry: &Entry,
    known: Date,
    date: Date,
    key: &crate::catalog::Key,
) -> Option<(Severity, Date, Message)> {
    if entry.accepts_date(date) {
        return None;
    }
    let others = (!entry.other_dates.is_empty()).then(|| {
        let list = entry.other_dates.iter().map(|d| Arg::Date(*d)).collect();
        msg!(
            "citation-catalog-date-others",
            dates = Arg::List(list, Join::Comma)
        )
    });
    let source = (!entry.date_is_authoritative()).then(|| msg!("citation-date-cited-source"));
    let message = msg!(
        "citation-catalog-date-whole",
        known = known,
        cite = &entry.cite,
        others = others,
        source = source,
        date = date
    );
    let severity = if !entry.date_is_authoritative()
        && (known.year, known.month) != (date.year, date.month)
        && within_session(key, date)
    {
        Severity::Hint
    } else {
        INFO.severity
    };
    Some((severity, known, message))
}

/// A citation of lettered parts or of a section.
fn check_part(
    entry: &Entry,
    citation: &Citation,
    date: Date,
    key: &crate::catalog::Key,
) -> Option<(Severity, Date, Message)> {
    let letter = citation.letters.and_then(|l| l.single());
    let written = match letter {
        Some(letter) => format!("{} {letter}", entry.cite),
        None => entry.cite.clone(),
    };
    // The part's own date, and whether it is proof (the source's) or the
    // date official texts cite for it.
    let one_day = entry.other_dates.is_empty() && entry.part_dates.is_empty();
    let listed = |letter: char| {
        entry
            .parts
            .split(' ')
            .any(|p| p.len() == 1 && p.starts_with(letter))
    };
    let expected = match letter {
        Some(letter) => match entry.part_date(letter) {
            Some(part_date) => Some((part_date, false)),
            None if listed(letter) && one_day => {
                entry.date.map(|d| (d, entry.date_is_authoritative()))
            }
            None => None,
        },
        None if one_day => entry.date.map(|d| (d, entry.date_is_authoritative())),
        None => None,
    };
    if let Some((expected, proof)) = expected {
        if expected == date {
            return None;
        }
        let severity = if !proof
            && (expected.year, expected.month) != (date.year, date.month)
            && within_session(key, date)
        {
            Severity::Hint
        } else {
            INFO.severity
        };
        let source = (!proof).then(|| msg!("citation-date-cited-source"));
        let section = if citation.section && letter.is_none() {
            "yes"
        } else {
            "no"
        };
        return Some((
            severity,
            expected,
            msg!(
                "citation-catalog-date-part",
                expected = expected,
                section = section,
                written = written,
                source = source,
                date = date
            ),
        ));
    }
    // Parts adopted on days the catalog does not tell apart: any of the
    // resolution's dates may be the part's; another one in its session may
    // be a day the catalog does not know.
    let dates: Vec<Date> = entry.all_dates().collect();
    if dates.contains(&date) {
        return None;
    }
    // In the order of their English text, as the message always listed them.
    let mut list: Vec<(String, Date)> = dates.iter().map(|d| (d.to_string(), *d)).collect();
    list.sort();
    list.dedup();
    let list = list.into_iter().map(|(_, d)| Arg::Date(d)).collect();
    let severity = if within_session(key, date) {
        Severity::Hint
    } else {
        INFO.severity
    };
    Some((
        severity,
        dates[0],
        msg!(
            "citation-catalog-date-parts",
            cite = &entry.cite,
            dates = Arg::List(list, Join::Or),
            date = date,
            written = written
        ),
    ))
}

/// Whether `date` falls within the General Assembly session of `key` (true
/// when that cannot be known).
fn within_session(key: &crate::catalog::Key, date: crate::syntax::date::Date) -> bool {
    use crate::catalog::Series;
    use crate::syntax::citation::SessionRef;
    match (key.organ, key.series) {
        (crate::syntax::Organ::GeneralAssembly, Series::Session(SessionRef::Regular(n))) => {
            crate::data::ga_session_range(n).is_none_or(|(start, end)| start <= date && date <= end)
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;
    use crate::Document;

    const CODE: &str = "citation-catalog-date";

    #[test]
    fn a_wrong_day_is_reported_with_the_catalog_date() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 65/140 of 17 December 2010,
\t                                   ^^^^^^^^^^^^^^^^ citation-catalog-date: write `16 December 2010`: resolution 65/140 was adopted on 16 December 2010
\tRecalling also its resolutions 65/140 of 16 December 2010 and 67/264 of 17 May 2013,",
        );
    }

    #[test]
    fn old_style_security_council_and_human_rights_council_citations() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 217 (III) of 10 December 1948,
\tRecalling Security Council resolution 1624 (2005) of 15 September 2005,
\t                                                     ^^^^^^^^^^^^^^^^^ citation-catalog-date: 14 September 2005
\tRecalling Human Rights Council resolution 52/2 of 4 April 2023,
\t                                                  ^^^^^^^^^^^^ citation-catalog-date: 3 April 2023",
        );
    }

    #[test]
    fn dates_mined_from_citations_give_a_hint_beyond_a_slip_of_the_day() {
        // The catalog dates 48/141 from citations: 20 December 1993.
        let document = Document::new(
            "\tThe Human Rights Council,\n\tRecalling General Assembly resolution 48/141 of 7 January 1994,\n",
        );
        let found = document
            .diagnostics()
            .iter()
            .find(|d| d.code == CODE)
            .unwrap();
        assert_eq!(found.severity, crate::Severity::Hint);
        assert!(found.message.to_string().contains("20 December 1993"));
    }

    #[test]
    fn lettered_parts_and_sections_are_checked_against_the_parts_dates() {
        // 66/253 A of 16 February 2012 and B of 3 August 2012, as official
        // texts cite them; section IV of 76/274, adopted on 29 June 2022.
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 66/253 A of 16 February 2012 and 66/253 B of 3 August 2012,
\tRecalling its resolution 66/253 B of 4 August 2012,
\t                                     ^^^^^^^^^^^^^ citation-catalog-date: write `3 August 2012`
\tRecalling section IV of its resolution 76/274 of 29 June 2022 and section IV of its resolution 76/274 of 28 June 2022,
\t                                                                                                         ^^^^^^^^^^^^ citation-catalog-date: a section of resolution 76/274",
        );
    }

    #[test]
    fn a_part_whose_date_the_catalog_does_not_know_is_a_hint_within_the_session() {
        // 74/255 is dated 27 December 2019; its part B is not.
        let document = Document::new(
            "\tThe General Assembly,\n\tRecalling its resolution 74/255 B of 2 July 2020 and 74/255 C of 2 July 2018,\n",
        );
        let found: Vec<(crate::Severity, u32)> = document
            .diagnostics()
            .iter()
            .filter(|d| d.code == CODE)
            .map(|d| (d.severity, d.range().start.col))
            .collect();
        assert_eq!(
            found,
            [(crate::Severity::Hint, 38), (crate::Severity::Error, 66)]
        );
    }

    #[test]
    fn parts_adopted_on_other_days_are_accepted() {
        // 3374 (XXX): parts adopted on 30 October and 28 November 1975.
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 3374 (XXX) of 28 November 1975 and 3374 (XXX) of 30 October 1975,",
        );
    }

    #[test]
    fn the_fix_writes_the_catalog_date() {
        let text =
            "\tThe General Assembly,\n\tRecalling its resolution 65/140 of 17 December 2010,\n";
        let document = Document::new(text);
        let diagnostic = document
            .diagnostics()
            .iter()
            .find(|d| d.code == CODE)
            .unwrap();
        let fixed = crate::diagnostic::apply_edits(text, &diagnostic.fixes()[0].edits);
        assert_eq!(
            fixed,
            "\tThe General Assembly,\n\tRecalling its resolution 65/140 of 16 December 2010,\n"
        );
    }

    #[test]
    fn the_date_to_write_is_quoted_in_the_texts_language_whatever_the_readers() {
        let text = "\tГенеральная Ассамблея,\n\tссылаясь на свою резолюцию 65/140 от 17 декабря 2010 года,\n";
        let document = Document::new(text);
        let diagnostic = document
            .diagnostics()
            .iter()
            .find(|d| d.code == CODE)
            .unwrap();
        let french = diagnostic.message.render(crate::Locale::Fr);
        assert!(
            french.starts_with("écrire `16 декабря 2010 года` :"),
            "{french}"
        );
        assert!(french.contains("adoptée le 16 décembre 2010"), "{french}");
        let fixed = crate::diagnostic::apply_edits(text, &diagnostic.fixes()[0].edits);
        assert!(fixed.contains("от 16 декабря 2010 года,"), "{fixed}");
    }
}
