//! A document: its text in a rope, the syntax of each line, the model and the
//! diagnostics. Edits re-parse only the lines they touch; the model and the
//! rules then run over the per-line summaries, never over the text.
//!
//! What a keystroke costs: the edited lines are parsed again; the line
//! rules ([`rules::LINE_RULES`]) run on those lines only, their findings on
//! other lines being cached per line (relative to their line, so that lines
//! inserted above do not invalidate them); the model is brought up to date
//! from the per-line summaries around the edit ([`Model::update`]) and the
//! document rules ([`rules::RULES`]) run over it, a pass over small structs,
//! the line rules' findings on the lines the edit left kept. When the
//! document's [`Context`] or the catalog changes, every line's findings are
//! computed again. When the edits changed nothing in the edited lines but
//! positions (typing inside a paragraph, not in its opening, label,
//! markers, citations or punctuation), the model and the
//! parts are kept and so are the findings on every other line: only those
//! on the edited lines are built again ([`rules::Ctx::only`]), so a
//! keystroke does not rebuild thousands of findings elsewhere. When typing
//! on a line only moved its citations and footnote candidates, the line
//! rules' findings on it move with the text too (`Shift::moved`):
//! a line of many citations is not checked again for a letter typed
//! between them.

use std::borrow::Cow;
use std::sync::Arc;

use ropey::Rope;

use crate::catalog::Catalog;
use crate::data::languages::{Language, LanguageChoice};
use crate::diagnostic::Diagnostic;
use crate::doc_lines::DocLines;
use crate::footnotes::Footnotes;
use crate::gap::GapVec;
use crate::model::{Context, Model};
use crate::parts::Parts;
use crate::resolve::ChangedTargets;
use crate::rules::{self, Ctx, LineCtx};
use crate::syntax::{
    lines_from, parse_edited_line, parse_lines_into, CitationId, Edited, LineSyntax, Lines, Marker,
    Pieces, Span,
};
use crate::text::{self, Encoding, LineCol, Pos};

/// An analysed document.
#[derive(Debug, Clone)]
pub struct Document {
    rope: Rope,
    lines: Lines,
    /// The line rules' findings on each line, in step with `lines`.
    /// (A gap buffer: a line typed or deleted moves the slots of the lines
    /// after it only as far as the last edit.)
    findings: GapVec<Findings>,
    /// The context `findings` were computed in (`None`: none computed yet,
    /// or the catalog changed since).
    findings_context: Option<Context>,
    model: Model,
    /// The parts of the resolution, built from `lines` and `model`.
    parts: Parts,
    /// The footnotes, resolved from `lines`.
    footnotes: Footnotes,
    diagnostics: Vec<Diagnostic>,
    catalog: Catalog,
    /// Whether the model and diagnostics are those of the current text (see
    /// [`Document::apply_changes_unanalysed`]).
    analysed: bool,
    /// The lines of the edits since the model was built that may have
    /// changed it (see [`Model::same_for_model`]): `Nothing` while it is
    /// current, `Unknown` where it must be built again, else the lines it is
    /// brought up to date from ([`Model::update`]).
    model_edits: EditedLines,
    /// Whether an edit since the last analysis may have changed the parts
    /// (see [`Parts::same_for_parts`]).
    parts_stale: bool,
    /// The line whose opening the edits since the last analysis changed,
    /// leaving the roles as they were ([`Parts::same_for_roles`]): the
    /// cycles are read again from there ([`Parts::update_cycles`]). One
    /// line's: edits to the openings of two lines build the parts again.
    cycles_from: Option<usize>,
    /// Whether the parts are stale only for edits to the openings of the
    /// lines [`Document::touched`] holds, the model the same: the parts are
    /// then built again and only the lines whose role or place changed are
    /// checked again with them ([`Parts::rebuild_lines`]).
    parts_by_lines: bool,
    /// Whether an edit since the last analysis may have changed the
    /// footnotes (see [`Footnotes::same_for_footnotes`]), and they must be
    /// resolved again throughout.
    footnotes_stale: bool,
    /// The one edit since the last analysis that may have changed the
    /// footnotes, as (first line, lines removed, lines added): only the
    /// resolutions it touches are resolved again.
    footnotes_edit: Option<(u32, u32, u32)>,
    /// The lines edits re-parsed since the last analysis, when none of them
    /// changed anything but positions within their own lines.
    touched: Touched,
    /// The lines edits changed since the last analysis, whatever they
    /// changed: the line rules' findings on the others are in the
    /// diagnostics, moved as the edits moved their lines.
    edited_lines: EditedLines,
    /// The buffer of the diagnostics before the last structural edit, which
    /// the next one writes its list into (`Document::diagnostics_after`).
    spare: Vec<Diagnostic>,
    /// Whether an edit since the last analysis wrote or removed a line that
    /// says when the text was adopted ([`rules::is_adoption_line`]), which
    /// the rules of [`rules::INDEXED_RULES`] read.
    adoption_edited: bool,
    /// What the last update of the model changed of the targets of
    /// references (nothing where it was not read again; `None` where it was
    /// built again or the regions of lines off the edit changed).
    changed_targets: Option<ChangedTargets>,
    /// The diagnostics that reach lines other than their own, by their
    /// range or the edits of their fixes ([`Reach`]).
    reach: Vec<Reach>,
    /// The lines of the findings of [`Document::diagnostics`] that are no
    /// line rule's, each rule's in order (with a line repeated for each):
    /// where a structural edit asks which findings it keeps besides the
    /// line rules', without reading the others.
    doc_lines: DocLines,
    /// The first line of each of [`Document::diagnostics`], in order: what
    /// the searches of the list by line read (a finding is a pointer; its
    /// line here is read without following it).
    finding_lines: Vec<u32>,
    /// The language the user chose (the file name; the editor's setting,
    /// `resolute.toml`).
    language_choice: LanguageChoice,
    /// The language the lines were parsed in ([`LanguageChoice::resolve`]).
    language: Language,
    /// What was read of each clause of the last line an edit within one
    /// line re-parsed ([`parse_line_with`]): typing in a long Chinese line
    /// reads its edited clause again, not the whole line.
    pieces: Pieces,
}

/// The lines edits changed since the model was built (or since the last
/// analysis): its lines `first..old_end` are now `first..new_end`, the
/// others the same.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ModelEdit {
    first: u32,
    old_end: u32,
    new_end: u32,
}

impl ModelEdit {
    /// The edit that replaced `removed` lines from `first` with `added`.
    fn new(first: u32, removed: u32, added: u32) -> ModelEdit {
        ModelEdit {
            first,
            old_end: first + removed,
            new_end: first + added,
        }
    }

    /// These edits and then one that replaced `removed` lines from `first`
    /// with `added`.
    fn then(self, first: u32, removed: u32, added: u32) -> ModelEdit {
        // The end of what changed, in the lines before the last edit.
        let reach = self.new_end.max(first + removed);
        ModelEdit {
            first: self.first.min(first),
            old_end: self.old_end + (reach - self.new_end),
            new_end: reach + added - removed,
        }
    }
}

/// The lines edits changed since the last analysis (or since the model
/// was built).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum EditedLines {
    /// Not known (before the first analysis, after the text was read
    /// again).
    Unknown,
    /// None.
    Nothing,
    Lines(ModelEdit),
}

impl EditedLines {
    /// These edits and then one that replaced `removed` lines from `first`
    /// with `added`.
    fn then(self, first: u32, removed: u32, added: u32) -> EditedLines {
        match self {
            EditedLines::Unknown => EditedLines::Unknown,
            EditedLines::Nothing => EditedLines::Lines(ModelEdit::new(first, removed, added)),
            EditedLines::Lines(edit) => EditedLines::Lines(edit.then(first, removed, added)),
        }
    }
}

/// What the edits since the last analysis changed, for the diagnostics.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Touched {
    /// Nothing.
    Nothing,
    /// Lines `first..=last` were parsed again; the line count is the same
    /// and each of them is the same but for positions within it
    /// ([`same_but_positions`]).
    Lines(usize, usize),
    /// Anything else.
    Anything,
}

/// How the positions of a line moved with an edit of its text: those up
/// to `last_kept` stay, those from `from` on move by `by` bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Shift {
    last_kept: Option<u32>,
    /// `u32::MAX` if none moves.
    from: u32,
    by: i64,
    /// Whether every position compared stayed or moved so.
    ok: bool,
}

impl Shift {
    /// How the positions the line rules read ([`rules::LINE_RULES`]: those
    /// of the citations and footnote candidates) moved from `old` to `new`,
    /// two versions of a line after an edit within it, if they only moved:
    /// the same readings, each position either where it was or moved by the
    /// change of the line's length, every one that stays before every one
    /// that moves, and no span with one end that stays and one that moves.
    /// (The rest of the line must be the same but for positions:
    /// [`same_but_positions`].)
    fn between(old: &LineSyntax, new: &LineSyntax) -> Option<Shift> {
        let mut shift = Shift {
            last_kept: None,
            from: u32::MAX,
            by: i64::from(new.len) - i64::from(old.len),
            ok: true,
        };
        if old.citations() == new.citations() && old.markers() == new.markers() {
            // Nothing the rules read moved.
            shift.by = 0;
            return Some(shift);
        }
        if shift.by == 0
            || old.citations().len() != new.citations().len()
            || old.markers().len() != new.markers().len()
        {
            return None;
        }
        for (old, new) in old.citations().iter().zip(new.citations()) {
            shift.span(old.span, new.span);
            shift.point(old.lead, new.lead);
            let mut moved = *old;
            moved.span = new.span;
            moved.lead = new.lead;
            match (&mut moved.date, &new.date) {
                (Some((_, span)), Some((_, to))) => {
                    shift.span(*span, *to);
                    *span = *to;
                }
                (None, None) => {}
                _ => return None,
            }
            match (&mut moved.title, &new.title) {
                (Some(title), Some(to)) => {
                    shift.span(title.span, to.span);
                    title.span = to.span;
                }
                (None, None) => {}
                _ => return None,
            }
            match (&mut moved.letters, &new.letters) {
                (Some(letters), Some(to)) => {
                    shift.span(letters.span, to.span);
                    letters.span = to.span;
                }
                (None, None) => {}
                _ => return None,
            }
            match (&mut moved.id, &new.id) {
                (CitationId::Roman { roman, .. }, CitationId::Roman { roman: to, .. }) => {
                    shift.span(*roman, *to);
                    *roman = *to;
                }
                (CitationId::Year { year_span, .. }, CitationId::Year { year_span: to, .. }) => {
                    shift.span(*year_span, *to);
                    *year_span = *to;
                }
                _ => {}
            }
            // The rest compares as it is.
            shift.ok &= moved == *new;
        }
        for (old, new) in old.markers().iter().zip(new.markers()) {
            shift.span(old.span, new.span);
            shift.ok &= Marker {
                span: new.span,
                ..*old
            } == *new;
        }
        (shift.ok && shift.last_kept.is_none_or(|kept| kept < shift.from)).then_some(shift)
    }

