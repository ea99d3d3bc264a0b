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
//! legend in docs/navigation.md).

use std::borrow::Cow;
use std::sync::LazyLock;

use regex::Regex;
use ropey::RopeSlice;

use crate::footnotes::Footnotes;
use crate::parts::Role;
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
    crate::pattern(
        r"\b(?:A|S|E|ST|TD|DP|UNEP|ICCD|FCCC|CCPR|CEDAW|CRC|CERD|CAT|CRPD)(?:/[A-Za-z0-9.\-]*[A-Za-z0-9])+(?: \(\d{4}\))?",
    )
    .unwrap()
});

/// The document symbols of a line's text (`A/67/280-S/2012/614`,
/// `A/RES/67/264`, `S/RES/2505 (2020)`, `E/CN.6/2020/3`).
pub fn document_symbols(text: &str) -> Vec<Span> {
    document_symbols_near(&Stretch::whole(text), Span::new(0, text.len()))
}

/// How far beyond a window a symbol that reaches into it may start or end
/// (symbols are short: `A/67/280-S/2012/614`).
const SYMBOL_REACH: u32 = 256;

/// A stretch of a line's text, read from the rope: bytes `from..` of the
/// line.
struct Stretch<'a> {
    from: u32,
    text: Cow<'a, str>,
}

impl<'a> Stretch<'a> {
    fn whole(text: &'a str) -> Self {
        Stretch {
            from: 0,
            text: Cow::Borrowed(text),
        }
    }

    /// Bytes `from..to` of `line` (clamped, widened to whole characters).
    fn of(line: RopeSlice<'a>, from: u32, to: u32) -> Self {
        let len = line.len_bytes();
        let from = line.char_to_byte(line.byte_to_char((from as usize).min(len)));
        let to = (to as usize).min(len);
        let at = line.byte_to_char(to);
        let to = if line.char_to_byte(at) < to {
            line.char_to_byte(at + 1)
        } else {
            to
        };
        let slice = line.byte_slice(from..to.max(from));
        Stretch {
            from: from as u32,
            text: match slice.as_str() {
                Some(s) => Cow::Borrowed(s),
                None => Cow::Owned(slice.to_string()),
            },
        }
    }
}

