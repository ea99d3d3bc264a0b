//! A small driver for profilers: builds the benchmark documents and runs one
//! scenario many times, so that `valgrind --tool=callgrind` (which counts
//! instructions, repeatably on a loaded machine) or `perf` can attribute the
//! cost. `cargo run --release -p resolute-core --example profile -- SCENARIO
//! SIZE_KB [REPEAT] [LANGUAGE]`, where SCENARIO is full, keystroke (a letter
//! of the script typed and deleted where it changes no reading of the line:
//! the criterion `keystroke`'s place and letter; `typing` is the same),
//! citing (a digit typed and deleted at the end of a citation's number: the
//! criterion `keystroke-citation`), paragraphs (a letter typed and deleted
//! in every paragraph of the texts all six versions write on as many
//! lines (`place::SharedPlaces`), after one typed there, and measured in
//! each: the same paragraphs in every language, issue 17's comparison; it
//! needs a LANGUAGE, `en` included), paragraphs-first (the same without the
//! keystroke before: the first in each line), paragraphs-sweep (a letter
//! typed and deleted every 37th character of the paragraphs of the first
//! [`place::ALIGNED_TEXTS`] texts, in turn: keystrokes spread over whole
//! lines), paragraphs-spread (a letter
//! typed and deleted at each eighth of the same lines, in turn: the same
//! fractions of the same paragraphs in every language,
//! `place::SharedPlaces::spread`), paragraphs-by-line (the
//! first keystroke in each of those paragraphs timed alone, the best of
//! REPEAT passes, printed with the paragraph's length in bytes and whether
//! it cites, then the means per byte: how the cost of a keystroke follows
//! the length of its line in each language), insert,
//! paste or dump (prints every line's syntax and every diagnostic), and LANGUAGE (`en`, `fr`, `es`, `ar`, `zh`, `ru`) reads the
//! parallel corpus's versions in that language instead of the English corpus
//! (the texts of the criterion benchmarks `analysis/concat-1m-<language>`).
//! The work being measured happens inside `measured`, so
//! `--toggle-collect=*measured*` restricts callgrind to it. With
//! `PROFILE_LINE=TEXT` in the environment, `keystroke` types at the quiet
//! place of the first line holding TEXT instead (the same paragraph in two
//! languages: `Recalling also its resolutions 61/266` and `又回顾其关于使用多种语文`),
//! and with `PROFILE_CITING=1` (or `0`) the paragraphs scenarios type only in
//! the paragraphs that cite (that cite nothing).

use std::hint::black_box;
use std::path::PathBuf;

use resolute_core::catalog::Catalog;
use resolute_core::data::languages::Language;
use resolute_core::Document;

#[path = "../benches/support/corpus.rs"]
mod corpus;
#[path = "../benches/support/place.rs"]
mod place;

/// The corpus next to the repository, or `$RESOLUTE_CORPUS` (as the one
/// command reads it: `scripts/rotated-corpus.sh`).
fn corpus_dir() -> PathBuf {
    std::env::var_os("RESOLUTE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus"))
}

/// Where the edits of the scenarios happen (char indices).
#[derive(Clone, Copy)]
struct Places {
    /// 40 characters into the first line of more than 80 bytes past the
    /// middle (`paste`).
    at: usize,
    /// Where a letter changes no reading (`keystroke`, `typing`).
    quiet: usize,
    /// At the end of a citation's number (`citing`).
    citing: usize,
}

#[inline(never)]
fn measured(
    scenario: &str,
    text: &str,
    language: Option<Language>,
    document: &mut Document,
    repeat: usize,
    places: Places,
) {
    for _ in 0..repeat {
        step(scenario, text, language, document, places);
    }
}

/// The letter of `language`'s script a keystroke types.
fn letter(language: Option<Language>) -> &'static str {
    match language.map(|l| l.code()) {
        Some("ar") => "\u{628}",
        Some("zh") => "\u{7684}",
        Some("ru") => "\u{436}",
        _ => "x",
    }
}

/// A letter typed at `at` and deleted.
fn type_and_delete(document: &mut Document, at: usize, letter: &str) {
    document.edit(at..at, letter);
    document.edit(at..at + 1, "");
}

/// [`type_and_delete`], measured.
#[inline(never)]
fn measured_keystroke(document: &mut Document, at: usize, letter: &str) {
    type_and_delete(document, at, letter);
}

