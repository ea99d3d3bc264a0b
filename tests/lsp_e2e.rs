//! End-to-end test of the language server: it starts the built `resolute`
//! binary, as an editor would, and speaks JSON-RPC with `Content-Length`
//! framing on its standard input and output.
//!
//! Every wait has a deadline, so a server that hangs or dies fails the test
//! instead of blocking it.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long any one answer may take. The machine may be busy compiling.
const TIMEOUT: Duration = Duration::from_secs(20);

const URI: &str = "file:///tmp/resolute-e2e/draft.txt";

/// A small resolution: a title, a preamble with a footnote marker and a line
/// of Arabic, Chinese and an emoji, three operative paragraphs and the
/// footnote. It has no findings.
const DRAFT: &str = "78/10.\tSport and the Olympic ideal\n\
\n\
\tThe General Assembly,\n\
\tRecalling the World Summit Outcome,1\n\
\tNoting مرحبا 中文 😀 in the draft,\n\
\t1.\tUrges Member States to observe the Olympic Truce;\n\
\t2.\tRequests the Secretary-General to report;\n\
\t3.\tDecides to remain seized of the matter.\n\
\n\
1 Resolution 60/1.\n";

/// The line with the wide characters, and its text.
const WIDE_LINE: u32 = 4;
const WIDE_TEXT: &str = "\tNoting مرحبا 中文 😀 in the draft,";

/// The line of operative paragraph 2.
const PARAGRAPH_2_LINE: u32 = 6;

/// A running server and the client's side of the conversation.
struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    /// Messages from the server, read on a thread of their own.
    incoming: Receiver<Value>,
    /// Notifications that arrived while waiting for something else.
    pending: VecDeque<Value>,
    /// The `window/logMessage` texts received so far.
    logs: Vec<String>,
    next_id: i64,
}

