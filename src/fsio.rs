//! File system at the edge: walking a pages directory in a fixed order,
//! relative paths, writes confined to an output directory, atomic writes
//! (temporary file in the same directory, then rename) so that no reader
//! ever sees a half-written file, and the lock that keeps two builds from
//! writing one directory at once. docs/SECURITY.md states the promises.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Mutex;

/// Why a write under an output directory, or the directory's lock, is
/// refused or fails.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("empty page path")]
    EmptyPath,
    #[error("page path `{0}` leaves the output directory")]
    LeavesOutput(String),
    #[error("{}: cannot write: {source}", .path.display())]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error(
        "{}: refused: a symbolic link leads out of the output directory, to {}",
        .path.display(),
        .to.display()
    )]
    LinkLeadsOut { path: PathBuf, to: PathBuf },
    #[error("{}: cannot write to the output directory: {source}", .dir.display())]
    Lock {
        dir: PathBuf,
        source: std::io::Error,
    },
}

/// What a walk found: the files (path, path relative to the root), and the
/// entries it refused (path, why), both sorted.
#[derive(Debug, Default)]
pub(crate) struct Walk {
    pub(crate) files: Vec<(PathBuf, String)>,
    pub(crate) refused: Vec<(PathBuf, String)>,
}

/// Every file under `root` whose name ends with one of `exts`, sorted by
/// relative path; an entry `walk_checked` refuses is an error naming it.
pub fn walk(root: &Path, exts: &[&str]) -> std::io::Result<Vec<(PathBuf, String)>> {
    let w = walk_checked(root, exts)?;
    if let Some((path, why)) = w.refused.first() {
        return Err(std::io::Error::other(format!("{}: {why}", path.display())));
    }
    Ok(w.files)
}

/// Every file under `root` whose name ends with one of `exts`. Symbolic
/// links to directories are not followed, so that a link loop cannot hang
/// the walk. A symbolic link to a file is followed only if its target is
/// inside `root`; a link that points outside, dangles or loops is refused.
pub(crate) fn walk_checked(root: &Path, exts: &[&str]) -> std::io::Result<Walk> {
    let mut out = Walk::default();
    if root.is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.files.push((root.to_path_buf(), name));
        return Ok(out);
    }
    let real_root = root.canonicalize()?;
    walk_into(root, &real_root, root, exts, &mut out)?;
    out.files.sort_by(|a, b| a.1.cmp(&b.1));
    out.refused.sort();
    Ok(out)
}

fn walk_into(
    root: &Path,
    real_root: &Path,
    dir: &Path,
    exts: &[&str],
    out: &mut Walk,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let ft = entry.file_type()?;
        let wanted = || {
            let name = path.to_string_lossy();
            exts.iter().any(|e| name.ends_with(e))
        };
        if ft.is_dir() {
            walk_into(root, real_root, &path, exts, out)?;
        } else if ft.is_file() {
            if wanted() {
                out.files.push((path.clone(), relative(root, &path)));
            }
        } else if ft.is_symlink() && wanted() {
            match path.canonicalize() {
                Err(e) => out.refused.push((
                    path.clone(),
                    format!("symbolic link that loops or points nowhere: {e}"),
                )),
                Ok(target) if !target.starts_with(real_root) => out.refused.push((
                    path.clone(),
                    format!(
                        "symbolic link points outside the pages directory, to {}",
                        target.display()
                    ),
                )),
                Ok(target) if target.is_file() => {
                    out.files.push((path.clone(), relative(root, &path)))
                }
                Ok(_) => {}
            }
        }
    }
    Ok(())
}

/// `path` relative to `root`, with `/` separators.
pub(crate) fn relative(root: &Path, path: &Path) -> String {
    let Ok(rel) = path.strip_prefix(root) else {
        return path.display().to_string();
    };
    rel.components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("/")
}

/// Join a relative page path under an output directory, refusing paths that
/// would leave it (`..`, absolute paths).
pub(crate) fn safe_join(out: &Path, rel: &str) -> Result<PathBuf, Error> {
    let rel_path = Path::new(rel);
    if rel.is_empty() {
        return Err(Error::EmptyPath);
    }
    for c in rel_path.components() {
        match c {
            Component::Normal(_) => {}
            _ => return Err(Error::LeavesOutput(rel.to_string())),
        }
    }
    Ok(out.join(rel_path))
}

/// An output directory that page paths are written under. No write leaves
/// it: a path that would (`..`, absolute) is refused ([`safe_join`]), and so
/// is a directory that a symbolic link leads out of. Each directory is
/// checked (and created) once per `OutputDir`, not once per file: a build
/// writes thousands of files into a few dozen directories, and resolving
/// every path component of every file cost more system time than writing.
pub(crate) struct OutputDir {
    root: PathBuf,
    real_root: PathBuf,
    /// Directories (paths under `root`) already checked and created.
    checked: Mutex<HashSet<PathBuf>>,
}

