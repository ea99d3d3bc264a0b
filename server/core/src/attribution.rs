//! Which body adopted a cited resolution: the one resolver that every rule
//! and every editor feature asks.
//!
//! It weighs all the evidence a text gives:
//!
//! - **The words** ([`Qualifier`]): `Security Council resolution`, `its
//!   resolution` (the text's own organ, unless the words give `its` another
//!   owner: `the Environment Assembly, in its resolution`, `by the Assembly
//!   in its resolution 77/298` in a Human Rights Council text), the bodies
//!   the clause names (`Economic and Social Council resolutions …, as well
//!   as resolutions 2001/12` keeps the Council through the list), and the
//!   words after it (`…, adopted by the Commission on the Status of Women`).
//! - **The number's shape and range.** A year in brackets is the Security
//!   Council's (`1624 (2005)`). General Assembly numbers `N/M` begin with
//!   session 31 and old style `3369 (XXX)` ends with session 30; `2001/12`
//!   and `2023/302` are numbers by year (the Economic and Social Council, or
//!   one of its commissions). A session must have begun by the text's own
//!   date: in a Human Rights Council text of 2023, `77/317` is the General
//!   Assembly's, not the Council's.
//! - **The date**: General Assembly session N runs from September of
//!   1945 + N to the next opening; Human Rights Council session N is held in
//!   a known part of a known year; the Economic and Social Council's year
//!   runs from July to July since its 2015 session; a Security Council
//!   number belongs to its year ([`crate::data`]).
//! - **The catalog**, when several organs fit the number and the date.
//!
//! The words make an organ decisive (it is named, or `its` has no other
//! owner in the clause), preferred (the text's own for a bare number; one
//! the clause names), second (the General Assembly, which other organs'
//! texts cite by bare number; the text's own organ when the clause names
//! another), weak (the text's own organ for a bare number in a clause that
//! names a body the checker does not number) or possible (any organ whose
//! numbering fits). When the words are not decisive, the organs whose
//! numbering can hold the number by the text's date are the candidates: the
//! date decides between them (one it fits wins, the words breaking ties,
//! then the catalog); when it fits none, the organ the words rank highest
//! at second or above, whose date is then reported, or, when they rank
//! several equally, [`Attribution::NoneFits`], which `citation-session-date`
//! reports. A weak or possible organ must be confirmed by the date. When no
//! organ can have adopted the number by the text's date, the one the words
//! rank highest whose current session the number passes by least (a later
//! session than the text's own, which `citation-future` reports).

use crate::catalog::{Catalog, Key};
use crate::data;
use crate::model::Context;
use crate::syntax::citation::{Bodies, Body, Citation, CitationId, Qualifier, SessionRef};
use crate::syntax::date::Date;
use crate::syntax::Organ;

/// What the resolver concludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Attribution {
    /// This body adopted it ([`Organ::Other`]: a body the checker does not
    /// number).
    Organ(Organ),
    /// Several organs could have adopted a resolution with this number, the
    /// words prefer none of them, and the cited date fits none of them.
    NoneFits(Bodies),
    /// The evidence does not decide.
    Unknown,
}

impl Attribution {
    pub fn organ(self) -> Option<Organ> {
        match self {
            Attribution::Organ(organ) => Some(organ),
            _ => None,
        }
    }
}

/// The organs whose numbering the checker knows.
pub const KNOWN: [Organ; 4] = [
    Organ::GeneralAssembly,
    Organ::SecurityCouncil,
    Organ::HumanRightsCouncil,
    Organ::EconomicAndSocialCouncil,
];

/// How strongly the words point at an organ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Excluded,
    /// Any organ whose numbering fits: chosen only when the date confirms it.
    Possible,
    /// The text's own organ for a bare number in a clause that names some
    /// other body: chosen when the date confirms it (the number may be that
    /// body's: `the Commission …, welcoming the adoption of resolution 31/1
    /// of 20 May 2022`).
    Weak,
    /// The General Assembly for a bare number in another organ's text, or
    /// the text's own organ when the clause names another organ: chosen
    /// when nothing ranks higher, and its date is then checked.
    Second,
    /// The text's own organ (`its resolution`, a bare number), or the organ
    /// the clause names.
    Preferred,
}

