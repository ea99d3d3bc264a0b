//! Abuse over the real protocol: the built `resolute` binary gets broken
//! frames, lies, huge and strange documents, bursts and deliberate panics.
//! After each, the server must still be alive, answer a request, and hold
//! exactly the client's text (`resolute/documentText` against an independent
//! model of the client, `model.rs`).

#[path = "../server/lsp/tests/support/model.rs"]
mod model;
mod support {
    pub mod server;
}

use model::{At, Edit, Model, Units};
use serde_json::{json, Value};
use support::server::{range, Server, Xorshift};

const URI: &str = "file:///tmp/resolute-abuse/draft.txt";
const FRESH: &str = "file:///tmp/resolute-abuse/fresh.txt";

/// A small resolution with Arabic, Chinese, an emoji, CRLF and a lone CR.
const DRAFT: &str = "78/10.\tSport and the Olympic ideal\n\
\n\
\tThe General Assembly,\r\n\
\tRecalling the World Summit Outcome,1\n\
\tNoting مرحبا 中文 😀 in the draft,\r\
\t1.\tUrges Member States to observe the Olympic Truce;\n\
\t2.\tRequests the Secretary-General to report;\n\
\t3.\tDecides to remain seized of the matter.\n\
\n\
1 Resolution 60/1.\n";

/// A server with the draft open, and the client's model of it.
fn server_with_draft() -> (Server, Model) {
    let mut server = Server::start(json!({}));
    server.open(URI, 1, DRAFT);
    (server, Model::new(DRAFT, Units::Utf16))
}

fn framed(body: &[u8]) -> Vec<u8> {
    let mut bytes = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
    bytes.extend_from_slice(body);
    bytes
}

fn at(line: u32, character: u32) -> At {
    At { line, character }
}

/// Applies `edit` on both sides, as a notification of version `version`.
fn edit(server: &mut Server, model: &mut Model, uri: &str, version: i64, edit: Edit) {
    model.apply(&edit);
    server.change(uri, version, json!([edit.to_json()]));
}

fn replace(start: At, end: At, text: &str) -> Edit {
    Edit {
        range: Some((start, end)),
        text: text.to_owned(),
    }
}

/// The codes of a list of published diagnostics.
fn codes(diagnostics: &Value) -> Vec<String> {
    diagnostics
        .as_array()
        .expect("an array of diagnostics")
        .iter()
        .map(|d| d["code"].as_str().unwrap_or("").to_owned())
        .collect()
}

