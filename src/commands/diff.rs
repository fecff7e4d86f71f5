//! `diff`: what a translator has to look at. A locale side by side with
//! the reference (or another locale), its stale strings, what changed
//! since a git revision, the answers that changed between two versions of
//! pages, or an XLIFF worklist (exit 0 nothing to look at, 1 something).

use super::shared::{
    catalogs_checked, color, one_of, print_lock_warnings, terminal_width, unknown_locale,
    ColorWhen, Known,
};
use super::{CliError, CliResult, Context};
use crate::catalog::lock;
use crate::catalog::Catalogs;
use crate::diff::files::{changes_since, read_page_pair};
use crate::diff::pages::compare_pages;
use crate::diff::report::{self, Look};
use crate::diff::{sheet, xliff, Filter, Row, Sheet, State};
use crate::exit::Exit;
use crate::locale::Locale;
use std::io::Write;
use std::path::PathBuf;

/// Output formats of `diff`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum DiffFormat {
    Text,
    Json,
    /// An XLIFF 2.1 worklist for a translation tool (`import` reads it back).
    Xliff,
}

fn state_help(s: State) -> Option<&'static str> {
    Some(match s {
        State::Translated => "Translated, and not stale (signed off or not)",
        State::Missing => "The reference has the key, the locale does not",
        State::Untranslated => "Identical to the reference, and not signed off as meant to be",
        State::Stale => "The reference text changed since the translation was signed off",
        State::Obsolete => "The locale has a key the reference does not",
    })
}

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The locale to look at.
    #[arg(required_unless_present = "pages")]
    locale: Option<Locale>,
    /// Compare with this locale instead of the reference.
    #[arg(long, value_name = "LOCALE_B")]
    against: Option<Locale>,
    /// Show only keys in these states (comma-separated).
    #[arg(long, value_parser = one_of(&State::ALL, State::name, state_help), value_delimiter = ',')]
    only: Vec<State>,
    /// Show only keys matching this pattern (`security-*`; repeatable).
    #[arg(long = "key", value_name = "PATTERN")]
    key: Vec<String>,
    /// What changed in the catalogs between this git revision and the working tree.
    #[arg(long, value_name = "GIT-REV", conflicts_with = "stale")]
    since: Option<String>,
    /// Every stale translation with the reference text it was translated from.
    #[arg(long)]
    stale: bool,
    /// Compare two versions of a page, or of a directory of pages, by their answers.
    #[arg(long, num_args = 2, value_names = ["OLD", "NEW"], conflicts_with_all = ["locale", "against", "since", "stale", "only", "key"])]
    pages: Vec<PathBuf>,
    /// Report format.
    #[arg(long, value_enum, default_value = "text")]
    format: DiffFormat,
    /// Color the text report.
    #[arg(long, value_enum, default_value = "auto")]
    color: ColorWhen,
    /// Lay the text report out in two columns for this width [default: the terminal's, if any].
    #[arg(long)]
    width: Option<usize>,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let look = Look {
        color: color(args.color, args.format == DiffFormat::Text),
        width: args.width.or_else(terminal_width),
    };
    let cats = catalogs_checked(cx, err)?;
    if !args.pages.is_empty() {
        return pages(&cats, args, look, out, err);
    }
    let Some(locale) = args.locale.as_ref() else {
        return Err(message("name a locale, or --pages OLD NEW"));
    };
    for l in std::iter::once(locale).chain(args.against.as_ref()) {
        if cats.locale(l).is_none() {
            return Err(message(unknown_locale(cx, &cats, l, Known::Catalogs)));
        }
    }
    if *locale == cats.reference && args.since.is_none() {
        return Err(message(format!(
            "{locale} is the reference locale: name a translated locale"
        )));
    }
    let against = args.against.as_ref().unwrap_or(&cats.reference);
    let (path, lock, errors) = lock::read(&cx.locales, locale)?;
    print_lock_warnings(&path, &errors, err)?;
    let sheet = sheet(&cats, locale, against, &lock);
    let filter = Filter {
        only: args.only.clone(),
        keys: args.key.clone(),
    };
    match &args.since {
        Some(rev) => since(cx, &cats, locale, rev, &sheet, &filter, args, look, out),
        None => keys(&cats, locale, against, sheet, filter, args, look, out),
    }
}