impl Server {
    fn start() -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resolute"))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("the resolute binary starts");
        let stdout = child.stdout.take().unwrap();
        let (sender, incoming) = mpsc::channel();
        thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let stdin = child.stdin.take();
        Server {
            child,
            stdin,
            incoming,
            pending: VecDeque::new(),
            logs: Vec::new(),
            next_id: 1,
        }
    }

    fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let stdin = self.stdin.as_mut().expect("stdin is open");
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len())
            .expect("the server reads its input");
        stdin.flush().unwrap();
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        let mut message = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            message["params"] = params;
        }
        self.send(&message);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline, &format!("the answer to {method}"));
            if message.get("method").is_some() {
                // A notification: keep it for later.
                self.pending.push_back(message);
            } else {
                assert_eq!(message["id"], id, "an answer to another request: {message}");
                return message;
            }
        }
    }

    /// Waits for the next notification `method` and returns its parameters.
    fn notification(&mut self, method: &str) -> Value {
        if let Some(index) = self.pending.iter().position(|m| m["method"] == method) {
            let message = self.pending.remove(index).unwrap();
            return message["params"].clone();
        }
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let message = self.receive(deadline, method);
            if message["method"] == method {
                return message["params"].clone();
            }
            assert!(
                message.get("method").is_some(),
                "an answer nobody asked for: {message}"
            );
            self.pending.push_back(message);
        }
    }

    /// The next diagnostics published for the draft.
    fn diagnostics(&mut self) -> Value {
        let params = self.notification("textDocument/publishDiagnostics");
        assert_eq!(params["uri"], URI);
        params
    }

    /// The next message, skipping log messages, failing on a request from
    /// the server (this server has no reason to send one).
    fn receive(&mut self, deadline: Instant, waiting_for: &str) -> Value {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => panic!("no {waiting_for} within {TIMEOUT:?}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output before {waiting_for}")
                }
            };
            if message["method"] == "window/logMessage" {
                self.logs.push(
                    message["params"]["message"]
                        .as_str()
                        .unwrap_or("")
                        .to_string(),
                );
                continue;
            }
            assert!(
                message.get("method").is_none() || message.get("id").is_none(),
                "an unexpected request from the server: {message}"
            );
            return message;
        }
    }

    fn initialize(&mut self, capabilities: Value) -> Value {
        self.initialize_with(
            json!({"processId": null, "rootUri": null, "capabilities": capabilities}),
        )
    }

    /// `initialize` with the whole of its parameters, then `initialized`.
    fn initialize_with(&mut self, params: Value) -> Value {
        let answer = self.request("initialize", params);
        self.notify("initialized", json!({}));
        answer["result"].clone()
    }

    fn open(&mut self, text: &str) {
        self.open_uri(URI, text);
    }

    fn open_uri(&mut self, uri: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "resolution", "version": 1, "text": text}}),
        );
    }

    /// The next diagnostics published for `uri`, skipping other documents'.
    fn diagnostics_for(&mut self, uri: &str) -> Value {
        loop {
            let params = self.notification("textDocument/publishDiagnostics");
            if params["uri"] == uri {
                return params;
            }
        }
    }

    /// Asks `method` at `(line, character)` of `uri` until the answer's
    /// `result` satisfies `ready` (the server may still be taking in an
    /// earlier notification), within the deadline.
    fn ask_until(
        &mut self,
        method: &str,
        uri: &str,
        at: (u32, u32),
        ready: impl Fn(&Value) -> bool,
    ) -> Value {
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let answer = self.request(
                method,
                json!({"textDocument": {"uri": uri}, "position": {"line": at.0, "character": at.1}}),
            );
            let result = answer["result"].clone();
            if ready(&result) {
                return result;
            }
            assert!(
                Instant::now() < deadline,
                "no ready answer to {method}: {answer}"
            );
            thread::sleep(Duration::from_millis(20));
        }
    }

    /// One incremental change replacing `(line, character)` to
    /// `(line, character)` with `text`.
    fn change(&mut self, version: i32, start: (u32, u32), end: (u32, u32), text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": range(start, end), "text": text}],
            }),
        );
    }

    /// Asks for `shutdown`, sends `exit` and returns how the process ended.
    fn shutdown_and_exit(mut self) -> ExitStatus {
        let answer = self.request("shutdown", Value::Null);
        assert!(answer.get("error").is_none(), "{answer}");
        assert_eq!(
            answer.get("result"),
            Some(&Value::Null),
            "shutdown answers null: {answer}"
        );
        self.exit()
    }

    /// Sends `exit` and waits for the process to end.
    fn exit(mut self) -> ExitStatus {
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not exit within {TIMEOUT:?}"
            );
            thread::sleep(Duration::from_millis(10));
        }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        // A failed test must not leave a server behind.
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Reads one framed message, or `None` at the end of the stream.
fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header).ok()? == 0 {
            return None;
        }
        let header = header.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':') {
            if name.eq_ignore_ascii_case("content-length") {
                length = Some(
                    value
                        .trim()
                        .parse::<usize>()
                        .expect("a numeric Content-Length"),
                );
            }
        }
    }
    let mut body = vec![0; length.expect("a Content-Length header")];
    reader.read_exact(&mut body).ok()?;
    Some(serde_json::from_slice(&body).expect("a JSON body"))
}

fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({
        "start": {"line": start.0, "character": start.1},
        "end": {"line": end.0, "character": end.1},
    })
}

fn utf16_len(text: &str) -> u32 {
    text.encode_utf16().count() as u32
}

