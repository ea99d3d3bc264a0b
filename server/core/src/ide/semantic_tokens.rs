//! Semantic tokens: what each stretch of a line is, for an editor to colour.
//!
//! - the opening of a preambular or operative paragraph (`Recalling also`,
//!   `Requests`), which the UN prints in italics;
//! - paragraph numbers and labels (`1.`, `3 bis.`, `(a)`, `PP3`, `OP5`) and
//!   the labels of footnote texts, as declarations;
//! - citations of resolutions and decisions (`67/264`), the text's own
//!   number in its title;
//! - footnote markers (`Outcome,1`), as the footnote resolver decided them
//!   ([`crate::footnotes`]): digits it did not take for one (`CO2`) are none;
//! - internal references (`paragraph 5 above`);
//! - document symbols (`A/67/280-S/2012/614`, `A/RES/67/264`);
//! - bracketed text in negotiation drafts (`[Urges/Calls upon]`): the gaps
//!   between the other tokens inside brackets, and the other tokens inside
//!   brackets carry [`Modifier::Bracketed`].
//!
//! Tokens never overlap and never span lines; columns are bytes. The server
//! maps kinds and modifiers to the protocol's standard token types (see the
//! README's legend).

use std::sync::LazyLock;

use regex::Regex;

use crate::footnotes::Footnotes;
use crate::parts::{Parts, Role};
use crate::syntax::{LineKind, LineSyntax, OpeningForm, Span};
use crate::Document;

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// The opening verb or phrase of a preambular paragraph.
    PreambularOpening,
    /// The opening verb or phrase of an operative paragraph.
    OperativeOpening,
    /// `1.`, `3 bis.`: the label of a numbered paragraph.
    ParagraphNumber,
    /// `(a)`, `(ii)`: the label of a subparagraph.
    SubparagraphLabel,
    /// `PP3`, `OP5`, `OP 3 bis`: a negotiation draft's label.
    NegotiationLabel,
    /// A footnote marker, or the label of a footnote's text.
    FootnoteMarker,
    /// The number of a cited resolution or decision.
    Citation,
    /// An internal reference (`5` in `paragraph 5 above`).
    Reference,
    /// A document symbol (`A/67/280`), or the text's own number in its title.
    DocumentSymbol,
    /// Text in square brackets.
    Bracketed,
}

impl TokenKind {
    /// Every kind, in the order of the server's legend.
    pub const ALL: [TokenKind; 10] = [
        TokenKind::PreambularOpening,
        TokenKind::OperativeOpening,
        TokenKind::ParagraphNumber,
        TokenKind::SubparagraphLabel,
        TokenKind::NegotiationLabel,
        TokenKind::FootnoteMarker,
        TokenKind::Citation,
        TokenKind::Reference,
        TokenKind::DocumentSymbol,
        TokenKind::Bracketed,
    ];
}

/// What more a token says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Modifier {
    /// A label that declares a paragraph or a footnote.
    Declaration,
    /// An opening, which the UN prints in italics.
    Italic,
    /// Inside square brackets (under negotiation).
    Bracketed,
}

impl Modifier {
    /// Every modifier, in the order of the server's legend (bit `i` is the
    /// `i`-th).
    pub const ALL: [Modifier; 3] = [Modifier::Declaration, Modifier::Italic, Modifier::Bracketed];

    pub fn bit(self) -> u32 {
        1 << Modifier::ALL.iter().position(|m| *m == self).unwrap_or(0)
    }
}

/// One token: bytes `start..end` of `line`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct SemanticToken {
    pub line: u32,
    pub start: u32,
    pub end: u32,
    pub kind: TokenKind,
    /// A set of [`Modifier::bit`]s.
    pub modifiers: u32,
}

static SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"\b(?:A|S|E|ST|TD|DP|UNEP|ICCD|FCCC|CCPR|CEDAW|CRC|CERD|CAT|CRPD)(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?: \(\d{4}\))?",
    )
    .unwrap()
});

/// The document symbols of a line's text (`A/67/280-S/2012/614`,
/// `A/RES/67/264`, `S/RES/2505 (2020)`, `E/CN.6/2020/3`).
pub fn document_symbols(text: &str) -> Vec<Span> {
    SYMBOL
        .find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].chars().next_back();
            !before.is_some_and(|c| c == '/' || c == '-' || c.is_alphanumeric())
                && m.as_str().bytes().any(|b| b.is_ascii_digit())
        })
        .map(|m| Span::new(m.start(), m.end()))
        .collect()
}

/// The bracketed stretches of a line (brackets included); an unclosed `[`
/// runs to the end of the text, a stray `]` is ignored, Markdown footnotes
/// (`[^1]`) are not brackets.
fn bracketed(text: &str) -> Vec<Span> {
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut start = 0;
    let bytes = text.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match b {
            b'[' if bytes.get(i + 1) != Some(&b'^') => {
                if depth == 0 {
                    start = i;
                }
                depth += 1;
            }
            b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    out.push(Span::new(start, i + 1));
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        let end = text.trim_end().len().max(start + 1);
        out.push(Span::new(start, end));
    }
    out
}

