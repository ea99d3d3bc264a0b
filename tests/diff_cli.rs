//! `resolute diff` end to end, on the built binary: every format, the base
//! named by a symbol through a catalog's `file` column or by the draft's
//! first line, and the Word document with tracked changes. The `.docx` is
//! read back (accepting every change must give the draft, rejecting every
//! change the base) and converted by headless LibreOffice, which the test
//! installs from Debian (`libreoffice-writer-nogui`) when it is missing, as
//! the Neovim test installs Neovim; LibreOffice's own re-export must carry
//! the same changes.

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{SystemTime, UNIX_EPOCH};

use quick_xml::events::Event;
use serde_json::Value;

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn fixture(name: &str) -> PathBuf {
    repo().join("tests/fixtures/diff").join(name)
}

fn corpus(name: &str) -> PathBuf {
    repo().join("../shared/corpus").join(name)
}

fn scratch(name: &str) -> PathBuf {
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let dir = std::env::temp_dir().join(format!(
        "resolute-diff-{name}-{}-{nanos}",
        std::process::id()
    ));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn resolute(args: &[&str], cwd: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_resolute"))
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .expect("resolute runs")
}

fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

#[test]
fn every_format_reports_the_changes() {
    let (base, draft) = (fixture("base.txt"), fixture("draft.txt"));
    let (b, d) = (base.to_str().unwrap(), draft.to_str().unwrap());
    let human = stdout(&resolute(&["diff", b, d], &repo()));
    for expected in [
        "PP1 changed\n    Recalling its [-resolution-]{+resolutions+} 77/1 of 1 December 2022 {+and 79/5 of 4 December 2024+},",
        "PP2 unchanged, moved from PP3",
        "PP4 new",
        "OP2+OP3 changed, split from OP2",
        "OP4 changed (was OP3)",
        "line 1 new\n    {+Eightieth session",
        "[-eighty-first-]{+eighty-second+} session",
        "3 unchanged, 4 changed, 1 new, 0 deleted, 1 moved",
    ] {
        assert!(human.contains(expected), "{expected:?} not in:\n{human}");
    }
    let json: Value = serde_json::from_str(&stdout(&resolute(
        &["diff", "--format", "json", b, d],
        &repo(),
    )))
    .unwrap();
    assert_eq!(json["summary"]["new"], 1);
    // The edit script, applied to the base, is the draft.
    let base_text = std::fs::read_to_string(&base).unwrap();
    let mut rebuilt = String::new();
    for edit in json["edits"].as_array().unwrap() {
        match edit["op"].as_str().unwrap() {
            "equal" => {
                let r = &edit["base"];
                rebuilt.push_str(
                    &base_text[r[0].as_u64().unwrap() as usize..r[1].as_u64().unwrap() as usize],
                );
            }
            "insert" => rebuilt.push_str(edit["text"].as_str().unwrap()),
            "delete" => {}
            other => panic!("unknown op {other}"),
        }
    }
    assert_eq!(rebuilt, std::fs::read_to_string(&draft).unwrap());
    let md = stdout(&resolute(&["diff", "--format", "markdown", b, d], &repo()));
    assert!(md.contains("## OP4 changed (was OP3)"), "{md}");
    assert!(
        md.contains("~~eighty-first~~ **eighty-second** session"),
        "{md}"
    );
    let html = stdout(&resolute(&["diff", "--format", "html", b, d], &repo()));
    assert!(
        html.contains("<del>eighty-first</del><ins>eighty-second</ins> session"),
        "{html}"
    );
}

#[test]
fn a_symbol_base_resolves_through_the_catalog_and_the_first_line() {
    let dir = scratch("symbol");
    std::fs::create_dir_all(dir.join("adopted")).unwrap();
    std::fs::copy(fixture("base.txt"), dir.join("adopted/A_RES_79_5.txt")).unwrap();
    std::fs::write(
        dir.join("adopted.csv"),
        "symbol,date,title,file\nA/RES/79/5,2024-12-04,Oceans and the law of the sea,adopted/A_RES_79_5.txt\n",
    )
    .unwrap();
    std::fs::write(dir.join("resolute.toml"), "catalogs = [\"adopted.csv\"]\n").unwrap();
    let draft = std::fs::read_to_string(fixture("draft.txt")).unwrap();
    std::fs::write(dir.join("draft.txt"), &draft).unwrap();
    let by_symbol = stdout(&resolute(&["diff", "--base", "79/5", "draft.txt"], &dir));
    assert!(by_symbol.contains("PP4 new"), "{by_symbol}");
    let by_file = stdout(&resolute(
        &["diff", "adopted/A_RES_79_5.txt", "draft.txt"],
        &dir,
    ));
    assert_eq!(by_symbol, by_file);
    // The draft names its base on its first line.
    std::fs::write(
        dir.join("named.txt"),
        format!("<!-- base: A/RES/79/5 -->\n{draft}"),
    )
    .unwrap();
    let named = stdout(&resolute(&["diff", "named.txt"], &dir));
    assert!(
        named.contains("PP4 new") && named.contains("line 1 new"),
        "{named}"
    );
    // What cannot be found is said.
    let missing = resolute(&["diff", "--base", "79/999", "draft.txt"], &dir);
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("79/999 is not in any catalog"));
    let none = resolute(&["diff", "draft.txt"], &dir);
    assert_eq!(none.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&none.stderr).contains("names no base"));
    std::fs::remove_dir_all(&dir).unwrap();
}

