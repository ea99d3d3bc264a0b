//! The adopted texts under `../shared/corpus`: the 90 curated ones, the
//! 2,321 converted from the UN's XML releases (`unxml/`) and the six-language
//! versions of 60 more (`parallel/<symbol>/<lang>.txt`).

use std::path::{Path, PathBuf};

use resolute_core::{Document, Severity};

/// One adopted text.
pub struct Text {
    /// Its path under `shared/corpus`, with `/` (`unxml/ga/A_RES_74_10.txt`).
    pub name: String,
    pub text: String,
}

pub fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| {
            panic!(
                "{}: {e} (shared/corpus must be next to the repository)",
                dir.display()
            )
        })
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn read(path: &Path) -> Text {
    let root = corpus_dir();
    let name = path
        .strip_prefix(&root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/");
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    Text { name, text }
}

/// The symbols of the parallel corpus, sorted: those of one session where
/// `RESOLUTE_PARALLEL_SESSION` says which (`scripts/holdout.sh` measures
/// the texts of a session held out of the data; the tests' minimums are
/// for the whole corpus).
pub fn parallel_symbols() -> Vec<String> {
    let session = std::env::var("RESOLUTE_PARALLEL_SESSION")
        .ok()
        .map(|s| format!("A_RES_{s}_"));
    let mut symbols: Vec<String> = std::fs::read_dir(corpus_dir().join("parallel"))
        .expect("shared/corpus/parallel")
        .map(|e| e.expect("readable directory entry"))
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|symbol| session.as_ref().is_none_or(|s| symbol.starts_with(s)))
        .collect();
    symbols.sort();
    symbols
}

/// The 90 curated texts.
pub fn curated() -> Vec<Text> {
    txt_files(&corpus_dir()).iter().map(|p| read(p)).collect()
}

/// Every English text: the 90, `unxml/{ga,sc,hrc}` and `parallel/*/en.txt`,
/// in a fixed order.
pub fn english() -> Vec<Text> {
    let root = corpus_dir();
    let mut paths = txt_files(&root);
    for organ in ["ga", "sc", "hrc"] {
        paths.extend(txt_files(&root.join("unxml").join(organ)));
    }
    for symbol in parallel_symbols() {
        paths.push(root.join("parallel").join(symbol).join("en.txt"));
    }
    paths.iter().map(|p| read(p)).collect()
}

/// The version in `language` (`fr`, `es`, `ar`, `zh`, `ru`, `en`) of every
/// text of the parallel corpus.
pub fn parallel(language: &str) -> Vec<Text> {
    parallel_symbols()
        .iter()
        .map(|symbol| {
            read(
                &corpus_dir()
                    .join("parallel")
                    .join(symbol)
                    .join(format!("{language}.txt")),
            )
        })
        .collect()
}

/// A finding that counts against a text: an error or a warning, as
/// (1-based line, code).
pub type Finding = (u32, &'static str);

/// The errors and warnings of `text`, sorted, one per line and code.
pub fn findings(text: &str) -> Vec<Finding> {
    findings_of(&Document::new(text))
}

/// The errors and warnings of an analysed document, sorted, one per line
/// and code.
pub fn findings_of(document: &Document) -> Vec<Finding> {
    let mut found: Vec<Finding> = document
        .diagnostics()
        .iter()
        .filter(|d| matches!(d.severity, Severity::Error | Severity::Warning))
        .map(|d| (d.range().start.line + 1, d.code))
        .collect();
    found.sort();
    found.dedup();
    found
}

/// Runs `f` on every text, on every core, and returns the results in the
/// order of `texts`.
pub fn par_map<T: Send>(texts: &[Text], f: impl Fn(&Text) -> T + Sync) -> Vec<T> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<T>> = (0..texts.len()).map(|_| None).collect();
    let slots = std::sync::Mutex::new(&mut results);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(text) = texts.get(i) else { break };
                let result = f(text);
                slots.lock().unwrap()[i] = Some(result);
            });
        }
    });
    results
        .into_iter()
        .map(|r| r.expect("every text ran"))
        .collect()
}
