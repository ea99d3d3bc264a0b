//! Footnote mistakes, the way drafters make them: shared by the English
//! corpus test (`mutations_footnotes.rs`) and the French and Spanish one
//! (`mutations_languages.rs`). Where a mistake goes is drawn from the
//! footnotes the resolver found in the original
//! ([`resolute_core::footnotes`]), so every mistake is one a reader of the
//! text would see.

use resolute_core::footnotes::{FootnoteMarker, FootnoteText};
use resolute_core::syntax::date::{Date, MONTHS};
use resolute_core::syntax::{foreign, Sureness};

use super::mutate::{Kind, Mutant, Original};

/// Picks one of `items`.
fn pick<'a, T>(items: &'a [T], rng: &mut fastrand::Rng) -> Option<&'a T> {
    if items.is_empty() {
        None
    } else {
        Some(&items[rng.usize(..items.len())])
    }
}

/// The texts of the original that are no duplicate, with their markers.
pub fn footnotes_with_markers<'a>(
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
pub fn marker_range(original: &Original<'_>, marker: &FootnoteMarker) -> (usize, usize) {
    let span = original
        .document
        .footnotes()
        .span(original.document.lines(), marker);
    (span.start as usize, span.end as usize)
}

/// Deletes the marker of a footnote cited once: its text is then unused.
/// A second marker at the same place (`Conference1,2`) goes with its comma,
/// a first with the comma after it.
pub fn delete_sole_marker(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let sites: Vec<(&FootnoteText, &FootnoteMarker)> = footnotes_with_markers(original)
        .into_iter()
        .filter(|(_, markers)| markers.len() == 1)
        .map(|(t, markers)| (t, markers[0]))
        .collect();
    let &(text, marker) = pick(&sites, rng)?;
    let line = original.lines[original.document.footnotes().marker_line(marker) as usize];
    let (mut start, mut end) = marker_range(original, marker);
    let on_line = original
        .document
        .footnotes()
        .markers_on(original.document.footnotes().marker_line(marker));
    let after_marker = on_line
        .iter()
        .any(|m| marker_range(original, m).1 + 1 == start);
    if after_marker && line[..start].ends_with(',') {
        start -= 1;
    } else if let Some(next) = on_line
        .iter()
        .map(|m| marker_range(original, m).0)
        .find(|&s| s > end && matches!(&line[end..s], "," | ", "))
    {
        // The first of two (`Presupuesto3, 4`) goes with what separates
        // it from the second.
        end = next;
    }
    let broken = format!("{}{}", &line[..start], &line[end..]);
    Some(Mutant::on_line(
        original.with_line(
            original.document.footnotes().marker_line(marker) as usize,
            &broken,
        ),
        original.document.footnotes().text_line(text) + 1,
        "footnote-unused",
    ))
}

/// Deletes the text of a cited footnote: each line with a marker of it then
/// has a missing footnote.
pub fn delete_text(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let sites: Vec<(&FootnoteText, Vec<&FootnoteMarker>)> = footnotes_with_markers(original)
        .into_iter()
        .filter(|(_, markers)| !markers.is_empty())
        .collect();
    let (text, markers) = pick(&sites, rng)?;
    let deleted = original.document.footnotes().text_line(text) + 1;
    let expected = markers
        .iter()
        .map(|m| {
            let line = original.document.footnotes().marker_line(m) + 1;
            (
                if line > deleted { line - 1 } else { line },
                "footnote-missing",
            )
        })
        .collect();
    Some(Mutant {
        text: original.without_line(original.document.footnotes().text_line(text) as usize),
        expected,
        shift: Some((deleted + 1, -1)),
    })
}

/// The line after the last footnote text, where a new one goes.
pub fn after_last_text(original: &Original<'_>) -> Option<(usize, u32)> {
    let footnotes = original.document.footnotes();
    let last = footnotes.texts.last()?;
    let highest = footnotes
        .texts_of(last.scope)
        .iter()
        .map(|t| t.number)
        .max()?;
    Some((
        original.document.footnotes().text_line(last) as usize + 1,
        highest,
    ))
}

