//! A document: its text in a rope, the syntax of each line, the model and the
//! diagnostics. Edits re-parse only the lines they touch; the model and the
//! rules then run over the per-line summaries, never over the text.

use std::borrow::Cow;
use std::sync::Arc;

use ropey::Rope;

use crate::catalog::Catalog;
use crate::diagnostic::Diagnostic;
use crate::model::Model;
use crate::rules::{self, Ctx};
use crate::syntax::{parse_line, LineSyntax};
use crate::text::{self, Encoding, LineCol, Pos};

/// An analysed document.
#[derive(Debug, Clone)]
pub struct Document {
    rope: Rope,
    lines: Vec<Arc<LineSyntax>>,
    model: Model,
    diagnostics: Vec<Diagnostic>,
    catalog: Catalog,
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

impl Document {
    /// Parses and analyses `text` against the built-in catalog.
    pub fn new(text: &str) -> Document {
        Document::with_catalog(text, Catalog::builtin())
    }

    /// Parses and analyses `text`, checking citations against `catalog`.
    pub fn with_catalog(text: &str, catalog: Catalog) -> Document {
        Document::from_rope(Rope::from_str(text), catalog)
    }

    /// Parses and analyses the text of `rope`, checking citations against
    /// `catalog`. Cloning a rope is cheap and the clone shares its memory
    /// with the original until either is edited, so a caller that keeps its
    /// own copy of the text does not pay for it twice.
    pub fn from_rope(rope: Rope, catalog: Catalog) -> Document {
        let lines = (0..rope.len_lines())
            .map(|i| Arc::new(parse_line(&line_text(&rope, i))))
            .collect();
        let mut document = Document {
            rope,
            lines,
            model: Model::default(),
            diagnostics: Vec::new(),
            catalog,
        };
        document.refresh();
        document
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
    pub fn lines(&self) -> &[Arc<LineSyntax>] {
        &self.lines
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    pub fn diagnostics(&self) -> &[Diagnostic] {
        &self.diagnostics
    }

    /// The catalog citations are checked against.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }

    /// Checks against another catalog (re-running the rules).
    pub fn set_catalog(&mut self, catalog: Catalog) {
        self.catalog = catalog;
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
        let mut clamped = 0;
        for change in changes {
            if let Some((start, end)) = change.range {
                clamped += usize::from(!text::is_in_range(&self.rope, start, encoding));
                clamped += usize::from(!text::is_in_range(&self.rope, end, encoding));
            }
            self.apply_change_deferred(change, encoding);
        }
        self.refresh();
        clamped
    }

    fn apply_change_deferred(&mut self, change: &Change, encoding: Encoding) {
        match change_span(&self.rope, change, encoding) {
            None => {
                self.rope = Rope::from_str(&change.text);
                self.lines = (0..self.rope.len_lines())
                    .map(|i| Arc::new(parse_line(&line_text(&self.rope, i))))
                    .collect();
            }
            Some(span) => self.edit_text(span, &change.text),
        }
    }

    /// Edits the rope and re-parses the touched lines, without re-running the
    /// model and the rules.
    fn edit_text(&mut self, range: std::ops::Range<usize>, new_text: &str) {
        let len = self.rope.len_chars();
        let start = range.start.min(len);
        let end = range.end.clamp(start, len);
        // One line of margin on each side: deleting a line break joins two
        // lines, and an edit between CR and LF changes both.
        let first = self.rope.char_to_line(start).saturating_sub(1);
        let old_last = (self.rope.char_to_line(end) + 1).min(self.rope.len_lines() - 1);
        let old_lines = self.rope.len_lines();
        self.rope.remove(start..end);
        self.rope.insert(start, new_text);
        let new_lines = self.rope.len_lines();
        let new_last = (old_last as isize + new_lines as isize - old_lines as isize)
            .clamp(first as isize, new_lines as isize - 1) as usize;
        let reparsed: Vec<Arc<LineSyntax>> = (first..=new_last)
            .map(|i| Arc::new(parse_line(&line_text(&self.rope, i))))
            .collect();
        self.lines.splice(first..=old_last, reparsed);
        debug_assert_eq!(self.lines.len(), self.rope.len_lines());
    }

    /// Rebuilds the model and the diagnostics from the line summaries.
    fn refresh(&mut self) {
        self.model = Model::build(&self.lines);
        self.diagnostics = rules::run(&Ctx {
            lines: &self.lines,
            model: &self.model,
            catalog: &self.catalog,
        });
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
    let (start, end) = change.range?;
    let a = text::char_index(rope, start, encoding);
    let b = text::char_index(rope, end, encoding);
    Some(a.min(b)..b)
}

/// Applies `change` to a bare rope, exactly as [`Document::apply_changes`]
/// applies it to a document's text, without any analysis.
pub fn apply_change_to_rope(rope: &mut Rope, change: &Change, encoding: Encoding) {
    match change_span(rope, change, encoding) {
        None => *rope = Rope::from_str(&change.text),
        Some(span) => {
            rope.remove(span.clone());
            rope.insert(span.start, &change.text);
        }
    }
}

fn line_text(rope: &Rope, line: usize) -> Cow<'_, str> {
    let slice = text::line_without_terminator(rope, line);
    match slice.as_str() {
        Some(s) => Cow::Borrowed(s),
        None => Cow::Owned(slice.to_string()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
