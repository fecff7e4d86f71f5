//! `report`: the review site of the catalogs and pages, static HTML files
//! under `--out` that a browser opens from disk.

use super::shared::print_diags;
use super::{CliError, CliResult, Context};
use crate::exit::Exit;
use crate::ops::{self, ReportConfig};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Default directory of the source pages.
const DEFAULT_PAGES: &str = "source-pages";

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Source pages [default: source-pages, left out with a note if absent].
    #[arg(long)]
    pages: Option<PathBuf>,
    /// Directory the site is written to (open its index.html).
    #[arg(long, default_value = "out/report")]
    out: PathBuf,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let (cats, diags) = crate::check::files::load_catalogs(&cx.locales, &cx.reference)?;
    let pages = match &args.pages {
        Some(p) if !p.is_dir() => {
            return Err(CliError::Message(format!(
                "{}: no such pages directory",
                p.display()
            )))
        }
        Some(p) => Some(p.clone()),
        None if Path::new(DEFAULT_PAGES).is_dir() => Some(PathBuf::from(DEFAULT_PAGES)),
        None => {
            writeln!(
                err,
                "note: no `{DEFAULT_PAGES}` directory: the site shows the catalogs only"
            )?;
            None
        }
    };
    let cfg = ReportConfig {
        locales_dir: cx.locales.clone(),
        pages,
        out: args.out.clone(),
    };
    let bar = cx.progress("report");
    let run = cx.run(&bar);
    let summary = ops::report(&cfg, &cats, &diags, &run)?;
    print_diags(&summary.diagnostics, err);
    writeln!(
        out,
        "{} pages, {} files ({} written, {} removed), {:.1} MB: {}",
        summary.pages,
        summary.files,
        summary.written,
        summary.removed,
        summary.bytes as f64 / 1e6,
        args.out.join("index.html").display()
    )?;
    Ok(Exit::Clean)
}
