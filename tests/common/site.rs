//! The review site in tests: a fixture of catalogs and pages with findings
//! in it, the site written from it, and what its HTML holds (figures, tags)
//! read back without a browser.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// A copy of the project's catalogs and pages, with a missing translation
/// (`general-office-clients` in fr-FR) and a stale one in every locale
/// (`general-partner-name`, whose en-US text changed).
pub fn fixture(dir: &Path) -> (PathBuf, PathBuf) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let locales = dir.join("locales");
    let pages = dir.join("pages");
    super::copy_dir(&root.join("locales"), &locales);
    super::copy_dir(&root.join("source-pages"), &pages);
    let edit = |rel: &str, from: &str, to: &str| {
        let p = locales.join(rel);
        let s = std::fs::read_to_string(&p).unwrap();
        assert!(s.contains(from), "{rel}: no {from:?}");
        std::fs::write(&p, s.replacen(from, to, 1)).unwrap();
    };
    edit(
        "fr-FR/general.ftl",
        "general-office-clients = Clients Office 365 pris en charge\n",
        "",
    );
    edit(
        "en-US/general.ftl",
        "general-partner-name = Partner company name",
        "general-partner-name = Partner company",
    );
    (locales, pages)
}

/// Write the site of `locales` and `pages` into `out`.
pub fn report(locales: &Path, pages: &Path, out: &Path) -> super::Outcome {
    let o = super::cli(&[
        "--locales",
        &locales.to_string_lossy(),
        "report",
        "--pages",
        &pages.to_string_lossy(),
        "--out",
        &out.to_string_lossy(),
    ]);
    assert_eq!(o.0, 0, "report failed: {}{}", o.1, o.2);
    o
}

/// `check --format json` on the same catalogs and pages: its per-locale
/// summary and its findings.
pub fn check_json(locales: &Path, pages: &Path) -> serde_json::Value {
    let (_, out, err) = super::cli(&[
        "--locales",
        &locales.to_string_lossy(),
        "check",
        "--pages",
        &pages.to_string_lossy(),
        "--format",
        "json",
    ]);
    serde_json::from_str(&out).unwrap_or_else(|e| panic!("{e}: {out}{err}"))
}

/// The figures of an overview table: locale → column → value, from the
/// cells' `data-col` and `data-v`.
pub fn figures(html: &str) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for row in html.split("<tr data-locale=\"").skip(1) {
        let locale = row[..row.find('"').unwrap()].to_string();
        let row = &row[..row.find("</tr>").unwrap_or(row.len())];
        for cell in row.split("data-col=\"").skip(1) {
            let col = &cell[..cell.find('"').unwrap()];
            let Some(v) = cell.split("data-v=\"").nth(1) else {
                continue;
            };
            let v = &v[..v.find('"').unwrap()];
            out.entry(locale.clone())
                .or_default()
                .insert(col.to_string(), v.to_string());
        }
    }
    out
}

/// The figures `check --format json` gives, per locale, as the overview
/// names its columns: the completeness, and the pages with untranslated
/// free text (`free-text` findings).
pub fn check_figures(check: &serde_json::Value) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut out: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    for l in check["summary"]["locales"].as_array().unwrap() {
        let locale = l["locale"].as_str().unwrap().to_string();
        let row = out.entry(locale).or_default();
        for col in [
            "keys",
            "translated",
            "missing",
            "untranslated",
            "stale",
            "unsigned",
            "words",
        ] {
            row.insert(col.to_string(), l[col].to_string());
        }
        row.insert(
            "percent".to_string(),
            format!("{:.1}", l["percent"].as_f64().unwrap()),
        );
    }
    for f in check["findings"].as_array().unwrap() {
        if f["code"] == "free-text" {
            let locale = f["locale"].as_str().unwrap().to_string();
            let row = out.entry(locale).or_default();
            let n = row
                .get("free_text_pages")
                .map_or(0, |v| v.parse::<usize>().unwrap());
            row.insert("free_text_pages".to_string(), (n + 1).to_string());
        }
    }
    out
}

/// Every HTML file of a site, by path.
pub fn html_files(site: &Path) -> BTreeMap<String, String> {
    super::files(site)
        .into_iter()
        .filter(|(p, _)| p.ends_with(".html"))
        .map(|(p, b)| (p, String::from_utf8(b).unwrap()))
        .collect()
}

