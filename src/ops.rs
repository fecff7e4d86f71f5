//! The commands over files and directories: `extract`, `render`, `build`,
//! `verify`. Each returns what it found; the binary prints it. One page that
//! fails is reported with its file and line, and the others go on.
//!
//! Pages are independent of each other, so the commands over many pages run
//! them in parallel ([`for_each_page`]) and take the results in page order:
//! what is printed or written is the same, byte for byte, on one thread or
//! many.

use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{relative, safe_join, walk, walk_checked, OutputDir, OutputLock};
use crate::manifest::{self, Entry, Manifest, Said, MANIFEST_FILE};
use crate::read::{read_page, PageError, Reading};
use crate::record::Record;
use crate::render::{render, Mode};
use rayon::prelude::*;
use std::path::{Path, PathBuf};

/// What a pages directory holds: Markdown pages and YAML files of labels
/// (`zone-pivot-groups.yml`).
pub const PAGE_FILES: [&str; 2] = [".md", ".yml"];

/// A page to read: where it is and its path relative to its pages directory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageFile {
    pub path: PathBuf,
    pub rel: String,
}

/// The pages named by command-line arguments: files as given, directories
/// walked for `.md` files, in a fixed order.
pub fn collect_pages(args: &[PathBuf]) -> Result<Vec<PageFile>, String> {
    let mut out = Vec::new();
    for a in args {
        let files = walk(a, &PAGE_FILES).map_err(|e| format!("{}: {e}", a.display()))?;
        out.extend(files.into_iter().map(|(path, rel)| PageFile { path, rel }));
    }
    Ok(out)
}

