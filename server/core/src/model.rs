//! The document-level model, rebuilt from the per-line syntax after every
//! change: which organ adopts the text, where the annexes start, the
//! numbered paragraphs and their subparagraphs. It reads no text, only the
//! [`LineSyntax`] summaries, so rebuilding it costs a pass over small structs.

use std::collections::HashMap;
use std::sync::Arc;

use crate::attribution::Attribution;
use crate::syntax::citation::{Citation, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::{LineKind, LineSyntax, Organ, Span};

/// A numbered paragraph (`5.<TAB>Requests …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberedParagraph {
    pub line: u32,
    pub number: u32,
    pub label: Span,
    /// 0 for the resolution itself, then 1, 2, … for each annex.
    pub region: u16,
    /// Paragraphs numbered together: a sequence runs through headings (the
    /// numbering of a resolution goes on across its section titles) and ends
    /// at an annex or an organ line; a paragraph numbered 1 restarts it.
    pub sequence: u32,
    /// Whether it carries a negotiation suffix (`3 bis`).
    pub suffixed: bool,
    /// Whether it carries a negotiation label (`OP3`): such numbers are the
    /// negotiators' stable names, kept until the text is finalized.
    pub labelled: bool,
    /// Index range into [`Model::subs`].
    pub subs: std::ops::Range<usize>,
}

/// Which numbering a subparagraph label uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubStyle {
    Alpha,
    Roman,
}

/// A subparagraph (`(b)<TAB>…` or `(ii)<TAB>…`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubParagraph {
    pub line: u32,
    pub letters: Box<str>,
    pub label: Span,
    /// 1 for (a)/(b), 2 for (i)/(ii) inside a lettered item.
    pub level: u8,
    pub style: SubStyle,
    /// 1-based position the label denotes (`(c)` is 3, `(iv)` is 4).
    pub ordinal: u32,
    /// Subparagraphs with the same `list` are numbered together.
    pub list: u32,
}

/// What a text says about itself: its number, session and date.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Own {
    /// From `Resolution adopted by ... on DATE`, the Council's adoption line
    /// or the closing date.
    pub date: Option<Date>,
    /// From the title line `78/10.<TAB>...`: the session and number.
    pub number: Option<(SessionRef, u32)>,
    /// From `Resolution 2505 (2020)`: the Council's number and year.
    pub sc: Option<(u32, u32)>,
    /// The line that declares the number (title or Council header).
    pub line: Option<u32>,
}

/// The document-level facts a line rule may read besides its own line: the
/// organ adopting the text and what the text says about itself. Per-line
/// findings are cached as long as these stay the same.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Context {
    pub organ: Option<Organ>,
    pub own: Own,
    /// The highest number of a footnote text (0 without footnotes): digits
    /// glued to a citation may be a marker up to it (`74/1673` for 74/167
    /// and footnote 3).
    pub footnotes: u32,
}

/// The document-level model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    /// The organ adopting the text, from its organ line or header.
    pub organ: Option<Organ>,
    /// What the text says about itself.
    pub own: Own,
    pub paragraphs: Vec<NumberedParagraph>,
    pub subs: Vec<SubParagraph>,
    /// Region of each line (0 = the resolution, k = the k-th annex).
    pub regions: Vec<u16>,
    /// For each line, the index of the paragraph (numbered or not) it
    /// belongs to, as the line of that paragraph's first line.
    pub owner_line: Vec<u32>,
    /// The numbers of the footnote texts (`1 Resolution 60/1.`), sorted,
    /// without repeats.
    pub footnote_texts: Vec<u32>,
    /// The lines that are footnote texts, in order.
    pub footnote_lines: Vec<u32>,
    /// The lines that carry footnote markers, in order.
    pub marker_lines: Vec<u32>,
    /// The lines that refer to paragraphs (`paragraph 5 above`), in order.
    pub reference_lines: Vec<u32>,
    /// The lines with square brackets of negotiation, in order.
    pub bracket_lines: Vec<u32>,
    /// The lines that mention former names of organizations, in order.
    pub former_name_lines: Vec<u32>,
    /// The paragraphs a reference can point at (no `bis`), as
    /// ([`target_key`] of their region and number, index into
    /// [`Model::paragraphs`]), sorted: those of one region and number are
    /// together, in document order.
    pub targets: Vec<(u64, u32)>,
}

