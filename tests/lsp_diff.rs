//! The server's comparison of a draft with its base, over the protocol on
//! the built binary: code lenses on each paragraph (`unchanged`, `changed`,
//! `new`, where it was in the base), hover with the base paragraph, the
//! hints of a technical update with their quick fixes, the command that
//! exports the tracked-changes `.docx`, and the three ways a draft names its
//! base (its first line, `[bases]` in `resolute.toml` with a symbol resolved
//! through a catalog's `file` column, the setting `resolute.base`).

mod support {
    pub mod server;
}

use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Instant, SystemTime, UNIX_EPOCH};

use serde_json::{json, Value};
use support::server::{range, Server, DEADLINE};

fn fixture(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures/diff")
        .join(name);
    std::fs::read_to_string(path).unwrap()
}

fn scratch(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "resolute-lsp-diff-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
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

fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

/// The lens titles by line.
fn lenses(server: &mut Server, uri: &str) -> Vec<(u64, String, String)> {
    let answer = server.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": uri}}),
    );
    answer["result"]
        .as_array()
        .unwrap_or(&Vec::new())
        .iter()
        .map(|l| {
            (
                l["range"]["start"]["line"].as_u64().unwrap(),
                l["command"]["title"].as_str().unwrap().to_owned(),
                l["command"]["command"].as_str().unwrap_or("").to_owned(),
            )
        })
        .collect()
}

fn hover(server: &mut Server, uri: &str, line: u32, character: u32) -> String {
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": uri}, "position": {"line": line, "character": character}}),
    );
    answer["result"]["contents"]["value"]
        .as_str()
        .unwrap_or("")
        .to_owned()
}

