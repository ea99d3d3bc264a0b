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
//! Edits are applied to the text at once, in order, but analysed later: each
//! open document has a task ([`Backend::spawn_analysis`]) that wakes when
//! the text changed, analyses the newest text and publishes its diagnostics.
//! Edits that arrive while it works are coalesced: the next round analyses
//! only the newest version, so the server is never more than one analysis
//! behind the editor, and the last version is always published. The tasks
//! run on a thread of their own, so that an edit's diagnostics do not wait
//! for the requests the editor sends with it.
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

use std::time::{Duration, Instant};

use tokio::sync::{mpsc, Notify};
use tower_lsp_server::ls_types::notification::{
    LogMessage, LogTrace, Notification as _, PublishDiagnostics,
};
use tower_lsp_server::ls_types::{LogMessageParams, LogTraceParams, TraceValue};

use resolute_core::data::languages::{Language, LanguageChoice};
use resolute_core::{ide, Change, Document, Encoding};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    CodeActionKind, CodeActionOptions, CodeActionOrCommand, CodeActionParams,
    CodeActionProviderCapability, CodeActionResponse, CompletionOptions, CompletionParams,
    CompletionResponse, DidChangeConfigurationParams, DidChangeTextDocumentParams,
    DidCloseTextDocumentParams, DidOpenTextDocumentParams, DocumentSymbolParams,
    DocumentSymbolResponse, GotoDefinitionParams, GotoDefinitionResponse, Hover, HoverParams,
    HoverProviderCapability, InitializeParams, InitializeResult, InitializedParams, Location,
    MessageType, OneOf, Position, PrepareRenameResponse, Range as LspRange, RenameOptions,
    RenameParams, ServerCapabilities, ServerInfo, TextDocumentPositionParams,
    TextDocumentSyncCapability, TextDocumentSyncKind, TextDocumentSyncOptions, Uri, WorkspaceEdit,
};
use tower_lsp_server::{Client, LanguageServer};

use resolute_core::catalog::{cites_any, declared_entry, Entry, Key};
use resolute_core::config::RuleLevels;

use crate::session::{OpenDocument, Session};
use crate::settings::Settings;
use crate::transport::{Arrivals, Framed, Notifier};
use crate::{from_proto, sync, to_proto, workspace};

pub mod custom;
pub mod diff;
pub mod versions;

use crate::to_proto_navigation as nav;
use tower_lsp_server::ls_types::{
    DocumentHighlight, DocumentHighlightParams, FoldingRange, FoldingRangeParams,
    FoldingRangeProviderCapability, InlayHint, InlayHintParams, ReferenceParams, SelectionRange,
    SelectionRangeParams, SelectionRangeProviderCapability, SemanticTokensFullOptions,
    SemanticTokensOptions, SemanticTokensParams, SemanticTokensRangeParams,
    SemanticTokensRangeResult, SemanticTokensResult,
};

/// The name the server gives itself in `initialize`.
pub const SERVER_NAME: &str = "resolute";

/// The language server: a handle to talk to the client, and the session.
/// Cloning it is cheap (the analysis tasks hold clones).
#[derive(Debug, Clone)]
pub struct Backend {
    client: Client,
    session: Arc<Session>,
    /// Set by `shutdown`, read once the client has left, to choose the exit code.
    shutdown_requested: Arc<AtomicBool>,
    /// Test-only switches (see [`crate::Options::test_hooks`]).
    test_hooks: bool,
    /// The runtime the documents' analysis tasks run on (see
    /// [`crate::serve_with`]).
    analysis: tokio::runtime::Handle,
    /// The way out for diagnostics and the logs of the analyses that made
    /// them, in order (see [`Outgoing`]).
    outgoing: mpsc::UnboundedSender<Outgoing>,
    /// The writer's notifier, through which a publish is written at once
    /// where nothing queued before waits ([`Backend::queue`]).
    to_client: Notifier,
    /// Whether an edit is the latest the server has read (see
    /// [`Backend::did_change`]).
    arrivals: Arc<Arrivals>,
    /// Whether the client asked for a trace (`initialize`'s `trace`,
    /// `$/setTrace`): each publish is then followed by a `$/logTrace` that
    /// says when it went out and how long after the edit.
    trace: Arc<AtomicBool>,
    /// The comparison of language versions (see [`versions`]).
    versions: Arc<versions::State>,
}

impl Backend {
    pub fn new(
        client: Client,
        shutdown_requested: Arc<AtomicBool>,
        analysis: tokio::runtime::Handle,
        (to_client, output): (Notifier, &tokio::runtime::Handle),
        arrivals: Arc<Arrivals>,
    ) -> Backend {
        let trace = Arc::new(AtomicBool::new(false));
        let (outgoing, queue) = mpsc::unbounded_channel();
        // On the thread that writes to the client (`output`, see
        // [`crate::serve_with`]), not the analysis thread: an analysis task
        // may wait there for the documents' lock (held by a long request),
        // and the diagnostics it queued before must not wait with it.
        output.spawn(publisher(to_client.clone(), queue, Arc::clone(&trace)));
        Backend {
            client,
            to_client,
            arrivals,
            analysis,
            outgoing,
            session: Arc::new(Session::new()),
            shutdown_requested,
            test_hooks: false,
            trace,
            versions: Default::default(),
        }
    }

    /// Arms the test-only switches (see [`crate::Options::test_hooks`]).
    pub fn with_test_hooks(mut self, test_hooks: bool) -> Backend {
        self.test_hooks = test_hooks;
        self
    }

    /// Runs `f` on the open document `uri`, analysed first (its analysis may
    /// lag behind its text, see [`Backend::spawn_analysis`]), under the lock
    /// and guarded; `None` when the document is not open.
    ///
    /// A version not yet published is published first: whoever analyses a
    /// version (this request or the document's analysis task) queues its
    /// diagnostics at once, so that they never wait for what the request
    /// then computes under the lock.
    fn on_document<R>(&self, uri: &Uri, f: impl FnOnce(&Document) -> R) -> Option<Guarded<R>> {
        let analysing = self.analysing(uri);
        let base = self.base_of(uri).ok().flatten();
        self.session.with(uri, |open| {
            self.update("analysis", uri, open, &analysing, base.as_ref());
            guarded(|| {
                open.document.analyse();
                f(&open.document)
            })
        })
    }

