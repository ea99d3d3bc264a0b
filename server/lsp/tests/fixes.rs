//! Workspace edits never lose text: for every quick fix the server offers on
//! adopted resolutions broken the way drafters break them, the edits are
//! well formed (each inside the text, on character boundaries, not
//! overlapping) and, applied as an editor applies them (UTF-16 positions on
//! the client's text), change exactly the bytes the core's edits say and
//! nothing else.
//!
//! The rules that offer fixes are being written; this test is generic over
//! them, and `a_bad_fix_is_caught` shows what it catches.

mod support;

use std::path::PathBuf;

use proptest::prelude::*;
use resolute_core::{Document, Pos, TextEdit};
use serde_json::{json, Value};
use support::{At, Client, Edit, Model, Units};

fn corpus() -> Vec<(String, String)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let mut files: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("shared/corpus is next to the repository")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&p).unwrap())
        })
        .collect();
    files.sort();
    assert_eq!(files.len(), 90);
    files
}

/// Breaks `text` the way drafters do; `seed` picks the line.
fn mutate(text: &str, kind: u8, seed: usize) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    let line = seed % lines.len();
    match kind % 6 {
        // A dropped line (a paragraph, a footnote text).
        0 => {
            lines.remove(line);
        }
        // A retyped number: the first digit of the line goes up by two.
        1 => {
            if let Some(at) = lines[line].find(|c: char| c.is_ascii_digit()) {
                let digit = lines[line].as_bytes()[at] - b'0';
                let new = char::from(b'0' + (digit + 2) % 10);
                lines[line].replace_range(at..at + 1, &new.to_string());
            }
        }
        // A reference to a paragraph that does not exist.
        2 => lines[line].push_str(" as requested in paragraph 99 above"),
        // A stray footnote marker.
        3 => lines[line].push_str(" the Conference9"),
        // A date outside its session.
        4 => lines[line].push_str(" resolution 70/305 of 14 September 2017"),
        // An impossible date.
        _ => lines[line].push_str(" resolution 45/1 of 31 September 1990"),
    }
    lines.join("\n")
}

/// The byte offset of a core position in `text` (`None` if it is not on a
/// character boundary inside its line).
fn byte_offset(text: &str, pos: Pos) -> Option<usize> {
    let mut start = 0;
    let mut line = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while line < pos.line {
        if i >= bytes.len() {
            return None;
        }
        match bytes[i] {
            b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                i += 2;
                line += 1;
                start = i;
            }
            b'\r' | b'\n' => {
                i += 1;
                line += 1;
                start = i;
            }
            _ => i += 1,
        }
    }
    let content_end = text[start..]
        .find(['\r', '\n'])
        .map_or(text.len(), |end| start + end);
    let at = start + pos.col as usize;
    (at <= content_end && text.is_char_boundary(at)).then_some(at)
}

/// Applies a fix's core edits to `text` in bytes: the reference of what the
/// fix says it changes. Errors on a malformed fix.
fn apply_core(text: &str, edits: &[TextEdit]) -> Result<String, String> {
    let mut spans = Vec::new();
    for edit in edits {
        let start = byte_offset(text, edit.range.start)
            .ok_or(format!("{:?} is not in the text", edit.range.start))?;
        let end = byte_offset(text, edit.range.end)
            .ok_or(format!("{:?} is not in the text", edit.range.end))?;
        if start > end {
            return Err(format!("{:?} ends before it starts", edit.range));
        }
        spans.push((start, end, edit.new_text.as_str()));
    }
    spans.sort();
    for pair in spans.windows(2) {
        if pair[0].1 > pair[1].0 {
            return Err(format!("edits overlap: {pair:?}"));
        }
    }
    let mut out = text.to_owned();
    for (start, end, new_text) in spans.into_iter().rev() {
        out.replace_range(start..end, new_text);
    }
    Ok(out)
}

