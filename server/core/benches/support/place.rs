//! Where the keystroke benchmarks type, chosen by one rule that is the same
//! in every language and at every size. Shared, by `#[path]`, by the
//! criterion benchmark (`benches/core.rs`) and the profiling driver
//! (`examples/profile.rs`), so that both measure the same edit.
//!
//! - [`quiet_place`]: a letter typed inside a run of letters of the script,
//!   with no digit, punctuation, footnote marker, citation, date, reference,
//!   organization name, bracket or opening near it: an edit that changes
//!   no reading of the line, only positions (the common keystroke).
//! - [`citation_place`]: a digit typed at the end of a citation's number
//!   (`67/264` becomes `67/2641`): an edit that changes a reading of the line.
//! - [`opening_place`], [`paragraph_end_place`], [`number_place`]: the
//!   keystrokes that change what the document-level rules read (a letter
//!   typed at the end of an operative paragraph's verb, a new line after a
//!   paragraph, a digit added to a paragraph's number).
//! - [`SharedPlaces`]: issue 17's keystrokes, in the same paragraphs of
//!   every language (one a paragraph, where it changes no reading, and
//!   spread over the same lines).
//! - [`same_line_near_middle`]: a larger document made of the same texts
//!   types into the same paragraph text, so that the 1 MB and 10 MB figures
//!   compare like with like.

#![allow(dead_code)]

use resolute_core::syntax::{CitationId, LineKind, LineSyntax, Span};
use resolute_core::Document;

/// How many texts of the parallel corpus the aligned keystrokes type in
/// ([`aligned_places`]).
pub const ALIGNED_TEXTS: usize = 5;

/// How many characters on each side of the place must be letters or spaces.
const CLEAR: usize = 10;

/// The spans of `line` whose text is read: an edit there may change a
/// reading.
fn read_spans(line: &LineSyntax) -> Vec<Span> {
    let mut spans = Vec::new();
    if let Some(opening) = &line.opening {
        spans.push(opening.span);
        spans.push(opening.head);
        spans.extend(opening.verb_after());
    }
    spans.extend(line.tail());
    for citation in line.citations() {
        spans.push(Span {
            start: citation.lead.min(citation.span.start),
            end: citation.span.end,
        });
        if let Some((_, span)) = citation.date {
            spans.push(span);
        }
        if let Some(title) = &citation.title {
            spans.push(title.span);
        }
    }
    spans.extend(line.markers().iter().map(|m| m.span));
    spans.extend(line.references().iter().map(|r| r.span));
    spans.extend(line.former_names().iter().map(|m| m.span));
    spans.extend(line.draft().map(|d| d.span));
    spans.extend(line.brackets().iter().map(|b| Span {
        start: b.col,
        end: b.col + 1,
    }));
    spans
}

/// The first place, on a line at or after `from`, where a letter typed
/// changes no reading ([`quiet_place_in`]). As (line, char index in the
/// line).
pub fn quiet_place(document: &Document, from: usize) -> Option<(usize, usize)> {
    (from..document.lines().len())
        .find_map(|index| quiet_place_in(document, index).map(|at| (index, at)))
}

/// Where a letter typed on line `index` changes no reading: in a preambular
/// or operative paragraph of more than 80 characters, at least 40 characters
/// in, with [`CLEAR`] letters or spaces of the script on each side and no
/// read span ([`read_spans`]) among them. As a char index in the line.
pub fn quiet_place_in(document: &Document, index: usize) -> Option<usize> {
    let chars = document.line_text(index as u32).chars().count();
    (chars > 80)
        .then(|| quiet_place_from(document, index, 40, CLEAR))
        .flatten()
}

/// The first place on line `index`, a paragraph, at or after char `from`,
/// with `clear` letters or spaces of the script on each side and no read
/// span ([`read_spans`]) among them.
fn quiet_place_from(document: &Document, index: usize, from: usize, clear: usize) -> Option<usize> {
    let line = &document.lines()[index];
    if line.kind != LineKind::Paragraph {
        return None;
    }
    let text = document.line_text(index as u32);
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let spans = read_spans(line);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    (from.max(clear)..chars.len().saturating_sub(clear)).find(|&at| {
        let window = at - clear..at + clear;
        let (start, end) = (byte(window.start) as u32, byte(window.end) as u32);
        chars[window]
            .iter()
            .all(|&(_, c)| c == ' ' || c.is_alphabetic())
            && chars[at - 1].1 != ' '
            && chars[at].1 != ' '
            && !spans.iter().any(|s| s.start < end && start < s.end)
    })
}

