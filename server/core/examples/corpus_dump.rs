//! Prints the syntax of every line and every diagnostic (with its fixes) of
//! the whole corpus: the English texts under `shared/corpus` (the curated
//! ones, `unxml/` and `parallel/*/en.txt`), then the six language versions of
//! `parallel/`, each analysed in its own language. A change meant to make
//! parsing faster must leave this output byte for byte the same:
//!
//! ```sh
//! cargo run --release -p resolute-core --example corpus_dump > before.txt
//! # … change the parser …
//! cargo run --release -p resolute-core --example corpus_dump > after.txt
//! cmp before.txt after.txt
//! ```

use std::io::Write;
use std::path::{Path, PathBuf};

use resolute_core::catalog::Catalog;
use resolute_core::data::languages::Language;
use resolute_core::Document;

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn txt_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
}

fn dump(out: &mut impl Write, root: &Path, path: &Path, language: Option<Language>) {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let name = path.strip_prefix(root).unwrap_or(path).display();
    let document = Document::with_language(&text, Catalog::builtin(), language);
    writeln!(out, "== {name} {language:?}").expect("write");
    for (i, line) in document.lines().iter().enumerate() {
        writeln!(out, "{i} {line:?}").expect("write");
    }
    for diagnostic in document.diagnostics() {
        writeln!(out, "{diagnostic:?}").expect("write");
    }
}

fn main() {
    let root = corpus_dir();
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let mut english = txt_files(&root);
    for organ in ["ga", "sc", "hrc"] {
        english.extend(txt_files(&root.join("unxml").join(organ)));
    }
    for path in &english {
        dump(&mut out, &root, path, None);
    }
    for code in ["en", "fr", "es", "ar", "zh", "ru"] {
        let language = Language::from_code(code).expect("a known language");
        for symbol in corpus::parallel_symbols(&root) {
            dump(
                &mut out,
                &root,
                &symbol.join(format!("{code}.txt")),
                Some(language),
            );
        }
    }
    out.flush().expect("flush");
}
