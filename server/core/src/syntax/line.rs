//! Classifies one line of resolution text and collects what it contains.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::bytes::{digits, is_ascii_word_byte};
use super::citation::number_and_year;
use super::citation::{scan_citations, Citation, CitationId, SessionRef};
use super::date::{date_opening, Date};
use super::footnote::{footnote_text_label, scan_markers, Marker};
use super::opening::{scan_former_names, scan_opening, FormerMention, Opening};
use super::reference::{scan_references, ParagraphRef};
use super::structure::{cues, Cues, InnerLabel};
use super::{Organ, Span};
use crate::data::languages::{
    Language, LanguageData, Normalized, OPENING_IDEOGRAPHS, OPENING_WORDS,
};

/// The negotiation suffixes of an inserted paragraph (`3 bis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NumberSuffix {
    Bis,
    Ter,
    Quater,
    Quinquies,
    Sexies,
    /// `OP3alt`: an alternative text for paragraph 3.
    Alt,
}

impl NumberSuffix {
    pub fn parse(text: &str) -> Option<NumberSuffix> {
        Some(match text {
            "bis" => NumberSuffix::Bis,
            "ter" => NumberSuffix::Ter,
            "quater" => NumberSuffix::Quater,
            "quinquies" => NumberSuffix::Quinquies,
            "sexies" => NumberSuffix::Sexies,
            "alt" => NumberSuffix::Alt,
            _ => return None,
        })
    }
}

/// What a line is.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum LineKind {
    Blank,
    /// Left-overs of the UN document system's export (`[DU1]`,
    /// `<<ODS JOB NO>>…`, runs of dashes, page numbers, running heads).
    Artefact,
    /// `Resolution adopted by the General Assembly on 21 November 2023`.
    AdoptionLine {
        organ: Organ,
        date: Option<Date>,
    },
    /// `Resolution 2505 (2020)`; the old form `Resolution 660 (1990) of 2
    /// August 1990` (and `83 (1950). Resolution of 27 June 1950`) gives the
    /// date too.
    ScHeader {
        number: u32,
        year: u32,
        /// Boxed (a line in thousands has one): unboxed, the variant took
        /// 24 bytes and the kind 32 (see the size test).
        date: Option<Box<Date>>,
    },
    /// `Adopted by the Security Council at its 8701st meeting, on 13 January 2020`.
    ScAdoption {
        date: Option<Date>,
    },
    /// `[without reference to a Main Committee (A/78/L.9)]`.
    Proponent,
    /// `78/10.<TAB>Title`: the text's own number and title; `own` is the
    /// session and number the symbol names.
    Title {
        symbol: Span,
        own: Option<(SessionRef, u32)>,
    },
    /// `The General Assembly,`.
    OrganLine {
        organ: Organ,
    },
    /// `1.<TAB>Urges …`: a numbered paragraph.
    Numbered {
        number: u32,
        suffix: Option<NumberSuffix>,
        label: Span,
    },
    /// `(a)<TAB>…` or `(ii)<TAB>…`: `letters` is the text between the
    /// brackets; `(b) bis` is an insert of a negotiation draft.
    Sub {
        letters: Letters,
        suffix: Option<NumberSuffix>,
        label: Span,
    },
    /// A heading: `Annex`, `I.<TAB>General provisions`, `Article 3`, `Travel Ban`.
    Heading {
        annex: bool,
    },
    /// A table row (cells separated by tabs).
    Table,
    /// `38th plenary meeting`.
    Meeting,
    /// A date alone on its line (the closing date).
    DateLine {
        date: Option<Date>,
    },
    /// `1 Resolution 60/1.`: the text of footnote `number`.
    FootnoteText {
        number: u32,
        label: Span,
    },
    /// An unnumbered paragraph (preambular paragraphs, running text).
    Paragraph,
}

/// The letters of a subparagraph's label ([`LineKind::Sub`]), read as a
/// `str`: one pointer, to the shared box of the text (a `Box<str>` is two
/// words, and the kind was 32 bytes with it; a line in twenty is a
/// subparagraph). The model's subparagraph shares them
/// ([`crate::model::SubParagraph::letters`]).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Letters(Arc<Box<str>>);

impl std::ops::Deref for Letters {
    type Target = str;
    fn deref(&self) -> &str {
        &self.0
    }
}

/// As the text.
impl std::fmt::Debug for Letters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        std::fmt::Debug::fmt(&**self, f)
    }
}

impl std::fmt::Display for Letters {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self)
    }
}

impl From<&str> for Letters {
    fn from(letters: &str) -> Letters {
        Letters(Arc::new(letters.into()))
    }
}

impl From<String> for Letters {
    fn from(letters: String) -> Letters {
        Letters(Arc::new(letters.into_boxed_str()))
    }
}

/// Everything the analysis needs to know about one line.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LineSyntax {
    pub kind: LineKind,
    /// Length in bytes, terminator excluded.
    pub len: u32,
    /// The text after indentation and any label.
    pub body: Span,
    /// Leading whitespace characters (tabs in the UN's export).
    pub indent: u32,
    /// The last character of the text, ignoring trailing footnote markers
    /// (`;` for a text ending `; and` or `; or`).
    pub last_char: Option<char>,
    /// [`LineSyntax::tail`], [`NO_TAIL`] for none: with no `Option` tag,
    /// 4 bytes less (see the size test).
    tail: Span,
    /// The opening phrase of a paragraph or subparagraph (boxed: most
    /// lines have none, and it is the largest field).
    pub opening: Option<Box<Opening>>,
    /// What the line says about the structure around it (a numbered
    /// section heading, a lead-in naming the paragraph it quotes, a label
    /// opening its text).
    pub cues: Cues,
    /// The language whose organ line this is, whatever the language the
    /// line was parsed in ([`super::foreign::organ_language`]): what the
    /// document's language is detected from.
    pub organ_language: Option<Language>,
    /// The lists and the negotiation label, which most lines lack (four
    /// lines in five of the corpus have none): one box, absent then, read
    /// through [`LineSyntax::markers`] and the other accessors.
    pub(crate) rare: Option<Box<Rare>>,
}

/// The readings of a line that most lines lack ([`LineSyntax::rare`]).
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub(crate) struct Rare {
    pub(crate) former_names: Box<[FormerMention]>,
    pub(crate) markers: Box<[Marker]>,
    pub(crate) citations: Box<[Citation]>,
    pub(crate) references: Box<[ParagraphRef]>,
    pub(crate) draft: Option<DraftLabel>,
    pub(crate) brackets: Box<[Bracket]>,
    /// `(a)` opening the text of `3.<TAB>(a) Each …` or `(a) (i) The …`.
    pub(crate) inner: Option<Box<InnerLabel>>,
    /// What was read of the numbers of a line that cites, in a language
    /// whose citations are read again from a reading of the line before
    /// an edit ([`super::foreign::CitationReading::kept`]).
    pub(crate) kept: KeptReading,
    /// In another language than English, whether the body may hold a
    /// digit: a character that may be one, or one the language's
    /// normalization writes ([`LanguageData::normalizes_without_digit`]).
    /// A line of another language whose body may has this box; one that has
    /// none holds no digit, and the quiet tests ([`super::quiet`]) look for
    /// none near a keystroke in it ([`LineSyntax::digitless`]). `false` in
    /// English.
    pub(crate) digits: bool,
}

/// What a line that cites keeps of the reading of its numbers, for the
/// first keystroke in it ([`super::foreign::rescan_citations`]): not what
/// the line says but how it was read, so two readings of a line compare
/// equal (and hash, and print) whatever they keep. Kept only by a reading
/// of the line's own text: a line moved by a quiet keystroke drops it
/// ([`LineSyntax::moved`]).
#[derive(Clone, Default)]
pub(crate) struct KeptReading(pub(crate) Option<Box<super::foreign::CitationReading>>);

impl PartialEq for KeptReading {
    fn eq(&self, _: &KeptReading) -> bool {
        true
    }
}

impl Eq for KeptReading {}

impl std::hash::Hash for KeptReading {
    fn hash<H: std::hash::Hasher>(&self, _: &mut H) {}
}

impl std::fmt::Debug for KeptReading {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeptReading")
    }
}

impl Rare {
    /// `rare` boxed, or `None` if it holds nothing (so that two lines with
    /// the same readings compare equal however they were made).
    pub(crate) fn boxed(rare: Rare) -> Option<Box<Rare>> {
        let empty = rare.former_names.is_empty()
            && rare.markers.is_empty()
            && rare.citations.is_empty()
            && rare.references.is_empty()
            && rare.draft.is_none()
            && rare.brackets.is_empty()
            && rare.inner.is_none()
            && !rare.digits;
        (!empty).then(|| Box::new(rare))
    }
}

impl LineSyntax {
    /// Whether `self` and `other`, two readings of a line, are the same but
    /// for positions: the kind (its label's span aside), the indent, the
    /// last character, whether there is a tail, the opening
    /// ([`Opening::same_but_positions`]), the cues, the organ's language,
    /// the negotiation label (its span aside), the brackets (their columns
    /// aside) and the inner label; the markers, former names, citations and
    /// references are not compared (their readers' findings are compared
    /// otherwise). Told field by field without copying either line.
    pub(crate) fn same_but_positions(&self, other: &LineSyntax) -> bool {
        self.same_but(other, true)
    }

    /// [`LineSyntax::same_but_positions`], the openings and the last
    /// characters not compared: an edit in the words a paragraph opens
    /// with, or after its last mark.
    pub(crate) fn same_but_positions_opening_and_end(&self, other: &LineSyntax) -> bool {
        self.same_but(other, false)
    }

    /// `compare_all`: the openings and the last characters too.
    fn same_but(&self, other: &LineSyntax, compare_all: bool) -> bool {
        let LineSyntax {
            kind,
            len: _,
            body: _,
            indent,
            last_char,
            tail,
            opening,
            cues,
            organ_language,
            rare,
        } = self;
        let same_kind = match (kind, &other.kind) {
            (
                LineKind::Numbered { number, suffix, .. },
                LineKind::Numbered {
                    number: n,
                    suffix: s,
                    ..
                },
            ) => number == n && suffix == s,
            (
                LineKind::Sub {
                    letters, suffix, ..
                },
                LineKind::Sub {
                    letters: l,
                    suffix: s,
                    ..
                },
            ) => letters == l && suffix == s,
            (LineKind::FootnoteText { number, .. }, LineKind::FootnoteText { number: n, .. }) => {
                number == n
            }
            (LineKind::Title { own, .. }, LineKind::Title { own: o, .. }) => own == o,
            (a, b) => a == b,
        };
        let same_opening = !compare_all
            || match (opening, &other.opening) {
                (Some(a), Some(b)) => a.same_but_positions(b),
                (None, None) => true,
                _ => false,
            };
        let no_rare = Rare::default();
        let (a, b) = (
            rare.as_deref().unwrap_or(&no_rare),
            other.rare.as_deref().unwrap_or(&no_rare),
        );
        let same_draft = match (a.draft, b.draft) {
            (Some(x), Some(y)) => DraftLabel { span: y.span, ..x } == y,
            (None, None) => true,
            _ => false,
        };
        same_kind
            && *indent == other.indent
            && (!compare_all || *last_char == other.last_char)
            && (*tail == NO_TAIL) == (other.tail == NO_TAIL)
            && same_opening
            && *cues == other.cues
            && *organ_language == other.organ_language
            && same_draft
            && a.brackets.len() == b.brackets.len()
            && a.brackets
                .iter()
                .zip(b.brackets.iter())
                .all(|(x, y)| x.open == y.open && x.depth == y.depth)
            && a.inner == b.inner
    }
}

impl LineSyntax {
    /// The reading with every position from `from` on moved by `by` bytes:
    /// the reading of the line after an edit that changed no reading, where
    /// the edit removed `-by` bytes at `from + by` or wrote `by` bytes at
    /// `from` (so that no position lies inside what it removed). Spans
    /// across the edit grow or shrink with it.
    pub fn moved(&self, from: u32, by: i64) -> LineSyntax {
        let point = |at: &mut u32| {
            if *at >= from {
                *at = u32::try_from(i64::from(*at) + by).unwrap_or(*at);
            }
        };
        let span = |span: &mut Span| {
            point(&mut span.start);
            point(&mut span.end);
        };
        let mut line = self.clone();
        point(&mut line.len);
        span(&mut line.body);
        if line.tail != NO_TAIL {
            span(&mut line.tail);
        }
        match &mut line.kind {
            LineKind::Numbered { label, .. }
            | LineKind::Sub { label, .. }
            | LineKind::FootnoteText { label, .. } => span(label),
            LineKind::Title { symbol, .. } => span(symbol),
            _ => {}
        }
        if let Some(opening) = &mut line.opening {
            span(&mut opening.span);
            span(&mut opening.head);
            if opening.verb_after != super::opening::NO_SPAN {
                span(&mut opening.verb_after);
            }
        }
        if let Some(rare) = &mut line.rare {
            // (Its places are in the body normalized, the reading of
            // another text.)
            rare.kept = KeptReading::default();
            for marker in rare.markers.iter_mut() {
                span(&mut marker.span);
            }
            for citation in rare.citations.iter_mut() {
                citation_points(citation, &point);
            }
            for reference in rare.references.iter_mut() {
                reference_points(reference, &point);
            }
            for name in rare.former_names.iter_mut() {
                span(&mut name.span);
            }
            if let Some(draft) = &mut rare.draft {
                span(&mut draft.span);
            }
            for bracket in rare.brackets.iter_mut() {
                point(&mut bracket.col);
            }
            if let Some(inner) = &mut rare.inner {
                span(&mut inner.label);
            }
        }
        line
    }
}

/// Every field as if the rare ones were the line's own (the form
/// `examples/corpus_dump.rs` compares).
impl std::fmt::Debug for LineSyntax {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LineSyntax")
            .field("kind", &self.kind)
            .field("len", &self.len)
            .field("body", &self.body)
            .field("indent", &self.indent)
            .field("last_char", &self.last_char)
            .field("tail", &self.tail())
            .field("opening", &self.opening)
            .field("former_names", &self.former_names())
            .field("markers", &self.markers())
            .field("citations", &self.citations())
            .field("references", &self.references())
            .field("draft", &self.draft())
            .field(
                "cues",
                &CuesDebug {
                    cues: &self.cues,
                    inner: self.inner(),
                },
            )
            .field("brackets", &self.brackets())
            .field("organ_language", &self.organ_language)
            .finish()
    }
}

/// [`Cues`] printed with the inner label, as when it was one of them.
struct CuesDebug<'a> {
    cues: &'a Cues,
    inner: Option<&'a InnerLabel>,
}

impl std::fmt::Debug for CuesDebug<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cues")
            .field("section", &self.cues.section)
            .field("names", &self.cues.names())
            .field("inner", &self.inner)
            .finish()
    }
}

/// [`LineSyntax::tail`] when there is none: no span of a text ends before
/// it starts.
const NO_TAIL: Span = Span {
    start: u32::MAX,
    end: 0,
};

impl LineSyntax {
    /// Where [`LineSyntax::last_char`] is (for fixes that replace it or add
    /// punctuation after it), with the space a French text writes before it
    /// (` ;`, ` :`); an ellipsis written `...` whole.
    pub fn tail(&self) -> Option<Span> {
        Some(self.tail).filter(|&tail| tail != NO_TAIL)
    }

    /// Sets [`LineSyntax::tail`].
    pub fn set_tail(&mut self, tail: Option<Span>) {
        debug_assert!(tail != Some(NO_TAIL));
        self.tail = tail.unwrap_or(NO_TAIL);
    }