/// Read one page from disk.
pub fn read_file(page: &PageFile, cats: &Catalogs) -> Result<Reading, Diagnostic> {
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

pub fn page_error(path: &Path, e: PageError) -> Diagnostic {
    Diagnostic::new(Severity::Error, path, e.line, 1, e.message)
}

/// Diagnostics for what a reading left unrecognized or matched fuzzily.
pub fn reading_diagnostics(path: &Path, reading: &Reading) -> Vec<Diagnostic> {
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

/// The outcome of verifying one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Identical,
    /// The first line that differs, with the published and rendered text.
    Differs {
        line: usize,
        published: String,
        rendered: String,
    },
}

/// Extract a page and render it as published, in memory; compare bytes.
pub fn verify_page(bytes: &[u8], rel: &str, cats: &Catalogs) -> Result<Verdict, PageError> {
    let reading = read_page(rel, bytes, cats)?;
    let rec = &reading.record;
    let rendered = render(rec, cats, &rec.locale, Mode::AsPublished).map_err(|e| PageError {
        line: 1,
        message: e.0,
    })?;
    if rendered.text.as_bytes() == bytes {
        return Ok(Verdict::Identical);
    }
    let published = String::from_utf8_lossy(bytes);
    let a: Vec<&str> = published.split('\n').collect();
    let b: Vec<&str> = rendered.text.split('\n').collect();
    let n = a.len().max(b.len());
    for i in 0..n {
        let (x, y) = (
            a.get(i).copied().unwrap_or(""),
            b.get(i).copied().unwrap_or(""),
        );
        if x != y || i >= a.len() || i >= b.len() {
            return Ok(Verdict::Differs {
                line: i + 1,
                published: x.to_string(),
                rendered: y.to_string(),
            });
        }
    }
    Ok(Verdict::Differs {
        line: n,
        published: String::new(),
        rendered: String::new(),
    })
}

/// Options of `build`.
#[derive(Debug, Clone)]
pub struct BuildConfig {
    pub pages: PathBuf,
    pub out: PathBuf,
    pub locales: Vec<String>,
    /// Untranslated free text is an error, not a fallback.
    pub strict: bool,
}

/// What `build` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct BuildSummary {
    pub pages: usize,
    /// Pages found up to date in the manifest: not read or rendered again.
    pub up_to_date: usize,
    pub written: usize,
    pub unchanged: usize,
    /// Free texts written in another language for want of a translation,
    /// by locale.
    pub fallbacks: Vec<(String, usize)>,
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
pub fn build(cfg: &BuildConfig, cats: &Catalogs) -> Result<BuildSummary, String> {
    build_with(cfg, cats, &Run::default())
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

/// [`build`], on the threads and with the progress display of `run`.
/// Pages are read, rendered and written in parallel; their results are
/// merged in page order, so the summary and its diagnostics do not depend
/// on the number of threads.
pub fn build_with(cfg: &BuildConfig, cats: &Catalogs, run: &Run) -> Result<BuildSummary, String> {
    let walked = walk_checked(&cfg.pages, &PAGE_FILES)
        .map_err(|e| format!("{}: {e}", cfg.pages.display()))?;
    let _lock = OutputLock::acquire(&cfg.out)?;
    let out = OutputDir::open(&cfg.out)?;
    crate::fsio::remove_stale_temporaries(&cfg.out).map_err(|e| {
        format!(
            "{}: cannot remove stale temporary files: {e}",
            cfg.out.display()
        )
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
        |page, built| {
            for (total, n) in summary.fallbacks.iter_mut().zip(&built.fallbacks) {
                total.1 += n;
            }
            summary.written += built.written;
            summary.unchanged += built.unchanged;
            summary.up_to_date += usize::from(built.up_to_date);
            summary.diagnostics.extend(built.diagnostics);
            match built.entry {
                Some(e) => next.insert(page.rel.clone(), e),
                None => next.remove(&page.rel),
            }
            if built.stop {
                Err(())
            } else {
                Ok(())
            }
        },
    );
    // Pages not reached keep their entries: an entry is only ever used
    // with outputs that hold the bytes it names.
    if next != previous {
        if let Err(e) = crate::fsio::write_atomic(&cfg.out.join(MANIFEST_FILE), &next.to_bytes()) {
            summary.diagnostics.push(Diagnostic::new(
                Severity::Warning,
                &cfg.out.join(MANIFEST_FILE),
                1,
                1,
                format!("cannot write the build manifest: {e}; the next build renders every page"),
            ));
        }
    }
    Ok(summary)
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
    let mut built = PageBuilt {
        fallbacks: vec![0; cfg.locales.len()],
        written: 0,
        unchanged: 0,
        diagnostics: Vec::new(),
        stop: false,
        entry: None,
        up_to_date: false,
    };
    let bytes = match std::fs::read(&page.path) {
        Ok(b) => b,
        Err(e) => {
            built.diagnostics.push(Diagnostic::new(
                Severity::Error,
                &page.path,
                1,
                1,
                format!("cannot read: {e}"),
            ));
            return built;
        }
    };
    let input = manifest::digest(&bytes);
    if let Some(entry) = previous.get(&page.rel) {
        if entry.input == input
            && entry.fallbacks.len() == cfg.locales.len()
            && outputs_as_written(cfg, page, entry)
        {
            built.fallbacks.clone_from(&entry.fallbacks);
            built.unchanged = cfg.locales.len();
            built.diagnostics = entry
                .diagnostics
                .iter()
                .map(|d| d.about(&page.path))
                .collect();
            built.entry = Some(entry.clone());
            built.up_to_date = true;
            return built;
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
    let mut outputs = Vec::with_capacity(cfg.locales.len());
    let mut ok = true;
    for (li, locale) in cfg.locales.iter().enumerate() {
        match render(&reading.record, cats, locale, Mode::Canonical) {
            Ok(r) => {
                if cfg.strict && !r.fallbacks.is_empty() {
                    built.diagnostics.push(Diagnostic::new(
                        Severity::Error,
                        &page.path,
                        1,
                        1,
                        format!(
                            "{locale}: {} free text(s) have no translation: {}",
                            r.fallbacks.len(),
                            r.fallbacks.join(", ")
                        ),
                    ));
                    ok = false;
                }
                built.fallbacks[li] += r.fallbacks.len();
                outputs.push((li, r.text));
            }
            Err(e) => {
                built.diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    &page.path,
                    1,
                    1,
                    format!("{locale}: {e}"),
                ));
                ok = false;
            }
        }
    }
    if !ok {
        return built;
    }
    let mut written = Vec::with_capacity(outputs.len());
    for (li, text) in outputs {
        let locale = &cfg.locales[li];
        written.push(manifest::digest(text.as_bytes()));
        match out.write(&format!("{locale}/{}", page.rel), text.as_bytes()) {
            Ok((_, true)) => built.written += 1,
            Ok((_, false)) => built.unchanged += 1,
            Err(e) => {
                built.diagnostics.push(Diagnostic::new(
                    Severity::Error,
                    &page.path,
                    1,
                    1,
                    format!("{e}; stopping, files not yet written are left as they were"),
                ));
                built.stop = true;
                return built;
            }
        }
    }
    if !built
        .diagnostics
        .iter()
        .any(|d| d.severity == Severity::Error)
    {
        built.entry = Some(Entry {
            input,
            outputs: written,
            fallbacks: built.fallbacks.clone(),
            diagnostics: built.diagnostics.iter().map(Said::from).collect(),
        });
    }
    built
}

/// How a command over many pages runs: on how many threads, and what it
/// tells of its progress.
#[derive(Clone, Copy)]
pub struct Run<'a> {
    /// Threads to use; 0 for one per core.
    pub jobs: usize,
    pub progress: &'a dyn Progress,
}

impl Default for Run<'_> {
    fn default() -> Self {
        Run {
            jobs: 0,
            progress: &Silent,
        }
    }
}

/// Where a command over many pages tells how far it is. The library never
/// prints: the binary shows this on a terminal.
pub trait Progress: Sync {
    /// The run starts, with this many pages.
    fn start(&self, _total: usize) {}
    /// This many more pages are done.
    fn advance(&self, _pages: usize) {}
    /// Run `f`, which prints, without the progress display in the way.
    fn suspend(&self, f: &mut dyn FnMut()) {
        f()
    }
    /// The run is over.
    fn finish(&self) {}
}

/// No progress display.
pub struct Silent;

impl Progress for Silent {}

/// Pages handed to the threads at once: enough to keep every thread busy,
/// few enough that the results waiting to be taken in order stay small (a
/// run never holds more than this many pages' results).
fn batch_len(threads: usize) -> usize {
    (threads * 32).max(64)
}

/// Run `work` on every page, in parallel on `run.jobs` threads, and give
/// each result to `sink` in page order. Results are taken a batch at a
/// time, so memory does not grow with the number of pages. `sink` stops
/// the run by returning an error.
pub fn for_each_page<T, E>(
    pages: &[PageFile],
    run: &Run,
    work: impl Fn(&PageFile) -> T + Sync,
    mut sink: impl FnMut(&PageFile, T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    run.progress.start(pages.len());
    let result = if run.jobs == 1 {
        // One thread: no pool at all, the plain loop.
        pages.iter().try_for_each(|page| {
            let r = work(page);
            run.progress.advance(1);
            sink(page, r)
        })
    } else {
        match rayon::ThreadPoolBuilder::new()
            .num_threads(run.jobs)
            .build()
        {
            Ok(pool) => {
                let batch = batch_len(pool.current_num_threads());
                pages.chunks(batch).try_for_each(|chunk| {
                    let results: Vec<T> = pool.install(|| {
                        chunk
                            .par_iter()
                            .map(|page| {
                                let r = work(page);
                                run.progress.advance(1);
                                r
                            })
                            .collect()
                    });
                    chunk
                        .iter()
                        .zip(results)
                        .try_for_each(|(page, r)| sink(page, r))
                })
            }
            // No threads to be had: the same work on this one.
            Err(_) => pages.iter().try_for_each(|page| {
                let r = work(page);
                run.progress.advance(1);
                sink(page, r)
            }),
        }
    };
    run.progress.finish();
    result
}

/// Read a record file (YAML, or JSON as `extract --format json` prints it).
pub fn read_record(path: &Path) -> Result<Record, String> {
    let src = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    parse_record(&src).map_err(|e| format!("{}: {e}", path.display()))
}

/// Parse a record from YAML or JSON text.
pub fn parse_record(src: &str) -> Result<Record, String> {
    if src.trim_start().starts_with('{') {
        let mut v: serde_json::Value = serde_json::from_str(src).map_err(|e| e.to_string())?;
        if let Some(o) = v.as_object_mut() {
            o.remove("unrecognized");
        }
        return serde_json::from_value(v).map_err(|e| e.to_string());
    }
    crate::yaml::from_str(src).map_err(|e| e.with_position())
}

/// Record files named by arguments: files as given, directories walked.
pub fn collect_records(args: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for a in args {
        let files =
            walk(a, &[".yml", ".yaml", ".json"]).map_err(|e| format!("{}: {e}", a.display()))?;
        out.extend(files.into_iter().map(|(p, _)| p));
    }
    Ok(out)
}

/// The path of `p` relative to the current directory, for messages.
pub fn display_path(p: &Path) -> String {
    match std::env::current_dir() {
        Ok(cwd) => relative(&cwd, p),
        Err(_) => p.display().to_string(),
    }
}

/// Coverage of one locale's pages, as `extract --summary` prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Coverage {
    pub pages: usize,
    /// Table rows.
    pub rows: usize,
    /// Texts in label positions that a known wording matched.
    pub recognized: usize,
    /// Texts recognized by similarity only.
    pub fuzzy: usize,
    /// Rows and paragraphs no label matched.
    pub unrecognized: usize,
    /// Page generations (`zone_pivot_groups`) and how many pages each.
    pub generations: std::collections::BTreeMap<String, usize>,
}

impl Coverage {
    /// Add the counts of `other` (the coverage of other pages).
    pub fn merge(&mut self, other: &Coverage) {
        self.pages += other.pages;
        self.rows += other.rows;
        self.recognized += other.recognized;
        self.fuzzy += other.fuzzy;
        self.unrecognized += other.unrecognized;
        for (g, n) in &other.generations {
            *self.generations.entry(g.clone()).or_default() += n;
        }
    }

    /// Count one record.
    pub fn add(&mut self, rec: &Record) {
        self.pages += 1;
        let generation = rec
            .generation
            .clone()
            .unwrap_or_else(|| "(none)".to_string());
        *self.generations.entry(generation).or_default() += 1;
        let mut labels = Vec::new();
        for f in &rec.front_matter {
            if let Some(l) = &f.label {
                labels.push(l.clone());
            }
        }
        let mut blocks = rec.blocks.clone();
        crate::read::for_each_label(&mut blocks, &mut |l| labels.push(l.clone()));
        for b in rec.walk() {
            if let crate::record::Block::Table(t) = b {
                self.rows += t.rows.len();
            }
        }
        for l in &labels {
            if l.published.fuzzy {
                self.fuzzy += 1;
            } else {
                self.recognized += 1;
            }
        }
        self.unrecognized += rec.unrecognized().len();
    }
}
