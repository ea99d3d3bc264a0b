//! Conversions from core types to protocol types: positions and ranges (in
//! the negotiated encoding), severities, diagnostics, the outline as document
//! symbols, and hovers.

use std::collections::HashMap;
use std::sync::Arc;

use crate::from_proto::ClientFeatures;
use resolute_core::config::RuleLevels;
use resolute_core::ide::{CompletionItem, CompletionKind, Hover, OutlineItem, OutlineKind};
use resolute_core::l10n::Message;
use resolute_core::syntax::LineSyntax;
use resolute_core::{Diagnostic, Document, Encoding, Fix, Locale, Pos, Range, Severity};
use tower_lsp_server::ls_types;
use tower_lsp_server::ls_types::{
    CodeAction, CodeActionKind, CompletionItemKind, CompletionTextEdit, DiagnosticSeverity,
    DocumentSymbol, Documentation, HoverContents, InsertTextFormat, MarkupContent, MarkupKind,
    NumberOrString, Position, PositionEncodingKind, SymbolKind, TextEdit, Uri, WorkspaceEdit,
};

/// The `source` of every diagnostic the server publishes.
pub const SOURCE: &str = "resolute";

/// How the encoding is named in `initialize`'s answer.
pub fn position_encoding(encoding: Encoding) -> PositionEncodingKind {
    match encoding {
        Encoding::Utf8 => PositionEncodingKind::UTF8,
        Encoding::Utf16 => PositionEncodingKind::UTF16,
        Encoding::Utf32 => PositionEncodingKind::UTF32,
    }
}

/// A core position in `document`, in the client's units.
pub fn position(document: &Document, pos: Pos, encoding: Encoding) -> Position {
    let line_col = document.to_line_col(pos, encoding);
    Position {
        line: line_col.line,
        character: line_col.character,
    }
}

/// A core range in `document`, in the client's units.
pub fn range(document: &Document, range: Range, encoding: Encoding) -> ls_types::Range {
    ls_types::Range {
        start: position(document, range.start, encoding),
        end: position(document, range.end, encoding),
    }
}

pub fn severity(severity: Severity) -> DiagnosticSeverity {
    match severity {
        Severity::Error => DiagnosticSeverity::ERROR,
        Severity::Warning => DiagnosticSeverity::WARNING,
        Severity::Information => DiagnosticSeverity::INFORMATION,
        Severity::Hint => DiagnosticSeverity::HINT,
    }
}

/// One finding of `document`, with the rule's code and the server as source.
pub fn diagnostic(
    document: &Document,
    diagnostic: &Diagnostic,
    encoding: Encoding,
    locale: Locale,
) -> ls_types::Diagnostic {
    with_range(
        diagnostic,
        range(document, diagnostic.range, encoding),
        locale,
    )
}

/// One finding, at a range already converted, its message in `locale`.
fn with_range(
    diagnostic: &Diagnostic,
    range: ls_types::Range,
    locale: Locale,
) -> ls_types::Diagnostic {
    ls_types::Diagnostic {
        range,
        severity: Some(severity(diagnostic.severity)),
        code: Some(NumberOrString::String(diagnostic.code.to_owned())),
        code_description: None,
        source: Some(SOURCE.to_owned()),
        message: diagnostic.message.render(locale),
        related_information: None,
        tags: None,
        data: None,
    }
}

/// The editor columns of positions already converted, on lines that have not
/// changed since: a publish carries every diagnostic of the document, but
/// after a keystroke only the positions on the edited lines are converted
/// again (a conversion walks the rope). A line is known by its syntax's
/// `Arc`, which an edit replaces; the cache holds a clone of it, so its
/// address cannot be reused for another line while it is cached.
///
/// It also keeps the messages rendered for the last publish: rendering a
/// message (Fluent, with its arguments) costs more than finding it again.
#[derive(Debug, Clone, Default)]
pub struct ColumnCache {
    encoding: Encoding,
    locale: Locale,
    columns: FastMap<(usize, u32), (Arc<LineSyntax>, u32)>,
    messages: FastMap<Message, String>,
}

/// The publish's caches, whose keys come from the server's own findings,
/// hashed with rustc's multiplicative hasher: SipHash, the standard map's
/// hasher, was two fifths of a publish.
type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

