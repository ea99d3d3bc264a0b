//! The word-level difference between two texts: tokens (words, runs of
//! white space, single marks), the shortest edit script between them
//! (Myers' algorithm), then a clean-up so that a person reads whole changed
//! phrases rather than words interleaved with the articles they share.

use std::ops::Range;

/// One step of a word-level difference, as byte ranges into the old text
/// (`base`) and the new one (`draft`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Op {
    /// The same text in both.
    Equal {
        base: Range<usize>,
        draft: Range<usize>,
    },
    /// Text of the base that the draft does not have.
    Delete { base: Range<usize> },
    /// Text of the draft that the base does not have.
    Insert { draft: Range<usize> },
}

impl Op {
    pub fn is_equal(&self) -> bool {
        matches!(self, Op::Equal { .. })
    }
}

/// Splits `text` into tokens, as byte ranges: a word (letters and digits,
/// with the joiners `-`, `/`, `.`, `’`, `'` between two of them, so that
/// `A/79/174`, `non-discriminatory` and `States’s` stay whole), a run
/// of white space, or any other single character.
pub fn tokens(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 3);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let end_of = |i: usize| chars.get(i).map_or(text.len(), |&(at, _)| at);
    let mut i = 0;
    while i < chars.len() {
        let (start, c) = chars[i];
        let mut j = i + 1;
        if c.is_alphanumeric() {
            while j < chars.len() {
                let d = chars[j].1;
                if d.is_alphanumeric() {
                    j += 1;
                } else if matches!(d, '-' | '/' | '.' | '’' | '\'' | '‑')
                    && chars.get(j + 1).is_some_and(|&(_, e)| e.is_alphanumeric())
                {
                    j += 2;
                } else {
                    break;
                }
            }
        } else if c.is_whitespace() {
            while j < chars.len() && chars[j].1.is_whitespace() {
                j += 1;
            }
        }
        out.push(start..end_of(j));
        i = j;
    }
    out
}

/// The most edit steps (insertions plus deletions) the search explores
/// before giving up on a fine difference: past it, two texts have little in
/// common and are shown as one deletion and one insertion.
const MAX_EDITS: usize = 2000;

/// The word-level difference between `base` and `draft`.
pub fn diff(base: &str, draft: &str) -> Vec<Op> {
    let a = tokens(base);
    let b = tokens(draft);
    let a_text: Vec<&str> = a.iter().map(|r| &base[r.clone()]).collect();
    let b_text: Vec<&str> = b.iter().map(|r| &draft[r.clone()]).collect();
    let pairs = lcs_pairs(&a_text, &b_text);
    let mut ops = Vec::new();
    let (mut i, mut j) = (0, 0);
    let span = |v: &[Range<usize>], from: usize, to: usize, len: usize| -> Range<usize> {
        let start = v.get(from).map_or(len, |r| r.start);
        let end = if to == 0 { start } else { v[to - 1].end };
        start..end.max(start)
    };
    for (x, y) in pairs.into_iter().chain(std::iter::once((a.len(), b.len()))) {
        if x > i {
            push(
                &mut ops,
                Op::Delete {
                    base: span(&a, i, x, base.len()),
                },
            );
        }
        if y > j {
            push(
                &mut ops,
                Op::Insert {
                    draft: span(&b, j, y, draft.len()),
                },
            );
        }
        if x < a.len() && y < b.len() {
            push(
                &mut ops,
                Op::Equal {
                    base: a[x].clone(),
                    draft: b[y].clone(),
                },
            );
        }
        i = x + 1;
        j = y + 1;
    }
    cleanup(base, draft, ops)
}

/// Appends `op`, merging it with the last one when they are of one kind.
pub(crate) fn push(ops: &mut Vec<Op>, op: Op) {
    match (ops.last_mut(), &op) {
        (Some(Op::Equal { base, draft }), Op::Equal { base: b, draft: d })
            if base.end == b.start && draft.end == d.start =>
        {
            base.end = b.end;
            draft.end = d.end;
        }
        (Some(Op::Delete { base }), Op::Delete { base: b }) if base.end == b.start => {
            base.end = b.end
        }
        (Some(Op::Insert { draft }), Op::Insert { draft: d }) if draft.end == d.start => {
            draft.end = d.end
        }
        _ if is_empty(&op) => {}
        _ => ops.push(op),
    }
}

