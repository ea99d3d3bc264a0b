//! How a draft names its base: a first-line comment
//! `<!-- base: A/RES/79/123 -->` (in Markdown drafts, or any text), read
//! here; `resolute.toml` and the editor's setting are read by the server
//! and the command line.

/// What a draft names as its base: the symbol or path after `base:` in a
/// comment on its first non-blank line.
pub fn directive(text: &str) -> Option<&str> {
    let line = text.lines().find(|l| !l.trim().is_empty())?.trim();
    let inner = line.strip_prefix("<!--")?.strip_suffix("-->")?.trim();
    let value = inner
        .strip_prefix("base:")
        .or_else(|| inner.strip_prefix("base :"))?
        .trim();
    (!value.is_empty()).then_some(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_first_line_comment() {
        assert_eq!(
            directive("<!-- base: A/RES/79/123 -->\n\tThe General Assembly,"),
            Some("A/RES/79/123")
        );
        assert_eq!(
            directive("\n  <!--base: drafts/old.txt-->\n"),
            Some("drafts/old.txt")
        );
        assert_eq!(
            directive("\tThe General Assembly,\n<!-- base: A/RES/79/123 -->"),
            None
        );
        assert_eq!(directive("<!-- base: -->"), None);
        assert_eq!(directive(""), None);
    }
}
