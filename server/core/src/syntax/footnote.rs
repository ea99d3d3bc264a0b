//! Candidate footnote markers in running text.
//!
//! In the UN's plain-text export a superscript footnote indicator becomes
//! digits glued to the word or punctuation before it: `Conference1 to`,
//! `organizations,3`, `Secretary-General;3`. Drafts may also use Unicode
//! superscripts (`¹`) or Markdown (`[^1]`).
//!
//! Digits glued to a word are not always a marker, and a marker is not
//! always alone: `A/67/282`, `COVID-19`, `G77`, `2,4,6-Trinitrotoluene` and
//! `paragraph VIII.6` hold no marker, while `Agenda 216` is Agenda 21 and
//! marker 6, `12 December 199712` the date 12 December 1997 and marker 12,
//! and `VIII.7441` paragraph VIII.74 of a report and marker 41 when footnote
//! 41 is the one due. A line alone cannot tell. So the scanner records every
//! digit run that may hold a marker as a *candidate*: each [`Marker`] is one
//! reading of a run (the number it would be and where), with the evidence of
//! its token and position ([`MarkerKind`]); readings of one run share its
//! [`Marker::run`]. The document's footnote resolver
//! ([`crate::footnotes`]) weighs them against the footnote texts present and
//! the order of first citation, and decides.

use super::Span;

/// How sure a reading is, from its token and position alone (surest
/// first).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sureness {
    /// A marker whether or not its footnote has a text (`Conference1`,
    /// `Outcome,1`, `¹`, `[^1]`): a marker with no text is missing.
    Certain,
    /// Digits glued to a token that may end in digits of its own (`UNCTAD1`
    /// but `CO2`, `(2005)9` but `(2019)1` in a name, `in 20153`): a marker
    /// as the footnote due next; without a text, only between the footnote
    /// before it and a certain first citation of a later one.
    Glued,
    /// A marker split off a token that cannot be whole (`71/20513`,
    /// `VIII.7441`, `t6he`) or separated from its word (`development”,
    /// 11`): only as the footnote due next, with a text.
    Split,
    /// A marker split off a token that may well be whole (`Agenda 216` but
    /// `Goal 16`, `5/13` but `48/11`, `paragraph II.15`): only as the
    /// footnote due next in a list of cited documents each with its marker,
    /// or split off a name the text writes whole (`COVID-1914`).
    Local,
}

/// The evidence of a reading's token and position.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerKind {
    /// A superscript (`Conference¹`).
    Superscript,
    /// Markdown (`Conference[^1]`).
    Markdown,
    /// Glued to a word with a lower-case letter (`Conference1`,
    /// `Secretary-General32`, `sixty-first2`), or one in a script without
    /// case.
    Word,
    /// After punctuation, a closing quote or bracket that ends a word
    /// (`Outcome,1`, `Secretary-General;3`, `children”,5`, `(UNCTAD)4`), or
    /// a second marker (`Conference1,2`), or either end of a range of
    /// markers after punctuation (`Auditors;1–17`: its two ends are read as
    /// markers, the numbers between are not).
    Punctuation,
    /// Split off the year of a date (`12 December 199712`) or of a range of
    /// years (`2014–20242`).
    Date,
    /// Glued to a word in capitals (`UNCTAD1`, but `CO2`, `UN80`), to a
    /// dotted token that is not a plain word (`QDi.317`).
    Capitals,
    /// After a number and punctuation (`(2005)9`, `in 2015.3`), or a second
    /// marker after an unsure one.
    AfterNumber,
    /// After a full stop that follows a bracket or quote (`(A/74/7).4`).
    AfterStop,
    /// Glued to the next word, its space lost (`Agreement4and`, `, 10with`).
    BeforeWord,
    /// Inside a word (`t6he`): the export moved a marker into the next word.
    InWord,
    /// Alone on a line of its own (split off a title by the export).
    OwnLine,
    /// Split off a year with no month before it (`in 20153`).
    Year,
    /// Split off a name that ends in digits (`Agenda 216`, `UN803`, `G773`).
    Name,
    /// Split off a paragraph number of a report (`paragraphs VIII.7441`).
    ReportParagraph,
    /// Split off a number of five digits or more (`at least 56514`).
    Number,
    /// Split off a symbol or a number (`5/13` is 5/1 and marker 3,
    /// `COVID-193`, `Add.13`), or after a number and a comma (`5/14,118`).
    Symbol,
    /// Split off digits too many for the number they end (`71/20513`,
    /// `VIII.7441`, `54/2639`, `COVID-1914`).
    LongNumber,
    /// Glued in front of the next symbol after a comma (`2014,130/4`,
    /// `2011,3S-18/1`).
    BeforeSymbol,
    /// After a space at the end of a paragraph (`development”, 11`): the
    /// export put a space before the marker.
    Detached,
    /// Before a month (`(S/PRST/2015/10),17 August 2015` is a day).
    Day,
    /// Split off a name the language's data says ends in a number
    /// (`Action 214` is Action 21, the French Agenda 21, and marker 4).
    KnownName,
    /// Split off a number right before punctuation, in a language that
    /// puts its markers there (Spanish `resolución 76/403;` is 76/40 and
    /// marker 3, where English writes `76/40;3`).
    BeforeMark,
}

