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
///
/// 56 bytes (see the size test): the optional fields are held with a
/// sentinel and read through accessors ([`Opening::phrase`],
/// [`Opening::foreign`], [`Opening::verb_after`]), and the key
/// ([`Opening::key`]) is held only where it is not the lower case of the
/// lexicon's phrase or of the head word.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Opening {
    /// The phrase as written, its `also`/`further` included.
    pub span: Span,
    /// The verb, participle or adjective.
    pub head: Span,
    /// The head word as written ([`Opening::word`]), then, for a verb
    /// that takes an addressee, a line feed and who it is addressed to
    /// ([`Opening::addressee`]), then, where the key is not the one
    /// [`Opening::key`] derives, a carriage return and the key: one
    /// string, inline when they are short (`Urges\nall states`). A line
    /// holds neither a line feed nor a carriage return, so neither does
    /// the word, the addressee or the key (read from the line's text or
    /// the language's data).
    pub(crate) written: CompactString,
    pub form: OpeningForm,
    pub repeat: Repeat,
    /// `Also requests` (the adverb first) rather than `Requests also`.
    pub adverb_first: bool,
    /// A square bracket of negotiation stands inside [`Opening::span`]
    /// (`Also [calls upon`): an edit of the whole span would drop it.
    pub bracketed: bool,
    /// [`Opening::phrase`], [`NONE`] for none.
    phrase: u16,
    /// [`Opening::foreign`], [`NONE`] for none.
    foreign: u16,
    /// [`Opening::verb_after`], [`NO_SPAN`] for none.
    pub(super) verb_after: Span,
}

impl Opening {
    /// Whether `self` and `other` are the same opening but for where they
    /// stand (their spans; only whether a verb follows counts), told
    /// field by field without copying either (a keystroke asks it of the
    /// line it edits).
    pub(crate) fn same_but_positions(&self, other: &Opening) -> bool {
        let Opening {
            span: _,
            head: _,
            written,
            form,
            repeat,
            adverb_first,
            bracketed,
            phrase,
            foreign,
            verb_after,
        } = self;
        *written == other.written
            && *form == other.form
            && *repeat == other.repeat
            && *adverb_first == other.adverb_first
            && *bracketed == other.bracketed
            && *phrase == other.phrase
            && *foreign == other.foreign
            && (*verb_after == NO_SPAN) == (other.verb_after == NO_SPAN)
    }
}

/// [`Opening::phrase`] or [`Opening::foreign`] when there is none: no
/// lexicon or language holds that many phrases or forms.
const NONE: u16 = u16::MAX;

/// [`Opening::verb_after`] when there is none: no span of a text ends
/// before it starts.
pub(super) const NO_SPAN: Span = Span {
    start: u32::MAX,
    end: 0,
};

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
            .field("phrase", &self.phrase())
            .field("key", &&*self.key())
            .field("addressee", &self.addressee())
            .field("verb_after", &self.verb_after())
            .field("bracketed", &self.bracketed)
            .field("foreign", &self.foreign())
            .finish()
    }
}

/// The parts of an opening a parser finds ([`Opening::new`]).
pub(crate) struct Found<'a> {
    pub(crate) span: Span,
    pub(crate) head: Span,
    /// The head word as written.
    pub(crate) word: &'a str,
    pub(crate) addressee: Option<&'a str>,
    /// The phrase in lower case without `also`/`further`.
    pub(crate) key: Key<'a>,
    pub(crate) form: OpeningForm,
    pub(crate) repeat: Repeat,
    pub(crate) adverb_first: bool,
    pub(crate) bracketed: bool,
    pub(crate) phrase: Option<u16>,
    pub(crate) foreign: Option<u16>,
    pub(crate) verb_after: Option<Span>,
}

