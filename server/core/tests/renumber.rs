//! Renumbering on real texts: an adopted resolution whose operative
//! numbering is broken from its second paragraph on (labels and the
//! references to them shifted, as deleting a paragraph leaves them) is
//! restored exactly by the "renumber" action; so are its subparagraph
//! letters. Finalizing a text with no negotiation marks changes nothing.

use std::collections::HashMap;
use std::path::PathBuf;

use resolute_core::diagnostic::apply_edits;
use resolute_core::ide::actions::{actions, finalize};
use resolute_core::ide::renumber::{self, Renumbering};
use resolute_core::{Document, Range};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("shared/corpus is next to the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect()
}

/// The leading run of items numbered 1, 2, 3, … (up to a restart or a
/// break): shifting its tail leaves a gap the renumbering must close.
fn consecutive_run(items: impl Iterator<Item = (usize, u32)>) -> Vec<(usize, u32)> {
    let mut run: Vec<(usize, u32)> = Vec::new();
    for (i, n) in items {
        if n != run.len() as u32 + 1 {
            break;
        }
        run.push((i, n));
    }
    run
}

/// The first line where `restored` differs from `text`, with the broken line.
fn first_difference(text: &str, broken: &str, restored: &str) -> String {
    let lines = text.lines().zip(broken.lines()).zip(restored.lines());
    for (i, ((a, b), c)) in lines.enumerate() {
        if a != c {
            return format!(
                "line {}:\n  adopted:  {a}\n  broken:   {b}\n  restored: {c}",
                i + 1
            );
        }
    }
    "the texts differ in length".into()
}

fn renumber_action(text: &str) -> Option<String> {
    let document = Document::new(text);
    let found = actions(&document, document.catalog(), Range::on_line(0, 0, 0));
    let action = found.iter().find(|a| a.id == "source.renumber")?;
    Some(apply_edits(text, &action.edits))
}

#[test]
fn renumbering_restores_adopted_texts_with_broken_numbering() {
    let mut broken_texts = 0;
    let mut references_moved = 0;
    for (name, text) in corpus() {
        let document = Document::new(&text);
        assert!(
            renumber_action(&text).is_none(),
            "{name}: an adopted text needs no renumbering"
        );
        let model = document.model();
        // Shift every counted paragraph of the first sequence after its first.
        let counted: Vec<usize> = (0..model.paragraphs.len())
            .filter(|&i| !model.paragraphs[i].suffixed && !model.paragraphs[i].labelled)
            .collect();
        let Some(&first) = counted.first() else {
            continue;
        };
        let sequence = model.paragraphs[first].sequence;
        let run = consecutive_run(
            counted
                .iter()
                .filter(|&&i| model.paragraphs[i].sequence == sequence)
                .map(|&i| (i, model.paragraphs[i].number)),
        );
        let shifted: HashMap<usize, u32> = run.iter().skip(1).map(|&(i, n)| (i, n + 1)).collect();
        if shifted.is_empty() {
            continue;
        }
        let edits = renumber::edits(
            &document,
            &Renumbering {
                paragraphs: shifted.clone(),
                ..Renumbering::default()
            },
        );
        references_moved += edits.len() - shifted.len();
        let broken = apply_edits(&text, &edits);
        assert_ne!(broken, text);
        let restored = renumber_action(&broken)
            .unwrap_or_else(|| panic!("{name}: no renumber action on the broken text"));
        assert!(
            restored == text,
            "{name}: renumbering did not restore the adopted text:\n{}",
            first_difference(&text, &broken, &restored)
        );
        broken_texts += 1;
    }
    assert!(broken_texts > 50, "only {broken_texts} texts were tried");
    assert!(references_moved > 0, "no internal reference was exercised");
}

#[test]
fn subparagraph_letters_are_restored() {
    let mut tried = 0;
    for (name, text) in corpus() {
        let document = Document::new(&text);
        let model = document.model();
        // The second item of the first lettered list becomes (c), (d), ...
        let Some(list) = model.subs.iter().find(|s| s.ordinal == 2).map(|s| s.list) else {
            continue;
        };
        let members: Vec<usize> = (0..model.subs.len())
            .filter(|&i| model.subs[i].list == list)
            .collect();
        let run = consecutive_run(members.iter().map(|&i| (i, model.subs[i].ordinal)));
        let shifted: HashMap<usize, u32> = run.iter().skip(1).map(|&(i, n)| (i, n + 1)).collect();
        let broken = apply_edits(
            &text,
            &renumber::edits(
                &document,
                &Renumbering {
                    subs: shifted,
                    ..Renumbering::default()
                },
            ),
        );
        if broken == text {
            continue;
        }
        let restored = renumber_action(&broken)
            .unwrap_or_else(|| panic!("{name}: no renumber action on the broken text"));
        assert!(
            restored == text,
            "{name}: renumbering did not restore its subparagraphs:\n{}",
            first_difference(&text, &broken, &restored)
        );
        tried += 1;
    }
    assert!(tried > 20, "only {tried} texts were tried");
}

#[test]
fn adopted_texts_have_nothing_to_finalize() {
    for (name, text) in corpus() {
        assert!(finalize(&Document::new(&text)).is_none(), "{name}");
    }
}