impl ColumnCache {
    /// The editor position of `pos`, from the cache when its line has not
    /// changed. `next` collects what this publish used, to replace the cache.
    fn position(
        &self,
        next: &mut FastMap<(usize, u32), (Arc<LineSyntax>, u32)>,
        document: &Document,
        pos: Pos,
        encoding: Encoding,
    ) -> Position {
        let Some(line) = document.lines().get(pos.line as usize) else {
            return position(document, pos, encoding);
        };
        // Only the column is kept: lines inserted above move the line.
        let at = |character| Position {
            line: pos.line,
            character,
        };
        let key = (Arc::as_ptr(line) as usize, pos.col);
        if let Some((_, known)) = next.get(&key) {
            return at(*known);
        }
        if let Some((_, known)) = self.columns.get(&key) {
            next.insert(key, (Arc::clone(line), *known));
            return at(*known);
        }
        let converted = position(document, pos, encoding);
        debug_assert_eq!(converted.line, pos.line);
        next.insert(key, (Arc::clone(line), converted.character));
        converted
    }
}

/// [`diagnostics`], converting only positions on lines not in `cache`.
pub fn diagnostics_cached(
    document: &Document,
    diagnostics: &[Diagnostic],
    levels: &RuleLevels,
    encoding: Encoding,
    locale: Locale,
    cache: &mut ColumnCache,
) -> Vec<ls_types::Diagnostic> {
    if cache.encoding != encoding || cache.locale != locale {
        *cache = ColumnCache {
            encoding,
            locale,
            ..ColumnCache::default()
        };
    }
    let mut next = FastMap::with_capacity_and_hasher(diagnostics.len() * 2, Default::default());
    let mut messages = FastMap::with_capacity_and_hasher(diagnostics.len(), Default::default());
    // The levels are applied here rather than by `RuleLevels::apply`, which
    // clones every finding with its fixes.
    let converted = diagnostics
        .iter()
        .filter_map(|d| {
            let severity = match levels.0.get(d.code) {
                None => d.severity,
                Some(level) => level.severity()?,
            };
            let range = ls_types::Range {
                start: cache.position(&mut next, document, d.range.start, encoding),
                end: cache.position(&mut next, document, d.range.end, encoding),
            };
            let message = match messages.get(&d.message) {
                Some(known) => String::clone(known),
                None => {
                    let rendered = cache
                        .messages
                        .remove(&d.message)
                        .unwrap_or_else(|| d.message.render(locale));
                    messages.insert(d.message.clone(), rendered.clone());
                    rendered
                }
            };
            Some(ls_types::Diagnostic {
                range,
                severity: Some(self::severity(severity)),
                code: Some(NumberOrString::String(d.code.to_owned())),
                code_description: None,
                source: Some(SOURCE.to_owned()),
                message,
                related_information: None,
                tags: None,
                data: None,
            })
        })
        .collect();
    cache.columns = next;
    cache.messages = messages;
    converted
}

/// The findings `diagnostics` of `document`.
pub fn diagnostics(
    document: &Document,
    diagnostics: &[Diagnostic],
    encoding: Encoding,
    locale: Locale,
) -> Vec<ls_types::Diagnostic> {
    diagnostics
        .iter()
        .map(|d| diagnostic(document, d, encoding, locale))
        .collect()
}

/// The symbol kind shown for each kind of outline entry. The protocol's kinds
/// are a programmer's, so the choice is by analogy, and consistent: the
/// document's title is the file, its parts (preamble, operative part,
/// footnotes) are namespaces and an annex a module, headings are strings as
/// in Markdown outlines, preambular paragraphs are keys (they are known by
/// their opening word), numbered paragraphs are numbers, lettered and
/// roman-numbered subparagraphs enum members, and footnotes constants.
pub fn symbol_kind(kind: OutlineKind) -> SymbolKind {
    match kind {
        OutlineKind::Header => SymbolKind::FILE,
        OutlineKind::Preamble | OutlineKind::OperativePart | OutlineKind::Footnotes => {
            SymbolKind::NAMESPACE
        }
        OutlineKind::Annex => SymbolKind::MODULE,
        OutlineKind::Heading => SymbolKind::STRING,
        OutlineKind::PreambularParagraph => SymbolKind::KEY,
        OutlineKind::Paragraph => SymbolKind::NUMBER,
        OutlineKind::Subparagraph => SymbolKind::ENUM_MEMBER,
        OutlineKind::Footnote => SymbolKind::CONSTANT,
    }
}

