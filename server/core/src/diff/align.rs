//! Which paragraphs of the base become which paragraphs of the draft.
//!
//! Paragraphs are compared by the words they share, each word weighted by
//! how rare it is among the paragraphs of the two texts (words every
//! paragraph has, `the`, `of`, `General Assembly`, weigh almost nothing):
//! the similarity of two paragraphs is the weighted share of their words
//! they have in common (a Dice coefficient). Two paragraphs are the same
//! paragraph, changed, when at least half of their weighted words are
//! common, or when the shorter is kept nearly whole (four fifths of its
//! words) in the longer, a paragraph extended by a long clause; otherwise
//! one was deleted and the other is new.
//!
//! Within each part (preambular, operative, the rest) the paragraphs are
//! aligned in order first: the matching of most total similarity that keeps
//! the order of both texts (a weighted longest common subsequence), so
//! renumbering and inserted paragraphs do not disturb it. Paragraphs left
//! over on both sides are then paired by similarity, best first: those are
//! moved paragraphs. Last, a new draft paragraph next to one matched with a
//! base paragraph, whose words mostly come from what that base paragraph
//! has left over, was split from it (and a deleted base paragraph next to a
//! matched one, whose words mostly went into its draft paragraph, was merged
//! into it).

use rustc_hash::FxHashMap as FastMap;

use super::units::{Unit, UnitKind};

/// At least this weighted share of common words makes two paragraphs the
/// same paragraph (half of them).
pub const SAME: f64 = 0.5;

/// A paragraph kept nearly whole (this share of its weighted words) inside
/// a longer one is the same paragraph, extended, however much was added.
pub const KEPT: f64 = 0.8;

/// The words of each unit, as sorted (word id, count) lists.
pub struct Bags {
    pub base: Vec<Vec<(u32, u32)>>,
    pub draft: Vec<Vec<(u32, u32)>>,
    /// The weight of each word id.
    pub weight: Vec<f64>,
}

/// Cardinal number words, spelled out as UN texts spell counts (`six`,
/// `twenty-one`): their parts. Ordinals (`seventy-ninth`) are
/// [`crate::syntax::ordinal`]'s.
const NUMBER_WORDS: &[&str] = &[
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
];

/// What an update changes does not tell paragraphs apart: every number,
/// date and year (`2024`, `79/123`, `thirty-fourth`, `six`, `October`)
/// counts as one and the same word when paragraphs are compared, so that
/// `the eight resolutions adopted at the thirty-third Conference, held in
/// December 2019` and `the six resolutions adopted at the thirty-fourth
/// Conference, held in October 2024` are recognized as one paragraph.
fn normalize(word: &str) -> Option<&'static str> {
    if word.bytes().any(|c| c.is_ascii_digit())
        || word
            .split('-')
            .all(|part| NUMBER_WORDS.contains(&part) || crate::syntax::ordinal::is_part(part))
    {
        Some("#number")
    } else if crate::syntax::date::MONTHS
        .iter()
        .any(|m| m.eq_ignore_ascii_case(word))
    {
        Some("#month")
    } else {
        None
    }
}

/// The lower-cased words of `text` (letters and digits; footnote markers
/// glued to a word are dropped with the digits that end it), with numbers
/// and months made alike ([`normalize`]).
pub fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    super::words::tokens(text)
        .into_iter()
        .map(move |r| &text[r])
        .filter(|t| t.chars().next().is_some_and(char::is_alphanumeric))
        .map(|t| {
            // `Secretary-General,1`: the marker is a token of its own;
            // `Outcome1` keeps its letters.
            let trimmed = if t.chars().any(char::is_alphabetic) {
                t.trim_end_matches(|c: char| c.is_ascii_digit())
            } else {
                t
            };
            let lower = if trimmed.bytes().any(|b| b.is_ascii_uppercase()) || !trimmed.is_ascii() {
                trimmed.to_lowercase()
            } else {
                trimmed.to_owned()
            };
            match normalize(&lower) {
                Some(class) => class.to_owned(),
                None => lower,
            }
        })
}

