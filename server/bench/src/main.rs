//! The latency and memory harness of the language server. It is not a test:
//! it measures the release binary as an editor sees it and prints figures.
//!
//! ```text
//! cargo build --release -p resolute && cargo run --release -p resolute-bench
//! cargo run --release -p resolute-bench -- --keystrokes 300 --interval-ms 40
//! ```
//!
//! It spawns `target/release/resolute` (or `$RESOLUTE_BIN`) and measures, on
//! `../shared/corpus` (or `$RESOLUTE_CORPUS`):
//! - server start to `initialize` answered (the built-in catalog is loaded
//!   when the session is made, so it is included), over several starts;
//! - with a 1 MB document open (corpus texts concatenated, as the core
//!   benchmark builds them): single-character incremental `didChange`s at
//!   typing speed, then as fast as the pipe takes them, and for each the time
//!   from the change written to the `publishDiagnostics` of its version read
//!   (p50, p99, max); in the burst, how many versions were published and how
//!   long the last one took; and, as the floor under those figures, the round
//!   trip of a short line through `cat` at the same pace (what the machine
//!   takes to wake a process waiting for a pipe, and the writer again);
//! - the peak resident memory of the server (`VmHWM` in `/proc/PID/status`)
//!   with the 1 MB and the 10 MB document open;
//! - `resolute check` over the whole `../shared/corpus` tree (every
//!   language), in MB/s in both formats, and its peak resident memory
//!   against that of its largest files alone;
//! - in this process, on the core itself: a full analysis in MB/s of the
//!   1 MB and 10 MB English documents and of 1 MB of each language's
//!   parallel texts, and the cost of a one-character edit (median of many
//!   edits typed at one place) in the 1 MB and the 10 MB document;
//! - the machine (cores, processor) and its load average before and after.
//! - last, issue 19's targets, each next to its figure with met or not met
//!   (`targets.rs`), and the load average before and after.
//!
//! `--core-only` prints the machine and the core's figures and stops;
//! `--memory-only` the server's memory with the 10 MB document (peak and
//! current); `--latency-only` the typing-speed keystrokes in the 1 MB
//! document alone, and the pipe's round trip; `--instructions N` the
//! server's instructions per keystroke in the 1 MB document, counted by
//! callgrind over N keystrokes each waiting for its publish (see
//! docs/PERFORMANCE.md).
//!
//! See docs/PERFORMANCE.md for the figures and what they mean.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver};
use std::thread;
use std::time::{Duration, Instant};

use resolute_core::Document;
use serde_json::{json, Value};

/// The benchmark documents, built as the core benchmark builds them.
#[path = "../../core/benches/support/corpus.rs"]
mod corpus;
/// Where the keystrokes type, chosen as the core benchmark chooses it.
#[path = "../../core/benches/support/place.rs"]
mod place;
mod targets;

const URI: &str = "file:///tmp/resolute-bench/concatenated.txt";
const TIMEOUT: Duration = Duration::from_secs(120);

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The corpus next to the repository, or `$RESOLUTE_CORPUS` (another view of
/// it, such as `scripts/rotated-corpus.sh` makes: the same figures on texts
/// the comparisons were not measured on).
fn corpus_dir() -> PathBuf {
    std::env::var_os("RESOLUTE_CORPUS")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("../shared/corpus"))
}

