//! Pages on disk: the pages named as input, found in a fixed order, read
//! and turned into records, with what reading had to say as diagnostics.

use super::Error;
use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{relative, walk};
use crate::read::{read_page, PageError, Reading};
use std::path::{Path, PathBuf};

/// What a pages directory holds: Markdown pages and YAML files of labels
/// (`zone-pivot-groups.yml`).
pub(crate) const PAGE_FILES: [&str; 2] = [".md", ".yml"];

/// A page to read: where it is and its path relative to its pages directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFile {
    pub path: PathBuf,
    pub rel: String,
}

/// The pages named by command-line arguments: files as given, directories
/// walked for `.md` files, in a fixed order.
pub(crate) fn list_pages(args: &[PathBuf]) -> Result<Vec<PageFile>, Error> {
    let mut out = Vec::new();
    for a in args {
        let files = walk(a, &PAGE_FILES).map_err(|source| Error::Walk {
            path: a.clone(),
            source,
        })?;
        out.extend(files.into_iter().map(|(path, rel)| PageFile { path, rel }));
    }
    Ok(out)
}

/// `list_pages`, with why they cannot be listed as a message.
pub fn collect_pages(args: &[PathBuf]) -> Result<Vec<PageFile>, String> {
    list_pages(args).map_err(|e| e.to_string())
}

/// Read one page from disk.
pub(crate) fn read_file(page: &PageFile, cats: &Catalogs) -> Result<Reading, Diagnostic> {
    let bytes = std::fs::read(&page.path).map_err(|e| {
        Diagnostic::new(
            Severity::Error,
            &page.path,
            1,
            1,
            format!("cannot read: {e}"),
        )
    })?;
    read_page(&page.rel, &bytes, cats).map_err(|e| page_error(&page.path, e))
}

/// A page that cannot be read, as a diagnostic at its line.
pub(crate) fn page_error(path: &Path, e: PageError) -> Diagnostic {
    Diagnostic::new(Severity::Error, path, e.line, 1, e.message)
}

/// Diagnostics for what a reading left unrecognized or matched fuzzily.
pub(crate) fn reading_diagnostics(path: &Path, reading: &Reading) -> Vec<Diagnostic> {
    let mut out: Vec<Diagnostic> = reading
        .record
        .unrecognized()
        .into_iter()
        .map(|(line, text)| {
            let first = text.lines().next().unwrap_or("");
            Diagnostic::new(
                Severity::Warning,
                path,
                line,
                1,
                format!("unrecognized: no label matches \"{}\"", shorten(first, 100)),
            )
        })
        .collect();
    out.extend(
        reading
            .notes
            .iter()
            .map(|n| Diagnostic::new(Severity::Note, path, n.line, 1, n.message.clone())),
    );
    out
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        s.to_string()
    } else {
        format!("{}…", s.chars().take(n).collect::<String>())
    }
}

/// The path of `p` relative to the current directory, for messages.
pub(crate) fn display_path(p: &Path) -> String {
    match std::env::current_dir() {
        Ok(cwd) => relative(&cwd, p),
        Err(_) => p.display().to_string(),
    }
}
