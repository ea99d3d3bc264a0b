//! The opening of a paragraph (`Recalling also`, `Further requests`,
//! `Noting with deep concern`) and the former names of organizations a line
//! mentions. Both are found from the line's text alone, like the rest of the
//! per-line syntax.

use compact_str::CompactString;

use crate::vocabulary::{self, NameKind, Part, Succession};

use super::Span;

/// What kind of word opens a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum OpeningForm {
    /// A verb in the present tense: `Requests`, `Calls upon`.
    Present,
    /// A present participle: `Recalling`, `Having considered`.
    Participle,
    /// A past participle: `Convinced`, `Guided by`, and in an operative
    /// paragraph the past tense `Decided`.
    PastParticiple,
    /// An adjective: `Mindful`, `Aware`, `Deeply conscious`.
    Adjective,
    /// The bare verb: `Request the Secretary-General`.
    Base,
    /// A subject before the verb: `The General Assembly requests`; the
    /// verb is the opening's head ([`Opening::head`]).
    Subject,
    /// Anything else.
    Other,
}

/// `also` or `further` on a repeated opening.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Repeat {
    None,
    Also,
    Further,
}

/// The opening phrase of a paragraph.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Opening {
    /// The phrase as written, its `also`/`further` included.
    pub span: Span,
    /// The verb, participle or adjective.
    pub head: Span,
    /// The head word as written ([`Opening::word`]), then, for a verb
    /// that takes an addressee, a line feed and who it is addressed to
    /// ([`Opening::addressee`]): one string, inline when the two are
    /// short (`Urges\nall states`), where the addressee was a box of its
    /// own (an opening in five has one) and the opening 16 bytes more. A
    /// line holds no line feed, so neither does the word.
    pub(crate) written: CompactString,
    pub form: OpeningForm,
    pub repeat: Repeat,
    /// `Also requests` (the adverb first) rather than `Requests also`.
    pub adverb_first: bool,
    /// The lexicon's phrase, without `also`/`further`.
    pub phrase: Option<u16>,
    /// The phrase in lower case without `also`/`further`: what a repetition
    /// repeats (`requests`, `calls upon`, `noting with concern`).
    pub key: CompactString,
    /// When the paragraph opens with something other than a verb in the
    /// present tense, the first such verb that follows a comma: the main
    /// verb of an operative paragraph that opens with an introductory phrase
    /// (`Noting the increase in attacks, decides`, `While noting
    /// improvements, recognizes`, `Also, in this regard, calls upon`).
    pub verb_after: Option<Span>,
    /// A square bracket of negotiation stands inside [`Opening::span`]
    /// (`Also [calls upon`): an edit of the whole span would drop it.
    pub bracketed: bool,
    /// In a text of another language, the learned form it opens with: its
    /// index in the language's `openings.forms`
    /// ([`crate::data::languages::LanguageData`]); [`Opening::phrase`] is
    /// then the English phrase it translates. `None` in English.
    pub foreign: Option<u16>,
}

/// Every field, the verb of [`OpeningForm::Subject`] printed as when the
/// form held its span (the form `examples/corpus_dump.rs` compares).
impl std::fmt::Debug for Opening {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        struct Form<'a>(&'a Opening);
        impl std::fmt::Debug for Form<'_> {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                match self.0.form {
                    OpeningForm::Subject => f
                        .debug_struct("Subject")
                        .field("verb", &self.0.head)
                        .finish(),
                    ref form => form.fmt(f),
                }
            }
        }
        f.debug_struct("Opening")
            .field("span", &self.span)
            .field("head", &self.head)
            .field("word", &self.word())
            .field("form", &Form(self))
            .field("repeat", &self.repeat)
            .field("adverb_first", &self.adverb_first)
            .field("phrase", &self.phrase)
            .field("key", &self.key)
            .field("addressee", &self.addressee())
            .field("verb_after", &self.verb_after)
            .field("bracketed", &self.bracketed)
            .field("foreign", &self.foreign)
            .finish()
    }
}

impl Opening {
    /// [`Opening::written`] of `word` and `addressee`.
    pub(crate) fn written(word: &str, addressee: Option<&str>) -> CompactString {
        debug_assert!(!word.contains('\n'));
        match addressee {
            None => CompactString::new(word),
            Some(addressee) => {
                let mut written = CompactString::with_capacity(word.len() + 1 + addressee.len());
                written.push_str(word);
                written.push('\n');
                written.push_str(addressee);
                written
            }
        }
    }

