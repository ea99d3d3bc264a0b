//! Selection ranges (expand selection): from the word under the cursor to
//! the citation, marker, reference or label it is part of, the clause and
//! the sentence, the paragraph's text, its line, the paragraph with its
//! subparagraphs, the part (preamble, operative part, annex, footnotes) and
//! the whole document.

use crate::ide::folding::blocks;
use crate::ide::semantic_tokens::document_symbols;
use crate::syntax::{LineKind, Span};
use crate::text::{Pos, Range};
use crate::Document;

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '-' | '\'' | '’')
}

/// The word at byte `col` of `text` (touching it from either side).
fn word_at(text: &str, col: usize) -> Option<Span> {
    let mut start = None;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            let s = *start.get_or_insert(i);
            let end = i + c.len_utf8();
            let next_is_word = text[end..].chars().next().is_some_and(is_word_char);
            if !next_is_word {
                if s <= col && col <= end {
                    return Some(Span::new(s, end));
                }
                start = None;
            }
        } else {
            start = None;
            if i > col {
                break;
            }
        }
    }
    None
}

/// The spans of `text[from..to]` between the delimiters that end a clause
/// (`,` `;` `:` and a sentence's full stop) or, with `sentences`, only a
/// sentence (`;` `:` `.`), whitespace trimmed.
fn segments(text: &str, from: usize, to: usize, sentences: bool) -> Vec<Span> {
    let mut out = Vec::new();
    let mut start = from;
    let bytes = text.as_bytes();
    let mut push = |a: usize, b: usize| {
        let piece = &text[a..b];
        let lead = piece.len() - piece.trim_start().len();
        let trail = piece.len() - piece.trim_end().len();
        if a + lead < b - trail {
            out.push(Span::new(a + lead, b - trail));
        }
    };
    for (i, c) in text[from..to].char_indices() {
        let i = from + i;
        let ends = match c {
            ';' | ':' => true,
            ',' => !sentences,
            '.' => bytes.get(i + 1).is_none_or(|b| *b == b' ' || *b == b'\t'),
            _ => false,
        };
        if ends {
            push(start, i);
            start = i + 1;
        }
    }
    push(start, to);
    out
}

