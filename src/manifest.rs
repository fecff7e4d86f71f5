//! What the last `build` wrote into an output directory, so that a build
//! with nothing changed reads and renders nothing again.
//!
//! For every page it wrote without error, the manifest keeps the SHA-256 of
//! the page as read, the SHA-256 of each locale's output, and what the build
//! said about the page (diagnostics, free texts left untranslated). A page
//! is up to date when its bytes hash the same, the manifest's fingerprint
//! is the build's (same code, catalogs, locales and options), and every
//! output file still holds exactly the bytes the manifest names: its
//! diagnostics are then said again, and nothing is rendered or written.
//! Anything else (a missing, unreadable or foreign manifest, an output
//! edited or removed by hand) means the page is built as if there were no
//! manifest: the manifest can make a build faster, never different.
//!
//! The manifest holds hashes, not times, so it depends only on the inputs,
//! like every other file a build writes.

use crate::catalog::Catalogs;
use crate::diag::{Diagnostic, Severity};
use crate::locale::Locale;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::path::Path;

/// Name of the manifest file in an output directory.
pub const MANIFEST_FILE: &str = ".attest-l10n.build.json";

/// Version of the manifest's format.
const VERSION: u32 = 1;

/// The identity of this binary's code (see `build.rs`).
const CODE_ID: &str = env!("ATTEST_L10N_CODE_ID");

/// The manifest of one output directory.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Manifest {
    version: u32,
    /// [`fingerprint`] of the build that wrote the pages.
    fingerprint: String,
    /// By page path relative to the pages directory.
    pages: BTreeMap<String, Entry>,
}

/// One page, as the build that wrote it saw it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Entry {
    /// SHA-256 of the page's bytes.
    pub(crate) input: String,
    /// SHA-256 of the page written in each locale, in the build's order.
    pub(crate) outputs: Vec<String>,
    /// Free texts written in another language, per locale.
    pub(crate) fallbacks: Vec<usize>,
    /// What the build said about the page.
    pub(crate) diagnostics: Vec<Said>,
}

/// A diagnostic about a page, without the page's path (a later build may
/// name the pages directory differently).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub(crate) struct Said {
    pub(crate) severity: String,
    pub(crate) line: usize,
    pub(crate) col: usize,
    pub(crate) message: String,
}

impl Said {
    pub(crate) fn from(d: &Diagnostic) -> Said {
        Said {
            severity: d.severity.to_string(),
            line: d.line,
            col: d.col,
            message: d.message.clone(),
        }
    }

    /// The diagnostic again, about the page at `path`.
    pub(crate) fn about(&self, path: &Path) -> Diagnostic {
        let severity = match self.severity.as_str() {
            "error" => Severity::Error,
            "warning" => Severity::Warning,
            _ => Severity::Note,
        };
        Diagnostic::new(severity, path, self.line, self.col, self.message.clone())
    }
}

/// Everything besides a page's own bytes that decides what a build writes
/// for it and says about it: the code, the catalogs, the locales written
/// (in order) and `--strict`.
pub(crate) fn fingerprint(cats: &Catalogs, locales: &[Locale], strict: bool) -> String {
    let mut h = Sha256::new();
    h.update(CODE_ID.as_bytes());
    h.update(cats.digest());
    for l in locales.iter().map(Locale::as_str) {
        h.update((l.len() as u64).to_le_bytes());
        h.update(l.as_bytes());
    }
    h.update([u8::from(strict)]);
    hex(&h.finalize())
}

/// SHA-256 of `bytes`, in hexadecimal.
pub(crate) fn digest(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(64), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

impl Manifest {
    /// An empty manifest for builds with this fingerprint.
    pub(crate) fn new(fingerprint: String) -> Manifest {
        Manifest {
            version: VERSION,
            fingerprint,
            pages: BTreeMap::new(),
        }
    }

    /// The manifest in `out`, if there is one that builds with
    /// `fingerprint` wrote; otherwise an empty one. A manifest that cannot
    /// be read or parsed is no manifest: every page is built.
    pub(crate) fn load(out: &Path, fingerprint: &str) -> Manifest {
        let found = std::fs::read(out.join(MANIFEST_FILE))
            .ok()
            .and_then(|b| serde_json::from_slice::<Manifest>(&b).ok());
        match found {
            Some(m) if m.version == VERSION && m.fingerprint == fingerprint => m,
            _ => Manifest::new(fingerprint.to_string()),
        }
    }

    pub(crate) fn get(&self, page: &str) -> Option<&Entry> {
        self.pages.get(page)
    }

    pub(crate) fn insert(&mut self, page: String, entry: Entry) {
        self.pages.insert(page, entry);
    }

    pub(crate) fn remove(&mut self, page: &str) {
        self.pages.remove(page);
    }

    /// Keep only the pages for which `keep` says yes.
    pub(crate) fn retain(&mut self, mut keep: impl FnMut(&str) -> bool) {
        self.pages.retain(|p, _| keep(p));
    }

    /// The manifest as written: JSON, keys in order, one line.
    pub(crate) fn to_bytes(&self) -> Vec<u8> {
        let mut b = serde_json::to_vec(self).unwrap_or_default();
        b.push(b'\n');
        b
    }
}