impl MarkerKind {
    pub fn sureness(self) -> Sureness {
        use MarkerKind::*;
        match self {
            Superscript | Markdown | Word | Punctuation | Date => Sureness::Certain,
            Capitals | AfterNumber | AfterStop | BeforeWord | OwnLine | Year => Sureness::Glued,
            Number | LongNumber | BeforeSymbol | Detached | Day | InWord | KnownName
            | BeforeMark => Sureness::Split,
            Name | ReportParagraph | Symbol => Sureness::Local,
        }
    }

    /// Whether the last character of a line is looked for before a reading
    /// of this kind that ends it (`Secretary-General;3` ends with `;`):
    /// readings that are markers more often than not.
    pub fn hides_last_char(self) -> bool {
        use MarkerKind::*;
        matches!(
            self,
            Superscript
                | Markdown
                | Word
                | Punctuation
                | Date
                | Capitals
                | AfterNumber
                | BeforeWord
                | OwnLine
                | Year
        )
    }
}

/// One reading of a candidate: the number a marker would have, where it
/// would be, and the evidence for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Marker {
    pub number: u32,
    pub span: Span,
    pub kind: MarkerKind,
    /// The candidate (digit run) of the line this reading belongs to: at
    /// most one reading of a run is a marker.
    pub run: u16,
    /// For a reading split off a name or symbol (`COVID-1914`): a hash of
    /// the name it leaves (`COVID-19`), else 0.
    pub name: u32,
    /// For a run that may end a name or symbol: a hash of the whole token
    /// (`COVID-19`, `75/191`, `Agenda 21`), else 0. A name that a run of the
    /// document writes whole is a name of the document.
    pub token: u32,
}

