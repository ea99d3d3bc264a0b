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
use resolute_core::syntax::Lines;
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
        range(document, diagnostic.range(), encoding),
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
/// findings on the edited lines are new. The last publish's JSON is kept, and
/// each finding in it, in its order, with what it is made of: the syntax of
/// the lines its range starts and ends on (an `Arc` that an edit of the line
/// replaces; the cache holds a clone, so its address cannot be reused for
/// another line while it is cached), the byte columns, the severity, the code
/// and the message with its arguments. The line numbers are not part of what
/// it is: lines inserted above move a finding without changing it, and its
/// new line numbers are written around the kept JSON.
///
/// The next publish walks its findings beside the last one's: a finding the
/// same as the next kept one, on the same line numbers, is the same bytes,
/// and a run of them is copied at once; a finding a few places further (one
/// removed before it) is found by looking ahead, one further still (findings
/// reordered or many removed) through an index of the kept findings built for
/// that publish only. A column is converted (a walk of the rope) and a
/// message rendered (Fluent) only for a finding that was not in the last
/// publish. A keystroke's publish is then the comparison of each finding with
/// the one kept at its place and a few copies.
#[derive(Debug, Clone, Default)]
pub struct ColumnCache {
    encoding: Encoding,
    locale: Locale,
    /// The findings of the last publish, in its order (`None` once taken by
    /// the publish being written).
    kept: Vec<Option<Kept>>,
    /// The last publish's JSON, which `kept` points into: the elements of
    /// its array, separated by commas.
    json: Arc<Vec<u8>>,
    /// How many findings the last publish rendered (the others were copied).
    rendered: usize,
}

/// The publish's index of kept findings, whose keys come from the server's
/// own findings, hashed with rustc's multiplicative hasher: SipHash, the
/// standard map's hasher, was two fifths of a publish.
type FastMap<K, V> = rustc_hash::FxHashMap<K, V>;

/// How far a publish looks ahead in the last one's findings for the one it
/// writes before it builds an index of them: a keystroke removes the few
/// findings of the edited line.
const LOOK_AHEAD: usize = 8;

/// The room a publish's JSON takes for each finding before it is written: a
/// little more than one finding's element (the corpus's: 300 bytes on
/// average, its messages in English).
const ELEMENT_ROOM: usize = 384;

/// One finding as last published: what it is made of, the line numbers it was
/// written with, and where its JSON lies in that publish's (`at`).
#[derive(Debug, Clone)]
struct Kept {
    start: Arc<LineSyntax>,
    end: Arc<LineSyntax>,
    columns: (u32, u32),
    severity: Severity,
    code: &'static str,
    message: Message,
    lines: (u32, u32),
    at: Written,
}

/// Where one finding's JSON lies in a publish's: `{"range":{"start":{"line":`
/// at `element`, the start line's digits up to `after_start`, the end line's
/// digits in `end_line`, the rest up to `element_end`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Written {
    element: u32,
    after_start: u32,
    end_line: (u32, u32),
    element_end: u32,
}

impl Written {
    /// The same bytes `delta` later (or earlier) in another publish's JSON.
    fn moved(self, delta: i64) -> Written {
        let at = |n: u32| (i64::from(n) + delta) as u32;
        Written {
            element: at(self.element),
            after_start: at(self.after_start),
            end_line: (at(self.end_line.0), at(self.end_line.1)),
            element_end: at(self.element_end),
        }
    }
}

/// What identifies a finding across publishes: the lines it starts and ends
/// on (their syntax's addresses), its columns, severity, code and message.
#[derive(Clone, Copy)]
struct Identity<'a> {
    start: &'a Arc<LineSyntax>,
    end: &'a Arc<LineSyntax>,
    columns: (u32, u32),
    severity: Severity,
    code: &'static str,
    message: &'a Message,
}