    /// What [`Backend::update`] needs from the session, read before the
    /// documents' lock is taken.
    fn analysing(&self, uri: &Uri) -> Analysing {
        Analysing {
            context: self.sync_context(uri),
            levels: self.session.rule_levels(),
            encoding: self.session.encoding(),
            locale: self.session.locale(),
        }
    }

    /// Brings the analysis of `open` up to its text, unless its version is
    /// published and analysed already, and queues its diagnostics (or the
    /// one that stands for them) with the log of the analysis. Called under
    /// the documents' lock, so the queue holds each document's versions in
    /// order.
    fn update(
        &self,
        method: &'static str,
        uri: &Uri,
        open: &mut OpenDocument,
        with: &Analysing,
        base: Option<&diff::Base>,
    ) {
        let analysed = open.state != sync::Analysis::Current || open.document.is_analysed();
        if open.published == Some(open.version) && analysed {
            return;
        }
        self.publish(method, uri, open, with, base);
        // Its other language versions are compared again, later.
        self.versions_touch(uri);
    }

    /// Analyses `open` if need be and queues its diagnostics, with what the
    /// comparison with its language versions found.
    fn publish(
        &self,
        method: &'static str,
        uri: &Uri,
        open: &mut OpenDocument,
        with: &Analysing,
        base: Option<&diff::Base>,
    ) {
        let started = Instant::now();
        let mut log = Vec::new();
        let outcome = guarded(|| match sync::analyse(open, &with.context, &mut log) {
            None => {
                let mut all = to_proto::diagnostics_cached(
                    &open.document,
                    &diff::with_update_hints(open.document.diagnostics(), &open.document, base),
                    &with.levels,
                    with.encoding,
                    with.locale,
                    &mut open.columns,
                );
                all.extend(&versions::diagnostics(
                    open,
                    &with.levels,
                    with.encoding,
                    with.locale,
                ));
                all
            }
            Some(stand_in) => to_proto::DiagnosticsJson::from_diagnostics(&[stand_in]),
        });
        for (typ, message) in log {
            self.queue_log(typ, format!("{method} of {}: {message}", uri.as_str()));
        }
        if let Ok(json) = &outcome {
            if open.published == Some(open.version) && *json == open.sent {
                return;
            }
            open.sent = json.clone();
        }
        open.published = Some(open.version);
        self.queue(Publish {
            method,
            uri: uri.clone(),
            version: Some(open.version),
            outcome,
            received: open.received,
            analysis: started.elapsed(),
            queued: Instant::now(),
        });
    }

    /// Writes a publish at once where nothing queued before it waits and
    /// the output takes it without blocking (the thread that analysed it
    /// writes it, without waking the output thread: one wake-up less
    /// between a keystroke and its squiggles); queues it for the publisher
    /// task otherwise.
    fn queue(&self, publish: Publish) {
        let publish = match publish.outcome {
            Ok(ref diagnostics) if self.to_client.may_write_now() => {
                let frames = publish_frames(&publish, diagnostics, &self.trace);
                if self.to_client.write_now(&frames) {
                    return;
                }
                publish
            }
            _ => publish,
        };
        self.to_client.count();
        // The publisher ends only with the runtime, after the session.
        let _ = self.outgoing.send(Outgoing::Publish(publish));
    }

    /// Queues a log message behind the publishes queued so far.
    fn queue_log(&self, typ: MessageType, message: String) {
        self.to_client.count();
        let _ = self.outgoing.send(Outgoing::Log(typ, message));
    }

    /// What keeping a document in sync needs from the session.
    fn sync_context(&self, uri: &Uri) -> sync::Context {
        sync::Context {
            encoding: self.session.encoding(),
            catalog: self.session.catalog(),
            max_document_size: self.session.settings().max_document_size,
            test_hooks: self.test_hooks,
            language: self.language_of(uri),
        }
    }

    /// The language the user chose for the document `uri`: its file name's
    /// (`draft.fr.resolution`) for the text; the editor's setting, else
    /// `resolute.toml`'s, where the text's organ line does not say.
    fn language_of(&self, uri: &Uri) -> LanguageChoice {
        let config = self.session.workspace(|w| w.config.language);
        Language::chosen(
            uri.path().as_str(),
            self.session.settings().language,
            config,
        )
    }

    /// Turns the trace on or off (`initialize`'s `trace`, `$/setTrace`).
    pub fn set_trace_value(&self, value: Option<TraceValue>) {
        let on = value.is_some_and(|v| v != TraceValue::Off);
        self.trace.store(on, Ordering::Relaxed);
    }

    async fn log(&self, typ: MessageType, message: impl Display) {
        self.client.log_message(typ, message).await;
    }

    /// Reads `resolute.toml` and the catalogs again, re-checks every open
    /// document against the new catalog and republishes; problems are shown
    /// to the user.
    async fn reload_workspace(&self) {
        let settings = self.session.settings();
        let root = self.session.workspace(|w| w.root.clone());
        let mut messages = Vec::new();
        let (config, mut layers) = match &root {
            Some(root) => {
                let (config, base) = match workspace::read_config(root) {
                    Some((path, config, error)) => {
                        messages.extend(error);
                        let base = path
                            .parent()
                            .map(|p| p.to_path_buf())
                            .unwrap_or_else(|| root.clone());
                        (config, base)
                    }
                    None => (Default::default(), root.clone()),
                };
                let (layers, problems) = workspace::load_catalogs(&base, &config.catalogs);
                messages.extend(problems);
                (config, layers)
            }
            None => (Default::default(), Vec::new()),
        };
        let base = root.unwrap_or_default();
        let (extra, problems) = workspace::load_catalogs(&base, &settings.catalogs);
        messages.extend(problems);
        // The setting's catalogs come first: they override the file's.
        layers.splice(0..0, extra);
        self.session.update_workspace(|w| {
            w.config = config;
            w.user_layers = layers;
        });
        for message in &messages {
            self.log(MessageType::WARNING, message).await;
        }
        if !messages.is_empty() {
            let shown = resolute_core::msg!(
                "notice-config-problems",
                count = messages.len(),
                first = messages[0].as_str()
            )
            .render(self.session.locale());
            self.client.show_message(MessageType::WARNING, shown).await;
        }
        self.recheck(true).await;
    }

