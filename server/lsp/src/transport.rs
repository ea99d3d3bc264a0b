//! The wire between the client and `tower-lsp-server`: no input may stop the
//! server.
//!
//! `tower-lsp-server` 0.23 stops reading, and so ends the session, at the
//! first message it cannot decode: a body that is not JSON, a JSON value that
//! is not a JSON-RPC message, a lone surrogate escape (`"\ud800"`, which
//! JavaScript clients can send), a header without `Content-Length`. This
//! module therefore reads and decodes the client's messages itself and
//! calls `tower-lsp-server`'s service with them, as its `Server` would (see
//! [`run`]), and writes the service's answers:
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
//! A message is held once as it came and once decoded, never more: a
//! `didOpen` of a 10 MB document is read straight into one buffer of its
//! size, decoded with the text copied once (the buffer is then freed), and
//! the text is moved, not copied, into the handler's parameters. Through
//! `tower-lsp-server`'s own reader it was held five times (its buffer, its
//! decoder's copy of the whole message, the parameters, and the frame this
//! module had checked and passed on).
//!
//! [`CatchPanics`] wraps the service: a panic anywhere in a handler is
//! answered with an internal error instead of unwinding through the server.

use std::borrow::Cow;
use std::io;
use std::panic::AssertUnwindSafe;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::task::{Context, Poll};

use futures::channel::mpsc as futures_mpsc;
use futures::future::{self, BoxFuture};
use futures::{FutureExt, SinkExt, StreamExt, TryFutureExt};
use serde::Deserialize;
use serde_json::{json, Value};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower::Service;
use tower_lsp_server::jsonrpc::{Error, ErrorCode, Id, Request, Response};
use tower_lsp_server::ls_types::{
    MessageType, Range as LspRange, TextDocumentIdentifier, Uri, VersionedTextDocumentIdentifier,
};
use tower_lsp_server::ClientSocket;

/// The largest message accepted, in bytes. A larger `Content-Length` is
/// answered with a parse error and the bytes after it are searched for the
/// next header.
pub const MAX_MESSAGE_BYTES: usize = 1 << 30;

/// The largest header block accepted, in bytes.
pub const MAX_HEADER_BYTES: usize = 8 * 1024;

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
    mut service: S,
    socket: ClientSocket,
    // What the reader tells the server: that `shutdown` came, and what
    // else is on its way ([`Arrivals`]).
    (shutdown_received, arrivals): (Arc<AtomicBool>, Arc<Arrivals>),
    (frames, queued): (Notifier, Queued),
    output_runtime: &tokio::runtime::Handle,
) where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin + Send + 'static,
    S: Service<Request, Response = Option<Response>> + Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    S::Future: Send,
{
    let direct = frames.direct.clone();
    let (frames, queued) = (frames.frames, queued.0);
    // The writer is a task of its own, on the output thread: the server
    // computes a request's answer in one poll, and what the analysis
    // publishes meanwhile must not wait for it (see [`Notifier`]).
    let write = output_runtime.spawn(write_output(queued, output, direct));

    // What `tower-lsp-server`'s `Server::serve` does, on the messages this
    // module has decoded once: the handlers' futures are polled in the
    // order the messages arrived, at most [`MAX_CONCURRENCY`] at a time;
    // their answers and the server's own requests to the client go to the
    // writer; the client's answers go back to the requests waiting for them.
    let (client_requests, mut client_responses) = socket.split();
    let (mut tasks, queued_tasks) = futures_mpsc::channel(QUEUED_TASKS);
    // The handlers' answers and the server's messages to the client, in one
    // loop: what a handler sent the client (a log message) goes out before
    // the answers that come after it. The server's messages are forwarded
    // until the last handler has answered: a handler that logs after the
    // client's input ended would otherwise wait for room in the socket's
    // channel forever, and the session with it (the socket's stream of
    // messages never ends on its own: the server's handles on it live on).
    let forward = {
        let frames = frames.clone();
        async move {
            let mut answers = queued_tasks
                .buffer_unordered(MAX_CONCURRENCY)
                .filter_map(future::ready);
            let mut client_requests = client_requests;
            let mut client_done = false;
            loop {
                tokio::select! {
                    biased;
                    request = client_requests.next(), if !client_done => match request {
                        Some(request) => send_message(&frames, &request).await,
                        None => client_done = true,
                    },
                    answer = answers.next() => {
                        // (What the server sent the client before this
                        // answer goes out first.)
                        while !client_done {
                            match client_requests.next().now_or_never() {
                                Some(Some(request)) => send_message(&frames, &request).await,
                                Some(None) => client_done = true,
                                None => break,
                            }
                        }
                        match answer {
                            Some(answer) => send_message(&frames, &answer).await,
                            None => break,
                        }
                    }
                }
            }
        }
    };
    let read = async {
        let mut reader = FrameReader::new(input);
        loop {
            let frame = match reader.next().await {
                Ok(Some(frame)) => frame,
                Ok(None) | Err(_) => break,
            };
            arrivals
                .more_read
                .store(!reader.unread().is_empty(), Ordering::SeqCst);
            let Checked {
                message,
                answers,
                shutdown,
            } = match frame {
                Frame::Body(body) => check_message(body),
                Frame::Broken(reason) => Checked {
                    message: None,
                    answers: vec![error_answer(ErrorCode::ParseError, reason, Id::Null)],
                    shutdown: false,
                },
            };
            if shutdown {
                shutdown_received.store(true, Ordering::SeqCst);
            }
            for answer in answers {
                let _ = frames.send(Outgoing::Body(answer)).await;
            }
            match message {
                None => {}
                Some(Incoming::Request(request)) => {
                    if future::poll_fn(|cx| service.poll_ready(cx)).await.is_err() {
                        break;
                    }
                    // The server must stop reading after `exit`: a client
                    // may keep its end open.
                    let exit = request.method() == "exit";
                    if request.method() == "textDocument/didChange" {
                        arrivals.changes_waiting.fetch_add(1, Ordering::SeqCst);
                    }
                    let task = service.call(request).unwrap_or_else(|_| None);
                    if tasks.send(task).await.is_err() || exit {
                        break;
                    }
                }
                Some(Incoming::Response(response)) => {
                    let sent = client_responses.send(response).await;
                    if sent.is_err() {
                        break;
                    }
                }
            }
        }
        // No more handlers: the answers end once those queued are done.
        tasks.disconnect();
    };
    tokio::join!(forward, read);
    let _ = frames.send(Outgoing::End).await;
    let _ = write.await;
}

/// How many handlers run at once (as in `tower-lsp-server`).
const MAX_CONCURRENCY: usize = 4;

