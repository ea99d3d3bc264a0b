//! How a run of numbers reads: 1, 2, 3 …, where a list the text introduces
//! (`7. … the following objectives:` then `1.`, `2.` …) counts inside the
//! item that introduces it, and the outer list resumes after it (`8.`).
//!
//! There is one reading. The numbering rules (`operative-numbering`,
//! `subparagraph-numbering`) report where it breaks, and renumbering gives
//! every item the number it says the item should have, so a fix never reads
//! the text differently from the finding it fixes. The model reads the
//! paragraphs and subparagraphs of a text once ([`crate::model`]); finalizing
//! a negotiation draft reads its inserts and labels with the same function.

use std::collections::HashMap;

/// How a numbered sequence breaks at one item.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BreakKind {
    /// This one number is wrong; the sequence goes on from `expected`.
    Mistyped,
    /// Numbers `expected ..= found - 1` are missing.
    Gap,
    /// `found` repeats or goes back (`expected` was due).
    Repeat,
}

/// Where a sequence stops counting 1, 2, 3 …
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Break {
    pub expected: u32,
    pub found: u32,
    pub kind: BreakKind,
}

/// One item of a sequence, as the text writes it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Item {
    pub number: u32,
    /// The text introduces a list here (the line before ends with a
    /// colon): a 1 here opens a list inside the current item.
    pub introduced: bool,
    /// The number the introduction names (`Amend paragraph 8 to read:`):
    /// that number here opens a quoted paragraph, which keeps it.
    pub named: Option<u32>,
}

impl Item {
    /// An item nothing introduces.
    pub fn plain(number: u32) -> Item {
        Item {
            number,
            ..Item::default()
        }
    }
}

/// How one item reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Reading {
    /// The number consecutive numbering gives it (a quoted paragraph keeps
    /// its own).
    pub new: u32,
    /// 0 for the sequence itself, 1 for a list introduced inside one of its
    /// items, and so on.
    pub depth: u32,
    /// Where the sequence breaks at this item, if it does.
    pub slip: Option<Break>,
}

/// One level being counted: the number the next item continues (as the
/// text has it, or as it should have been after a mistyped number) and the
/// last number consecutive numbering gave.
#[derive(Debug, Clone, Copy)]
struct Level {
    previous: u32,
    last_new: u32,
}