/// [`Found::key`]: what the caller knows of the key.
pub(crate) enum Key<'a> {
    /// The one [`Opening::key`] derives (the lower case of the lexicon's
    /// phrase in English, of the word else).
    Derived,
    /// Not the one it derives (a lower case of more characters than the
    /// word's).
    Other(&'a str),
    /// Either: compared with the one it derives.
    Compare(&'a str),
}

impl Opening {
    /// The opening of the parts `found`.
    pub(crate) fn new(found: Found<'_>) -> Opening {
        let Found {
            span,
            head,
            word,
            addressee,
            key,
            form,
            repeat,
            adverb_first,
            bracketed,
            phrase,
            foreign,
            verb_after,
        } = found;
        debug_assert!(!word.contains(['\n', '\r']));
        debug_assert!(addressee.is_none_or(|a| !a.contains(['\n', '\r'])));
        let source = || key_source(word, phrase, foreign);
        let stored = match key {
            Key::Derived => None,
            Key::Other(key) => Some(key),
            Key::Compare(key) => Some(key).filter(|&key| !lower_is(source(), key)),
        };
        debug_assert!(stored.is_none_or(|k| !k.contains(['\n', '\r'])));
        let written = if addressee.is_none() && stored.is_none() {
            CompactString::new(word)
        } else {
            let len = word.len()
                + addressee.map_or(0, |a| 1 + a.len())
                + stored.map_or(0, |k| 1 + k.len());
            // (`push_str` of the separators: `push` of a char is dearer.)
            let mut written = CompactString::with_capacity(len);
            written.push_str(word);
            if let Some(addressee) = addressee {
                written.push_str("\n");
                written.push_str(addressee);
            }
            if let Some(key) = stored {
                written.push_str("\r");
                written.push_str(key);
            }
            written
        };
        Opening {
            span,
            head,
            written,
            form,
            repeat,
            adverb_first,
            bracketed,
            phrase: phrase.filter(|&p| p != NONE).unwrap_or(NONE),
            foreign: foreign.filter(|&f| f != NONE).unwrap_or(NONE),
            verb_after: verb_after.unwrap_or(NO_SPAN),
        }
    }

    /// The word and the addressee: [`Opening::written`] before any key.
    fn word_and_addressee(&self) -> &str {
        match memchr::memchr(b'\r', self.written.as_bytes()) {
            Some(at) => &self.written[..at],
            None => &self.written,
        }
    }

    /// The head word as written.
    pub fn word(&self) -> &str {
        match memchr::memchr2(b'\n', b'\r', self.written.as_bytes()) {
            Some(at) => &self.written[..at],
            None => &self.written,
        }
    }

    /// Who a verb that takes an addressee is addressed to, in lower case
    /// (`the secretary-general`).
    pub fn addressee(&self) -> Option<&str> {
        let both = self.word_and_addressee();
        memchr::memchr(b'\n', both.as_bytes()).map(|at| &both[at + 1..])
    }

    /// The key when it is held (not derived).
    fn stored_key(&self) -> Option<&str> {
        memchr::memchr(b'\r', self.written.as_bytes()).map(|at| &self.written[at + 1..])
    }

    /// The phrase in lower case without `also`/`further`: what a
    /// repetition repeats (`requests`, `calls upon`, `noting with
    /// concern`). Held only where it is not the lower case of the
    /// lexicon's phrase (in English) or of the head word.
    pub fn key(&self) -> std::borrow::Cow<'_, str> {
        match self.stored_key() {
            Some(key) => key.into(),
            None => lowercase(key_source(self.word(), self.phrase(), self.foreign())),
        }
    }

    /// Whether the two openings have the same [`Opening::key`], with no
    /// string made where both are ASCII.
    pub fn same_key(&self, other: &Opening) -> bool {
        match (self.stored_key(), other.stored_key()) {
            (Some(a), Some(b)) => a == b,
            (Some(key), None) => lower_is(
                key_source(other.word(), other.phrase(), other.foreign()),
                key,
            ),
            (None, Some(key)) => {
                lower_is(key_source(self.word(), self.phrase(), self.foreign()), key)
            }
            (None, None) => {
                let a = key_source(self.word(), self.phrase(), self.foreign());
                let b = key_source(other.word(), other.phrase(), other.foreign());
                if a == b {
                    true
                } else if a.is_ascii() && b.is_ascii() {
                    a.eq_ignore_ascii_case(b)
                } else if caseless(a) && caseless(b) {
                    // (Each its own lower case: the keys are the texts.)
                    false
                } else {
                    lowercase(a) == lowercase(b)
                }
            }
        }
    }

    /// The lexicon's phrase, without `also`/`further`: an index into
    /// [`vocabulary::phrases`].
    pub fn phrase(&self) -> Option<u16> {
        Some(self.phrase).filter(|&p| p != NONE)
    }

    /// In a text of another language, the learned form it opens with: its
    /// index in the language's `openings.forms`
    /// ([`crate::data::languages::LanguageData`]); [`Opening::phrase`] is
    /// then the English phrase it translates. `None` in English.
    pub fn foreign(&self) -> Option<u16> {
        Some(self.foreign).filter(|&f| f != NONE)
    }

    /// When the paragraph opens with something other than a verb in the
    /// present tense, the first such verb that follows a comma: the main
    /// verb of an operative paragraph that opens with an introductory
    /// phrase (`Noting the increase in attacks, decides`, `While noting
    /// improvements, recognizes`, `Also, in this regard, calls upon`).
    pub fn verb_after(&self) -> Option<Span> {
        Some(self.verb_after).filter(|&s| s != NO_SPAN)
    }

    /// Sets [`Opening::verb_after`] (for the debug build's checks and the
    /// tests: no reader sets it but the opening's own).
    #[cfg(any(test, debug_assertions))]
    pub(crate) fn set_verb_after(&mut self, verb_after: Option<Span>) {
        self.verb_after = verb_after.unwrap_or(NO_SPAN);
    }
}

