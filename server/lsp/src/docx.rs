//! The Word document of a draft with its changes against the base as real
//! tracked changes: what the General Assembly's guidelines ask a sponsor to
//! submit with a draft based on an earlier resolution. Each line of the
//! texts is a paragraph; inserted text is in `w:ins`, deleted text in
//! `w:del` (`w:delText`), both with an author and a date, and a paragraph
//! break that was inserted or deleted is marked on the paragraph's mark, so
//! that accepting every change gives the draft and rejecting every change
//! gives the base.
//!
//! Written with the `docx-rs` crate (bokuweb/docx-rs: a maintained writer
//! of WordprocessingML that supports insertions, deletions and tracked
//! paragraph marks).

use docx_rs::{Delete, Docx, Insert, Paragraph, Run, RunFonts};
use resolute_core::diff::{Comparison, Op};

/// Who made the changes and when, as Word shows them.
#[derive(Debug, Clone)]
pub struct Revision {
    pub author: String,
    /// ISO 8601, `2026-11-28T00:00:00Z`.
    pub date: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Equal,
    Insert,
    Delete,
}

/// The `.docx` file's bytes.
pub fn tracked_changes(c: &Comparison, revision: &Revision) -> std::io::Result<Vec<u8>> {
    let mut docx = Docx::new();
    let mut paragraph = Paragraph::new();
    for op in &c.script {
        let (kind, text) = match op {
            Op::Equal { base, .. } => (Kind::Equal, &c.base_text[base.clone()]),
            Op::Insert { draft } => (Kind::Insert, &c.draft_text[draft.clone()]),
            Op::Delete { base } => (Kind::Delete, &c.base_text[base.clone()]),
        };
        let mut lines = text.split('\n').peekable();
        while let Some(line) = lines.next() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            if !line.is_empty() {
                paragraph = add(paragraph, kind, line, revision);
            }
            if lines.peek().is_some() {
                // A line break ends the paragraph; its mark is tracked as
                // the text around it is.
                let done = match kind {
                    Kind::Equal => paragraph,
                    Kind::Insert => paragraph.insert(&revision.author, &revision.date),
                    Kind::Delete => paragraph.delete(&revision.author, &revision.date),
                };
                docx = docx.add_paragraph(done);
                paragraph = Paragraph::new();
            }
        }
    }
    docx = docx.add_paragraph(paragraph);
    let mut bytes = std::io::Cursor::new(Vec::new());
    docx.build()
        .pack(&mut bytes)
        .map_err(|e| std::io::Error::other(e.to_string()))?;
    Ok(bytes.into_inner())
}

/// A run of `text` (tabs as Word's tabs) in the font of UN documents.
fn run(text: &str, deleted: bool) -> Run {
    let mut run = Run::new().fonts(
        RunFonts::new()
            .ascii("Times New Roman")
            .hi_ansi("Times New Roman"),
    );
    for (index, piece) in text.split('\t').enumerate() {
        if index > 0 {
            run = run.add_tab();
        }
        if !piece.is_empty() {
            run = if deleted {
                run.add_delete_text(piece)
            } else {
                run.add_text(piece)
            };
        }
    }
    run
}

fn add(paragraph: Paragraph, kind: Kind, text: &str, revision: &Revision) -> Paragraph {
    match kind {
        Kind::Equal => paragraph.add_run(run(text, false)),
        Kind::Insert => paragraph.add_insert(
            Insert::new(run(text, false))
                .author(&revision.author)
                .date(&revision.date),
        ),
        Kind::Delete => paragraph.add_delete(
            Delete::new()
                .add_run(run(text, true))
                .author(&revision.author)
                .date(&revision.date),
        ),
    }
}
