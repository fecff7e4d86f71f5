//! Entry points of the fuzz targets (`fuzz/`), kept in the library so that
//! the regression test (`tests/fuzz_regressions.rs`) runs every saved input
//! through exactly the code the fuzzer ran. The fixture catalogs
//! (`tests/fixtures/mini`) are compiled in, so that no entry point depends on
//! the current directory.
//!
//! Each function takes any bytes and must return without panicking; what
//! they check beyond that is said on each.

use crate::catalog::{Catalogs, Template};
use crate::locale::Locale;
use crate::read::read_page as read;
use crate::render::{render, Mode};
use std::sync::OnceLock;

const EN_PAGE: &str = include_str!("../tests/fixtures/mini/locales/en-US/page.ftl");
const EN_VARIANTS: &str = include_str!("../tests/fixtures/mini/locales/en-US/variants/page.ftl");
const FR_PAGE: &str = include_str!("../tests/fixtures/mini/locales/fr-FR/page.ftl");
const FR_VARIANTS: &str = include_str!("../tests/fixtures/mini/locales/fr-FR/variants/page.ftl");
const TEMPLATE: &str = include_str!("../tests/fixtures/mini/locales/template.yml");
/// The fixture page, for the catalog target.
pub(crate) const PAGE: &str = include_str!("../tests/fixtures/mini/pages/teams/contoso-notes.md");
const PAGE_PATH: &str = "teams/contoso-notes.md";

fn template() -> Template {
    Template::parse(TEMPLATE).unwrap_or_default()
}

/// The locale the fuzz targets render into besides a page's own.
fn fr() -> Locale {
    "fr-FR".parse().expect("fr-FR is a locale")
}

/// The fixture catalogs, built once.
pub(crate) fn mini() -> &'static Catalogs {
    static CATS: OnceLock<Catalogs> = OnceLock::new();
    CATS.get_or_init(|| {
        Catalogs::in_memory(
            &[
                ("en-US", "page.ftl", EN_PAGE),
                ("en-US", "variants/page.ftl", EN_VARIANTS),
                ("fr-FR", "page.ftl", FR_PAGE),
                ("fr-FR", "variants/page.ftl", FR_VARIANTS),
            ],
            template(),
            "en-US",
        )
        .unwrap_or_else(|e| unreachable!("the fixture catalogs load: {e}"))
    })
}

/// Read any bytes as a page. A page that reads is rendered as published and
/// in every locale; what `build` writes must read again.
pub fn read_page(data: &[u8]) {
    let cats = mini();
    let Ok(reading) = read(PAGE_PATH, data, cats) else {
        return;
    };
    let rec = &reading.record;
    let _ = render(rec, cats, &rec.locale, Mode::AsPublished);
    for locale in cats.locale_names() {
        if let Ok(out) = render(rec, cats, &locale, Mode::Canonical) {
            if let Err(e) = read(PAGE_PATH, out.text.as_bytes(), cats) {
                panic!(
                    "{locale}: a built page does not read again: line {}: {}\n{}",
                    e.line, e.message, out.text
                );
            }
        }
    }
}

/// Read any bytes as a record file, and render what parses.
pub fn parse_record(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(rec) = crate::ops::parse_record(src) else {
        return;
    };
    let cats = mini();
    let _ = render(&rec, cats, &rec.locale, Mode::AsPublished);
    let _ = render(&rec, cats, &fr(), Mode::Canonical);
    let _ = crate::fsio::safe_join(std::path::Path::new("out"), &rec.page);
}

/// Load any text as the fr-FR catalog beside the fixture en-US one, then
/// read and render the fixture page with it.
pub fn catalog(data: &[u8]) {
    let Ok(src) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(cats) = Catalogs::in_memory(
        &[
            ("en-US", "page.ftl", EN_PAGE),
            ("fr-FR", "page.ftl", src),
            ("fr-FR", "variants/page.ftl", src),
        ],
        template(),
        "en-US",
    ) else {
        return;
    };
    let Ok(reading) = read(PAGE_PATH, PAGE.as_bytes(), &cats) else {
        return;
    };
    let rec = &reading.record;
    let _ = render(rec, &cats, &rec.locale, Mode::AsPublished);
    let _ = render(rec, &cats, &fr(), Mode::Canonical);
}
