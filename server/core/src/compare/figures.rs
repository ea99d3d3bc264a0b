//! The figures of a line, read the same way in every language: numbers
//! (with their group separators and decimal mark, and the scale word after
//! them), and document symbols (`A/78/421`, `E/CN.6/2020/L.1`).
//!
//! What the six versions of a resolution write alike, and what they do not:
//!
//! - Group separators: English `35,229,600`, Spanish `35.229.600`, French,
//!   Russian and Chinese `35 229 600` (a space, a no-break space or a thin
//!   space). A separator followed by exactly three digits (and no fourth) is a
//!   group separator; any other `.` or `,` between digits is the decimal mark
//!   (`0.75` = `0,75`; a target `16.7` reads 16.7 everywhere); a space
//!   before anything but three digits ends the number.
//! - Scale words: `10.6 million`, `10,6 millions`, `10,6 millones`,
//!   `10,6 млн`, Chinese `1 060万` are the same figure; `billion` is
//!   `milliard(s)`, `mil millones`, `млрд`, Chinese `亿`.
//! - Ordinals written with digits (`1er`, `21st`) are their number.
//! - Digits that end a name (`COVID-19`, `G77`, `Add.1`) are part of it and no
//!   figure: the versions write such names differently (Chinese writes
//!   COVID-19 as `2019冠状病毒病`).
//! - A Chinese date writes its month as a number (`2023年12月7日`): a number
//!   before `月` is not a figure, so a date gives its day and year in every
//!   language.
//!
//! Left out: numbers written in words (`two`, `deux`; French `article
//! premier` for `article 1`), which is why a comparison reports a figure only
//! where one version has a figure the other has not *and* the other has one
//! the first has not (a substitution); Roman numerals; month names.

use crate::syntax::Span;

/// A figure of a line.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// The value, scaled (`10.6 million` is 10 600 000), in thousandths
    /// (so that `0.75` and `0,75` compare equal as integers).
    pub milli: i128,
    /// Where it is written (the scale word included).
    pub span: Span,
    /// Whether it is a time of day (in hours).
    pub time: bool,
}

/// A document symbol (`A/78/421`), with `-` for the hyphens of every kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Symbol {
    pub text: Box<str>,
    pub span: Span,
}

/// Scale words after a number, longest first within a language; matched on
/// a word start after one space (or no space, for Chinese).
const SCALES: &[(&str, i128)] = &[
    ("mil millones", 1_000_000_000),
    ("millones", 1_000_000),
    ("millón", 1_000_000),
    // Spanish `billón` is a million millions.
    ("billones", 1_000_000_000_000),
    ("billón", 1_000_000_000_000),
    ("milliards", 1_000_000_000),
    ("milliard", 1_000_000_000),
    ("millions", 1_000_000),
    ("million", 1_000_000),
    ("billions", 1_000_000_000),
    ("billion", 1_000_000_000),
    ("trillion", 1_000_000_000_000),
    ("миллиард", 1_000_000_000),
    ("млрд", 1_000_000_000),
    ("миллион", 1_000_000),
    ("млн", 1_000_000),
    ("трлн", 1_000_000_000_000),
    ("مليون", 1_000_000),
    ("ملايين", 1_000_000),
    ("مليار", 1_000_000_000),
    ("بليون", 1_000_000_000),
    ("بلايين", 1_000_000_000),
    ("تريليون", 1_000_000_000_000),
];

/// Chinese scale characters, glued to the number.
const HAN_SCALES: &[(char, i128)] = &[('万', 10_000), ('亿', 100_000_000)];

fn is_space(c: char) -> bool {
    c == ' ' || c == '\u{a0}' || c == '\u{202f}' || c == '\u{2009}' || c == '\u{2006}'
}

fn is_han(c: char) -> bool {
    ('\u{4e00}'..='\u{9fff}').contains(&c) || ('\u{3400}'..='\u{4dbf}').contains(&c)
}

/// A Chinese numeral (`一` … `十`), as Chinese writes the Roman numerals
/// of labels (`附件一`, annex I; `图一.1`, figure I.1).
fn is_han_numeral(c: char) -> bool {
    "〇一二三四五六七八九十".contains(c)
}

