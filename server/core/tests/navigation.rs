//! Navigation over the whole corpus and over arbitrary text: definitions,
//! references, highlights, folding, selection ranges, semantic tokens and
//! inlay hints answer at every position without panicking, and their answers
//! are consistent (tokens ordered and inside their line, folds inside the
//! text, selection ranges nested, a marker's definition is its footnote).

use std::path::PathBuf;

use proptest::prelude::*;
use resolute_core::ide::{self, HighlightKind};
use resolute_core::syntax::LineKind;
use resolute_core::{Document, Pos};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("shared/corpus must be next to the repository")
        .map(|e| e.expect("readable directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).expect("UTF-8"))
        })
        .collect()
}

/// Checks every feature on `document` at the markers and references of each
/// line, its body's start and, with `spread`, at more columns.
fn check_everything(name: &str, document: &Document, spread: bool) {
    let lines = document.lines();
    let tokens = ide::semantic_tokens(document, None);
    for pair in tokens.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        assert!(
            (a.line, a.end) <= (b.line, b.start),
            "{name}: overlapping tokens {a:?} {b:?}"
        );
    }
    for token in &tokens {
        let text = document.line_text(token.line);
        assert!(token.start < token.end, "{name}: empty token {token:?}");
        assert!(
            text.get(token.start as usize..token.end as usize).is_some(),
            "{name}: token off the text {token:?}"
        );
    }
    for fold in ide::folding_ranges(document) {
        assert!(
            fold.start < fold.end && (fold.end as usize) < lines.len(),
            "{name}: {fold:?}"
        );
    }
    let _ = ide::inlay_hints(document, document.catalog(), 0..u32::MAX);
    for (index, line) in lines.iter().enumerate() {
        let index = index as u32;
        let mut columns = vec![line.body.start];
        if spread {
            columns.extend([0, line.len / 2, line.len, line.len + 5]);
        }
        columns.extend(line.markers().iter().map(|m| m.span.start));
        columns.extend(line.references().iter().map(|r| r.span.start));
        for col in columns {
            let pos = Pos::new(index, col);
            let chain = ide::selection_ranges(document, pos);
            assert!(!chain.is_empty(), "{name}: no selection at {pos:?}");
            for pair in chain.windows(2) {
                assert!(
                    pair[1].start <= pair[0].start && pair[0].end <= pair[1].end,
                    "{name}: selection ranges not nested at {pos:?}: {chain:?}"
                );
            }
            let definitions = ide::local_definition(document, pos);
            let references = ide::references(document, pos, true);
            for definition in &definitions {
                assert!(
                    references.contains(definition),
                    "{name}: the definition {definition:?} is not among the references at {pos:?}"
                );
            }
            let highlights = ide::highlights(document, pos);
            assert_eq!(highlights.len(), references.len(), "{name} at {pos:?}");
            for definition in &definitions {
                assert!(
                    highlights
                        .iter()
                        .any(|h| h.range == *definition && h.kind == HighlightKind::Write),
                    "{name}: the definition {definition:?} is not highlighted at {pos:?}"
                );
            }
        }
        // Every marker the resolver accepted whose footnote has a text in
        // its resolution leads to it.
        let footnotes = document.footnotes();
        for marker in footnotes.markers_on(index) {
            let exists = footnotes.text_of(marker.scope, marker.number).is_some();
            let span = footnotes.span(lines, marker);
            let definitions = ide::local_definition(document, Pos::new(index, span.start));
            assert_eq!(
                !definitions.is_empty(),
                exists,
                "{name}: marker {marker:?} on line {index}"
            );
            for target in definitions {
                assert!(matches!(
                    lines[target.start.line as usize].kind,
                    LineKind::FootnoteText { number, .. } if number == marker.number
                ));
            }
        }
    }
    // Past the end of the text.
    let after = Pos::new(lines.len() as u32 + 3, 7);
    assert!(!ide::selection_ranges(document, after).is_empty());
    assert!(ide::local_definition(document, after).is_empty());
    assert!(ide::references(document, after, true).is_empty());
}

#[test]
fn the_corpus() {
    let texts = corpus();
    assert!(!texts.is_empty());
    let mut followed = 0;
    for (name, text) in &texts {
        let document = Document::new(text);
        check_everything(name, &document, false);
        // Every internal reference of an adopted text resolves.
        for (index, line) in document.lines().iter().enumerate() {
            for reference in line.references() {
                let pos = Pos::new(index as u32, reference.span.start);
                if !ide::local_definition(&document, pos).is_empty() {
                    followed += 1;
                }
            }
        }
    }
    assert!(followed > 10, "only {followed} references followed");
}

fn fragment() -> impl Strategy<Value = &'static str> {
    prop::sample::select(vec![
        "\tThe General Assembly,\n",
        "\tRecalling its resolution 67/264,1\n",
        "\t1.\tDecides:\n",
        "\t\t(a)\tto act on paragraph 1 above;\n",
        "\t\t\t(i)\tsubparagraph (a) of paragraph 2 below\n",
        "\t2.\tRecalls paragraphs 1 to 3 of the present resolution.\n",
        "PP1\t[Noting [A/67/280-S/2012/614]\n",
        "OP 2 bis\t]Urges[\n",
        "Annex\n",
        "1 Resolution 60/1.\n",
        "مرحبا 中文 😀,2\n",
        "[^3]: note\n",
        "\n",
        "\r\n",
        "1.",
        "(",
        "[",
        "¹",
        "😀",
    ])
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_drafts(parts in prop::collection::vec(fragment(), 0..14)) {
        let text: String = parts.concat();
        check_everything("generated", &Document::new(&text), true);
    }
}
