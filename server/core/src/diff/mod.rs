//! Comparing a draft with its base resolution: which paragraphs are
//! unchanged, changed (and how, word by word), new, moved or deleted; the
//! whole difference as one edit script that turns the base into the draft
//! (what a Word document with tracked changes shows); and the hints of a
//! technical update (`update`).
//!
//! The comparison reads each text's [`Document`]: its parts say which
//! paragraphs are preambular and which operative, and each part is aligned
//! with the same part of the other text ([`align`]), following moves,
//! renumbering and paragraphs split in two or merged. Everything else (the
//! title, headings, footnotes, closing lines) is aligned as a third part,
//! so that the units of a text cover all of it and the reported changes,
//! applied to the base, give the draft exactly.

pub mod align;
pub mod base;
pub mod render;
pub mod units;
pub mod update;
pub mod words;

use std::ops::Range;

use crate::Document;
pub use align::Group;
pub use units::{Unit, UnitKind};
pub use words::Op;

/// What became of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Status {
    /// The same words (its number may have changed).
    Unchanged,
    /// The same paragraph, with words changed (or split, or merged).
    Changed,
    /// Only in the draft.
    New,
    /// Only in the base.
    Deleted,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Unchanged => "unchanged",
            Status::Changed => "changed",
            Status::New => "new",
            Status::Deleted => "deleted",
        }
    }
}

/// One line of the report: a paragraph (or several, when one was split or
/// several merged) with what became of it, in the draft's order; deleted
/// paragraphs come where they stood in the base.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub status: Status,
    /// In another place than in the base, relative to the other paragraphs.
    pub moved: bool,
    pub kind: UnitKind,
    /// Indices into [`Comparison::base_units`].
    pub base: Vec<usize>,
    /// Indices into [`Comparison::draft_units`].
    pub draft: Vec<usize>,
    /// The word-level difference, as byte ranges of the two texts: applied
    /// to the base, the text of the entry's draft paragraphs.
    pub ops: Vec<Op>,
}

impl Entry {
    /// Whether the paragraph's number changed (an operative paragraph
    /// renumbered).
    pub fn renumbered(&self, comparison: &Comparison) -> bool {
        let number = |units: &[Unit], i: &[usize]| i.first().and_then(|&i| units[i].number);
        !self.base.is_empty()
            && !self.draft.is_empty()
            && number(&comparison.base_units, &self.base)
                != number(&comparison.draft_units, &self.draft)
    }
}

/// A comparison of a draft with its base.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub base_text: String,
    pub draft_text: String,
    pub base_units: Vec<Unit>,
    pub draft_units: Vec<Unit>,
    pub entries: Vec<Entry>,
    /// The whole difference in the order of both texts: equal and deleted
    /// stretches cover the base, equal and inserted ones the draft. A moved
    /// paragraph is a deletion where it was and an insertion where it is.
    pub script: Vec<Op>,
}

/// Compares `draft` with its `base`.
pub fn compare(base: &Document, draft: &Document) -> Comparison {
    let base_text = base.text();
    let draft_text = draft.text();
    let base_units = units::units(base, &base_text);
    let draft_units = units::units(draft, &draft_text);
    let bags = align::Bags::new(&base_text, &base_units, &draft_text, &draft_units);
    let groups = align::align(&base_units, &draft_units, &bags);
    let mut draft_group = vec![None; draft_units.len()];
    for (index, group) in groups.iter().enumerate() {
        for &d in &group.draft {
            draft_group[d] = Some(index);
        }
    }
    let in_group = {
        let mut v = vec![false; base_units.len()];
        groups
            .iter()
            .flat_map(|g| &g.base)
            .for_each(|&b| v[b] = true);
        v
    };
    let span = |units: &[Unit], list: &[usize]| -> Range<usize> {
        units[list[0]].bytes.start..units[*list.last().expect("a group has units")].bytes.end
    };

    let mut entries = Vec::new();
    let mut script = Vec::new();
    let mut next_base = 0;
    let flush_base =
        |upto: usize, next_base: &mut usize, entries: &mut Vec<Entry>, script: &mut Vec<Op>| {
            for b in *next_base..upto {
                words::push(
                    script,
                    Op::Delete {
                        base: base_units[b].bytes.clone(),
                    },
                );
                if !in_group[b] {
                    entries.push(Entry {
                        status: Status::Deleted,
                        moved: false,
                        kind: base_units[b].kind,
                        base: vec![b],
                        draft: Vec::new(),
                        ops: vec![Op::Delete {
                            base: base_units[b].bytes.clone(),
                        }],
                    });
                }
            }
            *next_base = (*next_base).max(upto);
        };
    let mut d = 0;
    while d < draft_units.len() {
        let Some(g) = draft_group[d] else {
            let range = draft_units[d].bytes.clone();
            words::push(
                &mut script,
                Op::Insert {
                    draft: range.clone(),
                },
            );
            entries.push(Entry {
                status: Status::New,
                moved: false,
                kind: draft_units[d].kind,
                base: Vec::new(),
                draft: vec![d],
                ops: vec![Op::Insert { draft: range }],
            });
            d += 1;
            continue;
        };
        let group = &groups[g];
        let b_span = span(&base_units, &group.base);
        let d_span = span(&draft_units, &group.draft);
        let ops: Vec<Op> = words::diff(&base_text[b_span.clone()], &draft_text[d_span.clone()])
            .into_iter()
            .map(|op| shift(op, b_span.start, d_span.start))
            .collect();
        if group.moved {
            words::push(
                &mut script,
                Op::Insert {
                    draft: d_span.clone(),
                },
            );
        } else {
            flush_base(group.base[0], &mut next_base, &mut entries, &mut script);
            for op in &ops {
                words::push(&mut script, op.clone());
            }
            next_base = group.base.last().expect("a group has units") + 1;
        }
        let same = |units: &[Unit], text: &str, list: &[usize]| {
            let first = &units[list[0]];
            let end = units[*list.last().expect("a group has units")].bytes.end;
            text[first.body..end].trim_end().to_owned()
        };
        let unchanged = group.base.len() == 1
            && group.draft.len() == 1
            && same(&base_units, &base_text, &group.base)
                == same(&draft_units, &draft_text, &group.draft);
        entries.push(Entry {
            status: if unchanged {
                Status::Unchanged
            } else {
                Status::Changed
            },
            moved: group.moved,
            kind: draft_units[d].kind,
            base: group.base.clone(),
            draft: group.draft.clone(),
            ops,
        });
        d = group.draft.last().expect("a group has units") + 1;
    }
    flush_base(base_units.len(), &mut next_base, &mut entries, &mut script);
    Comparison {
        base_text,
        draft_text,
        base_units,
        draft_units,
        entries,
        script,
    }
}