/// A letter of a script with words (not Han): digits glued after one end a
/// name.
fn is_word_letter(c: char) -> bool {
    c.is_alphabetic() && !is_han(c)
}

fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

/// How a language writes numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbers {
    /// The decimal mark (`.` in English and Chinese, `,` in French,
    /// Spanish and Russian); the other of `.` and `,` before three digits
    /// is a group separator.
    pub decimal: char,
    /// Arabic texts write the groups of a number from the least
    /// significant on (`700 590 1` is 1,590,700).
    pub reversed_groups: bool,
}

impl Numbers {
    pub fn of(language: crate::data::languages::Language) -> Numbers {
        use crate::data::languages::Language::*;
        match language {
            French | Spanish | Russian => Numbers {
                decimal: ',',
                reversed_groups: false,
            },
            Arabic => Numbers {
                decimal: '.',
                reversed_groups: true,
            },
            English | Chinese => Numbers {
                decimal: '.',
                reversed_groups: false,
            },
        }
    }
}

/// Reads the figures and symbols of `text[from..]` written the English way.
pub fn scan(text: &str, from: usize, skip: &[Span]) -> (Vec<Figure>, Vec<Symbol>) {
    scan_in(text, from, skip, Numbers::of(Default::default()))
}

/// Reads the figures and symbols of `text[from..]`, skipping the byte
/// ranges `skip` (sorted or not: citations, their dates, footnote markers).
pub fn scan_in(
    text: &str,
    from: usize,
    skip: &[Span],
    numbers: Numbers,
) -> (Vec<Figure>, Vec<Symbol>) {
    let mut figures: Vec<Figure> = Vec::new();
    let mut symbols = Vec::new();
    let skipped = |at: usize| {
        skip.iter()
            .any(|s| (s.start as usize) <= at && at < s.end as usize)
    };
    let chars: Vec<(usize, char)> = text.char_indices().filter(|&(i, _)| i >= from).collect();
    let mut k = 0;
    while k < chars.len() {
        let (at, c) = chars[k];
        if skipped(at) {
            k += 1;
            continue;
        }
        // A document symbol: a capital starting a token that holds a `/`.
        if c.is_ascii_uppercase()
            && (k == 0 || {
                let p = chars[k - 1].1;
                !p.is_ascii_alphanumeric() && p != '/' && p != '.' && !is_hyphen(p)
            })
        {
            if let Some((end, sym)) = symbol_at(&chars, k, &skipped) {
                symbols.push(Symbol {
                    text: sym.into(),
                    span: Span::new(at, chars.get(end).map_or(text.len(), |c| c.0)),
                });
                k = end;
                continue;
            }
        }
        if !c.is_ascii_digit() {
            k += 1;
            continue;
        }
        // Digits that end a name or continue a symbol are no figure.
        let prev = k.checked_sub(1).map(|p| chars[p].1);
        let prev2 = k.checked_sub(2).map(|p| chars[p].1);
        let in_name = match prev {
            Some(p) if is_word_letter(p) => true,
            // `COVID-19`, `ES-10`, Arabic `كوفيد-19`, but `post-2020`.
            Some(p) if is_hyphen(p) => {
                prev2.is_some_and(|q| is_word_letter(q) && !q.is_lowercase())
            }
            // `Add.1`, `figure I.1`, and Chinese `图一.1` (figure I.1: the
            // Roman numerals of figure, table and annex labels are Chinese
            // numerals in Chinese).
            Some(p) if p == '/' || p == '.' => {
                prev2.is_some_and(|q| (q.is_alphanumeric() && !is_han(q)) || is_han_numeral(q))
            }
            _ => false,
        };
        if !in_name {
            // `74/55`, `2/7` outside a citation: a symbol, not two figures.
            if let Some((end, sym)) = symbol_at(&chars, k, &skipped) {
                symbols.push(Symbol {
                    text: sym.into(),
                    span: Span::new(at, chars.get(end).map_or(text.len(), |c| c.0)),
                });
                k = end;
                continue;
            }
        }
        let (end, value) = number_at(&chars, k, &skipped, numbers);
        if in_name {
            k = skip_token(&chars, end);
            continue;
        }
        let mut span_end = chars.get(end).map_or(text.len(), |c| c.0);
        let mut value = value;
        // What follows: a Chinese month, a scale.
        let next = chars.get(end).map(|c| c.1);
        if next == Some('月') {
            k = end;
            continue;
        }
        let mut after = end;
        if HAN_SCALES.iter().any(|(h, _)| Some(*h) == next) {
            // `4万亿` is four million millions.
            after = end;
            while let Some(&(_, scale)) = chars
                .get(after)
                .and_then(|c| HAN_SCALES.iter().find(|(h, _)| *h == c.1))
            {
                value = value.saturating_mul(scale);
                after += 1;
            }
            span_end = chars.get(after).map_or(text.len(), |c| c.0);
        } else if next.is_some_and(is_space) {
            let rest = chars.get(end + 1).map_or("", |c| &text[c.0..]);
            // The scale word with any ending (`миллиона`, `millions`).
            if let Some(&(word, scale)) = SCALES.iter().find(|(w, _)| rest.starts_with(w)) {
                value *= scale;
                span_end = chars[end + 1].0 + word.len();
                after = end + 1 + word.chars().count();
            }
        }
        // Times of day: `9.30 a.m.`, `1 p.m.` (and the `3` of `from 3 to 6
        // p.m.`), `9 h 30`, `13 heures`, `10.00 horas`, as hours.
        let rest = chars.get(end).map_or("", |c| &text[c.0..]);
        let mut is_time = false;
        if let Some(time) = time_after(rest, value, &text[..at]) {
            is_time = true;
            if let Some((hours, minutes_len)) = time.minutes_from(&chars, end, text) {
                value = hours;
                after = minutes_len;
            } else {
                value = time.hours;
            }
            span_end = chars.get(after).map_or(text.len(), |c| c.0).max(span_end);
            // `from 3 to 6 p.m.`, `de las 9.30 a las 13.00 horas`: the
            // first hour of a range is a time too (with the meridiem); not
            // where each hour is marked (`من الساعة 15:00 إلى الساعة
            // 18:00`, `下午3时至6时`).
            if let Some(previous) = figures.last_mut().filter(|_| time.ranged) {
                let between = text.get(previous.span.end as usize..at).unwrap_or("0");
                if !previous.time
                    && between.chars().count() <= 8
                    && !between.chars().any(|c| c.is_ascii_digit())
                    && previous.milli < 24_000
                {
                    let clock =
                        (previous.milli / 1000) * 1000 + (previous.milli % 1000) / 10 * 1000 / 60;
                    previous.milli = if time.pm && clock < 12_000 {
                        clock + 12_000
                    } else {
                        clock
                    };
                    previous.time = true;
                }
            }
        }
        figures.push(Figure {
            milli: value,
            span: Span::new(at, span_end),
            time: is_time,
        });
        k = after.max(k + 1);
    }
    (figures, symbols)
}

