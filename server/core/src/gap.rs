//! A vector indexed by line that keeps a gap where it was last edited (a
//! gap buffer), so that lines added or removed near the last edit move
//! nothing after them: typing moves the gap a line or two, where a `Vec`
//! would move every item after the edit (in a 10 MB document, some 19,000
//! on average for each line typed or deleted).
//!
//! The gap holds copies of a filler item (the default one, or one given:
//! an empty line for the document's lines), a few at most ([`SPARE`]); it is made
//! again, [`SPARE`] wide, when an edit adds more lines than it holds, and
//! closed down to that width when an edit removes many. Reading an item
//! costs a comparison with the gap's start.

use std::ops::Range;

/// How many spare items the gap holds at most after an edit.
const SPARE: usize = 64;

/// A sequence of items with a gap at the last edit.
#[derive(Clone)]
pub struct GapVec<T> {
    /// The items, with the gap's filler items among them.
    buf: Vec<T>,
    /// Where the gap is in `buf`.
    gap: Range<usize>,
    /// What the gap's slots hold.
    filler: T,
}

impl<T: Default> Default for GapVec<T> {
    fn default() -> GapVec<T> {
        GapVec::from(Vec::new())
    }
}

impl<T> GapVec<T> {
    /// `buf`'s items, the gap's slots to hold `filler` (an item never
    /// read: one cheap to copy).
    pub fn with_filler(buf: Vec<T>, filler: T) -> GapVec<T> {
        let end = buf.len();
        GapVec {
            buf,
            gap: end..end,
            filler,
        }
    }
}

impl<T: Clone> GapVec<T> {
    /// How many items it holds.
    pub fn len(&self) -> usize {
        self.buf.len() - self.gap.len()
    }

    /// Whether it holds no item.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Where item `index` is in the buffer.
    fn slot(&self, index: usize) -> usize {
        if index < self.gap.start {
            index
        } else {
            index + self.gap.len()
        }
    }

    /// Item `index`, if there is one.
    pub fn get(&self, index: usize) -> Option<&T> {
        (index < self.len()).then(|| &self.buf[self.slot(index)])
    }

    /// The first item, if any.
    pub fn first(&self) -> Option<&T> {
        self.get(0)
    }

    /// The last item, if any.
    pub fn last(&self) -> Option<&T> {
        self.len().checked_sub(1).and_then(|last| self.get(last))
    }

    /// As [`slice::partition_point`]: the index of the first item `pred`
    /// does not hold of, the items ordered so that those it holds of come
    /// first.
    pub fn partition_point(&self, mut pred: impl FnMut(&T) -> bool) -> usize {
        let (before, after) = (&self.buf[..self.gap.start], &self.buf[self.gap.end..]);
        match before.last() {
            Some(last) if !pred(last) => before.partition_point(pred),
            _ => before.len() + after.partition_point(pred),
        }
    }

