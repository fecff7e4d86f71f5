//! The page list (`pages.html`): every page read, the locale it was
//! published in, what no label matched, and per locale whether the page
//! is written human-translated (`HT`) or with machine or fallback text
//! (`MT`); searchable and sortable.

use super::overview::NO_CONSENSUS;
use super::shell::{document, search, Kind, Labels};
use super::{page_file, ReportInput};
use crate::locale::Locale;
use maud::html;

/// The page list.
pub fn pages_view(input: &ReportInput) -> String {
    let mut locales = input.cats.locale_names();
    locales.sort();
    let content = html! {
        h1 { "Pages" }
        p.lead {
            (input.pages.len()) " pages. Per locale: " strong { "HT" } " when every text of the page is human-translated, "
            strong { "MT" } " when it carries machine-translated text or falls back to another language, with the number of such texts."
        }
        div.tools {
            div.filters role="group" aria-label="Filter pages" {
                button type="button" data-filter="all" aria-pressed="true" { "All" }
                button type="button" data-filter="unrecognized" aria-pressed="false" { "With unrecognized text" }
                button type="button" data-filter="error" aria-pressed="false" { "Cannot be read" }
                button type="button" data-filter="machine" aria-pressed="false" { "MT in a locale" }
            }
            (search("Search pages", "pages"))
        }
        div.scroll {
            table.sortable #pages data-table="pages" {
                thead { tr {
                    th scope="col" aria-sort="none" data-type="text" { button type="button" { "Page" } }
                    th scope="col" aria-sort="none" data-type="text" { button type="button" { "App" } }
                    th scope="col" aria-sort="none" data-type="text" { button type="button" { "Published in" } }
                    th scope="col" aria-sort="none" data-type="num" { button type="button" { "Unrecognized" } }
                    @for l in &locales {
                        th scope="col" aria-sort="none" data-type="text" { button type="button" { (l) } }
                    }
                    th scope="col" title=[input.consensus.is_none().then_some(NO_CONSENSUS)] { "Deviates" }
                } }
                tbody {
                    @for p in input.pages {
                        @let machine = p.locales.iter().any(|r| r.written && r.machine);
                        @let state = [
                            (p.unrecognized > 0).then_some("unrecognized"),
                            p.error.is_some().then_some("error"),
                            machine.then_some("machine"),
                        ].into_iter().flatten().collect::<Vec<_>>().join(" ");
                        tr data-s=(state) {
                            th scope="row" data-v=(p.rel) { a href=(page_file(&p.rel)) { (p.rel) } }
                            td data-v=(p.app.as_deref().unwrap_or("")) { (p.app.as_deref().unwrap_or("")) }
                            @let published = p.published.as_ref().map_or("", |l| l.as_str());
                            td data-v=(published) {
                                @match &p.error {
                                    Some(e) => span.error title=(e) { "cannot be read" },
                                    None => (published),
                                }
                            }
                            td.num data-v=(p.unrecognized) { (p.unrecognized) }
                            @for l in &locales {
                                @match p.locales.iter().find(|r| &r.locale == l) {
                                    Some(r) if r.written => {
                                        @let n = r.fallbacks + r.missing;
                                        td data-v=(if r.machine { format!("MT {n:05}") } else { "HT".to_string() })
                                            title={ (r.fallbacks) " free texts in another language, " (r.missing) " labels from the reference" } {
                                            @if r.machine { span.mt { "MT" } " " (n) } @else { span.ht { "HT" } }
                                        }
                                    }
                                    _ => td data-v="~" { span.none { "—" } },
                                }
                            }
                            @match input.consensus {
                                Some(c) => td {
                                    (c.pages.get(&p.rel).map(|d| d.deviating.iter().map(Locale::as_str).collect::<Vec<_>>().join(", ")).unwrap_or_default())
                                },
                                None => td.unknown title=(NO_CONSENSUS) { "—" },
                            }
                        }
                    }
                }
            }
        }
    };
    document("Pages", Kind::Pages, "", &locales, Labels::None, content)
}