    /// The head word as written.
    pub fn word(&self) -> &str {
        match memchr::memchr(b'\n', self.written.as_bytes()) {
            Some(at) => &self.written[..at],
            None => &self.written,
        }
    }

    /// Who a verb that takes an addressee is addressed to, in lower case
    /// (`the secretary-general`).
    pub fn addressee(&self) -> Option<&str> {
        memchr::memchr(b'\n', self.written.as_bytes()).map(|at| &self.written[at + 1..])
    }
}

/// Adjectives that open preambular paragraphs.
const ADJECTIVES: &[&str] = &[
    "mindful",
    "aware",
    "conscious",
    "cognizant",
    "cognisant",
    "confident",
    "desirous",
    "anxious",
    "grateful",
    "eager",
    "keen",
    "hopeful",
    "appreciative",
    "sure",
    "certain",
    "seized",
    "fearful",
    "sensitive",
    "alert",
    "vigilant",
    "responsive",
];

/// The organs that may stand as the subject of a wrongly built operative
/// paragraph (`The General Assembly requests`).
const SUBJECTS: &[&str] = &[
    "The General Assembly",
    "The Security Council",
    "The Human Rights Council",
    "The Economic and Social Council",
    "The Assembly",
    "The Council",
    "The Commission",
    "It",
];

/// Words of the opening: (start, end) byte ranges in `text`, stopping at the
/// first punctuation. Square brackets of negotiation are read through
/// (`Also [calls upon/urges]` opens `Also calls upon`).
/// At most [`MAX_WORDS`] words, read byte by byte where they are ASCII.
fn words(text: &str, from: usize, limit: usize) -> Words {
    let limit = limit.min(MAX_WORDS);
    let mut out = Words {
        spans: [(0, 0); MAX_WORDS],
        len: 0,
    };
    let bytes = text.as_bytes();
    let mut start = None;
    let mut i = from;
    while i < bytes.len() {
        let b = bytes[i];
        if is_ascii_word_byte(b) {
            // An ASCII run of a word at once (most words).
            start.get_or_insert(i);
            i += 1;
            while i < bytes.len() && is_ascii_word_byte(bytes[i]) {
                i += 1;
            }
            continue;
        }
        let (word_char, len, c) = if b < 0x80 {
            let word_char = b.is_ascii_alphabetic() || b == b'-' || b == b'\'';
            (word_char, 1, char::from(b))
        } else {
            let c = text[i..].chars().next().unwrap_or('\u{0}');
            (c.is_alphabetic() || c == '’', c.len_utf8(), c)
        };
        if word_char {
            start.get_or_insert(i);
        } else {
            if let Some(s) = start.take() {
                out.spans[out.len] = (s, i);
                out.len += 1;
                if out.len >= limit {
                    return out;
                }
            }
            if !matches!(c, ' ' | '[' | ']') {
                return out;
            }
        }
        i += len;
    }
    if let Some(s) = start {
        out.spans[out.len] = (s, text.len());
        out.len += 1;
    }
    out
}

/// Whether `b` is an ASCII byte of a word for [`words`].
fn is_ascii_word_byte(b: u8) -> bool {
    b.is_ascii_alphabetic() || b == b'-' || b == b'\''
}

/// The most words [`words`] reads.
const MAX_WORDS: usize = 10;

/// The words of an opening, (start, end) byte ranges, on the stack.
struct Words {
    spans: [(usize, usize); MAX_WORDS],
    len: usize,
}

impl std::ops::Deref for Words {
    type Target = [(usize, usize)];

    fn deref(&self) -> &[(usize, usize)] {
        &self.spans[..self.len]
    }
}

/// Calls `f` with `word` in lower case, written on the stack when it is a
/// short ASCII word (most words), else allocated.
fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        f(std::str::from_utf8(lower).unwrap_or_default())
    } else {
        f(&word.to_lowercase())
    }
}

fn classify(word: &str, phrase_part: Option<Part>) -> OpeningForm {
    with_lowercase(word, |lower| classify_lowercase(lower, phrase_part))
}

