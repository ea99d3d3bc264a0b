//! The drafting vocabulary: the opening phrases of paragraphs and the names
//! of organizations, as data ([`crate::data::lexicon`], generated from
//! `shared/lexicon`) and the lookups the parser, the rules, completion and
//! hover share.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;

use crate::data::lexicon::{ORGANIZATIONS, PHRASES, STRENGTH_SCALES, VERB_FORMS};

/// Which part of a resolution a phrase opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Part {
    Preambular,
    Operative,
}

/// The bodies that use a phrase.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Bodies {
    All,
    GeneralAssembly,
    SecurityCouncil,
    /// Found in Model UN lists, rare or unidiomatic in UN texts.
    ModelUn,
}

impl Bodies {
    /// For hovers and completion details.
    pub fn describe(self) -> &'static str {
        match self {
            Bodies::All => "all organs",
            Bodies::GeneralAssembly => "the General Assembly",
            Bodies::SecurityCouncil => "the Security Council",
            Bodies::ModelUn => "Model UN lists only (rare in UN texts)",
        }
    }
}

/// An opening phrase (`Recalling`, `Takes note with appreciation of`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Phrase {
    pub text: &'static str,
    pub part: Part,
    /// The family it belongs to (`exhortation`, `concern`, `reference`, …).
    pub family: &'static str,
    /// A rough 1–6 scale within the family, higher is stronger (advisory).
    pub strength: Option<u8>,
    pub bodies: Bodies,
    pub note: &'static str,
    /// Attested in a UN resolution text read for the lexicon.
    pub seen_in_un_text: bool,
    /// How many paragraphs of the adopted texts of the corpus open with it.
    pub frequency: u32,
    /// The verb is addressed to someone (`Requests the Secretary-General`).
    pub addressee: bool,
}

/// How a former name gave way to the current one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Succession {
    /// The same organization under another name.
    Renamed,
    /// Replaced, merged or reorganized into the current organization.
    Succeeded,
    /// A distinct predecessor body; mentioning it is not a slip.
    Predecessor,
}

/// A name an organization had before.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FormerName {
    pub name: &'static str,
    pub acronym: Option<&'static str>,
    /// When the name stopped being used (`2011-06-28`, `1994`).
    pub until: &'static str,
    pub change: &'static str,
    pub succession: Succession,
}

/// An organization of the United Nations system or another
/// intergovernmental organization.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Organization {
    /// The current official name.
    pub name: &'static str,
    pub acronym: Option<&'static str>,
    /// Other spellings found in UN texts and short forms (`First Committee`).
    pub aliases: &'static [&'static str],
    pub category: &'static str,
    pub parent: Option<&'static str>,
    pub status: &'static str,
    pub note: &'static str,
    /// Confirmed from a source (otherwise general knowledge).
    pub verified: bool,
    /// How often the corpus names it.
    pub frequency: u32,
    pub former: &'static [FormerName],
}

/// Every opening phrase.
pub fn phrases() -> &'static [Phrase] {
    PHRASES
}

/// Every organization.
pub fn organizations() -> &'static [Organization] {
    ORGANIZATIONS
}

/// Phrases by their exact text (first entry wins).
static PHRASE_INDEX: LazyLock<HashMap<&'static str, u16>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    for (i, phrase) in PHRASES.iter().enumerate() {
        index.entry(phrase.text).or_insert(i as u16);
    }
    index
});

/// The phrase written exactly `text`.
pub fn phrase_by_text(text: &str) -> Option<(u16, &'static Phrase)> {
    let index = *PHRASE_INDEX.get(text)?;
    Some((index, &PHRASES[index as usize]))
}

