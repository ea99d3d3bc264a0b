//! How the subparagraphs of one paragraph nest: which list each label
//! belongs to, at which level, and the position it denotes (`(c)` is 3,
//! `(iv)` is 4). The model feeds it the labels of a paragraph in order
//! ([`crate::model`]).
//!
//! Labels alone are ambiguous (`(i)` is the ninth letter or the first roman
//! numeral; `(c)` is the third letter, never the roman 100 here, `(v)` and
//! `(x)` are both), so a label is read as what continues the lists already
//! open: the next item of the current list, of a list it is nested in, or
//! the first item of a list nested in the current item. Indentation decides
//! where the text indents its levels (the Security Council's mandates put
//! lettered tasks under roman-numbered groups: `(i) Protection of
//! civilians`, `(a)` … `(f)`, `(ii) …`, `(g)` …); where every label has the
//! same indentation, the labels decide alone (`(h)`, `(i)`, `(j)`: letters;
//! `(h)`, `(i)`, `(ii)`: a roman list inside (h)).

use crate::model::{alpha_ordinal, roman_ordinal, SubStyle};

/// How deep lists may nest.
const MAX_LEVELS: usize = 8;

/// One open list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Level {
    style: SubStyle,
    /// The position of its last item.
    last: u32,
    list: u32,
    indent: u32,
}

impl Level {
    /// Whether `label` is the next item of this list.
    fn next_is(&self, label: &Label) -> bool {
        label.ordinal(self.style) == Some(self.last.saturating_add(1))
    }
}

/// A label, read both ways.
struct Label {
    alpha: Option<u32>,
    roman: Option<u32>,
}

impl Label {
    fn new(letters: &str) -> Label {
        Label {
            alpha: alpha_ordinal(letters),
            roman: roman_ordinal(letters),
        }
    }

    fn ordinal(&self, style: SubStyle) -> Option<u32> {
        match style {
            SubStyle::Alpha => self.alpha,
            SubStyle::Roman => self.roman,
        }
    }

    /// The style of a list this label starts: the reading nearer the
    /// start of a list. `(i)`, `(ii)` (not the doubled letter that follows
    /// `(z)`), `(iv)` and labels that are only roman are roman; `(c)` starts
    /// at the third letter, not at the roman 100.
    fn first_style(&self) -> SubStyle {
        match (self.alpha, self.roman) {
            (Some(alpha), Some(roman)) if roman < alpha => SubStyle::Roman,
            (None, Some(_)) => SubStyle::Roman,
            _ => SubStyle::Alpha,
        }
    }

    /// Whether it is the first item of a list of `style`.
    fn starts(&self, style: SubStyle) -> bool {
        self.ordinal(style) == Some(1)
    }
}

/// Where a label was placed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// 1 for the first level, 2 for a list inside one of its items, …
    pub level: u8,
    pub style: SubStyle,
    /// The position the label denotes in that style (0 when it denotes
    /// none).
    pub ordinal: u32,
    pub list: u32,
}

/// The lists open in one paragraph.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lists {
    levels: Vec<Level>,
    /// For each level, the list last left there when its parent item moved
    /// on: a list opened in the next item may go on with it (letters that
    /// run on across roman groups).
    left: Vec<Option<Level>>,
}

impl Lists {
    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// Forgets every list (a new paragraph).
    pub fn clear(&mut self) {
        self.levels.clear();
        self.left.clear();
    }

    /// Renames the lists open or left (the model's lists after an edit
    /// that opened more or fewer before them: [`crate::model::Model::update`]).
    pub fn rename(&mut self, rename: impl Fn(u32) -> u32) {
        for level in self.levels.iter_mut().chain(self.left.iter_mut().flatten()) {
            level.list = rename(level.list);
        }
    }

    /// The indentation of the first level's items.
    pub fn first_indent(&self) -> Option<u32> {
        self.levels.first().map(|l| l.indent)
    }

    /// Whether `letters` would be the next item of an open list.
    pub fn continues(&self, letters: &str) -> bool {
        let label = Label::new(letters);
        self.levels.iter().any(|l| l.next_is(&label))
    }