    /// `(a)` opening the text of `3.<TAB>(a) Each …` or `(a) (i) The …`:
    /// the first subparagraph of the paragraph or subparagraph.
    pub fn inner(&self) -> Option<&InnerLabel> {
        self.rare.as_ref().and_then(|r| r.inner.as_deref())
    }

    /// Former names of organizations the text mentions.
    pub fn former_names(&self) -> &[FormerMention] {
        self.rare.as_ref().map_or(&[], |r| &r.former_names)
    }

    /// The readings of footnote markers, in order.
    pub fn markers(&self) -> &[Marker] {
        self.rare.as_ref().map_or(&[], |r| &r.markers)
    }

    /// In a line read in another language than English, whether its body
    /// surely holds no digit ([`Rare::digits`]).
    pub(crate) fn digitless(&self) -> bool {
        self.rare.as_ref().is_none_or(|r| !r.digits)
    }

    /// The resolutions and decisions the line cites.
    pub fn citations(&self) -> &[Citation] {
        self.rare.as_ref().map_or(&[], |r| &r.citations)
    }

    /// What the line keeps of the reading of its numbers ([`KeptReading`]).
    pub(crate) fn kept_reading(&self) -> Option<&super::foreign::CitationReading> {
        self.rare.as_ref().and_then(|r| r.kept.0.as_deref())
    }

    /// The line's references to paragraphs (`paragraph 5 above`).
    pub fn references(&self) -> &[ParagraphRef] {
        self.rare.as_ref().map_or(&[], |r| &r.references)
    }

    /// A negotiation label (`PP3`, `OP 5`, `OP3 bis`, `OP3alt`).
    pub fn draft(&self) -> Option<DraftLabel> {
        self.rare.as_ref().and_then(|r| r.draft)
    }

    /// Square brackets of negotiation (`[Urges/Calls upon]`), in order; the
    /// document system's `[DU1]`, Markdown footnotes `[^1]` and the
    /// proponent line are not among them.
    pub fn brackets(&self) -> &[Bracket] {
        self.rare.as_ref().map_or(&[], |r| &r.brackets)
    }
}

/// A [`LineSyntax`] while its line is read: the lists grow here, and
/// [`Reading::finish`] moves them into the exact-size slices the line keeps
/// (a 10 MB document has 38,000 lines, most of them with empty lists; see
/// the size test below).
struct Reading {
    kind: LineKind,
    len: u32,
    body: Span,
    indent: u32,
    last_char: Option<char>,
    tail: Option<Span>,
    opening: Option<Opening>,
    former_names: Vec<FormerMention>,
    markers: Vec<Marker>,
    citations: Vec<Citation>,
    references: Vec<ParagraphRef>,
    draft: Option<DraftLabel>,
    cues: Cues,
    inner: Option<Box<InnerLabel>>,
    brackets: Vec<Bracket>,
    organ_language: Option<Language>,
    kept: Option<Box<super::foreign::CitationReading>>,
    digits: bool,
}

/// The items of `list` as a slice of their number, `list` emptied.
fn copied<T: Clone>(list: &mut Vec<T>) -> Box<[T]> {
    let items = Box::from(list.as_slice());
    list.clear();
    items
}

impl Reading {
    /// An empty line, to be [`Reading::reset`] for each line read.
    fn empty() -> Reading {
        Reading {
            kind: LineKind::Blank,
            len: 0,
            body: Span::new(0, 0),
            indent: 0,
            last_char: None,
            tail: None,
            opening: None,
            former_names: Vec::new(),
            markers: Vec::new(),
            citations: Vec::new(),
            references: Vec::new(),
            draft: None,
            brackets: Vec::new(),
            cues: Cues::default(),
            inner: None,
            organ_language: None,
            kept: None,
            digits: false,
        }
    }

    /// The reading of a blank line of `len` bytes, its body `body`,
    /// indented by `indent`, in place: the lists' buffers kept.
    fn reset(&mut self, len: usize, body: Span, indent: usize) {
        self.kind = LineKind::Blank;
        self.len = len as u32;
        self.body = body;
        self.indent = indent as u32;
        self.last_char = None;
        self.tail = None;
        self.opening = None;
        self.former_names.clear();
        self.markers.clear();
        self.citations.clear();
        self.references.clear();
        self.draft = None;
        self.brackets.clear();
        self.cues = Cues::default();
        self.inner = None;
        self.organ_language = None;
        self.kept = None;
        self.digits = false;
    }

    /// The line read, its lists copied out (`self` left blank: the reading
    /// of a batch of lines reuses it, [`parse_lines_into`]).
    fn finish(&mut self) -> LineSyntax {
        LineSyntax {
            kind: std::mem::replace(&mut self.kind, LineKind::Blank),
            len: self.len,
            body: self.body,
            indent: self.indent,
            last_char: self.last_char,
            tail: self.tail.unwrap_or(NO_TAIL),
            opening: self.opening.take().map(Box::new),
            cues: std::mem::take(&mut self.cues),
            // The lists copied out at their size, their buffers kept for
            // the next line read in this slot.
            rare: Rare::boxed(Rare {
                former_names: copied(&mut self.former_names),
                markers: copied(&mut self.markers),
                citations: copied(&mut self.citations),
                references: copied(&mut self.references),
                draft: self.draft,
                brackets: copied(&mut self.brackets),
                inner: self.inner.take(),
                kept: KeptReading(self.kept.take()),
                digits: std::mem::take(&mut self.digits),
            }),
            organ_language: self.organ_language,
        }
    }
}

/// Which part a negotiation label names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DraftPart {
    /// `PP`: a preambular paragraph.
    Preambular,
    /// `OP`: an operative paragraph.
    Operative,
}

/// A negotiation label at the start of a paragraph.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct DraftLabel {
    pub part: DraftPart,
    pub number: u32,
    pub suffix: Option<NumberSuffix>,
    /// The whole label (`OP3 bis`).
    pub span: Span,
}

/// One square bracket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Bracket {
    pub col: u32,
    pub open: bool,
    /// How many brackets are open before this one (a stray `]` closes
    /// nothing): a bracketed stretch runs from a `[` at depth 0 to the `]`
    /// at depth 1 after it, so a reader of part of a long line finds the
    /// stretches there without reading the line from its start.
    pub depth: u32,
}

/// The session and number of a title's symbol (`78/10`, `ES-11/1`, `31/16 A`).
fn own_number(symbol: &str) -> Option<(SessionRef, u32)> {
    let (session, rest) = symbol.split_once('/')?;
    let number = rest.split(' ').next()?.parse().ok()?;
    Some((crate::catalog::key::parse_session(session, false)?, number))
}

fn re(pattern: &str) -> Regex {
    crate::pattern(pattern).unwrap_or_else(|e| panic!("bad built-in pattern {pattern}: {e}"))
}

/// The English months, as the patterns the tests compare with wrote them.
#[cfg(test)]
const MONTH: &str =
    "(?:January|February|March|April|May|June|July|August|September|October|November|December)";

/// The symbol of a resolution as running heads print it (`A/RES/67/264`,
/// `S/RES/2719 (2023)`, `A/HRC/RES/54/18`).
const RUNNING_HEAD: &str = r"[ASE]/(?:HRC/)?RES/(?:ES-|S-)?\d[0-9/.A-Z-]*\d(?: \(\d{4}\))?";

/// The artefacts that may stand anywhere in the line: the ODS job number
/// (`.*<<ODS …>>.*`), `.*Distr.: .*`, a title with the symbol glued after
/// it. Only tried on a line containing one of `<<ODS `, `Distr.: ` and
/// `/RES/` ([`looks_anywhere`]).
static ARTEFACT_ANYWHERE: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"^(?:.*<<ODS [A-Z0-9 ]+>>.*|.*Distr\.: .*|[^\t]*[a-z)]{RUNNING_HEAD})$"
    ))
});
/// Whether the whole line is an artefact: [`artefact_at_start`] or
/// [`ARTEFACT_ANYWHERE`].
fn is_artefact(text: &str) -> bool {
    if looks_anywhere(text) {
        artefact_at_start(text) || ARTEFACT_ANYWHERE.is_match(text)
    } else {
        may_open_artefact(text) && artefact_at_start(text)
    }
}

/// Whether the line is one of the artefacts told from its start: besides
/// the document system's marks and page numbers, the header and trailer of
/// an ODS export, glued together as PDF text comes out (`12-49444`,
/// `*1249444*Please recycle`, `16 August 2013Sixty-seventh session`), and
/// running heads, the symbol with the title (`A/RES/67/264Role of the
/// Assembly …`). What the pattern
///
/// ```text
/// ^(?:\[DU\d+\]|<<ODS .*|[-–—_=*•·.]{3,}|\*\d+\*|\*\d{5,}\*.*|\d{1,4}|\d{1,4}/\d{1,4}
///    |-\s*\d{1,4}\s*-|\d{2}-\d{5}(?:\s*\([A-Z]\).*)?|GE\.\d{2}-\d+.*
///    |[ASE]/(?:RES/)?[\w./()-]+(?: \(\d{4}\))?|(?:A|S|E)/HRC/[\w./-]+
///    |RUNNING_HEAD\s*[A-Z][^\t]*|United Nations\s*[ASE]/.*|Please recycle.*
///    |\d{1,2} MONTH \d{4}(?:[A-Z].*|\s+[A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session))$
/// ```
///
/// matched (`\d` the ASCII digits, `\s` Unicode white space), told by its
/// first characters: the pattern's lazy DFA cached a third of a megabyte of
/// states for the lines it read, and its automaton a seventh more.
fn artefact_at_start(text: &str) -> bool {
    // `.*` to the end: a line holds no line feed, but the pattern's `.`
    // took none.
    let any = |rest: &str| !rest.contains('\n');
    let ws = str::trim_start;
    let b = text.as_bytes();
    match b.first() {
        None => false,
        Some(b'[') => text
            .strip_prefix("[DU")
            .and_then(|rest| {
                let n = digits(rest);
                (n > 0).then(|| &rest[n..])
            })
            .is_some_and(|rest| rest == "]"),
        Some(b'<') => text.strip_prefix("<<ODS ").is_some_and(any),
        Some(b'*') => {
            let n = digits(&text[1..]);
            let after = &text[1 + n..];
            rule(text)
                || n > 0 && after == "*"
                || n >= 5 && after.strip_prefix('*').is_some_and(any)
        }
        Some(b'-') => {
            rule(text) || {
                let rest = ws(&text[1..]);
                let n = digits(rest);
                (1..=4).contains(&n) && ws(&rest[n..]) == "-"
            }
        }
        Some(b'0'..=b'9') => {
            let n = digits(text);
            let rest = &text[n..];
            let number_then = |rest: &str| {
                let m = digits(rest);
                (1..=4).contains(&m) && rest.len() == m
            };
            (n <= 4 && (rest.is_empty() || rest.strip_prefix('/').is_some_and(number_then)))
                || n == 2
                    && rest.strip_prefix('-').is_some_and(|rest| {
                        digits(rest) == 5 && {
                            let after = &rest[5..];
                            after.is_empty()
                                || ws(after)
                                    .strip_prefix('(')
                                    .and_then(|a| a.strip_prefix(|c: char| c.is_ascii_uppercase()))
                                    .and_then(|a| a.strip_prefix(')'))
                                    .is_some_and(any)
                        }
                    })
                || date_opening(text).is_some_and(|(_, after)| {
                    after.starts_with(|c: char| c.is_ascii_uppercase()) && any(after)
                        || after.starts_with(char::is_whitespace) && session_name(ws(after))
                })
        }
        Some(b'G') => text
            .strip_prefix("GE.")
            .filter(|rest| digits(rest) >= 2)
            .and_then(|rest| rest[2..].strip_prefix('-'))
            .is_some_and(|rest| digits(rest) > 0 && any(rest)),
        Some(b'A' | b'S' | b'E') if b.get(1) == Some(&b'/') => {
            symbol_line(&text[2..]) || running_head_line(text)
        }
        Some(b'U') => text
            .strip_prefix("United Nations")
            .map(ws)
            .and_then(|rest| rest.strip_prefix(['A', 'S', 'E']))
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(any),
        Some(b'P') => text.strip_prefix("Please recycle").is_some_and(any),
        Some(_) => rule(text),
    }
}

/// A rule of at least three dashes, underscores, equals signs, stars,
/// bullets or dots, and nothing else.
fn rule(text: &str) -> bool {
    text.chars().count() >= 3
        && text
            .chars()
            .all(|c| matches!(c, '-' | '–' | '—' | '_' | '=' | '*' | '•' | '·' | '.'))
}

/// `Sixty-seventh session`, `Tenth emergency special session`: a capital,
/// small letters (a hyphen and more of them allowed), then `session`,
/// `special session` or `emergency special session`, ending the line.
fn session_name(text: &str) -> bool {
    let Some(rest) = text.strip_prefix(|c: char| c.is_ascii_uppercase()) else {
        return false;
    };
    let small = |s: &str| s.bytes().take_while(u8::is_ascii_lowercase).count();
    let n = small(rest);
    if n == 0 {
        return false;
    }
    let mut rest = &rest[n..];
    if let Some(after) = rest.strip_prefix('-') {
        let m = small(after);
        if m > 0 {
            rest = &after[m..];
        }
    }
    matches!(
        rest,
        " session" | " special session" | " emergency special session"
    )
}

/// After `A/`, `S/` or `E/`: one or more word characters (Unicode), dots,
/// slashes, brackets or hyphens, and perhaps ` (2005)`, ending the line (a
/// symbol alone: `A/67/280`, `A/HRC/RES/54/18`).
fn symbol_line(rest: &str) -> bool {
    let end = rest
        .find(|c: char| {
            !(matches!(c, '.' | '/' | '(' | ')' | '-') || regex_syntax::is_word_character(c))
        })
        .unwrap_or(rest.len());
    end > 0 && {
        let after = &rest[end..];
        after.is_empty()
            || after
                .strip_prefix(" (")
                .is_some_and(|a| a.len() == 5 && digits(a) == 4 && a.ends_with(')'))
    }
}

/// A running head ([`RUNNING_HEAD`]: `A/RES/67/264`, `S/RES/2719 (2023)`,
/// `A/HRC/RES/S-30/1`) followed by white space perhaps, then a capital and
/// no tab to the end (the title).
fn running_head_line(text: &str) -> bool {
    let rest = &text[2..];
    let rest = rest.strip_prefix("HRC/").unwrap_or(rest);
    let Some(rest) = rest.strip_prefix("RES/") else {
        return false;
    };
    let rest = rest
        .strip_prefix("ES-")
        .or_else(|| rest.strip_prefix("S-"))
        .unwrap_or(rest);
    if !rest.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let run = rest
        .bytes()
        .take_while(|&c| matches!(c, b'0'..=b'9' | b'/' | b'.' | b'A'..=b'Z' | b'-'))
        .count();
    let title = |after: &str| {
        after
            .trim_start()
            .strip_prefix(|c: char| c.is_ascii_uppercase())
            .is_some_and(|t| !t.contains('\t'))
    };
    // The head ends at a digit after its first, wherever a title may start
    // after it (its capitals are also the head's characters).
    (2..=run).any(|end| {
        rest.as_bytes()[end - 1].is_ascii_digit() && {
            let after = &rest[end..];
            let with_year = after
                .strip_prefix(" (")
                .filter(|a| digits(a) == 4 && a.as_bytes().get(4) == Some(&b')'))
                .is_some_and(|a| title(&a[5..]));
            with_year || title(after)
        }
    })
}

