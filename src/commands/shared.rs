//! What the commands do the same way, in one place: loading the catalogs
//! with their diagnostics printed, printing diagnostics, the message for a
//! locale with no catalog, the colour decision, printing past the progress
//! display, and clap parsers for the closed sets of values of the core.

use super::{CliError, Context};
use crate::catalog::lock::LockError;
use crate::catalog::Catalogs;
use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::ops::{display_path, Run};
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};

/// Load the catalogs and print what loading them had to say.
pub(super) fn catalogs(cx: &Context, err: &mut dyn Write) -> Result<Catalogs, CliError> {
    let (cats, diags) = Catalogs::load(&cx.locales, &cx.reference)?;
    print_load_diagnostics(&diags, err);
    Ok(cats)
}

/// [`catalogs`], with a clear error when the catalog directory is missing.
pub(super) fn catalogs_checked(cx: &Context, err: &mut dyn Write) -> Result<Catalogs, CliError> {
    let (cats, diags) = crate::check::files::load_catalogs(&cx.locales, &cx.reference)?;
    print_load_diagnostics(&diags, err);
    Ok(cats)
}

fn print_load_diagnostics(diags: &[Diagnostic], err: &mut dyn Write) {
    for d in diags {
        let _ = writeln!(err, "{d}");
    }
}

/// Print diagnostics about pages, with paths relative to the current
/// directory.
pub(super) fn print_diags(diags: &[Diagnostic], err: &mut dyn Write) {
    for d in diags {
        let shown = Diagnostic {
            path: PathBuf::from(display_path(&d.path)),
            ..d.clone()
        };
        let _ = writeln!(err, "{shown}");
    }
}

/// Print the lines of a lock file that cannot be read, as warnings: they
/// are ignored.
pub(super) fn print_lock_warnings(
    path: &Path,
    errors: &[LockError],
    err: &mut dyn Write,
) -> io::Result<()> {
    for e in errors {
        writeln!(
            err,
            "{}:{}: warning: {} (line ignored)",
            display_path(path),
            e.line,
            e.problem
        )?;
    }
    Ok(())
}

/// How much the message for an unknown locale says besides its name.
pub(super) enum Known {
    /// Nothing.
    Nothing,
    /// Where the catalogs are.
    Directory,
    /// Where the catalogs are, and their locales.
    Catalogs,
}

/// The message for a locale that has no catalog.
pub(super) fn unknown_locale(
    cx: &Context,
    cats: &Catalogs,
    locale: &dyn std::fmt::Display,
    known: Known,
) -> String {
    let dir = cx.locales.display();
    match known {
        Known::Nothing => format!("unknown locale `{locale}`"),
        Known::Directory => format!("unknown locale `{locale}`: no catalog in {dir}"),
        Known::Catalogs => format!(
            "unknown locale `{locale}`: no catalog in {dir} (catalogs: {})",
            (cats.locale_names().iter())
                .map(Locale::as_str)
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

/// When to color a text report.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub(super) enum ColorWhen {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    Always,
    Never,
}

/// Whether a report is colored: only a text report, and with `auto` only
/// when standard output takes colors.
pub(super) fn color(when: ColorWhen, text: bool) -> bool {
    text && match when {
        ColorWhen::Always => true,
        ColorWhen::Never => false,
        ColorWhen::Auto => {
            anstream::AutoStream::choice(&io::stdout()) != anstream::ColorChoice::Never
        }
    }
}

/// The width of the terminal standard output is, if it is one.
pub(super) fn terminal_width() -> Option<usize> {
    if io::stdout().is_terminal() {
        terminal_size::terminal_size().map(|(w, _)| w.0 as usize)
    } else {
        None
    }
}

/// Run `f`, which prints, with the progress display of `run` out of the
/// way.
pub(super) fn printing<T>(run: &Run, f: impl FnOnce() -> T) -> T {
    let mut f = Some(f);
    let mut result = None;
    run.progress.suspend(&mut || result = f.take().map(|f| f()));
    match result {
        Some(r) => r,
        // A display that did not run `f`: run it here.
        None => (f.take().expect("f runs once"))(),
    }
}

/// A clap parser for one of a closed set of values of the core, by name,
/// with help for those that need it: the core knows nothing of clap.
pub(super) fn one_of<T>(
    all: &'static [T],
    name: fn(T) -> &'static str,
    help: fn(T) -> Option<&'static str>,
) -> impl TypedValueParser<Value = T>
where
    T: Copy + Send + Sync + 'static,
{
    let values = all.iter().map(move |&v| {
        let p = PossibleValue::new(name(v));
        match help(v) {
            Some(h) => p.help(h),
            None => p,
        }
    });
    PossibleValuesParser::new(values).map(move |s: String| {
        *all.iter()
            .find(|&&v| name(v) == s)
            .expect("clap only gives a possible value")
    })
}

/// No help for any value.
pub(super) fn no_help<T>(_: T) -> Option<&'static str> {
    None
}