/// Applies LSP text edits (UTF-16) as an editor does: all against the
/// original text, so from the last to the first.
fn apply_lsp(text: &str, edits: &[Value]) -> String {
    let mut parsed: Vec<(At, At, String)> = edits
        .iter()
        .map(|e| {
            let at = |p: &Value| At {
                line: p["line"].as_u64().unwrap() as u32,
                character: p["character"].as_u64().unwrap() as u32,
            };
            (
                at(&e["range"]["start"]),
                at(&e["range"]["end"]),
                e["newText"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    parsed.sort_by_key(|edit| std::cmp::Reverse(edit.0));
    let mut model = Model::new(text, Units::Utf16);
    for (start, end, new_text) in parsed {
        model.apply(&Edit {
            range: Some((start, end)),
            text: new_text,
        });
    }
    model.text()
}

/// Every fix of `text`, checked in the core and over the protocol.
async fn check_fixes(client: &mut Client, uri: &str, text: &str) -> usize {
    let document = Document::new(text);
    let mut expected = Vec::new();
    for diagnostic in document.diagnostics() {
        for fix in diagnostic.fixes().iter() {
            let fixed = apply_core(text, &fix.edits)
                .unwrap_or_else(|e| panic!("fix {:?} of {}: {e}", fix.title, diagnostic.code));
            expected.push((fix.title.clone(), fixed));
        }
    }
    client.open(uri, 1, text).await;
    let answer = client
        .request(
            "textDocument/codeAction",
            json!({
                "textDocument": {"uri": uri},
                "range": {"start": {"line": 0, "character": 0}, "end": {"line": u32::MAX, "character": 0}},
                "context": {"diagnostics": []},
            }),
        )
        .await;
    let actions = answer["result"].as_array().cloned().unwrap_or_default();
    for (title, fixed) in &expected {
        // Several fixes may share a title (the same repair on two lines):
        // one of the actions so named must give the fix's result.
        let named: Vec<&Value> = actions
            .iter()
            .filter(|a| a["title"] == title.to_string().as_str())
            .collect();
        assert!(
            !named.is_empty(),
            "no code action for the fix {title:?}: {answer}"
        );
        let results: Vec<String> = named
            .iter()
            .map(|action| {
                let edits = action["edit"]["changes"][uri]
                    .as_array()
                    .expect("edits of this document");
                apply_lsp(text, edits)
            })
            .collect();
        assert!(
            results.iter().any(|r| r == fixed),
            "no action named {title:?} gives the fix's result"
        );
    }
    // Any other action that edits the document edits it in range.
    for action in &actions {
        for edit in action["edit"]["changes"][uri]
            .as_array()
            .into_iter()
            .flatten()
        {
            for end in ["start", "end"] {
                let at = &edit["range"][end];
                assert!(
                    in_range(text, at),
                    "{end} of an edit outside the text: {action}"
                );
            }
        }
    }
    client.close(uri).await;
    expected.len()
}

/// Whether an LSP position (UTF-16) is inside `text`: an existing line, a
/// column not past its end and not inside a surrogate pair.
fn in_range(text: &str, at: &Value) -> bool {
    let (Some(line), Some(character)) = (at["line"].as_u64(), at["character"].as_u64()) else {
        return false;
    };
    let lines: Vec<&str> = text.split('\n').collect();
    let Some(content) = lines.get(line as usize) else {
        return false;
    };
    let content = content.strip_suffix('\r').unwrap_or(content);
    let mut units = 0;
    for c in content.chars() {
        if units == character {
            return true;
        }
        units += c.len_utf16() as u64;
        if units > character {
            return false;
        }
    }
    units == character
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn quick_fixes_change_only_what_they_say(file in 0usize..90, kind in any::<u8>(), seed in any::<usize>()) {
        let corpus = corpus();
        let (name, text) = &corpus[file];
        let broken = mutate(text, kind, seed);
        runtime().block_on(async {
            let mut client = Client::start(json!({}), json!({})).await;
            check_fixes(&mut client, &format!("file:///corpus/{name}"), &broken).await;
            client.shutdown().await;
        });
    }
}

#[test]
fn a_bad_fix_is_caught() {
    let text = "a😀b\nc";
    let edit = |line, start, end, new_text: &str| {
        TextEdit::new(resolute_core::Range::on_line(line, start, end), new_text)
    };
    assert_eq!(
        apply_core(text, &[edit(0, 1, 5, "x")]),
        Ok("axb\nc".to_owned())
    );
    // Inside the emoji, past the end of a line, overlapping, reversed.
    assert!(apply_core(text, &[edit(0, 2, 5, "x")]).is_err());
    assert!(apply_core(text, &[edit(1, 0, 2, "x")]).is_err());
    assert!(apply_core(text, &[edit(0, 0, 5, "x"), edit(0, 4, 6, "y")]).is_err());
    assert!(apply_core(text, &[edit(0, 5, 1, "x")]).is_err());
    // The editor's application of UTF-16 edits agrees on a good one.
    let lsp = json!({"range": {"start": {"line": 0, "character": 1}, "end": {"line": 0, "character": 3}}, "newText": "x"});
    assert_eq!(apply_lsp(text, &[lsp]), "axb\nc");
    let at = |line: u32, character: u32| json!({"line": line, "character": character});
    assert!(in_range(text, &at(0, 3)) && in_range(text, &at(1, 1)));
    assert!(!in_range(text, &at(0, 2)) && !in_range(text, &at(0, 5)) && !in_range(text, &at(2, 0)));
}
