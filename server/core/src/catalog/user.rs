//! Users' catalog files: CSV or JSON with the columns of the built-in
//! catalog's sources — `symbol` (`A/RES/67/264`, `S/RES/1624 (2005)`,
//! `A/HRC/RES/52/2`, `E/RES/2013/5`, `A/DEC/79/505`) or, for the Security
//! Council, `number`; then `date` (ISO), `title`, and optionally
//! `other_dates` (ISO dates separated by spaces or semicolons), `parts`, and
//! `file` (a file holding the text, for go to definition). Other columns are
//! ignored. A bad row is reported with its line and skipped; the others load.

use std::sync::Arc;

use serde_json::Value;

use super::key::{parse_symbol, Key, Series};
use super::{Entry, Layer, Origin};
use crate::syntax::date::Date;
use crate::syntax::{CitationKind, Organ};

/// Something wrong in a catalog file: the line (1-based; 0 for the whole
/// file) and what is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: u32,
    pub message: String,
}

impl Layer {
    /// Reads a user's catalog file: JSON when `path` ends with `.json`
    /// (an array of objects, or `{"resolutions": [...]}`), CSV otherwise.
    pub fn from_user_file(path: &str, text: &str) -> (Layer, Vec<Problem>) {
        let origin_path: Arc<str> = Arc::from(path);
        let mut problems = Vec::new();
        let rows = if path.to_ascii_lowercase().ends_with(".json") {
            json_rows(text, &mut problems)
        } else {
            csv_rows(text, &mut problems)
        };
        let mut entries = Vec::new();
        for (line, row) in rows {
            match entry(&row, &origin_path, line) {
                Ok(entry) => entries.push(entry),
                Err(message) => problems.push(Problem { line, message }),
            }
        }
        (Layer::new(path, entries, Vec::new()), problems)
    }
}

/// One row: the columns a catalog entry reads.
#[derive(Debug, Default)]
struct Row {
    symbol: Option<String>,
    number: Option<String>,
    date: Option<String>,
    title: Option<String>,
    other_dates: Option<String>,
    parts: Option<String>,
    file: Option<String>,
}

impl Row {
    fn set(&mut self, column: &str, value: String) {
        let value = Some(value.trim().to_owned()).filter(|v| !v.is_empty());
        match column.trim().to_ascii_lowercase().as_str() {
            "symbol" => self.symbol = value,
            "number" => self.number = value,
            "date" => self.date = value,
            "title" => self.title = value,
            "other_dates" => self.other_dates = value,
            "parts" => self.parts = value,
            "file" | "path" => self.file = value,
            _ => {}
        }
    }
}

fn csv_rows(text: &str, problems: &mut Vec<Problem>) -> Vec<(u32, Row)> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers = match reader.headers() {
        Ok(h) => h.clone(),
        Err(e) => {
            problems.push(Problem {
                line: 1,
                message: format!("cannot read the header row: {e}"),
            });
            return Vec::new();
        }
    };
    let has = |name: &str| headers.iter().any(|h| h.eq_ignore_ascii_case(name));
    if !has("symbol") && !has("number") {
        problems.push(Problem {
            line: 1,
            message: format!(
                "the header row has no `symbol` (or `number`) column; it has: {}",
                headers.iter().collect::<Vec<_>>().join(", ")
            ),
        });
        return Vec::new();
    }
    let mut rows = Vec::new();
    for record in reader.records() {
        match record {
            Ok(record) => {
                let line = record.position().map_or(0, |p| p.line() as u32);
                let mut row = Row::default();
                for (column, value) in headers.iter().zip(record.iter()) {
                    row.set(column, value.to_owned());
                }
                rows.push((line, row));
            }
            Err(e) => {
                let line = e.position().map_or(0, |p| p.line() as u32);
                problems.push(Problem {
                    line,
                    message: format!("cannot read this row: {e}"),
                });
            }
        }
    }
    rows
}

