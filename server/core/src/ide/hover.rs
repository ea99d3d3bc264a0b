//! Hover: what to show over the word under the cursor. Each provider
//! recognizes its own kind of thing (a footnote marker, a citation, an
//! opening verb, an organization); the first that answers wins.

use crate::catalog::Catalog;
use crate::ide::escape_markdown;
use crate::l10n::Locale;
use crate::msg;
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
    /// The language of the labels.
    pub locale: Locale,
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

/// The hover at `pos`, if there is anything to say, in English.
pub fn hover(document: &Document, catalog: &Catalog, pos: Pos) -> Option<Hover> {
    hover_in(document, catalog, pos, Locale::En)
}

/// The hover at `pos`, its labels in `locale` (the text quoted from the
/// document and the catalog's data stay as they are).
pub fn hover_in(document: &Document, catalog: &Catalog, pos: Pos, locale: Locale) -> Option<Hover> {
    let ctx = HoverCtx {
        document,
        catalog,
        pos,
        locale,
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
    let found = footnotes.text_of(marker.scope, marker.number).map(|t| {
        (
            footnotes.text_line(t),
            lines[footnotes.text_line(t) as usize].body,
        )
    });
    let mut markdown = match found {
        Some((line, body)) => {
            let text = document.line_text(line);
            let body = text
                .get(body.start as usize..body.end as usize)
                .unwrap_or("");
            format!(
                "**{}**\n\n{}",
                msg!("hover-footnote", number = marker.number).render(ctx.locale),
                escape_markdown(body)
            )
        }
        None => format!(
            "**{}**\n\n{}",
            msg!("hover-footnote", number = marker.number).render(ctx.locale),
            msg!("hover-footnote-no-text").render(ctx.locale)
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
            markdown.push_str("\n\n");
            markdown.push_str(
                &msg!(
                    "hover-footnote-split",
                    whole = whole,
                    number = number,
                    marker = marker.number
                )
                .render(ctx.locale),
            );
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