/// Tags the site's own HTML uses; anything else came from content.
const SITE_TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "body",
    "br",
    "button",
    "caption",
    "code",
    "dd",
    "del",
    "details",
    "div",
    "dl",
    "dt",
    "em",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "header",
    "hr",
    "html",
    "i",
    "input",
    "kbd",
    "label",
    "li",
    "link",
    "main",
    "mark",
    "meta",
    "nav",
    "noscript",
    "ol",
    "output",
    "p",
    "pre",
    "rect",
    "script",
    "section",
    "span",
    "strong",
    "sub",
    "summary",
    "sup",
    "svg",
    "table",
    "tbody",
    "td",
    "th",
    "thead",
    "title",
    "tr",
    "u",
    "ul",
];

/// Check that a document of the site can run no script but its own and
/// loads nothing from elsewhere: every tag is one the site writes, no
/// attribute is an event handler, no link or source is a script URL, the
/// only scripts are `site.js`, the label files and the page's key list (a
/// data block with no `<` in it), nothing is an `<img>`, `<iframe>` or
/// `<object>`.
pub fn assert_safe(path: &str, html: &str) {
    let b = html.as_bytes();
    let mut i = 0;
    let mut in_data = false;
    while let Some(p) = html[i..].find('<').map(|p| p + i) {
        i = p + 1;
        let rest = &html[p..];
        if rest.starts_with("<!DOCTYPE html>") && p == 0 {
            continue;
        }
        let closing = rest.starts_with("</");
        let start = if closing { 2 } else { 1 };
        let name: String = rest[start..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            !name.is_empty(),
            "{path}: `<` that is not a tag, unescaped, at {p}: {}",
            &html[p..(p + 80).min(html.len())]
        );
        assert!(
            SITE_TAGS.contains(&name.to_ascii_lowercase().as_str()),
            "{path}: tag <{name}> at {p}: {}",
            &html[p.saturating_sub(40)..(p + 80).min(html.len())]
        );
        if closing {
            if name == "script" {
                in_data = false;
            }
            continue;
        }
        assert!(!in_data, "{path}: a tag inside a script at {p}");
        let end = p + rest.find('>').expect("a tag ends");
        let tag = &html[p..=end];
        for attr in attributes(tag) {
            let (n, v) = attr;
            assert!(
                !n.starts_with("on"),
                "{path}: event handler attribute in {tag}"
            );
            if n == "href" || n == "src" {
                let lower = v.to_ascii_lowercase();
                assert!(
                    !lower.contains("script:") && !lower.starts_with("data:"),
                    "{path}: {n}={v:?} in {tag}"
                );
            }
        }
        if name == "script" {
            let src = attributes(tag)
                .into_iter()
                .find(|(n, _)| n == "src")
                .map(|(_, v)| v)
                .unwrap_or_default();
            let own = src.trim_start_matches("../");
            let ok_src = own == "site.js"
                || own
                    .strip_prefix("labels/")
                    .and_then(|f| f.strip_suffix(".js"))
                    .is_some_and(|l| l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-'));
            let data = tag == "<script id=\"page-keys\" type=\"application/json\">";
            assert!(ok_src || data, "{path}: script {tag}");
            let body_end = html[end..].find("</script>").expect("a script ends") + end;
            assert!(
                !html[end + 1..body_end].contains('<'),
                "{path}: `<` inside a script"
            );
            in_data = data;
            i = body_end;
        }
        let _ = b;
    }
}

/// The attributes of a tag (`<name a="v" b=w>`): names lower case, values
/// as written.
fn attributes(tag: &str) -> Vec<(String, String)> {
    let inner = tag
        .trim_start_matches('<')
        .trim_end_matches('>')
        .trim_end_matches('/');
    let mut out = Vec::new();
    let mut rest = inner
        .split_once(char::is_whitespace)
        .map_or("", |(_, r)| r)
        .trim_start();
    while !rest.is_empty() {
        let name_end = rest
            .find(|c: char| c == '=' || c.is_whitespace())
            .unwrap_or(rest.len());
        let name = rest[..name_end].to_ascii_lowercase();
        rest = &rest[name_end..];
        let mut value = String::new();
        if let Some(r) = rest.strip_prefix('=') {
            if let Some(q) = r.strip_prefix('"') {
                let e = q.find('"').expect("a quoted value ends");
                value = q[..e].to_string();
                rest = &q[e + 1..];
            } else {
                let e = r.find(char::is_whitespace).unwrap_or(r.len());
                value = r[..e].to_string();
                rest = &r[e..];
            }
        }
        out.push((name, value));
        rest = rest.trim_start();
    }
    out
}
