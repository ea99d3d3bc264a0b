//! A line of a text in French or Spanish, read with what the parallel corpus
//! taught ([`crate::data::languages`]): the organ, adoption, meeting and
//! date lines and the paragraph openings. The rest of the line (labels,
//! markers, brackets, punctuation) is written as in English and read by
//! [`super::line`].
//!
//! Which language a document is in is decided once for the whole document
//! ([`crate::Document::language`]); [`organ_language`] is what each line
//! tells about it, whatever the language it is parsed in.

use crate::data::languages::{
    CitationMatch, CitedNumber, Language, LanguageData, Normalized, ReadStep, RepeatKind,
    ScopePhrase, SessionKind,
};
use std::sync::LazyLock;

use crate::vocabulary::{self, Part};

use super::citation::{
    Bodies, Body, Citation, CitationId, CitationKind, Letters, Qualifier, SessionRef,
};
use super::date::Date;
use super::footnote::{Marker, MarkerKind};
use super::line::LineKind;
use super::opening::{Found, Key, Opening, OpeningForm, Repeat};
use super::reference::{ParagraphRef, RefScope};
use super::{Organ, Span};

/// The longest organ line of the six languages is well under this (`Le
/// Conseil des droits de l’homme,`, `إن المجلس الاقتصادي والاجتماعي،`).
const ORGAN_LINE_MAX: usize = 96;

/// The language whose organ line `text` (a line without its terminator) is
/// (`L’Assemblée générale,`, `La Asamblea General,`, `The General
/// Assembly,`), if it is one.
pub fn organ_language(text: &str) -> Option<Language> {
    let trimmed = text.trim();
    if trimmed.len() < 4
        || trimmed.len() > ORGAN_LINE_MAX
        || trimmed.starts_with(|c: char| c.is_ascii_digit() || c.is_ascii_punctuation())
        // (A tab or an ASCII mark: a byte of one is that character.)
        || trimmed.bytes().any(|b| matches!(b, b'\t' | b'.' | b';' | b':' | b'(' | b'0'..=b'9'))
    {
        return None;
    }
    Language::detect_organ_line(trimmed).map(|(language, _)| language)
}

/// The data the parser reads a line of `language` with: French and Spanish
/// (the other languages are issue 17's; English is the lexicon's).
pub fn parsed_with(language: Language) -> Option<&'static LanguageData> {
    match language {
        Language::English => None,
        _ => language.data(),
    }
}

/// Lines longer than this are paragraphs, not frame lines.
const FRAME_LINE_MAX: usize = 200;

/// The kind of a line of the language that the English patterns do not
/// read, with where its body starts: the frame lines (`L’Assemblée
/// générale,`, `Résolution adoptée par l’Assemblée générale le 16 décembre
/// 2020`, `45e séance plénière`, `16 décembre 2020`, `第45次全体会议`), the
/// Arabic paragraph number `1 -`, the labels of the language (`(أ)`, `’1‘`,
/// `㈠`, `(十一)`, Cyrillic `а)`) read as the English letters of the same
/// ordinal; `text` is the line without its indentation.
pub fn classify(data: &'static LanguageData, text: &str) -> Option<(LineKind, usize)> {
    classify_keeping(data, text, &mut None)
}

/// [`classify`], keeping in `kept` the line without its spaces around
/// (`text.trim()`) and that text normalized, where it was normalized: the
/// parser then need not normalize it again for its body.
pub fn classify_keeping<'t>(
    data: &'static LanguageData,
    text: &'t str,
    kept: &mut Option<(&'t str, Normalized)>,
) -> Option<(LineKind, usize)> {
    if let Some(found) = numbered(text).or_else(|| sub_label(data, text)) {
        return Some(found);
    }
    if section_heading(text) {
        return Some((LineKind::Heading { annex: false }, 0));
    }
    if text.len() > FRAME_LINE_MAX {
        return None;
    }
    let trimmed = text.trim();
    // A line that normalizes longer than the language's organ, adoption,
    // meeting and date lines is none of them: it is not normalized for
    // them (most paragraphs of a Chinese line read by clauses, which
    // normalize their clauses).
    if data.longer_than_frame_lines(trimmed) {
        return annex_heading(data, text).then_some((LineKind::Heading { annex: true }, 0));
    }
    // The line normalized once for the frame lines and its dates (a line
    // of the parser has no space around it; any other is trimmed first, as
    // each of them reads it).
    let normalized = &kept.insert((trimmed, data.normalize(trimmed))).1;
    let dates = |text: &str| {
        if text.len() == trimmed.len() {
            data.dates_in(normalized)
        } else {
            data.dates(text)
        }
    };
    if let Some(organ) = data.organ_of_normalized_line(&normalized.text) {
        return Some((LineKind::OrganLine { organ }, 0));
    }
    if let Some(organ) = data.normalized_adoption_line(&normalized.text) {
        let date = dates(text).last().map(|&(date, ..)| date);
        return Some((LineKind::AdoptionLine { organ, date }, 0));
    }
    if data.normalized_meeting_line(&normalized.text).is_some() {
        return Some((LineKind::Meeting, 0));
    }
    if annex_heading(data, text) {
        return Some((LineKind::Heading { annex: true }, 0));
    }
    if let [(date, 0, end)] = dates(text)[..] {
        if text[end..].trim().is_empty() {
            return Some((LineKind::DateLine { date: Some(date) }, 0));
        }
    }
    None
}

/// Whether `text`, a line without its indentation, reads as one of the
/// language's frame lines (its organ, adoption, meeting or date lines) or
/// a heading ([`classify`]): what a letter typed in a paragraph's words
/// may make of a short line (`quiet`).
pub fn reads_as_frame_line(data: &'static LanguageData, text: &str) -> bool {
    matches!(
        classify(data, text),
        Some((
            LineKind::OrganLine { .. }
                | LineKind::AdoptionLine { .. }
                | LineKind::Meeting
                | LineKind::DateLine { .. }
                | LineKind::Heading { .. },
            _
        ))
    )
}

/// Whether `text` is an annex heading: the learned heading, with a number,
/// a letter or an ordinal word.
fn annex_heading(data: &LanguageData, text: &str) -> bool {
    data.is_annex_heading(text)
        || chinese_annex_heading(data, text)
        || annex_heading_with_ordinal(data, text)
}

/// `附件`, `附件一`: an annex heading of a Chinese text (the corpus's
/// Chinese annexes are headed so; the learned headings have none, their
/// English `Annex` standing on a line of its own where the Chinese heading
/// does too).
fn chinese_annex_heading(data: &LanguageData, text: &str) -> bool {
    data.language == "zh"
        && text.trim_end().strip_prefix("附件").is_some_and(|rest| {
            rest.chars()
                .all(|c| "一二三四五六七八九十".contains(c) || c.is_ascii_alphanumeric())
        })
}

/// The learned annex heading with an ordinal word after it (Arabic
/// `المرفق الأول`, `المرفق الثاني`): one more word, no punctuation.
fn annex_heading_with_ordinal(data: &LanguageData, text: &str) -> bool {
    let text = text.trim_end();
    data.annex_headings.iter().any(|h| {
        text.strip_prefix(h.text.as_str())
            .and_then(|rest| rest.strip_prefix(' '))
            .is_some_and(|word| {
                word.starts_with("ال")
                    && word.chars().count() <= 8
                    && word.chars().all(crate::syntax::bytes::is_alphabetic)
            })
    })
}

/// `1 -<TAB>`: an operative paragraph as Arabic texts number it (the
/// number, a space and a hyphen).
fn numbered(text: &str) -> Option<(LineKind, usize)> {
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=4).contains(&digits) {
        return None;
    }
    let rest = &text[digits..];
    let dash = rest
        .strip_prefix(' ')
        .unwrap_or(rest)
        .strip_prefix(['-', '–', '—'])?;
    let label_end = text.len() - dash.len();
    let body = dash.trim_start_matches(|c: char| c.is_whitespace() || is_direction_mark(c));
    if body.len() == dash.len() && !body.is_empty() {
        return None;
    }
    let number = text[..digits].parse().ok()?;
    Some((
        LineKind::Numbered {
            number,
            suffix: None,
            label: Span::new(0, label_end),
        },
        text.len() - body.len(),
    ))
}

fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200b}'..='\u{200f}' | '\u{2060}' | '\u{feff}')
}

/// The Arabic letters in the order that labels subparagraphs (`(أ)`,
/// `(ب)`, `(ج)`, `(د)`, …: the abjad order the corpus shows, to its end).
const ABJAD: &[char] = &[
    'أ', 'ب', 'ج', 'د', 'ه', 'و', 'ز', 'ح', 'ط', 'ي', 'ك', 'ل', 'م', 'ن', 'س', 'ع', 'ف', 'ص', 'ق',
    'ر', 'ش', 'ت', 'ث', 'خ', 'ذ', 'ض', 'ظ', 'غ',
];

/// The value of a number written in Chinese numerals (`十一` = 11, `二十三`).
fn chinese_number(text: &str) -> Option<u32> {
    let digit = |c: char| "零一二三四五六七八九".chars().position(|d| d == c);
    let mut total = 0u32;
    let mut current: Option<u32> = None;
    for c in text.chars() {
        if c == '十' {
            total += current.unwrap_or(1) * 10;
            current = None;
        } else {
            if current.is_some() {
                return None;
            }
            current = Some(digit(c)? as u32);
        }
    }
    let value = total + current.unwrap_or(0);
    (value > 0 && !text.is_empty()).then_some(value)
}

/// The Latin letter a Cyrillic one looks like (`а` typed for `a` in a
/// Russian label `а)`).
fn latin_look_alike(c: char) -> char {
    match c {
        'а' => 'a',
        'в' => 'b',
        'с' => 'c',
        'е' => 'e',
        'к' => 'k',
        'м' => 'm',
        'о' => 'o',
        'р' => 'p',
        'х' => 'x',
        'у' => 'y',
        'і' => 'i',
        other => other,
    }
}

/// A subparagraph label of the language at the start of `text`, followed
/// by a space or a tab: its English letters (`(ب)` → `b`, `’2‘` → `ii`,
/// `㈢` → `iii`, `(十一)` → `xi`, Cyrillic `с)` → `c`), and where the body
/// starts. The labels the English pattern reads (`(a)`, `a)`) are left to
/// it.
fn sub_label(data: &LanguageData, text: &str) -> Option<(LineKind, usize)> {
    let end = memchr::memchr2(b' ', b'\t', text.as_bytes())?;
    // Every label read below ends with a learned label's last character,
    // `)`, `‘` or is one of `㈠`–`㈩`: where the word's last character is
    // written as itself, the normalized word ends with it, and a word
    // that ends otherwise (most paragraphs' first words) is not
    // normalized.
    let last = text[..end].chars().next_back()?;
    if data.writes_itself(last) && !may_end_label(data, last) {
        return None;
    }
    label_before(data, text, end)
}

/// [`sub_label`] of `text` whose first word ends at `end`, read from the
/// word normalized.
fn label_before(data: &LanguageData, text: &str, end: usize) -> Option<(LineKind, usize)> {
    // (A longer word can still normalize to 16 bytes or fewer, and is then
    // read below.)
    if end > 16 && data.normalizes_longer_than(&text[..end], 16) {
        return None;
    }
    // `(هـ)`: the tatweel and marks the normalization drops.
    let normalized = data.normalized_text(&text[..end]);
    let label = normalized.as_ref();
    if label.is_empty() || label.len() > 16 {
        return None;
    }
    let roman = |n: u32| super::citation::to_roman(n).to_ascii_lowercase();
    let alpha = |n: u32| crate::model::sub_label(crate::model::SubStyle::Alpha, n);
    let learned = data
        .learned_label(label)
        .map(str::to_owned)
        .filter(|english| english.as_str() != label.trim_matches(['(', ')']));
    let letters = if let Some(english) = learned {
        english
    } else if let Some(inner) = label.strip_prefix('(').and_then(|l| l.strip_suffix(')')) {
        let mut chars = inner.chars();
        match (chars.next(), chars.next()) {
            (Some(c), None) if ABJAD.contains(&c) => {
                alpha(ABJAD.iter().position(|&a| a == c)? as u32 + 1)
            }
            _ => roman(chinese_number(inner)?),
        }
    } else if let Some(inner) = label.strip_prefix('’').and_then(|l| l.strip_suffix('‘')) {
        roman(inner.parse().ok().filter(|&n: &u32| n > 0 && n < 4000)?)
    } else if let Some(c @ '\u{3220}'..='\u{3229}') =
        label.chars().next().filter(|_| label.chars().count() == 1)
    {
        roman(c as u32 - 0x3220 + 1)
    } else if let Some(inner) = label.strip_suffix(')') {
        // Cyrillic letters that look like Latin ones (`а)`, `с)`).
        if inner.is_empty() || !inner.chars().any(|c| c as u32 > 0x7f) {
            return None;
        }
        let folded: String = inner.chars().map(latin_look_alike).collect();
        if !folded.bytes().all(|b| b.is_ascii_lowercase()) {
            return None;
        }
        folded
    } else {
        return None;
    };
    let body = text[end..].trim_start();
    Some((
        LineKind::Sub {
            letters: letters.into(),
            suffix: None,
            label: Span::new(0, end),
        },
        text.len() - body.len(),
    ))
}

/// Whether a label read by [`sub_label`] may end with `c`.
fn may_end_label(data: &LanguageData, c: char) -> bool {
    let mut buffer = [0; 4];
    let last = c.encode_utf8(&mut buffer).as_bytes()[c.len_utf8() - 1];
    matches!(c, ')' | '‘' | '\u{3220}'..='\u{3229}') || data.may_end_label(last)
}

/// Whether a heading numbers a section as the language writes it: a Roman
/// numeral followed by the title (Russian `II Смета …`), Chinese numerals
/// (`二`, `一、`), Arabic ordinal adverbs (`أولا`, `حادي عشر`, `ثانيا -
/// …`).
pub fn section_heading(text: &str) -> bool {
    static ARABIC: LazyLock<regex::Regex> = LazyLock::new(|| {
        crate::pattern(
            r"^(?:(?:أولا|ثانيا|ثالثا|رابعا|خامسا|سادسا|سابعا|ثامنا|تاسعا|عاشرا)|(?:حادي|ثاني|ثالث|رابع|خامس|سادس|سابع|ثامن|تاسع) (?:عشر|و(?:عشرون|ثلاثون|أربعون|خمسون))|عشرون|ثلاثون|أربعون|خمسون)(?:\s+-\s+\S.*|\s*)$",
        )
        .expect("Arabic ordinals")
    });
    let numeral = |c: char| {
        matches!(
            c,
            '一' | '二' | '三' | '四' | '五' | '六' | '七' | '八' | '九' | '十'
        )
    };
    // Each heading opens with a Chinese numeral, a Roman one's letter or
    // a letter of U+0621–U+063A (the Arabic ordinals): most lines open
    // otherwise and are told by their first character, before the end of
    // the line is trimmed.
    let opens = text.trim_start().chars().next().is_some_and(|c| {
        numeral(c) || matches!(c, 'I' | 'V' | 'X' | 'L' | 'C' | '\u{621}'..='\u{63a}')
    });
    if !opens {
        return false;
    }
    let text = text.trim();
    let numeral_len = text
        .chars()
        .take_while(|&c| numeral(c))
        .map(char::len_utf8)
        .sum::<usize>();
    if numeral_len > 0 {
        let rest = &text[numeral_len..];
        return rest.is_empty() || rest.starts_with('、');
    }
    let roman_len = text
        .bytes()
        .take_while(|b| matches!(b, b'I' | b'V' | b'X' | b'L' | b'C'))
        .count();
    if roman_len > 0 && text[roman_len..].starts_with(' ') {
        return text[roman_len + 1..].starts_with(crate::syntax::bytes::is_uppercase);
    }
    // The pattern is not run on a line that opens otherwise than with an
    // Arabic ordinal's first letter.
    text.starts_with(|c: char| matches!(c, '\u{621}'..='\u{63a}')) && ARABIC.is_match(text)
}

/// A date written in the language (`17 mai 2013`, `1er janvier 2014`,
/// `17 de mayo de 2013`).
pub fn write_date(data: &LanguageData, date: Date) -> Option<String> {
    // Chinese writes the month's number (`5月`).
    let month = if data.dates.month_numeric {
        date.month.to_string()
    } else {
        data.dates
            .months
            .iter()
            .find(|m| m.month == date.month)?
            .forms
            .first()?
            .text
            .clone()
    };
    let day = data
        .dates
        .day_forms
        .iter()
        .find(|d| d.day == date.day)
        .map_or_else(|| date.day.to_string(), |d| d.text.clone());
    Some(
        data.dates
            .template
            .replace("{day}", &day)
            .replace("{month}", &month)
            .replace("{year}", &date.year.to_string()),
    )
}

/// What follows a citation's number to give its date in a language that
/// writes the date after the number: the most frequent link and the date
/// (` du 17 mai 2013`, `, de 17 de mayo de 2013`, ` от 17 мая 2013 года`,
/// ` المؤرخ 17 أيار/مايو 2013`); `None` in a language that writes it
/// before (Chinese).
pub fn date_after_number(data: &LanguageData, date: Date) -> Option<String> {
    let citations = &data.citations;
    if citations.date_position == "before" {
        return None;
    }
    let link = citations.date_links.iter().max_by_key(|l| l.count)?;
    Some(format!("{}{}", link.text, write_date(data, date)?))
}

/// The edit that writes `write` over the date `cited` written at `span`:
/// only the day's digits where the two differ in the day alone and both
/// days are written as plain numbers (so the month keeps the form the text
/// gives it: Arabic `تموز/ يوليه` with its space), else the whole date as
/// the language writes it ([`write_date`]).
pub fn date_edit(
    data: &LanguageData,
    cited: Date,
    span: Span,
    write: Date,
) -> Option<(Span, String)> {
    let plain = |day: u32| !data.dates.day_forms.iter().any(|d| d.day == day);
    if cited.year == write.year
        && cited.month == write.month
        && plain(cited.day)
        && plain(write.day)
    {
        let digits = cited.day.to_string().len();
        let template = data.dates.template.as_str();
        let day_span = if template.starts_with("{day}") {
            Some(Span::new(span.start as usize, span.start as usize + digits))
        } else {
            template
                .rsplit_once("{day}")
                .filter(|(_, suffix)| !suffix.contains('{'))
                .and_then(|(_, suffix)| {
                    let end = (span.end as usize).checked_sub(suffix.len())?;
                    Some(Span::new(end.checked_sub(digits)?, end))
                })
        };
        if let Some(day_span) = day_span {
            return Some((day_span, write.day.to_string()));
        }
    }
    Some((span, write_date(data, write)?))
}

/// The opening of a paragraph whose body starts at `body_start`: the
/// longest learned form, tried first for the part the line's kind suggests
/// (a numbered paragraph is operative), then for the other; `None` where no
/// form is read, so that a text is not faulted for a form the corpus did
/// not show.
pub fn opening(
    data: &'static LanguageData,
    text: &str,
    body_start: usize,
    normalized_body: &Normalized,
    numbered: bool,
    ends_operative: bool,
) -> Option<Opening> {
    let skipped =
        text.get(body_start..)?.len() - text[body_start..].trim_start_matches(['[', ' ']).len();
    let body_start = body_start + skipped;
    let body = &text[body_start..];
    // A paragraph opens with a capital in the languages that write one
    // (Russian openings are lower case; Arabic and Chinese have no case).
    if data.openings.case != "lower" && body.starts_with(crate::syntax::bytes::is_lowercase) {
        return None;
    }
    // A form both parts write alike (Chinese `注意到`: Noting and Takes
    // note of; `又欢迎`) is read in the part the paragraph's end mark
    // says, where no number says it.
    // The body normalized once, for the forms of both parts: the line's
    // (`normalized_body`, of the text from `body_start`) where no bracket or
    // space was skipped.
    let own;
    let normalized = if skipped == 0 {
        normalized_body
    } else {
        own = data.normalize(body);
        &own
    };
    let tokens = data.opening_tokens(normalized);
    let form_of = |part| data.opening_of_tokens(part, normalized, &tokens);
    // The forms of both parts where both are read (each read once), first
    // that of the part read first.
    let (first, second, both) = if numbered {
        (Part::Operative, Part::Preambular, None)
    } else if ends_operative {
        let (preambular, operative) = (form_of(Part::Preambular), form_of(Part::Operative));
        match (preambular, operative) {
            (Some(a), Some(b)) if a.form.text == b.form.text && a.end == b.end => (
                Part::Operative,
                Part::Preambular,
                Some((operative, preambular)),
            ),
            _ => (
                Part::Preambular,
                Part::Operative,
                Some((preambular, operative)),
            ),
        }
    } else {
        (Part::Preambular, Part::Operative, None)
    };
    // A form of the other part (`Approuve,` in a preamble) only in a
    // language whose verbs mark the part (a Chinese verb is the same in
    // both, `强调`, `表示关切`: the other part's form is not read), and not
    // where the words after its first word read as a form of this part
    // (Russian `вновь отмечая`: again, noting).
    let marks_part = data.verbs_mark_part();
    let found = match both.map_or_else(|| form_of(first), |(form, _)| form) {
        Some(found) => found,
        None if marks_part => both
            .map_or_else(|| form_of(second), |(_, form)| form)
            .filter(|found| {
                // A form of more than one word (Arabic `إذ تشير`: the
                // particle and the verb) is no word before another part's
                // verb; but words the corpus wrote only before the other
                // part's verb, learned as the words its openings share
                // (Russian `с признательностью`, with appreciation, of
                // `с признательностью отмечает`), are none of its forms
                // where the word after them opens a form of this part
                // (`с признательностью принимая`: taking note, with
                // appreciation). (A word among the opening's tokens, which
                // the opening's readers read.)
                if found.form.text.contains(' ') {
                    return !tokens
                        .iter()
                        .find(|&&(start, _)| start >= found.end)
                        .is_some_and(|&(start, end)| {
                            data.opens_a_form(first, &normalized.text[start..end])
                        });
                }
                // (The words after the first are the normalized body's, as
                // the first words an edit leaves are counted there: a
                // no-break space parts two words as a space does.)
                normalized
                    .text
                    .split_once(' ')
                    .is_none_or(|(_, rest)| data.opening(first, rest).is_none())
            })?,
        None => return None,
    };
    let index = found.index;
    let mut end = body_start + found.end;
    // Through the words the corpus writes with the form before an adverb
    // (`Acoge con beneplácito` of `Acoge con beneplácito también`): what a
    // repetition repeats, and what its fix rewrites.
    if found.repeat.is_none() {
        let bases = data.repeated_bases();
        for base in data.repeated_of_form(index).iter().map(|&at| &bases[at]) {
            if base.len() > end - body_start
                && body.starts_with(base.as_str())
                && !body[base.len()..].starts_with(crate::syntax::bytes::is_alphanumeric)
            {
                end = body_start + base.len();
            }
        }
    }
    let span = Span::new(body_start + found.start, end);
    let written = &text[span.start as usize..span.end as usize];
    // The head: the first word that is not the adverb (`Prie également`,
    // `También decide`).
    let mut words = written
        .split(|c: char| c.is_whitespace() || c == '[' || c == ']')
        .filter(|w| !w.is_empty())
        .map(|w| {
            let start = w.as_ptr() as usize - written.as_ptr() as usize;
            (start, start + w.len())
        });
    let first_word = words.next()?;
    let adverb_first =
        found.repeat.is_some() && data.is_repeat_adverb(&written[first_word.0..first_word.1]) && {
            // `En outre` is two words: the adverb is first when the form does
            // not open the phrase.
            !written.starts_with(found.form.text.as_str())
        };
    // Chinese writes no spaces: the adverb before the form (`又回顾`) is
    // told by its text.
    let (adverb_first, first_word) = match data
        .openings
        .adverbs
        .also
        .iter()
        .chain(&data.openings.adverbs.further)
        .find(|a| {
            found.repeat.is_some()
                && first_word == (0, written.len())
                && written.len() > a.text.len()
                && written.starts_with(a.text.as_str())
        }) {
        Some(a) => (true, (a.text.len(), written.len())),
        None => (adverb_first, first_word),
    };
    let head = if adverb_first {
        words
            .find(|&(s, e)| {
                !data.is_repeat_adverb(&written[s..e]) && !is_adverb_tail(data, &written[s..e])
            })
            .unwrap_or(first_word)
    } else {
        first_word
    };
    let head = Span::new(span.start as usize + head.0, span.start as usize + head.1);
    let form = match found.form.part.part() {
        Part::Operative => OpeningForm::Present,
        Part::Preambular => OpeningForm::Participle,
    };
    let repeat = match found.repeat {
        None => Repeat::None,
        Some(RepeatKind::Also) => Repeat::Also,
        Some(RepeatKind::Further) => Repeat::Further,
    };
    let word = &text[head.start as usize..head.end as usize];
    let lowered = if found.repeat.is_none() && span != head {
        lower_case(written)
    } else {
        std::borrow::Cow::Borrowed("")
    };
    // The key: the phrase as written in lower case, or the form's
    // ([`Opening::key`] derives the lower case of the word where the
    // phrase is the word, most Chinese and many French openings).
    //
    // A phrase longer than its head word (which it holds) is not: its
    // lower case has more characters than the word's (each character's
    // lower case is one or more characters).
    let key = if found.repeat.is_some() {
        Key::Compare(data.form_key(index))
    } else if span == head {
        Key::Derived
    } else {
        Key::Other(&lowered)
    };
    Some(Opening::new(Found {
        span,
        head,
        word,
        addressee: None,
        key,
        form,
        repeat,
        adverb_first,
        bracketed: written.contains(['[', ']']),
        phrase: data.form_phrase(index),
        foreign: u16::try_from(index).ok(),
        verb_after: None,
    }))
}

