//! What an internal reference (`paragraph 5 above`, `subparagraph (b) of
//! paragraph 3 above`, `paragraphs 3 to 7 of the present resolution`) points
//! at. The rule `paragraph-reference` and the editor's navigation both ask
//! here, so a reference means the same paragraph everywhere.
//!
//! A reference inside an annex is looked up in that annex; `of the present
//! resolution` means the resolution's own paragraphs (region 0). A
//! paragraph with a negotiation suffix (`3 bis`) is the target of a
//! reference with the same suffix (`paragraph 3 bis above`), never of one
//! without. When a number occurs more than once in the scope (a list
//! numbered from 1 inside an operative paragraph), the operative paragraphs
//! of the resolution are preferred, then those on the side the reference
//! says (`above`, `below`).

use std::borrow::Cow;

use crate::model::{key_number, key_region, target_key, Model};
use crate::parts::{Parts, Role};
use crate::syntax::{Lines, NumberSuffix, ParagraphRef, RefScope};

/// The targets of one reference.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Resolved {
    /// The highest paragraph number in the reference's scope; `None` when
    /// the scope has no numbered paragraph (a fragment: nothing to resolve
    /// against).
    pub last_in_scope: Option<u32>,
    /// The paragraphs it points at, as indices into [`Model::paragraphs`].
    /// Empty when the number does not exist in the scope.
    pub paragraphs: Vec<usize>,
    /// When the reference names a subparagraph: the subparagraphs of
    /// [`Resolved::paragraphs`] with that label, as indices into
    /// [`Model::subs`].
    pub subs: Vec<usize>,
}

/// What an edit changed of what a reference to a paragraph alone (no
/// subparagraph named) resolves against, the regions of the lines off the
/// edited ones being as they were ([`crate::model::Model::update`]): such a
/// reference's findings read only its line, its region, whether its
/// paragraph's key is among the targets and the highest number of its
/// region ([`Resolver::finds_paragraph`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangedTargets {
    /// The [`target_key`]s that may have come or gone, sorted.
    pub keys: Vec<u64>,
    /// The regions whose highest paragraph number changed, sorted.
    pub lasts: Vec<u16>,
    /// The regions of the lines the update read again (their paragraphs
    /// and subparagraphs may have changed; those of the other regions are
    /// as they were, moved); `None` where it read none.
    pub read: Option<std::ops::RangeInclusive<u16>>,
}

impl Default for ChangedTargets {
    /// Nothing changed.
    fn default() -> ChangedTargets {
        ChangedTargets {
            keys: Vec::new(),
            lasts: Vec::new(),
            read: None,
        }
    }
}

impl ChangedTargets {
    /// The lines whose references to a paragraph alone may be stale
    /// ([`ChangedTargets::stale`]), as ranges in order: those of each region
    /// whose highest number or one of whose keys changed (the regions follow
    /// one another: the resolution, then each annex). `None` where the
    /// resolution's is among them: a reference to the present text is
    /// looked up there from any line.
    pub fn region_lines(&self, model: &Model) -> Option<Vec<std::ops::Range<usize>>> {
        let keys = self.keys.iter().map(|&key| key_region(key));
        let mut regions: Vec<u16> = keys.chain(self.lasts.iter().copied()).collect();
        regions.sort_unstable();
        regions.dedup();
        if regions.first() == Some(&0) {
            return None;
        }
        debug_assert!(
            model.regions.iter().is_sorted(),
            "the regions do not follow one another"
        );
        Some(
            (regions.into_iter())
                .map(|r| lines_of_regions(model, r..=r))
                .collect(),
        )
    }

    /// The lines whose references to a subparagraph may be stale
    /// ([`ChangedTargets::stale`]): those of the regions the update read,
    /// every line where it read the resolution's (a reference to the
    /// present text is looked up there from any line), none where it read
    /// none.
    pub fn sub_reference_reach(&self, model: &Model) -> std::ops::Range<usize> {
        match &self.read {
            None => 0..0,
            Some(read) if *read.start() == 0 => 0..model.regions.len(),
            Some(read) => lines_of_regions(model, read.clone()),
        }
    }

