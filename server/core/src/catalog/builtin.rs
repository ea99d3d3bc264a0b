//! The built-in catalog: `data/catalog.tsv`, written by
//! `scripts/convert_catalog.py` and compiled into the binary.

use super::key::{parse_cite, parse_session, Series};
use super::{Complete, DatedBy, Entry, Layer, Origin, TitleSource};
use crate::syntax::date::Date;
use crate::syntax::{CitationKind, Organ};

const DATA: &str = include_str!("../../data/catalog.tsv");

fn organ(code: &str) -> Option<Organ> {
    match code {
        "G" => Some(Organ::GeneralAssembly),
        "S" => Some(Organ::SecurityCouncil),
        "H" => Some(Organ::HumanRightsCouncil),
        _ => None,
    }
}

/// Parses the built-in data. The file is generated and tested, so a line
/// that does not parse is a bug in the converter: it is skipped (and the
/// tests, which count the entries, fail).
pub(super) fn load() -> Layer {
    let mut entries = Vec::with_capacity(12_500);
    let mut complete = Vec::new();
    for line in DATA.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        if fields[0] == "!complete" {
            if let Some(c) = parse_complete(&fields) {
                complete.push(c);
            }
            continue;
        }
        if let Some(entry) = parse_entry(&fields) {
            entries.push(entry);
        }
    }
    Layer::new("built-in catalog", entries, complete)
}

fn parse_complete(fields: &[&str]) -> Option<Complete> {
    let [_, organ_code, session, first, last, closed] = fields else {
        return None;
    };
    let organ = organ(organ_code)?;
    let series = match organ {
        Organ::SecurityCouncil => Series::Single,
        _ => Series::Session(parse_session(session, false)?),
    };
    Some(Complete {
        organ,
        series,
        first: first.parse().ok()?,
        last: last.parse().ok()?,
        closed: *closed == "1",
    })
}

fn parse_entry(fields: &[&str]) -> Option<Entry> {
    let [organ_code, cite, date, other_dates, parts, source, title, title_from, part_dates] =
        fields
    else {
        return None;
    };
    let organ = organ(organ_code)?;
    let key = parse_cite(organ, CitationKind::Resolution, cite)?;
    let date = Date::parse_iso(date);
    let year = date.map(|d| d.year);
    let dated_by = match *source {
        "u" => DatedBy::Metadata,
        "v" => DatedBy::VotingRecord,
        _ => DatedBy::Citations,
    };
    let cite = key.cite(year);
    Some(Entry {
        key,
        symbol: key.symbol_of_cite(&cite),
        cite,
        date,
        other_dates: other_dates.split(' ').filter_map(Date::parse_iso).collect(),
        parts: (*parts).to_owned(),
        part_dates: part_dates
            .split(' ')
            .filter_map(|p| {
                let (letter, date) = p.split_once('=')?;
                let mut letters = letter.chars();
                let letter = letters.next().filter(|_| letters.next().is_none())?;
                Some((letter, Date::parse_iso(date)?))
            })
            .collect(),
        title: (*title).to_owned(),
        title_source: match *title_from {
            "u" => TitleSource::Official,
            "d" => TitleSource::Description,
            "v" | "c" | "" => TitleSource::Catalogue,
            symbol => TitleSource::CitedIn(symbol.to_owned()),
        },
        origin: Origin::Builtin { dated_by },
        file: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_data_loads() {
        let lines = DATA
            .lines()
            .filter(|l| !l.starts_with('#') && !l.starts_with('!') && !l.is_empty())
            .count();
        let layer = load();
        assert_eq!(layer.entries().len(), lines);
        assert!(lines > 12_000);
        assert_eq!(layer.complete.len(), 11);
        // No key appears twice.
        assert_eq!(layer.index.len(), lines);
    }
}
