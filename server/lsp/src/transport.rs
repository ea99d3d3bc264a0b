//! The wire between the client and `tower-lsp-server`: no input may stop the
//! server.
//!
//! `tower-lsp-server` 0.23 stops reading, and so ends the session, at the
//! first message it cannot decode: a body that is not JSON, a JSON value that
//! is not a JSON-RPC message, a lone surrogate escape (`"\ud800"`, which
//! JavaScript clients can send), a header without `Content-Length`. This
//! module therefore reads the client's bytes itself and hands
//! `tower-lsp-server` only messages it is known to accept:
//!
//! - frames are read leniently (header names in any case, `\n` or `\r\n`,
//!   blank lines between messages, any `Content-Type`);
//! - a lone surrogate escape is replaced by `\ufffd`, which, like the lone
//!   surrogate, is one UTF-16 code unit, so positions stay where the client
//!   means them; the client's log says so;
//! - a body that is not UTF-8, not JSON, or not a JSON-RPC message is
//!   answered with the JSON-RPC error the specification asks for (`-32700`
//!   parse error or `-32600` invalid request) and dropped; so is a batch (a
//!   JSON array of messages), which the Language Server Protocol does not
//!   have;
//! - a text synchronization notification (`didOpen`, `didChange`,
//!   `didClose`) whose parameters `tower-lsp-server` could not decode, which
//!   it would drop without a word (a version outside the protocol's integer
//!   range, a malformed range), is logged as an error: from then on the
//!   server's copy of the text may differ from the editor's;
//! - a header block that cannot be parsed is answered with a parse error, and
//!   reading resumes at the next `Content-Length` header. A `Content-Length`
//!   that is too large for what follows swallows the next bytes, as it must:
//!   the protocol has no other way to find the end of a message. A length
//!   over [`MAX_MESSAGE_BYTES`] is refused at once.
//!
//! Everything the server writes goes out through one writer, a whole frame
//! at a time, so that these error answers never cut into another message.
//!
//! [`CatchPanics`] wraps the service: a panic anywhere in a handler is
//! answered with an internal error instead of unwinding through the server.

use std::borrow::Cow;
use std::io;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::future::BoxFuture;
use futures::FutureExt;
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};
use tower_lsp_server::ls_types::{
    MessageType, Range as LspRange, TextDocumentIdentifier, Uri, VersionedTextDocumentIdentifier,
};
use tower_lsp_server::{ClientSocket, Server};

/// The largest message accepted, in bytes. A larger `Content-Length` is
/// answered with a parse error and the bytes after it are searched for the
/// next header.
pub const MAX_MESSAGE_BYTES: usize = 1 << 30;

/// The largest header block accepted, in bytes.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;

/// Capacity of the in-memory pipes to and from `tower-lsp-server`.
const PIPE_BYTES: usize = 1 << 16;

/// How many whole frames may wait for the writer.
const QUEUED_FRAMES: usize = 64;

/// Runs `service` on `input` and `output` until the client sends `exit` or
/// closes `input`. `shutdown_received` is set as soon as a `shutdown`
/// request arrives: the specification's exit code depends on whether one
/// was received, and `tower-lsp-server` cancels the requests still running
/// when `exit` arrives, the `shutdown` handler among them when a client
/// sends `exit` without waiting for the answer.
pub async fn run<I, O, S>(
    input: I,
    output: O,
    service: S,
    socket: ClientSocket,
    shutdown_received: Arc<AtomicBool>,
    (frames, queued): (Notifier, Queued),
) where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin + Send + 'static,
    S: Service<Request, Response = Option<Response>> + Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    S::Future: Send,
{
    let (to_server, server_input) = tokio::io::duplex(PIPE_BYTES);
    let (server_output, from_server) = tokio::io::duplex(PIPE_BYTES);
    let (frames, queued) = (frames.0, queued.0);

    let server = Server::new(server_input, server_output, socket).serve(service);
    let relay = relay_server_output(from_server, frames.clone());
    // The writer is a task of its own: the server computes a request's
    // answer in one poll, and what the analysis publishes meanwhile must not
    // wait for it (see [`Notifier`]).
    let write = tokio::spawn(write_output(queued, output));
    let read = read_input(input, to_server, frames, shutdown_received);

    let finished = async {
        let ((), (), _) = tokio::join!(server, relay, write);
    };
    tokio::pin!(finished);
    tokio::pin!(read);
    tokio::select! {
        // The server has stopped (after `exit`) and all it wrote is out: the
        // reader may still wait on the client's input; it is dropped.
        () = &mut finished => {}
        // The client closed its input: the reader has closed the server's,
        // which makes the server stop.
        () = &mut read => finished.await,
    }
}