/// FNV-1a of `text`, never 0.
pub(crate) fn hash(text: &str) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in text.bytes() {
        h ^= u32::from(b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h.max(1)
}

/// Where the name or symbol that ends with the digits at `start` begins
/// (`COVID-19`, `A/RES/75/191`, `Agenda 21`).
fn token_start(text: &str, start: usize, name: bool) -> usize {
    let mut at = start;
    for (i, c) in text[..start].char_indices().rev() {
        if super::bytes::is_alphanumeric(c) || matches!(c, '/' | '-' | '‑' | '–' | '.') {
            at = i;
        } else {
            break;
        }
    }
    if name && at == start {
        // `Agenda 21`: the capitalized word before the space.
        let before = text[..start].trim_end_matches(' ');
        at = before
            .char_indices()
            .rev()
            .take_while(|(_, c)| super::bytes::is_alphabetic(*c))
            .last()
            .map_or(start, |(i, _)| i);
    }
    at
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript_value(c: char) -> Option<u32> {
    SUPERSCRIPTS.iter().position(|s| *s == c).map(|v| v as u32)
}

/// Whether `b` may start a candidate: a digit, `[` (of `[^1]`) or the first
/// byte of a superscript digit (`¹²³` are `C2 B9`, `C2 B2`, `C2 B3`; `⁰` and
/// `⁴`–`⁹` start with `E2`).
#[inline]
fn interesting(b: u8) -> bool {
    super::bytes::is_digit(b) | (b == b'[') | (b == 0xc2) | (b == 0xe2)
}

/// Abbreviations that a number follows after a full stop without being a
/// footnote marker (`Add.1`, `Rev.2`, `No.5`).
const DOTTED_ABBREVIATIONS: &[&str] = &[
    "Add", "Rev", "Corr", "Amend", "No", "Nos", "Vol", "vol", "para", "paras", "p", "pp", "art",
    "arts", "chap", "sect", "Suppl", "Ser", "fig", "Part", "op", "Mod", "Sales",
];

/// What a digit run may be read as.
enum Readings {
    None,
    /// The whole run, one reading.
    Whole(MarkerKind),
    /// The whole run (if `whole` is given), and each tail of one to three
    /// digits that leaves a digit before it, as `tails`.
    Tails {
        whole: Option<MarkerKind>,
        tails: MarkerKind,
    },
    /// The digits after the four of a year.
    AfterYear(MarkerKind),
    /// Each head of one to three digits that leaves a digit after it
    /// (`2014,130/4`).
    Heads(MarkerKind),
}

/// Scans `text[from..]` for candidate footnote markers and appends their
/// readings to `out` with spans relative to the start of `text`.
pub fn scan_markers(text: &str, from: usize, out: &mut Vec<Marker>) {
    let bytes = text.as_bytes();
    let mut run: u16 = out.last().map_or(0, |m| m.run.wrapping_add(1));
    // The end of the last run with a reading, and how sure its surest
    // reading is.
    let mut last: Option<(usize, Sureness)> = None;
    let mut i = from;
    while i < bytes.len() {
        // Skip to the next byte that may start a candidate.
        match super::bytes::find(bytes, i, interesting) {
            Some(at) => i = at,
            None => break,
        }
        let b = bytes[i];
        if b == b'[' && bytes.get(i + 1) == Some(&b'^') {
            if let Some(close) = text[i..].find(']') {
                let label = &text[i + 2..i + close];
                if let Ok(number) = label.parse::<u32>() {
                    if number > 0 && !label.is_empty() && label.len() <= 4 {
                        out.push(Marker {
                            number,
                            span: Span::new(i, i + close + 1),
                            kind: MarkerKind::Markdown,
                            run,
                            name: 0,
                            token: 0,
                        });
                        run = run.wrapping_add(1);
                    }
                }
                i += close + 1;
                continue;
            }
        }
        if b >= 0x80 {
            // Superscript digits are multi-byte characters (see
            // [`interesting`]): another character of their first bytes
            // (`“`, `—`, a no-break space) is passed at once.
            match (b, bytes.get(i + 1)) {
                (0xc2, Some(0xb2 | 0xb3 | 0xb9)) | (0xe2, Some(0x81)) => {}
                (0xc2, _) => {
                    i += 2;
                    continue;
                }
                (0xe2, _) => {
                    i += 3;
                    continue;
                }
                _ => {}
            }
            let c = text[i..].chars().next().unwrap_or('\u{0}');
            if superscript_value(c).is_some() {
                let start = i;
                let mut number = 0u32;
                let mut end = i;
                for (off, ch) in text[i..].char_indices() {
                    match superscript_value(ch) {
                        Some(v) => {
                            number = number.saturating_mul(10).saturating_add(v);
                            end = i + off + ch.len_utf8();
                        }
                        None => break,
                    }
                }
                if number > 0 {
                    out.push(Marker {
                        number,
                        span: Span::new(start, end),
                        kind: MarkerKind::Superscript,
                        run,
                        name: 0,
                        token: 0,
                    });
                    run = run.wrapping_add(1);
                }
                i = end;
                continue;
            }
            i += c.len_utf8().max(1);
            continue;
        }
        if !b.is_ascii_digit() || (i > 0 && bytes[i - 1].is_ascii_digit()) {
            i += 1;
            continue;
        }
        let start = i;
        let mut end = i;
        while end < bytes.len() && bytes[end].is_ascii_digit() {
            end += 1;
        }
        i = end;
        let readings = readings(text, start, end, last);
        let before = out.len();
        push_readings(text, start, end, readings, run, out);
        if out.len() > before {
            let surest = out[before..]
                .iter()
                .map(|m| m.kind.sureness())
                .min_by_key(|s| *s as u8)
                .unwrap_or(Sureness::Split);
            last = Some((end, surest));
            run = run.wrapping_add(1);
        }
    }
}

fn push_readings(
    text: &str,
    start: usize,
    end: usize,
    readings: Readings,
    run: u16,
    out: &mut Vec<Marker>,
) {
    let push = |out: &mut Vec<Marker>, from: usize, to: usize, kind: MarkerKind| {
        let digits = &text[from..to];
        if digits.starts_with('0') || digits.len() > 3 {
            return;
        }
        if let Ok(number) = digits.parse::<u32>() {
            out.push(Marker {
                number,
                span: Span::new(from, to),
                kind,
                run,
                name: 0,
                token: 0,
            });
        }
    };
    match readings {
        Readings::None => {}
        Readings::Whole(kind) => push(out, start, end, kind),
        Readings::Tails { whole, tails } => {
            let first = out.len();
            if let Some(kind) = whole {
                push(out, start, end, kind);
            }
            // Four digits or more cannot all be the number they end, unless
            // they are a year (`2020–2024`, `pre-1967`, `decision 275/2003`;
            // but `COVID-1914` and `75/1913` hold a marker).
            let run = &text[start..end];
            let year = run.len() == 4 && (run.starts_with("19") || run.starts_with("20"));
            let tails = match tails {
                MarkerKind::Symbol | MarkerKind::ReportParagraph | MarkerKind::Name
                    if end - start >= 4 && !year =>
                {
                    MarkerKind::LongNumber
                }
                other => other,
            };
            for len in 1..=(end - start - 1).min(3) {
                push(out, end - len, end, tails);
            }
            let from = token_start(text, start, tails == MarkerKind::Name);
            let token = hash(&text[from..end]);
            for reading in &mut out[first..] {
                reading.token = token;
                if reading.span.start as usize > start {
                    reading.name = hash(&text[from..reading.span.start as usize]);
                }
            }
        }
        Readings::AfterYear(kind) => push(out, start + 4, end, kind),
        Readings::Heads(kind) => {
            for len in 1..=(end - start - 1).min(3) {
                push(out, start, start + len, kind);
            }
        }
    }
}

/// Whether the digits ending at `end` stop at a word boundary.
fn boundary_after(text: &str, end: usize) -> bool {
    let rest = &text[end..];
    let mut chars = rest.chars();
    let Some(next) = chars.next() else {
        return true;
    };
    match next {
        c if c.is_whitespace() => true,
        ',' => true,
        '.' | ';' | ':' => !chars.next().is_some_and(|c| c.is_ascii_digit()),
        ')' | '”' | '’' | '"' | '\'' | '»' => true,
        _ => false,
    }
}

/// Whether `text[end..]` is an en dash and the last marker of a range
/// (`;1–17`, then the end of the token).
fn marker_range_after(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix('–') else {
        return false;
    };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && !rest.starts_with('0')
        && boundary_after(text, end + '–'.len_utf8() + digits)
}

/// Whether `text[end..]` goes on with a month and a year (`17 August 2015`
/// after `),`): the digits are a day.
pub(crate) fn before_month(text: &str, end: usize) -> bool {
    let Some(rest) = text[end..].strip_prefix(' ') else {
        return false;
    };
    // Most words are no month: their first letter says so.
    if !rest.starts_with(['J', 'F', 'M', 'A', 'S', 'O', 'N', 'D']) {
        return false;
    }
    crate::syntax::date::MONTHS.iter().any(|m| {
        rest.strip_prefix(m)
            .is_some_and(|r| r.starts_with(' ') && r[1..].starts_with(|c: char| c.is_ascii_digit()))
    })
}

/// Whether `text[..end]` ends with a month's name.
fn after_month(before: &str) -> bool {
    crate::syntax::date::MONTHS
        .iter()
        .any(|m| before.ends_with(m))
}

/// A year with a marker glued to it: five to seven digits from 1900 on,
/// the fifth not a zero (markers do not start with one).
fn year_shaped(run: &str) -> bool {
    (5..=7).contains(&run.len())
        && (run.starts_with("19") || run.starts_with("20"))
        && run.as_bytes()[4] != b'0'
}

/// Whether a word is written like a word of prose: in lower case, or
/// capitalized (`report`, `Council`), not in capitals or mixed (`UNCTAD`,
/// `QDi`).
fn prose_word(word: &str) -> bool {
    let mut chars = word.chars();
    chars
        .next()
        .is_some_and(crate::syntax::bytes::is_alphabetic)
        && chars.all(|c| !crate::syntax::bytes::is_uppercase(c))
}

/// What the digit run `text[start..end]` may be read as, from its token and
/// position. `last` is the end of the last run read as a marker on the line
/// and whether that reading was certain.
fn readings(text: &str, start: usize, end: usize, last: Option<(usize, Sureness)>) -> Readings {
    let before = &text[..start];
    let run = &text[start..end];
    let len = end - start;
    let Some((p_idx, p)) = before.char_indices().next_back() else {
        return Readings::None;
    };
    // `Auditors;1–17`: a range of markers after punctuation or a word, the
    // first of them followed by an en dash and the last.
    let range = len <= 3
        && (super::bytes::is_lowercase(p)
            || matches!(p, ',' | ';' | ':' | '.' | ')' | '”' | '’' | '»'))
        && marker_range_after(text, end);
    if !range && !boundary_after(text, end) {
        let next = text[end..].chars().next().unwrap_or(' ');
        if next.is_ascii_lowercase() && len <= 3 && before_word(text, p_idx, p, end) {
            return Readings::Whole(MarkerKind::BeforeWord);
        }
        if next.is_ascii_lowercase() && p.is_ascii_lowercase() && len <= 3 {
            // `t6he`: a marker the export moved into the next word.
            return Readings::Whole(MarkerKind::InWord);
        }
        if matches!(p, ',' | ';') && next == '/' {
            // `2014,130/4`: a marker glued in front of the next citation.
            return Readings::Heads(MarkerKind::BeforeSymbol);
        }
        if matches!(p, ',' | ';') && next.is_ascii_uppercase() && len <= 3 {
            // `2011,3S-18/1`: in front of the next symbol.
            return Readings::Whole(MarkerKind::BeforeSymbol);
        }
        return Readings::None;
    }
    if super::bytes::is_alphabetic(p) {
        if before_month(text, end) {
            // `no later than15 October 2023`: a day, its space lost.
            return Readings::Whole(MarkerKind::Day);
        }
        return glued_to_word(text, start, len);
    }
    if matches!(p, ',' | ';' | ':' | '.' | ')' | '”' | '’' | '"' | '»') {
        return after_punctuation(text, p_idx, p, start, end, last);
    }
    if p.is_whitespace() {
        if year_shaped(run) {
            let words = before.trim_end_matches(' ');
            return Readings::AfterYear(if after_month(words) {
                MarkerKind::Date
            } else {
                MarkerKind::Year
            });
        }
        let previous = before[..p_idx].chars().next_back();
        if text.len() == end
            && len <= 3
            && previous.is_some_and(|c| matches!(c, ',' | ';' | ':' | '.' | ')' | '”' | '’'))
        {
            // `… economic environment for trade and development”, 11`.
            return Readings::Whole(MarkerKind::Detached);
        }
        let year = len == 4 && (run.starts_with("19") || run.starts_with("20"));
        if (2..=5).contains(&len)
            && !year
            && capitalized_word_before(&before[..p_idx])
            && !before_month(text, end)
        {
            return Readings::Tails {
                whole: None,
                tails: MarkerKind::Name,
            };
        }
        if len >= 5 {
            // `at least 56514 humanitarian workers`: 565 and marker 14.
            return Readings::Tails {
                whole: None,
                tails: MarkerKind::Number,
            };
        }
        return Readings::None;
    }
    if p == '–'
        && matches!(last, Some((last_end, Sureness::Certain)) if last_end == p_idx)
        && len <= 3
    {
        // `Auditors;1–17`: the last marker of a range.
        return Readings::Whole(MarkerKind::Punctuation);
    }
    let dash = matches!(p, '–' | '-' | '\u{2011}');
    if dash
        && year_shaped(run)
        && before[..p_idx]
            .chars()
            .next_back()
            .is_some_and(|c| c.is_ascii_digit())
    {
        // `the Decade 2014–20242`.
        return Readings::AfterYear(MarkerKind::Date);
    }
    if dash || p == '/' {
        // `COVID-193`, `5/13`: a marker split off a name or a symbol.
        return Readings::Tails {
            whole: None,
            tails: MarkerKind::Symbol,
        };
    }
    Readings::None
}

/// `Agreement4and` (a word with a lower-case letter before the digits),
/// `Rights,1as` or `Weapons 6and` (punctuation or a space): the export lost
/// the space after a marker, or put it before. Not an ordinal (`10th`).
fn before_word(text: &str, p_idx: usize, p: char, end: usize) -> bool {
    use super::bytes::{is_alphabetic, is_lowercase};
    let rest = &text[end..];
    let after = &rest[..rest.find(|c| !is_alphabetic(c)).unwrap_or(rest.len())];
    if matches!(after, "st" | "nd" | "rd" | "th" | "s") || after.len() < 2 {
        return false;
    }
    if is_alphabetic(p) {
        // (A word of three letters or more with a lower-case one.)
        let (mut letters, mut lower) = (0, false);
        for c in text[..p_idx + p.len_utf8()].chars().rev() {
            if !is_alphabetic(c) {
                break;
            }
            letters += 1;
            lower |= is_lowercase(c);
            if letters >= 3 && lower {
                return true;
            }
        }
        return false;
    }
    // `Weapons 6and`, `, 7in`, `Rights,1as`.
    matches!(p, ' ' | ',' | ';' | ':' | '”' | '’' | ')')
}

/// Whether `before` ends with a capitalized word of two letters or more
/// (`Agenda`, `Goal`).
fn capitalized_word_before(before: &str) -> bool {
    let word_start = before
        .char_indices()
        .rev()
        .take_while(|&(_, c)| super::bytes::is_alphabetic(c))
        .last()
        .map(|(i, _)| i);
    let Some(word_start) = word_start else {
        return false;
    };
    let word = &before[word_start..];
    // (The capital first: most words before a number have none, and an
    // Arabic or Chinese one is told to have none without the tables.)
    word.starts_with(super::bytes::is_uppercase)
        && !crate::syntax::date::MONTHS.contains(&word)
        && word.chars().count() >= 2
        && word.chars().skip(1).all(|c| !super::bytes::is_uppercase(c))
        && before[..word_start]
            .chars()
            .next_back()
            // `d’Action 214`: an elided article before the name.
            .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '“' | '‘' | '"' | '’' | '\''))
}