    /// Whether position `old` stayed (`false`) or moved (`true`) to `new`.
    fn point(&mut self, old: u32, new: u32) -> bool {
        if old == new {
            self.last_kept = self.last_kept.max(Some(old));
            false
        } else {
            self.ok &= i64::from(old) + self.by == i64::from(new);
            self.from = self.from.min(old);
            true
        }
    }

    fn span(&mut self, old: Span, new: Span) {
        let start = self.point(old.start, new.start);
        let end = self.point(old.end, new.end);
        self.ok &= start == end;
    }

    /// Where a position of the line before the edit is after it; `None`
    /// between the last that stays and the first that moves, where no
    /// position drawn from the readings falls.
    fn moved_col(self, at: u32) -> Option<u32> {
        if at >= self.from {
            u32::try_from(i64::from(at) + self.by).ok()
        } else if self.last_kept.is_some_and(|kept| at <= kept) {
            Some(at)
        } else {
            None
        }
    }

    /// The line rules' findings on the edited line (relative to it), their
    /// columns on it moved; `None` if one falls where no reading was.
    fn moved(self, findings: &List) -> Option<List> {
        if self.by == 0 {
            return Some(findings.clone());
        }
        let pos = |pos: &mut Pos| -> Option<()> {
            if pos.line == 0 {
                pos.col = self.moved_col(pos.col)?;
            }
            Some(())
        };
        let range = |range: &mut crate::text::Range| -> Option<()> {
            pos(&mut range.start)?;
            pos(&mut range.end)
        };
        let mut out = Vec::with_capacity(findings.len());
        for diagnostic in findings.iter() {
            let mut diagnostic = diagnostic.clone();
            let mut moved = diagnostic.range();
            range(&mut moved)?;
            diagnostic.set_range(moved);
            for fix in diagnostic.fixes_mut() {
                for edit in &mut fix.edits {
                    range(&mut edit.range)?;
                }
            }
            out.push(diagnostic);
        }
        Some(Arc::new(out.into_boxed_slice()))
    }
}

/// The line rules' findings on one line, with line numbers relative to it
/// (the line itself is line 0): `None` when not computed since the line
/// was last parsed. A line without findings holds the one shared empty
/// list ([`Findings::none`]), so that the slot is one pointer (an enum of
/// the three states would be 24 bytes, an `Arc<[Diagnostic]>` 16: one
/// slot per line, 38,000 in a 10 MB document, against a block of 48 bytes
/// more for each of the few lines with findings).
#[derive(Debug, Clone, Default)]
struct Findings(Option<List>);

/// A line's findings, shared by the line's clones of its slot.
type List = Arc<Box<[Diagnostic]>>;

impl Findings {
    /// Not computed since the line was last parsed.
    const STALE: Findings = Findings(None);

    /// No findings on the line.
    fn none() -> Findings {
        static EMPTY: std::sync::LazyLock<List> =
            std::sync::LazyLock::new(|| Arc::new(Box::default()));
        Findings(Some(EMPTY.clone()))
    }

    fn is_stale(&self) -> bool {
        self.0.is_none()
    }

    /// The findings, if there are any.
    fn list(&self) -> Option<&List> {
        self.0.as_ref().filter(|list| !list.is_empty())
    }
}

impl Default for Document {
    fn default() -> Self {
        Document::new("")
    }
}

/// One change as an editor sends it: a range in editor columns (or none for
/// the whole document) and the new text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub range: Option<(LineCol, LineCol)>,
    pub text: String,
}

/// The most characters an edit within a line removes for the line before
/// it to be told from the line after it ([`Edited::replaced`]): a
/// keystroke's, a word's.
const EDITED_MOST: usize = 64;

impl Document {
    /// Parses and analyses `text` against the built-in catalog.
    pub fn new(text: &str) -> Document {
        Document::with_catalog(text, Catalog::builtin())
    }

    /// Parses and analyses `text`, checking citations against `catalog`.
    pub fn with_catalog(text: &str, catalog: Catalog) -> Document {
        Document::with_language(text, catalog, None)
    }

    /// Parses and analyses `text` in the language chosen (`Some(French)`,
    /// or a [`LanguageChoice`]; with `None`, in the language of its organ
    /// line), checking citations against `catalog`.
    pub fn with_language(
        text: &str,
        catalog: Catalog,
        choice: impl Into<LanguageChoice>,
    ) -> Document {
        let choice = choice.into();
        let rope = Rope::from_str(text);
        let effective = match choice.text {
            Some(language) => language,
            None => choice.resolve(detect_in_text(text)),
        };
        let lines = parse_lines(text, effective);
        debug_assert_eq!(lines.len(), rope.len_lines());
        Document::assemble(rope, lines_from(lines), catalog, choice, effective)
    }

    /// Parses and analyses the text of `rope`, checking citations against
    /// `catalog`. Cloning a rope is cheap and the clone shares its memory
    /// with the original until either is edited, so a caller that keeps its
    /// own copy of the text does not pay for it twice.
    pub fn from_rope(rope: Rope, catalog: Catalog) -> Document {
        Document::from_rope_in(rope, catalog, None)
    }

    /// [`Document::from_rope`] in the language chosen (see
    /// [`Document::with_language`]).
    pub fn from_rope_in(
        rope: Rope,
        catalog: Catalog,
        choice: impl Into<LanguageChoice>,
    ) -> Document {
        let mut document = Document::from_rope_in_unchecked(rope, catalog, choice);
        document.refresh();
        document
    }

    /// [`Document::from_rope_in`], checked against the catalog `declare`
    /// gives for the entry the text declares for itself
    /// ([`crate::catalog::declared_entry`], `uri` naming the text): what a
    /// caller that keeps the open texts' entries in its catalog needs to
    /// analyse a text once, with its own entry, rather than once before it
    /// has declared it and again after. `declare` is called once, after the
    /// lines are read and the model built, before any rule runs.
    pub fn from_rope_declaring(
        rope: Rope,
        choice: impl Into<LanguageChoice>,
        uri: &str,
        declare: impl FnOnce(Option<crate::catalog::Entry>) -> Catalog,
    ) -> Document {
        let mut document = Document::from_rope_in_unchecked(rope, Catalog::default(), choice);
        document.model_current();
        // The model is current: what the text declares can be read. No
        // finding is read before the analysis below.
        document.analysed = true;
        let entry = crate::catalog::declared_entry(&document, uri);
        document.analysed = false;
        document.catalog = declare(entry);
        document.refresh();
        document
    }

    /// [`Document::from_rope_in`] without the analysis.
    fn from_rope_in_unchecked(
        rope: Rope,
        catalog: Catalog,
        choice: impl Into<LanguageChoice>,
    ) -> Document {
        let choice = choice.into();
        let effective = match choice.text {
            Some(language) => language,
            None => choice.resolve(
                (0..rope.len_lines())
                    .find_map(|i| crate::syntax::foreign::organ_language(&line_text(&rope, i))),
            ),
        };
        let lines = parse_rope_lines(&rope, 0..rope.len_lines(), effective);
        Document::unchecked(rope, lines_from(lines), catalog, choice, effective)
    }

    fn assemble(
        rope: Rope,
        lines: Lines,
        catalog: Catalog,
        language_choice: LanguageChoice,
        language: Language,
    ) -> Document {
        let mut document = Document::unchecked(rope, lines, catalog, language_choice, language);
        document.refresh();
        document
    }

    /// A document of `lines`, none of it analysed yet.
    fn unchecked(
        rope: Rope,
        lines: Lines,
        catalog: Catalog,
        language_choice: LanguageChoice,
        language: Language,
    ) -> Document {
        Document {
            rope,
            findings: vec![Findings::STALE; lines.len()].into(),
            findings_context: None,
            lines,
            model: Model::default(),
            parts: Parts::default(),
            footnotes: Footnotes::default(),
            diagnostics: Vec::new(),
            catalog,
            analysed: false,
            model_edits: EditedLines::Unknown,
            parts_stale: true,
            cycles_from: None,
            parts_by_lines: false,
            footnotes_stale: true,
            footnotes_edit: None,
            touched: Touched::Anything,
            edited_lines: EditedLines::Unknown,
            adoption_edited: false,
            changed_targets: None,
            spare: Vec::new(),
            reach: Vec::new(),
            doc_lines: DocLines::default(),
            finding_lines: Vec::new(),
            language_choice,
            language,
            pieces: Pieces::default(),
        }
    }

    /// The language the text is read in: the one chosen for it (its file
    /// name), else the language of its first organ line (`L’Assemblée
    /// générale,`, `La Asamblea General,`), else the one chosen for the
    /// workspace (the editor's setting, `resolute.toml`), else English.
    pub fn language(&self) -> Language {
        self.language
    }

    /// The language chosen for the text and for its workspace.
    pub fn language_choice(&self) -> LanguageChoice {
        self.language_choice
    }

    /// Reads the text in the language chosen (`Some(French)`, or a
    /// [`LanguageChoice`]; with `None`, in the language of its organ line),
    /// and analyses it again if that changes the language.
    pub fn set_language(&mut self, choice: impl Into<LanguageChoice>) {
        self.language_choice = choice.into();
        self.update_language();
        self.refresh();
    }

    /// Parses every line again if the language the text is to be read in
    /// is no longer the one its lines were parsed in.
    fn update_language(&mut self) {
        let effective = self
            .language_choice
            .resolve(self.lines.iter().find_map(|l| l.organ_language));
        if effective == self.language {
            return;
        }
        self.language = effective;
        self.analysed = false;
        self.lines = lines_from(parse_rope_lines(
            &self.rope,
            0..self.rope.len_lines(),
            effective,
        ));
        // (The lines read in another language hold other candidates: French
        // `de 201310` is a date and its marker, English an unsure year.)
        self.every_line_read_again();
    }

    /// Marks everything built from the lines as stale, after every line
    /// was read again: the findings, the model, the parts, the footnotes.
    fn every_line_read_again(&mut self) {
        self.findings = vec![Findings::STALE; self.lines.len()].into();
        self.model_edits = EditedLines::Unknown;
        self.parts_stale = true;
        self.parts_by_lines = false;
        self.footnotes_stale = true;
        self.footnotes_edit = None;
        self.touched = Touched::Anything;
        self.edited_lines = EditedLines::Unknown;
    }

    pub fn rope(&self) -> &Rope {
        &self.rope
    }

    /// The whole text.
    pub fn text(&self) -> String {
        self.rope.to_string()
    }

    pub fn len_chars(&self) -> usize {
        self.rope.len_chars()
    }

    /// The syntax of every line, one entry per line (a text ending with a
    /// line break has a last, empty line).
    pub fn lines(&self) -> &Lines {
        &self.lines
    }

    /// The model of the text (call [`Document::analyse`] first after
    /// [`Document::apply_changes_unanalysed`]).
    pub fn model(&self) -> &Model {
        debug_assert!(self.analysed, "the model of an unanalysed document");
        &self.model
    }

    /// The parts of the resolution (call [`Document::analyse`] first after
    /// [`Document::apply_changes_unanalysed`]).
    pub fn parts(&self) -> &Parts {
        debug_assert!(self.analysed, "the parts of an unanalysed document");
        &self.parts
    }

