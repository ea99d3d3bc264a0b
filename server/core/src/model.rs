//! The document-level model, built from the per-line syntax: which organ
//! adopts the text, where the annexes start, the numbered paragraphs and
//! their subparagraphs. It reads no text, only the [`LineSyntax`]
//! summaries, in one pass over the lines; after an edit that changes what it
//! reads, the pass starts again from a checkpoint before the edit and stops
//! where it reads as it did ([`Model::update`]).

use crate::attribution::Attribution;
use crate::data::languages::Language;
use crate::gap::GapVec;
use crate::lists::Lists;
use crate::resolve::ChangedTargets;
use crate::sequence::{self, Item, Reading};
use crate::syntax::citation::{Citation, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::{LineKind, LineSyntax, Lines, NumberSuffix, Organ, Span};

/// A numbered paragraph (`5.<TAB>Requests …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberedParagraph {
    pub number: u32,
    pub label: Span,
    /// 0 for the resolution itself, then 1, 2, … for each annex.
    pub region: u16,
    /// Paragraphs numbered together: a sequence runs through headings (the
    /// numbering of a resolution goes on across its section titles) and ends
    /// at an annex or an organ line, or where a section numbered on its own
    /// starts again at 1 (after a numbered heading such as `II` or `Section
    /// B`, after the preamble of a budget section, after a heading when the
    /// paragraph before it ended with a full stop, or after any heading in
    /// an annex). A list the text introduces inside a paragraph stays in
    /// its sequence (see [`NumberedParagraph::introduced`]).
    pub sequence: u32,
    /// Whether it carries a negotiation suffix (`3 bis`).
    pub suffixed: bool,
    /// The negotiation suffix (`bis` of `3 bis`, `alt` of `OP3alt`).
    pub suffix: Option<NumberSuffix>,
    /// Whether it carries a negotiation label (`OP3`): such numbers are the
    /// negotiators' stable names, kept until the text is finalized.
    pub labelled: bool,
    /// Whether the text introduces a list here: the last line before it
    /// (headings aside) ends with a colon, so a 1 here starts a list inside
    /// the paragraph before (`7. … the following objectives:` `1. …`), or
    /// the number it names starts the paragraph it quotes.
    pub introduced: bool,
    /// The paragraph that introduction names (`Amend paragraph 8 to
    /// read:`): that number here is the quoted paragraph.
    pub named: Option<u32>,
    /// How it reads in its sequence (see [`crate::sequence`]); `None` for
    /// inserts and labelled paragraphs, which are not counted.
    pub reading: Option<Reading>,
    /// Index range into [`Model::subs`].
    pub subs: std::ops::Range<usize>,
}

impl NumberedParagraph {
    /// Its [`target_key`].
    pub fn key(&self) -> u64 {
        target_key(self.region, self.number, self.suffix)
    }

    /// The paragraph as an item of its sequence.
    pub fn item(&self) -> Item {
        Item {
            number: self.number,
            introduced: self.introduced,
            named: self.named,
        }
    }

    /// Whether it is counted in its sequence (not an insert, not labelled).
    pub fn counted(&self) -> bool {
        !self.suffixed && !self.labelled
    }

    /// How deep in lists the text introduces it is: 0 for the paragraphs
    /// of the sequence itself.
    pub fn depth(&self) -> u32 {
        self.reading.map_or(0, |r| r.depth)
    }
}

/// Which numbering a subparagraph label uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SubStyle {
    Alpha,
    Roman,
}

/// A subparagraph (`(b)<TAB>…` or `(ii)<TAB>…`, or the `(a)` opening the
/// text of `3.<TAB>(a) Each …`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SubParagraph {
    /// The line's letters, shared with its [`LineKind::Sub`] (an inner
    /// label's are its own).
    pub letters: crate::syntax::line::Letters,
    /// `(b) bis`: an insert of a negotiation draft, not counted.
    pub suffix: Option<NumberSuffix>,
    pub label: Span,
    /// 1 for the first level ((a)/(b)), 2 for a list inside one of its
    /// items ((i)/(ii) inside a lettered item, or lettered tasks inside a
    /// roman-numbered group).
    pub level: u8,
    pub style: SubStyle,
    /// 1-based position the label denotes (`(c)` is 3, `(iv)` is 4).
    pub ordinal: u32,
    /// Subparagraphs with the same `list` are numbered together.
    pub list: u32,
    /// A labelled heading rather than an item: a label before a short line
    /// with no closing punctuation, followed by numbered paragraphs and
    /// continuing no list (`(ii)<TAB>Exceptions` before `19.`). Such
    /// headings are numbered together across the paragraphs they head.
    pub heading: bool,
    /// How it reads in its list (see [`crate::sequence`]); `None` for
    /// inserts.
    pub reading: Option<Reading>,
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
    /// The language the text is read in.
    pub language: Language,
}

/// The document-level model.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Model {
    /// The language the text is read in (set by [`crate::Document`]).
    pub language: Language,
    /// The organ adopting the text, from its organ line or header.
    pub organ: Option<Organ>,
    /// What the text says about itself.
    pub own: Own,
    pub paragraphs: Vec<NumberedParagraph>,
    /// The line of each of [`Model::paragraphs`], apart: an edit that adds
    /// or removes lines moves the lines of the paragraphs after it, 4 bytes
    /// each rather than a paragraph's record.
    pub paragraph_lines: Vec<u32>,
    pub subs: Vec<SubParagraph>,
    /// The line of each of [`Model::subs`], apart (as
    /// [`Model::paragraph_lines`]).
    pub sub_lines: Vec<u32>,
    /// Region of each line (0 = the resolution, k = the k-th annex).
    pub regions: GapVec<u16>,
    /// For each line, how many lines before it the first line of the
    /// paragraph (numbered or not) it belongs to is ([`Model::owner_of`]):
    /// a distance, which an edit that adds or removes lines before both
    /// leaves as it was. (A gap buffer: a line typed or deleted moves those
    /// of the lines after it only as far as the last edit.)
    owner_offsets: GapVec<u32>,
    /// The numbers of the footnote texts (`1 Resolution 60/1.`), sorted,
    /// without repeats.
    pub footnote_texts: Vec<u32>,
    /// The lines that are footnote texts, in order.
    pub footnote_lines: Vec<u32>,
    /// The number of each of [`Model::footnote_lines`].
    footnote_numbers: Vec<u32>,
    /// The lines that refer to paragraphs (`paragraph 5 above`), in order.
    pub reference_lines: Vec<u32>,
    /// The lines with a reference that names a subparagraph (`subparagraph
    /// (b) of paragraph 3 above`), in order: what such a reference resolves
    /// to reads more than the targets ([`crate::resolve::ChangedTargets`]).
    pub sub_reference_lines: Vec<u32>,
    /// The lines with square brackets of negotiation, in order.
    pub bracket_lines: Vec<u32>,
    /// The lines that mention former names of organizations, in order.
    pub former_name_lines: Vec<u32>,
    /// The paragraphs that carry a negotiation label or read as a break in
    /// their sequence ([`Reading::slip`]), as indices into
    /// [`Model::paragraphs`], in order: what `operative-numbering` reports
    /// on (most texts have none).
    pub flagged: Vec<u32>,
    /// The subparagraphs that read as a break in their list
    /// ([`Reading::slip`]), as indices into [`Model::subs`], in order: what
    /// `subparagraph-numbering` reports on (most texts have none).
    pub slipped_subs: Vec<u32>,
    /// The paragraphs a reference can point at, as ([`target_key`] of
    /// their region, number and suffix, index into [`Model::paragraphs`]),
    /// sorted: those of one region, number and suffix are together, in
    /// document order.
    pub targets: Vec<(u64, u32)>,
    /// Where the pass may start again after an edit ([`Model::update`]),
    /// in order of their lines.
    checkpoints: Kept<Vec<Checkpoint>>,
    /// The line of each of the checkpoints, apart (as
    /// [`Model::paragraph_lines`]): the owner and context of a checkpoint's
    /// pass are its line's, set from here where the pass is read.
    checkpoint_lines: Kept<Vec<u32>>,
    /// The model of the part an update read last, kept for its memory.
    spare: Kept<Option<Box<Model>>>,
    /// The first line the model holds: 0 but in the part an update reads
    /// again ([`Model::update`]).
    line_base: u32,
}

/// What [`Model::update`] did.
#[derive(Debug)]
pub(crate) struct Updated {
    /// How many lines it read (what the model's tests read).
    #[cfg_attr(not(test), allow(dead_code))]
    pub read: usize,
    /// What changed of the targets of references to paragraphs, where the
    /// regions of the lines off the edited ones are as they were; `None`
    /// where they are not (or the model was built again).
    pub targets: Option<ChangedTargets>,
}

/// Whether `line` holds a reference that names a subparagraph.
fn has_sub_reference(line: &LineSyntax) -> bool {
    line.references().iter().any(|r| r.sub.is_some())
}

