//! Code actions: renumbering (operative paragraphs with their references,
//! footnotes with their texts), finalizing a negotiation draft, adding a
//! missing footnote text, inserting a cited resolution's date, sorting a list
//! of citations. Every action is a plain list of edits against the current
//! text, so it works in every editor. The rules' own fixes travel with their
//! diagnostics ([`crate::Diagnostic::fixes`]).

use super::renumber::{self, Renumbering};
use crate::catalog::{Catalog, Key};
use crate::diagnostic::TextEdit;
use crate::syntax::Citation;
use crate::text::{Pos, Range};
use crate::Document;

/// What kind of action it is, as editors group them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// Repairs the diagnostics of rule `code` in the requested range.
    QuickFix { code: &'static str },
    /// A whole-document action (`source.*`).
    Source,
    /// A rewrite at the cursor (`refactor.rewrite`).
    Refactor,
}

/// One action.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Action {
    /// The title shown in the editor's menu (rendered in the reader's
    /// language).
    pub title: crate::l10n::Message,
    pub kind: ActionKind,
    /// A stable identifier (`source.renumber`), for editors' key bindings.
    pub id: &'static str,
    pub edits: Vec<TextEdit>,
    /// Why the action cannot be applied (it then has no edits): editors
    /// show it greyed out with this reason.
    pub disabled: Option<crate::l10n::Message>,
}

impl Action {
    /// The action, or the reason it cannot be applied when its edits would
    /// change what an internal reference points at ([`renumber::check`]).
    fn checked(mut self, document: &Document) -> Action {
        if let Err(reason) = renumber::check(document, &self.edits) {
            self.edits.clear();
            self.disabled = Some(reason);
        }
        self
    }
}

/// The title (message id) of the renumbering of paragraphs and their
/// references.
pub const RENUMBER_PARAGRAPHS: &str = "action-renumber-paragraphs";

/// The title (message id) of the renumbering of footnotes and their texts.
pub const RENUMBER_FOOTNOTES: &str = "action-renumber-footnotes";

/// The actions available for `range` (a cursor or a selection). An action
/// that would change nothing is not offered.
pub fn actions(document: &Document, catalog: &Catalog, range: Range) -> Vec<Action> {
    let mut out = Vec::new();
    let touches = |r: &Range| r.start <= range.end && range.start <= r.end;
    let in_range = |code: &str| {
        document
            .diagnostics()
            .iter()
            .any(|d| d.code == code && touches(&d.range()))
    };

    // A renumbering is offered where its rule reports a break somewhere in
    // the text, with the same title as a quick fix and as a source action:
    // where the rule finds nothing, the numbers are as the text means them
    // (footnotes may continue a series begun in another document).
    // The rules' findings are read first: the renumberings walk the whole
    // document, which a request at the cursor should not do for nothing.
    let reported = |code: &str| document.diagnostics().iter().any(|d| d.code == code);
    let renumbering = if reported("operative-numbering") || reported("subparagraph-numbering") {
        renumber::operative(document.model(), false)
    } else {
        Default::default()
    };
    if !renumbering.is_empty() {
        let edits = renumber::edits(document, &renumbering);
        let disabled = renumber::check(document, &edits).err();
        let edits = if disabled.is_some() {
            Vec::new()
        } else {
            edits
        };
        for code in ["operative-numbering", "subparagraph-numbering"] {
            if in_range(code) {
                out.push(Action {
                    title: crate::l10n::Message::new(RENUMBER_PARAGRAPHS),
                    kind: ActionKind::QuickFix { code },
                    id: "quickfix.renumber",
                    edits: edits.clone(),
                    disabled: disabled.clone(),
                });
            }
        }
        out.push(Action {
            title: crate::l10n::Message::new(RENUMBER_PARAGRAPHS),
            kind: ActionKind::Source,
            id: "source.renumber",
            edits,
            disabled,
        });
    }

    if let Some(edits) = (reported("footnote-order") || reported("footnote-duplicate"))
        .then(|| renumber::footnotes(document))
        .flatten()
    {
        for code in ["footnote-order", "footnote-duplicate"] {
            if in_range(code) {
                out.push(Action {
                    title: crate::l10n::Message::new(RENUMBER_FOOTNOTES),
                    kind: ActionKind::QuickFix { code },
                    id: "quickfix.renumberFootnotes",
                    edits: edits.clone(),
                    disabled: None,
                });
            }
        }
        out.push(Action {
            title: crate::l10n::Message::new(RENUMBER_FOOTNOTES),
            kind: ActionKind::Source,
            id: "source.renumberFootnotes",
            edits,
            disabled: None,
        });
    }

    for diagnostic in document.diagnostics() {
        if diagnostic.code == "footnote-missing" && touches(&diagnostic.range()) {
            if let Some(action) = add_footnote(document, diagnostic.range()) {
                out.push(action);
            }
        }
    }

    if let Some(action) = finalize(document) {
        out.push(action);
    }

    let line = range.start.line;
    if let Some(syntax) = document.lines().get(line as usize) {
        let at = |c: &Citation| c.span.start <= range.end.col && range.start.col <= c.span.end;
        if let Some(citation) = syntax.citations().iter().find(|c| at(c)) {
            if let Some(action) = insert_date(document, catalog, line, citation) {
                out.push(action);
            }
            if let Some(mut action) = sort_list(document, catalog, line, citation) {
                if in_range("citation-order") {
                    action.kind = ActionKind::QuickFix {
                        code: "citation-order",
                    };
                }
                out.push(action);
            }
        }
    }
    // A declined action stays, disabled, so that the editor says why.
    out.retain(|action| action.disabled.is_some() || changes_something(document, &action.edits));
    out
}