/// Digits glued to the letter at `p_idx`.
fn glued_to_word(text: &str, start: usize, len: usize) -> Readings {
    let before = &text[..start];
    let mut has_lower = false;
    let mut has_upper = false;
    let mut count = 0;
    let mut word_start = start;
    for (idx, ch) in before.char_indices().rev() {
        if super::bytes::is_alphabetic(ch) {
            has_lower |= super::bytes::is_lowercase(ch);
            has_upper |= super::bytes::is_uppercase(ch);
            count += 1;
            word_start = idx;
        } else {
            break;
        }
    }
    let mut preceding = before[..word_start].chars().rev();
    match preceding.next() {
        // `Secretary-General32`, `sixty-first2`: a hyphenated word;
        // `HIV/AIDS10`: two words joined by a slash.
        Some('-' | '\u{2011}' | '/')
            if preceding.next().is_some_and(super::bytes::is_alphabetic) => {}
        Some(c)
            if super::bytes::is_alphanumeric(c)
                || matches!(c, '/' | '-' | '.' | '_' | '@' | '#') =>
        {
            return Readings::None;
        }
        _ => {}
    }
    if count < 2 {
        // `Protocol I2` (Protocol I and marker 2), but `G77` is a name:
        // `G773` is G77 and marker 3.
        if has_upper {
            return Readings::Tails {
                whole: Some(MarkerKind::Capitals),
                tails: MarkerKind::Name,
            };
        }
        return Readings::None;
    }
    if len > 3 {
        return Readings::Tails {
            whole: None,
            tails: MarkerKind::Symbol,
        };
    }
    if has_lower || !has_upper {
        Readings::Whole(MarkerKind::Word)
    } else {
        // `UNCTAD1`, `CO2`; `UN803` is UN80 and marker 3.
        Readings::Tails {
            whole: Some(MarkerKind::Capitals),
            tails: MarkerKind::Name,
        }
    }
}

