//! The commands over files and directories: `extract`, `render`, `build`,
//! `verify`. Each returns what it found; the binary prints it. One page that
//! fails is reported with its file and line, and the others go on.

use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{relative, safe_join, walk, walk_checked, write_under, OutputLock};
use crate::read::{read_page, PageError, Reading};
use crate::record::Record;
use crate::render::{render, Mode};
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

/// Regenerate every page in every locale under `out/<locale>/`.
///
/// The output directory is locked for the whole run ([`OutputLock`]: a
/// second build waits), and temporary files that killed builds left there
/// are removed first. A page that cannot be read is reported and the others
/// go on; a file that cannot be written stops the writing, since the next
/// file would most likely fail the same way (a read-only or full disk), and
/// files already there stay as they were.
pub fn build(cfg: &BuildConfig, cats: &Catalogs) -> Result<BuildSummary, String> {
    let walked = walk_checked(&cfg.pages, &PAGE_FILES)
        .map_err(|e| format!("{}: {e}", cfg.pages.display()))?;
    let _lock = OutputLock::acquire(&cfg.out)?;
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
    'pages: for page in &pages {
        let reading = match read_file(page, cats) {
            Ok(r) => r,
            Err(d) => {
                summary.diagnostics.push(d);
                continue;
            }
        };
        summary
            .diagnostics
            .extend(reading_diagnostics(&page.path, &reading));
        // Render every locale first: a page is written in all locales or none.
        let mut outputs = Vec::new();
        let mut ok = true;
        for (li, locale) in cfg.locales.iter().enumerate() {
            match render(&reading.record, cats, locale, Mode::Canonical) {
                Ok(r) => {
                    if cfg.strict && !r.fallbacks.is_empty() {
                        summary.diagnostics.push(Diagnostic::new(
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
                    summary.fallbacks[li].1 += r.fallbacks.len();
                    outputs.push((locale, r.text));
                }
                Err(e) => {
                    summary.diagnostics.push(Diagnostic::new(
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
            continue;
        }
        for (locale, text) in outputs {
            match write_under(&cfg.out, &format!("{locale}/{}", page.rel), text.as_bytes()) {
                Ok((_, true)) => summary.written += 1,
                Ok((_, false)) => summary.unchanged += 1,
                Err(e) => {
                    summary.diagnostics.push(Diagnostic::new(
                        Severity::Error,
                        &page.path,
                        1,
                        1,
                        format!("{e}; stopping, files not yet written are left as they were"),
                    ));
                    break 'pages;
                }
            }
        }
    }
    Ok(summary)
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
    serde_yaml::from_str(src).map_err(|e| match e.location() {
        Some(l) => format!("{}:{}: {e}", l.line(), l.column()),
        None => e.to_string(),
    })
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

/// Where `extract --out` writes a page's record: its relative path with the
/// extension replaced.
pub fn record_path(out: &Path, rel: &str, ext: &str) -> Result<PathBuf, String> {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    safe_join(out, &format!("{stem}.{ext}"))
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
