//! What the analysis reports: a rule's code, a severity, a range and a
//! message that says what is wrong and what to write instead.

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
    pub message: String,
}
