//! `resolute stats`: the figures of each text — paragraphs, paragraphs
//! still in brackets, open footnotes and citations — for a negotiator's
//! overview of a draft.

use std::io::{self, Write};
use std::path::PathBuf;

use resolute_core::data::languages::Language;
use resolute_core::ide::stats::{stats, Stats};
use resolute_core::Document;
use serde::Serialize;

use crate::check::{self, Options};
use crate::walk::{self, Entry};
use crate::{Format, EXIT_OK, EXIT_TROUBLE};

#[derive(Serialize)]
struct FileStats {
    path: String,
    #[serde(flatten)]
    stats: Stats,
}

/// One line for a person.
fn human(path: &str, s: &Stats) -> String {
    format!(
        "{path} ({}): {} preambular and {} operative paragraphs, {} subparagraphs; {} in brackets; {} footnotes, {} open; {} citations ({} in the catalog)",
        Language::from_code(s.language).map_or(s.language, Language::name),
        s.preambular_paragraphs,
        s.operative_paragraphs,
        s.subparagraphs,
        s.bracketed_paragraphs,
        s.footnotes,
        s.open_footnotes,
        s.citations,
        s.citations_in_catalog
    )
}

/// Prints the figures of every file under `paths`.
pub fn run(format: Format, paths: &[PathBuf], options: &Options) -> io::Result<u8> {
    let (catalog, _, mut trouble) = check::setup(options);
    let language = check::config_language();
    let mut out = io::stdout().lock();
    let mut all = Vec::new();
    for root in paths {
        for entry in walk::entries(root) {
            let path = match entry {
                Entry::File(path) => path,
                Entry::Unreadable(unreadable) => {
                    check::report(&mut out, &unreadable)?;
                    trouble += 1;
                    continue;
                }
                Entry::Loop { .. } => continue,
            };
            match check::read(&path) {
                Ok(text) => {
                    let chosen = Language::chosen(&path.to_string_lossy(), None, language);
                    let document = Document::with_language(&text, catalog.clone(), chosen);
                    let figures = stats(&document);
                    let shown = path.to_string_lossy().into_owned();
                    if format == Format::Human {
                        writeln!(out, "{}", human(&shown, &figures))?;
                    }
                    all.push(FileStats {
                        path: shown,
                        stats: figures,
                    });
                }
                Err(unreadable) => {
                    check::report(&mut out, &unreadable)?;
                    trouble += 1;
                }
            }
        }
    }
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &all).map_err(io::Error::from)?;
        writeln!(out)?;
    }
    out.flush()?;
    Ok(if trouble > 0 { EXIT_TROUBLE } else { EXIT_OK })
}