impl Bags {
    pub fn new(base_text: &str, base: &[Unit], draft_text: &str, draft: &[Unit]) -> Bags {
        let mut ids: FastMap<String, u32> = FastMap::default();
        let bag = |text: &str, unit: &Unit, ids: &mut FastMap<String, u32>| {
            let mut counts: FastMap<u32, u32> = FastMap::default();
            for word in words(&text[unit.body..unit.bytes.end]) {
                let next = ids.len() as u32;
                let id = match ids.get(&word) {
                    Some(&id) => id,
                    None => {
                        ids.insert(word, next);
                        next
                    }
                };
                *counts.entry(id).or_default() += 1;
            }
            let mut v: Vec<(u32, u32)> = counts.into_iter().collect();
            v.sort_unstable();
            v
        };
        let base_bags: Vec<_> = base.iter().map(|u| bag(base_text, u, &mut ids)).collect();
        let draft_bags: Vec<_> = draft.iter().map(|u| bag(draft_text, u, &mut ids)).collect();
        // Inverse document frequency over the units of both texts.
        let mut df = vec![0u32; ids.len()];
        for b in base_bags.iter().chain(&draft_bags) {
            for (id, _) in b {
                df[*id as usize] += 1;
            }
        }
        let n = (base_bags.len() + draft_bags.len()) as f64;
        let weight = df
            .iter()
            .map(|&d| ((n + 1.0) / (f64::from(d) + 0.5)).ln().max(0.05))
            .collect();
        Bags {
            base: base_bags,
            draft: draft_bags,
            weight,
        }
    }

    fn mass(&self, bag: &[(u32, u32)]) -> f64 {
        bag.iter()
            .map(|(id, c)| self.weight[*id as usize] * f64::from(*c))
            .sum()
    }

    fn common(&self, a: &[(u32, u32)], b: &[(u32, u32)]) -> f64 {
        let (mut i, mut j, mut sum) = (0, 0, 0.0);
        while i < a.len() && j < b.len() {
            match a[i].0.cmp(&b[j].0) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    sum += self.weight[a[i].0 as usize] * f64::from(a[i].1.min(b[j].1));
                    i += 1;
                    j += 1;
                }
            }
        }
        sum
    }

    /// The similarity of base unit `b` and draft unit `d`, from 0 to 1.
    pub fn similarity(&self, b: usize, d: usize) -> f64 {
        let (x, y) = (&self.base[b], &self.draft[d]);
        let total = self.mass(x) + self.mass(y);
        if total == 0.0 {
            // Two units without words (blank stretches, dashes): the same
            // when both are empty of words.
            return if x.is_empty() && y.is_empty() {
                1.0
            } else {
                0.0
            };
        }
        2.0 * self.common(x, y) / total
    }

    /// Whether base unit `b` and draft unit `d` are the same paragraph:
    /// half their words in common, or the shorter kept nearly whole in the
    /// longer. Returns the score the alignment maximizes (their similarity),
    /// or `None`.
    pub fn related(&self, b: usize, d: usize) -> Option<f64> {
        let dice = self.similarity(b, d);
        if dice >= SAME {
            return Some(dice);
        }
        let (x, y) = (&self.base[b], &self.draft[d]);
        let smaller = self.mass(x).min(self.mass(y));
        (smaller > 0.0 && self.common(x, y) / smaller >= KEPT).then_some(dice.max(f64::EPSILON))
    }

    /// Whether `part` is a piece split off `whole` next to `taken` (or
    /// merged into it): most of its words come from `whole`, and `whole`
    /// matches `taken` and `part` together better than `taken` alone. The
    /// words a drafter repeats when splitting a paragraph (`Also calls upon
    /// States`) count for both pieces.
    fn completes(&self, part: &[(u32, u32)], whole: &[(u32, u32)], taken: &[(u32, u32)]) -> bool {
        let mass = self.mass(part);
        if mass == 0.0 || self.common(part, whole) / mass < SAME {
            return false;
        }
        let dice = |a: &[(u32, u32)], b: &[(u32, u32)]| {
            let total = self.mass(a) + self.mass(b);
            if total == 0.0 {
                0.0
            } else {
                2.0 * self.common(a, b) / total
            }
        };
        let together = union([taken, part].into_iter());
        dice(whole, &together) > dice(whole, taken)
    }
}

