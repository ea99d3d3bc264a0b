//! Mutation tests of citations over the whole corpus: each kind breaks one
//! citation of an adopted text the way drafters do (a date moved by a day,
//! its year moved out of the session, a number past the session's last, a
//! later session than the text's own, a word of a quoted title changed), in
//! each setting the citation rules must handle (a clause that names another
//! body, a Human Rights Council text citing the General Assembly, a
//! lettered part, an Economic and Social Council number), and requires the
//! expected finding on that line and nothing else new (`support::mutate`).
//!
//! A kind applies to the citations of a text that fit its setting; one of
//! them, drawn by the seeded generator, is broken. Where a setting leaves a
//! mistake undetectable whatever the checker does, the kind says so and
//! does not apply there (each such case is named below, with why).

mod support;

use resolute_core::attribution;
use resolute_core::catalog::{Entry, Key, Series, Status, TitleSource};
use resolute_core::syntax::citation::{Body, Citation, CitationId, Qualifier, SessionRef};
use resolute_core::syntax::date::Date;
use resolute_core::syntax::{CitationKind, Organ};
use resolute_core::Document;
use support::corpus;
use support::mutate::{assert_caught, Kind, Mutant, Original};

/// A citation of the original: its line (0-based), the citation, the organ
/// the checker attributes it to.
struct Site<'a> {
    line: usize,
    citation: &'a Citation,
    organ: Organ,
}

/// Every citation of the original the checker attributes to one of the
/// organs it numbers.
fn sites<'a>(original: &'a Original<'_>) -> Vec<Site<'a>> {
    let document = original.document;
    let mut out = Vec::new();
    for (line, syntax) in document.lines().iter().enumerate() {
        for citation in syntax.citations() {
            match document.citation_organ(citation) {
                Some(organ) if organ != Organ::Other => out.push(Site {
                    line,
                    citation,
                    organ,
                }),
                _ => {}
            }
        }
    }
    out
}

fn key(site: &Site<'_>) -> Option<Key> {
    Key::of_citation(site.organ, site.citation)
}

fn entry<'a>(original: &'a Original<'_>, site: &Site<'_>) -> Option<&'a Entry> {
    original.document.catalog().get(&key(site)?)
}

/// The cited date, when valid.
fn date(site: &Site<'_>) -> Option<Date> {
    site.citation.date.map(|(d, _)| d).filter(Date::is_valid)
}

/// The line with `span` replaced by `new`.
fn replaced(original: &Original<'_>, line: usize, start: u32, end: u32, new: &str) -> String {
    let text = original.lines[line];
    let changed = format!("{}{new}{}", &text[..start as usize], &text[end as usize..]);
    original.with_line(line, &changed)
}

/// A copy with the date of `site` written as `new`, expecting `code` there.
fn with_date(original: &Original<'_>, site: &Site<'_>, new: Date, code: &'static str) -> Mutant {
    let (_, span) = site.citation.date.expect("a dated citation");
    let text = replaced(original, site.line, span.start, span.end, &new.to_string());
    Mutant::on_line(text, site.line as u32 + 1, code)
}

/// The date a day later, or a day earlier on the last day of a month: a
/// slip of the day within the month.
fn next_day(date: Date) -> Date {
    if date.day < Date::days_in_month(date.year, date.month) {
        Date::new(date.year, date.month, date.day + 1)
    } else {
        Date::new(date.year, date.month, date.day - 1)
    }
}

/// The same day and month one or two years earlier, the nearest outside
/// the dates within which `organ` adopted texts numbered like the
/// citation (earlier, so that it is not after the citing text).
fn year_out_of_session(site: &Site<'_>, date: Date) -> Option<Date> {
    (1..=3).find_map(|back| {
        let moved = Date::new(date.year - back, date.month, date.day);
        (moved.is_valid() && !attribution::fits_date(site.organ, site.citation.id, moved))
            .then_some(moved)
    })
}

/// What a wrong date raises: `citation-catalog-date` where the catalog
/// dates the resolution, `citation-session-date` where it does not.
fn date_code(original: &Original<'_>, site: &Site<'_>) -> &'static str {
    if entry(original, site).is_some_and(|e| e.date.is_some()) {
        "citation-catalog-date"
    } else {
        "citation-session-date"
    }
}

