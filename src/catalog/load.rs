//! The file-system edge of the catalogs: every locale directory under the
//! catalog directory read, with the page template, into [`Catalogs`]. A
//! file that is not UTF-8 or does not parse is a diagnostic, and the rest
//! loads; what cannot be read at all is a [`LoadError`].

use super::{
    assemble_locale, parse_file, Catalogs, LoadError, LocaleCatalog, LocaleFiles, Template,
};
use crate::diag::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::text::line_col;
use std::path::{Path, PathBuf};

impl Catalogs {
    /// Load every locale directory under `dir`. Syntax errors are returned
    /// as diagnostics and the rest of each file is still used.
    pub fn load(dir: &Path, reference: &Locale) -> Result<(Catalogs, Vec<Diagnostic>), LoadError> {
        let mut diags = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Directory {
            dir: dir.to_path_buf(),
            source,
        })?;
        // Every directory whose name is a locale, by locale.
        let mut names: Vec<(Locale, String)> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter_map(|n| Some((n.parse::<Locale>().ok()?, n)))
            .collect();
        names.sort();
        if !names.iter().any(|(l, _)| l == reference) {
            return Err(LoadError::NoReference {
                dir: dir.to_path_buf(),
                reference: reference.clone(),
            });
        }
        let path = dir.join("template.yml");
        let template = match std::fs::read_to_string(&path) {
            Ok(src) => {
                Template::parse(&src).map_err(|error| LoadError::Template { path, error })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Template::default(),
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        let mut locales = Vec::new();
        for (locale, name) in names {
            locales.push(load_locale(&dir.join(&name), locale, &mut diags)?);
        }
        Ok((Catalogs::assemble(dir, reference, locales, template), diags))
    }
}

/// Every `.ftl` file under `dir`, in sorted order, with its path relative
/// to `base` (with `/`).
fn ftl_files(dir: &Path, base: &Path, out: &mut Vec<(PathBuf, String)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let ft = e.file_type()?;
        if ft.is_dir() {
            ftl_files(&p, base, out)?;
        } else if ft.is_file() && p.extension().is_some_and(|x| x == "ftl") {
            let rel = p
                .strip_prefix(base)
                .unwrap_or(&p)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((p, rel));
        }
    }
    Ok(())
}

/// One locale directory: its files read, parsed and assembled.
fn load_locale(
    dir: &Path,
    name: Locale,
    diags: &mut Vec<Diagnostic>,
) -> Result<LocaleCatalog, LoadError> {
    let mut paths = Vec::new();
    ftl_files(dir, dir, &mut paths).map_err(|source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files = LocaleFiles::default();
    for (path, rel) in paths {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        let source = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let (line, col) = line_col(
                    &String::from_utf8_lossy(e.as_bytes()),
                    e.utf8_error().valid_up_to(),
                );
                diags.push(Diagnostic::new(
                    Severity::Error,
                    &path,
                    line,
                    col,
                    "file is not valid UTF-8".to_string(),
                ));
                continue;
            }
        };
        files.add(parse_file(path, rel, source, diags), &name);
    }
    Ok(assemble_locale(name, files, diags))
}
