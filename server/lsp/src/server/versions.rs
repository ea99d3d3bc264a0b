//! The language versions of one text (`resolute compare` in the editor).
//!
//! Open documents are versions of one text when their file names differ
//! only by a language code (`draft.en.resolution`, `draft.fr.resolution`;
//! `en.txt`, `fr.txt` in one folder) or their headings declare the same
//! symbol ([`resolute_core::compare::group`]). The versions of an open
//! document that are not open, beside it on disk under its name in another
//! language, belong to its group too (read once, and again only when their
//! file changes): a translator who opens only the French text is compared
//! with the English one.
//!
//! Each version is compared with the group's reference (English, else the
//! first of French, Spanish, Arabic, Chinese, Russian), and each difference
//! is a `version-mismatch` diagnostic on the version, with related
//! information at the reference's paragraph. Comparing runs on the analysis
//! thread, after the edits of any document have paused for [`DEBOUNCE`],
//! and only for the groups an edit, an opening or a closing touched; a
//! keystroke's own analysis does not wait for it. Its findings are kept with
//! the document ([`Findings`]) and published with its other diagnostics
//! (the same publish, the same rule levels): a finding stays on its line
//! while the line is unchanged (moving with it when lines are inserted
//! above), and goes when the line is edited, until the next comparison.
//!
//! Go to definition on a paragraph's label adds the same paragraph in the
//! other versions, and the command [`ALIGNED_COMMAND`] answers where the
//! paragraph under the cursor is in each other version.

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::{Duration, Instant};

use resolute_core::catalog::Key;
use resolute_core::compare::group::{self, Candidate, VersionName, Versions};
use resolute_core::config::RuleLevels;
use resolute_core::data::languages::Language;
use resolute_core::syntax::LineSyntax;
use resolute_core::{Document, Encoding, Locale, Message, Pos, Range};
use serde_json::{json, Value};
use tokio::sync::Notify;
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    self, DiagnosticRelatedInformation, ExecuteCommandParams, Location, MessageType, Position, Uri,
};

use super::{guarded, Backend};
use crate::session::OpenDocument;
use crate::sync::Analysis;
use crate::{from_proto, to_proto};

/// The command that answers where the paragraph at a position is in the
/// other versions: arguments `{"uri", "position", "language"?}`; the answer
/// is a list of `{"language", "name", "uri", "range"}`, the reference first,
/// then the other languages in the order en, fr, es, ar, zh, ru (only
/// `language`'s when given), empty when the document has no other version.
pub const ALIGNED_COMMAND: &str = "resolute.alignedVersions";

/// How long the edits must pause before the versions are compared again.
pub const DEBOUNCE: Duration = Duration::from_millis(200);

/// The comparing task's state, shared by the backend's clones.
#[derive(Debug, Default)]
pub struct State {
    /// The documents (by [`member_key`]) that changed, opened or closed
    /// since the last comparison.
    dirty: Mutex<Dirty>,
    /// Wakes the comparing task at the first touch after a comparison (not
    /// at every keystroke, which woke the analysis thread as each publish
    /// went out): it then reads when the last touch was.
    wake: Notify,
    started: AtomicBool,
}

/// What was touched since the last comparison, and when last.
#[derive(Debug, Default)]
struct Dirty {
    keys: HashSet<String>,
    last: Option<Instant>,
}

/// What the last comparison found on an open document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Findings {
    /// Its group then (by [`member_key`], the reference first); empty when
    /// it was in none.
    pub group: Vec<String>,
    pub findings: Vec<Finding>,
}

/// One difference from the reference.
#[derive(Debug, Clone)]
pub struct Finding {
    pub diagnostic: resolute_core::Diagnostic,
    /// Its line as it was compared: the finding stays with this line.
    pub syntax: Arc<LineSyntax>,
    /// The reference's place, its message rendered at publish time.
    pub related: Option<DiagnosticRelatedInformation>,
    /// That message: `the English version here`.
    pub here: Message,
}

impl PartialEq for Finding {
    fn eq(&self, other: &Finding) -> bool {
        self.diagnostic == other.diagnostic
            && Arc::ptr_eq(&self.syntax, &other.syntax)
            && self.related == other.related
            && self.here == other.here
    }
}

/// How a document is known in groups: its path, else its URI.
pub fn member_key(uri: &Uri) -> String {
    uri.to_file_path()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_else(|| uri.as_str().to_owned())
}

