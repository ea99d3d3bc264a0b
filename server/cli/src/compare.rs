//! `resolute compare`: the language versions of one text, compared by
//! structure with the reference version (English unless `--reference`):
//! each difference is a `version-mismatch` warning on the version that
//! differs, with the matching place in the reference. Exit status as
//! `check`: 0 when no error was found (the differences are warnings), 2 when
//! a file cannot be read or no file is in the reference language.

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use resolute_core::compare::compare_documents;
use resolute_core::data::languages::Language;
use resolute_core::{Catalog, Document, Encoding};
use serde::Serialize;

use crate::check::read;
use crate::render::{self, JsonPosition, JsonRange, Style, Tally};
use crate::{Format, EXIT_OK, EXIT_TROUBLE};

/// A difference in the JSON format: a `check` diagnostic with the version's
/// language and the matching place in the reference.
#[derive(Debug, Serialize)]
struct JsonDifference {
    path: String,
    language: &'static str,
    range: JsonRange,
    severity: &'static str,
    code: &'static str,
    kind: &'static str,
    message: String,
    reference: Option<JsonPlace>,
}

#[derive(Debug, Serialize)]
struct JsonPlace {
    path: String,
    language: &'static str,
    range: JsonRange,
}

fn range(document: &Document, line: u32, start: u32, end: u32) -> JsonRange {
    let at = |col| {
        let lc = document.to_line_col(resolute_core::Pos::new(line, col), Encoding::Utf16);
        JsonPosition {
            line: lc.line,
            character: lc.character,
        }
    };
    JsonRange {
        start: at(start),
        end: at(end),
    }
}

pub fn run(
    format: Format,
    paths: &[PathBuf],
    reference: Option<&str>,
    locale: Option<resolute_core::Locale>,
) -> io::Result<u8> {
    let locale = locale
        .or_else(crate::check::config_locale)
        .unwrap_or_default();
    let Some(wanted) = Language::from_code(reference.unwrap_or("en")) else {
        eprintln!(
            "resolute: --reference {}: not a language code (en, fr, es, ar, zh, ru)",
            reference.unwrap_or_default()
        );
        return Ok(EXIT_TROUBLE);
    };
    let mut documents: Vec<(PathBuf, Document)> = Vec::new();
    let mut trouble = false;
    for path in paths {
        match read(path) {
            Ok(text) => {
                let choice = Language::chosen(&path.to_string_lossy(), None, None);
                documents.push((
                    path.clone(),
                    Document::with_language(&text, Catalog::builtin(), choice),
                ));
            }
            Err(unreadable) => {
                eprintln!("resolute: {unreadable}");
                trouble = true;
            }
        }
    }
    let Some(at) = documents.iter().position(|(_, d)| d.language() == wanted) else {
        eprintln!(
            "resolute: no file is in {} (the reference): name the files by language (`draft.fr.resolution`) or choose another with --reference",
            wanted.name()
        );
        return Ok(EXIT_TROUBLE);
    };
    let (reference_path, reference_doc) = &documents[at];
    let style = Style::new(format == Format::Human && io::stdout().is_terminal());
    let mut out = io::stdout().lock();
    let mut json = Vec::new();
    let mut tally = Tally::default();
    for (k, (path, document)) in documents.iter().enumerate() {
        if k == at {
            continue;
        }
        let comparison = compare_documents(reference_doc, document);
        let diagnostics: Vec<_> = comparison
            .differences
            .iter()
            .map(|d| d.diagnostic())
            .collect();
        tally.add(&diagnostics);
        for (difference, diagnostic) in comparison.differences.iter().zip(&diagnostics) {
            match format {
                Format::Human => {
                    let mut one = Vec::new();
                    render::human(
                        &mut one,
                        path,
                        document,
                        std::slice::from_ref(diagnostic),
                        style,
                        locale,
                    )?;
                    // The blank line after the diagnostic goes after the note.
                    let text = String::from_utf8_lossy(&one);
                    out.write_all(text.trim_end_matches('\n').as_bytes())?;
                    writeln!(out)?;
                    if let Some((line, _)) = difference.reference {
                        writeln!(
                            out,
                            "  = note: {}:{}: {}",
                            reference_path.display(),
                            line + 1,
                            resolute_core::compare::version_here(reference_doc.language())
                                .render(locale)
                        )?;
                    }
                    writeln!(out)?;
                }
                Format::Json => json.push(JsonDifference {
                    path: path.to_string_lossy().into_owned(),
                    language: document.language().code(),
                    range: range(
                        document,
                        difference.line,
                        difference.span.start,
                        difference.span.end,
                    ),
                    severity: diagnostic.severity.as_str(),
                    code: diagnostic.code,
                    kind: difference.kind.name(),
                    message: difference.message.render(locale),
                    reference: difference.reference.map(|(line, span)| JsonPlace {
                        path: reference_path.to_string_lossy().into_owned(),
                        language: reference_doc.language().code(),
                        range: range(reference_doc, line, span.start, span.end),
                    }),
                }),
            }
        }
    }
    match format {
        Format::Human => writeln!(
            out,
            "{}",
            resolute_core::msg!(
                "check-against",
                summary = tally.summary_in(locale),
                reference = path_name(reference_path).to_string()
            )
            .render(locale)
        )?,
        Format::Json => writeln!(
            out,
            "{}",
            serde_json::to_string_pretty(&json).expect("differences serialize")
        )?,
    }
    out.flush()?;
    Ok(if trouble { EXIT_TROUBLE } else { EXIT_OK })
}

fn path_name(path: &Path) -> String {
    path.display().to_string()
}
