//! A client for the real `resolute` binary, for the reliability and security
//! tests: it starts the server as an editor would, writes messages (or any
//! bytes at all) to its standard input and reads what it answers on a
//! thread of its own. Every wait has a deadline, so a server that hangs or
//! dies fails the test instead of blocking it; the deadline is not a speed
//! requirement (a debug build on a busy machine is slow).

#![allow(dead_code)] // Each test file uses its own part.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Write};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::thread;
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long any one answer may take.
pub const DEADLINE: Duration = Duration::from_secs(180);

/// A running server.
pub struct Server {
    pub child: Child,
    stdin: Option<ChildStdin>,
    incoming: Receiver<Value>,
    /// Notifications and id-less answers received while waiting for something else.
    pub pending: VecDeque<Value>,
    /// `window/logMessage` texts.
    pub logs: Vec<String>,
    next_id: i64,
}

impl Server {
    /// Starts the server with the test hooks armed (`RESOLUTE_TEST_HOOKS=1`)
    /// and initializes it with `initialization_options`.
    pub fn start(initialization_options: Value) -> Server {
        let mut server = Server::spawn(&[("RESOLUTE_TEST_HOOKS", "1")]);
        server.initialize(initialization_options);
        server
    }

    /// Starts the server with extra environment variables, uninitialized.
    pub fn spawn(env: &[(&str, &str)]) -> Server {
        let mut command = Command::new(env!("CARGO_BIN_EXE_resolute"));
        command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null());
        for (name, value) in env {
            command.env(name, value);
        }
        let mut child = command.spawn().expect("the resolute binary starts");
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

    /// `initialize` as an editor that renders Markdown and takes snippets
    /// (VS Code, Neovim), then `initialized`.
    pub fn initialize(&mut self, initialization_options: Value) -> Value {
        let capabilities = json!({"textDocument": {
            "hover": {"contentFormat": ["markdown", "plaintext"]},
            "completion": {"completionItem": {"snippetSupport": true, "documentationFormat": ["markdown", "plaintext"]}},
        }});
        let answer = self.request(
            "initialize",
            json!({"processId": null, "capabilities": capabilities, "initializationOptions": initialization_options}),
        );
        assert_eq!(
            answer["result"]["serverInfo"]["name"], "resolute",
            "{answer}"
        );
        self.notify("initialized", json!({}));
        answer
    }

    /// Writes raw bytes to the server's input.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        let stdin = self.stdin.as_mut().expect("stdin is open");
        stdin.write_all(bytes).expect("the server reads its input");
        stdin.flush().unwrap();
    }

    pub fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let mut framed = format!("Content-Length: {}\r\n\r\n", body.len()).into_bytes();
        framed.extend_from_slice(body.as_bytes());
        self.send_raw(&framed);
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}));
    }

    /// A fresh request id.
    pub fn next_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id
    }

    /// Sends a request and returns the whole answer.
    pub fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id();
        let mut message = json!({"jsonrpc": "2.0", "id": id, "method": method});
        if !params.is_null() {
            message["params"] = params;
        }
        self.send(&message);
        self.answer(id)
    }

    /// Waits for the answer to request `id`, keeping anything else.
    pub fn answer(&mut self, id: i64) -> Value {
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message = self.receive(deadline, &format!("the answer to request {id}"));
            if message.get("method").is_none() && message["id"] == id {
                return message;
            }
            self.pending.push_back(message);
        }
    }

    /// The next message, logging `window/logMessage`.
    pub fn receive(&mut self, deadline: Instant, waiting_for: &str) -> Value {
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = match self.incoming.recv_timeout(left) {
                Ok(message) => message,
                Err(RecvTimeoutError::Timeout) => panic!("no {waiting_for} within {DEADLINE:?}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("the server closed its output before {waiting_for}")
                }
            };
            if message["method"] == "window/logMessage" {
                let text = message["params"]["message"].as_str().unwrap_or("");
                self.logs.push(text.to_owned());
                continue;
            }
            return message;
        }
    }

    /// Waits for the diagnostics published for `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Value {
        let matches = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        };
        if let Some(index) = self.pending.iter().position(matches) {
            return self.pending.remove(index).unwrap()["params"]["diagnostics"].clone();
        }
        let deadline = Instant::now() + DEADLINE;
        loop {
            let message =
                self.receive(deadline, &format!("diagnostics of {uri} version {version}"));
            if matches(&message) {
                return message["params"]["diagnostics"].clone();
            }
            self.pending.push_back(message);
        }
    }

    /// The error answers without an id received so far (answers to broken
    /// messages), removed from `pending`.
    pub fn take_anonymous_errors(&mut self) -> Vec<Value> {
        let (errors, rest): (Vec<Value>, Vec<Value>) = self.pending.drain(..).partition(|m| {
            m.get("method").is_none() && m["id"].is_null() && m.get("error").is_some()
        });
        self.pending = rest.into();
        errors
    }

    /// Forgets the notifications received so far.
    pub fn forget_pending(&mut self) {
        self.pending.clear();
    }

    pub fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "resolution", "version": version, "text": text}}),
        );
    }

    pub fn change(&mut self, uri: &str, version: i64, changes: Value) {
        self.notify(
            "textDocument/didChange",
            json!({"textDocument": {"uri": uri, "version": version}, "contentChanges": changes}),
        );
    }

    pub fn close(&mut self, uri: &str) {
        self.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        );
    }

    /// The server's copy of `uri` (`resolute/documentText`): `null` when it
    /// is not open.
    pub fn document_text(&mut self, uri: &str) -> Value {
        let answer = self.request(
            "resolute/documentText",
            json!({"textDocument": {"uri": uri}}),
        );
        assert!(answer.get("error").is_none(), "{answer}");
        answer["result"].clone()
    }

    /// Asserts that the server answers a request and that its copy of `uri`
    /// is `text`.
    pub fn assert_in_sync(&mut self, uri: &str, text: &str) {
        let server = self.document_text(uri);
        let server_text = server["text"]
            .as_str()
            .unwrap_or_else(|| panic!("{uri} is not open: {server}"));
        assert!(
            server_text == text,
            "the server's text of {uri} ({} bytes) differs from the client's ({} bytes)",
            server_text.len(),
            text.len()
        );
    }

    /// The server's resident memory, in KiB, from /proc.
    pub fn resident_kib(&self) -> u64 {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .expect("/proc/PID/status is readable");
        status
            .lines()
            .find_map(|line| line.strip_prefix("VmRSS:"))
            .and_then(|value| value.trim().trim_end_matches("kB").trim().parse().ok())
            .expect("a VmRSS line")
    }

    /// Asks for `shutdown`, sends `exit` and returns how the process ended.
    pub fn shutdown_and_exit(mut self) -> ExitStatus {
        let answer = self.request("shutdown", Value::Null);
        assert_eq!(answer.get("result"), Some(&Value::Null), "{answer}");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + DEADLINE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(
                Instant::now() < deadline,
                "the server did not exit within {DEADLINE:?}"
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
pub fn read_message(reader: &mut impl BufRead) -> Option<Value> {
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
    Some(serde_json::from_slice(&body).expect("the server writes JSON"))
}

/// A range as JSON.
pub fn range(start: (u32, u32), end: (u32, u32)) -> Value {
    json!({
        "start": {"line": start.0, "character": start.1},
        "end": {"line": end.0, "character": end.1},
    })
}

/// A small deterministic generator (xorshift), so that the burst tests are
/// the same on every run.
pub struct Xorshift(pub u64);

impl Xorshift {
    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    pub fn below(&mut self, bound: u64) -> u64 {
        self.next() % bound.max(1)
    }
}
