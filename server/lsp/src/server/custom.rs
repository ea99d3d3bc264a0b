//! Requests of Resolute's own, beyond the LSP's.
//!
//! - `resolute/documentText` (always on): the server's copy of an open
//!   document, so that a client or a test can check that it equals its own.
//!   Parameters `{"textDocument": {"uri": ...}}`; the answer is `null` for a
//!   document that is not open, else
//!   `{"version": 7, "text": "...", "analysis": "current" | "too-large" | "failed"}`.
//! - `resolute/panic` (only with test hooks, see [`crate::Options`]): panics
//!   inside the handler, while holding the lock on the open documents, to
//!   show that a panic is answered with an error and that the documents and
//!   the server survive it. Parameters as above.

use serde::{Deserialize, Serialize};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::TextDocumentIdentifier;

use super::Backend;

/// The method name of the document text request.
pub const DOCUMENT_TEXT: &str = "resolute/documentText";
/// The method name of the test-only panic request.
pub const PANIC: &str = "resolute/panic";

/// The parameters of both requests.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentParams {
    pub text_document: TextDocumentIdentifier,
}

/// The answer to `resolute/documentText`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct DocumentText {
    pub version: i32,
    pub text: String,
    pub analysis: String,
}

impl Backend {
    /// `resolute/documentText`.
    pub async fn document_text(&self, params: DocumentParams) -> Result<Option<DocumentText>> {
        let uri = params.text_document.uri;
        Ok(self.session.with(&uri, |open| DocumentText {
            version: open.version,
            text: open.text.to_string(),
            analysis: open.state.as_str().to_owned(),
        }))
    }

    /// `resolute/panic`, registered only with test hooks on.
    pub async fn deliberate_panic(&self, params: DocumentParams) -> Result<()> {
        let uri = params.text_document.uri;
        self.session.with(&uri, |open| {
            panic!(
                "deliberate panic in resolute/panic on version {} (test hook)",
                open.version
            )
        });
        panic!("deliberate panic in resolute/panic (test hook)")
    }
}
