//! A locale's view (`locales/<L>.html`): every key with the reference
//! text, the translation and its state (as `diff` and `check` give it),
//! the recognized variants of the key in the locale, how many pages
//! published in the locale use each wording, and a link to the pages that
//! use the key. Filter buttons by state and a search box, both by
//! keyboard.

use super::overview::NO_LEARNED;
use super::shell::{document, search, Kind, Labels};
use super::{key_file, wording_label, ReportInput, Uses};
use crate::catalog::index::EntryKind;
use crate::catalog::lock::Lock;
use crate::catalog::LocaleCatalog;
use crate::diff::{self, State};
use crate::locale::Locale;
use fluent_syntax::ast;
use maud::{html, Markup};
use std::collections::BTreeMap;

/// One row of the view.
struct KeyRow {
    key: String,
    reference: Option<String>,
    translation: Option<String>,
    /// State names, the first the key's state: `translated unsigned`.
    states: Vec<&'static str>,
    comment: Option<String>,
}

/// The filters of the view, in order: state names and labels.
const FILTERS: [(&str, &str); 8] = [
    ("translated", "Translated"),
    ("unsigned", "Unsigned"),
    ("learned", "Learned, not reviewed"),
    ("missing", "Missing"),
    ("untranslated", "Untranslated"),
    ("stale", "Stale"),
    ("obsolete", "Obsolete"),
    ("reference", "Reference"),
];

/// The view of `locale`, with where each key is used.
pub fn locale_view(input: &ReportInput, locale: &Locale, uses: &Uses) -> String {
    let cats = input.cats;
    let reference = &cats.reference;
    let is_reference = locale == reference;
    let empty = Lock::default();
    let lock = input.locks.get(locale).unwrap_or(&empty);
    let learned = input.learned.and_then(|l| l.get(locale));
    let rows: Vec<KeyRow> = if is_reference {
        let defs = cats
            .locale(reference)
            .map(LocaleCatalog::definitions)
            .unwrap_or_default();
        defs.into_values()
            .map(|d| KeyRow {
                key: d.id().to_string(),
                reference: Some(d.text()),
                translation: None,
                states: vec!["reference"],
                comment: d.comment(),
            })
            .collect()
    } else {
        diff::sheet(cats, locale, reference, lock)
            .rows
            .into_iter()
            .map(|r| {
                let mut states = vec![r.state.name()];
                let unsigned = r.state == State::Translated && !r.signed;
                if unsigned {
                    states.push("unsigned");
                    if learned.is_some_and(|l| l.contains(&r.key)) {
                        states.push("learned");
                    }
                }
                KeyRow {
                    key: r.key,
                    reference: r.source,
                    translation: r.target,
                    states,
                    comment: r.comment,
                }
            })
            .collect()
    };
    let variants = cats.locale(locale).map(variant_texts).unwrap_or_default();
    let count = |s: &str| rows.iter().filter(|r| r.states.contains(&s)).count();
    let mut locales = cats.locale_names();
    locales.sort();
    let title = format!("{locale} keys");
    let content = html! {
        h1 { (locale) @if is_reference { " " span.tag { "reference" } } }
        p.lead {
            (rows.len()) " keys. "
            @if is_reference {
                "The reference locale: every other locale is compared with these texts."
            } @else {
                "Each translation beside its " (reference) " text, with its state as "
                code { "check" } " and " code { "diff" } " give it."
            }
            @if input.learned.is_none() && !is_reference {
                " " span.note title=(NO_LEARNED) { "Learned state: not recorded." }
            }
        }
        div.tools {
            div.filters role="group" aria-label="Filter by state" {
                button type="button" data-filter="all" aria-pressed="true" { "All " span.n { (rows.len()) } }
                @for (state, label) in FILTERS {
                    @let n = count(state);
                    @if n > 0 {
                        button type="button" data-filter=(state) aria-pressed="false" { (label) " " span.n { (n) } }
                    }
                }
            }
            (search("Search keys and texts", "keys"))
        }
        div.scroll {
            table.sortable.keys #keys data-table="keys" {
                thead { tr {
                    th scope="col" aria-sort="none" data-type="text" { button type="button" { "Key" } }
                    @if !is_reference {
                        th scope="col" { (reference) }
                    }
                    th scope="col" { @if is_reference { "Text" } @else { (locale) } }
                    th scope="col" aria-sort="none" data-type="text" { button type="button" { "State" } }
                    th scope="col" { "Variants and wordings on " (locale) " pages" }
                    th scope="col" aria-sort="none" data-type="num" { button type="button" { "Pages" } }
                } }
                tbody {
                    @for r in &rows {
                        (row(r, locale, is_reference, variants.get(&r.key), uses.get(&r.key)))
                    }
                }
            }
        }
    };
    document(&title, Kind::Locale, "../", &locales, Labels::None, content)
}

