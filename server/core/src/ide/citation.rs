//! Citations in the editor: hover (what the catalog knows of the cited
//! resolution), completion of numbers after `resolution`, and go to
//! definition of a resolution whose text is known.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::completion::{typed_word, CompletionCtx, CompletionItem, CompletionKind};
use super::hover::{Hover, HoverCtx};
use crate::catalog::key::SessionName;
use crate::catalog::{Catalog, DatedBy, Entry, Key, Origin, Series, Status, TitleSource};
use crate::data;
use crate::data::languages::Language;
use crate::ide::escape_markdown;
use crate::l10n::{Arg, Join, Locale};
use crate::msg;
use crate::syntax::citation::SessionRef;
use crate::syntax::date::Date;
use crate::syntax::{Citation, CitationKind, LineKind, Organ};
use crate::text::{Pos, Range};
use crate::Document;

/// The citation under `pos`, with its key when the organ is known.
fn citation_at(document: &Document, pos: Pos) -> Option<(&Citation, Option<Key>)> {
    let line = document.lines().get(pos.line as usize)?;
    let citation = line.citations().iter().find(|c| c.span.contains(pos.col))?;
    let key = document.citation_key(citation);
    Some((citation, key))
}

/// The link to a symbol's text on undocs.org and a search of the UN
/// Digital Library, as Markdown.
pub fn links(symbol: &str) -> String {
    links_in(symbol, Locale::En)
}

/// [`links`] with their labels in `locale` (and the Digital Library's
/// search in that language).
pub fn links_in(symbol: &str, locale: Locale) -> String {
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
    msg!(
        "hover-citation-links",
        path = path,
        query = query,
        ln = locale.code()
    )
    .render(locale)
}

/// `resolution` or `decision`, a key of the hover messages' `$kind`.
fn kind_key(kind: CitationKind) -> &'static str {
    match kind {
        CitationKind::Resolution => "resolution",
        CitationKind::Decision => "decision",
    }
}

/// `General Assembly resolution`.
fn organ_label(key: &Key, locale: Locale) -> String {
    msg!(
        "hover-citation-organ",
        organ = match key.organ {
            Organ::GeneralAssembly => "ga",
            Organ::SecurityCouncil => "sc",
            Organ::HumanRightsCouncil => "hrc",
            Organ::EconomicAndSocialCouncil => "ecosoc",
            Organ::Other => "other",
        },
        kind = kind_key(key.kind)
    )
    .render(locale)
}

/// What the series of a key says by itself (session and its years).
fn series_note(key: &Key, locale: Locale) -> Option<String> {
    let message = match (key.organ, key.series) {
        (Organ::GeneralAssembly, Series::Session(SessionRef::Regular(n))) => {
            let (start, end) = data::ga_session_range(n)?;
            msg!(
                "hover-citation-ga-session",
                session = Arg::Ordinal(n),
                start = start,
                end = end
            )
        }
        (Organ::GeneralAssembly, Series::Session(SessionRef::Emergency(n))) => msg!(
            "hover-citation-emergency-session",
            session = Arg::Ordinal(n)
        ),
        (Organ::GeneralAssembly, Series::Session(SessionRef::Special(n))) => {
            msg!("hover-citation-special-session", session = Arg::Ordinal(n))
        }
        (Organ::HumanRightsCouncil, Series::Session(session)) => msg!(
            "hover-citation-hrc-session",
            session = SessionName(session).to_string()
        ),
        (Organ::EconomicAndSocialCouncil, Series::Session(SessionRef::Regular(year))) => {
            msg!("hover-citation-ecosoc-year", year = year.to_string())
        }
        _ => return None,
    };
    Some(message.render(locale))
}

/// The Markdown describing a known entry.
pub fn entry_markdown(entry: &Entry) -> String {
    entry_markdown_in(entry, Language::English)
}