    /// The lines where a reference may be stale ([`ChangedTargets::stale`]
    /// of one may be `true`), told without reading the references: `None`
    /// where a reference on any line may be (a key or a region's highest
    /// number changed); else only a reference to a subparagraph may be,
    /// on the lines of the regions read again
    /// ([`ChangedTargets::sub_reference_reach`]).
    pub fn stale_lines(&self, model: &Model) -> Option<std::ops::Range<usize>> {
        (self.keys.is_empty() && self.lasts.is_empty()).then(|| self.sub_reference_reach(model))
    }

    /// Whether what `reference`, on line `line` (not one the edit wrote),
    /// points at may have changed: for a reference to a subparagraph, where
    /// the update read its region again (it reads the paragraphs' lines,
    /// their subparagraphs and the parts); for one to a paragraph, where its
    /// key or its region's highest number changed.
    pub fn stale(&self, model: &Model, line: usize, reference: &ParagraphRef) -> bool {
        if reference.sub.is_some() {
            // It reads its region's paragraphs, their subparagraphs and
            // their lines, and the parts' roles, which only the
            // resolution's lines have, read from them and from its model
            // alone: all change only where the update read the region.
            let region = region_of(model, line, reference);
            return (self.read.as_ref()).is_some_and(|read| read.contains(&region));
        }
        // (No region's highest number changed: only a reference whose
        // number is a changed key's may be stale, told before its region
        // is looked up.)
        let named = |number: u32| self.keys.iter().any(|&key| key_number(key) == number);
        if self.lasts.is_empty() && !reference.paragraph.is_some_and(named) {
            return false;
        }
        let region = region_of(model, line, reference);
        self.lasts.binary_search(&region).is_ok()
            || reference.paragraph.is_some_and(|number| {
                let key = target_key(region, number, reference.suffix);
                self.keys.binary_search(&key).is_ok()
            })
    }
}

/// The lines of the regions `regions` (the regions follow one another).
fn lines_of_regions(
    model: &Model,
    regions: std::ops::RangeInclusive<u16>,
) -> std::ops::Range<usize> {
    let lines = &model.regions;
    lines.partition_point(|&l| l < *regions.start())
        ..lines.partition_point(|&l| l <= *regions.end())
}

/// The region `reference`, on `line`, is looked up in.
fn region_of(model: &Model, line: usize, reference: &ParagraphRef) -> u16 {
    match reference.scope {
        RefScope::PresentText => 0,
        RefScope::Above | RefScope::Below | RefScope::Unstated => {
            model.regions.get(line).copied().unwrap_or(0)
        }
    }
}

/// Resolves the references of one document (built once, asked many times).
pub struct Resolver<'a> {
    lines: &'a Lines,
    model: &'a Model,
    parts: Cow<'a, Parts>,
    /// The last region asked for and its highest paragraph number
    /// ([`Resolver::last`]: references come in line order, most of them
    /// in one region).
    last: std::cell::Cell<Option<(u16, Option<u32>)>>,
}