/// `text` in lower case ([`str::to_lowercase`]), copied as it is where
/// every character is one without case that the test below knows (ASCII
/// but the capitals, CJK ideographs and punctuation, Arabic): most Chinese
/// and Arabic openings, spared the case tables.
fn lower_case(text: &str) -> std::borrow::Cow<'_, str> {
    let caseless = |c: char| matches!(c, '\0'..='@' | '['..='\u{7f}' | '\u{600}'..='\u{6ff}' | '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}');
    if text.chars().all(caseless) {
        text.into()
    } else {
        text.to_lowercase().into()
    }
}

/// How far past its brackets and spaces [`opening`] reads a Chinese body,
/// in bytes, beyond its first ideographs: the longest repeated form (each
/// compared with the body's start, with the character after it); `None`
/// where it may read the whole body (a language whose verbs mark the part
/// reads the forms of the other part past the first space). Its tokens
/// are the body's first ideographs, as normalized
/// ([`LanguageData::opening_tokens`]): the opening of a text cut past
/// both, where each character before the cut is written as itself, is
/// the opening of the whole line.
pub(crate) fn opening_reach(data: &LanguageData) -> Option<usize> {
    (data.language == "zh" && !data.verbs_mark_part()).then(|| {
        data.openings
            .repeated
            .iter()
            .map(|r| r.text.len())
            .max()
            .unwrap_or(0)
    })
}

/// A repeated form's text without its adverb (`Acoge con beneplácito` of
/// `Acoge con beneplácito también`).
pub(crate) fn without_adverb(data: &LanguageData, text: &str) -> String {
    let words: Vec<&str> = text.split(' ').collect();
    let adverbs = data
        .openings
        .adverbs
        .also
        .iter()
        .chain(&data.openings.adverbs.further);
    for adverb in adverbs {
        let a: Vec<&str> = adverb.text.split(' ').collect();
        if let Some(at) = words.windows(a.len()).position(|w| w == a.as_slice()) {
            let mut kept = words.clone();
            kept.drain(at..at + a.len());
            return kept.join(" ");
        }
    }
    text.to_string()
}

/// Whether `word` is a later word of a learned adverb (`outre` of `en
/// outre`).
fn is_adverb_tail(data: &LanguageData, word: &str) -> bool {
    data.openings
        .adverbs
        .also
        .iter()
        .chain(&data.openings.adverbs.further)
        .any(|a| a.text.split(' ').skip(1).any(|w| w == word))
}

/// The opening `written` (a learned form and the words the corpus writes
/// with it, `Prie`, `Acoge con beneplácito`) written the second time
/// (`also`) or the third (`further`), as the corpus writes it (`Prie
/// également`, `Acoge con beneplácito también`), else with the adverb the
/// corpus uses most after its verb.
pub fn repeated_form(
    data: &LanguageData,
    form: &str,
    written: &str,
    part: Part,
    repeat: Repeat,
) -> Option<String> {
    let kind = match repeat {
        Repeat::Also => RepeatKind::Also,
        Repeat::Further => RepeatKind::Further,
        Repeat::None => return None,
    };
    let same = |base: &str| base.to_lowercase() == written.to_lowercase();
    if let Some(r) = data
        .openings
        .repeated
        .iter()
        .filter(|r| r.form == form && r.part.part() == part && r.repeat == kind)
        .filter(|r| same(&without_adverb(data, &r.text)))
        .max_by_key(|r| r.count)
    {
        return Some(r.text.clone());
    }
    let adverbs = match kind {
        RepeatKind::Also => &data.openings.adverbs.also,
        RepeatKind::Further => &data.openings.adverbs.further,
    };
    let adverb = adverbs.iter().max_by_key(|a| a.count)?;
    // After the verb, as the corpus writes the forms it repeats (`Observa
    // también con preocupación`, `Note également avec`).
    let written = vocabulary::capitalize(written);
    Some(match written.split_once(' ') {
        Some((verb, rest)) => format!("{verb} {} {rest}", adverb.text),
        None => format!("{written} {}", adverb.text),
    })
}

/// The same verb's form for the other part (`Rappelle` ↔ `Rappelant`,
/// `Decide` ↔ `Decidiendo`), where the corpus pairs them, and pairs them
/// one way only (not where two verbs share a form).
pub fn other_part_form(data: &'static LanguageData, form: &str) -> Option<&'static str> {
    let mut found = data.openings.verb_pairs.iter().filter_map(|pair| {
        if pair.operative == form {
            Some(pair.preambular.as_str())
        } else if pair.preambular == form {
            Some(pair.operative.as_str())
        } else {
            None
        }
    });
    let first = found.next()?;
    found.all(|other| other == first).then_some(first)
}

/// The citations of `text[from..]` (a paragraph's body or a footnote's
/// text), as the learned forms write them (`sa résolution 67/264 du 17 mai
/// 2013`, `su resolución 67/264, de 17 de mayo de 2013`, `résolution 1624
/// (2005) du Conseil de sécurité`), in the terms of the English parser: the
/// number, the date and its span, the list, and what the words say of the
/// organ (`sa`/`su`: its own; an organ named after the number or between
/// the word and the number). `normalized_body` is `text[from..]` read
/// through [`LanguageData::normalize`] (once per line).
pub fn scan_citations(
    data: &'static LanguageData,
    text: &str,
    from: usize,
    normalized_body: &Normalized,
    out: &mut Vec<Citation>,
) {
    let Some(body) = text.get(from..) else {
        return;
    };
    let found = data.citations_in(normalized_body);
    if found.is_empty() {
        return;
    }
    let dates = data.dates_in(normalized_body);
    read_citations(data, body, from, &found, &dates, out);
}

/// [`scan_citations`], with what was read of the body's numbers and dates
/// where the line cites and the next reading of it, after an edit within
/// it, can start from them ([`CitationReading::kept`]): the line keeps it
/// for its first keystroke ([`line_before`]).
pub fn scan_citations_keeping(
    data: &'static LanguageData,
    text: &str,
    from: usize,
    normalized_body: &Normalized,
    out: &mut Vec<Citation>,
) -> Option<Box<CitationReading>> {
    if !keeps_readings(data) {
        scan_citations(data, text, from, normalized_body, out);
        return None;
    }
    let body = text.get(from..)?;
    let mut reading = CitationReading {
        from,
        ..CitationReading::default()
    };
    read_numbers(data, normalized_body, &mut reading);
    if reading.found.is_empty() {
        return None;
    }
    let start = out.len();
    read_citations(data, body, from, &reading.found, &reading.dates, out);
    (out.len() > start && reading.steps.is_some()).then(|| Box::new(reading))
}

/// The citations of `body` (a line's text from `from`) whose numbers are
/// `found` ([`LanguageData::citations_in`] of the body normalized, not
/// empty) and whose dates are `dates` ([`LanguageData::dates_in`]): the
/// rest of [`scan_citations`].
fn read_citations(
    data: &'static LanguageData,
    body: &str,
    from: usize,
    found: &[CitationMatch],
    dates: &[(Date, usize, usize)],
    out: &mut Vec<Citation>,
) {
    read_citations_from(data, (body, from), (found, dates), out, Resume::default());
}

/// Where [`read_citations_from`] starts reading: the first number read,
/// and the citation word and place in its list of the last citation before
/// it (those of the numbers before it already read), with the bodies its
/// clause names before that word where it read them (where, and which).
#[derive(Debug, Clone, Copy, Default)]
struct Resume {
    first: usize,
    previous_lead: Option<usize>,
    index: u16,
    clause: Option<(usize, Bodies)>,
    /// Where the last number kept starts: the text before it holds no
    /// citation word after `previous_lead` (or none, without one).
    searched: Option<usize>,
}

/// [`read_citations`] of the numbers from `resume.first` on, after the
/// citations of those before it (in `out`): each number's citation word,
/// its place in the word's list, and the words around it are read as
/// where every number is read (the searches and readers carried from one
/// number to the next read any number as fresh ones do).
fn read_citations_from(
    data: &'static LanguageData,
    (body, from): (&str, usize),
    (found, dates): (&[CitationMatch], &[(Date, usize, usize)]),
    out: &mut Vec<Citation>,
    resume: Resume,
) {
    let words = citation_words(data);
    let mut leads = match resume.searched {
        Some(len) => LeadSearch::after(
            &words,
            &body[..len],
            &data.citations.clitics,
            resume.previous_lead,
        ),
        None => LeadSearch::new(&words),
    };
    // Where the citation words are searched after a list: for each word,
    // where the last search started and the first occurrence it found
    // (the first after a later number is the same if it is after that
    // number: a long list is not read to its end for each number).
    let mut after: Vec<Option<(usize, Option<usize>)>> = vec![None; words.words.len()];
    let mut previous_lead = resume.previous_lead;
    let mut index = resume.index;
    let mut readers = CitationReaders::new(data, dates);
    // (The clause of the last citation kept, read up to its word: the
    // next citation word of that clause reads only what follows.)
    if let Some((lead, bodies)) = resume.clause {
        readers.clause.seed(data, &body[..lead], bodies);
    }
    for &m in found.get(resume.first..).unwrap_or_default() {
        let lead = if readers.after_list {
            // The citation word that closes the list: the nearest after.
            words
                .words
                .iter()
                .zip(after.iter_mut())
                .filter_map(|(w, after)| {
                    let at = match *after {
                        Some((from, found))
                            if from <= m.end && found.is_none_or(|at| at >= m.end) =>
                        {
                            found
                        }
                        _ => {
                            let found = w
                                .forward
                                .find(&body.as_bytes()[m.end..])
                                .map(|at| m.end + at);
                            *after = Some((m.end, found));
                            found
                        }
                    }?;
                    Some((at, w.kind, w.text.len(), w.its))
                })
                .min_by_key(|&(at, ..)| at)
        } else {
            // The citation word of the list: the nearest before the number.
            leads
                .nearest(&words, &body[..m.start], &data.citations.clitics)
                .map(|(at, w)| (at, w.kind, w.text.len(), w.its))
        };
        let Some((lead, kind, lead_len, lead_its)) = lead else {
            continue;
        };
        if previous_lead == Some(lead) {
            index = index.saturating_add(1);
        } else {
            index = 0;
            previous_lead = Some(lead);
        }
        out.push(citation_of(
            data,
            (body, from),
            m,
            (lead, kind, lead_len, lead_its),
            index,
            &mut readers,
        ));
    }
}

/// What the reader of a body's citations carries from one number to the
/// next ([`read_citations`]), each part reading only what the text before
/// the next number adds to what it read for the last: a fresh one reads
/// any number as one carried from the numbers before it does.
struct CitationReaders<'d> {
    /// Whether the citation word follows its list (Chinese `第67/264号决议`,
    /// the date before the number).
    after_list: bool,
    dates: &'d [(Date, usize, usize)],
    /// Whether each date ends after the one before.
    dates_ordered: bool,
    /// For a list before its citation word: how far the text before the
    /// numbers has been searched for the mark that ends a clause, and
    /// where the clause after the last such mark starts.
    clause_at: (usize, usize),
    read: ClauseRead,
    between: BetweenRead,
    clause: BodiesRead,
}

impl<'d> CitationReaders<'d> {
    fn new(data: &LanguageData, dates: &'d [(Date, usize, usize)]) -> CitationReaders<'d> {
        CitationReaders {
            after_list: data.citations.word_position == "after_list",
            dates,
            dates_ordered: dates.windows(2).all(|w| w[0].2 < w[1].2),
            clause_at: (0, 0),
            read: ClauseRead::default(),
            between: BetweenRead::default(),
            clause: BodiesRead::default(),
        }
    }
}

/// The citation of the number `m` of `body` (a line's text from `from`),
/// whose citation word is `lead` (where it starts in the body, its kind,
/// its length and how often it says `its` itself), the `index`th number
/// of that word's list ([`read_citations`]).
fn citation_of(
    data: &'static LanguageData,
    (body, from): (&str, usize),
    m: CitationMatch,
    (lead, kind, lead_len, lead_its): (usize, CitationKind, usize, f64),
    index: u16,
    readers: &mut CitationReaders<'_>,
) -> Citation {
    let dates = readers.dates;
    let written = &body[m.start..m.end];
    let id = match m.number {
        CitedNumber::Slash {
            kind,
            session,
            number,
        } => CitationId::Slash {
            session: session_ref(kind, session),
            number,
        },
        CitedNumber::Old {
            number,
            kind,
            session,
        } => {
            let roman = written
                .rfind('(')
                .map_or(Span::new(m.start, m.end), |open| {
                    let close = written[open..]
                        .find(')')
                        .map_or(written.len(), |c| open + c);
                    Span::new(m.start + open + 1, m.start + close)
                })
                .shift(from);
            CitationId::Roman {
                number,
                session: Some(session_ref(kind, session)),
                roman,
            }
        }
        CitedNumber::Council { number, year } => {
            let year_span = written
                .rfind('(')
                .map_or(Span::new(m.start, m.end), |open| {
                    Span::new(m.start + open + 1, (m.start + open + 5).min(m.end))
                })
                .shift(from);
            CitationId::Year {
                number,
                year,
                year_span,
            }
        }
    };
    let date = m.date.and_then(|d| {
        dates
            .iter()
            .find(|&&(value, start, end)| {
                value == d
                    && if readers.after_list {
                        end <= m.start && m.start - end <= 4
                    } else {
                        start >= m.end && start - m.end <= data.date_after_number()
                    }
            })
            .map(|&(value, start, end)| (value, Span::new(start, end).shift(from)))
    });
    let item_end = date.map_or(m.end, |(_, span)| (span.end as usize - from).max(m.end));
    let letters = part_letters(data, written).map(|(at, mask)| Letters {
        span: Span::new(m.start + at, m.end).shift(from),
        mask,
    });
    let qualifier = if readers.after_list {
        // The clause of the number starts after the last mark before
        // it: in the text added since the last number's, else where
        // that number's did.
        let clause_at = &mut readers.clause_at;
        if clause_at.0 > m.start {
            *clause_at = (0, 0);
        }
        if let Some(start) = clause_start(&body[clause_at.0..m.start]) {
            clause_at.1 = clause_at.0 + start;
        }
        clause_at.0 = m.start;
        qualifier_before_list(
            data,
            &body[..m.start],
            clause_at.1,
            dates,
            readers.dates_ordered,
            &mut readers.read,
        )
    } else {
        let named_between = readers.between.organ(data, body, lead + lead_len, m.start);
        let mut q = qualifier(
            data,
            &body[..lead],
            named_between,
            &body[item_end..],
            &mut readers.clause,
        );
        // A citation word that says `its` itself (Arabic `قرارها`), in
        // a language with no word of its own for `its`.
        if let Qualifier::Bare { clause } = q {
            if lead_its >= 0.5 && data.citations.its_words.is_empty() {
                q = Qualifier::Its { clause };
            }
        }
        q
    };
    Citation {
        kind,
        id,
        qualifier,
        span: Span::new(m.start, m.end).shift(from),
        date,
        list_index: index,
        parts: letters.is_some(),
        letters,
        section: false,
        title: None,
        lead: (from + lead) as u32,
    }
}

/// The citations of `last` (a reading of the body before `edit`) whose
/// reading the edit does not reach, into `next.citations`, and where the
/// reading of the rest of `next.found` resumes ([`read_citations_from`]):
/// those of the first numbers, each found as it was, with the dates that
/// may be its date as they were, where what a citation's readers read of
/// the text (the text before its number, the number, its date, and after
/// them the spaces and [`CitationWords::after_reach`] bytes) ends before
/// the edit. A number without a citation had no citation word before it,
/// nor has it now. None in a language whose citation word follows its list
/// (read after the number, as far as the word).
fn citations_before(
    data: &'static LanguageData,
    (body, from): (&str, usize),
    edit: &Edit,
    last: &CitationReading,
    next: &mut CitationReading,
) -> Resume {
    let mut resume = Resume::default();
    if data.citations.word_position == "after_list" {
        return resume;
    }
    let reach = citation_words(data).after_reach;
    let most = data.date_after_number();
    let mut old = last.citations.iter().peekable();
    // The dates that may be the date of a number ending at `end`.
    fn near(
        dates: &[(Date, usize, usize)],
        end: usize,
        most: usize,
    ) -> impl Iterator<Item = &(Date, usize, usize)> {
        let window = end..=end + most;
        dates
            .iter()
            .filter(move |&&(_, start, _)| window.contains(&start))
    }
    for (i, (m, was)) in next.found.iter().zip(&last.found).enumerate() {
        if m != was || m.end + most >= edit.at {
            break;
        }
        if let Some(&&c) = old
            .peek()
            .filter(|c| c.span.start as usize == from + m.start)
        {
            let item_end = c
                .date
                .map_or(m.end, |(_, span)| (span.end as usize - from).max(m.end));
            let Some(after) = body.get(item_end..) else {
                break;
            };
            let spaces = after.len() - after.trim_start().len();
            if item_end + spaces + reach >= edit.at
                || !near(&last.dates, m.end, most).eq(near(&next.dates, m.end, most))
            {
                break;
            }
            next.citations.push(c);
            old.next();
            let lead = c.lead as usize - from;
            resume.searched = Some(m.start);
            resume.previous_lead = Some(lead);
            resume.index = c.list_index;
            resume.clause = match c.qualifier {
                Qualifier::Bare { clause } | Qualifier::Its { clause } => Some((lead, clause)),
                Qualifier::Named(_) => None,
            };
        }
        if resume.previous_lead.is_none() {
            // (No citation word before this number, nor before any kept.)
            resume.searched = Some(m.start);
        }
        resume.first = i + 1;
    }
    resume
}

/// What [`rescan_citations`] read of a line's body, kept for the next
/// line read (the same line after a keystroke): the numbers and dates
/// found in the body normalized and the citations read from them, with
/// where the body starts in its line.
#[derive(Debug, Clone, Default)]
pub struct CitationReading {
    from: usize,
    found: Vec<CitationMatch>,
    /// (Read only where `found` is not empty, as [`scan_citations`] reads
    /// them.)
    dates: Vec<(Date, usize, usize)>,
    citations: Vec<Citation>,
    /// What the readers of `found` and `dates` did at each place they
    /// found (their [`ReadStep`]s, by which the next body's are read
    /// again from the step before its edit), where they are known: `None`
    /// where they were moved by an edit that left one unclear.
    steps: Option<Steps>,
}

/// The steps of the readers of a body's numbers and of its dates (those
/// read only where it has numbers).
#[derive(Debug, Clone, Default)]
struct Steps {
    leads: Vec<ReadStep>,
    dates: Vec<ReadStep>,
}

/// Whether a line in `data`'s language keeps what was read of its
/// numbers ([`CitationReading::kept`]): where [`line_before`] reads them
/// again from it.
fn keeps_readings(data: &LanguageData) -> bool {
    reads_numbers_by_leads(data) && data.rereads()
}

impl CitationReading {
    /// What a line in `data`'s language keeps of this reading of its body
    /// for the first keystroke in it ([`line_before`]): the numbers and
    /// dates found and their readers' steps, where it cites (the citations
    /// are the line's own, [`super::LineSyntax::citations`]), the steps are
    /// known and the language reads them again ([`keeps_readings`]).
    pub fn kept(&self, data: &LanguageData) -> Option<Box<CitationReading>> {
        let keeps = !self.citations.is_empty() && self.steps.is_some() && keeps_readings(data);
        keeps.then(|| {
            Box::new(CitationReading {
                from: self.from,
                found: self.found.clone(),
                dates: self.dates.clone(),
                citations: Vec::new(),
                steps: self.steps.clone(),
            })
        })
    }
}

/// How many characters before an edit (and after it, where a date may
/// open with a month's name) hold no digit nor any of the marks numbers
/// and dates are written with (`(`, `)`, `/`) where the
/// numbers and dates found are kept without reading the body again
/// ([`numbers_quiet`]): more than any reader of a number or a date reads
/// from a digit without meeting one (a date's month, a link, a separator,
/// the 31 characters after a day that a slipped date's reader reads).
const QUIET_CHARS: usize = 40;

/// How many characters other than spaces in a row no number's lettered
/// parts hold (`67/264 ألف و باء`: each word of the chain has at most
/// four, its mark included): where such a run stands between an edit and
/// the digits before it, no number read from those digits reaches the
/// edit.
const CHAIN_BREAK: usize = 5;

/// The body of the last line read, normalized, and what was read of its
/// citations ([`rescan_citations`]).
pub type LastReading<'a> = (&'a str, &'a Normalized, &'a CitationReading);