/// The tokens of one line, sorted and without overlaps.
fn line_tokens(
    index: u32,
    line: &LineSyntax,
    text: &str,
    role: Option<Role>,
    footnotes: &Footnotes,
    out: &mut Vec<SemanticToken>,
) {
    // Candidates in order of precedence where they would overlap.
    let mut candidates: Vec<(Span, TokenKind, u32)> = Vec::new();
    let declaration = Modifier::Declaration.bit();
    let italic = Modifier::Italic.bit();
    let opening = line.opening.clone();
    if let Some(draft) = line.draft {
        // `PP3`, `OP 3 bis`: the parser reads the label.
        candidates.push((draft.span, TokenKind::NegotiationLabel, declaration));
    }
    match &line.kind {
        LineKind::Numbered { label, .. } if line.draft.is_none() => {
            candidates.push((*label, TokenKind::ParagraphNumber, declaration))
        }
        LineKind::Sub { label, .. } => {
            candidates.push((*label, TokenKind::SubparagraphLabel, declaration))
        }
        LineKind::FootnoteText { label, .. } => {
            candidates.push((*label, TokenKind::FootnoteMarker, declaration))
        }
        LineKind::Title { symbol, .. } => {
            candidates.push((*symbol, TokenKind::DocumentSymbol, declaration))
        }
        _ => {}
    }
    if let (Some(opening), Some(role)) = (&opening, role) {
        if !matches!(opening.form, OpeningForm::Other) {
            let kind = match role {
                Role::Preambular => TokenKind::PreambularOpening,
                Role::Operative { .. } => TokenKind::OperativeOpening,
            };
            candidates.push((opening.span, kind, italic));
        }
    }
    for marker in footnotes.markers_on(index) {
        if let Some(reading) = line.markers.get(marker.reading as usize) {
            candidates.push((reading.span, TokenKind::FootnoteMarker, 0));
        }
    }
    for citation in &line.citations {
        candidates.push((citation.span, TokenKind::Citation, 0));
    }
    for reference in &line.references {
        candidates.push((reference.span, TokenKind::Reference, 0));
    }
    if !matches!(line.kind, LineKind::Blank) {
        for span in document_symbols(text) {
            candidates.push((span, TokenKind::DocumentSymbol, 0));
        }
    }
    // Keep the first of overlapping candidates, then sort by position.
    let mut kept: Vec<(Span, TokenKind, u32)> = Vec::new();
    for candidate in candidates {
        let (span, ..) = candidate;
        if span.start >= span.end || span.end as usize > text.len() {
            continue;
        }
        if kept
            .iter()
            .all(|(k, ..)| span.end <= k.start || k.end <= span.start)
        {
            kept.push(candidate);
        }
    }
    kept.sort_by_key(|(span, ..)| span.start);
    // Bracketed text: the gaps between the other tokens, which are marked.
    let brackets = if matches!(
        line.kind,
        LineKind::Artefact | LineKind::Proponent | LineKind::Blank
    ) {
        Vec::new()
    } else {
        bracketed(text)
    };
    let mut tokens: Vec<(Span, TokenKind, u32)> = Vec::new();
    for (span, kind, modifiers) in &kept {
        let inside = brackets
            .iter()
            .any(|b| b.start <= span.start && span.end <= b.end);
        let modifiers = modifiers | if inside { Modifier::Bracketed.bit() } else { 0 };
        tokens.push((*span, *kind, modifiers));
    }
    for bracket in &brackets {
        let mut at = bracket.start;
        for (span, ..) in kept
            .iter()
            .filter(|(s, ..)| s.end > bracket.start && s.start < bracket.end)
        {
            if span.start > at {
                tokens.push((
                    Span {
                        start: at,
                        end: span.start,
                    },
                    TokenKind::Bracketed,
                    Modifier::Bracketed.bit(),
                ));
            }
            at = at.max(span.end);
        }
        if at < bracket.end {
            tokens.push((
                Span {
                    start: at,
                    end: bracket.end,
                },
                TokenKind::Bracketed,
                Modifier::Bracketed.bit(),
            ));
        }
    }
    tokens.sort_by_key(|(span, ..)| span.start);
    out.extend(
        tokens
            .into_iter()
            .map(|(span, kind, modifiers)| SemanticToken {
                line: index,
                start: span.start,
                end: span.end,
                kind,
                modifiers,
            }),
    );
}