/// [`entry_markdown`] for a text in `language`: the catalog's title is
/// English, and says so in a text of another language.
pub fn entry_markdown_in(entry: &Entry, language: Language) -> String {
    entry_markdown_for(entry, language, Locale::En)
}

/// [`entry_markdown_in`] with its labels in `locale`; the catalog's title,
/// symbol and notes stay as the catalog writes them.
pub fn entry_markdown_for(entry: &Entry, language: Language, locale: Locale) -> String {
    let mut out = format!(
        "**{}** · {} {}",
        escape_markdown(&entry.symbol),
        organ_label(&entry.key, locale),
        escape_markdown(&entry.cite)
    );
    if !entry.title.is_empty() {
        out.push_str(&format!("\n\n*{}*", escape_markdown(&entry.title)));
        if language != Language::English {
            out.push_str(&msg!("hover-citation-title-english").render(locale));
        }
        if let TitleSource::CitedIn(symbol) = &entry.title_source {
            out.push_str(
                &msg!(
                    "hover-citation-title-cited-in",
                    symbol = escape_markdown(symbol)
                )
                .render(locale),
            );
        }
    }
    let mut facts = Vec::new();
    if let Some(date) = entry.date {
        let how = match entry.origin {
            Origin::Builtin {
                dated_by: DatedBy::Citations,
            } => Some(msg!("hover-citation-dated-by-citations")),
            _ => None,
        };
        facts.push(msg!("hover-citation-adopted", date = date, how = how).render(locale));
    }
    if !entry.other_dates.is_empty() {
        let list = entry.other_dates.iter().map(|d| Arg::Date(*d)).collect();
        facts.push(
            msg!(
                "hover-citation-also-dated",
                dates = Arg::List(list, Join::Comma)
            )
            .render(locale),
        );
    }
    if !entry.parts.is_empty() {
        facts.push(
            msg!(
                "hover-citation-parts",
                parts = escape_markdown(&entry.parts)
            )
            .render(locale),
        );
    }
    if let Some(note) = series_note(&entry.key, locale) {
        facts.push(format!("{}.", capitalize(&note)));
    }
    let source = match &entry.origin {
        Origin::Builtin { .. } => msg!("hover-citation-builtin"),
        Origin::File { path, line } => msg!(
            "hover-citation-from-file",
            path = escape_markdown(path),
            line = line.to_string()
        ),
        Origin::Document { uri, .. } => {
            msg!("hover-citation-declared-by", uri = escape_markdown(uri))
        }
    };
    facts.push(source.render(locale));
    out.push_str("\n\n");
    out.push_str(&facts.join(" "));
    out.push_str("\n\n");
    out.push_str(&links_in(&entry.symbol, locale));
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
    if let Some(Key {
        organ: Organ::Other,
        ..
    }) = key
    {
        let markdown = format!(
            "**{}**\n\n{}",
            escape_markdown(written),
            msg!("hover-citation-other-body", kind = kind_key(citation.kind)).render(ctx.locale)
        );
        return Some(Hover { range, markdown });
    }
    let Some(key) = key else {
        let markdown = format!(
            "**{}**\n\n{}",
            escape_markdown(written),
            msg!("hover-citation-no-body", kind = kind_key(citation.kind)).render(ctx.locale)
        );
        return Some(Hover { range, markdown });
    };
    let year = match citation.id {
        crate::syntax::CitationId::Year { year, .. } => Some(year),
        _ => None,
    };
    let markdown = match ctx.catalog.status(&key) {
        Status::Known(entry) => entry_markdown_for(entry, ctx.document.language(), ctx.locale),
        status => {
            let symbol = key.symbol(year);
            let mut out = format!(
                "**{}** · {} {}\n\n",
                escape_markdown(&symbol),
                organ_label(&key, ctx.locale),
                escape_markdown(&key.cite(year))
            );
            out.push_str(
                &match status {
                    Status::Unknown(_) => msg!("hover-citation-unknown"),
                    _ => msg!("hover-citation-partial"),
                }
                .render(ctx.locale),
            );
            if let Some(note) = series_note(&key, ctx.locale) {
                out.push_str(&format!(" {}.", capitalize(&note)));
            }
            if let Some((date, _)) = citation.date {
                out.push_str(&msg!("hover-citation-cited-date", date = date).render(ctx.locale));
            }
            out.push_str("\n\n");
            out.push_str(&links_in(&symbol, ctx.locale));
            out
        }
    };
    Some(Hover { range, markdown })
}