/// The stretch of `line` a search for document symbols meeting `window`
/// reads.
fn symbol_stretch(line: RopeSlice<'_>, window: Span) -> Stretch<'_> {
    // Four bytes more before: the character before a symbol.
    Stretch::of(
        line,
        window.start.saturating_sub(SYMBOL_REACH + 4),
        window.end.saturating_add(SYMBOL_REACH),
    )
}

/// The document symbols of the line that meet `window`, reading only the
/// text around it (`stretch` holds it: see [`symbol_stretch`]).
fn document_symbols_near(stretch: &Stretch<'_>, window: Span) -> Vec<Span> {
    let text = &*stretch.text;
    let base = stretch.from as usize;
    let mut from = (window.start.saturating_sub(SYMBOL_REACH) as usize)
        .max(base)
        .min(base + text.len())
        - base;
    while !text.is_char_boundary(from) {
        from -= 1;
    }
    let mut to = (window.end.saturating_add(SYMBOL_REACH) as usize)
        .min(base + text.len())
        .max(base)
        - base;
    while !text.is_char_boundary(to) {
        to += 1;
    }
    SYMBOL
        .find_iter(&text[from..to.max(from)])
        .map(|m| (from + m.start(), from + m.end(), m.as_str()))
        .filter(|&(start, end, found)| {
            let before = text[..start].chars().next_back();
            !before.is_some_and(|c| c == '/' || c == '-' || c.is_alphanumeric())
                && found.bytes().any(|b| b.is_ascii_digit())
                && meets(Span::new(base + start, base + end), window)
        })
        .map(|(start, end, _)| Span::new(base + start, base + end))
        .collect()
}

/// Whether `span` meets `window` (touching counts: a cursor at its end).
fn meets(span: Span, window: Span) -> bool {
    span.start <= window.end && window.start <= span.end
}

/// The bracketed stretches of a line (brackets included) that meet
/// `window`, in order, from the parser's brackets
/// ([`LineSyntax::brackets`]): an unclosed `[` runs to the end of the text
/// (`text_end`), a stray `]` is ignored. Reads only the brackets of the
/// stretches that meet the window, found by binary search.
fn bracketed_near(line: &LineSyntax, window: Span, text_end: impl Fn() -> u32) -> Vec<Span> {
    let brackets = &line.brackets();
    let after = |b: &crate::syntax::Bracket| {
        if b.open {
            b.depth + 1
        } else {
            b.depth.saturating_sub(1)
        }
    };
    // The first bracket that can end a stretch meeting the window.
    let mut first = brackets.partition_point(|b| b.col + 1 < window.start);
    // Inside a stretch: back to its opening bracket.
    while first > 0 && after(&brackets[first - 1]) > 0 {
        first -= 1;
    }
    let mut out = Vec::new();
    let mut open: Option<u32> = None;
    for bracket in &brackets[first..] {
        match (bracket.open, bracket.depth) {
            (true, 0) => {
                if bracket.col > window.end {
                    break;
                }
                open = Some(bracket.col);
            }
            (false, 1) => {
                if let Some(start) = open.take() {
                    let span = Span {
                        start,
                        end: bracket.col + 1,
                    };
                    if meets(span, window) {
                        out.push(span);
                    }
                }
            }
            _ => {}
        }
    }
    if let Some(start) = open {
        let span = Span {
            start,
            end: text_end().max(start + 1),
        };
        if meets(span, window) {
            out.push(span);
        }
    }
    out
}

/// The byte length of `line` without its trailing whitespace.
fn trimmed_len(line: RopeSlice<'_>) -> u32 {
    let mut len = line.len_bytes();
    let mut chars = line.chars_at(line.len_chars());
    while let Some(c) = chars.prev() {
        if !c.is_whitespace() {
            break;
        }
        len -= c.len_utf8();
    }
    len as u32
}

/// The candidate tokens of a line that meet `window`, in order of
/// precedence where they would overlap. The line's markers, citations and
/// references are in order and disjoint: those that meet the window are
/// found by binary search.
fn candidates(
    line: &LineSyntax,
    text: RopeSlice<'_>,
    window: Span,
    role: Option<Role>,
    footnotes: &Footnotes,
    index: u32,
) -> Vec<(Span, TokenKind, u32)> {
    let near = |span: &Span| meets(*span, window);
    // The stretch of a sorted list whose spans meet the window.
    fn meeting<T>(items: &[T], window: Span, span: impl Fn(&T) -> Span) -> &[T] {
        let first = items.partition_point(|i| span(i).end < window.start);
        let end = first + items[first..].partition_point(|i| span(i).start <= window.end);
        &items[first..end]
    }
    // Candidates in order of precedence where they would overlap.
    let mut candidates: Vec<(Span, TokenKind, u32)> = Vec::new();
    let declaration = Modifier::Declaration.bit();
    let italic = Modifier::Italic.bit();
    let opening = &line.opening;
    // The line's own tokens (label, opening) count only where they meet
    // the window too: else a window at the end of a long line would widen
    // to its start.
    if let Some(draft) = line.draft() {
        // `PP3`, `OP 3 bis`: the parser reads the label.
        candidates.push((draft.span, TokenKind::NegotiationLabel, declaration));
    }
    match &line.kind {
        LineKind::Numbered { label, .. } if line.draft().is_none() => {
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
    if let (Some(opening), Some(role)) = (opening, role) {
        if !matches!(opening.form, OpeningForm::Other) {
            let kind = match role {
                Role::Preambular => TokenKind::PreambularOpening,
                Role::Operative { .. } => TokenKind::OperativeOpening,
            };
            candidates.push((opening.span, kind, italic));
        }
    }
    candidates.retain(|(span, ..)| near(span));
    // The readings that meet the window, then the resolver's markers among
    // them (in the order of their readings).
    let readings = {
        let first = line
            .markers()
            .partition_point(|r| r.span.end < window.start);
        let end = first + line.markers()[first..].partition_point(|r| r.span.start <= window.end);
        first as u32..end as u32
    };
    let on_line = footnotes.markers_on(index);
    let from = on_line.partition_point(|m| m.reading < readings.start);
    for marker in on_line[from..]
        .iter()
        .take_while(|m| m.reading < readings.end)
    {
        if let Some(reading) = line
            .markers()
            .get(marker.reading as usize)
            .filter(|r| near(&r.span))
        {
            candidates.push((reading.span, TokenKind::FootnoteMarker, 0));
        }
    }
    for citation in meeting(line.citations(), window, |c| c.span) {
        candidates.push((citation.span, TokenKind::Citation, 0));
    }
    for reference in meeting(line.references(), window, |r| r.span) {
        candidates.push((reference.span, TokenKind::Reference, 0));
    }
    if !matches!(line.kind, LineKind::Blank) {
        for span in document_symbols_near(&symbol_stretch(text, window), window) {
            candidates.push((span, TokenKind::DocumentSymbol, 0));
        }
    }
    candidates
}

/// The tokens of one line that meet `window`, sorted and without overlaps:
/// the same as those of the whole line. The window is first widened to
/// hold every candidate and bracket that meets it (which of two overlapping
/// candidates is kept, and where the gaps of a bracket are, depend on
/// them), so that the work follows the window, not the line.
fn line_tokens(
    index: u32,
    line: &LineSyntax,
    text: RopeSlice<'_>,
    window: Span,
    role: Option<Role>,
    footnotes: &Footnotes,
    out: &mut Vec<SemanticToken>,
) {
    let text_len = text.len_bytes();
    let text_end = || trimmed_len(text);
    let asked = window;
    let mut window = window;
    let (candidates, brackets) = loop {
        let found = candidates(line, text, window, role, footnotes, index);
        let brackets = bracketed_near(line, window, text_end);
        let mut wide = window;
        for span in found.iter().map(|(span, ..)| span).chain(brackets.iter()) {
            wide.start = wide.start.min(span.start);
            wide.end = wide.end.max(span.end);
        }
        if wide == window {
            break (found, brackets);
        }
        window = wide;
    };
    let near = |span: &Span| meets(*span, window);
    // Keep the first of overlapping candidates, then sort by position. The
    // kept ones never overlap, so only the last one starting before a
    // candidate ends can overlap it: a line of many markers costs n log n.
    let mut kept_by_start: std::collections::BTreeMap<u32, (Span, TokenKind, u32)> =
        std::collections::BTreeMap::new();
    for candidate in candidates {
        let (span, ..) = candidate;
        if span.start >= span.end || span.end as usize > text_len || !near(&span) {
            continue;
        }
        let overlaps = kept_by_start
            .range(..span.end)
            .next_back()
            .is_some_and(|(_, (k, ..))| k.end > span.start);
        if !overlaps {
            kept_by_start.insert(span.start, candidate);
        }
    }
    let kept: Vec<(Span, TokenKind, u32)> = kept_by_start.into_values().collect();
    // Bracketed text: the gaps between the other tokens, which are marked.
    let mut tokens: Vec<(Span, TokenKind, u32)> = Vec::new();
    for (span, kind, modifiers) in &kept {
        // Brackets are disjoint and in order: the last one starting at or
        // before the token is the only one that can hold it.
        let holder = brackets.partition_point(|b| b.start <= span.start);
        let inside = holder > 0 && span.end <= brackets[holder - 1].end;
        let modifiers = modifiers | if inside { Modifier::Bracketed.bit() } else { 0 };
        tokens.push((*span, *kind, modifiers));
    }
    for bracket in &brackets {
        let mut at = bracket.start;
        // Kept tokens are disjoint and in order, so their ends are too.
        let first = kept.partition_point(|(s, ..)| s.end <= bracket.start);
        for (span, ..) in kept[first..]
            .iter()
            .take_while(|(s, ..)| s.start < bracket.end)
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
            .filter(|(span, ..)| meets(*span, asked))
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
    let total = document.lines().len() as u32;
    let lines = lines.unwrap_or(0..total);
    let range = crate::text::Range::new(
        crate::text::Pos::new(lines.start, 0),
        crate::text::Pos::new(lines.end.saturating_sub(1), u32::MAX),
    );
    if lines.start >= lines.end {
        return Vec::new();
    }
    semantic_tokens_in(document, range)
}

/// The tokens of `document` that meet `range` (an editor's visible part):
/// the work is in proportion to the range, not to its lines, so a range
/// inside a very long line costs what its own stretch does.
pub fn semantic_tokens_in(document: &Document, range: crate::text::Range) -> Vec<SemanticToken> {
    let syntax = document.lines();
    let parts = document.parts();
    let footnotes = document.footnotes();
    let total = syntax.len() as u32;
    let (start, end) = (
        range.start.line.min(total),
        range.end.line.saturating_add(1).min(total),
    );
    let mut out = Vec::new();
    for index in start..end {
        let window = Span {
            start: if index == range.start.line {
                range.start.col
            } else {
                0
            },
            end: if index == range.end.line {
                range.end.col
            } else {
                u32::MAX
            },
        };
        let line = &syntax[index as usize];
        // Export artefacts (the ODS header and trailer, running heads with
        // the symbol) are not the text: nothing on them is coloured.
        if matches!(line.kind, LineKind::Blank | LineKind::Artefact) {
            continue;
        }
        if index as usize >= document.rope().len_lines() {
            break;
        }
        let text = crate::text::line_without_terminator(document.rope(), index as usize);
        let role = parts.role(index as usize);
        line_tokens(index, line, text, window, role, footnotes, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A range request gives exactly the tokens of the whole text that meet
    /// the range, wherever the range starts and ends (inside a token, a
    /// bracket, a symbol, across lines).
    #[test]
    fn a_range_gives_the_tokens_of_the_whole_that_meet_it() {
        let text = "\tThe General Assembly,\n\tRecalling resolution 67/264 and A/67/280-S/2012/614,1\n\t1.\tDecides [to recall resolution 60/1,1 paragraph 1 above] and [A/RES/67/264 as] in paragraph 2 below;\n\t2.\t[Urges/Calls upon] States to act.\n\t3.\tNotes] [the [A/67/1 [x]] and][^1] 67/264,1 « é » [open 60/1  \n\n1 A footnote.\n";
        let document = Document::new(text);
        let all = semantic_tokens(&document, None);
        let lines: Vec<&str> = text.split('\n').collect();
        for start_line in 0..lines.len() as u32 {
            for end_line in start_line..(start_line + 2).min(lines.len() as u32) {
                let start_len = lines[start_line as usize].len() as u32;
                let end_len = lines[end_line as usize].len() as u32;
                for start_col in (0..=start_len).step_by(3) {
                    for end_col in (0..=end_len).step_by(7) {
                        if start_line == end_line && end_col < start_col {
                            continue;
                        }
                        let range = crate::text::Range::new(
                            crate::text::Pos::new(start_line, start_col),
                            crate::text::Pos::new(end_line, end_col),
                        );
                        let expected: Vec<&SemanticToken> = all
                            .iter()
                            .filter(|t| {
                                let (s, e) = (
                                    crate::text::Pos::new(t.line, t.start),
                                    crate::text::Pos::new(t.line, t.end),
                                );
                                s <= range.end && range.start <= e
                            })
                            .collect();
                        let found = semantic_tokens_in(&document, range);
                        assert_eq!(found.iter().collect::<Vec<_>>(), expected, "{range:?}");
                    }
                }
            }
        }
    }

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
        let odd = Document::new("\t1.\t]]][x");
        let brackets = bracketed_near(&odd.lines()[0], Span::new(0, 100), || 9);
        assert_eq!(brackets, [Span::new(7, 9)]);
        assert!(document_symbols("see A/ and /A/67/1 and XA/67/1").is_empty());
    }
}
