//! Comparison of the language versions of one text, by structure, without
//! translation (`resolute compare`, the server's `version-mismatch`).
//!
//! Each version is summarized from its [`Document`]'s own readings
//! ([`summary`]): its preambular paragraphs, numbered paragraphs,
//! subparagraphs, annex paragraphs and footnote texts in order, each with its
//! label, the lexicon phrase of its opening, its length, the resolutions and
//! decisions it cites (with parts and dates, a marker glued to a number read
//! through the footnote resolver), its figures and document symbols
//! ([`figures`]), its footnote markers and the paragraph numbers of its
//! internal references. Whatever the core reads better in a language, the
//! comparison reads better too.
//!
//! Two summaries are aligned by dynamic programming (an edit distance over
//! units, as sentence aligners do with lengths): units align only with units
//! of the same kind and region; the cost of a pair is lower when the labels
//! agree, when their shares of the text's length agree, when they share
//! citations, figures, symbols and markers, and when their openings translate
//! the same phrase. A unit left alone is a paragraph one version lacks; two
//! left alone that match well are a paragraph that moved; two neighbouring
//! pairs that match better crossed are paragraphs in a different order
//! (`Order`: lengths against the spread of this text's own length ratios,
//! citations, figures and symbols, openings translating the same phrase
//! or one of another family, marks, and the terms that the rest of the text
//! pairs across the two versions); a paragraph left alone beside pairs
//! off by one, which read in order cross two neighbours at a lower cost of
//! the alignment, is two paragraphs in another order too (`realign`). For
//! every aligned pair the differences are reported on the version, with the
//! matching place in the reference:
//!
//! - citations: a number one cites and the other does not (each side looked
//!   up among the other's symbols too, so a citation one reader does not
//!   follow is not a difference), and a different date of the same number;
//! - figures and symbols: only substitutions (a figure here that the
//!   reference lacks, while the reference has one this version lacks), since
//!   a version may write a number in words (`article premier`): the one
//!   figure that differs, or, where several do, those that differ in one
//!   digit (a slip of a key); an English ordinal in words (`eighteenth`)
//!   stands for the other's digits (`18ª`), and the day and year of a
//!   citation's date that one reader dates and the other does not are
//!   figures of both (reported as a date where this version reads them so);
//! - footnote markers: a footnote cited in one paragraph in one version and
//!   in another in the other;
//! - footnote texts: one version has a footnote the other lacks, or a text
//!   cites another number or symbol.

pub mod figures;
pub mod group;
pub mod summary;

use crate::data::languages::Language;
use crate::diagnostic::{Diagnostic, DiagnosticData, Severity};
use crate::document::Document;
use crate::l10n::{Arg, Message};
use crate::msg;
use crate::rules::RuleInfo;
use crate::syntax::opening::Repeat;
use crate::syntax::Span;
use crate::text::{Pos, Range};

pub use summary::{summarize, Cited, Ending, Marks, Summary, Unit, UnitKind};

/// The code of a difference between versions, as the server publishes it.
pub const VERSION_MISMATCH: &str = "version-mismatch";

/// The comparison's finding, listed with the rules (`resolute rules`, the
/// editors' settings): it runs on a group of versions, not on one text.
pub static INFOS: [RuleInfo; 1] = [RuleInfo {
    code: VERSION_MISMATCH,
    severity: Severity::Warning,
    summary: "Against another language version of the same text (`resolute compare`): a paragraph, citation, date, figure, symbol or footnote marker that differs.",
    example: "`résolution 75/168 du 23 décembre 2020` where the English version dates it 16 December 2020",
}];

impl Difference {
    /// The difference as a diagnostic on the version.
    pub fn diagnostic(&self) -> Diagnostic {
        Diagnostic::from(DiagnosticData {
            code: VERSION_MISMATCH,
            severity: Severity::Warning,
            range: Range::new(
                Pos::new(self.line, self.span.start),
                Pos::new(self.line, self.span.end),
            ),
            message: self.message.clone(),
            fixes: Vec::new(),
        })
    }
}

/// What differs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DifferenceKind {
    /// The reference has a paragraph this version lacks (reported where it
    /// would be).
    Missing,
    /// This version has a paragraph the reference lacks.
    Extra,
    /// The paragraph stands elsewhere in the reference.
    Order,
    /// A resolution or decision cited in one and not the other.
    Citation,
    /// The same citation with another date.
    Date,
    /// Another figure.
    Figure,
    /// Another document symbol.
    Symbol,
    /// A footnote marker in another paragraph.
    Footnote,
    /// An internal reference to another paragraph.
    Reference,
}

impl DifferenceKind {
    /// The kebab-case name (JSON output).
    pub fn name(self) -> &'static str {
        match self {
            DifferenceKind::Missing => "missing",
            DifferenceKind::Extra => "extra",
            DifferenceKind::Order => "order",
            DifferenceKind::Citation => "citation",
            DifferenceKind::Date => "date",
            DifferenceKind::Figure => "figure",
            DifferenceKind::Symbol => "symbol",
            DifferenceKind::Footnote => "footnote",
            DifferenceKind::Reference => "reference",
        }
    }
}

/// One difference, on the version.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Difference {
    pub kind: DifferenceKind,
    /// Where, in the version (line, byte span on it).
    pub line: u32,
    pub span: Span,
    /// The matching place in the reference, if there is one.
    pub reference: Option<(u32, Span)>,
    /// What differs, in the reader's language (`version-mismatch-*`).
    pub message: Message,
}

/// The comparison of a version with the reference.
#[derive(Debug, Clone, Default)]
pub struct Comparison {
    /// The aligned units: (index into the reference's units, index into the
    /// version's), either side `None` for a unit alone.
    pub pairs: Vec<(Option<usize>, Option<usize>)>,
    pub differences: Vec<Difference>,
}

/// Above this many cells the alignment is made kind by kind in order
/// instead of by dynamic programming (texts of thousands of paragraphs).
const MAX_CELLS: usize = 4_000_000;
/// The cost of leaving a unit alone.
const GAP: f32 = 1.2;
/// How well two units alone must match to be reported as one that moved.
const MOVE_COST: f32 = 0.6;

fn share(chars: u32, total: u64) -> f32 {
    chars as f32 / total.max(1) as f32
}

/// The features two units may share, as strings.
fn features(unit: &Unit) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    out.extend(unit.citations.iter().map(|c| format!("c{}", c.key)));
    out.extend(unit.figures.iter().map(|f| format!("f{}", f.milli)));
    out.extend(unit.symbols.iter().map(|s| format!("s{}", s.text)));
    out.sort();
    out
}

/// 1 − |A ∩ B| / |A ∪ B| of two sorted multisets; 0 when both are empty.
fn distance(a: &[String], b: &[String]) -> f32 {
    if a.is_empty() && b.is_empty() {
        return 0.0;
    }
    let (mut i, mut j, mut common) = (0, 0, 0usize);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => {
                common += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    let union = a.len() + b.len() - common;
    1.0 - common as f32 / union as f32
}

struct Side<'a> {
    summary: &'a Summary,
    features: Vec<Vec<String>>,
}

