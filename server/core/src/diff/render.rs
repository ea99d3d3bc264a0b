//! A comparison as people and programs read it: plain or coloured text for
//! a terminal, JSON, Markdown and HTML (the Word document with tracked
//! changes is written by the server crate, which has the zip writer).

use serde_json::{json, Value};

use super::{Comparison, Entry, Op, Status, UnitKind};
use crate::ide::escape_markdown;

/// How an entry is named: `OP12`, `OP8+OP9`, with what it was in the base
/// (`was OP13`, `split from OP7`, `moved from PP3`).
pub fn title(c: &Comparison, e: &Entry) -> String {
    let names = |units: &[super::Unit], list: &[usize]| {
        list.iter()
            .map(|&i| units[i].name())
            .collect::<Vec<_>>()
            .join("+")
    };
    let draft = names(&c.draft_units, &e.draft);
    let base = names(&c.base_units, &e.base);
    let status = e.status.as_str();
    match e.status {
        Status::New => format!("{draft} new"),
        Status::Deleted => format!("{base} deleted"),
        Status::Unchanged | Status::Changed => {
            let mut s = format!("{draft} {status}");
            if e.draft.len() > 1 {
                s.push_str(&format!(", split from {base}"));
            } else if e.base.len() > 1 {
                s.push_str(&format!(", merged from {base}"));
            } else if e.moved {
                s.push_str(&format!(", moved from {base}"));
            } else if base != draft {
                s.push_str(&format!(" (was {base})"));
            }
            s
        }
    }
}

/// Whether the report shows an entry: every paragraph, and anything else
/// (title, headings, footnotes) only when it changed.
pub fn shown(e: &Entry) -> bool {
    e.kind != UnitKind::Other || e.status != Status::Unchanged
}

/// One stretch of an entry's text: `None` equal, `Some(true)` inserted,
/// `Some(false)` deleted.
fn pieces<'a>(c: &'a Comparison, e: &'a Entry) -> impl Iterator<Item = (Option<bool>, &'a str)> {
    e.ops.iter().map(move |op| match op {
        Op::Equal { draft, .. } => (None, &c.draft_text[draft.clone()]),
        Op::Insert { draft } => (Some(true), &c.draft_text[draft.clone()]),
        Op::Delete { base } => (Some(false), &c.base_text[base.clone()]),
    })
}

/// The counts line: `14 unchanged, 9 changed, 1 new, 2 deleted, 1 moved`.
pub fn summary(c: &Comparison) -> String {
    let k = c.counts();
    format!(
        "{} unchanged, {} changed, {} new, {} deleted, {} moved",
        k.unchanged, k.changed, k.new, k.deleted, k.moved
    )
}

/// Text for a terminal: each paragraph's title, then, for those that
/// changed, its text with `[-deleted-]` and `{+inserted+}` (or, with
/// `color`, deletions struck through in red and insertions in green).
pub fn human(c: &Comparison, color: bool) -> String {
    let mut out = String::new();
    for e in c.entries.iter().filter(|e| shown(e)) {
        let head = title(c, e);
        if color {
            let code = match e.status {
                Status::Unchanged => "2",
                Status::Changed => "1;33",
                Status::New => "1;32",
                Status::Deleted => "1;31",
            };
            out.push_str(&format!("\x1b[{code}m{head}\x1b[0m\n"));
        } else {
            out.push_str(&head);
            out.push('\n');
        }
        if e.status == Status::Unchanged {
            continue;
        }
        let mut text = String::new();
        for (kind, piece) in pieces(c, e) {
            // White space around a change stays outside its marks.
            let (lead, core, trail) = split_space(piece);
            text.push_str(lead);
            if !core.is_empty() {
                match (kind, color) {
                    (None, _) => text.push_str(core),
                    (Some(true), true) => text.push_str(&paint(core, "32")),
                    (Some(false), true) => text.push_str(&paint(core, "9;31")),
                    (Some(true), false) => text.push_str(&format!("{{+{core}+}}")),
                    (Some(false), false) => text.push_str(&format!("[-{core}-]")),
                }
            }
            text.push_str(trail);
        }
        for line in text.trim_end_matches(['\n', '\r']).lines() {
            out.push_str("    ");
            out.push_str(line.trim_start_matches('\t'));
            out.push('\n');
        }
    }
    out.push_str(&summary(c));
    out.push('\n');
    out
}

