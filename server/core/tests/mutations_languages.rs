//! Mutation tests on the French and Spanish versions of the parallel corpus
//! (`parallel/<symbol>/{fr,es}.txt`): each kind breaks an adopted text the
//! way a drafter in that language does — a paragraph dropped, a cited date
//! a day off, a reference to a paragraph that is not there, an operative
//! paragraph ending with a comma, an opening of the other part — written
//! with what the language data says of the language, and the expected
//! finding must come on the right line with nothing else new, in at least
//! 98% of the texts the kind applies to.
//!
//! The footnote mistakes of the English test (`support/footnotes.rs`) run
//! here too: French and Spanish glue markers to names and numbers
//! (`Action 214` for Agenda 21 and footnote 4, `76/403;`), which the
//! resolver must read before it can tell a marker deleted.
//!
//! The Arabic, Chinese and Russian versions get the same kinds (the end mark
//! and the reference written as each language writes them: `،`, `，`,
//! `الفقرة 99 أعلاه`, `上文第99段`, `пункте 99 выше`) and a footnote marker
//! deleted (`الإنسان(2)`, `决定，1 并`); the opening of the other part on
//! Arabic and Russian only, Chinese writing one verb for both parts
//! (`回顾` is Recalling and Recalls).

mod support;

use resolute_core::catalog::{Entry, Key};
use resolute_core::data::languages::{Language, LanguageData};
use resolute_core::footnotes::FootnoteMarker;
use resolute_core::parts::Role;
use resolute_core::syntax::date::Date;
use resolute_core::syntax::{foreign, Citation, LineKind, Organ, Repeat};
use support::corpus::{self, Text};
use support::footnotes;
use support::mutate::{assert_caught, Kind, Mutant, Original};

fn data(original: &Original<'_>) -> &'static LanguageData {
    foreign::parsed_with(original.document.language())
        .expect("a text in another language than English")
}

fn pick<T>(rng: &mut fastrand::Rng, mut sites: Vec<T>) -> Option<T> {
    if sites.is_empty() {
        None
    } else {
        let i = rng.usize(..sites.len());
        Some(sites.swap_remove(i))
    }
}

/// Whether the original already raises an error or a warning of `code` on
/// `line` (0-based).
fn already(original: &Original<'_>, line: usize, code: &str) -> bool {
    corpus::findings_of(original.document)
        .iter()
        .any(|&(l, c)| l as usize == line + 1 && c == code)
}

/// The operative paragraphs of the resolution: (line, number), numbered.
fn numbered(original: &Original<'_>) -> Vec<(usize, u32)> {
    let document = original.document;
    document
        .lines()
        .iter()
        .enumerate()
        .filter(|(i, _)| document.model().regions.get(*i) == Some(&0))
        .filter(|(i, _)| matches!(document.parts().role(*i), Some(Role::Operative { .. })))
        .filter_map(|(i, l)| match l.kind {
            LineKind::Numbered { number, .. } => Some((i, number)),
            _ => None,
        })
        .collect()
}

/// A numbered paragraph dropped: the next one follows a gap. Only a
/// paragraph between two others, without subparagraphs, footnote markers
/// or citations (whose loss would raise findings of their own), that no
/// reference names.
fn paragraph_dropped(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let lines = document.lines();
    let paragraphs = numbered(original);
    let referenced: Vec<u32> = lines
        .iter()
        .flat_map(|l| l.references().iter().filter_map(|r| r.paragraph))
        .collect();
    let sites: Vec<(usize, usize)> = paragraphs
        .windows(3)
        .filter(|w| w[0].1 + 1 == w[1].1 && w[1].1 + 1 == w[2].1 && w[1].0 + 1 == w[2].0)
        .filter(|w| {
            let line = &lines[w[1].0];
            line.markers().is_empty()
                && line.citations().is_empty()
                && line.references().is_empty()
                && !referenced.contains(&w[1].1)
                && !already(original, w[2].0, "operative-numbering")
        })
        .map(|w| (w[1].0, w[2].0))
        .collect();
    let (line, next) = pick(rng, sites)?;
    Some(Mutant {
        text: original.without_line(line),
        // The next paragraph moves up to the dropped one's line.
        expected: vec![(next as u32, "operative-numbering")],
        shift: Some((line as u32 + 2, -1)),
    })
}

/// A citation the catalog dates, attributed to an organ it numbers.
fn dated_citations<'a>(original: &'a Original<'_>) -> Vec<(usize, &'a Citation, &'a Entry)> {
    let document = original.document;
    let mut out = Vec::new();
    for (line, syntax) in document.lines().iter().enumerate() {
        for citation in syntax.citations() {
            let Some(organ) = document
                .citation_organ(citation)
                .filter(|o| *o != Organ::Other)
            else {
                continue;
            };
            let Some(entry) =
                Key::of_citation(organ, citation).and_then(|k| document.catalog().get(&k))
            else {
                continue;
            };
            out.push((line, citation, entry));
        }
    }
    out
}

