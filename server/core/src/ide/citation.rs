//! Citations in the editor: hover (what the catalog knows of the cited
//! resolution), completion of numbers after `resolution`, and go to
//! definition of a resolution whose text is known.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::completion::{typed_word, CompletionCtx, CompletionItem, CompletionKind};
use super::hover::{Hover, HoverCtx};
use crate::catalog::key::SessionName;
use crate::catalog::{Catalog, DatedBy, Entry, Key, Origin, Series, Status};
use crate::data;
use crate::ide::escape_markdown;
use crate::syntax::citation::SessionRef;
use crate::syntax::{Citation, CitationKind, Organ};
use crate::text::{Pos, Range};
use crate::Document;

/// The citation under `pos`, with its key when the organ is known.
fn citation_at(document: &Document, pos: Pos) -> Option<(&Citation, Option<Key>)> {
    let line = document.lines().get(pos.line as usize)?;
    let citation = line.citations.iter().find(|c| c.span.contains(pos.col))?;
    let key = document
        .model()
        .citation_organ(citation)
        .and_then(|organ| Key::of_citation(organ, citation));
    Some((citation, key))
}

/// The link to a symbol's text on undocs.org and a search of the UN
/// Digital Library, as Markdown.
pub fn links(symbol: &str) -> String {
    let path: String = symbol
        .chars()
        .map(|c| match c {
            '(' => "%28".to_owned(),
            ')' => "%29".to_owned(),
            ' ' => "%20".to_owned(),
            c => c.to_string(),
        })
        .collect();
    let query: String = symbol
        .bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' => (b as char).to_string(),
            _ => format!("%{b:02X}"),
        })
        .collect();
    format!(
        "[Text on undocs.org](https://undocs.org/{path}) · [Search the UN Digital Library](https://digitallibrary.un.org/search?ln=en&p={query})"
    )
}

fn organ_label(key: &Key) -> String {
    let kind = match key.kind {
        CitationKind::Resolution => "resolution",
        CitationKind::Decision => "decision",
    };
    format!("{} {kind}", key.organ.name())
}

/// What the series of a key says by itself (session and its years).
fn series_note(key: &Key) -> Option<String> {
    match (key.organ, key.series) {
        (Organ::GeneralAssembly, Series::Session(SessionRef::Regular(n))) => {
            let (start, end) = data::ga_session_range(n)?;
            Some(format!(
                "{} session of the General Assembly ({} to {})",
                data::ordinal(n),
                start,
                end
            ))
        }
        (Organ::GeneralAssembly, Series::Session(SessionRef::Emergency(n))) => Some(format!(
            "{} emergency special session of the General Assembly",
            data::ordinal(n)
        )),
        (Organ::GeneralAssembly, Series::Session(SessionRef::Special(n))) => Some(format!(
            "{} special session of the General Assembly",
            data::ordinal(n)
        )),
        (Organ::HumanRightsCouncil, Series::Session(session)) => Some(format!(
            "session {} of the Human Rights Council",
            SessionName(session)
        )),
        (Organ::EconomicAndSocialCouncil, Series::Session(SessionRef::Regular(year))) => {
            Some(format!("adopted in {year}"))
        }
        _ => None,
    }
}

