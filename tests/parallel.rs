//! Commands over many pages run in parallel: their output must not depend on
//! the number of threads, and `build` must not churn (a second run writes
//! nothing; a changed label rewrites only the pages that show it).

mod common;

use attest_l10n::ops::{for_each_page, PageFile, Run, Silent};
use common::{cli, copy_dir, tree};
use std::path::{Path, PathBuf};

#[test]
fn results_come_in_page_order_whatever_the_threads() {
    let pages: Vec<PageFile> = (0..1000)
        .map(|i| PageFile {
            path: PathBuf::from(format!("p{i}.md")),
            rel: format!("p{i}.md"),
        })
        .collect();
    for jobs in [1, 2, 3, 0] {
        let mut seen = Vec::new();
        for_each_page(
            &pages,
            &Run {
                jobs,
                progress: &Silent,
            },
            // Uneven work, so that threads finish out of order.
            |p| (0..(p.rel.len() * 1000)).fold(0u64, |a, x| a.wrapping_add(x as u64)) > 0,
            |p, r| {
                assert!(r);
                seen.push(p.rel.clone());
                Ok::<(), ()>(())
            },
        )
        .unwrap();
        let expected: Vec<String> = pages.iter().map(|p| p.rel.clone()).collect();
        assert_eq!(seen, expected, "jobs {jobs}");
    }
}

#[test]
fn a_sink_error_stops_the_run() {
    let pages: Vec<PageFile> = (0..500)
        .map(|i| PageFile {
            path: PathBuf::from(format!("p{i}.md")),
            rel: format!("p{i}.md"),
        })
        .collect();
    let mut taken = 0;
    let r = for_each_page(
        &pages,
        &Run::default(),
        |_| (),
        |_, ()| {
            taken += 1;
            if taken == 10 {
                Err("stop")
            } else {
                Ok(())
            }
        },
    );
    assert_eq!(r, Err("stop"));
    assert_eq!(taken, 10);
}

#[test]
fn one_thread_and_many_give_the_same_bytes() {
    let tmp = tempfile::tempdir().unwrap();
    let mut runs = Vec::new();
    for jobs in ["1", "2", "4"] {
        let out = tmp.path().join(format!("build-{jobs}"));
        let records = tmp.path().join(format!("records-{jobs}"));
        let b = cli(&["--jobs", jobs, "build", "--out", out.to_str().unwrap()]);
        let e = cli(&["-j", jobs, "extract", "source-pages"]);
        let j = cli(&["-j", jobs, "extract", "--format", "json", "source-pages"]);
        let s = cli(&["-j", jobs, "extract", "--summary", "source-pages"]);
        let w = cli(&[
            "-j",
            jobs,
            "extract",
            "--out",
            records.to_str().unwrap(),
            "source-pages",
        ]);
        let v = cli(&["-j", jobs, "verify", "source-pages"]);
        assert_eq!(v.0, 0, "{v:?}");
        let files: Vec<(PathBuf, Vec<u8>)> = tree(&out)
            .into_iter()
            .chain(tree(&records))
            .map(|(p, b, _)| (p, b))
            .collect();
        runs.push((b, e, j, s, w, v, files));
    }
    assert_eq!(runs[0], runs[1]);
    assert_eq!(runs[0], runs[2]);
}

#[test]
fn build_does_not_churn() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = tmp.path().join("locales");
    copy_dir(Path::new("locales"), &locales);
    let out = tmp.path().join("out");
    let args = [
        "--locales",
        locales.to_str().unwrap(),
        "build",
        "--out",
        out.to_str().unwrap(),
    ];
    let first = cli(&args);
    assert_eq!(first.0, 0, "{first:?}");
    let before = tree(&out);
    let files = before.len();
    assert!(files > 0);
    assert!(
        first.1.contains(&format!(": {files} written, 0 unchanged")),
        "{}",
        first.1
    );

    // Nothing changed: nothing written, not even touched.
    let second = cli(&args);
    assert!(
        second
            .1
            .contains(&format!(": 0 written, {files} unchanged")),
        "{}",
        second.1
    );
    assert_eq!(tree(&out), before);

    // One label changed (the certification heading, which only certified
    // apps show): only the pages that show it are written.
    let ftl = locales.join("fr-FR/certification.ftl");
    let src = std::fs::read_to_string(&ftl).unwrap();
    let key = "heading-certification-information = ";
    let at = src
        .find(key)
        .expect("the label to change is in the catalog")
        + key.len();
    let end = at + src[at..].find('\n').unwrap_or(src.len() - at);
    let new_text = format!("{} (modifié)", &src[at..end]);
    std::fs::write(&ftl, format!("{}{new_text}{}", &src[..at], &src[end..])).unwrap();
    let third = cli(&args);
    let after = tree(&out);
    let rewritten: Vec<&PathBuf> = before
        .iter()
        .zip(&after)
        .filter(|(b, a)| b != a)
        .map(|(b, _)| &b.0)
        .collect();
    let showing: Vec<&PathBuf> = after
        .iter()
        .filter(|(_, bytes, _)| String::from_utf8_lossy(bytes).contains(&new_text))
        .map(|(p, _, _)| p)
        .collect();
    assert!(!showing.is_empty());
    assert!(showing.len() < files);
    assert_eq!(rewritten, showing);
    assert!(
        third.1.contains(&format!(
            ": {} written, {} unchanged",
            showing.len(),
            files - showing.len()
        )),
        "{}",
        third.1
    );
}
