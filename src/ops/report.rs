//! `report`: the review site written under `--out`. The figures come from
//! the check library (the report `check` gives for the same catalogs and
//! pages); each page is read, rendered as published and in every locale
//! with its texts marked, made HTML and written on every core, a page at a
//! time; then the overview, the page list and the locale and key views.
//! Files are written atomically and only when their bytes change; files a
//! previous report wrote that this one does not are removed.

use super::{for_each_page, Error, PageFile, Run, PAGE_FILES};
use crate::catalog::lock::{self, Lock};
use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{safe_join, walk_checked, OutputDir, OutputLock};
use crate::locale::Locale;
use crate::read::read_page;
use crate::render::{render_marked, Mode};
use crate::report::{self, LocaleRender, PageSummary, PageView, ReportInput};
use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

/// Why a report cannot be written.
#[derive(Debug, thiserror::Error)]
pub(crate) enum ReportError {
    /// What the check reads cannot be read (lock files, pages).
    #[error(transparent)]
    Check(#[from] crate::check::files::Error),
    /// A lock file cannot be read.
    #[error(transparent)]
    Lock(#[from] crate::catalog::lock::FileError),
    /// The output directory refused a file, or its lock.
    #[error(transparent)]
    Output(#[from] crate::fsio::Error),
    #[error(transparent)]
    Ops(#[from] Error),
}

/// The list of files the last report wrote, in its output directory.
pub const REPORT_FILES: &str = ".attest-l10n.report";

/// Options of `report`.
#[derive(Debug, Clone)]
pub struct ReportConfig {
    /// The catalog directory (for lock files).
    pub locales_dir: PathBuf,
    /// Source pages; none for a site of the catalogs alone.
    pub pages: Option<PathBuf>,
    pub out: PathBuf,
}

/// What `report` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ReportSummary {
    pub pages: usize,
    /// Files of the site.
    pub files: usize,
    /// Of those, files written (the others held the same bytes).
    pub written: usize,
    /// Files of an earlier report removed.
    pub removed: usize,
    /// Bytes of the site's files.
    pub bytes: u64,
    pub diagnostics: Vec<Diagnostic>,
}

/// Write the review site of the catalogs `cats` (loaded with
/// `load_diagnostics`) and the pages of `cfg` under `cfg.out`.
pub(crate) fn report(
    cfg: &ReportConfig,
    cats: &Catalogs,
    load_diagnostics: &[Diagnostic],
    run: &Run,
) -> Result<ReportSummary, ReportError> {
    let mut locales = cats.locale_names();
    locales.sort();
    let check = crate::check::files::gather_report(
        &cfg.locales_dir,
        cats,
        load_diagnostics,
        &locales,
        cfg.pages.as_deref(),
        None,
    )?;
    let mut locks: BTreeMap<Locale, Lock> = BTreeMap::new();
    for l in locales.iter().filter(|l| **l != cats.reference) {
        let (_, lock, _) = lock::read(&cfg.locales_dir, l)?;
        locks.insert(l.clone(), lock);
    }
    let mut summary = ReportSummary::default();
    let pages: Vec<PageFile> = match &cfg.pages {
        Some(dir) => {
            let walked = walk_checked(dir, &PAGE_FILES).map_err(|source| Error::Walk {
                path: dir.clone(),
                source,
            })?;
            summary.diagnostics.extend(
                walked
                    .refused
                    .iter()
                    .map(|(path, why)| Diagnostic::new(Severity::Error, path, 1, 1, why.clone())),
            );
            walked
                .files
                .into_iter()
                .map(|(path, rel)| PageFile { path, rel })
                .collect()
        }
        None => Vec::new(),
    };
    let _lock = OutputLock::acquire(&cfg.out)?;
    let out = OutputDir::open(&cfg.out)?;
    let mut site = Site {
        out: &out,
        files: BTreeSet::new(),
        summary: &mut summary,
    };
    let mut summaries: Vec<PageSummary> = Vec::with_capacity(pages.len());
    let mut stopped = None;
    let _ = for_each_page(
        &pages,
        run,
        |page| page_file(cats, &locales, page, &out),
        |_, (s, written)| {
            summaries.push(s);
            match written {
                Ok((file, len, w)) => {
                    site.count(file, len, w);
                    Ok(())
                }
                Err(e) => {
                    stopped = Some(e);
                    Err(())
                }
            }
        },
    );
    if let Some(e) = stopped {
        return Err(ReportError::Output(e));
    }
    site.summary.pages = summaries.len();
    let input = ReportInput {
        cats,
        check: &check,
        locks: &locks,
        pages: &summaries,
        learned: None,
        consensus: None,
    };
    site.write("site.css", report::SITE_CSS)?;
    site.write("site.js", report::SITE_JS)?;
    for l in &locales {
        site.write(
            &report::labels_file(l.as_str()),
            &report::labels_js(cats, l),
        )?;
    }
    site.write("index.html", &report::overview(&input))?;
    site.write("pages.html", &report::pages_view(&input))?;
    let uses = report::uses_by_key(&summaries);
    for l in &locales {
        site.write(
            &report::locale_file(l.as_str()),
            &report::locale_view(&input, l, &uses),
        )?;
    }
    for (key, u) in &uses {
        site.write(&report::key_file(key), &report::key_view(&input, key, u))?;
    }
    let files = std::mem::take(&mut site.files);
    drop(site);
    summary.removed = remove_stale(cfg, &files);
    let list: String = files.iter().map(|f| format!("{f}\n")).collect();
    if let Err(e) = crate::fsio::write_if_changed(&cfg.out.join(REPORT_FILES), list.as_bytes()) {
        summary.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            &cfg.out.join(REPORT_FILES),
            1,
            1,
            format!("cannot write the list of the report's files: {e}"),
        ));
    }
    summary.files = files.len();
    Ok(summary)
}

/// The files of the site as they are written.
struct Site<'a> {
    out: &'a OutputDir,
    files: BTreeSet<String>,
    summary: &'a mut ReportSummary,
}