/// The Markdown describing a known entry.
pub fn entry_markdown(entry: &Entry) -> String {
    let mut out = format!(
        "**{}** · {} {}",
        escape_markdown(&entry.symbol),
        organ_label(&entry.key),
        escape_markdown(&entry.cite)
    );
    if !entry.title.is_empty() {
        out.push_str(&format!("\n\n*{}*", escape_markdown(&entry.title)));
    }
    let mut facts = Vec::new();
    if let Some(date) = entry.date {
        let how = match entry.origin {
            Origin::Builtin {
                dated_by: DatedBy::Citations,
            } => " (as official texts cite it)",
            _ => "",
        };
        facts.push(format!("Adopted on {date}{how}."));
    }
    if !entry.other_dates.is_empty() {
        let list: Vec<String> = entry.other_dates.iter().map(|d| d.to_string()).collect();
        facts.push(format!("Also dated {}.", list.join(", ")));
    }
    if !entry.parts.is_empty() {
        facts.push(format!("Parts {}.", escape_markdown(&entry.parts)));
    }
    if let Some(note) = series_note(&entry.key) {
        facts.push(format!("{}.", capitalize(&note)));
    }
    let source = match &entry.origin {
        Origin::Builtin { .. } => "Built-in catalog (United Nations data).".to_owned(),
        Origin::File { path, line } => {
            format!("From {}, line {line}.", escape_markdown(path))
        }
        Origin::Document { uri, .. } => format!("Declared by {}.", escape_markdown(uri)),
    };
    facts.push(source);
    out.push_str("\n\n");
    out.push_str(&facts.join(" "));
    out.push_str("\n\n");
    out.push_str(&links(&entry.symbol));
    out
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Hover on a citation.
pub(crate) fn hover(ctx: &HoverCtx<'_>) -> Option<Hover> {
    let (citation, key) = citation_at(ctx.document, ctx.pos)?;
    let range = Range::on_line(ctx.pos.line, citation.span.start, citation.span.end);
    let text = ctx.document.line_text(ctx.pos.line);
    let written = text
        .get(citation.span.start as usize..citation.span.end as usize)
        .unwrap_or("");
    let Some(key) = key else {
        let markdown = format!(
            "**{}**\n\nThe text does not say which body adopted this {}, so the catalog is not consulted (write, for example, `General Assembly resolution …` or `its resolution …`).",
            escape_markdown(written),
            match citation.kind {
                CitationKind::Resolution => "resolution",
                CitationKind::Decision => "decision",
            }
        );
        return Some(Hover { range, markdown });
    };
    let year = match citation.id {
        crate::syntax::CitationId::Year { year, .. } => Some(year),
        _ => None,
    };
    let markdown = match ctx.catalog.status(&key) {
        Status::Known(entry) => entry_markdown(entry),
        status => {
            let symbol = key.symbol(year);
            let mut out = format!(
                "**{}** · {} {}\n\n",
                escape_markdown(&symbol),
                organ_label(&key),
                escape_markdown(&key.cite(year))
            );
            out.push_str(match status {
                Status::Unknown(_) => "Not in the catalog, which holds every resolution of this series: check the number.",
                _ => "Not in the catalog, which holds this series only in part: that proves nothing.",
            });
            if let Some(note) = series_note(&key) {
                out.push_str(&format!(" {}.", capitalize(&note)));
            }
            if let Some((date, _)) = citation.date {
                out.push_str(&format!(" Cited here as adopted on {date}."));
            }
            out.push_str("\n\n");
            out.push_str(&links(&symbol));
            out
        }
    };
    Some(Hover { range, markdown })
}

/// `Security Council resolution `, `its resolutions 67/264, ` … before the
/// number being typed.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?:(General Assembly|Security Council|Human Rights Council|Economic and Social Council|[Ii]ts|Council|Assembly)\s+)?\b([Rr]esolutions?|[Dd]ecisions?)\s+([0-9A-Za-z/()\-, \u{a0}]*?)$",
    )
    .unwrap()
});

/// How many catalog entries a completion list offers at most.
const LIMIT: usize = 100;