/// The text of `s` up to its first character that is not alphanumeric.
fn leading_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// The phrases by their [`leading_word`], in lexicon order: a phrase that
/// `words` starts with, on a word boundary, has the leading word of `words`.
static PHRASES_BY_LEADING_WORD: LazyLock<HashMap<&'static str, Vec<u16>>> = LazyLock::new(|| {
    let mut index: HashMap<&'static str, Vec<u16>> = HashMap::new();
    for (i, phrase) in PHRASES.iter().enumerate() {
        index
            .entry(leading_word(phrase.text))
            .or_default()
            .push(i as u16);
    }
    index
});

/// The longest phrase that `words` (an opening with its first letter in
/// capitals and single spaces) starts with, ending on a word boundary (the
/// last in the lexicon of equally long ones).
pub fn longest_phrase(words: &str) -> Option<(u16, &'static Phrase)> {
    let candidates = PHRASES_BY_LEADING_WORD.get(leading_word(words))?;
    let mut best: Option<(u16, &'static Phrase)> = None;
    for &i in candidates {
        let p = &PHRASES[i as usize];
        if words.starts_with(p.text)
            && words[p.text.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
            && best.is_none_or(|(_, b)| p.text.len() >= b.text.len())
        {
            best = Some((i, p));
        }
    }
    best
}

/// Whether some phrase of the lexicon opens with `word` (any case).
pub fn opens_phrase(word: &str) -> bool {
    static FIRST_WORDS: LazyLock<std::collections::HashSet<String>> = LazyLock::new(|| {
        PHRASES
            .iter()
            .filter_map(|p| p.text.split(' ').next())
            .map(str::to_lowercase)
            .collect()
    });
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        FIRST_WORDS.contains(&word.to_lowercase())
    } else {
        FIRST_WORDS.contains(word)
    }
}

/// Whether some phrase of `part` opens with `word` (as written there:
/// `Noting`, `Acting`).
pub fn opens_phrase_of(word: &str, part: Part) -> bool {
    static FIRST_WORDS: LazyLock<[std::collections::HashSet<&'static str>; 2]> =
        LazyLock::new(|| {
            let of = |part: Part| {
                PHRASES
                    .iter()
                    .filter(|p| p.part == part && p.bodies != Bodies::ModelUn)
                    .filter_map(|p| p.text.split(' ').next())
                    .collect()
            };
            [of(Part::Preambular), of(Part::Operative)]
        });
    FIRST_WORDS[usize::from(part == Part::Operative)].contains(word)
}

/// Whether some phrase whose verb takes an addressee opens with `word`.
pub fn opens_addressed_phrase(word: &str) -> bool {
    static FIRST_WORDS: LazyLock<std::collections::HashSet<&'static str>> = LazyLock::new(|| {
        PHRASES
            .iter()
            .filter(|p| p.addressee)
            .filter_map(|p| p.text.split(' ').next())
            .collect()
    });
    FIRST_WORDS.contains(word)
}

/// The forms of a verb: (present, participle, past, base).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct VerbForms {
    pub present: &'static str,
    pub participle: &'static str,
    pub past: &'static str,
    pub base: &'static str,
}

/// The verb forms in ASCII lower case, each to the first entry having it.
static VERB_FORM_INDEX: LazyLock<HashMap<String, usize>> = LazyLock::new(|| {
    let mut index = HashMap::new();
    for (i, (present, participle, past, base)) in VERB_FORMS.iter().enumerate() {
        for form in [present, participle, past, base] {
            index.entry(form.to_ascii_lowercase()).or_insert(i);
        }
    }
    index
});

/// The forms of the verb `word` is a form of (any case).
pub fn verb_forms(word: &str) -> Option<VerbForms> {
    let i = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        *VERB_FORM_INDEX.get(&word.to_ascii_lowercase())?
    } else {
        *VERB_FORM_INDEX.get(word)?
    };
    let (present, participle, past, base) = VERB_FORMS[i];
    Some(VerbForms {
        present,
        participle,
        past,
        base,
    })
}