/// English ordinals written in words (`eighteenth`, `sixty-second`), 1 to
/// 99: the number of a session, a summit or a conference, which other
/// versions may write with digits (Spanish `18ª`, `62º`). They are figures
/// one version writes in words, so a comparison lets them stand for the
/// other's digits, never reports them.
pub fn ordinal_words(text: &str, from: usize) -> Vec<Figure> {
    let mut out = Vec::new();
    let Some(body) = text.get(from..) else {
        return out;
    };
    let mut at = 0;
    for word in body.split(|c: char| !(c.is_alphabetic() || is_hyphen(c))) {
        let start = from + at;
        at += word.len()
            + body[at + word.len()..]
                .chars()
                .next()
                .map_or(0, char::len_utf8);
        let value = crate::syntax::ordinal::parse(word);
        if let Some(n) = value {
            out.push(Figure {
                milli: i128::from(n) * 1000,
                span: Span::new(start, start + word.len()),
                time: false,
            });
        }
    }
    out
}

/// A time of day read after a number.
struct Time {
    /// The hour (with the minutes of `9.30 a.m.`), in thousandths.
    hours: i128,
    pm: bool,
    /// What may stand between the hour and two digits of minutes after it
    /// (`9 h 30`, Russian `9 ч 30 мин`, `9:30` of a 24-hour clock).
    minutes_follow: Option<&'static str>,
    /// Whether a bare number just before it may be the first hour of its
    /// range (`from 3 to 6 p.m.`); not where each hour is marked (Chinese
    /// `时`, a 24-hour clock).
    ranged: bool,
}

