//! The `LanguageServer` implementation. Each handler converts the request in
//! ([`crate::from_proto`]), calls the core under the session's lock, converts
//! the answer out ([`crate::to_proto`]), releases the lock and only then
//! awaits whatever it sends to the client.
//!
//! tower-lsp-server runs handlers concurrently, polling each one first in the
//! order the messages arrived. Edits therefore stay in order only because
//! every notification handler changes the session before its first `.await`;
//! keep it that way.
//!
//! A panic in the core must not take the editor's server down: every call
//! into the core runs under [`guarded`]. A request whose computation panics
//! is answered with an internal error and logged. A `didChange` always
//! updates the text, whatever the analysis does ([`crate::sync`]). A panic
//! that escapes a handler all the same is caught around the whole service
//! ([`crate::transport::CatchPanics`]) and answered with an internal error.

use std::any::Any;
use std::fmt::Display;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use resolute_core::{ide, Change, Encoding};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CodeActionResponse, CompletionOptions, CompletionParams,
    CompletionResponse, DidChangeConfigurationParams, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DocumentSymbolParams,
    DocumentSymbolResponse, Hover, HoverParams, HoverProviderCapability, InitializeParams,
    InitializeResult, InitializedParams, MessageType, OneOf, ServerCapabilities, ServerInfo,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, Uri,
};
use tower_lsp_server::{Client, LanguageServer};

use crate::session::Session;
use crate::settings::Settings;
use crate::{from_proto, sync, to_proto};

pub mod custom;

/// The name the server gives itself in `initialize`.
pub const SERVER_NAME: &str = "resolute";

/// The language server: a handle to talk to the client, and the session.
#[derive(Debug)]
pub struct Backend {
    client: Client,
    session: Session,
    /// Set by `shutdown`, read once the client has left, to choose the exit code.
    shutdown_requested: Arc<AtomicBool>,
    /// Test-only switches (see [`crate::Options::test_hooks`]).
    test_hooks: bool,
}

impl Backend {
    pub fn new(client: Client, shutdown_requested: Arc<AtomicBool>) -> Backend {
        Backend {
            client,
            session: Session::new(),
            shutdown_requested,
            test_hooks: false,
        }
    }

    /// Arms the test-only switches (see [`crate::Options::test_hooks`]).
    pub fn with_test_hooks(mut self, test_hooks: bool) -> Backend {
        self.test_hooks = test_hooks;
        self
    }

    async fn log(&self, typ: MessageType, message: impl Display) {
        self.client.log_message(typ, message).await;
    }

    /// Logs what a `didOpen` or `didChange` reported, then publishes its
    /// diagnostics for `version`.
    async fn publish_sync(&self, method: &str, uri: Uri, version: i32, outcome: sync::Outcome) {
        for (typ, message) in outcome.log {
            let message = format!(
                "{method} of {} (version {version}): {message}",
                uri.as_str()
            );
            self.log(typ, message).await;
        }
        self.client
            .publish_diagnostics(uri, outcome.diagnostics, Some(version))
            .await;
    }

    /// What keeping a document in sync needs from the session.
    fn sync_context(&self) -> sync::Context {
        sync::Context {
            encoding: self.session.encoding(),
            catalog: self.session.catalog(),
            max_document_size: self.session.settings().max_document_size,
            test_hooks: self.test_hooks,
        }
    }

    /// Turns what a request computed on an open document into its answer:
    /// nothing for a document that is not open, an internal error (logged)
    /// when the computation panicked.
    async fn answer<R>(
        &self,
        method: &str,
        uri: &Uri,
        outcome: Option<Guarded<Option<R>>>,
    ) -> Result<Option<R>> {
        match outcome {
            None => Ok(None),
            Some(Ok(answer)) => Ok(answer),
            Some(Err(panic)) => {
                self.log(
                    MessageType::ERROR,
                    format!("{method} of {}: {panic}", uri.as_str()),
                )
                .await;
                Err(Error::internal_error())
            }
        }
    }
}

