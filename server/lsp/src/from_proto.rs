//! Conversions from protocol types to core types: the client's position
//! encodings, positions and document changes.
//!
//! Columns stay in the client's units here; the core converts them against
//! the text, clamping out-of-range positions as the specification says.

use resolute_core::{Change, Document, Encoding, LineCol, Pos};
use tower_lsp_server::ls_types::{
    InitializeParams, MarkupKind, Position, PositionEncodingKind, TextDocumentContentChangeEvent,
};

/// What the client declared it can show, which decides the form of what is
/// sent to it: Markdown only to a client that declares it (else plain text),
/// snippets only to one that supports them (else plain text to insert).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClientFeatures {
    /// `textDocument.hover.contentFormat` holds `markdown`.
    pub hover_markdown: bool,
    /// `textDocument.completion.completionItem.documentationFormat` holds
    /// `markdown`.
    pub documentation_markdown: bool,
    /// `textDocument.completion.completionItem.snippetSupport`.
    pub snippets: bool,
}

/// What the client that sent `params` can show.
pub fn client_features(params: &InitializeParams) -> ClientFeatures {
    let text = params.capabilities.text_document.as_ref();
    let hover = text.and_then(|t| t.hover.as_ref());
    let item = text
        .and_then(|t| t.completion.as_ref())
        .and_then(|c| c.completion_item.as_ref());
    let markdown = |formats: Option<&Vec<MarkupKind>>| {
        formats.is_some_and(|f| f.contains(&MarkupKind::Markdown))
    };
    ClientFeatures {
        hover_markdown: markdown(hover.and_then(|h| h.content_format.as_ref())),
        documentation_markdown: markdown(item.and_then(|i| i.documentation_format.as_ref())),
        snippets: item.and_then(|i| i.snippet_support).unwrap_or(false),
    }
}

/// The encoding to use with a client that offers `offered` (its
/// `general.positionEncodings`, in its order of preference): UTF-8 when it is
/// offered, since that is the core's own unit, else UTF-16, which every client
/// must support.
pub fn encoding(offered: Option<&[PositionEncodingKind]>) -> Encoding {
    match offered {
        Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => Encoding::Utf8,
        _ => Encoding::Utf16,
    }
}

/// The encoding to use with the client that sent `params`.
pub fn negotiated_encoding(params: &InitializeParams) -> Encoding {
    let offered = params
        .capabilities
        .general
        .as_ref()
        .and_then(|g| g.position_encodings.as_deref());
    encoding(offered)
}

/// A protocol position, still in the client's units.
pub fn line_col(position: Position) -> LineCol {
    LineCol {
        line: position.line,
        character: position.character,
    }
}

/// A protocol position in `document`, as a core position.
pub fn pos(document: &Document, position: Position, encoding: Encoding) -> Pos {
    document.to_pos(line_col(position), encoding)
}

/// One change of a `didChange` notification.
pub fn change(event: TextDocumentContentChangeEvent) -> Change {
    Change {
        range: event
            .range
            .map(|range| (line_col(range.start), line_col(range.end))),
        text: event.text,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tower_lsp_server::ls_types::{ClientCapabilities, GeneralClientCapabilities, Range};

    fn params(offered: Option<Vec<PositionEncodingKind>>) -> InitializeParams {
        InitializeParams {
            capabilities: ClientCapabilities {
                general: Some(GeneralClientCapabilities {
                    position_encodings: offered,
                    ..Default::default()
                }),
                ..Default::default()
            },
            ..Default::default()
        }
    }

    #[test]
    fn markdown_and_snippets_only_when_declared() {
        assert_eq!(
            client_features(&InitializeParams::default()),
            ClientFeatures::default()
        );
        let params: InitializeParams = serde_json::from_value(serde_json::json!({
            "capabilities": {"textDocument": {
                "hover": {"contentFormat": ["plaintext", "markdown"]},
                "completion": {"completionItem": {"snippetSupport": true, "documentationFormat": ["plaintext"]}}
            }}
        }))
        .unwrap();
        assert_eq!(
            client_features(&params),
            ClientFeatures {
                hover_markdown: true,
                documentation_markdown: false,
                snippets: true
            }
        );
    }

    #[test]
    fn utf8_is_chosen_only_when_offered() {
        assert_eq!(
            negotiated_encoding(&InitializeParams::default()),
            Encoding::Utf16
        );
        assert_eq!(negotiated_encoding(&params(None)), Encoding::Utf16);
        assert_eq!(
            negotiated_encoding(&params(Some(vec![PositionEncodingKind::UTF16]))),
            Encoding::Utf16
        );
        assert_eq!(
            negotiated_encoding(&params(Some(vec![
                PositionEncodingKind::UTF32,
                PositionEncodingKind::UTF16
            ]))),
            Encoding::Utf16
        );
        assert_eq!(
            negotiated_encoding(&params(Some(vec![
                PositionEncodingKind::UTF16,
                PositionEncodingKind::UTF8
            ]))),
            Encoding::Utf8
        );
    }

    #[test]
    fn positions_count_in_the_negotiated_units() {
        // Arabic letters are 1 UTF-16 unit and 2 bytes each, Chinese characters
        // 1 unit and 3 bytes, and an emoji 2 units and 4 bytes.
        let document = Document::new("\tمرحبا 中文 😀 x\n");
        let x_byte = "\tمرحبا 中文 😀 ".len() as u32;
        assert_eq!(x_byte, 1 + 10 + 1 + 6 + 1 + 4 + 1);
        let x_utf16 = "\tمرحبا 中文 😀 ".encode_utf16().count() as u32;
        assert_eq!(x_utf16, 1 + 5 + 1 + 2 + 1 + 2 + 1);

        let at = |character| Position { line: 0, character };
        assert_eq!(
            pos(&document, at(x_utf16), Encoding::Utf16),
            Pos::new(0, x_byte)
        );
        assert_eq!(
            pos(&document, at(x_byte), Encoding::Utf8),
            Pos::new(0, x_byte)
        );
        // The middle of the emoji's surrogate pair rounds down to its start.
        assert_eq!(
            pos(&document, at(x_utf16 - 2), Encoding::Utf16),
            Pos::new(0, x_byte - 5)
        );
        // Past the end of a line clamps to its end, past the last line to the end.
        assert_eq!(
            pos(&document, at(999), Encoding::Utf16),
            Pos::new(0, x_byte + 1)
        );
        assert_eq!(
            pos(
                &document,
                Position {
                    line: 7,
                    character: 3
                },
                Encoding::Utf8
            ),
            Pos::new(1, 0)
        );
    }

    #[test]
    fn changes_keep_their_ranges_in_client_units() {
        let event = TextDocumentContentChangeEvent {
            range: Some(Range {
                start: Position {
                    line: 1,
                    character: 2,
                },
                end: Position {
                    line: 1,
                    character: 4,
                },
            }),
            range_length: None,
            text: "4.".into(),
        };
        assert_eq!(
            change(event),
            Change {
                range: Some((
                    LineCol {
                        line: 1,
                        character: 2
                    },
                    LineCol {
                        line: 1,
                        character: 4
                    }
                )),
                text: "4.".into()
            }
        );
        let whole = TextDocumentContentChangeEvent {
            range: None,
            range_length: None,
            text: "x".into(),
        };
        assert_eq!(
            change(whole),
            Change {
                range: None,
                text: "x".into()
            }
        );
    }
}
