//! Renumbering never changes what an internal reference means. Adopted
//! texts that refer to their own paragraphs are broken at random the way
//! drafters break numbering (a paragraph or a subparagraph deleted, a number
//! retyped or repeated, the numbers after a point shifted), then fixed with
//! the "renumber" action: every reference that pointed at a paragraph or
//! subparagraph in the broken text points at the same one in the fixed
//! text, and one that pointed at none still points at none. Where a fix
//! could not keep that, the action says so instead of offering edits.

mod support;

use std::sync::LazyLock;

use proptest::prelude::*;
use proptest::test_runner::{TestCaseError, TestRunner};
use resolute_core::diagnostic::apply_edits;
use resolute_core::ide::actions::actions;
use resolute_core::ide::renumber;
use resolute_core::resolve::Resolver;
use resolute_core::{Document, Range};
use support::corpus;

/// The texts that refer to their own paragraphs and number at least three.
static TEXTS: LazyLock<Vec<String>> = LazyLock::new(|| {
    corpus::english()
        .into_iter()
        .filter(|t| {
            let document = Document::new(&t.text);
            let model = document.model();
            !model.reference_lines.is_empty() && model.paragraphs.len() >= 3
        })
        .map(|t| t.text)
        .collect()
});

/// What every reference of a text points at, in order: (line, the lines of
/// its paragraphs, the lines and columns of its subparagraphs).
type Meaning = Vec<(usize, Vec<u32>, Vec<(u32, u32)>)>;

fn meaning(document: &Document) -> Meaning {
    let model = document.model();
    Resolver::new(document.lines(), model)
        .all()
        .map(|(line, reference, resolved)| {
            let paragraphs = resolved
                .paragraphs
                .iter()
                .map(|&p| model.paragraph_line(p))
                .collect();
            // A reference to a subparagraph points at nothing when its
            // subparagraph is missing.
            let subs = if reference.sub.is_some() && resolved.subs.is_empty() {
                return (line, Vec::new(), Vec::new());
            } else {
                resolved
                    .subs
                    .iter()
                    .map(|&s| (model.sub_line(s), model.subs[s].label.start))
                    .collect()
            };
            (line, paragraphs, subs)
        })
        .collect()
}

/// Whether a reference kept its meaning: one that pointed at a paragraph
/// points at it still (one that could mean several, a number written
/// twice, at some of them and nothing else), and, with `nowhere`, one that
/// pointed at nothing still points at nothing.
fn kept(
    was: &(usize, Vec<u32>, Vec<(u32, u32)>),
    is: &(usize, Vec<u32>, Vec<(u32, u32)>),
    nowhere: bool,
) -> bool {
    if was.1.is_empty() {
        return !nowhere || is.1.is_empty();
    }
    if was.1.len() == 1 && was.2.len() <= 1 {
        return was == is;
    }
    !is.1.is_empty()
        && is.1.iter().all(|l| was.1.contains(l))
        && is.2.iter().all(|s| was.2.contains(s))
}

/// One way of breaking the numbering.
#[derive(Debug, Clone)]
enum Break {
    /// Deletes the line of the k-th numbered paragraph.
    DeleteParagraph(usize),
    /// Deletes the line of the k-th subparagraph.
    DeleteSub(usize),
    /// Gives the k-th numbered paragraph the number n.
    Retype(usize, u32),
    /// Gives the k-th numbered paragraph the number of the one before.
    Repeat(usize),
    /// Adds 1 to the numbers of the paragraphs from the k-th on.
    Shift(usize),
}

fn breaks() -> impl Strategy<Value = Vec<Break>> {
    let one = prop_oneof![
        any::<usize>().prop_map(Break::DeleteParagraph),
        any::<usize>().prop_map(Break::DeleteSub),
        (any::<usize>(), 1u32..40).prop_map(|(k, n)| Break::Retype(k, n)),
        any::<usize>().prop_map(Break::Repeat),
        any::<usize>().prop_map(Break::Shift),
    ];
    prop::collection::vec(one, 1..4)
}

