//! Comparing a draft with its base on real pairs: consecutive resolutions
//! on the same item (the same body and title, adopted one after the other)
//! in `shared/corpus/unxml`.
//!
//! - The alignment agrees with the matches a person made by hand on the
//!   pairs of `fixtures/diff_pairs.txt` (moved and split paragraphs among
//!   them); the agreement is printed per pair.
//! - Round trip on every pair: the edit script applied to the base gives
//!   the draft exactly, rejected it gives the base, and the entries'
//!   changes applied in order give the draft too; the JSON report carries
//!   enough to do the same.
//! - The technical-update hints fire on every adopted text copied with its
//!   session advanced by one (and their fixes silence them without new
//!   findings), and are quiet on the real pairs where the update was done
//!   (the later resolution recalls the earlier).

mod support;

use std::collections::BTreeMap;
use std::path::Path;

use resolute_core::diagnostic::{apply_edits, TextEdit};
use resolute_core::diff::{self, update, UnitKind};
use resolute_core::syntax::citation::SessionRef;
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

/// Update slips of the official texts, with the evidence: the hint is right.
const KNOWN_UPDATE_SLIPS: &[(&str, &str, &str)] = &[(
    "unxml/ga/A_RES_79_229.txt",
    update::REPORT_SESSION,
    "OP13 asks the Secretary-General to report to the General Assembly `at its seventy-ninth session`, \
     copied from 78/170, which had already asked for the seventy-ninth; 79/229 was adopted on \
     19 December 2024, in the seventy-ninth session, and its successor 80/158 asks for the eighty-first",
)];

/// One pass over every pair: the round trip, and the update hints.
#[test]
fn round_trip_and_quiet_update_hints_on_every_pair() {
    type Outcome = (Vec<String>, Option<(String, Vec<String>)>);
    let pairs = pairs();
    let results: Vec<Outcome> = par_pairs(&pairs, |pair| {
        let (base_text, draft_text) = (read(&pair.base), read(&pair.draft));
        let (base, draft) = (Document::new(&base_text), Document::new(&draft_text));
        let c = diff::compare(&base, &draft);
        let mut wrong = Vec::new();
        if c.apply_script() != draft_text {
            wrong.push(format!(
                "{}: the script applied is not the draft",
                pair.draft
            ));
        }
        if c.reject_script() != base_text {
            wrong.push(format!(
                "{}: the script rejected is not the base",
                pair.draft
            ));
        }
        if c.apply_entries() != draft_text {
            wrong.push(format!(
                "{}: the entries applied are not the draft",
                pair.draft
            ));
        }
        let json = diff::render::json(&c);
        if diff::render::apply_json(&base_text, &json).as_deref() != Some(draft_text.as_str()) {
            wrong.push(format!(
                "{}: the JSON report applied is not the draft",
                pair.draft
            ));
        }
        let hints = update::hints(&c, &base, &draft);
        // The update was done where the draft recalls its base.
        if hints.iter().any(|h| h.code == update::BASE_NOT_RECALLED) {
            return (wrong, None);
        }
        let unexpected: Vec<String> = hints
            .iter()
            .filter(|h| {
                !KNOWN_UPDATE_SLIPS
                    .iter()
                    .any(|(file, code, _)| *file == pair.draft && *code == h.code)
            })
            .map(|h| {
                format!(
                    "{}:{}: {}: {}",
                    pair.draft,
                    h.range().start.line + 1,
                    h.code,
                    h.message
                )
            })
            .collect();
        (wrong, Some((pair.draft.clone(), unexpected)))
    });
    let round_trip: Vec<String> = results.iter().flat_map(|r| r.0.clone()).collect();
    assert!(
        round_trip.is_empty(),
        "round trip, {} of {} pairs:\n{}",
        round_trip.len(),
        pairs.len(),
        round_trip.join("\n")
    );
    let updated: Vec<_> = results.into_iter().filter_map(|r| r.1).collect();
    let noisy: Vec<String> = updated.iter().flat_map(|(_, u)| u.clone()).collect();
    println!(
        "{} pairs, {} updated (the draft recalls its base), {} unexpected hints",
        pairs.len(),
        updated.len(),
        noisy.len()
    );
    assert!(updated.len() > 1000, "{} updated pairs", updated.len());
    assert!(noisy.is_empty(), "{}", noisy.join("\n"));
    // The known slips are still found.
    for (file, code, evidence) in KNOWN_UPDATE_SLIPS {
        let pair = pairs.iter().find(|p| p.draft == *file).expect("a pair");
        let (base, draft) = (
            Document::new(&read(&pair.base)),
            Document::new(&read(&pair.draft)),
        );
        let hints = update::hints(&diff::compare(&base, &draft), &base, &draft);
        assert!(
            hints.iter().any(|h| h.code == *code),
            "{file}: {code} ({evidence})"
        );
    }
}

/// The base's own session, spelled, as a drafter mentions it.
fn own_session_phrases(session: u32) -> Vec<String> {
    let word = resolute_core::syntax::ordinal::spell(session).unwrap();
    vec![
        format!("General Assembly at its {word} session"),
        format!("provisional agenda of its {word} session"),
        format!("the {word} session of the General Assembly"),
    ]
}

