//! A keystroke that changes no reading of its line: one letter typed or
//! deleted inside a word that no reader of the line looks at. Its line is
//! not read again; the reading it had is moved with the text
//! ([`LineSyntax::moved`]), as an incremental parser keeps the tree of
//! what an edit inside a token leaves alone.
//!
//! Words outside every span of a reading still decide it (a body named
//! before a citation, `its`, `section`, the word a footnote marker is
//! glued to, `paragraph` before `(b) above`, the words of an organization's
//! former name), so the test is stated reader by reader, each from the
//! reach and vocabulary its code reads, and a line that holds what a reader
//! needs to find anything where the edit could reach (a digit, a square
//! bracket) is read again. No digit may be near the keystroke (for the
//! footnote markers and paragraph references: four words before it and
//! one after; in Chinese, the clause), but those of a footnote marker
//! glued in brackets (`العام(3)`) where no other reader reads a number
//! from a bracket. A line that cites is quiet where
//! each citation's readers do not reach the keystroke: in English, off the
//! list and the words read before its citation word and after it, off a
//! title, and off the bodies its clause names where it says `its` or names
//! none ([`english_citations_stay`]); in French, Spanish, Arabic and
//! Russian, where no citation word, organ or organization name reaches it
//! and it edits no word for `its`, and, where a digit stands within 240
//! bytes (as far as a citation word, its organ and its number are read
//! together), where the numbers' readers do not reach it either
//! (`foreign::keystroke_quiet_for_citations`).
//! docs/quiet-keystroke/ gives the audit of each reader's reach the
//! conditions come from. The debug build reads every line it
//! passes and asserts the reading is the one it moved
//! ([`crate::Document`]'s edit), and a test types and deletes letters
//! through the parallel corpus (`tests/languages.rs`).

use super::bytes::is_alphabetic;
use super::line::{LineKind, LineSyntax};
use super::opening::OpeningForm;
use crate::data::languages::{Language, LanguageData};

/// One keystroke within a line, as the document applies it.
#[derive(Debug, Clone, Copy)]
pub struct Keystroke<'a> {
    /// The line after the keystroke, without its line break.
    pub text: &'a str,
    /// Where in `text` (in bytes) the keystroke typed or deleted.
    pub at: usize,
    /// What it removed there (empty for a letter typed).
    pub removed: &'a str,
    /// What it wrote there (empty for a letter deleted).
    pub inserted: &'a str,
}

/// `before` (the line's reading before `keystroke`) moved with the text,
/// where the keystroke changes no reading of the line; `None` where the
/// line must be read again.
pub fn moved_if_quiet(
    before: &LineSyntax,
    keystroke: Keystroke<'_>,
    language: Language,
) -> Option<LineSyntax> {
    let Keystroke {
        text,
        at,
        removed,
        inserted,
    } = keystroke;
    moved_if_quiet_at(before, (text, at), (removed, inserted), language)
}