/// A cited date a day off (`du 18 décembre 2010` for the 17th), written as
/// the language writes dates: the catalog's date is an error.
fn cited_date_a_day_off(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let data = data(original);
    let sites: Vec<(usize, &Citation, Date)> = dated_citations(original)
        .into_iter()
        .filter(|(line, ..)| !already(original, *line, "citation-catalog-date"))
        .filter_map(|(line, citation, entry)| {
            let (date, _) = citation.date?;
            // The whole resolution, dated by the catalog on that day alone.
            if citation.parts || citation.section || entry.date != Some(date) {
                return None;
            }
            let moved = if date.day < Date::days_in_month(date.year, date.month) {
                Date::new(date.year, date.month, date.day + 1)
            } else {
                Date::new(date.year, date.month, date.day - 1)
            };
            (!entry.all_dates().any(|d| d == moved)).then_some((line, citation, moved))
        })
        .collect();
    let (line, citation, moved) = pick(rng, sites)?;
    let (date, span) = citation.date?;
    let text = original.lines[line];
    // The day changed as a drafter changes it (the month as the text
    // writes it), or the date rewritten where the day has a form of its
    // own (`1er`).
    let (span, written) = foreign::date_edit(data, date, span, moved)?;
    let changed = format!(
        "{}{written}{}",
        &text[..span.start as usize],
        &text[span.end as usize..]
    );
    Some(Mutant::on_line(
        original.with_line(line, &changed),
        line as u32 + 1,
        "citation-catalog-date",
    ))
}

/// `…, comme indiqué au paragraphe 99 ci-dessus ;`: a reference to a
/// paragraph the text does not have, written with the language's reference
/// word and a scope it reads (`ci-dessus`; Spanish `de la presente
/// resolución`), before the end mark of an operative paragraph.
fn reference_to_nothing(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let data = data(original);
    let scope = data
        .references
        .scopes
        .after_number
        .iter()
        .max_by_key(|s| s.count)?;
    reference_to_99(original, rng, &scope.text)
}

/// The same, pointing below with the word the language's editorial usage
/// writes (`paragraphe 99 ci-dessous`, `párrafo 99 infra`), which the
/// corpus does not show.
fn reference_below_to_nothing(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let data = data(original);
    let scope = data
        .references
        .scopes
        .after_number
        .iter()
        .find(|s| s.derived.is_some() && s.scope() == Some("below"))?;
    reference_to_99(original, rng, &scope.text)
}

fn reference_to_99(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
    scope: &str,
) -> Option<Mutant> {
    let data = data(original);
    let word = data.references.words_before_number.first()?.text.clone();
    // Chinese writes the scope before the number and a counter after it
    // (`上文第99段`), with no spaces.
    let chinese = data.language == "zh";
    let reference = match data
        .references
        .scopes
        .before_number
        .iter()
        .max_by_key(|s| s.count)
    {
        Some(before) if chinese => format!("{}99{scope}", before.text),
        _ => format!("{word} 99 {scope}"),
    };
    let comma = foreign::end_mark(data, ',');
    let space = if chinese { "" } else { " " };
    let paragraphs = numbered(original);
    if paragraphs.iter().any(|&(_, n)| n >= 99) {
        return None;
    }
    let lines = original.document.lines();
    let sites: Vec<usize> = paragraphs
        .iter()
        .map(|&(line, _)| line)
        .filter(|&line| {
            lines[line].last_char == Some(';')
                && lines[line].markers().is_empty()
                && !already(original, line, "paragraph-reference")
        })
        .collect();
    let line = pick(rng, sites)?;
    let tail = lines[line].tail()?;
    let text = original.lines[line];
    let changed = format!(
        "{}{comma}{space}{reference}{}",
        &text[..tail.start as usize],
        &text[tail.start as usize..]
    );
    Some(Mutant::on_line(
        original.with_line(line, &changed),
        line as u32 + 1,
        "paragraph-reference",
    ))
}

/// An operative paragraph (not the last) ending with a comma instead of
/// its semicolon (French ` ;`, its space with it).
fn comma_for_semicolon(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let lines = document.lines();
    let sites: Vec<usize> = numbered(original)
        .into_iter()
        .map(|(line, _)| line)
        .filter(|&line| {
            matches!(
                document.parts().role(line),
                Some(Role::Operative { last: false, .. })
            ) && lines[line].last_char == Some(';')
                && !already(original, line, "paragraph-punctuation")
        })
        .collect();
    let line = pick(rng, sites)?;
    let tail = lines[line].tail()?;
    let text = original.lines[line];
    // The language's comma (Arabic `،`, Chinese `，`).
    let comma = foreign::end_mark(data(original), ',');
    let changed = format!(
        "{}{comma}{}",
        &text[..tail.start as usize],
        &text[tail.end as usize..]
    );
    Some(Mutant::on_line(
        original.with_line(line, &changed),
        line as u32 + 1,
        "paragraph-punctuation",
    ))
}

