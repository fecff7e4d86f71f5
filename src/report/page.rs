//! A page's view (`pages/<page>.html`): the page rendered as HTML in the
//! reference locale beside the same page as published and in every other
//! locale, one shown at a time (all of them, one after the other, without
//! script). Each text is highlighted by where it came from ([`Origin`]),
//! and a page with a consensus decision lists each locale's candidates.
//!
//! One file per page holds every locale: the page's structure is read
//! once, and a reviewer switches locale without leaving it. Its size grows
//! with the number of locales (a rendering is 10 to 20 KB), which the
//! report's measure keeps in view (docs/REPORT.md).

use super::escape::escape;
use super::markdown::{origin_class, page_html, Marking};
use super::shell::{document, raw, Kind, Labels};
use super::{origin_counts, root_of, PageConsensus};
use crate::catalog::Catalogs;
use crate::locale::Locale;
use crate::record::{Record, SourceFormat};
use crate::render::{Origin, Rendered};
use maud::{html, Markup, PreEscaped};
use std::collections::BTreeMap;

/// What a page view shows.
pub struct PageView<'a> {
    /// The page's path relative to the pages directory.
    pub rel: &'a str,
    /// The page's record; `None` when the page cannot be read.
    pub record: Option<&'a Record>,
    /// Why the page cannot be read.
    pub error: Option<&'a str>,
    /// The reference locale.
    pub reference: &'a Locale,
    /// Every catalog locale, sorted (for the navigation).
    pub locales: &'a [Locale],
    /// The page as published, marked, or why it cannot be rendered so.
    pub published: Option<Result<Rendered, String>>,
    /// The page in each catalog locale, marked, or why it cannot be
    /// rendered there; the reference among them.
    pub rendered: Vec<(Locale, Result<Rendered, String>)>,
    /// The consensus decisions about this page, if any.
    pub consensus: Option<&'a PageConsensus>,
    /// The catalogs, whose messages with no variable the site's label
    /// files hold (`labels/<L>.js`): such a text is left to them. `None`:
    /// every text is written in the page.
    pub labels: Option<&'a Catalogs>,
}

/// The legend of highlights: origin, what it means.
const LEGEND: [(Origin, &str); 9] = [
    (Origin::Canonical, "catalog: the locale's canonical message"),
    (Origin::Variant, "variant: a recognized published wording"),
    (
        Origin::Reference,
        "reference fallback: the reference's text",
    ),
    (Origin::OtherLocale, "another locale's wording"),
    (
        Origin::Published,
        "published text that is no catalog wording",
    ),
    (
        Origin::FreeText,
        "free text written or translated by a person",
    ),
    (Origin::Machine, "machine-translated free text"),
    (Origin::Untranslated, "free text in another language"),
    (Origin::Unrecognized, "unrecognized: no label matched"),
];

/// The view of one page: a whole document.
pub fn page_view(v: &PageView) -> String {
    let file = super::page_file(v.rel);
    let root = root_of(&file);
    let record = v.record;
    let published_locale = record.map(|r| &r.locale);
    let yaml = record.is_some_and(|r| r.format == Some(SourceFormat::Yaml));
    let name = |k: &str| record.and_then(|r| r.names.get(k)).map(String::as_str);
    // The column shown first beside the reference: the published page's
    // locale when it is a catalog locale other than the reference, else
    // the published page.
    let first = match published_locale {
        Some(l) if l != v.reference && v.rendered.iter().any(|(x, _)| x == l) => l.to_string(),
        _ if v.published.is_some() => "published".to_string(),
        _ => v
            .rendered
            .iter()
            .map(|(l, _)| l)
            .find(|l| *l != v.reference)
            .map(Locale::to_string)
            .unwrap_or_default(),
    };
    let reference = v.rendered.iter().find(|(l, _)| l == v.reference);
    let others: Vec<Col> = v
        .published
        .iter()
        .map(|p| Col {
            id: "published".to_string(),
            label: format!(
                "As published ({})",
                published_locale.map_or("?", Locale::as_str)
            ),
            locale: published_locale,
            rendered: p,
        })
        .chain(
            v.rendered
                .iter()
                .filter(|(l, _)| l != v.reference)
                .map(|(l, r)| Col {
                    id: l.to_string(),
                    label: l.to_string(),
                    locale: Some(l),
                    rendered: r,
                }),
        )
        .collect();
    // Every key of the page once: highlights carry its index.
    let mut keys: BTreeMap<&str, usize> = BTreeMap::new();
    let renderings = v.published.iter().chain(v.rendered.iter().map(|(_, r)| r));
    for r in renderings.flatten() {
        for m in r.marks.iter().filter(|m| !m.key.is_empty()) {
            keys.insert(&m.key, 0);
        }
    }
    for (i, n) in keys.values_mut().enumerate() {
        *n = i;
    }
    let key_list: Vec<&str> = keys.keys().copied().collect();
    let cols = Columns {
        keys: &keys,
        yaml,
        labels: v.labels,
        reference: v.reference,
    };
    let content = html! {
        h1 { (v.rel) }
        dl.facts {
            @if let Some(app) = name("app") { dt { "App" } dd { (app) } }
            @if let Some(p) = name("publisher") { dt { "Publisher" } dd { (p) } }
            @if let Some(l) = published_locale { dt { "Published in" } dd { (l) } }
            @if let Some(t) = record.and_then(|r| r.translation.as_deref()) { dt { "Translation" } dd { (t) } }
        }
        @if let Some(e) = v.error {
            p.error role="alert" { "This page cannot be read: " (e) }
        }
        @if let Some(c) = v.consensus { (consensus(c)) }
        @if record.is_some() {
            details.legend-box open {
                summary { "What the highlights mean" }
                ul.legend {
                    @for (o, what) in LEGEND {
                        li { mark class=(origin_class(o)) { (o.name()) } " " (what) }
                    }
                }
            }
            div.switch role="group" aria-label="Locale beside the reference" {
                span { "Beside " (v.reference) ": " }
                @for c in &others {
                    button type="button" data-show=(c.id) aria-pressed=(if c.id == first { "true" } else { "false" }) { (c.label) }
                }
            }
            @if v.labels.is_some() {
                noscript { p.error { "The texts of the catalogs are filled in by the site's script (site.js, labels/): allow scripts to see them." } }
            }
            div.sbs data-reference=(v.reference) {
                @if let Some((l, r)) = reference {
                    (cols.column(&Col {
                        id: "reference".to_string(),
                        label: format!("{l} (reference)"),
                        locale: Some(l),
                        rendered: r,
                    }, true))
                }
                @for c in &others {
                    (cols.column(c, c.id == first))
                }
            }
            div #mark-info.mark-info aria-live="polite" hidden {}
            script #page-keys type="application/json" { (json_list(&key_list)) }
        }
    };
    let mut locales = v.locales.to_vec();
    locales.sort();
    let labels = if v.labels.is_some() {
        Labels::Files
    } else {
        Labels::None
    };
    document(v.rel, Kind::Page, &root, &locales, labels, content)
}