/// A paragraph's region and number as one key, ordered by region, then
/// number.
pub fn target_key(region: u16, number: u32) -> u64 {
    (u64::from(region) << 32) | u64::from(number)
}

impl Own {
    /// Takes what line `index` (of kind `kind`, in `region`) says; the first
    /// statement of each fact wins.
    fn note(&mut self, index: u32, kind: &LineKind, region: u16) {
        match *kind {
            LineKind::AdoptionLine { date, .. } | LineKind::ScAdoption { date } => {
                self.date = self.date.or(date);
            }
            LineKind::DateLine { date } if region == 0 => self.date = self.date.or(date),
            LineKind::Title { own: Some(own), .. } if self.line.is_none() => {
                self.number = Some(own);
                self.line = Some(index);
            }
            LineKind::ScHeader { number, year } if self.line.is_none() => {
                self.sc = Some((number, year));
                self.line = Some(index);
            }
            _ => {}
        }
    }
}

/// Allocates the id of a new list of subparagraphs.
fn new_list(counter: &mut u32) -> u32 {
    *counter += 1;
    *counter
}

/// Alphabetic position of a subparagraph label: `a` = 1, `z` = 26, `aa` = 27.
pub fn alpha_ordinal(letters: &str) -> Option<u32> {
    let bytes = letters.as_bytes();
    let first = *bytes.first()?;
    if !first.is_ascii_lowercase() || bytes.iter().any(|b| *b != first) {
        return None;
    }
    Some((first - b'a') as u32 + 1 + 26 * (bytes.len() as u32 - 1))
}

/// Roman value of a lower-case subparagraph label: `iv` = 4.
pub fn roman_ordinal(letters: &str) -> Option<u32> {
    crate::syntax::citation::roman_value_ignoring_case(letters.as_bytes())
}

/// Writes an ordinal back as a label in `style`.
pub fn sub_label(style: SubStyle, ordinal: u32) -> String {
    match style {
        SubStyle::Roman => crate::syntax::citation::to_roman(ordinal).to_ascii_lowercase(),
        SubStyle::Alpha => {
            if ordinal == 0 {
                return "?".into();
            }
            let letter = (b'a' + ((ordinal - 1) % 26) as u8) as char;
            letter.to_string().repeat(((ordinal - 1) / 26 + 1) as usize)
        }
    }
}

impl Model {
    pub fn build(lines: &[Arc<LineSyntax>]) -> Model {
        let mut model = Model::default();
        model.rebuild(lines);
        model
    }

    /// Whether the model may differ for a line of syntax `a` and one of
    /// syntax `b` at the same place: it reads only these parts of a line.
    /// Whoever makes [`Model::rebuild`] read more of a line adds it here
    /// (the incremental property test fails otherwise); an edit that changes
    /// none of them and no line count keeps the model as it is.
    pub fn same_for_model(a: &LineSyntax, b: &LineSyntax) -> bool {
        a.kind == b.kind
            && a.indent == b.indent
            && a.last_char == b.last_char
            && (a.len < 80) == (b.len < 80)
            && a.markers.is_empty() == b.markers.is_empty()
            && a.references.is_empty() == b.references.is_empty()
            && a.brackets.is_empty() == b.brackets.is_empty()
            && a.former_names.is_empty() == b.former_names.is_empty()
    }

