//! The lines of the document rules' findings, each rule's apart: what a
//! structural edit reads to tell which findings off the edited lines it
//! keeps. A rule whose findings are all kept has its lines moved with the
//! text, in a loop over a list of numbers; only the findings of the rules
//! run again, and the references a change of targets may have made stale,
//! are looked for in the list of findings (`Document::diagnostics_after`).

use crate::diagnostic::Diagnostic;
use crate::rules;

/// The first line of each finding of a document rule (of no line rule),
/// by rule: for each rule with findings, by its number
/// ([`rules::rule_number`]), its findings' lines in order (a line repeated
/// for each finding on it). No rule is listed without a finding, so that
/// two equal sets of findings have equal lines.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct DocLines {
    /// (rule number, lines), ordered by rule number.
    pub rules: Vec<(u8, Vec<u32>)>,
}

impl DocLines {
    /// The lines of the document rules' findings of `list` (in order).
    pub fn of(list: &[Diagnostic]) -> DocLines {
        let mut lines = DocLines::default();
        lines.merge(list.iter());
        lines
    }

    /// Adds the lines of the document rules' findings of `fresh` (in
    /// order) to those of their rules, each where it goes in order.
    pub fn merge<'a>(&mut self, fresh: impl Iterator<Item = &'a Diagnostic>) {
        let mut added: Vec<(u8, u32)> = fresh
            .filter(|d| !rules::is_line_rule_number(d.rule_number()))
            .map(|d| (d.rule_number(), d.range().start.line))
            .collect();
        if added.is_empty() {
            return;
        }
        // (By rule, each rule's lines in order: a stable sort by rule.)
        added.sort_by_key(|&(rule, _)| rule);
        for run in added.chunk_by(|a, b| a.0 == b.0) {
            let rule = run[0].0;
            let at = match self.rules.binary_search_by_key(&rule, |(r, _)| *r) {
                Ok(at) => at,
                Err(at) => {
                    self.rules.insert(at, (rule, Vec::new()));
                    at
                }
            };
            let list = &mut self.rules[at].1;
            *list = merge_lines(list, run.iter().map(|&(_, line)| line));
        }
    }

    /// Replaces the lines within `lines` by those of the findings of
    /// `fresh` (in order, all within them), lines neither added nor
    /// removed.
    pub fn replace_lines(&mut self, lines: std::ops::RangeInclusive<usize>, fresh: &[Diagnostic]) {
        for (_, list) in &mut self.rules {
            let within = list.partition_point(|&l| (l as usize) < *lines.start())
                ..list.partition_point(|&l| (l as usize) <= *lines.end());
            list.drain(within);
        }
        self.drop_empty();
        self.merge(fresh.iter());
    }

    /// Drops the rules left without a line.
    pub fn drop_empty(&mut self) {
        self.rules.retain(|(_, list)| !list.is_empty());
    }
}

/// `kept` (in order) and `fresh` (in order) as one list in order.
pub(crate) fn merge_lines(kept: &[u32], fresh: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut merged = Vec::with_capacity(kept.len());
    let mut kept = kept.iter().copied().peekable();
    for line in fresh {
        while let Some(k) = kept.next_if(|&k| k <= line) {
            merged.push(k);
        }
        merged.push(line);
    }
    merged.extend(kept);
    merged
}

#[cfg(test)]
mod tests {
    #[test]
    fn merge_lines_keeps_the_order_and_every_line() {
        let merged = super::merge_lines(&[1, 3, 3, 8], [0, 3, 9, 9].into_iter());
        assert_eq!(merged, [0, 1, 3, 3, 3, 8, 9, 9]);
    }
}
