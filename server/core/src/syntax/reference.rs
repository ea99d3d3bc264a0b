//! Internal references: `paragraph 5 above`, `paragraphs 3 to 7 of the
//! present resolution`, `subparagraph (b) of paragraph 3 above`,
//! `paragraphs 1 (a) and (b) above`, and the inserts of negotiation drafts,
//! `paragraph 2 bis above`, `subparagraph (b) bis`.
//!
//! Only references that say they point inside the text (`above`, `below`,
//! `of the present resolution`) are kept: `paragraph 5 of resolution 60/1`
//! cites another text and is none of our business. An insert (`paragraph
//! 7 bis`) is the text's own even when it does not say so, unless `of`
//! follows it.

use std::sync::LazyLock;

use regex::Regex;

use super::bytes::{digits, is_ascii_word_byte};
use super::{NumberSuffix, Span};

/// Where a reference says its target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefScope {
    Above,
    Below,
    /// `of the present resolution`: the resolution's own operative part.
    PresentText,
    /// Not said (`paragraph 7 bis`, an insert of a negotiation draft): the
    /// part of the text the reference stands in.
    Unstated,
}

/// One paragraph or subparagraph a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParagraphRef {
    /// The paragraph number, if the reference names one (or an item
    /// before it in the same list does: `paragraphs 1 (a) and (b)`).
    pub paragraph: Option<u32>,
    /// The paragraph's negotiation suffix (`bis` of `2 bis`).
    pub suffix: Option<NumberSuffix>,
    /// The subparagraph label (`b`, `ii`), if any.
    pub sub: Option<String>,
    /// The subparagraph's negotiation suffix (`bis` of `(b) bis`).
    pub sub_suffix: Option<NumberSuffix>,
    /// The text of this target (`5`, `5 (b)`, `(b)`, `2 bis`).
    pub span: Span,
    /// Where the paragraph number is written, with its suffix (`2 bis`):
    /// inside `span`, or after `of paragraph` (`subparagraph (b) of
    /// paragraph 3`). `None` when an item before it writes the number.
    pub number_span: Option<Span>,
    /// Where the subparagraph letters are written (`b` in `(b)`).
    pub sub_span: Option<Span>,
    /// Whether it ends a range the reference before it starts (`3 to 7`,
    /// `3-7`).
    pub through: bool,
    /// Whether it is the last item of its list, the one its scope follows
    /// (`7` in `paragraphs 3 and 7 above`).
    pub list_end: bool,
    pub scope: RefScope,
}

/// What [`find_lead`] finds (the pattern its test compares it with).
#[cfg(test)]
static LEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern(r"(?-u:\b)([Ss]ub)?[Pp]aragraphs? ").unwrap());

/// The leftmost match of [`LEAD`] in `text` that starts at or after `from`
/// (`(?-u:\b)([Ss]ub)?[Pp]aragraphs? `, with what comes before `from` read
/// for the word boundary), as (start, end): found by searching for
/// `aragraph` (one vectorized pass, where the pattern's prefilter read every
/// line much more slowly) and reading the few bytes around it.
fn find_lead(text: &str, from: usize) -> Option<(usize, usize)> {
    static ARAGRAPH: LazyLock<memchr::memmem::Finder<'static>> =
        LazyLock::new(|| memchr::memmem::Finder::new("aragraph"));
    let bytes = text.as_bytes();
    let boundary_before = |at: usize| at == 0 || !is_ascii_word_byte(bytes[at - 1]);
    // The `P` is before the part searched for.
    let mut at = from + 1;
    while at < bytes.len() {
        let k = at + ARAGRAPH.find(&bytes[at..])?;
        at = k + 1;
        let p = k - 1;
        if !matches!(bytes[p], b'P' | b'p') {
            continue;
        }
        let mut end = k + "aragraph".len();
        if bytes.get(end) == Some(&b's') {
            end += 1;
        }
        if bytes.get(end) != Some(&b' ') {
            continue;
        }
        end += 1;
        let sub =
            p >= from + 3 && matches!(&bytes[p - 3..p], b"Sub" | b"sub") && boundary_before(p - 3);
        if sub {
            return Some((p - 3, end));
        }
        if boundary_before(p) {
            return Some((p, end));
        }
    }
    None
}
/// `5`, `5 bis`, `5 (b)`, `5 (b) bis`, `(b)`, `(b) bis`.
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(
        r"^(?:(\d{1,4})(?-u:\b)(?: (bis|ter|quater|quinquies|sexies)(?-u:\b))?(?: ?\(([a-z]{1,5})\)(?: (bis|ter|quater|quinquies|sexies)(?-u:\b))?)?|\(([a-z]{1,5})\)(?: (bis|ter|quater|quinquies|sexies)(?-u:\b))?)",
    )
    .unwrap()
});
/// What joins two items of a list of paragraphs opening `text` (`, and `,
/// ` and `, `, `, ` to `, `-`, `–`) — as the pattern `^(?:,? and |, | to
/// |-|–)` finds it.
fn separator(text: &str) -> Option<&str> {
    [", and ", " and ", ", ", " to ", "-", "–"]
        .into_iter()
        .find(|s| text.starts_with(s))
}

