//! The resolution catalog: what the checker knows of resolutions that exist
//! (symbol, adoption date, title), so it can hover a citation, check its date
//! and complete it.
//!
//! A [`Catalog`] is a stack of [`Layer`]s, searched first to last: the open
//! documents that declare their own symbol, the user's catalog files, and
//! the built-in layer converted from `shared/catalog` by
//! `scripts/convert_catalog.py` and compiled in. Cloning a catalog is cheap:
//! it shares its layers. Nothing here reads a file: the caller reads user
//! catalogs and passes their text to [`Layer::from_user_file`].

mod builtin;
mod declared;
pub mod key;
mod user;

use std::sync::{Arc, LazyLock};

use crate::syntax::date::Date;
use crate::syntax::Organ;

pub use declared::{cites_any, declared_entry};
pub use key::{Key, Series};
pub use user::Problem;

/// Where an entry comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// The built-in catalog; `dated_by` says how good its date is.
    Builtin { dated_by: DatedBy },
    /// A user's catalog file, at a line.
    File { path: Arc<str>, line: u32 },
    /// An open document that declares this symbol (its URI or path).
    Document { uri: Arc<str>, line: u32 },
}

/// The source of a built-in entry's date.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DatedBy {
    /// The United Nations' own metadata of the text (UNxml).
    Metadata,
    /// The UN Digital Library's voting record.
    VotingRecord,
    /// The date most often cited for it in official texts.
    Citations,
}

/// Where an entry's title comes from, which says how exactly a citation
/// must quote it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum TitleSource {
    /// The United Nations' metadata of the text, a user's catalog file, or
    /// the text's own title line: the wording itself.
    #[default]
    Official,
    /// The UN Digital Library's catalogue record, whose rendering of the
    /// title may differ from the official wording in case, spacing and
    /// punctuation (`New Partnership for Africa's Development : progress`).
    Catalogue,
    /// Quoted by the official text with this symbol (`resolution 70/299 of
    /// 29 July 2016, entitled “…”` in A/RES/74/298): the wording itself.
    CitedIn(String),
    /// Not a title: Security Council resolutions bear none, and the catalog
    /// keeps a description of the subject (`On threats to international
    /// peace and security`).
    Description,
}

/// One resolution or decision.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub key: Key,
    /// How a text cites it: `67/264`, `3369 (XXX)`, `1624 (2005)`.
    pub cite: String,
    /// Its document symbol: `A/RES/67/264`.
    pub symbol: String,
    pub date: Option<Date>,
    /// Other attested dates (parts adopted on other days).
    pub other_dates: Vec<Date>,
    /// Lettered parts (`A B C`), as one string.
    pub parts: String,
    /// The dates official texts give lettered parts (`66/253 A of 16
    /// February 2012`), by letter.
    pub part_dates: Vec<(char, Date)>,
    pub title: String,
    pub title_source: TitleSource,
    pub origin: Origin,
    /// A file holding its text, for go to definition.
    pub file: Option<Arc<str>>,
}

impl Entry {
    /// Whether `date` is one this resolution was adopted on.
    pub fn accepts_date(&self, date: Date) -> bool {
        self.date == Some(date) || self.other_dates.contains(&date)
    }

    /// Every date attested for it: its date, its other dates and those of
    /// its parts.
    pub fn all_dates(&self) -> impl Iterator<Item = Date> + '_ {
        self.date
            .into_iter()
            .chain(self.other_dates.iter().copied())
            .chain(self.part_dates.iter().map(|(_, d)| *d))
    }

    /// The date official texts give its part `letter`, if known.
    pub fn part_date(&self, letter: char) -> Option<Date> {
        self.part_dates
            .iter()
            .find(|(l, _)| *l == letter)
            .map(|(_, d)| *d)
    }

    /// Its title, when it has one (not a description of the subject).
    pub fn real_title(&self) -> Option<&str> {
        (!self.title.is_empty() && self.title_source != TitleSource::Description)
            .then_some(self.title.as_str())
    }

    /// Whether its date can prove a cited date wrong: dates mined from
    /// citations are evidence, not proof.
    pub fn date_is_authoritative(&self) -> bool {
        !matches!(
            self.origin,
            Origin::Builtin {
                dated_by: DatedBy::Citations
            }
        )
    }
}

/// A series the catalog holds completely: numbers `first..=last` (and, when
/// `closed`, every number after `last`) not in it do not exist.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Complete {
    pub organ: Organ,
    pub series: Series,
    pub first: u32,
    pub last: u32,
    pub closed: bool,
}

