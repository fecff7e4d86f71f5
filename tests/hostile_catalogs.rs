//! Hostile catalogs: a message that references itself, a long reference
//! chain, thousands of placeables, placeables nested 100,000 deep, a 10 MB
//! value, a select that would copy a huge text hundreds of times, a file
//! that is not UTF-8. Each gets an error naming the message or file where it
//! is wrong, loading and reading and rendering a page with it stay bounded,
//! and nothing panics or overflows the stack (docs/SECURITY.md).

mod common;

use attest_l10n::catalog::{Catalogs, Template};
use attest_l10n::diag::Diagnostic;
use attest_l10n::read::read_page;
use attest_l10n::render::{render, Mode};
use common::copy_dir;
use std::path::Path;

const MINI: &str = "tests/fixtures/mini/locales";
const PAGE: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";

/// Load the mini catalogs with `extra` appended to fr-FR/page.ftl (messages
/// defined there replace the fixture's, which are dropped).
fn load_with(extra: &str) -> (Catalogs, Vec<Diagnostic>) {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(MINI), dir.path());
    let fr = dir.path().join("fr-FR/page.ftl");
    let src = std::fs::read_to_string(&fr).unwrap();
    let redefined: Vec<&str> = extra
        .lines()
        .filter_map(|l| l.split_once(" =").map(|(id, _)| id))
        .collect();
    let mut kept = String::new();
    let mut skipping = false;
    for line in src.lines() {
        if let Some((id, _)) = line.split_once(" =") {
            skipping = redefined.contains(&id);
        } else if !line.starts_with(' ') {
            skipping = false;
        }
        if !skipping {
            kept.push_str(line);
            kept.push('\n');
        }
    }
    std::fs::write(&fr, kept + extra).unwrap();
    Catalogs::load(dir.path(), &"en-US".parse().unwrap()).unwrap()
}

/// Read the fixture page and render it in both locales: what users do with
/// the catalogs. Every step may fail with an error, none may panic.
fn use_catalogs(c: &Catalogs) {
    let bytes = std::fs::read(PAGE).unwrap();
    let Ok(reading) = read_page("teams/contoso-notes.md", &bytes, c) else {
        return;
    };
    let rec = &reading.record;
    let _ = render(rec, c, &rec.locale, Mode::AsPublished);
    for l in ["en-US", "fr-FR"] {
        let _ = render(rec, c, &l.parse().unwrap(), Mode::Canonical);
    }
}

fn errors_naming(diags: &[Diagnostic], what: &str) -> Vec<String> {
    diags
        .iter()
        .map(|d| d.to_string())
        .filter(|d| d.contains(what))
        .collect()
}

#[test]
fn a_message_that_references_itself() {
    let (c, diags) = load_with("page-title = Titre { page-title }\nintro-general = { note-no-apis }\nnote-no-apis = { intro-general }\n");
    let e = errors_naming(&diags, "references itself");
    assert_eq!(e.len(), 3, "{diags:?}");
    assert!(
        e[0].contains("fr-FR/page.ftl:") && e[0].contains("`page-title`"),
        "{e:?}"
    );
    use_catalogs(&c);
    // The page still builds: the label comes from the reference locale.
    let rec = read_page("teams/contoso-notes.md", &std::fs::read(PAGE).unwrap(), &c)
        .unwrap()
        .record;
    let fr = render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical).unwrap();
    assert!(fr.missing.contains(&"page-title".to_string()));
    assert!(fr
        .text
        .contains("title: App information for Contoso Notes by Contoso, Ltd.\n"));
    // from_sources refuses such a catalog with the same error.
    let e = Catalogs::from_sources(
        &[("en-US", "a.ftl", "a = { b }\nb = { a }\n")],
        Template::default(),
        "en-US",
    )
    .err()
    .unwrap();
    assert!(e.contains("references itself"), "{e}");
}

#[test]
fn a_long_reference_chain() {
    let mut src = String::from("page-title = { chain-0 }\n");
    for i in 0..5_000 {
        src.push_str(&format!("chain-{i} = {{ chain-{} }}\n", i + 1));
    }
    src.push_str("chain-5000 = fin\n");
    let (c, diags) = load_with(&src);
    let e = errors_naming(&diags, "formats more than 100 placeables");
    assert!(e.iter().any(|d| d.contains("`page-title`")), "{e:?}");
    // Short chains are fine.
    assert!(!e.iter().any(|d| d.contains("`chain-4950`")), "{e:?}");
    use_catalogs(&c);
}