/// Whether the catalog proves a date moved by a day wrong: it dates the
/// resolution (or the cited part), and the moved date is none of its
/// dates.
fn day_is_provable(original: &Original<'_>, site: &Site<'_>, moved: Date) -> bool {
    let Some(entry) = entry(original, site) else {
        return false;
    };
    if entry.date.is_none() || entry.all_dates().any(|d| d == moved) {
        return false;
    }
    match site.citation.letters {
        None => {
            !site.citation.section || entry.other_dates.is_empty() && entry.part_dates.is_empty()
        }
        Some(letters) => letters
            .single()
            .is_some_and(|letter| part_date_known(entry, letter)),
    }
}

/// Whether the catalog knows the date of part `letter`: official texts
/// give it, or the catalog lists the part and dates the whole resolution
/// on one day.
fn part_date_known(entry: &Entry, letter: char) -> bool {
    entry.part_date(letter).is_some()
        || entry.other_dates.is_empty()
            && entry.part_dates.is_empty()
            && entry
                .parts
                .split(' ')
                .any(|p| p.len() == 1 && p.starts_with(letter))
}

/// Whether the original already raises `code` on line `line` (0-based): a
/// mistake there could not be told from what is already reported.
fn already(original: &Original<'_>, line: usize, code: &str) -> bool {
    original.document.diagnostics().iter().any(|d| {
        d.range().start.line as usize == line
            && d.code == code
            && matches!(
                d.severity,
                resolute_core::Severity::Error | resolute_core::Severity::Warning
            )
    })
}

/// Draws one of `candidates` and builds its mutant.
fn pick<T>(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
    candidates: Vec<T>,
    build: impl Fn(&T) -> Option<Mutant>,
) -> Option<Mutant> {
    if candidates.is_empty() {
        return None;
    }
    let start = rng.usize(..candidates.len());
    // The drawn one, or the next that builds on a line where the original
    // raises none of the findings expected.
    (0..candidates.len()).find_map(|i| {
        let mutant = build(&candidates[(start + i) % candidates.len()])?;
        let fresh = mutant
            .expected
            .iter()
            .all(|(line, code)| !already(original, *line as usize - 1, code));
        if fresh && std::env::var_os("MUTATION_DEBUG").is_some() {
            let (line, _) = mutant.expected[0];
            let new = mutant.text.split('\n').nth(line as usize - 1).unwrap_or("");
            let found: Vec<String> = Document::new(&mutant.text)
                .diagnostics()
                .iter()
                .filter(|d| d.range().start.line + 1 == line)
                .map(|d| format!("{} {}", d.code, d.message))
                .collect();
            eprintln!(
                "MUTANT {}:{line} {:?}: {new}\n  => {found:?}",
                original.text.name, mutant.expected
            );
        }
        fresh.then_some(mutant)
    })
}

/// The settings of the kinds.
#[derive(Clone, Copy)]
enum Setting {
    /// Any citation.
    Any,
    /// A citation whose clause names another body besides the one that
    /// adopted it (`the Conference …, reaffirms its resolution 74/3`).
    OtherBody,
    /// A citation of the General Assembly in a Human Rights Council text.
    HrcCitingAssembly,
    /// A lettered part (`66/253 B`).
    LetteredPart,
    /// An Economic and Social Council number (`2021/4`, `decision 2023/302`).
    Ecosoc,
}

fn in_setting(original: &Original<'_>, site: &Site<'_>, setting: Setting) -> bool {
    let whole = !site.citation.parts;
    match setting {
        Setting::Any => whole,
        Setting::OtherBody => whole && names_other_body(original, site),
        Setting::HrcCitingAssembly => {
            whole
                && original.document.model().organ == Some(Organ::HumanRightsCouncil)
                && site.organ == Organ::GeneralAssembly
        }
        Setting::LetteredPart => {
            site.citation.letters.is_some_and(|l| l.single().is_some()) && !site.citation.section
        }
        Setting::Ecosoc => whole && site.organ == Organ::EconomicAndSocialCouncil,
    }
}