    /// The items in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &T> {
        self.into_iter()
    }

    /// The items of `range`, in order.
    pub fn range(&self, range: Range<usize>) -> impl DoubleEndedIterator<Item = &T> + Clone {
        let (before, after) = self.slices(range);
        before.iter().chain(after)
    }

    /// The items of `range` as two slices, the first's before the gap.
    pub fn slices(&self, range: Range<usize>) -> (&[T], &[T]) {
        assert!(range.start <= range.end && range.end <= self.len());
        let before = &self.buf[range.start.min(self.gap.start)..range.end.min(self.gap.start)];
        let after = &self.buf
            [self.slot(range.start.max(self.gap.start))..self.slot(range.end.max(self.gap.start))];
        (before, after)
    }

    /// The items of `range` as one slice: the gap is not within it (a
    /// list spliced only at the bounds of its ranges, as the footnotes'
    /// are at their scopes', keeps its gap at such a bound). Panics where
    /// the gap splits the range.
    pub fn contiguous(&self, range: Range<usize>) -> &[T] {
        let start = self.contiguous_start(&range);
        &self.buf[start..start + range.len()]
    }

    /// Where the items of `range` start in the buffer, the gap not within
    /// them (else a panic).
    fn contiguous_start(&self, range: &Range<usize>) -> usize {
        assert!(range.start <= range.end && range.end <= self.len());
        assert!(
            self.gap.is_empty() || range.end <= self.gap.start || range.start >= self.gap.start,
            "a range split by the gap read as one slice"
        );
        self.slot(range.start)
    }

    /// [`GapVec::contiguous`], mutable.
    pub fn contiguous_mut(&mut self, range: Range<usize>) -> &mut [T] {
        let start = self.contiguous_start(&range);
        &mut self.buf[start..start + range.len()]
    }

    /// The items of `range` as two mutable slices, the first's before the
    /// gap.
    pub fn slices_mut(&mut self, range: Range<usize>) -> (&mut [T], &mut [T]) {
        assert!(range.start <= range.end && range.end <= self.len());
        let gap = self.gap.clone();
        let after = self.slot(range.start.max(gap.start))..self.slot(range.end.max(gap.start));
        let (head, tail) = self.buf.split_at_mut(gap.start);
        let before = &mut head[range.start.min(gap.start)..range.end.min(gap.start)];
        let after = &mut tail[after.start - gap.start..after.end - gap.start];
        (before, after)
    }

    /// Keeps the items `keep` holds of, in order (the gap closed first:
    /// for a list built at its end, where the gap is).
    pub fn retain(&mut self, keep: impl FnMut(&T) -> bool) {
        let len = self.len();
        self.move_gap(len);
        self.buf.truncate(len);
        self.buf.retain(keep);
        let end = self.buf.len();
        self.gap = end..end;
    }

    /// Adds `item` at the end.
    pub fn push(&mut self, item: T) {
        if self.gap.end == self.buf.len() {
            // (The gap at the end, its spare dropped: a `Vec`'s push.)
            self.buf.truncate(self.gap.start);
            self.buf.push(item);
            let end = self.buf.len();
            self.gap = end..end;
        } else {
            let len = self.len();
            self.splice(len..len, [item]);
        }
    }

    /// Removes every item.
    pub fn clear(&mut self) {
        self.buf.clear();
        self.gap = 0..0;
    }

    /// Sets every item to `value`.
    pub fn fill(&mut self, value: T)
    where
        T: Clone,
    {
        let gap = self.gap.clone();
        self.buf[..gap.start].fill(value.clone());
        self.buf[gap.end..].fill(value);
    }

    /// Moves the gap to before item `at`.
    fn move_gap(&mut self, at: usize) {
        let width = self.gap.len();
        if at < self.gap.start {
            self.buf[at..self.gap.end].rotate_right(width);
        } else if at > self.gap.start {
            self.buf[self.gap.start..at + width].rotate_left(width);
        }
        self.gap = at..at + width;
    }

    /// Replaces the items of `range` with `items`, as [`Vec::splice`]
    /// does.
    pub fn splice(&mut self, range: Range<usize>, items: impl IntoIterator<Item = T>) {
        assert!(range.start <= range.end && range.end <= self.len());
        self.move_gap(range.end);
        // (The items removed become the gap's.)
        for item in &mut self.buf[range.start..range.end] {
            *item = self.filler.clone();
        }
        self.gap.start = range.start;
        for item in items {
            if self.gap.is_empty() {
                let at = self.gap.end;
                let filler = &self.filler;
                self.buf.splice(
                    at..at,
                    std::iter::repeat_with(|| filler.clone()).take(SPARE),
                );
                self.gap.end += SPARE;
            }
            self.buf[self.gap.start] = item;
            self.gap.start += 1;
        }
        if self.gap.len() > SPARE {
            let spare = self.gap.start + SPARE..self.gap.end;
            self.buf.drain(spare);
            self.gap.end = self.gap.start + SPARE;
        }
    }
}

impl<T: Default> From<Vec<T>> for GapVec<T> {
    fn from(buf: Vec<T>) -> GapVec<T> {
        GapVec::with_filler(buf, T::default())
    }
}

impl<T: Clone> std::ops::Index<usize> for GapVec<T> {
    type Output = T;

    fn index(&self, index: usize) -> &T {
        assert!(index < self.len(), "index {index} out of {}", self.len());
        &self.buf[self.slot(index)]
    }
}

impl<T: Clone> std::ops::IndexMut<usize> for GapVec<T> {
    fn index_mut(&mut self, index: usize) -> &mut T {
        assert!(index < self.len(), "index {index} out of {}", self.len());
        let slot = self.slot(index);
        &mut self.buf[slot]
    }
}

impl<'a, T: Clone> IntoIterator for &'a GapVec<T> {
    type Item = &'a T;
    type IntoIter = std::iter::Chain<std::slice::Iter<'a, T>, std::slice::Iter<'a, T>>;

    fn into_iter(self) -> Self::IntoIter {
        let (before, after) = (&self.buf[..self.gap.start], &self.buf[self.gap.end..]);
        before.iter().chain(after)
    }
}

/// Two vectors are equal where their items are, wherever their gaps.
impl<T: Clone + PartialEq> PartialEq for GapVec<T> {
    fn eq(&self, other: &GapVec<T>) -> bool {
        self.len() == other.len() && self.iter().eq(other.iter())
    }
}

impl<T: Clone + Eq> Eq for GapVec<T> {}

impl<T: Clone + std::fmt::Debug> std::fmt::Debug for GapVec<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

#[cfg(test)]
mod tests {
    use super::GapVec;
    use proptest::prelude::*;