/// The writer's queue, for [`run`]; [`channel`] makes it with its
/// [`Notifier`].
#[derive(Debug)]
pub struct Queued(mpsc::Receiver<Outgoing>);

/// Sends notifications to the client straight to the writer, past
/// `tower-lsp-server`, which writes what its `Client` sends only between
/// the requests it computes: diagnostics then go out while a long request
/// is computed. Messages sent through one `Notifier` keep their order.
#[derive(Debug, Clone)]
pub struct Notifier(mpsc::Sender<Outgoing>);

/// The writer's queue and the [`Notifier`] that feeds it.
pub fn channel() -> (Notifier, Queued) {
    let (frames, queued) = mpsc::channel(QUEUED_FRAMES);
    (Notifier(frames), Queued(queued))
}

impl Notifier {
    /// Sends the notification `N`; nothing happens once the output has
    /// ended.
    pub async fn notify<N: tower_lsp_server::ls_types::notification::Notification>(
        &self,
        params: N::Params,
    ) {
        let message = json!({"jsonrpc": "2.0", "method": N::METHOD, "params": params});
        let _ = self
            .0
            .send(Outgoing::Body(message.to_string().into_bytes()))
            .await;
    }
}

/// What goes to the writer.
#[derive(Debug)]
enum Outgoing {
    /// A whole message body, to be framed.
    Body(Vec<u8>),
    /// The server's output has ended: nothing more will be written.
    End,
}

/// Reads the client's frames, passes the acceptable messages to the server
/// and answers the others itself. Returns at the end of the input, or when
/// the server no longer reads.
async fn read_input<I, W>(
    input: I,
    mut to_server: W,
    frames: mpsc::Sender<Outgoing>,
    shutdown_received: Arc<AtomicBool>,
) where
    I: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut reader = FrameReader::new(input);
    loop {
        let frame = match reader.next().await {
            Ok(Some(frame)) => frame,
            Ok(None) | Err(_) => break,
        };
        let Checked {
            forward,
            answers,
            shutdown,
        } = match frame {
            Frame::Body(body) => check_message(&body),
            Frame::Broken(reason) => Checked {
                forward: None,
                answers: vec![error_answer(ErrorCode::ParseError, reason, Id::Null)],
                shutdown: false,
            },
        };
        if shutdown {
            shutdown_received.store(true, Ordering::SeqCst);
        }
        for answer in answers {
            if frames.send(Outgoing::Body(answer)).await.is_err() {
                return;
            }
        }
        if let Some(message) = forward {
            let header = format!("Content-Length: {}\r\n\r\n", message.len());
            let written = async {
                to_server.write_all(header.as_bytes()).await?;
                to_server.write_all(&message).await?;
                to_server.flush().await
            };
            if written.await.is_err() {
                return;
            }
        }
    }
    // Closing the server's input makes it finish what it has and stop.
    let _ = to_server.shutdown().await;
}