    /// Builds the model of `lines` in place, reusing the memory of the
    /// model it replaces (what an edit does, many times a second).
    pub fn rebuild(&mut self, lines: &[Arc<LineSyntax>]) {
        // Fields not listed start from their default.
        let mut model = Model {
            paragraphs: std::mem::take(&mut self.paragraphs),
            subs: std::mem::take(&mut self.subs),
            regions: std::mem::take(&mut self.regions),
            owner_line: std::mem::take(&mut self.owner_line),
            footnote_texts: std::mem::take(&mut self.footnote_texts),
            footnote_lines: std::mem::take(&mut self.footnote_lines),
            marker_lines: std::mem::take(&mut self.marker_lines),
            reference_lines: std::mem::take(&mut self.reference_lines),
            bracket_lines: std::mem::take(&mut self.bracket_lines),
            former_name_lines: std::mem::take(&mut self.former_name_lines),
            targets: std::mem::take(&mut self.targets),
            ..Model::default()
        };
        model.paragraphs.clear();
        model.subs.clear();
        model.regions.clear();
        model.regions.reserve(lines.len());
        model.owner_line.clear();
        model.owner_line.reserve(lines.len());
        model.footnote_texts.clear();
        model.footnote_lines.clear();
        model.marker_lines.clear();
        model.reference_lines.clear();
        model.bracket_lines.clear();
        model.former_name_lines.clear();
        let mut region = 0u16;
        let mut sequence = 0u32;
        let mut owner = 0u32;
        let mut pending_subs: Vec<(u32, &str, Span, u32)> = Vec::new();
        let mut current_paragraph: Option<usize> = None;
        let mut list_counter = 0u32;
        for (index, line) in lines.iter().enumerate() {
            let index = index as u32;
            model.own.note(index, &line.kind, region);
            match &line.kind {
                LineKind::OrganLine { organ } => {
                    if model.organ.is_none() && region == 0 {
                        model.organ = Some(*organ);
                    }
                    sequence += 1;
                }
                LineKind::AdoptionLine { organ, .. } if model.organ.is_none() => {
                    model.organ = Some(*organ);
                }
                LineKind::ScHeader { .. } | LineKind::ScAdoption { .. }
                    if model.organ.is_none() =>
                {
                    model.organ = Some(Organ::SecurityCouncil);
                }
                _ => {}
            }
            let starts_paragraph = matches!(
                line.kind,
                LineKind::Numbered { .. }
                    | LineKind::Paragraph
                    | LineKind::Heading { .. }
                    | LineKind::OrganLine { .. }
                    | LineKind::Meeting
                    | LineKind::DateLine { .. }
                    | LineKind::FootnoteText { .. }
                    | LineKind::Title { .. }
            );
            // An indented line inside a list (`To assist …` under `(c)`,
            // a sub-heading between items) continues the list.
            let continues_list = match line.kind {
                LineKind::Paragraph | LineKind::Heading { annex: false } => {
                    pending_subs
                        .first()
                        .is_some_and(|first| line.indent > first.3)
                        || (line.last_char == Some(':')
                            && line.len < 80
                            && !pending_subs.is_empty())
                }
                _ => false,
            };
            if starts_paragraph && !continues_list {
                model.flush_subs(&mut pending_subs, current_paragraph, &mut list_counter);
                current_paragraph = None;
                owner = index;
            }
            match &line.kind {
                LineKind::Heading { annex: true } => {
                    region += 1;
                    sequence += 1;
                }
                LineKind::Numbered {
                    number,
                    suffix,
                    label,
                } => {
                    model.paragraphs.push(NumberedParagraph {
                        line: index,
                        number: *number,
                        label: *label,
                        region,
                        sequence,
                        suffixed: suffix.is_some(),
                        labelled: line.draft.is_some(),
                        subs: 0..0,
                    });
                    current_paragraph = Some(model.paragraphs.len() - 1);
                }
                LineKind::Sub { letters, label } => {
                    pending_subs.push((index, letters, *label, line.indent));
                }
                _ => {}
            }
            if let LineKind::FootnoteText { number, .. } = line.kind {
                model.footnote_texts.push(number);
                model.footnote_lines.push(index);
            }
            if !line.markers.is_empty() {
                model.marker_lines.push(index);
            }
            if !line.references.is_empty() {
                model.reference_lines.push(index);
            }
            if !line.brackets.is_empty() {
                model.bracket_lines.push(index);
            }
            if !line.former_names.is_empty() {
                model.former_name_lines.push(index);
            }
            model.regions.push(region);
            model.owner_line.push(owner);
        }
        model.flush_subs(&mut pending_subs, current_paragraph, &mut list_counter);
        model.footnote_texts.sort_unstable();
        model.footnote_texts.dedup();
        model.targets.clear();
        model.targets.extend(
            model
                .paragraphs
                .iter()
                .enumerate()
                .filter(|(_, p)| !p.suffixed)
                .map(|(index, p)| (target_key(p.region, p.number), index as u32)),
        );
        // The indices make the keys unique: an unstable sort keeps document
        // order within a number.
        model.targets.sort_unstable();
        *self = model;
    }