/// One outline entry of `document` and its children, as a document symbol.
pub fn document_symbol(
    document: &Document,
    item: &OutlineItem,
    encoding: Encoding,
) -> DocumentSymbol {
    let children = document_symbols(document, &item.children, encoding);
    #[allow(deprecated)] // The protocol's `deprecated` field must still be written.
    DocumentSymbol {
        name: item.name.clone(),
        detail: None,
        kind: symbol_kind(item.kind),
        tags: None,
        deprecated: None,
        range: range(document, item.range, encoding),
        selection_range: range(document, item.selection, encoding),
        children: (!children.is_empty()).then_some(children),
    }
}

/// The outline entries `items` of `document`, as document symbols.
pub fn document_symbols(
    document: &Document,
    items: &[OutlineItem],
    encoding: Encoding,
) -> Vec<DocumentSymbol> {
    items
        .iter()
        .map(|item| document_symbol(document, item, encoding))
        .collect()
}

/// A hover of `document`: Markdown to a client that declares it, else
/// plain text.
pub fn hover(
    document: &Document,
    hover: Hover,
    encoding: Encoding,
    markdown: bool,
) -> ls_types::Hover {
    ls_types::Hover {
        contents: HoverContents::Markup(markup(hover.markdown, markdown)),
        range: Some(range(document, hover.range, encoding)),
    }
}

/// Markdown the core wrote, as Markdown or as its plain text.
fn markup(markdown: String, as_markdown: bool) -> MarkupContent {
    if as_markdown {
        MarkupContent {
            kind: MarkupKind::Markdown,
            value: markdown,
        }
    } else {
        MarkupContent {
            kind: MarkupKind::PlainText,
            value: resolute_core::ide::plain_text(&markdown),
        }
    }
}

/// A snippet's text as plain text to insert: placeholders become their
/// default text (`${1:name}` → `name`), tab stops (`$0`, `${1}`) nothing,
/// and escapes (`\$`, `\}`, `\\`) their character.
pub fn snippet_to_plain(snippet: &str) -> String {
    let chars: Vec<char> = snippet.chars().collect();
    let mut out = String::with_capacity(snippet.len());
    let mut open = 0;
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '\\' if matches!(chars.get(i + 1), Some('$' | '}' | '\\')) => {
                out.push(chars[i + 1]);
                i += 2;
            }
            '$' if chars.get(i + 1).is_some_and(char::is_ascii_digit) => {
                i += 1;
                while chars.get(i).is_some_and(char::is_ascii_digit) {
                    i += 1;
                }
            }
            '$' if chars.get(i + 1) == Some(&'{') => {
                // `${N}` or `${N:default}`: keep the default; a `}` closes it.
                let digits = chars[i + 2..]
                    .iter()
                    .take_while(|c| c.is_ascii_digit())
                    .count();
                i += 2 + digits;
                if chars.get(i) == Some(&':') {
                    i += 1;
                }
                open += 1;
            }
            '}' if open > 0 => {
                open -= 1;
                i += 1;
            }
            c => {
                out.push(c);
                i += 1;
            }
        }
    }
    out
}

/// A core edit list as a workspace edit of `uri`.
pub fn workspace_edit(
    document: &Document,
    uri: &Uri,
    edits: &[resolute_core::TextEdit],
    encoding: Encoding,
) -> WorkspaceEdit {
    let edits = edits
        .iter()
        .map(|edit| TextEdit {
            range: range(document, edit.range, encoding),
            new_text: edit.new_text.clone(),
        })
        .collect();
    WorkspaceEdit {
        changes: Some(HashMap::from([(uri.clone(), edits)])),
        ..Default::default()
    }
}

/// A diagnostic's fix as a quick fix that names the diagnostic it repairs.
pub fn quick_fix(
    document: &Document,
    uri: &Uri,
    diagnostic: &Diagnostic,
    fix: &Fix,
    preferred: bool,
    encoding: Encoding,
    locale: Locale,
) -> CodeAction {
    CodeAction {
        title: fix.title.render(locale),
        kind: Some(CodeActionKind::QUICKFIX),
        diagnostics: Some(vec![self::diagnostic(
            document, diagnostic, encoding, locale,
        )]),
        edit: Some(workspace_edit(document, uri, &fix.edits, encoding)),
        is_preferred: preferred.then_some(true),
        ..Default::default()
    }
}