/// The version findings of `open`, as published with its diagnostics: each
/// on its line where that line is now (dropped where it was edited), with
/// the rule levels applied.
pub fn diagnostics(
    open: &OpenDocument,
    levels: &RuleLevels,
    encoding: Encoding,
    locale: Locale,
) -> Vec<ls_types::Diagnostic> {
    let findings = &open.versions.findings;
    if findings.is_empty() || open.state != Analysis::Current {
        return Vec::new();
    }
    let lines = open.document.lines();
    let mut moved: Option<HashMap<*const LineSyntax, u32>> = None;
    let mut out = Vec::new();
    for finding in findings {
        let was = finding.diagnostic.range().start.line;
        let now = if lines
            .get(was as usize)
            .is_some_and(|l| Arc::ptr_eq(l, &finding.syntax))
        {
            Some(was)
        } else {
            moved
                .get_or_insert_with(|| {
                    lines
                        .iter()
                        .enumerate()
                        .map(|(i, l)| (Arc::as_ptr(l), i as u32))
                        .collect()
                })
                .get(&Arc::as_ptr(&finding.syntax))
                .copied()
        };
        let Some(now) = now else { continue };
        let mut diagnostic = finding.diagnostic.clone();
        let mut range = diagnostic.range();
        range.start.line = now;
        range.end.line = now;
        diagnostic.set_range(range);
        for diagnostic in levels.apply(std::slice::from_ref(&diagnostic)) {
            let mut converted = to_proto::diagnostic(&open.document, &diagnostic, encoding, locale);
            converted.related_information = finding.related.clone().map(|mut r| {
                r.message = finding.here.render(locale);
                vec![r]
            });
            out.push(converted);
        }
    }
    out
}

/// A text that may be a version: open, or on disk beside an open one.
#[derive(Debug)]
struct Member {
    key: String,
    uri: Uri,
    language: Language,
    symbol: Option<Key>,
    open: bool,
    /// Its group as last compared (open documents).
    previous: Vec<String>,
}

/// The versions of one group, loaded and compared.
struct Loaded {
    uris: Vec<Uri>,
    documents: Vec<Arc<Document>>,
    versions: Versions,
}

impl Loaded {
    /// Where unit `unit` of version `from` is in each other version (or
    /// only in `language`'s): the paragraph it matches, else the one the
    /// nearest paragraph before it matches when `near`, else nothing.
    fn places(
        &self,
        from: usize,
        unit: usize,
        language: Option<Language>,
        near: bool,
    ) -> Vec<(usize, Range)> {
        let mut out = Vec::new();
        for to in 0..self.documents.len() {
            if to == from || language.is_some_and(|l| self.documents[to].language() != l) {
                continue;
            }
            let lowest = if near { 0 } else { unit };
            let found = (lowest..=unit).rev().find_map(|u| {
                let other = self.versions.counterpart(from, u, to)?;
                self.versions.place(&self.documents[to], to, other)
            });
            match found {
                Some(range) => out.push((to, range)),
                None if near => out.push((to, Range::default())),
                None => {}
            }
        }
        out
    }

    fn location(&self, to: usize, range: Range, encoding: Encoding) -> Location {
        Location {
            uri: self.uris[to].clone(),
            range: to_proto::range(&self.documents[to], range, encoding),
        }
    }
}

impl Backend {
    /// Notes that the document `uri` changed (or opened, or closed): the
    /// groups it is in are compared again once the edits pause.
    pub(crate) fn versions_touch(&self, uri: &Uri) {
        let first = {
            let mut dirty = self
                .versions
                .dirty
                .lock()
                .unwrap_or_else(PoisonError::into_inner);
            dirty.last = Some(Instant::now());
            // (The task waits for a touch while nothing is dirty; while
            // something is, it reads `last` before it compares.)
            let first = dirty.keys.is_empty();
            dirty.keys.insert(member_key(uri));
            first
        };
        if first {
            self.versions.wake.notify_one();
        }
        if !self.versions.started.swap(true, Ordering::SeqCst) {
            self.spawn_versions();
        }
    }

    /// Starts the task that compares the groups an edit touched, once the
    /// edits pause for [`DEBOUNCE`].
    fn spawn_versions(&self) {
        let backend = self.clone();
        self.analysis.spawn(async move {
            let state = Arc::clone(&backend.versions);
            loop {
                state.wake.notified().await;
                // Until the edits have paused for `DEBOUNCE` since the last,
                // then what they touched (a touch from then on wakes the
                // task again).
                let dirty = loop {
                    let due = {
                        let mut dirty = state.dirty.lock().unwrap_or_else(PoisonError::into_inner);
                        match dirty.last.map(|last| last + DEBOUNCE) {
                            Some(due) if Instant::now() < due => due,
                            _ => break std::mem::take(&mut dirty.keys),
                        }
                    };
                    tokio::time::sleep_until(due.into()).await;
                };
                if let Err(panic) = guarded(|| backend.compare_groups(&dirty)) {
                    backend.queue_log(
                        MessageType::ERROR,
                        format!("comparing the language versions: {panic}"),
                    );
                }
            }
        });
    }

