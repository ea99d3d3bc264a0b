//! Comparing an open draft with its base (see `resolute_core::diff`): a
//! code lens on each paragraph (`unchanged`, `changed`, `new`, with where it
//! was in the base), the base paragraph on hover, the hints of a technical
//! update among the diagnostics, and the command
//! `resolute.exportTrackedChanges`, which writes the Word document of the
//! draft with its changes against the base as tracked changes.
//!
//! A draft names its base on its first line (`<!-- base: A/RES/79/123 -->`),
//! in `[bases]` of `resolute.toml`, or with the setting `resolute.base`; a
//! symbol is found through the catalogs' `file` column ([`crate::base`]).

use std::borrow::Cow;
use std::path::PathBuf;
use std::sync::Arc;

use resolute_core::diff::{self, update, Status, UnitKind};
use resolute_core::ide::escape_markdown;
use resolute_core::{msg, Diagnostic, Document, Locale, Message, Pos};
use serde_json::{json, Value};
use tower_lsp_server::jsonrpc::{Error, Result};
use tower_lsp_server::ls_types::{
    CodeLens, CodeLensParams, Command, ExecuteCommandParams, Hover, HoverContents, MarkupContent,
    MarkupKind, MessageType, Position, Range as LspRange, Uri,
};

use super::Backend;
use crate::base;
use crate::docx::{self, Revision};
use crate::to_proto;

/// The command that writes the tracked-changes `.docx` of a draft.
pub const EXPORT_COMMAND: &str = "resolute.exportTrackedChanges";

/// A draft's base: its name as the draft gives it, and its analysis.
#[derive(Debug, Clone)]
pub struct Base {
    pub name: String,
    pub path: PathBuf,
    pub document: Arc<Document>,
}

/// The diagnostics of `document` with the hints of its technical update
/// against `base`, if it has one.
pub fn with_update_hints<'a>(
    diagnostics: &'a [Diagnostic],
    document: &Document,
    base: Option<&Base>,
) -> Cow<'a, [Diagnostic]> {
    let Some(base) = base else {
        return Cow::Borrowed(diagnostics);
    };
    let comparison = diff::compare(&base.document, document);
    let hints = update::hints(&comparison, &base.document, document);
    if hints.is_empty() {
        return Cow::Borrowed(diagnostics);
    }
    let mut all = diagnostics.to_vec();
    all.extend(hints);
    Cow::Owned(all)
}

/// What of a text's first lines can name its base
/// ([`resolute_core::diff::base::directive`] reads the first line that is
/// not blank): that line among the first five where it opens with a
/// comment, else nothing. Read on every analysis of an open document, so
/// nothing is copied from a line that cannot name one.
fn head(text: &resolute_core::Rope) -> String {
    (0..text.len_lines().min(5))
        .map(|i| text.line(i))
        .find_map(|line| match line.chars().find(|c| !c.is_whitespace()) {
            None => None,
            Some('<') => Some(line.to_string()),
            Some(_) => Some(String::new()),
        })
        .unwrap_or_default()
}

impl Backend {
    /// The base of the open document `uri`: `Ok(None)` when it names none,
    /// an error saying why when it names one that cannot be read.
    pub(crate) fn base_of(&self, uri: &Uri) -> std::result::Result<Option<Base>, String> {
        let Some(head) = self.session.with(uri, |open| head(&open.text)) else {
            return Ok(None);
        };
        let Some(path) = uri.to_file_path().map(|p| p.into_owned()) else {
            return Ok(None);
        };
        let setting = self.session.settings().base;
        let Some((name, folder)) = self.session.workspace(|w| {
            base::reference(&head, &path, w.root.as_deref(), &w.config.bases, &setting)
        }) else {
            return Ok(None);
        };
        let catalog = self.session.catalog();
        let base_path = base::resolve(&name, &folder, &catalog)?;
        if base_path == path {
            return Err(format!("{name} is this document itself"));
        }
        let document = self.session.bases.load(&base_path, &catalog)?;
        Ok(Some(Base {
            name,
            path: base_path,
            document,
        }))
    }

