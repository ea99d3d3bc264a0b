//! Folding ranges, and the blocks of lines they fold (also the outer steps
//! of a selection range): the preamble, the operative part, each paragraph
//! with its subparagraphs, each lettered subparagraph with its roman
//! items, each annex, and the footnotes.

use crate::model::Model;
use crate::parts::{Parts, Role};
use crate::syntax::{LineKind, LineSyntax, Lines};
use crate::Document;

/// What a block of lines is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BlockKind {
    /// From the organ line (`The General Assembly,`) to the last preambular
    /// paragraph.
    Preamble,
    /// From the first operative paragraph to the end of the last one.
    OperativePart,
    /// A paragraph with its subparagraphs and continuation lines.
    Paragraph,
    /// A lettered subparagraph with its roman-numbered items.
    Subparagraph,
    /// An annex, from its heading.
    Annex,
    /// A run of footnote texts.
    Footnotes,
}

/// Lines `start..=end` make up a `kind`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    pub start: u32,
    pub end: u32,
    pub kind: BlockKind,
}

/// How an editor may treat a fold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FoldKind {
    Region,
    /// The footnotes: an editor may fold them with comments.
    Comment,
}

/// A folding range: lines `start..=end`, the first staying visible.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Fold {
    pub start: u32,
    pub end: u32,
    pub kind: FoldKind,
}

/// Whether a line holds nothing a reader folds for.
fn is_filler(line: &LineSyntax) -> bool {
    matches!(line.kind, LineKind::Blank | LineKind::Artefact)
}

/// The last line of `start..=end` that is not filler (`start` at least).
fn trim_end(lines: &Lines, start: usize, end: usize) -> usize {
    (start..=end.min(lines.len().saturating_sub(1)))
        .rev()
        .find(|&i| !is_filler(&lines[i]))
        .unwrap_or(start)
}

/// The last line that belongs to the paragraph starting on `line`.
fn paragraph_end(lines: &Lines, model: &Model, line: usize) -> usize {
    let mut end = line;
    for j in line + 1..lines.len() {
        if model.owner_of(j) != Some(line as u32) {
            break;
        }
        end = j;
    }
    trim_end(lines, line, end)
}

/// The blocks of `document`, outermost first when two start on one line.
pub fn blocks(document: &Document) -> Vec<Block> {
    let lines = document.lines();
    let model = document.model();
    let parts = Parts::build(lines, model);
    let mut out = Vec::new();
    let mut push = |start: usize, end: usize, kind: BlockKind| {
        out.push(Block {
            start: start as u32,
            end: end as u32,
            kind,
        });
    };

    // The preamble and the operative part of the resolution.
    let preambular: Vec<usize> = (0..lines.len())
        .filter(|&i| parts.role(i) == Some(Role::Preambular))
        .collect();
    if let (Some(&first), Some(&last)) = (preambular.first(), preambular.last()) {
        let organ = (0..first)
            .rev()
            .find(|&i| matches!(lines[i].kind, LineKind::OrganLine { .. }));
        let start = organ.unwrap_or(first);
        push(
            start,
            paragraph_end(lines, model, last),
            BlockKind::Preamble,
        );
    }
    let operative: Vec<usize> = (0..lines.len())
        .filter(|&i| matches!(parts.role(i), Some(Role::Operative { .. })))
        .collect();
    if let (Some(&first), Some(&last)) = (operative.first(), operative.last()) {
        push(
            first,
            paragraph_end(lines, model, last),
            BlockKind::OperativePart,
        );
    }

    // Annexes: to the last line of their region that is not a footnote.
    for (i, line) in lines.iter().enumerate() {
        if !matches!(line.kind, LineKind::Heading { annex: true }) {
            continue;
        }
        let region = model.regions.get(i).copied();
        let end = (i + 1..lines.len())
            .take_while(|&j| model.regions.get(j).copied() == region)
            .filter(|&j| {
                !is_filler(&lines[j]) && !matches!(lines[j].kind, LineKind::FootnoteText { .. })
            })
            .last()
            .unwrap_or(i);
        push(i, end, BlockKind::Annex);
    }

    // Paragraphs with their subparagraphs and continuation lines.
    for (i, line) in lines.iter().enumerate() {
        let starts = model.owner_of(i) == Some(i as u32);
        if starts && matches!(line.kind, LineKind::Numbered { .. } | LineKind::Paragraph) {
            push(i, paragraph_end(lines, model, i), BlockKind::Paragraph);
        }
    }

    // Lettered subparagraphs with their roman items.
    for (k, sub) in model.subs.iter().enumerate() {
        if sub.level != 1 {
            continue;
        }
        let owner = |s: usize| model.owner_of(model.sub_line(s) as usize);
        let items = (k + 1..model.subs.len())
            .take_while(|&s| model.subs[s].level == 2 && owner(s) == owner(k));
        if let Some(last) = items.last() {
            let last = paragraph_item_end(lines, model, model.sub_line(last) as usize);
            push(model.sub_line(k) as usize, last, BlockKind::Subparagraph);
        }
    }

    // Runs of footnote texts (blank lines and artefacts may separate them).
    let mut run: Option<(usize, usize)> = None;
    for (i, line) in lines.iter().enumerate() {
        match line.kind {
            LineKind::FootnoteText { .. } => {
                run = Some(run.map_or((i, i), |(start, _)| (start, i)));
            }
            _ if is_filler(line) => {}
            _ => {
                if let Some((start, end)) = run.take() {
                    push(start, end, BlockKind::Footnotes);
                }
            }
        }
    }
    if let Some((start, end)) = run {
        push(start, end, BlockKind::Footnotes);
    }

    out.sort_by_key(|b| (b.start, std::cmp::Reverse(b.end)));
    out
}