/// Whether the first characters of `text` open one of the alternatives of
/// [`artefact_at_start`] (`[DU`, `<<ODS`, a rule of dashes, dots or
/// stars, at most four digits then the end, `/`, `-` or a space, `GE.`, a
/// symbol's `A/`, `S/` or `E/`, `United Nations`, `Please recycle`):
/// `false` where the pattern cannot match, told without running it (most
/// lines open with a word, a paragraph's number and its full stop, or in
/// another script).
fn may_open_artefact(text: &str) -> bool {
    let bytes = text.as_bytes();
    match bytes.first() {
        Some(b'0'..=b'9') => {
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            digits <= 4 && matches!(bytes.get(digits), None | Some(b'/' | b'-' | b' '))
        }
        Some(b'A' | b'S' | b'E') => bytes.get(1) == Some(&b'/'),
        Some(b'G') => bytes.starts_with(b"GE."),
        Some(b'U') => bytes.starts_with(b"United Nations"),
        Some(b'P') => bytes.starts_with(b"Please recycle"),
        Some(b'[' | b'<' | b'-' | b'_' | b'=' | b'*' | b'.') => true,
        Some(_) => text.starts_with(['–', '—', '•', '·']),
        None => true,
    }
}

/// Whether `text` contains `<<ODS `, `Distr.: ` or `/RES/`: what
/// [`ARTEFACT_ANYWHERE`] looks for anywhere in a line. One pass to the `<`, `:` and
/// `/` of the three, instead of three searches (or a search for `/RES/` and
/// a pass for the others: a line is read once).
fn looks_anywhere(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr3_iter(b'<', b':', b'/', bytes).any(|i| match bytes[i] {
        b'<' => bytes[i..].starts_with(b"<<ODS "),
        b':' => i >= 6 && bytes[i - 6..].starts_with(b"Distr.: "),
        _ => bytes[i..].starts_with(b"/RES/"),
    })
}

/// Whether nothing but white space is left.
fn blank(text: &str) -> bool {
    text.trim_start().is_empty()
}

/// A date that ends the line but for white space, after `lead`.
fn date_ending(text: &str, lead: &str) -> Option<Date> {
    let (date, rest) = date_opening(text.strip_prefix(lead)?)?;
    blank(rest).then_some(date)
}

/// `Resolution adopted by the General Assembly on 17 May 2013`: the body's
/// name (an ASCII capital, then the fewest ASCII letters and spaces that
/// leave ` on ` and a date, or white space, to the end) and the date — as
/// `^Resolution adopted by the ([A-Z][A-Za-z ]+?)(?: on DATE)?\s*$` reads
/// them.
fn adoption_line(text: &str) -> Option<(&str, Option<Date>)> {
    let rest = text.strip_prefix("Resolution adopted by the ")?;
    if !rest.starts_with(|c: char| c.is_ascii_uppercase()) {
        return None;
    }
    let run = rest[1..]
        .bytes()
        .take_while(|&b| b.is_ascii_alphabetic() || b == b' ')
        .count();
    (2..=run + 1).find_map(|end| {
        let (name, after) = rest.split_at(end);
        match date_ending(after, " on ") {
            Some(date) => Some((name, Some(date))),
            None => blank(after).then_some((name, None)),
        }
    })
}

/// `Resolution 1624 (2005) of 14 September 2005`: the Security Council's
/// header (number, year, date) — as `^Resolution (\d{1,5}) \((\d{4})\)(?:
/// of DATE)?\s*$` reads it.
fn sc_header(text: &str) -> Option<(u32, u32, Option<Date>)> {
    let (number, year, rest) = number_and_year(text.strip_prefix("Resolution ")?, 5)?;
    match date_ending(rest, " of ") {
        Some(date) => Some((number, year, Some(date))),
        None => blank(rest).then_some((number, year, None)),
    }
}

/// `83 (1950). Resolution of 27 June 1950 [S/1511]`: the heading of early
/// Security Council texts (number, year, date) — as `^(\d{1,5})
/// \((\d{4})\)\.(?: Resolution of DATE)?` reads it.
fn sc_short_header(text: &str) -> Option<(u32, u32, Option<Date>)> {
    let (number, year, rest) = number_and_year(text, 5)?;
    let rest = rest.strip_prefix('.')?;
    let date = rest
        .strip_prefix(" Resolution of ")
        .and_then(date_opening)
        .map(|(date, _)| date);
    Some((number, year, date))
}

/// `Adopted by the Security Council at its 5261st meeting, on 14 September
/// 2005`: the date that ends the line (after `on `, white space aside), if
/// any — as `^Adopted by the Security Council(?-u:\b).*?(?:on DATE)?\s*$`
/// reads it. `None` where the line is not such a line.
fn sc_adoption(text: &str) -> Option<Option<Date>> {
    let rest = text.strip_prefix("Adopted by the Security Council")?;
    if rest.bytes().next().is_some_and(is_ascii_word_byte) {
        return None;
    }
    Some(
        rest.match_indices("on ")
            .find_map(|(at, _)| date_ending(&rest[at..], "on ")),
    )
}

static TITLE: LazyLock<Regex> =
    LazyLock::new(|| re(r"^((?:ES-|S-)?\d{1,4}/\d{1,4}(?: [A-Z])?)\.\s+\S"));
/// What a line opening with `The ` names and whether a comma follows the
/// name, the line ending there but for white space (`The General
/// Assembly,`, `The Conference of the Parties,`) — as the regex
///
/// ```text
/// ^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council|[A-Z][^,.;:]{2,80}?)(,?)\s*$
/// ```
///
/// reads it (its two groups): one of the four organs' names, else an ASCII
/// capital and the fewest characters other than `,.;:` (2 to
/// [`ORGAN_NAME_CHARS`]) that leave only the comma and white space. A regex
/// of it counted those characters in its states (a tenth of a megabyte
/// compiled, twice that in its lazy DFA's cache on the lines opening with
/// `The `).
fn organ_line(text: &str) -> Option<(&str, bool)> {
    const ORGANS: [&str; 4] = [
        "General Assembly",
        "Security Council",
        "Human Rights Council",
        "Economic and Social Council",
    ];
    let rest = text.strip_prefix("The ")?;
    let end = rest.trim_end();
    let (named, comma) = match end.strip_suffix(',') {
        Some(named) => (named, true),
        None => (end, false),
    };
    if ORGANS.contains(&named) {
        return Some((named, comma));
    }
    let tail = rest.strip_prefix(|c: char| c.is_ascii_uppercase())?;
    let count = named[1..].chars().count();
    // Without a comma, at least two characters, white space included.
    let (len, count) = match (comma, count) {
        (true, 0..=1) => return None,
        (false, 0..=1) => {
            let two = tail.char_indices().nth(2).map_or(tail.len(), |(i, _)| i);
            (1 + two, tail[..two].chars().count())
        }
        _ => (named.len(), count),
    };
    let name = &rest[..len];
    ((2..=ORGAN_NAME_CHARS).contains(&count) && !name[1..].contains([',', '.', ';', ':']))
        .then_some((name, comma))
}

/// The most characters [`organ_line`] reads after a name's capital.
const ORGAN_NAME_CHARS: usize = 80;
static MEETING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^\d{1,5}(?:st|nd|rd|th) (?:plenary |closing |resumed )*meeting\s*$"));
/// Whether `text` is a date glued to the words after it: the running head
/// of a page in the document system's export (`16 August 2013Sixty-seventh
/// session`).
fn running_head(text: &str) -> bool {
    let day = text.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&day) || !super::footnote::before_month(text, day) {
        return false;
    }
    let Some((_, year)) = text[day + 1..].split_once(' ') else {
        return false;
    };
    year.len() > 4
        && year.as_bytes()[..4].iter().all(u8::is_ascii_digit)
        && year[4..].starts_with(crate::syntax::bytes::is_alphabetic)
}
static DRAFT_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    re(r"^(PP|OP) ?(\d{1,3})(?: ?(bis|ter|quater|quinquies|sexies|alt))?\.?(?:\s+|$)")
});
/// `5.`, `3 bis.` and paragraph numbers of four digits; invisible marks of
/// direction (the export's left-to-right mark after `6.`) count as the
/// space after the label.
static NUMBERED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^((\d{1,4})(?: ?(bis|ter|quater|quinquies|sexies))?\.)(?:[\s\u{200B}-\u{200F}\u{2060}\u{FEFF}]+|$)",
    )
});
/// The invisible marks of direction [`NUMBERED`] reads as the space after a
/// label.
fn is_direction_mark(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}')
}

/// `(b)`, `(b) bis`, `b.<TAB>`, `b. ` and `b)` (the opening bracket
/// forgotten, or the French style).
static SUB: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:\(([a-z]{1,4})\)(?: (bis|ter|quater|quinquies|sexies))?(?:\s+|$)|([a-z]{1,4})\.\t+|([a-z])\. +|([a-z]{1,4})\)\s+)",
    )
});
static SECTION_HEADING: LazyLock<Regex> =
    LazyLock::new(|| re(r"^(?:[IVXLC]+|[A-Z])(?:\.\s*|\t+)(?:\S.*)?$|^[IVXLC]+$"));
/// `Annex`, `Annex II`, `ANNEX 1 - …`, and an annex named by what it holds
/// (`Designation Annex`, `Technical Annex`), which is the whole heading.
static ANNEX: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"^(?:(?:Annex(?:es)?|ANNEX(?:ES)?)(?: [IVXLC]+| \d+| [A-Z])?(?-u:\b)|(?:[A-Z][a-z]+ ){1,2}Annex(?: [IVXLC]+| \d+| [A-Z])?\s*$)",
    )
});

/// Parses one line of English (without its terminator). Never fails.
pub fn parse_line(raw: &str) -> LineSyntax {
    parse_line_in(raw, Language::English)
}

/// Parses one line (without its terminator) of a text in `language`. Never
/// fails.
pub fn parse_line_in(raw: &str, language: Language) -> LineSyntax {
    read_line(raw, language, None, None)
}

/// [`parse_line_in`], keeping in `pieces` what was read of each clause of
/// a Chinese line, and reading again only the clauses whose text differs
/// from the last line read with them (a keystroke changes one). The same
/// syntax as [`parse_line_in`].
pub fn parse_line_with(raw: &str, language: Language, pieces: &mut Pieces) -> LineSyntax {
    parse_edited_line(raw, language, pieces, None)
}

/// A line as it read before an edit within it, and how many bytes of its
/// start the edit left as they were (where the edit starts), found only
/// where it is asked for: the opening of the line after the edit is the one
/// it had, where the text the opening is read from ends before the edit
/// and the line says the same of itself ([`Edited::opening`]). The first
/// keystroke in a line (the opening kept, [`Pieces`], being another
/// line's) then reads no opening, as the next ones do not.
#[derive(Clone, Copy)]
pub struct Edited<'a> {
    /// The line's reading before the edit, in the same language.
    pub before: &'a LineSyntax,
    /// The bytes the line starts with that the edit did not change: where
    /// in the line (after it, as before it) the edit starts.
    pub unchanged: usize,
    /// What the edit removed and what it wrote in its place (after the
    /// `unchanged` bytes), where known: the line before the edit is
    /// the line after it with the one for the other. The first keystroke in
    /// a line reads its citations from those the line had
    /// ([`super::foreign::rescan_citations`]).
    pub replaced: Option<(&'a str, &'a str)>,
}

impl Edited<'_> {
    /// The opening the line read before the edit, for a line whose
    /// opening is read from `text` (trimmed) through `cut` (its body from
    /// `body_start`), numbered or not, ending an
    /// operative paragraph or not; `None` where it may read otherwise.
    /// Where both lines say the same of themselves and the edit starts
    /// past `cut` (both texts then hold the same bytes through it), and
    /// `cut` falls short of both texts' ends, the reader of the cut
    /// ([`opening_cut`], [`word_cut`]: each stops at a character it read,
    /// or at a length past the body's start) cuts the line before the
    /// edit at the same place, and the opening read from the same text
    /// with the same marks is the same.
    fn opening(
        &self,
        (text, cut): (&str, usize),
        body_start: usize,
        numbered: bool,
        ends_operative: bool,
    ) -> Option<Option<Opening>> {
        let b = self.before;
        let same = body_start_of(b) == Some(body_start)
            && matches!(b.kind, LineKind::Numbered { .. }) == numbered
            && operative_end(&b.kind, b.last_char) == ends_operative
            && cut < text.len()
            && cut < b.body.end as usize
            // (The edit starts past `cut`.)
            && cut < self.unchanged;
        same.then(|| b.opening.as_deref().cloned())
    }
}

/// Where the body of a line whose opening was read starts (its kind one
/// whose body is read), else `None`.
fn body_start_of(line: &LineSyntax) -> Option<usize> {
    scans_body(&line.kind).then_some(line.body.start as usize)
}

/// Whether a line of `kind` has its body read (markers, citations,
/// references, opening).
fn scans_body(kind: &LineKind) -> bool {
    matches!(
        kind,
        LineKind::Paragraph
            | LineKind::Numbered { .. }
            | LineKind::Sub { .. }
            | LineKind::Heading { .. }
            | LineKind::Table
    )
}

/// Whether a line of `kind` ending with `last_char` ends an operative
/// paragraph (`;`, `.`) where no number says its part.
fn operative_end(kind: &LineKind, last_char: Option<char>) -> bool {
    matches!(kind, LineKind::Paragraph) && matches!(last_char, Some(';' | '.'))
}

/// [`parse_line_with`] of a line just edited within itself, `edited` the
/// line before the edit ([`Edited`]). The same syntax as [`parse_line_in`]
/// (debug builds compare them for the languages read this way).
pub fn parse_edited_line(
    raw: &str,
    language: Language,
    pieces: &mut Pieces,
    edited: Option<Edited<'_>>,
) -> LineSyntax {
    let syntax = read_line(raw, language, Some(pieces), edited);
    #[cfg(debug_assertions)]
    if language == Language::Chinese {
        assert_eq!(
            syntax,
            parse_line_in(raw, language),
            "read by clauses, the line reads otherwise: {raw:?}"
        );
    }
    #[cfg(debug_assertions)]
    if super::foreign::parsed_with(language).is_some_and(opening_by_words) {
        assert_eq!(
            syntax,
            parse_line_in(raw, language),
            "its opening read from its first words, the line reads otherwise: {raw:?}"
        );
    }
    syntax
}

fn read_line(
    raw: &str,
    language: Language,
    pieces: Option<&mut Pieces>,
    edited: Option<Edited<'_>>,
) -> LineSyntax {
    let mut line = LineRead::new(language);
    line.classify(raw);
    if line.done {
        return line.syntax.finish();
    }
    let foreign = line.foreign;
    // A Chinese line read clause by clause, each clause's reading kept
    // while its text is the same ([`Pieces`]): the body is normalized
    // there, clause by clause too.
    let by_clauses = line.scan_body && foreign.is_some_and(|d| d.language == "zh");
    // An Arabic line is read whole, but its opening from its first words,
    // kept while they are the same ([`Pieces::opening_by_words`]).
    let by_words = line.scan_body && foreign.is_some_and(opening_by_words);
    let (mut pieces, mut words) = match pieces {
        Some(pieces) if by_clauses => (Some(pieces), None),
        Some(pieces) if by_words => (None, Some(pieces)),
        _ => (None, None),
    };
    line.normalize(raw, pieces.is_none(), words.as_deref());
    line.markers(raw, pieces.as_deref_mut());
    line.citations(raw, words.as_deref_mut(), edited);
    line.end(raw, pieces.as_deref_mut());
    line.opening(raw, pieces, words.as_deref_mut(), edited);
    line.finish(raw, words)
}

