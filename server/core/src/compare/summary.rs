//! The structural summary of a [`Document`]: its paragraphs in order, each
//! with what every language version writes alike. It reads the document's
//! own readings (the model's paragraphs and subparagraphs, the parts, the
//! citations of each line, the footnote resolver's markers, the references)
//! and reads no text again except for the figures ([`super::figures`]).

use std::sync::LazyLock;

use regex::Regex;

use crate::data::languages::Language;
use crate::document::Document;
use crate::l10n::Message;
use crate::model::{sub_label, SubStyle};
use crate::msg;
use crate::parts::Role;
use crate::syntax::citation::{CitationId, SessionRef};
use crate::syntax::date::{Date, MONTHS};
use crate::syntax::opening::Repeat;
use crate::syntax::{LineKind, Span};

use super::figures::{self, Figure, Symbol};

/// What kind of unit a paragraph is; units align only with units of the
/// same kind and region.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum UnitKind {
    Preambular,
    /// A numbered paragraph (of the resolution, or of an annex), or an
    /// operative paragraph without a number.
    Numbered,
    /// A subparagraph at `level` (1 for (a), 2 for (i)).
    Sub(u8),
    /// Any other paragraph of text (an annex's unnumbered paragraphs, a
    /// quoted text, a table row).
    Text,
    /// A footnote text.
    Footnote,
}

/// A resolution or decision cited, as every version writes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cited {
    /// `74/55`, `1624 (2005)`, `3369 (XXX)` (lettered parts are left out:
    /// the readers of the languages do not all read `A et B`).
    pub key: String,
    /// The key without digits that may be a footnote marker the resolver
    /// did not accept (`74/553` may be 74/55 and footnote 3).
    pub alt: Option<String>,
    pub date: Option<Date>,
    pub span: Span,
    pub date_span: Option<Span>,
}

/// One paragraph, subparagraph or footnote text.
#[derive(Debug, Clone)]
pub struct Unit {
    pub kind: UnitKind,
    /// 0 for the resolution, k for its k-th annex.
    pub region: u16,
    /// The number of a numbered paragraph or footnote, the ordinal of a
    /// subparagraph (`(c)` is 3).
    pub label: Option<u32>,
    /// How the unit is named in messages: `paragraph 5`, `subparagraph 5
    /// (b)`, `preambular paragraph 3`, `footnote 2`, `paragraph 4 of annex 1`
    /// (in the reader's language: `version-mismatch-unit-*`).
    pub name: Message,
    pub line: u32,
    /// The text after the label (where findings on the whole unit go).
    pub body: Span,
    /// Length in characters.
    pub chars: u32,
    /// The lexicon phrase of its opening (the English phrase a French or
    /// Spanish opening translates).
    pub phrase: Option<u16>,
    pub citations: Vec<Cited>,
    pub figures: Vec<Figure>,
    /// Ordinals written in words (English `eighteenth`), which another
    /// version may write with digits: they stand for a figure, never differ.
    pub ordinals: Vec<Figure>,
    pub symbols: Vec<Symbol>,
    /// The numbers of the footnote markers the resolver accepted, in order,
    /// with their spans.
    pub markers: Vec<(u32, Span)>,
    /// The spans of the paragraph numbers its internal references write.
    pub references: Vec<Span>,
    /// Readings of digits as footnote markers that the resolver did not
    /// accept: where a version's resolver is unsure, the comparison is too.
    pub candidates: Vec<(u32, Span)>,
    /// Those of [`Unit::candidates`] that stand for a marker where the
    /// other version has one.
    pub standing: Vec<u32>,
    /// The dates the language's date reader finds.
    pub dates: Vec<Date>,
    /// The punctuation and Latin-script names every version keeps.
    pub marks: Marks,
    /// Its terms ([`terms`]): the words (stems) or, in Chinese, the pairs of
    /// characters it writes, hashed, sorted, without repeats.
    pub terms: Vec<u64>,
}

