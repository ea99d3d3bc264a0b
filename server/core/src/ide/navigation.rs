//! Navigation inside one text: go to definition, find references and
//! document highlights for footnotes and paragraphs.
//!
//! Two kinds of things have a declaration and uses:
//! - a footnote: its text (`1 Resolution 60/1.`, declared by its label)
//!   and its markers (`Outcome,1`), as the footnote resolver decided them
//!   ([`crate::footnotes`]): digits it did not take for a marker (`CO2`,
//!   `Agenda 21`) are not navigated;
//! - a numbered paragraph or a subparagraph: its label (`5.`, `(b)`) and
//!   the internal references to it (`paragraph 5 above`, `subparagraph (b)
//!   of paragraph 3`, `paragraphs 3 to 7`), resolved by [`crate::resolve`].
//!
//! A reference to a subparagraph (`paragraph 3 (b) above`) is also a
//! reference to its paragraph; a range (`paragraphs 3 to 7`) refers to each
//! paragraph between its ends.

use crate::resolve::Resolver;
use crate::syntax::LineKind;
use crate::text::Range;
use crate::{Document, Pos};

/// What the cursor is on.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Symbol {
    /// A footnote: its scope (see [`crate::footnotes`]) and number.
    Footnote(u32, u32),
    /// Numbered paragraphs, as indices into the model's paragraphs.
    Paragraphs(Vec<usize>),
    /// Subparagraphs, as indices into the model's subparagraphs.
    Subs(Vec<usize>),
}

/// One place a footnote or paragraph occurs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Occurrence {
    pub range: Range,
    /// The declaration (the footnote's label, the paragraph's label) rather
    /// than a use.
    pub declaration: bool,
}

/// How a document highlight is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HighlightKind {
    /// The declaration.
    Write,
    /// A use.
    Read,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Highlight {
    pub range: Range,
    pub kind: HighlightKind,
}

/// Where the cursor is on a symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    /// A marker or a reference.
    Use,
    /// A label: the footnote's, the paragraph's.
    Declaration,
    /// Elsewhere in a footnote's text (a citation there has its own
    /// definition).
    FootnoteBody,
}

/// The symbol at `pos`, and where on it the cursor is.
fn symbol_at(document: &Document, resolver: &Resolver<'_>, pos: Pos) -> Option<(Symbol, Place)> {
    let line = document.lines().get(pos.line as usize)?;
    let model = document.model();
    // A marker under the cursor, or just before it (`Outcome,1|`); the one
    // under it wins where two touch (`¹[^3]`).
    let footnotes = document.footnotes();
    if let Some(marker) = footnotes.marker_at(document.lines(), pos.line, pos.col) {
        return Some((Symbol::Footnote(marker.scope, marker.number), Place::Use));
    }
    if let Some(reference) = line.references().iter().find(|r| r.span.contains(pos.col)) {
        let resolved = resolver.resolve(pos.line as usize, reference);
        let symbol = if reference.sub.is_some() {
            Symbol::Subs(resolved.subs)
        } else {
            Symbol::Paragraphs(resolved.paragraphs)
        };
        return Some((symbol, Place::Use));
    }
    match &line.kind {
        // Anywhere on a footnote's text: that footnote.
        LineKind::FootnoteText { number, label } => {
            let place = if label.contains(pos.col) {
                Place::Declaration
            } else {
                Place::FootnoteBody
            };
            Some((
                Symbol::Footnote(footnotes.scope_of(pos.line), *number),
                place,
            ))
        }
        LineKind::Numbered { label, .. } if label.contains(pos.col) => {
            let index = model.paragraph_index_at(pos.line as usize)?;
            Some((Symbol::Paragraphs(vec![index]), Place::Declaration))
        }
        // A subparagraph's label, or one opening the text of a line
        // (`3.<TAB>(a) Each …`).
        _ => {
            let index = (model.subs.iter().zip(&model.sub_lines))
                .position(|(s, &line)| line == pos.line && s.label.contains(pos.col))?;
            Some((Symbol::Subs(vec![index]), Place::Declaration))
        }
    }
}

