//! Citations of resolutions and decisions in running text.
//!
//! Recognized after the word `resolution(s)` or `decision(s)`: new-style
//! General Assembly numbers (`67/264`, `ES-10/19`, `S-26/2`, `31/16 A`),
//! old style (`3369 (XXX)`, `217 A (III)`, `2252 (ES-V)`), Security Council
//! numbers with their year (`1624 (2005)`), lists of them joined by commas and
//! `and`, each optionally dated (`of 17 May 2013`). What the line says about
//! the organ (`Security Council resolution`, `its resolution`) is kept as a
//! [`Qualifier`]; the document model resolves it to an organ.

use std::sync::LazyLock;

use regex::Regex;

use super::date::Date;
use super::{Organ, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationKind {
    Resolution,
    Decision,
}

/// The session part of a General Assembly or Human Rights Council number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionRef {
    Regular(u32),
    Special(u32),
    Emergency(u32),
}

/// What identifies the cited text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationId {
    /// `67/264`, `ES-10/19`, `S-26/2`, or ECOSOC's `2013/5` (year/number).
    Slash { session: SessionRef, number: u32 },
    /// Old General Assembly style `3369 (XXX)`; `session` is `None` when the
    /// roman numeral is not a valid one.
    Roman {
        number: u32,
        session: Option<SessionRef>,
        roman: Span,
    },
    /// Security Council style `1624 (2005)`.
    Year {
        number: u32,
        year: u32,
        year_span: Span,
    },
}

/// What the text before the citation says about the organ.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// Named in full: `Security Council resolution 1624 (2005)`.
    Explicit(Organ),
    /// `its resolution`: the adopting organ's, unless the sentence names
    /// another body around it (`nearby`, or `other_body` for an unknown one).
    Its {
        nearby: Option<Organ>,
        other_body: bool,
    },
    /// `Council resolution`: the Council adopting the text, if it is one.
    Council,
    /// `Assembly resolution`: the General Assembly.
    Assembly,
    /// No qualifier: `resolution 67/264`.
    Bare,
    /// No qualifier, but the clause names a body before it (`the resolutions
    /// of the Human Rights Council, the most recent being resolution 47/1`).
    Context {
        nearby: Option<Organ>,
        other_body: bool,
    },
}

/// One cited resolution or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    pub kind: CitationKind,
    pub id: CitationId,
    pub qualifier: Qualifier,
    /// The number as written (`67/264`, `3369 (XXX)`, `1624 (2005)`), with parts.
    pub span: Span,
    /// The date after `of`, if any, with its span.
    pub date: Option<(Date, Span)>,
    /// Index of this item in its list (0 for the first).
    pub list_index: u16,
    /// The item names lettered parts (`31/16 A`, `217 A (III)`) or follows
    /// `section I of` / `part II of`.
    pub parts: bool,
    /// Byte offset of the `resolution(s)` word that leads the list.
    pub lead: u32,
}

static LEAD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)([Rr]esolutions?|[Dd]ecisions?)[ \u{a0}]+").unwrap());
static SLASH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:(ES|S)-(\d{1,2})|(\d{1,4}))/(\d{1,4})(?-u:\b)").unwrap());
static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(\d{1,4})(?: [A-Z](?: (?:and|to) [A-Z])?)? \(((?:ES-|S-)?)([IVXL]+)\)").unwrap()
});
static YEAR: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^(\d{1,4}) \((\d{4})\)").unwrap());
static PARTS: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ [A-Z](?:(?: and| to|,) [A-Z])*(?-u:\b)").unwrap());
static DATE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,? of (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})(?:[1-9]\d{0,2})?(?-u:\b)",
    )
    .unwrap()
});
static SEPARATOR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:,? and |, |,? as well as )").unwrap());
static BODY_NEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?-u:\b)(General Assembly|Security Council|Human Rights Council|Economic and Social Council|Commission|Conference|Assembly|Council|Committee|Board|Forum|Parties|Organization|Meeting)(?-u:\b)",
    )
    .unwrap()
});

/// Parses a roman numeral (I to L range and beyond); `None` if malformed.
pub fn roman_value(text: &str) -> Option<u32> {
    if text.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    roman_value_ignoring_case(text.as_bytes())
}