/// Reads the lines `raws` of a text in `language` into `out`, as
/// [`parse_line_in`] reads each: a few lines at a time, each step of the
/// reading ([`LineRead`]) taken for all of them before the next, so that
/// the code of one step (the markers', the citations', the opening's) is
/// run for several lines while the processor's instruction cache holds it
/// (a line's whole reading runs more code than that cache holds: the full
/// analysis of a document was bound by its misses; docs/PERFORMANCE.md,
/// session 29).
pub fn parse_lines_into<S: AsRef<str>>(
    raws: impl IntoIterator<Item = S>,
    language: Language,
    out: &mut Vec<Arc<LineSyntax>>,
) {
    /// Lines read together: enough for the code of a step to be fetched
    /// once for many lines, few enough for their texts to stay in the data
    /// cache between the steps (session 29 measured 8 to 64).
    const BATCH: usize = 32;
    // The lines' slots reused from batch to batch: a line's reading is not
    // moved.
    let mut slots: Vec<LineRead> = Vec::with_capacity(BATCH);
    let mut texts: Vec<S> = Vec::with_capacity(BATCH);
    let mut raws = raws.into_iter().peekable();
    while raws.peek().is_some() {
        texts.clear();
        texts.extend(raws.by_ref().take(BATCH));
        while slots.len() < texts.len() {
            slots.push(LineRead::new(language));
        }
        for (line, raw) in lines(&mut slots, &texts) {
            line.classify(raw);
        }
        for (line, raw) in reading(&mut slots, &texts) {
            line.normalize(raw, true, None);
        }
        for (line, raw) in reading(&mut slots, &texts) {
            line.markers(raw, None);
        }
        for (line, raw) in reading(&mut slots, &texts) {
            line.citations(raw, None, None);
        }
        for (line, raw) in reading(&mut slots, &texts) {
            line.end(raw, None);
        }
        for (line, raw) in reading(&mut slots, &texts) {
            line.opening(raw, None, None, None);
        }
        out.extend(lines(&mut slots, &texts).map(|(line, raw)| {
            Arc::new(if line.done {
                line.syntax.finish()
            } else {
                line.finish(raw, None)
            })
        }));
    }
}

/// The slots of a batch's lines, with their texts.
fn lines<'b, S: AsRef<str>>(
    slots: &'b mut [LineRead],
    texts: &'b [S],
) -> impl Iterator<Item = (&'b mut LineRead, &'b str)> {
    slots.iter_mut().zip(texts.iter().map(|t| t.as_ref()))
}

/// [`lines`] with more to read (not blank).
fn reading<'b, S: AsRef<str>>(
    slots: &'b mut [LineRead],
    texts: &'b [S],
) -> impl Iterator<Item = (&'b mut LineRead, &'b str)> {
    lines(slots, texts).filter(|(line, _)| !line.done)
}

/// A line between the steps of its reading ([`read_line`]): each step
/// reads one kind of item, in the order they depend on each other.
struct LineRead {
    /// The length of the line without its trailing white space: each step
    /// is given the line.
    end: usize,
    foreign: Option<&'static LanguageData>,
    /// Nothing more to read (a blank line).
    done: bool,
    kind: LineKind,
    body_start: usize,
    scan_body: bool,
    /// The body as the language's classifier normalized it, if it did.
    kept: Option<(std::ops::Range<usize>, Normalized)>,
    /// The body (or a footnote's text) normalized, where it is read so.
    normalized: Option<(&'static LanguageData, Normalized)>,
    /// The body was read clause by clause ([`Pieces::read`]).
    by_pieces: bool,
    syntax: Reading,
}

impl LineRead {
    /// A line to read in `language`.
    fn new(language: Language) -> Self {
        LineRead {
            end: 0,
            foreign: super::foreign::parsed_with(language),
            done: true,
            kind: LineKind::Blank,
            body_start: 0,
            scan_body: false,
            kept: None,
            normalized: None,
            by_pieces: false,
            syntax: Reading::empty(),
        }
    }

    /// Starts reading `raw` (the slot's last line read and finished): its
    /// kind and where its body starts; a marker on a line of its own.
    fn classify(&mut self, raw: &str) {
        let len = raw.len();
        let trimmed_end = raw.trim_end();
        let indent = trimmed_end.len() - trimmed_end.trim_start().len();
        let text = &trimmed_end[indent..];
        let foreign = self.foreign;
        let line = self;
        line.end = trimmed_end.len();
        line.done = true;
        line.kind = LineKind::Blank;
        line.body_start = 0;
        line.scan_body = false;
        line.kept = None;
        line.normalized = None;
        line.by_pieces = false;
        line.syntax
            .reset(len, Span::new(indent, trimmed_end.len()), indent);
        if text.is_empty() {
            return;
        }
        let syntax = &mut line.syntax;
        if text.len() <= 96 {
            syntax.organ_language = super::foreign::organ_language(text);
        }
        // The label's pattern starts with `PP` or `OP`: most lines need not run it.
        let draft_label = if text.starts_with("PP") || text.starts_with("OP") {
            DRAFT_LABEL.captures(text)
        } else {
            None
        };
        let (kind, body_start) = match draft_label {
            Some(c) => {
                let whole = c.get(0).map_or(0..0, |m| m.range());
                let number = c[2].parse().unwrap_or(0);
                let suffix = c.get(3).and_then(|m| NumberSuffix::parse(m.as_str()));
                let label = Span::new(0, text[..whole.end].trim_end().len());
                let part = if &c[1] == "PP" {
                    DraftPart::Preambular
                } else {
                    DraftPart::Operative
                };
                syntax.draft = Some(DraftLabel {
                    part,
                    number,
                    suffix,
                    span: label.shift(indent),
                });
                let kind = match part {
                    DraftPart::Preambular => LineKind::Paragraph,
                    DraftPart::Operative => LineKind::Numbered {
                        number,
                        suffix,
                        label,
                    },
                };
                (kind, whole.end)
            }
            None => match foreign {
                Some(data) if !is_artefact(text) => {
                    let mut kept = None;
                    let found = super::foreign::classify_keeping(data, text, &mut kept)
                        .unwrap_or_else(|| classify_but_artefact(text));
                    // (Where it lies in the line: each step is given it.)
                    line.kept = kept.map(|(kept, normalized)| {
                        let start = kept.as_ptr() as usize - raw.as_ptr() as usize;
                        (start..start + kept.len(), normalized)
                    });
                    found
                }
                _ => classify(text),
            },
        };
        let kind = shift_kind(kind, indent);
        let body_start = indent + body_start;
        syntax.body = Span::new(body_start, trimmed_end.len());
        if kind == LineKind::Artefact && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit())
        {
            // A footnote marker the export split off onto a line of its own
            // (after a title): it counts if its footnote exists.
            if let Ok(number) = text.parse::<u32>() {
                if number > 0 && !text.starts_with('0') {
                    syntax.markers.push(Marker {
                        number,
                        span: Span::new(indent, trimmed_end.len()),
                        kind: super::MarkerKind::OwnLine,
                        run: 0,
                        name: 0,
                        token: 0,
                    });
                }
            }
        }
        line.scan_body = scans_body(&kind);
        line.kind = kind;
        line.body_start = body_start;
        line.done = false;
    }

    /// The body read through the language's normalization once, for its
    /// citations, references and opening; unless it is read by clauses
    /// (`whole` false). `words` the last Arabic body read, normalized.
    fn normalize(&mut self, raw: &str, whole: bool, words: Option<&Pieces>) {
        let Some(data) = self.foreign else { return };
        if !(whole && (self.scan_body || matches!(self.kind, LineKind::FootnoteText { .. }))) {
            return;
        }
        let kept = self.kept.take();
        let text = &raw[..self.end];
        self.normalized = text.get(self.body_start..).map(|body| match kept {
            // The same text normalizes the same.
            Some((line, normalized)) if text[line.clone()] == *body => (data, normalized),
            _ => match words.and_then(|w| w.body.as_ref()) {
                Some((language, last_body, last)) if *language == data.language => {
                    (data, data.renormalize(last_body, last, body))
                }
                _ => (data, data.normalize(body)),
            },
        });
    }

    /// The footnote markers and the paragraph references (by clauses, its
    /// citations too, where `pieces` reads them).
    fn markers(&mut self, raw: &str, pieces: Option<&mut Pieces>) {
        let (text, body_start) = (&raw[..self.end], self.body_start);
        let heading = matches!(self.kind, LineKind::Heading { .. });
        let syntax = &mut self.syntax;
        if let (Some(pieces), Some(data)) = (pieces, self.foreign) {
            pieces.read(data, text, body_start, heading, syntax);
            self.by_pieces = true;
            return;
        }
        if self.scan_body {
            match self.foreign {
                Some(data) => {
                    Items::read_markers(data, text, body_start, heading, &mut syntax.markers);
                    if let Some((_, normalized)) = &self.normalized {
                        super::foreign::scan_references(
                            data,
                            text,
                            body_start,
                            normalized,
                            &mut syntax.references,
                        );
                    }
                }
                None => {
                    scan_markers(text, body_start, &mut syntax.markers);
                    scan_references(text, body_start, &mut syntax.references);
                }
            }
        } else if self.syntax.indent > 0
            && matches!(self.kind, LineKind::FootnoteText { .. })
            && text[self.syntax.indent as usize..].starts_with(|c: char| c.is_ascii_digit())
        {
            // `<TAB>27 Affirms …;15`: a paragraph whose number lost its full
            // stop reads like a footnote text; the footnote resolver decides
            // which it is, and needs its markers.
            scan_markers(text, body_start, &mut self.syntax.markers);
        }
    }

    /// The citations, read from those of the last Arabic body read where
    /// `words` holds them ([`super::foreign::rescan_citations`]).
    fn citations(&mut self, raw: &str, words: Option<&mut Pieces>, edited: Option<Edited<'_>>) {
        let (text, body_start) = (&raw[..self.end], self.body_start);
        let syntax = &mut self.syntax;
        if self.scan_body && !self.by_pieces {
            if let (Some(data), Some((_, normalized))) = (self.foreign, &self.normalized) {
                match words {
                    // (The body is kept by `finish` with what was read of it.)
                    Some(w) => {
                        let mut next = std::mem::take(&mut w.spare);
                        let last = match (&w.body, &w.citations) {
                            (Some((language, last_body, last)), Some(reading))
                                if *language == data.language =>
                            {
                                Some((last_body.as_str(), last, reading))
                            }
                            _ => None,
                        };
                        super::foreign::rescan_citations(
                            data,
                            (last, edited),
                            text,
                            body_start,
                            normalized,
                            &mut syntax.citations,
                            &mut next,
                        );
                        syntax.kept = next.kept(data);
                        w.spare = w.citations.replace(next).unwrap_or_default();
                    }
                    None => {
                        syntax.kept = super::foreign::scan_citations_keeping(
                            data,
                            text,
                            body_start,
                            normalized,
                            &mut syntax.citations,
                        );
                    }
                }
            }
        }
        if !self.scan_body && matches!(self.kind, LineKind::FootnoteText { .. })
            || self.scan_body && self.foreign.is_none()
        {
            match &self.normalized {
                Some((data, normalized)) => super::foreign::scan_citations(
                    data,
                    text,
                    body_start,
                    normalized,
                    &mut syntax.citations,
                ),
                None if self.foreign.is_some() => {}
                None => scan_citations(text, body_start, &mut syntax.citations),
            }
        }
    }

    /// The character the line ends with (before its markers) and the
    /// English mark it is; the former names of organs it mentions.
    fn end(&mut self, raw: &str, pieces: Option<&mut Pieces>) {
        let (text, body_start) = (&raw[..self.end], self.body_start);
        let syntax = &mut self.syntax;
        syntax.tail = last_char(text, body_start, &syntax.markers);
        syntax.last_char = syntax
            .tail
            .and_then(|tail| text[tail.start as usize..].chars().next());
        if let (Some(data), Some(tail)) = (self.foreign, syntax.tail) {
            syntax.tail = Some(super::foreign::spaced_tail(data, text, tail));
            // The language's own marks read as the marks they are (Arabic `،`,
            // Chinese `；`).
            if let Some(c) = syntax.last_char.filter(|c| !c.is_ascii()) {
                let mark = match pieces {
                    Some(pieces) => pieces.english_mark(data, c),
                    None => super::foreign::english_mark(data, c),
                };
                if let Some(mark) = mark {
                    syntax.last_char = Some(mark);
                }
            }
        }
        if matches!(
            self.kind,
            LineKind::Paragraph | LineKind::Numbered { .. } | LineKind::Sub { .. }
        ) {
            syntax.former_names = scan_former_names(text, body_start);
        }
    }

    /// The words the body opens with: by clauses where `pieces` reads it,
    /// from its first words where `words` does.
    fn opening(
        &mut self,
        raw: &str,
        pieces: Option<&mut Pieces>,
        words: Option<&mut Pieces>,
        edited: Option<Edited<'_>>,
    ) {
        if !self.scan_body {
            return;
        }
        let (text, body_start) = (&raw[..self.end], self.body_start);
        let numbered = matches!(self.kind, LineKind::Numbered { .. });
        let ends_operative = operative_end(&self.kind, self.syntax.last_char);
        let foreign = self.foreign;
        self.syntax.opening = match (&self.normalized, pieces, foreign) {
            // The body read by clauses, its opening too.
            (_, Some(pieces), Some(data)) => {
                pieces.opening(data, text, body_start, numbered, ends_operative, edited)
            }
            (Some((data, normalized)), ..) => match words {
                Some(kept) => kept.opening_by_words(
                    data,
                    text,
                    body_start,
                    normalized,
                    numbered,
                    ends_operative,
                    edited,
                ),
                None => super::foreign::opening(
                    data,
                    text,
                    body_start,
                    normalized,
                    numbered,
                    ends_operative,
                ),
            },
            (None, ..) if foreign.is_some() => None,
            (None, ..) => scan_opening(text, body_start),
        };
    }

    /// The brackets and the cues of structure; the body normalized kept
    /// in `words` for the next line, its buffer given back otherwise.
    fn finish(&mut self, raw: &str, words: Option<&mut Pieces>) -> LineSyntax {
        let (text, kind, body_start) = (&raw[..self.end], &self.kind, self.body_start);
        let syntax = &mut self.syntax;
        let indent = syntax.indent as usize;
        if !matches!(kind, LineKind::Artefact | LineKind::Proponent) {
            syntax.brackets = scan_brackets(text, indent);
        }
        (syntax.cues, syntax.inner) = cues(text, kind, body_start, syntax.last_char);
        if self.foreign.is_some() && matches!(kind, LineKind::Heading { annex: false }) {
            syntax.cues.section |= super::foreign::section_heading(&text[indent..]);
        }
        if let Some((data, normalized)) = self.normalized.take() {
            match (words, text.get(body_start..)) {
                (Some(words), Some(body)) => {
                    let mut kept = match words.body.take() {
                        Some((_, kept, _)) => kept,
                        None => String::new(),
                    };
                    kept.clear();
                    kept.push_str(body);
                    words.body = Some((&data.language, kept, normalized));
                }
                _ => normalized.recycle(),
            }
        }
        // (Where the body holds no digit, the quiet tests look for none.)
        syntax.digits = self.foreign.is_some_and(|data| {
            text.get(body_start..)
                .is_none_or(|body| !data.normalizes_without_digit(body))
        });
        syntax.kind = std::mem::replace(&mut self.kind, LineKind::Blank);
        syntax.finish()
    }
}

/// The footnote markers, paragraph references and citations of a line (or
/// of a piece of one) in a language other than English.
#[derive(Debug, Clone, Default)]
struct Items {
    markers: Vec<Marker>,
    references: Vec<ParagraphRef>,
    citations: Vec<Citation>,
    /// How many candidate runs of digits the markers were read from
    /// (numbered from 0, those dropped since included).
    runs: u16,
}