/// Whether the words around the citation name a body other than the one
/// that adopted it, without naming its owner outright: `its resolution` in
/// a clause that names another body, or a bare number in a clause that
/// names another organ. A bare number in a clause that names only a body
/// the checker does not number is left out: moved out of every session of
/// the organs that number that way, it may be that body's (`the Commission
/// on Crime Prevention …, welcoming the adoption of resolution 31/1 of 20
/// May 2022`), and nothing can tell.
fn names_other_body(original: &Original<'_>, site: &Site<'_>) -> bool {
    let own = original.document.model().organ;
    let others = |clause: resolute_core::syntax::citation::Bodies, known_only: bool| {
        [
            Organ::GeneralAssembly,
            Organ::SecurityCouncil,
            Organ::HumanRightsCouncil,
            Organ::EconomicAndSocialCouncil,
            Organ::Other,
        ]
        .into_iter()
        .filter(|o| *o != site.organ && Some(*o) != own)
        .filter(|o| !(known_only && *o == Organ::Other))
        .any(|o| clause.contains(Body::Organ(o)))
    };
    match site.citation.qualifier {
        Qualifier::Its { clause } => others(clause, false),
        Qualifier::Bare { clause } => others(clause, true),
        Qualifier::Named(_) => false,
    }
}

/// Moves the date of a citation by a day.
fn date_by_a_day(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
    setting: Setting,
) -> Option<Mutant> {
    let candidates: Vec<Site<'_>> = sites(original)
        .into_iter()
        .filter(|s| in_setting(original, s, setting))
        .filter(|s| date(s).is_some_and(|d| day_is_provable(original, s, next_day(d))))
        .collect();
    pick(original, rng, candidates, |site| {
        let moved = next_day(date(site)?);
        Some(with_date(original, site, moved, "citation-catalog-date"))
    })
}

/// Moves the year of a citation's date out of the session its number names.
fn year_out(original: &Original<'_>, rng: &mut fastrand::Rng, setting: Setting) -> Option<Mutant> {
    let candidates: Vec<Site<'_>> = sites(original)
        .into_iter()
        .filter(|s| in_setting(original, s, setting))
        .filter(|s| {
            date(s).is_some_and(|d| {
                attribution::fits_date(s.organ, s.citation.id, d)
                    && year_out_of_session(s, d).is_some()
            })
        })
        .collect();
    pick(original, rng, candidates, |site| {
        let moved = year_out_of_session(site, date(site)?)?;
        Some(with_date(original, site, moved, date_code(original, site)))
    })
}

/// Whether the number as written is one the catalog knows, or one it does
/// not cover: not `74/1673`, which is 74/167 with footnote marker 3 glued to
/// it (changing the number would change the marker too).
fn known_or_uncovered(original: &Original<'_>, site: &Site<'_>) -> bool {
    key(site)
        .is_some_and(|key| !matches!(original.document.catalog().status(&key), Status::Unknown(_)))
}

/// The General Assembly sessions the catalog holds completely and closed.
fn closed_session(original: &Original<'_>, key: &Key) -> Option<u32> {
    original
        .document
        .catalog()
        .complete()
        .find(|c| c.organ == key.organ && c.series == key.series && c.closed)
        .map(|c| c.last)
}