/// The last line of the subparagraph item on `line`: its continuation lines
/// up to the next subparagraph.
fn paragraph_item_end(lines: &Lines, model: &Model, line: usize) -> usize {
    let owner = model.owner_of(line);
    let mut end = line;
    for (j, next) in lines.iter().enumerate().skip(line + 1) {
        if model.owner_of(j) != owner || matches!(next.kind, LineKind::Sub { .. }) {
            break;
        }
        end = j;
    }
    trim_end(lines, line, end)
}

/// The folding ranges of `document`: every block of more than one line.
pub fn folding_ranges(document: &Document) -> Vec<Fold> {
    let mut folds: Vec<Fold> = blocks(document)
        .into_iter()
        .filter(|b| b.end > b.start)
        .map(|b| Fold {
            start: b.start,
            end: b.end,
            kind: match b.kind {
                BlockKind::Footnotes => FoldKind::Comment,
                _ => FoldKind::Region,
            },
        })
        .collect();
    folds.dedup_by_key(|f| (f.start, f.end));
    folds
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "78/10.\tSport\n\
\n\
\tThe General Assembly,\n\
\tRecalling its resolution 67/264,1\n\
\tNoting مرحبا 中文 😀,\n\
\t1.\tDecides:\n\
\t\t(a)\tto act:\n\
\t\t\t(i)\tfirst;\n\
\t\t\t(ii)\tsecond;\n\
\t\t(b)\tto report;\n\
\t2.\tRequests the Secretary-General to report.\n\
\n\
38th plenary meeting\n\
\n\
Annex\n\
\tText of the annex\n\
1.\tFirst;\n\
2.\tSecond.\n\
\n\
1 Resolution 67/264.\n\
\n\
2 Resolution 70/1.\n";

    fn render(folds: &[Fold]) -> Vec<String> {
        folds
            .iter()
            .map(|f| format!("{}-{} {:?}", f.start, f.end, f.kind))
            .collect()
    }

    #[test]
    fn folds_of_a_resolution_with_an_annex_and_footnotes() {
        let folds = folding_ranges(&Document::new(TEXT));
        assert_eq!(
            render(&folds),
            [
                "2-4 Region",    // preamble, from the organ line
                "5-10 Region",   // operative part
                "5-9 Region",    // paragraph 1 with its subparagraphs
                "6-8 Region",    // (a) with (i) and (ii)
                "14-17 Region",  // annex
                "19-21 Comment"  // footnotes
            ]
        );
    }

    #[test]
    fn nothing_to_fold_in_empty_or_flat_texts() {
        assert!(folding_ranges(&Document::new("")).is_empty());
        assert!(folding_ranges(&Document::new("\n\n\n")).is_empty());
        assert!(
            folding_ranges(&Document::new("\tThe General Assembly,\n\t1.\tDecides.")).is_empty()
        );
    }
}
