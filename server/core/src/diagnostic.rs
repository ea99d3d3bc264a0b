//! What the analysis reports: a rule's code, a severity, a range and a
//! message that says what is wrong and what to write instead.

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

/// One finding: a handle on its [`DiagnosticData`], whose fields it gives
/// access to (`diagnostic.code`, `diagnostic.range`). A document keeps its
/// findings in one sorted list, and a finding that comes or goes moves
/// those after it: eight bytes each, not the whole finding's (a footnote
/// marker typed in the middle of a 10 MB document moves 1,800 of them).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic(Box<DiagnosticData>);

/// What a [`Diagnostic`] says.
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
        Diagnostic(Box::new(data))
    }
}

impl std::ops::Deref for Diagnostic {
    type Target = DiagnosticData;

    fn deref(&self) -> &DiagnosticData {
        &self.0
    }
}

impl std::ops::DerefMut for Diagnostic {
    fn deref_mut(&mut self) -> &mut DiagnosticData {
        &mut self.0
    }
}

impl Diagnostic {
    /// Adds a fix.
    pub fn with_fix(mut self, fix: Fix) -> Diagnostic {
        self.fixes.push(fix);
        self
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
        assert_eq!(*diagnostic, data);
        diagnostic.range.start.line += 1;
        assert_eq!(diagnostic.range.start.line, 4);
        assert_ne!(diagnostic, Diagnostic::from(data));
    }
}
