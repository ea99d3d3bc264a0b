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
    // Cited dates that are not the cited resolution's. Each differs from the
    // date of the United Nations' metadata or voting record (the catalog)
    // and from what the other official texts of the corpus cite.
    // `75/192 of 15 December 2020`: adopted on 16 December 2020 (metadata;
    // six other citations).
    ("A_HRC_RES_59_22.txt", 11, "citation-catalog-date"),
    // `67/1 of 19 September 2012`: the declaration of the high-level meeting
    // on the rule of law was adopted at that meeting, on 24 September 2012
    // (ten other citations); one crime-prevention text repeated each year.
    ("unxml/ga/A_RES_74_177.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_75_196.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_76_187.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_77_237.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_78_229.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_80_229.txt", 7, "citation-catalog-date"),
    // `72/256 of 24 December 2107`, for 2017.
    ("unxml/ga/A_RES_74_258.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_75_248.txt", 7, "citation-catalog-date"),
    ("unxml/ga/A_RES_78_248.txt", 7, "citation-catalog-date"),
    // `973 (X) of 15 December 1995`: the tenth session sat in 1955.
    ("unxml/ga/A_RES_74_285.txt", 49, "citation-catalog-date"),
    // `74/262 of 14 January 2020`: adopted on 27 December 2019 (metadata;
    // eight other citations).
    ("unxml/ga/A_RES_75_193.txt", 10, "citation-catalog-date"),
    // `68/32 of 10 December 2013`: voted on 5 December 2013 (eighteen other
    // citations).
    ("unxml/ga/A_RES_75_65.txt", 19, "citation-catalog-date"),
    // `74/54 of 19 December 2019` and `75/45 of 17 December 2020`: adopted
    // on 12 December 2019 and 7 December 2020 (metadata; eight and six
    // other citations); one disarmament text repeated each year.
    ("unxml/ga/A_RES_77_65.txt", 32, "citation-catalog-date"),
    ("unxml/ga/A_RES_78_53.txt", 32, "citation-catalog-date"),
    ("unxml/ga/A_RES_79_50.txt", 33, "citation-catalog-date"),
    ("unxml/ga/A_RES_80_24.txt", 33, "citation-catalog-date"),
    // `76/253 of 17 March 2022`: adopted on 15 March 2022 (metadata).
    ("unxml/ga/A_RES_78_279.txt", 11, "citation-catalog-date"),
    // `78/31 of 6 December 2023`: adopted on 4 December 2023 (metadata; two
    // other citations).
    ("unxml/ga/A_RES_79_57.txt", 19, "citation-catalog-date"),
    // `78/69 of 5 December 2024`, for 2023 (metadata; two other citations).
    ("unxml/ga/A_RES_80_110.txt", 402, "citation-catalog-date"),
    // `75/313 of 20 July 2021`: adopted on 29 July 2021 (metadata; two other
    // citations).
    ("unxml/ga/A_RES_80_132.txt", 8, "citation-catalog-date"),
    // `78/145 of 21 December 2023`: adopted on 19 December 2023 (metadata;
    // two other citations).
    ("unxml/ga/A_RES_80_134.txt", 7, "citation-catalog-date"),
    // Human Rights Council `54/5 of 10 October 2023`: adopted on 11 October
    // 2023 (the Council's metadata).
    ("unxml/ga/A_RES_80_190.txt", 18, "citation-catalog-date"),
    // `75/311 of 31 July 2021`: adopted on 23 July 2021 (metadata; eleven
    // other citations).
    ("unxml/ga/A_RES_80_227.txt", 9, "citation-catalog-date"),
    // `53/243 of 6 October 1999`: adopted on 13 September 1999, the last day
    // of the fifty-third session (three other citations); 6 October is the
    // day the document was issued.
    ("unxml/hrc/A_HRC_RES_55_17.txt", 9, "citation-catalog-date"),
    // Human Rights Council `54/13 of 13 October 2023`: adopted on 11 October
    // 2023 (the Council's metadata).
    ("unxml/hrc/A_HRC_RES_58_13.txt", 11, "citation-catalog-date"),
    // `78/205 of 22 December 2023`: adopted on 19 December 2023 (metadata;
    // four other citations).
    ("unxml/hrc/A_HRC_RES_59_12.txt", 6, "citation-catalog-date"),
    // `70/1 of 27 September 2015`: adopted on 25 September 2015 (443 other
    // citations).
    ("unxml/hrc/A_HRC_RES_59_17.txt", 10, "citation-catalog-date"),
    ("unxml/hrc/A_HRC_RES_59_7.txt", 25, "citation-catalog-date"),
    // Security Council `2709 (2023) of 14 November 2023`: adopted at its
    // 9476th meeting, on 15 November 2023 (its own text,
    // unxml/sc/S_RES_2709_2023.txt); the French text has the same date.
    ("parallel/A_RES_78_298/en.txt", 8, "citation-catalog-date"),
    // Dates and years outside the session or year of the number.
    // Human Rights Council `53/28 of 4 April 2023`: the fifty-third session
    // sat in June and July 2023 (the same list cites `53/29 of 14 July
    // 2023`); 4 April 2023 fell in the fifty-second.
    ("unxml/ga/A_RES_78_253.txt", 154, "citation-session-date"),
    // Security Council `2312 (2106)`, for 2016.
    ("unxml/sc/S_RES_2546_2020.txt", 13, "citation-session-date"),
    // `2161 (2015)`: resolution 2161 was adopted on 17 June 2014.
    ("unxml/sc/S_RES_2610_2021.txt", 31, "citation-session-date"),
    // `2195 (2015)`: resolution 2195 was adopted on 19 December 2014.
    ("unxml/sc/S_RES_2617_2021.txt", 6, "citation-session-date"),
    // `resolution 2140 (2140)`: the same text cites `2140 (2014)` ten times.
    ("unxml/sc/S_RES_2624_2022.txt", 54, "citation-session-date"),
    // `1989 (2001)`: resolution 1989 was adopted on 17 June 2011.
    ("unxml/sc/S_RES_2663_2022.txt", 50, "citation-session-date"),
    // `2650 (2023)`: resolution 2650 was adopted on 31 August 2022.
    ("unxml/sc/S_RES_2695_2023.txt", 6, "citation-session-date"),
    // `decision 75/561 of 16 April 2020`: the seventy-fifth session opened on
    // 15 September 2020; the French and Spanish texts carry the same date.
    ("parallel/A_RES_76_148/en.txt", 84, "citation-session-date"),
    // Quoted titles that are not the cited resolution's.
    // 74/137 quoted as `…for the total elimination of racism…`: the word
    // `total` entered the title with resolution 75/237.
    ("unxml/ga/A_RES_75_169.txt", 8, "citation-title"),
    // 75/291 quoted without the `The` its title opens with (two other
    // citations have it).
    ("unxml/ga/A_RES_76_16.txt", 51, "citation-title"),
    // 75/156 and 75/157 quoted with `COVID-19` for `the coronavirus disease
    // (COVID-19)` (seventeen and fourteen other citations quote it whole).
    ("unxml/ga/A_RES_76_87.txt", 25, "citation-title"),
    // 77/150 quoted as `…technologies for development`; its title ends `for
    // sustainable development`.
    ("unxml/ga/A_RES_77_282.txt", 26, "citation-title"),
    // 77/321 quoted with `Areas Beyond National Jurisdiction`; the
    // Agreement's title writes `beyond` (four other citations).
    ("unxml/ga/A_RES_78_159.txt", 29, "citation-title"),
    // 76/3 quoted as `The ‘Space 2030’ Agenda`; its title writes
    // `Space2030`.
    ("unxml/ga/A_RES_79_18.txt", 11, "citation-title"),
    // 79/1 quoted as `The Pact of the Future` (49 other citations: `for`).
    ("unxml/ga/A_RES_79_211.txt", 13, "citation-title"),
    ("unxml/ga/A_RES_80_142.txt", 14, "citation-title"),
];

/// Findings that come from the conversion of the UN's XML to text, not from
/// the adopted text (`unxml/README.md` lists the kinds): (file, 1-based
/// line, code).
const CONVERSION_FAULTS: &[(&str, u32, &str)] = &[];

fn listed(list: &[(&str, u32, &str)], name: &str, line: u32, code: &str) -> bool {
    list.iter()
        .any(|(file, l, c)| *file == name && *l == line && *c == code)
}

/// The errors and warnings of one text that are not listed, as printable
/// lines grouped by code, and how many listed entries it raised (an entry
/// counts once, however many findings of its code its line has).
fn unlisted_findings(text: &Text) -> (Vec<(&'static str, String)>, usize) {
    let document = Document::new(&text.text);
    let mut out = Vec::new();
    let mut listed_seen = std::collections::BTreeSet::new();
    for d in document.diagnostics() {
        if !matches!(d.severity, Severity::Error | Severity::Warning) {
            continue;
        }
        let line = d.range.start.line + 1;
        if listed(KNOWN_SLIPS, &text.name, line, d.code)
            || listed(CONVERSION_FAULTS, &text.name, line, d.code)
        {
            listed_seen.insert((line, d.code));
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
    (out, listed_seen.len())
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
