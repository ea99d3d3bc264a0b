//! How a catalog entry is identified: by organ, kind, series (the session,
//! or the year of an Economic and Social Council number) and number — the
//! same identity a citation in the text has, whatever the form it is
//! written in (`A/RES/3369(XXX)`, `3369 (XXX)`).

use std::fmt;

use crate::syntax::citation::{roman_value, to_roman, Citation, CitationId, SessionRef};
use crate::syntax::{CitationKind, Organ};

/// The series a number belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Series {
    /// A General Assembly or Human Rights Council session; for the Economic
    /// and Social Council, `Regular(year)`.
    Session(SessionRef),
    /// The Security Council numbers its resolutions in one series.
    Single,
}

/// The identity of a resolution or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    pub organ: Organ,
    pub kind: CitationKind,
    pub series: Series,
    pub number: u32,
}

/// How General Assembly numbers were written: old style `3369 (XXX)` up to
/// the thirtieth session (1975), the seventh special and the fifth emergency
/// special session, new style (`31/1`, `S-8/1`, `ES-6/1`) after.
pub fn ga_old_style(session: SessionRef) -> bool {
    match session {
        SessionRef::Regular(n) => n <= 30,
        SessionRef::Special(n) => n <= 7,
        SessionRef::Emergency(n) => n <= 5,
    }
}

impl Key {
    /// The key of `citation`, given the organ it refers to.
    pub fn of_citation(organ: Organ, citation: &Citation) -> Option<Key> {
        let series = match (organ, citation.id) {
            (Organ::SecurityCouncil, CitationId::Year { .. }) => Series::Single,
            (Organ::SecurityCouncil, _) | (_, CitationId::Year { .. }) => return None,
            // `1989/64` after a General Assembly or Council qualifier is a
            // year: the resolution of another body.
            (
                Organ::GeneralAssembly | Organ::HumanRightsCouncil,
                CitationId::Slash {
                    session: SessionRef::Regular(n),
                    ..
                },
            ) if n > 200 => return None,
            (_, CitationId::Slash { session, .. }) => Series::Session(session),
            (_, CitationId::Roman { session, .. }) => Series::Session(session?),
        };
        let number = match citation.id {
            CitationId::Slash { number, .. }
            | CitationId::Roman { number, .. }
            | CitationId::Year { number, .. } => number,
        };
        Some(Key {
            organ,
            kind: citation.kind,
            series,
            number,
        })
    }

    /// How a text cites this key (`67/264`, `3369 (XXX)`, `ES-10/19`,
    /// `1624 (2005)` given the year of a Security Council resolution).
    pub fn cite(&self, year: Option<u32>) -> String {
        match self.series {
            Series::Single => match year {
                Some(year) => format!("{} ({year})", self.number),
                None => self.number.to_string(),
            },
            Series::Session(session) => {
                if self.organ == Organ::GeneralAssembly && ga_old_style(session) {
                    let roman = match session {
                        SessionRef::Regular(n) => to_roman(n),
                        SessionRef::Special(n) => format!("S-{}", to_roman(n)),
                        SessionRef::Emergency(n) => format!("ES-{}", to_roman(n)),
                    };
                    format!("{} ({roman})", self.number)
                } else {
                    format!("{}/{}", SessionName(session), self.number)
                }
            }
        }
    }

    /// The official document symbol (`A/RES/67/264`, `A/RES/3369(XXX)`,
    /// `S/RES/1624(2005)`, `A/HRC/RES/52/2`, `E/RES/2013/5`, `A/DEC/79/505`).
    pub fn symbol(&self, year: Option<u32>) -> String {
        self.symbol_of_cite(&self.cite(year))
    }

    /// [`Key::symbol`] from the citation form [`Key::cite`] gives for the
    /// same year (the built-in catalog writes both for its 12,000 entries).
    pub fn symbol_of_cite(&self, cite: &str) -> String {
        let kind = match self.kind {
            CitationKind::Resolution => "RES/",
            CitationKind::Decision => "DEC/",
        };
        let organ = match self.organ {
            Organ::GeneralAssembly => "A/",
            Organ::SecurityCouncil => "S/",
            Organ::HumanRightsCouncil => "A/HRC/",
            Organ::EconomicAndSocialCouncil => "E/",
            Organ::Other => "",
        };
        let mut symbol = String::with_capacity(organ.len() + kind.len() + cite.len());
        if !organ.is_empty() {
            symbol.push_str(organ);
            symbol.push_str(kind);
        }
        // The cite without the space before a parenthesis: `3369(XXX)`.
        let mut rest = cite;
        while let Some(at) = rest.find(" (") {
            symbol.push_str(&rest[..at]);
            symbol.push('(');
            rest = &rest[at + 2..];
        }
        symbol.push_str(rest);
        symbol
    }
}

/// A session as numbers write it: `67`, `ES-10`, `S-32`.
pub struct SessionName(pub SessionRef);

impl fmt::Display for SessionName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            SessionRef::Regular(n) => write!(f, "{n}"),
            SessionRef::Special(n) => write!(f, "S-{n}"),
            SessionRef::Emergency(n) => write!(f, "ES-{n}"),
        }
    }
}

