//! The technical update of a resolution: hints (with fixes) on a draft
//! compared with its base, for the slips of a text copied from last
//! session's resolution.
//!
//! - `update-session-copied`: in an operative paragraph (what the organ
//!   decides and asks; a preambular paragraph may well recall what happened
//!   at the base's session), a mention of the base's own session (`the
//!   seventy-ninth session of the General Assembly`, `the General Assembly
//!   at its seventy-ninth session`) or of the base's year for something to
//!   be done (`the meeting of States parties in 2024 to consider`), copied
//!   unchanged into a draft for a later session. Fix: the same mention advanced by as many
//!   sessions (years) as the draft is after its base.
//! - `update-base-not-recalled`: the draft does not cite its base. Fix: a
//!   preambular paragraph `Recalling its resolution 79/123 of 4 December
//!   2024,` before the first one.
//! - `update-report-session`: an operative paragraph asks for a report, or
//!   puts an item on an agenda, for a session that is not after the draft's
//!   own (`to submit to the General Assembly at its eightieth session a
//!   report` in a draft for the eightieth). Fix: the session as far after
//!   the draft's as the base's request was after the base (or the next
//!   session, for a request the draft wrote itself).
//!
//! Only mentions of the organ's own sessions count (`its … session`,
//! `… session of the General Assembly`): `the sixty-seventh session of the
//! Commission on the Status of Women` is another body's. A draft's session
//! comes from its own number (`80/12.`), a session line at its head
//! (`Eightieth session`), its symbol (`A/C.3/80/L.5`), or its date; a
//! draft that says none is taken to be for the session after its base's.

use std::sync::LazyLock;

use regex::Regex;

use super::{Comparison, Op, UnitKind};
use crate::catalog::{Key, Series};
use crate::diagnostic::{Diagnostic, DiagnosticData, Fix, Severity, TextEdit};
use crate::model::Model;
use crate::rules::RuleInfo;
use crate::syntax::citation::SessionRef;
use crate::syntax::ordinal::{parse as parse_ordinal, spell as spell_ordinal};
use crate::syntax::{CitationKind, LineKind, Organ};
use crate::text::{Pos, Range};
use crate::Document;

pub const SESSION_COPIED: &str = "update-session-copied";
pub const BASE_NOT_RECALLED: &str = "update-base-not-recalled";
pub const REPORT_SESSION: &str = "update-report-session";

/// The hints as rules, for `resolute rules`, the settings and
/// `resolute.toml` (they run only where a draft has a base).
pub static INFOS: [RuleInfo; 3] = [
    RuleInfo {
        code: SESSION_COPIED,
        severity: Severity::Hint,
        summary: "Against the base: the base's own session (or year) copied unchanged into an operative paragraph of a draft for a later session (the fix advances it).",
        example: "`at its seventy-ninth session`, copied from 79/123 into a draft for the eightieth",
    },
    RuleInfo {
        code: BASE_NOT_RECALLED,
        severity: Severity::Hint,
        summary: "Against the base: a draft that does not recall its base resolution (the fix adds a preambular paragraph recalling it).",
        example: "a draft updating 79/123 that does not cite 79/123",
    },
    RuleInfo {
        code: REPORT_SESSION,
        severity: Severity::Hint,
        summary: "Against the base: an operative request for a report (or an agenda item) at a session before the draft's own, or at its own session copied unchanged from the base (the fix asks for the next one).",
        example: "`to submit to the General Assembly at its eightieth session a report`, copied into a draft for the eightieth",
    },
];