/// Whether applying `edits` would change the text of `document`.
fn changes_something(document: &Document, edits: &[TextEdit]) -> bool {
    edits.iter().any(|edit| {
        let Range { start, end } = edit.range;
        if start.line != end.line {
            return true;
        }
        let text = document.line_text(start.line);
        text.get(start.col as usize..end.col as usize) != Some(edit.new_text.as_str())
    })
}

/// A line for the text of footnote N, inserted among the footnotes of its
/// resolution where its number belongs (or after the text, when it has
/// none yet): `N ` and a space, for the drafter to type the text after it
/// (until then the footnote has no text, and the error stays).
fn add_footnote(document: &Document, at: Range) -> Option<Action> {
    let footnotes = document.footnotes();
    let marker = footnotes
        .markers_on(at.start.line)
        .iter()
        .find(|m| footnotes.span(document.lines(), m).start == at.start.col)?;
    let number = marker.number;
    let texts: Vec<(u32, u32)> = footnotes
        .texts_of(marker.scope)
        .iter()
        .map(|t| (footnotes.text_line(t), t.number))
        .collect();
    let (position, text) = match texts.iter().find(|(_, n)| *n > number) {
        Some(&(line, _)) => (Pos::new(line, 0), format!("{number} \n")),
        None => match texts.last() {
            Some(&(line, _)) => {
                let end = document.line_text(line).len() as u32;
                (Pos::new(line, end), format!("\n{number} "))
            }
            None => {
                // After the last line of the resolution that is not blank.
                let scope = &footnotes.scopes[marker.scope as usize];
                let last = (scope.lines.start..scope.lines.end)
                    .rev()
                    .find(|&l| !document.line_text(l).trim().is_empty())
                    .unwrap_or(scope.lines.end.saturating_sub(1));
                let end = document.line_text(last).len() as u32;
                (Pos::new(last, end), format!("\n\n{number} "))
            }
        },
    };
    Some(Action {
        title: crate::msg!("action-add-footnote", number = number),
        kind: ActionKind::QuickFix {
            code: "footnote-missing",
        },
        id: "quickfix.addFootnote",
        edits: vec![TextEdit::new(
            Range {
                start: position,
                end: position,
            },
            text,
        )],
        disabled: None,
    })
}

/// Finalizes a negotiation draft: `PP` labels dropped, `OP` labels and
/// `bis`/`ter` inserts numbered in sequence, references following.
pub fn finalize(document: &Document) -> Option<Action> {
    let lines = document.lines();
    let has_marks = lines.iter().any(|l| l.draft().is_some())
        || document.model().paragraphs.iter().any(|p| p.suffixed);
    if !has_marks {
        return None;
    }
    let renumbering: Renumbering = renumber::operative(document.model(), true);
    let mut edits = renumber::edits(document, &renumbering);
    for (index, line) in lines.iter().enumerate() {
        let Some(label) = line.draft() else { continue };
        if label.part != crate::syntax::DraftPart::Preambular {
            continue;
        }
        let replacement = if line.indent == 0 { "\t" } else { "" };
        edits.push(TextEdit::new(
            Range::on_line(index as u32, label.span.start, line.body.start),
            replacement,
        ));
    }
    edits.sort_by_key(|e| e.range);
    Some(
        Action {
            title: crate::msg!("action-finalize-numbering"),
            kind: ActionKind::Source,
            id: "source.finalizeNumbering",
            edits,
            disabled: None,
        }
        .checked(document),
    )
}

fn entry_date(
    document: &Document,
    catalog: &Catalog,
    citation: &Citation,
) -> Option<(crate::syntax::date::Date, String)> {
    let organ = document.citation_organ(citation)?;
    let key = Key::of_citation(organ, citation)?;
    let entry = catalog.get(&key)?;
    Some((entry.date?, entry.cite.clone()))
}

