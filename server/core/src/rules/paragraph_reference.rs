//! `paragraph-reference`: an internal reference (`paragraph 5 above`,
//! `paragraphs 3 to 7 of the present resolution`, `subparagraph (b) of
//! paragraph 3 above`, `paragraph 2 bis above`) to a paragraph or
//! subparagraph that does not exist, and a range that runs backwards
//! (`paragraphs 7 to 2 above`). A reference inside an annex is looked up in
//! that annex; `of the present resolution` means the resolution's own
//! paragraphs ([`crate::resolve`] says what a reference points at).

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::Model;
use crate::resolve::{ChangedTargets, Resolver};
use crate::syntax::{Lines, NumberSuffix, ParagraphRef, RefScope, Span};

use super::{lines_within, Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "paragraph-reference",
    severity: Severity::Error,
    summary: "An internal reference to a paragraph or subparagraph that does not exist, or a range of paragraphs that runs backwards.",
    example: "as requested in paragraph 99 above (the text has 12 paragraphs)",
};

/// ` bis` for a suffix, nothing otherwise.
fn suffix_words(suffix: Option<NumberSuffix>) -> &'static str {
    match suffix {
        None => "",
        Some(NumberSuffix::Bis) => " bis",
        Some(NumberSuffix::Ter) => " ter",
        Some(NumberSuffix::Quater) => " quater",
        Some(NumberSuffix::Quinquies) => " quinquies",
        Some(NumberSuffix::Sexies) => " sexies",
        Some(NumberSuffix::Alt) => " alt",
    }
}

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    if ctx.model.reference_lines.is_empty() {
        return;
    }
    let model = ctx.model;
    let resolver = Resolver::with_parts(ctx.lines, model, Cow::Borrowed(ctx.parts));
    let mut previous: Option<(usize, &ParagraphRef)> = None;
    // A reference's findings depend on its line and on the model, which an
    // edit that leaves findings outside `ctx.only` kept: only the wanted
    // lines are resolved; where the edit changed targets, the references
    // elsewhere it made stale too (`Ctx::wants_reference`: each finding is
    // that of the reference its span starts with, the range's first for a
    // range that runs backwards, as `stale_finding` reads it).
    // (Besides the wanted lines, only those that hold a reference to a
    // subparagraph in a region the update read again and those of the
    // regions whose targets changed are visited, in order.)
    let wanted = ctx.wanted_lines();
    let one = |&line: &u32| line as usize..line as usize + 1;
    let visited: Vec<std::ops::Range<usize>> = match ctx.changed_targets {
        None => vec![wanted],
        Some(changed) => match changed.region_lines(model) {
            None => {
                let every = 0..ctx.lines.len();
                vec![every]
            }
            Some(regions) => disjoint(
                (lines_within(
                    &model.sub_reference_lines,
                    changed.sub_reference_reach(model),
                ))
                .iter()
                .map(one)
                .chain([wanted])
                .chain(regions)
                .collect(),
            ),
        },
    };
    let references = visited
        .into_iter()
        .flat_map(|lines| resolver.references_in(lines));
    for (index, reference) in references {
        // `paragraphs 7 to 2 above`.
        if let Some((line, start)) = (previous.take())
            .filter(|&(line, start)| line == index && ctx.wants_reference(line, start))
        {
            if let (true, Some(low), Some(high), None, None) = (
                reference.through,
                start.paragraph,
                reference.paragraph,
                &start.sub,
                &reference.sub,
            ) {
                if low > high {
                    acc.push(Ctx::diagnostic(
                        &INFO,
                        line as u32,
                        Span {
                            start: start.span.start,
                            end: reference.span.end,
                        },
                        crate::msg!("paragraph-reference-backwards", high = high, low = low),
                    ));
                }
            }
        }
        previous = Some((index, reference));
        if !ctx.wants_reference(index, reference) {
            continue;
        }
        // Which paragraph a reference to a paragraph alone points at is no
        // matter here, only whether it points at one (quicker to find).
        let resolved = reference
            .sub
            .is_some()
            .then(|| resolver.resolve(index, reference));
        let (last, found) = match &resolved {
            Some(resolved) => (resolved.last_in_scope, !resolved.paragraphs.is_empty()),
            None => resolver.finds_paragraph(index, reference),
        };
        let Some(last) = last else {
            // A fragment with no numbered paragraphs: nothing to check against.
            continue;
        };
        let scope = match reference.scope {
            RefScope::Above => "above",
            RefScope::Below => "below",
            RefScope::PresentText => "present",
            RefScope::Unstated => "none",
        };
        if let (Some(number), false) = (reference.paragraph, found) {
            let suffix = suffix_words(reference.suffix);
            acc.push(Ctx::diagnostic(
                &INFO,
                index as u32,
                reference.span,
                crate::msg!(
                    "paragraph-reference-missing",
                    number = number,
                    suffix = suffix,
                    scope = scope,
                    last = last
                ),
            ));
            continue;
        }
        let (Some(sub), Some(resolved)) = (&reference.sub, &resolved) else {
            continue;
        };
        let Some(&first) = resolved.paragraphs.first() else {
            continue;
        };
        if resolved.subs.is_empty() {
            let paragraph = &model.paragraphs[first];
            let (number, suffix) = (paragraph.number, suffix_words(paragraph.suffix));
            let sub_suffix = suffix_words(reference.sub_suffix);
            acc.push(Ctx::diagnostic(
                &INFO,
                index as u32,
                reference.span,
                crate::msg!(
                    "paragraph-reference-no-subparagraph",
                    number = number,
                    suffix = suffix,
                    sub = sub,
                    sub_suffix = sub_suffix
                ),
            ));
        }
    }
}

