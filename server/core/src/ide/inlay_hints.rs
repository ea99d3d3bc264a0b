//! Inlay hints: after a citation written without its date, the date the
//! catalog gives (`resolution 67/264` shows ` of 17 May 2013`). Citations of
//! lettered parts (`68/247 B`) are left alone: the catalog dates resolutions,
//! not their parts, and so are citations a footnote marker is glued to
//! (`resolution 71/2052` read as 71/205 and marker 2): the number as written
//! is not the citation's. The server shows them only when the user turns
//! them on.
//!
//! The hint is text of the document, so it is written in the document's
//! language, as its citations join a number to its date: French `du 17 mai
//! 2013`, Spanish `, de 17 de mayo de 2013`, Arabic ` المؤرخ 17 أيار/مايو
//! 2013`, Russian `от 17 мая 2013 года`, and in Chinese before the number's
//! `第` (`2013年5月17日第67/264号决议`); its tooltip is in the drafter's.

use crate::catalog::Catalog;
use crate::data::languages::LanguageData;
use crate::l10n::Message;
use crate::msg;
use crate::syntax::date::Date;
use crate::text::{Pos, Range};
use crate::Document;

/// One hint: `label` shown at `pos`; `insert` is the text that makes it
/// part of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InlayHint {
    pub pos: Pos,
    /// `of 17 May 2013` (an editor pads it on the left).
    pub label: String,
    /// ` of 17 May 2013`.
    pub insert: String,
    /// What the hint is: `Date of A/RES/67/264 in the catalog`.
    pub tooltip: Message,
}

/// How the document's language writes a citation's date.
enum DateWriting {
    /// English: ` of 17 May 2013` after the number.
    English,
    /// After the number, joined by the language's most frequent link
    /// (` du `, `, de `, ` от `, ` المؤرخ `).
    After(&'static LanguageData),
    /// Before the number's prefix (Chinese `第`), with nothing between.
    Before(&'static LanguageData, &'static str),
}

impl DateWriting {
    fn of(document: &Document) -> Option<DateWriting> {
        let Some(data) = crate::syntax::foreign::parsed_with(document.language()) else {
            return Some(DateWriting::English);
        };
        let citations = &data.citations;
        Some(match citations.date_position.as_str() {
            "before" => {
                let link = citations.date_links.iter().max_by_key(|l| l.count)?;
                DateWriting::Before(data, link.text.as_str())
            }
            _ => DateWriting::After(data),
        })
    }