/// `Security Council resolution `, `its resolutions 67/264, ` … before the
/// number being typed.
static LEAD: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(
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
    if let Some(data) = crate::syntax::foreign::parsed_with(ctx.document.language()) {
        complete_foreign(ctx, data, head, start, typed, acc);
        return;
    }
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
    offer(ctx, organ, kind, (start, typed), None, acc);
}

/// The catalog's entries of `organ` and `kind` whose cite starts with the
/// word `typed` at `start`, inserted with their date as the text's
/// language writes it (`foreign`'s, else English `of 17 May 2013`), the
/// date of their detail and their documentation in the drafter's language.
fn offer(
    ctx: &CompletionCtx<'_>,
    organ: Organ,
    kind: CitationKind,
    (start, typed): (usize, &str),
    foreign: Option<&crate::data::languages::LanguageData>,
    acc: &mut Vec<CompletionItem>,
) {
    let replace = Range::on_line(ctx.pos.line, start as u32, ctx.pos.col);
    let before = Before::of(ctx.document);
    let mut entries: Vec<&Entry> = ctx
        .catalog
        .with_prefix(organ, typed)
        .filter(|e| e.key.kind == kind && before.admits(e))
        .collect();
    sort_for_citing(&mut entries);
    if entries.len() > LIMIT {
        entries.truncate(LIMIT);
        ctx.cut.set(true);
    }
    for (rank, entry) in entries.into_iter().enumerate() {
        let dated = entry.date.and_then(|date| match foreign {
            Some(data) => crate::syntax::foreign::date_after_number(data, date),
            None => Some(format!(" of {date}")),
        });
        let insert = format!("{}{}", entry.cite, dated.unwrap_or_default());
        // The date in the drafter's language; the catalog's title in its
        // own (English).
        let date = entry
            .date
            .map(|date| crate::l10n::write_date(ctx.locale, date));
        let detail = match (date, entry.title.is_empty()) {
            (Some(date), false) => format!("{date} · {}", entry.title),
            (Some(date), true) => date,
            (None, _) => entry.title.clone(),
        };
        acc.push(CompletionItem {
            label: entry.cite.clone(),
            kind: CompletionKind::Citation,
            detail: Some(detail),
            documentation: Some(entry_markdown_for(
                entry,
                ctx.document.language(),
                ctx.locale,
            )),
            replace,
            insert,
            snippet: false,
            filter: Some(entry.cite.clone()),
            rank: 1000 + rank as u32,
        });
    }
}

