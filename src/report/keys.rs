//! A key's view (`keys/<key>.html`): the reference text, how the
//! published pages worded the key, and every page that uses it, by
//! wording, each linked to its page view.

use super::shell::{document, Kind, Labels};
use super::{locale_file, page_file, wording_label, PageSummary, ReportInput};
use crate::locale::Locale;
use maud::html;
use std::collections::{BTreeMap, BTreeSet};

/// The view of `key`, from its uses: (published locale, wording) → pages
/// (indexes into `input.pages`).
pub fn key_view(
    input: &ReportInput,
    key: &str,
    uses: &BTreeMap<(Locale, String), Vec<usize>>,
) -> String {
    let cats = input.cats;
    let mut locales = cats.locale_names();
    locales.sort();
    let reference = cats
        .locale(&cats.reference)
        .and_then(|l| l.def(key))
        .map(|d| d.text());
    let pages: BTreeSet<usize> = uses.values().flatten().copied().collect();
    let page = |i: usize| -> &PageSummary { &input.pages[i] };
    let content = html! {
        h1 { code { (key) } }
        @if let Some(t) = &reference {
            p.lead { (cats.reference) ": " span.ftl { (t) } }
        }
        p {
            "In the locale views: "
            @for (i, l) in locales.iter().enumerate() {
                @if i > 0 { ", " }
                a href={ "../" (locale_file(l.as_str())) "#k-" (key) } { (l) }
            }
        }
        h2 { "Wordings on published pages" }
        table.sortable {
            thead { tr {
                th scope="col" aria-sort="none" data-type="text" { button type="button" { "Published in" } }
                th scope="col" aria-sort="none" data-type="text" { button type="button" { "Wording" } }
                th scope="col" aria-sort="none" data-type="num" { button type="button" { "Pages" } }
            } }
            tbody {
                @for ((l, w), ps) in uses {
                    tr {
                        td data-v=(l) { (l) }
                        td data-v=(w) { (wording_label(w)) }
                        td.num data-v=(ps.len()) { (ps.len()) }
                    }
                }
            }
        }
        h2 { (pages.len()) " pages" }
        @for ((l, w), ps) in uses {
            h3 { "Published in " (l) ", " (wording_label(w)) " (" (ps.len()) ")" }
            ul.pages {
                @for i in ps {
                    @let p = page(*i);
                    li { a href={ "../" (page_file(&p.rel)) } { (p.rel) } }
                }
            }
        }
    };
    document(key, Kind::Key, "../", &locales, Labels::None, content)
}
