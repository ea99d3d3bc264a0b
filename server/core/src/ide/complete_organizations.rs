//! Completion of organization names anywhere in running text, by the start
//! of the name (`Organization of Is`), of a former name (`Organization of
//! the Isl`) or of the acronym (`OIC`): the current official name comes
//! first, then, for a first mention, the name with its acronym in brackets,
//! then a former name for historic mentions. Ranked by exact acronym, then
//! by how often the adopted texts of the corpus name the organization.

use crate::data::languages::{LanguageData, Reliability};
use crate::l10n::Locale;
use crate::msg;
use crate::text::{Pos, Range};
use crate::vocabulary::{self, Organization};

use super::complete_openings::rank;
use super::completion::{CompletionCtx, CompletionItem, CompletionKind};

/// The start of each word among the last eight words before the cursor,
/// farthest first.
fn word_starts(before: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut previous: Option<char> = None;
    for (i, c) in before.char_indices() {
        let boundary = previous.is_none_or(|p| p == ' ' || p == '(' || p == '“' || p == '"');
        if boundary && c.is_alphanumeric() {
            starts.push(i);
        }
        previous = Some(c);
    }
    let keep = starts.len().saturating_sub(8);
    starts.split_off(keep)
}

fn starts_with_ci(name: &str, typed: &str) -> bool {
    name.len() >= typed.len()
        && name.is_char_boundary(typed.len())
        && name[..typed.len()].eq_ignore_ascii_case(typed)
}

/// How `typed` matches `org`: (tier, the text it matched), best first.
fn matches(org: &Organization, typed: &str) -> Option<(u32, &'static str, bool)> {
    if let Some(acronym) = org.acronym {
        if acronym == typed {
            return Some((0, acronym, false));
        }
        if typed.len() >= 2 && acronym.starts_with(typed) {
            return Some((1, acronym, false));
        }
    }
    if starts_with_ci(org.name, typed) {
        return Some((
            if org.name.starts_with(typed) { 1 } else { 2 },
            org.name,
            false,
        ));
    }
    if let Some(alias) = org.aliases.iter().find(|a| starts_with_ci(a, typed)) {
        return Some((2, alias, false));
    }
    org.former
        .iter()
        .find(|f| starts_with_ci(f.name, typed) || f.acronym.is_some_and(|a| a == typed))
        .map(|f| (2, f.name, true))
}

fn documentation(org: &Organization, locale: Locale) -> String {
    let mut out = format!("{}.", category(org, locale));
    if let Some(parent) = org.parent {
        out.push(' ');
        out.push_str(&msg!("completion-organization-parent", parent = parent).render(locale));
    }
    for former in org.former {
        out.push_str("\n\n");
        out.push_str(
            &msg!(
                "completion-organization-former",
                name = former.name,
                acronym = former
                    .acronym
                    .map(|a| format!(" ({a})"))
                    .unwrap_or_default(),
                until = former.until
            )
            .render(locale),
        );
    }
    out
}

/// An organization's category, capitalized, in `locale`.
fn category(org: &Organization, locale: Locale) -> String {
    vocabulary::capitalize(&vocabulary::category_name(org.category).render(locale))
}

/// In a text of another language, the names the parallel corpus aligns
/// with the lexicon's organizations (`Programme des Nations Unies pour le
/// développement`), those it aligns reliably, and the language's acronyms
/// (`ONU`, `CNUCED`): (name, acronym, the English name).
fn foreign_names(
    data: &'static LanguageData,
) -> impl Iterator<Item = (&'static str, Option<&'static str>, &'static str)> {
    let reliable = |r: Reliability| matches!(r, Reliability::High | Reliability::Medium);
    data.organizations
        .iter()
        .filter_map(move |o| {
            let name = o.name.as_ref().filter(|n| reliable(n.reliability))?;
            let acronym = o
                .acronym
                .as_ref()
                .filter(|a| reliable(a.reliability))
                .map(|a| a.text.as_str());
            Some((name.text.as_str(), acronym, o.english.as_str()))
        })
        .chain(
            data.acronyms
                .iter()
                .filter(move |a| reliable(a.reliability))
                .map(|a| (a.text.as_str(), None, a.english.as_str())),
        )
}