    /// The footnotes: which candidates are markers, and what the footnote
    /// rules find (call [`Document::analyse`] first after
    /// [`Document::apply_changes_unanalysed`]).
    pub fn footnotes(&self) -> &Footnotes {
        debug_assert!(self.analysed, "the footnotes of an unanalysed document");
        &self.footnotes
    }

    /// The findings on the text (call [`Document::analyse`] first after
    /// [`Document::apply_changes_unanalysed`]).
    pub fn diagnostics(&self) -> &[Diagnostic] {
        debug_assert!(self.analysed, "the diagnostics of an unanalysed document");
        &self.diagnostics
    }

    /// Whether the model and the diagnostics are those of the current text.
    pub fn is_analysed(&self) -> bool {
        self.analysed
    }

    /// Brings the model and the diagnostics up to date with the text, if
    /// changes were applied without analysis since; returns whether it had
    /// to.
    pub fn analyse(&mut self) -> bool {
        if self.analysed {
            return false;
        }
        self.refresh();
        true
    }

    /// The organ that adopted `citation` (a citation of this document), as
    /// the rules see it: the model's context and this document's catalog
    /// (see [`crate::attribution`]).
    pub fn citation_organ(
        &self,
        citation: &crate::syntax::Citation,
    ) -> Option<crate::syntax::Organ> {
        self.model()
            .context()
            .attribute(citation, &self.catalog)
            .organ()
    }

    /// The catalog key of `citation` (a citation of this document), when
    /// [`Document::citation_organ`] knows its organ.
    pub fn citation_key(&self, citation: &crate::syntax::Citation) -> Option<crate::catalog::Key> {
        self.citation_organ(citation)
            .and_then(|organ| crate::catalog::Key::of_citation(organ, citation))
    }

    /// The catalog citations are checked against.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Takes another catalog for the next analysis, without analysing now:
    /// for a caller that knows the change can hardly alter the current
    /// findings (the text cites nothing whose entry changed). The document
    /// counts as not analysed: the next analysis ([`Document::analyse`], or
    /// the one after an edit) runs the line rules against it everywhere.
    pub fn set_catalog_lazily(&mut self, catalog: Catalog) {
        self.catalog = catalog;
        self.findings_context = None;
        self.touched = Touched::Anything;
        self.analysed = false;
    }

    /// Takes a catalog that answers every lookup as the current one does
    /// (another open document declared a key whose entry did not change):
    /// nothing is re-run, and the old catalog is not kept alive.
    pub fn set_equivalent_catalog(&mut self, catalog: Catalog) {
        self.catalog = catalog;
    }

    /// Checks against another catalog (re-running the rules).
    pub fn set_catalog(&mut self, catalog: Catalog) {
        self.catalog = catalog;
        self.findings_context = None;
        self.touched = Touched::Anything;
        self.refresh();
    }

