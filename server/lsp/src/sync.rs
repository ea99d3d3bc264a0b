//! Keeping the server's copy of each open document equal to the client's,
//! whatever happens to the analysis.
//!
//! The text and the analysis are updated in separate steps:
//!
//! 1. The changes of a `didChange` are applied to [`OpenDocument::text`], a
//!    bare rope, by [`resolute_core::apply_change_to_rope_at`]: the same
//!    position rules as the analysis uses (`resolute_core::change_span`),
//!    and nothing else that could fail. The text is always the client's.
//! 2. The same changes, at the spans step 1 read, go to the document's
//!    lines at once, without analysis
//!    (the analysis task analyses only the newest version, see
//!    [`crate::server`]). If that panics, or ends on a text of another length
//!    than the client's, the document is parsed afresh from the text.
//! 3. The analysis task calls [`analyse`]: incrementally; if that panics,
//!    afresh from the text; if that panics too, the document is kept
//!    unanalysed ([`Analysis::Failed`]) and one diagnostic says so, until an
//!    edit makes the analysis succeed again.
//!
//! A document larger than the `maxDocumentSize` setting is not analysed at
//! all ([`Analysis::TooLarge`]): its text is kept in sync, and one
//! information diagnostic says why there is nothing else.

use resolute_core::catalog::Entry;
use resolute_core::{apply_change_to_rope_at, Catalog, Change, Document, Encoding, Rope};
use tower_lsp_server::ls_types::{
    Diagnostic, DiagnosticSeverity, MessageType, NumberOrString, Position, Range,
};

use crate::server::guarded;
use crate::session::OpenDocument;
use crate::to_proto;

/// The state of a document's analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Analysis {
    /// `document` is the analysis of the current text.
    Current,
    /// The text is larger than the limit: not analysed.
    TooLarge { size: usize, limit: u64 },
    /// The analysis of the current text failed (an internal error).
    Failed,
}

impl Analysis {
    /// The name `resolute/documentText` gives the state.
    pub fn as_str(self) -> &'static str {
        match self {
            Analysis::Current => "current",
            Analysis::TooLarge { .. } => "too-large",
            Analysis::Failed => "failed",
        }
    }
}

/// The code of the diagnostic on a document over the size limit.
pub const TOO_LARGE_CODE: &str = "document-too-large";
/// The code of the diagnostic on a document whose analysis failed.
pub const FAILED_CODE: &str = "internal-error";

/// With test hooks on, an analysis of a text containing this panics, and so
/// does the fresh analysis that follows: the document ends up unanalysed.
pub const TEST_PANIC_ALWAYS: &str = "RESOLUTE-TEST-PANIC-ALWAYS";
/// With test hooks on, an incremental analysis of a text containing this
/// panics; the fresh analysis that follows succeeds.
pub const TEST_PANIC_INCREMENTAL: &str = "RESOLUTE-TEST-PANIC-INCREMENTAL";

/// What an update needs to know besides the document.
#[derive(Debug, Clone)]
pub struct Context {
    pub encoding: Encoding,
    pub catalog: Catalog,
    /// Documents of more bytes than this are not analysed.
    pub max_document_size: u64,
    /// Whether the test-only panics above are armed.
    pub test_hooks: bool,
    /// The language the user chose for the document (see
    /// [`resolute_core::data::languages::Language::chosen`]).
    pub language: resolute_core::data::languages::LanguageChoice,
}

/// What an update asks the server to do.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// The diagnostics to publish for the new version.
    pub diagnostics: Vec<Diagnostic>,
    /// Messages for the client's log.
    pub log: Vec<(MessageType, String)>,
}

/// Opens `text` as version `version`, analysed (or not, over the limit).
/// The text is dropped once it is in the rope, before the analysis: a large
/// document is not held three times (text, rope, analysis) at once.
pub fn open(
    text: String,
    version: i32,
    context: &Context,
) -> (OpenDocument, Vec<(MessageType, String)>) {
    open_declaring(text, version, context, None)
}