/// The ranges to select at `pos`, innermost first, each containing the one
/// before it. Empty only for a position in an empty document's nothing.
pub fn selection_ranges(document: &Document, pos: Pos) -> Vec<Range> {
    let lines = document.lines();
    let Some(last_line) = lines.len().checked_sub(1) else {
        return Vec::new();
    };
    let line_index = (pos.line as usize).min(last_line);
    let syntax = &lines[line_index];
    let text = document.line_text(line_index as u32);
    let mut col = (pos.col as usize).min(text.len());
    while !text.is_char_boundary(col) {
        col -= 1;
    }
    let l = line_index as u32;
    let on_line = |span: Span| Range::on_line(l, span.start, span.end);
    let mut candidates: Vec<Range> = vec![Range::on_line(l, col as u32, col as u32)];

    if let Some(word) = word_at(&text, col) {
        candidates.push(on_line(word));
    }
    // The things of the line: markers, citations (with their date),
    // references, document symbols, labels and the opening.
    let mut spans: Vec<Span> = Vec::new();
    let footnotes = document.footnotes();
    spans.extend(
        footnotes
            .markers_on(line_index as u32)
            .iter()
            .map(|m| footnotes.span(lines, m)),
    );
    for citation in syntax.citations() {
        spans.push(citation.span);
        if let Some((_, date)) = citation.date {
            spans.push(Span {
                start: citation.span.start,
                end: date.end,
            });
        }
        // The whole citation from its `resolution` word.
        let end = citation.date.map_or(citation.span.end, |(_, d)| d.end);
        spans.push(Span {
            start: citation.lead.min(citation.span.start),
            end,
        });
    }
    spans.extend(syntax.references().iter().map(|r| r.span));
    spans.extend(document_symbols(&text));
    match &syntax.kind {
        LineKind::Numbered { label, .. }
        | LineKind::Sub { label, .. }
        | LineKind::FootnoteText { label, .. } => spans.push(*label),
        LineKind::Title { symbol, .. } => spans.push(*symbol),
        _ => {}
    }
    if let Some(opening) = &syntax.opening {
        spans.push(opening.span);
    }
    candidates.extend(
        spans
            .into_iter()
            .filter(|s| s.start as usize <= col && col <= s.end as usize)
            .map(on_line),
    );
    // Clause, sentence, the paragraph's text and the line.
    let (body_start, body_end) = (syntax.body.start as usize, syntax.body.end as usize);
    if body_start <= body_end
        && body_end <= text.len()
        && text.is_char_boundary(body_start)
        && text.is_char_boundary(body_end)
    {
        for sentences in [false, true] {
            candidates.extend(
                segments(&text, body_start, body_end, sentences)
                    .into_iter()
                    .filter(|s| s.start as usize <= col && col <= s.end as usize)
                    .map(on_line),
            );
        }
        candidates.push(on_line(Span::new(body_start, body_end)));
        candidates.push(on_line(Span::new(syntax.indent as usize, body_end)));
    }
    candidates.push(Range::on_line(l, 0, syntax.len));
    // Paragraph with its subparagraphs, part, annex, footnotes.
    for block in blocks(document) {
        if block.start <= l && l <= block.end {
            let end_len = lines.get(block.end as usize).map_or(0, |s| s.len);
            candidates.push(Range::new(
                Pos::new(block.start, 0),
                Pos::new(block.end, end_len),
            ));
        }
    }
    candidates.push(Range::new(
        Pos::new(0, 0),
        Pos::new(last_line as u32, lines[last_line].len),
    ));

    // Smallest first; keep each range that strictly contains the last kept.
    candidates.sort_by_key(|r| {
        (
            r.end.line - r.start.line,
            if r.start.line == r.end.line {
                r.end.col - r.start.col
            } else {
                0
            },
            std::cmp::Reverse(r.start),
        )
    });
    let mut chain: Vec<Range> = Vec::new();
    for range in candidates {
        let contains = |outer: &Range, inner: &Range| {
            outer.start <= inner.start && inner.end <= outer.end && outer != inner
        };
        if chain.last().is_none_or(|last| contains(&range, last)) {
            chain.push(range);
        }
    }
    // An empty range at the cursor is only useful when nothing is around it.
    if chain.len() > 1 && chain[0].start == chain[0].end {
        chain.remove(0);
    }
    chain
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "\tThe General Assembly,\n\
\tRecalling its resolution 67/264 of 17 May 2013 on مرحبا 中文 😀 matters, and document A/67/280-S/2012/614,1\n\
\t1.\tDecides:\n\
\t\t(a)\tto act on paragraph 2 below; to report;\n\
\t2.\tRequests.\n\
1 Resolution 60/1.";

    fn selected(text: &str, pos: Pos) -> Vec<String> {
        let document = Document::new(text);
        let lines: Vec<&str> = text.split('\n').collect();
        selection_ranges(&document, pos)
            .iter()
            .map(|r| {
                if r.start.line == r.end.line {
                    lines[r.start.line as usize][r.start.col as usize..r.end.col as usize]
                        .to_string()
                } else {
                    format!("lines {}-{}", r.start.line, r.end.line)
                }
            })
            .collect()
    }

    #[test]
    fn from_a_word_in_a_citation_to_the_document() {
        let pos = Pos::new(1, 28); // inside `67/264`
        assert_eq!(
            selected(TEXT, pos),
            [
                "67",
                "67/264",
                "67/264 of 17 May 2013",
                "resolution 67/264 of 17 May 2013",
                "Recalling its resolution 67/264 of 17 May 2013 on مرحبا 中文 😀 matters",
                "Recalling its resolution 67/264 of 17 May 2013 on مرحبا 中文 😀 matters, and document A/67/280-S/2012/614,1",
                "\tRecalling its resolution 67/264 of 17 May 2013 on مرحبا 中文 😀 matters, and document A/67/280-S/2012/614,1",
                "lines 0-1",
                "lines 0-5",
            ]
        );
    }

    #[test]
    fn after_wide_characters_a_symbol_and_a_subparagraph() {
        let line = TEXT.split('\n').nth(1).unwrap();
        let col = line.find("S/2012").unwrap() as u32;
        let chain = selected(TEXT, Pos::new(1, col));
        assert_eq!(chain[0], "280-S");
        assert!(
            chain.contains(&"A/67/280-S/2012/614".to_string()),
            "{chain:?}"
        );
        // In a subparagraph: the word, the clause, the item's text and line,
        // the paragraph with its subparagraphs, the operative part.
        let chain = selected(TEXT, Pos::new(3, 20));
        assert_eq!(
            chain,
            [
                "paragraph",
                "to act on paragraph 2 below",
                "to act on paragraph 2 below; to report;",
                "(a)\tto act on paragraph 2 below; to report;",
                "\t\t(a)\tto act on paragraph 2 below; to report;",
                "lines 2-3",
                "lines 2-4",
                "lines 0-5"
            ]
        );
    }

    #[test]
    fn any_position_gives_a_chain() {
        let document = Document::new(TEXT);
        for line in 0..8 {
            for col in [0, 1, 3, 40, 77, 1000] {
                let chain = selection_ranges(&document, Pos::new(line, col));
                assert!(!chain.is_empty());
                for pair in chain.windows(2) {
                    assert!(pair[1].start <= pair[0].start && pair[0].end <= pair[1].end);
                }
            }
        }
        assert_eq!(
            selection_ranges(&Document::new(""), Pos::new(3, 3)),
            [Range::on_line(0, 0, 0)]
        );
    }
}
