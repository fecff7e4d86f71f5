//! The file-system edge of `check` and `sign-off`: what a check reads
//! (catalogs, lock files, the policy file, pages, generated pages) and
//! what signing off writes (lock files, atomically). The checking itself
//! is the pure core ([`super::check`]); the command line prints.

use super::policy::{FailOn, Policy, PolicyError, POLICY_FILE};
use super::sign_off::{sign_off, SignOff};
use super::{Code, Finding, Input, LockSource, PageSource, Report};
use crate::catalog::lock::{self, FileError};
use crate::catalog::Catalogs;
use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::ops::list_pages;
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// Why a check or a sign-off cannot run: I/O and files that cannot be
/// used at all. Problems in their content are findings.
#[derive(Debug, thiserror::Error)]
pub(crate) enum Error {
    #[error("{}: no such catalog directory", .0.display())]
    NoCatalogDirectory(PathBuf),
    /// The catalogs cannot be loaded.
    #[error(transparent)]
    Catalogs(#[from] crate::catalog::LoadError),
    /// A lock file cannot be read or written.
    #[error(transparent)]
    Lock(#[from] FileError),
    #[error(transparent)]
    Pages(#[from] crate::ops::Error),
    /// The policy file cannot be read, or does not parse.
    #[error("{}: {source}", path.display())]
    Policy {
        path: PathBuf,
        source: super::policy::PolicyError,
    },
    /// A line of a lock file that must be fixed before signing off.
    #[error("{}:{line}: {problem} (fix the lock file before signing off)", path.display())]
    LockLine {
        path: PathBuf,
        line: usize,
        problem: crate::catalog::lock::LineProblem,
    },
    /// The keys cannot be signed off.
    #[error(transparent)]
    SignOff(#[from] super::sign_off::SignOffError),
}

/// Load the catalogs, with a clear error when the directory is missing.
pub(crate) fn load_catalogs(
    dir: &Path,
    reference: &Locale,
) -> Result<(Catalogs, Vec<Diagnostic>), Error> {
    if !dir.is_dir() {
        return Err(Error::NoCatalogDirectory(dir.to_path_buf()));
    }
    Catalogs::load(dir, reference).map_err(Error::Catalogs)
}

/// The check policy of the catalog directory (`check.yml`); `fail_on`, from
/// the command line, wins over its default.
pub(crate) fn read_policy(locales_dir: &Path, fail_on: Option<FailOn>) -> Result<Policy, Error> {
    let path = locales_dir.join(POLICY_FILE);
    match std::fs::read_to_string(&path) {
        Ok(src) => Policy::parse(&src, fail_on).map_err(|source| Error::Policy { path, source }),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Policy {
            default: fail_on.unwrap_or(FailOn::Error),
            ..Policy::default()
        }),
        Err(e) => Err(Error::Policy {
            path,
            source: PolicyError::Read(e),
        }),
    }
}

/// Read what a check looks at (lock files, pages, generated pages) and run
/// it. Errors are I/O errors that stop the run; content problems are
/// findings.
pub(crate) fn gather_report(
    locales_dir: &Path,
    cats: &Catalogs,
    diags: &[Diagnostic],
    locales: &[Locale],
    pages: Option<&Path>,
    out: Option<&Path>,
) -> Result<Report, Error> {
    let mut locks = BTreeMap::new();
    for l in cats.locale_names() {
        if l == cats.reference {
            continue;
        }
        let path = lock::path(locales_dir, &l);
        let text = lock::read_text(&path)?;
        locks.insert(l, LockSource { path, text });
    }
    let mut extra = Vec::new();
    let pages_dir = pages;
    let pages = match pages {
        Some(dir) => Some(read_pages(dir, &mut extra)?),
        None => None,
    };
    let read_output = |locale: &Locale, rel: &str| -> io::Result<Option<Vec<u8>>> {
        let Some(dir) = out else { return Ok(None) };
        let path = crate::fsio::safe_join(&dir.join(locale), rel).map_err(io::Error::other)?;
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e),
        }
    };
    let input = Input {
        cats,
        load_diagnostics: diags,
        locks: &locks,
        locales,
        pages: pages.as_deref(),
        outputs: out.map(|d| (d.to_path_buf(), &read_output as &super::OutputReader)),
    };
    let mut report = super::check(&input);
    report.findings.extend(extra);
    report.findings.extend(pin_findings(cats, pages_dir));
    super::sort(&mut report.findings);
    Ok(report)
}

/// Every page under `dir`; a page that cannot be read is a finding.
fn read_pages(dir: &Path, extra: &mut Vec<Finding>) -> Result<Vec<PageSource>, Error> {
    let mut out = Vec::new();
    for p in list_pages(&[dir.to_path_buf()])? {
        match std::fs::read(&p.path) {
            Ok(bytes) => out.push(PageSource {
                path: p.path,
                rel: p.rel,
                bytes,
            }),
            Err(e) => extra.push(Finding::new(
                Code::Page,
                &p.path,
                format!("the page cannot be read: {e}"),
            )),
        }
    }
    Ok(out)
}

/// Sign off `keys` of `locale` (every key it shares with the reference
/// when none): record their current reference text in the locale's lock
/// file, written atomically. Returns the lock file's path and what was
/// signed off.
pub(crate) fn sign_off_locale(
    locales_dir: &Path,
    cats: &Catalogs,
    locale: &Locale,
    keys: &[String],
    identical: bool,
) -> Result<(PathBuf, SignOff), Error> {
    let (path, old, errors) = lock::read(locales_dir, locale)?;
    if let Some(e) = errors.into_iter().next() {
        return Err(Error::LockLine {
            path,
            line: e.line,
            problem: e.problem,
        });
    }
    let (new, summary) = sign_off(cats, locale, keys, identical, &old)?;
    lock::write(&path, &new, locale, &cats.reference)?;
    Ok((path, summary))
}

/// The pins file (`locales/consensus.yml`): one that cannot be read; and,
/// when the pages are a folder of locale folders, the pins that name no
/// page or fact, or that no page needs any more.
fn pin_findings(cats: &Catalogs, pages: Option<&Path>) -> Vec<Finding> {
    use crate::consensus::pins::PinProblem;
    use crate::ops::consensus::{consensus_of, locale_folders, read_pins, PINS_FILE};
    let path = cats.dir.join(PINS_FILE);
    let pins = match read_pins(&cats.dir) {
        Ok((_, p)) => p,
        Err(message) => return vec![Finding::new(Code::Pin, &path, message)],
    };
    if pins.pins.is_empty() {
        return Vec::new();
    }
    let Some(folders) = pages.and_then(locale_folders) else {
        return Vec::new();
    };
    let run = crate::ops::Run::default();
    let consensus = match consensus_of(&folders, None, cats, &run) {
        Ok((c, ..)) => c,
        Err(message) => return vec![Finding::new(Code::Pin, &path, message)],
    };
    consensus
        .pin_findings
        .iter()
        .map(|f| {
            let code = match f.problem {
                PinProblem::Unused => Code::UnusedPin,
                PinProblem::NoPage | PinProblem::NoFact => Code::Pin,
            };
            let mut finding = Finding::new(code, &path, f.message.clone());
            finding.line = f.line;
            finding.col = 1;
            finding
        })
        .collect()
}
