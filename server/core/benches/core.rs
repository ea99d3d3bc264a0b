//! Benchmarks of the analysis core, on real resolutions: a typical one
//! (A/RES/79/9, 25 KB), the longest of the corpus (A/RES/76/72, 210 KB), and
//! 1 MB and 10 MB documents made by concatenating corpus texts (built here,
//! not committed). Run with `cargo bench -p resolute-core`; see
//! docs/PERFORMANCE.md for the figures and what they mean.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

#[path = "support/corpus.rs"]
mod corpus;
#[path = "support/place.rs"]
mod place;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use resolute_core::catalog::{key, Catalog, Layer};
use resolute_core::ide;
use resolute_core::{Document, Pos, Range};

fn corpus_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus")
}

fn corpus_text(name: &str) -> String {
    std::fs::read_to_string(corpus_dir().join(name)).expect("the corpus is next to the repository")
}

/// The documents every benchmark runs on: (name, text).
fn documents() -> Vec<(&'static str, String)> {
    vec![
        ("typical-25k", corpus_text("A_RES_79_9.txt")),
        ("longest-210k", corpus_text("A_RES_76_72.txt")),
        ("concat-1m", corpus::concatenated(&corpus_dir(), 1 << 20)),
        ("concat-10m", corpus::concatenated(&corpus_dir(), 10 << 20)),
    ]
}

/// The char index of the middle of the first paragraph line past the middle
/// of the text.
fn middle_of_a_paragraph(document: &Document) -> usize {
    let rope = document.rope();
    let lines = document.lines();
    let start = lines.len() / 2;
    let line = (start..lines.len())
        .find(|&i| lines[i].len > 80)
        .unwrap_or(start);
    rope.line_to_char(line) + 40
}

/// The char index of the start of the first operative paragraph.
fn first_operative_paragraph(document: &Document) -> usize {
    let line = (document.model().paragraph_lines.first()).map_or(0, |&l| l as usize);
    document.rope().line_to_char(line)
}

/// The keystroke benchmarks of a document (see `support/place.rs`):
/// `keystroke`, `letter` typed where it changes no reading of the line
/// (the common keystroke; the first in that line), `keystroke-typing`,
/// the same after one typed there, and `keystroke-citation`, a digit typed at the
/// end of a citation's number (an edit that changes a citation). `lines`
/// is the line count of the document whose middle the places are chosen
/// from: the document's own, or that of the 1 MB document a larger one
/// begins with (it then types into the copy of the same line nearest its
/// own middle).
fn keystrokes(
    group: &mut criterion::BenchmarkGroup<'_, criterion::measurement::WallTime>,
    document: &Document,
    lines: usize,
    letter: &'static str,
) {
    let places = [
        (
            "keystroke",
            place::quiet_place as fn(&Document, usize) -> _,
            letter,
        ),
        ("keystroke-citation", place::citation_place, "1"),
    ];
    for (name, find, typed) in places {
        let Some(place) = place::place_like_1mb(document, lines, find) else {
            continue;
        };
        let at = place::char_index(document, place);
        group.bench_function(name, |b| {
            b.iter_batched_ref(
                || document.clone(),
                |d| d.edit(at..at, typed),
                BatchSize::SmallInput,
            )
        });
        if name == "keystroke" {
            // The same keystroke after one typed and deleted there, as when
            // typing: what the document keeps of the line last edited (the
            // clauses of a Chinese line) is that line's.
            let mut typing = document.clone();
            typing.edit(at..at, typed);
            typing.edit(at..at + typed.chars().count(), "");
            group.bench_function("keystroke-typing", |b| {
                b.iter_batched_ref(
                    || typing.clone(),
                    |d| d.edit(at..at, typed),
                    BatchSize::SmallInput,
                )
            });
        }
    }
}

