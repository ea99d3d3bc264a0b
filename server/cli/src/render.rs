//! How `resolute check` prints diagnostics.
//!
//! The human format is rendered by hand rather than with `annotate-snippets`
//! or `codespan-reporting`: those expand tabs to spaces and change their
//! layout between versions, while resolution text is tab-indented and the
//! output here must stay byte-for-byte stable for the tests and for scripts.
//! A diagnostic looks like this (the caret line repeats the tabs of the
//! source line, so the carets sit under the range whatever the tab width,
//! and wide characters count for two columns; `→` stands for a tab here):
//!
//! ```text
//! draft.txt:12:2: error[operative-numbering]: paragraph 3 is missing: …
//! 12 | →4.→Requests the Secretary-General …
//!    | →^^
//! ```
//!
//! A blank line follows each diagnostic. Colour (ANSI) is used only when
//! standard output is a terminal; see `check.rs`.
//!
//! The JSON format is one object per diagnostic, with the positions the
//! language server publishes: 0-based lines and UTF-16 columns.

use std::borrow::Cow;
use std::io::{self, Write};
use std::path::Path;

use resolute_core::l10n::{Arg, Join};
use resolute_core::{msg, Diagnostic, Document, Encoding, Locale, Severity};
use serde::Serialize;
use unicode_width::UnicodeWidthChar;

/// ANSI styles, or none when colour is off.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    color: bool,
}

impl Style {
    pub fn new(color: bool) -> Style {
        Style { color }
    }

    fn paint(self, code: &str, text: &str) -> String {
        if self.color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn severity_code(severity: Severity) -> &'static str {
        match severity {
            Severity::Error => "1;31",
            Severity::Warning => "1;33",
            Severity::Information => "1;34",
            Severity::Hint => "1;36",
        }
    }
}

/// Writes every diagnostic of `document` in the human format.
pub fn human(
    out: &mut impl Write,
    path: &Path,
    document: &Document,
    diagnostics: &[Diagnostic],
    style: Style,
    locale: Locale,
) -> io::Result<()> {
    for diagnostic in diagnostics {
        human_one(out, path, document, diagnostic, style, locale)?;
    }
    Ok(())
}

fn human_one(
    out: &mut impl Write,
    path: &Path,
    document: &Document,
    diagnostic: &Diagnostic,
    style: Style,
    locale: Locale,
) -> io::Result<()> {
    // Columns in characters (Unicode scalar values), as `rustc` counts them.
    let start = document.to_line_col(diagnostic.range().start, Encoding::Utf32);
    let end = document.to_line_col(diagnostic.range().end, Encoding::Utf32);
    let severity = diagnostic.severity;
    let header = format!("{}[{}]", severity.as_str(), diagnostic.code);
    writeln!(
        out,
        "{}: {}: {}",
        style.paint(
            "1",
            &format!(
                "{}:{}:{}",
                path.display(),
                start.line + 1,
                start.character + 1
            )
        ),
        style.paint(Style::severity_code(severity), &header),
        style.paint("1", &diagnostic.message.render(locale)),
    )?;

    let text = document.line_text(start.line);
    let len = text.chars().count();
    let first = (start.character as usize).min(len);
    // A range running onto later lines is underlined to the end of its first.
    let last = if end.line == start.line {
        (end.character as usize).clamp(first, len)
    } else {
        len
    };

    // The line as it is, unless it has a control character to replace.
    let source: Cow<'_, str> = if text.chars().any(|c| printable(c) != c) {
        Cow::Owned(text.chars().map(printable).collect())
    } else {
        Cow::Borrowed(&text)
    };
    let mut carets = String::new();
    for (index, c) in text.chars().take(last).enumerate() {
        let shown = printable(c);
        if index < first {
            if shown == '\t' {
                carets.push('\t');
            } else {
                carets.extend(std::iter::repeat_n(' ', width(shown)));
            }
        } else {
            carets.extend(std::iter::repeat_n('^', width(shown).max(1)));
        }
    }
    if carets.trim_start_matches([' ', '\t']).is_empty() {
        // An empty range, or one at the end of the line: one caret at it.
        carets.push('^');
    }

    let number = (start.line + 1).to_string();
    let gutter = style.paint("1;34", &format!("{} |", " ".repeat(number.len())));
    writeln!(
        out,
        "{} {}",
        style.paint("1;34", &format!("{number} |")),
        source
    )?;
    let caret_start = carets.len() - carets.trim_start_matches([' ', '\t']).len();
    let (indent, marks) = carets.split_at(caret_start);
    writeln!(
        out,
        "{gutter} {indent}{}",
        style.paint(Style::severity_code(severity), marks)
    )?;
    writeln!(out)
}

/// Replaces control characters other than the tab, which a terminal would
/// act on rather than show, with U+FFFD.
fn printable(c: char) -> char {
    if c != '\t' && c.is_control() {
        '\u{FFFD}'
    } else {
        c
    }
}

/// The number of terminal columns `c` takes (combining marks take none).
fn width(c: char) -> usize {
    c.width().unwrap_or(0)
}

/// The counts behind the closing summary line.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Tally {
    pub errors: usize,
    pub warnings: usize,
    pub information: usize,
    pub hints: usize,
    pub files: usize,
    pub unreadable: usize,
}

