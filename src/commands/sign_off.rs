//! `sign-off`: record that a locale's translations were reviewed against
//! the current reference text, in its lock file.

use super::shared::catalogs_checked;
use super::{CliResult, Context};
use crate::check::files::sign_off_locale;
use crate::exit::Exit;
use crate::locale::Locale;
use crate::ops::display_path;
use std::io::Write;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// The locale whose translations were reviewed.
    locale: Locale,
    /// Keys to sign off [default: every key the locale and the reference share].
    keys: Vec<String>,
    /// Mark the keys as intentionally identical to the reference (names, "ID").
    #[arg(long)]
    identical: bool,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs_checked(cx, err)?;
    let (path, summary) =
        sign_off_locale(&cx.locales, &cats, &args.locale, &args.keys, args.identical)?;
    writeln!(
        out,
        "{}: signed off {} key(s), {} marked identical, {} entr{} removed: {}",
        args.locale,
        summary.signed,
        summary.identical,
        summary.removed,
        if summary.removed == 1 { "y" } else { "ies" },
        display_path(&path)
    )?;
    Ok(Exit::Clean)
}