    /// Re-checks every open document against the current catalog and
    /// publishes the diagnostics of those whose diagnostics changed, or of
    /// all when `republish_all` (the rule levels may have changed).
    async fn recheck(&self, republish_all: bool) {
        self.recheck_citing(republish_all, None).await
    }

    /// Like [`Backend::recheck`], but when `keys` is given only the documents
    /// citing one of them are re-checked now; the others take the new catalog
    /// into their next analysis (it cannot change what they say).
    async fn recheck_citing(&self, republish_all: bool, keys: Option<&[Key]>) {
        let catalog = self.session.catalog();
        let (levels, encoding) = (&self.session.rule_levels(), self.session.encoding());
        let locale = self.session.locale();
        // The drafts' bases, read before the documents are locked.
        let mut uris = Vec::new();
        self.session.for_each(|uri, _| uris.push(uri.clone()));
        let bases: std::collections::HashMap<Uri, diff::Base> = uris
            .iter()
            .filter_map(|uri| Some((uri.clone(), self.base_of(uri).ok()??)))
            .collect();
        let languages: std::collections::HashMap<Uri, LanguageChoice> = uris
            .iter()
            .map(|uri| (uri.clone(), self.language_of(uri)))
            .collect();
        // What each document's analysis needs (its language is its own).
        let analysing: std::collections::HashMap<Uri, Analysing> = uris
            .into_iter()
            .map(|uri| {
                let analysing = self.analysing(&uri);
                (uri, analysing)
            })
            .collect();
        self.session.for_each(|uri, open| {
            if let Some(analysing) = analysing.get(uri) {
                self.update("analysis", uri, open, analysing, bases.get(uri));
            }
            let outcome = guarded(|| {
                // A language set or unset in the settings or `resolute.toml`.
                let mut language_changed = false;
                if let Some(&language) = languages.get(uri) {
                    if open.document.language_choice() != language {
                        open.document.set_language(language);
                        language_changed = true;
                    }
                }
                open.document.analyse();
                if let Some(keys) = keys {
                    // Checked against this catalog already: a text that
                    // declared its entry as it was opened.
                    if !language_changed && open.document.catalog().same_as(&catalog) {
                        return None;
                    }
                    if !cites_any(&open.document, keys) {
                        open.document.set_catalog_lazily(catalog.clone());
                        return None;
                    }
                }
                let base = bases.get(uri);
                let before = levels.apply(&diff::with_update_hints(
                    open.document.diagnostics(),
                    &open.document,
                    base,
                ));
                let mut document = open.document.clone();
                document.set_catalog(catalog.clone());
                let after = levels.apply(&diff::with_update_hints(
                    document.diagnostics(),
                    &document,
                    base,
                ));
                let changed = (republish_all || language_changed || before != after)
                    .then(|| to_proto::diagnostics(&document, &after, encoding, locale));
                open.document = document;
                changed.map(|mut all| {
                    all.extend(versions::diagnostics(open, levels, encoding, locale));
                    (all, language_changed)
                })
            });
            // Only what changed is published again.
            let outcome = match outcome {
                Ok(None) => return,
                Ok(Some((diagnostics, language_changed))) => {
                    // Read in another language, it compares otherwise.
                    if language_changed {
                        self.versions_touch(uri);
                    }
                    Ok(to_proto::DiagnosticsJson::from_diagnostics(&diagnostics))
                }
                Err(panic) => Err(panic),
            };
            self.queue(Publish {
                method: "recheck",
                uri: uri.clone(),
                version: Some(open.version),
                outcome,
                received: None,
                analysis: Duration::ZERO,
                queued: Instant::now(),
            });
        });
    }

    /// Records what `uri` declares of itself; when that changes the catalog,
    /// the open documents that cite it (before or after) are re-checked.
    async fn note_declaration(&self, uri: &Uri) {
        let entry = self
            .on_document(uri, |document| declared_entry(document, uri.as_str()))
            .and_then(|outcome| outcome.ok())
            .flatten();
        self.declare(uri, entry).await;
    }

    /// Sets (or clears) the entry `uri` declares and re-checks the documents
    /// that cite what changed.
    async fn declare(&self, uri: &Uri, entry: Option<Entry>) {
        let changed = self.session.declare(uri, entry);
        if changed.is_empty() {
            // Every lookup answers as before: the documents take the new
            // catalog without re-running anything.
            let catalog = self.session.catalog();
            self.session
                .for_each(|_, open| open.document.set_equivalent_catalog(catalog.clone()));
        } else {
            self.recheck_citing(false, Some(&changed)).await;
            // The declaring document seldom cites its own symbol, so it was
            // left to take the new catalog at its next analysis, which would
            // re-run the citation rules of every line at its next keystroke:
            // it declares when it is opened or its symbol line is edited,
            // and is analysed again now, in the background.
            self.session.with(uri, |open| {
                if !open.document.is_analysed() {
                    if let Some(task) = &open.task {
                        task.notify_one();
                    }
                }
            });
        }
    }

