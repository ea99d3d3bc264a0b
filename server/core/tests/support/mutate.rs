//! Mutation tests over the whole corpus: break every adopted text the way
//! drafters do, one mistake at a time, and require the expected finding on
//! the expected line and no other new error or warning.
//!
//! A kind of mistake is a function that takes an adopted text (and its
//! analysed [`Document`]) and returns a broken copy with the findings it must
//! raise, or `None` when the text offers no place for that mistake. Where it
//! breaks the text is drawn from a generator seeded by the text's name and
//! the kind, so every run breaks the same places.

use std::fmt::Write as _;

use resolute_core::data::languages::Language;
use resolute_core::{Catalog, Document};

use super::corpus::{findings_of, par_map, Finding, Text};

/// A broken copy of a text.
pub struct Mutant {
    pub text: String,
    /// What the mistake must raise: (1-based line in the broken copy, code).
    pub expected: Vec<Finding>,
    /// Lines of the original from this 1-based line on moved by `.1` in the
    /// copy (a deleted line: `(line + 1, -1)`).
    pub shift: Option<(u32, i64)>,
}

impl Mutant {
    /// A copy with the same lines, expecting `code` on `line`.
    pub fn on_line(text: String, line: u32, code: &'static str) -> Mutant {
        Mutant {
            text,
            expected: vec![(line, code)],
            shift: None,
        }
    }
}

/// Everything a kind of mistake may read about the original.
pub struct Original<'a> {
    pub text: &'a Text,
    pub document: &'a Document,
    /// Its lines, split at `\n`.
    pub lines: Vec<&'a str>,
}

impl Original<'_> {
    /// The text with line `index` (0-based) replaced.
    pub fn with_line(&self, index: usize, new: &str) -> String {
        let mut lines: Vec<&str> = self.lines.clone();
        lines[index] = new;
        lines.join("\n")
    }

    /// The text without line `index` (0-based).
    pub fn without_line(&self, index: usize) -> String {
        let mut lines: Vec<&str> = self.lines.clone();
        lines.remove(index);
        lines.join("\n")
    }

    /// The text with `new` inserted as line `index` (0-based).
    pub fn with_inserted_line(&self, index: usize, new: &str) -> String {
        let mut lines: Vec<&str> = self.lines.clone();
        lines.insert(index, new);
        lines.join("\n")
    }
}

/// What one mutant gave: whether it was caught, what it had to raise and
/// what it raised that the original did not.
type Outcome = (bool, Vec<Finding>, Vec<Finding>);

pub type MutateFn = dyn Fn(&Original<'_>, &mut fastrand::Rng) -> Option<Mutant> + Sync;

/// A kind of mistake.
pub struct Kind<'a> {
    pub name: &'static str,
    pub mutate: &'a MutateFn,
}

/// How one kind fared.
#[derive(Default)]
pub struct Tally {
    pub mutated: usize,
    pub caught: usize,
    /// Misses: text, expected, what was new instead.
    pub misses: Vec<(String, Vec<Finding>, Vec<Finding>)>,
}

impl Tally {
    pub fn rate(&self) -> f64 {
        if self.mutated == 0 {
            0.0
        } else {
            self.caught as f64 / self.mutated as f64
        }
    }
}

fn seed(name: &str, kind: &str) -> u64 {
    // FNV-1a: stable across runs and platforms.
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for b in name.bytes().chain([0]).chain(kind.bytes()) {
        hash ^= u64::from(b);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}

/// The findings of `broken` that are not (moved) findings of the original.
fn new_findings(original: &[Finding], mutant: &Mutant, broken: &[Finding]) -> Vec<Finding> {
    let moved: Vec<Finding> = original
        .iter()
        .map(|&(line, code)| match mutant.shift {
            Some((from, by)) if line >= from => ((i64::from(line) + by) as u32, code),
            _ => (line, code),
        })
        .collect();
    broken
        .iter()
        .filter(|f| !moved.contains(f))
        .copied()
        .collect()
}

/// Runs every kind on every text; returns the tallies in the order of
/// `kinds`.
pub fn run(texts: &[Text], kinds: &[Kind<'_>]) -> Vec<Tally> {
    let per_text: Vec<Vec<Option<Outcome>>> = par_map(texts, |text| {
        // A version of the parallel corpus is read in its language
        // (`parallel/<symbol>/fr.txt`), whatever its organ line says.
        let language = Language::from_file_name(&text.name);
        let analyse = |text: &str| Document::with_language(text, Catalog::builtin(), language);
        let document = analyse(&text.text);
        let original = Original {
            text,
            document: &document,
            lines: text.text.split('\n').collect(),
        };
        let before = findings_of(&document);
        kinds
            .iter()
            .map(|kind| {
                let mut rng = fastrand::Rng::with_seed(seed(&text.name, kind.name));
                let mut mutant = (kind.mutate)(&original, &mut rng)?;
                mutant.expected.sort();
                mutant.expected.dedup();
                let after = findings_of(&analyse(&mutant.text));
                let new = new_findings(&before, &mutant, &after);
                Some((new == mutant.expected, mutant.expected, new))
            })
            .collect()
    });
    let mut tallies: Vec<Tally> = kinds.iter().map(|_| Tally::default()).collect();
    for (text, results) in texts.iter().zip(per_text) {
        for (tally, result) in tallies.iter_mut().zip(results) {
            let Some((caught, expected, new)) = result else {
                continue;
            };
            tally.mutated += 1;
            if caught {
                tally.caught += 1;
            } else {
                tally.misses.push((text.name.clone(), expected, new));
            }
        }
    }
    tallies
}

/// The table of results, one row a kind, with the first misses of each.
pub fn table(kinds: &[Kind<'_>], tallies: &[Tally], misses_shown: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "| kind | mutated | caught | rate |");
    let _ = writeln!(out, "|---|---:|---:|---:|");
    for (kind, tally) in kinds.iter().zip(tallies) {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {:.1}% |",
            kind.name,
            tally.mutated,
            tally.caught,
            100.0 * tally.rate()
        );
    }
    for (kind, tally) in kinds.iter().zip(tallies) {
        for (name, expected, new) in tally.misses.iter().take(misses_shown) {
            let _ = writeln!(
                out,
                "  {}: {name}: expected {expected:?}, new {new:?}",
                kind.name
            );
        }
    }
    out
}

/// Runs the kinds, prints the table and asserts that each kind was applied
/// to at least `min_mutated` texts and caught at least `min_rate` of them.
pub fn assert_caught(texts: &[Text], kinds: &[Kind<'_>], min_mutated: usize, min_rate: f64) {
    let tallies = run(texts, kinds);
    let shown = std::env::var("MUTATION_MISSES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5);
    let table = table(kinds, &tallies, shown);
    println!("{table}");
    let failed: Vec<&str> = kinds
        .iter()
        .zip(&tallies)
        .filter(|(_, t)| t.mutated < min_mutated || t.rate() < min_rate)
        .map(|(k, _)| k.name)
        .collect();
    assert!(
        failed.is_empty(),
        "kinds below {:.0}% caught (or mutated on fewer than {min_mutated} texts): {failed:?}\n{table}",
        100.0 * min_rate
    );
}
