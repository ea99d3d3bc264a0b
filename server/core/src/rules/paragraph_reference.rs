//! `paragraph-reference`: an internal reference (`paragraph 5 above`,
//! `paragraphs 3 to 7 of the present resolution`, `subparagraph (b) of
//! paragraph 3 above`) to a paragraph or subparagraph that does not exist.
//! A reference inside an annex is looked up in that annex; `of the present
//! resolution` means the resolution's own paragraphs ([`crate::resolve`]
//! says what a reference points at).

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, Severity};
use crate::resolve::Resolver;
use crate::syntax::RefScope;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "paragraph-reference",
    severity: Severity::Error,
    summary: "An internal reference to a paragraph or subparagraph that does not exist.",
    example: "as requested in paragraph 99 above (the text has 12 paragraphs)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    if ctx.model.reference_lines.is_empty() {
        return;
    }
    let model = ctx.model;
    let resolver = Resolver::with_parts(ctx.lines, model, Cow::Borrowed(ctx.parts));
    for (index, reference, resolved) in resolver.all() {
        let Some(last) = resolved.last_in_scope else {
            // A fragment with no numbered paragraphs: nothing to check against.
            continue;
        };
        let scope_words = match reference.scope {
            RefScope::Above => "above",
            RefScope::Below => "below",
            RefScope::PresentText => "in the present resolution",
        };
        if let (Some(number), true) = (reference.paragraph, resolved.paragraphs.is_empty()) {
            acc.push(Ctx::diagnostic(
                &INFO,
                index as u32,
                reference.span,
                format!(
                    "there is no paragraph {number} {scope_words} (the paragraphs run to {last}): correct the reference"
                ),
            ));
            continue;
        }
        let Some(sub) = &reference.sub else {
            continue;
        };
        let Some(&first) = resolved.paragraphs.first() else {
            continue;
        };
        if resolved.subs.is_empty() {
            let paragraph = model.paragraphs[first].number;
            acc.push(Ctx::diagnostic(
                &INFO,
                index as u32,
                reference.span,
                format!("paragraph {paragraph} has no subparagraph ({sub}): correct the reference"),
            ));
        }
    }
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
