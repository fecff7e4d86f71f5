//! The command line: arguments as clap sees them, and the commands that
//! turn them into calls of the library and printed reports. Reports go to
//! `impl Write` so that tests can capture them.

use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::fsio::OutputDir;
use crate::ops::{self, BuildConfig, Run, Verdict};
use crate::progress::TermProgress;
use crate::render::{render, Mode};
use clap::{Parser, Subcommand, ValueEnum};
use std::io::{self, Write};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "attest-l10n",
    version,
    about = "Localize app-compliance attestation pages"
)]
pub struct Cli {
    /// Catalog directory (one subdirectory per locale).
    #[arg(long, global = true, default_value = "locales")]
    pub locales: PathBuf,
    /// Reference locale.
    #[arg(long, global = true, default_value = "en-US")]
    pub reference: String,
    /// Threads to read, render and write pages on (0: one per core). The
    /// output is the same, byte for byte, with any number.
    #[arg(long, short = 'j', global = true, default_value_t = 0)]
    pub jobs: usize,
    /// No progress display (it is only shown on a terminal, outside CI, on
    /// runs longer than half a second).
    #[arg(long, short = 'q', global = true)]
    pub quiet: bool,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RecordFormat {
    Yaml,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Decompose pages into locale-neutral records.
    Extract {
        /// Pages or directories of pages.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        #[arg(long, value_enum, default_value = "yaml")]
        format: RecordFormat,
        /// Write one record per page under this directory.
        #[arg(long)]
        out: Option<PathBuf>,
        /// Print coverage per locale instead of records.
        #[arg(long)]
        summary: bool,
    },
    /// Compare the locale-neutral parts of the records of the pages present
    /// in both directories.
    Compare {
        a: PathBuf,
        b: PathBuf,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// Turn records back into pages.
    Render {
        /// Record files or directories of records.
        #[arg(required = true)]
        records: Vec<PathBuf>,
        /// Locale to write (default: the locale each page was read in).
        #[arg(long)]
        locale: Option<String>,
        /// Use the wordings recorded from the published page.
        #[arg(long)]
        as_published: bool,
        /// Write pages under this directory instead of standard output.
        #[arg(long)]
        out: Option<PathBuf>,
    },
    /// Regenerate every page in every locale.
    Build {
        #[arg(long, default_value = "source-pages")]
        pages: PathBuf,
        #[arg(long, default_value = "out")]
        out: PathBuf,
        /// Locales to write (default: every catalog locale).
        #[arg(long = "locale")]
        locale: Vec<String>,
        /// Fail when a page's free text has no translation in a locale.
        #[arg(long)]
        strict: bool,
    },
    /// Check that reading loses nothing: extract and render as published.
    Verify {
        #[arg(required = true)]
        paths: Vec<PathBuf>,
    },
    /// Check catalogs and pages: the CI gate (exit 0 clean, 1 findings, 2 errors).
    Check(crate::check::command::CheckArgs),
    /// Record that translations were reviewed against the current reference text.
    SignOff(crate::check::command::SignOffArgs),
    /// What a translator has to look at: a locale side by side with the
    /// reference, changes since a git revision, stale strings, changed page
    /// answers, or an XLIFF worklist (exit 0 nothing to look at, 1 something, 2 errors).
    Diff(crate::diff::command::DiffArgs),
    /// Write the translations of an XLIFF 2.1 file into the catalogs and sign them off.
    Import(crate::diff::command::ImportArgs),
}

/// Exit status: 0 clean, 1 findings, 2 errors.
pub type Status = i32;

fn load(cli: &Cli, err: &mut dyn Write) -> Result<Catalogs, Status> {
    match Catalogs::load(&cli.locales, &cli.reference) {
        Ok((cats, diags)) => {
            for d in &diags {
                let _ = writeln!(err, "{d}");
            }
            Ok(cats)
        }
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            Err(2)
        }
    }
}

fn print_diags(diags: &[Diagnostic], err: &mut dyn Write) {
    for d in diags {
        let shown = Diagnostic {
            path: PathBuf::from(ops::display_path(&d.path)),
            ..d.clone()
        };
        let _ = writeln!(err, "{shown}");
    }
}

/// What the binary knows of where it runs, beyond its arguments.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    /// Standard error is a terminal that a person reads (not CI): progress
    /// may be shown there.
    pub progress: bool,
}