fn message(m: impl Into<String>) -> CliError {
    CliError::Message(m.into())
}

/// The keys of the locale: side by side, stale, or an XLIFF worklist.
#[allow(clippy::too_many_arguments)]
fn keys(
    cats: &Catalogs,
    locale: &Locale,
    against: &Locale,
    sheet: Sheet,
    mut filter: Filter,
    args: &Args,
    look: Look,
    out: &mut dyn Write,
) -> CliResult {
    if args.format == DiffFormat::Xliff && filter.only.is_empty() {
        filter.only = vec![State::Missing, State::Untranslated, State::Stale];
    }
    if args.stale {
        filter.only = vec![State::Stale];
    }
    let rows: Vec<Row> = (sheet.rows.into_iter())
        .filter(|r| filter.keeps(&r.key, r.state))
        .collect();
    let reference = &cats.reference;
    match args.format {
        DiffFormat::Text if args.stale => report::stale_text(out, look, locale, reference, &rows)?,
        DiffFormat::Text => report::side_by_side_text(out, look, locale, against, &rows)?,
        DiffFormat::Json => report::json(
            out,
            if args.stale { "stale" } else { "side-by-side" },
            &report::rows_doc(locale, against, reference, &rows),
        )?,
        DiffFormat::Xliff => {
            let (r, l) = (&sheet.reference, &sheet.locale);
            out.write_all(xliff::export(reference, locale, &rows, r, l).as_bytes())?;
        }
    }
    Ok(Exit::findings_if(
        rows.iter().any(|r| r.state != State::Translated),
    ))
}

/// `--since`: what changed in the catalogs since a git revision.
#[allow(clippy::too_many_arguments)]
fn since(
    cx: &Context,
    cats: &Catalogs,
    locale: &Locale,
    rev: &str,
    sheet: &Sheet,
    filter: &Filter,
    args: &Args,
    look: Look,
    out: &mut dyn Write,
) -> CliResult {
    if args.format == DiffFormat::Xliff {
        return Err(message(
            "--since has no XLIFF form: export a worklist with --only",
        ));
    }
    let now = (&sheet.reference, &sheet.locale);
    let changes = changes_since(&cx.locales, cats, locale, rev, &sheet.rows, now, filter)?;
    let reference = &cats.reference;
    match args.format {
        DiffFormat::Json => report::json(
            out,
            "since",
            &serde_json::json!({
                "locale": locale,
                "reference": reference,
                "since": rev,
                "changes": changes,
            }),
        )?,
        _ => report::since_text(out, look, locale, reference, rev, &changes)?,
    }
    Ok(Exit::findings_if(!changes.is_empty()))
}

/// `--pages OLD NEW`: the answers that changed between two versions of
/// pages.
fn pages(
    cats: &Catalogs,
    args: &Args,
    look: Look,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let [old, new] = args.pages.as_slice() else {
        return Err(message("--pages takes two paths: OLD NEW"));
    };
    if args.format == DiffFormat::Xliff {
        return Err(message("--pages has no XLIFF form: use text or json"));
    }
    let (a, b) = read_page_pair(old, new)?;
    let (d, failures) = compare_pages(&a, &b, old.is_file(), cats);
    for f in &failures {
        writeln!(
            err,
            "{}:{}: error: not a readable page: {}",
            f.shown, f.line, f.message
        )?;
    }
    match args.format {
        DiffFormat::Json => report::json(out, "pages", &d)?,
        _ => report::pages_text(out, look, &d)?,
    }
    Ok(if !failures.is_empty() {
        Exit::Error
    } else {
        Exit::findings_if(!d.pages.is_empty())
    })
}
