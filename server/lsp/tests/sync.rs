//! The server's copy of a document stays the client's: over the protocol,
//! after random `didChange` notifications (inserts, deletions and
//! replacements at random positions, including inside a surrogate pair, past
//! the end of a line and past the end of the document; CRLF and lone CR;
//! Arabic, Chinese and emoji; several changes per notification; whole-text
//! replacements), `resolute/documentText` equals the client's text as the
//! reference semantics in `support::Model` compute it, and the diagnostics
//! published for the last version equal those of a fresh `didOpen` of the
//! same text.

mod support;

use proptest::prelude::*;
use serde_json::json;
use support::{At, Client, Edit, Model, Units};

const BASE: &str = "Resolution adopted by the General Assembly on 21 November 2023\n\
78/10.\tSport 😀 et الرياضة 体育\n\n\tThe General Assembly,\r\n\tRecalling its resolution 76/13 of 2 December 2021,\n\
\tNoting the Outcome,1 مرحبا 中文 👍🏽\r\t1.\tUrges all States;\n\t2.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report;\n\
\t3.\tRequests a report on paragraph 2 above.\n\n38th plenary meeting\n21 November 2023\n\n1 Resolution 60/1.\n";

const EDITED: &str = "file:///tmp/resolute-sync/edited.txt";
const FRESH: &str = "file:///tmp/resolute-sync/fresh.txt";

fn inserted_text() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\n".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t4.\t".to_owned()),
        Just("1.".to_owned()),
        Just("(c)\t".to_owned()),
        Just("Conference2 ".to_owned()),
        Just("\n2 A/67/280.\n".to_owned()),
        Just("resolution 70/305 of 31 September 2016".to_owned()),
        Just("paragraph 9 above".to_owned()),
        Just("😀".to_owned()),
        Just("👍🏽\r\n".to_owned()),
        Just("中文".to_owned()),
        Just("مرحبا".to_owned()),
        Just("\u{0}".to_owned()),
        "[a-z ]{0,6}",
    ]
}

fn position() -> impl Strategy<Value = At> {
    // Up to line 24 of a text of about 20 lines, up to column 90 of lines of
    // up to about 60 units: many positions are past an end.
    prop_oneof![
        3 => (0u32..24, 0u32..90),
        1 => (0u32..24, Just(u32::MAX)),
        1 => (Just(u32::MAX), 0u32..4),
    ]
    .prop_map(|(line, character)| At { line, character })
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        // Ranges in both orders: a reversed range is part of the semantics.
        12 => (position(), position(), inserted_text()).prop_map(|(a, b, text)| Edit {
            range: Some((a, b)),
            text,
        }),
        1 => inserted_text().prop_map(|text| Edit {
            range: None,
            text: format!("{BASE}{text}"),
        }),
    ]
}

/// Notifications of one to three changes each.
fn batches() -> impl Strategy<Value = Vec<Vec<Edit>>> {
    prop::collection::vec(prop::collection::vec(edit(), 1..4), 1..10)
}

/// Opens BASE, sends `batches`, and checks the text and the diagnostics.
async fn check(batches: Vec<Vec<Edit>>, units: Units) {
    let capabilities = match units {
        Units::Utf16 => json!({}),
        Units::Utf8 => json!({"general": {"positionEncodings": ["utf-8", "utf-16"]}}),
    };
    let mut client = Client::start(capabilities, json!({})).await;
    let mut model = Model::new(BASE, units);
    client.open(EDITED, 1, BASE).await;
    let mut version = 1;
    for batch in &batches {
        version += 1;
        for edit in batch {
            model.apply(edit);
        }
        let changes: Vec<_> = batch.iter().map(Edit::to_json).collect();
        client
            .notify(
                "textDocument/didChange",
                json!({"textDocument": {"uri": EDITED, "version": version}, "contentChanges": changes}),
            )
            .await;
    }
    let server = client.document_text(EDITED).await;
    assert_eq!(
        server["text"],
        model.text(),
        "the server's text is not the client's"
    );
    assert_eq!(server["version"], version);
    assert_eq!(server["analysis"], "current");
    let incremental = client.diagnostics(EDITED, version).await;

    client.open(FRESH, 1, &model.text()).await;
    let fresh = client.diagnostics(FRESH, 1).await;
    assert_eq!(
        incremental, fresh,
        "incremental and fresh diagnostics differ"
    );
    client.shutdown().await;
}

fn runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn the_server_keeps_the_clients_text_in_utf16(batches in batches()) {
        runtime().block_on(check(batches, Units::Utf16));
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

    #[test]
    fn the_server_keeps_the_clients_text_in_utf8(batches in batches()) {
        runtime().block_on(check(batches, Units::Utf8));
    }
}

/// The model itself, on the cases the semantics name.
#[test]
fn the_reference_semantics() {
    let at = |line, character| At { line, character };
    let model = Model::new("a😀b\r\ncd\re", Units::Utf16);
    // Inside the surrogate pair: the start of the emoji.
    assert_eq!(model.offset(at(0, 2)), 1);
    assert_eq!(model.offset(at(0, 3)), 2);
    // Past the end of a line: before its CRLF; past the last line: the end.
    assert_eq!(model.offset(at(0, 99)), 3);
    assert_eq!(model.offset(at(1, 1)), 6);
    assert_eq!(model.offset(at(2, 0)), 8);
    assert_eq!(model.offset(at(3, 0)), 9);
    let mut model = Model::new("a😀b", Units::Utf8);
    // Inside the 4-byte sequence: the start of the emoji.
    assert_eq!(model.offset(at(0, 3)), 1);
    // A reversed range: the empty range at its end.
    model.apply(&Edit {
        range: Some((at(0, 5), at(0, 1))),
        text: "x".into(),
    });
    assert_eq!(model.text(), "ax😀b");
}

/// Cases found while writing the property test, kept as plain tests.
#[test]
fn edits_around_crlf_and_surrogates() {
    runtime().block_on(async {
        let at = |line, character| At { line, character };
        let edit = |a, b, text: &str| Edit {
            range: Some((a, b)),
            text: text.into(),
        };
        // Splitting and joining CRLF, typing inside a surrogate pair.
        check(
            vec![
                vec![edit(at(3, 99), at(4, 0), "\r")],
                vec![edit(at(3, 22), at(3, 22), "\n")],
                vec![edit(at(1, 8), at(1, 9), "x")],
                vec![edit(at(u32::MAX, 0), at(0, 0), "1.")],
            ],
            Units::Utf16,
        )
        .await;
    });
}
