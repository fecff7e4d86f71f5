//! The overview (`index.html`): per locale, how complete its catalog is
//! (the figures of `check`'s report, taken from it, not counted again),
//! learned messages not yet reviewed, untranslated free text, the pages
//! written, and pages that deviate from the cross-locale consensus; as
//! bars and as a sortable table.

use super::chart::{bar, Part};
use super::shell::{document, num, unknown, Kind, Labels};
use super::{locale_file, ReportInput};
use crate::check::{Code, Completeness};
use crate::diag::Severity;
use crate::locale::Locale;
use maud::{html, Markup};

/// Why the learned column is empty.
pub(crate) const NO_LEARNED: &str = "No learned messages: these catalogs record no message learned from published pages (attest-l10n learn) awaiting review.";
/// Why the consensus column is empty.
pub(crate) const NO_CONSENSUS: &str = "No consensus: names and answers have not been decided across the locales' published pages, so no page can deviate from it yet.";

/// The overview's figures for one locale.
#[derive(Debug, Clone, PartialEq)]
pub struct LocaleFigures {
    pub locale: Locale,
    pub reference: bool,
    /// The completeness `check` reports (none for the reference).
    pub completeness: Option<Completeness>,
    /// Learned messages not yet reviewed, when known.
    pub learned: Option<usize>,
    /// Free texts shown in another language, over all pages.
    pub free_texts: usize,
    /// Pages with such free text (`check`'s `free-text` findings).
    pub free_text_pages: usize,
    /// Pages rendered in the locale: what `build` writes.
    pub pages_written: usize,
    /// Of those, pages whose every text is human-translated (`HT`).
    pub pages_human: usize,
    /// Pages whose published version deviates from the consensus, when
    /// known.
    pub deviating: Option<usize>,
}

/// The figures of every catalog locale: the reference first, then the
/// others by name.
pub fn figures(input: &ReportInput) -> Vec<LocaleFigures> {
    let reference = &input.cats.reference;
    let mut locales = input.cats.locale_names();
    locales.sort();
    locales.sort_by_key(|l| l != reference);
    let reference = reference.clone();
    locales
        .into_iter()
        .map(|l| {
            let completeness = input
                .check
                .completeness
                .iter()
                .find(|c| c.locale == l)
                .cloned();
            let learned = input.learned.map(|m| {
                m.get(&l).map_or(0, |keys| {
                    // A learned message counts until it is signed off.
                    let lock = input.locks.get(&l);
                    keys.iter()
                        .filter(|k| lock.is_none_or(|lk| !lk.entries.contains_key(*k)))
                        .count()
                })
            });
            let free_text_pages = input
                .check
                .findings
                .iter()
                .filter(|f| f.code == Code::FreeText && f.locale.as_ref() == Some(&l))
                .count();
            let mut free_texts = 0;
            let mut pages_written = 0;
            let mut pages_human = 0;
            for p in input.pages {
                if let Some(r) = p.locales.iter().find(|r| r.locale == l) {
                    free_texts += r.fallbacks;
                    pages_written += usize::from(r.written);
                    pages_human += usize::from(r.written && !r.machine);
                }
            }
            let deviating = input.consensus.map(|c| {
                c.pages
                    .values()
                    .filter(|p| p.deviating.contains(&l))
                    .count()
            });
            LocaleFigures {
                reference: l == reference,
                locale: l,
                completeness,
                learned,
                free_texts,
                free_text_pages,
                pages_written,
                pages_human,
                deviating,
            }
        })
        .collect()
}

/// The overview document.
pub fn overview(input: &ReportInput) -> String {
    let figs = figures(input);
    let locales: Vec<Locale> = figs.iter().map(|f| f.locale.clone()).collect();
    let check = input.check;
    let pages = input.pages.len();
    let unreadable = input.pages.iter().filter(|p| p.error.is_some()).count();
    let unrecognized: usize = input.pages.iter().map(|p| p.unrecognized).sum();
    let keys = figs
        .iter()
        .find_map(|f| f.completeness.as_ref().map(|c| c.keys))
        .unwrap_or(0);
    let content = html! {
        h1 { "Localization status" }
        p.lead {
            (locales.len()) " locales, reference " strong { (check.reference) } ", "
            (keys) " reference keys, " (pages) " pages read"
            @if unreadable > 0 { " (" (unreadable) " cannot be read)" }
            ", " (unrecognized) " texts no label matched. "
            "check: " (check.count(Severity::Error)) " errors, " (check.count(Severity::Warning)) " warnings."
        }
        section aria-labelledby="keys-h" {
            h2 #keys-h { "Catalogs" }
            (legend(&[
                ("k-reviewed", "translated and signed off"),
                ("k-learned", "learned, not reviewed"),
                ("k-unsigned", "translated, not signed off"),
                ("k-stale", "stale"),
                ("k-untranslated", "untranslated"),
                ("k-missing", "missing"),
            ]))
            div.scroll {
                table.sortable #overview data-figures="keys" {
                    caption { "Keys per locale, as " code { "check --format json" } " counts them. Select a header to sort." }
                    thead { tr {
                        (th("locale", "Locale", false))
                        (th("keys", "Keys", true))
                        (th("translated", "Translated", true))
                        (th("learned", "Learned, not reviewed", true))
                        (th("missing", "Missing", true))
                        (th("untranslated", "Untranslated", true))
                        (th("stale", "Stale", true))
                        (th("unsigned", "Unsigned", true))
                        (th("percent", "Done", true))
                        (th("words", "Words to translate", true))
                        th scope="col" { "Keys" }
                    } }
                    tbody {
                        @for f in &figs { (key_row(f, keys)) }
                    }
                }
            }
        }
        section aria-labelledby="pages-h" {
            h2 #pages-h { "Pages" }
            (legend(&[
                ("p-human", "written, human-translated (HT)"),
                ("p-machine", "written, with machine or fallback text (MT)"),
                ("p-none", "not written"),
            ]))
            div.scroll {
                table.sortable #overview-pages data-figures="pages" {
                    caption { "Pages per locale. Select a header to sort." }
                    thead { tr {
                        (th("locale", "Locale", false))
                        (th("pages_written", "Pages written", true))
                        (th("pages_human", "HT pages", true))
                        (th("free_texts", "Free texts untranslated", true))
                        (th("free_text_pages", "Pages with untranslated free text", true))
                        (th("deviating", "Pages deviating from consensus", true))
                        th scope="col" { "Pages" }
                    } }
                    tbody {
                        @for f in &figs { (page_row(f, pages)) }
                    }
                }
            }
        }
    };
    document(
        "Overview",
        Kind::Overview,
        "",
        &locales,
        Labels::None,
        content,
    )
}