impl Time {
    /// `9 h 30`: the hours with the minutes after them, and where they
    /// end (a char index).
    fn minutes_from(
        &self,
        chars: &[(usize, char)],
        end: usize,
        text: &str,
    ) -> Option<(i128, usize)> {
        let between = self.minutes_follow?;
        let rest = &text[chars.get(end)?.0..];
        let after_h = rest.strip_prefix(between)?;
        let digits: String = after_h.chars().take_while(char::is_ascii_digit).collect();
        if digits.len() != 2 {
            return None;
        }
        let minutes: i128 = digits.parse().ok()?;
        if minutes >= 60 {
            return None;
        }
        Some((
            self.hours + minutes * 1000 / 60,
            end + between.chars().count() + 2,
        ))
    }
}

/// Whether the number `value` (thousandths) is a time of day by what
/// follows it.
fn time_after(rest: &str, value: i128, before: &str) -> Option<Time> {
    // Chinese `上午10时`, `下午1时`, `9时30分`.
    if let Some(after) = rest.strip_prefix('时') {
        let pm = before.ends_with("下午");
        let am = before.ends_with("上午");
        let mut hours = value;
        if pm && hours < 12_000 {
            hours += 12_000;
        }
        // `9时30分`: the minutes are read after the hour.
        let minutes = after.bytes().take_while(u8::is_ascii_digit).count() == 2
            && after[2..].starts_with('分');
        let minutes_follow = minutes.then_some("时");
        // `下午3时至6时`, `下午3至6时`: the end of an afternoon range is in
        // the afternoon.
        let range_pm = !pm && !am && {
            let b = before.trim_end_matches('至');
            b.len() < before.len()
                && b.trim_end_matches(|c: char| c.is_ascii_digit() || c == '时' || c == '分')
                    .ends_with("下午")
        };
        if range_pm && hours < 12_000 {
            return Some(Time {
                hours: hours + 12_000,
                pm: true,
                minutes_follow,
                ranged: false,
            });
        }
        return Some(Time {
            hours,
            pm,
            minutes_follow,
            ranged: false,
        });
    }
    // Chinese `下午3至6时`, `上午10至下午1时`: the first hour of a range
    // after 上午 or 下午 is written without 时.
    if let Some(after) = rest.strip_prefix('至') {
        let pm = before.ends_with("下午");
        let after = after
            .strip_prefix("上午")
            .or_else(|| after.strip_prefix("下午"))
            .unwrap_or(after);
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        if (pm || before.ends_with("上午")) && digits > 0 && after[digits..].starts_with('时') {
            return Some(Time {
                hours: if pm && value < 12_000 {
                    value + 12_000
                } else {
                    value
                },
                pm,
                minutes_follow: None,
                ranged: false,
            });
        }
    }
    let rest = rest.replace('\u{a0}', " ");
    // English writes minutes after a full stop: 9.30 is 9 hours 30.
    let clock = |milli: i128| (milli / 1000) * 1000 + (milli % 1000) / 10 * 1000 / 60;
    if rest.starts_with(" a.m.") || rest.starts_with(" p.m.") {
        let pm = rest.starts_with(" p.m.");
        let mut hours = clock(value);
        if pm && hours < 12_000 {
            hours += 12_000;
        }
        return Some(Time {
            hours,
            pm,
            minutes_follow: None,
            ranged: true,
        });
    }
    if rest.starts_with(" heure") || rest.starts_with(" horas") || rest.starts_with(" hora") {
        return Some(Time {
            hours: clock(value),
            pm: false,
            minutes_follow: None,
            ranged: true,
        });
    }
    // French `9 h 30`, `13 h`; Russian `09 ч 30 мин`, `13 ч`.
    for (unit, between) in [(" h", " h "), (" ч", " ч ")] {
        let hour = rest
            .strip_prefix(unit)
            .is_some_and(|r| !r.starts_with(char::is_alphanumeric));
        if hour && value % 1000 == 0 && value <= 24_000 {
            return Some(Time {
                hours: value,
                pm: false,
                minutes_follow: Some(between),
                ranged: true,
            });
        }
    }
    // A 24-hour clock (`15:00`, as Arabic texts write times): an hour, a
    // colon and two digits of minutes.
    if let Some(after) = rest.strip_prefix(':') {
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        let minutes_ok = digits == 2 && after[..2] < *"60";
        if minutes_ok && value % 1000 == 0 && value <= 24_000 {
            return Some(Time {
                hours: value,
                pm: false,
                minutes_follow: Some(":"),
                ranged: false,
            });
        }
    }
    None
}