/// Brings `index` (indices in order into a list) up to date after the
/// list's items `read` were read again as `found` (those of them it now
/// holds), `by` more of them than before (those before the same, those after
/// moved).
fn update_index(index: &mut Vec<u32>, read: std::ops::Range<usize>, by: i64, found: Vec<u32>) {
    let from = index.partition_point(|&p| (p as usize) < read.start);
    let old_end = (read.end as i64 - by) as usize;
    let to = index.partition_point(|&p| (p as usize) < old_end);
    let after = from + found.len();
    index.splice(from..to, found);
    if by != 0 {
        for p in &mut index[after..] {
            *p = Moved::by(*p, by);
        }
    }
}

/// The values of `a` and `b`, each sorted, that one holds more times than
/// the other, sorted, each once.
fn multiset_difference(a: &[u64], b: &[u64]) -> Vec<u64> {
    let mut out = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < a.len() || j < b.len() {
        match (a.get(i), b.get(j)) {
            (Some(x), Some(y)) if x == y => {
                i += 1;
                j += 1;
            }
            (Some(&x), y) if y.is_none_or(|&y| x < y) => {
                out.push(x);
                i += 1;
            }
            (_, Some(&y)) => {
                out.push(y);
                j += 1;
            }
            _ => break,
        }
    }
    out.dedup();
    out
}

/// Where what comes after the part an update read again starts in the
/// model ([`Model::move_after`]), and the end of the lines the edit
/// replaced (before it).
struct After {
    paragraphs: usize,
    subs: usize,
    /// In each of [`Model::line_lists`].
    lists: [usize; 5],
    checkpoints: usize,
    old_end: u32,
}

/// What a model keeps for its own work, no part of what it says: two models
/// compare and print alike whatever it holds (its checkpoints, the memory of
/// the part an update read last).
#[derive(Clone, Default)]
struct Kept<T>(T);

impl<T> PartialEq for Kept<T> {
    fn eq(&self, _: &Kept<T>) -> bool {
        true
    }
}

impl<T> Eq for Kept<T> {}

impl<T> std::fmt::Debug for Kept<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Kept")
    }
}

/// How many lines a model's pass reads at least between two checkpoints:
/// an edit reads again from the last one before it (two apart at most) to
/// the first after it where the pass reads as it did.
const CHECKPOINT_EVERY: u32 = 48;

/// A place where the model's pass may start again: right after a numbered
/// paragraph that starts a paragraph of its own with no label in it (no
/// list open, nothing the lines after it may still change before it), the
/// state of the pass then and how much of the model it had built.
#[derive(Debug, Clone)]
struct Checkpoint {
    /// The state of the pass, but for its owner and context (the
    /// checkpoint's line, [`Model::checkpoint_lines`]).
    pass: Pass,
    organ: Option<Organ>,
    own: Own,
    /// How many paragraphs (its own the last) and subparagraphs the model
    /// held.
    paragraphs: u32,
    subs: u32,
}

/// How an edit moved what comes after it, from where the model's pass
/// reads as it did ([`Model::update`]): lines, paragraphs, subparagraphs,
/// sequences and lists (those opened after `lists_from`) each by as many.
#[derive(Debug, Clone, Copy, Default)]
struct Moved {
    lines: i64,
    paragraphs: i64,
    subs: i64,
    sequences: i64,
    lists: i64,
    lists_from: u32,
}

impl Moved {
    fn by(value: u32, by: i64) -> u32 {
        (i64::from(value) + by) as u32
    }

    fn line(&self, line: u32) -> u32 {
        Moved::by(line, self.lines)
    }

    fn paragraph(&self, index: usize) -> usize {
        (index as i64 + self.paragraphs) as usize
    }

    fn sub(&self, index: usize) -> usize {
        (index as i64 + self.subs) as usize
    }

    fn list(&self, list: u32) -> u32 {
        if list <= self.lists_from {
            list
        } else {
            Moved::by(list, self.lists)
        }
    }

    /// A line number of what comes after the edit, or of what came before it
    /// (`after` the first line after it, in the old text).
    fn own(&self, own: Own, after: u32) -> Own {
        Own {
            line: own.line.map(|l| if l >= after { self.line(l) } else { l }),
            ..own
        }
    }

    /// Moves a checkpoint after the edit (`old_end` the first line after
    /// it, in the old text).
    fn checkpoint(&self, checkpoint: &mut Checkpoint, old_end: u32) {
        self.pass(&mut checkpoint.pass);
        // (The line moved in place: the whole `Own` copied through the
        // stack stalled each checkpoint's walk on a store the next load
        // straddled.)
        if let Some(line) = checkpoint.own.line.as_mut().filter(|l| **l >= old_end) {
            *line = self.line(*line);
        }
        checkpoint.paragraphs = self.paragraph(checkpoint.paragraphs as usize) as u32;
        checkpoint.subs = self.sub(checkpoint.subs as usize) as u32;
    }

    /// Moves the state of the pass at a checkpoint after the edit.
    fn pass(&self, pass: &mut Pass) {
        pass.sequence = Moved::by(pass.sequence, self.sequences);
        pass.owner = self.line(pass.owner);
        pass.context = self.line(pass.context);
        pass.owner_paragraph = pass.owner_paragraph.map(|p| self.paragraph(p));
        pass.paragraph = pass.paragraph.map(|p| self.paragraph(p));
        pass.lists.rename(|l| self.list(l));
        pass.headings.rename(|l| self.list(l));
        pass.list_ids = ListIds(Moved::by(pass.list_ids.0, self.lists));
    }
}

/// A paragraph's region, number and negotiation suffix as one key, ordered
/// by region, then number, then suffix (none first).
pub fn target_key(region: u16, number: u32, suffix: Option<NumberSuffix>) -> u64 {
    let suffix = match suffix {
        None => 0,
        Some(NumberSuffix::Bis) => 1,
        Some(NumberSuffix::Ter) => 2,
        Some(NumberSuffix::Quater) => 3,
        Some(NumberSuffix::Quinquies) => 4,
        Some(NumberSuffix::Sexies) => 5,
        Some(NumberSuffix::Alt) => 6,
    };
    (u64::from(region) << 40) | (u64::from(number) << 8) | suffix
}

/// The region of a [`target_key`].
pub fn key_region(key: u64) -> u16 {
    (key >> 40) as u16
}

