//! The footnote resolver: which candidate digit runs are footnote markers,
//! decided once for the whole document from its own evidence. Every
//! footnote rule, navigation, hover, semantic tokens, selection ranges,
//! inlay hints, `resolute stats`, renumbering, rename and the footnote code
//! actions read its decisions and nothing else.
//!
//! The line parser records each digit run that may hold a marker with the
//! readings it allows and the evidence of its token and position
//! ([`crate::syntax::footnote`]). This pass weighs them against the
//! document:
//!
//! - the footnote texts present, and their numbers: a text counts as cited
//!   only by a marker resolved to it;
//! - the order of first citation: footnotes are numbered in the order they
//!   are first cited, so the next new marker is usually the next number (the
//!   number *due*: one past the highest first cited so far, from the lowest
//!   footnote of the text, 2 in Human Rights Council texts), and the next
//!   certain first citation tells whether a candidate is needed where it
//!   stands;
//! - the names and symbols the text writes whole: `COVID-1914` is COVID-19
//!   and marker 14 where the text also writes `COVID-19`.
//!
//! How each reading is decided, by its [`Sureness`]:
//!
//! - *certain* (`Outcome,1`, `Conference1`, `12 December 199712`, `¹`,
//!   `[^1]`): a marker, with a text or without one (then it is missing);
//! - *glued* (`UNCTAD1`, `(2005)9`, `in 20153`): a first citation of the
//!   footnote due (or of the one after it, when the marker of the one due is
//!   gone) before the next certain first citation, if the footnote has a
//!   text; without a text, only as the footnote due between the footnote
//!   before it and a certain first citation of a later one (the text was
//!   lost, the marker was not);
//! - *split* (`VIII.7441`, `71/20513`, `t6he`, `development”, 11`): the same,
//!   only with a text;
//! - *local* (`Agenda 216`, `5/13 and 5/64`): only as the footnote due, with
//!   a text that no certain marker cites, when the candidates from it count
//!   up to the next certain first citation and the next one stands right
//!   after it on its line: a list of cited documents, each with its marker.
//!   (Or, split off a name the text writes whole, as a split one.)
//!
//! A candidate is never taken for a second citation of a footnote: only the
//! order says where a marker is due. Anything not decided a marker is none:
//! it raises nothing and cites nothing, so it no longer hides an unused
//! footnote.
//!
//! Footnote numbering is per resolution: a new scope begins where a
//! resolution begins (its adoption line, title or Council header) after
//! footnote texts, so that several resolutions in one file each number their
//! own. A line that reads like a footnote text but is indented as the export
//! indents paragraphs, with a paragraph after it (`<TAB>11 Condemns …`, a
//! paragraph whose number lost its full stop), is no footnote text.
//!
//! The resolver reads only the footnote labels, the candidates (not their
//! columns), where resolutions begin and, where such indented lines exist,
//! which lines are paragraphs. The document keeps it across edits that
//! change none of these ([`Footnotes::same_for_footnotes`]), moves it across
//! edits of lines that are nothing to it ([`Footnotes::neutral`]), and
//! otherwise resolves again only the resolutions an edit touches
//! ([`Footnotes::rebuild_after`]).

use crate::gap::GapVec;
use crate::syntax::{LineKind, LineSyntax, Lines, Marker, Span, Sureness};

/// A marker the resolver accepted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FootnoteMarker {
    /// Its line, counted from its scope's first ([`Footnotes::marker_line`]
    /// gives the document's): a line typed or deleted before its scope
    /// moves the scope alone.
    offset: u32,
    /// The reading, as an index into the line's [`LineSyntax::markers`].
    pub reading: u32,
    pub number: u32,
    /// The footnote scope (index into [`Footnotes::scopes`]).
    pub scope: u32,
    /// Whether it is the footnote's first citation.
    pub first: bool,
}

/// A footnote text (`1 Resolution 60/1.`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FootnoteText {
    /// Its line, counted from its scope's first ([`Footnotes::text_line`]
    /// gives the document's).
    offset: u32,
    pub number: u32,
    pub scope: u32,
    /// Whether an earlier text of the scope has the same number.
    pub duplicate: bool,
}

/// The lines numbering their footnotes together: one resolution.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scope {
    pub lines: std::ops::Range<u32>,
    /// Its markers, as a range of [`Footnotes::markers`].
    pub markers: std::ops::Range<u32>,
    /// Its texts, as a range of [`Footnotes::texts`].
    pub texts: std::ops::Range<u32>,
    /// How many of its texts, and of its lines that read like footnote
    /// texts but are not ([`Footnotes::not_texts`]), are indented.
    pub indented: u32,
}

/// A footnote cited before the one due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OrderBreak {
    /// Index into [`Footnotes::markers`].
    pub marker: u32,
    /// The number it should have.
    pub expected: u32,
}

/// New footnote numbers ([`Footnotes::renumbering`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NewNumbers {
    /// (old number, new number) for each footnote cited, in the order of
    /// first citation.
    pub cited: Vec<(u32, u32)>,
    /// (index into [`Footnotes::texts`], new number) for each text that
    /// repeats an earlier one's number.
    pub duplicates: Vec<(u32, u32)>,
}

/// The footnotes of a document.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Footnotes {
    pub scopes: Vec<Scope>,
    /// Every accepted marker, in document order. (A gap buffer: an edit
    /// puts the markers of the scopes it touches in place of the old ones
    /// where the last one did, moving none after them; the gap stays
    /// between two scopes, so that each scope's markers are one slice.)
    pub markers: GapVec<FootnoteMarker>,
    /// Every footnote text, in document order (a gap buffer likewise).
    pub texts: GapVec<FootnoteText>,
    /// Markers whose footnote has no text (indices into `markers`).
    pub missing: Vec<u32>,
    /// Texts no marker cites (indices into `texts`; duplicates excluded).
    pub unused: Vec<u32>,
    /// Texts whose number an earlier text of the scope has (indices into
    /// `texts`).
    pub duplicates: Vec<u32>,
    /// Lines that read like footnote texts but are not: indented, with a
    /// paragraph after them (`<TAB>11 Condemns …`, a paragraph whose number
    /// lost its full stop in the export), in order.
    pub not_texts: Vec<u32>,
    /// Footnotes first cited before the one due.
    pub order: Vec<OrderBreak>,
    /// How many lines read like footnote texts but are indented (where any
    /// does, whether a line is a paragraph matters, see
    /// [`Footnotes::neutral`]): the sum of the scopes' [`Scope::indented`].
    indented: u32,
    /// The memory of the last build, reused by the next.
    scratch: Scratch,
}

