//! Requests of Resolute's own, beyond the LSP's.
//!
//! - `resolute/documentText` (always on): the server's copy of an open
//!   document, so that a client or a test can check that it equals its own.
//!   Parameters `{"textDocument": {"uri": ...}}`; the answer is `null` for a
//!   document that is not open, else
//!   `{"version": 7, "text": "...", "analysis": "current" | "too-large" | "failed"}`.
//! - `$/setTrace` (the protocol's, which `tower-lsp-server` does not
//!   handle): with a trace on, each publish of diagnostics is followed by a
//!   `$/logTrace` that says when it went out and how long after the edit,
//!   and where that time went (the VS Code end-to-end test reads it).
//! - `resolute/panic` (only with test hooks, see [`crate::Options`]): panics
//!   inside the handler, while holding the lock on the open documents, to
//!   show that a panic is answered with an error and that the documents and
//!   the server survive it. Parameters as above.
//! - `resolute/slow` (only with test hooks): a request on an open document
//!   that takes `{"milliseconds": N}` to compute, under the documents' lock
//!   as every request is, and answers when it finished (milliseconds since
//!   1970), to show that an edit's diagnostics do not wait for the requests
//!   sent after it.

use serde::{Deserialize, Serialize};
use tower_lsp_server::jsonrpc::Result;
use tower_lsp_server::ls_types::{SetTraceParams, TextDocumentIdentifier};

use super::Backend;

/// The method name of the document text request.
pub const DOCUMENT_TEXT: &str = "resolute/documentText";
/// The notification that turns the trace on or off.
pub const SET_TRACE: &str = "$/setTrace";
/// The method name of the test-only panic request.
pub const PANIC: &str = "resolute/panic";

/// The method name of the test-only slow request.
pub const SLOW: &str = "resolute/slow";

/// The parameters of `resolute/slow`.
#[derive(Debug, Clone, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SlowParams {
    pub text_document: TextDocumentIdentifier,
    pub milliseconds: u64,
}

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

    /// `$/setTrace`: the client turns the trace on or off.
    pub async fn set_trace(&self, params: SetTraceParams) {
        self.set_trace_value(Some(params.value));
    }

    /// `resolute/slow`, registered only with test hooks on: computes for
    /// `milliseconds` under the lock, then answers when it finished, in
    /// milliseconds since 1970 (`null` for a document that is not open).
    pub async fn slow_request(&self, params: SlowParams) -> Result<Option<serde_json::Value>> {
        let uri = params.text_document.uri;
        let delay = std::time::Duration::from_millis(params.milliseconds.min(60_000));
        let version = self.session.with(&uri, |open| open.version);
        let slept = self.on_document(&uri, |_| std::thread::sleep(delay));
        let finished = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis() as u64);
        Ok(slept.map(|_| serde_json::json!({"finishedAt": finished, "version": version})))
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
