//! `report`: the review site, a static set of HTML files that
//! localization leads and translators open in a browser, from disk, with
//! nothing loaded from elsewhere.
//!
//! - the overview (`index.html`): per locale, the figures `check` gives
//!   (the same [`check::Report`](crate::check::Report)), with what the
//!   pages showed, as charts and a sortable table;
//! - one view per locale (`locales/<L>.html`): every key with the
//!   reference text, the translation, its state, its variants and how many
//!   pages use each, filtered and searched;
//! - one view per key (`keys/<key>.html`): the pages that use it;
//! - the page list (`pages.html`) and one view per page
//!   (`pages/<page>.html`): the page rendered as HTML, as published and
//!   in every locale, each text highlighted by where it came from.
//!
//! This module is pure: from check results, catalogs, records and marked
//! renderings to HTML strings. `ops::report` reads and writes. Every text
//! from a page or a catalog is escaped (maud in the templates,
//! [`escape`] in the Markdown writer), and each HTML file forbids inline
//! script by its Content-Security-Policy.

mod chart;
pub mod escape;
mod keys;
mod locale;
pub mod markdown;
mod overview;
mod page;
mod pages;
mod shell;

use crate::catalog::lock::Lock;
use crate::catalog::Catalogs;
use crate::locale::Locale;
use crate::record::{Block, Label, Published, Record, Slot, Value};
use crate::render::{Origin, Rendered};
use std::collections::{BTreeMap, BTreeSet};

pub use keys::key_view;
pub use locale::locale_view;
pub use overview::{overview, LocaleFigures};
pub use page::{page_view, PageView};
pub use pages::pages_view;
pub use shell::labels_file;

/// The stylesheet every view links to (`site.css`).
pub const SITE_CSS: &str = include_str!("site.css");
/// The script every view loads (`site.js`): sorting, filtering, search,
/// the locale switch of page views, and the hooks the browser tests use.
pub const SITE_JS: &str = include_str!("site.js");

/// Learned messages not yet reviewed: by locale, their keys. `learn`
/// writes catalogs from published pages; until a person signs a message
/// off, it is machine-sourced.
pub type Learned = BTreeMap<Locale, BTreeSet<String>>;

/// The cross-locale consensus of names and answers: per page (by path),
/// which locales deviate from it and the decisions taken.
#[derive(Debug, Clone, Default)]
pub struct Consensus {
    pub pages: BTreeMap<String, PageConsensus>,
}

/// The consensus of one page.
#[derive(Debug, Clone, Default)]
pub struct PageConsensus {
    /// Locales whose published page deviates from the consensus.
    pub deviating: BTreeSet<Locale>,
    pub decisions: Vec<Decision>,
}

/// One decided fact: its value, and each locale's candidate.
#[derive(Debug, Clone)]
pub struct Decision {
    /// What was decided (`names.app`, a question key).
    pub fact: String,
    pub value: String,
    /// The value each locale's published page had.
    pub candidates: BTreeMap<Locale, String>,
}

/// Everything the site's overview, locale and key views are made of.
pub struct ReportInput<'a> {
    pub cats: &'a Catalogs,
    /// What `check` reports for the same catalogs and pages: the overview's
    /// figures are its figures.
    pub check: &'a crate::check::Report,
    /// Lock files by locale (sign-offs), for each key's state.
    pub locks: &'a BTreeMap<Locale, Lock>,
    /// What each page view found, in page order.
    pub pages: &'a [PageSummary],
    /// Learned, unreviewed messages, when the catalogs record them.
    pub learned: Option<&'a Learned>,
    /// The cross-locale consensus, when it was decided.
    pub consensus: Option<&'a Consensus>,
}

/// What one page's view found, kept for the other views.
#[derive(Debug, Clone, Default)]
pub struct PageSummary {
    /// Path relative to the pages directory, with `/`.
    pub rel: String,
    /// The locale the page was published in.
    pub published: Option<Locale>,
    /// The app's name, when the page names it.
    pub app: Option<String>,
    /// Why the page cannot be read.
    pub error: Option<String>,
    /// Texts no label matched.
    pub unrecognized: usize,
    /// Per catalog locale, in the catalogs' order: what its page holds.
    pub locales: Vec<LocaleRender>,
    /// Every label of the page: its key and wording ([`wording_name`]).
    pub uses: Vec<(String, String)>,
}

/// One page in one locale.
#[derive(Debug, Clone, Default)]
pub struct LocaleRender {
    pub locale: Locale,
    /// Rendered: what `build` writes.
    pub written: bool,
    /// `ms.translationtype: MT`: machine-translated or fallback text.
    pub machine: bool,
    /// Free texts written in another language, for want of a translation.
    pub fallbacks: usize,
    /// Labels written from the reference, for want of a message.
    pub missing: usize,
}

impl LocaleRender {
    /// What rendering a page in `locale` gave.
    pub fn of(locale: &Locale, r: Option<&Rendered>) -> LocaleRender {
        match r {
            Some(r) => LocaleRender {
                locale: locale.clone(),
                written: true,
                machine: r.machine || !r.missing.is_empty(),
                fallbacks: r.fallbacks.len(),
                missing: r.missing.len(),
            },
            None => LocaleRender {
                locale: locale.clone(),
                ..LocaleRender::default()
            },
        }
    }
}

