//! The outline of a resolution: header, preamble, each operative paragraph
//! as `N. Verb …` with its subparagraphs, annexes and footnotes.

use crate::l10n::Locale;
use crate::msg;
use crate::syntax::LineKind;
use crate::text::{Pos, Range};
use crate::Document;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OutlineKind {
    Header,
    Preamble,
    PreambularParagraph,
    OperativePart,
    Paragraph,
    Subparagraph,
    Heading,
    Annex,
    Footnotes,
    Footnote,
}

/// One entry of the outline.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutlineItem {
    pub name: String,
    pub kind: OutlineKind,
    /// The whole extent of the entry.
    pub range: Range,
    /// What to select when the entry is chosen (its label or first words).
    pub selection: Range,
    pub children: Vec<OutlineItem>,
}

const SNIPPET_CHARS: usize = 60;

/// `name`, marked when the paragraph holds square brackets of negotiation
/// (` [in brackets]`, in `locale`).
fn marked(name: String, line: &crate::syntax::LineSyntax, locale: Locale) -> String {
    if line.brackets().is_empty() {
        name
    } else {
        format!("{name} {}", msg!("outline-in-brackets").render(locale))
    }
}

fn snippet(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= SNIPPET_CHARS {
        return text.to_string();
    }
    let cut: String = text.chars().take(SNIPPET_CHARS).collect();
    let cut = match cut.rfind(' ') {
        Some(space) if space > SNIPPET_CHARS / 2 => cut[..space].to_string(),
        _ => cut,
    };
    format!("{cut} …")
}

fn line_range(document: &Document, line: u32) -> Range {
    let len = document.lines().get(line as usize).map_or(0, |l| l.len);
    Range::new(Pos::new(line, 0), Pos::new(line, len))
}

fn extend(item: &mut OutlineItem, range: Range) {
    if range.end > item.range.end {
        item.range.end = range.end;
    }
}

/// Builds the outline of `document`, its group names in English.
pub fn outline(document: &Document) -> Vec<OutlineItem> {
    outline_in(document, Locale::En)
}

