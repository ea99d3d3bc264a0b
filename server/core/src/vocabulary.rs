//! The drafting vocabulary: the opening phrases of paragraphs and the names
//! of organizations, as data ([`crate::data::lexicon`], generated from
//! `shared/lexicon`) and the lookups the parser, the rules, completion and
//! hover share.

use std::collections::HashMap;

use rustc_hash::FxHashMap;
use std::sync::LazyLock;

use crate::data::lexicon::{ORGANIZATIONS, PHRASES, STRENGTH_SCALES, VERB_FORMS};
use crate::l10n::Message;
use crate::msg;

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
    /// The code the Fluent files select on (`opening-bodies`).
    pub fn code(self) -> &'static str {
        match self {
            Bodies::All => "all",
            Bodies::GeneralAssembly => "ga",
            Bodies::SecurityCouncil => "sc",
            Bodies::ModelUn => "mun",
        }
    }

    /// For hovers and completion details, in the drafter's language.
    pub fn describe(self) -> Message {
        msg!("opening-bodies", bodies = self.code())
    }
}

/// A family of opening phrases (`exhortation`), in the drafter's language.
pub fn family_name(family: &str) -> Message {
    msg!("opening-family", family = family)
}

/// An organization's category (its code, `principal_organ`), in the
/// drafter's language (`principal organ of the United Nations`).
pub fn category_name(category: &str) -> Message {
    msg!("organization-category", category = category)
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
    /// The category's code (`principal_organ`): [`category_name`] gives
    /// its words.
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
    // ASCII letters and digits byte by byte; from the first other byte on,
    // character by character.
    let ascii = s
        .bytes()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(s.len());
    let end = match s.as_bytes().get(ascii) {
        Some(b) if *b >= 0x80 => s[ascii..]
            .char_indices()
            .find(|(_, c)| !c.is_alphanumeric())
            .map_or(s.len(), |(i, _)| ascii + i),
        _ => ascii,
    };
    &s[..end]
}

/// The phrases by their [`leading_word`], in lexicon order: a phrase that
/// `words` starts with, on a word boundary, has the leading word of `words`.
static PHRASES_BY_LEADING_WORD: LazyLock<FxHashMap<&'static str, Vec<u16>>> = LazyLock::new(|| {
    let mut index: FxHashMap<&'static str, Vec<u16>> = FxHashMap::default();
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
/// (Keyed by bytes: a word lower-cased on the stack is looked up without
/// checking it is UTF-8 again.)
static VERB_FORM_INDEX: LazyLock<FxHashMap<Box<[u8]>, usize>> = LazyLock::new(|| {
    let mut index = FxHashMap::default();
    for (i, (present, participle, past, base)) in VERB_FORMS.iter().enumerate() {
        for form in [present, participle, past, base] {
            index
                .entry(form.to_ascii_lowercase().into_bytes().into_boxed_slice())
                .or_insert(i);
        }
    }
    index
});

/// The forms of the verb `word` is a form of (any case).
pub fn verb_forms(word: &str) -> Option<VerbForms> {
    let i = if word.bytes().any(|b| b.is_ascii_uppercase()) {
        let mut buf = [0u8; 32];
        match buf.get_mut(..word.len()) {
            // Lower-cased on the stack: ASCII letters only, so the bytes
            // stay UTF-8.
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                *VERB_FORM_INDEX.get(&*lower)?
            }
            None => *VERB_FORM_INDEX.get(word.to_ascii_lowercase().as_bytes())?,
        }
    } else {
        *VERB_FORM_INDEX.get(word.as_bytes())?
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
    static SET: LazyLock<rustc_hash::FxHashSet<&'static [u8]>> = LazyLock::new(|| {
        assert!(INTENSIFIERS.iter().all(|i| i.len() <= 16 && i.is_ascii()));
        INTENSIFIERS.iter().map(|i| i.as_bytes()).collect()
    });
    let mut buf = [0u8; 16];
    if word.is_ascii() {
        // Lower-cased on the stack (no intensifier is longer), one look-up.
        match buf.get_mut(..word.len()) {
            Some(lower) => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                SET.contains(&*lower)
            }
            None => false,
        }
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

