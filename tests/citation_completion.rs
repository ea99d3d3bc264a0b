//! Citation completion over the protocol: the built `resolute` binary,
//! spoken to as an editor would. A text that says what it is (its number,
//! its adoption date) is offered only resolutions adopted before it; the
//! list comes in the order the server gives it (`sortText`): the most
//! recent session first, and within a session by number as numbers (79/2
//! before 79/10), each with its date and title.

mod support {
    pub mod server;
}

use serde_json::{json, Value};
use support::server::Server;

const URI: &str = "file:///tmp/resolute-citation-completion/draft.txt";

/// The items of a completion answer, in the order of their `sortText`.
fn items(answer: &Value) -> Vec<Value> {
    let result = &answer["result"];
    let mut items = result["items"]
        .as_array()
        .or(result.as_array())
        .unwrap_or_else(|| panic!("{answer}"))
        .clone();
    items.sort_by(|a, b| {
        a["sortText"]
            .as_str()
            .unwrap_or("")
            .cmp(b["sortText"].as_str().unwrap_or(""))
    });
    items
}

fn complete(server: &mut Server, line: u32, character: u32) -> Vec<Value> {
    let answer = server.request(
        "textDocument/completion",
        json!({"textDocument": {"uri": URI}, "position": {"line": line, "character": character}}),
    );
    items(&answer)
}

fn labels(items: &[Value]) -> Vec<&str> {
    items.iter().map(|i| i["label"].as_str().unwrap()).collect()
}

/// (session, number) of a General Assembly label `79/12`.
fn number(label: &str) -> (&str, u32) {
    let (session, number) = label.split_once('/').unwrap();
    (session, number.parse().unwrap())
}

/// The date an item's detail starts with (`18 November 2024 · …`), as
/// (year, month, day).
fn detail_date(item: &Value) -> (u32, u32, u32) {
    let detail = item["detail"].as_str().unwrap_or_else(|| panic!("{item}"));
    let date = detail.split(" · ").next().unwrap();
    let mut parts = date.split(' ');
    let day = parts.next().unwrap().parse().unwrap();
    let month = parts.next().unwrap();
    let month = resolute_core::syntax::date::MONTHS
        .iter()
        .position(|m| *m == month)
        .unwrap() as u32
        + 1;
    let year = parts.next().unwrap().parse().unwrap();
    (year, month, day)
}

#[test]
fn citation_completion_offers_what_came_before_the_text_in_order() {
    let mut server = Server::start(json!({}));
    // Resolution 79/9 was adopted on 18 November 2024.
    let head = "Resolution adopted by the General Assembly on 18 November 2024\n79/9.\tCooperation\n\n\tThe General Assembly,\n";
    let line = "\tRecalling its resolution 79/";
    server.open(URI, 1, &format!("{head}{line}\n"));

    // `79/`: the numbers before 79/9, by number, each with its date and
    // title, inserting the date too.
    let offered = complete(&mut server, 4, line.len() as u32);
    assert_eq!(
        labels(&offered),
        ["79/1", "79/2", "79/3", "79/4", "79/5", "79/6", "79/7", "79/8"]
    );
    for item in &offered {
        let detail = item["detail"].as_str().unwrap();
        assert!(detail.contains(" · "), "a date and a title: {detail}");
        assert!(detail_date(item) <= (2024, 11, 18), "{item}");
        let inserted = item["textEdit"]["newText"].as_str().unwrap();
        assert!(inserted.starts_with(&format!("{} of ", item["label"].as_str().unwrap())));
    }

    // Nothing typed yet: the text's session first, then the others, the
    // most recent first; nothing adopted after the text; within each
    // session, by number.
    let line = "\tRecalling its resolution ";
    server.change(
        URI,
        2,
        json!([{"range": {"start": {"line": 4, "character": 0}, "end": {"line": 4, "character": 29}}, "text": line}]),
    );
    let offered = complete(&mut server, 4, line.len() as u32);
    assert!(offered.len() >= 50, "{}", offered.len());
    let labels = labels(&offered);
    assert_eq!(labels[0], "79/1");
    assert!(offered.iter().all(|i| detail_date(i) < (2024, 11, 18)));
    assert!(labels.iter().all(|l| {
        let (session, n) = number(l);
        session != "79" || n < 9
    }));
    let mut previous: Option<(&str, u32)> = None;
    let mut sessions = Vec::new();
    for label in &labels {
        let (session, n) = number(label);
        match previous {
            Some((s, m)) if s == session => assert!(m < n, "{m} then {n} in session {s}"),
            _ => {
                assert!(!sessions.contains(&session), "session {session} twice");
                sessions.push(session);
            }
        }
        previous = Some((session, n));
    }
    assert_eq!(sessions[0], "79");

    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

#[test]
fn council_completion_offers_lower_numbers_only() {
    let mut server = Server::start(json!({}));
    let line = "\tRecalling its resolution 25";
    server.open(
        URI,
        1,
        &format!("Resolution 2505 (2020)\n\tThe Security Council,\n{line}\n"),
    );
    let offered = complete(&mut server, 2, line.len() as u32);
    assert!(!offered.is_empty());
    for item in &offered {
        let label = item["label"].as_str().unwrap();
        let n: u32 = label.split(' ').next().unwrap().parse().unwrap();
        assert!(n < 2505, "{label} is not before resolution 2505");
    }
    assert_eq!(offered[0]["label"], "2504 (2020)");
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}

/// A list the server cuts short says so (`isIncomplete`), so that the editor
/// asks again as the drafter types on: `resolution 67/` offers the first
/// entries of session 67, without 67/264, and `67/26` then offers it in a
/// list that is complete (a plain array).
#[test]
fn a_list_cut_short_is_incomplete_and_typing_on_finds_what_it_left_out() {
    let mut server = Server::start(json!({}));
    let line = "\tRecalling its resolution 67/";
    server.open(URI, 1, &format!("\tThe General Assembly,\n{line}\n"));
    let at = |server: &mut Server, character: usize| {
        server.request(
            "textDocument/completion",
            json!({"textDocument": {"uri": URI}, "position": {"line": 1, "character": character}}),
        )
    };
    let cut = at(&mut server, line.len());
    assert_eq!(cut["result"]["isIncomplete"], true, "{cut}");
    assert!(!labels(&items(&cut)).contains(&"67/264"));
    server.notify(
        "textDocument/didChange",
        json!({
            "textDocument": {"uri": URI, "version": 2},
            "contentChanges": [{
                "range": {"start": {"line": 1, "character": line.len()}, "end": {"line": 1, "character": line.len()}},
                "text": "26",
            }],
        }),
    );
    let whole = at(&mut server, line.len() + 2);
    assert!(whole["result"].is_array(), "{whole}");
    assert!(labels(&items(&whole)).contains(&"67/264"));
    assert_eq!(server.shutdown_and_exit().code(), Some(0));
}
