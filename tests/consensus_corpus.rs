//! Consensus over the real corpus (`../shared/corpus/`, five locale
//! folders): the figures of docs/CONSENSUS.md, measured, with floors.
//!
//! - the app pages whose H1 name agrees with their anchor, per published
//!   locale and per output locale of a build of all the locales, and the
//!   pages whose app name is the same in every output locale;
//! - `compare` of the regenerated fr-FR and de-DE pages;
//! - the copies that deviate from the consensus, per locale and kind;
//! - a held-out check: names decided with one locale left out, against
//!   that locale's intact names.
//!
//! Run with `cargo test --release --test consensus_corpus -- --nocapture`
//! to see the figures and the residue. Where the corpus is absent, each
//! test says so and passes without checking anything.

use attest_l10n::catalog::Catalogs;
use attest_l10n::compare::compare;
use attest_l10n::consensus::deviations::{deviations, Kind};
use attest_l10n::consensus::slug::anchor_slug;
use attest_l10n::consensus::{anchor_keys, decide, gather, Consensus, Pins, Rules, Source, Status};
use attest_l10n::fsio::walk;
use attest_l10n::ops::consensus::{
    build_consensus, gather_locales, locale_folders, read_name_rules, Gathered,
};
use attest_l10n::ops::{BuildConfig, Run};
use attest_l10n::read::read_page;
use attest_l10n::record::Record;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// Floors (see docs/CONSENSUS.md for the measured figures).
const H1_AGREEMENT_FLOOR_PERMILLE: usize = 980;
const SAME_NAME_FLOOR_PERMILLE: usize = 990;
const FR_DE_AGREEMENT_FLOOR_PERMILLE: usize = 900;
const HELD_OUT_FLOOR_PERMILLE: usize = 900;

fn corpus() -> Option<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if locale_folders(&dir).is_some() {
        Some(dir)
    } else {
        eprintln!(
            "skipping: no corpus of locale folders at {} (it is beside the project in CI)",
            dir.display()
        );
        None
    }
}

fn cats() -> &'static Catalogs {
    static CATS: OnceLock<Catalogs> = OnceLock::new();
    CATS.get_or_init(|| {
        let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        Catalogs::load(&dir, &"en-US".parse().expect("a locale"))
            .expect("project catalogs load")
            .0
    })
}

/// Every copy of the corpus as evidence, read once for all the tests.
fn gathered(dir: &Path) -> &'static (Gathered, Rules) {
    static G: OnceLock<(Gathered, Rules)> = OnceLock::new();
    G.get_or_init(|| {
        let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
        let rules = Rules::new(cats(), &read_name_rules(&locales).expect("names.yml reads"));
        let folders = locale_folders(dir).expect("locale folders");
        let g =
            gather_locales(&folders, cats(), &rules, &Run::default(), None).expect("corpus reads");
        (g, rules)
    })
}

fn pins() -> Pins {
    let src = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("locales/consensus.yml"),
    )
    .unwrap_or_default();
    Pins::parse(&src).expect("the project's pins read")
}

/// The H1 of a record: its anchor, key and the app's name it shows, as
/// the record's evidence says.
fn h1(record: Record, rules: &Rules) -> Option<(String, String, String, Option<String>)> {
    let copy = gather(record, "und", rules);
    let app = copy
        .names
        .get("app")?
        .iter()
        .find(|s| s.source == Source::H1)?
        .text
        .clone();
    let publisher = copy
        .names
        .get("publisher")
        .and_then(|s| s.first())
        .map(|s| s.text.clone());
    Some((copy.anchor?, copy.h1_key?, app, publisher))
}

/// Whether a record's H1 shows an app name that agrees with its anchor;
/// none for a page whose H1 shows no app name.
fn agrees(record: Record, rules: &Rules) -> Option<bool> {
    let (anchor, key, app, publisher) = h1(record, rules)?;
    let publisher: Vec<&str> = publisher.as_deref().into_iter().collect();
    Some(anchor_keys(&anchor, Some(&key), &publisher, rules).contains_key(&anchor_slug(&app)))
}

fn permille(n: usize, of: usize) -> usize {
    (n * 1000).checked_div(of).unwrap_or(1000)
}

fn pct(n: usize, of: usize) -> String {
    format!("{n}/{of} = {:.1}%", 100.0 * n as f64 / of.max(1) as f64)
}

