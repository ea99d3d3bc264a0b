//! Citations of resolutions and decisions in running text.
//!
//! Recognized after the word `resolution(s)` or `decision(s)`: new-style
//! General Assembly numbers (`67/264`, `ES-10/19`, `S-26/2`, `31/16 A`),
//! old style (`3369 (XXX)`, `217 A (III)`, `2252 (ES-V)`), Security Council
//! numbers with their year (`1624 (2005)`), numbers by year (`2013/5`),
//! lists of them joined by commas, `and` and `as well as` (a footnote marker
//! may follow a comma: `…”,17 74/274`), each optionally dated (`of 17 May
//! 2013`) and followed by its quoted title (`, entitled “…”`). Lettered parts
//! (`66/253 A and B`) and sections (`section IV of resolution 76/274`) are
//! noted. What the words around the list say about the body that adopted it
//! (`Security Council resolution`, `its resolution`, `the Environment
//! Assembly, in its resolution`, `…, adopted by the Commission`, the bodies
//! the clause names) is kept as a [`Qualifier`]; [`crate::attribution`]
//! weighs it with the number, the date and the catalog.

use std::sync::LazyLock;

use regex::Regex;

use super::bytes::{digits, is_ascii_word_byte};
use super::date::{date_opening, Date};
use super::{Organ, Span};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationKind {
    Resolution,
    Decision,
}

/// The session part of a General Assembly or Human Rights Council number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionRef {
    Regular(u32),
    Special(u32),
    Emergency(u32),
}

/// What identifies the cited text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CitationId {
    /// `67/264`, `ES-10/19`, `S-26/2`, or ECOSOC's `2013/5` (year/number).
    Slash { session: SessionRef, number: u32 },
    /// Old General Assembly style `3369 (XXX)`; `session` is `None` when the
    /// roman numeral is not a valid one.
    Roman {
        number: u32,
        session: Option<SessionRef>,
        roman: Span,
    },
    /// Security Council style `1624 (2005)`.
    Year {
        number: u32,
        year: u32,
        year_span: Span,
    },
}

/// A body the words name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Body {
    /// An organ named in full (`the Security Council`); `the Assembly` is
    /// the General Assembly; any other body (`the Environment Assembly`,
    /// `the Commission on the Status of Women`) is [`Organ::Other`].
    Organ(Organ),
    /// `the Council`, `Council resolution`: a council the words do not name
    /// in full (the text's own, if it is a council's).
    Council,
}

/// The bodies a clause names, as a set.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Bodies(u8);

impl Bodies {
    fn bit(body: Body) -> u8 {
        match body {
            Body::Organ(Organ::GeneralAssembly) => 1,
            Body::Organ(Organ::SecurityCouncil) => 2,
            Body::Organ(Organ::HumanRightsCouncil) => 4,
            Body::Organ(Organ::EconomicAndSocialCouncil) => 8,
            Body::Organ(Organ::Other) => 16,
            Body::Council => 32,
        }
    }

    /// The set with `body` added.
    pub fn with(self, body: Body) -> Bodies {
        Bodies(self.0 | Bodies::bit(body))
    }

    pub fn contains(self, body: Body) -> bool {
        self.0 & Bodies::bit(body) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

/// What the words around a citation say about the body that adopted it.
/// [`crate::attribution`] weighs it with the number, the date and the text
/// the citation is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualifier {
    /// The words name it: before the lead (`Security Council resolution`,
    /// `Council resolution`, `Assembly resolution`, `Commission on Human
    /// Rights resolution`), as the owner of `its` (`the Environment
    /// Assembly, in its resolution`, `by the Assembly in its resolution`,
    /// `in its resolution 48/141 …, the General Assembly decided`), or after
    /// the list (`…, adopted by the Commission on the Status of Women`,
    /// `…, in which the Assembly recognized`, `… of the Conference of the
    /// Parties`).
    Named(Body),
    /// `its resolution` with no other owner in the words: the text's own
    /// organ's; `clause` holds the bodies the clause names elsewhere.
    Its { clause: Bodies },
    /// No qualifier (`resolution 67/264`); `clause` holds the bodies the
    /// clause names around it (`the resolutions of the Human Rights
    /// Council, the most recent being resolution 47/1`).
    Bare { clause: Bodies },
}

/// The lettered parts a citation names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Letters {
    /// Where they are written (`A and B`).
    pub span: Span,
    /// Which: bit 0 for A, bit 1 for B, … (`A to E` sets five).
    pub mask: u32,
}

impl Letters {
    /// Reads `A`, `A and B`, `A, B and C`, `A to E`.
    fn parse(text: &str, span: Span) -> Letters {
        let mut mask = 0u32;
        let mut previous: Option<u8> = None;
        let mut range = false;
        for word in text.split([' ', ',']).filter(|w| !w.is_empty()) {
            match word.as_bytes() {
                [b] if b.is_ascii_uppercase() => {
                    let at = b - b'A';
                    if range {
                        for l in previous.unwrap_or(at)..=at {
                            mask |= 1 << l;
                        }
                    }
                    mask |= 1 << at;
                    previous = Some(at);
                    range = false;
                }
                b"to" => range = true,
                _ => {}
            }
        }
        Letters { span, mask }
    }

    /// The single letter named, if only one is.
    pub fn single(&self) -> Option<char> {
        (self.mask.count_ones() == 1).then(|| (b'A' + self.mask.trailing_zeros() as u8) as char)
    }
}

/// A title quoted after a citation, with what the rules compare.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct QuotedTitle {
    /// Inside the quotation marks.
    pub span: Span,
    /// [`TitleKey`] of the text.
    pub key: TitleKey,
    /// Whether its first letter is a capital.
    pub capital: bool,
}

/// What two renderings of a title must share to be the same title, as
/// hashes: `exact` after normalizing quotation marks, dashes and hyphens,
/// spaces and the case of the first letter; `lenient` after dropping all
/// but letters and digits and all case, as a library catalogue's
/// rendering may differ (`New Partnership for Africa's Development :
/// progress`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct TitleKey {
    pub exact: u64,
    pub lenient: u64,
}

impl TitleKey {
    pub fn of(title: &str) -> TitleKey {
        const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        let feed = |hash: &mut u64, c: char| {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                *hash ^= u64::from(b);
                *hash = hash.wrapping_mul(PRIME);
            }
        };
        let (mut exact, mut lenient) = (OFFSET, OFFSET);
        let mut first = true;
        let mut space = false;
        // After a dash, spaces do not count (`2018 – 2028`, `2018–2028`).
        let mut joined = false;
        for c in title.trim().chars() {
            if crate::syntax::bytes::is_alphanumeric(c) {
                for l in c.to_lowercase() {
                    feed(&mut lenient, l);
                }
            }
            let c = match c {
                '“' | '”' | '„' | '«' | '»' | '‘' | '’' | '\'' | '`' => '"',
                // Dashes and hyphens, and the soft hyphen: `Follow-up` is
                // `Followup` in some metadata.
                '-' | '‐' | '‑' | '–' | '—' | '−' | '\u{ad}' => {
                    space = false;
                    joined = true;
                    continue;
                }
                c if c.is_whitespace() => {
                    space = !joined;
                    continue;
                }
                c => c,
            };
            joined = false;
            if space && !first {
                feed(&mut exact, ' ');
            }
            space = false;
            if first && crate::syntax::bytes::is_alphabetic(c) {
                for l in c.to_lowercase() {
                    feed(&mut exact, l);
                }
            } else {
                feed(&mut exact, c);
            }
            first = false;
        }
        TitleKey { exact, lenient }
    }
}

/// One cited resolution or decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Citation {
    pub kind: CitationKind,
    pub id: CitationId,
    pub qualifier: Qualifier,
    /// The number as written (`67/264`, `3369 (XXX)`, `1624 (2005)`), with parts.
    pub span: Span,
    /// The date after `of`, if any, with its span.
    pub date: Option<(Date, Span)>,
    /// Index of this item in its list (0 for the first).
    pub list_index: u16,
    /// The item names lettered parts (`31/16 A`, `217 A (III)`) or follows
    /// `section I of` / `part II of`.
    pub parts: bool,
    /// The lettered parts as written (`A`, `A and B`, `A to E`).
    pub letters: Option<Letters>,
    /// The item follows `section IV of`, `part II of` or `annex … to`: it
    /// cites a section of the resolution, adopted with it.
    pub section: bool,
    /// The title quoted after it (`, entitled “…”`).
    pub title: Option<QuotedTitle>,
    /// Byte offset of the `resolution(s)` word that leads the list.
    pub lead: u32,
}

/// What [`find_lead`] finds (the pattern its test compares it with).
#[cfg(test)]
static LEAD: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern(r"(?-u:\b)([Rr]esolutions?|[Dd]ecisions?)[ \u{a0}]+").unwrap());

/// The leftmost match of [`LEAD`] in `text` that starts at or after `from`
/// (`(?-u:\b)([Rr]esolutions?|[Dd]ecisions?)[ \u{a0}]+`, with what comes
/// before `from` read for the word boundary), as (start, end).
#[cfg(test)]
fn find_lead(text: &str, from: usize) -> Option<(usize, usize)> {
    Leads::new(text).find(from)
}

/// The words a citation list follows (`esolution`, `ecision`: what is
/// searched for, vectorized, where the pattern's prefilter read every line
/// much more slowly) and the initials before them.
static WORDS: LazyLock<[(memchr::memmem::Finder<'static>, [u8; 2]); 2]> = LazyLock::new(|| {
    [
        (memchr::memmem::Finder::new("esolution"), *b"Rr"),
        (memchr::memmem::Finder::new("ecision"), *b"Dd"),
    ]
});

/// The leads of one text, found left to right ([`Leads::find`]). Each
/// word's next match is kept, so that a text with many of one word and none
/// of the other is read once rather than once for every lead (a 4 MB line
/// of `resolution 1/1` took 19 s).
struct Leads<'t> {
    bytes: &'t [u8],
    /// For each of [`WORDS`]: the `from` of its last search and the match it
    /// found, which stays the leftmost for any later `from` up to its start.
    next: [Option<Searched>; 2],
}

/// A search for one of [`WORDS`]: from where, and the lead it found as
/// (start, end).
#[derive(Clone, Copy)]
struct Searched {
    from: usize,
    found: Option<(usize, usize)>,
}

impl<'t> Leads<'t> {
    fn new(text: &'t str) -> Self {
        Leads {
            bytes: text.as_bytes(),
            next: [None; 2],
        }
    }