/// [`scan_citations`] of `text[from..]` (`normalized` that body
/// normalized) into `out`, for a line read just after the one whose body
/// was `last.0` (normalized `last.1`) and whose citations were read as
/// `last.2`; what is read is kept in `next`. Where the edit between the
/// two bodies is quiet ([`quiet_edit`]: no citation word, organ's form,
/// organization's name or mark that ends a clause is near it or in it, in
/// either body), the words around each number read as they did: where
/// the numbers and dates found are the last ones moved by the edit (found
/// again in the body normalized, or kept without reading it where no
/// digit is near the edit either: [`numbers_quiet`]), so are the
/// citations. Where the last body had no citation, the body is read (most
/// paragraphs: the reader stops at once where there is no digit, sooner
/// than the tests of the edit would). Where the last body is another
/// line's (the first keystroke in this line) and `line_edit` says how this
/// line read before an edit within it and what the edit replaced, the
/// last body is the line's before the edit ([`line_before`]). The same as
/// [`scan_citations`] (debug builds compare them).
pub fn rescan_citations(
    data: &'static LanguageData,
    (last, line_edit): (Option<LastReading<'_>>, Option<super::Edited<'_>>),
    text: &str,
    from: usize,
    normalized: &Normalized,
    out: &mut Vec<Citation>,
    next: &mut CitationReading,
) {
    #[cfg(debug_assertions)]
    let start = out.len();
    next.from = from;
    next.found.clear();
    next.dates.clear();
    next.citations.clear();
    next.steps = None;
    let Some(body) = text.get(from..) else {
        return;
    };
    // The last body where it is this one's with a short edit, and the
    // edit (in the bodies and in them normalized: the numbers are read
    // in the normalized body).
    fn short_edit<'l>(
        data: &'static LanguageData,
        (body, from, normalized): (&str, usize, &Normalized),
        (last_body, last_normalized, last): LastReading<'l>,
    ) -> Option<(&'l str, &'l Normalized, &'l CitationReading, Edit, Edit)> {
        if last.from != from || !reads_numbers_by_leads(data) {
            return None;
        }
        let edit = Edit::between(last_body, body);
        edit.short().then(|| {
            let normalized_edit = Edit::between(&last_normalized.text, &normalized.text);
            (last_body, last_normalized, last, edit, normalized_edit)
        })
    }
    let this = (body, from, normalized);
    // Whether the numbers and dates of this body are read (in `next`).
    let mut numbers_read = false;
    let before;
    let mut edited = last.and_then(|last| short_edit(data, this, last));
    if edited.is_none() && reads_numbers_by_leads(data) {
        before =
            line_edit.and_then(|e| line_before(data, this, &e, (&mut *next, &mut numbers_read)));
        edited = before
            .as_ref()
            .and_then(|(b, n, reading)| short_edit(data, this, (b, n, reading)));
    }
    let quiet = edited
        .filter(|(.., last, _, _)| !last.citations.is_empty())
        .and_then(
            |(last_body, last_normalized, last, edit, normalized_edit)| {
                if !quiet_edit(data, last_body, body, &edit) {
                    return None;
                }
                let numbers_kept = numbers_quiet(
                    data,
                    &last_normalized.text,
                    &normalized.text,
                    &normalized_edit,
                    &[],
                );
                Some((edit, numbers_kept, (last, normalized_edit)))
            },
        );
    // A date is told from a number's by how many bytes of the line stand
    // between them, which an edit between them changes even where the
    // numbers and dates found do not (a tatweel, which normalizing drops,
    // typed or deleted in `المؤرخ`): after such an edit the numbers are
    // read, and the citation of that number again ([`reread_changed`]).
    let quiet = quiet.map(|(edit, kept, last)| {
        let dated = last
            .0
            .found
            .iter()
            .any(|m| in_date_link(m, &edit, data.date_after_number()));
        (edit, kept && !dated, last)
    });
    // Whether the citations are the last ones moved by the edit (in
    // `next`).
    let moved = match quiet {
        Some((edit, true, (last, normalized_edit))) if !numbers_read => {
            next.steps = last
                .steps
                .as_ref()
                .and_then(|steps| normalized_edit.move_steps(steps));
            edit.move_matches(&last.found, &mut next.found)
                && edit.move_dates(&last.dates, &mut next.dates)
                && edit.move_citations(from, &last.citations, &mut next.citations)
        }
        Some((edit, _, (last, normalized_edit))) => {
            if !numbers_read
                && !reread_numbers(data, normalized, &edit, &normalized_edit, last, next)
            {
                read_numbers(data, normalized, next);
            }
            numbers_read = true;
            edit.move_citations(from, &last.citations, &mut next.citations)
                && reread_changed(data, (body, from), &edit, last, next)
        }
        None => false,
    };
    if !moved {
        // The numbers read again from the last body's where its readers'
        // steps are known (a body without a digit is read at once).
        let reread = !numbers_read
            && edited.is_some_and(|(_, _, last, edit, normalized_edit)| {
                last.steps.is_some()
                    && reread_numbers(data, normalized, &edit, &normalized_edit, last, next)
            });
        if !numbers_read && !reread {
            read_numbers(data, normalized, next);
        }
        next.citations.clear();
        if !next.found.is_empty() {
            // The citations of the numbers before the edit that none of
            // their readers reaches are the last ones.
            let resume = match &edited {
                Some((_, _, last, edit, _)) => {
                    citations_before(data, (body, from), edit, last, next)
                }
                None => Resume::default(),
            };
            // And those of the numbers after it whose readers it does not
            // reach either.
            let after = edited.as_ref().and_then(|(old, _, last, edit, _)| {
                citations_after(data, (old, body, from), edit, last, next, resume.first)
            });
            let (found, dates) = (&next.found, &next.dates);
            let read = after.as_ref().map_or(found.len(), |(j, _)| *j);
            read_citations_from(
                data,
                (body, from),
                (&found[..read], dates),
                &mut next.citations,
                resume,
            );
            if let Some((_, moved)) = after {
                next.citations.extend(moved);
            }
        }
    }
    out.extend_from_slice(&next.citations);
    #[cfg(debug_assertions)]
    {
        let mut fresh = Vec::new();
        scan_citations(data, text, from, normalized, &mut fresh);
        assert_eq!(
            out[start..],
            fresh[..],
            "the citations of {text:?} read from those of {:?} read otherwise",
            last.map(|l| l.0)
        );
        let found = data.citations_in(normalized);
        assert_eq!(next.found, found, "numbers of {text:?} kept");
        if !found.is_empty() {
            assert_eq!(
                next.dates,
                data.dates_in(normalized),
                "dates of {text:?} kept"
            );
        }
    }
}

/// The body of a line before an edit within it (`edit`: how the line read
/// then, what the edit replaced), normalized, with what was read of its
/// citations (those it had, and its numbers and dates: those the line
/// kept, [`CitationReading::kept`], else read again from those of the
/// body after the edit, `this`, which are read into `next`), for
/// [`rescan_citations`]. `None` where the line had no citation, the
/// edit is not within the bodies, the line before it may have read
/// otherwise than its body says (another start, spaces at its end), or
/// its numbers cannot be read from this body's ([`reread_numbers`]).
fn line_before(
    data: &'static LanguageData,
    (body, from, normalized): (&str, usize, &Normalized),
    edit: &super::Edited<'_>,
    (next, numbers_read): (&mut CitationReading, &mut bool),
) -> Option<(String, Normalized, CitationReading)> {
    let (removed, inserted) = edit.replaced?;
    let before = edit.before;
    if before.body.start as usize != from || before.citations().is_empty() {
        return None;
    }
    // The edit's place in the body (the line's characters before the
    // body are the same in both).
    let at = edit.unchanged.checked_sub(from)?;
    let rest = body.get(at..)?.strip_prefix(inserted)?;
    let mut old = String::with_capacity(body.len() + removed.len());
    old.push_str(&body[..at]);
    old.push_str(removed);
    old.push_str(rest);
    // The body the line had, as long as it was: not where the edit was
    // among the spaces after the text (which the text leaves out, and
    // `at` is then its end) nor where what it removed ends the text.
    if old.len() != (before.body.end - before.body.start) as usize
        || old.ends_with(char::is_whitespace)
    {
        return None;
    }
    let old_normalized = data.renormalize(body, normalized, &old);
    // What the line kept of its last reading, where it has (read whole or
    // after a keystroke read again: [`CitationReading::kept`]).
    if let Some(kept) = before.kept_reading().filter(|k| k.from == from) {
        let reading = CitationReading {
            citations: before.citations().to_vec(),
            ..kept.clone()
        };
        #[cfg(debug_assertions)]
        {
            let mut fresh = CitationReading::default();
            read_numbers(data, &old_normalized, &mut fresh);
            assert_eq!(reading.found, fresh.found, "numbers kept by {old:?}");
            assert_eq!(reading.dates, fresh.dates, "dates kept by {old:?}");
        }
        return Some((old, old_normalized, reading));
    }
    read_numbers(data, normalized, next);
    *numbers_read = true;
    let mut reading = CitationReading {
        from,
        ..CitationReading::default()
    };
    // The numbers and dates of the body before the edit, read from this
    // body's as this body's are from the last one's after a keystroke:
    // the edit between them the other way.
    let raw = Edit::between(body, &old);
    let edit_normalized = Edit::between(&normalized.text, &old_normalized.text);
    if !(raw.short()
        && reread_numbers(
            data,
            &old_normalized,
            &raw,
            &edit_normalized,
            next,
            &mut reading,
        ))
    {
        return None;
    }
    #[cfg(debug_assertions)]
    assert_eq!(reading.found, data.citations_in(&old_normalized), "{old:?}");
    reading.citations = before.citations().to_vec();
    Some((old, old_normalized, reading))
}

/// Whether the edit lies where the date of the number `m` (which has
/// one) may start: after the number, within `most` bytes of its end
/// ([`LanguageData::date_after_number`]), where the link between them is.
fn in_date_link(m: &CitationMatch, edit: &Edit, most: usize) -> bool {
    m.date.is_some() && m.end <= edit.at && edit.at - m.end <= most
}

/// The citations of a body after a quiet edit ([`quiet_edit`]), in
/// `next.citations` the last body's moved by it, made those of its
/// numbers and dates read again (`next.found`, `next.dates`): where each
/// number found is the last one's moved, and so is each date, the
/// citations are the last ones, but for the numbers whose date the edit
/// may have changed (one found with another date or none, or with a date
/// after a link the edit is in): each of those is read again alone. Its
/// citation word is the one it had (a quiet edit reaches none), so is its
/// place in that word's list (the numbers before it are the same), and
/// the readers of the words around it read as those carried from the
/// numbers before it do. `false` where the numbers or dates found differ
/// otherwise.
fn reread_changed(
    data: &'static LanguageData,
    (body, from): (&str, usize),
    edit: &Edit,
    last: &CitationReading,
    next: &mut CitationReading,
) -> bool {
    let (mut found, mut dates) = (Vec::new(), Vec::new());
    if !(edit.move_matches(&last.found, &mut found)
        && found.len() == next.found.len()
        && edit.move_dates(&last.dates, &mut dates)
        && dates == next.dates)
    {
        return false;
    }
    let words = citation_words(data);
    for (old, new) in found.iter().zip(&next.found) {
        if old == new && !in_date_link(new, edit, data.date_after_number()) {
            continue;
        }
        if (old.start, old.number) != (new.start, new.number) {
            return false;
        }
        // (A number without a citation word before it has no citation,
        // before the edit and after it.)
        let Some(at) = next
            .citations
            .iter()
            .position(|c| c.span.start as usize == from + new.start)
        else {
            continue;
        };
        let c = next.citations[at];
        let Some((lead, word)) =
            LeadSearch::new(&words).nearest(&words, &body[..new.start], &data.citations.clitics)
        else {
            return false;
        };
        let mut readers = CitationReaders::new(data, &next.dates);
        if readers.after_list || from + lead != c.lead as usize {
            return false;
        }
        next.citations[at] = citation_of(
            data,
            (body, from),
            *new,
            (lead, word.kind, word.text.len(), word.its),
            c.list_index,
            &mut readers,
        );
    }
    true
}

/// The numbers of a body (`normalized`) and, where there are some, its
/// dates, into `next`.
fn read_numbers(data: &LanguageData, normalized: &Normalized, next: &mut CitationReading) {
    next.found.clear();
    next.dates.clear();
    let mut steps = Steps::default();
    // (Where the body has no digit, no citation word is looked for: its
    // steps are not known.)
    let read = data.citations_stepped(normalized, &mut next.found, Some(&mut steps.leads));
    if !next.found.is_empty() {
        data.dates_stepped(normalized, &mut next.dates, &mut steps.dates);
    }
    next.steps = read.then_some(steps);
}

/// The numbers and dates of a body (`normalized`) into `next`, read
/// from those of the last body (`last`) where they can be: the steps of
/// its readers that read nothing of the edit (`raw` in the bodies,
/// `edit` in them normalized) kept, the body read again from the last
/// of them to a step after the edit where the reading goes on as the
/// last one did (at the same place in the text after the edit, with
/// no later step reading back into it), and the last one's steps after
/// it moved. `false` where they cannot be (the last body's steps are not
/// known, a number or date kept touches the edit): `next` is then to be
/// read in full.
fn reread_numbers(
    data: &'static LanguageData,
    normalized: &Normalized,
    raw: &Edit,
    edit: &Edit,
    last: &CitationReading,
    next: &mut CitationReading,
) -> bool {
    let Some(steps) = last.steps.as_ref().filter(|_| data.rereads()) else {
        return false;
    };
    let mut read = Steps::default();
    next.found.clear();
    next.dates.clear();
    // The citation words the last reading found are found again, each
    // where it was or moved, where no word of the new body reaches the
    // edit: a word of the last body that reached it is one of its steps,
    // read again, or was no citation's (and is none where no word of the
    // new body reaches the edit).
    let same_leads = !lead_reaches(data, &normalized.text, edit.at, edit.end);
    let leads = reread(
        same_leads,
        (&steps.leads, &last.found),
        edit,
        |m| {
            raw.span_moved(m.start, m.end)
                .map(|(start, end)| CitationMatch { start, end, ..*m })
        },
        &mut next.found,
        &mut read.leads,
        |at, out, steps, stop| data.reread_citations(normalized, at, out, steps, stop),
    );
    if !leads {
        return false;
    }
    if !next.found.is_empty() {
        let dates = if last.found.is_empty() {
            // (The last body's dates were not read.)
            data.dates_stepped(normalized, &mut next.dates, &mut read.dates);
            true
        } else {
            reread(
                false,
                (&steps.dates, &last.dates),
                edit,
                |&(date, start, end)| raw.span_moved(start, end).map(|(s, e)| (date, s, e)),
                &mut next.dates,
                &mut read.dates,
                |at, out, steps, stop| data.reread_dates(normalized, at, out, steps, stop),
            )
        };
        if !dates {
            return false;
        }
    }
    next.steps = Some(read);
    true
}

/// One reader's matches of a body read again from the last body's
/// (`last` found with `steps`) for [`reread_numbers`]: the steps before
/// the edit (normalized) kept with their matches (`moved` into the new
/// body), the rest read with `read` (from the end of a step, into the
/// matches and steps, with a test after each step of whether to stop)
/// until it comes back to a step of the last reading, and the last
/// reading's matches and steps after that moved. `false` where a match
/// kept or moved touches the edit.
fn reread<T>(
    same_steps: bool,
    (steps, last): (&[ReadStep], &[T]),
    edit: &Edit,
    moved: impl Fn(&T) -> Option<T>,
    out: &mut Vec<T>,
    read_steps: &mut Vec<ReadStep>,
    mut read: impl FnMut(
        Option<&ReadStep>,
        &mut Vec<T>,
        &mut Vec<ReadStep>,
        &mut dyn FnMut(&ReadStep) -> bool,
    ) -> bool,
) -> bool {
    // The steps that read nothing of the edit, before it.
    let kept = steps
        .iter()
        .scan(0, |reach, step| {
            *reach = step.reach.max(*reach);
            Some(*reach)
        })
        .take_while(|&reach| reach <= edit.at)
        .count();
    let from = kept.checked_sub(1).map(|k| &steps[k]);
    let found = from.map_or(0, |s| s.found);
    for m in &last[..found] {
        match moved(m) {
            Some(m) => out.push(m),
            None => return false,
        }
    }
    read_steps.extend_from_slice(&steps[..kept]);
    // The first place of the last reading of each step on that no later
    // step reads before.
    let mut looks = vec![usize::MAX; steps.len() + 1];
    for i in (0..steps.len()).rev() {
        looks[i] = looks[i + 1].min(steps[i].look);
    }
    // Where a step read again ends where one of the last reading did
    // (the same place, before the edit or after it, in a list or not),
    // and no later step of the last reading reads into the edit, the rest
    // of the reading is the last one's: the search from there finds what
    // it found. Where the places the search stops at may be others
    // (`same_steps` false: a citation word may be found near the edit),
    // only a step after the edit (and the character the search reads
    // before it) comes back to the last reading.
    let last_place = |x: usize| -> Option<usize> {
        if x <= edit.at && same_steps {
            Some(x)
        } else {
            edit.moved_back(x)
                .filter(|&x| x >= edit.last_end + if same_steps { 0 } else { 4 })
        }
    };
    let mut same: Option<(usize, usize)> = None;
    let mut stop = |step: &ReadStep| -> bool {
        let Some(after) = last_place(step.after) else {
            return false;
        };
        // (Where the list's search goes on: a place before the edit is
        // the same in both.)
        let list = match step.list {
            Some(at) if at < edit.at => Some(at),
            Some(at) => match edit.moved_back(at) {
                Some(at) => Some(at),
                None => return false,
            },
            None => None,
        };
        let Ok(j) = steps.binary_search_by_key(&after, |s| s.after) else {
            return false;
        };
        if steps[j].list == list && looks[j + 1] >= edit.last_end {
            same = Some((j + 1, step.found));
            return true;
        }
        false
    };
    // (Where no step left reads into the edit, none is read again.)
    let stopped = if same_steps && looks[kept] >= edit.last_end {
        same = Some((kept, out.len()));
        true
    } else {
        read(from, out, read_steps, &mut stop)
    };
    if stopped {
        let Some((first, count)) = same else {
            return false;
        };
        let from = first.checked_sub(1).map_or(0, |j| steps[j].found);
        for m in &last[from..] {
            match moved(m) {
                Some(m) => out.push(m),
                None => return false,
            }
        }
        for step in &steps[first..] {
            let list = match step.list {
                Some(at) => match edit.moved(at) {
                    Some(at) => Some(at),
                    None => return false,
                },
                None => None,
            };
            read_steps.push(ReadStep {
                after: edit.moved_on(step.after),
                reach: edit.moved_on(step.reach),
                look: edit.moved_on(step.look),
                found: step.found - from + count,
                list,
            });
        }
    }
    true
}

/// Where two bodies differ (one edit), in bytes of the body: where it
/// starts, and where it ends in the last body and in the new one.
#[derive(Debug, Clone, Copy)]
struct Edit {
    at: usize,
    last_end: usize,
    end: usize,
}

impl Edit {
    /// Whether the edit is short enough for the tests of
    /// [`quiet_edit`] and [`numbers_quiet`], which cost as its length (a
    /// longer edit, another line's body, is read again).
    fn short(&self) -> bool {
        self.last_end - self.at <= EDIT_MOST && self.end - self.at <= EDIT_MOST
    }

    /// Where the edit is between `old` and `new`: their common beginning
    /// and end, on character boundaries.
    fn between(old: &str, new: &str) -> Edit {
        use crate::data::languages::{common_prefix, common_suffix};
        let (a, b) = (old.as_bytes(), new.as_bytes());
        let mut at = common_prefix(a, b);
        while !old.is_char_boundary(at) || !new.is_char_boundary(at) {
            at -= 1;
        }
        let same_end = common_suffix(&a[at..], &b[at..]);
        let (mut last_end, mut end) = (old.len() - same_end, new.len() - same_end);
        // (The bytes after both ends are the same: a character starts at
        // one where one starts at the other.)
        while !old.is_char_boundary(last_end) || !new.is_char_boundary(end) {
            last_end += 1;
            end += 1;
        }
        Edit { at, last_end, end }
    }

    /// Where the place `x` of the new body, at or after the edit's end,
    /// was in the last one; `None` before that.
    fn moved_back(&self, x: usize) -> Option<usize> {
        (x >= self.end).then(|| x - self.end + self.last_end)
    }

    /// Where the place `x` of the last body, at or after the edit's end,
    /// is in the new one.
    fn moved_on(&self, x: usize) -> usize {
        x - self.last_end + self.end
    }

    /// The steps of the readers of the last body where the numbers and
    /// dates they found are only moved by the edit: each step before it
    /// as it was, each after it moved; one that reads across it reads as
    /// far as it did with the edit's new text added, and as many
    /// characters as the edit removed (a reader that counts characters
    /// goes on for them). `None` where a step ends within the edit.
    fn move_steps(&self, steps: &Steps) -> Option<Steps> {
        let step = |s: &ReadStep| -> Option<ReadStep> {
            if s.reach <= self.at {
                return Some(*s);
            }
            if s.look >= self.last_end {
                return Some(ReadStep {
                    after: self.moved_on(s.after),
                    reach: self.moved_on(s.reach),
                    look: self.moved_on(s.look),
                    found: s.found,
                    list: match s.list {
                        Some(at) => Some(self.moved(at)?),
                        None => None,
                    },
                });
            }
            let after = if s.after < self.at {
                s.after
            } else if s.after > self.last_end {
                self.moved_on(s.after)
            } else {
                return None;
            };
            let list = match s.list {
                Some(at) => Some(self.moved(at)?),
                None => None,
            };
            Some(ReadStep {
                after,
                reach: s.reach + (self.end - self.at) + 4 * (self.last_end - self.at),
                look: s.look.min(self.at),
                found: s.found,
                list,
            })
        };
        Some(Steps {
            leads: steps.leads.iter().map(step).collect::<Option<_>>()?,
            dates: steps.dates.iter().map(step).collect::<Option<_>>()?,
        })
    }

    /// Where the place `x` of the last body is in the new one: the same
    /// before the edit, moved after it; `None` within it or at its ends.
    fn moved(&self, x: usize) -> Option<usize> {
        if x < self.at {
            Some(x)
        } else if x > self.last_end {
            Some(x - self.last_end + self.end)
        } else {
            None
        }
    }

    /// Where the text `start..end` of the last body is in the new one,
    /// where it is all before the edit or all after it, not touching it
    /// (its text is the same: a number's is read again, for its lettered
    /// parts; and a span read in the normalized text ends after the vowel
    /// marks that follow it, which normalizing drops); `None` where it
    /// holds or touches the edit.
    fn span_moved(&self, start: usize, end: usize) -> Option<(usize, usize)> {
        if end < self.at {
            Some((start, end))
        } else if start > self.last_end {
            Some((
                start - self.last_end + self.end,
                end - self.last_end + self.end,
            ))
        } else {
            None
        }
    }

    /// The numbers found in the last body, moved into `out`; `false`
    /// where one holds part of the edit.
    fn move_matches(&self, last: &[CitationMatch], out: &mut Vec<CitationMatch>) -> bool {
        for m in last {
            match self.span_moved(m.start, m.end) {
                Some((start, end)) => out.push(CitationMatch { start, end, ..*m }),
                _ => return false,
            }
        }
        true
    }

    /// The dates found in the last body, moved into `out`.
    fn move_dates(
        &self,
        last: &[(Date, usize, usize)],
        out: &mut Vec<(Date, usize, usize)>,
    ) -> bool {
        for &(date, start, end) in last {
            match self.span_moved(start, end) {
                Some((start, end)) => out.push((date, start, end)),
                _ => return false,
            }
        }
        true
    }

