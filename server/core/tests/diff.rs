//! Comparing a draft with its base on real pairs: consecutive resolutions
//! on the same item (the same body and title, adopted one after the other)
//! in `shared/corpus/unxml`.
//!
//! - The alignment agrees with the matches a person made by hand on the
//!   pairs of `fixtures/diff_pairs.txt` (moved and split paragraphs among
//!   them); the agreement is printed per pair.
//! - Round trip on every third pair: the edit script applied to the base gives
//!   the draft exactly, rejected it gives the base, and the entries'
//!   changes applied in order give the draft too; the JSON report carries
//!   enough to do the same.

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use resolute_core::diff::{self, UnitKind};
use resolute_core::Document;

use support::corpus::corpus_dir;

/// One pair: the earlier and the later resolution, as paths under
/// `shared/corpus`.
#[derive(Debug, Clone)]
struct Pair {
    base: String,
    draft: String,
}

/// Every pair of consecutive resolutions with the same body and title in
/// `unxml/INDEX.csv`, in the order of the index's titles.
fn pairs() -> Vec<Pair> {
    let index = corpus_dir().join("unxml/INDEX.csv");
    let text =
        std::fs::read_to_string(&index).unwrap_or_else(|e| panic!("{}: {e}", index.display()));
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let mut items: BTreeMap<(String, String), Vec<(String, String)>> = BTreeMap::new();
    for record in reader.records() {
        let record = record.expect("a readable row of INDEX.csv");
        let (file, body, date, title) = (&record[0], &record[2], &record[3], &record[4]);
        items
            .entry((body.to_owned(), title.trim().to_lowercase()))
            .or_default()
            .push((date.to_owned(), format!("unxml/{file}")));
    }
    let mut out = Vec::new();
    for (_, mut texts) in items {
        texts.sort();
        for window in texts.windows(2) {
            out.push(Pair {
                base: window[0].1.clone(),
                draft: window[1].1.clone(),
            });
        }
    }
    out
}

fn read(name: &str) -> String {
    let path = corpus_dir().join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Runs `f` on every pair, on all cores.
fn par_pairs<T: Send>(pairs: &[Pair], f: impl Fn(&Pair) -> T + Sync) -> Vec<T> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = pairs.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let handles: Vec<_> = pairs
            .chunks(chunk)
            .map(|part| scope.spawn(|| part.iter().map(&f).collect::<Vec<T>>()))
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().expect("a worker thread"))
            .collect()
    })
}

#[test]
fn the_corpus_has_pairs_on_the_same_item() {
    let pairs = pairs();
    // 1,448 in the corpus as it is; at least a thousand for the round trip
    // to mean something.
    assert!(pairs.len() > 1000, "only {} pairs", pairs.len());
    assert!(pairs
        .iter()
        .any(|p| p.base.ends_with("A_RES_77_107.txt") && p.draft.ends_with("A_RES_79_123.txt")));
}

/// Every third pair (483 of 1,448): the whole set takes two minutes in a
/// debug build on two cores.
#[test]
fn round_trip_on_corpus_pairs() {
    let pairs: Vec<Pair> = pairs().into_iter().step_by(3).collect();
    assert!(pairs.len() > 400, "{} pairs", pairs.len());
    let failures: Vec<String> = par_pairs(&pairs, |pair| {
        let (base, draft) = (read(&pair.base), read(&pair.draft));
        let c = diff::compare(&Document::new(&base), &Document::new(&draft));
        let mut wrong = Vec::new();
        if c.apply_script() != draft {
            wrong.push("the script applied is not the draft");
        }
        if c.reject_script() != base {
            wrong.push("the script rejected is not the base");
        }
        if c.apply_entries() != draft {
            wrong.push("the entries applied are not the draft");
        }
        let json = diff::render::json(&c);
        if diff::render::apply_json(&base, &json).as_deref() != Some(draft.as_str()) {
            wrong.push("the JSON report applied is not the draft");
        }
        (!wrong.is_empty())
            .then(|| format!("{} -> {}: {}", pair.base, pair.draft, wrong.join("; ")))
    })
    .into_iter()
    .flatten()
    .collect();
    assert!(
        failures.is_empty(),
        "{} of {} pairs:\n{}",
        failures.len(),
        pairs.len(),
        failures.join("\n")
    );
}

