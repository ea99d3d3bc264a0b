//! "Renumber footnotes" on every English adopted text of the corpus: it
//! changes nothing on a text without a footnote finding; it restores a text
//! whose footnote numbers were shuffled (markers and texts together); and
//! the quick fix of `footnote-duplicate` gives a second text with an existing
//! number a number of its own, changing nothing else.

mod support;

use resolute_core::diagnostic::apply_edits;
use resolute_core::ide::actions::actions;
use resolute_core::syntax::{LineKind, Sureness};
use resolute_core::{Document, Range, TextEdit};
use support::corpus::{self, par_map, Text};

/// The text after the action `id`, if the document offers it.
fn after_action(text: &str, id: &str, at: Range) -> Option<String> {
    let document = Document::new(text);
    let found = actions(&document, document.catalog(), at);
    let action = found.iter().find(|a| a.id == id)?;
    Some(apply_edits(text, &action.edits))
}

fn renumbered(text: &str) -> Option<String> {
    after_action(text, "source.renumberFootnotes", Range::on_line(0, 0, 0))
}

fn has_footnote_finding(document: &Document) -> bool {
    document
        .diagnostics()
        .iter()
        .any(|d| d.code.starts_with("footnote-"))
}

/// `written` (a marker or label as it stands) with the number `new`, in its
/// style: `3`, `³`, `[^3]`, `[^3]:`.
fn restyle(written: &str, new: u32) -> String {
    const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];
    if let Some(rest) = written.strip_prefix("[^") {
        let tail = rest.trim_start_matches(|c: char| c.is_ascii_digit());
        format!("[^{new}{tail}")
    } else if written.starts_with(|c: char| c.is_ascii_digit()) {
        new.to_string()
    } else {
        new.to_string()
            .bytes()
            .map(|b| SUPERSCRIPTS[(b - b'0') as usize])
            .collect()
    }
}

#[test]
fn renumbering_changes_no_adopted_text_without_a_footnote_finding() {
    let texts = corpus::english();
    let results = par_map(&texts, |text: &Text| {
        let document = Document::new(&text.text);
        if has_footnote_finding(&document) {
            return None;
        }
        Some(renumbered(&text.text).map(|_| text.name.clone()))
    });
    let checked = results.iter().filter(|r| r.is_some()).count();
    let changed: Vec<String> = results.into_iter().flatten().flatten().collect();
    assert!(checked > 2400, "only {checked} texts checked");
    assert!(
        changed.is_empty(),
        "renumbering would change {} adopted texts: {changed:?}",
        changed.len()
    );
}

/// The text with its footnote numbers shuffled: every marker the resolver
/// accepted and every footnote label get the number the permutation gives,
/// each in its style. `None` when the text has fewer than two footnotes, or
/// a marker that only the order of first citation makes one (shuffled, the
/// order no longer shows it).
fn shuffled(text: &Text) -> Option<String> {
    let document = Document::new(&text.text);
    let footnotes = document.footnotes();
    if has_footnote_finding(&document) || footnotes.scopes.len() != 1 {
        return None;
    }
    let lines = document.lines();
    let certain = footnotes.markers.iter().all(|m| {
        lines[footnotes.marker_line(m) as usize].markers()[m.reading as usize]
            .kind
            .sureness()
            == Sureness::Certain
    });
    let mut numbers: Vec<u32> = footnotes.texts.iter().map(|t| t.number).collect();
    if !certain || numbers.len() < 2 {
        return None;
    }
    let original = numbers.clone();
    let mut rng = fastrand::Rng::with_seed(text.name.bytes().map(u64::from).sum());
    while numbers == original {
        rng.shuffle(&mut numbers);
    }
    let new = |old: u32| {
        original
            .iter()
            .position(|&n| n == old)
            .map_or(old, |i| numbers[i])
    };
    let mut edits = Vec::new();
    for marker in &footnotes.markers {
        let span = footnotes.span(lines, marker);
        let line = document.line_text(footnotes.marker_line(marker));
        let written = &line[span.start as usize..span.end as usize];
        edits.push(TextEdit::new(
            Range::on_line(footnotes.marker_line(marker), span.start, span.end),
            restyle(written, new(marker.number)),
        ));
    }
    for footnote in &footnotes.texts {
        if let LineKind::FootnoteText { number, label } =
            lines[footnotes.text_line(footnote) as usize].kind
        {
            let line = document.line_text(footnotes.text_line(footnote));
            let written = &line[label.start as usize..label.end as usize];
            edits.push(TextEdit::new(
                Range::on_line(footnotes.text_line(footnote), label.start, label.end),
                restyle(written, new(number)),
            ));
        }
    }
    Some(apply_edits(&text.text, &edits))
}

#[test]
fn renumbering_restores_adopted_texts_whose_footnotes_were_shuffled() {
    let texts = corpus::english();
    let results = par_map(&texts, |text: &Text| {
        let broken = shuffled(text)?;
        let restored = renumbered(&broken);
        Some((
            text.name.clone(),
            restored.as_deref() == Some(text.text.as_str()),
        ))
    });
    let tried: Vec<&(String, bool)> = results.iter().flatten().collect();
    let failed: Vec<&String> = tried.iter().filter(|(_, ok)| !ok).map(|(n, _)| n).collect();
    assert!(tried.len() > 1500, "only {} texts shuffled", tried.len());
    assert!(
        failed.is_empty(),
        "{} of {} shuffled texts not restored: {failed:?}",
        failed.len(),
        tried.len()
    );
}

#[test]
fn the_fix_of_a_duplicate_number_gives_the_later_text_its_own() {
    let texts = corpus::english();
    let results = par_map(&texts, |text: &Text| {
        let document = Document::new(&text.text);
        let footnotes = document.footnotes();
        if has_footnote_finding(&document) || footnotes.scopes.len() != 1 {
            return None;
        }
        let last = footnotes.texts.last()?;
        let highest = footnotes.texts.iter().map(|t| t.number).max()?;
        let number = footnotes.texts[text.text.len() % footnotes.texts.len()].number;
        let mut lines: Vec<&str> = text.text.split('\n').collect();
        let at = footnotes.text_line(last) as usize + 1;
        let added = format!("{number} See A/80/999.");
        lines.insert(at, &added);
        let broken = lines.join("\n");
        let fixed = after_action(
            &broken,
            "quickfix.renumberFootnotes",
            Range::on_line(at as u32, 0, 0),
        );
        let expected = format!("{} See A/80/999.", highest + 1);
        lines[at] = &expected;
        Some((
            text.name.clone(),
            fixed.as_deref() == Some(lines.join("\n").as_str()),
        ))
    });
    let tried: Vec<&(String, bool)> = results.iter().flatten().collect();
    let failed: Vec<&String> = tried.iter().filter(|(_, ok)| !ok).map(|(n, _)| n).collect();
    assert!(tried.len() > 1500, "only {} texts tried", tried.len());
    assert!(
        failed.is_empty(),
        "{} of {} texts not fixed as expected: {failed:?}",
        failed.len(),
        tried.len()
    );
}
