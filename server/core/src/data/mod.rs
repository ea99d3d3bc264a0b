//! Facts the rules need, converted from `shared/` by the scripts in
//! `scripts/` and compiled in, so the checker works with no files and no
//! network.

pub mod lexicon;
pub mod sessions;

use crate::syntax::date::Date;

/// The opening date of General Assembly regular session `session`.
pub fn ga_session_opened(session: u32) -> Option<Date> {
    sessions::GA_REGULAR_OPENED
        .iter()
        .find(|(n, _)| *n == session)
        .map(|(_, d)| *d)
}

/// The dates within which General Assembly regular session `session`
/// adopts texts: from its opening to the opening of the next, that day
/// included. Where the next session's opening is not known, the session is
/// taken to run until the end of September of the following year.
pub fn ga_session_range(session: u32) -> Option<(Date, Date)> {
    let open_year = 1945 + session;
    let start = ga_session_opened(session).unwrap_or(Date::new(open_year, 9, 1));
    let end = ga_session_opened(session + 1).unwrap_or(Date::new(open_year + 1, 9, 30));
    (session >= 1).then_some((start, end))
}

/// The General Assembly's regular session in progress on `date` (the last
/// one opened by then; from the table of openings, then September of
/// 1945 + N).
pub fn ga_session_at(date: Date) -> u32 {
    let known = sessions::GA_REGULAR_OPENED
        .iter()
        .rev()
        .find(|(_, opened)| *opened <= date)
        .map_or(0, |(n, _)| *n);
    let last_known = sessions::GA_REGULAR_OPENED.last().map_or(0, |(n, _)| *n);
    if known < last_known {
        return known;
    }
    // Beyond the table: session N opens in September of 1945 + N.
    let guess = if (date.month, date.day) >= (9, 1) {
        date.year.saturating_sub(1945)
    } else {
        date.year.saturating_sub(1946)
    };
    known.max(guess)
}

/// The Human Rights Council's first four sessions (19–30 June 2006; 18
/// September to 6 October 2006, resumed 27–29 November; 29 November to 8
/// December 2006; 12–30 March 2007), as (session, first day, last day).
const HRC_FIRST_SESSIONS: [(u32, Date, Date); 4] = [
    (1, Date::new(2006, 6, 19), Date::new(2006, 6, 30)),
    (2, Date::new(2006, 9, 18), Date::new(2006, 11, 29)),
    (3, Date::new(2006, 11, 29), Date::new(2006, 12, 8)),
    (4, Date::new(2007, 3, 12), Date::new(2007, 3, 30)),
];

/// The dates within which the Human Rights Council's regular session `n`
/// adopts texts. The Council holds three sessions a year in a year that
/// starts in June (`shared/lexicon/sessions.json`): from the fifth, session
/// 5 + 3k is its June session of 2007 + k, the next its September session
/// and the one after its March session of the following year. A part runs
/// over the months its sessions and their resumed meetings have used: May
/// to July (the twenty-third opened on 27 May 2013); September to December
/// (the sixth resumed in December 2007);
/// February to June (the forty-third, suspended in March 2020, adopted its
/// texts in June). Every session of `shared/catalog/hrc.csv` fits (tested).
pub fn hrc_session_range(n: u32) -> Option<(Date, Date)> {
    if let Some((_, start, end)) = HRC_FIRST_SESSIONS.iter().find(|(s, ..)| *s == n) {
        return Some((*start, *end));
    }
    if n < 5 {
        return None;
    }
    let year = 2007 + (n - 5) / 3;
    Some(match (n - 5) % 3 {
        0 => (Date::new(year, 5, 1), Date::new(year, 7, 31)),
        1 => (Date::new(year, 9, 1), Date::new(year, 12, 31)),
        _ => (Date::new(year + 1, 2, 1), Date::new(year + 1, 6, 30)),
    })
}

/// The Human Rights Council's regular session in progress on `date` (the
/// last one begun by then), 0 before its first.
pub fn hrc_session_at(date: Date) -> u32 {
    if date < Date::new(2007, 6, 1) {
        return HRC_FIRST_SESSIONS
            .iter()
            .filter(|(_, start, _)| *start <= date)
            .map(|(n, ..)| *n)
            .max()
            .unwrap_or(0);
    }
    // From the fifth, the June session of year Y is 5 + 3 (Y - 2007); the
    // September session follows it, and the March session of Y (begun in
    // February) precedes it.
    let june = 5 + 3 * (date.year - 2007);
    match date.month {
        1 => june - 2,
        2..=5 => june - 1,
        6..=8 => june,
        _ => june + 1,
    }
}

/// The first session of the Economic and Social Council that runs from
/// July to July: General Assembly resolution 68/1 of 20 September 2013 moved
/// the Council to that cycle, and it opened its 2015 session in July 2014
/// (its 2015 organizational session met on 22 July 2014; the 2013 session
/// still met in January 2014). The texts of the corpus agree: the first
/// numbers they cite with a date in the year before are of the 2017
/// session (decision 2017/206 of 5 October 2016), and none of theirs
/// contradicts 2015 (tested).
pub const ECOSOC_FIRST_JULY_SESSION: u32 = 2015;

