//! Per-line syntax of resolution text.
//!
//! A resolution exported from the UN document system puts each paragraph on a
//! line of its own, so the line is the unit of parsing: [`line::parse_line`]
//! turns one line's text into a [`LineSyntax`], and it depends on nothing but
//! that text. An edit therefore re-parses only the lines it touches; the
//! document-level model ([`crate::model`]) is rebuilt from these small
//! summaries without looking at the text again.

pub mod bytes;
pub mod citation;
pub mod date;
pub mod footnote;
pub mod foreign;
pub mod line;
pub mod opening;
pub mod ordinal;
pub mod quiet;
pub mod reference;
pub mod structure;

pub use citation::{Citation, CitationId, CitationKind, Qualifier};
pub use footnote::{Marker, MarkerKind, Sureness};
pub use line::{
    parse_edited_line, parse_line, parse_line_in, parse_line_with, parse_lines_into, Bracket,
    DraftLabel, DraftPart, Edited, LineKind, LineSyntax, NumberSuffix, Pieces,
};
pub use opening::{FormerMention, Opening, OpeningForm, Repeat};
pub use reference::{ParagraphRef, RefScope};

/// The syntax of a document's lines, in order: a gap buffer, so that a
/// line typed or deleted moves the lines after it only as far as the last
/// edit ([`crate::gap`]).
pub type Lines = crate::gap::GapVec<std::sync::Arc<LineSyntax>>;

/// `lines` as [`Lines`], the gap's slots holding an empty line.
pub fn lines_from(lines: Vec<std::sync::Arc<LineSyntax>>) -> Lines {
    static EMPTY: std::sync::OnceLock<std::sync::Arc<LineSyntax>> = std::sync::OnceLock::new();
    let empty = EMPTY.get_or_init(|| std::sync::Arc::new(parse_line("")));
    crate::gap::GapVec::with_filler(lines, empty.clone())
}

/// A byte range inside one line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span {
            start: start as u32,
            end: end as u32,
        }
    }

    pub fn shift(self, by: usize) -> Span {
        Span {
            start: self.start + by as u32,
            end: self.end + by as u32,
        }
    }

    pub fn contains(&self, col: u32) -> bool {
        self.start <= col && col <= self.end
    }
}

/// The bodies whose resolutions the checker knows how to number and date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Organ {
    GeneralAssembly,
    SecurityCouncil,
    HumanRightsCouncil,
    EconomicAndSocialCouncil,
    /// Any other body (a commission, a conference, the States parties to a treaty).
    Other,
}

impl Organ {
    pub fn name(self) -> &'static str {
        match self {
            Organ::GeneralAssembly => "General Assembly",
            Organ::SecurityCouncil => "Security Council",
            Organ::HumanRightsCouncil => "Human Rights Council",
            Organ::EconomicAndSocialCouncil => "Economic and Social Council",
            Organ::Other => "another body",
        }
    }

    /// Recognizes an organ's full name.
    pub fn from_name(name: &str) -> Organ {
        match name {
            "General Assembly" => Organ::GeneralAssembly,
            "Security Council" => Organ::SecurityCouncil,
            "Human Rights Council" => Organ::HumanRightsCouncil,
            "Economic and Social Council" => Organ::EconomicAndSocialCouncil,
            _ => Organ::Other,
        }
    }
}

/// `count` random texts for comparing a reader written by hand with the
/// pattern it replaces: each one of `leads` followed by fewer than `most` of
/// `pieces`, from a generator seeded with `seed`.
#[cfg(test)]
pub(crate) fn random_texts<'a>(
    seed: u64,
    count: usize,
    leads: &'a [&'a str],
    pieces: &'a [&'a str],
    most: usize,
) -> impl Iterator<Item = String> + 'a {
    let mut rng = fastrand::Rng::with_seed(seed);
    (0..count).map(move |_| {
        let mut text = String::from(leads[rng.usize(..leads.len())]);
        for _ in 0..rng.usize(0..most) {
            text.push_str(pieces[rng.usize(..pieces.len())]);
        }
        text
    })
}

/// Asserts that `find` finds what `pattern` does (the leftmost match at or
/// after each start) at every start of 20,000 random texts made of
/// `pieces`: a reader written by hand in place of a pattern.
#[cfg(test)]
pub(crate) fn finds_as_the_pattern(
    pattern: &regex::Regex,
    find: fn(&str, usize) -> Option<(usize, usize)>,
    pieces: &[&str],
) {
    let mut rng = fastrand::Rng::with_seed(19);
    for _ in 0..20_000 {
        let text: String = (0..rng.usize(1..8))
            .map(|_| pieces[rng.usize(..pieces.len())])
            .collect();
        for from in (0..=text.len()).filter(|&i| text.is_char_boundary(i)) {
            let want = pattern.find_at(&text, from).map(|m| (m.start(), m.end()));
            assert_eq!(find(&text, from), want, "{text:?} from {from}");
        }
    }
}
