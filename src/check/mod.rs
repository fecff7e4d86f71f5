//! `check`, the CI gate: every catalog locale compared with the reference
//! (missing, obsolete, duplicate, untranslated, stale, broken variables and
//! markup), the recognition-only wordings, and the pages (unrecognized text,
//! free text without translation, generated pages out of date).
//!
//! The core is pure: it takes loaded catalogs, lock files and pages and
//! returns findings, all of them, sorted. Reports are written by
//! `report` to `impl Write`; files are read and written only by
//! `files`.

pub(crate) mod catalog;
pub(crate) mod files;
pub(crate) mod markup;
pub(crate) mod pages;
pub(crate) mod policy;
pub(crate) mod refs;
pub(crate) mod report;
pub mod sign_off;

use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::locale::Locale;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Load the catalogs, with a clear error when the directory is missing;
/// the error is the message the command line prints.
pub fn load(dir: &Path, reference: &Locale) -> Result<(Catalogs, Vec<Diagnostic>), String> {
    files::load_catalogs(dir, reference).map_err(|e| e.to_string())
}

/// Read what a check looks at (lock files, pages, generated pages) and run
/// it (`files::gather_report`). The error, an I/O error that stops the
/// run, is the message the command line prints; content problems are
/// findings.
pub fn gather(
    locales_dir: &Path,
    cats: &Catalogs,
    diags: &[Diagnostic],
    locales: &[Locale],
    pages: Option<&Path>,
    out: Option<&Path>,
) -> Result<Report, String> {
    files::gather_report(locales_dir, cats, diags, locales, pages, out).map_err(|e| e.to_string())
}

/// What a finding is about. Each code is one rule of the SARIF report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Code {
    Syntax,
    Encoding,
    Empty,
    Missing,
    Obsolete,
    Duplicate,
    DuplicateWording,
    OrphanVariant,
    Untranslated,
    Stale,
    Unsigned,
    Lock,
    Variable,
    Reference,
    Attribute,
    Markup,
    UnsafeHtml,
    Page,
    Unrecognized,
    FreeText,
    OutOfDate,
    Pin,
    UnusedPin,
}

impl Code {
    pub const ALL: [Code; 23] = [
        Code::Syntax,
        Code::Encoding,
        Code::Empty,
        Code::Missing,
        Code::Obsolete,
        Code::Duplicate,
        Code::DuplicateWording,
        Code::OrphanVariant,
        Code::Untranslated,
        Code::Stale,
        Code::Unsigned,
        Code::Lock,
        Code::Variable,
        Code::Reference,
        Code::Attribute,
        Code::Markup,
        Code::UnsafeHtml,
        Code::Page,
        Code::Unrecognized,
        Code::FreeText,
        Code::OutOfDate,
        Code::Pin,
        Code::UnusedPin,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Code::Syntax => "syntax",
            Code::Encoding => "encoding",
            Code::Empty => "empty",
            Code::Missing => "missing",
            Code::Obsolete => "obsolete",
            Code::Duplicate => "duplicate",
            Code::DuplicateWording => "duplicate-wording",
            Code::OrphanVariant => "orphan-variant",
            Code::Untranslated => "untranslated",
            Code::Stale => "stale",
            Code::Unsigned => "unsigned",
            Code::Lock => "lock",
            Code::Variable => "variable",
            Code::Reference => "reference",
            Code::Attribute => "attribute",
            Code::Markup => "markup",
            Code::UnsafeHtml => "unsafe-html",
            Code::Page => "page",
            Code::Unrecognized => "unrecognized",
            Code::FreeText => "free-text",
            Code::OutOfDate => "out-of-date",
            Code::Pin => "pin",
            Code::UnusedPin => "unused-pin",
        }
    }

    /// The severity findings of this code have.
    pub(crate) fn severity(self) -> Severity {
        match self {
            Code::Empty
            | Code::Obsolete
            | Code::DuplicateWording
            | Code::Untranslated
            | Code::Stale
            | Code::Unsigned
            | Code::FreeText
            | Code::UnusedPin => Severity::Warning,
            _ => Severity::Error,
        }
    }

    /// One line on what the rule checks (SARIF `shortDescription`, docs).
    pub(crate) fn description(self) -> &'static str {
        match self {
            Code::Syntax => "the Fluent parser cannot read this part of a catalog",
            Code::Encoding => "a catalog file is not UTF-8 text",
            Code::Empty => "a catalog file is empty",
            Code::Missing => "a reference message has no translation in the locale",
            Code::Obsolete => "a message that the reference no longer has",
            Code::Duplicate => "the same message, term or attribute is defined twice",
            Code::DuplicateWording => "two recognized wordings of a message have the same text",
            Code::OrphanVariant => "a recognized wording whose message has no canonical text in its locale",
            Code::Untranslated => "a translation identical to the reference, not marked as intentionally identical",
            Code::Stale => "the reference text changed since the translation was signed off",
            Code::Unsigned => "a translation that was never signed off against a reference text",
            Code::Lock => "a line of a lock file cannot be read",
            Code::Variable => "a variable present on one side only",
            Code::Reference => "a message or term reference present on one side only",
            Code::Attribute => "an attribute present on one side only",
            Code::Markup => "links, link targets, code, URLs, HTML tags or entities of the reference lost or added",
            Code::UnsafeHtml => "raw HTML that runs code or embeds content, which the reference does not have",
            Code::Page => "a source page that cannot be read",
            Code::Unrecognized => "a row or paragraph of a source page that no label matches",
            Code::FreeText => "free text of a page with no translation in the locale",
            Code::OutOfDate => "a generated page differs from what `build` would write now",
            Code::Pin => "a pin in locales/consensus.yml for a page or fact that does not exist, or a pins file that cannot be read",
            Code::UnusedPin => "a pin in locales/consensus.yml that no page needs: the evidence decides the same value",
        }
    }
}