    /// Assigns levels and ordinals to the subparagraphs of one paragraph.
    fn flush_subs(
        &mut self,
        pending: &mut Vec<(u32, &str, Span, u32)>,
        paragraph: Option<usize>,
        list_counter: &mut u32,
    ) {
        if pending.is_empty() {
            return;
        }
        let start = self.subs.len();
        // State of the current first-level list and the second-level list
        // inside its current item.
        let mut level1: Option<(SubStyle, u32, u32)> = None; // (style, last ordinal, list id)
        let mut level2: Option<(u32, u32)> = None; // (last ordinal, list id)
        for i in 0..pending.len() {
            let (line, letters, label, _) = pending[i];
            let alpha = alpha_ordinal(letters);
            let roman = roman_ordinal(letters);
            let next_label = pending.get(i + 1).map(|p| p.1);
            let (level, style, ordinal, list);
            let continues_roman = level2.is_some_and(|(last, _)| Some(last + 1) == roman);
            let next_alpha = match level1 {
                Some((SubStyle::Alpha, last, _)) => Some(last + 1),
                None => Some(1),
                _ => None,
            };
            let next_roman_l1 = match level1 {
                Some((SubStyle::Roman, last, _)) => Some(last + 1),
                _ => None,
            };
            let is_next_alpha = alpha.is_some() && alpha == next_alpha;
            // `(i)` right after `(h)` is a letter, unless `(ii)` follows.
            let ambiguous_i = is_next_alpha && roman == Some(1) && next_label == Some("ii");
            if continues_roman && !(is_next_alpha && !ambiguous_i && roman != Some(1)) {
                let id = level2.map_or(0, |l| l.1);
                (level, style, ordinal, list) = (2, SubStyle::Roman, roman.unwrap_or(0), id);
                level2 = Some((ordinal, id));
            } else if is_next_alpha && !ambiguous_i {
                let id = level1.map_or_else(|| new_list(list_counter), |l| l.2);
                (level, style, ordinal, list) = (1, SubStyle::Alpha, alpha.unwrap_or(0), id);
                level1 = Some((style, ordinal, id));
                level2 = None;
            } else if next_roman_l1.is_some() && roman.is_some() {
                let id = level1.map_or(0, |l| l.2);
                (level, style, ordinal, list) = (1, SubStyle::Roman, roman.unwrap_or(0), id);
                level1 = Some((style, ordinal, id));
            } else if (roman == Some(1) || (level2.is_some() && roman.is_some()))
                && matches!(level1, Some((SubStyle::Alpha, ..)))
            {
                // A new second-level list (or a broken one) inside a lettered item.
                let id = level2.map_or_else(|| new_list(list_counter), |l| l.1);
                (level, style, ordinal, list) = (2, SubStyle::Roman, roman.unwrap_or(0), id);
                level2 = Some((ordinal, id));
            } else if roman.is_some() && level1.is_none() && alpha != Some(1) {
                let id = new_list(list_counter);
                (level, style, ordinal, list) = (1, SubStyle::Roman, roman.unwrap_or(0), id);
                level1 = Some((style, ordinal, id));
            } else {
                let id = level1.map_or_else(|| new_list(list_counter), |l| l.2);
                (level, style, ordinal, list) = (1, SubStyle::Alpha, alpha.unwrap_or(0), id);
                level1 = Some((style, ordinal, id));
                level2 = None;
            }
            self.subs.push(SubParagraph {
                line,
                letters: letters.into(),
                label,
                level,
                style,
                ordinal,
                list,
            });
        }
        pending.clear();
        if let Some(p) = paragraph {
            self.paragraphs[p].subs = start..self.subs.len();
        }
    }

