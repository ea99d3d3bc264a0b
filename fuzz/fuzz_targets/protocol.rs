//! Fuzz target for the protocol layer: random frames into `serve`.
//!
//! The input is a list of frames: well-formed messages of every method the
//! server handles with random positions and texts, messages with a lying
//! `Content-Length`, and raw bytes. They are sent after `initialize`, and
//! followed by a `resolute/documentText` request and `shutdown`, and the
//! input ends (an `exit` would cancel the requests still running).
//! Checks: nothing panics; the server answers the last requests (it
//! survived everything before them) and stops with success (a `shutdown`
//! was received); everything it wrote is framed JSON.
//! Hangs are caught by libFuzzer's `-timeout`.

#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use serde_json::{json, Value};
use tokio::io::AsyncReadExt;

#[derive(Debug, Arbitrary)]
enum Frame {
    Open {
        document: bool,
        version: i32,
        text: String,
    },
    Change {
        document: bool,
        version: i32,
        changes: Vec<ChangeIn>,
    },
    Close {
        document: bool,
    },
    Hover {
        document: bool,
        at: (u16, u16),
    },
    Completion {
        document: bool,
        at: (u16, u16),
    },
    CodeAction {
        document: bool,
        start: (u16, u16),
        end: (u16, u16),
    },
    Symbols {
        document: bool,
    },
    DocumentText {
        document: bool,
    },
    Configuration {
        max_document_size: u16,
        inlay_hints: bool,
    },
    Method {
        name: String,
        params: String,
        id: Option<i64>,
    },
    Lying {
        body: Vec<u8>,
        extra: u8,
        shorter: bool,
    },
    Raw(Vec<u8>),
}

#[derive(Debug, Arbitrary)]
struct ChangeIn {
    range: Option<((u16, u16), (u16, u16))>,
    text: String,
}

fn uri(document: bool) -> &'static str {
    if document {
        "file:///fuzz/a.txt"
    } else {
        "file:///fuzz/b%20c.resolution"
    }
}

fn position((line, character): (u16, u16)) -> Value {
    json!({"line": line, "character": character})
}

fn framed(out: &mut Vec<u8>, body: &[u8]) {
    out.extend_from_slice(format!("Content-Length: {}\r\n\r\n", body.len()).as_bytes());
    out.extend_from_slice(body);
}

fn message(out: &mut Vec<u8>, value: Value) {
    framed(out, value.to_string().as_bytes());
}

/// Removes what would stop the session early or swallow the final
/// messages: an `exit`, and a `Content-Length` header with no bound.
fn defuse(bytes: &[u8]) -> Vec<u8> {
    let mut out = bytes.to_vec();
    for needle in [&b"exit"[..], b"content-length"] {
        let mut i = 0;
        while i + needle.len() <= out.len() {
            if out[i..i + needle.len()].eq_ignore_ascii_case(needle) {
                out[i] = b'_';
            }
            i += 1;
        }
    }
    out
}

fn request(id: i64, method: &str, params: Value) -> Value {
    json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params})
}

fn notification(method: &str, params: Value) -> Value {
    json!({"jsonrpc": "2.0", "method": method, "params": params})
}

