//! Test fixtures for rules: resolution text with the expected diagnostics
//! written under the line they belong to.
//!
//! A line made of whitespace and carets, optionally followed by
//! `code: message`, annotates the line above it: the carets cover the
//! expected range (columns counted in characters; write a tab where the text
//! has one) and the message must contain the given words. Annotation lines
//! are removed before the text is analysed.

use crate::Document;

#[derive(Debug, PartialEq, Eq)]
struct Expected {
    line: u32,
    start: u32,
    end: u32,
    code: String,
    message: String,
}

fn char_to_byte(text: &str, chars: usize) -> u32 {
    text.char_indices()
        .nth(chars)
        .map_or(text.len(), |(i, _)| i) as u32
}

/// Analyses the fixture and requires exactly the annotated diagnostics of
/// rule `code` (other rules' findings are ignored).
#[track_caller]
pub(crate) fn check(code: &str, fixture: &str) {
    check_with(code, fixture, crate::Catalog::builtin());
}

/// [`check`] against `catalog` instead of the built-in one.
#[track_caller]
pub(crate) fn check_with(code: &str, fixture: &str, catalog: crate::Catalog) {
    let mut text_lines: Vec<&str> = Vec::new();
    let mut expected = Vec::new();
    for line in fixture.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('^') && !text_lines.is_empty() {
            let target = text_lines.len() - 1;
            let prefix = line.chars().take_while(|c| c.is_whitespace()).count();
            let carets = trimmed.chars().take_while(|c| *c == '^').count();
            let rest = trimmed[carets..].trim();
            let (rule, message) = rest.split_once(':').unwrap_or((rest, ""));
            let text = text_lines[target];
            expected.push(Expected {
                line: target as u32,
                start: char_to_byte(text, prefix),
                end: char_to_byte(text, prefix + carets),
                code: rule.trim().to_string(),
                message: message.trim().to_string(),
            });
        } else {
            text_lines.push(line);
        }
    }
    let text = text_lines.join("\n");
    let document = Document::with_catalog(&text, catalog);
    let actual: Vec<_> = document
        .diagnostics()
        .iter()
        .filter(|d| d.code == code)
        .collect();
    // Every finding and fix speaks all six languages: each has the
    // message and every part of it, and renders it without a Fluent error.
    for d in &actual {
        for locale in crate::l10n::Locale::ALL {
            assert!(
                d.message.is_translated(locale),
                "{}: message `{}` is missing or broken in {}",
                d.code,
                d.message.id(),
                locale.code()
            );
            for fix in d.fixes().iter() {
                assert!(
                    fix.title.is_translated(locale),
                    "{}: fix title `{}` is missing or broken in {}",
                    d.code,
                    fix.title.id(),
                    locale.code()
                );
            }
        }
    }
    let render = |list: &[&crate::Diagnostic]| {
        list.iter()
            .map(|d| {
                format!(
                    "line {} [{}..{}] {}: {}",
                    d.range().start.line,
                    d.range().start.col,
                    d.range().end.col,
                    d.code,
                    d.message
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    let mut unmatched: Vec<&Expected> = Vec::new();
    let mut used = vec![false; actual.len()];
    for e in &expected {
        let found = actual.iter().enumerate().position(|(i, d)| {
            !used[i]
                && d.range().start.line == e.line
                && d.range().end.line == e.line
                && d.range().start.col == e.start
                && d.range().end.col == e.end
                && d.code == e.code
                && d.message.to_string().contains(&e.message)
        });
        match found {
            Some(i) => used[i] = true,
            None => unmatched.push(e),
        }
    }
    let extra: Vec<&crate::Diagnostic> = actual
        .iter()
        .zip(&used)
        .filter(|(_, u)| !**u)
        .map(|(d, _)| *d)
        .collect();
    assert!(
        unmatched.is_empty() && extra.is_empty(),
        "expected but missing: {unmatched:#?}\nreported but not expected:\n{}\nall reported:\n{}",
        render(&extra),
        render(&actual)
    );
}

/// Applies the first fix of the only diagnostic of rule `code` on `before`
/// and requires the result to be `after`: the fixes are plain text edits.
#[track_caller]
pub(crate) fn check_fix(code: &str, before: &str, after: &str) {
    let document = Document::new(before);
    let found: Vec<_> = document
        .diagnostics()
        .iter()
        .filter(|d| d.code == code)
        .collect();
    assert_eq!(found.len(), 1, "one {code} diagnostic expected: {found:#?}");
    let fixes = found[0].fixes();
    let fix = fixes
        .first()
        .unwrap_or_else(|| panic!("no fix: {:#?}", found[0]));
    assert_eq!(apply(before, &fix.edits), after, "after {:?}", fix.title);
}

/// Applies edits (against `text`, not overlapping) to `text`.
pub(crate) fn apply(text: &str, edits: &[crate::TextEdit]) -> String {
    let lines: Vec<&str> = text.split('\n').collect();
    let offset = |pos: crate::Pos| -> usize {
        lines[..pos.line as usize]
            .iter()
            .map(|l| l.len() + 1)
            .sum::<usize>()
            + pos.col as usize
    };
    let mut edits: Vec<_> = edits.iter().collect();
    edits.sort_by_key(|e| std::cmp::Reverse(e.range.start));
    let mut out = text.to_string();
    for edit in edits {
        out.replace_range(
            offset(edit.range.start)..offset(edit.range.end),
            &edit.new_text,
        );
    }
    out
}