impl Terminal {
    /// The terminal this process runs in.
    pub fn detect() -> Terminal {
        Terminal {
            progress: crate::progress::terminal_allows_progress(),
        }
    }
}

/// Run a parsed command line, without progress display.
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<Status> {
    run_in(cli, Terminal::default(), out, err)
}

/// Run a parsed command line in a terminal.
pub fn run_in(
    cli: Cli,
    term: Terminal,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    use crate::check::command;
    // Commands that load the catalogs their own way.
    let what = match &cli.command {
        Command::Check(args) => {
            return command::check(&cli.locales, &cli.reference, args, out, err)
        }
        Command::SignOff(args) => {
            return command::sign_off_command(&cli.locales, &cli.reference, args, out, err)
        }
        Command::Diff(args) => {
            return crate::diff::command::diff(&cli.locales, &cli.reference, args, out, err)
        }
        Command::Import(args) => {
            return crate::diff::command::import(&cli.locales, &cli.reference, args, out, err)
        }
        Command::Extract { .. } => "extract",
        Command::Compare { .. } => "compare",
        Command::Render { .. } => "render",
        Command::Build { .. } => "build",
        Command::Verify { .. } => "verify",
    };
    let cats = match load(&cli, err) {
        Ok(c) => c,
        Err(s) => return Ok(s),
    };
    let bar = (term.progress && !cli.quiet).then(|| TermProgress::new(what));
    let run = Run {
        jobs: cli.jobs,
        progress: match &bar {
            Some(b) => b,
            None => &ops::Silent,
        },
    };
    match &cli.command {
        Command::Extract {
            paths,
            format,
            out: dir,
            summary,
        } => {
            if *summary {
                return summarize(&cats, &run, paths, out, err);
            }
            extract(&cats, &run, paths, *format, dir.as_ref(), out, err)
        }
        Command::Compare { a, b, format } => compare_cmd(&cats, a, b, *format, out, err),
        Command::Render {
            records,
            locale,
            as_published,
            out: dir,
        } => render_cmd(
            &cats,
            records,
            locale.as_deref(),
            *as_published,
            dir.as_ref(),
            out,
            err,
        ),
        Command::Build {
            pages,
            out: dir,
            locale,
            strict,
        } => {
            let locales = if locale.is_empty() {
                cats.locale_names()
            } else {
                locale.clone()
            };
            for l in &locales {
                if cats.locale(l).is_none() {
                    writeln!(
                        err,
                        "error: unknown locale `{l}`: no catalog in {}",
                        cli.locales.display()
                    )?;
                    return Ok(2);
                }
            }
            let cfg = BuildConfig {
                pages: pages.clone(),
                out: dir.clone(),
                locales,
                strict: *strict,
            };
            let summary = match ops::build_with(&cfg, &cats, &run) {
                Ok(s) => s,
                Err(e) => {
                    writeln!(err, "error: {e}")?;
                    return Ok(2);
                }
            };
            print_diags(&summary.diagnostics, err);
            let fallbacks: Vec<String> = summary
                .fallbacks
                .iter()
                .map(|(l, n)| format!("{l}: {n}"))
                .collect();
            writeln!(
                out,
                "{} pages ({} up to date), {} locales: {} written, {} unchanged; untranslated free text ({})",
                summary.pages,
                summary.up_to_date,
                cfg.locales.len(),
                summary.written,
                summary.unchanged,
                fallbacks.join(", ")
            )?;
            Ok(if summary.failed() { 2 } else { 0 })
        }
        Command::Verify { paths } => verify(&cats, &run, paths, out, err),
        // Handled above, before the catalogs are loaded.
        Command::Check(_) | Command::SignOff(_) | Command::Diff(_) | Command::Import(_) => Ok(2),
    }
}