impl<'a> Side<'a> {
    fn new(summary: &'a Summary) -> Side<'a> {
        Side {
            summary,
            features: summary.units.iter().map(features).collect(),
        }
    }
}

/// Units of one class may align: the unnumbered paragraphs of a part are
/// preambular, operative or running text as each version's reading of its
/// openings says, so they align with each other.
fn class(unit: &Unit) -> (u8, u8) {
    match (unit.kind, unit.label) {
        (UnitKind::Preambular | UnitKind::Text, _) | (UnitKind::Numbered, None) => (0, 0),
        (UnitKind::Numbered, Some(_)) => (1, 0),
        (UnitKind::Sub(level), _) => (2, level),
        (UnitKind::Footnote, _) => (3, 0),
    }
}

/// The cost of aligning reference unit `i` with version unit `j`; `None`
/// when they cannot align. `labels`: whether the labels count.
fn cost(r: &Side<'_>, v: &Side<'_>, i: usize, j: usize, labels: bool) -> Option<f32> {
    let a = &r.summary.units[i];
    let b = &v.summary.units[j];
    if class(a) != class(b) || a.region != b.region {
        return None;
    }
    let mut c = if a.kind == b.kind { 0.0 } else { 0.3 };
    // Equal labels pull the units together; different ones push them apart
    // only a little, so that a version numbered wrongly (a list restarting
    // at 1 in its export) still aligns in order.
    if labels {
        if let (Some(x), Some(y)) = (a.label, b.label) {
            c += if x == y { -1.0 } else { 0.3 };
        }
    }
    let e = 0.001;
    let ratio = (share(a.chars, r.summary.chars) + e) / (share(b.chars, v.summary.chars) + e);
    c += 0.7 * ratio.ln().abs().min(3.0);
    c += 1.5 * distance(&r.features[i], &v.features[j]);
    // Openings translating the same phrase pull together; different ones
    // do not push apart (`признавая` is Acknowledging as well as
    // Recognizing).
    if let (Some(x), Some(y)) = (a.phrase, b.phrase) {
        if x == y {
            c -= 0.2;
        }
    }
    Some(c)
}

/// Aligns the units of two summaries.
fn align(r: &Side<'_>, v: &Side<'_>) -> Vec<(Option<usize>, Option<usize>)> {
    let n = r.summary.units.len();
    let m = v.summary.units.len();
    if (n + 1) * (m + 1) > MAX_CELLS {
        return align_in_order(r.summary, v.summary);
    }
    let w = m + 1;
    let mut dp = vec![0f32; (n + 1) * w];
    // 0: diagonal, 1: reference unit alone, 2: version unit alone.
    let mut step = vec![0u8; (n + 1) * w];
    for i in 1..=n {
        dp[i * w] = i as f32 * GAP;
        step[i * w] = 1;
    }
    for j in 1..=m {
        dp[j] = j as f32 * GAP;
        step[j] = 2;
    }
    for i in 1..=n {
        for j in 1..=m {
            let mut best = dp[(i - 1) * w + j] + GAP;
            let mut how = 1;
            let left = dp[i * w + j - 1] + GAP;
            if left < best {
                best = left;
                how = 2;
            }
            if let Some(c) = cost(r, v, i - 1, j - 1, true) {
                let diag = dp[(i - 1) * w + j - 1] + c;
                if diag <= best {
                    best = diag;
                    how = 0;
                }
            }
            dp[i * w + j] = best;
            step[i * w + j] = how;
        }
    }
    let mut pairs = Vec::with_capacity(n.max(m));
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        match step[i * w + j] {
            0 => {
                pairs.push((Some(i - 1), Some(j - 1)));
                i -= 1;
                j -= 1;
            }
            1 => {
                pairs.push((Some(i - 1), None));
                i -= 1;
            }
            _ => {
                pairs.push((None, Some(j - 1)));
                j -= 1;
            }
        }
    }
    pairs.reverse();
    pairs
}

/// The k-th unit of a kind with the k-th of that kind (very long texts).
fn align_in_order(r: &Summary, v: &Summary) -> Vec<(Option<usize>, Option<usize>)> {
    let mut pairs = Vec::new();
    let mut used = vec![false; v.units.len()];
    let mut next: std::collections::HashMap<((u8, u8), u16), usize> = Default::default();
    for (i, a) in r.units.iter().enumerate() {
        let from = next.entry((class(a), a.region)).or_insert(0);
        let found = (*from..v.units.len())
            .find(|&j| class(&v.units[j]) == class(a) && v.units[j].region == a.region);
        match found {
            Some(j) => {
                *from = j + 1;
                used[j] = true;
                pairs.push((Some(i), Some(j)));
            }
            None => pairs.push((Some(i), None)),
        }
    }
    for (j, used) in used.iter().enumerate() {
        if !used {
            pairs.push((None, Some(j)));
        }
    }
    pairs
}

/// How much more likely two neighbouring pairs are crossed than straight,
/// in nats, for the paragraphs to be reported in another order.
const ORDER_GAIN: f32 = 4.0;

/// Aligned units: (index into the reference's units, index into the
/// version's), either side `None` for a unit alone.
type Pairs = Vec<(Option<usize>, Option<usize>)>;

/// What two neighbours crossed cost the alignment ([`realign`]): one edit,
/// as a paragraph left alone is; so a paragraph moved by one place costs
/// one edit where, left alone on both sides, it costs two.
const CROSSING: f32 = GAP;

/// The most aligned pairs a paragraph left alone may be slid across
/// ([`realign`]).
const SHIFT: usize = 3;

/// Two neighbours in the other order that the alignment took for a shift
/// (it knows no crossing): a paragraph left alone, then a run of pairs each
/// off by one (reference `A B C` against version `B A C`: `A` alone, `B`
/// with `B`, `C` with `A`, the version's `C` alone), which reports a
/// paragraph moved and compares the pairs off by one, raising their
/// footnotes and figures. Each window of a paragraph alone and at most
/// [`SHIFT`] pairs beside it, of one class and region, is read again in
/// order (where the sides differ by one, the longer side's first or last
/// paragraph alone) and replaced when two of its neighbours cross there as
/// the order of neighbours weighs it ([`ORDER_GAIN`]) and the alignment's
/// own costs of the window, those two crossed, are lower, a crossing
/// costing one edit ([`CROSSING`]): the two are then reported in another
/// order as any two crossed, and nothing else of theirs is compared.
fn realign(r: &Side<'_>, v: &Side<'_>, order: &Order<'_, '_>, pairs: &mut Pairs) {
    let mut s = 0;
    while s < pairs.len() {
        if pairs[s].0.is_some() && pairs[s].1.is_some() {
            s += 1;
            continue;
        }
        // The best window with the paragraph alone at one end: (how much
        // less it costs, its range, its pairs).
        let mut best: Option<(f32, usize, usize, Pairs)> = None;
        for len in 2..=SHIFT + 2 {
            let starts = [Some(s), (s + 1).checked_sub(len)];
            for lo in starts.into_iter().flatten() {
                let hi = lo + len;
                if hi > pairs.len() {
                    continue;
                }
                let Some((gain, window)) = window_in_order(r, v, order, &pairs[lo..hi]) else {
                    continue;
                };
                if best.as_ref().is_none_or(|b| gain > b.0) {
                    best = Some((gain, lo, hi, window));
                }
            }
        }
        match best {
            Some((_, lo, hi, window)) => {
                let next = lo + window.len();
                pairs.splice(lo..hi, window);
                s = next;
            }
            None => s += 1,
        }
    }
}

