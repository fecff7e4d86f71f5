//! `check`, the CI gate: catalogs against the reference, pages against the
//! catalogs, generated pages against `build`; the report in a format, and
//! exit 1 when a finding fails the policy.

use super::shared::{color, no_help, one_of, unknown_locale, ColorWhen, Known};
use super::{CliError, CliResult, Context};
use crate::catalog::Catalogs;
use crate::check::files::{gather_report, load_catalogs, read_policy};
use crate::check::policy::{FailOn, Policy};
use crate::check::report::{self, Format};
use crate::exit::Exit;
use crate::locale::Locale;
use crate::ops::display_path;
use std::io::Write;
use std::path::{Path, PathBuf};

/// Default directory of the source pages.
const DEFAULT_PAGES: &str = "source-pages";

fn fail_on_help(f: FailOn) -> Option<&'static str> {
    (f == FailOn::Never).then_some("Nothing fails: findings are only reported")
}

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// Source pages to check [default: source-pages, skipped with a note if absent].
    #[arg(long)]
    pages: Option<PathBuf>,
    /// Locales to check (repeatable) [default: every catalog locale].
    #[arg(long = "locale")]
    locale: Vec<Locale>,
    /// Report format.
    #[arg(long, value_parser = one_of(&Format::ALL, Format::name, no_help), default_value = "text")]
    format: Format,
    /// The least severe finding that fails the check [default: from check.yml, else error].
    #[arg(long, value_parser = one_of(&FailOn::ALL, FailOn::name, fail_on_help))]
    fail_on: Option<FailOn>,
    /// Also check that the generated pages under this directory are what `build` would write.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Color the text report.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorWhen,
}

/// What the check sees: validated, resolved.
struct Config {
    locales: Vec<Locale>,
    pages: Option<PathBuf>,
    color: bool,
    policy: Policy,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let (cats, diags) = load_catalogs(&cx.locales, &cx.reference)?;
    let cfg = configure(cx, &cats, args, err)?;
    let mut report = gather_report(
        &cx.locales,
        &cats,
        &diags,
        &cfg.locales,
        cfg.pages.as_deref(),
        args.out.as_deref(),
    )?;
    for f in report.findings.iter_mut() {
        f.path = PathBuf::from(display_path(&f.path));
    }
    crate::check::sort(&mut report.findings);
    let failed = report.findings.iter().any(|f| cfg.policy.fails(f));
    report::write(out, args.format, &report, failed, cfg.color)?;
    Ok(Exit::findings_if(failed))
}

/// Validate the arguments against the catalogs and the file system.
fn configure(
    cx: &Context,
    cats: &Catalogs,
    args: &Args,
    err: &mut dyn Write,
) -> Result<Config, CliError> {
    let names = cats.locale_names();
    if let Some(l) = args.locale.iter().find(|l| !names.contains(l)) {
        return Err(CliError::Message(unknown_locale(
            cx,
            cats,
            l,
            Known::Catalogs,
        )));
    }
    let mut locales = if args.locale.is_empty() {
        names
    } else {
        args.locale.clone()
    };
    locales.sort();
    locales.dedup();
    let policy = read_policy(&cx.locales, args.fail_on)?;
    let pages = match &args.pages {
        Some(p) if !p.exists() => {
            let message = format!("{}: no such pages directory", p.display());
            return Err(CliError::Message(message));
        }
        Some(p) => Some(p.clone()),
        None if Path::new(DEFAULT_PAGES).is_dir() => Some(PathBuf::from(DEFAULT_PAGES)),
        None => {
            writeln!(
                err,
                "note: no `{DEFAULT_PAGES}` directory: page checks skipped"
            )?;
            None
        }
    };
    if args.out.is_some() && pages.is_none() {
        return Err(CliError::Message(
            "--out needs the source pages (--pages) to know what `build` would write".to_string(),
        ));
    }
    Ok(Config {
        locales,
        pages,
        color: color(args.color, args.format == Format::Text),
        policy,
    })
}
