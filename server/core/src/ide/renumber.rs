//! Renumbering: new numbers for operative paragraphs, subparagraphs and
//! footnotes, and the edits that write them — labels, every internal
//! reference that points at a renumbered paragraph (`paragraph 5 above`,
//! `paragraphs 3 to 7`, `subparagraph (b) of paragraph 3`) and every footnote
//! marker — so that each keeps pointing where it did. References to other
//! texts (`paragraph 5 of resolution 60/1`) are not internal references and
//! never change.

use std::collections::{BTreeMap, HashMap};

use crate::diagnostic::TextEdit;
use crate::footnotes::NewNumbers;
use crate::model::{sub_label, Model};
use crate::resolve::Resolver;
use crate::syntax::{LineKind, Span};
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
    let resolver = Resolver::new(lines, model);
    for (line_index, reference, resolved) in resolver.all() {
        let line_index = line_index as u32;
        let [target] = resolved.paragraphs[..] else {
            continue;
        };
        if let (Some(span), Some(&new)) =
            (reference.number_span, renumbering.paragraphs.get(&target))
        {
            if Some(new) != reference.paragraph {
                put(edit(line_index, span.start, span.end, new.to_string()));
            }
        }
        if let (Some(span), Some(&sub)) = (reference.sub_span, resolved.subs.first()) {
            if let Some(&new) = renumbering.subs.get(&sub) {
                put(edit(
                    line_index,
                    span.start,
                    span.end,
                    sub_label(model.subs[sub].style, new),
                ));
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

/// Gives footnote `old` of scope `scope` (see [`crate::footnotes`]) the
/// number `new`: every marker the resolver accepted for it and its texts'
/// labels, each in its own style.
pub fn footnote_number(document: &Document, scope: u32, old: u32, new: u32) -> Vec<TextEdit> {
    let footnotes = document.footnotes();
    let lines = document.lines();
    let mut out = Vec::new();
    let mut relabel = |line: u32, span: Span| {
        let text = document.line_text(line);
        let written = text
            .get(span.start as usize..span.end as usize)
            .unwrap_or("");
        out.push(edit(line, span.start, span.end, restyle(written, new)));
    };
    for marker in footnotes.scope_markers(scope) {
        if marker.number == old {
            relabel(marker.line, footnotes.span(lines, marker));
        }
    }
    for text in footnotes.texts_of(scope) {
        if let LineKind::FootnoteText { number, label } = lines[text.line as usize].kind {
            if number == old {
                relabel(text.line, label);
            }
        }
    }
    out.sort_by_key(|e| e.range);
    out
}

/// The edits that renumber the footnotes of scope `scope` in the order of
/// their first citation ([`crate::footnotes::Footnotes::renumbering`]): the
/// markers the resolver accepted, each in its style, and the footnote texts,
/// whose lines stay where they are while their contents change places so
/// that they come in the order of their new numbers. Empty when the numbers
/// are in order already.
fn scope_edits(document: &Document, scope: u32) -> Vec<TextEdit> {
    let footnotes = document.footnotes();
    let lines = document.lines();
    let NewNumbers { cited, duplicates } = footnotes.renumbering(scope);
    let new_number = |old: u32| {
        cited
            .iter()
            .find(|(from, _)| *from == old)
            .map_or(old, |(_, to)| *to)
    };
    if duplicates.is_empty() && cited.iter().all(|(from, to)| from == to) {
        return Vec::new();
    }
    let mut out = Vec::new();
    for marker in footnotes.scope_markers(scope) {
        let new = new_number(marker.number);
        if new != marker.number {
            let span = footnotes.span(lines, marker);
            let text = document.line_text(marker.line);
            let written = text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("");
            out.push(edit(
                marker.line,
                span.start,
                span.end,
                restyle(written, new),
            ));
        }
    }
    // Each text with its new number; the footnote lines, in document order,
    // receive them sorted by it.
    let start = footnotes.scopes[scope as usize].texts.start;
    let mut texts: Vec<(u32, u32, Span, u32)> = Vec::new();
    for (i, text) in footnotes.texts_of(scope).iter().enumerate() {
        let LineKind::FootnoteText { number, label } = lines[text.line as usize].kind else {
            continue;
        };
        let index = start + i as u32;
        let new = match duplicates.iter().find(|(d, _)| *d == index) {
            Some(&(_, new)) => new,
            None => new_number(number),
        };
        texts.push((text.line, new, label, i as u32));
    }
    let mut sorted = texts.clone();
    sorted.sort_by_key(|&(_, new, _, i)| (new, i));
    for (&(line, ..), &(from, new, label, _)) in texts.iter().zip(&sorted) {
        let source = document.line_text(from);
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
    out
}

/// Renumbers the footnotes of each resolution of the text in the order
/// their markers first appear (see `scope_edits`). `None` when they are in
/// order already: on a text with no footnote finding it changes nothing.
pub fn footnotes(document: &Document) -> Option<Vec<TextEdit>> {
    let mut out = Vec::new();
    for scope in 0..document.footnotes().scopes.len() {
        out.extend(scope_edits(document, scope as u32));
    }
    if out.is_empty() {
        return None;
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

    #[test]
    fn footnotes_numbered_from_2_keep_their_numbers() {
        // Human Rights Council texts give footnote 1 to the title.
        let text = "Resolution adopted by the Human Rights Council on 3 April 2024\n55/10.\tTitle\n\n\tThe Human Rights Council,\n\tRecalling the Conference2 and the Summit,3\n\n2 A/HRC/1.\n3 A/HRC/2.\n";
        assert!(footnotes(&Document::new(text)).is_none());
        let swapped = text
            .replace(
                "Conference2 and the Summit,3",
                "Conference3 and the Summit,2",
            )
            .replace("2 A/HRC/1.\n3 A/HRC/2.", "3 A/HRC/1.\n2 A/HRC/2.");
        let document = Document::new(&swapped);
        assert_eq!(apply_edits(&swapped, &footnotes(&document).unwrap()), text);
    }

    #[test]
    fn a_running_head_of_the_document_system_is_no_footnote() {
        let text = "\tThe General Assembly,\n\tRecalling the Conference1 and the Summit,2\n16 August 2013Sixty-seventh session\n\tNoting the Forum,3\n\n1 A.\n2 B.\n3 C.\n";
        let document = Document::new(text);
        assert!(footnotes(&document).is_none());
        assert!(document.footnotes().texts.iter().all(|t| t.line > 3));
        let swapped = text
            .replace(
                "Conference1 and the Summit,2",
                "Conference2 and the Summit,1",
            )
            .replace("1 A.\n2 B.", "2 A.\n1 B.");
        let document = Document::new(&swapped);
        assert_eq!(apply_edits(&swapped, &footnotes(&document).unwrap()), text);
    }
}