/// A window of pairs read again in order ([`realign`]): how much less its
/// pairs cost with two neighbours crossed, and its pairs in order.
fn window_in_order(
    r: &Side<'_>,
    v: &Side<'_>,
    order: &Order<'_, '_>,
    window: &[(Option<usize>, Option<usize>)],
) -> Option<(f32, Pairs)> {
    let refs: Vec<usize> = window.iter().filter_map(|p| p.0).collect();
    let vers: Vec<usize> = window.iter().filter_map(|p| p.1).collect();
    let (&r0, &v0) = (refs.first()?, vers.first()?);
    if refs.len().abs_diff(vers.len()) > 1
        || !matches!(
            r.summary.units[r0].kind,
            UnitKind::Preambular | UnitKind::Numbered | UnitKind::Sub(_)
        )
        || refs.iter().any(|&i| cost(r, v, i, v0, false).is_none())
        || vers.iter().any(|&j| cost(r, v, r0, j, false).is_none())
    {
        return None;
    }
    // What the alignment pays for the window, and for it read in order
    // with two neighbours crossed: a paragraph alone costs a gap.
    let paid = |p: &(Option<usize>, Option<usize>)| match *p {
        (Some(i), Some(j)) => cost(r, v, i, j, true).unwrap_or(f32::INFINITY),
        _ => GAP,
    };
    let before: f32 = window.iter().map(paid).sum();
    let mut best: Option<(f32, Pairs)> = None;
    for alone_first in [false, true] {
        // The longer side's first or last paragraph alone.
        let (rs, vs, alone) = match refs.len().cmp(&vers.len()) {
            std::cmp::Ordering::Equal if alone_first => continue,
            std::cmp::Ordering::Equal => (&refs[..], &vers[..], None),
            std::cmp::Ordering::Greater if alone_first => {
                (&refs[1..], &vers[..], Some((Some(refs[0]), None)))
            }
            std::cmp::Ordering::Greater => (
                &refs[..refs.len() - 1],
                &vers[..],
                Some((refs.last().copied(), None)),
            ),
            std::cmp::Ordering::Less if alone_first => {
                (&refs[..], &vers[1..], Some((None, Some(vers[0]))))
            }
            std::cmp::Ordering::Less => (
                &refs[..],
                &vers[..vers.len() - 1],
                Some((None, vers.last().copied())),
            ),
        };
        for t in 0..rs.len().saturating_sub(1) {
            let after: f32 = (0..rs.len())
                .map(|u| {
                    let w = match u {
                        _ if u == t => t + 1,
                        _ if u == t + 1 => t,
                        _ => u,
                    };
                    paid(&(Some(rs[u]), Some(vs[w])))
                })
                .sum::<f32>()
                + if alone.is_some() { GAP } else { 0.0 }
                + CROSSING;
            // The alignment's costs first: the order of neighbours weighs
            // the terms of the text, which costs more.
            if after >= before
                || best.as_ref().is_some_and(|b| before - after <= b.0)
                || order.gain(rs[t], vs[t], rs[t + 1], vs[t + 1]) <= ORDER_GAIN
            {
                continue;
            }
            let mut out: Pairs = rs
                .iter()
                .zip(vs)
                .map(|(&i, &j)| (Some(i), Some(j)))
                .collect();
            match alone {
                Some(p) if alone_first => out.insert(0, p),
                Some(p) => out.push(p),
                None => {}
            }
            best = Some((before - after, out));
        }
    }
    best
}

/// How well two aligned units match, for the order of neighbours: a
/// negative log-likelihood, in nats, of their lengths, of what they cite
/// and write, and of their openings.
struct Order<'s, 'a> {
    r: &'s Side<'a>,
    v: &'s Side<'a>,
    /// The median and spread of the logarithms of the length ratios of the
    /// aligned paragraphs: how far this version's paragraphs stray from
    /// their share of the text, read from the text itself.
    centre: f32,
    spread: f32,
    weights: Weights,
    /// The aligned pairs of the text, each unit's index among them, and
    /// the pairs each term occurs in, on either side (bits): which terms of
    /// the version go with which of the reference, learned from the text.
    at_r: Vec<Option<usize>>,
    at_v: Vec<Option<usize>>,
    profiles_r: rustc_hash::FxHashMap<u64, Vec<u64>>,
    profiles_v: rustc_hash::FxHashMap<u64, Vec<u64>>,
    words: usize,
}

/// The terms' evidence ([`Order::terms_gain`]): each term that votes for
/// one order weighs 1 nat, up to 4 in all either way; a term of one version
/// goes with one of the other when they occur in the same aligned pairs
/// elsewhere in the text, in two at least, with a Dice coefficient of 0.8 or
/// more.
const TERM_VOTE: f32 = 1.0;
const TERM_VOTES: f32 = 4.0;
const TERM_DICE: f32 = 0.8;

impl<'s, 'a> Order<'s, 'a> {
    fn new(r: &'s Side<'a>, v: &'s Side<'a>, pairs: &[(Option<usize>, Option<usize>)]) -> Self {
        let aligned: Vec<(usize, usize)> = pairs
            .iter()
            .filter_map(|p| Some((p.0?, p.1?)))
            .filter(|&(i, _)| r.summary.units[i].kind != UnitKind::Footnote)
            .collect();
        let mut logs: Vec<f32> = aligned
            .iter()
            .map(|&(i, j)| log_ratio(r, v, i, j))
            .collect();
        let centre = median(&mut logs);
        let mut deviations: Vec<f32> = logs.iter().map(|l| (l - centre).abs()).collect();
        let spread = (1.4826 * median(&mut deviations)).max(0.05);
        let words = aligned.len().div_ceil(64).max(1);
        let mut at_r = vec![None; r.summary.units.len()];
        let mut at_v = vec![None; v.summary.units.len()];
        let mut profiles_r: rustc_hash::FxHashMap<u64, Vec<u64>> = Default::default();
        let mut profiles_v: rustc_hash::FxHashMap<u64, Vec<u64>> = Default::default();
        for (t, &(i, j)) in aligned.iter().enumerate() {
            at_r[i] = Some(t);
            at_v[j] = Some(t);
            for (unit, profiles) in [
                (&r.summary.units[i], &mut profiles_r),
                (&v.summary.units[j], &mut profiles_v),
            ] {
                for &term in &unit.terms {
                    profiles.entry(term).or_insert_with(|| vec![0; words])[t / 64] |= 1 << (t % 64);
                }
            }
        }
        Order {
            r,
            v,
            centre,
            spread,
            weights: Weights::between(r.summary.language, v.summary.language),
            at_r,
            at_v,
            profiles_r,
            profiles_v,
            words,
        }
    }

    /// How much more likely reference units `i1`, `i2` and version units
    /// `j1`, `j2` are crossed than straight, in nats.
    fn gain(&self, i1: usize, j1: usize, i2: usize, j2: usize) -> f32 {
        self.cost(i1, j1) + self.cost(i2, j2) - self.cost(i1, j2) - self.cost(i2, j1)
            + self.terms_gain(i1, j1, i2, j2)
    }

    /// The terms of the four units: each term of one reference unit and not
    /// the other that goes with a term of one version unit and not the other
    /// (they occur in the same aligned pairs elsewhere in the text: at least
    /// two, a Dice coefficient of 0.8) votes for the straight or the crossed
    /// order.
    fn terms_gain(&self, i1: usize, j1: usize, i2: usize, j2: usize) -> f32 {
        let mut mask = vec![u64::MAX; self.words];
        for t in [self.at_r[i1], self.at_r[i2], self.at_v[j1], self.at_v[j2]]
            .into_iter()
            .flatten()
        {
            mask[t / 64] &= !(1 << (t % 64));
        }
        let count =
            |p: &[u64]| -> u32 { p.iter().zip(&mask).map(|(x, m)| (x & m).count_ones()).sum() };
        let apart = |x: &[u64], y: &[u64]| -> Vec<(u64, bool)> {
            let mut out = Vec::new();
            for &t in x {
                if y.binary_search(&t).is_err() {
                    out.push((t, true));
                }
            }
            for &t in y {
                if x.binary_search(&t).is_err() {
                    out.push((t, false));
                }
            }
            out
        };
        let (a, b) = (&self.r.summary.units, &self.v.summary.units);
        let es = apart(&a[i1].terms, &a[i2].terms);
        let fs: Vec<(&Vec<u64>, bool, u32)> = apart(&b[j1].terms, &b[j2].terms)
            .into_iter()
            .filter_map(|(f, first)| {
                let p = self.profiles_v.get(&f)?;
                let n = count(p);
                (n >= 2).then_some((p, first, n))
            })
            .collect();
        let mut votes = 0i32;
        for (e, first) in es {
            let Some(pe) = self.profiles_r.get(&e) else {
                continue;
            };
            let ne = count(pe);
            if ne < 2 {
                continue;
            }
            let (mut straight, mut crossed) = (false, false);
            for &(pf, f_first, nf) in &fs {
                let c: u32 = pe
                    .iter()
                    .zip(pf)
                    .zip(&mask)
                    .map(|((x, y), m)| (x & y & m).count_ones())
                    .sum();
                if c >= 2 && 2.0 * c as f32 >= TERM_DICE * (ne + nf) as f32 {
                    if first == f_first {
                        straight = true;
                    } else {
                        crossed = true;
                    }
                }
            }
            match (straight, crossed) {
                (true, false) => votes -= 1,
                (false, true) => votes += 1,
                _ => {}
            }
        }
        (TERM_VOTE * votes as f32).clamp(-TERM_VOTES, TERM_VOTES)
    }