/// Builds the outline of `document`, its group names (`Preamble`,
/// `Operative part`, `Footnotes`) in `locale`; the paragraphs' words are
/// the text's.
pub fn outline_in(document: &Document, locale: Locale) -> Vec<OutlineItem> {
    let mut items: Vec<OutlineItem> = Vec::new();
    let mut preamble: Option<OutlineItem> = None;
    let mut operative: Option<OutlineItem> = None;
    let mut annex: Option<OutlineItem> = None;
    let mut footnotes: Option<OutlineItem> = None;
    let mut seen_organ = false;

    fn close(items: &mut Vec<OutlineItem>, slot: &mut Option<OutlineItem>) {
        if let Some(item) = slot.take() {
            items.push(item);
        }
    }

    for (index, line) in document.lines().iter().enumerate() {
        let index = index as u32;
        let range = line_range(document, index);
        let body = document.line_text(index);
        let body_text = body
            .get(line.body.start as usize..line.body.end as usize)
            .unwrap_or("");
        let full_text = body.trim();
        match &line.kind {
            LineKind::Title { .. } | LineKind::ScHeader { .. } => items.push(OutlineItem {
                name: snippet(full_text),
                kind: OutlineKind::Header,
                range,
                selection: range,
                children: Vec::new(),
            }),
            LineKind::OrganLine { .. } if !seen_organ => {
                seen_organ = true;
                // A text in another language says which, on its organ line.
                let language = document.language();
                if language != crate::data::languages::Language::English {
                    items.push(OutlineItem {
                        name: format!(
                            "{} ({})",
                            snippet(full_text),
                            msg!("language-name", language = language.code()).render(locale)
                        ),
                        kind: OutlineKind::Header,
                        range,
                        selection: range,
                        children: Vec::new(),
                    });
                }
            }
            LineKind::Paragraph if seen_organ && operative.is_none() && annex.is_none() => {
                let group = preamble.get_or_insert_with(|| OutlineItem {
                    name: msg!("outline-preamble").render(locale),
                    kind: OutlineKind::Preamble,
                    range,
                    selection: range,
                    children: Vec::new(),
                });
                extend(group, range);
                group.children.push(OutlineItem {
                    name: marked(snippet(body_text), line, locale),
                    kind: OutlineKind::PreambularParagraph,
                    range,
                    selection: range,
                    children: Vec::new(),
                });
            }
            LineKind::Numbered { label, .. } => {
                close(&mut items, &mut preamble);
                let label_text = body
                    .get(label.start as usize..label.end as usize)
                    .unwrap_or("");
                let item = OutlineItem {
                    name: marked(format!("{label_text} {}", snippet(body_text)), line, locale),
                    kind: OutlineKind::Paragraph,
                    range,
                    selection: Range::on_line(index, label.start, label.end),
                    children: Vec::new(),
                };
                let parent = match annex.as_mut() {
                    Some(annex) => annex,
                    None => operative.get_or_insert_with(|| OutlineItem {
                        name: msg!("outline-operative-part").render(locale),
                        kind: OutlineKind::OperativePart,
                        range,
                        selection: range,
                        children: Vec::new(),
                    }),
                };
                extend(parent, range);
                parent.children.push(item);
            }
            LineKind::Sub { label, .. } => {
                let label_text = body
                    .get(label.start as usize..label.end as usize)
                    .unwrap_or("");
                let item = OutlineItem {
                    name: marked(format!("{label_text} {}", snippet(body_text)), line, locale),
                    kind: OutlineKind::Subparagraph,
                    range,
                    selection: Range::on_line(index, label.start, label.end),
                    children: Vec::new(),
                };
                let parent = annex.as_mut().or(operative.as_mut());
                if let Some(parent) = parent {
                    extend(parent, range);
                    if let Some(paragraph) = parent.children.last_mut() {
                        extend(paragraph, range);
                        let model = document.model();
                        let level2 = (model.sub_lines.iter())
                            .position(|&line| line == index)
                            .is_some_and(|s| model.subs[s].level == 2);
                        match paragraph.children.last_mut() {
                            Some(lettered) if level2 => {
                                extend(lettered, range);
                                lettered.children.push(item);
                            }
                            _ => paragraph.children.push(item),
                        }
                    }
                }
            }
            LineKind::Heading { annex: true } => {
                close(&mut items, &mut preamble);
                close(&mut items, &mut operative);
                close(&mut items, &mut annex);
                annex = Some(OutlineItem {
                    name: snippet(full_text),
                    kind: OutlineKind::Annex,
                    range,
                    selection: range,
                    children: Vec::new(),
                });
            }
            LineKind::Heading { annex: false } if seen_organ => {
                let item = OutlineItem {
                    name: snippet(full_text),
                    kind: OutlineKind::Heading,
                    range,
                    selection: range,
                    children: Vec::new(),
                };
                match annex.as_mut().or(operative.as_mut()) {
                    Some(parent) => {
                        extend(parent, range);
                        parent.children.push(item);
                    }
                    None => {
                        close(&mut items, &mut preamble);
                        items.push(item);
                    }
                }
            }
            LineKind::Paragraph | LineKind::Table => {
                if let Some(parent) = annex.as_mut().or(operative.as_mut()) {
                    extend(parent, range);
                }
            }
            LineKind::FootnoteText { number, label } => {
                let group = footnotes.get_or_insert_with(|| OutlineItem {
                    name: msg!("outline-footnotes").render(locale),
                    kind: OutlineKind::Footnotes,
                    range,
                    selection: range,
                    children: Vec::new(),
                });
                extend(group, range);
                group.children.push(OutlineItem {
                    name: format!("{number} {}", snippet(body_text)),
                    kind: OutlineKind::Footnote,
                    range,
                    selection: Range::on_line(index, label.start, label.end),
                    children: Vec::new(),
                });
            }
            _ => {}
        }
    }
    close(&mut items, &mut preamble);
    close(&mut items, &mut operative);
    close(&mut items, &mut annex);
    close(&mut items, &mut footnotes);
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use expect_test::expect;

    fn render(items: &[OutlineItem], depth: usize, out: &mut String) {
        for item in items {
            out.push_str(&format!(
                "{}{:?} {:?} {}-{}\n",
                "  ".repeat(depth),
                item.kind,
                item.name,
                item.range.start.line,
                item.range.end.line
            ));
            render(&item.children, depth + 1, out);
        }
    }

    #[test]
    fn outline_of_a_small_resolution() {
        let document = Document::new(
            "78/10.\tSport and the Olympic ideal\n\n\tThe General Assembly,\n\tRecalling its resolution 76/13,\n\tNoting the Games,1\n\t1.\tUrges Member States to observe the Olympic Truce individually and collectively, within the framework of the Charter;\n\t2.\tDecides:\n\t\t(a)\tto act;\n\t\t\t(i)\tnow;\n\t\t(b)\tto report.\n\n38th plenary meeting\n21 November 2023\n\n1 Resolution 60/1.\n",
        );
        let mut out = String::new();
        render(&outline(&document), 0, &mut out);
        expect![[r#"
            Header "78/10.\tSport and the Olympic ideal" 0-0
            Preamble "Preamble" 3-4
              PreambularParagraph "Recalling its resolution 76/13," 3-3
              PreambularParagraph "Noting the Games,1" 4-4
            OperativePart "Operative part" 5-9
              Paragraph "1. Urges Member States to observe the Olympic Truce …" 5-5
              Paragraph "2. Decides:" 6-9
                Subparagraph "(a) to act;" 7-8
                  Subparagraph "(i) now;" 8-8
                Subparagraph "(b) to report." 9-9
            Footnotes "Footnotes" 14-14
              Footnote "1 Resolution 60/1." 14-14
        "#]]
        .assert_eq(&out);
    }

    #[test]
    fn paragraphs_in_brackets_are_marked() {
        let document = Document::new(
            "\tThe General Assembly,\nPP1\tRecalling [its resolution 76/13],\nOP1\t[Urges/Calls upon] Member States;\nOP2\tDecides to act.\n",
        );
        let mut out = String::new();
        render(&outline(&document), 0, &mut out);
        expect![[r#"
            Preamble "Preamble" 1-1
              PreambularParagraph "Recalling [its resolution 76/13], [in brackets]" 1-1
            OperativePart "Operative part" 2-3
              Paragraph "OP1 [Urges/Calls upon] Member States; [in brackets]" 2-2
              Paragraph "OP2 Decides to act." 3-3
        "#]]
        .assert_eq(&out);
    }

    /// The groups in the drafter's language, the paragraphs in the text's.
    #[test]
    fn the_groups_are_named_in_the_drafters_language() {
        use crate::data::languages::Language;
        let document = Document::with_language(
            "\tL'Assemblée générale,\n\tRappelant [sa résolution 76/13],\n\t1.\tPrie instamment les États Membres d'agir;\n",
            crate::Catalog::builtin(),
            Some(Language::French),
        );
        let mut out = String::new();
        render(&outline_in(&document, Locale::Ar), 0, &mut out);
        expect![[r#"
            Header "L'Assemblée générale, (الفرنسية)" 0-0
            Preamble "الديباجة" 1-1
              PreambularParagraph "Rappelant [sa résolution 76/13], [بين معقوفتين]" 1-1
            OperativePart "المنطوق" 2-2
              Paragraph "1. Prie instamment les États Membres d'agir;" 2-2
        "#]]
        .assert_eq(&out);
    }
}
