//! What the server and `resolute check` may touch, tested as far as it can
//! be from outside:
//!
//! - the code: outside its tests, no source file of the three crates names
//!   an API that writes files, opens network connections or starts
//!   processes (but for the files listed in [`WRITERS`], which write the
//!   file a user asks for), and only the files listed in [`READERS`] read
//!   files;
//! - the dependencies: tokio is built without its `process` and `fs`
//!   features, and of its `net` the code uses only the pipe that reads
//!   standard input;
//! - the running server: after a session, it holds no socket and no file,
//!   and has started no process (from /proc);
//! - its Markdown: a draft cannot put a link, an image, HTML or a
//!   `command:` URI into a hover or a completion's documentation.

mod support {
    pub mod server;
}

use std::path::{Path, PathBuf};

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::{json, Value};
use support::server::Server;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The source files allowed to read files, and why. A new one must be
/// added here, with its reason, after review.
const READERS: &[(&str, &str)] = &[
    (
        "server/lsp/src/workspace.rs",
        "reads the workspace's resolute.toml and the catalog files it and the settings name",
    ),
    (
        "server/cli/src/check.rs",
        "reads the files given to `resolute check`",
    ),
    (
        "server/cli/src/walk.rs",
        "lists the folders given to `resolute check`",
    ),
    (
        "server/lsp/src/base.rs",
        "reads the base resolution a draft names, and the language versions of an open text that are beside it but not open (and their modification times), for `resolute diff` and the server",
    ),
];

/// The source files allowed to write a file, and why: only the file a user
/// asks for. A new one must be added here, with its reason, after review.
const WRITERS: &[(&str, &str)] = &[
    (
        "server/cli/src/diff.rs",
        "writes the comparison or the .docx to the file given with `resolute diff --output`",
    ),
    (
        "server/lsp/src/server/diff.rs",
        "writes the tracked-changes .docx that the command resolute.exportTrackedChanges asks for",
    ),
];

/// Names that write files, open connections or start processes.
const FORBIDDEN: &[&str] = &[
    "std::net",
    "TcpStream",
    "TcpListener",
    "UdpSocket",
    "UnixStream",
    "UnixListener",
    "UnixDatagram",
    "TcpSocket",
    "lookup_host",
    "std::process::Command",
    "process::Command",
    "Command::new",
    "tokio::process",
    "fs::write",
    "File::create",
    "OpenOptions",
    "remove_file",
    "remove_dir",
    "create_dir",
    "fs::rename",
    "fs::copy",
    "hard_link",
    "set_permissions",
    "tokio::fs",
];

/// Names that read files.
const READING: &[&str] = &[
    "fs::read",
    "File::open",
    "read_to_string",
    "read_dir",
    "WalkDir",
    "fs::metadata",
    "symlink_metadata",
];

/// The non-test part of every source file of the three crates.
fn sources() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut folders: Vec<PathBuf> = ["server/core/src", "server/lsp/src", "server/cli/src"]
        .iter()
        .map(|f| repo_root().join(f))
        .collect();
    while let Some(folder) = folders.pop() {
        for entry in std::fs::read_dir(&folder).expect("a source folder") {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = std::fs::read_to_string(&path).unwrap();
                // Test modules come last in every file.
                let code = match text.find("#[cfg(test)]") {
                    Some(at) => text[..at].to_owned(),
                    None => text,
                };
                let name = path
                    .strip_prefix(repo_root())
                    .unwrap()
                    .to_string_lossy()
                    .into_owned();
                files.push((name, code));
            }
        }
    }
    assert!(files.len() > 20, "the sources were found");
    files
}