/// [`classify`] of a word in lower case.
fn classify_lowercase(lower: &str, phrase_part: Option<Part>) -> OpeningForm {
    // The auxiliaries before a participle or an adjective: `Being gravely
    // concerned`, `Having considered`; `Is encouraged by`, `Is convinced`.
    match lower {
        "being" | "having" => return OpeningForm::Participle,
        "is" => return OpeningForm::Present,
        _ => {}
    }
    if let Some(forms) = vocabulary::verb_forms(lower) {
        if forms.present.eq_ignore_ascii_case(lower) {
            return OpeningForm::Present;
        }
        if forms.participle.eq_ignore_ascii_case(lower) {
            return OpeningForm::Participle;
        }
        if forms.past.eq_ignore_ascii_case(lower) {
            return OpeningForm::PastParticiple;
        }
        if forms.base.eq_ignore_ascii_case(lower) && phrase_part.is_none() {
            return OpeningForm::Base;
        }
    }
    if ADJECTIVES.contains(&lower) {
        return OpeningForm::Adjective;
    }
    match phrase_part {
        Some(Part::Operative) => return OpeningForm::Present,
        Some(Part::Preambular) if lower.ends_with("ing") => return OpeningForm::Participle,
        Some(Part::Preambular) if lower.ends_with("ed") || lower.ends_with("en") => {
            return OpeningForm::PastParticiple
        }
        Some(Part::Preambular) => return OpeningForm::Adjective,
        None => {}
    }
    let len = lower.chars().count();
    if lower.ends_with("ing") && len > 5 {
        OpeningForm::Participle
    } else if lower.ends_with("ed") && len > 4 {
        OpeningForm::PastParticiple
    } else if lower.ends_with('s')
        && len > 3
        && !["ss", "us", "is", "ics", "ions"]
            .iter()
            .any(|s| lower.ends_with(s))
    {
        OpeningForm::Present
    } else {
        OpeningForm::Other
    }
}

/// Whether `word` can open a paragraph as its head: a form of a verb the
/// lexicon knows, an adjective of [`ADJECTIVES`], or the first word of a
/// phrase of the lexicon (`Concerned`, `Alarmed`).
fn is_head_word(word: &str) -> bool {
    vocabulary::verb_forms(word).is_some()
        || ADJECTIVES.iter().any(|a| a.eq_ignore_ascii_case(word))
        || vocabulary::opens_phrase(word)
}

/// Whether `word`, followed by `next`, is an adverb before the head of an
/// opening: an intensifier (`Deeply`, `Strongly`, `Ever`), or an adverb in
/// `-ly` before a word that can be a head (`Particularly concerned`,
/// `Extremely alarmed`, `Warmly welcomes`).
fn is_adverb_before(word: &str, next: Option<&str>) -> bool {
    if vocabulary::is_intensifier(word) {
        return true;
    }
    let ly = word.len() > 4 && word.is_ascii() && word[word.len() - 2..].eq_ignore_ascii_case("ly");
    ly && next.is_some_and(is_head_word)
}

/// The first verb in the present tense that follows a comma in
/// `text[from..]`, after any adverbs (`, further requests`, `, strongly
/// urges`): the main verb of a paragraph that opens with an introductory
/// phrase. Verbs and adverbs are lower-case ASCII words.
fn verb_after_comma(text: &str, from: usize) -> Option<Span> {
    let bytes = text.as_bytes();
    for comma in memchr::memchr_iter(b',', bytes.get(from..)?) {
        let mut at = from + comma + 1;
        if bytes.get(at) != Some(&b' ') {
            continue;
        }
        at += 1;
        loop {
            let end = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_lowercase())
                    .count();
            if end == at
                || bytes
                    .get(end)
                    .is_some_and(|&b| b.is_ascii_alphanumeric() || b >= 0x80 || b == b'-')
            {
                break;
            }
            let word = &text[at..end];
            // `also`, `further` and the intensifiers (`strongly`, `once
            // again`, `most`), without a look-up for the common words.
            let adverb = (word.len() >= 4 && word.ends_with("ly"))
                || matches!(
                    word,
                    "also" | "further" | "again" | "once" | "most" | "ever" | "likewise"
                );
            if adverb && bytes.get(end) == Some(&b' ') {
                at = end + 1;
                continue;
            }
            // A verb in the present tense ends with `s` (`decides`, `calls`):
            // only those are looked up.
            if word.ends_with('s')
                && vocabulary::verb_forms(word)
                    .is_some_and(|f| f.present.eq_ignore_ascii_case(word))
            {
                return Some(Span::new(at, end));
            }
            break;
        }
    }
    None
}

