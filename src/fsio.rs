//! File system at the edge: walking a pages directory in a fixed order,
//! relative paths, and atomic writes (temporary file in the same directory,
//! then rename) so that no reader ever sees a half-written file.

use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// Every file under `root` whose name ends with one of `exts`, sorted by
/// relative path. Symbolic links to directories are not followed, so that a
/// link loop cannot hang the walk.
pub fn walk(root: &Path, exts: &[&str]) -> std::io::Result<Vec<(PathBuf, String)>> {
    let mut out = Vec::new();
    if root.is_file() {
        let name = root
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        out.push((root.to_path_buf(), name));
        return Ok(out);
    }
    walk_into(root, root, exts, &mut out)?;
    out.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(out)
}

fn walk_into(
    root: &Path,
    dir: &Path,
    exts: &[&str],
    out: &mut Vec<(PathBuf, String)>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let path = entry.path();
        let ft = entry.file_type()?;
        if ft.is_dir() {
            walk_into(root, &path, exts, out)?;
        } else if ft.is_file() || (ft.is_symlink() && path.is_file()) {
            let name = path.to_string_lossy();
            if exts.iter().any(|e| name.ends_with(e)) {
                out.push((path.clone(), relative(root, &path)));
            }
        }
    }
    Ok(())
}

/// `path` relative to `root`, with `/` separators.
pub fn relative(root: &Path, path: &Path) -> String {
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
pub fn safe_join(out: &Path, rel: &str) -> Result<PathBuf, String> {
    let rel_path = Path::new(rel);
    if rel.is_empty() {
        return Err("empty page path".to_string());
    }
    for c in rel_path.components() {
        match c {
            Component::Normal(_) => {}
            _ => return Err(format!("page path `{rel}` leaves the output directory")),
        }
    }
    Ok(out.join(rel_path))
}

/// Write `bytes` to `path` atomically, unless the file already holds exactly
/// these bytes. Returns whether the file was written.
pub fn write_if_changed(path: &Path, bytes: &[u8]) -> std::io::Result<bool> {
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
/// one, never a part. (The data is not forced to disk: a rename is atomic
/// against a crash of the process, and an `fsync` per page would cost more
/// than the rest of a build.)
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut f = std::fs::File::create(&tmp)?;
        f.write_all(bytes)?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}
