//! The language versions of one text in the server, over the protocol on the
//! built binary: an English and a French version open, a change in one shows
//! the `version-mismatch` in the other (with related information at the
//! English paragraph) and a change back clears it; a French text whose
//! English version is on disk only is compared with it; two texts whose
//! headings declare one symbol are versions of it; go to definition on a
//! paragraph's label offers the same paragraph in the other version; the
//! command `resolute.alignedVersions` answers where the paragraph under the
//! cursor is in the other versions.

mod support {
    pub mod server;
}

use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use support::server::{range, Server, DEADLINE};

const ENGLISH: &str = "76/250.\tSport for development and peace\n\
\n\
\tThe General Assembly,\n\
\tRecalling its resolution 75/168 of 16 December 2020,\n\
\tTaking note of the report of the Secretary-General (A/76/155),\n\
\t1.\tDecides to hold three meetings in 2022;\n\
\t2.\tRequests the Secretary-General to report to it at its seventy-seventh session;\n\
\t3.\tDecides to remain seized of the matter.\n";

const FRENCH: &str = "76/250.\tLe sport au service du développement et de la paix\n\
\n\
\tL’Assemblée générale,\n\
\tRappelant sa résolution 75/168 du 16 décembre 2020,\n\
\tPrenant note du rapport du Secrétaire général (A/76/155),\n\
\t1.\tDécide de tenir trois séances en 2022 ;\n\
\t2.\tPrie le Secrétaire général de lui présenter un rapport à sa soixante-dix-septième session ;\n\
\t3.\tDécide de rester saisie de la question.\n";

/// The line citing 75/168 of 16 December 2020.
const CITING_LINE: u32 = 3;

fn scratch(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "resolute-lsp-versions-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// The UTF-16 column of `needle` on line `line` of `text`.
fn column(text: &str, line: u32, needle: &str) -> u32 {
    let line = text.lines().nth(line as usize).unwrap();
    let at = line.find(needle).unwrap();
    line[..at].encode_utf16().count() as u32
}

/// Waits for a publish of `uri` whose diagnostics satisfy `wanted`.
fn diagnostics_until(server: &mut Server, uri: &str, wanted: impl Fn(&Value) -> bool) -> Value {
    let matches = |m: &Value| {
        m["method"] == "textDocument/publishDiagnostics"
            && m["params"]["uri"] == uri
            && wanted(&m["params"]["diagnostics"])
    };
    if let Some(i) = server.pending.iter().position(matches) {
        return server.pending.remove(i).unwrap()["params"]["diagnostics"].clone();
    }
    let deadline = Instant::now() + DEADLINE;
    loop {
        let message = server.receive(deadline, &format!("diagnostics of {uri}"));
        if matches(&message) {
            return message["params"]["diagnostics"].clone();
        }
        server.pending.push_back(message);
    }
}

/// The `version-mismatch` diagnostics among `diagnostics`.
fn mismatches(diagnostics: &Value) -> Vec<Value> {
    diagnostics
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["code"] == "version-mismatch")
        .cloned()
        .collect()
}

fn has_mismatch(diagnostics: &Value) -> bool {
    !mismatches(diagnostics).is_empty()
}

/// Replaces `old` on line `line` of `text` (a document at `version - 1`)
/// with `new`, over the protocol, and returns the new text.
fn replace(
    server: &mut Server,
    uri: &str,
    version: i64,
    text: &str,
    line: u32,
    old: &str,
    new: &str,
) -> String {
    let start = column(text, line, old);
    let end = start + old.encode_utf16().count() as u32;
    server.change(
        uri,
        version,
        json!([{"range": range((line, start), (line, end)), "text": new}]),
    );
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines[line as usize] = lines[line as usize].replacen(old, new, 1);
    lines.join("\n") + "\n"
}