/// The opening of the paragraph whose body starts at `body_start`, if the
/// body starts with a capitalized word (after any square brackets of
/// negotiation: `[Requests a report;]`).
pub fn scan_opening(text: &str, body_start: usize) -> Option<Opening> {
    let body_start = body_start + text.get(body_start..)?.len()
        - text[body_start..].trim_start_matches(['[', ' ']).len();
    let words = words(text, body_start, 10);
    let &(first_start, first_end) = words.first()?;
    if first_start != body_start || !text[first_start..].starts_with(char::is_uppercase) {
        return None;
    }
    let word = |i: usize| &text[words[i].0..words[i].1];
    let mut repeat = Repeat::None;
    let mut adverb_first = false;
    let mut at = 0;
    if words.len() > 1
        && matches!(word(0), "Also" | "Further")
        && word(1).starts_with(char::is_lowercase)
    {
        repeat = if word(0) == "Also" {
            Repeat::Also
        } else {
            Repeat::Further
        };
        adverb_first = true;
        at = 1;
    }
    // A subject before the verb.
    let rest = &text[first_start..];
    for subject in SUBJECTS {
        if let Some(after) = rest.strip_prefix(subject).and_then(|r| r.strip_prefix(' ')) {
            let verb_start = first_start + subject.len() + 1;
            let verb_words = self::words(text, verb_start, 2);
            let Some(&(mut vs, mut ve)) = verb_words.first() else {
                break;
            };
            if matches!(&text[vs..ve], "also" | "further") {
                repeat = if &text[vs..ve] == "also" {
                    Repeat::Also
                } else {
                    Repeat::Further
                };
                match verb_words.get(1) {
                    Some(&(s, e)) => (vs, ve) = (s, e),
                    None => break,
                }
            }
            let verb = &text[vs..ve];
            if after.starts_with(char::is_lowercase) && classify(verb, None) == OpeningForm::Present
            {
                return Some(Opening {
                    span: Span::new(first_start, ve),
                    head: Span::new(vs, ve),
                    written: Opening::written(verb, None),
                    form: OpeningForm::Subject,
                    repeat,
                    adverb_first,
                    phrase: None,
                    key: {
                        let mut key = CompactString::default();
                        push_lowercase(&mut key, verb);
                        key
                    },
                    verb_after: None,
                    bracketed: text[first_start..ve].contains(['[', ']']),
                    foreign: None,
                });
            }
            break;
        }
    }
    // The phrase without its `also`/`further`, first letter in capitals.
    let mut kept_words = [0usize; MAX_WORDS];
    let mut kept_len = 0;
    let mut adverb_after: Option<usize> = None;
    for i in at..words.len() {
        let w = word(i);
        if i > at && i <= at + 3 && repeat == Repeat::None && matches!(w, "also" | "further") {
            repeat = if w == "also" {
                Repeat::Also
            } else {
                Repeat::Further
            };
            adverb_after = Some(i);
            continue;
        }
        kept_words[kept_len] = i;
        kept_len += 1;
    }
    let kept = &kept_words[..kept_len];
    let mut normalized = String::with_capacity(text.len() - first_start);
    for (n, &i) in kept.iter().enumerate() {
        if n > 0 {
            normalized.push(' ');
        }
        normalized.push_str(word(i));
    }
    if normalized.starts_with(|c: char| c.is_ascii()) {
        normalized[..1].make_ascii_uppercase();
    } else {
        normalized = vocabulary::capitalize(&normalized);
    }
    let matched = vocabulary::longest_phrase(&normalized);
    let phrase_words = matched.map_or(0, |(_, p)| p.text.split(' ').count());
    // The head: the first word that is not an adverb.
    let head_index = kept
        .iter()
        .enumerate()
        .find(|&(n, &i)| !is_adverb_before(word(i), kept.get(n + 1).map(|&j| word(j))))
        .map_or(at, |(_, &i)| i);
    let head = words[head_index];
    let form = classify(&text[head.0..head.1], matched.map(|(_, p)| p.part));
    // The span: the matched phrase, or the words up to the head.
    let last_kept = if phrase_words > 0 {
        kept[phrase_words - 1]
    } else {
        head_index
    };
    let end_index = match adverb_after {
        Some(a) if a == last_kept + 1 || a < last_kept => a.max(last_kept),
        _ => last_kept,
    };
    let span = Span::new(first_start, words[end_index].1);
    let key = match matched {
        Some((_, p)) => {
            let mut key = CompactString::default();
            push_lowercase(&mut key, p.text);
            key
        }
        None => {
            // `Having heard`, not `Having`: after an auxiliary, the
            // participle or adjective is the head of the phrase
            // (`Being gravely concerned`, `Is encouraged`).
            let through = match word(head_index) {
                "Having" | "having" | "Being" | "being" | "Is" => kept
                    .iter()
                    .copied()
                    .filter(|&i| i > head_index)
                    .find(|&i| !vocabulary::is_intensifier(word(i)))
                    .unwrap_or(head_index),
                _ => head_index,
            };
            let mut key = CompactString::default();
            for &i in kept.iter().take_while(|&&i| i <= through) {
                if !key.is_empty() {
                    key.push(' ');
                }
                push_lowercase(&mut key, word(i));
            }
            key
        }
    };
    // A verb the lexicon knows as addressed (`Calls on` like `Calls upon`).
    let addressed = match matched {
        Some((_, p)) => p.addressee,
        None => vocabulary::opens_addressed_phrase(&text[head.0..head.1]),
    };
    let addressee = addressed.then(|| addressee_after(text, span.end as usize));
    let word = &text[head.0..head.1];
    let _ = first_end;
    let verb_after = match form {
        OpeningForm::Present | OpeningForm::Subject => None,
        _ => verb_after_comma(text, span.end as usize),
    };
    Some(Opening {
        span,
        head: Span::new(head.0, head.1),
        written: Opening::written(word, addressee.as_deref()),
        form,
        repeat,
        adverb_first,
        phrase: matched.map(|(i, _)| i),
        key,
        verb_after,
        bracketed: text[span.start as usize..span.end as usize].contains(['[', ']']),
        foreign: None,
    })
}

