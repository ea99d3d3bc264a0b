//! Renumbering: new numbers for operative paragraphs, subparagraphs and
//! footnotes, and the edits that write them — labels, every internal
//! reference that points at a renumbered paragraph (`paragraph 5 above`,
//! `paragraphs 3 to 7`, `subparagraph (b) of paragraph 3`) and every footnote
//! marker — so that each keeps pointing where it did. References to other
//! texts (`paragraph 5 of resolution 60/1`) are not internal references and
//! never change.

use std::collections::{BTreeMap, HashMap};

use crate::diagnostic::TextEdit;
use crate::model::{sub_label, Model};
use crate::syntax::{LineKind, MarkerStrength, Span};
use crate::text::{Pos, Range};
use crate::Document;

/// New numbers: per paragraph (index into `Model::paragraphs`) and per
/// subparagraph (index into `Model::subs`), where they change.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Renumbering {
    pub paragraphs: HashMap<usize, u32>,
    pub subs: HashMap<usize, u32>,
    /// Paragraphs whose whole label is rewritten `N.` (finalizing `OP3`,
    /// `3 bis`).
    pub relabel: Vec<usize>,
}

impl Renumbering {
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty() && self.subs.is_empty() && self.relabel.is_empty()
    }
}

/// Consecutive numbers for one sequence as the numbering rule reads it: a
/// paragraph numbered 1 opens a nested list, after which the outer sequence
/// resumes where it left off.
pub fn consecutive(numbers: &[u32]) -> Vec<u32> {
    let mut out = Vec::with_capacity(numbers.len());
    let mut previous: Option<(u32, u32)> = None;
    let mut outer: Vec<(u32, u32)> = Vec::new();
    for &found in numbers {
        let new = match previous {
            None => 1,
            Some((old, new)) if found == old.saturating_add(1) => new + 1,
            Some(p) if found == 1 => {
                outer.push(p);
                1
            }
            Some((_, new)) => match outer
                .iter()
                .rposition(|(o, _)| o.saturating_add(1) == found)
            {
                Some(position) => {
                    let (_, resumed) = outer[position];
                    outer.truncate(position);
                    resumed + 1
                }
                None => new + 1,
            },
        };
        out.push(new);
        previous = Some((found, new));
    }
    out
}

/// Numbers every operative paragraph (and subparagraph) consecutively within
/// its sequence. Negotiation inserts and labels are left alone unless
/// `finalize`, which numbers them too and drops their labels.
pub fn operative(model: &Model, finalize: bool) -> Renumbering {
    let mut result = Renumbering::default();
    let counted: Vec<usize> = (0..model.paragraphs.len())
        .filter(|&i| finalize || (!model.paragraphs[i].suffixed && !model.paragraphs[i].labelled))
        .collect();
    for group in
        counted.chunk_by(|&a, &b| model.paragraphs[a].sequence == model.paragraphs[b].sequence)
    {
        // An insert (`3 bis`) follows the paragraph before it.
        let mut numbers: Vec<u32> = Vec::with_capacity(group.len());
        for &i in group {
            let paragraph = &model.paragraphs[i];
            let number = match numbers.last() {
                Some(&previous) if paragraph.suffixed => previous + 1,
                _ => paragraph.number,
            };
            numbers.push(number);
        }
        for (&index, new) in group.iter().zip(consecutive(&numbers)) {
            let paragraph = &model.paragraphs[index];
            if finalize && (paragraph.suffixed || paragraph.labelled) {
                result.relabel.push(index);
                result.paragraphs.insert(index, new);
            } else if new != paragraph.number {
                result.paragraphs.insert(index, new);
            }
        }
    }
    let mut lists: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
    for (i, sub) in model.subs.iter().enumerate() {
        lists.entry(sub.list).or_default().push(i);
    }
    for members in lists.values() {
        let ordinals: Vec<u32> = members.iter().map(|&i| model.subs[i].ordinal).collect();
        for (&i, new) in members.iter().zip(consecutive(&ordinals)) {
            if model.subs[i].ordinal != new {
                result.subs.insert(i, new);
            }
        }
    }
    result
}

fn edit(line: u32, start: u32, end: u32, text: impl Into<String>) -> TextEdit {
    TextEdit::new(Range::on_line(line, start, end), text)
}