/// Passes the server's frames to the writer, whole, then says it has ended.
async fn relay_server_output<R>(from_server: R, frames: mpsc::Sender<Outgoing>)
where
    R: AsyncRead + Unpin,
{
    let mut reader = FrameReader::new(from_server);
    while let Ok(Some(Frame::Body(body))) = reader.next().await {
        if frames.send(Outgoing::Body(body)).await.is_err() {
            return;
        }
    }
    let _ = frames.send(Outgoing::End).await;
}

/// Writes frames to the client until the server's output ends. After a write
/// fails (the client went away), frames are still taken and dropped, so that
/// the server is never blocked on a full pipe and can stop.
async fn write_output<O>(mut queued: mpsc::Receiver<Outgoing>, mut output: O)
where
    O: AsyncWrite + Unpin + Send + 'static,
{
    let mut broken = false;
    while let Some(Outgoing::Body(body)) = queued.recv().await {
        if broken {
            continue;
        }
        let header = format!("Content-Length: {}\r\n\r\n", body.len());
        let written = async {
            output.write_all(header.as_bytes()).await?;
            output.write_all(&body).await?;
            output.flush().await
        };
        broken = written.await.is_err();
    }
}

/// What a framed reader yields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Frame {
    /// A message body, as many bytes as its `Content-Length` said.
    Body(Vec<u8>),
    /// Bytes that are not a frame, skipped; why, in words.
    Broken(String),
}

/// Reads `Content-Length` frames from a byte stream, leniently, resuming
/// after broken input at the next `Content-Length` header.
pub struct FrameReader<R> {
    input: R,
    buffer: Vec<u8>,
    /// Where the unread bytes of `buffer` start.
    start: usize,
    eof: bool,
}

impl<R: AsyncRead + Unpin> FrameReader<R> {
    pub fn new(input: R) -> FrameReader<R> {
        FrameReader {
            input,
            buffer: Vec::new(),
            start: 0,
            eof: false,
        }
    }

    fn unread(&self) -> &[u8] {
        &self.buffer[self.start..]
    }

    fn consume(&mut self, count: usize) {
        self.start += count;
        if self.start == self.buffer.len() {
            self.buffer.clear();
            self.start = 0;
        }
    }

    /// Reads more input; `false` at the end of the input.
    async fn fill(&mut self) -> io::Result<bool> {
        if self.eof {
            return Ok(false);
        }
        if self.start > 0 && self.start >= self.buffer.len() / 2 {
            self.buffer.drain(..self.start);
            self.start = 0;
        }
        let mut chunk = [0u8; 1 << 16];
        let read = self.input.read(&mut chunk).await?;
        if read == 0 {
            self.eof = true;
            return Ok(false);
        }
        self.buffer.extend_from_slice(&chunk[..read]);
        Ok(true)
    }

    /// The next frame, or `None` at the end of the input (a frame cut short
    /// by the end of the input is dropped).
    pub async fn next(&mut self) -> io::Result<Option<Frame>> {
        loop {
            let blank = self
                .unread()
                .iter()
                .take_while(|b| matches!(b, b'\r' | b'\n' | b' ' | b'\t'))
                .count();
            self.consume(blank);
            if self.unread().is_empty() {
                if !self.fill().await? {
                    return Ok(None);
                }
                continue;
            }
            let Some((block_len, total_len)) = header_end(self.unread()) else {
                if self.unread().len() > MAX_HEADER_BYTES {
                    let skipped = self.resync();
                    return Ok(Some(Frame::Broken(format!(
                        "no end of headers within {MAX_HEADER_BYTES} bytes; skipped {skipped} bytes"
                    ))));
                }
                if !self.fill().await? {
                    return Ok(None);
                }
                continue;
            };
            let length = match content_length(&self.unread()[..block_len]) {
                Ok(length) => length,
                Err(reason) => {
                    // Headers with a bad value are skipped whole (what
                    // follows is their body, which is then skipped as
                    // garbage). Garbage that runs into a header resumes at
                    // the `Content-Length` inside it (the client sent junk,
                    // then a message).
                    let block = &self.unread()[..block_len];
                    let skip = if starts_with_header_line(block) {
                        total_len
                    } else {
                        find_content_length(block, 1).unwrap_or(total_len)
                    };
                    self.consume(skip);
                    return Ok(Some(Frame::Broken(reason)));
                }
            };
            if length > MAX_MESSAGE_BYTES {
                self.consume(total_len);
                let skipped = self.resync();
                return Ok(Some(Frame::Broken(format!(
                    "Content-Length {length} is over the limit of {MAX_MESSAGE_BYTES} bytes; skipped {skipped} bytes"
                ))));
            }
            self.consume(total_len);
            while self.unread().len() < length {
                if !self.fill().await? {
                    return Ok(None);
                }
            }
            let body = self.unread()[..length].to_vec();
            self.consume(length);
            return Ok(Some(Frame::Body(body)));
        }
    }

