//! `resolute rules`: every rule of the registry (`resolute_core::rules`), as
//! a list for people or as Markdown. `docs/rules.md` is this Markdown with
//! each rule's own documentation (its module's `//!` comment) added by
//! `tests/docs.rs`, so that it never drifts from the code.

use std::io::{self, Write};

use clap::ValueEnum;
use resolute_core::rules::RuleInfo;

use crate::EXIT_OK;

/// The output formats of `resolute rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// Each rule's code and severity, then its summary and an example.
    Human,
    /// A table of the rules, then a section a rule (`docs/rules.md` adds
    /// each rule's own documentation).
    Markdown,
}

/// Prints every rule, in the order the core runs them.
pub fn run(format: RulesFormat) -> io::Result<u8> {
    let mut out = io::stdout().lock();
    let rules: Vec<&RuleInfo> = resolute_core::rules::all().collect();
    match format {
        RulesFormat::Human => human(&mut out, &rules)?,
        RulesFormat::Markdown => out.write_all(markdown(&rules).as_bytes())?,
    }
    out.flush()?;
    Ok(EXIT_OK)
}

fn human(out: &mut impl Write, rules: &[&RuleInfo]) -> io::Result<()> {
    for (index, info) in rules.iter().enumerate() {
        if index > 0 {
            writeln!(out)?;
        }
        writeln!(out, "{} ({})", info.code, info.severity.as_str())?;
        writeln!(out, "    {}", info.summary)?;
        writeln!(out, "    Example: {}", info.example)?;
    }
    Ok(())
}

/// The heading of the table in `docs/rules.md`; the README shows the same
/// table under its own heading.
pub const TABLE_HEADING: &str = "## The rules at a glance";

/// The rules reference in Markdown. Summaries and examples are written in
/// Markdown already (code in backticks); only `|` needs escaping in a table.
pub fn markdown(rules: &[&RuleInfo]) -> String {
    let mut out = String::new();
    out.push_str("# Rules\n\n");
    out.push_str(
        "Every diagnostic has a stable code, its rule's kebab-case name. A rule's level can be changed \
         (`error`, `warning`, `information`, `hint` or `off`) in `resolute.toml` or in the editor \
         setting `resolute.rules`: see [settings](settings.md). What the rules know about UN texts \
         (numbering that restarts, sessions and their dates, which paragraphs are operative) is in \
         [conventions](conventions.md).\n\n",
    );
    out.push_str(TABLE_HEADING);
    out.push_str("\n\n");
    out.push_str(&table(rules));
    for info in rules {
        out.push_str(&format!(
            "\n## `{}`\n\n{}, by default. {}\n\nExample: {}\n",
            info.code,
            capitalize(info.severity.as_str()),
            info.summary,
            info.example
        ));
    }
    out
}

/// The table of every rule: code, severity, summary.
pub fn table(rules: &[&RuleInfo]) -> String {
    let mut out = String::from("| code | severity | reports |\n|---|---|---|\n");
    for info in rules {
        out.push_str(&format!(
            "| `{}` | {} | {} |\n",
            info.code,
            info.severity.as_str(),
            info.summary.replace('|', "\\|")
        ));
    }
    out
}

fn capitalize(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_has_a_row_and_a_section() {
        let rules: Vec<&RuleInfo> = resolute_core::rules::all().collect();
        let text = markdown(&rules);
        for info in &rules {
            assert!(text.contains(&format!("| `{}` | ", info.code)), "{text}");
            assert!(text.contains(&format!("\n## `{}`\n", info.code)), "{text}");
        }
        assert_eq!(
            table(&rules).lines().count(),
            rules.len() + 2,
            "a header, a rule line, a row a rule"
        );
    }
}
