//! `resolute diff [BASE] DRAFT`: compares a draft with its base resolution
//! and prints what became of each paragraph (unchanged, changed word by
//! word, new, moved, deleted), as text for a terminal, JSON, Markdown, HTML
//! or a Word document with tracked changes.
//!
//! The base is a file, or `--base` with a file or a symbol (`79/123`,
//! `A/RES/79/123`) whose catalog entry has a `file`, or what the draft's
//! first line names (`<!-- base: A/RES/79/123 -->`).

use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

use resolute_core::diff::{self, render};
use resolute_core::Document;
use resolute_lsp::base;
use resolute_lsp::docx::{self, Revision};

use crate::check::{self, Options};
use crate::{EXIT_OK, EXIT_TROUBLE};

/// The output formats of `resolute diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    /// Each paragraph's status; changes as `[-deleted-]{+inserted+}`, or
    /// in colour on a terminal.
    Human,
    /// The counts, each paragraph with its changes, and the edit script.
    Json,
    /// Deletions struck through, insertions in bold.
    Markdown,
    /// A page with `<del>` and `<ins>`.
    Html,
    /// A Word document of the draft with tracked changes (needs --output,
    /// or standard output redirected to a file).
    Docx,
}

/// What `resolute diff` was asked.
#[derive(Debug)]
pub struct Request {
    pub format: DiffFormat,
    pub base: Option<String>,
    pub paths: Vec<PathBuf>,
    pub output: Option<PathBuf>,
    pub author: String,
    pub date: Option<String>,
    pub catalogs: Vec<PathBuf>,
}

pub fn run(request: Request) -> io::Result<u8> {
    let fail = |message: String| -> io::Result<u8> {
        eprintln!("resolute: {message}");
        Ok(EXIT_TROUBLE)
    };
    let (catalog, _, trouble) = check::setup(&Options {
        catalogs: request.catalogs.clone(),
        ..Options::default()
    });
    if trouble > 0 {
        return Ok(EXIT_TROUBLE);
    }
    let (base_ref, draft_path) =
        match (&request.base, request.paths.as_slice()) {
            (Some(reference), [draft]) => (Some(reference.clone()), draft.clone()),
            (None, [base, draft]) => (Some(base.to_string_lossy().into_owned()), draft.clone()),
            (None, [draft]) => (None, draft.clone()),
            _ => return fail(
                "give the base and the draft (`resolute diff BASE DRAFT`), or --base and the draft"
                    .into(),
            ),
        };
    let draft_text = match check::read(&draft_path) {
        Ok(text) => text,
        Err(unreadable) => return fail(unreadable.to_string()),
    };
    let folder = draft_path.parent().unwrap_or(Path::new("")).to_path_buf();
    let reference = match base_ref.or_else(|| diff::base::directive(&draft_text).map(str::to_owned)) {
        Some(reference) => reference,
        None => {
            return fail(format!(
                "{} names no base: give one (`resolute diff BASE DRAFT` or --base 79/123), or start the draft with `<!-- base: A/RES/79/123 -->`",
                draft_path.display()
            ))
        }
    };
    // A base given on the command line is relative to the current folder;
    // one the draft names, to the draft's folder.
    let base_path = if request.base.is_some() || request.paths.len() == 2 {
        base::resolve(&reference, Path::new(""), &catalog)
    } else {
        base::resolve(&reference, &folder, &catalog)
    };
    let base_path = match base_path {
        Ok(path) => path,
        Err(message) => return fail(message),
    };
    let base_text = match check::read(&base_path) {
        Ok(text) => text,
        Err(unreadable) => return fail(unreadable.to_string()),
    };
    let comparison = diff::compare(
        &Document::with_catalog(&base_text, catalog.clone()),
        &Document::with_catalog(&draft_text, catalog),
    );
    let base_name = base_path.display().to_string();
    let draft_name = draft_path.display().to_string();
    let bytes = match request.format {
        DiffFormat::Human => {
            let color = request.output.is_none()
                && io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
            render::human(&comparison, color).into_bytes()
        }
        DiffFormat::Json => {
            let mut report = render::json(&comparison);
            report["base"] = base_name.into();
            report["draft"] = draft_name.into();
            let mut text = serde_json::to_string_pretty(&report).map_err(io::Error::from)?;
            text.push('\n');
            text.into_bytes()
        }
        DiffFormat::Markdown => render::markdown(&comparison, &base_name, &draft_name).into_bytes(),
        DiffFormat::Html => render::html(&comparison, &base_name, &draft_name).into_bytes(),
        DiffFormat::Docx => {
            if request.output.is_none() && io::stdout().is_terminal() {
                return fail("a .docx is not for a terminal: give --output FILE.docx".into());
            }
            let revision = Revision {
                author: request.author.clone(),
                date: request.date.clone().unwrap_or_else(base::now_iso),
            };
            docx::tracked_changes(&comparison, &revision)?
        }
    };
    match &request.output {
        Some(path) => {
            if let Err(error) = std::fs::write(path, &bytes) {
                return fail(format!(
                    "cannot write {}: {}",
                    path.display(),
                    crate::walk::describe(&error)
                ));
            }
        }
        None => {
            let mut out = io::stdout().lock();
            out.write_all(&bytes)?;
            out.flush()?;
        }
    }
    Ok(EXIT_OK)
}