/// The words after an opening up to the first comma, `to`, `that`, … : who
/// it is addressed to, in lower case.
fn addressee_after(text: &str, from: usize) -> CompactString {
    const STOPS: &[&str] = &[
        "to", "that", "in", "for", "on", "with", "at", "by", "as", "and", "of", "also", "further",
        "once", "again", "not",
    ];
    let mut out = CompactString::default();
    for &(s, e) in words(text, from, 8).iter() {
        let word = &text[s..e];
        let stop = with_lowercase(word, |w| STOPS.contains(&w));
        // Every word is at least a character: the text is empty until one
        // is written.
        if stop && !out.is_empty() {
            break;
        }
        if !stop {
            if !out.is_empty() {
                out.push(' ');
            }
            push_lowercase(&mut out, word);
        }
    }
    out
}

/// Writes `word` in lower case at the end of `out` (as `to_lowercase`).
fn push_lowercase(out: &mut CompactString, word: &str) {
    if word.is_ascii() {
        let start = out.len();
        out.push_str(word);
        out.as_mut_str()[start..].make_ascii_lowercase();
    } else {
        out.push_str(&word.to_lowercase());
    }
}

/// A former name of an organization mentioned in a line.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct FormerMention {
    pub span: Span,
    /// Index into [`vocabulary::organizations`].
    pub organization: u16,
    /// Index into that organization's former names.
    pub former: u8,
    /// The former acronym rather than the former name.
    pub acronym: bool,
}

