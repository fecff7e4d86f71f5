//! `attest-l10n`: localize app-compliance attestation pages.
//!
//! The pipeline, one module per stage:
//!
//! - [`read`]: a published page, in any locale, is cut into raw blocks
//!   (with no catalog), then becomes a [`record::Record`];
//! - [`recognize`]: which catalog message a published text is, in which
//!   wording, with which variables (the catalogs used backwards);
//! - [`record`]: the locale-neutral record (question keys, typed answers);
//! - [`catalog`]: Fluent catalogs, loaded, and used forwards to write a
//!   label; they build the recognizer once;
//! - [`render`]: a record becomes a page in a locale, with text from
//!   outside the page's structure made safe by [`sanitize`]; reading and
//!   rendering share the layouts with `{}` holes (`layout`);
//! - [`check`]: the CI gate: catalogs against the reference, pages against
//!   the catalogs, generated pages against `build`;
//! - [`diff`]: what a translator has to look at (side by side, stale,
//!   since a revision, page answers), XLIFF export and import;
//! - [`compare`]: the locale-neutral facts of two records of one page;
//! - [`consensus`]: one value per locale-neutral fact of a page, decided
//!   from every locale's copy (names by their anchors and file names,
//!   answers by shape, date and majority), and the record each output
//!   locale is rendered from;
//! - [`ops`]: the operations over directories (`extract`, `render`,
//!   `build`, `verify`, coverage, `compare`), pages in parallel and results
//!   in page order, with the file system at the edge ([`fsio`]) and the
//!   progress display of the binary in [`progress`]; `build` keeps a
//!   [`manifest`] of what it wrote, so that pages nothing changed for are
//!   not rendered again;
//! - `yaml`: every YAML read, write and quoting decision, one parser behind them.
//!
//! [`commands`] is the command line: one module per command, each turning
//! its arguments into a call of the library and printing the report; the
//! library never imports it. Every command ends with an [`exit::Exit`].
//!
//! `fuzzing` holds the entry points of the fuzz targets (`fuzz/`), and
//! `heldout` measures recognition on wordings it was not given (for the
//! corpus tests); both are hidden from the documentation.
//!
//! The core (`read`, `recognize`, `record`, `render`) does no I/O and
//! never prints: commands collect [`diag::Diagnostic`]s and the binary
//! reports them.

pub mod catalog;
pub mod check;
pub mod commands;
pub mod compare;
pub mod consensus;
pub mod diag;
pub mod diff;
pub mod exit;
pub mod fsio;
#[doc(hidden)]
pub mod fuzzing;
#[doc(hidden)]
pub mod heldout;
pub(crate) mod layout;
pub mod manifest;
pub mod ops;
pub mod progress;
pub mod read;
pub mod recognize;
pub mod record;
pub mod render;
pub mod sanitize;
pub mod text;
pub(crate) mod yaml;
