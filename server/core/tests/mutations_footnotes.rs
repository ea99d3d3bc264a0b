//! Footnote mistakes over the whole corpus: every English adopted text,
//! broken one mistake at a time the way drafters break footnotes, must get
//! the expected finding on the expected line and no other new error or
//! warning (at least 98% of the broken copies of each kind). The table of
//! each kind is printed (`cargo test --test mutations_footnotes --
//! --nocapture`; `MUTATION_MISSES=N` shows N misses per kind).
//!
//! Where a mistake goes is drawn from the footnotes the resolver found in
//! the original ([`resolute_core::footnotes`]), so every mistake is one a
//! reader of the text would see.

mod support;

use resolute_core::footnotes::{FootnoteMarker, FootnoteText};
use resolute_core::syntax::date::{Date, MONTHS};
use support::corpus;
use support::mutate::{assert_caught, Kind, Mutant, Original};

/// Picks one of `items`.
fn pick<'a, T>(items: &'a [T], rng: &mut fastrand::Rng) -> Option<&'a T> {
    if items.is_empty() {
        None
    } else {
        Some(&items[rng.usize(..items.len())])
    }
}

/// The texts of the original that are no duplicate, with their markers.
fn footnotes_with_markers<'a>(
    original: &'a Original<'_>,
) -> Vec<(&'a FootnoteText, Vec<&'a FootnoteMarker>)> {
    let footnotes = original.document.footnotes();
    footnotes
        .texts
        .iter()
        .filter(|t| !t.duplicate)
        .filter(|t| {
            // A number two texts share is another mistake.
            footnotes
                .texts_of(t.scope)
                .iter()
                .filter(|o| o.number == t.number)
                .count()
                == 1
        })
        .map(|t| {
            let markers = footnotes
                .scope_markers(t.scope)
                .iter()
                .filter(|m| m.number == t.number)
                .collect();
            (t, markers)
        })
        .collect()
}

/// The byte range of an accepted marker on its line.
fn marker_range(original: &Original<'_>, marker: &FootnoteMarker) -> (usize, usize) {
    let span = original
        .document
        .footnotes()
        .span(original.document.lines(), marker);
    (span.start as usize, span.end as usize)
}

/// Deletes the marker of a footnote cited once: its text is then unused.
/// A second marker at the same place (`Conference1,2`) goes with its comma.
fn delete_sole_marker(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let sites: Vec<(&FootnoteText, &FootnoteMarker)> = footnotes_with_markers(original)
        .into_iter()
        .filter(|(_, markers)| markers.len() == 1)
        .map(|(t, markers)| (t, markers[0]))
        .collect();
    let &(text, marker) = pick(&sites, rng)?;
    let line = original.lines[marker.line as usize];
    let (mut start, end) = marker_range(original, marker);
    let after_marker = original
        .document
        .footnotes()
        .markers_on(marker.line)
        .iter()
        .any(|m| marker_range(original, m).1 + 1 == start);
    if after_marker && line[..start].ends_with(',') {
        start -= 1;
    }
    let broken = format!("{}{}", &line[..start], &line[end..]);
    Some(Mutant::on_line(
        original.with_line(marker.line as usize, &broken),
        text.line + 1,
        "footnote-unused",
    ))
}

/// Deletes the text of a cited footnote: each line with a marker of it then
/// has a missing footnote.
fn delete_text(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let sites: Vec<(&FootnoteText, Vec<&FootnoteMarker>)> = footnotes_with_markers(original)
        .into_iter()
        .filter(|(_, markers)| !markers.is_empty())
        .collect();
    let (text, markers) = pick(&sites, rng)?;
    let deleted = text.line + 1;
    let expected = markers
        .iter()
        .map(|m| {
            let line = m.line + 1;
            (
                if line > deleted { line - 1 } else { line },
                "footnote-missing",
            )
        })
        .collect();
    Some(Mutant {
        text: original.without_line(text.line as usize),
        expected,
        shift: Some((deleted + 1, -1)),
    })
}