    /// The facts line rules may read.
    pub fn context(&self) -> Context {
        Context {
            organ: self.organ,
            own: self.own,
            footnotes: self.footnote_texts.last().copied().unwrap_or(0),
        }
    }

    /// The organ a citation refers to, if it can be known.
    pub fn citation_organ(&self, citation: &Citation) -> Option<Organ> {
        self.context().citation_organ(citation)
    }
}

impl Context {
    /// The organ a citation refers to, if it can be known (see
    /// [`crate::attribution`]).
    pub fn citation_organ(&self, citation: &Citation) -> Option<Organ> {
        crate::attribution::attribute(self, citation, None).organ()
    }

    /// What the resolver concludes about `citation`, with the catalog to
    /// settle ties.
    pub fn attribute(&self, citation: &Citation, catalog: &crate::Catalog) -> Attribution {
        crate::attribution::attribute(self, citation, Some(catalog))
    }
}

/// How a numbered sequence breaks at one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// This one number is wrong; the sequence goes on from `expected`.
    Mistyped,
    /// Numbers `expected ..= found - 1` are missing.
    Gap,
    /// `found` repeats or goes back (`expected` was due).
    Repeat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    pub index: usize,
    pub expected: u32,
    pub found: u32,
    pub kind: BreakKind,
}

