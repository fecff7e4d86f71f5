//! `build` keeps a manifest of what it wrote, so that a build with nothing
//! changed reads and renders nothing. The manifest may make a build faster,
//! never different: these tests change pages, outputs, catalogs, options
//! and the manifest itself, and check that every build says and writes what
//! a build into an empty directory would.

mod common;

use common::{cli, copy_dir, tree, Outcome};
use std::path::{Path, PathBuf};

const MANIFEST: &str = ".attest-l10n.build.json";

/// A scratch copy of the project's pages, with one page given a paragraph
/// no label matches (so that the build has a warning to say), and of its
/// catalogs.
struct Scratch {
    _dir: tempfile::TempDir,
    pages: PathBuf,
    locales: PathBuf,
    out: PathBuf,
}

fn scratch() -> Scratch {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    let locales = dir.path().join("locales");
    copy_dir(Path::new("source-pages"), &pages);
    copy_dir(Path::new("locales"), &locales);
    let page = pages.join("teams/northwind-ledger-sync.md");
    let text = std::fs::read_to_string(&page).unwrap();
    let text = text.replacen(
        "::: zone pivot=\"general\"\n",
        "A paragraph that no catalog knows.\n\n::: zone pivot=\"general\"\n",
        1,
    );
    std::fs::write(&page, text).unwrap();
    Scratch {
        pages,
        locales,
        out: dir.path().join("out"),
        _dir: dir,
    }
}

impl Scratch {
    fn build_into(&self, out: &Path, extra: &[&str]) -> Outcome {
        let mut args = vec![
            "--locales",
            self.locales.to_str().unwrap(),
            "build",
            "--pages",
            self.pages.to_str().unwrap(),
            "--out",
            out.to_str().unwrap(),
        ];
        args.extend_from_slice(extra);
        cli(&args)
    }

    fn build(&self) -> Outcome {
        self.build_into(&self.out, &[])
    }

    /// What a build of the same pages into an empty directory says, and
    /// the files it writes.
    fn fresh(&self, extra: &[&str]) -> (Outcome, Vec<(PathBuf, Vec<u8>)>) {
        let dir = tempfile::tempdir().unwrap();
        let said = self.build_into(dir.path(), extra);
        (said, bytes(dir.path()))
    }
}

fn bytes(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    tree(dir).into_iter().map(|(p, b, _)| (p, b)).collect()
}

/// The number of pages a build found up to date, from its summary line.
fn up_to_date(said: &Outcome) -> usize {
    let at = said.1.find(" up to date)").expect("summary line");
    let start = said.1[..at].rfind('(').unwrap() + 1;
    said.1[start..at].parse().unwrap()
}

/// The same exit status, diagnostics, number of pages and untranslated
/// free texts (files written and unchanged depend on what the output
/// directory held).
fn same_report(a: &Outcome, b: &Outcome) {
    let kept = |s: &str| {
        let pages = s.split(" pages").next().unwrap_or("").to_string();
        let fallbacks = s.split("; ").nth(1).unwrap_or("").to_string();
        (pages, fallbacks)
    };
    assert_eq!(a.0, b.0, "exit status");
    assert_eq!(kept(&a.1), kept(&b.1));
    assert_eq!(a.2, b.2, "diagnostics");
}

#[test]
fn a_build_with_nothing_changed_renders_nothing_and_says_the_same() {
    let s = scratch();
    let first = s.build();
    assert_eq!(first.0, 0, "{first:?}");
    assert!(first.2.contains("unrecognized"), "{}", first.2);
    assert_eq!(up_to_date(&first), 0);
    let files = tree(&s.out);

    let second = s.build();
    let pages = files.len() / 3;
    assert_eq!(up_to_date(&second), pages, "{}", second.1);
    assert!(second
        .1
        .contains(&format!(": 0 written, {} unchanged", files.len())));
    same_report(&first, &second);
    // Not a byte and not a modification time changed.
    assert_eq!(tree(&s.out), files);
}

