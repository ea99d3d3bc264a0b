//! `ide::escape_markdown` makes document text inert: rendered as CommonMark
//! with GitHub's extensions and the other structural ones pulldown-cmark
//! has (tables, footnotes, strikethrough, task lists, wiki links, definition
//! lists, metadata blocks), any text comes out as the same text, with no
//! link, image, HTML, emphasis, code or heading, so a draft cannot put a
//! link or a `command:` URI into a hover or a completion's documentation.
//! Lines are not joined or split by the escaping (hovers show one line of
//! the document at a time; whitespace at its ends may be trimmed).
//!
//! Smart punctuation, math and super- and subscripts are left out: no editor
//! renders hovers with them, they cannot make a link, and escaping quotes,
//! `$` and `^` would show drafters backslashes where Markdown is shown as
//! text (Neovim). `ide::plain_text` undoes the escaping exactly.

use proptest::prelude::*;
use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use resolute_core::ide::{escape_markdown, plain_text};

/// What editors render hovers with (see above).
fn options() -> Options {
    Options::all()
        - Options::ENABLE_SMART_PUNCTUATION
        - Options::ENABLE_MATH
        - Options::ENABLE_SUPERSCRIPT
        - Options::ENABLE_SUBSCRIPT
}

/// What `markdown` renders to: its plain text, or the first markup found.
fn render(markdown: &str) -> Result<String, String> {
    let mut text = String::new();
    for event in Parser::new_ext(markdown, options()) {
        match event {
            Event::Text(t) => text.push_str(&t),
            Event::SoftBreak | Event::HardBreak => text.push('\n'),
            Event::Start(Tag::Paragraph) | Event::End(TagEnd::Paragraph) => {}
            other => return Err(format!("{other:?}")),
        }
    }
    Ok(text)
}

fn hostile() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("[click](command:workbench.action.terminal.new)".to_owned()),
        Just("![x](https://evil.example/p.png)".to_owned()),
        Just("<img src=x onerror=alert(1)>".to_owned()),
        Just("<https://evil.example>".to_owned()),
        Just("https://evil.example/a_b".to_owned()),
        Just("www.evil.example".to_owned()),
        Just("[ref]: http://x".to_owned()),
        Just("[ref]".to_owned()),
        Just("*em* _em_ **strong** ~~gone~~".to_owned()),
        Just("`code` ``code``".to_owned()),
        Just("# heading".to_owned()),
        Just("> quote".to_owned()),
        Just("- item".to_owned()),
        Just("1. item".to_owned()),
        Just("| a | b |".to_owned()),
        Just("&amp; &#x41;".to_owned()),
        Just("\\".to_owned()),
        Just("$x$".to_owned()),
        Just("[^1]".to_owned()),
        Just("[[wiki]]".to_owned()),
        Just("A_RES_67_264 snake_case _x_ a_".to_owned()),
        Just("www.un.org http://x.y/z ftp://a mailto:x@y.z".to_owned()),
        Just("A/RES/3369 (XXX) 60/1.".to_owned()),
        Just("<<ODS JOB NO>> 2 < 3 > 1 && AT&T &copy;".to_owned()),
        Just("1. ".to_owned()),
        Just("10) ".to_owned()),
        Just("***".to_owned()),
        Just("===".to_owned()),
        Just("+ ".to_owned()),
        Just("مرحبا 中文 😀".to_owned()),
        Just(" ".to_owned()),
        "[ -~]{0,8}",
    ];
    prop::collection::vec(pieces, 0..8).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

    #[test]
    fn escaped_text_renders_as_itself(text in hostile()) {
        let rendered = render(&escape_markdown(&text));
        prop_assert_eq!(rendered, Ok(text.trim().to_owned()));
    }

    #[test]
    fn plain_text_undoes_the_escaping(text in hostile()) {
        prop_assert_eq!(plain_text(&escape_markdown(&text)), text.trim_start_matches([' ', '\t']));
    }
}

#[test]
fn the_renderer_sees_markup_when_it_is_not_escaped() {
    // The check above could only fail if `render` finds markup at all.
    assert!(render("[click](command:x)").is_err());
    assert!(render("<img src=x>").is_err());
    assert!(render("*em*").is_err());
    assert_eq!(render("plain"), Ok("plain".to_owned()));
}