    /// Runs `f` on the analysis thread (see [`Backend::spawn_analysis`]) and
    /// waits for it, blocking this thread: for work that must be done before
    /// the handler's first `.await`. A panic in `f`, or an analysis runtime
    /// already shut down, is a [`Panic`]. The caller must hold no lock the
    /// analysis tasks take.
    fn on_analysis_thread<R: Send + 'static>(
        &self,
        f: impl FnOnce() -> Guarded<R> + Send + 'static,
    ) -> Guarded<R> {
        let (done, result) = std::sync::mpsc::sync_channel(1);
        self.analysis.spawn(async move {
            let _ = done.send(f());
        });
        result
            .recv()
            .unwrap_or_else(|_| Err(Panic("the analysis thread is gone".to_owned())))
    }

    /// Starts the task that analyses the document `uri` each time `changed`
    /// is notified and publishes its diagnostics. A notification that comes
    /// while the task works leaves one permit, so any number of edits during
    /// one analysis cost one more analysis, of the newest text. The task ends
    /// when the document is closed (or opened again, with a new task).
    fn spawn_analysis(&self, uri: Uri, changed: Arc<Notify>) {
        let backend = self.clone();
        self.analysis.spawn(async move {
            loop {
                changed.notified().await;
                let analysing = backend.analysing(&uri);
                let base = backend.base_of(&uri).ok().flatten();
                let ours = backend.session.with(&uri, |open| {
                    let ours = open
                        .task
                        .as_ref()
                        .is_some_and(|task| Arc::ptr_eq(task, &changed));
                    // A permit left by an edit a request has already
                    // analysed and published finds nothing to do.
                    if ours {
                        backend.update("didChange", &uri, open, &analysing, base.as_ref());
                    }
                    ours
                });
                if ours != Some(true) {
                    break;
                }
                backend.note_declaration(&uri).await;
            }
        });
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
        references_provider: Some(OneOf::Left(true)),
        document_highlight_provider: Some(OneOf::Left(true)),
        folding_range_provider: Some(FoldingRangeProviderCapability::Simple(true)),
        selection_range_provider: Some(SelectionRangeProviderCapability::Simple(true)),
        semantic_tokens_provider: Some(
            SemanticTokensOptions {
                legend: nav::legend(),
                range: Some(true),
                full: Some(SemanticTokensFullOptions::Bool(true)),
                ..Default::default()
            }
            .into(),
        ),
        inlay_hint_provider: Some(OneOf::Left(true)),
        hover_provider: Some(HoverProviderCapability::Simple(true)),
        completion_provider: Some(CompletionOptions {
            trigger_characters: Some(vec![" ".into(), "/".into(), "\t".into()]),
            ..Default::default()
        }),
        definition_provider: Some(OneOf::Left(true)),
        code_action_provider: Some(CodeActionProviderCapability::Options(CodeActionOptions {
            code_action_kinds: Some(vec![
                CodeActionKind::QUICKFIX,
                CodeActionKind::SOURCE,
                CodeActionKind::REFACTOR_REWRITE,
            ]),
            ..Default::default()
        })),
        rename_provider: Some(OneOf::Right(RenameOptions {
            prepare_provider: Some(true),
            work_done_progress_options: Default::default(),
        })),
        code_lens_provider: Some(tower_lsp_server::ls_types::CodeLensOptions {
            resolve_provider: Some(false),
        }),
        execute_command_provider: Some(tower_lsp_server::ls_types::ExecuteCommandOptions {
            commands: vec![
                diff::EXPORT_COMMAND.to_owned(),
                versions::ALIGNED_COMMAND.to_owned(),
            ],
            ..Default::default()
        }),
        ..Default::default()
    }
}