/// A paragraph opening with the same verb's form of the other part
/// (`Rappelant` in an operative paragraph, `Rappelle` in a preamble), where
/// the corpus pairs the two forms.
fn opening_of_the_other_part(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let data = data(original);
    let document = original.document;
    let lines = document.lines();
    let sites: Vec<(usize, &'static str)> = (0..lines.len())
        .filter(|&line| document.parts().role(line).is_some())
        .filter(|&line| !already(original, line, "paragraph-opening"))
        .filter_map(|line| {
            let opening = lines[line].opening.as_ref()?;
            let form = data.openings.forms.get(usize::from(opening.foreign()?))?;
            if opening.repeat != Repeat::None
                || opening.bracketed
                || form.text.contains(' ')
                || opening.word() != form.text
            {
                return None;
            }
            // An unnumbered paragraph with an operative verb and a comma is
            // still preambular; a numbered one is operative whatever it
            // opens with.
            let numbered = matches!(lines[line].kind, LineKind::Numbered { .. });
            let preambular = document.parts().role(line) == Some(Role::Preambular);
            if !numbered && !preambular {
                return None;
            }
            Some((line, foreign::other_part_form(data, &form.text)?))
        })
        .collect();
    let (line, other) = pick(rng, sites)?;
    let head = lines[line].opening.as_ref()?.head;
    let text = original.lines[line];
    let changed = format!(
        "{}{other}{}",
        &text[..head.start as usize],
        &text[head.end as usize..]
    );
    Some(Mutant::on_line(
        original.with_line(line, &changed),
        line as u32 + 1,
        "paragraph-opening",
    ))
}

/// Deletes the marker of a footnote cited once (the brackets of an Arabic
/// `(2)` with it): its text is then unused.
fn sole_marker_deleted(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let document = original.document;
    let footnotes = document.footnotes();
    let sites: Vec<(u32, &FootnoteMarker)> = footnotes
        .texts
        .iter()
        .filter(|t| !t.duplicate)
        .filter(|t| !already(original, footnotes.text_line(t) as usize, "footnote-unused"))
        .filter_map(|t| {
            let mut markers = footnotes
                .scope_markers(t.scope)
                .iter()
                .filter(|m| m.number == t.number);
            let first = markers.next()?;
            markers
                .next()
                .is_none()
                .then_some((footnotes.text_line(t), first))
        })
        // Only where no other candidate of the line's readings has the
        // number (`1` of a date or a symbol elsewhere), which the resolver
        // may take for the marker once it is gone: a mistake the text
        // itself shows.
        .filter(|&(_, m)| {
            let span = footnotes.span(document.lines(), m);
            document.lines().iter().enumerate().all(|(i, l)| {
                l.markers().iter().all(|r| {
                    r.number != m.number || (i as u32 == footnotes.marker_line(m) && r.span == span)
                })
            })
        })
        .collect();
    let (text_line, marker) = pick(rng, sites)?;
    let line = original.lines[footnotes.marker_line(marker) as usize];
    let span = footnotes.span(document.lines(), marker);
    let (mut start, mut end) = (span.start as usize, span.end as usize);
    if line[..start].ends_with('(') && line[end..].starts_with(')') {
        start -= 1;
        end += 1;
    }
    let broken = format!("{}{}", &line[..start], &line[end..]);
    Some(Mutant::on_line(
        original.with_line(footnotes.marker_line(marker) as usize, &broken),
        text_line + 1,
        "footnote-unused",
    ))
}

fn texts() -> Vec<Text> {
    parallel(&["fr", "es"])
}

fn parallel(languages: &[&str]) -> Vec<Text> {
    let mut texts = Vec::new();
    for language in languages {
        texts.extend(corpus::parallel(language));
    }
    // Read in their language by their name.
    assert!(texts
        .iter()
        .all(|t| Language::from_file_name(&t.name).is_some_and(|l| l != Language::English)));
    texts
}

#[test]
fn french_and_spanish_mistakes_are_caught() {
    let kinds = [
        Kind {
            name: "paragraph dropped",
            mutate: &paragraph_dropped,
        },
        Kind {
            name: "cited date a day off",
            mutate: &cited_date_a_day_off,
        },
        Kind {
            name: "reference to paragraph 99",
            mutate: &reference_to_nothing,
        },
        Kind {
            name: "reference to paragraph 99 below (ci-dessous, infra)",
            mutate: &reference_below_to_nothing,
        },
        Kind {
            name: "comma for a semicolon",
            mutate: &comma_for_semicolon,
        },
        Kind {
            name: "opening of the other part",
            mutate: &opening_of_the_other_part,
        },
    ];
    assert_caught(&texts(), &kinds, 20, 0.98);
}

#[test]
fn french_and_spanish_footnote_mistakes_are_caught() {
    let (dates, kinds): (Vec<_>, Vec<_>) = footnotes::kinds()
        .into_iter()
        .partition(|k| k.name.contains("impossible date"));
    let texts = texts();
    assert_caught(&texts, &kinds, 20, 0.98);
    // French and Spanish put a marker after a cited date in fewer texts.
    assert_caught(&texts, &dates, 10, 0.98);
}

#[test]
fn arabic_chinese_and_russian_mistakes_are_caught() {
    let kinds = [
        Kind {
            name: "paragraph dropped",
            mutate: &paragraph_dropped,
        },
        Kind {
            name: "cited date a day off",
            mutate: &cited_date_a_day_off,
        },
        Kind {
            name: "reference to paragraph 99",
            mutate: &reference_to_nothing,
        },
        Kind {
            name: "comma for a semicolon",
            mutate: &comma_for_semicolon,
        },
        Kind {
            name: "footnote marker deleted",
            mutate: &sole_marker_deleted,
        },
    ];
    let texts = parallel(&["ar", "zh", "ru"]);
    assert_caught(&texts, &kinds, 20, 0.98);
    let kinds = [Kind {
        name: "opening of the other part",
        mutate: &opening_of_the_other_part,
    }];
    assert_caught(&parallel(&["ar", "ru"]), &kinds, 20, 0.98);
}

/// The quick fix of each finding the mistakes with a fix raise, where it
/// offers one, gives back the adopted text exactly: the date written in the
/// language (`16 décembre 2010`), the mark with its French space (` ;`), the
/// paired form (`Rappelant`).
#[test]
fn the_fixes_give_back_the_adopted_text() {
    let kinds: [(&str, &support::mutate::MutateFn); 3] = [
        ("cited date a day off", &cited_date_a_day_off),
        ("comma for a semicolon", &comma_for_semicolon),
        ("opening of the other part", &opening_of_the_other_part),
    ];
    fixes_give_back(&texts(), &kinds);
}

/// The same in Arabic, Chinese and Russian: the date written in the
/// language (`2013年5月17日`, `17 мая 2013 года`, `17 أيار/مايو 2013`), the
/// language's semicolon (`؛`, `；`), the paired form (Arabic and Russian).
#[test]
fn the_fixes_give_back_the_arabic_chinese_and_russian_texts() {
    let kinds: [(&str, &support::mutate::MutateFn); 2] = [
        ("cited date a day off", &cited_date_a_day_off),
        ("comma for a semicolon", &comma_for_semicolon),
    ];
    fixes_give_back(&parallel(&["ar", "zh", "ru"]), &kinds);
    let kinds: [(&str, &support::mutate::MutateFn); 1] =
        [("opening of the other part", &opening_of_the_other_part)];
    fixes_give_back(&parallel(&["ar", "ru"]), &kinds);
}

fn fixes_give_back(texts: &[Text], kinds: &[(&str, &support::mutate::MutateFn)]) {
    use resolute_core::diagnostic::apply_edits;
    use resolute_core::{Catalog, Document};
    let results = corpus::par_map(texts, |text| {
        let language = Language::from_file_name(&text.name);
        let document = Document::with_language(&text.text, Catalog::builtin(), language);
        let original = Original {
            text,
            document: &document,
            lines: text.text.split('\n').collect(),
        };
        let mut out = Vec::new();
        for &(name, mutate) in kinds {
            let mut rng = fastrand::Rng::with_seed(7);
            let Some(mutant) = mutate(&original, &mut rng) else {
                continue;
            };
            let (line, code) = mutant.expected[0];
            let broken = Document::with_language(&mutant.text, Catalog::builtin(), language);
            let Some(fix) = broken
                .diagnostics()
                .iter()
                .find(|d| d.code == code && d.range().start.line + 1 == line)
                .and_then(|d| d.fixes().first().cloned())
            else {
                // No fix offered (a form read with more words than the one
                // the pair names: `Soulignant qu’il importe`): nothing to
                // prove.
                continue;
            };
            let fixed = apply_edits(&mutant.text, &fix.edits);
            out.push((name, text.name.clone(), fixed == text.text));
        }
        out
    });
    let all: Vec<_> = results.into_iter().flatten().collect();
    let failed: Vec<_> = all.iter().filter(|(.., ok)| !ok).collect();
    for &(name, _) in kinds {
        assert!(
            all.iter().filter(|(n, ..)| *n == name).count() >= 20,
            "{name} fixed on too few texts"
        );
    }
    assert!(
        failed.is_empty(),
        "fixes that do not give back the text: {failed:?}"
    );
}