/// Finds where a sequence of numbers stops counting 1, 2, 3, …, reporting
/// each break once. With `restart_at_one`, a 1 starts a new sequence.
pub fn sequence_breaks(numbers: &[u32], restart_at_one: bool) -> Vec<Break> {
    let mut breaks = Vec::new();
    let mut previous: Option<u32> = None;
    // Sequences interrupted by a nested list that restarted at 1 (`7. … the
    // following objectives: 1. … 5. …` then `8.`).
    let mut outer: Vec<u32> = Vec::new();
    // Where in `outer` each number that would continue an outer sequence
    // is, in increasing order, so that finding the innermost one does not
    // scan `outer` (a text that restarts at 1 thousands of times made this
    // quadratic).
    let mut continued_by: HashMap<u32, Vec<usize>> = HashMap::new();
    for (index, &found) in numbers.iter().enumerate() {
        let expected = previous.map_or(1, |p| p.saturating_add(1));
        if found == expected {
            previous = Some(found);
            continue;
        }
        if restart_at_one && found == 1 {
            if let Some(p) = previous {
                continued_by
                    .entry(p.saturating_add(1))
                    .or_default()
                    .push(outer.len());
                outer.push(p);
            }
            previous = Some(1);
            continue;
        }
        let innermost = continued_by.get(&found).and_then(|at| at.last().copied());
        if let Some(position) = innermost {
            // Drop that sequence and every one nested in it.
            for p in outer.drain(position..).rev() {
                if let Some(at) = continued_by.get_mut(&p.saturating_add(1)) {
                    at.pop();
                }
            }
            previous = Some(found);
            continue;
        }
        let next = numbers.get(index + 1).copied();
        if next.is_some() && next == expected.checked_add(1) {
            breaks.push(Break {
                index,
                expected,
                found,
                kind: BreakKind::Mistyped,
            });
            previous = Some(expected);
            continue;
        }
        let kind = if found > expected {
            BreakKind::Gap
        } else {
            BreakKind::Repeat
        };
        breaks.push(Break {
            index,
            expected,
            found,
            kind,
        });
        previous = Some(found);
    }
    breaks
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// `sequence_breaks` as it was before the outer sequences were indexed:
    /// the reference it must agree with.
    fn sequence_breaks_by_scanning(numbers: &[u32], restart_at_one: bool) -> Vec<Break> {
        let mut breaks = Vec::new();
        let mut previous: Option<u32> = None;
        let mut outer: Vec<u32> = Vec::new();
        for (index, &found) in numbers.iter().enumerate() {
            let expected = previous.map_or(1, |p| p.saturating_add(1));
            if found == expected {
                previous = Some(found);
                continue;
            }
            if restart_at_one && found == 1 {
                if let Some(p) = previous {
                    outer.push(p);
                }
                previous = Some(1);
                continue;
            }
            if let Some(position) = outer.iter().rposition(|p| p.saturating_add(1) == found) {
                outer.truncate(position);
                previous = Some(found);
                continue;
            }
            let next = numbers.get(index + 1).copied();
            if next.is_some() && next == expected.checked_add(1) {
                breaks.push(Break {
                    index,
                    expected,
                    found,
                    kind: BreakKind::Mistyped,
                });
                previous = Some(expected);
                continue;
            }
            let kind = if found > expected {
                BreakKind::Gap
            } else {
                BreakKind::Repeat
            };
            breaks.push(Break {
                index,
                expected,
                found,
                kind,
            });
            previous = Some(found);
        }
        breaks
    }

    proptest! {
        #[test]
        fn indexed_outer_sequences_change_nothing(
            numbers in prop::collection::vec(prop_oneof![1u32..6, Just(u32::MAX)], 0..40),
            restart_at_one in any::<bool>(),
        ) {
            prop_assert_eq!(
                sequence_breaks(&numbers, restart_at_one),
                sequence_breaks_by_scanning(&numbers, restart_at_one)
            );
        }
    }

    #[test]
    fn many_restarts_at_one_are_not_quadratic() {
        // `1. 3.` a hundred thousand times took minutes when each 3 scanned
        // every list restarted before it.
        let numbers: Vec<u32> = [1, 3].repeat(100_000);
        let breaks = sequence_breaks(&numbers, true);
        assert_eq!(breaks.len(), 100_000);
        assert!(breaks.iter().all(|b| b.expected == 2 && b.found == 3));
    }

    fn kinds(numbers: &[u32]) -> Vec<(usize, u32, BreakKind)> {
        sequence_breaks(numbers, true)
            .into_iter()
            .map(|b| (b.index, b.expected, b.kind))
            .collect()
    }

    #[test]
    fn one_break_per_slip() {
        assert_eq!(kinds(&[1, 2, 3]), vec![]);
        assert_eq!(kinds(&[1, 2, 4]), vec![(2, 3, BreakKind::Gap)]);
        assert_eq!(kinds(&[1, 2, 4, 5]), vec![(2, 3, BreakKind::Gap)]);
        let slipped: Vec<u32> = (1..=14).chain([14, 16]).collect();
        assert_eq!(kinds(&slipped), vec![(14, 15, BreakKind::Mistyped)]);
        assert_eq!(kinds(&[1, 2, 2, 4]), vec![(2, 3, BreakKind::Mistyped)]);
        assert_eq!(kinds(&[1, 2, 2, 3]), vec![(2, 3, BreakKind::Repeat)]);
        assert_eq!(kinds(&[1, 2, 3, 1, 2]), vec![]);
        assert_eq!(kinds(&[2, 3]), vec![(0, 1, BreakKind::Gap)]);
        assert_eq!(kinds(&[6, 7, 1, 2, 3, 8, 9][..]).len(), 1);
        assert_eq!(kinds(&[1, 2, 1, 2, 3, 3, 4]), vec![]);
    }

    #[test]
    fn ordinals() {
        assert_eq!(alpha_ordinal("c"), Some(3));
        assert_eq!(alpha_ordinal("bb"), Some(28));
        assert_eq!(alpha_ordinal("ab"), None);
        assert_eq!(roman_ordinal("iv"), Some(4));
        assert_eq!(sub_label(SubStyle::Alpha, 28), "bb");
        assert_eq!(sub_label(SubStyle::Roman, 9), "ix");
    }
}