/// The output directory of `--out`, if given, opened once for every file
/// written under it; `None` after reporting why it cannot be.
fn output_dir_or_report(
    dir: Option<&PathBuf>,
    err: &mut dyn Write,
) -> io::Result<Option<Option<OutputDir>>> {
    match dir.map(|d| OutputDir::open(d)).transpose() {
        Ok(d) => Ok(Some(d)),
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(None)
        }
    }
}

/// The pages named by the arguments, or `None` after reporting why they
/// cannot be listed.
fn pages_or_report(
    paths: &[PathBuf],
    err: &mut dyn Write,
) -> io::Result<Option<Vec<ops::PageFile>>> {
    match ops::collect_pages(paths) {
        Ok(p) => Ok(Some(p)),
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(None)
        }
    }
}

/// What extracting one page gives: what to print, in this order.
struct Extracted {
    diagnostics: Vec<Diagnostic>,
    /// A record that could not be serialized: the command stops.
    fatal: Option<io::Error>,
    /// Lines for standard error.
    errors: Vec<String>,
    /// The record, for standard output.
    text: Option<String>,
    status: Status,
}

/// Read one page and serialize its record; write it under `dir` if given.
fn extract_page(
    cats: &Catalogs,
    page: &ops::PageFile,
    format: RecordFormat,
    dir: Option<&OutputDir>,
) -> Extracted {
    let mut done = Extracted {
        diagnostics: Vec::new(),
        fatal: None,
        errors: Vec::new(),
        text: None,
        status: 0,
    };
    let reading = match ops::read_file(page, cats) {
        Ok(r) => r,
        Err(d) => {
            done.diagnostics.push(d);
            done.status = 2;
            return done;
        }
    };
    done.diagnostics = ops::reading_diagnostics(&page.path, &reading);
    let rec = &reading.record;
    let text = match format {
        RecordFormat::Yaml => crate::yaml::to_string(rec).map_err(io::Error::other),
        RecordFormat::Json => (|| {
            let mut v = serde_json::to_value(rec).map_err(io::Error::other)?;
            let unrec: Vec<serde_json::Value> = rec
                .unrecognized()
                .into_iter()
                .map(|(line, text)| serde_json::json!({"line": line, "text": text}))
                .collect();
            if let Some(o) = v.as_object_mut() {
                o.insert("unrecognized".into(), serde_json::Value::Array(unrec));
            }
            let mut s = serde_json::to_string(&v).map_err(io::Error::other)?;
            s.push('\n');
            Ok(s)
        })(),
    };
    let text = match text {
        Ok(t) => t,
        Err(e) => {
            done.fatal = Some(e);
            return done;
        }
    };
    let Some(d) = dir else {
        done.text = Some(text);
        return done;
    };
    let ext = if format == RecordFormat::Json {
        "json"
    } else {
        "yml"
    };
    let stem = page.rel.strip_suffix(".md").unwrap_or(&page.rel);
    if let Err(e) = d.write(&format!("{stem}.{ext}"), text.as_bytes()) {
        done.errors.push(format!("error: {e}"));
        done.status = 2;
    }
    done
}