impl Items {
    /// Reads the items of `text[from..]` (`normalized` is that text
    /// normalized; without it, the markers only), after any marker already
    /// in `self.markers`.
    fn read(
        &mut self,
        data: &'static LanguageData,
        text: &str,
        from: usize,
        normalized: Option<&Normalized>,
        heading: bool,
    ) {
        self.runs = Self::read_markers(data, text, from, heading, &mut self.markers);
        if let Some(normalized) = normalized {
            super::foreign::scan_references(data, text, from, normalized, &mut self.references);
            super::foreign::scan_citations(data, text, from, normalized, &mut self.citations);
        }
    }

    /// The footnote markers of `text[from..]`, after any already in
    /// `markers`; the number of candidate runs of digits they were read
    /// from ([`Items::runs`]).
    fn read_markers(
        data: &'static LanguageData,
        text: &str,
        from: usize,
        heading: bool,
        markers: &mut Vec<Marker>,
    ) -> u16 {
        scan_markers(text, from, markers);
        super::foreign::scan_markers(data, text, from, markers);
        // (Run numbers wrap as the scanners' do, on a line of more than
        // 65,535 runs.)
        let runs = markers
            .iter()
            .map(|m| m.run.wrapping_add(1))
            .max()
            .unwrap_or(0);
        // `276 200`: a number in groups of three, not a marker glued to
        // the word before it.
        markers.retain(|m| {
            let grouped = super::foreign::grouped_number(&text[m.span.end as usize..]);
            let chinese = data.language == "zh"
                && super::foreign::chinese_number_not_marker(text, m.span, heading);
            !grouped && !chinese
        });
        if data.language == "zh" {
            super::foreign::chinese_tails(text, markers);
        }
        // `0,75 pour cent` (a decimal comma), `1er janvier`, `Action 214`,
        // `76/403;`: what the language writes otherwise than English.
        super::foreign::read_markers(data, text, from, markers);
        runs
    }
}

/// What was read of each clause of the last Chinese line read with
/// [`parse_line_with`]: its pieces, each the text from the mark that ends
/// the clause before (`，`, `；`, `。`; the line's text before its body for
/// the first) through the mark that ends its own, with the items read in
/// it (positions from the piece's start). A clause is read with the marks
/// on each side of it, as the markers after and before a mark are read;
/// the line reads as its clauses do (`parse_line_with` asserts it in debug
/// builds, and a test over the corpus).
#[derive(Debug, Clone, Default)]
pub struct Pieces {
    kept: Vec<Piece>,
    /// The opening last read from the body's first words alone, with what
    /// it was read from ([`Pieces::opening`]).
    opening: Option<KeptOpening>,
    /// The opening of the last Arabic line read, from the body's first
    /// words alone ([`Pieces::opening_by_words`]), with what it was read
    /// from.
    words: Option<KeptOpening>,
    /// The body of the last Arabic line read and its normalization, with
    /// the language's code: the next line's body is normalized from it
    /// ([`LanguageData::renormalize`]; a keystroke changes a few bytes).
    body: Option<(&'static str, String, Normalized)>,
    /// What was read of the citations of the last Arabic line read: the
    /// next body's are read from them where the edit is quiet
    /// ([`super::foreign::rescan_citations`]).
    citations: Option<super::foreign::CitationReading>,
    /// A reading whose vectors the next one reuses.
    spare: super::foreign::CitationReading,
    /// The last line's last character and the English mark it is
    /// ([`super::foreign::english_mark`]), with the language's code.
    mark: Option<(&'static str, char, Option<char>)>,
}

#[derive(Debug, Clone)]
struct KeptOpening {
    /// The language's code.
    language: &'static str,
    /// The line's text through the body's first words ([`opening_cut`],
    /// [`word_cut`]).
    text: Box<str>,
    body_start: usize,
    numbered: bool,
    ends_operative: bool,
    opening: Option<Opening>,
}

#[derive(Debug, Clone)]
struct Piece {
    text: Box<str>,
    /// Where the text read starts in `text`: the body's start in the
    /// first piece, else 0 (the mark before the clause).
    from: usize,
    heading: bool,
    items: Items,
}

impl Pieces {
    /// The pieces of the body of `text` (from `body_start`): the clauses,
    /// each as (start of the text read with it, its end after its mark).
    pub(super) fn split(
        text: &str,
        body_start: usize,
    ) -> impl Iterator<Item = (usize, usize)> + '_ {
        // `，` and `；` are EF BC 8C and EF BC 9B in UTF-8, `。` E3 80 82.
        let bytes = text.as_bytes();
        let mut ends = memchr::memchr2_iter(0xef, 0xe3, &bytes[body_start..])
            .map(move |at| body_start + at)
            .filter(move |&at| {
                matches!(
                    bytes.get(at..at + 3),
                    Some([0xef, 0xbc, 0x8c] | [0xef, 0xbc, 0x9b] | [0xe3, 0x80, 0x82])
                )
            })
            .map(|at| at + 3)
            .fuse();
        let mut start = 0;
        let mut from = body_start;
        std::iter::from_fn(move || {
            if from >= text.len() {
                return None;
            }
            let end = ends.next().unwrap_or(text.len());
            let piece = (start, end);
            // The next piece starts with this one's mark (there is one
            // where another piece follows).
            start = end.saturating_sub(3);
            from = end;
            Some(piece)
        })
    }

    /// Reads the markers, references and citations of the body of `text`
    /// (from `body_start`) clause by clause into `syntax`.
    fn read(
        &mut self,
        data: &'static LanguageData,
        text: &str,
        body_start: usize,
        heading: bool,
        syntax: &mut Reading,
    ) {
        let mut kept = Vec::with_capacity(self.kept.len());
        let mut runs = 0;
        for (start, end) in Self::split(text, body_start) {
            let piece = &text[start..end];
            // The body read starts at the mark before the clause: the
            // readers see a marker's mark before it (`，7 并`).
            let read_from = if start == 0 { body_start } else { 0 };
            let found = self
                .kept
                .iter()
                .position(|p| p.from == read_from && p.heading == heading && *p.text == *piece);
            let piece = match found {
                Some(at) => self.kept.swap_remove(at),
                None => {
                    let mut items = Items::default();
                    // A clause without a digit cites nothing and refers to
                    // no paragraph: it is not normalized for them.
                    let read = &piece[read_from..];
                    let normalized =
                        (!data.normalizes_without_digit(read)).then(|| data.normalize(read));
                    items.read(data, piece, read_from, normalized.as_ref(), heading);
                    Piece {
                        text: piece.into(),
                        from: read_from,
                        heading,
                        items,
                    }
                }
            };
            let by = start;
            let items = &piece.items;
            syntax.markers.extend(items.markers.iter().map(|m| Marker {
                span: m.span.shift(by),
                run: m.run.wrapping_add(runs),
                ..*m
            }));
            syntax.references.extend(items.references.iter().map(|r| {
                let mut r = r.clone();
                reference_points(&mut r, &|at| *at += by as u32);
                r
            }));
            syntax
                .citations
                .extend(items.citations.iter().map(|c| shifted(*c, by)));
            runs = runs.wrapping_add(items.runs);
            kept.push(piece);
        }
        self.kept = kept;
    }

    /// [`super::foreign::english_mark`], kept while the line ends with
    /// the same character.
    fn english_mark(&mut self, data: &'static LanguageData, c: char) -> Option<char> {
        match self.mark {
            Some((language, kept, mark)) if kept == c && language == data.language => mark,
            _ => {
                let mark = super::foreign::english_mark(data, c);
                self.mark = Some((&data.language, c, mark));
                mark
            }
        }
    }

    /// The opening of the body of `text` (from `body_start`), as
    /// [`super::foreign::opening`] reads it: from the body's first words
    /// alone where that reads as the whole body ([`opening_cut`]), and
    /// then kept while those words and the part the line says are the
    /// same (a keystroke past them reads no opening).
    fn opening(
        &mut self,
        data: &'static LanguageData,
        text: &str,
        body_start: usize,
        numbered: bool,
        ends_operative: bool,
        edited: Option<Edited<'_>>,
    ) -> Option<Opening> {
        let Some(cut) = data
            .opening_reach()
            .and_then(|reach| opening_cut(data, text, body_start, reach))
        else {
            return opening_normalized(data, text, body_start, numbered, ends_operative);
        };
        kept_opening(
            &mut self.opening,
            data,
            (text, cut),
            body_start,
            None,
            numbered,
            ends_operative,
            edited,
        )
    }
}

impl Pieces {
    /// The opening of the body of `text` (from `body_start`, `normalized`
    /// the body normalized), as [`super::foreign::opening`] reads it, in a
    /// language whose opening is read from the body's first words
    /// ([`opening_by_words`]): from the text through those words alone
    /// ([`word_cut`]), and kept while that text and the part the line
    /// says are the same (a keystroke past them reads no opening).
    #[allow(clippy::too_many_arguments)]
    fn opening_by_words(
        &mut self,
        data: &'static LanguageData,
        text: &str,
        body_start: usize,
        normalized: &Normalized,
        numbered: bool,
        ends_operative: bool,
        edited: Option<Edited<'_>>,
    ) -> Option<Opening> {
        let Some(cut) = word_cut(data, text, body_start, normalized) else {
            return super::foreign::opening(
                data,
                text,
                body_start,
                normalized,
                numbered,
                ends_operative,
            );
        };
        kept_opening(
            &mut self.words,
            data,
            (text, cut),
            body_start,
            Some(normalized),
            numbered,
            ends_operative,
            edited,
        )
    }
}

/// The opening of the body of `read` (`text` through `cut`, where its
/// opening reaches; the body from `body_start`), as
/// [`super::foreign::opening`] reads it: the one kept in `slot` where it
/// was read in the same language from the same text and the line says the
/// same of itself (`numbered`, `ends_operative`), else the one the line had
/// before an edit past `cut` ([`Edited::opening`]), else read; kept there.
/// `normalized` is the whole body (`text` from `body_start`) normalized,
/// where the caller has it ([`Normalized::prefix`] gives the body of `read`).
#[allow(clippy::too_many_arguments)]
fn kept_opening(
    slot: &mut Option<KeptOpening>,
    data: &'static LanguageData,
    (text, cut): (&str, usize),
    body_start: usize,
    normalized: Option<&Normalized>,
    numbered: bool,
    ends_operative: bool,
    edited: Option<Edited<'_>>,
) -> Option<Opening> {
    let read = &text[..cut];
    if let Some(kept) = slot.as_ref().filter(|k| {
        k.language == data.language
            && k.body_start == body_start
            && k.numbered == numbered
            && k.ends_operative == ends_operative
            && *k.text == *read
    }) {
        return kept.opening.clone();
    }
    // The line's own opening before the edit, where the edit is past it:
    // not where the opening kept is the one the line had (it was most
    // likely read from this line before the edit, which then changed the
    // text it was read from), and where the edit starts need not be
    // found.
    let from_this_line = |e: &Edited| {
        slot.as_ref()
            .is_some_and(|k| k.opening.as_ref() == e.before.opening.as_deref())
    };
    if let Some(opening) = edited
        .filter(|e| !from_this_line(e))
        .and_then(|e| e.opening((text, cut), body_start, numbered, ends_operative))
    {
        *slot = Some(KeptOpening {
            language: &data.language,
            text: read.into(),
            body_start,
            numbered,
            ends_operative,
            opening: opening.clone(),
        });
        return opening;
    }
    let normalized_here;
    let normalized = match normalized {
        Some(normalized) if cut == text.len() => normalized,
        // The body's start normalized as the whole body was.
        Some(body) => {
            normalized_here = body.prefix(&read[body_start..]);
            debug_assert_eq!(normalized_here, data.normalize(&read[body_start..]));
            &normalized_here
        }
        None => {
            normalized_here = data.normalize(&read[body_start..]);
            &normalized_here
        }
    };
    let opening =
        super::foreign::opening(data, read, body_start, normalized, numbered, ends_operative);
    *slot = Some(KeptOpening {
        language: &data.language,
        text: read.into(),
        body_start,
        numbered,
        ends_operative,
        opening: opening.clone(),
    });
    opening
}

/// The opening of a line of another language than English, its text
/// `text` (without the spaces that end it), its body from `body_start`,
/// read as a kind `kind` whose last character is `last_char`: what the
/// line's reading finds, without the openings it keeps (in Chinese, from
/// the body's first ideographs where they read as the whole body, as
/// [`Pieces::opening`] reads them: [`opening_cut`]). For a keystroke within
/// the words or ideographs the opening may read, which leaves the rest of
/// the line's reading as it was ([`super::quiet`]).
pub(crate) fn foreign_opening_of(
    data: &'static LanguageData,
    text: &str,
    body_start: usize,
    kind: &LineKind,
    last_char: Option<char>,
) -> Option<Opening> {
    let numbered = matches!(kind, LineKind::Numbered { .. });
    let ends_operative = operative_end(kind, last_char);
    if opening_by_words(data) {
        if let Some(opening) =
            opening_of_first_words(data, text, body_start, numbered, ends_operative)
        {
            #[cfg(debug_assertions)]
            assert_eq!(
                opening,
                opening_normalized(data, text, body_start, numbered, ends_operative),
                "the opening of the first words of {text:?}"
            );
            return opening;
        }
    }
    let cut = (!opening_by_words(data))
        .then(|| data.opening_reach())
        .flatten()
        .and_then(|reach| opening_cut(data, text, body_start, reach));
    let read = &text[..cut.unwrap_or(text.len())];
    opening_normalized(data, read, body_start, numbered, ends_operative)
}

/// [`super::foreign::opening`] of the body of `text` (from `body_start`),
/// normalized here.
fn opening_normalized(
    data: &'static LanguageData,
    text: &str,
    body_start: usize,
    numbered: bool,
    ends_operative: bool,
) -> Option<Opening> {
    let normalized = data.normalize(text.get(body_start..)?);
    super::foreign::opening(
        data,
        text,
        body_start,
        &normalized,
        numbered,
        ends_operative,
    )
}

/// The opening of the body of `text` (from `body_start`) in a language
/// read by words ([`opening_by_words`]), read from the text through its
/// first words ([`word_cut`]) as the line's reading reads it, without
/// normalizing the rest of the line: the body is normalized through its
/// `OPENING_WORDS + 5`th ASCII space (and past the repeated forms' reach),
/// which holds the cut where the cut falls before that text's end
/// (normalizing reads no character ahead: the text normalizes there as the
/// start of the whole body does). `None` where it may not
/// hold it (a short body, a body opening with a bracket or a space): the
/// caller reads the whole body.
fn opening_of_first_words(
    data: &'static LanguageData,
    text: &str,
    body_start: usize,
    numbered: bool,
    ends_operative: bool,
) -> Option<Option<Opening>> {
    let body = text.get(body_start..)?;
    let space = super::bytes::nth(body.as_bytes(), OPENING_WORDS + 4, |b| b == b' ')?;
    let mut end = (space + 1).max(data.repeated_reach() + 8).min(body.len());
    while !body.is_char_boundary(end) {
        end += 1;
    }
    let through = &text[..body_start + end];
    let normalized = data.normalize(&through[body_start..]);
    let cut = word_cut(data, through, body_start, &normalized)?;
    if cut >= through.len() {
        return None;
    }
    let read = &text[..cut];
    let normalized = normalized.prefix(&read[body_start..]);
    Some(super::foreign::opening(
        data,
        read,
        body_start,
        &normalized,
        numbered,
        ends_operative,
    ))
}

/// Whether a line in the language of `data` is read whole but its opening
/// from the body's first words ([`Pieces::opening_by_words`]): the languages
/// written with spaces (Arabic, French, Spanish, Russian), whose opening
/// [`super::foreign::opening`] reads from the first [`OPENING_WORDS`] words
/// of the body and of the body after its first word, and from the
/// language's repeated forms; not Chinese, read clause by clause
/// ([`Pieces::read`]).
fn opening_by_words(data: &LanguageData) -> bool {
    data.language != "zh"
}

/// Where the text that [`super::foreign::opening`] reads of the body of
/// `text` (from `body_start`, `normalized` the body normalized) ends in a
/// language whose opening is read from its first words
/// ([`opening_by_words`]): where the character that the normalized body
/// writes after its [`OPENING_WORDS`]` + 3`rd space comes from (the end of
/// the text where it has fewer), and past the longest repeated form
/// without its adverb ([`LanguageData::repeated_bases`]) and the character
/// after it. Normalizing reads no character ahead, so the text through the
/// cut normalizes as the start of the body does, through that space: the
/// opening's words (and those of the body after its first word, which
/// [`super::foreign::opening`] reads too), each in the text between two
/// spaces, and the character or two read after them (where a word ends,
/// and the space between) are in it. `None` where the body starts with a
/// bracket or a space (the opening normalizes the text after them).
fn word_cut(
    data: &LanguageData,
    text: &str,
    body_start: usize,
    normalized: &Normalized,
) -> Option<usize> {
    let body = text.get(body_start..)?;
    if body.starts_with(['[', ' ']) {
        return None;
    }
    let cut = super::bytes::nth(normalized.text.as_bytes(), OPENING_WORDS + 2, |b| b == b' ')
        .map_or(text.len(), |space| {
            body_start + normalized.origin(space + 1)
        });
    // The repeated forms' bases, with the character after them.
    let mut end = body_start + data.repeated_reach() + 1;
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    Some(cut.min(text.len()).max(end.min(text.len())))
}

/// Where the text that [`super::foreign::opening`] reads of the body of
/// `text` (from `body_start`) ends, in a language whose opening reads
/// `reach` bytes past the body's brackets and spaces and its first
/// ideographs ([`super::foreign::opening_reach`]): past the first
/// character after them that is no ideograph, or past one more ideograph
/// than the opening's tokens take ([`OPENING_IDEOGRAPHS`]), each written as
/// itself (so that the tokens stop where they do in the whole line), and
/// past `reach` bytes and the character after them. `None` where one of
/// those first characters is normalized otherwise: the opening then reads
/// the whole body.
fn opening_cut(data: &LanguageData, text: &str, body_start: usize, reach: usize) -> Option<usize> {
    let body = text.get(body_start..)?;
    let start = text.len() - body.trim_start_matches(['[', ' ']).len();
    let mut ideographs = 0;
    let mut cut = text.len();
    for (at, c) in text[start..].char_indices() {
        if !data.writes_itself(c) {
            return None;
        }
        if matches!(c, '\u{3400}'..='\u{9fff}') {
            ideographs += 1;
            if ideographs <= OPENING_IDEOGRAPHS {
                continue;
            }
        }
        cut = start + at + c.len_utf8();
        break;
    }
    // The repeated forms, with the character after them.
    let mut end = start + reach + 1;
    while end < text.len() && !text.is_char_boundary(end) {
        end += 1;
    }
    Some(cut.max(end.min(text.len())))
}

/// `citation` moved `by` bytes later in its line.
fn shifted(mut c: Citation, by: usize) -> Citation {
    citation_points(&mut c, &|at| *at += by as u32);
    c
}

/// Calls `point` on every position of `c` (its spans' ends, its lead).
fn citation_points(c: &mut Citation, point: &impl Fn(&mut u32)) {
    let span = |span: &mut Span| {
        point(&mut span.start);
        point(&mut span.end);
    };
    span(&mut c.span);
    if let Some((_, date)) = &mut c.date {
        span(date);
    }
    if let Some(title) = &mut c.title {
        span(&mut title.span);
    }
    if let Some(letters) = &mut c.letters {
        span(&mut letters.span);
    }
    match &mut c.id {
        CitationId::Roman { roman, .. } => span(roman),
        CitationId::Year { year_span, .. } => span(year_span),
        CitationId::Slash { .. } => {}
    }
    point(&mut c.lead);
}

/// Calls `point` on every position of `r` (its spans' ends).
fn reference_points(r: &mut ParagraphRef, point: &impl Fn(&mut u32)) {
    let span = |span: &mut Span| {
        point(&mut span.start);
        point(&mut span.end);
    };
    span(&mut r.span);
    if let Some(number) = &mut r.number_span {
        span(number);
    }
    if let Some(sub) = &mut r.sub_span {
        span(sub);
    }
}

/// The square brackets of negotiation in `text[from..]`: every `[` and `]`
/// but those of Markdown footnotes (`[^1]`) and the document system's
/// `[DU1]`.
fn scan_brackets(text: &str, from: usize) -> Vec<Bracket> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut depth = 0u32;
    let mut i = from;
    while i < bytes.len() {
        // Skip to the next bracket: most lines have none.
        match memchr::memchr2(b'[', b']', &bytes[i..]) {
            Some(at) => i += at,
            None => break,
        }
        match bytes[i] {
            b'[' => {
                let rest = &text[i + 1..];
                let artefact = rest.starts_with('^') || rest.starts_with("DU");
                let close = rest.find(']');
                match (artefact, close) {
                    (true, Some(close))
                        if rest[..close]
                            .trim_start_matches(['^', 'D', 'U'])
                            .bytes()
                            .all(|b| b.is_ascii_alphanumeric()) =>
                    {
                        i += close + 2;
                        continue;
                    }
                    _ => {
                        out.push(Bracket {
                            col: i as u32,
                            open: true,
                            depth,
                        });
                        depth += 1;
                    }
                }
            }
            b']' => {
                out.push(Bracket {
                    col: i as u32,
                    open: false,
                    depth,
                });
                depth = depth.saturating_sub(1);
            }
            _ => {}
        }
        i += 1;
    }
    out
}