/// The names of [`NAMES`] as a byte trie: the scan walks it from each byte
/// a name can start with, and the longest name found there is the one the
/// alternation of every name, longest first, would match (leftmost-first:
/// at the leftmost position where some name matches, the first alternative,
/// which among names that all start there is the longest).
struct NameTable {
    /// Trie nodes; node 0 is the root. A run of bytes with no branch and no
    /// name ending inside it is one node's label, compared at once.
    nodes: Vec<TrieNode>,
    /// The labels of every node.
    labels: Vec<u8>,
    /// The edges of every node, each node's sorted by byte.
    edges: Vec<(u8, u32)>,
    /// The root's child for each first byte (0: none).
    root: [u32; 256],
    /// Whether every name starts with an ASCII capital or `1` (`1540
    /// Committee`): the scan then skips to those bytes sixteen at a time.
    capital_or_one_start: bool,
    /// The first two bytes of every name, a bit each: most capitals start
    /// a word no name starts with, and the walk is not begun there.
    pairs: Box<[u64; 1024]>,
    /// Whether every name holds an ASCII capital (`UNCTAD`, `Organization of
    /// African Unity`): a text without one names none, and is not searched
    /// (most lines of Arabic, Chinese and Russian texts).
    capitals: bool,
    /// The length in bytes of the longest name.
    longest: usize,
}

struct TrieNode {
    /// The bytes after the edge's byte, up to this node.
    label: std::ops::Range<u32>,
    edges: std::ops::Range<u32>,
    /// The name ending here.
    target: Option<(u16, NameKind)>,
}

impl NameTable {
    /// Whether a name starts with the byte `b`.
    fn pairs_start_with(&self, b: u8) -> bool {
        let first = usize::from(b) << 8;
        self.pairs[first >> 6..(first + 256) >> 6]
            .iter()
            .any(|&w| w != 0)
    }

    /// The child of `node` along the edge `b` (0: none).
    fn child(&self, node: &TrieNode, b: u8) -> u32 {
        let edges = &self.edges[node.edges.start as usize..node.edges.end as usize];
        edges
            .iter()
            .find(|(e, _)| *e == b)
            .map_or(0, |&(_, child)| child)
    }

    /// Whether `bytes[start..to]` (`start < to`) is the beginning of some
    /// name: the walk from `start` reads on through `to`.
    fn walk_reaches(&self, bytes: &[u8], start: usize, to: usize) -> bool {
        let mut node = self.root[usize::from(bytes[start])];
        let mut i = start + 1;
        while node != 0 {
            if i >= to {
                return true;
            }
            let n = &self.nodes[node as usize];
            let label = &self.labels[n.label.start as usize..n.label.end as usize];
            let compared = (to - i).min(label.len());
            if bytes.get(i..i + compared) != Some(&label[..compared]) {
                return false;
            }
            i += label.len();
            if i >= to {
                return true;
            }
            node = self.child(n, bytes[i]);
            i += 1;
        }
        false
    }

    /// The end of the longest name that `bytes[at..]` starts with, and what it
    /// names.
    fn longest_at(&self, bytes: &[u8], at: usize) -> Option<(usize, (u16, NameKind))> {
        if let Some(&second) = bytes.get(at + 1) {
            let pair = usize::from(bytes[at]) << 8 | usize::from(second);
            if self.pairs[pair >> 6] & (1 << (pair & 63)) == 0 {
                return None;
            }
        }
        let mut node = self.root[usize::from(bytes[at])];
        let mut best = None;
        let mut i = at + 1;
        while node != 0 {
            let n = &self.nodes[node as usize];
            let label = &self.labels[n.label.start as usize..n.label.end as usize];
            if !bytes[i..].starts_with(label) {
                break;
            }
            i += label.len();
            if let Some(target) = n.target {
                best = Some((i, target));
            }
            let Some(&b) = bytes.get(i) else { break };
            node = self.child(n, b);
            i += 1;
        }
        best
    }
}

static NAMES: LazyLock<NameTable> = LazyLock::new(|| NameTable::new(&name_targets()));

/// Whether a name of [`NAMES`] that starts before `at` may go on through
/// `at`: whether `text[start..at]`, for an ASCII capital or `1` at `start`
/// (where every name starts, else for any byte) less than the longest
/// name's length before `at`, begins some name. An edit at `at` then
/// cannot change which names [`scan_names`] finds before it, nor where one
/// that ends before it ends.
pub fn name_may_reach(text: &str, at: usize) -> bool {
    let table = &*NAMES;
    let bytes = text.as_bytes();
    let at = at.min(bytes.len());
    let from = at.saturating_sub(table.longest);
    (from..at).any(|start| {
        let b = bytes[start];
        (!table.capital_or_one_start || b.is_ascii_uppercase() || b == b'1')
            && table.walk_reaches(bytes, start, at)
    })
}

/// The spans of the former names and former acronyms [`scan_names`] finds
/// in `text[from..]`, whether or not the line's reading keeps them.
pub fn former_name_spans(text: &str, from: usize) -> impl Iterator<Item = (usize, usize)> {
    scan_names(text, from)
        .into_iter()
        .filter(|m| matches!(m.kind, NameKind::FormerName(_) | NameKind::FormerAcronym(_)))
        .map(|m| (m.start, m.end))
}