impl Site<'_> {
    fn count(&mut self, file: String, len: usize, written: bool) {
        self.summary.bytes += len as u64;
        self.summary.written += usize::from(written);
        self.files.insert(file);
    }

    fn write(&mut self, file: &str, text: &str) -> Result<(), ReportError> {
        let (_, written) = self.out.write(file, text.as_bytes())?;
        self.count(file.to_string(), text.len(), written);
        Ok(())
    }
}

/// Remove the files the last report listed that this one did not write.
fn remove_stale(cfg: &ReportConfig, files: &BTreeSet<String>) -> usize {
    let Ok(old) = std::fs::read_to_string(cfg.out.join(REPORT_FILES)) else {
        return 0;
    };
    let mut removed = 0;
    for f in old.lines().filter(|f| !f.is_empty() && !files.contains(*f)) {
        if let Ok(p) = safe_join(&cfg.out, f) {
            if std::fs::remove_file(&p).is_ok() {
                removed += 1;
            }
        }
    }
    removed
}

/// Read one page, render it as published and in every locale, write its
/// view. Returns what it found, and the view's file, size and whether it
/// was written (or why it could not be).
fn page_file(
    cats: &Catalogs,
    locales: &[Locale],
    page: &PageFile,
    out: &OutputDir,
) -> (
    PageSummary,
    Result<(String, usize, bool), crate::fsio::Error>,
) {
    let mut summary = PageSummary {
        rel: page.rel.clone(),
        ..PageSummary::default()
    };
    let reading = match std::fs::read(&page.path) {
        Ok(bytes) => read_page(&page.rel, &bytes, cats)
            .map_err(|e| format!("line {}: {}", e.line, e.message)),
        Err(e) => Err(format!("cannot read: {e}")),
    };
    let record = match reading {
        Ok(r) => Some(r.record),
        Err(e) => {
            summary.error = Some(e);
            None
        }
    };
    let error = summary.error.clone();
    let mut view = PageView {
        rel: &page.rel,
        record: record.as_ref(),
        error: error.as_deref(),
        reference: &cats.reference,
        locales,
        published: None,
        rendered: Vec::new(),
        consensus: None,
        labels: Some(cats),
    };
    if let Some(rec) = &record {
        view.published = Some(
            render_marked(rec, cats, &rec.locale, Mode::AsPublished).map_err(|e| e.to_string()),
        );
        for l in locales {
            let r = render_marked(rec, cats, l, Mode::Canonical).map_err(|e| e.to_string());
            summary.locales.push(LocaleRender::of(l, r.as_ref().ok()));
            view.rendered.push((l.clone(), r));
        }
        summary.published = Some(rec.locale.clone());
        summary.app = rec.names.get("app").cloned();
        summary.unrecognized = rec.unrecognized().len();
        summary.uses = report::label_uses(rec);
    }
    let html = report::page_view(&view);
    let file = report::page_file(&page.rel);
    let written = out
        .write(&file, html.as_bytes())
        .map(|(_, w)| (file, html.len(), w));
    (summary, written)
}