fn server_binary() -> PathBuf {
    std::env::var_os("RESOLUTE_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|| repository().join("target/release/resolute"))
}

/// A message from the server and when its body was read.
struct Incoming {
    at: Instant,
    message: Value,
}

/// A running server.
struct Server {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Incoming>,
    next_id: i64,
}

impl Server {
    fn start() -> (Server, Instant) {
        Server::start_with(Command::new(server_binary()))
    }

    /// Starts the server as `command` runs it (under valgrind, say).
    fn start_with(mut command: Command) -> (Server, Instant) {
        let binary = server_binary();
        let started = Instant::now();
        let mut child = command
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!(
                    "cannot start {}: {e} (build it with `cargo build --release -p resolute`)",
                    binary.display()
                )
            });
        let stdout = child.stdout.take().expect("piped stdout");
        let stdin = child.stdin.take().expect("piped stdin");
        let (sender, incoming) = mpsc::channel();
        thread::spawn(move || {
            let mut reader = BufReader::with_capacity(1 << 20, stdout);
            while let Some(body) = read_body(&mut reader) {
                let at = Instant::now();
                let Ok(message) = serde_json::from_slice(&body) else {
                    break;
                };
                if sender.send(Incoming { at, message }).is_err() {
                    break;
                }
            }
        });
        let server = Server {
            child,
            stdin,
            incoming,
            next_id: 1,
        };
        (server, started)
    }

    fn send(&mut self, message: &Value) -> Instant {
        let body = message.to_string();
        let framed = format!("Content-Length: {}\r\n\r\n{body}", body.len());
        self.stdin
            .write_all(framed.as_bytes())
            .and_then(|()| self.stdin.flush())
            .expect("the server reads its input");
        Instant::now()
    }

    fn notify(&mut self, method: &str, params: Value) -> Instant {
        self.send(&json!({"jsonrpc": "2.0", "method": method, "params": params}))
    }

    /// Sends a request; returns when its answer was read.
    fn request(&mut self, method: &str, params: Value) -> Instant {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({"jsonrpc": "2.0", "id": id, "method": method, "params": params}));
        loop {
            let incoming = self.receive();
            if incoming.message["id"] == id {
                return incoming.at;
            }
        }
    }

    /// Reads what the server sends until it has sent nothing for `quiet`.
    fn settle(&self, quiet: Duration) {
        while self.incoming.recv_timeout(quiet).is_ok() {}
    }

    fn receive(&self) -> Incoming {
        self.incoming
            .recv_timeout(TIMEOUT)
            .expect("the server answers within the deadline")
    }

    /// The versions of the document's `publishDiagnostics` read until
    /// `version` is published, with when each was read.
    fn published_until(&self, version: i64) -> Vec<(i64, Instant, usize)> {
        let mut published = Vec::new();
        loop {
            let incoming = self.receive();
            if incoming.message["method"] != "textDocument/publishDiagnostics"
                || incoming.message["params"]["uri"] != URI
            {
                continue;
            }
            let params = &incoming.message["params"];
            let v = params["version"].as_i64().unwrap_or(-1);
            let count = params["diagnostics"].as_array().map_or(0, Vec::len);
            published.push((v, incoming.at, count));
            if v >= version {
                return published;
            }
        }
    }

    fn initialize(&mut self) -> Instant {
        let at = self.request(
            "initialize",
            json!({"processId": null, "rootUri": null, "capabilities": {}}),
        );
        self.notify("initialized", json!({}));
        at
    }

    fn open(&mut self, text: &str) -> usize {
        self.notify(
            "textDocument/didOpen",
            json!({"textDocument": {"uri": URI, "languageId": "resolution", "version": 1, "text": text}}),
        );
        self.published_until(1).last().map_or(0, |p| p.2)
    }

    /// Peak and current resident memory, in KiB.
    fn memory(&self) -> (u64, u64) {
        let status = std::fs::read_to_string(format!("/proc/{}/status", self.child.id()))
            .unwrap_or_default();
        let field = |name: &str| {
            status
                .lines()
                .find_map(|l| l.strip_prefix(name))
                .and_then(|rest| rest.split_whitespace().next())
                .and_then(|n| n.parse().ok())
                .unwrap_or(0)
        };
        (field("VmHWM:"), field("VmRSS:"))
    }

    fn stop(mut self) {
        self.request("shutdown", Value::Null);
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(10));
        }
        let _ = self.child.kill();
    }
}

fn read_body(reader: &mut impl BufRead) -> Option<Vec<u8>> {
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
        if let Some(value) = header.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    Some(body)
}

/// The line and UTF-16 column where typing happens: 40 characters into the
/// first long paragraph line past the middle of the text (as in the core
/// benchmark), which must be ASCII up to there.
fn typing_position(text: &str) -> (u32, u32) {
    let lines: Vec<&str> = text.split('\n').collect();
    let start = lines.len() / 2;
    let line = (start..lines.len())
        .find(|&i| {
            lines[i].len() > 80 && lines[i].is_char_boundary(40) && lines[i][..40].is_ascii()
        })
        .unwrap_or(start);
    (line as u32, 40)
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let index = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[index.min(sorted.len() - 1)]
}

fn micros(d: Duration) -> String {
    format!("{:.0} µs", d.as_secs_f64() * 1e6)
}

