//! Facts the rules need, converted from `shared/` by the scripts in
//! `scripts/` and compiled in, so the checker works with no files and no
//! network.

pub mod languages;
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
