//! Measures, on the parallel corpus, the evidence the comparison weighs for
//! the order of two neighbouring paragraphs (`compare::Order`), and how many
//! swapped neighbours it finds, on a split of the 60 texts: the weights are
//! learned on one half (`--half learn`, the texts of even index in the
//! sorted list of symbols) and the swaps counted on the other (`--half
//! check`), so that what is reported generalizes beyond the texts the
//! weights were read from.
//!
//! ```sh
//! cargo run -p resolute-core --example swap_evidence -- evidence learn
//! cargo run -p resolute-core --example swap_evidence -- swaps check
//! cargo run -p resolute-core --example swap_evidence -- swaps all --misses 20
//! ```
//!
//! `evidence` prints, for each piece of evidence and each language, how
//! often a paragraph and its translation show it (the aligned pairs of the
//! clean texts) and how often a paragraph and its translation's neighbour of
//! the same kind do, with the log-likelihood ratio in nats: the weight
//! `compare::Order` gives it. `swaps` swaps every two neighbouring
//! paragraphs of one kind that agree with the English version (the mutation
//! of `tests/compare.rs`, all of them instead of one per text), in the
//! summary (the labels stay, everything else moves), and counts those
//! reported on the two paragraphs and nothing else new.

use std::path::PathBuf;

use resolute_core::compare::{
    compare, neighbour_gains, summarize, Openings, Summary, Unit, UnitKind,
};
use resolute_core::data::languages::Language;
use resolute_core::syntax::opening::Repeat;
use resolute_core::{Catalog, Document};

const LANGUAGES: &[&str] = &["fr", "es", "ar", "zh", "ru"];

/// The corpus listing the tests read (`parallel_symbols`, `corpus_dir`).
#[allow(dead_code)]
#[path = "../tests/support/corpus.rs"]
mod corpus;

fn parallel_dir() -> PathBuf {
    corpus::corpus_dir().join("parallel")
}

fn summary(symbol: &str, lang: &str) -> Summary {
    let name = format!("{lang}.txt");
    let text = std::fs::read_to_string(parallel_dir().join(symbol).join(&name))
        .unwrap_or_else(|e| panic!("{symbol}/{name}: {e}"));
    summarize(&Document::with_language(
        &text,
        Catalog::builtin(),
        Language::from_file_name(&name),
    ))
}

/// The paragraphs that a swap with the next one mutates (the mutation of
/// `tests/compare.rs`): neighbours of one structural kind, in one region,
/// on consecutive lines, both agreeing with the English version (`ok`).
fn swappable<'a>(units: &'a [Unit], ok: &'a [bool]) -> impl Iterator<Item = usize> + 'a {
    (0..units.len().saturating_sub(1)).filter(move |&x| {
        let (a, b) = (&units[x], &units[x + 1]);
        structural(a)
            && a.kind == b.kind
            && a.region == b.region
            && b.line == a.line + 1
            && ok[x]
            && ok[x + 1]
    })
}

fn structural(u: &Unit) -> bool {
    matches!(
        u.kind,
        UnitKind::Preambular | UnitKind::Numbered | UnitKind::Sub(_)
    )
}

/// The version's units that agree with the English ones (aligned, no
/// finding on their line).
fn clean(english: &Summary, version: &Summary) -> (Vec<Option<usize>>, Vec<bool>) {
    let base = compare(english, Language::English, version);
    let lines: Vec<u32> = base.differences.iter().map(|d| d.line).collect();
    let mut of = vec![None; version.units.len()];
    let mut ok = vec![false; version.units.len()];
    for p in &base.pairs {
        if let (Some(i), Some(j)) = *p {
            of[j] = Some(i);
            ok[j] = !lines.contains(&version.units[j].line);
        }
    }
    (of, ok)
}