    /// Places the label `letters`, indented by `indent`; `next` is the
    /// next label of the paragraph, if any (`(i)` after `(h)` is a roman
    /// list when `(ii)` follows). `new_list` allocates a list id.
    pub fn place(
        &mut self,
        letters: &str,
        indent: u32,
        next: Option<&str>,
        new_list: &mut impl FnMut() -> u32,
    ) -> Placed {
        let label = Label::new(letters);
        let Some(top) = self.levels.last().copied() else {
            return self.open(&label, indent, new_list);
        };
        let depth = self.levels.len() - 1;
        // The innermost open list this label continues.
        let continued = self.levels.iter().rposition(|l| l.next_is(&label));
        let nested_style = match top.style {
            SubStyle::Alpha => SubStyle::Roman,
            SubStyle::Roman => SubStyle::Alpha,
        };
        // `(i)` after `(h)` is a letter, unless `(ii)` follows.
        let letter_i = top.style == SubStyle::Alpha
            && continued == Some(depth)
            && label.roman == Some(1)
            && next != Some("ii");
        if indent > top.indent {
            // Indented under the current item: a list inside it, unless the
            // label only goes on with the current list.
            if continued == Some(depth) && (!label.starts(nested_style) || letter_i) {
                return self.go_on(depth, &label);
            }
            return self.open(&label, indent, new_list);
        }
        if indent < top.indent {
            // Back out to the level indented like it.
            let target = self
                .levels
                .iter()
                .rposition(|l| l.indent <= indent)
                .unwrap_or(0);
            if self.levels[target].next_is(&label) {
                return self.go_on(target, &label);
            }
            if let Some(k) = continued {
                return self.go_on(k, &label);
            }
            return self.restart_or_break(target, &label, indent, new_list);
        }
        // Indented like the current item: the labels decide.
        if continued == Some(depth) {
            let roman_inside = top.style == SubStyle::Alpha && label.roman == Some(1) && !letter_i;
            // A list inside an item is left for the next letter of its
            // parent when both would go on (`(u)`, `(i)` … `(iv)`, `(v)`).
            let outer = self.levels[..depth]
                .iter()
                .rposition(|l| l.next_is(&label) && l.style == SubStyle::Alpha);
            if roman_inside {
                return self.open(&label, indent, new_list);
            }
            if let (Some(k), SubStyle::Roman) = (outer, top.style) {
                return self.go_on(k, &label);
            }
            return self.go_on(depth, &label);
        }
        if let Some(k) = continued {
            return self.go_on(k, &label);
        }
        if label.starts(nested_style) {
            return self.open(&label, indent, new_list);
        }
        // A gap: in the list the label is nearest after (`(c)` after `(a)`
        // and its romans is the letter c, (b) missing).
        let nearest = self
            .levels
            .iter()
            .enumerate()
            .filter_map(|(k, l)| {
                let ordinal = label.ordinal(l.style)?;
                (ordinal > l.last).then(|| (ordinal - l.last, std::cmp::Reverse(k)))
            })
            .min()
            .map_or(depth, |(_, k)| k.0);
        self.restart_or_break(nearest, &label, indent, new_list)
    }

    /// Places an insert (`(b) bis`) in the current list without moving it
    /// on: the item after it continues from the label before it.
    pub fn insert(
        &mut self,
        letters: &str,
        indent: u32,
        new_list: &mut impl FnMut() -> u32,
    ) -> Placed {
        let label = Label::new(letters);
        let Some(top) = self.levels.last().copied() else {
            return self.open(&label, indent, new_list);
        };
        Placed {
            level: self.levels.len().min(MAX_LEVELS) as u8,
            style: top.style,
            ordinal: label.ordinal(top.style).unwrap_or(0),
            list: top.list,
        }
    }

    /// Opens a list below the current level with `label` as its first
    /// item (or goes on with the list left at that level, when the label
    /// continues it).
    fn open(&mut self, label: &Label, indent: u32, new_list: &mut impl FnMut() -> u32) -> Placed {
        let depth = self.levels.len();
        if depth >= MAX_LEVELS {
            // Texts nest three levels at most; deeper is not a list.
            return self.restart_or_break(depth - 1, label, indent, new_list);
        }
        if let Some(Some(left)) = self.left.get(depth) {
            // The next item of the list left there, or one further on (a
            // gap in it): anything but a first item goes on with it.
            let further = !label.starts(left.style)
                && label.ordinal(left.style).is_some_and(|o| o > left.last);
            if left.next_is(label) || further {
                let mut level = *left;
                level.last = label
                    .ordinal(level.style)
                    .unwrap_or(level.last.saturating_add(1));
                level.indent = indent;
                self.levels.push(level);
                return self.placed(depth);
            }
        }
        let style = match self.levels.last() {
            // Inside a lettered item, `(i)` starts a roman list; inside a
            // roman one, `(a)` a lettered one.
            Some(top) if top.style == SubStyle::Alpha && label.starts(SubStyle::Roman) => {
                SubStyle::Roman
            }
            Some(top) if top.style == SubStyle::Roman && label.starts(SubStyle::Alpha) => {
                SubStyle::Alpha
            }
            _ => label.first_style(),
        };
        self.levels.push(Level {
            style,
            last: label.ordinal(style).unwrap_or(0),
            list: new_list(),
            indent,
        });
        self.placed(depth)
    }

    /// `label` is the next item at `depth`: lists inside the items of that
    /// level are left.
    fn go_on(&mut self, depth: usize, label: &Label) -> Placed {
        self.leave_below(depth);
        let level = &mut self.levels[depth];
        level.last = label.ordinal(level.style).unwrap_or(0);
        self.placed(depth)
    }

    /// `label` at `depth` neither continues nor opens a list: it starts a
    /// list again (a new list: a quoted text, the next article) or breaks
    /// the list there.
    fn restart_or_break(
        &mut self,
        depth: usize,
        label: &Label,
        indent: u32,
        new_list: &mut impl FnMut() -> u32,
    ) -> Placed {
        self.leave_below(depth);
        let level = &mut self.levels[depth];
        let style = match label.ordinal(level.style) {
            Some(_) => level.style,
            None => label.first_style(),
        };
        if label.starts(style) {
            level.list = new_list();
        }
        level.style = style;
        level.last = label.ordinal(style).unwrap_or(0);
        level.indent = level.indent.min(indent);
        self.placed(depth)
    }