/// The strength scale a phrase is on, with the phrase's position in it.
pub fn strength_scale(text: &str) -> Option<(&'static str, &'static [&'static str], usize)> {
    STRENGTH_SCALES.iter().find_map(|(name, scale)| {
        scale
            .iter()
            .position(|step| step.split(" / ").any(|s| s == text))
            .map(|at| (*name, *scale, at))
    })
}

/// Writes the first letter of `text` in capitals.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// Writes the first letter of `text` in lower case.
pub fn decapitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The form of an opening repeated once (`also`) or twice or more
/// (`further`): the adverb goes before an operative verb (`Also requests`)
/// and after a preambular participle (`Recalling also`, `Noting also with
/// concern`, `Taking note also of`).
pub fn repeated_form(text: &str, part: Part, adverb: &str) -> String {
    match part {
        Part::Operative => format!("{} {}", capitalize(adverb), decapitalize(text)),
        Part::Preambular => {
            // The lexicon's own form, where it has one (`Taking note also of`).
            let words: Vec<&str> = text.split(' ').collect();
            for at in 1..=words.len() {
                let mut candidate = words.clone();
                candidate.insert(at, adverb);
                let candidate = candidate.join(" ");
                if phrase_by_text(&candidate).is_some() {
                    return candidate;
                }
            }
            // After the participle or adjective, past any intensifier.
            let at = words
                .iter()
                .position(|w| !INTENSIFIERS.contains(&w.to_ascii_lowercase().as_str()))
                .map_or(1, |i| i + 1);
            let mut out = words;
            out.insert(at.min(out.len()), adverb);
            out.join(" ")
        }
    }
}

/// Whether `word` (any case) is one of the [`INTENSIFIERS`].
pub fn is_intensifier(word: &str) -> bool {
    if word.is_ascii() {
        INTENSIFIERS.iter().any(|i| i.eq_ignore_ascii_case(word))
    } else {
        INTENSIFIERS.contains(&word.to_lowercase().as_str())
    }
}

/// Adverbs that strengthen an opening (`Strongly condemns`, `Deeply
/// concerned`, `Once again calls upon`).
pub const INTENSIFIERS: &[&str] = &[
    "strongly",
    "deeply",
    "gravely",
    "firmly",
    "fully",
    "urgently",
    "again",
    "once",
    "seriously",
    "profoundly",
    "sincerely",
    "warmly",
    "unequivocally",
    "formally",
    "solemnly",
    "categorically",
    "resolutely",
    "emphatically",
    "expressly",
    "duly",
    "keenly",
    "greatly",
    "most",
    "highly",
    "equally",
    "likewise",
    "ever",
];

/// A name found in a line.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct NameMatch {
    /// Byte range in the line.
    pub start: usize,
    pub end: usize,
    /// Index into [`organizations`].
    pub organization: u16,
    pub kind: NameKind,
}

/// Which of an organization's names matched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NameKind {
    Name,
    Acronym,
    /// Former name `n` of the organization.
    FormerName(u8),
    /// The acronym of former name `n`, no longer the organization's.
    FormerAcronym(u8),
}

struct NameTable {
    regex: Regex,
    /// For each alternative of the pattern, in pattern order.
    targets: HashMap<&'static str, (u16, NameKind)>,
    /// Whether every name holds an ASCII capital (`UNCTAD`, `Organization of
    /// African Unity`): a text without one names none, and is not searched
    /// (most lines of Arabic, Chinese and Russian texts).
    capitals: bool,
}