/// App pages: pages whose primary copy shows an app name in its H1.
fn app_pages(c: &Consensus, g: &Gathered) -> BTreeSet<String> {
    c.pages
        .iter()
        .filter(|p| {
            g.corpus.pages[&p.page]
                .iter()
                .find(|c| c.locale == p.primary)
                .is_some_and(|c| {
                    c.names
                        .get("app")
                        .is_some_and(|s| s.iter().any(|s| s.source == Source::H1))
                })
        })
        .map(|p| p.page.clone())
        .collect()
}

#[test]
fn a_build_of_every_locale_agrees_with_the_anchors() {
    let Some(dir) = corpus() else { return };
    let (g, rules) = gathered(&dir);
    let c = decide(&g.corpus, rules, &pins());
    let apps = app_pages(&c, g);
    // Published: each locale's own H1s.
    println!("published copies, H1 name agrees with the anchor:");
    for l in &g.corpus.locales {
        let (mut n, mut ok) = (0, 0);
        for page in &apps {
            let Some(path) = g.files[page].iter().find(|(x, _)| x == l).map(|(_, p)| p) else {
                continue;
            };
            let record = read_page(page, &std::fs::read(path).unwrap(), cats())
                .unwrap()
                .record;
            if let Some(a) = agrees(record, rules) {
                n += 1;
                ok += usize::from(a);
            }
        }
        println!("  {l}: {}", pct(ok, n));
    }
    // Built from every locale.
    let tmp = tempfile::tempdir().unwrap();
    let out = tmp.path().join("out");
    let cfg = BuildConfig {
        pages: dir.clone(),
        out: out.clone(),
        locales: cats().locale_names(),
        strict: false,
    };
    let folders = locale_folders(&dir).unwrap();
    let summary = build_consensus(&cfg, &folders, cats(), &Run::default()).expect("build runs");
    assert!(
        !summary.failed(),
        "{:?}",
        summary
            .diagnostics
            .iter()
            .filter(|d| d.severity == attest_l10n::diag::Severity::Error)
            .take(5)
            .collect::<Vec<_>>()
    );
    println!(
        "built from {} locales ({} pages):",
        folders.len(),
        summary.pages
    );
    let mut names: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for l in &cfg.locales {
        let (mut n, mut ok) = (0, 0);
        let mut residue = Vec::new();
        for page in &apps {
            let bytes = std::fs::read(out.join(l).join(page)).unwrap();
            let record = read_page(page, &bytes, cats()).unwrap().record;
            let Some((anchor, _, app, _)) = h1(record.clone(), rules) else {
                continue;
            };
            names.entry(page.clone()).or_default().insert(app.clone());
            n += 1;
            if agrees(record, rules) == Some(true) {
                ok += 1;
            } else {
                residue.push(format!("{page} `{anchor}`: {app}"));
            }
        }
        println!("  {l}: {}", pct(ok, n));
        if l == "en-US" {
            for r in &residue {
                println!("      {r}");
            }
        }
        assert!(
            permille(ok, n) >= H1_AGREEMENT_FLOOR_PERMILLE,
            "{l}: {}",
            pct(ok, n)
        );
    }
    let same = names.values().filter(|v| v.len() == 1).count();
    println!(
        "  the same app name in every output locale: {}",
        pct(same, names.len())
    );
    for (p, v) in names.iter().filter(|(_, v)| v.len() > 1) {
        println!("      {p}: {v:?}");
    }
    assert!(permille(same, names.len()) >= SAME_NAME_FLOOR_PERMILLE);
    // The regenerated fr-FR and de-DE pages, compared.
    let (mut compared, mut agree) = (0, 0);
    for (path, rel) in walk(&out.join("fr-FR"), &[".md", ".yml"]).unwrap() {
        let Ok(other) = std::fs::read(out.join("de-DE").join(&rel)) else {
            continue;
        };
        let a = read_page(&rel, &std::fs::read(path).unwrap(), cats())
            .unwrap()
            .record;
        let b = read_page(&rel, &other, cats()).unwrap().record;
        compared += 1;
        let d = compare(&rel, &a, &b);
        if d.is_empty() {
            agree += 1;
        } else {
            for x in d.iter().take(1) {
                println!("      {x:?}");
            }
        }
    }
    println!(
        "  compare out/fr-FR out/de-DE: {compared} pages compared, {agree} agree ({})",
        pct(agree, compared)
    );
    assert!(permille(agree, compared) >= FR_DE_AGREEMENT_FLOOR_PERMILLE);
}

