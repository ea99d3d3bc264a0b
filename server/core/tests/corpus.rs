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
    // A/RES/76/256 numbers its first operative paragraph with the letter l:
    // the UN's XML has `<num>l.</num>` (UNxml/GAresolutions,
    // 76session/English/A_RES_76_256-2204678E.xml), then `2.`. Read as a
    // subparagraph (l) opening a list, and paragraph 2 with no 1 before it.
    ("unxml/ga/A_RES_76_256.txt", 18, "subparagraph-numbering"),
    ("unxml/ga/A_RES_76_256.txt", 19, "operative-numbering"),
    // A/RES/77/248 as stored writes paragraph 232 `232 .Recognizes …` (the
    // space before the full stop, no tab): no label, so 233 follows 231.
    ("unxml/ga/A_RES_77_248.txt", 320, "operative-numbering"),
];

/// Findings that come from the conversion of the UN's XML to text, not from
/// the adopted text (`unxml/README.md` lists the kinds): (file, 1-based
/// line, code).
const CONVERSION_FAULTS: &[(&str, u32, &str)] = &[
    // A paragraph whose number the XML does not mark up comes out as
    // `<TAB>3 Calls upon …` (unxml/README.md), a footnote text to the
    // reader: the next paragraph follows a gap.
    ("unxml/ga/A_RES_75_68.txt", 21, "operative-numbering"),
    ("unxml/ga/A_RES_79_160.txt", 54, "operative-numbering"),
    ("unxml/ga/A_RES_80_167.txt", 27, "operative-numbering"),
    ("unxml/hrc/A_HRC_RES_54_27.txt", 33, "operative-numbering"),
    ("unxml/hrc/A_HRC_RES_59_2.txt", 67, "operative-numbering"),
    ("unxml/hrc/A_HRC_RES_59_2.txt", 70, "operative-numbering"),
    // A/RES/80/116 as converted goes from the preamble to a footnote text
    // without its number (`A/80/502.`) and to the items (i)–(vi) of a
    // subparagraph (a) that is not there: the paragraph that held them was
    // lost, and `(b)` follows (vi).
    ("unxml/ga/A_RES_80_116.txt", 26, "subparagraph-numbering"),
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
