//! Fuzz target for the analysis core: any text, then a few edits.
//!
//! Checks, for every input: nothing panics; every range the core reports
//! (diagnostics and their fixes, the outline, hovers, completions) lies
//! inside the text, on character boundaries, start before end; positions
//! survive the round trip to editor columns and back; after the edits, the
//! document's text equals the same edits applied to a bare rope, and its
//! analysis equals a fresh analysis of that text. Hangs are caught by
//! libFuzzer's `-timeout`.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use resolute_core::ide::{self, OutlineItem};
use resolute_core::{apply_change_to_rope, Change, Document, Encoding, LineCol, Pos, Range, Rope};

#[derive(Debug, Arbitrary)]
struct Input {
    text: String,
    encoding: u8,
    edits: Vec<Edit>,
    probes: Vec<(u8, u16)>,
}

#[derive(Debug, Arbitrary)]
struct Edit {
    start: (u8, u16),
    end: (u8, u16),
    whole: bool,
    text: String,
}

fn line_col((line, character): (u8, u16)) -> LineCol {
    // Mostly near the text, sometimes far past it.
    let line = if line == u8::MAX {
        u32::MAX
    } else {
        u32::from(line)
    };
    let character = if character == u16::MAX {
        u32::MAX
    } else {
        u32::from(character)
    };
    LineCol { line, character }
}

fn check_pos(document: &Document, pos: Pos, what: &str) {
    let line = document.line_text(pos.line);
    assert!(
        (pos.line as usize) < document.lines().len(),
        "{what}: line {} of {}",
        pos.line,
        document.lines().len()
    );
    assert!(
        (pos.col as usize) <= line.len(),
        "{what}: column {} of a line of {} bytes",
        pos.col,
        line.len()
    );
    assert!(
        line.is_char_boundary(pos.col as usize),
        "{what}: column {} inside a character",
        pos.col
    );
    for encoding in [Encoding::Utf8, Encoding::Utf16, Encoding::Utf32] {
        let back = document.to_pos(document.to_line_col(pos, encoding), encoding);
        assert_eq!(back, pos, "{what}: round trip through {encoding:?}");
    }
}

fn check_range(document: &Document, range: Range, what: &str) {
    check_pos(document, range.start, what);
    check_pos(document, range.end, what);
    assert!(
        range.start <= range.end,
        "{what}: {range:?} ends before it starts"
    );
}

fn check_outline(document: &Document, items: &[OutlineItem]) {
    for item in items {
        check_range(document, item.range, "outline range");
        check_range(document, item.selection, "outline selection");
        check_outline(document, &item.children);
    }
}

fn check_document(document: &Document, probes: &[(u8, u16)], encoding: Encoding) {
    for diagnostic in document.diagnostics() {
        check_range(document, diagnostic.range(), diagnostic.code);
        for fix in diagnostic.fixes().iter() {
            for edit in &fix.edits {
                check_range(document, edit.range, "fix edit");
            }
        }
    }
    check_outline(document, &ide::outline(document));
    for &probe in probes.iter().take(8) {
        let pos = document.to_pos(line_col(probe), encoding);
        check_pos(document, pos, "converted position");
        if let Some(hover) = ide::hover(document, document.catalog(), pos) {
            check_range(document, hover.range, "hover");
        }
        for item in ide::completion(document, document.catalog(), pos) {
            check_range(document, item.replace, "completion");
        }
    }
}

fuzz_target!(|input: Input| {
    let encoding = match input.encoding % 3 {
        0 => Encoding::Utf16,
        1 => Encoding::Utf8,
        _ => Encoding::Utf32,
    };
    let mut document = Document::new(&input.text);
    check_document(&document, &input.probes, encoding);

    let changes: Vec<Change> = input
        .edits
        .iter()
        .take(8)
        .map(|edit| Change {
            range: (!edit.whole).then(|| (line_col(edit.start), line_col(edit.end))),
            text: edit.text.clone(),
        })
        .collect();
    if changes.is_empty() {
        return;
    }
    let mut rope = Rope::from_str(&input.text);
    for change in &changes {
        apply_change_to_rope(&mut rope, change, encoding);
    }
    document.apply_changes(&changes, encoding);
    let text = document.text();
    assert_eq!(
        text,
        rope.to_string(),
        "the document's text differs from the rope's"
    );
    check_document(&document, &input.probes, encoding);
    let fresh = Document::new(&text);
    assert_eq!(
        document.lines(),
        fresh.lines(),
        "incremental and fresh line syntax differ"
    );
    assert_eq!(
        document.model(),
        fresh.model(),
        "incremental and fresh models differ"
    );
    assert_eq!(
        document.diagnostics(),
        fresh.diagnostics(),
        "incremental and fresh diagnostics differ"
    );
});