    /// The citations of the last line, whose body starts at `from` (their
    /// places are the line's), moved into `out`.
    fn move_citations(&self, from: usize, last: &[Citation], out: &mut Vec<Citation>) -> bool {
        let at = |x: u32| -> Option<u32> {
            let x = (x as usize).checked_sub(from)?;
            Some((from + self.moved(x)?) as u32)
        };
        let span = |s: Span| -> Option<Span> {
            let start = (s.start as usize).checked_sub(from)?;
            let end = (s.end as usize).checked_sub(from)?;
            let (start, end) = self.span_moved(start, end)?;
            Some(Span::new(from + start, from + end))
        };
        let moved = |mut c: Citation| -> Option<Citation> {
            c.lead = at(c.lead)?;
            c.span = span(c.span)?;
            if let Some((_, s)) = &mut c.date {
                *s = span(*s)?;
            }
            if let Some(title) = &mut c.title {
                title.span = span(title.span)?;
            }
            if let Some(letters) = &mut c.letters {
                letters.span = span(letters.span)?;
            }
            match &mut c.id {
                CitationId::Roman { roman: s, .. } | CitationId::Year { year_span: s, .. } => {
                    *s = span(*s)?;
                }
                CitationId::Slash { .. } => {}
            }
            Some(c)
        };
        for &c in last {
            match moved(c) {
                Some(c) => out.push(c),
                None => return false,
            }
        }
        true
    }
}

/// Whether the edit between the last body `old` and `new` (`edit`) is
/// quiet for the readers of the words around a citation's number
/// ([`reads_numbers_by_leads`] languages): no mark that
/// ends a clause (`;`, `.`) in it, and no citation word (with the
/// characters read on each side of it), organ's form or organization's
/// name that reaches it in either body. Those readers read the places
/// where such words are (the nearest citation word before a number, the
/// organs named between it and the number or after the number, the bodies
/// named in the clause before the word, where the clause starts): away
/// from the edit, each is where it was or moved by the edit.
fn quiet_edit(data: &'static LanguageData, old: &str, new: &str, edit: &Edit) -> bool {
    let words = citation_words(data);
    let clitic = longest_clitic(data);
    // A word is read with the character after it, and its clitic and the
    // character before that ([`stands_alone`]).
    if words.reach(old, edit.at, edit.last_end, 4, clitic + 4)
        || words.reach(new, edit.at, edit.end, 4, clitic + 4)
    {
        return false;
    }
    bodies_quiet(data, old, new, edit)
}

/// Whether the edit between the last body `old` and `new` (`edit`) leaves
/// the bodies a clause names where they were, moved by it: no mark that
/// ends a clause (`;`, `.`) in it, and no organ's form or organization's
/// name that reaches it in either body ([`quiet_edit`] without its
/// citation words).
fn bodies_quiet(data: &'static LanguageData, old: &str, new: &str, edit: &Edit) -> bool {
    let mark = |c: char| matches!(c, ';' | '.');
    if old[edit.at..edit.last_end].chars().any(mark) || new[edit.at..edit.end].chars().any(mark) {
        return false;
    }
    let names = &citation_words(data).names;
    !(names.every_text
        || runs_near(old, edit.at, edit.last_end).any(|(s, e)| names.in_run(old, s, e))
        || runs_near(new, edit.at, edit.end).any(|(s, e)| names.in_run(new, s, e)))
}

/// The citations of `last` (a reading of the body `old` before `edit`,
/// which made it `body`) that the edit leaves as they were, moved, after
/// it: those of the last numbers from the first whose citation word, with
/// the characters read before it (its clitic and more), starts after the
/// edit, where the numbers and dates from that number on are the last
/// ones moved and the edit leaves the bodies each clause names as they
/// were ([`bodies_quiet`]). Every reader of such a number reads from its
/// citation word on but the clause's bodies: the nearest citation word
/// before it, which the search back from a later number meets first too;
/// its place in that word's list (the numbers since the word); the organ
/// named between them or after the number; its date; the bodies named in
/// its clause, read from the last mark before the word. As the index in
/// `next.found` of that number (at or after `first`, the first number
/// read again) and the citations moved. `None` where there are none, or
/// in a language whose citation word follows its list.
fn citations_after(
    data: &'static LanguageData,
    (old, body, from): (&str, &str, usize),
    edit: &Edit,
    last: &CitationReading,
    next: &CitationReading,
    first: usize,
) -> Option<(usize, Vec<Citation>)> {
    if data.citations.word_position == "after_list" {
        return None;
    }
    let margin = longest_clitic(data) + 8;
    let k = last
        .citations
        .iter()
        .position(|c| (c.lead as usize).checked_sub(from + margin) >= Some(edit.last_end))?;
    let old_start = last.citations[k].span.start as usize - from;
    let i = last.found.iter().position(|m| m.start == old_start)?;
    let j = next
        .found
        .iter()
        .position(|m| m.start == edit.moved_on(old_start))?;
    let moved = |m: &CitationMatch| CitationMatch {
        start: edit.moved_on(m.start),
        end: edit.moved_on(m.end),
        ..*m
    };
    let dates_from = |dates: &[(Date, usize, usize)], at: usize| {
        dates.partition_point(|&(_, start, _)| start < at)
    };
    let (old_dates, new_dates) = (
        &last.dates[dates_from(&last.dates, old_start)..],
        &next.dates[dates_from(&next.dates, edit.moved_on(old_start))..],
    );
    let same = j >= first
        && next.found.len() - j == last.found.len() - i
        && last.found[i..]
            .iter()
            .map(moved)
            .eq(next.found[j..].iter().copied())
        && old_dates.len() == new_dates.len()
        && old_dates
            .iter()
            .map(|&(date, start, end)| (date, edit.moved_on(start), edit.moved_on(end)))
            .eq(new_dates.iter().copied());
    if !(same && bodies_quiet(data, old, body, edit)) {
        return None;
    }
    let mut citations = Vec::with_capacity(last.citations.len() - k);
    edit.move_citations(from, &last.citations[k..], &mut citations)
        .then_some((j, citations))
}

/// Whether a keystroke (what it removed from the line at `at`, and
/// wrote there, making the line `line`, whose body starts at `from`), in a
/// line that cites or where a number is read within 240 bytes of it,
/// leaves the words read around each citation's number where they were,
/// moved by it ([`quiet_edit`]): no citation word reaches it (the nearest
/// before a number is its lead), nor an organ's form or organization's
/// name (those named between the word and the number, after the number,
/// and in the clause before the word), and no word for `its` is the word it
/// edits (the last word before a citation word is compared with them
/// whole). Where `numbers`, also that the numbers and dates read are those
/// of the line before it, moved ([`numbers_quiet`]): told where the text
/// its test reads is written as it is by the normalization the numbers are
/// read in (else `false`). Told on the text around the keystroke as far as
/// those tests read: a citation word and the characters read with it, a
/// name, or the characters before a number, each way. The byte ranges of
/// the line in `apart` (footnote markers in brackets, as `quiet` finds
/// them) hold no number those tests look for.
pub(super) fn keystroke_quiet_for_citations(
    data: &'static LanguageData,
    line: &str,
    (from, at): (usize, usize),
    (removed, inserted): (&str, &str),
    (numbers, apart): (bool, &[std::ops::Range<usize>]),
) -> bool {
    let words = citation_words(data);
    let names = words.names.longest;
    if words.names.every_text {
        return false;
    }
    let reach = (words.longest + longest_clitic(data) + 8).max(2 * names) + 8;
    // What `numbers_quiet` reads: the characters before the keystroke
    // (at most four bytes each) and after it, and the citation words whose
    // lead reaches it.
    let (tail, head) = words.lead_reach;
    let chars_after = if data.date_opens_with_number() {
        1
    } else {
        QUIET_CHARS
    };
    let number_reach = (
        (4 * QUIET_CHARS).max(words.longest + tail) + 4,
        (4 * chars_after).max(words.longest + head) + 4,
    );
    // (The characters just before the keystroke first, as the numbers'
    // test reads them: where they are busy, it refuses; most refused are.)
    if numbers && busy_but(line, chars_before(line, from, at, QUIET_CHARS).0..at, apart) {
        return false;
    }
    let (before, after) = if numbers {
        (reach.max(number_reach.0), reach.max(number_reach.1))
    } else {
        (reach, reach)
    };
    let low = floor_char_boundary(line, at.saturating_sub(before).max(from));
    let high = ceil_char_boundary(line, at + inserted.len() + after);
    let new_window = &line[low..high];
    let mut old_window = String::with_capacity(new_window.len() + removed.len());
    old_window.push_str(&line[low..at]);
    old_window.push_str(removed);
    old_window.push_str(&line[at + inserted.len()..high]);
    let edit = Edit {
        at: at - low,
        last_end: at - low + removed.len(),
        end: at - low + inserted.len(),
    };
    // The word the keystroke is in, in either line.
    fn word(text: &str, at: usize, end: usize) -> &str {
        let start = text[..at]
            .rfind(|c: char| !super::bytes::is_alphanumeric(c))
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let end = text[end..]
            .find(|c: char| !super::bytes::is_alphanumeric(c))
            .map_or(text.len(), |i| end + i);
        &text[start..end]
    }
    let (old_word, new_word) = (
        word(&old_window, edit.at, edit.last_end),
        word(new_window, edit.at, edit.end),
    );
    if data
        .citations
        .its_words
        .iter()
        .any(|w| w.text == old_word || w.text == new_word)
    {
        return false;
    }
    // The numbers are read in the body normalized: where the text their
    // test reads is written as it is (the letter typed or deleted is, so
    // the text before the keystroke is too), that text is the normalized
    // one, moved. (Told before the names: it refuses most.)
    if numbers {
        let read_low = floor_char_boundary(line, at.saturating_sub(number_reach.0).max(from));
        let read_high = ceil_char_boundary(line, at + inserted.len() + number_reach.1);
        // (The ranges apart, in the window before the keystroke: none
        // holds the letters it typed or deleted.)
        let apart_old: Vec<std::ops::Range<usize>> = apart
            .iter()
            .filter(|r| r.end > low && r.start < high)
            .map(|r| {
                let old = |p: usize| {
                    let q = p.max(low) - low;
                    edit.moved_back(q).unwrap_or(q)
                };
                old(r.start)..old(r.end)
            })
            .collect();
        if !(data.writes_part_as_is(line, read_low, read_high)
            && numbers_quiet(data, &old_window, new_window, &edit, &apart_old))
        {
            return false;
        }
    }
    // The runs of characters beside the keystroke whole where the window
    // cuts the line, and the names that cover part of them (the window
    // reads a name's length past each).
    let bytes = old_window.as_bytes();
    let run_start = memchr::memrchr(b' ', &bytes[..edit.at]);
    let run_end = memchr::memchr(b' ', &bytes[edit.last_end..]).map(|i| edit.last_end + i);
    if (low > from && run_start.is_none_or(|i| i < names))
        || (high < line.len() && run_end.is_none_or(|i| i + names > bytes.len()))
    {
        return false;
    }
    quiet_edit(data, &old_window, new_window, &edit)
}

/// The longest edit, in bytes, whose citations [`rescan_citations`]
/// reads from the last body's.
const EDIT_MOST: usize = 256;

/// Whether the edits [`quiet_edit`] and [`numbers_quiet`] tell apart,
/// and [`reread_numbers`] reads from the last body's, are those of
/// `data`'s language: its numbers follow a citation word, read from the
/// words around it, not words for `its` nor a word after the list
/// (Chinese, French read the words before a number otherwise).
fn reads_numbers_by_leads(data: &LanguageData) -> bool {
    data.citations.word_position != "after_list" && data.citations.its_words.is_empty()
}

/// The organs' forms and the organizations' names of a language (what
/// [`LanguageData::may_name_an_organ`] and
/// [`LanguageData::names_an_organization`] find), by their words: an
/// occurrence of a name covers part of a run of characters other than
/// spaces only with one of its words (its first word ends the run where it
/// starts, its last word opens the run where it ends, a word between is
/// the run; a name of one word is within the run), so the names to look
/// for around a run are those with a word whose bytes at that place are
/// the run's ([`KEY`] of them: Arabic words share their first two letters,
/// `ال`).
#[derive(Clone)]
struct NameWords {
    /// A name is not told by its words (an empty one, two spaces in a
    /// row): every text may hold one.
    every_text: bool,
    /// The longest name, in bytes.
    longest: usize,
    /// By the key of the run, for names of several words: (its last bytes,
    /// the first word, the name).
    firsts: Vec<(u64, &'static str, &'static str)>,
    /// (Its first bytes, the last word, the name.)
    lasts: Vec<(u64, &'static str, &'static str)>,
    /// (Its first bytes, the word, the name, where the word starts in it.)
    middles: Vec<(u64, &'static str, &'static str, usize)>,
    /// The names of one word, by their first bytes.
    singles: Vec<(u64, &'static str)>,
    /// Their keys' bits ([`bloom`]): most places of a run start none.
    single_keys: [u64; 64],
    /// The keys' bits of `firsts`, `lasts` and `middles` ([`bloom`]): most
    /// runs end, open or are no word of a name, and the sorted entries
    /// (far apart in memory) are searched only where the bits say one
    /// may.
    pair_keys: [[u64; 64]; 3],
    /// The words shorter than [`KEY`], each with its name and where it
    /// starts in it, by the word (looked up by the run's first and last
    /// bytes).
    short: Vec<(&'static str, &'static str, usize)>,
    /// The names of one word shorter than [`KEY`] (looked for anywhere in
    /// the run).
    short_names: Vec<&'static str>,
    /// The short words' [`short_key`]s' bits ([`bloom`]): most of the
    /// run's first and last bytes start or end none.
    short_keys: [u64; 64],
}

/// A key of a short word's length, first byte and last byte (`bytes` not
/// empty).
fn short_key(bytes: &[u8]) -> u64 {
    (bytes.len() as u64) << 16 | u64::from(bytes[0]) << 8 | u64::from(bytes[bytes.len() - 1])
}

/// How many bytes of a word make its key.
const KEY: usize = 6;

/// The first [`KEY`] bytes of `bytes` (at least as many) as a key.
fn key(bytes: &[u8]) -> u64 {
    bytes[..KEY].iter().fold(0, |k, &b| k << 8 | u64::from(b))
}

/// The last [`KEY`] bytes of `bytes` as a key.
fn key_end(bytes: &[u8]) -> u64 {
    key(&bytes[bytes.len() - KEY..])
}

/// Which of 4,096 bits a key sets in a filter: the word of 64 bits ...
fn bloom(k: u64) -> usize {
    (k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 58) as usize
}

/// ... and the bit in it.
fn bloom_bit(k: u64) -> u64 {
    1 << ((k.wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 52) & 63)
}

/// The bytes of `text` from `at` (none past its end).
fn bytes_at(text: &str, at: usize) -> &[u8] {
    text.as_bytes().get(at..).unwrap_or_default()
}

/// The entries of `sorted` (by their key, first) whose key is `k`.
fn keyed<T: Copy>(sorted: &[(u64, T)], k: u64) -> impl Iterator<Item = T> + '_ {
    let from = sorted.partition_point(|e| e.0 < k);
    sorted[from..]
        .iter()
        .take_while(move |e| e.0 == k)
        .map(|e| e.1)
}

impl NameWords {
    fn new(data: &'static LanguageData) -> NameWords {
        let mut words = NameWords {
            every_text: false,
            longest: 0,
            firsts: Vec::new(),
            lasts: Vec::new(),
            middles: Vec::new(),
            singles: Vec::new(),
            single_keys: [0; 64],
            pair_keys: [[0; 64]; 3],
            short: Vec::new(),
            short_names: Vec::new(),
            short_keys: [0; 64],
        };
        let names = data
            .organs
            .iter()
            .flat_map(|o| o.forms.iter().map(|f| f.text.as_str()))
            .chain(data.organization_names_and_heads(false));
        for name in names {
            words.longest = words.longest.max(name.len());
            let parts: Vec<&'static str> = name.split(char::is_whitespace).collect();
            if parts.iter().any(|w| w.is_empty()) {
                words.every_text = true;
                continue;
            }
            for (i, &w) in parts.iter().enumerate() {
                let at = w.as_ptr() as usize - name.as_ptr() as usize;
                if w.len() < KEY {
                    words.short.push((w, name, at));
                    if parts.len() == 1 {
                        words.short_names.push(w);
                    }
                } else if parts.len() == 1 {
                    words.singles.push((key(w.as_bytes()), w));
                } else if i == 0 {
                    words.firsts.push((key_end(w.as_bytes()), w, name));
                } else if i == parts.len() - 1 {
                    words.lasts.push((key(w.as_bytes()), w, name));
                } else {
                    words.middles.push((key(w.as_bytes()), w, name, at));
                }
            }
        }
        words.firsts.sort_unstable();
        words.firsts.dedup();
        words.lasts.sort_unstable();
        words.lasts.dedup();
        words.middles.sort_unstable();
        words.middles.dedup();
        words.singles.sort_unstable();
        words.singles.dedup();
        for &(k, _) in &words.singles {
            words.single_keys[bloom(k)] |= bloom_bit(k);
        }
        let keys = [
            words.firsts.iter().map(|e| e.0).collect::<Vec<_>>(),
            words.lasts.iter().map(|e| e.0).collect(),
            words.middles.iter().map(|e| e.0).collect(),
        ];
        for (bits, keys) in words.pair_keys.iter_mut().zip(keys) {
            for k in keys {
                bits[bloom(k)] |= bloom_bit(k);
            }
        }
        words.short.sort_unstable();
        words.short.dedup();
        words.short_names.sort_unstable();
        words.short_names.dedup();
        for &(w, ..) in &words.short {
            let k = short_key(w.as_bytes());
            words.short_keys[bloom(k)] |= bloom_bit(k);
        }
        words
    }

    /// Whether a name occurs in `text` covering part of the run
    /// `text[start..end]` (characters other than spaces, whole).
    fn in_run(&self, text: &str, start: usize, end: usize) -> bool {
        let run = &text[start..end];
        let bytes = run.as_bytes();
        // Whether `name`, whose word at `at` in it covers part of the run,
        // is in the text there.
        let there = |name: &str, word_start: Option<usize>| {
            word_start.is_some_and(|at| bytes_at(text, at).starts_with(name.as_bytes()))
        };
        // A word of fewer bytes than a key: wherever it may be in the run
        // (a name of one word within it; a first word ending it, a word
        // opening it), each looked up by the run's first and last bytes of
        // each length a short word has.
        let short_words = |w: &str| {
            let k = short_key(w.as_bytes());
            if self.short_keys[bloom(k)] & bloom_bit(k) == 0 {
                return &self.short[..0];
            }
            let from = self.short.partition_point(|e| e.0 < w);
            let to = from + self.short[from..].partition_point(|e| e.0 == w);
            &self.short[from..to]
        };
        let short = self.short_names.iter().any(|w| run.contains(w))
            || (1..KEY.min(run.len() + 1)).any(|len| {
                let opening = run.is_char_boundary(len)
                    && short_words(&run[..len])
                        .iter()
                        .any(|&(_, name, at)| there(name, start.checked_sub(at)));
                let ending = run.is_char_boundary(run.len() - len)
                    && short_words(&run[run.len() - len..])
                        .iter()
                        .any(|&(_, name, at)| at == 0 && there(name, Some(end - len)));
                opening || ending
            });
        if short || bytes.len() < KEY {
            return short;
        }
        let (first_key, last_key) = (key(bytes), key_end(bytes));
        let may = |i: usize, k: u64| self.pair_keys[i][bloom(k)] & bloom_bit(k) != 0;
        let starts = may(0, last_key)
            && keyed_pairs(&self.firsts, last_key)
                .any(|(first, name)| run.ends_with(first) && there(name, Some(end - first.len())));
        let ends = may(1, first_key)
            && keyed_pairs(&self.lasts, first_key).any(|(last, name)| {
                run.starts_with(last) && there(name, (start + last.len()).checked_sub(name.len()))
            });
        let between = may(2, first_key)
            && self.middles[self.middles.partition_point(|e| e.0 < first_key)..]
                .iter()
                .take_while(|e| e.0 == first_key)
                .any(|&(_, word, name, at)| run == word && there(name, start.checked_sub(at)));
        let within = (0..=bytes.len() - KEY).any(|at| {
            let k = key(&bytes[at..]);
            self.single_keys[bloom(k)] & bloom_bit(k) != 0
                && keyed(&self.singles, k).any(|one| bytes[at..].starts_with(one.as_bytes()))
        });
        starts || ends || between || within
    }
}

/// The (word, name) entries of `sorted` whose key is `k`.
fn keyed_pairs<'a>(
    sorted: &'a [(u64, &'static str, &'static str)],
    k: u64,
) -> impl Iterator<Item = (&'static str, &'static str)> + 'a {
    let from = sorted.partition_point(|e| e.0 < k);
    sorted[from..]
        .iter()
        .take_while(move |e| e.0 == k)
        .map(|e| (e.1, e.2))
}

/// The runs of characters other than spaces of `text`, whole, that are
/// next to of `text[at..end]` (a name that holds part of that
/// text, or the space before or after it, holds part of one of them), as
/// (start, end).
fn runs_near(text: &str, at: usize, end: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
    let low = floor_char_boundary(text, at.saturating_sub(1));
    let mut high = ceil_char_boundary(text, end + 1);
    let low = text[..low]
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    high += text[high..]
        .find(char::is_whitespace)
        .unwrap_or(text.len() - high);
    let base = text.as_ptr() as usize;
    text[low..high]
        .split(char::is_whitespace)
        .filter(|run| !run.is_empty())
        .map(move |run| {
            let start = run.as_ptr() as usize - base;
            (start, start + run.len())
        })
}

/// Where the `most` characters of `text` before `at` start, none before
/// `floor` (`floor` and `at` on character boundaries), and how many they
/// are.
fn chars_before(text: &str, floor: usize, at: usize, most: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut low, mut read) = (at, 0);
    while low > floor && read < most {
        low -= 1;
        // (A character starts at each byte that does not go on with one.)
        if bytes[low] & 0xc0 != 0x80 {
            read += 1;
        }
    }
    (low, read)
}

/// Whether `text` holds what a number is read from (a digit, or a
/// character normalizing may write as one) or around ( `(`, `)`, `/`):
/// [`numbers_quiet`] refuses an edit with such text near it.
fn busy(text: &str) -> bool {
    crate::data::languages::may_hold_digit(text)
        || memchr::memchr3(b'(', b')', b'/', text.as_bytes()).is_some()
}

/// [`busy`] of `text[range]`, the bytes of `apart` (ranges of `text`, in
/// order) left out.
fn busy_but(text: &str, range: std::ops::Range<usize>, apart: &[std::ops::Range<usize>]) -> bool {
    outside(range, apart).any(|part| busy(&text[part]))
}

/// The parts of `range` outside the ranges of `apart` (in order), those
/// that are not empty, first to last.
pub(super) fn outside(
    range: std::ops::Range<usize>,
    apart: &[std::ops::Range<usize>],
) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    let mut from = range.start;
    let mut rest = apart.iter();
    std::iter::from_fn(move || loop {
        let Some(r) = rest.next() else {
            // (The part after the last range, once.)
            let last = from..range.end;
            from = range.end;
            return (!last.is_empty()).then_some(last);
        };
        if r.end <= from || r.start >= range.end {
            continue;
        }
        let part = from..r.start;
        from = r.end;
        if !part.is_empty() {
            return Some(part);
        }
    })
}

