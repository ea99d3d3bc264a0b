//! What the analysis reports: a rule's code, a severity, a range and a
//! message that says what is wrong and what to write instead.

use std::borrow::Cow;

use crate::l10n::Message;
use crate::text::Range;

/// How serious a finding is. The names match the LSP's severities.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
    Information,
    Hint,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Information => "information",
            Severity::Hint => "hint",
        }
    }
}

/// One finding: a handle on what it says ([`DiagnosticBody`]), whose
/// fields it gives access to (`diagnostic.code`, `diagnostic.range`), and
/// its fixes ([`Diagnostic::fixes`]). A document keeps its findings in one
/// sorted list, and a finding that comes or goes moves those after it:
/// eight bytes each, not the whole finding's (a footnote marker typed in
/// the middle of a 10 MB document moves 1,800 of them). A line typed or
/// deleted moves the lines of those after it: their ranges only, the
/// fixes' edits being kept where they were made and moved as they are
/// read (one cache line of each finding read, not two).
#[derive(Clone)]
pub struct Diagnostic(Box<DiagnosticBody>);

/// What a [`Diagnostic`] says.
#[derive(Clone)]
pub struct DiagnosticBody {
    pub range: Range,
    /// The rule's stable kebab-case name (`operative-numbering`).
    pub code: &'static str,
    pub severity: Severity,
    /// What to write instead, and why: rendered in the reader's language
    /// ([`Message::render`]; `Display` gives English).
    pub message: Message,
    /// Edits that repair the finding, best first (may be empty), their
    /// lines those of the text when the finding's first line was
    /// `fixes_line`.
    fixes: Vec<Fix>,
    fixes_line: u32,
}

/// A finding, whole: what a rule builds a [`Diagnostic`] from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DiagnosticData {
    /// The rule's stable kebab-case name (`operative-numbering`).
    pub code: &'static str,
    pub severity: Severity,
    pub range: Range,
    /// What to write instead, and why: rendered in the reader's language
    /// ([`Message::render`]; `Display` gives English).
    pub message: Message,
    /// Edits that repair the finding, best first (may be empty).
    pub fixes: Vec<Fix>,
}

impl From<DiagnosticData> for Diagnostic {
    fn from(data: DiagnosticData) -> Diagnostic {
        let DiagnosticData {
            code,
            severity,
            range,
            message,
            fixes,
        } = data;
        Diagnostic(Box::new(DiagnosticBody {
            range,
            code,
            severity,
            message,
            fixes,
            fixes_line: range.start.line,
        }))
    }
}

impl From<Diagnostic> for DiagnosticData {
    fn from(diagnostic: Diagnostic) -> DiagnosticData {
        let fixes = diagnostic.fixes().into_owned();
        let DiagnosticBody {
            code,
            severity,
            range,
            message,
            ..
        } = *diagnostic.0;
        DiagnosticData {
            code,
            severity,
            range,
            message,
            fixes,
        }
    }
}

impl std::ops::Deref for Diagnostic {
    type Target = DiagnosticBody;

    fn deref(&self) -> &DiagnosticBody {
        &self.0
    }
}

impl std::ops::DerefMut for Diagnostic {
    fn deref_mut(&mut self) -> &mut DiagnosticBody {
        &mut self.0
    }
}

impl Diagnostic {
    /// Adds a fix (its edits' lines those of the text now).
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes_mut().push(fix);
        self
    }

    /// How far the finding moved since its fixes were made.
    fn fixes_moved(&self) -> u32 {
        self.range.start.line.wrapping_sub(self.fixes_line)
    }

    /// Whether it has a fix.
    pub fn has_fixes(&self) -> bool {
        !self.0.fixes.is_empty()
    }

    /// Its fixes, their edits' lines those of the text now (copied where
    /// the finding moved since they were made).
    pub fn fixes(&self) -> Cow<'_, [Fix]> {
        let by = self.fixes_moved();
        if by == 0 || self.0.fixes.is_empty() {
            return Cow::Borrowed(&self.0.fixes);
        }
        let mut fixes = self.0.fixes.clone();
        shift_fixes(&mut fixes, by);
        Cow::Owned(fixes)
    }

    /// Its fixes to change, their edits' lines those of the text now.
    pub fn fixes_mut(&mut self) -> &mut Vec<Fix> {
        let by = self.fixes_moved();
        let body = &mut *self.0;
        if by != 0 {
            shift_fixes(&mut body.fixes, by);
            body.fixes_line = body.range.start.line;
        }
        &mut body.fixes
    }

    /// The ranges of its fixes' edits, in the text now.
    pub fn fix_ranges(&self) -> impl Iterator<Item = Range> + '_ {
        let by = self.fixes_moved();
        (self.0.fixes.iter())
            .flat_map(|fix| &fix.edits)
            .map(move |edit| moved_range(edit.range, by))
    }
}

/// `range` with its lines moved by `by` (modulo 2^32).
pub(crate) fn moved_range(mut range: Range, by: u32) -> Range {
    range.start.line = range.start.line.wrapping_add(by);
    range.end.line = range.end.line.wrapping_add(by);
    range
}

/// Moves the lines of the edits of `fixes` by `by` (modulo 2^32).
fn shift_fixes(fixes: &mut [Fix], by: u32) {
    for edit in fixes.iter_mut().flat_map(|fix| &mut fix.edits) {
        edit.range = moved_range(edit.range, by);
    }
}

/// Two findings are equal where they say the same, their fixes read in
/// the text now (compared as kept where both moved alike since they were
/// made, the most common).
impl PartialEq for Diagnostic {
    fn eq(&self, other: &Diagnostic) -> bool {
        let (a, b) = (&*self.0, &*other.0);
        a.range == b.range
            && a.code == b.code
            && a.severity == b.severity
            && a.message == b.message
            && if self.fixes_moved() == other.fixes_moved() {
                a.fixes == b.fixes
            } else {
                self.fixes() == other.fixes()
            }
    }
}