/// A set of footnote numbers: a bitmap for the small numbers footnotes
/// have, a sorted list for the rest.
#[derive(Debug, Default)]
struct Numbers {
    small: Vec<bool>,
    large: Vec<u32>,
}

impl Numbers {
    const SMALL: u32 = 1 << 12;

    fn clear(&mut self) {
        self.small.clear();
        self.large.clear();
    }

    fn insert(&mut self, n: u32) {
        if n < Self::SMALL {
            if self.small.len() <= n as usize {
                self.small.resize(n as usize + 1, false);
            }
            self.small[n as usize] = true;
        } else if let Err(at) = self.large.binary_search(&n) {
            self.large.insert(at, n);
        }
    }

    fn contains(&self, n: u32) -> bool {
        if n < Self::SMALL {
            self.small.get(n as usize).copied().unwrap_or(false)
        } else {
            self.large.binary_search(&n).is_ok()
        }
    }
}

/// One candidate: the readings `readings` of line `line`.
#[derive(Debug, Clone)]
struct Run {
    line: u32,
    readings: std::ops::Range<u32>,
    /// The certain reading's number, if it has one.
    certain: Option<u32>,
    /// The index (in `readings`) of the certain reading.
    certain_at: u32,
    /// The token of the run ([`Marker::token`]).
    token: u32,
    /// On a line that reads like a footnote text: a candidate only if the
    /// line is none.
    on_text: bool,
}

/// Whether a line of this kind begins a resolution (and so, after footnote
/// texts, a new footnote scope).
fn begins_resolution(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::AdoptionLine { .. } | LineKind::ScHeader { .. } | LineKind::Title { .. }
    )
}

/// Whether a line is a paragraph of the body (after which no footnote text
/// of the export stands).
fn is_body(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::Numbered { .. } | LineKind::Sub { .. } | LineKind::Paragraph
    )
}

/// A line that reads like a footnote text but is indented as the export
/// indents paragraphs (`<TAB>11 Condemns …`, a paragraph whose number lost
/// its full stop): a footnote text only if no paragraph follows it.
fn indented_text(line: &LineSyntax) -> bool {
    line.indent > 0 && matches!(line.kind, LineKind::FootnoteText { .. })
}

/// How the candidates after one count up ([`counts_up`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Count {
    /// Up to the certain first citation.
    Reached,
    /// The next candidate does not go on counting, or is on another line.
    NotAdjacent,
    /// The numbers stop before the certain first citation: from any later
    /// candidate too.
    NotReached,
}

/// Whether the runs after run `r` hold readings `n + 1`, `n + 2`, … in
/// order up to the certain first citation of `m`, the first of them (or
/// `m`) in the very next run, on the same line: the candidates are then a
/// list of markers. Fills `chain` with the runs and numbers after `r` that
/// count.
fn counts_up(
    runs: &[Run],
    lines: &Lines,
    r: usize,
    n: u32,
    m: u32,
    chain: &mut Vec<(usize, u32)>,
) -> Count {
    chain.clear();
    if runs.get(r + 1).is_none_or(|next| next.line != runs[r].line) {
        return Count::NotAdjacent;
    }
    let mut expected = n.saturating_add(1);
    for (i, run) in runs.iter().enumerate().skip(r + 1) {
        if run.certain == Some(m) {
            return if expected == m {
                Count::Reached
            } else {
                Count::NotReached
            };
        }
        let step = expected < m
            && lines[run.line as usize].markers()
                [run.readings.start as usize..run.readings.end as usize]
                .iter()
                .any(|x| x.number == expected && x.kind.sureness() != Sureness::Certain);
        if step {
            chain.push((i, expected));
            expected = expected.saturating_add(1);
        } else if i == r + 1 {
            return Count::NotAdjacent;
        }
    }
    Count::NotReached
}

/// What the resolver reads of a line's readings.
fn same_readings(a: &[Marker], b: &[Marker]) -> bool {
    a.len() == b.len()
        && a.iter().zip(b).all(|(x, y)| {
            x.number == y.number
                && x.kind == y.kind
                && x.run == y.run
                && x.name == y.name
                && x.token == y.token
        })
}

/// The work space of one build, kept to reuse its memory. It is not part
/// of what the footnotes are: any two compare equal, and a clone starts
/// empty.
#[derive(Debug, Default)]
struct Scratch {
    runs: Vec<Run>,
    has_text: Numbers,
    cited: Numbers,
    seen: Numbers,
    /// Runs whose certain reading first cites a footnote with a text.
    certain_firsts: Vec<u32>,
    /// The names and symbols the scope writes whole ([`Marker::token`]),
    /// sorted.
    names: Vec<u32>,
    /// The numbers of the cited texts, sorted.
    numbers: Vec<u32>,
}

impl Clone for Scratch {
    fn clone(&self) -> Scratch {
        Scratch::default()
    }
}

impl PartialEq for Scratch {
    fn eq(&self, _: &Scratch) -> bool {
        true
    }
}

impl Eq for Scratch {}

impl Footnotes {
    pub fn build(lines: &Lines) -> Footnotes {
        let mut footnotes = Footnotes::default();
        footnotes.rebuild(lines);
        footnotes
    }