    /// The text of `line` without its terminator (empty past the end).
    pub fn line_text(&self, line: u32) -> Cow<'_, str> {
        if (line as usize) < self.rope.len_lines() {
            line_text(&self.rope, line as usize)
        } else {
            Cow::Borrowed("")
        }
    }

    /// Replaces the chars `range` (clamped to the text) with `new_text` and
    /// re-analyses.
    pub fn edit(&mut self, range: std::ops::Range<usize>, new_text: &str) {
        self.edit_text(range, new_text);
        self.refresh();
    }

    /// Applies an editor's change (positions in `encoding`, clamped as the
    /// LSP says) and re-analyses.
    pub fn apply_change(&mut self, change: &Change, encoding: Encoding) {
        self.apply_change_deferred(change, encoding);
        self.refresh();
    }

    /// Applies several changes in order, each against the text the previous
    /// one produced, then analyses once. Returns how many positions were
    /// outside the text (and clamped), for the caller to log.
    pub fn apply_changes(&mut self, changes: &[Change], encoding: Encoding) -> usize {
        let clamped = self.apply_changes_unanalysed(changes, encoding);
        self.refresh();
        clamped
    }

    /// Applies changes to the text (and re-parses the lines they touch)
    /// without analysing it: the server keeps the text in step with every
    /// edit at once, and analyses only the newest version when edits come
    /// faster than it can analyse them. Until [`Document::analyse`] runs, the
    /// model and the diagnostics are those of an older text.
    pub fn apply_changes_unanalysed(&mut self, changes: &[Change], encoding: Encoding) -> usize {
        self.analysed = false;
        let mut clamped = 0;
        for change in changes {
            clamped += self.apply_change_deferred(change, encoding);
        }
        clamped
    }

    /// [`Document::apply_changes_unanalysed`] of changes whose spans are
    /// known: each change's [`change_span`] in the text the changes before
    /// it produced (a caller that applies them to its own copy of the text
    /// first, with [`apply_change_to_rope_at`], reads each position once).
    pub fn apply_spans_unanalysed<'c>(
        &mut self,
        changes: impl IntoIterator<Item = (Option<std::ops::Range<usize>>, &'c str)>,
    ) {
        self.analysed = false;
        for (span, text) in changes {
            self.apply_span_deferred(span, text);
        }
    }

    /// Applies a change without analysing; returns how many of its
    /// positions were outside the text ([`change_span_clamped`]).
    fn apply_change_deferred(&mut self, change: &Change, encoding: Encoding) -> usize {
        let (span, clamped) = change_span_clamped(&self.rope, change, encoding);
        self.apply_span_deferred(span, &change.text);
        clamped
    }

    /// Writes `text` over the chars `span` (the whole text where `None`)
    /// without analysing.
    fn apply_span_deferred(&mut self, span: Option<std::ops::Range<usize>>, text: &str) {
        self.analysed = false;
        match span {
            None => {
                self.rope = Rope::from_str(text);
                self.language = self.language_choice.resolve(detect_in_text(text));
                self.lines = lines_from(parse_lines(text, self.language));
                self.every_line_read_again();
            }
            Some(span) => self.edit_text(span, text),
        }
    }

    /// Edits the rope and re-parses the touched lines, without re-running the
    /// model and the rules.
    fn edit_text(&mut self, range: std::ops::Range<usize>, new_text: &str) {
        self.analysed = false;
        let len = self.rope.len_chars();
        let start = range.start.min(len);
        let end = range.end.clamp(start, len);
        // One line of margin on each side: deleting a line break joins two
        // lines, and an edit between CR and LF changes both. An edit that
        // neither removes nor inserts a line break, and is not between CR
        // and LF, changes its own line only (typing).
        let is_break = |c: char| c == '\n' || c == '\r';
        // The edit's start in the rope's chunk that holds it, found once
        // (its line, the character before it and what it removes are read
        // there where they lie in the chunk).
        let (chunk, chunk_byte, chunk_char, chunk_line) = self.rope.chunk_at_char(start);
        let at = ropey::str_utils::char_to_byte_idx(chunk, start - chunk_char);
        // The edit's byte index, which it leaves as it was (the bytes
        // before it are).
        let start_byte = chunk_byte + at;
        // What a keystroke within a line removes (a few characters), for
        // the line before the edit ([`Edited::replaced`]).
        let removed: Option<compact_str::CompactString> = (end - start <= EDITED_MOST).then(|| {
            let rest = &chunk[at..];
            let to = ropey::str_utils::char_to_byte_idx(rest, end - start);
            if rest[..to].chars().count() == end - start {
                compact_str::CompactString::from(&rest[..to])
            } else {
                self.rope.slice(start..end).chars().collect()
            }
        });
        let before = match chunk[..at].chars().next_back() {
            Some(c) => Some(c),
            None => start.checked_sub(1).map(|p| self.rope.char(p)),
        };
        let across_lines = new_text.contains(is_break)
            || match &removed {
                Some(removed) => removed.contains(is_break),
                None => self.rope.slice(start..end).chars().any(is_break),
            }
            || (before == Some('\r') && end < len && self.rope.char(end) == '\n');
        let margin = usize::from(across_lines);
        let start_line = chunk_line + ropey::str_utils::byte_to_line_idx(chunk, at);
        let first = start_line.saturating_sub(margin);
        // The edit's end is on its start's line where it removes no line
        // break (the breaks before it are the same).
        let end_line = if across_lines {
            self.rope.char_to_line(end)
        } else {
            start_line
        };
        let old_last = (end_line + margin).min(self.rope.len_lines() - 1);
        let old_lines = self.rope.len_lines();
        self.rope.remove(start..end);
        self.rope.insert(start, new_text);
        let new_lines = self.rope.len_lines();
        let new_last = (old_last as isize + new_lines as isize - old_lines as isize)
            .clamp(first as isize, new_lines as isize - 1) as usize;
        let language = self.language;
        let reparsed: Vec<Arc<LineSyntax>> = if first == new_last {
            let (text, line_start) = text::line_str_and_start(&self.rope, first);
            // Typing within a line: the line as it read before the edit,
            // which left its bytes before `start_byte` as they were. (Told
            // from the byte indices, without counting the line's
            // characters.)
            let place = start_byte
                .saturating_sub(line_start.byte_index())
                .min(text.len());
            #[cfg(debug_assertions)]
            assert_eq!(
                place,
                ropey::str_utils::char_to_byte_idx(
                    &text,
                    start.saturating_sub(line_start.char_index())
                ),
                "the edit's place in its line"
            );
            // A letter typed or deleted where no reader looks: the line's
            // reading moved, not read again.
            let quiet = match (&removed, across_lines) {
                (Some(removed), false)
                    if crate::syntax::quiet::may_be_quiet(
                        &self.lines[first],
                        removed,
                        new_text,
                    ) =>
                {
                    crate::syntax::quiet::moved_if_quiet_at(
                        &self.lines[first],
                        (&text, place),
                        (removed, new_text),
                        language,
                    )
                }
                _ => None,
            };
            match quiet {
                Some(moved) => {
                    #[cfg(debug_assertions)]
                    assert_eq!(
                        moved,
                        crate::syntax::parse_line_in(&text, language),
                        "the keystroke was taken as quiet, but the line reads otherwise: {text:?}"
                    );
                    vec![Arc::new(moved)]
                }
                None => {
                    let edited = (!across_lines).then(|| Edited {
                        before: &self.lines[first],
                        unchanged: place,
                        replaced: removed.as_deref().map(|removed| (removed, new_text)),
                    });
                    vec![Arc::new(parse_edited_line(
                        &text,
                        language,
                        &mut self.pieces,
                        edited,
                    ))]
                }
            }
        } else {
            parse_rope_lines(&self.rope, first..new_last + 1, language)
        };
        // An organ line typed, changed or deleted may change the language.
        let organ_lines_changed = self.language_choice.text.is_none()
            && (reparsed.iter().any(|l| l.organ_language.is_some())
                || (self.lines.range(first..old_last + 1)).any(|l| l.organ_language.is_some()));
        let count = reparsed.len();
        let same_count = count == old_last + 1 - first;
        let pairs = || reparsed.iter().zip(self.lines.range(first..old_last + 1));
        let same_model = same_count && pairs().all(|(new, old)| Model::same_for_model(new, old));
        let same_parts = same_model && pairs().all(|(new, old)| Parts::same_for_parts(new, old));
        let same_footnotes =
            same_count && pairs().all(|(new, old)| Footnotes::same_for_footnotes(new, old));
        // Lines that are nothing to the footnotes, replaced by such lines
        // (a paragraph typed or deleted): the footnotes only move.
        let untouched = !self.footnotes_stale && self.footnotes_edit.is_none();
        let neutral = !same_footnotes
            && untouched
            && reparsed
                .iter()
                .chain(self.lines.range(first..old_last + 1))
                .all(|line| self.footnotes.neutral(line));
        let (removed, added) = ((old_last + 1 - first) as u32, count as u32);
        if same_footnotes {
        } else if neutral {
            self.footnotes.shift(first as u32, removed, added);
        } else if untouched {
            self.footnotes_edit = Some((first as u32, removed, added));
        } else {
            self.footnotes_stale = true;
            self.footnotes_edit = None;
        }
        // A keystroke in the words one paragraph opens with, or after its
        // last mark, the model the same: where it leaves every role as it
        // was, the cycles are read again from it, else the roles over the
        // lines that have them, and the findings are built again on the
        // lines whose role or cycle changed (`refresh`).
        let one_line = count == 1 && old_last == first;
        let opening_or_end_only = one_line
            && same_model
            && !same_parts
            && pairs().all(|(new, old)| new.same_but_positions_opening_and_end(old));
        let same_roles =
            opening_or_end_only && pairs().all(|(new, old)| Parts::same_for_roles(new, old));
        // Past the lines the parts were read from (after the resolution's
        // end), such an edit changes no role and no place.
        let past_parts = opening_or_end_only && !self.parts_stale && !self.parts.reads_line(first);
        // (Edits since the last analysis, taken together.)
        self.edited_lines = self.edited_lines.then(first as u32, removed, added);
        self.adoption_edited |= (reparsed.iter())
            .chain(self.lines.range(first..old_last + 1))
            .any(|line| rules::is_adoption_line(&line.kind));
        if !same_model {
            // (Edits since the model was built, taken together.)
            self.model_edits = self.model_edits.then(first as u32, removed, added);
        }
        // (One paragraph's: the cycles read again from one stop where they
        // are as they were, which may be before another's.)
        if past_parts {
        } else if same_roles
            && !self.parts_stale
            && self.cycles_from.is_none_or(|from| from == first)
        {
            self.cycles_from = Some(first);
        } else if opening_or_end_only && (!self.parts_stale || self.parts_by_lines) {
            // (The lines the roles may have changed on are found when the
            // parts are built again.)
            self.parts_stale = true;
            self.parts_by_lines = true;
        } else {
            self.parts_stale |= !same_parts;
            self.parts_by_lines &= same_parts;
        }
        // (Lines added or removed move the line the cycles are read from.)
        if !same_count && self.cycles_from.is_some() {
            self.parts_stale = true;
            self.parts_by_lines = false;
        }
        // An edit that changes the footnote candidates (above) leaves the
        // findings on other lines when the footnotes come out the same
        // (`refresh`).
        let only_positions = same_parts && pairs().all(|(new, old)| same_but_positions(new, old));
        self.touched = match self.touched {
            _ if !(only_positions || opening_or_end_only) => Touched::Anything,
            Touched::Nothing => Touched::Lines(first, old_last),
            Touched::Lines(a, b) => Touched::Lines(a.min(first), b.max(old_last)),
            Touched::Anything => Touched::Anything,
        };
        // The line rules' findings on a line whose citations and markers
        // only moved with the text, and whose other readings are the same
        // but for positions, move with them ([`Shift::moved`]).
        let moved = if only_positions && count == 1 && old_last == first {
            match (
                &self.findings[first],
                Shift::between(&self.lines[first], &reparsed[0]),
            ) {
                (findings, Some(shift)) if !findings.is_stale() => match findings.list() {
                    None => Some(Findings::none()),
                    Some(old) => shift.moved(old).map(|list| Findings(Some(list))),
                },
                _ => None,
            }
        } else {
            None
        };
        // (Debug builds check that an edit the model is taken to read as it
        // was, where the lines' last characters differ, leaves it so.)
        #[cfg(debug_assertions)]
        let model_before = (same_model && pairs().any(|(new, old)| new.last_char != old.last_char))
            .then(|| {
                let mut model = Model::default();
                model.rebuild(&self.lines);
                model
            });
        self.lines.splice(first..old_last + 1, reparsed);
        #[cfg(debug_assertions)]
        if let Some(before) = model_before {
            let mut after = Model::default();
            after.rebuild(&self.lines);
            assert_eq!(after, before, "an edit of line {first} changed the model");
        }
        self.findings.splice(
            first..old_last + 1,
            std::iter::repeat_n(Findings::STALE, count),
        );
        if let Some(moved) = moved {
            self.findings[first] = moved;
            // Findings moved with the text are those a fresh check finds
            // (in the context they were found in, which the next analysis
            // compares with its own).
            #[cfg(debug_assertions)]
            if self.findings_context == Some(self.model.context()) {
                assert_eq!(
                    self.findings_of(first),
                    self.line_findings(first),
                    "the line rules' findings moved on line {first} differ from a fresh check"
                );
            }
        }
        debug_assert_eq!(self.lines.len(), self.rope.len_lines());
        debug_assert_eq!(self.findings.len(), self.lines.len());
        if organ_lines_changed {
            self.update_language();
        }
    }

    /// Brings the model up to date if the lines changed since it was built
    /// (from the edits since, where they are known: [`Model::update`]).
    fn model_current(&mut self) {
        match std::mem::replace(&mut self.model_edits, EditedLines::Nothing) {
            EditedLines::Nothing => {
                // The model is as it was; the parts may not be: every
                // reference to a subparagraph is asked again, as where every
                // region was read.
                self.changed_targets = Some(ChangedTargets {
                    read: Some(0..=u16::MAX),
                    ..ChangedTargets::default()
                });
                return;
            }
            EditedLines::Lines(edit) => {
                let updated = self.model.update(
                    &self.lines,
                    edit.first,
                    edit.old_end - edit.first,
                    edit.new_end - edit.first,
                );
                self.changed_targets = updated.targets;
            }
            EditedLines::Unknown => {
                self.model.rebuild(&self.lines);
                self.changed_targets = None;
            }
        }
        self.model.language = self.language;
        #[cfg(debug_assertions)]
        {
            let mut fresh = Model::build(&self.lines);
            fresh.language = self.language;
            assert_eq!(
                self.model, fresh,
                "the model brought up to date differs from a fresh one"
            );
        }
        self.parts_stale = true;
        self.parts_by_lines = false;
    }

    /// Rebuilds the model and the diagnostics from the line summaries,
    /// running the line rules only where their findings are stale. When
    /// the edits since the last analysis changed nothing but positions in a
    /// few lines ([`Touched::Lines`]), only the findings on those lines are
    /// built again: every rule finds the same elsewhere.
    fn refresh(&mut self) {
        let mut touched = std::mem::replace(&mut self.touched, Touched::Nothing);
        // (From here on, the edits after this analysis.)
        let mut edited = std::mem::replace(&mut self.edited_lines, EditedLines::Nothing);
        // The lists the indexed rules visit, before the model reads the
        // edits (`diagnostics_after`): none if an adoption line was edited,
        // and none needed where the model stays as it is.
        let indexed_before = match (self.adoption_edited, &self.model_edits) {
            (true, _) => IndexedBefore::AdoptionEdited,
            (false, EditedLines::Nothing) => IndexedBefore::Unchanged,
            (false, _) => IndexedBefore::Lists(
                (rules::INDEXED_RULES.iter())
                    .map(|(_, list)| list(&self.model).to_vec())
                    .collect(),
            ),
        };
        self.adoption_edited = false;
        self.model_current();
        if self.parts_stale {
            touched = match touched {
                Touched::Lines(a, b)
                    if self.parts_by_lines && self.parts.roles.len() == self.lines.len() =>
                {
                    match self.parts.rebuild_lines(&self.lines, &self.model) {
                        Some((from, to)) => Touched::Lines(a.min(from), b.max(to)),
                        None => Touched::Lines(a, b),
                    }
                }
                _ => {
                    self.parts.rebuild(&self.lines, &self.model);
                    Touched::Anything
                }
            };
            self.parts_stale = false;
            self.parts_by_lines = false;
            self.cycles_from = None;
        } else if let Some(from) = self.cycles_from.take() {
            let end = self.parts.update_cycles(&self.lines, from);
            touched = match touched {
                Touched::Lines(a, b) => Touched::Lines(a.min(from), b.max(end)),
                _ => Touched::Anything,
            };
        }
        debug_assert_eq!(self.parts, Parts::build(&self.lines, &self.model));
        // The footnote rules read nothing else of the lines: when the
        // footnotes are the same, so are their findings elsewhere; when they
        // changed, the footnote rules are run again on the lines of the
        // scopes resolved again (`notes_read`), and no other rule reads them
        // (`rules::FOOTNOTE_RULES`).
        let notes_read = if self.footnotes_stale {
            self.footnotes.rebuild(&self.lines);
            Some(0..self.lines.len())
        } else if let Some((first, removed, added)) = self.footnotes_edit {
            self.footnotes
                .rebuild_after(&self.lines, first, removed, added)
                .map(|read| read.start as usize..read.end as usize)
        } else {
            None
        };
        if notes_read.is_some() && touched == Touched::Nothing {
            touched = Touched::Anything;
        }
        self.footnotes_stale = false;
        self.footnotes_edit = None;
        debug_assert_eq!(self.footnotes, Footnotes::build(&self.lines));
        let context = self.model.context();
        if self.findings_context != Some(context) {
            self.findings.fill(Findings::STALE);
            self.findings_context = Some(context);
            touched = Touched::Anything;
            edited = EditedLines::Unknown;
        }
        // A paragraph's findings may fall on the lines it owns (the last
        // subparagraph of the last paragraph ends with a full stop): where
        // the edits touched a paragraph, those lines are touched with it.
        if let Touched::Lines(first, last) = touched {
            let owned = |j: &usize| {
                (self.model.owner_of(*j))
                    .is_some_and(|owner| (first..=last).contains(&(owner as usize)))
            };
            let through = (last + 1..self.lines.len()).take_while(owned).last();
            touched = Touched::Lines(first, through.unwrap_or(last));
        }
        let only = match touched {
            Touched::Nothing => {
                self.analysed = true;
                return;
            }
            // (The footnote rules' findings on the lines of the scopes read
            // again are all built again.)
            Touched::Lines(first, last)
                if !self.reach.iter().any(|r| {
                    !(first..=last).contains(&(r.own as usize))
                        && r.lo as usize <= last
                        && r.hi as usize >= first
                        && !(rules::reads_footnotes_number(r.rule)
                            && notes_read
                                .as_ref()
                                .is_some_and(|n| n.contains(&(r.own as usize))))
                }) =>
            {
                Some(first..=last)
            }
            _ => None,
        };
        // (After edits in the same context, only the lines they changed
        // are stale.)
        let stale = match (&only, edited) {
            (Some(lines), _) => Some(lines.clone()),
            (None, EditedLines::Lines(edit)) => Some(edit.first as usize..=edit.new_end as usize),
            (None, EditedLines::Nothing) => None,
            (None, EditedLines::Unknown) => Some(0..=self.lines.len()),
        };
        #[cfg(debug_assertions)]
        assert!(
            self.findings
                .iter()
                .enumerate()
                .all(|(i, f)| !f.is_stale() || stale.as_ref().is_some_and(|s| s.contains(&i))),
            "stale findings outside lines {stale:?}"
        );
        if let Some(stale) = stale {
            self.check_stale_lines(stale);
        }
        match only {
            Some(lines) => {
                // The findings on the edited lines (but the footnote rules'
                // where the footnotes changed), and the footnote rules' on
                // the lines of the scopes read again, which hold the edited
                // lines (the other scopes are as they were: no line was added
                // or removed).
                let line = |d: &Diagnostic| d.range().start.line as usize;
                let on = |d: &Diagnostic| lines.contains(&line(d));
                let notes = notes_read
                    .map(|read| read.start.min(*lines.start())..read.end.max(*lines.end() + 1));
                let mut fresh = Vec::new();
                self.push_line_findings(*lines.start()..*lines.end() + 1, &mut fresh);
                let ctx = self.rules_ctx(Some(lines.clone()));
                rules::run_document_rules_where(&ctx, &mut fresh, |code| {
                    notes.is_none() || !rules::reads_footnotes(code)
                });
                fresh.retain(on);
                // Those off the edited lines are most often those found
                // before (a footnote marker typed in a paragraph), else they
                // are replaced.
                let mut notes_elsewhere: Option<Vec<Diagnostic>> = None;
                if let Some(notes) = &notes {
                    let mut found = Vec::new();
                    let ctx = self.rules_ctx(Some(notes.start..=notes.end - 1));
                    rules::run_document_rules_where(&ctx, &mut found, rules::reads_footnotes);
                    found.retain(|d| notes.contains(&line(d)));
                    rules::sort(&mut found);
                    let from =
                        (self.finding_lines).partition_point(|&l| (l as usize) < notes.start);
                    let to = (self.finding_lines).partition_point(|&l| (l as usize) < notes.end);
                    let before = self.diagnostics[from..to]
                        .iter()
                        .filter(|d| rules::reads_footnotes(d.code) && !on(d));
                    let same = found.iter().filter(|d| !on(d)).eq(before);
                    let (on_lines, elsewhere): (Vec<_>, Vec<_>) = found.into_iter().partition(on);
                    fresh.extend(on_lines);
                    notes_elsewhere = (!same).then_some(elsewhere);
                }
                rules::sort(&mut fresh);
                if let Some(elsewhere) = notes_elsewhere {
                    let renewed = |d: &Diagnostic| {
                        on(d)
                            || (rules::reads_footnotes(d.code)
                                && notes.as_ref().is_some_and(|n| n.contains(&line(d))))
                    };
                    self.diagnostics.retain(|d| !renewed(d));
                    self.diagnostics.extend(fresh.into_iter().chain(elsewhere));
                    rules::sort(&mut self.diagnostics);
                    self.index_findings();
                } else {
                    let from =
                        (self.finding_lines).partition_point(|&l| (l as usize) < *lines.start());
                    let to =
                        (self.finding_lines).partition_point(|&l| (l as usize) <= *lines.end());
                    self.reach.retain(|r| !lines.contains(&(r.own as usize)));
                    self.reach.extend(fresh.iter().filter_map(reach));
                    self.doc_lines.replace_lines(lines.clone(), &fresh);
                    self.finding_lines.splice(from..to, lines_of(&fresh));
                    self.diagnostics.splice(from..to, fresh);
                }
                #[cfg(debug_assertions)]
                assert_eq!(
                    self.diagnostics,
                    self.diagnostics_of(None),
                    "keeping the findings outside lines {lines:?} differs from a fresh analysis"
                );
            }
            None => match edited {
                EditedLines::Nothing => self.diagnostics_after(
                    ModelEdit::default(),
                    &indexed_before,
                    notes_read.is_none(),
                ),
                EditedLines::Lines(edited) => {
                    self.diagnostics_after(edited, &indexed_before, notes_read.is_none())
                }
                EditedLines::Unknown => {
                    self.diagnostics = self.diagnostics_of(None);
                    self.index_findings();
                }
            },
        }
        #[cfg(debug_assertions)]
        {
            let mut kept = self.reach.clone();
            let mut fresh: Vec<Reach> = self.diagnostics.iter().filter_map(reach).collect();
            let key = |r: &Reach| (r.own, r.lo, r.hi, r.rule);
            kept.sort_by_key(key);
            fresh.sort_by_key(key);
            assert_eq!(kept, fresh, "the reach kept differs from the findings'");
            assert_eq!(
                self.doc_lines,
                DocLines::of(&self.diagnostics),
                "the lines of the document rules' findings kept differ from the findings'"
            );
            assert_eq!(
                self.finding_lines,
                lines_of(&self.diagnostics),
                "the lines of the findings kept differ from the findings'"
            );
        }
        self.analysed = true;
    }

    /// Builds what the document keeps of its findings beside them (their
    /// reach, the lines of the document rules' findings, every finding's
    /// line) from them, after the list was built anew.
    fn index_findings(&mut self) {
        self.reach = self.diagnostics.iter().filter_map(reach).collect();
        self.doc_lines = DocLines::of(&self.diagnostics);
        self.finding_lines = lines_of(&self.diagnostics);
    }

    /// The diagnostics of the text after edits that changed lines `edited`
    /// since the last analysis, in the same context: the line rules'
    /// findings on the other lines taken from the last diagnostics (moved
    /// with their lines, not built again), those on the edited lines, and
    /// the document rules' findings afresh.
    ///
    /// The findings of a rule of [`rules::INDEXED_RULES`] are kept likewise
    /// where its list of lines, before the edits (`indexed_before`, none if
    /// an adoption line was edited), is the list now off the edited lines,
    /// moved with them: the rule runs on the edited lines only.
    ///
    /// Where the footnotes are as they were (`footnotes_same`: the edits
    /// only moved them), the footnote rules' findings are kept likewise:
    /// those rules read nothing else ([`rules::FOOTNOTE_RULES`]), but one
    /// whose messages name a line ([`rules::NAMING_LINES`]) only where no
    /// line moved.
    fn diagnostics_after(
        &mut self,
        edited: ModelEdit,
        indexed_before: &IndexedBefore,
        footnotes_same: bool,
    ) {
        let ModelEdit {
            first,
            old_end,
            new_end,
        } = edited;
        let by = new_end.wrapping_sub(old_end);
        // (A line off the edited ones, before them and after; where a line
        // off them before the edits is after them.)
        let off = |line: u32, end: u32| line < first || line >= end;
        let moved = |line: u32| {
            if line >= old_end {
                line.wrapping_add(by)
            } else {
                line
            }
        };
        // (The edited lines, where the edits left any.)
        let edited = (new_end > first).then(|| first as usize..=new_end as usize - 1);
        let kept_rules: Vec<&'static str> = (rules::INDEXED_RULES.iter().enumerate())
            .filter(|(i, (_, list))| match indexed_before {
                IndexedBefore::AdoptionEdited => false,
                IndexedBefore::Unchanged => true,
                IndexedBefore::Lists(before) => (before[*i].iter())
                    .filter(|&&l| off(l, old_end))
                    .map(|&l| moved(l))
                    .eq(list(&self.model)
                        .iter()
                        .copied()
                        .filter(|&l| off(l, new_end))),
            })
            .map(|(_, (info, _))| info.code)
            .chain(
                (rules::FOOTNOTE_RULES.iter())
                    .filter(|info| footnotes_same && (by == 0 || !rules::names_lines(info.code)))
                    .map(|info| info.code),
            )
            .collect();
        // `paragraph-reference`'s findings off the edited lines are kept
        // where the targets the model's update changed leave the reference
        // each is of as it was (`rules::REFERENCE_RULE`).
        let references = self.changed_targets.as_ref().filter(|_| edited.is_some());
        let reference_rule =
            |code: &str| references.is_some() && code == rules::REFERENCE_RULE.code;
        // The new findings, sorted apart.
        let mut fresh = Vec::new();
        self.push_line_findings(first as usize..new_end as usize, &mut fresh);
        let ctx = self.rules_ctx(None);
        rules::run_document_rules_where(&ctx, &mut fresh, |code| {
            !kept_rules.contains(&code) && !reference_rule(code)
        });
        if let (Some(changed), Some(edited)) = (references, &edited) {
            let ctx = Ctx {
                changed_targets: Some(changed),
                ..self.rules_ctx(Some(edited.clone()))
            };
            let mut found = Vec::new();
            rules::run_document_rules_where(&ctx, &mut found, reference_rule);
            // (Those of the references wanted only.)
            fresh.extend(found.into_iter().filter(|d| {
                let line = d.range().start.line as usize;
                edited.contains(&line)
                    || rules::stale_finding(&self.lines, &self.model, changed, line, d)
            }));
        }
        if let (false, Some(edited)) = (kept_rules.is_empty(), &edited) {
            let ctx = self.rules_ctx(Some(edited.clone()));
            let mut found = Vec::new();
            rules::run_document_rules_where(&ctx, &mut found, |code| kept_rules.contains(&code));
            // (A rule may build findings off the lines wanted: dropped.)
            fresh.extend(
                found
                    .into_iter()
                    .filter(|d| edited.contains(&(d.range().start.line as usize))),
            );
        }
        rules::sort(&mut fresh);
        let kept_set = rules::rule_set(kept_rules.iter().copied());
        // The reach of the findings kept, moved as they were; that of the
        // new ones, read from them. (`paragraph-reference`'s findings reach
        // no other line: none of its is among them.)
        self.reach.retain_mut(|r| {
            let keep = off(r.own, old_end)
                && (rules::is_line_rule_number(r.rule) || kept_set & rules::rule_bit(r.rule) != 0);
            if keep && r.own >= old_end {
                r.own = r.own.wrapping_add(by);
                r.lo = r.lo.wrapping_add(by);
                r.hi = r.hi.wrapping_add(by);
            }
            keep
        });
        self.reach.extend(fresh.iter().filter_map(reach));
        // Where the findings on the edited lines are (`area`, together in
        // the sorted list); off them, the line rules' are all kept, and the
        // document rules' each kept or not by its rule, the places of those
        // dropped noted; those after the edits moved, in place. (A rule
        // kept has its lines moved, its findings not read; a rule run again
        // has each of its findings dropped; a reference's finding is kept
        // unless the targets changed may have made it stale, which the
        // line's region tells for most.)
        let (lines, model) = (&self.lines, &self.model);
        let index = &self.finding_lines;
        let area = index.partition_point(|&l| l < first)..index.partition_point(|&l| l < old_end);
        let reference_number = rules::rule_number(rules::REFERENCE_RULE.code);
        let mut dropped = Vec::new();
        let mut doc_lines = std::mem::take(&mut self.doc_lines);
        for (rule, list) in &mut doc_lines.rules {
            let rule = *rule;
            // (Those on the edited lines are in `area`, replaced.)
            let on_edited =
                list.partition_point(|&l| l < first)..list.partition_point(|&l| l < old_end);
            let after = on_edited.start;
            list.drain(on_edited);
            if kept_set & rules::rule_bit(rule) != 0 {
                for line in &mut list[after..] {
                    *line = line.wrapping_add(by);
                }
                continue;
            }
            let changed = references.filter(|_| rule == reference_number);
            let stale_lines = changed.map(|changed| changed.stale_lines(model));
            // Each line once, with the findings of the rule on it.
            let (mut from, mut i, mut kept) = (0, 0, 0);
            while i < list.len() {
                let line = list[i];
                let end = i + list[i..].iter().take_while(|&&l| l == line).count();
                let moved = moved(line);
                // (A reference's finding off the lines where one may be
                // stale is kept without being read.)
                let surely_kept = match &stale_lines {
                    Some(Some(lines)) => !lines.contains(&(moved as usize)),
                    _ => false,
                };
                if surely_kept {
                    list[kept..kept + end - i].fill(moved);
                    kept += end - i;
                } else {
                    from = gallop(index, from, |&l| l < line);
                    let to = from + index[from..].iter().take_while(|&&l| l == line).count();
                    for (at, d) in self.diagnostics[from..to].iter().enumerate() {
                        if d.rule_number() != rule {
                            continue;
                        }
                        let keep = changed.is_some_and(|changed| {
                            !rules::stale_finding(lines, model, changed, moved as usize, d)
                        });
                        if keep {
                            list[kept] = moved;
                            kept += 1;
                        } else {
                            dropped.push(from + at);
                        }
                    }
                    from = to;
                }
                i = end;
            }
            list.truncate(kept);
        }
        dropped.sort_unstable();
        if by != 0 {
            for d in &mut self.diagnostics[area.end..] {
                d.move_lines(by);
            }
            for line in &mut self.finding_lines[area.end..] {
                *line = line.wrapping_add(by);
            }
        }
        // (The document rules' findings kept, and the new ones.)
        doc_lines.drop_empty();
        doc_lines.merge(fresh.iter());
        self.doc_lines = doc_lines;
        // Most structural edits find again off the edited lines what they
        // dropped there (each document rule's findings): where the new
        // findings off the edited lines take the places of the dropped ones
        // one for one, in order, they are written there, and those on the
        // edited lines take the place of the old ones there (the list's
        // tail moved at once where they differ in number).
        let on_edited = fresh.partition_point(|d| d.range().start.line < first)
            ..fresh.partition_point(|d| d.range().start.line < new_end);
        let fits = {
            let off_edited = fresh[..on_edited.start]
                .iter()
                .chain(&fresh[on_edited.end..]);
            dropped.len() == fresh.len() - on_edited.len()
                && fits_in_place(&self.diagnostics, &dropped, &area, off_edited, |d| {
                    let line = d.range().start.line;
                    (line < first, line >= new_end)
                })
        };
        if fits {
            let mut fresh = fresh.into_iter();
            let before: Vec<Diagnostic> = fresh.by_ref().take(on_edited.start).collect();
            let edited: Vec<Diagnostic> = fresh.by_ref().take(on_edited.len()).collect();
            for (at, new) in dropped.into_iter().zip(before.into_iter().chain(fresh)) {
                self.finding_lines[at] = new.range().start.line;
                self.diagnostics[at] = new;
            }
            self.finding_lines.splice(area.clone(), lines_of(&edited));
            self.diagnostics.splice(area, edited);
        } else {
            // The kept ones, in order (those after the edits all moved by
            // the same lines), written into the buffer of the list before
            // the last with the new ones merged in where a stable sort of
            // the kept ones followed by the new ones would place them:
            // before the first kept one each comes before, found by a
            // binary search (the list off the edited lines is sorted), the
            // runs between moved whole (a finding is a pointer; only those
            // the search reads are read).
            let mut old = std::mem::take(&mut self.diagnostics);
            let old_lines = std::mem::take(&mut self.finding_lines);
            let mut merged = std::mem::take(&mut self.spare);
            merged.clear();
            let len = old.len() + fresh.len() - dropped.len() - area.len();
            merged.reserve(len);
            let mut merged_lines = Vec::with_capacity(len);
            // (Among the kept ones on its line, found by their lines.)
            let place = |new: &Diagnostic| {
                let line = new.range().start.line;
                let (from, to) = if line < first {
                    (0, area.start)
                } else {
                    (area.end, old.len())
                };
                let lines = &old_lines[from..to];
                let (low, high) = (
                    from + lines.partition_point(|&l| l < line),
                    from + lines.partition_point(|&l| l <= line),
                );
                low + old[low..high].partition_point(|d| !rules::order(new, d).is_lt())
            };
            let places: Vec<usize> = fresh.iter().map(place).collect();
            let mut fresh = fresh.into_iter().zip(places).peekable();
            let mut dropped = dropped.into_iter().peekable();
            let mut area = Some(area).filter(|area| !area.is_empty());
            let mut rest = old.drain(..);
            let mut at = 0;
            loop {
                let next = [
                    fresh.peek().map(|&(_, place)| place),
                    dropped.peek().copied(),
                    area.as_ref().map(|area| area.start),
                ]
                .into_iter()
                .flatten()
                .min();
                let next = next.unwrap_or(old_lines.len());
                merged.extend(rest.by_ref().take(next - at));
                merged_lines.extend_from_slice(&old_lines[at..next]);
                at = next;
                if let Some((new, _)) = fresh.next_if(|&(_, place)| place == at) {
                    merged_lines.push(new.range().start.line);
                    merged.push(new);
                } else if dropped.next_if_eq(&at).is_some() {
                    rest.next();
                    at += 1;
                } else if let Some(skipped) = area.take() {
                    rest.by_ref().take(skipped.len()).for_each(drop);
                    at = skipped.end;
                } else {
                    break;
                }
            }
            drop(rest);
            self.spare = old;
            self.diagnostics = merged;
            self.finding_lines = merged_lines;
        }
        #[cfg(debug_assertions)]
        assert_eq!(
            self.diagnostics,
            self.diagnostics_of(None),
            "the findings kept outside lines {edited:?} differ from a fresh analysis"
        );
    }

    /// Runs the line rules on the lines of `lines` whose findings are stale.
    fn check_stale_lines(&mut self, lines: std::ops::RangeInclusive<usize>) {
        let context = self.model.context();
        let line_ctx = LineCtx {
            model: &context,
            catalog: &self.catalog,
            attributions: &[],
        };
        let start = *lines.start();
        let end = (*lines.end() + 1).min(self.lines.len());
        let mut found = Vec::new();
        for index in start.min(end)..end {
            if self.findings[index].is_stale() {
                self.findings[index] = check_line(&line_ctx, index, &self.lines[index], &mut found);
            }
        }
    }

    /// The findings kept for line `index` (none if stale), and those a
    /// fresh check of it gives: for the debug build's check.
    #[cfg(debug_assertions)]
    fn findings_of(&self, index: usize) -> Vec<Diagnostic> {
        self.findings[index]
            .list()
            .map_or_else(Vec::new, |list| list.to_vec())
    }

    #[cfg(debug_assertions)]
    fn line_findings(&self, index: usize) -> Vec<Diagnostic> {
        let context = self.model.context();
        let line_ctx = LineCtx {
            model: &context,
            catalog: &self.catalog,
            attributions: &[],
        };
        check_line(&line_ctx, index, &self.lines[index], &mut Vec::new())
            .list()
            .map_or_else(Vec::new, |list| list.to_vec())
    }

    /// The diagnostics of the text, sorted (with `only`, see [`Ctx::only`]:
    /// the line rules' findings on those lines and whatever the document
    /// rules build, unsorted).
    fn diagnostics_of(&self, only: Option<std::ops::RangeInclusive<usize>>) -> Vec<Diagnostic> {
        let mut diagnostics = Vec::with_capacity(if only.is_some() {
            8
        } else {
            self.diagnostics.len()
        });
        let lines = only.clone().unwrap_or(0..=self.lines.len());
        self.push_line_findings(*lines.start()..*lines.end() + 1, &mut diagnostics);
        let only_given = only.is_some();
        self.run_document_rules(only, &mut diagnostics);
        if !only_given {
            rules::sort(&mut diagnostics);
        }
        diagnostics
    }

    /// Adds the line rules' findings on `lines` to `diagnostics`.
    fn push_line_findings(&self, lines: std::ops::Range<usize>, diagnostics: &mut Vec<Diagnostic>) {
        let end = lines.end.min(self.findings.len());
        let start = lines.start.min(end);
        for (index, findings) in self.findings.range(start..end).enumerate() {
            for diagnostic in findings.list().into_iter().flat_map(|list| list.iter()) {
                let mut diagnostic = diagnostic.clone();
                diagnostic.move_lines((start + index) as u32);
                diagnostics.push(diagnostic);
            }
        }
    }

    /// Runs the document rules (see [`Ctx::only`]), adding their findings
    /// to `diagnostics`.
    fn run_document_rules(
        &self,
        only: Option<std::ops::RangeInclusive<usize>>,
        diagnostics: &mut Vec<Diagnostic>,
    ) {
        rules::run_document_rules(&self.rules_ctx(only), diagnostics);
    }

    /// What the document rules read (see [`Ctx::only`]).
    fn rules_ctx(&self, only: Option<std::ops::RangeInclusive<usize>>) -> Ctx<'_> {
        Ctx {
            lines: &self.lines,
            model: &self.model,
            parts: &self.parts,
            footnotes: &self.footnotes,
            catalog: &self.catalog,
            only,
            changed_targets: None,
        }
    }

    /// Converts a core position to an editor position.
    pub fn to_line_col(&self, pos: Pos, encoding: Encoding) -> LineCol {
        text::pos_to_line_col(&self.rope, pos, encoding)
    }

    /// Converts an editor position to a core position (clamped).
    pub fn to_pos(&self, position: LineCol, encoding: Encoding) -> Pos {
        text::line_col_to_pos(&self.rope, position, encoding)
    }
}