    /// Skips to the next `Content-Length` after the first unread byte, or
    /// past everything read so far. Returns how many bytes were skipped.
    fn resync(&mut self) -> usize {
        let skip = find_content_length(self.unread(), 1).unwrap_or(self.unread().len());
        self.consume(skip);
        skip
    }
}

/// The length of the header block at the start of `bytes` (without the
/// blank line) and the length including it, once the blank line has arrived.
fn header_end(bytes: &[u8]) -> Option<(usize, usize)> {
    let limit = bytes.len().min(MAX_HEADER_BYTES + 4);
    let mut i = 0;
    while i < limit {
        if bytes[i] == b'\n' {
            if bytes.get(i + 1) == Some(&b'\n') {
                return Some((i, i + 2));
            }
            if bytes.get(i + 1) == Some(&b'\r') && bytes.get(i + 2) == Some(&b'\n') {
                let end = if i > 0 && bytes[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                return Some((end, i + 3));
            }
        }
        i += 1;
    }
    None
}

/// The `Content-Length` of a header block, or why there is none.
fn content_length(block: &[u8]) -> Result<usize, String> {
    let text = std::str::from_utf8(block).map_err(|_| "headers that are not UTF-8".to_owned())?;
    let mut length = None;
    for line in text.split('\n') {
        let line = line.strip_suffix('\r').unwrap_or(line);
        let Some((name, value)) = line.split_once(':') else {
            return Err(format!(
                "a header line without a colon: {:?}",
                excerpt(line)
            ));
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return Err(format!("a malformed header name: {:?}", excerpt(name)));
        }
        if name.eq_ignore_ascii_case("content-length") {
            let value = value.trim();
            let parsed = value.parse::<usize>().map_err(|_| {
                format!(
                    "a Content-Length that is not a number: {:?}",
                    excerpt(value)
                )
            })?;
            if length.is_some_and(|l| l != parsed) {
                return Err("two different Content-Length headers".to_owned());
            }
            length = Some(parsed);
        }
    }
    length.ok_or_else(|| "a header block without Content-Length".to_owned())
}

/// Whether the first line of `block` has the form of a header line
/// (`Name: value`).
fn starts_with_header_line(block: &[u8]) -> bool {
    let line = block.split(|&b| b == b'\n').next().unwrap_or(block);
    match line.iter().position(|&b| b == b':') {
        Some(colon) => {
            colon > 0
                && line[..colon]
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
        }
        None => false,
    }
}

/// The first 40 characters of `text`, for messages.
fn excerpt(text: &str) -> String {
    text.chars().take(40).collect()
}

/// Where `Content-Length` (in any case) first occurs in `bytes` at or after
/// `from`.
fn find_content_length(bytes: &[u8], from: usize) -> Option<usize> {
    const NEEDLE: &[u8] = b"content-length";
    if bytes.len() < NEEDLE.len() {
        return None;
    }
    (from..=bytes.len() - NEEDLE.len())
        .find(|&i| bytes[i..i + NEEDLE.len()].eq_ignore_ascii_case(NEEDLE))
}

/// What `tower-lsp-server` decodes a message into (its own type of the same
/// shape is private): a body that deserializes into this is one it accepts.
#[derive(Deserialize)]
#[serde(untagged)]
enum Message {
    #[allow(dead_code)] // Only its shape matters.
    Response(Response),
    Request(Request),
}

/// What [`check_message`] found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checked {
    /// The body to pass on to the server, if any.
    pub forward: Option<Vec<u8>>,
    /// Frames to send the client (error answers, log messages).
    pub answers: Vec<Vec<u8>>,
    /// Whether the message is a `shutdown` request.
    pub shutdown: bool,
}