impl OutputDir {
    /// Create `root` if needed and resolve where it really is.
    pub(crate) fn open(root: &Path) -> Result<OutputDir, Error> {
        let fail = |source| Error::Write {
            path: root.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(root).map_err(fail)?;
        let real_root = root.canonicalize().map_err(fail)?;
        Ok(OutputDir {
            root: root.to_path_buf(),
            real_root,
            checked: Mutex::new(HashSet::new()),
        })
    }

    /// Write `bytes` to the page path `rel`, atomically and only if they
    /// changed (see [`write_if_changed`]). Returns the destination and
    /// whether it was written.
    pub(crate) fn write(&self, rel: &str, bytes: &[u8]) -> Result<(PathBuf, bool), Error> {
        let dest = safe_join(&self.root, rel)?;
        let fail = |source| Error::Write {
            path: dest.clone(),
            source,
        };
        let dir = dest.parent().unwrap_or(&self.root);
        let known = self.checked.lock().is_ok_and(|c| c.contains(dir));
        if !known {
            self.check_dir(dir, &dest)?;
            if let Ok(mut c) = self.checked.lock() {
                c.insert(dir.to_path_buf());
            }
        }
        let written = write_if_changed(&dest, bytes).map_err(fail)?;
        Ok((dest, written))
    }

    /// Create `dir` (under the root) unless a symbolic link on the way
    /// leads out of the root.
    fn check_dir(&self, dir: &Path, dest: &Path) -> Result<(), Error> {
        let fail = |source| Error::Write {
            path: dest.to_path_buf(),
            source,
        };
        let outside = |real: &Path| Error::LinkLeadsOut {
            path: dest.to_path_buf(),
            to: real.to_path_buf(),
        };
        // Check the deepest directory that exists before creating any, so
        // that not even a directory is made through a link that leads out.
        let mut existing = dir;
        while existing != self.root && std::fs::symlink_metadata(existing).is_err() {
            existing = existing.parent().unwrap_or(&self.root);
        }
        let real = existing.canonicalize().map_err(fail)?;
        if !real.starts_with(&self.real_root) {
            return Err(outside(&real));
        }
        std::fs::create_dir_all(dir).map_err(fail)?;
        let real_dir = dir.canonicalize().map_err(fail)?;
        if !real_dir.starts_with(&self.real_root) {
            return Err(outside(&real_dir));
        }
        Ok(())
    }
}

/// Write `bytes` to `path` atomically, unless the file already holds exactly
/// these bytes. Returns whether the file was written.
pub(crate) fn write_if_changed(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
    if let Ok(old) = std::fs::read(path) {
        if old == bytes {
            return Ok(false);
        }
    }
    write_atomic(path, bytes)?;
    Ok(true)
}

/// Write to a temporary file beside `path` and rename it over `path`: a
/// reader, or a process killed at any moment, sees the old file or the new
/// one, never a part. The temporary file's name ([`is_temporary`]) is unique
/// per process and per write, so that two writers never share one. (The data
/// is not forced to disk: a rename is atomic against a crash of the process,
/// and an `fsync` per page would cost more than the rest of a build.) The
/// directory must exist.
pub(crate) fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let dir = path.parent().unwrap_or(Path::new("."));
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let tmp = dir.join(format!(".{name}.{}.{n}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&tmp)?;
        f.write_all(bytes)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// Whether a file name is one of `write_atomic`'s temporary files:
/// `.<name>.<pid>.<counter>.tmp`.
pub fn is_temporary(name: &str) -> bool {
    let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    let mut parts = stem.rsplitn(3, '.');
    let digits =
        |p: Option<&str>| p.is_some_and(|p| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit()));
    digits(parts.next()) && digits(parts.next()) && parts.next().is_some_and(|n| !n.is_empty())
}

/// Remove the temporary files that writers killed before their rename left
/// under `dir` (symbolic links are not followed). Only safe while holding
/// the directory's [`OutputLock`]: then no other writer is running. Returns
/// how many were removed.
pub(crate) fn remove_stale_temporaries(dir: &Path) -> std::io::Result<usize> {
    let mut removed = 0;
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(0),
        Err(e) => return Err(e),
    };
    for entry in entries {
        let entry = entry?;
        let ft = entry.file_type()?;
        if ft.is_dir() {
            removed += remove_stale_temporaries(&entry.path())?;
        } else if ft.is_file() && is_temporary(&entry.file_name().to_string_lossy()) {
            std::fs::remove_file(entry.path())?;
            removed += 1;
        }
    }
    Ok(removed)
}

/// Name of the lock file in an output directory.
pub const LOCK_FILE: &str = ".attest-l10n.lock";

/// An advisory lock on an output directory, held until dropped: a second
/// build into the same directory waits for the first. The system releases
/// it when the process ends, however it ends, so a killed build leaves no
/// stale lock. (fs4 wraps `flock` and its Windows counterpart.)
#[derive(Debug)]
pub struct OutputLock {
    _file: std::fs::File,
}

impl OutputLock {
    /// Create `dir` if needed and wait for its lock.
    pub fn acquire(dir: &Path) -> Result<OutputLock, Error> {
        let fail = |source| Error::Lock {
            dir: dir.to_path_buf(),
            source,
        };
        std::fs::create_dir_all(dir).map_err(fail)?;
        let path = dir.join(LOCK_FILE);
        // A lock file left read-only can still be locked through a read-only
        // handle; creating one needs a writable directory.
        let file = std::fs::OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .or_else(|_| std::fs::File::open(&path))
            .map_err(fail)?;
        fs4::FileExt::lock(&file).map_err(fail)?;
        Ok(OutputLock { _file: file })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names() {
        assert!(is_temporary(".contoso-notes.md.1234.0.tmp"));
        assert!(is_temporary(".a.b.md.1.22.tmp"));
        assert!(!is_temporary(".contoso-notes.md.1234.tmp"));
        assert!(!is_temporary("contoso-notes.md.1.2.tmp"));
        assert!(!is_temporary(".1.2.tmp"));
        assert!(!is_temporary(".attest-l10n.lock"));
    }

    #[test]
    fn paths_that_leave_the_output_directory_are_refused() {
        for rel in ["../x.md", "/etc/x", "a/../../x.md", "", "./x.md"] {
            assert!(safe_join(Path::new("out"), rel).is_err(), "{rel:?}");
        }
        assert_eq!(
            safe_join(Path::new("out"), "teams/x.md").unwrap(),
            Path::new("out/teams/x.md")
        );
    }
}