fn analysis(c: &mut Criterion) {
    let mut like_1m = 0;
    for (name, text) in documents() {
        let mut group = c.benchmark_group(format!("analysis/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        if text.len() > 2 << 20 {
            group.sample_size(10);
            group.measurement_time(Duration::from_secs(10));
        }
        group.bench_function("full", |b| b.iter(|| Document::new(black_box(&text))));

        let document = Document::new(&text);
        let at = middle_of_a_paragraph(&document);
        // The 10 MB document types into the same paragraph text as the
        // 1 MB one (the copy of its line nearest its middle), to compare
        // like with like.
        let lines = match name {
            "concat-1m" => {
                like_1m = document.lines().len();
                like_1m
            }
            "concat-10m" => like_1m,
            _ => document.lines().len(),
        };
        keystrokes(&mut group, &document, lines, "x");
        let top = first_operative_paragraph(&document);
        let paragraph = "\t1.\tDecides to include in the provisional agenda of its next session the item entitled \u{201c}Cooperation\u{201d};\n";
        group.bench_function("insert-operative-paragraph", |b| {
            b.iter_batched_ref(
                || document.clone(),
                |d| d.edit(top..top, paragraph),
                BatchSize::SmallInput,
            )
        });
        let paste = &text[..text.len().min(50 * 1024)];
        let paste = &paste[..paste
            .char_indices()
            .map(|(i, _)| i)
            .rfind(|&i| i > 0 && paste[..i].ends_with('\n'))
            .unwrap_or(0)];
        group.bench_function("paste-50k", |b| {
            b.iter_batched_ref(
                || document.clone(),
                |d| d.edit(at..at, paste),
                BatchSize::SmallInput,
            )
        });
        group.finish();
    }
}

/// Full analysis and a keystroke in 1 MB of each language (the parallel
/// corpus's versions, concatenated as the English 1 MB text is), read in
/// its language: the same texts in six languages, to compare with each
/// other (`concat-1m-en` is the English of the same texts). The keystroke
/// types a letter of the script inside a run of letters of a preambular
/// paragraph, where it changes no reading ([`keystrokes`]).
fn other_scripts(c: &mut Criterion) {
    use resolute_core::data::languages::Language;
    let shared = place::SharedPlaces::new(&corpus_dir());
    for (name, language, letter) in [
        ("concat-1m-en", Language::English, "x"),
        ("concat-1m-fr", Language::French, "x"),
        ("concat-1m-es", Language::Spanish, "x"),
        ("concat-1m-ar", Language::Arabic, "\u{628}"),
        ("concat-1m-zh", Language::Chinese, "\u{7684}"),
        ("concat-1m-ru", Language::Russian, "\u{436}"),
    ] {
        let code = language.code();
        let text = corpus::concatenated_parallel(&corpus_dir(), code, 1 << 20);
        let mut group = c.benchmark_group(format!("analysis/{name}"));
        group.throughput(Throughput::Bytes(text.len() as u64));
        let document = Document::with_language(&text, Catalog::builtin(), Some(language));
        assert_eq!(document.language(), language);
        group.bench_function("full", |b| {
            b.iter(|| Document::with_language(black_box(&text), Catalog::builtin(), Some(language)))
        });
        keystrokes(&mut group, &document, document.lines().len(), letter);
        // A letter typed and deleted in every paragraph of the shared texts,
        // after one typed there: the same paragraphs in every language
        // (issue 17 compares them), two edits a paragraph per iteration.
        let places: Vec<usize> = shared.places(&corpus_dir(), &document, code);
        let mut typing = document.clone();
        let width = letter.chars().count();
        for &at in &places {
            typing.edit(at..at, letter);
            typing.edit(at..at + width, "");
        }
        group.sample_size(20);
        group.bench_function("keystrokes-aligned", |b| {
            b.iter(|| {
                for &at in &places {
                    typing.edit(at..at, letter);
                    typing.edit(at..at + width, "");
                }
            })
        });
        group.finish();
    }
}

/// A preamble of 16,000 paragraphs that all open `Noting the report,`
/// (each repeats the one before, so each raises `repeated-opening`), then
/// one operative paragraph: runs of identical openings must cost what
/// varied ones do (issue 13; they were quadratic, 1.5 s a keystroke).
fn identical_openings(c: &mut Criterion) {
    const PARAGRAPHS: usize = 16_000;
    let mut text = String::from("\tThe General Assembly,\n");
    for _ in 0..PARAGRAPHS {
        text.push_str("\tNoting the report,\n");
    }
    text.push_str("\t1.\tDecides to remain seized of the matter.\n");
    let mut group = c.benchmark_group("analysis/identical-openings-16k");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("full", |b| b.iter(|| Document::new(black_box(&text))));
    let document = Document::new(&text);
    // Inside the opening of the paragraph in the middle: `Noting thex report`.
    let middle = document.rope().line_to_char(1 + PARAGRAPHS / 2) + "\tNoting the".len();
    group.bench_function("keystroke", |b| {
        b.iter_batched_ref(
            || document.clone(),
            |d| d.edit(middle..middle, "x"),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

/// The first citation of a resolution the catalog knows, as a position.
fn a_known_citation(document: &Document) -> Option<Pos> {
    document.lines().iter().enumerate().find_map(|(i, line)| {
        line.citations()
            .iter()
            .find(|c| {
                document
                    .model()
                    .citation_key(c)
                    .is_some_and(|k| document.catalog().get(&k).is_some())
            })
            .map(|c| Pos::new(i as u32, c.span.start + 1))
    })
}

/// One operative paragraph on a single line of about 5 MB, with a footnote
/// marker, a citation, an internal reference, brackets and a document symbol
/// every 80 bytes (issue 15: such a line cost 3 s a keystroke, and a range
/// request as much as a full one). Work on a range must cost in proportion
/// to the range: the `range-*` figures must not grow with the line.
fn long_line(c: &mut Criterion) {
    const CHUNKS: usize = 64_000;
    let mut text = String::from("\tThe General Assembly,\n\t1.\tDecides");
    for _ in 0..CHUNKS {
        text.push_str(" to recall resolution 67/264,1 [and paragraph 2 below] and A/67/280 as");
    }
    text.push_str(";\n\t2.\tDecides to remain seized of the matter.\n\n1 A footnote.\n");
    let mut group = c.benchmark_group("long-line-5mb");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(5));
    let document = Document::new(&text);
    let line_len = document.line_text(1).len() as u32;
    let middle = line_len / 2;
    // What an editor shows of the line: about 200 characters.
    let visible = Range::new(Pos::new(1, middle), Pos::new(1, middle + 200));
    group.bench_function("range-semantic-tokens", |b| {
        b.iter(|| ide::semantic_tokens_in(&document, black_box(visible)))
    });
    group.bench_function("range-inlay-hints", |b| {
        b.iter(|| ide::inlay_hints_in(&document, document.catalog(), black_box(visible)))
    });
    group.bench_function("range-code-actions", |b| {
        b.iter(|| ide::actions::actions(&document, document.catalog(), black_box(visible)))
    });
    group.bench_function("whole-line-semantic-tokens", |b| {
        b.iter(|| ide::semantic_tokens(&document, black_box(Some(1..2))))
    });
    let at = document.rope().line_to_char(1) + middle as usize;
    group.bench_function("keystroke", |b| {
        b.iter_batched_ref(
            || document.clone(),
            |d| d.edit(at..at, "x"),
            BatchSize::SmallInput,
        )
    });
    group.finish();
}

fn editor(c: &mut Criterion) {
    let mut group = c.benchmark_group("editor");
    let text = corpus_text("A_RES_79_9.txt");
    let document = Document::new(&text);
    let at = a_known_citation(&document).expect("the text cites a catalogued resolution");
    group.bench_function("hover-citation", |b| {
        b.iter(|| ide::hover(&document, document.catalog(), black_box(at)))
    });
    // Completion of `resolution 67/2`, typed at the end of a line.
    let mut typing = document.clone();
    let end = typing.rope().line_to_char(at.line as usize + 1) - 1;
    typing.edit(end..end, " and resolution 67/2");
    let line_len = typing.line_text(at.line).len() as u32;
    let cursor = Pos::new(at.line, line_len);
    group.bench_function("complete-citation", |b| {
        b.iter(|| ide::completion(&typing, typing.catalog(), black_box(cursor)))
    });
    group.finish();
}

fn catalog(c: &mut Criterion) {
    let mut group = c.benchmark_group("catalog");
    group.sample_size(20);
    group.bench_function("load-builtin", |b| b.iter(Layer::builtin_data_for_bench));
    let catalog = Catalog::builtin();
    let (known, _) = key::parse_symbol("A/RES/67/264").unwrap();
    let (unknown, _) = key::parse_symbol("A/RES/79/999").unwrap();
    group.bench_function("lookup-known", |b| {
        b.iter(|| catalog.status(black_box(&known)))
    });
    group.bench_function("lookup-unknown", |b| {
        b.iter(|| catalog.status(black_box(&unknown)))
    });
    group.bench_function("prefix-67/2", |b| {
        b.iter(|| {
            catalog
                .with_prefix(
                    resolute_core::syntax::Organ::GeneralAssembly,
                    black_box("67/2"),
                )
                .count()
        })
    });
    group.finish();
}

criterion_group!(
    benches,
    analysis,
    other_scripts,
    identical_openings,
    long_line,
    editor,
    catalog
);
criterion_main!(benches);