/// Checks one message body.
pub fn check_message(body: &[u8]) -> Checked {
    let refuse = |code, reason, id| Checked {
        forward: None,
        answers: vec![error_answer(code, reason, id)],
        shutdown: false,
    };
    let text = match std::str::from_utf8(body) {
        Ok(text) => text,
        Err(error) => {
            let reason = format!("a message that is not UTF-8 (byte {})", error.valid_up_to());
            return refuse(ErrorCode::ParseError, reason, Id::Null);
        }
    };
    let (text, replaced) = replace_lone_surrogates(text);
    match serde_json::from_str::<Message>(&text) {
        Ok(message) => {
            let mut answers = Vec::new();
            if replaced > 0 {
                answers.push(log_message(MessageType::WARNING, format!(
                    "the next message had {replaced} lone surrogate escape(s) (\\uD800 to \\uDFFF), not Unicode text: each became U+FFFD, also one UTF-16 unit"
                )));
            }
            if let Message::Request(request) = &message {
                if let Some(problem) = undecodable_sync(request) {
                    answers.push(log_message(MessageType::ERROR, problem));
                }
            }
            let shutdown = matches!(
                &message,
                Message::Request(request) if request.method() == "shutdown" && request.id().is_some()
            );
            Checked {
                forward: Some(text.into_owned().into_bytes()),
                answers,
                shutdown,
            }
        }
        Err(_)
            if text.trim_start().starts_with('[')
                && serde_json::from_str::<Vec<Value>>(&text).is_ok() =>
        {
            let reason = "a JSON-RPC batch (an array of messages): the Language Server Protocol has no batches, send each message in a frame of its own".to_owned();
            refuse(ErrorCode::InvalidRequest, reason, Id::Null)
        }
        Err(error) if error.is_data() => {
            // JSON, but not a JSON-RPC message: answer with its id if it has one.
            let id = serde_json::from_str::<Value>(&text)
                .ok()
                .and_then(|value| Id::deserialize(value.get("id")?).ok())
                .unwrap_or(Id::Null);
            let reason = format!("not a JSON-RPC 2.0 message: {error}");
            refuse(ErrorCode::InvalidRequest, reason, id)
        }
        Err(error) => {
            let reason = format!("a message that is not JSON: {error}");
            refuse(ErrorCode::ParseError, reason, Id::Null)
        }
    }
}

/// An error answer, as a message body.
fn error_answer(code: ErrorCode, reason: String, id: Id) -> Vec<u8> {
    let error = Error {
        code,
        message: Cow::Owned(reason),
        data: None,
    };
    serde_json::to_vec(&Response::from_error(id, error)).unwrap_or_default()
}

/// A `window/logMessage`, as a message body.
fn log_message(typ: MessageType, message: String) -> Vec<u8> {
    json!({"jsonrpc": "2.0", "method": "window/logMessage", "params": {"type": typ, "message": message}})
        .to_string()
        .into_bytes()
}

