//! Footnote markers glued into running text.
//!
//! In the UN's plain-text export a superscript footnote indicator becomes
//! digits glued to the word or punctuation before it: `Conference1 to`,
//! `organizations,3`, `Secretary-General;3`. Drafts may also use Unicode
//! superscripts (`¹`) or Markdown (`[^1]`). Digits glued into symbols and
//! names (`A/67/280`, `G77`, `COVID-19`, `H1N1`, `Add.1`, `[DU1]`) are not
//! markers.

use super::Span;

/// How sure the scanner is that digits are a footnote marker.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MarkerStrength {
    /// Glued to a word with lower-case letters, after punctuation, a
    /// superscript or Markdown: a marker whether or not its text exists.
    Strong,
    /// Glued to an all-capitals word (`UNCTAD1`, but also `CO2`): a marker
    /// only when a footnote text with that number exists.
    Weak,
    /// Digits glued to a symbol or a number, where the export may have
    /// flattened a superscript into them (`71/2052` for `71/205` and marker
    /// 2, `2014,130/4` for marker 1 and `30/4`). Enough to count a footnote
    /// as cited, or to continue the order of first citation; never reported.
    Possible,
}

/// One footnote marker in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Marker {
    pub number: u32,
    pub span: Span,
    pub strength: MarkerStrength,
}

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

fn superscript_value(c: char) -> Option<u32> {
    SUPERSCRIPTS.iter().position(|s| *s == c).map(|v| v as u32)
}

/// Abbreviations that a number follows after a full stop without being a
/// footnote marker (`Add.1`, `Rev.2`, `No.5`).
const DOTTED_ABBREVIATIONS: &[&str] = &[
    "Add", "Rev", "Corr", "Amend", "No", "Nos", "Vol", "vol", "para", "paras", "p", "pp", "art",
    "arts", "chap", "sect", "Suppl", "Ser", "fig", "Part", "op", "Mod", "Sales",
];

/// Scans `text[from..]` for footnote markers and appends them to `out` with
/// spans relative to the start of `text`.
pub fn scan_markers(text: &str, from: usize, out: &mut Vec<Marker>) {
    let bytes = text.as_bytes();
    let mut last_marker: Option<(usize, MarkerStrength)> = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'[' && bytes.get(i + 1) == Some(&b'^') {
            if let Some(close) = text[i..].find(']') {
                let label = &text[i + 2..i + close];
                if let Ok(number) = label.parse::<u32>() {
                    if number > 0 && !label.is_empty() && label.len() <= 4 {
                        out.push(Marker {
                            number,
                            span: Span::new(i, i + close + 1),
                            strength: MarkerStrength::Strong,
                        });
                    }
                }
                i += close + 1;
                continue;
            }
        }
        if b >= 0x80 {
            // Superscript digits are multi-byte characters.
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
                        strength: MarkerStrength::Strong,
                    });
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
        if !boundary_after(text, end) {
            possible_markers(text, start, end, out);
            if let Some(marker) = glued_before_word(text, start, end) {
                out.push(marker);
            }
            continue;
        }
        if end - start > 3 {
            // A marker glued to a year: `27 September 201934`, `2014–20242`.
            match year_glued_marker(text, start, end) {
                Some(marker) => {
                    out.push(marker);
                    last_marker = Some((end, marker.strength));
                }
                None => possible_markers(text, start, end, out),
            }
            continue;
        }
        let number: u32 = match text[start..end].parse() {
            Ok(n) if n > 0 => n,
            _ => continue,
        };
        let strength = match classify_before(text, start, end - start, last_marker) {
            Some(s) => s,
            None => {
                possible_markers(text, start, end, out);
                continue;
            }
        };
        out.push(Marker {
            number,
            span: Span::new(start, end),
            strength,
        });
        last_marker = Some((end, strength));
    }
}

/// Splits a footnote marker off a year it is glued to (`201934` is the year
/// 2019 and marker 34). Strong after a month name or in a year range, weak
/// otherwise.
fn year_glued_marker(text: &str, start: usize, end: usize) -> Option<Marker> {
    let run = &text[start..end];
    if !(5..=7).contains(&run.len())
        || !(run.starts_with("19") || run.starts_with("20"))
        || run.as_bytes()[4] == b'0'
    {
        return None;
    }
    let number: u32 = run[4..].parse().ok()?;
    let before = text[..start].trim_end_matches(' ');
    let after_month = crate::syntax::date::MONTHS
        .iter()
        .any(|m| before.ends_with(m));
    let in_range = before
        .strip_suffix(['–', '-'])
        .is_some_and(|rest| rest.ends_with(|c: char| c.is_ascii_digit()));
    let preceded_by_space = text[..start].ends_with(' ');
    let strength = if (after_month && preceded_by_space) || in_range {
        MarkerStrength::Strong
    } else if preceded_by_space {
        MarkerStrength::Weak
    } else {
        return None;
    };
    Some(Marker {
        number,
        span: Span::new(start + 4, end),
        strength,
    })
}