/// The edits that write `renumbering` into `document`: labels and the
/// internal references to the paragraphs and subparagraphs it renumbers.
pub fn edits(document: &Document, renumbering: &Renumbering) -> Vec<TextEdit> {
    let model = document.model();
    let lines = document.lines();
    let mut out: BTreeMap<(u32, u32), TextEdit> = BTreeMap::new();
    let mut put = |e: TextEdit| {
        out.insert((e.range.start.line, e.range.start.col), e);
    };
    for (&index, &new) in &renumbering.paragraphs {
        let paragraph = &model.paragraphs[index];
        let label = paragraph.label;
        if renumbering.relabel.contains(&index) {
            // The whole label and the space after it become `N.` and a tab.
            let body = lines[paragraph.line as usize].body.start.max(label.end);
            put(edit(paragraph.line, label.start, body, format!("{new}.\t")));
        } else {
            let digits = paragraph.number.to_string().len() as u32;
            put(edit(
                paragraph.line,
                label.start,
                label.start + digits,
                new.to_string(),
            ));
        }
    }
    for (&index, &new) in &renumbering.subs {
        let sub = &model.subs[index];
        let letters = sub.letters.len() as u32;
        // `(c)` or `c.`
        let text = document.line_text(sub.line);
        let bracketed = text.as_bytes().get(sub.label.start as usize) == Some(&b'(');
        let start = sub.label.start + u32::from(bracketed);
        put(edit(
            sub.line,
            start,
            start + letters,
            sub_label(sub.style, new),
        ));
    }
    for (line_index, line) in lines.iter().enumerate() {
        let line_index = line_index as u32;
        for reference in &line.references {
            let targets = model.reference_targets(line_index, reference);
            let [target] = targets[..] else {
                continue;
            };
            if let (Some(span), Some(&new)) =
                (reference.number_span, renumbering.paragraphs.get(&target))
            {
                if Some(new) != reference.paragraph {
                    put(edit(line_index, span.start, span.end, new.to_string()));
                }
            }
            if let (Some(span), Some(letters)) = (reference.sub_span, &reference.sub) {
                let subs = model.paragraphs[target].subs.clone();
                let found = subs
                    .into_iter()
                    .find(|&i| &*model.subs[i].letters == letters.as_str());
                if let Some(i) = found {
                    if let Some(&new) = renumbering.subs.get(&i) {
                        put(edit(
                            line_index,
                            span.start,
                            span.end,
                            sub_label(model.subs[i].style, new),
                        ));
                    }
                }
            }
        }
    }
    out.into_values().collect()
}

/// Superscript digits, for footnote markers written `¹`.
fn superscript(n: u32) -> String {
    const DIGITS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    n.to_string()
        .bytes()
        .map(|b| DIGITS[(b - b'0') as usize])
        .collect()
}

/// `written` (a marker or a footnote label as it stands) with `new` in the
/// same style: `3`, `³`, `[^3]`, `[^3]:`.
fn restyle(written: &str, new: u32) -> String {
    if let Some(rest) = written.strip_prefix("[^") {
        let tail = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        format!("[^{new}{tail}")
    } else if written.chars().next().is_some_and(|c| !c.is_ascii_digit()) {
        superscript(new)
    } else {
        new.to_string()
    }
}

/// Gives footnote `old` the number `new`: every marker of it and its text's
/// label, each in its own style.
pub fn footnote_number(document: &Document, old: u32, new: u32) -> Vec<TextEdit> {
    let mut out = Vec::new();
    for (index, line) in document.lines().iter().enumerate() {
        let text = document.line_text(index as u32);
        let mut spans: Vec<Span> = line
            .markers
            .iter()
            .filter(|m| m.number == old && m.strength != MarkerStrength::Possible)
            .map(|m| m.span)
            .collect();
        if let LineKind::FootnoteText { number, label } = line.kind {
            if number == old {
                spans.push(label);
            }
        }
        for span in spans {
            let written = text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("");
            out.push(edit(
                index as u32,
                span.start,
                span.end,
                restyle(written, new),
            ));
        }
    }
    out
}