    /// Whether the footnotes may differ for a line of syntax `a` and one of
    /// syntax `b` at the same place: the resolver reads only these parts of
    /// a line (not the columns of its candidates). Whoever makes
    /// [`Footnotes::rebuild`] read more of a line adds it here.
    pub fn same_for_footnotes(a: &LineSyntax, b: &LineSyntax) -> bool {
        let label = |l: &LineSyntax| match l.kind {
            LineKind::FootnoteText { number, .. } => Some(number),
            _ => None,
        };
        label(a) == label(b)
            && begins_resolution(&a.kind) == begins_resolution(&b.kind)
            && is_body(&a.kind) == is_body(&b.kind)
            && (a.indent > 0) == (b.indent > 0)
            && same_readings(a.markers(), b.markers())
    }

    /// Resolves the footnotes of `lines` again, in place.
    pub fn rebuild(&mut self, lines: &Lines) {
        self.clear();
        self.resolve(lines, 0..lines.len() as u32);
        self.indented = self.scopes.iter().map(|s| s.indented).sum();
    }

    /// Empties these footnotes, keeping their memory (the lists' and the
    /// scratch's).
    fn clear(&mut self) {
        self.scopes.clear();
        self.markers.clear();
        self.texts.clear();
        self.missing.clear();
        self.unused.clear();
        self.duplicates.clear();
        self.not_texts.clear();
        self.order.clear();
        self.indented = 0;
    }

    /// Resolves the footnotes of `lines` again after an edit that replaced
    /// `removed` lines from line `first` by `added` lines: the resolutions
    /// (scopes) the edit touches are resolved again, the others only move.
    /// The same as [`Footnotes::rebuild`], for less work in a text of many
    /// resolutions. Returns the lines of the scopes resolved again where
    /// the footnotes changed (an edit that only changes the candidates of a
    /// digit run nobody reads as a marker, `51/22` typed `51/221`, leaves
    /// them as they were), every line where they were resolved throughout:
    /// where no line was added or removed, the other scopes are as they
    /// were, and so is what the footnote rules find on their lines (each
    /// reads, for a finding on a scope's line, that scope's footnotes).
    pub fn rebuild_after(
        &mut self,
        lines: &Lines,
        first: u32,
        removed: u32,
        added: u32,
    ) -> Option<std::ops::Range<u32>> {
        let delta = i64::from(added) - i64::from(removed);
        let old_len = (lines.len() as i64 - delta) as u32;
        let last_old = (first + removed).min(old_len).saturating_sub(1).max(first);
        if self.scopes.is_empty() || first >= old_len {
            self.rebuild(lines);
            return Some(0..lines.len() as u32);
        }
        // The scopes from the one holding the line before the edit (its
        // first line, which the edit leaves, starts it as before) to the one
        // holding its last line, resolved again apart (their indices from
        // zero) and put in place of the old ones; those after them move.
        let a = self.scope_of(first.saturating_sub(1)) as usize;
        let mut b = self.scope_of(last_old) as usize;
        let mut part = Footnotes {
            scratch: std::mem::take(&mut self.scratch),
            ..Footnotes::default()
        };
        let mut read;
        loop {
            let start = self.scopes[a].lines.start;
            let end = (i64::from(self.scopes[b].lines.end) + delta) as u32;
            read = start..end;
            part.clear();
            part.resolve(lines, read.clone());
            // A resolution with no footnote text runs on into the next one.
            let open = part.scopes.last().is_some_and(|s| s.texts.is_empty());
            if open && b + 1 < self.scopes.len() {
                b += 1;
                continue;
            }
            break;
        }
        self.scratch = std::mem::take(&mut part.scratch);
        self.put_in_place(part, a..b + 1, delta).then_some(read)
    }