/// The line rules' findings on line `index`, whose syntax is `line`,
/// relative to it (`found`: an empty vector to reuse).
fn check_line(
    line_ctx: &LineCtx<'_>,
    index: usize,
    line: &LineSyntax,
    found: &mut Vec<Diagnostic>,
) -> Findings {
    let index = index as u32;
    rules::check_line(line_ctx, index, line, found);
    if found.is_empty() {
        return Findings::none();
    }
    for diagnostic in found.iter_mut() {
        diagnostic.move_lines(index.wrapping_neg());
    }
    // Kept in order, so that the document's list is made of long sorted
    // runs, which the final sort merges cheaply.
    rules::sort(found);
    Findings(Some(Arc::new(found.drain(..).collect())))
}

/// The lists of lines the rules of [`rules::INDEXED_RULES`] visit, as they
/// were at the last analysis ([`Document::diagnostics_after`]).
enum IndexedBefore {
    /// An edit wrote or removed an adoption line: no rule's findings kept.
    AdoptionEdited,
    /// The model was not read again: every list as it is.
    Unchanged,
    /// Each rule's list, in the order of [`rules::INDEXED_RULES`].
    Lists(Vec<Vec<u32>>),
}

/// Whether writing `fresh` (sorted, none on the edited lines) over the
/// findings of `list` at `dropped` (in order, none in `area`, the findings
/// on the edited lines), one for one, gives what a stable sort of the kept
/// ones followed by `fresh` gives: each new finding on the side of the
/// edited lines its place is on (`side`: whether it is before them, and
/// after them), after the kept one before its place (or equal to it) and
/// before the kept one after it (the caller has checked the counts).
fn fits_in_place<'a>(
    list: &[Diagnostic],
    dropped: &[usize],
    area: &std::ops::Range<usize>,
    fresh: impl Iterator<Item = &'a Diagnostic>,
    side: impl Fn(&Diagnostic) -> (bool, bool),
) -> bool {
    dropped
        .iter()
        .zip(fresh)
        .enumerate()
        .all(|(k, (&at, new))| {
            let (before, after) = side(new);
            let on_its_side = if at < area.start { before } else { after };
            // (A neighbour on the edited lines or dropped is none: the new
            // findings are sorted, and those on the edited lines are between
            // the two sides.)
            let kept_before = at
                .checked_sub(1)
                .filter(|&b| !area.contains(&b) && (k == 0 || dropped[k - 1] != b));
            let kept_after = Some(at + 1).filter(|&a| {
                a < list.len() && !area.contains(&a) && dropped.get(k + 1) != Some(&a)
            });
            on_its_side
                && kept_before.is_none_or(|b| rules::order(&list[b], new).is_le())
                && kept_after.is_none_or(|a| rules::order(new, &list[a]).is_lt())
        })
}