/// How a label was worded on its published page, as the locale and key
/// views name it: empty for the canonical message of the page's locale, a
/// variant (`mt1`), another locale's message (`en-US`, `en-US/mt1`), or
/// `text` for text that is no catalog wording.
pub fn wording_name(p: &Published) -> String {
    match (&p.text, &p.wording) {
        (Some(_), _) => "text".to_string(),
        (None, Some(w)) => w.clone(),
        (None, None) => String::new(),
    }
}

/// How the views show a wording name: `canonical`, `published text`, or
/// the name.
pub fn wording_label(w: &str) -> &str {
    match w {
        "" => "canonical",
        "text" => "published text",
        w => w,
    }
}

/// Every label of a record with its wording name, in page order.
pub fn label_uses(record: &Record) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut label = |l: &Label| {
        if !l.key.is_empty() {
            out.push((l.key.clone(), wording_name(&l.published)));
        }
    };
    for f in &record.front_matter {
        if let Some(l) = &f.label {
            label(l);
        }
    }
    let mut words: Vec<(String, String)> = Vec::new();
    for b in record.walk() {
        match b {
            Block::Heading(h) => label(&h.heading),
            Block::Paragraph(p) => label(&p.paragraph),
            Block::Html(h) => h.slots.iter().for_each(|s| {
                if let Slot::Label { label: l } = s {
                    label(l)
                }
            }),
            Block::Table(t) => {
                t.table.iter().for_each(&mut label);
                for r in &t.rows {
                    if let Some(k) = &r.key {
                        label(k);
                    }
                    for v in &r.values {
                        value_uses(v, &mut words, &mut label);
                    }
                }
            }
            _ => {}
        }
    }
    out.extend(words);
    out
}

fn value_uses(v: &Value, words: &mut Vec<(String, String)>, label: &mut impl FnMut(&Label)) {
    let none = Published::default();
    match v {
        Value::Answer { answer, published } => words.push((
            crate::record::answer_key(answer),
            wording_name(published.first().unwrap_or(&none)),
        )),
        Value::Enum {
            values, published, ..
        } => {
            for (i, e) in values.iter().enumerate() {
                words.push((
                    crate::record::enum_key(e),
                    wording_name(published.get(i).unwrap_or(&none)),
                ));
            }
        }
        Value::Html { slots, .. } => slots.iter().for_each(|s| {
            if let Slot::Label { label: l } = s {
                label(l)
            }
        }),
        _ => {}
    }
}

/// How many texts of each origin a marked rendering holds.
pub fn origin_counts(r: &Rendered) -> [usize; Origin::ALL.len()] {
    let mut n = [0; Origin::ALL.len()];
    for m in &r.marks {
        if let Some(i) = Origin::ALL.iter().position(|o| *o == m.origin) {
            n[i] += 1;
        }
    }
    n
}

/// The label file of `locale` (`labels/<L>.js`): the text of every
/// message of the locale that reads no variable, by key, which page views
/// leave out of their highlights and the site's script fills in. A
/// message's text is so written once per locale, not once per page that
/// shows it. The texts are JSON strings, set as text by the script.
pub fn labels_js(cats: &Catalogs, locale: &Locale) -> String {
    let mut texts: BTreeMap<&str, String> = BTreeMap::new();
    if let Some(loc) = cats.locale(locale) {
        for key in loc.definitions().into_keys() {
            if let Some(t) = cats.fixed_text(locale, key, None) {
                texts.insert(key, crate::render::sentinel::strip(t).into_owned());
            }
        }
    }
    let name = serde_json::to_string(locale.as_str()).unwrap_or_default();
    let json = serde_json::to_string(&texts).unwrap_or_else(|_| "{}".to_string());
    format!("(window.attestLabels = window.attestLabels || {{}})[{name}] = {json};\n")
}

/// The file of a page's view, relative to the site: `pages/<page>.html`
/// (`.md` replaced).
pub fn page_file(rel: &str) -> String {
    let stem = rel.strip_suffix(".md").unwrap_or(rel);
    format!("pages/{stem}.html")
}

/// The file of a key's view.
pub fn key_file(key: &str) -> String {
    format!("keys/{key}.html")
}

/// The file of a locale's view.
pub fn locale_file(locale: &str) -> String {
    format!("locales/{locale}.html")
}

/// The way from a file of the site back to its root (`../../` for
/// `pages/saas/x.html`).
pub fn root_of(file: &str) -> String {
    "../".repeat(file.matches('/').count())
}

/// Where each key is used: per key, per wording name, the pages (by index
/// into the summaries) whose published page worded it so, and the locale
/// the page was published in.
pub(crate) type Uses = BTreeMap<String, BTreeMap<(Locale, String), Vec<usize>>>;

/// The uses of every key over the pages: key → (published locale,
/// wording) → pages.
pub(crate) fn uses_by_key(pages: &[PageSummary]) -> Uses {
    let mut out: Uses = BTreeMap::new();
    for (i, p) in pages.iter().enumerate() {
        let locale = p.published.clone().unwrap_or_default();
        let mut seen: BTreeSet<(&str, &str)> = BTreeSet::new();
        for (k, w) in &p.uses {
            if !seen.insert((k, w)) {
                continue;
            }
            out.entry(k.clone())
                .or_default()
                .entry((locale.clone(), w.clone()))
                .or_default()
                .push(i);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn files_and_roots() {
        assert_eq!(page_file("saas/a.md"), "pages/saas/a.html");
        assert_eq!(
            page_file("zone-pivot-groups.yml"),
            "pages/zone-pivot-groups.yml.html"
        );
        assert_eq!(root_of("pages/saas/a.html"), "../../");
        assert_eq!(root_of("index.html"), "");
    }
}
