//! `extract`: pages become records, serialized as YAML or JSON, for
//! standard output or one file per page under an output directory.

use super::{for_each_page, read_file, reading_diagnostics, Error, PageFile, Run};
use crate::catalog::Catalogs;
use crate::diag::Diagnostic;
use crate::fsio::OutputDir;
use crate::record::Record;
use std::fmt;
use std::path::Path;

/// How a record is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum RecordFormat {
    Yaml,
    Json,
}

impl RecordFormat {
    pub(crate) const ALL: [RecordFormat; 2] = [RecordFormat::Yaml, RecordFormat::Json];

    pub(crate) fn name(self) -> &'static str {
        match self {
            RecordFormat::Yaml => "yaml",
            RecordFormat::Json => "json",
        }
    }

    /// The extension of a record file.
    fn extension(self) -> &'static str {
        match self {
            RecordFormat::Yaml => "yml",
            RecordFormat::Json => "json",
        }
    }
}

impl fmt::Display for RecordFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

/// Options of `extract`.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ExtractOptions<'a> {
    pub(crate) format: RecordFormat,
    /// Write one record file per page under this directory, instead of
    /// giving the text back.
    pub(crate) out: Option<&'a Path>,
}

/// What extracting one page gave.
pub(crate) struct Extracted {
    /// What reading had to say (or why it could not read the page).
    pub(crate) diagnostics: Vec<Diagnostic>,
    pub(crate) record: RecordText,
}

/// What became of a page's record.
pub(crate) enum RecordText {
    /// The page could not be read: its diagnostic says why.
    Unreadable,
    /// The record's text, for standard output.
    Text(String),
    /// Written under the output directory.
    Written,
    /// Not written: why, with the file's path.
    NotWritten(crate::fsio::Error),
    /// The record could not be serialized: the run stops.
    Unserializable(SerializeError),
}

/// A record that cannot be written as text.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SerializeError {
    #[error(transparent)]
    Yaml(#[from] crate::yaml::Error),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

/// Extract every page on the threads of `run`, and give what became of
/// each to `sink` in page order. `sink` stops the run by returning an
/// error; an output directory that cannot be opened stops it first.
pub(crate) fn extract<E: From<Error>>(
    cats: &Catalogs,
    run: &Run,
    pages: &[PageFile],
    opts: ExtractOptions,
    mut sink: impl FnMut(Extracted) -> Result<(), E>,
) -> Result<(), E> {
    let dir = opts
        .out
        .map(OutputDir::open)
        .transpose()
        .map_err(Error::Output)?;
    for_each_page(
        pages,
        run,
        |page| extract_page(cats, page, opts.format, dir.as_ref()),
        |_, done| sink(done),
    )
}

/// Read one page and serialize its record; write it under `dir` if given.
fn extract_page(
    cats: &Catalogs,
    page: &PageFile,
    format: RecordFormat,
    dir: Option<&OutputDir>,
) -> Extracted {
    let reading = match read_file(page, cats) {
        Ok(r) => r,
        Err(d) => {
            return Extracted {
                diagnostics: vec![d],
                record: RecordText::Unreadable,
            }
        }
    };
    let diagnostics = reading_diagnostics(&page.path, &reading);
    let record = match (serialize(&reading.record, format), dir) {
        (Err(e), _) => RecordText::Unserializable(e),
        (Ok(text), None) => RecordText::Text(text),
        (Ok(text), Some(d)) => {
            let stem = page.rel.strip_suffix(".md").unwrap_or(&page.rel);
            let file = format!("{stem}.{}", format.extension());
            match d.write(&file, text.as_bytes()) {
                Ok(_) => RecordText::Written,
                Err(e) => RecordText::NotWritten(e),
            }
        }
    };
    Extracted {
        diagnostics,
        record,
    }
}

/// A record's text: YAML, or one line of JSON with what reading left
/// unrecognized.
fn serialize(rec: &Record, format: RecordFormat) -> Result<String, SerializeError> {
    match format {
        RecordFormat::Yaml => Ok(crate::yaml::to_string(rec)?),
        RecordFormat::Json => {
            let mut v = serde_json::to_value(rec)?;
            let unrec: Vec<serde_json::Value> = rec
                .unrecognized()
                .into_iter()
                .map(|(line, text)| serde_json::json!({"line": line, "text": text}))
                .collect();
            if let Some(o) = v.as_object_mut() {
                o.insert("unrecognized".into(), serde_json::Value::Array(unrec));
            }
            let mut s = serde_json::to_string(&v)?;
            s.push('\n');
            Ok(s)
        }
    }
}