/// The summary with the contents of units `x` and `x + 1` exchanged.
fn swapped(summary: &Summary, x: usize) -> Summary {
    let mut s = summary.clone();
    let (a, b) = (s.units[x].clone(), s.units[x + 1].clone());
    for (k, from) in [(x, &b), (x + 1, &a)] {
        let u = &mut s.units[k];
        u.chars = from.chars;
        u.phrase = from.phrase;
        u.citations = from.citations.clone();
        u.figures = from.figures.clone();
        u.ordinals = from.ordinals.clone();
        u.symbols = from.symbols.clone();
        u.markers = from.markers.clone();
        u.references = from.references.clone();
        u.candidates = from.candidates.clone();
        u.standing = from.standing.clone();
        u.dates = from.dates.clone();
        u.marks = from.marks.clone();
        u.terms = from.terms.clone();
    }
    s
}

fn in_half(index: usize, half: &str) -> bool {
    match half {
        "learn" => index % 2 == 0,
        "check" => index % 2 == 1,
        _ => true,
    }
}

fn par<T: Send>(items: &[String], f: impl Fn(&str) -> T + Sync) -> Vec<T> {
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                let Some(item) = items.get(i) else { break };
                let r = f(item);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by_key(|r| r.0);
    results.into_iter().map(|r| r.1).collect()
}

/// (language, caught, shown) of every swap of `symbol`.
fn swaps(symbol: &str) -> Vec<(&'static str, bool, String)> {
    let english = summary(symbol, "en");
    let mut out = Vec::new();
    for &lang in LANGUAGES {
        let version = summary(symbol, lang);
        let (of, ok) = clean(&english, &version);
        let base = compare(&english, Language::English, &version);
        let before: Vec<(u32, &str)> = base
            .differences
            .iter()
            .map(|d| (d.line, d.kind.name()))
            .collect();
        // Paragraphs in another order in the published versions: none are
        // (`PARITY.md`), so each is a false finding.
        for d in base.differences.iter().filter(|d| d.kind.name() == "order") {
            out.push((
                lang,
                false,
                format!("{symbol} {lang}:{} order unmutated", d.line + 1),
            ));
        }
        for x in swappable(&version.units, &ok) {
            let (a, b) = (&version.units[x], &version.units[x + 1]);
            let after = compare(&english, Language::English, &swapped(&version, x));
            let new: Vec<(u32, &str)> = after
                .differences
                .iter()
                .map(|d| (d.line, d.kind.name()))
                .filter(|f| !before.contains(f))
                .collect();
            let caught = !new.is_empty() && new.iter().all(|f| f.0 == a.line || f.0 == b.line);
            let mut shown = format!(
                "{symbol} {lang}:{}-{} {:?} new {new:?}",
                a.line + 1,
                b.line + 1,
                a.kind
            );
            if let (Some(i), Some(k)) = (of[x], of[x + 1]) {
                let (e, f) = (&english.units[i], &english.units[k]);
                shown.push_str(&format!(
                    " | openings {:?} {:?} | names {:?}/{:?} {:?}/{:?} | repeat {:?}/{:?} | chars {}/{} {}/{}",
                    Openings::of(e.phrase, a.phrase),
                    Openings::of(f.phrase, b.phrase),
                    e.marks.names,
                    a.marks.names,
                    f.marks.names,
                    b.marks.names,
                    a.marks.repeat,
                    b.marks.repeat,
                    e.chars,
                    a.chars,
                    f.chars,
                    b.chars
                ));
            }
            shown.push_str(&format!(
                " | markers {:?}/{:?} stops {}/{} semis {}/{} digits {}/{}",
                a.markers.iter().map(|m| m.0).collect::<Vec<_>>(),
                b.markers.iter().map(|m| m.0).collect::<Vec<_>>(),
                a.marks.stops,
                b.marks.stops,
                a.marks.semicolons,
                b.marks.semicolons,
                a.marks.digits,
                b.marks.digits
            ));
            out.push((lang, caught, shown));
        }
    }
    out
}