/// A set of base units that became a set of draft units: one to one, one
/// to several (a split) or several to one (a merge). Units of a group are
/// consecutive in their text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    pub base: Vec<usize>,
    pub draft: Vec<usize>,
    /// Not in the order of the other groups: the paragraph was moved.
    pub moved: bool,
}

/// Aligns the units of the two texts.
pub fn align(base: &[Unit], draft: &[Unit], bags: &Bags) -> Vec<Group> {
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for kind in [UnitKind::Preambular, UnitKind::Operative, UnitKind::Other] {
        let b: Vec<usize> = (0..base.len()).filter(|&i| base[i].kind == kind).collect();
        let d: Vec<usize> = (0..draft.len())
            .filter(|&j| draft[j].kind == kind)
            .collect();
        let sim: Vec<Vec<f64>> = b
            .iter()
            .map(|&i| {
                d.iter()
                    .map(|&j| bags.related(i, j).unwrap_or(0.0))
                    .collect()
            })
            .collect();
        let in_order = ordered(&sim);
        let mut used_b = vec![false; b.len()];
        let mut used_d = vec![false; d.len()];
        for &(x, y) in &in_order {
            used_b[x] = true;
            used_d[y] = true;
            pairs.push((b[x], d[y]));
        }
        // Moves: the leftovers, best pair first.
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for (x, row) in sim.iter().enumerate() {
            if used_b[x] {
                continue;
            }
            for (y, &s) in row.iter().enumerate() {
                if !used_d[y] && s > 0.0 {
                    candidates.push((s, x, y));
                }
            }
        }
        candidates.sort_by(|p, q| q.0.total_cmp(&p.0).then((p.1, p.2).cmp(&(q.1, q.2))));
        for (_, x, y) in candidates {
            if !used_b[x] && !used_d[y] {
                used_b[x] = true;
                used_d[y] = true;
                pairs.push((b[x], d[y]));
            }
        }
    }
    pairs.sort_by_key(|&(_, d)| d);
    let mut groups: Vec<Group> = pairs
        .iter()
        .map(|&(b, d)| Group {
            base: vec![b],
            draft: vec![d],
            moved: false,
        })
        .collect();
    join_splits(base, draft, bags, &mut groups);
    mark_moves(&mut groups);
    groups
}

/// The matching of most total similarity (of related pairs, whose score is
/// above 0) that keeps the order of both sequences.
fn ordered(sim: &[Vec<f64>]) -> Vec<(usize, usize)> {
    let m = sim.len();
    let n = sim.first().map_or(0, Vec::len);
    if m == 0 || n == 0 {
        return Vec::new();
    }
    // score[i][j]: best total over base[i..] and draft[j..].
    let mut score = vec![vec![0.0f64; n + 1]; m + 1];
    for i in (0..m).rev() {
        for j in (0..n).rev() {
            let mut best = score[i + 1][j].max(score[i][j + 1]);
            if sim[i][j] > 0.0 {
                best = best.max(sim[i][j] + score[i + 1][j + 1]);
            }
            score[i][j] = best;
        }
    }
    let mut pairs = Vec::new();
    let (mut i, mut j) = (0, 0);
    while i < m && j < n {
        if sim[i][j] > 0.0 && score[i][j] == sim[i][j] + score[i + 1][j + 1] {
            pairs.push((i, j));
            i += 1;
            j += 1;
        } else if score[i][j] == score[i + 1][j] {
            i += 1;
        } else {
            j += 1;
        }
    }
    pairs
}