/// The suffixes of negotiation a paragraph's number may carry.
const SUFFIXES: [&str; 5] = ["bis", "ter", "quater", "quinquies", "sexies"];

/// `… of paragraph 5 bis` opening `text`: the number with its suffix, and
/// the whole's length — as the pattern `^ of paragraph (\d{1,4}(?:
/// (?:bis|ter|quater|quinquies|sexies))?)(?-u:\b)` reads it.
fn of_paragraph(text: &str) -> Option<(&str, usize)> {
    const LEAD: &str = " of paragraph ";
    let rest = text.strip_prefix(LEAD)?;
    let n = digits(rest);
    let boundary = |at: usize| {
        !rest
            .as_bytes()
            .get(at)
            .is_some_and(|&c| is_ascii_word_byte(c))
    };
    if !(1..=4).contains(&n) || !boundary(n) {
        return None;
    }
    let suffixed = rest[n..].strip_prefix(' ').and_then(|after| {
        SUFFIXES
            .iter()
            .find(|s| after.starts_with(**s) && boundary(n + 1 + s.len()))
            .map(|s| n + 1 + s.len())
    });
    let end = suffixed.unwrap_or(n);
    Some((&rest[..end], LEAD.len() + end))
}

/// The scope after a reference (`above`, `below`, `of the present
/// resolution`, `of this resolution`, `hereof`), which may have a footnote
/// marker glued to it (`above3`): the scope's words and the whole's length
/// (the marker's first digit included) — as the pattern `^,? (above|below|of
/// the present (?:resolution|decision)|of this resolution|hereof)(?:(?-u:\b)|[0-9])`
/// reads it.
fn scope(text: &str) -> Option<(&str, usize)> {
    let start = if text.starts_with(", ") { 2 } else { 1 };
    let rest = text.get(start - 1..)?.strip_prefix(' ')?;
    let words = [
        "above",
        "below",
        "of the present resolution",
        "of the present decision",
        "of this resolution",
        "hereof",
    ]
    .into_iter()
    .find(|w| rest.starts_with(w))?;
    let end = start + words.len();
    match text.as_bytes().get(end) {
        Some(c) if c.is_ascii_digit() => Some((words, end + 1)),
        Some(&c) if is_ascii_word_byte(c) => None,
        _ => Some((words, end)),
    }
}

fn suffix(text: Option<regex::Match<'_>>) -> Option<NumberSuffix> {
    NumberSuffix::parse(text?.as_str())
}

/// One item of a reference list, before its scope is known.
struct Item {
    number: Option<u32>,
    suffix: Option<NumberSuffix>,
    sub: Option<String>,
    sub_suffix: Option<NumberSuffix>,
    span: Span,
    number_span: Option<Span>,
    sub_span: Option<Span>,
    through: bool,
}