/// How many handlers may wait for one of those places.
const QUEUED_TASKS: usize = 100;

/// Sends one message to the writer.
async fn send_message(frames: &mpsc::Sender<Outgoing>, message: &impl serde::Serialize) {
    if let Ok(body) = serde_json::to_vec(message) {
        let _ = frames.send(Outgoing::Body(body)).await;
    }
}

/// What the reader of the client's messages knows of those to come, for
/// the handler of an edit: whether the edit is the latest the server has
/// (no edit read after it waits for its handler, and no bytes of another
/// message were read and wait to be decoded). Where edits come faster than
/// they are analysed, the analysis task sees only the newest of them; a
/// lone keystroke can be analysed where it is applied.
#[derive(Debug, Default)]
pub struct Arrivals {
    /// Edits (`didChange`) read whose handler has not started.
    changes_waiting: std::sync::atomic::AtomicUsize,
    /// Bytes of another message were read after the last one decoded.
    more_read: AtomicBool,
}

impl Arrivals {
    /// Called by the handler of an edit as it starts: whether it is the
    /// latest edit the server has read, with nothing read after it.
    pub fn change_started(&self) -> bool {
        let before = self
            .changes_waiting
            .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |n| n.checked_sub(1))
            .unwrap_or(0);
        before <= 1 && !self.more_read.load(Ordering::SeqCst)
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
pub struct Notifier {
    frames: mpsc::Sender<Outgoing>,
    /// The output the writer writes to, where a message may also be
    /// written at once ([`Notifier::write_now`]).
    direct: Option<Arc<Direct>>,
}

/// The writer's queue and the [`Notifier`] that feeds it.
pub fn channel() -> (Notifier, Queued) {
    channel_to(None)
}

/// [`channel`], for a writer that writes to `direct`'s output, where the
/// notifier may also write at once.
pub fn channel_to(direct: Option<Arc<Direct>>) -> (Notifier, Queued) {
    let (frames, queued) = mpsc::channel(QUEUED_FRAMES);
    (Notifier { frames, direct }, Queued(queued))
}

impl Notifier {
    /// Writes `frames` at once, one after the other, on the calling
    /// thread, where nothing counted
    /// ([`Notifier::count`]) waits for the writer and the output takes them
    /// without blocking ([`Direct::write_now`]): `true` then. A message
    /// written so does not wake the output thread, one wake-up less
    /// between an edit and its diagnostics.
    pub fn write_now(&self, frames: &[Framed]) -> bool {
        self.direct
            .as_ref()
            .is_some_and(|direct| direct.write_now(frames))
    }

    /// Counts a message that goes through a queue to the writer after
    /// [`Notifier::write_now`] refused it: none is written at once before
    /// it is written ([`Notifier::done`]).
    pub fn count(&self) {
        if let Some(direct) = &self.direct {
            direct.pending.fetch_add(1, Ordering::SeqCst);
        }
    }

    /// Says that a message counted ([`Notifier::count`]) is written once
    /// what was sent through this notifier before is.
    pub async fn done(&self) {
        if self.direct.is_some() {
            let _ = self.frames.send(Outgoing::Done).await;
        }
    }

    /// Whether [`Notifier::write_now`] may write now: its output is shared
    /// and nothing counted waits for the writer (a message made to be
    /// written at once is made for nothing otherwise).
    pub fn may_write_now(&self) -> bool {
        self.direct
            .as_ref()
            .is_some_and(|direct| direct.pending.load(Ordering::SeqCst) == 0)
    }

    /// Sends a whole frame.
    pub async fn send(&self, framed: Framed) {
        let _ = self.frames.send(Outgoing::Framed(framed)).await;
    }

    /// Says that a message counted ([`Notifier::count`]) will not be
    /// written (a later one replaces it).
    pub fn dropped(&self) {
        if let Some(direct) = &self.direct {
            direct.pending.fetch_sub(1, Ordering::SeqCst);
        }
    }

    /// Sends the notification `N`; nothing happens once the output has
    /// ended.
    pub async fn notify<N: tower_lsp_server::ls_types::notification::Notification>(
        &self,
        params: N::Params,
    ) {
        if let Some(framed) = Framed::notify::<N>(&params) {
            self.send(framed).await;
        }
    }

    /// Sends the notification `method`, its parameters written as JSON by
    /// `params` (the diagnostics of a publish, kept serialized between
    /// publishes: see [`crate::to_proto::ColumnCache`]); the message is as
    /// [`Notifier::notify`] writes it.
    pub async fn notify_with(&self, method: &str, params: impl FnOnce(&mut Vec<u8>)) {
        // The body is written after room for its header, which goes there
        // once the body's length is known: the frame is not copied again
        // (a publish of a large document is megabytes).
        let framed = Framed::notification(method, params);
        let _ = self.frames.send(Outgoing::Framed(framed)).await;
    }

    /// Sends the notification `method`, its parameters written by `before`,
    /// then the bytes of `shared`, then those written by `after`: as
    /// [`Notifier::notify_with`] writes it, without copying `shared` (the
    /// diagnostics of a publish, shared with the cache they are kept in:
    /// see [`crate::to_proto::ColumnCache`]).
    pub async fn notify_shared(
        &self,
        method: &str,
        before: impl FnOnce(&mut Vec<u8>),
        shared: Arc<Vec<u8>>,
        after: impl FnOnce(&mut Vec<u8>),
    ) {
        let framed = Framed::shared(method, before, shared, after);
        let _ = self.frames.send(Outgoing::Framed(framed)).await;
    }
}

/// A whole frame: its header and the start of its body in `frame` from
/// `start` on, then the bytes of `shared` and of `tail`.
#[derive(Debug)]
pub struct Framed {
    frame: Vec<u8>,
    start: usize,
    shared: Option<Arc<Vec<u8>>>,
    tail: Vec<u8>,
}

impl Framed {
    /// The frame of the notification `method`, its parameters written as
    /// JSON by `params`, as [`Notifier::notify_with`] sends it.
    pub fn notification(method: &str, params: impl FnOnce(&mut Vec<u8>)) -> Framed {
        // The body is written after room for its header, which goes there
        // once the body's length is known: the frame is not copied again
        // (a publish of a large document is megabytes).
        let mut frame = notification_start(method);
        params(&mut frame);
        frame.push(b'}');
        Framed::whole(frame)
    }

