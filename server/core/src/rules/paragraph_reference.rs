//! `paragraph-reference`: an internal reference (`paragraph 5 above`,
//! `paragraphs 3 to 7 of the present resolution`, `subparagraph (b) of
//! paragraph 3 above`) to a paragraph or subparagraph that does not exist.
//! A reference inside an annex is looked up in that annex; `of the present
//! resolution` means the resolution's own paragraphs.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::NumberedParagraph;
use crate::syntax::RefScope;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "paragraph-reference",
    severity: Severity::Error,
    summary: "An internal reference to a paragraph or subparagraph that does not exist.",
    example: "as requested in paragraph 99 above (the text has 12 paragraphs)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let model = ctx.model;
    for &index in &model.reference_lines {
        let line = &ctx.lines[index as usize];
        let region = model.regions.get(index as usize).copied().unwrap_or(0);
        for reference in &line.references {
            let scope_words = match reference.scope {
                RefScope::Above => "above",
                RefScope::Below => "below",
                RefScope::PresentText => "in the present resolution",
            };
            let scope_region = match reference.scope {
                RefScope::PresentText => 0,
                _ => region,
            };
            let candidates = || in_region(&model.paragraphs, scope_region);
            if candidates().next().is_none() {
                // A fragment with no numbered paragraphs: nothing to check against.
                continue;
            }
            let owner = model.owner_line.get(index as usize).copied();
            let is_target = |p: &NumberedParagraph| match reference.paragraph {
                Some(number) => p.number == number,
                None => Some(p.line) == owner,
            };
            if let Some(number) = reference.paragraph {
                if !candidates().any(&is_target) {
                    let last = candidates().map(|p| p.number).max().unwrap_or(0);
                    acc.push(Ctx::diagnostic(
                        &INFO,
                        index,
                        reference.span,
                        format!(
                            "there is no paragraph {number} {scope_words} (the paragraphs run to {last}): correct the reference"
                        ),
                    ));
                    continue;
                }
            }
            let Some(sub) = &reference.sub else {
                continue;
            };
            let mut targets = candidates().filter(|p| is_target(p)).peekable();
            let Some(first) = targets.peek().map(|p| p.number) else {
                continue;
            };
            let exists = targets.any(|p| {
                model.subs[p.subs.clone()]
                    .iter()
                    .any(|s| &*s.letters == sub.as_str())
            });
            if !exists {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index,
                    reference.span,
                    format!("paragraph {first} has no subparagraph ({sub}): correct the reference"),
                ));
            }
        }
    }
}

/// The unsuffixed paragraphs of `region`. Paragraphs are in line order and
/// regions only grow down the text, so a region's paragraphs are contiguous.
fn in_region(
    paragraphs: &[NumberedParagraph],
    region: u16,
) -> impl Iterator<Item = &NumberedParagraph> {
    let start = paragraphs.partition_point(|p| p.region < region);
    paragraphs[start..]
        .iter()
        .take_while(move |p| p.region == region)
        .filter(|p| !p.suffixed)
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
}