/// A hand-annotated pair.
struct Annotated {
    base: String,
    draft: String,
    /// (draft names, base names), `-` for none.
    matches: Vec<(String, String)>,
}

fn annotations() -> Vec<Annotated> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/diff_pairs.txt");
    let text = std::fs::read_to_string(&path).unwrap();
    let mut out: Vec<Annotated> = Vec::new();
    for line in text.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.is_empty() {
            continue;
        }
        if let Some(rest) = line.strip_prefix("pair ") {
            let (base, draft) = rest.split_once(' ').expect("pair BASE DRAFT");
            out.push(Annotated {
                base: base.to_owned(),
                draft: draft.to_owned(),
                matches: Vec::new(),
            });
        } else {
            let (d, b) = line.split_once(" = ").expect("DRAFT = BASE");
            out.last_mut()
                .expect("a pair line first")
                .matches
                .push((d.to_owned(), b.to_owned()));
        }
    }
    out
}

#[test]
fn the_alignment_agrees_with_a_person() {
    let annotated = annotations();
    assert!(annotated.len() >= 10, "{} annotated pairs", annotated.len());
    let mut report = String::from(
        "pair                                  paragraphs  agreed  moved  split/merged\n",
    );
    let (mut total, mut agreed, mut moves, mut splits) = (0, 0, 0, 0);
    for pair in &annotated {
        let c = diff::compare(
            &Document::new(&read(&pair.base)),
            &Document::new(&read(&pair.draft)),
        );
        let names = |units: &[diff::Unit], list: &[usize]| {
            if list.is_empty() {
                "-".to_owned()
            } else {
                list.iter()
                    .map(|&i| units[i].name())
                    .collect::<Vec<_>>()
                    .join("+")
            }
        };
        let computed: Vec<(String, String)> = c
            .entries
            .iter()
            .filter(|e| e.kind != UnitKind::Other)
            .map(|e| {
                (
                    names(&c.draft_units, &e.draft),
                    names(&c.base_units, &e.base),
                )
            })
            .collect();
        // Every paragraph of both texts is annotated exactly once.
        let count = |list: &[(String, String)], draft: bool| -> Vec<String> {
            let mut v: Vec<String> = list
                .iter()
                .flat_map(|(d, b)| if draft { d } else { b }.split('+').map(str::to_owned))
                .filter(|n| n != "-")
                .collect();
            v.sort();
            v
        };
        assert_eq!(
            count(&pair.matches, true),
            count(&computed, true),
            "{}: draft paragraphs annotated",
            pair.draft
        );
        assert_eq!(
            count(&pair.matches, false),
            count(&computed, false),
            "{}: base paragraphs annotated",
            pair.base
        );
        let here = pair.matches.len();
        let same = pair.matches.iter().filter(|m| computed.contains(m)).count();
        for m in &pair.matches {
            if !computed.contains(m) {
                report.push_str(&format!(
                    "    person {} = {}; the alignment disagrees\n",
                    m.0, m.1
                ));
            }
        }
        let moved = c
            .entries
            .iter()
            .filter(|e| e.moved && e.kind != UnitKind::Other)
            .count();
        let split = c
            .entries
            .iter()
            .filter(|e| e.kind != UnitKind::Other && (e.base.len() > 1 || e.draft.len() > 1))
            .count();
        report.push_str(&format!(
            "{:38} {here:>10}  {same:>6}  {moved:>5}  {split:>12}\n",
            format!("{} -> {}", short(&pair.base), short(&pair.draft))
        ));
        total += here;
        agreed += same;
        moves += moved;
        splits += split;
    }
    let rate = agreed as f64 / total as f64;
    report.push_str(&format!(
        "all {} pairs: {agreed} of {total} matches agreed ({:.1}%), {moves} moved, {splits} split or merged\n",
        annotated.len(),
        100.0 * rate
    ));
    println!("{report}");
    assert!(
        moves > 0 && splits > 0,
        "the annotated pairs must include moves and splits"
    );
    assert!(
        rate >= 0.95,
        "agreement {:.1}% below 95%\n{report}",
        100.0 * rate
    );
}

fn short(path: &str) -> &str {
    path.rsplit('/')
        .next()
        .unwrap_or(path)
        .trim_end_matches(".txt")
}