/// What the server can do, with the encoding agreed with the client.
pub fn capabilities(encoding: Encoding) -> ServerCapabilities {
    ServerCapabilities {
        position_encoding: Some(to_proto::position_encoding(encoding)),
        text_document_sync: Some(TextDocumentSyncCapability::Options(
            TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(TextDocumentSyncKind::INCREMENTAL),
                ..Default::default()
            },
        )),
        document_symbol_provider: Some(OneOf::Left(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), "/".into(), "\t".into()]),
            ..Default::default()
        }),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![CodeActionKind::QUICKFIX]),
            ..Default::default()
        })),
        ..Default::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = from_proto::negotiated_encoding(&params);
        self.session.set_encoding(encoding);
        if let Some(options) = &params.initialization_options {
            let (settings, problems) = Settings::from_json(options);
            self.session.set_settings(settings);
            for problem in problems {
                self.log(MessageType::WARNING, problem).await;
            }
        }
        Ok(InitializeResult {
            capabilities: capabilities(encoding),
            server_info: Some(ServerInfo {
                name: SERVER_NAME.to_owned(),
                version: Some(env!("CARGO_PKG_VERSION").to_owned()),
            }),
            offset_encoding: None,
        })
    }

    async fn initialized(&self, _: InitializedParams) {
        let message = format!("{SERVER_NAME} {} ready", env!("CARGO_PKG_VERSION"));
        self.log(MessageType::INFO, message).await;
    }

    async fn shutdown(&self) -> Result<()> {
        self.shutdown_requested.store(true, Ordering::SeqCst);
        Ok(())
    }

    async fn did_change_configuration(&self, params: DidChangeConfigurationParams) {
        let (settings, problems) = Settings::from_json(&params.settings);
        self.session.set_settings(settings);
        for problem in problems {
            self.log(MessageType::WARNING, problem).await;
        }
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let (uri, version) = (item.uri, item.version);
        let context = self.sync_context();
        let outcome = self.session.entry(uri.clone(), |slot| {
            let (open, outcome) = sync::open(&item.text, version, &context);
            *slot = Some(open);
            outcome
        });
        self.publish_sync("didOpen", uri, version, outcome).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let (uri, version) = (params.text_document.uri, params.text_document.version);
        let changes: Vec<Change> = params
            .content_changes
            .into_iter()
            .map(from_proto::change)
            .collect();
        let context = self.sync_context();
        let outcome = self
            .session
            .with(&uri, |open| sync::change(open, &changes, version, &context));
        match outcome {
            Some(outcome) => self.publish_sync("didChange", uri, version, outcome).await,
            None => {
                let message = format!("didChange of {}, which is not open: ignored", uri.as_str());
                self.log(MessageType::WARNING, message).await;
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        self.session.close(&uri);
        self.client.publish_diagnostics(uri, Vec::new(), None).await;
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.session.with(&uri, |open| {
            guarded(|| {
                let document = &open.document;
                let symbols =
                    to_proto::document_symbols(document, &ide::outline(document), encoding);
                Some(DocumentSymbolResponse::Nested(symbols))
            })
        });
        self.answer("documentSymbol", &uri, outcome).await
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.session.with(&uri, |open| {
            guarded(|| {
                let document = &open.document;
                let pos = from_proto::pos(document, at.position, encoding);
                ide::hover(document, document.catalog(), pos)
                    .map(|hover| to_proto::hover(document, hover, encoding))
            })
        });
        self.answer("hover", &uri, outcome).await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.session.with(&uri, |open| {
            guarded(|| {
                let document = &open.document;
                let pos = from_proto::pos(document, at.position, encoding);
                let items = ide::completion(document, document.catalog(), pos);
                (!items.is_empty()).then(|| {
                    CompletionResponse::Array(to_proto::completion_items(document, items, encoding))
                })
            })
        });
        self.answer("completion", &uri, outcome).await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.session.with(&uri, |open| {
            guarded(|| {
                let document = &open.document;
                let start = from_proto::pos(document, params.range.start, encoding);
                let end = from_proto::pos(document, params.range.end, encoding);
                let mut actions = Vec::new();
                for diagnostic in document.diagnostics() {
                    let range = diagnostic.range;
                    if range.end < start || range.start > end {
                        continue;
                    }
                    for (index, fix) in diagnostic.fixes.iter().enumerate() {
                        actions.push(CodeActionOrCommand::CodeAction(to_proto::quick_fix(
                            document,
                            &uri,
                            diagnostic,
                            fix,
                            index == 0,
                            encoding,
                        )));
                    }
                }
                (!actions.is_empty()).then_some(actions)
            })
        });
        self.answer("codeAction", &uri, outcome).await
    }
}

/// The result of a guarded computation: its value, or what its panic said.
pub type Guarded<T> = std::result::Result<T, Panic>;

/// A panic caught in a handler.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Panic(pub String);

impl Display for Panic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "internal error (panic: {})", self.0)
    }
}

/// Runs `f`, catching a panic. Whatever `f` captures may be left half-updated
/// by a panic, which is why callers only write their results at the very end.
pub fn guarded<R>(f: impl FnOnce() -> R) -> Guarded<R> {
    catch_unwind(AssertUnwindSafe(f)).map_err(|payload| Panic(panic_message(payload.as_ref())))
}

pub fn panic_message(payload: &(dyn Any + Send)) -> String {
    if let Some(message) = payload.downcast_ref::<&str>() {
        (*message).to_owned()
    } else if let Some(message) = payload.downcast_ref::<String>() {
        message.clone()
    } else {
        "no message".to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guarded_catches_panics_and_keeps_their_message() {
        assert_eq!(guarded(|| 2 + 2), Ok(4));
        let number = 7;
        let caught = guarded(|| -> u32 { panic!("rule {number} broke") }).unwrap_err();
        assert_eq!(caught, Panic("rule 7 broke".into()));
        assert_eq!(caught.to_string(), "internal error (panic: rule 7 broke)");
        let caught = guarded(|| std::panic::panic_any(3_u8)).unwrap_err();
        assert_eq!(caught.0, "no message");
    }

    #[test]
    fn capabilities_advertise_incremental_sync_symbols_and_hover() {
        let value = serde_json::to_value(capabilities(Encoding::Utf8)).unwrap();
        assert_eq!(value["positionEncoding"], "utf-8");
        assert_eq!(value["textDocumentSync"]["change"], 2);
        assert_eq!(value["textDocumentSync"]["openClose"], true);
        assert_eq!(value["documentSymbolProvider"], true);
        assert_eq!(value["hoverProvider"], true);
    }
}
