//! `resolute check`: reads each file, analyses it with the core and prints
//! the diagnostics, then works out the exit status.
//!
//! Diagnostics go to standard output; so does the human format's closing
//! summary line (`2 errors, 1 warning in 1 file`), so that redirecting
//! standard output captures the whole report. Paths that cannot be read are
//! reported on standard error, and the other files are still checked. In the
//! JSON format standard output carries exactly one JSON array and nothing
//! else, even when some paths could not be read.

use std::collections::{HashMap, HashSet, VecDeque};
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Condvar, Mutex};

use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use flate2::Compression;
use resolute_core::catalog::{declared_entry, Key, Layer};
use resolute_core::config::RuleLevels;
use resolute_core::data::languages::Language;
use resolute_core::{Catalog, Document};
use resolute_lsp::workspace;

use crate::render::{self, Style, Tally};
use crate::walk::{self, Entry, Unreadable};
use crate::{Format, EXIT_ERRORS, EXIT_OK, EXIT_TROUBLE};

/// Where citations are checked against, and how loud each rule is.
#[derive(Debug, Default)]
pub struct Options {
    /// Catalog files given with `--catalog`, before `resolute.toml`'s.
    pub catalogs: Vec<PathBuf>,
    /// `--exit-zero`: errors found do not make the exit status 1.
    pub exit_zero: bool,
    /// `--locale`: the language of the messages (else `resolute.toml`'s
    /// `locale`, else English).
    pub locale: Option<resolute_core::Locale>,
}

/// What checking one file gave.
struct Checked {
    path: PathBuf,
    /// The rendered diagnostics: the human format's text, or the JSON
    /// objects of the array, each indented as an element and separated by
    /// `,\n` (empty without diagnostics).
    rendered: Vec<u8>,
    tally: Tally,
    /// The catalog entry the file declares for itself (`81/5.<TAB>Title`),
    /// when the catalog it was checked against lacks it.
    declared: Option<resolute_core::catalog::Entry>,
    /// The keys the file cites that the catalog it was checked against
    /// lacks: the only citations a file checked with it can change.
    uncatalogued: Vec<Key>,
}

/// What `check_file` needs besides the path and the catalog, the same for
/// every file.
struct Settings {
    levels: RuleLevels,
    format: Format,
    style: Style,
    language: Option<Language>,
    locale: resolute_core::Locale,
}

/// Reads, analyses and renders one file against `catalog`; the document is
/// dropped before the next file is read, so memory follows the largest
/// files in flight, not the folder.
fn check_file(
    path: PathBuf,
    catalog: &Catalog,
    settings: &Settings,
) -> Result<Checked, Unreadable> {
    let text = read(&path)?;
    let language = Language::chosen(&path.to_string_lossy(), None, settings.language);
    let document = Document::with_language(&text, catalog.clone(), language);
    drop(text);
    let declared = declared_entry(&document, &path.to_string_lossy())
        .filter(|entry| catalog.get(&entry.key).is_none());
    let uncatalogued = uncatalogued(&document, catalog);
    let diagnostics = settings.levels.apply(document.diagnostics());
    let mut tally = Tally::default();
    tally.add(&diagnostics);
    let mut rendered = Vec::new();
    match settings.format {
        // Writing to a Vec cannot fail.
        Format::Human => {
            let _ = render::human(
                &mut rendered,
                &path,
                &document,
                &diagnostics,
                settings.style,
                settings.locale,
            );
        }
        Format::Json => {
            let mut json = Vec::new();
            render::json(&mut json, &path, &document, &diagnostics, settings.locale);
            for (i, diagnostic) in json.iter().enumerate() {
                if i > 0 {
                    rendered.extend_from_slice(b",\n");
                }
                json_element(&mut rendered, diagnostic);
            }
        }
    }
    Ok(Checked {
        path,
        rendered,
        tally,
        declared,
        uncatalogued,
    })
}

/// Appends `diagnostic` as `serde_json::to_writer_pretty` writes an element
/// of an array: its lines indented by two spaces. (JSON strings escape line
/// breaks, so every line break is the layout's.)
fn json_element(out: &mut Vec<u8>, diagnostic: &render::JsonDiagnostic) {
    let pretty = serde_json::to_string_pretty(diagnostic).unwrap_or_default();
    for (i, line) in pretty.split('\n').enumerate() {
        if i > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(b"  ");
        out.extend_from_slice(line.as_bytes());
    }
}

/// The keys `document` cites that `catalog` lacks, without repeats.
fn uncatalogued(document: &Document, catalog: &Catalog) -> Vec<Key> {
    let model = document.model();
    let mut keys = HashSet::new();
    for line in document.lines() {
        for citation in line.citations() {
            if let Some(key) = model.citation_key(citation) {
                if catalog.get(&key).is_none() {
                    keys.insert(key);
                }
            }
        }
    }
    keys.into_iter().collect()
}

/// One path of the walk, in the walk's order, once dealt with.
enum Done {
    /// A file read and checked.
    Checked(Box<Checked>),
    /// A path that could not be read (by the walk or when reading it).
    Unreadable(Unreadable),
    /// A symbolic link back to a folder being walked.
    Loop { path: PathBuf, ancestor: PathBuf },
}