/// [`moved_if_quiet`] of the keystroke that removed `removed` and wrote
/// `inserted` in the line now `text`, at the byte `at` (a line read again
/// is given the same place, `Edited::unchanged`).
pub fn moved_if_quiet_at(
    before: &LineSyntax,
    (text, at): (&str, usize),
    (removed, inserted): (&str, &str),
    language: Language,
) -> Option<LineSyntax> {
    let data = super::foreign::parsed_with(language);
    // One letter, typed or deleted, that reads as itself (no capital: the
    // names of organizations start with one; in another language than
    // English, no character the language's normalization writes otherwise,
    // such as Arabic vowel marks).
    let letter = match (single(removed), single(inserted)) {
        (Some(c), None) if inserted.is_empty() => c,
        (None, Some(c)) if removed.is_empty() => c,
        _ => return None,
    };
    let plain =
        |c: char| is_alphabetic(c) && !c.is_uppercase() && data.is_none_or(|d| d.writes_itself(c));
    let letters = |c: char| is_alphabetic(c) && data.is_none_or(|d| d.writes_itself(c));
    if !plain(letter) {
        return None;
    }
    if !may_be_quiet(before, removed, inserted) {
        return None;
    }
    // In another language, a line whose body holds no digit: none is
    // looked for near the keystroke. (A letter that may be a digit, `Ⅷ`,
    // is read again: the line moved would say what it no longer does.)
    let digitless = match data {
        Some(_) if crate::data::languages::may_be_digit(letter) => return None,
        Some(_) => before.digitless(),
        None => false,
    };
    let indent = before.indent as usize;
    let body_start = before.body.start as usize;
    let trimmed = text.trim_end();
    // (Until the keystroke's place is known to be in the body, past the
    // label and the indent the reading found, those may fall otherwise in
    // the new text: a place that is no character's start refuses it.)
    let (Some(line), Some(body)) = (trimmed.get(indent..), trimmed.get(body_start..)) else {
        return None;
    };
    if body.is_empty() {
        return None;
    }
    // The line's length on the same side of every bound its readers and
    // the model compare it with (200: a heading, a frame line; 80 and 200:
    // the model's lead-ins).
    let by = inserted.len() as i64 - removed.len() as i64;
    let old_line = (line.len() as i64 - by) as usize;
    let old_len = i64::from(before.len);
    let new_len = text.len() as i64;
    let sides = |a: i64, b: i64, bound: i64| (a < bound) == (b < bound);
    if !sides(old_line as i64, line.len() as i64, 200)
        || !sides(old_line as i64, line.len() as i64, 201)
        || !sides(old_len, new_len, 80)
        || !sides(old_len, new_len, 200)
    {
        return None;
    }
    // A line that may be an organ line in any language is read as one
    // where it is short: read again.
    if old_line.min(line.len()) <= 96 {
        let organ_language = (line.len() <= 96)
            .then(|| super::foreign::organ_language(line))
            .flatten();
        if organ_language != before.organ_language {
            return None;
        }
    }
    // A short line that may read as one of the language's frame lines (its
    // organ, adoption, meeting or date lines) for its length and digits:
    // read as the classifier reads it, last (where every other test lets
    // the keystroke pass), and read again where it is one.
    let frame = data.filter(|data| line.len() <= 200 && data.may_be_frame_line(line));
    if before.kind == LineKind::Paragraph {
        // Not a heading (a short line without an end mark), an adoption
        // line or an organ line.
        if line.len() <= 200 && !super::line::ends_with_sentence_punctuation(line) {
            return None;
        }
        if line.starts_with("Resolution ") || line.starts_with("The ") {
            return None;
        }
    }
    // The letters on both sides of the keystroke.
    let after_at = at + inserted.len();
    let (Some(left), Some(right)) = (
        text[..at].chars().next_back(),
        text.get(after_at..)?.chars().next(),
    ) else {
        return None;
    };
    if !(letters(left) && letters(right)) {
        return None;
    }
    if at <= body_start || after_at >= trimmed.len() {
        return None;
    }
    // The word, after the keystroke and before it.
    let word_start = text[..at]
        .char_indices()
        .rev()
        .take_while(|&(_, c)| is_alphabetic(c))
        .last()
        .map_or(at, |(i, _)| i);
    let word_end = after_at
        + text[after_at..]
            .char_indices()
            .find(|&(_, c)| !is_alphabetic(c))
            .map_or(text.len() - after_at, |(i, _)| i);
    let new_word = &text[word_start..word_end];
    // The export's artefacts: `Distr.:` and a symbol ending the line.
    if text[word_end..].starts_with(".:")
        || trimmed[at..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"/.()-".contains(&b))
    {
        return None;
    }
    if text[..word_start].ends_with('(') || text[word_end..].starts_with(')') {
        return None;
    }
    // The opening, read from the body's first words (and in English the
    // verb after a comma, anywhere), and the end of the line.
    let start = body_start + (body.len() - body.trim_start_matches(['[', ' ']).len());
    // Words are counted between ASCII spaces, at most as many as needed
    // (two words joined by another space count as one: fewer counted).
    // The words before the keystroke's and after it, that word's own
    // characters before and after the letters (`“word,`) left out.
    let bytes = text.as_bytes();
    let token_start = memchr::memrchr(b' ', &bytes[start..word_start]).map_or(start, |i| start + i);
    let token_end = memchr::memchr(b' ', &bytes[word_end..trimmed.len()])
        .map_or(trimmed.len(), |i| word_end + i);
    let tokens_after = words(&bytes[token_end..trimmed.len()], 2);
    let chars_after = trimmed[after_at..]
        .trim_end_matches(super::line::is_invisible)
        .chars()
        .take(8)
        .count();
    // In the last two tokens and the last eight characters, the line's end
    // is read (Q-TAIL in docs/quiet-keystroke/opening.md); of their
    // letters, only the English `and` or `or` after a semicolon, which the
    // end leaves out. In another language than English (where the opening
    // reads no such word either), a keystroke there is taken where its
    // word is longer than those, as it was and as it is (in Chinese, where
    // no space parts the words, the letters around it: its clause's).
    let at_end = chars_after < 8 || (language != Language::Chinese && tokens_after < 2);
    if at_end {
        let old_len = new_word.len() + removed.len() - inserted.len();
        if data.is_none() || new_word.len() <= 3 || old_len <= 3 {
            return None;
        }
    }
    // The English opening reads ten words, and the addressee of its verb
    // eight more (`Strongly … requests a b c d e f g h`), each word made of
    // letters, hyphens and apostrophes, up to the first other character
    // but a space or a square bracket; the frame lines' patterns read the
    // first five words (`Adopted by the Security Council`), of a line in
    // another language too where it opens with an ASCII letter. (No
    // English opening is read of a line in another language; in French,
    // Spanish, Arabic and Russian, the opening's own reach, told below, is
    // past those five words.)
    let english_words = data.is_none()
        || (language == Language::Chinese && line.starts_with(|c: char| c.is_ascii_alphabetic()));
    // (Only ASCII characters are looked at for a stop: fewer found.)
    let stops = || {
        bytes[start..word_start]
            .iter()
            .any(|&b| b.is_ascii() && !(b.is_ascii_alphabetic() || b"-' []".contains(&b)))
    };
    if english_words {
        // (Ten words where the opening found none, or one whose verb takes
        // no addressee: those are all an English opening reads.)
        let reach = match (data, &before.opening) {
            (None, None) => 10,
            (None, Some(opening)) if opening.addressee().is_none() => 10,
            _ => 18,
        };
        let count = words(&bytes[start..token_start], reach);
        if count < reach && !(count >= 6 && stops()) {
            return None;
        }
    }
    // No digit near the word: none for a footnote marker to be read from
    // (the word before a number, `Agenda 21`, and the one after it,
    // `17 August`, are read with it), for a paragraph reference (up to four
    // words before the number, `du paragraphe 5`) or a citation to start
    // (a citation word before its number, with its connectors and organ:
    // `resolution 67/264`, `قرار مجلس الأمن 1624`); in Chinese, none in the
    // clause, the unit its items are read in. Words are counted between
    // ASCII spaces (more text looked at). (In French, Spanish, Arabic and
    // Russian, the numbers a citation word leads, further away, are told
    // below.)
    let near = match language {
        // (The piece the Chinese reader reads it in: from the mark before
        // through its own, `Pieces`.)
        Language::Chinese => super::line::Pieces::split(text, body_start)
            .find(|&(_, end)| at < end)
            .unwrap_or((0, text.len())),
        _ => {
            // The start of the fourth word before the keystroke's, and the
            // end of the word after it (a run of spaces parts two words).
            let mut from = token_start;
            for _ in 0..4 {
                let mut end = from;
                while end > body_start && bytes[end - 1] == b' ' {
                    end -= 1;
                }
                from = memchr::memrchr(b' ', &bytes[body_start..end])
                    .map_or(body_start, |i| body_start + i);
            }
            let mut next = token_end;
            while next < trimmed.len() && bytes[next] == b' ' {
                next += 1;
            }
            let after = memchr::memchr(b' ', &bytes[next..trimmed.len()])
                .map_or(trimmed.len(), |i| next + i);
            (from, after)
        }
    };
    let near = super::foreign::floor_char_boundary(text, near.0.max(body_start))
        ..super::foreign::ceil_char_boundary(text, near.1.min(trimmed.len()));
    // A footnote marker or a paragraph reference read there (with no
    // digit, a superscript marker).
    let (low, high) = (near.start as u32, near.end as u32);
    let near_span = |span: super::Span| span.start < high && low < span.end;
    // The footnote markers glued in brackets (`الإنسان(2)`), in a language
    // that writes them so and reads no other number from a bracket: their
    // readers read the brackets and their neighbours, no letter
    // (docs/quiet-keystroke/markers.md, A.2 and A.3), and no reference,
    // citation or date is read from their digits
    // ([`LanguageData::brackets_markers_apart`]). Those near the keystroke
    // are moved as they were, and their digits looked past.
    // (Those within 240 bytes of the word, as far as the digits looked
    // for below.)
    let reach = word_start.saturating_sub(240)..word_end + 240;
    let apart = data.map_or(Vec::new(), |data| {
        bracketed_markers(data, before, (text, reach), (at, by))
    });
    let glued = |span: super::Span| apart.iter().any(|r| r.start + 1 == span.start as usize);
    if before
        .markers()
        .iter()
        .any(|m| near_span(m.span) && !glued(moved_span(m.span, at, by)))
        || before.references().iter().any(|r| near_span(r.span))
    {
        return None;
    }
    let no_digit = match data {
        _ if digitless => true,
        Some(data) => without_digit_but(data, text, near.clone(), &apart),
        None => !crate::data::languages::may_hold_digit(&text[near]),
    };
    let marks = memchr::memchr3(b'[', b']', b'<', trimmed.as_bytes()).is_some()
        && (trimmed.contains(['[', ']']) || trimmed.contains("<<"));
    if !no_digit || marks {
        return None;
    }
    let mut reread_opening = false;
    match data {
        None => {
            if let Some(opening) = &before.opening {
                if !matches!(opening.form, OpeningForm::Present | OpeningForm::Subject)
                    && reached_by_a_comma(&text[..word_start])
                {
                    return None;
                }
            }
        }
        Some(data) if language == Language::Chinese => {
            // Not in the first word a label is read from (to the first
            // ASCII space, normalized at most 16 bytes), nor after a
            // heading's numerals alone (classify.md). Within the
            // ideographs the opening may read (Q-ZH-OPEN in opening.md),
            // the opening is read again at the end, as in the other
            // languages; not where the keystroke is in its first word.
            if !data.normalizes_longer_than(&text[..at], 16)
                || text[start..at].chars().all(is_chinese_numeral)
            {
                return None;
            }
            let counted = text[start..at]
                .chars()
                .filter(|&c| c != '\u{200e}')
                .take(11)
                .count();
            reread_opening = counted < 11 || at < start + 26;
            if reread_opening
                && before
                    .opening
                    .as_ref()
                    .is_some_and(|o| at <= o.head.end as usize)
            {
                return None;
            }
        }
        Some(data) => {
            // Within the words the language's forms and adverbs may read,
            // the opening is read again at the end, where every other
            // reader has let the keystroke pass; not where the keystroke
            // is in the opening's first word, its verb (another word there
            // makes another opening or none), nor in the first words the
            // line's kind is read from, which the opening's reach also
            // held the keystroke past: a label, a section's heading or a
            // table's first cell are read from the first two tokens between
            // ASCII spaces and tabs, and the English frame lines' patterns,
            // of a line that opens with an ASCII character, from the first
            // five (docs/quiet-keystroke/classify.md).
            reread_opening = !foreign_opening_reaches_not(data, text, (start, at, token_start));
            if reread_opening {
                let classified = if line.starts_with(|c: char| c.is_ascii()) {
                    5
                } else {
                    2
                };
                // (The tokens between ASCII spaces and tabs that begin
                // before the keystroke, its own among them.)
                let tokens = runs(&bytes[start..at], classified + 1, |b| {
                    b == b' ' || b == b'\t'
                });
                if tokens <= classified
                    || before
                        .opening
                        .as_ref()
                        .is_some_and(|o| at <= o.head.end as usize)
                {
                    return None;
                }
            }
        }
    }
    // In French, Spanish, Arabic and Russian, the words read around a
    // citation the line has (its organ, the bodies its clause names, `its`)
    // where they were; and where a digit is within 240 bytes (as far as a
    // citation word, its organ and its number are read together), the
    // numbers and dates read, and no citation word whose lead reaches the
    // keystroke.
    if let Some(data) = data.filter(|_| language != Language::Chinese) {
        let wide = super::foreign::floor_char_boundary(
            text,
            word_start.saturating_sub(240).max(body_start),
        )
            ..super::foreign::ceil_char_boundary(text, (word_end + 240).min(trimmed.len()));
        let numbers = !digitless && !without_digit_but(data, text, wide, &apart);
        if (numbers || !before.citations().is_empty())
            && !super::foreign::keystroke_quiet_for_citations(
                data,
                text,
                (body_start, at),
                (removed, inserted),
                (numbers, &apart),
            )
        {
            return None;
        }
    }
    // In English, the words of the paragraph references that need no digit
    // (`subparagraph (b) above`), and no citation word the keystroke makes,
    // breaks or follows closely (`EXS-10/1`: the first item after a word
    // that found none).
    // (The keystroke's word as it was, for the English readers' words
    // here and the citations' below.)
    let old_word = if data.is_none() {
        [&text[word_start..at], removed, &text[after_at..word_end]].concat()
    } else {
        String::new()
    };
    let words = [new_word, old_word.as_str()];
    if data.is_none() {
        let lead = |w: &str| {
            w.as_bytes()
                .windows(9)
                .any(|w| w.eq_ignore_ascii_case(b"esolution"))
                || w.as_bytes()
                    .windows(7)
                    .any(|w| w.eq_ignore_ascii_case(b"ecision"))
        };
        let before_word = &text
            [super::foreign::floor_char_boundary(text, word_start.saturating_sub(40))..word_start];
        if words.iter().any(|w| reference_word(w) || lead(w)) || lead(before_word) {
            return None;
        }
    }
    // No organization's name (its former name, or the current name that
    // excuses one) is written where the keystroke could make or break one:
    // none that may be written at all, or none whose reading reaches the
    // keystroke (its letters, and for a former name the 40 bytes before it
    // where `formerly` excuses it and the 12 characters after it where
    // `now` does).
    if crate::vocabulary::may_hold_former_name(text, body_start) {
        let q = at + removed.len().max(inserted.len());
        let reached = crate::vocabulary::name_may_reach(text, at)
            || crate::vocabulary::former_name_spans(text, body_start).any(|(start, end)| {
                let before = q + 43 > start;
                let after = text.get(end..at).is_none_or(|gap| gap.chars().count() < 12);
                before && after
            });
        if reached {
            return None;
        }
    }
    // The citations the line has: read where they were, moved.
    if !before.citations().is_empty() {
        let keystroke = Keystroke {
            text,
            at,
            removed,
            inserted,
        };
        // (In another language, the test below tells it; in Chinese,
        // the clause the keystroke is in holds no digit: the citations
        // of the others are read in theirs.)
        if data.is_none() && !english_citations_stay(before, keystroke, words) {
            return None;
        }
    }
    if frame.is_some_and(|data| super::foreign::reads_as_frame_line(data, line)) {
        return None;
    }
    let moved_from = if inserted.is_empty() {
        (at + removed.len()) as u32
    } else {
        at as u32
    };
    let moved = before.moved(moved_from, by);
    // A keystroke within the words (in Chinese, the ideographs) an
    // opening may read: the opening read again from the new line, as its
    // reader reads it (the line's kind and end mark are the same), and
    // the same as the one moved.
    if let Some(data) = data.filter(|_| reread_opening) {
        let opening = super::line::foreign_opening_of(
            data,
            trimmed,
            body_start,
            &before.kind,
            before.last_char,
        );
        if opening.as_ref() != moved.opening.as_deref() {
            return None;
        }
    }
    Some(moved)
}

