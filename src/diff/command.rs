//! The `diff` and `import` commands at the edge: their arguments, the files
//! they read (catalogs, lock files, git history, pages, XLIFF) and write
//! (catalogs and lock files, atomically, all validated before any is
//! written), and the exit status: 0 nothing to look at, 1 something to look
//! at, 2 usage or input error.

use super::pages::{compare_pages, PageInput};
use super::report::{self, Look};
use super::since::{since, Since};
use super::{defs, defs_of, side_by_side, Def, Filter, Row, Sides, State};
use crate::catalog::Catalogs;
use crate::check::command::ColorWhen;
use crate::check::lock::{Lock, LOCK_FILE};
use crate::cli::Status;
use std::collections::BTreeMap;
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum DiffFormat {
    Text,
    Json,
    /// An XLIFF 2.1 worklist for a translation tool (`import` reads it back).
    Xliff,
}

/// `diff` as the command line gives it.
#[derive(Debug, Clone, clap::Args)]
pub struct DiffArgs {
    /// The locale to look at.
    #[arg(required_unless_present = "pages")]
    pub locale: Option<String>,
    /// Compare with this locale instead of the reference.
    #[arg(long, value_name = "LOCALE_B")]
    pub against: Option<String>,
    /// Show only keys in these states (comma-separated).
    #[arg(long, value_enum, value_delimiter = ',')]
    pub only: Vec<State>,
    /// Show only keys matching this pattern (`security-*`; repeatable).
    #[arg(long = "key", value_name = "PATTERN")]
    pub key: Vec<String>,
    /// What changed in the catalogs between this git revision and the working tree.
    #[arg(long, value_name = "GIT-REV", conflicts_with = "stale")]
    pub since: Option<String>,
    /// Every stale translation with the reference text it was translated from.
    #[arg(long)]
    pub stale: bool,
    /// Compare two versions of a page, or of a directory of pages, by their answers.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with_all = ["locale", "against", "since", "stale", "only", "key"])]
    pub pages: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    pub format: DiffFormat,
    /// Color the text report.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorWhen,
    /// Lay the text report out in two columns for this width [default: the terminal's, if any].
    #[arg(long)]
    pub width: Option<usize>,
}

/// `import` as the command line gives it.
#[derive(Debug, Clone, clap::Args)]
pub struct ImportArgs {
    /// An XLIFF 2.1 file exported by `diff --format xliff` and translated.
    pub file: PathBuf,
    /// Check the file and show what would change, but write nothing.
    #[arg(long)]
    pub dry_run: bool,
}

/// A path for messages: relative to the current directory when it is
/// under it, else as given.
fn display_path(p: &Path) -> String {
    match std::env::current_dir() {
        Ok(cwd) if !p.is_absolute() || p.starts_with(&cwd) => crate::ops::display_path(p),
        _ => p.display().to_string(),
    }
}

fn fail(err: &mut dyn Write, message: impl std::fmt::Display) -> io::Result<Status> {
    writeln!(err, "error: {message}")?;
    Ok(2)
}

fn look(args: &DiffArgs) -> Look {
    let color = args.format == DiffFormat::Text
        && match args.color {
            ColorWhen::Always => true,
            ColorWhen::Never => false,
            ColorWhen::Auto => {
                anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
            }
        };
    let width = args.width.or_else(|| {
        if io::stdout().is_terminal() {
            terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
        } else {
            None
        }
    });
    Look { color, width }
}

