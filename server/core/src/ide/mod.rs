//! Editor features computed from a [`crate::Document`]: the outline, hovers
//! and completion. Each returns plain data in core positions; the server
//! converts it.

pub mod completion;
pub mod hover;
pub mod outline;

pub use completion::{completion, CompletionItem, CompletionKind};
pub use hover::{hover, Hover};
pub use outline::{outline, OutlineItem, OutlineKind};

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