    /// The leftmost lead that starts at or after `from`, as (start, end).
    fn find(&mut self, from: usize) -> Option<(usize, usize)> {
        let mut best: Option<(usize, usize)> = None;
        for (word, next) in self.next.iter_mut().enumerate() {
            let found = match *next {
                Some(searched)
                    if searched.from <= from
                        && searched.found.is_none_or(|(start, _)| start >= from) =>
                {
                    searched.found
                }
                _ => {
                    let found = word_lead(self.bytes, word, from);
                    *next = Some(Searched { from, found });
                    found
                }
            };
            if let Some(found) = found {
                if best.is_none_or(|(start, _)| found.0 < start) {
                    best = Some(found);
                }
            }
        }
        best
    }
}

/// The leftmost lead of [`WORDS`]`[word]` that starts at or after `from`.
fn word_lead(bytes: &[u8], word: usize, from: usize) -> Option<(usize, usize)> {
    let (finder, initials) = &WORDS[word];
    // The initial is before the part searched for.
    let mut at = from + 1;
    while at < bytes.len() {
        let k = at + finder.find(&bytes[at..])?;
        at = k + 1;
        let start = k - 1;
        if !initials.contains(&bytes[start])
            || (start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'_'))
        {
            continue;
        }
        let mut end = k + finder.needle().len();
        if bytes.get(end) == Some(&b's') {
            end += 1;
        }
        let spaces = end;
        loop {
            if bytes.get(end) == Some(&b' ') {
                end += 1;
            } else if bytes.get(end..end + 2) == Some(&[0xC2, 0xA0][..]) {
                end += 2;
            } else {
                break;
            }
        }
        if end > spaces {
            return Some((start, end));
        }
    }
    None
}
static SLASH: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern(r"^(?:(ES|S)-(\d{1,2})|(\d{1,4}))/(\d{1,4})(?-u:\b)").unwrap());
static ROMAN: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(r"^(\d{1,4})( [A-Z](?: (?:and|to) [A-Z])?)? \(((?:ES-|S-)?)([IVXL]+)\)").unwrap()
});
/// `1624 (2005)` opening `text` (one to `most` digits, four in brackets):
/// the number, the year and what follows — as `^(\d{1,most}) \((\d{4})\)`
/// reads it (a citation's number has at most four digits, a Security
/// Council header's five).
pub(super) fn number_and_year(text: &str, most: usize) -> Option<(u32, u32, &str)> {
    let count = digits(text);
    let rest = text[count..]
        .strip_prefix(" (")
        .filter(|_| (1..=most).contains(&count))?;
    if digits(rest) != 4 {
        return None;
    }
    let after = rest[4..].strip_prefix(')')?;
    Some((text[..count].parse().ok()?, rest[..4].parse().ok()?, after))
}
static PARTS: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern(r"^ [A-Z](?:(?: and| to|,) [A-Z])*(?-u:\b)").unwrap());
/// `, of 17 May 2013` or ` of 17 May 2013` opening `after` (a footnote
/// marker of up to three digits perhaps glued to the year: `199712`, then an
/// ASCII word boundary): the date, where its day starts, where its year ends
/// and where the whole ends — as the pattern
/// `^,? of (\d{1,2}) (January|…|December) (\d{4})(?:[1-9]\d{0,2})?(?-u:\b)`
/// reads it (see [`date_opening`]).
fn of_date(after: &str) -> Option<(Date, usize, usize, usize)> {
    let day = if after.starts_with(", of ") {
        5
    } else if after.starts_with(" of ") {
        4
    } else {
        return None;
    };
    let (date, rest) = date_opening(&after[day..])?;
    let year_end = after.len() - rest.len();
    let marker = match digits(rest) {
        0 => 0,
        n @ 1..=3 if !rest.starts_with('0') => n,
        _ => return None,
    };
    let end = year_end + marker;
    if after
        .as_bytes()
        .get(end)
        .is_some_and(|&c| is_ascii_word_byte(c))
    {
        return None;
    }
    Some((date, day, year_end, end))
}
/// What joins the items of a list: `, `, `and`, `as well as`, after a
/// footnote marker glued to the comma (`…”,17 74/274`).
/// The length of what joins two items of a list opening `text` (`, `, `,
/// and `, `,3 as well as ` with a footnote's marker, ` and `, ` as well as `)
/// — as the pattern `^(?:,\d{0,3} (?:and |as well as )?| and | as well as )`
/// finds it.
fn list_separator(text: &str) -> Option<usize> {
    if let Some(rest) = text.strip_prefix(',') {
        let n = digits(rest);
        let after = rest[n..].strip_prefix(' ').filter(|_| n <= 3)?;
        let joined = ["and ", "as well as "]
            .into_iter()
            .find(|w| after.starts_with(w))
            .map_or(0, str::len);
        return Some(2 + n + joined);
    }
    [" and ", " as well as "]
        .into_iter()
        .find(|w| text.starts_with(w))
        .map(str::len)
}
/// The length of `, entitled “` (or ` entitled "`) opening `text`, before a
/// quoted title — as the pattern `^,? entitled [“"]` finds it.
fn entitled(text: &str) -> Option<usize> {
    let rest = text.strip_prefix(',').unwrap_or(text);
    let quote = rest.strip_prefix(" entitled ")?.chars().next()?;
    matches!(quote, '“' | '"')
        .then(|| text.len() - rest.len() + " entitled ".len() + quote.len_utf8())
}
/// Parses a roman numeral (I to L range and beyond); `None` if malformed.
pub fn roman_value(text: &str) -> Option<u32> {
    if text.bytes().any(|b| b.is_ascii_lowercase()) {
        return None;
    }
    roman_value_ignoring_case(text.as_bytes())
}

/// The value of a canonical roman numeral in either case (`iv`, `IV`), with
/// no allocation: the model reads every subparagraph label with it.
pub fn roman_value_ignoring_case(text: &[u8]) -> Option<u32> {
    if text.is_empty() {
        return None;
    }
    let value = |c: u8| match c.to_ascii_uppercase() {
        b'I' => Some(1i64),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        b'C' => Some(100),
        _ => None,
    };
    let mut total = 0i64;
    for (i, &c) in text.iter().enumerate() {
        let v = value(c)?;
        match text.get(i + 1).map(|&next| value(next)) {
            Some(None) => return None,
            Some(Some(next)) if next > v => total -= v,
            _ => total += v,
        }
    }
    // Only canonical numerals count: XXXX or IIV are not sessions.
    let total = u32::try_from(total).ok().filter(|t| *t > 0)?;
    is_canonical_roman(total, text).then_some(total)
}

