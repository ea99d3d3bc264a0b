//! Open documents as catalog entries: a draft that declares its own symbol
//! (`81/5.<TAB>Title`, `Resolution 2830 (2026)`, or the document system's
//! `<<ODS DOC SYMBOL1>>A/RES/81/5<<ODS DOC SYMBOL1>>` trailer) can be cited
//! by the other drafts of the workspace.

use std::sync::Arc;

use super::key::{parse_symbol, Key, Series};
use super::{Entry, Origin};
use crate::syntax::{CitationKind, LineKind, Organ};
use crate::Document;

const ODS_SYMBOL: &str = "<<ODS DOC SYMBOL1>>";

/// Whether `document` cites one of `keys`: whether a change of their
/// entries can change its findings.
pub fn cites_any(document: &Document, keys: &[Key]) -> bool {
    if keys.is_empty() {
        return false;
    }
    let model = document.model();
    document.lines().iter().any(|line| {
        line.citations().iter().any(|citation| {
            model
                .citation_key(citation)
                .is_some_and(|key| keys.contains(&key))
        })
    })
}

/// The entry `document` declares for itself, if any; `uri` names it.
pub fn declared_entry(document: &Document, uri: &str) -> Option<Entry> {
    let model = document.model();
    let own = model.own;
    let (key, year, line) = if let (Some((session, number)), Some(line)) = (own.number, own.line) {
        let organ = match model.organ {
            Some(o @ (Organ::GeneralAssembly | Organ::HumanRightsCouncil)) => o,
            _ => return None,
        };
        let key = Key {
            organ,
            kind: CitationKind::Resolution,
            series: Series::Session(session),
            number,
        };
        (key, None, line)
    } else if let (Some((number, year)), Some(line)) = (own.sc, own.line) {
        let key = Key {
            organ: Organ::SecurityCouncil,
            kind: CitationKind::Resolution,
            series: Series::Single,
            number,
        };
        (key, Some(year), line)
    } else {
        ods_symbol(document)?
    };
    let title = match document.lines().get(line as usize).map(|l| &l.kind) {
        Some(LineKind::Title { .. }) => {
            let text = document.line_text(line);
            let body = document.lines()[line as usize].body;
            let text = text.get(body.start as usize..).unwrap_or("");
            // After the symbol and its full stop.
            text.split_once('.')
                .map_or("", |(_, rest)| rest)
                .trim()
                .to_owned()
        }
        _ => String::new(),
    };
    let year = year.or(own.date.map(|d| d.year));
    Some(Entry {
        key,
        cite: key.cite(year),
        symbol: key.symbol(year),
        date: own.date,
        other_dates: Vec::new(),
        parts: String::new(),
        part_dates: Vec::new(),
        title,
        title_source: super::TitleSource::Official,
        origin: Origin::Document {
            uri: Arc::from(uri),
            line,
        },
        file: Some(Arc::from(uri)),
    })
}

/// The symbol in the document system's trailer, with its line.
fn ods_symbol(document: &Document) -> Option<(Key, Option<u32>, u32)> {
    document
        .lines()
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind == LineKind::Artefact)
        .find_map(|(i, _)| {
            let text = document.line_text(i as u32);
            let rest = text.split(ODS_SYMBOL).nth(1)?;
            let (key, year) = parse_symbol(rest)?;
            Some((key, year, i as u32))
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::date::Date;

    #[test]
    fn a_title_line_declares_the_symbol_and_title() {
        let document = Document::new(
            "Resolution adopted by the General Assembly on 1 October 2026\n81/5.\tOur draft on oceans\n\n\tThe General Assembly,\n\t1.\tDecides;\n",
        );
        let entry = declared_entry(&document, "file:///d.txt").unwrap();
        assert_eq!(entry.symbol, "A/RES/81/5");
        assert_eq!(entry.title, "Our draft on oceans");
        assert_eq!(entry.date, Some(Date::new(2026, 10, 1)));
        assert_eq!(
            entry.origin,
            Origin::Document {
                uri: Arc::from("file:///d.txt"),
                line: 1
            }
        );
    }

    #[test]
    fn council_headers_and_ods_trailers_declare_too() {
        let sc = Document::new("Resolution 2830 (2026)\n\tThe Security Council,\n\t1.\tDecides;\n");
        assert_eq!(declared_entry(&sc, "u").unwrap().symbol, "S/RES/2830(2026)");
        let ods = Document::new(
            "\tThe General Assembly,\n\t1.\tDecides.\n<<ODS DOC SYMBOL1>>A/RES/81/7<<ODS DOC SYMBOL1>>\n",
        );
        assert_eq!(declared_entry(&ods, "u").unwrap().cite, "81/7");
        assert!(declared_entry(&Document::new("\tThe General Assembly,\n"), "u").is_none());
    }

    /// A text analysed once with its own entry (`Document::from_rope_declaring`)
    /// is told the entry the analysed text declares, and finds what a text
    /// checked against the catalog with that entry finds: here its citation
    /// of itself with another date (none without the entry: the built-in
    /// catalog does not know 81/5).
    #[test]
    fn a_text_declares_itself_before_it_is_checked() {
        use super::super::{Catalog, Layer};
        let text = "Resolution adopted by the General Assembly on 1 October 2026\n81/5.\tOur draft on oceans\n\n\tThe General Assembly,\n\tRecalling its resolution 81/5 of 2 October 2026,\n\t1.\tDecides;\n";
        let with = |entry: Entry| {
            Catalog::with_builtin(vec![Arc::new(Layer::new("open", vec![entry], vec![]))])
        };
        let mut told = Vec::new();
        let declaring = Document::from_rope_declaring(
            crate::Rope::from_str(text),
            None,
            "file:///d.txt",
            |entry| {
                told.push(entry.clone());
                entry.map_or_else(Catalog::builtin, with)
            },
        );
        assert!(declaring.is_analysed());
        let entry = declared_entry(&Document::new(text), "file:///d.txt").unwrap();
        assert_eq!(told, [Some(entry.clone())]);
        let checked = Document::with_catalog(text, with(entry));
        assert_eq!(declaring.diagnostics(), checked.diagnostics());
        let codes = |d: &Document| d.diagnostics().iter().map(|d| d.code).collect::<Vec<_>>();
        assert!(
            codes(&declaring).contains(&"citation-catalog-date"),
            "{:?}",
            codes(&declaring)
        );
        assert!(!codes(&Document::new(text)).contains(&"citation-catalog-date"));
        // A text that declares nothing is told so.
        let mut told = Vec::new();
        Document::from_rope_declaring(
            crate::Rope::from_str("\tThe General Assembly,\n"),
            None,
            "u",
            |entry| {
                told.push(entry);
                Catalog::builtin()
            },
        );
        assert_eq!(told, [None]);
    }
}