/// Where `span`, of the line before a keystroke at `at` that made it `by`
/// bytes longer, is in the line after it (a span of a reading: not within
/// the letters the keystroke typed or deleted).
fn moved_span(span: super::Span, at: usize, by: i64) -> super::Span {
    if span.start as usize >= at {
        let shift = |p: u32| (i64::from(p) + by) as usize;
        super::Span::new(shift(span.start), shift(span.end))
    } else {
        span
    }
}

/// The footnote markers of `before` glued in brackets to what they
/// document (`الإنسان(2)`: a character other than a space before `(`) within
/// `reach` of the line `text` after a keystroke at `at` that made it `by`
/// bytes longer, as byte ranges of `text`, brackets included, in a
/// language whose markers are read apart so
/// ([`LanguageData::brackets_markers_apart`]); none in another.
fn bracketed_markers(
    data: &LanguageData,
    before: &LineSyntax,
    (text, reach): (&str, std::ops::Range<usize>),
    (at, by): (usize, i64),
) -> Vec<std::ops::Range<usize>> {
    let markers = before.markers();
    if markers.is_empty() || !data.brackets_markers_apart() {
        return Vec::new();
    }
    let bytes = text.as_bytes();
    // (Spans before the keystroke are where they were; one starting within
    // the reach before it moved at most `by`.)
    let first = markers
        .partition_point(|m| (m.span.end as usize) + by.unsigned_abs() as usize <= reach.start);
    markers[first..]
        .iter()
        .map(|m| moved_span(m.span, at, by))
        .take_while(|span| (span.start as usize) < reach.end)
        .filter_map(|span| {
            let (start, end) = (span.start as usize, span.end as usize);
            let digits = bytes.get(start..end)?;
            let glued = start >= 2
                && bytes[start - 1] == b'('
                && bytes.get(end) == Some(&b')')
                && !digits.is_empty()
                && digits.iter().all(u8::is_ascii_digit)
                && text[..start - 1]
                    .chars()
                    .next_back()
                    .is_some_and(|c| !c.is_whitespace() && c != '(');
            glued.then_some(start - 1..end + 1)
        })
        .collect()
}