/// The page's key list as JSON, for a data block: `<` written `\u003c`,
/// so that no text in it can end the block.
fn json_list(keys: &[&str]) -> PreEscaped<String> {
    let json = serde_json::to_string(keys).unwrap_or_else(|_| "[]".to_string());
    PreEscaped(json.replace('<', "\\u003c"))
}

/// How the columns of a page view are made.
struct Columns<'a> {
    /// The page's keys, each with its index.
    keys: &'a BTreeMap<&'a str, usize>,
    yaml: bool,
    labels: Option<&'a Catalogs>,
    reference: &'a Locale,
}

/// One column of a page view: its id (`reference`, `published`, a
/// locale), its heading, the locale its texts are in, the rendering.
struct Col<'a> {
    id: String,
    label: String,
    locale: Option<&'a Locale>,
    rendered: &'a Result<Rendered, String>,
}

impl Columns<'_> {
    fn column(&self, c: &Col, first: bool) -> Markup {
        let lang = c.locale.map_or("", Locale::as_str);
        html! {
            section.col data-col=(c.id) data-first[first] lang=(lang) aria-label=(c.label) {
                h2 { (c.label) }
                @match c.rendered {
                    Ok(r) => {
                        (counts(r))
                        div.page { (raw(&self.page(r, &c.id, c.locale))) }
                    }
                    Err(e) => p.error { "Cannot be rendered: " (e) },
                }
            }
        }
    }

    /// The page of column `id`, in `locale`.
    fn page(&self, r: &Rendered, id: &str, locale: Option<&Locale>) -> String {
        let keys: Vec<Option<usize>> = r
            .marks
            .iter()
            .map(|m| self.keys.get(m.key.as_str()).copied())
            .collect();
        // The label files hold each locale's messages with no variable:
        // the canonical message of the column's locale, the reference's
        // for a fallback.
        let shared: Vec<Option<String>> = match self.labels {
            None => Vec::new(),
            Some(cats) => r
                .marks
                .iter()
                .map(|m| {
                    let locale = match m.origin {
                        Origin::Canonical => locale?,
                        Origin::Reference => self.reference,
                        _ => return None,
                    };
                    cats.fixed_text(locale, &m.key, None).map(escape)
                })
                .collect(),
        };
        let marking = Marking {
            marks: &r.marks,
            keys: &keys,
            shared: &shared,
            all_front_matter: id == "published",
        };
        let mut s = String::with_capacity(r.text.len() * 5 / 4);
        page_html(&r.text, &marking, self.yaml, &mut s);
        s
    }
}

/// How many texts of each origin a rendering holds.
fn counts(r: &Rendered) -> Markup {
    let n = origin_counts(r);
    html! {
        p.counts {
            @for (i, o) in Origin::ALL.iter().enumerate() {
                @if n[i] > 0 {
                    mark class=(origin_class(*o)) { (o.name()) " " (n[i]) } " "
                }
            }
        }
    }
}

fn consensus(c: &PageConsensus) -> Markup {
    let mut locales: Vec<&Locale> = c
        .decisions
        .iter()
        .flat_map(|d| d.candidates.keys())
        .collect();
    locales.sort();
    locales.dedup();
    html! {
        section.consensus aria-labelledby="consensus-h" {
            h2 #consensus-h { "Consensus" }
            @if !c.deviating.is_empty() {
                p { "Deviating: " (c.deviating.iter().map(Locale::as_str).collect::<Vec<_>>().join(", ")) }
            }
            table {
                thead { tr {
                    th scope="col" { "Fact" }
                    th scope="col" { "Decided" }
                    @for l in &locales { th scope="col" { (l) } }
                } }
                tbody {
                    @for d in &c.decisions {
                        tr {
                            th scope="row" { code { (d.fact) } }
                            td { (d.value) }
                            @for l in &locales {
                                @let cand = d.candidates.get(*l);
                                td class=[cand.filter(|x| **x != d.value).map(|_| "deviates")] {
                                    (cand.map(String::as_str).unwrap_or("—"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}
