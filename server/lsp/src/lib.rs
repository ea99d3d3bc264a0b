//! The Language Server Protocol layer of Resolute: it speaks JSON-RPC with an
//! editor and turns every request into calls to `resolute_core`.
//!
//! The crate is laid out as rust-analyzer and texlab are: [`server`] holds the
//! `LanguageServer` handlers, [`from_proto`] and [`to_proto`] convert between
//! protocol types and core types (positions are converted with the encoding
//! negotiated at `initialize`), and [`session`] keeps the open documents.
//! Standard output carries the protocol, so nothing in this crate may print.

#![deny(clippy::print_stdout, clippy::print_stderr)]

use std::io;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use tokio::io::{AsyncRead, AsyncWrite};
use tower_lsp_server::LspService;

pub mod base;
pub mod docx;
pub mod from_proto;
pub mod server;
pub mod session;
pub mod settings;
pub mod sync;
pub mod to_proto;
pub mod to_proto_navigation;
pub mod transport;
pub mod workspace;

pub use server::Backend;

/// The environment variable that arms the test hooks of [`run_stdio`] when
/// it is set to `1`.
pub const TEST_HOOKS_VARIABLE: &str = "RESOLUTE_TEST_HOOKS";

/// How to run the server.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Test-only switches, off in normal use: the `resolute/panic` request,
    /// and analyses that panic on texts containing
    /// [`sync::TEST_PANIC_ALWAYS`] or [`sync::TEST_PANIC_INCREMENTAL`]. The
    /// tests use them to show that a panic loses nothing.
    pub test_hooks: bool,
}

impl Options {
    /// The options the environment asks for: test hooks when
    /// `RESOLUTE_TEST_HOOKS=1`.
    pub fn from_env() -> Options {
        Options {
            test_hooks: std::env::var_os(TEST_HOOKS_VARIABLE).is_some_and(|v| v == "1"),
        }
    }
}

/// Serves the protocol on standard input and output until the client sends
/// `exit`, on a runtime of its own.
///
/// It returns an error when the runtime cannot be built, or when the client
/// exits (or closes standard input) without asking for `shutdown` first: the
/// specification wants exit code 1 then, and 0 after a proper shutdown.
pub fn run_stdio() -> io::Result<()> {
    // One thread reads standard input and serves the requests: the serving
    // task is the runtime's only one, and a thread that waits for the pipe
    // itself runs it as soon as bytes arrive. On a runtime of several
    // workers, a worker waited for the pipe and woke this thread, which
    // `block_on` parks apart from them: one thread's wake-up more before
    // each edit reached the document (the median keystroke over stdio
    // 0.62-0.71 ms before, 0.35-0.44 ms after, on two cores).
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let options = Options::from_env();
    let output = transport::BlockingOutput::stdout()?;
    let direct = Some(output.direct());
    let result = runtime
        .block_on(async { serve_direct(transport::Input::stdin(), output, options, direct).await });
    // Tokio reads standard input that is not a pipe on a blocking thread
    // that cannot be cancelled, and a client may keep its end open after
    // `exit`: do not wait for it.
    runtime.shutdown_background();
    result
}

/// Serves the protocol on `input` and `output` until the client sends `exit`
/// or closes `input`. Tests call this in-process with in-memory pipes.
///
/// The result is `Ok` only when the client asked for `shutdown` before leaving.
pub async fn serve<I, O>(input: I, output: O) -> io::Result<()>
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_with(input, output, Options::default()).await
}

/// [`serve`], with [`Options`].
pub async fn serve_with<I, O>(input: I, output: O, options: Options) -> io::Result<()>
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin + Send + 'static,
{
    serve_direct(input, output, options, None).await
}

