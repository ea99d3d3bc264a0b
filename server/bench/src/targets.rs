//! Issue 19's targets, each printed next to the figure that decides it, with
//! met or not met, at the end of the harness's run: the figures are noted
//! where they are measured ([`note`]) and printed together ([`print`]).
//!
//! The core's figures are judged on processor time (the thread's own clock,
//! which other processes taking the cores do not advance), the server's and
//! `resolute check`'s on the wall clock, as an editor or a script sees them.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// A keystroke's median wall time and mean processor time.
pub type Cost = (Duration, Duration);

/// The figures the targets need, as they are measured.
#[derive(Default)]
pub struct Figures {
    /// A one-character edit in the 1 MB and the 10 MB English document:
    /// median wall time and mean processor time.
    pub keystroke_1mb: Option<(Duration, Duration)>,
    pub keystroke_10mb: Option<(Duration, Duration)>,
    /// The keystrokes that change what the document-level rules read: in
    /// the 1 MB and the 10 MB document, as `keystroke_1mb`.
    pub structural: Vec<(&'static str, Cost, Option<Cost>)>,
    /// `didChange` to `publishDiagnostics` at typing speed, 1 MB: p50, p99.
    pub stdio_1mb: Option<(Duration, Duration)>,
    /// A line written to `cat` and read back through pipes at the same
    /// pace: p50, p99 (the machine's own floor under the figure above).
    pub pipe_floor: Option<(Duration, Duration)>,
    /// What the 10 MB document adds to the server's peak resident memory,
    /// as a multiple of its size.
    pub memory_10mb: Option<f64>,
    /// Full analysis of 1 MB of each language: MB/s of wall and of
    /// processor time.
    pub full: Vec<(&'static str, f64, f64)>,
    /// `resolute check` over the whole corpus tree.
    pub check: Option<CheckFigures>,
    /// Issue 17: a keystroke in each of the same paragraphs of 1 MB of
    /// each language's parallel texts, the median of interleaved rounds:
    /// the first in its line, a later one, and one spread over the lines.
    pub aligned: Vec<(&'static str, Duration, Duration, Duration)>,
}

/// `resolute check` over the whole corpus tree.
pub struct CheckFigures {
    pub bytes: u64,
    pub runs: usize,
    /// Median wall time in the human and the JSON format.
    pub human: Duration,
    pub json: Duration,
    /// Peak resident memory (KiB) over the whole tree, and over its
    /// `largest.len()` largest files alone (given as arguments).
    pub peak_kib: Option<u64>,
    /// Over the tree given four times (a folder four times as large).
    pub four_times_peak_kib: Option<u64>,
    pub largest_peak_kib: Option<u64>,
    pub largest: Vec<(PathBuf, u64)>,
}

static FIGURES: Mutex<Option<Figures>> = Mutex::new(None);

/// Notes a figure as it is measured.
pub fn note(f: impl FnOnce(&mut Figures)) {
    let mut figures = FIGURES.lock().unwrap_or_else(|e| e.into_inner());
    f(figures.get_or_insert_with(Figures::default));
}

fn mb_per_s(bytes: u64, d: Duration) -> f64 {
    bytes as f64 / 1e6 / d.as_secs_f64()
}

fn median(mut times: Vec<Duration>) -> Duration {
    times.sort();
    times.get(times.len() / 2).copied().unwrap_or_default()
}

/// The wall time of `resolute check --format FORMAT dir`, output discarded.
fn check_once(binary: &Path, format: &str, dir: &Path) -> Duration {
    let started = Instant::now();
    let status = Command::new(binary)
        .args(["check", "--format", format])
        .arg(dir)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .expect("resolute check runs");
    let elapsed = started.elapsed();
    // Findings (1) are expected in the tree; 2 would be a path not read.
    assert!(status.code().is_some_and(|c| c < 2), "check: {status}");
    elapsed
}

/// The peak resident memory (KiB) of `resolute check` on `paths`, measured
/// by `/usr/bin/time` (the kernel's count for the process, `ru_maxrss`);
/// `None` where that tool is missing.
fn check_peak_kib(binary: &Path, paths: &[PathBuf]) -> Option<u64> {
    let report = std::env::temp_dir().join(format!("resolute-bench-rss-{}", std::process::id()));
    let status = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("%M")
        .arg("-o")
        .arg(&report)
        .arg(binary)
        .arg("check")
        .args(paths)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .ok()?;
    let text = std::fs::read_to_string(&report).ok();
    let _ = std::fs::remove_file(&report);
    if status.code().is_none_or(|c| c >= 2) {
        return None;
    }
    text?.trim().lines().last()?.trim().parse().ok()
}

/// Every file `resolute check` reads under `dir`, with its size.
fn tree_files(dir: &Path, into: &mut Vec<(PathBuf, u64)>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            tree_files(&path, into);
        } else if path
            .extension()
            .is_some_and(|x| ["txt", "resolution", "md"].contains(&&*x.to_string_lossy()))
        {
            into.push((path, entry.metadata().map_or(0, |m| m.len())));
        }
    }
}

/// Measures `resolute check` over the whole tree `dir`: the median of
/// `runs` runs in each format, in MB/s of the tree's texts, and the peak
/// resident memory over the tree and over its largest files alone (two per
/// core: what can be in flight at once).
pub fn check_tree(binary: &Path, dir: &Path, runs: usize) {
    let mut files = Vec::new();
    tree_files(dir, &mut files);
    let bytes = crate::tree_bytes(dir);
    let runs = runs.max(1);
    let human = median(
        (0..runs)
            .map(|_| check_once(binary, "human", dir))
            .collect(),
    );
    let json = median((0..runs).map(|_| check_once(binary, "json", dir)).collect());
    println!(
        "resolute check over the whole corpus tree ({} files, {bytes} bytes, median of {runs} runs): human {:.0} ms = {:.0} MB/s, JSON {:.0} ms = {:.0} MB/s",
        files.len(),
        human.as_secs_f64() * 1e3,
        mb_per_s(bytes, human),
        json.as_secs_f64() * 1e3,
        mb_per_s(bytes, json),
    );
    let peak_kib = check_peak_kib(binary, &[dir.to_path_buf()]);
    let four_times_peak_kib = check_peak_kib(binary, &vec![dir.to_path_buf(); 4]);
    files.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    files.truncate(2 * cores);
    let paths: Vec<PathBuf> = files.iter().map(|f| f.0.clone()).collect();
    let largest_peak_kib = check_peak_kib(binary, &paths);
    let kib = |k: Option<u64>| k.map_or("unknown".to_string(), |k| format!("{k} KiB"));
    println!(
        "resolute check, peak resident memory: whole tree {}; the tree given four times {}; its {} largest files alone ({} to {} bytes) {}",
        kib(peak_kib),
        kib(four_times_peak_kib),
        files.len(),
        files.last().map_or(0, |f| f.1),
        files.first().map_or(0, |f| f.1),
        kib(largest_peak_kib),
    );
    note(|f| {
        f.check = Some(CheckFigures {
            bytes,
            runs,
            human,
            json,
            peak_kib,
            four_times_peak_kib,
            largest_peak_kib,
            largest: files,
        })
    });
}

fn micros(d: Duration) -> String {
    if d >= Duration::from_millis(10) {
        format!("{:.1} ms", d.as_secs_f64() * 1e3)
    } else {
        format!("{:.0} µs", d.as_secs_f64() * 1e6)
    }
}

/// `a` as a multiple of `b`.
fn ratio(a: Duration, b: Duration) -> f64 {
    a.as_secs_f64() / b.as_secs_f64().max(1e-12)
}

fn met(ok: bool) -> &'static str {
    if ok {
        "met"
    } else {
        "NOT MET"
    }
}