/// Cites a number past the last of its session (`79/335` when the
/// seventy-ninth session adopted 79/1 to 79/334).
fn past_the_last(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
    setting: Setting,
) -> Option<Mutant> {
    let candidates: Vec<(Site<'_>, u32)> = sites(original)
        .into_iter()
        .filter(|s| in_setting(original, s, setting))
        .filter(|s| {
            s.citation.kind == CitationKind::Resolution && s.organ == Organ::GeneralAssembly
        })
        .filter(|s| known_or_uncovered(original, s))
        .filter_map(|s| {
            let key = key(&s)?;
            let last = closed_session(original, &key)?;
            matches!(s.citation.id, CitationId::Slash { .. }).then_some((s, last))
        })
        .collect();
    let past = rng.u32(1..=5);
    pick(original, rng, candidates, |(site, last)| {
        let CitationId::Slash { session, .. } = site.citation.id else {
            return None;
        };
        let number = last + past;
        let written = format!("{}/{number}", session_name(session));
        let span = site.citation.span;
        let text = replaced(original, site.line, span.start, span.end, &written);
        Some(Mutant::on_line(
            text,
            site.line as u32 + 1,
            "citation-unknown",
        ))
    })
}

fn session_name(session: SessionRef) -> String {
    match session {
        SessionRef::Regular(n) => n.to_string(),
        SessionRef::Special(n) => format!("S-{n}"),
        SessionRef::Emergency(n) => format!("ES-{n}"),
    }
}

/// Cites the text's own organ with a session after the text's own (`80/5`
/// in resolution 79/9). The citation loses its date, which would belong to
/// its old session: a drafter who types the wrong session types no date,
/// or another slip.
fn later_session(
    original: &Original<'_>,
    rng: &mut fastrand::Rng,
    setting: Setting,
) -> Option<Mutant> {
    let model = original.document.model();
    let own_organ = model.organ?;
    let Some((SessionRef::Regular(mine), _)) = model.own.number else {
        return None;
    };
    let candidates: Vec<Site<'_>> = sites(original)
        .into_iter()
        .filter(|s| in_setting(original, s, setting))
        .filter(|s| s.organ == own_organ && s.citation.date.is_none() && s.citation.title.is_none())
        .filter(|s| known_or_uncovered(original, s))
        .filter(|s| {
            matches!(
                s.citation.id,
                CitationId::Slash {
                    session: SessionRef::Regular(n),
                    ..
                } if n <= mine
            )
        })
        .collect();
    pick(original, rng, candidates, |site| {
        let CitationId::Slash { number, .. } = site.citation.id else {
            return None;
        };
        let later = mine + 1;
        let span = site.citation.span;
        let text = replaced(
            original,
            site.line,
            span.start,
            span.end,
            &format!("{later}/{number}"),
        );
        let mut mutant = Mutant::on_line(text, site.line as u32 + 1, "citation-future");
        // A number the catalog holds the whole session of, and not that
        // one, is also unknown.
        let key = Key {
            series: Series::Session(SessionRef::Regular(later)),
            ..key(site)?
        };
        if matches!(original.document.catalog().status(&key), Status::Unknown(_)) {
            mutant
                .expected
                .push((site.line as u32 + 1, "citation-unknown"));
        }
        Some(mutant)
    })
}

/// Words a drafter may put in a title for another.
const SWAPS: &[&str] = &[
    "international",
    "global",
    "regional",
    "national",
    "sustainable",
    "social",
    "economic",
    "cooperation",
    "implementation",
    "strengthening",
];

/// Changes one word of a quoted title.
fn title_word(original: &Original<'_>, rng: &mut fastrand::Rng) -> Option<Mutant> {
    let candidates: Vec<Site<'_>> = sites(original)
        .into_iter()
        .filter(|s| !s.citation.parts && s.citation.title.is_some())
        .filter(|s| {
            entry(original, s).is_some_and(|e| {
                e.title_source != TitleSource::Description
                    && !e.title.is_empty()
                    && !e.title.starts_with(['“', '"', '‘'])
            })
        })
        .collect();
    let swap = rng.usize(..SWAPS.len());
    let which = rng.usize(..1000);
    pick(original, rng, candidates, |site| {
        let span = site.citation.title?.span;
        let text = original.lines[site.line];
        let title = &text[span.start as usize..span.end as usize];
        // Words of four letters or more.
        let mut words = Vec::new();
        let mut start = None;
        for (i, c) in title.char_indices().chain([(title.len(), ' ')]) {
            match (c.is_alphabetic(), start) {
                (true, None) => start = Some(i),
                (false, Some(s)) => {
                    if title[s..i].chars().count() >= 4 {
                        words.push((s, i));
                    }
                    start = None;
                }
                _ => {}
            }
        }
        let (ws, we) = *words.get(which % words.len().max(1))?;
        let old = &title[ws..we];
        let new = (0..SWAPS.len())
            .map(|k| SWAPS[(swap + k) % SWAPS.len()])
            .find(|w| !w.eq_ignore_ascii_case(old) && !title.to_lowercase().contains(w))?;
        let new = if old.chars().next().is_some_and(char::is_uppercase) {
            let mut c = new.chars();
            c.next()
                .map_or(String::new(), |f| f.to_uppercase().chain(c).collect())
        } else {
            new.to_owned()
        };
        let start = span.start + ws as u32;
        let end = span.start + we as u32;
        let changed = replaced(original, site.line, start, end, &new);
        Some(Mutant::on_line(
            changed,
            site.line as u32 + 1,
            "citation-title",
        ))
    })
}

macro_rules! kind {
    ($name:expr, $f:expr) => {
        Kind {
            name: $name,
            mutate: &$f,
        }
    };
}

#[test]
fn citation_mistakes_are_caught() {
    let texts = corpus::english();
    let kinds = [
        kind!(
            "date moved by a day",
            |o: &Original<'_>, r: &mut fastrand::Rng| date_by_a_day(o, r, Setting::Any)
        ),
        kind!(
            "year moved out of the session",
            |o: &Original<'_>, r: &mut fastrand::Rng| year_out(o, r, Setting::Any)
        ),
        kind!(
            "number past the session's last",
            |o: &Original<'_>, r: &mut fastrand::Rng| past_the_last(o, r, Setting::Any)
        ),
        kind!(
            "session later than the text's own",
            |o: &Original<'_>, r: &mut fastrand::Rng| later_session(o, r, Setting::Any)
        ),
        kind!(
            "other body named: date moved by a day",
            |o: &Original<'_>, r: &mut fastrand::Rng| date_by_a_day(o, r, Setting::OtherBody)
        ),
        kind!(
            "other body named: year out of the session",
            |o: &Original<'_>, r: &mut fastrand::Rng| year_out(o, r, Setting::OtherBody)
        ),
        kind!(
            "other body named: number past the last",
            |o: &Original<'_>, r: &mut fastrand::Rng| past_the_last(o, r, Setting::OtherBody)
        ),
        kind!(
            "other body named: later session",
            |o: &Original<'_>, r: &mut fastrand::Rng| later_session(o, r, Setting::OtherBody)
        ),
        kind!(
            "HRC citing the Assembly: date moved by a day",
            |o: &Original<'_>, r: &mut fastrand::Rng| date_by_a_day(
                o,
                r,
                Setting::HrcCitingAssembly
            )
        ),
        kind!(
            "HRC citing the Assembly: year out of the session",
            |o: &Original<'_>, r: &mut fastrand::Rng| year_out(o, r, Setting::HrcCitingAssembly)
        ),
        kind!(
            "HRC citing the Assembly: number past the last",
            |o: &Original<'_>, r: &mut fastrand::Rng| past_the_last(
                o,
                r,
                Setting::HrcCitingAssembly
            )
        ),
        kind!(
            "lettered part: date moved by a day",
            |o: &Original<'_>, r: &mut fastrand::Rng| date_by_a_day(o, r, Setting::LetteredPart)
        ),
        kind!(
            "lettered part: year out of the session",
            |o: &Original<'_>, r: &mut fastrand::Rng| year_out(o, r, Setting::LetteredPart)
        ),
        kind!(
            "ECOSOC: year out of the session",
            |o: &Original<'_>, r: &mut fastrand::Rng| year_out(o, r, Setting::Ecosoc)
        ),
        kind!("one word of a quoted title changed", title_word),
    ];
    assert_caught(&texts, &kinds, 20, 0.98);
}