    /// Puts `part`, the footnotes of the lines of scopes `old` read again
    /// (its indices from zero, its lines those of the text now), in place
    /// of those scopes, and moves what follows them: their lines by
    /// `delta`, their indices by the change in the number of scopes,
    /// markers and texts. Returns whether the footnotes changed.
    fn put_in_place(&mut self, part: Footnotes, old: std::ops::Range<usize>, delta: i64) -> bool {
        let (first, last) = (&self.scopes[old.start], &self.scopes[old.end - 1]);
        let markers = first.markers.start..last.markers.end;
        let texts = first.texts.start..last.texts.end;
        let lines = first.lines.start..last.lines.end;
        let (m0, t0, s0) = (markers.start, texts.start, old.start as u32);
        // Of the lists of indices, the stretch that the old scopes hold.
        let within = |list: &[u32], range: &std::ops::Range<u32>| {
            list.partition_point(|&i| i < range.start)..list.partition_point(|&i| i < range.end)
        };
        let missing = within(&self.missing, &markers);
        let unused = within(&self.unused, &texts);
        let duplicates = within(&self.duplicates, &texts);
        let not_texts = within(&self.not_texts, &lines);
        let order = self.order.partition_point(|o| o.marker < markers.start)
            ..self.order.partition_point(|o| o.marker < markers.end);
        let scope = |s: &Scope| Scope {
            lines: s.lines.clone(),
            markers: s.markers.start + m0..s.markers.end + m0,
            texts: s.texts.start + t0..s.texts.end + t0,
            indented: s.indented,
        };
        let marker = |m: &FootnoteMarker| FootnoteMarker {
            scope: m.scope + s0,
            ..*m
        };
        let text = |t: &FootnoteText| FootnoteText {
            scope: t.scope + s0,
            ..*t
        };
        let order_break = |o: &OrderBreak| OrderBreak {
            marker: o.marker + m0,
            ..*o
        };
        let plus = |base: u32| move |&i: &u32| i + base;
        let (old_markers, old_texts) = (
            markers.start as usize..markers.end as usize,
            texts.start as usize..texts.end as usize,
        );
        let same = delta == 0
            && self.scopes[old.clone()]
                .iter()
                .cloned()
                .eq(part.scopes.iter().map(scope))
            && (self.markers.range(old_markers).copied()).eq(part.markers.iter().map(marker))
            && (self.texts.range(old_texts).copied()).eq(part.texts.iter().map(text))
            && self.missing[missing.clone()]
                .iter()
                .copied()
                .eq(part.missing.iter().map(plus(m0)))
            && self.unused[unused.clone()]
                .iter()
                .copied()
                .eq(part.unused.iter().map(plus(t0)))
            && self.duplicates[duplicates.clone()]
                .iter()
                .copied()
                .eq(part.duplicates.iter().map(plus(t0)))
            && self.not_texts[not_texts.clone()] == part.not_texts[..]
            && self.order[order.clone()]
                .iter()
                .copied()
                .eq(part.order.iter().map(order_break));
        if same {
            return false;
        }
        let moved = |count: usize, now: usize| now as i64 - count as i64;
        let dm = moved(markers.len(), part.markers.len());
        let dt = moved(texts.len(), part.texts.len());
        let ds = moved(old.len(), part.scopes.len());
        let by = |i: &mut u32, d: i64| *i = (i64::from(*i) + d) as u32;
        self.indented = self.indented
            - self.scopes[old.clone()]
                .iter()
                .map(|s| s.indented)
                .sum::<u32>()
            + part.scopes.iter().map(|s| s.indented).sum::<u32>();
        // What follows, at its old indices, then the part in place.
        if delta != 0 || dm != 0 || dt != 0 {
            for s in &mut self.scopes[old.end..] {
                by(&mut s.lines.start, delta);
                by(&mut s.lines.end, delta);
                by(&mut s.markers.start, dm);
                by(&mut s.markers.end, dm);
                by(&mut s.texts.start, dt);
                by(&mut s.texts.end, dt);
            }
        }
        // (Each field apart, and only where it moves: a line typed or
        // deleted moves the scopes' lines alone, the markers' and texts'
        // being counted from their scope's.)
        if ds != 0 {
            let after = self
                .markers
                .slices_mut(markers.end as usize..self.markers.len());
            for m in after.0.iter_mut().chain(after.1) {
                by(&mut m.scope, ds);
            }
            let after = self.texts.slices_mut(texts.end as usize..self.texts.len());
            for t in after.0.iter_mut().chain(after.1) {
                by(&mut t.scope, ds);
            }
        }
        if dm != 0 {
            for i in &mut self.missing[missing.end..] {
                by(i, dm);
            }
            for o in &mut self.order[order.end..] {
                by(&mut o.marker, dm);
            }
        }
        if dt != 0 {
            for i in &mut self.unused[unused.end..] {
                by(i, dt);
            }
            for i in &mut self.duplicates[duplicates.end..] {
                by(i, dt);
            }
        }
        if delta != 0 {
            for l in &mut self.not_texts[not_texts.end..] {
                by(l, delta);
            }
        }
        self.scopes.splice(old, part.scopes.iter().map(scope));
        self.markers.splice(
            markers.start as usize..markers.end as usize,
            part.markers.iter().map(marker),
        );
        self.texts.splice(
            texts.start as usize..texts.end as usize,
            part.texts.iter().map(text),
        );
        self.missing
            .splice(missing, part.missing.iter().map(plus(m0)));
        self.unused.splice(unused, part.unused.iter().map(plus(t0)));
        self.duplicates
            .splice(duplicates, part.duplicates.iter().map(plus(t0)));
        self.not_texts
            .splice(not_texts, part.not_texts.iter().copied());
        self.order.splice(order, part.order.iter().map(order_break));
        true
    }

    /// Resolves the lines `range` (from the start of a scope to the end of
    /// one, or of the text), appending their scopes.
    fn resolve(&mut self, lines: &Lines, range: std::ops::Range<u32>) {
        let mut scratch = std::mem::take(&mut self.scratch);
        scratch.runs.clear();
        let mut scope_start = range.start;
        // Indented lines of the scope taken for texts so far.
        let mut indented = 0usize;
        for index in range.clone() {
            let line = &lines[index as usize];
            // Most lines: a paragraph with no candidate.
            if line.markers().is_empty()
                && (indented == 0 || !is_body(&line.kind))
                && !matches!(
                    line.kind,
                    LineKind::FootnoteText { .. }
                        | LineKind::AdoptionLine { .. }
                        | LineKind::ScHeader { .. }
                        | LineKind::Title { .. }
                )
            {
                continue;
            }
            let scope_has_texts = self.texts.len() > self.open_scope_texts();
            if scope_has_texts && begins_resolution(&line.kind) {
                self.close_scope(lines, scope_start..index, &mut scratch);
                scope_start = index;
                indented = 0;
            }
            if indented > 0 && is_body(&line.kind) {
                let start = self.open_scope_texts();
                let not_texts = &mut self.not_texts;
                let mut position = 0;
                self.texts.retain(|text| {
                    position += 1;
                    // (The open scope's texts, after `start`, counted from
                    // its first line.)
                    let line = || scope_start + text.offset;
                    let keep = position <= start || !indented_text(&lines[line() as usize]);
                    if !keep {
                        not_texts.push(line());
                    }
                    keep
                });
                indented = 0;
            }
            if let LineKind::FootnoteText { number, .. } = line.kind {
                indented += usize::from(indented_text(line));
                self.texts.push(FootnoteText {
                    offset: index - scope_start,
                    number,
                    scope: self.scopes.len() as u32,
                    duplicate: false,
                });
            }
            let markers = &line.markers();
            let mut at = 0;
            while at < markers.len() {
                let run = markers[at].run;
                let mut end = at + 1;
                while end < markers.len() && markers[end].run == run {
                    end += 1;
                }
                let certain_at = markers[at..end]
                    .iter()
                    .position(|m| m.kind.sureness() == Sureness::Certain);
                scratch.runs.push(Run {
                    line: index,
                    readings: at as u32..end as u32,
                    certain: certain_at.map(|i| markers[at + i].number),
                    certain_at: certain_at.unwrap_or(0) as u32,
                    token: markers[at].token,
                    on_text: matches!(line.kind, LineKind::FootnoteText { .. }),
                });
                at = end;
            }
        }
        self.close_scope(lines, scope_start..range.end, &mut scratch);
        self.scratch = scratch;
    }

