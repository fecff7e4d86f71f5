//! The command line, modelled on cargo's `src/bin/cargo/commands/`: the
//! clap definitions of the global options and of each command, and one
//! `match` that runs a command. Each command has its own module with its
//! arguments and an `exec` that turns them into a library call and prints
//! the report to `impl Write`, so that tests can capture it. The library
//! (`ops`, `check`, `diff`) never sees a clap type and never imports this
//! module.

mod build;
mod check;
mod compare;
mod consensus;
mod diff;
mod extract;
mod import;
mod render;
mod report;
mod shared;
mod sign_off;
mod verify;

use crate::exit::Exit;
use crate::locale::Locale;
use crate::ops::{Run, Silent};
use crate::progress::TermProgress;
use clap::{Parser, Subcommand};
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
    locales: PathBuf,
    /// Reference locale.
    #[arg(long, global = true, default_value = "en-US")]
    reference: Locale,
    /// Threads to read, render and write pages on (0: one per core). The
    /// output is the same, byte for byte, with any number.
    #[arg(long, short = 'j', global = true, default_value_t = 0)]
    jobs: usize,
    /// No progress display (it is only shown on a terminal, outside CI, on
    /// runs longer than half a second).
    #[arg(long, short = 'q', global = true)]
    quiet: bool,
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Decompose pages into locale-neutral records.
    Extract(extract::Args),
    /// Compare the locale-neutral parts of the records of the pages present
    /// in both directories.
    Compare(compare::Args),
    /// Decide names and answers across locales: print every decision that
    /// was not unanimous, with its candidates and reason (exit 1 when some
    /// name or answer is left unsettled or a pin has a problem).
    Consensus(consensus::Args),
    /// Turn records back into pages.
    Render(render::Args),
    /// Regenerate every page in every locale.
    Build(build::Args),
    /// Check that reading loses nothing: extract and render as published.
    Verify(verify::Args),
    /// Check catalogs and pages: the CI gate (exit 0 clean, 1 findings, 2 errors).
    Check(check::Args),
    /// Record that translations were reviewed against the current reference text.
    SignOff(sign_off::Args),
    /// What a translator has to look at: a locale side by side with the
    /// reference, changes since a git revision, stale strings, changed page
    /// answers, or an XLIFF worklist (exit 0 nothing to look at, 1 something, 2 errors).
    Diff(diff::Args),
    /// Write the translations of an XLIFF 2.1 file into the catalogs and sign them off.
    Import(import::Args),
    /// Write the review site: static HTML files of the catalogs' and pages'
    /// status, opened from disk in a browser.
    Report(report::Args),
}

/// What the binary knows of where it runs, beyond its arguments.
#[derive(Debug, Clone, Copy, Default)]
pub struct Terminal {
    /// Standard error is a terminal that a person reads (not CI): progress
    /// may be shown there.
    pub(crate) progress: bool,
}

impl Terminal {
    /// The terminal this process runs in.
    pub fn detect() -> Terminal {
        Terminal {
            progress: crate::progress::terminal_allows_progress(),
        }
    }
}

/// The global options, as every command sees them.
struct Context {
    locales: PathBuf,
    reference: Locale,
    jobs: usize,
    /// Progress may be shown.
    progress: bool,
}

impl Context {
    /// The progress display of a command over many pages, if one may be
    /// shown.
    fn progress(&self, what: &str) -> Option<TermProgress> {
        self.progress.then(|| TermProgress::new(what))
    }

    /// How a command over many pages runs, with the display `bar`.
    fn run<'a>(&self, bar: &'a Option<TermProgress>) -> Run<'a> {
        Run {
            jobs: self.jobs,
            progress: match bar {
                Some(b) => b,
                None => &Silent,
            },
        }
    }
}

/// Why a command stopped before its report: an error to print as
/// `error: …` (exit 2), or output that could not be written.
#[derive(Debug, thiserror::Error)]
enum CliError {
    #[error("{0}")]
    Message(String),
    #[error(transparent)]
    Io(#[from] io::Error),
    #[error(transparent)]
    Catalogs(#[from] crate::catalog::LoadError),
    #[error(transparent)]
    Lock(#[from] crate::catalog::lock::FileError),
    #[error(transparent)]
    Ops(#[from] crate::ops::Error),
    #[error(transparent)]
    Check(#[from] crate::check::files::Error),
    #[error(transparent)]
    Diff(#[from] crate::diff::files::Error),
    #[error(transparent)]
    Report(#[from] crate::ops::ReportError),
}

/// What a command's `exec` gives: how it ended, or why it stopped.
type CliResult = Result<Exit, CliError>;

/// Run a parsed command line, without progress display. Returns the exit
/// status (0 clean, 1 findings, 2 errors).
pub fn run(cli: Cli, out: &mut dyn Write, err: &mut dyn Write) -> io::Result<i32> {
    run_in(cli, Terminal::default(), out, err).map(Exit::code)
}

/// Run a parsed command line in a terminal. An error is output that could
/// not be written.
pub fn run_in(
    cli: Cli,
    term: Terminal,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> io::Result<Exit> {
    let cx = Context {
        locales: cli.locales,
        reference: cli.reference,
        jobs: cli.jobs,
        progress: term.progress && !cli.quiet,
    };
    let done = match &cli.command {
        Command::Extract(args) => extract::exec(&cx, args, out, err),
        Command::Compare(args) => compare::exec(&cx, args, out, err),
        Command::Consensus(args) => consensus::exec(&cx, args, out, err),
        Command::Render(args) => render::exec(&cx, args, out, err),
        Command::Build(args) => build::exec(&cx, args, out, err),
        Command::Verify(args) => verify::exec(&cx, args, out, err),
        Command::Check(args) => check::exec(&cx, args, out, err),
        Command::SignOff(args) => sign_off::exec(&cx, args, out, err),
        Command::Diff(args) => diff::exec(&cx, args, out, err),
        Command::Import(args) => import::exec(&cx, args, out, err),
        Command::Report(args) => report::exec(&cx, args, out, err),
    };
    match done {
        Ok(exit) => Ok(exit),
        Err(CliError::Io(e)) => Err(e),
        Err(e) => {
            writeln!(err, "error: {e}")?;
            Ok(Exit::Error)
        }
    }
}
