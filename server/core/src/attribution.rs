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
//! The words make an organ decisive (it is named), preferred (the text's
//! own for `its` or a bare number; one the clause names), second (the
//! General Assembly, which other organs' texts cite by bare number) or
//! possible. When the words are not decisive, the organs whose numbering
//! can hold the number are the candidates: when the date fits exactly one,
//! that one; when it fits none, the one the words prefer (so that the date
//! is reported against it), or, when the words prefer several equally,
//! [`Attribution::NoneFits`], which `citation-session-date` reports. An
//! organ that is only possible must be confirmed by the date.

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
    if let Some((number, year)) = own.sc {
        let _ = number;
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
    let others = |clause: Bodies| -> Vec<Body> {
        let mut found = Vec::new();
        for organ in KNOWN.into_iter().chain([Organ::Other]) {
            if clause.contains(Body::Organ(organ)) && Some(organ) != own {
                found.push(Body::Organ(organ));
            }
        }
        if clause.contains(Body::Council) && !own.is_some_and(is_council) {
            found.push(Body::Council);
        }
        found
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
            let others = others(clause);
            if others.is_empty() {
                return Err(decisive(organ));
            }
            set(&mut levels, organ, Level::Preferred);
            for body in others {
                match body {
                    Body::Organ(other) => set(&mut levels, other, Level::Second),
                    Body::Council => councils(&mut levels, Level::Second),
                }
            }
        }
        Qualifier::Bare { clause } => {
            let others = others(clause);
            let mut named = false;
            let mut other_body = false;
            for body in &others {
                match body {
                    Body::Organ(Organ::Other) => other_body = true,
                    Body::Organ(other) => {
                        named = true;
                        set(&mut levels, *other, Level::Preferred);
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
    let candidates: Vec<(Organ, Level)> = KNOWN
        .into_iter()
        .zip(levels)
        .filter(|(organ, level)| *level > Level::Excluded && fits_number(*organ, citation.id, at))
        .collect();
    if candidates.iter().all(|c| c.1 < Level::Second) {
        // No organ the words point at can have adopted that number by the
        // text's date: the one
        // the words rank highest, if one is, whose number is then reported
        // (a session later than the text's own).
        // Among several, the one whose current session the number passes
        // by least: `75/180` in a text of 2019 is a slip of the Assembly's
        // seventy-fourth session, not of the Council's forty-first.
        let mut ranked: Vec<(Organ, Level, u32)> = KNOWN
            .into_iter()
            .zip(levels)
            .filter(|(organ, level)| {
                *level >= Level::Second && fits_number(*organ, citation.id, LATEST)
            })
            .map(|(organ, level)| (organ, level, excess(organ, citation.id, at)))
            .collect();
        let least = ranked.iter().map(|r| r.2).min().unwrap_or(0);
        ranked.retain(|r| r.2 == least);
        let ranked: Vec<(Organ, Level)> = ranked.into_iter().map(|(o, l, _)| (o, l)).collect();
        if let Some((organ, _)) = best(&ranked) {
            return Attribution::Organ(organ);
        }
        if candidates.is_empty() {
            return Attribution::Unknown;
        }
    }
    let Some(date) = citation.date.map(|(d, _)| d).filter(Date::is_valid) else {
        return match best(&candidates) {
            Some((organ, level)) if level >= Level::Second => Attribution::Organ(organ),
            _ => Attribution::Unknown,
        };
    };
    let fitting: Vec<(Organ, Level)> = candidates
        .iter()
        .copied()
        .filter(|(organ, _)| fits_date(*organ, citation.id, date))
        .collect();
    if let Some((organ, _)) = best(&fitting) {
        return Attribution::Organ(organ);
    }
    if !fitting.is_empty() {
        // Several fit equally: the one whose catalog entry has that date.
        let dated_there: Vec<Organ> = fitting
            .iter()
            .map(|c| c.0)
            .filter(|organ| {
                catalog.is_some_and(|catalog| {
                    Key::of_citation(*organ, citation)
                        .and_then(|key| catalog.get(&key))
                        .is_some_and(|entry| entry.accepts_date(date))
                })
            })
            .collect();
        return match dated_there.as_slice() {
            [organ] => Attribution::Organ(*organ),
            _ => Attribution::Unknown,
        };
    }
    // The date fits none: the organ the words prefer, whose date is wrong.
    match best(&candidates) {
        Some((organ, level)) if level >= Level::Second => Attribution::Organ(organ),
        Some(_) => Attribution::Unknown,
        None => {
            let top = candidates
                .iter()
                .map(|c| c.1)
                .max()
                .unwrap_or(Level::Excluded);
            if top < Level::Second {
                return Attribution::Unknown;
            }
            let mut set = Bodies::default();
            for (organ, level) in &candidates {
                if *level == top {
                    set = set.with(Body::Organ(*organ));
                }
            }
            Attribution::NoneFits(set)
        }
    }
}