    fn cost(&self, i: usize, j: usize) -> f32 {
        let (a, b) = (&self.r.summary.units[i], &self.v.summary.units[j]);
        let z = (log_ratio(self.r, self.v, i, j) - self.centre) / self.spread;
        // Heavy-tailed (Student's t, three degrees of freedom): a short
        // paragraph may stray far from its share without meaning much.
        let nu = 3.0f32;
        let mut c = 0.5 * (nu + 1.0) * (z * z / nu).ln_1p();
        c += 3.0 * distance(&self.r.features[i], &self.v.features[j]);
        // An opening translating the same phrase as the reference's
        // (`Urges`, `Insta`, `敦促`), or one of another family (`Urges`
        // and `Recalls`), … as measured in the version's language.
        c += self.weights.openings[Openings::of(a.phrase, b.phrase) as usize];
        c + marks_cost(&a.marks, &b.marks, self.weights)
    }
}

/// The weights, in nats, of the evidence that the order of neighbours
/// reads from the openings and the bodies named: log-likelihood ratios of a
/// paragraph and its translation against a paragraph and its translation's
/// neighbour, measured per language by `examples/swap_evidence.rs --
/// evidence learn` on half of the parallel corpus (the texts of even index;
/// about 950 pairs a language) and rounded towards zero to a tenth (a count
/// that grows with the number, kept from decreasing). So an opening of
/// another family costs 2.8 in French, where translations change the
/// family of 2.5% of openings, and 5.7 in Spanish (0.1%); two phrases of
/// one family that the lexicon tells apart (`Recalling`, `Reaffirming`)
/// cost 1.1 in French and Russian, 2.7 to 3.1 in the others; one version
/// reading a phrase where the other reads none, 0.5 (Chinese) to 1.6
/// (Spanish). The swaps of the other half found with these weights rather
/// than the least of the five languages': French 97.0 to 97.4%, Spanish
/// 96.4 to 96.8%, Arabic 92.0 to 94.4%, Chinese 92.2 to 94.0%, Russian
/// 92.3 to 94.0%.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Weights {
    /// The cost of as many bodies named in one and not the other (none,
    /// one, two, three or more).
    names_apart: [f32; 4],
    /// The gain of as many bodies both name (none, one, two or more).
    names_shared: [f32; 3],
    /// One opening with `also` or `further` and the other without.
    repeat_alone: f32,
    /// `also` for `further`.
    repeat_other: f32,
    /// The cost of each relation of the openings ([`Openings`], in its
    /// order): negative where a translation shows it more often than a
    /// neighbour.
    openings: [f32; 6],
    /// Another ending mark; another number of colons, of brackets, of
    /// quotation marks.
    end: f32,
    colons: f32,
    brackets: f32,
    quotes: f32,
    /// The cost of as many commas more or fewer (none to four or more).
    commas: [f32; 5],
    /// The gain of as many acronyms both write (none, one, two or more).
    acronyms: [f32; 3],
    /// The cost of as many semicolons, and full stops inside, more or fewer
    /// (none, one, two or more).
    semicolons: [f32; 3],
    stops: [f32; 3],
}

impl Weights {
    /// The weights of a version of `language` against English.
    fn of(language: Language) -> Weights {
        let w = |names_apart, names_shared, repeat_alone, repeat_other, openings| Weights {
            names_apart,
            names_shared,
            repeat_alone,
            repeat_other,
            openings,
            end: 0.0,
            colons: 0.0,
            brackets: 0.0,
            quotes: 0.0,
            commas: [0.0; 5],
            acronyms: [0.0; 3],
            semicolons: [0.0; 3],
            stops: [0.0; 3],
        };
        // The marks: ending, colons, brackets, quotes, commas, acronyms,
        // semicolons, stops.
        #[allow(clippy::type_complexity)]
        let marks = |w: Weights,
                     (end, colons, brackets, quotes): (f32, f32, f32, f32),
                     commas: [f32; 5],
                     acronyms: [f32; 3],
                     semicolons: [f32; 3],
                     stops: [f32; 3]| Weights {
            end,
            colons,
            brackets,
            quotes,
            commas,
            acronyms,
            semicolons,
            stops,
            ..w
        };
        match language {
            Language::French => marks(
                w(
                    [0.0, 0.7, 1.8, 1.9],
                    [0.0, 0.9, 2.0],
                    1.2,
                    0.8,
                    [-1.3, -1.1, 1.1, 2.8, 0.8, 0.0],
                ),
                (4.7, 4.2, 0.8, 2.0),
                [0.0, 0.9, 1.4, 2.5, 3.6],
                [0.0, 2.4, 2.4],
                [0.0, 1.5, 1.5],
                [0.0, 2.1, 2.1],
            ),
            Language::Spanish => marks(
                w(
                    [0.0, 1.6, 2.3, 2.8],
                    [0.0, 0.8, 1.7],
                    3.0,
                    2.9,
                    [-1.4, 0.4, 3.1, 5.7, 1.6, 0.0],
                ),
                (3.6, 1.8, 1.0, 1.6),
                [0.0, 1.2, 1.7, 2.6, 3.5],
                [0.0, 1.6, 2.3],
                [0.0, 2.1, 2.1],
                [0.0, 2.1, 2.1],
            ),
            Language::Arabic => marks(
                w(
                    [0.0, 2.3, 4.1, 4.1],
                    [0.0, 0.8, 1.4],
                    3.1,
                    3.9,
                    [-1.3, 0.0, 3.0, 3.8, 1.1, 0.0],
                ),
                (3.6, 4.2, 2.4, 3.1),
                [0.0, 0.7, 1.3, 1.6, 2.1],
                [0.0, 1.1, 1.1],
                [0.0, 1.9, 2.5],
                [0.0, 0.0, 0.0],
            ),
            Language::Chinese => marks(
                w(
                    [0.0, 1.2, 1.8, 2.9],
                    [0.0, 0.7, 1.3],
                    3.0,
                    3.9,
                    [-1.4, -0.3, 2.7, 4.3, 0.5, 0.0],
                ),
                (3.6, 1.2, 0.9, 1.8),
                [0.0, 0.6, 0.8, 1.7, 2.8],
                [0.0, 1.7, 1.7],
                [0.0, 1.3, 1.6],
                [0.0, 2.0, 2.0],
            ),
            Language::Russian => marks(
                w(
                    [0.0, 1.3, 2.8, 4.1],
                    [0.0, 0.8, 1.7],
                    2.3,
                    2.9,
                    [-1.3, -0.4, 1.1, 3.8, 0.7, 0.0],
                ),
                (2.8, 1.8, 1.5, 0.9),
                [0.0, 0.2, 0.4, 1.0, 1.9],
                [0.0, 2.3, 2.4],
                [0.0, 1.2, 2.5],
                [0.0, 0.6, 0.6],
            ),
            // English against English: the weakest of the five.
            Language::English => {
                let mut weakest = Weights::of(Language::French);
                for other in [
                    Language::Spanish,
                    Language::Arabic,
                    Language::Chinese,
                    Language::Russian,
                ] {
                    weakest = weakest.weaker(Weights::of(other));
                }
                weakest
            }
        }
    }

