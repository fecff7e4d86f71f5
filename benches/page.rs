//! Benchmarks of the work done on one page, with the project's catalogs:
//! reading it into a record, recognizing its texts, rendering the record in
//! every locale, and verifying it. These measure; they assert nothing. Run
//! with `cargo bench`; `bench/corpus.sh` measures whole commands.

use attest_l10n::catalog::Catalogs;
use attest_l10n::read::lex::{split_table_line, table_prefix, unwrap_cell};
use attest_l10n::read::read_page;
use attest_l10n::recognize::{Context, Role};
use attest_l10n::render::{render, Mode};
use criterion::{criterion_group, criterion_main, Criterion};
use std::hint::black_box;
use std::path::Path;

const PAGE: &str = "saas/talkdesk-inc-microsoft-teams-connector.md";

fn catalogs() -> Catalogs {
    Catalogs::load(Path::new("locales"), &"en-US".parse().unwrap())
        .expect("the project's catalogs load")
        .0
}

fn page() -> Vec<u8> {
    std::fs::read(Path::new("source-pages").join(PAGE)).expect("the benchmark page exists")
}

/// The texts of the page's table cells, as the reader recognizes them: the
/// first cell of a row as a label, the others as answers.
fn cell_texts(bytes: &[u8]) -> Vec<(String, Role)> {
    let text = std::str::from_utf8(bytes).expect("UTF-8");
    let mut out = Vec::new();
    for line in text.lines() {
        let Some(prefix) = table_prefix(line) else {
            continue;
        };
        let cells = split_table_line(line, prefix).cells;
        for (i, cell) in cells.iter().enumerate() {
            let (_, inner, _) = unwrap_cell(cell);
            if inner.is_empty() || inner.starts_with('-') || inner.starts_with(':') {
                continue;
            }
            let role = if i == 0 { Role::Label } else { Role::Value };
            out.push((inner.to_string(), role));
        }
    }
    out
}

fn one_page(c: &mut Criterion) {
    let cats = catalogs();
    let bytes = page();
    let record = read_page(PAGE, &bytes, &cats)
        .expect("the benchmark page reads")
        .record;
    let texts = cell_texts(&bytes);
    let locales = cats.locale_names();

    c.bench_function("load catalogs", |b| b.iter(catalogs));
    c.bench_function("read page", |b| {
        b.iter(|| read_page(PAGE, black_box(&bytes), &cats).map(|r| r.record))
    });
    c.bench_function("recognize page cells", |b| {
        let ctx = Context::default();
        let fr = "fr-FR".parse().unwrap();
        let recognizer = cats.recognizer();
        b.iter(|| {
            texts
                .iter()
                .filter(|(t, role)| {
                    recognizer
                        .recognize(black_box(t), *role, &fr, &ctx)
                        .is_some()
                })
                .count()
        })
    });
    c.bench_function("render page in every locale", |b| {
        b.iter(|| {
            locales
                .iter()
                .map(|l| {
                    render(black_box(&record), &cats, l, Mode::Canonical).map(|r| r.text.len())
                })
                .collect::<Vec<_>>()
        })
    });
    c.bench_function("verify page", |b| {
        b.iter(|| attest_l10n::ops::verify_page(black_box(&bytes), PAGE, &cats))
    });
}

criterion_group!(benches, one_page);
criterion_main!(benches);
