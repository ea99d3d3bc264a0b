//! Hover on the drafting vocabulary: on a paragraph's opening, what it
//! means, its strength among its neighbours (`Encourages` < `Urges` <
//! `Demands`), which bodies use it and whether it binds; on an
//! organization's name or acronym, its full name, acronym, category,
//! parent, status and former names with their dates.

use crate::ide::{code_span, escape_markdown};
use crate::l10n::{Locale, Message};
use crate::msg;
use crate::syntax::{Opening, Organ};
use crate::text::Range;
use crate::vocabulary::{self, NameKind, Part, Phrase};

use super::hover::{Hover, HoverCtx};

/// Whether a phrase binds, in the text's organ.
fn binding(phrase: &Phrase, organ: Option<Organ>, chapter_vii: bool) -> Message {
    if phrase.part == Part::Preambular {
        return msg!("hover-opening-binds-preambular");
    }
    if phrase.family != "decision" {
        return msg!("hover-opening-binds-not");
    }
    match organ {
        Some(Organ::SecurityCouncil) if chapter_vii => msg!("hover-opening-binds-sc-chapter-vii"),
        Some(Organ::SecurityCouncil) => msg!("hover-opening-binds-sc"),
        Some(Organ::GeneralAssembly) => msg!("hover-opening-binds-ga"),
        _ => msg!("hover-opening-binds-decision"),
    }
}

/// The strength line: the scale with this phrase in bold, or its family's
/// weaker and stronger neighbours. The scale's steps and the neighbours
/// are the lexicon's phrases, in English.
fn strength(phrase: &Phrase, locale: Locale) -> Option<String> {
    if let Some((name, scale, at)) = vocabulary::strength_scale(phrase.text) {
        let steps: Vec<String> = scale
            .iter()
            .enumerate()
            .map(|(i, s)| {
                if i == at {
                    format!("**{s}**")
                } else {
                    s.to_string()
                }
            })
            .collect();
        return Some(
            msg!(
                "hover-opening-strength-scale",
                scale = vocabulary::family_name(name),
                steps = steps.join(" < ")
            )
            .render(locale),
        );
    }
    let s = phrase.strength?;
    let same_family = vocabulary::phrases()
        .iter()
        .filter(|p| p.family == phrase.family && p.part == phrase.part && p.strength.is_some());
    let weaker = same_family
        .clone()
        .filter(|p| p.strength < Some(s))
        .max_by_key(|p| (p.strength, p.frequency));
    let stronger = same_family
        .filter(|p| p.strength > Some(s))
        .min_by_key(|p| (p.strength, std::cmp::Reverse(p.frequency)));
    let mut line = msg!(
        "hover-opening-strength",
        strength = u32::from(s),
        family = vocabulary::family_name(phrase.family)
    )
    .render(locale);
    match (weaker, stronger) {
        (Some(w), Some(t)) => {
            line.push_str(&format!(": {} < **{}** < {}", w.text, phrase.text, t.text))
        }
        (Some(w), None) => line.push_str(&format!(": {} < **{}**", w.text, phrase.text)),
        (None, Some(t)) => line.push_str(&format!(": **{}** < {}", phrase.text, t.text)),
        (None, None) => {}
    }
    Some(line)
}

/// A note of the lexicon (in English), marked as such in another language.
pub(crate) fn lexicon_note(note: &str, locale: Locale) -> String {
    msg!("hover-lexicon-note", note = escape_markdown(note)).render(locale)
}

