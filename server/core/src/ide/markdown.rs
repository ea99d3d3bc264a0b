//! The Markdown of hovers and completion documentation, and its plain-text
//! form for clients that do not render Markdown.
//!
//! Text from the document (and from the lexicon and catalogs) goes into the
//! Markdown through [`escape_markdown`], which escapes only what CommonMark
//! and GitHub's extensions (what editors render hovers with) would read as
//! markup there: so `A/RES/3369 (XXX)` and `Resolution 60/1.` stay as they
//! are, and an editor that shows the Markdown as text (Neovim's hover shows
//! escapes) shows the drafter's text. Document text inside backticks goes
//! through [`code_span`] instead, since escapes do not work there.
//!
//! [`plain_text`] turns that Markdown into plain text: it removes the
//! server's own markup (`**bold**`, `*italic*`, `_italic_`, code spans,
//! `[links](…)`) and the escapes. It can tell the two apart because every
//! markup character that comes from text is escaped, except `_` inside a
//! word, which is not markup there either.

/// Escapes text for Markdown, so that it renders as itself: no link, image,
/// HTML, emphasis, code, heading, list, quote or entity can come from it,
/// and a draft cannot put a `command:` URI into a hover. Only what would
/// change the rendering gets a backslash:
///
/// - always `` ` ``, `*`, `[` and `~`; `\` before ASCII punctuation or at
///   the end; `_` except inside a word; `<` before a letter, `/`, `!` or
///   `?` (a tag or an autolink); `&` that starts an entity; `]` before `(`;
/// - the `:` of `://` and the `.` of a word `www.`, which some renderers
///   turn into links by themselves;
/// - at the start of the text: `#`, `>`, `-`, `+`, `=` and the `.` or `)` of
///   a number (a heading, quote, list or rule); whitespace there is dropped
///   (it would start a code block).
///
/// The text is one line of a document; a line break in it is kept, and
/// what follows it is escaped as a start of a line.
pub fn escape_markdown(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut line_start = true;
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|p| chars[p]);
        let next = chars.get(i + 1).copied();
        if line_start {
            if c == ' ' || c == '\t' {
                i += 1;
                continue;
            }
            line_start = false;
            if matches!(c, '#' | '>' | '-' | '+' | '=') {
                out.push('\\');
                out.push(c);
                i += 1;
                continue;
            }
            // `1.` or `1)` then a space: an ordered list.
            let digits = chars[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if digits > 0 {
                let after = chars.get(i + digits).copied();
                let then = chars.get(i + digits + 1).copied();
                if matches!(after, Some('.' | ')')) && then.is_none_or(|c| c == ' ' || c == '\t') {
                    out.extend(&chars[i..i + digits]);
                    out.push('\\');
                    out.push(after.unwrap_or('.'));
                    i += digits + 1;
                    continue;
                }
            }
        }
        let escape = match c {
            '`' | '*' | '[' | '~' => true,
            '\\' => next.is_none_or(|n| n.is_ascii_punctuation()),
            '_' => {
                !(prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric))
            }
            '<' => next.is_some_and(|n| n.is_ascii_alphabetic() || matches!(n, '/' | '!' | '?')),
            '&' => starts_entity(&chars[i + 1..]),
            ']' => next == Some('('),
            ':' => next == Some('/') && chars.get(i + 2) == Some(&'/'),
            '.' => {
                i >= 3
                    && chars[i - 3..i]
                        .iter()
                        .collect::<String>()
                        .eq_ignore_ascii_case("www")
                    && (i == 3 || !chars[i - 4].is_alphanumeric())
            }
            _ => false,
        };
        if escape {
            out.push('\\');
        }
        out.push(c);
        if c == '\n' {
            line_start = true;
        }
        i += 1;
    }
    out
}

/// Whether `rest` (what follows a `&`) makes it an entity: `name;`, `#123;`
/// or `#x1F;`.
fn starts_entity(rest: &[char]) -> bool {
    let (digits, hex): (usize, bool) = match rest {
        ['#', 'x' | 'X', ..] => (2, true),
        ['#', ..] => (1, false),
        _ => (0, false),
    };
    let body = rest[digits..]
        .iter()
        .take_while(|c| {
            if digits == 0 {
                c.is_ascii_alphanumeric()
            } else if hex {
                c.is_ascii_hexdigit()
            } else {
                c.is_ascii_digit()
            }
        })
        .count();
    body > 0 && rest.get(digits + body) == Some(&';')
}

/// `text` as a Markdown code span, shown exactly as it is (escapes do not
/// work inside backticks): fenced with one backtick more than the longest
/// run in it, and padded when it starts or ends with a backtick.
pub fn code_span(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        if c == '`' {
            run += 1;
            longest = longest.max(run);
        } else {
            run = 0;
        }
    }
    let fence = "`".repeat(longest + 1);
    let pad = if text.starts_with('`') || text.ends_with('`') {
        " "
    } else {
        ""
    };
    format!("{fence}{pad}{text}{pad}{fence}")
}