#[test]
fn broken_frames_are_answered_and_skipped() {
    let (mut server, mut model) = server_with_draft();
    let shutdown = br#"{"jsonrpc":"2.0","id":424242,"method":"shutdown"}"#;
    let cases: Vec<(&str, Vec<u8>)> = vec![
        ("invalid JSON", framed(b"{not json")),
        ("JSON that is not JSON-RPC", framed(br#"{"hello": "world"}"#)),
        ("a batch", framed(b"[1, 2, 3]")),
        ("JSON-RPC 1.0", framed(br#"{"jsonrpc":"1.0","id":5,"method":"shutdown"}"#)),
        ("a fractional id", framed(br#"{"jsonrpc":"2.0","id":1.5,"method":"shutdown"}"#)),
        ("not UTF-8", framed(b"{\"jsonrpc\":\"2.0\",\"method\":\"\xff\xfe\"}")),
        ("raw NUL bytes", framed(b"{\"jsonrpc\":\"2.0\",\0\"method\":\"x\"}")),
        ("an empty body", framed(b"")),
        (
            "100,000 nested arrays",
            framed(format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes()),
        ),
        (
            "a message without headers",
            br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#.to_vec(),
        ),
        (
            "headers without Content-Length",
            b"Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}".to_vec(),
        ),
        ("a header without a colon", b"Content-Length 12\r\n\r\n{}".to_vec()),
        ("NUL bytes in the headers", b"Content-\0Length: 2\r\n\r\n{}".to_vec()),
        ("a Content-Length that is not a number", b"Content-Length: -3\r\n\r\n{}".to_vec()),
        ("two different Content-Lengths", b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}".to_vec()),
        (
            "a Content-Length too short",
            format!("Content-Length: 10\r\n\r\n{}", std::str::from_utf8(shutdown).unwrap()).into_bytes(),
        ),
        ("an absurd Content-Length", b"Content-Length: 999999999999999\r\n\r\n{}".to_vec()),
        ("a Content-Length over usize", b"Content-Length: 99999999999999999999999\r\n\r\n{}".to_vec()),
        ("endless garbage", vec![b'#'; 100_000]),
    ];
    let mut version = 1;
    for (name, bytes) in cases {
        server.send_raw(&bytes);
        // The server answers, and still has the client's text, which it
        // still edits in step with the client.
        server.assert_in_sync(URI, &model.text());
        version += 1;
        edit(
            &mut server,
            &mut model,
            URI,
            version,
            replace(at(0, 0), at(0, 0), "x"),
        );
        server.assert_in_sync(URI, &model.text());
        let errors = server.take_anonymous_errors();
        let answered = !errors.is_empty() || server.pending.iter().any(|m| m["id"] == 5);
        assert!(
            answered
                || name == "a message without headers"
                || name == "headers without Content-Length",
            "{name}: no error answer"
        );
        for error in &errors {
            let code = error["error"]["code"].as_i64().unwrap();
            assert!(code == -32700 || code == -32600, "{name}: {error}");
        }
    }
    // The answers that carry an id carry it.
    let answer = server.pending.iter().find(|m| m["id"] == 5).cloned();
    assert_eq!(answer.expect("an answer to id 5")["error"]["code"], -32600);

    // A Content-Length too long swallows the start of the next message, as
    // the protocol requires; reading resumes at the one after.
    let body = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
    server.send_raw(format!("Content-Length: {}\r\n\r\n", body.len() + 40).as_bytes());
    server.send_raw(body);
    let swallowed = server.next_id();
    server.send(&json!({"jsonrpc": "2.0", "id": swallowed, "method": "resolute/documentText", "params": {"textDocument": {"uri": URI}}}));
    server.assert_in_sync(URI, &model.text());
    assert!(!server.pending.iter().any(|m| m["id"] == swallowed));
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn unknown_methods_and_documents_never_opened() {
    let (mut server, model) = server_with_draft();
    let answer = server.request("resolute/noSuchMethod", json!({"x": 1}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    server.notify("resolute/noSuchNotification", json!({"x": 1}));
    server.notify("$/noSuchNotification", json!(null));
    // The test-only request needs the test hooks; a params of the wrong
    // shape is an invalid-params error.
    let answer = server.request("resolute/documentText", json!({"textDocument": 3}));
    assert_eq!(answer["error"]["code"], -32602, "{answer}");

    let never = "file:///tmp/resolute-abuse/never-opened.txt";
    server.change(
        never,
        2,
        json!([{"range": range((0, 0), (0, 0)), "text": "1.\tA."}]),
    );
    server.change(never, 3, json!([{"text": "whole"}]));
    assert_eq!(server.document_text(never), Value::Null);
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": never}, "position": {"line": 0, "character": 0}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");
    server.close(never);
    assert!(
        server.logs.iter().any(|l| l.contains("not open")),
        "{:?}",
        server.logs
    );
    server.assert_in_sync(URI, &model.text());
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn versions_going_backwards_and_positions_past_the_end() {
    let (mut server, mut model) = server_with_draft();
    // Versions going backwards are applied (the client's text is the
    // reference) and logged.
    edit(
        &mut server,
        &mut model,
        URI,
        7,
        replace(at(6, 1), at(6, 3), "4."),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(6, 1), at(6, 3), "2."),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        -5,
        replace(at(0, 0), at(0, 0), "A"),
    );
    server.assert_in_sync(URI, &model.text());
    assert_eq!(server.document_text(URI)["version"], -5);
    assert!(
        server
            .logs
            .iter()
            .any(|l| l.contains("does not follow version 7")),
        "{:?}",
        server.logs
    );

    // Past the end of a line, of the document, of u32, and reversed.
    for (start, end, text) in [
        (at(0, 999), at(0, 999), "!"),
        (at(99, 0), at(99, 5), "\tend"),
        (at(u32::MAX, u32::MAX), at(u32::MAX, u32::MAX), "\n"),
        (at(3, u32::MAX), at(1, 2), "swap"),
        (at(2, 0), at(u32::MAX, 0), ""),
    ] {
        edit(&mut server, &mut model, URI, 10, replace(start, end, text));
        server.assert_in_sync(URI, &model.text());
    }
    let fresh_text = model.text();
    let incremental = server.diagnostics(URI, 10);
    server.open(FRESH, 1, &fresh_text);
    assert_eq!(incremental, server.diagnostics(FRESH, 1));
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_50_mb_document() {
    let mut server = Server::start(json!({}));
    let mut text = String::with_capacity(51 << 20);
    while text.len() < 50 << 20 {
        text.push_str(DRAFT);
    }
    server.open(URI, 1, &text);
    let mut model = Model::new(&text, Units::Utf16);
    server.assert_in_sync(URI, &text);
    // An edit near the end, and one at the start.
    let last_line = text.lines().count() as u32;
    drop(text);
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(last_line - 3, 1), at(last_line - 3, 3), "9."),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(0, 0), at(1, 0), ""),
    );
    server.assert_in_sync(URI, &model.text());
    assert_eq!(server.document_text(URI)["analysis"], "current");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_5_mb_line_without_a_newline() {
    let mut server = Server::start(json!({}));
    let piece = "Recalling 😀 中文 مرحبا (resolution 1/1) ";
    let text = piece.repeat((5 << 20) / piece.len() + 1);
    assert!(text.len() > 5 << 20);
    server.open(URI, 1, &text);
    let mut model = Model::new(&text, Units::Utf16);
    server.assert_in_sync(URI, &text);
    let units = text.encode_utf16().count() as u32;
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(0, units / 2), at(0, units / 2 + 7), "\n1.\t"),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(0, units - 1), at(1, 3), "paragraph 99 above"),
    );
    server.assert_in_sync(URI, &model.text());
    let hover = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": units / 3}}),
    );
    assert!(hover.get("error").is_none(), "{hover}");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn nested_brackets_and_nul_bytes_in_the_text() {
    let mut server = Server::start(json!({}));
    let text = format!(
        "\t1.\t{}{}\n\t2.\t{}\u{0}x\u{0}\n",
        "(".repeat(100_000),
        "[".repeat(100_000),
        ")".repeat(100_000)
    );
    server.open(URI, 1, &text);
    let mut model = Model::new(&text, Units::Utf16);
    server.assert_in_sync(URI, &text);
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(0, 50_000), at(1, 2), "\u{0}(a)\t"),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(1, 100_001), at(1, 100_002), "\u{0}\u{0}"),
    );
    server.assert_in_sync(URI, &model.text());
    let symbols = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(symbols.get("error").is_none(), "{symbols}");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn lone_surrogates_in_json_strings() {
    let mut server = Server::start(json!({}));
    // A JavaScript client can hold and send lone surrogates: they arrive as
    // `\ud800` escapes, which are not Unicode text. Each becomes U+FFFD, one
    // UTF-16 unit like the surrogate, so the client's positions still fall
    // where the client means them.
    let open = r#"{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"textDocument":{"uri":"URI","languageId":"resolution","version":1,"text":"\t1.\tA\ud800B\udc00C\ud83d\ude00D\n"}}}"#
        .replace("URI", URI);
    server.send_raw(&framed(open.as_bytes()));
    let mut model = Model::new("\t1.\tA\u{fffd}B\u{fffd}C😀D\n", Units::Utf16);
    server.assert_in_sync(URI, &model.text());
    // Replace the `B` after the first surrogate: column 6 in the client's units.
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(0, 6), at(0, 7), "b"),
    );
    assert_eq!(model.text(), "\t1.\tA\u{fffd}b\u{fffd}C😀D\n");
    // And in a change.
    let change = r#"{"jsonrpc":"2.0","method":"textDocument/didChange","params":{"textDocument":{"uri":"URI","version":3},"contentChanges":[{"range":{"start":{"line":0,"character":0},"end":{"line":0,"character":0}},"text":"\udfff"}]}}"#
        .replace("URI", URI);
    server.send_raw(&framed(change.as_bytes()));
    model.apply(&replace(at(0, 0), at(0, 0), "\u{fffd}"));
    server.assert_in_sync(URI, &model.text());
    assert!(
        server.logs.iter().any(|l| l.contains("lone surrogate")),
        "{:?}",
        server.logs
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn two_hundred_documents_open_at_once() {
    let mut server = Server::start(json!({}));
    let uri = |i: usize| format!("file:///tmp/resolute-abuse/many/{i}.txt");
    let mut models = Vec::new();
    for i in 0..200 {
        let text = format!("{DRAFT}{i}\n");
        server.open(&uri(i), 1, &text);
        models.push(Model::new(&text, Units::Utf16));
    }
    for (i, model) in models.iter_mut().enumerate() {
        edit(
            &mut server,
            model,
            &uri(i),
            2,
            replace(at(5, 1), at(5, 2), &format!("{}", i % 10)),
        );
    }
    for (i, model) in models.iter().enumerate() {
        server.assert_in_sync(&uri(i), &model.text());
    }
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn ten_thousand_edits_in_a_burst() {
    let (mut server, mut model) = server_with_draft();
    let mut random = Xorshift(0x5eed_2024);
    let texts = ["", "x", "\n", "\r\n", "\r", "😀", "中文", "1.", "\t"];
    let mut version = 1;
    for _ in 0..10_000 {
        version += 1;
        let start = at(random.below(14) as u32, random.below(60) as u32);
        let end = if random.below(3) == 0 {
            start
        } else {
            at(start.line + random.below(2) as u32, random.below(60) as u32)
        };
        let text = texts[random.below(texts.len() as u64) as usize];
        edit(
            &mut server,
            &mut model,
            URI,
            version,
            replace(start, end, text),
        );
    }
    server.assert_in_sync(URI, &model.text());
    let incremental = server.diagnostics(URI, version);
    server.forget_pending();
    server.open(FRESH, 1, &model.text());
    assert_eq!(incremental, server.diagnostics(FRESH, 1));
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_panicking_request_is_answered_with_an_error_and_loses_nothing() {
    let (mut server, mut model) = server_with_draft();
    for _ in 0..3 {
        // The handler panics while it holds the lock on the documents.
        let answer = server.request("resolute/panic", json!({"textDocument": {"uri": URI}}));
        assert_eq!(answer["error"]["code"], -32603, "{answer}");
        let message = answer["error"]["message"].as_str().unwrap();
        assert!(message.contains("deliberate panic"), "{message}");
        server.assert_in_sync(URI, &model.text());
    }
    // And outside the lock (a document that is not open).
    let answer = server.request("resolute/panic", json!({"textDocument": {"uri": FRESH}}));
    assert_eq!(answer["error"]["code"], -32603, "{answer}");
    // The documents still take edits and answer requests.
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(6, 1), at(6, 3), "4."),
    );
    server.assert_in_sync(URI, &model.text());
    assert_eq!(codes(&server.diagnostics(URI, 2)), ["operative-numbering"]);
    let symbols = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(
        symbols["result"].as_array().is_some_and(|s| !s.is_empty()),
        "{symbols}"
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn the_panic_request_exists_only_with_the_test_hooks() {
    let mut server = Server::spawn(&[]);
    server.initialize(json!({}));
    let answer = server.request("resolute/panic", json!({"textDocument": {"uri": URI}}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_panicking_analysis_keeps_the_text_in_sync() {
    let (mut server, mut model) = server_with_draft();
    assert_eq!(server.diagnostics(URI, 1), json!([]));
    // The incremental analysis panics; the server analyses the text afresh.
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(1, 0), at(1, 0), "RESOLUTE-TEST-PANIC-INCREMENTAL"),
    );
    assert_eq!(server.diagnostics(URI, 2), json!([]));
    server.assert_in_sync(URI, &model.text());
    assert_eq!(server.document_text(URI)["analysis"], "current");
    // Every analysis panics: the text is kept, one diagnostic says so.
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(1, 0), at(1, 31), "RESOLUTE-TEST-PANIC-ALWAYS"),
    );
    let published = server.diagnostics(URI, 3);
    assert_eq!(codes(&published), ["internal-error"], "{published}");
    assert_eq!(published[0]["severity"], 3);
    server.assert_in_sync(URI, &model.text());
    assert_eq!(server.document_text(URI)["analysis"], "failed");
    // Edits go on; removing the marker brings the analysis back.
    edit(
        &mut server,
        &mut model,
        URI,
        4,
        replace(at(6, 1), at(6, 3), "4."),
    );
    server.assert_in_sync(URI, &model.text());
    edit(
        &mut server,
        &mut model,
        URI,
        5,
        replace(at(1, 0), at(1, 26), ""),
    );
    assert_eq!(codes(&server.diagnostics(URI, 5)), ["operative-numbering"]);
    server.assert_in_sync(URI, &model.text());
    assert!(
        server.logs.iter().any(|l| l.contains("deliberate panic")),
        "{:?}",
        server.logs
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn documents_over_the_size_limit_get_one_information_diagnostic() {
    let mut server = Server::start(json!({"maxDocumentSize": 1_000_000}));
    // Over the limit, and full of numbering errors the analysis would find.
    let text = "\t1.\tUrges;\n\t3.\tDecides;\n".repeat(50_000);
    server.open(URI, 1, &text);
    let mut model = Model::new(&text, Units::Utf16);
    let published = server.diagnostics(URI, 1);
    assert_eq!(codes(&published), ["document-too-large"], "{published}");
    assert_eq!(published[0]["severity"], 3);
    assert!(published[0]["message"]
        .as_str()
        .unwrap()
        .contains("not analysed"));
    let server_copy = server.document_text(URI);
    assert_eq!(server_copy["analysis"], "too-large");
    assert!(server_copy["text"] == text.as_str());
    // Requests find nothing rather than fail.
    let symbols = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(symbols.get("error").is_none(), "{symbols}");
    // Edits keep the text in sync and the one diagnostic.
    edit(
        &mut server,
        &mut model,
        URI,
        2,
        replace(at(1, 1), at(1, 3), "2."),
    );
    assert_eq!(codes(&server.diagnostics(URI, 2)), ["document-too-large"]);
    server.assert_in_sync(URI, &model.text());
    // A higher limit takes effect at the next change.
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"resolute": {"maxDocumentSize": 10_000_000}}}),
    );
    edit(
        &mut server,
        &mut model,
        URI,
        3,
        replace(at(0, 0), at(0, 0), ""),
    );
    let published = server.diagnostics(URI, 3);
    // The numbering errors, and the last paragraph ending with `;`.
    assert!(
        codes(&published)
            .iter()
            .all(|c| c == "operative-numbering" || c == "paragraph-punctuation"),
        "{:?}",
        &codes(&published)[..3]
    );
    assert!(published.as_array().unwrap().len() > 1000);
    assert_eq!(server.document_text(URI)["analysis"], "current");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn opening_and_closing_1000_documents_leaves_memory_where_it_was() {
    let mut server = Server::start(json!({}));
    let mut text = String::new();
    while text.len() < 10_000 {
        text.push_str(DRAFT);
    }
    let uri = |i: usize| format!("file:///tmp/resolute-abuse/memory/{i}.txt");
    let round = |server: &mut Server| {
        for i in 0..1000 {
            server.open(&uri(i), 1, &text);
        }
        // All open at once.
        assert!(server.document_text(&uri(999))["text"] == text.as_str());
        for i in 0..1000 {
            server.close(&uri(i));
        }
        assert_eq!(server.document_text(&uri(999)), Value::Null);
        server.forget_pending();
        server.resident_kib()
    };
    // The first round warms the allocator up; the next two must not grow.
    let warm = round(&mut server);
    round(&mut server);
    let after = round(&mut server);
    // 1,000 documents of 10 kB are 10 MB of text alone, and their analysis
    // more: keeping them after two rounds would grow the process by far
    // more than this bound.
    assert!(
        after < warm + 16 * 1024,
        "resident memory went from {warm} KiB to {after} KiB"
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}