fn encode(frames: &[Frame], utf8: bool) -> Vec<u8> {
    let mut out = Vec::new();
    let encodings = if utf8 {
        json!(["utf-8"])
    } else {
        json!(["utf-16"])
    };
    message(
        &mut out,
        request(
            1,
            "initialize",
            json!({"capabilities": {"general": {"positionEncodings": encodings}}}),
        ),
    );
    message(&mut out, notification("initialized", json!({})));
    for (index, frame) in frames.iter().take(64).enumerate() {
        let id = 10 + index as i64;
        match frame {
            Frame::Open {
                document,
                version,
                text,
            } => message(
                &mut out,
                notification(
                    "textDocument/didOpen",
                    json!({"textDocument": {"uri": uri(*document), "languageId": "resolution", "version": version, "text": text}}),
                ),
            ),
            Frame::Change {
                document,
                version,
                changes,
            } => {
                let changes: Vec<Value> = changes
                    .iter()
                    .take(8)
                    .map(|change| match change.range {
                        Some((start, end)) => json!({"range": {"start": position(start), "end": position(end)}, "text": change.text}),
                        None => json!({"text": change.text}),
                    })
                    .collect();
                message(
                    &mut out,
                    notification(
                        "textDocument/didChange",
                        json!({"textDocument": {"uri": uri(*document), "version": version}, "contentChanges": changes}),
                    ),
                );
            }
            Frame::Close { document } => message(
                &mut out,
                notification(
                    "textDocument/didClose",
                    json!({"textDocument": {"uri": uri(*document)}}),
                ),
            ),
            Frame::Hover { document, at } => message(
                &mut out,
                request(
                    id,
                    "textDocument/hover",
                    json!({"textDocument": {"uri": uri(*document)}, "position": position(*at)}),
                ),
            ),
            Frame::Completion { document, at } => message(
                &mut out,
                request(
                    id,
                    "textDocument/completion",
                    json!({"textDocument": {"uri": uri(*document)}, "position": position(*at)}),
                ),
            ),
            Frame::CodeAction {
                document,
                start,
                end,
            } => message(
                &mut out,
                request(
                    id,
                    "textDocument/codeAction",
                    json!({"textDocument": {"uri": uri(*document)}, "range": {"start": position(*start), "end": position(*end)}, "context": {"diagnostics": []}}),
                ),
            ),
            Frame::Symbols { document } => message(
                &mut out,
                request(
                    id,
                    "textDocument/documentSymbol",
                    json!({"textDocument": {"uri": uri(*document)}}),
                ),
            ),
            Frame::DocumentText { document } => message(
                &mut out,
                request(
                    id,
                    "resolute/documentText",
                    json!({"textDocument": {"uri": uri(*document)}}),
                ),
            ),
            Frame::Configuration {
                max_document_size,
                inlay_hints,
            } => message(
                &mut out,
                notification(
                    "workspace/didChangeConfiguration",
                    json!({"settings": {"resolute": {"maxDocumentSize": max_document_size, "inlayHints": inlay_hints}}}),
                ),
            ),
            Frame::Method { name, params, id } => {
                if name.eq_ignore_ascii_case("exit") {
                    continue;
                }
                let params: Value =
                    serde_json::from_str(params).unwrap_or(Value::String(params.clone()));
                let mut value = json!({"jsonrpc": "2.0", "method": name, "params": params});
                if let Some(id) = id {
                    value["id"] = json!(id);
                }
                let body = defuse(value.to_string().as_bytes());
                framed(&mut out, &body);
            }
            Frame::Lying {
                body,
                extra,
                shorter,
            } => {
                let body = defuse(body);
                let length = if *shorter {
                    body.len().saturating_sub(usize::from(*extra))
                } else {
                    body.len() + usize::from(*extra)
                };
                out.extend_from_slice(format!("Content-Length: {length}\r\n\r\n").as_bytes());
                out.extend_from_slice(&body);
            }
            Frame::Raw(bytes) => out.extend_from_slice(&defuse(bytes)),
        }
    }
    // Padding that ends any half-read header block and absorbs what a
    // lying length (at most 255 bytes too long) swallows.
    out.extend_from_slice(b"\r\n\r\n");
    out.extend_from_slice(&[b' '; 300]);
    out.extend_from_slice(b"\r\n\r\n");
    message(
        &mut out,
        request(
            1_000_000,
            "resolute/documentText",
            json!({"textDocument": {"uri": uri(true)}}),
        ),
    );
    message(&mut out, request(1_000_001, "shutdown", Value::Null));
    out
}

/// Splits the server's output into framed JSON bodies, checking the framing.
fn decode(mut output: &[u8]) -> Vec<Value> {
    let mut messages = Vec::new();
    while !output.is_empty() {
        let header_end = output
            .windows(4)
            .position(|w| w == b"\r\n\r\n")
            .expect("a header block");
        let header = std::str::from_utf8(&output[..header_end]).expect("UTF-8 headers");
        let length: usize = header
            .strip_prefix("Content-Length: ")
            .expect("a Content-Length header")
            .parse()
            .expect("a numeric length");
        let body = &output[header_end + 4..header_end + 4 + length];
        messages.push(serde_json::from_slice(body).expect("a JSON body"));
        output = &output[header_end + 4 + length..];
    }
    messages
}

fuzz_target!(|input: (bool, Vec<Frame>)| {
    let (utf8, frames) = input;
    let bytes = encode(&frames, utf8);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap();
    let output = runtime.block_on(async {
        let (mut from_server, to_client) = tokio::io::duplex(1 << 16);
        let serve = resolute_lsp::serve(&bytes[..], to_client);
        let read = async {
            let mut output = Vec::new();
            from_server.read_to_end(&mut output).await.unwrap();
            output
        };
        let (served, output) = tokio::join!(serve, read);
        served.expect("the session ends after a shutdown request");
        output
    });
    let messages = decode(&output);
    let last = messages
        .iter()
        .find(|m| m["id"] == 1_000_000)
        .expect("the server answered the last request");
    assert!(last.get("result").is_some() || last.get("error").is_some());
    assert!(
        messages.iter().any(|m| m["id"] == 1_000_001),
        "shutdown was answered"
    );
});