/// Whether the edit between the normalized bodies `old` and `new`
/// (`edit`) is far from every number and date, so that those found in `old` are those of
/// `new` moved by it ([`LanguageData::citations_in`],
/// [`LanguageData::dates_in`]): no digit nor `(`, `)`, `/` in it, within
/// [`QUIET_CHARS`] characters before it or in the character after it
/// (within as many after it where a date may open with a month's name), a
/// run of [`CHAIN_BREAK`] characters other than spaces among those before
/// it (unless they open the text), and no citation word whose lead reaches
/// it (with its clitic and the character before it, the organ named after
/// it and the space that ends the lead of a list). The byte ranges of
/// `old` in `apart` are looked past (footnote markers in brackets, which
/// no number's or date's reader reads: `keystroke_quiet_for_citations`).
fn numbers_quiet(
    data: &'static LanguageData,
    old: &str,
    new: &str,
    edit: &Edit,
    apart: &[std::ops::Range<usize>],
) -> bool {
    if old == new {
        return true;
    }
    // (A character starts at each byte that does not go on with one.)
    let starts = |b: &u8| b & 0xc0 != 0x80;
    let bytes = old.as_bytes();
    let (low, read) = chars_before(old, 0, edit.at, QUIET_CHARS);
    // After the edit, where every date opens with a number, only the
    // character that follows it: no reader reads back from a number or a
    // date further than the character before it (a date's, a lead's),
    // but a range's first date, read from its day's digits (before the
    // edit then, within the characters read above), and a lead, whose
    // words are looked for below. (Where a date may open with a month's
    // name, its digits are read from before the edit too.)
    let after = if data.date_opens_with_number() {
        1
    } else {
        QUIET_CHARS
    };
    let mut high = edit.last_end;
    let mut read_after = 0;
    while high < bytes.len() && read_after <= after {
        if starts(&bytes[high]) {
            read_after += 1;
            if read_after > after {
                break;
            }
        }
        high += 1;
    }
    if busy_but(old, low..edit.at, apart)
        || busy(&old[edit.at..edit.last_end])
        || busy(&new[edit.at..edit.end])
        || busy_but(old, edit.last_end..high, apart)
    {
        return false;
    }
    if read == QUIET_CHARS {
        // The longest run of characters other than ASCII spaces (the
        // lettered parts of a number are joined by them).
        let (mut run, mut longest) = (0, 0);
        for b in &bytes[low..edit.at] {
            if *b == b' ' {
                run = 0;
            } else if starts(b) {
                run += 1;
                longest = longest.max(run);
            }
        }
        if longest < CHAIN_BREAK {
            return false;
        }
    }
    leads_quiet(data, old, new, edit)
}

/// Whether no citation word of `old` or `new`, with what the lead
/// pattern reads with it (the connector and organ after it, the clitic
/// and a character before it), reaches the edit between them: the
/// citation words found in one are those of the other, moved.
fn leads_quiet(data: &'static LanguageData, old: &str, new: &str, edit: &Edit) -> bool {
    !(lead_reaches(data, old, edit.at, edit.last_end) || lead_reaches(data, new, edit.at, edit.end))
}

/// How many bytes after a citation's number and its date [`qualifier`]
/// reads, past the spaces there: an organ's form after its connector (`of
/// the Human Rights Council`), an organization's name, or a capital (a
/// character, four bytes at most).
fn after_reach(data: &LanguageData) -> usize {
    let connector = (data.citations.organ_positions.iter())
        .filter(|p| p.position == "after")
        .map(|p| p.connector.len())
        .max()
        .unwrap_or(0);
    (connector + data.organ_form_max())
        .max(data.organization_name_max())
        .max(4)
}

/// Whether a citation word of `text`, with what the lead pattern reads
/// with it, may reach `at..end`.
fn lead_reaches(data: &'static LanguageData, text: &str, at: usize, end: usize) -> bool {
    let words = citation_words(data);
    let (tail, head) = words.lead_reach;
    words.reach(text, at, end, tail, head)
}

/// How far the lead pattern reads after a citation word (the connector
/// and an organ's name: `قرار مجلس الأمن`) and before it (a clitic), in
/// bytes, as [`CitationWords::reach`] takes them: a lead is read from the
/// character before its clitic to the character after the space that
/// ends it.
fn lead_reach(data: &LanguageData) -> (usize, usize) {
    let clitic = longest_clitic(data);
    let connector = data
        .citations
        .organ_positions
        .iter()
        .map(|p| p.connector.len() + 2)
        .max()
        .unwrap_or(0);
    let organ = data
        .organs
        .iter()
        .flat_map(|o| o.forms.iter().map(|f| f.text.len()))
        .max()
        .unwrap_or(0);
    (connector + organ + 8, clitic + 4)
}

/// Where the clause that ends `text` starts: after the last mark that ends
/// one (`，`, `；`, `。`, `,`, `;`), if any.
fn clause_start(text: &str) -> Option<usize> {
    text.rfind(['，', '；', '。', ',', ';'])
        .map(|at| at + text[at..].chars().next().map_or(1, char::len_utf8))
}

/// What the words before a citation say of its organ where the citation
/// word follows the list (Chinese `安全理事会第2149(2014)号决议`, `其…第67/264号决议`):
/// an organ named just before the number, else `its` (`其`) in the clause.
/// `clause_start` is where the clause of `before`'s end starts
/// ([`clause_start`] of `before`); `dates` the dates of the text `before`
/// begins (by byte range, as [`LanguageData::dates_in`] gives them), and
/// whether each ends after the one before (as they do in Chinese); `read`
/// what was read of the clause for the number before, if any.
fn qualifier_before_list(
    data: &LanguageData,
    before: &str,
    clause_start: usize,
    dates: &[(crate::syntax::date::Date, usize, usize)],
    dates_ordered: bool,
    read: &mut ClauseRead,
) -> Qualifier {
    let clause = &before[clause_start..];
    let mut near = clause.trim_end_matches(|c: char| c == '第' || c.is_ascii_digit() || c == ' ');
    // Through the date before the number (`安全理事会2014年4月10日第2149`):
    // the text's own dates, read once for the line, not again for each
    // number of a long list (`第33/18号、…、第77/331号决议`).
    let near_end = clause_start + near.len();
    let ending = if dates_ordered {
        dates
            .binary_search_by_key(&near_end, |&(_, _, end)| end)
            .ok()
            .map(|at| dates[at])
    } else {
        // (Not in the order of the text: the last read.)
        dates
            .iter()
            .rev()
            .find(|&&(_, start, end)| start >= clause_start && end <= near_end)
            .copied()
            .filter(|&(_, _, end)| end == near_end)
    };
    if let Some((_, start, _)) = ending.filter(|&(_, start, _)| start >= clause_start) {
        near = &near[..start - clause_start];
    }
    for organ in &data.organs {
        if organ.forms.iter().any(|f| near.ends_with(f.text.as_str())) {
            return Qualifier::Named(Body::Organ(Organ::from_name(&organ.organ)));
        }
    }
    let (bodies, its) = read.clause(data, before, clause_start);
    if its {
        Qualifier::Its { clause: bodies }
    } else {
        Qualifier::Bare { clause: bodies }
    }
}

/// The bodies a clause names ([`clause_bodies_into`]), for the clause read
/// last: the same clause longer (the clause before the next number of a
/// list, or before the next citation word) reads only what it adds, each
/// name found in the shorter clause being in the longer.
#[derive(Default)]
struct ClauseBodies {
    /// The clause read (a range of the text).
    start: usize,
    end: usize,
    bodies: Bodies,
}

impl ClauseBodies {
    /// Reads the bodies of the clause `text[start..]`. Returns where the
    /// text read this time starts, and whether it goes on from the clause
    /// read before.
    fn read(&mut self, data: &LanguageData, text: &str, start: usize) -> (usize, bool) {
        let end = text.len();
        let goes_on = self.end > self.start && self.start == start && self.end <= end;
        // A word the longer clause holds and the shorter does not ends in
        // the bytes added: it starts fewer than the longest word's bytes
        // before them (an organ's form, fewer than the longest form's).
        let added = |longest: usize| {
            if goes_on {
                floor_char_boundary(
                    text,
                    (self.end + 1).saturating_sub(longest).clamp(start, end),
                )
            } else {
                start
            }
        };
        let (from, organs_from) = (added(data.clause_word_max()), added(data.organ_form_max()));
        if !goes_on {
            self.bodies = Bodies::default();
        }
        self.bodies =
            clause_bodies_into(data, &text[organs_from..end], &text[from..end], self.bodies);
        (self.start, self.end) = (start, end);
        (from, goes_on)
    }
}

/// What the words of a clause before a list say ([`ClauseBodies`], and
/// whether it writes `its`), for the clause before the last number read:
/// the clause before the next number of the list is the same clause
/// longer, and only what it adds is read.
#[derive(Default)]
struct ClauseRead {
    clause: ClauseBodies,
    its: bool,
}

impl ClauseRead {
    /// The bodies and `its` of the clause `text[start..]`.
    fn clause(&mut self, data: &LanguageData, text: &str, start: usize) -> (Bodies, bool) {
        let (from, goes_on) = self.clause.read(data, text, start);
        let added = &text[from..];
        self.its = (goes_on && self.its)
            || data
                .citations
                .its_words
                .iter()
                .any(|w| w.its_share >= 0.5 && added.contains(w.text.as_str()));
        (self.clause.bodies, self.its)
    }
}

/// A citation word of a language (`résolution`, `قرارها`), with what
/// [`CitationWord::rfind_from`] searches for: read once per language.
#[derive(Clone)]
struct CitationWord {
    text: &'static str,
    kind: CitationKind,
    /// How often the word says `its` itself.
    its: f64,
    /// Whether a search can resume from where the last one stopped: the
    /// word cannot overlap itself ([`self_overlaps`]).
    resumable: bool,
    /// The word with its first letter in each case (once in a script
    /// without case), and a searcher for each.
    variants: Vec<(String, memchr::memmem::FinderRev<'static>)>,
    /// A searcher for the word as it is, from the start of a text (a
    /// Chinese word after its list, [`read_citations`]): built once, where
    /// [`str::find`] builds its searcher at each search.
    forward: memchr::memmem::Finder<'static>,
}

impl CitationWord {
    fn new(text: &'static str, kind: CitationKind, its: f64) -> CitationWord {
        let mut variants: Vec<(String, memchr::memmem::FinderRev<'static>)> = Vec::new();
        let mut chars = text.chars();
        if let Some(first) = chars.next() {
            let rest = chars.as_str();
            for variant in first.to_lowercase().chain(first.to_uppercase()) {
                let mut candidate = String::with_capacity(text.len());
                candidate.push(variant);
                candidate.push_str(rest);
                // A script without case gives the same letter twice.
                if variants.iter().all(|(c, _)| *c != candidate) {
                    let finder = memchr::memmem::FinderRev::new(candidate.as_bytes()).into_owned();
                    variants.push((candidate, finder));
                }
            }
        }
        CitationWord {
            text,
            kind,
            its,
            resumable: !self_overlaps(text),
            variants,
            forward: memchr::memmem::Finder::new(text.as_bytes()).into_owned(),
        }
    }

    /// Whether the word (its first letter in either case) starts at `at`
    /// in `text`, as a word of its own ([`stands_alone`]).
    fn starts_at(&self, text: &str, clitics: &[String], at: usize) -> bool {
        self.variants.iter().any(|(candidate, _)| {
            text.as_bytes()
                .get(at..)
                .is_some_and(|rest| rest.starts_with(candidate.as_bytes()))
                && stands_alone(text, clitics, at, candidate.len())
        })
    }

    /// Where the word last starts in `text` as a word of its own (or after
    /// one of the language's clitics, Arabic `وقرارها`), its first letter in
    /// either case, among the occurrences that start at `from` or after (the
    /// text before `from` is still read around them).
    fn rfind_from(&self, text: &str, clitics: &[String], from: usize) -> Option<usize> {
        let mut best = None;
        for (candidate, finder) in &self.variants {
            let mut search = text.len();
            while let Some(at) = text
                .as_bytes()
                .get(from..search)
                .and_then(|hay| finder.rfind(hay))
                .map(|at| from + at)
            {
                if stands_alone(text, clitics, at, candidate.len()) {
                    best = best.max(Some(at));
                    break;
                }
                search = at;
            }
        }
        best
    }
}

/// Whether the `len` bytes of `text` at `at` are a word of their own (or
/// follow one of the language's clitics): no letter or digit on either side.
fn stands_alone(text: &str, clitics: &[String], at: usize, len: usize) -> bool {
    if text[at + len..]
        .chars()
        .next()
        .is_some_and(super::bytes::is_alphanumeric)
    {
        return false;
    }
    let before_text = &text[..at];
    !before_text
        .chars()
        .next_back()
        .is_some_and(super::bytes::is_alphanumeric)
        || clitics.iter().any(|c| {
            before_text.strip_suffix(c.as_str()).is_some_and(|b| {
                !b.chars()
                    .next_back()
                    .is_some_and(super::bytes::is_alphanumeric)
            })
        })
}

/// The citation words of a language, with what tells at once that a text
/// holds none of them.
#[derive(Clone)]
struct CitationWords {
    words: Vec<CitationWord>,
    /// Every variant of every word as one pattern; `None` where there is
    /// none to search for, or it could not be built.
    any: Option<regex::Regex>,
    /// The longest word, in bytes.
    longest: usize,
    /// The parts the words hold, each every variant of some of the words
    /// (every word in one), if they have such parts long enough to be
    /// searched for; empty otherwise.
    anchors: Vec<Anchor>,
    /// The language's organs and organizations by the words of their
    /// names ([`quiet_edit`]; read with the words, once).
    names: NameWords,
    /// How far after a citation word and before it the lead pattern reads
    /// ([`lead_reach`]).
    lead_reach: (usize, usize),
    /// How far after a citation's number and date, past the spaces there,
    /// its reader reads ([`after_reach`]).
    after_reach: usize,
}

/// A part that every variant of some citation words holds (Arabic `قر` of
/// `قرار` and `مقرر`; Russian `езолюци` of `резолюция`, `Резолюцию`, …),
/// with where it starts in each: those words are found where it is, by one
/// search for it instead of one for each word and variant.
#[derive(Clone)]
struct Anchor {
    finder: memchr::memmem::Finder<'static>,
    /// The words that hold it (their indices), and for each, for each of
    /// its variants, where the part starts in it (its first occurrence).
    words: Vec<(usize, Vec<usize>)>,
}

impl Anchor {
    /// The fewest bytes an anchor has: a shorter part (a letter or two of
    /// a Latin script) is in too many other words.
    const SHORTEST: usize = 4;

    /// The anchors of `words`: the longest part that every variant of
    /// every word holds, of at least [`Anchor::SHORTEST`] bytes, else
    /// such parts of groups of them (`résolution`, `décision`), each word
    /// put with the words whose variants it has the longest part in
    /// common with; none where a word is left without one.
    fn all(words: &[CitationWord]) -> Vec<Anchor> {
        let variants = |group: &[usize]| -> Vec<&str> {
            group
                .iter()
                .flat_map(|&i| words[i].variants.iter().map(|(v, _)| v.as_str()))
                .collect()
        };
        let common =
            |group: &[usize]| crate::data::languages::common_part(&variants(group), Self::SHORTEST);
        let mut groups: Vec<Vec<usize>> = Vec::new();
        for i in 0..words.len() {
            let best = groups
                .iter()
                .enumerate()
                .filter_map(|(g, group)| {
                    let mut with = group.clone();
                    with.push(i);
                    common(&with).map(|part| (part.len(), g))
                })
                .max_by_key(|&(len, g)| (len, std::cmp::Reverse(g)));
            match best {
                Some((_, g)) => groups[g].push(i),
                None => groups.push(vec![i]),
            }
        }
        groups
            .iter()
            .map(|group| {
                let part = common(group)?;
                let words = group
                    .iter()
                    .map(|&i| {
                        let offsets = words[i]
                            .variants
                            .iter()
                            .map(|(v, _)| v.find(part).unwrap_or(0))
                            .collect();
                        (i, offsets)
                    })
                    .collect();
                Some(Anchor {
                    finder: memchr::memmem::Finder::new(part.as_bytes()).into_owned(),
                    words,
                })
            })
            .collect::<Option<Vec<Anchor>>>()
            .unwrap_or_default()
    }
}

impl CitationWords {
    fn new(
        words: Vec<CitationWord>,
        names: NameWords,
        (lead_reach, after_reach): ((usize, usize), usize),
    ) -> CitationWords {
        let variants: Vec<String> = words
            .iter()
            .flat_map(|w| w.variants.iter().map(|(v, _)| regex::escape(v)))
            .collect();
        let any = if variants.is_empty() || variants.iter().any(String::is_empty) {
            None
        } else {
            crate::pattern(&variants.join("|")).ok()
        };
        let longest = words.iter().map(|w| w.text.len()).max().unwrap_or(0);
        let anchors = Anchor::all(&words);
        CitationWords {
            words,
            any,
            longest,
            anchors,
            names,
            lead_reach,
            after_reach,
        }
    }

    /// Whether `text` may hold one of the words: `false` only where it
    /// holds none.
    fn may_be_in(&self, text: &str) -> bool {
        if self.anchors.is_empty() {
            return self.any.as_ref().is_none_or(|any| any.is_match(text));
        }
        // Every word holds an anchor.
        self.anchors
            .iter()
            .any(|anchor| anchor.finder.find(text.as_bytes()).is_some())
    }

    /// Whether one of the words (any variant, standing alone or not)
    /// occurs in `text` where what is read with it reaches the place
    /// `at..end` (its ends included): the `tail` bytes after it or the
    /// `head` bytes before it. An occurrence of `len` bytes at `s` does
    /// where `s + len + tail >= at` and `s <= end + head`; one that does
    /// not reads only text before the place or only text after it. `false`
    /// only where none does (without an [`Anchor`], where no word is
    /// within reach at all).
    fn reach(&self, text: &str, at: usize, end: usize, tail: usize, head: usize) -> bool {
        let low = floor_char_boundary(text, at.saturating_sub(self.longest + tail));
        let high = ceil_char_boundary(text, end + head + self.longest);
        if self.anchors.is_empty() {
            return self.may_be_in(&text[low..high]);
        }
        let bytes = text.as_bytes();
        self.anchors.iter().any(|anchor| {
            anchor.finder.find_iter(&bytes[low..high]).any(|hit| {
                anchor.words.iter().any(|(w, offsets)| {
                    let w = &self.words[*w];
                    w.variants.iter().zip(offsets).any(|((v, _), &offset)| {
                        (low + hit).checked_sub(offset).is_some_and(|s| {
                            s + v.len() + tail >= at
                                && s <= end + head
                                && bytes[s..].starts_with(v.as_bytes())
                        })
                    })
                })
            })
        })
    }

    /// For each word, [`CitationWord::rfind_from`]`(text, clitics, from)`
    /// into `found`, the text read once for each part the words have in
    /// common ([`Anchor`]) rather than once for each word: every
    /// occurrence of a word holds its part at the same place in the word,
    /// so only the places where the part is are tried. A word that can
    /// overlap itself is searched alone (`rfind_from` skips an occurrence
    /// that overlaps the one after it).
    fn rfind_each_from(
        &self,
        text: &str,
        clitics: &[String],
        from: usize,
        found: &mut Vec<Option<usize>>,
    ) {
        found.clear();
        found.resize(self.words.len(), None);
        if self.anchors.is_empty() {
            for (w, found) in self.words.iter().zip(found.iter_mut()) {
                *found = w.rfind_from(text, clitics, from);
            }
            return;
        }
        let bytes = text.as_bytes();
        for anchor in &self.anchors {
            // Each occurrence of the part that the anchor's words hold.
            let mut search = from;
            while let Some(hit) = bytes
                .get(search..)
                .and_then(|hay| anchor.finder.find(hay))
                .map(|at| search + at)
            {
                search = hit + 1;
                for (i, offsets) in &anchor.words {
                    let w = &self.words[*i];
                    if !w.resumable {
                        continue;
                    }
                    for ((v, _), &offset) in w.variants.iter().zip(offsets) {
                        let Some(at) = hit.checked_sub(offset).filter(|&at| at >= from) else {
                            continue;
                        };
                        if bytes[at..].starts_with(v.as_bytes())
                            && stands_alone(text, clitics, at, v.len())
                        {
                            found[*i] = found[*i].max(Some(at));
                        }
                    }
                }
            }
        }
        for (w, found) in self.words.iter().zip(found.iter_mut()) {
            if !w.resumable {
                *found = w.rfind_from(text, clitics, from);
            }
        }
    }
}

/// The citation word nearest before each number of a line, the numbers
/// read in their order: for each word, where it was last found in the text
/// before the last number. The next number's search reads only the text
/// added since (a search read the whole text before each number of each
/// list), and none of it where that text holds no word at all.
struct LeadSearch {
    /// The length of the text before the last number, once searched.
    searched: Option<usize>,
    /// For each word, where it last starts in that text.
    found: Vec<Option<usize>>,
    /// For each word, where it last starts in the text the last search
    /// read ([`CitationWords::rfind_each_from`]).
    each: Vec<Option<usize>>,
}

impl LeadSearch {
    fn new(words: &CitationWords) -> LeadSearch {
        LeadSearch {
            searched: None,
            found: vec![None; words.words.len()],
            each: Vec::with_capacity(words.words.len()),
        }
    }

    /// The search as it is after finding, in `before` (the text before a
    /// number), that `lead` is where the citation word nearest its end
    /// starts (`None`: `before` holds none): the words that start there
    /// are found there, and none of the others starts after it. Where each
    /// of those others last starts before it is not known, and need not
    /// be: a search resumed reads the words from the text it adds and
    /// keeps the nearest (`lead` or one found in that text).
    fn after(
        words: &CitationWords,
        before: &str,
        clitics: &[String],
        lead: Option<usize>,
    ) -> LeadSearch {
        let mut search = LeadSearch::new(words);
        if let Some(lead) = lead {
            // (No word starts after `lead`: one that starts there, as a
            // word of its own, is the last of its own from there on,
            // told without searching the text after it.)
            for (w, found) in words.words.iter().zip(search.found.iter_mut()) {
                *found = w.starts_at(before, clitics, lead).then_some(lead);
                debug_assert_eq!(*found, w.rfind_from(before, clitics, lead));
            }
        }
        search.searched = Some(before.len());
        search
    }

    /// The citation word that starts last in `before` (the text before a
    /// number), as a word of its own ([`CitationWord::rfind_from`]): where,
    /// and which (the last of the words found there).
    fn nearest<'w>(
        &mut self,
        words: &'w CitationWords,
        before: &str,
        clitics: &[String],
    ) -> Option<(usize, &'w CitationWord)> {
        let resumed = self.searched.filter(|&len| len <= before.len());
        // Whether the text that each word's resumed search reads holds a
        // word at all.
        let added_holds_a_word = resumed.is_some_and(|len| {
            words.may_be_in(
                &before[floor_char_boundary(before, len.saturating_sub(words.longest + 4))..],
            )
        });
        // Each word's last occurrence, searched for all of them at once:
        // in the whole text, or from where the first word's resumed
        // search starts (the longest word's).
        let each = &mut self.each;
        match resumed {
            None => words.rfind_each_from(before, clitics, 0, each),
            Some(len) if added_holds_a_word => {
                let low = floor_char_boundary(before, len.saturating_sub(words.longest + 4));
                words.rfind_each_from(before, clitics, low, each);
            }
            Some(_) => each.clear(),
        }
        let nearest = words
            .words
            .iter()
            .zip(self.found.iter_mut())
            .zip(each.iter().copied().chain(std::iter::repeat(None)))
            .filter_map(|((w, found), each)| {
                let at = match resumed {
                    Some(len) if w.resumable => {
                        // An occurrence that starts before `low` ends
                        // before the text searched last time, and reads
                        // as it did then.
                        let low = floor_char_boundary(before, len.saturating_sub(w.text.len() + 4));
                        // (`each` searched from no later than `low`.)
                        let added = each.filter(|&at| at >= low);
                        match added {
                            Some(at) => Some(at),
                            None => match *found {
                                Some(at) if at >= low => w.rfind_from(before, clitics, 0),
                                found => found,
                            },
                        }
                    }
                    Some(_) => w.rfind_from(before, clitics, 0),
                    None => each,
                };
                *found = at;
                Some((at?, w))
            })
            .max_by_key(|&(at, _)| at);
        self.searched = Some(before.len());
        nearest
    }
}

/// `at`, or the nearest character boundary of `text` before it.
pub(super) fn floor_char_boundary(text: &str, mut at: usize) -> usize {
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// `at` within `text`, or the end of the character it falls in.
pub(super) fn ceil_char_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at += 1;
    }
    at
}