const ROMAN_TABLE: [(u32, &str); 9] = [
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// Whether `text` is how [`to_roman`] writes `n`, ignoring case.
fn is_canonical_roman(mut n: u32, text: &[u8]) -> bool {
    let mut at = 0;
    for (value, numeral) in ROMAN_TABLE {
        while n >= value {
            let end = at + numeral.len();
            match text.get(at..end) {
                Some(part) if part.eq_ignore_ascii_case(numeral.as_bytes()) => at = end,
                _ => return false,
            }
            n -= value;
        }
    }
    at == text.len()
}

/// Writes `n` in roman numerals (`4` is `IV`).
pub fn to_roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in ROMAN_TABLE {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Scans `text[from..]` for citations and appends them to `out`.
pub fn scan_citations(text: &str, from: usize, out: &mut Vec<Citation>) {
    let mut search = from;
    let mut leads = Leads::new(text);
    while let Some((found_start, found_end)) = leads.find(search) {
        let word = &text[found_start..];
        let kind = if word.starts_with('d') || word.starts_with('D') {
            CitationKind::Decision
        } else {
            CitationKind::Resolution
        };
        let before_count = out.len();
        let end = parse_list(text, (found_start, found_end), kind, &mut leads, out);
        search = end.max(found_end);
        if out.len() > before_count {
            let qualifier = qualifier(text, from, found_start, end);
            for citation in &mut out[before_count..] {
                citation.qualifier = qualifier;
            }
        }
    }
}

/// Parses the list of items after a lead word; returns the end of the list.
fn parse_list(
    text: &str,
    (lead, pos): (usize, usize),
    kind: CitationKind,
    leads: &mut Leads<'_>,
    out: &mut Vec<Citation>,
) -> usize {
    let mut index = 0u16;
    let mut end = pos;
    // (`resolutions`, `decisions`: a list of several.)
    let plural = text[lead..pos]
        .trim_end_matches([' ', '\u{a0}'])
        .ends_with('s');
    let mut item = parse_item(text, pos, kind, lead, index);
    while let Some((citation, item_end)) = item {
        let dated = citation.date.is_some();
        out.push(citation);
        end = item_end;
        index += 1;
        // A separator starts with a comma or a space.
        let separator = matches!(text.as_bytes().get(item_end), Some(b',' | b' '))
            .then(|| list_separator(&text[item_end..]))
            .flatten();
        item = separator.and_then(|len| parse_item(text, item_end + len, kind, lead, index));
        if item.is_none() && plural && dated {
            item = continued_item(text, item_end, (kind, lead, index), leads);
        }
    }
    end
}

/// The next item of a list of several (`resolutions`) after a clause that
/// says more of its last item, which is dated: `resolutions 60/251 of 15
/// March 2006, by which it established the Human Rights Council, and
/// 65/281 of 17 June 2011`, `its resolutions 65/161 of 20 December 2010,
/// in which it declared …, 67/215 of 21 December 2012`. The item opens
/// after `, ` or `, and ` further in the clause (no `;` before it), holds
/// a number and its date (as each item of such lists does; a number
/// without one after a comma may be anything), and no citation word
/// stands between, which would lead a list of its own. The words between
/// are not read: a letter typed in them changes nothing of the list.
/// (The next lead is found by the line's own search, `leads`, which the
/// lists after read on from: a line of many lists is read once.)
fn continued_item(
    text: &str,
    from: usize,
    (kind, lead, list_index): (CitationKind, usize, u16),
    leads: &mut Leads<'_>,
) -> Option<(Citation, usize)> {
    let bytes = text.as_bytes();
    let next_lead = leads.find(from).map_or(text.len(), |(start, _)| start);
    let stop = memchr::memchr(b';', &bytes[from..next_lead]).map_or(next_lead, |i| from + i);
    let mut at = from;
    while let Some(i) = memchr::memmem::find(&bytes[at..stop], b", ") {
        let after = at + i + 2;
        let number = if text[after..].starts_with("and ") {
            after + 4
        } else {
            after
        };
        if number < stop && bytes[number].is_ascii_digit() {
            let item = parse_item(text, number, kind, lead, list_index)
                .filter(|(citation, _)| citation.date.is_some());
            if item.is_some() {
                return item;
            }
        }
        at = after;
    }
    None
}

fn parse_item(
    text: &str,
    pos: usize,
    kind: CitationKind,
    lead: usize,
    list_index: u16,
) -> Option<(Citation, usize)> {
    let rest = &text[pos..];
    let section = text[..lead]
        .trim_end()
        .rsplit(' ')
        .take(4)
        .any(|w| matches!(w, "section" | "sections" | "part" | "parts" | "annex"));
    let mut letters = None;
    // What the patterns need after the number's ASCII digits: a space
    // (`2505 (2020)`, `1 (XXIII)`) or `/`; `ES-` and `S-` before it. `\d`
    // is Unicode: a byte of 0x80 and above runs them all.
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let next = rest.as_bytes().get(digits).copied();
    let wide = next.is_some_and(|b| b >= 0x80);
    let spaced = digits > 0 && (wide || next == Some(b' '));
    let slashed = (digits > 0 && (wide || next == Some(b'/')))
        || rest.starts_with("ES-")
        || rest.starts_with("S-");
    if !spaced && !slashed {
        return None;
    }
    let (id, mut end) = if let Some(c) = spaced.then(|| ROMAN.captures(rest)).flatten() {
        if let Some(l) = c.get(2) {
            let span = Span::new(pos + l.start() + 1, pos + l.end());
            letters = Some(Letters::parse(&l.as_str()[1..], span));
        }
        let number = c[1].parse().ok()?;
        let prefix = &c[3];
        let numeral = c.get(4)?;
        let value = roman_value(numeral.as_str());
        let session = value.map(|v| match prefix {
            "ES-" => SessionRef::Emergency(v),
            "S-" => SessionRef::Special(v),
            _ => SessionRef::Regular(v),
        });
        let roman = Span::new(pos + numeral.start() - prefix.len(), pos + numeral.end());
        (
            CitationId::Roman {
                number,
                session,
                roman,
            },
            pos + c.get(0)?.end(),
        )
    } else if let Some((number, year, after)) = spaced.then(|| number_and_year(rest, 4)).flatten() {
        // The year's four digits and its bracket end where `after` starts.
        let year_end = rest.len() - after.len() - 1;
        let year_span = Span::new(pos + year_end - 4, pos + year_end);
        (
            CitationId::Year {
                number,
                year,
                year_span,
            },
            pos + year_end + 1,
        )
    } else if let Some(c) = slashed.then(|| SLASH.captures(rest)).flatten() {
        let session = if let Some(prefix) = c.get(1) {
            let n = c[2].parse().ok()?;
            if prefix.as_str() == "ES" {
                SessionRef::Emergency(n)
            } else {
                SessionRef::Special(n)
            }
        } else {
            SessionRef::Regular(c[3].parse().ok()?)
        };
        let number = c[4].parse().ok()?;
        let mut end = pos + c.get(0)?.end();
        let parts = text[end..].starts_with(' ')
            && text
                .as_bytes()
                .get(end + 1)
                .is_some_and(u8::is_ascii_uppercase);
        if let Some(found) = parts.then(|| PARTS.find(&text[end..])).flatten() {
            let span = Span::new(end + 1, end + found.end());
            letters = Some(Letters::parse(&found.as_str()[1..], span));
            end += found.end();
        }
        (CitationId::Slash { session, number }, end)
    } else {
        return None;
    };
    let span = Span::new(pos, end);
    let mut date = None;
    let after = &text[end..];
    if let Some((found, day, year_end, whole)) = of_date(after) {
        // A footnote marker glued to the year (`12 December 199712`) is not
        // part of the date; the list goes on after it.
        date = Some((found, Span::new(end + day, end + year_end)));
        end += whole;
    }
    let mut title = None;
    let after = &text[end..];
    let entitled = after.starts_with(" entitled ") || after.starts_with(", entitled ");
    if let Some(found) = entitled.then(|| self::entitled(after)).flatten() {
        if let Some(quoted) = quoted_title(text, end + found) {
            let inside = &text[quoted.start as usize..quoted.end as usize];
            title = Some(QuotedTitle {
                span: quoted,
                key: TitleKey::of(inside),
                capital: inside
                    .chars()
                    .next()
                    .is_some_and(crate::syntax::bytes::is_uppercase),
            });
            // After the closing mark.
            end = quoted.end as usize
                + text[quoted.end as usize..]
                    .chars()
                    .next()
                    .map_or(0, char::len_utf8);
        }
    }
    let citation = Citation {
        kind,
        id,
        qualifier: Qualifier::Bare {
            clause: Bodies::default(),
        },
        span,
        date,
        list_index,
        parts: section || letters.is_some(),
        letters,
        section,
        title,
        lead: lead as u32,
    };
    Some((citation, end))
}

/// The span of a title quoted from `start` (just after its opening mark)
/// to its closing mark, with the quotations inside it balanced (`“…
/// entitled “Our Common Agenda”…”`); `None` when it does not close within
/// [`TITLE_WINDOW`] bytes.
fn quoted_title(text: &str, start: usize) -> Option<Span> {
    let straight = text[..start].ends_with('"');
    let mut depth = 0u32;
    for (i, c) in text[start..].char_indices() {
        if i > TITLE_WINDOW {
            break;
        }
        match c {
            '“' => depth += 1,
            '”' if depth == 0 => return Some(Span::new(start, start + i)),
            '”' => depth -= 1,
            '"' if straight => return Some(Span::new(start, start + i)),
            _ => {}
        }
    }
    None
}

/// How far a quoted title may run, in bytes (the longest titles are about
/// 400).
const TITLE_WINDOW: usize = 1000;

/// The body `name` at `start` in `text` names (as [`body_names`] finds them), or `None` for `the
/// Organization` (the United Nations itself).
fn body_at(text: &str, start: usize, name: &str, line_body: usize) -> Option<Body> {
    let before = text[..start].trim_end_matches([' ', '\u{a0}']);
    let after = &text[start + name.len()..];
    let previous_start = before
        .rfind(|c: char| !(crate::syntax::bytes::is_alphanumeric(c) || c == '-'))
        .map_or(0, |i| {
            i + before[i..].chars().next().map_or(1, char::len_utf8)
        });
    let previous = &before[previous_start..];
    // `Environment Assembly`, `Governing Council`, `UN-Habitat Assembly`:
    // a capitalized word before, not the first of the paragraph (`Recalling
    // Assembly resolution …`).
    let qualified = previous
        .chars()
        .next()
        .is_some_and(crate::syntax::bytes::is_uppercase)
        && previous != "The"
        && previous_start > line_body;
    Some(match name {
        "General Assembly" => Body::Organ(Organ::GeneralAssembly),
        // The African Union's Peace and Security Council.
        "Security Council" if before.ends_with("Peace and") => Body::Organ(Organ::Other),
        "Security Council" => Body::Organ(Organ::SecurityCouncil),
        "Human Rights Council" => Body::Organ(Organ::HumanRightsCouncil),
        "Economic and Social Council" => Body::Organ(Organ::EconomicAndSocialCouncil),
        // `the Assembly of States Parties`, `the Council of Europe`.
        "Assembly" | "Council" if qualified || after.starts_with(" of ") => {
            Body::Organ(Organ::Other)
        }
        "Assembly" => Body::Organ(Organ::GeneralAssembly),
        "Council" => Body::Council,
        "Organization" if previous == "the" || previous == "The" => return None,
        _ => Body::Organ(Organ::Other),
    })
}

/// The bodies [`body_names`] finds in `text[from..to]`.
fn bodies_in(text: &str, from: usize, to: usize, line_body: usize) -> Bodies {
    let mut bodies = Bodies::default();
    for (start, name) in body_names(&text[from..to], 0) {
        if let Some(body) = body_at(text, from + start, name, line_body) {
            bodies = bodies.with(body);
        }
    }
    bodies
}

/// How far before a citation the words are read for the start of its
/// clause, in bytes. The longest clause of the corpus is about 2,300
/// bytes; without a bound, a line of thousands of citations and no
/// semicolon took time quadratic in its length (minutes for a line of 5
/// MB).
pub(super) const CLAUSE_WINDOW: usize = 4096;

/// How far after a list the words are read for the body that adopted it.
const AFTER_WINDOW: usize = 240;

/// [`BODY_NAME_LIST`] as one alternation, as the patterns the tests compare with
/// wrote it.
#[cfg(test)]
const BODY_NAMES: &str = "General Assembly|Security Council|Human Rights Council|Economic and Social Council|Commission|Conference|Assembly|Council|Committee|Board|Forum|Parties|Organization|Meeting|Working Group|Congress";

/// The names of bodies [`body_names`] finds: none starts another.
pub(super) const BODY_NAME_LIST: [&str; 16] = [
    "General Assembly",
    "Security Council",
    "Human Rights Council",
    "Economic and Social Council",
    "Commission",
    "Conference",
    "Assembly",
    "Council",
    "Committee",
    "Board",
    "Forum",
    "Parties",
    "Organization",
    "Meeting",
    "Working Group",
    "Congress",
];

/// A name of a body found in a text: where it starts, and the name.
type Named<'t> = (usize, &'t str);

/// The names of [`BODY_NAME_LIST`] in `text` from `at` on, leftmost first
/// and not overlapping, each between ASCII word boundaries (the text before
/// `at` is read for the first one's) — what the pattern
/// `(?-u:\b)(?:BODY_NAMES)(?-u:\b)` finds from `at`. None starts another,
/// so one name at most fits where one is found; where its boundaries fail,
/// the next is looked for from the next byte. A shared searcher of the
/// names, where the pattern's automaton and lazy DFA held a seventh of a
/// megabyte.
fn body_names(text: &str, mut at: usize) -> impl Iterator<Item = Named<'_>> {
    static NAMES: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
        aho_corasick::AhoCorasick::builder()
            .match_kind(aho_corasick::MatchKind::LeftmostFirst)
            .build(BODY_NAME_LIST)
            .expect("the names of bodies build a searcher")
    });
    let b = text.as_bytes();
    std::iter::from_fn(move || {
        while at < b.len() {
            let m = NAMES.find(aho_corasick::Input::new(text).span(at..b.len()))?;
            let (start, end) = (m.start(), m.end());
            if (start == 0 || !is_ascii_word_byte(b[start - 1]))
                && !b.get(end).is_some_and(|&c| is_ascii_word_byte(c))
            {
                at = end;
                return Some((start, &text[start..end]));
            }
            at = start + 1;
        }
        None
    })
}

