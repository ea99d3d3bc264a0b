//! Rename on a paragraph number or a footnote number: the number changes
//! everywhere it names the same thing — the paragraph's label and every
//! internal reference to it, or the footnote's markers and its text's label
//! — with the edits the renumbering actions use.

use std::collections::HashMap;

use super::renumber::{self, Renumbering};
use crate::diagnostic::TextEdit;
use crate::l10n::Message;
use crate::msg;
use crate::syntax::LineKind;
use crate::text::{Pos, Range};
use crate::Document;

/// What is being renamed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Target {
    /// A numbered paragraph (index into `Model::paragraphs`).
    Paragraph(usize),
    /// A footnote: its scope (see [`crate::footnotes`]) and number.
    Footnote(u32, u32),
}

fn target_at(document: &Document, pos: Pos) -> Option<(Target, Range, u32)> {
    let model = document.model();
    let line = document.lines().get(pos.line as usize)?;
    if let Some((index, paragraph)) = model
        .paragraph_index_at(pos.line as usize)
        .map(|index| (index, &model.paragraphs[index]))
    {
        let digits = paragraph.number.to_string().len() as u32;
        let (start, end) = (paragraph.label.start, paragraph.label.start + digits);
        if paragraph.counted() && start <= pos.col && pos.col <= end {
            return Some((
                Target::Paragraph(index),
                Range::on_line(pos.line, start, end),
                paragraph.number,
            ));
        }
    }
    let footnotes = document.footnotes();
    if let Some(marker) = footnotes.markers_on(pos.line).iter().find(|m| {
        let span = footnotes.span(document.lines(), m);
        span.start <= pos.col && pos.col <= span.end
    }) {
        let span = footnotes.span(document.lines(), marker);
        return Some((
            Target::Footnote(marker.scope, marker.number),
            Range::on_line(pos.line, span.start, span.end),
            marker.number,
        ));
    }
    if let LineKind::FootnoteText { number, label } = line.kind {
        if label.start <= pos.col && pos.col <= label.end {
            return Some((
                Target::Footnote(footnotes.scope_of(pos.line), number),
                Range::on_line(pos.line, label.start, label.end),
                number,
            ));
        }
    }
    None
}

/// The range of the number under `pos` and the number, if it can be renamed.
pub fn prepare_rename(document: &Document, pos: Pos) -> Option<(Range, String)> {
    target_at(document, pos).map(|(_, range, number)| (range, number.to_string()))
}

/// The edits that give the paragraph or footnote under `pos` the number
/// `new_name`; an error says why it cannot, in any locale.
pub fn rename(document: &Document, pos: Pos, new_name: &str) -> Result<Vec<TextEdit>, Message> {
    let Some((target, _, old)) = target_at(document, pos) else {
        return Err(msg!("rename-declined-here"));
    };
    let new: u32 = new_name
        .trim()
        .parse()
        .ok()
        .filter(|n| *n > 0)
        .ok_or_else(|| msg!("rename-declined-not-a-number", name = new_name, old = old))?;
    Ok(match target {
        Target::Paragraph(index) => {
            let renumbering = Renumbering {
                paragraphs: HashMap::from([(index, new)]),
                ..Renumbering::default()
            };
            let edits = renumber::edits(document, &renumbering);
            renumber::check(document, &edits).map_err(|reason| {
                msg!(
                    "rename-declined-paragraph",
                    old = old,
                    new = new,
                    reason = reason
                )
            })?;
            edits
        }
        Target::Footnote(scope, number) => {
            if new != number && document.footnotes().is_used(scope, new) {
                return Err(msg!("rename-declined-footnote-exists", new = new));
            }
            renumber::footnote_number(document, scope, number, new)
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::apply_edits;

    #[test]
    fn renaming_a_paragraph_moves_its_references() {
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tRecalls paragraph 1 above and paragraph 5 of resolution 60/1.\n";
        let document = Document::new(text);
        assert_eq!(
            prepare_rename(&document, Pos::new(1, 1)),
            Some((Range::on_line(1, 1, 2), "1".into()))
        );
        let edits = rename(&document, Pos::new(1, 2), "7").unwrap();
        assert_eq!(
            apply_edits(text, &edits),
            "\tThe General Assembly,\n\t7.\tUrges;\n\t2.\tRecalls paragraph 7 above and paragraph 5 of resolution 60/1.\n"
        );
        assert!(rename(&document, Pos::new(1, 1), "seven")
            .unwrap_err()
            .to_string()
            .contains("`seven` is not a number"));
        // In the reader's language.
        let refused = rename(&document, Pos::new(1, 1), "sept").unwrap_err();
        assert_eq!(
            refused.render(crate::Locale::Fr),
            "`sept` n'est pas un nombre : écrivez un nombre entier à partir de 1, par exemple 1"
        );
        assert!(prepare_rename(&document, Pos::new(1, 6)).is_none());
    }

    #[test]
    fn a_rename_that_would_change_what_a_reference_means_is_refused() {
        // `paragraphs 2 to 3 above` would run from 7 to 3.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides;\n\t3.\tRequests;\n\t4.\tRecalls paragraphs 2 to 3 above.\n";
        let document = Document::new(text);
        let refused = rename(&document, Pos::new(2, 1), "7")
            .unwrap_err()
            .to_string();
        assert!(refused.contains("backwards"), "{refused}");
        // `paragraph 5 above` points at nothing: renaming 3 to 5 would make
        // it point at paragraph 3.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tDecides;\n\t3.\tRecalls paragraph 5 above.\n";
        let document = Document::new(text);
        let refused = rename(&document, Pos::new(3, 1), "5")
            .unwrap_err()
            .to_string();
        assert!(refused.contains("points at no paragraph"), "{refused}");
    }

    #[test]
    fn renaming_a_footnote_changes_its_markers_and_its_text() {
        let text = "\tنص 中文 😀 the Outcome,2 and the Summit²\n\n2 Outcome.\n";
        let document = Document::new(text);
        let col = document.lines()[0].markers()[0].span.start;
        let edits = rename(&document, Pos::new(0, col), "1").unwrap();
        assert_eq!(
            apply_edits(text, &edits),
            "\tنص 中文 😀 the Outcome,1 and the Summit¹\n\n1 Outcome.\n"
        );
        // From the footnote text's label too.
        assert_eq!(rename(&document, Pos::new(2, 0), "1").unwrap(), edits);
    }

    #[test]
    fn renaming_a_footnote_to_an_existing_one_is_refused() {
        let text =
            "\tRecalling the Outcome,1 and the Summit,2 and UNCTAD4\n\n1 Outcome.\n2 Summit.\n";
        let document = Document::new(text);
        let col = document.lines()[0].markers()[0].span.start;
        let error = rename(&document, Pos::new(0, col), "2")
            .unwrap_err()
            .to_string();
        assert!(error.contains("footnote 2 already exists"), "{error}");
        assert!(rename(&document, Pos::new(2, 0), "2").is_err());
        // A number no footnote has is fine, and so is its own.
        assert_eq!(
            apply_edits(text, &rename(&document, Pos::new(0, col), "3").unwrap()),
            "\tRecalling the Outcome,3 and the Summit,2 and UNCTAD4\n\n3 Outcome.\n2 Summit.\n"
        );
        assert!(rename(&document, Pos::new(0, col), "1").unwrap().len() == 2);
        // Digits that are no marker (`UNCTAD4`: no footnote 4) cannot be renamed.
        let unctad = text.find("UNCTAD4").unwrap() as u32 + 6;
        assert!(prepare_rename(&document, Pos::new(0, unctad)).is_none());
    }
}