/// The date up to which a text without a date of its own may cite: a year
/// after the data was taken (July 2026).
const UNDATED_TEXT: Date = Date::new(2027, 7, 1);

/// A date after every session: numbers that fit at it have the shape of
/// the organ's numbering, whatever their session.
const LATEST: Date = Date::new(9999, 12, 31);

fn is_council(organ: Organ) -> bool {
    matches!(
        organ,
        Organ::SecurityCouncil | Organ::HumanRightsCouncil | Organ::EconomicAndSocialCouncil
    )
}

/// The date of the text the citation is in, or what its own number says
/// of it.
pub fn text_date(ctx: &Context) -> Option<Date> {
    let own = ctx.own;
    if own.date.is_some() {
        return own.date;
    }
    if let Some((_, year)) = own.sc {
        return Some(Date::new(year, 12, 31));
    }
    match (ctx.organ, own.number) {
        (Some(Organ::HumanRightsCouncil), Some((SessionRef::Regular(n), _))) => {
            data::hrc_session_range(n).map(|(_, end)| end)
        }
        (_, Some((SessionRef::Regular(n), _))) => data::ga_session_range(n).map(|(_, end)| end),
        _ => None,
    }
}

/// Whether `organ` numbers its texts in the form of `id` at all: a year in
/// brackets is the Security Council's alone; General Assembly numbers
/// `N/M` begin with session 31; `N/M` with N a year is a number by year.
pub fn form_allows(organ: Organ, id: CitationId) -> bool {
    match (organ, id) {
        (Organ::SecurityCouncil, CitationId::Year { .. }) => true,
        (Organ::SecurityCouncil, _) | (_, CitationId::Year { .. }) => false,
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            },
        ) => (31..=200).contains(&n),
        (
            Organ::HumanRightsCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            },
        ) => n <= 200,
        (Organ::HumanRightsCouncil, CitationId::Roman { .. }) => false,
        // Numbers by year since 1978, the session in roman numerals before.
        (
            Organ::EconomicAndSocialCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(year),
                ..
            },
        ) => year >= 1946,
        (Organ::EconomicAndSocialCouncil, CitationId::Slash { .. }) => false,
        _ => true,
    }
}

/// Whether `organ` can have adopted a text numbered `id` by `at` (the
/// citing text's date).
fn fits_number(organ: Organ, id: CitationId, at: Date) -> bool {
    match (organ, id) {
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            },
        ) => (31..=200).contains(&n) && n <= data::ga_session_at(at),
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Special(n),
                ..
            },
        ) => n >= 8 && data::ga_special_opened(n).is_none_or(|opened| opened <= at),
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Emergency(n),
                ..
            },
        ) => n >= 6 && data::ga_emergency_opened(n).is_none_or(|opened| opened <= at),
        (
            Organ::GeneralAssembly,
            CitationId::Roman {
                session: Some(session),
                ..
            },
        ) => match session {
            SessionRef::Regular(n) => n <= 30,
            SessionRef::Special(n) => n <= 7,
            SessionRef::Emergency(n) => n <= 5,
        },
        (
            Organ::HumanRightsCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            },
        ) => (1..=200).contains(&n) && n <= data::hrc_session_at(at),
        (
            Organ::HumanRightsCouncil,
            CitationId::Slash {
                session: SessionRef::Special(n),
                ..
            },
        ) => n >= 1 && at >= HRC_FIRST_SPECIAL,
        (
            Organ::EconomicAndSocialCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(year),
                ..
            },
        ) => year >= 1978 && year <= at.year + 1,
        (Organ::SecurityCouncil, CitationId::Year { year, .. }) => (1946..=at.year).contains(&year),
        _ => false,
    }
}

