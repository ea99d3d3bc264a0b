//! `resolute check`: reads each file, analyses it with the core and prints
//! the diagnostics, then works out the exit status.
//!
//! Diagnostics go to standard output; so does the human format's closing
//! summary line (`2 errors, 1 warning in 1 file`), so that redirecting
//! standard output captures the whole report. Paths that cannot be read are
//! reported on standard error, and the other files are still checked. In the
//! JSON format standard output carries exactly one JSON array and nothing
//! else, even when some paths could not be read.

use std::io::{self, IsTerminal, Read, Write};
use std::path::{Path, PathBuf};

use std::sync::Arc;

use rayon::prelude::*;
use resolute_core::catalog::{cites_any, declared_entry, Key, Layer};
use resolute_core::config::RuleLevels;
use resolute_core::data::languages::Language;
use resolute_core::{Catalog, Document};
use resolute_lsp::workspace;

use crate::render::{self, Style, Tally};
use crate::walk::{self, Entry, Unreadable};
use crate::{Format, EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE};

/// Where citations are checked against, and how loud each rule is.
#[derive(Debug, Default)]
pub struct Options {
    /// Catalog files given with `--catalog`, before `resolute.toml`'s.
    pub catalogs: Vec<PathBuf>,
    /// `--exit-zero`: errors found do not make the exit status 1.
    pub exit_zero: bool,
    /// `--locale`: the language of the messages (else `resolute.toml`'s
    /// `locale`, else English).
    pub locale: Option<resolute_core::Locale>,
}

/// What checking one file gave.
struct Checked {
    path: PathBuf,
    /// The rendered diagnostics (human format) or their JSON objects.
    human: Vec<u8>,
    json: Vec<render::JsonDiagnostic>,
    tally: Tally,
    /// The catalog entry the file declares for itself (`81/5.<TAB>Title`).
    declared: Option<resolute_core::catalog::Entry>,
}

/// Reads, analyses and renders one file against `catalog`; the document is
/// dropped before the next file is read, so memory follows the largest
/// files in flight, not the folder.
#[allow(clippy::too_many_arguments)] // what one file is checked with, from run()
fn check_file(
    path: PathBuf,
    catalog: &Catalog,
    levels: &RuleLevels,
    format: Format,
    style: Style,
    declared_keys: Option<&[Key]>,
    language: Option<Language>,
    locale: resolute_core::Locale,
) -> Result<Option<Checked>, Unreadable> {
    let text = read(&path)?;
    let language = Language::chosen(&path.to_string_lossy(), None, language);
    let document = Document::with_language(&text, catalog.clone(), language);
    drop(text);
    if let Some(keys) = declared_keys {
        if !cites_any(&document, keys) {
            // Checked files declare nothing this one cites: the first
            // pass's findings stand.
            return Ok(None);
        }
    }
    let declared = declared_entry(&document, &path.to_string_lossy())
        .filter(|entry| catalog.get(&entry.key).is_none());
    let diagnostics = levels.apply(document.diagnostics());
    let mut tally = Tally::default();
    tally.add(&diagnostics);
    let mut human = Vec::new();
    let mut json = Vec::new();
    match format {
        // Writing to a Vec cannot fail.
        Format::Human => {
            let _ = render::human(&mut human, &path, &document, &diagnostics, style, locale);
        }
        Format::Json => render::json(&mut json, &path, &document, &diagnostics, locale),
    }
    Ok(Some(Checked {
        path,
        human,
        json,
        tally,
        declared,
    }))
}

/// Checks `paths` and returns the exit status; an error is a failure to
/// write to standard output.
///
/// Files are analysed in parallel, on every core, and reported in the order
/// of the paths given (a folder's files in sorted order), whatever order
/// they finish in. The texts that declare their own symbol
/// (`81/5.<TAB>Title`) join the catalog, so drafts checked together can
/// cite each other: the files that cite one of those are analysed again
/// against the extended catalog.
pub fn run(format: Format, paths: &[PathBuf], options: &Options) -> io::Result<u8> {
    let stdout = io::stdout();
    // Colour only for a person at a terminal, and never when NO_COLOR is set
    // (https://no-color.org).
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let style = Style::new(color);
    let mut out = stdout.lock();
    let mut tally = Tally::default();
    let mut json = Vec::new();

    let (catalog, levels, trouble) = setup(options);
    tally.unreadable += trouble;
    let language = config_language();
    let locale = options.locale.or_else(config_locale).unwrap_or_default();

    let mut files = Vec::new();
    for root in paths {
        for entry in walk::expand(root) {
            match entry {
                Entry::File(path) => files.push(path),
                Entry::Unreadable(unreadable) => {
                    report(&mut out, &unreadable)?;
                    tally.unreadable += 1;
                }
                Entry::Loop { path, ancestor } => {
                    out.flush()?;
                    eprintln!(
                        "resolute: not following {}: it leads back to {}, which is already being checked",
                        path.display(),
                        ancestor.display()
                    );
                }
            }
        }
    }

    let first: Vec<Result<Option<Checked>, Unreadable>> = files
        .into_par_iter()
        .map(|path| {
            check_file(
                path, &catalog, &levels, format, style, None, language, locale,
            )
        })
        .collect();
    let mut checked = Vec::with_capacity(first.len());
    for result in first {
        match result {
            Ok(Some(file)) => checked.push(file),
            Ok(None) => {}
            Err(unreadable) => {
                report(&mut out, &unreadable)?;
                tally.unreadable += 1;
            }
        }
    }

    let declared: Vec<_> = checked
        .iter_mut()
        .filter_map(|file| file.declared.take())
        .collect();
    if !declared.is_empty() {
        let keys: Vec<Key> = declared.iter().map(|entry| entry.key).collect();
        let mut layers = vec![Arc::new(Layer::new("checked files", declared, Vec::new()))];
        layers.extend(catalog.layers().iter().cloned());
        let catalog = Catalog::new(layers);
        let again: Vec<Option<Checked>> = checked
            .par_iter()
            .map(|file| {
                // A file that cannot be read a second time keeps the
                // findings of the first reading.
                check_file(
                    file.path.clone(),
                    &catalog,
                    &levels,
                    format,
                    style,
                    Some(&keys),
                    language,
                    locale,
                )
                .ok()
                .flatten()
            })
            .collect();
        for (file, again) in checked.iter_mut().zip(again) {
            if let Some(again) = again {
                *file = again;
            }
        }
    }

    for file in checked {
        tally.merge(&file.tally);
        match format {
            Format::Human => out.write_all(&file.human)?,
            Format::Json => json.extend(file.json),
        }
    }

    match format {
        Format::Human => writeln!(out, "{}", tally.summary())?,
        Format::Json => {
            serde_json::to_writer_pretty(&mut out, &json).map_err(io::Error::from)?;
            writeln!(out)?;
        }
    }
    out.flush()?;

    Ok(if tally.unreadable > 0 {
        EXIT_TROUBLE
    } else if tally.errors > 0 && !options.exit_zero {
        EXIT_ERRORS
    } else {
        EXIT_OK
    })
}

