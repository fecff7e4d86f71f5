//! The real published corpus (`../shared/corpus/`, fr-FR and de-DE, about
//! 1300 files each): everything decomposes with no unrecognized line, every
//! page round-trips byte for byte, fr-FR and de-DE agree on locale-neutral
//! facts as far as the published pages do, every file regenerates in every
//! locale, and recognition holds on wordings it was not given.
//!
//! Where the corpus is absent (a user's checkout), each test says so and
//! passes without checking anything.

use attest_l10n::catalog::Catalogs;
use attest_l10n::compare::compare;
use attest_l10n::fsio::walk;
use attest_l10n::heldout::{held_out, held_out_wordings};
use attest_l10n::ops::{build, verify_page, BuildConfig, Verdict};
use attest_l10n::read::read_page;
use std::path::{Path, PathBuf};

/// Pages compared between fr-FR and de-DE that agree on every
/// locale-neutral fact: a floor (see README, "Cross-locale agreement").
const AGREEMENT_FLOOR: usize = 805;

/// Percentage of question wordings, each read as if new, that are still
/// given their key: a floor (see README, "Recognition").
const HELD_OUT_RECALL_FLOOR: usize = 70;

fn corpus(locale: &str) -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../shared/corpus")
        .join(locale);
    if dir.is_dir() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: no corpus at {} (it is beside the project in CI)",
            dir.display()
        );
        None
    }
}

fn cats() -> Catalogs {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let (c, diags) =
        Catalogs::load(&dir, &"en-US".parse().unwrap()).expect("project catalogs load");
    assert!(diags.is_empty(), "{diags:?}");
    c
}

fn pages(dir: &Path) -> Vec<(String, Vec<u8>)> {
    walk(dir, &[".md", ".yml"])
        .expect("corpus readable")
        .into_iter()
        .map(|(path, rel)| (rel, std::fs::read(path).expect("page readable")))
        .collect()
}

#[test]
fn every_corpus_page_decomposes_with_nothing_unrecognized() {
    let cats = cats();
    for locale in ["fr-FR", "de-DE"] {
        let Some(dir) = corpus(locale) else { return };
        let pages = pages(&dir);
        assert!(pages.len() >= 1300, "{locale}: {} files", pages.len());
        let mut unrecognized = Vec::new();
        for (rel, bytes) in &pages {
            let reading = read_page(rel, bytes, &cats)
                .unwrap_or_else(|e| panic!("{locale}/{rel}:{}: {}", e.line, e.message));
            for (line, text) in reading.record.unrecognized() {
                unrecognized.push(format!("{locale}/{rel}:{line}: {text}"));
            }
        }
        assert!(
            unrecognized.is_empty(),
            "{} unrecognized:\n{}",
            unrecognized.len(),
            unrecognized.join("\n")
        );
    }
}

#[test]
fn every_corpus_page_round_trips_byte_for_byte() {
    let cats = cats();
    for locale in ["fr-FR", "de-DE"] {
        let Some(dir) = corpus(locale) else { return };
        let mut differ = Vec::new();
        let pages = pages(&dir);
        for (rel, bytes) in &pages {
            match verify_page(bytes, rel, &cats) {
                Ok(Verdict::Identical) => {}
                other => differ.push(format!("{rel}: {other:?}")),
            }
        }
        assert!(
            differ.is_empty(),
            "{locale}: {} of {} differ:\n{}",
            differ.len(),
            pages.len(),
            differ.join("\n")
        );
    }
}