/// Reads a session written `67`, `ES-10`, `S-32`, or in roman numerals
/// (`XXX`, `ES-I`, `S-1`) when `roman` is set.
pub fn parse_session(text: &str, roman: bool) -> Option<SessionRef> {
    let number = |t: &str| -> Option<u32> {
        if roman {
            roman_value(t).or_else(|| t.parse().ok())
        } else {
            t.parse().ok()
        }
    };
    let session = if let Some(rest) = text.strip_prefix("ES-") {
        SessionRef::Emergency(number(rest)?)
    } else if let Some(rest) = text.strip_prefix("S-") {
        SessionRef::Special(number(rest)?)
    } else {
        SessionRef::Regular(number(text)?)
    };
    Some(session)
}

/// Reads a citation key as the built-in catalog writes it (`67/264`,
/// `3369 (XXX)`, `1624` for the Security Council).
pub fn parse_cite(organ: Organ, kind: CitationKind, text: &str) -> Option<Key> {
    let text = text.trim();
    if organ == Organ::SecurityCouncil {
        let number = text.split(' ').next()?.parse().ok()?;
        return Some(Key {
            organ,
            kind,
            series: Series::Single,
            number,
        });
    }
    let (session, number) = if let Some((number, rest)) = text.split_once('(') {
        let session = parse_session(rest.strip_suffix(')')?.trim(), true)?;
        (session, number.trim().parse().ok()?)
    } else {
        let (session, number) = text.split_once('/')?;
        (parse_session(session, false)?, number.parse().ok()?)
    };
    Some(Key {
        organ,
        kind,
        series: Series::Session(session),
        number,
    })
}

/// Reads a document symbol: `A/RES/67/264`, `A/RES/3369(XXX)`,
/// `A/RES/3369 (XXX)`, `S/RES/1624 (2005)`, `A/HRC/RES/52/2`,
/// `E/RES/2013/5`, `A/DEC/79/505`. Returns the key and, for the Security
/// Council, the year in brackets.
pub fn parse_symbol(symbol: &str) -> Option<(Key, Option<u32>)> {
    let symbol = symbol.trim();
    let (organ, rest) = if let Some(rest) = symbol.strip_prefix("A/HRC/") {
        (Organ::HumanRightsCouncil, rest)
    } else if let Some(rest) = symbol.strip_prefix("A/") {
        (Organ::GeneralAssembly, rest)
    } else if let Some(rest) = symbol.strip_prefix("S/") {
        (Organ::SecurityCouncil, rest)
    } else if let Some(rest) = symbol.strip_prefix("E/") {
        (Organ::EconomicAndSocialCouncil, rest)
    } else {
        return None;
    };
    let (kind, rest) = if let Some(rest) = rest.strip_prefix("RES/") {
        (CitationKind::Resolution, rest)
    } else if let Some(rest) = rest.strip_prefix("DEC/") {
        (CitationKind::Decision, rest)
    } else {
        return None;
    };
    if organ == Organ::SecurityCouncil {
        let (number, year) = match rest.split_once('(') {
            Some((number, year)) => (number.trim(), Some(year.strip_suffix(')')?.parse().ok()?)),
            None => (rest, None),
        };
        let key = Key {
            organ,
            kind,
            series: Series::Single,
            number: number.parse().ok()?,
        };
        return Some((key, year));
    }
    parse_cite(organ, kind, rest).map(|key| (key, None))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ga(session: SessionRef, number: u32) -> Key {
        Key {
            organ: Organ::GeneralAssembly,
            kind: CitationKind::Resolution,
            series: Series::Session(session),
            number,
        }
    }

    #[test]
    fn symbols_and_cites_round_trip() {
        for (symbol, cite) in [
            ("A/RES/67/264", "67/264"),
            ("A/RES/3369(XXX)", "3369 (XXX)"),
            ("A/RES/1003(ES-I)", "1003 (ES-I)"),
            ("A/RES/104(S-I)", "104 (S-I)"),
            ("A/RES/ES-10/19", "ES-10/19"),
            ("A/RES/S-32/1", "S-32/1"),
            ("A/HRC/RES/52/2", "52/2"),
            ("E/RES/2013/5", "2013/5"),
            ("A/DEC/79/505", "79/505"),
        ] {
            let (key, year) = parse_symbol(symbol).unwrap();
            assert_eq!(key.symbol(year), symbol);
            assert_eq!(key.cite(year), cite);
        }
        let (key, year) = parse_symbol("S/RES/1624 (2005)").unwrap();
        assert_eq!((key.number, year), (1624, Some(2005)));
        assert_eq!(key.symbol(year), "S/RES/1624(2005)");
        assert_eq!(key.cite(year), "1624 (2005)");
        assert!(parse_symbol("A/67/280").is_none());
        assert!(parse_symbol("A/RES/67").is_none());
    }

    #[test]
    fn old_and_new_style_numbers_are_the_same_key() {
        let a = parse_symbol("A/RES/3369 (XXX)").unwrap().0;
        let b = parse_cite(
            Organ::GeneralAssembly,
            CitationKind::Resolution,
            "3369 (XXX)",
        )
        .unwrap();
        assert_eq!(a, b);
        assert_eq!(a, ga(SessionRef::Regular(30), 3369));
        // The built-in catalog writes special sessions in arabic figures.
        let c = parse_cite(
            Organ::GeneralAssembly,
            CitationKind::Resolution,
            "104 (S-1)",
        )
        .unwrap();
        assert_eq!(c, ga(SessionRef::Special(1), 104));
        assert_eq!(ga(SessionRef::Regular(31), 1).cite(None), "31/1");
    }
}