/// Joins to their group the new draft units split from its base unit, and
/// the deleted base units merged into its draft unit.
fn join_splits(base: &[Unit], draft: &[Unit], bags: &Bags, groups: &mut [Group]) {
    let mut matched_b = vec![false; base.len()];
    let mut matched_d = vec![false; draft.len()];
    for g in groups.iter() {
        g.base.iter().for_each(|&b| matched_b[b] = true);
        g.draft.iter().for_each(|&d| matched_d[d] = true);
    }
    for g in groups.iter_mut() {
        // Splits: the draft units right after (or before) the group's.
        for forward in [true, false] {
            loop {
                let next = if forward {
                    g.draft.last().map(|&d| d + 1)
                } else {
                    g.draft.first().and_then(|&d| d.checked_sub(1))
                };
                let Some(next) = next.filter(|&d| d < draft.len() && !matched_d[d]) else {
                    break;
                };
                if draft[next].kind != draft[g.draft[0]].kind || bags.draft[next].is_empty() {
                    break;
                }
                let taken = union(g.draft.iter().map(|&d| &bags.draft[d][..]));
                let whole = union(g.base.iter().map(|&b| &bags.base[b][..]));
                if !bags.completes(&bags.draft[next], &whole, &taken) {
                    break;
                }
                matched_d[next] = true;
                if forward {
                    g.draft.push(next);
                } else {
                    g.draft.insert(0, next);
                }
            }
        }
        // Merges: the base units right after (or before) the group's.
        for forward in [true, false] {
            loop {
                let next = if forward {
                    g.base.last().map(|&b| b + 1)
                } else {
                    g.base.first().and_then(|&b| b.checked_sub(1))
                };
                let Some(next) = next.filter(|&b| b < base.len() && !matched_b[b]) else {
                    break;
                };
                if base[next].kind != base[g.base[0]].kind || bags.base[next].is_empty() {
                    break;
                }
                let taken = union(g.base.iter().map(|&b| &bags.base[b][..]));
                let whole = union(g.draft.iter().map(|&d| &bags.draft[d][..]));
                if !bags.completes(&bags.base[next], &whole, &taken) {
                    break;
                }
                matched_b[next] = true;
                if forward {
                    g.base.push(next);
                } else {
                    g.base.insert(0, next);
                }
            }
        }
    }
}

/// The sum of several bags.
fn union<'a>(bags: impl Iterator<Item = &'a [(u32, u32)]>) -> Vec<(u32, u32)> {
    let mut counts: FastMap<u32, u32> = FastMap::default();
    for bag in bags {
        for &(id, c) in bag {
            *counts.entry(id).or_default() += c;
        }
    }
    let mut v: Vec<(u32, u32)> = counts.into_iter().collect();
    v.sort_unstable();
    v
}

/// Marks as moved the groups outside a longest chain of groups whose base
/// units are in the draft's order (groups are sorted by draft position).
fn mark_moves(groups: &mut [Group]) {
    let keys: Vec<usize> = groups.iter().map(|g| g.base[0]).collect();
    let keep = longest_increasing(&keys);
    for (index, g) in groups.iter_mut().enumerate() {
        g.moved = !keep[index];
    }
}

/// Which items of `keys` belong to one longest strictly increasing
/// subsequence.
fn longest_increasing(keys: &[usize]) -> Vec<bool> {
    let mut tails: Vec<usize> = Vec::new(); // index into keys of the tail of each length
    let mut previous = vec![usize::MAX; keys.len()];
    for (i, &k) in keys.iter().enumerate() {
        let at = tails.partition_point(|&t| keys[t] < k);
        if at > 0 {
            previous[i] = tails[at - 1];
        }
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut keep = vec![false; keys.len()];
    let mut at = tails.last().copied();
    while let Some(i) = at {
        keep[i] = true;
        at = (previous[i] != usize::MAX).then_some(previous[i]);
    }
    keep
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_chain_keeps_order() {
        assert_eq!(
            longest_increasing(&[0, 5, 1, 2, 3]),
            [true, false, true, true, true]
        );
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
    }
}