/// Every occurrence of `symbol`, in document order.
fn occurrences(document: &Document, resolver: &Resolver<'_>, symbol: &Symbol) -> Vec<Occurrence> {
    let model = document.model();
    let mut out = Vec::new();
    match symbol {
        Symbol::Footnote(scope, number) => {
            let footnotes = document.footnotes();
            let lines = document.lines();
            for text in footnotes.texts_of(*scope) {
                if let LineKind::FootnoteText { number: n, label } =
                    lines[footnotes.text_line(text) as usize].kind
                {
                    if n == *number {
                        out.push(Occurrence {
                            range: Range::on_line(
                                footnotes.text_line(text),
                                label.start,
                                label.end,
                            ),
                            declaration: true,
                        });
                    }
                }
            }
            for marker in footnotes.scope_markers(*scope) {
                if marker.number == *number {
                    let span = footnotes.span(lines, marker);
                    out.push(Occurrence {
                        range: Range::on_line(footnotes.marker_line(marker), span.start, span.end),
                        declaration: false,
                    });
                }
            }
        }
        Symbol::Paragraphs(targets) => {
            for &p in targets {
                if let Some(paragraph) = model.paragraphs.get(p) {
                    out.push(Occurrence {
                        range: Range::on_line(
                            model.paragraph_line(p),
                            paragraph.label.start,
                            paragraph.label.end,
                        ),
                        declaration: true,
                    });
                }
            }
            let mut previous: Option<(usize, Range, Option<u32>, Vec<usize>)> = None;
            for (line, reference, resolved) in resolver.all() {
                let range = Range::on_line(line as u32, reference.span.start, reference.span.end);
                if resolved.paragraphs.iter().any(|p| targets.contains(p)) {
                    out.push(Occurrence {
                        range,
                        declaration: false,
                    });
                }
                // `paragraphs 3 to 7`: the paragraphs strictly between the ends.
                if let Some((prev_line, prev_range, prev_number, prev_targets)) = &previous {
                    if *prev_line == line && reference.sub.is_none() && reference.through {
                        if let (Some(low), Some(high)) = (*prev_number, reference.paragraph) {
                            let inside = targets.iter().any(|&t| {
                                let Some(target) = model.paragraphs.get(t) else {
                                    return false;
                                };
                                low < target.number
                                    && target.number < high
                                    && prev_targets.iter().chain(&resolved.paragraphs).any(|&e| {
                                        model.paragraphs.get(e).is_some_and(|end| {
                                            end.sequence == target.sequence
                                                && end.region == target.region
                                        })
                                    })
                            });
                            if inside {
                                out.push(Occurrence {
                                    range: Range::new(prev_range.start, range.end),
                                    declaration: false,
                                });
                            }
                        }
                    }
                }
                previous = Some((line, range, reference.paragraph, resolved.paragraphs));
            }
        }
        Symbol::Subs(targets) => {
            for &s in targets {
                if let Some(sub) = model.subs.get(s) {
                    out.push(Occurrence {
                        range: Range::on_line(model.sub_line(s), sub.label.start, sub.label.end),
                        declaration: true,
                    });
                }
            }
            for (line, reference, resolved) in resolver.all() {
                if resolved.subs.iter().any(|s| targets.contains(s)) {
                    out.push(Occurrence {
                        range: Range::on_line(
                            line as u32,
                            reference.span.start,
                            reference.span.end,
                        ),
                        declaration: false,
                    });
                }
            }
        }
    }
    out.sort_by_key(|o| o.range);
    out.dedup();
    out
}

/// Go to definition inside the text: from a footnote marker to the label
/// of its footnote's text, from an internal reference to the label of the
/// paragraph or subparagraph it points at. On a label, the label itself
/// (editors then offer its references). Empty when the cursor is on none of
/// these (the rest of a footnote's text included: a citation there leads to
/// the cited text), or the target does not exist.
pub fn local_definition(document: &Document, pos: Pos) -> Vec<Range> {
    let resolver = Resolver::new(document.lines(), document.model());
    let Some((symbol, place)) = symbol_at(document, &resolver, pos) else {
        return Vec::new();
    };
    if place == Place::FootnoteBody {
        return Vec::new();
    }
    occurrences(document, &resolver, &symbol)
        .into_iter()
        .filter(|o| o.declaration)
        .map(|o| o.range)
        .collect()
}

/// Find references: every marker of the footnote under the cursor, or every
/// internal reference to the paragraph under the cursor (on its label or on
/// a reference to it); the declarations too when `include_declaration`.
pub fn references(document: &Document, pos: Pos, include_declaration: bool) -> Vec<Range> {
    let resolver = Resolver::new(document.lines(), document.model());
    let Some((symbol, _)) = symbol_at(document, &resolver, pos) else {
        return Vec::new();
    };
    occurrences(document, &resolver, &symbol)
        .into_iter()
        .filter(|o| include_declaration || !o.declaration)
        .map(|o| o.range)
        .collect()
}