impl Done {
    /// A file's findings as the first pass kept them.
    fn kept(path: PathBuf, rendered: Vec<u8>, tally: Tally) -> Done {
        Done::Checked(Box::new(Checked {
            path,
            rendered,
            tally,
            declared: None,
            uncatalogued: Vec::new(),
        }))
    }
}

/// How many paths may be in flight or waiting for their turn to be printed,
/// per thread: enough that a large file does not leave the other cores idle,
/// few enough that what is held follows the largest files, not the folder.
const WINDOW_PER_THREAD: usize = 8;

/// The most bytes the first pass holds back of findings, compressed (see
/// [`run`]), before it keeps only what is needed to check the files again:
/// some 30 MB of findings in the human format, 120 MB in JSON.
const HELD_BYTES: usize = 8 << 20;

/// What the first pass noted of a path it held back (see [`run`]). The
/// second pass walks the paths again and meets them in the same order, so a
/// note holds neither the path nor anything else that grows with the
/// folder: a fixed size a path, the findings kept apart (up to
/// [`HELD_BYTES`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Note {
    /// A hash of the path, which tells whether the second walk met the path
    /// the first one did (the folder may change in between).
    path: u64,
    what: Noted,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Noted {
    /// A symbolic link back to a folder being walked: the second walk
    /// meets it again.
    Loop,
    /// A path that could not be read, by the walk or when reading it; the
    /// reason is in [`Held::reasons`].
    Unread,
    /// A file checked: the symbols it cites that the catalog lacks
    /// (`Held::cited[cites.0..cites.1]`, as numbers of `Held::keys`), and the
    /// counts of its findings when they are kept (`Held::findings`, one
    /// file's after the other; their length is the first number).
    Checked {
        cites: (u32, u32),
        kept: Option<(u32, Counts)>,
    },
}

/// The findings the first pass held back, one file's after the other,
/// compressed: they are read back in the same order.
struct Findings {
    compressed: DeflateEncoder<Vec<u8>>,
    /// [`HELD_BYTES`], but in tests.
    limit: usize,
}

impl Default for Findings {
    fn default() -> Self {
        Findings {
            compressed: DeflateEncoder::new(Vec::new(), Compression::fast()),
            limit: HELD_BYTES,
        }
    }
}

impl Findings {
    /// Holds `rendered` back unless the limit is reached.
    fn keep(&mut self, rendered: &[u8]) -> bool {
        // Writing to a Vec cannot fail.
        self.compressed.get_ref().len() < self.limit && self.compressed.write_all(rendered).is_ok()
    }

    /// Reads the findings back, in order.
    fn reader(self) -> impl FnMut(usize) -> Vec<u8> {
        let compressed = self.compressed.finish().unwrap_or_default();
        let mut decoder = DeflateDecoder::new(io::Cursor::new(compressed));
        move |length| {
            let mut rendered = vec![0; length];
            // What was written can be read back.
            let _ = decoder.read_exact(&mut rendered);
            rendered
        }
    }
}

/// A kept file's tally, in little space.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Counts([u32; 4]);

impl Counts {
    fn of(tally: &Tally) -> Counts {
        let n = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Counts([
            n(tally.errors),
            n(tally.warnings),
            n(tally.information),
            n(tally.hints),
        ])
    }

    fn tally(self) -> Tally {
        let [errors, warnings, information, hints] = self.0.map(|n| n as usize);
        Tally {
            errors,
            warnings,
            information,
            hints,
            files: 1,
            unreadable: 0,
        }
    }
}

/// What the first pass holds back for the second.
#[derive(Default)]
struct Held {
    /// The place in the walk of the first path held back.
    from: usize,
    notes: Vec<Note>,
    findings: Findings,
    /// The reasons the files noted [`Noted::Unread`] could not be read, in
    /// order.
    reasons: VecDeque<String>,
    /// Each symbol cited that the catalog lacks, numbered.
    keys: HashMap<Key, u32>,
    cited: Vec<u32>,
}

impl Held {
    /// Notes `done`, the `index`th path of the walk.
    fn note(&mut self, index: usize, done: Done) {
        if self.notes.is_empty() {
            self.from = index;
        }
        let (path, what) = match done {
            Done::Checked(checked) => {
                let start = self.cited.len() as u32;
                for key in checked.uncatalogued {
                    let next = self.keys.len() as u32;
                    self.cited.push(*self.keys.entry(key).or_insert(next));
                }
                let cites = (start, self.cited.len() as u32);
                let kept = self
                    .findings
                    .keep(&checked.rendered)
                    .then(|| (checked.rendered.len() as u32, Counts::of(&checked.tally)));
                (checked.path, Noted::Checked { cites, kept })
            }
            Done::Unreadable(unreadable) => {
                self.reasons.push_back(unreadable.reason);
                (unreadable.path, Noted::Unread)
            }
            Done::Loop { path, .. } => (path, Noted::Loop),
        };
        self.notes.push(Note {
            path: hash_path(&path),
            what,
        });
    }
}
/// How many files of a language must have been handed out, more than half
/// of all so far, before any worker may analyse that language (see
/// [`Lanes`]).
const SPREAD_AFTER: usize = 8;

