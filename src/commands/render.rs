//! `render`: records become pages again, in their locale or another, with
//! canonical or published wordings, on standard output or under `--out`.

use super::shared::{catalogs, unknown_locale, Known};
use super::{CliError, CliResult, Context};
use crate::exit::Exit;
use crate::locale::Locale;
use crate::ops::{self, RenderOptions, Rendered};
use crate::render::Mode;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Record files or directories of records.
    #[arg(required = true)]
    records: Vec<PathBuf>,
    /// Locale to write (default: the locale each page was read in).
    #[arg(long)]
    locale: Option<Locale>,
    /// Use the wordings recorded from the published page.
    #[arg(long)]
    as_published: bool,
    /// Write pages under this directory instead of standard output.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    if let Some(l) = &args.locale {
        if cats.locale(l).is_none() {
            let message = unknown_locale(cx, &cats, l, Known::Nothing);
            return Err(CliError::Message(message));
        }
    }
    let opts = RenderOptions {
        records: &args.records,
        locale: args.locale.as_ref(),
        mode: if args.as_published {
            Mode::AsPublished
        } else {
            Mode::Canonical
        },
        out: args.out.as_deref(),
    };
    let mut exit = Exit::Clean;
    ops::render_records(&cats, opts, |rendered| -> Result<(), CliError> {
        match rendered {
            Rendered::Text(text) => out.write_all(text.as_bytes())?,
            Rendered::Written => {}
            Rendered::Unreadable(e) => {
                writeln!(err, "error: {e}")?;
                exit = Exit::Error;
            }
            Rendered::Failed { file, message } => {
                writeln!(err, "{}: error: {message}", file.display())?;
                exit = Exit::Error;
            }
        }
        Ok(())
    })?;
    Ok(exit)
}