/// Digits after the punctuation `p` at `p_idx`.
fn after_punctuation(
    text: &str,
    p_idx: usize,
    p: char,
    start: usize,
    end: usize,
    last: Option<(usize, Sureness)>,
) -> Readings {
    let before = &text[..start];
    let len = end - start;
    if text[end..].starts_with(')') && p != ')' && !open_bracket_before(before) {
        // `reports,1) progress`: an item's label, not a marker.
        return Readings::None;
    }
    if before_month(text, end) {
        return Readings::Whole(MarkerKind::Day);
    }
    // A second indicator at the same place: `Conference1,2` (not after a
    // number that only may end with a marker, `Agenda 21,6`).
    if p == ',' {
        match last {
            Some((last_end, Sureness::Certain)) if last_end == p_idx => {
                return Readings::Whole(MarkerKind::Punctuation);
            }
            Some((last_end, Sureness::Glued)) if last_end == p_idx => {
                return Readings::Whole(MarkerKind::AfterNumber);
            }
            _ => {}
        }
    }
    if p == '»' {
        // `« L’avenir que nous voulons »3`: a French closing quote ends a
        // title, after its space.
        return Readings::Whole(MarkerKind::Punctuation);
    }
    let Some(b) = before[..p_idx].chars().next_back() else {
        return Readings::None;
    };
    if b.is_ascii_digit() {
        // `Agenda 21,6` and `24 March 2021,3 46/21` are markers after a
        // number and a comma; `18,861,800` is not (thousands come in threes),
        // nor is `1.5`, nor are the locants of `2,4,6-Trinitrotoluene`.
        let number_before = before[..p_idx]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        return match p {
            ')' => Readings::Whole(MarkerKind::AfterNumber),
            ';' => Readings::Whole(MarkerKind::Punctuation),
            ',' if text[end..].starts_with(',')
                && text[end + 1..].starts_with(|c: char| c.is_ascii_digit()) =>
            {
                Readings::None
            }
            ',' if len < 3 || number_before >= 4 => Readings::Whole(MarkerKind::Punctuation),
            // `resolution 5/14,118`: after a symbol; `14,118 persons` may be
            // a number.
            ',' if before[..p_idx - number_before].ends_with('/') => {
                Readings::Whole(MarkerKind::AfterNumber)
            }
            ',' => Readings::Whole(MarkerKind::Symbol),
            '.' if number_before >= 4 => Readings::Whole(MarkerKind::AfterNumber),
            // `by 2030”13`: a closing quote ends a title.
            '”' | '’' | '"' => Readings::Whole(MarkerKind::Punctuation),
            _ => Readings::None,
        };
    }
    if b.is_whitespace() {
        return Readings::None;
    }
    if p == '.' {
        // `Add.1`, `A/67/L.29`, `E.96.IV.8`: a dotted abbreviation or symbol.
        let word = &before[..p_idx];
        let token_start = word
            .char_indices()
            .rev()
            .take_while(|(_, ch)| crate::syntax::bytes::is_alphanumeric(*ch))
            .last()
            .map_or(p_idx, |(i, _)| i);
        let token = &word[token_start..];
        let preceding = before[..token_start].chars().next_back();
        if token.is_empty() {
            // `(A/74/7).4`
            return Readings::Whole(MarkerKind::AfterStop);
        }
        // `Secretary-General.3` ends a sentence; `A/67/L.29` is a symbol.
        let hyphenated = matches!(preceding, Some('-' | '\u{2011}'))
            && before[..token_start]
                .chars()
                .rev()
                .nth(1)
                .is_some_and(crate::syntax::bytes::is_alphabetic)
            && prose_word(token);
        if DOTTED_ABBREVIATIONS.contains(&token)
            || token.chars().count() <= 1
            || (matches!(preceding, Some('/' | '.' | '-')) && !hyphenated)
            || token.contains(|c: char| c.is_ascii_digit())
        {
            return Readings::Tails {
                whole: None,
                tails: MarkerKind::Symbol,
            };
        }
        if token.bytes().all(|c| b"IVXLC".contains(&c)) {
            // `paragraphs II.33, II.34 and VIII.7441 of the report`.
            return Readings::Tails {
                whole: Some(MarkerKind::ReportParagraph),
                tails: MarkerKind::ReportParagraph,
            };
        }
        if !prose_word(token) {
            // `UNCTAD.4`, but also `(QDi.317)`.
            return Readings::Whole(MarkerKind::Capitals);
        }
    }
    Readings::Whole(MarkerKind::Punctuation)
}