#[test]
fn a_change_in_one_version_shows_and_clears_the_mismatch_in_the_other() {
    let dir = scratch("open");
    let (en_path, fr_path) = (
        dir.join("draft.en.resolution"),
        dir.join("draft.fr.resolution"),
    );
    let (en, fr) = (uri(&en_path), uri(&fr_path));
    let mut server = Server::start(json!({}));
    server.open(&en, 1, ENGLISH);
    server.open(&fr, 1, FRENCH);
    // The versions agree.
    let first = server.diagnostics(&fr, 1);
    assert!(!has_mismatch(&first), "{first}");

    // The English version dates 75/168 otherwise: the French one differs.
    let english = replace(
        &mut server,
        &en,
        2,
        ENGLISH,
        CITING_LINE,
        "16 December",
        "15 December",
    );
    let shown = diagnostics_until(&mut server, &fr, has_mismatch);
    let found = mismatches(&shown);
    assert_eq!(found.len(), 1, "{shown}");
    let mismatch = &found[0];
    assert_eq!(mismatch["severity"], 2, "a warning: {mismatch}");
    assert_eq!(mismatch["range"]["start"]["line"], CITING_LINE);
    let message = mismatch["message"].as_str().unwrap();
    assert!(
        message.contains("16 December 2020") && message.contains("15 December 2020"),
        "{message}"
    );
    // Related information: the English paragraph, in UTF-16 columns.
    let related = &mismatch["relatedInformation"][0];
    assert_eq!(related["location"]["uri"], en.as_str(), "{mismatch}");
    let at = &related["location"]["range"];
    assert_eq!(at["start"]["line"], CITING_LINE);
    assert_eq!(
        at["start"]["character"],
        column(&english, CITING_LINE, "15 December 2020"),
        "{mismatch}"
    );
    assert_eq!(
        at["end"]["character"],
        column(&english, CITING_LINE, ","),
        "{mismatch}"
    );
    assert!(related["message"].as_str().unwrap().contains("English"));
    // The English version itself, the reference, has no such finding.
    let own = diagnostics_until(&mut server, &en, |_| true);
    assert!(!has_mismatch(&own), "{own}");

    // Changed back, the French version agrees again.
    server.forget_pending();
    replace(
        &mut server,
        &en,
        3,
        &english,
        CITING_LINE,
        "15 December",
        "16 December",
    );
    diagnostics_until(&mut server, &fr, |d| !has_mismatch(d));

    // A change in the French version shows the mismatch on it; lines
    // inserted above move it with its paragraph; changed back, it clears.
    server.forget_pending();
    let french = replace(&mut server, &fr, 2, FRENCH, 5, "2022", "2023");
    let shown = diagnostics_until(&mut server, &fr, has_mismatch);
    assert_eq!(
        mismatches(&shown)[0]["range"]["start"]["line"],
        5,
        "{shown}"
    );
    server.change(
        &fr,
        3,
        json!([{"range": range((2, 0), (2, 0)), "text": "\n"}]),
    );
    let moved = server.diagnostics(&fr, 3);
    assert_eq!(
        mismatches(&moved)
            .iter()
            .map(|d| d["range"]["start"]["line"].clone())
            .collect::<Vec<_>>(),
        vec![json!(6)],
        "{moved}"
    );
    server.change(
        &fr,
        4,
        json!([{"range": range((2, 0), (3, 0)), "text": ""}]),
    );
    server.forget_pending();
    replace(&mut server, &fr, 5, &french, 5, "2023", "2022");
    diagnostics_until(&mut server, &fr, |d| !has_mismatch(d));

    // The rule levels apply: `version-mismatch` raised to an error.
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"resolute": {"rules": {"version-mismatch": "error"}}}}),
    );
    server.forget_pending();
    replace(
        &mut server,
        &en,
        4,
        ENGLISH,
        CITING_LINE,
        "16 December",
        "15 December",
    );
    let shown = diagnostics_until(&mut server, &fr, has_mismatch);
    assert_eq!(mismatches(&shown)[0]["severity"], 1, "{shown}");
    server.shutdown_and_exit();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_version_on_disk_is_compared_with_the_open_one() {
    let dir = scratch("disk");
    // The English version is on disk, not open; the translator opens the
    // French one.
    std::fs::write(dir.join("draft.en.res.txt"), ENGLISH).unwrap();
    let fr_path = dir.join("draft.fr.res.txt");
    let french = FRENCH.replace("16 décembre 2020", "17 décembre 2020");
    std::fs::write(&fr_path, &french).unwrap();
    let fr = uri(&fr_path);
    let mut server = Server::start(json!({}));
    server.open(&fr, 1, &french);
    let shown = diagnostics_until(&mut server, &fr, has_mismatch);
    let found = mismatches(&shown);
    assert_eq!(found.len(), 1, "{shown}");
    assert_eq!(
        found[0]["relatedInformation"][0]["location"]["uri"],
        uri(&dir.join("draft.en.res.txt")).as_str()
    );
    // Go to definition on the label `2.` leads to paragraph 2 of the
    // English file too.
    let answer = server.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": fr}, "position": {"line": 6, "character": 1}}),
    );
    let uris: Vec<&str> = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|l| l["uri"].as_str().unwrap())
        .collect();
    assert_eq!(
        uris,
        vec![fr.as_str(), uri(&dir.join("draft.en.res.txt")).as_str()],
        "{answer}"
    );
    server.shutdown_and_exit();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn definition_and_the_command_lead_to_the_same_paragraph_in_the_other_version() {
    let dir = scratch("symbol");
    // No language in the names: the headings declare one symbol, 76/250.
    let (en, fr) = (
        uri(&dir.join("sport.resolution")),
        uri(&dir.join("projet-sport.resolution")),
    );
    let mut server = Server::start(json!({}));
    server.open(&en, 1, ENGLISH);
    server.open(&fr, 1, FRENCH);
    server.diagnostics(&en, 1);
    server.diagnostics(&fr, 1);

    // On the label of French paragraph 2 (line 6): itself, and English
    // paragraph 2 from its label to its end.
    let english_line = ENGLISH.lines().nth(6).unwrap();
    let deadline = Instant::now() + DEADLINE;
    let locations = loop {
        let answer = server.request(
            "textDocument/definition",
            json!({"textDocument": {"uri": fr}, "position": {"line": 6, "character": 1}}),
        );
        let locations = answer["result"].as_array().cloned().unwrap_or_default();
        // The headings' symbols are read after the analysis.
        if locations.len() > 1 || Instant::now() > deadline {
            break locations;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    };
    assert_eq!(locations.len(), 2, "{locations:?}");
    assert_eq!(locations[0]["uri"], fr.as_str());
    assert_eq!(locations[1]["uri"], en.as_str());
    assert_eq!(
        locations[1]["range"],
        range((6, 1), (6, english_line.encode_utf16().count() as u32)),
    );
    // Elsewhere than on a label, definition is what it was.
    let answer = server.request(
        "textDocument/definition",
        json!({"textDocument": {"uri": fr}, "position": {"line": 6, "character": 10}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");

    // The command, from inside English paragraph 3: French paragraph 3.
    let answer = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.alignedVersions", "arguments": [
            {"uri": en, "position": {"line": 7, "character": 20}}
        ]}),
    );
    let versions = answer["result"].as_array().unwrap();
    assert_eq!(versions.len(), 1, "{answer}");
    assert_eq!(versions[0]["language"], "fr");
    assert_eq!(versions[0]["uri"], fr.as_str());
    assert_eq!(
        versions[0]["range"]["start"],
        json!({"line": 7, "character": 1})
    );
    // Only the languages asked for; none for a text without versions.
    let answer = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.alignedVersions", "arguments": [
            {"uri": en, "position": {"line": 7, "character": 20}, "language": "es"}
        ]}),
    );
    assert_eq!(answer["result"], json!([]), "{answer}");
    let alone = uri(&dir.join("other.resolution"));
    server.open(&alone, 1, "\tThe General Assembly,\n\t1.\tDecides;\n");
    let answer = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.alignedVersions", "arguments": [alone]}),
    );
    assert_eq!(answer["result"], json!([]), "{answer}");
    let answer = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.alignedVersions", "arguments": [{"uri": "file:///never-opened.resolution"}]}),
    );
    assert!(answer.get("error").is_some(), "{answer}");
    server.shutdown_and_exit();
    std::fs::remove_dir_all(&dir).unwrap();
}