/// A mention of the organ's own session, by how the text names the organ:
/// `the General Assembly at its seventy-ninth session`, `the provisional
/// agenda of its seventy-ninth session` (only the organ sets its agenda),
/// `the seventy-ninth session of the General Assembly`. `its … session`
/// after any other noun is another body's (`the Committee … at its sixtieth
/// session`, `the Working Group on its twenty-sixth session`), and so is the
/// session of another organ named in full. Group 1 or 2 is the ordinal.
fn own_session_pattern(organ: Organ) -> Option<&'static Regex> {
    static GA: LazyLock<Regex> =
        LazyLock::new(|| session_pattern("General\\s+Assembly|the\\s+Assembly"));
    static HRC: LazyLock<Regex> =
        LazyLock::new(|| session_pattern("Human\\s+Rights\\s+Council|the\\s+Council"));
    match organ {
        Organ::GeneralAssembly => Some(&GA),
        Organ::HumanRightsCouncil => Some(&HRC),
        _ => None,
    }
}

fn session_pattern(names: &str) -> Regex {
    let full = names.split('|').next().unwrap_or(names);
    crate::pattern(&format!(
        r"(?i)(?:(?:(?-u:\b)(?:{names}),?\s+(?:at|during|to)\s+its|provisional\s+agenda\s+of\s+its)\s+((?:[a-z]+[-‑])?[a-z]+)\s+(?:regular\s+)?session(?-u:\b)|(?-u:\b)the\s+((?:[a-z]+[-‑])?[a-z]+)\s+session\s+of\s+the\s+(?:{full})(?-u:\b))"
    ))
    .expect("a valid pattern")
}

/// A year of something the paragraph asks to be done: `Encourages the
/// meeting of States parties in 2024 to consider …`.
static FUTURE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(r"(?-u:\b)in\s+(\d{4})\s+to\s+[a-z]").expect("a valid pattern")
});

/// What a request for a report (or a decision on an agenda) reads like
/// before the session it names, in the same clause: a verb of submitting
/// (`to submit … to the General Assembly at its`, `to report to the
/// Assembly at its`), or the provisional agenda. `the report submitted to
/// the General Assembly at its` and `his report to the Assembly at its` tell
/// of a report already made.
static REPORTING: LazyLock<Regex> = LazyLock::new(|| {
    crate::pattern(r"(?i)(?:(?:(?-u:\b)submits?|(?-u:\b)(?:to|and)\s+(?:report|present|transmit))(?-u:\b)[^;.]{0,200}$|provisional\s+agenda\s+of\s+its\s+$)").expect("a valid pattern")
});

/// A mention found in the draft: bytes in the draft's text, its value.
struct Mention {
    bytes: std::ops::Range<usize>,
    value: u32,
}

/// The regular session a text is of, by its own evidence.
pub fn own_session(document: &Document, text: &str) -> Option<u32> {
    let model = document.model();
    if let Some((SessionRef::Regular(n), _)) = model.own.number {
        return Some(n);
    }
    // The head of a draft: `Eightieth session`, `A/C.3/80/L.5`.
    static SESSION_LINE: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern(r"^\s*([A-Za-z]+(?:[-‑][a-z]+)?)\s+session\s*$").expect("a valid pattern")
    });
    static DRAFT_SYMBOL: LazyLock<Regex> = LazyLock::new(|| {
        crate::pattern(r"(?-u:\b)A/(?:HRC/|C\.\d/|ES-\d+/)?(\d{1,3})/L\.\d+")
            .expect("a valid pattern")
    });
    for (index, line) in text.lines().enumerate() {
        if matches!(
            document.lines().get(index).map(|l| &l.kind),
            Some(LineKind::OrganLine { .. })
        ) {
            break;
        }
        if let Some(n) = SESSION_LINE
            .captures(line)
            .and_then(|c| parse_ordinal(&c[1]))
        {
            return Some(n);
        }
        if let Some(n) = DRAFT_SYMBOL.captures(line).and_then(|c| c[1].parse().ok()) {
            return Some(n);
        }
    }
    let date = model.own.date?;
    if model.organ == Some(Organ::GeneralAssembly) || model.organ.is_none() {
        return (1..=200).find(|&s| {
            crate::data::ga_session_range(s).is_some_and(|(from, to)| from <= date && date < to)
        });
    }
    None
}