/// How many sessions past the organ's current one (at `at`) a regular
/// session number is (0 when it is not past, or for other numbers).
fn excess(organ: Organ, id: CitationId, at: Date) -> u32 {
    let CitationId::Slash {
        session: SessionRef::Regular(n),
        ..
    } = id
    else {
        return 0;
    };
    let current = match organ {
        Organ::GeneralAssembly => data::ga_session_at(at),
        Organ::HumanRightsCouncil => data::hrc_session_at(at),
        Organ::EconomicAndSocialCouncil => at.year + 1,
        _ => return 0,
    };
    n.saturating_sub(current)
}

/// The Human Rights Council's first special session opened on 5 July 2006.
const HRC_FIRST_SPECIAL: Date = Date::new(2006, 7, 5);

/// The dates within which `organ` adopted texts numbered like `id`, as
/// far as they are known: (earliest, latest).
pub fn window(organ: Organ, id: CitationId) -> Option<(Date, Option<Date>)> {
    let both = |range: Option<(Date, Date)>| range.map(|(start, end)| (start, Some(end)));
    match (organ, id) {
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            }
            | CitationId::Roman {
                session: Some(SessionRef::Regular(n)),
                ..
            },
        ) => both(data::ga_session_range(n)),
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Special(n),
                ..
            }
            | CitationId::Roman {
                session: Some(SessionRef::Special(n)),
                ..
            },
        ) => data::ga_special_opened(n).map(|opened| (opened, None)),
        (
            Organ::GeneralAssembly,
            CitationId::Slash {
                session: SessionRef::Emergency(n),
                ..
            }
            | CitationId::Roman {
                session: Some(SessionRef::Emergency(n)),
                ..
            },
        ) => data::ga_emergency_opened(n).map(|opened| (opened, None)),
        (
            Organ::HumanRightsCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(n),
                ..
            },
        ) => both(data::hrc_session_range(n)),
        (
            Organ::HumanRightsCouncil,
            CitationId::Slash {
                session: SessionRef::Special(_),
                ..
            },
        ) => Some((HRC_FIRST_SPECIAL, None)),
        (
            Organ::EconomicAndSocialCouncil,
            CitationId::Slash {
                session: SessionRef::Regular(year),
                ..
            },
        ) => both(data::ecosoc_session_range(year)),
        (Organ::SecurityCouncil, CitationId::Year { year, .. }) => {
            Some((Date::new(year, 1, 1), Some(Date::new(year, 12, 31))))
        }
        _ => None,
    }
}

/// Whether `date` falls within the dates `organ` adopted texts numbered
/// like `id` (true when they are not known).
pub fn fits_date(organ: Organ, id: CitationId, date: Date) -> bool {
    window(organ, id).is_none_or(|(start, end)| start <= date && end.is_none_or(|end| date <= end))
}

