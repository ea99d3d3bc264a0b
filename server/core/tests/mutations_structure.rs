//! Mutation tests of the structure over the whole corpus (every English
//! text under `shared/corpus`): adopted texts broken the way drafters break
//! their numbering and references, one mistake at a time. Each kind must be
//! caught on the expected line, with nothing else new, in at least 98% of
//! the texts it applies to; the table of results is printed.
//!
//! Where a site is drawn from is seeded by the text and the kind (see
//! `support::mutate`). The sites are those a drafter can break alone:
//! paragraphs the model reads as part of their sequence (not inside a list
//! the text introduces), subparagraphs that are items of a list, references
//! that point at a paragraph. A deleted paragraph or subparagraph is never
//! one with a footnote marker (deleting the marker would also leave its
//! footnote uncited, a second mistake); references to what is deleted or
//! renumbered are expected to be reported too.

mod support;

use std::collections::BTreeSet;

use resolute_core::model::Model;
use resolute_core::resolve::Resolver;
use resolute_core::syntax::{LineKind, RefScope};
use support::corpus;
use support::mutate::{assert_caught, Kind, Mutant, Original};

/// The 0-based lines holding a reference that points at one of
/// `paragraphs` or `subs` (indices into the model), among lines not in
/// `skipped`. A reference to a subparagraph of the paragraph it stands in
/// (`subparagraph (b) above`) points at one of `subs` only when
/// `by_label` (renumbering the paragraph leaves it as it is).
fn lines_referring_to(
    original: &Original<'_>,
    paragraphs: &[usize],
    subs: &[usize],
    skipped: &std::ops::Range<usize>,
    by_label: bool,
) -> BTreeSet<usize> {
    let document = original.document;
    let resolver = Resolver::new(document.lines(), document.model());
    resolver
        .all()
        .filter(|(line, reference, resolved)| {
            !skipped.contains(line)
                && (by_label || reference.paragraph.is_some())
                && if reference.sub.is_some() {
                    resolved.subs.iter().any(|s| subs.contains(s))
                } else {
                    resolved.paragraphs.iter().any(|p| paragraphs.contains(p))
                }
        })
        .map(|(line, ..)| line)
        .collect()
}

/// Whether lines `range` hold a footnote marker.
fn has_markers(original: &Original<'_>, range: &std::ops::Range<usize>) -> bool {
    (original.document.lines().range(range.clone())).any(|l| !l.markers().is_empty())
}

/// The lines of paragraph `index` of `model`: its own line, its
/// subparagraphs and the lines continuing them.
fn paragraph_lines(model: &Model, index: usize) -> std::ops::Range<usize> {
    let line = model.paragraph_line(index) as usize;
    let end = (line + 1..model.regions.len())
        .find(|&j| model.owner_of(j) != Some(line as u32))
        .unwrap_or(model.regions.len());
    line..end
}

/// Counted paragraphs of the resolution's own sequences, read without a
/// break and outside any list the text introduces, each with the one after
/// it in its sequence when that one follows it in the same way.
fn clean_pairs(model: &Model) -> Vec<(usize, usize)> {
    let clean = |i: usize| {
        let p = &model.paragraphs[i];
        p.counted() && p.region == 0 && p.reading.is_some_and(|r| r.depth == 0 && r.slip.is_none())
    };
    let counted: Vec<usize> = (0..model.paragraphs.len())
        .filter(|&i| model.paragraphs[i].counted())
        .collect();
    counted
        .windows(2)
        .filter(|w| {
            let (a, b) = (&model.paragraphs[w[0]], &model.paragraphs[w[1]]);
            clean(w[0]) && clean(w[1]) && a.sequence == b.sequence && a.number + 1 == b.number
        })
        .map(|w| (w[0], w[1]))
        .collect()
}

/// Deletes an operative paragraph with its subparagraphs: the next one
/// reports the missing number.
fn delete_paragraph(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let model = original.document.model();
    let sites: Vec<(usize, usize, std::ops::Range<usize>)> = clean_pairs(model)
        .into_iter()
        .map(|(p, next)| (p, next, paragraph_lines(model, p)))
        .filter(|(_, _, lines)| !has_markers(original, lines))
        .collect();
    let (p, next, deleted) = sites.get(rng.usize(..sites.len().max(1)))?.clone();
    let subs: Vec<usize> = model.paragraphs[p].subs.clone().collect();
    let count = deleted.len();
    let mut lines = original.lines.clone();
    lines.drain(deleted.clone());
    let moved = |line: usize| {
        if line >= deleted.end {
            line - count
        } else {
            line
        }
    };
    let mut expected = vec![(
        moved(model.paragraph_line(next) as usize) as u32 + 1,
        "operative-numbering",
    )];
    for line in lines_referring_to(original, &[p], &subs, &deleted, true) {
        expected.push((moved(line) as u32 + 1, "paragraph-reference"));
    }
    Some(Mutant {
        text: lines.join("\n"),
        expected,
        shift: Some((deleted.end as u32 + 1, -(count as i64))),
    })
}

/// Gives a paragraph the number of the one before it (`1. 2. 2. 4.`).
fn repeat_number(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let pairs = clean_pairs(original.document.model());
    let (before, paragraph) = *pairs.get(rng.usize(..pairs.len().max(1)))?;
    repeated(original, before, paragraph)
}

/// Numbers paragraph 2 as 1 (`1. 1. 3.`).
fn repeat_one(original: &Original<'_>, _: &mut fastrand::Rng) -> Option<Mutant> {
    let model = original.document.model();
    let (before, paragraph) = clean_pairs(model)
        .into_iter()
        .find(|&(p, _)| model.paragraphs[p].number == 1)?;
    repeated(original, before, paragraph)
}