fn extract(
    cats: &Catalogs,
    run: &Run,
    paths: &[PathBuf],
    format: RecordFormat,
    dir: Option<&PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let Some(pages) = pages_or_report(paths, err)? else {
        return Ok(2);
    };
    let Some(dir) = output_dir_or_report(dir, err)? else {
        return Ok(2);
    };
    let mut status = 0;
    ops::for_each_page(
        &pages,
        run,
        |page| extract_page(cats, page, format, dir.as_ref()),
        |_, done| {
            status = status.max(done.status);
            let mut result = Ok(());
            run.progress.suspend(&mut || {
                result = (|| {
                    print_diags(&done.diagnostics, err);
                    if let Some(e) = &done.fatal {
                        return Err(io::Error::new(e.kind(), e.to_string()));
                    }
                    for line in &done.errors {
                        writeln!(err, "{line}")?;
                    }
                    if let Some(text) = &done.text {
                        if format == RecordFormat::Yaml {
                            writeln!(out, "---")?;
                        }
                        out.write_all(text.as_bytes())?;
                    }
                    Ok(())
                })();
            });
            result
        },
    )?;
    Ok(status)
}

fn render_cmd(
    cats: &Catalogs,
    records: &[PathBuf],
    locale: Option<&str>,
    as_published: bool,
    dir: Option<&PathBuf>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    if let Some(l) = locale {
        if cats.locale(l).is_none() {
            writeln!(err, "error: unknown locale `{l}`")?;
            return Ok(2);
        }
    }
    let files = match ops::collect_records(records) {
        Ok(f) => f,
        Err(e) => {
            writeln!(err, "error: {e}")?;
            return Ok(2);
        }
    };
    let mode = if as_published {
        Mode::AsPublished
    } else {
        Mode::Canonical
    };
    let Some(dir) = output_dir_or_report(dir, err)? else {
        return Ok(2);
    };
    let mut status = 0;
    for f in files {
        let rec = match ops::read_record(&f) {
            Ok(r) => r,
            Err(e) => {
                writeln!(err, "error: {e}")?;
                status = 2;
                continue;
            }
        };
        let loc = locale.unwrap_or(&rec.locale).to_string();
        let page = match render(&rec, cats, &loc, mode) {
            Ok(p) => p,
            Err(e) => {
                writeln!(err, "{}: error: {e}", f.display())?;
                status = 2;
                continue;
            }
        };
        match &dir {
            Some(d) => {
                if let Err(e) = d.write(&rec.page, page.text.as_bytes()) {
                    writeln!(err, "{}: error: {e}", f.display())?;
                    status = 2;
                }
            }
            None => out.write_all(page.text.as_bytes())?,
        }
    }
    Ok(status)
}

fn verify(
    cats: &Catalogs,
    run: &Run,
    paths: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let Some(pages) = pages_or_report(paths, err)? else {
        return Ok(2);
    };
    let mut identical = 0;
    let mut status = 0;
    ops::for_each_page(
        &pages,
        run,
        |page| std::fs::read(&page.path).map(|bytes| ops::verify_page(&bytes, &page.rel, cats)),
        |page, verdict| {
            if let Ok(Ok(Verdict::Identical)) = verdict {
                identical += 1;
                return Ok(());
            }
            let mut result = Ok(());
            run.progress.suspend(&mut || {
                result = (|| -> io::Result<()> {
                    match &verdict {
                        Err(e) => {
                            writeln!(err, "{}: error: cannot read: {e}", page.path.display())?;
                            status = 2;
                        }
                        Ok(Ok(Verdict::Identical)) => {}
                        Ok(Ok(Verdict::Differs {
                            line,
                            published,
                            rendered,
                        })) => {
                            writeln!(out, "{}:{line}: differs", ops::display_path(&page.path))?;
                            writeln!(out, "  published: {published:?}")?;
                            writeln!(out, "  rendered:  {rendered:?}")?;
                            status = status.max(1);
                        }
                        Ok(Err(e)) => {
                            print_diags(&[ops::page_error(&page.path, e.clone())], err);
                            status = 2;
                        }
                    }
                    Ok(())
                })();
            });
            result
        },
    )?;
    writeln!(out, "{} pages, {identical} identical", pages.len())?;
    Ok(status)
}

