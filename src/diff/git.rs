//! Catalogs at a git revision, read with the `git` command: the files under
//! the catalog directory as `git ls-tree` lists them and `git show` prints
//! them. Only this module runs git.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

/// Why the catalogs at a revision cannot be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum GitError {
    #[error("`{0}` is not a git revision")]
    NotARevision(String),
    #[error("{}: no such catalog directory", .0.display())]
    NoCatalogDirectory(PathBuf),
    #[error("{}: not in a git work tree: --since needs git history", .0.display())]
    NotAWorkTree(PathBuf),
    #[error("unknown revision `{0}`: git does not know it")]
    UnknownRevision(String),
    #[error("cannot run git: {0}")]
    CannotRun(std::io::Error),
    /// A git command failed: the command, and the first line it printed.
    #[error("git {command}: {said}")]
    Failed { command: String, said: String },
}

fn git(dir: &Path, args: &[&str]) -> Result<Vec<u8>, GitError> {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .map_err(GitError::CannotRun)?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        let first = msg.lines().next().unwrap_or("").trim();
        return Err(GitError::Failed {
            command: args.first().unwrap_or(&"").to_string(),
            said: first.to_string(),
        });
    }
    Ok(out.stdout)
}

/// The `.ftl` files of the catalog directory `dir` at revision `rev`, by
/// path relative to `dir` (`fr-FR/general.ftl`). Files that are not UTF-8
/// are left out.
pub(crate) fn catalogs_at(dir: &Path, rev: &str) -> Result<BTreeMap<String, String>, GitError> {
    if rev.is_empty() || rev.starts_with('-') {
        return Err(GitError::NotARevision(rev.to_string()));
    }
    if !dir.is_dir() {
        return Err(GitError::NoCatalogDirectory(dir.to_path_buf()));
    }
    git(dir, &["rev-parse", "--is-inside-work-tree"])
        .map_err(|_| GitError::NotAWorkTree(dir.to_path_buf()))?;
    let commit = format!("{rev}^{{commit}}");
    git(dir, &["rev-parse", "--verify", "--quiet", &commit])
        .map_err(|_| GitError::UnknownRevision(rev.to_string()))?;
    let prefix = String::from_utf8_lossy(&git(dir, &["rev-parse", "--show-prefix"])?)
        .trim()
        .to_string();
    let listing = git(
        dir,
        &[
            "ls-tree",
            "-r",
            "-z",
            "--name-only",
            "--full-tree",
            rev,
            "--",
        ],
    )?;
    let mut out = BTreeMap::new();
    for name in listing.split(|&b| b == 0) {
        let Ok(name) = std::str::from_utf8(name) else {
            continue;
        };
        let Some(rel) = name.strip_prefix(prefix.as_str()) else {
            continue;
        };
        if !rel.ends_with(".ftl") {
            continue;
        }
        let bytes = git(dir, &["show", &format!("{rev}:{name}")])?;
        if let Ok(text) = String::from_utf8(bytes) {
            out.insert(rel.to_string(), text);
        }
    }
    Ok(out)
}
