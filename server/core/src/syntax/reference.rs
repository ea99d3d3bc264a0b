//! Internal references: `paragraph 5 above`, `paragraphs 3 to 7 of the
//! present resolution`, `subparagraph (b) of paragraph 3 above`.
//!
//! Only references that say they point inside the text (`above`, `below`,
//! `of the present resolution`) are kept: `paragraph 5 of resolution 60/1`
//! cites another text and is none of our business.

use std::sync::LazyLock;

use regex::Regex;

use super::Span;

/// Where a reference says its target is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RefScope {
    Above,
    Below,
    /// `of the present resolution`: the resolution's own operative part.
    PresentText,
}

/// One paragraph or subparagraph a reference points at.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct ParagraphRef {
    /// The paragraph number, if the reference names one.
    pub paragraph: Option<u32>,
    /// The subparagraph label (`b`, `ii`), if any.
    pub sub: Option<String>,
    /// The text of this target (`5`, `5 (b)`, `(b)`).
    pub span: Span,
    /// Where the paragraph number is written: inside `span`, or after
    /// `of paragraph` (`subparagraph (b) of paragraph 3`).
    pub number_span: Option<Span>,
    /// Where the subparagraph letters are written (`b` in `(b)`).
    pub sub_span: Option<Span>,
    pub scope: RefScope,
}

static LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)([Ss]ub)?[Pp]aragraphs? ").unwrap());
static ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:(\d{1,3})(?: ?\(([a-z]{1,5})\))?|\(([a-z]{1,5})\))").unwrap()
});
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:,? and |, | to |-|–)").unwrap());
static OF_PARAGRAPH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ of paragraph (\d{1,3})").unwrap());
static SCOPE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? (above|below|of the present (?:resolution|decision)|of this resolution|hereof)(?-u:\b)",
    )
    .unwrap()
});

/// One item of a reference list, before its scope is known.
struct Item {
    number: Option<u32>,
    sub: Option<String>,
    span: Span,
    number_span: Option<Span>,
    sub_span: Option<Span>,
}

/// Scans `text[from..]` for internal references.
pub fn scan_references(text: &str, from: usize, out: &mut Vec<ParagraphRef>) {
    let mut search = from;
    while let Some(lead) = LEAD.find_at(text, search) {
        search = lead.end();
        let is_sub = lead.as_str().to_ascii_lowercase().starts_with("sub");
        let mut pos = lead.end();
        let mut items: Vec<Item> = Vec::new();
        while let Some(c) = ITEM.captures(&text[pos..]) {
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let number = c.get(1).and_then(|m| m.as_str().parse().ok());
            let number_span = c.get(1).map(|m| Span::new(pos + m.start(), pos + m.end()));
            let sub_match = c.get(2).or(c.get(3));
            let sub = sub_match.map(|m| m.as_str().to_string());
            let sub_span = sub_match.map(|m| Span::new(pos + m.start(), pos + m.end()));
            if number.is_some() && is_sub {
                // `subparagraph 5` is not a form resolutions use.
                break;
            }
            items.push(Item {
                number,
                sub,
                span: Span::new(pos + whole.start, pos + whole.end),
                number_span,
                sub_span,
            });
            pos += whole.end;
            match SEPARATOR.find(&text[pos..]) {
                Some(sep) if ITEM.is_match(&text[pos + sep.end()..]) => pos += sep.end(),
                _ => break,
            }
        }
        if items.is_empty() {
            continue;
        }
        let mut of_paragraph = None;
        let mut of_paragraph_span = None;
        if is_sub {
            if let Some(c) = OF_PARAGRAPH.captures(&text[pos..]) {
                of_paragraph = c[1].parse().ok();
                of_paragraph_span = c.get(1).map(|m| Span::new(pos + m.start(), pos + m.end()));
                pos += c.get(0).map_or(0, |m| m.end());
            }
        }
        let Some(scope) = SCOPE.captures(&text[pos..]) else {
            continue;
        };
        let scope_kind = match &scope[1] {
            "above" => RefScope::Above,
            "below" => RefScope::Below,
            _ => RefScope::PresentText,
        };
        search = pos + scope.get(0).map_or(0, |m| m.end());
        for item in items {
            out.push(ParagraphRef {
                paragraph: item.number.or(of_paragraph),
                sub: item.sub,
                span: item.span,
                number_span: item.number_span.or(of_paragraph_span),
                sub_span: item.sub_span,
                scope: scope_kind,
            });
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
