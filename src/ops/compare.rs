//! `compare`: the locale-neutral facts of the pages two directories both
//! hold (the same page published in two locales), and where they disagree.

use super::{list_pages, read_file, Error, PageFile};
use crate::catalog::Catalogs;
use crate::compare::{compare, Disagreement};
use crate::diag::Diagnostic;
use std::collections::BTreeMap;
use std::path::Path;

/// What comparing two directories found.
#[derive(Debug, Default)]
pub(crate) struct Compared {
    /// Pages present and readable in both.
    pub(crate) compared: usize,
    /// Pages whose facts agree.
    pub(crate) agree: usize,
    pub(crate) disagreements: Vec<Disagreement>,
    /// Pages that could not be read, in page order.
    pub(crate) diagnostics: Vec<Diagnostic>,
}

/// Compare the records of the pages present in both `a` and `b`.
pub(crate) fn compare_dirs(cats: &Catalogs, a: &Path, b: &Path) -> Result<Compared, Error> {
    let (pa, pb) = (
        list_pages(&[a.to_path_buf()]),
        list_pages(&[b.to_path_buf()]),
    );
    let (pa, pb) = (pa?, pb?);
    let in_b: BTreeMap<&str, &PageFile> = pb.iter().map(|p| (p.rel.as_str(), p)).collect();
    let mut done = Compared::default();
    for page in &pa {
        let Some(other) = in_b.get(page.rel.as_str()) else {
            continue;
        };
        let (ra, rb) = match (read_file(page, cats), read_file(other, cats)) {
            (Ok(x), Ok(y)) => (x, y),
            (Err(d), _) | (_, Err(d)) => {
                done.diagnostics.push(d);
                continue;
            }
        };
        done.compared += 1;
        let d = compare(&page.rel, &ra.record, &rb.record);
        if d.is_empty() {
            done.agree += 1;
        }
        done.disagreements.extend(d);
    }
    Ok(done)
}