/// Whether `text[range]` holds no digit as `data` normalizes it, the
/// bytes of `apart` (ranges of `text`, in order) left out.
fn without_digit_but(
    data: &LanguageData,
    text: &str,
    range: std::ops::Range<usize>,
    apart: &[std::ops::Range<usize>],
) -> bool {
    super::foreign::outside(range, apart).all(|part| data.normalizes_without_digit(&text[part]))
}

/// Whether a keystroke that removed `removed` and wrote `inserted` in a
/// line that read `before` may be quiet ([`moved_if_quiet`]), told from the
/// reading alone, before the line's text is looked at: one
/// character typed or deleted, in a paragraph, numbered or not, or a
/// subparagraph that cites nothing and names no organization by a former
/// name, without square brackets, a negotiation label, a label opening its
/// text or a colon at its end (its footnote markers and paragraph
/// references move with the text where no digit is near the keystroke).
pub fn may_be_quiet(before: &LineSyntax, removed: &str, inserted: &str) -> bool {
    (removed.is_empty() != inserted.is_empty())
        && removed.len() + inserted.len() <= 4
        && matches!(
            before.kind,
            LineKind::Paragraph | LineKind::Numbered { .. } | LineKind::Sub { .. }
        )
        && before.former_names().is_empty()
        && before.draft().is_none()
        && before.brackets().is_empty()
        && before.inner().is_none()
        && before.last_char != Some(':')
}