/// Document highlights: the footnote's label and markers, or the paragraph's
/// label and the references to it.
pub fn highlights(document: &Document, pos: Pos) -> Vec<Highlight> {
    let resolver = Resolver::new(document.lines(), document.model());
    let Some((symbol, _)) = symbol_at(document, &resolver, pos) else {
        return Vec::new();
    };
    occurrences(document, &resolver, &symbol)
        .into_iter()
        .map(|o| Highlight {
            range: o.range,
            kind: if o.declaration {
                HighlightKind::Write
            } else {
                HighlightKind::Read
            },
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The position of the `nth` occurrence of `needle` in `text` (plus
    /// `offset` bytes).
    fn at(text: &str, needle: &str, nth: usize, offset: u32) -> Pos {
        let mut found = 0;
        for (line, content) in text.split('\n').enumerate() {
            for (col, _) in content.match_indices(needle) {
                if found == nth {
                    return Pos::new(line as u32, col as u32 + offset);
                }
                found += 1;
            }
        }
        panic!("no {needle:?} #{nth}");
    }

    /// The text of each range.
    fn texts(text: &str, ranges: &[Range]) -> Vec<String> {
        let lines: Vec<&str> = text.split('\n').collect();
        ranges
            .iter()
            .map(|r| {
                assert_eq!(r.start.line, r.end.line);
                let line = lines[r.start.line as usize];
                format!(
                    "{}:{}",
                    r.start.line,
                    &line[r.start.col as usize..r.end.col as usize]
                )
            })
            .collect()
    }

    const TEXT: &str = "\tThe General Assembly,\n\
\tRecalling the مرحبا 中文 😀 Outcome,1 and the Agenda,2\n\
\tNoting the report,1\n\
\t1.\tDecides:\n\
\t\t(a)\tto act;\n\
\t\t(b)\tto report on subparagraph (a) above;\n\
\t2.\tRecalls paragraph 1 (b) above;\n\
\t3.\tRequests the measures in paragraphs 1 to 4 of the present resolution;\n\
\t4.\tRecalls paragraph 2 above, paragraph 5 of resolution 60/1 and paragraph 9 above.\n\
\n\
1 Resolution 60/1.\n\
2 Resolution 70/1.";

    #[test]
    fn definition_from_a_marker_after_wide_characters() {
        // The marker after Arabic, Chinese and an emoji: byte columns.
        let marker = at(TEXT, "Outcome,1", 0, 8);
        assert_eq!(marker, Pos::new(1, 46));
        let targets = local_definition(&Document::new(TEXT), marker);
        assert_eq!(texts(TEXT, &targets), ["10:1"]);
        let targets = local_definition(&Document::new(TEXT), at(TEXT, "Agenda,2", 0, 7));
        assert_eq!(texts(TEXT, &targets), ["11:2"]);
        // On the footnote's label: itself; elsewhere in its text, nothing.
        let document = Document::new(TEXT);
        assert_eq!(
            texts(TEXT, &local_definition(&document, Pos::new(10, 0))),
            ["10:1"]
        );
        assert!(local_definition(&document, Pos::new(10, 8)).is_empty());
        // Nothing on ordinary words, past the end of a line or the text.
        assert!(local_definition(&Document::new(TEXT), Pos::new(1, 3)).is_empty());
        assert!(local_definition(&Document::new(TEXT), Pos::new(1, 999)).is_empty());
        assert!(local_definition(&Document::new(TEXT), Pos::new(999, 0)).is_empty());
        assert!(local_definition(&Document::new(""), Pos::new(0, 0)).is_empty());
    }

    #[test]
    fn definition_from_a_reference() {
        let document = Document::new(TEXT);
        let to_2 = local_definition(&document, at(TEXT, "paragraph 2 above", 0, 10));
        assert_eq!(texts(TEXT, &to_2), ["6:2."]);
        let to_sub = local_definition(&document, at(TEXT, "1 (b) above", 0, 0));
        assert_eq!(texts(TEXT, &to_sub), ["5:(b)"]);
        let to_a = local_definition(&document, at(TEXT, "(a) above", 0, 1));
        assert_eq!(texts(TEXT, &to_a), ["4:(a)"]);
        let range_end = local_definition(&document, at(TEXT, "1 to 4", 0, 5));
        assert_eq!(texts(TEXT, &range_end), ["8:4."]);
        // A paragraph that does not exist, and another text's paragraph.
        assert!(local_definition(&document, at(TEXT, "paragraph 9", 0, 10)).is_empty());
        assert!(local_definition(&document, at(TEXT, "paragraph 5 of", 0, 10)).is_empty());
    }

    #[test]
    fn definition_of_inserts_and_labels_opening_a_text() {
        let text = "\tThe General Assembly,\n\t1.\t(a) Decides to act;\n\t(b)\tto report;\n\t(b) bis\tto review;\n\t2 bis.\tRecalls subparagraph (b) bis of paragraph 1 above;\n\t3.\tRecalls paragraph 2 bis above and paragraphs 1 (a) and (b) above.";
        let document = Document::new(text);
        let to_insert = local_definition(&document, at(text, "2 bis above", 0, 0));
        assert_eq!(texts(text, &to_insert), ["4:2 bis."]);
        let to_sub = local_definition(&document, at(text, "(b) bis of", 0, 1));
        assert_eq!(texts(text, &to_sub), ["3:(b) bis"]);
        let to_b = local_definition(&document, at(text, "and (b) above", 0, 5));
        assert_eq!(texts(text, &to_b), ["2:(b)"]);
        let to_a = local_definition(&document, at(text, "1 (a) and", 0, 0));
        assert_eq!(texts(text, &to_a), ["1:(a)"]);
        // From the label opening the text of paragraph 1 to its references.
        let uses = references(&document, Pos::new(1, 5), false);
        assert_eq!(texts(text, &uses), ["5:1 (a)"]);
    }

    #[test]
    fn references_of_a_footnote() {
        let document = Document::new(TEXT);
        let from_text = references(&document, Pos::new(10, 5), false);
        assert_eq!(texts(TEXT, &from_text), ["1:1", "2:1"]);
        let from_marker = references(&document, at(TEXT, "report,1", 0, 7), true);
        assert_eq!(texts(TEXT, &from_marker), ["1:1", "2:1", "10:1"]);
    }

    #[test]
    fn references_of_a_paragraph_include_ranges_and_subparagraphs() {
        let document = Document::new(TEXT);
        // Paragraph 1: `subparagraph (a) above` inside it, `paragraph 1 (b)`,
        // and the start of `1 to 4`.
        let refs = references(&document, at(TEXT, "1.\tDecides", 0, 0), false);
        assert_eq!(texts(TEXT, &refs), ["5:(a)", "6:1 (b)", "7:1"]);
        // Paragraph 2 lies inside `paragraphs 1 to 4`.
        let refs = references(&document, at(TEXT, "2.\tRecalls", 0, 1), true);
        assert_eq!(texts(TEXT, &refs), ["6:2.", "7:1 to 4", "8:2"]);
        // Subparagraph (b): from its label or from a reference to it.
        let refs = references(&document, at(TEXT, "(b)\tto", 0, 0), true);
        assert_eq!(texts(TEXT, &refs), ["5:(b)", "6:1 (b)"]);
        let refs = references(&document, at(TEXT, "1 (b) above", 0, 3), true);
        assert_eq!(texts(TEXT, &refs), ["5:(b)", "6:1 (b)"]);
    }

    #[test]
    fn highlights_mark_the_declaration_as_written() {
        let document = Document::new(TEXT);
        let highlights = highlights(&document, at(TEXT, "Outcome,1", 0, 8));
        let kinds: Vec<(u32, HighlightKind)> = highlights
            .iter()
            .map(|h| (h.range.start.line, h.kind))
            .collect();
        assert_eq!(
            kinds,
            [
                (1, HighlightKind::Read),
                (2, HighlightKind::Read),
                (10, HighlightKind::Write)
            ]
        );
        assert!(super::highlights(&document, Pos::new(3, 8)).is_empty());
    }

    #[test]
    fn weak_and_possible_markers() {
        // `UNCTAD1` is a marker only when footnote 1 exists; `71/2052` may
        // hide marker 2 but is never navigated.
        let text = "\tWelcoming UNCTAD1 and resolution 71/2052,\n1 Text.";
        let document = Document::new(text);
        assert_eq!(
            texts(
                text,
                &local_definition(&document, at(text, "UNCTAD1", 0, 6))
            ),
            ["1:1"]
        );
        assert!(local_definition(&document, at(text, "71/2052", 0, 6)).is_empty());
        let without = "\tWelcoming UNCTAD1.";
        assert!(local_definition(&Document::new(without), at(without, "UNCTAD1", 0, 6)).is_empty());
    }
}
