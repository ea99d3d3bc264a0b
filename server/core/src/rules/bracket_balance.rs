//! `bracket-balance`: square brackets of negotiation (`[Urges/Calls upon]`,
//! disputed paragraphs in brackets, sometimes nested) must be balanced
//! across the text. An unmatched `[` or `]` is reported where it stands.
//! The document system's `[DU1]`, Markdown footnotes `[^1]` and the
//! proponent line (`[without reference to a Main Committee (A/78/L.9)]`) are
//! not brackets of negotiation.

use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::Span;

use super::{Ctx, RuleInfo};

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "bracket-balance",
    severity: Severity::Error,
    summary: "An unmatched `[` or `]` of negotiation.",
    example: "Urges [all States to act; (no closing bracket)",
};

pub(crate) fn check(ctx: &Ctx<'_>, acc: &mut Vec<Diagnostic>) {
    let mut open: Vec<(u32, u32)> = Vec::new();
    for &index in &ctx.model.bracket_lines {
        let index = index as usize;
        for bracket in ctx.lines[index].brackets() {
            if bracket.open {
                open.push((index as u32, bracket.col));
            } else if open.pop().is_none() {
                acc.push(Ctx::diagnostic(
                    &INFO,
                    index as u32,
                    Span {
                        start: bracket.col,
                        end: bracket.col + 1,
                    },
                    crate::msg!("bracket-balance-unopened"),
                ));
            }
        }
    }
    for (line, col) in open {
        acc.push(Ctx::diagnostic(
            &INFO,
            line,
            Span {
                start: col,
                end: col + 1,
            },
            crate::msg!("bracket-balance-unclosed"),
        ));
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "bracket-balance";

    #[test]
    fn unmatched_brackets_are_reported_where_they_stand() {
        check(
            CODE,
            "\tThe General Assembly,
\t1.\t[Urges/Calls upon] all States [to act [without delay];
\t2.\tRequests the Secretary-General] to report];
\t                                            ^ bracket-balance: closes no `[`
\t3.\tDecides [to remain seized of the matter.
\t  \t        ^ bracket-balance: never closed",
        );
    }

    #[test]
    fn brackets_may_span_paragraphs() {
        check(
            CODE,
            "\tThe General Assembly,
\t[1.\tUrges all States;
\t2.\tRequests the Secretary-General;]",
        );
    }

    #[test]
    fn a_paragraph_in_brackets_is_balanced() {
        check(
            CODE,
            "\tThe General Assembly,
\t[Recalling its resolution 77/1,]
\t1.\tAlso [calls upon/urges] all States to act;
\t2.\t[Requests a report;]
[3.\tRequests another report;]
\t4.\tStrongly [condemns all attacks;
\t  \t         ^ bracket-balance: never closed",
        );
    }

    #[test]
    fn export_artefacts_footnotes_and_proponents_are_not_brackets() {
        check(
            CODE,
            "[DU1]
[without reference to a Main Committee (A/78/L.9)]
\tThe General Assembly,
\t1.\tUrges all States[^1];
[^1]: See A/78/1.",
        );
    }
}