    /// The frame of the notification `method`, its parameters written by
    /// `before`, then the bytes of `shared`, then those written by `after`,
    /// as [`Notifier::notify_shared`] sends it.
    pub fn shared(
        method: &str,
        before: impl FnOnce(&mut Vec<u8>),
        shared: Arc<Vec<u8>>,
        after: impl FnOnce(&mut Vec<u8>),
    ) -> Framed {
        let mut frame = notification_start(method);
        before(&mut frame);
        let mut tail = Vec::new();
        after(&mut tail);
        tail.push(b'}');
        let start = write_header(&mut frame, shared.len() + tail.len());
        Framed {
            frame,
            start,
            shared: Some(shared),
            tail,
        }
    }

    /// The frame of the notification `N`, as [`Notifier::notify`] writes
    /// it.
    pub fn notify<N: tower_lsp_server::ls_types::notification::Notification>(
        params: &N::Params,
    ) -> Option<Framed> {
        // Written straight from the parameters, without building a
        // `serde_json::Value` of them first.
        let body = serde_json::to_vec(&Notification {
            jsonrpc: "2.0",
            method: N::METHOD,
            params,
        })
        .ok()?;
        Some(Framed::body(&body))
    }

    /// The frame of a whole message body.
    pub fn body(body: &[u8]) -> Framed {
        let mut frame = Vec::with_capacity(HEADER_ROOM + body.len());
        frame.resize(HEADER_ROOM, 0);
        frame.extend_from_slice(body);
        Framed::whole(frame)
    }

    /// The frame of the body that follows [`HEADER_ROOM`] bytes of `frame`,
    /// its header written before it.
    fn whole(mut frame: Vec<u8>) -> Framed {
        let start = write_header(&mut frame, 0);
        Framed {
            frame,
            start,
            shared: None,
            tail: Vec::new(),
        }
    }

    /// Its bytes, in three pieces.
    fn pieces(&self) -> [&[u8]; 3] {
        let shared = self.shared.as_deref().map_or(&[][..], Vec::as_slice);
        [&self.frame[self.start..], shared, &self.tail]
    }
}

/// Room for a header, then the start of a notification's body up to its
/// parameters.
fn notification_start(method: &str) -> Vec<u8> {
    let mut frame = vec![0; HEADER_ROOM];
    frame.extend_from_slice(br#"{"jsonrpc":"2.0","method":"#);
    // A string always serializes.
    let _ = serde_json::to_writer(&mut frame, method);
    frame.extend_from_slice(br#","params":"#);
    frame
}

/// Room for the longest header (`Content-Length: ` and 20 digits).
const HEADER_ROOM: usize = "Content-Length: \r\n\r\n".len() + 20;

/// Writes the header of the body that follows [`HEADER_ROOM`] bytes of
/// `frame` (and goes on for `more` bytes after it) just before it; returns
/// where the header starts.
fn write_header(frame: &mut [u8], more: usize) -> usize {
    let header = format!(
        "Content-Length: {}\r\n\r\n",
        frame.len() - HEADER_ROOM + more
    );
    let start = HEADER_ROOM - header.len();
    frame[start..HEADER_ROOM].copy_from_slice(header.as_bytes());
    start
}

/// A notification to the client, as it is written.
#[derive(serde::Serialize)]
struct Notification<'a, P> {
    jsonrpc: &'static str,
    method: &'a str,
    params: P,
}

/// What goes to the writer.
#[derive(Debug)]
enum Outgoing {
    /// A whole message body, to be framed.
    Body(Vec<u8>),
    /// A whole frame.
    Framed(Framed),
    /// A message counted by a [`Notifier`] is written: the messages sent
    /// before this are.
    Done,
    /// The server's output has ended: nothing more will be written.
    End,
}

/// Writes frames to the client until the server's output ends. After a write
/// fails (the client went away), frames are still taken and dropped, so that
/// the server is never blocked on a full pipe and can stop. `direct` is
/// where the output is shared with notifiers that write at once (its count
/// of the messages they queued goes down with each [`Outgoing::Done`]).
async fn write_output<O>(
    mut queued: mpsc::Receiver<Outgoing>,
    mut output: O,
    direct: Option<Arc<Direct>>,
) where
    O: AsyncWrite + Unpin + Send + 'static,
{
    let mut broken = false;
    loop {
        let framed = match queued.recv().await {
            // (One write for the frame: the client reads it at once.)
            Some(Outgoing::Body(body)) if !broken => Framed::body(&body),
            Some(Outgoing::Body(_)) => continue,
            Some(Outgoing::Framed(framed)) => framed,
            Some(Outgoing::Done) => {
                if let Some(direct) = &direct {
                    direct.pending.fetch_sub(1, Ordering::SeqCst);
                }
                continue;
            }
            Some(Outgoing::End) | None => break,
        };
        if broken {
            continue;
        }
        let written = async {
            write_all_vectored(&mut output, &framed.pieces()).await?;
            output.flush().await
        };
        broken = written.await.is_err();
    }
}

/// Writes `pieces` one after the other, in as few writes as the output
/// takes (one `writev` where it can: the client reads the frame at once).
async fn write_all_vectored<O>(output: &mut O, pieces: &[&[u8]]) -> io::Result<()>
where
    O: AsyncWrite + Unpin,
{
    let mut slices: Vec<io::IoSlice<'_>> = pieces.iter().map(|p| io::IoSlice::new(p)).collect();
    let mut slices = &mut slices[..];
    io::IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        let written = output.write_vectored(slices).await?;
        if written == 0 {
            return Err(io::ErrorKind::WriteZero.into());
        }
        io::IoSlice::advance_slices(&mut slices, written);
    }
    Ok(())
}

/// Standard output written directly, without buffering, each write blocking
/// until the client has taken the bytes: for the writer, which runs on the
/// output thread (see [`crate::serve_with`]), where nothing else waits, and
/// for the messages written at once ([`Direct::write_now`]). Tokio's
/// standard output would hand each write to a blocking thread of its own and
/// wait for it, and Rust's standard output searches each frame for its last
/// line end (it is line-buffered) and copies it.
pub struct BlockingOutput(Arc<Direct>);

/// The output shared by the writer and the notifiers that write at once
/// ([`Notifier::write_now`]); each write holds it whole, so that frames
/// never mix.
#[derive(Debug)]
pub struct Direct {
    file: std::sync::Mutex<DirectFile>,
    /// How many messages counted by notifiers ([`Notifier::count`]) the
    /// writer has yet to write: none is written at once before them.
    pending: std::sync::atomic::AtomicUsize,
}

#[derive(Debug)]
struct DirectFile {
    file: std::fs::File,
    /// A write failed (the client went away): nothing more is written at
    /// once.
    broken: bool,
}

impl BlockingOutput {
    fn new(file: std::fs::File) -> BlockingOutput {
        BlockingOutput(Arc::new(Direct {
            file: std::sync::Mutex::new(DirectFile {
                file,
                broken: false,
            }),
            pending: Default::default(),
        }))
    }

