//! Hover: what to show over the word under the cursor. Each provider
//! recognizes its own kind of thing (a footnote marker, a citation, an
//! opening verb, an organization); the first that answers wins.

use crate::catalog::Catalog;
use crate::ide::escape_markdown;
use crate::text::{Pos, Range};
use crate::Document;

/// What to show, in Markdown, and the range it is about.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hover {
    pub range: Range,
    pub markdown: String,
}

/// What hover providers see.
pub struct HoverCtx<'a> {
    pub document: &'a Document,
    pub catalog: &'a Catalog,
    pub pos: Pos,
}

type Provider = fn(&HoverCtx<'_>) -> Option<Hover>;

/// Every provider, in order of precedence.
static PROVIDERS: &[Provider] = &[
    footnote,
    super::citation::hover,
    super::citation::own_symbol_hover,
    super::hover_vocabulary::opening,
    super::hover_vocabulary::organization,
];

/// The hover at `pos`, if there is anything to say.
pub fn hover(document: &Document, catalog: &Catalog, pos: Pos) -> Option<Hover> {
    let ctx = HoverCtx {
        document,
        catalog,
        pos,
    };
    PROVIDERS.iter().find_map(|provider| provider(&ctx))
}

/// On a footnote marker: the footnote's text.
fn footnote(ctx: &HoverCtx<'_>) -> Option<Hover> {
    let (document, pos) = (ctx.document, ctx.pos);
    let footnotes = document.footnotes();
    let lines = document.lines();
    let marker = footnotes.markers_on(pos.line).iter().find(|m| {
        let span = footnotes.span(lines, m);
        span.start <= pos.col && pos.col <= span.end
    })?;
    let span = footnotes.span(lines, marker);
    let range = Range::on_line(pos.line, span.start, span.end);
    let found = footnotes
        .text_of(marker.scope, marker.number)
        .map(|t| (t.line, lines[t.line as usize].body));
    let mut markdown = match found {
        Some((line, body)) => {
            let text = document.line_text(line);
            let body = text
                .get(body.start as usize..body.end as usize)
                .unwrap_or("");
            format!(
                "**Footnote {}**\n\n{}",
                marker.number,
                escape_markdown(body)
            )
        }
        None => format!(
            "**Footnote {}**\n\nThis footnote has no text yet.",
            marker.number
        ),
    };
    // A marker split off a number (`Agenda 216`, `12 December 199712`): say
    // how the digits are read.
    let text = document.line_text(pos.line);
    let bytes = text.as_bytes();
    let mut start = span.start as usize;
    while start > 0 && bytes.get(start - 1).is_some_and(u8::is_ascii_digit) {
        start -= 1;
    }
    if start < span.start as usize {
        if let (Some(whole), Some(number)) = (
            text.get(start..span.end as usize),
            text.get(start..span.start as usize),
        ) {
            markdown.push_str(&format!(
                "\n\n`{whole}` is read as `{number}` followed by the marker of footnote {}.",
                marker.number
            ));
        }
    }
    Some(Hover { range, markdown })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hover_on_marker_shows_footnote_text() {
        let document = Document::new("\tRecalling the Outcome,1 and\n1 Resolution 60/1.");
        let catalog = Catalog::default();
        let hover = hover(&document, &catalog, Pos::new(0, 23)).unwrap();
        assert_eq!(hover.range, Range::on_line(0, 23, 24));
        assert_eq!(hover.markdown, "**Footnote 1**\n\nResolution 60/1.");
        assert!(super::hover(&document, &catalog, Pos::new(0, 12)).is_none());
    }

    #[test]
    fn hover_on_a_marker_split_off_a_year_says_how_it_is_read() {
        let text = "\tRecalling its resolution 52/120 of 12 December 199712 and\n12 A/52/1.";
        let document = Document::new(text);
        let col = text.find("199712").unwrap() as u32 + 5;
        let hover = hover(&document, &Catalog::default(), Pos::new(0, col)).unwrap();
        assert_eq!(hover.range, Range::on_line(0, col - 1, col + 1));
        assert!(
            hover
                .markdown
                .ends_with("`199712` is read as `1997` followed by the marker of footnote 12."),
            "{}",
            hover.markdown
        );
    }
}
