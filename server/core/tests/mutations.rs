//! Mutation tests: take adopted texts (which are clean), break them the way
//! drafters do, and require the right code on the right line and nothing
//! else.

use std::path::PathBuf;

use resolute_core::syntax::LineKind;
use resolute_core::{Document, Severity};

fn corpus_text(name: &str) -> String {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus")
        .join(name);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

/// Errors and warnings as (1-based line, code).
fn findings(text: &str) -> Vec<(u32, &'static str)> {
    let document = Document::new(text);
    let mut found: Vec<(u32, &'static str)> = document
        .diagnostics()
        .iter()
        .filter(|d| matches!(d.severity, Severity::Error | Severity::Warning))
        .map(|d| (d.range().start.line + 1, d.code))
        .collect();
    found.sort();
    found
}

fn lines(text: &str) -> Vec<String> {
    text.split('\n').map(str::to_string).collect()
}

/// 1-based line of the numbered paragraph `number` of the resolution itself.
fn paragraph_line(text: &str, number: u32) -> u32 {
    let document = Document::new(text);
    let model = document.model();
    let index = (model.paragraphs.iter())
        .position(|p| p.region == 0 && p.number == number)
        .unwrap_or_else(|| panic!("no paragraph {number}"));
    model.paragraph_line(index) + 1
}

const TEXTS: &[&str] = &[
    "A_RES_78_10.txt",
    "A_RES_79_9.txt",
    "A_RES_ES-11_1.txt",
    "A_HRC_RES_54_18.txt",
    "S_RES_2505_2020.txt",
];

#[test]
fn the_originals_are_clean() {
    for name in TEXTS {
        assert_eq!(findings(&corpus_text(name)), vec![], "{name}");
    }
}

#[test]
fn dropping_a_paragraph() {
    for name in TEXTS {
        let text = corpus_text(name);
        let line = paragraph_line(&text, 3);
        let mut broken = lines(&text);
        broken.remove(line as usize - 1);
        let broken = broken.join("\n");
        // Paragraph 4 now follows paragraph 2, on the line paragraph 3 had.
        assert_eq!(
            findings(&broken),
            vec![(line, "operative-numbering")],
            "{name}"
        );
    }
}

#[test]
fn retyping_a_number() {
    for name in TEXTS {
        let text = corpus_text(name);
        let line = paragraph_line(&text, 4);
        let mut broken = lines(&text);
        broken[line as usize - 1] = broken[line as usize - 1].replacen("4.", "5.", 1);
        assert_eq!(
            findings(&broken.join("\n")),
            vec![(line, "operative-numbering")],
            "{name}"
        );
    }
}

#[test]
fn deleting_a_footnote_text() {
    let text = corpus_text("A_RES_78_10.txt");
    let broken: Vec<String> = lines(&text)
        .into_iter()
        .filter(|l| !l.starts_with("3 Resolution 70/1."))
        .collect();
    let marker_line = lines(&text)
        .iter()
        .position(|l| l.contains("Development,3 sport"))
        .unwrap() as u32
        + 1;
    assert_eq!(
        findings(&broken.join("\n")),
        vec![(marker_line, "footnote-missing")]
    );
}

#[test]
fn adding_a_stray_marker() {
    for name in ["A_RES_78_10.txt", "A_RES_79_9.txt", "A_HRC_RES_54_18.txt"] {
        let text = corpus_text(name);
        let line = paragraph_line(&text, 2);
        let mut broken = lines(&text);
        broken[line as usize - 1] =
            broken[line as usize - 1].replacen(" the ", " the Conference99 ", 1);
        assert_eq!(
            findings(&broken.join("\n")),
            vec![(line, "footnote-missing")],
            "{name}"
        );
    }
}

#[test]
fn moving_a_date_out_of_its_session() {
    let text = corpus_text("A_RES_78_10.txt");
    let original = "resolution 76/13 of 2 December 2021";
    let line = lines(&text)
        .iter()
        .position(|l| l.contains(original))
        .unwrap() as u32
        + 1;
    // The catalog knows 76/13, so the finding names its date.
    let broken = text.replacen(original, "resolution 76/13 of 2 December 2023", 1);
    assert_eq!(findings(&broken), vec![(line, "citation-catalog-date")]);
    let sc = corpus_text("S_RES_2505_2020.txt");
    let line = lines(&sc)
        .iter()
        .position(|l| l.contains("2014 (2011)"))
        .unwrap() as u32
        + 1;
    let broken = sc.replacen("2014 (2011)", "2014 (2012)", 1);
    assert_eq!(findings(&broken), vec![(line, "citation-session-date")]);
}

#[test]
fn making_a_date_impossible() {
    let text = corpus_text("A_RES_78_10.txt");
    let original = "resolution 48/11 of 25 October 1993";
    let line = lines(&text)
        .iter()
        .position(|l| l.contains(original))
        .unwrap() as u32
        + 1;
    let broken = text.replacen(original, "resolution 48/11 of 31 September 1993", 1);
    assert_eq!(findings(&broken), vec![(line, "citation-malformed")]);
}

#[test]
fn citing_paragraph_99() {
    for name in TEXTS {
        let text = corpus_text(name);
        let line = paragraph_line(&text, 2);
        let mut broken = lines(&text);
        let target = &mut broken[line as usize - 1];
        let end = target.trim_end().len() - 1;
        target.insert_str(end, ", as set out in paragraph 99 above");
        assert_eq!(
            findings(&broken.join("\n")),
            vec![(line, "paragraph-reference")],
            "{name}"
        );
    }
}

#[test]
fn a_footnote_text_is_not_a_paragraph() {
    // Guards the mutations above: footnote lines parse as footnote texts.
    let document = Document::new(&corpus_text("A_RES_78_10.txt"));
    let texts = document
        .lines()
        .iter()
        .filter(|l| matches!(l.kind, LineKind::FootnoteText { .. }))
        .count();
    assert_eq!(texts, 6);
}