/// Adds a footnote text numbered one past the last: no marker cites it.
pub fn add_text_past_the_last(original: &Original<'_>, _: &mut fastrand::Rng) -> Option<Mutant> {
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
pub fn add_text_with_an_existing_number(
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
/// `30 February`), or `32` for a month of 31 days, written in the
/// document's language (`32 décembre 2010`, `32 de diciembre de 2010`).
pub fn impossible(original: &Original<'_>, date: Date) -> Option<String> {
    let days = Date::days_in_month(date.year, date.month);
    let day = if days < 31 { days + 1 } else { 32 };
    match foreign::parsed_with(original.document.language()) {
        Some(data) => foreign::write_date(data, Date { day, ..date }),
        None => {
            let month = MONTHS[date.month as usize - 1];
            Some(format!("{day} {month} {}", date.year))
        }
    }
}

/// Takes a dated citation followed by a footnote marker (`of 12 December
/// 1997,12` or already `of 12 December 199712`), glues the marker to the
/// year and makes the date impossible: the date must still be read and
/// checked (`citation-malformed`), and the marker read as before.
pub fn glue_marker_to_an_impossible_date(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
) -> Option<Mutant> {
    let document = original.document;
    let footnotes = document.footnotes();
    let mut sites: Vec<(u32, usize, usize, String)> = Vec::new();
    for (index, syntax) in document.lines().iter().enumerate() {
        let line = original.lines.get(index)?;
        for citation in syntax.citations() {
            let Some((date, span)) = citation.date else {
                continue;
            };
            let (start, end) = (span.start as usize, span.end as usize);
            for marker in footnotes.markers_on(index as u32) {
                let (m_start, m_end) = marker_range(original, marker);
                let between = line.get(end..m_start);
                let broken = match between {
                    Some("") => format!(
                        "{}{}{}",
                        &line[..start],
                        impossible(original, date)?,
                        &line[end..]
                    ),
                    Some(p @ ("," | ";")) => format!(
                        "{}{}{}{p}{}",
                        &line[..start],
                        impossible(original, date)?,
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

/// Swaps the markers of two footnotes each cited once and first cited one
/// after the other (k, then k + 1), as a drafter does who moves a phrase
/// with its marker: the text cites k + 1 before k, one break of the order
/// on the first of them. Only markers glued to a word or punctuation, in
/// ASCII digits, whose number the resolver reads whatever it is.
pub fn swap_two_markers(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let footnotes = document.footnotes();
    let lines = document.lines();
    let sole: Vec<&FootnoteMarker> = footnotes_with_markers(original)
        .into_iter()
        .filter(|(_, markers)| markers.len() == 1)
        .map(|(_, markers)| markers[0])
        .collect();
    let swappable = |m: &FootnoteMarker| {
        let (start, end) = marker_range(original, m);
        sole.iter().any(|s| std::ptr::eq(*s, m))
            && lines[original.document.footnotes().marker_line(m) as usize]
                .markers()
                .get(m.reading as usize)
                .is_some_and(|r| r.kind.sureness() == Sureness::Certain)
            && original.lines[original.document.footnotes().marker_line(m) as usize]
                .get(start..end)
                .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()))
    };
    let firsts: Vec<&FootnoteMarker> = footnotes.markers.iter().filter(|m| m.first).collect();
    let already_broken = |scope: u32| {
        footnotes
            .order
            .iter()
            .any(|o| footnotes.markers[o.marker as usize].scope == scope)
    };
    let sites: Vec<(&FootnoteMarker, &FootnoteMarker)> = firsts
        .windows(2)
        .filter(|w| {
            let (a, b) = (w[0], w[1]);
            a.scope == b.scope
                && b.number == a.number + 1
                && swappable(a)
                && swappable(b)
                && !already_broken(a.scope)
        })
        .map(|w| (w[0], w[1]))
        .collect();
    let &(a, b) = pick(&sites, rng)?;
    let mut text: Vec<String> = original.lines.iter().map(|l| l.to_string()).collect();
    // The later marker first, so that the earlier one's range still holds.
    for (marker, number) in [(b, a.number), (a, b.number)] {
        let (start, end) = marker_range(original, marker);
        let line = &mut text[original.document.footnotes().marker_line(marker) as usize];
        line.replace_range(start..end, &number.to_string());
    }
    Some(Mutant::on_line(
        text.join("\n"),
        original.document.footnotes().marker_line(a) + 1,
        "footnote-order",
    ))
}

/// The footnote mistakes, for [`super::mutate::assert_caught`].
pub fn kinds() -> Vec<Kind<'static>> {
    vec![
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
        Kind {
            name: "swap the markers of two footnotes",
            mutate: &swap_two_markers,
        },
    ]
}