/// What translations of a paragraph keep besides its citations and
/// figures, read from its text in any script: the mark that ends it, the
/// colons, brackets and quotation marks inside it, and the acronyms it
/// writes in Latin capitals. Measured on the parallel corpus (paragraphs of
/// the English and each other version, line for line): a paragraph and its
/// translation end with the same mark 99.5% of the time and have as many
/// colons, brackets and quotation marks 96 to 99% of the time, where two
/// neighbouring paragraphs agree 88 to 95% of the time; an acronym is
/// shared by 3 to 7% of translations and 1% of neighbours; commas are
/// as many in 30 to 60% of translations and 13 to 18% of neighbours, and
/// rarely three or more apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Marks {
    /// How the paragraph ends, footnote markers and invisible marks left
    /// out: [`Ending`].
    pub end: Ending,
    /// Colons inside it (not between digits: `15:00`).
    pub colons: u16,
    /// Commas inside it (`,` `،` `，` `、`; not between digits: `1,000`).
    pub commas: u16,
    /// Opening brackets, those of a footnote marker (Arabic `(2)`) left out.
    pub brackets: u16,
    /// Quotation marks of any language (`“ ” « » „ 「 」`; Chinese `《》`,
    /// which marks the titles English writes in italics, left out).
    pub quotes: u16,
    /// Semicolons inside it (`;` `؛` `；`).
    pub semicolons: u16,
    /// Full stops inside it that end a sentence (`.` after a lower-case
    /// letter and before a space, `。`).
    pub stops: u16,
    /// Runs of digits inside it.
    pub digits: u16,
    /// Dashes inside it (`–` `—`).
    pub dashes: u16,
    /// Words of two or more Latin capitals (`UNESCO`, `SIDS`, `UN-Women`),
    /// sorted, without repeats.
    pub acronyms: Vec<Box<str>>,
    /// The first four letters of its words of four Latin letters or more,
    /// lower case without accents, sorted, without repeats: cognates, as
    /// sentence aligners read them (Simard, Foster and Isabelle, 1992:
    /// `transparency` and `transparencia`, `documents` and `documentos`).
    /// A paragraph and its French or Spanish translation share a third of
    /// them (Dice coefficient, median 0.38 in French, 0.34 in Spanish), two
    /// neighbours a tenth; other scripts have none but their Latin words.
    pub cognates: Vec<[char; 4]>,
    /// The United Nations organs and bodies it names, each as often as it
    /// names it, sorted ([`names`]): the same body in every language
    /// (`Security Council`, `Conseil de sécurité`, `安全理事会`), as the
    /// language data has aligned their names.
    pub names: Vec<u16>,
    /// The `also` or `further` of its opening (`Also requests`, `Prie
    /// également`, `又请`, `تطلب أيضا`), as the opening reader of its
    /// language reads it; `None` where it read no opening.
    pub repeat: Option<Repeat>,
}

/// The mark that ends a paragraph, in any language's form (`;` `؛` `；`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Ending {
    #[default]
    None,
    Comma,
    Semicolon,
    Colon,
    FullStop,
    Quote,
    /// A word or anything else (`; and`, `; et`).
    Other,
}

/// The summary of one version.
#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub units: Vec<Unit>,
    /// Characters of all units.
    pub chars: u64,
    /// The version's language (the weights of the order of neighbours are
    /// measured per language).
    pub language: Language,
}

fn session(s: SessionRef) -> String {
    match s {
        SessionRef::Regular(n) => n.to_string(),
        SessionRef::Special(n) => format!("S-{n}"),
        SessionRef::Emergency(n) => format!("ES-{n}"),
    }
}