impl Eq for Diagnostic {}

impl std::hash::Hash for Diagnostic {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let body = &*self.0;
        (
            body.range,
            body.code,
            body.severity,
            &body.message,
            self.fixes(),
        )
            .hash(state);
    }
}

/// As the whole finding's ([`DiagnosticData`]).
impl std::fmt::Debug for Diagnostic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("DiagnosticData")
            .field("code", &self.code)
            .field("severity", &self.severity)
            .field("range", &self.range)
            .field("message", &self.message)
            .field("fixes", &self.fixes())
            .finish()
    }
}

/// A repair: a title for the editor's menu and the edits that make it, all
/// against the text the diagnostic was computed on and not overlapping.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Fix {
    pub title: Message,
    pub edits: Vec<TextEdit>,
}

/// Replace `range` by `new_text`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct TextEdit {
    pub range: Range,
    pub new_text: String,
}

impl TextEdit {
    pub fn new(range: Range, new_text: impl Into<String>) -> TextEdit {
        TextEdit {
            range,
            new_text: new_text.into(),
        }
    }
}

/// Applies non-overlapping `edits` (core ranges: line and byte column) to
/// `text`, as an editor would. Positions past a line's end clamp to it.
pub fn apply_edits(text: &str, edits: &[TextEdit]) -> String {
    let rope = ropey::Rope::from_str(text);
    let offset = |pos: crate::text::Pos| -> usize {
        let line = (pos.line as usize).min(rope.len_lines().saturating_sub(1));
        let start = rope.line_to_byte(line);
        let line_text = crate::text::line_without_terminator(&rope, line);
        start + (pos.col as usize).min(line_text.len_bytes())
    };
    let mut spans: Vec<(usize, usize, &str)> = edits
        .iter()
        .map(|e| {
            (
                offset(e.range.start),
                offset(e.range.end),
                e.new_text.as_str(),
            )
        })
        .collect();
    spans.sort_by_key(|(start, end, _)| (*start, *end));
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for (start, end, new_text) in spans {
        let start = start.max(at);
        out.push_str(&text[at..start]);
        out.push_str(new_text);
        at = end.max(start);
    }
    out.push_str(&text[at..]);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding in the document's list is a pointer: one that comes or
    /// goes moves those after it by eight bytes each (see [`Diagnostic`]).
    #[test]
    fn a_diagnostic_in_a_list_is_one_pointer() {
        assert_eq!(std::mem::size_of::<Diagnostic>(), 8);
        assert!(std::mem::size_of::<DiagnosticData>() > 64);
    }

    /// A finding's fixes move with its range: read where it is, compared
    /// and added to there.
    #[test]
    fn the_fixes_move_with_the_range() {
        let fix = |line: u32, text: &str| Fix {
            title: Message::new("fix-write"),
            edits: vec![TextEdit::new(Range::on_line(line, 1, 2), text)],
        };
        let at = |line: u32| {
            Diagnostic::from(DiagnosticData {
                code: "operative-numbering",
                severity: Severity::Warning,
                range: Range::on_line(line, 0, 2),
                message: Message::new("fix-write"),
                fixes: vec![fix(line, "a"), fix(line + 1, "b")],
            })
        };
        let mut moved = at(3);
        assert!(moved.has_fixes());
        moved.range.start.line += 4;
        moved.range.end.line += 4;
        assert_eq!(moved, at(7));
        assert_eq!(moved.fixes()[..], [fix(7, "a"), fix(8, "b")]);
        let ranges: Vec<Range> = moved.fix_ranges().collect();
        assert_eq!(ranges, [Range::on_line(7, 1, 2), Range::on_line(8, 1, 2)]);
        assert_eq!(format!("{moved:?}"), format!("{:?}", at(7)));
        let hash = |d: &Diagnostic| {
            use std::hash::{BuildHasher, BuildHasherDefault};
            BuildHasherDefault::<std::collections::hash_map::DefaultHasher>::default().hash_one(d)
        };
        assert_eq!(hash(&moved), hash(&at(7)));
        // Moved back past zero and forth (the lines wrap).
        moved.range.start.line = moved.range.start.line.wrapping_sub(10);
        moved.range.end.line = moved.range.end.line.wrapping_sub(10);
        moved.range.start.line = moved.range.start.line.wrapping_add(6);
        moved.range.end.line = moved.range.end.line.wrapping_add(6);
        let moved = moved.with_fix(fix(3, "c"));
        assert_eq!(moved.fixes()[..], [fix(3, "a"), fix(4, "b"), fix(3, "c")]);
        assert_ne!(moved, at(3));
        assert_eq!(
            DiagnosticData::from(moved).fixes,
            [fix(3, "a"), fix(4, "b"), fix(3, "c")]
        );
    }

    /// The handle reads and writes the finding's fields, and compares as
    /// the finding does.
    #[test]
    fn a_diagnostic_reads_and_writes_through_its_handle() {
        let data = DiagnosticData {
            code: "operative-numbering",
            severity: Severity::Warning,
            range: Range::on_line(3, 0, 2),
            message: Message::new("fix-write"),
            fixes: Vec::new(),
        };
        let mut diagnostic = Diagnostic::from(data.clone());
        assert_eq!(DiagnosticData::from(diagnostic.clone()), data);
        assert_eq!(format!("{diagnostic:?}"), format!("{data:?}"));
        diagnostic.range.start.line += 1;
        assert_eq!(diagnostic.range.start.line, 4);
        assert_ne!(diagnostic, Diagnostic::from(data));
    }
}
