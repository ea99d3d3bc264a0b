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

/// What a publish sends of each finding, kept between publishes: a publish
/// carries every diagnostic of the document, yet after a keystroke only the
/// findings on the edited lines are new. Each diagnostic's JSON (its range in
/// the client's units, severity, code, source and rendered message) is kept,
/// keyed by what it is made of: the syntax of the lines its range starts and
/// ends on (an `Arc` that an edit of the line replaces; the cache holds a
/// clone, so its address cannot be reused for another line while it is
/// cached), the byte columns, the severity, the code and the message with its
/// arguments. The line numbers are not part of the key: lines inserted above
/// move a finding without changing it, and its line numbers are written into
/// the kept JSON. A publish is then little more than copying bytes: a
/// column is converted (a walk of the rope) and a message rendered (Fluent)
/// only for a finding that was not in the last publish.
#[derive(Debug, Clone, Default)]
pub struct ColumnCache {
    encoding: Encoding,
    locale: Locale,
    /// The findings of the last publish, by the hash of their key.
    rendered: FastMap<u64, Rendered>,
    /// The size of the last publish's JSON, to allocate the next at once.
    last_len: usize,
}

/// The publish's caches, whose keys come from the server's own findings,
/// hashed with rustc's multiplicative hasher: SipHash, the standard map's
/// hasher, was two fifths of a publish.
type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// One finding as last published: its key, and its JSON with the two line
/// numbers left out. The JSON written is `{"range":{"start":{"line":`, the
/// start line, `json[..split]`, the end line, `json[split..]`.
#[derive(Debug, Clone)]
struct Rendered {
    start: Arc<LineSyntax>,
    end: Arc<LineSyntax>,
    columns: (u32, u32),
    severity: Severity,
    code: &'static str,
    message: Message,
    json: Box<str>,
    split: usize,
}

/// What every diagnostic's JSON starts with, up to its start line.
const RANGE_START: &str = r#"{"range":{"start":{"line":"#;

impl Rendered {
    fn is(
        &self,
        start: &Arc<LineSyntax>,
        end: &Arc<LineSyntax>,
        d: &Diagnostic,
        severity: Severity,
    ) -> bool {
        Arc::ptr_eq(&self.start, start)
            && Arc::ptr_eq(&self.end, end)
            && self.columns == (d.range.start.col, d.range.end.col)
            && self.severity == severity
            && self.code == d.code
            && self.message == d.message
    }

    /// Writes the finding, on the lines `start` and `end`.
    fn write(&self, out: &mut Vec<u8>, start: u32, end: u32) {
        out.extend_from_slice(RANGE_START.as_bytes());
        write_u32(out, start);
        out.extend_from_slice(&self.json.as_bytes()[..self.split]);
        write_u32(out, end);
        out.extend_from_slice(&self.json.as_bytes()[self.split..]);
    }
}

/// Writes `n` in decimal, as JSON writes it.
fn write_u32(out: &mut Vec<u8>, mut n: u32) {
    let mut digits = [0u8; 10];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.extend_from_slice(&digits[at..]);
}

/// The diagnostics of a publish, serialized: the elements of its JSON array,
/// separated by commas, without the brackets.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagnosticsJson {
    json: Vec<u8>,
    count: usize,
}

impl DiagnosticsJson {
    /// Diagnostics already converted.
    pub fn from_diagnostics(diagnostics: &[ls_types::Diagnostic]) -> DiagnosticsJson {
        let mut json = DiagnosticsJson::default();
        json.extend(diagnostics);
        json
    }

    /// Adds diagnostics already converted.
    pub fn extend(&mut self, diagnostics: &[ls_types::Diagnostic]) {
        for diagnostic in diagnostics {
            self.separate();
            // A diagnostic is plain data: it always serializes.
            let _ = serde_json::to_writer(&mut self.json, diagnostic);
            self.count += 1;
        }
    }

    /// Begins an element.
    fn separate(&mut self) {
        if self.count > 0 {
            self.json.push(b',');
        }
    }