/// Builds the summary of an analysed document.
pub fn summarize(document: &Document) -> Summary {
    let lines = document.lines();
    let model = document.model();
    let parts = document.parts();
    let footnotes = document.footnotes();
    let mut units = Vec::new();
    let mut preambular = 0u32;
    let mut text_count = 0u32;
    // The last numbered paragraph: (region, number).
    let mut parent: Option<u32> = None;
    let mut sub_index = 0usize;
    // Whether no paragraph of the resolution has come yet: a table row
    // before its first paragraph is its frame (the symbol and title, which
    // a version's export may write as a row: Arabic `78/230<TAB>title`),
    // not compared, as headings are not.
    let mut body_seen = false;
    for (i, syntax) in lines.iter().enumerate() {
        let region = model.regions.get(i).copied().unwrap_or(0);
        body_seen = body_seen
            || region > 0
            || matches!(
                syntax.kind,
                LineKind::Numbered { .. } | LineKind::Sub { .. }
            )
            || matches!(syntax.kind, LineKind::Paragraph);
        let before_body = |region: u16| region == 0 && !body_seen;
        let annex = |name: Message| {
            if region > 0 {
                msg!(
                    "version-mismatch-unit-in-annex",
                    unit = name,
                    annex = u32::from(region)
                )
            } else {
                name
            }
        };
        let (kind, label, name) = match &syntax.kind {
            LineKind::Numbered { number, .. } => {
                parent = Some(*number);
                (
                    UnitKind::Numbered,
                    Some(*number),
                    annex(msg!("version-mismatch-unit-paragraph", number = *number)),
                )
            }
            LineKind::Sub { .. } => {
                while sub_index < model.subs.len() && (model.sub_line(sub_index) as usize) < i {
                    sub_index += 1;
                }
                let Some(sub) =
                    (model.subs.get(sub_index)).filter(|_| model.sub_line(sub_index) as usize == i)
                else {
                    continue;
                };
                let letters = match sub.style {
                    SubStyle::Alpha | SubStyle::Roman => sub_label(sub.style, sub.ordinal),
                };
                let name = match parent {
                    Some(p) => msg!(
                        "version-mismatch-unit-subparagraph",
                        number = p,
                        letters = letters
                    ),
                    None => msg!(
                        "version-mismatch-unit-subparagraph-alone",
                        letters = letters
                    ),
                };
                (UnitKind::Sub(sub.level), Some(sub.ordinal), annex(name))
            }
            LineKind::Paragraph => match parts.role(i) {
                Some(Role::Preambular) => {
                    preambular += 1;
                    (
                        UnitKind::Preambular,
                        None,
                        msg!("version-mismatch-unit-preambular", number = preambular),
                    )
                }
                Some(Role::Operative { .. }) => (
                    UnitKind::Numbered,
                    None,
                    msg!("version-mismatch-unit-operative"),
                ),
                None => {
                    text_count += 1;
                    (
                        UnitKind::Text,
                        None,
                        annex(msg!(
                            "version-mismatch-unit-unnumbered",
                            number = text_count
                        )),
                    )
                }
            },
            LineKind::Table if before_body(region) => continue,
            LineKind::Table => {
                text_count += 1;
                (
                    UnitKind::Text,
                    None,
                    annex(msg!("version-mismatch-unit-table-row", number = text_count)),
                )
            }
            LineKind::FootnoteText { number, .. } => (
                UnitKind::Footnote,
                Some(*number),
                msg!("version-mismatch-unit-footnote", number = *number),
            ),
            _ => continue,
        };
        let text = document.line_text(i as u32);
        let body = syntax.body;
        // Markers of footnotes without a text are the version's own finding
        // (`footnote-missing`), not a difference.
        let markers: Vec<(u32, Span)> = footnotes
            .markers_on(i as u32)
            .iter()
            .filter(|m| footnotes.text_of(m.scope, m.number).is_some())
            .map(|m| (m.number, footnotes.span(lines, m)))
            .collect();
        let mut skip: Vec<Span> = markers.iter().map(|m| m.1).collect();
        let mut citations = Vec::new();
        for c in syntax.citations() {
            skip.push(c.span);
            if let Some((_, span)) = c.date {
                skip.push(span);
            }
            let mut alt = None;
            let key = match c.id {
                CitationId::Slash { session: s, number } => {
                    // Digits the resolver reads as a footnote marker glued
                    // to the number (`74/553 ;` is 74/55 and footnote 3),
                    // also where the citation's reader took some of them
                    // into the number (`74/26333,`: the reader's 74/2633,
                    // the resolver's 74/263 and footnote 33): the number
                    // ends where the marker begins.
                    let glued = markers
                        .iter()
                        .find(|(_, m)| {
                            m.start > c.span.start && m.start < c.span.end && m.end >= c.span.end
                        })
                        .map_or(0, |(_, m)| c.span.end - m.start);
                    let number = number / 10u32.pow(glued.min(9));
                    if glued == 0 {
                        alt = syntax
                            .markers()
                            .iter()
                            .find(|m| m.span.end == c.span.end && m.span.start > c.span.start)
                            .map(|m| {
                                let digits = (m.span.end - m.span.start).min(9);
                                format!("{}/{}", session(s), number / 10u32.pow(digits))
                            });
                    }
                    format!("{}/{number}", session(s))
                }
                CitationId::Roman {
                    number, session: s, ..
                } => match s {
                    Some(s) => format!("{number} ({})", session(s)),
                    None => number.to_string(),
                },
                CitationId::Year { number, year, .. } => format!("{number} ({year})"),
            };
            citations.push(Cited {
                key,
                alt,
                date: c.date.map(|d| d.0),
                span: c.span,
                date_span: c.date.map(|d| d.1),
            });
        }
        let (figures, symbols) = figures::scan_in(
            &text,
            body.start as usize,
            &skip,
            figures::Numbers::of(document.language()),
        );
        let ordinals = if document.language() == Language::English {
            figures::ordinal_words(&text, body.start as usize)
        } else {
            Vec::new()
        };
        let references = syntax
            .references()
            .iter()
            .filter_map(|r| r.number_span)
            .collect();
        let candidates: Vec<(u32, Span)> = syntax
            .markers()
            .iter()
            .filter(|m| !markers.iter().any(|a| a.1 == m.span))
            .map(|m| (m.number, m.span))
            .collect();
        let dates = read_dates(document.language(), &text);
        let mut marks = marks(text.get(body.start as usize..).unwrap_or(""));
        marks.repeat = syntax.opening.as_ref().map(|o| o.repeat);
        marks.names = names(
            document.language(),
            text.get(body.start as usize..).unwrap_or(""),
        );
        // The readings that may stand for a marker the other version has:
        // a whole run of digits (`»10`), or the end of a citation or symbol
        // (`74/553`, `XII/327`); not the tail of a figure (`2015` read as
        // 201 and 5).
        let standing = candidates_standing(&candidates, &text, &citations, &symbols);
        let chars = text
            .get(body.start as usize..)
            .map_or(0, |t| t.chars().count() as u32);
        let terms = terms(text.get(body.start as usize..).unwrap_or(""));
        units.push(Unit {
            kind,
            region,
            label,
            name,
            line: i as u32,
            body,
            chars,
            phrase: syntax.opening.as_ref().and_then(|o| o.phrase()),
            citations,
            figures,
            ordinals,
            symbols,
            markers,
            references,
            candidates,
            standing,
            dates,
            marks,
            terms,
        });
    }
    let chars = units.iter().map(|u| u64::from(u.chars)).sum();
    Summary {
        units,
        chars,
        language: document.language(),
    }
}

