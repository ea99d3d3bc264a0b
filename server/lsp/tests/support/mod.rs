//! An in-process client for the server's own tests: it runs
//! `resolute_lsp::serve` on in-memory pipes and speaks JSON-RPC with
//! `Content-Length` framing, and a model of the client's text that applies
//! LSP changes by the specification's rules, independently of the server.

#![allow(dead_code)] // Each test file uses its own part.

use std::collections::VecDeque;
use std::time::Duration;

use serde_json::{json, Value};

mod model;
pub use model::*;
use tokio::io::{
    AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
};
use tokio::task::JoinHandle;

/// How long any one answer may take before the test fails (not a speed
/// requirement: only so that a hang fails instead of blocking).
pub const DEADLINE: Duration = Duration::from_secs(60);

/// The client's end of an in-process server.
pub struct Client {
    reader: BufReader<ReadHalf<DuplexStream>>,
    writer: WriteHalf<DuplexStream>,
    task: JoinHandle<std::io::Result<()>>,
    /// Notifications received while waiting for something else.
    pub pending: VecDeque<Value>,
    next_id: i64,
}

impl Client {
    /// Starts a server and initializes it; `capabilities` are the client's.
    pub async fn start(capabilities: Value, initialization_options: Value) -> Client {
        let (client, server) = tokio::io::duplex(1 << 20);
        let (input, output) = tokio::io::split(server);
        let task = tokio::spawn(resolute_lsp::serve(input, output));
        let (reader, writer) = tokio::io::split(client);
        let mut client = Client {
            reader: BufReader::new(reader),
            writer,
            task,
            pending: VecDeque::new(),
            next_id: 1,
        };
        let answer = client
            .request(
                "initialize",
                json!({"capabilities": capabilities, "initializationOptions": initialization_options}),
            )
            .await;
        assert_eq!(
            answer["result"]["serverInfo"]["name"], "resolute",
            "{answer}"
        );
        client.notify("initialized", json!({})).await;
        client
    }

    pub async fn send(&mut self, message: &Value) {
        let body = message.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.writer.write_all(framed.as_bytes()).await.unwrap();
    }

    pub async fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
            .await;
    }

    /// Sends a request and returns the whole answer.
    pub async fn request(&mut self, method: &str, params: Value) -> Value {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}))
            .await;
        loop {
            let message = self.receive().await;
            if message.get("method").is_some() {
                self.pending.push_back(message);
            } else {
                assert_eq!(message["id"], id, "an answer to another request: {message}");
                return message;
            }
        }
    }

    /// The next message from the server.
    pub async fn receive(&mut self) -> Value {
        tokio::time::timeout(DEADLINE, self.read_message())
            .await
            .expect("the server answers in time")
    }

    async fn read_message(&mut self) -> Value {
        let mut length = None;
        loop {
            let mut header = String::new();
            let read = self.reader.read_line(&mut header).await.unwrap();
            assert!(read > 0, "the server closed its output");
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            if let Some(value) = header.strip_prefix("Content-Length: ") {
                length = Some(value.parse::<usize>().unwrap());
            }
        }
        let mut body = vec![0; length.expect("a Content-Length header")];
        self.reader.read_exact(&mut body).await.unwrap();
        serde_json::from_slice(&body).expect("the server writes JSON")
    }

    /// Waits for the diagnostics published for `uri` at `version`, skipping
    /// earlier ones.
    pub async fn diagnostics(&mut self, uri: &str, version: i64) -> Value {
        let matches = |m: &Value| {
            m["method"] == "textDocument/publishDiagnostics"
                && m["params"]["uri"] == uri
                && m["params"]["version"] == version
        };
        if let Some(index) = self.pending.iter().position(matches) {
            let message = self.pending.remove(index).unwrap();
            self.pending.retain(|m| {
                !(m["method"] == "textDocument/publishDiagnostics" && m["params"]["uri"] == uri)
            });
            return message["params"]["diagnostics"].clone();
        }
        loop {
            let message = self.receive().await;
            if matches(&message) {
                return message["params"]["diagnostics"].clone();
            }
        }
    }

    pub async fn open(&mut self, uri: &str, version: i64, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": uri, "languageId": "resolution", "version": version, "text": text}}),
        )
        .await;
    }

    pub async fn close(&mut self, uri: &str) {
        self.notify(
            "textDocument/didClose",
            json!({"textDocument": {"uri": uri}}),
        )
        .await;
    }

    /// The server's copy of `uri` (`resolute/documentText`).
    pub async fn document_text(&mut self, uri: &str) -> Value {
        let answer = self
            .request(
                "resolute/documentText",
                json!({"textDocument": {"uri": uri}}),
            )
            .await;
        answer["result"].clone()
    }

    /// Shuts the server down and waits for it to stop.
    pub async fn shutdown(mut self) {
        let answer = self.request("shutdown", Value::Null).await;
        assert_eq!(answer["result"], Value::Null, "{answer}");
        self.notify("exit", Value::Null).await;
        let result = tokio::time::timeout(DEADLINE, self.task)
            .await
            .expect("the server stops in time");
        result.unwrap().unwrap();
    }
}