/// Moves the spans of `kind` from the indentation-less text to the line.
fn shift_kind(kind: LineKind, indent: usize) -> LineKind {
    match kind {
        LineKind::Numbered {
            number,
            suffix,
            label,
        } => LineKind::Numbered {
            number,
            suffix,
            label: label.shift(indent),
        },
        LineKind::Sub {
            letters,
            suffix,
            label,
        } => LineKind::Sub {
            letters,
            suffix,
            label: label.shift(indent),
        },
        LineKind::FootnoteText { number, label } => LineKind::FootnoteText {
            number,
            label: label.shift(indent),
        },
        LineKind::Title { symbol, own } => LineKind::Title {
            symbol: symbol.shift(indent),
            own,
        },
        other => other,
    }
}

/// Whether `c` is a character that shows nothing at the end of a line: a
/// space, or a format character the export leaves (a left-to-right mark
/// after the comma, `Change,\u{200e}`; a zero-width space; a soft hyphen).
pub(super) fn is_invisible(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2060}'..='\u{2064}' | '\u{feff}'
        )
}

/// Where the last character of the text is, before any trailing footnote
/// markers (the semicolon of a closing `; and`), read through what closes
/// the paragraph after its punctuation: a closing quotation mark
/// (`Elections,”`), the bracket that closes a paragraph in brackets
/// (`[Requests a report;]`, `[2.\tRequests …]`), invisible characters.
fn last_char(text: &str, body_start: usize, markers: &[Marker]) -> Option<Span> {
    let mut end = text.trim_end_matches(is_invisible).len();
    for marker in markers.iter().rev().filter(|m| m.kind.hides_last_char()) {
        if marker.span.end as usize == end {
            end = marker.span.start as usize;
            // `Conference1,2`: the comma between two markers; `;1–17`: the
            // dash of a range of markers.
            let between = text[..end]
                .chars()
                .next_back()
                .filter(|c| matches!(c, ',' | '–'))
                .map_or(0, char::len_utf8);
            if between > 0
                && markers
                    .iter()
                    .any(|m| m.span.end as usize == end - between && m.kind.hides_last_char())
            {
                end -= between;
            }
        } else {
            break;
        }
    }
    let start = body_start.min(end);
    let mut trimmed = text[start..end].trim_end_matches(is_invisible);
    // Brackets that close after the punctuation (`…;]`, the end of
    // bracketed paragraphs, perhaps opened lines above) or that enclose the
    // whole paragraph: its punctuation is inside them (`[Requests a
    // report]` lacks its semicolon before the bracket).
    let open = text[..start]
        .trim_start()
        .starts_with('[')
        .then(|| text.len() - text.trim_start().len())
        .or_else(|| text[start..].starts_with('[').then_some(start));
    while let Some(inner) = trimmed.strip_suffix(']') {
        let inner = inner.trim_end_matches(is_invisible);
        let whole = open.is_some_and(|open| closes_at_end(&text[open..start + trimmed.len()]));
        if !whole && !inner.ends_with(END_MARKS) {
            break;
        }
        trimmed = inner;
    }
    // `…,”`: the punctuation before a closing quotation mark.
    if let Some(before) = trimmed.strip_suffix(['”', '’', '"', '»']) {
        if before.ends_with(END_MARKS) {
            trimmed = before;
        }
    }
    // `…; and` before the last paragraph or item: the semicolon ends it.
    for conjunction in [" and", " or"] {
        if let Some(before) = trimmed.strip_suffix(conjunction) {
            if before.ends_with(';') {
                trimmed = before;
            }
        }
    }
    let c = trimmed.chars().next_back()?;
    let at = start + trimmed.len() - c.len_utf8();
    // `the report...`: the last character is the ellipsis, all its dots.
    let dots = trimmed.bytes().rev().take_while(|b| *b == b'.').count();
    if dots >= 2 {
        return Some(Span::new(start + trimmed.len() - dots, at + 1));
    }
    Some(Span::new(at, at + c.len_utf8()))
}

/// Whether the `[` that opens `text` is closed by its last character, and
/// not before (`[Requests a report;]`, not `[Urges] all States [to act]`).
fn closes_at_end(text: &str) -> bool {
    let mut depth = 0usize;
    for (i, c) in text.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    return i + 1 == text.len();
                }
            }
            _ => {}
        }
    }
    false
}

fn classify(text: &str) -> (LineKind, usize) {
    if is_artefact(text) {
        return (LineKind::Artefact, 0);
    }
    classify_but_artefact(text)
}

/// [`classify`] of a line known not to be an artefact.
fn classify_but_artefact(text: &str) -> (LineKind, usize) {
    let first = text.as_bytes()[0];
    if first == b'[' {
        // A paragraph in brackets with its number inside: `[2.\tRequests …;]`,
        // `[(b)\tTo report;]`.
        let inner = &text[1..];
        if inner.starts_with(|c: char| c.is_ascii_digit() || c == '(') {
            let (kind, body) = classify(inner);
            if matches!(kind, LineKind::Numbered { .. } | LineKind::Sub { .. }) {
                return (shift_kind(kind, 1), body + 1);
            }
        }
    }
    // The ASCII digits a line starts with, and the byte after them: each
    // pattern below needs one of a few bytes there, or more digits of
    // another script (`\d` is Unicode: a byte of 0x80 and above runs them
    // all).
    let digits = text.bytes().take_while(u8::is_ascii_digit).count();
    let rest = &text.as_bytes()[digits..];
    let wide = rest.first().is_some_and(|&b| b >= 0x80);
    if first.is_ascii_digit() && digits <= 4 && matches!(rest, [b'.', b'\t' | b' ', ..]) {
        // `1.<TAB>`: [`NUMBERED`] without a suffix, read without it.
        let label_end = digits + 1;
        let space = text[label_end..]
            .find(|c: char| !(c.is_whitespace() || is_direction_mark(c)))
            .unwrap_or(text.len() - label_end);
        return (
            LineKind::Numbered {
                number: text[..digits].parse().unwrap_or(0),
                suffix: None,
                label: Span::new(0, label_end),
            },
            label_end + space,
        );
    }
    let numbered = digits <= 4
        && (wide
            || matches!(
                rest,
                [b'.' | b'b' | b't' | b'q' | b's', ..] | [b' ', b'b' | b't' | b'q' | b's', ..]
            ));
    let titled = digits <= 4 && (wide || rest.first() == Some(&b'/'));
    let meeting = digits <= 5 && (wide || matches!(rest.first(), Some(b's' | b'n' | b'r' | b't')));
    let dated = digits <= 2
        && (wide
            || matches!(
                rest,
                [
                    b' ',
                    b'J' | b'F' | b'M' | b'A' | b'S' | b'O' | b'N' | b'D',
                    ..
                ]
            ));
    let headed = digits <= 5 && (wide || rest.starts_with(b" ("));
    if first.is_ascii_digit() {
        if let Some(c) = numbered.then(|| NUMBERED.captures(text)).flatten() {
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let number = c[2].parse().unwrap_or(0);
            let suffix = c.get(3).and_then(|m| NumberSuffix::parse(m.as_str()));
            let label_end = c.get(1).map_or(0, |m| m.end());
            return (
                LineKind::Numbered {
                    number,
                    suffix,
                    label: Span::new(0, label_end),
                },
                whole.end,
            );
        }
        if let Some(c) = titled.then(|| TITLE.captures(text)).flatten() {
            let symbol = c.get(1).map_or(0..0, |m| m.range());
            return (
                LineKind::Title {
                    symbol: Span::new(symbol.start, symbol.end),
                    own: own_number(&text[symbol]),
                },
                0,
            );
        }
        if meeting && MEETING.is_match(text) {
            return (LineKind::Meeting, 0);
        }
        if let Some(date) = dated.then(|| date_ending(text, "")).flatten() {
            return (LineKind::DateLine { date: Some(date) }, 0);
        }
        if running_head(text) {
            // `16 August 2013Sixty-seventh session`: a page header of the
            // document system, not the text of footnote 16.
            return (LineKind::Artefact, 0);
        }
    }
    if first.is_ascii_digit() {
        if let Some((number, year, date)) = headed.then(|| sc_short_header(text)).flatten() {
            let date = date.map(Box::new);
            return (LineKind::ScHeader { number, year, date }, 0);
        }
    }
    if let Some((number, label)) = footnote_text_label(text) {
        let body = (label.end as usize + 1).min(text.len());
        // The byte after a superscript label may start a wide character.
        let after = text.get(..body).unwrap_or("");
        let body = if after.ends_with(' ') || after.ends_with(':') {
            body
        } else {
            label.end as usize
        };
        return (LineKind::FootnoteText { number, label }, body);
    }
    if text.starts_with("ES-") || text.starts_with("S-") {
        if let Some(c) = TITLE.captures(text) {
            let symbol = c.get(1).map_or(0..0, |m| m.range());
            return (
                LineKind::Title {
                    symbol: Span::new(symbol.start, symbol.end),
                    own: own_number(&text[symbol]),
                },
                0,
            );
        }
    }
    // `(b)`: a letter after the bracket; `b.`, `b)`: at most four letters
    // before the full stop or the bracket.
    let letters = text.bytes().take_while(u8::is_ascii_lowercase).count();
    let sub = if first == b'(' {
        text.as_bytes().get(1).is_some_and(u8::is_ascii_lowercase)
    } else {
        (1..=4).contains(&letters) && matches!(text.as_bytes().get(letters), Some(b'.' | b')'))
    };
    if sub {
        if let Some(c) = SUB.captures(text) {
            let whole = c.get(0).map_or(0..0, |m| m.range());
            let suffix = c.get(2).and_then(|m| NumberSuffix::parse(m.as_str()));
            let (letters, label_end) = match c.get(1) {
                Some(m) => (m.as_str(), c.get(2).map_or(m.len() + 2, |s| s.end())),
                None => {
                    let m = c
                        .get(3)
                        .or(c.get(4))
                        .or(c.get(5))
                        .map_or("", |m| m.as_str());
                    (m, m.len() + 1)
                }
            };
            let letters: Letters = letters.into();
            return (
                LineKind::Sub {
                    letters,
                    suffix,
                    label: Span::new(0, label_end),
                },
                whole.end,
            );
        }
    }
    // `[without reference to a Main Committee (A/78/L.9)]`, not a paragraph
    // in brackets (`[Recalling its resolution 77/1,]`).
    if first == b'['
        && text.ends_with(']')
        && !text[1..].starts_with(crate::syntax::bytes::is_uppercase)
    {
        return (LineKind::Proponent, 0);
    }
    if text.starts_with("Resolution ") {
        if let Some((name, date)) = adoption_line(text) {
            let organ = Organ::from_name(name);
            return (LineKind::AdoptionLine { organ, date }, 0);
        }
        if let Some((number, year, date)) = sc_header(text) {
            let date = date.map(Box::new);
            return (LineKind::ScHeader { number, year, date }, 0);
        }
    }
    if text.starts_with("Adopted by the Security Council") {
        if let Some(date) = sc_adoption(text) {
            return (LineKind::ScAdoption { date }, 0);
        }
    }
    if first.is_ascii_uppercase()
        && text.len() < 200
        && (text.starts_with("ANNEX") || text.contains("Annex"))
        && ANNEX.is_match(text)
        && !ends_with_sentence_punctuation(text)
    {
        return (LineKind::Heading { annex: true }, 0);
    }
    if text.starts_with("The ") {
        if let Some((named, comma)) = organ_line(text) {
            if comma || named.ends_with("Assembly") || named.ends_with("Council") {
                return (
                    LineKind::OrganLine {
                        organ: Organ::from_name(named),
                    },
                    0,
                );
            }
        }
    }
    if text.contains('\t') && !SECTION_HEADING.is_match(text) {
        return (LineKind::Table, 0);
    }
    if text.len() < 200 && !ends_with_sentence_punctuation(text) {
        return (LineKind::Heading { annex: false }, 0);
    }
    (LineKind::Paragraph, 0)
}

