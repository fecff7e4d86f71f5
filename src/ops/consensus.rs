//! Consensus over a folder of locale folders: finding the locale folders,
//! reading every copy of every page in parallel into evidence, reading the
//! pins file, and `build` from the decisions (each output locale written
//! once per page, from the page's consensus record).

use super::{
    for_each_page, page_error, reading_diagnostics, BuildConfig, BuildSummary, Error, PageFile,
    Run, PAGE_FILES,
};
use crate::catalog::Catalogs;
use crate::consensus::apply::consensus_record;
use crate::consensus::pins::{PinProblem, Pins};
use crate::consensus::{decide, gather, Consensus, Corpus, NameRules, Rules, Status};
use crate::diag::{Diagnostic, Severity};
use crate::fsio::{walk_checked, OutputDir, OutputLock};
use crate::read::read_page;
use crate::record::Record;
use crate::render::{render, Mode};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use unic_langid::LanguageIdentifier;

/// The file of pins, in the catalog directory.
pub const PINS_FILE: &str = "consensus.yml";

/// The file of what consensus reads of names, in the catalog directory.
pub const NAMES_FILE: &str = "names.yml";

/// The rules of `locales_dir/names.yml`; none when there is no such file.
/// The error names the file.
pub fn read_name_rules(locales_dir: &Path) -> Result<NameRules, String> {
    let path = locales_dir.join(NAMES_FILE);
    match std::fs::read_to_string(&path) {
        Ok(src) => NameRules::parse(&src).map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(NameRules::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Whether a folder name is a locale: a language and a region
/// (`fr-FR`), as `ms.contentlocale` writes them. (A bare language would
/// take product folders such as `teams` or `word` for locales.)
pub fn is_locale_name(name: &str) -> bool {
    name.parse::<LanguageIdentifier>()
        .is_ok_and(|l| l.region.is_some() && l.to_string().as_str() == name)
}

/// The locale folders of `dir`, sorted by name, when every folder in it
/// is named as a locale (files beside them are allowed); `None` for a
/// folder of pages.
pub fn locale_folders(dir: &Path) -> Option<Vec<(String, PathBuf)>> {
    let entries = std::fs::read_dir(dir).ok()?;
    let mut out = Vec::new();
    for e in entries.flatten() {
        let path = e.path();
        if !path.is_dir() {
            continue;
        }
        let name = e.file_name().to_str()?.to_string();
        if !is_locale_name(&name) {
            return None;
        }
        out.push((name, path));
    }
    out.sort();
    (!out.is_empty()).then_some(out)
}

/// Every copy of every page of a folder of locale folders, as evidence,
/// and where each copy is.
pub struct Gathered {
    pub corpus: Corpus,
    /// By page: each copy's locale and file, in locale order.
    pub files: BTreeMap<String, Vec<(String, PathBuf)>>,
    /// Copies that could not be read; files outside the locale folders.
    pub diagnostics: Vec<Diagnostic>,
}

/// The folders of locale folders `dirs` name (one such folder, or
/// several locale folders named one by one).
pub fn locale_inputs(dirs: &[PathBuf]) -> Option<Vec<(String, PathBuf)>> {
    match dirs {
        [one] => locale_folders(one),
        many => {
            let mut out = Vec::new();
            for d in many {
                let name = d.file_name()?.to_str()?.to_string();
                if !is_locale_name(&name) || !d.is_dir() {
                    return None;
                }
                out.push((name, d.clone()));
            }
            out.sort();
            out.dedup_by(|a, b| a.0 == b.0);
            (out.len() == many.len()).then_some(out)
        }
    }
}

/// Read every copy of every page of the locale folders, in parallel on
/// `run`, into evidence.
pub fn gather_locales(
    folders: &[(String, PathBuf)],
    cats: &Catalogs,
    rules: &Rules,
    run: &Run,
    diagnostics_root: Option<&Path>,
) -> Result<Gathered, Error> {
    let mut all: Vec<PageFile> = Vec::new();
    let mut diagnostics = Vec::new();
    if let Some(root) = diagnostics_root {
        if let Ok(entries) = std::fs::read_dir(root) {
            let mut stray: Vec<PathBuf> = entries
                .flatten()
                .map(|e| e.path())
                .filter(|p| {
                    p.is_file() && PAGE_FILES.iter().any(|x| p.to_string_lossy().ends_with(x))
                })
                .collect();
            stray.sort();
            for p in stray {
                diagnostics.push(Diagnostic::new(
                    Severity::Note,
                    &p,
                    1,
                    1,
                    "not in a locale folder: not read".to_string(),
                ));
            }
        }
    }
    for (locale, dir) in folders {
        let walked = walk_checked(dir, &PAGE_FILES).map_err(|source| Error::Walk {
            path: dir.clone(),
            source,
        })?;
        diagnostics.extend(
            walked
                .refused
                .iter()
                .map(|(path, why)| Diagnostic::new(Severity::Error, path, 1, 1, why.clone())),
        );
        all.extend(walked.files.into_iter().map(|(path, rel)| PageFile {
            path,
            rel: format!("{locale}/{rel}"),
        }));
    }
    let mut corpus = Corpus {
        locales: folders.iter().map(|(l, _)| l.clone()).collect(),
        pages: BTreeMap::new(),
    };
    let mut files: BTreeMap<String, Vec<(String, PathBuf)>> = BTreeMap::new();
    let split = |rel: &str| -> (String, String) {
        let (l, p) = rel.split_once('/').unwrap_or(("", rel));
        (l.to_string(), p.to_string())
    };
    let _ = for_each_page(
        &all,
        run,
        |file| {
            let (locale, page) = split(&file.rel);
            let bytes = std::fs::read(&file.path).map_err(|e| {
                Diagnostic::new(
                    Severity::Error,
                    &file.path,
                    1,
                    1,
                    format!("cannot read: {e}"),
                )
            })?;
            let reading = read_page(&page, &bytes, cats).map_err(|e| page_error(&file.path, e))?;
            Ok::<_, Diagnostic>(gather(reading.record, &locale, rules))
        },
        |file, copy| {
            let (locale, page) = split(&file.rel);
            match copy {
                Ok(c) => {
                    corpus.pages.entry(page.clone()).or_default().push(c);
                    files
                        .entry(page)
                        .or_default()
                        .push((locale, file.path.clone()));
                }
                Err(d) => diagnostics.push(d),
            }
            Ok::<(), ()>(())
        },
    );
    // Copies come in locale order within each locale's walk; pages of one
    // locale come before the next's, so each page's copies are in locale
    // order already.
    Ok(Gathered {
        corpus,
        files,
        diagnostics,
    })
}

/// The pins of `locales_dir/consensus.yml`; none when there is no such
/// file. The error names the file.
pub fn read_pins(locales_dir: &Path) -> Result<(PathBuf, Pins), String> {
    let path = locales_dir.join(PINS_FILE);
    match std::fs::read_to_string(&path) {
        Ok(src) => Pins::parse(&src)
            .map(|p| (path.clone(), p))
            .map_err(|e| format!("{}: {e}", path.display())),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((path, Pins::default())),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

/// Decisions with what there is to say about them as diagnostics: pins
/// with problems (at their line), pages some locales do not hold, notes.
pub fn consensus_diagnostics(
    c: &Consensus,
    pins_path: &Path,
    files: &BTreeMap<String, Vec<(String, PathBuf)>>,
) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    for f in &c.pin_findings {
        let severity = match f.problem {
            PinProblem::Unused | PinProblem::NoPage => Severity::Warning,
            PinProblem::NoFact => Severity::Error,
        };
        out.push(Diagnostic::new(
            severity,
            pins_path,
            f.line,
            1,
            f.message.clone(),
        ));
    }
    for n in &c.notes {
        out.push(Diagnostic::new(
            Severity::Warning,
            Path::new(n.locale.as_deref().unwrap_or("")),
            1,
            1,
            n.message.clone(),
        ));
    }
    for pc in &c.pages {
        let at = files
            .get(&pc.page)
            .and_then(|f| f.iter().find(|(l, _)| *l == pc.primary))
            .map(|(_, p)| p.clone())
            .unwrap_or_else(|| PathBuf::from(&pc.page));
        if !pc.missing.is_empty() {
            out.push(Diagnostic::new(
                Severity::Note,
                &at,
                1,
                1,
                format!(
                    "published in {} only: not in {}",
                    pc.locales.join(", "),
                    pc.missing.join(", ")
                ),
            ));
        }
        for n in &pc.notes {
            out.push(Diagnostic::new(
                Severity::Warning,
                &at,
                1,
                1,
                n.message.clone(),
            ));
        }
        for d in &pc.decisions {
            if matches!(d.status, Status::Unsettled | Status::Guessed)
                && d.kind == crate::consensus::FactKind::Name
            {
                let shown: Vec<String> = d
                    .candidates
                    .iter()
                    .map(|c| format!("{} `{}`", c.locales.join("/"), c.value))
                    .collect();
                out.push(Diagnostic::new(
                    Severity::Warning,
                    &at,
                    1,
                    1,
                    format!(
                        "{}: {} ({}){}",
                        d.fact,
                        match &d.value {
                            Some(v) =>
                                format!("no evidence settles it; `{v}` is guessed from the anchor"),
                            None => "no evidence settles it; each locale keeps its own".to_string(),
                        },
                        shown.join(", "),
                        match d.status {
                            Status::Guessed => "; pin it in locales/consensus.yml",
                            _ => "",
                        }
                    ),
                ));
            }
        }
    }
    out
}

/// Decide every page of the locale folders with the pins of the catalog
/// directory.
pub fn consensus_of(
    folders: &[(String, PathBuf)],
    root: Option<&Path>,
    cats: &Catalogs,
    run: &Run,
) -> Result<(Consensus, Gathered, Rules, PathBuf), String> {
    let rules = Rules::new(cats, &read_name_rules(&cats.dir)?);
    let (pins_path, pins) = read_pins(&cats.dir)?;
    let gathered = gather_locales(folders, cats, &rules, run, root).map_err(|e| e.to_string())?;
    let consensus = decide(&gathered.corpus, &rules, &pins);
    Ok((consensus, gathered, rules, pins_path))
}

/// `build` over a folder of locale folders: every page decided from all
/// its copies, and written once per output locale from its consensus
/// record, with the free text of that locale's own copy.
pub fn build_consensus(
    cfg: &BuildConfig,
    folders: &[(String, PathBuf)],
    cats: &Catalogs,
    run: &Run,
) -> Result<BuildSummary, Error> {
    let (consensus, gathered, rules, pins_path) =
        consensus_of(folders, Some(&cfg.pages), cats, run).map_err(Error::Input)?;
    let _lock = OutputLock::acquire(&cfg.out).map_err(Error::Output)?;
    let out = OutputDir::open(&cfg.out).map_err(Error::Output)?;
    crate::fsio::remove_stale_temporaries(&cfg.out).map_err(|source| Error::StaleTemporaries {
        path: cfg.out.clone(),
        source,
    })?;
    let mut summary = BuildSummary {
        pages: consensus.pages.len(),
        fallbacks: cfg.locales.iter().map(|l| (l.clone(), 0)).collect(),
        ..Default::default()
    };
    summary
        .diagnostics
        .extend(gathered.diagnostics.iter().cloned());
    summary.diagnostics.extend(consensus_diagnostics(
        &consensus,
        &pins_path,
        &gathered.files,
    ));
    let pages: Vec<PageFile> = consensus
        .pages
        .iter()
        .map(|pc| {
            let path = gathered.files[&pc.page]
                .iter()
                .find(|(l, _)| *l == pc.primary)
                .map(|(_, p)| p.clone())
                .unwrap_or_default();
            PageFile {
                path,
                rel: pc.page.clone(),
            }
        })
        .collect();
    let by_page: BTreeMap<&str, usize> = consensus
        .pages
        .iter()
        .enumerate()
        .map(|(i, p)| (p.page.as_str(), i))
        .collect();
    let _stopped = for_each_page(
        &pages,
        run,
        |page| {
            let pc = &consensus.pages[by_page[page.rel.as_str()]];
            build_one(cfg, cats, &rules, pc, &gathered.files[&pc.page], page, &out)
        },
        |_, built| {
            for (total, n) in summary.fallbacks.iter_mut().zip(&built.fallbacks) {
                total.1 += n;
            }
            summary.written += built.written;
            summary.unchanged += built.unchanged;
            summary.diagnostics.extend(built.diagnostics);
            if built.stop {
                Err(())
            } else {
                Ok(())
            }
        },
    );
    Ok(summary)
}

/// What building one page did.
struct Built {
    fallbacks: Vec<usize>,
    written: usize,
    unchanged: usize,
    diagnostics: Vec<Diagnostic>,
    stop: bool,
}

fn read_copy(path: &Path, page: &str, cats: &Catalogs) -> Result<crate::read::Reading, Diagnostic> {
    let bytes = std::fs::read(path)
        .map_err(|e| Diagnostic::new(Severity::Error, path, 1, 1, format!("cannot read: {e}")))?;
    read_page(page, &bytes, cats).map_err(|e| page_error(path, e))
}

#[allow(clippy::too_many_arguments)]
fn build_one(
    cfg: &BuildConfig,
    cats: &Catalogs,
    rules: &Rules,
    pc: &crate::consensus::PageConsensus,
    files: &[(String, PathBuf)],
    page: &PageFile,
    out: &OutputDir,
) -> Built {
    let mut built = Built {
        fallbacks: vec![0; cfg.locales.len()],
        written: 0,
        unchanged: 0,
        diagnostics: Vec::new(),
        stop: false,
    };
    let primary = match read_copy(&page.path, &pc.page, cats) {
        Ok(r) => r,
        Err(d) => {
            built.diagnostics.push(d);
            return built;
        }
    };
    built
        .diagnostics
        .extend(reading_diagnostics(&page.path, &primary));
    let mut outputs: Vec<(usize, String)> = Vec::with_capacity(cfg.locales.len());
    for (li, locale) in cfg.locales.iter().enumerate() {
        let own: Option<Record> = match files.iter().find(|(l, _)| l == locale.as_str()) {
            // The primary copy is the base already.
            Some((l, _)) if *l == pc.primary => None,
            Some((_, path)) => match read_copy(path, &pc.page, cats) {
                Ok(r) => Some(r.record),
                Err(d) => {
                    built.diagnostics.push(d);
                    None
                }
            },
            None => None,
        };
        let record = consensus_record(pc, primary.record.clone(), own, rules);
        match render(&record, cats, locale, Mode::Canonical) {
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
                    return built;
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
                return built;
            }
        }
    }
    for (li, text) in outputs {
        let locale = &cfg.locales[li];
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
    built
}