/// What [`Opening::key`] is the lower case of where it is not held: in
/// English, the lexicon's phrase; else the head word.
fn key_source(word: &str, phrase: Option<u16>, foreign: Option<u16>) -> &str {
    match (phrase, foreign) {
        (Some(p), None) => vocabulary::phrases()[usize::from(p)].text,
        _ => word,
    }
}

/// Whether every character of `text` is its own lower case, told from
/// its bytes for the scripts whose characters have no case but ASCII's
/// (ASCII but the capitals, the Arabic block, U+3000 to U+9FFF: CJK
/// punctuation, kana, ideographs); `false` for any other character, which
/// [`lowercase`] then reads.
fn caseless(text: &str) -> bool {
    text.bytes().all(|b| match b {
        b'A'..=b'Z' => false,
        0..=0x7f | 0x80..=0xbf | 0xd8..=0xdb | 0xe3..=0xe9 => true,
        _ => false,
    })
}

/// `text` in lower case ([`str::to_lowercase`]), borrowed where it is
/// already.
fn lowercase(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        if text.bytes().any(|b| b.is_ascii_uppercase()) {
            text.to_ascii_lowercase().into()
        } else {
            text.into()
        }
    } else if text.chars().all(|c| {
        // Most Arabic and Chinese openings at once: characters without
        // case (as `foreign::lower_case` reads them).
        matches!(c, '\0'..='@' | '['..='\u{7f}' | '\u{600}'..='\u{6ff}' | '\u{3000}'..='\u{303f}' | '\u{3400}'..='\u{9fff}')
    }) || text.chars().all(|c| {
        // (`Σ`, the one character `str::to_lowercase` reads in context, is
        // not its own lower case: the text is then lowered in full.)
        let mut lower = c.to_lowercase();
        lower.next() == Some(c) && lower.next().is_none()
    }) {
        text.into()
    } else {
        text.to_lowercase().into()
    }
}

