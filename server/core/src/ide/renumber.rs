//! Renumbering: new numbers for operative paragraphs, subparagraphs and
//! footnotes, and the edits that write them — labels, every internal
//! reference that points at a renumbered paragraph (`paragraph 5 above`,
//! `paragraphs 3 to 7`, `subparagraph (b) of paragraph 3`, `paragraph 2 bis
//! above`) and every footnote marker — so that each keeps pointing where it
//! did. References to other texts (`paragraph 5 of resolution 60/1`) are not
//! internal references and never change.
//!
//! The new numbers are those of the model's reading of each sequence and
//! list ([`crate::sequence`]), the reading the numbering rules report from:
//! what the fix changes is what the rules found. Before an edit is offered,
//! [`check`] analyses the text it would make: a reference that pointed at
//! a paragraph must point at the same one, and one that pointed at none
//! (`paragraph 2 above` after paragraph 2 was deleted) must still point at
//! none rather than at whatever paragraph now carries its number.

use std::borrow::Cow;
use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::diagnostic::TextEdit;
use crate::footnotes::NewNumbers;
use crate::l10n::Message;
use crate::model::{sub_label, Model};
use crate::msg;
use crate::resolve::{Resolved, Resolver};
use crate::sequence::{self, Item};
use crate::syntax::{parse_line_in, LineKind, ParagraphRef, RefScope, Span};
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
    /// Subparagraphs whose whole label is rewritten `(c)` (finalizing
    /// `(b) bis`).
    pub relabel_subs: Vec<usize>,
}

impl Renumbering {
    pub fn is_empty(&self) -> bool {
        self.paragraphs.is_empty()
            && self.subs.is_empty()
            && self.relabel.is_empty()
            && self.relabel_subs.is_empty()
    }
}

/// Numbers every operative paragraph (and subparagraph) as the model's
/// reading of its sequence says. Negotiation inserts and labels are left
/// alone unless `finalize`, which numbers them too (an insert follows the
/// paragraph before it) and drops their labels.
pub fn operative(model: &Model, finalize: bool) -> Renumbering {
    let mut result = Renumbering::default();
    if finalize {
        let all: Vec<(u32, usize)> = (0..model.paragraphs.len())
            .map(|i| (model.paragraphs[i].sequence, i))
            .collect();
        for group in all.chunk_by(|a, b| a.0 == b.0) {
            let mut items: Vec<Item> = Vec::with_capacity(group.len());
            for &(_, i) in group {
                let paragraph = &model.paragraphs[i];
                let item = match items.last() {
                    Some(previous) if paragraph.suffixed => Item::plain(previous.number + 1),
                    _ => paragraph.item(),
                };
                items.push(item);
            }
            for (&(_, index), reading) in group.iter().zip(sequence::read(&items)) {
                let paragraph = &model.paragraphs[index];
                if paragraph.suffixed || paragraph.labelled {
                    result.relabel.push(index);
                    result.paragraphs.insert(index, reading.new);
                } else if reading.new != paragraph.number {
                    result.paragraphs.insert(index, reading.new);
                }
            }
        }
        let mut lists: BTreeMap<u32, Vec<usize>> = BTreeMap::new();
        for (i, sub) in model.subs.iter().enumerate() {
            lists.entry(sub.list).or_default().push(i);
        }
        for members in lists.values() {
            let mut items: Vec<Item> = Vec::with_capacity(members.len());
            for &i in members {
                let sub = &model.subs[i];
                let number = match items.last() {
                    Some(previous) if sub.suffix.is_some() => previous.number + 1,
                    _ => sub.ordinal,
                };
                items.push(Item {
                    number,
                    introduced: true,
                    named: None,
                });
            }
            for (&index, reading) in members.iter().zip(sequence::read(&items)) {
                let sub = &model.subs[index];
                if sub.suffix.is_some() {
                    result.relabel_subs.push(index);
                    result.subs.insert(index, reading.new);
                } else if reading.new != sub.ordinal {
                    result.subs.insert(index, reading.new);
                }
            }
        }
        keep_sub_labels_apart(model, &mut result);
        return result;
    }
    for (index, paragraph) in model.paragraphs.iter().enumerate() {
        if let Some(reading) = paragraph.reading {
            if reading.new != paragraph.number {
                result.paragraphs.insert(index, reading.new);
            }
        }
    }
    for (index, sub) in model.subs.iter().enumerate() {
        if let Some(reading) = sub.reading {
            if reading.new != sub.ordinal {
                result.subs.insert(index, reading.new);
            }
        }
    }
    keep_sub_labels_apart(model, &mut result);
    result
}