    /// Each weight of `self` and `other`, the one nearer to zero.
    fn weaker(self, other: Weights) -> Weights {
        fn pick<const N: usize>(x: [f32; N], y: [f32; N]) -> [f32; N] {
            let mut out = [0.0; N];
            for (k, o) in out.iter_mut().enumerate() {
                *o = one(x[k], y[k]);
            }
            out
        }
        fn one(p: f32, q: f32) -> f32 {
            if p.abs() <= q.abs() {
                p
            } else {
                q
            }
        }
        Weights {
            names_apart: pick(self.names_apart, other.names_apart),
            names_shared: pick(self.names_shared, other.names_shared),
            repeat_alone: one(self.repeat_alone, other.repeat_alone),
            repeat_other: one(self.repeat_other, other.repeat_other),
            openings: pick(self.openings, other.openings),
            end: one(self.end, other.end),
            colons: one(self.colons, other.colons),
            brackets: one(self.brackets, other.brackets),
            quotes: one(self.quotes, other.quotes),
            commas: pick(self.commas, other.commas),
            acronyms: pick(self.acronyms, other.acronyms),
            semicolons: pick(self.semicolons, other.semicolons),
            stops: pick(self.stops, other.stops),
        }
    }

    /// The weights of two versions: one's language where the other is
    /// English, else the weaker of the two languages' for each.
    fn between(a: Language, b: Language) -> Weights {
        match (a, b) {
            (Language::English, x) | (x, Language::English) => Weights::of(x),
            (x, y) => Weights::of(x).weaker(Weights::of(y)),
        }
    }
}

/// The evidence, in nats, of the marks two units keep ([`Marks`]), as
/// log-likelihood ratios measured per language on the parallel corpus
/// (translation against neighbour, [`Weights`]): the ending mark, the
/// number of colons, brackets, quotation marks, commas, semicolons and
/// full stops inside, the acronyms both write; cognates gain by their Dice
/// coefficient ([`COGNATES`]); the bodies they name and the `also` or
/// `further` of their openings. What agrees otherwise is no evidence: most
/// neighbours agree too.
fn marks_cost(a: &Marks, b: &Marks, w: Weights) -> f32 {
    let mut c = 0.0;
    if a.end != b.end {
        c += w.end;
    }
    if a.colons != b.colons {
        c += w.colons;
    }
    if a.brackets != b.brackets {
        c += w.brackets;
    }
    if a.quotes != b.quotes {
        c += w.quotes;
    }
    c += w.commas[usize::from(a.commas.abs_diff(b.commas).min(4))];
    c += w.semicolons[usize::from(a.semicolons.abs_diff(b.semicolons).min(2))];
    c += w.stops[usize::from(a.stops.abs_diff(b.stops).min(2))];
    let shared = a
        .acronyms
        .iter()
        .filter(|x| b.acronyms.binary_search(x).is_ok())
        .count();
    c -= w.acronyms[shared.min(2)] + COGNATES * dice(&a.cognates, &b.cognates);
    // The bodies both name and those only one names.
    let named = common(&a.names, &b.names);
    let apart = a.names.len() + b.names.len() - 2 * named;
    c += w.names_apart[apart.min(3)] - w.names_shared[named.min(2)];
    c + match (a.repeat, b.repeat) {
        (Some(x), Some(y)) if x == y => 0.0,
        (Some(Repeat::None), Some(_)) | (Some(_), Some(Repeat::None)) => w.repeat_alone,
        (Some(_), Some(_)) => w.repeat_other,
        _ => 0.0,
    }
}

/// |A ∩ B| of two sorted multisets.
fn common<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut n) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => {
                n += 1;
                i += 1;
                j += 1;
            }
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    n
}

/// The weight of the cognates two units share ([`Marks::cognates`]): a
/// translation shares 0.27 more of them than a neighbour (median of the
/// French and Spanish paragraphs), and less than none in under 1%.
const COGNATES: f32 = 5.0;

/// 2 |A ∩ B| / (|A| + |B|) of two sorted sets; 0 when either is empty.
fn dice<T: Ord>(a: &[T], b: &[T]) -> f32 {
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let common = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    2.0 * common as f32 / (a.len() + b.len()) as f32
}

fn log_ratio(r: &Side<'_>, v: &Side<'_>, i: usize, j: usize) -> f32 {
    let e = 0.001;
    let a = &r.summary.units[i];
    let b = &v.summary.units[j];
    ((share(a.chars, r.summary.chars) + e) / (share(b.chars, v.summary.chars) + e)).ln()
}

fn median(values: &mut [f32]) -> f32 {
    if values.is_empty() {
        return 0.0;
    }
    values.sort_by(f32::total_cmp);
    values[values.len() / 2]
}

/// How the openings of two units relate: the lexicon phrases each
/// version's opening reader reads (an English phrase, or the English phrase
/// a learned form of another language translates).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Openings {
    /// One phrase (`Decides` and `Decides to include`, as the readers of
    /// two languages may take a phrase longer or shorter).
    Same,
    /// Two phrases of one family and strength, which the language data
    /// reads as one (`Souligne` for Stresses, Emphasizes, Underlines).
    SameClass,
    /// Two phrases of one family, of different strengths or of a family
    /// the lexicon does not grade (`Recalling`, `Reaffirming`).
    SameFamily,
    /// Phrases of two families.
    OtherFamily,
    /// One version reads a phrase, the other none.
    OneUnread,
    /// Neither reads one.
    Unread,
}

impl Openings {
    /// The relation of two units' phrases ([`Unit::phrase`]).
    pub fn of(x: Option<u16>, y: Option<u16>) -> Openings {
        let (x, y) = match (x, y) {
            (Some(x), Some(y)) => (x, y),
            (None, None) => return Openings::Unread,
            _ => return Openings::OneUnread,
        };
        let phrases = crate::vocabulary::phrases();
        let (Some(p), Some(q)) = (phrases.get(usize::from(x)), phrases.get(usize::from(y))) else {
            return if x == y {
                Openings::Same
            } else {
                Openings::OneUnread
            };
        };
        let prefix = |long: &str, short: &str| {
            long.strip_prefix(short)
                .is_some_and(|rest| rest.is_empty() || rest.starts_with(' '))
        };
        if x == y || prefix(p.text, q.text) || prefix(q.text, p.text) {
            Openings::Same
        } else if p.family != q.family {
            Openings::OtherFamily
        } else if p.strength.is_some() && p.strength == q.strength {
            Openings::SameClass
        } else {
            Openings::SameFamily
        }
    }
}

/// Indices of the elements of `a` not in `b` (multisets), in order.
fn minus<T: PartialEq>(a: &[T], b: &[T]) -> Vec<usize> {
    let mut taken = vec![false; b.len()];
    (0..a.len())
        .filter(
            |&i| match (0..b.len()).find(|&k| !taken[k] && b[k] == a[i]) {
                Some(k) => {
                    taken[k] = true;
                    false
                }
                None => true,
            },
        )
        .collect()
}