/// The dates within which the Economic and Social Council adopts texts
/// numbered `year/N`: the calendar year until the July-to-July cycle, then
/// from July of the year before to July of `year`. Numbers by year began in
/// 1978.
pub fn ecosoc_session_range(year: u32) -> Option<(Date, Date)> {
    if !(1978..=9999).contains(&year) {
        return None;
    }
    Some(if year >= ECOSOC_FIRST_JULY_SESSION {
        (Date::new(year - 1, 7, 1), Date::new(year, 7, 31))
    } else {
        (Date::new(year, 1, 1), Date::new(year, 12, 31))
    })
}

/// The dates within which a body numbering its texts by year (the
/// Economic and Social Council, or one of its commissions, boards and
/// sub-commissions, whose sessions follow the calendar year) adopts texts
/// numbered `year/N`.
pub fn year_numbered_range(year: u32) -> Option<(Date, Date)> {
    if !(1946..=9999).contains(&year) {
        return None;
    }
    let calendar = (Date::new(year, 1, 1), Date::new(year, 12, 31));
    Some(match ecosoc_session_range(year) {
        Some((start, _)) => (start.min(calendar.0), calendar.1),
        None => calendar,
    })
}

/// The first and last Security Council resolution numbers of `year`.
pub fn sc_numbers_in_year(year: u32) -> Option<(u32, u32)> {
    sessions::SC_BY_YEAR
        .iter()
        .find(|(y, _, _)| *y == year)
        .map(|(_, a, b)| (*a, *b))
}

/// The year in which Security Council resolution `number` was adopted.
pub fn sc_year_of(number: u32) -> Option<u32> {
    sessions::SC_BY_YEAR
        .iter()
        .find(|(_, a, b)| (*a..=*b).contains(&number))
        .map(|(y, _, _)| *y)
}

/// The last year the Security Council table covers.
pub fn sc_last_year() -> u32 {
    sessions::SC_BY_YEAR
        .iter()
        .map(|(y, _, _)| *y)
        .max()
        .unwrap_or(0)
}

/// Opening date of special session `n` (`S-n`).
pub fn ga_special_opened(n: u32) -> Option<Date> {
    sessions::GA_SPECIAL_OPENED
        .iter()
        .find(|(s, _)| *s == n)
        .map(|(_, d)| *d)
}

/// First meeting of emergency special session `n` (`ES-n`).
pub fn ga_emergency_opened(n: u32) -> Option<Date> {
    sessions::GA_EMERGENCY_OPENED
        .iter()
        .find(|(s, _)| *s == n)
        .map(|(_, d)| *d)
}

/// The English ordinal of a session (`seventieth`), for messages.
pub fn ordinal(n: u32) -> String {
    let suffix = match (n % 10, n % 100) {
        (1, r) if r != 11 => "st",
        (2, r) if r != 12 => "nd",
        (3, r) if r != 13 => "rd",
        _ => "th",
    };
    format!("{n}{suffix}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalog, Series};
    use crate::syntax::citation::SessionRef;
    use crate::syntax::Organ;

    #[test]
    fn every_human_rights_council_resolution_of_the_catalog_fits_its_session() {
        // shared/catalog/hrc.csv: sessions 52 and 54 to 60, official dates.
        let layer = Catalog::builtin_layer();
        let mut checked = 0;
        for entry in layer.entries() {
            let (Organ::HumanRightsCouncil, Series::Session(SessionRef::Regular(n)), Some(date)) =
                (entry.key.organ, entry.key.series, entry.date)
            else {
                continue;
            };
            let (start, end) = hrc_session_range(n).unwrap();
            assert!(start <= date && date <= end, "{} {date}", entry.symbol);
            assert_eq!(hrc_session_at(date), n, "{} {date}", entry.symbol);
            checked += 1;
        }
        assert!(checked >= 180, "{checked}");
    }

    #[test]
    fn human_rights_council_sessions_follow_the_council_year() {
        // The first on 19 June 2006; from the fifth, June, September and
        // March sessions.
        assert_eq!(hrc_session_at(Date::new(2006, 6, 19)), 1);
        assert_eq!(hrc_session_at(Date::new(2006, 6, 18)), 0);
        assert_eq!(hrc_session_range(5).unwrap().0, Date::new(2007, 5, 1));
        assert_eq!(hrc_session_at(Date::new(2007, 9, 20)), 6);
        assert_eq!(hrc_session_at(Date::new(2008, 3, 20)), 7);
        assert_eq!(hrc_session_at(Date::new(2008, 1, 20)), 6);
        assert_eq!(hrc_session_at(Date::new(2020, 6, 19)), 44);
        assert_eq!(hrc_session_at(Date::new(2025, 10, 6)), 60);
        for n in 5..80 {
            let (start, end) = hrc_session_range(n).unwrap();
            assert!(start < end);
            assert!(hrc_session_range(n + 1).unwrap().0 > start);
        }
    }

    #[test]
    fn general_assembly_session_at_a_date() {
        assert_eq!(ga_session_at(Date::new(2024, 11, 18)), 79);
        assert_eq!(ga_session_at(Date::new(2024, 9, 9)), 78);
        assert_eq!(ga_session_at(Date::new(2024, 9, 10)), 79);
        // Beyond the table, September of 1945 + N.
        assert_eq!(ga_session_at(Date::new(2026, 10, 1)), 81);
        assert_eq!(ga_session_at(Date::new(2027, 3, 1)), 81);
    }

    #[test]
    fn the_thirty_first_special_session_opened_in_july_2020() {
        // Its decisions S-31/1 to S-31/3 are of 15 July 2020 (A/RES/75/4).
        assert_eq!(ga_special_opened(31), Some(Date::new(2020, 7, 10)));
    }
}