/// `ranges` in order, those that overlap or touch joined: each line once.
fn disjoint(mut ranges: Vec<std::ops::Range<usize>>) -> Vec<std::ops::Range<usize>> {
    ranges.retain(|r| !r.is_empty());
    ranges.sort_unstable_by_key(|r| r.start);
    let mut out: Vec<std::ops::Range<usize>> = Vec::with_capacity(ranges.len());
    for range in ranges {
        match out.last_mut() {
            Some(last) if range.start <= last.end => last.end = last.end.max(range.end),
            _ => out.push(range),
        }
    }
    out
}

/// Whether `diagnostic`, a finding of this rule on a line an edit did not
/// write (its line now `line`), may change with `changed`: that of the
/// reference its span starts with ([`ChangedTargets::stale`]).
pub(crate) fn stale_finding(
    lines: &Lines,
    model: &Model,
    changed: &ChangedTargets,
    line: usize,
    diagnostic: &Diagnostic,
) -> bool {
    let start = diagnostic.range().start.col;
    lines[line]
        .references()
        .iter()
        .filter(|reference| reference.span.start == start)
        .any(|reference| changed.stale(model, line, reference))
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "paragraph-reference";

    #[test]
    fn missing_paragraph() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tDecides:
\t\t(a)\tto act;
\t\t(b)\tto report;
\t2.\tRequests the implementation of paragraph 1 above;
\t3.\tRequests a report on paragraph 99 above and paragraphs 1 to 2 of the present resolution;
\t  \t                               ^^ paragraph-reference: there is no paragraph 99 above
\t4.\tRecalls subparagraph (b) of paragraph 1 above and paragraph 1 (c) above;
\t  \t                                                            ^^^^^ paragraph-reference: no subparagraph (c)
\t5.\tRecalls paragraph 5 of resolution 60/1.",
        );
    }

    #[test]
    fn annex_references_use_the_annex() {
        check(
            CODE,
            "1.\tAdopts the annexed text;
2.\tDecides.
Annex
1.\tFirst;
2.\tSecond;
3.\tAs set out in paragraph 2 above;
4.\tAs in paragraph 3 of the present resolution.
  \t                ^ paragraph-reference: no paragraph 3 in the present resolution",
        );
    }

    #[test]
    fn inserts_glued_markers_and_lists_of_subparagraphs() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\tDecides:
