//! Mutation tests of openings, punctuation and brackets over the whole
//! corpus (every English text under `shared/corpus`): each kind breaks one
//! paragraph of an adopted text the way drafters do, and the expected
//! finding must come on that paragraph's line with no other new error or
//! warning, in at least 98% of the texts it applies to.
//!
//! The kinds are written in terms of the parts and openings every language
//! has, so that later issues can reuse them for the other official
//! languages (`support::corpus::parallel`).

mod support;

use resolute_core::parts::Role;
use resolute_core::syntax::{LineKind, LineSyntax, OpeningForm};
use resolute_core::vocabulary;
use support::corpus;
use support::mutate::{assert_caught, Kind, Mutant, Original};

/// The lines (0-based) where the original already has a finding of `code`:
/// a mutation there would raise nothing new.
fn already(original: &Original<'_>, code: &str) -> Vec<usize> {
    corpus::findings_of(original.document)
        .iter()
        .filter(|&&(_, c)| c == code)
        .map(|&(l, _)| l as usize - 1)
        .collect()
}

/// The lines of the resolution's paragraphs of `part`, with their syntax.
fn paragraphs<'a>(
    original: &'a Original<'_>,
    operative: bool,
) -> impl Iterator<Item = (usize, &'a LineSyntax)> + 'a {
    let document = original.document;
    let lines = document.lines();
    document
        .parts()
        .roles
        .iter()
        .enumerate()
        .filter(move |(_, role)| match role {
            Some(Role::Preambular) => !operative,
            Some(Role::Operative { .. }) => operative,
            None => false,
        })
        .map(move |(i, _)| (i, &*lines[i]))
}

/// `text` with the bytes `at` replaced by `new`.
fn replaced(text: &str, at: std::ops::Range<usize>, new: &str) -> String {
    let mut out = text.to_string();
    out.replace_range(at, new);
    out
}

fn pick<T>(rng: &mut fastrand::Rng, mut sites: Vec<T>) -> Option<T> {
    if sites.is_empty() {
        None
    } else {
        let i = rng.usize(..sites.len());
        Some(sites.swap_remove(i))
    }
}

/// `Requests [the Secretary-General to report;`: a bracket of negotiation
/// opened after the first word of a paragraph and never closed.
fn bracket_after_first_word(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let taken = already(original, "bracket-balance");
    let sites: Vec<(usize, usize)> = paragraphs(original, false)
        .chain(paragraphs(original, true))
        .filter(|(i, _)| !taken.contains(i))
        .filter_map(|(i, line)| {
            let opening = line.opening.as_ref()?;
            let text = original.lines[i];
            // The first word, then a space and the next word.
            let start = opening.span.start as usize;
            let end = start + text[start..].find(' ')?;
            text[end + 1..]
                .starts_with(char::is_alphabetic)
                .then_some((i, end + 1))
        })
        .collect();
    let (line, at) = pick(rng, sites)?;
    let text = original.with_line(line, &replaced(original.lines[line], at..at, "["));
    Some(Mutant::on_line(text, line as u32 + 1, "bracket-balance"))
}

/// `Recalling its resolution 77/1;`: a preambular paragraph (opening with a
/// participle or an adjective) ended with the semicolon of an operative one.
fn preambular_semicolon(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let taken = already(original, "paragraph-punctuation");
    let sites: Vec<(usize, usize)> = paragraphs(original, false)
        .filter(|(i, _)| !taken.contains(i))
        .filter(|(_, line)| {
            line.last_char == Some(',')
                && line.opening.as_ref().is_some_and(|o| {
                    matches!(
                        o.form,
                        OpeningForm::Participle
                            | OpeningForm::PastParticiple
                            | OpeningForm::Adjective
                    )
                })
        })
        .filter_map(|(i, line)| Some((i, line.tail()?.start as usize)))
        .collect();
    let (line, at) = pick(rng, sites)?;
    let text = original.with_line(line, &replaced(original.lines[line], at..at + 1, ";"));
    Some(Mutant::on_line(
        text,
        line as u32 + 1,
        "paragraph-punctuation",
    ))
}

/// `3. Requests the Secretary-General to report,`: a numbered operative
/// paragraph other than the last ended with the comma of a preambular one.
fn operative_comma(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let taken = already(original, "paragraph-punctuation");
    let parts = original.document.parts();
    let sites: Vec<(usize, usize)> = paragraphs(original, true)
        .filter(|(i, _)| !taken.contains(i))
        .filter(|(i, line)| {
            matches!(line.kind, LineKind::Numbered { .. })
                && matches!(parts.role(*i), Some(Role::Operative { last: false, .. }))
                && line.last_char == Some(';')
        })
        .filter_map(|(i, line)| Some((i, line.tail()?.start as usize)))
        .collect();
    let (line, at) = pick(rng, sites)?;
    let text = original.with_line(line, &replaced(original.lines[line], at..at + 1, ","));
    Some(Mutant::on_line(
        text,
        line as u32 + 1,
        "paragraph-punctuation",
    ))
}

/// Whether `text[from..]` has a verb in the present tense after a comma
/// (`…, decides`, `…, further requests`): with a participle in front, such
/// a paragraph reads as an introductory phrase and its verb, as adopted
/// texts write them (`Noting the report, decides`), so making its first
/// verb a participle is no mistake.
fn verb_after_a_comma(text: &str, from: usize) -> bool {
    text[from..].split(", ").skip(1).any(|clause| {
        clause
            .split(' ')
            .find(|w| !matches!(*w, "also" | "further" | "again" | "once") && !w.ends_with("ly"))
            .is_some_and(|w| {
                w.starts_with(char::is_lowercase)
                    && vocabulary::verb_forms(w).is_some_and(|f| f.present.eq_ignore_ascii_case(w))
            })
    })
}

/// `2. Requesting the Secretary-General to report;`: the verb of a numbered
/// operative paragraph written as its participle.
fn operative_participle(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let taken = already(original, "paragraph-opening");
    let sites: Vec<(usize, std::ops::Range<usize>, String)> = paragraphs(original, true)
        .filter(|(i, _)| !taken.contains(i))
        .filter(|(_, line)| matches!(line.kind, LineKind::Numbered { .. }))
        .filter_map(|(i, line)| {
            let opening = line.opening.as_ref()?;
            if opening.form != OpeningForm::Present {
                return None;
            }
            let forms = vocabulary::verb_forms(opening.word())?;
            let text = original.lines[i];
            if verb_after_a_comma(text, opening.span.end as usize) {
                return None;
            }
            let head = opening.head.start as usize..opening.head.end as usize;
            let participle = if text[head.clone()].starts_with(char::is_uppercase) {
                forms.participle.to_string()
            } else {
                forms.participle.to_lowercase()
            };
            Some((i, head, participle))
        })
        .collect();
    let (line, head, participle) = pick(rng, sites)?;
    let text = original.with_line(line, &replaced(original.lines[line], head, &participle));
    Some(Mutant::on_line(text, line as u32 + 1, "paragraph-opening"))
}

#[test]
fn openings_punctuation_and_brackets_over_the_corpus() {
    let texts = corpus::english();
    assert!(texts.len() >= 90 + 2321 + 60, "found {} texts", texts.len());
    let kinds = [
        Kind {
            name: "`[` after the first word of a paragraph",
            mutate: &bracket_after_first_word,
        },
        Kind {
            name: "a preambular paragraph ending with `;`",
            mutate: &preambular_semicolon,
        },
        Kind {
            name: "an operative paragraph ending with `,`",
            mutate: &operative_comma,
        },
        Kind {
            name: "an operative verb as its participle",
            mutate: &operative_participle,
        },
    ];
    assert_caught(&texts, &kinds, 1500, 0.98);
}