/// Compares `version` with `reference`.
pub fn compare(reference: &Summary, reference_language: Language, version: &Summary) -> Comparison {
    let r = Side::new(reference);
    let v = Side::new(version);
    let mut pairs = align(&r, &v);
    let order = Order::new(&r, &v, &pairs);
    realign(&r, &v, &order, &mut pairs);
    let lang = || language_of(reference_language);
    let mut differences = Vec::new();
    let runit = |i: usize| &reference.units[i];
    let vunit = |j: usize| &version.units[j];
    let body = |u: &Unit| Span::new(u.body.start as usize, u.body.start as usize);
    let mut crossed = vec![false; pairs.len()];
    // Two neighbours in the other order that the alignment took for a
    // paragraph alone on each side around the other one (`A` alone, `B`
    // with `B`, then `A` alone): reported as two in another order where
    // crossing them explains them better, as for neighbours aligned
    // straight (below).
    let mut around: Vec<(usize, usize)> = Vec::new();
    for k in 0..pairs.len().saturating_sub(2) {
        let (x, y) = match (pairs[k], pairs[k + 2]) {
            ((Some(x), None), (None, Some(y))) | ((None, Some(y)), (Some(x), None)) => (x, y),
            _ => continue,
        };
        let (Some(p), Some(q)) = pairs[k + 1] else {
            continue;
        };
        if crossed[k] || runit(p).kind == UnitKind::Footnote {
            continue;
        }
        let (r1, r2) = (x.min(p), x.max(p));
        let (v1, v2) = (y.min(q), y.max(q));
        let all = [(r1, v1), (r2, v2), (r1, v2), (r2, v1)];
        if all
            .iter()
            .any(|&(i, j)| cost(&r, &v, i, j, false).is_none())
        {
            continue;
        }
        let gain = order.gain(r1, v1, r2, v2);
        if gain > ORDER_GAIN {
            crossed[k] = true;
            crossed[k + 1] = true;
            crossed[k + 2] = true;
            around.push((x, y));
            for (j, i) in [(v1, r2), (v2, r1)] {
                let (a, b) = (runit(i), vunit(j));
                differences.push(Difference {
                    kind: DifferenceKind::Order,
                    line: b.line,
                    span: b.body,
                    reference: Some((a.line, a.body)),
                    message: msg!(
                        "version-mismatch-order",
                        unit = a.name.clone(),
                        lang = lang()
                    ),
                });
            }
        }
    }
    // Units alone that match each other well: a paragraph that moved.
    let alone_r: Vec<usize> = pairs
        .iter()
        .filter_map(|p| p.0.filter(|_| p.1.is_none()))
        .filter(|i| !around.iter().any(|m| m.0 == *i))
        .collect();
    let alone_v: Vec<usize> = pairs
        .iter()
        .filter_map(|p| p.1.filter(|_| p.0.is_none()))
        .filter(|j| !around.iter().any(|m| m.1 == *j))
        .collect();
    let mut moved: Vec<(usize, usize)> = Vec::new();
    if alone_r.len() * alone_v.len() <= 10_000 {
        let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
        for &i in &alone_r {
            for &j in &alone_v {
                if let Some(c) = cost(&r, &v, i, j, false) {
                    if c < MOVE_COST {
                        candidates.push((c, i, j));
                    }
                }
            }
        }
        candidates.sort_by(|a, b| a.0.total_cmp(&b.0));
        for (_, i, j) in candidates {
            if moved.iter().all(|&(a, b)| a != i && b != j) {
                moved.push((i, j));
            }
        }
    }
    for &(i, j) in &moved {
        let (a, b) = (runit(i), vunit(j));
        differences.push(Difference {
            kind: DifferenceKind::Order,
            line: b.line,
            span: b.body,
            reference: Some((a.line, a.body)),
            message: msg!(
                "version-mismatch-moved",
                unit = a.name.clone(),
                lang = lang()
            ),
        });
    }
    // Paragraphs alone.
    for (k, &(i, j)) in pairs.iter().enumerate() {
        match (i, j) {
            // Running text that neither version's parts place (a heading
            // one version reads as a paragraph) is aligned, never reported
            // alone.
            (Some(i), None) if runit(i).kind == UnitKind::Text => {}
            (None, Some(j)) if vunit(j).kind == UnitKind::Text => {}
            (Some(i), None) if !moved.iter().chain(&around).any(|m| m.0 == i) => {
                let a = runit(i);
                // Where it would be: the next unit of the version, else the
                // one before.
                let place = pairs[k + 1..]
                    .iter()
                    .find_map(|p| p.1)
                    .or_else(|| pairs[..k].iter().rev().find_map(|p| p.1));
                let Some(place) = place else { continue };
                let b = vunit(place);
                differences.push(Difference {
                    kind: DifferenceKind::Missing,
                    line: b.line,
                    span: body(b),
                    reference: Some((a.line, a.body)),
                    message: msg!(
                        "version-mismatch-missing",
                        unit = a.name.clone(),
                        lang = lang()
                    ),
                });
            }
            (None, Some(j)) if !moved.iter().chain(&around).any(|m| m.1 == j) => {
                let b = vunit(j);
                differences.push(Difference {
                    kind: DifferenceKind::Extra,
                    line: b.line,
                    span: b.body,
                    reference: None,
                    message: msg!(
                        "version-mismatch-extra",
                        unit = b.name.clone(),
                        lang = lang()
                    ),
                });
            }
            _ => {}
        }
    }
    // Neighbouring pairs that match better crossed, the best explained
    // first: a paragraph that crosses better with one neighbour than with
    // the other is reported with that one.
    let mut gains: Vec<(f32, usize)> = Vec::new();
    for k in 0..pairs.len().saturating_sub(1) {
        let (Some(i1), Some(j1)) = pairs[k] else {
            continue;
        };
        let (Some(i2), Some(j2)) = pairs[k + 1] else {
            continue;
        };
        // Footnotes are numbered in the order a version first cites them,
        // which its word order may change: two footnotes of one sentence
        // may be numbered the other way round.
        if crossed[k] || crossed[k + 1] || runit(i1).kind == UnitKind::Footnote {
            continue;
        }
        // Only units that may align crossed.
        if cost(&r, &v, i1, j2, false).is_none() || cost(&r, &v, i2, j1, false).is_none() {
            continue;
        }
        let gain = order.gain(i1, j1, i2, j2);
        if gain > ORDER_GAIN {
            gains.push((gain, k));
        }
    }
    gains.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    for (_, k) in gains {
        if crossed[k] || crossed[k + 1] {
            continue;
        }
        let ((Some(i1), Some(j1)), (Some(i2), Some(j2))) = (pairs[k], pairs[k + 1]) else {
            continue;
        };
        crossed[k] = true;
        crossed[k + 1] = true;
        for (j, i) in [(j1, i2), (j2, i1)] {
            let (a, b) = (runit(i), vunit(j));
            differences.push(Difference {
                kind: DifferenceKind::Order,
                line: b.line,
                span: b.body,
                reference: Some((a.line, a.body)),
                message: msg!(
                    "version-mismatch-order",
                    unit = a.name.clone(),
                    lang = lang()
                ),
            });
        }
    }
    for (k, &(i, j)) in pairs.iter().enumerate() {
        let (Some(i), Some(j)) = (i, j) else { continue };
        if crossed[k] {
            continue;
        }
        compare_pair(runit(i), vunit(j), reference_language, &mut differences);
    }
    differences.sort_by_key(|d| (d.line, d.span.start, d.kind.name()));
    differences.dedup();
    Comparison { pairs, differences }
}

/// The gain, in nats, of crossing each two neighbouring aligned pairs of
/// units, as the order of neighbours weighs it before its threshold
/// ([`ORDER_GAIN`]): (the version's first unit, gain). For
/// `examples/swap_evidence.rs`, which measures how far the gains of swapped
/// neighbours and of the neighbours of the published versions lie apart.
#[doc(hidden)]
pub fn neighbour_gains(reference: &Summary, version: &Summary) -> Vec<(usize, f32)> {
    let r = Side::new(reference);
    let v = Side::new(version);
    let mut pairs = align(&r, &v);
    let order = Order::new(&r, &v, &pairs);
    realign(&r, &v, &order, &mut pairs);
    let mut out = Vec::new();
    for k in 0..pairs.len().saturating_sub(1) {
        let ((Some(i1), Some(j1)), (Some(i2), Some(j2))) = (pairs[k], pairs[k + 1]) else {
            continue;
        };
        if reference.units[i1].kind == UnitKind::Footnote
            || cost(&r, &v, i1, j2, false).is_none()
            || cost(&r, &v, i2, j1, false).is_none()
        {
            continue;
        }
        let gain = order.gain(i1, j1, i2, j2);
        out.push((j1, gain));
    }
    out
}

/// `the French version here`: where a difference stands in the reference
/// (the note `resolute compare` prints under it).
pub fn version_here(reference_language: Language) -> Message {
    msg!(
        "version-mismatch-note",
        lang = language_of(reference_language)
    )
}

/// The reference's language as the messages name its version
/// (`version-mismatch-language`: `French` in `the French version`).
fn language_of(language: Language) -> Arg {
    msg!("version-mismatch-language", lang = language.code()).into()
}

