//! What the server reads from the workspace: `resolute.toml` at its root
//! and the catalog files that file and the `resolute.catalogs` setting name.
//! This is the only place the server reads files; the command line uses the
//! same functions.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use resolute_core::catalog::Layer;
use resolute_core::config::{Config, FILE_NAME};

/// The configuration found at `root`: `None` when there is no
/// `resolute.toml`, else the config (default on error) and any error message.
pub fn read_config(root: &Path) -> Option<(PathBuf, Config, Option<String>)> {
    let path = root.join(FILE_NAME);
    let text = match std::fs::read(&path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return None,
        Err(e) => {
            let message = format!("{}: cannot read it: {e}", path.display());
            return Some((path, Config::default(), Some(message)));
        }
    };
    let text = match String::from_utf8(text) {
        Ok(text) => text,
        Err(_) => {
            let message = format!("{}: not UTF-8 text", path.display());
            return Some((path, Config::default(), Some(message)));
        }
    };
    match Config::from_toml(&text) {
        Ok(config) => Some((path, config, None)),
        Err(e) => {
            let message = format!("{}: {e}; its settings are ignored", path.display());
            Some((path, Config::default(), Some(message)))
        }
    }
}

/// Finds `resolute.toml` in `start` or the nearest folder above it.
pub fn find_config(start: &Path) -> Option<(PathBuf, Config, Option<String>)> {
    start.ancestors().find_map(read_config)
}

/// Reads the catalog files `paths` (relative to `base`). Returns one layer
/// per readable file, in the order given (the first wins on a conflict),
/// and a message per problem: `file:line: what is wrong`.
pub fn load_catalogs(base: &Path, paths: &[String]) -> (Vec<Arc<Layer>>, Vec<String>) {
    let mut layers = Vec::new();
    let mut messages = Vec::new();
    for path in paths {
        let full = base.join(path);
        let shown = full.display().to_string();
        let text = match std::fs::read(&full) {
            Ok(bytes) => bytes,
            Err(e) => {
                messages.push(format!("{shown}: cannot read this catalog: {e}"));
                continue;
            }
        };
        let Ok(text) = String::from_utf8(text) else {
            messages.push(format!("{shown}: this catalog is not UTF-8 text"));
            continue;
        };
        let (layer, problems) = Layer::from_user_file(&shown, &text);
        for problem in problems {
            messages.push(format!("{shown}:{}: {}", problem.line, problem.message));
        }
        layers.push(Arc::new(layer));
    }
    (layers, messages)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogs_load_with_messages_for_bad_rows_and_missing_files() {
        let dir = std::env::temp_dir().join(format!("resolute-ws-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(
            dir.join("good.csv"),
            "symbol,date,title\nA/RES/81/1,2026-10-01,One\nA/RES/81,2026-10-01,Bad\n",
        )
        .unwrap();
        std::fs::write(
            dir.join(FILE_NAME),
            "catalogs = [\"good.csv\", \"missing.csv\"]\n",
        )
        .unwrap();
        let (_, config, error) = find_config(&dir.join("sub/folder")).unwrap();
        assert_eq!(error, None);
        let (layers, messages) = load_catalogs(&dir, &config.catalogs);
        assert_eq!(layers.len(), 1);
        assert_eq!(layers[0].entries().len(), 1);
        assert_eq!(messages.len(), 2, "{messages:?}");
        assert!(messages[0].ends_with("good.csv:3: `A/RES/81` is not the symbol of a resolution or decision (write it like A/RES/67/264, A/RES/3369(XXX), S/RES/1624 (2005), A/HRC/RES/52/2, E/RES/2013/5 or A/DEC/79/505)"), "{}", messages[0]);
        assert!(messages[1].contains("missing.csv: cannot read this catalog"));
        std::fs::write(dir.join(FILE_NAME), "catalogs = 3\n").unwrap();
        let (_, config, error) = read_config(&dir).unwrap();
        assert_eq!(config, Config::default());
        assert!(error.unwrap().contains("resolute.toml: line 1"));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