fn summarize(
    cats: &Catalogs,
    run: &Run,
    paths: &[PathBuf],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let Some(pages) = pages_or_report(paths, err)? else {
        return Ok(2);
    };
    let mut by_locale: std::collections::BTreeMap<String, ops::Coverage> = Default::default();
    let mut unreadable = 0usize;
    let mut status = 0;
    ops::for_each_page(
        &pages,
        run,
        |page| {
            ops::read_file(page, cats).map(|r| {
                let mut c = ops::Coverage::default();
                c.add(&r.record);
                (r.record.locale, c)
            })
        },
        |_, read| {
            match read {
                Ok((locale, c)) => by_locale.entry(locale).or_default().merge(&c),
                Err(d) => {
                    run.progress
                        .suspend(&mut || print_diags(std::slice::from_ref(&d), err));
                    unreadable += 1;
                    status = 2;
                }
            }
            Ok::<(), io::Error>(())
        },
    )?;
    writeln!(
        out,
        "{:<12} {:>6} {:>7} {:>10} {:>6} {:>12}",
        "locale", "pages", "rows", "recognized", "fuzzy", "unrecognized"
    )?;
    for (l, c) in &by_locale {
        writeln!(
            out,
            "{:<12} {:>6} {:>7} {:>10} {:>6} {:>12}",
            l, c.pages, c.rows, c.recognized, c.fuzzy, c.unrecognized
        )?;
    }
    if unreadable > 0 {
        writeln!(
            out,
            "{unreadable} file(s) could not be read (see the errors above)"
        )?;
    }
    for (l, c) in &by_locale {
        writeln!(out, "{l} generations:")?;
        for (g, n) in &c.generations {
            writeln!(out, "  {n:>5}  {g}")?;
        }
    }
    Ok(status)
}

fn compare_cmd(
    cats: &Catalogs,
    a: &PathBuf,
    b: &PathBuf,
    format: ReportFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Status> {
    let (pa, pb) = match (
        ops::collect_pages(std::slice::from_ref(a)),
        ops::collect_pages(std::slice::from_ref(b)),
    ) {
        (Ok(x), Ok(y)) => (x, y),
        (Err(e), _) | (_, Err(e)) => {
            writeln!(err, "error: {e}")?;
            return Ok(2);
        }
    };
    let in_b: std::collections::BTreeMap<&str, &ops::PageFile> =
        pb.iter().map(|p| (p.rel.as_str(), p)).collect();
    let mut compared = 0;
    let mut agree = 0;
    let mut all = Vec::new();
    let mut status = 0;
    for page in &pa {
        let Some(other) = in_b.get(page.rel.as_str()) else {
            continue;
        };
        let (ra, rb) = match (ops::read_file(page, cats), ops::read_file(other, cats)) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(d), _) | (_, Err(d)) => {
                print_diags(&[d], err);
                status = 2;
                continue;
            }
        };
        compared += 1;
        let d = crate::compare::compare(&page.rel, &ra.record, &rb.record);
        if d.is_empty() {
            agree += 1;
        }
        all.extend(d);
    }
    match format {
        ReportFormat::Text => {
            for d in &all {
                writeln!(
                    out,
                    "{}: {}: {} | {}",
                    d.page,
                    d.key,
                    d.a.as_deref().unwrap_or("(absent)"),
                    d.b.as_deref().unwrap_or("(absent)")
                )?;
            }
            writeln!(out, "{compared} pages compared, {agree} agree")?;
        }
        ReportFormat::Json => {
            let doc = serde_json::json!({
                "version": 1,
                "compared": compared,
                "agree": agree,
                "disagreements": all,
            });
            writeln!(
                out,
                "{}",
                serde_json::to_string_pretty(&doc).map_err(io::Error::other)?
            )?;
        }
    }
    if status == 0 && agree < compared {
        status = 1;
    }
    Ok(status)
}

/// Severity names for reports.
pub fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}