/// The citation words of `data`'s language, read once.
fn citation_words(data: &'static LanguageData) -> std::borrow::Cow<'static, CitationWords> {
    static WORDS: [std::sync::OnceLock<CitationWords>; Language::ALL.len()] =
        [const { std::sync::OnceLock::new() }; Language::ALL.len()];
    let build = || -> CitationWords {
        CitationWords::new(
            data.citations
                .words
                .iter()
                .map(|w| {
                    let kind = if w.kind == "decision" {
                        CitationKind::Decision
                    } else {
                        CitationKind::Resolution
                    };
                    CitationWord::new(w.text.as_str(), kind, w.its_share)
                })
                .collect(),
            NameWords::new(data),
            (lead_reach(data), after_reach(data)),
        )
    };
    // The slot of the data's own language: only that language's data is
    // compared (looking at every language's would read, and build, the
    // data of every language before it).
    match Language::from_code(&data.language)
        .filter(|l| l.data().is_some_and(|d| std::ptr::eq(d, data)))
        .and_then(|l| Language::ALL.iter().position(|&other| other == l))
    {
        Some(slot) => std::borrow::Cow::Borrowed(WORDS[slot].get_or_init(build)),
        None => std::borrow::Cow::Owned(build()),
    }
}

/// Whether `word`, with its first letter in either case, can overlap
/// itself (`abab`): [`CitationWord::rfind_from`] then skips an occurrence that overlaps
/// the one after it, and a search resumed from the last one could differ.
fn self_overlaps(word: &str) -> bool {
    let mut chars = word.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    let rest = chars.as_str();
    first
        .to_lowercase()
        .chain(first.to_uppercase())
        .any(|variant| {
            let candidate = format!("{variant}{rest}");
            (1..candidate.len())
                .filter(|&k| candidate.is_char_boundary(k))
                .any(|k| candidate.ends_with(&candidate[..k]))
        })
}

fn session_ref(kind: SessionKind, session: u32) -> SessionRef {
    match kind {
        SessionKind::Regular => SessionRef::Regular(session),
        SessionKind::Special => SessionRef::Special(session),
        SessionKind::Emergency => SessionRef::Emergency(session),
    }
}

/// The organ named between a citation word and a number of its list
/// (`قرار مجلس الأمن 1624`): the first organ, in the order of the data,
/// one of whose forms the text between them holds. For the next number of
/// the list, that text is the same text longer, and only what it adds is
/// read (a list is not read again for each of its numbers).
#[derive(Default)]
struct BetweenRead {
    /// The text read (a range of the body).
    start: usize,
    end: usize,
    /// The index in `data.organs` of the first organ it names.
    first: Option<usize>,
}

impl BetweenRead {
    /// The organ named in `body[start..end]`.
    fn organ(
        &mut self,
        data: &LanguageData,
        body: &str,
        start: usize,
        end: usize,
    ) -> Option<Organ> {
        let from = if self.start == start && self.end <= end {
            // A form the longer text holds and the shorter does not ends
            // in the bytes added.
            floor_char_boundary(
                body,
                self.end.saturating_sub(data.organ_form_max()).max(start),
            )
        } else {
            self.first = None;
            start
        };
        // Only an organ before the first found can come first.
        let limit = self.first.unwrap_or(data.organs.len());
        if let Some(found) = first_organ_in(data, &body[from..end], limit) {
            self.first = Some(found);
        }
        (self.start, self.end) = (start, end);
        self.first
            .map(|at| Organ::from_name(&data.organs[at].organ))
    }
}

/// The index in `data.organs` of the first organ, among the `limit`
/// first, one of whose forms `text` holds.
fn first_organ_in(data: &LanguageData, text: &str, limit: usize) -> Option<usize> {
    // Most texts between a citation word and its number name no organ:
    // one search tells.
    if limit == 0 || !data.may_name_an_organ(text) {
        return None;
    }
    (0..limit.min(data.organs.len())).find(|&i| data.names_organ(i, text))
}

/// What the words around a citation say of the organ that adopted it:
/// an organ named between the word and the number (`named_between`, see
/// [`BetweenRead`]) or after the number (and its date), else `its` (`sa`,
/// `su`) just before the word, else nothing. `clause` keeps what the
/// words before the last citation word read say ([`BodiesRead`]): the
/// numbers of a list share their word, and the next word reads on from it.
fn qualifier(
    data: &LanguageData,
    before: &str,
    named_between: Option<Organ>,
    after: &str,
    clause: &mut BodiesRead,
) -> Qualifier {
    let organ_after = || {
        data.organs.iter().find_map(|o| {
            let organ = Organ::from_name(&o.organ);
            o.forms.iter().find_map(|f| {
                let hit = data.citations.organ_positions.iter().any(|p| {
                    p.position == "after"
                        && after
                            .strip_prefix(p.connector.as_str())
                            .is_some_and(|rest| rest.starts_with(f.text.as_str()))
                });
                hit.then_some(organ)
            })
        })
    };
    if let Some(organ) = named_between.or_else(organ_after) {
        return Qualifier::Named(Body::Organ(organ));
    }
    // Another body named right after the number (`резолюцию 1993/51
    // Комиссии по правам человека`): a learned name, or in a language that
    // names the organ right after the number and writes its common words
    // in lower case, a capitalized word.
    let next = after.trim_start();
    let named_after = data
        .citations
        .organ_positions
        .iter()
        .any(|p| p.position == "after" && p.connector.trim().is_empty());
    if named_after
        && data.openings.case == "lower"
        && after.starts_with(' ')
        && next.starts_with(crate::syntax::bytes::is_uppercase)
    {
        return Qualifier::Named(Body::Organ(Organ::Other));
    }
    // A name the data aligns with an organization's, written with a
    // capital where the language has one.
    if data.opens_with_an_organization_name(next) {
        return Qualifier::Named(Body::Organ(Organ::Other));
    }
    // The bodies the clause names before the citation word (`la Commission
    // économique pour l’Amérique latine et les Caraïbes a adopté la
    // résolution 574 (XXVII)`), for the resolver to weigh, and whether the
    // word before it says `its`.
    let (clause, its) = clause.read(data, before);
    if its {
        Qualifier::Its { clause }
    } else {
        Qualifier::Bare { clause }
    }
}

/// What the words before a citation word say ([`qualifier`]): the bodies
/// named in the clause they end (after the last `;` or `.`, read as a
/// [`ClauseBodies`]) and whether the last of them says `its`. The next
/// citation word of the line reads only the text added since: a line of
/// many citations is not read again from its clause's start for each.
#[derive(Default)]
struct BodiesRead {
    clause: ClauseBodies,
    its: bool,
}

impl BodiesRead {
    /// Takes `bodies` as those the clause that `before` ends names (read
    /// by [`BodiesRead::read`] of `before` for an earlier reading of the
    /// same text).
    fn seed(&mut self, data: &LanguageData, before: &str, bodies: Bodies) {
        let start = before.rfind([';', '.']).map_or(0, |at| at + 1);
        self.clause = ClauseBodies {
            start,
            end: before.len(),
            bodies,
        };
        self.its = ends_with_its(data, before);
    }

    /// The bodies and `its` of the words of `before`, which begins with
    /// the text read last, if any.
    fn read(&mut self, data: &LanguageData, before: &str) -> (Bodies, bool) {
        let read = &self.clause;
        let goes_on = read.end > read.start && read.end <= before.len();
        if !(goes_on && read.end == before.len()) {
            // The clause's start: after a mark in the added text, else
            // where it was.
            let start = if goes_on {
                before[read.end..]
                    .rfind([';', '.'])
                    .map_or(read.start, |at| read.end + at + 1)
            } else {
                before.rfind([';', '.']).map_or(0, |at| at + 1)
            };
            self.clause.read(data, before, start);
            self.its = ends_with_its(data, before);
        }
        (self.clause.bodies, self.its)
    }
}

/// Whether the last word of `before` is one of the language's words for
/// `its` (`sa`, `su`).
fn ends_with_its(data: &LanguageData, before: &str) -> bool {
    let its_words = &data.citations.its_words;
    // (Arabic has none: its citation words say it.)
    if its_words.is_empty() {
        return false;
    }
    let last_word = before
        .trim_end()
        .rsplit(|c: char| !super::bytes::is_alphanumeric(c))
        .next()
        .unwrap_or("");
    its_words.iter().any(|w| w.text == last_word)
}

/// `bodies` with the bodies `text` names added: the organs by their
/// learned forms (looked for in `organs_in`, the end of `text` where the
/// forms it holds are those of the text read before and those that end
/// after it: see [`ClauseBodies::read`]), any other organization by its
/// aligned name (names of low reliability too, which are cut short rather
/// than wrong: `Comisión de la Condición Jurídica y Social`; a body named
/// only makes the resolver more careful).
fn clause_bodies_into(
    data: &LanguageData,
    organs_in: &str,
    text: &str,
    mut bodies: Bodies,
) -> Bodies {
    // Most clauses name no organ: one search tells.
    if data.may_name_an_organ(organs_in) {
        for (i, organ) in data.organs.iter().enumerate() {
            if data.names_organ(i, organs_in) {
                bodies = bodies.with(Body::Organ(Organ::from_name(&organ.organ)));
            }
        }
    }
    // A name, not a common noun (`Conférence`, not `conférence`); Arabic
    // and Chinese names have no capital.
    if data.names_an_organization(text) {
        bodies = bodies.with(Body::Organ(Organ::Other));
    }
    bodies
}

/// Reads the candidate footnote markers of a line (found by
/// [`super::footnote::scan_markers`] as in English) with what the language's
/// data says, from `from` on:
///
/// - a decimal comma is no marker (`0,75 pour cent`, [`after_decimal_comma`]);
/// - a day written as the language writes it (`1er janvier`) is none;
/// - digits after the year of a date in the language (`17 mai 20131`,
///   `17 de mayo de 20131`) are a marker, as after an English date;
/// - a marker split off a name the data says ends in a number (`Action
///   214`, `Programa 213`: Agenda 21) is as sure as one split off a number
///   too long ([`MarkerKind::KnownName`]);
/// - in a language that puts its markers before punctuation (French
///   `74/553 ;`, Spanish `76/403;`: `footnote_markers.after`), the last
///   digits of a resolution's number before the mark that ends the
///   paragraph are as sure ([`MarkerKind::BeforeMark`]); not those of a
///   list (`57/63, de 20 de diciembre de 2002, 58/44,`), where each number
///   is followed by a comma, nor of a document's symbol (`A/70/81.`); and
///   the digits after a year-shaped number are a marker (`en 20151,`).
pub fn read_markers(data: &LanguageData, text: &str, from: usize, markers: &mut Vec<Marker>) {
    let start = markers.partition_point(|m| (m.span.start as usize) < from);
    if start == markers.len() {
        return;
    }
    let before_mark = data.markers_before_punctuation();
    let names = &data.footnote_markers.names;
    let mut i = start;
    while i < markers.len() {
        let m = markers[i];
        let (s, e) = (m.span.start as usize, m.span.end as usize);
        let drop = after_decimal_comma(text, m.span)
            || (m.kind == MarkerKind::BeforeWord && is_day_form(data, text, s));
        if drop {
            markers.remove(i);
            continue;
        }
        let kind = match m.kind {
            // Where markers go before punctuation, `en 20151,` is the year
            // and its marker as surely as after a month (the texts write
            // no five-digit number from 19000 on: thousands are spaced).
            MarkerKind::Year if before_mark || year_of_a_date(data, &text[..s]) => MarkerKind::Date,
            MarkerKind::Name
                if m.name != 0
                    && names
                        .iter()
                        .any(|n| super::footnote::hash(&n.text) == m.name) =>
            {
                MarkerKind::KnownName
            }
            MarkerKind::Symbol
                if before_mark && ends_paragraph(&text[e..]) && numbered_decision(&text[..s]) =>
            {
                MarkerKind::BeforeMark
            }
            other => other,
        };
        markers[i].kind = kind;
        i += 1;
    }
}

/// Whether `rest` is only the mark that ends a paragraph (`;`, ` ;` with
/// the French space, `.`).
fn ends_paragraph(rest: &str) -> bool {
    let rest = rest.trim_start_matches([' ', '\u{a0}', '\u{202f}']);
    rest.starts_with([',', ';', ':', '.']) && rest[1..].trim().is_empty()
}

/// Whether `before` ends with the start of the number of a resolution or
/// decision (`76/40` of `76/403`, `XII/32` of `XII/327`: a session in
/// figures or roman numerals, a slash and digits), not of a document's
/// symbol (`A/70/81`, `CD/1299`).
fn numbered_decision(before: &str) -> bool {
    let start = before.len()
        - before
            .bytes()
            .rev()
            .take_while(|b| b.is_ascii_alphanumeric() || *b == b'/')
            .count();
    let token = &before[start..];
    let Some((session, number)) = token.split_once('/') else {
        return false;
    };
    let roman = |s: &str| !s.is_empty() && s.bytes().all(|b| b"IVXLC".contains(&b));
    (session.bytes().all(|b| b.is_ascii_digit()) || roman(session))
        && !session.is_empty()
        && number.bytes().all(|b| b.is_ascii_digit())
        && !before[..start].ends_with(|c: char| {
            crate::syntax::bytes::is_alphanumeric(c) || matches!(c, '.' | '-' | '‑')
        })
}

/// Whether a day as the language writes it (`1er`) starts at `at`.
fn is_day_form(data: &LanguageData, text: &str, at: usize) -> bool {
    data.dates.day_forms.iter().any(|d| {
        text[at..]
            .strip_prefix(d.text.as_str())
            .is_some_and(|rest| !rest.starts_with(crate::syntax::bytes::is_alphanumeric))
    })
}

/// Whether `before` (the text before the digits after a year) ends with a
/// month and what the template writes between it and the year (`mai `,
/// `mayo de `), the year's four digits after it: `17 mai 20131`.
fn year_of_a_date(data: &LanguageData, before: &str) -> bool {
    let template = &data.dates.template;
    let Some(between) = template
        .split_once("{month}")
        .and_then(|(_, rest)| rest.split_once("{year}"))
        .map(|(between, _)| between)
    else {
        return false;
    };
    // The year's four digits stand before the marker.
    let Some(before) = before.get(..before.len().saturating_sub(4)) else {
        return false;
    };
    let Some(words) = before.strip_suffix(between) else {
        return false;
    };
    data.dates.months.iter().any(|month| {
        month.forms.iter().any(|f| {
            words
                .strip_suffix(f.text.as_str())
                .is_some_and(|w| !w.ends_with(crate::syntax::bytes::is_alphanumeric))
        })
    })
}

/// The footnote markers that the language writes and the English reader
/// does not see: Arabic `(2)` glued to a word or after punctuation
/// (`الإنسان(2)،`; the marker is the number, its brackets stay), Chinese
/// digits after full-width punctuation and before a space or the end of
/// the line (`决定、1 2013年`, `宣言》，1 其中`). Readings the English
/// scanner already has are not repeated.
pub fn scan_markers(data: &LanguageData, text: &str, from: usize, out: &mut Vec<Marker>) {
    read_markers_of(data, text, from, out, false);
}

/// [`scan_markers`], which reads the runs of digits that may be markers
/// (after `(` where markers are bracketed, after `»` in the other
/// languages but Chinese), or every run if `every_run` (what a test
/// compares it with).
fn read_markers_of(
    data: &LanguageData,
    text: &str,
    from: usize,
    out: &mut Vec<Marker>,
    every_run: bool,
) {
    let Some(body) = text.get(from..) else {
        return;
    };
    let bracketed = data.markers_bracketed();
    let chinese = data.language == "zh";
    let bytes = body.as_bytes();
    // Reads the run of digits at `start` (not after a digit) as a marker
    // if it is one, and returns where the run ends.
    let read_run = |start: usize, out: &mut Vec<Marker>| -> usize {
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        if end - start > 3 || bytes[start] == b'0' {
            return end;
        }
        let before = &body[..start];
        let after = &body[end..];
        // The export's direction marks between a mark and its marker
        // (`，\u{200e}2 而且`) are not there for the reader.
        let previous = before
            .trim_end_matches(is_direction_mark)
            .chars()
            .next_back();
        let found = if bracketed {
            // `word(2)`, `1967(4)`: the bracket glued to what it documents.
            before.strip_suffix('(').is_some_and(|b| {
                b.chars()
                    .next_back()
                    .is_some_and(|c| !c.is_whitespace() && c != '(')
            }) && after.starts_with(')')
                && !after[1..].starts_with(|c: char| c.is_ascii_alphanumeric() || "/-(".contains(c))
        } else if chinese {
            // After full-width punctuation or glued to a word (not to
            // `第`, which makes the number an ordinal), before a space, the
            // end, an opening mark or the next word.
            let after = after.trim_start_matches(is_direction_mark);
            let closing = previous.is_some_and(|c| matches!(c, '》' | '”' | '）' | ')'));
            let glued = previous.is_some_and(|c| is_han(c) && c != '第');
            previous.is_some_and(|c| {
                matches!(
                    c,
                    '，' | '；' | '。' | '：' | '、' | '》' | '”' | '）' | ')'
                ) || glued
            }) && after.chars().next().is_none_or(|c| {
                c == ' '
                            || matches!(c, '《' | '“')
                            || (closing && is_han(c) && !HAN_UNITS.contains(c))
                            // `两公约3，`: glued to a word before a mark, a
                            // reading the footnotes that exist must confirm.
                            || (glued && matches!(c, '，' | '；' | '。'))
            })
        } else {
            // After a closing guillemet (`»10,`), or after its space before
            // punctuation (`вопросам» 25,`: a number standing alone after a
            // quoted title is its marker).
            (previous == Some('»')
                && !after.starts_with(|c: char| crate::syntax::bytes::is_alphanumeric(c)))
                || (before.ends_with("» ")
                    && after.starts_with([',', ';', '.', ':'])
                    && !after[1..].starts_with(|c: char| c.is_ascii_digit()))
        };
        // (Its digits are read only where it reads as a marker: most runs
        // do not.)
        if !found {
            return end;
        }
        let Ok(number) = body[start..end].parse::<u32>() else {
            return end;
        };
        let span = Span::new(from + start, from + end);
        if !bracketed && grouped_number(after) {
            return end;
        }
        if !out.iter().any(|m| m.span == span) {
            // A run of its own, in the order of the line: the runs after it
            // move up by one.
            let at = out.partition_point(|m| m.span.start < span.start);
            // Numbers only where the marker reading is the line's only
            // reading of the run.
            if out
                .iter()
                .any(|m| m.span.start < span.end && span.start < m.span.end)
            {
                return end;
            }
            let run = match at {
                0 => out.first().map_or(0, |m| m.run),
                _ => out[at - 1].run.wrapping_add(1),
            };
            for m in &mut out[at..] {
                m.run = m.run.wrapping_add(1);
            }
            out.insert(
                at,
                Marker {
                    number,
                    span,
                    kind: if bracketed {
                        MarkerKind::Word
                    } else if previous.is_some_and(is_han) {
                        MarkerKind::AfterNumber
                    } else {
                        MarkerKind::Punctuation
                    },
                    run,
                    name: 0,
                    token: 0,
                },
            );
        }
        end
    };
    if bracketed && !chinese && !every_run {
        // Only a run glued after `(` reads so.
        for at in memchr::memchr_iter(b'(', bytes) {
            if bytes.get(at + 1).is_some_and(u8::is_ascii_digit) {
                read_run(at + 1, out);
            }
        }
    } else if chinese || every_run {
        let mut i = 0;
        while i < bytes.len() {
            match super::bytes::find_digit(bytes, i) {
                Some(at) => i = at,
                None => break,
            }
            if i > 0 && bytes[i - 1].is_ascii_digit() {
                i += 1;
                continue;
            }
            i = read_run(i, out);
        }
    } else {
        // A marker reads so only after `»` (and the direction marks after
        // it) or after `» `: only the runs there are read, not every run of
        // the line (most lines have no `»`).
        // (`»` is C2 BB: its second byte, found by `memchr`, with the
        // first before it.)
        let guillemets =
            memchr::memchr_iter(0xbb, bytes).filter(|&at| at > 0 && bytes[at - 1] == 0xc2);
        for at in guillemets {
            let after = at + 1;
            let marks =
                body[after..].len() - body[after..].trim_start_matches(is_direction_mark).len();
            if bytes.get(after + marks).is_some_and(u8::is_ascii_digit) {
                read_run(after + marks, out);
            }
            if bytes.get(after) == Some(&b' ')
                && bytes.get(after + 1).is_some_and(u8::is_ascii_digit)
            {
                read_run(after + 1, out);
            }
        }
    }
    if !bracketed && !chinese && data.markers_before_punctuation() {
        tails_after_word(text, from, out);
    }
}

/// `статьи 12,`: article 1 and the marker of footnote 2. English writes
/// the marker after the punctuation (`article 1,2`), and reads the digits
/// after a capitalized word (`Article 12`, `Agenda 216`) as a name and a
/// marker split off it ([`MarkerKind::Name`]). A language that puts its
/// markers before punctuation glues one to a number that ends the words it
/// documents, after a word in lower case as its articles and paragraphs
/// are written (`статьи`, `article`, `artículo`): a number of two or three
/// digits after such a word and a space, right before the punctuation
/// (the French space before `;` and `:` allowed), has each of its tails
/// read as such a marker. The resolver takes one only as the footnote due
/// in a list of markers counting up to the next certain one, as for
/// `Agenda 216`; `мысли 6;` (one digit) is none.
fn tails_after_word(text: &str, from: usize, out: &mut Vec<Marker>) {
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        match super::bytes::find_digit(bytes, i) {
            Some(at) => i = at,
            None => break,
        }
        let start = i;
        let end = start
            + bytes[start..]
                .iter()
                .take_while(|b| b.is_ascii_digit())
                .count();
        i = end;
        if !(2..=3).contains(&(end - start)) || bytes[start] == b'0' {
            continue;
        }
        let Some(before) = text[..start].strip_suffix(' ') else {
            continue;
        };
        let word_start = before.len()
            - before
                .chars()
                .rev()
                .take_while(|&c| super::bytes::is_alphabetic(c))
                .map(char::len_utf8)
                .sum::<usize>();
        let word = &before[word_start..];
        if word.chars().count() < 2 || !word.chars().all(super::bytes::is_lowercase) {
            continue;
        }
        let after = &text[end..];
        let spaced = after.trim_start_matches(['\u{a0}', '\u{202f}', ' ']);
        let mark = match after.chars().next() {
            Some(',' | ';' | ':' | '.') => after,
            Some('\u{a0}' | '\u{202f}' | ' ') if spaced.starts_with([';', ':']) => spaced,
            _ => continue,
        };
        if mark[1..].starts_with(|c: char| c.is_ascii_digit()) {
            // `12,5`: a decimal comma.
            continue;
        }
        if out
            .iter()
            .any(|m| m.span.start < end as u32 && (start as u32) < m.span.end)
        {
            continue;
        }
        let at = out.partition_point(|m| (m.span.start as usize) < start);
        let run = match at {
            0 => out.first().map_or(0, |m| m.run),
            _ => out[at - 1].run.wrapping_add(1),
        };
        for m in &mut out[at..] {
            m.run = m.run.wrapping_add(1);
        }
        let token = super::footnote::hash(&text[word_start..end]);
        let tails = (1..end - start).rev().filter_map(|cut| {
            let tail = &text[start + cut..end];
            let number = tail.parse().ok().filter(|_| !tail.starts_with('0'))?;
            Some(Marker {
                number,
                span: Span::new(start + cut, end),
                kind: MarkerKind::Name,
                run,
                name: super::footnote::hash(&text[word_start..start + cut]),
                token,
            })
        });
        let tails: Vec<Marker> = tails.collect();
        out.splice(at..at, tails);
    }
}