/// How the words rank each organ of [`KNOWN`], or the attribution they
/// decide by themselves.
fn levels(ctx: &Context, citation: &Citation) -> Result<[Level; 4], Attribution> {
    let own = ctx.organ;
    let decisive = |organ: Organ| -> Attribution {
        if form_allows(organ, citation.id) {
            Attribution::Organ(organ)
        } else {
            Attribution::Unknown
        }
    };
    let mut levels = [Level::Excluded; 4];
    let set = |levels: &mut [Level; 4], organ: Organ, level: Level| {
        if let Some(i) = KNOWN.iter().position(|o| *o == organ) {
            levels[i] = levels[i].max(level);
        }
    };
    let councils = |levels: &mut [Level; 4], level: Level| {
        for organ in KNOWN.into_iter().filter(|o| is_council(*o)) {
            set(levels, organ, level);
        }
    };
    // The other bodies a clause names, besides the text's own organ.
    let others = |clause: Bodies| {
        KNOWN
            .into_iter()
            .chain([Organ::Other])
            .map(Body::Organ)
            .chain([Body::Council])
            .filter(move |body| {
                clause.contains(*body)
                    && match body {
                        Body::Organ(organ) => Some(*organ) != own,
                        Body::Council => !own.is_some_and(is_council),
                    }
            })
    };
    match citation.qualifier {
        Qualifier::Named(Body::Organ(Organ::Other)) => {
            return Err(Attribution::Organ(Organ::Other))
        }
        Qualifier::Named(Body::Organ(organ)) => return Err(decisive(organ)),
        Qualifier::Named(Body::Council) => match own {
            Some(organ) if is_council(organ) => return Err(decisive(organ)),
            _ => councils(&mut levels, Level::Preferred),
        },
        Qualifier::Its { clause } => {
            let Some(organ) = own else {
                return Err(Attribution::Unknown);
            };
            if organ == Organ::Other {
                return Err(Attribution::Organ(Organ::Other));
            }
            if others(clause).next().is_none() {
                return Err(decisive(organ));
            }
            set(&mut levels, organ, Level::Preferred);
            for body in others(clause) {
                match body {
                    Body::Organ(other) => set(&mut levels, other, Level::Second),
                    Body::Council => councils(&mut levels, Level::Second),
                }
            }
        }
        Qualifier::Bare { clause } => {
            let mut named = false;
            let mut other_body = false;
            for body in others(clause) {
                match body {
                    Body::Organ(Organ::Other) => other_body = true,
                    Body::Organ(other) => {
                        named = true;
                        set(&mut levels, other, Level::Preferred);
                    }
                    Body::Council => {
                        named = true;
                        councils(&mut levels, Level::Preferred);
                    }
                }
            }
            match own {
                Some(Organ::Other) | None => {}
                Some(organ) if named => set(&mut levels, organ, Level::Second),
                Some(organ) if other_body => set(&mut levels, organ, Level::Weak),
                Some(organ) => set(&mut levels, organ, Level::Preferred),
            }
            // Other organs' texts cite the Assembly by bare number, unless
            // the clause names their own organ (`Human Rights Council
            // resolution 5/1 …, and resolution 5/2`).
            let own_named = own.is_some_and(|o| {
                clause.contains(Body::Organ(o)) || is_council(o) && clause.contains(Body::Council)
            });
            if own != Some(Organ::GeneralAssembly) && !own_named {
                set(&mut levels, Organ::GeneralAssembly, Level::Second);
            }
            // Any organ whose numbering fits, if the date confirms it; not
            // the Economic and Social Council, whose numbers by year its
            // commissions share: it must be named.
            for organ in KNOWN {
                if organ != Organ::EconomicAndSocialCouncil {
                    set(&mut levels, organ, Level::Possible);
                }
            }
        }
    }
    Ok(levels)
}

/// Up to four organs with their levels, kept without allocating (the
/// resolver runs for every citation, once for each rule).
#[derive(Clone, Copy)]
struct Ranked {
    items: [(Organ, Level); 4],
    len: usize,
}

impl Ranked {
    fn as_slice(&self) -> &[(Organ, Level)] {
        &self.items[..self.len]
    }

    fn is_empty(&self) -> bool {
        self.len == 0
    }
}

impl FromIterator<(Organ, Level)> for Ranked {
    fn from_iter<I: IntoIterator<Item = (Organ, Level)>>(iter: I) -> Ranked {
        let mut ranked = Ranked {
            items: [(Organ::Other, Level::Excluded); 4],
            len: 0,
        };
        for item in iter.into_iter().take(4) {
            ranked.items[ranked.len] = item;
            ranked.len += 1;
        }
        ranked
    }
}

/// The organ at the single highest level among `candidates`, if one is.
fn best(candidates: &[(Organ, Level)]) -> Option<(Organ, Level)> {
    let top = candidates.iter().map(|c| c.1).max()?;
    let mut at_top = candidates.iter().filter(|c| c.1 == top);
    let first = *at_top.next()?;
    at_top.next().is_none().then_some(first)
}

