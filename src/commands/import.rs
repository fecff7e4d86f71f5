//! `import`: the translations of an XLIFF 2.1 file written into the
//! catalogs of its target locale and signed off; every file is checked
//! before any is written, and `--dry-run` writes nothing.

use super::shared::{catalogs_checked, print_lock_warnings, unknown_locale, Known};
use super::{CliError, CliResult, Context};
use crate::catalog::lock;
use crate::diff::files::{read_xliff, Import};
use crate::diff::xliff;
use crate::exit::Exit;
use crate::ops::display_path;
use std::io::Write;
use std::path::PathBuf;

#[derive(Debug, clap::Args)]
pub(super) struct Args {
    /// An XLIFF 2.1 file exported by `diff --format xliff` and translated.
    file: PathBuf,
    /// Check the file and show what would change, but write nothing.
    #[arg(long)]
    dry_run: bool,
}

pub(super) fn exec(
    cx: &Context,
    args: &Args,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> CliResult {
    let cats = catalogs_checked(cx, err)?;
    let shown = display_path(&args.file);
    let doc = read_xliff(&args.file, &shown)?;
    // The file's trgLang, spelled as a catalog's locale.
    let Some(loc) = cats.locale_named(&doc.target_lang) else {
        let unknown = unknown_locale(cx, &cats, &doc.target_lang, Known::Catalogs);
        return Err(CliError::Message(format!("{shown}: {unknown}")));
    };
    let locale = &loc.name;
    let (path, lock, errors) = lock::read(&cx.locales, locale)?;
    print_lock_warnings(&path, &errors, err)?;
    let plan = match xliff::plan(&cats, &doc, &lock) {
        Ok(p) => p,
        Err(errors) => {
            for e in &errors {
                writeln!(err, "{shown}:{}: error: {}", e.line, e.message)?;
            }
            return Err(CliError::Message(format!("{shown}: nothing written")));
        }
    };
    let import = Import::new(&cx.locales, &cats, locale, &plan, &lock)?;
    for (key, file) in &plan.changed {
        writeln!(out, "{locale}: {key} ({file})")?;
    }
    if !args.dry_run {
        import.write()?;
    }
    writeln!(
        out,
        "{locale}: {} translation(s) {}, {} key(s) signed off",
        plan.changed.len(),
        if args.dry_run {
            "would change"
        } else {
            "changed"
        },
        plan.signed
    )?;
    Ok(Exit::Clean)
}