    proptest! {
        /// Any splices, one after another, leave the items a `Vec`
        /// spliced alike holds.
        #[test]
        fn splices_as_a_vec_does(
            start in proptest::collection::vec(0u32..1000, 0..200),
            edits in proptest::collection::vec((0usize..300, 0usize..80, 0usize..150), 1..40),
        ) {
            let mut vec = start.clone();
            let mut gap = GapVec::from(start);
            for (k, (at, removed, added)) in edits.into_iter().enumerate() {
                let at = at.min(vec.len());
                let end = (at + removed).min(vec.len());
                let items: Vec<u32> = (0..added as u32).map(|i| 1000 * k as u32 + i).collect();
                vec.splice(at..end, items.clone());
                gap.splice(at..end, items);
                prop_assert_eq!(gap.len(), vec.len());
                prop_assert!(gap.iter().eq(vec.iter()));
                prop_assert!((0..vec.len()).all(|i| gap[i] == vec[i] && gap.get(i) == Some(&vec[i])));
                prop_assert_eq!(gap.get(vec.len()), None);
                let (a, b) = (at.min(vec.len()) / 2, ((end + vec.len()) / 2).min(vec.len()));
                prop_assert!(gap.range(a..b.max(a)).eq(vec[a..b.max(a)].iter()));
                prop_assert!(gap.range(a..b.max(a)).rev().eq(vec[a..b.max(a)].iter().rev()));
                let (before, after) = gap.slices(a..b.max(a));
                prop_assert!(before.iter().chain(after).eq(vec[a..b.max(a)].iter()));
                // (The ranges on one side of the gap, which is after the
                // items added, read as one slice.)
                let (left, right) = (a.min(at + added)..at + added, at + added..vec.len());
                prop_assert_eq!(gap.contiguous(left.clone()), &vec[left.clone()]);
                prop_assert_eq!(gap.contiguous(right.clone()), &vec[right.clone()]);
                for (i, item) in gap.contiguous_mut(left.clone()).iter_mut().enumerate() {
                    *item += 1;
                    vec[left.start + i] += 1;
                }
                let (x, y) = gap.slices_mut(a..b.max(a));
                for item in x.iter_mut().chain(y) {
                    *item ^= 1;
                }
                vec[a..b.max(a)].iter_mut().for_each(|item| *item ^= 1);
                prop_assert!(gap.iter().eq(vec.iter()));
                let mut sorted = GapVec::from(vec.clone());
                sorted.splice(0..0, []);
                let median = vec.get(vec.len() / 2).copied().unwrap_or(0);
                let mut in_order = vec.clone();
                in_order.sort_unstable();
                let mut ordered = GapVec::from(in_order.clone());
                ordered.splice(at.min(vec.len())..at.min(vec.len()), []);
                prop_assert_eq!(
                    ordered.partition_point(|&x| x < median),
                    in_order.partition_point(|&x| x < median)
                );
                prop_assert_eq!(gap.first(), vec.first());
                prop_assert_eq!(gap.last(), vec.last());
                prop_assert!(gap.buf.len() - gap.len() <= super::SPARE);
            }
            gap.retain(|&item| item % 3 != 0);
            vec.retain(|&item| item % 3 != 0);
            prop_assert!(gap.iter().eq(vec.iter()));
            gap.clear();
            for &item in &vec {
                gap.push(item);
            }
        }

        /// A range the gap splits is not read as one slice.
        #[test]
        fn a_split_range_is_no_slice(len in 3usize..50, cut in 1usize..48) {
            let cut = cut.min(len - 2);
            let mut gap = GapVec::from((0..len as u32).collect::<Vec<_>>());
            gap.splice(cut..cut + 1, []);
            prop_assert_eq!(gap.contiguous(0..cut), &(0..cut as u32).collect::<Vec<_>>()[..]);
            let result = std::panic::catch_unwind(|| gap.contiguous(0..len - 1).len());
            prop_assert!(result.is_err());
        }
    }

    /// The gap's slots hold the filler given (for the document's lines,
    /// one shared empty line), and the removed items are dropped.
    #[test]
    fn the_gap_holds_the_filler() {
        use std::sync::Arc;
        let filler = Arc::new(0);
        let items: Vec<Arc<u32>> = (1..=5).map(Arc::new).collect();
        let third = Arc::clone(&items[2]);
        let mut gap = GapVec::with_filler(items, Arc::clone(&filler));
        gap.splice(2..3, [Arc::new(9), Arc::new(10)]);
        assert_eq!(Arc::strong_count(&third), 1);
        assert!(gap.iter().map(|x| **x).eq([1, 2, 9, 10, 4, 5]));
        let slots = gap.buf.len() - gap.len();
        assert!(slots > 0);
        assert!(gap.buf[gap.gap.clone()]
            .iter()
            .all(|x| Arc::ptr_eq(x, &filler)));
        // (Ours, the vector's own, and one in each slot.)
        assert_eq!(Arc::strong_count(&filler), 2 + slots);
    }

    #[test]
    fn equal_wherever_the_gap() {
        let mut a = GapVec::from(vec![1, 2, 3, 4]);
        let b = GapVec::from(vec![1, 2, 3, 4]);
        a.splice(1..1, [9]);
        assert_ne!(a, b);
        a.splice(1..2, []);
        assert_eq!(a, b);
        assert_eq!(format!("{a:?}"), "[1, 2, 3, 4]");
        a.fill(7);
        assert!(a.iter().all(|&x| x == 7) && a.len() == 4);
        a[3] = 8;
        assert_eq!(a.iter().copied().collect::<Vec<_>>(), [7, 7, 7, 8]);
    }
}