/// (language, swapped?, gain) of the neighbours of `symbol`: each pair of
/// the published versions, and each swap at its place.
fn gains(symbol: &str) -> Vec<(&'static str, bool, f32, String)> {
    let english = summary(symbol, "en");
    let mut out = Vec::new();
    for &lang in LANGUAGES {
        let version = summary(symbol, lang);
        let (_, ok) = clean(&english, &version);
        for (j, g) in neighbour_gains(&english, &version) {
            let at = format!("{symbol} {lang}:{}", version.units[j].line + 1);
            out.push((lang, false, g, at));
        }
        for x in swappable(&version.units, &ok) {
            let a = &version.units[x];
            let g = neighbour_gains(&english, &swapped(&version, x))
                .into_iter()
                .find(|p| p.0 == x)
                .map_or(f32::NEG_INFINITY, |p| p.1);
            out.push((lang, true, g, format!("{symbol} {lang}:{}", a.line + 1)));
        }
    }
    out
}

/// The footnote markers of one unit the other has neither as a marker nor
/// as a reading that stands for one, both ways.
fn markers_apart(a: &Unit, b: &Unit) -> usize {
    let lacking = |x: &Unit, y: &Unit| {
        x.markers
            .iter()
            .filter(|m| !y.markers.iter().any(|n| n.0 == m.0) && !y.standing.contains(&m.0))
            .count()
    };
    lacking(a, b) + lacking(b, a)
}

/// Whether two units cite, write and name alike (the features the order
/// weighs by their distance).
fn same_features(a: &Unit, b: &Unit) -> bool {
    let key = |u: &Unit| {
        let mut out: Vec<String> = u.citations.iter().map(|c| format!("c{}", c.key)).collect();
        out.extend(u.figures.iter().map(|f| format!("f{}", f.milli)));
        out.extend(u.symbols.iter().map(|s| format!("s{}", s.text)));
        out.sort();
        out
    };
    key(a) == key(b)
}