impl std::fmt::Display for Code {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding about one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: Code,
    pub severity: Severity,
    /// The locale the finding is about, if any (a page that cannot be read
    /// belongs to none).
    pub locale: Option<Locale>,
    /// The message id or page free-text id.
    pub key: Option<String>,
    pub path: PathBuf,
    /// 1-based line and column; 0 when the finding is about the whole file.
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub hint: Option<String>,
}

impl Finding {
    pub(crate) fn new(code: Code, path: impl Into<PathBuf>, message: impl Into<String>) -> Finding {
        Finding {
            code,
            severity: code.severity(),
            locale: None,
            key: None,
            path: path.into(),
            line: 0,
            col: 0,
            message: message.into(),
            hint: None,
        }
    }

    pub(crate) fn locale(mut self, l: &Locale) -> Finding {
        self.locale = Some(l.clone());
        self
    }

    pub(crate) fn key(mut self, k: &str) -> Finding {
        self.key = Some(k.to_string());
        self
    }

    pub(crate) fn at(mut self, line: usize, col: usize) -> Finding {
        self.line = line;
        self.col = col;
        self
    }

    pub(crate) fn hint(mut self, h: impl Into<String>) -> Finding {
        self.hint = Some(h.into());
        self
    }

    fn sort_key(&self) -> impl Ord + '_ {
        (
            &self.locale,
            &self.path,
            self.line,
            self.col,
            self.code,
            &self.key,
            &self.message,
        )
    }
}

/// Sort findings in report order: by locale (none first), file, position,
/// code, key, message; exact duplicates removed.
pub(crate) fn sort(findings: &mut Vec<Finding>) {
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    findings.dedup();
}

/// How complete one locale is, for the summary table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Completeness {
    pub locale: Locale,
    /// Messages and terms of the reference.
    pub keys: usize,
    /// Present and not flagged untranslated.
    pub translated: usize,
    pub missing: usize,
    pub untranslated: usize,
    pub stale: usize,
    /// Translations with no sign-off.
    pub(crate) unsigned: usize,
    /// Words of the reference text of the missing, untranslated and stale keys.
    pub words: usize,
}

impl Completeness {
    /// Translated and current, in percent of the reference's keys.
    pub fn percent(&self) -> f64 {
        if self.keys == 0 {
            return 100.0;
        }
        let done = self.translated.saturating_sub(self.stale);
        (done as f64) * 100.0 / (self.keys as f64)
    }
}

/// The result of a check.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub(crate) reference: Locale,
    pub findings: Vec<Finding>,
    /// One per checked locale other than the reference, by name.
    pub completeness: Vec<Completeness>,
}

impl Report {
    pub(crate) fn count(&self, s: Severity) -> usize {
        self.findings.iter().filter(|f| f.severity == s).count()
    }
}

/// A source page, read from disk by the caller.
#[derive(Debug, Clone)]
pub(crate) struct PageSource {
    pub(crate) path: PathBuf,
    /// Path relative to the pages directory, with `/`.
    pub(crate) rel: String,
    pub(crate) bytes: Vec<u8>,
}

/// A locale's lock file as read by the caller.
#[derive(Debug, Clone, Default)]
pub(crate) struct LockSource {
    pub(crate) path: PathBuf,
    /// The file's text; `None` when the locale has no lock file.
    pub(crate) text: Option<String>,
}

/// Reads a generated page: `(locale, page)` to its bytes, `Ok(None)` when
/// the file does not exist.
pub(crate) type OutputReader<'a> = dyn Fn(&Locale, &str) -> std::io::Result<Option<Vec<u8>>> + 'a;

/// Everything a check looks at.
pub(crate) struct Input<'a> {
    pub(crate) cats: &'a Catalogs,
    /// What `Catalogs::load` reported (syntax errors, encoding).
    pub(crate) load_diagnostics: &'a [Diagnostic],
    /// Lock files by locale.
    pub(crate) locks: &'a BTreeMap<Locale, LockSource>,
    /// Locales to check (the reference's own files are always checked).
    pub(crate) locales: &'a [Locale],
    /// Source pages, when page checks run.
    pub(crate) pages: Option<&'a [PageSource]>,
    /// Generated pages, when `--out` is given: their directory (for paths
    /// in findings) and how to read them.
    pub(crate) outputs: Option<(PathBuf, &'a OutputReader<'a>)>,
}

/// Run every check.
pub(crate) fn check(input: &Input) -> Report {
    let mut findings = Vec::new();
    let mut completeness = Vec::new();
    catalog::check_catalogs(input, &mut findings, &mut completeness);
    if let Some(pages) = input.pages {
        pages::check_pages(input, pages, &mut findings);
    }
    let keep = |f: &Finding| match &f.locale {
        None => true,
        Some(l) => *l == input.cats.reference || input.locales.contains(l),
    };
    findings.retain(keep);
    sort(&mut findings);
    completeness.sort_by(|a, b| a.locale.cmp(&b.locale));
    Report {
        reference: input.cats.reference.clone(),
        findings,
        completeness,
    }
}
