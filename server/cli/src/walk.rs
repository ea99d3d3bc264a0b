//! Turns the paths given to `resolute check` into the list of files to read:
//! a file stands for itself, whatever its extension; a folder stands for
//! every `.txt`, `.resolution` and `.md` file under it, in sorted order so
//! that the output is the same on every machine. Symbolic links are followed,
//! but a link back to a folder being walked is reported and not entered, so
//! a loop cannot make the walk endless.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

/// The extensions of the files checked inside a folder (compared without
/// regard to ASCII case).
pub const EXTENSIONS: &[&str] = &["txt", "resolution", "md"];

/// A path that could not be read, with the reason in words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unreadable {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Unreadable {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "cannot read {}: {}", self.path.display(), self.reason)
    }
}

/// What walking one path argument yields, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Entry {
    /// A file to check.
    File(PathBuf),
    /// A path that could not be read.
    Unreadable(Unreadable),
    /// A symbolic link back to a folder being walked, which was skipped.
    Loop { path: PathBuf, ancestor: PathBuf },
}

/// Expands one path argument, one entry at a time: only the folder being
/// read is held (its names, to sort them), never the list of the whole
/// tree, so walking a folder twice costs no memory that grows with it.
pub fn entries(root: &Path) -> impl Iterator<Item = Entry> {
    let metadata = std::fs::metadata(root);
    let single = match &metadata {
        Err(error) => Some(Entry::Unreadable(Unreadable {
            path: root.to_path_buf(),
            reason: describe(error),
        })),
        Ok(metadata) if !metadata.is_dir() => Some(Entry::File(root.to_path_buf())),
        Ok(_) => None,
    };
    let walker = single.is_none().then(|| {
        WalkDir::new(root)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
    });
    let root = root.to_path_buf();
    single
        .into_iter()
        .chain(walker.into_iter().flatten().filter_map(move |item| {
            match item {
                Ok(entry) => (entry.file_type().is_file() && is_checked(entry.path()))
                    .then(|| Entry::File(entry.into_path())),
                Err(error) => {
                    let path = error.path().unwrap_or(&root).to_path_buf();
                    if let Some(ancestor) = error.loop_ancestor() {
                        Some(Entry::Loop {
                            path,
                            ancestor: ancestor.to_path_buf(),
                        })
                    } else if has_other_extension(&path) {
                        // A broken link to an image, say: it would not have been
                        // checked anyway.
                        None
                    } else {
                        let reason = match error.io_error() {
                            Some(io_error) => describe(io_error),
                            None => error.to_string(),
                        };
                        Some(Entry::Unreadable(Unreadable { path, reason }))
                    }
                }
            }
        }))
}

/// Whether a file found in a folder is one to check.
fn is_checked(path: &Path) -> bool {
    path.extension()
        .and_then(|ext| ext.to_str())
        .is_some_and(|ext| {
            EXTENSIONS
                .iter()
                .any(|known| ext.eq_ignore_ascii_case(known))
        })
}

/// Whether `path` has an extension that is not one of [`EXTENSIONS`].
fn has_other_extension(path: &Path) -> bool {
    path.extension().is_some() && !is_checked(path)
}

/// Says what went wrong in lower-case words, without the `(os error 2)` tail
/// of the standard message for the common cases.
pub fn describe(error: &io::Error) -> String {
    match error.kind() {
        io::ErrorKind::NotFound => "no such file or directory".into(),
        io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => {
            // `Too many levels of symbolic links (os error 40)` becomes
            // `too many levels of symbolic links`.
            let message = error.to_string();
            let message = match message.rfind(" (os error ") {
                Some(at) if message.ends_with(')') => message[..at].to_owned(),
                _ => message,
            };
            let mut chars = message.chars();
            match chars.next() {
                Some(first) => first.to_lowercase().chain(chars).collect(),
                None => message,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_are_matched_without_regard_to_case() {
        assert!(is_checked(Path::new("a/b.txt")));
        assert!(is_checked(Path::new("a/b.RESOLUTION")));
        assert!(is_checked(Path::new("README.md")));
        assert!(!is_checked(Path::new("a/b.pdf")));
        assert!(!is_checked(Path::new("a/txt")));
        assert!(has_other_extension(Path::new("logo.png")));
        assert!(!has_other_extension(Path::new("folder")));
    }

    #[test]
    fn a_missing_path_is_unreadable() {
        let entries: Vec<Entry> = entries(Path::new("/this/path/does/not/exist.txt")).collect();
        assert_eq!(
            entries,
            vec![Entry::Unreadable(Unreadable {
                path: PathBuf::from("/this/path/does/not/exist.txt"),
                reason: "no such file or directory".into(),
            })]
        );
    }
}
