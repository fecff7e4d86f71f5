//! The operations over files and directories (`extract`, `render`,
//! `build`, `verify`, the coverage summary, `compare`): each takes an
//! options value and returns what it found, and the command line prints
//! it. One page that fails is reported with its file and line, and the
//! others go on.
//!
//! Pages are independent of each other, so the operations over many pages
//! run them in parallel ([`for_each_page`]) and take the results in page
//! order: what is printed or written is the same, byte for byte, on one
//! thread or many.

mod build;
mod compare;
pub mod consensus;
mod extract;
mod pages;
mod parallel;
mod records;
mod report;
mod summary;
mod verify;

pub(crate) use build::build_with;
pub use build::{build, BuildConfig, BuildSummary};
pub(crate) use compare::compare_dirs;
pub(crate) use extract::{extract, ExtractOptions, RecordFormat, RecordText};
pub use pages::{collect_pages, PageFile};
pub(crate) use pages::{
    display_path, list_pages, page_error, read_file, reading_diagnostics, PAGE_FILES,
};
pub use parallel::{for_each_page, Progress, Run, Silent};
pub use records::{parse_record, ParseRecordError};
pub(crate) use records::{render_records, RenderOptions, Rendered};
pub(crate) use report::report;
pub(crate) use report::ReportError;
pub use report::{ReportConfig, ReportSummary, REPORT_FILES};
pub(crate) use summary::coverage;
pub(crate) use verify::{verify, Checked};
pub use verify::{verify_page, Verdict};

use std::path::PathBuf;

/// Why an operation over files cannot run at all (a page that fails is
/// not this: it is a diagnostic, and the others go on).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path named as input cannot be walked.
    #[error("{}: {source}", path.display())]
    Walk {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The file system refused an output directory or its lock.
    #[error(transparent)]
    Output(#[from] crate::fsio::Error),
    /// A file of data the operation reads besides pages and catalogs
    /// (`locales/names.yml`, the pins) cannot be read; the message names it.
    #[error("{0}")]
    Input(String),
    /// Temporary files that killed builds left cannot be removed.
    #[error("{}: cannot remove stale temporary files: {source}", path.display())]
    StaleTemporaries {
        path: PathBuf,
        source: std::io::Error,
    },
}