/// The provider in a text of another language: names and acronyms as the
/// language writes them, the English name in the detail.
fn foreign_organizations(
    ctx: &CompletionCtx<'_>,
    data: &'static LanguageData,
    items: &mut Vec<CompletionItem>,
) {
    let locale = ctx.locale;
    let before = ctx.before;
    for start in word_starts(before) {
        let typed = &before[start..];
        if typed.chars().count() < 2 || !typed.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let replace = Range::new(Pos::new(ctx.pos.line, start as u32), ctx.pos);
        let before_count = items.len();
        for (name, acronym, english) in foreign_names(data) {
            let by_acronym = acronym.is_some_and(|a| a.starts_with(typed));
            if !starts_with_ci(name, typed) && !by_acronym {
                continue;
            }
            let tier = if name.starts_with(typed) || by_acronym {
                1
            } else {
                2
            };
            items.push(CompletionItem {
                label: name.to_string(),
                kind: CompletionKind::Organization,
                detail: Some({
                    let english =
                        msg!("completion-organization-english", english = english).render(locale);
                    match acronym {
                        Some(a) => format!("{a} · {english}"),
                        None => english,
                    }
                }),
                documentation: Some(
                    msg!(
                        "completion-organization-foreign-documentation",
                        english = english
                    )
                    .render(locale),
                ),
                replace,
                insert: name.to_string(),
                snippet: false,
                filter: Some(
                    if by_acronym {
                        acronym.unwrap_or(name)
                    } else {
                        name
                    }
                    .to_string(),
                ),
                rank: rank(tier, 0),
            });
        }
        if items.len() > before_count {
            return;
        }
    }
}

/// The provider.
pub(crate) fn organizations(ctx: &CompletionCtx<'_>, items: &mut Vec<CompletionItem>) {
    if let Some(data) = crate::syntax::foreign::parsed_with(ctx.document.language()) {
        foreign_organizations(ctx, data, items);
        return;
    }
    let before = ctx.before;
    for start in word_starts(before) {
        let typed = &before[start..];
        if typed.chars().count() < 2 || !typed.starts_with(|c: char| c.is_uppercase()) {
            continue;
        }
        let replace = Range::new(Pos::new(ctx.pos.line, start as u32), ctx.pos);
        let before_count = items.len();
        for org in vocabulary::organizations() {
            let Some((tier, matched, former)) = matches(org, typed) else {
                continue;
            };
            let locale = ctx.locale;
            // As the lexicon writes it, in lower case (`UNDP · United
            // Nations fund or programme`, `regional organization`).
            let category = vocabulary::category_name(org.category).render(locale);
            let detail = match org.acronym {
                Some(acronym) => format!("{acronym} · {category}"),
                None => category,
            };
            items.push(CompletionItem {
                label: org.name.to_string(),
                kind: CompletionKind::Organization,
                detail: Some(detail.clone()),
                documentation: Some(documentation(org, locale)),
                replace,
                insert: org.name.to_string(),
                snippet: false,
                filter: Some(matched.to_string()),
                rank: rank(tier, org.frequency * 2 + 1),
            });
            if let Some(acronym) = org.acronym.filter(|a| *a != org.name) {
                let with_acronym = format!("{} ({acronym})", org.name);
                items.push(CompletionItem {
                    label: with_acronym.clone(),
                    kind: CompletionKind::Organization,
                    detail: Some(format!(
                        "{detail} · {}",
                        msg!("completion-organization-first-mention").render(locale)
                    )),
                    documentation: Some(
                        msg!("completion-organization-first-mention-documentation").render(locale),
                    ),
                    replace,
                    insert: with_acronym,
                    snippet: false,
                    filter: Some(matched.to_string()),
                    rank: rank(tier, org.frequency * 2),
                });
            }
            if former {
                if let Some(f) = org.former.iter().find(|f| f.name == matched) {
                    items.push(CompletionItem {
                        label: f.name.to_string(),
                        kind: CompletionKind::Organization,
                        detail: Some(
                            msg!(
                                "completion-organization-former-detail",
                                until = f.until,
                                name = org.name
                            )
                            .render(locale),
                        ),
                        documentation: Some(
                            msg!(
                                "completion-organization-former-documentation",
                                change = vocabulary::capitalize(f.change)
                            )
                            .render(locale),
                        ),
                        replace,
                        insert: f.name.to_string(),
                        snippet: false,
                        filter: Some(f.name.to_string()),
                        rank: rank(tier + 3, org.frequency),
                    });
                }
            }
        }
        if items.len() > before_count {
            // The longest typed name that matches wins.
            return;
        }
    }
}