/// The number of a [`target_key`].
pub fn key_number(key: u64) -> u32 {
    ((key >> 8) & 0xffff_ffff) as u32
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
            LineKind::ScHeader {
                number,
                year,
                ref date,
            } if self.line.is_none() => {
                self.sc = Some((number, year));
                self.line = Some(index);
                self.date = self.date.or(date.as_deref().copied());
            }
            _ => {}
        }
    }
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
    pub fn build(lines: &Lines) -> Model {
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
            && end_mark(a.last_char) == end_mark(b.last_char)
            && short_lead_in(a) == short_lead_in(b)
            // (Read of a subparagraph's line only, `Model::sub`.)
            && (!matches!(a.kind, LineKind::Sub { .. })
                || short_unpunctuated(a) == short_unpunctuated(b))
            && a.cues == b.cues
            && a.inner() == b.inner()
            && a.draft().is_some() == b.draft().is_some()
            && a.references().is_empty() == b.references().is_empty()
            && has_sub_reference(a) == has_sub_reference(b)
            && a.brackets().is_empty() == b.brackets().is_empty()
            && a.former_names().is_empty() == b.former_names().is_empty()
    }

    /// Builds the model of `lines` in place, reusing the memory of the
    /// model it replaces (what an edit does, many times a second).
    pub fn rebuild(&mut self, lines: &Lines) {
        // Fields not listed start from their default.
        let mut model = Model {
            paragraphs: std::mem::take(&mut self.paragraphs),
            paragraph_lines: std::mem::take(&mut self.paragraph_lines),
            subs: std::mem::take(&mut self.subs),
            sub_lines: std::mem::take(&mut self.sub_lines),
            regions: std::mem::take(&mut self.regions),
            owner_offsets: std::mem::take(&mut self.owner_offsets),
            footnote_texts: std::mem::take(&mut self.footnote_texts),
            footnote_lines: std::mem::take(&mut self.footnote_lines),
            footnote_numbers: std::mem::take(&mut self.footnote_numbers),
            reference_lines: std::mem::take(&mut self.reference_lines),
            sub_reference_lines: std::mem::take(&mut self.sub_reference_lines),
            bracket_lines: std::mem::take(&mut self.bracket_lines),
            former_name_lines: std::mem::take(&mut self.former_name_lines),
            targets: std::mem::take(&mut self.targets),
            flagged: std::mem::take(&mut self.flagged),
            slipped_subs: std::mem::take(&mut self.slipped_subs),
            checkpoints: std::mem::take(&mut self.checkpoints),
            checkpoint_lines: std::mem::take(&mut self.checkpoint_lines),
            spare: std::mem::take(&mut self.spare),
            language: self.language,
            ..Model::default()
        };
        model.paragraphs.clear();
        model.paragraph_lines.clear();
        model.subs.clear();
        model.sub_lines.clear();
        model.regions.clear();
        model.owner_offsets.clear();
        model.footnote_texts.clear();
        model.footnote_lines.clear();
        model.footnote_numbers.clear();
        model.reference_lines.clear();
        model.sub_reference_lines.clear();
        model.bracket_lines.clear();
        model.former_name_lines.clear();
        model.checkpoints.0.clear();
        model.checkpoint_lines.0.clear();
        let mut pass = Pass::default();
        for index in 0..lines.len() as u32 {
            model.read_line(&mut pass, lines, index);
            model.checkpoint(&pass, index, None);
        }
        model
            .footnote_texts
            .extend_from_slice(&model.footnote_numbers);
        model.footnote_texts.sort_unstable();
        model.footnote_texts.dedup();
        model.read_sequences();
        model.targets.clear();
        model.targets.extend(
            model
                .paragraphs
                .iter()
                .enumerate()
                .map(|(index, p)| (p.key(), index as u32)),
        );
        // The indices make the keys unique: an unstable sort keeps document
        // order within a number.
        model.targets.sort_unstable();
        *self = model;
    }

    /// Brings the model up to date with `lines` after an edit replaced
    /// `removed` lines from line `first` with `added` lines (the model was
    /// built for the lines before it), reading again only what the edit may
    /// change: from the last checkpoint before it whose paragraph's look
    /// ahead ends before it, to the first checkpoint after it where the
    /// pass reads as it did. The part read again replaces the model's in
    /// place; what comes after is the model's, moved where the edit moved
    /// it. The same model as [`Model::rebuild`] (debug builds of the
    /// document check it after each edit).
    pub(crate) fn update(
        &mut self,
        lines: &Lines,
        first: u32,
        removed: u32,
        added: u32,
    ) -> Updated {
        if self.regions.len() + added as usize != lines.len() + removed as usize {
            self.rebuild(lines);
            return Updated {
                read: lines.len(),
                targets: None,
            };
        }
        let (old_end, new_end) = (first + removed, first + added);
        // The last line before the edit that ends every look ahead of the
        // lines before it (`Model::numbered`, `next_label`): a checkpoint's
        // paragraph before it reads nothing of the edit.
        let stop = (0..first as usize).rev().find(|&i| {
            matches!(
                lines[i].kind,
                LineKind::Numbered { .. }
                    | LineKind::OrganLine { .. }
                    | LineKind::Heading { annex: true }
            )
        });
        let at = stop.map_or(0, |stop| {
            self.checkpoint_lines
                .0
                .partition_point(|&line| (line as usize) < stop)
        });
        // The part read again is built apart, its paragraphs and
        // subparagraphs numbered from the checkpoint's paragraph (its first)
        // and the checkpoint's subparagraphs, its lines from the first it
        // reads.
        let mut part = self.spare.0.take().unwrap_or_default();
        part.clear_part();
        part.language = self.language;
        let (read_from, mut pass, paragraphs_from, subs_from) = match at.checked_sub(1) {
            Some(last) => {
                let start = &self.checkpoints.0[last];
                let start_line = self.checkpoint_lines.0[last];
                let paragraph = start.paragraphs as usize - 1;
                let mut opened = self.paragraphs[paragraph].clone();
                opened.subs = 0..0;
                part.paragraphs.push(opened);
                part.paragraph_lines.push(self.paragraph_lines[paragraph]);
                part.organ = start.organ;
                part.own = start.own;
                let mut pass = start.pass.clone();
                (pass.owner, pass.context) = (start_line, start_line);
                pass.paragraph = Some(0);
                pass.owner_paragraph = Some(0);
                (start_line + 1, pass, paragraph, start.subs as usize)
            }
            None => (0, Pass::default(), 0, 0),
        };
        part.line_base = read_from;
        let lists_from = pass.list_ids.0;
        // (The part's paragraphs and subparagraphs as the model's.)
        let in_model = Moved {
            paragraphs: paragraphs_from as i64,
            subs: subs_from as i64,
            ..Moved::default()
        };
        // Read again until the pass reads as it did at a checkpoint after
        // the edit.
        let mut converged = None;
        let mut next = at;
        for index in read_from..lines.len() as u32 {
            part.read_line(&mut pass, lines, index);
            if index >= new_end && part.may_start_after(&pass, index) {
                let old_line = index + removed - added;
                let after = &self.checkpoint_lines.0;
                next += after[next..].partition_point(|&line| line < old_line);
                if let Some(old) = (after.get(next))
                    .filter(|&&line| line == old_line)
                    .map(|_| &self.checkpoints.0[next])
                {
                    let moved = Moved {
                        lines: i64::from(added) - i64::from(removed),
                        paragraphs: (paragraphs_from + part.paragraphs.len()) as i64
                            - i64::from(old.paragraphs),
                        subs: (subs_from + part.subs.len()) as i64 - i64::from(old.subs),
                        sequences: i64::from(pass.sequence) - i64::from(old.pass.sequence),
                        lists: i64::from(pass.list_ids.0) - i64::from(old.pass.list_ids.0),
                        lists_from,
                    };
                    let mut old_pass = old.pass.clone();
                    moved.pass(&mut old_pass);
                    (old_pass.owner, old_pass.context) = (index, index);
                    let mut new_pass = pass.clone();
                    in_model.pass(&mut new_pass);
                    if old_pass.same(&new_pass)
                        && old.organ == part.organ
                        && moved.own(old.own, old_end) == part.own
                    {
                        converged = Some((next, old_line, moved));
                        break;
                    }
                }
            }
            part.checkpoint(&pass, index, read_from.checked_sub(1));
        }
        let read = part.regions.len();
        // (The regions read again: the lines', and the checkpoint's
        // paragraph's, whose subparagraphs were read again.)
        let read_regions = match (part.regions.first(), part.regions.last()) {
            (Some(&low), Some(&high)) => {
                let low = part.paragraphs.first().map_or(low, |p| p.region.min(low));
                Some(low..=high)
            }
            _ => None,
        };
        let read_paragraphs = paragraphs_from..paragraphs_from + part.paragraphs.len();
        let read_subs = subs_from..subs_from + part.subs.len();
        // What the part replaces: through the checkpoint where the pass
        // read as it did, or to the end.
        let (paragraphs_to, subs_to, lines_to, checkpoints_to) = match &converged {
            Some((next, old_line, _)) => {
                let old = &self.checkpoints.0[*next];
                (
                    old.paragraphs as usize,
                    old.subs as usize,
                    *old_line as usize + 1,
                    *next,
                )
            }
            None => (
                self.paragraphs.len(),
                self.subs.len(),
                self.regions.len(),
                self.checkpoints.0.len(),
            ),
        };
        let paragraphs_moved = read_paragraphs.end as i64 - paragraphs_to as i64;
        // (The checkpoint's paragraph, the part's first, is as it was.)
        let targets_from = if at > 0 { paragraphs_from + 1 } else { 0 };
        let old_keys: Vec<u64> = self.paragraphs[targets_from..paragraphs_to]
            .iter()
            .map(NumberedParagraph::key)
            .collect();
        // The subparagraphs of the last paragraph read go on after it.
        let last_subs_end = converged
            .as_ref()
            .map(|(.., moved)| moved.sub(self.paragraphs[paragraphs_to - 1].subs.end));
        let last = part.paragraphs.len().wrapping_sub(1);
        self.paragraphs.splice(
            paragraphs_from..paragraphs_to,
            part.paragraphs.drain(..).enumerate().map(|(k, mut p)| {
                p.subs = in_model.sub(p.subs.start)..in_model.sub(p.subs.end);
                if k == last {
                    p.subs.end = last_subs_end.unwrap_or(p.subs.end);
                }
                p
            }),
        );
        self.paragraph_lines.splice(
            paragraphs_from..paragraphs_to,
            part.paragraph_lines.drain(..),
        );
        self.subs.splice(subs_from..subs_to, part.subs.drain(..));
        self.sub_lines
            .splice(subs_from..subs_to, part.sub_lines.drain(..));
        // (Whether the lines read again off the edited ones are in the
        // regions they were in: what comes after is, moved.)
        let edited_in_part = (first - read_from) as usize..(new_end - read_from) as usize;
        let regions_kept = (self.regions.range(read_from as usize..first as usize))
            .eq(part.regions.range(0..edited_in_part.start))
            && (self.regions.range(old_end as usize..lines_to))
                .eq(part.regions.range(edited_in_part.end..part.regions.len()));
        self.regions
            .splice(read_from as usize..lines_to, part.regions.iter().copied());
        self.owner_offsets.splice(
            read_from as usize..lines_to,
            part.owner_offsets.iter().copied(),
        );
        // (Where what comes after starts in each list of lines, and what
        // the part replaced of the footnote texts' lines.)
        let mut lists_after = [0; 5];
        let mut footnotes = None;
        for ((list, read), after) in self
            .line_lists()
            .into_iter()
            .zip(part.line_lists())
            .zip(&mut lists_after)
        {
            let from = list.partition_point(|&l| l < read_from);
            let to = list.partition_point(|&l| (l as usize) < lines_to);
            *after = from + read.len();
            footnotes.get_or_insert(from..to);
            list.splice(from..to, read.drain(..));
        }
        // (`line_lists` holds the footnote texts' lines first.)
        let footnotes = footnotes.unwrap_or_default();
        let mut replaced = self.footnote_numbers[footnotes.clone()].to_vec();
        let mut read_numbers = part.footnote_numbers.clone();
        replaced.sort_unstable();
        read_numbers.sort_unstable();
        let footnotes_changed = replaced != read_numbers;
        self.footnote_numbers
            .splice(footnotes, part.footnote_numbers.drain(..));
        let checkpoints_after = at + part.checkpoints.0.len();
        self.checkpoint_lines
            .0
            .splice(at..checkpoints_to, part.checkpoint_lines.0.drain(..));
        self.checkpoints.0.splice(
            at..checkpoints_to,
            part.checkpoints.0.drain(..).map(|mut c| {
                in_model.checkpoint(&mut c, old_end);
                c
            }),
        );
        match converged {
            Some((.., moved)) => {
                // What comes after, moved.
                self.own = moved.own(self.own, old_end);
                self.move_after(
                    &moved,
                    After {
                        paragraphs: read_paragraphs.end,
                        subs: read_subs.end,
                        lists: lists_after,
                        checkpoints: checkpoints_after,
                        old_end,
                    },
                );
            }
            None => {
                self.organ = part.organ;
                self.own = part.own;
            }
        }
        let mut targets = self.update_targets(targets_from, &old_keys, read_paragraphs.end);
        targets.read = read_regions;
        // (The numbers of the footnote texts, where those the part holds
        // are not those it replaced.)
        if footnotes_changed {
            self.footnote_texts.clear();
            self.footnote_texts
                .extend_from_slice(&self.footnote_numbers);
            self.footnote_texts.sort_unstable();
            self.footnote_texts.dedup();
        }
        // The sequences of the paragraphs read again, whole (the
        // checkpoint's paragraph's too).
        if let (Some(low), Some(high)) = (
            self.paragraphs.get(read_paragraphs.start),
            read_paragraphs
                .end
                .checked_sub(1)
                .map(|last| &self.paragraphs[last]),
        ) {
            let (low, high) = (low.sequence, high.sequence);
            let from =
                self.paragraphs[..read_paragraphs.start].partition_point(|p| p.sequence < low);
            let to = read_paragraphs.end
                + self.paragraphs[read_paragraphs.end..].partition_point(|p| p.sequence <= high);
            self.read_paragraphs(from..to);
            self.update_flagged(from..to, paragraphs_moved);
        } else {
            self.update_flagged(read_paragraphs.clone(), paragraphs_moved);
        }
        // The lists of the subparagraphs read again: those of a paragraph
        // are all among them (no list is open at a checkpoint); a region's
        // labelled headings may have items anywhere in it.
        let headings: Vec<u32> = self.subs[read_subs.clone()]
            .iter()
            .filter(|s| s.heading)
            .map(|s| s.list)
            .collect();
        if headings.is_empty() {
            self.read_lists(read_subs.clone());
            let subs_moved = read_subs.end as i64 - subs_to as i64;
            self.update_slipped_subs(read_subs, subs_moved);
        } else {
            let all: Vec<usize> = (0..self.subs.len())
                .filter(|&i| read_subs.contains(&i) || headings.contains(&self.subs[i].list))
                .collect();
            self.read_lists(all.into_iter());
            self.slipped_subs.clear();
            self.update_slipped_subs(0..self.subs.len(), 0);
        }
        self.spare.0 = Some(part);
        Updated {
            read,
            targets: regions_kept.then_some(targets),
        }
    }

    /// Moves what comes after the part an update read again as the edit
    /// moved it.
    fn move_after(&mut self, moved: &Moved, after: After) {
        // (Most often only the lines moved: a line typed or deleted.)
        if moved.lines != 0 {
            for line in &mut self.paragraph_lines[after.paragraphs..] {
                *line = moved.line(*line);
            }
        }
        if moved.sequences != 0 || moved.subs != 0 {
            for p in &mut self.paragraphs[after.paragraphs..] {
                p.sequence = Moved::by(p.sequence, moved.sequences);
                p.subs = moved.sub(p.subs.start)..moved.sub(p.subs.end);
            }
        }
        if moved.lines != 0 {
            for line in &mut self.sub_lines[after.subs..] {
                *line = moved.line(*line);
            }
        }
        if moved.lists != 0 {
            for sub in &mut self.subs[after.subs..] {
                sub.list = moved.list(sub.list);
            }
        }
        // (The lines after the part belong to paragraphs after its last
        // checkpoint, moved with them: their owners' distances stay.)
        if moved.lines != 0 {
            for (list, from) in self.line_lists().into_iter().zip(after.lists) {
                for l in &mut list[from..] {
                    *l = moved.line(*l);
                }
            }
        }
        if moved.lines != 0 {
            for line in &mut self.checkpoint_lines.0[after.checkpoints..] {
                *line = moved.line(*line);
            }
        }
        // (What the text says about itself is noted once: where the last
        // checkpoint's line of it is before the edit, every checkpoint's
        // after the edit is, and moves with nothing.)
        let own_moved = (self.checkpoints.0.last())
            .and_then(|c| c.own.line)
            .is_some_and(|line| line >= after.old_end);
        if (moved.lines != 0 && own_moved)
            || moved.paragraphs != 0
            || moved.subs != 0
            || moved.sequences != 0
            || moved.lists != 0
        {
            for c in &mut self.checkpoints.0[after.checkpoints..] {
                moved.checkpoint(c, after.old_end);
            }
        }
    }

    /// Clears a model for the part an update reads again, keeping its
    /// memory.
    fn clear_part(&mut self) {
        self.paragraphs.clear();
        self.paragraph_lines.clear();
        self.footnote_numbers.clear();
        self.subs.clear();
        self.sub_lines.clear();
        self.regions.clear();
        self.owner_offsets.clear();
        for list in self.line_lists() {
            list.clear();
        }
        self.checkpoints.0.clear();
        self.checkpoint_lines.0.clear();
        self.organ = None;
        self.own = Own::default();
    }

    /// The lists of lines that hold something (footnote texts, references,
    /// references to subparagraphs, brackets, former names).
    fn line_lists(&mut self) -> [&mut Vec<u32>; 5] {
        [
            &mut self.footnote_lines,
            &mut self.reference_lines,
            &mut self.sub_reference_lines,
            &mut self.bracket_lines,
            &mut self.former_name_lines,
        ]
    }

    /// Brings the targets up to date after the paragraphs from `from`, of
    /// keys `old`, were read again as those from `from` to `new_end` (the
    /// others the same, those after moved), and returns what changed of
    /// the keys ([`ChangedTargets`]).
    fn update_targets(&mut self, from: usize, old: &[u64], new_end: usize) -> ChangedTargets {
        let old_end = from + old.len();
        let by = new_end as i64 - old_end as i64;
        let read: Vec<(u64, u32)> = (from..new_end)
            .map(|i| (self.paragraphs[i].key(), i as u32))
            .collect();
        // The keys read again that were not read before, or as many times:
        // only those may have come or gone.
        let mut before = old.to_vec();
        before.sort_unstable();
        let mut after: Vec<u64> = read.iter().map(|&(key, _)| key).collect();
        after.sort_unstable();
        let keys = multiset_difference(&before, &after);
        let mut regions: Vec<u16> = keys.iter().map(|&key| key_region(key)).collect();
        regions.dedup();
        let lasts_before: Vec<Option<u32>> = regions.iter().map(|&r| self.last_number(r)).collect();
        self.move_targets(from, read, old, by);
        let lasts = (regions.into_iter().zip(lasts_before))
            .filter(|&(region, last)| self.last_number(region) != last)
            .map(|(region, _)| region)
            .collect();
        ChangedTargets {
            keys,
            lasts,
            read: None,
        }
    }

    /// The highest paragraph number in `region`, if it numbers any.
    pub fn last_number(&self, region: u16) -> Option<u32> {
        let targets = &self.targets;
        let end = targets.partition_point(|&(k, _)| key_region(k) <= region);
        end.checked_sub(1)
            .map(|at| targets[at].0)
            .filter(|&key| key_region(key) == region)
            .map(key_number)
    }

    /// [`Model::update_targets`]'s work on the list: the paragraphs from
    /// `from`, of keys `old`, read again as `read`, `by` more of them.
    fn move_targets(&mut self, from: usize, mut read: Vec<(u64, u32)>, old: &[u64], by: i64) {
        let old_end = from + old.len();
        if by == 0 {
            // As many paragraphs: only those whose key changed move (none
            // where a line was added between paragraphs), each past the
            // entries between its old place and its new one alone (a
            // paragraph renumbered in the middle of a long text moves no
            // entry of the texts after it).
            for (&new, &old) in read.iter().zip(old) {
                let old = (old, new.1);
                if new == old {
                    continue;
                }
                let to = self.targets.binary_search(&new).unwrap_or_else(|at| at);
                match self.targets.binary_search(&old) {
                    Ok(at) if at < to => {
                        self.targets[at..to].rotate_left(1);
                        self.targets[to - 1] = new;
                    }
                    Ok(at) => {
                        self.targets[to..=at].rotate_right(1);
                        self.targets[to] = new;
                    }
                    Err(_) => self.targets.insert(to, new),
                }
            }
            return;
        }
        read.sort_unstable();
        let (from, old_end) = (from as u32, old_end as u32);
        let kept = std::mem::take(&mut self.targets);
        let kept = kept.into_iter().filter_map(|(key, i)| {
            if i < from {
                Some((key, i))
            } else if i >= old_end {
                Some((key, Moved::by(i, by)))
            } else {
                None
            }
        });
        // A merge of two sorted lists.
        let mut read = read.into_iter().peekable();
        let mut targets = Vec::with_capacity(self.paragraphs.len());
        for entry in kept {
            while let Some(&r) = read.peek().filter(|&&r| r < entry) {
                targets.push(r);
                read.next();
            }
            targets.push(entry);
        }
        targets.extend(read);
        self.targets = targets;
    }

    /// Reads line `index` into the model, `pass` the state of the pass
    /// after the lines before it.
    fn read_line(&mut self, pass: &mut Pass, lines: &Lines, index: u32) {
        let line = &lines[index as usize];
        self.own.note(index, &line.kind, pass.region);
        match &line.kind {
            LineKind::OrganLine { organ } => {
                if self.organ.is_none() && pass.region == 0 {
                    self.organ = Some(*organ);
                }
                pass.new_sequence();
            }
            LineKind::AdoptionLine { organ, .. } if self.organ.is_none() => {
                self.organ = Some(*organ);
            }
            LineKind::ScHeader { .. } | LineKind::ScAdoption { .. } if self.organ.is_none() => {
                self.organ = Some(Organ::SecurityCouncil);
            }
            _ => {}
        }
        match &line.kind {
            LineKind::Numbered {
                number,
                suffix,
                label,
            } => self.numbered(pass, lines, index, *number, *suffix, *label),
            LineKind::Sub {
                letters,
                suffix,
                label,
            } => self.sub(pass, lines, index, letters, *suffix, *label),
            LineKind::Heading { annex: true } => {
                pass.region += 1;
                pass.new_sequence();
                pass.headings.clear();
                pass.new_paragraph(index, None);
            }
            LineKind::Heading { annex: false } | LineKind::Paragraph => {
                let heading = matches!(line.kind, LineKind::Heading { .. });
                if heading {
                    pass.since.heading = true;
                    pass.since.section |= line.cues.section;
                } else if line.last_char == Some(',') {
                    pass.since.preamble = true;
                }
                // An indented line inside a list (`To assist …` under
                // `(c)`, a sub-heading between items) continues it.
                let inside_item = pass
                    .lists
                    .first_indent()
                    .is_some_and(|first| line.indent > first || short_lead_in(line));
                let list_may_go_on =
                    !pass.lists.is_empty() || (heading && pass.paragraph.is_some());
                if inside_item {
                    // Part of the current item.
                } else if list_may_go_on {
                    // The list may go on after it (a heading between
                    // items, running text under one): the next label
                    // decides (see `Model::sub`).
                    pass.between.get_or_insert((index, true)).1 &= heading;
                    pass.owner = index;
                } else {
                    pass.new_paragraph(index, None);
                }
            }
            LineKind::OrganLine { .. }
            | LineKind::Meeting
            | LineKind::DateLine { .. }
            | LineKind::FootnoteText { .. }
            | LineKind::Title { .. } => pass.new_paragraph(index, None),
            _ => {}
        }
        // What the next numbered paragraph follows.
        let heading_like = match &line.kind {
            LineKind::Blank | LineKind::Artefact | LineKind::Heading { .. } => true,
            LineKind::Sub { .. } => {
                self.sub_lines.last() == Some(&index) && self.subs.last().is_some_and(|s| s.heading)
            }
            _ => false,
        };
        if !heading_like {
            pass.lead = Lead {
                last: line.last_char,
                names: line.cues.names().map(u32::from),
            };
        }
        if let LineKind::FootnoteText { number, .. } = line.kind {
            self.footnote_numbers.push(number);
            self.footnote_lines.push(index);
        }
        if !line.references().is_empty() {
            self.reference_lines.push(index);
        }
        if has_sub_reference(line) {
            self.sub_reference_lines.push(index);
        }
        if !line.brackets().is_empty() {
            self.bracket_lines.push(index);
        }
        if !line.former_names().is_empty() {
            self.former_name_lines.push(index);
        }
        self.regions.push(pass.region);
        self.owner_offsets.push(index - pass.owner);
    }

    /// Keeps the state of the pass after line `index` as a checkpoint, if
    /// the pass may start again there and the last is far enough before it.
    /// (`before`: the line of the last checkpoint before the model's first
    /// line, for the part an update reads.)
    fn checkpoint(&mut self, pass: &Pass, index: u32, before: Option<u32>) {
        let last = self.checkpoint_lines.0.last().copied().or(before);
        let due = last.is_none_or(|last| index >= last + CHECKPOINT_EVERY);
        if due && self.may_start_after(pass, index) {
            self.checkpoint_lines.0.push(index);
            self.checkpoints.0.push(Checkpoint {
                pass: pass.clone(),
                organ: self.organ,
                own: self.own,
                paragraphs: self.paragraphs.len() as u32,
                subs: self.subs.len() as u32,
            });
        }
    }

    /// Whether the pass may start again after line `index` from its state
    /// `pass` alone: line `index` is a numbered paragraph that starts one of
    /// its own with no label in it, so nothing after it changes what the
    /// model holds before it but that paragraph's subparagraphs.
    fn may_start_after(&self, pass: &Pass, index: u32) -> bool {
        let (Some(last), Some(&last_line)) = (self.paragraphs.last(), self.paragraph_lines.last())
        else {
            return false;
        };
        pass.owner == index
            && pass.context == index
            && pass.between.is_none()
            && pass.nested.is_none()
            && pass.lists == Lists::default()
            && pass.paragraph == Some(self.paragraphs.len() - 1)
            && pass.owner_paragraph == pass.paragraph
            && last_line == index
            && last.subs == (self.subs.len()..self.subs.len())
    }

    /// A numbered paragraph on line `index`.
    fn numbered(
        &mut self,
        pass: &mut Pass,
        lines: &Lines,
        index: u32,
        number: u32,
        suffix: Option<NumberSuffix>,
        label: Span,
    ) {
        let line = &lines[index as usize];
        // A line ending with a colon introduces a list (`7. … the following
        // objectives:`, `i. … benchmarks:`), or the paragraph it names
        // (`Amend paragraph 8 to read:`).
        let lead = pass.lead;
        let introduced = lead.last == Some(':');
        let named = lead.names.filter(|_| introduced);
        // An item of a list the text introduced inside the paragraph
        // before (`7. … the following objectives:` `1.` … `5.`, then `8.`),
        // or the paragraph an amendment quotes.
        let nested = suffix.is_none()
            && (pass
                .nested
                .is_some_and(|last| number == last.saturating_add(1))
                || (introduced && pass.numbered && (number == 1 || named == Some(number))));
        pass.nested = nested.then_some(number);
        // A section numbered on its own starts again at 1, unless the
        // paragraph after it goes on from the one before the heading (`1.`
        // `I` `1.` `3.`: the second 1 is a mistyped 2).
        let since = pass.since;
        if !nested
            && suffix.is_none()
            && number == 1
            && pass.numbered
            && (since.preamble
                || since.heading && (since.section || lead.last == Some('.') || pass.region > 0))
        {
            let next = (lines.range(index as usize + 1..lines.len())).find_map(|l| match l.kind {
                LineKind::Numbered { number, .. } => Some(number),
                LineKind::OrganLine { .. } | LineKind::Heading { annex: true } => Some(0),
                _ => None,
            });
            let resumes = pass
                .last_number
                .is_some_and(|last| next == Some(last.saturating_add(2)));
            if !resumes {
                pass.sequence += 1;
            }
        }
        self.paragraph_lines.push(index);
        self.paragraphs.push(NumberedParagraph {
            number,
            label,
            region: pass.region,
            sequence: pass.sequence,
            suffixed: suffix.is_some(),
            suffix,
            labelled: line.draft().is_some(),
            introduced,
            named,
            reading: None,
            // (Empty where its items are: ranges move with an edit, `Model::update`.)
            subs: self.subs.len()..self.subs.len(),
        });
        pass.numbered = true;
        if !nested && suffix.is_none() {
            pass.last_number = Some(number);
        }
        pass.since = Since::default();
        let paragraph = self.paragraphs.len() - 1;
        if nested {
            // Its items leave the subparagraphs of the paragraph open
            // (`b. … from the Secretary-General:` `i. …:` `1.` `2.` `c.`).
            pass.between.get_or_insert((index, false)).1 = false;
            pass.owner = index;
            pass.owner_paragraph = Some(paragraph);
            return;
        }
        pass.new_paragraph(index, Some(paragraph));
        self.paragraphs[paragraph].subs = self.subs.len()..self.subs.len();
        if let Some(inner) = line.inner() {
            let next = next_label(lines, index as usize);
            self.place_sub(
                pass,
                index,
                &(*inner.letters).into(),
                None,
                inner.label,
                line.indent,
                next,
            );
        }
    }

    /// A subparagraph on line `index`.
    fn sub(
        &mut self,
        pass: &mut Pass,
        lines: &Lines,
        index: u32,
        letters: &crate::syntax::line::Letters,
        suffix: Option<NumberSuffix>,
        label: Span,
    ) {
        let line = &lines[index as usize];
        // A labelled heading: `(ii)<TAB>Exceptions` before `19.`, when it
        // goes on with no list of the paragraph.
        let unpunctuated = short_unpunctuated(line);
        if suffix.is_none()
            && unpunctuated
            && !pass.lists.continues(letters)
            && (lines.range(index as usize + 1..lines.len()))
                .find(|l| !matches!(l.kind, LineKind::Blank | LineKind::Artefact))
                .is_some_and(|l| matches!(l.kind, LineKind::Numbered { .. }))
        {
            let placed = pass
                .headings
                .place(letters, 0, None, &mut || pass.list_ids.next());
            self.push_sub(
                pass,
                index,
                SubParagraph {
                    letters: letters.clone(),
                    suffix: None,
                    label,
                    level: placed.level,
                    style: placed.style,
                    ordinal: placed.ordinal,
                    list: placed.list,
                    heading: true,
                    reading: None,
                },
            );
            pass.since.heading = true;
            return;
        }
        if let Some((from, only_headings)) = pass.between.take() {
            let first_under_heading =
                only_headings && pass.lists.is_empty() && pass.paragraph.is_some();
            if pass.lists.continues(letters) || first_under_heading {
                // The list goes on across the headings and text between
                // its items: they belong to its paragraph.
                for k in (from - self.line_base) as usize..self.owner_offsets.len() {
                    self.owner_offsets[k] = self.line_base + k as u32 - pass.context;
                }
                pass.owner = pass.context;
            } else {
                // A new list, under the paragraph just before it.
                pass.lists.clear();
                pass.paragraph = pass
                    .owner_paragraph
                    .filter(|&p| self.paragraph_lines[p] == pass.owner);
                pass.context = pass.owner;
                if let Some(p) = pass.paragraph {
                    self.paragraphs[p].subs = self.subs.len()..self.subs.len();
                }
            }
        }
        let next = next_label(lines, index as usize);
        self.place_sub(pass, index, letters, suffix, label, line.indent, next);
        if let Some(inner) = line.inner() {
            let next = next_label(lines, index as usize);
            self.place_sub(
                pass,
                index,
                &(*inner.letters).into(),
                None,
                inner.label,
                line.indent + 1,
                next,
            );
        }
    }

    /// Places a subparagraph label in the lists of the current paragraph.
    #[allow(clippy::too_many_arguments)]
    fn place_sub(
        &mut self,
        pass: &mut Pass,
        index: u32,
        letters: &crate::syntax::line::Letters,
        suffix: Option<NumberSuffix>,
        label: Span,
        indent: u32,
        next: Option<&str>,
    ) {
        let ids = &mut pass.list_ids;
        let placed = if suffix.is_some() {
            pass.lists.insert(letters, indent, &mut || ids.next())
        } else {
            pass.lists.place(letters, indent, next, &mut || ids.next())
        };
        self.push_sub(
            pass,
            index,
            SubParagraph {
                letters: letters.clone(),
                suffix,
                label,
                level: placed.level,
                style: placed.style,
                ordinal: placed.ordinal,
                list: placed.list,
                heading: false,
                reading: None,
            },
        );
    }

    fn push_sub(&mut self, pass: &Pass, line: u32, sub: SubParagraph) {
        self.subs.push(sub);
        self.sub_lines.push(line);
        if let Some(p) = pass.paragraph {
            self.paragraphs[p].subs.end = self.subs.len();
        }
    }

    /// Reads every sequence of numbered paragraphs and every list of
    /// subparagraphs (see [`crate::sequence`]).
    fn read_sequences(&mut self) {
        self.read_paragraphs(0..self.paragraphs.len());
        self.read_lists(0..self.subs.len());
        self.flagged.clear();
        self.update_flagged(0..self.paragraphs.len(), 0);
        self.slipped_subs.clear();
        self.update_slipped_subs(0..self.subs.len(), 0);
    }

    /// Whether paragraph `p` belongs in [`Model::flagged`].
    fn flags(&self, p: usize) -> bool {
        let paragraph = &self.paragraphs[p];
        paragraph.labelled || paragraph.reading.is_some_and(|r| r.slip.is_some())
    }

    /// Brings [`Model::flagged`] up to date after the paragraphs `read` were
    /// read again, `by` more than before (those before the same, those
    /// after moved).
    fn update_flagged(&mut self, read: std::ops::Range<usize>, by: i64) {
        let flagged: Vec<u32> = (read.clone())
            .filter(|&p| self.flags(p))
            .map(|p| p as u32)
            .collect();
        update_index(&mut self.flagged, read, by, flagged);
    }

    /// Brings [`Model::slipped_subs`] up to date after the lists of the
    /// subparagraphs `read` were read again (no other's), `by` more than
    /// before.
    fn update_slipped_subs(&mut self, read: std::ops::Range<usize>, by: i64) {
        let slipped: Vec<u32> = (read.clone())
            .filter(|&s| self.subs[s].reading.is_some_and(|r| r.slip.is_some()))
            .map(|s| s as u32)
            .collect();
        update_index(&mut self.slipped_subs, read, by, slipped);
    }

    /// Reads the sequences of the numbered paragraphs `range` (whole
    /// sequences: each is read from its own paragraphs alone).
    fn read_paragraphs(&mut self, range: std::ops::Range<usize>) {
        let counted: Vec<(u32, usize)> = range
            .filter(|&i| self.paragraphs[i].counted())
            .map(|i| (self.paragraphs[i].sequence, i))
            .collect();
        for group in counted.chunk_by(|a, b| a.0 == b.0) {
            let items: Vec<Item> = group
                .iter()
                .map(|&(_, i)| self.paragraphs[i].item())
                .collect();
            for (&(_, i), reading) in group.iter().zip(sequence::read(&items)) {
                self.paragraphs[i].reading = Some(reading);
            }
        }
    }

    /// Reads the lists of the subparagraphs `subs` (each with all its
    /// items).
    fn read_lists(&mut self, subs: impl Iterator<Item = usize>) {
        // Items of one list are in document order, with the lists nested
        // between them elsewhere.
        let mut order: Vec<(u32, u32, u32, usize)> = subs
            .filter(|&i| self.subs[i].suffix.is_none())
            .map(|i| {
                let sub = &self.subs[i];
                (sub.list, self.sub_lines[i], sub.label.start, i)
            })
            .collect();
        order.sort_unstable();
        for group in order.chunk_by(|a, b| a.0 == b.0) {
            let items: Vec<Item> = group
                .iter()
                .enumerate()
                .map(|(k, &(.., i))| {
                    let sub = &self.subs[i];
                    Item {
                        number: sub.ordinal,
                        // A list may start again at (a).
                        introduced: true,
                        // Labelled headings are numbered from the first.
                        named: (k == 0 && sub.heading).then_some(sub.ordinal),
                    }
                })
                .collect();
            for (&(.., i), reading) in group.iter().zip(sequence::read(&items)) {
                self.subs[i].reading = Some(reading);
            }
        }
    }

    /// The numbered paragraph on `line`, if there is one.
    pub fn paragraph_at(&self, line: usize) -> Option<&NumberedParagraph> {
        self.paragraph_index_at(line).map(|at| &self.paragraphs[at])
    }

    /// The index in [`Model::paragraphs`] of the numbered paragraph on
    /// `line`, if there is one.
    pub fn paragraph_index_at(&self, line: usize) -> Option<usize> {
        let at = self
            .paragraph_lines
            .partition_point(|&l| (l as usize) < line);
        (self.paragraph_lines.get(at).map(|&l| l as usize) == Some(line)).then_some(at)
    }

    /// The line of the numbered paragraph `index` of [`Model::paragraphs`].
    pub fn paragraph_line(&self, index: usize) -> u32 {
        self.paragraph_lines[index]
    }

    /// The first line of the paragraph (numbered or not) that `line`
    /// belongs to, if the model holds `line`.
    pub fn owner_of(&self, line: usize) -> Option<u32> {
        (self.owner_offsets.get(line)).map(|&offset| line as u32 - offset)
    }

    /// The line of the subparagraph `index` of [`Model::subs`].
    pub fn sub_line(&self, index: usize) -> u32 {
        self.sub_lines[index]
    }

    /// The facts line rules may read.
    pub fn context(&self) -> Context {
        Context {
            organ: self.organ,
            own: self.own,
            footnotes: self.footnote_texts.last().copied().unwrap_or(0),
            language: self.language,
        }
    }

    /// The organ a citation refers to, if it can be known.
    pub fn citation_organ(&self, citation: &Citation) -> Option<Organ> {
        self.context().citation_organ(citation)
    }

    /// The catalog key of a citation, when [`Model::citation_organ`] knows
    /// its organ.
    pub fn citation_key(&self, citation: &Citation) -> Option<crate::catalog::Key> {
        self.citation_organ(citation)
            .and_then(|organ| crate::catalog::Key::of_citation(organ, citation))
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

/// The state of the pass that builds a model.
#[derive(Debug, Default, Clone)]
struct Pass {
    region: u16,
    sequence: u32,
    /// Whether a numbered paragraph came before in the sequence.
    numbered: bool,
    /// The number of the last paragraph of the sequence (lists inside
    /// paragraphs aside).
    last_number: Option<u32>,
    /// The line the current line belongs to (its paragraph's first line).
    owner: u32,
    /// The numbered paragraph on the line `owner`, if it is one.
    owner_paragraph: Option<usize>,
    /// The numbered paragraph whose subparagraphs are being read.
    paragraph: Option<usize>,
    /// The line of the paragraph (numbered or not) they belong to.
    context: u32,
    lists: Lists,
    /// Lines after an item of a list, or between a paragraph and its first
    /// item, after which the list may still go on (headings, running text,
    /// a list of numbered items): the first of them, and whether all are
    /// headings.
    between: Option<(u32, bool)>,
    /// The labelled headings of the region.
    headings: Lists,
    list_ids: ListIds,
    /// The last line before the next numbered paragraph, headings aside:
    /// its last character and the paragraph it names.
    lead: Lead,
    /// What came since the last numbered paragraph.
    since: Since,
    /// The last number of a list of numbered items the text introduced
    /// inside a paragraph.
    nested: Option<u32>,
}

/// The last line before a numbered paragraph, headings aside.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Lead {
    last: Option<char>,
    /// The paragraph it names (see [`crate::syntax::structure::Cues`]).
    names: Option<u32>,
}