/// Scans `text[from..]` for internal references.
pub fn scan_references(text: &str, from: usize, out: &mut Vec<ParagraphRef>) {
    let mut search = from;
    while let Some((lead_start, lead_end)) = find_lead(text, search) {
        search = lead_end;
        let is_sub = matches!(text.as_bytes()[lead_start], b'S' | b's');
        let mut pos = lead_end;
        let mut items: Vec<Item> = Vec::new();
        let mut through = false;
        while let Some(c) = ITEM.captures(&text[pos..]) {
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let span_of = |m: regex::Match<'_>| Span::new(pos + m.start(), pos + m.end());
            let number = c.get(1).and_then(|m| m.as_str().parse().ok());
            // The number with its suffix: `2 bis`.
            let number_span = c
                .get(1)
                .map(|m| Span::new(pos + m.start(), pos + c.get(2).unwrap_or(m).end()));
            let sub_match = c.get(3).or(c.get(5));
            let sub = sub_match.map(|m| m.as_str().to_string());
            let sub_span = sub_match.map(span_of);
            if number.is_some() && is_sub {
                // `subparagraph 5` is not a form resolutions use.
                break;
            }
            let mut item = Item {
                number,
                suffix: suffix(c.get(2)),
                sub,
                sub_suffix: suffix(c.get(4).or(c.get(6))),
                span: Span::new(pos + whole.start, pos + whole.end),
                number_span,
                sub_span,
                through,
            };
            // `paragraphs 1 (a) and (b)`: (b) of paragraph 1.
            if item.number.is_none() && !is_sub {
                if let Some(before) = items.iter().rev().find(|i| i.number.is_some()) {
                    item.number = before.number;
                    item.suffix = before.suffix;
                }
            }
            items.push(item);
            pos += whole.end;
            match separator(&text[pos..]) {
                Some(sep) if ITEM.is_match(&text[pos + sep.len()..]) => {
                    through = matches!(sep, " to " | "-" | "–");
                    pos += sep.len();
                }
                _ => break,
            }
        }
        if items.is_empty() {
            continue;
        }
        let mut of_paragraph = None;
        let mut of_paragraph_suffix = None;
        let mut of_paragraph_span = None;
        if is_sub {
            if let Some((written, whole)) = self::of_paragraph(&text[pos..]) {
                of_paragraph = written.split(' ').next().and_then(|n| n.parse().ok());
                of_paragraph_suffix = written.split(' ').nth(1).and_then(NumberSuffix::parse);
                let start = pos + whole - written.len();
                of_paragraph_span = Some(Span::new(start, start + written.len()));
                pos += whole;
            }
        }
        let scope_kind = match self::scope(&text[pos..]) {
            Some((words, whole)) => {
                search = pos + whole;
                match words {
                    "above" => RefScope::Above,
                    "below" => RefScope::Below,
                    _ => RefScope::PresentText,
                }
            }
            // `paragraph 7 bis`: only the text numbers its inserts.
            None if items
                .iter()
                .any(|i| i.suffix.is_some() || i.sub_suffix.is_some())
                && !text[pos..].starts_with(" of ") =>
            {
                search = pos;
                RefScope::Unstated
            }
            None => continue,
        };
        let count = items.len();
        for (k, item) in items.into_iter().enumerate() {
            let (paragraph, suffix) = match item.number {
                Some(number) => (Some(number), item.suffix),
                None => (of_paragraph, of_paragraph_suffix),
            };
            out.push(ParagraphRef {
                paragraph,
                suffix,
                sub: item.sub,
                sub_suffix: item.sub_suffix,
                span: item.span,
                number_span: match item.number {
                    Some(_) => item.number_span,
                    None if is_sub => of_paragraph_span,
                    None => None,
                },
                sub_span: item.sub_span,
                through: item.through,
                list_end: k + 1 == count,
                scope: scope_kind,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_words_read_what_their_patterns_read() {
        let separator = crate::pattern(r"^(?:,? and |, | to |-|–)").unwrap();
        let of_paragraph = crate::pattern(
            r"^ of paragraph (\d{1,4}(?: (?:bis|ter|quater|quinquies|sexies))?)(?-u:\b)",
        )
        .unwrap();
        let scope = crate::pattern(
            r"^,? (above|below|of the present (?:resolution|decision)|of this resolution|hereof)(?:(?-u:\b)|[0-9])",
        )
        .unwrap();
        let leads = ["", " of paragraph ", ", ", " ", ","];
        let pieces = [
            "and ",
            " and ",
            ", and ",
            ",",
            " ",
            " to ",
            "-",
            "–",
            "5",
            "12",
            "1234",
            "12345",
            "bis",
            " bis",
            " ter",
            " quater",
            " quinquies",
            " sexies",
            "x",
            "_",
            "é",
            "above",
            "below",
            "of the present resolution",
            "of the present decision",
            "of this resolution",
            "hereof",
            "3",
            ".",
            "s",
        ];
        let mut matched = [0usize; 3];
        for text in crate::syntax::random_texts(29, 100_000, &leads, &pieces, 5) {
            let sep = separator.find(&text).map(|m| m.as_str());
            assert_eq!(super::separator(&text), sep, "separator {text:?}");
            let of = of_paragraph
                .captures(&text)
                .map(|c| (c.get(1).unwrap().as_str(), c.get(0).unwrap().end()));
            assert_eq!(super::of_paragraph(&text), of, "of paragraph {text:?}");
            let sc = scope
                .captures(&text)
                .map(|c| (c.get(1).unwrap().as_str(), c.get(0).unwrap().end()));
            assert_eq!(super::scope(&text), sc, "scope {text:?}");
            for (count, hit) in matched
                .iter_mut()
                .zip([sep.is_some(), of.is_some(), sc.is_some()])
            {
                *count += usize::from(hit);
            }
        }
        assert!(matched.iter().all(|&n| n > 1_000), "{matched:?}");
    }

    #[test]
    fn the_lead_is_found_where_the_pattern_finds_it() {
        let pieces = [
            "paragraph",
            "Paragraph",
            "aragraph",
            "s",
            " ",
            "sub",
            "Sub",
            "xsub",
            "_",
            "1",
            "é",
            ",",
            "(",
            "p",
            "P",
            "\u{a0}",
            "subparagraphs ",
            "see paragraphs ",
        ];
        crate::syntax::finds_as_the_pattern(&LEAD, find_lead, &pieces);
    }

    fn refs(text: &str) -> Vec<(Option<u32>, Option<String>, &str, RefScope)> {
        let mut out = Vec::new();
        scan_references(text, 0, &mut out);
        out.into_iter()
            .map(|r| {
                (
                    r.paragraph,
                    r.sub,
                    &text[r.span.start as usize..r.span.end as usize],
                    r.scope,
                )
            })
            .collect()
    }

    #[test]
    fn forms() {
        assert_eq!(
            refs("in paragraph 5 above"),
            vec![(Some(5), None, "5", RefScope::Above)]
        );
        let range = refs("paragraphs 3 to 7 of the present resolution");
        assert_eq!(range.len(), 2);
        assert_eq!(range[1].0, Some(7));
        assert_eq!(range[1].3, RefScope::PresentText);
        assert_eq!(refs("paragraphs 2, 4 and 6 above").len(), 3);
        assert_eq!(
            refs("subparagraph (b) of paragraph 3 above"),
            vec![(Some(3), Some("b".into()), "(b)", RefScope::Above)]
        );
        assert_eq!(
            refs("paragraph 5 (b) above"),
            vec![(Some(5), Some("b".into()), "5 (b)", RefScope::Above)]
        );
        assert_eq!(
            refs("subparagraph (c) above"),
            vec![(None, Some("c".into()), "(c)", RefScope::Above)]
        );
    }

    #[test]
    fn external_references_are_ignored() {
        assert!(refs("paragraph 5 of resolution 60/1").is_empty());
        assert!(refs("paragraph 5 of its resolution 70/1 above").is_empty());
        assert!(refs("in paragraph 12, the Assembly").is_empty());
    }
}
