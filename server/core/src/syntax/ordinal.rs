//! English ordinals written in words, as UN texts write sessions,
//! anniversaries and conferences (`seventy-ninth`, `eighteenth`, `one
//! hundredth`): one table, read and written both ways.

const UNITS: [&str; 10] = [
    "", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
const TEENS: [&str; 10] = [
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
];
/// The cardinal tens, which compound ordinals start with (`seventy-ninth`).
const TENS: [&str; 10] = [
    "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];
const TENS_ORDINALS: [&str; 10] = [
    "",
    "",
    "twentieth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
];

/// The hyphens a compound ordinal is written with (`seventy‑ninth` with a
/// non-breaking hyphen in the UN's exports).
pub fn is_hyphen(c: char) -> bool {
    matches!(c, '-' | '‐' | '‑' | '–')
}

/// `79` → `seventy-ninth` (1 to 199).
pub fn spell(n: u32) -> Option<String> {
    let (hundreds, rest) = (n / 100, n % 100);
    if n == 0 || hundreds > 1 {
        return None;
    }
    let tail = match rest {
        0 => "hundredth".to_owned(),
        1..=9 => UNITS[rest as usize].to_owned(),
        10..=19 => TEENS[rest as usize - 10].to_owned(),
        _ if rest % 10 == 0 => TENS_ORDINALS[rest as usize / 10].to_owned(),
        _ => format!("{}-{}", TENS[rest as usize / 10], UNITS[rest as usize % 10]),
    };
    Some(match (hundreds, rest) {
        (0, _) => tail,
        (_, 0) => "one hundredth".to_owned(),
        _ => format!("one hundred and {tail}"),
    })
}

/// `Seventy-ninth` → `79`: one word, 1 to 99, in any case, with any hyphen.
pub fn parse(word: &str) -> Option<u32> {
    let word = word.to_lowercase();
    let find = |list: &[&str], w: &str| list.iter().position(|x| !x.is_empty() && *x == w);
    if let Some(i) = find(&UNITS, &word) {
        return Some(i as u32);
    }
    if let Some(i) = find(&TEENS, &word) {
        return Some(10 + i as u32);
    }
    if let Some(i) = find(&TENS_ORDINALS, &word) {
        return Some(10 * i as u32);
    }
    let (tens, unit) = word.split_once(is_hyphen)?;
    Some(10 * find(&TENS, tens)? as u32 + find(&UNITS, unit)? as u32)
}

/// Whether `word` is one part of an ordinal (`seventy`, `ninth`,
/// `hundredth`).
pub fn is_part(word: &str) -> bool {
    word == "hundredth"
        || [&UNITS[..], &TEENS, &TENS, &TENS_ORDINALS]
            .iter()
            .any(|list| list.iter().any(|x| !x.is_empty() && *x == word))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ordinals_both_ways() {
        for n in 1..100 {
            let word = spell(n).unwrap();
            assert_eq!(parse(&word), Some(n), "{word}");
            assert_eq!(parse(&word.to_uppercase()), Some(n), "{word}");
        }
        assert_eq!(spell(79).as_deref(), Some("seventy-ninth"));
        assert_eq!(spell(80).as_deref(), Some("eightieth"));
        assert_eq!(spell(100).as_deref(), Some("one hundredth"));
        assert_eq!(spell(101).as_deref(), Some("one hundred and first"));
        assert_eq!(spell(0), None);
        assert_eq!(parse("seventy‑ninth"), Some(79));
        assert_eq!(parse("seventy"), None);
        assert_eq!(parse("ninety-tenth"), None);
        assert!(is_part("seventy") && is_part("ninth") && is_part("hundredth"));
        assert!(!is_part("seven"));
    }
}
