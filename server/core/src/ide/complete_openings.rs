//! Completion of paragraph openings: at the start of a preambular paragraph
//! the preambular phrases (`Recalling`, `Noting with appreciation`), at the
//! start of an operative paragraph (after `N.` and the tab) the operative
//! verbs (`Requests`, `Calls upon`). Where the previous paragraph of the
//! same part opens with the same phrase, the form the UN uses comes first
//! (`Recalling also`, then `Recalling further`; `Also requests`, then
//! `Further requests`; after `further`, the plain form again). On an empty line or a number being typed, `N.` and
//! a tab with the next operative paragraph's number is offered.
//!
//! Ranking: the repeated form, then phrases whose case matches the typed
//! prefix, then the others, each by how many paragraphs of the adopted
//! texts open with them; Model UN phrases last.

use crate::l10n::{Locale, Message};
use crate::msg;
use crate::parts::{Cycle, Parts, Role};
use crate::syntax::{LineKind, Opening};
use crate::text::{Pos, Range};
use crate::vocabulary::{self, capitalize, repeated_form, Bodies, Part, Phrase};

use super::completion::{CompletionCtx, CompletionItem, CompletionKind};

/// A rank from a tier (lower first) and a frequency (higher first).
pub(crate) fn rank(tier: u32, frequency: u32) -> u32 {
    tier * 1_000_000 + (999_999 - frequency.min(999_999))
}