    /// The open documents and the versions on disk beside them, and their
    /// groups.
    fn members(&self) -> (Vec<Member>, Vec<Vec<usize>>) {
        let declared: HashMap<Uri, Key> = self.session.workspace(|w| {
            w.declared
                .iter()
                .map(|(uri, entry)| (uri.clone(), entry.key))
                .collect()
        });
        let mut members = Vec::new();
        self.session.for_each(|uri, open| {
            // An empty stand-in (too large, failed) is no version.
            if open.state != Analysis::Current {
                return;
            }
            members.push(Member {
                key: member_key(uri),
                uri: uri.clone(),
                language: open.document.language(),
                symbol: declared.get(uri).copied(),
                open: true,
                previous: open.versions.group.clone(),
            });
        });
        // Sorted, so that groups and their order do not depend on the map's.
        members.sort_by(|a, b| a.key.cmp(&b.key));
        let mut known: HashSet<String> = members.iter().map(|m| m.key.clone()).collect();
        let mut on_disk = Vec::new();
        for member in &members {
            if !member.uri.as_str().starts_with("file:") {
                continue;
            }
            let Some(name) = VersionName::parse(&member.key) else {
                continue;
            };
            for language in Language::ALL {
                let path = name.with_language(language);
                if language == name.language || known.contains(&path) {
                    continue;
                }
                if !crate::base::is_file(Path::new(&path)) {
                    continue;
                }
                let Some(uri) = Uri::from_file_path(&path) else {
                    continue;
                };
                known.insert(path.clone());
                on_disk.push(Member {
                    key: path,
                    uri,
                    language,
                    symbol: None,
                    open: false,
                    previous: Vec::new(),
                });
            }
        }
        members.extend(on_disk);
        let candidates: Vec<Candidate<'_>> = members
            .iter()
            .map(|m| Candidate {
                path: Some(&m.key),
                language: m.language,
                symbol: m.symbol,
            })
            .collect();
        let groups = group::groups(&candidates);
        (members, groups)
    }

    /// Loads the versions of `group` (open ones as they are now, others
    /// from disk) and compares them; `None` when fewer than two can be read.
    fn load(&self, members: &[Member], group: &[usize]) -> Option<Loaded> {
        let catalog = self.session.catalog();
        let mut uris = Vec::new();
        let mut documents = Vec::new();
        for &i in group {
            let member = &members[i];
            let document = if member.open {
                let Some(Some(mut document)) = self.session.with(&member.uri, |open| {
                    (open.state == Analysis::Current).then(|| open.document.clone())
                }) else {
                    continue;
                };
                document.analyse();
                Arc::new(document)
            } else {
                let choice = self.language_of(&member.uri);
                match self
                    .session
                    .bases
                    .load_in(&PathBuf::from(&member.key), &catalog, choice)
                {
                    Ok(document) => document,
                    Err(_) => continue,
                }
            };
            uris.push(member.uri.clone());
            documents.push(document);
        }
        if documents.len() < 2 {
            return None;
        }
        let refs: Vec<&Document> = documents.iter().map(|d| &**d).collect();
        let versions = Versions::compare(&refs);
        Some(Loaded {
            uris,
            documents,
            versions,
        })
    }

    /// The group of the open document `uri`, loaded, and its place in it.
    fn group_of(&self, uri: &Uri) -> Option<(Loaded, usize)> {
        let key = member_key(uri);
        let (members, groups) = self.members();
        let group = groups
            .iter()
            .find(|g| g.iter().any(|&i| members[i].key == key))?;
        let loaded = self.load(&members, group)?;
        let k = loaded.uris.iter().position(|u| member_key(u) == key)?;
        Some((loaded, k))
    }

    /// Compares the groups that `dirty` or a change of membership touched,
    /// and republishes the open documents whose findings changed.
    fn compare_groups(&self, dirty: &HashSet<String>) {
        let encoding = self.session.encoding();
        let (members, groups) = self.members();
        let mut grouped = vec![false; members.len()];
        for group in &groups {
            let keys: Vec<String> = group.iter().map(|&i| members[i].key.clone()).collect();
            for &i in group {
                grouped[i] = true;
            }
            let touched = group.iter().any(|&i| {
                let member = &members[i];
                dirty.contains(&member.key) || (member.open && member.previous != keys)
            });
            if !touched {
                continue;
            }
            let Some(loaded) = self.load(&members, group) else {
                continue;
            };
            let reference = &loaded.documents[0];
            let here = resolute_core::compare::version_here(reference.language());
            for (k, uri) in loaded.uris.iter().enumerate() {
                let document = &loaded.documents[k];
                let findings = loaded
                    .versions
                    .differences(k)
                    .iter()
                    .filter_map(|d| {
                        let syntax = Arc::clone(document.lines().get(d.line as usize)?);
                        let related =
                            d.reference
                                .map(|(line, span)| DiagnosticRelatedInformation {
                                    location: loaded.location(
                                        0,
                                        Range::on_line(line, span.start, span.end),
                                        encoding,
                                    ),
                                    message: String::new(),
                                });
                        Some(Finding {
                            diagnostic: d.diagnostic(),
                            syntax,
                            related,
                            here: here.clone(),
                        })
                    })
                    .collect();
                self.store(
                    uri,
                    Findings {
                        group: keys.clone(),
                        findings,
                    },
                );
            }
        }
        // Open documents that left their group lose its findings.
        for (member, grouped) in members.iter().zip(grouped) {
            if member.open && !grouped && !member.previous.is_empty() {
                self.store(&member.uri, Findings::default());
            }
        }
    }

