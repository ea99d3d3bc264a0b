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

/// One finding.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Diagnostic {
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