/// The characters that make a number glued before them a quantity, a
/// date or an ordinal, not a footnote marker (`2013年`, `5月`, `第5段`,
/// `3个`).
const HAN_UNITS: &str = "年月日号条款段项章节次届个名部卷期版页周岁类";

fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether a marker read at `span` of a Chinese line `text` is a number of
/// the words around it: after `第` (an ordinal, `第973 (X)号`), or glued to
/// the last word of a heading (`指南4`, Guideline 4).
pub fn chinese_number_not_marker(text: &str, span: Span, heading: bool) -> bool {
    let before = text[..span.start as usize].chars().next_back();
    before == Some('第')
        || (heading
            && before.is_some_and(is_han)
            && text[span.end as usize..]
                .trim_start_matches(is_direction_mark)
                .trim()
                .is_empty())
}

/// `决定112 所设`: decision 1 and footnote 12, glued to a Chinese word
/// that ends in a number. The run's shorter tails are read too (digits too
/// many for the number they end), for the resolver to take the one the
/// footnotes confirm.
pub fn chinese_tails(text: &str, out: &mut Vec<Marker>) {
    let mut extra = Vec::new();
    for m in out.iter_mut() {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        // Three digits glued to a word are more often a number and a
        // marker than a marker past the hundredth.
        if end - start >= 3
            && text[start..end].bytes().all(|b| b.is_ascii_digit())
            && text[..start].chars().next_back().is_some_and(is_han)
        {
            m.kind = MarkerKind::LongNumber;
        }
    }
    for m in out.iter() {
        let (start, end) = (m.span.start as usize, m.span.end as usize);
        let digits = &text[start..end];
        if digits.len() < 2
            || !digits.bytes().all(|b| b.is_ascii_digit())
            || !text[..start].chars().next_back().is_some_and(is_han)
        {
            continue;
        }
        for cut in 1..digits.len() {
            let tail = &digits[cut..];
            if tail.starts_with('0') {
                continue;
            }
            let Ok(number) = tail.parse() else {
                continue;
            };
            let span = Span::new(start + cut, end);
            if out.iter().chain(&extra).any(|o: &Marker| o.span == span) {
                continue;
            }
            extra.push(Marker {
                number,
                span,
                kind: MarkerKind::LongNumber,
                run: m.run,
                name: 0,
                token: 0,
            });
        }
    }
    for m in extra {
        let at = out.partition_point(|o| o.run <= m.run);
        out.insert(at, m);
    }
}

/// Whether the digits before `after` are the first group of a number
/// written in groups of three (`276 200`, `15 644 400`).
pub fn grouped_number(after: &str) -> bool {
    let Some(rest) = after
        .strip_prefix(' ')
        .or_else(|| after.strip_prefix('\u{a0}'))
        .or_else(|| after.strip_prefix('\u{202f}'))
    else {
        return false;
    };
    rest.len() >= 3
        && rest.as_bytes()[..3].iter().all(u8::is_ascii_digit)
        && !rest.as_bytes().get(3).is_some_and(u8::is_ascii_digit)
}

/// Whether the digits at `span` follow a decimal comma (`0,75`, `4,6`,
/// `23 053,7`): a number before the comma that does not end a word (as
/// the marker of `Conférence1,2` does).
pub fn after_decimal_comma(text: &str, span: Span) -> bool {
    let Some(before) = text.get(..span.start as usize) else {
        return false;
    };
    let Some(before) = before.strip_suffix(',') else {
        return false;
    };
    let digits = before.len() - before.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    digits > 0
        && !before[..before.len() - digits]
            .chars()
            .next_back()
            .is_some_and(crate::syntax::bytes::is_alphabetic)
}

/// The lettered part a citation's number ends with (`74/232 B`, `217 A
/// (III)`): where the letters start in `written` and their mask (bit 0 for
/// A).
fn part_letters(data: &LanguageData, written: &str) -> Option<(usize, u32)> {
    let core = written.split(" (").next().unwrap_or(written);
    let (number, letter) = core.rsplit_once(' ')?;
    if !number.ends_with(|d: char| d.is_ascii_digit()) {
        return None;
    }
    // The language's letters (Arabic `باء`, Cyrillic `Н`) as the corpus
    // aligns them with the English ones.
    let letter = data
        .citations
        .part_letters
        .iter()
        .find(|l| l.text == letter)
        .map_or(letter, |l| l.english.as_str());
    let mut chars = letter.chars();
    let c = chars.next()?;
    if chars.next().is_some() || !c.is_ascii_uppercase() {
        return None;
    }
    Some((number.len() + 1, 1 << (c as u8 - b'A')))
}

/// The English end mark (`,` `;` `.` `:`) that the language's mark `c`
/// is (Arabic `،` `؛`, Chinese `，` `；` `。` `：`), as the corpus aligns
/// them; `None` for a character that is no end mark of the language.
pub fn english_mark(data: &LanguageData, c: char) -> Option<char> {
    data.english_mark(c)
}

/// How the language writes the end mark `mark` (`,` `;` `.` `:`), as the
/// corpus shows it: French ` ;` and ` :` with their space.
pub fn end_mark(data: &LanguageData, mark: char) -> String {
    end_form(data, mark).map_or_else(|| mark.to_string(), str::to_owned)
}

/// The corpus's most frequent form of the end mark `mark`, if the language
/// has learned one ([`end_mark`] writes `mark` itself otherwise).
fn end_form(data: &LanguageData, mark: char) -> Option<&str> {
    data.punctuation
        .iter()
        .find(|m| m.english.starts_with(mark))
        .and_then(|m| m.forms.iter().max_by_key(|f| f.count))
        .map(|f| f.text.as_str())
}

/// The last character's span `tail` of `text`, with the space before it
/// where the language writes one (French `rapport ;`, a no-break space in
/// typeset text): a fix that replaces the mark replaces the space too.
pub fn spaced_tail(data: &LanguageData, text: &str, tail: Span) -> Span {
    let Some(mark) = text[tail.start as usize..].chars().next() else {
        return tail;
    };
    // The character before first: most marks follow no space, and how the
    // language writes the mark is then not looked up.
    let Some(space) = text[..tail.start as usize]
        .chars()
        .next_back()
        .filter(|c| c.is_whitespace())
    else {
        return tail;
    };
    // (`end_mark(data, mark).starts_with(' ')`, read without writing it.)
    let spaced = end_form(data, mark).map_or(mark == ' ', |form| form.starts_with(' '));
    if !spaced {
        return tail;
    }
    Span::new(tail.start as usize - space.len_utf8(), tail.end as usize)
}

/// The internal references of `text[from..]` as the language writes them
/// (`paragraphe 5 ci-dessus`, `au paragraphe 5 de la présente résolution`):
/// a reference word, a number and a learned scope after it. A scope the
/// corpus aligns with `of the present resolution` (`de la présente
/// résolution`, which English also renders `above`) points into the
/// operative part, wherever the paragraph stands; a scope of `below`
/// (`paragraphe 5 ci-dessous`, `ci-après`, Spanish `párrafo 5 infra`)
/// points below; the others point above (`ci-dessus`, `supra`). The
/// corpus shows neither `below` nor `supra`: the data derives them from
/// the languages' editorial usage. Spanish mostly writes no word for
/// `above` (`en el párrafo 5`): that is not read, so that `párrafo 5` of
/// another text is never taken for the text's own. `normalized_body` is
/// `text[from..]` normalized, as for [`scan_citations`].
pub fn scan_references(
    data: &LanguageData,
    text: &str,
    from: usize,
    normalized_body: &Normalized,
    out: &mut Vec<ParagraphRef>,
) {
    let Some(body) = text.get(from..) else {
        return;
    };
    let found = data.references_in(normalized_body);
    for (i, &(number, start, end)) in found.iter().enumerate() {
        // A scope written before the number (Chinese `上文第5段`) decides;
        // the word after it (`段`) is then the reference's own form, found
        // after every reference whatever its scope.
        let before_scope = data
            .references
            .scopes
            .before_number
            .iter()
            .find(|p| body[..start].ends_with(p.text.as_str()))
            .and_then(ScopePhrase::scope);
        let after = body[end..].trim_start();
        let present = data.references.scopes.after_number.iter().any(|p| {
            p.scopes.get("present").is_some_and(|&n| n > 0) && after.starts_with(p.text.as_str())
        });
        // Through the rest of a list (`párrafos 3 y 5 infra`): the phrase
        // after its last number.
        let rest = data.past_list(&body[end..]);
        let below = data.references.scopes.after_number.iter().any(|p| {
            p.scope() == Some("below")
                && rest
                    .trim_start()
                    .strip_prefix(p.text.as_str())
                    .is_some_and(|rest| !rest.starts_with(crate::syntax::bytes::is_alphanumeric))
        });
        let span = Span::new(start, end).shift(from);
        let list_end = found
            .get(i + 1)
            .is_none_or(|&(_, next, _)| next.saturating_sub(end) > 8);
        out.push(ParagraphRef {
            paragraph: Some(number),
            suffix: None,
            sub: None,
            sub_suffix: None,
            span,
            number_span: Some(span),
            sub_span: None,
            through: false,
            list_end,
            scope: if let Some(scope) = before_scope {
                match scope {
                    "present" => RefScope::PresentText,
                    "below" => RefScope::Below,
                    _ => RefScope::Above,
                }
            } else if present {
                RefScope::PresentText
            } else if below {
                RefScope::Below
            } else {
                RefScope::Above
            },
        });
    }
}

