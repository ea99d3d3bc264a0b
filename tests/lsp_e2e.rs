//! End-to-end test of the language server: it starts the built `resolute`
//! binary, as an editor would, and speaks JSON-RPC with `Content-Length`
//! framing on its standard input and output.
//!
//! Every wait has a deadline, so a server that hangs or dies fails the test
//! instead of blocking it.

use std::collections::VecDeque;
use std::io::{BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

mod support {
    pub mod server;
}

/// The frame reader and the JSON range the reliability tests use too.
use support::server::{range, read_message};

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
        Server::start_with(&[])
    }

    /// Starts the server with extra environment variables.
    fn start_with(env: &[(&str, &str)]) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_resolute"))
            .envs(env.iter().copied())
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

    /// Sends `messages` in one write, as a client sends what it has queued.
    fn send_all(&mut self, messages: &[Value]) {
        let mut bytes = Vec::new();
        for message in messages {
            let body = message.to_string();
            write!(bytes, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        }
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(&bytes).expect("the server reads its input");
        stdin.flush().unwrap();
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

    /// Replaces the whole text (a change without a range).
    fn change_all(&mut self, version: i32, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"text": text}],
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

/// The capabilities of a client that renders Markdown in hovers and
/// completion documentation and takes snippets, as VS Code and Neovim do.
static MARKDOWN: std::sync::LazyLock<Value> = std::sync::LazyLock::new(|| {
    json!({"textDocument": {
        "hover": {"contentFormat": ["markdown", "plaintext"]},
        "completion": {"completionItem": {"snippetSupport": true, "documentationFormat": ["markdown", "plaintext"]}},
    }})
});

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
    let result = server.initialize(MARKDOWN.clone());
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
    // Nothing to say on running text ("the" after "Recalling").
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 3, "character": 12}}),
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
    server.open("\t1.\tUrges;\n\t2.\tDecides;\n\t3.\tRequests.\n");
    assert_eq!(diagnostic_codes(&server.diagnostics()), Vec::<&str>::new());
    // Column 99 of line 1 is its end; line 40 is the end of the document:
    // paragraph 3 becomes paragraph 4.
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