    fn leave_below(&mut self, depth: usize) {
        while self.levels.len() > depth + 1 {
            let left = self.levels.pop();
            let at = self.levels.len();
            if self.left.len() <= at {
                self.left.resize(at + 1, None);
            }
            self.left[at] = left;
        }
    }

    fn placed(&self, depth: usize) -> Placed {
        let level = self.levels[depth];
        Placed {
            level: (depth + 1).min(MAX_LEVELS) as u8,
            style: level.style,
            ordinal: level.last,
            list: level.list,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Places `labels` (letters, indentation) and returns (level, style
    /// letter, ordinal, list) for each.
    fn place(labels: &[(&str, u32)]) -> Vec<(u8, char, u32, u32)> {
        let mut lists = Lists::default();
        let mut counter = 0;
        let mut new_list = || {
            counter += 1;
            counter
        };
        (0..labels.len())
            .map(|i| {
                let (letters, indent) = labels[i];
                let next = labels.get(i + 1).map(|l| l.0);
                let p = lists.place(letters, indent, next, &mut new_list);
                let style = match p.style {
                    SubStyle::Alpha => 'a',
                    SubStyle::Roman => 'i',
                };
                (p.level, style, p.ordinal, p.list)
            })
            .collect()
    }

    #[test]
    fn letters_with_roman_lists_inside() {
        let flat = |labels: &[&str]| place(&labels.iter().map(|l| (*l, 1)).collect::<Vec<_>>());
        assert_eq!(
            flat(&["a", "b", "i", "ii", "c"]),
            [
                (1, 'a', 1, 1),
                (1, 'a', 2, 1),
                (2, 'i', 1, 2),
                (2, 'i', 2, 2),
                (1, 'a', 3, 1)
            ]
        );
        // `(i)` after `(h)` is a letter, unless `(ii)` follows.
        let letters = flat(&["a", "b", "c", "d", "e", "f", "g", "h", "i", "j"]);
        assert!(letters.iter().all(|p| p.0 == 1 && p.1 == 'a'));
        let inside = flat(&["f", "g", "h", "i", "ii", "i"]);
        assert_eq!(inside[3], (2, 'i', 1, 2));
        assert_eq!(inside[5], (1, 'a', 9, 1));
        // `(i)` indented under `(h)` by mistake, followed by `(j)`.
        let slipped = place(&[("h", 2), ("i", 3), ("j", 2)]);
        assert!(
            slipped.iter().all(|p| p.0 == 1 && p.1 == 'a'),
            "{slipped:?}"
        );
        // `(c)` opening a list is the third letter.
        assert_eq!(flat(&["c"]), [(1, 'a', 3, 1)]);
    }

    #[test]
    fn a_roman_list_whose_first_item_is_gone_is_still_roman() {
        // `(a) Protection of civilians` with its `(i)` deleted: `(ii)` is the
        // roman 2 with 1 missing, not the doubled letter after `(z)`.
        assert_eq!(
            place(&[("a", 2), ("ii", 3), ("iii", 3), ("iv", 3), ("b", 2)]),
            [
                (1, 'a', 1, 1),
                (2, 'i', 2, 2),
                (2, 'i', 3, 2),
                (2, 'i', 4, 2),
                (1, 'a', 2, 1)
            ]
        );
        // A list opened at `(c)` is still lettered.
        assert_eq!(place(&[("c", 1)]), [(1, 'a', 3, 1)]);
    }

    #[test]
    fn deep_indentation_is_not_deep_nesting() {
        let labels: Vec<(&str, u32)> = (0..300).map(|i| ("a", i)).collect();
        assert!(place(&labels).iter().all(|p| p.0 as usize <= MAX_LEVELS));
    }

    #[test]
    fn lettered_tasks_under_roman_groups() {
        // S/RES/2666 (2022): letters run on across the groups.
        let mandate = place(&[
            ("i", 2),
            ("a", 3),
            ("b", 3),
            ("ii", 2),
            ("c", 3),
            ("h", 3),
            ("iii", 2),
            ("i", 3),
        ]);
        assert_eq!(mandate[0], (1, 'i', 1, 1));
        assert_eq!(mandate[1], (2, 'a', 1, 2));
        assert_eq!(mandate[3], (1, 'i', 2, 1));
        assert_eq!(mandate[4], (2, 'a', 3, 2));
        assert_eq!(mandate[5], (2, 'a', 8, 2));
        assert_eq!(mandate[7], (2, 'a', 9, 2));
        // S/RES/2524 (2020): they start again in each group.
        let restarting = place(&[("i", 2), ("a", 3), ("b", 3), ("ii", 2), ("a", 3)]);
        assert_eq!(restarting[4].0, 2);
        assert_eq!(restarting[4].2, 1);
        assert_ne!(restarting[4].3, restarting[1].3);
    }
}