/// Drops the new numbers of a paragraph's subparagraphs where one would
/// give a subparagraph of its first level the label another of them has
/// (a paragraph's list that starts again at `(a)`, where the line of the
/// paragraph that held the second list was deleted: `(a) (b) (a) (c)`
/// read `(a) (b) (a) (b)`). `paragraph 11 (b)` would then name two: the
/// labels are left for the drafter, as the numbering rules report them.
fn keep_sub_labels_apart(model: &Model, result: &mut Renumbering) {
    if result.subs.is_empty() {
        return;
    }
    for paragraph in &model.paragraphs {
        let subs = paragraph.subs.clone();
        let Some(level) = model.subs[subs.clone()].iter().map(|s| s.level).min() else {
            continue;
        };
        let label = |i: usize| {
            let sub = &model.subs[i];
            let ordinal = result.subs.get(&i).copied().unwrap_or(sub.ordinal);
            (
                sub.style,
                ordinal,
                sub.suffix.is_some() && !result.relabel_subs.contains(&i),
            )
        };
        let first: Vec<usize> = subs.filter(|&i| model.subs[i].level == level).collect();
        let clash = first.iter().enumerate().any(|(k, &i)| {
            result.subs.contains_key(&i)
                && first[..k]
                    .iter()
                    .chain(&first[k + 1..])
                    .any(|&j| label(j) == label(i))
        });
        if clash {
            for i in paragraph.subs.clone() {
                result.subs.remove(&i);
                result.relabel_subs.retain(|&r| r != i);
            }
        }
    }
}

fn edit(line: u32, start: u32, end: u32, text: impl Into<String>) -> TextEdit {
    TextEdit::new(Range::on_line(line, start, end), text)
}

/// The one new number all of `targets` get, if they get one (`None` when
/// none is renumbered; `Err` when they would be numbered apart).
fn common_new(targets: &[usize], new: &HashMap<usize, u32>) -> Result<Option<u32>, ()> {
    let mut found: Option<u32> = None;
    for target in targets {
        match (found, new.get(target)) {
            (_, None) if targets.len() > 1 => return Err(()),
            (_, None) => {}
            (None, Some(&n)) => found = Some(n),
            (Some(f), Some(&n)) if f != n => return Err(()),
            _ => {}
        }
    }
    Ok(found)
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
        let paragraph_line = model.paragraph_line(index);
        let label = paragraph.label;
        if renumbering.relabel.contains(&index) {
            // The whole label and the space after it become `N.` and a tab.
            let body = lines[paragraph_line as usize].body.start.max(label.end);
            put(edit(paragraph_line, label.start, body, format!("{new}.\t")));
        } else {
            let digits = paragraph.number.to_string().len() as u32;
            put(edit(
                paragraph_line,
                label.start,
                label.start + digits,
                new.to_string(),
            ));
        }
    }
    for (&index, &new) in &renumbering.subs {
        let sub = &model.subs[index];
        let sub_line = model.sub_line(index);
        let written = sub_label(sub.style, new);
        if renumbering.relabel_subs.contains(&index) {
            // `(b) bis` becomes `(c)`.
            put(edit(
                sub_line,
                sub.label.start,
                sub.label.end,
                format!("({written})"),
            ));
            continue;
        }
        let letters = sub.letters.len() as u32;
        // `(c)` or `c.`
        let text = document.line_text(sub_line);
        let bracketed = text.as_bytes().get(sub.label.start as usize) == Some(&b'(');
        let start = sub.label.start + u32::from(bracketed);
        put(edit(sub_line, start, start + letters, written));
    }
    let resolver = Resolver::with_parts(lines, model, Cow::Borrowed(document.parts()));
    let finalizing = !renumbering.relabel.is_empty() || !renumbering.relabel_subs.is_empty();
    for (line_index, reference, resolved) in resolver.all() {
        let line_index = line_index as u32;
        if resolved.paragraphs.is_empty() {
            continue;
        }
        // `paragraph 7 bis` becomes `paragraph 8 above`: without its suffix
        // it must say where it points, as the UN writes it.
        if finalizing && reference.scope == RefScope::Unstated && reference.list_end {
            let target = model.paragraph_line(resolved.paragraphs[0]);
            let scope = if target < line_index {
                " above"
            } else {
                " below"
            };
            let end = reference.span.end;
            put(edit(line_index, end, end, scope));
        }
        if let (Some(span), Ok(Some(new))) = (
            reference.number_span,
            common_new(&resolved.paragraphs, &renumbering.paragraphs),
        ) {
            if Some(new) != reference.paragraph || reference.suffix.is_some() {
                put(edit(line_index, span.start, span.end, new.to_string()));
            }
        }
        let Some(span) = reference.sub_span else {
            continue;
        };
        if let Ok(Some(new)) = common_new(&resolved.subs, &renumbering.subs) {
            let style = model.subs[resolved.subs[0]].style;
            if reference.sub_suffix.is_some() {
                // `(b) bis` becomes `(c)`.
                put(edit(
                    line_index,
                    span.start,
                    reference.span.end,
                    format!("{})", sub_label(style, new)),
                ));
            } else {
                put(edit(
                    line_index,
                    span.start,
                    span.end,
                    sub_label(style, new),
                ));
            }
        }
    }
    out.into_values().collect()
}