fn th(col: &str, label: &str, numeric: bool) -> Markup {
    html! {
        th scope="col" data-col=(col) data-type=(if numeric { "num" } else { "text" }) aria-sort="none" {
            button type="button" { (label) }
        }
    }
}

fn legend(items: &[(&str, &str)]) -> Markup {
    html! {
        ul.legend {
            @for (class, label) in items {
                li { svg width="12" height="12" aria-hidden="true" { rect class=(class) width="12" height="12" {} } " " (label) }
            }
        }
    }
}

fn locale_cell(f: &LocaleFigures) -> Markup {
    html! {
        th scope="row" data-col="locale" data-v=(f.locale) {
            a href=(locale_file(f.locale.as_str())) { (f.locale) }
            @if f.reference { " " span.tag { "reference" } }
        }
    }
}

/// Why the reference's row has no completeness.
const REFERENCE: &str = "The reference locale: the others are compared with it.";

/// A row of the catalogs table; `keys`, the reference's keys.
fn key_row(f: &LocaleFigures, keys: usize) -> Markup {
    let learned = f.learned.unwrap_or(0);
    html! {
        tr data-locale=(f.locale) {
            (locale_cell(f))
            @match &f.completeness {
                Some(c) => {
                    (num("keys", c.keys))
                    (num("translated", c.translated))
                    @match f.learned {
                        Some(n) => (num("learned", n)),
                        None => (unknown("learned", NO_LEARNED)),
                    }
                    (num("missing", c.missing))
                    (num("untranslated", c.untranslated))
                    (num("stale", c.stale))
                    (num("unsigned", c.unsigned))
                    td.num data-col="percent" data-v=(format!("{:.1}", c.percent())) { (format!("{:.1}", c.percent())) "%" }
                    (num("words", c.words))
                    td.chart {
                        (bar(&[
                            Part { class: "k-reviewed", label: "translated and signed off", value: c.translated.saturating_sub(c.stale + c.unsigned) },
                            Part { class: "k-learned", label: "learned, not reviewed", value: learned.min(c.unsigned) },
                            Part { class: "k-unsigned", label: "translated, not signed off", value: c.unsigned.saturating_sub(learned) },
                            Part { class: "k-stale", label: "stale", value: c.stale },
                            Part { class: "k-untranslated", label: "untranslated", value: c.untranslated },
                            Part { class: "k-missing", label: "missing", value: c.missing },
                        ], c.keys))
                    }
                }
                None => {
                    @if keys > 0 { (num("keys", keys)) } @else { (unknown("keys", REFERENCE)) }
                    @for c in ["translated", "learned", "missing", "untranslated", "stale", "unsigned", "percent", "words"] {
                        (unknown(c, REFERENCE))
                    }
                    td.chart {}
                }
            }
        }
    }
}

fn page_row(f: &LocaleFigures, pages: usize) -> Markup {
    html! {
        tr data-locale=(f.locale) {
            (locale_cell(f))
            (num("pages_written", f.pages_written))
            (num("pages_human", f.pages_human))
            (num("free_texts", f.free_texts))
            (num("free_text_pages", f.free_text_pages))
            @match f.deviating {
                Some(n) => (num("deviating", n)),
                None => (unknown("deviating", NO_CONSENSUS)),
            }
            td.chart {
                (bar(&[
                    Part { class: "p-human", label: "HT", value: f.pages_human },
                    Part { class: "p-machine", label: "MT", value: f.pages_written - f.pages_human },
                    Part { class: "p-none", label: "not written", value: pages.saturating_sub(f.pages_written) },
                ], pages))
            }
        }
    }
}