/// The catalog key of a text's own number.
fn own_key(model: &Model) -> Option<Key> {
    let (session, number) = model.own.number?;
    let organ = model.organ.filter(|o| *o != Organ::SecurityCouncil)?;
    Some(Key {
        organ,
        kind: CitationKind::Resolution,
        series: Series::Session(session),
        number,
    })
}

/// Line starts of `text`, to turn byte offsets into positions.
fn positions(text: &str) -> impl Fn(usize) -> Pos + '_ {
    let mut starts = vec![0usize];
    for (i, b) in text.bytes().enumerate() {
        if b == b'\n' {
            starts.push(i + 1);
        }
    }
    move |offset: usize| {
        let line = starts.partition_point(|&s| s <= offset) - 1;
        Pos::new(line as u32, (offset - starts[line]) as u32)
    }
}

/// Whether the draft's bytes `r` were copied unchanged from the base: they
/// lie inside an equal stretch of their paragraph's changes.
fn copied(c: &Comparison, r: &std::ops::Range<usize>) -> bool {
    c.entries.iter().any(|e| {
        e.ops.iter().any(|op| {
            matches!(op, Op::Equal { draft, .. } if draft.start <= r.start && r.end <= draft.end)
        })
    })
}

/// The hints of a technical update of `draft` against `base`, `c` being
/// their comparison.
pub fn hints(c: &Comparison, base: &Document, draft: &Document) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    let base_model = base.model();
    let Some(base_session) = own_session(base, &c.base_text) else {
        return out;
    };
    let stated = own_session(draft, &c.draft_text);
    let draft_session = stated.unwrap_or(base_session + 1);
    if draft_session <= base_session {
        return out;
    }
    let advance = draft_session - base_session;
    let unstated = stated
        .is_none()
        .then(|| crate::msg!("update-session-unstated"));
    let unstated = &unstated;
    let pos = positions(&c.draft_text);
    let range = |r: &std::ops::Range<usize>| Range::new(pos(r.start), pos(r.end));
    let draft_session_name =
        spell_ordinal(draft_session).unwrap_or_else(|| draft_session.to_string());

    // Session mentions in the draft's paragraphs.
    for e in &c.entries {
        let Some(&d) = e.draft.first() else { continue };
        let unit = &c.draft_units[d];
        if unit.kind == UnitKind::Other {
            continue;
        }
        let end = c.draft_units[*e.draft.last().expect("an entry's units")]
            .bytes
            .end;
        let text = &c.draft_text[unit.body..end];
        let mut mentions = Vec::new();
        let pattern = draft
            .model()
            .organ
            .or(base_model.organ)
            .and_then(own_session_pattern);
        for caps in pattern.into_iter().flat_map(|p| p.captures_iter(text)) {
            let Some(m) = caps.get(1).or_else(|| caps.get(2)) else {
                continue;
            };
            let Some(value) = parse_ordinal(m.as_str()) else {
                continue;
            };
            mentions.push(Mention {
                bytes: unit.body + m.start()..unit.body + m.end(),
                value,
            });
        }
        for m in mentions {
            let before = &c.draft_text[unit.body..m.bytes.start];
            let reporting = unit.kind == UnitKind::Operative && REPORTING.is_match(before);
            let was_copied = copied(c, &m.bytes);
            let written = &c.draft_text[m.bytes.clone()];
            // A report asked for a past session, or for the draft's own
            // session as the base already asked (a request copied but not
            // advanced); one the draft itself asks for later in its own
            // session is not an update's slip.
            let stale = m.value < draft_session || (m.value == draft_session && was_copied);
            if reporting && stale {
                let target = if was_copied && m.value + advance > draft_session {
                    m.value + advance
                } else {
                    draft_session + 1
                };
                let Some(new) = spell_ordinal(target) else {
                    continue;
                };
                let new = match_case(written, &new);
                out.push(
                    Diagnostic::from(DiagnosticData {
                        code: REPORT_SESSION,
                        severity: Severity::Hint,
                        range: range(&m.bytes),
                        message: if m.value == draft_session {
                            crate::msg!(
                                "update-report-session-copied",
                                new = &new,
                                written = written,
                                unstated = unstated.clone()
                            )
                        } else {
                            crate::msg!(
                                "update-report-session-before",
                                new = &new,
                                written = written,
                                draft = &draft_session_name,
                                unstated = unstated.clone()
                            )
                        },
                        fixes: Vec::new(),
                    })
                    .with_fix(Fix {
                        title: crate::msg!("fix-write", text = &new),
                        edits: vec![TextEdit::new(range(&m.bytes), new.clone())],
                    }),
                );
            } else if was_copied && m.value == base_session && unit.kind == UnitKind::Operative {
                let Some(new) = spell_ordinal(m.value + advance) else {
                    continue;
                };
                let new = match_case(written, &new);
                out.push(session_copied(
                    range(&m.bytes),
                    written,
                    &new,
                    &draft_session_name,
                    unstated,
                ));
            }
        }
        // The base's year in a phrase about the future, copied unchanged.
        if unit.kind == UnitKind::Operative {
            if let Some(base_year) = base_model.own.date.map(|d| d.year) {
                for caps in FUTURE_YEAR.captures_iter(text) {
                    let Some(m) = caps.get(1).or_else(|| caps.get(2)) else {
                        continue;
                    };
                    let bytes = unit.body + m.start()..unit.body + m.end();
                    if m.as_str().parse::<u32>().ok() != Some(base_year) || !copied(c, &bytes) {
                        continue;
                    }
                    let new = (base_year + advance).to_string();
                    out.push(session_copied(
                        range(&bytes),
                        m.as_str(),
                        &new,
                        &draft_session_name,
                        unstated,
                    ));
                }
            }
        }
    }

    // The base recalled.
    if let Some(key) = own_key(base_model) {
        let model = draft.model();
        let cited = draft.lines().iter().enumerate().any(|(i, line)| {
            model.regions.get(i).copied().unwrap_or(0) == 0
                && line.citations().iter().any(|citation| {
                    model
                        .citation_organ(citation)
                        .and_then(|organ| Key::of_citation(organ, citation))
                        == Some(key)
                })
        });
        // The recall opens the preamble; a text without one (`The General
        // Assembly` then a single `Adopts …`) gains it before its first
        // paragraph.
        let first_pp = c
            .draft_units
            .iter()
            .find(|u| u.kind == UnitKind::Preambular)
            .or_else(|| c.draft_units.first());
        if let (false, Some(unit)) = (cited, first_pp) {
            let cite = key.cite(None);
            let date = base_model
                .own
                .date
                .map(|d| crate::msg!("update-base-date", date = d));
            // The paragraph the fix inserts is in the draft's language.
            let date_text = base_model
                .own
                .date
                .map(|d| format!(" of {d}"))
                .unwrap_or_default();
            let whose = match key.organ {
                Organ::HumanRightsCouncil => "Human Rights Council",
                _ => "its",
            };
            let indent = &c.draft_text[unit.bytes.start..unit.body];
            let paragraph = format!("{indent}Recalling {whose} resolution {cite}{date_text},\n");
            let line_end = c.draft_text[unit.body..]
                .find(['\n', '\r'])
                .map_or(c.draft_text.len(), |i| unit.body + i);
            let start = pos(unit.bytes.start);
            out.push(
                Diagnostic::from(DiagnosticData {
                    code: BASE_NOT_RECALLED,
                    severity: Severity::Hint,
                    range: range(&(unit.body..line_end)),
                    message: crate::msg!("update-base-not-recalled", cite = &cite, date = date),
                    fixes: Vec::new(),
                })
                .with_fix(Fix {
                    title: crate::msg!("update-base-not-recalled-fix", cite = &cite),
                    edits: vec![TextEdit::new(Range::new(start, start), paragraph)],
                }),
            );
        }
    }
    out.sort_by(|a, b| {
        a.range()
            .start
            .cmp(&b.range().start)
            .then(a.code.cmp(b.code))
    });
    out
}