#[test]
fn lenses_hover_hints_and_export_over_the_protocol() {
    let dir = scratch("first-line");
    std::fs::write(dir.join("base.txt"), fixture("base.txt")).unwrap();
    let draft_text = format!("<!-- base: base.txt -->\n{}", fixture("draft.txt"));
    let draft_path = dir.join("draft.md");
    std::fs::write(&draft_path, &draft_text).unwrap();
    let draft = uri(&draft_path);
    let mut server = Server::start(json!({}));
    server.open(&draft, 1, &draft_text);
    server.diagnostics(&draft, 1);

    // A lens on each paragraph, and the counts with the export on top.
    let lenses = lenses(&mut server, &draft);
    let line_of =
        |needle: &str| draft_text.lines().position(|l| l.contains(needle)).unwrap() as u64;
    let title_at = |line: u64| -> Vec<&str> {
        lenses
            .iter()
            .filter(|l| l.0 == line)
            .map(|l| l.1.as_str())
            .collect()
    };
    assert_eq!(lenses[0].0, 0);
    assert_eq!(lenses[0].2, "resolute.exportTrackedChanges");
    assert!(
        lenses[0].1.starts_with(
            "compared with base.txt: 3 unchanged, 4 changed, 1 new, 0 deleted, 1 moved"
        ),
        "{}",
        lenses[0].1
    );
    assert_eq!(title_at(line_of("Recalling its resolutions")), ["changed"]);
    assert_eq!(
        title_at(line_of("Welcoming the work")),
        ["unchanged · moved from PP3"]
    );
    assert_eq!(title_at(line_of("Stressing the need")), ["new"]);
    assert_eq!(
        title_at(line_of("Calls upon States to protect")),
        ["changed · split from OP2"]
    );
    assert_eq!(
        title_at(line_of("Requests the Secretary-General")),
        ["changed · was OP3"]
    );
    assert_eq!(
        title_at(line_of("Encourages States to ratify")),
        ["unchanged"]
    );

    // Hover on a paragraph's words shows the base paragraph.
    let requests = line_of("Requests the Secretary-General");
    let column = draft_text
        .lines()
        .nth(requests as usize)
        .unwrap()
        .find("implementation")
        .unwrap() as u32;
    let text = hover(&mut server, &draft, requests as u32, column + 3);
    assert!(text.starts_with("**changed · was OP3**"), "{text}");
    assert!(text.contains("eighty-first session a report"), "{text}");
    let new = hover(
        &mut server,
        &draft,
        line_of("Stressing the need") as u32,
        40,
    );
    assert!(new.contains("Not in the base"), "{new}");

    // In the drafter's language (the `locale` setting): the same lenses and
    // hover in French.
    let mut french = Server::start(json!({"locale": "fr"}));
    french.open(&draft, 1, &draft_text);
    french.diagnostics(&draft, 1);
    let lenses_fr = crate::lenses(&mut french, &draft);
    assert!(
        lenses_fr[0].1.starts_with(
            "comparé à base.txt : 3 inchangés, 4 modifiés, 1 nouveau, 0 supprimé, 1 déplacé"
        ),
        "{}",
        lenses_fr[0].1
    );
    let titles_fr: Vec<&str> = lenses_fr
        .iter()
        .filter(|l| l.0 == line_of("Calls upon States to protect"))
        .map(|l| l.1.as_str())
        .collect();
    assert_eq!(titles_fr, ["modifié · scindé de OP2"]);
    let text = hover(&mut french, &draft, requests as u32, column + 3);
    assert!(text.starts_with("**modifié · anciennement OP3**"), "{text}");
    drop(french);

    // The export command writes the tracked-changes .docx.
    let answer = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.exportTrackedChanges", "arguments": [draft]}),
    );
    let path = PathBuf::from(
        answer["result"]["path"]
            .as_str()
            .unwrap_or_else(|| panic!("{answer}")),
    );
    assert_eq!(path, dir.join("draft.tracked.docx"));
    let mut xml = String::new();
    zip::ZipArchive::new(std::fs::File::open(&path).unwrap())
        .unwrap()
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    assert!(
        xml.contains("<w:ins ") && xml.contains("<w:delText"),
        "tracked changes"
    );
    assert!(xml.contains("w:author=\"Resolute\""));

    // A copy of the base numbered two sessions on, nothing else changed:
    // the hints of a technical update, with quick fixes.
    let copy_text = format!(
        "<!-- base: base.txt -->\n{}",
        fixture("base.txt").replace("79/5.", "81/5.")
    );
    let copy = uri(&dir.join("copy.md"));
    std::fs::write(dir.join("copy.md"), &copy_text).unwrap();
    server.open(&copy, 1, &copy_text);
    let diagnostics = diagnostics_until(&mut server, &copy, |d| {
        codes(d).iter().any(|c| c.starts_with("update-"))
    });
    let mut found: Vec<String> = codes(&diagnostics)
        .into_iter()
        .filter(|c| c.starts_with("update-"))
        .collect();
    found.sort();
    assert_eq!(
        found,
        [
            "update-base-not-recalled",
            "update-report-session",
            "update-report-session"
        ]
    );
    let report = diagnostics
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["code"] == "update-report-session")
        .unwrap()
        .clone();
    let actions = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": copy}, "range": report["range"], "context": {"diagnostics": [report]}}),
    );
    let fix = actions["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["title"] == "Write `eighty-third`")
        .unwrap_or_else(|| panic!("{actions}"));
    let edit = &fix["edit"]["changes"][&copy][0];
    assert_eq!(edit["newText"], "eighty-third");
    assert_eq!(edit["range"], report["range"]);

    // A change of settings re-checks every document: the hints stay.
    server.forget_pending();
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"resolute": {}}}),
    );
    let republished = diagnostics_until(&mut server, &copy, |_| true);
    assert_eq!(
        codes(&republished)
            .iter()
            .filter(|c| c.starts_with("update-"))
            .count(),
        3,
        "{republished}"
    );

    // Editing the draft keeps the lenses in step.
    let stressing = line_of("Stressing the need") as u32;
    server.change(
        &draft,
        2,
        json!([{"range": range((stressing, 0), (stressing + 1, 0)), "text": ""}]),
    );
    server.diagnostics(&draft, 2);
    let after = self::lenses(&mut server, &draft);
    assert!(
        after[0].1.contains("3 unchanged, 4 changed, 0 new"),
        "{}",
        after[0].1
    );
    assert!(!after.iter().any(|l| l.1 == "new"));
    server.shutdown_and_exit();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_base_named_in_resolute_toml_or_the_setting() {
    let dir = scratch("toml");
    std::fs::create_dir_all(dir.join("adopted")).unwrap();
    std::fs::write(dir.join("adopted/A_RES_79_5.txt"), fixture("base.txt")).unwrap();
    std::fs::write(
        dir.join("adopted.csv"),
        "symbol,date,title,file\nA/RES/79/5,2024-12-04,Oceans and the law of the sea,adopted/A_RES_79_5.txt\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("resolute.toml"),
        "catalogs = [\"adopted.csv\"]\n[bases]\n\"drafts/oceans.txt\" = \"A/RES/79/5\"\n",
    )
    .unwrap();
    std::fs::create_dir_all(dir.join("drafts")).unwrap();
    let text = fixture("draft.txt");
    let mut server = Server::spawn(&[]);
    let answer = server.request(
        "initialize",
        json!({"processId": null, "rootUri": uri(&dir), "capabilities": {},
               "initializationOptions": {"resolute": {"base": "adopted/A_RES_79_5.txt"}}}),
    );
    assert_eq!(
        answer["result"]["capabilities"]["codeLensProvider"]["resolveProvider"],
        false
    );
    assert_eq!(
        answer["result"]["capabilities"]["executeCommandProvider"]["commands"][0],
        "resolute.exportTrackedChanges"
    );
    server.notify("initialized", json!({}));
    // [bases] names the draft's base by its symbol, found through the
    // catalog's file column.
    let oceans = uri(&dir.join("drafts/oceans.txt"));
    server.open(&oceans, 1, &text);
    server.diagnostics(&oceans, 1);
    let by_toml = lenses(&mut server, &oceans);
    assert!(
        by_toml[0].1.starts_with("compared with A/RES/79/5: "),
        "{by_toml:?}"
    );
    // Any other draft takes the setting's base.
    let other = uri(&dir.join("drafts/other.txt"));
    server.open(&other, 1, &text);
    server.diagnostics(&other, 1);
    let by_setting = lenses(&mut server, &other);
    assert!(
        by_setting[0]
            .1
            .starts_with("compared with adopted/A_RES_79_5.txt: "),
        "{by_setting:?}"
    );
    assert_eq!(by_setting.len(), by_toml.len());
    // A base that cannot be found says so in a lens, and hover falls back.
    let lost = uri(&dir.join("drafts/lost.txt"));
    server.open(&lost, 1, &format!("<!-- base: A/RES/79/999 -->\n{text}"));
    server.diagnostics(&lost, 1);
    let lost_lenses = lenses(&mut server, &lost);
    assert_eq!(lost_lenses.len(), 1);
    assert!(
        lost_lenses[0].1.contains("79/999 is not in any catalog"),
        "{lost_lenses:?}"
    );
    server.shutdown_and_exit();
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_document_without_a_base_has_no_lenses() {
    let mut server = Server::start(json!({}));
    let plain = "file:///tmp/resolute-lsp-diff-plain/draft.txt";
    server.open(plain, 1, &fixture("draft.txt"));
    server.diagnostics(plain, 1);
    let answer = server.request(
        "textDocument/codeLens",
        json!({"textDocument": {"uri": plain}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");
    let refused = server.request(
        "workspace/executeCommand",
        json!({"command": "resolute.exportTrackedChanges", "arguments": [plain]}),
    );
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("names no base"),
        "{refused}"
    );
    server.shutdown_and_exit();
}