/// The tokens of lines `lines` (all lines when `None`) of `document`, in
/// order.
pub fn semantic_tokens(
    document: &Document,
    lines: Option<std::ops::Range<u32>>,
) -> Vec<SemanticToken> {
    let syntax = document.lines();
    let parts = Parts::build(syntax, document.model());
    let footnotes = document.footnotes();
    let total = syntax.len() as u32;
    let range = lines.unwrap_or(0..total);
    let (start, end) = (range.start.min(total), range.end.min(total));
    let mut out = Vec::new();
    for index in start..end {
        let line = &syntax[index as usize];
        // Export artefacts (the ODS header and trailer, running heads with
        // the symbol) are not the text: nothing on them is coloured.
        if matches!(line.kind, LineKind::Blank | LineKind::Artefact) {
            continue;
        }
        let text = document.line_text(index);
        let role = parts.role(index as usize);
        line_tokens(index, line, &text, role, footnotes, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> Vec<String> {
        let document = Document::new(text);
        let lines: Vec<&str> = text.split('\n').collect();
        semantic_tokens(&document, None)
            .iter()
            .map(|t| {
                let mods: Vec<String> = Modifier::ALL
                    .iter()
                    .filter(|m| t.modifiers & m.bit() != 0)
                    .map(|m| format!("{m:?}"))
                    .collect();
                format!(
                    "{}:{:?} {:?} {}",
                    t.line,
                    &lines[t.line as usize][t.start as usize..t.end as usize],
                    t.kind,
                    mods.join("+")
                )
            })
            .collect()
    }

    #[test]
    fn tokens_of_a_resolution() {
        let text = "78/10.\tSport\n\
\tThe General Assembly,\n\
\tRecalling also its resolution 67/264 and document A/67/280-S/2012/614,1\n\
\t1.\tRequests مرحبا 中文 😀 the report called for in paragraph 1 above;\n\
\t\t(a)\tto act;\n\
1 A/RES/67/264.";
        assert_eq!(
            render(text),
            [
                "0:\"78/10\" DocumentSymbol Declaration",
                "2:\"Recalling also\" PreambularOpening Italic",
                "2:\"67/264\" Citation ",
                "2:\"A/67/280-S/2012/614\" DocumentSymbol ",
                "2:\"1\" FootnoteMarker ",
                "3:\"1.\" ParagraphNumber Declaration",
                "3:\"Requests\" OperativeOpening Italic",
                "3:\"1\" Reference ",
                "4:\"(a)\" SubparagraphLabel Declaration",
                "5:\"1\" FootnoteMarker Declaration",
                "5:\"A/RES/67/264\" DocumentSymbol ",
            ]
        );
    }

    #[test]
    fn capitals_with_digits_are_markers_only_with_a_footnote() {
        let markers = |text: &str| -> Vec<String> {
            render(text)
                .into_iter()
                .filter(|t| t.contains("FootnoteMarker"))
                .collect()
        };
        let text = "\tNoting the CO2 of UNCTAD1,";
        assert!(markers(text).is_empty(), "{:?}", render(text));
        let with_footnote = format!("{text}\n1 Text.");
        assert_eq!(
            markers(&with_footnote),
            [
                "0:\"1\" FootnoteMarker ",
                "1:\"1\" FootnoteMarker Declaration"
            ]
        );
    }

    #[test]
    fn negotiation_labels_and_brackets() {
        let text = "\tThe General Assembly,\n\
PP1\tRecalling [its resolution 67/264 [of 17 May 2013]],\n\
OP 3 bis\t[Urges/Calls upon] Member States [to act\n\
[DU1]";
        assert_eq!(
            render(text),
            [
                "1:\"PP1\" NegotiationLabel Declaration",
                "1:\"Recalling\" PreambularOpening Italic",
                "1:\"[its resolution \" Bracketed Bracketed",
                "1:\"67/264\" Citation Bracketed",
                "1:\" [of 17 May 2013]]\" Bracketed Bracketed",
                "2:\"OP 3 bis\" NegotiationLabel Declaration",
                // The opening inside the brackets is still the opening.
                "2:\"[\" Bracketed Bracketed",
                "2:\"Urges\" OperativeOpening Italic+Bracketed",
                "2:\"/Calls upon]\" Bracketed Bracketed",
                "2:\"[to act\" Bracketed Bracketed",
            ]
        );
    }

    #[test]
    fn ranges_of_lines_and_odd_input() {
        let text = "\tThe General Assembly,\n\t1.\tRequests;\n\t2.\tDecides.";
        let document = Document::new(text);
        let tokens = semantic_tokens(&document, Some(2..5));
        assert!(tokens.iter().all(|t| t.line == 2));
        assert_eq!(tokens.len(), 2);
        let (from, to) = (9, 3);
        assert!(semantic_tokens(&document, Some(from..to)).is_empty());
        assert!(semantic_tokens(&Document::new(""), None).is_empty());
        assert!(bracketed("]]][").len() == 1);
        assert!(document_symbols("see A/ and /A/67/1 and XA/67/1").is_empty());
    }
}