/// Sends `count` single-character insertions at `at`, `interval` apart (none
/// for a burst), then reads the publishes; prints the latencies of the
/// versions published.
fn keystrokes(
    server: &mut Server,
    at: (u32, u32),
    first_version: i64,
    count: usize,
    interval: Duration,
    label: &str,
) -> i64 {
    let mut sent: HashMap<i64, Instant> = HashMap::with_capacity(count);
    let switches_before = context_switches(server.child.id());
    let mut version = first_version;
    let mut published = Vec::new();
    let mut next = Instant::now();
    for i in 0..count {
        version += 1;
        let column = at.1 + i as u32;
        let position = json!({"line": at.0, "character": column});
        let written = server.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": {"start": position, "end": position}, "text": "x"}],
            }),
        );
        sent.insert(version, written);
        if !interval.is_zero() {
            // Read what came meanwhile, then wait for the next keystroke.
            next += interval;
            while let Some(left) = next.checked_duration_since(Instant::now()) {
                match server.incoming.recv_timeout(left) {
                    Ok(incoming) => {
                        if incoming.message["method"] == "textDocument/publishDiagnostics" {
                            let v = incoming.message["params"]["version"].as_i64().unwrap_or(-1);
                            published.push((v, incoming.at, 0));
                        }
                    }
                    Err(_) => break,
                }
            }
        }
    }
    let burst_end = Instant::now();
    if published.last().is_none_or(|p| p.0 < version) {
        published.extend(server.published_until(version));
    }
    let mut latencies: Vec<Duration> = published
        .iter()
        .filter_map(|(v, read, _)| sent.get(v).map(|w| read.duration_since(*w)))
        .collect();
    latencies.sort();
    if label == "typing speed" {
        let p = |q| percentile(&latencies, q);
        targets::note(|f| f.stdio_1mb = Some((p(0.5), p(0.99))));
    }
    println!(
        "{label}: {count} changes, {} versions published; didChange written -> publishDiagnostics read: p50 {}, p99 {}, max {}",
        latencies.len(),
        micros(percentile(&latencies, 0.5)),
        micros(percentile(&latencies, 0.99)),
        micros(latencies.last().copied().unwrap_or_default()),
    );
    if let (Some(before), Some(after)) = (switches_before, context_switches(server.child.id())) {
        println!(
            "{label}: {:.1} context switches of the server's threads a change ({} threads)",
            (after.0 - before.0) as f64 / count as f64,
            after.1,
        );
    }
    if interval.is_zero() {
        let last = published.last().map(|p| p.1).unwrap_or(burst_end);
        println!(
            "{label}: all {count} changes written in {}; final version published {} after the last was written",
            micros(burst_end.duration_since(*sent.get(&(first_version + 1)).unwrap_or(&burst_end))),
            micros(last.saturating_duration_since(sent[&version])),
        );
    }
    version
}

/// The round trip of a short line written to `cat` and read back through
/// pipes, `count` times `interval` apart: what the machine itself takes to
/// wake a process that waits for a pipe and to wake the writer again (on a
/// virtual machine, its tail is the hypervisor's), the floor under the
/// keystroke's latency over stdio measured the same way. Prints p50, p99
/// and the longest; nothing where `cat` cannot be started.
fn pipe_floor(count: usize, interval: Duration) {
    let Ok(mut child) = Command::new("cat")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
    else {
        println!("pipe round trip: cat cannot be started");
        return;
    };
    let (Some(mut stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
        return;
    };
    let mut reader = BufReader::new(stdout);
    let mut line = String::new();
    let mut times = Vec::with_capacity(count);
    let mut next = Instant::now();
    for _ in 0..count {
        next += interval;
        if let Some(wait) = next.checked_duration_since(Instant::now()) {
            thread::sleep(wait);
        }
        let written = Instant::now();
        line.clear();
        if stdin.write_all(b"x\n").is_err() || reader.read_line(&mut line).is_err() {
            break;
        }
        times.push(written.elapsed());
    }
    drop(stdin);
    let _ = child.wait();
    times.sort();
    let p = |q| percentile(&times, q);
    targets::note(|f| f.pipe_floor = Some((p(0.5), p(0.99))));
    println!(
        "pipe round trip (a line through cat, {} times {} ms apart): p50 {}, p99 {}, max {}",
        times.len(),
        interval.as_millis(),
        micros(p(0.5)),
        micros(p(0.99)),
        micros(times.last().copied().unwrap_or_default()),
    );
}

/// The context switches (voluntary and not) of all the threads of process
/// `pid` so far, and how many threads it has: how many times its threads
/// were woken, which, unlike latencies, hardly depends on the machine's
/// load. `None` where `/proc` cannot tell.
fn context_switches(pid: u32) -> Option<(u64, usize)> {
    let tasks = std::fs::read_dir(format!("/proc/{pid}/task")).ok()?;
    let (mut total, mut threads) = (0, 0);
    for task in tasks.flatten() {
        let Ok(status) = std::fs::read_to_string(task.path().join("status")) else {
            continue;
        };
        threads += 1;
        total += status
            .lines()
            .filter(|l| {
                l.starts_with("voluntary_ctxt_switches")
                    || l.starts_with("nonvoluntary_ctxt_switches")
            })
            .filter_map(|l| l.split_whitespace().nth(1)?.parse::<u64>().ok())
            .sum::<u64>();
    }
    Some((total, threads))
}

fn startup(runs: usize) {
    let mut times = Vec::new();
    for _ in 0..runs {
        let (mut server, started) = Server::start();
        let answered = server.initialize();
        times.push(answered.duration_since(started));
        server.stop();
    }
    times.sort();
    println!(
        "start -> initialize answered ({runs} starts): median {}, max {}",
        micros(percentile(&times, 0.5)),
        micros(times.last().copied().unwrap_or_default())
    );
}

/// `resolute check` over the whole corpus tree: see [`targets::check_tree`].
fn check_corpus(runs: usize) {
    targets::check_tree(&server_binary(), &corpus_dir(), runs);
}

/// The load average over the last minute, from `/proc/loadavg`.
fn load_average() -> String {
    std::fs::read_to_string("/proc/loadavg")
        .ok()
        .and_then(|l| l.split_whitespace().next().map(str::to_string))
        .unwrap_or_else(|| "unknown".into())
}

fn machine() {
    let cores = thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split(':').nth(1))
                .map(|m| m.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".into());
    println!(
        "machine: {cores} cores ({model}); load average {}",
        load_average()
    );
}

/// Up to `size` bytes of one language's texts of `corpus/parallel`, in
/// symbol order, each followed by a line break.
fn parallel_texts(language: &str, size: usize) -> String {
    let mut folders: Vec<PathBuf> = std::fs::read_dir(corpus_dir().join("parallel"))
        .expect("corpus/parallel is next to the repository")
        .map(|e| e.expect("a readable folder").path())
        .filter(|p| p.is_dir())
        .collect();
    folders.sort();
    let mut out = String::new();
    'fill: loop {
        for folder in &folders {
            if let Ok(text) = std::fs::read_to_string(folder.join(format!("{language}.txt"))) {
                out.push_str(&text);
                out.push('\n');
                if out.len() >= size {
                    break 'fill;
                }
            }
        }
    }
    out
}