/// Whether `unit` writes `key` (`74/55`, `1624 (2005)`) as a citation,
/// a symbol or figures, though its reader did not take it for a citation
/// there.
fn writes(unit: &Unit, key: &str) -> bool {
    let cited = |c: &Cited| c.key == key || c.alt.as_deref() == Some(key);
    if unit.citations.iter().any(cited) || unit.symbols.iter().any(|s| &*s.text == key) {
        return true;
    }
    // `1624 (2005)`, `3369 (XXX)`: the number among the figures.
    let number = key.split(' ').next().unwrap_or(key);
    !key.contains('/')
        && number
            .parse::<i128>()
            .is_ok_and(|n| unit.figures.iter().any(|f| f.milli == n * 1000))
}

/// The figures of `unit`, the digits of marker readings its resolver did
/// not accept taken off where `other` cites that footnote (`Action 214` is
/// Agenda 21 and footnote 4 when the other version cites footnote 4 there).
fn figures_read(unit: &Unit, other: &Unit) -> (Vec<(i128, Span)>, Vec<u32>) {
    let mut unglued = Vec::new();
    let figures = unit
        .figures
        .iter()
        .map(|f| {
            let glued = unit.candidates.iter().find_map(|(n, span)| {
                if span.end != f.span.end
                    || span.start <= f.span.start
                    || !other.markers.iter().any(|m| m.0 == *n)
                    || unit.markers.iter().any(|m| m.0 == *n)
                {
                    return None;
                }
                let digits = (span.end - span.start).min(30);
                let whole = f.milli / 1000 / 10i128.pow(digits) * 1000;
                // Only where the other version writes the figure without it.
                other
                    .figures
                    .iter()
                    .any(|o| o.milli == whole)
                    .then_some((*n, whole, span.start))
            });
            match glued {
                Some((n, whole, start)) => {
                    unglued.push(n);
                    (whole, Span::new(f.span.start as usize, start as usize))
                }
                None => (f.milli, f.span),
            }
        })
        .collect();
    (figures, unglued)
}

/// Whether a reading of `n` that the resolver of `unit` did not accept
/// stands for the marker `other` has there: not the last digits of a
/// number that `other` writes whole (`51/22` in both versions is no
/// `51/2` and footnote 2 in one of them).
fn standing(unit: &Unit, other: &Unit, n: u32) -> bool {
    unit.standing.contains(&n)
        && unit.candidates.iter().any(|(m, span)| {
            *m == n
                && !unit
                    .citations
                    .iter()
                    .any(|c| c.span.end == span.end && writes(other, &c.key))
                && !unit
                    .symbols
                    .iter()
                    .any(|s| s.span.end == span.end && writes(other, &s.text))
        })
}

