//! The `check` and `sign-off` commands at the edge: their arguments, the
//! files they read (catalogs, lock files, policy, pages, generated pages) and
//! write (lock files), and the exit status. The checking itself is in the
//! pure core ([`super::check`]).

use super::catalog::sign_off;
use super::lock::{Lock, LOCK_FILE};
use super::policy::{FailOn, Policy, POLICY_FILE};
use super::report::{self, Format};
use super::{Code, Finding, Input, LockSource, PageSource};
use crate::catalog::Catalogs;
use crate::cli::Status;
use crate::ops::{collect_pages, display_path};
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

/// Default directory of the source pages.
pub const DEFAULT_PAGES: &str = "source-pages";

/// When to color the text report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

/// `check` as the command line gives it.
#[derive(Debug, Clone, clap::Args)]
pub struct CheckArgs {
    /// Source pages to check [default: source-pages, skipped with a note if absent].
    #[arg(long)]
    pub pages: Option<PathBuf>,
    /// Locales to check (repeatable) [default: every catalog locale].
    #[arg(long = "locale")]
    pub locale: Vec<String>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: Format,
    /// The least severe finding that fails the check [default: from check.yml, else error].
    #[arg(long, value_enum)]
    pub fail_on: Option<FailOn>,
    /// Also check that the generated pages under this directory are what `build` would write.
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Color the text report.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorWhen,
}

/// `sign-off` as the command line gives it.
#[derive(Debug, Clone, clap::Args)]
pub struct SignOffArgs {
    /// The locale whose translations were reviewed.
    pub locale: String,
    /// Keys to sign off [default: every key the locale and the reference share].
    pub keys: Vec<String>,
    /// Mark the keys as intentionally identical to the reference (names, "ID").
    #[arg(long)]
    pub identical: bool,
}

/// What the core sees: validated, resolved.
struct Config {
    locales: Vec<String>,
    pages: Option<PathBuf>,
    out: Option<PathBuf>,
    format: Format,
    color: bool,
    policy: Policy,
}

fn fail(err: &mut dyn Write, message: impl std::fmt::Display) -> io::Result<Status> {
    writeln!(err, "error: {message}")?;
    Ok(2)
}

/// Load the catalogs, with a clear error when the directory is missing.
pub fn load(
    dir: &Path,
    reference: &str,
) -> Result<(Catalogs, Vec<crate::diag::Diagnostic>), String> {
    if !dir.is_dir() {
        return Err(format!("{}: no such catalog directory", dir.display()));
    }
    Catalogs::load(dir, reference).map_err(|e| e.to_string())
}