\t\t(a)\tto act;
\t\t(b)\tto report;
\t2.\tRecalls paragraphs 1 (a) and (b) above and paragraph 1 (a) and (c) above;
\t  \t                                                               ^^^ paragraph-reference: paragraph 1 has no subparagraph (c)
\t2 bis.\tRecalls paragraph 2 bis above3 and paragraph 3 bis;
\t      \t                                             ^^^^^ paragraph-reference: no paragraph 3 bis (the paragraphs run to 3)
\t3.\tRecalls paragraph 7 above3.
\t  \t                  ^ paragraph-reference: no paragraph 7 above",
        );
    }

    #[test]
    fn each_finding_starts_where_its_reference_does() {
        // What the document keeps after a structural edit reads each finding
        // as that of the reference its span starts with (`stale_finding`).
        let text = "\tThe General Assembly,\n\t1.\tDecides:\n\t\t(a)\tto act;\n\t2.\tRecalls paragraphs 7 to 2 above, paragraph 9 above, paragraph 1 (c) above, subparagraph (d) of paragraph 1 above and paragraphs 1 (a) and (e) above;\n\t2 bis.\tRecalls paragraph 4 bis above and paragraph 3 of the present resolution.\nAnnex\n\t1.\tAs in paragraph 5 above.\n";
        let document = crate::Document::new(text);
        let findings: Vec<_> = (document.diagnostics().iter())
            .filter(|d| d.code == CODE)
            .collect();
        assert!(findings.len() >= 7, "{findings:?}");
        for d in findings {
            let line = &document.lines()[d.range().start.line as usize];
            assert!(
                line.references()
                    .iter()
                    .any(|r| r.span.start == d.range().start.col),
                "{d:?}"
            );
        }
    }

    #[test]
    fn an_edit_in_one_region_finds_the_references_to_its_subparagraphs_from_others() {
        // After a structural edit, only the references to subparagraphs in
        // the regions the update read are looked up again: an annex's for an
        // edit in the annex, every line's for an edit in the resolution (a
        // reference to the present text is looked up there from any line).
        // Long regions, so that the update reads one of them only.
        let region = |head: &str, last: &str| {
            let mut text = format!("{head}\t1.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report;\n");
            for n in 2..120 {
                text += &format!("\t{n}.\tNotes the report;\n");
            }
            text + &format!("\t120.\t{last}\n")
        };
        let text = region(
            "\tThe General Assembly,\n",
            "Recalls subparagraph (b) of paragraph 1 above.",
        ) + &region("Annex I\n", "As in paragraph 1 (b) above.")
            + &region(
                "Annex II\n",
                "As in paragraph 1 (b) of the present resolution.",
            );
        let mut document = crate::Document::new(&text);
        let lines_of = |document: &crate::Document| -> Vec<u32> {
            (document.diagnostics().iter())
                .filter(|d| d.code == CODE)
                .map(|d| d.range().start.line)
                .collect()
        };
        assert_eq!(lines_of(&document), Vec::<u32>::new());
        let line_start =
            |document: &crate::Document, line: u32| document.rope().line_to_char(line as usize);
        // A new line in the first annex's first paragraph, then its (b)
        // deleted; then the resolution's.
        let steps: [(u32, u32, &str, Vec<u32>); 3] = [
            (125, 125, "\n", vec![]),
            (127, 128, "", vec![245]),
            (3, 4, "", vec![121, 244, 367]),
        ];
        for (from, to, new_text, expected) in steps {
            let (a, b) = (line_start(&document, from), line_start(&document, to));
            document.edit(a..b, new_text);
            let fresh = crate::Document::new(&document.text());
            assert_eq!(lines_of(&document), lines_of(&fresh), "after {from}..{to}");
            assert_eq!(lines_of(&document), expected, "after {from}..{to}");
        }
    }

    #[test]
    fn the_lines_visited_are_each_visited_once_in_order() {
        assert_eq!(
            super::disjoint(vec![9..12, 3..4, 0..0, 4..6, 10..11, 5..7, 20..21]),
            [3..7, 9..12, 20..21]
        );
        let empty = 9..9;
        assert!(super::disjoint(vec![empty]).is_empty());
    }

    #[test]
    fn ranges_run_forwards() {
        check(
            CODE,
            "1.\tUrges;
2.\tDecides;
3.\tRecalls paragraphs 1 to 2 above;
4.\tRecalls paragraphs 3 to 1 above.
  \t                   ^^^^^^ paragraph-reference: write paragraphs 1 to 3: this range runs backwards",
        );
    }
}