/// The processor time this thread has used (the first field of
/// `/proc/thread-self/schedstat`, in nanoseconds): unlike the wall clock, it
/// does not grow when other processes take the cores. Zero where the file is
/// missing.
fn thread_cpu_time() -> Duration {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .map_or(Duration::ZERO, Duration::from_nanos)
}

/// The median wall time of `runs` calls of `f`, and their mean processor
/// time (the processor clock is read around all of them: it advances in
/// steps too coarse for one edit).
fn measured(runs: usize, mut f: impl FnMut(usize)) -> (Duration, Duration) {
    let cpu = thread_cpu_time();
    let mut wall: Vec<Duration> = (0..runs)
        .map(|i| {
            let started = Instant::now();
            f(i);
            started.elapsed()
        })
        .collect();
    let cpu = thread_cpu_time().saturating_sub(cpu) / runs.max(1) as u32;
    wall.sort();
    (percentile(&wall, 0.5), cpu)
}

fn mb_per_s(bytes: usize, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

/// The median wall time and the mean processor time of a full analysis of
/// `text` over `runs` runs.
fn full_analysis(text: &str, runs: usize) -> (Duration, Duration) {
    measured(runs, |_| {
        std::hint::black_box(Document::new(text));
    })
}

/// The median wall time and the mean processor time of a one-character
/// edit, each analysed before the next: `letter` typed and deleted in turn
/// (so the line stays as it is) where it changes no reading of the line,
/// chosen as the core's benchmarks choose it (`benches/support/place.rs`).
/// `lines_1mb` is the line count of the 1 MB document a larger one begins
/// with: the larger one then types into the copy of the same line, like
/// with like. The processor clock advances in steps of a few milliseconds,
/// so `edits` must make the whole run last many of them.
fn keystroke_cost(
    text: &str,
    lines_1mb: Option<usize>,
    letter: &str,
    edits: usize,
) -> (Duration, Duration) {
    keystroke_cost_at(text, lines_1mb, place::quiet_place, letter, edits)
}

/// [`keystroke_cost`] of `letter` typed and deleted at the place `find`
/// chooses.
fn keystroke_cost_at(
    text: &str,
    lines_1mb: Option<usize>,
    find: Find,
    letter: &str,
    edits: usize,
) -> (Duration, Duration) {
    let mut document = Document::new(text);
    let lines = lines_1mb.unwrap_or(document.lines().len());
    let Some(place) = place::place_like_1mb(&document, lines, find) else {
        return (Duration::ZERO, Duration::ZERO);
    };
    let at = place::char_index(&document, place);
    let end = at + letter.chars().count();
    let mut keystroke = |i: usize| {
        if i % 2 == 0 {
            document.edit(at..at, letter);
        } else {
            document.edit(at..end, "");
        }
        std::hint::black_box(document.diagnostics().len());
    };
    // (`edits` is the fewest; enough more for the run to last some 300 ms
    // of the processor's coarse clock, as twenty keystrokes say.)
    let started = Instant::now();
    (0..20).for_each(&mut keystroke);
    let each = started.elapsed() / 20;
    let enough = (Duration::from_millis(300).as_nanos() / each.as_nanos().max(1)) as usize;
    measured(edits.max(enough.min(100_000)) & !1, keystroke)
}

/// Where a keystroke benchmark types in a document, from a line on.
type Find = fn(&Document, usize) -> Option<(usize, usize)>;

/// The keystrokes that change what the document-level rules read, with
/// where each is typed and what: issue 19's keystroke targets hold for
/// every keystroke, not only for the one that changes no reading.
const STRUCTURAL: [(&str, Find, &str); 5] = [
    (
        "a letter at the end of a paragraph's verb",
        place::opening_place,
        "x",
    ),
    (
        "a new line after a paragraph",
        place::paragraph_end_place,
        "\n",
    ),
    (
        "a letter after a paragraph's last mark",
        place::paragraph_end_place,
        "x",
    ),
    (
        "a footnote marker after a paragraph's last mark",
        place::paragraph_end_place,
        "7",
    ),
    (
        "a digit added to a paragraph's number",
        place::number_place,
        "1",
    ),
];

/// The time of a keystroke (a letter typed and deleted) in each paragraph
/// of the shared texts of 1 MB of each language's parallel texts
/// (`languages`: code, letter of the script, text): the same paragraphs in
/// every language, issue 17's comparison (`place::SharedPlaces`, the
/// core's `keystrokes-aligned` benchmark). First, the keystroke in each
/// paragraph in turn: each is the first in its line after one in another
/// line; then later, each after one typed there. One pass first,
/// unmeasured: the rope's leaves split where a keystroke first lands,
/// once. The languages are measured in turn, round after round (each
/// round starting with the next language), and each figure is the median
/// of its rounds' wall times: a comparison to within a percent needs what
/// drifts on the machine (its clock, its other work) to fall on every
/// language alike, which one language measured after another does not
/// see to (nor the processor clock, which advances in steps of a few
/// milliseconds). Then, the same way, the keystrokes spread over the same
/// lines (`place::SharedPlaces::spread`), each in turn. Returns the
/// figures of each language.
fn aligned_keystrokes(
    languages: &[(&str, &str, String)],
    shared: &place::SharedPlaces,
) -> Vec<Aligned> {
    let mut typed: Vec<(Document, Vec<usize>, Vec<usize>, &str)> = languages
        .iter()
        .map(|(language, letter, text)| {
            let document = Document::new(text);
            let places = shared.places(&corpus_dir(), &document, language);
            let spread = shared.spread(&corpus_dir(), &document, language);
            (document, places, spread, *letter)
        })
        .collect();
    let keystroke = |document: &mut Document, at: usize, letter: &str| {
        document.edit(at..at, letter);
        document.edit(at..at + letter.chars().count(), "");
    };
    for (document, places, spread, letter) in &mut typed {
        for &at in places.iter().chain(spread.iter()) {
            keystroke(document, at, letter);
        }
    }
    // (About 8,300 keystrokes, some 50 ms, a language and round for the
    // first keystrokes, and as many for the spread ones, however many
    // places: the passes over them as many in every language.)
    const ROUNDS: usize = 15;
    const KEYSTROKES: usize = 8_300;
    let passes = |places: &Vec<usize>| (KEYSTROKES / places.len().max(1)).max(1);
    let (first_passes, spread_passes) = (passes(&typed[0].1), passes(&typed[0].2));
    let mut first = vec![Vec::with_capacity(ROUNDS); typed.len()];
    let mut later = vec![Vec::with_capacity(ROUNDS); typed.len()];
    let mut spread_times = vec![Vec::with_capacity(ROUNDS); typed.len()];
    for round in 0..ROUNDS {
        for k in 0..typed.len() {
            let i = (k + round) % typed.len();
            let (document, places, spread, letter) = &mut typed[i];
            let count = (first_passes * places.len()).max(1) as u32;
            let started = Instant::now();
            for _ in 0..first_passes {
                for &at in places.iter() {
                    keystroke(document, at, letter);
                }
            }
            let once = started.elapsed() / count;
            let started = Instant::now();
            for _ in 0..first_passes {
                for &at in places.iter() {
                    keystroke(document, at, letter);
                    keystroke(document, at, letter);
                }
            }
            let twice = started.elapsed() / count;
            first[i].push(once);
            later[i].push(twice.saturating_sub(once));
            let count = (spread_passes * spread.len()).max(1) as u32;
            let started = Instant::now();
            for _ in 0..spread_passes {
                for &at in spread.iter() {
                    keystroke(document, at, letter);
                }
            }
            spread_times[i].push(started.elapsed() / count);
        }
    }
    let median = |mut times: Vec<Duration>| {
        times.sort_unstable();
        times[times.len() / 2]
    };
    first
        .into_iter()
        .zip(later)
        .zip(spread_times)
        .zip(&typed)
        .map(
            |(((first, later), spread), (_, places, spread_places, _))| Aligned {
                first: median(first),
                later: median(later),
                spread: median(spread),
                paragraphs: places.len(),
                spread_places: spread_places.len(),
            },
        )
        .collect()
}

/// What [`aligned_keystrokes`] measured in one language: the median time
/// of a keystroke first in its line, of a later one, and of one spread over
/// the lines, and in how many paragraphs and places.
struct Aligned {
    first: Duration,
    later: Duration,
    spread: Duration,
    paragraphs: usize,
    spread_places: usize,
}

/// `wall (processor)`, in the unit that suits them.
fn both(t: (Duration, Duration)) -> String {
    let show = |d: Duration| {
        if d >= Duration::from_millis(10) {
            format!("{:.1} ms", d.as_secs_f64() * 1e3)
        } else {
            micros(d)
        }
    };
    format!("{} (processor {})", show(t.0), show(t.1))
}

fn core_figures() {
    for (name, size) in [("1 MB", 1usize << 20), ("10 MB", 10 << 20)] {
        let text = corpus::concatenated(&corpus_dir(), size);
        let full = full_analysis(&text, if size > 2 << 20 { 5 } else { 20 });
        let lines_1mb = (size > 1 << 20).then(|| {
            Document::new(&corpus::concatenated(&corpus_dir(), 1 << 20))
                .lines()
                .len()
        });
        let keystroke = keystroke_cost(&text, lines_1mb, "x", 20_000);
        targets::note(|f| match size {
            s if s == 1 << 20 => f.keystroke_1mb = Some(keystroke),
            _ => f.keystroke_10mb = Some(keystroke),
        });
        // The keystrokes that change what the document-level rules read.
        let edits = 100;
        for (kind, find, letter) in STRUCTURAL {
            let cost = keystroke_cost_at(&text, lines_1mb, find, letter, edits);
            println!("core, English {name}: {kind}: {}", both(cost));
            targets::note(
                |f| match f.structural.iter_mut().find(|(k, ..)| *k == kind) {
                    Some(entry) if size > 1 << 20 => entry.2 = Some(cost),
                    Some(_) => {}
                    None => f.structural.push((kind, cost, None)),
                },
            );
        }
        println!(
            "core, English {name}: full analysis {} = {:.0} MB/s ({:.0} MB/s of processor time); one-character edit {}",
            both(full),
            mb_per_s(text.len(), full.0),
            mb_per_s(text.len(), full.1),
            both(keystroke)
        );
    }
    let languages: Vec<(&str, &str, String)> = [
        ("en", "x"),
        ("fr", "x"),
        ("es", "x"),
        ("ar", "\u{628}"),
        ("zh", "\u{7684}"),
        ("ru", "\u{436}"),
    ]
    .into_iter()
    .map(|(language, letter)| (language, letter, parallel_texts(language, 1 << 20)))
    .collect();
    for (language, letter, text) in &languages {
        let full = full_analysis(text, 20);
        targets::note(|f| {
            let mb = |d| mb_per_s(text.len(), d);
            f.full.push((language, mb(full.0), mb(full.1)));
        });
        println!(
            "core, parallel texts, {language}, {} bytes: full analysis {} = {:.0} MB/s ({:.0} MB/s of processor time); one-character edit {}",
            text.len(),
            both(full),
            mb_per_s(text.len(), full.0),
            mb_per_s(text.len(), full.1),
            both(keystroke_cost(text, None, letter, 20_000))
        );
    }
    let shared = place::SharedPlaces::new(&corpus_dir());
    let typed = aligned_keystrokes(&languages, &shared);
    for ((language, ..), a) in languages.iter().zip(&typed) {
        targets::note(|f| f.aligned.push((language, a.first, a.later, a.spread)));
        println!(
            "core, parallel texts, {language}: a keystroke in each of {} paragraphs of {} texts (the lines where every language has a place, in the texts all six versions write on as many lines; issue 17), median of the rounds: {:.2} µs the first in its line, {:.2} µs later; spread over those lines ({} places): {:.2} µs",
            a.paragraphs,
            shared.texts(),
            a.first.as_secs_f64() * 1e6,
            a.later.as_secs_f64() * 1e6,
            a.spread_places,
            a.spread.as_secs_f64() * 1e6,
        );
    }
}

/// The bytes of every text `resolute check` reads under `dir`.
pub(crate) fn tree_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| {
                    let path = e.path();
                    if path.is_dir() {
                        tree_bytes(&path)
                    } else if path.extension().is_some_and(|x| {
                        ["txt", "resolution", "md"].contains(&&*x.to_string_lossy())
                    }) {
                        e.metadata().map_or(0, |m| m.len())
                    } else {
                        0
                    }
                })
                .sum()
        })
        .unwrap_or(0)
}

