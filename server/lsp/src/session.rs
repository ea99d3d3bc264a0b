//! The state the server keeps between messages: the position encoding agreed
//! at `initialize` and the documents the editor has open, with their versions.
//!
//! Handlers run concurrently, so the state sits behind locks. The locks are
//! `std::sync` ones and every method here is synchronous: a caller cannot hold
//! a lock across an `.await`, because it never sees a guard at all.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError, RwLock};
use std::time::Instant;

use resolute_core::catalog::{Entry, Key, Layer};
use resolute_core::config::{Config, RuleLevels};
use resolute_core::{Catalog, Document, Encoding, Rope};

use crate::from_proto::ClientFeatures;
use crate::settings::Settings;
use crate::sync::Analysis;
use crate::to_proto::{ColumnCache, DiagnosticsJson};
use tokio::sync::Notify;
use tower_lsp_server::ls_types::Uri;

/// A document the editor has open, as of the version it last sent.
///
/// `text` is the client's text, kept by [`crate::sync`] whatever happens to
/// the analysis. `document` is the analysis of that same text when
/// `analysis` is [`Analysis::Current`]; otherwise (a document over the size
/// limit, or one whose analysis failed) it is an empty document, so that
/// requests find nothing in it rather than something stale.
#[derive(Debug, Clone)]
pub struct OpenDocument {
    /// The text of `version`; its analysis may lag behind (see
    /// [`Document::analyse`]) until the document's analysis task runs.
    pub document: Document,
    pub version: i32,
    /// The client's text, kept by [`crate::sync`] whatever happens to the
    /// analysis.
    pub text: Rope,
    /// Whether `document` analyses `text` ([`Analysis::Current`]), or is an
    /// empty stand-in (a document over the size limit, a failed analysis).
    pub state: Analysis,
    /// Wakes the task that analyses this document and publishes its
    /// diagnostics (`None`: no task, as in tests of the session alone).
    pub task: Option<Arc<Notify>>,
    /// What the last publish wrote of each finding, reused by the next.
    pub columns: ColumnCache,
    /// The version whose diagnostics were last queued for the client.
    pub published: Option<i32>,
    /// What was queued then (the diagnostics' JSON shares its bytes with
    /// `columns`): a version analysed again to the same diagnostics, as
    /// when the catalog changed in a way that cannot alter them, is not sent
    /// twice.
    pub sent: DiagnosticsJson,
    /// When the last change arrived, for the trace the client may ask for
    /// (`$/setTrace`): how long after it the diagnostics went out.
    pub received: Option<Instant>,
    /// What the last comparison with its other language versions found
    /// (see [`crate::server::versions`]).
    pub versions: crate::server::versions::Findings,
}

impl OpenDocument {
    /// A document whose analysis is `document` itself, with no task.
    pub fn analysed(document: Document, version: i32) -> OpenDocument {
        OpenDocument {
            text: document.rope().clone(),
            document,
            version,
            state: Analysis::Current,
            task: None,
            columns: ColumnCache::default(),
            published: None,
            sent: DiagnosticsJson::default(),
            received: None,
            versions: Default::default(),
        }
    }
}

/// The server's state.
#[derive(Debug, Default)]
pub struct Session {
    encoding: RwLock<Encoding>,
    /// The locale the client gave at `initialize`.
    client_locale: RwLock<Option<resolute_core::Locale>>,
    client: RwLock<ClientFeatures>,
    settings: RwLock<Settings>,
    catalog: RwLock<Catalog>,
    workspace: Mutex<Workspace>,
    documents: Mutex<HashMap<Uri, OpenDocument>>,
    /// The base resolutions drafts are compared with.
    pub bases: crate::base::Cache,
}

/// What the server knows of the workspace: its root, `resolute.toml`, the
/// user's catalogs and the entries open documents declare.
#[derive(Debug, Default)]
pub struct Workspace {
    pub root: Option<PathBuf>,
    pub config: Config,
    pub user_layers: Vec<Arc<Layer>>,
    pub declared: HashMap<Uri, Entry>,
}

impl Session {
    pub fn new() -> Session {
        Session {
            catalog: RwLock::new(Catalog::builtin()),
            ..Session::default()
        }
    }

