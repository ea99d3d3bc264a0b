//! `resolute compare` end to end, on the built binary: the French version of
//! A/RES/76/148 of the parallel corpus (its one real difference: `75/168 du
//! 23 décembre 2020` for 16 December 2020) against the English one, in both
//! formats, and the exit statuses.

use std::path::{Path, PathBuf};
use std::process::Command;

use serde_json::Value;

fn version(lang: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/corpus/parallel/A_RES_76_148")
        .join(format!("{lang}.txt"))
}

fn resolute(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_resolute"))
        .args(args)
        .output()
        .expect("the binary runs")
}

#[test]
fn the_french_date_that_differs_is_reported_with_the_english_place() {
    let (en, fr) = (version("en"), version("fr"));
    let (en, fr) = (en.to_str().unwrap(), fr.to_str().unwrap());
    let human = resolute(&["compare", en, fr]);
    assert_eq!(human.status.code(), Some(0));
    let out = String::from_utf8(human.stdout).unwrap();
    assert!(
        out.contains("fr.txt:7:")
            && out.contains("warning[version-mismatch]: 75/168 is dated 23 December 2020 here and 16 December 2020 in the English version")
            && out.contains("= note: ")
            && out.contains("0 errors, 1 warning in 1 file"),
        "{out}"
    );

    let json = resolute(&["compare", "--format", "json", en, fr]);
    assert_eq!(json.status.code(), Some(0));
    let value: Value = serde_json::from_slice(&json.stdout).unwrap();
    let all = value.as_array().unwrap();
    assert_eq!(all.len(), 1, "{value:#}");
    let d = &all[0];
    assert_eq!(d["code"], "version-mismatch");
    assert_eq!(d["kind"], "date");
    assert_eq!(d["language"], "fr");
    assert_eq!(d["range"]["start"]["line"], 6);
    assert_eq!(d["reference"]["language"], "en");
    assert_eq!(d["reference"]["range"]["start"]["line"], 6);

    // French as the reference: the English version differs the same way.
    let reversed = resolute(&["compare", "--reference", "fr", "--format", "json", en, fr]);
    let value: Value = serde_json::from_slice(&reversed.stdout).unwrap();
    assert_eq!(value[0]["language"], "en", "{value:#}");
    assert_eq!(value[0]["kind"], "date");
}

#[test]
fn the_differences_follow_the_locale() {
    let (en, fr) = (version("en"), version("fr"));
    let (en, fr) = (en.to_str().unwrap(), fr.to_str().unwrap());
    let human = resolute(&["compare", "--locale", "fr", en, fr]);
    assert_eq!(human.status.code(), Some(0));
    let out = String::from_utf8(human.stdout).unwrap();
    assert!(
        out.contains("warning[version-mismatch]: 75/168 est daté ici du 23 décembre 2020 et du 16 décembre 2020 dans la version anglaise")
            && out.contains("en.txt:7: la version anglaise, ici"),
        "{out}"
    );
    let json = resolute(&["compare", "--locale", "ru", "--format", "json", en, fr]);
    let value: Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(
        value[0]["message"],
        "дата 75/168 здесь — 23 декабря 2020 года, а в тексте на английском языке — 16 декабря 2020 года",
        "{value:#}"
    );
    assert_eq!(value[0]["kind"], "date");
}

#[test]
fn no_file_in_the_reference_language_or_an_unreadable_file_is_status_2() {
    let fr = version("fr");
    let es = version("es");
    let out = resolute(&["compare", fr.to_str().unwrap(), es.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    let out = resolute(&[
        "compare",
        version("en").to_str().unwrap(),
        "/no/such/fr.txt",
    ]);
    assert_eq!(out.status.code(), Some(2));
}
