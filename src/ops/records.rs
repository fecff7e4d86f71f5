//! Record files (YAML, or JSON as `extract --format json` prints it) read
//! back, and `render`: records become pages again, for standard output or
//! under an output directory.

use super::Error;
use crate::catalog::Catalogs;
use crate::fsio::{walk, OutputDir};
use crate::locale::Locale;
use crate::record::Record;
use crate::render::{render, Mode};
use std::path::{Path, PathBuf};

/// A record's text that does not parse.
#[derive(Debug, thiserror::Error)]
pub enum ParseRecordError {
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    /// YAML that does not parse, at a line and column when the parser
    /// knows them.
    #[error("{}", .0.with_position())]
    Yaml(crate::yaml::Error),
}

/// A record file that cannot be read.
#[derive(Debug, thiserror::Error)]
pub(crate) enum RecordError {
    #[error("{}: {source}", path.display())]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {source}", path.display())]
    Parse {
        path: PathBuf,
        source: ParseRecordError,
    },
}

/// Read a record file (YAML, or JSON as `extract --format json` prints it).
pub(crate) fn read_record(path: &Path) -> Result<Record, RecordError> {
    let src = std::fs::read_to_string(path).map_err(|source| RecordError::Read {
        path: path.to_path_buf(),
        source,
    })?;
    parse_record(&src).map_err(|source| RecordError::Parse {
        path: path.to_path_buf(),
        source,
    })
}

/// Parse a record from YAML or JSON text.
pub fn parse_record(src: &str) -> Result<Record, ParseRecordError> {
    if src.trim_start().starts_with('{') {
        let mut v: serde_json::Value = serde_json::from_str(src)?;
        if let Some(o) = v.as_object_mut() {
            o.remove("unrecognized");
        }
        return Ok(serde_json::from_value(v)?);
    }
    crate::yaml::from_str(src).map_err(ParseRecordError::Yaml)
}

/// Record files named by arguments: files as given, directories walked.
fn collect_records(args: &[PathBuf]) -> Result<Vec<PathBuf>, Error> {
    let mut out = Vec::new();
    for a in args {
        let files = walk(a, &[".yml", ".yaml", ".json"]).map_err(|source| Error::Walk {
            path: a.clone(),
            source,
        })?;
        out.extend(files.into_iter().map(|(p, _)| p));
    }
    Ok(out)
}

/// Options of `render`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct RenderOptions<'a> {
    /// Record files or directories of them.
    pub(crate) records: &'a [PathBuf],
    /// The locale to write; `None`: the locale each page was read in.
    pub(crate) locale: Option<&'a Locale>,
    pub(crate) mode: Mode,
    /// Write pages under this directory, instead of giving their text back.
    pub(crate) out: Option<&'a Path>,
}

/// What became of one record file.
pub(crate) enum Rendered {
    /// The page's text, for standard output.
    Text(String),
    /// Written under the output directory.
    Written,
    /// The record file cannot be read.
    Unreadable(RecordError),
    /// The record cannot be rendered or written: the file, and why.
    Failed { file: PathBuf, message: String },
}

/// Render every record file, one after the other, and give what became
/// of each to `sink`; record files that cannot be listed, or an output
/// directory that cannot be opened, stop the run first.
pub(crate) fn render_records<E: From<Error>>(
    cats: &Catalogs,
    opts: RenderOptions,
    mut sink: impl FnMut(Rendered) -> Result<(), E>,
) -> Result<(), E> {
    let files = collect_records(opts.records)?;
    let dir = opts
        .out
        .map(OutputDir::open)
        .transpose()
        .map_err(Error::Output)?;
    for f in files {
        sink(render_file(cats, &opts, dir.as_ref(), f))?;
    }
    Ok(())
}

/// Read one record file, render it, and write it under `dir` if given.
fn render_file(
    cats: &Catalogs,
    opts: &RenderOptions,
    dir: Option<&OutputDir>,
    file: PathBuf,
) -> Rendered {
    let rec = match read_record(&file) {
        Ok(r) => r,
        Err(e) => return Rendered::Unreadable(e),
    };
    let locale = opts.locale.unwrap_or(&rec.locale);
    let page = match render(&rec, cats, locale, opts.mode) {
        Ok(p) => p,
        Err(e) => {
            return Rendered::Failed {
                file,
                message: e.to_string(),
            }
        }
    };
    match dir {
        None => Rendered::Text(page.text),
        Some(d) => match d.write(&rec.page, page.text.as_bytes()) {
            Ok(_) => Rendered::Written,
            Err(e) => Rendered::Failed {
                file,
                message: e.to_string(),
            },
        },
    }
}
