//! Calendar dates as resolutions write them ("17 May 2013").

use std::fmt;

use super::bytes::digits;

/// A calendar date. It may be impossible (31 September): see [`Date::is_valid`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u32,
    pub month: u32,
    pub day: u32,
}

pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

impl Date {
    pub const fn new(year: u32, month: u32, day: u32) -> Date {
        Date { year, month, day }
    }

    /// The month's number (1-12) for an English month name.
    pub fn month_number(name: &str) -> Option<u32> {
        MONTHS.iter().position(|m| *m == name).map(|i| i as u32 + 1)
    }

    pub fn days_in_month(year: u32, month: u32) -> u32 {
        match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
            2 => 28,
            _ => 0,
        }
    }

    pub fn is_valid(&self) -> bool {
        (1..=12).contains(&self.month)
            && self.day >= 1
            && self.day <= Date::days_in_month(self.year, self.month)
    }

    /// Parses an ISO date (`2013-05-17`).
    pub fn parse_iso(text: &str) -> Option<Date> {
        let mut parts = text.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Some(Date { year, month, day })
    }
}

impl fmt::Display for Date {
    /// Writes the date the way resolutions do: `17 May 2013`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let month = MONTHS
            .get(self.month.wrapping_sub(1) as usize)
            .copied()
            .unwrap_or("?");
        write!(f, "{} {} {}", self.day, month, self.year)
    }
}

/// `17 May 2013` opening `text` (one or two digits, an English month's
/// name, four digits, a space between them): the date and what follows it.
/// The header and adoption lines and a citation's date are read with it,
/// where patterns for each (`(\d{1,2}) (January|…|December) (\d{4})` in
/// each) held a compiled automaton and a lazy DFA's cache apiece.
pub(crate) fn date_opening(text: &str) -> Option<(Date, &str)> {
    let day = digits(text);
    let rest = text[day..]
        .strip_prefix(' ')
        .filter(|_| (1..=2).contains(&day))?;
    let (month, rest) = rest.split_once(' ')?;
    let month = Date::month_number(month)?;
    if digits(rest) < 4 {
        return None;
    }
    let date = Date::new(rest[..4].parse().ok()?, month, text[..day].parse().ok()?);
    Some((date, &rest[4..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validity() {
        assert!(Date::new(2012, 2, 29).is_valid());
        assert!(!Date::new(2011, 2, 29).is_valid());
        assert!(!Date::new(1990, 9, 31).is_valid());
        assert!(Date::new(2000, 2, 29).is_valid());
        assert!(!Date::new(1900, 2, 29).is_valid());
        assert_eq!(Date::new(2013, 5, 17).to_string(), "17 May 2013");
    }
}
