//! Conversions of the navigation features (definitions, references,
//! highlights, folding ranges, selection ranges, semantic tokens, inlay
//! hints) to protocol types, and the semantic token legend. Positions go
//! through [`crate::to_proto`], in the negotiated encoding.

use resolute_core::ide::{
    Fold, FoldKind, Highlight, HighlightKind, InlayHint, Modifier, SemanticToken, TokenKind,
};
use resolute_core::{Document, Encoding, Pos, Range};
use tower_lsp_server::ls_types::{
    self, DocumentHighlight, DocumentHighlightKind, FoldingRange, FoldingRangeKind, InlayHintLabel,
    InlayHintTooltip, Location, SelectionRange, SemanticTokenModifier, SemanticTokenType,
    SemanticTokens, SemanticTokensLegend, TextEdit, Uri,
};

use crate::to_proto;

/// The protocol's token type for each kind: standard types, so that every
/// editor's theme colours them.
pub fn token_type(kind: TokenKind) -> SemanticTokenType {
    match kind {
        TokenKind::PreambularOpening => SemanticTokenType::KEYWORD,
        TokenKind::OperativeOpening => SemanticTokenType::FUNCTION,
        TokenKind::ParagraphNumber => SemanticTokenType::NUMBER,
        TokenKind::SubparagraphLabel => SemanticTokenType::ENUM_MEMBER,
        TokenKind::NegotiationLabel => SemanticTokenType::new("label"),
        TokenKind::FootnoteMarker => SemanticTokenType::DECORATOR,
        TokenKind::Citation => SemanticTokenType::TYPE,
        TokenKind::Reference => SemanticTokenType::VARIABLE,
        TokenKind::DocumentSymbol => SemanticTokenType::NAMESPACE,
        TokenKind::Bracketed => SemanticTokenType::STRING,
    }
}

/// The protocol's modifier for each of the core's. `abstract` stands for
/// the italics the UN prints openings in (editors that show abstract
/// symbols in italics need no configuration; others can map
/// `*.abstract` to italics).
pub fn token_modifier(modifier: Modifier) -> SemanticTokenModifier {
    match modifier {
        Modifier::Declaration => SemanticTokenModifier::DECLARATION,
        Modifier::Italic => SemanticTokenModifier::ABSTRACT,
        Modifier::Bracketed => SemanticTokenModifier::MODIFICATION,
    }
}

/// The legend the server announces: the types in [`TokenKind::ALL`] order,
/// the modifiers in [`Modifier::ALL`] order (bit `i` is the `i`-th).
pub fn legend() -> SemanticTokensLegend {
    SemanticTokensLegend {
        token_types: TokenKind::ALL.iter().map(|k| token_type(*k)).collect(),
        token_modifiers: Modifier::ALL.iter().map(|m| token_modifier(*m)).collect(),
    }
}

/// Semantic tokens in the protocol's relative encoding, with columns and
/// lengths in the client's units.
pub fn semantic_tokens(
    document: &Document,
    tokens: &[SemanticToken],
    encoding: Encoding,
) -> SemanticTokens {
    let mut data = Vec::with_capacity(tokens.len());
    let (mut line, mut start) = (0u32, 0u32);
    for token in tokens {
        let from = document.to_line_col(Pos::new(token.line, token.start), encoding);
        let to = document.to_line_col(Pos::new(token.line, token.end), encoding);
        if to.line != from.line || to.character <= from.character {
            continue;
        }
        let delta_line = from.line - line;
        let delta_start = if delta_line == 0 {
            from.character - start
        } else {
            from.character
        };
        data.push(ls_types::SemanticToken {
            delta_line,
            delta_start,
            length: to.character - from.character,
            token_type: TokenKind::ALL
                .iter()
                .position(|k| *k == token.kind)
                .unwrap_or(0) as u32,
            token_modifiers_bitset: token.modifiers,
        });
        (line, start) = (from.line, from.character);
    }
    SemanticTokens {
        result_id: None,
        data,
    }
}

/// Ranges of `document` as locations in `uri`.
pub fn locations(
    document: &Document,
    uri: &Uri,
    ranges: &[Range],
    encoding: Encoding,
) -> Vec<Location> {
    ranges
        .iter()
        .map(|r| Location {
            uri: uri.clone(),
            range: to_proto::range(document, *r, encoding),
        })
        .collect()
}

