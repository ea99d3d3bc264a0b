//! The documentation that repeats what the code says is checked against the
//! code, so that it never drifts:
//!
//! - `docs/rules.md` is `resolute rules --format markdown` (the registry's
//!   codes, severities, summaries and examples) with each rule's own
//!   documentation, the `//!` comment of its file, under its section.
//!   `UPDATE_EXPECT=1 cargo test -p resolute --test docs` writes it again.
//! - The README's table of rules is the registry's table, and the output it
//!   shows for the first set-up command is what the command prints.
//! - `docs/settings.md` names every editor setting the server declares.

use std::path::{Path, PathBuf};
use std::process::Command;

use expect_test::expect_file;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `resolute` from the repository root and returns its stdout.
fn resolute(args: &[&str]) -> String {
    let output = Command::new(env!("CARGO_BIN_EXE_resolute"))
        .args(args)
        .current_dir(repo_root())
        .env("NO_COLOR", "1")
        .output()
        .expect("the resolute binary runs");
    String::from_utf8(output.stdout).expect("UTF-8 output")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repo_root().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// The `//!` comment at the top of a rule's file, as Markdown paragraphs.
/// The hints of a draft against its base have no file of their own: their
/// item in the list of `diff/update.rs`'s comment.
fn module_doc(code: &str) -> String {
    if code == resolute_core::compare::VERSION_MISMATCH {
        // Not a rule of one text: the comparison of a text's versions.
        let path = "server/core/src/compare/mod.rs";
        let first = top_comment(path);
        let first = first.split("\n\n").next().unwrap_or_default().trim_end();
        return format!(
            "{first}\n\nOnly between versions of one text: see [comparing language versions](compare.md).\n\n\
             Source: [`{path}`](../{path}).\n"
        );
    }
    let path = format!("server/core/src/rules/{}.rs", code.replace('-', "_"));
    if !repo_root().join(&path).exists() {
        return update_hint_doc(code);
    }
    let doc = top_comment(&path);
    assert!(!doc.trim().is_empty(), "{path} has no //! documentation");
    format!("{}\n\nSource: [`{path}`](../{path}).\n", doc.trim_end())
}

/// The `//!` comment at the top of a file.
fn top_comment(path: &str) -> String {
    let mut doc = String::new();
    for line in read(path).lines() {
        let Some(text) = line.strip_prefix("//!") else {
            break;
        };
        doc.push_str(text.strip_prefix(' ').unwrap_or(text));
        doc.push('\n');
    }
    doc
}

/// A hint of the technical update: its item (`- `code`: …`) in the comment
/// of `diff/update.rs`.
fn update_hint_doc(code: &str) -> String {
    let path = "server/core/src/diff/update.rs";
    let doc = top_comment(path);
    let start = format!("- `{code}`: ");
    let mut lines = doc.lines().skip_while(|line| !line.starts_with(&start));
    let first = lines
        .next()
        .unwrap_or_else(|| panic!("{path} does not document `{code}`"));
    let mut text = first[start.len()..].to_owned();
    for line in lines.take_while(|line| line.starts_with("  ")) {
        text.push(' ');
        text.push_str(line.trim());
    }
    format!(
        "{text}\n\nOnly on a draft with a base: see [comparing a draft with its base](diff.md).\n\n\
         Source: [`{path}`](../{path}).\n"
    )
}

/// What `docs/rules.md` must be.
fn rules_reference() -> String {
    let registry = resolute(&["rules", "--format", "markdown"]);
    let mut out = String::from(
        "<!-- Generated from the rule registry (`resolute rules --format markdown`) and each rule's\n     \
         module documentation by tests/docs.rs; UPDATE_EXPECT=1 cargo test -p resolute --test docs\n     \
         writes it again. Do not edit it by hand. -->\n\n",
    );
    let mut sections = registry.split("\n## `");
    out.push_str(sections.next().expect("a heading"));
    for section in sections {
        out.push_str("\n## `");
        out.push_str(section);
        let code = section.split('`').next().unwrap_or_default();
        if is_rule_code(code) {
            out.push('\n');
            out.push_str(&module_doc(code));
        }
    }
    out
}

/// Whether `code` is a rule's code (the table's heading is a section too).
fn is_rule_code(code: &str) -> bool {
    !code.is_empty() && code.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
}

#[test]
fn the_rules_reference_is_what_the_registry_and_the_rules_say() {
    expect_file!["../docs/rules.md"].assert_eq(&rules_reference());
}

#[test]
fn the_readme_shows_the_registry_s_table_of_rules() {
    let registry = resolute(&["rules", "--format", "markdown"]);
    let table: String = registry
        .lines()
        .skip_while(|line| !line.starts_with("| code |"))
        .take_while(|line| line.starts_with('|'))
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(table.lines().count() > 2, "{registry}");
    let readme = read("README.md");
    assert!(
        readme.contains(&table),
        "README.md's table of rules is not the registry's; it must hold, as printed by \
         `resolute rules --format markdown`:\n{table}"
    );
}

#[test]
fn the_readme_shows_what_the_first_set_up_command_prints() {
    let printed = resolute(&["check", "--exit-zero", "tests/fixtures/sample-draft.txt"]);
    let readme = read("README.md");
    let block = format!("```text\n{printed}```\n");
    assert!(
        readme.contains(&block),
        "README.md does not show what the sample's check prints:\n{printed}"
    );
}

#[test]
fn every_setting_is_documented() {
    let schema: serde_json::Value =
        serde_json::from_str(&resolute(&["settings-schema"])).expect("the schema is JSON");
    let settings = read("docs/settings.md");
    let names = schema.as_object().expect("an object of settings");
    assert!(names.len() >= 5, "{schema}");
    for name in names.keys() {
        assert!(
            settings.contains(&format!("`{name}`")),
            "docs/settings.md does not document `{name}`"
        );
    }
}
