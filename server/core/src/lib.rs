//! Resolute's analysis core: the text of a United Nations resolution in, its
//! syntax, a document model and diagnostics out.
//!
//! The core does no I/O and knows nothing of the Language Server Protocol:
//! the command line, the server, the tests and the benchmarks all call the
//! same [`Document`]. Positions are [`text::Pos`] (line, byte column);
//! [`text`] converts them to the UTF-8, UTF-16 or UTF-32 columns editors use.

pub mod attribution;
pub mod catalog;
pub mod compare;
pub mod config;
pub mod data;
pub mod diagnostic;
pub mod diff;
mod doc_lines;
pub mod document;
pub mod footnotes;
pub mod gap;
pub mod ide;
pub mod l10n;
mod lists;
pub mod model;
pub mod parts;
mod pattern;
pub mod resolve;
pub mod rules;
pub mod sequence;
pub mod syntax;
pub mod text;
pub mod vocabulary;

pub use catalog::Catalog;
pub use diagnostic::{Diagnostic, DiagnosticData, Fix, Severity, TextEdit};
pub use document::{apply_change_to_rope, apply_change_to_rope_at, change_span, Change, Document};
pub use l10n::{Locale, Message};
/// The rope the text is kept in, for callers that keep a copy of their own.
pub(crate) use pattern::pattern;
pub use ropey::Rope;
pub use text::{Encoding, LineCol, Pos, Range};