/// Completion of a citation number.
pub(crate) fn complete(ctx: &CompletionCtx<'_>, acc: &mut Vec<CompletionItem>) {
    let (start, typed) = typed_word(ctx.before);
    let head = &ctx.before[..start];
    let Some(c) = LEAD.captures(head) else {
        return;
    };
    let list = c.get(3).map_or("", |m| m.as_str());
    // After the lead itself, or after a separator in its list.
    if !(list.is_empty() || list.ends_with(", ") || list.ends_with(" and ")) {
        return;
    }
    let kind = if c[2].starts_with(['d', 'D']) {
        CitationKind::Decision
    } else {
        CitationKind::Resolution
    };
    let own = ctx.document.model().organ;
    let organ = match c.get(1).map(|m| m.as_str()) {
        Some("General Assembly" | "Assembly") => Organ::GeneralAssembly,
        Some("Security Council") => Organ::SecurityCouncil,
        Some("Human Rights Council") => Organ::HumanRightsCouncil,
        Some("Economic and Social Council") => Organ::EconomicAndSocialCouncil,
        Some("Council") => match own {
            Some(o @ (Organ::SecurityCouncil | Organ::HumanRightsCouncil)) => o,
            _ => return,
        },
        _ => match own {
            Some(Organ::Other) | None => Organ::GeneralAssembly,
            Some(o) => o,
        },
    };
    let replace = Range::on_line(ctx.pos.line, start as u32, ctx.pos.col);
    let entries: Vec<&Entry> = if typed.is_empty() {
        // Nothing typed yet: the newest first.
        let mut all: Vec<&Entry> = ctx
            .catalog
            .with_prefix(organ, "")
            .filter(|e| e.key.kind == kind)
            .collect();
        all.sort_by_key(|e| std::cmp::Reverse(e.date));
        all.truncate(LIMIT);
        all
    } else {
        ctx.catalog
            .with_prefix(organ, typed)
            .filter(|e| e.key.kind == kind)
            .take(LIMIT)
            .collect()
    };
    for (rank, entry) in entries.into_iter().enumerate() {
        let insert = match entry.date {
            Some(date) => format!("{} of {date}", entry.cite),
            None => entry.cite.clone(),
        };
        let detail = match (entry.date, entry.title.is_empty()) {
            (Some(date), false) => format!("{date} · {}", entry.title),
            (Some(date), true) => date.to_string(),
            (None, _) => entry.title.clone(),
        };
        acc.push(CompletionItem {
            label: entry.cite.clone(),
            kind: CompletionKind::Citation,
            detail: Some(detail),
            documentation: Some(entry_markdown(entry)),
            replace,
            insert,
            snippet: false,
            filter: Some(entry.cite.clone()),
            rank: 1000 + rank as u32,
        });
    }
}

/// Where go to definition leads: a file (a URI or a path) and a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Target {
    pub file: Arc<str>,
    pub line: u32,
    /// The file is a user catalog's `file` column, relative to `base`.
    pub base: Option<Arc<str>>,
}

