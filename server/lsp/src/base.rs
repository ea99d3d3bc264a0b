//! Finding a draft's base resolution: a path, or a symbol (`A/RES/79/123`,
//! `79/123`) looked up among the user catalogs' entries that name a `file`
//! (a catalog row `A/RES/79/123,2024-12-04,Title,texts/A_RES_79_123.txt`,
//! the file relative to the catalog), so that a delegation can point
//! Resolute at a folder of adopted texts. Shared by `resolute diff` and the
//! server.

use std::path::{Path, PathBuf};

use resolute_core::catalog::key::{parse_cite, parse_symbol};
use resolute_core::catalog::{Key, Origin};
use resolute_core::syntax::{CitationKind, Organ};
use resolute_core::Catalog;

/// The catalog key a base reference names, if it is a symbol: a document
/// symbol (`A/RES/79/123`, `S/RES/2719 (2023)`) or a General Assembly
/// number (`79/123`).
pub fn symbol_key(reference: &str) -> Option<Key> {
    let reference = reference.trim();
    parse_symbol(reference)
        .map(|(key, _)| key)
        .or_else(|| parse_cite(Organ::GeneralAssembly, CitationKind::Resolution, reference))
}

/// The file of the base `reference` names: a path (relative to `folder`,
/// the draft's folder) that exists, else a symbol whose catalog entry has
/// a file. The error says what was tried.
pub fn resolve(reference: &str, folder: &Path, catalog: &Catalog) -> Result<PathBuf, String> {
    let reference = reference.trim();
    let as_path = folder.join(reference);
    if as_path.is_file() {
        return Ok(as_path);
    }
    let Some(key) = symbol_key(reference) else {
        return Err(format!(
            "the base `{reference}` is neither a file nor a symbol (write a path, A/RES/79/123 or 79/123)"
        ));
    };
    let Some(entry) = catalog.get(&key) else {
        return Err(format!(
            "the base {reference} is not in any catalog: add a row with its file to a catalog named in resolute.toml (symbol,date,title,file)"
        ));
    };
    let Some(file) = entry.file.as_deref() else {
        return Err(format!(
            "the catalog knows {} but not where its text is: give its row a `file` column",
            entry.symbol
        ));
    };
    let path = match &entry.origin {
        Origin::File { path, .. } => {
            let catalog_file = Path::new(&**path);
            catalog_file.parent().unwrap_or(Path::new("")).join(file)
        }
        _ => PathBuf::from(file),
    };
    if path.is_file() {
        Ok(path)
    } else {
        Err(format!(
            "the text of {} should be at {}, which cannot be read",
            entry.symbol,
            path.display()
        ))
    }
}

/// Today's date and time (UTC) as Word writes revision dates:
/// `2026-11-28T09:30:00Z`.
pub fn now_iso() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs()) as i64;
    let (days, rest) = (secs.div_euclid(86_400), secs.rem_euclid(86_400));
    // Civil from days (H. Hinnant's algorithm).
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

/// A text read: its file's modification time, the language it was read
/// in and its analysis.
type Loaded = (
    Option<std::time::SystemTime>,
    resolute_core::data::languages::LanguageChoice,
    std::sync::Arc<resolute_core::Document>,
);

/// The texts read from disk (drafts' bases, language versions that are not
/// open), kept while their file does not change (by its modification time),
/// so that a keystroke in the draft reads nothing.
#[derive(Debug, Default)]
pub struct Cache {
    entries: std::sync::Mutex<std::collections::HashMap<PathBuf, Loaded>>,
}

impl Cache {
    /// The analysed text of the base at `path`.
    pub fn load(
        &self,
        path: &Path,
        catalog: &Catalog,
    ) -> Result<std::sync::Arc<resolute_core::Document>, String> {
        self.load_in(path, catalog, Default::default())
    }