/// How far the English readers of a citation read the words before its
/// citation word, in bytes: the body named before it and the word before
/// that (`Peace and Security Council resolution`), `its` and the last word,
/// and the owner of `its` (160 bytes before it: `the Environment Assembly,
/// in its resolution`).
const READ_BEFORE_LEAD: usize = 200;

/// How far the English readers of a list read after its last item, in
/// bytes: the body named after it (`…, adopted by the Commission`), within
/// 240 bytes and the clause.
const READ_AFTER_LIST: usize = 244;

/// How far a quoted title runs from `entitled`, in bytes, as the English
/// reader looks for its end, and the characters between them.
const TITLE_REACH: usize = 1016;

/// Whether the English citations `before` read stay as they were, moved
/// with the text, after `keystroke` in the word `words` holds (as it is
/// and as it was): the keystroke edits no word of a section (`section IV
/// of`, read four words before a list), is not within the reach of a
/// title (`entitled “…”`, read up to 1,000 bytes), and for each citation
/// is neither within its list, nor in the words read after it in its
/// clause ([`READ_AFTER_LIST`]), nor in those read before its citation word
/// ([`READ_BEFORE_LEAD`]); and where the clause before the citation word
/// is read for the bodies it names (the citation says `its`, or names no
/// body), the keystroke makes or breaks no body's name there, nor the words
/// read beside one (`The`, `of`, `the Organization`, `Peace and Security
/// Council`), and the clause is read from a mark, not cut by its window.
/// The digits near the keystroke are none (its caller): no list starts or
/// ends there.
fn english_citations_stay(
    before: &LineSyntax,
    Keystroke {
        text,
        at,
        removed,
        inserted,
    }: Keystroke<'_>,
    words: [&str; 2],
) -> bool {
    use super::citation::Qualifier;
    const SECTION_WORDS: [&str; 5] = ["section", "sections", "part", "parts", "annex"];
    if words.iter().any(|w| {
        SECTION_WORDS.iter().any(|s| w.eq_ignore_ascii_case(s))
            || w.to_ascii_lowercase().contains("entitled")
    }) {
        return false;
    }
    let title_from = super::foreign::floor_char_boundary(text, at.saturating_sub(TITLE_REACH));
    if memchr::memmem::find(&text.as_bytes()[title_from..at], b"entitled").is_some() {
        return false;
    }
    // The keystroke in the line before it: what it removed, from `at` to
    // `last`; past it, every place moved by `by`.
    let last = at + removed.len();
    let by = inserted.len() as i64 - removed.len() as i64;
    let after_keystroke = at + inserted.len();
    let body_start = before.body.start as usize;
    let bytes = text.as_bytes();
    // A word that holds a capitalized word of a body's name the reader of
    // a clause finds (`General Assembly`, `Commission`, `Working Group`)
    // may make or break one; `and` joins two words of one, and the words
    // read beside a name are `The`, `the`, `of` and `Peace`.
    let names_a_body = |w: &str| {
        super::citation::BODY_NAME_LIST
            .iter()
            .flat_map(|name| name.split(' '))
            .any(|part| part.starts_with(char::is_uppercase) && w.contains(part))
            || ["and", "the", "The", "of"].contains(&w)
            || w.contains("Peace")
    };
    for c in before.citations() {
        let lead = c.lead as usize;
        let mut end = c.span.end as usize;
        if let Some((_, span)) = c.date {
            end = end.max(span.end as usize + 3);
        }
        if let Some(title) = &c.title {
            end = end.max(title.span.end as usize + 4);
        }
        if last > lead && at <= end {
            return false;
        }
        if at > end {
            // After the list: up to the clause's end.
            if at < end + READ_AFTER_LIST && memchr::memchr(b';', &bytes[end..at]).is_none() {
                return false;
            }
            continue;
        }
        // Before the citation word: from the keystroke to it, in the new
        // line.
        let Some(to_lead) = bytes.get(after_keystroke..(lead as i64 + by) as usize) else {
            return false;
        };
        if memchr::memchr(b';', to_lead).is_some() {
            continue;
        }
        // (From the word before the citation word, however many spaces
        // stand between them: `its` and its owner are read from there;
        // found in the new line, and taken as early as it may be in the
        // line before the keystroke.)
        let lead_now = (lead as i64 + by) as usize;
        let word_before = bytes[..lead_now]
            .iter()
            .rposition(|&b| b != b' ' && b != 0xa0 && b != 0xc2)
            .and_then(|end| bytes[..end].iter().rposition(|&b| b == b' '))
            .map_or(0, |space| space + 1)
            .saturating_sub(by.max(0) as usize);
        if last + READ_BEFORE_LEAD > word_before {
            return false;
        }
        if matches!(c.qualifier, Qualifier::Its { .. } | Qualifier::Bare { .. }) {
            // The clause's window, as the reader cuts it.
            let window = lead
                .saturating_sub(super::citation::CLAUSE_WINDOW)
                .max(body_start);
            if last + 4 > window {
                let cut = window > body_start
                    && memchr::memchr(b';', &bytes[window.min(at)..at]).is_none();
                if cut || words.iter().any(|w| names_a_body(w)) {
                    return false;
                }
            }
        }
    }
    true
}