/// Which worker analyses which file. Each worker thread that ever uses a
/// language's patterns keeps its own caches of them (the regex crate's pool
/// keeps one set per thread, for good), so a language met on every thread
/// costs one set a thread. English, and a language most of the files handed
/// out so far are in (once there are [`SPREAD_AFTER`] of them), go to any
/// worker, so that every core is busy on a folder of one language; each
/// other language goes to one worker, the one that has the fewest such
/// languages when the language is first met, so its patterns get one set
/// of caches.
struct Lanes {
    workers: usize,
    /// Files handed out, by language ([`Language::ALL`]'s order), and in all.
    counts: [usize; 6],
    total: usize,
    /// Whether any worker may take the language's files (once it may, it
    /// stays so: its caches are then on every thread anyway).
    spread: [bool; 6],
    /// The worker a language's files go to, when it is not spread.
    owner: [Option<usize>; 6],
    /// How many languages each worker owns.
    owned: Vec<usize>,
}

impl Lanes {
    fn new(workers: usize) -> Lanes {
        let mut spread = [false; 6];
        spread[0] = true; // English
        Lanes {
            workers: workers.max(1),
            counts: [0; 6],
            total: 0,
            spread,
            owner: [None; 6],
            owned: vec![0; workers.max(1)],
        }
    }

    /// The worker a file in `language` must go to, if it must go to one.
    fn worker(&mut self, language: Language) -> Option<usize> {
        let l = Language::ALL
            .iter()
            .position(|&other| other == language)
            .unwrap_or(0);
        self.counts[l] += 1;
        self.total += 1;
        if !self.spread[l] && self.counts[l] >= SPREAD_AFTER && 2 * self.counts[l] > self.total {
            self.spread[l] = true;
        }
        if self.spread[l] || self.workers == 1 {
            return None;
        }
        Some(*self.owner[l].get_or_insert_with(|| {
            let (worker, _) = self
                .owned
                .iter()
                .enumerate()
                .min_by_key(|&(i, owned)| (*owned, i))
                .unwrap_or((0, &0));
            self.owned[worker] += 1;
            worker
        }))
    }
}

/// The items waiting for a worker, with their place in the order.
struct Queues<T> {
    /// Items any worker may take.
    shared: VecDeque<(usize, T)>,
    /// Items for one worker only.
    own: Vec<VecDeque<(usize, T)>>,
    /// No more items: the workers stop.
    closed: bool,
}

impl<T> Queues<T> {
    /// The earliest item `worker` may take.
    fn take(&mut self, worker: usize) -> Option<(usize, T)> {
        let own = self.own[worker].front().map(|(index, _)| *index);
        let shared = self.shared.front().map(|(index, _)| *index);
        match (own, shared) {
            (Some(own), Some(shared)) if shared < own => self.shared.pop_front(),
            (Some(_), _) => self.own[worker].pop_front(),
            _ => self.shared.pop_front(),
        }
    }
}

/// Closes the queues when dropped, so that the workers stop even when
/// emitting fails or a panic is raised again.
struct Closer<'a, T>(&'a (Mutex<Queues<T>>, Condvar));

impl<T> Drop for Closer<'_, T> {
    fn drop(&mut self) {
        let (queues, ready) = self.0;
        queues.lock().unwrap_or_else(|e| e.into_inner()).closed = true;
        ready.notify_all();
    }
}

