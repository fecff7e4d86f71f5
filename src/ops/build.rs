//! `build`: every page regenerated in every locale under `out/<locale>/`,
//! on every core, writing only what changed and keeping a manifest of what
//! was written so that a page nothing changed for is not rendered again.

use super::{for_each_page, page_error, reading_diagnostics, Error, PageFile, Run, PAGE_FILES};
use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{safe_join, walk_checked, OutputDir, OutputLock};
use crate::locale::Locale;
use crate::manifest::{self, Entry, Manifest, Said, MANIFEST_FILE};
use crate::read::{read_page, Reading};
use crate::render::{render, Mode};
use std::path::PathBuf;

/// Options of `build`.
#[derive(Debug, Clone)]
pub struct BuildConfig {
    pub pages: PathBuf,
    pub out: PathBuf,
    pub locales: Vec<Locale>,
    /// Untranslated free text is an error, not a fallback.
    pub strict: bool,
}

/// What `build` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSummary {
    pub pages: usize,
    /// Pages found up to date in the manifest: not read or rendered again.
    pub(crate) up_to_date: usize,
    pub written: usize,
    pub unchanged: usize,
    /// Free texts written in another language for want of a translation,
    /// by locale.
    pub(crate) fallbacks: Vec<(Locale, usize)>,
    pub diagnostics: Vec<Diagnostic>,
}