/// Past the alphanumerics and joiners of a name's token.
fn skip_token(chars: &[(usize, char)], mut k: usize) -> usize {
    while k < chars.len() && (chars[k].1.is_alphanumeric() && !is_han(chars[k].1)) {
        k += 1;
    }
    k
}

/// The number starting at `chars[k]` (a digit): where it ends, and its
/// value in thousandths.
fn number_at(
    chars: &[(usize, char)],
    k: usize,
    skipped: &dyn Fn(usize) -> bool,
    numbers: Numbers,
) -> (usize, i128) {
    let digits_from = |mut i: usize| {
        let start = i;
        while i < chars.len() && chars[i].1.is_ascii_digit() && !skipped(chars[i].0) {
            i += 1;
        }
        (start, i)
    };
    let (_, mut end) = digits_from(k);
    let mut integer: String = chars[k..end].iter().map(|c| c.1).collect();
    let mut fraction = String::new();
    let first_group = end - k;
    let mut grouped = false;
    if numbers.reversed_groups {
        // `700 590 1`: groups of three then one of one to three digits,
        // least significant first.
        let mut groups = vec![(k, end)];
        let mut at = end;
        while let Some(&(pos, sep)) = chars.get(at) {
            if skipped(pos) || !is_space(sep) || groups.last().is_some_and(|g| g.1 - g.0 != 3) {
                break;
            }
            let (gs, ge) = digits_from(at + 1);
            if ge == gs || ge - gs > 3 || chars.get(ge).is_some_and(|c| c.1.is_ascii_digit()) {
                break;
            }
            groups.push((gs, ge));
            at = ge;
        }
        if groups.len() > 1 && groups[0].1 - groups[0].0 == 3 {
            let digits: String = groups
                .iter()
                .rev()
                .flat_map(|g| chars[g.0..g.1].iter().map(|c| c.1))
                .collect();
            let whole: i128 = digits.parse().unwrap_or(0);
            let (_, last_end) = *groups.last().unwrap_or(&(k, end));
            return (last_end, whole.saturating_mul(1000));
        }
    }
    while let Some(&(at, sep)) = chars.get(end) {
        if skipped(at) || !(sep == ',' || sep == '.' || is_space(sep)) {
            break;
        }
        let (gs, ge) = digits_from(end + 1);
        let len = ge - gs;
        if len == 0 {
            break;
        }
        let three = len == 3 && first_group <= 3 && sep != numbers.decimal;
        if three && fraction.is_empty() {
            // A group separator: `1,000`, `1.000`, `1 000`.
            grouped = true;
            integer.extend(chars[gs..ge].iter().map(|c| c.1));
            end = ge;
            continue;
        }
        if is_space(sep) || !fraction.is_empty() {
            break;
        }
        // A decimal mark (`0.75`, `0,75`, `16.7`).
        fraction.extend(chars[gs..ge].iter().map(|c| c.1));
        end = ge;
        if grouped {
            break;
        }
    }
    let whole: i128 = integer
        .get(integer.len().saturating_sub(30)..)
        .and_then(|d| d.parse().ok())
        .unwrap_or(0);
    let mut milli = whole.saturating_mul(1000);
    let mut unit = 100;
    for d in fraction.chars().take(3) {
        milli += i128::from(d.to_digit(10).unwrap_or(0)) * unit;
        unit /= 10;
    }
    (end, milli)
}