/// `--memory-only`: the resident memory of the server with the 10 MB
/// document open, peak (`VmHWM`) and current (`VmRSS`, also a second after
/// the diagnostics were published: an allocator may return freed memory
/// late), above two baselines: the server without a document, and the same
/// server once a small document (100 KB) has been opened, analysed and
/// closed. The second excludes what any first document costs whatever its
/// size (the patterns compiled on first use and their caches, the other
/// languages' data), which is not proportional to the document.
fn memory_only() {
    let text = corpus::concatenated(&corpus_dir(), 10 << 20);
    let small = corpus::concatenated(&corpus_dir(), 100 << 10);
    for warmed in [false, true] {
        let (mut server, _) = Server::start();
        server.initialize();
        if warmed {
            server.open(&small);
            server.notify(
                "textDocument/didClose",
                json!({"textDocument": {"uri": URI}}),
            );
            // A request answered after the close: the close has been handled.
            server.request(
                "textDocument/hover",
                json!({"textDocument": {"uri": URI}, "position": {"line": 0, "character": 0}}),
            );
        }
        let (base_peak, base_now) = server.memory();
        let baseline = if warmed {
            format!(
                "after a {} KB document was opened and closed",
                small.len() >> 10
            )
        } else {
            "without a document".to_owned()
        };
        println!("server {baseline}: peak RSS {base_peak} KiB, RSS now {base_now} KiB");
        let opened = Instant::now();
        server.open(&text);
        let elapsed = opened.elapsed();
        let (peak, now) = server.memory();
        thread::sleep(Duration::from_secs(1));
        let (_, later) = server.memory();
        let times =
            |kib: u64, base: u64| (kib.saturating_sub(base) * 1024) as f64 / text.len() as f64;
        println!(
            "10 MB document ({} bytes), {baseline}: opened and published in {:.1} ms; peak RSS {peak} KiB = {:.2} times the document above the baseline's peak; RSS now {now} KiB = {:.2} times above the baseline's, a second later {later} KiB = {:.2} times",
            text.len(),
            elapsed.as_secs_f64() * 1e3,
            times(peak, base_peak),
            times(now, base_now),
            times(later, base_now),
        );
        server.stop();
    }
}