#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
struct Since {
    heading: bool,
    /// A heading that numbers a section (`II`, `Section B`).
    section: bool,
    /// A paragraph ending with a comma: a preamble (a budget section's).
    preamble: bool,
}

/// Allocates the ids of lists of subparagraphs.
#[derive(Debug, Default, Clone, Copy)]
struct ListIds(u32);

impl ListIds {
    fn next(&mut self) -> u32 {
        self.0 += 1;
        self.0
    }
}

impl Pass {
    /// Whether the pass reads on from `other` as from this state (of a
    /// checkpoint, moved).
    fn same(&self, other: &Pass) -> bool {
        self.region == other.region
            && self.sequence == other.sequence
            && self.numbered == other.numbered
            && self.last_number == other.last_number
            && self.owner == other.owner
            && self.owner_paragraph == other.owner_paragraph
            && self.paragraph == other.paragraph
            && self.context == other.context
            && self.lists == other.lists
            && self.between == other.between
            && self.headings == other.headings
            && self.list_ids.0 == other.list_ids.0
            && self.lead == other.lead
            && self.since == other.since
            && self.nested == other.nested
    }

    fn new_sequence(&mut self) {
        self.sequence += 1;
        self.numbered = false;
        self.last_number = None;
        self.nested = None;
        self.since = Since::default();
    }