/// Declares the entry a text names `uri` declares for itself
/// ([`resolute_core::catalog::declared_entry`]) and gives the catalog to
/// check it against.
pub type Declare<'a> = (&'a str, Box<dyn FnOnce(Option<Entry>) -> Catalog + 'a>);

/// [`open`]; with `declaring`, the text is checked against the catalog
/// with what it declares of itself, told before any rule runs (once, if
/// the text is analysed): a text analysed once, not again after it has
/// declared its entry.
pub fn open_declaring(
    text: String,
    version: i32,
    context: &Context,
    declaring: Option<Declare<'_>>,
) -> (OpenDocument, Vec<(MessageType, String)>) {
    let rope = Rope::from_str(&text);
    drop(text);
    let mut open = OpenDocument {
        document: Document::default(),
        version,
        text: rope,
        state: Analysis::Failed,
        task: None,
        columns: Default::default(),
        published: None,
        sent: Default::default(),
        received: Some(std::time::Instant::now()),
        versions: Default::default(),
    };
    let mut log = Vec::new();
    afresh_declaring(&mut open, context, &mut log, declaring);
    (open, log)
}

/// Applies the changes of a `didChange` to `open`, which becomes `version`;
/// the analysis is left for [`analyse`].
pub fn change(
    open: &mut OpenDocument,
    changes: &[Change],
    version: i32,
    context: &Context,
) -> Vec<(MessageType, String)> {
    let mut log = Vec::new();
    if version <= open.version {
        log.push((
            MessageType::WARNING,
            format!(
                "version {version} does not follow version {}: the changes are applied anyway",
                open.version
            ),
        ));
    }
    // The changes go to a copy (cloning a rope is cheap): a panic here, which
    // nothing is known to cause, leaves the text as it was rather than half
    // edited.
    let mut text = open.text.clone();
    let encoding = context.encoding;
    // Each change's span, read once, for the document's text too.
    let mut spans = Vec::with_capacity(changes.len());
    let applied = guarded(|| {
        let mut clamped = 0;
        for change in changes {
            let (span, outside) = apply_change_to_rope_at(&mut text, change, encoding);
            spans.push(span);
            clamped += outside;
        }
        clamped
    });
    match applied {
        Ok(clamped) => {
            if clamped > 0 {
                log.push((
                    MessageType::WARNING,
                    format!("{clamped} position(s) outside the text, clamped as the LSP specification says"),
                ));
            }
        }
        Err(panic) => {
            log.push((
                MessageType::ERROR,
                format!("{panic} while applying the changes: the server's copy of the text may now differ from the editor's; close and reopen the document"),
            ));
            return log;
        }
    }
    open.text = text;
    open.version = version;
    if open.state == Analysis::Current && !too_large_now(open, context) {
        let text = &open.text;
        let document = &mut open.document;
        let incremental = guarded(|| {
            document.apply_spans_unanalysed(
                spans
                    .into_iter()
                    .zip(changes.iter().map(|c| c.text.as_str())),
            );
            document.len_chars() == text.len_chars()
                && document.rope().len_lines() == text.len_lines()
        });
        match incremental {
            Ok(true) => return log,
            Ok(false) => log.push((
                MessageType::ERROR,
                "internal error: the incremental update lost track of the text; parsing it afresh"
                    .to_owned(),
            )),
            Err(panic) => log.push((
                MessageType::ERROR,
                format!("{panic} in the incremental update; parsing the text afresh"),
            )),
        }
    }
    afresh(open, context, &mut log);
    log
}

fn too_large_now(open: &OpenDocument, context: &Context) -> bool {
    open.text.len_bytes() as u64 > context.max_document_size
}

/// Rebuilds the analysis of `open` from its text (or marks it too large).
fn afresh(open: &mut OpenDocument, context: &Context, log: &mut Vec<(MessageType, String)>) {
    afresh_declaring(open, context, log, None);
}