/// Whether `lower` is `raw` in lower case ([`str::to_lowercase`]).
fn lower_is(raw: &str, lower: &str) -> bool {
    if raw.is_ascii() {
        raw.len() == lower.len()
            && raw
                .bytes()
                .zip(lower.bytes())
                .all(|(r, l)| r.to_ascii_lowercase() == l)
    } else {
        lowercase(raw) == lower
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
            (
                crate::syntax::bytes::is_alphabetic(c) || c == '’',
                c.len_utf8(),
                c,
            )
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
/// Whether [`verb_after_comma`] passes `word` on its way from a comma to
/// the verb: `also`, `further` and the intensifiers (`strongly`, `once
/// again`, `most`), without a look-up for the common words.
pub(super) fn comma_chain_adverb(word: &str) -> bool {
    (word.len() >= 4 && word.ends_with("ly"))
        || matches!(
            word,
            "also" | "further" | "again" | "once" | "most" | "ever" | "likewise"
        )
}

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
            if comma_chain_adverb(word) && bytes.get(end) == Some(&b' ') {
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
    if first_start != body_start
        || !text[first_start..].starts_with(crate::syntax::bytes::is_uppercase)
    {
        return None;
    }
    let word = |i: usize| &text[words[i].0..words[i].1];
    let mut repeat = Repeat::None;
    let mut adverb_first = false;
    let mut at = 0;
    if words.len() > 1
        && matches!(word(0), "Also" | "Further")
        && word(1).starts_with(crate::syntax::bytes::is_lowercase)
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
            if after.starts_with(crate::syntax::bytes::is_lowercase)
                && classify(verb, None) == OpeningForm::Present
            {
                return Some(Opening::new(Found {
                    span: Span::new(first_start, ve),
                    head: Span::new(vs, ve),
                    word: verb,
                    addressee: None,
                    // The verb in lower case.
                    key: Key::Derived,
                    form: OpeningForm::Subject,
                    repeat,
                    adverb_first,
                    bracketed: text[first_start..ve].contains(['[', ']']),
                    phrase: None,
                    foreign: None,
                    verb_after: None,
                }));
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
    // The key of a phrase of the lexicon is its text in lower case
    // ([`Opening::key`] derives it).
    let key = 'key: {
        if matched.is_some() {
            break 'key None;
        }
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
        if through == head_index && kept.first() == Some(&head_index) {
            // The head word alone: derived too.
            break 'key None;
        }
        let mut key = CompactString::default();
        for &i in kept.iter().take_while(|&&i| i <= through) {
            if !key.is_empty() {
                key.push(' ');
            }
            push_lowercase(&mut key, word(i));
        }
        Some(key)
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
    Some(Opening::new(Found {
        span,
        head: Span::new(head.0, head.1),
        word,
        addressee: addressee.as_deref(),
        key: key.as_deref().map_or(Key::Derived, Key::Compare),
        form,
        repeat,
        adverb_first,
        bracketed: text[span.start as usize..span.end as usize].contains(['[', ']']),
        phrase: matched.map(|(i, _)| i),
        foreign: None,
        verb_after,
    }))
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

    /// A text told caseless from its bytes is its own lower case: every
    /// character of the blocks it passes, each alone and after the others.
    #[test]
    fn a_caseless_text_is_its_own_lower_case() {
        let chars = (0u32..0x80)
            .chain(0x600..0x700)
            .chain(0x3000..0xa000)
            .filter_map(char::from_u32);
        let mut all = String::new();
        for c in chars {
            let one = c.to_string();
            if super::caseless(&one) {
                assert_eq!(one.to_lowercase(), one, "{c:?}");
                all.push(c);
            }
        }
        assert_eq!(all.to_lowercase(), all);
        assert!(!super::caseless("Ab") && !super::caseless("é") && !super::caseless("Σ"));
        assert!(super::caseless("إذ تشير") && super::caseless("回顾"));
    }

    fn opening(text: &str) -> Opening {
        scan_opening(text, 0).unwrap_or_else(|| panic!("no opening in {text:?}"))
    }

    fn spanned(text: &str) -> &str {
        let o = scan_opening(text, 0).unwrap();
        &text[o.span.start as usize..o.span.end as usize]
    }

    /// Two lines in three open with a phrase (30,000 boxed openings in the
    /// 10 MB document of issue 19): at 56 bytes a box takes a 64-byte
    /// block of glibc's malloc, at 57 to 72 an 80-byte one (at 88, as
    /// before the key was derived and the optional fields held with
    /// sentinels, a 96-byte one). The verb of a subject-first opening is
    /// its head, not a span of its own; the addressee and a key that is
    /// not derived are written after the head word in one string.
    #[test]
    fn opening_stays_small() {
        assert_eq!(std::mem::size_of::<OpeningForm>(), 1);
        assert_eq!(std::mem::size_of::<Opening>(), 56);
        assert!(vocabulary::phrases().len() < usize::from(NONE));
    }

    /// The key is held only where it is not derived, and reads the same
    /// either way; two openings compare their keys however they hold them.
    #[test]
    fn keys_held_or_derived() {
        // From the lexicon's phrase, from the subject's verb: not held.
        let o = opening("Requests the Secretary-General to report;");
        assert!(o.stored_key().is_none());
        assert_eq!(o.key(), "requests");
        let o = opening("The General Assembly requests the Secretary-General");
        assert!(o.stored_key().is_none());
        assert_eq!(o.key(), "requests");
        // Words the lexicon does not know, through the head: held.
        let o = opening("Having glimpsed carefully the statement,");
        assert_eq!(o.word(), "Having");
        assert_eq!(o.stored_key(), Some(&*o.key()));
        assert_eq!(o.key(), "having glimpsed");
        assert_eq!(o.addressee(), None);
        // A key read back beside an addressee.
        let found = |word, addressee, key| {
            Opening::new(Found {
                span: Span::new(0, 1),
                head: Span::new(0, 1),
                word,
                addressee,
                key: Key::Compare(key),
                form: OpeningForm::Other,
                repeat: Repeat::None,
                adverb_first: false,
                bracketed: false,
                phrase: None,
                foreign: Some(3),
                verb_after: None,
            })
        };
        let a = found("Prend", Some("les états"), "prend note");
        assert_eq!(
            (a.word(), a.addressee(), &*a.key()),
            ("Prend", Some("les états"), "prend note")
        );
        let b = found("Prend", Some("les états"), "prend");
        assert!(b.stored_key().is_none());
        assert_eq!(
            (b.word(), b.addressee(), &*b.key()),
            ("Prend", Some("les états"), "prend")
        );
        assert!(!a.same_key(&b) && !b.same_key(&a));
        let c = found("PREND", None, "prend");
        assert!(b.same_key(&c) && c.same_key(&b));
        let d = found("Réaffirme", None, "réaffirme");
        let e = found("RÉAFFIRME", None, "réaffirme");
        assert!(d.stored_key().is_none() && e.stored_key().is_none());
        assert!(d.same_key(&e) && !d.same_key(&c));
        let f = found("Réaffirme", None, "réaffirme aussi");
        assert!(!d.same_key(&f) && !f.same_key(&d) && f.same_key(&f.clone()));
        assert_eq!(found("决定", None, "决定").key(), "决定");
        assert!(matches!(
            found("决定", None, "决定").key(),
            std::borrow::Cow::Borrowed(_)
        ));
        // The optional fields read back as they were given.
        assert_eq!(
            (c.phrase(), c.foreign(), c.verb_after()),
            (None, Some(3), None)
        );
        let mut g = opening("Noting the increase in attacks, decides to act;");
        let after = g.verb_after();
        assert!(after.is_some());
        g.set_verb_after(None);
        assert_eq!(g.verb_after(), None);
        g.set_verb_after(after);
        assert_eq!(g.verb_after(), after);
    }

    #[test]
    fn openings_and_their_forms() {
        let o = opening("Also requests the Secretary-General to report;");
        assert_eq!(o.form, OpeningForm::Present);
        assert_eq!((o.repeat, o.adverb_first), (Repeat::Also, true));
        assert_eq!(&*o.key(), "requests");
        assert_eq!(o.addressee(), Some("the secretary-general"));
        assert_eq!(
            spanned("Also requests the Secretary-General"),
            "Also requests"
        );

        let o = opening("Noting also with deep concern the situation,");
        assert_eq!(o.form, OpeningForm::Participle);
        assert_eq!(o.repeat, Repeat::Also);
        assert_eq!(&*o.key(), "noting with deep concern");
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
        assert_eq!(&*o.key(), "calls upon");
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
