//! The LSP layer of Resolute (being written).