/// Why `tower-lsp-server` cannot decode the parameters of a text
/// synchronization notification, which it then drops silently; `None` for
/// any other message, or when they decode. The documents' texts are not
/// copied: [`AnyString`] only checks that they are strings.
fn undecodable_sync(request: &Request) -> Option<String> {
    if request.id().is_some() {
        return None;
    }
    let method = request.method();
    let params = request.params().unwrap_or(&Value::Null);
    let decoded = match method {
        "textDocument/didOpen" => DidOpenShape::deserialize(params).map(drop),
        "textDocument/didChange" => DidChangeShape::deserialize(params).map(drop),
        "textDocument/didClose" => DidCloseShape::deserialize(params).map(drop),
        _ => return None,
    };
    let error = decoded.err()?;
    let uri = params
        .pointer("/textDocument/uri")
        .and_then(Value::as_str)
        .unwrap_or("a document");
    Some(format!(
        "{method} of {uri} cannot be applied ({error}) and was ignored: the server's copy of the text may differ from the editor's until the document is opened again"
    ))
}

/// Any JSON string, checked without being copied.
struct AnyString;

impl<'de> Deserialize<'de> for AnyString {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = AnyString;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a string")
            }
            fn visit_str<E: serde::de::Error>(self, _: &str) -> Result<AnyString, E> {
                Ok(AnyString)
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

// The shapes of `DidOpenTextDocumentParams`, `DidChangeTextDocumentParams`
// and `DidCloseTextDocumentParams`, with the texts as [`AnyString`]: what
// decodes into these decodes into those.

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)] // Only whether they decode matters.
struct DidOpenShape {
    text_document: OpenedShape,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct OpenedShape {
    uri: Uri,
    language_id: AnyString,
    version: i32,
    text: AnyString,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct DidChangeShape {
    text_document: VersionedTextDocumentIdentifier,
    content_changes: Vec<ChangeShape>,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct ChangeShape {
    range: Option<LspRange>,
    range_length: Option<u32>,
    text: AnyString,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct DidCloseShape {
    text_document: TextDocumentIdentifier,
}

/// Replaces every escape of a lone surrogate (`\ud800` not followed by a low
/// surrogate escape, or `\udc00` not preceded by a high one) with `\ufffd`.
/// Returns the text and how many were replaced.
///
/// In JSON a backslash only ever starts an escape inside a string, so a scan
/// from escape to escape sees every `\u` and nothing else.
pub fn replace_lone_surrogates(text: &str) -> (Cow<'_, str>, usize) {
    let bytes = text.as_bytes();
    let hex = |at: usize| -> Option<u16> {
        let digits = bytes.get(at..at + 4)?;
        u16::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let unit = |at: usize| -> Option<u16> {
        (bytes.get(at) == Some(&b'\\') && bytes.get(at + 1) == Some(&b'u'))
            .then(|| hex(at + 2))
            .flatten()
    };
    let mut lone = Vec::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] != b'\\' {
            i += 1;
            continue;
        }
        match unit(i) {
            Some(high @ 0xD800..=0xDBFF) => {
                let _ = high;
                if matches!(unit(i + 6), Some(0xDC00..=0xDFFF)) {
                    i += 12;
                } else {
                    lone.push(i);
                    i += 6;
                }
            }
            Some(0xDC00..=0xDFFF) => {
                lone.push(i);
                i += 6;
            }
            Some(_) => i += 6,
            // Any other escape is two characters long.
            None => i += 2,
        }
    }
    if lone.is_empty() {
        return (Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for &at in &lone {
        out.push_str(&text[last..at]);
        out.push_str("\\ufffd");
        last = at + 6;
    }
    out.push_str(&text[last..]);
    (Cow::Owned(out), lone.len())
}

/// Wraps a service so that a panic in a handler, while it is called or while
/// its future runs, becomes an internal error answer (or nothing, for a
/// notification) instead of unwinding through the server.
#[derive(Debug, Clone)]
pub struct CatchPanics<S>(pub S);

impl<S> Service<Request> for CatchPanics<S>
where
    S: Service<Request, Response = Option<Response>>,
    S::Future: Send + 'static,
    S::Error: Send + 'static,
{
    type Response = Option<Response>;
    type Error = S::Error;
    type Future = BoxFuture<'static, Result<Option<Response>, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.0.poll_ready(cx)
    }

    fn call(&mut self, request: Request) -> Self::Future {
        let id = request.id().cloned();
        let method = request.method().to_owned();
        let answer = move |panic: Box<dyn std::any::Any + Send>| {
            let message = crate::server::panic_message(panic.as_ref());
            id.map(|id| {
                let reason = format!("internal error in {method} (panic: {message})");
                Response::from_error(
                    id,
                    Error {
                        code: ErrorCode::InternalError,
                        message: Cow::Owned(reason),
                        data: None,
                    },
                )
            })
        };
        match std::panic::catch_unwind(AssertUnwindSafe(|| self.0.call(request))) {
            Ok(future) => AssertUnwindSafe(future)
                .catch_unwind()
                .map(|outcome| outcome.unwrap_or_else(|panic| Ok(answer(panic))))
                .boxed(),
            Err(panic) => futures::future::ready(Ok(answer(panic))).boxed(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn frames(input: &[u8]) -> Vec<Frame> {
        let mut reader = FrameReader::new(input);
        let mut frames = Vec::new();
        while let Some(frame) = reader.next().await.unwrap() {
            frames.push(frame);
        }
        frames
    }

    fn body(text: &str) -> Frame {
        Frame::Body(text.as_bytes().to_vec())
    }

    fn is_broken(frame: &Frame) -> bool {
        matches!(frame, Frame::Broken(_))
    }

    #[tokio::test]
    async fn frames_are_read_leniently() {
        let input = b"Content-Length: 2\r\n\r\n{}\r\n\ncontent-length:3\ncontent-type: application/x\n\n[1]";
        assert_eq!(frames(input).await, vec![body("{}"), body("[1]")]);
    }

    #[tokio::test]
    async fn broken_headers_resume_at_the_next_content_length() {
        let input = b"garbage{}Content-Length: 2\r\n\r\n{}";
        let read = frames(input).await;
        assert_eq!(read.len(), 2, "{read:?}");
        assert!(is_broken(&read[0]));
        assert_eq!(read[1], body("{}"));

        let input = b"X-Nothing: 1\r\n\r\nContent-Length: 2\r\n\r\n{}";
        let read = frames(input).await;
        assert!(is_broken(&read[0]), "{read:?}");
        assert_eq!(read[1], body("{}"));

        let input = b"Content-Length: many\r\n\r\n{}Content-Length: 1\r\n\r\n1";
        let read = frames(input).await;
        assert!(is_broken(&read[0]), "{read:?}");
        assert_eq!(read.last(), Some(&body("1")));

        // Two lengths: the whole block is skipped, not just its first line.
        let input = b"Content-Length: 2\r\nContent-Length: 3\r\n\r\n{}Content-Length: 1\r\n\r\n1";
        let read = frames(input).await;
        assert_eq!(read.len(), 3, "{read:?}");
        assert_eq!(read.last(), Some(&body("1")));
    }

    #[tokio::test]
    async fn an_absurd_length_is_refused_at_once() {
        let input = b"Content-Length: 99999999999\r\n\r\n{}Content-Length: 2\r\n\r\n{}";
        let read = frames(input).await;
        assert_eq!(read.len(), 2, "{read:?}");
        assert!(is_broken(&read[0]));
        assert_eq!(read[1], body("{}"));
    }

    #[tokio::test]
    async fn endless_garbage_is_skipped_in_bounded_steps() {
        let input = vec![b'x'; 3 * MAX_HEADER_BYTES];
        let read = frames(&input).await;
        assert!(!read.is_empty() && read.iter().all(is_broken), "{read:?}");
    }

    #[test]
    fn lone_surrogates_become_replacement_characters() {
        let (text, n) = replace_lone_surrogates(r#"{"a":"x\ud83d\ude00y\ud800z\udc00\\ud800"}"#);
        assert_eq!(n, 2);
        assert_eq!(text, r#"{"a":"x\ud83d\ude00y\ufffdz\ufffd\\ud800"}"#);
        let value: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["a"], "x😀y\u{fffd}z\u{fffd}\\ud800");
        assert!(matches!(
            replace_lone_surrogates("plain"),
            (Cow::Borrowed(_), 0)
        ));
        // A high surrogate at the very end, and a truncated escape.
        assert_eq!(replace_lone_surrogates(r#""\ud800""#).1, 1);
        assert_eq!(replace_lone_surrogates(r#""\ud8"#).1, 0);
    }

    #[test]
    fn messages_are_checked_as_the_server_would_decode_them() {
        let ok = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert_eq!(
            check_message(ok),
            Checked {
                forward: Some(ok.to_vec()),
                answers: vec![],
                shutdown: true
            }
        );
        let notification = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let checked = check_message(notification);
        assert!(checked.forward.is_some() && !checked.shutdown);

        let answer = |body: &[u8]| -> Value {
            let checked = check_message(body);
            assert!(checked.forward.is_none());
            assert_eq!(checked.answers.len(), 1);
            serde_json::from_slice(&checked.answers[0]).unwrap()
        };
        assert_eq!(answer(b"{not json")["error"]["code"], -32700);
        assert_eq!(answer(b"\xff\xfe")["error"]["code"], -32700);
        assert_eq!(answer(b"")["error"]["code"], -32700);
        let wrong_version = answer(br#"{"jsonrpc":"1.0","id":7,"method":"x"}"#);
        assert_eq!(wrong_version["error"]["code"], -32600);
        assert_eq!(wrong_version["id"], 7);
        assert_eq!(answer(b"[1,2]")["id"], Value::Null);
        let batch = answer(br#"[{"jsonrpc":"2.0","id":1,"method":"shutdown"}]"#);
        assert_eq!(batch["error"]["code"], -32600);
        assert!(
            batch["error"]["message"]
                .as_str()
                .unwrap()
                .contains("batch"),
            "{batch}"
        );
        let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
        assert_eq!(answer(deep.as_bytes())["error"]["code"], -32700);

        // A change the server cannot decode is passed on and logged.
        let change = |version: &str, range: &str| {
            format!(
                r#"{{"jsonrpc":"2.0","method":"textDocument/didChange","params":{{"textDocument":{{"uri":"file:///d.txt","version":{version}}},"contentChanges":[{{{range}"text":"x"}}]}}}}"#
            )
        };
        let fine = check_message(change("3", "").as_bytes());
        assert!(
            fine.forward.is_some() && fine.answers.is_empty(),
            "{fine:?}"
        );
        let ranged =
            r#""range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"#;
        assert!(check_message(change("3", ranged).as_bytes())
            .answers
            .is_empty());
        for (version, range) in [
            ("2147483648", ""),
            ("-2147483649", ""),
            ("1.5", ""),
            ("3", r#""range":{"start":{"line":-1,"character":0}},"#),
        ] {
            let checked = check_message(change(version, range).as_bytes());
            assert!(checked.forward.is_some());
            assert_eq!(checked.answers.len(), 1, "{version} {range}");
            let log: Value = serde_json::from_slice(&checked.answers[0]).unwrap();
            assert_eq!(log["method"], "window/logMessage");
            assert_eq!(log["params"]["type"], 1);
            let message = log["params"]["message"].as_str().unwrap();
            assert!(
                message.starts_with("textDocument/didChange of file:///d.txt cannot be applied"),
                "{message}"
            );
        }

        let lone = br#"{"jsonrpc":"2.0","method":"x","params":{"t":"\udead"}}"#;
        let checked = check_message(lone);
        let forward = String::from_utf8(checked.forward.unwrap()).unwrap();
        assert!(forward.contains("\\ufffd"), "{forward}");
        assert_eq!(checked.answers.len(), 1);
    }
}
