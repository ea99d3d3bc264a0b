//! The resolution catalog: what the checker knows of resolutions that exist
//! (symbol, adoption date, title), so it can hover a citation, check its date
//! and complete it.
//!
//! A [`Catalog`] is a stack of layers, searched first to last: the open
//! documents that declare their own symbol, the user's catalog files, and
//! the built-in catalog converted from `shared/catalog` and compiled in.
//! Cloning one is cheap (it shares its layers).

use std::sync::Arc;

/// A searchable stack of catalog layers.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    layers: Vec<Arc<Layer>>,
}

/// One layer of entries.
#[derive(Debug, Clone, Default)]
pub struct Layer {}

impl Catalog {
    /// A catalog of the given layers, searched in that order.
    pub fn new(layers: Vec<Arc<Layer>>) -> Catalog {
        Catalog { layers }
    }

    /// The built-in catalog alone.
    pub fn builtin() -> Catalog {
        Catalog::default()
    }

    pub fn layers(&self) -> &[Arc<Layer>] {
        &self.layers
    }
}