#[test]
fn outputs_changed_or_removed_by_hand_are_written_again() {
    let s = scratch();
    s.build();
    let before = bytes(&s.out);
    let edited = s.out.join("fr-FR/teams/contoso-shiftboard.md");
    let removed = s.out.join("de-DE/word/adatum-clause-checker.md");
    std::fs::write(&edited, "edited by hand\n").unwrap();
    std::fs::remove_file(&removed).unwrap();

    let again = s.build();
    assert_eq!(again.0, 0, "{again:?}");
    let pages = before.len() / 3;
    assert_eq!(up_to_date(&again), pages - 2, "{}", again.1);
    assert!(again.1.contains(": 2 written,"), "{}", again.1);
    assert_eq!(bytes(&s.out), before);
}

#[test]
fn a_changed_page_is_read_again_and_only_its_files_written() {
    let s = scratch();
    let first = s.build();
    let page = s.pages.join("saas/fabrikam-field-notes.md");
    let text = std::fs::read_to_string(&page).unwrap();
    // A date the page gives, changed: every locale writes it.
    let changed = text.replacen("2022", "2023", 1);
    assert_ne!(changed, text);
    std::fs::write(&page, changed).unwrap();

    let again = s.build();
    let pages = bytes(&s.out).len() / 3;
    assert_eq!(up_to_date(&again), pages - 1, "{}", again.1);
    assert!(again.1.contains(": 3 written,"), "{}", again.1);
    let (fresh, files) = s.fresh(&[]);
    same_report(&fresh, &again);
    assert_eq!(bytes(&s.out), files);
    assert_eq!(first.2, again.2);
}

#[test]
fn changed_catalogs_or_options_read_every_page_again() {
    let s = scratch();
    s.build();

    // --strict fails where untranslated free text is: as a fresh build does.
    let strict = s.build_into(&s.out, &["--strict"]);
    assert_eq!(up_to_date(&strict), 0);
    let (fresh, _) = s.fresh(&["--strict"]);
    assert_eq!(strict.0, 2);
    same_report(&fresh, &strict);

    // One locale only.
    s.build();
    let one = s.build_into(&s.out, &["--locale", "fr-FR"]);
    assert_eq!(up_to_date(&one), 0);
    assert_eq!(one.0, 0, "{one:?}");

    // A catalog label changed.
    s.build();
    let ftl = s.locales.join("de-DE/general.ftl");
    let src = std::fs::read_to_string(&ftl).unwrap();
    std::fs::write(&ftl, format!("{src}\n# a comment changes no label\n")).unwrap();
    let after = s.build();
    assert_eq!(up_to_date(&after), 0, "{}", after.1);
    assert!(after.1.contains(": 0 written,"), "{}", after.1);
}

#[test]
fn a_damaged_or_foreign_manifest_is_no_manifest() {
    let s = scratch();
    let first = s.build();
    let manifest = std::fs::read(s.out.join(MANIFEST)).unwrap();
    let files = bytes(&s.out);
    for damage in [
        &b""[..],
        b"not json",
        b"{\"version\": 99}",
        &manifest[..manifest.len() / 2],
    ] {
        std::fs::write(s.out.join(MANIFEST), damage).unwrap();
        let again = s.build();
        assert_eq!(up_to_date(&again), 0, "{}", again.1);
        assert!(again.1.contains(": 0 written,"), "{}", again.1);
        same_report(&first, &again);
        assert_eq!(bytes(&s.out), files);
        assert_eq!(std::fs::read(s.out.join(MANIFEST)).unwrap(), manifest);
    }
}

#[test]
fn the_manifest_depends_only_on_the_pages_and_forgets_removed_ones() {
    let s = scratch();
    let other = tempfile::tempdir().unwrap();
    s.build();
    s.build_into(other.path(), &[]);
    let manifest = std::fs::read_to_string(s.out.join(MANIFEST)).unwrap();
    assert_eq!(
        manifest,
        std::fs::read_to_string(other.path().join(MANIFEST)).unwrap()
    );
    assert!(manifest.contains("\"saas/fabrikam-field-notes.md\""));

    std::fs::remove_file(s.pages.join("saas/fabrikam-field-notes.md")).unwrap();
    s.build();
    let manifest = std::fs::read_to_string(s.out.join(MANIFEST)).unwrap();
    assert!(!manifest.contains("fabrikam-field-notes"), "{manifest}");
    assert!(manifest.contains("\"teams/contoso-shiftboard.md\""));
}