/// The `paragraphs` scenarios: a keystroke at each of `places`, `repeat`
/// times, after one unmeasured keystroke there unless `first`. Returns how
/// many were measured.
fn paragraphs(
    document: &mut Document,
    places: &[usize],
    letter: &str,
    repeat: usize,
    first: bool,
) -> usize {
    for _ in 0..repeat {
        for &at in places {
            if !first {
                type_and_delete(document, at, letter);
            }
            measured_keystroke(document, at, letter);
        }
    }
    repeat * places.len()
}

/// The `paragraphs-by-line` scenario: the best processor time, over
/// `repeat` passes, of the first keystroke (a letter typed and deleted) in
/// each paragraph of the `paragraphs` scenarios, printed one paragraph a
/// line (index, nanoseconds, the line's bytes, its citations), then the
/// mean, the mean per byte of the line, and the means of the paragraphs
/// that cite and of those that do not.
fn paragraphs_by_line(document: &mut Document, language: Language, repeat: usize) {
    let places =
        place::SharedPlaces::new(&corpus_dir()).places(&corpus_dir(), document, language.code());
    let letter = letter(Some(language));
    let mut best = vec![u128::MAX; places.len()];
    for _ in 0..repeat.max(1) {
        // Each place in turn: the keystroke before was in another line.
        for (best, &at) in best.iter_mut().zip(&places) {
            let started = std::time::Instant::now();
            type_and_delete(document, at, letter);
            *best = (*best).min(started.elapsed().as_nanos());
        }
    }
    let (mut bytes, mut citing, mut other) = (0, (0, 0u128), (0, 0u128));
    for (i, (&at, &ns)) in places.iter().zip(&best).enumerate() {
        let line = document.rope().char_to_line(at);
        let len = document.line_text(line as u32).len();
        let cites = document.lines()[line].citations().len();
        println!("{i}\t{ns}\t{len}\t{cites}");
        bytes += len;
        let group = if cites > 0 { &mut citing } else { &mut other };
        *group = (group.0 + 1, group.1 + ns);
    }
    let total: u128 = best.iter().sum();
    let mean = |(n, ns): (usize, u128)| ns as f64 / n.max(1) as f64;
    eprintln!(
        "paragraphs-by-line {}: {} paragraphs, mean {:.0} ns a keystroke, {:.0} bytes a line, {:.1} ns a byte; citing {} at {:.0} ns, not citing {} at {:.0} ns",
        language.code(),
        places.len(),
        mean((places.len(), total)),
        bytes as f64 / places.len().max(1) as f64,
        total as f64 / bytes.max(1) as f64,
        citing.0,
        mean(citing),
        other.0,
        mean(other),
    );
}