fn diagnostic_codes(params: &Value) -> Vec<&str> {
    params["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect()
}

#[test]
fn a_session_in_utf16() {
    let mut server = Server::start();
    let result = server.initialize(json!({}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-16");
    assert_eq!(result["capabilities"]["textDocumentSync"]["change"], 2);
    assert_eq!(
        result["capabilities"]["textDocumentSync"]["openClose"],
        true
    );
    assert_eq!(result["capabilities"]["documentSymbolProvider"], true);
    assert_eq!(result["capabilities"]["hoverProvider"], true);
    assert_eq!(result["serverInfo"]["name"], "resolute");
    assert!(result["serverInfo"]["version"].is_string());

    // A clean draft: an empty list, for version 1.
    server.open(DRAFT);
    let published = server.diagnostics();
    assert_eq!(published["version"], 1);
    assert_eq!(published["diagnostics"], json!([]), "{published}");

    // Retyping "2." as "4." breaks the numbering on that label.
    server.change(2, (PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 3), "4.");
    let published = server.diagnostics();
    assert_eq!(published["version"], 2);
    assert_eq!(
        diagnostic_codes(&published),
        ["operative-numbering"],
        "{published}"
    );
    let diagnostic = &published["diagnostics"][0];
    assert_eq!(
        diagnostic["range"],
        range((PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 3))
    );
    assert_eq!(diagnostic["source"], "resolute");
    assert_eq!(diagnostic["severity"], 1);
    assert!(diagnostic.get("codeDescription").is_none(), "{diagnostic}");
    assert!(
        diagnostic["message"]
            .as_str()
            .unwrap()
            .contains("numbered 2, not 4"),
        "{diagnostic}"
    );

    // Fixing it clears the diagnostics, for version 3.
    server.change(3, (PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 2), "2");
    let published = server.diagnostics();
    assert_eq!(published["version"], 3);
    assert_eq!(published["diagnostics"], json!([]), "{published}");

    // A marker for a footnote that does not exist, typed after Arabic,
    // Chinese and an emoji: UTF-16 columns both ways (an emoji counts 2).
    let end_of_wide_line = utf16_len(WIDE_TEXT);
    assert_eq!(end_of_wide_line, 33);
    server.change(
        4,
        (WIDE_LINE, end_of_wide_line),
        (WIDE_LINE, end_of_wide_line),
        "2",
    );
    let published = server.diagnostics();
    assert_eq!(published["version"], 4);
    assert_eq!(
        diagnostic_codes(&published),
        ["footnote-missing"],
        "{published}"
    );
    assert_eq!(
        published["diagnostics"][0]["range"],
        range((WIDE_LINE, 33), (WIDE_LINE, 34))
    );

    // The outline: the operative paragraphs, numbered, under their part.
    let answer = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    let symbols = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    let operative = symbols
        .iter()
        .find(|s| s["name"] == "Operative part")
        .unwrap_or_else(|| panic!("{answer}"));
    let paragraphs = operative["children"].as_array().unwrap();
    let names: Vec<&str> = paragraphs
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "1. Urges Member States to observe the Olympic Truce;",
            "2. Requests the Secretary-General to report;",
            "3. Decides to remain seized of the matter.",
        ]
    );
    assert_eq!(
        paragraphs[1]["selectionRange"],
        range((PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 3))
    );
    let preamble = symbols
        .iter()
        .find(|s| s["name"] == "Preamble")
        .unwrap_or_else(|| panic!("{answer}"));
    let wide = &preamble["children"][1];
    assert_eq!(
        wide["range"]["end"],
        json!({"line": WIDE_LINE, "character": 34})
    );

    // Hover on the footnote marker of "Outcome,1" shows the footnote.
    let marker = utf16_len("\tRecalling the World Summit Outcome,");
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 3, "character": marker}}),
    );
    let hover = &answer["result"];
    assert_eq!(hover["contents"]["kind"], "markdown", "{answer}");
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Resolution 60/1"),
        "{answer}"
    );
    assert_eq!(hover["range"], range((3, marker), (3, marker + 1)));
    // Nothing to say elsewhere.
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 3, "character": 4}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");

    // An unknown method is answered "method not found".
    let answer = server.request("resolute/noSuchMethod", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");

    // Closing clears the diagnostics.
    server.notify(
        "textDocument/didClose",
        json!({"textDocument": {"uri": URI}}),
    );
    let published = server.diagnostics();
    assert_eq!(published["diagnostics"], json!([]));

    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn utf8_is_used_when_the_client_offers_it() {
    let mut server = Server::start();
    let result = server.initialize(json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}));
    assert_eq!(result["capabilities"]["positionEncoding"], "utf-8");

    server.open(DRAFT);
    assert_eq!(server.diagnostics()["diagnostics"], json!([]));

    // The same marker as in UTF-16, at the byte column of the end of the line.
    let end_of_wide_line = WIDE_TEXT.len() as u32;
    assert_eq!(end_of_wide_line, 44);
    server.change(
        2,
        (WIDE_LINE, end_of_wide_line),
        (WIDE_LINE, end_of_wide_line),
        "2",
    );
    let published = server.diagnostics();
    assert_eq!(published["version"], 2);
    assert_eq!(
        diagnostic_codes(&published),
        ["footnote-missing"],
        "{published}"
    );
    assert_eq!(
        published["diagnostics"][0]["range"],
        range((WIDE_LINE, 44), (WIDE_LINE, 45))
    );

    // Hover positions are bytes too.
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": WIDE_LINE, "character": 44}}),
    );
    let hover = &answer["result"];
    assert!(
        hover["contents"]["value"]
            .as_str()
            .unwrap()
            .contains("Footnote 2"),
        "{answer}"
    );
    assert_eq!(hover["range"], range((WIDE_LINE, 44), (WIDE_LINE, 45)));

    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn a_change_to_a_document_never_opened_is_ignored() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.change(2, (0, 0), (0, 0), "1.\tA.");
    // The server is still there and has published nothing for it.
    let answer = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert_eq!(answer["result"], Value::Null, "{answer}");
    assert!(server.pending.is_empty(), "{:?}", server.pending);
    let status = server.shutdown_and_exit();
    assert_eq!(status.code(), Some(0));
}