fn row(
    r: &KeyRow,
    locale: &Locale,
    is_reference: bool,
    variants: Option<&Vec<(String, String)>>,
    uses: Option<&BTreeMap<(Locale, String), Vec<usize>>>,
) -> Markup {
    // Wordings of pages published in this locale, by wording name.
    let mut here: BTreeMap<&str, usize> = BTreeMap::new();
    let mut pages: Vec<usize> = Vec::new();
    for ((l, w), p) in uses.into_iter().flatten() {
        if l == locale {
            *here.entry(w.as_str()).or_default() += p.len();
        }
        pages.extend(p);
    }
    pages.sort_unstable();
    pages.dedup();
    let variants = variants.map(Vec::as_slice).unwrap_or_default();
    let state = r.states.join(" ");
    html! {
        tr id={ "k-" (r.key) } data-s=(state) {
            th scope="row" data-v=(r.key) {
                code { (r.key) }
                @if let Some(c) = &r.comment { p.comment { (c) } }
            }
            @if !is_reference {
                td lang="en" { (text(r.reference.as_deref())) }
            }
            td lang=(locale) { (text(if is_reference { r.reference.as_deref() } else { r.translation.as_deref() })) }
            td data-v=(state) {
                @for s in &r.states { span class={ "state s-" (s) } { (s) } " " }
            }
            td {
                @if variants.is_empty() && here.is_empty() { span.none { "—" } }
                ul.wordings {
                    @if let Some(n) = here.get("") {
                        li { span.w { "canonical" } " " span.uses { (n) " pages" } }
                    }
                    @for (name, t) in variants {
                        li {
                            span.w { (name) } " " (text(Some(t)))
                            " " span.uses { (here.get(name.as_str()).copied().unwrap_or(0)) " pages" }
                        }
                    }
                    @for (w, n) in &here {
                        @if !w.is_empty() && !variants.iter().any(|(v, _)| v == w) {
                            li { span.w.other { (wording_label(w)) } " " span.uses { (n) " pages" } }
                        }
                    }
                }
            }
            td.num data-v=(pages.len()) {
                @if pages.is_empty() { "0" } @else {
                    a href={ "../" (key_file(&r.key)) } { (pages.len()) }
                }
            }
        }
    }
}

/// A Fluent text, or "—" when there is none.
fn text(t: Option<&str>) -> Markup {
    html! {
        @match t {
            Some(t) => span.ftl { (t) },
            None => span.none { "—" },
        }
    }
}

/// The recognized variants of a locale (`variants/`), from its catalog
/// index: per key, each wording's name and Fluent text.
fn variant_texts(loc: &LocaleCatalog) -> BTreeMap<String, Vec<(String, String)>> {
    let mut out: BTreeMap<String, Vec<(String, String)>> = BTreeMap::new();
    let wordings = loc
        .index
        .defs(&loc.files)
        .filter(|d| d.entry.kind == EntryKind::Wordings);
    for d in wordings {
        for a in d.attributes() {
            let one = ast::Entry::Message(ast::Message {
                id: ast::Identifier {
                    name: d.id().to_string(),
                },
                value: Some(a.value.clone()),
                attributes: Vec::new(),
                comment: None,
            });
            let text = crate::catalog::lock::entry_text(&one).unwrap_or_default();
            out.entry(d.id().to_string())
                .or_default()
                .push((a.id.name.clone(), text));
        }
    }
    out
}
