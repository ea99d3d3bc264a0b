//! The corpus test: every real adopted resolution under `shared/corpus` (the
//! 90 curated texts, the 2,321 of `unxml/` and the English versions of
//! `parallel/`) must raise no error and no warning, except the real slips of
//! the official texts and the known faults of their conversion listed
//! below, each with its evidence.

mod support;

use std::collections::BTreeMap;

use resolute_core::{Document, Severity};
use support::corpus::{self, par_map, Text};

/// Findings on adopted texts that are real slips of the text as stored, each
/// with its evidence: (file under `shared/corpus`, 1-based line, code).
const KNOWN_SLIPS: &[(&str, u32, &str)] = &[
    // S/RES/83 (1950) comes from hand-revised OCR (corpus README). Its two
    // footnote indicators were read as separate words, `Korea 11 that` and
    // `Yugoslavia) 12`, so the texts of footnotes 11 and 12 have no glued
    // marker. The printed resolution has superscripts there.
    ("S_RES_83_1950.txt", 13, "footnote-unused"),
    ("S_RES_83_1950.txt", 14, "footnote-unused"),
    // A/RES/76/72 ends its second preambular paragraph (`Recalling, in this
    // regard, resolution 72/249 … and decision 75/570 of 22 June 2021;`)
    // with a semicolon; its 57 other preambular paragraphs end with a comma,
    // as the Editorial Manual requires.
    ("A_RES_76_72.txt", 8, "paragraph-punctuation"),
    // S/RES/1445 (2002) is hand-revised OCR (corpus README): paragraph 18
    // ends `…the Ituri area,` where its other non-final paragraphs end
    // with a semicolon (or a colon before subparagraphs).
    ("S_RES_1445_2002.txt", 37, "paragraph-punctuation"),
];

/// Findings that come from the conversion of the UN's XML to text, not from
/// the adopted text (`unxml/README.md` lists the kinds): (file, 1-based
/// line, code).
const CONVERSION_FAULTS: &[(&str, u32, &str)] = &[
    // A footnote marker attached to a part letter (`B`) is dropped: these
    // texts of part B keep the footnote on their part letter
    // (`1 Resolution 74/249, in section VI of the Official Records …, becomes
    // resolution 74/249 A.`) but not its marker.
    ("unxml/ga/A_RES_74_232_B.txt", 17, "footnote-unused"),
    ("unxml/ga/A_RES_74_249_B.txt", 19, "footnote-unused"),
    ("unxml/ga/A_RES_74_254_B.txt", 19, "footnote-unused"),
    ("unxml/ga/A_RES_74_260_B.txt", 25, "footnote-unused"),
    ("unxml/ga/A_RES_74_261_B.txt", 20, "footnote-unused"),
    ("unxml/ga/A_RES_75_242_B.txt", 25, "footnote-unused"),
    ("unxml/ga/A_RES_75_245_B.txt", 28, "footnote-unused"),
    ("unxml/ga/A_RES_75_250_B.txt", 75, "footnote-unused"),
    ("unxml/ga/A_RES_75_251_B.txt", 21, "footnote-unused"),
    ("unxml/ga/A_RES_75_257_B.txt", 55, "footnote-unused"),
    ("unxml/ga/A_RES_76_235_B.txt", 24, "footnote-unused"),
    ("unxml/ga/A_RES_76_244_B.txt", 29, "footnote-unused"),
    ("unxml/ga/A_RES_76_246_B.txt", 40, "footnote-unused"),
    ("unxml/ga/A_RES_77_253_B.txt", 28, "footnote-unused"),
    ("unxml/ga/A_RES_77_263_B.txt", 47, "footnote-unused"),
    ("unxml/ga/A_RES_77_291_B.txt", 42, "footnote-unused"),
    ("unxml/ga/A_RES_77_292_B.txt", 44, "footnote-unused"),
    ("unxml/ga/A_RES_79_245_B.txt", 22, "footnote-unused"),
    ("unxml/ga/A_RES_79_258_B.txt", 67, "footnote-unused"),
];

fn listed(list: &[(&str, u32, &str)], name: &str, line: u32, code: &str) -> bool {
    list.iter()
        .any(|(file, l, c)| *file == name && *l == line && *c == code)
}

/// The errors and warnings of one text that are not listed, as printable
/// lines grouped by code, and how many listed ones it raised.
fn unlisted_findings(text: &Text) -> (Vec<(&'static str, String)>, usize) {
    let document = Document::new(&text.text);
    let mut out = Vec::new();
    let mut listed_seen = 0;
    for d in document.diagnostics() {
        if !matches!(d.severity, Severity::Error | Severity::Warning) {
            continue;
        }
        let line = d.range.start.line + 1;
        if listed(KNOWN_SLIPS, &text.name, line, d.code)
            || listed(CONVERSION_FAULTS, &text.name, line, d.code)
        {
            listed_seen += 1;
            continue;
        }
        let source = document.line_text(d.range.start.line);
        let excerpt: String = source.trim_start().chars().take(110).collect();
        out.push((
            d.code,
            format!(
                "{}:{}:{}: {}[{}] {}\n    {}",
                text.name,
                line,
                d.range.start.col + 1,
                d.severity.as_str(),
                d.code,
                d.message,
                excerpt
            ),
        ));
    }
    (out, listed_seen)
}

/// The footnote findings alone (`footnote-*`), with the same lists: the
/// footnote resolver's part of the test above, which the other rules' work
/// in progress does not hide.
#[test]
fn adopted_resolutions_raise_no_footnote_finding() {
    let texts = corpus::english();
    let results = par_map(&texts, unlisted_findings);
    let found: Vec<String> = results
        .into_iter()
        .flat_map(|(found, _)| found)
        .filter(|(code, _)| code.starts_with("footnote-"))
        .map(|(_, line)| line)
        .collect();
    assert!(
        found.is_empty(),
        "{} footnote findings on adopted texts:\n{}",
        found.len(),
        found.join("\n")
    );
}

#[test]
fn adopted_resolutions_raise_no_error_and_no_warning() {
    let texts = corpus::english();
    assert!(
        texts.len() >= 90 + 2321 + 60,
        "the corpus holds the 90, unxml/ and parallel/: found {} texts",
        texts.len()
    );
    let results = par_map(&texts, unlisted_findings);
    let mut by_code: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    let mut listed_seen = 0;
    for (found, seen) in results {
        listed_seen += seen;
        for (code, line) in found {
            by_code.entry(code).or_default().push(line);
        }
    }
    assert_eq!(
        listed_seen,
        KNOWN_SLIPS.len() + CONVERSION_FAULTS.len(),
        "a listed slip or conversion fault is no longer reported: update the lists"
    );
    if by_code.is_empty() {
        return;
    }
    let total: usize = by_code.values().map(Vec::len).sum();
    let mut report = format!("{total} findings on adopted texts:\n");
    for (code, lines) in &by_code {
        report.push_str(&format!("== {code}: {}\n", lines.len()));
        for line in lines {
            report.push_str(line);
            report.push('\n');
        }
    }
    panic!("{report}");
}