/// Runs `work` on each of `items` on one worker thread a core, every core
/// at once, and hands the results to `emit` in the order of `items` as soon
/// as each and all before it are done. Items in a language other than
/// English and the one most items are in go to one worker each language
/// (`language` tells an item's language; see [`Lanes`]). At most a window
/// of items is in flight or waiting to be emitted; `emit` runs on the
/// calling thread. A panic in `work` is raised again here.
fn in_order<T, R>(
    items: impl IntoIterator<Item = T>,
    language: impl FnMut(&T) -> Language,
    work: Arc<dyn Fn(T) -> R + Send + Sync>,
    emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    T: Send,
    R: Send,
{
    let workers = rayon::current_num_threads().max(1);
    in_order_on(workers, items, language, work, emit)
}

/// [`in_order`] on `workers` threads.
fn in_order_on<T, R>(
    workers: usize,
    items: impl IntoIterator<Item = T>,
    mut language: impl FnMut(&T) -> Language,
    work: Arc<dyn Fn(T) -> R + Send + Sync>,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    T: Send,
    R: Send,
{
    let workers = workers.max(1);
    let window = workers * WINDOW_PER_THREAD;
    let queues = (
        Mutex::new(Queues {
            shared: VecDeque::new(),
            own: (0..workers).map(|_| VecDeque::new()).collect(),
            closed: false,
        }),
        Condvar::new(),
    );
    let (sender, receiver) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    std::thread::scope(|scope| {
        for worker in 0..workers {
            let (queues, sender, work) = (&queues, sender.clone(), Arc::clone(&work));
            scope.spawn(move || loop {
                let next = {
                    let (queues, ready) = queues;
                    let mut guard = queues.lock().unwrap_or_else(|e| e.into_inner());
                    loop {
                        if guard.closed {
                            break None;
                        }
                        if let Some(next) = guard.take(worker) {
                            break Some(next);
                        }
                        guard = ready.wait(guard).unwrap_or_else(|e| e.into_inner());
                    }
                };
                let Some((index, item)) = next else {
                    return;
                };
                let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                // The receiver is gone only when emitting failed.
                let _ = sender.send((index, result));
            });
        }
        let _closer = Closer(&queues);
        let mut lanes = Lanes::new(workers);
        let mut items = items.into_iter().enumerate();
        let mut spawned = 0;
        let mut spawn_next = |spawned: &mut usize| {
            if let Some((index, item)) = items.next() {
                let worker = lanes.worker(language(&item));
                let (queues, ready) = &queues;
                let mut guard = queues.lock().unwrap_or_else(|e| e.into_inner());
                match worker {
                    Some(worker) => guard.own[worker].push_back((index, item)),
                    None => guard.shared.push_back((index, item)),
                }
                drop(guard);
                ready.notify_all();
                *spawned += 1;
            }
        };
        for _ in 0..window {
            spawn_next(&mut spawned);
        }
        let mut waiting: VecDeque<Option<R>> = VecDeque::new();
        let mut next = 0;
        while next < spawned {
            let Ok((index, result)) = receiver.recv() else {
                break; // cannot happen: `sender` is alive
            };
            let result = result.unwrap_or_else(|payload| panic::resume_unwind(payload));
            let slot = index - next;
            if waiting.len() <= slot {
                waiting.resize_with(slot + 1, || None);
            }
            waiting[slot] = Some(result);
            while let Some(Some(_)) = waiting.front() {
                let Some(Some(result)) = waiting.pop_front() else {
                    break;
                };
                next += 1;
                spawn_next(&mut spawned);
                emit(result)?;
            }
        }
        Ok(())
    })
}

/// The language `check` will most likely read the file at `path` in: its
/// file name's, else that of the first organ line in its first
/// [`HEAD_BYTES`], else `config`'s, else English. It only chooses the
/// worker (see [`Lanes`]): the file is read in the language its whole text
/// gives.
fn likely_language(path: &Path, config: Option<Language>) -> Language {
    let choice = Language::chosen(&path.to_string_lossy(), None, config);
    if let Some(language) = choice.text {
        return language;
    }
    let mut head = Vec::with_capacity(HEAD_BYTES);
    if let Ok(file) = std::fs::File::open(path) {
        let _ = file.take(HEAD_BYTES as u64).read_to_end(&mut head);
    }
    let valid = match std::str::from_utf8(&head) {
        Ok(text) => text,
        Err(error) => std::str::from_utf8(&head[..error.valid_up_to()]).unwrap_or_default(),
    };
    let text = valid.strip_prefix('\u{FEFF}').unwrap_or(valid);
    // The last line may be cut short: only whole lines are looked at.
    let whole = if head.len() < HEAD_BYTES {
        text
    } else {
        text.rfind(['\n', '\r']).map_or("", |end| &text[..end])
    };
    choice.resolve(
        whole
            .split(['\n', '\r'])
            .find_map(resolute_core::syntax::foreign::organ_language),
    )
}

/// How much of a file's beginning [`likely_language`] reads.
const HEAD_BYTES: usize = 8 << 10;

/// Checks `paths` and returns the exit status; an error is a failure to
/// write to standard output.
///
/// Files are analysed in parallel, on every core, and printed as soon as
/// they and the files before them are done, in the order of the walk (the
/// paths given, a folder's files in sorted order), whatever order they
/// finish in; an unreadable path is reported at its place. At most a window
/// of files is in flight or waiting to be printed (`in_order`).
///
/// The texts that declare their own symbol (`81/5.<TAB>Title`) join the
/// catalog, so drafts checked together can cite each other, whichever comes
/// first. The first pass prints each file's findings against the catalog
/// given until a file cites a symbol that catalog lacks, which a later file
/// may declare: from there on it holds the findings back, compressed (up to
/// [`HELD_BYTES`]), with a note of a few bytes a path (a [`Note`]: what the
/// path was, the symbols it cites that the catalog lacks, by number), and
/// notes every declaration. The second pass walks the paths again from the
/// first held back and prints them, in order: a file that cites a declared
/// symbol is analysed again against the extended catalog, one whose findings
/// were not kept is analysed again as before, the others' findings are
/// printed as they were. Neither pass holds the list of paths, so memory
/// follows the files in flight, not the folder.
pub fn run(format: Format, paths: &[PathBuf], options: &Options) -> io::Result<u8> {
    let stdout = io::stdout();
    // Colour only for a person at a terminal, and never when NO_COLOR is set
    // (https://no-color.org).
    let color = stdout.is_terminal() && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
    let style = Style::new(color);
    let mut out = Output {
        out: stdout.lock(),
        format,
        tally: Tally::default(),
        json_items: 0,
        locale: options.locale.or_else(config_locale).unwrap_or_default(),
    };

    let (catalog, levels, trouble) = setup(options);
    out.tally.unreadable += trouble;
    let settings = Arc::new(Settings {
        levels,
        format,
        style,
        language: config_language(),
        locale: out.locale,
    });

    // The first pass: every file against the catalog given.
    let work: Arc<dyn Fn(Entry) -> Done + Send + Sync> = {
        let (catalog, settings) = (catalog.clone(), Arc::clone(&settings));
        Arc::new(move |entry| match entry {
            Entry::File(path) => match check_file(path, &catalog, &settings) {
                Ok(checked) => Done::Checked(Box::new(checked)),
                Err(unreadable) => Done::Unreadable(unreadable),
            },
            Entry::Unreadable(unreadable) => Done::Unreadable(unreadable),
            Entry::Loop { path, ancestor } => Done::Loop { path, ancestor },
        })
    };
    // Every path given, walked in order (twice where findings are held back).
    let walk_all = || paths.iter().flat_map(|root| walk::entries(root));
    let mut declared = Vec::new();
    let mut held = Held::default();
    let mut index = 0;
    let config_language = settings.language;
    let entry_language = move |entry: &Entry| match entry {
        Entry::File(path) => likely_language(path, config_language),
        _ => Language::English,
    };
    in_order(walk_all(), entry_language, work, |mut done| {
        index += 1;
        // A file whose findings a later declaration may change: from there
        // on, every path is held back, to keep the order.
        let mut pending = !held.notes.is_empty();
        if let Done::Checked(checked) = &mut done {
            declared.extend(checked.declared.take());
            pending |= !checked.uncatalogued.is_empty();
        }
        if pending {
            held.note(index - 1, done);
            Ok(())
        } else {
            out.emit(done)
        }
    })?;

    // The second pass: the paths held back, walked again.
    if !held.notes.is_empty() {
        let declared_keys: HashSet<u32> = declared
            .iter()
            .filter_map(|entry| held.keys.get(&entry.key).copied())
            .collect();
        let extended = if declared.is_empty() {
            catalog.clone()
        } else {
            let mut layers = vec![Arc::new(Layer::new("checked files", declared, Vec::new()))];
            layers.extend(catalog.layers().iter().cloned());
            Catalog::new(layers)
        };
        let settings = Arc::clone(&settings);
        let work: Arc<dyn Fn(Again) -> Done + Send + Sync> =
            Arc::new(move |again| again.run(&catalog, &extended, &settings));
        let walked = walk_all().skip(held.from);
        let again_language = move |again: &Again| match again {
            Again::Check { path, .. } => likely_language(path, config_language),
            Again::Print(_) => Language::English,
        };
        in_order(
            held.again(walked, declared_keys),
            again_language,
            work,
            |done| out.emit(done),
        )?;
    }

    out.finish()?;
    let tally = out.tally;
    Ok(if tally.unreadable > 0 {
        EXIT_TROUBLE
    } else if tally.errors > 0 && !options.exit_zero {
        EXIT_ERRORS
    } else {
        EXIT_OK
    })
}

/// The second pass's work on one path the first held back.
enum Again {
    /// Printed as it is: the findings the first pass kept, or what the
    /// walk says of a path it could not read.
    Print(Done),
    /// A file to check (again), against the catalog extended with the
    /// checked files' declarations or the one given; if it cannot be read,
    /// the findings of the first reading when they were kept.
    Check {
        path: PathBuf,
        extended: bool,
        kept: Option<(Vec<u8>, Tally)>,
    },
}

impl Again {
    fn run(self, given: &Catalog, extended: &Catalog, settings: &Settings) -> Done {
        let (path, catalog, kept) = match self {
            Again::Print(done) => return done,
            Again::Check {
                path,
                extended: true,
                kept,
            } => (path, extended, kept),
            Again::Check { path, kept, .. } => (path, given, kept),
        };
        match check_file(path.clone(), catalog, settings) {
            Ok(checked) => Done::Checked(Box::new(checked)),
            // A file that cannot be read a second time keeps the findings of
            // the first reading.
            Err(unreadable) => match kept {
                Some((rendered, tally)) => Done::kept(path, rendered, tally),
                None => Done::Unreadable(unreadable),
            },
        }
    }
}

impl Held {
    /// Pairs the paths of the second walk (`walked`, from the first path
    /// held back) with the notes of the first, in order, and says what to do
    /// with each: a file that cites a symbol declared by a checked file (one
    /// of `declared`, as numbers of [`Held::keys`]) is checked again against
    /// the extended catalog, one whose findings were not kept against the
    /// catalog given, the others' findings are printed as they were. A path
    /// the first walk did not meet there (the folder changed in between) is
    /// checked afresh against the extended catalog.
    fn again(
        self,
        walked: impl Iterator<Item = Entry>,
        declared: HashSet<u32>,
    ) -> impl Iterator<Item = Again> {
        let Held {
            notes,
            findings,
            mut reasons,
            cited,
            ..
        } = self;
        let mut notes = notes.into_iter();
        let mut findings = findings.reader();
        walked.map(move |entry| {
            let note = notes.next();
            let noted = note.map(|note| note.what);
            let path = match &entry {
                Entry::File(path) | Entry::Loop { path, .. } => path,
                Entry::Unreadable(unreadable) => &unreadable.path,
            };
            let what = note
                .filter(|note| note.path == hash_path(path))
                .map(|note| note.what);
            // What the note holds is used up whether or not the entry is
            // the path noted, so that the next notes stay in step.
            let reason = match noted {
                Some(Noted::Unread) => reasons.pop_front(),
                _ => None,
            };
            let kept = match noted {
                Some(Noted::Checked {
                    kept: Some((length, counts)),
                    ..
                }) => Some((findings(length as usize), counts.tally())),
                _ => None,
            };
            match (entry, what) {
                (Entry::Unreadable(unreadable), _) => Again::Print(Done::Unreadable(unreadable)),
                (Entry::Loop { path, ancestor }, _) => Again::Print(Done::Loop { path, ancestor }),
                (Entry::File(path), Some(Noted::Unread)) => {
                    Again::Print(Done::Unreadable(Unreadable {
                        path,
                        reason: reason.unwrap_or_default(),
                    }))
                }
                (Entry::File(path), Some(Noted::Checked { cites, .. })) => {
                    let cites = cited
                        .get(cites.0 as usize..cites.1 as usize)
                        .unwrap_or_default();
                    let extended = cites.iter().any(|key| declared.contains(key));
                    match kept {
                        Some((rendered, tally)) if !extended => {
                            Again::Print(Done::kept(path, rendered, tally))
                        }
                        kept => Again::Check {
                            path,
                            extended,
                            kept,
                        },
                    }
                }
                (Entry::File(path), _) => Again::Check {
                    path,
                    extended: true,
                    kept: None,
                },
            }
        })
    }
}

/// A hash of `path` that is the same for both walks.
fn hash_path(path: &Path) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::hash::DefaultHasher::new();
    path.hash(&mut hasher);
    hasher.finish()
}

/// Standard output as the files are printed, in order.
struct Output<'a> {
    out: io::StdoutLock<'a>,
    format: Format,
    tally: Tally,
    /// How many files have printed JSON objects so far.
    json_items: usize,
    /// The language of the summary line.
    locale: resolute_core::Locale,
}