/// `text` broken by `how`.
fn broken(text: &str, how: &[Break]) -> String {
    let mut text = text.to_string();
    for step in how {
        let document = Document::new(&text);
        let model = document.model();
        let mut lines: Vec<String> = text.split('\n').map(str::to_string).collect();
        let renumber = |lines: &mut Vec<String>, k: usize, n: u32| {
            let p = &model.paragraphs[k];
            let line = &mut lines[model.paragraph_line(k) as usize];
            let start = p.label.start as usize;
            let digits = p.number.to_string().len();
            if line.get(start..start + digits) == Some(&p.number.to_string()) {
                line.replace_range(start..start + digits, &n.to_string());
            }
        };
        let paragraphs = model.paragraphs.len();
        match *step {
            Break::DeleteParagraph(k) if paragraphs > 0 => {
                lines.remove(model.paragraph_line(k % paragraphs) as usize);
            }
            Break::DeleteSub(k) if !model.subs.is_empty() => {
                lines.remove(model.sub_line(k % model.subs.len()) as usize);
            }
            Break::Retype(k, n) if paragraphs > 0 => renumber(&mut lines, k % paragraphs, n),
            Break::Repeat(k) if paragraphs > 1 => {
                let k = 1 + k % (paragraphs - 1);
                renumber(&mut lines, k, model.paragraphs[k - 1].number);
            }
            Break::Shift(k) if paragraphs > 0 => {
                for i in k % paragraphs..paragraphs {
                    renumber(&mut lines, i, model.paragraphs[i].number + 1);
                }
            }
            _ => {}
        }
        text = lines.join("\n");
    }
    text
}

/// The renumber action's edits, or why it declines.
fn renumber_action(document: &Document) -> Option<Result<String, String>> {
    let found = actions(document, document.catalog(), Range::on_line(0, 0, 0));
    let action = found.into_iter().find(|a| a.id == "source.renumber")?;
    Some(match action.disabled {
        Some(reason) => Err(reason.to_string()),
        None => Ok(apply_edits(&document.text(), &action.edits)),
    })
}

/// One broken text, fixed: whether the action applied.
fn fix_keeps_meaning(
    index: prop::sample::Index,
    how: Vec<Break>,
) -> Result<Option<bool>, TestCaseError> {
    let text = &TEXTS[index.index(TEXTS.len())];
    let broken = broken(text, &how);
    let document = Document::new(&broken);
    let before = meaning(&document);
    // The edits themselves move every reference to one paragraph with it.
    // (A number written twice leaves a reference to it ambiguous: which
    // one it means is for the action below to keep or decline.)
    let edits = renumber::edits(&document, &renumber::operative(document.model(), false));
    let after = meaning(&Document::new(&apply_edits(&broken, &edits)));
    prop_assert_eq!(before.len(), after.len());
    for (was, is) in before.iter().zip(&after) {
        if was.1.len() == 1 {
            prop_assert!(
                kept(was, is, false),
                "a reference moved: {:?} became {:?}",
                was,
                is
            );
        }
    }
    // The action also leaves every reference to nothing pointing at
    // nothing, or declines.
    let Some(outcome) = renumber_action(&document) else {
        return Ok(None);
    };
    if let Ok(fixed) = &outcome {
        let after = meaning(&Document::new(fixed));
        prop_assert_eq!(before.len(), after.len());
        for (was, is) in before.iter().zip(&after) {
            prop_assert!(
                kept(was, is, true),
                "a reference moved: {:?} became {:?}",
                was,
                is
            );
        }
    }
    Ok(Some(outcome.is_ok()))
}

#[test]
fn renumbering_keeps_what_references_point_at() {
    let mut runner = TestRunner::new(ProptestConfig {
        cases: 400,
        failure_persistence: None,
        ..ProptestConfig::default()
    });
    let applied = std::cell::Cell::new(0);
    let declined = std::cell::Cell::new(0);
    let result = runner.run(&(any::<prop::sample::Index>(), breaks()), |(index, how)| {
        match fix_keeps_meaning(index, how)? {
            Some(true) => applied.set(applied.get() + 1),
            Some(false) => declined.set(declined.get() + 1),
            None => {}
        }
        Ok(())
    });
    if let Err(error) = result {
        panic!("{error}");
    }
    println!(
        "renumber applied on {} broken texts, declined on {}",
        applied.get(),
        declined.get()
    );
    // Not a vacuous test: the fix is offered on most of them.
    assert!(applied.get() > 2 * declined.get());
}