static NAMES: LazyLock<NameTable> = LazyLock::new(|| {
    let mut targets: HashMap<&'static str, (u16, NameKind)> = HashMap::new();
    // Current names and acronyms first: a former name equal to a current
    // one (`OIC`, `East African Community`) is the current one.
    for (i, org) in ORGANIZATIONS.iter().enumerate() {
        let i = i as u16;
        targets.entry(org.name).or_insert((i, NameKind::Name));
        for alias in org.aliases {
            targets.entry(alias).or_insert((i, NameKind::Name));
        }
        if let Some(acronym) = org.acronym.filter(|a| a.len() > 1) {
            targets.entry(acronym).or_insert((i, NameKind::Acronym));
        }
    }
    for (i, org) in ORGANIZATIONS.iter().enumerate() {
        for (n, former) in org.former.iter().enumerate() {
            let kind = NameKind::FormerName(n as u8);
            targets.entry(former.name).or_insert((i as u16, kind));
            if let Some(acronym) = former.acronym.filter(|a| a.len() > 2) {
                let kind = NameKind::FormerAcronym(n as u8);
                targets.entry(acronym).or_insert((i as u16, kind));
            }
        }
    }
    let mut keys: Vec<&str> = targets.keys().copied().collect();
    keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    let pattern = keys
        .iter()
        .map(|k| regex::escape(k))
        .collect::<Vec<_>>()
        .join("|");
    let regex = Regex::new(&pattern).unwrap_or_else(|e| panic!("organization names: {e}"));
    let capitals = keys
        .iter()
        .all(|k| k.bytes().any(|b| b.is_ascii_uppercase()));
    NameTable {
        regex,
        targets,
        capitals,
    }
});

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Every organization name, acronym and former name in `text[from..]`, on
/// word boundaries, longest first where names overlap.
pub fn scan_names(text: &str, from: usize) -> Vec<NameMatch> {
    let table = &*NAMES;
    let mut found = Vec::new();
    let Some(haystack) = text.get(from..) else {
        return found;
    };
    if table.capitals
        && crate::syntax::bytes::find(haystack.as_bytes(), 0, |b| b.wrapping_sub(b'A') < 26)
            .is_none()
    {
        return found;
    }
    for m in table.regex.find_iter(haystack) {
        let (start, end) = (from + m.start(), from + m.end());
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            continue;
        }
        if let Some(&(organization, kind)) = table.targets.get(m.as_str()) {
            found.push(NameMatch {
                start,
                end,
                organization,
                kind,
            });
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_on_word_boundaries() {
        let (_, phrase) = longest_phrase("Takes note with appreciation of the report").unwrap();
        assert_eq!(phrase.text, "Takes note with appreciation of");
        let (_, phrase) = longest_phrase("Recalling its resolution").unwrap();
        assert_eq!(phrase.text, "Recalling");
        assert!(longest_phrase("Recallings").is_none());
    }

    #[test]
    fn verb_forms_go_both_ways() {
        let forms = verb_forms("Requesting").unwrap();
        assert_eq!((forms.present, forms.past), ("Requests", "Requested"));
        assert_eq!(verb_forms("notes").unwrap().participle, "Noting");
        assert_eq!(verb_forms("Emphasizing").unwrap().present, "Emphasizes");
    }

    #[test]
    fn repeated_forms_follow_un_usage() {
        assert_eq!(
            repeated_form("Requests", Part::Operative, "also"),
            "Also requests"
        );
        assert_eq!(
            repeated_form("Recalling", Part::Preambular, "further"),
            "Recalling further"
        );
        assert_eq!(
            repeated_form("Taking note of", Part::Preambular, "also"),
            "Taking note also of"
        );
        assert_eq!(
            repeated_form("Deeply concerned", Part::Preambular, "also"),
            "Deeply concerned also"
        );
    }

    #[test]
    fn names_longest_first_and_on_word_boundaries() {
        let text = "the Economic Commission for Latin America and the Caribbean and UNDPA and UNDP";
        let found = scan_names(text, 0);
        let names: Vec<&str> = found.iter().map(|m| &text[m.start..m.end]).collect();
        assert_eq!(
            names,
            [
                "Economic Commission for Latin America and the Caribbean",
                "UNDP"
            ]
        );
        let text = "the Organization of the Islamic Conference (OIC)";
        let found = scan_names(text, 0);
        assert_eq!(found[0].kind, NameKind::FormerName(0));
        assert_eq!(found[1].kind, NameKind::Acronym);
    }
}