impl Output<'_> {
    /// Prints one path's outcome.
    fn emit(&mut self, done: Done) -> io::Result<()> {
        match done {
            Done::Checked(checked) => {
                self.tally.merge(&checked.tally);
                if checked.rendered.is_empty() {
                    return Ok(());
                }
                if self.format == Format::Json {
                    let separator: &[u8] = if self.json_items == 0 { b"[\n" } else { b",\n" };
                    self.out.write_all(separator)?;
                    self.json_items += 1;
                }
                self.out.write_all(&checked.rendered)
            }
            Done::Unreadable(unreadable) => {
                self.tally.unreadable += 1;
                report(&mut self.out, &unreadable)
            }
            Done::Loop { path, ancestor } => {
                self.out.flush()?;
                eprintln!(
                    "resolute: not following {}: it leads back to {}, which is already being checked",
                    path.display(),
                    ancestor.display()
                );
                Ok(())
            }
        }
    }

    /// Closes the JSON array or prints the human format's summary line.
    fn finish(&mut self) -> io::Result<()> {
        match self.format {
            Format::Human => writeln!(self.out, "{}", self.tally.summary_in(self.locale))?,
            Format::Json if self.json_items == 0 => writeln!(self.out, "[]")?,
            Format::Json => writeln!(self.out, "\n]")?,
        }
        self.out.flush()
    }
}