    /// Whether a line is nothing to the resolver: no candidate, no footnote
    /// text, no start of a resolution, and no paragraph where an indented
    /// line reads like a footnote text. Replacing such lines by such lines
    /// changes no decision, only the line numbers after them
    /// ([`Footnotes::shift`]).
    pub fn neutral(&self, line: &LineSyntax) -> bool {
        line.markers().is_empty()
            && !matches!(line.kind, LineKind::FootnoteText { .. })
            && !begins_resolution(&line.kind)
            && (self.indented == 0 || !is_body(&line.kind))
    }

    /// Follows an edit that replaced `removed` neutral lines from line
    /// `first` by `added` neutral ones: the lines after them move.
    pub fn shift(&mut self, first: u32, removed: u32, added: u32) {
        let after = first + removed;
        let moved = |line: u32| {
            if line >= after {
                line - removed + added
            } else {
                line
            }
        };
        // The markers and texts after the edit in a scope that starts
        // before it move within their scope (the others move with theirs).
        let from = self.scopes.partition_point(|s| s.lines.end <= first);
        for s in from..self.scopes.len() {
            let Scope {
                lines,
                markers,
                texts,
                ..
            } = &self.scopes[s];
            if lines.start >= after {
                break;
            }
            let start = lines.start;
            for m in self
                .markers
                .contiguous_mut(markers.start as usize..markers.end as usize)
            {
                m.offset = moved(start + m.offset) - start;
            }
            for t in self
                .texts
                .contiguous_mut(texts.start as usize..texts.end as usize)
            {
                t.offset = moved(start + t.offset) - start;
            }
        }
        for line in &mut self.not_texts {
            *line = moved(*line);
        }
        for scope in &mut self.scopes {
            scope.lines = moved(scope.lines.start)..moved(scope.lines.end);
        }
    }

    /// The texts from index `start` on (those of the scope being built:
    /// the gap is after them).
    fn texts_from(&self, start: usize) -> &[FootnoteText] {
        self.texts.contiguous(start..self.texts.len())
    }

    /// The index of the first text of the scope being built.
    fn open_scope_texts(&self) -> usize {
        self.scopes.last().map_or(0, |s| s.texts.end as usize)
    }

    /// Decides the candidates of one scope (collected in `scratch.runs`)
    /// and records its findings.
    fn close_scope(&mut self, lines: &Lines, range: std::ops::Range<u32>, scratch: &mut Scratch) {
        let scope = self.scopes.len() as u32;
        let texts_start = self.open_scope_texts();
        let markers_start = self.markers.len();
        let Scratch {
            runs,
            has_text,
            cited,
            seen,
            certain_firsts,
            names,
            numbers,
        } = scratch;
        // Candidates on lines that are footnote texts after all are none.
        let not_texts = &self.not_texts;
        runs.retain(|run| !run.on_text || not_texts.binary_search(&run.line).is_ok());
        has_text.clear();
        cited.clear();
        // Texts, and the later ones that repeat a number.
        let mut lowest = u32::MAX;
        let texts_end = self.texts.len();
        let texts = self.texts.contiguous_mut(texts_start..texts_end);
        for (i, text) in texts.iter_mut().enumerate() {
            if has_text.contains(text.number) {
                text.duplicate = true;
                self.duplicates.push((texts_start + i) as u32);
            } else {
                has_text.insert(text.number);
            }
            lowest = lowest.min(text.number);
        }
        // The certain first citations of footnotes with a text, in order;
        // `seen` holds every number a certain marker cites.
        seen.clear();
        certain_firsts.clear();
        for (r, run) in runs.iter().enumerate() {
            if let Some(n) = run.certain {
                lowest = lowest.min(n);
                if !seen.contains(n) {
                    seen.insert(n);
                    if has_text.contains(n) {
                        certain_firsts.push(r as u32);
                    }
                }
            }
        }
        let base = if lowest == u32::MAX { 1 } else { lowest.max(1) };
        // The names the scope writes whole, gathered when first needed.
        names.clear();
        let mut named_ready = false;
        let mut highest = base - 1;
        // The runs (and numbers) of a list of candidates found to count up
        // to a certain first citation.
        let mut chain: Vec<(usize, u32)> = Vec::new();
        // The last (footnote due, next certain first citation) whose numbers
        // were found to stop before it.
        let mut failed: Option<(u32, u32)> = None;
        let mut next_certain = 0usize;
        for (r, run) in runs.iter().enumerate() {
            let due = highest.saturating_add(1);
            let accepted = match run.certain {
                Some(n) => Some((run.certain_at as usize, n)),
                None => {
                    let readings = &lines[run.line as usize].markers()
                        [run.readings.start as usize..run.readings.end as usize];
                    // The next certain first citation not yet cited.
                    while let Some(&c) = certain_firsts.get(next_certain) {
                        let n = runs[c as usize].certain.unwrap_or(0);
                        if (c as usize) <= r || cited.contains(n) {
                            next_certain += 1;
                        } else {
                            break;
                        }
                    }
                    let next = certain_firsts.get(next_certain).map(|&c| {
                        let run = &runs[c as usize];
                        (run.certain.unwrap_or(0), run.line)
                    });
                    let next_number = next.map(|(n, _)| n);
                    readings.iter().enumerate().find_map(|(i, m)| {
                        let n = m.number;
                        let text = has_text.contains(n);
                        // Split off a name the text writes whole elsewhere
                        // (`COVID-1914` where `COVID-19` is written).
                        let named = m.name != 0 && m.kind.sureness() == Sureness::Local && {
                            if !named_ready {
                                names.extend(runs.iter().map(|r| r.token).filter(|t| *t != 0));
                                names.sort_unstable();
                                names.dedup();
                                named_ready = true;
                            }
                            names.binary_search(&m.name).is_ok()
                        };
                        let sureness = match m.kind.sureness() {
                            Sureness::Local if named => Sureness::Split,
                            other => other,
                        };
                        // Only a first citation: the order says where a
                        // marker is due, nothing says where one is cited
                        // again (`recommendation (2022)17` after footnote
                        // 17 is a name).
                        let ok = if cited.contains(n) {
                            false
                        } else {
                            match sureness {
                                Sureness::Certain => true,
                                // The footnote due, or the one after it when
                                // that one's marker is gone, before the next
                                // certain first citation.
                                Sureness::Glued | Sureness::Split if text => {
                                    (n == due && next_number != Some(n))
                                        || (n == due.saturating_add(1)
                                            && next_number.is_some_and(|m| n < m))
                                }
                                // Its text lost: between the footnote before
                                // it and a certain first citation of a later
                                // one.
                                Sureness::Glued => n == due && next_number.is_some_and(|m| m > n),
                                Sureness::Split => false,
                                // In a list of markers: the candidates from
                                // it count up to the next certain first
                                // citation, the next one right after it on
                                // its line; and no certain marker cites it
                                // anywhere.
                                Sureness::Local => {
                                    text && n == due
                                        && !seen.contains(n)
                                        && (chain.iter().any(|&(c, number)| c == r && number == n)
                                            || next.is_some_and(|(m, _)| {
                                                failed != Some((n, m))
                                                    && match counts_up(
                                                        runs, lines, r, n, m, &mut chain,
                                                    ) {
                                                        Count::Reached => true,
                                                        Count::NotAdjacent => false,
                                                        Count::NotReached => {
                                                            failed = Some((n, m));
                                                            false
                                                        }
                                                    }
                                            }))
                                }
                            }
                        };
                        ok.then_some((i, n))
                    })
                }
            };
            let Some((i, n)) = accepted else { continue };
            let first = !cited.contains(n);
            cited.insert(n);
            if first && n > highest && (has_text.contains(n) || n == due) {
                highest = n;
            }
            if !has_text.contains(n) {
                self.missing.push(self.markers.len() as u32);
            }
            self.markers.push(FootnoteMarker {
                offset: run.line - range.start,
                reading: run.readings.start + i as u32,
                number: n,
                scope,
                first,
            });
        }
        runs.clear();
        let texts = self.texts.contiguous(texts_start..self.texts.len());
        for (i, text) in texts.iter().enumerate() {
            if !text.duplicate && !cited.contains(text.number) {
                self.unused.push((texts_start + i) as u32);
            }
        }
        self.order_breaks(markers_start, texts_start, numbers, has_text, cited, seen);
        // (The lines that read like footnote texts but are not, of this
        // scope, are all known once it closes: only its own texts are
        // taken back.)
        let not_texts = &self.not_texts[self.not_texts.partition_point(|&l| l < range.start)..];
        let indented = (self.texts_from(texts_start).iter())
            .map(|t| range.start + t.offset)
            .chain(not_texts.iter().copied().take_while(|&l| l < range.end))
            .filter(|&l| lines.get(l as usize).is_some_and(|l| indented_text(l)))
            .count() as u32;
        self.scopes.push(Scope {
            lines: range,
            markers: markers_start as u32..self.markers.len() as u32,
            texts: texts_start as u32..self.texts.len() as u32,
            indented,
        });
    }

