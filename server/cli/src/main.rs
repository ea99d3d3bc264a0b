//! The `resolute` command: one binary that is both the language server an
//! editor starts (`resolute`, `resolute lsp`) and a command-line checker for
//! scripts, CI and people (`resolute check`, `resolute rules`). The analysis
//! itself lives in `resolute_core`; this crate only finds files, reads them
//! and prints what the core reports.
//!
//! Exit status: 0 when no error was found (warnings allowed), 1 when any
//! error was found, 2 on a usage error or when any path could not be read.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand, ValueEnum};

mod check;
mod compare;
mod diff;
mod render;
mod rules;
mod stats;
mod walk;

/// Command-line arguments.
#[derive(Debug, Parser)]
#[command(
    name = "resolute",
    version,
    about = "Checks the text of United Nations resolutions, on the command line or as a language server.",
    long_about = "Checks the text of United Nations resolutions: operative and subparagraph numbering, \
footnotes, citations of other resolutions and internal paragraph references.\n\n\
Without a command, `resolute` runs the language server on standard input and output."
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Runs the language server on standard input and output (the default).
    Lsp {
        /// Accepted for clients that pass it: standard input and output are
        /// the only transport.
        #[arg(long)]
        stdio: bool,
    },
    /// Checks files or folders (folders recursively: every .txt, .resolution
    /// and .md file) and reports what is wrong.
    Check {
        /// How to print the diagnostics.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// A catalog of resolutions to check citations against, besides the
        /// built-in one and those `resolute.toml` names (CSV or JSON with
        /// the columns symbol,date,title). May be repeated.
        #[arg(long, value_name = "FILE")]
        catalog: Vec<PathBuf>,
        /// Exit with status 0 even when errors are found (2 still means a
        /// path could not be read): to look at the findings without failing.
        #[arg(long)]
        exit_zero: bool,
        /// The language of the messages: en, fr, es, ar, zh or ru (a tag
        /// such as `fr-CA` gives its language; any other, English). Default:
        /// `locale` in `resolute.toml`, else English.
        #[arg(long, value_name = "LANG")]
        locale: Option<String>,
        /// The files and folders to check.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Prints the figures of each text: paragraphs, paragraphs still in
    /// brackets, open footnotes and citations.
    Stats {
        /// How to print the figures.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// The files and folders to count.
        #[arg(required = true, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Compares a draft with its base resolution, paragraph by paragraph:
    /// unchanged, changed (word by word), new, moved or deleted.
    Diff {
        /// How to print the comparison (docx: a Word document with tracked
        /// changes).
        #[arg(long, value_enum, default_value_t = diff::DiffFormat::Human)]
        format: diff::DiffFormat,
        /// The base: a file, or a symbol (79/123, A/RES/79/123) whose
        /// catalog entry has a `file`. Then give only the draft.
        #[arg(long, value_name = "FILE|SYMBOL")]
        base: Option<String>,
        /// Write to this file instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        /// The author of the tracked changes (docx).
        #[arg(long, default_value = "Resolute")]
        author: String,
        /// The date of the tracked changes, ISO 8601 (docx; default: now).
        #[arg(long, value_name = "DATE")]
        date: Option<String>,
        /// A catalog to resolve --base through, besides resolute.toml's.
        #[arg(long, value_name = "FILE")]
        catalog: Vec<PathBuf>,
        /// BASE DRAFT, or DRAFT alone with --base (or a draft whose first
        /// line is `<!-- base: SYMBOL -->`).
        #[arg(required = true, num_args = 1..=2, value_name = "PATH")]
        paths: Vec<PathBuf>,
    },
    /// Compares the language versions of one text by structure (no
    /// translation): paragraphs, subparagraphs, citations and their dates,
    /// figures, document symbols and footnote markers. Each file's language
    /// is detected as `check` does; differences are reported on the version
    /// that differs, with the matching place in the reference.
    Compare {
        /// How to print the differences.
        #[arg(long, value_enum, default_value_t = Format::Human)]
        format: Format,
        /// The language of the reference version (en, fr, es, ar, zh, ru).
        #[arg(long, value_name = "LANG", default_value = "en")]
        reference: String,
        /// The language of the messages, as for `check`: en, fr, es, ar,
        /// zh or ru. Default: `locale` in `resolute.toml`, else English.
        #[arg(long, value_name = "LANG")]
        locale: Option<String>,
        /// The versions (two or more files).
        #[arg(required = true, num_args = 2.., value_name = "FILE")]
        paths: Vec<PathBuf>,
    },
    /// Lists every rule: its code, severity, summary and an example.
    Rules {
        /// `markdown`: a table, then a section a rule (what docs/rules.md is
        /// made from).
        #[arg(long, value_enum, default_value_t = rules::RulesFormat::Human)]
        format: rules::RulesFormat,
    },
    /// Prints the JSON schema of the editor settings (what VS Code's
    /// `package.json` declares).
    #[command(hide = true)]
    SettingsSchema,
}

/// The output formats of `resolute check`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `path:line:col: severity[code]: message`, the line and carets under
    /// the range, then a summary line.
    Human,
    /// One JSON array of diagnostics, positioned as the language server
    /// publishes them (0-based lines, UTF-16 columns).
    Json,
}