fn json_rows(text: &str, problems: &mut Vec<Problem>) -> Vec<(u32, Row)> {
    let value: Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(e) => {
            problems.push(Problem {
                line: e.line() as u32,
                message: format!("not valid JSON: {e}"),
            });
            return Vec::new();
        }
    };
    let items = match value.get("resolutions").unwrap_or(&value) {
        Value::Array(items) => items.clone(),
        _ => {
            problems.push(Problem {
                line: 1,
                message: "expected an array of objects (or {\"resolutions\": [...]})".into(),
            });
            return Vec::new();
        }
    };
    // serde_json does not keep positions: find each object's line by the
    // order in which objects open at the top level of the array.
    let lines = object_lines(text);
    let mut rows = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let line = lines.get(i).copied().unwrap_or(0);
        let Value::Object(map) = item else {
            problems.push(Problem {
                line,
                message: format!("item {} is not an object", i + 1),
            });
            continue;
        };
        let mut row = Row::default();
        for (column, value) in map {
            let value = match value {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                Value::Array(a) => a
                    .iter()
                    .filter_map(|v| v.as_str())
                    .collect::<Vec<_>>()
                    .join(" "),
                _ => continue,
            };
            row.set(column, value);
        }
        rows.push((line, row));
    }
    rows
}

/// The 1-based line of each object that opens at depth 2 (an item of the
/// top-level array, or of the array under a top-level key).
fn object_lines(text: &str) -> Vec<u32> {
    let mut lines = Vec::new();
    let (mut depth, mut line, mut in_string, mut escaped) = (0u32, 1u32, false, false);
    for c in text.chars() {
        if in_string {
            match (escaped, c) {
                (true, _) => escaped = false,
                (false, '\\') => escaped = true,
                (false, '"') => in_string = false,
                _ => {}
            }
            if c == '\n' {
                line += 1;
            }
            continue;
        }
        match c {
            '"' => in_string = true,
            '\n' => line += 1,
            '[' | '{' => {
                depth += 1;
                if c == '{' && (depth == 2 || depth == 3) {
                    lines.push((depth, line));
                }
            }
            ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    // Items sit at depth 2 for a bare array, 3 under {"resolutions": [...]}.
    let item_depth = if text.trim_start().starts_with('{') {
        3
    } else {
        2
    };
    lines
        .into_iter()
        .filter(|(d, _)| *d == item_depth)
        .map(|(_, l)| l)
        .collect()
}

fn parse_date(text: &str, what: &str) -> Result<Date, String> {
    Date::parse_iso(text)
        .filter(Date::is_valid)
        .ok_or_else(|| format!("the {what} `{text}` is not a date written YYYY-MM-DD"))
}

fn entry(row: &Row, path: &Arc<str>, line: u32) -> Result<Entry, String> {
    let date = row
        .date
        .as_deref()
        .map(|d| parse_date(d, "date"))
        .transpose()?;
    let (key, year) = match (&row.symbol, &row.number) {
        (Some(symbol), _) => parse_symbol(symbol).ok_or_else(|| {
            format!(
                "`{symbol}` is not the symbol of a resolution or decision (write it like A/RES/67/264, A/RES/3369(XXX), S/RES/1624 (2005), A/HRC/RES/52/2, E/RES/2013/5 or A/DEC/79/505)"
            )
        })?,
        (None, Some(number)) => {
            let number = number
                .parse()
                .map_err(|_| format!("`{number}` is not a Security Council resolution number"))?;
            let key = Key {
                organ: Organ::SecurityCouncil,
                kind: CitationKind::Resolution,
                series: Series::Single,
                number,
            };
            (key, None)
        }
        (None, None) => return Err("this row has no symbol".into()),
    };
    let year = year.or(date.map(|d| d.year));
    if let (Some(bracket), Some(date)) = (year, date) {
        if key.series == Series::Single && bracket != date.year {
            return Err(format!(
                "the symbol says {bracket} but the date is in {}",
                date.year
            ));
        }
    }
    let other_dates = row
        .other_dates
        .as_deref()
        .unwrap_or("")
        .split([' ', ';', ','])
        .filter(|d| !d.is_empty())
        .map(|d| parse_date(d, "other date"))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(Entry {
        key,
        cite: key.cite(year),
        symbol: key.symbol(year),
        date,
        other_dates,
        parts: row.parts.clone().unwrap_or_default(),
        part_dates: Vec::new(),
        title: row.title.clone().unwrap_or_default(),
        title_source: super::TitleSource::Official,
        origin: Origin::File {
            path: Arc::clone(path),
            line,
        },
        file: row.file.as_deref().map(Arc::from),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_good_csv_loads_every_row() {
        let text = "symbol,date,title\nA/RES/81/1,2026-10-01,A draft of ours\nS/RES/2830 (2026),2026-09-30,On something\nA/DEC/81/501,2026-10-02,\n";
        let (layer, problems) = Layer::from_user_file("drafts.csv", text);
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(layer.entries().len(), 3);
        let first = &layer.entries()[0];
        assert_eq!(first.cite, "81/1");
        assert_eq!(first.title, "A draft of ours");
        assert_eq!(
            first.origin,
            Origin::File {
                path: Arc::from("drafts.csv"),
                line: 2
            }
        );
        assert_eq!(layer.entries()[1].cite, "2830 (2026)");
        assert_eq!(layer.entries()[2].key.kind, CitationKind::Decision);
    }

    #[test]
    fn bad_rows_are_reported_with_their_line_and_the_rest_loads() {
        let text = "symbol,date,title,other_dates\nA/RES/81/1,2026-10-01,Good,\nA/81/L.5,2026-10-01,Not a resolution,\nA/RES/81/2,1 October 2026,Bad date,\nA/RES/81/3,2026-10-03,Good too,2026-10-04\n";
        let (layer, problems) = Layer::from_user_file("c.csv", text);
        assert_eq!(layer.entries().len(), 2);
        assert_eq!(problems.len(), 2);
        assert_eq!(problems[0].line, 3);
        assert!(problems[0].message.contains("`A/81/L.5` is not the symbol"));
        assert_eq!(problems[1].line, 4);
        assert!(problems[1]
            .message
            .contains("`1 October 2026` is not a date"));
        assert_eq!(layer.entries()[1].other_dates, vec![Date::new(2026, 10, 4)]);
    }

    #[test]
    fn a_csv_without_a_symbol_column_says_so() {
        let (layer, problems) = Layer::from_user_file("c.csv", "name,date\nx,2020-01-01\n");
        assert!(layer.entries().is_empty());
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].message.contains("no `symbol`"));
    }

    #[test]
    fn sc_style_rows_with_a_number_column_load() {
        let (layer, problems) =
            Layer::from_user_file("sc.csv", "number,date,title\n2830,2026-09-30,On peace\n");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(layer.entries()[0].symbol, "S/RES/2830(2026)");
    }

    #[test]
    fn json_catalogs_load_and_report_lines() {
        let text = "[\n  {\"symbol\": \"A/RES/81/1\", \"date\": \"2026-10-01\", \"title\": \"One\"},\n  {\"symbol\": \"nonsense\"},\n  {\"symbol\": \"A/HRC/RES/61/1\", \"date\": \"2026-04-01\", \"other_dates\": [\"2026-04-02\"]}\n]\n";
        let (layer, problems) = Layer::from_user_file("c.json", text);
        assert_eq!(layer.entries().len(), 2);
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].line, 3);
        assert_eq!(layer.entries()[1].other_dates.len(), 1);
        let wrapped = format!("{{\"resolutions\": {text}}}");
        let (layer, problems) = Layer::from_user_file("c.json", &wrapped);
        assert_eq!((layer.entries().len(), problems[0].line), (2, 3));
        let (_, problems) = Layer::from_user_file("c.json", "[\n{\"symbol\": }\n]");
        assert_eq!(problems[0].line, 2);
        assert!(problems[0].message.starts_with("not valid JSON"));
    }
}