pub fn highlights(
    document: &Document,
    highlights: &[Highlight],
    encoding: Encoding,
) -> Vec<DocumentHighlight> {
    highlights
        .iter()
        .map(|h| DocumentHighlight {
            range: to_proto::range(document, h.range, encoding),
            kind: Some(match h.kind {
                HighlightKind::Write => DocumentHighlightKind::WRITE,
                HighlightKind::Read => DocumentHighlightKind::READ,
            }),
        })
        .collect()
}

/// Folds by whole lines (every client supports them).
pub fn folding_ranges(folds: &[Fold]) -> Vec<FoldingRange> {
    folds
        .iter()
        .map(|f| FoldingRange {
            start_line: f.start,
            end_line: f.end,
            kind: Some(match f.kind {
                FoldKind::Region => FoldingRangeKind::Region,
                FoldKind::Comment => FoldingRangeKind::Comment,
            }),
            ..FoldingRange::default()
        })
        .collect()
}

/// A chain of ranges, innermost first, as nested selection ranges.
pub fn selection_range(document: &Document, chain: &[Range], encoding: Encoding) -> SelectionRange {
    let mut parent: Option<Box<SelectionRange>> = None;
    for range in chain.iter().rev() {
        parent = Some(Box::new(SelectionRange {
            range: to_proto::range(document, *range, encoding),
            parent,
        }));
    }
    parent.map_or_else(SelectionRange::default, |b| *b)
}

/// The hints in the protocol's form, their tooltips in `locale`.
pub fn inlay_hints(
    document: &Document,
    hints: Vec<InlayHint>,
    encoding: Encoding,
    locale: resolute_core::Locale,
) -> Vec<ls_types::InlayHint> {
    hints
        .into_iter()
        .map(|hint| {
            let position = to_proto::position(document, hint.pos, encoding);
            ls_types::InlayHint {
                position,
                label: InlayHintLabel::String(hint.label),
                kind: None,
                text_edits: Some(vec![TextEdit {
                    range: ls_types::Range {
                        start: position,
                        end: position,
                    },
                    new_text: hint.insert,
                }]),
                tooltip: Some(InlayHintTooltip::String(hint.tooltip.render(locale))),
                padding_left: Some(true),
                padding_right: None,
                data: None,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolute_core::ide;

    #[test]
    fn the_legend_follows_the_core_order_and_uses_standard_names() {
        let legend = legend();
        let types: Vec<&str> = legend.token_types.iter().map(|t| t.as_str()).collect();
        assert_eq!(
            types,
            [
                "keyword",
                "function",
                "number",
                "enumMember",
                "label",
                "decorator",
                "type",
                "variable",
                "namespace",
                "string"
            ]
        );
        let modifiers: Vec<&str> = legend.token_modifiers.iter().map(|m| m.as_str()).collect();
        assert_eq!(modifiers, ["declaration", "abstract", "modification"]);
    }

    #[test]
    fn tokens_are_encoded_relative_and_in_utf16() {
        // `😀` is two UTF-16 units and four bytes.
        let document = Document::new("\tThe General Assembly,\n\t1.\t😀 Requests the report,1 of paragraph 1 above.\n1 Text.");
        let tokens = ide::semantic_tokens(&document, None);
        let encoded = semantic_tokens(&document, &tokens, Encoding::Utf16);
        let data: Vec<(u32, u32, u32, u32)> = encoded
            .data
            .iter()
            .map(|t| (t.delta_line, t.delta_start, t.length, t.token_type))
            .collect();
        // `1.` at 1:1 (number), the marker after `report,` at 1:27 in UTF-16
        // (decorator), the reference `1` at 1:42 (variable), the footnote's
        // label at 2:0.
        assert_eq!(
            data,
            [(1, 1, 2, 2), (0, 26, 1, 5), (0, 15, 1, 7), (1, 0, 1, 5)]
        );
        // In bytes the emoji counts 4.
        let utf8 = semantic_tokens(&document, &tokens, Encoding::Utf8);
        assert_eq!(utf8.data[1].delta_start, 28);
    }
}