/// A document symbol starting at `chars[k]`: a token of letters, digits,
/// `.`, `-`, `(`, `)` holding at least one `/` between alphanumerics, with
/// a letter in its first segment (`A/78/421`, `S/PRST/2015/10`,
/// `CBD/NP/MOP/DEC/2/7`). Returns where it ends and the symbol.
fn symbol_at(
    chars: &[(usize, char)],
    k: usize,
    skipped: &dyn Fn(usize) -> bool,
) -> Option<(usize, String)> {
    let mut i = k;
    let mut slashes = 0;
    while i < chars.len() && !skipped(chars[i].0) {
        let c = chars[i].1;
        let joins = c == '/' || c == '.' || is_hyphen(c);
        if c.is_ascii_alphanumeric() || joins {
            // `A/C.6/56/SR.11-13`: a range of meetings, written otherwise
            // in other languages (`SR.11 à 13`).
            if is_hyphen(c) && slashes > 0 && chars.get(i + 1).is_some_and(|n| n.1.is_ascii_digit())
            {
                break;
            }
            if joins
                && !chars
                    .get(i + 1)
                    .is_some_and(|n| n.1.is_ascii_alphanumeric() && !skipped(n.0))
            {
                break;
            }
            if c == '/' {
                slashes += 1;
            }
            i += 1;
        } else {
            break;
        }
    }
    if slashes == 0 || !chars[k..i].iter().any(|c| c.1.is_ascii_digit()) {
        return None;
    }
    let mut text: String = chars[k..i]
        .iter()
        .map(|c| if is_hyphen(c.1) { '-' } else { c.1 })
        .collect();
    // Corrigenda are issued for some language versions only: `/Corr.2` in
    // English may be `/Corr.1` in Spanish.
    if let Some(at) = text.find("/Corr.") {
        text.truncate(at);
    }
    // Decisions numbered with a Roman session (`X/3`, Arabic `10/3`).
    if let Some((head, tail)) = text.split_once('/') {
        if let Some(n) = crate::syntax::citation::roman_value(head) {
            text = format!("{n}/{tail}");
        }
    }
    Some((i, text))
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::data::languages::Language::{self, *};

    fn values(text: &str) -> Vec<i128> {
        values_in(English, text)
    }

    fn values_in(language: Language, text: &str) -> Vec<i128> {
        scan_in(text, 0, &[], Numbers::of(language))
            .0
            .iter()
            .map(|f| f.milli / 1000)
            .collect()
    }

    #[test]
    fn number_formats_of_the_six_languages() {
        assert_eq!(
            values("amount of $35,229,600 in 2021"),
            vec![35_229_600, 2021]
        );
        assert_eq!(
            values_in(French, "montant de 35 229 600 dollars"),
            vec![35_229_600]
        );
        assert_eq!(
            values_in(Spanish, "monto de 35.229.600 dólares"),
            vec![35_229_600]
        );
        assert_eq!(
            values_in(Russian, "сумме 35\u{2009}229\u{2009}600 долл."),
            vec![35_229_600]
        );
        assert_eq!(values_in(Chinese, "拨款276 200美元"), vec![276_200]);
        assert_eq!(values("10.6 million people"), vec![10_600_000]);
        assert_eq!(
            values_in(French, "10,6 millions de personnes"),
            vec![10_600_000]
        );
        assert_eq!(values_in(Chinese, "1 060万人"), vec![10_600_000]);
        assert_eq!(values_in(Spanish, "2 mil millones"), vec![2_000_000_000]);
        assert_eq!(
            scan("0.75 per cent", 0, &[]).0[0].milli,
            scan_in("0,75 pour cent", 0, &[], Numbers::of(French)).0[0].milli
        );
        assert_eq!(values("paragraphs 1, 2 and 3"), vec![1, 2, 3]);
        assert_eq!(values_in(French, "en 2015 150 États"), vec![2015, 150]);
        assert_eq!(values("4 trillion"), values_in(Spanish, "4 billones"));
        let hours = |language, t: &str| {
            scan_in(t, 0, &[], Numbers::of(language))
                .0
                .iter()
                .map(|f| f.milli)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            hours(English, "from 9.30 a.m. to 1 p.m."),
            hours(French, "de 9 h 30 à 13 heures")
        );
        assert_eq!(
            hours(English, "from 3 to 6 p.m."),
            hours(French, "de 15 heures à 18 heures")
        );
        assert_eq!(hours(English, "10 a.m."), hours(Spanish, "las 10.00 horas"));
        assert_eq!(
            hours(English, "from 10 a.m. to 1 p.m. and from 3 to 6 p.m."),
            hours(Chinese, "上午10时至下午1时和下午3时至6时")
        );
        assert_eq!(
            hours(English, "from 9.45 a.m. to 12 p.m. and from 2.30 to 5 p.m."),
            hours(
                Spanish,
                "de las 9.45 a las 12.00 horas y de las 14.30 a las 17.00 horas"
            )
        );
        // Each hour marked: Arabic's 24-hour clock, Russian `ч` and `мин`,
        // Chinese `时` and `分` (the first hour of a range after 上午 or
        // 下午 without it); the day before them stays a day.
        let english = hours(
            English,
            "2 June: from 9.30 a.m. to 1 p.m. and from 3 to 6 p.m.",
        );
        assert_eq!(
            english,
            hours(
                Arabic,
                "2 حزيران/يونيه: من الساعة 9:30 إلى الساعة 13:00 ومن الساعة 15:00 إلى الساعة 18:00"
            )
        );
        assert_eq!(
            english,
            hours(
                Russian,
                "2 июня, с 09 ч 30 мин до 13 ч 00 мин и с 15 ч 00 мин до 18 ч 00 мин"
            )
        );
        assert_eq!(
            english,
            hours(Chinese, "6月2日：上午9时30分至下午1时；下午3至6时")
        );
        assert_eq!(
            hours(English, "from 10 a.m. to 1 p.m. and from 3 to 7 p.m."),
            hours(Chinese, "上午10至下午1时；下午3至7时")
        );
        assert!(scan_in("2 июня, с 15 ч", 0, &[], Numbers::of(Russian)).0[1].time);
        assert!(!scan_in("6月2日，星期四：下午3至6时", 0, &[], Numbers::of(Chinese)).0[0].time);
    }

    #[test]
    fn names_months_and_symbols() {
        assert_eq!(values("COVID-19 and the G77 (Add.1)"), Vec::<i128>::new());
        assert_eq!(values("2023年12月7日"), vec![2023, 7]);
        assert_eq!(values("le 1er janvier"), vec![1]);
        assert_eq!(values("(2024), figure I.1."), vec![2024]);
        assert_eq!(values_in(Chinese, "(2024年)，图一.1。"), vec![2024]);
        let (figures, symbols) = scan("report (A/78/421, para. 13) and S/PRST/2015/10.", 0, &[]);
        assert_eq!(figures.len(), 1);
        let texts: Vec<&str> = symbols.iter().map(|s| &*s.text).collect();
        assert_eq!(texts, vec!["A/78/421", "S/PRST/2015/10"]);
        let texts = |t: &str| {
            scan(t, 0, &[])
                .1
                .iter()
                .map(|s| s.text.to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(texts("(A/C.6/56/SR.11-13)"), vec!["A/C.6/56/SR.11"]);
        assert_eq!(texts("E/1993/23/Corr.2 and HIV/AIDS"), vec!["E/1993/23"]);
        assert_eq!(scan("ES‑10/15", 0, &[]).1[0].text.as_ref(), "ES-10/15");
    }
}