/// Whether a line ends like a sentence or a paragraph (`,` `;` `:` `.`),
/// looking through trailing footnote markers and closing quotes.
pub(super) fn ends_with_sentence_punctuation(text: &str) -> bool {
    let trimmed =
        text.trim_end_matches(|c: char| c.is_ascii_digit() || c.is_whitespace() || is_invisible(c));
    let trimmed = trimmed.trim_end_matches(['”', '’', '"', ')', ']']);
    trimmed.ends_with([',', ';', ':', '.', '!', '?', '…']) || trimmed.ends_with(END_MARKS)
}

/// The marks that end a paragraph, in the six languages: `,` `;` `.` `:`,
/// Arabic `،` `؛`, Chinese full-width `，` `；` `。` `：`.
const END_MARKS: [char; 10] = [',', ';', '.', ':', '،', '؛', '，', '；', '。', '：'];

#[cfg(test)]
mod tests {
    use super::*;

    /// A line of another language than English tells whether its body may
    /// hold a digit (of any script), which the quiet tests then look for
    /// near a keystroke, or surely holds none; a letter that may be a digit
    /// typed in it is read again. English lines do not tell.
    #[test]
    fn a_line_of_another_language_tells_whether_its_body_may_hold_a_digit() {
        let arabic = |text: &str| parse_line_in(text, Language::Arabic);
        assert!(arabic("\tوإذ تؤكد أهمية التعاون الدولي،").digitless());
        assert!(!arabic("\tوإذ تشير إلى خطة عام 2030،").digitless());
        assert!(!arabic("\tوإذ تشير إلى خطة عام ٢٠٣٠،").digitless());
        assert!(!parse_line_in("\tRappelant le chapitre Ⅷ,", Language::French).digitless());
        assert!(parse_line_in("\tRappelant la Charte,", Language::French).digitless());
        assert!(
            parse_line_in("\tRecalling the 2030 Agenda,", Language::English)
                .rare
                .as_ref()
                .is_none_or(|r| !r.digits)
        );
        // A letter that may be a digit (`〇`, a number letter), typed in a
        // line that holds none: quiet only where the line moved is the
        // line read again.
        let text = "\t又回顾大会关于此事的各项决议和发展议程，";
        let line = parse_line_in(text, Language::Chinese);
        assert!(line.digitless());
        for (at, _) in text.char_indices().skip(8) {
            let typed = format!("{}〇{}", &text[..at], &text[at..]);
            let keystroke = super::super::quiet::Keystroke {
                text: &typed,
                at,
                removed: "",
                inserted: "〇",
            };
            let fresh = parse_line_in(&typed, Language::Chinese);
            assert!(!fresh.digitless());
            let moved = super::super::quiet::moved_if_quiet(&line, keystroke, Language::Chinese);
            assert!(
                moved.is_none_or(|moved| moved == fresh && !moved.digitless()),
                "{typed}"
            );
        }
    }

    /// An Arabic line that cites keeps what was read of its numbers, for
    /// the first keystroke in it; a line moved by a quiet keystroke drops
    /// it (its places were read in another text), and a line that cites
    /// nothing, or in a language that reads its citations whole, keeps
    /// none. What is kept is no part of what the line says.
    #[test]
    fn a_line_that_cites_keeps_its_numbers_read_only_for_its_own_text() {
        let cites = "\tوإذ تشير إلى قرارها 46/182 المؤرخ 19 كانون الأول/ديسمبر 1991 المتعلق بتعزيز تنسيق المساعدة الإنسانية،";
        let line = parse_line_in(cites, Language::Arabic);
        assert!(!line.citations().is_empty());
        assert!(line.kept_reading().is_some());
        let moved = line.moved(cites.len() as u32 - 4, 2);
        assert!(moved.kept_reading().is_none());
        assert_eq!(moved, line.moved(cites.len() as u32 - 4, 2));
        assert_eq!(line, parse_line_in(cites, Language::Arabic));
        assert!(!format!("{line:?}").contains("KeptReading"));
        let none = parse_line_in("\tوإذ تشير إلى تقرير الأمين العام،", Language::Arabic);
        assert!(none.kept_reading().is_none());
        let english = parse_line_in(
            "\tRecalling its resolution 46/182 of 19 December 1991,",
            Language::English,
        );
        assert!(!english.citations().is_empty());
        assert!(english.kept_reading().is_none());
    }

    /// Pieces of lines for [`lines_read_in_batches_read_as_alone`]: the
    /// kinds of line and item of every language (labels, footnote texts,
    /// markers, citations, dates, references, artefacts), to be joined at
    /// random.
    const PIECES: &[&str] = &[
        "\t",
        "  ",
        "1.\t",
        "(a)\t",
        "1 -\t",
        "(أ)\t",
        "㈠",
        "а)\t",
        "PP3 ",
        "OP5 bis ",
        "1 ",
        "12 ",
        "[DU1]",
        "<<ODS JOB NO>>",
        "Recalling ",
        "Urges ",
        "Rappelant ",
        "إذ تشير ",
        "回顾",
        "ссылаясь ",
        "resolution 67/264 of 17 May 2013",
        "第67/264号决议",
        "résolution 67/264 du 17 mai 2013",
        "القرار 67/264 المؤرخ 17 أيار/مايو 2013",
        "резолюцию 67/264 от 17 мая 2013 года",
        "2013年5月17日",
        "paragraph 5 above",
        "上文第5段",
        "الفقرة 5 أعلاه",
        "пункт 5 выше",
        "Conference1",
        "Secretary-General;3",
        "الإنسان(2)",
        "决定、1 2013年",
        "¹",
        "[^1]",
        "，",
        "；",
        "。",
        "،",
        "؛",
        ",",
        ";",
        ".",
        "[",
        "]",
        "The General Assembly,",
        "L'Assemblée générale,",
        "大会，",
        "A/67/280-S/2012/614",
        "😀",
        "\u{200f}",
        "\u{a0}",
        "Annex",
        "\r",
    ];

    proptest::proptest! {
        /// Lines read in batches ([`parse_lines_into`]: each step for every
        /// line of a batch, in reused slots) read as each alone, in every
        /// language, whatever the lines before them in their batch.
        #[test]
        fn lines_read_in_batches_read_as_alone(
            lines in proptest::collection::vec(
                proptest::collection::vec(0..PIECES.len(), 0..8),
                1..80,
            ),
        ) {
            let lines: Vec<String> = lines
                .iter()
                .map(|line| line.iter().map(|&k| PIECES[k]).collect())
                .collect();
            for language in Language::ALL {
                let mut batched = Vec::new();
                parse_lines_into(lines.iter(), language, &mut batched);
                proptest::prop_assert_eq!(batched.len(), lines.len());
                for (line, read) in lines.iter().zip(&batched) {
                    proptest::prop_assert_eq!(
                        &**read,
                        &parse_line_in(line, language),
                        "{:?} in {:?}",
                        line,
                        language
                    );
                }
            }
        }
    }