/// The line after the last footnote text, where a new one goes.
fn after_last_text(original: &Original<'_>) -> Option<(usize, u32)> {
    let footnotes = original.document.footnotes();
    let last = footnotes.texts.last()?;
    let highest = footnotes
        .texts_of(last.scope)
        .iter()
        .map(|t| t.number)
        .max()?;
    Some((last.line as usize + 1, highest))
}

/// Adds a footnote text numbered one past the last: no marker cites it.
fn add_text_past_the_last(original: &Original<'_>, _: &mut fastrand::Rng) -> Option<Mutant> {
    let (at, highest) = after_last_text(original)?;
    let new = format!("{} See A/80/999.", highest + 1);
    Some(Mutant {
        text: original.with_inserted_line(at, &new),
        expected: vec![(at as u32 + 1, "footnote-unused")],
        shift: Some((at as u32 + 1, 1)),
    })
}

/// Adds a second text with the number of an existing footnote, after the
/// last: two texts for one number.
fn add_text_with_an_existing_number(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
) -> Option<Mutant> {
    let (at, _) = after_last_text(original)?;
    let footnotes = original.document.footnotes();
    let last_scope = footnotes.texts.last()?.scope;
    let texts: Vec<&FootnoteText> = footnotes
        .texts_of(last_scope)
        .iter()
        .filter(|t| !t.duplicate)
        .collect();
    let text = pick(&texts, rng)?;
    let new = format!("{} See A/80/999.", text.number);
    Some(Mutant {
        text: original.with_inserted_line(at, &new),
        expected: vec![(at as u32 + 1, "footnote-duplicate")],
        shift: Some((at as u32 + 1, 1)),
    })
}

/// A day the month does not have: one past its last (`31 September`,
/// `30 February`), or `32` for a month of 31 days.
fn impossible(date: Date) -> String {
    let days = Date::days_in_month(date.year, date.month);
    let day = if days < 31 { days + 1 } else { 32 };
    let month = MONTHS[date.month as usize - 1];
    format!("{day} {month} {}", date.year)
}

/// Takes a dated citation followed by a footnote marker (`of 12 December
/// 1997,12` or already `of 12 December 199712`), glues the marker to the
/// year and makes the date impossible: the date must still be read and
/// checked (`citation-malformed`), and the marker read as before.
fn glue_marker_to_an_impossible_date(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
) -> Option<Mutant> {
    let document = original.document;
    let footnotes = document.footnotes();
    let mut sites: Vec<(u32, usize, usize, String)> = Vec::new();
    for (index, syntax) in document.lines().iter().enumerate() {
        let line = original.lines.get(index)?;
        for citation in &syntax.citations {
            let Some((date, span)) = citation.date else {
                continue;
            };
            let (start, end) = (span.start as usize, span.end as usize);
            for marker in footnotes.markers_on(index as u32) {
                let (m_start, m_end) = marker_range(original, marker);
                let between = line.get(end..m_start);
                let broken = match between {
                    Some("") => format!("{}{}{}", &line[..start], impossible(date), &line[end..]),
                    Some(p @ ("," | ";")) => format!(
                        "{}{}{}{p}{}",
                        &line[..start],
                        impossible(date),
                        &line[m_start..m_end],
                        &line[m_end..]
                    ),
                    _ => continue,
                };
                sites.push((index as u32, start, end, broken));
            }
        }
    }
    let (line, _, _, broken) = pick(&sites, rng)?;
    Some(Mutant::on_line(
        original.with_line(*line as usize, broken),
        line + 1,
        "citation-malformed",
    ))
}

#[test]
fn footnote_mistakes_are_caught_on_the_whole_corpus() {
    let texts = corpus::english();
    let kinds = [
        Kind {
            name: "delete the marker of a footnote cited once",
            mutate: &delete_sole_marker,
        },
        Kind {
            name: "delete a footnote text",
            mutate: &delete_text,
        },
        Kind {
            name: "add a footnote text numbered one past the last",
            mutate: &add_text_past_the_last,
        },
        Kind {
            name: "add a second text with an existing number",
            mutate: &add_text_with_an_existing_number,
        },
        Kind {
            name: "glue a marker to the year of an impossible date",
            mutate: &glue_marker_to_an_impossible_date,
        },
    ];
    assert_caught(&texts, &kinds, 200, 0.98);
}