    /// Footnotes not numbered in the order of their first citation: one
    /// break per slip. Only footnotes with a text that a marker cites count
    /// (an uncited text is unused, a marker without text missing), so Human
    /// Rights Council texts, whose footnote 1 goes with the title, start at
    /// 2 without a break.
    fn order_breaks(
        &mut self,
        markers_start: usize,
        texts_start: usize,
        numbers: &mut Vec<u32>,
        has_text: &Numbers,
        cited: &Numbers,
        seen: &mut Numbers,
    ) {
        numbers.clear();
        numbers.extend(
            (self.texts_from(texts_start).iter())
                .filter(|t| !t.duplicate && cited.contains(t.number))
                .map(|t| t.number),
        );
        if numbers.is_empty() {
            return;
        }
        // Texts are in order of their numbers, unless shuffled.
        if !numbers.is_sorted() {
            numbers.sort_unstable();
        }
        let next_due = |highest: u32| {
            numbers
                .get(numbers.partition_point(|t| *t <= highest))
                .copied()
                .unwrap_or(highest.saturating_add(1))
        };
        seen.clear();
        let mut highest = numbers[0] - 1;
        let mut due = next_due(highest);
        for index in markers_start..self.markers.len() {
            let marker = self.markers[index];
            let n = marker.number;
            if !marker.first || seen.contains(n) || !has_text.contains(n) {
                continue;
            }
            if n > due {
                self.order.push(OrderBreak {
                    marker: index as u32,
                    expected: due,
                });
                // The skipped numbers are part of this one break.
                for skipped in due..n {
                    seen.insert(skipped);
                }
            }
            seen.insert(n);
            if n > highest {
                highest = n;
                due = next_due(highest);
            }
        }
    }

    /// The span of an accepted marker.
    pub fn span(&self, lines: &Lines, marker: &FootnoteMarker) -> Span {
        lines
            .get(self.marker_line(marker) as usize)
            .and_then(|l| l.markers().get(marker.reading as usize))
            .map_or(Span::default(), |m| m.span)
    }

    /// The accepted markers of line `line`.
    pub fn markers_on(&self, line: u32) -> &[FootnoteMarker] {
        let Some(scope) = self.scopes.get(self.scope_of(line) as usize) else {
            return &[];
        };
        let Some(offset) = line.checked_sub(scope.lines.start) else {
            return &[];
        };
        let markers =
            (self.markers).contiguous(scope.markers.start as usize..scope.markers.end as usize);
        let start = markers.partition_point(|m| m.offset < offset);
        let end = markers.partition_point(|m| m.offset <= offset);
        &markers[start..end]
    }

    /// The line of an accepted marker, in the document.
    pub fn marker_line(&self, marker: &FootnoteMarker) -> u32 {
        self.scopes[marker.scope as usize].lines.start + marker.offset
    }

    /// The line of a footnote text, in the document.
    pub fn text_line(&self, text: &FootnoteText) -> u32 {
        self.scopes[text.scope as usize].lines.start + text.offset
    }