fn repeated(original: &Original<'_>, before: usize, paragraph: usize) -> Option<Mutant> {
    let model = original.document.model();
    let target = &model.paragraphs[paragraph];
    let line = model.paragraph_line(paragraph) as usize;
    let text = original.lines[line];
    let start = target.label.start as usize;
    let digits = target.number.to_string().len();
    let renumbered = format!(
        "{}{}{}",
        &text[..start],
        model.paragraphs[before].number,
        &text[start + digits..]
    );
    let mut expected = vec![(line as u32 + 1, "operative-numbering")];
    let subs: Vec<usize> = target.subs.clone().collect();
    for line in lines_referring_to(original, &[paragraph], &subs, &(0..0), false) {
        expected.push((line as u32 + 1, "paragraph-reference"));
    }
    Some(Mutant {
        text: original.with_line(line, &renumbered),
        expected,
        shift: None,
    })
}

/// Deletes subparagraph (b) of a list that goes on to (c), with the items
/// and text under it: (c) reports the missing letter.
fn delete_subparagraph_b(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let model = document.model();
    let lines = document.lines();
    let mut sites = Vec::new();
    for (b, sub) in model.subs.iter().enumerate() {
        let item = |s: &resolute_core::model::SubParagraph| {
            !s.heading && s.suffix.is_none() && s.reading.is_some_and(|r| r.slip.is_none())
        };
        if &*sub.letters != "b" || sub.ordinal != 2 || !item(sub) {
            continue;
        }
        // The next item of its list, (c).
        let Some(c) = model.subs[b + 1..]
            .iter()
            .position(|s| s.list == sub.list)
            .map(|k| b + 1 + k)
        else {
            continue;
        };
        if model.subs[c].ordinal != 3 || !item(&model.subs[c]) {
            continue;
        }
        // (b) on a line of its own, down to the next label of its level
        // or above, within its paragraph.
        let line = model.sub_line(b) as usize;
        if model
            .sub_lines
            .iter()
            .filter(|&&l| l as usize == line)
            .count()
            > 1
        {
            continue;
        }
        let owner = model.owner_of(line);
        let end = (line + 1..lines.len())
            .find(|&j| {
                model.owner_of(j) != owner
                    || matches!(lines[j].kind, LineKind::Numbered { .. })
                    || (model.subs.iter().zip(&model.sub_lines))
                        .any(|(s, &l)| l as usize == j && s.level <= sub.level)
            })
            .unwrap_or(lines.len());
        if end != model.sub_line(c) as usize {
            continue;
        }
        let deleted = line..end;
        if has_markers(original, &deleted) {
            continue;
        }
        let inside: Vec<usize> = (b..c).collect();
        sites.push((c, deleted, inside));
    }
    let (c, deleted, inside) = sites.get(rng.usize(..sites.len().max(1)))?.clone();
    let count = deleted.len();
    let mut text = original.lines.clone();
    text.drain(deleted.clone());
    let moved = |line: usize| {
        if line >= deleted.end {
            line - count
        } else {
            line
        }
    };
    let mut expected = vec![(
        moved(model.sub_line(c) as usize) as u32 + 1,
        "subparagraph-numbering",
    )];
    for line in lines_referring_to(original, &[], &inside, &deleted, true) {
        expected.push((moved(line) as u32 + 1, "paragraph-reference"));
    }
    Some(Mutant {
        text: text.join("\n"),
        expected,
        shift: Some((deleted.end as u32 + 1, -(count as i64))),
    })
}

/// Changes the number of an internal reference to one no paragraph has
/// (`paragraph 7 above` becomes `paragraph 17 above`).
fn reference_to_nothing(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let resolver = Resolver::new(document.lines(), document.model());
    let sites: Vec<(usize, resolute_core::syntax::Span, u32)> = resolver
        .all()
        .filter(|(_, r, resolved)| {
            r.scope != RefScope::Unstated
                && r.suffix.is_none()
                && r.paragraph.is_some()
                && !resolved.paragraphs.is_empty()
        })
        .filter_map(|(line, r, resolved)| Some((line, r.number_span?, resolved.last_in_scope?)))
        .collect();
    let (line, span, last) = *sites.get(rng.usize(..sites.len().max(1)))?;
    let missing = last + 1 + rng.u32(0..10);
    let text = original.lines[line];
    let changed = format!(
        "{}{missing}{}",
        &text[..span.start as usize],
        &text[span.end as usize..]
    );
    Some(Mutant::on_line(
        original.with_line(line, &changed),
        line as u32 + 1,
        "paragraph-reference",
    ))
}

#[test]
fn structure_mistakes_are_caught_on_their_line() {
    let texts = corpus::english();
    let kinds = [
        Kind {
            name: "delete an operative paragraph",
            mutate: &delete_paragraph,
        },
        Kind {
            name: "repeat a number",
            mutate: &repeat_number,
        },
        Kind {
            name: "repeat 1 (`1. 1. 3.`)",
            mutate: &repeat_one,
        },
        Kind {
            name: "delete subparagraph (b)",
            mutate: &delete_subparagraph_b,
        },
        Kind {
            name: "change a reference to a missing paragraph",
            mutate: &reference_to_nothing,
        },
    ];
    // 289 texts refer to their own paragraphs; the other kinds apply to
    // some 500 (subparagraphs) and 2,400 (paragraphs).
    assert_caught(&texts, &kinds, 250, 0.98);
}