/// The dates of a line, read by the language's reader (English: `17 May
/// 2013`).
fn read_dates(language: Language, text: &str) -> Vec<Date> {
    if let Some(data) = crate::syntax::foreign::parsed_with(language) {
        return data.dates(text).into_iter().map(|d| d.0).collect();
    }
    static DATE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern(&format!(r"\b(\d{{1,2}}) ({}) (\d{{4}})", MONTHS.join("|")))
            .expect("the date pattern")
    });
    DATE.captures_iter(text)
        .filter_map(|c| {
            Some(Date::new(
                c[3].parse().ok()?,
                Date::month_number(&c[2])?,
                c[1].parse().ok()?,
            ))
        })
        .collect()
}

/// The marks of a paragraph's text (after its label).
pub fn marks(text: &str) -> Marks {
    let invisible = |c: char| matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}');
    // Footnote markers and what no version writes alike stripped off the end.
    let trimmed = text.trim_end_matches(|c: char| {
        c.is_whitespace() || invisible(c) || c.is_numeric() || matches!(c, '(' | ')' | '（' | '）')
    });
    let end = match trimmed.chars().next_back() {
        None => Ending::None,
        Some(',' | '،' | '，' | '、') => Ending::Comma,
        Some(';' | '؛' | '；') => Ending::Semicolon,
        Some(':' | '：') => Ending::Colon,
        Some('.' | '。' | '։') => Ending::FullStop,
        Some('”' | '»' | '“' | '」' | '"' | '’' | '«') => Ending::Quote,
        Some(_) => Ending::Other,
    };
    // Inside: the text before its last mark.
    let inner: Vec<char> = trimmed.chars().collect();
    let inner = &inner[..inner.len().saturating_sub(1)];
    let mut marks = Marks {
        end,
        ..Marks::default()
    };
    for (k, &c) in inner.iter().enumerate() {
        match c {
            ':' | '：' => {
                let digits = |c: Option<&char>| c.is_some_and(|c| c.is_ascii_digit());
                if !(digits(k.checked_sub(1).and_then(|p| inner.get(p)))
                    && digits(inner.get(k + 1)))
                {
                    marks.colons += 1;
                }
            }
            ',' | '،' | '，' | '、' => {
                let digits = |c: Option<&char>| c.is_some_and(|c| c.is_numeric());
                if !(digits(k.checked_sub(1).and_then(|p| inner.get(p)))
                    && digits(inner.get(k + 1)))
                {
                    marks.commas += 1;
                }
            }
            '(' | '（' => {
                // A footnote marker in brackets: `(2)`, `(12)`.
                let digits = inner[k + 1..].iter().take_while(|c| c.is_numeric()).count();
                let closed = matches!(inner.get(k + 1 + digits), Some(')' | '）'));
                if !(closed && (1..=3).contains(&digits)) {
                    marks.brackets += 1;
                }
            }
            '“' | '”' | '«' | '»' | '„' | '「' | '」' | '"' => marks.quotes += 1,
            ';' | '؛' | '；' => marks.semicolons += 1,
            '。' => marks.stops += 1,
            '.' if k > 0
                && inner[k - 1].is_lowercase()
                && inner.get(k + 1).is_some_and(|c| c.is_whitespace()) =>
            {
                marks.stops += 1
            }
            '–' | '—' => marks.dashes += 1,
            c if c.is_numeric() && !(k > 0 && inner[k - 1].is_numeric()) => marks.digits += 1,
            _ => {}
        }
    }
    let mut acronyms: Vec<Box<str>> = text
        .split(|c: char| !(c.is_ascii_alphabetic() || c == '-'))
        .map(|w| w.trim_matches('-'))
        .filter(|w| w.bytes().filter(u8::is_ascii_uppercase).count() >= 2)
        .map(Box::from)
        .collect();
    acronyms.sort();
    acronyms.dedup();
    marks.acronyms = acronyms;
    let mut cognates: Vec<[char; 4]> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.chars().all(|c| c < '\u{250}'))
        .filter_map(|w| {
            let mut letters = w.chars().map(fold);
            let prefix = [
                letters.next()?,
                letters.next()?,
                letters.next()?,
                letters.next()?,
            ];
            Some(prefix)
        })
        .collect();
    cognates.sort();
    cognates.dedup();
    marks.cognates = cognates;
    marks
}

