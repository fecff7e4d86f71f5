//! Two versions of a page, or of a directory of pages, compared at the
//! record level: which answers changed, per page and key, old → new. Both
//! versions are read into locale-neutral records, so an English page and a
//! French one of the same app compare by their answers, not their wording.
//! Free text is compared word by word when both versions are in the same
//! language, else only its presence is.

use super::words::{self, Run};
use crate::catalog::Catalogs;
use crate::compare::facts;
use crate::locale::Locale;
use crate::read::read_page;
use crate::record::Record;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// One version of a page: its path relative to its directory, the path to
/// show in messages, and its bytes.
pub(crate) struct PageInput {
    pub(crate) rel: String,
    pub(crate) shown: String,
    pub(crate) bytes: Vec<u8>,
}

/// An answer that changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct AnswerChange {
    /// Where the answer is: `zone/question-key`, `name:app`, `text:<id>`.
    pub(crate) key: String,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
    /// Word diff, for answers of several words present on both sides.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) words: Vec<Run>,
}

/// What changed on one page.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct PageChange {
    pub(crate) page: String,
    /// `changed`, `added` (only in the new version) or `removed`.
    pub(crate) status: &'static str,
    pub(crate) old_locale: Option<Locale>,
    pub(crate) new_locale: Option<Locale>,
    pub(crate) answers: Vec<AnswerChange>,
}

/// The result of comparing two versions.
#[derive(Debug, Clone, Default, Serialize)]
pub(crate) struct PagesDiff {
    /// Pages read on both sides.
    pub(crate) compared: usize,
    /// Of those, pages whose answers all agree.
    pub(crate) unchanged: usize,
    /// Pages that changed, appeared or disappeared, sorted by page.
    pub(crate) pages: Vec<PageChange>,
}

/// A page that could not be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PageFailure {
    pub(crate) shown: String,
    pub(crate) line: usize,
    pub(crate) message: String,
}

/// The facts of a record, with free text by id when the language matters.
fn answers(rec: &Record, with_text: bool) -> BTreeMap<String, String> {
    let mut out = facts(rec);
    if with_text {
        for t in rec.free_texts() {
            out.insert(format!("text:{}", t.id), t.text.clone());
        }
    }
    out
}

fn read(p: &PageInput, cats: &Catalogs) -> Result<Record, PageFailure> {
    read_page(&p.rel, &p.bytes, cats)
        .map(|r| r.record)
        .map_err(|e| PageFailure {
            shown: p.shown.clone(),
            line: e.line,
            message: e.message,
        })
}

/// Compare two versions of one page.
pub(crate) fn compare_page(page: &str, old: &Record, new: &Record) -> PageChange {
    let same_lang = old.locale == new.locale;
    let a = answers(old, same_lang);
    let b = answers(new, same_lang);
    let keys: BTreeSet<&String> = a.keys().chain(b.keys()).collect();
    let mut changes = Vec::new();
    for k in keys {
        let (va, vb) = (a.get(k), b.get(k));
        if va == vb {
            continue;
        }
        let w = match (va, vb) {
            (Some(x), Some(y))
                if x.contains(char::is_whitespace) || y.contains(char::is_whitespace) =>
            {
                words::diff(x, y)
            }
            _ => Vec::new(),
        };
        changes.push(AnswerChange {
            key: k.clone(),
            old: va.cloned(),
            new: vb.cloned(),
            words: w,
        });
    }
    PageChange {
        page: page.to_string(),
        status: "changed",
        old_locale: Some(old.locale.clone()),
        new_locale: Some(new.locale.clone()),
        answers: changes,
    }
}

/// Compare two sets of pages, paired by relative path (two single files
/// are paired whatever their names). Every page that cannot be read is a
/// failure; the others are still compared.
pub(crate) fn compare_pages(
    old: &[PageInput],
    new: &[PageInput],
    pair_any: bool,
    cats: &Catalogs,
) -> (PagesDiff, Vec<PageFailure>) {
    let mut diff = PagesDiff::default();
    let mut failures = Vec::new();
    let mut pairs: BTreeMap<String, (Option<&PageInput>, Option<&PageInput>)> = BTreeMap::new();
    if pair_any && old.len() == 1 && new.len() == 1 {
        pairs.insert(new[0].rel.clone(), (Some(&old[0]), Some(&new[0])));
    } else {
        for p in old {
            pairs.entry(p.rel.clone()).or_default().0 = Some(p);
        }
        for p in new {
            pairs.entry(p.rel.clone()).or_default().1 = Some(p);
        }
    }
    for (page, (o, n)) in pairs {
        let ro = o.map(|p| read(p, cats)).transpose();
        let rn = n.map(|p| read(p, cats)).transpose();
        let (ro, rn) = match (ro, rn) {
            (Ok(a), Ok(b)) => (a, b),
            (a, b) => {
                failures.extend(a.err());
                failures.extend(b.err());
                continue;
            }
        };
        match (ro, rn) {
            (Some(a), Some(b)) => {
                diff.compared += 1;
                let c = compare_page(&page, &a, &b);
                if c.answers.is_empty() {
                    diff.unchanged += 1;
                } else {
                    diff.pages.push(c);
                }
            }
            (None, Some(b)) => diff.pages.push(PageChange {
                page,
                status: "added",
                old_locale: None,
                new_locale: Some(b.locale),
                answers: Vec::new(),
            }),
            (Some(a), None) => diff.pages.push(PageChange {
                page,
                status: "removed",
                old_locale: Some(a.locale),
                new_locale: None,
                answers: Vec::new(),
            }),
            (None, None) => {}
        }
    }
    (diff, failures)
}