/// Go to definition on a citation of a resolution whose text is known.
pub fn definition(document: &Document, catalog: &Catalog, pos: Pos) -> Option<Target> {
    let (_, key) = citation_at(document, pos)?;
    let entry = catalog.get(&key?)?;
    match &entry.origin {
        Origin::Document { uri, line } => Some(Target {
            file: Arc::clone(uri),
            line: *line,
            base: None,
        }),
        Origin::File { path, .. } => Some(Target {
            file: entry.file.clone()?,
            line: 0,
            base: Some(Arc::clone(path)),
        }),
        Origin::Builtin { .. } => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::Layer;
    use crate::ide::{completion, hover};

    fn hover_at(text: &str, needle: &str) -> String {
        let document = Document::new(text);
        let (line, col) = text
            .lines()
            .enumerate()
            .find_map(|(i, l)| l.find(needle).map(|c| (i as u32, c as u32)))
            .unwrap();
        hover(&document, document.catalog(), Pos::new(line, col + 1))
            .unwrap()
            .markdown
    }

    const GA: &str = "\tThe General Assembly,\n";

    #[test]
    fn hover_on_a_new_style_citation() {
        let md = hover_at(
            &format!("{GA}\tRecalling its resolution 67/264 of 17 May 2013,"),
            "67/264",
        );
        assert!(
            md.starts_with("**A/RES/67/264** · General Assembly resolution 67/264"),
            "{md}"
        );
        assert!(md.contains("Adopted on 17 May 2013"));
        assert!(md.contains("67th session of the General Assembly"));
        assert!(md.contains("https://undocs.org/A/RES/67/264"));
        assert!(md.contains("digitallibrary.un.org/search?ln=en&p=A%2FRES%2F67%2F264"));
    }

    #[test]
    fn hover_on_old_style_emergency_sc_and_hrc_citations() {
        let md = hover_at(
            &format!("{GA}\tRecalling its resolution 3369 (XXX) of 10 October 1975,"),
            "3369",
        );
        assert!(md.contains("**A/RES/3369(XXX)**"), "{md}");
        assert!(md.contains("https://undocs.org/A/RES/3369%28XXX%29"));
        let md = hover_at(
            &format!("{GA}\tRecalling its resolution ES-10/19,"),
            "ES-10/19",
        );
        assert!(md.contains("21 December 2017"), "{md}");
        assert!(md.contains("emergency special session"));
        let md = hover_at(
            &format!("{GA}\tRecalling Security Council resolution 1624 (2005),"),
            "1624",
        );
        assert!(md.contains("**S/RES/1624(2005)**"), "{md}");
        assert!(md.contains("*On threats to international peace and security*"));
        assert!(md.contains("14 September 2005"));
        let md = hover_at(
            "\tThe Human Rights Council,\n\tRecalling its resolution 52/2,",
            "52/2",
        );
        assert!(md.contains("A/HRC/RES/52/2"), "{md}");
        assert!(md.contains("Nicaragua"));
    }

    #[test]
    fn hover_on_unknown_citations_says_what_the_citation_tells() {
        let md = hover_at(
            &format!("{GA}\tRecalling its resolution 67/999 of 1 May 2013,"),
            "67/999",
        );
        assert!(md.contains("only in part: that proves nothing"), "{md}");
        assert!(md.contains("67th session of the General Assembly (18 September 2012 to"));
        assert!(md.contains("Cited here as adopted on 1 May 2013."));
        let md = hover_at(&format!("{GA}\tRecalling its resolution 79/999,"), "79/999");
        assert!(
            md.contains("holds every resolution of this series: check the number"),
            "{md}"
        );
        let md = hover_at(
            &format!(
                "{GA}\tNoting that the Environment Assembly, in its resolution 2/10, decided,"
            ),
            "2/10",
        );
        assert!(md.contains("does not say which body"), "{md}");
    }

    fn complete_at_end(text: &str) -> Vec<CompletionItem> {
        let document = Document::new(text);
        let line = text.lines().count() as u32 - 1;
        let col = text.lines().last().unwrap().len() as u32;
        completion(&document, document.catalog(), Pos::new(line, col))
            .into_iter()
            .filter(|i| i.kind == CompletionKind::Citation)
            .collect()
    }

    #[test]
    fn completion_filters_by_what_is_typed() {
        let items = complete_at_end(&format!("{GA}\tRecalling its resolution 67/26"));
        assert!(!items.is_empty());
        assert!(items.iter().all(|i| i.label.starts_with("67/26")));
        let item = items.iter().find(|i| i.label == "67/264").unwrap();
        assert_eq!(item.insert, "67/264 of 17 May 2013");
        assert_eq!(item.replace, Range::on_line(1, 26, 31));
        assert!(item.detail.as_deref().unwrap().starts_with("17 May 2013"));
    }

    #[test]
    fn completion_after_a_list_separator_and_for_the_council() {
        let items = complete_at_end(&format!(
            "{GA}\tRecalling its resolutions 67/264 of 17 May 2013 and 68/"
        ));
        assert!(items.iter().all(|i| i.label.starts_with("68/")) && !items.is_empty());
        let items = complete_at_end(&format!("{GA}\tRecalling Security Council resolution 162"));
        let item = items.iter().find(|i| i.label == "1624 (2005)").unwrap();
        assert_eq!(item.insert, "1624 (2005) of 14 September 2005");
        assert!(complete_at_end(&format!("{GA}\tRecalling the 67/26")).is_empty());
        // Nothing typed: the newest entries, at most LIMIT.
        let items = complete_at_end(&format!("{GA}\tRecalling its resolution "));
        assert_eq!(items.len(), LIMIT);
    }

    #[test]
    fn definition_leads_to_the_declaring_document() {
        let draft = Document::new("81/5.\tOur draft\n\n\tThe General Assembly,\n\t1.\tDecides.\n");
        let entry = crate::catalog::declared_entry(&draft, "file:///w/draft.txt").unwrap();
        let catalog =
            Catalog::with_builtin(vec![Arc::new(Layer::new("open", vec![entry], vec![]))]);
        let citing = Document::with_catalog(
            &format!("{GA}\tRecalling its resolution 81/5,"),
            catalog.clone(),
        );
        let target = definition(&citing, &catalog, Pos::new(1, 27)).unwrap();
        assert_eq!(&*target.file, "file:///w/draft.txt");
        assert_eq!(target.line, 0);
        assert!(definition(&citing, &catalog, Pos::new(1, 3)).is_none());
    }
}