#[test]
fn the_copies_that_deviate_per_locale() {
    let Some(dir) = corpus() else { return };
    let (g, rules) = gathered(&dir);
    let c = decide(&g.corpus, rules, &pins());
    let devs = deviations(&c);
    let mut by: BTreeMap<&str, BTreeMap<Kind, BTreeSet<&str>>> = BTreeMap::new();
    for d in &devs {
        by.entry(&d.locale)
            .or_default()
            .entry(d.kind)
            .or_default()
            .insert(&d.page);
    }
    println!("copies that deviate from the consensus (pages, by kind):");
    for (l, kinds) in &by {
        let pages: BTreeSet<&str> = kinds.values().flatten().copied().collect();
        let k: Vec<String> = Kind::ALL
            .iter()
            .map(|k| format!("{} {}", kinds.get(k).map_or(0, BTreeSet::len), k.as_str()))
            .collect();
        println!("  {l}: {} ({})", pages.len(), k.join(", "));
    }
    let stats: BTreeMap<(String, String), usize> =
        c.pages
            .iter()
            .flat_map(|p| &p.decisions)
            .fold(BTreeMap::new(), |mut m, d| {
                let what = if d.fact.contains('/') {
                    format!("{:?}", d.kind)
                } else {
                    d.fact.clone()
                };
                *m.entry((what, format!("{:?}/{:?}", d.status, d.reason)))
                    .or_default() += 1;
                m
            });
    println!("decisions that were not unanimous:");
    for ((what, how), n) in &stats {
        println!("  {what}: {how}: {n}");
    }
    // No pin of the project is unused or names nothing.
    assert!(c.pin_findings.is_empty(), "{:?}", c.pin_findings);
    // The timing conflict of the research is reported.
    let notes: Vec<&str> = c
        .pages
        .iter()
        .flat_map(|p| &p.notes)
        .map(|n| n.message.as_str())
        .collect();
    println!("notes: {}", notes.len());
    for n in &notes {
        println!("  {n}");
    }
}

#[test]
fn held_out_locales_get_their_intact_names_back() {
    let Some(dir) = corpus() else { return };
    let (g, rules) = gathered(&dir);
    let pins = Pins::default();
    println!(
        "held out: names decided from the other locales, against the held-out locale's intact H1s"
    );
    for l in g.corpus.locales.clone() {
        let c = decide(&g.corpus.without(&l), rules, &pins);
        let (mut intact, mut exact, mut same_slug, mut undecided, mut other) = (0, 0, 0, 0, 0);
        let mut misses = Vec::new();
        for (page, copies) in &g.corpus.pages {
            let Some(mine) = copies.iter().find(|c| c.locale == l) else {
                continue;
            };
            let (Some(anchor), Some(h1)) = (
                &mine.anchor,
                mine.names
                    .get("app")
                    .and_then(|s| s.iter().find(|s| s.source == Source::H1)),
            ) else {
                continue;
            };
            if anchor_slug(&h1.text) != *anchor {
                continue;
            }
            let Some(pc) = c.page(page) else { continue };
            if !pc.names.contains_key("app") && pc.decision("app").is_none() {
                continue;
            }
            intact += 1;
            let d = pc.decision("app");
            let undecided_here =
                d.is_some_and(|d| matches!(d.status, Status::Guessed | Status::Unsettled));
            match pc.names.get("app") {
                _ if undecided_here => undecided += 1,
                Some(v) if *v == h1.text => exact += 1,
                Some(v) if anchor_slug(v) == *anchor => {
                    same_slug += 1;
                    misses.push(format!("{page}: {} → {v}", h1.text));
                }
                Some(v) => {
                    other += 1;
                    misses.push(format!("{page}: {} → {v} (other)", h1.text));
                }
                None => undecided += 1,
            }
        }
        println!(
            "  {l}: intact {intact}: chosen exactly {}, same slug other form {same_slug}, undecided {undecided}, other {other}",
            pct(exact, intact)
        );
        for m in misses.iter().take(8) {
            println!("      {m}");
        }
        assert!(
            permille(exact + same_slug, intact) >= HELD_OUT_FLOOR_PERMILLE,
            "{l}"
        );
    }
}