/// The bodies every language's data names: the organs (`General Assembly`,
/// `Security Council`, `Human Rights Council`, `Economic and Social
/// Council`) and the organizations whose names the language data aligned
/// with the lexicon's with some reliability (`Secretariat`, `Peacebuilding
/// Commission`, `World Health Organization`, …), each with the forms the
/// texts write (cases, clitics: `Совета Безопасности`, `لمجلس الأمن`).
/// English writes the lexicon's names.
struct Names {
    /// Per language ([`Language::ALL`]'s order), the forms as one pattern
    /// (the longest first) and the body of each form.
    patterns: Vec<Option<(Regex, std::collections::HashMap<String, u16>)>>,
}

static NAMES: LazyLock<Names> = LazyLock::new(|| {
    use crate::data::languages::Reliability;
    // The bodies, by their English names.
    let mut bodies: Vec<String> = Vec::new();
    let mut id = |english: &str| -> u16 {
        match bodies.iter().position(|b| b == english) {
            Some(i) => i as u16,
            None => {
                bodies.push(english.to_string());
                (bodies.len() - 1) as u16
            }
        }
    };
    let mut forms: Vec<Vec<(String, u16)>> = vec![Vec::new(); Language::ALL.len()];
    for (k, language) in Language::ALL.into_iter().enumerate() {
        let Some(data) = language.data() else {
            continue;
        };
        for o in &data.organs {
            let body = id(&o.organ);
            forms[0].push((o.organ.clone(), body));
            for f in o.name.iter().chain(o.forms.iter().map(|f| &f.text)) {
                forms[k].push((f.clone(), body));
            }
        }
        for o in &data.organizations {
            let Some(name) = o
                .name
                .as_ref()
                .filter(|n| n.reliability != Reliability::Low)
            else {
                continue;
            };
            if name.text.starts_with(char::is_lowercase) {
                continue;
            }
            let body = id(&o.english);
            forms[0].push((o.english.clone(), body));
            for f in std::iter::once(&name.text).chain(name.forms.iter().map(|f| &f.text)) {
                forms[k].push((f.clone(), body));
            }
        }
    }
    let patterns = forms
        .into_iter()
        .map(|forms| {
            let mut texts: Vec<&str> = forms
                .iter()
                .map(|f| f.0.as_str())
                .filter(|t| t.chars().count() >= 2)
                .collect();
            if texts.is_empty() {
                return None;
            }
            texts.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
            texts.dedup();
            let pattern = texts
                .iter()
                .map(|t| regex::escape(t))
                .collect::<Vec<_>>()
                .join("|");
            let map = forms.iter().cloned().collect();
            Some((crate::pattern(&pattern).ok()?, map))
        })
        .collect();
    Names { patterns }
});