impl Tally {
    pub fn add(&mut self, diagnostics: &[Diagnostic]) {
        self.files += 1;
        for diagnostic in diagnostics {
            match diagnostic.severity {
                Severity::Error => self.errors += 1,
                Severity::Warning => self.warnings += 1,
                Severity::Information => self.information += 1,
                Severity::Hint => self.hints += 1,
            }
        }
    }

    /// Adds the counts of `other`.
    pub fn merge(&mut self, other: &Tally) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.information += other.information;
        self.hints += other.hints;
        self.files += other.files;
        self.unreadable += other.unreadable;
    }

    /// `2 errors, 1 warning in 1 file`, with information and hints only when
    /// there are some, and the unreadable paths when there were any, in
    /// `locale` (`2 erreurs, 1 avertissement dans 1 fichier`).
    pub fn summary_in(&self, locale: Locale) -> String {
        let mut parts: Vec<Arg> = vec![
            msg!("check-count-errors", n = self.errors).into(),
            msg!("check-count-warnings", n = self.warnings).into(),
        ];
        if self.information > 0 {
            parts.push(msg!("check-count-information", n = self.information).into());
        }
        if self.hints > 0 {
            parts.push(msg!("check-count-hints", n = self.hints).into());
        }
        let mut line = msg!(
            "check-summary",
            counts = Arg::List(parts.into(), Join::Comma),
            files = msg!("check-count-files", n = self.files)
        )
        .render(locale);
        if self.unreadable > 0 {
            line.push_str(
                &msg!(
                    "check-unreadable",
                    paths = msg!("check-count-paths", n = self.unreadable)
                )
                .render(locale),
            );
        }
        line
    }
}

/// One diagnostic in the JSON format. The fields are declared in the order
/// they are printed.
#[derive(Debug, Serialize)]
pub struct JsonDiagnostic {
    pub path: String,
    pub range: JsonRange,
    pub severity: &'static str,
    pub code: &'static str,
    pub message: String,
}

/// A range as the LSP writes it.
#[derive(Debug, Serialize)]
pub struct JsonRange {
    pub start: JsonPosition,
    pub end: JsonPosition,
}

/// A position as the LSP writes it: 0-based line, UTF-16 column.
#[derive(Debug, Serialize)]
pub struct JsonPosition {
    pub line: u32,
    pub character: u32,
}

/// Appends the diagnostics of `document` to `acc` in the JSON format.
pub fn json(
    acc: &mut Vec<JsonDiagnostic>,
    path: &Path,
    document: &Document,
    diagnostics: &[Diagnostic],
    locale: Locale,
) {
    let position = |pos| {
        let lc = document.to_line_col(pos, Encoding::Utf16);
        JsonPosition {
            line: lc.line,
            character: lc.character,
        }
    };
    for diagnostic in diagnostics {
        acc.push(JsonDiagnostic {
            path: path.to_string_lossy().into_owned(),
            range: JsonRange {
                start: position(diagnostic.range().start),
                end: position(diagnostic.range().end),
            },
            severity: diagnostic.severity.as_str(),
            code: diagnostic.code,
            message: diagnostic.message.render(locale),
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(text: &str) -> String {
        let document = Document::new(text);
        let mut out = Vec::new();
        human(
            &mut out,
            Path::new("t.txt"),
            &document,
            document.diagnostics(),
            Style::new(false),
            Locale::En,
        )
        .expect("writing to a Vec");
        String::from_utf8(out).expect("the output is UTF-8")
    }

    #[test]
    fn carets_keep_tabs_and_count_wide_characters_twice() {
        let out = render("\tThe General Assembly,\n\t1.\tUrges 中文 States;\n\t3.\tDecides;\n");
        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(lines[0], "t.txt:3:2: error[operative-numbering]: number this paragraph 2, or insert paragraph 2 before it: paragraph 2 is missing");
        assert_eq!(lines[1], "3 | \t3.\tDecides;");
        assert_eq!(lines[2], "  | \t^^");
    }

    #[test]
    fn summary_pluralises() {
        let tally = Tally {
            errors: 2,
            warnings: 1,
            files: 1,
            ..Tally::default()
        };
        assert_eq!(
            tally.summary_in(Locale::En),
            "2 errors, 1 warning in 1 file"
        );
        let tally = Tally {
            errors: 1,
            hints: 2,
            files: 3,
            unreadable: 1,
            ..Tally::default()
        };
        assert_eq!(
            tally.summary_in(Locale::En),
            "1 error, 0 warnings, 2 hints in 3 files (1 path could not be read)"
        );
        assert_eq!(
            tally.summary_in(Locale::Fr),
            "1 erreur, 0 avertissement, 2 indications dans 3 fichiers (1 chemin illisible)"
        );
        assert_eq!(
            tally.summary_in(Locale::Ru),
            "1 ошибка, 0 предупреждений, 2 подсказки в 3 файлах (не удалось прочитать: 1 путь)"
        );
        assert_eq!(
            tally.summary_in(Locale::Zh),
            "1个错误、0个警告、2条提示，共3个文件（1个路径无法读取）"
        );
    }

    #[test]
    fn control_characters_are_not_sent_to_the_terminal() {
        assert_eq!(printable('\u{1b}'), '\u{FFFD}');
        assert_eq!(printable('\t'), '\t');
        assert_eq!(width('中'), 2);
        assert_eq!(width('😀'), 2);
        assert_eq!(width('\u{0301}'), 0);
    }
}
