//! Export artefacts are never structure: a resolution as the UN's document
//! system exports it to text (the ODS header and trailer glued together as
//! PDF text comes out, job numbers, bar codes, running heads with the
//! symbol and the title, page numbers) has the same outline, folds,
//! figures, semantic tokens, completions and findings as the same text
//! without them.

use resolute_core::ide::stats::stats;
use resolute_core::ide::{completion, folding_ranges, outline, semantic_tokens, OutlineItem};
use resolute_core::syntax::LineKind;
use resolute_core::{Document, Pos};

/// The lines of the text itself.
const TEXT: &[&str] = &[
    "Resolution adopted by the General Assembly on 17 May 2013",
    "[without reference to a Main Committee (A/67/L.65)]",
    "67/264.\tRole of the General Assembly in development",
    "\tThe General Assembly,",
    "\tRecalling its resolution 60/1 of 16 September 2005,1",
    "\tNoting the report of the Secretary-General,2",
    "\t1.\tRequests the Secretary-General to report;",
    // Being typed: completion offers the openings.
    "\t2.\t",
    "\t3.\tDecides to remain seized of the matter.",
    "",
    "1 Resolution 60/1.",
    "2 A/67/280.",
];

/// The export's artefacts, and the line of `TEXT` each goes before.
const ARTEFACTS: &[(usize, &str)] = &[
    (
        0,
        "United NationsA/RES/67/264General AssemblyDistr.: General",
    ),
    (0, "16 August 2013Sixty-seventh session"),
    (0, "12-49444"),
    (6, "12-49444"),
    (6, "2/3"),
    (6, "A/RES/67/264Role of the General Assembly in development"),
    (7, "Role of the General Assembly in developmentA/RES/67/264"),
    (7, "3/3"),
    (12, "12-49444"),
    (12, "*1249444*Please recycle"),
];

fn exported() -> (String, Vec<usize>) {
    let mut lines: Vec<&str> = Vec::new();
    let mut artefact_lines = Vec::new();
    for (index, line) in TEXT.iter().chain([&""]).enumerate() {
        for (before, artefact) in ARTEFACTS {
            if *before == index {
                artefact_lines.push(lines.len());
                lines.push(artefact);
            }
        }
        if index < TEXT.len() {
            lines.push(line);
        }
    }
    (lines.join("\n"), artefact_lines)
}

/// The line of `TEXT` that line `line` of the export is.
fn text_line(artefacts: &[usize], line: u32) -> u32 {
    line - artefacts.iter().filter(|&&a| a < line as usize).count() as u32
}

/// The outline without ranges, as (kind, name) trees.
fn shape(items: &[OutlineItem]) -> Vec<String> {
    items
        .iter()
        .map(|i| format!("{:?} {} {:?}", i.kind, i.name, shape(&i.children)))
        .collect()
}

#[test]
fn the_export_reads_like_the_text() {
    let clean_text = TEXT.join("\n") + "\n";
    let (export, artefacts) = exported();
    let clean = Document::new(&clean_text);
    let document = Document::new(&export);
    for &line in &artefacts {
        assert_eq!(
            document.lines()[line].kind,
            LineKind::Artefact,
            "{:?}",
            document.line_text(line as u32)
        );
    }
    // The outline, the figures and the findings.
    assert_eq!(shape(&outline(&document)), shape(&outline(&clean)));
    assert_eq!(stats(&document), stats(&clean));
    let findings = |d: &Document, moved: &dyn Fn(u32) -> u32| {
        d.diagnostics()
            .iter()
            .map(|x| (moved(x.range().start.line), x.code))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        findings(&document, &|l| text_line(&artefacts, l)),
        findings(&clean, &|l| l)
    );
    // Folds start on the text's lines, and are the same folds.
    let folds: Vec<(u32, u32)> = folding_ranges(&document)
        .iter()
        .map(|f| {
            assert!(!artefacts.contains(&(f.start as usize)), "{f:?}");
            (text_line(&artefacts, f.start), f.kind as u32)
        })
        .collect();
    let clean_folds: Vec<(u32, u32)> = folding_ranges(&clean)
        .iter()
        .map(|f| (f.start, f.kind as u32))
        .collect();
    assert_eq!(folds, clean_folds);
    // No token on an artefact, and the same tokens elsewhere.
    let tokens: Vec<_> = semantic_tokens(&document, None)
        .into_iter()
        .map(|t| {
            assert!(!artefacts.contains(&(t.line as usize)), "{t:?}");
            (text_line(&artefacts, t.line), t.start, t.end, t.kind)
        })
        .collect();
    let clean_tokens: Vec<_> = semantic_tokens(&clean, None)
        .into_iter()
        .map(|t| (t.line, t.start, t.end, t.kind))
        .collect();
    assert_eq!(tokens, clean_tokens);
    // Completion at the start of paragraph 2, after a page break: the
    // repeated opening comes first, as in the text.
    let at = |d: &Document, line: u32| {
        completion(d, d.catalog(), Pos::new(line, 4))
            .into_iter()
            .map(|c| c.label)
            .take(5)
            .collect::<Vec<_>>()
    };
    let paragraph_2 = (0..document.lines().len() as u32)
        .find(|&l| document.line_text(l).starts_with("\t2.\t"))
        .unwrap();
    let labels = at(&document, paragraph_2);
    assert_eq!(labels, at(&clean, 7));
    assert_eq!(labels.first().map(String::as_str), Some("Also requests"));
}