/// On Linux the server widens the pipe of its standard output, so that a
/// large document's publish is written at once (see
/// `resolute_lsp::transport::PIPE_BYTES`): as wide as asked, or as the
/// system lets a user make a pipe, if less.
#[cfg(target_os = "linux")]
#[test]
fn the_output_pipe_is_widened_for_large_publishes() {
    use std::os::fd::AsFd;
    let mut child = Command::new(env!("CARGO_BIN_EXE_resolute"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the resolute binary starts");
    let mut stdout = BufReader::new(child.stdout.take().unwrap());
    // The system's default, from a pipe of the test's own: the server may
    // have widened its own before the test looks.
    let default = {
        let (reader, _writer) = rustix::pipe::pipe().unwrap();
        rustix::pipe::fcntl_getpipe_size(&reader).unwrap()
    };
    let stdin = child.stdin.as_mut().unwrap();
    let mut send = |message: Value| {
        let body = message.to_string();
        write!(stdin, "Content-Length: {}\r\n\r\n{body}", body.len()).unwrap();
        stdin.flush().unwrap();
    };
    send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize",
        "params": {"processId": null, "rootUri": null, "capabilities": {}}}));
    // Answered: the server has set its output up.
    assert_eq!(read_message(&mut stdout).unwrap()["id"], 1);
    let widened = rustix::pipe::fcntl_getpipe_size(stdout.get_ref().as_fd()).unwrap();
    let most = std::fs::read_to_string("/proc/sys/fs/pipe-max-size")
        .ok()
        .and_then(|n| n.trim().parse::<usize>().ok())
        .unwrap_or(usize::MAX);
    let asked = resolute_lsp::transport::PIPE_BYTES;
    assert!(default < asked, "{default}");
    assert!(widened >= asked.min(most), "{default} -> {widened}");
    send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}));
    send(json!({"jsonrpc": "2.0", "method": "exit"}));
    assert!(child.wait().unwrap().success());
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
        "capabilities": {"general": {"positionEncodings": ["utf-8"]}, "textDocument": MARKDOWN["textDocument"]},
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
    assert!(
        text.starts_with(
            "Resolute: 1 problem in the catalogs or resolute.toml; the rest is loaded."
        ),
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
    // The line is still being typed: it ends without its comma.
    let codes: Vec<&str> = diagnostic_codes(&published);
    assert_eq!(
        codes,
        [
            "citation-catalog-date",
            "citation-catalog-date",
            "citation-catalog-date",
            "paragraph-punctuation"
        ],
        "{published}"
    );
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
fn completion_of_a_repeated_verb_and_a_quick_fix() {
    let mut server = Server::start();
    let result = server.initialize(json!({}));
    assert!(result["capabilities"]["completionProvider"].is_object());
    let text = "\tThe General Assembly,\n\tRecalling its resolution 77/1,\n\t1.\tRequests the Secretary-General to report;\n\t2.\t\n";
    server.open(text);
    let published = server.diagnostics();
    // Paragraph 2 has no text yet: nothing to say.
    assert_eq!(
        diagnostic_codes(&published),
        Vec::<&str>::new(),
        "{published}"
    );

    // After `2.` and the tab, the repeated verb comes first, then the
    // operative verbs; the item replaces nothing and inserts plain text.
    let answer = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 3, "character": 4}}),
    );
    let items = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(items[0]["label"], "Also requests", "{answer}");
    assert_eq!(items[0]["textEdit"]["range"], range((3, 4), (3, 4)));
    assert_eq!(items[0]["textEdit"]["newText"], "Also requests");
    assert!(items.iter().any(|i| i["label"] == "Calls upon"), "{answer}");

    // A repeated `Requests` raises a hint whose quick fix is a plain edit.
    server.change(
        2,
        (3, 4),
        (3, 4),
        "Requests the Secretary-General to consult.",
    );
    let published = server.diagnostics();
    assert_eq!(
        diagnostic_codes(&published),
        ["repeated-opening"],
        "{published}"
    );
    let diagnostic = published["diagnostics"][0].clone();
    assert_eq!(diagnostic["severity"], 4);
    assert_eq!(diagnostic["range"], range((3, 4), (3, 12)));
    let answer = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": range((3, 5), (3, 5)),
            "context": {"diagnostics": [diagnostic]},
        }),
    );
    let actions = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(actions.len(), 1, "{answer}");
    let action = &actions[0];
    assert_eq!(action["kind"], "quickfix");
    assert_eq!(action["title"], "Write `Also requests`");
    assert!(action.get("command").is_none(), "a plain edit: {action}");
    assert_eq!(
        action["edit"]["changes"][URI],
        json!([{"range": range((3, 4), (3, 12)), "newText": "Also requests"}])
    );

    // Applying it clears the hint.
    server.change(3, (3, 4), (3, 12), "Also requests");
    assert_eq!(server.diagnostics()["diagnostics"], json!([]));
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// A French draft (its organ line says so) and a Spanish one (its file name
/// and the editor's setting say so) over the protocol: completion of the
/// repeated verb, hover on a citation, and the quick fix of a cited date
/// written in French.
#[test]
fn french_and_spanish_drafts_over_the_protocol() {
    let mut server = Server::start();
    // The editor's setting reads as Spanish the texts whose organ line and
    // file name do not say their language.
    server.initialize_with(json!({
        "processId": null,
        "rootUri": null,
        "capabilities": {},
        "initializationOptions": {"resolute": {"language": "es"}},
    }));
    let text = "\tL’Assemblée générale,\n\tRappelant sa résolution 70/1 du 25 septembre 2015,\n\tRappelant également sa résolution 65/140 du 17 décembre 2010,\n\t1.\tPrie le Secrétaire général de lui faire rapport ;\n\t2.\tPrie";
    server.open(text);
    let published = server.diagnostics();
    // The last paragraph, being typed, repeats `Prie` and has no full stop
    // yet.
    assert_eq!(
        diagnostic_codes(&published),
        [
            "citation-catalog-date",
            "repeated-opening",
            "paragraph-punctuation"
        ],
        "{published}"
    );
    let diagnostic = published["diagnostics"][0].clone();
    let date_start = utf16_len("\tRappelant également sa résolution 65/140 du ");
    let date_end = date_start + utf16_len("17 décembre 2010");
    assert_eq!(diagnostic["range"], range((2, date_start), (2, date_end)));

    // After `Prie` under a `Prie` paragraph: `Prie également` first.
    let answer = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": 4, "character": 8}}),
    );
    let items = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(items[0]["label"], "Prie également", "{answer}");
    assert_eq!(items[0]["textEdit"]["range"], range((4, 4), (4, 8)));
    assert!(!items.iter().any(|i| i["label"] == "Requests"), "{answer}");

    // Hover on the French citation: the catalog's entry, its English title
    // marked as such.
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": 27}}),
    );
    let markdown = answer["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("{answer}"));
    // This client declares no Markdown: the hover is plain text.
    assert!(markdown.starts_with("A/RES/70/1 · "), "{markdown}");
    assert!(
        markdown.contains(
            "Transforming our world: the 2030 Agenda for Sustainable Development (English)"
        ),
        "{markdown}"
    );

    // The quick fix writes the catalog's date in French.
    let answer = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": range((2, date_start), (2, date_start)),
            "context": {"diagnostics": [diagnostic]},
        }),
    );
    let actions = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    let action = actions
        .iter()
        .find(|a| a["kind"] == "quickfix")
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(action["title"], "Write 16 décembre 2010");
    assert_eq!(
        action["edit"]["changes"][URI],
        // Only the day differs: the fix changes the day and leaves the month
        // as the text writes it.
        json!([{"range": range((2, date_start), (2, date_start + 2)), "newText": "16"}])
    );
    server.change(2, (2, date_start), (2, date_end), "16 décembre 2010");
    let published = server.diagnostics();
    assert_eq!(
        diagnostic_codes(&published),
        ["repeated-opening", "paragraph-punctuation"],
        "{published}"
    );

    // A Spanish draft without an organ line: Spanish by the setting.
    let spanish = "file:///tmp/resolute-e2e/borrador.txt";
    server.open_uri(
        spanish,
        "\t1.\tSolicita al Secretario General que informe;\n\t2.\tSolicita",
    );
    server.diagnostics_for(spanish);
    let answer = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": spanish}, "position": {"line": 1, "character": 12}}),
    );
    let items = answer["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{answer}"));
    assert_eq!(items[0]["label"], "Solicita también", "{answer}");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// The titles and kinds of the code actions at `(line, character)`, with
