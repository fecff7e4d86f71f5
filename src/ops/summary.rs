//! The coverage summary of `extract --summary`: per locale, how many rows
//! and labels reading recognized, by known wording or by similarity, and
//! what it left unrecognized; and the page generations.

use super::{for_each_page, read_file, PageFile, Run};
use crate::catalog::Catalogs;
use crate::diag::Diagnostic;
use crate::locale::Locale;
use crate::record::Record;
use std::collections::BTreeMap;

/// Coverage of one locale's pages, as `extract --summary` prints it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Coverage {
    pub(crate) pages: usize,
    /// Table rows.
    pub(crate) rows: usize,
    /// Texts in label positions that a known wording matched.
    pub(crate) recognized: usize,
    /// Texts recognized by similarity only.
    pub(crate) fuzzy: usize,
    /// Rows and paragraphs no label matched.
    pub(crate) unrecognized: usize,
    /// Page generations (`zone_pivot_groups`) and how many pages each.
    pub(crate) generations: BTreeMap<String, usize>,
}

impl Coverage {
    /// Add the counts of `other` (the coverage of other pages).
    pub(crate) fn merge(&mut self, other: &Coverage) {
        self.pages += other.pages;
        self.rows += other.rows;
        self.recognized += other.recognized;
        self.fuzzy += other.fuzzy;
        self.unrecognized += other.unrecognized;
        for (g, n) in &other.generations {
            *self.generations.entry(g.clone()).or_default() += n;
        }
    }

    /// Count one record.
    pub(crate) fn add(&mut self, rec: &Record) {
        self.pages += 1;
        let generation = rec
            .generation
            .clone()
            .unwrap_or_else(|| "(none)".to_string());
        *self.generations.entry(generation).or_default() += 1;
        let mut labels = Vec::new();
        for f in &rec.front_matter {
            if let Some(l) = &f.label {
                labels.push(l.clone());
            }
        }
        let mut blocks = rec.blocks.clone();
        crate::read::for_each_label(&mut blocks, &mut |l| labels.push(l.clone()));
        for b in rec.walk() {
            if let crate::record::Block::Table(t) = b {
                self.rows += t.rows.len();
            }
        }
        for l in &labels {
            if l.published.fuzzy {
                self.fuzzy += 1;
            } else {
                self.recognized += 1;
            }
        }
        self.unrecognized += rec.unrecognized().len();
    }
}

/// The coverage of a set of pages.
#[derive(Debug, Default)]
pub(crate) struct CoverageReport {
    pub(crate) by_locale: BTreeMap<Locale, Coverage>,
    /// Pages that could not be read.
    pub(crate) unreadable: usize,
}

/// Read every page on the threads of `run` and count its coverage under
/// the locale it was published in; each page that cannot be read is given
/// to `unreadable` as it comes, in page order.
pub(crate) fn coverage(
    cats: &Catalogs,
    run: &Run,
    pages: &[PageFile],
    mut unreadable: impl FnMut(Diagnostic),
) -> CoverageReport {
    let mut report = CoverageReport::default();
    let _ = for_each_page(
        pages,
        run,
        |page| {
            read_file(page, cats).map(|r| {
                let mut c = Coverage::default();
                c.add(&r.record);
                (r.record.locale, c)
            })
        },
        |_, read| {
            match read {
                Ok((locale, c)) => report.by_locale.entry(locale).or_default().merge(&c),
                Err(d) => {
                    unreadable(d);
                    report.unreadable += 1;
                }
            }
            Ok::<(), ()>(())
        },
    );
    report
}
