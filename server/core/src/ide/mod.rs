//! Editor features computed from a [`crate::Document`]: the outline, hovers,
//! completion and navigation. Each returns plain data in core positions; the server
//! converts it.

pub mod actions;
pub mod citation;
mod complete_openings;
mod complete_organizations;
pub mod completion;
pub mod folding;
pub mod hover;
mod hover_vocabulary;
pub mod inlay_hints;
pub mod markdown;
pub mod navigation;
pub mod outline;
pub mod rename;
pub mod renumber;
pub mod selection;
pub mod semantic_tokens;
pub mod stats;

pub use citation::{definition, Target};
pub use completion::{
    completion, completion_in, completions, CompletionItem, CompletionKind, Completions,
};
pub use folding::{folding_ranges, Fold, FoldKind};
pub use hover::{hover, Hover};
pub use inlay_hints::{inlay_hints, inlay_hints_in, InlayHint};
pub use navigation::{highlights, local_definition, references, Highlight, HighlightKind};
pub use outline::{outline, outline_in, OutlineItem, OutlineKind};
pub use selection::selection_ranges;
pub use semantic_tokens::{
    semantic_tokens, semantic_tokens_in, Modifier, SemanticToken, TokenKind,
};

pub use markdown::{code_span, escape_markdown, plain_text};