impl<'a> Resolver<'a> {
    pub fn new(lines: &'a Lines, model: &'a Model) -> Resolver<'a> {
        Resolver::with_parts(lines, model, Cow::Owned(Parts::build(lines, model)))
    }

    /// A resolver using `parts`, which must be [`Parts::build`] of `lines`
    /// and `model` (a document keeps them between edits).
    pub fn with_parts(lines: &'a Lines, model: &'a Model, parts: Cow<'a, Parts>) -> Resolver<'a> {
        Resolver {
            lines,
            model,
            parts,
            last: std::cell::Cell::new(None),
        }
    }

    /// The paragraphs numbered `number` (with `suffix`) in `region`, in
    /// order.
    fn numbered(&self, region: u16, number: u32, suffix: Option<NumberSuffix>) -> Vec<usize> {
        let targets = &self.model.targets;
        let key = target_key(region, number, suffix);
        let from = targets.partition_point(|&(k, _)| k < key);
        targets[from..]
            .iter()
            .take_while(|&&(k, _)| k == key)
            .map(|&(_, index)| index as usize)
            .collect()
    }

    /// The highest paragraph number in `region`.
    fn last(&self, region: u16) -> Option<u32> {
        if let Some((_, last)) = self.last.get().filter(|&(asked, _)| asked == region) {
            return last;
        }
        let last = self.model.last_number(region);
        self.last.set(Some((region, last)));
        last
    }

    /// The region `reference`, on `line`, is looked up in.
    fn region(&self, line: usize, reference: &ParagraphRef) -> u16 {
        region_of(self.model, line, reference)
    }

    /// The last paragraph number in the scope of `reference`, on `line`
    /// ([`Resolved::last_in_scope`]), and whether it points at a paragraph
    /// at all ([`Resolved::paragraphs`] is not empty): what
    /// [`Resolver::resolve`] finds of a reference to a paragraph with no
    /// subparagraph, without finding which.
    pub fn finds_paragraph(&self, line: usize, reference: &ParagraphRef) -> (Option<u32>, bool) {
        let region = self.region(line, reference);
        let last = self.last(region);
        let found = match (last, reference.paragraph) {
            (Some(_), Some(number)) => {
                let key = target_key(region, number, reference.suffix);
                let targets = &self.model.targets;
                let at = targets.partition_point(|&(k, _)| k < key);
                targets.get(at).is_some_and(|&(k, _)| k == key)
            }
            _ => false,
        };
        #[cfg(debug_assertions)]
        if reference.sub.is_none() && reference.paragraph.is_some() {
            let resolved = self.resolve(line, reference);
            assert_eq!(
                (resolved.last_in_scope, !resolved.paragraphs.is_empty()),
                (last, found)
            );
        }
        (last, found)
    }

    pub fn model(&self) -> &'a Model {
        self.model
    }

    /// The parts (preambular, operative) of the document's lines.
    pub fn parts(&self) -> &Parts {
        &self.parts
    }

    /// What `reference`, written on line `line`, points at.
    pub fn resolve(&self, line: usize, reference: &ParagraphRef) -> Resolved {
        let model = self.model;
        let region = self.region(line, reference);
        let last_in_scope = self.last(region);
        let mut resolved = Resolved {
            last_in_scope,
            ..Resolved::default()
        };
        if last_in_scope.is_none() {
            return resolved;
        }
        let found: Vec<usize> = match reference.paragraph {
            Some(number) => self.numbered(region, number, reference.suffix),
            // `subparagraph (c) above`: in the paragraph the line belongs to.
            None => {
                let owner = model.owner_of(line);
                (owner.and_then(|owner| model.paragraph_index_at(owner as usize)))
                    .filter(|&at| {
                        let p = &model.paragraphs[at];
                        !p.suffixed && p.region == region
                    })
                    .map(|at| vec![at])
                    .unwrap_or_default()
            }
        };
        let found = self.prefer(found, |i| {
            matches!(
                self.parts.role(model.paragraph_line(i) as usize),
                Some(Role::Operative { .. })
            )
        });
        // The subparagraphs `reference` names in paragraph `p`.
        let named_subs = |p: usize| {
            model.paragraphs[p].subs.clone().filter(|&s| {
                model.subs.get(s).is_some_and(|s| {
                    Some(&*s.letters) == reference.sub.as_deref()
                        && s.suffix == reference.sub_suffix
                        && !s.heading
                })
            })
        };
        // `paragraph 1 (b)`: a paragraph 1 that has a (b).
        let found = if reference.sub.is_some() {
            self.prefer(found, |i| named_subs(i).next().is_some())
        } else {
            found
        };
        // On the side the reference says: where what it names is (the
        // subparagraph, for `paragraph 1 (b) below` written in (a)).
        let found = self.prefer(found, |i| {
            let places: Vec<usize> = if reference.sub.is_some() {
                named_subs(i).map(|s| model.sub_line(s) as usize).collect()
            } else {
                vec![model.paragraph_line(i) as usize]
            };
            match reference.scope {
                RefScope::Above => places.iter().any(|&target| target < line),
                RefScope::Below => places.iter().any(|&target| target > line),
                RefScope::PresentText | RefScope::Unstated => true,
            }
        });
        if reference.sub.is_some() {
            resolved.subs = found.iter().flat_map(|&p| named_subs(p)).collect();
        }
        resolved.paragraphs = found;
        resolved
    }

    /// Keeps the candidates that satisfy `test`, if any does.
    fn prefer(&self, candidates: Vec<usize>, test: impl Fn(usize) -> bool) -> Vec<usize> {
        if candidates.len() < 2 || !candidates.iter().any(|&i| test(i)) {
            return candidates;
        }
        candidates.into_iter().filter(|&i| test(i)).collect()
    }

    /// Every internal reference of the document with its line and targets.
    pub fn all(&self) -> impl Iterator<Item = (usize, &'a ParagraphRef, Resolved)> + '_ {
        self.all_in(0..self.lines.len())
    }

    /// The internal references of lines `wanted` with their line and
    /// targets (the lines with references are found by binary search).
    pub fn all_in(
        &self,
        wanted: std::ops::Range<usize>,
    ) -> impl Iterator<Item = (usize, &'a ParagraphRef, Resolved)> + '_ {
        self.references_in(wanted)
            .map(move |(index, reference)| (index, reference, self.resolve(index, reference)))
    }

    /// The internal references of lines `wanted` with their line, not
    /// resolved.
    pub fn references_in(
        &self,
        wanted: std::ops::Range<usize>,
    ) -> impl Iterator<Item = (usize, &'a ParagraphRef)> + 'a {
        let lines = self.lines;
        let with = &self.model.reference_lines;
        let from = with.partition_point(|&l| (l as usize) < wanted.start);
        let to = with.partition_point(|&l| (l as usize) < wanted.end);
        with[from..to.max(from)]
            .iter()
            .map(|&index| index as usize)
            .flat_map(move |index| {
                lines[index]
                    .references()
                    .iter()
                    .map(move |reference| (index, reference))
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    /// The lines of the targets of every reference of `text`, in order.
    fn targets(text: &str) -> Vec<(Vec<u32>, Vec<u32>)> {
        let document = Document::new(text);
        let resolver = Resolver::new(document.lines(), document.model());
        let model = document.model();
        resolver
            .all()
            .map(|(_, _, r)| {
                (
                    r.paragraphs
                        .iter()
                        .map(|&p| model.paragraph_line(p))
                        .collect(),
                    r.subs.iter().map(|&s| model.sub_line(s)).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn paragraphs_and_subparagraphs() {
        let text = "\tThe General Assembly,\n\t1.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report, as in subparagraph (a) above;\n\t2.\tRecalls paragraph 1 (b) above and paragraph 7 above.";
        assert_eq!(
            targets(text),
            vec![(vec![1], vec![2]), (vec![1], vec![3]), (vec![], vec![])]
        );
    }

    #[test]
    fn a_nested_list_does_not_hide_the_operative_paragraph() {
        // Paragraph 2 holds a list numbered 1 to 2; `paragraph 1 above` in
        // paragraph 3 is the resolution's paragraph 1.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides:\n\t1.\tFirst item;\n\t2.\tSecond item;\n\t3.\tRecalls paragraph 1 above.";
        assert_eq!(targets(text), vec![(vec![1], vec![])]);
    }

    #[test]
    fn a_number_written_twice_resolves_to_the_paragraph_with_the_subparagraph() {
        // `paragraph 1 (b) below`, written in (a) of paragraph 1, when a
        // later paragraph is numbered 1 by mistake.
        let text = "\tThe Security Council,\n\t1.\tDecides:\n\t\t(a)\tExcept as in paragraph 1 (b) below;\n\t\t(b)\tSupplies;\n\t1.\tDecides.";
        assert_eq!(targets(text), vec![(vec![1], vec![3])]);
    }

    #[test]
    fn annexes_and_the_present_resolution() {
        let text = "1.\tAdopts the annexed text;\n2.\tDecides.\nAnnex\n1.\tFirst;\n2.\tAs set out in paragraph 1 above and paragraph 2 of the present resolution.";
        assert_eq!(targets(text), vec![(vec![3], vec![]), (vec![1], vec![])]);
    }

    #[test]
    fn ranges() {
        let mut refs = Vec::new();
        crate::syntax::reference::scan_references("paragraphs 3 to 7 above", 0, &mut refs);
        assert!(!refs[0].through && refs[1].through);
        let mut refs = Vec::new();
        crate::syntax::reference::scan_references("paragraphs 3 and 7 above", 0, &mut refs);
        assert!(!refs[1].through);
    }

    #[test]
    fn inserts_and_lists_of_subparagraphs() {
        let text = "\tThe General Assembly,\n\t1.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report;\n\t\t(b) bis\tto review;\n\t2.\tRecalls paragraphs 1 (a) and (b) above;\n\t2 bis.\tRecalls paragraph 2 above and subparagraph (b) bis of paragraph 1 above;\n\t3.\tRecalls paragraph 2 bis above3 and paragraph 2 bis.";
        assert_eq!(
            targets(text),
            vec![
                (vec![1], vec![2]),
                (vec![1], vec![3]),
                (vec![5], vec![]),
                (vec![1], vec![4]),
                (vec![6], vec![]),
                (vec![6], vec![]),
            ]
        );
    }
}