/// Finds `resolute.toml` (in the current folder or above), loads the
/// catalogs it and `--catalog` name, and reports problems on standard
/// error. Returns the catalog, the rule levels, and how many files could
/// not be read (a malformed row is reported but is not a failure).
pub(crate) fn setup(options: &Options) -> (Catalog, RuleLevels, usize) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut trouble = 0;
    let mut messages = Vec::new();
    let given: Vec<String> = options
        .catalogs
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let (mut layers, problems) = workspace::load_catalogs(&cwd, &given);
    messages.extend(problems);
    let mut levels = RuleLevels::default();
    if let Some((path, config, error)) = workspace::find_config(&cwd) {
        if let Some(error) = error {
            messages.push(error);
            trouble += 1;
        }
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let (more, problems) = workspace::load_catalogs(&base, &config.catalogs);
        layers.extend(more);
        messages.extend(problems);
        levels = config.rules;
    }
    for message in messages {
        // A catalog that cannot be read at all is a path that could not be
        // read; a bad row only loses that row.
        if message.contains(": cannot read this catalog") || message.contains("is not UTF-8") {
            trouble += 1;
        }
        eprintln!("resolute: {message}");
    }
    (Catalog::with_builtin(layers), levels, trouble)
}

/// The language of messages `resolute.toml` sets (`locale = "fr"`).
pub(crate) fn config_locale() -> Option<resolute_core::Locale> {
    let cwd = std::env::current_dir().unwrap_or_default();
    workspace::find_config(&cwd).and_then(|(_, config, _)| config.locale)
}

/// The language `resolute.toml` sets for the texts (`language = "fr"`), if
/// any (its errors are reported by [`setup`]).
pub(crate) fn config_language() -> Option<Language> {
    let cwd = std::env::current_dir().unwrap_or_default();
    workspace::find_config(&cwd).and_then(|(_, config, _)| config.language)
}

/// Reports an unreadable path on standard error, after whatever standard
/// output already holds so that the two stay in order on a terminal.
pub(crate) fn report(out: &mut impl Write, unreadable: &Unreadable) -> io::Result<()> {
    out.flush()?;
    eprintln!("resolute: {unreadable}");
    Ok(())
}

/// The most `check` reads of one file, in bytes: the language server's
/// default limit for analysing a document. It also bounds what an endless
/// file (`/dev/zero`) makes the command read.
pub const MAX_FILE_BYTES: u64 = resolute_lsp::settings::DEFAULT_MAX_DOCUMENT_SIZE;

/// Reads a file as UTF-8, dropping a leading byte order mark as editors do
/// before they hand the text to the language server. A file larger than
/// [`MAX_FILE_BYTES`], one with a NUL byte (a binary file, not a text) and
/// one that is not UTF-8 are refused with the reason.
pub(crate) fn read(path: &Path) -> Result<String, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|error| unreadable(walk::describe(&error)))?;
    let mut bytes = Vec::new();
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| unreadable(walk::describe(&error)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable(format!(
            "larger than {} MiB, the most a document may have",
            MAX_FILE_BYTES >> 20
        )));
    }
    if let Some(at) = bytes.iter().position(|&b| b == 0) {
        return Err(unreadable(format!(
            "a binary file, not text (a NUL byte at byte {at})"
        )));
    }
    let mut text = String::from_utf8(bytes).map_err(|error| {
        unreadable(format!(
            "invalid UTF-8 at byte {}",
            error.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_a_folder_or_a_missing_file_says_why() {
        let missing = read(Path::new("/no/such/file.txt")).expect_err("the file does not exist");
        assert_eq!(
            missing.to_string(),
            "cannot read /no/such/file.txt: no such file or directory"
        );
        let folder =
            read(Path::new(env!("CARGO_MANIFEST_DIR"))).expect_err("a folder is not a file");
        assert!(folder.to_string().starts_with("cannot read "), "{folder}");
    }
}
