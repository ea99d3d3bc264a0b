//! Editor features computed from a [`crate::Document`]: the outline, hovers,
//! completion and navigation. Each returns plain data in core positions; the server
//! converts it.

pub mod actions;
pub mod citation;
mod complete_openings;
mod complete_organizations;
pub mod completion;
pub mod folding;
pub mod hover;
mod hover_vocabulary;
pub mod inlay_hints;
pub mod navigation;
pub mod outline;
pub mod rename;
pub mod renumber;
pub mod selection;
pub mod semantic_tokens;
pub mod stats;

pub use citation::{definition, Target};
pub use completion::{completion, CompletionItem, CompletionKind};
pub use folding::{folding_ranges, Fold, FoldKind};
pub use hover::{hover, Hover};
pub use inlay_hints::{inlay_hints, InlayHint};
pub use navigation::{highlights, local_definition, references, Highlight, HighlightKind};
pub use outline::{outline, OutlineItem, OutlineKind};
pub use selection::selection_ranges;
pub use semantic_tokens::{semantic_tokens, Modifier, SemanticToken, TokenKind};

/// Escapes text from the document for Markdown, so a draft cannot inject
/// links, images, HTML or `command:` URIs into a rendered hover. Markup
/// of extensions (`$` math, smart quotes) is escaped too;
/// `server/core/tests/markdown.rs` renders escaped text and checks that it
/// comes out as itself.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        // CommonMark lets a backslash escape any ASCII punctuation; these
        // are the ones some dialect reads as markup (`/`, `,`, `;`, `?`,
        // `%` and `@` stay readable).
        if c.is_ascii_punctuation() && !matches!(c, '/' | ',' | ';' | '?' | '%' | '@') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    #[test]
    fn escaping_defuses_links_and_html() {
        let escaped = super::escape_markdown("[click](command:rm) <img src=x>");
        assert!(!escaped.contains("](command"));
        assert!(escaped.contains("\\[click\\]\\(command\\:rm\\)"));
        assert!(escaped.contains("\\<img"));
    }
}