/// Finds `resolute.toml` (in the current folder or above), loads the
/// catalogs it and `--catalog` name, and reports problems on standard
/// error. Returns the catalog, the rule levels, and how many files could
/// not be read (a malformed row is reported but is not a failure).
pub(crate) fn setup(options: &Options) -> (Catalog, RuleLevels, usize) {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut trouble = 0;
    let mut messages = Vec::new();
    let given: Vec<String> = options
        .catalogs
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let (mut layers, problems) = workspace::load_catalogs(&cwd, &given);
    messages.extend(problems);
    let mut levels = RuleLevels::default();
    if let Some((path, config, error)) = workspace::find_config(&cwd) {
        if let Some(error) = error {
            messages.push(error);
            trouble += 1;
        }
        let base = path.parent().map(Path::to_path_buf).unwrap_or_default();
        let (more, problems) = workspace::load_catalogs(&base, &config.catalogs);
        layers.extend(more);
        messages.extend(problems);
        levels = config.rules;
    }
    for message in messages {
        // A catalog that cannot be read at all is a path that could not be
        // read; a bad row only loses that row.
        if message.contains(": cannot read this catalog") || message.contains("is not UTF-8") {
            trouble += 1;
        }
        eprintln!("resolute: {message}");
    }
    (Catalog::with_builtin(layers), levels, trouble)
}

/// The language of messages `resolute.toml` sets (`locale = "fr"`).
pub(crate) fn config_locale() -> Option<resolute_core::Locale> {
    let cwd = std::env::current_dir().unwrap_or_default();
    workspace::find_config(&cwd).and_then(|(_, config, _)| config.locale)
}

/// The language `resolute.toml` sets for the texts (`language = "fr"`), if
/// any (its errors are reported by [`setup`]).
pub(crate) fn config_language() -> Option<Language> {
    let cwd = std::env::current_dir().unwrap_or_default();
    workspace::find_config(&cwd).and_then(|(_, config, _)| config.language)
}

/// Reports an unreadable path on standard error, after whatever standard
/// output already holds so that the two stay in order on a terminal.
pub(crate) fn report(out: &mut impl Write, unreadable: &Unreadable) -> io::Result<()> {
    out.flush()?;
    eprintln!("resolute: {unreadable}");
    Ok(())
}

/// The most `check` reads of one file, in bytes: the language server's
/// default limit for analysing a document. It also bounds what an endless
/// file (`/dev/zero`) makes the command read.
pub const MAX_FILE_BYTES: u64 = resolute_lsp::settings::DEFAULT_MAX_DOCUMENT_SIZE;

