//! `compare`: the locale-neutral facts of the pages two directories both
//! hold, and where they disagree (exit 1 when any page does).

use super::shared::{catalogs, print_diags};
use super::{CliResult, Context};
use crate::exit::Exit;
use crate::ops;
use std::io::{self, Write};
use std::path::PathBuf;

/// Report formats of `compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
}

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    a: PathBuf,
    b: PathBuf,
    #[arg(long, value_enum, default_value = "text")]
    format: ReportFormat,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    let done = ops::compare_dirs(&cats, &args.a, &args.b)?;
    print_diags(&done.diagnostics, err);
    match args.format {
        ReportFormat::Text => {
            for d in &done.disagreements {
                let side = |s: &Option<String>| s.as_deref().unwrap_or("(absent)").to_string();
                writeln!(
                    out,
                    "{}: {}: {} | {}",
                    d.page,
                    d.key,
                    side(&d.a),
                    side(&d.b)
                )?;
            }
            writeln!(
                out,
                "{} pages compared, {} agree",
                done.compared, done.agree
            )?;
        }
        ReportFormat::Json => {
            let doc = serde_json::json!({
                "version": 1,
                "compared": done.compared,
                "agree": done.agree,
                "disagreements": done.disagreements,
            });
            let text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
            writeln!(out, "{text}")?;
        }
    }
    Ok(if !done.diagnostics.is_empty() {
        Exit::Error
    } else {
        Exit::findings_if(done.agree < done.compared)
    })
}