impl Identity<'_> {
    fn of(&self, kept: &Kept) -> bool {
        Arc::ptr_eq(&kept.start, self.start)
            && Arc::ptr_eq(&kept.end, self.end)
            && kept.columns == self.columns
            && kept.severity == self.severity
            // (A rule's code is one string: the same address, nearly always.)
            && (std::ptr::eq(kept.code, self.code) || kept.code == self.code)
            && kept.message == *self.message
    }

    fn hash(&self) -> u64 {
        use std::hash::{Hash, Hasher};
        let mut hasher = rustc_hash::FxHasher::default();
        (Arc::as_ptr(self.start) as usize).hash(&mut hasher);
        (Arc::as_ptr(self.end) as usize).hash(&mut hasher);
        (self.columns, self.severity, self.code).hash(&mut hasher);
        self.message.hash(&mut hasher);
        hasher.finish()
    }

    fn kept(&self, lines: (u32, u32), at: Written) -> Kept {
        Kept {
            start: Arc::clone(self.start),
            end: Arc::clone(self.end),
            columns: self.columns,
            severity: self.severity,
            code: self.code,
            message: self.message.clone(),
            lines,
            at,
        }
    }
}

impl Kept {
    fn identity(&self) -> Identity<'_> {
        Identity {
            start: &self.start,
            end: &self.end,
            columns: self.columns,
            severity: self.severity,
            code: self.code,
            message: &self.message,
        }
    }
}

/// What every diagnostic's JSON starts with, up to its start line.
const RANGE_START: &str = r#"{"range":{"start":{"line":"#;

