//! End-to-end tests of the `resolute` command: they run the built binary as a
//! user or a script would and check its output and exit status, so that the
//! formats the README and editors' task runners rely on do not drift.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_resolute");

/// The repository root (the crate lives in `server/cli`).
fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// Runs `resolute` with `args` from the repository root.
fn resolute(args: &[&str]) -> Output {
    resolute_in(&repo_root(), args)
}

fn resolute_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .expect("the resolute binary runs")
}

fn stdout(output: &Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr(output: &Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Parses stdout as the one JSON array `check --format json` prints.
fn json_array(output: &Output) -> Vec<Value> {
    let value: Value = serde_json::from_str(&stdout(output))
        .unwrap_or_else(|e| panic!("stdout is not one JSON value ({e}):\n{}", stdout(output)));
    match value {
        Value::Array(items) => items,
        other => panic!("expected a JSON array, got {other}"),
    }
}

/// A string field of a diagnostic, or `?`.
fn field<'a>(diagnostic: &'a Value, key: &str) -> &'a str {
    diagnostic[key].as_str().unwrap_or("?")
}

/// A JSON position as (line, character).
type LineCharacter = (u64, u64);

fn position(value: &Value) -> LineCharacter {
    (
        value["line"].as_u64().expect("line is a number"),
        value["character"].as_u64().expect("character is a number"),
    )
}

#[test]
fn human_output_on_the_sample_draft_points_at_both_mistakes() {
    let output = resolute(&["check", "tests/fixtures/sample-draft.txt"]);
    assert_eq!(output.status.code(), Some(1), "stderr: {}", stderr(&output));
    assert_eq!(stderr(&output), "");
    let expected = [
        "tests/fixtures/sample-draft.txt:11:96: error[footnote-missing]: add the text of footnote 3 (a line `3 <text>` with the footnotes at the end), or remove this marker: footnote 3 has no text",
        "11 | \tTaking note of the report of the Secretary-General on drought preparedness in dryland regions,3",
        "   | \t                                                                                              ^",
        "",
        "tests/fixtures/sample-draft.txt:15:2: error[operative-numbering]: number this paragraph 3, or insert paragraph 3 before it: paragraph 3 is missing",
        "15 | \t4.\tRequests the Secretary-General to submit to the General Assembly at its eighty-first session a report on the implementation of the present resolution.",
        "   | \t^^",
        "",
        "2 errors, 0 warnings in 1 file",
    ];
    let actual = stdout(&output);
    assert_eq!(
        actual.lines().collect::<Vec<_>>(),
        expected,
        "full output:\n{actual}"
    );
}

/// The README's first set-up command shows the sample's two mistakes and
/// must not fail: `--exit-zero` prints the same report and exits 0; a path
/// that cannot be read still exits 2.
#[test]
fn exit_zero_reports_the_same_and_exits_0() {
    let plain = resolute(&["check", "tests/fixtures/sample-draft.txt"]);
    let zero = resolute(&["check", "--exit-zero", "tests/fixtures/sample-draft.txt"]);
    assert_eq!(plain.status.code(), Some(1));
    assert_eq!(zero.status.code(), Some(0), "stderr: {}", stderr(&zero));
    assert_eq!(stdout(&zero), stdout(&plain));
    assert!(stdout(&zero).ends_with("2 errors, 0 warnings in 1 file\n"));
    let missing = resolute(&["check", "--exit-zero", "no-such-file.txt"]);
    assert_eq!(missing.status.code(), Some(2));
}