    /// Line `index` starts a paragraph of its own (numbered: `paragraph`):
    /// the subparagraphs that follow are its.
    fn new_paragraph(&mut self, index: u32, paragraph: Option<usize>) {
        self.lists.clear();
        self.between = None;
        self.paragraph = paragraph;
        self.owner_paragraph = paragraph;
        self.context = index;
        self.owner = index;
    }
}

/// The label of the next subparagraph of the paragraph after line `index`,
/// for a label that could open a list or go on with one (`(i)` after
/// `(h)`).
fn next_label(lines: &Lines, index: usize) -> Option<&str> {
    for line in lines
        .range((index + 1).min(lines.len())..lines.len())
        .take(64)
    {
        match &line.kind {
            LineKind::Sub { letters, .. } => return Some(letters),
            LineKind::Numbered { .. }
            | LineKind::OrganLine { .. }
            | LineKind::FootnoteText { .. }
            | LineKind::Heading { annex: true } => return None,
            _ => {}
        }
    }
    None
}

/// What the model reads of a line's last character: whether it is a comma,
/// a colon or a full stop (and, through [`short_lead_in`] and
/// [`short_unpunctuated`], compared as such, whether a short line ends
/// with a colon or no mark). A letter typed after a paragraph's `;` keeps
/// the model.
pub fn end_mark(last: Option<char>) -> Option<char> {
    last.filter(|c| matches!(c, ',' | ':' | '.'))
}