fn opening_markdown(ctx: &HoverCtx<'_>, opening: &Opening, written: &str) -> String {
    let document = ctx.document;
    let Some(index) = opening.phrase() else {
        return format!(
            "**{}**\n\n{}",
            escape_markdown(written),
            msg!("hover-opening-unknown").render(ctx.locale)
        );
    };
    let phrase = &vocabulary::phrases()[index as usize];
    let part = match phrase.part {
        Part::Preambular => "preambular",
        Part::Operative => "operative",
    };
    let mut out = match opening.foreign() {
        // In French or Spanish: the form as written, and the English phrase
        // the corpus aligns it with (the notes below are the lexicon's).
        Some(_) => format!(
            "**{}** — {}",
            escape_markdown(written),
            msg!(
                "hover-opening-translates",
                part = part,
                family = vocabulary::family_name(phrase.family),
                phrase = phrase.text
            )
            .render(ctx.locale)
        ),
        None => format!(
            "**{}** — {}",
            phrase.text,
            msg!(
                "hover-opening-kind",
                part = part,
                family = vocabulary::family_name(phrase.family)
            )
            .render(ctx.locale)
        ),
    };
    if !phrase.note.is_empty() {
        out.push_str("\n\n");
        out.push_str(&lexicon_note(phrase.note, ctx.locale));
    }
    if let Some(line) = strength(phrase, ctx.locale) {
        out.push_str(&format!("\n\n{line}"));
    }
    let chapter_vii = document.lines().iter().any(|l| {
        l.opening.as_ref().is_some_and(|o| {
            o.phrase().is_some_and(|p| {
                vocabulary::phrases()[p as usize]
                    .text
                    .starts_with("Acting under Chapter VII")
            })
        })
    });
    out.push_str(&format!(
        "\n\n{}\n\n{}",
        msg!(
            "hover-opening-used-by",
            bodies = phrase.bodies.describe(),
            count = phrase.frequency
        )
        .render(ctx.locale),
        binding(phrase, document.model().organ, chapter_vii).render(ctx.locale)
    ));
    out
}

/// On an opening phrase.
pub(crate) fn opening(ctx: &HoverCtx<'_>) -> Option<Hover> {
    let pos = ctx.pos;
    let line = ctx.document.lines().get(pos.line as usize)?;
    let opening = line.opening.as_ref()?;
    if !(opening.span.start <= pos.col && pos.col < opening.span.end) {
        return None;
    }
    let text = ctx.document.line_text(pos.line);
    let written = text.get(opening.span.start as usize..opening.span.end as usize)?;
    Some(Hover {
        range: Range::on_line(pos.line, opening.span.start, opening.span.end),
        markdown: opening_markdown(ctx, opening, written),
    })
}

/// On an organization's name, acronym or former name.
pub(crate) fn organization(ctx: &HoverCtx<'_>) -> Option<Hover> {
    let pos = ctx.pos;
    let text = ctx.document.line_text(pos.line);
    let found = vocabulary::scan_names(&text, 0)
        .into_iter()
        .find(|m| m.start as u32 <= pos.col && pos.col < m.end as u32)?;
    let org = &vocabulary::organizations()[found.organization as usize];
    let mut out = format!("**{}**", org.name);
    if let Some(acronym) = org.acronym {
        out.push_str(&format!(" ({acronym})"));
    }
    out.push_str("\n\n");
    out.push_str(&vocabulary::capitalize(
        &vocabulary::category_name(org.category).render(ctx.locale),
    ));
    if let Some(parent) = org.parent {
        out.push_str(&msg!("hover-organization-parent", parent = parent).render(ctx.locale));
    }
    out.push('.');
    if org.status != "active" && !org.status.is_empty() {
        out.push_str(&msg!("hover-organization-status", status = org.status).render(ctx.locale));
    }
    match found.kind {
        NameKind::FormerName(n) | NameKind::FormerAcronym(n) => {
            let former = &org.former[n as usize];
            out.push_str("\n\n");
            out.push_str(
                &msg!(
                    "hover-organization-former",
                    name = code_span(&text[found.start..found.end]),
                    until = former.until,
                    change = former.change
                )
                .render(ctx.locale),
            );
        }
        NameKind::Name | NameKind::Acronym => {}
    }
    if !org.former.is_empty() {
        out.push_str("\n\n");
        out.push_str(&msg!("hover-organization-former-names").render(ctx.locale));
        for former in org.former {
            out.push_str("\n- ");
            out.push_str(
                &msg!(
                    "hover-organization-former-item",
                    name = former.name,
                    acronym = former
                        .acronym
                        .map(|a| format!(" ({a})"))
                        .unwrap_or_default(),
                    until = former.until,
                    change = former.change
                )
                .render(ctx.locale),
            );
        }
    }
    if !org.note.is_empty() {
        out.push_str("\n\n");
        out.push_str(&lexicon_note(org.note, ctx.locale));
    }
    if !org.verified {
        out.push_str("\n\n");
        out.push_str(&msg!("hover-organization-unverified").render(ctx.locale));
    }
    Some(Hover {
        range: Range::on_line(pos.line, found.start as u32, found.end as u32),
        markdown: out,
    })
}