/// Renumbers the footnotes in the order their markers first appear, and
/// moves their texts into that order (the footnote lines stay where they
/// are; their contents change places). Footnotes no marker cites keep their
/// order after the others. `None` when they are in order already.
pub fn footnotes(document: &Document) -> Option<Vec<TextEdit>> {
    let lines = document.lines();
    let mut order: Vec<u32> = Vec::new();
    for line in lines.iter() {
        for marker in &line.markers {
            if marker.strength != MarkerStrength::Possible && !order.contains(&marker.number) {
                order.push(marker.number);
            }
        }
    }
    let texts: Vec<(u32, u32, Span)> = lines
        .iter()
        .enumerate()
        .filter_map(|(i, l)| match l.kind {
            LineKind::FootnoteText { number, label } => Some((i as u32, number, label)),
            _ => None,
        })
        .collect();
    for &(_, number, _) in &texts {
        if !order.contains(&number) {
            order.push(number);
        }
    }
    let new_number = |old: u32| order.iter().position(|&n| n == old).map(|p| p as u32 + 1);
    if order.iter().enumerate().all(|(i, &n)| n == i as u32 + 1) {
        return None;
    }
    let mut out = Vec::new();
    for (index, line) in lines.iter().enumerate() {
        let text = document.line_text(index as u32);
        for marker in &line.markers {
            if marker.strength == MarkerStrength::Possible {
                continue;
            }
            let Some(new) = new_number(marker.number) else {
                continue;
            };
            if new != marker.number {
                let written = text
                    .get(marker.span.start as usize..marker.span.end as usize)
                    .unwrap_or("");
                out.push(edit(
                    index as u32,
                    marker.span.start,
                    marker.span.end,
                    restyle(written, new),
                ));
            }
        }
    }
    // The footnote lines, in document order, receive the texts sorted by
    // their new numbers.
    let mut sorted: Vec<&(u32, u32, Span)> = texts.iter().collect();
    sorted.sort_by_key(|(_, number, _)| new_number(*number));
    for (&(line, _, _), &&(from, number, label)) in texts.iter().zip(&sorted) {
        let source = document.line_text(from);
        let Some(new) = new_number(number) else {
            continue;
        };
        let written = source
            .get(label.start as usize..label.end as usize)
            .unwrap_or("");
        let content = format!(
            "{}{}{}",
            &source[..label.start as usize],
            restyle(written, new),
            &source[label.end as usize..]
        );
        let current = document.line_text(line);
        if content != current {
            out.push(TextEdit::new(
                Range {
                    start: Pos::new(line, 0),
                    end: Pos::new(line, current.len() as u32),
                },
                content,
            ));
        }
    }
    out.sort_by_key(|e| e.range);
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::apply_edits;

    #[test]
    fn consecutive_numbers_follow_the_rule() {
        assert_eq!(consecutive(&[1, 2, 4, 5]), [1, 2, 3, 4]);
        assert_eq!(consecutive(&[2, 3, 4]), [1, 2, 3]);
        assert_eq!(consecutive(&[1, 2, 2, 3]), [1, 2, 3, 4]);
        // A nested list inside paragraph 7, then paragraph 8.
        assert_eq!(consecutive(&[6, 7, 1, 2, 8, 10]), [1, 2, 1, 2, 3, 4]);
    }

    fn renumbered(text: &str) -> String {
        let document = Document::new(text);
        apply_edits(text, &edits(&document, &operative(document.model(), false)))
    }

    #[test]
    fn labels_and_references_move_together() {
        let text = "\tThe General Assembly,\n\t1.\tDecides:\n\t\t(a)\tto act;\n\t\t(c)\tto report;\n\t3.\tRecalls paragraph 1 above and subparagraph (c) of paragraph 1 above;\n\t4.\tRecalls paragraphs 3 to 4 of the present resolution and paragraph 5 of resolution 60/1;\n\t5.\tRecalls paragraph 1 (c) above.\n";
        assert_eq!(
            renumbered(text),
            "\tThe General Assembly,\n\t1.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report;\n\t2.\tRecalls paragraph 1 above and subparagraph (b) of paragraph 1 above;\n\t3.\tRecalls paragraphs 2 to 3 of the present resolution and paragraph 5 of resolution 60/1;\n\t4.\tRecalls paragraph 1 (b) above.\n"
        );
    }

    #[test]
    fn finalizing_numbers_the_inserts_and_relabels_them() {
        let text = "\tThe General Assembly,\nPP1\tRecalling its resolution 77/1,\nOP1\tUrges all States;\nOP2\tRequests the Secretary-General;\nOP2 bis\tInvites States;\nOP3\tDecides to follow up paragraph 2 above.\n";
        let document = Document::new(text);
        let renumbering = operative(document.model(), true);
        let out = apply_edits(text, &edits(&document, &renumbering));
        assert_eq!(
            out,
            "\tThe General Assembly,\nPP1\tRecalling its resolution 77/1,\n1.\tUrges all States;\n2.\tRequests the Secretary-General;\n3.\tInvites States;\n4.\tDecides to follow up paragraph 2 above.\n"
        );
    }

    #[test]
    fn footnotes_are_renumbered_in_order_of_first_citation() {
        let text = "\tThe General Assembly,\n\tRecalling the Outcome,2 the Summit¹ and the Declaration,2\n\t1.\tDecides.[^3]\n\n1 Summit text.\n2 Outcome text.\n[^3]: Third.\n";
        let document = Document::new(text);
        let out = apply_edits(text, &footnotes(&document).unwrap());
        assert_eq!(
            out,
            "\tThe General Assembly,\n\tRecalling the Outcome,1 the Summit² and the Declaration,1\n\t1.\tDecides.[^3]\n\n1 Outcome text.\n2 Summit text.\n[^3]: Third.\n"
        );
        assert!(footnotes(&Document::new(&out)).is_none());
    }
}
