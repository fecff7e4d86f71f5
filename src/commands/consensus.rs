//! `consensus`: every decision over a folder of locale folders that was not
//! unanimous, with its candidates, their locales and the reason, and the
//! names no evidence could settle (exit 1 when there are any, or a pin
//! with a problem).

use super::shared::{catalogs, print_diags};
use super::{CliError, CliResult, Context};
use crate::consensus::{Consensus, Status};
use crate::exit::Exit;
use crate::ops::consensus::{consensus_diagnostics, consensus_of, locale_inputs};
use std::io::{self, Write};
use std::path::PathBuf;

/// Report formats of `consensus`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum ReportFormat {
    Yaml,
    Json,
}

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// A folder of locale folders (`fr-FR/`, `de-DE/`, …), or locale folders one by one.
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
    #[arg(long, value_enum, default_value = "yaml")]
    format: ReportFormat,
}

/// The report: the input's locales, then per page what was not unanimous.
#[derive(serde::Serialize)]
struct Report<'a> {
    version: u32,
    locales: &'a [String],
    pages: Vec<&'a crate::consensus::PageConsensus>,
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    notes: &'a [crate::consensus::Note],
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    pins: &'a [crate::consensus::pins::PinFinding],
    summary: Summary,
}

#[derive(serde::Serialize)]
struct Summary {
    pages: usize,
    decisions: usize,
    ties: usize,
    pinned: usize,
    guessed: usize,
    unsettled: usize,
}

fn summary(c: &Consensus) -> Summary {
    let all = c.pages.iter().flat_map(|p| &p.decisions);
    let count = |s: Status| {
        c.pages
            .iter()
            .flat_map(|p| &p.decisions)
            .filter(|d| d.status == s)
            .count()
    };
    Summary {
        pages: c.pages.len(),
        decisions: all.count(),
        ties: count(Status::Tie),
        pinned: count(Status::Pinned),
        guessed: count(Status::Guessed),
        unsettled: count(Status::Unsettled),
    }
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs(cx, err)?;
    let Some(folders) = locale_inputs(&args.dirs) else {
        return Err(CliError::Message(format!(
            "{}: not a folder of locale folders (fr-FR/, de-DE/, …) nor locale folders",
            args.dirs
                .iter()
                .map(|d| d.display().to_string())
                .collect::<Vec<_>>()
                .join(", ")
        )));
    };
    let root = (args.dirs.len() == 1).then(|| args.dirs[0].as_path());
    let bar = cx.progress("consensus");
    let run = cx.run(&bar);
    let (consensus, gathered, _, pins_path) =
        consensus_of(&folders, root, &cats, &run).map_err(CliError::Message)?;
    let mut diags = gathered.diagnostics.clone();
    diags.extend(
        consensus_diagnostics(&consensus, &pins_path, &gathered.files)
            .into_iter()
            .filter(|d| d.severity != crate::diag::Severity::Note),
    );
    print_diags(&diags, err);
    let report = Report {
        version: 1,
        locales: &consensus.locales,
        pages: consensus
            .pages
            .iter()
            .filter(|p| !p.decisions.is_empty() || !p.notes.is_empty() || !p.missing.is_empty())
            .collect(),
        notes: &consensus.notes,
        pins: &consensus.pin_findings,
        summary: summary(&consensus),
    };
    let text = match args.format {
        ReportFormat::Json => serde_json::to_string_pretty(&report).map_err(io::Error::other)?,
        ReportFormat::Yaml => crate::yaml::to_string(&report).map_err(io::Error::other)?,
    };
    writeln!(out, "{}", text.trim_end())?;
    let unsettled = report.summary.unsettled + report.summary.guessed > 0;
    let errors = gathered
        .diagnostics
        .iter()
        .any(|d| d.severity == crate::diag::Severity::Error);
    Ok(if errors {
        Exit::Error
    } else {
        Exit::findings_if(unsettled || !consensus.pin_findings.is_empty())
    })
}