    /// The place of the hint and the text it inserts there, for a citation
    /// at `start..end` of `text`; `None` where the language would write the
    /// date elsewhere (a Chinese number of a list, without its `第`).
    fn hint(&self, text: &str, start: u32, end: u32, date: Date) -> Option<(u32, String)> {
        match *self {
            DateWriting::English => Some((end, format!(" of {date}"))),
            DateWriting::After(data) => {
                Some((end, crate::syntax::foreign::date_after_number(data, date)?))
            }
            DateWriting::Before(data, link) => {
                let start = start as usize;
                let at = if text.get(start..)?.starts_with(link) {
                    start
                } else if text.get(..start)?.ends_with(link) {
                    start - link.len()
                } else {
                    return None;
                };
                Some((at as u32, crate::syntax::foreign::write_date(data, date)?))
            }
        }
    }
}

/// The hints of lines `lines` of `document`.
pub fn inlay_hints(
    document: &Document,
    catalog: &Catalog,
    lines: std::ops::Range<u32>,
) -> Vec<InlayHint> {
    if lines.start >= lines.end {
        return Vec::new();
    }
    let range = Range::new(Pos::new(lines.start, 0), Pos::new(lines.end - 1, u32::MAX));
    inlay_hints_in(document, catalog, range)
}

/// The hints of `document` inside `range` (an editor's visible part): only
/// the citations of the range are looked at, so a range inside a very long
/// line costs what its own stretch does.
pub fn inlay_hints_in(document: &Document, catalog: &Catalog, range: Range) -> Vec<InlayHint> {
    let syntax = document.lines();
    let end = (range.end.line as usize)
        .saturating_add(1)
        .min(syntax.len());
    let start = (range.start.line as usize).min(end);
    let mut out = Vec::new();
    let Some(writing) = DateWriting::of(document) else {
        return out;
    };
    for (index, line) in syntax.range(start..end).enumerate() {
        let index = (start + index) as u32;
        let markers = document.footnotes().markers_on(index);
        // The line's text, read at its first citation.
        let mut text = None;
        let inside = |col: u32| {
            (index != range.start.line || col >= range.start.col)
                && (index != range.end.line || col <= range.end.col)
        };
        // Citations are in the order of the line: skip to the range.
        debug_assert!(line
            .citations()
            .windows(2)
            .all(|w| w[0].span.end <= w[1].span.start));
        let first = if index == range.start.line {
            line.citations()
                .partition_point(|c| c.span.end < range.start.col)
        } else {
            0
        };
        for citation in line.citations()[first..]
            .iter()
            .take_while(|c| index != range.end.line || c.span.start <= range.end.col)
        {
            if !inside(citation.span.end) {
                continue;
            }
            if citation.date.is_some() || citation.parts {
                continue;
            }
            // `resolution 71/2052` read as 71/205 and marker 2: the number
            // written is not the citation's.
            let glued = markers.iter().any(|m| {
                let span = document.footnotes().span(syntax, m);
                citation.span.start < span.start && span.start < citation.span.end
            });
            if glued {
                continue;
            }
            let Some(key) = document.citation_key(citation) else {
                continue;
            };
            let Some(entry) = catalog.get(&key) else {
                continue;
            };
            let Some(date) = entry.date else {
                continue;
            };
            let text = text.get_or_insert_with(|| document.line_text(index));
            let Some((col, insert)) =
                writing.hint(text, citation.span.start, citation.span.end, date)
            else {
                continue;
            };
            out.push(InlayHint {
                pos: Pos::new(index, col),
                label: insert.trim().to_string(),
                insert,
                tooltip: msg!("inlay-date-tooltip", symbol = entry.symbol.as_str()),
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn undated_known_citations_get_their_date() {
        let text = "\tThe General Assembly,\n\
\tRecalling مرحبا 😀 its resolutions 67/264 and 65/140 of 16 December 2010, 67/999 and 68/247 B,\n\
\tRecalling also Security Council resolution 1624 (2005),";
        let document = Document::new(text);
        let hints = inlay_hints(&document, document.catalog(), 0..10);
        let shown: Vec<(Pos, &str)> = hints.iter().map(|h| (h.pos, h.label.as_str())).collect();
        // Byte columns: `67/264` ends after the Arabic and the emoji.
        let line = text.split('\n').nth(1).unwrap();
        let after = (line.find("67/264").unwrap() + 6) as u32;
        assert_eq!(after, 49);
        assert_eq!(
            shown,
            [
                (Pos::new(1, after), "of 17 May 2013"),
                (Pos::new(2, 55), "of 14 September 2005"),
            ]
        );
        assert_eq!(hints[0].insert, " of 17 May 2013");
        assert_eq!(
            hints[0].tooltip.render(crate::Locale::En),
            "Date of A/RES/67/264 in the catalog"
        );
        assert_eq!(
            hints[0].tooltip.render(crate::Locale::Fr),
            "Date de A/RES/67/264 selon le catalogue"
        );
        // Only the lines asked for; any range is safe.
        assert_eq!(inlay_hints(&document, document.catalog(), 2..3).len(), 1);
        let (from, to) = (7, 2);
        assert!(inlay_hints(&document, document.catalog(), from..to).is_empty());
        assert!(inlay_hints(&Document::new(""), &Catalog::builtin(), 0..u32::MAX).is_empty());
    }

    /// In another language the hint is the date as the text's citations
    /// write it, where they write it.
    #[test]
    fn the_hint_is_written_in_the_texts_language() {
        use crate::data::languages::Language;
        let cases = [
            (
                Language::French,
                "\tL'Assemblée générale,\n\tRappelant sa résolution 67/264,\n",
                "67/264",
                " du 17 mai 2013",
            ),
            (
                Language::Spanish,
                "\tLa Asamblea General,\n\tRecordando su resolución 67/264,\n",
                "67/264",
                ", de 17 de mayo de 2013",
            ),
            (
                Language::Russian,
                "\tГенеральная Ассамблея,\n\tссылаясь на свою резолюцию 67/264,\n",
                "67/264",
                " от 17 мая 2013 года",
            ),
            (
                Language::Arabic,
                "\tإن الجمعية العامة،\n\tإذ تشير إلى قرارها 67/264،\n",
                "67/264",
                " المؤرخ 17 أيار/مايو 2013",
            ),
        ];
        for (language, text, number, insert) in cases {
            let document = Document::with_language(text, Catalog::builtin(), Some(language));
            let hints = inlay_hints(&document, document.catalog(), 0..3);
            let line = text.split('\n').nth(1).unwrap();
            let after = (line.find(number).unwrap() + number.len()) as u32;
            assert_eq!(hints.len(), 1, "{language:?}: {hints:?}");
            assert_eq!(hints[0].pos, Pos::new(1, after), "{language:?}");
            assert_eq!(hints[0].insert, insert, "{language:?}");
            assert_eq!(hints[0].label, insert.trim(), "{language:?}");
        }
        // Chinese writes the date before `第`; a number of a list without
        // its own `第` gets no hint.
        let text = "\t大会，\n\t回顾其第67/264号决议和第65/140和66/1号决议，\n";
        let document = Document::with_language(text, Catalog::builtin(), Some(Language::Chinese));
        let hints = inlay_hints(&document, document.catalog(), 0..3);
        let line = text.split('\n').nth(1).unwrap();
        let di = line.find("第67/264").unwrap() as u32;
        assert!(
            hints
                .iter()
                .any(|h| h.pos == Pos::new(1, di) && h.insert == "2013年5月17日"),
            "{hints:?}"
        );
        assert!(
            hints
                .iter()
                .all(|h| line[h.pos.col as usize..].starts_with('第')),
            "{hints:?}"
        );
    }
}