#[test]
fn no_code_writes_files_connects_or_starts_processes() {
    let mut found = Vec::new();
    let mut writers_seen = 0;
    for (name, code) in sources() {
        let writer = WRITERS.iter().any(|(w, _)| *w == name);
        writers_seen += usize::from(writer && code.contains("fs::write"));
        for word in FORBIDDEN {
            if code.contains(word) && !(writer && *word == "fs::write") {
                found.push(format!("{name}: {word}"));
            }
        }
    }
    assert!(found.is_empty(), "forbidden APIs:\n{}", found.join("\n"));
    // Tokio's `net` is there for one thing, reading standard input when it
    // is a pipe (`transport::Input`): every use names the pipe in full.
    let mut pipes = 0;
    for (name, code) in sources() {
        for (at, _) in code.match_indices("tokio::net") {
            let rest = &code[at + "tokio::net".len()..];
            assert!(
                rest.starts_with("::unix::pipe::Receiver"),
                "{name}: tokio::net used for something other than a pipe: tokio::net{}",
                &rest[..rest.len().min(40)]
            );
            pipes += 1;
        }
    }
    assert!(
        pipes > 0,
        "the pipe is no longer read: remove `net` from tokio's features"
    );
    assert_eq!(
        writers_seen,
        WRITERS.len(),
        "a file in WRITERS no longer writes: remove it"
    );
}

#[test]
fn only_the_listed_files_read_files() {
    let mut found = Vec::new();
    let mut readers_seen = 0;
    for (name, code) in sources() {
        let reads: Vec<&str> = READING
            .iter()
            .copied()
            .filter(|w| code.contains(w))
            .collect();
        if READERS.iter().any(|(reader, _)| *reader == name) {
            readers_seen += usize::from(!reads.is_empty());
        } else if !reads.is_empty() {
            found.push(format!("{name}: {}", reads.join(", ")));
        }
    }
    assert!(
        found.is_empty(),
        "files that read files but are not in READERS (add them there, with the reason, if they must):\n{}",
        found.join("\n")
    );
    assert_eq!(
        readers_seen,
        READERS.len(),
        "a file in READERS no longer reads files: remove it"
    );
}

/// Tokio is built without processes or files; with `net`, whose pipe alone
/// the sources use (see the test above; a running server holds no socket,
/// below).
#[test]
fn tokio_is_built_without_processes_or_files() {
    let manifest = std::fs::read_to_string(repo_root().join("Cargo.toml")).unwrap();
    let line = manifest
        .lines()
        .find(|l| l.starts_with("tokio ="))
        .expect("tokio in [workspace.dependencies]");
    for feature in ["\"process\"", "\"fs\"", "\"full\""] {
        assert!(!line.contains(feature), "tokio has {feature}: {line}");
    }
}

const URI: &str = "file:///tmp/resolute-security/draft.txt";

/// A draft whose footnote text tries every injection.
const HOSTILE: &str = "\tThe General Assembly,\n\
\tRecalling the World Summit Outcome,1\n\
\t1.\tUrges [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)>;\n\
\n\
1 [click](command:workbench.action.terminal.new?%5B%5D) ![x](https://evil.example/p.png) <img src=x onerror=alert(1)> <https://evil.example> https://evil.example www.evil.example *em* `code` $x$ [ref]\n\
\n\
[ref]: command:workbench.action.terminal.new\n";

/// The only links the server writes itself: a cited resolution's text and
/// its search in the UN Digital Library.
const OWN_LINKS: &[&str] = &[
    "https://undocs.org/",
    "https://digitallibrary.un.org/search?",
];