impl LanguageServer for Backend {
    async fn initialize(&self, params: InitializeParams) -> Result<InitializeResult> {
        let encoding = from_proto::negotiated_encoding(&params);
        self.session.set_encoding(encoding);
        self.session.set_client_locale(params.locale.as_deref());
        self.session
            .set_client(from_proto::client_features(&params));
        self.set_trace_value(params.trace);
        #[allow(deprecated)] // `root_uri` is what older clients send.
        let root = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|folder| &folder.uri)
            .or(params.root_uri.as_ref())
            .and_then(|uri| uri.to_file_path())
            .map(|path| path.into_owned());
        self.session.update_workspace(|w| w.root = root);
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
        self.reload_workspace().await;
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
        self.reload_workspace().await;
    }

    async fn did_open(&self, params: DidOpenTextDocumentParams) {
        let item = params.text_document;
        let (uri, version, text) = (item.uri, item.version, item.text);
        let analysing = self.analysing(&uri);
        let changed = Arc::new(Notify::new());
        // The text is parsed and analysed on the analysis thread, where
        // every later analysis of the document runs: the regular
        // expressions' caches are kept per thread, and a first analysis
        // here would give a large document a second set of them (and
        // glibc a second arena). No lock is held while it waits.
        let context = analysing.context.clone();
        // The text declares its own entry before it is checked, against the
        // catalog with it: analysed once, not once more in the background
        // after it has declared (see [`Backend::declare`]). The other
        // documents that cite what changed are checked again below.
        let (backend, declaring) = (self.clone(), uri.clone());
        let built = self.on_analysis_thread(move || {
            guarded(move || {
                let mut changed = Vec::new();
                let declare = |entry| {
                    changed = backend.session.declare(&declaring, entry);
                    backend.session.catalog()
                };
                let (open, log) = sync::open_declaring(
                    text,
                    version,
                    &context,
                    Some((declaring.as_str(), Box::new(declare))),
                );
                (open, log, changed)
            })
        });
        let mut declared = Vec::new();
        let opened = self.session.entry(uri.clone(), |slot| {
            let (mut open, log, keys) = built?;
            declared = keys;
            guarded(|| {
                // A document opened again: its old task wakes, finds a
                // task not its own, and ends.
                if let Some(old) = slot.as_ref().and_then(|o| o.task.as_ref()) {
                    old.notify_one();
                }
                for (typ, message) in log {
                    self.queue_log(typ, format!("didOpen of {}: {message}", uri.as_str()));
                }
                open.task = Some(Arc::clone(&changed));
                self.update("didOpen", &uri, &mut open, &analysing, None);
                *slot = Some(open);
            })
        });
        match opened {
            Ok(()) => self.spawn_analysis(uri.clone(), Arc::clone(&changed)),
            Err(panic) => self.queue(Publish {
                method: "didOpen",
                uri: uri.clone(),
                version: Some(version),
                outcome: Err(panic),
                received: None,
                analysis: Duration::ZERO,
                queued: Instant::now(),
            }),
        }
        // A draft with a base is analysed again with its update hints (the
        // base is read from the open document's first lines).
        if matches!(self.base_of(&uri), Ok(Some(_))) {
            self.session.with(&uri, |open| open.published = None);
            changed.notify_one();
        }
        if !declared.is_empty() {
            self.recheck_citing(false, Some(&declared)).await;
        }
        self.note_declaration(&uri).await;
    }

    async fn did_change(&self, params: DidChangeTextDocumentParams) {
        let (uri, version) = (params.text_document.uri, params.text_document.version);
        let changes: Vec<Change> = params
            .content_changes
            .into_iter()
            .map(from_proto::change)
            .collect();
        // A keystroke (one change within a line, of a few characters) that
        // is the latest edit read is analysed and published here, where it
        // is applied: the analysis thread is not woken, one wake-up less
        // before its squiggles (the analysis of such an edit is a few
        // lines'). Otherwise the text follows every edit at once and the
        // analysis task is woken: if edits come faster than it analyses,
        // it sees only the newest.
        let here = (self.arrivals.change_started() && is_keystroke(&changes))
            .then(|| (self.analysing(&uri), self.base_of(&uri).ok().flatten()));
        // (The analysis's context holds the one the edit is applied with.)
        let sync_context;
        let context = match &here {
            Some((analysing, _)) => &analysing.context,
            None => {
                sync_context = self.sync_context(&uri);
                &sync_context
            }
        };
        let mut analysed = false;
        let outcome = self.session.with(&uri, |open| {
            open.received = Some(Instant::now());
            let log = sync::change(open, &changes, version, context);
            match &here {
                Some((analysing, base)) if log.is_empty() && open.task.is_some() => {
                    self.update("didChange", &uri, open, analysing, base.as_ref());
                    analysed = true;
                }
                _ => {
                    if let Some(task) = &open.task {
                        task.notify_one();
                    }
                }
            }
            log
        });
        if analysed {
            self.note_declaration(&uri).await;
        }
        match outcome {
            Some(log) => {
                for (typ, message) in log {
                    let message = format!(
                        "didChange of {} (version {version}): {message}",
                        uri.as_str()
                    );
                    self.log(typ, message).await;
                }
            }
            None => {
                let message = format!("didChange of {}, which is not open: ignored", uri.as_str());
                self.log(MessageType::WARNING, message).await;
            }
        }
    }

    async fn did_close(&self, params: DidCloseTextDocumentParams) {
        let uri = params.text_document.uri;
        let task = self.session.with(&uri, |open| open.task.clone()).flatten();
        self.session.close(&uri);
        // Its group is compared again, with its text on disk if it has one.
        self.versions_touch(&uri);
        // Woken, the task finds the document closed and ends.
        if let Some(task) = task {
            task.notify_one();
        }
        self.queue(Publish {
            method: "didClose",
            uri: uri.clone(),
            version: None,
            outcome: Ok(to_proto::DiagnosticsJson::default()),
            received: None,
            analysis: Duration::ZERO,
            queued: Instant::now(),
        });
        self.declare(&uri, None).await;
    }

    async fn document_symbol(
        &self,
        params: DocumentSymbolParams,
    ) -> Result<Option<DocumentSymbolResponse>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            let symbols =
                to_proto::document_symbols(document, &ide::outline_in(document, locale), encoding);
            Some(DocumentSymbolResponse::Nested(symbols))
        });
        self.answer("documentSymbol", &uri, outcome).await
    }

    async fn hover(&self, params: HoverParams) -> Result<Option<Hover>> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let markdown = self.session.client().hover_markdown;
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            ide::hover::hover_in(document, document.catalog(), pos, locale)
                .map(|hover| to_proto::hover(document, hover, encoding, markdown))
        });
        if let Some(Ok(None)) = outcome {
            // Nothing else to say: the paragraph of the base, for a draft.
            return Ok(self.diff_hover(&uri, at.position));
        }
        self.answer("hover", &uri, outcome).await
    }

    async fn completion(&self, params: CompletionParams) -> Result<Option<CompletionResponse>> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let client = self.session.client();
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            let list = ide::completions(document, document.catalog(), pos, locale);
            (!list.items.is_empty()).then(|| {
                let items = to_proto::completion_items(document, list.items, encoding, client);
                // A list cut short is marked incomplete: the editor asks
                // again as the drafter types on instead of filtering it
                // (`resolution 67/` lists the first entries; `67/26` must
                // still find 67/264).
                if list.incomplete {
                    CompletionResponse::List(tower_lsp_server::ls_types::CompletionList {
                        is_incomplete: true,
                        items,
                    })
                } else {
                    CompletionResponse::Array(items)
                }
            })
        });
        self.answer("completion", &uri, outcome).await
    }

    async fn code_action(&self, params: CodeActionParams) -> Result<Option<CodeActionResponse>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let levels = self.session.rule_levels();
        let locale = self.session.locale();
        let base = self.base_of(&uri).ok().flatten();
        let outcome = self.on_document(&uri, |document| {
            let start = from_proto::pos(document, params.range.start, encoding);
            let end = from_proto::pos(document, params.range.end, encoding);
            let mut actions = Vec::new();
            let all = diff::with_update_hints(document.diagnostics(), document, base.as_ref());
            for diagnostic in &levels.apply(&all) {
                let range = diagnostic.range();
                if range.end < start || range.start > end {
                    continue;
                }
                for (index, fix) in diagnostic.fixes().iter().enumerate() {
                    actions.push(CodeActionOrCommand::CodeAction(to_proto::quick_fix(
                        document,
                        &uri,
                        diagnostic,
                        fix,
                        index == 0,
                        encoding,
                        locale,
                    )));
                }
            }
            let diagnostics = levels.apply(&all);
            let range = resolute_core::Range {
                start: start.min(end),
                end: end.max(start),
            };
            for action in ide::actions::actions(document, document.catalog(), range) {
                actions.push(CodeActionOrCommand::CodeAction(to_proto::code_action(
                    document,
                    &uri,
                    &action,
                    &diagnostics,
                    range,
                    encoding,
                    locale,
                )));
            }
            let only = params.context.only.as_deref();
            actions.retain(|action| match (only, action) {
                (Some(kinds), CodeActionOrCommand::CodeAction(action)) => {
                    let kind = action.kind.as_ref().map_or("", |k| k.as_str());
                    kinds.iter().any(|k| {
                        kind == k.as_str() || kind.starts_with(&format!("{}.", k.as_str()))
                    })
                }
                _ => true,
            });
            // A client that asks for every kind at once (Neovim's menu) is
            // not offered the same edit twice: a source action that a quick
            // fix here already offers, under the same title, is left out.
            if only.is_none() {
                let quick_fixes: Vec<(String, Option<WorkspaceEdit>)> = actions
                    .iter()
                    .filter_map(|action| match action {
                        CodeActionOrCommand::CodeAction(a)
                            if a.kind == Some(CodeActionKind::QUICKFIX) =>
                        {
                            Some((a.title.clone(), a.edit.clone()))
                        }
                        _ => None,
                    })
                    .collect();
                actions.retain(|action| match action {
                    CodeActionOrCommand::CodeAction(a)
                        if a.kind != Some(CodeActionKind::QUICKFIX) =>
                    {
                        !quick_fixes
                            .iter()
                            .any(|(title, edit)| *title == a.title && *edit == a.edit)
                    }
                    _ => true,
                });
            }
            (!actions.is_empty()).then_some(actions)
        });
        self.answer("codeAction", &uri, outcome).await
    }

    async fn prepare_rename(
        &self,
        params: TextDocumentPositionParams,
    ) -> Result<Option<PrepareRenameResponse>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, params.position, encoding);
            ide::rename::prepare_rename(document, pos).map(|(range, placeholder)| {
                PrepareRenameResponse::RangeWithPlaceholder {
                    range: to_proto::range(document, range, encoding),
                    placeholder,
                }
            })
        });
        self.answer("prepareRename", &uri, outcome).await
    }

    async fn rename(&self, params: RenameParams) -> Result<Option<WorkspaceEdit>> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            ide::rename::rename(document, pos, &params.new_name)
                .map_err(|message| message.render(locale))
                .map(|edits| to_proto::workspace_edit(document, &uri, &edits, encoding))
        });
        match outcome {
            Some(Ok(Err(message))) => Err(Error::invalid_params(message)),
            Some(Ok(Ok(edit))) => Ok(Some(edit)),
            Some(Err(panic)) => {
                self.answer::<WorkspaceEdit>("rename", &uri, Some(Err(panic)))
                    .await
            }
            None => Ok(None),
        }
    }

    async fn goto_definition(
        &self,
        params: GotoDefinitionParams,
    ) -> Result<Option<GotoDefinitionResponse>> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        // In the text itself first: a footnote marker, an internal reference.
        let local = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            let ranges = ide::local_definition(document, pos);
            (!ranges.is_empty()).then(|| {
                GotoDefinitionResponse::Array(nav::locations(document, &uri, &ranges, encoding))
            })
        });
        if let Some(Ok(Some(GotoDefinitionResponse::Array(mut locations)))) = local {
            // On a paragraph's label (which leads to itself): the same
            // paragraph in the text's other language versions too.
            locations.extend(self.versions_definition(&uri, at.position));
            return Ok(Some(GotoDefinitionResponse::Array(locations)));
        }
        if matches!(local, Some(Ok(Some(_)) | Err(_))) {
            return self.answer("definition", &uri, local).await;
        }
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            ide::definition(document, document.catalog(), pos)
        });
        let target = match outcome {
            Some(Ok(Some(target))) => target,
            other => {
                let other = other.map(|o| o.map(|_| None::<GotoDefinitionResponse>));
                return self.answer("definition", &uri, other).await;
            }
        };
        // A user catalog's `file` column is a path relative to the catalog.
        let target_uri = match &target.base {
            None => target.file.parse::<Uri>().ok(),
            Some(base) => {
                let base = std::path::Path::new(&**base);
                let path = base.parent().unwrap_or(base).join(&*target.file);
                Uri::from_file_path(path)
            }
        };
        Ok(target_uri.map(|uri| {
            let at = Position {
                line: target.line,
                character: 0,
            };
            GotoDefinitionResponse::Scalar(Location {
                uri,
                range: LspRange { start: at, end: at },
            })
        }))
    }

    async fn references(&self, params: ReferenceParams) -> Result<Option<Vec<Location>>> {
        let at = params.text_document_position;
        let uri = at.text_document.uri;
        let include_declaration = params.context.include_declaration;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            let ranges = ide::references(document, pos, include_declaration);
            (!ranges.is_empty()).then(|| nav::locations(document, &uri, &ranges, encoding))
        });
        self.answer("references", &uri, outcome).await
    }

    async fn document_highlight(
        &self,
        params: DocumentHighlightParams,
    ) -> Result<Option<Vec<DocumentHighlight>>> {
        let at = params.text_document_position_params;
        let uri = at.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            let pos = from_proto::pos(document, at.position, encoding);
            let highlights = ide::highlights(document, pos);
            (!highlights.is_empty()).then(|| nav::highlights(document, &highlights, encoding))
        });
        self.answer("documentHighlight", &uri, outcome).await
    }

    async fn folding_range(&self, params: FoldingRangeParams) -> Result<Option<Vec<FoldingRange>>> {
        let uri = params.text_document.uri;
        let outcome = self.session.with(&uri, |open| {
            guarded(|| Some(nav::folding_ranges(&ide::folding_ranges(&open.document))))
        });
        self.answer("foldingRange", &uri, outcome).await
    }

    async fn selection_range(
        &self,
        params: SelectionRangeParams,
    ) -> Result<Option<Vec<SelectionRange>>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            let ranges = params
                .positions
                .iter()
                .map(|position| {
                    let pos = from_proto::pos(document, *position, encoding);
                    let chain = ide::selection_ranges(document, pos);
                    nav::selection_range(document, &chain, encoding)
                })
                .collect();
            Some(ranges)
        });
        self.answer("selectionRange", &uri, outcome).await
    }

    async fn semantic_tokens_full(
        &self,
        params: SemanticTokensParams,
    ) -> Result<Option<SemanticTokensResult>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            let tokens = ide::semantic_tokens(document, None);
            Some(nav::semantic_tokens(document, &tokens, encoding).into())
        });
        self.answer("semanticTokens/full", &uri, outcome).await
    }

    async fn semantic_tokens_range(
        &self,
        params: SemanticTokensRangeParams,
    ) -> Result<Option<SemanticTokensRangeResult>> {
        let uri = params.text_document.uri;
        let encoding = self.session.encoding();
        let outcome = self.on_document(&uri, |document| {
            // Only the requested stretch is read, even inside a long line.
            let start = from_proto::pos(document, params.range.start, encoding);
            let end = from_proto::pos(document, params.range.end, encoding);
            let range = resolute_core::Range {
                start: start.min(end),
                end: end.max(start),
            };
            let tokens = ide::semantic_tokens_in(document, range);
            Some(nav::semantic_tokens(document, &tokens, encoding).into())
        });
        self.answer("semanticTokens/range", &uri, outcome).await
    }

    async fn code_lens(
        &self,
        params: tower_lsp_server::ls_types::CodeLensParams,
    ) -> Result<Option<Vec<tower_lsp_server::ls_types::CodeLens>>> {
        self.diff_code_lens(params).await
    }

    async fn execute_command(
        &self,
        params: tower_lsp_server::ls_types::ExecuteCommandParams,
    ) -> Result<Option<serde_json::Value>> {
        if params.command == versions::ALIGNED_COMMAND {
            return self.versions_execute_command(params).await;
        }
        self.diff_execute_command(params).await
    }

    async fn inlay_hint(&self, params: InlayHintParams) -> Result<Option<Vec<InlayHint>>> {
        let uri = params.text_document.uri;
        // Off unless the user turns them on (`resolute.inlayHints`).
        if !self.session.settings().inlay_hints {
            return Ok(None);
        }
        let encoding = self.session.encoding();
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            // Only the hints inside the range, found from the range alone.
            let start = from_proto::pos(document, params.range.start, encoding);
            let end = from_proto::pos(document, params.range.end, encoding);
            let range = resolute_core::Range {
                start: start.min(end),
                end: end.max(start),
            };
            let hints = ide::inlay_hints_in(document, document.catalog(), range);
            Some(nav::inlay_hints(document, hints, encoding, locale))
        });
        self.answer("inlayHint", &uri, outcome).await
    }
}