    /// How many diagnostics.
    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Writes the parameters of `textDocument/publishDiagnostics`, as
    /// `serde_json` writes [`ls_types::PublishDiagnosticsParams`].
    pub fn write_params(&self, out: &mut Vec<u8>, uri: &Uri, version: Option<i32>) {
        out.reserve(self.json.len() + uri.as_str().len() + 64);
        out.extend_from_slice(br#"{"uri":"#);
        // A string always serializes.
        let _ = serde_json::to_writer(&mut *out, uri);
        out.extend_from_slice(br#","diagnostics":["#);
        out.extend_from_slice(&self.json);
        out.push(b']');
        if let Some(version) = version {
            out.extend_from_slice(br#","version":"#);
            let _ = serde_json::to_writer(&mut *out, &version);
        }
        out.push(b'}');
    }
}

/// [`diagnostics`] with the rule levels applied, serialized, writing again
/// only the findings that were not in the last publish (see [`ColumnCache`]).
pub fn diagnostics_cached(
    document: &Document,
    diagnostics: &[Diagnostic],
    levels: &RuleLevels,
    encoding: Encoding,
    locale: Locale,
    cache: &mut ColumnCache,
) -> DiagnosticsJson {
    use std::hash::{Hash, Hasher};
    if cache.encoding != encoding || cache.locale != locale {
        *cache = ColumnCache {
            encoding,
            locale,
            ..ColumnCache::default()
        };
    }
    let mut out = DiagnosticsJson {
        json: Vec::with_capacity(cache.last_len + cache.last_len / 8),
        count: 0,
    };
    let mut next: FastMap<u64, Rendered> =
        FastMap::with_capacity_and_hasher(diagnostics.len(), Default::default());
    let lines = document.lines();
    for d in diagnostics {
        // The levels are applied here rather than by `RuleLevels::apply`,
        // which clones every finding with its fixes.
        let severity = match levels.0.get(d.code) {
            None => d.severity,
            Some(level) => match level.severity() {
                Some(severity) => severity,
                None => continue,
            },
        };
        let (start, end) = (d.range.start.line, d.range.end.line);
        let (Some(start_line), Some(end_line)) =
            (lines.get(start as usize), lines.get(end as usize))
        else {
            // Past the last line (the conversion clamps the line): written
            // afresh.
            let mut converted = diagnostic(document, d, encoding, locale);
            converted.severity = Some(self::severity(severity));
            out.extend(std::slice::from_ref(&converted));
            continue;
        };
        let mut hasher = rustc_hash::FxHasher::default();
        (Arc::as_ptr(start_line) as usize).hash(&mut hasher);
        (Arc::as_ptr(end_line) as usize).hash(&mut hasher);
        (d.range.start.col, d.range.end.col, severity, d.code).hash(&mut hasher);
        d.message.hash(&mut hasher);
        let key = hasher.finish();
        out.separate();
        out.count += 1;
        if let Some(known) = next.get(&key) {
            if known.is(start_line, end_line, d, severity) {
                known.write(&mut out.json, start, end);
                continue;
            }
        }
        let known = cache
            .rendered
            .remove(&key)
            .filter(|known| known.is(start_line, end_line, d, severity));
        let rendered = match known {
            Some(known) => known,
            None => match render(
                document,
                d,
                severity,
                (start_line, end_line),
                encoding,
                locale,
            ) {
                Ok(rendered) => rendered,
                Err(json) => {
                    out.json.extend_from_slice(json.as_bytes());
                    continue;
                }
            },
        };
        rendered.write(&mut out.json, start, end);
        // A colliding key (a different finding with the same hash) is
        // written, not kept.
        next.entry(key).or_insert(rendered);
    }
    cache.rendered = next;
    cache.last_len = out.json.len();
    out
}

/// A finding's JSON, for [`ColumnCache`]; if it could not be split at its
/// line numbers (it always can: `serde_json` writes the fields in order),
/// the JSON to write as it is.
fn render(
    document: &Document,
    d: &Diagnostic,
    severity: Severity,
    (start, end): (&Arc<LineSyntax>, &Arc<LineSyntax>),
    encoding: Encoding,
    locale: Locale,
) -> Result<Rendered, String> {
    let mut converted = diagnostic(document, d, encoding, locale);
    converted.severity = Some(self::severity(severity));
    let lines = (converted.range.start.line, converted.range.end.line);
    // Written with both lines 0, which are then taken out.
    converted.range.start.line = 0;
    converted.range.end.line = 0;
    let json = serde_json::to_string(&converted).unwrap_or_default();
    let first = RANGE_START.len();
    let second = json
        .get(first + 1..)
        .and_then(|rest| rest.find(r#""line":"#))
        .map(|at| first + 1 + at + r#""line":"#.len());
    match second {
        Some(second)
            if json.starts_with(RANGE_START)
                && json.as_bytes()[first] == b'0'
                && json.as_bytes().get(second) == Some(&b'0') =>
        {
            Ok(Rendered {
                start: Arc::clone(start),
                end: Arc::clone(end),
                columns: (d.range.start.col, d.range.end.col),
                severity,
                code: d.code,
                message: d.message.clone(),
                json: format!("{}{}", &json[first + 1..second], &json[second + 1..])
                    .into_boxed_str(),
                split: second - first - 1,
            })
        }
        _ => {
            (converted.range.start.line, converted.range.end.line) = lines;
            Err(serde_json::to_string(&converted).unwrap_or_default())
        }
    }
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

    /// The parameters of a publish as `serde_json` writes them from the
    /// diagnostics converted afresh.
    fn fresh_params(diagnostics: Vec<ls_types::Diagnostic>) -> String {
        let uri: Uri = "file:///draft.txt".parse().unwrap();
        serde_json::to_string(&ls_types::PublishDiagnosticsParams {
            uri,
            diagnostics,
            version: Some(7),
        })
        .unwrap()
    }

    /// The parameters of a publish of `published`.
    fn params(published: &DiagnosticsJson) -> String {
        let uri: Uri = "file:///draft.txt".parse().unwrap();
        let mut out = Vec::new();
        published.write_params(&mut out, &uri, Some(7));
        String::from_utf8(out).unwrap()
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
        assert!(expected
            .iter()
            .any(|d| d.severity == Some(DiagnosticSeverity::HINT)));
        let mut cache = ColumnCache::default();
        for _ in 0..2 {
            let published = diagnostics_cached(
                &document,
                all,
                &levels,
                Encoding::Utf16,
                Locale::En,
                &mut cache,
            );
            assert_eq!(published.len(), expected.len());
            assert_eq!(params(&published), fresh_params(expected.clone()));
        }
    }

    /// A publish after edits is, byte for byte, what `serde_json` writes of
    /// the same diagnostics converted afresh: findings after Arabic, Chinese
    /// and emoji text (whose UTF-16 columns are not their bytes), a line
    /// inserted above them (their line numbers shift), lines removed, a
    /// finding's message changing on a line not edited, and the encoding and
    /// the locale changing between publishes.
    #[test]
    fn publishes_after_edits_equal_fresh_ones() {
        let mut document = Document::new(concat!(
            "\tThe General Assembly,\n",
            "\t“Recalling” مرحبا 😀 its resolution 65/140 of 17 December 2010,2\n",
            "\tNoting 中文 😀 its resolution 65/140 of 17 December 2010,\n",
            "\t1.\tمرحبا 中文 😀 Urges all States to recall resolution 65/140 of 17 December 2010;\n",
            "\t2.\tRequests;\n",
            "\t4.\t😀 Decides to remain seized of the matter.\n",
        ));
        let mut cache = ColumnCache::default();
        let edits: [(usize, &str); 7] = [
            // A line inserted above every finding.
            (0, "\n😀\n"),
            (30, "中文"),
            // The rest of a line removed: two lines joined.
            (12, ""),
            // A paragraph inserted: the numbering findings below change.
            (5, "\t2.\tC;\n"),
            (70, "x"),
            // The first line removed: every line moves up.
            (0, ""),
            (1, "\t1.\tAgain;\n"),
        ];
        let mut reused = 0;
        for (at, text) in edits {
            for (encoding, locale) in [
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf8, Locale::En),
                (Encoding::Utf8, Locale::Fr),
                (Encoding::Utf16, Locale::En),
            ] {
                let expected = diagnostics(&document, document.diagnostics(), encoding, locale);
                let before: Vec<*const u8> =
                    cache.rendered.values().map(|r| r.json.as_ptr()).collect();
                let cached = diagnostics_cached(
                    &document,
                    document.diagnostics(),
                    &RuleLevels::default(),
                    encoding,
                    locale,
                    &mut cache,
                );
                assert!(expected.len() >= 3, "{expected:#?}");
                assert_eq!(cached.len(), expected.len());
                assert_eq!(params(&cached), fresh_params(expected));
                reused += cache
                    .rendered
                    .values()
                    .filter(|r| before.contains(&r.json.as_ptr()))
                    .count();
            }
            // An empty text removes the rest of the line and its break.
            let current = document.text();
            let at = (0..=at.min(current.len()))
                .rev()
                .find(|&i| current.is_char_boundary(i))
                .unwrap_or(0);
            let end = if text.is_empty() {
                current[at..]
                    .find('\n')
                    .map_or(current.len(), |n| at + n + 1)
            } else {
                at
            };
            document.edit(at..end, text);
        }
        // The kept JSON was written again, not rendered again.
        assert!(reused > 0);
    }

    /// Findings on lines that the edit did not parse again are written from
    /// the JSON of the last publish, with their new line numbers when a line
    /// was inserted above them.
    #[test]
    fn a_line_inserted_above_reuses_the_findings_of_untouched_lines() {
        let text = concat!(
            "\tThe General Assembly,\n",
            "\tGuided by the Charter of the United Nations,\n",
            "\t“Recalling” مرحبا 😀 its resolution 65/140 of 17 December 2010,\n",
            "\tNoting 中文 its resolution 65/140 of 17 December 2010,\n",
            "\tRecalling 😀 its resolution 65/140 of 17 December 2010,\n",
            "\t1.\tA;\n",
            "\t3.\tB.\n",
        );
        let mut document = Document::new(text);
        let mut cache = ColumnCache::default();
        let first = diagnostics_cached(
            &document,
            document.diagnostics(),
            &RuleLevels::default(),
            Encoding::Utf16,
            Locale::En,
            &mut cache,
        );
        assert!(cache.rendered.len() >= 4, "{}", params(&first));
        let at = text.find("\tGuided").unwrap();
        document.edit(at..at, "\tRecalling its resolutions,\n");
        // The kept findings whose lines the edit left as they were.
        let lines: Vec<*const LineSyntax> = document.lines().iter().map(Arc::as_ptr).collect();
        let untouched: Vec<*const u8> = cache
            .rendered
            .values()
            .filter(|r| {
                lines.contains(&Arc::as_ptr(&r.start)) && lines.contains(&Arc::as_ptr(&r.end))
            })
            .map(|r| r.json.as_ptr())
            .collect();
        assert!(untouched.len() >= 3, "{}", params(&first));
        let expected = diagnostics(
            &document,
            document.diagnostics(),
            Encoding::Utf16,
            Locale::En,
        );
        let second = diagnostics_cached(
            &document,
            document.diagnostics(),
            &RuleLevels::default(),
            Encoding::Utf16,
            Locale::En,
            &mut cache,
        );
        assert_eq!(params(&second), fresh_params(expected));
        // The line numbers moved.
        assert_ne!(params(&first), params(&second));
        let reused = cache
            .rendered
            .values()
            .filter(|r| untouched.contains(&r.json.as_ptr()))
            .count();
        assert_eq!(reused, untouched.len());
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
