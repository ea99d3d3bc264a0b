//! Completion: what to offer at a position. Each provider looks at the
//! context (what is on the line before the cursor) and adds the items that
//! fit; the list is then ranked for a drafter.

use crate::catalog::Catalog;
use crate::l10n::Locale;
use crate::text::{Pos, Range};
use crate::Document;

/// What an item is, for the editor's icon.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CompletionKind {
    /// An operative verb or phrase.
    Verb,
    /// A preambular opening.
    Phrase,
    Organization,
    /// A catalog entry (a resolution to cite).
    Citation,
    /// A snippet such as a new numbered paragraph.
    Snippet,
}

/// One item.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CompletionItem {
    /// What the list shows.
    pub label: String,
    pub kind: CompletionKind,
    /// A short line beside the label (family and strength, a title).
    pub detail: Option<String>,
    /// Markdown documentation (document text in it must be escaped).
    pub documentation: Option<String>,
    /// The range the item replaces (the typed prefix) and what it inserts.
    pub replace: Range,
    pub insert: String,
    /// `insert` is a snippet with `$1`/`$0` placeholders.
    pub snippet: bool,
    /// What the editor filters on, when not the label.
    pub filter: Option<String>,
    /// Rank: lower first. Providers give their own order; see [`rank`].
    pub rank: u32,
}

/// What the providers see.
pub struct CompletionCtx<'a> {
    pub document: &'a Document,
    pub catalog: &'a Catalog,
    pub pos: Pos,
    /// The text of the line before the cursor.
    pub before: &'a str,
    /// The language of the items' details and documentation.
    pub locale: Locale,
    /// Set by a provider that offers fewer items than fit what is typed
    /// (a catalog's entries beyond its limit): the list is then incomplete,
    /// and the editor asks again as the drafter types on rather than
    /// filtering this one ([`Completions::incomplete`]).
    pub cut: std::cell::Cell<bool>,
}

/// The items to offer at a position, and whether the list is incomplete:
/// typing on may make items fit that it left out (LSP's `isIncomplete`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completions {
    pub items: Vec<CompletionItem>,
    pub incomplete: bool,
}

type Provider = fn(&CompletionCtx<'_>, &mut Vec<CompletionItem>);

/// Every provider. Each returns quickly when the context is not its own.
static PROVIDERS: &[Provider] = &[
    super::citation::complete,
    super::complete_openings::openings,
    super::complete_organizations::organizations,
];

/// The items to offer at `pos`, best first, described in English.
pub fn completion(document: &Document, catalog: &Catalog, pos: Pos) -> Vec<CompletionItem> {
    completion_in(document, catalog, pos, Locale::En)
}

/// The items to offer at `pos`, best first, their details and documentation
/// in `locale`.
pub fn completion_in(
    document: &Document,
    catalog: &Catalog,
    pos: Pos,
    locale: Locale,
) -> Vec<CompletionItem> {
    completions(document, catalog, pos, locale).items
}

/// [`completion_in`], with whether the list is incomplete.
pub fn completions(
    document: &Document,
    catalog: &Catalog,
    pos: Pos,
    locale: Locale,
) -> Completions {
    let line = document.line_text(pos.line);
    let col = (pos.col as usize).min(line.len());
    let col = (0..=col)
        .rev()
        .find(|&c| line.is_char_boundary(c))
        .unwrap_or(0);
    let ctx = CompletionCtx {
        document,
        catalog,
        pos: Pos::new(pos.line, col as u32),
        before: &line[..col],
        locale,
        cut: std::cell::Cell::new(false),
    };
    let mut items = Vec::new();
    for provider in PROVIDERS {
        provider(&ctx, &mut items);
    }
    items.sort_by(|a, b| a.rank.cmp(&b.rank).then_with(|| a.label.cmp(&b.label)));
    Completions {
        items,
        incomplete: ctx.cut.get(),
    }
}

/// The word being typed: letters, digits, `-`, `/` and `'` just before the
/// cursor, with its start column.
pub fn typed_word(before: &str) -> (usize, &str) {
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || matches!(c, '-' | '/' | '\''))
        .last()
        .map_or(before.len(), |(i, _)| i);
    (start, &before[start..])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_typed_word_stops_at_spaces_and_brackets() {
        assert_eq!(typed_word("resolution 67/2"), (11, "67/2"));
        assert_eq!(typed_word("(ES-1"), (1, "ES-1"));
        assert_eq!(typed_word("the "), (4, ""));
        assert_eq!(typed_word("قرار"), (0, "قرار"));
    }

    #[test]
    fn a_cursor_inside_a_character_is_moved_back() {
        let document = Document::new("中文");
        // Column 1 is inside the first character: no panic, no items.
        assert!(completion(&document, &Catalog::default(), Pos::new(0, 1)).is_empty());
        assert!(completion(&document, &Catalog::default(), Pos::new(9, 99)).is_empty());
    }
}