/// The text of a reference as written (for messages).
fn written(document: &Document, line: usize, reference: &ParagraphRef) -> Message {
    let text = document.line_text(line as u32);
    let span = reference.span;
    let item = text
        .get(span.start as usize..span.end as usize)
        .unwrap_or("");
    if reference.sub.is_some() && reference.paragraph.is_none() {
        msg!("renumber-reference-subparagraph", item = item)
    } else {
        msg!("renumber-reference-paragraph", item = item)
    }
}

/// What `resolved` points at, as lines (which edits of labels and numbers
/// do not move).
fn target_lines(model: &Model, resolved: &Resolved) -> (Vec<u32>, Vec<(u32, u32)>) {
    (
        resolved
            .paragraphs
            .iter()
            .map(|&p| model.paragraph_line(p))
            .collect(),
        resolved
            .subs
            .iter()
            .map(|&s| (model.sub_line(s), model.subs[s].label.start))
            .collect(),
    )
}

/// Whether a reference that could mean several paragraphs (a number
/// written twice) now means some of them, and nothing else.
fn narrowed(was: &(Vec<u32>, Vec<(u32, u32)>), is: &(Vec<u32>, Vec<(u32, u32)>)) -> bool {
    let within = |a: &[u32], b: &[u32]| a.iter().all(|x| b.contains(x));
    let subs_within = |a: &[(u32, u32)], b: &[(u32, u32)]| a.iter().all(|x| b.contains(x));
    (was.0.len() > 1 || was.1.len() > 1)
        && !is.0.is_empty()
        && within(&is.0, &was.0)
        && subs_within(&is.1, &was.1)
        && (was.1.is_empty() || !is.1.is_empty())
}