/// The differences of two aligned units.
fn compare_pair(a: &Unit, b: &Unit, reference_language: Language, out: &mut Vec<Difference>) {
    let lang = || language_of(reference_language);
    let at = |span: Span| Some((a.line, span));
    // Citations, each looked up among the other's symbols and figures too.
    let extra: Vec<&Cited> = b
        .citations
        .iter()
        .filter(|c| !writes(a, &c.key) && !c.alt.as_ref().is_some_and(|k| writes(a, k)))
        .collect();
    let lacking: Vec<&Cited> = a
        .citations
        .iter()
        .filter(|c| !writes(b, &c.key) && !c.alt.as_ref().is_some_and(|k| writes(b, k)))
        .collect();
    for (k, c) in extra.iter().enumerate() {
        let message = match lacking.get(k) {
            Some(l) => msg!(
                "version-mismatch-citation-other",
                cite = &c.key,
                other = &l.key,
                lang = lang()
            ),
            None => msg!(
                "version-mismatch-citation-extra",
                cite = &c.key,
                lang = lang()
            ),
        };
        out.push(Difference {
            kind: DifferenceKind::Citation,
            line: b.line,
            span: c.span,
            reference: lacking
                .get(k)
                .map_or(Some((a.line, a.body)), |l| at(l.span)),
            message,
        });
    }
    for l in lacking.iter().skip(extra.len()) {
        out.push(Difference {
            kind: DifferenceKind::Citation,
            line: b.line,
            span: b.body,
            reference: at(l.span),
            message: msg!(
                "version-mismatch-citation-lacking",
                cite = &l.key,
                lang = lang()
            ),
        });
    }
    // Dates of the same citations.
    let (mut b_figures, b_unglued) = figures_read(b, a);
    let (mut a_figures, a_unglued) = figures_read(a, b);
    for c in &b.citations {
        // `72/266 A of 24 December 2017 and 72/266 B of 5 July 2018`: a
        // number cited twice is compared with the citation of the same date
        // if there is one, else with the only one.
        let same: Vec<&Cited> = a.citations.iter().filter(|o| o.key == c.key).collect();
        if c.date.is_some() && same.iter().any(|o| o.date == c.date) {
            continue;
        }
        let [other] = same.as_slice() else {
            continue;
        };
        match (c.date, other.date) {
            (Some(d), Some(e)) if d != e => out.push(Difference {
                kind: DifferenceKind::Date,
                line: b.line,
                span: c.date_span.unwrap_or(c.span),
                reference: at(other.date_span.unwrap_or(other.span)),
                message: msg!(
                    "version-mismatch-date",
                    cite = &c.key,
                    date = d,
                    other = e,
                    lang = lang()
                ),
            }),
            // The date is there, but not in a form the language's reader
            // reads as a date (`20 de diciembre 2017`).
            (None, Some(e))
                if !b.dates.contains(&e)
                    && !b.citations.iter().any(|o| o.date == Some(e))
                    && b_figures.windows(2).any(|w| {
                        w[0].1.start > c.span.start
                            && w[0].0 == i128::from(e.day) * 1000
                            && w[1].0 == i128::from(e.year) * 1000
                    }) =>
            {
                out.push(Difference {
                    kind: DifferenceKind::Date,
                    line: b.line,
                    span: c.span,
                    reference: at(other.date_span.unwrap_or(other.span)),
                    message: msg!(
                        "version-mismatch-date-unread",
                        cite = &c.key,
                        other = e,
                        lang = lang()
                    ),
                })
            }
            _ => {}
        }
    }
    // Footnote markers; a reading the resolver of one version did not
    // accept stands for the marker the other has there.
    let a_marks: Vec<u32> = a.markers.iter().map(|m| m.0).collect();
    let b_marks: Vec<u32> = b.markers.iter().map(|m| m.0).collect();
    // Digits of that number among the figures stand for the marker too
    // (the resolver of one version read them as a figure).
    let take = |figures: &mut Vec<(i128, Span)>, others: &[(i128, Span)], n: u32| {
        let value = i128::from(n) * 1000;
        let spare = figures.iter().filter(|f| f.0 == value).count()
            > others.iter().filter(|f| f.0 == value).count();
        if spare {
            if let Some(at) = figures.iter().rposition(|f| f.0 == value) {
                figures.remove(at);
            }
            return true;
        }
        // Glued to a figure (`Action 214` for Agenda 21 and footnote 4)
        // the other version writes without it.
        let digits = n.to_string();
        let glued = figures.iter().position(|f| {
            let whole = f.0 / 1000;
            f.0 % 1000 == 0
                && whole.to_string().len() > digits.len()
                && whole.to_string().ends_with(&digits)
                && {
                    let rest = whole / 10i128.pow(digits.len() as u32) * 1000;
                    others.iter().filter(|o| o.0 == rest).count()
                        > figures.iter().filter(|o| o.0 == rest).count()
                }
        });
        if let Some(at) = glued {
            figures[at].0 = figures[at].0 / 1000 / 10i128.pow(digits.len() as u32) * 1000;
            return true;
        }
        false
    };
    for &(n, span) in &b.markers {
        let stands = a_marks.contains(&n) || standing(a, b, n) || a_unglued.contains(&n);
        if !(stands || take(&mut a_figures, &b_figures, n)) {
            out.push(Difference {
                kind: DifferenceKind::Footnote,
                line: b.line,
                span,
                reference: Some((a.line, a.body)),
                message: msg!("version-mismatch-footnote-here", number = n, lang = lang()),
            });
        }
    }
    for &(n, span) in &a.markers {
        let stands = b_marks.contains(&n) || standing(b, a, n) || b_unglued.contains(&n);
        if !(stands || take(&mut b_figures, &a_figures, n)) {
            out.push(Difference {
                kind: DifferenceKind::Footnote,
                line: b.line,
                span: Span::new(b.body.end as usize, b.body.end as usize),
                reference: at(span),
                message: msg!("version-mismatch-footnote-there", number = n, lang = lang()),
            });
        }
    }
    // Figures. The day and year of a citation's date that the other
    // version's reader does not read as that citation's date are figures
    // there (`résolution 2008 (LX) …, en date du 14 mai 1976`): they are
    // compared as figures here.
    let dated = |unit: &Unit, other: &Unit, figures: &mut Vec<(i128, Span)>| {
        for c in &unit.citations {
            let (Some(d), Some(span)) = (c.date, c.date_span) else {
                continue;
            };
            if other
                .citations
                .iter()
                .any(|o| o.key == c.key && o.date.is_some())
            {
                continue;
            }
            figures.push((i128::from(d.day) * 1000, span));
            figures.push((i128::from(d.year) * 1000, span));
        }
    };
    dated(a, b, &mut a_figures);
    dated(b, a, &mut b_figures);
    let a_values: Vec<i128> = a_figures.iter().map(|f| f.0).collect();
    let b_values: Vec<i128> = b_figures.iter().map(|f| f.0).collect();
    let mut extra_f = minus(&b_values, &a_values);
    let mut lacking_f = minus(&a_values, &b_values);
    let single = match (extra_f.as_slice(), lacking_f.as_slice()) {
        ([x], [y]) => Some((b_figures[*x], a_figures[*y])),
        _ => None,
    };
    // An ordinal one version writes in words (`eighteenth`) stands for
    // the other's digits (`18ª`); those left over may be the figure a
    // mistyped one replaces. (Not for a single substitution: `third` may
    // stand for another 3 than the one a version writes.)
    let spare = |figures: &[(i128, Span)], alone: &mut Vec<usize>, words: &[figures::Figure]| {
        let mut used = vec![false; words.len()];
        alone.retain(|&x| {
            match (0..words.len()).find(|&w| !used[w] && words[w].milli == figures[x].0) {
                Some(w) => {
                    used[w] = true;
                    false
                }
                None => true,
            }
        });
        words
            .iter()
            .zip(used)
            .filter(|(_, used)| !used)
            .map(|(w, _)| (w.milli, w.span))
            .collect::<Vec<_>>()
    };
    let a_spare = spare(&b_figures, &mut extra_f, &a.ordinals);
    let b_spare = spare(&a_figures, &mut lacking_f, &b.ordinals);
    // Substitutions: where one figure differs, that one; where several
    // do, those a slip of one digit explains (a paragraph that writes
    // other figures otherwise, as times of day or `10 to 20 per cent` for
    // a range of `110 to 120`, does not compare figure by figure).
    let mut substituted: Vec<((i128, Span), (i128, Span))> = Vec::new();
    if let Some(pair) = single {
        substituted.push(pair);
    } else {
        let mut lacking: Vec<(i128, Span)> = lacking_f.iter().map(|&y| a_figures[y]).collect();
        lacking.extend(a_spare);
        let mut extra: Vec<(i128, Span)> = extra_f.iter().map(|&x| b_figures[x]).collect();
        extra.extend(b_spare);
        let mut used = vec![false; lacking.len()];
        for x in extra {
            if let Some(k) =
                (0..lacking.len()).find(|&k| !used[k] && one_digit_apart(x.0, lacking[k].0))
            {
                used[k] = true;
                substituted.push((x, lacking[k]));
            }
        }
    }
    for ((value, span), (other, other_span)) in substituted {
        let reference = b
            .references
            .iter()
            .any(|s| s.start <= span.start && span.start < s.end.max(s.start + 1));
        // The day or year of a citation's date as this version reads it.
        let date = b
            .citations
            .iter()
            .find(|c| c.date_span == Some(span) && c.date.is_some());
        if let Some(c) = date {
            out.push(Difference {
                kind: DifferenceKind::Date,
                line: b.line,
                span,
                reference: at(other_span),
                message: msg!(
                    "version-mismatch-date-part",
                    cite = &c.key,
                    figure = show(value),
                    other = show(other),
                    lang = lang()
                ),
            });
            continue;
        }
        out.push(Difference {
            kind: if reference {
                DifferenceKind::Reference
            } else {
                DifferenceKind::Figure
            },
            line: b.line,
            span,
            reference: at(other_span),
            message: if reference {
                msg!(
                    "version-mismatch-reference",
                    number = show(value),
                    other = show(other),
                    lang = lang()
                )
            } else {
                msg!(
                    "version-mismatch-figure",
                    figure = show(value),
                    other = show(other),
                    lang = lang()
                )
            },
        });
    }
    // Symbols: substitutions only.
    let a_syms: Vec<&str> = a.symbols.iter().map(|s| &*s.text).collect();
    let b_syms: Vec<&str> = b.symbols.iter().map(|s| &*s.text).collect();
    // A marker reading the resolver did not accept, glued to a symbol
    // (`XII/327` for XII/3 and footnote 27 where the other cites it).
    let unglued = |unit: &Unit, other: &Unit, s: &figures::Symbol| -> Option<String> {
        let (_, span) = unit.candidates.iter().find(|(n, span)| {
            span.end == s.span.end
                && span.start > s.span.start
                && other.markers.iter().any(|m| m.0 == *n)
        })?;
        let keep = s.text.len().checked_sub((span.end - span.start) as usize)?;
        Some(s.text.get(..keep)?.to_string())
    };
    let extra_s: Vec<&figures::Symbol> = b
        .symbols
        .iter()
        .filter(|s| !a_syms.contains(&&*s.text) && !writes(a, &s.text))
        .filter(|s| !unglued(b, a, s).is_some_and(|t| a_syms.contains(&t.as_str())))
        .collect();
    let lacking_s: Vec<&figures::Symbol> = a
        .symbols
        .iter()
        .filter(|s| !b_syms.contains(&&*s.text) && !writes(b, &s.text))
        .filter(|s| !unglued(a, b, s).is_some_and(|t| b_syms.contains(&t.as_str())))
        .collect();
    for (s, t) in extra_s.iter().zip(&lacking_s) {
        out.push(Difference {
            kind: DifferenceKind::Symbol,
            line: b.line,
            span: s.span,
            reference: at(t.span),
            message: msg!(
                "version-mismatch-symbol",
                symbol = &*s.text,
                other = &*t.text,
                lang = lang()
            ),
        });
    }
}

/// Whether two figures are written with as many digits (two or more) and
/// differ in one of them: a slip of one key (`2063` for `2068`).
fn one_digit_apart(x: i128, y: i128) -> bool {
    let (x, y) = (show(x), show(y));
    x.len() == y.len()
        && x.len() >= 2
        && x.bytes().zip(y.bytes()).filter(|(p, q)| p != q).count() == 1
}

/// A figure in thousandths, written back.
fn show(milli: i128) -> String {
    if milli % 1000 == 0 {
        (milli / 1000).to_string()
    } else {
        let s = format!("{}.{:03}", milli / 1000, (milli % 1000).abs());
        s.trim_end_matches('0').to_string()
    }
}

/// Summarizes both documents and compares `version` with `reference`.
pub fn compare_documents(reference: &Document, version: &Document) -> Comparison {
    compare(
        &summarize(reference),
        reference.language(),
        &summarize(version),
    )
}