/// The prepositions after the owner of `its` named just before it: `the
/// Environment Assembly, in its`, `by the General Assembly in its`, `the
/// United Nations Environment Assembly at its second session, in paragraph 6
/// of its`, `the adoption by the Economic Commission for Latin America and
/// the Caribbean of its`.
const ITS_PREPOSITIONS: &Prepositions = &Prepositions {
    words: &["in", "by", "through", "under", "with", "of"],
    its: true,
};
/// The same for a number without `its`: `endorsed by the General Assembly in
/// resolution 73/195`, `the Committee established by the Security Council
/// in resolution 1267 (1999)`, `adopted by the General Assembly by
/// consensus as resolution 69/313`.
const BARE_PREPOSITIONS: &Prepositions = &Prepositions {
    words: &["in", "by", "through", "under", "as"],
    its: false,
};

/// The prepositions before a citation's lead or its `its`: [`ITS_PREPOSITIONS`]
/// or [`BARE_PREPOSITIONS`].
struct Prepositions {
    /// The words, one by one.
    #[cfg_attr(not(test), allow(dead_code))]
    words: &'static [&'static str],
    /// `with` and `of` are of them (after `its`), `as` is not.
    its: bool,
}

impl Prepositions {
    /// Those of the words that end with `last`: each ends in a different
    /// letter, but `through` and `with`.
    fn ending_with(&self, last: u8) -> &'static [&'static [u8]] {
        match (last, self.its) {
            (b'n', _) => &[b"in"],
            (b'y', _) => &[b"by"],
            (b'r', _) => &[b"under"],
            (b'h', false) => &[b"through"],
            (b'h', true) => &[b"through", b"with"],
            (b'f', true) => &[b"of"],
            (b's', false) => &[b"as"],
            _ => &[],
        }
    }
}

/// How far before a citation's lead (or its `its`) its owner is looked for,
/// in bytes.
const OWNER_WINDOW: usize = 160;

/// The owner named at the end of `window`, and where its name starts: the
/// leftmost name of [`BODY_NAME_LIST`] (after an ASCII word boundary, or at
/// the window's start) followed to the window's end by
///
/// ```text
/// ( " " (for|on|of|to|against|and|the|[A-Z][\w\-’]*) )*
/// ( " at its " [A-Za-z0-9_\- ]{1,40} " session" )?
/// ( ",? " (by consensus|without a vote) )?
/// ",? " (one of prepositions)
/// ( " " (operative )? (paragraphs?|sections?|part|the annex|annex) [^,;]{0,40} " " (of|to) )?
/// " "
/// ```
///
/// (`\w` in Unicode, `[^,;]` counting characters), as a regex of these
/// words would find it. Read backwards from the window's end, each part
/// ending where the next starts: a regex's lazy DFA of it built thousands
/// of states (the counted repetitions), about 10 % of `resolute check`'s
/// instructions and megabytes of cache in each thread.
fn owner_in(window: &str, prepositions: &Prepositions) -> Option<(usize, &'static str)> {
    let b = window.as_bytes();
    let n = b.len();
    debug_assert!(n <= OWNER_WINDOW);
    if b.last() != Some(&b' ') {
        return None;
    }
    // Where the name's words can end: before what follows them (the
    // session, the vote, the preposition and what of it), and then before
    // each word.
    let mut reach = Reach::default();
    // The preposition ends at the window's last space, or at the space
    // before a paragraph or section of it.
    mark_preposition(b, n - 1, prepositions, &mut reach);
    if b.ends_with(b" of ") || b.ends_with(b" to ") {
        // The words end at most 40 characters before ` of `: 40 bytes
        // back when these are ASCII.
        let top = n - 4;
        let mut low = top.saturating_sub(40);
        if !b[low..top].is_ascii() {
            low = top;
            let mut chars = 0;
            while low > 0 && chars < 40 {
                low -= 1;
                // A character is its first byte and those that continue it.
                if b[low] & 0xC0 != 0x80 {
                    chars += 1;
                }
            }
        }
        // Nor before a `,` or `;`.
        let mut from = low.max(1);
        if let Some(i) = memchr::memrchr2(b',', b';', &b[from - 1..top]) {
            from += i + 1;
        }
        // Each word after a space, ending from `from` to `top`.
        let spaces = from.saturating_sub(11);
        for i in memchr::memrchr_iter(b' ', &b[spaces..top]) {
            let s = spaces + i + 1;
            let kws: &[&[u8]] = match b[s] {
                b'p' => &[b"paragraphs", b"paragraph", b"part"],
                b's' => &[b"sections", b"section"],
                b't' => &[b"the annex"],
                b'a' => &[b"annex"],
                _ => continue,
            };
            for kw in kws {
                let k = s + kw.len();
                if k < from || k > top || !b[s..].starts_with(kw) {
                    continue;
                }
                mark_preposition(b, s - 1, prepositions, &mut reach);
                if b[..s].ends_with(b" operative ") {
                    mark_preposition(b, s - 11, prepositions, &mut reach);
                }
            }
        }
    }
    // The name's words, back from the latest end: each word one of a few
    // lowercase ones or capitalized, after a space.
    let mut found = None;
    while let Some(q) = reach.pop_last() {
        if q == 0 {
            break;
        }
        let names: &[&'static str] = match b[q - 1] {
            b'y' => &["General Assembly", "Assembly"],
            b'l' => &[
                "Security Council",
                "Human Rights Council",
                "Economic and Social Council",
                "Council",
            ],
            b'n' => &["Commission", "Organization"],
            b'e' => &["Conference", "Committee"],
            b'd' => &["Board"],
            b'm' => &["Forum"],
            b's' => &["Parties", "Congress"],
            b'g' => &["Meeting"],
            b'p' => &["Working Group"],
            _ => &[],
        };
        for name in names {
            if b[..q].ends_with(name.as_bytes()) {
                let p = q - name.len();
                if (p == 0 || !is_ascii_word_byte(b[p - 1])) && found.is_none_or(|(f, _)| p < f) {
                    // The longer names come first: the first found ending
                    // here is the leftmost.
                    found = Some((p, *name));
                    break;
                }
            }
        }
        let lowercase: &[u8] = match b[q - 1] {
            b'r' => b"for",
            b'n' => b"on",
            b'f' => b"of",
            b'o' => b"to",
            b't' => b"against",
            b'd' => b"and",
            b'e' => b"the",
            _ => b"",
        };
        if !lowercase.is_empty()
            && q > lowercase.len()
            && b[q - lowercase.len() - 1] == b' '
            && b[..q].ends_with(lowercase)
        {
            reach.set(q - lowercase.len() - 1);
            continue;
        }
        let mut j = q;
        while j > 0 {
            let c = b[j - 1];
            if c < 0x80 {
                if !WORD_OR_HYPHEN[usize::from(c)] {
                    break;
                }
                j -= 1;
            } else {
                let Some(c) = window[..j].chars().next_back() else {
                    break;
                };
                if !(c == '’' || regex_syntax::is_word_character(c)) {
                    break;
                }
                j -= c.len_utf8();
            }
        }
        if j < q && j >= 1 && b[j].is_ascii_uppercase() && b[j - 1] == b' ' {
            reach.set(j - 1);
        }
    }
    found
}

/// The ASCII characters of `[\w\-]`.
static WORD_OR_HYPHEN: [bool; 128] = {
    let mut table = [false; 128];
    let mut c = 0;
    while c < 128 {
        let b = c as u8;
        table[c] = b.is_ascii_alphanumeric() || b == b'_' || b == b'-';
        c += 1;
    }
    table
};

/// Positions in an owner's window, as bits.
#[derive(Default)]
struct Reach([u64; (OWNER_WINDOW + 1).div_ceil(64)]);

impl Reach {
    fn set(&mut self, at: usize) {
        self.0[at / 64] |= 1 << (at % 64);
    }

    /// Takes out the last position set.
    fn pop_last(&mut self) -> Option<usize> {
        for (i, word) in self.0.iter_mut().enumerate().rev() {
            if *word != 0 {
                let bit = 63 - word.leading_zeros() as usize;
                *word &= !(1 << bit);
                return Some(i * 64 + bit);
            }
        }
        None
    }
}

/// Marks where the words before a preposition ending at `at` can end: before
/// the preposition (`,? in`), before a vote (`,? by consensus`) before it,
/// and before a session before either.
fn mark_preposition(b: &[u8], at: usize, prepositions: &Prepositions, reach: &mut Reach) {
    let spaced = |at: usize, word: &[u8]| {
        (at > word.len()
            && b[at - 1] == word[word.len() - 1]
            && b[at - word.len() - 1] == b' '
            && b[..at].ends_with(word))
        .then(|| at - word.len() - 1)
    };
    let with_comma = |at: usize| [Some(at), (at >= 1 && b[at - 1] == b',').then(|| at - 1)];
    if at < 3 {
        return;
    }
    let words = prepositions.ending_with(b[at - 1]);
    for d in words.iter().filter_map(|p| spaced(at, p)) {
        for d in with_comma(d).into_iter().flatten() {
            mark_session(b, d, reach);
            for c in [&b"by consensus"[..], b"without a vote"]
                .into_iter()
                .filter_map(|v| spaced(d, v))
            {
                for c in with_comma(c).into_iter().flatten() {
                    mark_session(b, c, reach);
                }
            }
        }
    }
}

/// Marks where the words before `at` can end: at `at`, and before a
/// session (`at its second session`) ending there.
fn mark_session(b: &[u8], at: usize, reach: &mut Reach) {
    reach.set(at);
    if !b[..at].ends_with(b" session") {
        return;
    }
    let x_end = at - 8;
    let mut j = x_end;
    while j > 0 && x_end - j < 40 {
        let c = b[j - 1];
        if !(c.is_ascii_alphanumeric() || c == b'_' || c == b'-' || c == b' ') {
            break;
        }
        j -= 1;
        if b[..j].ends_with(b" at its ") {
            reach.set(j - 8);
        }
    }
}

/// The body named right after a list: `…, in which the Assembly`, `… of the
/// Conference of the Parties`, or as the subject of the clause (`in its
/// resolution 48/141 of 20 December 1993, the General Assembly decided`).
///
/// After a list, a comma, a footnote's digits (at most three) and a comma
/// may stand before the words that name the body: what is left after them.
fn after_list_marks(after: &str) -> Option<&str> {
    let rest = after.strip_prefix(',').unwrap_or(after);
    let n = digits(rest);
    let rest = &rest[n..];
    let rest = rest.strip_prefix(',').unwrap_or(rest);
    (n <= 3).then_some(rest)
}

/// The name [`body_names`] finds right at `rest`'s start, as a part of
/// `after` (where it starts in `after`).
fn body_opening<'t>(after: &'t str, rest: &str) -> Option<Named<'t>> {
    // Every name opens with a capital: no search where none stands.
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let at = after.len() - rest.len();
    body_names(after, at)
        .next()
        .filter(|&(start, _)| start == at)
}

