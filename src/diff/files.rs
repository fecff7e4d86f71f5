//! The file-system edge of `diff` and `import`: catalogs at a git
//! revision, the pages of `--pages`, the XLIFF file read back, and the
//! catalog and lock files an import writes (atomically, every one
//! validated before the first is written). The core around it does no
//! I/O; the command line prints.

use super::pages::PageInput;
use super::since::{since, KeyChange, Since};
use super::xliff::{self, Doc, Plan};
use super::{Filter, Row, State};
use crate::catalog::index::Def;
use crate::catalog::lock::{Lock, LOCK_FILE};
use crate::catalog::{Catalogs, IndexedFiles};
use crate::locale::Locale;
use crate::ops::{display_path, list_pages};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Why `diff` or `import` cannot run, or an import cannot be written.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    /// Catalogs at a git revision cannot be read.
    #[error(transparent)]
    Git(#[from] super::git::GitError),
    #[error("{}: no such page or directory", .0.display())]
    NoSuchPage(PathBuf),
    #[error("{}: not a page (expected a .md file)", .0.display())]
    NotAPage(PathBuf),
    #[error("{}: no pages (.md files) here", .0.display())]
    NoPages(PathBuf),
    #[error(
        "{} and {}: compare a page with a page, or a directory with a directory",
        .0.display(),
        .1.display()
    )]
    PageAndDirectory(PathBuf, PathBuf),
    #[error(transparent)]
    Pages(#[from] crate::ops::Error),
    #[error("{}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    /// The XLIFF file (as shown) is not UTF-8 text.
    #[error("{0}: not UTF-8 text")]
    NotUtf8(String),
    /// The XLIFF file (as shown) cannot be read.
    #[error("{shown}: {source}")]
    ReadXliff { shown: String, source: io::Error },
    /// The XLIFF file (as shown) is not XLIFF 2, at a line.
    #[error("{shown}:{line}: {message}")]
    Xliff {
        shown: String,
        line: usize,
        message: String,
    },
    /// A catalog directory an import would write into does not exist.
    #[error("{0}: no such catalog directory: nothing written")]
    NoCatalogDirectory(String),
    #[error("{}: cannot write: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
}

/// What changed in the catalogs of `locale` since the git revision `rev`,
/// for the keys `filter` keeps; `rows` give each key's state now.
pub(crate) fn changes_since(
    locales_dir: &Path,
    cats: &Catalogs,
    locale: &Locale,
    rev: &str,
    rows: &[Row],
    now: (&BTreeMap<&str, Def>, &BTreeMap<&str, Def>),
    filter: &Filter,
) -> Result<Vec<KeyChange>, Error> {
    let sources = super::git::catalogs_at(locales_dir, rev)?;
    let ref_then = files_at(&sources, &cats.reference);
    let loc_then = files_at(&sources, locale);
    let states: BTreeMap<String, State> = rows.iter().map(|r| (r.key.clone(), r.state)).collect();
    Ok(since(
        &Since {
            reference_then: &ref_then.definitions(),
            reference_now: now.0,
            locale_then: &loc_then.definitions(),
            locale_now: now.1,
            states: &states,
        },
        filter,
    ))
}

/// The catalog files of `locale` among those read from git, parsed.
fn files_at(sources: &BTreeMap<String, String>, locale: &Locale) -> IndexedFiles {
    let prefix = format!("{locale}/");
    IndexedFiles::parse(
        (sources.iter()).filter_map(|(rel, src)| Some((rel.strip_prefix(&prefix)?, src.as_str()))),
    )
}

/// The two versions of `diff --pages`: a page and a page, or a directory
/// and a directory.
pub(crate) fn read_page_pair(
    old: &Path,
    new: &Path,
) -> Result<(Vec<PageInput>, Vec<PageInput>), Error> {
    for p in [old, new] {
        if !p.exists() {
            return Err(Error::NoSuchPage(p.to_path_buf()));
        }
    }
    if old.is_dir() != new.is_dir() {
        return Err(Error::PageAndDirectory(
            old.to_path_buf(),
            new.to_path_buf(),
        ));
    }
    let (a, b) = (page_inputs(old), page_inputs(new));
    Ok((a?, b?))
}

/// The pages (`.md` files) of a page or a directory, with their bytes.
fn page_inputs(path: &Path) -> Result<Vec<PageInput>, Error> {
    if !path.exists() {
        return Err(Error::NoSuchPage(path.to_path_buf()));
    }
    if path.is_file() && !path.to_string_lossy().ends_with(".md") {
        return Err(Error::NotAPage(path.to_path_buf()));
    }
    let mut out = Vec::new();
    for f in list_pages(&[path.to_path_buf()])? {
        if !f.rel.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(&f.path).map_err(|source| Error::Read {
            path: f.path.clone(),
            source,
        })?;
        out.push(PageInput {
            rel: f.rel,
            shown: display_path(&f.path),
            bytes,
        });
    }
    if out.is_empty() {
        return Err(Error::NoPages(path.to_path_buf()));
    }
    Ok(out)
}

/// Read an XLIFF file; errors name it as `shown`.
pub(crate) fn read_xliff(file: &Path, shown: &str) -> Result<Doc, Error> {
    let text = match std::fs::read(file) {
        Ok(b) => String::from_utf8(b).map_err(|_| Error::NotUtf8(shown.to_string()))?,
        Err(source) => {
            return Err(Error::ReadXliff {
                shown: shown.to_string(),
                source,
            })
        }
    };
    xliff::parse(&text).map_err(|e| Error::Xliff {
        shown: shown.to_string(),
        line: e.line,
        message: e.message,
    })
}

/// The files an import writes: every one in a catalog directory that
/// exists, checked before the first is written.
pub(crate) struct Import {
    writes: Vec<(PathBuf, String)>,
}

impl Import {
    /// The files that `plan`, for `locale`, writes: the edited catalog
    /// files, and the lock file if it changed from `lock`.
    pub(crate) fn new(
        locales_dir: &Path,
        cats: &Catalogs,
        locale: &Locale,
        plan: &Plan,
        lock: &Lock,
    ) -> Result<Import, Error> {
        let loc_dir = locales_dir.join(locale);
        let mut writes: Vec<(PathBuf, String)> = plan
            .files
            .iter()
            .map(|(rel, src)| (loc_dir.join(rel), src.clone()))
            .collect();
        if plan.lock != *lock {
            writes.push((
                loc_dir.join(LOCK_FILE),
                plan.lock.serialize(locale, &cats.reference),
            ));
        }
        // Everything is validated before the first write: a destination
        // directory that does not exist would fail halfway.
        for (path, _) in &writes {
            if !path.parent().is_some_and(Path::is_dir) {
                return Err(Error::NoCatalogDirectory(display_path(
                    path.parent().unwrap_or(path),
                )));
            }
        }
        Ok(Import { writes })
    }

    /// Write every file whose bytes change, atomically.
    pub(crate) fn write(&self) -> Result<(), Error> {
        for (path, text) in &self.writes {
            if let Err(source) = crate::fsio::write_if_changed(path, text.as_bytes()) {
                return Err(Error::Write {
                    path: path.clone(),
                    source,
                });
            }
        }
        Ok(())
    }
}