/// The bodies a paragraph names ([`Marks::names`]), sorted.
pub fn names(language: Language, text: &str) -> Vec<u16> {
    let k = Language::ALL
        .iter()
        .position(|&l| l == language)
        .unwrap_or(0);
    let Some(Some((pattern, map))) = NAMES.patterns.get(k) else {
        return Vec::new();
    };
    let mut out: Vec<u16> = pattern
        .find_iter(text)
        .filter_map(|m| map.get(m.as_str()).copied())
        .collect();
    out.sort_unstable();
    out
}

/// A Latin letter in lower case without its accent (`É` is `e`).
fn fold(c: char) -> char {
    let c = c.to_lowercase().next().unwrap_or(c);
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        _ => c,
    }
}

fn candidates_standing(
    candidates: &[(u32, Span)],
    text: &str,
    citations: &[Cited],
    symbols: &[Symbol],
) -> Vec<u32> {
    candidates
        .iter()
        .filter(|(_, span)| {
            let whole = !text[..(span.start as usize).min(text.len())]
                .ends_with(|c: char| c.is_ascii_digit());
            whole
                || citations.iter().any(|c| c.span.end == span.end)
                || symbols.iter().any(|s| s.span.end == span.end)
        })
        .map(|c| c.0)
        .collect()
}

/// The terms of a paragraph, in any language, without knowing the language:
/// words of four letters or more cut to their first five (a stem: `disaster`
/// `disas`, `бедствий` `бедст`), an Arabic word without its conjunction and
/// article (`والتنمية` `تنمية`) cut to its first four letters, and each two
/// neighbouring Chinese characters (`灾害`, `害风`, `风险`). The order of
/// neighbours learns from the text itself which terms of one version go with
/// which of the other ([`super::Order`]), as sentence aligners bootstrap a
/// lexicon from the pairs they aligned first (Moore, 2002).
pub fn terms(text: &str) -> Vec<u64> {
    use std::hash::{Hash, Hasher};
    let hash = |s: &[char]| {
        let mut h = rustc_hash::FxHasher::default();
        s.hash(&mut h);
        h.finish()
    };
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    let arabic = |c: char| ('\u{0620}'..='\u{064a}').contains(&c);
    let mut out = Vec::new();
    let chars: Vec<char> = text.chars().collect();
    let mut k = 0;
    while k < chars.len() {
        let c = chars[k];
        if han(c) {
            let start = k;
            while k < chars.len() && han(chars[k]) {
                k += 1;
            }
            for w in chars[start..k].windows(2) {
                out.push(hash(w));
            }
            continue;
        }
        if c.is_alphabetic() {
            let start = k;
            while k < chars.len() && chars[k].is_alphabetic() && !han(chars[k]) {
                k += 1;
            }
            let mut word: Vec<char> = chars[start..k].iter().map(|&c| fold(c)).collect();
            if word.iter().all(|&c| arabic(c)) {
                if word.len() > 3 && word[0] == '\u{0648}' {
                    word.remove(0);
                }
                for prefix in [
                    &['\u{0627}', '\u{0644}'][..],
                    &['\u{0628}', '\u{0627}', '\u{0644}'][..],
                    &['\u{0644}', '\u{0644}'][..],
                ] {
                    if word.len() > prefix.len() + 2 && word.starts_with(prefix) {
                        word.drain(..prefix.len());
                        break;
                    }
                }
                if word.len() >= 3 {
                    word.truncate(4);
                    out.push(hash(&word));
                }
            } else if word.len() >= 4 {
                word.truncate(5);
                out.push(hash(&word));
            }
            continue;
        }
        k += 1;
    }
    out.sort_unstable();
    out.dedup();
    out
}