/// The longest, in bytes, of the clitics a citation word may carry.
fn longest_clitic(data: &LanguageData) -> usize {
    data.citations
        .clitics
        .iter()
        .map(String::len)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    /// Words that a smaller corpus learns as an operative form because
    /// its openings wrote them only before an operative verb (Russian
    /// `с признательностью`, with appreciation: the words `с
    /// признательностью отмечает` and `с признательностью констатирует`
    /// share, as the Russian data learned without session 76 has it) are
    /// no operative form in a preamble where the word after them opens a
    /// preambular form (`с признательностью принимая к сведению`: taking
    /// note, with appreciation), so no finding says the preamble opens with
    /// an operative verb; where the word after them opens none, they are
    /// still the operative form read in a preamble.
    #[test]
    fn words_before_a_verb_of_this_part_are_no_form_of_the_other() {
        use crate::data::languages::{parse, LanguageData};
        use crate::syntax::OpeningForm;
        let mut json: serde_json::Value =
            serde_json::from_str(include_str!("../../data/languages/ru.json")).expect("ru.json");
        json["openings"]["forms"]
            .as_array_mut()
            .expect("forms")
            .push(serde_json::json!({
                "text": "с признательностью", "part": "operative",
                "english": "Notes with appreciation", "family": "acknowledgement", "strength": 2,
                "count": 7, "read": 7, "also_translates": []
            }));
        let data: &'static LanguageData = Box::leak(Box::new(parse("ru", &json.to_string())));
        let form = |body: &str| {
            let text = format!("\t{body}");
            let normalized = data.normalize(body);
            super::opening(data, &text, 1, &normalized, false, false).map(|o| o.form)
        };
        assert_eq!(
            form("с признательностью принимая к сведению доклад Генерального секретаря,"),
            None
        );
        assert_eq!(
            form("с признательностью доклад Генерального секретаря,"),
            Some(OpeningForm::Present)
        );
    }

    /// Each language's citation words are found through their anchors
    /// ([`super::Anchor::all`]: one part of every word in Arabic, two in
    /// French, Spanish and Russian, `résolution` and `décision`) where each
    /// is searched for alone: in texts of every variant of every word,
    /// with their clitics, glued to letters, spaced, repeated, from every
    /// place.
    #[test]
    fn citation_words_are_found_through_their_anchors_as_each_alone() {
        use crate::data::languages::Language;
        for language in [
            Language::French,
            Language::Spanish,
            Language::Russian,
            Language::Arabic,
        ] {
            let data = language.data().unwrap_or_else(|| panic!("{language:?}"));
            let words = super::citation_words(data);
            assert!(!words.anchors.is_empty(), "{language:?}");
            let mut covered: Vec<usize> = words
                .anchors
                .iter()
                .flat_map(|a| a.words.iter().map(|&(i, _)| i))
                .collect();
            covered.sort_unstable();
            assert_eq!(covered, (0..words.words.len()).collect::<Vec<_>>());
            let clitics = &data.citations.clitics;
            let variants: Vec<&str> = words
                .words
                .iter()
                .flat_map(|w| w.variants.iter().map(|(v, _)| v.as_str()))
                .collect();
            let mut texts = vec![variants.join(" "), variants.join(""), variants.join(", x")];
            for clitic in clitics {
                texts.push(
                    variants
                        .iter()
                        .map(|v| format!("{clitic}{v}"))
                        .collect::<Vec<_>>()
                        .join(" "),
                );
            }
            texts.push(variants.iter().rev().map(|v| format!("a{v}b ")).collect());
            let mut compared = 0;
            for text in &texts {
                for (from, _) in text.char_indices().step_by(3) {
                    let mut found = Vec::new();
                    words.rfind_each_from(text, clitics, from, &mut found);
                    for (w, found) in words.words.iter().zip(&found) {
                        assert_eq!(
                            *found,
                            w.rfind_from(text, clitics, from),
                            "{language:?} {:?} from {from} in {text:?}",
                            w.text
                        );
                        compared += 1;
                    }
                }
            }
            assert!(compared > 500, "{language:?}: {compared}");
        }
    }

    #[test]
    fn lower_case_is_to_lowercase() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("{c}\u{56de}{c}");
            assert_eq!(super::lower_case(&text), text.to_lowercase(), "{c:?}");
        }
        for text in ["", "Prie", "回顾", "وإذ تشير", "ВНОВЬ", "(a) 又回顾"] {
            assert_eq!(super::lower_case(text), text.to_lowercase());
        }
    }

    use super::*;
    use crate::syntax::{parse_line_in, CitationId, LineKind, Repeat};

    #[test]
    fn markers_are_read_where_every_run_would_read_them() {
        let pieces = [
            "»", "«", "» ", "(", ")", "1", "12", "0", "2014", "276 200", " ", "\u{200e}", ",", ";",
            ".", "/", "a", "word", "قرار", "，", "第", "决议", "\t", "-",
        ];
        let mut rng = fastrand::Rng::with_seed(17);
        for language in Language::ALL {
            let Some(data) = language.data() else {
                continue;
            };
            for _ in 0..4000 {
                let n = rng.usize(0..16);
                let text: String = (0..n).map(|_| pieces[rng.usize(..pieces.len())]).collect();
                let from = (0..=text.len())
                    .filter(|&i| text.is_char_boundary(i))
                    .nth(rng.usize(0..3))
                    .unwrap_or(0);
                // After the English reading's markers, as a line reads them.
                let mut some = Vec::new();
                crate::syntax::footnote::scan_markers(&text, from, &mut some);
                let mut every = some.clone();
                read_markers_of(data, &text, from, &mut some, false);
                read_markers_of(data, &text, from, &mut every, true);
                assert_eq!(some, every, "{language:?} {text:?} {from}");
            }
        }
    }

    #[test]
    fn a_label_is_read_whatever_its_word_ends_with() {
        // The learned labels and the shapes read without one, each alone,
        // followed by each character the language drops or maps (an
        // Arabic label's tatweel or vowel mark), and ordinary words:
        // what `sub_label` reads after its test of the word's last
        // character is what the word normalized reads.
        let shapes = [
            "(ب)",
            "(هـ)",
            "(十一)",
            "’2‘",
            "’12‘",
            "㈢",
            "с)",
            "а)",
            "b)",
            "(b)",
            "iv)",
            "Prie",
            "Rappelant",
            "وإذ",
            "قرارها",
            "又回顾",
            "Напоминая",
            "1.",
            "a",
            ")",
        ];
        for language in Language::ALL {
            let Some(data) = language.data() else {
                continue;
            };
            let learned = data
                .labels
                .iter()
                .flat_map(|l| &l.labels)
                .map(|l| l.label.as_str());
            let tails: Vec<&str> = data.normalization.iter().map(|c| c.char.as_str()).collect();
            for word in learned.chain(shapes) {
                for tail in std::iter::once("")
                    .chain(tails.iter().copied())
                    .chain(["'"])
                {
                    let text = format!("{word}{tail}\tLe texte");
                    let end = text.find('\t').unwrap_or(0);
                    assert_eq!(
                        sub_label(data, &text),
                        label_before(data, &text, end),
                        "{language:?} {text:?}"
                    );
                }
            }
        }
    }

    fn fr(line: &str) -> crate::syntax::LineSyntax {
        parse_line_in(line, Language::French)
    }

    fn es(line: &str) -> crate::syntax::LineSyntax {
        parse_line_in(line, Language::Spanish)
    }

    #[test]
    fn organ_lines_tell_the_language() {
        for (line, language) in [
            ("\tL’Assemblée générale,", Language::French),
            ("\tL'Assemblée générale,", Language::French),
            ("\tLe Conseil de sécurité,", Language::French),
            ("\tLa Asamblea General,", Language::Spanish),
            ("\tEl Consejo de Seguridad,", Language::Spanish),
            ("\tThe General Assembly,", Language::English),
        ] {
            assert_eq!(organ_language(line), Some(language), "{line}");
            assert_eq!(parse_line_in(line, language).organ_language, Some(language));
        }
        for line in [
            "\tRappelant sa résolution 67/264,",
            "\t1.\tDécide.",
            "Annexe",
            "",
        ] {
            assert_eq!(organ_language(line), None, "{line}");
        }
        assert!(matches!(
            fr("\tLe Conseil de sécurité,").kind,
            LineKind::OrganLine {
                organ: Organ::SecurityCouncil
            }
        ));
    }

    #[test]
    fn frame_lines() {
        assert_eq!(
            fr("Résolution adoptée par l’Assemblée générale le 16 décembre 2020").kind,
            LineKind::AdoptionLine {
                organ: Organ::GeneralAssembly,
                date: Some(Date::new(2020, 12, 16))
            }
        );
        assert_eq!(
            es("Resolución aprobada por la Asamblea General el 16 de diciembre de 2020").kind,
            LineKind::AdoptionLine {
                organ: Organ::GeneralAssembly,
                date: Some(Date::new(2020, 12, 16))
            }
        );
        assert_eq!(fr("45e séance plénière").kind, LineKind::Meeting);
        assert_eq!(es("45a sesión plenaria").kind, LineKind::Meeting);
        assert_eq!(
            fr("1er janvier 2014").kind,
            LineKind::DateLine {
                date: Some(Date::new(2014, 1, 1))
            }
        );
        assert_eq!(
            es("17 de mayo de 2013").kind,
            LineKind::DateLine {
                date: Some(Date::new(2013, 5, 17))
            }
        );
        assert_eq!(fr("Annexe II").kind, LineKind::Heading { annex: true });
        assert_eq!(es("Anexo").kind, LineKind::Heading { annex: true });
        assert!(matches!(
            &fr("\t\ta)\tde faire rapport ;").kind,
            LineKind::Sub { letters, .. } if &**letters == "a"
        ));
        assert!(matches!(
            &es("\t\t\tii)\tel informe;").kind,
            LineKind::Sub { letters, .. } if &**letters == "ii"
        ));
        // A French text's space before the semicolon, no-break or not.
        assert_eq!(
            fr("\t1.\tPrie le Secrétaire général ;").last_char,
            Some(';')
        );
        assert_eq!(
            fr("\t1.\tPrie le Secrétaire général\u{a0};").last_char,
            Some(';')
        );
    }

    #[test]
    fn openings_with_also_and_further() {
        let line = fr("\t3.\tPrie également le Secrétaire général de lui faire rapport ;");
        let opening = line.opening.expect("an opening");
        assert_eq!(opening.repeat, Repeat::Also);
        assert_eq!(opening.word(), "Prie");
        assert_eq!(opening.form, OpeningForm::Present);
        assert_eq!(
            vocabulary::phrases()[usize::from(opening.phrase().unwrap())].text,
            "Requests"
        );
        let opening = fr("\t4.\tDécide en outre de rester saisie ;")
            .opening
            .unwrap();
        assert_eq!(opening.repeat, Repeat::Further);
        let opening = es("\t5.\tSolicita además al Secretario General;")
            .opening
            .unwrap();
        assert_eq!(opening.repeat, Repeat::Further);
        let opening = es("\tReafirmando también su resolución 67/264,")
            .opening
            .unwrap();
        assert_eq!(
            (opening.repeat, opening.form),
            (Repeat::Also, OpeningForm::Participle)
        );
        // The words the corpus writes with a form before its adverb.
        let opening = es("\t2.\tAcoge con beneplácito el informe;")
            .opening
            .unwrap();
        assert_eq!(&*opening.key(), "acoge con beneplácito");
        let data = parsed_with(Language::Spanish).unwrap();
        assert_eq!(
            repeated_form(data, "Acoge", &opening.key(), Part::Operative, Repeat::Also).as_deref(),
            Some("Acoge con beneplácito también")
        );
        // An operative form in a preamble is read as what it is.
        let opening = fr("\tPrie le Secrétaire général,").opening.unwrap();
        assert_eq!(opening.form, OpeningForm::Present);
        assert_eq!(
            other_part_form(parsed_with(Language::French).unwrap(), "Rappelle"),
            Some("Rappelant")
        );
        // No form read: no opening, rather than a wrong one.
        assert!(fr("\tNous saluons les résultats,").opening.is_none());
    }

    #[test]
    fn citations_as_the_english_parser_gives_them() {
        let line = fr("\tRappelant sa résolution 67/264 du 17 mai 2013,");
        let [citation] = line.citations() else {
            panic!("{:?}", line.citations())
        };
        assert_eq!(
            citation.id,
            CitationId::Slash {
                session: SessionRef::Regular(67),
                number: 264
            }
        );
        assert!(matches!(citation.qualifier, Qualifier::Its { .. }));
        let (date, span) = citation.date.unwrap();
        assert_eq!(date, Date::new(2013, 5, 17));
        let text = "\tRappelant sa résolution 67/264 du 17 mai 2013,";
        assert_eq!(&text[span.start as usize..span.end as usize], "17 mai 2013");
        let line = es("\tRecordando su resolución 67/264, de 17 de mayo de 2013,");
        assert_eq!(
            line.citations()[0].date.map(|d| d.0),
            Some(Date::new(2013, 5, 17))
        );
        let line = fr("\tRappelant la résolution 1624 (2005) du Conseil de sécurité,");
        assert!(matches!(
            line.citations()[0].qualifier,
            Qualifier::Named(Body::Organ(Organ::SecurityCouncil))
        ));
        assert!(matches!(
            line.citations()[0].id,
            CitationId::Year {
                number: 1624,
                year: 2005,
                ..
            }
        ));
        let line =
            fr("\tRappelant ses résolutions 37/4 du 22 octobre 1982 et 38/4 du 28 octobre 1983,");
        assert_eq!(line.citations().len(), 2);
        assert_eq!(line.citations()[1].list_index, 1);
        assert_eq!(line.citations()[1].lead, line.citations()[0].lead);
        let line = fr("\tRappelant sa décision 75/561 du 16 avril 2020,");
        assert_eq!(line.citations()[0].kind, CitationKind::Decision);
        let line = fr("\tRappelant sa résolution 74/232 B du 11 août 2020,");
        assert_eq!(
            line.citations()[0].letters.and_then(|l| l.single()),
            Some('B')
        );
    }

    #[test]
    fn dates_written_in_the_language() {
        let fr = parsed_with(Language::French).unwrap();
        let es = parsed_with(Language::Spanish).unwrap();
        assert_eq!(
            write_date(fr, Date::new(2013, 5, 17)).unwrap(),
            "17 mai 2013"
        );
        assert_eq!(
            write_date(fr, Date::new(2014, 1, 1)).unwrap(),
            "1er janvier 2014"
        );
        assert_eq!(
            write_date(es, Date::new(2013, 5, 17)).unwrap(),
            "17 de mayo de 2013"
        );
    }

    #[test]
    fn internal_references() {
        let line = fr("\t7.\tPrie le Secrétaire général d’appliquer le paragraphe 5 ci-dessus ;");
        assert_eq!(line.references().len(), 1);
        assert_eq!(line.references()[0].paragraph, Some(5));
        assert_eq!(line.references()[0].scope, RefScope::Above);
        let line =
            fr("\t7.\tDécide que les mesures visées au paragraphe 5 de la présente résolution ;");
        assert_eq!(line.references()[0].scope, RefScope::PresentText);
        // Another text's paragraph is none of the text's own.
        assert!(fr("\t7.\tRappelle le paragraphe 5 de la résolution 60/1 ;")
            .references()
            .is_empty());
        assert!(es("\t7.\tRecuerda el párrafo 5 de la resolución 60/1;")
            .references()
            .is_empty());
    }

    #[test]
    fn the_space_before_a_french_semicolon_goes_with_it() {
        let text = "\t1.\tPrie le Secrétaire général\u{a0};";
        let line = fr(text);
        let tail = line.tail().unwrap();
        assert_eq!(&text[tail.start as usize..tail.end as usize], "\u{a0};");
        let data = parsed_with(Language::French).unwrap();
        assert_eq!(end_mark(data, ';'), " ;");
        assert_eq!(end_mark(data, ','), ",");
        let text = "\t1.\tSolicita al Secretario General;";
        let tail = es(text).tail().unwrap();
        assert_eq!(&text[tail.start as usize..tail.end as usize], ";");
    }

    fn ar(line: &str) -> crate::syntax::LineSyntax {
        parse_line_in(line, Language::Arabic)
    }

    fn zh(line: &str) -> crate::syntax::LineSyntax {
        parse_line_in(line, Language::Chinese)
    }

    fn ru(line: &str) -> crate::syntax::LineSyntax {
        parse_line_in(line, Language::Russian)
    }

    fn letters(line: &crate::syntax::LineSyntax) -> &str {
        match &line.kind {
            LineKind::Sub { letters, .. } => letters,
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn arabic_chinese_and_russian_lines() {
        for (line, language) in [
            ("\tإن الجمعية العامة،", Language::Arabic),
            ("\t大会，", Language::Chinese),
            ("\tГенеральная Ассамблея,", Language::Russian),
        ] {
            assert_eq!(organ_language(line), Some(language), "{line}");
            assert_eq!(
                parse_line_in(line, language).kind,
                LineKind::OrganLine {
                    organ: Organ::GeneralAssembly
                }
            );
        }
        assert!(matches!(
            ar("\t12 -\tتطلب إلى الأمين العام أن يقدم تقريرا؛").kind,
            LineKind::Numbered { number: 12, .. }
        ));
        assert!(matches!(
            ar("\t8 –\tتشدد أيضا على أهمية ذلك؛").kind,
            LineKind::Numbered { number: 8, .. }
        ));
        assert_eq!(letters(&ar("\t\t(ب)\tتقديم تقرير؛")), "b");
        assert_eq!(letters(&ar("\t\t(هـ)\tتقديم تقرير؛")), "e");
        assert_eq!(letters(&ar("\t\t\t’2‘\tتقديم تقرير؛")), "ii");
        assert_eq!(letters(&zh("\t\t\t㈢\t提交报告；")), "iii");
        assert_eq!(letters(&zh("\t\t\t(十一)\t提交报告；")), "xi");
        assert_eq!(letters(&zh("\t\t(b)\t提交报告；")), "b");
        assert_eq!(letters(&ru("\t\tа)\tпредставить доклад;")), "a");
        assert_eq!(letters(&ru("\t\t\tii)\tпредставить доклад;")), "ii");
        for heading in [
            "أولا",
            "حادي عشر",
            "ثانيا - وثائق التفويض",
            "二",
            "一、总则",
            "II Смета",
        ] {
            let line = parse_line_in(
                heading,
                if heading.starts_with(|c: char| c.is_ascii()) {
                    Language::Russian
                } else if heading.chars().any(|c| c > '\u{3000}') {
                    Language::Chinese
                } else {
                    Language::Arabic
                },
            );
            assert!(line.cues.section, "{heading}");
        }
        assert_eq!(zh("附件一").kind, LineKind::Heading { annex: true });
        assert_eq!(ar("المرفق الأول").kind, LineKind::Heading { annex: true });
        assert_eq!(zh("第37次全体会议").kind, LineKind::Meeting);
        assert_eq!(ru("37-е пленарное заседание").kind, LineKind::Meeting);
        assert_eq!(
            zh("2020年12月7日").kind,
            LineKind::DateLine {
                date: Some(Date::new(2020, 12, 7))
            }
        );
        assert_eq!(
            ru("7 декабря 2020 года").kind,
            LineKind::DateLine {
                date: Some(Date::new(2020, 12, 7))
            }
        );
        assert_eq!(
            ar("قرار اتخذته الجمعية العامة في 7 كانون الأول/ديسمبر 2020").kind,
            LineKind::AdoptionLine {
                organ: Organ::GeneralAssembly,
                date: Some(Date::new(2020, 12, 7))
            }
        );
    }

    #[test]
    fn end_marks_of_arabic_and_chinese() {
        assert_eq!(ar("\tوإذ تشير إلى قرارها 67/264،").last_char, Some(','));
        assert_eq!(ar("\t1 -\tتطلب إلى الأمين العام؛").last_char, Some(';'));
        assert_eq!(zh("\t回顾其第67/264号决议，").last_char, Some(','));
        assert_eq!(zh("\t1.\t请秘书长提交报告；").last_char, Some(';'));
        assert_eq!(zh("\t2.\t决定继续处理该问题。").last_char, Some('.'));
        // A marker after the mark does not hide it (`报告；4`).
        assert_eq!(zh("\t1.\t欢迎秘书长的报告；4").last_char, Some(';'));
        let zh_data = parsed_with(Language::Chinese).unwrap();
        let ar_data = parsed_with(Language::Arabic).unwrap();
        assert_eq!(end_mark(zh_data, ';'), "；");
        assert_eq!(end_mark(ar_data, ','), "،");
    }

    #[test]
    fn arabic_chinese_and_russian_openings() {
        let opening = ar("\tوإذ تشير أيضا إلى قرارها 67/264،").opening.unwrap();
        assert_eq!(opening.repeat, Repeat::Also);
        assert_eq!(opening.form, OpeningForm::Participle);
        let opening = zh("\t又回顾其第67/264号决议，").opening.unwrap();
        assert_eq!(opening.repeat, Repeat::Also);
        assert_eq!(opening.word(), "回顾");
        let opening = zh("\t5.\t请秘书长提交报告；").opening.unwrap();
        assert_eq!(
            vocabulary::phrases()[usize::from(opening.phrase().unwrap())].text,
            "Requests"
        );
        let opening = ru("\t3.\tпросит также Генерального секретаря представить доклад;")
            .opening
            .unwrap();
        assert_eq!(opening.repeat, Repeat::Also);
        assert_eq!(opening.word(), "просит");
        let opening = ru("\tссылаясь на свою резолюцию 67/264,").opening.unwrap();
        assert_eq!(opening.form, OpeningForm::Participle);
        // A Chinese verb is the same in both parts: never read as the
        // other part's.
        let opening = zh("\t强调必须加强合作，").opening;
        assert!(opening.is_none_or(|o| o.form == OpeningForm::Participle));
    }

    #[test]
    fn arabic_chinese_and_russian_citations() {
        let line = zh("\t回顾其2013年5月17日第67/264号决议，");
        let [citation] = line.citations() else {
            panic!("{:?}", line.citations())
        };
        assert_eq!(
            citation.id,
            CitationId::Slash {
                session: SessionRef::Regular(67),
                number: 264
            }
        );
        assert_eq!(citation.date.map(|d| d.0), Some(Date::new(2013, 5, 17)));
        assert!(matches!(citation.qualifier, Qualifier::Its { .. }));
        let line = zh("\t回顾安全理事会2014年4月10日第2149(2014)号决议，");
        assert!(matches!(
            line.citations()[0].qualifier,
            Qualifier::Named(Body::Organ(Organ::SecurityCouncil))
        ));
        let text = "\tوإذ تشير إلى قرارها 67/264 المؤرخ 17 أيار/مايو 2013،";
        let line = ar(text);
        let citation = &line.citations()[0];
        assert!(matches!(citation.qualifier, Qualifier::Its { .. }));
        let (date, span) = citation.date.unwrap();
        assert_eq!(date, Date::new(2013, 5, 17));
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "17 أيار/مايو 2013"
        );
        let line = ar("\tوإذ تشير إلى قرارها 74/232 باء المؤرخ 11 آب/أغسطس 2020،");
        assert_eq!(
            line.citations()[0].letters.and_then(|l| l.single()),
            Some('B')
        );
        let line = ar("\tوإذ تشير إلى قرارها 217 ألف (د-3)،");
        assert!(matches!(
            line.citations()[0].id,
            CitationId::Roman { number: 217, .. }
        ));
        let line = ar("\tوإذ تشير إلى قرارها دإط-10/15،");
        assert!(matches!(
            line.citations()[0].id,
            CitationId::Slash {
                session: SessionRef::Emergency(10),
                number: 15
            }
        ));
        for text in [
            "\tссылаясь на свою резолюцию 67/264 от 17 мая 2013 года,",
            "\tссылаясь на свои резолюции 67/264 от 17 мая 2013 года,",
        ] {
            let line = ru(text);
            assert_eq!(
                line.citations()[0].date.map(|d| d.0),
                Some(Date::new(2013, 5, 17)),
                "{text}"
            );
            assert!(matches!(
                line.citations()[0].qualifier,
                Qualifier::Its { .. }
            ));
        }
        // Another body named after the number.
        let line = ru("\tссылаясь на резолюцию 1993/51 Комиссии по правам человека от 9 марта 1993 года3 и на все ее последующие резолюции,");
        assert!(matches!(
            line.citations()[0].qualifier,
            Qualifier::Named(Body::Organ(Organ::Other))
        ));
        let zh_data = parsed_with(Language::Chinese).unwrap();
        let ru_data = parsed_with(Language::Russian).unwrap();
        let ar_data = parsed_with(Language::Arabic).unwrap();
        assert_eq!(
            write_date(zh_data, Date::new(2013, 5, 17)).unwrap(),
            "2013年5月17日"
        );
        assert_eq!(
            write_date(ru_data, Date::new(2013, 5, 17)).unwrap(),
            "17 мая 2013 года"
        );
        assert_eq!(
            write_date(ar_data, Date::new(2013, 7, 17)).unwrap(),
            "17 تموز/يوليه 2013"
        );
    }

    #[test]
    fn a_commission_resolution_in_a_russian_document() {
        let text = "\tГенеральная Ассамблея,\n\tссылаясь на резолюцию 1993/51 Комиссии по правам человека от 9 марта 1993 года и на все ее последующие резолюции,\n\t1.\tпостановляет продолжить рассмотрение этого вопроса.\n";
        let document = crate::Document::with_language(
            text,
            crate::Catalog::builtin(),
            Some(Language::Russian),
        );
        let line = &document.lines()[1];
        assert!(
            matches!(
                line.citations()[0].qualifier,
                Qualifier::Named(Body::Organ(Organ::Other))
            ),
            "{:?}",
            line.citations()
        );
        assert!(
            document
                .diagnostics()
                .iter()
                .all(|d| d.code != "citation-future"),
            "{:#?}",
            document.diagnostics()
        );
    }

    #[test]
    fn a_commission_resolution_in_a_russian_text_with_its_header() {
        // The adoption line names the Assembly in the instrumental
        // (`Генеральной Ассамблеей`): the text is the Assembly's, of its
        // seventy-eighth session, and the Commission's resolution 1993/51
        // is no resolution of a later session of the Assembly.
        let text = "Резолюция, принятая Генеральной Ассамблеей 19 декабря 2023 года\n78/209.\tЦентр по обучению и документации в области прав человека\n\n\tГенеральная Ассамблея,\n\tссылаясь на резолюцию 1993/51 Комиссии по правам человека от 9 марта 1993 года и на все ее последующие резолюции,\n\t1.\tпостановляет продолжить рассмотрение этого вопроса.\n";
        let document = crate::Document::with_language(
            text,
            crate::Catalog::builtin(),
            Some(Language::Russian),
        );
        assert_eq!(
            document.lines()[0].kind,
            LineKind::AdoptionLine {
                organ: Organ::GeneralAssembly,
                date: Some(Date {
                    year: 2023,
                    month: 12,
                    day: 19,
                }),
            }
        );
        assert_eq!(document.model().organ, Some(Organ::GeneralAssembly));
        assert!(matches!(
            document.lines()[4].citations()[0].qualifier,
            Qualifier::Named(Body::Organ(Organ::Other))
        ));
        assert!(
            document
                .diagnostics()
                .iter()
                .all(|d| d.code != "citation-future"),
            "{:#?}",
            document.diagnostics()
        );
    }

    #[test]
    fn a_marker_glued_to_the_number_of_an_article() {
        // `статьи 12,`: article 1 and marker 2, read as English reads
        // `Article 12` (a name and a marker split off it), where the
        // language puts its markers before punctuation.
        let line =
            ru("\tнапоминая о Конвенции1, и ее исправленной статьи 12, Протокола (Протокол I)3,");
        let twelve = line
            .markers()
            .iter()
            .filter(|m| m.number == 2)
            .map(|m| m.kind)
            .collect::<Vec<_>>();
        assert_eq!(twelve, vec![MarkerKind::Name], "{:?}", line.markers());
        // A lone digit, a decimal comma, a year, a number followed by a
        // word are none.
        for text in [
            "\tпо вопросу о свободе мысли 6;",
            "\tсоставляет 12,5 процента;",
            "\tв 2015 году,",
            "\tв пункте 12 выше;",
        ] {
            let line = ru(text);
            assert!(
                line.markers().iter().all(|m| m.kind != MarkerKind::Name),
                "{text}: {:?}",
                line.markers()
            );
        }
        // French sets a space before its semicolon.
        let line = fr("\tRappelant son article 12 ;");
        assert!(
            line.markers()
                .iter()
                .any(|m| m.number == 2 && m.kind == MarkerKind::Name),
            "{:?}",
            line.markers()
        );
        // In a text, only as the footnote due between its neighbours.
        let text = "\tГенеральная Ассамблея,\n\tнапоминая о Конвенции1, и ее исправленной статьи 12, Протокола (Протокол I)3,\n\t1.\tпостановляет продолжить рассмотрение этого вопроса.\n1 Конвенция.\n2 Статья.\n3 Протокол.\n";
        let document = crate::Document::with_language(
            text,
            crate::Catalog::builtin(),
            Some(Language::Russian),
        );
        let numbers: Vec<u32> = document
            .footnotes()
            .markers
            .iter()
            .map(|m| m.number)
            .collect();
        assert_eq!(numbers, vec![1, 2, 3]);
        // Without a footnote 2, no marker: article 12.
        let text = text
            .replace("2 Статья.\n3 Протокол.", "2 Протокол.")
            .replace("I)3", "I)2");
        let document = crate::Document::with_language(
            &text,
            crate::Catalog::builtin(),
            Some(Language::Russian),
        );
        let numbers: Vec<u32> = document
            .footnotes()
            .markers
            .iter()
            .map(|m| m.number)
            .collect();
        assert_eq!(numbers, vec![1, 2]);
        assert!(document
            .diagnostics()
            .iter()
            .all(|d| !d.code.starts_with("footnote-")));
    }

    #[test]
    fn arabic_chinese_and_russian_references() {
        for (line, number) in [
            (ar("\t7 -\tتطلب تنفيذ الفقرة 5 أعلاه؛"), 5),
            (zh("\t7.\t请执行上文第5段；"), 5),
            (
                ru("\t7.\tпросит выполнить положения, изложенные в пункте 5 выше;"),
                5,
            ),
        ] {
            assert_eq!(line.references().len(), 1, "{:?}", line.references());
            assert_eq!(line.references()[0].paragraph, Some(number));
            // `上文` (above) decides the Chinese scope, not the `段` every
            // reference ends with.
            assert_eq!(line.references()[0].scope, RefScope::Above, "{line:?}");
        }
    }

    #[test]
    fn arabic_and_chinese_footnote_markers() {
        let numbers = |line: crate::syntax::LineSyntax| -> Vec<u32> {
            line.markers().iter().map(|m| m.number).collect()
        };
        let text = "\tوإذ تشير إلى إعلان الأمم المتحدة للألفية(1) الذي ينص،";
        let line = ar(text);
        let marker = line.markers().iter().find(|m| m.number == 1).unwrap();
        assert_eq!(
            &text[marker.span.start as usize..marker.span.end as usize],
            "1"
        );
        assert_eq!(line.last_char, Some(','));
        assert!(numbers(ar("\tوبروتوكولها لعام 1967(4) بوصفهما،")).contains(&4));
        assert!(numbers(zh("\t还回顾《联合国千年宣言》，1 其中特别指出，")).contains(&1));
        assert!(numbers(zh("\t审议了秘书长的报告23 和行预咨委会的相关报告，24")).contains(&24));
        // Numbers, not markers.
        assert!(numbers(zh("\t3.\t核可拨款276 200美元的请求；")).is_empty());
        assert!(numbers(zh("\t16.\t决定根据大会第973 (X)号决议；")).is_empty());
        assert!(numbers(zh("指南4")).is_empty());
        assert!(numbers(zh("\t决定、1 2013年5月17日，")).contains(&1));
    }

    #[test]
    fn markers_as_french_and_spanish_write_them() {
        use crate::syntax::MarkerKind::*;
        let kinds = |line: &crate::syntax::LineSyntax| -> Vec<(u32, MarkerKind)> {
            line.markers().iter().map(|m| (m.number, m.kind)).collect()
        };
        // Agenda 21 is a name: its marker is split off it, as sure as one
        // split off a number too long; `Objectif 16` is none the data knows.
        let line = fr("\tRappelant la mise en œuvre d’Action 214, la Déclaration de Rio,");
        assert!(
            kinds(&line).contains(&(4, KnownName)),
            "{:?}",
            line.markers()
        );
        let line = es("\tRecordando los grupos mencionados en el Programa 213 que hayan sido,");
        assert!(
            kinds(&line).contains(&(3, KnownName)),
            "{:?}",
            line.markers()
        );
        let line = es("\tRecordando el Objetivo 164 de la Agenda,");
        assert!(kinds(&line).iter().all(|k| k.1 != KnownName));
        // A date's year, in the language's words.
        let line = fr("\tRappelant sa résolution 67/264 du 17 mai 20131,");
        assert!(kinds(&line).contains(&(1, Date)), "{:?}", line.markers());
        let line = es("\tRecordando su resolución 67/264, de 17 de mayo de 20131,");
        assert!(kinds(&line).contains(&(1, Date)), "{:?}", line.markers());
        // Before punctuation, where the language puts its markers.
        let line =
            es("\tToma nota del informe presentado de conformidad con la resolución 76/403;");
        assert!(
            kinds(&line).contains(&(3, BeforeMark)),
            "{:?}",
            line.markers()
        );
        // Not a document's symbol, nor a number in a list.
        let line = fr("\tPrenant note du rapport publié sous la cote A/70/81.");
        assert!(kinds(&line).iter().all(|k| k.1 != BeforeMark));
        let line = es("\tRecordando sus resoluciones 57/63, de 20 de diciembre de 2002, y 58/44, de 22 de diciembre de 2003,");
        assert!(kinds(&line).iter().all(|k| k.1 != BeforeMark));
        let line = fr("\tRappelant les objectifs adoptés dans sa décision XII/327,");
        assert!(
            kinds(&line).contains(&(7, BeforeMark)),
            "{:?}",
            line.markers()
        );
        // A year and its marker, without a month.
        let line = fr("\tRappelant son rapport de 20151, et");
        assert!(kinds(&line).contains(&(1, Date)), "{:?}", line.markers());
        // A closing guillemet ends a title.
        let line = fr("\tRappelant le document intitulé « L’avenir que nous voulons »3, et");
        assert_eq!(kinds(&line), vec![(3, Punctuation)]);
        // `1er janvier` is a day.
        let line = fr("\t1.\tDécide que le mandat commence le 1er janvier 2024 ;");
        assert!(line.markers().is_empty(), "{:?}", line.markers());
    }

    #[test]
    fn references_above_and_below_as_the_editorial_usage_writes_them() {
        let scopes = |line: &crate::syntax::LineSyntax| -> Vec<(Option<u32>, RefScope)> {
            line.references()
                .iter()
                .map(|r| (r.paragraph, r.scope))
                .collect()
        };
        let line = es("\t6.\tSolicita al Secretario General que informe sobre lo dispuesto en el párrafo 5 supra;");
        assert_eq!(scopes(&line), vec![(Some(5), RefScope::Above)]);
        let line = es("\t2.\tDecide que, a los efectos del párrafo 5 infra, el Comité se reunirá;");
        assert_eq!(scopes(&line), vec![(Some(5), RefScope::Below)]);
        // The scope after a list is the list's (its first number is the
        // one read, as for `paragraphes 13 et 15 ci-dessus`).
        let line = es("\t2.\tDecide aplicar los párrafos 3 y 5 infra;");
        assert_eq!(scopes(&line), vec![(Some(3), RefScope::Below)]);
        let line = fr("\t2.\tDécide que le Comité, visé au paragraphe 5 ci-dessous, se réunira ;");
        assert_eq!(scopes(&line), vec![(Some(5), RefScope::Below)]);
        let line = fr("\t2.\tDécide d’appliquer les mesures prévues au paragraphe 7 ci-après ;");
        assert_eq!(scopes(&line), vec![(Some(7), RefScope::Below)]);
        let line =
            fr("\t6.\tPrie le Secrétaire général de rendre compte du paragraphe 5 ci-dessus ;");
        assert_eq!(scopes(&line), vec![(Some(5), RefScope::Above)]);
        // A number without a scope is another text's paragraph.
        let line = es("\t6.\tRecuerda el párrafo 5 de su resolución 70/1;");
        assert!(line.references().is_empty());
    }

    #[test]
    fn a_decimal_comma_is_no_footnote_marker() {
        let line = fr("\t1.\tDécide que le fonds sera égal à 0,75 pour cent du montant ;");
        assert!(
            line.markers().iter().all(|m| m.number != 75),
            "{:?}",
            line.markers()
        );
        let line = fr("\t1.\tPrend note de la Conférence1,2 ;");
        assert!(line.markers().iter().any(|m| m.number == 2));
    }
}