/// A paragraph of a `.docx` as the test reads it.
#[derive(Debug, Default)]
struct Para {
    /// The text with every change accepted, and with every change rejected.
    accepted: String,
    rejected: String,
    /// The paragraph's mark was inserted / deleted as a tracked change.
    mark_inserted: bool,
    mark_deleted: bool,
}

/// The paragraphs of `word/document.xml` in the `.docx` at `path`, and the
/// (author, date) of every tracked change.
fn read_docx(path: &Path) -> (Vec<Para>, Vec<(String, String)>) {
    let file = std::fs::File::open(path).unwrap();
    let mut archive = zip::ZipArchive::new(file).expect("a .docx is a zip");
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .expect("word/document.xml")
        .read_to_string(&mut xml)
        .unwrap();
    let mut reader = quick_xml::Reader::from_str(&xml);
    let mut paras = Vec::new();
    let mut revisions = Vec::new();
    let mut current: Option<Para> = None;
    let (mut in_ppr, mut in_ins, mut in_del, mut in_text) = (false, 0, 0, false);
    // The change wrappers open: (inserted, counted in in_ins/in_del).
    let mut open: Vec<(bool, bool)> = Vec::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        match &event {
            Event::Start(e) | Event::Empty(e) => {
                let empty = matches!(event, Event::Empty(_));
                let name = e.name();
                let name = std::str::from_utf8(name.as_ref()).unwrap().to_owned();
                let attr = |key: &str| {
                    e.attributes()
                        .flatten()
                        .find(|a| a.key.as_ref() == key.as_bytes())
                        .map(|a| String::from_utf8_lossy(&a.value).into_owned())
                        .unwrap_or_default()
                };
                match name.as_str() {
                    "w:p" => current = Some(Para::default()),
                    "w:pPr" if !empty => in_ppr = true,
                    // LibreOffice writes a moved paragraph as moveFrom
                    // (deleted there) and moveTo (inserted here).
                    "w:ins" | "w:del" | "w:moveTo" | "w:moveFrom" => {
                        revisions.push((attr("w:author"), attr("w:date")));
                        let inserted = name == "w:ins" || name == "w:moveTo";
                        let p = current.as_mut().expect("inside a paragraph");
                        if in_ppr {
                            if inserted {
                                p.mark_inserted = true;
                            } else {
                                p.mark_deleted = true;
                            }
                        } else if inserted {
                            in_ins += 1;
                        } else {
                            in_del += 1;
                        }
                        if !empty {
                            open.push((inserted, !in_ppr));
                        } else if !in_ppr {
                            if inserted {
                                in_ins -= 1;
                            } else {
                                in_del -= 1;
                            }
                        }
                    }
                    "w:t" | "w:delText" if !empty => in_text = true,
                    // Characters Word writes as elements.
                    "w:tab" | "w:noBreakHyphen" | "w:softHyphen" if !in_ppr => {
                        let c = match name.as_str() {
                            "w:tab" => '\t',
                            "w:noBreakHyphen" => '\u{2011}',
                            _ => '\u{ad}',
                        };
                        let p = current.as_mut().expect("inside a paragraph");
                        if in_del == 0 {
                            p.accepted.push(c);
                        }
                        if in_ins == 0 {
                            p.rejected.push(c);
                        }
                    }
                    _ => {}
                }
                if name == "w:p" && empty {
                    paras.push(current.take().unwrap());
                }
            }
            Event::End(e) => match e.name().as_ref() {
                b"w:p" => paras.push(current.take().expect("a paragraph")),
                b"w:pPr" => in_ppr = false,
                b"w:ins" | b"w:del" | b"w:moveTo" | b"w:moveFrom" => {
                    let (inserted, counted) = open.pop().expect("a change wrapper");
                    if counted {
                        if inserted {
                            in_ins -= 1;
                        } else {
                            in_del -= 1;
                        }
                    }
                }
                b"w:t" | b"w:delText" => in_text = false,
                _ => {}
            },
            Event::Text(t) if in_text => {
                let text = t.xml10_content().unwrap().into_owned();
                let p = current.as_mut().expect("inside a paragraph");
                if in_del == 0 {
                    p.accepted.push_str(&text);
                }
                if in_ins == 0 {
                    p.rejected.push_str(&text);
                }
            }
            Event::GeneralRef(r) if in_text => {
                let name = String::from_utf8_lossy(r.as_ref()).into_owned();
                let c = match name.as_str() {
                    "amp" => "&",
                    "lt" => "<",
                    "gt" => ">",
                    "quot" => "\"",
                    "apos" => "'",
                    other => panic!("entity {other}"),
                };
                let p = current.as_mut().expect("inside a paragraph");
                if in_del == 0 {
                    p.accepted.push_str(c);
                }
                if in_ins == 0 {
                    p.rejected.push_str(c);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    (paras, revisions)
}

/// The text with every change accepted (drop `w:del`, unwrap `w:ins`; a
/// deleted paragraph mark joins its paragraph to the next) or rejected.
fn resolve(paras: &[Para], accept: bool) -> String {
    let mut out = String::new();
    for (index, p) in paras.iter().enumerate() {
        out.push_str(if accept { &p.accepted } else { &p.rejected });
        let joined = if accept {
            p.mark_deleted
        } else {
            p.mark_inserted
        };
        if index + 1 < paras.len() && !joined {
            out.push('\n');
        }
    }
    out
}

fn write_docx(base: &Path, draft: &Path, out: &Path) {
    let output = resolute(
        &[
            "diff",
            "--format",
            "docx",
            "--author",
            "Delegation of Testland",
            "--date",
            "2026-11-28T09:30:00Z",
            "--output",
            out.to_str().unwrap(),
            base.to_str().unwrap(),
            draft.to_str().unwrap(),
        ],
        &repo(),
    );
    stdout(&output);
}

/// Pairs of consecutive resolutions on the same item.
const PAIRS: &[(&str, &str)] = &[
    ("unxml/ga/A_RES_77_107.txt", "unxml/ga/A_RES_79_123.txt"),
    ("unxml/ga/A_RES_75_265.txt", "unxml/ga/A_RES_77_272.txt"),
    ("unxml/ga/A_RES_74_278.txt", "unxml/ga/A_RES_75_296.txt"),
    ("unxml/ga/A_RES_77_171.txt", "unxml/ga/A_RES_78_158.txt"),
    (
        "unxml/hrc/A_HRC_RES_54_20.txt",
        "unxml/hrc/A_HRC_RES_57_22.txt",
    ),
];

#[test]
fn accepting_the_docx_gives_the_draft_and_rejecting_it_the_base() {
    let dir = scratch("docx");
    let mut pairs: Vec<(PathBuf, PathBuf)> = vec![(fixture("base.txt"), fixture("draft.txt"))];
    pairs.extend(PAIRS.iter().map(|(b, d)| (corpus(b), corpus(d))));
    for (index, (base, draft)) in pairs.iter().enumerate() {
        let out = dir.join(format!("{index}.docx"));
        write_docx(base, draft, &out);
        let (paras, revisions) = read_docx(&out);
        assert!(
            !revisions.is_empty(),
            "{}: no tracked change",
            draft.display()
        );
        assert!(
            revisions
                .iter()
                .all(|(a, d)| a == "Delegation of Testland" && d == "2026-11-28T09:30:00Z"),
            "every change has its author and date"
        );
        let base_text = std::fs::read_to_string(base).unwrap();
        let draft_text = std::fs::read_to_string(draft).unwrap();
        assert_eq!(
            resolve(&paras, true),
            draft_text,
            "{}: accepted",
            draft.display()
        );
        assert_eq!(
            resolve(&paras, false),
            base_text,
            "{}: rejected",
            base.display()
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}

/// `soffice`, installed from Debian when it is missing.
fn libreoffice() -> PathBuf {
    let found = |p: &str| {
        Command::new(p)
            .arg("--version")
            .output()
            .is_ok_and(|o| o.status.success())
    };
    if !found("soffice") {
        eprintln!("diff_cli: installing libreoffice-writer-nogui (apt-get)");
        let root = Command::new("id")
            .arg("-u")
            .output()
            .is_ok_and(|o| o.stdout.starts_with(b"0"));
        let sudo: &[&str] = if root { &[] } else { &["sudo"] };
        let run = |args: &[&str]| {
            let mut all: Vec<&str> = sudo.to_vec();
            all.extend_from_slice(args);
            let status = Command::new(all[0])
                .args(&all[1..])
                .env("DEBIAN_FRONTEND", "noninteractive")
                .status()
                .expect("apt-get runs");
            assert!(status.success(), "{all:?} failed");
        };
        run(&["apt-get", "update", "-qq"]);
        run(&[
            "apt-get",
            "install",
            "-y",
            "-qq",
            "--no-install-recommends",
            "libreoffice-writer-nogui",
        ]);
    }
    assert!(
        found("soffice"),
        "LibreOffice (soffice) is needed and could not be installed"
    );
    PathBuf::from("soffice")
}

fn convert(soffice: &Path, input: &Path, to: &str, outdir: &Path, profile: &Path) {
    let output = Command::new(soffice)
        .arg(format!(
            "-env:UserInstallation=file://{}",
            profile.display()
        ))
        .args(["--headless", "--norestore", "--convert-to", to, "--outdir"])
        .arg(outdir)
        .arg(input)
        .output()
        .expect("soffice runs");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        output.status.success(),
        "soffice failed on {}: {stderr}",
        input.display()
    );
    assert!(
        !stderr.to_lowercase().contains("error"),
        "soffice said: {stderr}"
    );
}

#[test]
fn libreoffice_converts_the_docx_and_keeps_its_changes() {
    let soffice = libreoffice();
    let dir = scratch("lo");
    let profile = dir.join("profile");
    for (index, (base, draft)) in [
        (fixture("base.txt"), fixture("draft.txt")),
        (corpus(PAIRS[0].0), corpus(PAIRS[0].1)),
    ]
    .iter()
    .enumerate()
    {
        let docx = dir.join(format!("tracked{index}.docx"));
        write_docx(base, draft, &docx);
        // To PDF: the document opens and lays out without error.
        convert(&soffice, &docx, "pdf", &dir, &profile);
        let pdf = dir.join(format!("tracked{index}.pdf"));
        assert!(
            std::fs::metadata(&pdf).unwrap().len() > 1000,
            "an empty PDF"
        );
        // LibreOffice's own Word export keeps the tracked changes: accepting
        // and rejecting them there gives the same texts.
        let again = dir.join("again");
        convert(&soffice, &docx, "docx:MS Word 2007 XML", &again, &profile);
        let (paras, revisions) = read_docx(&again.join(format!("tracked{index}.docx")));
        assert!(revisions.iter().any(|(a, _)| a == "Delegation of Testland"));
        let draft_text = std::fs::read_to_string(draft).unwrap();
        let base_text = std::fs::read_to_string(base).unwrap();
        assert_eq!(
            resolve(&paras, true).trim_end(),
            draft_text.trim_end(),
            "LibreOffice's export, accepted"
        );
        assert_eq!(
            resolve(&paras, false).trim_end(),
            base_text.trim_end(),
            "LibreOffice's export, rejected"
        );
    }
    std::fs::remove_dir_all(&dir).unwrap();
}
