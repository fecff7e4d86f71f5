//! Output goes only under `--out`: page paths and record `page` fields that
//! leave it are refused, symbolic links in the pages directory that point
//! outside it (or loop, or dangle) are refused with an error naming the
//! link, links in the output directory cannot send a file elsewhere, and
//! link loops never hang the walk (docs/SECURITY.md, "Paths").

#![cfg(unix)]

use attest_l10n::catalog::Catalogs;
use attest_l10n::diag::Severity;
use attest_l10n::ops::{build, collect_pages, BuildConfig};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::process::Command;

const GOOD: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini/locales")
}

fn cats() -> Catalogs {
    Catalogs::load(&locales(), &"en-US".parse().unwrap())
        .unwrap()
        .0
}

fn config(pages: &Path, out: &Path) -> BuildConfig {
    BuildConfig {
        pages: pages.to_path_buf(),
        out: out.to_path_buf(),
        locales: vec!["en-US".parse().unwrap(), "fr-FR".parse().unwrap()],
        strict: false,
    }
}

/// A pages directory with the good page in `teams/`.
fn pages_dir(root: &Path) -> PathBuf {
    let pages = root.join("pages");
    std::fs::create_dir_all(pages.join("teams")).unwrap();
    std::fs::copy(GOOD, pages.join("teams/contoso-notes.md")).unwrap();
    pages
}

fn errors(s: &attest_l10n::ops::BuildSummary) -> Vec<String> {
    s.diagnostics
        .iter()
        .filter(|d| d.severity == Severity::Error)
        .map(|d| d.to_string())
        .collect()
}

#[test]
fn links_out_of_the_pages_directory_are_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let pages = pages_dir(dir.path());
    let outside = dir.path().join("outside");
    std::fs::create_dir_all(&outside).unwrap();
    std::fs::copy(GOOD, outside.join("secret.md")).unwrap();
    symlink(outside.join("secret.md"), pages.join("teams/evil.md")).unwrap();
    symlink("../../outside/secret.md", pages.join("teams/relative.md")).unwrap();
    // A link inside the directory is a page like any other.
    symlink("contoso-notes.md", pages.join("teams/alias.md")).unwrap();

    let out = dir.path().join("out");
    let s = build(&config(&pages, &out), &cats()).unwrap();
    let errs = errors(&s);
    assert_eq!(errs.len(), 2, "{errs:?}");
    assert!(
        errs[0].contains("teams/evil.md") && errs[0].contains("points outside the pages directory")
    );
    assert!(errs[1].contains("teams/relative.md"), "{errs:?}");
    // The other pages went through, the links outside did not.
    for l in ["en-US", "fr-FR"] {
        assert!(out.join(l).join("teams/contoso-notes.md").is_file());
        assert!(out.join(l).join("teams/alias.md").is_file());
        assert!(!out.join(l).join("teams/evil.md").exists());
        assert!(!out.join(l).join("teams/relative.md").exists());
    }
    // Commands that take paths (extract, verify) stop with the link's name.
    let e = collect_pages(&[pages]).unwrap_err();
    assert!(e.contains("evil.md"), "{e}");
}

#[test]
fn link_loops_do_not_hang_the_walk() {
    let dir = tempfile::tempdir().unwrap();
    let pages = pages_dir(dir.path());
    // Directory loops: never followed.
    symlink("..", pages.join("teams/up")).unwrap();
    symlink(".", pages.join("self")).unwrap();
    symlink("../pages", pages.join("teams/again.md")).unwrap();
    // File loops: refused by name.
    symlink("b.md", pages.join("a.md")).unwrap();
    symlink("a.md", pages.join("b.md")).unwrap();
    symlink("me.md", pages.join("me.md")).unwrap();
    symlink("nowhere.md", pages.join("dangling.md")).unwrap();

    let out = dir.path().join("out");
    let s = build(&config(&pages, &out), &cats()).unwrap();
    assert_eq!(s.pages, 1);
    assert_eq!(s.written, 2);
    let errs = errors(&s);
    let named: Vec<&str> = ["a.md", "b.md", "dangling.md", "me.md"]
        .into_iter()
        .filter(|n| errs.iter().any(|e| e.contains(&format!("pages/{n}:"))))
        .collect();
    assert_eq!(named, ["a.md", "b.md", "dangling.md", "me.md"], "{errs:?}");
}

#[test]
fn a_link_in_the_output_directory_cannot_send_files_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let pages = pages_dir(dir.path());
    let out = dir.path().join("out");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    symlink(&elsewhere, out.join("fr-FR")).unwrap();
    let s = build(&config(&pages, &out), &cats()).unwrap();
    let errs = errors(&s);
    assert_eq!(errs.len(), 1, "{errs:?}");
    assert!(
        errs[0].contains("leads out of the output directory"),
        "{errs:?}"
    );
    assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
}

fn run(args: &[&str], cwd: &Path) -> (i32, String) {
    let o = Command::new(env!("CARGO_BIN_EXE_attest-l10n"))
        .arg("--locales")
        .arg(locales())
        .args(args)
        .current_dir(cwd)
        .env("NO_COLOR", "1")
        .output()
        .unwrap();
    (
        o.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&o.stderr).into_owned(),
    )
}

#[test]
fn render_out_refuses_record_pages_that_leave_it() {
    let dir = tempfile::tempdir().unwrap();
    let cwd = dir.path().join("work");
    std::fs::create_dir_all(&cwd).unwrap();
    // A record of the fixture page, written by extract.
    let (code, err) = run(
        &[
            "extract",
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join(GOOD)
                .to_str()
                .unwrap(),
            "--out",
            "records",
        ],
        &cwd,
    );
    assert_eq!(code, 0, "{err}");
    let rec = std::fs::read_to_string(cwd.join("records/contoso-notes.yml")).unwrap();
    assert!(rec.starts_with("page: contoso-notes.md\n"), "{rec}");
    let escape = dir.path().join("escape.md");
    for page in [
        "../escape.md",
        escape.to_str().unwrap(),
        "/etc/x.md",
        "a/../../escape.md",
    ] {
        std::fs::write(
            cwd.join("records/contoso-notes.yml"),
            rec.replacen("page: contoso-notes.md", &format!("page: '{page}'"), 1),
        )
        .unwrap();
        let (code, err) = run(&["render", "records", "--out", "out"], &cwd);
        assert_eq!(code, 2, "{page}: {err}");
        assert!(err.contains("leaves the output directory"), "{page}: {err}");
        assert!(!escape.exists(), "{page}");
        assert!(!Path::new("/etc/x.md").exists());
    }
    // The same record with its own path renders under --out.
    std::fs::write(cwd.join("records/contoso-notes.yml"), &rec).unwrap();
    let (code, err) = run(&["render", "records", "--out", "out"], &cwd);
    assert_eq!(code, 0, "{err}");
    assert!(cwd.join("out/contoso-notes.md").is_file());
}