fn is_empty(op: &Op) -> bool {
    match op {
        Op::Equal { base, .. } | Op::Delete { base } => base.is_empty(),
        Op::Insert { draft } => draft.is_empty(),
    }
}

/// The pairs of equal tokens of a longest common subsequence, in order.
fn lcs_pairs(a: &[&str], b: &[&str]) -> Vec<(usize, usize)> {
    // Common prefix and suffix first: most of a paragraph often is.
    let prefix = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let suffix = a[prefix..]
        .iter()
        .rev()
        .zip(b[prefix..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let mut pairs: Vec<(usize, usize)> = (0..prefix).map(|k| (k, k)).collect();
    let (am, bm) = (&a[prefix..a.len() - suffix], &b[prefix..b.len() - suffix]);
    if let Some(middle) = myers(am, bm) {
        pairs.extend(middle.into_iter().map(|(x, y)| (x + prefix, y + prefix)));
    }
    pairs.extend((0..suffix).map(|k| (a.len() - suffix + k, b.len() - suffix + k)));
    pairs
}

/// Myers' O(ND) shortest edit script, as the pairs of equal tokens; `None`
/// past [`MAX_EDITS`] edits. Each step keeps only the diagonals it reached
/// (`2d + 1` of them), for the way back.
fn myers(a: &[&str], b: &[&str]) -> Option<Vec<(usize, usize)>> {
    let (n, m) = (a.len() as isize, b.len() as isize);
    if n == 0 || m == 0 {
        return Some(Vec::new());
    }
    let max = (n + m).min(MAX_EDITS as isize);
    let offset = max + 1;
    let mut v = vec![0isize; (2 * max + 3) as usize];
    let mut trace: Vec<Vec<isize>> = Vec::new();
    for d in 0..=max {
        let mut k = -d;
        while k <= d {
            let idx = (k + offset) as usize;
            let mut x = if k == -d || (k != d && v[idx - 1] < v[idx + 1]) {
                v[idx + 1]
            } else {
                v[idx - 1] + 1
            };
            let mut y = x - k;
            while x < n && y < m && a[x as usize] == b[y as usize] {
                x += 1;
                y += 1;
            }
            v[idx] = x;
            if x >= n && y >= m {
                return Some(backtrack(&trace, n, m));
            }
            k += 2;
        }
        trace.push(v[(offset - d) as usize..=(offset + d) as usize].to_vec());
    }
    None
}

/// Follows the steps back from the end: `trace[d]` holds the furthest x of
/// each diagonal `k` in `-d..=d` after step `d`.
fn backtrack(trace: &[Vec<isize>], n: isize, m: isize) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let (mut x, mut y) = (n, m);
    for d in (1..=trace.len() as isize).rev() {
        let prev = &trace[(d - 1) as usize];
        let get = |k: isize| prev[(k + d - 1) as usize];
        let k = x - y;
        let down = k == -d || (k != d && get(k - 1) < get(k + 1));
        let prev_k = if down { k + 1 } else { k - 1 };
        let prev_x = get(prev_k);
        let prev_y = prev_x - prev_k;
        let (start_x, start_y) = if down {
            (prev_x, prev_y + 1)
        } else {
            (prev_x + 1, prev_y)
        };
        while x > start_x && y > start_y {
            x -= 1;
            y -= 1;
            pairs.push((x as usize, y as usize));
        }
        x = prev_x;
        y = prev_y;
    }
    while x > 0 && y > 0 {
        x -= 1;
        y -= 1;
        pairs.push((x as usize, y as usize));
    }
    pairs.reverse();
    pairs
}

/// Whether an equal stretch between two changes is too slight to show on
/// its own: white space and marks only, or one short word (`the`, `of`,
/// `and`) — a reader sees one changed phrase, not a word left standing in
/// the middle of it.
fn slight(text: &str) -> bool {
    let words: Vec<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.is_empty() || (words.len() == 1 && words[0].chars().count() <= 3)
}

/// Folds slight equal stretches between changes into the changes, and puts
/// each change's deletion before its insertion.
fn cleanup(base: &str, draft: &str, ops: Vec<Op>) -> Vec<Op> {
    let mut out: Vec<Op> = Vec::with_capacity(ops.len());
    // Group into alternating equal stretches and change regions.
    let mut regions: Vec<(bool, Range<usize>, Range<usize>)> = Vec::new(); // (equal, base, draft)
    let (mut bi, mut di) = (0usize, 0usize);
    for op in &ops {
        let (equal, b, d) = match op {
            Op::Equal { base, draft } => (true, base.clone(), draft.clone()),
            Op::Delete { base } => (false, base.clone(), di..di),
            Op::Insert { draft } => (false, bi..bi, draft.clone()),
        };
        bi = b.end;
        di = d.end;
        match regions.last_mut() {
            Some((false, rb, rd)) if !equal => {
                rb.end = b.end.max(rb.end);
                rd.end = d.end.max(rd.end);
                if rb.start > b.start {
                    rb.start = b.start;
                }
                if rd.start > d.start {
                    rd.start = d.start;
                }
            }
            _ => regions.push((equal, b, d)),
        }
    }
    // Absorb slight equal stretches lying between two change regions.
    let mut merged: Vec<(bool, Range<usize>, Range<usize>)> = Vec::new();
    for (index, region) in regions.iter().enumerate() {
        let between_changes = index > 0
            && index + 1 < regions.len()
            && !regions[index - 1].0
            && !regions[index + 1].0;
        let (equal, b, d) = region.clone();
        let equal = equal && !(between_changes && slight(&base[b.clone()]));
        match merged.last_mut() {
            Some((false, mb, md)) if !equal => {
                mb.end = b.end;
                md.end = d.end;
            }
            _ => merged.push((equal, b, d)),
        }
    }
    for (equal, b, d) in merged {
        if equal {
            push(&mut out, Op::Equal { base: b, draft: d });
        } else {
            push(&mut out, Op::Delete { base: b });
            push(&mut out, Op::Insert { draft: d });
        }
    }
    let _ = draft;
    out
}

/// Applies `ops` to `base`, taking inserted text from `draft`: the draft
/// again when the ops are right.
pub fn apply(base: &str, draft: &str, ops: &[Op]) -> String {
    let mut out = String::new();
    for op in ops {
        match op {
            Op::Equal { base: b, .. } => out.push_str(&base[b.clone()]),
            Op::Delete { .. } => {}
            Op::Insert { draft: d } => out.push_str(&draft[d.clone()]),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn show(base: &str, draft: &str) -> String {
        let mut s = String::new();
        for op in diff(base, draft) {
            match op {
                Op::Equal { base: b, .. } => s.push_str(&base[b]),
                Op::Delete { base: b } => s.push_str(&format!("[-{}-]", &base[b])),
                Op::Insert { draft: d } => s.push_str(&format!("{{+{}+}}", &draft[d])),
            }
        }
        s
    }

    #[test]
    fn tokens_keep_symbols_and_compounds_whole() {
        let text = "A/79/174, non-discriminatory Member States’ 2.5";
        let t: Vec<&str> = tokens(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            t,
            [
                "A/79/174",
                ",",
                " ",
                "non-discriminatory",
                " ",
                "Member",
                " ",
                "States",
                "’",
                " ",
                "2.5"
            ]
        );
    }

    #[test]
    fn a_changed_session_and_a_new_phrase() {
        assert_eq!(
            show(
                "Requests a report at its eighty-first session;",
                "Requests a comprehensive report at its eighty-third session;"
            ),
            "Requests a {+comprehensive +}report at its [-eighty-first-]{+eighty-third+} session;"
        );
    }

    #[test]
    fn slight_stretches_are_folded_into_the_change() {
        assert_eq!(
            show(
                "Calls upon the States to act",
                "Urges all the Members to act"
            ),
            "[-Calls upon the States-]{+Urges all the Members+} to act"
        );
    }

    #[test]
    fn applying_gives_the_draft() {
        for (a, b) in [
            ("", "new text"),
            ("old text", ""),
            ("a b c d e", "e d c b a"),
            (
                "Recalling its resolution 77/107,",
                "Recalling its resolutions 77/107 and 79/123,",
            ),
        ] {
            assert_eq!(apply(a, b, &diff(a, b)), b, "{a:?} -> {b:?}");
            let rejected: String = diff(a, b)
                .iter()
                .filter_map(|op| match op {
                    Op::Equal { base, .. } | Op::Delete { base } => Some(&a[base.clone()]),
                    Op::Insert { .. } => None,
                })
                .collect();
            assert_eq!(rejected, a);
        }
    }
}