/// What [`Backend::update`] needs from the session.
struct Analysing {
    context: sync::Context,
    levels: RuleLevels,
    encoding: Encoding,
    locale: resolute_core::Locale,
}

/// The most bytes a change analysed where it is applied writes
/// ([`Backend::did_change`]): a keystroke's, a word completed.
const KEYSTROKE_BYTES: usize = 64;

/// Whether `changes` are one keystroke: one change within a line that
/// writes a few characters and no line end.
fn is_keystroke(changes: &[Change]) -> bool {
    match changes {
        [Change {
            range: Some((start, end)),
            text,
        }] => {
            start.line == end.line && text.len() <= KEYSTROKE_BYTES && !text.contains(['\n', '\r'])
        }
        _ => false,
    }
}

/// What the publisher task sends the client, in the order it was queued.
#[derive(Debug)]
enum Outgoing {
    Publish(Publish),
    /// A message for the client's log (what an analysis had to say).
    Log(MessageType, String),
}

/// Diagnostics to publish, or the panic that stopped their computation.
#[derive(Debug)]
struct Publish {
    /// What computed them, for the log.
    method: &'static str,
    uri: Uri,
    version: Option<i32>,
    /// Serialized as they are published (see [`to_proto::ColumnCache`]).
    outcome: Guarded<to_proto::DiagnosticsJson>,
    /// When the edit they answer arrived, how long their analysis took and
    /// when they were queued: the trace says where the time went.
    received: Option<Instant>,
    analysis: Duration,
    queued: Instant,
}

