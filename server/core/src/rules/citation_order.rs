//! `citation-order`: resolutions listed together are cited in the order
//! they were adopted (`resolutions 37/4 of 22 October 1982, 38/4 of 28
//! October 1983 ...`). Each item's date is the one written, else the
//! catalog's; an item older than the one before it is reported. A hint: the
//! order is a convention, not a mistake.

use crate::catalog::Key;
use crate::diagnostic::{Diagnostic, Severity};
use crate::syntax::citation::Citation;
use crate::syntax::date::Date;

use super::{Ctx, LineCtx, RuleInfo};
use crate::syntax::LineSyntax;

pub(crate) const INFO: RuleInfo = RuleInfo {
    code: "citation-order",
    severity: Severity::Hint,
    summary: "A list of cited resolutions not in the order they were adopted.",
    example: "resolutions 68/1 of 20 September 2013 and 67/264 of 17 May 2013",
};

pub(crate) fn check_line(
    ctx: &LineCtx<'_>,
    line: u32,
    syntax: &LineSyntax,
    acc: &mut Vec<Diagnostic>,
) {
    // Each list is the citations from `start` up to one that starts
    // another (its first item, or one of another lead).
    let citations = syntax.citations();
    let mut start = 0;
    for (i, citation) in citations.iter().enumerate() {
        if i > start && (citation.list_index == 0 || citations[start].lead != citation.lead) {
            check_list(ctx, line, &citations[start..i], acc);
            start = i;
        }
    }
    check_list(ctx, line, &citations[start..], acc);
}

/// Reports the items of one list that break its chronological order. A
/// list written newest first throughout (`the most recent being ...`) is a
/// choice, not a slip. A list of one item is in order: its date is not
/// looked up (most lists).
fn check_list(ctx: &LineCtx<'_>, line: u32, list: &[Citation], acc: &mut Vec<Diagnostic>) {
    if list.len() < 2 {
        return;
    }
    let dated: Vec<(&Citation, Date, Key)> = list
        .iter()
        .filter_map(|c| dated(ctx, c).map(|(date, key)| (c, date, key)))
        .collect();
    if dated.windows(2).all(|w| w[0].1 >= w[1].1) {
        return;
    }
    // How an item is cited: formatted only for a finding.
    let written = |key: &Key| {
        ctx.catalog
            .get(key)
            .map_or_else(|| key.cite(None), |e| e.cite.clone())
    };
    for pair in dated.windows(2) {
        let ((_, before_date, before_key), (citation, date, key)) = (pair[0], pair[1]);
        if date < before_date {
            let message = crate::msg!(
                "citation-order",
                written = written(&key),
                date = date,
                before_written = written(&before_key),
                before_date = before_date
            );
            acc.push(Ctx::diagnostic(&INFO, line, citation.span, message));
        }
    }
}

/// The item's date (written, or the catalog's) and its catalog key (how it
/// is cited: the catalog's form, else the key's).
fn dated(ctx: &LineCtx<'_>, citation: &Citation) -> Option<(Date, Key)> {
    let (key, entry) = ctx.citation_entry(citation).unzip();
    let entry = entry.flatten();
    let date = citation
        .date
        .map(|(d, _)| d)
        .filter(Date::is_valid)
        .or_else(|| entry.and_then(|e| e.date))?;
    Some((date, key?))
}

#[cfg(test)]
mod tests {
    use crate::rules::fixture::check;

    const CODE: &str = "citation-order";

    #[test]
    fn an_older_item_after_a_newer_one() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 37/4 of 22 October 1982, 68/1 of 20 September 2013 and 67/264 of 17 May 2013,
\t                                                                                 ^^^^^^ citation-order: should come before 68/1
\tRecalling its resolutions 37/4 of 22 October 1982, 38/4 of 28 October 1983 and 79/9,",
        );
    }

    #[test]
    fn undated_items_use_the_catalog() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions 68/1, 79/9 and 67/264,
\t                                         ^^^^^^ citation-order: 17 May 2013",
        );
    }

    #[test]
    fn a_list_newest_first_throughout_is_a_choice() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolutions, the most recent being 75/287 of 18 June 2021, 75/238 of 31 December 2020 and 74/246 of 27 December 2019,",
        );
    }

    #[test]
    fn separate_lists_are_not_compared() {
        check(
            CODE,
            "\tThe General Assembly,
\tRecalling its resolution 79/9, and also its resolution 67/264,",
        );
    }
}