/// Which body adopted `citation`, in the text `ctx` describes; `catalog`
/// settles ties between organs that fit the number and the date.
pub fn attribute(ctx: &Context, citation: &Citation, catalog: Option<&Catalog>) -> Attribution {
    // A year in brackets is the Security Council's, whatever the words
    // around it, unless they name another body.
    if let CitationId::Year { .. } = citation.id {
        return match citation.qualifier {
            Qualifier::Named(Body::Organ(organ)) if organ != Organ::SecurityCouncil => {
                if organ == Organ::Other {
                    Attribution::Organ(Organ::Other)
                } else {
                    Attribution::Unknown
                }
            }
            _ => Attribution::Organ(Organ::SecurityCouncil),
        };
    }
    let levels = match levels(ctx, citation) {
        Ok(levels) => levels,
        Err(decided) => return decided,
    };
    let at = text_date(ctx).unwrap_or(UNDATED_TEXT);
    let candidates: Ranked = KNOWN
        .into_iter()
        .zip(levels)
        .filter(|(organ, level)| *level > Level::Excluded && fits_number(*organ, citation.id, at))
        .collect();
    if candidates.as_slice().iter().all(|c| c.1 < Level::Second) {
        // No organ the words point at can have adopted that number by the
        // text's date: the one they rank highest, whose number is then
        // reported (a session later than the text's own); among several,
        // the one whose current session the number passes by least
        // (`75/180` in a text of 2019 is a slip of the Assembly's
        // seventy-fourth session, not of the Council's forty-first).
        let shaped = KNOWN.into_iter().zip(levels).filter(|(organ, level)| {
            *level >= Level::Second && fits_number(*organ, citation.id, LATEST)
        });
        let least = shaped
            .clone()
            .map(|(organ, _)| excess(organ, citation.id, at))
            .min();
        let nearest: Ranked = shaped
            .filter(|(organ, _)| Some(excess(*organ, citation.id, at)) == least)
            .collect();
        if let Some((organ, _)) = best(nearest.as_slice()) {
            return Attribution::Organ(organ);
        }
        if candidates.is_empty() {
            return Attribution::Unknown;
        }
    }
    let Some(date) = citation.date.map(|(d, _)| d).filter(Date::is_valid) else {
        return match best(candidates.as_slice()) {
            Some((organ, level)) if level >= Level::Second => Attribution::Organ(organ),
            _ => Attribution::Unknown,
        };
    };
    let fitting: Ranked = candidates
        .as_slice()
        .iter()
        .copied()
        .filter(|(organ, _)| fits_date(*organ, citation.id, date))
        .collect();
    if let Some((organ, _)) = best(fitting.as_slice()) {
        return Attribution::Organ(organ);
    }
    if !fitting.is_empty() {
        // Several fit equally: the one whose catalog entry has that date.
        let mut dated_there = fitting.as_slice().iter().map(|c| c.0).filter(|organ| {
            catalog.is_some_and(|catalog| {
                Key::of_citation(*organ, citation)
                    .and_then(|key| catalog.get(&key))
                    .is_some_and(|entry| entry.accepts_date(date))
            })
        });
        return match (dated_there.next(), dated_there.next()) {
            (Some(organ), None) => Attribution::Organ(organ),
            _ => Attribution::Unknown,
        };
    }
    // The date fits none: the organ the words prefer, whose date is wrong;
    // or, when they prefer several equally, that none fits.
    match best(candidates.as_slice()) {
        Some((organ, level)) if level >= Level::Second => Attribution::Organ(organ),
        Some(_) => Attribution::Unknown,
        None => {
            let top = candidates
                .as_slice()
                .iter()
                .map(|c| c.1)
                .max()
                .unwrap_or(Level::Excluded);
            if top < Level::Second {
                return Attribution::Unknown;
            }
            let mut set = Bodies::default();
            for (organ, level) in candidates.as_slice() {
                if *level == top {
                    set = set.with(Body::Organ(*organ));
                }
            }
            Attribution::NoneFits(set)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    /// The attribution of the citation written `cited` on the last line of
    /// `text`.
    fn attributed(text: &str, cited: &str) -> Attribution {
        let document = Document::new(text);
        let index = document.lines().len() - 1;
        let line = document.line_text(index as u32).into_owned();
        let citation = document.lines()[index]
            .citations()
            .iter()
            .find(|c| &line[c.span.start as usize..c.span.end as usize] == cited)
            .unwrap_or_else(|| panic!("no citation {cited} in {line:?}"));
        document
            .model()
            .context()
            .attribute(citation, document.catalog())
    }

    const GA: &str = "Resolution adopted by the General Assembly on 9 December 2021\n76/71.\tTitle\n\n\tThe General Assembly,\n";
    const HRC: &str = "Resolution adopted by the Human Rights Council on 12 October 2023\n54/1.\tTitle\n\n\tThe Human Rights Council,\n";

    fn organ(organ: Organ) -> Attribution {
        Attribution::Organ(organ)
    }

    #[test]
    fn the_words_decide_when_they_name_the_body() {
        // `by the Assembly in its resolution` in a Human Rights Council text.
        assert_eq!(
            attributed(
                &format!("{HRC}\tRecalling the decision taken by the Assembly in its resolution 77/298 of 22 June 2023,"),
                "77/298"
            ),
            organ(Organ::GeneralAssembly)
        );
        // The Council of a General Assembly text: whichever the number is.
        for (text, council) in [
            ("52/28", Organ::HumanRightsCouncil),
            ("2019/15", Organ::EconomicAndSocialCouncil),
            ("1871 (2009)", Organ::SecurityCouncil),
        ] {
            assert_eq!(
                attributed(&format!("{GA}\tWelcoming Council resolution {text},"), text),
                organ(council),
                "{text}"
            );
        }
        assert_eq!(
            attributed(
                &format!("{GA}\tNoting that the Environment Assembly, in its resolution 2/10 of 27 May 2016, decided,"),
                "2/10"
            ),
            organ(Organ::Other)
        );
    }

    #[test]
    fn lists_keep_the_organ_their_clause_names() {
        let text = format!("{GA}\tRecalling Economic and Social Council resolutions 2019/15 of 8 July 2019 and 2020/23 of 22 July 2020, as well as resolutions 2001/12 of 24 July 2001,");
        for cited in ["2019/15", "2020/23", "2001/12"] {
            assert_eq!(
                attributed(&text, cited),
                organ(Organ::EconomicAndSocialCouncil),
                "{cited}"
            );
        }
    }

    #[test]
    fn a_clause_naming_another_body_leaves_the_number_and_date_to_decide() {
        // The example: only the General Assembly can have adopted a
        // resolution 74/3 on 10 October 2019, so it is checked, and a date
        // outside its session is reported against it.
        let clause = "\t10.\tWelcomes the work of the Conference on small island developing States, and reaffirms its resolution 74/3 of";
        assert_eq!(
            attributed(&format!("{GA}{clause} 10 October 2019,"), "74/3"),
            organ(Organ::GeneralAssembly)
        );
        assert_eq!(
            attributed(&format!("{GA}{clause} 10 October 2017,"), "74/3"),
            organ(Organ::GeneralAssembly)
        );
        // A bare number in a clause naming a body the checker does not
        // number: confirmed by the date, or left to that body.
        let commission = "\tReaffirming the role of the Commission on Crime Prevention and Criminal Justice, and welcoming the adoption of resolution 31/1 of";
        assert_eq!(
            attributed(&format!("{GA}{commission} 20 May 2022,"), "31/1"),
            Attribution::Unknown
        );
    }

    #[test]
    fn the_number_and_its_range_decide_between_organs() {
        // In a Human Rights Council text of 2023 the Council had held 54
        // sessions: `77/317` is the Assembly's.
        assert_eq!(
            attributed(&format!("{HRC}2 Resolution 77/317."), "77/317"),
            organ(Organ::GeneralAssembly)
        );
        assert_eq!(
            attributed(&format!("{HRC}\tRecalling its resolution 52/2,"), "52/2"),
            organ(Organ::HumanRightsCouncil)
        );
        // General Assembly numbers `N/M` begin with session 31: a bare
        // `16/18` of March 2011 is the Council's sixteenth session.
        assert_eq!(
            attributed(
                &format!("{GA}\tRecalling resolution 16/18 of 24 March 2011,"),
                "16/18"
            ),
            organ(Organ::HumanRightsCouncil)
        );
        // A bare `5/14` whose date fits no session of the Council is some
        // other body's.
        assert_eq!(
            attributed(
                &format!("{GA}\tRecalling resolution 5/14 of 2 March 2022,"),
                "5/14"
            ),
            Attribution::Unknown
        );
        // A year in brackets is the Security Council's.
        assert_eq!(
            attributed(
                &format!("{HRC}\tRecalling its resolution 2250 (2015),"),
                "2250 (2015)"
            ),
            organ(Organ::SecurityCouncil)
        );
        // A later session of the text's own organ stays its own.
        assert_eq!(
            attributed(&format!("{GA}\tRecalling resolution 77/5,"), "77/5"),
            organ(Organ::GeneralAssembly)
        );
    }

    #[test]
    fn when_the_date_fits_none_of_the_organs_the_words_name() {
        let council = "Resolution 2790 (2025)\n\tThe Security Council,\n\tRecalling the resolutions of the General Assembly and of the Human Rights Council, including resolution 55/2 of";
        assert_eq!(
            attributed(&format!("{council} 5 April 2024,"), "55/2"),
            organ(Organ::HumanRightsCouncil)
        );
        assert_eq!(
            attributed(&format!("{council} 3 April 2019,"), "55/2"),
            Attribution::NoneFits(
                Bodies::default()
                    .with(Body::Organ(Organ::GeneralAssembly))
                    .with(Body::Organ(Organ::HumanRightsCouncil))
            )
        );
    }

    #[test]
    fn windows_of_the_organs() {
        let id = |session: u32| CitationId::Slash {
            session: SessionRef::Regular(session),
            number: 1,
        };
        // Economic and Social Council: the calendar year until 2014, July
        // to July from its 2015 session.
        assert!(fits_date(
            Organ::EconomicAndSocialCouncil,
            id(2014),
            Date::new(2014, 11, 3)
        ));
        assert!(!fits_date(
            Organ::EconomicAndSocialCouncil,
            id(2014),
            Date::new(2013, 7, 24)
        ));
        assert!(fits_date(
            Organ::EconomicAndSocialCouncil,
            id(2015),
            Date::new(2014, 7, 22)
        ));
        assert!(fits_date(
            Organ::EconomicAndSocialCouncil,
            id(2021),
            Date::new(2020, 9, 14)
        ));
        assert!(!fits_date(
            Organ::EconomicAndSocialCouncil,
            id(2021),
            Date::new(2021, 9, 14)
        ));
        // Human Rights Council: session 52 in March 2023, 54 in September
        // and October 2023.
        assert!(fits_date(
            Organ::HumanRightsCouncil,
            id(52),
            Date::new(2023, 4, 4)
        ));
        assert!(!fits_date(
            Organ::HumanRightsCouncil,
            id(53),
            Date::new(2023, 4, 4)
        ));
        assert!(fits_date(
            Organ::HumanRightsCouncil,
            id(54),
            Date::new(2023, 10, 11)
        ));
        // General Assembly: to the next opening, that day included.
        assert!(fits_date(
            Organ::GeneralAssembly,
            id(70),
            Date::new(2016, 9, 13)
        ));
        assert!(!fits_date(
            Organ::GeneralAssembly,
            id(70),
            Date::new(2016, 9, 14)
        ));
    }
}