/// Checks that `edits` (renumbering edits of `document`: within lines, no
/// line added or removed) change what no internal reference points at: a
/// reference to a paragraph or subparagraph still points at it, one that
/// pointed at none still points at none, and no range comes to run
/// backwards. The error says which reference would change, and how.
pub fn check(document: &Document, edits: &[TextEdit]) -> Result<(), Message> {
    let lines = document.lines();
    let mut by_line: BTreeMap<u32, Vec<TextEdit>> = BTreeMap::new();
    for edit in edits {
        if edit.range.start.line != edit.range.end.line || edit.new_text.contains(['\n', '\r']) {
            return Err(msg!("renumber-declined-lines"));
        }
        let mut local = edit.clone();
        local.range.start.line = 0;
        local.range.end.line = 0;
        by_line
            .entry(edit.range.start.line)
            .or_default()
            .push(local);
    }
    let mut after = lines.clone();
    for (&line, local) in &by_line {
        if line as usize >= after.len() {
            return Err(msg!("renumber-declined-past-end"));
        }
        let text = document.line_text(line);
        after[line as usize] = Arc::new(parse_line_in(
            &crate::diagnostic::apply_edits(&text, local),
            document.language(),
        ));
    }
    let model_after = Model::build(&after);
    let before = Resolver::with_parts(lines, document.model(), Cow::Borrowed(document.parts()));
    let resolver_after = Resolver::new(&after, &model_after);
    let mut pairs = before.all().zip(resolver_after.all());
    let mut previous: Option<(usize, Option<u32>, Option<u32>)> = None;
    for ((line, reference, was), (line_after, reference_after, is)) in pairs.by_ref() {
        if line != line_after {
            return Err(msg!("renumber-declined-references"));
        }
        let (was_lines, is_lines) = (
            target_lines(document.model(), &was),
            target_lines(&model_after, &is),
        );
        let what = written(document, line, reference);
        let pointed_nowhere =
            was.paragraphs.is_empty() || (reference.sub.is_some() && was.subs.is_empty());
        if pointed_nowhere {
            let points_now =
                !is.paragraphs.is_empty() && (reference.sub.is_none() || !is.subs.is_empty());
            if was.last_in_scope.is_some() && points_now {
                return Err(msg!(
                    "renumber-declined-points-now",
                    what = what,
                    line = line + 1
                ));
            }
        } else if was_lines != is_lines && !narrowed(&was_lines, &is_lines) {
            return Err(msg!(
                "renumber-declined-points-elsewhere",
                what = what,
                line = line + 1
            ));
        }
        // `paragraphs 3 to 7` must not become `paragraphs 9 to 7`.
        let ends = (reference_after.paragraph, reference.paragraph);
        if let Some((before_line, low_after, low_before)) = previous {
            if reference_after.through
                && before_line == line
                && reference_after.sub.is_none()
                && low_after > ends.0
                && low_before <= ends.1
            {
                return Err(msg!(
                    "renumber-declined-backwards",
                    what = what,
                    line = line + 1
                ));
            }
        }
        previous = Some((line, ends.0, ends.1));
    }
    Ok(())
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
            relabel(footnotes.marker_line(marker), footnotes.span(lines, marker));
        }
    }
    for text in footnotes.texts_of(scope) {
        if let LineKind::FootnoteText { number, label } =
            lines[footnotes.text_line(text) as usize].kind
        {
            if number == old {
                relabel(footnotes.text_line(text), label);
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
            let text = document.line_text(footnotes.marker_line(marker));
            let written = text
                .get(span.start as usize..span.end as usize)
                .unwrap_or("");
            out.push(edit(
                footnotes.marker_line(marker),
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
        let LineKind::FootnoteText { number, label } =
            lines[footnotes.text_line(text) as usize].kind
        else {
            continue;
        };
        let index = start + i as u32;
        let new = match duplicates.iter().find(|(d, _)| *d == index) {
            Some(&(_, new)) => new,
            None => new_number(number),
        };
        texts.push((footnotes.text_line(text), new, label, i as u32));
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
    fn finalizing_rewrites_references_to_inserts() {
        let text = "\tThe General Assembly,\nOP1\tDecides:\n\t(a)\tto act;\n\t(a) bis\tto review;\n\t(b)\tto report;\nOP2\tRequests;\nOP2 bis\tInvites States, as set out in paragraph 2 above;\nOP3\tRecalls paragraph 2 bis above, paragraph 2 bis and subparagraph (a) bis of paragraph 1 above.\n";
        let document = Document::new(text);
        let renumbering = operative(document.model(), true);
        let edits = super::edits(&document, &renumbering);
        assert_eq!(check(&document, &edits), Ok(()));
        assert_eq!(
            apply_edits(text, &edits),
            "\tThe General Assembly,\n1.\tDecides:\n\t(a)\tto act;\n\t(b)\tto review;\n\t(c)\tto report;\n2.\tRequests;\n3.\tInvites States, as set out in paragraph 2 above;\n4.\tRecalls paragraph 3 above, paragraph 3 above and subparagraph (b) of paragraph 1 above.\n"
        );
    }

    #[test]
    fn a_reference_to_nothing_is_not_made_to_point_at_a_paragraph() {
        // Paragraph 2 was deleted: `paragraph 2 above` points at nothing,
        // and renumbering 3 to 2 would make it point at the old paragraph 3.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tDecides;\n\t4.\tRecalls paragraphs 2 and 3 above.\n";
        let document = Document::new(text);
        let edits = super::edits(&document, &operative(document.model(), false));
        let refused = check(&document, &edits).unwrap_err().to_string();
        assert!(
            refused.contains("`paragraph 2` on line 4 points at no paragraph"),
            "{refused}"
        );
        // Without it, the same renumbering is fine.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tDecides;\n\t4.\tRecalls paragraph 3 above.\n";
        let document = Document::new(text);
        let edits = super::edits(&document, &operative(document.model(), false));
        assert_eq!(check(&document, &edits), Ok(()));
        assert_eq!(
            apply_edits(text, &edits),
            "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides;\n\t3.\tRecalls paragraph 2 above.\n"
        );
    }

    #[test]
    fn renumbering_follows_the_reading_of_the_rule() {
        // The list inside paragraph 2 stays, paragraph 4 becomes 3, and
        // the quoted paragraph 8 keeps its number.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides on the following:\n\t1.\tTo act;\n\t2.\tTo report;\n\t4.\tAmends paragraph 8 to read:\n\t8.\tThe panel shall meet;\n\t5.\tRecalls paragraph 4 above.\n";
        let document = Document::new(text);
        let edits = super::edits(&document, &operative(document.model(), false));
        assert_eq!(
            apply_edits(text, &edits),
            "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides on the following:\n\t1.\tTo act;\n\t2.\tTo report;\n\t3.\tAmends paragraph 8 to read:\n\t8.\tThe panel shall meet;\n\t4.\tRecalls paragraph 3 above.\n"
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
        let resolved = document.footnotes();
        assert!(resolved.texts.iter().all(|t| resolved.text_line(t) > 3));
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