impl BuildSummary {
    pub fn failed(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Regenerate every page in every locale under `out/<locale>/`, on every
/// core.
///
/// The output directory is locked for the whole run ([`OutputLock`]: a
/// second build waits), and temporary files that killed builds left there
/// are removed first. A page that cannot be read is reported and the others
/// go on; a file that cannot be written stops the writing, since the next
/// file would most likely fail the same way (a read-only or full disk), and
/// files already there stay as they were.
///
/// A page that neither it nor the catalogs, locales, options or code
/// changed since the last build into `out`, and whose outputs are as that
/// build wrote them, is not rendered again: the manifest
/// ([`crate::manifest`]) says so, and what was said about it is said again.
pub fn build(cfg: &BuildConfig, cats: &Catalogs) -> Result<BuildSummary, Error> {
    build_with(cfg, cats, &Run::default())
}

/// [`build`], on the threads and with the progress display of `run`.
/// Pages are read, rendered and written in parallel; their results are
/// merged in page order, so the summary and its diagnostics do not depend
/// on the number of threads.
pub(crate) fn build_with(
    cfg: &BuildConfig,
    cats: &Catalogs,
    run: &Run,
) -> Result<BuildSummary, Error> {
    let walked = walk_checked(&cfg.pages, &PAGE_FILES).map_err(|source| Error::Walk {
        path: cfg.pages.clone(),
        source,
    })?;
    let _lock = OutputLock::acquire(&cfg.out).map_err(Error::Output)?;
    let out = OutputDir::open(&cfg.out).map_err(Error::Output)?;
    crate::fsio::remove_stale_temporaries(&cfg.out).map_err(|source| Error::StaleTemporaries {
        path: cfg.out.clone(),
        source,
    })?;
    let pages: Vec<PageFile> = walked
        .files
        .into_iter()
        .map(|(path, rel)| PageFile { path, rel })
        .collect();
    let fingerprint = manifest::fingerprint(cats, &cfg.locales, cfg.strict);
    let previous = Manifest::load(&cfg.out, &fingerprint);
    let mut next = previous.clone();
    let listed: std::collections::BTreeSet<&str> = pages.iter().map(|p| p.rel.as_str()).collect();
    next.retain(|p| listed.contains(p));
    let mut summary = BuildSummary {
        pages: pages.len(),
        fallbacks: cfg.locales.iter().map(|l| (l.clone(), 0)).collect(),
        ..Default::default()
    };
    summary.diagnostics.extend(
        walked
            .refused
            .iter()
            .map(|(path, why)| Diagnostic::new(Severity::Error, path, 1, 1, why.clone())),
    );
    // Stopped by a file that could not be written: pages after it in the
    // order are not written (pages on other threads may have been).
    let _stopped = for_each_page(
        &pages,
        run,
        |page| build_page(cfg, cats, &out, &previous, page),
        |page, built| summary.take(page, built, &mut next),
    );
    // Pages not reached keep their entries: an entry is only ever used
    // with outputs that hold the bytes it names.
    if next != previous {
        save_manifest(cfg, &next, &mut summary);
    }
    Ok(summary)
}

impl BuildSummary {
    /// Count what building one page did, and keep its manifest entry (or
    /// none). An error stops the run: a file could not be written.
    fn take(&mut self, page: &PageFile, built: PageBuilt, next: &mut Manifest) -> Result<(), ()> {
        for (total, n) in self.fallbacks.iter_mut().zip(&built.fallbacks) {
            total.1 += n;
        }
        self.written += built.written;
        self.unchanged += built.unchanged;
        self.up_to_date += usize::from(built.up_to_date);
        self.diagnostics.extend(built.diagnostics);
        match built.entry {
            Some(e) => next.insert(page.rel.clone(), e),
            None => next.remove(&page.rel),
        }
        if built.stop {
            Err(())
        } else {
            Ok(())
        }
    }
}

/// Write the manifest; one that cannot be written is a warning.
fn save_manifest(cfg: &BuildConfig, next: &Manifest, summary: &mut BuildSummary) {
    let path = cfg.out.join(MANIFEST_FILE);
    if let Err(e) = crate::fsio::write_atomic(&path, &next.to_bytes()) {
        summary.diagnostics.push(Diagnostic::new(
            Severity::Warning,
            &path,
            1,
            1,
            format!("cannot write the build manifest: {e}; the next build renders every page"),
        ));
    }
}

/// What building one page did: per locale, fallbacks counted and files
/// written; and what there is to say about it.
struct PageBuilt {
    fallbacks: Vec<usize>,
    written: usize,
    unchanged: usize,
    diagnostics: Vec<Diagnostic>,
    /// A file could not be written: the build stops.
    stop: bool,
    /// What the manifest keeps of the page: it was written (or found up
    /// to date) in every locale, with no error.
    entry: Option<Entry>,
    /// Found up to date in the manifest.
    up_to_date: bool,
}

impl PageBuilt {
    fn new(locales: usize) -> PageBuilt {
        PageBuilt {
            fallbacks: vec![0; locales],
            written: 0,
            unchanged: 0,
            diagnostics: Vec::new(),
            stop: false,
            entry: None,
            up_to_date: false,
        }
    }

    fn error(&mut self, page: &PageFile, message: String) {
        self.diagnostics
            .push(Diagnostic::new(Severity::Error, &page.path, 1, 1, message));
    }

    fn failed(&self) -> bool {
        self.diagnostics
            .iter()
            .any(|d| d.severity == Severity::Error)
    }
}

/// Whether every output of a page holds the bytes the manifest names.
fn outputs_as_written(cfg: &BuildConfig, page: &PageFile, entry: &Entry) -> bool {
    entry.outputs.len() == cfg.locales.len()
        && cfg
            .locales
            .iter()
            .zip(&entry.outputs)
            .all(|(locale, want)| {
                safe_join(&cfg.out.join(locale), &page.rel)
                    .ok()
                    .and_then(|p| std::fs::read(p).ok())
                    .is_some_and(|bytes| manifest::digest(&bytes) == *want)
            })
}

/// Read one page, render it in every locale, write what changed; or find
/// it up to date in the manifest.
fn build_page(
    cfg: &BuildConfig,
    cats: &Catalogs,
    out: &OutputDir,
    previous: &Manifest,
    page: &PageFile,
) -> PageBuilt {
    let mut built = PageBuilt::new(cfg.locales.len());
    let bytes = match std::fs::read(&page.path) {
        Ok(b) => b,
        Err(e) => {
            built.error(page, format!("cannot read: {e}"));
            return built;
        }
    };
    let input = manifest::digest(&bytes);
    if let Some(entry) = previous.get(&page.rel) {
        if entry.input == input
            && entry.fallbacks.len() == cfg.locales.len()
            && outputs_as_written(cfg, page, entry)
        {
            return up_to_date(cfg, page, entry);
        }
    }
    let reading = match read_page(&page.rel, &bytes, cats) {
        Ok(r) => r,
        Err(e) => {
            built.diagnostics.push(page_error(&page.path, e));
            return built;
        }
    };
    built
        .diagnostics
        .extend(reading_diagnostics(&page.path, &reading));
    // Render every locale first: a page is written in all locales or none.
    let Some(outputs) = render_locales(cfg, cats, page, &reading, &mut built) else {
        return built;
    };
    let Some(written) = write_locales(cfg, out, page, outputs, &mut built) else {
        return built;
    };
    if !built.failed() {
        built.entry = Some(Entry {
            input,
            outputs: written,
            fallbacks: built.fallbacks.clone(),
            diagnostics: built.diagnostics.iter().map(Said::from).collect(),
        });
    }
    built
}

/// A page the manifest found up to date: what was said about it is said
/// again.
fn up_to_date(cfg: &BuildConfig, page: &PageFile, entry: &Entry) -> PageBuilt {
    PageBuilt {
        fallbacks: entry.fallbacks.clone(),
        unchanged: cfg.locales.len(),
        diagnostics: entry
            .diagnostics
            .iter()
            .map(|d| d.about(&page.path))
            .collect(),
        entry: Some(entry.clone()),
        up_to_date: true,
        ..PageBuilt::new(cfg.locales.len())
    }
}

/// The page's text in every locale, by locale index; `None` when one
/// cannot be rendered (or, with `strict`, has untranslated free text).
fn render_locales(
    cfg: &BuildConfig,
    cats: &Catalogs,
    page: &PageFile,
    reading: &Reading,
    built: &mut PageBuilt,
) -> Option<Vec<(usize, String)>> {
    let mut outputs = Vec::with_capacity(cfg.locales.len());
    let mut ok = true;
    for (li, locale) in cfg.locales.iter().enumerate() {
        match render(&reading.record, cats, locale, Mode::Canonical) {
            Ok(r) => {
                if cfg.strict && !r.fallbacks.is_empty() {
                    built.error(
                        page,
                        format!(
                            "{locale}: {} free text(s) have no translation: {}",
                            r.fallbacks.len(),
                            r.fallbacks.join(", ")
                        ),
                    );
                    ok = false;
                }
                built.fallbacks[li] += r.fallbacks.len();
                outputs.push((li, r.text));
            }
            Err(e) => {
                built.error(page, format!("{locale}: {e}"));
                ok = false;
            }
        }
    }
    ok.then_some(outputs)
}

/// Write the page in every locale; the digests of what was written, or
/// `None` when a file cannot be written (the build stops).
fn write_locales(
    cfg: &BuildConfig,
    out: &OutputDir,
    page: &PageFile,
    outputs: Vec<(usize, String)>,
    built: &mut PageBuilt,
) -> Option<Vec<String>> {
    let mut written = Vec::with_capacity(outputs.len());
    for (li, text) in outputs {
        let locale = &cfg.locales[li];
        written.push(manifest::digest(text.as_bytes()));
        match out.write(&format!("{locale}/{}", page.rel), text.as_bytes()) {
            Ok((_, true)) => built.written += 1,
            Ok((_, false)) => built.unchanged += 1,
            Err(e) => {
                built.error(
                    page,
                    format!("{e}; stopping, files not yet written are left as they were"),
                );
                built.stop = true;
                return None;
            }
        }
    }
    Some(written)
}