/// Run `check`.
pub fn check(
    locales_dir: &Path,
    reference: &str,
    args: &CheckArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let (cats, diags) = match load(locales_dir, reference) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    let cfg = match configure(locales_dir, &cats, args, err)? {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    let mut report = match gather(
        locales_dir,
        &cats,
        &diags,
        &cfg.locales,
        cfg.pages.as_deref(),
        cfg.out.as_deref(),
    ) {
        Ok(r) => r,
        Err(e) => return fail(err, e),
    };
    for f in report.findings.iter_mut() {
        f.path = PathBuf::from(display_path(&f.path));
    }
    super::sort(&mut report.findings);
    let failed = report.findings.iter().any(|f| cfg.policy.fails(f));
    report::write(out, cfg.format, &report, failed, cfg.color)?;
    Ok(if failed { 1 } else { 0 })
}

/// Read what a check looks at (lock files, pages, generated pages) and run
/// it. Errors are I/O errors that stop the run; content problems are
/// findings.
pub fn gather(
    locales_dir: &Path,
    cats: &Catalogs,
    diags: &[crate::diag::Diagnostic],
    locales: &[String],
    pages: Option<&Path>,
    out: Option<&Path>,
) -> Result<super::Report, String> {
    let mut locks = BTreeMap::new();
    for l in cats.locale_names() {
        if l == cats.reference {
            continue;
        }
        let path = locales_dir.join(&l).join(LOCK_FILE);
        let text = match std::fs::read(&path) {
            Ok(b) => match String::from_utf8(b) {
                Ok(t) => Some(t),
                Err(_) => return Err(format!("{}: not UTF-8 text", path.display())),
            },
            Err(e) if e.kind() == io::ErrorKind::NotFound => None,
            Err(e) => return Err(format!("{}: {e}", path.display())),
        };
        locks.insert(l, LockSource { path, text });
    }
    let mut extra = Vec::new();
    let pages = match pages {
        Some(dir) => Some(read_pages(dir, &mut extra)?),
        None => None,
    };
    let read_output = |locale: &str, rel: &str| -> Result<Option<Vec<u8>>, String> {
        let Some(dir) = out else { return Ok(None) };
        let path = crate::fsio::safe_join(&dir.join(locale), rel)?;
        match std::fs::read(&path) {
            Ok(b) => Ok(Some(b)),
            Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(e.to_string()),
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
    super::sort(&mut report.findings);
    Ok(report)
}

/// Validate the arguments against the catalogs and the file system.
fn configure(
    locales_dir: &Path,
    cats: &Catalogs,
    args: &CheckArgs,
    err: &mut dyn Write,
) -> io::Result<Result<Config, String>> {
    let names = cats.locale_names();
    for l in &args.locale {
        if !names.contains(l) {
            return Ok(Err(format!(
                "unknown locale `{l}`: no catalog in {} (catalogs: {})",
                locales_dir.display(),
                names.join(", ")
            )));
        }
    }
    let mut locales = if args.locale.is_empty() {
        names
    } else {
        args.locale.clone()
    };
    locales.sort();
    locales.dedup();
    let policy_path = locales_dir.join(POLICY_FILE);
    let policy = match std::fs::read_to_string(&policy_path) {
        Ok(src) => match Policy::parse(&src, args.fail_on) {
            Ok(p) => p,
            Err(e) => return Ok(Err(format!("{}: {e}", policy_path.display()))),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Policy {
            default: args.fail_on.unwrap_or(FailOn::Error),
            ..Policy::default()
        },
        Err(e) => return Ok(Err(format!("{}: {e}", policy_path.display()))),
    };
    let pages = match &args.pages {
        Some(p) if !p.exists() => {
            return Ok(Err(format!("{}: no such pages directory", p.display())))
        }
        Some(p) => Some(p.clone()),
        None if Path::new(DEFAULT_PAGES).is_dir() => Some(PathBuf::from(DEFAULT_PAGES)),
        None => {
            writeln!(
                err,
                "note: no `{DEFAULT_PAGES}` directory: page checks skipped"
            )?;
            None
        }
    };
    if args.out.is_some() && pages.is_none() {
        return Ok(Err(
            "--out needs the source pages (--pages) to know what `build` would write".to_string(),
        ));
    }
    let color = args.format == Format::Text
        && match args.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
            }
        };
    Ok(Ok(Config {
        locales,
        pages,
        out: args.out.clone(),
        format: args.format,
        color,
        policy,
    }))
}

/// Every page under `dir`; a page that cannot be read is a finding.
fn read_pages(dir: &Path, extra: &mut Vec<Finding>) -> Result<Vec<PageSource>, String> {
    let mut out = Vec::new();
    for p in collect_pages(&[dir.to_path_buf()])? {
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

/// Run `sign-off`: record the current reference text of the keys in the
/// locale's lock file, written atomically.
pub fn sign_off_command(
    locales_dir: &Path,
    reference: &str,
    args: &SignOffArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let (cats, diags) = match load(locales_dir, reference) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    for d in &diags {
        writeln!(err, "{d}")?;
    }
    let path = locales_dir.join(&args.locale).join(LOCK_FILE);
    let old = match std::fs::read(&path) {
        Ok(b) => {
            let Ok(text) = String::from_utf8(b) else {
                return fail(err, format!("{}: not UTF-8 text", path.display()));
            };
            let (lock, errors) = Lock::parse(&text);
            if let Some(e) = errors.first() {
                return fail(
                    err,
                    format!(
                        "{}:{}: {} (fix the lock file before signing off)",
                        path.display(),
                        e.line,
                        e.message
                    ),
                );
            }
            lock
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Lock::default(),
        Err(e) => return fail(err, format!("{}: {e}", path.display())),
    };
    let (lock, summary) = match sign_off(&cats, &args.locale, &args.keys, args.identical, &old) {
        Ok(r) => r,
        Err(e) => return fail(err, e),
    };
    let text = lock.serialize(&args.locale, &cats.reference);
    if let Err(e) = crate::fsio::write_if_changed(&path, text.as_bytes()) {
        return fail(err, format!("{}: cannot write: {e}", path.display()));
    }
    writeln!(
        out,
        "{}: signed off {} key(s), {} marked identical, {} entr{} removed: {}",
        args.locale,
        summary.signed,
        summary.identical,
        summary.removed,
        if summary.removed == 1 { "y" } else { "ies" },
        display_path(&path)
    )?;
    Ok(0)
}