/// A core action as a code action; a quick fix names the diagnostics of
/// its rule within `range`.
pub fn code_action(
    document: &Document,
    uri: &Uri,
    action: &resolute_core::ide::actions::Action,
    diagnostics: &[Diagnostic],
    range: Range,
    encoding: Encoding,
    locale: Locale,
) -> CodeAction {
    use resolute_core::ide::actions::ActionKind;
    let (kind, fixed) = match action.kind {
        ActionKind::QuickFix { code } => {
            let fixed: Vec<ls_types::Diagnostic> = diagnostics
                .iter()
                .filter(|d| {
                    d.code == code && d.range.start <= range.end && range.start <= d.range.end
                })
                .map(|d| self::diagnostic(document, d, encoding, locale))
                .collect();
            (CodeActionKind::QUICKFIX, Some(fixed))
        }
        ActionKind::Source | ActionKind::Refactor => {
            (CodeActionKind::from(action.id.to_owned()), None)
        }
    };
    CodeAction {
        title: action.title.render(locale),
        kind: Some(kind),
        diagnostics: fixed,
        edit: action
            .disabled
            .is_none()
            .then(|| workspace_edit(document, uri, &action.edits, encoding)),
        disabled: action
            .disabled
            .as_ref()
            .map(|reason| ls_types::CodeActionDisabled {
                reason: reason.render(locale),
            }),
        ..Default::default()
    }
}

pub fn completion_kind(kind: CompletionKind) -> CompletionItemKind {
    match kind {
        CompletionKind::Verb => CompletionItemKind::KEYWORD,
        CompletionKind::Phrase => CompletionItemKind::TEXT,
        CompletionKind::Organization => CompletionItemKind::CONSTANT,
        CompletionKind::Citation => CompletionItemKind::REFERENCE,
        CompletionKind::Snippet => CompletionItemKind::SNIPPET,
    }
}