#[test]
fn the_settings_are_what_they_say() {
    // The sites the kinds draw from are of their setting: a clause naming
    // another body, a Human Rights Council text citing the Assembly, a
    // lettered part, an Economic and Social Council number.
    let text = "Resolution adopted by the Human Rights Council on 12 October 2023\n54/1.\tTitle\n\n\tThe Human Rights Council,\n\tRecalling General Assembly resolution 70/1 of 25 September 2015, the Commission on Narcotic Drugs and its resolution 52/2 of 3 April 2023,\n\tRecalling also General Assembly resolution 66/253 B of 3 August 2012 and Economic and Social Council resolution 2021/4 of 14 September 2020,\n";
    let document = Document::new(text);
    let lines: Vec<&str> = text.split('\n').collect();
    let named = corpus::Text {
        name: "example".into(),
        text: text.into(),
    };
    let original = Original {
        text: &named,
        document: &document,
        lines,
    };
    let found = |setting: Setting| -> Vec<String> {
        sites(&original)
            .iter()
            .filter(|s| in_setting(&original, s, setting))
            .map(|s| {
                let line = original.lines[s.line];
                line[s.citation.span.start as usize..s.citation.span.end as usize].to_owned()
            })
            .collect()
    };
    assert_eq!(found(Setting::OtherBody), ["52/2"]);
    assert_eq!(found(Setting::HrcCitingAssembly), ["70/1"]);
    assert_eq!(found(Setting::LetteredPart), ["66/253 B"]);
    assert_eq!(found(Setting::Ecosoc), ["2021/4"]);
    assert_eq!(next_day(Date::new(2021, 2, 28)), Date::new(2021, 2, 27));
}
