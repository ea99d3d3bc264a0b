//! What a line says about the structure around it, besides its kind: a
//! heading that numbers a section (`II`, `Section A`, `Article 5`), a
//! lead-in that names the paragraph it quotes (`Amend paragraph 8 to
//! read:`), and a subparagraph label opening the text of a paragraph or
//! subparagraph (`3.<TAB>(a) Each State Party …`, `(a) (i) The conversion
//! …`). The document model reads them ([`crate::model`]).

use super::bytes::{digits, is_ascii_word_byte};
use super::{LineKind, Span};

/// A label written at the start of a line's text, after the line's own
/// label: the first subparagraph of the paragraph or subparagraph.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct InnerLabel {
    /// The letters between the brackets (`a`, `i`).
    pub letters: Box<str>,
    /// `(a)`, brackets included.
    pub label: Span,
}

/// The structural cues of one line (the inner label, rare, is kept with
/// the line's other rare readings: [`super::LineSyntax::inner`]).
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Cues {
    /// A heading that numbers a section: `I`, `B.`, `Section A`,
    /// `Part II`, `Chapter 3`, `Article 5`.
    pub section: bool,
    /// [`Cues::names`] in bytes, `u16::MAX` for none: with no `Option`
    /// tag, 3 bytes in all, so that the line's summary fits its block (see
    /// its size test).
    names: [u8; 2],
}

impl Default for Cues {
    fn default() -> Cues {
        Cues {
            section: false,
            names: u16::MAX.to_le_bytes(),
        }
    }
}

impl Cues {
    /// A line ending with a colon that names a paragraph (`Amend paragraph
    /// 8 to read:`, `Article 9, new paragraph 4:`): the number it names (at
    /// most four digits).
    pub fn names(&self) -> Option<u16> {
        Some(u16::from_le_bytes(self.names)).filter(|&n| n != u16::MAX)
    }

    /// Sets [`Cues::names`] (a number of four digits at most).
    pub fn set_names(&mut self, names: Option<u16>) {
        debug_assert!(names != Some(u16::MAX));
        self.names = names.unwrap_or(u16::MAX).to_le_bytes();
    }
}

/// As if [`Cues::names`] were a field.
impl std::fmt::Debug for Cues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Cues")
            .field("section", &self.section)
            .field("names", &self.names())
            .finish()
    }
}

/// Whether a heading numbers a section: `II.`, `B<TAB>`, `IV` alone, or
/// `Section 3`, `Part IV`, `Chapter A`, `Article 5`, `Title B` — as the
/// pattern `^(?:(?:[IVXLC]+|[A-Z])(?:\.|\t|\s*$)|(?:Section|Part|Chapter|Article|Title)
/// (?:\d{1,3}|[IVXLC]+|[A-Z])(?-u:\b))` reads it.
fn numbers_a_section(text: &str) -> bool {
    let b = text.as_bytes();
    let roman = |s: &[u8]| {
        s.iter()
            .take_while(|c| matches!(c, b'I' | b'V' | b'X' | b'L' | b'C'))
            .count()
    };
    // A Roman number or a capital, then `.`, a tab or the end.
    let ends = |at: usize| {
        let rest = &text[at..];
        rest.starts_with(['.', '\t']) || rest.trim_start().is_empty()
    };
    let run = roman(b);
    if run > 0 && ends(run) || b.first().is_some_and(u8::is_ascii_uppercase) && ends(1) {
        return true;
    }
    let Some(rest) = ["Section ", "Part ", "Chapter ", "Article ", "Title "]
        .iter()
        .find_map(|w| text.strip_prefix(w))
    else {
        return false;
    };
    let r = rest.as_bytes();
    let boundary = |at: usize| !r.get(at).copied().is_some_and(is_ascii_word_byte);
    let number = digits(rest);
    let run = roman(r);
    (1..=3).contains(&number) && boundary(number)
        || run > 0 && boundary(run)
        || r.first().is_some_and(u8::is_ascii_uppercase) && boundary(1)
}

/// The number of the last `paragraph 8` or `Paragraph 8` in `text` (one to
/// four digits, between ASCII word boundaries) — the group of the last
/// match of `(?-u:\b)[Pp]aragraph (\d{1,4})(?-u:\b)`.
fn last_named_paragraph(text: &str) -> Option<&str> {
    let b = text.as_bytes();
    let word = |at: usize| b.get(at).copied().is_some_and(is_ascii_word_byte);
    let mut last = None;
    for (at, _) in text.match_indices("aragraph ") {
        if at == 0 || !matches!(b[at - 1], b'P' | b'p') || at >= 2 && word(at - 2) {
            continue;
        }
        let start = at + "aragraph ".len();
        let n = digits(&text[start..]);
        if (1..=4).contains(&n) && !word(start + n) {
            last = Some(&text[start..start + n]);
        }
    }
    last
}

/// `(a) Each` or `(i)<TAB>The` opening a text: the letter — as the pattern
/// `^\(([ai])\)[ \t]+\S` reads it.
fn inner_letter(text: &str) -> Option<&str> {
    let letter = text.get(1..2).filter(|_| text.starts_with('('))?;
    let rest = text[2..].strip_prefix(')')?;
    let after = rest.trim_start_matches([' ', '\t']);
    (matches!(letter, "a" | "i")
        && after.len() < rest.len()
        && after.starts_with(|c: char| !c.is_whitespace()))
    .then_some(letter)
}