impl Complete {
    /// Whether a number absent from the catalog would be proof that `key`
    /// does not exist.
    pub fn covers(&self, key: &Key) -> bool {
        key.kind == crate::syntax::CitationKind::Resolution
            && self.organ == key.organ
            && self.series == key.series
            && key.number >= self.first
            && (self.closed || key.number <= self.last)
    }
}

/// One layer of entries, indexed.
#[derive(Debug, Clone, Default)]
pub struct Layer {
    name: String,
    entries: Vec<Entry>,
    index: rustc_hash::FxHashMap<Key, usize>,
    complete: Vec<Complete>,
    /// Entry indices sorted by `cite`, for prefix search.
    by_cite: Vec<u32>,
}

impl Layer {
    /// Parses the built-in data afresh (for the benchmark of catalog load;
    /// the program parses it once, on first use).
    #[doc(hidden)]
    pub fn builtin_data_for_bench() -> Layer {
        builtin::load()
    }

    /// A layer of `entries`; a later entry with the same key replaces an
    /// earlier one.
    pub fn new(name: impl Into<String>, entries: Vec<Entry>, complete: Vec<Complete>) -> Layer {
        let mut index =
            rustc_hash::FxHashMap::with_capacity_and_hasher(entries.len(), Default::default());
        for (i, entry) in entries.iter().enumerate() {
            index.insert(entry.key, i);
        }
        let mut by_cite: Vec<u32> = index.values().map(|&i| i as u32).collect();
        // Ties in the entries' order, whatever the map's.
        by_cite.sort_by(|&a, &b| {
            let (x, y) = (&entries[a as usize], &entries[b as usize]);
            x.cite.cmp(&y.cite).then(a.cmp(&b))
        });
        Layer {
            name: name.into(),
            entries,
            index,
            complete,
            by_cite,
        }
    }

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, key: &Key) -> Option<&Entry> {
        self.index.get(key).map(|&i| &self.entries[i])
    }

    /// Entries whose citation form starts with `prefix`, in citation order.
    pub fn with_prefix<'a>(&'a self, prefix: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        let start = self
            .by_cite
            .partition_point(|&i| self.entries[i as usize].cite.as_str() < prefix);
        self.by_cite[start..]
            .iter()
            .map(|&i| &self.entries[i as usize])
            .take_while(move |e| e.cite.starts_with(prefix))
    }
}

/// What the catalog says about a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status<'a> {
    Known(&'a Entry),
    /// Not in the catalog, in a series it holds completely.
    Unknown(Complete),
    /// Not in the catalog, which proves nothing.
    NotCovered,
}

/// A searchable stack of catalog layers.
#[derive(Debug, Clone, Default)]
pub struct Catalog {
    layers: Vec<Arc<Layer>>,
}

static BUILTIN: LazyLock<Arc<Layer>> = LazyLock::new(|| Arc::new(builtin::load()));

impl Catalog {
    /// A catalog of the given layers, searched in that order.
    pub fn new(layers: Vec<Arc<Layer>>) -> Catalog {
        Catalog { layers }
    }

    /// Whether `other` is this catalog: the same layers, shared, in the
    /// same order (a catalog cloned from it), so every lookup answers the
    /// same. Two catalogs of equal layers built apart are not.
    pub fn same_as(&self, other: &Catalog) -> bool {
        self.layers.len() == other.layers.len()
            && self
                .layers
                .iter()
                .zip(&other.layers)
                .all(|(a, b)| Arc::ptr_eq(a, b))
    }

    /// The built-in layer (parsed once, on first use).
    pub fn builtin_layer() -> Arc<Layer> {
        Arc::clone(&BUILTIN)
    }

    /// The built-in catalog alone.
    pub fn builtin() -> Catalog {
        Catalog::new(vec![Catalog::builtin_layer()])
    }

    /// `layers` on top of the built-in catalog.
    pub fn with_builtin(mut layers: Vec<Arc<Layer>>) -> Catalog {
        layers.push(Catalog::builtin_layer());
        Catalog::new(layers)
    }

    pub fn layers(&self) -> &[Arc<Layer>] {
        &self.layers
    }

    /// The first entry for `key`.
    pub fn get(&self, key: &Key) -> Option<&Entry> {
        self.layers.iter().find_map(|layer| layer.get(key))
    }