/// A short line ending in a colon (`Exceptions:`), which continues the list
/// item above it when it is not indented past it. The model reads a line's
/// length only here and in [`short_unpunctuated`], so that a keystroke that
/// changes no such answer keeps the model ([`Model::same_for_model`]).
fn short_lead_in(line: &LineSyntax) -> bool {
    line.last_char == Some(':') && line.len < 80
}

/// A line short and with no punctuation at its end: a labelled line that
/// may be a heading (`(ii)<TAB>Exceptions`) rather than a list item (read
/// of subparagraphs' lines only).
fn short_unpunctuated(line: &LineSyntax) -> bool {
    line.len < 200
        && !matches!(
            line.last_char,
            Some(',' | ';' | ':' | '.' | '!' | '?' | '…' | '”' | '’' | '"' | ')' | ']')
        )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::lines_from;
    use std::collections::BTreeSet;
    use std::sync::Arc;

    /// A subparagraph holds its line's letters, not a copy; an inner
    /// label's (`3.<TAB>(a) …`) are read from the label.
    #[test]
    fn a_subparagraph_shares_its_lines_letters() {
        let lines: Vec<Arc<LineSyntax>> = [
            "\tThe General Assembly,",
            "\t1.\tRequests:",
            "\t(a)\tA report;",
            "\t(b)\tA plan;",
            "\t2.\t(a) Each State;",
        ]
        .into_iter()
        .map(|l| Arc::new(crate::syntax::parse_line(l)))
        .collect();
        let lines = lines_from(lines);
        let model = Model::build(&lines);
        let letters: Vec<(&str, u32)> = (model.subs.iter().zip(&model.sub_lines))
            .map(|(s, &line)| (&*s.letters, line))
            .collect();
        assert_eq!(letters, [("a", 2), ("b", 3), ("a", 4)]);
        for (sub, &line) in model.subs[..2].iter().zip(&model.sub_lines) {
            let LineKind::Sub { letters, .. } = &lines[line as usize].kind else {
                panic!("not a subparagraph: {:?}", lines[line as usize].kind);
            };
            assert!(std::ptr::eq(letters.as_ptr(), sub.letters.as_ptr()));
        }
    }

    #[test]
    fn an_old_council_header_gives_the_number_and_the_date() {
        let document = crate::Document::new(
            "Resolution 660 (1990) of 2 August 1990\n\n\tThe Security Council,\n\t1.\tCondemns the invasion.",
        );
        let own = document.model().own;
        assert_eq!(own.sc, Some((660, 1990)));
        assert_eq!(own.date, Some(Date::new(1990, 8, 2)));
        assert_eq!(own.line, Some(0));
    }

    #[test]
    fn the_headings_between_a_paragraph_and_its_items_are_its_own() {
        let text = "\tThe Security Council,\n\t1.\tDecides:\nAsset Freeze\n\t\t(a)\tFreeze;\nTravel Ban\n\t\t(b)\tPrevent;\n\tand urges States to act;\n\t\t(c)\tReport;\nListing Criteria\n\t2.\tReaffirms.";
        let document = crate::Document::new(text);
        let model = document.model();
        assert_eq!(model.paragraphs[0].subs, 0..3);
        let owners = |m: &Model| {
            (0..m.regions.len())
                .map(|i| m.owner_of(i).unwrap())
                .collect::<Vec<_>>()
        };
        assert_eq!(&owners(model)[1..8], &[1; 7]);
        // The heading after the list heads what follows.
        assert_eq!(&owners(model)[8..], &[8, 9]);
        // A list under a paragraph of its own text is that paragraph's.
        let text = "\t1.\tDecides:\n\t(a)\tto act;\n\tRequests the Secretary-General to report to the Assembly at its next session on the following:\n\t(a)\tto report;";
        let document = crate::Document::new(text);
        let model = document.model();
        assert_eq!(model.paragraphs[0].subs, 0..1);
        assert_eq!(owners(model), [0, 0, 2, 2]);
        assert_ne!(model.subs[0].list, model.subs[1].list);
    }

    #[test]
    fn a_list_of_numbered_items_leaves_the_subparagraphs_open() {
        // S/RES/2713 (2023): `b. … from the Secretary-General:` `i. …:`
        // `1.` `2.` then `c.`, all in paragraph 45.
        let text = "\t45.\tRequests the following reports:\n\t\ta.\tfrom the Committee;\n\t\tb.\tfrom the Secretary-General:\n\t\t\ti.\tan update on the benchmarks:\n\t\t\t1.\textended to all regions;\n\t\t\t2.\telaborates a benchmark;\n\t\tc.\tfrom organisations;\n\t46.\tDecides to remain seized.";
        let document = crate::Document::new(text);
        let model = document.model();
        let first = &model.paragraphs[0];
        assert_eq!(first.subs, 0..4);
        assert_eq!(model.paragraphs[1].depth(), 1);
        assert_eq!(model.paragraphs[3].number, 46);
        assert_eq!(model.paragraphs[3].depth(), 0);
        assert!(model
            .subs
            .iter()
            .all(|s| s.reading.is_some_and(|r| r.slip.is_none())));
    }

    fn parsed(text: &str) -> Lines {
        lines_from(
            text.split('\n')
                .map(|l| Arc::new(crate::syntax::parse_line(l)))
                .collect(),
        )
    }

    /// A long text with what the pass carries from line to line: lists
    /// nested in paragraphs, sections numbered on their own, labelled
    /// headings, a list the text introduces, an annex, footnotes.
    fn long_text() -> String {
        let mut text = String::from(
            "78/10.\tA title\n\tThe General Assembly,\n\tRecalling its resolution 70/1,1\n",
        );
        for n in 1..=150u32 {
            text += &format!("\t{n}.\tDecides to act in paragraph 3 above;\n");
            if n % 9 == 0 {
                text +=
                    "\t\t(a)\tA plan;\n\t\t(b)\tA report on:\n\t\t\t(i)\tOne;\n\t\t\t(ii)\tTwo;\n";
            }
            if n % 31 == 0 {
                text += "\nII\n\n";
            }
            if n % 47 == 0 {
                text += "\t(i)\tExceptions\n";
            }
            if n == 70 {
                text += "\t70 bis.\t[Urges States];\n\t71.\tThe following goals:\n\t1.\tOne;\n\t2.\tTwo;\n";
            }
        }
        text += "Annex\n\t1.\tFirst;\n\t2.\tSecond.\n1 Resolution 70/1.";
        text
    }

    /// The model of `lines` after the edit that replaced `removed` lines
    /// from `first` with `added` of them, brought up to date, and how many
    /// lines it read; asserts it is the model built afresh.
    fn updated(
        model: &mut Model,
        lines: &mut Lines,
        first: usize,
        removed: usize,
        added: &[&str],
    ) -> usize {
        let new: Vec<Arc<LineSyntax>> = added
            .iter()
            .map(|l| Arc::new(crate::syntax::parse_line(l)))
            .collect();
        lines.splice(first..first + removed, new);
        let before = model.clone();
        let updated = model.update(lines, first as u32, removed as u32, added.len() as u32);
        assert_eq!(
            *model,
            Model::build(lines),
            "replacing {removed} lines at {first} with {added:?}"
        );
        // What it says changed of the targets holds every change.
        if let Some(changed) = updated.targets {
            let new_end = first + added.len();
            let old = |line: usize| {
                if line >= new_end {
                    line - new_end + first + removed
                } else {
                    line
                }
            };
            for line in (0..lines.len()).filter(|&l| l < first || l >= new_end) {
                assert_eq!(
                    model.regions[line],
                    before.regions[old(line)],
                    "line {line}"
                );
            }
            let keys = |m: &Model| m.targets.iter().map(|&(k, _)| k).collect::<BTreeSet<u64>>();
            for key in keys(&before).symmetric_difference(&keys(model)) {
                assert!(changed.keys.contains(key), "{key:x} came or went");
            }
            for region in 0..=model
                .regions
                .iter()
                .chain(&before.regions)
                .copied()
                .max()
                .unwrap_or(0)
            {
                if model.last_number(region) != before.last_number(region) {
                    assert!(changed.lasts.contains(&region), "region {region}");
                }
                // A region not read again has the paragraphs, subparagraphs
                // and owners it had, moved.
                if !changed
                    .read
                    .as_ref()
                    .is_some_and(|read| read.contains(&region))
                {
                    let moved = |line: u32| {
                        if line as usize >= first + removed {
                            line as usize - removed + added.len()
                        } else {
                            line as usize
                        }
                    };
                    let region_of = |m: &Model, line: bool| {
                        let paragraphs = (m.paragraphs.iter().zip(&m.paragraph_lines))
                            .filter(|(p, _)| p.region == region)
                            .map(|(p, &p_line)| {
                                let subs = (m.subs[p.subs.clone()].iter())
                                    .zip(&m.sub_lines[p.subs.clone()])
                                    .map(|(s, &line)| {
                                        (s.letters.clone(), s.suffix, s.heading, line)
                                    })
                                    .map(|(l, x, h, at)| {
                                        (l, x, h, if line { moved(at) } else { at as usize })
                                    })
                                    .collect::<Vec<_>>();
                                let at = if line { moved(p_line) } else { p_line as usize };
                                (at, p.number, p.suffix, p.suffixed, subs)
                            })
                            .collect::<Vec<_>>();
                        let owners = (m.regions.iter().enumerate())
                            .filter(|(_, &r)| r == region)
                            .map(|(i, _)| m.owner_of(i).unwrap())
                            .map(|o| if line { moved(o) } else { o as usize })
                            .collect::<Vec<_>>();
                        (paragraphs, owners)
                    };
                    assert_eq!(
                        region_of(model, false),
                        region_of(&before, true),
                        "region {region}, not read again"
                    );
                }
            }
        }
        updated.read
    }

    #[test]
    fn an_edit_brings_the_model_up_to_date_reading_only_near_it() {
        let text = long_text();
        let base = parsed(&text);
        let edits: [(usize, &[&str]); 7] = [
            (0, &[""]),
            (1, &[]),
            (1, &["\t5.\tInserted;"]),
            (1, &["\t\t(c)\tAn item;", "(iii) Heading"]),
            (0, &["\t1.\tDecides:", "Annex"]),
            (1, &["\tThe Security Council,"]),
            (1, &["2 A footnote."]),
        ];
        for first in 0..base.len() {
            for &(removed, added) in &edits {
                if first + removed > base.len() {
                    continue;
                }
                let mut lines = base.clone();
                let mut model = Model::build(&lines);
                let read = updated(&mut model, &mut lines, first, removed, added);
                // A blank line added reads again from a checkpoint before it
                // to one after it, where the pass reads as it did (an edit
                // that changes what the pass carries on, such as a labelled
                // heading's list, reads on further).
                if first > 2 * CHECKPOINT_EVERY as usize && (removed, added) == (0, &[""][..]) {
                    assert!(
                        read <= 3 * CHECKPOINT_EVERY as usize,
                        "{read} lines read for a blank line at {first}"
                    );
                }
            }
        }
    }

    #[test]
    fn edits_one_after_another_keep_the_model_up_to_date() {
        let text = long_text();
        let mut lines = parsed(&text);
        let mut model = Model::build(&lines);
        let choices: [&[&str]; 6] = [
            &[],
            &[""],
            &["\t12.\tRequests;"],
            &["\t\t(b)\tA task;"],
            &["II"],
            &["\t1.\tDecides:", "\t\t(a)\tOne;"],
        ];
        // (A fixed sequence of pseudo-random edits.)
        let mut seed = 0x2545_f491_u64;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let mut reads = 0;
        for _ in 0..400 {
            let first = next(lines.len());
            let removed = next(3).min(lines.len() - first);
            let added = choices[next(choices.len())];
            reads += updated(&mut model, &mut lines, first, removed, added);
        }
        assert!(
            reads < 400 * lines.len() / 4,
            "{reads} lines read in 400 edits"
        );
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