/// Colours each line of `piece` on its own, so that a terminal does not
/// carry the colour over a line break.
fn paint(piece: &str, code: &str) -> String {
    piece
        .split('\n')
        .map(|line| {
            if line.is_empty() {
                String::new()
            } else {
                format!("\x1b[{code}m{line}\x1b[0m")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

/// The comparison as JSON: the counts, one object per paragraph (status,
/// part, names and lines in both texts, the word-level changes) and the
/// edit script (`edits`), which [`apply_json`] applies to the base.
pub fn json(c: &Comparison) -> Value {
    let k = c.counts();
    let lines = |units: &[super::Unit], list: &[usize]| -> Value {
        match (list.first(), list.last()) {
            (Some(&a), Some(&b)) => json!([units[a].lines.start, units[b].lines.end]),
            _ => Value::Null,
        }
    };
    let names = |units: &[super::Unit], list: &[usize]| -> Vec<String> {
        list.iter().map(|&i| units[i].name()).collect()
    };
    let paragraphs: Vec<Value> = c
        .entries
        .iter()
        .map(|e| {
            let changes: Vec<Value> = pieces(c, e)
                .map(|(kind, text)| {
                    let op = match kind {
                        None => "equal",
                        Some(true) => "insert",
                        Some(false) => "delete",
                    };
                    json!({"op": op, "text": text})
                })
                .collect();
            json!({
                "status": e.status.as_str(),
                "moved": e.moved,
                "renumbered": e.renumbered(c),
                "part": e.kind.as_str(),
                "draft": names(&c.draft_units, &e.draft),
                "base": names(&c.base_units, &e.base),
                "draft_lines": lines(&c.draft_units, &e.draft),
                "base_lines": lines(&c.base_units, &e.base),
                "changes": changes,
            })
        })
        .collect();
    let edits: Vec<Value> = c
        .script
        .iter()
        .map(|op| match op {
            Op::Equal { base, .. } => json!({"op": "equal", "base": [base.start, base.end]}),
            Op::Delete { base } => json!({"op": "delete", "base": [base.start, base.end]}),
            Op::Insert { draft } => json!({"op": "insert", "text": &c.draft_text[draft.clone()]}),
        })
        .collect();
    json!({
        "summary": {
            "unchanged": k.unchanged,
            "changed": k.changed,
            "new": k.new,
            "deleted": k.deleted,
            "moved": k.moved,
        },
        "paragraphs": paragraphs,
        "edits": edits,
    })
}

/// Applies the `edits` of a [`json`] report to `base` (byte offsets): the
/// draft, or `None` when the report does not fit the base.
pub fn apply_json(base: &str, report: &Value) -> Option<String> {
    let mut out = String::new();
    let mut at = 0;
    for edit in report.get("edits")?.as_array()? {
        let range = || -> Option<(usize, usize)> {
            let r = edit.get("base")?.as_array()?;
            Some((r.first()?.as_u64()? as usize, r.get(1)?.as_u64()? as usize))
        };
        match edit.get("op")?.as_str()? {
            "equal" => {
                let (s, e) = range()?;
                if s != at {
                    return None;
                }
                out.push_str(base.get(s..e)?);
                at = e;
            }
            "delete" => {
                let (s, e) = range()?;
                if s != at {
                    return None;
                }
                at = e;
            }
            "insert" => out.push_str(edit.get("text")?.as_str()?),
            _ => return None,
        }
    }
    (at == base.len()).then_some(out)
}

/// Markdown: a heading per paragraph, deletions struck through
/// (`~~…~~`) and insertions in bold; the text escaped.
pub fn markdown(c: &Comparison, base_name: &str, draft_name: &str) -> String {
    let mut out = format!(
        "# {} compared with {}\n\n{}\n",
        escape_markdown(draft_name),
        escape_markdown(base_name),
        summary(c)
    );
    for e in c.entries.iter().filter(|e| shown(e)) {
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        out.push_str(&format!("## {}\n", escape_markdown(&title(c, e))));
        if e.status == Status::Unchanged {
            continue;
        }
        out.push('\n');
        let mut line = String::new();
        let mut after_deletion = false;
        for (kind, piece) in pieces(c, e) {
            // A replacement reads `~~old~~ **new**`.
            if after_deletion && kind == Some(true) && !line.ends_with(' ') {
                line.push(' ');
            }
            after_deletion = kind == Some(false);
            for (index, part) in piece.split('\n').enumerate() {
                if index > 0 {
                    flush_line(&mut out, &mut line);
                }
                let part = part.trim_end_matches('\r');
                let (lead, core, trail) = split_space(part);
                line.push_str(&lead.replace('\t', " "));
                if !core.is_empty() {
                    let text = escape_markdown(&core.replace('\t', " "));
                    match kind {
                        None => line.push_str(&text),
                        Some(true) => line.push_str(&format!("**{text}**")),
                        Some(false) => line.push_str(&format!("~~{text}~~")),
                    }
                }
                line.push_str(&trail.replace('\t', " "));
            }
        }
        flush_line(&mut out, &mut line);
    }
    out
}

fn flush_line(out: &mut String, line: &mut String) {
    let trimmed = line.trim();
    if !trimmed.is_empty() {
        out.push_str(trimmed);
        out.push_str("\n\n");
    }
    line.clear();
}

/// `text` as (leading white space, the rest, trailing white space).
fn split_space(text: &str) -> (&str, &str, &str) {
    let core = text.trim();
    if core.is_empty() {
        return (text, "", "");
    }
    let start = text.find(core).unwrap_or(0);
    (&text[..start], core, &text[start + core.len()..])
}

fn escape_html(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A standalone HTML page: a section per paragraph, `<del>` and `<ins>`.
pub fn html(c: &Comparison, base_name: &str, draft_name: &str) -> String {
    let mut out = format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>{} compared with {}</title>\n<style>\nbody {{ font-family: serif; max-width: 50em; margin: 2em auto; }}\n.text {{ white-space: pre-wrap; }}\nins {{ color: #060; background: #dfd; }}\ndel {{ color: #900; background: #fdd; }}\nh2 {{ font-size: 1em; font-family: sans-serif; }}\n.unchanged h2 {{ color: #777; }}\n</style>\n</head>\n<body>\n<h1>{} compared with {}</h1>\n<p>{}</p>\n",
        escape_html(draft_name),
        escape_html(base_name),
        escape_html(draft_name),
        escape_html(base_name),
        escape_html(&summary(c))
    );
    for e in c.entries.iter().filter(|e| shown(e)) {
        out.push_str(&format!(
            "<section class=\"{}\">\n<h2>{}</h2>\n",
            e.status.as_str(),
            escape_html(&title(c, e))
        ));
        if e.status != Status::Unchanged {
            out.push_str("<div class=\"text\">");
            for (kind, piece) in pieces(c, e) {
                let text = escape_html(piece);
                match kind {
                    None => out.push_str(&text),
                    Some(true) => out.push_str(&format!("<ins>{text}</ins>")),
                    Some(false) => out.push_str(&format!("<del>{text}</del>")),
                }
            }
            out.push_str("</div>\n");
        }
        out.push_str("</section>\n");
    }
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Document;

    fn comparison() -> Comparison {
        super::super::compare(
            &Document::new("\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\t1.\tRequests a report at its eighty-first session.\n"),
            &Document::new("\tThe General Assembly,\n\tRecalling its resolution 79/5 <b>,\n\t1.\tRequests a report at its eighty-third session.\n"),
        )
    }

    #[test]
    fn every_format_marks_insertions_and_deletions() {
        let c = comparison();
        let plain = human(&c, false);
        assert!(
            plain.contains("PP1 changed\n    Recalling its resolution [-77/1-]{+79/5 <b>+},"),
            "{plain}"
        );
        assert!(
            plain.ends_with("0 unchanged, 2 changed, 0 new, 0 deleted, 0 moved\n"),
            "{plain}"
        );
        let colored = human(&c, true);
        assert!(colored.contains("\x1b[9;31m77/1\x1b[0m"), "{colored}");
        let md = markdown(&c, "base.txt", "draft.txt");
        assert!(md.contains("~~77/1~~ **79/5 \\<b>**"), "{md}");
        let page = html(&c, "base.txt", "draft.txt");
        assert!(
            page.contains("<del>77/1</del><ins>79/5 &lt;b&gt;</ins>"),
            "{page}"
        );
        let report = json(&c);
        assert_eq!(report["paragraphs"][1]["status"], "changed");
        assert_eq!(
            apply_json(&c.base_text, &report).as_deref(),
            Some(c.draft_text.as_str())
        );
        assert_eq!(apply_json("other base", &report), None);
    }
}