fn session_copied(
    range: Range,
    written: &str,
    new: &str,
    draft: &str,
    unstated: &Option<crate::l10n::Message>,
) -> Diagnostic {
    Diagnostic::from(DiagnosticData {
        code: SESSION_COPIED,
        severity: Severity::Hint,
        range,
        message: crate::msg!(
            "update-session-copied",
            new = new,
            written = written,
            draft = draft,
            unstated = unstated.clone()
        ),
        fixes: Vec::new(),
    })
    .with_fix(Fix {
        title: crate::msg!("fix-write", text = new),
        edits: vec![TextEdit::new(range, new.to_owned())],
    })
}

/// `new` with the capital of `written` (`Seventy-ninth` → `Eightieth`).
fn match_case(written: &str, new: &str) -> String {
    if written.chars().next().is_some_and(char::is_uppercase) {
        let mut chars = new.chars();
        chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default()
    } else {
        new.to_owned()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BASE: &str = "Resolution adopted by the General Assembly on 4 December 2024\n79/5.\tOceans\n\n\tThe General Assembly,\n\tRecalling its resolution 77/1 of 1 December 2022,\n\t1.\tDecides to convene, during the seventy-ninth session of the General Assembly, a dialogue on oceans;\n\t2.\tEncourages the meeting of States parties in 2024 to consider the matter;\n\t3.\tRequests the Secretary-General to submit to the General Assembly at its eightieth session a report on the implementation of the present resolution.\n";

    fn hints_of(base: &str, draft: &str) -> Vec<Diagnostic> {
        let (b, d) = (Document::new(base), Document::new(draft));
        hints(&super::super::compare(&b, &d), &b, &d)
    }

    #[test]
    fn a_copied_base_with_its_session_advanced_gets_every_hint() {
        let draft = BASE.replace("79/5.", "80/5.");
        let found = hints_of(BASE, &draft);
        let codes: Vec<(&str, u32, String)> = found
            .iter()
            .map(|d| {
                (
                    d.code,
                    d.range().start.line,
                    d.fixes()[0].edits[0].new_text.clone(),
                )
            })
            .collect();
        assert_eq!(
            codes,
            [
                (
                    BASE_NOT_RECALLED,
                    4,
                    "\tRecalling its resolution 79/5 of 4 December 2024,\n".to_owned()
                ),
                (SESSION_COPIED, 5, "eightieth".to_owned()),
                (SESSION_COPIED, 6, "2025".to_owned()),
                (REPORT_SESSION, 7, "eighty-first".to_owned()),
            ]
        );
        // Applying every fix quiets them all.
        let edits: Vec<TextEdit> = found
            .iter()
            .flat_map(|d| d.fixes()[0].edits.clone())
            .collect();
        let fixed = crate::diagnostic::apply_edits(&draft, &edits);
        assert_eq!(hints_of(BASE, &fixed), []);
    }

    #[test]
    fn an_updated_draft_and_other_bodies_sessions_are_quiet() {
        let draft = "80/7.\tOceans\n\n\tThe General Assembly,\n\tRecalling its resolutions 77/1 of 1 December 2022 and 79/5 of 4 December 2024,\n\tNoting the sixty-ninth session of the Commission on the Status of Women,\n\t1.\tDecides to convene, during the eightieth session of the General Assembly, a dialogue on oceans;\n\t2.\tEncourages the meeting of States parties in 2025 to consider the matter;\n\t3.\tTakes note of the report submitted to the General Assembly at its seventy-fourth session and of the views of the Committee for Programme and Coordination at its sixtieth session;\n\t4.\tRequests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.\n";
        assert_eq!(hints_of(BASE, draft), []);
        // The base against itself says nothing.
        assert_eq!(hints_of(BASE, BASE), []);
    }
}