/// The former names (and former acronyms no longer in use) mentioned in
/// `text[from..]`, where the line does not itself explain the change: it
/// names the current organization too, or says `formerly`, `former` or
/// `now`. Predecessor bodies (the Permanent Court of International Justice)
/// are not former names of their successors.
pub fn scan_former_names(text: &str, from: usize) -> Vec<FormerMention> {
    if !vocabulary::may_hold_former_name(text, from) {
        return Vec::new();
    }
    let found = vocabulary::scan_names(text, from);
    let mut out = Vec::new();
    for m in &found {
        let (former, acronym) = match m.kind {
            NameKind::FormerName(n) => (n, false),
            NameKind::FormerAcronym(n) => (n, true),
            _ => continue,
        };
        let org = &vocabulary::organizations()[m.organization as usize];
        if org.former[former as usize].succession == Succession::Predecessor {
            continue;
        }
        let names_current = found.iter().any(|other| {
            other.organization == m.organization
                && matches!(other.kind, NameKind::Name | NameKind::Acronym)
        });
        let window_start = m.start.saturating_sub(40);
        let window_start = (0..=window_start)
            .rev()
            .find(|&i| text.is_char_boundary(i))
            .unwrap_or(0);
        let before = text[window_start..m.start].to_lowercase();
        let after: String = text[m.end..]
            .chars()
            .take(12)
            .collect::<String>()
            .to_lowercase();
        let explained = before.contains("formerly")
            || before.contains("former ")
            || before.contains("renamed")
            || after.contains("now ")
            || after.contains("renamed");
        if names_current || explained {
            continue;
        }
        out.push(FormerMention {
            span: Span::new(m.start, m.end),
            organization: m.organization,
            former,
            acronym,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opening(text: &str) -> Opening {
        scan_opening(text, 0).unwrap_or_else(|| panic!("no opening in {text:?}"))
    }

    fn spanned(text: &str) -> &str {
        let o = scan_opening(text, 0).unwrap();
        &text[o.span.start as usize..o.span.end as usize]
    }

    /// Two lines in three open with a phrase (30,000 boxed openings in the
    /// 10 MB document of issue 19): at 88 bytes a box takes a 96-byte
    /// block of glibc's malloc, at 89 to 104 a 112-byte one. The verb of
    /// a subject-first opening is its head, not a span of its own (the
    /// form was 12 bytes, the opening 120); the addressee is written after
    /// the head word in one string (it was a box of 16 bytes, the opening
    /// 104).
    #[test]
    fn opening_stays_small() {
        assert_eq!(std::mem::size_of::<OpeningForm>(), 1);
        assert!(
            std::mem::size_of::<Opening>() <= 88,
            "Opening is {} bytes",
            std::mem::size_of::<Opening>()
        );
    }

    #[test]
    fn openings_and_their_forms() {
        let o = opening("Also requests the Secretary-General to report;");
        assert_eq!(o.form, OpeningForm::Present);
        assert_eq!((o.repeat, o.adverb_first), (Repeat::Also, true));
        assert_eq!(&*o.key, "requests");
        assert_eq!(o.addressee(), Some("the secretary-general"));
        assert_eq!(
            spanned("Also requests the Secretary-General"),
            "Also requests"
        );

        let o = opening("Noting also with deep concern the situation,");
        assert_eq!(o.form, OpeningForm::Participle);
        assert_eq!(o.repeat, Repeat::Also);
        assert_eq!(&*o.key, "noting with deep concern");
        assert_eq!(
            spanned("Noting also with deep concern the situation,"),
            "Noting also with deep concern"
        );
        assert_eq!(spanned("Recalling further that"), "Recalling further");
        assert_eq!(spanned("Decides also that"), "Decides also");
        assert_eq!(opening("Decides also that").repeat, Repeat::Also);

        assert_eq!(opening("Mindful of").form, OpeningForm::Adjective);
        assert_eq!(opening("Convinced that").form, OpeningForm::PastParticiple);
        assert_eq!(
            opening("Gravely concerned by").form,
            OpeningForm::PastParticiple
        );
        assert_eq!(opening("Requesting the").form, OpeningForm::Participle);
        assert_eq!(opening("Request the").form, OpeningForm::Base);
        assert_eq!(opening("Appropriates an amount").form, OpeningForm::Present);
        assert_eq!(opening("Climate change is").form, OpeningForm::Other);
        assert!(matches!(
            opening("The General Assembly requests the").form,
            OpeningForm::Subject
        ));
        assert_eq!(
            opening("The General Assembly shall meet").form,
            OpeningForm::Other
        );
        assert!(scan_opening("— Calls for", 0).is_none());
        assert!(scan_opening("and expresses", 0).is_none());
    }

    #[test]
    fn calls_upon_is_addressed() {
        let o = opening("Calls upon all States to cooperate;");
        assert_eq!(&*o.key, "calls upon");
        assert_eq!(o.addressee(), Some("all states"));
        assert_eq!(opening("Decides to remain seized").addressee(), None);
        assert_eq!(opening("Decides to remain seized").word(), "Decides");
        // Word and addressee read apart from the one string they share,
        // inline or not.
        let o = opening("Calls upon all States to act;");
        assert_eq!((o.word(), o.addressee()), ("Calls", Some("all states")));
        let o = opening("Requests the Secretary-General to report;");
        assert_eq!(
            (o.word(), o.addressee()),
            ("Requests", Some("the secretary-general"))
        );
    }

    #[test]
    fn former_names_unless_explained() {
        let text = "Welcomes the cooperation with the Organization of the Islamic Conference;";
        let found = scan_former_names(text, 0);
        assert_eq!(found.len(), 1);
        let explained = "the Organization of Islamic Cooperation, formerly the Organization of the Islamic Conference";
        assert!(scan_former_names(explained, 0).is_empty());
        assert!(scan_former_names("the Permanent Court of International Justice", 0).is_empty());
        assert_eq!(scan_former_names("the support of DPKO and DFS", 0).len(), 2);
    }
}