/// Reads a file as UTF-8, dropping a leading byte order mark as editors do
/// before they hand the text to the language server. A file larger than
/// [`MAX_FILE_BYTES`], one with a NUL byte (a binary file, not a text) and
/// one that is not UTF-8 are refused with the reason.
pub(crate) fn read(path: &Path) -> Result<String, Unreadable> {
    let unreadable = |reason: String| Unreadable {
        path: path.to_path_buf(),
        reason,
    };
    let file = std::fs::File::open(path).map_err(|error| unreadable(walk::describe(&error)))?;
    // Room for the whole file at once (its size as the file system gives
    // it; a file that grows is read on all the same): growing the buffer
    // step by step copied each text several times.
    let size = file
        .metadata()
        .map_or(0, |m| m.len())
        .min(MAX_FILE_BYTES + 1);
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|error| unreadable(walk::describe(&error)))?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(unreadable(format!(
            "larger than {} MiB, the most a document may have",
            MAX_FILE_BYTES >> 20
        )));
    }
    if let Some(at) = memchr::memchr(0, &bytes) {
        return Err(unreadable(format!(
            "a binary file, not text (a NUL byte at byte {at})"
        )));
    }
    let mut text = String::from_utf8(bytes).map_err(|error| {
        unreadable(format!(
            "invalid UTF-8 at byte {}",
            error.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{FEFF}') {
        text.drain(..'\u{FEFF}'.len_utf8());
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reading_a_folder_or_a_missing_file_says_why() {
        let missing = read(Path::new("/no/such/file.txt")).expect_err("the file does not exist");
        assert_eq!(
            missing.to_string(),
            "cannot read /no/such/file.txt: no such file or directory"
        );
        let folder =
            read(Path::new(env!("CARGO_MANIFEST_DIR"))).expect_err("a folder is not a file");
        assert!(folder.to_string().starts_with("cannot read "), "{folder}");
    }

    fn key(number: u32) -> Key {
        resolute_core::catalog::key::parse_symbol(&format!("A/RES/81/{number}"))
            .expect("a symbol")
            .0
    }

    fn checked(path: &str, rendered: &str, uncatalogued: Vec<Key>) -> Done {
        let tally = Tally {
            files: 1,
            hints: rendered.len(),
            ..Tally::default()
        };
        Done::Checked(Box::new(Checked {
            path: PathBuf::from(path),
            rendered: rendered.as_bytes().to_vec(),
            tally,
            declared: None,
            uncatalogued,
        }))
    }

    fn file(path: &str) -> Entry {
        Entry::File(PathBuf::from(path))
    }

    /// What the second pass does with each path, in words.
    fn plan(held: Held, walked: Vec<Entry>, declared: &[Key]) -> Vec<String> {
        let declared = declared
            .iter()
            .filter_map(|key| held.keys.get(key).copied())
            .collect();
        held.again(walked.into_iter(), declared)
            .map(|again| match again {
                Again::Print(Done::Checked(c)) => format!(
                    "print {} {:?} {}",
                    c.path.display(),
                    String::from_utf8_lossy(&c.rendered),
                    c.tally.hints
                ),
                Again::Print(Done::Unreadable(u)) => {
                    format!("unreadable {}: {}", u.path.display(), u.reason)
                }
                Again::Print(Done::Loop { path, .. }) => format!("loop {}", path.display()),
                Again::Check {
                    path,
                    extended,
                    kept,
                } => format!(
                    "check {} {} {:?}",
                    path.display(),
                    if extended { "extended" } else { "given" },
                    kept.map(|(r, _)| String::from_utf8_lossy(&r).into_owned())
                ),
            })
            .collect()
    }

    fn noted(held: &mut Held) {
        let done = [
            checked("a.txt", "A finds\n", Vec::new()),
            checked("b.txt", "", vec![key(5), key(6)]),
            checked("c.txt", "C finds\n", vec![key(7)]),
            Done::Unreadable(Unreadable {
                path: PathBuf::from("d.txt"),
                reason: "not UTF-8".into(),
            }),
            Done::Loop {
                path: PathBuf::from("e"),
                ancestor: PathBuf::from("."),
            },
            checked("f.txt", "F finds\n", vec![key(5)]),
        ];
        for (i, done) in done.into_iter().enumerate() {
            held.note(10 + i, done);
        }
    }

    fn walked() -> Vec<Entry> {
        vec![
            file("a.txt"),
            file("b.txt"),
            file("c.txt"),
            file("d.txt"),
            Entry::Loop {
                path: PathBuf::from("e"),
                ancestor: PathBuf::from("."),
            },
            file("f.txt"),
        ]
    }

    #[test]
    fn the_second_pass_checks_again_only_what_a_declaration_changes() {
        let mut held = Held::default();
        noted(&mut held);
        assert_eq!(held.from, 10);
        assert_eq!(held.keys.len(), 3, "each symbol numbered once");
        expect_test::expect![[r#"
            [
                "print a.txt \"A finds\\n\" 8",
                "check b.txt extended Some(\"\")",
                "print c.txt \"C finds\\n\" 8",
                "unreadable d.txt: not UTF-8",
                "loop e",
                "check f.txt extended Some(\"F finds\\n\")",
            ]
        "#]]
        .assert_debug_eq(&plan(held, walked(), &[key(5), key(9)]));

        // Nothing declared that they cite: every finding printed as kept.
        let mut held = Held::default();
        noted(&mut held);
        let plan = plan(held, walked(), &[key(9)]);
        assert!(plan[1].starts_with("print b.txt"), "{plan:?}");
        assert!(plan[5].starts_with("print f.txt"), "{plan:?}");
    }

    #[test]
    fn findings_beyond_the_limit_are_found_again() {
        let mut held = Held::default();
        held.findings.limit = 0;
        noted(&mut held);
        let plan = plan(held, walked(), &[]);
        assert_eq!(plan[0], "check a.txt given None");
        assert_eq!(plan[2], "check c.txt given None");
        assert_eq!(plan[3], "unreadable d.txt: not UTF-8");
    }

    #[test]
    fn a_folder_changed_between_the_walks_is_checked_as_it_is_now() {
        let mut held = Held::default();
        noted(&mut held);
        let mut walked = walked();
        // A file added before c.txt: the paths from there on are not the
        // ones noted, and are checked afresh.
        walked.insert(2, file("b2.txt"));
        let plan = plan(held, walked, &[]);
        assert_eq!(plan[0], "print a.txt \"A finds\\n\" 8");
        assert_eq!(plan[2], "check b2.txt extended None");
        assert_eq!(plan[3], "check c.txt extended None");
        assert_eq!(plan[4], "check d.txt extended None");
        assert_eq!(plan[5], "loop e");
        assert_eq!(plan[6], "check f.txt extended None");
    }

    #[test]
    fn each_other_language_is_analysed_on_one_thread_and_printed_in_order() {
        use Language::{Arabic, English, French, Russian};
        let languages = [English, French, Arabic, English, Russian, French];
        let items: Vec<(usize, Language)> = (0..60).map(|i| (i, languages[i % 6])).collect();
        let mut done = Vec::new();
        in_order_on(
            2,
            items.clone(),
            |item| item.1,
            Arc::new(|item: (usize, Language)| (item, std::thread::current().id())),
            |result| {
                done.push(result);
                Ok(())
            },
        )
        .expect("emitting cannot fail");
        let order: Vec<_> = done.iter().map(|(item, _)| *item).collect();
        assert_eq!(order, items, "printed in the order given");
        for language in [French, Arabic, Russian] {
            let threads: HashSet<_> = done
                .iter()
                .filter(|((_, l), _)| *l == language)
                .map(|(_, thread)| *thread)
                .collect();
            assert_eq!(threads.len(), 1, "{language:?} on one thread");
        }
    }

    #[test]
    fn a_language_most_files_are_in_goes_to_every_worker() {
        let mut lanes = Lanes::new(2);
        let french: Vec<_> = (0..12).map(|_| lanes.worker(Language::French)).collect();
        assert!(french[..SPREAD_AFTER - 1]
            .iter()
            .all(|w| *w == french[0] && w.is_some()));
        assert!(french[SPREAD_AFTER - 1..].iter().all(Option::is_none));
        // English always goes to any worker; the other languages to one
        // each, shared out between the workers.
        let mut lanes = Lanes::new(2);
        assert_eq!(lanes.worker(Language::English), None);
        let arabic = lanes.worker(Language::Arabic);
        let chinese = lanes.worker(Language::Chinese);
        assert!(arabic.is_some() && chinese.is_some() && arabic != chinese);
        assert_eq!(lanes.worker(Language::Arabic), arabic);
        assert_eq!(Lanes::new(1).worker(Language::Arabic), None);
    }

    #[test]
    fn a_panic_in_a_worker_is_raised_again_and_the_workers_stop() {
        let caught = panic::catch_unwind(|| {
            in_order_on(
                2,
                0..40,
                |i| Language::ALL[i % 6],
                Arc::new(|i: usize| {
                    assert_ne!(i, 13, "item 13 fails");
                    i
                }),
                |_| Ok(()),
            )
        });
        assert!(caught.is_err());
        // Emitting that fails stops the work early.
        let mut emitted = 0;
        let failed = in_order_on(
            2,
            0..1000,
            |_| Language::English,
            Arc::new(|i: usize| i),
            |_| {
                emitted += 1;
                Err(io::Error::other("closed"))
            },
        );
        assert!(failed.is_err() && emitted == 1);
    }

    #[test]
    fn the_likely_language_is_the_file_name_s_else_the_organ_line_s() {
        let folder = std::env::temp_dir().join(format!("resolute-likely-{}", std::process::id()));
        std::fs::create_dir_all(&folder).expect("a temporary folder");
        let french = folder.join("draft.txt");
        std::fs::write(
            &french,
            "Soixante-dix-neuvième session\n\nL’Assemblée générale,\n\n",
        )
        .expect("written");
        assert_eq!(likely_language(&french, None), Language::French);
        let named = folder.join("draft.es.txt");
        std::fs::write(&named, "L’Assemblée générale,\n").expect("written");
        assert_eq!(likely_language(&named, None), Language::Spanish);
        let plain = folder.join("plain.txt");
        std::fs::write(&plain, "Nothing here\n").expect("written");
        assert_eq!(
            likely_language(&plain, Some(Language::Russian)),
            Language::Russian
        );
        assert_eq!(likely_language(&plain, None), Language::English);
        std::fs::remove_dir_all(&folder).expect("removed");
    }
}