/// `…, in which the Assembly`, `… by which the United Nations Conference`:
/// the body named after `in`, `by`, `through` or `under which` — as the
/// pattern `^,?\d{0,3},? (?:in|by|through|under) which (?:the )?(?:United
/// Nations )?(BODY_NAMES)(?-u:\b)` reads it (its group). No name opens
/// with `the` or `United`, so the optional words are taken where written.
fn after_which(after: &str) -> Option<Named<'_>> {
    let rest = after_list_marks(after)?.strip_prefix(' ')?;
    let rest = ["in ", "by ", "through ", "under "]
        .iter()
        .find_map(|p| rest.strip_prefix(p))?
        .strip_prefix("which ")?;
    let rest = rest.strip_prefix("the ").unwrap_or(rest);
    let rest = rest.strip_prefix("United Nations ").unwrap_or(rest);
    body_opening(after, rest)
}
/// `… of the Conference of the Parties`, `1 of the Fourth Committee of the
/// General Assembly`: the body named after at most three digits (a
/// footnote's), ` of the ` and at most [`OF_WORDS`] capitalized words (each
/// an ASCII capital, then word characters or hyphens, then a space, a comma
/// between them allowed) — as the regex
///
/// ```text
/// ^\d{0,3} of the (?:[A-Z][\w\-]*,? ){0,6}({BODY_NAMES})(?-u:\b)
/// ```
///
/// finds it (its group): after the most words that leave a name right
/// there, the name [`body_names`] finds there. A word's end is where its word
/// characters end, so the places a name may start are found in one pass. A
/// regex of it held six copies of the Unicode word class (a third of a
/// megabyte compiled, and its lazy DFA's cache on top).
fn after_of(after: &str) -> Option<Named<'_>> {
    const LEAD: &str = " of the ";
    let b = after.as_bytes();
    let marker = digits(after);
    if marker > 3 || !after[marker..].starts_with(LEAD) {
        return None;
    }
    let mut stops = [0usize; OF_WORDS + 1];
    stops[0] = marker + LEAD.len();
    let mut count = 1;
    while count <= OF_WORDS {
        let at = stops[count - 1];
        if !b.get(at).is_some_and(u8::is_ascii_uppercase) {
            break;
        }
        let rest = &after[at + 1..];
        let mut end = at
            + 1
            + rest
                .find(|c: char| c != '-' && !regex_syntax::is_word_character(c))
                .unwrap_or(rest.len());
        if b.get(end) == Some(&b',') {
            end += 1;
        }
        if b.get(end) != Some(&b' ') {
            break;
        }
        stops[count] = end + 1;
        count += 1;
    }
    stops[..count]
        .iter()
        .rev()
        .find_map(|&at| body_opening(after, &after[at..]))
}

/// The most capitalized words [`after_of`] reads between ` of the ` and the
/// body's name.
const OF_WORDS: usize = 6;
/// `…, the General Assembly decided`: the body named as the subject of the
/// clause right after a list — as the pattern `^,?\d{0,3},? the
/// (BODY_NAMES)(?-u:\b)` reads it (its group).
fn after_subject(after: &str) -> Option<Named<'_>> {
    let rest = after_list_marks(after)?.strip_prefix(" the ")?;
    body_opening(after, rest)
}
/// `…, adopted by the Commission on the Status of Women`, `… adopted at the
/// fifteenth meeting of the Conference of the Parties`: where the leftmost
/// `adopted` or `endorsed` (after an ASCII word boundary) followed by
/// ` by`, ` at` or ` in` (and an ASCII word boundary) starts, and the
/// nearest name [`body_names`] finds after it, at most [`ADOPTED_GAP`] characters on and with
/// none of `,;“”` in between — as the regex
///
/// ```text
/// (?-u:\b)(?:adopted|endorsed) (?:by|at|in)(?-u:\b)[^,;“”]{0,60}?(?-u:\b)({BODY_NAMES})(?-u:\b)
/// ```
///
/// finds it (its whole match's start and its group). The nearest name is
/// the one the lazy gap reaches first; if it lies too far or past one of
/// those characters, every later one does too. A regex of it built a lazy
/// DFA of the gap's 60 places times the names' (over a megabyte of cache in
/// each thread on a folder of texts); the names are found as in
/// [`qualifier`].
fn adopted_by(after: &str) -> Option<(usize, Named<'_>)> {
    let b = after.as_bytes();
    let word = |i: usize| b.get(i).copied().is_some_and(is_ascii_word_byte);
    for (ed, _) in after.match_indices("ed ") {
        let start = if after[..ed].ends_with("adopt") {
            ed - 5
        } else if after[..ed].ends_with("endors") {
            ed - 6
        } else {
            continue;
        };
        let by = ed + 3;
        if start > 0 && word(start - 1)
            || !["by", "at", "in"]
                .iter()
                .any(|p| b[by..].starts_with(p.as_bytes()))
            || word(by + 2)
        {
            continue;
        }
        let gap_start = by + 2;
        let body = body_names(after, gap_start).next()?;
        let gap = &after[gap_start..body.0];
        if !gap.contains([',', ';', '“', '”']) && gap.chars().nth(ADOPTED_GAP).is_none() {
            return Some((start, body));
        }
    }
    None
}

/// The most characters [`adopted_by`] reads between `adopted by` and the
/// body's name.
const ADOPTED_GAP: usize = 60;

/// A window of `text` from `from`, at most `len` bytes, cut at a character
/// boundary.
fn window(text: &str, from: usize, len: usize) -> &str {
    let mut end = (from + len).min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[from..end]
}

/// What the words after the list say: a body named as its author, and
/// whether as the subject of the clause (which owns a preceding `its`).
fn named_after(text: &str, list_end: usize, line_body: usize) -> Option<(Body, bool)> {
    let after = window(text, list_end, AFTER_WINDOW);
    let after = after.split(';').next().unwrap_or("");
    let body = |(start, name): Named<'_>| body_at(text, list_end + start, name, line_body);
    if let Some(named) = after_which(after).or_else(|| after_of(after)) {
        return body(named).map(|b| (b, false));
    }
    if let Some(named) = after_subject(after) {
        return body(named).map(|b| (b, true));
    }
    if !(after.contains("adopted ") || after.contains("endorsed ")) {
        return None;
    }
    let (start, found) = adopted_by(after)?;
    // What lies between the list and `adopted` must describe the cited
    // text (`on women, the girl child and HIV and AIDS,`), not start
    // another thing that was adopted (`, and the Programme of Action`).
    let gap = &after[..start];
    let cut = [", and ", "as well as", "resolution", "decision", "(", "”"];
    if gap.len() > 160
        || cut.iter().any(|c| gap.contains(c)) && !gap.trim_start().starts_with(", entitled")
    {
        return None;
    }
    body(found).map(|b| (b, false))
}