/// How many characters on each side of an aligned keystroke must be letters
/// or spaces: few enough that a Chinese clause between two marks has such
/// a place as an English one does.
const ALIGNED_CLEAR: usize = 3;

/// A place to type in every paragraph among the first `lines` lines: the
/// first, from the middle of the line on, with [`ALIGNED_CLEAR`] letters or
/// spaces of the script on each side and no read span among them. Nearly
/// every paragraph has one, so that the same paragraphs are typed into in
/// every language when those lines are the same texts' versions (the
/// keystroke of issue 17, compared paragraph for paragraph). With so few
/// characters clear, a letter typed there may still change a reading: words
/// outside every read span decide some (`section` and `its` before a
/// citation: 9 of English's 90 places, 3 of Arabic's 96, 4 of Russian's 86;
/// docs/PERFORMANCE.md, session 31). As char indices into the document
/// (where the benchmark, the profile example and the one command type).
pub fn aligned_places(document: &Document, lines: usize) -> Vec<usize> {
    aligned_places_on(document, 0..lines.min(document.lines().len()))
}

/// [`aligned_places`] on the lines `lines` (those without a place left
/// out).
pub fn aligned_places_on(
    document: &Document,
    lines: impl IntoIterator<Item = usize>,
) -> Vec<usize> {
    lines
        .into_iter()
        .filter_map(|index| {
            aligned_place(document, index).map(|at| char_index(document, (index, at)))
        })
        .collect()
}

/// The char of line `index` (from its start) where [`aligned_places`]
/// types, if it has one.
fn aligned_place(document: &Document, index: usize) -> Option<usize> {
    let middle = document.line_text(index as u32).chars().count() / 2;
    quiet_place_from(document, index, middle, ALIGNED_CLEAR)
}

/// Into how many parts [`SharedPlaces::spread`] divides a line (a place
/// at each division but the ends).
pub const SPREAD: usize = 8;

/// Issue 17's places: the same paragraphs in every language, over every
/// text of the parallel corpus that each language's 1 MB document holds
/// whole and that all six versions write on as many lines (55 of the 60:
/// a few versions split or join a paragraph): the versions of such a text
/// have their paragraphs on the same lines of it. Of those lines, the
/// ones where every language has a place ([`aligned_places`]), so that a
/// paragraph one language leaves out (a place may not be found where
/// citations crowd a line in one version) is typed in none. Until session
/// 44 the places were those of the first [`ALIGNED_TEXTS`] texts alone,
/// which every change was measured on: other texts cost otherwise
/// (docs/PERFORMANCE.md, session 44).
pub struct SharedPlaces {
    /// The shared lines: (text, line within it).
    lines: Vec<(usize, usize)>,
    /// Each language's line where each text starts in its 1 MB document,
    /// by language code.
    starts: Vec<(&'static str, Vec<usize>)>,
}

impl SharedPlaces {
    /// Reads the 1 MB documents of the parallel corpus in each language
    /// (those the benchmarks type in) to find the shared lines.
    pub fn new(corpus: &std::path::Path) -> SharedPlaces {
        use resolute_core::catalog::Catalog;
        use resolute_core::data::languages::Language;
        let texts = crate::corpus::parallel_symbols(corpus).len();
        let mut shared = SharedPlaces {
            lines: Vec::new(),
            starts: Vec::new(),
        };
        let mut documents = Vec::new();
        let mut counts: Vec<Vec<usize>> = Vec::new();
        let mut held = texts;
        for language in Language::ALL {
            let code = language.code();
            let text = crate::corpus::concatenated_parallel(corpus, code, 1 << 20);
            let document = Document::with_language(&text, Catalog::builtin(), Some(language));
            let count = crate::corpus::parallel_line_counts(corpus, code, texts);
            // (The texts the document holds whole: a 1 MB document holds
            // fewer of the longer versions.)
            let mut start = 0;
            let mut starts = Vec::with_capacity(texts);
            for &lines in &count {
                starts.push(start);
                start += lines;
            }
            let whole = starts
                .iter()
                .zip(&count)
                .take_while(|&(&start, &lines)| start + lines <= document.lines().len())
                .count();
            held = held.min(whole);
            shared.starts.push((code, starts));
            counts.push(count);
            documents.push(document);
        }
        for text in 0..held {
            let lines = counts[0][text];
            if counts.iter().any(|count| count[text] != lines) {
                continue;
            }
            for line in 0..lines {
                let every = documents
                    .iter()
                    .zip(&shared.starts)
                    .all(|(document, (_, starts))| {
                        aligned_place(document, starts[text] + line).is_some()
                    });
                if every {
                    shared.lines.push((text, line));
                }
            }
        }
        shared
    }