#[test]
fn fr_and_de_agree_on_locale_neutral_facts() {
    let cats = cats();
    let (Some(fr), Some(de)) = (corpus("fr-FR"), corpus("de-DE")) else {
        return;
    };
    let de_pages: std::collections::BTreeMap<String, Vec<u8>> = pages(&de).into_iter().collect();
    let (mut compared, mut agree) = (0, 0);
    for (rel, bytes) in pages(&fr) {
        let Some(other) = de_pages.get(&rel) else {
            continue;
        };
        let a = read_page(&rel, &bytes, &cats)
            .expect("fr page reads")
            .record;
        let b = read_page(&rel, other, &cats).expect("de page reads").record;
        compared += 1;
        if compare(&rel, &a, &b).is_empty() {
            agree += 1;
        }
    }
    eprintln!("{compared} pages compared, {agree} agree");
    assert!(compared >= 1300);
    assert!(
        agree >= AGREEMENT_FLOOR,
        "{agree} pages agree, floor {AGREEMENT_FLOOR}"
    );
}

#[test]
fn build_regenerates_every_file_in_every_locale() {
    let cats = cats();
    let Some(dir) = corpus("fr-FR") else { return };
    let out = tempfile::tempdir().expect("temp dir");
    let cfg = BuildConfig {
        pages: dir.clone(),
        out: out.path().to_path_buf(),
        locales: cats.locale_names(),
        strict: false,
    };
    let summary = build(&cfg, &cats).expect("build runs");
    assert!(
        !summary.failed(),
        "{:?}",
        summary
            .diagnostics
            .iter()
            .filter(|d| d.severity == attest_l10n::diag::Severity::Error)
            .collect::<Vec<_>>()
    );
    let n = pages(&dir).len();
    assert_eq!(summary.written, n * 3);
    for locale in ["en-US", "fr-FR", "de-DE"] {
        let pivots = std::fs::read_to_string(out.path().join(locale).join("zone-pivot-groups.yml"))
            .expect("pivot file written");
        assert!(pivots.starts_with("### YamlMime:ZonePivotGroups"));
        let include = std::fs::read_to_string(
            out.path()
                .join(locale)
                .join("includes/corrections-or-suggestions.md"),
        )
        .expect("include written");
        assert!(include.contains(&format!("ms.contentlocale: {locale}")));
    }
    let de = std::fs::read_to_string(out.path().join("de-DE/zone-pivot-groups.yml")).unwrap();
    assert!(de.contains("title: Datenverarbeitung"), "{de}");
    let en = std::fs::read_to_string(
        out.path()
            .join("en-US/saas/talkdesk-inc-microsoft-teams-connector.md"),
    )
    .unwrap();
    assert!(en.contains("| Do you perform annual penetration testing on the app? | Yes |"));
}

#[test]
fn recognition_holds_on_wordings_it_was_not_given() {
    let cats = cats();
    for locale in ["fr-FR", "de-DE"] {
        let Some(dir) = corpus(locale) else { return };
        let pages = pages(&dir);
        let by_pages = held_out(&cats, &pages);
        eprintln!(
            "{locale} by pages: {} kept, {} held out; {} rows: {} seen, {} unseen ({} exact, {} fuzzy, {} wrong, {} missed)",
            by_pages.pages_kept, by_pages.pages_held_out, by_pages.rows, by_pages.seen, by_pages.unseen,
            by_pages.exact, by_pages.fuzzy, by_pages.wrong.len(), by_pages.missed
        );
        assert!(
            by_pages.wrong.is_empty(),
            "{locale}: wrong keys: {:#?}",
            by_pages.wrong
        );
        let r = held_out_wordings(&cats, &pages);
        eprintln!(
            "{locale} by wordings: {} question wordings each read as new: {} exact, {} fuzzy, {} wrong, {} missed",
            r.unseen, r.exact, r.fuzzy, r.wrong.len(), r.missed
        );
        // A row is never silently given a wrong key.
        assert!(r.wrong.is_empty(), "{locale}: wrong keys: {:#?}", r.wrong);
        assert!(
            r.unseen >= 50,
            "{locale}: only {} wordings to hold out",
            r.unseen
        );
        // Most new wordings are still recognized (floor below the measured figure).
        assert!(
            (r.exact + r.fuzzy) * 100 >= r.unseen * HELD_OUT_RECALL_FLOOR,
            "{locale}: {r:?}"
        );
    }
}