/// What is measured of a reference unit and a version unit.
fn evidence(a: &Unit, b: &Unit) -> Vec<String> {
    let (m, n) = (&a.marks, &b.marks);
    let mut out = vec![
        format!("end equal: {}", m.end == n.end),
        format!("colons equal: {}", m.colons == n.colons),
        format!("brackets equal: {}", m.brackets == n.brackets),
        format!("quotes equal: {}", m.quotes == n.quotes),
        format!("commas apart: {}", m.commas.abs_diff(n.commas).min(4)),
        format!(
            "semicolons apart: {}",
            m.semicolons.abs_diff(n.semicolons).min(3)
        ),
        format!("stops apart: {}", m.stops.abs_diff(n.stops).min(3)),
        format!("digits apart: {}", m.digits.abs_diff(n.digits).min(4)),
        format!("dashes apart: {}", m.dashes.abs_diff(n.dashes).min(2)),
    ];
    let acronyms = m
        .acronyms
        .iter()
        .filter(|x| n.acronyms.binary_search(x).is_ok())
        .count();
    out.push(format!("acronyms shared: {}", acronyms.min(2)));
    out.push(format!("markers apart: {}", markers_apart(a, b).min(2)));
    // The same, where the citations, figures and symbols the order already
    // weighs agree (both without any, most often): what the new evidence
    // adds to theirs.
    if same_features(a, b) {
        out.push(format!(
            "digits apart | same features: {}",
            m.digits.abs_diff(n.digits).min(4)
        ));
        out.push(format!(
            "semicolons apart | same features: {}",
            m.semicolons.abs_diff(n.semicolons).min(2)
        ));
        out.push(format!(
            "stops apart | same features: {}",
            m.stops.abs_diff(n.stops).min(2)
        ));
        out.push(format!(
            "markers apart | same features: {}",
            a.markers.len().abs_diff(b.markers.len()).min(2)
        ));
    }
    let shared = |x: &[u16], y: &[u16]| {
        let mut taken = vec![false; y.len()];
        x.iter()
            .filter(|v| match (0..y.len()).find(|&k| !taken[k] && y[k] == **v) {
                Some(k) => {
                    taken[k] = true;
                    true
                }
                None => false,
            })
            .count()
    };
    let (x, y) = (&m.names, &n.names);
    let common = shared(x, y);
    out.push(format!(
        "names: {}",
        match (x.len(), y.len()) {
            (0, 0) => "none in either".to_string(),
            (0, _) | (_, 0) => "in one only".to_string(),
            _ if common == x.len() && common == y.len() => "the same".to_string(),
            _ if common > 0 => "some shared".to_string(),
            _ => "none shared".to_string(),
        }
    ));
    out.push(format!("names shared: {}", common.min(3)));
    out.push(format!(
        "repeat: {}",
        match (m.repeat, n.repeat) {
            (None, _) | (_, None) => "unread",
            (Some(x), Some(y)) if x == y => "the same",
            (Some(Repeat::None), _) | (_, Some(Repeat::None)) => "in one only",
            _ => "also for further",
        }
    ));
    out.push(format!("phrase: {:?}", Openings::of(a.phrase, b.phrase)));
    out.push(format!(
        "names apart: {}",
        (x.len() + y.len() - 2 * common).min(3)
    ));
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mode = args.first().map_or("swaps", String::as_str);
    let half = args.get(1).map_or("all", String::as_str);
    let misses: usize = args
        .iter()
        .position(|a| a == "--misses")
        .and_then(|p| args.get(p + 1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0);
    let chosen: Vec<String> = corpus::parallel_symbols()
        .into_iter()
        .enumerate()
        .filter(|(i, _)| in_half(*i, half))
        .map(|(_, s)| s)
        .collect();
    match mode {
        "evidence" => {
            // (language, evidence, translation?) counts.
            let found = par(&chosen, |symbol| {
                let english = summary(symbol, "en");
                let mut out: Vec<(&'static str, String, bool)> = Vec::new();
                for &lang in LANGUAGES {
                    let version = summary(symbol, lang);
                    let (of, ok) = clean(&english, &version);
                    for j in 0..version.units.len().saturating_sub(1) {
                        let (b, c) = (&version.units[j], &version.units[j + 1]);
                        let (Some(i), true, true) = (of[j], ok[j], ok[j + 1]) else {
                            continue;
                        };
                        if !(structural(b) && b.kind == c.kind && b.region == c.region) {
                            continue;
                        }
                        let a = &english.units[i];
                        for e in evidence(a, b) {
                            out.push((lang, e, true));
                        }
                        for e in evidence(a, c) {
                            out.push((lang, e, false));
                        }
                    }
                }
                out
            });
            let all: Vec<(&str, String, bool)> = found.into_iter().flatten().collect();
            let mut keys: Vec<&String> = all.iter().map(|f| &f.1).collect();
            keys.sort();
            keys.dedup();
            println!("half: {half} ({} texts)", chosen.len());
            println!("| evidence | language | translations | neighbours | log-likelihood ratio |");
            println!("|---|---|---:|---:|---:|");
            for key in keys {
                for &lang in LANGUAGES.iter().chain(&["all"]) {
                    let of = |t: bool| {
                        all.iter()
                            .filter(|f| f.2 == t && &f.1 == key && (lang == "all" || f.0 == lang))
                            .count()
                    };
                    let (t, n) = (of(true), of(false));
                    // Each pair shows one value of each evidence: the
                    // totals are over the pairs (counted once per key
                    // family).
                    let family = key.split(':').next().unwrap_or("");
                    let pairs = |t: bool| {
                        all.iter()
                            .filter(|f| {
                                f.2 == t
                                    && f.1.split(':').next() == Some(family)
                                    && (lang == "all" || f.0 == lang)
                            })
                            .count()
                    };
                    let (tp, np) = (pairs(true).max(1), pairs(false).max(1));
                    let p = (t as f64 + 0.5) / (tp as f64 + 1.0);
                    let q = (n as f64 + 0.5) / (np as f64 + 1.0);
                    println!(
                        "| {key} | {lang} | {t}/{tp} ({:.1}%) | {n}/{np} ({:.1}%) | {:+.2} |",
                        100.0 * t as f64 / tp as f64,
                        100.0 * n as f64 / np as f64,
                        (p / q).ln()
                    );
                }
            }
        }
        "explain" => {
            // explain SYMBOL LANG: the gains of its neighbours (with
            // EXPLAIN_LINE=n, the costs at that line).
            let lang: &'static str = LANGUAGES.iter().find(|l| **l == args[2]).unwrap();
            let english = summary(half, "en");
            let version = summary(half, lang);
            for (j, g) in neighbour_gains(&english, &version) {
                println!("{} gain {g:.2}", version.units[j].line + 1);
            }
        }
        "gains" => {
            let found: Vec<_> = par(&chosen, gains).into_iter().flatten().collect();
            let thresholds = [2.0f32, 3.0, 3.5, 4.0, 4.5, 5.0, 6.0];
            println!("half: {half} ({} texts)", chosen.len());
            print!("| language | swaps | published pairs |");
            for t in thresholds {
                print!(" > {t} |");
            }
            println!();
            for &lang in LANGUAGES {
                let of = |swapped: bool| -> Vec<f32> {
                    found
                        .iter()
                        .filter(|f| f.0 == lang && f.1 == swapped)
                        .map(|f| f.2)
                        .collect()
                };
                let (s, p) = (of(true), of(false));
                for f in found.iter().filter(|f| f.0 == lang && !f.1 && f.2 > 2.0) {
                    println!("|   published {} gains {:.1} |", f.3, f.2);
                }
                print!("| {lang} | {} | {} |", s.len(), p.len());
                for t in thresholds {
                    let a = s.iter().filter(|g| **g > t).count();
                    let b = p.iter().filter(|g| **g > t).count();
                    print!(" {:.1}% / {b} |", 100.0 * a as f64 / s.len().max(1) as f64);
                }
                println!();
                let mut top = p.clone();
                top.sort_by(|a, b| b.total_cmp(a));
                top.truncate(5);
                println!("|   highest published: {top:.1?} |");
                let bins = [f32::NEG_INFINITY, -2.0, 0.0, 1.0, 2.0, 3.0, 4.0];
                let mut line = String::from("|   swaps by gain:");
                for w in bins.windows(2) {
                    let n = s.iter().filter(|g| **g > w[0] && **g <= w[1]).count();
                    line.push_str(&format!(" ({}, {}] {n};", w[0], w[1]));
                }
                println!("{line} |");
            }
        }
        _ => {
            let found: Vec<_> = par(&chosen, swaps).into_iter().flatten().collect();
            println!("half: {half} ({} texts)", chosen.len());
            println!("| language | swaps | found | rate |\n|---|---:|---:|---:|");
            let unmutated = |f: &&(&str, bool, String)| f.2.ends_with("order unmutated");
            for &lang in LANGUAGES {
                let of: Vec<_> = found
                    .iter()
                    .filter(|f| f.0 == lang && !unmutated(f))
                    .collect();
                let caught = of.iter().filter(|f| f.1).count();
                println!(
                    "| {lang} | {} | {caught} | {:.1}% |",
                    of.len(),
                    100.0 * caught as f64 / of.len().max(1) as f64
                );
            }
            let false_orders: Vec<_> = found.iter().filter(unmutated).collect();
            println!(
                "order findings on the versions as published: {}",
                false_orders.len()
            );
            for f in false_orders {
                println!("  {}", f.2);
            }
            for f in found.iter().filter(|f| !f.1 && !unmutated(f)).take(misses) {
                println!("  {}", f.2);
            }
        }
    }
}
