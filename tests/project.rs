//! The project's own pages and catalogs, as a user gets them on a fresh
//! clone: every source page reads and round-trips, `build` writes every page
//! in every locale (the seed page in English throughout), a built page is a
//! fixed point, and two builds give the same bytes.

use attest_l10n::catalog::Catalogs;
use attest_l10n::fsio::walk;
use attest_l10n::ops::{build, verify_page, BuildConfig, Verdict};
use attest_l10n::read::read_page;
use attest_l10n::render::{render, Mode};
use std::path::{Path, PathBuf};

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn cats() -> Catalogs {
    let (c, diags) =
        Catalogs::load(&root().join("locales"), &"en-US".parse().unwrap()).expect("catalogs load");
    assert!(diags.is_empty(), "{diags:?}");
    c
}

fn source_pages() -> Vec<(PathBuf, String)> {
    walk(&root().join("source-pages"), &[".md"]).expect("source pages")
}

fn build_into(dir: &Path, cats: &Catalogs) {
    let cfg = BuildConfig {
        pages: root().join("source-pages"),
        out: dir.to_path_buf(),
        locales: cats.locale_names(),
        strict: false,
    };
    let summary = build(&cfg, cats).expect("build runs");
    assert!(!summary.failed(), "{:?}", summary.diagnostics);
}

#[test]
fn source_pages_read_fully_and_round_trip() {
    let cats = cats();
    let pages = source_pages();
    assert!(pages.len() >= 5);
    for (path, rel) in pages {
        let bytes = std::fs::read(&path).unwrap();
        let reading = read_page(&rel, &bytes, &cats).unwrap();
        assert!(
            reading.record.unrecognized().is_empty(),
            "{rel}: {:?}",
            reading.record.unrecognized()
        );
        assert!(
            reading.notes.iter().all(|n| !n.message.contains("fuzzy")),
            "{rel}: {:?}",
            reading.notes
        );
        assert_eq!(
            verify_page(&bytes, &rel, &cats).unwrap(),
            Verdict::Identical,
            "{rel}"
        );
    }
}

#[test]
fn build_writes_the_seed_page_in_english_throughout() {
    let cats = cats();
    let out = tempfile::tempdir().unwrap();
    build_into(out.path(), &cats);
    let en = std::fs::read_to_string(
        out.path()
            .join("en-US/saas/talkdesk-inc-microsoft-teams-connector.md"),
    )
    .unwrap();
    for french in [
        "Oui",
        "| Non |",
        "Informations",
        "Réponse",
        "société",
        "données",
        "Connecteur",
        "é",
        "è",
        "ç",
    ] {
        assert!(
            !en.contains(french),
            "`{french}` left in the en-US page:\n{en}"
        );
    }
    assert!(en.contains("ms.contentlocale: en-US\n"));
    assert!(
        en.contains("ms.translationtype: HT\n"),
        "every string is from a catalog or a human translation"
    );
    assert!(
        en.contains("| App name | Talkdesk Microsoft Teams Connector |"),
        "the app's own name, not the machine-translated one"
    );
    assert!(en.contains("| What data is processed by your app? | User profile data: first name, last name, full name, email address, phone number |"));
    let fr = std::fs::read_to_string(
        out.path()
            .join("fr-FR/saas/talkdesk-inc-microsoft-teams-connector.md"),
    )
    .unwrap();
    assert!(fr.contains("| **Information** | **Réponse** |"));
    assert!(!fr.contains("infastructure"));
    assert!(
        fr.contains("ms.translationtype: MT\n"),
        "its free text is the published machine translation"
    );
    for locale in ["en-US", "fr-FR", "de-DE"] {
        for (_, rel) in source_pages() {
            assert!(
                out.path().join(locale).join(&rel).is_file(),
                "{locale}/{rel}"
            );
        }
    }
}

#[test]
fn built_pages_are_a_fixed_point() {
    let cats = cats();
    for (path, rel) in source_pages() {
        let record = read_page(&rel, &std::fs::read(&path).unwrap(), &cats)
            .unwrap()
            .record;
        for locale in cats.locale_names() {
            let first = render(&record, &cats, &locale, Mode::Canonical)
                .unwrap()
                .text;
            let again = read_page(&rel, first.as_bytes(), &cats).unwrap().record;
            assert!(
                again.unrecognized().is_empty(),
                "{locale}/{rel}: {:?}",
                again.unrecognized()
            );
            let second = render(&again, &cats, &locale, Mode::Canonical)
                .unwrap()
                .text;
            assert_eq!(first, second, "{locale}/{rel}");
        }
    }
}

#[test]
fn two_builds_give_the_same_bytes_and_the_second_writes_nothing() {
    let cats = cats();
    let a = tempfile::tempdir().unwrap();
    let b = tempfile::tempdir().unwrap();
    build_into(a.path(), &cats);
    build_into(b.path(), &cats);
    let files_a = walk(a.path(), &[""]).unwrap();
    let files_b = walk(b.path(), &[""]).unwrap();
    assert_eq!(
        files_a.iter().map(|f| &f.1).collect::<Vec<_>>(),
        files_b.iter().map(|f| &f.1).collect::<Vec<_>>()
    );
    for ((pa, _), (pb, rel)) in files_a.iter().zip(&files_b) {
        assert_eq!(
            std::fs::read(pa).unwrap(),
            std::fs::read(pb).unwrap(),
            "{rel}"
        );
    }
    let cfg = BuildConfig {
        pages: root().join("source-pages"),
        out: a.path().to_path_buf(),
        locales: cats.locale_names(),
        strict: false,
    };
    let again = build(&cfg, &cats).unwrap();
    assert_eq!(again.written, 0);
    // Every page file is left as it was (the build's lock file aside).
    let pages = files_a
        .iter()
        .filter(|(_, rel)| !rel.starts_with('.'))
        .count();
    assert_eq!(again.unchanged, pages);
}