/// Checks that `markdown` renders to text, the server's own bold and italic
/// labels and its own links only.
fn assert_inert(markdown: &str) {
    let mut in_strong = false;
    // What editors render hovers with: CommonMark and every structural
    // extension; not smart punctuation, math or super- and subscripts,
    // which no editor renders in hovers and which make no links
    // (server/core/tests/markdown.rs says why they stay unescaped).
    let options = Options::all()
        - Options::ENABLE_SMART_PUNCTUATION
        - Options::ENABLE_MATH
        - Options::ENABLE_SUPERSCRIPT
        - Options::ENABLE_SUBSCRIPT;
    for event in Parser::new_ext(markdown, options) {
        match event {
            Event::Start(Tag::Strong) => in_strong = true,
            Event::End(TagEnd::Strong) => in_strong = false,
            // Code spans render their content literally: inert.
            Event::Start(Tag::Emphasis)
            | Event::End(TagEnd::Emphasis)
            | Event::End(TagEnd::Link)
            | Event::Code(_) => {}
            Event::Start(Tag::Link { dest_url, .. })
                if OWN_LINKS.iter().any(|own| dest_url.starts_with(own))
                    && !dest_url.contains("command:") => {}
            Event::Text(_) | Event::SoftBreak | Event::HardBreak => {}
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            other => panic!("markup from the document ({other:?}) in:\n{markdown}"),
        }
    }
    assert!(!in_strong);
    // Whatever a renderer with more extensions might link (bare URLs,
    // `www.`), it would need these unescaped. A `command:` URI is a link
    // only as a destination (`[…](…)`, `<…>`, `[…]: …`), which the `[` and
    // `<` it would need, always escaped, rule out: no renderer links a bare
    // `command:`.
    let mut unescaped = String::new();
    let mut chars = markdown.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            chars.next();
        } else {
            unescaped.push(c);
        }
    }
    for raw in ["](", "://", "www.", "<img", "<http", "<command"] {
        assert!(
            !unescaped.contains(raw),
            "{raw:?} unescaped in:\n{markdown}"
        );
    }
}

#[test]
fn hovers_and_completions_cannot_inject_links_or_commands() {
    let mut server = Server::start(json!({}));
    server.open(URI, 1, HOSTILE);
    let marker = "\tRecalling the World Summit Outcome,"
        .encode_utf16()
        .count();
    let answer = server.request(
        "textDocument/hover",
        json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": marker}}),
    );
    let markdown = answer["result"]["contents"]["value"]
        .as_str()
        .unwrap_or_else(|| panic!("a hover on the footnote marker: {answer}"));
    assert!(
        markdown.contains("click"),
        "the footnote text is shown: {markdown}"
    );
    assert_inert(markdown);

    // Every hover and completion anywhere in the draft.
    let mut documented = 0;
    for (line, text) in HOSTILE.split('\n').enumerate() {
        for character in 0..=text.encode_utf16().count() {
            let at = json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}});
            let hover = server.request("textDocument/hover", at.clone());
            if let Some(markdown) = hover["result"]["contents"]["value"].as_str() {
                assert_inert(markdown);
            }
            let completion = server.request("textDocument/completion", at);
            let items = match &completion["result"] {
                Value::Array(items) => items.clone(),
                Value::Object(list) => list["items"].as_array().cloned().unwrap_or_default(),
                _ => Vec::new(),
            };
            for item in items {
                if let Some(markdown) = item["documentation"]["value"].as_str() {
                    documented += 1;
                    assert_inert(markdown);
                }
            }
        }
    }
    let _ = documented;
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn the_running_server_holds_no_socket_or_file_and_starts_no_process() {
    let mut server = Server::start(json!({}));
    server.open(URI, 1, HOSTILE);
    server.change(URI, 2, json!([{"range": {"start": {"line": 2, "character": 1}, "end": {"line": 2, "character": 3}}, "text": "2."}]));
    for method in ["textDocument/documentSymbol", "textDocument/codeAction"] {
        let answer = server.request(
            method,
            json!({"textDocument": {"uri": URI}, "range": {"start": {"line": 0, "character": 0}, "end": {"line": 9, "character": 0}}, "context": {"diagnostics": []}}),
        );
        assert!(answer.get("error").is_none(), "{answer}");
    }
    let pid = server.child.id();
    let mut held = Vec::new();
    for entry in std::fs::read_dir(format!("/proc/{pid}/fd")).expect("/proc/PID/fd") {
        let target = std::fs::read_link(entry.unwrap().path()).unwrap();
        let target = target.to_string_lossy().into_owned();
        let allowed = target.starts_with("pipe:")
            || target.starts_with("anon_inode:")
            || target == "/dev/null";
        if !allowed {
            held.push(target);
        }
    }
    assert!(held.is_empty(), "the server holds {held:?}");
    for task in std::fs::read_dir(format!("/proc/{pid}/task")).unwrap() {
        let children = std::fs::read_to_string(task.unwrap().path().join("children")).unwrap();
        assert_eq!(children.trim(), "", "the server started processes");
    }
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}
