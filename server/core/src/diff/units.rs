//! The units a comparison aligns: the paragraphs of a text, each with its
//! subparagraphs and the blank lines after it, and every other stretch of
//! lines (the title, headings, footnotes, closing lines) on its own. Units
//! follow one another without gaps, so that together they are the whole
//! text: what a comparison reports about them can be applied exactly.

use std::ops::Range;

use crate::parts::Role;
use crate::syntax::LineKind;
use crate::Document;

/// Which part of the resolution a unit belongs to. Paragraphs are only
/// aligned with paragraphs of the same part.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum UnitKind {
    Preambular,
    Operative,
    /// Anything else: the title, the organ line, headings, annexes,
    /// footnotes, the closing lines.
    Other,
}

impl UnitKind {
    pub fn as_str(self) -> &'static str {
        match self {
            UnitKind::Preambular => "preambular",
            UnitKind::Operative => "operative",
            UnitKind::Other => "other",
        }
    }
}

/// One unit of a text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unit {
    pub kind: UnitKind,
    /// Its lines (the paragraph's first line, its subparagraphs and any
    /// blank or continuation lines up to the next unit).
    pub lines: Range<u32>,
    /// Its bytes in the text, line breaks included.
    pub bytes: Range<usize>,
    /// Where its words start: after the indentation and the paragraph's
    /// number (`5.<TAB>`), which renumbering changes.
    pub body: usize,
    /// Its position among the units of its kind, from 1 (`PP3`, `OP5`).
    pub ordinal: u32,
    /// The number the text gives an operative paragraph.
    pub number: Option<u32>,
}

impl Unit {
    /// The name a person uses: `PP3` for the third preambular paragraph,
    /// `OP5` for operative paragraph 5 (by its number when it has one), and
    /// `line 12` for anything else.
    pub fn name(&self) -> String {
        match self.kind {
            UnitKind::Preambular => format!("PP{}", self.ordinal),
            UnitKind::Operative => format!("OP{}", self.number.unwrap_or(self.ordinal)),
            UnitKind::Other => format!("line {}", self.lines.start + 1),
        }
    }
}

/// The units of `document`, whose text is `text`, in order.
pub fn units(document: &Document, text: &str) -> Vec<Unit> {
    let lines = document.lines();
    let model = document.model();
    let parts = document.parts();
    let starts = line_starts(text, lines.len());
    let mut out: Vec<Unit> = Vec::new();
    let mut counts = [0u32; 3];
    let mut previous_owner = None;
    for (index, line) in lines.iter().enumerate() {
        let owner = model.owner_of(index).unwrap_or(index as u32);
        // A unit starts where a new paragraph (or other stretch) starts; a
        // blank line or a subparagraph continues the unit before it.
        let starts_unit = previous_owner != Some(owner) || index == 0;
        previous_owner = Some(owner);
        if !starts_unit {
            continue;
        }
        let kind = match parts.role(index) {
            Some(Role::Preambular) => UnitKind::Preambular,
            Some(Role::Operative { .. }) => UnitKind::Operative,
            None => UnitKind::Other,
        };
        let slot = kind as usize;
        counts[slot] += 1;
        let number = match line.kind {
            LineKind::Numbered { number, .. } if kind == UnitKind::Operative => Some(number),
            _ => None,
        };
        // Bytes of the line before its words: the indentation (of any
        // white space), and a paragraph's number.
        let line_text = &text[starts[index]..line_end(text, starts[index])];
        let indent = line_text.len() - line_text.trim_start().len();
        let body = match line.kind {
            LineKind::Numbered { .. } => (line.body.start as usize).max(indent),
            _ => indent,
        };
        let body = if line_text.is_char_boundary(body.min(line_text.len())) {
            body.min(line_text.len())
        } else {
            indent
        };
        if let Some(last) = out.last_mut() {
            last.lines.end = index as u32;
            last.bytes.end = starts[index];
        }
        out.push(Unit {
            kind,
            lines: index as u32..lines.len() as u32,
            bytes: starts[index]..text.len(),
            body: starts[index] + body,
            ordinal: counts[slot],
            number,
        });
    }
    out
}

/// Where the line starting at `start` ends, before its break.
fn line_end(text: &str, start: usize) -> usize {
    memchr::memchr2(b'\n', b'\r', &text.as_bytes()[start..]).map_or(text.len(), |i| start + i)
}

/// The byte offset where each line starts, splitting as the document does
/// (at LF, CRLF and lone CR).
fn line_starts(text: &str, count: usize) -> Vec<usize> {
    let bytes = text.as_bytes();
    let mut starts = Vec::with_capacity(count);
    starts.push(0);
    let mut at = 0;
    while let Some(offset) = memchr::memchr2(b'\n', b'\r', &bytes[at..]) {
        let end = at + offset;
        let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
        at = end + if crlf { 2 } else { 1 };
        starts.push(at);
    }
    debug_assert_eq!(starts.len(), count);
    starts.resize(count.max(1), text.len());
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_cover_the_text_and_know_their_part() {
        let text = "79/1.\tTitle\n\n\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\n\tNoting the report,\n\t1.\tDecides:\n\t(a)\tto act;\n\t(b)\tto report;\n\t2.\tRequests a report.\n\n1 A/79/1.\n";
        let document = Document::new(text);
        let units = units(&document, text);
        let joined: String = units.iter().map(|u| &text[u.bytes.clone()]).collect();
        assert_eq!(joined, text);
        let kinds: Vec<(UnitKind, String)> = units.iter().map(|u| (u.kind, u.name())).collect();
        assert_eq!(
            kinds,
            [
                (UnitKind::Other, "line 1".into()),
                (UnitKind::Other, "line 3".into()),
                (UnitKind::Preambular, "PP1".into()),
                (UnitKind::Preambular, "PP2".into()),
                (UnitKind::Operative, "OP1".into()),
                (UnitKind::Operative, "OP2".into()),
                (UnitKind::Other, "line 12".into()),
            ]
        );
        assert_eq!(
            &text[units[4].body..units[4].bytes.end],
            "Decides:\n\t(a)\tto act;\n\t(b)\tto report;\n"
        );
    }

    #[test]
    fn wide_white_space_and_odd_texts_do_not_break_it() {
        for text in [
            "\u{3000}\u{a0}Recalling its resolution,\n\u{2003}1.\tDecides.\r\n",
            "",
            "\n\n\r",
            "1.",
            "\t1.\t\u{a0}",
            "<!-- base: x -->",
        ] {
            let document = Document::new(text);
            let units = units(&document, text);
            let joined: String = units.iter().map(|u| &text[u.bytes.clone()]).collect();
            assert_eq!(joined, text);
            for u in &units {
                assert!(u.bytes.start <= u.body && u.body <= u.bytes.end, "{text:?}");
            }
            let other = Document::new("\tThe General Assembly,\n\tNoting,\n");
            let c = super::super::compare(&other, &document);
            assert_eq!(c.apply_script(), text);
            let c = super::super::compare(&document, &other);
            assert_eq!(c.reject_script(), text);
            let _ = super::super::update::hints(&c, &document, &other);
        }
    }
}
