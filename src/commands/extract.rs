//! `extract`: pages become records (YAML or JSON) on standard output or
//! under `--out`; `--summary` prints the coverage per locale instead.

use super::shared::{catalogs, no_help, one_of, print_diags, printing};
use super::{CliError, CliResult, Context};
use crate::exit::Exit;
use crate::ops::{self, ExtractOptions, RecordFormat, RecordText};
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Pages or directories of pages.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    #[arg(long, value_parser = one_of(&RecordFormat::ALL, RecordFormat::name, no_help), default_value = "yaml")]
    format: RecordFormat,
    /// Write one record per page under this directory.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print coverage per locale instead of records.
    #[arg(long)]
    summary: bool,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    let bar = cx.progress("extract");
    let run = cx.run(&bar);
    let pages = ops::list_pages(&args.paths)?;
    if args.summary {
        return summary(&cats, &run, &pages, out, err);
    }
    let opts = ExtractOptions {
        format: args.format,
        out: args.out.as_deref(),
    };
    let mut exit = Exit::Clean;
    ops::extract(&cats, &run, &pages, opts, |done| {
        printing(&run, || -> Result<(), CliError> {
            print_diags(&done.diagnostics, err);
            match done.record {
                RecordText::Unserializable(e) => return Err(CliError::Message(e.to_string())),
                RecordText::Unreadable => exit = Exit::Error,
                RecordText::NotWritten(e) => {
                    writeln!(err, "error: {e}")?;
                    exit = Exit::Error;
                }
                RecordText::Text(text) => {
                    if args.format == RecordFormat::Yaml {
                        writeln!(out, "---")?;
                    }
                    out.write_all(text.as_bytes())?;
                }
                RecordText::Written => {}
            }
            Ok(())
        })
    })?;
    Ok(exit)
}

/// `--summary`: the coverage table, what could not be read, the page
/// generations.
fn summary(
    cats: &crate::catalog::Catalogs,
    run: &ops::Run,
    pages: &[ops::PageFile],
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let report = ops::coverage(cats, run, pages, |d| {
        printing(run, || print_diags(std::slice::from_ref(&d), err))
    });
    let row = |out: &mut dyn Write, cells: [&dyn std::fmt::Display; 6]| {
        let [l, p, r, k, f, u] = cells;
        writeln!(out, "{l:<12} {p:>6} {r:>7} {k:>10} {f:>6} {u:>12}")
    };
    row(
        out,
        [
            &"locale",
            &"pages",
            &"rows",
            &"recognized",
            &"fuzzy",
            &"unrecognized",
        ],
    )?;
    for (l, c) in &report.by_locale {
        row(
            out,
            [
                l,
                &c.pages,
                &c.rows,
                &c.recognized,
                &c.fuzzy,
                &c.unrecognized,
            ],
        )?;
    }
    if report.unreadable > 0 {
        let n = report.unreadable;
        writeln!(out, "{n} file(s) could not be read (see the errors above)")?;
    }
    for (l, c) in &report.by_locale {
        writeln!(out, "{l} generations:")?;
        for (g, n) in &c.generations {
            writeln!(out, "  {n:>5}  {g}")?;
        }
    }
    Ok(if report.unreadable > 0 {
        Exit::Error
    } else {
        Exit::Clean
    })
}
