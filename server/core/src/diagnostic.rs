//! What the analysis reports: a rule's code, a severity, a range and a
//! message that says what is wrong and what to write instead.

use std::borrow::Cow;
use std::sync::Arc;

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
/// fields it gives access to (`diagnostic.code`, `diagnostic.message`),
/// with its range ([`Diagnostic::range`]) and its fixes
/// ([`Diagnostic::fixes`]). A document keeps its findings in one sorted
/// list, and a finding that comes or goes moves those after it: sixteen
/// bytes each, not the whole finding's (a footnote marker typed in the
/// middle of a 10 MB document moves 1,800 of them). A line typed or
/// deleted moves the lines of those after it: the handle counts the lines
/// its finding moved since it was made (`moved`), and the body's range and
/// its fixes' edits are kept where they were made and moved as they are
/// read, so that moving the findings reads the list alone, not a cache
/// line of each finding (4,400 of them after a line typed at the start of
/// a 10 MB document). The body is shared by the finding's clones (the
/// line's findings and the document's list hold each line rule's finding
/// once), and copied where one of them is changed.
#[derive(Clone)]
pub struct Diagnostic {
    /// How many lines the finding moved since its body was made (modulo
    /// 2^32).
    moved: u32,
    /// Its rule's number ([`crate::rules::rule_number`] of its code).
    rule: u8,
    body: Arc<DiagnosticBody>,
}

/// What a [`Diagnostic`] says.
#[derive(Clone)]
pub struct DiagnosticBody {
    /// Its range where it was made (the handle's [`Diagnostic::range`] is
    /// where it is).
    made_range: Range,
    /// The rule's stable kebab-case name (`operative-numbering`).
    pub code: &'static str,
    pub severity: Severity,
    /// What to write instead, and why: rendered in the reader's language
    /// ([`Message::render`]; `Display` gives English).
    pub message: Message,
    /// Edits that repair the finding, best first (may be empty), their
    /// lines those of the text where the finding was made (`made_range`).
    fixes: Vec<Fix>,
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
        Diagnostic {
            moved: 0,
            rule: crate::rules::rule_number(code),
            body: Arc::new(DiagnosticBody {
                made_range: range,
                code,
                severity,
                message,
                fixes,
            }),
        }
    }
}

impl From<Diagnostic> for DiagnosticData {
    fn from(diagnostic: Diagnostic) -> DiagnosticData {
        let fixes = diagnostic.fixes().into_owned();
        let range = diagnostic.range();
        let DiagnosticBody {
            code,
            severity,
            message,
            ..
        } = Arc::unwrap_or_clone(diagnostic.body);
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
        &self.body
    }
}

impl Diagnostic {
    /// Where it is: its range in the text now.
    #[inline]
    pub fn range(&self) -> Range {
        moved_range(self.body.made_range, self.moved)
    }

    /// Its rule's number ([`crate::rules::rule_number`] of its code), read
    /// without reading the finding.
    #[inline]
    pub fn rule_number(&self) -> u8 {
        self.rule
    }

    /// Changes how serious it is.
    pub fn set_severity(&mut self, severity: Severity) {
        Arc::make_mut(&mut self.body).severity = severity;
    }

    /// Puts it at `range`; its fixes move with its first line.
    pub fn set_range(&mut self, range: Range) {
        let by = range.start.line.wrapping_sub(self.range().start.line);
        self.moved = self.moved.wrapping_add(by);
        Arc::make_mut(&mut self.body).made_range = moved_range(range, self.moved.wrapping_neg());
    }

    /// Moves its lines by `by` (modulo 2^32), its fixes with them: the
    /// handle alone is written.
    #[inline]
    pub fn move_lines(&mut self, by: u32) {
        self.moved = self.moved.wrapping_add(by);
    }

    /// Adds a fix (its edits' lines those of the text now).
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes_mut().push(fix);
        self
    }

    /// Whether it has a fix.
    pub fn has_fixes(&self) -> bool {
        !self.body.fixes.is_empty()
    }

    /// Its fixes, their edits' lines those of the text now (copied where
    /// the finding moved since they were made).
    pub fn fixes(&self) -> Cow<'_, [Fix]> {
        let by = self.moved;
        if by == 0 || self.body.fixes.is_empty() {
            return Cow::Borrowed(&self.body.fixes);
        }
        let mut fixes = self.body.fixes.clone();
        shift_fixes(&mut fixes, by);
        Cow::Owned(fixes)
    }

    /// Its fixes to change, their edits' lines those of the text now (the
    /// body made again where the finding is).
    pub fn fixes_mut(&mut self) -> &mut Vec<Fix> {
        let by = std::mem::take(&mut self.moved);
        let body = Arc::make_mut(&mut self.body);
        if by != 0 {
            shift_fixes(&mut body.fixes, by);
            body.made_range = moved_range(body.made_range, by);
        }
        &mut body.fixes
    }

    /// The ranges of its fixes' edits, in the text now.
    pub fn fix_ranges(&self) -> impl Iterator<Item = Range> + '_ {
        let by = self.moved;
        (self.body.fixes.iter())
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
        // (A clone, moved alike: the same body.)
        if self.moved == other.moved && Arc::ptr_eq(&self.body, &other.body) {
            return true;
        }
        let (a, b) = (&*self.body, &*other.body);
        self.range() == other.range()
            && a.code == b.code
            && a.severity == b.severity
            && a.message == b.message
            && if self.moved == other.moved {
                a.fixes == b.fixes
            } else {
                self.fixes() == other.fixes()
            }
    }
}

