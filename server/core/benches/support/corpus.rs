//! The large benchmark documents: corpus texts, in name order, repeated
//! until the text reaches a size. Shared, by `#[path]`, by the criterion
//! benchmark (`benches/core.rs`), the profiling driver
//! (`examples/profile.rs`) and the LSP harness (`server/bench`), so that all
//! three measure the same text; `examples/corpus_dump.rs` reads the
//! parallel corpus's folders in the same order.

#![allow(dead_code)]

use std::path::{Path, PathBuf};

/// The `.txt` files of `corpus`, in name order, repeated (each followed by a
/// line break) until the text reaches `size` bytes.
pub fn concatenated(corpus: &Path, size: usize) -> String {
    let mut files: Vec<PathBuf> = std::fs::read_dir(corpus)
        .expect("the corpus is next to the repository")
        .map(|e| e.expect("a readable corpus folder").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let texts: Vec<String> = files
        .iter()
        .map(|p| std::fs::read_to_string(p).expect("a readable corpus text"))
        .collect();
    assert!(!texts.is_empty(), "no corpus text in {}", corpus.display());
    repeated(&texts, size)
}

/// The `language` versions (`zh`, `ar`) of the parallel corpus
/// (`corpus/parallel/<symbol>/<language>.txt`), in symbol order, repeated
/// until the text reaches `size` bytes: the 1 MB texts in another script.
pub fn concatenated_parallel(corpus: &Path, language: &str, size: usize) -> String {
    let symbols = parallel_symbols(corpus);
    let texts: Vec<String> = symbols
        .iter()
        .map(|p| std::fs::read_to_string(p.join(format!("{language}.txt"))).expect("a text"))
        .collect();
    assert!(
        !texts.is_empty(),
        "no parallel text in {}",
        corpus.display()
    );
    repeated(&texts, size)
}

/// How many lines the first `count` texts of [`concatenated_parallel`] take
/// in the document (each text and its line break): the same resolutions in
/// every language.
pub fn parallel_lines(corpus: &Path, language: &str, count: usize) -> usize {
    // (The lines of each text and its line break, as the rope counts them.)
    parallel_line_counts(corpus, language, count).iter().sum()
}

/// How many lines each of the first `count` texts of
/// [`concatenated_parallel`] takes in the document, text by text: two
/// languages whose texts take as many lines each have their paragraphs on
/// the same lines (the parallel corpus keeps the versions paragraph for
/// paragraph where it can; a few versions split or join lines).
pub fn parallel_line_counts(corpus: &Path, language: &str, count: usize) -> Vec<usize> {
    let mut symbols: Vec<PathBuf> = parallel_symbols(corpus);
    symbols.truncate(count);
    symbols
        .iter()
        .map(|p| {
            let text = std::fs::read_to_string(p.join(format!("{language}.txt"))).expect("a text");
            ropey::Rope::from_str(&(text + "\n")).len_lines() - 1
        })
        .collect()
}

/// The folders of the parallel corpus, in symbol order.
pub fn parallel_symbols(corpus: &Path) -> Vec<PathBuf> {
    let mut symbols: Vec<PathBuf> = std::fs::read_dir(corpus.join("parallel"))
        .expect("the parallel corpus is next to the repository")
        .map(|e| e.expect("a readable corpus folder").path())
        .filter(|p| p.is_dir())
        .collect();
    symbols.sort();
    symbols
}

/// `texts` in order, each followed by a line break, repeated until the text
/// reaches `size` bytes.
fn repeated(texts: &[String], size: usize) -> String {
    let mut out = String::with_capacity(size + 300_000);
    'fill: loop {
        for text in texts {
            out.push_str(text);
            out.push('\n');
            if out.len() >= size {
                break 'fill;
            }
        }
    }
    out
}