    /// The settings in force.
    pub fn settings(&self) -> Settings {
        self.settings
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    pub fn set_settings(&self, settings: Settings) {
        *self
            .settings
            .write()
            .unwrap_or_else(PoisonError::into_inner) = settings;
    }

    /// The catalog documents are checked against (a cheap clone).
    pub fn catalog(&self) -> Catalog {
        self.catalog
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .clone()
    }

    /// Runs `f` on the workspace state, then rebuilds the catalog from it.
    pub fn update_workspace<R>(&self, f: impl FnOnce(&mut Workspace) -> R) -> R {
        let mut workspace = self
            .workspace
            .lock()
            .unwrap_or_else(PoisonError::into_inner);
        let result = f(&mut workspace);
        let mut layers = Vec::new();
        if !workspace.declared.is_empty() {
            // When several documents declare one key (the language versions
            // of a text), the last of them in the order of their addresses
            // wins: the same one whatever the order they were opened in.
            let mut declared: Vec<(&Uri, &Entry)> = workspace.declared.iter().collect();
            declared.sort_by(|a, b| (&a.1.symbol, a.0.as_str()).cmp(&(&b.1.symbol, b.0.as_str())));
            let entries: Vec<Entry> = declared.into_iter().map(|(_, e)| e.clone()).collect();
            layers.push(Arc::new(Layer::new("open documents", entries, Vec::new())));
        }
        layers.extend(workspace.user_layers.iter().cloned());
        *self.catalog.write().unwrap_or_else(PoisonError::into_inner) =
            Catalog::with_builtin(layers);
        result
    }

    /// Reads the workspace state.
    pub fn workspace<R>(&self, f: impl FnOnce(&Workspace) -> R) -> R {
        f(&self
            .workspace
            .lock()
            .unwrap_or_else(PoisonError::into_inner))
    }

    /// Records the entry `uri` declares (or none); returns the keys whose
    /// entry in the catalog changed (none when another open document
    /// declaring the same key still wins).
    pub fn declare(&self, uri: &Uri, entry: Option<Entry>) -> Vec<Key> {
        let old = self.workspace(|w| w.declared.get(uri).cloned());
        if old == entry {
            return Vec::new();
        }
        let mut keys: Vec<Key> = old.iter().chain(&entry).map(|e| e.key).collect();
        keys.dedup();
        let before: Vec<Option<Entry>> = {
            let catalog = self.catalog();
            keys.iter().map(|k| catalog.get(k).cloned()).collect()
        };
        self.update_workspace(|w| match entry {
            Some(entry) => {
                w.declared.insert(uri.clone(), entry);
            }
            None => {
                w.declared.remove(uri);
            }
        });
        let catalog = self.catalog();
        keys.into_iter()
            .zip(before)
            .filter(|(key, before)| catalog.get(key) != before.as_ref())
            .map(|(key, _)| key)
            .collect()
    }

    /// The rule levels in force: `resolute.toml`'s, overridden by the
    /// editor's settings.
    pub fn rule_levels(&self) -> RuleLevels {
        let settings = self.settings().rule_levels();
        self.workspace(|w| w.config.rules.merged(&settings))
    }

    /// Runs `f` on every open document, under the lock.
    pub fn for_each(&self, mut f: impl FnMut(&Uri, &mut OpenDocument)) {
        for (uri, open) in self.documents().iter_mut() {
            f(uri, open);
        }
    }

    /// The position encoding agreed with the client (UTF-16 until `initialize`).
    pub fn encoding(&self) -> Encoding {
        *self.encoding.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn set_encoding(&self, encoding: Encoding) {
        *self
            .encoding
            .write()
            .unwrap_or_else(PoisonError::into_inner) = encoding;
    }

    /// The language of messages: the `resolute.locale` setting, else
    /// `locale` in `resolute.toml`, else the client's, else English.
    pub fn locale(&self) -> resolute_core::Locale {
        let setting = self.settings().locale;
        setting
            .or_else(|| self.workspace(|w| w.config.locale))
            .or(*self
                .client_locale
                .read()
                .unwrap_or_else(PoisonError::into_inner))
            .unwrap_or_default()
    }

    /// The locale the client sent at `initialize` (`fr-CA`).
    pub fn set_client_locale(&self, tag: Option<&str>) {
        *self
            .client_locale
            .write()
            .unwrap_or_else(PoisonError::into_inner) = tag.map(resolute_core::Locale::from_tag);
    }

    /// What the client declared at `initialize` that it can show.
    pub fn client(&self) -> ClientFeatures {
        *self.client.read().unwrap_or_else(PoisonError::into_inner)
    }

    pub fn set_client(&self, client: ClientFeatures) {
        *self.client.write().unwrap_or_else(PoisonError::into_inner) = client;
    }

    /// Runs `f` on the entry of `uri`, which it may fill, replace or leave
    /// empty, under the lock. Opening a document goes through here.
    pub fn entry<R>(&self, uri: Uri, f: impl FnOnce(&mut Option<OpenDocument>) -> R) -> R {
        let mut documents = self.documents();
        let mut slot = documents.remove(&uri);
        let result = f(&mut slot);
        if let Some(open) = slot {
            documents.insert(uri, open);
        }
        result
    }

    /// Runs `f` on the open document `uri` under the lock, or returns `None`
    /// when the editor has not opened it.
    pub fn with<R>(&self, uri: &Uri, f: impl FnOnce(&mut OpenDocument) -> R) -> Option<R> {
        self.documents().get_mut(uri).map(f)
    }

    /// Forgets `uri`; returns whether it was open.
    pub fn close(&self, uri: &Uri) -> bool {
        self.documents().remove(uri).is_some()
    }

    /// How many documents are open.
    pub fn len(&self) -> usize {
        self.documents().len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The lock on the documents. A panic is always caught before it can
    /// unwind through a guard, but should one ever poison the lock, the map is
    /// still consistent (each entry is replaced whole), so it is used anyway.
    fn documents(&self) -> MutexGuard<'_, HashMap<Uri, OpenDocument>> {
        self.documents
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn uri(name: &str) -> Uri {
        format!("file:///tmp/{name}.txt").parse().unwrap()
    }

    /// The entry `name` declares: resolution 76/71 of the General Assembly.
    fn declared(name: &str) -> Entry {
        let text = "Resolution adopted by the General Assembly on 9 December 2021\n76/71.\tTitle\n\n\tThe General Assembly,\n\n\t1.\tDecides;\n";
        resolute_core::catalog::declared_entry(&Document::new(text), uri(name).as_str())
            .expect("the text declares its number")
    }

    #[test]
    fn one_key_declared_by_several_documents_has_one_winner_whatever_the_order() {
        let (a, b) = (declared("a"), declared("b"));
        let key = a.key;
        let winner = |session: &Session| session.catalog().get(&key).cloned();
        let session = Session::new();
        assert_eq!(session.declare(&uri("a"), Some(a.clone())), [key]);
        // The same declaration again changes nothing.
        assert!(session.declare(&uri("a"), Some(a.clone())).is_empty());
        // `b` comes after `a`: it wins, and says so.
        assert_eq!(session.declare(&uri("b"), Some(b.clone())), [key]);
        assert_eq!(winner(&session), Some(b.clone()));
        // Opened the other way round, `a` changes nothing.
        let other = Session::new();
        assert_eq!(other.declare(&uri("b"), Some(b.clone())), [key]);
        assert!(other.declare(&uri("a"), Some(a.clone())).is_empty());
        assert_eq!(winner(&other), Some(b.clone()));
        // `a` closed: `b` still wins; `b` closed: `a` does.
        assert!(other.declare(&uri("a"), None).is_empty());
        assert_eq!(session.declare(&uri("b"), None), [key]);
        assert_eq!(winner(&session), Some(a));
    }

    #[test]
    fn open_edit_and_close() {
        let session = Session::new();
        assert_eq!(session.encoding(), Encoding::Utf16);
        session.set_encoding(Encoding::Utf8);
        assert_eq!(session.encoding(), Encoding::Utf8);

        session.entry(uri("a"), |slot| {
            *slot = Some(OpenDocument::analysed(Document::new("1.\tA."), 1))
        });
        assert_eq!(session.len(), 1);
        let text = session.with(&uri("a"), |open| {
            open.version = 2;
            open.document.text()
        });
        assert_eq!(text.as_deref(), Some("1.\tA."));
        assert_eq!(session.with(&uri("a"), |open| open.version), Some(2));
        assert!(session.with(&uri("b"), |_| ()).is_none());

        // An entry left empty is not kept.
        session.entry(uri("b"), |_| ());
        assert_eq!(session.len(), 1);

        assert!(session.close(&uri("a")));
        assert!(!session.close(&uri("a")));
        assert!(session.is_empty());
    }
}