/// Works out what the words around the list say about the body that
/// adopted it.
fn qualifier(text: &str, line_body: usize, lead: usize, list_end: usize) -> Qualifier {
    let before = text[..lead].trim_end_matches([' ', '\u{a0}']);
    // A name right before the lead: `Security Council resolution`.
    let tail_start = {
        let mut at = before.len().saturating_sub(80);
        while !before.is_char_boundary(at) {
            at += 1;
        }
        at
    };
    let mut at_end = None;
    for (start, name) in body_names(&before[tail_start..], 0) {
        if tail_start + start + name.len() == before.len() {
            at_end = Some((tail_start + start, name));
        }
    }
    if let Some((start, name)) = at_end {
        if let Some(body) = body_at(text, start, name, line_body) {
            // `the General Assembly and Security Council resolutions`.
            let joined = before[..start]
                .trim_end()
                .strip_suffix(" and")
                .and_then(|rest| {
                    let (start, name) = body_names(rest, 0).last()?;
                    (start + name.len() == rest.len())
                        .then(|| body_at(text, start, name, line_body))?
                });
            return match joined {
                Some(other) => Qualifier::Bare {
                    clause: Bodies::default().with(other).with(body),
                },
                None => Qualifier::Named(body),
            };
        }
    }
    let last_word_start = before
        .rfind(|c: char| {
            !(crate::syntax::bytes::is_alphanumeric(c) || c == '-' || c == '’' || c == '\'')
        })
        .map(|i| i + before[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    let last_word = &before[last_word_start..];
    let after = named_after(text, list_end, line_body);
    if last_word == "its" || last_word == "their" {
        if let Some(body) = owner(ITS_PREPOSITIONS, text, last_word_start, line_body) {
            return Qualifier::Named(body);
        }
        if let Some((body, _)) = after {
            return Qualifier::Named(body);
        }
        return Qualifier::Its {
            clause: clause_bodies(text, line_body, lead, list_end),
        };
    }
    let is_first_word = before[..last_word_start].trim().is_empty() || last_word_start <= line_body;
    if last_word
        .chars()
        .next()
        .is_some_and(crate::syntax::bytes::is_uppercase)
        && !is_first_word
        && !last_word.ends_with("ing")
    {
        // `Commission on Human Rights resolution`, `WHA resolution`.
        return Qualifier::Named(Body::Organ(Organ::Other));
    }
    if let Some(body) = owner(BARE_PREPOSITIONS, text, lead, line_body) {
        return Qualifier::Named(body);
    }
    match after {
        Some((body, false)) => Qualifier::Named(body),
        _ => Qualifier::Bare {
            clause: clause_bodies(text, line_body, lead, list_end),
        },
    }
}

/// The body `pattern` finds as the owner of what follows `end` (the
/// citation's lead, or its `its`).
fn owner(prepositions: &Prepositions, text: &str, end: usize, line_body: usize) -> Option<Body> {
    // The pattern ends with a preposition (and a paragraph or section of):
    // most leads follow none, and need not run it.
    const ENDINGS: [&str; 8] = [
        " in ",
        " by ",
        " through ",
        " under ",
        " with ",
        " of ",
        " as ",
        " to ",
    ];
    // The last letter before the space, first: a preposition's.
    let b = text.as_bytes();
    if end < 4
        || b[end - 1] != b' '
        || !matches!(b[end - 2], b'n' | b'y' | b'h' | b'r' | b'f' | b's' | b'o')
        || !ENDINGS.iter().any(|e| text[..end].ends_with(e))
    {
        return None;
    }
    let window = window_before(text, end, OWNER_WINDOW);
    let (at, name) = owner_in(window, prepositions)?;
    let start = end - (window.len() - at);
    body_at(text, start, name, line_body)
}

/// The `len` bytes of `text` before `end` (fewer at the start), cut at a
/// character boundary.
fn window_before(text: &str, end: usize, len: usize) -> &str {
    let mut start = end.saturating_sub(len);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    &text[start..end]
}

/// The bodies the clause of a citation names: from the clause's start (the
/// last semicolon, at most [`CLAUSE_WINDOW`] bytes back) to the lead, and
/// right after the list when the words there name one (`…, the Human Rights
/// Council …`).
fn clause_bodies(text: &str, line_body: usize, lead: usize, list_end: usize) -> Bodies {
    let mut window_start = lead.saturating_sub(CLAUSE_WINDOW).max(line_body).min(lead);
    while !text.is_char_boundary(window_start) {
        window_start += 1;
    }
    let clause_start = text[window_start..lead]
        .rfind(';')
        .map(|i| window_start + i + 1)
        .unwrap_or(window_start);
    let mut bodies = bodies_in(text, clause_start, lead, line_body);
    let after = window(text, list_end, 60);
    if let Some((start, name)) = after_subject(after) {
        if let Some(body) = body_at(text, list_end + start, name, line_body) {
            bodies = bodies.with(body);
        }
    }
    bodies
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The numbers `scan_citations` reads in `text`, as written, with the
    /// offset of the word that leads each.
    fn cited(text: &str) -> Vec<(&str, u32)> {
        let mut out = Vec::new();
        scan_citations(text, 0, &mut out);
        out.iter()
            .map(|c| (&text[c.span.start as usize..c.span.end as usize], c.lead))
            .collect()
    }

    /// A list of several goes on after a clause that says more of its
    /// last item, where the next item is dated and no citation word or
    /// `;` stands between: the Human Rights Council's `resolutions 60/251
    /// of 15 March 2006, by which it established …, and 65/281 of 17 June
    /// 2011`, every item of a list of decades each with its clause.
    #[test]
    fn a_list_goes_on_after_a_clause_on_its_last_item() {
        let text = "Recalling General Assembly resolutions 60/251 of 15 March 2006, by which it \
                    established the Human Rights Council, and 65/281 of 17 June 2011 on the review,";
        assert_eq!(cited(text), [("60/251", 27), ("65/281", 27)]);
        let text =
            "Recalling its resolutions 65/161 of 20 December 2010, in which it declared the \
                    period 2011–2020 the Decade on Biodiversity, 67/215 of 21 December 2012, in \
                    which it declared the period 2014–2024 the Decade, 70/259 of 1 April 2016 and \
                    71/222 of 21 December 2016, in which it proclaimed the Decade, 72/73 of 5 \
                    December 2017,";
        let numbers: Vec<&str> = cited(text).into_iter().map(|(n, _)| n).collect();
        assert_eq!(numbers, ["65/161", "67/215", "70/259", "71/222", "72/73"]);
        // Not after a word for one (`resolution`), nor after an undated
        // item, nor to an undated number, nor past a `;` or another list's
        // word (which leads its own).
        for text in [
            "Recalling its resolution 65/161 of 20 December 2010, in which it declared the \
             Decade, 67/215 of 21 December 2012,",
            "Recalling its resolutions 65/161 and 66/1, in which it declared the Decade, 67/215 \
             of 21 December 2012,",
            "Recalling its resolutions 65/161 of 20 December 2010, in which it declared the \
             Decade, 67/215, and the report,",
            "Recalling its resolutions 65/161 of 20 December 2010, in which it declared the \
             Decade; notes 67/215 of 21 December 2012,",
        ] {
            assert!(cited(text).iter().all(|&(n, _)| n != "67/215"), "{text}");
        }
        let text =
            "Recalling its resolutions 65/161 of 20 December 2010, in which it declared the \
                    Decade, and Security Council resolution 1624 (2005) of 14 September 2005, \
                    2178 (2014) of 24 September 2014,";
        let council = text.find("resolution 1624").unwrap() as u32;
        assert_eq!(
            cited(text),
            [
                ("65/161", 14),
                ("1624 (2005)", council),
                ("2178 (2014)", council)
            ]
        );
    }

    /// The regex [`owner_in`] reads as, for `prepositions` (`in|by`).
    fn owner_pattern(prepositions: &str) -> Regex {
        crate::pattern(&format!(
            r"(?-u:\b)({BODY_NAMES})(?: (?:for|on|of|to|against|and|the|[A-Z][\w\-’]*))*(?: at its (?-u:[\w\- ]){{1,40}}? session)?(?:,? (?:by consensus|without a vote))?,? (?:{prepositions})(?: (?:operative )?(?:paragraphs?|sections?|part|the annex|annex)[^,;]{{0,40}}? (?:of|to))? $"
        ))
        .unwrap()
    }

    #[test]
    fn of_date_reads_what_its_pattern_reads() {
        let pattern = crate::pattern(
            r"^,? of (\d{1,2}) (January|February|March|April|May|June|July|August|September|October|November|December) (\d{4})(?:[1-9]\d{0,2})?(?-u:\b)",
        )
        .unwrap();
        let expected = |text: &str| {
            pattern.captures(text).map(|c| {
                let date = Date::new(
                    c[3].parse().unwrap(),
                    Date::month_number(&c[2]).unwrap(),
                    c[1].parse().unwrap(),
                );
                (
                    date,
                    c.get(1).unwrap().start(),
                    c.get(3).unwrap().end(),
                    c.get(0).unwrap().end(),
                )
            })
        };
        let leads = [
            " of ",
            ", of ",
            ",of ",
            " of",
            "",
            " of 17 May ",
            ", of 1 December ",
            " of 17 May 2013",
            ", of 12 December 1997",
        ];
        let pieces = [
            "17", "1", "117", "0", "01", " ", "May", "December", "may", "2013", "199712",
            "20131234", "19970", "1", "12", "123", "1234", "a", "_", "é", ",", ".", " and",
            "\u{a0}",
        ];
        let mut matched = 0;
        for text in crate::syntax::random_texts(26, 100_000, &leads, &pieces, 7) {
            let want = expected(&text);
            assert_eq!(of_date(&text), want, "{text:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 2_000, "{matched}");
    }

    #[test]
    fn the_body_after_a_list_is_what_the_patterns_read() {
        let which = crate::pattern(&format!(
            r"^,?\d{{0,3}},? (?:in|by|through|under) which (?:the )?(?:United Nations )?({BODY_NAMES})(?-u:\b)"
        ))
        .unwrap();
        let subject =
            crate::pattern(&format!(r"^,?\d{{0,3}},? the ({BODY_NAMES})(?-u:\b)")).unwrap();
        let group = |pattern: &Regex, text: &str| {
            pattern
                .captures(text)
                .map(|c| (c.get(1).unwrap().start(), c[1].to_owned()))
        };
        let owned = |found: Option<Named<'_>>| found.map(|(at, name)| (at, name.to_owned()));
        let leads = [
            "",
            ",",
            ",1",
            "12,",
            ",123,",
            "1234",
            ",,",
            " in which ",
            ", the ",
            ",1, by which the United Nations ",
            " the ",
        ];
        let pieces = [
            " ",
            "in ",
            "by ",
            "through ",
            "under ",
            "which ",
            "the ",
            "The ",
            "United Nations ",
            "General Assembly",
            "Assembly",
            "Assemblyx",
            "Council",
            "Conference",
            "Parties",
            "Working Group",
            "x",
            "1",
            ",",
            "é",
        ];
        let mut matched = 0;
        for text in crate::syntax::random_texts(27, 100_000, &leads, &pieces, 7) {
            let (w, s) = (group(&which, &text), group(&subject, &text));
            assert_eq!(owned(after_which(&text)), w, "which {text:?}");
            assert_eq!(owned(after_subject(&text)), s, "subject {text:?}");
            matched += usize::from(w.is_some()) + usize::from(s.is_some());
        }
        assert!(matched > 2_000, "{matched}");
    }

    #[test]
    fn list_joins_and_numbers_read_what_their_patterns_read() {
        let separator =
            crate::pattern(r"^(?:,\d{0,3} (?:and |as well as )?| and | as well as )").unwrap();
        let entitled_re = crate::pattern(r#"^,? entitled [“"]"#).unwrap();
        let year = crate::pattern(r"^(\d{1,4}) \((\d{4})\)").unwrap();
        let leads = [
            "",
            ",",
            " ",
            ", entitled ",
            " entitled ",
            "1624 (",
            "1624 (2005)",
            "67 (2005",
            "12345 (2005)",
        ];
        let pieces = [
            "and ",
            " and ",
            "as well as ",
            " as well as ",
            ",",
            " ",
            "1",
            "12",
            "123",
            "1234",
            "12345",
            "2005",
            "(2005)",
            "(",
            ")",
            "entitled ",
            "“",
            "\"",
            "”",
            "x",
            "é",
            "a",
        ];
        let mut matched = [0usize; 3];
        for text in crate::syntax::random_texts(30, 100_000, &leads, &pieces, 5) {
            let sep = separator.find(&text).map(|m| m.end());
            assert_eq!(list_separator(&text), sep, "separator {text:?}");
            let ent = entitled_re.find(&text).map(|m| m.end());
            assert_eq!(entitled(&text), ent, "entitled {text:?}");
            let y = year.captures(&text).map(|c| {
                assert_eq!(c.get(0).unwrap().end(), c.get(2).unwrap().end() + 1);
                (
                    c[1].parse().unwrap(),
                    c[2].parse().unwrap(),
                    &text[c.get(0).unwrap().end()..],
                )
            });
            assert_eq!(number_and_year(&text, 4), y, "year {text:?}");
            for (count, hit) in matched
                .iter_mut()
                .zip([sep.is_some(), ent.is_some(), y.is_some()])
            {
                *count += usize::from(hit);
            }
        }
        assert!(matched.iter().all(|&n| n > 1_000), "{matched:?}");
    }

    #[test]
    fn body_names_are_what_the_pattern_finds() {
        let pattern = crate::pattern(&format!(r"(?-u:\b)(?:{BODY_NAMES})(?-u:\b)")).unwrap();
        let pieces = [
            "General Assembly",
            "General",
            "Assembly",
            "Assemblyé",
            "Security Council",
            "Council",
            "Councils",
            "Human Rights Council",
            "Economic and Social Council",
            "Commission",
            "Committee",
            "Conference",
            "Board",
            "Forum",
            "Parties",
            "Organization",
            "Meeting",
            "Working Group",
            "Congress",
            "x",
            "_",
            "1",
            "é",
            "中",
            " ",
            " ",
            "-",
            ",",
            "the ",
        ];
        let mut rng = fastrand::Rng::with_seed(25);
        let mut found = 0;
        for _ in 0..50_000 {
            let text: String = (0..rng.usize(1..10))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect();
            let mut at = rng.usize(..=text.len());
            while !text.is_char_boundary(at) {
                at -= 1;
            }
            let want: Vec<(usize, &str)> = {
                let mut out = Vec::new();
                let mut from = at;
                while let Some(m) = pattern.find_at(&text, from) {
                    out.push((m.start(), m.as_str()));
                    from = m.end();
                }
                out
            };
            assert_eq!(
                body_names(&text, at).collect::<Vec<_>>(),
                want,
                "{text:?} from {at}"
            );
            found += want.len();
        }
        assert!(found > 10_000, "{found}");
    }

    #[test]
    fn the_body_names_are_those_of_the_pattern() {
        assert_eq!(BODY_NAME_LIST.join("|"), BODY_NAMES);
        // And `owner_in` knows each by its last letter.
        for name in BODY_NAME_LIST {
            let window = format!("the {name} in ");
            assert_eq!(owner_in(&window, BARE_PREPOSITIONS), Some((4, name)));
        }
    }

    #[test]
    fn the_owner_is_found_where_the_pattern_finds_it() {
        let pieces = [
            "General Assembly",
            "Security Council",
            "Human Rights Council",
            "Economic and Social Council",
            "Commission",
            "Assembly",
            "Council",
            "Committee",
            "Working Group",
            "Parties",
            "Organization",
            "Board",
            "General",
            "Social",
            "Sub-",
            "UN-Habitat",
            "Peace",
            "Ünited",
            "Éco",
            "’s",
            "'s",
            "é",
            "文",
            "\u{300}",
            "X",
            "x",
            "1",
            "_",
            "-",
            " ",
            " ",
            " ",
            " ",
            ",",
            ";",
            "the",
            "The",
            "of",
            "to",
            "for",
            "on",
            "and",
            "against",
            "in",
            "by",
            "through",
            "under",
            "with",
            "as",
            "at its",
            "second",
            "seventy-eighth",
            "session",
            "by consensus",
            "without a vote",
            "operative",
            "paragraph",
            "paragraphs",
            "section",
            "sections",
            "part",
            "the annex",
            "annex",
            "6",
            "(a)",
        ];
        let ends = [
            " in ",
            " by ",
            " of ",
            " to ",
            " as ",
            " with ",
            " under ",
            " through ",
        ];
        let patterns = [
            (
                ITS_PREPOSITIONS,
                owner_pattern(&ITS_PREPOSITIONS.words.join("|")),
            ),
            (
                BARE_PREPOSITIONS,
                owner_pattern(&BARE_PREPOSITIONS.words.join("|")),
            ),
        ];
        // Sessions, votes, paragraphs of, names in words and after a hyphen.
        let written = [
            "adopted by the United Nations Environment Assembly at its second session, in paragraph 6 of ",
            "the adoption by the Economic Commission for Latin America and the Caribbean of ",
            "endorsed by the General Assembly by consensus as ",
            "the Sub-Commission on the Promotion and Protection of Human Rights in operative paragraph 3 (a), of ",
            "the Sub-Commission on the Promotion and Protection of Human Rights in operative paragraph 3 (a) of ",
            "the Human Rights Council, without a vote, in the annex to ",
            "the Conférence Council in ",
            "the Peace and Security Council in ",
        ];
        for window in written {
            for (prepositions, pattern) in &patterns {
                let expected = pattern.captures(window).map(|c| {
                    let m = c.get(1).unwrap();
                    (m.start(), m.as_str())
                });
                assert_eq!(owner_in(window, prepositions), expected, "{window:?}");
            }
        }
        let mut rng = fastrand::Rng::with_seed(19);
        let mut found = 0;
        for round in 0..200_000 {
            // Mostly the words of a name and what follows it, spaced.
            let mut text = String::new();
            for _ in 0..rng.usize(1..40) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
                if rng.u8(..4) > 0 {
                    text.push(' ');
                }
            }
            if rng.bool() {
                text.truncate(text.trim_end().len());
                text.push_str(ends[rng.usize(..ends.len())]);
            }
            let window = window_before(&text, text.len(), OWNER_WINDOW);
            let (prepositions, pattern) = &patterns[round % 2];
            let expected = pattern.captures(window).map(|c| {
                let m = c.get(1).unwrap();
                (m.start(), m.as_str())
            });
            assert_eq!(owner_in(window, prepositions), expected, "{window:?}");
            found += usize::from(expected.is_some());
        }
        assert!(found > 1_000, "{found}");
    }

    #[test]
    fn adopted_by_finds_what_its_pattern_finds() {
        let pattern = crate::pattern(&format!(
            r"(?-u:\b)(?:adopted|endorsed) (?:by|at|in)(?-u:\b)[^,;“”]{{0,60}}?(?-u:\b)({BODY_NAMES})(?-u:\b)"
        ))
        .unwrap();
        let expected = |text: &str| {
            pattern.captures(text).map(|c| {
                let m = c.get(1).unwrap();
                (c.get(0).unwrap().start(), m.start(), m.as_str().to_owned())
            })
        };
        let found =
            |text: &str| adopted_by(text).map(|(start, (at, name))| (start, at, name.to_owned()));
        let written = [
            ", adopted by the Commission on the Status of Women",
            " adopted at the fifteenth meeting of the Conference of the Parties",
            ", readopted by the Council, endorsed in the Security Councils and the Board",
            " adopted by, the Council; endorsed by the Forum",
            " adopted by the “Council” and endorsed at Board",
        ];
        for text in written {
            assert_eq!(found(text), expected(text), "{text:?}");
        }
        let pieces = [
            "adopted",
            "endorsed",
            "readopted",
            "Adopted",
            "adopt",
            "ed",
            " by",
            " at",
            " in",
            "by",
            "bystander",
            "at",
            "in",
            " ",
            " ",
            " ",
            "the",
            "General Assembly",
            "Assembly",
            "Council",
            "Councils",
            "Economic and Social",
            "Human Rights Council",
            "Board",
            "Forum",
            "Parties",
            "Working Group",
            "Commission",
            "Conference",
            "x",
            "_",
            "é",
            "ééééééééééééééééééééé",
            "aaaaaaaaaaaaaaaaaaaaa",
            ",",
            ";",
            "“",
            "”",
            "-",
            "1",
            "\n",
        ];
        let mut rng = fastrand::Rng::with_seed(19);
        let mut matched = 0;
        let leads = ["adopted by ", "endorsed at ", "adopted in ", ""];
        for _ in 0..100_000 {
            let mut text = String::from(leads[rng.usize(..leads.len())]);
            for _ in 0..rng.usize(1..30) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
                if rng.u8(..3) > 0 {
                    text.push(' ');
                }
            }
            let want = expected(&text);
            assert_eq!(found(&text), want, "{text:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 20_000, "{matched}");
    }

    #[test]
    fn after_of_finds_what_its_pattern_finds() {
        let pattern = crate::pattern(&format!(
            r"^\d{{0,3}} of the (?:[A-Z][\w\-]*,? ){{0,6}}({BODY_NAMES})(?-u:\b)"
        ))
        .unwrap();
        let expected = |text: &str| {
            pattern.captures(text).map(|c| {
                let m = c.get(1).unwrap();
                (m.start(), m.as_str().to_owned())
            })
        };
        let found = |text: &str| after_of(text).map(|(at, name)| (at, name.to_owned()));
        let written = [
            " of the Conference of the Parties",
            "1 of the Fourth Committee of the General Assembly",
            " of the Governing Council of the United Nations Environment Programme",
            " of the Board, Council",
            " of the Security Council's",
            "1234 of the Council",
            " of the Human Rights Councils",
        ];
        for text in written {
            assert_eq!(found(text), expected(text), "{text:?}");
        }
        let pieces = [
            "General Assembly",
            "General",
            "Assembly",
            "Assemblyé",
            "Council",
            "Councils",
            "Security Council",
            "Human Rights Council",
            "Economic and Social Council",
            "Working Group",
            "Parties",
            "Board",
            "Fourth",
            "Committee",
            "High-Level",
            "Ébène",
            "Ab_c",
            "A1",
            "X",
            "x",
            "the",
            "of",
            "é",
            "\u{301}",
            "٣",
            "-",
            ",",
            ", ",
            " ",
            " ",
            " ",
            "'s",
            "1",
            "\n",
        ];
        let mut rng = fastrand::Rng::with_seed(20);
        let mut matched = 0;
        let leads = [
            " of the ",
            "1 of the ",
            "123 of the ",
            "1234 of the ",
            " of the",
            "",
        ];
        for _ in 0..100_000 {
            let mut text = String::from(leads[rng.usize(..leads.len())]);
            for _ in 0..rng.usize(1..12) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
                if rng.u8(..3) > 0 {
                    text.push(' ');
                }
            }
            let want = expected(&text);
            assert_eq!(found(&text), want, "{text:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 10_000, "{matched}");
    }

    #[test]
    fn the_lead_is_found_where_the_pattern_finds_it() {
        let pieces = [
            "resolution",
            "Resolution",
            "esolution",
            "decision",
            "Decision",
            "ecision",
            "s",
            " ",
            "\u{a0}",
            "x",
            "_",
            "1",
            "é",
            ",",
            "r",
            "D",
            "resolutions  ",
            "decisions\u{a0} ",
        ];
        crate::syntax::finds_as_the_pattern(&LEAD, find_lead, &pieces);
        // One `Leads` asked at every position in turn, as `scan_citations`
        // asks, answers as the pattern does at each.
        let mut rng = fastrand::Rng::with_seed(23);
        for _ in 0..5_000 {
            let text: String = (0..rng.usize(1..12))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect();
            let mut leads = Leads::new(&text);
            let mut from = 0;
            while from <= text.len() {
                let want = LEAD.find_at(&text, from).map(|m| (m.start(), m.end()));
                assert_eq!(leads.find(from), want, "{text:?} from {from}");
                from += rng.usize(1..6);
                while !text.is_char_boundary(from.min(text.len())) {
                    from += 1;
                }
            }
        }
    }

    fn cites(text: &str) -> Vec<(String, Option<String>, Qualifier)> {
        let mut out = Vec::new();
        scan_citations(text, 0, &mut out);
        out.into_iter()
            .map(|c| {
                (
                    text[c.span.start as usize..c.span.end as usize].to_string(),
                    c.date.map(|(d, _)| d.to_string()),
                    c.qualifier,
                )
            })
            .collect()
    }

    #[test]
    fn lists_with_dates() {
        let found = cites(
            "Recalling its resolutions 37/4 of 22 October 1982, 38/4 of 28 October 1983 and 65/140 of 16 December 2010,",
        );
        let its = Qualifier::Its {
            clause: Bodies::default(),
        };
        assert_eq!(
            found,
            vec![
                ("37/4".into(), Some("22 October 1982".into()), its),
                ("38/4".into(), Some("28 October 1983".into()), its),
                ("65/140".into(), Some("16 December 2010".into()), its),
            ]
        );
        // A footnote marker glued to a year: the date is still read, and
        // the list goes on after the marker.
        let found = cites(
            "Recalling its resolutions 52/120 of 12 December 199712 and 53/1 of 31 September 1998,",
        );
        assert_eq!(
            found,
            vec![
                ("52/120".into(), Some("12 December 1997".into()), its),
                ("53/1".into(), Some("31 September 1998".into()), its),
            ]
        );
        let text = "resolution 52/120 of 12 December 199712 and";
        let mut out = Vec::new();
        scan_citations(text, 0, &mut out);
        let (_, span) = out[0].date.unwrap();
        assert_eq!(
            &text[span.start as usize..span.end as usize],
            "12 December 1997"
        );
    }

    fn named(organ: Organ) -> Qualifier {
        Qualifier::Named(Body::Organ(organ))
    }

    #[test]
    fn styles_and_organs() {
        let found = cites("Security Council resolution 1624 (2005) of 14 September 2005");
        assert_eq!(found[0].0, "1624 (2005)");
        assert_eq!(found[0].2, named(Organ::SecurityCouncil));
        let found = cites("resolution 3369 (XXX) of 10 October 1975 and 217 A (III)");
        assert_eq!(found[0].0, "3369 (XXX)");
        assert_eq!(found[1].0, "217 A (III)");
        assert_eq!(cites("resolutions ES-10/19 and S-26/2")[1].0, "S-26/2");
        assert_eq!(cites("decisions 31/406 A to E")[0].0, "31/406 A to E");
        assert_eq!(
            cites("resolution 68/247 B of 9 April 2014")[0].0,
            "68/247 B"
        );
        let hrc = cites("Human Rights Council resolution 22/1");
        assert_eq!(hrc[0].2, named(Organ::HumanRightsCouncil));
        let commission = cites("the Commission on Human Rights resolution 2005/69");
        assert_eq!(commission[0].2, named(Organ::Other));
        assert_eq!(
            cites("Recalling resolution 67/264,")[0].2,
            Qualifier::Bare {
                clause: Bodies::default()
            }
        );
        assert_eq!(
            cites("Welcoming Council resolution 52/28,")[0].2,
            Qualifier::Named(Body::Council)
        );
        assert_eq!(
            cites("Recalling UN-Habitat Governing Council resolution 26/8,")[0].2,
            named(Organ::Other)
        );
    }

    #[test]
    fn the_owner_of_its() {
        let owner = |text: &str| cites(text)[0].2;
        // The body just before `in its`, `by its`, `of its`.
        assert_eq!(
            owner("the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution 2/10"),
            named(Organ::Other)
        );
        assert_eq!(
            owner("as mandated by the General Assembly in its resolution 78/72;"),
            named(Organ::GeneralAssembly)
        );
        // In a Human Rights Council text, `the Assembly` is the General
        // Assembly.
        assert_eq!(
            owner("as decided by the Assembly in its resolution 77/298,"),
            named(Organ::GeneralAssembly)
        );
        assert_eq!(
            owner("Recalls the adoption by the Economic Commission for Latin America and the Caribbean of its resolution 574 (XXVII) of 16 May 1998,"),
            named(Organ::Other)
        );
        assert_eq!(
            owner("the supplementary arrangements established by the Council in its resolution 1993/215 of 12 February 1993"),
            Qualifier::Named(Body::Council)
        );
        // The subject after the list.
        assert_eq!(
            owner("Stressing that, in its resolution 48/141 of 20 December 1993, the General Assembly decided"),
            named(Organ::GeneralAssembly)
        );
        // No owner: the text's own organ, with the other bodies the clause
        // names.
        assert_eq!(
            owner("Welcoming the work of the Committee, and recalling its resolution 74/3,"),
            Qualifier::Its {
                clause: Bodies::default().with(Body::Organ(Organ::Other))
            }
        );
    }

    #[test]
    fn the_words_after_the_list() {
        let after = |text: &str| cites(text)[0].2;
        assert_eq!(
            after("Recalling resolution 60/2 on women, the girl child and HIV and AIDS, adopted by the Commission on the Status of Women,"),
            named(Organ::Other)
        );
        assert_eq!(
            after("Reaffirming resolution 70/1, adopted by the General Assembly on 25 September 2015,"),
            named(Organ::GeneralAssembly)
        );
        assert_eq!(
            after("and resolution 77/27 of 1 December 2022, in which the Assembly recognized"),
            named(Organ::GeneralAssembly)
        );
        assert_eq!(
            after("Taking note of resolution 6/14 of 1 March 2024 of the United Nations Environment Assembly,"),
            named(Organ::Other)
        );
        // What was adopted must be the cited text, not the next thing.
        assert_eq!(
            after("Recalling resolution 67/290 on the format, and the declaration adopted by the Conference,"),
            Qualifier::Bare {
                clause: Bodies::default()
            }
        );
        // Lists that keep an organ through them.
        assert_eq!(
            after("Recalling Economic and Social Council resolutions 2019/15 of 8 July 2019, as well as resolutions 2001/12 of 24 July 2001,"),
            named(Organ::EconomicAndSocialCouncil)
        );
        let continued = cites("Recalling Economic and Social Council resolution 2019/15 of 8 July 2019, and recalling also resolutions 2001/12 of 24 July 2001,");
        assert_eq!(
            continued[1].2,
            Qualifier::Bare {
                clause: Bodies::default().with(Body::Organ(Organ::EconomicAndSocialCouncil))
            }
        );
    }

    #[test]
    fn titles_parts_and_sections() {
        let mut out = Vec::new();
        let text = "Recalling its resolutions 74/270 of 2 April 2020, entitled “Global solidarity”,3 74/274 of 20 April 2020, entitled “Follow-up to the report entitled “Our Common Agenda””, and section IV of resolution 76/274 and 66/253 A and B";
        scan_citations(text, 0, &mut out);
        let numbers: Vec<&str> = out
            .iter()
            .map(|c| &text[c.span.start as usize..c.span.end as usize])
            .collect();
        assert_eq!(numbers, ["74/270", "74/274", "76/274", "66/253 A and B"]);
        let title = |c: &Citation| {
            let span = c.title.expect("a title").span;
            &text[span.start as usize..span.end as usize]
        };
        assert_eq!(title(&out[0]), "Global solidarity");
        assert_eq!(
            title(&out[1]),
            "Follow-up to the report entitled “Our Common Agenda”"
        );
        assert!(out[2].section && out[2].parts && out[2].letters.is_none());
        let letters = out[3].letters.expect("letters");
        assert_eq!(letters.mask, 0b11);
        assert_eq!(letters.single(), None);
        let mut one = Vec::new();
        scan_citations("resolutions 31/406 A to E and 68/247 B", 0, &mut one);
        assert_eq!(one[0].letters.unwrap().mask, 0b11111);
        assert_eq!(one[1].letters.unwrap().single(), Some('B'));
    }

    #[test]
    fn title_keys_ignore_marks_dashes_spaces_and_the_first_letter() {
        let same = |a: &str, b: &str| TitleKey::of(a).exact == TitleKey::of(b).exact;
        assert!(same(
            "Follow-up to the report entitled “Our Common Agenda”",
            "followup to the report  entitled ‘Our Common Agenda’"
        ));
        assert!(same("Decade (2018 – 2028)", "Decade (2018–2028)"));
        assert!(!same("The Pact for the Future", "The Pact of the Future"));
        assert!(!same(
            "Areas beyond National Jurisdiction",
            "Areas Beyond National Jurisdiction"
        ));
        let key = |t: &str| TitleKey::of(t).lenient;
        assert_eq!(
            key("New Partnership for Africa's Development : progress"),
            key("New Partnership for Africa’s Development: Progress")
        );
    }

    proptest::proptest! {
        #[test]
        fn any_arrangement_of_citation_words_is_scanned_without_panic(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "resolution ", "resolutions ", "decision ", "its ", "the ", "General Assembly ",
                    "Council ", "Assembly ", "Environment Assembly, in its ", "by the Assembly in ",
                    "67/264", "2013/5", "ES-10/19", "3369 (XXX)", "1624 (2005)", "217 A (III)",
                    " of 17 May 2013", ", entitled “", "”", "‘", "’", "\"", " A and B", " to ",
                    "section IV of ", ", adopted by the Commission", ", in which the Council",
                    " of the Conference", ", ", " and ", ",3 ", "2019", "中文", "😀", "\u{a0}", ";",
                ]),
                0..40,
            )
        ) {
            let text: String = pieces.concat();
            let mut out = Vec::new();
            scan_citations(&text, 0, &mut out);
            for citation in &out {
                proptest::prop_assert!(text.is_char_boundary(citation.span.start as usize));
                proptest::prop_assert!(text.is_char_boundary(citation.span.end as usize));
                if let Some(title) = citation.title {
                    proptest::prop_assert!(title.span.start <= title.span.end);
                    proptest::prop_assert!(text.get(title.span.start as usize..title.span.end as usize).is_some());
                }
            }
            // The whole analysis too.
            let document = crate::Document::new(&format!("\tThe Human Rights Council,\n\t{text}\n"));
            let _ = document.diagnostics();
        }
    }

    #[test]
    fn not_citations() {
        assert!(cites("its decision to consider the item").is_empty());
        assert!(cites("the present resolution").is_empty());
        assert!(cites("Resolution adopted by the General Assembly").is_empty());
    }

    #[test]
    fn roman_numerals() {
        assert_eq!(roman_value("XXX"), Some(30));
        assert_eq!(roman_value("XIV"), Some(14));
        assert_eq!(roman_value("IIII"), None);
        assert_eq!(roman_value("VX"), None);
        assert_eq!(to_roman(29), "XXIX");
    }

    #[test]
    fn a_line_of_thousands_of_citations_is_scanned_in_linear_time() {
        // Each citation used to scan the line back to its start for the
        // start of its clause: a 5 MB line took minutes.
        let piece = "Recalling 😀 中文 مرحبا (resolution 1/1) ";
        let found = cites(&piece.repeat(20_000));
        assert_eq!(found.len(), 20_000);
        assert!(
            found.iter().all(|(text, _, _)| text == "1/1"),
            "{:?}",
            found[0]
        );
        // The clause still reaches back thousands of bytes, to its semicolon.
        let filler = "and ".repeat(700);
        let near = format!("The Security Council {filler}recalls its resolution 5/1");
        let cut = format!("The Security Council; {filler}recalls its resolution 5/1");
        let clause = |text: &str| match cites(text)[0].2 {
            Qualifier::Its { clause } => clause,
            other => panic!("{other:?}"),
        };
        assert!(clause(&near).contains(Body::Organ(Organ::SecurityCouncil)));
        assert!(clause(&cut).is_empty());
    }
}