    /// `textDocument/codeLens`: a lens on each paragraph of a draft with a
    /// base, and one at the top with the counts and the export command.
    pub(crate) async fn diff_code_lens(
        &self,
        params: CodeLensParams,
    ) -> Result<Option<Vec<CodeLens>>> {
        let uri = params.text_document.uri;
        let base = match self.base_of(&uri) {
            Ok(Some(base)) => base,
            Ok(None) => return Ok(None),
            Err(message) => {
                let top = LspRange::new(Position::new(0, 0), Position::new(0, 0));
                return Ok(Some(vec![CodeLens {
                    range: top,
                    command: Some(lens_command(
                        msg!("diff-lens-base-problem", message = message.as_str())
                            .render(self.session.locale()),
                        "",
                        None,
                    )),
                    data: None,
                }]));
            }
        };
        let encoding = self.session.encoding();
        let locale = self.session.locale();
        let outcome = self.on_document(&uri, |document| {
            let c = diff::compare(&base.document, document);
            let mut lenses = Vec::new();
            let top = LspRange::new(Position::new(0, 0), Position::new(0, 0));
            lenses.push(CodeLens {
                range: top,
                command: Some(lens_command(
                    msg!(
                        "diff-lens-compared",
                        base = base.name.as_str(),
                        summary = summary(&c)
                    )
                    .render(locale),
                    EXPORT_COMMAND,
                    Some(vec![json!(uri.as_str())]),
                )),
                data: None,
            });
            for e in c.entries.iter().filter(|e| e.kind != UnitKind::Other) {
                let Some(&first) = e.draft.first() else {
                    continue;
                };
                let line = c.draft_units[first].lines.start;
                let at = to_proto::range(
                    document,
                    resolute_core::Range::new(Pos::new(line, 0), Pos::new(line, 0)),
                    encoding,
                );
                lenses.push(CodeLens {
                    range: at,
                    command: Some(lens_command(lens_title(&c, e, locale), "", None)),
                    data: None,
                });
            }
            Some(lenses)
        });
        self.answer("codeLens", &uri, outcome).await
    }

    /// Hover on a paragraph of a draft with a base: the base paragraph it
    /// comes from (for the hovers nothing else answers).
    pub(crate) fn diff_hover(&self, uri: &Uri, position: Position) -> Option<Hover> {
        let base = self.base_of(uri).ok()??;
        let encoding = self.session.encoding();
        let locale = self.session.locale();
        self.on_document(uri, |document| {
            let pos = crate::from_proto::pos(document, position, encoding);
            let c = diff::compare(&base.document, document);
            let unit = c
                .draft_units
                .iter()
                .position(|u| u.lines.contains(&pos.line) && u.kind != UnitKind::Other)?;
            let entry = c.entries.iter().find(|e| e.draft.contains(&unit))?;
            let text = if entry.base.is_empty() {
                msg!("diff-hover-new").render(locale)
            } else {
                let from = c.base_units[entry.base[0]].bytes.start;
                let to = c.base_units[*entry.base.last()?].bytes.end;
                let base_text = c.base_text[from..to].trim();
                format!(
                    "{}:\n\n{}",
                    escape_markdown(&base.name),
                    escape_markdown(base_text)
                )
            };
            let markdown = format!(
                "**{}**\n\n{text}",
                escape_markdown(&lens_title(&c, entry, locale))
            );
            Some(Hover {
                contents: HoverContents::Markup(MarkupContent {
                    kind: MarkupKind::Markdown,
                    value: markdown,
                }),
                range: None,
            })
        })?
        .ok()
        .flatten()
    }

    /// `workspace/executeCommand`: `resolute.exportTrackedChanges` with the
    /// draft's URI (or `{"uri", "output", "author"}`) writes the `.docx`
    /// next to the draft (`draft.tracked.docx`) and answers its path.
    pub(crate) async fn diff_execute_command(
        &self,
        params: ExecuteCommandParams,
    ) -> Result<Option<Value>> {
        if params.command != EXPORT_COMMAND {
            return Err(Error::invalid_params(format!(
                "no command {}",
                params.command
            )));
        }
        let argument = params.arguments.first().cloned().unwrap_or(Value::Null);
        let uri_text = argument
            .as_str()
            .or_else(|| argument.get("uri").and_then(Value::as_str))
            .ok_or_else(|| Error::invalid_params("give the draft's URI"))?;
        let uri: Uri = uri_text
            .parse()
            .map_err(|_| Error::invalid_params("not a URI"))?;
        let base = match self.base_of(&uri) {
            Ok(Some(base)) => base,
            Ok(None) => {
                return Err(Error::invalid_params(
                    "this draft names no base: start it with `<!-- base: A/RES/79/123 -->`, or set resolute.base",
                ))
            }
            Err(message) => return Err(Error::invalid_params(message)),
        };
        let draft_path = uri
            .to_file_path()
            .map(|p| p.into_owned())
            .ok_or_else(|| Error::invalid_params("the draft is not a file"))?;
        let output = argument
            .get("output")
            .and_then(Value::as_str)
            .map(PathBuf::from)
            .unwrap_or_else(|| {
                let stem = draft_path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default();
                draft_path.with_file_name(format!("{stem}.tracked.docx"))
            });
        let revision = Revision {
            author: argument
                .get("author")
                .and_then(Value::as_str)
                .unwrap_or("Resolute")
                .to_owned(),
            date: base::now_iso(),
        };
        let outcome = self.on_document(&uri, |document| {
            let c = diff::compare(&base.document, document);
            docx::tracked_changes(&c, &revision)
        });
        let bytes = match outcome {
            Some(Ok(Ok(bytes))) => bytes,
            Some(Ok(Err(e))) => return Err(Error::invalid_params(e.to_string())),
            Some(Err(panic)) => {
                self.log(MessageType::ERROR, format!("exportTrackedChanges: {panic}"))
                    .await;
                return Err(Error::internal_error());
            }
            None => return Err(Error::invalid_params("the draft is not open")),
        };
        if let Err(e) = std::fs::write(&output, bytes) {
            return Err(Error::invalid_params(format!(
                "cannot write {}: {e}",
                output.display()
            )));
        }
        self.client
            .show_message(
                MessageType::INFO,
                msg!(
                    "notice-export-written",
                    base = base.name.as_str(),
                    path = output.display().to_string()
                )
                .render(self.session.locale()),
            )
            .await;
        Ok(Some(
            json!({"path": output.to_string_lossy(), "base": base.path.to_string_lossy()}),
        ))
    }
}