/// The cues of a line of kind `kind` whose text (without its terminator) is
/// `text`, with its text after any label starting at `body`, and whose last
/// character is `last`; and its inner label: `(a)` opening the text of
/// `3.<TAB>(a) Each …` or `(a) (i) The …`.
pub fn cues(
    text: &str,
    kind: &LineKind,
    body: usize,
    last: Option<char>,
) -> (Cues, Option<Box<InnerLabel>>) {
    let mut cues = Cues::default();
    let mut inner_label = None;
    let body_text = text.get(body..).unwrap_or("");
    match kind {
        LineKind::Heading { .. } => cues.section = numbers_a_section(text.trim_start()),
        LineKind::Numbered { .. } | LineKind::Sub { .. } => {
            let own = match kind {
                LineKind::Sub { letters, .. } => &**letters,
                _ => "",
            };
            // `(a)<TAB>(a) Transport`: the label written twice, not a list.
            let inner = body_text.starts_with("(a)") || body_text.starts_with("(i)");
            if let Some(letters) = inner
                .then(|| inner_letter(body_text))
                .flatten()
                .filter(|&letter| letter != own)
            {
                inner_label = Some(Box::new(InnerLabel {
                    letters: letters.into(),
                    label: Span::new(body, body + letters.len() + 2),
                }));
            }
        }
        _ => {}
    }
    if last == Some(':') && body_text.contains("aragraph ") {
        cues.set_names(last_named_paragraph(body_text).and_then(|n| n.parse().ok()));
    }
    (cues, inner_label)
}

#[cfg(test)]
mod tests {
    use crate::syntax::parse_line;

    #[test]
    fn structure_cues_read_what_their_patterns_read() {
        let section = crate::pattern(
            r"^(?:(?:[IVXLC]+|[A-Z])(?:\.|\t|\s*$)|(?:Section|Part|Chapter|Article|Title) (?:\d{1,3}|[IVXLC]+|[A-Z])(?-u:\b))",
        )
        .unwrap();
        let names = crate::pattern(r"(?-u:\b)[Pp]aragraph (\d{1,4})(?-u:\b)").unwrap();
        let inner = crate::pattern(r"^\(([ai])\)[ \t]+\S").unwrap();
        let leads = [
            "",
            "Section ",
            "Part ",
            "Chapter ",
            "Article ",
            "Title ",
            "(a)",
            "(i)",
            "(a) Each",
            "Amend ",
            "Amend paragraph 12",
            "in paragraph 3 ",
        ];
        let pieces = [
            "I",
            "IV",
            "XLC",
            "A",
            "B",
            "Ab",
            "x",
            "1",
            "12",
            "123",
            "1234",
            ".",
            "\t",
            " ",
            "  ",
            "\u{a0}",
            "é",
            "_",
            "(",
            ")",
            "(a)",
            "(b)",
            "(i) ",
            "paragraph ",
            "Paragraph ",
            "aragraph ",
            "subparagraph ",
            "xparagraph ",
            "to read:",
            ":",
            "中",
        ];
        let mut matched = [0usize; 3];
        for text in crate::syntax::random_texts(28, 100_000, &leads, &pieces, 6) {
            let s = section.is_match(&text);
            assert_eq!(super::numbers_a_section(&text), s, "section {text:?}");
            let n = names
                .captures_iter(&text)
                .last()
                .map(|c| c.get(1).unwrap().as_str());
            assert_eq!(super::last_named_paragraph(&text), n, "names {text:?}");
            let i = inner.captures(&text).map(|c| c.get(1).unwrap().as_str());
            assert_eq!(super::inner_letter(&text), i, "inner {text:?}");
            for (count, hit) in matched.iter_mut().zip([s, n.is_some(), i.is_some()]) {
                *count += usize::from(hit);
            }
        }
        assert!(matched.iter().all(|&n| n > 1_000), "{matched:?}");
    }

    #[test]
    fn sections_quotations_and_inner_labels() {
        for heading in [
            "II",
            "\tB.\tOther matters",
            "Section A",
            "Part II",
            "Article 5",
        ] {
            assert!(parse_line(heading).cues.section, "{heading:?}");
        }
        for heading in ["Travel Ban", "Asset Freeze", "Sections of the budget"] {
            assert!(!parse_line(heading).cues.section, "{heading:?}");
        }
        assert_eq!(
            parse_line("\tAmend paragraph 8 to read:").cues.names(),
            Some(8)
        );
        assert_eq!(
            parse_line("\tArticle 9, new paragraph 4:").cues.names(),
            Some(4)
        );
        assert_eq!(
            parse_line("\tAs set out in paragraph 8;").cues.names(),
            None
        );
        let line = parse_line("\t3.\t(a) Each State Party may reserve the right;");
        let inner = line.inner().expect("an inner label");
        assert_eq!(
            (&*inner.letters, inner.label.start, inner.label.end),
            ("a", 4, 7)
        );
        let line = parse_line("\t(a) (i) The conversion or transfer of property;");
        assert_eq!(line.inner().map(|i| &*i.letters), Some("i"));
        assert!(parse_line("\t(a)\t(c) is not a first label;")
            .inner()
            .is_none());
        assert!(parse_line("\t(a)\t(a) Transport").inner().is_none());
    }
}
