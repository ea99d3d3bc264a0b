//! What a line says about the structure around it, besides its kind: a
//! heading that numbers a section (`II`, `Section A`, `Article 5`), a
//! lead-in that names the paragraph it quotes (`Amend paragraph 8 to
//! read:`), and a subparagraph label opening the text of a paragraph or
//! subparagraph (`3.<TAB>(a) Each State Party …`, `(a) (i) The conversion
//! …`). The document model reads them ([`crate::model`]).

use std::sync::LazyLock;

use regex::Regex;

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

static SECTION: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(
        r"^(?:(?:[IVXLC]+|[A-Z])(?:\.|\t|\s*$)|(?:Section|Part|Chapter|Article|Title) (?:\d{1,3}|[IVXLC]+|[A-Z])(?-u:\b))",
    )
    .unwrap()
});
static NAMES: LazyLock<Regex> =
    LazyLock::new(|| crate::pattern(r"(?-u:\b)[Pp]aragraph (\d{1,4})(?-u:\b)").unwrap());
static INNER: LazyLock<Regex> = LazyLock::new(|| crate::pattern(r"^\(([ai])\)[ \t]+\S").unwrap());

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
        LineKind::Heading { .. } => cues.section = SECTION.is_match(text.trim_start()),
        LineKind::Numbered { .. } | LineKind::Sub { .. } => {
            let own = match kind {
                LineKind::Sub { letters, .. } => &**letters,
                _ => "",
            };
            // `(a)<TAB>(a) Transport`: the label written twice, not a list.
            let inner = body_text.starts_with("(a)") || body_text.starts_with("(i)");
            if let Some(c) = inner
                .then(|| INNER.captures(body_text))
                .flatten()
                .filter(|c| &c[1] != own)
            {
                let letters = c.get(1).map_or("", |m| m.as_str());
                inner_label = Some(Box::new(InnerLabel {
                    letters: letters.into(),
                    label: Span::new(body, body + letters.len() + 2),
                }));
            }
        }
        _ => {}
    }
    if last == Some(':') && body_text.contains("aragraph ") {
        cues.set_names(
            NAMES
                .captures_iter(body_text)
                .last()
                .and_then(|c| c[1].parse().ok()),
        );
    }
    (cues, inner_label)
}

#[cfg(test)]
mod tests {
    use crate::syntax::parse_line;

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