/// `Agreement4and`: a marker whose following space the export lost.
fn glued_before_word(text: &str, start: usize, end: usize) -> Option<Marker> {
    if end - start > 2 || !text[end..].starts_with(|c: char| c.is_ascii_lowercase()) {
        return None;
    }
    let word: String = text[..start]
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect();
    if word.chars().count() < 3 || !word.chars().any(char::is_lowercase) {
        return None;
    }
    let number = text[start..end].parse().ok().filter(|n| *n > 0)?;
    Some(Marker {
        number,
        span: Span::new(start, end),
        strength: MarkerStrength::Weak,
    })
}

/// Records the numbers a digit run glued to other characters may hide.
fn possible_markers(text: &str, start: usize, end: usize, out: &mut Vec<Marker>) {
    let glued_before = text[..start]
        .chars()
        .next_back()
        .is_some_and(|c| !c.is_whitespace() && c != '(');
    let run = &text[start..end];
    let mut push = |from: usize, to: usize| {
        if let Ok(number) = text[from..to].parse::<u32>() {
            if number > 0 && !text[from..to].starts_with('0') {
                out.push(Marker {
                    number,
                    span: Span::new(from, to),
                    strength: MarkerStrength::Possible,
                });
            }
        }
    };
    if glued_before {
        for len in 1..=run.len().min(3) {
            push(end - len, end);
        }
    }
    // `2014,130/4`: a marker glued in front of the next citation.
    if text[..start].ends_with(',') && text[end..].starts_with('/') {
        for len in 1..run.len().min(3) {
            push(start, start + len);
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
        ')' | '”' | '’' | '"' | '\'' => true,
        _ => false,
    }
}

/// Decides whether digits starting at `start` are glued to a word or to
/// punctuation in a way that makes them a footnote marker.
fn classify_before(
    text: &str,
    start: usize,
    digits: usize,
    last_marker: Option<(usize, MarkerStrength)>,
) -> Option<MarkerStrength> {
    let before = &text[..start];
    let mut rev = before.char_indices().rev();
    let (c_idx, c) = rev.next()?;
    if c.is_alphabetic() {
        let mut has_lower = c.is_lowercase();
        let mut has_upper = c.is_uppercase();
        let mut count = 1;
        let mut preceding = None;
        for (_, ch) in rev {
            if ch.is_alphabetic() {
                has_lower |= ch.is_lowercase();
                has_upper |= ch.is_uppercase();
                count += 1;
            } else {
                preceding = Some(ch);
                break;
            }
        }
        if let Some(p) = preceding {
            if p.is_alphanumeric() || matches!(p, '/' | '-' | '.' | '_' | '@' | '#' | '\u{2011}') {
                return None;
            }
        }
        if count < 2 {
            return None;
        }
        if has_lower || !has_upper {
            return Some(MarkerStrength::Strong);
        }
        return Some(MarkerStrength::Weak);
    }
    if !matches!(c, ',' | ';' | ':' | '.' | ')' | '”' | '’' | '"') {
        return None;
    }
    // A second indicator at the same place: `Conference1,2`.
    if c == ',' {
        if let Some((end, strength)) = last_marker {
            if end == c_idx {
                return Some(strength);
            }
        }
    }
    let b = before[..c_idx].chars().next_back()?;
    if b.is_ascii_digit() {
        // `Agenda 21,6` and `24 March 2021,3 46/21` are markers after a
        // number and a comma; `18,861,800` is not (thousands come in threes),
        // nor is `1.5`. `(2005)1` is too unsure to report alone.
        let number_before = before[..c_idx]
            .bytes()
            .rev()
            .take_while(u8::is_ascii_digit)
            .count();
        return match c {
            ')' => Some(MarkerStrength::Weak),
            ';' => Some(MarkerStrength::Strong),
            ',' if digits < 3 || number_before >= 4 => Some(MarkerStrength::Strong),
            _ => None,
        };
    }
    if c == '.' {
        // `Add.1`, `A/67/L.29`, `E.96.IV.8`: a dotted abbreviation or symbol.
        // The word before the full stop ends where the full stop starts.
        let word = &before[..c_idx];
        let token_start = word
            .char_indices()
            .rev()
            .take_while(|(_, ch)| ch.is_alphanumeric())
            .last()
            .map_or(c_idx, |(i, _)| i);
        let token = &word[token_start..];
        let preceding = before[..token_start].chars().next_back();
        if token.chars().count() <= 1
            || DOTTED_ABBREVIATIONS.contains(&token)
            || matches!(preceding, Some('/' | '.' | '-'))
        {
            return None;
        }
    }
    if b.is_whitespace() {
        return None;
    }
    Some(MarkerStrength::Strong)
}

/// Recognizes the start of a footnote text line: `1 Resolution 60/1.`,
/// `¹ Text`, or `[^1]: Text`. Returns the number and the span of the label.
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

    fn markers(text: &str) -> Vec<(u32, &str, MarkerStrength)> {
        let mut out = Vec::new();
        scan_markers(text, 0, &mut out);
        out.into_iter()
            .filter(|m| m.strength != Possible)
            .map(|m| {
                (
                    m.number,
                    &text[m.span.start as usize..m.span.end as usize],
                    m.strength,
                )
            })
            .collect()
    }

    fn possible(text: &str) -> Vec<u32> {
        let mut out = Vec::new();
        scan_markers(text, 0, &mut out);
        out.into_iter()
            .filter(|m| m.strength == Possible)
            .map(|m| m.number)
            .collect()
    }

    use MarkerStrength::*;

    #[test]
    fn flattened_markers_are_possible_only() {
        assert_eq!(possible("resolutions 71/2052 and"), vec![2, 52]);
        assert!(possible("2014,130/4 of").contains(&1));
        assert_eq!(possible("decision 1/CMA.55 on"), vec![5, 55]);
        assert!(possible("Paris 2024 and").is_empty());
    }

    #[test]
    fn glued_markers() {
        assert_eq!(
            markers("the World Summit Outcome,1 sports"),
            vec![(1, "1", Strong)]
        );
        assert_eq!(
            markers("Islamic Conference1 to participate"),
            vec![(1, "1", Strong)]
        );
        assert_eq!(markers("the Secretary-General;3"), vec![(3, "3", Strong)]);
        assert_eq!(markers("Declaration2 of an appeal"), vec![(2, "2", Strong)]);
        assert_eq!(
            markers("Conference1,2 and"),
            vec![(1, "1", Strong), (2, "2", Strong)]
        );
        assert_eq!(
            markers("(UNCTAD)4 and UNCTAD5"),
            vec![(4, "4", Strong), (5, "5", Weak)]
        );
        assert_eq!(markers("children”,5 which"), vec![(5, "5", Strong)]);
        assert_eq!(markers("الأمم المتحدة1 و"), vec![(1, "1", Strong)]);
        assert_eq!(
            markers("of 27 September 201934 and"),
            vec![(34, "34", Strong)]
        );
        assert_eq!(markers("the Decade 2014–20242 and"), vec![(2, "2", Strong)]);
        assert_eq!(markers("24 March 2021,3 46/21"), vec![(3, "3", Strong)]);
        assert_eq!(markers("Agenda 21,6 and"), vec![(6, "6", Strong)]);
        assert_eq!(markers("on 1 February 2011;40"), vec![(40, "40", Strong)]);
        assert_eq!(markers("Ships, 2004,119 and"), vec![(119, "119", Strong)]);
        // A full stop after a multi-byte letter (this once split the letter).
        assert_eq!(markers("the café.5 and"), vec![(5, "5", Strong)]);
        assert_eq!(markers("ٱلعربية.7 و"), vec![(7, "7", Strong)]);
    }

    #[test]
    fn digits_in_symbols_and_names_are_not_markers() {
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
        ] {
            let found = markers(text);
            assert!(
                found.iter().all(|m| m.2 == Weak),
                "{text:?} gave strong markers {found:?}"
            );
        }
        assert_eq!(markers("CO2 emissions"), vec![(2, "2", Weak)]);
    }

    #[test]
    fn superscript_and_markdown() {
        assert_eq!(
            markers("Conference¹ and Summit²³"),
            vec![(1, "¹", Strong), (23, "²³", Strong)]
        );
        assert_eq!(markers("Conference[^4] and"), vec![(4, "[^4]", Strong)]);
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
    }
}
