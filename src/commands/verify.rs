//! `verify`: reading loses nothing. Every page is read and rendered as
//! published; a page whose bytes differ is a finding.

use super::shared::{catalogs, print_diags, printing};
use super::{CliError, CliResult, Context};
use crate::exit::Exit;
use crate::ops::{self, display_path, Checked};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    #[arg(required = true)]
    paths: Vec<PathBuf>,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    let bar = cx.progress("verify");
    let run = cx.run(&bar);
    let pages = ops::list_pages(&args.paths)?;
    let mut exit = Exit::Clean;
    let identical = ops::verify(&cats, &run, &pages, |page, checked| {
        printing(&run, || -> Result<(), CliError> {
            match checked {
                Checked::Unreadable(e) => {
                    writeln!(err, "{}: error: cannot read: {e}", page.path.display())?;
                    exit = Exit::Error;
                }
                Checked::Differs {
                    line,
                    published,
                    rendered,
                } => {
                    writeln!(out, "{}:{line}: differs", display_path(&page.path))?;
                    writeln!(out, "  published: {published:?}")?;
                    writeln!(out, "  rendered:  {rendered:?}")?;
                    exit = exit.max(Exit::Findings);
                }
                Checked::Failed(d) => {
                    print_diags(&[d], err);
                    exit = Exit::Error;
                }
            }
            Ok(())
        })
    })?;
    writeln!(out, "{} pages, {identical} identical", pages.len())?;
    Ok(exit)
}
