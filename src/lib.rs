//! `attest-l10n`: localize app-compliance attestation pages.
//!
//! The pipeline, one module per stage (ARCHITECTURE.md has the module map,
//! the data flow of `build` and where a change goes):
//!
//! - [`read`]: a published page, in any locale, is cut into raw blocks
//!   (with no catalog), then becomes a [`record::Record`];
//! - [`recognize`]: which catalog message a published text is, in which
//!   wording, with which variables (the catalogs used backwards);
//! - [`record`]: the locale-neutral record (question keys, typed answers);
//!   reading and rendering share the layouts with `{}` holes (`layout`);
//! - [`catalog`]: Fluent catalogs, loaded once, with one index of their
//!   definitions, the sign-off lock files ([`catalog::lock`]), used forwards
//!   to write a label; they build the recognizer once;
//! - [`render`]: a record becomes a page in a locale, with text from
//!   outside the page's structure made safe by [`sanitize`];
//! - [`check`]: the CI gate: catalogs against the reference, pages against
//!   the catalogs, generated pages against `build`;
//! - `diff`: what a translator has to look at (side by side, stale,
//!   since a revision, page answers), XLIFF export and import;
//! - [`compare`]: the locale-neutral facts of two records of one page;
//! - [`report`]: the review site, HTML of the check's figures, the
//!   catalogs and the pages rendered with where each text came from;
//! - [`consensus`]: one value per locale-neutral fact of a page, decided
//!   from every locale's copy (names by their anchors and file names,
//!   answers by shape, date and majority), and the record each output
//!   locale is rendered from;
//! - [`ops`]: the operations over directories (`extract`, `render`,
//!   `build`, `verify`, coverage, `compare`), pages in parallel and results
//!   in page order; `build` keeps a [`manifest`] of what it wrote, so that
//!   pages nothing changed for are not rendered again.
//!
//! [`commands`] is the command line: one module per command, each turning
//! its arguments into a call of the library and printing the report; the
//! library never imports it. Every command ends with an [`exit::Exit`].
//!
//! Shared by the stages: [`locale::Locale`], parsed once where a locale
//! enters and passed as a type down to the renderer; [`diag`]; `yaml`,
//! every YAML read, write and quoting decision behind one parser; `text`.
//! At the edges: [`fsio`] (walks, output directories, atomic writes) and
//! `progress`, the binary's progress display. `fuzzing` holds the entry
//! points of the fuzz targets (`fuzz/`), and `heldout` measures recognition
//! on wordings it was not given (for the corpus tests); both are hidden
//! from the documentation.
//!
//! The core (`read`, `recognize`, `record`, `render`, `compare`, and the
//! analysis of `check` and `diff`) does no I/O and never prints: the file
//! system is touched by `catalog`'s loading and lock files, `ops`, `fsio`,
//! `manifest` and the `files` modules of `check` and `diff`; only
//! `commands` writes reports, and the binary owns standard output and
//! error. Library errors are typed; the public API is what the binary,
//! tests, benches, examples and fuzz targets use, and the rest is
//! `pub(crate)`.

pub mod catalog;
pub mod check;
pub mod commands;
pub mod compare;
pub mod consensus;
pub mod diag;
pub(crate) mod diff;
pub mod exit;
pub mod fsio;
#[doc(hidden)]
pub mod fuzzing;
#[doc(hidden)]
pub mod heldout;
pub(crate) mod layout;
pub mod locale;
pub mod manifest;
pub mod ops;
pub(crate) mod progress;
pub mod read;
pub mod recognize;
pub mod record;
pub mod render;
pub mod report;
pub mod sanitize;
pub(crate) mod text;
pub(crate) mod yaml;