/// Whether an opening bracket in `before` is still open.
fn open_bracket_before(before: &str) -> bool {
    let mut depth = 0i32;
    for b in before.bytes().rev() {
        match b {
            b')' => depth += 1,
            b'(' if depth == 0 => return true,
            b'(' => depth -= 1,
            _ => {}
        }
    }
    false
}

/// Recognizes the start of a footnote text line: `1 Resolution 60/1.`,
/// `¹ Text`, or `[^1]: Text`. Returns the number and the span of the label.
/// A date is no footnote text (`16 August 2013Sixty-seventh session` is a
/// page header of the document system).
pub fn footnote_text_label(text: &str) -> Option<(u32, Span)> {
    if let Some(rest) = text.strip_prefix("[^") {
        let close = rest.find("]:")?;
        let number = rest[..close].parse().ok()?;
        return Some((number, Span::new(0, close + 4)));
    }
    let digits = text.bytes().take_while(|b| b.is_ascii_digit()).count();
    if digits > 0 && digits <= 3 {
        let rest = &text[digits..];
        let mut chars = rest.chars();
        if chars.next() == Some(' ') && chars.next().is_some_and(|c| !c.is_whitespace()) {
            if before_month(text, digits) {
                return None;
            }
            let number: u32 = text[..digits].parse().ok()?;
            if number > 0 {
                return Some((number, Span::new(0, digits)));
            }
        }
        return None;
    }
    let mut number = 0u32;
    let mut end = 0;
    for (idx, ch) in text.char_indices() {
        match superscript_value(ch) {
            Some(v) => {
                number = number.saturating_mul(10).saturating_add(v);
                end = idx + ch.len_utf8();
            }
            None => break,
        }
    }
    if end > 0 && number > 0 {
        let rest = text[end..].trim_start();
        if !rest.is_empty() {
            return Some((number, Span::new(0, end)));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The readings of `text` as (number, digits, kind).
    fn readings(text: &str) -> Vec<(u32, &str, MarkerKind)> {
        let mut out = Vec::new();
        scan_markers(text, 0, &mut out);
        out.into_iter()
            .map(|m| {
                (
                    m.number,
                    &text[m.span.start as usize..m.span.end as usize],
                    m.kind,
                )
            })
            .collect()
    }

    /// The certain readings only.
    fn certain(text: &str) -> Vec<(u32, &str, MarkerKind)> {
        readings(text)
            .into_iter()
            .filter(|r| r.2.sureness() == Sureness::Certain)
            .collect()
    }

    use MarkerKind::*;

    #[test]
    fn markers_glued_to_words_and_punctuation_are_certain() {
        for (text, number) in [
            ("the World Summit Outcome,1 sports", 1),
            ("Islamic Conference1 to participate", 1),
            ("the Secretary-General;3", 3),
            ("the Secretary-General32 and", 32),
            ("the sixty-first2 session", 2),
            ("Declaration2 of an appeal", 2),
            ("children”,5 which", 5),
            ("الأمم المتحدة1 و", 1),
            ("24 March 2021,3 46/21", 3),
            ("Agenda 21,6 and", 6),
            ("on 1 February 2011;40", 40),
            ("Ships, 2004,119 and", 119),
            ("the café.5 and", 5),
            ("ٱلعربية.7 و", 7),
            ("(UNCTAD)4 and", 4),
        ] {
            let found = certain(text);
            assert_eq!(found.len(), 1, "{text:?}: {found:?}");
            assert_eq!(found[0].0, number, "{text:?}");
        }
        assert_eq!(
            certain("Conference1,2 and"),
            vec![(1, "1", Word), (2, "2", Punctuation)]
        );
    }

    #[test]
    fn markers_split_off_dates_and_ranges() {
        assert_eq!(
            readings("of 27 September 201934 and"),
            vec![(34, "34", Date)]
        );
        assert_eq!(readings("of 12 December 199712"), vec![(12, "12", Date)]);
        assert_eq!(readings("the Decade 2014–20242 and"), vec![(2, "2", Date)]);
        assert_eq!(readings("adopted in 20153 and"), vec![(3, "3", Year)]);
        // A range of markers after punctuation: both ends are markers; a
        // range of numbers or years is none.
        assert_eq!(
            readings("the reports of the Board of Auditors;1–17"),
            vec![(1, "1", Punctuation), (17, "17", Punctuation)]
        );
        for text in ["in paragraphs 1–17 of", "for the period 2014–2017 and"] {
            assert!(
                readings(text)
                    .iter()
                    .all(|r| r.2.sureness() != Sureness::Certain),
                "{text}"
            );
        }
    }

    #[test]
    fn unsure_readings_wait_for_the_document() {
        assert_eq!(
            readings("UNCTAD1 and"),
            vec![(1, "1", Capitals)],
            "glued to capitals"
        );
        assert_eq!(
            readings("Agenda 216 and"),
            vec![(6, "6", Name), (16, "16", Name)]
        );
        assert_eq!(
            readings("paragraphs VIII.7441 and"),
            vec![
                (1, "1", LongNumber),
                (41, "41", LongNumber),
                (441, "441", LongNumber)
            ]
        );
        assert_eq!(
            readings("paragraph II.15 of"),
            vec![(15, "15", ReportParagraph), (5, "5", ReportParagraph)]
        );
        assert_eq!(
            readings("resolutions 71/2052 and"),
            vec![(2, "2", Symbol), (52, "52", Symbol)]
        );
        assert_eq!(readings("resolution 70/2 of"), vec![]);
        assert_eq!(
            readings("2014,130/4 of"),
            vec![(1, "1", BeforeSymbol), (13, "13", BeforeSymbol)]
        );
        assert_eq!(
            readings("the UN803 Initiative"),
            vec![(803, "803", Capitals), (3, "3", Name)]
        );
        assert_eq!(
            readings("the G773 and"),
            vec![(773, "773", Capitals), (3, "3", Name), (73, "73", Name)]
        );
        assert_eq!(readings("Protocol I2 to"), vec![(2, "2", Capitals)]);
        assert_eq!(readings("HIV/AIDS10 and"), vec![(10, "10", Capitals)]);
        assert_eq!(
            readings("Secretary-General.11"),
            vec![(11, "11", Punctuation)]
        );
        assert_eq!(readings("by 2030”13 and"), vec![(13, "13", Punctuation)]);
        assert_eq!(readings("Weapons 6and the"), vec![(6, "6", BeforeWord)]);
        assert_eq!(readings("Rights,1as well"), vec![(1, "1", BeforeWord)]);
        assert_eq!(readings("Reduction, t6he Addis"), vec![(6, "6", InWord)]);
        assert_eq!(readings("2011,3S-18/1 of"), vec![(3, "3", BeforeSymbol)]);
        assert_eq!(
            readings("resolution 5/14,118 and"),
            vec![(4, "4", Symbol), (118, "118", AfterNumber)]
        );
        assert_eq!(
            readings("at least 56514 workers"),
            vec![(4, "4", Number), (14, "14", Number), (514, "514", Number)]
        );
        assert_eq!(
            readings("no later than15 October 2023"),
            vec![(15, "15", Day)]
        );
        assert_eq!(readings("development”, 11"), vec![(11, "11", Detached)]);
        assert_eq!(readings("Convention, 10with"), vec![(10, "10", BeforeWord)]);
        assert_eq!(readings("the Agreement4and"), vec![(4, "4", BeforeWord)]);
        assert_eq!(
            readings("Regulations (2005)9 in"),
            vec![(9, "9", AfterNumber)]
        );
        assert_eq!(readings("(QDi.317) are"), vec![(317, "317", Capitals)]);
        assert_eq!(
            readings("(S/PRST/2015/10),17 August 2015"),
            vec![(17, "17", Day)]
        );
    }

    #[test]
    fn digits_in_symbols_and_names_are_no_markers() {
        for text in [
            "A/67/280-S/2012/614",
            "the G77 and China",
            "COVID-19 pandemic",
            "H1N1 influenza",
            "resolution 1624 (2005) of 14 September 2005",
            "[DU1]",
            "A/67/L.29/Add.1 and Rev.2",
            "18,861,800 dollars",
            "1.5 degrees",
            "Sales No. E.96.IV.8",
            "in 2030, 5 million",
            "the 1990s",
            "Goal 3 of",
            "S-27/2,",
            "CO2",
            "e.\t2,4,6-Trinitrotoluene (TNT);",
            "his regular reports,1) progress achieved",
            "the 10th meeting",
        ] {
            let found = certain(text);
            assert!(found.is_empty(), "{text:?} gave certain markers {found:?}");
        }
        assert!(readings("e.\t2,4,6-Trinitrotoluene (TNT);").is_empty());
        assert!(readings("his regular reports,1) progress").is_empty());
        assert_eq!(readings("CO2 emissions"), vec![(2, "2", Capitals)]);
    }

    #[test]
    fn readings_of_one_run_share_it() {
        let mut out = Vec::new();
        scan_markers("Agenda 216 and the Conference3", 0, &mut out);
        let runs: Vec<u16> = out.iter().map(|m| m.run).collect();
        assert_eq!(runs, vec![0, 0, 1]);
    }

    #[test]
    fn superscript_and_markdown() {
        assert_eq!(
            readings("Conference¹ and Summit²³"),
            vec![(1, "¹", Superscript), (23, "²³", Superscript)]
        );
        assert_eq!(readings("Conference[^4] and"), vec![(4, "[^4]", Markdown)]);
    }

    /// The characters that share a superscript digit's first byte are
    /// passed by their second: every one of them reads as it did decoded.
    #[test]
    fn superscripts_among_the_characters_of_their_first_bytes() {
        let shared = ('\u{80}'..='\u{bf}').chain('\u{2000}'..='\u{2fff}');
        for c in shared {
            let text = format!("{c}Conference{c}{c}¹ and");
            let expected: Vec<(u32, String, MarkerKind)> = match superscript_value(c) {
                // (`⁰` alone is no marker.)
                Some(v) => [(v, c.to_string()), (v * 110 + 1, format!("{c}{c}¹"))]
                    .into_iter()
                    .filter(|(n, _)| *n > 0)
                    .map(|(n, digits)| (n, digits, Superscript))
                    .collect(),
                None => vec![(1, "¹".into(), Superscript)],
            };
            let read: Vec<(u32, String, MarkerKind)> = readings(&text)
                .into_iter()
                .filter(|r| r.2 == Superscript)
                .map(|(n, digits, kind)| (n, digits.to_string(), kind))
                .collect();
            assert_eq!(read, expected, "{c:?}");
        }
    }

    #[test]
    fn footnote_text_lines() {
        assert_eq!(
            footnote_text_label("1 Resolution 60/1."),
            Some((1, Span::new(0, 1)))
        );
        assert_eq!(
            footnote_text_label("12 A/67/280."),
            Some((12, Span::new(0, 2)))
        );
        assert_eq!(
            footnote_text_label("[^3]: See A/1."),
            Some((3, Span::new(0, 5)))
        );
        assert_eq!(footnote_text_label("² Text"), Some((2, Span::new(0, 2))));
        assert_eq!(footnote_text_label("1. Urges"), None);
        assert_eq!(footnote_text_label("2020 was"), None);
        assert_eq!(footnote_text_label("1  "), None);
        assert_eq!(
            footnote_text_label("16 August 2013Sixty-seventh session"),
            None
        );
    }

    #[test]
    fn the_scan_stops_at_every_byte_that_starts_a_candidate() {
        for c in SUPERSCRIPTS {
            let mut buffer = [0; 4];
            assert!(interesting(c.encode_utf8(&mut buffer).as_bytes()[0]), "{c}");
        }
        for b in 0..=255u8 {
            let expected = b.is_ascii_digit() || b == b'[' || b == 0xc2 || b == 0xe2;
            assert_eq!(interesting(b), expected, "{b:#x}");
        }
        // A superscript after Arabic and Cyrillic letters, which are read
        // past without being decoded.
        let mut out = Vec::new();
        scan_markers("قرار¹ резолюция²", 0, &mut out);
        let numbers: Vec<u32> = out.iter().map(|m| m.number).collect();
        assert_eq!(numbers, [1, 2]);
    }
}
