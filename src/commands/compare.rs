//! `compare`: the locale-neutral facts of the pages two directories both
//! hold, and where they disagree (exit 1 when any page does); or, over a
//! folder of locale folders or three locale folders or more, which
//! locales' copies deviate from the consensus and how.

use super::shared::{catalogs, print_diags};
use super::{CliError, CliResult, Context};
use crate::consensus::deviations::{deviations, Deviation, Kind};
use crate::exit::Exit;
use crate::ops;
use crate::ops::consensus::{consensus_of, locale_inputs};
use std::collections::{BTreeMap, BTreeSet};
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
    /// Two folders of pages; or a folder of locale folders, or three
    /// locale folders or more, compared with their consensus.
    #[arg(required = true)]
    dirs: Vec<PathBuf>,
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
    match args.dirs.as_slice() {
        [a, b] => pairwise(&cats, a, b, args.format, out, err),
        dirs => match locale_inputs(dirs) {
            Some(folders) => n_way(cx, &cats, &folders, dirs, args.format, out, err),
            None => Err(CliError::Message(format!(
                "compare takes two folders of pages, or a folder of locale folders, or locale folders (fr-FR/, de-DE/, …): {}",
                dirs.iter()
                    .map(|d| d.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ))),
        },
    }
}

/// Two folders: the facts of the pages both hold, side by side.
fn pairwise(
    cats: &crate::catalog::Catalogs,
    a: &std::path::Path,
    b: &std::path::Path,
    format: ReportFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let done = ops::compare_dirs(cats, a, b)?;
    print_diags(&done.diagnostics, err);
    match format {
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

/// Locale folders: every copy compared with the page's consensus.
fn n_way(
    cx: &Context,
    cats: &crate::catalog::Catalogs,
    folders: &[(String, PathBuf)],
    dirs: &[PathBuf],
    format: ReportFormat,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let root = (dirs.len() == 1).then(|| dirs[0].as_path());
    let bar = cx.progress("compare");
    let run = cx.run(&bar);
    let (consensus, gathered, _, _) =
        consensus_of(folders, root, cats, &run).map_err(CliError::Message)?;
    print_diags(&gathered.diagnostics, err);
    let devs = deviations(&consensus);
    let deviating: BTreeSet<&str> = devs.iter().map(|d| d.page.as_str()).collect();
    let compared = consensus.pages.len();
    let agree = compared - deviating.len();
    // Per locale: pages that deviate, by kind.
    let mut per_locale: BTreeMap<&str, BTreeMap<Kind, BTreeSet<&str>>> = BTreeMap::new();
    for l in &consensus.locales {
        per_locale.entry(l).or_default();
    }
    for d in &devs {
        per_locale
            .entry(&d.locale)
            .or_default()
            .entry(d.kind)
            .or_default()
            .insert(&d.page);
    }
    match format {
        ReportFormat::Text => {
            for d in &devs {
                writeln!(out, "{}", line(d))?;
            }
            for (l, kinds) in &per_locale {
                let pages: BTreeSet<&str> = kinds.values().flatten().copied().collect();
                let by: Vec<String> = Kind::ALL
                    .iter()
                    .map(|k| format!("{} {}", kinds.get(k).map_or(0, BTreeSet::len), k.as_str()))
                    .collect();
                writeln!(
                    out,
                    "{l}: {} pages deviate ({})",
                    pages.len(),
                    by.join(", ")
                )?;
            }
            writeln!(out, "{compared} pages compared, {agree} agree")?;
        }
        ReportFormat::Json => {
            let locales: BTreeMap<&str, serde_json::Value> = per_locale
                .iter()
                .map(|(l, kinds)| {
                    let pages: BTreeSet<&str> = kinds.values().flatten().copied().collect();
                    let mut m = serde_json::Map::new();
                    m.insert("pages".into(), pages.len().into());
                    for k in Kind::ALL {
                        m.insert(
                            k.as_str().into(),
                            kinds.get(&k).map_or(0, BTreeSet::len).into(),
                        );
                    }
                    (*l, serde_json::Value::Object(m))
                })
                .collect();
            let doc = serde_json::json!({
                "version": 1,
                "locales": consensus.locales,
                "compared": compared,
                "agree": agree,
                "by_locale": locales,
                "deviations": devs,
            });
            let text = serde_json::to_string_pretty(&doc).map_err(io::Error::other)?;
            writeln!(out, "{text}")?;
        }
    }
    Ok(
        if gathered
            .diagnostics
            .iter()
            .any(|d| d.severity == crate::diag::Severity::Error)
        {
            Exit::Error
        } else {
            Exit::findings_if(agree < compared)
        },
    )
}

/// `page: locale: kind fact: shown (consensus: value)`.
fn line(d: &Deviation) -> String {
    match (&d.fact, &d.shown) {
        (Some(f), Some(s)) => format!(
            "{}: {}: {} {f}: {s} (consensus: {})",
            d.page,
            d.locale,
            d.kind.as_str(),
            d.decided.as_deref().unwrap_or("none")
        ),
        _ => format!("{}: {}: {}", d.page, d.locale, d.kind.as_str()),
    }
}