/// [`afresh`], declaring what the text declares (see [`open_declaring`]).
fn afresh_declaring(
    open: &mut OpenDocument,
    context: &Context,
    log: &mut Vec<(MessageType, String)>,
    declaring: Option<Declare<'_>>,
) {
    let size = open.text.len_bytes();
    if too_large_now(open, context) {
        open.document = Document::default();
        open.state = Analysis::TooLarge {
            size,
            limit: context.max_document_size,
        };
        return;
    }
    let text = open.text.clone();
    let fresh = guarded(|| {
        let document = match declaring {
            Some((uri, declare)) => {
                Document::from_rope_declaring(text, context.language, uri, declare)
            }
            None => Document::from_rope_in(text, context.catalog.clone(), context.language),
        };
        test_hook(context, &document, TEST_PANIC_ALWAYS);
        document
    });
    match fresh {
        Ok(document) => {
            open.document = document;
            open.state = Analysis::Current;
        }
        Err(panic) => {
            log.push((
                MessageType::ERROR,
                format!("{panic} in the analysis: the text is kept, the analysis is retried on the next change"),
            ));
            open.document = Document::default();
            open.state = Analysis::Failed;
        }
    }
}

/// Brings the analysis of `open` up to its text. Returns `None` when the
/// document's own diagnostics are to be published, else the one diagnostic
/// that stands for them (over the limit, a failed analysis).
pub fn analyse(
    open: &mut OpenDocument,
    context: &Context,
    log: &mut Vec<(MessageType, String)>,
) -> Option<Diagnostic> {
    if open.state == Analysis::Current {
        let document = &mut open.document;
        let incremental = guarded(|| {
            document.analyse();
            test_hook(context, document, TEST_PANIC_INCREMENTAL);
            test_hook(context, document, TEST_PANIC_ALWAYS);
        });
        match incremental {
            Ok(()) => return None,
            Err(panic) => {
                log.push((
                    MessageType::ERROR,
                    format!("{panic} in the incremental analysis; analysing the text afresh"),
                ));
                afresh(open, context, log);
            }
        }
    }
    match open.state {
        Analysis::Current => None,
        Analysis::TooLarge { size, limit } => Some(too_large(size, limit)),
        Analysis::Failed => Some(failed()),
    }
}

/// Panics when test hooks are on and the text contains `marker`.
fn test_hook(context: &Context, document: &Document, marker: &str) {
    if context.test_hooks && document.text().contains(marker) {
        panic!("deliberate panic on {marker} (test hook)");
    }
}

fn at_start() -> Range {
    Range {
        start: Position::new(0, 0),
        end: Position::new(0, 0),
    }
}

/// The one diagnostic of a document over the size limit.
pub fn too_large(size: usize, limit: u64) -> Diagnostic {
    Diagnostic {
        range: at_start(),
        severity: Some(DiagnosticSeverity::INFORMATION),
        code: Some(NumberOrString::String(TOO_LARGE_CODE.to_owned())),
        source: Some(to_proto::SOURCE.to_owned()),
        message: format!(
            "This document is {size} bytes, more than the limit of {limit} bytes (setting resolute.maxDocumentSize): it is not analysed."
        ),
        ..Default::default()
    }
}