/// The one character of `text`, if it has exactly one.
fn single(text: &str) -> Option<char> {
    let mut chars = text.chars();
    match (chars.next(), chars.next()) {
        (Some(c), None) => Some(c),
        _ => None,
    }
}

/// Whether the English reference reader ([`super::reference`]) compares
/// `word` with its words: `paragraph` and its compounds, the linking words,
/// the words of place and the negotiation suffixes it starts with.
fn reference_word(word: &str) -> bool {
    const EXACT: [&str; 6] = ["and", "to", "of", "the", "present", "this"];
    const STARTS: [&str; 10] = [
        "above",
        "below",
        "resolution",
        "decision",
        "hereof",
        "bis",
        "ter",
        "quater",
        "quinquies",
        "sexies",
    ];
    let bytes = word.as_bytes();
    bytes
        .windows(8)
        .any(|w| w.eq_ignore_ascii_case(b"aragraph"))
        || EXACT.iter().any(|e| word.eq_ignore_ascii_case(e))
        || STARTS
            .iter()
            .any(|s| bytes.len() >= s.len() && bytes[..s.len()].eq_ignore_ascii_case(s.as_bytes()))
}

/// Whether the English reader of a verb after a comma (`Noting …, decides`)
/// may reach a word that starts where `before` ends: the token before it
/// ends with a comma, or is an adverb the reader passes (`also`, a word in
/// `-ly`).
fn reached_by_a_comma(before: &str) -> bool {
    let Some(last) = before.trim_end().rsplit(' ').next() else {
        return false;
    };
    last.ends_with(',') || super::opening::comma_chain_adverb(last) || !before.ends_with(' ')
}

