//! Editor features computed from a [`crate::Document`]: the outline, hovers
//! and completion. Each returns plain data in core positions; the server
//! converts it.

pub mod actions;
pub mod citation;
mod complete_openings;
mod complete_organizations;
pub mod completion;
pub mod hover;
mod hover_vocabulary;
pub mod outline;
pub mod rename;
pub mod renumber;
pub mod stats;

pub use citation::{definition, Target};
pub use completion::{completion, CompletionItem, CompletionKind};
pub use hover::{hover, Hover};
pub use outline::{outline, OutlineItem, OutlineKind};

/// Escapes text from the document for Markdown, so a draft cannot inject
/// links, images, HTML or `command:` URIs into a rendered hover.
pub fn escape_markdown(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '('
                | ')'
                | '#'
                | '+'
                | '-'
                | '.'
                | '!'
                | '<'
                | '>'
                | '|'
                | '~'
                | '&'
                | ':'
        ) {
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