/// Reads a sequence. Each break is reported once, on the item where the
/// numbering stops counting: a mistyped number when the next item goes on
/// as if it were right (`1 2 2 4`: the second 2 should be 3), otherwise a
/// gap or a repeat, after which the sequence goes on from the number found.
/// An outer level resumes at the number after the item that introduced the
/// list inside it; the innermost such level wins.
pub fn read(items: &[Item]) -> Vec<Reading> {
    let mut out = Vec::with_capacity(items.len());
    let mut current: Option<Level> = None;
    let mut outer: Vec<Level> = Vec::new();
    // For each number that would resume an outer level, where in `outer`
    // those levels are, innermost last: finding one does not scan `outer`
    // (a text restarting at 1 thousands of times made that quadratic).
    let mut resumed_by: HashMap<u32, Vec<usize>> = HashMap::new();
    for (index, item) in items.iter().enumerate() {
        let found = item.number;
        let expected = current.map_or(1, |l| l.previous.saturating_add(1));
        let next_new = current.map_or(1, |l| l.last_new.saturating_add(1));
        if found == expected {
            current = Some(Level {
                previous: found,
                last_new: next_new,
            });
            out.push(Reading {
                new: next_new,
                depth: outer.len() as u32,
                slip: None,
            });
            continue;
        }
        if item.introduced && (found == 1 || item.named == Some(found)) {
            if let Some(level) = current {
                resumed_by
                    .entry(level.previous.saturating_add(1))
                    .or_default()
                    .push(outer.len());
                outer.push(level);
            }
            current = Some(Level {
                previous: found,
                last_new: found,
            });
            out.push(Reading {
                new: found,
                depth: outer.len() as u32,
                slip: None,
            });
            continue;
        }
        if let Some(position) = resumed_by.get(&found).and_then(|at| at.last().copied()) {
            let level = outer[position];
            // Leave that level's list and every one nested in it.
            for left in outer.drain(position..).rev() {
                if let Some(at) = resumed_by.get_mut(&left.previous.saturating_add(1)) {
                    at.pop();
                }
            }
            let new = level.last_new.saturating_add(1);
            current = Some(Level {
                previous: found,
                last_new: new,
            });
            out.push(Reading {
                new,
                depth: outer.len() as u32,
                slip: None,
            });
            continue;
        }
        let next = items.get(index + 1).map(|i| i.number);
        let (kind, previous) = if next.is_some() && next == expected.checked_add(1) {
            (BreakKind::Mistyped, expected)
        } else if found > expected {
            (BreakKind::Gap, found)
        } else {
            (BreakKind::Repeat, found)
        };
        current = Some(Level {
            previous,
            last_new: next_new,
        });
        out.push(Reading {
            new: next_new,
            depth: outer.len() as u32,
            slip: Some(Break {
                expected,
                found,
                kind,
            }),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// [`read`] written the plain way, scanning the outer levels: the
    /// reference the indexed one must agree with.
    fn read_by_scanning(items: &[Item]) -> Vec<Reading> {
        let mut out = Vec::new();
        let mut current: Option<Level> = None;
        let mut outer: Vec<Level> = Vec::new();
        for (index, item) in items.iter().enumerate() {
            let found = item.number;
            let expected = current.map_or(1, |l| l.previous.saturating_add(1));
            let next_new = current.map_or(1, |l| l.last_new.saturating_add(1));
            let (new, slip) = if found == expected {
                current = Some(Level {
                    previous: found,
                    last_new: next_new,
                });
                (next_new, None)
            } else if item.introduced && (found == 1 || item.named == Some(found)) {
                outer.extend(current);
                current = Some(Level {
                    previous: found,
                    last_new: found,
                });
                (found, None)
            } else if let Some(position) = outer
                .iter()
                .rposition(|l| l.previous.saturating_add(1) == found)
            {
                let new = outer[position].last_new.saturating_add(1);
                outer.truncate(position);
                current = Some(Level {
                    previous: found,
                    last_new: new,
                });
                (new, None)
            } else {
                let next = items.get(index + 1).map(|i| i.number);
                let (kind, previous) = if next.is_some() && next == expected.checked_add(1) {
                    (BreakKind::Mistyped, expected)
                } else if found > expected {
                    (BreakKind::Gap, found)
                } else {
                    (BreakKind::Repeat, found)
                };
                current = Some(Level {
                    previous,
                    last_new: next_new,
                });
                (
                    next_new,
                    Some(Break {
                        expected,
                        found,
                        kind,
                    }),
                )
            };
            out.push(Reading {
                new,
                depth: outer.len() as u32,
                slip,
            });
        }
        out
    }

    fn item() -> impl Strategy<Value = Item> {
        (
            prop_oneof![1u32..7, Just(u32::MAX)],
            any::<bool>(),
            prop::option::of(1u32..7),
        )
            .prop_map(|(number, introduced, named)| Item {
                number,
                introduced,
                named,
            })
    }

    proptest! {
        #[test]
        fn indexed_outer_levels_change_nothing(items in prop::collection::vec(item(), 0..40)) {
            prop_assert_eq!(read(&items), read_by_scanning(&items));
        }

        /// Renumbering by the reading leaves nothing to report: reading the
        /// new numbers again breaks nowhere and changes none of them. (A
        /// quoted paragraph keeps its number, which may be the one the
        /// outer sequence gives the next paragraph: that text is ambiguous,
        /// so quotations are left out here.)
        #[test]
        fn the_new_numbers_read_clean(
            items in prop::collection::vec(item().prop_map(|i| Item { named: None, ..i }), 0..40),
        ) {
            let first = read(&items);
            let renumbered: Vec<Item> = items
                .iter()
                .zip(&first)
                .map(|(item, reading)| Item { number: reading.new, ..*item })
                .collect();
            let second = read(&renumbered);
            prop_assert!(second.iter().all(|r| r.slip.is_none()), "{:?} -> {:?}", items, second);
            prop_assert_eq!(
                second.iter().map(|r| r.new).collect::<Vec<_>>(),
                first.iter().map(|r| r.new).collect::<Vec<_>>()
            );
        }
    }

    #[test]
    fn many_introduced_lists_are_not_quadratic() {
        // `1. 3.` a hundred thousand times, each 1 introduced, took minutes
        // when each 3 scanned every list opened before it.
        let items: Vec<Item> = [1, 3]
            .repeat(100_000)
            .into_iter()
            .map(|number| Item {
                number,
                introduced: true,
                named: None,
            })
            .collect();
        let readings = read(&items);
        let slips: Vec<Break> = readings.iter().filter_map(|r| r.slip).collect();
        assert_eq!(slips.len(), 100_000);
        assert!(slips.iter().all(|b| b.expected == 2 && b.found == 3));
    }

    fn plain(numbers: &[u32]) -> Vec<Item> {
        numbers.iter().map(|&n| Item::plain(n)).collect()
    }

    fn slips(items: &[Item]) -> Vec<(usize, u32, BreakKind)> {
        read(items)
            .iter()
            .enumerate()
            .filter_map(|(i, r)| r.slip.map(|b| (i, b.expected, b.kind)))
            .collect()
    }

    fn new(items: &[Item]) -> Vec<u32> {
        read(items).iter().map(|r| r.new).collect()
    }

    #[test]
    fn one_break_per_slip() {
        assert_eq!(slips(&plain(&[1, 2, 3])), vec![]);
        assert_eq!(slips(&plain(&[1, 2, 4])), vec![(2, 3, BreakKind::Gap)]);
        assert_eq!(slips(&plain(&[1, 2, 4, 5])), vec![(2, 3, BreakKind::Gap)]);
        let slipped: Vec<u32> = (1..=14).chain([14, 16]).collect();
        assert_eq!(slips(&plain(&slipped)), vec![(14, 15, BreakKind::Mistyped)]);
        assert_eq!(
            slips(&plain(&[1, 2, 2, 4])),
            vec![(2, 3, BreakKind::Mistyped)]
        );
        assert_eq!(
            slips(&plain(&[1, 2, 2, 3])),
            vec![(2, 3, BreakKind::Repeat)]
        );
        assert_eq!(slips(&plain(&[2, 3])), vec![(0, 1, BreakKind::Gap)]);
    }

    #[test]
    fn a_one_nothing_introduces_is_a_repeat() {
        // `1. 1. 3.`: the second 1 should be 2.
        assert_eq!(slips(&plain(&[1, 1, 3])), vec![(1, 2, BreakKind::Mistyped)]);
        assert_eq!(slips(&plain(&[1, 1])), vec![(1, 2, BreakKind::Repeat)]);
        assert_eq!(new(&plain(&[1, 1, 3])), [1, 2, 3]);
    }

    #[test]
    fn an_introduced_list_counts_inside_its_item() {
        let mut items = plain(&[6, 7, 1, 2, 3, 8, 9]);
        items[2].introduced = true;
        let readings = read(&items);
        // The sequence starts at 6: one gap, then the list inside 7.
        assert_eq!(slips(&items), vec![(0, 1, BreakKind::Gap)]);
        assert_eq!(
            readings.iter().map(|r| r.depth).collect::<Vec<_>>(),
            [0, 0, 1, 1, 1, 0, 0]
        );
        assert_eq!(new(&items), [1, 2, 1, 2, 3, 3, 4]);
        // After the list, the outer sequence is still checked.
        let mut items = plain(&[1, 2, 1, 2, 4]);
        items[2].introduced = true;
        assert_eq!(slips(&items), vec![(4, 3, BreakKind::Gap)]);
    }

    #[test]
    fn a_quoted_paragraph_keeps_its_number() {
        // `14. … the following amendment:` `Article 9, new paragraph 4:`
        // `4. …` then `15.`
        let items: Vec<Item> = [12, 13, 14, 4, 15]
            .iter()
            .map(|&n| Item {
                number: n,
                introduced: n == 4,
                named: (n == 4).then_some(4),
            })
            .collect();
        let readings = read(&items);
        assert_eq!(readings[3].new, 4);
        assert_eq!(readings[3].depth, 1);
        assert_eq!(readings[4].depth, 0);
        assert_eq!(slips(&items), vec![(0, 1, BreakKind::Gap)], "{readings:?}");
        // A quoted paragraph alone: `Amend paragraph 8 to read:` `8. …`
        let alone = [Item {
            number: 8,
            introduced: true,
            named: Some(8),
        }];
        assert_eq!(read(&alone)[0].new, 8);
        assert_eq!(slips(&alone), vec![]);
    }

    #[test]
    fn renumbering_follows_the_reading() {
        assert_eq!(new(&plain(&[1, 2, 4, 5])), [1, 2, 3, 4]);
        assert_eq!(new(&plain(&[2, 3, 4])), [1, 2, 3]);
        assert_eq!(new(&plain(&[1, 2, 2, 3])), [1, 2, 3, 4]);
        let mut items = plain(&[6, 7, 1, 2, 8, 10]);
        items[2].introduced = true;
        assert_eq!(new(&items), [1, 2, 1, 2, 3, 4]);
    }
}