#[test]
fn update_hints_fire_on_a_copied_base_with_its_session_advanced() {
    // Every General Assembly and Human Rights Council text that numbers
    // itself `79/123.`: the draft is the same text numbered `80/123.`.
    // Every other one: each costs two comparisons and three analyses.
    let texts: Vec<support::corpus::Text> = support::corpus::english()
        .into_iter()
        .filter(|t| t.name.starts_with("unxml/ga/") || t.name.starts_with("unxml/hrc/"))
        .step_by(2)
        .collect();
    let outcomes = support::corpus::par_map(&texts, |t| {
        let base = Document::new(&t.text);
        let Some((SessionRef::Regular(session), number)) = base.model().own.number else {
            return None;
        };
        let line = base.model().own.line? as usize;
        let own = format!("{session}/{number}");
        let title = t.text.lines().nth(line)?;
        let at = t.text.find(title)? + title.find(&own)?;
        let mut draft_text = t.text.clone();
        draft_text.replace_range(at..at + own.len(), &format!("{}/{number}", session + 1));
        let draft = Document::new(&draft_text);
        let c = diff::compare(&base, &draft);
        let hints = update::hints(&c, &base, &draft);
        let mut problems = Vec::new();
        // A part B that recalls part A (`75/242 B` recalling `75/242 of 31
        // December 2020`) still recalls its base once copied.
        let own_number = number;
        let cites_itself = base.lines().iter().any(|line| {
            line.citations().iter().any(|c| {
                c.id == resolute_core::syntax::CitationId::Slash {
                    session: SessionRef::Regular(session),
                    number: own_number,
                }
            })
        });
        if !cites_itself && !hints.iter().any(|h| h.code == update::BASE_NOT_RECALLED) {
            problems.push("no update-base-not-recalled".to_owned());
        }
        // Each mention of the base's own session in an operative paragraph
        // gets its hint.
        let operative: Vec<u32> = c
            .draft_units
            .iter()
            .filter(|u| u.kind == diff::UnitKind::Operative)
            .flat_map(|u| u.lines.clone())
            .collect();
        let mut expected = 0;
        for (index, text) in draft_text.lines().enumerate() {
            if !operative.contains(&(index as u32)) {
                continue;
            }
            let mentions = own_session_phrases(session)
                .iter()
                .map(|p| text.matches(p.as_str()).count())
                .sum::<usize>();
            let found = hints
                .iter()
                .filter(|h| {
                    h.range().start.line as usize == index && h.code != update::BASE_NOT_RECALLED
                })
                .count();
            if t.name.starts_with("unxml/ga/") && found < mentions {
                problems.push(format!(
                    "line {}: {mentions} mentions, {found} hints",
                    index + 1
                ));
            }
            expected += mentions;
        }
        // Every fix applied: no hint is left, and no error or warning is new.
        let edits: Vec<TextEdit> = hints
            .iter()
            .flat_map(|h| h.fixes()[0].edits.clone())
            .collect();
        let fixed_text = apply_edits(&draft_text, &edits);
        let fixed = Document::new(&fixed_text);
        let left = update::hints(&diff::compare(&base, &fixed), &base, &fixed);
        if !left.is_empty() {
            problems.push(format!(
                "after the fixes: {:?}",
                left.iter().map(|h| &h.message).collect::<Vec<_>>()
            ));
        }
        let loud = |d: &Document| {
            let mut v: Vec<&str> = d
                .diagnostics()
                .iter()
                .filter(|d| d.severity <= resolute_core::Severity::Warning)
                .map(|d| d.code)
                .collect();
            v.sort();
            v
        };
        if loud(&fixed) != loud(&draft) {
            problems.push(format!(
                "the fixes changed the findings: {:?} -> {:?}",
                loud(&draft),
                loud(&fixed)
            ));
        }
        Some((t.name.clone(), hints.len(), expected, problems))
    });
    let copies: Vec<_> = outcomes.into_iter().flatten().collect();
    let with_mentions = copies.iter().filter(|c| c.2 > 0).count();
    let hints: usize = copies.iter().map(|c| c.1).sum();
    println!(
        "{} copies advanced by one session: {hints} hints; {with_mentions} with the base's own session in an operative paragraph",
        copies.len()
    );
    let failures: Vec<String> = copies
        .iter()
        .filter(|c| !c.3.is_empty())
        .map(|c| format!("{}: {}", c.0, c.3.join("; ")))
        .collect();
    assert!(copies.len() > 900, "{} copies", copies.len());
    assert!(
        with_mentions > 10,
        "{with_mentions} copies mention their session"
    );
    assert!(
        failures.is_empty(),
        "{} copies:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// A text made of pieces of resolutions and odd characters.
fn text_strategy() -> impl proptest::strategy::Strategy<Value = String> {
    use proptest::prelude::*;
    let pieces = prop::sample::select(vec![
        "\tThe General Assembly,\n",
        "\tRecalling its resolution 77/1 of 1 December 2022,\n",
        "\tNoting the report of the Secretary-General,1\n",
        "\t1.\tRequests the Secretary-General to submit to the General Assembly at its eightieth session a report;\n",
        "\t2.\tDecides to include in the provisional agenda of its seventy-ninth session the item;\n",
        "\t(a)\tto act;\n",
        "80/5.\tTitle\n",
        "Eightieth session\n",
        "<!-- base: x -->\n",
        "\u{3000}\u{a0}wide ",
        "words and more words ",
        "\r\n",
        "\n",
        "1 A/79/1.\n",
        "é😀中",
        "",
    ]);
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(256))]

    /// On any pair of texts: no panic, and the round trip holds.
    #[test]
    fn any_pair_round_trips(base in text_strategy(), draft in text_strategy()) {
        let (b, d) = (Document::new(&base), Document::new(&draft));
        let c = diff::compare(&b, &d);
        proptest::prop_assert_eq!(c.apply_script(), draft.clone());
        proptest::prop_assert_eq!(c.reject_script(), base.clone());
        proptest::prop_assert_eq!(c.apply_entries(), draft.clone());
        let _ = update::hints(&c, &b, &d);
        let _ = diff::render::human(&c, true);
        let _ = diff::render::markdown(&c, "b", "d");
    }
}