/// Sends what is queued, in order: the only way diagnostics leave the
/// server, so a document's versions reach the client in the order they were
/// analysed. It writes to the output directly ([`Notifier`]), so that
/// diagnostics never wait for a request being computed. With a trace on (`$/setTrace`), each publish is followed by a
/// `$/logTrace` saying when it went out and where the time went since the
/// edit arrived (the VS Code end-to-end test reads it).
///
/// What was queued while the last message was written goes out together,
/// each document's diagnostics only as its latest publish says
/// ([`latest_publishes`]): where the client reads more slowly than the
/// server analyses (a burst of edits, a client parsing each publish of a
/// large document), it gets the newest findings next instead of every
/// version in between.
async fn publisher(
    client: Notifier,
    mut queue: mpsc::UnboundedReceiver<Outgoing>,
    trace: Arc<AtomicBool>,
) {
    let mut batch = Vec::new();
    while let Some(first) = queue.recv().await {
        batch.push(first);
        while let Ok(more) = queue.try_recv() {
            batch.push(more);
        }
        let queued = batch.len();
        let kept = latest_publishes(std::mem::take(&mut batch));
        for _ in kept.len()..queued {
            client.dropped();
        }
        for outgoing in kept {
            send(&client, outgoing, &trace).await;
            client.done().await;
        }
    }
}

/// `batch` without the publishes of a document that a later one of the
/// same document in it replaces (a publish replaces the client's findings
/// of the document), in the same order. A publish whose analysis panicked
/// stays: what it logs is not replaced.
fn latest_publishes(batch: Vec<Outgoing>) -> Vec<Outgoing> {
    let mut later = std::collections::HashSet::new();
    let mut kept: Vec<Outgoing> = batch
        .into_iter()
        .rev()
        .filter(|outgoing| match outgoing {
            Outgoing::Publish(publish) if publish.outcome.is_ok() => {
                later.insert(publish.uri.clone())
            }
            _ => true,
        })
        .collect();
    kept.reverse();
    kept
}