    /// Where to type in `document`, the 1 MB document of the parallel
    /// corpus in the language of code `code`.
    pub fn places(&self, _corpus: &std::path::Path, document: &Document, code: &str) -> Vec<usize> {
        let starts = &self
            .starts
            .iter()
            .find(|(c, _)| *c == code)
            .expect("a language of the parallel corpus")
            .1;
        aligned_places_on(
            document,
            self.lines.iter().map(|&(text, line)| starts[text] + line),
        )
    }

    /// How many texts the places are in.
    pub fn texts(&self) -> usize {
        let mut texts: Vec<usize> = self.lines.iter().map(|&(text, _)| text).collect();
        texts.dedup();
        texts.len()
    }

    /// Keystrokes spread over whole lines, as a drafter's are: in each
    /// line [`SharedPlaces::places`] types in, at each [`SPREAD`]th of
    /// the line's characters, the first place from there with a letter
    /// on each side. The same fractions of the same paragraphs in every
    /// language: a keystroke in a citation, a date or a name as often as
    /// the paragraphs hold them, where [`SharedPlaces::places`] types
    /// where the letter changes no reading. As char indices into the
    /// document, line after line.
    pub fn spread(&self, corpus: &std::path::Path, document: &Document, code: &str) -> Vec<usize> {
        let rope = document.rope();
        let mut places = Vec::new();
        for at in self.places(corpus, document, code) {
            let line = rope.char_to_line(at);
            let start = rope.line_to_char(line);
            let chars: Vec<char> = document.line_text(line as u32).chars().collect();
            let letters = |at: usize| chars[at - 1].is_alphabetic() && chars[at].is_alphabetic();
            for k in 1..SPREAD {
                let from = (k * chars.len() / SPREAD).max(1);
                if let Some(at) = (from..chars.len()).find(|&at| letters(at)) {
                    places.push(start + at);
                }
            }
        }
        places.dedup();
        places
    }
}

/// Every [`SWEEP_STRIDE`]th character of the paragraphs, numbered or not,
/// among the first `lines` lines, where a letter is on each side: places
/// spread over whole lines as a drafter's keystrokes are (issue 17's
/// paragraphs typed into at every part of them, not at one place each),
/// where [`aligned_places`] takes one place a line, past its middle. As
/// char indices into the document.
pub fn sweep_places(document: &Document, lines: usize) -> Vec<usize> {
    use resolute_core::syntax::LineKind;
    let mut places = Vec::new();
    for index in 0..lines.min(document.lines().len()) {
        if !matches!(
            document.lines()[index].kind,
            LineKind::Paragraph | LineKind::Numbered { .. }
        ) {
            continue;
        }
        let chars: Vec<char> = document.line_text(index as u32).chars().collect();
        let start = document.rope().line_to_char(index);
        places.extend(
            (1..chars.len().saturating_sub(1))
                .step_by(SWEEP_STRIDE)
                .filter(|&at| chars[at - 1].is_alphabetic() && chars[at].is_alphabetic())
                .map(|at| start + at),
        );
    }
    places
}

/// How many characters apart [`sweep_places`] types.
const SWEEP_STRIDE: usize = 37;

/// The first place, on a line at or after `from`, at the end of the number
/// of a citation written with a slash (`67/264`, `第67/264号决议`): typing a
/// digit there changes the citation. As (line, char index in the line).
pub fn citation_place(document: &Document, from: usize) -> Option<(usize, usize)> {
    let lines = document.lines();
    (from..lines.len()).find_map(|index| {
        let citation = lines[index]
            .citations()
            .iter()
            .find(|c| matches!(c.id, CitationId::Slash { .. }) && c.letters.is_none())?;
        let text = document.line_text(index as u32);
        let number = &text[citation.span.start as usize..citation.span.end as usize];
        let last_digit = number.rfind(|c: char| c.is_ascii_digit())?;
        let end = citation.span.start as usize + last_digit + 1;
        Some((index, text[..end].chars().count()))
    })
}

/// The first numbered paragraph at or after line `from` that opens with a
/// verb and holds more than 80 characters, as (line, char index in the
/// line).
fn numbered_paragraph(document: &Document, from: usize) -> Option<usize> {
    (from..document.lines().len()).find(|&index| {
        let line = &document.lines()[index];
        matches!(line.kind, LineKind::Numbered { .. })
            && line.opening.is_some()
            && document.line_text(index as u32).chars().count() > 80
    })
}

/// The char index in line `index` of the byte `byte`.
fn char_at(document: &Document, index: usize, byte: u32) -> usize {
    let text = document.line_text(index as u32);
    text[..(byte as usize).min(text.len())].chars().count()
}

/// The end of the verb that opens the first numbered paragraph at or after
/// line `from` (`Requests|`): a letter typed there changes the paragraph's
/// opening, which the document-level rules compare with the paragraphs'
/// around it.
pub fn opening_place(document: &Document, from: usize) -> Option<(usize, usize)> {
    let index = numbered_paragraph(document, from)?;
    let head = document.lines()[index].opening.as_ref()?.head;
    Some((index, char_at(document, index, head.end)))
}

/// The end of the first numbered paragraph at or after line `from`: a new
/// line typed there adds a line to the document.
pub fn paragraph_end_place(document: &Document, from: usize) -> Option<(usize, usize)> {
    let index = numbered_paragraph(document, from)?;
    Some((index, document.line_text(index as u32).chars().count()))
}

/// The end of the digits of the number of the first numbered paragraph at
/// or after line `from` (`14|.`): a digit typed there renumbers it.
pub fn number_place(document: &Document, from: usize) -> Option<(usize, usize)> {
    let index = numbered_paragraph(document, from)?;
    let LineKind::Numbered { label, .. } = document.lines()[index].kind else {
        return None;
    };
    let text = document.line_text(index as u32);
    let digits = text.get(label.start as usize..label.end as usize)?;
    let end = label.start as usize + digits.find(|c: char| !c.is_ascii_digit())?;
    Some((index, char_at(document, index, end as u32)))
}

/// The line whose text is `text` nearest the middle of `document`: where a
/// larger document made of the same texts types into the same paragraph.
pub fn same_line_near_middle(document: &Document, text: &str) -> Option<usize> {
    let middle = document.lines().len() / 2;
    (0..document.lines().len())
        .filter(|&i| document.line_text(i as u32) == text)
        .min_by_key(|&i| i.abs_diff(middle))
}

/// The char index in `document` of `place` (line, char in line).
pub fn char_index(document: &Document, (line, column): (usize, usize)) -> usize {
    document.rope().line_to_char(line) + column
}

/// The place of `find` in the document of the first `lines` lines a larger
/// `document` begins with (the 1 MB document of the same texts), moved to
/// the copy of its line nearest the middle of `document`; in `document`
/// itself when `lines` is its own line count.
pub fn place_like_1mb(
    document: &Document,
    lines: usize,
    find: fn(&Document, usize) -> Option<(usize, usize)>,
) -> Option<(usize, usize)> {
    let (line, column) = find(document, lines / 2)?;
    if lines == document.lines().len() {
        return Some((line, column));
    }
    let text = document.line_text(line as u32).into_owned();
    Some((same_line_near_middle(document, &text)?, column))
}

/// The number of lines of `text`, split as the document splits it.
pub fn line_count(text: &str) -> usize {
    ropey::Rope::from_str(text).len_lines()
}