    /// Whether `key` is known, proven unknown, or neither.
    pub fn status(&self, key: &Key) -> Status<'_> {
        if let Some(entry) = self.get(key) {
            return Status::Known(entry);
        }
        self.layers
            .iter()
            .flat_map(|layer| layer.complete.iter())
            .find(|complete| complete.covers(key))
            .map_or(Status::NotCovered, |c| Status::Unknown(*c))
    }

    /// Every series held completely.
    pub fn complete(&self) -> impl Iterator<Item = &Complete> {
        self.layers.iter().flat_map(|layer| layer.complete.iter())
    }

    /// Entries of `organ` whose citation form starts with `prefix`, each key
    /// once (the first layer's), in citation order per layer.
    pub fn with_prefix<'a>(
        &'a self,
        organ: Organ,
        prefix: &'a str,
    ) -> impl Iterator<Item = &'a Entry> + 'a {
        self.layers.iter().enumerate().flat_map(move |(i, layer)| {
            layer
                .with_prefix(prefix)
                .filter(move |e| e.key.organ == organ)
                .filter(move |e| self.layers[..i].iter().all(|l| l.get(&e.key).is_none()))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::citation::SessionRef;
    use crate::syntax::CitationKind;

    fn ga(session: u32, number: u32) -> Key {
        Key {
            organ: Organ::GeneralAssembly,
            kind: CitationKind::Resolution,
            series: Series::Session(SessionRef::Regular(session)),
            number,
        }
    }

    #[test]
    fn a_catalog_is_the_same_as_its_clones_only() {
        let layer = || Arc::new(Layer::new("open", vec![], vec![]));
        let catalog = Catalog::with_builtin(vec![layer()]);
        assert!(catalog.same_as(&catalog.clone()));
        assert!(Catalog::builtin().same_as(&Catalog::builtin()));
        // Equal layers built apart, one layer less, the layers reordered.
        assert!(!catalog.same_as(&Catalog::with_builtin(vec![layer()])));
        assert!(!catalog.same_as(&Catalog::builtin()));
        let reordered = Catalog::new(catalog.layers().iter().rev().cloned().collect());
        assert!(!catalog.same_as(&reordered));
    }

    #[test]
    fn the_builtin_catalog_knows_new_old_sc_and_hrc_resolutions() {
        let catalog = Catalog::builtin();
        let entry = catalog.get(&ga(67, 264)).unwrap();
        assert_eq!(entry.symbol, "A/RES/67/264");
        assert_eq!(entry.date, Some(Date::new(2013, 5, 17)));
        let (old, _) = key::parse_symbol("A/RES/3369(XXX)").unwrap();
        assert_eq!(
            catalog.get(&old).unwrap().date,
            Some(Date::new(1975, 10, 10))
        );
        let (sc, _) = key::parse_symbol("S/RES/1624").unwrap();
        let entry = catalog.get(&sc).unwrap();
        assert_eq!(entry.cite, "1624 (2005)");
        assert_eq!(entry.symbol, "S/RES/1624(2005)");
        let (hrc, _) = key::parse_symbol("A/HRC/RES/52/2").unwrap();
        assert!(catalog.get(&hrc).unwrap().title.contains("Nicaragua"));
    }

    #[test]
    fn complete_sessions_prove_absence_and_others_do_not() {
        let catalog = Catalog::builtin();
        assert!(matches!(catalog.status(&ga(79, 999)), Status::Unknown(_)));
        assert!(matches!(catalog.status(&ga(79, 9)), Status::Known(_)));
        // Session 67 is held only in part.
        assert_eq!(catalog.status(&ga(67, 999)), Status::NotCovered);
        // Session 80 was still going on when the data was taken: numbers
        // after the last known one prove nothing.
        assert_eq!(catalog.status(&ga(80, 999)), Status::NotCovered);
        let (sc, _) = key::parse_symbol("S/RES/9999").unwrap();
        assert!(matches!(catalog.status(&sc), Status::Unknown(_)));
    }

    #[test]
    fn prefix_search_is_in_citation_order_and_upper_layers_win() {
        let catalog = Catalog::builtin();
        let found: Vec<&str> = catalog
            .with_prefix(Organ::GeneralAssembly, "67/26")
            .map(|e| e.cite.as_str())
            .collect();
        assert!(found.contains(&"67/264"), "{found:?}");
        assert!(found.iter().all(|c| c.starts_with("67/26")));
        let mut mine = catalog.get(&ga(67, 264)).unwrap().clone();
        mine.title = "Mine".into();
        let layer = Layer::new("user", vec![mine], Vec::new());
        let catalog = Catalog::with_builtin(vec![Arc::new(layer)]);
        let titles: Vec<&str> = catalog
            .with_prefix(Organ::GeneralAssembly, "67/264")
            .map(|e| e.title.as_str())
            .collect();
        assert_eq!(titles, ["Mine"]);
    }
}