/// The plain text of Markdown the server wrote: its markup removed
/// (`**bold**` and `*italic*` become their text, a code span its content, a
/// link `[label](url)` becomes `label (url)`) and its escapes resolved.
/// Line breaks and list items stay as they are.
pub fn plain_text(markdown: &str) -> String {
    let chars: Vec<char> = markdown.chars().collect();
    let mut out = String::with_capacity(markdown.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        match c {
            '\\' if chars.get(i + 1).is_some_and(char::is_ascii_punctuation) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '*' => i += 1,
            '_' => {
                let prev = i.checked_sub(1).map(|p| chars[p]);
                let next = chars.get(i + 1).copied();
                if prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric)
                {
                    out.push('_');
                }
                i += 1;
            }
            '`' => {
                let run = chars[i..].iter().take_while(|&&c| c == '`').count();
                match closing_fence(&chars, i + run, run) {
                    Some(end) => {
                        let content: String = chars[i + run..end].iter().collect();
                        let content =
                            match content.strip_prefix(' ').and_then(|c| c.strip_suffix(' ')) {
                                Some(inner) if !inner.trim().is_empty() => inner.to_owned(),
                                _ => content,
                            };
                        out.push_str(&content);
                        i = end + run;
                    }
                    None => {
                        out.extend(&chars[i..i + run]);
                        i += run;
                    }
                }
            }
            '[' => match link(&chars, i) {
                Some((label, url, end)) => {
                    out.push_str(&plain_text(&label));
                    out.push_str(" (");
                    out.push_str(&url);
                    out.push(')');
                    i = end;
                }
                None => {
                    out.push('[');
                    i += 1;
                }
            },
            _ => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// Where a run of exactly `run` backticks starts at or after `from`.
fn closing_fence(chars: &[char], from: usize, run: usize) -> Option<usize> {
    let mut i = from;
    while i < chars.len() {
        if chars[i] == '`' {
            let here = chars[i..].iter().take_while(|&&c| c == '`').count();
            if here == run {
                return Some(i);
            }
            i += here;
        } else {
            i += 1;
        }
    }
    None
}

/// The label and destination of a link `[label](url)` whose `[` is at
/// `start`, and where it ends.
fn link(chars: &[char], start: usize) -> Option<(String, String, usize)> {
    let mut i = start + 1;
    let mut label = String::new();
    while i < chars.len() && chars[i] != ']' {
        if chars[i] == '\\' && i + 1 < chars.len() {
            label.push(chars[i]);
            i += 1;
        }
        label.push(chars[i]);
        i += 1;
    }
    if chars.get(i + 1) != Some(&'(') {
        return None;
    }
    let url_start = i + 2;
    let close = chars[url_start..].iter().position(|&c| c == ')')? + url_start;
    Some((label, chars[url_start..close].iter().collect(), close + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinary_text_is_left_as_it_is() {
        for text in [
            "A/RES/3369 (XXX)",
            "Resolution 60/1.",
            "General Assembly resolution 67/264 of 17 May 2013, entitled \"Oceans\"; see A_RES_67_264 (2013)!",
            "Côte d’Ivoire: 50 % of 1,000 — ok? yes @ 3-4 {x} $5 ^ | 2 < 3 > 1 & so on",
            "<<ODS JOB NO>>",
        ] {
            let expected = if text == "<<ODS JOB NO>>" {
                "<\\<ODS JOB NO>>".to_owned()
            } else {
                text.to_owned()
            };
            assert_eq!(escape_markdown(text), expected);
            assert_eq!(plain_text(&escape_markdown(text)), text);
        }
    }

    #[test]
    fn markup_is_escaped() {
        let escaped =
            escape_markdown("[click](command:rm) <img src=x> *a* _b_ `c` ~d~ &amp; http://x www.y");
        assert_eq!(
            escaped,
            "\\[click\\](command:rm) \\<img src=x> \\*a\\* \\_b\\_ \\`c\\` \\~d\\~ \\&amp; http\\://x www\\.y"
        );
        assert_eq!(escape_markdown("# heading"), "\\# heading");
        assert_eq!(escape_markdown("  1. item"), "1\\. item");
        assert_eq!(escape_markdown("1.5 million"), "1.5 million");
        assert_eq!(escape_markdown("- item\n+ x"), "\\- item\n\\+ x");
        assert_eq!(escape_markdown("a\\"), "a\\\\");
        assert_eq!(escape_markdown("a\\b"), "a\\b");
    }

    #[test]
    fn code_spans_fence_what_they_hold() {
        assert_eq!(code_span("OIC"), "`OIC`");
        assert_eq!(code_span("a`b"), "``a`b``");
        assert_eq!(code_span("`x"), "`` `x ``");
        assert_eq!(plain_text(&code_span("a`b")), "a`b");
        assert_eq!(plain_text(&code_span("`x")), "`x");
    }

    #[test]
    fn plain_text_drops_the_servers_markup() {
        assert_eq!(
            plain_text("**Footnote 1**\n\nResolution 60/1\\."),
            "Footnote 1\n\nResolution 60/1."
        );
        assert_eq!(
            plain_text("**A/RES/67/264** · *The title* and _more_ `code` [Text on undocs.org](https://undocs.org/A/RES/67/264)"),
            "A/RES/67/264 · The title and more code Text on undocs.org (https://undocs.org/A/RES/67/264)"
        );
        assert_eq!(plain_text("A_RES_1 [not a link"), "A_RES_1 [not a link");
    }
}
