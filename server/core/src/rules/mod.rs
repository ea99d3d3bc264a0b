//! The rules. Each lives in a file of its own with a `//!` description, an
//! `INFO` (code, default severity, summary, example) and a `check` function;
//! [`RULES`] is the one registry, in the order diagnostics are reported.

use std::sync::Arc;

use crate::catalog::{Catalog, Key};
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Model;
use crate::syntax::{Citation, LineSyntax, Span};
use crate::text::Range;

mod bracket_balance;
mod citation_catalog_date;
mod citation_future;
mod citation_malformed;
mod citation_order;
mod citation_session_date;
mod citation_unknown;
mod footnote_missing;
mod footnote_order;
mod footnote_unused;
mod former_name;
mod operative_numbering;
mod paragraph_opening;
mod paragraph_punctuation;
mod paragraph_reference;
mod repeated_opening;
mod subparagraph_numbering;

#[cfg(test)]
pub(crate) mod fixture;

/// What a rule is, for users: its code, default severity, a one-line summary
/// and an example of text it fires on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RuleInfo {
    pub code: &'static str,
    pub severity: Severity,
    pub summary: &'static str,
    pub example: &'static str,
}

/// What a rule sees: the per-line syntax and the document model.
pub struct Ctx<'a> {
    pub lines: &'a [Arc<LineSyntax>],
    pub model: &'a Model,
    pub catalog: &'a Catalog,
}

impl Ctx<'_> {
    /// The catalog key of `citation`, when its organ is known.
    pub fn citation_key(&self, citation: &Citation) -> Option<Key> {
        let organ = self.model.citation_organ(citation)?;
        Key::of_citation(organ, citation)
    }

    /// Every citation of the text with its line.
    pub fn citations(&self) -> impl Iterator<Item = (u32, &Citation)> {
        self.lines
            .iter()
            .enumerate()
            .flat_map(|(i, line)| line.citations.iter().map(move |c| (i as u32, c)))
    }

    /// A diagnostic of `info`'s rule on `span` of line `line`.
    pub fn diagnostic(info: &RuleInfo, line: u32, span: Span, message: String) -> Diagnostic {
        Diagnostic {
            code: info.code,
            severity: info.severity,
            range: Range::on_line(line, span.start, span.end),
            message,
            fixes: Vec::new(),
        }
    }
}

type Check = fn(&Ctx<'_>, &mut Vec<Diagnostic>);

/// Every rule, with its check.
pub static RULES: &[(RuleInfo, Check)] = &[
    (operative_numbering::INFO, operative_numbering::check),
    (subparagraph_numbering::INFO, subparagraph_numbering::check),
    (footnote_missing::INFO, footnote_missing::check),
    (footnote_unused::INFO, footnote_unused::check),
    (footnote_order::INFO, footnote_order::check),
    (citation_malformed::INFO, citation_malformed::check),
    (citation_session_date::INFO, citation_session_date::check),
    (citation_catalog_date::INFO, citation_catalog_date::check),
    (citation_unknown::INFO, citation_unknown::check),
    (citation_future::INFO, citation_future::check),
    (citation_order::INFO, citation_order::check),
    (paragraph_reference::INFO, paragraph_reference::check),
    (bracket_balance::INFO, bracket_balance::check),
    (paragraph_punctuation::INFO, paragraph_punctuation::check),
    (paragraph_opening::INFO, paragraph_opening::check),
    (repeated_opening::INFO, repeated_opening::check),
    (former_name::INFO, former_name::check),
];

/// The user-facing description of every rule.
pub fn all() -> impl Iterator<Item = &'static RuleInfo> {
    RULES.iter().map(|(info, _)| info)
}

/// Looks a rule up by its code.
pub fn find(code: &str) -> Option<&'static RuleInfo> {
    all().find(|info| info.code == code)
}

/// Runs every rule.
pub fn run(ctx: &Ctx<'_>) -> Vec<Diagnostic> {
    let mut acc = Vec::new();
    for (_, check) in RULES {
        check(ctx, &mut acc);
    }
    acc.sort_by(|a, b| a.range.cmp(&b.range).then_with(|| a.code.cmp(b.code)));
    acc
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_kebab_case() {
        let mut seen = std::collections::HashSet::new();
        for info in all() {
            assert!(seen.insert(info.code), "duplicate code {}", info.code);
            assert!(
                info.code
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                info.code
            );
        }
    }

    #[test]
    fn every_rule_file_is_registered_and_documented() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/rules");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            let name = path.file_stem().unwrap().to_str().unwrap().to_string();
            if name == "mod" || name == "fixture" {
                continue;
            }
            files += 1;
            let code = name.replace('_', "-");
            assert!(
                find(&code).is_some(),
                "rules/{name}.rs is not registered in RULES"
            );
            let text = std::fs::read_to_string(&path).unwrap();
            assert!(
                text.starts_with("//!"),
                "rules/{name}.rs must open with a //! description"
            );
            assert!(text.contains("mod tests"), "rules/{name}.rs has no tests");
        }
        assert_eq!(files, RULES.len());
    }
}