/// The first place from `from` on in `list` where `before` no longer holds
/// (it holds for a stretch from `from`, then no more): found by steps that
/// double from `from`, then a binary search of the last step, so that a
/// place near `from` is found reading little of the list.
fn gallop<T>(list: &[T], from: usize, before: impl Fn(&T) -> bool) -> usize {
    let mut step = 1;
    let mut low = from;
    while low + step < list.len() && before(&list[low + step]) {
        low += step;
        step *= 2;
    }
    let high = (low + step).min(list.len());
    low + list[low..high].partition_point(&before)
}

/// The first line of each finding of `list` ([`Document::finding_lines`]).
fn lines_of(list: &[Diagnostic]) -> Vec<u32> {
    list.iter().map(|d| d.range().start.line).collect()
}

/// A diagnostic that reaches lines other than its own ([`reach`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Reach {
    /// Its rule's number ([`rules::rule_number`]).
    rule: u8,
    /// Its line.
    own: u32,
    /// The first and the last line it reaches.
    lo: u32,
    hi: u32,
}

/// The lines `diagnostic` reaches by its range and the edits of its fixes,
/// if they are not only its own line: such a finding cannot be kept when
/// one of those lines changes.
fn reach(diagnostic: &Diagnostic) -> Option<Reach> {
    let own = diagnostic.range().start.line;
    let ranges = std::iter::once(diagnostic.range()).chain(diagnostic.fix_ranges());
    let (mut lo, mut hi) = (own, own);
    for range in ranges {
        lo = lo.min(range.start.line);
        hi = hi.max(range.end.line);
    }
    (lo != own || hi != own).then_some(Reach {
        rule: diagnostic.rule_number(),
        own,
        lo,
        hi,
    })
}