/// `only` as the client sends it (`None`: every kind, as Neovim asks).
fn action_titles(server: &mut Server, at: (u32, u32), only: Option<&str>) -> Vec<(String, String)> {
    let mut context = json!({"diagnostics": []});
    if let Some(kind) = only {
        context["only"] = json!([kind]);
    }
    let answer = server.request(
        "textDocument/codeAction",
        json!({"textDocument": {"uri": URI}, "range": range(at, at), "context": context}),
    );
    answer["result"]
        .as_array()
        .map(|actions| {
            actions
                .iter()
                .map(|a| {
                    (
                        a["title"].as_str().unwrap().to_owned(),
                        a["kind"].as_str().unwrap().to_owned(),
                    )
                })
                .collect()
        })
        .unwrap_or_default()
}

/// A renumbering has one title whichever way it is asked for (the quick
/// fix VS Code shows, the source action, Neovim's list of every kind, where
/// it appears once), and is offered only where its rule reports a break.
#[test]
fn renumbering_has_one_title_and_only_where_it_changes_something() {
    let mut server = Server::start();
    server.initialize(json!({}));
    let text = "\tThe General Assembly,\n\tRecalling the Summit Outcome,4 and the Declaration,5\n\t1.\tUrges all States;\n\t3.\tDecides to remain seized of the matter.\n\n4 A/60/1.\n5 A/55/2.\n";
    server.open(text);
    assert_eq!(
        diagnostic_codes(&server.diagnostics()),
        ["operative-numbering"]
    );
    let renumber = "Renumber operative paragraphs and subparagraphs".to_owned();
    let quick = action_titles(&mut server, (3, 1), Some("quickfix"));
    assert!(
        quick.contains(&(renumber.clone(), "quickfix".into())),
        "{quick:?}"
    );
    let source = action_titles(&mut server, (3, 1), Some("source"));
    assert!(
        source.contains(&(renumber.clone(), "source.renumber".into())),
        "{source:?}"
    );
    let every = action_titles(&mut server, (3, 1), None);
    assert_eq!(
        every.iter().filter(|(title, _)| *title == renumber).count(),
        1,
        "{every:?}"
    );
    // Footnotes 4 and 5, cited in order: numbered as the text means them
    // (a series continued from another document), nothing to renumber.
    for (title, _) in every.iter().chain(&source) {
        assert!(
            !title.starts_with("Renumber footnotes"),
            "{every:?} {source:?}"
        );
    }
    // Once footnote 5 is cited first, the footnotes' renumbering is offered.
    server.change_all(
        2,
        &text.replace(
            "Outcome,4 and the Declaration,5",
            "Outcome,5 and the Declaration,4",
        ),
    );
    let published = server.diagnostics();
    assert!(
        diagnostic_codes(&published).contains(&"footnote-order"),
        "{published}"
    );
    let source = action_titles(&mut server, (0, 0), Some("source"));
    assert!(
        source.contains(&(
            "Renumber footnotes in order of first citation".into(),
            "source.renumberFootnotes".into()
        )),
        "{source:?}"
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// Renumbering over the protocol: the quick fix on a numbering gap, the
/// source action that finalizes a negotiation draft, and rename.
#[test]
fn renumbering_finalizing_and_rename() {
    let mut server = Server::start();
    let result = server.initialize(json!({}));
    assert_eq!(
        result["capabilities"]["renameProvider"]["prepareProvider"],
        true
    );
    let text = "\tThe General Assembly,\n\t1.\tUrges all States;\n\t3.\tRequests, as set out in paragraph 4 below, a report;\n\t4.\tDecides to remain seized of the matter.\n";
    server.open(text);
    assert_eq!(
        diagnostic_codes(&server.diagnostics()),
        ["operative-numbering"]
    );

    let answer = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": range((2, 1), (2, 1)),
            "context": {"diagnostics": [], "only": ["quickfix"]},
        }),
    );
    let actions = answer["result"].as_array().expect("actions");
    assert!(actions.iter().all(|a| a["kind"] == "quickfix"), "{answer}");
    let fix = actions
        .iter()
        .find(|a| a["title"] == "Renumber operative paragraphs and subparagraphs")
        .expect("the renumbering fix");
    assert_eq!(fix["diagnostics"][0]["code"], "operative-numbering");
    let edits = fix["edit"]["changes"][URI].as_array().unwrap();
    let new_texts: Vec<&str> = edits
        .iter()
        .map(|e| e["newText"].as_str().unwrap())
        .collect();
    assert_eq!(new_texts, ["2", "3", "3"], "{fix}");

    // Rename paragraph 1 to 9: its label only (nothing refers to it).
    let prepared = server.request(
        "textDocument/prepareRename",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": 1}}),
    );
    assert_eq!(prepared["result"]["placeholder"], "1");
    let renamed = server.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 1}, "newName": "2"}),
    );
    let edits = renamed["result"]["changes"][URI].as_array().unwrap();
    assert_eq!(edits.len(), 1, "{renamed}");
    assert_eq!(edits[0]["range"], range((2, 1), (2, 2)));
    let refused = server.request(
        "textDocument/rename",
        json!({"textDocument": {"uri": URI}, "position": {"line": 2, "character": 1}, "newName": "two"}),
    );
    assert!(
        refused["error"]["message"]
            .as_str()
            .unwrap()
            .contains("not a number"),
        "{refused}"
    );

    // A negotiation draft: the source action finalizes it.
    let draft = "\tThe General Assembly,\nPP1\tRecalling its resolution 77/1,\nOP1\tUrges all States;\nOP1 bis\tInvites States;\nOP2\tDecides to follow up paragraph 2 above.\n";
    server.change_all(2, draft);
    assert_eq!(server.diagnostics()["diagnostics"], json!([]));
    let answer = server.request(
        "textDocument/codeAction",
        json!({
            "textDocument": {"uri": URI},
            "range": range((0, 0), (0, 0)),
            "context": {"diagnostics": [], "only": ["source"]},
        }),
    );
    let finalize = answer["result"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["kind"] == "source.finalizeNumbering")
        .expect("finalize numbering is offered")
        .clone();
    let edits: Vec<(Value, String)> = finalize["edit"]["changes"][URI]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["range"].clone(),
                e["newText"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(
        edits,
        [
            (range((1, 0), (1, 4)), "\t".to_owned()),
            (range((2, 0), (2, 4)), "1.\t".to_owned()),
            (range((3, 0), (3, 8)), "2.\t".to_owned()),
            (range((4, 0), (4, 4)), "3.\t".to_owned()),
            // `paragraph 2 above` was OP2, now 3.
            (range((4, 35), (4, 36)), "3".to_owned()),
        ]
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// A draft to navigate: a footnote cited twice after Arabic, Chinese and an
/// emoji, a paragraph with subparagraphs referred to below, bracketed text.
const NAVIGABLE: &str = "78/10.\tSport and the Olympic ideal\n\
\n\
\tThe General Assembly,\n\
\tRecalling 中文 😀 its resolution 67/264 and the Outcome,1\n\
\tNoting مرحبا the report,1\n\
\t1.\tUrges Member States:\n\
\t\t(a)\tto observe the Truce;\n\
\t\t(b)\tto act;\n\
\t2.\tRequests the report called for in paragraph 1 above;\n\
\t3.\tDecides [to remain seized] of subparagraph (b) of paragraph 1 above.\n\
\n\
1 Resolution 60/1.\n";

/// Semantic tokens decoded to absolute (line, character, length, type name,
/// modifier names).
fn decode_tokens(data: &Value, legend: &Value) -> Vec<(u64, u64, u64, String, Vec<String>)> {
    let numbers: Vec<u64> = data
        .as_array()
        .unwrap_or_else(|| panic!("no token data: {data}"))
        .iter()
        .map(|n| n.as_u64().unwrap())
        .collect();
    let (mut line, mut start) = (0, 0);
    let mut out = Vec::new();
    for token in numbers.chunks(5) {
        if token[0] > 0 {
            line += token[0];
            start = token[1];
        } else {
            start += token[1];
        }
        let kind = legend["tokenTypes"][token[3] as usize]
            .as_str()
            .unwrap()
            .to_string();
        let modifiers = (0..32)
            .filter(|bit| token[4] & (1 << bit) != 0)
            .map(|bit| legend["tokenModifiers"][bit].as_str().unwrap().to_string())
            .collect();
        out.push((line, start, token[2], kind, modifiers));
    }
    out
}

#[test]
fn navigation_over_the_protocol() {
    let mut server = Server::start();
    let result = server.initialize(json!({}));
    let capabilities = &result["capabilities"];
    for provider in [
        "definitionProvider",
        "referencesProvider",
        "documentHighlightProvider",
        "foldingRangeProvider",
        "selectionRangeProvider",
        "inlayHintProvider",
    ] {
        assert_eq!(capabilities[provider], true, "{provider}: {capabilities}");
    }
    let legend = capabilities["semanticTokensProvider"]["legend"].clone();
    server.open(NAVIGABLE);
    server.diagnostics();
    let at = |line: u32, character: u32| json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}});

    // From the marker after Arabic (UTF-16 column 25) to the footnote's text.
    let definition = server.ask_until("textDocument/definition", URI, (4, 25), |r| r.is_array());
    assert_eq!(
        definition,
        json!([{"uri": URI, "range": range((11, 0), (11, 1))}])
    );
    // From `paragraph 1 above` to paragraph 1's label.
    let definition = server.request("textDocument/definition", at(8, 48));
    assert_eq!(
        definition["result"],
        json!([{"uri": URI, "range": range((5, 1), (5, 3))}])
    );

    // From the footnote's text to its two markers (the first after an emoji).
    let mut params = at(11, 5);
    params["context"] = json!({"includeDeclaration": false});
    let references = server.request("textDocument/references", params);
    assert_eq!(
        references["result"],
        json!([
            {"uri": URI, "range": range((3, 55), (3, 56))},
            {"uri": URI, "range": range((4, 25), (4, 26))},
        ])
    );
    // From paragraph 1's label: the label, `paragraph 1 above`, and `(b)`
    // of `subparagraph (b) of paragraph 1 above`.
    let mut params = at(5, 1);
    params["context"] = json!({"includeDeclaration": true});
    let references = server.request("textDocument/references", params);
    let lines: Vec<u64> = references["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{references}"))
        .iter()
        .map(|l| l["range"]["start"]["line"].as_u64().unwrap())
        .collect();
    assert_eq!(lines, [5, 8, 9], "{references}");

    // Highlights of footnote 1: two markers read, the label written.
    let highlights = server.request("textDocument/documentHighlight", at(3, 55));
    let kinds: Vec<(u64, u64)> = highlights["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{highlights}"))
        .iter()
        .map(|h| {
            (
                h["range"]["start"]["line"].as_u64().unwrap(),
                h["kind"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(kinds, [(3, 2), (4, 2), (11, 3)]);

    // Folding: the preamble from the organ line, the operative part,
    // paragraph 1 with its subparagraphs.
    let folds = server.request(
        "textDocument/foldingRange",
        json!({"textDocument": {"uri": URI}}),
    );
    let folds: Vec<(u64, u64)> = folds["result"]
        .as_array()
        .unwrap_or_else(|| panic!("{folds}"))
        .iter()
        .map(|f| {
            (
                f["startLine"].as_u64().unwrap(),
                f["endLine"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(folds, [(2, 4), (5, 9), (5, 7)]);

    // Selection ranges: the word `67`, then the citation `67/264`.
    let selection = server.request(
        "textDocument/selectionRange",
        json!({"textDocument": {"uri": URI}, "positions": [{"line": 3, "character": 33}]}),
    );
    let first = &selection["result"][0];
    assert_eq!(first["range"], range((3, 32), (3, 34)), "{selection}");
    assert_eq!(first["parent"]["range"], range((3, 32), (3, 38)));

    // Semantic tokens, decoded with the legend.
    let tokens = server.request(
        "textDocument/semanticTokens/full",
        json!({"textDocument": {"uri": URI}}),
    );
    let tokens = decode_tokens(&tokens["result"]["data"], &legend);
    let has = |line: u64, start: u64, length: u64, kind: &str, modifiers: &[&str]| {
        tokens
            .iter()
            .any(|t| (t.0, t.1, t.2) == (line, start, length) && t.3 == kind && t.4 == modifiers)
    };
    assert!(has(5, 1, 2, "number", &["declaration"]), "{tokens:?}");
    assert!(has(5, 4, 5, "function", &["abstract"]), "{tokens:?}");
    assert!(has(3, 1, 9, "keyword", &["abstract"]), "{tokens:?}");
    assert!(has(3, 32, 6, "type", &[]), "{tokens:?}");
    assert!(has(3, 55, 1, "decorator", &[]), "{tokens:?}");
    assert!(has(9, 12, 18, "string", &["modification"]), "{tokens:?}");
    // A range of lines 6 and 7: only their tokens (the range ends at the
    // end of line 7; a range ending at (7, 0) would hold nothing of it).
    let ranged = server.request(
        "textDocument/semanticTokens/range",
        json!({"textDocument": {"uri": URI}, "range": range((6, 0), (7, 400))}),
    );
    let ranged = decode_tokens(&ranged["result"]["data"], &legend);
    assert_eq!(
        ranged
            .iter()
            .map(|t| (t.0, t.3.as_str()))
            .collect::<Vec<_>>(),
        [(6, "enumMember"), (7, "enumMember")]
    );

    // Inlay hints: off by default, on once the setting says so.
    let hints_params = json!({"textDocument": {"uri": URI}, "range": range((0, 0), (12, 0))});
    let hints = server.request("textDocument/inlayHint", hints_params.clone());
    assert_eq!(hints["result"], Value::Null, "{hints}");
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"resolute": {"inlayHints": true}}}),
    );
    let deadline = Instant::now() + TIMEOUT;
    let hints = loop {
        let answer = server.request("textDocument/inlayHint", hints_params.clone());
        if answer["result"].is_array() {
            break answer["result"].clone();
        }
        assert!(Instant::now() < deadline, "no inlay hints: {answer}");
        thread::sleep(Duration::from_millis(20));
    };
    // After `67/264`, and after `60/1` in the footnote.
    assert_eq!(hints.as_array().unwrap().len(), 2, "{hints}");
    assert_eq!(hints[1]["position"], json!({"line": 11, "character": 17}));
    assert_eq!(hints[1]["label"], "of 16 September 2005");
    assert_eq!(hints[0]["position"], json!({"line": 3, "character": 38}));
    assert_eq!(hints[0]["label"], "of 17 May 2013");
    assert_eq!(hints[0]["paddingLeft"], true);
    assert_eq!(hints[0]["textEdits"][0]["newText"], " of 17 May 2013");

    assert_eq!(server.shutdown_and_exit().code(), Some(0));
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
    // The typing ran past the semicolon, so the paragraph now ends without one.
    assert_eq!(
        diagnostic_codes(&published),
        ["citation-catalog-date", "paragraph-punctuation"],
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

/// The item `3.` offered on an empty line after paragraph 2, and the hover
/// on the footnote marker, as a client with `capabilities` gets them.
fn snippet_item_and_hover(capabilities: Value) -> (Value, Value) {
    let mut server = Server::start();
    server.initialize(capabilities);
    let text = format!("{DRAFT}\t\n");
    let text = text.replace("\t3.\tDecides to remain seized of the matter.\n", "");
    server.open(&text);
    server.diagnostics();
    let empty = text.lines().count() as u32 - 1;
    let answer = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": empty, "character": 1}}),
    );
    let item = answer["result"]
        .as_array()
        .and_then(|items| items.iter().find(|i| i["label"] == "3.").cloned())
        .unwrap_or_else(|| panic!("no item 3.: {answer}"));
    let marker = utf16_len("\tRecalling the World Summit Outcome,");
    let hover = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 3, "character": marker}}),
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
    (item, hover["result"]["contents"].clone())
}

#[test]
fn snippets_and_markdown_only_to_clients_that_declare_them() {
    // A client that declares neither: plain text to insert, plain text to read.
    let (item, hover) = snippet_item_and_hover(json!({}));
    assert_eq!(item["insertTextFormat"], 1, "{item}");
    assert_eq!(item["textEdit"]["newText"], "3.\t", "{item}");
    assert_eq!(item["documentation"]["kind"], "plaintext", "{item}");
    assert!(
        !item["documentation"]["value"]
            .as_str()
            .unwrap()
            .contains('`'),
        "{item}"
    );
    assert_eq!(hover["kind"], "plaintext");
    assert_eq!(hover["value"], "Footnote 1\n\nResolution 60/1.");

    // A client that declares both gets the snippet and Markdown.
    let (item, hover) = snippet_item_and_hover(MARKDOWN.clone());
    assert_eq!(item["insertTextFormat"], 2, "{item}");
    assert_eq!(item["textEdit"]["newText"], "3.\t$0", "{item}");
    assert_eq!(item["documentation"]["kind"], "markdown", "{item}");
    assert_eq!(hover["kind"], "markdown");
    assert_eq!(hover["value"], "**Footnote 1**\n\nResolution 60/1.");
}

#[test]
fn inlay_hints_lie_inside_the_requested_range() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.notify(
        "workspace/didChangeConfiguration",
        json!({"settings": {"resolute": {"inlayHints": true}}}),
    );
    let line = "\tRecalling its resolutions 67/264 and 65/140 and 60/1,";
    server.open(&format!("\tThe General Assembly,\n{line}\n"));
    server.diagnostics();
    let end_of = |number: &str| utf16_len(&line[..line.find(number).unwrap() + number.len()]);
    let hints = |server: &mut Server, start: (u32, u32), end: (u32, u32)| -> Vec<Value> {
        let params = json!({"textDocument": {"uri": URI}, "range": range(start, end)});
        let deadline = Instant::now() + TIMEOUT;
        loop {
            let answer = server.request("textDocument/inlayHint", params.clone());
            if let Some(hints) = answer["result"].as_array() {
                return hints.clone();
            }
            assert!(Instant::now() < deadline, "no inlay hints: {answer}");
            thread::sleep(Duration::from_millis(20));
        }
    };
    let positions = |hints: &[Value]| -> Vec<u64> {
        hints
            .iter()
            .map(|h| {
                assert_eq!(h["position"]["line"], 1, "{h}");
                h["position"]["character"].as_u64().unwrap()
            })
            .collect()
    };
    let all = hints(&mut server, (0, 0), (2, 0));
    let ends: Vec<u64> = ["67/264", "65/140", "60/1"]
        .iter()
        .map(|n| u64::from(end_of(n)))
        .collect();
    assert_eq!(positions(&all), ends, "{all:?}");
    // Only the middle citation's end lies in this range of the line.
    let middle = hints(
        &mut server,
        (1, end_of("67/264") + 1),
        (1, end_of("65/140")),
    );
    assert_eq!(positions(&middle), [ends[1]], "{middle:?}");
    let none = hints(&mut server, (1, 0), (1, end_of("67/264") - 1));
    assert_eq!(positions(&none), Vec::<u64>::new());
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_change_that_cannot_be_applied_is_logged() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.open(DRAFT);
    server.diagnostics();
    // A version past the protocol's integer range (2^31 - 1).
    server.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": URI, "version": 2_147_483_648_i64},
            "contentChanges": [{"range": range((5, 1), (5, 2)), "text": "4"}],
        }),
    );
    // The server is still there and answers; the log explains the change
    // was not applied.
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}),
    );
    assert!(answer.get("error").is_none(), "{answer}");
    let logged = server.logs.iter().any(|l| {
        l.starts_with(&format!(
            "textDocument/didChange of {URI} cannot be applied"
        )) && l.contains("2147483648")
    });
    assert!(logged, "{:?}", server.logs);
    // The next change the server can apply still works.
    server.change(3, (5, 1), (5, 2), "4");
    let published = server.diagnostics();
    assert_eq!(published["version"], 3);
    assert_eq!(diagnostic_codes(&published), ["operative-numbering"]);
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn a_batch_is_answered_with_an_error() {
    let mut server = Server::start();
    server.initialize(json!({}));
    server.send(&json!([
        {"jsonrpc": "2.0", "id": 90, "method": "shutdown"},
        {"jsonrpc": "2.0", "method": "initialized", "params": {}},
    ]));
    let deadline = Instant::now() + TIMEOUT;
    let answer = loop {
        let message = server.receive(deadline, "the answer to the batch");
        if message.get("method").is_none() {
            break message;
        }
    };
    assert_eq!(answer["id"], Value::Null, "{answer}");
    assert_eq!(answer["error"]["code"], -32600, "{answer}");
    assert!(
        answer["error"]["message"]
            .as_str()
            .unwrap()
            .contains("batch"),
        "{answer}"
    );
    // Nothing in the batch was run: the server was not shut down by it.
    let answer = server.request("resolute/noSuchMethod", json!({}));
    assert_eq!(answer["error"]["code"], -32601, "{answer}");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// An edit's diagnostics go out as soon as it is analysed, not after the
/// requests the editor sends with it (VS Code asks for symbols, semantic
/// tokens, folding and code actions after each change): `resolute/slow`, a
/// test-only request, computes for 3 seconds under the documents' lock, as
/// a long request does, and answers when it finished; the diagnostics of
/// the edit sent in the same write must have reached the client before
/// then, while it was still computing. (An order of events on one clock,
/// with 3 seconds to spare, not a measure of speed.)
#[test]
fn an_edit_s_diagnostics_do_not_wait_for_the_requests_after_it() {
    let now_ms = || {
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap()
            .as_millis() as u64
    };
    let mut server = Server::start_with(&[("RESOLUTE_TEST_HOOKS", "1")]);
    server.initialize(json!({}));
    server.open(DRAFT);
    assert_eq!(server.diagnostics()["diagnostics"], json!([]));
    let id = 9_000;
    server.send_all(&[
        json!({
            "jsonrpc": "2.0", "method": "textDocument/didChange",
            "params": {
                "textDocument": {"uri": URI, "version": 2},
                "contentChanges": [{"range": range((PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 2)), "text": "4"}],
            },
        }),
        json!({
            "jsonrpc": "2.0", "id": id, "method": "resolute/slow",
            "params": {"textDocument": {"uri": URI}, "milliseconds": 3000},
        }),
    ]);
    let deadline = Instant::now() + TIMEOUT;
    let (mut published, mut answered) = (None, None);
    while published.is_none() || answered.is_none() {
        let message = server.receive(deadline, "the diagnostics and the slow answer");
        if message["method"] == "textDocument/publishDiagnostics"
            && message["params"]["version"] == 2
        {
            assert_eq!(
                diagnostic_codes(&message["params"]),
                ["operative-numbering"],
                "{message}"
            );
            published = Some(now_ms());
        } else if message["id"] == id {
            answered = Some(message);
        }
    }
    let answered = answered.unwrap();
    assert_eq!(
        answered["result"]["version"], 2,
        "the request saw the edit sent before it: {answered}"
    );
    let finished = answered["result"]["finishedAt"]
        .as_u64()
        .expect("when the slow request finished");
    let published = published.unwrap();
    assert!(
        published < finished,
        "the diagnostics arrived only once the slow request had finished computing \
         (at {published} ms since 1970, the request finished at {finished})"
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// With a trace asked for (`initialize`'s `trace`, then `$/setTrace`),
/// each publish is followed by the server's account of it: the version,
/// how long after the edit it went out, and when.
#[test]
fn a_trace_accounts_for_each_publish() {
    let mut server = Server::start();
    server.initialize_with(
        json!({"processId": null, "rootUri": null, "capabilities": {}, "trace": "messages"}),
    );
    server.open(DRAFT);
    server.diagnostics();
    server.change(2, (PARAGRAPH_2_LINE, 1), (PARAGRAPH_2_LINE, 2), "4");
    server.diagnostics();
    let trace = loop {
        let trace = server.notification("$/logTrace");
        if trace["message"].as_str().unwrap().contains("version 2") {
            break trace;
        }
    };
    let message = trace["message"].as_str().unwrap();
    assert!(
        message.starts_with(&format!("published 1 diagnostics of {URI} version 2 (")),
        "{message}"
    );
    assert!(
        message.contains(" ms after the edit arrived (analysis "),
        "{message}"
    );
    assert!(message.ends_with(" ms since 1970"), "{message}");
    // Turned off, no more accounts.
    server.notify("$/setTrace", json!({"value": "off"}));
    // The publisher sends in order: an account of version 3 would have come
    // before the diagnostics of version 4.
    for (version, number) in [(3, "2"), (4, "4")] {
        server.change(
            version,
            (PARAGRAPH_2_LINE, 1),
            (PARAGRAPH_2_LINE, 2),
            number,
        );
        while server.diagnostics()["version"] != version {}
    }
    assert!(
        !server.pending.iter().any(|m| m["method"] == "$/logTrace"
            && m["params"]["message"]
                .as_str()
                .unwrap()
                .contains("version 3")),
        "{:?}",
        server.pending
    );
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// The messages and hover of a session in the client's `locale` (`fr-CA`
/// gives French, `ar` Arabic), with the rules' codes unchanged; a locale
/// that is not one of the six gives English.
#[test]
fn messages_and_hover_follow_the_clients_locale() {
    let text = "\tThe General Assembly,\n\tRecalling the Outcome,1 and\n\t1.\tUrges [all States to act.\n1 Resolution 60/1.\n";
    let cases = [
        (
            "fr-CA",
            "ajouter `]` là où se termine le texte en discussion, ou supprimer ce `[` : il n'est jamais fermé",
            "**Note de bas de page 1**",
        ),
        (
            "ar",
            "أضف `]` حيث ينتهي النص قيد التفاوض، أو احذف `[` هذا: فهو لا يُغلق أبداً",
            "**الحاشية 1**",
        ),
        (
            "de",
            "add `]` where the disputed text ends, or remove this `[`: it is never closed",
            "**Footnote 1**",
        ),
    ];
    for (locale, message, heading) in cases {
        let mut server = Server::start();
        server.initialize_with(json!({
            "processId": null,
            "rootUri": null,
            "capabilities": MARKDOWN.clone(),
            "locale": locale,
        }));
        server.open(text);
        let published = server.diagnostics();
        let bracket = published["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .find(|d| d["code"] == "bracket-balance")
            .unwrap_or_else(|| panic!("{locale}: no bracket-balance in {published}"));
        assert_eq!(bracket["message"], message, "{locale}");
        let answer = server.request(
            "textDocument/hover",
            json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": 23}}),
        );
        let hover = answer["result"]["contents"]["value"].as_str().unwrap_or("");
        assert!(hover.starts_with(heading), "{locale}: {answer}");
        assert!(hover.ends_with("Resolution 60/1."), "{locale}: {answer}");
        assert!(server.shutdown_and_exit().success());
    }
}