/// After a citation word of the text's language and a space, or after a
/// separator of its list (`sa résolution `, `résolutions 67/264 et `,
/// `резолюцию `, `قرارها `): the catalog's resolutions (or decisions) of
/// the text's organ, inserted with their date as the language writes it
/// (`67/264 du 17 mai 2013`). Not in a language that writes the citation
/// word after the numbers (Chinese `第67/264号决议`).
fn complete_foreign(
    ctx: &CompletionCtx<'_>,
    data: &'static crate::data::languages::LanguageData,
    head: &str,
    start: usize,
    typed: &str,
    acc: &mut Vec<CompletionItem>,
) {
    let citations = &data.citations;
    if citations.word_position != "before_number" {
        return;
    }
    // The last citation word of the line before the cursor, as a word of
    // its own followed by a space.
    let Some((word_end, kind)) = citations
        .words
        .iter()
        .filter_map(|w| {
            let at = head.rfind(&format!("{} ", w.text))?;
            let starts_word = head[..at]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric());
            starts_word.then_some((at + w.text.len() + 1, w.kind.as_str()))
        })
        .max_by_key(|&(end, _)| end)
    else {
        return;
    };
    // Nothing after it but numbers of a list and its separators, ending
    // with a separator.
    let list = &head[word_end..];
    let separators = citations.separators.iter().map(|s| s.text.as_str());
    let mut rest = list.to_string();
    for separator in separators.clone() {
        rest = rest.replace(separator, " ");
    }
    let numbers_only = rest
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || "/()-, \u{a0}".contains(c));
    let at_item = list.is_empty() || separators.clone().any(|s| list.ends_with(s));
    if !numbers_only || !at_item {
        return;
    }
    let kind = if kind == "decision" {
        CitationKind::Decision
    } else {
        CitationKind::Resolution
    };
    let organ = match ctx.document.model().organ {
        Some(Organ::Other) | None => Organ::GeneralAssembly,
        Some(o) => o,
    };
    offer(ctx, organ, kind, (start, typed), Some(data), acc);
}

/// What a text may cite: what was adopted before it (its own number, its
/// session or its date, when it says them).
struct Before {
    /// The text's own catalog key.
    own: Option<Key>,
    /// Its adoption date, or the last day of its session.
    date: Option<Date>,
}

impl Before {
    fn of(document: &Document) -> Before {
        let model = document.model();
        let context = model.context();
        let own = match (model.organ, model.own.number, model.own.sc) {
            (
                Some(organ @ (Organ::GeneralAssembly | Organ::HumanRightsCouncil)),
                Some((session, number)),
                _,
            ) => Some(Key {
                organ,
                kind: CitationKind::Resolution,
                series: Series::Session(session),
                number,
            }),
            (_, _, Some((number, _))) => Some(Key {
                organ: Organ::SecurityCouncil,
                kind: CitationKind::Resolution,
                series: Series::Single,
                number,
            }),
            _ => None,
        };
        Before {
            own,
            date: crate::attribution::text_date(&context),
        }
    }

    /// Whether `entry` was adopted before the text.
    fn admits(&self, entry: &Entry) -> bool {
        if let Some(own) = self.own {
            if entry.key.organ == own.organ && entry.key.kind == own.kind {
                match (entry.key.series, own.series) {
                    (a, b) if a == b => return entry.key.number < own.number,
                    (
                        Series::Session(SessionRef::Regular(a)),
                        Series::Session(SessionRef::Regular(b)),
                    ) if a > b => return false,
                    _ => {}
                }
            }
        }
        match (self.date, entry.date) {
            (Some(bound), Some(date)) => date < bound,
            (Some(bound), None) => match (entry.key.organ, entry.key.series) {
                (Organ::GeneralAssembly, Series::Session(SessionRef::Regular(n))) => {
                    n <= data::ga_session_at(bound)
                }
                _ => true,
            },
            (None, _) => true,
        }
    }
}

/// Orders entries for a drafter: the most recent session first (the
/// session whose latest entry is newest; for the Security Council, the
/// year), and within a session by number as numbers (79/2 before 79/10).
fn sort_for_citing(entries: &mut [&Entry]) {
    /// The session of an entry (for the Security Council, its year), as a
    /// sortable key.
    fn group(entry: &Entry) -> (u8, u32) {
        match entry.key.series {
            Series::Single => (0, entry.date.map_or(0, |d| d.year)),
            Series::Session(SessionRef::Regular(n)) => (1, n),
            Series::Session(SessionRef::Special(n)) => (2, n),
            Series::Session(SessionRef::Emergency(n)) => (3, n),
        }
    }
    let mut latest: HashMap<(u8, u32), Date> = HashMap::new();
    for entry in entries.iter() {
        if let Some(date) = entry.date {
            let slot = latest.entry(group(entry)).or_insert(date);
            *slot = (*slot).max(date);
        }
    }
    let oldest = Date::new(0, 0, 0);
    entries.sort_by_key(|e| {
        let group = group(e);
        let newest = latest.get(&group).copied().unwrap_or(oldest);
        (std::cmp::Reverse(newest), group, e.key.number)
    });
}