fn shift(op: Op, base: usize, draft: usize) -> Op {
    let by = |r: Range<usize>, k: usize| r.start + k..r.end + k;
    match op {
        Op::Equal { base: b, draft: d } => Op::Equal {
            base: by(b, base),
            draft: by(d, draft),
        },
        Op::Delete { base: b } => Op::Delete { base: by(b, base) },
        Op::Insert { draft: d } => Op::Insert {
            draft: by(d, draft),
        },
    }
}

impl Comparison {
    /// The draft again, from the base and the edit script alone.
    pub fn apply_script(&self) -> String {
        words::apply(&self.base_text, &self.draft_text, &self.script)
    }

    /// The base again, with every change of the script rejected.
    pub fn reject_script(&self) -> String {
        self.script
            .iter()
            .filter_map(|op| match op {
                Op::Equal { base, .. } | Op::Delete { base } => Some(&self.base_text[base.clone()]),
                Op::Insert { .. } => None,
            })
            .collect()
    }

    /// The draft again, from the base and each entry's changes, in order.
    pub fn apply_entries(&self) -> String {
        self.entries
            .iter()
            .map(|e| words::apply(&self.base_text, &self.draft_text, &e.ops))
            .collect()
    }

    /// The entry of each draft unit.
    pub fn entry_of_draft_units(&self) -> Vec<Option<usize>> {
        let mut out = vec![None; self.draft_units.len()];
        for (index, entry) in self.entries.iter().enumerate() {
            for &d in &entry.draft {
                out[d] = Some(index);
            }
        }
        out
    }

    /// How many entries have each status, and how many were moved.
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for e in &self.entries {
            if e.kind == UnitKind::Other {
                continue;
            }
            match e.status {
                Status::Unchanged => c.unchanged += 1,
                Status::Changed => c.changed += 1,
                Status::New => c.new += 1,
                Status::Deleted => c.deleted += 1,
            }
            c.moved += usize::from(e.moved);
        }
        c
    }
}

/// The paragraphs of each status (preambular and operative only).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub unchanged: usize,
    pub changed: usize,
    pub new: usize,
    pub deleted: usize,
    pub moved: usize,
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "79/5.\tOceans\n\n\tThe General Assembly,\n\tRecalling its resolution 77/1 of 1 December 2022,\n\tNoting the report of the Secretary-General on oceans and the law of the sea,\n\tWelcoming the work of the coastal States on marine protected areas,\n\t1.\tEncourages States to ratify the Convention on the Law of the Sea;\n\t2.\tCalls upon States to protect coral reefs, mangroves and seagrass meadows, and to report on their measures;\n\t3.\tRequests the Secretary-General to submit a report at its eighty-first session.\n";
    const DRAFT: &str = "81/7.\tOceans\n\n\tThe General Assembly,\n\tRecalling its resolution 79/5 of 4 December 2024,\n\tWelcoming the work of the coastal States on marine protected areas,\n\tNoting the report of the Secretary-General on oceans and the law of the sea,\n\tStressing the need for capacity-building in small island developing States,\n\t1.\tEncourages States to ratify the Convention on the Law of the Sea;\n\t2.\tCalls upon States to protect coral reefs, mangroves and seagrass meadows;\n\t3.\tAlso calls upon States to report on their measures;\n\t4.\tRequests the Secretary-General to submit a report at its eighty-third session.\n";

    #[test]
    fn a_small_update_is_aligned_as_a_person_would() {
        let c = compare(&Document::new(BASE), &Document::new(DRAFT));
        let describe: Vec<String> = c
            .entries
            .iter()
            .filter(|e| e.kind != UnitKind::Other)
            .map(|e| {
                let names = |units: &[Unit], list: &[usize]| {
                    list.iter()
                        .map(|&i| units[i].name())
                        .collect::<Vec<_>>()
                        .join("+")
                };
                format!(
                    "{} {}{} <- {}",
                    names(&c.draft_units, &e.draft),
                    e.status.as_str(),
                    if e.moved { " moved" } else { "" },
                    names(&c.base_units, &e.base)
                )
            })
            .collect();
        assert_eq!(
            describe,
            [
                "PP1 changed <- PP1",
                "PP2 unchanged moved <- PP3",
                "PP3 unchanged <- PP2",
                "PP4 new <- ",
                "OP1 unchanged <- OP1",
                "OP2+OP3 changed <- OP2",
                "OP4 changed <- OP3",
            ]
        );
        assert_eq!(c.apply_script(), DRAFT);
        assert_eq!(c.reject_script(), BASE);
        assert_eq!(c.apply_entries(), DRAFT);
    }
}