/// The value of a canonical roman numeral in either case (`iv`, `IV`), with
/// no allocation: the model reads every subparagraph label with it.
pub fn roman_value_ignoring_case(text: &[u8]) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    let value = |c: u8| match c.to_ascii_uppercase() {
        b'I' => Some(1i64),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let mut total = 0i64;
    for (i, &c) in text.iter().enumerate() {
        let v = value(c)?;
        match text.get(i + 1).map(|&next| value(next)) {
            Some(None) => return None,
            Some(Some(next)) if next > v => total -= v,
            _ => total += v,
        }
    }
    // Only canonical numerals count: XXXX or IIV are not sessions.
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    is_canonical_roman(total, text).then_some(total)
}

const ROMAN_TABLE: [(u32, &str); 9] = [
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// Whether `text` is how [`to_roman`] writes `n`, ignoring case.
fn is_canonical_roman(mut n: u32, text: &[u8]) -> bool {
    let mut at = 0;
    for (value, numeral) in ROMAN_TABLE {
        while n >= value {
            let end = at + numeral.len();
            match text.get(at..end) {
                Some(part) if part.eq_ignore_ascii_case(numeral.as_bytes()) => at = end,
                _ => return false,
            }
            n -= value;
        }
    }
    at == text.len()
}

/// Writes `n` in roman numerals (`4` is `IV`).
pub fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in ROMAN_TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Scans `text[from..]` for citations and appends them to `out`.
pub fn scan_citations(text: &str, from: usize, out: &mut Vec<Citation>) {
    let mut search = from;
    while let Some(found) = LEAD.find_at(text, search) {
        let word = &text[found.start()..];
        let kind = if word.starts_with('d') || word.starts_with('D') {
            CitationKind::Decision
        } else {
            CitationKind::Resolution
        };
        let before_count = out.len();
        let end = parse_list(text, found.start(), found.end(), kind, out);
        search = end.max(found.end());
        if out.len() > before_count {
            let qualifier = qualifier(text, from, found.start(), end);
            for citation in &mut out[before_count..] {
                citation.qualifier = qualifier;
            }
        }
    }
}

/// Parses the list of items after a lead word; returns the end of the list.
fn parse_list(
    text: &str,
    lead: usize,
    mut pos: usize,
    kind: CitationKind,
    out: &mut Vec<Citation>,
) -> usize {
    let mut index = 0u16;
    let mut end = pos;
    while let Some((citation, item_end)) = parse_item(text, pos, kind, lead, index) {
        out.push(citation);
        end = item_end;
        index += 1;
        match SEPARATOR.find(&text[item_end..]) {
            Some(sep) => pos = item_end + sep.end(),
            None => break,
        }
    }
    end
}

fn parse_item(
    text: &str,
    pos: usize,
    kind: CitationKind,
    lead: usize,
    list_index: u16,
) -> Option<(Citation, usize)> {
    let rest = &text[pos..];
    let mut parts = text[..lead]
        .trim_end()
        .rsplit(' ')
        .take(4)
        .any(|w| matches!(w, "section" | "sections" | "part" | "parts" | "annex"));
    let (id, mut end) = if let Some(c) = ROMAN.captures(rest) {
        parts |= c[0]
            .split('(')
            .next()
            .is_some_and(|n| n.trim_end().contains(' '));
        let number = c[1].parse().ok()?;
        let prefix = &c[2];
        let numeral = c.get(3)?;
        let value = roman_value(numeral.as_str());
        let session = value.map(|v| match prefix {
            "ES-" => SessionRef::Emergency(v),
            "S-" => SessionRef::Special(v),
            _ => SessionRef::Regular(v),
        });
        let roman = Span::new(pos + numeral.start() - prefix.len(), pos + numeral.end());
        (
            CitationId::Roman {
                number,
                session,
                roman,
            },
            pos + c.get(0)?.end(),
        )
    } else if let Some(c) = YEAR.captures(rest) {
        let number = c[1].parse().ok()?;
        let year_match = c.get(2)?;
        let year = year_match.as_str().parse().ok()?;
        let year_span = Span::new(pos + year_match.start(), pos + year_match.end());
        (
            CitationId::Year {
                number,
                year,
                year_span,
            },
            pos + c.get(0)?.end(),
        )
    } else if let Some(c) = SLASH.captures(rest) {
        let session = if let Some(prefix) = c.get(1) {
            let n = c[2].parse().ok()?;
            if prefix.as_str() == "ES" {
                SessionRef::Emergency(n)
            } else {
                SessionRef::Special(n)
            }
        } else {
            SessionRef::Regular(c[3].parse().ok()?)
        };
        let number = c[4].parse().ok()?;
        let mut end = pos + c.get(0)?.end();
        if let Some(found) = PARTS.find(&text[end..]) {
            end += found.end();
            parts = true;
        }
        (CitationId::Slash { session, number }, end)
    } else {
        return None;
    };
    let span = Span::new(pos, end);
    let mut date = None;
    if let Some(c) = DATE.captures(&text[end..]) {
        let whole = c.get(0)?;
        let day = c[1].parse().ok()?;
        let month = Date::month_number(&c[2])?;
        let year = c[3].parse().ok()?;
        let date_start = end + c.get(1)?.start();
        // A footnote marker glued to the year (`12 December 199712`) is not
        // part of the date; the list goes on after it.
        let date_end = end + c.get(3)?.end();
        date = Some((Date::new(year, month, day), Span::new(date_start, date_end)));
        end += whole.end();
    }
    let citation = Citation {
        kind,
        id,
        qualifier: Qualifier::Bare,
        span,
        date,
        list_index,
        parts,
        lead: lead as u32,
    };
    Some((citation, end))
}

/// Works out what the words before the lead say about the organ.
fn qualifier(text: &str, line_body: usize, lead: usize, list_end: usize) -> Qualifier {
    let before = text[..lead].trim_end_matches([' ', '\u{a0}']);
    for (name, organ) in [
        ("General Assembly", Organ::GeneralAssembly),
        ("Security Council", Organ::SecurityCouncil),
        ("Human Rights Council", Organ::HumanRightsCouncil),
        (
            "Economic and Social Council",
            Organ::EconomicAndSocialCouncil,
        ),
    ] {
        if before.ends_with(name) {
            return Qualifier::Explicit(organ);
        }
    }
    let last_word_start = before
        .rfind(|c: char| !(c.is_alphanumeric() || c == '-' || c == '’' || c == '\''))
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let last_word = &before[last_word_start..];
    if last_word == "its" || last_word == "their" {
        return its_qualifier(text, line_body, lead, list_end);
    }
    if last_word == "Council" {
        return Qualifier::Council;
    }
    if last_word == "Assembly" {
        let previous = before[..last_word_start].trim_end();
        let previous_word = previous.rsplit(' ').next().unwrap_or("");
        if previous_word.chars().next().is_some_and(char::is_uppercase) && previous_word != "The" {
            return Qualifier::Explicit(Organ::Other);
        }
        return Qualifier::Assembly;
    }
    let is_first_word = before[..last_word_start].trim().is_empty() || last_word_start <= line_body;
    if last_word.chars().next().is_some_and(char::is_uppercase)
        && !is_first_word
        && !last_word.ends_with("ing")
    {
        // `Commission on Human Rights resolution`, `WHA resolution`.
        return Qualifier::Explicit(Organ::Other);
    }
    match its_qualifier(text, line_body, lead, lead) {
        Qualifier::Its {
            nearby: None,
            other_body: false,
        } => Qualifier::Bare,
        Qualifier::Its { nearby, other_body } => Qualifier::Context { nearby, other_body },
        other => other,
    }
}

/// How far before a citation [`its_qualifier`] looks for the start of its
/// clause, in bytes. The longest clause of the corpus is about 2,300 bytes;
/// without a bound, a line of thousands of citations and no semicolon took
/// time quadratic in its length (minutes for a line of 5 MB).
const CLAUSE_WINDOW: usize = 4096;

fn its_qualifier(text: &str, line_body: usize, lead: usize, list_end: usize) -> Qualifier {
    let mut window_start = lead.saturating_sub(CLAUSE_WINDOW).max(line_body).min(lead);
    while !text.is_char_boundary(window_start) {
        window_start += 1;
    }
    let clause_start = text[window_start..lead]
        .rfind(';')
        .map(|i| window_start + i + 1)
        .unwrap_or(window_start);
    let before = &text[clause_start.min(lead)..lead];
    let after = text[list_end..].trim_start_matches([',', ' ']);
    let after = &after[..after
        .len()
        .min(after.char_indices().nth(40).map_or(after.len(), |c| c.0))];
    let mut nearby = None;
    let mut other_body = false;
    let windows = [before, if after.starts_with("the ") { after } else { "" }];
    for window in windows {
        for m in BODY_NEAR.find_iter(window) {
            match Organ::from_name(m.as_str()) {
                Organ::Other => {
                    // "the Assembly" and "the Council" in the organ's own text.
                    other_body = true;
                }
                organ => nearby = Some(organ),
            }
        }
    }
    Qualifier::Its { nearby, other_body }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cites(text: &str) -> Vec<(String, Option<String>, Qualifier)> {
        let mut out = Vec::new();
        scan_citations(text, 0, &mut out);
        out.into_iter()
            .map(|c| {
                (
                    text[c.span.start as usize..c.span.end as usize].to_string(),
                    c.date.map(|(d, _)| d.to_string()),
                    c.qualifier,
                )
            })
            .collect()
    }

    #[test]
    fn lists_with_dates() {
        let found = cites(
            "Recalling its resolutions 37/4 of 22 October 1982, 38/4 of 28 October 1983 and 65/140 of 16 December 2010,",
        );
        let its = Qualifier::Its {
            nearby: None,
            other_body: false,
        };
        assert_eq!(
            found,
            vec![
                ("37/4".into(), Some("22 October 1982".into()), its),
                ("38/4".into(), Some("28 October 1983".into()), its),
                ("65/140".into(), Some("16 December 2010".into()), its),
            ]
        );
        // A footnote marker glued to a year: the date is still read, and
        // the list goes on after the marker.
        let found = cites(
            "Recalling its resolutions 52/120 of 12 December 199712 and 53/1 of 31 September 1998,",
        );
        assert_eq!(
            found,
            vec![
                ("52/120".into(), Some("12 December 1997".into()), its),
                ("53/1".into(), Some("31 September 1998".into()), its),
            ]
        );
        let text = "resolution 52/120 of 12 December 199712 and";
        let mut out = Vec::new();
        scan_citations(text, 0, &mut out);
        let (_, span) = out[0].date.unwrap();
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "12 December 1997"
        );
    }

    #[test]
    fn styles_and_organs() {
        let found = cites("Security Council resolution 1624 (2005) of 14 September 2005");
        assert_eq!(found[0].0, "1624 (2005)");
        assert_eq!(found[0].2, Qualifier::Explicit(Organ::SecurityCouncil));
        let found = cites("resolution 3369 (XXX) of 10 October 1975 and 217 A (III)");
        assert_eq!(found[0].0, "3369 (XXX)");
        assert_eq!(found[1].0, "217 A (III)");
        assert_eq!(cites("resolutions ES-10/19 and S-26/2")[1].0, "S-26/2");
        assert_eq!(cites("decisions 31/406 A to E")[0].0, "31/406 A to E");
        assert_eq!(
            cites("resolution 68/247 B of 9 April 2014")[0].0,
            "68/247 B"
        );
        let hrc = cites("Human Rights Council resolution 22/1");
        assert_eq!(hrc[0].2, Qualifier::Explicit(Organ::HumanRightsCouncil));
        let other = cites("the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution 2/10");
        assert!(matches!(
            other[0].2,
            Qualifier::Its {
                other_body: true,
                ..
            }
        ));
        let subject_after =
            cites("Stressing that, in its resolution 48/141 of 20 December 1993, the General Assembly decided");
        assert_eq!(
            subject_after[0].2,
            Qualifier::Its {
                nearby: Some(Organ::GeneralAssembly),
                other_body: false
            }
        );
        let commission = cites("the Commission on Human Rights resolution 2005/69");
        assert_eq!(commission[0].2, Qualifier::Explicit(Organ::Other));
        assert_eq!(cites("Recalling resolution 67/264,")[0].2, Qualifier::Bare);
    }

    #[test]
    fn not_citations() {
        assert!(cites("its decision to consider the item").is_empty());
        assert!(cites("the present resolution").is_empty());
        assert!(cites("Resolution adopted by the General Assembly").is_empty());
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("XXX"), Some(30));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(to_roman(29), "XXIX");
    }

    #[test]
    fn a_line_of_thousands_of_citations_is_scanned_in_linear_time() {
        // Each citation used to scan the line back to its start for the
        // start of its clause: a 5 MB line took minutes.
        let piece = "Recalling 😀 中文 مرحبا (resolution 1/1) ";
        let found = cites(&piece.repeat(20_000));
        assert_eq!(found.len(), 20_000);
        assert!(
            found.iter().all(|(text, _, _)| text == "1/1"),
            "{:?}",
            found[0]
        );
        // The clause still reaches back thousands of bytes, to its semicolon.
        let filler = "and ".repeat(700);
        let near = format!("The Security Council {filler}recalls its resolution 5/1");
        let cut = format!("The Security Council; {filler}recalls its resolution 5/1");
        let nearby = |text: &str| match cites(text)[0].2 {
            Qualifier::Its { nearby, .. } => nearby,
            other => panic!("{other:?}"),
        };
        assert_eq!(nearby(&near), Some(Organ::SecurityCouncil));
        assert_eq!(nearby(&cut), None);
    }
}