#[test]
fn json_output_on_the_sample_draft() {
    let output = resolute(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/sample-draft.txt",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let items = json_array(&output);
    assert_eq!(items.len(), 2, "{items:#?}");
    let summary: Vec<(&str, &str, LineCharacter, LineCharacter)> = items
        .iter()
        .map(|d| {
            (
                d["code"].as_str().expect("code"),
                d["severity"].as_str().expect("severity"),
                position(&d["range"]["start"]),
                position(&d["range"]["end"]),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("footnote-missing", "error", (10, 95), (10, 96)),
            ("operative-numbering", "error", (14, 1), (14, 3)),
        ]
    );
    for item in &items {
        assert_eq!(item["path"], "tests/fixtures/sample-draft.txt");
        assert!(item["message"].as_str().is_some_and(|m| !m.is_empty()));
        let keys: Vec<&str> = item
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut sorted = keys.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, ["code", "message", "path", "range", "severity"]);
    }
}

#[test]
fn json_columns_are_utf16_code_units() {
    // Line 5 has Arabic and Chinese (one UTF-16 unit per character, several
    // UTF-8 bytes) and an emoji (two UTF-16 units) before the marker `2`,
    // which is the 96th character of the line and starts at UTF-8 byte 107.
    let output = resolute(&[
        "check",
        "--format",
        "json",
        "tests/fixtures/cli/unicode.txt",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let items = json_array(&output);
    assert_eq!(items.len(), 1, "{items:#?}");
    let item = &items[0];
    assert_eq!(item["code"], "footnote-missing");
    assert_eq!(position(&item["range"]["start"]), (4, 96));
    assert_eq!(position(&item["range"]["end"]), (4, 97));

    // The human format counts characters, 1-based, and widens the caret
    // indent for the double-width characters.
    let output = resolute(&["check", "tests/fixtures/cli/unicode.txt"]);
    let text = stdout(&output);
    let lines: Vec<&str> = text.lines().collect();
    assert!(
        lines[0].starts_with("tests/fixtures/cli/unicode.txt:5:96: error[footnote-missing]: "),
        "{text}"
    );
    let caret_line = lines[2];
    assert_eq!(
        caret_line,
        format!("  | \t{}^", " ".repeat(94 + 3)),
        "{text}"
    );
}

#[test]
fn a_clean_file_exits_0_with_an_empty_array() {
    let output = resolute(&["check", "--format", "json", "tests/fixtures/cli/clean.txt"]);
    assert_eq!(output.status.code(), Some(0), "stdout: {}", stdout(&output));
    assert_eq!(stdout(&output).trim(), "[]");
    assert_eq!(stderr(&output), "");

    let output = resolute(&["check", "tests/fixtures/cli/clean.txt"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(stdout(&output), "0 errors, 0 warnings in 1 file\n");
}

/// A scratch folder of its own for one test, emptied first.
fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    if dir.exists() {
        std::fs::remove_dir_all(&dir).expect("the old scratch folder can be removed");
    }
    std::fs::create_dir_all(&dir).expect("the scratch folder can be created");
    dir
}

const GAP: &str = "\tThe General Assembly,\n\t1.\tUrges all States;\n\t3.\tDecides to remain seized of the matter.\n";

#[test]
fn folders_are_walked_and_unreadable_paths_named() {
    let dir = scratch("folder-walk");
    let tree = dir.join("tree");
    std::fs::create_dir_all(tree.join("nested/deeper")).expect("mkdir");
    std::fs::write(tree.join("b.txt"), GAP).expect("write b.txt");
    std::fs::write(tree.join("nested/deeper/a.resolution"), GAP).expect("write a.resolution");
    std::fs::write(tree.join("nested/notes.md"), "\tThe General Assembly,\n")
        .expect("write notes.md");
    std::fs::write(tree.join("nested/ignored.pdf"), [0xff, 0xfe, 0x00]).expect("write ignored.pdf");
    // Latin-1 `é` (0xE9) at byte 28, where UTF-8 expects a continuation byte next.
    std::fs::write(
        tree.join("nested/latin1.txt"),
        b"\tThe General Assembly,\n\t1.\tD\xe9cide;\n",
    )
    .expect("write latin1.txt");
    #[cfg(unix)]
    std::os::unix::fs::symlink("..", tree.join("nested/loop")).expect("symlink");

    let output = resolute_in(&dir, &["check", "--format", "json", "tree", "missing.txt"]);
    assert_eq!(
        output.status.code(),
        Some(2),
        "stdout: {}\nstderr: {}",
        stdout(&output),
        stderr(&output)
    );
    let err = stderr(&output);
    assert!(
        err.contains("resolute: cannot read tree/nested/latin1.txt: invalid UTF-8 at byte 28\n"),
        "{err}"
    );
    assert!(
        err.contains("resolute: cannot read missing.txt: no such file or directory\n"),
        "{err}"
    );
    assert!(!err.contains("ignored.pdf"), "{err}");
    #[cfg(unix)]
    assert!(err.contains("not following tree/nested/loop"), "{err}");

    // The readable files are still checked, in sorted order, once each.
    let items = json_array(&output);
    let paths: Vec<&str> = items
        .iter()
        .map(|d| d["path"].as_str().expect("path"))
        .collect();
    assert_eq!(paths, ["tree/b.txt", "tree/nested/deeper/a.resolution"]);
    assert!(items.iter().all(|d| d["code"] == "operative-numbering"));

    // The human format names the same files and says what it could not read.
    let output = resolute_in(&dir, &["check", "tree", "missing.txt"]);
    assert_eq!(output.status.code(), Some(2));
    let out = stdout(&output);
    assert!(
        out.starts_with("tree/b.txt:3:2: error[operative-numbering]: "),
        "{out}"
    );
    assert!(
        out.contains("\ntree/nested/deeper/a.resolution:3:2: error[operative-numbering]: "),
        "{out}"
    );
    assert!(
        out.ends_with("\n2 errors, 0 warnings in 3 files (2 paths could not be read)\n"),
        "{out}"
    );
}

#[test]
fn an_explicit_file_is_checked_whatever_its_extension() {
    let dir = scratch("explicit-file");
    std::fs::write(dir.join("draft.docx.txt.bak"), GAP).expect("write");
    let output = resolute_in(&dir, &["check", "--format", "json", "draft.docx.txt.bak"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(json_array(&output).len(), 1);
}

#[test]
fn version_is_printed() {
    let output = resolute(&["--version"]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(
        stdout(&output),
        format!("resolute {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn rules_lists_every_rule() {
    let output = resolute(&["rules"]);
    assert_eq!(output.status.code(), Some(0));
    let out = stdout(&output);
    assert!(
        out.starts_with("operative-numbering (error)\n    A gap"),
        "{out}"
    );
    for code in [
        "subparagraph-numbering",
        "footnote-missing",
        "footnote-unused",
        "paragraph-reference",
    ] {
        assert!(
            out.contains(&format!("\n{code} (")),
            "{code} missing from:\n{out}"
        );
    }
    assert!(out.contains("    Example: "), "{out}");
    let markdown = resolute(&["rules", "--format", "markdown"]);
    assert_eq!(markdown.status.code(), Some(0));
    assert!(
        stdout(&markdown).starts_with("# Rules\n"),
        "{}",
        stdout(&markdown)
    );
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check"][..],
        &["frobnicate"],
        &["check", "--format", "xml", "x.txt"],
        &["--no-such-flag"],
    ] {
        let output = resolute(args);
        assert_eq!(output.status.code(), Some(2), "resolute {args:?}");
        assert!(stdout(&output).is_empty(), "resolute {args:?}");
        assert!(!stderr(&output).is_empty(), "resolute {args:?}");
    }
}

/// The corpus of adopted resolutions in `shared/corpus` is correct text: the
/// checker must report neither an error nor a warning on it.
/// Every file under `dir` that `check` reads in a folder, in the order it
/// reports them.
fn checked_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).expect("a readable folder") {
            let path = entry.expect("a readable entry").path();
            if path.is_dir() {
                pending.push(path);
            } else if path
                .extension()
                .is_some_and(|e| ["txt", "resolution", "md"].contains(&&*e.to_string_lossy()))
            {
                files.push(path);
            }
        }
    }
    // The walk sorts by file name within each folder, depth first: sorting
    // the paths' components gives the same order.
    files.sort_by(|a, b| a.components().cmp(b.components()));
    files
}

/// What the core finds in one file, as `path:line:col-line:col: severity[code]`
/// with UTF-16 columns.
fn core_findings(path: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("corpus files are UTF-8");
    let shown = path.to_string_lossy().into_owned();
    // The language as `check` chooses it: the file name's (`parallel/…/es.txt`),
    // else the organ line's.
    let language = resolute_core::data::languages::Language::from_file_name(&shown);
    let document =
        resolute_core::Document::with_language(&text, resolute_core::Catalog::builtin(), language);
    document
        .diagnostics()
        .iter()
        .map(|d| {
            let start = document.to_line_col(d.range().start, resolute_core::Encoding::Utf16);
            let end = document.to_line_col(d.range().end, resolute_core::Encoding::Utf16);
            format!(
                "{shown}:{}:{}-{}:{}: {}[{}]",
                start.line,
                start.character,
                end.line,
                end.character,
                d.severity.as_str(),
                d.code
            )
        })
        .collect()
}

#[test]
fn a_folder_is_reported_in_order_exactly_as_the_core_finds_it() {
    // The whole corpus tree, analysed in parallel by `check`: the same
    // diagnostics, ranges in UTF-16 and order as the core gives file by file.
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/corpus");
    let output = resolute(&["check", "--format", "json", &corpus.to_string_lossy()]);
    let items = json_array(&output);
    // The core's findings file by file, on every core (this is the slow half).
    let files = checked_files(&corpus);
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get());
    let chunks: Vec<Vec<String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(files.len().div_ceil(workers))
            .map(|chunk| scope.spawn(move || chunk.iter().flat_map(|p| core_findings(p)).collect()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("no panic"))
            .collect()
    });
    let expected: Vec<String> = chunks.into_iter().flatten().collect();
    let reported: Vec<String> = items
        .iter()
        .map(|d| {
            let (line, character) = position(&d["range"]["start"]);
            let (end_line, end_character) = position(&d["range"]["end"]);
            format!(
                "{}:{line}:{character}-{end_line}:{end_character}: {}[{}]",
                field(d, "path"),
                field(d, "severity"),
                field(d, "code")
            )
        })
        .collect();
    assert!(
        expected.len() > 1000,
        "the corpus tree raises hints at least"
    );
    assert_eq!(reported.len(), expected.len());
    let first_difference = reported.iter().zip(&expected).position(|(r, e)| r != e);
    assert_eq!(
        first_difference.map(|i| (&reported[i], &expected[i])),
        None,
        "check and the core disagree"
    );
}

/// A folder with `resolute.toml` naming a catalog with one bad row, and a
/// draft citing a resolution of that catalog with the wrong date.
fn catalog_workspace(name: &str, toml: &str) -> PathBuf {
    let dir = scratch(name);
    std::fs::write(dir.join("resolute.toml"), toml).unwrap();
    std::fs::write(
        dir.join("drafts.csv"),
        "symbol,date,title\nA/RES/81/1,2026-10-01,Our first draft\nA/RES/81,2026-10-01,Bad row\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("draft.txt"),
        "\tThe General Assembly,\n\tRecalling its resolutions 67/264 of 17 May 2013, 81/1 of 2 October 2026 and 68/1 of 20 September 2013,\n\t1.\tDecides.\n",
    )
    .unwrap();
    dir
}

#[test]
fn resolute_toml_names_catalogs_and_rule_levels() {
    let dir = catalog_workspace(
        "toml",
        "catalogs = [\"drafts.csv\"]\n[rules]\ncitation-order = \"warning\"\n",
    );
    let output = resolute_in(&dir, &["check", "--format", "json", "draft.txt"]);
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    let found: Vec<(String, String)> = json_array(&output)
        .iter()
        .map(|d| (field(d, "code").to_owned(), field(d, "severity").to_owned()))
        .collect();
    assert_eq!(
        found,
        [
            ("citation-catalog-date".to_owned(), "error".to_owned()),
            ("citation-order".to_owned(), "warning".to_owned()),
        ]
    );
    // The bad row is named on standard error; the good one was loaded.
    let err = stderr(&output);
    assert!(
        err.contains("drafts.csv:3: `A/RES/81` is not the symbol"),
        "{err}"
    );
    // Turned off, the rule says nothing.
    std::fs::write(
        dir.join("resolute.toml"),
        "[rules]\ncitation-order = \"off\"\n",
    )
    .unwrap();
    let output = resolute_in(&dir, &["check", "--format", "json", "draft.txt"]);
    assert_eq!(json_array(&output).len(), 0, "{}", stdout(&output));
    assert_eq!(output.status.code(), Some(0));
}

#[test]
fn catalog_option_and_a_malformed_resolute_toml() {
    let dir = catalog_workspace("catalog-option", "catalogs = 3\n");
    let output = resolute_in(
        &dir,
        &[
            "check",
            "--catalog",
            "drafts.csv",
            "--format",
            "json",
            "draft.txt",
        ],
    );
    let err = stderr(&output);
    assert!(err.contains("resolute.toml: line 1"), "{err}");
    let codes: Vec<String> = json_array(&output)
        .iter()
        .map(|d| field(d, "code").to_owned())
        .collect();
    assert!(
        codes.contains(&"citation-catalog-date".to_owned()),
        "{codes:?}"
    );
    // A broken configuration is trouble: exit 2.
    assert_eq!(output.status.code(), Some(2));
    // A catalog that does not exist is named, and is trouble too.
    let output = resolute_in(&dir, &["check", "--catalog", "nowhere.csv", "draft.txt"]);
    assert!(stderr(&output).contains("nowhere.csv: cannot read this catalog"));
    assert_eq!(output.status.code(), Some(2));
}

#[test]
fn files_checked_together_cite_each_other() {
    let dir = scratch("declared");
    std::fs::write(
        dir.join("a.txt"),
        "Resolution adopted by the General Assembly on 1 October 2026\n81/5.\tOceans\n\n\tThe General Assembly,\n\t1.\tDecides.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.txt"),
        "\tThe General Assembly,\n\tRecalling its resolution 81/5 of 2 October 2026,\n\t1.\tDecides.\n",
    )
    .unwrap();
    let output = resolute_in(&dir, &["check", "--format", "json", "."]);
    let found = json_array(&output);
    assert_eq!(found.len(), 1, "{}", stdout(&output));
    assert_eq!(field(&found[0], "code"), "citation-catalog-date");
    assert!(field(&found[0], "message").contains("write `1 October 2026`"));
}

#[test]
fn the_language_comes_from_the_file_name_resolute_toml_or_the_organ_line() {
    let dir = scratch("languages");
    // No organ line: the language is the file name's or `resolute.toml`'s.
    let body = "\tRappelant sa résolution 65/140 du 17 décembre 2010,\n\t1.\tPrie le Secrétaire général de lui faire rapport ;\n\t2.\tDécide de rester saisie de la question.\n";
    std::fs::write(dir.join("draft.fr.resolution"), body).unwrap();
    std::fs::write(dir.join("draft.txt"), body).unwrap();
    std::fs::write(
        dir.join("organ.txt"),
        format!("\tL’Assemblée générale,\n{body}"),
    )
    .unwrap();
    let output = resolute_in(
        &dir,
        &["stats", "draft.fr.resolution", "draft.txt", "organ.txt"],
    );
    let out = stdout(&output);
    assert!(out.contains("draft.fr.resolution (French)"), "{out}");
    assert!(out.contains("draft.txt (English)"), "{out}");
    assert!(out.contains("organ.txt (French)"), "{out}");
    // The French date of the citation is checked against the catalog, and
    // the fix writes the date in French.
    let output = resolute_in(&dir, &["check", "--format", "json", "organ.txt"]);
    let found = json_array(&output);
    assert_eq!(found.len(), 1, "{}", stdout(&output));
    assert_eq!(field(&found[0], "code"), "citation-catalog-date");
    assert!(
        field(&found[0], "message").contains("adopted on 16 December 2010"),
        "{}",
        stdout(&output)
    );
    std::fs::write(dir.join("resolute.toml"), "language = \"fr\"\n").unwrap();
    let output = resolute_in(&dir, &["stats", "draft.txt"]);
    assert!(
        stdout(&output).contains("draft.txt (French)"),
        "{}",
        stdout(&output)
    );
    std::fs::write(dir.join("resolute.toml"), "language = \"xx\"\n").unwrap();
    let output = resolute_in(&dir, &["stats", "draft.txt"]);
    assert!(stderr(&output).contains("`xx` is not one of the official languages"));
}

#[test]
fn stats_count_paragraphs_brackets_footnotes_and_citations() {
    let dir = scratch("stats");
    std::fs::write(
        dir.join("draft.txt"),
        "\tThe General Assembly,\nPP1\tRecalling its resolution 67/264,\nPP2\tNoting [with concern] the report,1\nOP1\t[Urges/Calls upon] all States;\nOP2\tDecides to remain seized of the matter.\n",
    )
    .unwrap();
    let output = resolute_in(&dir, &["stats", "--format", "json", "draft.txt"]);
    assert_eq!(output.status.code(), Some(0), "{}", stderr(&output));
    let all = json_array(&output);
    let figures = &all[0];
    assert_eq!(figures["path"], "draft.txt");
    assert_eq!(figures["preambular_paragraphs"], 2);
    assert_eq!(figures["operative_paragraphs"], 2);
    assert_eq!(figures["bracketed_paragraphs"], 2);
    assert_eq!(figures["open_footnotes"], 1);
    assert_eq!(figures["citations_in_catalog"], 1);
    let output = resolute_in(&dir, &["stats", "draft.txt"]);
    assert_eq!(
        stdout(&output),
        "draft.txt (English): 2 preambular and 2 operative paragraphs, 0 subparagraphs; 2 in brackets; 0 footnotes, 1 open; 1 citations (1 in the catalog)\n"
    );
}

#[test]
fn lsp_accepts_the_stdio_flag_clients_pass() {
    // Standard input is empty: the server starts, sees the client gone
    // without `shutdown`, and exits 1 (not 2, a usage error).
    let output = Command::new(BIN)
        .args(["lsp", "--stdio"])
        .stdin(std::process::Stdio::null())
        .output()
        .expect("the resolute binary runs");
    assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
    assert!(!stderr(&output).contains("unexpected argument"));
}

/// `--locale fr` writes the messages in French, with the same codes and
/// ranges; `fr-CA` is French, and any other tag English.
#[test]
fn locale_gives_the_messages_in_russian_arabic_chinese_and_spanish() {
    let check = |locale: &str| {
        let output = resolute(&[
            "check",
            "--format",
            "json",
            "--locale",
            locale,
            "tests/fixtures/sample-draft.txt",
        ]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        json_array(&output)
    };
    let message = |items: &[Value], code: &str| {
        items
            .iter()
            .find(|d| d["code"] == code)
            .and_then(|d| d["message"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    let english = check("en");
    for (locale, expected) in [
        (
            "ru",
            "присвоить этому пункту номер 3 или вставить перед ним пункт 3: пункт 3 отсутствует",
        ),
        (
            "ru_RU.UTF-8",
            "присвоить этому пункту номер 3 или вставить перед ним пункт 3: пункт 3 отсутствует",
        ),
        (
            "ar",
            "رقّم هذه الفقرة 3، أو أدرج الفقرة 3 قبلها: الفقرة 3 ناقصة",
        ),
        (
            "zh-Hans-CN",
            "将此段编为第3段，或在其前插入第3段：缺少第3段",
        ),
        (
            "es",
            "numerar este párrafo 3, o insertar el párrafo 3 antes de él: falta el párrafo 3",
        ),
    ] {
        let found = check(locale);
        assert_eq!(found.len(), english.len(), "{locale}");
        for (en, other) in english.iter().zip(&found) {
            assert_eq!(en["code"], other["code"], "{locale}");
            assert_eq!(en["range"], other["range"], "{locale}");
            assert_ne!(en["message"], other["message"], "{locale}");
        }
        assert_eq!(message(&found, "operative-numbering"), expected, "{locale}");
    }
}

#[test]
fn locale_gives_the_messages_in_french() {
    let check = |locale: &str| {
        let output = resolute(&[
            "check",
            "--format",
            "json",
            "--locale",
            locale,
            "tests/fixtures/sample-draft.txt",
        ]);
        assert_eq!(output.status.code(), Some(1), "{}", stderr(&output));
        json_array(&output)
    };
    let english = check("de");
    let french = check("fr");
    assert_eq!(check("fr-CA"), french);
    assert_eq!(english.len(), french.len());
    for (en, fr) in english.iter().zip(&french) {
        assert_eq!(en["code"], fr["code"]);
        assert_eq!(en["range"], fr["range"]);
        assert_ne!(en["message"], fr["message"]);
    }
    let message = |items: &[Value], code: &str| {
        items
            .iter()
            .find(|d| d["code"] == code)
            .and_then(|d| d["message"].as_str())
            .unwrap_or_default()
            .to_owned()
    };
    assert_eq!(
        message(&french, "operative-numbering"),
        "numéroter ce paragraphe 3, ou insérer le paragraphe 3 avant lui : le paragraphe 3 manque"
    );
    assert_eq!(
        message(&english, "operative-numbering"),
        "number this paragraph 3, or insert paragraph 3 before it: paragraph 3 is missing"
    );
    let human = stdout(&resolute(&[
        "check",
        "--exit-zero",
        "--locale",
        "fr",
        "tests/fixtures/sample-draft.txt",
    ]));
    assert!(
        human.contains("error[footnote-missing]: ajouter le texte de la note de bas de page 3"),
        "{human}"
    );
    // The summary line too; the `error[code]` labels stay as they are, for
    // the tools that read them.
    assert!(
        human.ends_with("\n2 erreurs, 0 avertissement dans 1 fichier\n"),
        "{human}"
    );
}

/// Runs `resolute check ARGS` in `dir` on `threads` threads, standard output
/// and standard error into one file, as a terminal shows them.
fn check_on_threads(dir: &Path, threads: usize, args: &[&str]) -> String {
    let log = dir.with_file_name(format!("check-on-{threads}-threads.log"));
    let file = std::fs::File::create(&log).expect("the log can be created");
    let status = Command::new(BIN)
        .arg("check")
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("RAYON_NUM_THREADS", threads.to_string())
        .stdout(file.try_clone().expect("the log can be shared"))
        .stderr(file)
        .status()
        .expect("the resolute binary runs");
    assert_eq!(status.code(), Some(2), "a path could not be read");
    std::fs::read_to_string(&log).expect("the log is UTF-8")
}

#[test]
fn a_folder_is_printed_in_the_walks_order_whatever_the_number_of_threads() {
    let dir = scratch("threads").join("tree");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    // More files than the window of paths in flight on four threads, so that
    // it slides; each file has one finding, so each shows where it is.
    let name = |i: usize| {
        if i % 7 == 3 {
            format!("sub/f{i:02}.txt")
        } else {
            format!("f{i:02}.txt")
        }
    };
    let cites = "\tThe General Assembly,\n\tRecalling its resolution 81/5 of 2 October 2026,\n\t1.\tUrges all States;\n\t3.\tDecides.\n";
    for i in 0..72 {
        let path = dir.join(name(i));
        match i {
            // An unreadable file in the middle is reported at its place.
            13 => std::fs::write(&path, b"\tThe General Assembly,\n\t1.\tD\xe9cide;\n"),
            // One file cites a symbol a later file declares, another one that
            // an earlier file declared.
            5 | 60 => std::fs::write(&path, cites),
            50 => std::fs::write(
                &path,
                "Resolution adopted by the General Assembly on 1 October 2026\n81/5.\tOceans\n\n\tThe General Assembly,\n\t1.\tUrges all States;\n\t3.\tDecides.\n",
            ),
            _ => std::fs::write(&path, GAP),
        }
        .expect("write a file");
    }
    // The walk's order: a folder's entries sorted by name, `sub` after `f…`.
    let mut order: Vec<String> = (0..72).map(name).collect();
    order.sort_by_key(|n| (n.starts_with("sub/"), n.clone()));

    for format in ["human", "json"] {
        let one = check_on_threads(&dir, 1, &["--format", format, "."]);
        for threads in [2, 4] {
            let many = check_on_threads(&dir, threads, &["--format", format, "."]);
            assert_eq!(one, many, "{format}: 1 thread against {threads}");
        }
        // Each file's first line of output, in order, and the unreadable one
        // at its place.
        let seen: Vec<String> = one
            .lines()
            .filter_map(|line| {
                // In the JSON format the message on standard error follows
                // the last object written, on its line.
                let line = line
                    .find("resolute: cannot read ")
                    .map_or(line, |at| &line[at..]);
                let line = line.trim_start().trim_start_matches("\"path\": \"");
                let line = line.strip_prefix("resolute: cannot read ").unwrap_or(line);
                let path = line.strip_prefix("./")?;
                let end = path.find(".txt")? + 4;
                Some(path[..end].to_owned())
            })
            .fold(Vec::new(), |mut seen, path| {
                if seen.last() != Some(&path) {
                    seen.push(path);
                }
                seen
            });
        assert_eq!(seen, order, "{format}: {one}");
    }

    // Both citing files are checked against the declaration, whichever
    // comes first; the others are not changed by it.
    let output = resolute_in(&dir, &["check", "--format", "json", "."]);
    let found = json_array(&output);
    let dated: Vec<&str> = found
        .iter()
        .filter(|d| field(d, "code") == "citation-catalog-date")
        .map(|d| field(d, "path"))
        .collect();
    assert_eq!(dated, ["./f05.txt", "./f60.txt"], "{}", stdout(&output));
    assert_eq!(
        found
            .iter()
            .filter(|d| field(d, "code") == "operative-numbering")
            .count(),
        71
    );
}