    /// The analysed text at `path`, read in the language `choice` says.
    pub fn load_in(
        &self,
        path: &Path,
        catalog: &Catalog,
        choice: resolute_core::data::languages::LanguageChoice,
    ) -> Result<std::sync::Arc<resolute_core::Document>, String> {
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        let mut entries = self
            .entries
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((when, chosen, document)) = entries.get(path) {
            if *when == modified && *chosen == choice {
                return Ok(std::sync::Arc::clone(document));
            }
        }
        let bytes =
            std::fs::read(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| format!("{} is not UTF-8 text", path.display()))?;
        let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
        let document = std::sync::Arc::new(resolute_core::Document::with_language(
            text,
            catalog.clone(),
            choice,
        ));
        entries.insert(
            path.to_path_buf(),
            (modified, choice, std::sync::Arc::clone(&document)),
        );
        Ok(document)
    }
}

/// Whether `path` is a file (a language version beside an open text).
pub fn is_file(path: &Path) -> bool {
    path.is_file()
}

/// Which base a draft names, and the folder a relative path in it is
/// relative to: its first line (`<!-- base: A/RES/79/123 -->`, relative to
/// the draft), else `[bases]` in `resolute.toml` (relative to the
/// workspace root, where the file is), else the editor's setting.
pub fn reference(
    head: &str,
    draft: &Path,
    root: Option<&Path>,
    bases: &std::collections::BTreeMap<String, String>,
    setting: &str,
) -> Option<(String, PathBuf)> {
    let folder = draft.parent().unwrap_or(Path::new("")).to_path_buf();
    if let Some(named) = resolute_core::diff::base::directive(head) {
        return Some((named.to_owned(), folder));
    }
    if let Some(root) = root {
        for (file, base) in bases {
            if root.join(file) == draft {
                return Some((base.clone(), root.to_path_buf()));
            }
        }
        if !setting.is_empty() {
            return Some((setting.to_owned(), root.to_path_buf()));
        }
    } else if !setting.is_empty() {
        return Some((setting.to_owned(), folder));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use resolute_core::catalog::Layer;
    use std::sync::Arc;

    #[test]
    fn a_symbol_resolves_through_a_catalog_file_column() {
        let dir = std::env::temp_dir().join(format!("resolute-base-{}", std::process::id()));
        std::fs::create_dir_all(dir.join("texts")).unwrap();
        std::fs::write(dir.join("texts/A_RES_79_123.txt"), "79/123.\tTitle\n").unwrap();
        let csv = dir.join("adopted.csv");
        let text = "symbol,date,title,file\nA/RES/79/123,2024-12-04,Title,texts/A_RES_79_123.txt\nA/RES/79/124,2024-12-04,Other,\n";
        std::fs::write(&csv, text).unwrap();
        let (layer, problems) = Layer::from_user_file(&csv.to_string_lossy(), text);
        assert!(problems.is_empty(), "{problems:?}");
        let catalog = Catalog::with_builtin(vec![Arc::new(layer)]);
        let found = resolve("79/123", Path::new("/nowhere"), &catalog).unwrap();
        assert_eq!(found, dir.join("texts/A_RES_79_123.txt"));
        assert_eq!(
            resolve("A/RES/79/123", Path::new("/"), &catalog).unwrap(),
            found
        );
        assert!(resolve("79/124", Path::new("/"), &catalog)
            .unwrap_err()
            .contains("`file` column"));
        assert!(resolve("79/999", Path::new("/"), &catalog)
            .unwrap_err()
            .contains("not in any catalog"));
        assert!(resolve("texts/A_RES_79_123.txt", &dir, &catalog).is_ok());
        assert!(resolve("nonsense", &dir, &catalog)
            .unwrap_err()
            .contains("neither a file"));
        std::fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn dates_are_iso() {
        let now = now_iso();
        assert_eq!(now.len(), 20, "{now}");
        assert!(now.starts_with("20") && now.ends_with('Z'), "{now}");
    }
}