    #[test]
    fn header_lines_read_what_their_patterns_read() {
        fn date_from(
            day: Option<regex::Match<'_>>,
            month: Option<regex::Match<'_>>,
            year: Option<regex::Match<'_>>,
        ) -> Option<Date> {
            let day = day?.as_str().parse().ok()?;
            let month = Date::month_number(month?.as_str())?;
            let year = year?.as_str().parse().ok()?;
            Some(Date::new(year, month, day))
        }
        let date = r"(\d{1,2}) ({MONTH}) (\d{4})".replace("{MONTH}", MONTH);
        let adoption = re(&format!(
            r"^Resolution adopted by the ([A-Z][A-Za-z ]+?)(?: on {date})?\s*$"
        ));
        let sc_header_re = re(&format!(
            r"^Resolution (\d{{1,5}}) \((\d{{4}})\)(?: of {date})?\s*$"
        ));
        let sc_short = re(&format!(
            r"^(\d{{1,5}}) \((\d{{4}})\)\.(?: Resolution of {date})?"
        ));
        let sc_adoption_re = re(&format!(
            r"^Adopted by the Security Council(?-u:\b).*?(?:on {date})?\s*$"
        ));
        let date_line = re(&format!(r"^{date}\s*$"));
        let numbered = |c: &regex::Captures<'_>| {
            (
                c[1].parse::<u32>().unwrap_or(0),
                c[2].parse::<u32>().unwrap_or(0),
                date_from(c.get(3), c.get(4), c.get(5)),
            )
        };
        let check = |text: &str| {
            assert_eq!(
                adoption_line(text).map(|(n, d)| (n.to_owned(), d)),
                adoption
                    .captures(text)
                    .map(|c| (c[1].to_owned(), date_from(c.get(2), c.get(3), c.get(4)))),
                "adoption {text:?}"
            );
            assert_eq!(
                sc_header(text),
                sc_header_re.captures(text).map(|c| numbered(&c)),
                "header {text:?}"
            );
            assert_eq!(
                sc_short_header(text),
                sc_short.captures(text).map(|c| numbered(&c)),
                "short header {text:?}"
            );
            assert_eq!(
                sc_adoption(text),
                sc_adoption_re
                    .captures(text)
                    .map(|c| date_from(c.get(1), c.get(2), c.get(3))),
                "adoption by the Council {text:?}"
            );
            assert_eq!(
                date_ending(text, ""),
                date_line
                    .captures(text)
                    .and_then(|c| date_from(c.get(1), c.get(2), c.get(3))),
                "date line {text:?}"
            );
            [
                adoption_line(text).is_some(),
                sc_header(text).is_some(),
                sc_short_header(text).is_some(),
                sc_adoption(text).is_some(),
                date_ending(text, "").is_some(),
            ]
        };
        let leads = [
            "Resolution adopted by the ",
            "Resolution ",
            "Adopted by the Security Council",
            "",
            "1624 (2005).",
            "Resolution 1624 (2005)",
            "17 May 2013",
        ];
        let pieces = [
            "General Assembly",
            "Security Council",
            "Human Rights Council",
            "A",
            "x",
            "on",
            " on ",
            "on ",
            " of ",
            " Resolution of ",
            "17",
            "1",
            "117",
            "2013",
            "20135",
            "12345",
            "123456",
            " ",
            " ",
            " ",
            "May",
            "June",
            "may",
            "(",
            ")",
            " (2005)",
            ".",
            "\t",
            "\u{a0}",
            "é",
            "_",
            "s",
            "17 May 2013",
            "1 June 2005",
            "at its 5261st meeting, ",
            ",",
        ];
        let mut found = [0usize; 5];
        for text in crate::syntax::random_texts(23, 200_000, &leads, &pieces, 6) {
            for (count, hit) in found.iter_mut().zip(check(&text)) {
                *count += usize::from(hit);
            }
        }
        assert!(found.iter().all(|&n| n > 500), "{found:?}");
    }

    #[test]
    fn artefacts_at_start_are_what_the_pattern_matched() {
        let old = re(&format!(r"^(?:{})$", old_artefact_at_start()));
        let pieces = [
            "[DU",
            "[DU12]",
            "]",
            "<<ODS ",
            "<<ODS JOB NO>>",
            "---",
            "–",
            "—",
            "_",
            "=",
            "*",
            "•",
            "·",
            ".",
            "*12345*",
            "*1249444*",
            "*12*",
            "12",
            "1",
            "2013",
            "12345",
            "-",
            " - ",
            "/",
            "12-49444",
            "12-4944",
            "(E)",
            "(",
            ")",
            " (E)",
            "GE.",
            "GE.12-",
            "GE.1",
            "A/",
            "S/",
            "E/",
            "RES/",
            "HRC/",
            "ES-",
            "S-",
            "A/RES/67/264",
            "A/HRC/RES/54/18",
            "S/RES/2719 (2023)",
            "A/RES/ES-10/15",
            " (2023)",
            " (20234)",
            "67",
            "/264",
            "R",
            "Role",
            " Role",
            "A",
            "B",
            "United Nations",
            "Please recycle",
            "16 August 2013",
            "1 May 2013",
            "117 May 2013",
            "August",
            " ",
            "  ",
            "\t",
            "\u{a0}",
            "\n",
            "Sixty-seventh session",
            "Tenth",
            " emergency special session",
            " special session",
            " session",
            "-seventh",
            "x",
            "é",
            "中",
            "٣",
            "_a",
            "a.b",
        ];
        let leads = [
            "",
            "",
            "[DU",
            "<<ODS ",
            "*",
            "-",
            "12",
            "1",
            "GE.",
            "A/",
            "S/RES/",
            "A/HRC/RES/",
            "United Nations",
            "Please recycle",
            "16 August 2013",
            "12-49444",
        ];
        let mut matched = 0;
        for text in crate::syntax::random_texts(24, 300_000, &leads, &pieces, 5) {
            let want = old.is_match(&text);
            assert_eq!(artefact_at_start(&text), want, "{text:?}");
            matched += usize::from(want);
        }
        assert!(matched > 20_000, "{matched}");
    }

    /// The alternatives of [`ARTEFACT_AT_START`] that match at the start of a line.
    /// Besides the document system's marks and page numbers, the header and
    /// trailer of an ODS export, glued together as PDF text comes out:
    /// `12-49444`, `*1249444*Please recycle`, `16 August 2013Sixty-seventh
    /// session`, and running heads, the symbol with the title
    /// (`A/RES/67/264Role of the Assembly …`).
    fn old_artefact_at_start() -> String {
        format!(
            r"\[DU\d+\]|<<ODS .*|[-–—_=*•·.]{{3,}}|\*\d+\*|\*\d{{5,}}\*.*|\d{{1,4}}|\d{{1,4}}/\d{{1,4}}|-\s*\d{{1,4}}\s*-|\d{{2}}-\d{{5}}(?:\s*\([A-Z]\).*)?|GE\.\d{{2}}-\d+.*|[ASE]/(?:RES/)?[\w./()-]+(?: \(\d{{4}}\))?|(?:A|S|E)/HRC/[\w./-]+|{RUNNING_HEAD}\s*[A-Z][^\t]*|United Nations\s*[ASE]/.*|Please recycle.*|\d{{1,2}} {MONTH} \d{{4}}(?:[A-Z].*|\s+[A-Z][a-z]+(?:-[a-z]+)? (?:special |emergency special )?session)"
        )
    }

    #[test]
    fn organ_line_reads_what_its_pattern_reads() {
        let pattern = re(
            r"^The (General Assembly|Security Council|Human Rights Council|Economic and Social Council|[A-Z][^,.;:]{2,80}?)(,?)\s*$",
        );
        let expected = |text: &str| {
            pattern
                .captures(text)
                .map(|c| (c.get(1).unwrap().as_str().to_owned(), !c[2].is_empty()))
        };
        let organ_line = |text: &str| organ_line(text).map(|(n, c)| (n.to_owned(), c));
        let written = [
            "The General Assembly,",
            "The General Assembly",
            "The General Assembly ,",
            "The General Assembly,,",
            "The Security Council,\u{a0} ",
            "The Conference of the Parties,",
            "The Ab",
            "The Ab ",
            "The Ab,",
            "The Abc,",
            "The A  ",
            "The A, ",
            "The Foo ,",
            "The Council of Europe; and",
            "The ",
            "The",
        ];
        for text in written {
            assert_eq!(organ_line(text), expected(text), "{text:?}");
        }
        let pieces = [
            "General Assembly",
            "Security Council",
            "Human Rights Council",
            "Economic and Social Council",
            "Conference of the Parties",
            "Assembly",
            "Council",
            "A",
            "B",
            "x",
            "é",
            "中",
            "\u{a0}",
            "\t",
            "\n",
            " ",
            " ",
            ",",
            ",",
            ".",
            ";",
            ":",
            "abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmn",
            "ééééééééééééééééééééééééé",
        ];
        let mut rng = fastrand::Rng::with_seed(21);
        let mut matched = 0;
        for _ in 0..100_000 {
            let mut text =
                String::from(["The ", "The", "the ", ""][rng.usize(..4).min(rng.usize(..4))]);
            for _ in 0..rng.usize(0..6) {
                text.push_str(pieces[rng.usize(..pieces.len())]);
            }
            let want = expected(&text);
            assert_eq!(organ_line(&text), want, "{text:?}");
            matched += usize::from(want.is_some());
        }
        assert!(matched > 5_000, "{matched}");
    }

    #[test]
    fn looks_anywhere_finds_the_three_marks() {
        let pieces = [
            "<<ODS ", "<<ODS", "<", ":", "Distr.: ", "Distr.:", "istr.: ", "/RES/", "/RES", "RES/",
            " ", "x",
        ];
        let mut rng = fastrand::Rng::with_seed(19);
        for _ in 0..20_000 {
            let text: String = (0..rng.usize(0..6))
                .map(|_| pieces[rng.usize(..pieces.len())])
                .collect();
            let want = ["<<ODS ", "Distr.: ", "/RES/"]
                .iter()
                .any(|m| text.contains(m));
            assert_eq!(looks_anywhere(&text), want, "{text:?}");
        }
    }

    #[test]
    fn no_artefact_opens_where_its_first_character_cannot() {
        // Every first character, before the rest of a line of each
        // alternative: where the pattern matches, the test lets it run.
        let tails = [
            "",
            "1",
            "234",
            "2345",
            "23456",
            "1.",
            "DU12]",
            "<ODS X",
            "--",
            "12*",
            "1234567*x",
            "1/2",
            " 12 -",
            "2-12345",
            "E.12-345",
            "/RES/70/1",
            "/HRC/54/1",
            "/RES/70/1 Title",
            "nited Nations A/1",
            "lease recycle",
            " May 2013Sixty",
            "3 May 2013 Sixty-eighth session",
        ];
        let firsts = (0..0x3100).chain(0xff00..0xff70).filter_map(char::from_u32);
        for c in firsts {
            for tail in tails {
                let text = format!("{c}{tail}");
                if artefact_at_start(&text) {
                    assert!(may_open_artefact(&text), "{text:?}");
                }
            }
        }
        assert!(!may_open_artefact("Recalling its resolution 70/1,"));
        assert!(!may_open_artefact("回顾其第70/1号决议，"));
        assert!(!may_open_artefact(
            "1.\tDecides to remain seized of the matter."
        ));
        assert!(!may_open_artefact("Stresses the need"));
        for line in [
            "12",
            "12-49444",
            "A/RES/67/264",
            "16 August 2013",
            "GE.13-1",
            "1/2",
        ] {
            assert!(may_open_artefact(line), "{line:?}");
        }
    }

    fn kind(text: &str) -> LineKind {
        parse_line(text).kind
    }

    /// A 10 MB document has about 38,000 line summaries, most of them with
    /// no opening, marker, citation, reference, former name, bracket or inner
    /// label: those are kept out of line (exact-size slices, boxes), so that
    /// an empty one costs a pointer or two; the lists, the negotiation
    /// label and the inner label share one box, absent on four lines in
    /// five. The summary was 368 bytes, then 200, 112, 88, 72 (issue 19):
    /// at 72 its `Arc` (16 bytes more) takes a 96-byte block of glibc's
    /// malloc, at 73 to 88 a 112-byte one, at 89 to 104 a 128-byte one. To
    /// reach 72 the kind lost 8 bytes (a subparagraph's letters behind one
    /// pointer, a Security Council header's date boxed), the tail its
    /// `Option` tag and the cues theirs. A field that makes it grow again
    /// belongs in a box.
    #[test]
    fn line_summary_stays_small() {
        use std::mem::size_of;
        assert_eq!(size_of::<Cues>(), 3);
        assert_eq!(size_of::<Letters>(), 8);
        assert_eq!(size_of::<LineKind>(), 24);
        assert!(
            size_of::<LineSyntax>() <= SUMMARY_BYTES,
            "LineSyntax is {} bytes, more than {SUMMARY_BYTES}",
            size_of::<LineSyntax>()
        );
    }
    const SUMMARY_BYTES: usize = 72;

    /// The tail and the cues' named paragraph read back as they were set,
    /// none included.
    #[test]
    fn tail_and_named_paragraph_without_their_tags() {
        let mut line = parse_line("\tAmend paragraph 8 to read:");
        assert_eq!(line.cues.names(), Some(8));
        assert_eq!(line.tail(), Some(Span::new(26, 27)));
        line.set_tail(None);
        line.cues.set_names(None);
        assert_eq!((line.tail(), line.cues.names()), (None, None));
        line.set_tail(Some(Span::new(0, 0)));
        line.cues.set_names(Some(0));
        assert_eq!(line.tail(), Some(Span::new(0, 0)));
        assert_eq!(line.cues.names(), Some(0));
        assert_eq!(Cues::default().names(), None);
        assert_eq!(parse_line("").tail(), None);
        assert!(format!("{line:?}").contains("names: Some(0)"));
    }

    #[test]
    fn header_lines() {
        assert_eq!(
            kind("Resolution adopted by the General Assembly on 21 November 2023"),
            LineKind::AdoptionLine {
                organ: Organ::GeneralAssembly,
                date: Some(Date::new(2023, 11, 21))
            }
        );
        assert_eq!(
            kind("Resolution 2505 (2020)"),
            LineKind::ScHeader {
                number: 2505,
                year: 2020,
                date: None,
            }
        );
        assert_eq!(
            kind("Resolution 660 (1990) of 2 August 1990"),
            LineKind::ScHeader {
                number: 660,
                year: 1990,
                date: Some(Box::new(Date::new(1990, 8, 2))),
            }
        );
        assert_eq!(
            kind("83 (1950). Resolution of 27 June 1950 [S/1511]"),
            LineKind::ScHeader {
                number: 83,
                year: 1950,
                date: Some(Box::new(Date::new(1950, 6, 27))),
            }
        );
        assert_eq!(
            kind("Adopted by the Security Council at its 8701st meeting, on 13 January 2020"),
            LineKind::ScAdoption {
                date: Some(Date::new(2020, 1, 13))
            }
        );
        assert_eq!(
            kind("[without reference to a Main Committee (A/78/L.9)]"),
            LineKind::Proponent
        );
        assert_eq!(
            kind("78/10.\tBuilding a peaceful world"),
            LineKind::Title {
                symbol: Span::new(0, 5),
                own: Some((SessionRef::Regular(78), 10)),
            }
        );
        assert_eq!(
            kind("ES-11/1.\tAggression against Ukraine"),
            LineKind::Title {
                symbol: Span::new(0, 7),
                own: Some((SessionRef::Emergency(11), 1)),
            }
        );
        assert_eq!(
            kind("\tThe General Assembly,"),
            LineKind::OrganLine {
                organ: Organ::GeneralAssembly
            }
        );
        assert_eq!(
            kind("\tThe General Assembly"),
            LineKind::OrganLine {
                organ: Organ::GeneralAssembly
            }
        );
        assert_eq!(kind("38th plenary meeting"), LineKind::Meeting);
        assert_eq!(kind("8701st meeting"), LineKind::Meeting);
        assert_eq!(
            kind("21 November 2023"),
            LineKind::DateLine {
                date: Some(Date::new(2023, 11, 21))
            }
        );
    }

    #[test]
    fn artefacts() {
        for text in [
            "[DU1]",
            "<<ODS JOB NO>>N1249444E<<ODS JOB NO>>",
            "<<ODS DOC SYMBOL1>>A/RES/67/264<<ODS DOC SYMBOL1>>",
            "------------------",
            "2/5",
            "12-34567 (E)    230513",
            "A/RES/67/264",
            "S/RES/2505 (2020)",
            "13",
            // The header and trailer of an ODS export, glued as PDF text
            // comes out, and running heads.
            "United NationsA/RES/67/264General AssemblyDistr.: General",
            "16 August 2013Sixty-seventh session",
            "12-49444",
            "*1249444*Please recycle",
            "A/RES/67/264Role of the General Assembly in development",
            "A/RES/67/264 Role of the General Assembly in development",
            "Role of the General Assembly in developmentA/RES/67/264",
            "S/RES/2719 (2023)Cooperation with the African Union",
        ] {
            assert_eq!(kind(text), LineKind::Artefact, "{text:?}");
        }
    }

    #[test]
    fn paragraphs() {
        let line = parse_line("\t1.\tUrges Member States to observe the Truce;");
        assert!(matches!(
            line.kind,
            LineKind::Numbered {
                number: 1,
                suffix: None,
                ..
            }
        ));
        assert_eq!(line.body.start, 4);
        assert_eq!(line.last_char, Some(';'));
        let line = parse_line("\t3 bis.\tAlso urges;");
        assert!(matches!(
            line.kind,
            LineKind::Numbered {
                number: 3,
                suffix: Some(NumberSuffix::Bis),
                ..
            }
        ));
        let line = parse_line("\t\t(ii)\tto monitor;");
        assert!(matches!(&line.kind, LineKind::Sub { letters, .. } if &**letters == "ii"));
        let line = parse_line("\tWelcomes the report of the Secretary-General;3");
        assert_eq!(line.kind, LineKind::Paragraph);
        assert_eq!(line.last_char, Some(';'));
        assert_eq!(line.markers().len(), 1);
        assert_eq!(
            kind("1 Resolution 60/1."),
            LineKind::FootnoteText {
                number: 1,
                label: Span::new(0, 1)
            }
        );
        assert_eq!(kind("\tAnnex I"), LineKind::Heading { annex: true });
        assert_eq!(kind("Designation Annex"), LineKind::Heading { annex: true });
        assert_eq!(
            kind("ANNEX 1 - The Comprehensive Plan"),
            LineKind::Heading { annex: true }
        );
        assert_eq!(
            kind("Travel Ban Annex of the Committee"),
            LineKind::Heading { annex: false }
        );
        // Not artefacts: a closing date, a footnote citing a symbol.
        assert!(matches!(
            kind("12 December 2013"),
            LineKind::DateLine { .. }
        ));
        assert!(matches!(
            kind("3 See A/RES/67/264 of 17 May 2013."),
            LineKind::FootnoteText { .. }
        ));
        // Paragraph numbers of four digits; a mark of direction after the
        // label.
        assert!(matches!(
            parse_line("\t1000.\tDecides;").kind,
            LineKind::Numbered { number: 1000, .. }
        ));
        let line = parse_line("\t6.\u{200e} Reaffirms its decision;");
        assert!(matches!(line.kind, LineKind::Numbered { number: 6, label, .. } if label.end == 3));
        // `v)` with its opening bracket forgotten, `(b) bis`.
        assert!(
            matches!(&parse_line("\t(iv)\tx;").kind, LineKind::Sub { letters, .. } if &**letters == "iv")
        );
        assert!(
            matches!(&parse_line("\tv)\tTo foster;").kind, LineKind::Sub { letters, .. } if &**letters == "v")
        );
        assert!(matches!(
            &parse_line("\t(b) bis\tto review;").kind,
            LineKind::Sub { letters, suffix: Some(NumberSuffix::Bis), label } if &**letters == "b" && label.end == 8
        ));
        assert_eq!(
            kind("\tI.\tGeneral provisions"),
            LineKind::Heading { annex: false }
        );
        assert_eq!(kind("\tTravel Ban"), LineKind::Heading { annex: false });
        assert_eq!(kind("\tAction\tTitle of post\tCategory"), LineKind::Table);
        assert_eq!(kind("   "), LineKind::Blank);
        // An ellipsis is one last character: a fix replaces it whole.
        let text = "\tTaking note of the report...";
        let line = parse_line(text);
        assert_eq!(line.last_char, Some('.'));
        assert_eq!(line.tail(), Some(Span::new(26, 29)));
        let document = crate::Document::new(&format!(
            "\tThe General Assembly,\n{text}\n\t1.\tDecides to act.\n"
        ));
        let fixes: Vec<String> = document
            .diagnostics()
            .iter()
            .flat_map(|d| d.fixes().into_owned())
            .map(|f| crate::diagnostic::apply_edits(&document.text(), &f.edits))
            .collect();
        assert!(!fixes.is_empty());
        for fixed in fixes {
            assert!(!fixed.contains("report..,"), "{fixed}");
        }
        // A paragraph in brackets is a paragraph, its number inside or not,
        // and its punctuation is read inside the brackets.
        let line = parse_line("[2.\tRequests a report;]");
        assert!(matches!(
            line.kind,
            LineKind::Numbered { number: 2, label, .. } if label == Span::new(1, 3)
        ));
        assert_eq!((line.last_char, line.brackets().len()), (Some(';'), 2));
        let line = parse_line("\t2.\t[Requests a report]");
        assert_eq!(line.last_char, Some('t'));
        assert_eq!(line.tail(), Some(Span::new(21, 22)));
        let line = parse_line("\t[Recalling its resolution 77/1,]");
        assert_eq!(
            (line.kind, line.last_char),
            (LineKind::Paragraph, Some(','))
        );
        assert_eq!(
            kind("[on the report of the Third Committee (A/78/463)]"),
            LineKind::Proponent
        );
        // A phrase in brackets at the end is not the paragraph's.
        assert_eq!(parse_line("\t3.\tDecides [to act]").last_char, Some(']'));
        // Quotation marks and invisible characters after the punctuation.
        assert_eq!(parse_line("\tNoting “the Consensus,”").last_char, Some(','));
        assert_eq!(
            parse_line("\tNoting the report,\u{200e}").last_char,
            Some(',')
        );
        // A superscript label glued to an emoji.
        assert!(matches!(
            kind("¹¹😀"),
            LineKind::FootnoteText { number: 11, .. }
        ));
    }
}