#[test]
fn thousands_of_placeables() {
    let vars = "{ $app } ".repeat(5_000);
    let lits = "{ \"x\" }".repeat(5_000);
    let (c, diags) = load_with(&format!("page-title = {vars}\nnote-no-apis = {lits}\n"));
    assert_eq!(
        errors_naming(&diags, "more than 100 placeables").len(),
        2,
        "{diags:?}"
    );
    use_catalogs(&c);
    let r = Catalogs::from_sources(
        &[("en-US", "a.ftl", &format!("a = {vars}\n"))],
        Template::default(),
        "en-US",
    );
    assert!(r.is_err());
}

#[test]
fn placeables_nested_100_000_deep() {
    let deep = format!("{}$x{}", "{ ".repeat(100_000), " }".repeat(100_000));
    let calls = format!(
        "{{ {}$x{} }}",
        "NUMBER(".repeat(100_000),
        ")".repeat(100_000)
    );
    let (c, diags) = load_with(&format!(
        "page-title = {deep}\nnote-no-apis = {calls}\nintro-general = Informations fournies à Microsoft par {{ $publisher }} :\n"
    ));
    let e = errors_naming(&diags, "nested more than 20 deep");
    assert_eq!(e.len(), 2, "{diags:?}");
    // The other messages of the file still load.
    assert!(c.has(&"fr-FR".parse().unwrap(), "intro-general"));
    assert!(!c.has(&"fr-FR".parse().unwrap(), "page-title"));
    use_catalogs(&c);
    // The same in memory, and in a page's free-text translations.
    let r = Catalogs::from_sources(
        &[("en-US", "a.ftl", &format!("a = {deep}\nb = B\n"))],
        Template::default(),
        "en-US",
    );
    assert!(r.err().unwrap().contains("nested more than 20 deep"));
}

#[test]
fn a_10_mb_value() {
    let big = "Quel environnement ".repeat(10 * (1 << 20) / 19);
    let select = format!(
        "page-badge-attested-alt = {big}{{ $a ->\n{}   *[z] z\n}}{{ $b ->\n{}   *[z] z\n}}\n",
        (0..300)
            .map(|i| format!("    [v{i}] {i}\n"))
            .collect::<String>(),
        (0..300)
            .map(|i| format!("    [w{i}] {i}\n"))
            .collect::<String>(),
    );
    let (c, diags) = load_with(&format!("general-hosting = {big}\n{select}"));
    assert!(diags.is_empty(), "{diags:?}");
    use_catalogs(&c);
    // The page still reads and builds; the 10 MB label is there to write.
    let rec = read_page("teams/contoso-notes.md", &std::fs::read(PAGE).unwrap(), &c)
        .unwrap()
        .record;
    render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical).unwrap();
    let args = fluent_bundle::FluentArgs::new();
    let label = c
        .format(&"fr-FR".parse().unwrap(), "general-hosting", None, &args)
        .unwrap();
    assert_eq!(label.len(), big.trim_end().len());
}

#[test]
fn a_file_that_is_not_utf8() {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(MINI), dir.path());
    std::fs::write(dir.path().join("fr-FR/bad.ftl"), b"a = caf\xe9\n").unwrap();
    std::fs::create_dir_all(dir.path().join("fr-FR/pages")).unwrap();
    std::fs::write(dir.path().join("fr-FR/pages/x.ftl"), b"b = \xff\n").unwrap();
    let (c, diags) = Catalogs::load(dir.path(), &"en-US".parse().unwrap()).unwrap();
    let e = errors_naming(&diags, "not valid UTF-8");
    assert_eq!(e.len(), 2, "{diags:?}");
    assert!(e.iter().any(|d| d.contains("fr-FR/bad.ftl:1:")), "{e:?}");
    // The rest of the locale is there.
    assert!(c.has(&"fr-FR".parse().unwrap(), "page-title"));
    use_catalogs(&c);
}