/// On every text of the corpus that refers to its own paragraphs, a
/// paragraph deleted and the rest renumbered: how often the plain edits
/// would have made a reference to the deleted paragraph point at the one
/// that took its number, and that the action declines exactly then.
#[test]
fn a_reference_to_a_deleted_paragraph_is_never_moved() {
    let mut renumbered = 0;
    let mut captured = 0;
    for text in TEXTS.iter() {
        let document = Document::new(text);
        let model = document.model();
        // Five paragraphs spread over the text.
        let count = model.paragraphs.len();
        let mut picked: Vec<usize> = (0..5).map(|i| i * count / 5).collect();
        picked.dedup();
        for k in picked {
            let p = &model.paragraphs[k];
            if p.region != 0 || !p.counted() || p.depth() != 0 {
                continue;
            }
            let broken = broken(text, &[Break::DeleteParagraph(k)]);
            let document = Document::new(&broken);
            let renumbering = renumber::operative(document.model(), false);
            if renumbering.is_empty() {
                continue;
            }
            renumbered += 1;
            let before = meaning(&document);
            let edits = renumber::edits(&document, &renumbering);
            let after = meaning(&Document::new(&apply_edits(&broken, &edits)));
            let captures = before
                .iter()
                .zip(&after)
                .any(|(was, is)| was.1.is_empty() && !is.1.is_empty());
            captured += usize::from(captures);
            match renumber_action(&document) {
                Some(Ok(fixed)) => {
                    assert!(!captures, "the action moved a reference to nothing");
                    let after = meaning(&Document::new(&fixed));
                    assert!(before.iter().zip(&after).all(|(w, i)| kept(w, i, true)));
                }
                Some(Err(reason)) => assert!(
                    captures && reason.contains("points at no paragraph"),
                    "declined for another reason: {reason}"
                ),
                None => panic!("no renumber action on a text that needs one"),
            }
        }
    }
    println!(
        "{renumbered} paragraphs deleted and renumbered; the plain edits would have moved a reference to nothing in {captured}, and the action declined those"
    );
    assert!(renumbered > 1000, "only {renumbered} renumbered");
    assert!(
        captured > 0,
        "no reference to a deleted paragraph was exercised"
    );
}

/// A paragraph whose list starts again at `(a)` (the line of the paragraph
/// that held the second list deleted: `(a) (b) (a) (c) (d)`): renumbering
/// the second list `(a) (b) (c)` would give two of the paragraph's
/// subparagraphs the label `(b)`, and `paragraph 1 (b) above` would name
/// both. The labels are left as they are, and every reference keeps what
/// it points at. (Found by the random breaks above: deleting a paragraph
/// and one of its subparagraphs.)
#[test]
fn renumbering_gives_no_two_subparagraphs_of_a_paragraph_one_label() {
    let text = "The General Assembly,\n\n\t1.\tUrges:\n\t(a) All States to report violations;\n\t(b) The State in which the violation took place to report;\n\t(a) To send a note reminding States of paragraph 1 above;\n\t(c) To draw attention to the procedures of paragraph 1 (b) above;\n\t(d) To address reminders where reports under paragraph 1 (a) above were not made;\n\t2.\tDecides to remain seized of the matter.\n";
    let document = Document::new(text);
    let before = meaning(&document);
    assert!(
        before.iter().any(|(_, p, s)| p.len() == 1 && s.len() == 1),
        "a reference to one subparagraph: {before:?}"
    );
    let edits = renumber::edits(&document, &renumber::operative(document.model(), false));
    let fixed = apply_edits(text, &edits);
    let after = meaning(&Document::new(&fixed));
    assert_eq!(before.len(), after.len());
    for (was, is) in before.iter().zip(&after) {
        if was.1.len() == 1 {
            assert!(kept(was, is, false), "{was:?} became {is:?} in {fixed}");
        }
    }
}