/// Whether a French, Spanish, Arabic or Russian opening, read from the
/// body's first words (from `start`), cannot reach the keystroke at `at`,
/// in the word after the space at `token_start`: past the longest form the
/// language repeats and then some, and after at least as many words,
/// counted after the body's first space, as the opening's forms and
/// adverbs may read ([`LanguageData::opening_words_read`]): those read
/// from the body's start, and those read from its second word where the
/// first is a form of the other part (docs/quiet-keystroke/opening.md,
/// Q-FOREIGN-OPEN).
fn foreign_opening_reaches_not(
    data: &LanguageData,
    text: &str,
    (start, at, token_start): (usize, usize, usize),
) -> bool {
    let words = data.opening_words_read();
    if at < start + data.repeated_reach() + 5 {
        return false;
    }
    let Some(space) = memchr::memchr(b' ', &text.as_bytes()[start..token_start]) else {
        return false;
    };
    // The words after that space, up to the keystroke's
    // ([`LanguageData::counted_words`]: fewer than the reader reads).
    words > 0 && data.counted_words(&text[start + space + 1..token_start], words) == words
}

/// How many words, runs of bytes between ASCII spaces, `bytes` holds, up
/// to `most`.
fn words(bytes: &[u8], most: usize) -> usize {
    runs(bytes, most, |b| b == b' ')
}

/// How many runs of bytes between those for which `separator` holds begin
/// in `bytes` (the last one may go on past its end), up to `most`.
fn runs(bytes: &[u8], most: usize, separator: impl Fn(u8) -> bool) -> usize {
    let mut count = 0;
    let mut in_run = false;
    for &b in bytes {
        let apart = separator(b);
        if !apart && !in_run {
            count += 1;
            if count == most {
                return count;
            }
        }
        in_run = !apart;
    }
    count
}

/// The Chinese numerals a heading may open with (`一、`).
fn is_chinese_numeral(c: char) -> bool {
    "〇零一二三四五六七八九十百千".contains(c)
}
