//! Inlay hints: after a citation written without its date, the date the
//! catalog gives (`resolution 67/264` shows ` of 17 May 2013`). Citations of
//! lettered parts (`68/247 B`) are left alone: the catalog dates resolutions,
//! not their parts, and so are citations a footnote marker is glued to
//! (`resolution 71/2052` read as 71/205 and marker 2): the number as written
//! is not the citation's. The server shows them only when the user turns
//! them on.

use crate::catalog::Catalog;
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
    pub tooltip: String,
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
    for (index, line) in syntax[start..end].iter().enumerate() {
        let index = (start + index) as u32;
        let markers = document.footnotes().markers_on(index);
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
            out.push(InlayHint {
                pos: Pos::new(index, citation.span.end),
                label: format!("of {date}"),
                insert: format!(" of {date}"),
                tooltip: format!("Date of {} in the catalog", entry.symbol),
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
        assert_eq!(hints[0].tooltip, "Date of A/RES/67/264 in the catalog");
        // Only the lines asked for; any range is safe.
        assert_eq!(inlay_hints(&document, document.catalog(), 2..3).len(), 1);
        let (from, to) = (7, 2);
        assert!(inlay_hints(&document, document.catalog(), from..to).is_empty());
        assert!(inlay_hints(&Document::new(""), &Catalog::builtin(), 0..u32::MAX).is_empty());
    }
}
