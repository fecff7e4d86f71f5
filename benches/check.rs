//! How long `check` takes: on the test fixtures, and on synthetic catalogs
//! the size of the real corpus's labels (300 keys in 3 locales, with
//! recognized wordings and lock files). Not a timed test: it prints the
//! figures (`cargo bench --bench check`); CI only type-checks it (clippy
//! `--all-targets`).

use attest_l10n::catalog::lock::{Lock, LOCK_FILE};
use attest_l10n::check::sign_off::sign_off;
use attest_l10n::check::{gather, load};
use std::hint::black_box;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

/// Median and fastest of `runs` runs of `f`.
fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut t: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    t.sort();
    (t[runs / 2], t[0])
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Load and check one directory of catalogs (and pages, generated pages).
fn check_dir(dir: &Path) -> usize {
    let locales = dir.join("locales");
    let Ok((cats, diags)) = load(&locales, &"en-US".parse().unwrap()) else {
        return 0;
    };
    let pages = [dir.join("pages"), dir.join("source-pages")]
        .into_iter()
        .find(|p| p.is_dir());
    let out = dir.join("out");
    let report = gather(
        &locales,
        &cats,
        &diags,
        &cats.locale_names(),
        pages.as_deref(),
        out.is_dir().then_some(out.as_path()),
    )
    .unwrap_or_default();
    report.findings.len()
}

const WORDS: [&str; 12] = [
    "does",
    "the",
    "app",
    "store",
    "customer",
    "data",
    "in",
    "encrypted",
    "form",
    "with",
    "regular",
    "reviews",
];

fn sentence(i: usize, locale: usize) -> String {
    let n = 6 + i % 9;
    let mut s: Vec<&str> = (0..n)
        .map(|k| WORDS[(i * 7 + k * 3 + locale) % WORDS.len()])
        .collect();
    s[0] = ["Does", "Est-ce que", "Speichert"][locale];
    format!("{}?", s.join(" "))
}

/// One message of the synthetic catalogs: plain, with a variable, with a
/// select expression, or with a link.
fn message(i: usize, locale: usize) -> String {
    let text = sentence(i, locale);
    match i % 10 {
        0 => format!("synthetic-{i} = {text} {{ $publisher }}\n"),
        1 => format!(
            "synthetic-{i} = {{ $count ->\n    [one] {text}\n   *[other] {{ $count }} {text}\n}}\n"
        ),
        2 => format!("synthetic-{i} = [{text}](https://learn.example/{i}) `code-{i}`\n"),
        _ => format!("synthetic-{i} = {text}\n"),
    }
}

/// 300 keys in 10 files per locale, a third with two recognized wordings,
/// fr-FR and de-DE signed off, then 10 reference texts changed (stale) and
/// 5 keys dropped from de-DE (missing).
fn synthetic(root: &Path) {
    const KEYS: usize = 300;
    let locales = ["en-US", "fr-FR", "de-DE"];
    for (li, l) in locales.iter().enumerate() {
        for f in 0..10 {
            let mut src = String::new();
            let mut variants = String::new();
            for i in (f * KEYS / 10)..((f + 1) * KEYS / 10) {
                if li == 2 && i % 60 == 5 {
                    continue;
                }
                src.push_str(&message(i, li));
                if i % 3 == 0 {
                    variants.push_str(&format!(
                        "synthetic-{i} =\n    .mt1 = {} one\n    .mt2 = {} two\n",
                        sentence(i + 1, li),
                        sentence(i + 2, li)
                    ));
                }
            }
            let dir = root.join("locales").join(l);
            std::fs::create_dir_all(dir.join("variants")).unwrap();
            std::fs::write(dir.join(format!("labels-{f}.ftl")), src).unwrap();
            std::fs::write(dir.join(format!("variants/labels-{f}.ftl")), variants).unwrap();
        }
    }
    let (cats, _) = load(&root.join("locales"), &"en-US".parse().unwrap()).unwrap();
    for l in ["fr-FR", "de-DE"] {
        let locale = l.parse().unwrap();
        let (lock, _) = sign_off(&cats, &locale, &[], false, &Lock::default()).unwrap();
        std::fs::write(
            root.join("locales").join(l).join(LOCK_FILE),
            lock.serialize(&locale, &cats.reference),
        )
        .unwrap();
    }
    let first = root.join("locales/en-US/labels-0.ftl");
    let src = std::fs::read_to_string(&first).unwrap();
    std::fs::write(&first, src.replacen("Does", "Did", 10)).unwrap();
}

fn main() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures/check"))
        .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
        .unwrap_or_default();
    fixtures.push(root.join("tests/fixtures/mini"));
    fixtures.sort();
    let runs = 30;
    let (median, best) = time(runs, || {
        for d in &fixtures {
            black_box(check_dir(d));
        }
    });
    println!(
        "tests/fixtures ({} directories, pages included): median {}, fastest {} for all of them",
        fixtures.len(),
        ms(median),
        ms(best)
    );

    let tmp = tempfile::tempdir().expect("temporary directory");
    synthetic(tmp.path());
    let locales = tmp.path().join("locales");
    let (load_median, load_best) = time(runs, || {
        black_box(
            load(&locales, &"en-US".parse().unwrap())
                .map(|c| c.0.locales.len())
                .unwrap_or(0),
        );
    });
    let (cats, diags) = load(&locales, &"en-US".parse().unwrap()).unwrap();
    let names = cats.locale_names();
    let mut codes: std::collections::BTreeMap<&str, usize> = Default::default();
    let (check_median, check_best) = time(runs, || {
        let r = gather(&locales, &cats, &diags, &names, None, None).unwrap_or_default();
        codes.clear();
        for f in &r.findings {
            *codes.entry(f.code.as_str()).or_default() += 1;
        }
        black_box(&r);
    });
    let findings: Vec<String> = codes.iter().map(|(c, n)| format!("{n} {c}")).collect();
    let findings = findings.join(", ");
    let (all_median, all_best) = time(runs, || {
        black_box(check_dir(tmp.path()));
    });
    println!("synthetic catalogs (300 keys x 3 locales, 100 keys with 2 wordings each, lock files; {findings} findings):");
    println!(
        "  load catalogs   median {}, fastest {}",
        ms(load_median),
        ms(load_best)
    );
    println!(
        "  check (loaded)  median {}, fastest {}",
        ms(check_median),
        ms(check_best)
    );
    println!(
        "  load + check    median {}, fastest {}",
        ms(all_median),
        ms(all_best)
    );
}