/// A lens's command: a title, and the command a click runs (none: `""`).
fn lens_command(title: String, command: &str, arguments: Option<Vec<Value>>) -> Command {
    Command {
        title,
        command: command.to_owned(),
        arguments,
    }
}

/// The counts of the comparison (`3 unchanged, 1 changed, …`): what
/// `render::summary` writes for the command line, in the drafter's language.
fn summary(c: &diff::Comparison) -> Message {
    let k = c.counts();
    msg!(
        "diff-summary",
        unchanged = k.unchanged,
        changed = k.changed,
        new = k.new,
        deleted = k.deleted,
        moved = k.moved
    )
}

/// `changed`, `unchanged · moved from PP3`, `changed · was OP13`, `new`, in
/// `locale`.
fn lens_title(c: &diff::Comparison, e: &diff::Entry, locale: Locale) -> String {
    let names = |units: &[diff::Unit], list: &[usize]| {
        list.iter()
            .map(|&i| units[i].name())
            .collect::<Vec<_>>()
            .join("+")
    };
    let base = names(&c.base_units, &e.base);
    let draft = names(&c.draft_units, &e.draft);
    let mut title = msg!("diff-status", status = e.status.as_str()).render(locale);
    if e.status != Status::New && e.status != Status::Deleted {
        let from = if e.draft.len() > 1 {
            Some(msg!("diff-split-from", units = base))
        } else if e.base.len() > 1 {
            Some(msg!("diff-merged-from", units = base))
        } else if e.moved {
            Some(msg!("diff-moved-from", units = base))
        } else if base != draft {
            Some(msg!("diff-was", units = base))
        } else {
            None
        };
        if let Some(from) = from {
            title.push_str(" · ");
            title.push_str(&from.render(locale));
        }
    }
    title
}

#[cfg(test)]
mod tests {
    use super::head;
    use resolute_core::diff::base::directive;
    use resolute_core::Rope;

    #[test]
    fn the_head_names_the_base_the_first_five_lines_name() {
        let texts = [
            "<!-- base: A/RES/79/123 -->\n\tThe General Assembly,\n",
            "\n  \n\t<!--base: drafts/old.txt-->\nTitle\n",
            "\tThe General Assembly,\n<!-- base: A/RES/79/123 -->\n",
            "\n\n\n\n\n<!-- base: A/RES/79/123 -->\n",
            "\n\n\n\n<!-- base: A/RES/79/123 -->",
            "<!-- a note -->\n<!-- base: A/RES/79/123 -->\n",
            "<!-- base: -->\n",
            "ⅠⅡ <!-- base: A/RES/79/123 -->\n",
            "",
            "\n",
        ];
        for text in texts {
            let five: String = text.split_inclusive('\n').take(5).collect();
            let head = head(&Rope::from_str(text));
            assert_eq!(directive(&head), directive(&five), "{text:?}");
        }
        assert_eq!(
            directive(&head(&Rope::from_str("\n\t<!-- base: A/RES/79/123 -->\n"))),
            Some("A/RES/79/123")
        );
        // Nothing is copied from a first line that is not a comment.
        assert_eq!(head(&Rope::from_str("\tThe General Assembly,\n")), "");
    }
}