/// The one diagnostic of a document whose analysis failed.
pub fn failed() -> Diagnostic {
    Diagnostic {
        range: at_start(),
        severity: Some(DiagnosticSeverity::INFORMATION),
        code: Some(NumberOrString::String(FAILED_CODE.to_owned())),
        source: Some(to_proto::SOURCE.to_owned()),
        message: "Resolute could not analyse this version of the document (an internal error, logged). The text is kept; the analysis is retried on the next change.".to_owned(),
        ..Default::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolute_core::LineCol;

    fn context(max_document_size: u64, test_hooks: bool) -> Context {
        Context {
            encoding: Encoding::Utf16,
            catalog: Catalog::builtin(),
            max_document_size,
            test_hooks,
            language: Default::default(),
        }
    }

    fn insert(line: u32, character: u32, text: &str) -> Change {
        let at = LineCol { line, character };
        Change {
            range: Some((at, at)),
            text: text.to_owned(),
        }
    }

    fn cut(from: u32, to: u32) -> Change {
        Change {
            range: Some((
                LineCol {
                    line: from,
                    character: 0,
                },
                LineCol {
                    line: to,
                    character: 0,
                },
            )),
            text: String::new(),
        }
    }

    #[test]
    fn a_panicking_analysis_keeps_the_text_and_recovers() {
        let context = context(1 << 20, true);
        let (mut open, _) = open("\t1.\tUrges;\n".to_owned(), 1, &context);
        assert_eq!(open.state, Analysis::Current);

        // The incremental analysis panics, the fresh one does not.
        change(
            &mut open,
            &[insert(1, 0, TEST_PANIC_INCREMENTAL)],
            2,
            &context,
        );
        assert_eq!(
            open.text.to_string(),
            format!("\t1.\tUrges;\n{TEST_PANIC_INCREMENTAL}")
        );
        let mut log = Vec::new();
        assert_eq!(analyse(&mut open, &context, &mut log), None);
        assert_eq!(open.state, Analysis::Current);
        assert_eq!(open.document.text(), open.text.to_string());
        assert!(log
            .iter()
            .any(|(_, m)| m.contains("analysing the text afresh")));

        // Both panic: the text is still the client's, one diagnostic says so.
        change(&mut open, &[insert(0, 0, TEST_PANIC_ALWAYS)], 3, &context);
        assert_eq!(
            analyse(&mut open, &context, &mut Vec::new()),
            Some(failed())
        );
        assert_eq!(open.state, Analysis::Failed);
        assert_eq!(open.version, 3);
        assert!(open.text.to_string().starts_with(TEST_PANIC_ALWAYS));
        assert_eq!(open.document.text(), "");

        // Removing the marker brings the analysis back, from the text.
        let marker = TEST_PANIC_ALWAYS.len() as u32;
        let remove = Change {
            range: Some((
                LineCol {
                    line: 0,
                    character: 0,
                },
                LineCol {
                    line: 0,
                    character: marker,
                },
            )),
            text: String::new(),
        };
        change(
            &mut open,
            &[remove, insert(1, 0, "\t3.\tDecides.\n")],
            4,
            &context,
        );
        assert_eq!(analyse(&mut open, &context, &mut Vec::new()), None);
        assert_eq!(open.state, Analysis::Current);
        assert_eq!(open.document.text(), open.text.to_string());
        assert_eq!(open.document.diagnostics().len(), 1);
    }

    #[test]
    fn documents_over_the_limit_are_kept_but_not_analysed() {
        let context = context(20, false);
        let (mut open, _) = open("\t1.\tUrges;\n\t3.\tDecides.\n".to_owned(), 1, &context);
        let too_big = Analysis::TooLarge {
            size: 24,
            limit: 20,
        };
        assert_eq!(open.state, too_big);
        assert_eq!(
            analyse(&mut open, &context, &mut Vec::new()),
            Some(too_large(24, 20))
        );
        assert_eq!(open.document.text(), "");

        // Shrinking it below the limit analyses it, from the text.
        change(&mut open, &[cut(1, 2)], 2, &context);
        assert_eq!(open.text.to_string(), "\t1.\tUrges;\n");
        assert_eq!(analyse(&mut open, &context, &mut Vec::new()), None);
        assert_eq!(open.state, Analysis::Current);

        // Growing it again drops the analysis.
        change(
            &mut open,
            &[insert(1, 0, "\t2.\tRequests a report;\n")],
            3,
            &context,
        );
        assert!(matches!(open.state, Analysis::TooLarge { .. }));
        assert_eq!(
            open.text.to_string(),
            "\t1.\tUrges;\n\t2.\tRequests a report;\n"
        );
    }
}