/// The line before the cursor, split: the indentation and number, and the
/// opening typed so far (letters and spaces only), with its start column.
fn typed_opening(before: &str) -> Option<(usize, &str, bool)> {
    let indent = before.len() - before.trim_start().len();
    let rest = &before[indent..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (start, numbered) = if digits > 0 && rest[digits..].starts_with('.') {
        let after = &rest[digits + 1..];
        let gap = after.len() - after.trim_start().len();
        if gap == 0 {
            return None;
        }
        (indent + digits + 1 + gap, true)
    } else {
        (indent, false)
    };
    let typed = &before[start..];
    let opening_like = typed
        .chars()
        .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        && typed.split(' ').count() <= 6;
    opening_like.then_some((start, typed, numbered))
}

/// The part the paragraph on `line` belongs to, and the paragraph before
/// it in that part (no heading between).
fn context(ctx: &CompletionCtx<'_>, numbered: bool) -> Option<(Part, Option<usize>)> {
    let document = ctx.document;
    let lines = document.lines();
    let parts = Parts::build(lines, document.model());
    let here = ctx.pos.line as usize;
    let mut previous_role = None;
    for j in (0..here.min(lines.len())).rev() {
        if let Some(role) = parts.role(j) {
            previous_role = Some((j, role));
            break;
        }
        if matches!(
            lines[j].kind,
            LineKind::Heading { annex: false } | LineKind::OrganLine { .. }
        ) && !numbered
        {
            break;
        }
    }
    let part = if numbered {
        Part::Operative
    } else {
        match previous_role {
            Some((
                _,
                Role::Operative {
                    numbered: false, ..
                },
            )) => Part::Operative,
            // After numbered paragraphs an unnumbered line is not a paragraph
            // opening: the next one is numbered.
            Some((_, Role::Operative { numbered: true, .. })) => return None,
            _ => Part::Preambular,
        }
    };
    let previous = previous_role
        .filter(|(_, role)| role.part() == part)
        .map(|(j, _)| j);
    Some((part, previous))
}

/// The repeated form to offer after `previous`, where the next paragraph
/// stands in the cycle of identical openings ([`Cycle`]): none after a
/// `further`, when the UN starts again with the plain form.
fn repetition(ctx: &CompletionCtx<'_>, part: Part, previous: usize) -> Option<(String, String)> {
    let lines = ctx.document.lines();
    let opening: &Opening = lines[previous].opening.as_ref()?;
    let parts = Parts::build(lines, ctx.document.model());
    let adverb = match parts.cycle(previous).next(opening.repeat) {
        Cycle::First => return None,
        Cycle::Second => "also",
        Cycle::Third => "further",
    };
    // In French or Spanish, the form as the corpus repeats it (`Prie
    // également`, `Recordando además`).
    if let (Some(data), Some(_)) = (
        crate::syntax::foreign::parsed_with(ctx.document.language()),
        opening.foreign(),
    ) {
        let form = data.openings.forms.get(usize::from(opening.foreign()?))?;
        let repeat = if adverb == "also" {
            crate::syntax::Repeat::Also
        } else {
            crate::syntax::Repeat::Further
        };
        let written =
            crate::syntax::foreign::repeated_form(data, &form.text, &opening.key(), part, repeat)?;
        return Some((written, capitalize(&opening.key())));
    }
    let base = match opening.phrase() {
        Some(p) => vocabulary::phrases()[p as usize].text.to_string(),
        None => capitalize(&opening.key()),
    };
    Some((repeated_form(&base, part, adverb), base))
}

/// The learned forms of the document's language for `part` (`Prie`,
/// `Rappelant`, `Solicita`), each with the English phrase it translates.
fn foreign_openings(
    data: &crate::data::languages::LanguageData,
    part: Part,
    typed: &str,
    replace: Range,
    offered: &[String],
    locale: Locale,
    items: &mut Vec<CompletionItem>,
) {
    let lower = typed.to_lowercase();
    for form in data.openings.forms.iter().filter(|f| f.part.part() == part) {
        if offered.contains(&form.text) || !form.text.to_lowercase().starts_with(&lower) {
            continue;
        }
        let mut detail = vec![
            part_name(part).render(locale),
            vocabulary::family_name(&form.family).render(locale),
        ];
        if let Some(s) = form.strength {
            detail.push(msg!("completion-strength", strength = u32::from(s)).render(locale));
        }
        detail.push(msg!("completion-english", english = form.english.as_str()).render(locale));
        items.push(CompletionItem {
            label: form.text.clone(),
            kind: match part {
                Part::Operative => CompletionKind::Verb,
                Part::Preambular => CompletionKind::Phrase,
            },
            detail: Some(detail.join(" · ")),
            documentation: Some(
                msg!(
                    "completion-opening-translates",
                    english = form.english.as_str(),
                    count = form.count
                )
                .render(locale),
            ),
            replace,
            insert: form.text.clone(),
            snippet: false,
            filter: Some(form.text.clone()),
            rank: rank(if form.text.starts_with(typed) { 2 } else { 3 }, form.count),
        });
    }
}

/// A part's name (`preambular`), in `locale`.
fn part_name(part: Part) -> Message {
    let code = match part {
        Part::Preambular => "preambular",
        Part::Operative => "operative",
    };
    msg!("opening-part", part = code)
}

/// A phrase's part, family and strength (`operative · exhortation ·
/// strength 4/6`).
fn detail(phrase: &Phrase, locale: Locale) -> String {
    let mut parts = vec![
        part_name(phrase.part).render(locale),
        vocabulary::family_name(phrase.family).render(locale),
    ];
    if let Some(s) = phrase.strength {
        parts.push(msg!("completion-strength", strength = u32::from(s)).render(locale));
    }
    parts.join(" · ")
}

fn documentation(phrase: &Phrase, locale: Locale) -> String {
    let mut out = String::new();
    if !phrase.note.is_empty() {
        out.push_str(&super::hover_vocabulary::lexicon_note(phrase.note, locale));
        out.push_str("\n\n");
    }
    out.push_str(
        &msg!(
            "hover-opening-used-by",
            bodies = phrase.bodies.describe(),
            count = phrase.frequency
        )
        .render(locale),
    );
    out
}

/// The next operative paragraph number after the line `here`.
fn next_number(ctx: &CompletionCtx<'_>) -> u32 {
    let here = ctx.pos.line;
    let model = ctx.document.model();
    (model.paragraphs.iter().zip(&model.paragraph_lines))
        .filter(|(p, &line)| line < here && p.region == 0)
        .map(|(p, _)| p.number)
        .next_back()
        .map_or(1, |n| n + 1)
}

/// The provider.
pub(crate) fn openings(ctx: &CompletionCtx<'_>, items: &mut Vec<CompletionItem>) {
    let before = ctx.before;
    let line = ctx.pos.line;
    if line as usize >= ctx.document.lines().len() {
        return;
    }
    // Not in the middle of a word, nor before text on an otherwise empty line.
    let text = ctx.document.line_text(line);
    let after = text.get(before.len()..).unwrap_or("");
    if after.starts_with(|c: char| c.is_alphanumeric()) {
        return;
    }
    let in_resolution = ctx.document.model().regions.get(line as usize).copied() == Some(0);
    let indent = before.len() - before.trim_start().len();
    let rest = &before[indent..];
    // `N.` and a tab, on an empty line or while the number is typed.
    if rest.bytes().all(|b| b.is_ascii_digit()) && after.trim().is_empty() && in_resolution {
        let n = next_number(ctx);
        let label = format!("{n}.");
        if label.starts_with(rest) {
            items.push(CompletionItem {
                label: label.clone(),
                kind: CompletionKind::Snippet,
                detail: Some(msg!("completion-operative-number", n = n).render(ctx.locale)),
                documentation: Some(
                    msg!("completion-operative-number-documentation", n = n).render(ctx.locale),
                ),
                replace: Range::new(Pos::new(line, indent as u32), ctx.pos),
                insert: format!("{n}.\t$0"),
                snippet: true,
                filter: Some(label),
                rank: rank(1, 0),
            });
        }
    }
    let Some((start, typed, numbered)) = typed_opening(before) else {
        return;
    };
    let Some((part, previous)) = context(ctx, numbered) else {
        return;
    };
    let replace = Range::new(Pos::new(line, start as u32), ctx.pos);
    let lower = typed.to_lowercase();
    let mut offered: Vec<String> = Vec::new();
    if let Some((repeated, base)) = previous.and_then(|p| repetition(ctx, part, p)) {
        // The drafter may type the repeated form (`Also re…`) or the verb
        // it repeats (`Req…`): either way the UN's form comes first, and the
        // filter text lets the editor match what is typed (`Also requests`
        // alone does not start with `Req`, so editors would rank it below
        // `Requests` or drop it).
        let typed_repeated = !lower.is_empty() && repeated.to_lowercase().starts_with(&lower);
        let typed_base = base.to_lowercase().starts_with(&lower);
        if typed_repeated || typed_base {
            let filter = if typed_repeated || repeated.starts_with(base.as_str()) {
                repeated.clone()
            } else {
                format!("{base} {repeated}")
            };
            let phrase = vocabulary::phrase_by_text(&base).map(|(_, p)| p);
            items.push(CompletionItem {
                label: repeated.clone(),
                kind: match part {
                    Part::Operative => CompletionKind::Verb,
                    Part::Preambular => CompletionKind::Phrase,
                },
                detail: Some(match phrase {
                    Some(p) => format!(
                        "{} · {}",
                        detail(p, ctx.locale),
                        msg!("completion-repeated").render(ctx.locale)
                    ),
                    None => msg!("completion-repeated-opening").render(ctx.locale),
                }),
                documentation: Some(
                    msg!(
                        "completion-repeated-documentation",
                        base = crate::ide::code_span(&base),
                        repeated = crate::ide::code_span(&repeated)
                    )
                    .render(ctx.locale),
                ),
                replace,
                insert: repeated.clone(),
                snippet: false,
                filter: Some(filter),
                rank: rank(0, 0),
            });
            offered.push(repeated);
        }
    }
    if let Some(data) = crate::syntax::foreign::parsed_with(ctx.document.language()) {
        foreign_openings(data, part, typed, replace, &offered, ctx.locale, items);
        return;
    }
    for phrase in vocabulary::phrases().iter().filter(|p| p.part == part) {
        if offered.iter().any(|o| o == phrase.text)
            || !phrase.text.to_lowercase().starts_with(&lower)
        {
            continue;
        }
        let mut tier = if phrase.text.starts_with(typed) { 2 } else { 3 };
        if phrase.bodies == Bodies::ModelUn {
            tier += 2;
        }
        items.push(CompletionItem {
            label: phrase.text.to_string(),
            kind: match part {
                Part::Operative => CompletionKind::Verb,
                Part::Preambular => CompletionKind::Phrase,
            },
            detail: Some(detail(phrase, ctx.locale)),
            documentation: Some(documentation(phrase, ctx.locale)),
            replace,
            insert: phrase.text.to_string(),
            snippet: false,
            filter: Some(phrase.text.to_string()),
            rank: rank(tier, phrase.frequency),
        });
    }
}

#[cfg(test)]
mod tests {
    use crate::ide::completion::{completion, CompletionKind};
    use crate::text::Pos;
    use crate::Document;

    fn labels_at_end(text: &str) -> Vec<String> {
        let document = Document::new(text);
        let line = text.lines().count() as u32 - 1;
        let col = text.lines().last().unwrap().len() as u32;
        let mut items: Vec<_> = completion(&document, document.catalog(), Pos::new(line, col))
            .into_iter()
            .filter(|i| matches!(i.kind, CompletionKind::Verb | CompletionKind::Phrase))
            .collect();
        items.sort_by_key(|i| i.rank);
        items.into_iter().map(|i| i.label).collect()
    }

    #[test]
    fn french_openings_in_a_french_text() {
        let text = "\tL’Assemblée générale,\n\tRappelant sa résolution 67/264,\n\t1.\tPrie le Secrétaire général de lui faire rapport ;\n\t2.\tPrie";
        let labels = labels_at_end(text);
        assert_eq!(
            labels.first().map(String::as_str),
            Some("Prie également"),
            "{labels:?}"
        );
        assert!(labels.iter().any(|l| l == "Prie instamment"), "{labels:?}");
        assert!(
            !labels.iter().any(|l| l.starts_with("Requests")),
            "{labels:?}"
        );
        // Without a `Prie` paragraph before, the plain forms.
        let text = "\tL’Assemblée générale,\n\tRappelant sa résolution 67/264,\n\t1.\tPrie";
        let labels = labels_at_end(text);
        assert!(!labels.iter().any(|l| l == "Prie également"), "{labels:?}");
        assert!(labels.iter().any(|l| l == "Prie"), "{labels:?}");
        // Preambular forms in the preamble, in Spanish.
        let text = "\tLa Asamblea General,\n\tRecordando su resolución 67/264,\n\tRecord";
        let labels = labels_at_end(text);
        assert_eq!(
            labels.first().map(String::as_str),
            Some("Recordando también"),
            "{labels:?}"
        );
    }
}
