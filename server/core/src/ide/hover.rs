//! Hover: what to show over the word under the cursor. Each provider
//! recognizes its own kind of thing (a footnote marker, a citation, an
//! opening verb, an organization); the first that answers wins.

use crate::catalog::Catalog;
use crate::ide::escape_markdown;
use crate::syntax::{LineKind, MarkerStrength};
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
    let line = document.lines().get(pos.line as usize)?;
    let marker = line.markers.iter().find(|m| {
        m.strength != MarkerStrength::Possible && m.span.start <= pos.col && pos.col <= m.span.end
    })?;
    let range = Range::on_line(pos.line, marker.span.start, marker.span.end);
    let found = document
        .lines()
        .iter()
        .enumerate()
        .find_map(|(i, l)| match l.kind {
            LineKind::FootnoteText { number, .. } if number == marker.number => {
                Some((i as u32, l.body))
            }
            _ => None,
        });
    let markdown = match found {
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
}