/// [`serve_with`], where `output` is also `direct`, to which diagnostics
/// may be written at once by the thread that computed them
/// ([`transport::Notifier::write_now`]).
async fn serve_direct<I, O>(
    input: I,
    output: O,
    options: Options,
    direct: Option<Arc<transport::Direct>>,
) -> io::Result<()>
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin + Send + 'static,
{
    let shutdown_requested = Arc::new(AtomicBool::new(false));
    let flag = Arc::clone(&shutdown_requested);
    // The documents' analysis tasks run on a thread of their own: a task
    // woken by an edit on the thread that serves the requests would wait
    // there (tokio's LIFO slot cannot be stolen) until that thread had
    // computed every request the client sent with the edit (semantic
    // tokens, symbols, folding, code actions), which delayed new squiggles
    // by hundreds of milliseconds on a busy machine. (A keystroke that is
    // the latest edit read is analysed where it is applied: see
    // `Backend::did_change`.)
    let analysis = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("resolute-analysis")
        .enable_all()
        .build()?;
    let analysis_handle = analysis.handle().clone();
    // What goes to the client is written on a thread of its own, where the
    // diagnostics are also rendered: a publish queued by the analysis
    // thread is rendered and written there without waking another thread
    // (tokio's standard output would hand each write to a blocking thread).
    let output_runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .thread_name("resolute-output")
        .enable_all()
        .build()?;
    let output_handle = output_runtime.handle().clone();
    let (notifier, queued) = transport::channel_to(direct);
    let arrivals = Arc::new(transport::Arrivals::default());
    let edits = Arc::clone(&arrivals);
    let to_client = notifier.clone();
    let publisher_handle = output_handle.clone();
    let mut builder = LspService::build(move |client| {
        Backend::new(
            client,
            flag,
            analysis_handle,
            (to_client, &publisher_handle),
            edits.clone(),
        )
        .with_test_hooks(options.test_hooks)
    })
    .custom_method(server::custom::DOCUMENT_TEXT, Backend::document_text)
    .custom_method(server::custom::SET_TRACE, Backend::set_trace);
    if options.test_hooks {
        builder = builder
            .custom_method(server::custom::PANIC, Backend::deliberate_panic)
            .custom_method(server::custom::SLOW, Backend::slow_request);
    }
    let (service, socket) = builder.finish();
    transport::run(
        input,
        output,
        transport::CatchPanics(service),
        socket,
        (Arc::clone(&shutdown_requested), arrivals),
        (notifier, queued),
        &output_handle,
    )
    .await;
    // Ends the analysis tasks of documents still open.
    analysis.shutdown_background();
    output_runtime.shutdown_background();
    if shutdown_requested.load(Ordering::SeqCst) {
        Ok(())
    } else {
        Err(io::Error::other(
            "the client left without asking the server to shut down",
        ))
    }
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use serde_json::{json, Value};
    use tokio::io::{
        AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader, DuplexStream, ReadHalf, WriteHalf,
    };

    use super::*;

    /// The client's end of an in-process server.
    struct Client {
        reader: BufReader<ReadHalf<DuplexStream>>,
        writer: WriteHalf<DuplexStream>,
    }

    impl Client {
        async fn send(&mut self, message: Value) {
            let body = message.to_string();
            let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
            self.writer.write_all(framed.as_bytes()).await.unwrap();
        }

        async fn receive(&mut self) -> Value {
            let mut length = None;
            loop {
                let mut header = String::new();
                self.reader.read_line(&mut header).await.unwrap();
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
            serde_json::from_slice(&body).unwrap()
        }

        /// Reads messages until one satisfies `wanted`.
        async fn receive_until(&mut self, wanted: impl Fn(&Value) -> bool) -> Value {
            loop {
                let message = self.receive().await;
                if wanted(&message) {
                    return message;
                }
            }
        }
    }

    fn start() -> (Client, tokio::task::JoinHandle<io::Result<()>>) {
        let (client, server) = tokio::io::duplex(1 << 16);
        let (input, output) = tokio::io::split(server);
        let task = tokio::spawn(serve(input, output));
        let (reader, writer) = tokio::io::split(client);
        (
            Client {
                reader: BufReader::new(reader),
                writer,
            },
            task,
        )
    }

    async fn initialize(client: &mut Client) {
        client.send(json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}})).await;
        let answer = client.receive_until(|m| m["id"] == 1).await;
        assert_eq!(answer["result"]["serverInfo"]["name"], "resolute");
        client
            .send(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}))
            .await;
    }

    #[tokio::test]
    async fn exit_after_shutdown_succeeds() {
        tokio::time::timeout(Duration::from_secs(10), async {
            let (mut client, task) = start();
            initialize(&mut client).await;
            // A change to a document that was never opened is logged, not fatal.
            client
                .send(
                    json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                        "textDocument": {"uri": "file:///never-opened.txt", "version": 2},
                        "contentChanges": [{"text": "1.\tA."}],
                    }}),
                )
                .await;
            let log = client
                .receive_until(|m| {
                    m["method"] == "window/logMessage"
                        && m["params"]["message"]
                            .as_str()
                            .is_some_and(|s| s.contains("not open"))
                })
                .await;
            assert_eq!(log["params"]["type"], 2);
            client
                .send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
                .await;
            let answer = client.receive_until(|m| m["id"] == 2).await;
            assert_eq!(answer["result"], Value::Null);
            client
                .send(json!({"jsonrpc": "2.0", "method": "exit"}))
                .await;
            task.await.unwrap().unwrap();
        })
        .await
        .unwrap();
    }

    #[tokio::test]
    async fn handlers_that_log_after_the_input_ended_let_the_session_end() {
        // Found by the protocol fuzz target (an intermittent hang): the
        // client's input ends while handlers still run, and each of them
        // logs (a change to a document that was never opened). Their
        // messages must still be taken from the socket, or a handler waits
        // for room in it forever and the session never ends.
        let framed = |value: Value| {
            let body = value.to_string();
            format!("Content-Length: {}\r\n\r\n{body}", body.len())
        };
        let mut input = framed(
            json!({"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}),
        );
        input += &framed(json!({"jsonrpc": "2.0", "method": "initialized", "params": {}}));
        for version in 0..300 {
            input += &framed(
                json!({"jsonrpc": "2.0", "method": "textDocument/didChange", "params": {
                    "textDocument": {"uri": "file:///never-opened.txt", "version": version},
                    "contentChanges": [{"text": "1.\tA."}],
                }}),
            );
        }
        // (No `shutdown`: the handlers' logs would be dropped once it is
        // answered; without it, the session ends with an error.)
        let output = tokio::time::timeout(Duration::from_secs(60), async {
            let (mut from_server, to_client) = tokio::io::duplex(1 << 16);
            let read = async {
                let mut output = Vec::new();
                from_server.read_to_end(&mut output).await.unwrap();
                output
            };
            let (served, output) = tokio::join!(serve(input.as_bytes(), to_client), read);
            assert!(served.is_err(), "the client left without a shutdown");
            output
        })
        .await
        .expect("the session ends once the last handler has answered");
        // The logs of the handlers that ran went out (more than the socket
        // holds at once, which is what made the old loop wait forever).
        let output = String::from_utf8(output).unwrap();
        assert!(output.matches("not open: ignored").count() > 100);
    }

    #[tokio::test]
    async fn exit_right_after_shutdown_succeeds() {
        // Found by the protocol fuzz target: a client that sends `exit`
        // without waiting for the answer to `shutdown` had the shutdown
        // cancelled (tower-lsp-server cancels running requests on `exit`)
        // and the server exited with an error, though the specification
        // asks only that the shutdown request was received.
        tokio::time::timeout(Duration::from_secs(10), async {
            let (mut client, task) = start();
            initialize(&mut client).await;
            client
                .send(json!({"jsonrpc": "2.0", "id": 2, "method": "shutdown"}))
                .await;
            client
                .send(json!({"jsonrpc": "2.0", "method": "exit"}))
                .await;
            task.await.unwrap().unwrap();
        })
        .await
        .unwrap();
    }

    #[tokio::test]
    async fn exit_without_shutdown_is_an_error() {
        tokio::time::timeout(Duration::from_secs(10), async {
            let (mut client, task) = start();
            initialize(&mut client).await;
            client
                .send(json!({"jsonrpc": "2.0", "method": "exit"}))
                .await;
            assert!(task.await.unwrap().is_err());
        })
        .await
        .unwrap();
    }
}