/// Whether two versions of a line differ at most in positions within the
/// line (spans, columns, length) and in what only the findings on the line
/// itself read: then the document rules find the same on every other line.
///
/// The readings besides positions left out are those no document-level
/// structure reads beyond whether a line holds any (which
/// [`Model::same_for_model`] compares): the footnote markers (read only by
/// the footnote resolver, [`Footnotes`], not even whether a line holds any
/// by the model: the document compares the footnotes it resolves again
/// with those it had, and where they changed runs the footnote rules again
/// on the lines of the scopes it resolved again), the citations (read only by the
/// line rules, whose findings are cached per line and checked again on the
/// re-parsed lines), the internal references (read only by
/// `paragraph-reference`, whose findings on a line depend on that line's
/// references and on the model) and the former names (read only by
/// `former-name`, likewise). Typing a digit into a citation's number or
/// date, or into `paragraph 5 above`, then rebuilds only the findings on
/// the edited lines ([`rules::Ctx::only`]). The comparison names every
/// field of the line ([`LineSyntax::same_but_positions`]), so a field added
/// to the syntax does not compile until it is placed there; a document rule that comes to read the
/// citations, references or former names of other lines must be listed in
/// this comment's reasoning, or their clearing taken out.
fn same_but_positions(a: &LineSyntax, b: &LineSyntax) -> bool {
    let same = a.same_but_positions(b);
    #[cfg(debug_assertions)]
    assert_eq!(same, same_but_positions_by_copies(a, b), "{a:?}\n{b:?}");
    same
}

/// [`same_but_positions`] as it was told: both lines copied with every
/// position cleared, then compared (what the debug build checks it
/// against).
#[cfg(debug_assertions)]
fn same_but_positions_by_copies(a: &LineSyntax, b: &LineSyntax) -> bool {
    fn cleared(line: &LineSyntax) -> LineSyntax {
        use crate::syntax::{LineKind, Span};
        let zero = Span::new(0, 0);
        let mut line = line.clone();
        line.len = 0;
        line.body = zero;
        line.set_tail(line.tail().map(|_| zero));
        line.kind = match line.kind {
            LineKind::Numbered { number, suffix, .. } => LineKind::Numbered {
                number,
                suffix,
                label: zero,
            },
            LineKind::Sub {
                letters, suffix, ..
            } => LineKind::Sub {
                letters,
                suffix,
                label: zero,
            },
            LineKind::FootnoteText { number, .. } => LineKind::FootnoteText {
                number,
                label: zero,
            },
            LineKind::Title { own, .. } => LineKind::Title { symbol: zero, own },
            other => other,
        };
        if let Some(opening) = &mut line.opening {
            opening.span = zero;
            opening.head = zero;
            opening.set_verb_after(opening.verb_after().map(|_| zero));
        }
        if let Some(mut rare) = line.rare.take() {
            rare.markers = Box::default();
            rare.former_names = Box::default();
            rare.citations = Box::default();
            rare.references = Box::default();
            // (Whether the body may hold a digit: a hint to the quiet
            // tests, which no rule reads.)
            rare.digits = false;
            if let Some(draft) = &mut rare.draft {
                draft.span = zero;
            }
            for bracket in &mut rare.brackets {
                bracket.col = 0;
            }
            line.rare = crate::syntax::line::Rare::boxed(*rare);
        }
        line
    }
    a == b || cleared(a) == cleared(b)
}

/// The chars of `rope` that `change` replaces, or `None` when it replaces the
/// whole text. This is the one definition of what a change means, shared by
/// [`Document`] and by [`apply_change_to_rope`]:
///
/// - positions are converted and clamped by [`text::char_index`] (a column
///   past the end of its line means the end of the line, before its
///   terminator; a line past the last means the end of the text; a column
///   inside a character means the start of that character);
/// - a reversed range (end before start) is repaired to an empty range at
///   its end, as VS Code and helix do.
pub fn change_span(
    rope: &Rope,
    change: &Change,
    encoding: Encoding,
) -> Option<std::ops::Range<usize>> {
    change_span_clamped(rope, change, encoding).0
}

/// [`change_span`], and how many of the change's positions lie outside the
/// text (clamped): each position read once ([`text::position`]).
pub fn change_span_clamped(
    rope: &Rope,
    change: &Change,
    encoding: Encoding,
) -> (Option<std::ops::Range<usize>>, usize) {
    let Some((start, end)) = change.range else {
        return (None, 0);
    };
    let (a, a_inside) = text::position(rope, start, encoding);
    // (An insertion, most keystrokes, has one position.)
    let (b, b_inside) = if end == start {
        (a, a_inside)
    } else {
        text::position(rope, end, encoding)
    };
    (
        Some(a.min(b)..b),
        usize::from(!a_inside) + usize::from(!b_inside),
    )
}

/// Applies `change` to a bare rope, exactly as [`Document::apply_changes`]
/// applies it to a document's text, without any analysis; returns how many
/// of its positions were outside the text (clamped).
pub fn apply_change_to_rope(rope: &mut Rope, change: &Change, encoding: Encoding) -> usize {
    apply_change_to_rope_at(rope, change, encoding).1
}

/// [`apply_change_to_rope`], which also returns the change's span in the
/// text before it ([`change_span`]), for [`Document::apply_spans_unanalysed`].
pub fn apply_change_to_rope_at(
    rope: &mut Rope,
    change: &Change,
    encoding: Encoding,
) -> (Option<std::ops::Range<usize>>, usize) {
    let (span, clamped) = change_span_clamped(rope, change, encoding);
    match &span {
        None => *rope = Rope::from_str(&change.text),
        Some(span) => {
            rope.remove(span.clone());
            rope.insert(span.start, &change.text);
        }
    }
    (span, clamped)
}

/// Parses every line of `text`, splitting it as the rope does (at LF, CRLF
/// and lone CR; a text ending with a line break has a last, empty line).
fn parse_lines(text: &str, language: Language) -> Vec<Arc<LineSyntax>> {
    let bytes = text.as_bytes();
    let mut lines = Vec::with_capacity(bytes.len() / 64 + 1);
    let mut start = 0;
    let raws = std::iter::from_fn(|| {
        if start > bytes.len() {
            return None;
        }
        let Some(offset) = memchr::memchr2(b'\n', b'\r', &bytes[start..]) else {
            // The last line, after the last terminator.
            let last = &text[start..];
            start = bytes.len() + 1;
            return Some(last);
        };
        let end = start + offset;
        let line = &text[start..end];
        let crlf = bytes[end] == b'\r' && bytes.get(end + 1) == Some(&b'\n');
        start = end + if crlf { 2 } else { 1 };
        Some(line)
    });
    parse_lines_into(raws, language, &mut lines);
    lines
}

/// The lines `range` of `rope` read in `language`.
fn parse_rope_lines(
    rope: &Rope,
    range: std::ops::Range<usize>,
    language: Language,
) -> Vec<Arc<LineSyntax>> {
    let mut lines = Vec::with_capacity(range.len());
    parse_lines_into(range.map(|i| line_text(rope, i)), language, &mut lines);
    lines
}

/// The language of the first organ line of `text`, split as
/// [`parse_lines`] splits it.
fn detect_in_text(text: &str) -> Option<Language> {
    text.split(['\n', '\r'])
        .find_map(crate::syntax::foreign::organ_language)
}

fn line_text(rope: &Rope, line: usize) -> Cow<'_, str> {
    text::line_str(rope, line)
}

