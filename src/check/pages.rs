//! Page findings: what the source pages show that no label matches, the
//! free text they hold without a translation in a locale, and generated
//! pages that are not what `build` would write now.

use super::catalog::short;
use super::markup::markup;
use super::{Code, Finding, Input, OutputReader, PageSource};
use crate::catalog::index::page_file;
use crate::read::read_page;
use crate::record::Record;
use crate::render::{render, Mode};
use std::path::Path;

/// Check every source page.
pub(crate) fn check_pages(input: &Input, pages: &[PageSource], findings: &mut Vec<Finding>) {
    for page in pages {
        let reading = match read_page(&page.rel, &page.bytes, input.cats) {
            Ok(r) => r,
            Err(e) => {
                findings.push(
                    Finding::new(
                        Code::Page,
                        &page.path,
                        format!("the page cannot be read: {}", e.message),
                    )
                    .at(e.line, 1),
                );
                continue;
            }
        };
        let rec = &reading.record;
        unrecognized(page, rec, findings);
        let stem = rec.page.strip_suffix(".md").unwrap_or(&rec.page);
        free_text_markup(input, rec, stem, findings);
        untranslated_free_text(input, page, rec, stem, findings);
        if let Some((dir, read_output)) = &input.outputs {
            out_of_date(input, page, rec, (dir, *read_output), findings);
        }
    }
}

/// What no label of the catalogs matches on a page.
fn unrecognized(page: &PageSource, rec: &Record, findings: &mut Vec<Finding>) {
    for (line, text) in rec.unrecognized() {
        let first = text.lines().next().unwrap_or("");
        findings.push(
            Finding::new(
                Code::Unrecognized,
                &page.path,
                format!("no label matches \"{}\"", short(first, 100)),
            )
            .locale(&rec.locale)
            .at(line, 1)
            .hint(format!(
                "add the wording to the {} catalog (under `variants/` if it is a published wording of a known label), or fix the page",
                rec.locale
            )),
        );
    }
}

/// The free texts of a page with no translation in a checked locale, one
/// finding per locale.
fn untranslated_free_text(
    input: &Input,
    page: &PageSource,
    rec: &Record,
    stem: &str,
    findings: &mut Vec<Finding>,
) {
    let cats = input.cats;
    for l in input.locales {
        let missing: Vec<&str> = rec
            .free_texts()
            .into_iter()
            .filter(|ft| ft.lang != *l && cats.page_text(l, &rec.page, &ft.id).is_none())
            .map(|ft| ft.id.as_str())
            .collect();
        if missing.is_empty() {
            continue;
        }
        findings.push(
            Finding::new(
                Code::FreeText,
                &page.path,
                format!(
                    "{} free text(s) of this page have no translation in {l}: {}",
                    missing.len(),
                    missing.join(", ")
                ),
            )
            .locale(l)
            .hint(format!(
                "translate them in {}/{l}/{}; until then the page shows them in {}",
                cats.dir.display(),
                page_file(stem),
                rec.locale
            )),
        );
    }
}

/// The pages `build` wrote under `dir` that are missing or differ from
/// what it would write now, in every checked locale.
fn out_of_date(
    input: &Input,
    page: &PageSource,
    rec: &Record,
    (dir, read_output): (&Path, &OutputReader),
    findings: &mut Vec<Finding>,
) {
    for l in input.locales {
        let dest = dir.join(l).join(&page.rel);
        let rendered = match render(rec, input.cats, l, Mode::Canonical) {
            Ok(r) => r.text,
            Err(e) => {
                findings.push(
                    Finding::new(
                        Code::Page,
                        &page.path,
                        format!("the page cannot be rendered in {l}: {e}"),
                    )
                    .locale(l),
                );
                continue;
            }
        };
        let finding = |message: String| {
            Finding::new(Code::OutOfDate, &dest, message)
                .locale(l)
                .hint("run `attest-l10n build` and commit the result")
        };
        match read_output(l, &page.rel) {
            Ok(None) => findings.push(finding(format!(
                "the generated page is missing (source: {})",
                page.rel
            ))),
            Ok(Some(bytes)) if bytes != rendered.as_bytes() => {
                let (line, was, now) = first_difference(&bytes, &rendered);
                findings.push(
                    finding(format!(
                        "the generated page is out of date: line {line} is \"{}\", `build` would write \"{}\"",
                        short(&was, 80),
                        short(&now, 80)
                    ))
                    .at(line, 1),
                );
            }
            Ok(Some(_)) => {}
            Err(e) => findings.push(finding(format!("the generated page cannot be read: {e}"))),
        }
    }
}

/// Translations of a page's free text keep the markup the page has, and
/// add no HTML that runs code: they are published as they are.
fn free_text_markup(input: &Input, rec: &Record, stem: &str, findings: &mut Vec<Finding>) {
    let cats = input.cats;
    for ft in rec.free_texts() {
        let original = markup(&ft.text);
        for l in input.locales {
            let Some(t) = cats.page_text(l, &rec.page, &ft.id) else {
                continue;
            };
            let translated = markup(t);
            let path = cats.dir.join(l).join(page_file(stem));
            let finding = |code: Code, message: String| {
                Finding::new(code, &path, message).locale(l).key(&ft.id)
            };
            for u in translated.unsafe_parts.difference(&original.unsafe_parts) {
                findings.push(
                    finding(
                        Code::UnsafeHtml,
                        format!(
                            "the translation of `{}` adds {u}: it would be published on the page",
                            ft.id
                        ),
                    )
                    .hint(
                        "remove the HTML; a translation carries only the markup of the page's text",
                    ),
                );
            }
            for item in original.items.difference(&translated.items) {
                findings.push(finding(
                    Code::Markup,
                    format!("the translation of `{}` drops the {}", ft.id, item.show()),
                ));
            }
        }
    }
}

/// The first line where two texts differ, with both lines.
fn first_difference(old: &[u8], new: &str) -> (usize, String, String) {
    let old = String::from_utf8_lossy(old);
    let a: Vec<&str> = old.split('\n').collect();
    let b: Vec<&str> = new.split('\n').collect();
    for i in 0..a.len().max(b.len()) {
        let (x, y) = (a.get(i), b.get(i));
        if x != y {
            return (
                i + 1,
                x.copied().unwrap_or("").to_string(),
                y.copied().unwrap_or("").to_string(),
            );
        }
    }
    (a.len().max(1), String::new(), String::new())
}