    /// Keeps `findings` with the open document `uri` and, when they changed
    /// and its current version is published, publishes it again (a version
    /// not yet published is published with them by its analysis).
    fn store(&self, uri: &Uri, findings: Findings) {
        let analysing = self.analysing(uri);
        let base = self.base_of(uri).ok().flatten();
        self.session.with(uri, |open| {
            if open.versions == findings {
                return;
            }
            open.versions = findings;
            if open.published == Some(open.version) {
                self.publish("versions", uri, open, &analysing, base.as_ref());
            }
        });
    }

    /// Go to definition on a paragraph's label: the same paragraph in the
    /// other versions.
    pub(crate) fn versions_definition(&self, uri: &Uri, position: Position) -> Vec<Location> {
        let encoding = self.session.encoding();
        let Some(Ok(Some(line))) = self.on_document(uri, |document| {
            group::label_line(document, from_proto::pos(document, position, encoding))
        }) else {
            return Vec::new();
        };
        guarded(|| {
            let Some((loaded, k)) = self.group_of(uri) else {
                return Vec::new();
            };
            let Some(unit) = loaded.versions.unit_on(k, line) else {
                return Vec::new();
            };
            loaded
                .places(k, unit, None, false)
                .into_iter()
                .map(|(to, range)| loaded.location(to, range, encoding))
                .collect()
        })
        .unwrap_or_default()
    }

    /// `workspace/executeCommand` [`ALIGNED_COMMAND`].
    pub(crate) async fn versions_execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<Value>> {
        let argument = params.arguments.first().cloned().unwrap_or(Value::Null);
        let uri: Uri = argument
            .as_str()
            .or_else(|| argument.get("uri").and_then(Value::as_str))
            .ok_or_else(|| Error::invalid_params("give the document's URI"))?
            .parse()
            .map_err(|_| Error::invalid_params("not a URI"))?;
        let position = argument
            .get("position")
            .or_else(|| params.arguments.get(1))
            .and_then(|p| serde_json::from_value::<Position>(p.clone()).ok())
            .unwrap_or_default();
        let language = match argument.get("language").and_then(Value::as_str) {
            Some(code) => Some(Language::from_code(code).ok_or_else(|| {
                Error::invalid_params(format!("{code}: not a language (en, fr, es, ar, zh, ru)"))
            })?),
            None => None,
        };
        let encoding = self.session.encoding();
        let Some(Ok(line)) = self.on_document(&uri, |document| {
            from_proto::pos(document, position, encoding).line
        }) else {
            return Err(Error::invalid_params("the document is not open"));
        };
        let outcome = guarded(|| {
            let Some((loaded, k)) = self.group_of(&uri) else {
                return Vec::new();
            };
            let Some(unit) = loaded.versions.unit_near(k, line) else {
                // A version without paragraphs: the top of each other one.
                return (0..loaded.documents.len())
                    .filter(|&to| to != k)
                    .filter(|&to| language.is_none_or(|l| loaded.documents[to].language() == l))
                    .map(|to| {
                        answer(
                            &loaded,
                            to,
                            Range::new(Pos::new(0, 0), Pos::new(0, 0)),
                            encoding,
                        )
                    })
                    .collect();
            };
            loaded
                .places(k, unit, language, true)
                .into_iter()
                .map(|(to, range)| answer(&loaded, to, range, encoding))
                .collect::<Vec<Value>>()
        });
        match outcome {
            Ok(list) => Ok(Some(Value::Array(list))),
            Err(panic) => {
                self.log(MessageType::ERROR, format!("{ALIGNED_COMMAND}: {panic}"))
                    .await;
                Err(Error::internal_error())
            }
        }
    }
}

/// One version's place in the command's answer.
fn answer(loaded: &Loaded, to: usize, range: Range, encoding: Encoding) -> Value {
    let language = loaded.documents[to].language();
    let location = loaded.location(to, range, encoding);
    json!({
        "language": language.code(),
        "name": language.name(),
        "uri": location.uri.as_str(),
        "range": location.range,
    })
}