/// Prints every target with its figure and whether it is met, and the load
/// average before the run and now.
pub fn print(load_before: &str, load_after: &str) {
    let figures = FIGURES
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .take()
        .unwrap_or_default();
    let mut rows: Vec<[String; 4]> = Vec::new();
    // One row a target: what, the target, and the figure with whether it
    // meets the target (none when it was not measured).
    let mut row = |what: &str, target: &str, measured: Option<(String, bool)>| {
        let (figure, ok) = measured.map_or(("-".to_string(), "not measured"), |(figure, ok)| {
            (figure, met(ok))
        });
        rows.push([what.to_string(), figure, target.to_string(), ok.to_string()]);
    };
    row(
        "keystroke, core, 1 MB",
        "under 50 µs",
        figures.keystroke_1mb.map(|(wall, cpu)| {
            (
                format!("{} (wall {})", micros(cpu), micros(wall)),
                cpu < Duration::from_micros(50),
            )
        }),
    );
    row(
        "keystroke, core, 10 MB against 1 MB",
        "at most 1.5",
        figures
            .keystroke_1mb
            .zip(figures.keystroke_10mb)
            .map(|(one, ten)| {
                let ratio = ratio(ten.1, one.1);
                (
                    format!(
                        "{} / {} = {ratio:.2} (wall {:.2})",
                        micros(ten.1),
                        micros(one.1),
                        self::ratio(ten.0, one.0)
                    ),
                    ratio <= 1.5,
                )
            }),
    );
    for &(kind, one, ten) in &figures.structural {
        row(
            &format!("keystroke, core, 1 MB, {kind}"),
            "under 50 µs",
            Some((
                format!("{} (wall {})", micros(one.1), micros(one.0)),
                one.1 < Duration::from_micros(50),
            )),
        );
        row(
            &format!("keystroke, core, 10 MB against 1 MB, {kind}"),
            "at most 1.5",
            ten.map(|ten| {
                let ratio = ratio(ten.1, one.1);
                (
                    format!("{} / {} = {ratio:.2}", micros(ten.1), micros(one.1)),
                    ratio <= 1.5,
                )
            }),
        );
    }
    row(
        "keystroke over stdio, 1 MB, typing speed",
        "p99 under 1 ms",
        figures.stdio_1mb.map(|(p50, p99)| {
            let floor = figures.pipe_floor.map_or(String::new(), |(p50, p99)| {
                format!("; the pipe alone p99 {}, p50 {}", micros(p99), micros(p50))
            });
            (
                format!("p99 {} (p50 {}{floor})", micros(p99), micros(p50)),
                p99 < Duration::from_millis(1),
            )
        }),
    );
    row(
        "10 MB document, resident memory added",
        "at most 3 ×",
        figures
            .memory_10mb
            .map(|times| (format!("{times:.2} × its size"), times <= 3.0)),
    );
    for (language, wall, cpu) in &figures.full {
        row(
            &format!("full analysis, 1 MB, {language}"),
            "at least 100 MB/s on one core",
            Some((
                format!("{cpu:.0} MB/s of processor time (wall {wall:.0})"),
                *cpu >= 100.0,
            )),
        );
    }
    row(
        "resolute check, whole corpus tree",
        "at least 100 MB/s",
        figures.check.as_ref().map(|check| {
            let human = mb_per_s(check.bytes, check.human);
            let json = mb_per_s(check.bytes, check.json);
            (
                format!(
                    "{human:.0} MB/s (JSON {json:.0}; {:.1} MB, median of {})",
                    check.bytes as f64 / 1e6,
                    check.runs
                ),
                human.min(json) >= 100.0,
            )
        }),
    );
    if let Some(check) = &figures.check {
        let memory = check.peak_kib.zip(check.largest_peak_kib);
        let target = "follows the largest files (at most 1.5 × theirs), not the folder";
        match memory {
            Some((tree, largest)) => row(
                "resolute check, peak resident memory",
                target,
                Some((
                    format!(
                        "{:.1} MiB (the tree given 4 times {}); its {} largest files alone {:.1} MiB",
                        tree as f64 / 1024.0,
                        check
                            .four_times_peak_kib
                            .map_or("unknown".into(), |k| format!("{:.1} MiB", k as f64 / 1024.0)),
                        check.largest.len(),
                        largest as f64 / 1024.0
                    ),
                    tree as f64 <= 1.5 * largest as f64,
                )),
            ),
            None => rows.push([
                "resolute check, peak resident memory".into(),
                "unknown (no /usr/bin/time)".into(),
                target.into(),
                "not measured".into(),
            ]),
        }
    }
    let widths: Vec<usize> = (0..4)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    println!();
    println!("targets (issue 19):");
    for r in &rows {
        println!(
            "  {:w0$}  {:w1$}  {:w2$}  {}",
            r[0],
            r[1],
            r[2],
            r[3],
            w0 = widths[0],
            w1 = widths[1],
            w2 = widths[2],
        );
    }
    // Issue 17's: a keystroke in Arabic or Chinese costs no more than in
    // English, in the same paragraphs.
    let english = figures.aligned.iter().find(|(l, ..)| *l == "en");
    let comparisons: Vec<String> = figures
        .aligned
        .iter()
        .filter(|(l, ..)| ["ar", "zh"].contains(l))
        .filter_map(|&(language, first, later, spread)| {
            let &(_, en_first, en_later, en_spread) = english?;
            let (f, l, s) = (
                ratio(first, en_first),
                ratio(later, en_later),
                ratio(spread, en_spread),
            );
            let us = |d: Duration| d.as_secs_f64() * 1e6;
            Some(format!(
                "  keystroke, 1 MB, {language} against en: first in a line {:.2} / {:.2} µs = {f:.2}, later {:.2} / {:.2} µs = {l:.2}, spread over the lines {:.2} / {:.2} µs = {s:.2}  at most 1  {}",
                us(first),
                us(en_first),
                us(later),
                us(en_later),
                us(spread),
                us(en_spread),
                met(f <= 1.0 && l <= 1.0 && s <= 1.0)
            ))
        })
        .collect();
    if !comparisons.is_empty() {
        println!();
        println!("targets (issue 17, the same paragraphs in each language):");
        for line in comparisons {
            println!("{line}");
        }
    }
    println!("load average (1 minute): before {load_before}, after {load_after}");
}