/// One repetition of `scenario`.
fn step(
    scenario: &str,
    text: &str,
    language: Option<Language>,
    document: &mut Document,
    places: Places,
) {
    let Places { at, quiet, citing } = places;
    match scenario {
        "full" => {
            black_box(Document::with_language(
                black_box(text),
                Catalog::builtin(),
                language,
            ));
        }
        "keystroke" | "typing" => type_and_delete(document, quiet, letter(language)),
        "citing" => {
            document.edit(citing..citing, "1");
            document.edit(citing..citing + 1, "");
        }
        "insert" => {
            let top = document
                .model()
                .paragraph_lines
                .first()
                .map_or(0, |&l| document.rope().line_to_char(l as usize));
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
        "dump" => {
            // The syntax of every line and every diagnostic, to compare
            // the output of two builds.
            for (i, line) in document.lines().iter().enumerate() {
                println!("{i} {line:?}");
            }
            for diagnostic in document.diagnostics() {
                println!("{diagnostic:?}");
            }
        }
        "clone" => {
            black_box(document.clone());
        }
        other => panic!("unknown scenario {other}"),
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let scenario = args.get(1).map_or("keystroke", |s| s.as_str());
    let size_kb: usize = args.get(2).and_then(|s| s.parse().ok()).unwrap_or(1024);
    let repeat: usize = args.get(3).and_then(|s| s.parse().ok()).unwrap_or(10);
    let language = args
        .get(4)
        .map(|code| Language::from_code(code).unwrap_or_else(|| panic!("unknown language {code}")));
    let text = match language {
        Some(language) => {
            corpus::concatenated_parallel(&corpus_dir(), language.code(), size_kb << 10)
        }
        None => corpus::concatenated(&corpus_dir(), size_kb << 10),
    };
    let mut document = Document::with_language(&text, Catalog::builtin(), language);
    if scenario == "paragraphs-by-line" {
        let language = language.expect("paragraphs-by-line needs a LANGUAGE (en, fr, …)");
        paragraphs_by_line(&mut document, language, repeat);
        return;
    }
    if let Some(first) = match scenario {
        "paragraphs" => Some(false),
        "paragraphs-first" | "paragraphs-sweep" | "paragraphs-spread" => Some(true),
        _ => None,
    } {
        let language = language.expect("the paragraphs scenarios need a LANGUAGE (en, fr, …)");
        let mut at: Vec<usize> = if scenario == "paragraphs-sweep" {
            let lines =
                corpus::parallel_lines(&corpus_dir(), language.code(), place::ALIGNED_TEXTS);
            place::sweep_places(&document, lines)
        } else if scenario == "paragraphs-spread" {
            place::SharedPlaces::new(&corpus_dir()).spread(
                &corpus_dir(),
                &document,
                language.code(),
            )
        } else {
            place::SharedPlaces::new(&corpus_dir()).places(
                &corpus_dir(),
                &document,
                language.code(),
            )
        };
        // `PROFILE_CITING=1` (or `0`): only the paragraphs that cite (that
        // cite nothing), to count what each kind costs.
        if let Ok(want) = std::env::var("PROFILE_CITING") {
            at.retain(|&p| {
                let line = document.rope().char_to_line(p);
                (document.lines()[line].citations().is_empty()) == (want == "0")
            });
        }
        let started = std::time::Instant::now();
        let count = paragraphs(&mut document, &at, letter(Some(language)), repeat, first);
        eprintln!(
            "{scenario}: {count} keystrokes in {} places, {:?} each",
            at.len(),
            started.elapsed() / count.max(1) as u32
        );
        return;
    }
    // The places are chosen in the 1 MB document of the same texts (which a
    // larger one begins with), and a larger document types into the copy
    // of the same line nearest its middle: like is compared with like.
    let lines_1mb = if size_kb > 1024 {
        place::line_count(&match language {
            Some(language) => {
                corpus::concatenated_parallel(&corpus_dir(), language.code(), 1 << 20)
            }
            None => corpus::concatenated(&corpus_dir(), 1 << 20),
        })
    } else {
        document.lines().len()
    };
    let lines = document.lines();
    let middle = (lines.len() / 2..lines.len())
        .find(|&i| lines[i].len > 80)
        .unwrap_or(lines.len() / 2);
    let at = document.rope().line_to_char(middle) + 40;
    let find = |find: fn(&Document, usize) -> Option<(usize, usize)>| {
        let place = place::place_like_1mb(&document, lines_1mb, find);
        if let Some((line, column)) = place {
            let text = document.line_text(line as u32);
            let around: String = text
                .chars()
                .skip(column.saturating_sub(20))
                .take(40)
                .collect();
            eprintln!("line {line}, char {column}: …{around}…");
        }
        place.map_or(at, |p| place::char_index(&document, p))
    };
    let quiet_override = std::env::var("PROFILE_LINE").ok().map(|needle| {
        let line = (0..document.lines().len())
            .find(|&i| document.line_text(i as u32).contains(&needle))
            .unwrap_or_else(|| panic!("no line holds {needle:?}"));
        let (line, column) = place::quiet_place(&document, line)
            .unwrap_or_else(|| panic!("no quiet place from line {line} on"));
        eprintln!("PROFILE_LINE: line {line}, char {column}");
        place::char_index(&document, (line, column))
    });
    let places = Places {
        at,
        quiet: quiet_override.unwrap_or_else(|| find(place::quiet_place)),
        citing: find(place::citation_place),
    };
    if matches!(scenario, "keystroke" | "typing" | "citing") {
        // The measured edits follow one at the same place, as a drafter's
        // keystrokes follow each other there: what the document keeps of
        // the line last edited (the clauses of a Chinese line) is that
        // line's, as when typing. (The first keystroke in a line is the
        // criterion benchmark's.)
        step(scenario, &text, language, &mut document, places);
    }
    let started = std::time::Instant::now();
    measured(scenario, &text, language, &mut document, repeat, places);
    let elapsed = started.elapsed();
    let model = document.model();
    let markers: usize = document.lines().iter().map(|l| l.markers().len()).sum();
    let citations: usize = document.lines().iter().map(|l| l.citations().len()).sum();
    eprintln!(
        "{scenario} on {} bytes, {} lines ({} with markers, {markers} markers, {citations} citations, {} paragraphs, {} subparagraphs, {} footnote texts), {} diagnostics: {:?} per repetition",
        text.len(),
        document.lines().len(),
        document.lines().iter().filter(|l| !l.markers().is_empty()).count(),
        model.paragraphs.len(),
        model.subs.len(),
        model.footnote_lines.len(),
        document.diagnostics().len(),
        elapsed / repeat.max(1) as u32
    );
}
