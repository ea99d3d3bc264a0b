//! `resolute check` on folders built to trip it: symbolic link loops (to a
//! parent, to itself), a broken link, an unreadable file and folder, binary
//! files, a named pipe that would block a reader forever, an endless device,
//! and a tree 200 folders deep. It must finish, name each path it could not
//! read with the reason, and still check the rest.
//!
//! The unreadable paths need a user that permissions apply to: when the
//! tests run as root (as in CI), the command runs as `nobody` (uid 65534).
//! `nobody` must then reach the binary and the folders, which a checkout or
//! a target folder under `/root` does not allow: the folders are made under
//! the system's temporary folder, with a copy of the binary beside them.

use std::os::unix::fs::{symlink, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

const GAP: &str = "\tThe General Assembly,\n\t1.\tUrges all States;\n\t3.\tDecides to remain seized of the matter.\n";

/// How long the command may take before the test fails (a hang, not a
/// speed requirement).
const DEADLINE: Duration = Duration::from_secs(120);

/// This run's folder under the system's temporary folder (world-readable,
/// unlike a checkout under `/root`), with a copy of the binary `nobody` can
/// run.
fn root() -> &'static Path {
    static ROOT: OnceLock<PathBuf> = OnceLock::new();
    ROOT.get_or_init(|| {
        // Folders left by earlier runs whose process is gone.
        let temp = std::env::temp_dir();
        for entry in std::fs::read_dir(&temp).into_iter().flatten().flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(pid) = name.strip_prefix("resolute-hostile-") {
                if !Path::new("/proc").join(pid).exists() {
                    remove(&entry.path());
                }
            }
        }
        let root = temp.join(format!("resolute-hostile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(&root).expect("the scratch folder can be created");
        world_readable(&root);
        let binary = root.join("resolute");
        std::fs::copy(env!("CARGO_BIN_EXE_resolute"), &binary).expect("the binary can be copied");
        std::fs::set_permissions(&binary, std::fs::Permissions::from_mode(0o755)).unwrap();
        root
    })
}

fn scratch(name: &str) -> PathBuf {
    let dir = root().join(name);
    if dir.exists() {
        // Unreadable folders of an earlier run must be opened to be removed.
        let _ = Command::new("chmod")
            .args(["-R", "u+rwx"])
            .arg(&dir)
            .status();
        std::fs::remove_dir_all(&dir).expect("the old scratch folder can be removed");
    }
    std::fs::create_dir_all(&dir).expect("the scratch folder can be created");
    dir
}

/// Removes a test's folder once it passed (the binary's copy stays for the
/// other test; the next run removes it).
fn remove(dir: &Path) {
    let _ = Command::new("chmod")
        .args(["-R", "u+rwx"])
        .arg(dir)
        .status();
    let _ = std::fs::remove_dir_all(dir);
}

fn running_as_root() -> bool {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    status
        .lines()
        .find_map(|line| line.strip_prefix("Uid:"))
        .and_then(|ids| ids.split_whitespace().nth(1))
        .is_some_and(|effective| effective == "0")
}

/// Runs `resolute` in `dir`, as `nobody` when the tests run as root, and
/// kills it if it does not finish.
fn resolute_in(dir: &Path, args: &[&str]) -> Output {
    let mut command = Command::new(root().join("resolute"));
    command
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if running_as_root() {
        command.uid(65534).gid(65534);
    }
    let mut child = command.spawn().expect("the resolute binary runs");
    let deadline = Instant::now() + DEADLINE;
    while child
        .try_wait()
        .expect("the child can be waited for")
        .is_none()
    {
        if Instant::now() > deadline {
            let _ = child.kill();
            panic!("resolute {args:?} did not finish within {DEADLINE:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.wait_with_output().expect("the output can be read")
}

fn world_readable(path: &Path) {
    let mode = if path.is_dir() { 0o755 } else { 0o644 };
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

#[test]
fn hostile_folders_are_reported_and_the_rest_is_checked() {
    let dir = scratch("hostile-folders");
    world_readable(&dir);
    let tree = dir.join("tree");
    std::fs::create_dir_all(tree.join("nested")).unwrap();
    std::fs::write(tree.join("good.txt"), GAP).unwrap();
    symlink("..", tree.join("nested/up")).unwrap();
    symlink("self.txt", tree.join("self.txt")).unwrap();
    symlink("missing.txt", tree.join("broken.txt")).unwrap();
    std::fs::write(tree.join("locked.txt"), GAP).unwrap();
    std::fs::create_dir(tree.join("locked-folder")).unwrap();
    std::fs::write(tree.join("locked-folder/inside.txt"), GAP).unwrap();
    std::fs::write(
        tree.join("image.txt"),
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    )
    .unwrap();
    std::fs::write(tree.join("zeros.md"), vec![0u8; 4096]).unwrap();
    let made = Command::new("mkfifo")
        .arg(tree.join("pipe.txt"))
        .status()
        .unwrap();
    assert!(made.success(), "mkfifo");
    let mut deep = tree.join("deep");
    for _ in 0..200 {
        deep.push("d");
    }
    std::fs::create_dir_all(&deep).unwrap();
    std::fs::write(deep.join("bottom.resolution"), GAP).unwrap();
    for entry in walk(&tree) {
        world_readable(&entry);
    }
    std::fs::set_permissions(
        tree.join("locked.txt"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();
    std::fs::set_permissions(
        tree.join("locked-folder"),
        std::fs::Permissions::from_mode(0o000),
    )
    .unwrap();

    let output = resolute_in(&dir, &["check", "--format", "json", "tree"]);
    let stderr = String::from_utf8(output.stderr.clone()).unwrap();
    assert_eq!(output.status.code(), Some(2), "stderr: {stderr}");
    for expected in [
        "resolute: not following tree/nested/up: it leads back to tree, which is already being checked\n",
        "resolute: cannot read tree/self.txt: too many levels of symbolic links\n",
        "resolute: cannot read tree/broken.txt: no such file or directory\n",
        "resolute: cannot read tree/locked.txt: permission denied\n",
        "resolute: cannot read tree/locked-folder: permission denied\n",
        "resolute: cannot read tree/image.txt: a binary file, not text (a NUL byte at byte 8)\n",
        "resolute: cannot read tree/zeros.md: a binary file, not text (a NUL byte at byte 0)\n",
    ] {
        assert!(stderr.contains(expected), "missing {expected:?} in:\n{stderr}");
    }
    // The named pipe is not a file: not opened (which would block), not reported.
    assert!(!stderr.contains("pipe.txt"), "{stderr}");

    // The readable files are checked, the deepest one too.
    let items: Vec<serde_json::Value> =
        serde_json::from_slice(&output.stdout).expect("one JSON array");
    let mut paths: Vec<&str> = items.iter().map(|d| d["path"].as_str().unwrap()).collect();
    paths.dedup();
    let bottom = format!("tree/deep/{}bottom.resolution", "d/".repeat(200));
    assert_eq!(paths, [bottom.as_str(), "tree/good.txt"]);
    assert!(items.iter().all(|d| d["code"] == "operative-numbering"));

    remove(&dir);
}

#[test]
fn endless_and_blocking_paths_given_explicitly_finish() {
    let dir = scratch("endless-paths");
    world_readable(&dir);
    // An endless device is read only up to the size limit.
    let output = resolute_in(&dir, &["check", "/dev/zero"]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "resolute: cannot read /dev/zero: larger than 64 MiB, the most a document may have"
        ),
        "{stderr}"
    );
    // A folder given as a file, and a path through a file.
    std::fs::write(dir.join("file.txt"), GAP).unwrap();
    world_readable(&dir.join("file.txt"));
    let output = resolute_in(&dir, &["check", "file.txt/inner.txt"]);
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("cannot read file.txt/inner.txt: not a directory"),
        "{stderr}"
    );
    remove(&dir);
}

/// Every path under `root`, folders first.
fn walk(root: &Path) -> Vec<PathBuf> {
    let mut out = vec![root.to_path_buf()];
    let mut index = 0;
    while index < out.len() {
        let path = out[index].clone();
        index += 1;
        let is_dir = std::fs::symlink_metadata(&path).is_ok_and(|m| m.is_dir());
        if is_dir {
            for entry in std::fs::read_dir(&path).unwrap() {
                let entry = entry.unwrap();
                if !entry.file_type().unwrap().is_symlink() {
                    out.push(entry.path());
                }
            }
        }
    }
    out.retain(|p| {
        !std::fs::symlink_metadata(p)
            .unwrap()
            .file_type()
            .is_fifo_like()
    });
    out
}

trait FifoLike {
    fn is_fifo_like(&self) -> bool;
}

impl FifoLike for std::fs::FileType {
    fn is_fifo_like(&self) -> bool {
        use std::os::unix::fs::FileTypeExt;
        self.is_fifo()
    }
}
