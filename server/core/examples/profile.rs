//! A small driver for profilers: builds the benchmark documents and runs one
//! scenario many times, so that `valgrind --tool=callgrind` (which counts
//! instructions, repeatably on a loaded machine) or `perf` can attribute the
//! cost. `cargo run --release -p resolute-core --example profile -- SCENARIO
//! SIZE_KB [REPEAT]`, where SCENARIO is full, keystroke, insert or paste.
//! The work being measured happens inside `measured`, so
//! `--toggle-collect=*measured*` restricts callgrind to it.

use std::hint::black_box;
use std::path::PathBuf;

use resolute_core::Document;

#[path = "../benches/support/corpus.rs"]
mod corpus;

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

#[inline(never)]
fn measured(scenario: &str, text: &str, document: &mut Document, repeat: usize) {
    let lines = document.lines();
    let middle = (lines.len() / 2..lines.len())
        .find(|&i| lines[i].len > 80)
        .unwrap_or(lines.len() / 2);
    let at = document.rope().line_to_char(middle) + 40;
    let top = document
        .model()
        .paragraphs
        .first()
        .map_or(0, |p| document.rope().line_to_char(p.line as usize));
    for _ in 0..repeat {
        match scenario {
            "full" => {
                black_box(Document::new(black_box(text)));
            }
            "keystroke" => {
                document.edit(at..at, "x");
                document.edit(at..at + 1, "");
            }
            "insert" => {
                let paragraph = "\t1.\tDecides to include in the provisional agenda of its next session the item entitled \u{201c}Cooperation\u{201d};\n";
                document.edit(top..top, paragraph);
                let n = paragraph.chars().count();
                document.edit(top..top + n, "");
            }
            "paste" => {
                let paste = &text[..text.len().min(50 * 1024)];
                let end = paste.rfind('\n').map_or(0, |i| i + 1);
                let paste = &paste[..end];
                document.edit(at..at, paste);
                let n = paste.chars().count();
                document.edit(at..at + n, "");
            }
            "clone" => {
                black_box(document.clone());
            }
            other => panic!("unknown scenario {other}"),
        }
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let scenario = args.get(1).map_or("keystroke", |s| s.as_str());
    let size_kb: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1024);
    let repeat: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let text = corpus::concatenated(&corpus_dir(), size_kb << 10);
    let mut document = Document::new(&text);
    let started = std::time::Instant::now();
    measured(scenario, &text, &mut document, repeat);
    let elapsed = started.elapsed();
    let model = document.model();
    let markers: usize = document.lines().iter().map(|l| l.markers.len()).sum();
    let citations: usize = document.lines().iter().map(|l| l.citations.len()).sum();
    eprintln!(
        "{scenario} on {} bytes, {} lines ({} with markers, {markers} markers, {citations} citations, {} paragraphs, {} subparagraphs, {} footnote texts), {} diagnostics: {:?} per repetition",
        text.len(),
        document.lines().len(),
        model.marker_lines.len(),
        model.paragraphs.len(),
        model.subs.len(),
        model.footnote_lines.len(),
        document.diagnostics().len(),
        elapsed / repeat.max(1) as u32
    );
}
