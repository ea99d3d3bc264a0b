//! `resolute check`: reads each file, analyses it with the core and prints
//! the diagnostics, then works out the exit status.
//!
//! Diagnostics go to standard output; so does the human format's closing
//! summary line (`2 errors, 1 warning in 1 file`), so that redirecting
//! standard output captures the whole report. Paths that cannot be read are
//! reported on standard error, and the other files are still checked. In the
//! JSON format standard output carries exactly one JSON array and nothing
//! else, even when some paths could not be read.

use std::collections::{HashSet, VecDeque};
use std::io::{self, IsTerminal, Read, Write};
use std::panic::{self, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc};

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
    /// A file read and checked against the catalog of the pass.
    Checked(Box<Checked>),
    /// A path that could not be read (by the walk or when reading it).
    Unreadable(Unreadable),
    /// A symbolic link back to a folder being walked.
    Loop { path: PathBuf, ancestor: PathBuf },
    /// A file held back by the first pass (see [`run`]): checked again in
    /// the second unless `kept` holds its first findings and it cites no
    /// declared symbol.
    Held {
        path: PathBuf,
        uncatalogued: Vec<Key>,
        kept: Option<(Vec<u8>, Tally)>,
    },
}

/// How many paths may be in flight or waiting for their turn to be printed,
/// per thread: enough that a large file does not leave the other cores idle,
/// few enough that what is held follows the largest files, not the folder.
const WINDOW_PER_THREAD: usize = 8;

/// The most bytes of findings the first pass holds back (see [`run`]) before
/// it keeps only what is needed to check the files again.
const HELD_BYTES: usize = 16 << 20;

/// Runs `work` on each of `items` on the rayon pool, every core at once, and
/// hands the results to `emit` in the order of `items` as soon as each and
/// all before it are done. At most a window of items is in flight or waiting
/// to be emitted; `emit` runs on the calling thread. A panic in `work` is
/// raised again here.
fn in_order<T, R>(
    items: impl IntoIterator<Item = T>,
    work: Arc<dyn Fn(T) -> R + Send + Sync>,
    mut emit: impl FnMut(R) -> io::Result<()>,
) -> io::Result<()>
where
    T: Send + 'static,
    R: Send + 'static,
{
    let window = rayon::current_num_threads().max(1) * WINDOW_PER_THREAD;
    let (sender, receiver) = mpsc::channel::<(usize, std::thread::Result<R>)>();
    let mut items = items.into_iter().enumerate();
    let mut spawned = 0;
    let mut spawn_next = |spawned: &mut usize| {
        if let Some((index, item)) = items.next() {
            let sender = sender.clone();
            let work = Arc::clone(&work);
            rayon::spawn(move || {
                let result = panic::catch_unwind(AssertUnwindSafe(|| work(item)));
                // The receiver is gone only when emitting failed.
                let _ = sender.send((index, result));
            });
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
}

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
/// may declare: from there on it holds the findings back (up to
/// [`HELD_BYTES`]; beyond, only the path and the symbols cited) and notes
/// every declaration. The second pass then prints the files held back, in
/// order: a file that cites a declared symbol is analysed again against the
/// extended catalog, one whose findings were not kept is analysed again as
/// before, the others' findings are printed as they were.
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

    // The built-in catalog is parsed on the pool while the paths are
    // walked (`setup` then finds it ready, or waits for it).
    rayon::spawn(|| drop(Catalog::builtin_layer()));
    let mut entries = Vec::new();
    for root in paths {
        entries.extend(walk::expand(root));
    }

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
    let mut declared = Vec::new();
    let mut held: Vec<Done> = Vec::new();
    let mut held_bytes = 0;
    in_order(entries, work, |done| {
        let mut checked = match done {
            Done::Checked(checked) => *checked,
            other if held.is_empty() => return out.emit(other),
            other => {
                held.push(other);
                return Ok(());
            }
        };
        declared.extend(checked.declared.take());
        if held.is_empty() && checked.uncatalogued.is_empty() {
            return out.emit(Done::Checked(Box::new(checked)));
        }
        held_bytes += checked.rendered.len();
        let kept = (held_bytes <= HELD_BYTES).then(|| {
            checked.rendered.shrink_to_fit();
            (checked.rendered, checked.tally)
        });
        held.push(Done::Held {
            path: checked.path,
            uncatalogued: checked.uncatalogued,
            kept,
        });
        Ok(())
    })?;

    // The second pass: the files held back, in order.
    if !held.is_empty() {
        let keys: HashSet<Key> = declared.iter().map(|entry| entry.key).collect();
        let extended = if declared.is_empty() {
            catalog.clone()
        } else {
            let mut layers = vec![Arc::new(Layer::new("checked files", declared, Vec::new()))];
            layers.extend(catalog.layers().iter().cloned());
            Catalog::new(layers)
        };
        let settings = Arc::clone(&settings);
        let work: Arc<dyn Fn(Done) -> Done + Send + Sync> =
            Arc::new(move |done| recheck(done, &catalog, &extended, &keys, &settings));
        in_order(held, work, |done| out.emit(done))?;
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

/// The second pass's work on one path the first held back: a file that
/// cites a symbol declared by a checked file (`keys`) is analysed again
/// against `extended`, one whose findings were not kept against `given`;
/// the others keep their findings.
fn recheck(
    done: Done,
    given: &Catalog,
    extended: &Catalog,
    keys: &HashSet<Key>,
    settings: &Settings,
) -> Done {
    let Done::Held {
        path,
        uncatalogued,
        kept,
    } = done
    else {
        return done;
    };
    let cites_declared = uncatalogued.iter().any(|key| keys.contains(key));
    let first = |path: PathBuf, (rendered, tally): (Vec<u8>, Tally)| {
        Done::Checked(Box::new(Checked {
            path,
            rendered,
            tally,
            declared: None,
            uncatalogued: Vec::new(),
        }))
    };
    match kept {
        Some(kept) if !cites_declared => first(path, kept),
        kept => {
            let catalog = if cites_declared { extended } else { given };
            match check_file(path.clone(), catalog, settings) {
                Ok(checked) => Done::Checked(Box::new(checked)),
                // A file that cannot be read a second time keeps the
                // findings of the first reading.
                Err(unreadable) => match kept {
                    Some(kept) => first(path, kept),
                    None => Done::Unreadable(unreadable),
                },
            }
        }
    }
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
            // The second pass turns every held file into one of the above.
            Done::Held { .. } => Ok(()),
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
}