/// `resolution 65/140` becomes `resolution 65/140 of 16 December 2010`.
fn insert_date(
    document: &Document,
    catalog: &Catalog,
    line: u32,
    citation: &Citation,
) -> Option<Action> {
    if citation.date.is_some() {
        return None;
    }
    let (date, cite) = entry_date(document, catalog, citation)?;
    let at = Pos::new(line, citation.span.end);
    Some(Action {
        title: crate::msg!("action-insert-date", cite = &cite, date = date),
        kind: ActionKind::Refactor,
        id: "refactor.rewrite.insertDate",
        edits: vec![TextEdit::new(
            Range { start: at, end: at },
            format!(" of {date}"),
        )],
        disabled: None,
    })
}

/// Sorts the list `citation` belongs to by adoption date, each item moving
/// with its own date; the separators stay where they are.
fn sort_list(
    document: &Document,
    catalog: &Catalog,
    line: u32,
    citation: &Citation,
) -> Option<Action> {
    let syntax = document.lines().get(line as usize)?;
    let items: Vec<&Citation> = syntax
        .citations()
        .iter()
        .filter(|c| c.lead == citation.lead)
        .collect();
    if items.len() < 2 {
        return None;
    }
    let text = document.line_text(line);
    let mut dated = Vec::new();
    for item in &items {
        let date = item
            .date
            .map(|(d, _)| d)
            .or_else(|| entry_date(document, catalog, item).map(|(d, _)| d))?;
        let end = item.date.map_or(item.span.end, |(_, span)| span.end);
        let written = text.get(item.span.start as usize..end as usize)?.to_owned();
        dated.push((date, written, item.span.start, end));
    }
    let mut sorted = dated.clone();
    sorted.sort_by_key(|(date, ..)| *date);
    if sorted.iter().map(|d| &d.1).eq(dated.iter().map(|d| &d.1)) {
        return None;
    }
    let edits = dated
        .iter()
        .zip(&sorted)
        .filter(|(a, b)| a.1 != b.1)
        .map(|((_, _, start, end), (_, written, _, _))| {
            TextEdit::new(Range::on_line(line, *start, *end), written.clone())
        })
        .collect();
    Some(Action {
        title: crate::msg!("action-sort-citations"),
        kind: ActionKind::Refactor,
        id: "refactor.rewrite.sortCitations",
        edits,
        disabled: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::apply_edits;

    fn find<'a>(actions: &'a [Action], id: &str) -> &'a Action {
        actions
            .iter()
            .find(|a| a.id == id)
            .unwrap_or_else(|| panic!("no {id} in {actions:#?}"))
    }

    fn at(line: u32, col: u32) -> Range {
        Range::on_line(line, col, col)
    }

    #[test]
    fn a_numbering_gap_has_a_quick_fix_and_a_source_action() {
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tRequests, as in paragraph 4 below;\n\t4.\tDecides.\n";
        let document = Document::new(text);
        let actions = actions(&document, document.catalog(), at(2, 1));
        let fix = find(&actions, "quickfix.renumber");
        assert_eq!(
            fix.kind,
            ActionKind::QuickFix {
                code: "operative-numbering"
            }
        );
        assert_eq!(
            apply_edits(text, &fix.edits),
            "\tThe General Assembly,\n\t1.\tUrges;\n\t2.\tRequests, as in paragraph 3 below;\n\t3.\tDecides.\n"
        );
        assert_eq!(find(&actions, "source.renumber").edits, fix.edits);
    }

    #[test]
    fn a_renumbering_that_would_move_a_reference_to_nothing_is_declined() {
        // Paragraph 2 was deleted and `paragraph 2 above` still names it:
        // renumbering 3 to 2 would make it name the old paragraph 3.
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tRequests;\n\t4.\tRecalls paragraphs 2 and 3 above.\n";
        let document = Document::new(text);
        let actions = actions(&document, document.catalog(), at(2, 1));
        for id in ["quickfix.renumber", "source.renumber"] {
            let action = find(&actions, id);
            assert!(action.edits.is_empty());
            let reason = action
                .disabled
                .as_ref()
                .map(|r| r.to_string())
                .unwrap_or_default();
            assert!(
                reason.contains("`paragraph 2` on line 4 points at no paragraph"),
                "{reason}"
            );
        }
    }

    #[test]
    fn a_missing_footnote_text_is_added_in_place() {
        let text = "\tThe General Assembly,\n\tRecalling the Outcome,1 the Summit2 and the Declaration,3\n\n1 One.\n3 Three.\n";
        let document = Document::new(text);
        let col = document.lines()[1].markers()[1].span.start;
        let actions = actions(&document, document.catalog(), at(1, col));
        let fix = find(&actions, "quickfix.addFootnote");
        assert_eq!(
            fix.title.to_string(),
            "Add the text of footnote 2 (a line `2 `: type the text after it)"
        );
        let fixed = apply_edits(text, &fix.edits);
        assert_eq!(
            fixed,
            "\tThe General Assembly,\n\tRecalling the Outcome,1 the Summit2 and the Declaration,3\n\n1 One.\n2 \n3 Three.\n"
        );
        // The error goes once the drafter has typed the text, not before.
        let missing = |text: &str| {
            Document::new(text)
                .diagnostics()
                .iter()
                .any(|d| d.code == "footnote-missing")
        };
        assert!(missing(&fixed));
        assert!(!missing(&fixed.replace("2 \n", "2 Two.\n")));
        // With no footnotes yet, a block is started after the text.
        let text =
            "\tThe General Assembly,\n\tRecalling the World Summit Outcome,1 and the report,";
        let document = Document::new(text);
        let actions = super::actions(&document, document.catalog(), at(1, 36));
        let fix = find(&actions, "quickfix.addFootnote");
        assert_eq!(
            apply_edits(text, &fix.edits),
            "\tThe General Assembly,\n\tRecalling the World Summit Outcome,1 and the report,\n\n1 "
        );
    }

    #[test]
    fn a_duplicate_number_has_a_quick_fix_that_renumbers() {
        let text = "\tThe General Assembly,\n\tRecalling the Outcome,1 and the Summit,2\n\n2 Two.\n1 One.\n2 Again.\n";
        let document = Document::new(text);
        let actions = actions(&document, document.catalog(), at(5, 0));
        let fix = actions
            .iter()
            .find(|a| {
                a.kind
                    == ActionKind::QuickFix {
                        code: "footnote-duplicate",
                    }
            })
            .unwrap_or_else(|| panic!("no fix in {actions:#?}"));
        assert_eq!(
            apply_edits(text, &fix.edits),
            "\tThe General Assembly,\n\tRecalling the Outcome,1 and the Summit,2\n\n1 One.\n2 Two.\n3 Again.\n"
        );
    }

    #[test]
    fn the_date_of_a_cited_resolution_is_inserted() {
        let text = "\tThe General Assembly,\n\tRecalling its resolution 65/140,\n";
        let document = Document::new(text);
        let actions = actions(&document, document.catalog(), at(1, 30));
        let action = find(&actions, "refactor.rewrite.insertDate");
        assert_eq!(
            apply_edits(text, &action.edits),
            "\tThe General Assembly,\n\tRecalling its resolution 65/140 of 16 December 2010,\n"
        );
    }

    #[test]
    fn a_list_of_citations_is_sorted_with_its_dates() {
        let text = "\tThe General Assembly,\n\tRecalling its resolutions 37/4 of 22 October 1982, 68/1 of 20 September 2013 and 67/264,\n";
        let document = Document::new(text);
        let col = text.lines().nth(1).unwrap().find("67/264").unwrap() as u32;
        let actions = actions(&document, document.catalog(), at(1, col));
        let action = find(&actions, "refactor.rewrite.sortCitations");
        assert_eq!(
            action.kind,
            ActionKind::QuickFix {
                code: "citation-order"
            }
        );
        assert_eq!(
            apply_edits(text, &action.edits),
            "\tThe General Assembly,\n\tRecalling its resolutions 37/4 of 22 October 1982, 67/264 and 68/1 of 20 September 2013,\n"
        );
    }

    #[test]
    fn finalizing_a_negotiation_draft() {
        let text = "\tThe General Assembly,\nPP1\tRecalling its resolution 77/1,\n\tPP 2\tNoting the report,\nOP1\tUrges all States;\nOP2\tRequests the Secretary-General;\nOP2 bis\tInvites States;\nOP3\tDecides to follow up paragraph 2 above.\n";
        let document = Document::new(text);
        let action = finalize(&document).unwrap();
        let out = apply_edits(text, &action.edits);
        assert_eq!(
            out,
            "\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\tNoting the report,\n1.\tUrges all States;\n2.\tRequests the Secretary-General;\n3.\tInvites States;\n4.\tDecides to follow up paragraph 2 above.\n"
        );
        assert!(finalize(&Document::new(&out)).is_none());
        let fresh = Document::new(&out);
        assert!(
            fresh
                .diagnostics()
                .iter()
                .all(|d| d.code != "operative-numbering"),
            "{:?}",
            fresh.diagnostics()
        );
    }
}