/// Writes one queued message.
async fn send(client: &Notifier, outgoing: Outgoing, trace: &AtomicBool) {
    let publish = match outgoing {
        Outgoing::Log(typ, message) => {
            client
                .notify::<LogMessage>(LogMessageParams { typ, message })
                .await;
            return;
        }
        Outgoing::Publish(publish) => publish,
    };
    let diagnostics = match &publish.outcome {
        Ok(diagnostics) => diagnostics,
        Err(panic) => {
            let message = format!(
                "{} of {}: {panic}; the document is kept as it was",
                publish.method,
                publish.uri.as_str()
            );
            client
                .notify::<LogMessage>(LogMessageParams {
                    typ: MessageType::ERROR,
                    message,
                })
                .await;
            return;
        }
    };
    for framed in publish_frames(&publish, diagnostics, trace) {
        client.send(framed).await;
    }
}

/// The frames of `publish` with its `diagnostics`: the publish, then with a
/// trace on the trace's message (`$/logTrace`) saying when it went out (now)
/// and where the time went since the edit arrived.
fn publish_frames(
    publish: &Publish,
    diagnostics: &to_proto::DiagnosticsJson,
    trace: &AtomicBool,
) -> Vec<Framed> {
    let Publish {
        method,
        uri,
        version,
        received,
        analysis,
        queued,
        ..
    } = publish;
    let mut frames = vec![Framed::shared(
        PublishDiagnostics::METHOD,
        |params| diagnostics.write_start(params, uri),
        diagnostics.shared(),
        |params| diagnostics.write_end(params, *version),
    )];
    if trace.load(Ordering::Relaxed) {
        let count = diagnostics.len();
        let sent = Instant::now();
        let ms = |d: Duration| d.as_secs_f64() * 1e3;
        let since = received.map_or(String::new(), |r| {
            format!(
                "{:.1} ms after the edit arrived (analysis {:.1} ms, queued {:.1} ms), ",
                ms(sent.saturating_duration_since(r)),
                ms(*analysis),
                ms(sent.saturating_duration_since(*queued)),
            )
        });
        let unix_ms = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_millis());
        let version = version.map_or("none".to_owned(), |v| v.to_string());
        let message = format!(
                "published {count} diagnostics of {} version {version} ({method}) {since}at {unix_ms} ms since 1970",
                uri.as_str(),
            );
        frames.extend(Framed::notify::<LogTrace>(&LogTraceParams {
            message,
            verbose: None,
        }));
    }
    frames
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
    fn a_keystroke_is_one_change_within_a_line_of_a_few_characters() {
        let at = |line, character| resolute_core::LineCol { line, character };
        let change = |range, text: &str| Change {
            range,
            text: text.to_owned(),
        };
        let typed = change(Some((at(3, 7), at(3, 7))), "x");
        assert!(is_keystroke(std::slice::from_ref(&typed)));
        assert!(is_keystroke(&[change(Some((at(3, 2), at(3, 9))), "")]));
        assert!(is_keystroke(&[change(
            Some((at(3, 2), at(3, 2))),
            "مرحبا 你好 😀"
        )]));
        // Two changes, a line end, a change across lines, the whole text,
        // more than a few characters: the analysis thread's.
        assert!(!is_keystroke(&[typed.clone(), typed]));
        assert!(!is_keystroke(&[change(Some((at(3, 7), at(3, 7))), "\n")]));
        assert!(!is_keystroke(&[change(Some((at(3, 7), at(4, 0))), "")]));
        assert!(!is_keystroke(&[change(None, "x")]));
        assert!(!is_keystroke(&[change(
            Some((at(3, 7), at(3, 7))),
            &"x".repeat(KEYSTROKE_BYTES + 1)
        )]));
    }

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

    /// Of what was queued while the last message was written, each
    /// document's latest publish goes out, the logs and the publishes whose
    /// analysis panicked all go, in their order.
    #[test]
    fn only_the_latest_publish_of_a_document_in_a_batch_goes_out() {
        let publish = |uri: &str, version: i32, ok: bool| {
            Outgoing::Publish(Publish {
                method: "didChange",
                uri: uri.parse().unwrap(),
                version: Some(version),
                outcome: if ok {
                    Ok(to_proto::DiagnosticsJson::default())
                } else {
                    Err(Panic("broke".into()))
                },
                received: None,
                analysis: Duration::ZERO,
                queued: Instant::now(),
            })
        };
        let log = |text: &str| Outgoing::Log(MessageType::INFO, text.into());
        let batch = vec![
            publish("file:///a.txt", 2, true),
            log("first"),
            publish("file:///b.txt", 7, true),
            publish("file:///a.txt", 3, false),
            publish("file:///a.txt", 4, true),
            log("second"),
            publish("file:///a.txt", 5, true),
        ];
        let sent: Vec<String> = latest_publishes(batch)
            .into_iter()
            .map(|outgoing| match outgoing {
                Outgoing::Publish(p) => format!(
                    "{} {} {}",
                    p.uri.as_str(),
                    p.version.unwrap(),
                    if p.outcome.is_ok() { "ok" } else { "panic" }
                ),
                Outgoing::Log(_, text) => text,
            })
            .collect();
        assert_eq!(
            sent,
            [
                "first",
                "file:///b.txt 7 ok",
                "file:///a.txt 3 panic",
                "second",
                "file:///a.txt 5 ok"
            ]
        );
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

    #[test]
    fn capabilities_advertise_navigation() {
        let value = serde_json::to_value(capabilities(Encoding::Utf16)).unwrap();
        assert_eq!(value["definitionProvider"], true);
        assert_eq!(value["referencesProvider"], true);
        assert_eq!(value["documentHighlightProvider"], true);
        assert_eq!(value["foldingRangeProvider"], true);
        assert_eq!(value["selectionRangeProvider"], true);
        assert_eq!(value["inlayHintProvider"], true);
        let tokens = &value["semanticTokensProvider"];
        assert_eq!(tokens["full"], true);
        assert_eq!(tokens["range"], true);
        assert_eq!(tokens["legend"]["tokenTypes"][1], "function");
        assert_eq!(tokens["legend"]["tokenModifiers"][1], "abstract");
    }
}