#[test]
fn positions_past_the_end_are_clamped_and_logged() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.open("\t1.\tUrges;\n\t2.\tDecides.\n");
    assert_eq!(diagnostic_codes(&server.diagnostics()), Vec::<&str>::new());
    // Column 99 of line 1 is its end; line 40 is the end of the document.
    server.change(2, (1, 99), (40, 0), "\n\t4.\tRequests.");
    let params = server.diagnostics();
    assert_eq!(params["version"], 2);
    let diagnostics = params["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostic_codes(&params), vec!["operative-numbering"]);
    assert_eq!(diagnostics[0]["range"], range((2, 1), (2, 3)));
    let symbols = server.request(
        "textDocument/documentSymbol",
        json!({"textDocument": {"uri": URI}}),
    );
    assert!(symbols.to_string().contains("4. Requests."), "{symbols}");
    assert!(
        server
            .logs
            .iter()
            .any(|l| l.contains("2 position(s) outside the text")),
        "{:?}",
        server.logs
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn exit_without_shutdown_is_a_failure() {
    let mut server = Server::start();
    server.initialize(json!({}));
    let status = server.exit();
    assert_eq!(status.code(), Some(1));
}

/// A workspace with `resolute.toml`, a user catalog (one good row, one bad)
/// and two drafts: one declares itself `81/5`, the other cites it, a
/// resolution of the user catalog and built-in ones.
#[test]
fn the_catalog_in_the_editor() {
    let dir = std::env::temp_dir().join(format!("resolute-e2e-catalog-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("resolute.toml"),
        "catalogs = [\"drafts.csv\"]\n[rules]\ncitation-order = \"off\"\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("drafts.csv"),
        "symbol,date,title,file\nA/RES/81/1,2026-10-01,Our first draft,texts/81-1.txt\nA/RES/81,2026-10-01,Bad row,\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("extra.json"),
        "[{\"symbol\": \"A/RES/81/2\", \"date\": \"2026-10-05\", \"title\": \"From the setting\"}]",
    )
    .unwrap();
    let root = format!("file://{}", dir.display());
    let declaring = format!("{root}/oceans.txt");
    let citing = format!("{root}/citing.txt");

    let mut server = Server::start();
    let result = server.initialize_with(json!({
        "processId": null,
        "rootUri": root,
        "capabilities": {"general": {"positionEncodings": ["utf-8"]}},
        "initializationOptions": {"resolute": {"catalogs": ["extra.json"]}},
    }));
    assert_eq!(result["capabilities"]["definitionProvider"], true);
    assert!(result["capabilities"]["completionProvider"].is_object());
    // The bad row is reported to the user, with its file and line.
    let shown = server.notification("window/showMessage");
    let text = shown["message"].as_str().unwrap();
    assert!(
        text.contains("drafts.csv:3: `A/RES/81` is not the symbol"),
        "{text}"
    );

    server.open_uri(
        &declaring,
        "81/5.\tOceans and the law of the sea\n\n\tThe General Assembly,\n\t1.\tDecides.\n",
    );
    assert_eq!(server.diagnostics_for(&declaring)["diagnostics"], json!([]));
    let line = "\tRecalling its resolutions 81/5, 81/1 of 2 October 2026, 81/2 of 6 October 2026 and 65/140 of 17 December 2010 and 67/26";
    server.open_uri(&citing, &format!("\tThe General Assembly,\n{line}\n"));
    let published = server.diagnostics_for(&citing);
    let codes: Vec<&str> = diagnostic_codes(&published);
    assert_eq!(codes, ["citation-catalog-date"; 3], "{published}");
    // From resolute.toml's catalog, then from the setting's.
    let message = |i: usize| {
        published["diagnostics"][i]["message"]
            .as_str()
            .unwrap()
            .to_owned()
    };
    assert!(
        message(0).contains("write `1 October 2026`"),
        "{}",
        message(0)
    );
    assert!(
        message(1).contains("write `5 October 2026`"),
        "{}",
        message(1)
    );

    // Hover on a built-in citation.
    let col = line.find("65/140").unwrap() as u32;
    let hover = server.ask_until("textDocument/hover", &citing, (1, col + 1), |r| {
        !r.is_null()
    });
    let markdown = hover["contents"]["value"].as_str().unwrap();
    assert!(markdown.starts_with("**A/RES/65/140**"), "{markdown}");
    assert!(markdown.contains("https://undocs.org/A/RES/65/140"));

    // Go to definition of the open draft's citation opens it.
    let col = line.find("81/5").unwrap() as u32;
    let definition = server.ask_until("textDocument/definition", &citing, (1, col + 1), |r| {
        !r.is_null()
    });
    assert_eq!(definition["uri"], declaring.as_str());
    assert_eq!(definition["range"]["start"]["line"], 0);
    // A user catalog's `file` column leads to that file, relative to the catalog.
    let col = line.find("81/1").unwrap() as u32;
    let definition = server.ask_until("textDocument/definition", &citing, (1, col + 1), |r| {
        !r.is_null()
    });
    assert_eq!(definition["uri"], format!("{root}/texts/81-1.txt"));

    // Completion of what is typed at the end of the line.
    let end = line.len() as u32;
    let items = server.ask_until("textDocument/completion", &citing, (1, end), |r| {
        !r.is_null()
    });
    let items = items["items"]
        .as_array()
        .or(items.as_array())
        .unwrap()
        .clone();
    let item = items
        .iter()
        .find(|i| i["label"] == "67/264")
        .expect("67/264 is offered");
    assert_eq!(item["textEdit"]["newText"], "67/264 of 17 May 2013");
    assert!(items
        .iter()
        .all(|i| i["label"].as_str().unwrap().starts_with("67/26")));

    // The quick fix writes the catalog's date.
    let col = line.find("17 December").unwrap() as u32;
    let answer = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": citing},
            "range": range((1, col), (1, col)),
            "context": {"diagnostics": []},
        }),
    );
    let actions = answer["result"].as_array().expect("code actions");
    let fix = actions
        .iter()
        .find(|a| a["title"] == "Write 16 December 2010")
        .expect("the fix is offered");
    assert_eq!(fix["kind"], "quickfix");
    let edits = &fix["edit"]["changes"][citing.as_str()];
    assert_eq!(edits[0]["newText"], "16 December 2010");
    assert_eq!(edits[0]["range"], range((1, col), (1, col + 16)));

    assert_eq!(server.shutdown_and_exit().code(), Some(0));
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn a_burst_of_edits_ends_with_the_diagnostics_of_the_final_text() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.open(DRAFT);
    assert_eq!(server.diagnostics()["version"], 1);
    // Type a citation with a wrong date, one character per change, as fast
    // as the pipe takes them, at the end of the line of paragraph 2.
    let typed = " as in resolution 65/140 of 17 December 2010";
    let line_end = utf16_len("\t2.\tRequests the Secretary-General to report;");
    let mut version = 1;
    for (offset, c) in typed.chars().enumerate() {
        version += 1;
        let at = (PARAGRAPH_2_LINE, line_end + offset as u32);
        server.change(version, at, at, &c.to_string());
    }
    // Publishes come in version order and end with the final version; the
    // server may skip versions it had no time to analyse (that is the point).
    let mut last = 1;
    let published = loop {
        let published = server.diagnostics();
        let published_version = published["version"].as_i64().unwrap();
        assert!(published_version > last, "{published_version} after {last}");
        last = published_version;
        if published_version == version as i64 {
            break published;
        }
    };
    assert_eq!(
        diagnostic_codes(&published),
        ["citation-catalog-date"],
        "{published}"
    );
    let start = line_end + utf16_len(" as in resolution 65/140 of ");
    assert_eq!(
        published["diagnostics"][0]["range"],
        range(
            (PARAGRAPH_2_LINE, start),
            (PARAGRAPH_2_LINE, start + utf16_len("17 December 2010"))
        )
    );
    // The text followed every edit: a hover on the citation finds it.
    let hover = server.ask_until(
        "textDocument/hover",
        URI,
        (
            PARAGRAPH_2_LINE,
            line_end + utf16_len(" as in resolution 65/"),
        ),
        |result| !result.is_null(),
    );
    assert!(hover.to_string().contains("65/140"), "{hover}");
    server.shutdown_and_exit();
}