    /// A handle of its own on the process's standard output.
    #[cfg(unix)]
    pub fn stdout() -> io::Result<BlockingOutput> {
        use std::os::fd::AsFd;
        let fd = io::stdout().as_fd().try_clone_to_owned()?;
        #[cfg(target_os = "linux")]
        widen_pipe(&fd);
        Ok(BlockingOutput::new(std::fs::File::from(fd)))
    }

    /// A handle of its own on the process's standard output.
    #[cfg(windows)]
    pub fn stdout() -> io::Result<BlockingOutput> {
        use std::os::windows::io::AsHandle;
        let handle = io::stdout().as_handle().try_clone_to_owned()?;
        Ok(BlockingOutput::new(std::fs::File::from(handle)))
    }

    /// The output, as notifiers write to it at once.
    pub fn direct(&self) -> Arc<Direct> {
        Arc::clone(&self.0)
    }

    /// Writes all of `bufs`, holding the output meanwhile.
    fn write_whole(&self, bufs: &[io::IoSlice<'_>]) -> io::Result<usize> {
        let mut out = self.0.file.lock().unwrap_or_else(|e| e.into_inner());
        let pieces: Vec<&[u8]> = bufs.iter().map(|b| &b[..]).collect();
        write_all_blocking(&mut out.file, &pieces)?;
        Ok(pieces.iter().map(|p| p.len()).sum())
    }
}

impl Direct {
    /// Writes `frames` now, on the calling thread, where no message
    /// counted by a notifier waits for the writer, the writer is not
    /// writing, no write failed, and the output is a pipe with room for
    /// them all (so that the write does not
    /// block: a client that writes without reading while the server writes
    /// must not stop the thread that analyses). `true` where they were
    /// written (or dropped, the client gone).
    fn write_now(&self, frames: &[Framed]) -> bool {
        if self.pending.load(Ordering::SeqCst) != 0 {
            return false;
        }
        // Not where the writer is writing: it may be waiting for the client
        // to read (a full pipe), and the thread that calls this holds the
        // documents' lock, which the thread that reads the client's
        // messages needs.
        let mut out = match self.file.try_lock() {
            Ok(out) => out,
            Err(std::sync::TryLockError::Poisoned(e)) => e.into_inner(),
            Err(std::sync::TryLockError::WouldBlock) => return false,
        };
        let len: usize = frames
            .iter()
            .flat_map(|f| f.pieces())
            .map(<[u8]>::len)
            .sum();
        if out.broken || self.pending.load(Ordering::SeqCst) != 0 || !pipe_room(&out.file, len) {
            return false;
        }
        for framed in frames {
            if write_all_blocking(&mut out.file, &framed.pieces()).is_err() {
                out.broken = true;
                break;
            }
        }
        true
    }
}

/// Whether `file` is a pipe that takes `len` bytes more without blocking:
/// its buffer less what the client has yet to read, and two pages (the pipe
/// fills pages, the last one written in part) must hold them.
#[cfg(target_os = "linux")]
fn pipe_room(file: &std::fs::File, len: usize) -> bool {
    const PAGE: usize = 4096;
    let (Ok(size), Ok(unread)) = (
        rustix::pipe::fcntl_getpipe_size(file),
        rustix::io::ioctl_fionread(file),
    ) else {
        return false;
    };
    usize::try_from(unread).is_ok_and(|unread| unread + len + 2 * PAGE <= size)
}

/// Elsewhere nothing is written at once: the writer writes it all.
#[cfg(not(target_os = "linux"))]
fn pipe_room(_: &std::fs::File, _: usize) -> bool {
    false
}

/// Writes `pieces` one after the other to `file`, blocking until all are.
fn write_all_blocking(file: &mut std::fs::File, pieces: &[&[u8]]) -> io::Result<()> {
    use std::io::Write;
    let mut slices: Vec<io::IoSlice<'_>> = pieces.iter().map(|p| io::IoSlice::new(p)).collect();
    let mut slices = &mut slices[..];
    io::IoSlice::advance_slices(&mut slices, 0);
    while !slices.is_empty() {
        match file.write_vectored(slices) {
            Ok(0) => return Err(io::ErrorKind::WriteZero.into()),
            Ok(written) => io::IoSlice::advance_slices(&mut slices, written),
            Err(e) if e.kind() == io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(())
}

/// Where standard output is a pipe (an editor's client, on Linux), makes
/// its buffer [`PIPE_BYTES`] long, or as long as the system lets the user
/// make it: a publish of a large document's findings (a 1 MB draft's 429
/// are 122 KB of JSON) then goes into the pipe in one write, where the
/// default 64 KB has the writer wait for the client to read the first part
/// (two more switches between the processes at each keystroke). Nothing
/// changes where standard output is not a pipe or the system refuses.
#[cfg(target_os = "linux")]
fn widen_pipe(fd: &std::os::fd::OwnedFd) {
    let mut bytes = PIPE_BYTES;
    while bytes > 64 << 10 {
        if rustix::pipe::fcntl_setpipe_size(fd, bytes).is_ok() {
            return;
        }
        bytes /= 2;
    }
}

/// The pipe buffer [`widen_pipe`] asks for: room for a 2 MB draft's
/// findings, and a small share of what Linux lets a user's pipes hold
/// together before it limits new ones (`pipe-user-pages-soft`, 64 MB by
/// default), so that many servers open at once starve no other program.
#[cfg(target_os = "linux")]
pub const PIPE_BYTES: usize = 256 << 10;

impl AsyncWrite for BlockingOutput {
    fn poll_write(
        self: std::pin::Pin<&mut Self>,
        _: &mut Context<'_>,
        buf: &[u8],
    ) -> Poll<io::Result<usize>> {
        Poll::Ready(self.write_whole(&[io::IoSlice::new(buf)]))
    }

    fn poll_write_vectored(
        self: std::pin::Pin<&mut Self>,
        _: &mut Context<'_>,
        bufs: &[io::IoSlice<'_>],
    ) -> Poll<io::Result<usize>> {
        Poll::Ready(self.write_whole(bufs))
    }

    fn is_write_vectored(&self) -> bool {
        true
    }

    fn poll_flush(self: std::pin::Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        // (Nothing is buffered.)
        Poll::Ready(Ok(()))
    }

    fn poll_shutdown(self: std::pin::Pin<&mut Self>, _: &mut Context<'_>) -> Poll<io::Result<()>> {
        Poll::Ready(Ok(()))
    }
}

/// Standard input as the server reads it: a pipe (what an editor gives a
/// server it starts) is read by the runtime's own thread when the operating
/// system says bytes have arrived; anything else (a terminal, a file) through
/// tokio's standard input, which reads on a blocking thread of its own and
/// wakes the runtime with each read: one more thread woken per message.
pub enum Input {
    #[cfg(unix)]
    Pipe(tokio::net::unix::pipe::Receiver),
    Other(tokio::io::Stdin),
}

impl Input {
    /// A handle of its own on the process's standard input; within a
    /// runtime, where a pipe is registered.
    pub fn stdin() -> Input {
        #[cfg(unix)]
        {
            use std::os::fd::AsFd;
            // `from_file` checks that it is a pipe and makes it
            // non-blocking (the pipe's end is the server's alone).
            let pipe = io::stdin()
                .as_fd()
                .try_clone_to_owned()
                .and_then(|fd| tokio::net::unix::pipe::Receiver::from_file(fd.into()));
            if let Ok(pipe) = pipe {
                return Input::Pipe(pipe);
            }
        }
        Input::Other(tokio::io::stdin())
    }
}

impl AsyncRead for Input {
    fn poll_read(
        self: std::pin::Pin<&mut Self>,
        cx: &mut Context<'_>,
        buf: &mut tokio::io::ReadBuf<'_>,
    ) -> Poll<io::Result<()>> {
        match self.get_mut() {
            #[cfg(unix)]
            Input::Pipe(pipe) => std::pin::Pin::new(pipe).poll_read(cx, buf),
            Input::Other(stdin) => std::pin::Pin::new(stdin).poll_read(cx, buf),
        }
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
        // Read into the buffer's spare room, which is neither zeroed nor
        // copied from a chunk of its own.
        self.buffer.reserve(1 << 16);
        let read = self.input.read_buf(&mut self.buffer).await?;
        if read == 0 {
            self.eof = true;
            return Ok(false);
        }
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
            if self.unread().len() >= length {
                let body = self.unread()[..length].to_vec();
                self.consume(length);
                return Ok(Some(Frame::Body(body)));
            }
            // The rest of the body is read straight into it, not through
            // the buffer: a 10 MB document is held once, not twice, and the
            // buffer does not keep the capacity afterwards. The body takes
            // its length at once (grown by doubling, it took up to twice
            // that, and copied itself at each step: 16.8 MB for the 10 MB
            // document's `didOpen`, the server's peak).
            let mut body = Vec::with_capacity(length);
            body.extend_from_slice(self.unread());
            self.consume(body.len());
            let mut chunk = [0u8; 1 << 16];
            while body.len() < length {
                let want = (length - body.len()).min(chunk.len());
                let read = self.input.read(&mut chunk[..want]).await?;
                if read == 0 {
                    self.eof = true;
                    return Ok(None);
                }
                body.extend_from_slice(&chunk[..read]);
            }
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

/// A message from the client, decoded.
#[derive(Debug, Clone, PartialEq)]
pub enum Incoming {
    /// A request or a notification, for the server.
    Request(Request),
    /// An answer to one of the server's requests.
    Response(Response),
}

/// What [`check_message`] found.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The message to pass on to the server, if any.
    pub message: Option<Incoming>,
    /// Frames to send the client (error answers, log messages).
    pub answers: Vec<Vec<u8>>,
    /// Whether the message is a `shutdown` request.
    pub shutdown: bool,
}

/// Whether a field is there, whatever its value; read without copying it.
#[derive(Default)]
struct Seen(bool);

impl<'de> Deserialize<'de> for Seen {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        serde::de::IgnoredAny::deserialize(deserializer).map(|_| Seen(true))
    }
}

/// The fields that tell an answer from a request, found without copying
/// the rest (a `didOpen` carries a whole document).
#[derive(Deserialize)]
struct Probe {
    #[serde(default)]
    id: Seen,
    #[serde(default)]
    result: Seen,
    #[serde(default)]
    error: Seen,
}

/// Decodes a message as `tower-lsp-server` would (an answer if it is one,
/// else a request), but copying the parameters once: its decoder buffers the
/// whole message before it tries each kind, then copies the parameters out
/// of that buffer.
fn decode(text: &str) -> serde_json::Result<Incoming> {
    let answer = may_be_answer(text)
        && serde_json::from_str::<Probe>(text)
            .is_ok_and(|probe| probe.id.0 && (probe.result.0 || probe.error.0));
    if answer {
        if let Ok(response) = serde_json::from_str::<Response>(text) {
            return Ok(Incoming::Response(response));
        }
    }
    serde_json::from_str::<Request>(text).map(Incoming::Request)
}

/// Whether the message `text` may be an answer: it holds a key `result` or
/// `error`, written as it is or with an escape (`"\u0072esult"`, the only
/// other way to write one of their letters). Most messages are requests or
/// notifications, told so without reading them twice ([`Probe`]).
fn may_be_answer(text: &str) -> bool {
    use memchr::memmem::find;
    let bytes = text.as_bytes();
    find(bytes, b"\"result\"").is_some()
        || find(bytes, b"\"error\"").is_some()
        || find(bytes, b"\\u").is_some()
}

/// Checks and decodes one message body.
pub fn check_message(body: Vec<u8>) -> Checked {
    let refuse = |code, reason, id| Checked {
        message: None,
        answers: vec![error_answer(code, reason, id)],
        shutdown: false,
    };
    let text = match std::str::from_utf8(&body) {
        Ok(text) => text,
        Err(error) => {
            let reason = format!("a message that is not UTF-8 (byte {})", error.valid_up_to());
            return refuse(ErrorCode::ParseError, reason, Id::Null);
        }
    };
    let (text, replaced) = replace_lone_surrogates(text);
    let replaced_text = match text {
        Cow::Owned(text) => Some(text),
        Cow::Borrowed(_) => None,
    };
    let mut body = replaced_text.map_or(body, String::into_bytes);
    let mut large = take_large_strings(&mut body);
    let text = match std::str::from_utf8(&body) {
        Ok(text) => text,
        // Not reached: the body was UTF-8, and only whole strings' contents
        // were replaced, by ASCII.
        Err(_) => {
            return refuse(
                ErrorCode::ParseError,
                "a message that is not UTF-8".to_owned(),
                Id::Null,
            )
        }
    };
    let decoded = decode(text).map(|message| match message {
        Incoming::Request(request) if !large.strings.is_empty() => {
            let (method, id, params) = request.into_parts();
            let mut builder = Request::build(method);
            if let Some(mut params) = params {
                large.put_back(&mut params);
                builder = builder.params(params);
            }
            if let Some(id) = id {
                builder = builder.id(id);
            }
            Incoming::Request(builder.finish())
        }
        message => message,
    });
    match decoded {
        Ok(message) => {
            drop(body);
            let mut answers = Vec::new();
            if replaced > 0 {
                answers.push(log_message(MessageType::WARNING, format!(
                    "the next message had {replaced} lone surrogate escape(s) (\\uD800 to \\uDFFF), not Unicode text: each became U+FFFD, also one UTF-16 unit"
                )));
            }
            if let Incoming::Request(request) = &message {
                if let Some(problem) = undecodable_sync(request) {
                    answers.push(log_message(MessageType::ERROR, problem));
                }
            }
            let shutdown = matches!(
                &message,
                Incoming::Request(request) if request.method() == "shutdown" && request.id().is_some()
            );
            Checked {
                message: Some(message),
                answers,
                shutdown,
            }
        }
        Err(_)
            if text.trim_start().starts_with('[')
                && serde_json::from_str::<Vec<Value>>(text).is_ok() =>
        {
            let reason = "a JSON-RPC batch (an array of messages): the Language Server Protocol has no batches, send each message in a frame of its own".to_owned();
            refuse(ErrorCode::InvalidRequest, reason, Id::Null)
        }
        // Valid JSON, but not a message (an invalid one, such as one nested
        // too deeply, is a parse error below).
        Err(error) if error.is_data() && serde_json::from_str::<Value>(text).is_ok() => {
            // JSON, but not a JSON-RPC message: answer with its id if it has one.
            let id = serde_json::from_str::<Value>(text)
                .ok()
                .and_then(|value| Id::deserialize(value.get("id")?).ok())
                .unwrap_or(Id::Null);
            let reason = format!("not a JSON-RPC 2.0 message: {error}");
            refuse(ErrorCode::InvalidRequest, reason, id)
        }
        Err(error) => {
            let error = serde_json::from_str::<Value>(text).err().unwrap_or(error);
            let reason = format!("a message that is not JSON: {error}");
            refuse(ErrorCode::ParseError, reason, Id::Null)
        }
    }
}

/// How long a string must be for [`take_large_strings`] to take it out of a
/// message before it is decoded.
const LARGE_STRING: usize = 1 << 16;

/// The large strings taken out of a message, and the text that stands for
/// each of them until the message is decoded.
struct Large {
    /// What a stand-in starts with, its number follows: a NUL and a random
    /// number, which no client can guess.
    marker: String,
    strings: Vec<Option<String>>,
}

impl Large {
    /// Puts the strings back where their stand-ins are in `value`.
    fn put_back(&mut self, value: &mut Value) {
        match value {
            Value::String(text) => {
                let taken = text
                    .strip_prefix(self.marker.as_str())
                    .and_then(|n| n.parse::<usize>().ok())
                    .and_then(|n| self.strings.get_mut(n)?.take());
                if let Some(taken) = taken {
                    *text = taken;
                }
            }
            Value::Array(items) => items.iter_mut().for_each(|item| self.put_back(item)),
            Value::Object(map) => map.values_mut().for_each(|item| self.put_back(item)),
            _ => {}
        }
    }
}

/// Takes the large strings out of the parameters of a large request (the
/// text of a `didOpen`, a whole-document `didChange`), each decoded into a
/// string of its own, and leaves a short stand-in in `body`: decoding the
/// message then holds a large text twice (the message and the text), not
/// four times (serde_json decodes a string with escapes into a buffer of its
/// size, then copies it into the value). Takes nothing from a small
/// message, from one that is not JSON, or from an answer; only string
/// values inside a member of the message (the parameters), never keys.
fn take_large_strings(body: &mut Vec<u8>) -> Large {
    use std::hash::BuildHasher;
    let nonce = std::collections::hash_map::RandomState::new().hash_one(body.len());
    let mut large = Large {
        marker: format!("\u{0}resolute-{nonce:016x}-"),
        strings: Vec::new(),
    };
    if body.len() < LARGE_STRING {
        return large;
    }
    // Only valid JSON (then strings are found by their quotes), and only a
    // request: answers keep the ordinary path.
    let request = serde_json::from_slice::<Probe>(body)
        .is_ok_and(|probe| !(probe.id.0 && (probe.result.0 || probe.error.0)))
        && serde_json::from_slice::<serde::de::IgnoredAny>(body).is_ok();
    if !request {
        return large;
    }
    let mut spans = Vec::new();
    let mut depth = 0usize;
    let mut i = 0;
    while i < body.len() {
        match body[i] {
            b'{' | b'[' => depth += 1,
            b'}' | b']' => depth = depth.saturating_sub(1),
            b'"' => {
                let mut end = i + 1;
                while let Some(at) = body
                    .get(end..)
                    .and_then(|rest| memchr::memchr2(b'"', b'\\', rest))
                {
                    end += at;
                    if body[end] == b'"' {
                        break;
                    }
                    end += 2;
                }
                if end >= body.len() {
                    // Not reached in valid JSON: a string without its end.
                    return large;
                }
                let key = body[end + 1..]
                    .iter()
                    .find(|b| !b.is_ascii_whitespace())
                    .is_some_and(|&b| b == b':');
                if depth >= 2 && !key && end - i > LARGE_STRING {
                    spans.push(i + 1..end);
                }
                i = end;
            }
            _ => {}
        }
        i += 1;
    }
    large.strings = vec![None; spans.len()];
    // From the last, so that the earlier spans stay where they are.
    for (n, span) in spans.into_iter().enumerate().rev() {
        if let Some(text) = unescape(&body[span.clone()]) {
            large.strings[n] = Some(text);
            let stand_in = format!("\\u0000{}{n}", &large.marker[1..]);
            body.splice(span, stand_in.into_bytes());
        }
    }
    large
}

/// The text of a JSON string's contents (between its quotes), or `None`
/// when an escape is not valid.
fn unescape(raw: &[u8]) -> Option<String> {
    let hex = |digits: &[u8]| -> Option<u32> {
        u32::from_str_radix(std::str::from_utf8(digits).ok()?, 16).ok()
    };
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let Some(at) = memchr::memchr(b'\\', &raw[i..]) else {
            out.extend_from_slice(&raw[i..]);
            break;
        };
        out.extend_from_slice(&raw[i..i + at]);
        i += at + 2;
        match *raw.get(i - 1)? {
            b'"' => out.push(b'"'),
            b'\\' => out.push(b'\\'),
            b'/' => out.push(b'/'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'u' => {
                let unit = hex(raw.get(i..i + 4)?)?;
                i += 4;
                let code = if (0xD800..0xDC00).contains(&unit) {
                    if raw.get(i..i + 2)? != b"\\u" {
                        return None;
                    }
                    let low = hex(raw.get(i + 2..i + 6)?)?;
                    if !(0xDC00..0xE000).contains(&low) {
                        return None;
                    }
                    i += 6;
                    0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else {
                    unit
                };
                let c = char::from_u32(code)?;
                out.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
            }
            _ => return None,
        }
    }
    String::from_utf8(out).ok()
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

    /// A body longer than what the first read brings is read into a buffer
    /// of its length (held once, not in a buffer grown to twice its size).
    #[tokio::test]
    async fn a_long_body_is_held_in_a_buffer_of_its_length() {
        let body = format!(r#"{{"text":"{}"}}"#, "x".repeat(3 << 20));
        let input = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        let frames = frames(input.as_bytes()).await;
        let [Frame::Body(read)] = &frames[..] else {
            panic!("one body expected");
        };
        assert_eq!(read, body.as_bytes());
        assert_eq!(read.capacity(), read.len());
    }

    /// An edit is the latest only where no edit read after it waits for
    /// its handler and nothing more was read.
    #[test]
    fn an_edit_is_the_latest_where_nothing_was_read_after_it() {
        let arrivals = Arrivals::default();
        arrivals.changes_waiting.fetch_add(2, Ordering::SeqCst);
        assert!(!arrivals.change_started());
        assert!(arrivals.change_started());
        arrivals.changes_waiting.fetch_add(1, Ordering::SeqCst);
        arrivals.more_read.store(true, Ordering::SeqCst);
        assert!(!arrivals.change_started());
        // (A handler called without its edit counted does not wrap.)
        arrivals.more_read.store(false, Ordering::SeqCst);
        assert!(arrivals.change_started());
        assert_eq!(arrivals.changes_waiting.load(Ordering::SeqCst), 0);
    }

    /// A message is written at once by the thread that made it only where
    /// nothing counted before it waits for the writer and the pipe has room
    /// for it: the client reads the messages in the order they were sent,
    /// each whole, and a message too long for the pipe goes to the writer.
    #[cfg(target_os = "linux")]
    #[tokio::test]
    async fn a_message_is_written_at_once_only_after_those_queued_before_it_and_where_the_pipe_takes_it(
    ) {
        use std::io::Read;
        let (read, write) = rustix::pipe::pipe().unwrap();
        rustix::pipe::fcntl_setpipe_size(&write, 64 << 10).unwrap();
        let output = BlockingOutput::new(std::fs::File::from(write));
        let direct = output.direct();
        let (notifier, Queued(queued)) = channel_to(Some(Arc::clone(&direct)));
        let writer = tokio::spawn(write_output(queued, output, Some(Arc::clone(&direct))));
        let message = |n: usize, size: usize| {
            format!(
                r#"{{"jsonrpc":"2.0","method":"m","params":[{n},"{}"]}}"#,
                "x".repeat(size)
            )
        };
        let mut expected = Vec::new();
        assert!(notifier.may_write_now());
        // Not while the writer writes (it may wait for the client).
        {
            let _writing = direct.file.lock().unwrap();
            assert!(!notifier.write_now(&[Framed::body(message(0, 10).as_bytes())]));
        }
        assert!(notifier.write_now(&[Framed::body(message(1, 10).as_bytes())]));
        expected.push(message(1, 10));
        // Queued and counted: nothing is written at once until it is.
        notifier.count();
        notifier.send(Framed::body(message(2, 10).as_bytes())).await;
        assert!(!notifier.may_write_now());
        assert!(!notifier.write_now(&[Framed::body(message(3, 10).as_bytes())]));
        expected.push(message(2, 10));
        notifier.count();
        notifier.send(Framed::body(message(3, 10).as_bytes())).await;
        notifier.done().await;
        expected.push(message(3, 10));
        notifier.done().await;
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
        while !notifier.may_write_now() {
            assert!(
                std::time::Instant::now() < deadline,
                "the writer counts down"
            );
            tokio::time::sleep(std::time::Duration::from_millis(1)).await;
        }
        // Longer than the pipe holds: refused (its sender queues it then).
        let long = message(4, 70_000);
        assert!(!notifier.write_now(&[Framed::body(long.as_bytes())]));
        // Two frames at once, after what was written.
        assert!(notifier.write_now(&[
            Framed::body(message(5, 10).as_bytes()),
            Framed::body(message(6, 10).as_bytes())
        ]));
        expected.push(message(5, 10));
        expected.push(message(6, 10));
        let _ = notifier.frames.send(Outgoing::End).await;
        writer.await.unwrap();
        let length: usize = expected
            .iter()
            .map(|m| format!("Content-Length: {}\r\n\r\n", m.len()).len() + m.len())
            .sum();
        let mut written = vec![0; length];
        std::fs::File::from(read).read_exact(&mut written).unwrap();
        let expected: Vec<Frame> = expected.iter().map(|m| body(m)).collect();
        assert_eq!(frames(&written).await, expected);
    }

    fn body(text: &str) -> Frame {
        Frame::Body(text.as_bytes().to_vec())
    }

    fn is_broken(frame: &Frame) -> bool {
        matches!(frame, Frame::Broken(_))
    }

    /// A body framed by the writer, a notification written after room for
    /// its header, and one whose middle is shared bytes read back as the
    /// bodies sent, whatever the number of digits of their lengths.
    #[tokio::test]
    async fn the_writer_frames_bodies_and_notifications_with_their_header_written_in_place_and_shared_bytes_after_it(
    ) {
        let (notifier, Queued(queued)) = channel();
        let (mut client, output) = tokio::io::duplex(1 << 20);
        let writer = tokio::spawn(write_output(queued, output, None));
        let mut expected = Vec::new();
        for size in [0usize, 7, 95, 1_000, 100_003] {
            let text = "x".repeat(size);
            let body = serde_json::to_vec(
                &serde_json::json!({ "jsonrpc": "2.0", "id": size, "result": text }),
            )
            .unwrap();
            let _ = notifier.frames.send(Outgoing::Body(body.clone())).await;
            expected.push(Frame::Body(body));
            notifier
                .notify_with("example/test", |params| {
                    params.extend_from_slice(format!("[\"{text}\"]").as_bytes())
                })
                .await;
            let notification =
                format!(r#"{{"jsonrpc":"2.0","method":"example/test","params":["{text}"]}}"#);
            expected.push(Frame::Body(notification.clone().into_bytes()));
            // The same with the text shared, not copied.
            notifier
                .notify_shared(
                    "example/test",
                    |params| params.extend_from_slice(b"[\""),
                    Arc::new(text.clone().into_bytes()),
                    |params| params.extend_from_slice(b"\"]"),
                )
                .await;
            expected.push(Frame::Body(notification.into_bytes()));
        }
        let _ = notifier.frames.send(Outgoing::End).await;
        writer.await.unwrap();
        let mut written = Vec::new();
        tokio::io::AsyncReadExt::read_to_end(&mut client, &mut written)
            .await
            .unwrap();
        assert!(
            written.starts_with(b"Content-Length: 36\r\n\r\n{"),
            "{:?}",
            &written[..40]
        );
        assert_eq!(frames(&written).await, expected);
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
    fn large_strings_are_decoded_as_serde_json_decodes_them() {
        // Every escape, a surrogate pair, non-ASCII text, quotes and
        // backslashes at the edges of the string.
        let piece = "\"a\\b/\u{8}\u{c}\n\r\t\u{1} é 中 😀 \u{7f} x\\";
        let text: String = piece.repeat(LARGE_STRING / piece.len() + 2);
        let key = "k".repeat(LARGE_STRING + 1);
        let long_method = "m".repeat(LARGE_STRING + 1);
        let messages = [
            json!({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///a.txt", "languageId": "resolution", "version": 1, "text": text}}}),
            json!({"jsonrpc": "2.0", "method": "m", "params": [text, "short", text, {key.clone(): text}]}),
            json!({"jsonrpc": "2.0", "id": 2, "method": "m", "params": {"a": text, "b": format!("\u{0}resolute-0-0{text}")}}),
            json!({"jsonrpc": "2.0", "method": long_method, "params": text}),
            json!({"jsonrpc": "2.0", "id": 3, "result": {"a": text}}),
        ];
        // The texts are taken out: the first, not the method, the key or
        // an answer's.
        let taken = |message: &Value| {
            let mut body = message.to_string().into_bytes();
            let large = take_large_strings(&mut body);
            (large.strings.len(), body.len())
        };
        assert!(matches!(taken(&messages[0]), (1, length) if length < 200));
        assert_eq!(taken(&messages[1]).0, 3);
        assert_eq!(taken(&messages[2]).0, 2);
        assert_eq!(taken(&messages[3]).0, 0);
        assert_eq!(taken(&messages[4]).0, 0);
        for message in messages {
            let body = message.to_string();
            // serde_json writes U+007F and the like as they are: escape one
            // the way a JavaScript client may.
            let body = body.replacen('中', "\\u4e2d", 1);
            let expected: Value = serde_json::from_str(&body).unwrap();
            let checked = check_message(body.into_bytes());
            assert!(checked.answers.is_empty(), "{:?}", checked.answers);
            let decoded = match checked.message {
                Some(Incoming::Request(request)) => serde_json::to_value(request).unwrap(),
                Some(Incoming::Response(response)) => serde_json::to_value(response).unwrap(),
                None => panic!("not decoded"),
            };
            assert!(decoded == expected, "decoded differently");
        }
        assert_eq!(
            unescape(br"a\u00e9\ud83d\ude00\n"),
            Some("aé😀\n".to_owned())
        );
        assert_eq!(unescape(br"\ud83d"), None);
        assert_eq!(unescape(br"\q"), None);
    }

    #[test]
    fn messages_are_checked_as_the_server_would_decode_them() {
        let ok = br#"{"jsonrpc":"2.0","id":1,"method":"shutdown"}"#;
        assert_eq!(
            check_message(ok.to_vec()),
            Checked {
                message: Some(Incoming::Request(serde_json::from_slice(ok).unwrap())),
                answers: vec![],
                shutdown: true
            }
        );
        let notification = br#"{"jsonrpc":"2.0","method":"initialized","params":{}}"#;
        let checked = check_message(notification.to_vec());
        assert!(
            matches!(&checked.message, Some(Incoming::Request(r)) if r.method() == "initialized")
                && !checked.shutdown
        );
        // Answers to the server's requests, successful or not, and with a
        // method too (an answer first, as `tower-lsp-server` decodes).
        for answer in [
            r#"{"jsonrpc":"2.0","id":3,"result":null}"#,
            r#"{"jsonrpc":"2.0","id":"a","error":{"code":-32601,"message":"no"}}"#,
            r#"{"jsonrpc":"2.0","id":4,"result":[1],"method":"x"}"#,
            r#"{"jsonrpc":"2.0","id":5,"\u0072esult":null}"#,
            r#"{"jsonrpc":"2.0","id":6,"err\u006Fr":{"code":1,"message":"no"},"method":"x"}"#,
        ] {
            assert!(may_be_answer(answer), "{answer}");
            let checked = check_message(answer.as_bytes().to_vec());
            assert!(
                matches!(&checked.message, Some(Incoming::Response(_))),
                "{answer}: {checked:?}"
            );
        }
        // Requests and notifications that name neither key are not read
        // as answers first.
        for message in [ok.as_slice(), notification] {
            assert!(!may_be_answer(std::str::from_utf8(message).unwrap()));
        }
        // A request whose parameters hold `id`, `result` and `error`.
        let request = r#"{"jsonrpc":"2.0","method":"m","params":{"id":1,"result":2,"error":3}}"#;
        let checked = check_message(request.as_bytes().to_vec());
        assert!(
            matches!(&checked.message, Some(Incoming::Request(r)) if r.params().unwrap()["result"] == 2)
        );

        let answer = |body: &[u8]| -> Value {
            let checked = check_message(body.to_vec());
            assert!(checked.message.is_none());
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
        let fine = check_message(change("3", "").into_bytes());
        assert!(
            fine.message.is_some() && fine.answers.is_empty(),
            "{fine:?}"
        );
        let ranged =
            r#""range":{"start":{"line":0,"character":1},"end":{"line":0,"character":2}},"#;
        assert!(check_message(change("3", ranged).into_bytes())
            .answers
            .is_empty());
        for (version, range) in [
            ("2147483648", ""),
            ("-2147483649", ""),
            ("1.5", ""),
            ("3", r#""range":{"start":{"line":-1,"character":0}},"#),
        ] {
            let checked = check_message(change(version, range).into_bytes());
            assert!(checked.message.is_some());
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
        let checked = check_message(lone.to_vec());
        let Some(Incoming::Request(request)) = checked.message else {
            panic!("{:?}", checked.message)
        };
        assert_eq!(request.params().unwrap()["t"], "\u{fffd}");
        assert_eq!(checked.answers.len(), 1);
    }
}