/// Hover on the text's own symbol (`67/264.` in its title, `Resolution
/// 2719 (2023)`): its catalog entry.
pub(crate) fn own_symbol_hover(ctx: &HoverCtx<'_>) -> Option<Hover> {
    let (document, pos) = (ctx.document, ctx.pos);
    let model = document.model();
    if model.own.line != Some(pos.line) {
        return None;
    }
    let line = document.lines().get(pos.line as usize)?;
    let span = match line.kind {
        LineKind::Title { symbol, .. } if symbol.contains(pos.col) => symbol,
        LineKind::ScHeader { .. } if line.body.contains(pos.col) => line.body,
        _ => return None,
    };
    let key = Before::of(document).own?;
    let range = Range::on_line(pos.line, span.start, span.end);
    let markdown = match ctx.catalog.get(&key) {
        Some(entry) => format!(
            "{}\n\n{}",
            msg!("hover-citation-this-text").render(ctx.locale),
            entry_markdown_for(entry, Language::English, ctx.locale)
        ),
        None => {
            let year = model.own.sc.map(|(_, year)| year);
            let symbol = key.symbol(year);
            let mut out = format!(
                "**{}** · {} {}\n\n{}",
                escape_markdown(&symbol),
                organ_label(&key, ctx.locale),
                escape_markdown(&key.cite(year)),
                msg!("hover-citation-own-unknown").render(ctx.locale)
            );
            if let Some(note) = series_note(&key, ctx.locale) {
                out.push_str(&format!(" {}.", capitalize(&note)));
            }
            out.push_str("\n\n");
            out.push_str(&links_in(&symbol, ctx.locale));
            out
        }
    };
    Some(Hover { range, markdown })
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
    fn hover_on_a_french_citation_marks_the_english_title() {
        let text =
            "\tL’Assemblée générale,\n\tRappelant sa résolution 70/1 du 25 septembre 2015,\n";
        let markdown = hover_at(text, "70/1");
        assert!(markdown.starts_with("**A/RES/70/1**"), "{markdown}");
        assert!(markdown.contains("*Transforming our world"), "{markdown}");
        assert!(markdown.contains("* (English)"), "{markdown}");
        // An English text's title is not marked.
        let markdown = hover_at(
            "\tThe General Assembly,\n\tRecalling its resolution 70/1 of 25 September 2015,\n",
            "70/1",
        );
        assert!(!markdown.contains("(English)"), "{markdown}");
    }

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
        assert!(md.contains("another body adopted"), "{md}");
        let md = hover_at(
            &format!("{GA}\tNoting that, in resolution 5/14 of 2 March 2022, States decided,"),
            "5/14",
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

    /// A list cut at [`LIMIT`] says it is incomplete, so that the editor
    /// asks again as the drafter types on: the first entries of `67/` leave
    /// 67/264 out, which `67/26` offers. A list of every entry that fits
    /// what is typed is complete.
    #[test]
    fn a_list_cut_at_the_limit_is_incomplete() {
        let at_end = |text: &str| {
            let document = Document::new(text);
            let line = text.lines().count() as u32 - 1;
            let col = text.lines().last().unwrap().len() as u32;
            crate::ide::completions(
                &document,
                document.catalog(),
                Pos::new(line, col),
                Locale::En,
            )
        };
        let cited = |list: &crate::ide::Completions| list.items.iter().any(|i| i.label == "67/264");
        let cut = at_end(&format!("{GA}\tRecalling its resolution 67/"));
        assert_eq!(cut.items.len(), LIMIT);
        assert!(cut.incomplete && !cited(&cut));
        let whole = at_end(&format!("{GA}\tRecalling its resolution 67/26"));
        assert!(whole.items.len() < LIMIT);
        assert!(!whole.incomplete && cited(&whole));
        assert!(at_end(&format!("{GA}\tRecalling its resolution ")).incomplete);
        // Not a citation: nothing cut.
        assert!(!at_end(&format!("{GA}\tRecalling the ")).incomplete);
    }

    #[test]
    fn completion_offers_what_was_adopted_before_the_text_in_order() {
        let labels = |text: &str| -> Vec<String> {
            complete_at_end(text).into_iter().map(|i| i.label).collect()
        };
        // Resolution 79/9 was adopted on 18 November 2024: 79/1 to 79/8
        // before it, by number as numbers.
        let mine = "Resolution adopted by the General Assembly on 18 November 2024\n79/9.\tCooperation\n\n\tThe General Assembly,\n\tRecalling its resolution 79/";
        assert_eq!(
            labels(mine),
            ["79/1", "79/2", "79/3", "79/4", "79/5", "79/6", "79/7", "79/8"]
        );
        // Nothing typed: the text's own session first, then the sessions
        // that adopted texts most recently before it (the emergency session
        // ES-10 resumed in 2024), and nothing later.
        let items = complete_at_end(&mine.replace("79/", ""));
        assert_eq!(items.len(), LIMIT);
        let all: Vec<&str> = items.iter().map(|i| i.label.as_str()).collect();
        assert_eq!(
            &all[..9],
            ["79/1", "79/2", "79/3", "79/4", "79/5", "79/6", "79/7", "79/8", "ES-10/2"]
        );
        let catalog = Catalog::builtin();
        let dated = |label: &str| {
            let organ = Organ::GeneralAssembly;
            catalog
                .with_prefix(organ, label)
                .find(|e| e.cite == label)
                .and_then(|e| e.date)
                .unwrap()
        };
        assert!(all
            .iter()
            .all(|l| dated(l) < crate::syntax::date::Date::new(2024, 11, 18)));
        // Sessions one after another, each by number.
        let mut sessions: Vec<(&str, Vec<u32>)> = Vec::new();
        for label in &all {
            let (session, number) = label.split_once('/').unwrap();
            let number: u32 = number.parse().unwrap();
            match sessions.last_mut() {
                Some((s, numbers)) if *s == session => numbers.push(number),
                _ => sessions.push((session, vec![number])),
            }
        }
        let names: Vec<&str> = sessions.iter().map(|s| s.0).collect();
        assert_eq!(names, ["79", "ES-10", "78"]);
        assert!(sessions
            .iter()
            .all(|(_, n)| n.windows(2).all(|w| w[0] < w[1])));
        // A text that does not say what it is: everything, the most recent
        // session first.
        let any = labels(&format!("{GA}\tRecalling its resolution 80/1"));
        assert_eq!(&any[..3], ["80/1", "80/10", "80/11"]);
        let any = labels(&format!("{GA}\tRecalling its resolution "));
        assert_eq!(
            &any[..3],
            ["80/1", "80/3", "80/4"],
            "80/2 is not a resolution"
        );
        // The Security Council's own number: lower ones only, by year.
        let council =
            "Resolution 2505 (2020)\n\tThe Security Council,\n\tRecalling its resolution 250";
        assert_eq!(
            labels(council),
            [
                "2504 (2020)",
                "2500 (2019)",
                "2501 (2019)",
                "2502 (2019)",
                "2503 (2019)",
                "250 (1968)"
            ]
        );
    }

    #[test]
    fn hover_on_the_texts_own_symbol() {
        let text = "Resolution adopted by the General Assembly on 18 November 2024\n79/9.\tCooperation\n\n\tThe General Assembly,\n";
        let document = Document::new(text);
        let md = hover(&document, document.catalog(), Pos::new(1, 2))
            .unwrap()
            .markdown;
        assert!(md.starts_with("This text."), "{md}");
        assert!(md.contains("**A/RES/79/9**"), "{md}");
        let council = Document::new("Resolution 2719 (2023)\n\tThe Security Council,\n");
        let md = hover(&council, council.catalog(), Pos::new(0, 12))
            .unwrap()
            .markdown;
        assert!(md.contains("**S/RES/2719(2023)**"), "{md}");
        let draft = Document::new("81/5.\tOur draft\n\n\tThe General Assembly,\n");
        let md = hover(&draft, draft.catalog(), Pos::new(0, 1))
            .unwrap()
            .markdown;
        assert!(md.contains("does not hold it yet"), "{md}");
        assert!(hover(&draft, draft.catalog(), Pos::new(0, 9)).is_none());
    }

    #[test]
    fn hover_says_where_a_mined_title_is_cited() {
        let md = hover_at(
            &format!("{GA}\tRecalling its resolution 70/299 of 29 July 2016,"),
            "70/299",
        );
        assert!(
            md.contains("*Follow-up and review of the 2030 Agenda for Sustainable Development at the global level* (as cited in A/RES/74/298)"),
            "{md}"
        );
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

    /// In French, Spanish, Russian and Arabic, after the language's citation
    /// word: the catalog's numbers, inserted with the date as the language
    /// writes it; in Chinese, none.
    #[test]
    fn numbers_are_offered_after_a_citation_word_of_the_texts_language() {
        use crate::ide::completion_in;
        let complete = |language: Language, text: &str, locale: Locale| {
            let document = Document::with_language(text, Catalog::builtin(), Some(language));
            let line = text.split('\n').count() as u32 - 1;
            let col = text.rsplit('\n').next().unwrap().len() as u32;
            completion_in(&document, document.catalog(), Pos::new(line, col), locale)
        };
        let cases = [
            (
                Language::French,
                "\tL'Assemblée générale,\n\tRappelant sa résolution 67/26",
                "67/264 du 17 mai 2013",
            ),
            (
                Language::French,
                "\tL'Assemblée générale,\n\tRappelant ses résolutions 65/140 et 67/26",
                "67/264 du 17 mai 2013",
            ),
            (
                Language::Spanish,
                "\tLa Asamblea General,\n\tRecordando su resolución 67/26",
                "67/264, de 17 de mayo de 2013",
            ),
            (
                Language::Russian,
                "\tГенеральная Ассамблея,\n\tссылаясь на свою резолюцию 67/26",
                "67/264 от 17 мая 2013 года",
            ),
            (
                Language::Arabic,
                "\tإن الجمعية العامة،\n\tإذ تشير إلى قرارها 67/26",
                "67/264 المؤرخ 17 أيار/مايو 2013",
            ),
        ];
        for (language, text, insert) in cases {
            let items = complete(language, text, Locale::En);
            let item = items
                .iter()
                .find(|i| i.label == "67/264")
                .unwrap_or_else(|| panic!("{language:?}: {items:?}"));
            assert_eq!(item.insert, insert, "{language:?}");
            let detail = item.detail.as_deref().unwrap();
            assert!(detail.starts_with("17 May 2013"), "{language:?}: {detail}");
        }
        // The detail's date in the drafter's language.
        let items = complete(Language::French, cases[0].1, Locale::Fr);
        let item = items.iter().find(|i| i.label == "67/264").unwrap();
        assert!(item.detail.as_deref().unwrap().starts_with("17 mai 2013"));
        // Not in prose after the word, nor in Chinese.
        let prose = "\tL'Assemblée générale,\n\tRappelant sa résolution relative à la 67";
        assert!(complete(Language::French, prose, Locale::En)
            .iter()
            .all(|i| i.kind != CompletionKind::Citation));
        let chinese = "\t大会，\n\t回顾其第67/26";
        assert!(complete(Language::Chinese, chinese, Locale::En)
            .iter()
            .all(|i| i.kind != CompletionKind::Citation));
    }
}
