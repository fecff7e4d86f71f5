//! `build`: every page of `--pages` regenerated in every locale (or those
//! of `--locale`) under `--out`.

use super::shared::{catalogs, print_diags, unknown_locale, Known};
use super::{CliError, CliResult, Context};
use crate::exit::Exit;
use crate::locale::Locale;
use crate::ops::{self, BuildConfig};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[arg(long, default_value = "source-pages")]
    pages: PathBuf,
    #[arg(long, default_value = "out")]
    out: PathBuf,
    /// Locales to write (default: every catalog locale).
    #[arg(long = "locale")]
    locale: Vec<Locale>,
    /// Fail when a page's free text has no translation in a locale.
    #[arg(long)]
    strict: bool,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    let bar = cx.progress("build");
    let run = cx.run(&bar);
    let locales = if args.locale.is_empty() {
        cats.locale_names()
    } else {
        args.locale.clone()
    };
    if let Some(l) = locales.iter().find(|l| cats.locale(l).is_none()) {
        let message = unknown_locale(cx, &cats, l, Known::Directory);
        return Err(CliError::Message(message));
    }
    let cfg = BuildConfig {
        pages: args.pages.clone(),
        out: args.out.clone(),
        locales,
        strict: args.strict,
    };
    // A folder of locale folders: every page decided from all its copies.
    let summary = match ops::consensus::locale_folders(&cfg.pages) {
        Some(folders) => ops::consensus::build_consensus(&cfg, &folders, &cats, &run)?,
        None => ops::build_with(&cfg, &cats, &run)?,
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
    Ok(if summary.failed() {
        Exit::Error
    } else {
        Exit::Clean
    })
}