/// Completion items; their rank becomes a sort text the client keeps.
/// Documentation is Markdown only to a client that declares it, and a
/// snippet is sent as a snippet only to a client that supports them (else
/// as the plain text it would insert).
pub fn completion_items(
    document: &Document,
    items: Vec<CompletionItem>,
    encoding: Encoding,
    client: ClientFeatures,
) -> Vec<ls_types::CompletionItem> {
    items
        .into_iter()
        .enumerate()
        .map(|(index, item)| {
            let snippet = item.snippet && client.snippets;
            let new_text = if item.snippet && !snippet {
                snippet_to_plain(&item.insert)
            } else {
                item.insert
            };
            ls_types::CompletionItem {
                label: item.label,
                kind: Some(completion_kind(item.kind)),
                detail: item.detail,
                documentation: item.documentation.map(|value| {
                    Documentation::MarkupContent(markup(value, client.documentation_markdown))
                }),
                sort_text: Some(format!("{index:05}")),
                filter_text: item.filter,
                insert_text_format: Some(if snippet {
                    InsertTextFormat::SNIPPET
                } else {
                    InsertTextFormat::PLAIN_TEXT
                }),
                text_edit: Some(CompletionTextEdit::Edit(TextEdit {
                    range: range(document, item.replace, encoding),
                    new_text,
                })),
                ..Default::default()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolute_core::ide;

    fn at(line: u32, character: u32) -> Position {
        Position { line, character }
    }

    #[test]
    fn publishes_apply_the_rule_levels() {
        use resolute_core::config::Level;
        let document = Document::new(
            "\tThe General Assembly,\n\t“Recalling” its resolution 65/140 of 17 December 2010,2\n\t1.\tA;\n\t3.\tB.\n",
        );
        let all = document.diagnostics();
        let codes: Vec<&str> = all.iter().map(|d| d.code).collect();
        assert!(codes.len() >= 2, "{codes:?}");
        let (off, hint) = (codes[0], *codes.iter().find(|c| **c != codes[0]).unwrap());
        let mut levels = RuleLevels::default();
        levels.0.insert(off.to_owned(), Level::Off);
        levels.0.insert(hint.to_owned(), Level::Hint);
        let expected = diagnostics(&document, &levels.apply(all), Encoding::Utf16, Locale::En);
        let published = diagnostics_cached(
            &document,
            all,
            &levels,
            Encoding::Utf16,
            Locale::En,
            &mut ColumnCache::default(),
        );
        assert_eq!(published, expected);
        assert!(published
            .iter()
            .any(|d| d.severity == Some(DiagnosticSeverity::HINT)));
    }

    #[test]
    fn cached_columns_equal_converted_ones_after_edits() {
        let mut document = Document::new(
            "\tThe General Assembly,\n\t“Recalling” مرحبا 😀 its resolution 65/140 of 17 December 2010,2\n\t1.\tA;\n\t3.\tB.\n",
        );
        let mut cache = ColumnCache::default();
        let edits: [(usize, &str); 5] = [
            (0, "\n😀\n"),
            (30, "中文"),
            (12, ""),
            (5, "\t2.\tC;\n"),
            (70, "x"),
        ];
        for (at, text) in edits {
            for (encoding, locale) in [
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf8, Locale::En),
                (Encoding::Utf8, Locale::Fr),
            ] {
                let expected = diagnostics(&document, document.diagnostics(), encoding, locale);
                let cached = diagnostics_cached(
                    &document,
                    document.diagnostics(),
                    &RuleLevels::default(),
                    encoding,
                    locale,
                    &mut cache,
                );
                assert!(!expected.is_empty());
                assert_eq!(cached, expected);
            }
            document.edit(at..at, text);
        }
    }

    #[test]
    fn columns_count_utf16_units_or_bytes() {
        // Arabic: 2 bytes and 1 UTF-16 unit a letter; Chinese: 3 bytes and 1
        // unit; the emoji: 4 bytes and 2 units (a surrogate pair).
        let document = Document::new("سلام\n中文字\n😀😀x\n");
        assert_eq!(
            position(&document, Pos::new(0, 8), Encoding::Utf16),
            at(0, 4)
        );
        assert_eq!(
            position(&document, Pos::new(0, 8), Encoding::Utf8),
            at(0, 8)
        );
        assert_eq!(
            position(&document, Pos::new(0, 8), Encoding::Utf32),
            at(0, 4)
        );
        assert_eq!(
            position(&document, Pos::new(1, 6), Encoding::Utf16),
            at(1, 2)
        );
        assert_eq!(
            position(&document, Pos::new(1, 6), Encoding::Utf8),
            at(1, 6)
        );
        assert_eq!(
            position(&document, Pos::new(2, 8), Encoding::Utf16),
            at(2, 4)
        );
        assert_eq!(
            position(&document, Pos::new(2, 9), Encoding::Utf16),
            at(2, 5)
        );
        assert_eq!(
            position(&document, Pos::new(2, 9), Encoding::Utf8),
            at(2, 9)
        );
        // A column past the end of its line clamps to the end.
        assert_eq!(
            position(&document, Pos::new(2, 99), Encoding::Utf16),
            at(2, 5)
        );
    }

    #[test]
    fn diagnostics_carry_code_source_severity_and_client_columns() {
        let text = "\tThe General Assembly,\n\tمرحبا 中文 😀 text\n\t1.\tUrges;\n\t2.\tRequests;\n\t4.\tDecides.\n";
        let document = Document::new(text);
        let utf16 = diagnostics(
            &document,
            document.diagnostics(),
            Encoding::Utf16,
            Locale::En,
        );
        let numbering: Vec<_> = utf16
            .iter()
            .filter(|d| d.code == Some(NumberOrString::String("operative-numbering".into())))
            .collect();
        assert_eq!(numbering.len(), 1, "{utf16:#?}");
        let d = numbering[0];
        assert_eq!(d.source.as_deref(), Some(SOURCE));
        assert_eq!(d.severity, Some(DiagnosticSeverity::ERROR));
        assert!(d.code_description.is_none());
        assert_eq!(
            d.range,
            ls_types::Range {
                start: at(4, 1),
                end: at(4, 3)
            }
        );
        assert!(
            d.message.contains("paragraph 3 is missing"),
            "{}",
            d.message
        );
    }

    /// Arabic and Chinese drafts read in their language: the finding on
    /// the end mark (`،` is 2 bytes and 1 UTF-16 unit, `，` 3 bytes and 1
    /// unit, after an emoji of 2 units) lands on the mark in UTF-16
    /// columns, and its fix writes the language's mark (`؛`, `；`) with no
    /// bidirectional control character.
    #[test]
    fn arabic_and_chinese_findings_in_utf16_columns() {
        use ls_types::Uri;
        use resolute_core::data::languages::Language;
        use resolute_core::Catalog;
        let uri: Uri = "file:///draft.resolution".parse().unwrap();
        for (text, language, body, mark) in [
            (
                "\tإن الجمعية العامة،\n\tإذ تشير إلى قرارها 67/264،\n\t1 -\tتطلب إلى الأمين العام 😀 تقديم تقرير،\n\t2 -\tتقرر أن تبقي المسألة قيد نظرها.\n",
                Language::Arabic,
                "\t1 -\tتطلب إلى الأمين العام 😀 تقديم تقرير",
                "؛",
            ),
            (
                "\t大会，\n\t回顾其第67/264号决议，\n\t1.\t请秘书长 😀 提交报告，\n\t2.\t决定继续处理该问题。\n",
                Language::Chinese,
                "\t1.\t请秘书长 😀 提交报告",
                "；",
            ),
        ] {
            let document =
                Document::with_language(text, Catalog::builtin(), Option::<Language>::None);
            assert_eq!(document.language(), language);
            let core = document
                .diagnostics()
                .iter()
                .find(|d| d.code == "paragraph-punctuation")
                .unwrap_or_else(|| panic!("{:#?}", document.diagnostics()))
                .clone();
            assert_eq!(core.range.start.line, 2);
            let units = body.encode_utf16().count() as u32;
            let utf16 = diagnostic(&document, &core, Encoding::Utf16, Locale::En);
            assert_eq!(
                utf16.range,
                ls_types::Range {
                    start: at(2, units),
                    end: at(2, units + 1)
                },
                "{language:?}"
            );
            let action = quick_fix(
                &document,
                &uri,
                &core,
                &core.fixes[0],
                true,
                Encoding::Utf16,
                Locale::En,
            );
            let edits = &action.edit.unwrap().changes.unwrap()[&uri];
            assert_eq!(edits.len(), 1);
            assert_eq!(edits[0].new_text, mark);
            assert_eq!(edits[0].range, utf16.range);
            assert!(!edits[0].new_text.contains(|c: char| matches!(
                c,
                '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'
            )));
        }
    }

    #[test]
    fn diagnostic_ranges_after_wide_text_on_the_same_line() {
        // A diagnostic after Arabic, Chinese and an emoji on its own line: the
        // columns differ by encoding.
        let document = Document::new("x");
        let prefix = "مرحبا 中文 😀 ";
        let document2 = Document::new(&format!("{prefix}abc"));
        let start = prefix.len() as u32;
        let core = Diagnostic {
            code: "test",
            severity: Severity::Hint,
            range: Range::on_line(0, start, start + 3),
            message: resolute_core::Message::new("bracket-balance-unclosed"),
            fixes: Vec::new(),
        };
        let utf16 = diagnostic(&document2, &core, Encoding::Utf16, Locale::En);
        let units = prefix.encode_utf16().count() as u32;
        assert_eq!(units, 5 + 1 + 2 + 1 + 2 + 1);
        assert_eq!(
            utf16.range,
            ls_types::Range {
                start: at(0, units),
                end: at(0, units + 3)
            }
        );
        assert_eq!(utf16.severity, Some(DiagnosticSeverity::HINT));
        let utf8 = diagnostic(&document2, &core, Encoding::Utf8, Locale::En);
        assert_eq!(
            utf8.range,
            ls_types::Range {
                start: at(0, start),
                end: at(0, start + 3)
            }
        );
        // Against a shorter text the range clamps rather than panics.
        let clamped = diagnostic(&document, &core, Encoding::Utf16, Locale::En);
        assert_eq!(
            clamped.range,
            ls_types::Range {
                start: at(0, 1),
                end: at(0, 1)
            }
        );
    }

    #[test]
    fn severities_map_one_to_one() {
        assert_eq!(severity(Severity::Error), DiagnosticSeverity::ERROR);
        assert_eq!(severity(Severity::Warning), DiagnosticSeverity::WARNING);
        assert_eq!(
            severity(Severity::Information),
            DiagnosticSeverity::INFORMATION
        );
        assert_eq!(severity(Severity::Hint), DiagnosticSeverity::HINT);
    }

    #[test]
    fn outline_becomes_nested_symbols() {
        let document = Document::new(
            "\tThe General Assembly,\n\tRecalling 中文 😀,\n\t1.\tUrges;\n\t2.\tDecides:\n\t\t(a)\tto act;\n\t\t(b)\tto report.\n",
        );
        let symbols = document_symbols(&document, &ide::outline(&document), Encoding::Utf16);
        let names: Vec<_> = symbols.iter().map(|s| (s.name.as_str(), s.kind)).collect();
        assert_eq!(
            names,
            [
                ("Preamble", SymbolKind::NAMESPACE),
                ("Operative part", SymbolKind::NAMESPACE)
            ]
        );
        let preamble = symbols[0].children.as_ref().unwrap();
        assert_eq!(preamble[0].kind, SymbolKind::KEY);
        // The line is a tab, "Recalling ", two Chinese characters, a space, an
        // emoji and a comma: 1 + 10 + 2 + 1 + 2 + 1 UTF-16 units.
        assert_eq!(preamble[0].range.end, at(1, 17));
        let operative = symbols[1].children.as_ref().unwrap();
        assert_eq!(operative.len(), 2);
        assert_eq!(operative[1].kind, SymbolKind::NUMBER);
        assert_eq!(
            operative[1].selection_range,
            ls_types::Range {
                start: at(3, 1),
                end: at(3, 3)
            }
        );
        let subs = operative[1].children.as_ref().unwrap();
        assert_eq!(subs.len(), 2);
        assert_eq!(subs[0].kind, SymbolKind::ENUM_MEMBER);
        assert!(subs[0].children.is_none());
        for symbol in operative.iter().chain(subs) {
            assert!(symbol.range.start <= symbol.selection_range.start);
            assert!(symbol.selection_range.end <= symbol.range.end);
        }
    }

    #[test]
    fn a_declined_action_is_disabled_with_its_reason() {
        let text = "\tThe General Assembly,\n\t1.\tUrges;\n\t3.\tRequests;\n\t4.\tRecalls paragraphs 2 and 3 above.\n";
        let document = Document::new(text);
        let uri: Uri = "file:///draft.txt".parse().unwrap();
        let range = Range::on_line(2, 1, 1);
        let found = resolute_core::ide::actions::actions(&document, document.catalog(), range);
        let action = found.iter().find(|a| a.id == "source.renumber").unwrap();
        let proto = code_action(
            &document,
            &uri,
            action,
            document.diagnostics(),
            range,
            Encoding::Utf16,
            Locale::En,
        );
        assert!(proto.edit.is_none());
        let reason = proto.disabled.map(|d| d.reason).unwrap_or_default();
        assert!(reason.contains("points at no paragraph"), "{reason}");
    }

    #[test]
    fn hover_is_markdown_with_a_converted_range() {
        let document = Document::new("\tRecalling 😀 the Outcome,1 and\n1 Resolution 60/1.");
        let marker = "\tRecalling 😀 the Outcome,".len() as u32;
        let core = ide::hover(&document, document.catalog(), Pos::new(0, marker)).unwrap();
        let plain = super::hover(&document, core.clone(), Encoding::Utf16, false);
        let HoverContents::Markup(content) = &plain.contents else {
            panic!("{plain:?}")
        };
        assert_eq!(content.kind, MarkupKind::PlainText);
        assert_eq!(content.value, "Footnote 1\n\nResolution 60/1.");
        let hover = hover(&document, core, Encoding::Utf16, true);
        let HoverContents::Markup(content) = &hover.contents else {
            panic!("{hover:?}")
        };
        assert_eq!(content.kind, MarkupKind::Markdown);
        assert!(
            content.value.contains("Resolution 60/1"),
            "{}",
            content.value
        );
        assert_eq!(
            hover.range,
            Some(ls_types::Range {
                start: at(0, 26),
                end: at(0, 27)
            })
        );
    }

    #[test]
    fn snippets_become_the_text_they_insert() {
        assert_eq!(snippet_to_plain("3.\t$0"), "3.\t");
        assert_eq!(snippet_to_plain("${1:name} and ${2} $10x"), "name and  x");
        assert_eq!(
            snippet_to_plain("costs \\$5 \\} \\\\ {a}"),
            "costs $5 } \\ {a}"
        );
    }

    #[test]
    fn encodings_are_named_as_the_protocol_names_them() {
        assert_eq!(position_encoding(Encoding::Utf8).as_str(), "utf-8");
        assert_eq!(position_encoding(Encoding::Utf16).as_str(), "utf-16");
        assert_eq!(position_encoding(Encoding::Utf32).as_str(), "utf-32");
    }
}