/// A locale's lock file; lines that cannot be read are reported and skipped.
pub fn read_lock(locales_dir: &Path, locale: &str, err: &mut dyn Write) -> Result<Lock, String> {
    let path = locales_dir.join(locale).join(LOCK_FILE);
    match std::fs::read(&path) {
        Ok(b) => {
            let text =
                String::from_utf8(b).map_err(|_| format!("{}: not UTF-8 text", path.display()))?;
            let (lock, errors) = Lock::parse(&text);
            for e in errors {
                let _ = writeln!(
                    err,
                    "{}:{}: warning: {} (line ignored)",
                    display_path(&path),
                    e.line,
                    e.message
                );
            }
            Ok(lock)
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(Lock::default()),
        Err(e) => Err(format!("{}: {e}", path.display())),
    }
}

fn load(locales_dir: &Path, reference: &str, err: &mut dyn Write) -> Result<Catalogs, String> {
    let (cats, diags) = crate::check::command::load(locales_dir, reference)?;
    for d in &diags {
        let _ = writeln!(err, "{d}");
    }
    Ok(cats)
}

fn unknown_locale(cats: &Catalogs, dir: &Path, l: &str) -> String {
    format!(
        "unknown locale `{l}`: no catalog in {} (catalogs: {})",
        dir.display(),
        cats.locale_names().join(", ")
    )
}

/// Run `diff`.
pub fn diff(
    locales_dir: &Path,
    reference: &str,
    args: &DiffArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let look = look(args);
    let cats = match load(locales_dir, reference, err) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    if !args.pages.is_empty() {
        return pages(&cats, args, look, out, err);
    }
    let Some(locale) = args.locale.as_deref() else {
        return fail(err, "name a locale, or --pages OLD NEW");
    };
    for l in std::iter::once(locale).chain(args.against.as_deref()) {
        if cats.locale(l).is_none() {
            return fail(err, unknown_locale(&cats, locales_dir, l));
        }
    }
    if locale == cats.reference && args.since.is_none() {
        return fail(
            err,
            format!("{locale} is the reference locale: name a translated locale"),
        );
    }
    let against = args.against.as_deref().unwrap_or(&cats.reference);
    let lock = match read_lock(locales_dir, locale, err) {
        Ok(l) => l,
        Err(e) => return fail(err, e),
    };
    let ref_defs = defs(cats.locale(&cats.reference).expect("checked by load"));
    let loc_defs = defs(cats.locale(locale).expect("checked above"));
    let against_defs = defs(cats.locale(against).expect("checked above"));
    let all = side_by_side(&Sides {
        reference: &ref_defs,
        against: &against_defs,
        against_is_reference: against == cats.reference,
        locale: &loc_defs,
        lock: &lock,
    });
    let mut filter = Filter {
        only: args.only.clone(),
        keys: args.key.clone(),
    };
    if let Some(rev) = &args.since {
        return since_cmd(
            locales_dir,
            &cats,
            locale,
            rev,
            &all,
            &ref_defs,
            &loc_defs,
            &filter,
            args,
            look,
            out,
            err,
        );
    }
    if args.format == DiffFormat::Xliff && filter.only.is_empty() {
        filter.only = vec![State::Missing, State::Untranslated, State::Stale];
    }
    if args.stale {
        filter.only = vec![State::Stale];
    }
    let rows: Vec<Row> = all
        .into_iter()
        .filter(|r| filter.keeps(&r.key, r.state))
        .collect();
    let work = rows.iter().any(|r| r.state != State::Translated);
    match args.format {
        DiffFormat::Text if args.stale => {
            report::stale_text(out, look, locale, &cats.reference, &rows)?
        }
        DiffFormat::Text => report::side_by_side_text(out, look, locale, against, &rows)?,
        DiffFormat::Json => report::json(
            out,
            if args.stale { "stale" } else { "side-by-side" },
            &report::rows_doc(locale, against, &cats.reference, &rows),
        )?,
        DiffFormat::Xliff => {
            let doc = super::xliff::export(&cats.reference, locale, &rows, &ref_defs, &loc_defs);
            out.write_all(doc.as_bytes())?;
        }
    }
    Ok(if work { 1 } else { 0 })
}

/// Parse the catalogs read from git, by locale.
fn defs_at(sources: &BTreeMap<String, String>, locale: &str) -> BTreeMap<String, Def> {
    let prefix = format!("{locale}/");
    let parsed: Vec<(String, String, fluent_syntax::ast::Resource<String>)> = sources
        .iter()
        .filter_map(|(rel, src)| {
            let r = rel.strip_prefix(&prefix)?;
            let ast = match fluent_syntax::parser::parse(src.clone()) {
                Ok(a) | Err((a, _)) => a,
            };
            Some((r.to_string(), src.clone(), ast))
        })
        .collect();
    defs_of(parsed.iter().map(|(r, s, a)| (r.as_str(), s.as_str(), a)))
}

#[allow(clippy::too_many_arguments)]
fn since_cmd(
    locales_dir: &Path,
    cats: &Catalogs,
    locale: &str,
    rev: &str,
    rows: &[Row],
    ref_now: &BTreeMap<String, Def>,
    loc_now: &BTreeMap<String, Def>,
    filter: &Filter,
    args: &DiffArgs,
    look: Look,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    if args.format == DiffFormat::Xliff {
        return fail(
            err,
            "--since has no XLIFF form: export a worklist with --only",
        );
    }
    let sources = match super::git::catalogs_at(locales_dir, rev) {
        Ok(s) => s,
        Err(e) => return fail(err, e),
    };
    let ref_then = defs_at(&sources, &cats.reference);
    let loc_then = defs_at(&sources, locale);
    let states: BTreeMap<String, State> = rows.iter().map(|r| (r.key.clone(), r.state)).collect();
    let changes = since(
        &Since {
            reference_then: &ref_then,
            reference_now: ref_now,
            locale_then: &loc_then,
            locale_now: loc_now,
            states: &states,
        },
        filter,
    );
    match args.format {
        DiffFormat::Json => report::json(
            out,
            "since",
            &serde_json::json!({
                "locale": locale,
                "reference": cats.reference,
                "since": rev,
                "changes": changes,
            }),
        )?,
        _ => report::since_text(out, look, locale, &cats.reference, rev, &changes)?,
    }
    Ok(if changes.is_empty() { 0 } else { 1 })
}

fn page_inputs(path: &Path) -> Result<Vec<PageInput>, String> {
    if !path.exists() {
        return Err(format!("{}: no such page or directory", path.display()));
    }
    if path.is_file() && !path.to_string_lossy().ends_with(".md") {
        return Err(format!(
            "{}: not a page (expected a .md file)",
            path.display()
        ));
    }
    let files = crate::ops::collect_pages(&[path.to_path_buf()])?;
    let mut out = Vec::new();
    for f in files {
        if !f.rel.ends_with(".md") {
            continue;
        }
        let bytes = std::fs::read(&f.path).map_err(|e| format!("{}: {e}", f.path.display()))?;
        out.push(PageInput {
            rel: f.rel,
            shown: display_path(&f.path),
            bytes,
        });
    }
    if out.is_empty() {
        return Err(format!("{}: no pages (.md files) here", path.display()));
    }
    Ok(out)
}

fn pages(
    cats: &Catalogs,
    args: &DiffArgs,
    look: Look,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let [old, new] = args.pages.as_slice() else {
        return fail(err, "--pages takes two paths: OLD NEW");
    };
    if args.format == DiffFormat::Xliff {
        return fail(err, "--pages has no XLIFF form: use text or json");
    }
    for p in [old, new] {
        if !p.exists() {
            return fail(err, format!("{}: no such page or directory", p.display()));
        }
    }
    if old.is_dir() != new.is_dir() {
        return fail(
            err,
            format!(
                "{} and {}: compare a page with a page, or a directory with a directory",
                old.display(),
                new.display()
            ),
        );
    }
    let (a, b) = match (page_inputs(old), page_inputs(new)) {
        (Ok(a), Ok(b)) => (a, b),
        (Err(e), _) | (_, Err(e)) => return fail(err, e),
    };
    let (d, failures) = compare_pages(&a, &b, old.is_file(), cats);
    for f in &failures {
        writeln!(
            err,
            "{}:{}: error: not a readable page: {}",
            f.shown, f.line, f.message
        )?;
    }
    match args.format {
        DiffFormat::Json => report::json(out, "pages", &d)?,
        _ => report::pages_text(out, look, &d)?,
    }
    Ok(if !failures.is_empty() {
        2
    } else if d.pages.is_empty() {
        0
    } else {
        1
    })
}

/// Run `import`.
pub fn import(
    locales_dir: &Path,
    reference: &str,
    args: &ImportArgs,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let cats = match load(locales_dir, reference, err) {
        Ok(c) => c,
        Err(e) => return fail(err, e),
    };
    let shown = display_path(&args.file);
    let text = match std::fs::read(&args.file) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => t,
            Err(_) => return fail(err, format!("{shown}: not UTF-8 text")),
        },
        Err(e) => return fail(err, format!("{shown}: {e}")),
    };
    let doc = match super::xliff::parse(&text) {
        Ok(d) => d,
        Err(e) => return fail(err, format!("{shown}:{}: {}", e.line, e.message)),
    };
    if cats.locale(&doc.target_lang).is_none() {
        return fail(
            err,
            format!(
                "{shown}: {}",
                unknown_locale(&cats, locales_dir, &doc.target_lang)
            ),
        );
    }
    let lock = match read_lock(locales_dir, &doc.target_lang, err) {
        Ok(l) => l,
        Err(e) => return fail(err, e),
    };
    let plan = match super::xliff::plan(&cats, &doc, &lock) {
        Ok(p) => p,
        Err(errors) => {
            for e in &errors {
                writeln!(err, "{shown}:{}: error: {}", e.line, e.message)?;
            }
            writeln!(err, "error: {shown}: nothing written")?;
            return Ok(2);
        }
    };
    let loc_dir = locales_dir.join(&doc.target_lang);
    let mut writes: Vec<(PathBuf, String)> = plan
        .files
        .iter()
        .map(|(rel, src)| (loc_dir.join(rel), src.clone()))
        .collect();
    if plan.lock != lock {
        writes.push((
            loc_dir.join(LOCK_FILE),
            plan.lock.serialize(&doc.target_lang, &cats.reference),
        ));
    }
    // Everything is validated before the first write: a destination
    // directory that does not exist would fail halfway.
    for (path, _) in &writes {
        if !path.parent().is_some_and(Path::is_dir) {
            return fail(
                err,
                format!(
                    "{}: no such catalog directory: nothing written",
                    display_path(path.parent().unwrap_or(path))
                ),
            );
        }
    }
    for (key, file) in &plan.changed {
        writeln!(out, "{}: {key} ({file})", doc.target_lang)?;
    }
    if !args.dry_run {
        for (path, text) in &writes {
            if let Err(e) = crate::fsio::write_if_changed(path, text.as_bytes()) {
                return fail(err, format!("{}: cannot write: {e}", path.display()));
            }
        }
    }
    writeln!(
        out,
        "{}: {} translation(s) {}, {} key(s) signed off",
        doc.target_lang,
        plan.changed.len(),
        if args.dry_run {
            "would change"
        } else {
            "changed"
        },
        plan.signed
    )?;
    Ok(0)
}