/// `--instructions N`: the server run by callgrind with collection off; the
/// 1 MB document opened and published, then collection switched on
/// (`callgrind_control -i on`), `count` keystrokes typed one at a time, each
/// waiting for the `publishDiagnostics` of its version, and collection
/// switched off: the instructions of every thread of the server per
/// keystroke, which the machine's load does not change.
fn instructions(count: usize) {
    let text = corpus::concatenated(&corpus_dir(), 1 << 20);
    let out = std::env::temp_dir().join(format!(
        "resolute-bench-callgrind.{}.out",
        std::process::id()
    ));
    let mut command = Command::new("valgrind");
    command
        .arg("--tool=callgrind")
        .arg("--instr-atstart=no")
        .arg(format!("--callgrind-out-file={}", out.display()))
        .arg(server_binary());
    println!(
        "server: valgrind --tool=callgrind {}",
        server_binary().display()
    );
    let (mut server, _) = Server::start_with(command);
    server.initialize();
    let diagnostics = server.open(&text);
    // The server settles first: a document that declares its own symbol is
    // re-checked against the catalog with it, in the background, after the
    // open's publish (published again, same version).
    server.settle(Duration::from_secs(3));
    let pid = server.child.id().to_string();
    let control = |on: &str| {
        let status = Command::new("callgrind_control")
            .args(["-i", on, &pid])
            .stdout(Stdio::null())
            .status();
        assert!(
            status.is_ok_and(|s| s.success()),
            "callgrind_control -i {on} failed"
        );
    };
    control("on");
    let (line, column) = typing_position(&text);
    for i in 0..count {
        let version = 2 + i as i64;
        let position = json!({"line": line, "character": column + i as u32});
        server.notify(
            "textDocument/didChange",
            json!({
                "textDocument": {"uri": URI, "version": version},
                "contentChanges": [{"range": {"start": position, "end": position}, "text": "x"}],
            }),
        );
        server.published_until(version);
    }
    control("off");
    server.stop();
    let profile = std::fs::read_to_string(&out).unwrap_or_default();
    // `RESOLUTE_BENCH_KEEP=1` keeps the profile for `callgrind_annotate`.
    if std::env::var_os("RESOLUTE_BENCH_KEEP").is_some() {
        println!("profile kept: {}", out.display());
    } else {
        let _ = std::fs::remove_file(&out);
    }
    // With collection switched on and off, `summary:` says 0 and `totals:`
    // counts what was collected.
    let total: u64 = profile
        .lines()
        .find_map(|l| l.strip_prefix("totals:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("callgrind wrote its summary");
    println!(
        "1 MB document ({} bytes, {diagnostics} diagnostics): {count} keystrokes, each waiting for its publish: {total} instructions, {:.3} M per keystroke",
        text.len(),
        total as f64 / count as f64 / 1e6
    );
}

/// `--latency-only`: the 1 MB document opened, then `count` keystrokes
/// `interval` apart (the typing-speed figure alone, no burst).
fn latency_only(count: usize, interval: Duration) {
    println!("server: {}", server_binary().display());
    let text = corpus::concatenated(&corpus_dir(), 1 << 20);
    let (mut server, _) = Server::start();
    server.initialize();
    let diagnostics = server.open(&text);
    println!(
        "1 MB document ({} bytes, {diagnostics} diagnostics) opened",
        text.len()
    );
    keystrokes(
        &mut server,
        typing_position(&text),
        1,
        count,
        interval,
        "typing speed",
    );
    server.stop();
    pipe_floor(count.min(300), interval);
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let option = |name: &str, default: u64| -> u64 {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .and_then(|v| v.parse().ok())
            .unwrap_or(default)
    };
    let count = option("--keystrokes", 1000) as usize;
    let interval = Duration::from_millis(option("--interval-ms", 30));
    let load_before = load_average();
    machine();
    if args.iter().any(|a| a == "--memory-only") {
        memory_only();
        println!("load average after: {}", load_average());
        return;
    }
    if args.iter().any(|a| a == "--instructions") {
        instructions(option("--instructions", 30) as usize);
        return;
    }
    if args.iter().any(|a| a == "--latency-only") {
        latency_only(count, interval);
        println!("load average after: {}", load_average());
        return;
    }
    core_figures();
    if args.iter().any(|a| a == "--core-only") {
        let load_after = load_average();
        println!("load average after: {load_after}");
        targets::print(&load_before, &load_after);
        return;
    }
    println!("server: {}", server_binary().display());

    startup(option("--starts", 20) as usize);

    let text = corpus::concatenated(&corpus_dir(), 1 << 20);
    let (mut server, _) = Server::start();
    server.initialize();
    let opened = Instant::now();
    let diagnostics = server.open(&text);
    println!(
        "1 MB document ({} bytes): opened and published ({diagnostics} diagnostics) in {:.1} ms",
        text.len(),
        opened.elapsed().as_secs_f64() * 1e3
    );
    let at = typing_position(&text);
    let version = keystrokes(&mut server, at, 1, count, interval, "typing speed");
    pipe_floor(count.min(300), interval);
    let at = (at.0, at.1 + count as u32);
    keystrokes(&mut server, at, version, count, Duration::ZERO, "burst");
    let (peak, now) = server.memory();
    println!("1 MB document: server peak RSS {peak} KiB, RSS now {now} KiB");
    server.stop();

    let (mut server, _) = Server::start();
    server.initialize();
    let (empty_peak, _) = server.memory();
    server.stop();
    println!("no document (catalog loaded): server peak RSS {empty_peak} KiB");

    let text = corpus::concatenated(&corpus_dir(), 10 << 20);
    let (mut server, _) = Server::start();
    server.initialize();
    let opened = Instant::now();
    server.open(&text);
    let elapsed = opened.elapsed();
    let (peak, now) = server.memory();
    targets::note(|f| {
        f.memory_10mb = Some((peak.saturating_sub(empty_peak) * 1024) as f64 / text.len() as f64)
    });
    println!(
        "10 MB document ({} bytes): opened and published in {:.1} ms; server peak RSS {peak} KiB (now {now} KiB), {:.2} times the document above the empty server",
        text.len(),
        elapsed.as_secs_f64() * 1e3,
        (peak.saturating_sub(empty_peak) * 1024) as f64 / text.len() as f64
    );
    server.stop();

    check_corpus(option("--check-runs", 5) as usize);
    let load_after = load_average();
    println!("load average after: {load_after}");
    targets::print(&load_before, &load_after);
}