    /// The scope line `line` belongs to.
    pub fn scope_of(&self, line: u32) -> u32 {
        let after = self.scopes.partition_point(|s| s.lines.start <= line);
        after.saturating_sub(1) as u32
    }

    /// The texts of scope `scope`.
    pub fn texts_of(&self, scope: u32) -> &[FootnoteText] {
        match self.scopes.get(scope as usize) {
            Some(s) => self
                .texts
                .contiguous(s.texts.start as usize..s.texts.end as usize),
            None => &[],
        }
    }

    /// The accepted markers of scope `scope`.
    pub fn scope_markers(&self, scope: u32) -> &[FootnoteMarker] {
        match self.scopes.get(scope as usize) {
            Some(s) => (self.markers).contiguous(s.markers.start as usize..s.markers.end as usize),
            None => &[],
        }
    }

    /// The text of footnote `number` in scope `scope` (the first, if two
    /// have its number).
    pub fn text_of(&self, scope: u32, number: u32) -> Option<&FootnoteText> {
        self.texts_of(scope)
            .iter()
            .find(|t| t.number == number && !t.duplicate)
    }

    /// Whether footnote `number` of scope `scope` has a text or a marker.
    pub fn is_used(&self, scope: u32, number: u32) -> bool {
        self.texts_of(scope).iter().any(|t| t.number == number)
            || self.scope_markers(scope).iter().any(|m| m.number == number)
    }

    /// The accepted marker whose span holds column `col` of line `line`
    /// (or ends there, if none holds it).
    pub fn marker_at(&self, lines: &Lines, line: u32, col: u32) -> Option<&FootnoteMarker> {
        let on_line = self.markers_on(line);
        on_line
            .iter()
            .find(|m| {
                let span = self.span(lines, m);
                span.start <= col && col < span.end
            })
            .or_else(|| on_line.iter().find(|m| self.span(lines, m).end == col))
    }