/// Writes a finding on the lines `start` and `end`: `RANGE_START`, the start
/// line, `between`, the end line, `rest`; returns where it went in `out`.
fn write_element(out: &mut Vec<u8>, start: u32, end: u32, between: &[u8], rest: &[u8]) -> Written {
    let element = out.len() as u32;
    out.extend_from_slice(RANGE_START.as_bytes());
    write_u32(out, start);
    let after_start = out.len() as u32;
    out.extend_from_slice(between);
    let end_start = out.len() as u32;
    write_u32(out, end);
    let end_end = out.len() as u32;
    out.extend_from_slice(rest);
    Written {
        element,
        after_start,
        end_line: (end_start, end_end),
        element_end: out.len() as u32,
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
/// separated by commas, without the brackets; those written from the
/// [`ColumnCache`] first (shared with it), then any others.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiagnosticsJson {
    cached: Arc<Vec<u8>>,
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
        out.reserve(self.cached.len() + self.json.len() + uri.as_str().len() + 64);
        self.write_start(out, uri);
        out.extend_from_slice(&self.cached);
        self.write_end(out, version);
    }

    /// What [`DiagnosticsJson::write_params`] writes before the diagnostics
    /// shared with the cache ([`DiagnosticsJson::shared`]).
    pub fn write_start(&self, out: &mut Vec<u8>, uri: &Uri) {
        out.extend_from_slice(br#"{"uri":"#);
        // A string always serializes.
        let _ = serde_json::to_writer(&mut *out, uri);
        out.extend_from_slice(br#","diagnostics":["#);
    }

    /// The diagnostics written from the cache, shared with it.
    pub fn shared(&self) -> Arc<Vec<u8>> {
        Arc::clone(&self.cached)
    }

    /// What [`DiagnosticsJson::write_params`] writes after the diagnostics
    /// shared with the cache: any others, and the version.
    pub fn write_end(&self, out: &mut Vec<u8>, version: Option<i32>) {
        out.extend_from_slice(&self.json);
        out.push(b']');
        if let Some(version) = version {
            out.extend_from_slice(br#","version":"#);
            let _ = serde_json::to_writer(&mut *out, &version);
        }
        out.push(b'}');
    }
}

/// Kept findings of the last publish written on as one copy: their bytes in
/// the last publish's JSON, where they go in the new one, and how many.
struct Run {
    old: std::ops::Range<usize>,
    new_start: usize,
    count: usize,
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
    if cache.encoding != encoding || cache.locale != locale {
        *cache = ColumnCache {
            encoding,
            locale,
            ..ColumnCache::default()
        };
    }
    if same_as_last_publish(document, diagnostics, levels, cache) {
        cache.rendered = 0;
        return DiagnosticsJson {
            cached: Arc::clone(&cache.json),
            json: Vec::new(),
            count: cache.kept.len(),
        };
    }
    let last_json = std::mem::take(&mut cache.json);
    let mut last = std::mem::take(&mut cache.kept);
    // A first publish takes room for all of it at once: grown by doubling
    // from nothing, its JSON (about 300 bytes a finding) left the blocks it
    // outgrew behind, pages the process keeps (half a megabyte of the 10 MB
    // document's). The room not used is given back at the end. A later one
    // takes the last one's length and an eighth.
    let room = if last_json.is_empty() {
        diagnostics.len() * ELEMENT_ROOM
    } else {
        last_json.len() + last_json.len() / 8
    };
    let mut json: Vec<u8> = Vec::with_capacity(room);
    let mut count = 0usize;
    let mut kept: Vec<Option<Kept>> = Vec::with_capacity(diagnostics.len());
    // The next kept finding in order, the run being copied, and the index of
    // the kept findings once looking ahead failed.
    let mut next = 0usize;
    let mut run: Option<Run> = None;
    let mut index: Option<FastMap<u64, usize>> = None;
    let mut rendered = 0;
    let flush = |run: &mut Option<Run>, json: &mut Vec<u8>, count: &mut usize| {
        if let Some(run) = run.take() {
            if *count > 0 {
                json.push(b',');
            }
            debug_assert_eq!(json.len(), run.new_start);
            json.extend_from_slice(&last_json[run.old]);
            *count += run.count;
        }
    };
    let lines = document.lines();
    for d in diagnostics {
        let (identity, (start, end)) = match seen(lines, d, levels) {
            Seen::Off => continue,
            Seen::PastEnd(severity) => {
                // Past the last line (the conversion clamps the line):
                // written afresh, and not kept.
                flush(&mut run, &mut json, &mut count);
                let mut converted = diagnostic(document, d, encoding, locale);
                converted.severity = Some(self::severity(severity));
                if count > 0 {
                    json.push(b',');
                }
                let _ = serde_json::to_writer(&mut json, &converted);
                count += 1;
                continue;
            }
            Seen::At(identity, on) => (identity, on),
        };
        let is = |k: &Option<Kept>| k.as_ref().is_some_and(|k| identity.of(k));
        let found = (next..last.len().min(next + LOOK_AHEAD))
            .find(|&i| is(&last[i]))
            .or_else(|| {
                if next >= last.len() {
                    return None;
                }
                let index = index.get_or_insert_with(|| {
                    let mut index = FastMap::default();
                    for (i, k) in last.iter().enumerate() {
                        if let Some(k) = k {
                            index.entry(k.identity().hash()).or_insert(i);
                        }
                    }
                    index
                });
                index
                    .get(&identity.hash())
                    .copied()
                    .filter(|&i| is(&last[i]))
            });
        let Some(found) = found.and_then(|i| last[i].take().map(|k| (i, k))) else {
            // Not in the last publish: converted and rendered.
            flush(&mut run, &mut json, &mut count);
            if count > 0 {
                json.push(b',');
            }
            rendered += 1;
            match render(document, d, identity.severity, encoding, locale) {
                Ok((between, rest)) => {
                    let at =
                        write_element(&mut json, start, end, between.as_bytes(), rest.as_bytes());
                    kept.push(Some(identity.kept((start, end), at)));
                }
                Err(whole) => json.extend_from_slice(whole.as_bytes()),
            }
            count += 1;
            continue;
        };
        let (i, mut k) = found;
        if i >= next {
            next = i + 1;
        }
        // The finding's message from now on: equal to the kept one, and
        // its arguments shared with the document's finding, so that the
        // next publish finds them equal without comparing them (the kept
        // one may be an earlier analysis's, the document's findings made
        // again since).
        if !k.message.shares(&d.message) {
            k.message = d.message.clone();
        }
        let old = k.at;
        if k.lines == (start, end) {
            // The same bytes: copied with the kept findings next to it.
            let element = old.element as usize..old.element_end as usize;
            match &mut run {
                Some(run) if run.old.end + 1 == element.start => {
                    run.old.end = element.end;
                    run.count += 1;
                }
                _ => {
                    flush(&mut run, &mut json, &mut count);
                    run = Some(Run {
                        new_start: json.len() + usize::from(count > 0),
                        old: element,
                        count: 1,
                    });
                }
            }
            let run = run.as_ref().expect("a run was started");
            k.at = old.moved(run.new_start as i64 - run.old.start as i64);
        } else {
            // Moved by lines inserted or removed above: its bytes around new
            // line numbers.
            flush(&mut run, &mut json, &mut count);
            if count > 0 {
                json.push(b',');
            }
            let between = &last_json[old.after_start as usize..old.end_line.0 as usize];
            let rest = &last_json[old.end_line.1 as usize..old.element_end as usize];
            k.at = write_element(&mut json, start, end, between, rest);
            k.lines = (start, end);
            count += 1;
        }
        kept.push(Some(k));
    }
    flush(&mut run, &mut json, &mut count);
    if json.capacity() - json.len() > json.len() / 4 {
        // Kept until the next publish: shrunk in place (glibc splits the
        // block, nothing is copied).
        json.shrink_to_fit();
    }
    let json = Arc::new(json);
    cache.kept = kept;
    cache.json = Arc::clone(&json);
    cache.rendered = rendered;
    DiagnosticsJson {
        cached: json,
        json: Vec::new(),
        count,
    }
}

/// Whether the findings to publish are, in order and on the same lines, those
/// the last publish wrote (`cache`): a keystroke on a line without findings,
/// above none that moved. Each kept finding then takes the document's equal
/// message, as [`diagnostics_cached`] does. Read without taking the kept
/// findings out of the cache, so that the common publish moves none of them;
/// it stops at the first that differs.
fn same_as_last_publish(
    document: &Document,
    diagnostics: &[Diagnostic],
    levels: &RuleLevels,
    cache: &mut ColumnCache,
) -> bool {
    let lines = document.lines();
    let mut kept = cache.kept.iter_mut();
    for d in diagnostics {
        let (identity, (start, end)) = match seen(lines, d, levels) {
            Seen::Off => continue,
            Seen::PastEnd(_) => return false,
            Seen::At(identity, on) => (identity, on),
        };
        match kept.next() {
            Some(Some(k)) if k.lines == (start, end) && identity.of(k) => {
                if !k.message.shares(&d.message) {
                    k.message = d.message.clone();
                }
            }
            _ => return false,
        }
    }
    kept.next().is_none()
}

/// What a finding is to a publish.
enum Seen<'a> {
    /// Its rule is off.
    Off,
    /// On a line past the last, with this severity.
    PastEnd(Severity),
    /// Its identity, on these lines.
    At(Identity<'a>, (u32, u32)),
}

/// What `d` is to a publish of a document whose lines are `lines`, with
/// the rule levels applied (here rather than by `RuleLevels::apply`, which
/// clones every finding with its fixes).
fn seen<'a>(lines: &'a Lines, d: &'a Diagnostic, levels: &RuleLevels) -> Seen<'a> {
    let severity = match levels.0.get(d.code) {
        None => d.severity,
        Some(level) => match level.severity() {
            Some(severity) => severity,
            None => return Seen::Off,
        },
    };
    let (start, end) = (d.range().start.line, d.range().end.line);
    match (lines.get(start as usize), lines.get(end as usize)) {
        (Some(start_line), Some(end_line)) => Seen::At(
            Identity {
                start: start_line,
                end: end_line,
                columns: (d.range().start.col, d.range().end.col),
                severity,
                code: d.code,
                message: &d.message,
            },
            (start, end),
        ),
        _ => Seen::PastEnd(severity),
    }
}

/// A finding's JSON, for [`ColumnCache`], without its two line numbers: what
/// goes between them and what follows the second; if it could not be split
/// at its line numbers (it always can: `serde_json` writes the fields in
/// order), the JSON to write as it is.
fn render(
    document: &Document,
    d: &Diagnostic,
    severity: Severity,
    encoding: Encoding,
    locale: Locale,
) -> Result<(String, String), String> {
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
            Ok((
                json[first + 1..second].to_owned(),
                json[second + 1..].to_owned(),
            ))
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
                    d.code == code && d.range().start <= range.end && range.start <= d.range().end
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

    /// A publish of `document`'s findings at the default levels, in UTF-16
    /// and English, through `cache`.
    fn publish(document: &Document, cache: &mut ColumnCache) -> DiagnosticsJson {
        diagnostics_cached(
            document,
            document.diagnostics(),
            &RuleLevels::default(),
            Encoding::Utf16,
            Locale::En,
            cache,
        )
    }

    /// The findings of `document` converted afresh, in UTF-16 and English.
    fn fresh(document: &Document) -> Vec<ls_types::Diagnostic> {
        diagnostics(
            document,
            document.diagnostics(),
            Encoding::Utf16,
            Locale::En,
        )
    }

    /// The parameters of a publish of `published`.
    fn params(published: &DiagnosticsJson) -> String {
        let uri: Uri = "file:///draft.txt".parse().unwrap();
        let mut out = Vec::new();
        published.write_params(&mut out, &uri, Some(7));
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn a_first_publish_keeps_its_json_in_a_block_of_its_size() {
        // Many findings, none published before: the JSON is written in the
        // room reserved for them, not grown by doubling (up to twice its
        // length, and the blocks it outgrew left behind), and kept no larger
        // than it needs. Four sizes 1.25 times apart: a doubled capacity is
        // more than 1.25 times the length for one of them at least.
        let line = "\t“Recalling” its resolution 65/140 of 17 December 2010,2\n";
        for n in [400, 500, 600, 700] {
            let document = Document::new(&format!("\tThe General Assembly,\n{}", line.repeat(n)));
            let mut cache = ColumnCache::default();
            let published = publish(&document, &mut cache);
            assert!(published.len() >= n, "{} for {n}", published.len());
            assert!(published.json.is_empty());
            let (len, capacity) = (published.cached.len(), published.cached.capacity());
            assert!(len > n * 100, "{len} for {n}");
            assert!(capacity <= len + len / 4, "{capacity} for {len}");
            assert_eq!(params(&published), fresh_params(fresh(&document)));
        }
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

    /// A publish that keeps every finding where it was (a keystroke on a
    /// line without findings, none moved) shares the last one's bytes
    /// instead of copying them; one with a finding changed writes anew.
    #[test]
    fn a_publish_that_changes_nothing_shares_the_last_ones_bytes() {
        let text = "\tThe General Assembly,\n\tRecalling its resolution 65/140 of 17 December 2010,\n\t1.\tUrges all States;\n\t3.\tDecides to remain seized of the matter.\n\t4.\tRequests\n";
        let mut document = Document::new(text);
        let mut cache = ColumnCache::default();
        let first = publish(&document, &mut cache);
        assert!(first.len() >= 2, "{}", params(&first));
        // A letter typed in paragraph 1's line, which has no finding.
        let at = document.text().find("all States").unwrap() + 1;
        document.edit(at..at, "x");
        let second = publish(&document, &mut cache);
        assert!(Arc::ptr_eq(&first.cached, &second.cached));
        assert_eq!(params(&second), fresh_params(fresh(&document)));
        // A letter typed in paragraph 4's line, which has a finding.
        let at = document.text().find("Requests").unwrap();
        document.edit(at..at, "x");
        let third = publish(&document, &mut cache);
        assert!(!Arc::ptr_eq(&second.cached, &third.cached));
        assert_eq!(params(&third), fresh_params(fresh(&document)));
    }

    /// A finding made again, equal to the one last published (a full
    /// analysis makes every message anew), is copied from the cache, and
    /// the cache then holds the new finding's message: its arguments shared
    /// with the document's, so that the next publish finds them equal by
    /// their address instead of comparing them one by one.
    #[test]
    fn a_finding_made_again_is_copied_and_its_message_kept_from_then_on() {
        let text = "\tThe General Assembly,\n\tRecalling its resolution 65/140 of 17 December 2010,\n\t1.\tUrges all States;\n\t3.\tDecides to remain seized of the matter.\n";
        let first = Document::new(text);
        let mut cache = ColumnCache::default();
        publish(&first, &mut cache);
        // The same findings, made again: equal, but not sharing anything.
        let again: Vec<Diagnostic> = first
            .diagnostics()
            .iter()
            .map(|d| {
                let mut d = resolute_core::DiagnosticData::from(d.clone());
                let (id, args) = (d.message.id(), d.message.args());
                d.message = args
                    .iter()
                    .fold(resolute_core::l10n::Message::new(id), |m, (name, arg)| {
                        m.arg(name, arg.clone())
                    });
                Diagnostic::from(d)
            })
            .collect();
        let with_arguments =
            |ds: &[Diagnostic]| -> Vec<*const (&'static str, resolute_core::l10n::Arg)> {
                ds.iter()
                    .map(|d| d.message.args())
                    .filter(|a| !a.is_empty())
                    .map(<[_]>::as_ptr)
                    .collect()
            };
        let made_again = with_arguments(&again);
        assert!(!made_again.is_empty(), "{again:#?}");
        let kept = |cache: &ColumnCache| -> Vec<*const (&'static str, resolute_core::l10n::Arg)> {
            cache
                .kept
                .iter()
                .flatten()
                .map(|k| k.message.args())
                .filter(|a| !a.is_empty())
                .map(<[_]>::as_ptr)
                .collect()
        };
        assert!(kept(&cache).iter().all(|p| !made_again.contains(p)));
        let published = diagnostics_cached(
            &first,
            &again,
            &RuleLevels::default(),
            Encoding::Utf16,
            Locale::En,
            &mut cache,
        );
        assert_eq!(cache.rendered, 0, "every finding copied");
        assert_eq!(params(&published), fresh_params(fresh(&first)));
        assert_eq!(kept(&cache), made_again);
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
            for (round, (encoding, locale)) in [
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf16, Locale::En),
                (Encoding::Utf8, Locale::En),
                (Encoding::Utf8, Locale::Fr),
                (Encoding::Utf16, Locale::En),
            ]
            .into_iter()
            .enumerate()
            {
                let expected = diagnostics(&document, document.diagnostics(), encoding, locale);
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
                if round == 1 {
                    // Nothing changed since the last publish: every finding
                    // copied.
                    assert_eq!(cache.rendered, 0);
                }
                reused += cached.len() - cache.rendered;
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

    /// Random edits of a text with many findings (characters and lines typed,
    /// paragraphs inserted, spans of several lines removed, which removes
    /// runs of findings and moves the others): every publish is, byte for
    /// byte, what `serde_json` writes of the diagnostics converted afresh.
    #[test]
    fn publishes_after_random_edits_equal_fresh_ones() {
        let paragraph = concat!(
            "\t“Recalling” مرحبا 😀 its resolution 65/140 of 17 December 2010,2\n",
            "\tNoting 中文 😀 its resolution 65/140 of 17 December 2010,\n",
            "\t1.\tمرحبا 中文 😀 Urges all States to recall resolution 65/140 of 17 December 2010;\n",
            "\t3.\tRequests;\n",
        );
        let mut document = Document::new(&format!(
            "\tThe General Assembly,\n{}",
            paragraph.repeat(12)
        ));
        let mut cache = ColumnCache::default();
        let mut seed: u64 = 0x5eed;
        let mut random = |n: usize| {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as usize % n.max(1)
        };
        let (mut copied, mut rendered) = (0, 0);
        for _ in 0..150 {
            let cached = publish(&document, &mut cache);
            let expected = fresh(&document);
            assert_eq!(params(&cached), fresh_params(expected));
            copied += cached.len() - cache.rendered;
            rendered += cache.rendered;
            let current = document.text();
            let floor = |mut i: usize| {
                i = i.min(current.len());
                while !current.is_char_boundary(i) {
                    i -= 1;
                }
                i
            };
            let at = floor(random(current.len() + 1));
            let (end, text) = match random(5) {
                0 => (at, "x"),
                1 => (at, "\n"),
                2 => (at, "\t2.\tDecides;\n"),
                3 => (floor(at + random(400)), ""),
                _ => (floor(at + 1), "7"),
            };
            document.edit(at..end, text);
        }
        assert!(
            copied > 10 * rendered,
            "{copied} copied, {rendered} rendered"
        );
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
        let first = publish(&document, &mut cache);
        assert!(cache.kept.len() >= 4, "{}", params(&first));
        let at = text.find("\tGuided").unwrap();
        document.edit(at..at, "\tRecalling its resolutions,\n");
        // The kept findings whose lines the edit left as they were.
        let lines: Vec<*const LineSyntax> = document.lines().iter().map(Arc::as_ptr).collect();
        let untouched = cache
            .kept
            .iter()
            .flatten()
            .filter(|k| {
                lines.contains(&Arc::as_ptr(&k.start)) && lines.contains(&Arc::as_ptr(&k.end))
            })
            .count();
        assert!(untouched >= 3, "{}", params(&first));
        let expected = fresh(&document);
        let second = publish(&document, &mut cache);
        assert_eq!(params(&second), fresh_params(expected));
        // The line numbers moved.
        assert_ne!(params(&first), params(&second));
        // Only the findings of the lines parsed again were rendered again.
        assert_eq!(cache.rendered, second.len() - untouched);
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
        let utf16 = fresh(&document);
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
            assert_eq!(core.range().start.line, 2);
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
                &core.fixes()[0],
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
        let core = Diagnostic::from(resolute_core::DiagnosticData {
            code: "test",
            severity: Severity::Hint,
            range: Range::on_line(0, start, start + 3),
            message: resolute_core::Message::new("bracket-balance-unclosed"),
            fixes: Vec::new(),
        });
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