#[cfg(test)]
mod tests {
    #[test]
    fn gallop_finds_the_first_place_where_the_test_fails_from_any_start() {
        let list: Vec<u32> = (0..200).map(|i| i / 3).collect();
        for from in 0..=list.len() {
            for value in 0..70 {
                let expected = from.max(list.partition_point(|&x| x < value));
                assert_eq!(
                    super::gallop(&list, from, |&x| x < value),
                    expected,
                    "from {from}, value {value}"
                );
            }
        }
    }

    use super::*;
    use crate::syntax::parse_line;

    /// One slot per line; a line without findings shares the one empty
    /// list rather than allocating its own.
    #[test]
    fn findings_slot_is_one_word() {
        assert_eq!(std::mem::size_of::<Findings>(), 8);
        let (a, b) = (Findings::none(), Findings::none());
        assert!(Arc::ptr_eq(a.0.as_ref().unwrap(), b.0.as_ref().unwrap()));
        assert!(!a.is_stale() && a.list().is_none());
        assert!(Findings::STALE.is_stale());
    }

    #[test]
    fn typing_inside_a_line_changes_only_positions() {
        let before = parse_line("\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/1 of 25 September 2015;");
        let typed = parse_line("\t1.\tRequests the report of the Secretary-General,1 [oxn] resolution 70/1 of 25 September 2015;");
        assert!(same_but_positions(&before, &typed));
        // Another opening, bracket or punctuation is more than a position.
        for other in [
            "\t1.\tUrges the report of the Secretary-General,1 [on] resolution 70/1 of 25 September 2015;",
            "\t1.\tRequests the report of the Secretary-General,1 on] resolution 70/1 of 25 September 2015;",
            "\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/1 of 25 September 2015.",
        ] {
            assert!(!same_but_positions(&before, &parse_line(other)), "{other}");
        }
        // Another citation date or number, reference or former name is
        // read only by the findings on the line itself; another marker only
        // by the footnotes, which the document compares after resolving
        // them again.
        for own in [
            "\t1.\tRequests the report of the Secretary-General,2 [on] resolution 70/1 of 25 September 2015;",
            "\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/1 of 26 September 2015;",
            "\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/11 of 25 September 2015;",
            "\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/1 of 25 September 2015 and paragraph 5 above;",
            "\t1.\tRequests the report of the Secretary-General,1 [on] resolution 70/1 of 25 September 2015 and DPKO;",
        ] {
            let line = parse_line(own);
            assert!(line != before && same_but_positions(&before, &line), "{own}");
        }
        // Unless the line comes to hold its first or loses its last: the
        // model's indices of such lines change.
        let bare = parse_line("\t1.\tRequests the report of the Secretary-General;");
        let with =
            parse_line("\t1.\tRequests the report of the Secretary-General in paragraph 5 above;");
        assert!(!Model::same_for_model(&bare, &with));
    }

    #[test]
    fn typing_into_a_citation_keeps_the_other_findings() {
        let text = "Resolution adopted by the General Assembly on 21 November 2023\n78/10.\tSport\n\n\tThe General Assembly,\n\tRecalling its resolution 76/13 of 2 December 2021,\n\tNoting the Outcome,1\n\t1.\tUrges all States, recalling paragraph 2 below;\n\t3.\tDecides;\n\n1 A/78/1.\n";
        let mut document = Document::new(text);
        // `76/13` becomes `76/139`, then `2 December` `12 December`, then
        // `paragraph 2` `paragraph 22`.
        for (line, after) in [(4, "76/13"), (4, "of "), (6, "paragraph ")] {
            let column = document.line_text(line).find(after).unwrap() + after.len();
            let at = document.rope().line_to_char(line as usize) + column;
            let digit = if after == "of " { "1" } else { "9" };
            document.edit_text(at..at, if after == "paragraph " { "2" } else { digit });
            assert_eq!(
                document.touched,
                Touched::Lines(line as usize, line as usize)
            );
            document.refresh();
            assert_eq!(
                document.diagnostics(),
                Document::new(&document.text()).diagnostics()
            );
        }
        assert!(document
            .diagnostics()
            .iter()
            .any(|d| d.code == "paragraph-reference"));
    }

    #[test]
    fn typing_in_a_long_run_of_identical_openings_keeps_the_other_findings() {
        let mut text = String::from("\tThe General Assembly,\n");
        for _ in 0..30 {
            text.push_str("\tNoting the report,\n");
        }
        text.push_str("\t1.\tDecides.\n");
        let mut document = Document::new(&text);
        let at = document.rope().line_to_char(15) + "\tNoting the".len();
        document.edit_text(at..at, "x");
        // Typing changes its own line only.
        assert_eq!(document.touched, Touched::Lines(15, 15));
        document.refresh();
        assert_eq!(
            document.diagnostics(),
            Document::new(&document.text()).diagnostics()
        );
        // Every second and third paragraph of each cycle of three.
        assert_eq!(document.diagnostics().len(), 20);
    }

    /// A document and a bare rope apply changes alike and count alike the
    /// positions outside the text (each read once, clamped): a column past
    /// its line's end, a line past the last, a reversed range, one inside.
    #[test]
    fn changes_count_the_positions_they_clamp() {
        use crate::text::LineCol;
        let text = "\tThe General Assembly,\n\t1.\tUrges 😀 States;\n";
        let at = |line, character| LineCol { line, character };
        let cases: [(LineCol, LineCol, usize); 4] = [
            (at(1, 4), at(1, 9), 0),
            (at(1, 4), at(1, 400), 1),
            (at(7, 0), at(9, 3), 2),
            (at(1, 12), at(0, 2), 0),
        ];
        for (start, end, expected) in cases {
            let change = Change {
                range: Some((start, end)),
                text: "x".into(),
            };
            let mut document = Document::new(text);
            let mut rope = Rope::from_str(text);
            assert_eq!(
                document.apply_changes(std::slice::from_ref(&change), Encoding::Utf16),
                expected,
                "{start:?}..{end:?}"
            );
            assert_eq!(
                apply_change_to_rope(&mut rope, &change, Encoding::Utf16),
                expected
            );
            assert_eq!(document.text(), rope.to_string());
        }
    }

    /// Changes applied at the spans a bare rope read for them
    /// ([`apply_change_to_rope_at`], [`Document::apply_spans_unanalysed`])
    /// leave the document as the changes themselves do: several in a row,
    /// an insertion (one position), positions clamped, a reversed range, a
    /// whole text, Arabic, Chinese and emoji text.
    #[test]
    fn changes_applied_at_their_spans_edit_the_document_as_the_changes_do() {
        use crate::text::LineCol;
        let text =
            "\tThe General Assembly,\n\t1.\tUrges 😀 States;\n\tإن الجمعية العامة،\n\t大会，\n";
        let at = |line, character| LineCol { line, character };
        let change = |range: Option<(LineCol, LineCol)>, text: &str| Change {
            range,
            text: text.into(),
        };
        let batches = [
            vec![change(Some((at(1, 12), at(1, 12))), "x")],
            vec![
                change(Some((at(1, 4), at(1, 9))), "Calls upon"),
                change(Some((at(1, 17), at(1, 19))), ""),
                change(Some((at(2, 3), at(2, 3))), "\n\t2.\t"),
            ],
            vec![change(Some((at(1, 4), at(1, 400))), "y")],
            vec![change(Some((at(7, 0), at(9, 3))), "z")],
            vec![change(Some((at(1, 12), at(0, 2))), "w")],
            vec![change(Some((at(4, 2), at(4, 3))), "，决定")],
            vec![
                change(None, "\tThe Security Council,\n"),
                change(Some((at(0, 5), at(0, 13))), "General Assembly"),
            ],
        ];
        for changes in batches {
            let mut expected = Document::new(text);
            expected.apply_changes(&changes, Encoding::Utf16);
            let mut rope = Rope::from_str(text);
            let spans: Vec<_> = changes
                .iter()
                .map(|c| apply_change_to_rope_at(&mut rope, c, Encoding::Utf16).0)
                .collect();
            let mut document = Document::new(text);
            document.apply_spans_unanalysed(
                spans
                    .into_iter()
                    .zip(changes.iter().map(|c| c.text.as_str())),
            );
            document.analyse();
            assert_eq!(document.text(), rope.to_string(), "{changes:?}");
            assert_eq!(document.text(), expected.text(), "{changes:?}");
            assert_eq!(document.lines(), expected.lines(), "{changes:?}");
            assert_eq!(
                document.diagnostics(),
                expected.diagnostics(),
                "{changes:?}"
            );
        }
    }

    #[test]
    fn the_language_is_the_organ_lines_or_the_one_chosen() {
        let french = "\tL’Assemblée générale,\n\tRappelant sa résolution 67/264 du 17 mai 2013,\n\t1.\tPrie le Secrétaire général de lui faire rapport ;\n\t2.\tPrie le Secrétaire général de rester saisi ;\n";
        let document = Document::new(french);
        assert_eq!(document.language(), Language::French);
        assert_eq!(document.model().language, Language::French);
        assert_eq!(document.model().context().language, Language::French);
        assert!(document.lines()[2].opening.is_some());
        // Chosen: the text is read in that language whatever its organ line.
        let mut document =
            Document::with_language(french, Catalog::builtin(), Some(Language::English));
        assert_eq!(document.language(), Language::English);
        assert!(document.lines()[2]
            .opening
            .as_ref()
            .is_none_or(|o| o.foreign().is_none()));
        document.set_language(None);
        assert_eq!(document.language(), Language::French);
        assert_eq!(document.diagnostics(), Document::new(french).diagnostics());
        // Typing the organ line changes the language, and the analysis is
        // the one of the new text read afresh.
        let mut document = Document::new(&french.replacen("\tL’Assemblée générale,", "\t", 1));
        assert_eq!(document.language(), Language::English);
        document.edit(1..1, "L’Assemblée générale,");
        assert_eq!(document.text(), french);
        assert_eq!(document.language(), Language::French);
        let fresh = Document::new(french);
        assert_eq!(document.lines(), fresh.lines());
        assert_eq!(document.diagnostics(), fresh.diagnostics());
        let from_rope = Document::from_rope(Rope::from_str(french), Catalog::builtin());
        assert_eq!(from_rope.language(), Language::French);
        // Replacing the whole text detects again.
        let mut document = Document::new(french);
        document.apply_changes(
            &[Change {
                range: None,
                text: "\tLa Asamblea General,\n\t1.\tDecide.\n".into(),
            }],
            Encoding::Utf8,
        );
        assert_eq!(document.language(), Language::Spanish);
    }

    #[test]
    fn edits_keep_lines_in_step_with_the_rope() {
        let mut doc = Document::new("a\nb\r\nc");
        doc.edit(1..2, "");
        assert_eq!(doc.text(), "ab\r\nc");
        assert_eq!(doc.lines().len(), 2);
        doc.edit(3..3, "x");
        assert_eq!(doc.text(), "ab\rx\nc");
        assert_eq!(doc.lines().len(), 3);
        doc.edit(0..100, "");
        assert_eq!(doc.lines().len(), 1);
    }
}