    /// New numbers for the footnotes of scope `scope`, in the order of their
    /// first citation: the `k`-th footnote cited gets the `k`-th smallest
    /// number cited, so the numbers in use stay the same (a text numbered
    /// from 2 keeps 2). Texts no marker cites keep their numbers; a text
    /// repeating an earlier one's number gets a new one after all others.
    pub fn renumbering(&self, scope: u32) -> NewNumbers {
        let order: Vec<u32> = self
            .scope_markers(scope)
            .iter()
            .filter(|m| m.first)
            .map(|m| m.number)
            .collect();
        let mut sorted = order.clone();
        sorted.sort_unstable();
        let cited: Vec<(u32, u32)> = order.into_iter().zip(sorted).collect();
        let highest = self
            .texts_of(scope)
            .iter()
            .map(|t| t.number)
            .chain(cited.iter().map(|c| c.0))
            .max()
            .unwrap_or(0);
        let start = self.scopes.get(scope as usize).map_or(0, |s| s.texts.start);
        let duplicates: Vec<(u32, u32)> = self
            .texts_of(scope)
            .iter()
            .enumerate()
            .filter(|(_, t)| t.duplicate)
            .enumerate()
            .map(|(k, (i, _))| (start + i as u32, highest.saturating_add(k as u32 + 1)))
            .collect();
        NewNumbers { cited, duplicates }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    /// The accepted markers as (1-based line, number), and the findings.
    fn resolve(text: &str) -> (Vec<(u32, u32)>, Footnotes) {
        let document = Document::new(text);
        let footnotes = Footnotes::build(document.lines());
        let markers = footnotes
            .markers
            .iter()
            .map(|m| (footnotes.marker_line(m) + 1, m.number))
            .collect();
        (markers, footnotes)
    }

    #[test]
    fn a_name_ending_in_digits_gives_up_its_last_digit_when_that_footnote_is_due() {
        let text = "\tReaffirming the Rio Declaration5 and Agenda 216 and the Plan of the Summit,7\n\tRecalling Agenda 21 and Goal 16,\n5 A.\n6 B.\n7 C.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 5), (1, 6), (1, 7)]);
        assert!(footnotes.order.is_empty() && footnotes.unused.is_empty());
    }

    #[test]
    fn a_report_paragraph_keeps_its_number_unless_a_marker_is_due() {
        let text = "\tRecalls the report,40 and paragraphs VIII.7441 and VIII.74 of the report,42\n\tTakes note of paragraph II.15;\n40 A.\n41 B.\n42 C.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 40), (1, 41), (1, 42)]);
        assert!(footnotes.missing.is_empty() && footnotes.unused.is_empty());
    }

    #[test]
    fn an_unsure_candidate_no_longer_hides_an_unused_footnote() {
        let text = "\tNoting CO2 emissions and the Conference1\n1 A.\n2 B.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 1)]);
        assert_eq!(footnotes.unused.len(), 1);
        // Cited in order, `UNCTAD2` is a marker.
        let (markers, _) = resolve("\tNoting the Conference1 and UNCTAD2\n1 A.\n2 B.\n");
        assert_eq!(markers, vec![(1, 1), (1, 2)]);
    }

    #[test]
    fn a_marker_whose_text_was_lost_between_two_others_is_missing() {
        let text = "\tNoting the Conference1 and UNCTAD2 and the Summit,3\n1 A.\n3 C.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 1), (1, 2), (1, 3)]);
        assert_eq!(footnotes.missing, vec![1]);
        // Not at the end of the citations: nothing says it is a marker.
        let (markers, _) = resolve("\tNoting the Conference1 and UNCTAD2\n1 A.\n");
        assert_eq!(markers, vec![(1, 1)]);
    }

    #[test]
    fn footnotes_from_2_are_in_order_and_uncited_texts_break_no_order() {
        let (_, footnotes) = resolve("\tNoting the Conference2 and the Summit,3\n2 A.\n3 B.\n");
        assert!(footnotes.order.is_empty() && footnotes.unused.is_empty());
        let (_, footnotes) =
            resolve("\tNoting the Conference2 and the Summit,3\n1 T.\n2 A.\n3 B.\n");
        assert!(footnotes.order.is_empty());
        assert_eq!(footnotes.unused, vec![0]);
    }

    #[test]
    fn each_resolution_numbers_its_own_footnotes() {
        let text = "Resolution adopted by the General Assembly on 1 May 2020\n\tNoting the Conference1\n1 A.\nResolution adopted by the General Assembly on 2 May 2020\n\tNoting the Summit1 and the Forum2\n1 B.\n2 C.\n";
        let (_, footnotes) = resolve(text);
        assert_eq!(footnotes.scopes.len(), 2);
        assert!(footnotes.duplicates.is_empty() && footnotes.unused.is_empty());
        let (_, footnotes) = resolve("\tNoting the Summit1\n1 B.\n1 C.\n");
        assert_eq!(footnotes.duplicates, vec![1]);
    }

    #[test]
    fn a_name_the_text_writes_whole_gives_up_the_digits_after_it() {
        let text = "\tNoting the COVID-19 pandemic and the Conference1\n\tRecalling the declaration on COVID-192 and its follow-up,\n\tNoting the Summit,3\n1 A.\n2 B.\n3 C.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 1), (2, 2), (3, 3)]);
        assert!(footnotes.unused.is_empty());
        // Without `COVID-19` written whole, nothing says 192 holds a marker.
        let (markers, _) = resolve(&text.replace("COVID-19 pandemic", "pandemic"));
        assert_eq!(markers, vec![(1, 1), (3, 3)]);
    }

    #[test]
    fn symbols_in_a_list_each_with_its_marker() {
        let text = "\tRecalling the Conference,2 and resolutions 5/13 and 5/64 of 2 March 2022,\n\tNoting the Summit,5\n2 A.\n3 B.\n4 C.\n5 D.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 2), (1, 3), (1, 4), (2, 5)]);
        assert!(footnotes.unused.is_empty() && footnotes.order.is_empty());
    }

    #[test]
    fn citations_that_end_in_the_numbers_due_by_chance_are_no_markers() {
        let text = "\tRecalling the Conference,1 and its resolutions 66/52 of 2 December 2011, 67/45 of 3 December 2012 and 70/53 of 7 December 2015,\n\tNoting the Summit,4\n1 A.\n2 B.\n3 C.\n4 D.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(1, 1), (2, 4)]);
        assert_eq!(footnotes.unused, vec![1, 2]);
        // Nor is a year of a range, where a marker is due.
        let (markers, _) = resolve(
            "\tRecalling the Conference,1 and the Decade 2021–2032,\n\tNoting the Summit,3\n1 A.\n2 B.\n3 C.\n",
        );
        assert_eq!(markers, vec![(1, 1), (2, 3)]);
    }

    #[test]
    fn a_paragraph_whose_number_reads_like_a_footnote_text_is_none() {
        let text = "\tThe General Assembly,\n\t1.\tUrges States;\n\t2 Affirms its commitment to the Summit;1\n\t3.\tDecides to act.\n\n1 A.\n";
        let (markers, footnotes) = resolve(text);
        assert_eq!(markers, vec![(3, 1)]);
        assert_eq!(footnotes.texts.len(), 1);
        assert_eq!(footnotes.not_texts, vec![2]);
        assert!(footnotes.unused.is_empty() && footnotes.duplicates.is_empty());
    }

    #[test]
    fn renumbering_keeps_the_numbers_in_use() {
        let (_, footnotes) =
            resolve("\tNoting the Conference3 and the Summit,2\n1 T.\n2 A.\n3 B.\n");
        assert_eq!(footnotes.renumbering(0).cited, vec![(3, 2), (2, 3)]);
    }

    #[test]
    fn an_edit_resolves_its_scopes_again_in_place_and_moves_the_others() {
        // Three resolutions, each a scope with its markers and texts (an
        // unused, a missing and a duplicate footnote among them), edited in
        // the middle one: a marker typed and deleted, a line added and
        // removed, a footnote text removed, and the title that starts the
        // scope deleted (the scopes merge) and typed again.
        let scope = |n: u32| {
            format!(
                "{n}/1.\tTitle\n\tThe General Assembly,\n\tRecalling the Conference,1 and the Summit,2\n\t1.\tDecides to act;3\n\n1 A.\n2 B.\n2 C.\n4 D.\n"
            )
        };
        let text: String = (70..73).map(scope).collect();
        let mut document = Document::new(&text);
        let fresh = |d: &Document| Footnotes::build(d.lines());
        assert_eq!(document.footnotes().scopes.len(), 3);
        assert!(!document.footnotes().missing.is_empty());
        assert!(!document.footnotes().duplicates.is_empty());
        assert!(!document.footnotes().unused.is_empty());
        let middle = document.rope().line_to_char(9);
        let line_end = |d: &Document, line: usize| d.rope().line_to_char(line + 1) - 1;
        for (line, typed) in [(11, "4"), (11, "\n\t2.\tNotes the Summit,4"), (12, "\n")] {
            let end = line_end(&document, line);
            let n = typed.chars().count();
            document.edit(end..end, typed);
            assert_eq!(*document.footnotes(), fresh(&document), "{typed:?} typed");
            document.edit(end..end + n, "");
            assert_eq!(*document.footnotes(), fresh(&document), "{typed:?} deleted");
        }
        // A footnote text removed, and put back.
        let start = document.rope().line_to_char(14);
        let removed: String = document.rope().line(14).to_string();
        document.edit(start..start + removed.chars().count(), "");
        assert_eq!(*document.footnotes(), fresh(&document));
        document.edit(start..start, &removed);
        assert_eq!(*document.footnotes(), fresh(&document));
        // The title that starts the middle scope, deleted and typed again.
        let title: String = document.rope().line(9).to_string();
        document.edit(middle..middle + title.chars().count(), "");
        assert_eq!(document.footnotes().scopes.len(), 2);
        assert_eq!(*document.footnotes(), fresh(&document));
        document.edit(middle..middle, &title);
        assert_eq!(*document.footnotes(), fresh(&document));
        assert_eq!(document.footnotes().scopes.len(), 3);
        assert_eq!(document.text(), text);
    }
}