/// The former names and former acronyms of [`NAMES`] alone (those that are
/// no current name): [`may_hold_former_name`] looks for them.
static FORMER_NAMES: LazyLock<NameTable> = LazyLock::new(|| {
    let mut targets = name_targets();
    targets.retain(|_, (_, kind)| {
        matches!(kind, NameKind::FormerName(_) | NameKind::FormerAcronym(_))
    });
    NameTable::new(&targets)
});

/// Every name, acronym and former name of an organization, with what it
/// names.
fn name_targets() -> HashMap<&'static str, (u16, NameKind)> {
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
    targets
}

impl NameTable {
    /// The trie of `targets`.
    fn new(targets: &HashMap<&'static str, (u16, NameKind)>) -> NameTable {
        // Build the trie with child lists, then flatten them into sorted edges.
        let mut children: Vec<Vec<(u8, u32)>> = vec![Vec::new()];
        let mut ends: Vec<Option<(u16, NameKind)>> = vec![None];
        for (name, &target) in targets {
            let mut node = 0usize;
            for &b in name.as_bytes() {
                node = match children[node].iter().find(|(e, _)| *e == b) {
                    Some(&(_, child)) => child as usize,
                    None => {
                        let child = children.len();
                        children.push(Vec::new());
                        ends.push(None);
                        children[node].push((b, child as u32));
                        child
                    }
                };
            }
            if node != 0 {
                ends[node] = Some(target);
            }
        }
        // Compress: each node kept (the root, a node where a name ends or that
        // branches) takes the run of single children after it as its label.
        let mut nodes = vec![TrieNode {
            label: 0..0,
            edges: 0..0,
            target: None,
        }];
        let mut labels = Vec::new();
        let mut edges: Vec<(u8, u32)> = Vec::new();
        // (node in the byte trie, its kept node), in the order kept.
        let mut queue = vec![(0usize, 0u32)];
        let mut next = 0;
        while next < queue.len() {
            let (old, kept) = queue[next];
            next += 1;
            let mut list = children[old].clone();
            list.sort_unstable();
            let start = edges.len() as u32;
            for (b, child) in list {
                let mut child = child as usize;
                let label_start = labels.len() as u32;
                while ends[child].is_none() && children[child].len() == 1 {
                    let (b, only) = children[child][0];
                    labels.push(b);
                    child = only as usize;
                }
                let id = nodes.len() as u32;
                nodes.push(TrieNode {
                    label: label_start..labels.len() as u32,
                    edges: 0..0,
                    target: ends[child],
                });
                edges.push((b, id));
                queue.push((child, id));
            }
            nodes[kept as usize].edges = start..edges.len() as u32;
        }
        let mut root = [0u32; 256];
        for &(b, child) in &edges[nodes[0].edges.start as usize..nodes[0].edges.end as usize] {
            root[usize::from(b)] = child;
        }
        let capital_or_one_start = targets
            .keys()
            .all(|k| k.as_bytes()[0].is_ascii_uppercase() || k.as_bytes()[0] == b'1');
        let mut pairs = Box::new([0u64; 1024]);
        for k in targets.keys() {
            let first = usize::from(k.as_bytes()[0]) << 8;
            // A name of one byte (none yet) starts before any second byte.
            let seconds = match k.as_bytes().get(1) {
                Some(&second) => usize::from(second)..usize::from(second) + 1,
                None => 0..256,
            };
            for pair in seconds.map(|second| first | second) {
                pairs[pair >> 6] |= 1 << (pair & 63);
            }
        }
        let capitals = targets
            .keys()
            .all(|k| k.bytes().any(|b| b.is_ascii_uppercase()));
        let longest = targets.keys().map(|name| name.len()).max().unwrap_or(0);
        NameTable {
            nodes,
            labels,
            edges,
            root,
            capital_or_one_start,
            pairs,
            capitals,
            longest,
        }
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '-'
}

/// Whether `text[from..]` may name an organization by a former name or
/// acronym ([`scan_names`] finding one there): `false` where no former name
/// nor acronym is written there at all, even inside a word (a name
/// [`scan_names`] finds is written where it finds it). Most lines name
/// none, and the capitals of a line start few of them.
pub fn may_hold_former_name(text: &str, from: usize) -> bool {
    let table = &*FORMER_NAMES;
    let Some(haystack) = text.get(from..) else {
        return false;
    };
    if table.nodes.len() == 1 {
        return false;
    }
    let bytes = text.as_bytes();
    if !table.capital_or_one_start {
        return (from..bytes.len()).any(|at| table.longest_at(bytes, at).is_some());
    }
    if table.capitals
        && crate::syntax::bytes::find(haystack.as_bytes(), 0, |b| b.wrapping_sub(b'A') < 26)
            .is_none()
    {
        return false;
    }
    // (The capitals found eight bytes at a time; then the `1`s.)
    let starts = |low, high| {
        crate::syntax::bytes::any_in_range(bytes, from, low, high, |at| {
            table.longest_at(bytes, at).is_some()
        })
    };
    starts(b'A', b'Z') || (table.pairs_start_with(b'1') && starts(b'1', b'1'))
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
    let bytes = text.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        // The next byte a name may start with.
        let next = if table.capital_or_one_start {
            crate::syntax::bytes::find(bytes, i, |b| (b.wrapping_sub(b'A') < 26) | (b == b'1'))
        } else {
            bytes[i..]
                .iter()
                .position(|&b| table.root[usize::from(b)] != 0)
                .map(|at| i + at)
        };
        let Some(start) = next else { break };
        let Some((end, (organization, kind))) = table.longest_at(bytes, start) else {
            i = start + 1;
            continue;
        };
        // As the alternation's search, the scan goes on after a name found
        // inside a word, which does not count.
        i = end;
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if before.is_some_and(is_word_char) || after.is_some_and(is_word_char) {
            continue;
        }
        found.push(NameMatch {
            start,
            end,
            organization,
            kind,
        });
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

    /// The trie finds what the alternation of every name, longest first,
    /// found (the scan before the trie), on texts where names overlap, stand
    /// inside words and follow one another.
    #[test]
    fn the_trie_finds_what_the_alternation_found() {
        let mut keys: Vec<&str> = Vec::new();
        for org in ORGANIZATIONS {
            keys.push(org.name);
            keys.extend(org.aliases.iter().copied());
            keys.extend(org.acronym.filter(|a| a.len() > 1));
            for former in org.former {
                keys.push(former.name);
                keys.extend(former.acronym.filter(|a| a.len() > 2));
            }
        }
        keys.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
        keys.dedup();
        let pattern = keys
            .iter()
            .map(|k| regex::escape(k))
            .collect::<Vec<_>>()
            .join("|");
        let regex = crate::pattern(&pattern).unwrap();
        let old = |text: &str, from: usize| -> Vec<(usize, usize)> {
            regex
                .find_iter(&text[from..])
                .map(|m| (from + m.start(), from + m.end()))
                .filter(|&(s, e)| {
                    !text[..s].chars().next_back().is_some_and(is_word_char)
                        && !text[e..].chars().next().is_some_and(is_word_char)
                })
                .collect()
        };
        let mut texts: Vec<String> = vec![
            "the Economic Commission for Latin America and the Caribbean and UNDPA and UNDP".into(),
            "AUNDP, UNDPUNICEF UNICEF-UNDP (UNDP) 1267 Committee and the 1540 Committee’s".into(),
            "the Organization of the Islamic Conference (OIC), the United Nations Children’s Fund"
                .into(),
        ];
        // Every name glued to, and spaced from, the next and the previous.
        for pair in keys.windows(2) {
            texts.push(format!("{}{} {}, {}x", pair[0], pair[1], pair[0], pair[1]));
        }
        for text in &texts {
            for from in [0, 1, 5] {
                if !text.is_char_boundary(from) {
                    continue;
                }
                let new: Vec<(usize, usize)> = scan_names(text, from)
                    .iter()
                    .map(|m| (m.start, m.end))
                    .collect();
                assert_eq!(new, old(text, from), "{text:?} from {from}");
            }
        }
    }

    /// Wherever the scan finds a former name or acronym, the test for one
    /// says there may be one; where the text writes none, it says there is
    /// none.
    #[test]
    fn a_former_name_found_is_one_the_test_allows() {
        let mut texts: Vec<String> = Vec::new();
        for org in ORGANIZATIONS {
            for former in org.former {
                texts.push(format!("the {} and", former.name));
                texts.extend(former.acronym.map(|a| format!("({a}),")));
            }
            texts.push(format!("the {} and", org.name));
            texts.extend(org.acronym.map(|a| format!("{a}-{a}")));
        }
        let mut formers = 0;
        for text in &texts {
            for from in [0, 1, 4] {
                let former = scan_names(text, from).iter().any(|m| {
                    matches!(m.kind, NameKind::FormerName(_) | NameKind::FormerAcronym(_))
                });
                formers += usize::from(former);
                if former {
                    assert!(may_hold_former_name(text, from), "{text:?} from {from}");
                }
            }
        }
        assert!(formers > 50, "the texts name former names ({formers})");
        assert!(!may_hold_former_name(
            "Recalling its resolution 67/264 of the General Assembly and UNDP",
            0
        ));
        assert!(!may_hold_former_name(
            "the Permanent Court of International",
            0
        ));
        assert!(may_hold_former_name(
            "x Permanent Court of International Justice",
            2
        ));
        assert!(!may_hold_former_name(
            "x Permanent Court of International Justice",
            3
        ));
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