impl Eq for Diagnostic {}

impl std::hash::Hash for Diagnostic {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        let body = &*self.body;
        (
            self.range(),
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
            .field("range", &self.range())
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

    /// A finding in the document's list is a pointer and the lines it
    /// moved: one that comes or goes moves those after it by sixteen bytes
    /// each (see [`Diagnostic`]).
    #[test]
    fn a_diagnostic_in_a_list_is_a_pointer_and_its_lines_moved() {
        assert_eq!(std::mem::size_of::<Diagnostic>(), 16);
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
        moved.move_lines(4);
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
        moved.move_lines(10u32.wrapping_neg());
        moved.move_lines(6);
        assert_eq!(moved.range(), Range::on_line(3, 0, 2));
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
        assert_eq!(
            diagnostic.rule_number(),
            crate::rules::rule_number("operative-numbering")
        );
        assert_ne!(diagnostic.rule_number(), crate::rules::NO_RULE);
        assert_eq!(format!("{diagnostic:?}"), format!("{data:?}"));
        let mut range = diagnostic.range();
        range.start.line += 1;
        range.end.line += 1;
        diagnostic.set_range(range);
        assert_eq!(diagnostic.range().start.line, 4);
        assert_ne!(diagnostic, Diagnostic::from(data));
    }

    /// A finding's clones share its body (a line's finding and the
    /// document's list hold it once) until one of them is changed, which
    /// then has a body of its own: the others read as they did.
    #[test]
    fn a_clone_shares_the_body_until_it_is_changed() {
        let original = Diagnostic::from(DiagnosticData {
            code: "operative-numbering",
            severity: Severity::Warning,
            range: Range::on_line(3, 0, 2),
            message: Message::new("fix-write"),
            fixes: Vec::new(),
        });
        let mut clone = original.clone();
        assert!(Arc::ptr_eq(&clone.body, &original.body));
        assert_eq!(clone, original);
        clone.set_severity(Severity::Hint);
        assert!(!Arc::ptr_eq(&clone.body, &original.body));
        assert_eq!(
            (clone.severity, original.severity),
            (Severity::Hint, Severity::Warning)
        );
        let mut moved = original.clone();
        moved.set_range(Range::on_line(5, 0, 2));
        assert_eq!(original.range(), Range::on_line(3, 0, 2));
        assert_eq!(moved.range(), Range::on_line(5, 0, 2));
        let fixed = original.clone().with_fix(Fix {
            title: Message::new("fix-write"),
            edits: vec![TextEdit::new(Range::on_line(3, 0, 2), "x")],
        });
        assert!(fixed.has_fixes() && !original.has_fixes());
        assert_ne!(fixed, original);
        // (Moved alike, the same body is equal without being read; moved
        // otherwise, it is not.)
        let mut shifted = original.clone();
        shifted.move_lines(1);
        assert_ne!(shifted, original);
        shifted.move_lines(1u32.wrapping_neg());
        assert_eq!(shifted, original);
    }

    /// A finding put at another range takes its fixes along by as many
    /// lines as its first line moved (none where only its columns did).
    #[test]
    fn the_fixes_follow_a_range_set() {
        let fix = |line: u32| Fix {
            title: Message::new("fix-write"),
            edits: vec![TextEdit::new(Range::on_line(line, 1, 2), "x")],
        };
        let mut diagnostic = Diagnostic::from(DiagnosticData {
            code: "operative-numbering",
            severity: Severity::Warning,
            range: Range::on_line(5, 0, 2),
            message: Message::new("fix-write"),
            fixes: vec![fix(5)],
        });
        diagnostic.move_lines(2);
        diagnostic.set_range(Range::on_line(7, 3, 4));
        assert_eq!(diagnostic.range(), Range::on_line(7, 3, 4));
        assert_eq!(diagnostic.fixes()[..], [fix(7)]);
        diagnostic.set_range(Range::on_line(4, 0, 1));
        assert_eq!(diagnostic.fixes()[..], [fix(4)]);
        diagnostic.fixes_mut().push(fix(4));
        assert_eq!(diagnostic.range(), Range::on_line(4, 0, 1));
        diagnostic.move_lines(1);
        assert_eq!(diagnostic.fixes()[..], [fix(5), fix(5)]);
        assert_eq!(
            DiagnosticData::from(diagnostic).range,
            Range::on_line(5, 0, 1)
        );
    }
}