/// Exit status: no error found.
pub const EXIT_OK: u8 = 0;
/// Exit status: at least one diagnostic of severity error.
pub const EXIT_ERRORS: u8 = 1;
/// Exit status: a usage error, or a path that could not be read.
pub const EXIT_TROUBLE: u8 = 2;

fn main() -> ExitCode {
    // Clap exits with status 2 on a usage error and 0 for --help and --version.
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Lsp { stdio: true }) {
        Command::Lsp { .. } => return run_lsp(),
        Command::Check {
            format,
            catalog,
            exit_zero,
            locale,
            paths,
        } => check::run(
            format,
            &paths,
            &check::Options {
                catalogs: catalog,
                exit_zero,
                locale: locale.as_deref().map(resolute_core::Locale::from_tag),
            },
        ),
        Command::Stats { format, paths } => stats::run(format, &paths, &check::Options::default()),
        Command::Diff {
            format,
            base,
            output,
            author,
            date,
            catalog,
            paths,
        } => diff::run(diff::Request {
            format,
            base,
            paths,
            output,
            author,
            date,
            catalogs: catalog,
        }),
        Command::Compare {
            format,
            reference,
            locale,
            paths,
        } => compare::run(
            format,
            &paths,
            Some(&reference),
            locale.as_deref().map(resolute_core::Locale::from_tag),
        ),
        Command::Rules { format } => rules::run(format),
        Command::SettingsSchema => print_settings_schema(),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        // A reader that went away (`resolute check . | head`) is not a failure
        // worth reporting.
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => ExitCode::from(EXIT_OK),
        Err(error) => {
            eprintln!("resolute: cannot write the output: {error}");
            ExitCode::from(EXIT_TROUBLE)
        }
    }
}

/// Runs the language server until the client closes the connection.
fn run_lsp() -> ExitCode {
    if std::io::stdin().is_terminal() {
        // Someone typed `resolute` by hand: say what is going on.
        eprintln!(
            "resolute: running the language server on standard input and output \
(for the checker, run `resolute check PATH`; `resolute --help` lists the commands)"
        );
    }
    match resolute_lsp::run_stdio() {
        Ok(()) => ExitCode::from(EXIT_OK),
        Err(error) => {
            eprintln!("resolute: the language server stopped: {error}");
            ExitCode::from(EXIT_ERRORS)
        }
    }
}

/// Prints the settings schema as pretty JSON.
fn print_settings_schema() -> std::io::Result<u8> {
    let mut out = std::io::stdout().lock();
    let schema = resolute_lsp::settings::schema();
    writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&schema).expect("a JSON value serializes")
    )?;
    out.flush()?;
    Ok(EXIT_OK)
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        Cli::command().debug_assert();
    }
}
