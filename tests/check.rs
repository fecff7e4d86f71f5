//! `check` on fixtures, one per finding code: `tests/fixtures/check/<code>/`
//! holds the smallest catalogs (and pages) that trigger the finding, and
//! `<code>-clean/` the same catalogs without the fault, which must give no
//! finding at all. Every case lists its findings in `expected.txt`,
//! refreshed with `SNAPSHOTS=overwrite` and reviewed in the diff.

mod common;

use attest_l10n::catalog::lock::Lock;
use attest_l10n::catalog::Catalogs;
use attest_l10n::check::sign_off::sign_off;
use attest_l10n::check::{gather, load};
use attest_l10n::check::{Code, Report};
use common::snapshot;
use std::path::{Path, PathBuf};

const ROOT: &str = "tests/fixtures/check";

fn run(dir: &Path) -> Report {
    let (cats, diags) = load(&dir.join("locales"), &"en-US".parse().unwrap()).unwrap();
    let pages = dir.join("pages");
    let out = dir.join("out");
    gather(
        &dir.join("locales"),
        &cats,
        &diags,
        &cats.locale_names(),
        pages.is_dir().then_some(pages.as_path()),
        out.is_dir().then_some(out.as_path()),
    )
    .unwrap()
}

/// The findings of a case, one a line, paths relative to the case.
fn lines(dir: &Path, report: &Report) -> String {
    let mut s = String::new();
    for f in &report.findings {
        let path = f.path.strip_prefix(dir).unwrap_or(&f.path);
        let path = path.to_string_lossy().replace('\\', "/");
        s.push_str(&format!(
            "{path}:{}:{}: {}[{}] {}/{}: {}\n",
            f.line,
            f.col,
            f.severity,
            f.code,
            f.locale.as_ref().map_or("-", |l| l.as_str()),
            f.key.as_deref().unwrap_or("-"),
            f.message
        ));
        if let Some(h) = &f.hint {
            s.push_str(&format!("  hint: {h}\n"));
        }
    }
    s
}

/// One case: the trigger must report its code, the clean twin nothing.
fn case(code: Code) {
    named_case(code.as_str(), code);
}

fn named_case(name: &str, code: Code) {
    let dir = PathBuf::from(ROOT).join(name);
    let report = run(&dir);
    let text = lines(&dir, &report);
    assert!(
        report.findings.iter().any(|f| f.code == code),
        "{name}: no `{name}` finding:\n{text}"
    );
    snapshot(&dir.join("expected.txt"), &text);
    let clean = PathBuf::from(ROOT).join(format!("{name}-clean"));
    let report = run(&clean);
    assert_eq!(lines(&clean, &report), "", "{name}-clean");
}

#[test]
fn every_code_has_a_fixture_pair() {
    for code in Code::ALL {
        case(code);
    }
    // Page free-text translations are published too.
    named_case("unsafe-html-page", Code::UnsafeHtml);
}

#[test]
fn completeness_counts_what_a_translator_has_to_do() {
    let r = run(Path::new("tests/fixtures/check/missing"));
    let c = &r.completeness[0];
    assert_eq!(
        (c.locale.as_str(), c.keys, c.translated, c.missing),
        ("fr-FR", 3, 2, 1)
    );
    // "Do you perform annual penetration testing on the app?"
    assert_eq!(c.words, 9);
    assert!((c.percent() - 66.66).abs() < 0.1);
    let r = run(Path::new("tests/fixtures/check/stale"));
    let c = &r.completeness[0];
    assert_eq!((c.stale, c.untranslated, c.translated), (2, 0, 3));
}

#[test]
fn stale_findings_show_the_old_and_new_reference_text() {
    let r = run(Path::new("tests/fixtures/check/stale"));
    let stale = r.findings.iter().find(|f| f.code == Code::Stale).unwrap();
    assert!(stale.message.contains(
        "was \"Do you perform annual penetration testing on the app?\", now \"Do you perform penetration testing on the app every year?\""
    ), "{}", stale.message);
    // The `identical` mark of `general-id` lapsed with the change of its text.
    let lapsed = r
        .findings
        .iter()
        .find(|f| f.key.as_deref() == Some("general-id"))
        .unwrap();
    assert_eq!(lapsed.code, Code::Stale);
}

#[test]
fn near_misses_get_a_hint() {
    let r = run(Path::new("tests/fixtures/check/variable"));
    let extra = r
        .findings
        .iter()
        .find(|f| f.message.contains("`$publsher`"))
        .unwrap();
    assert_eq!(extra.hint.as_deref(), Some("did you mean `$publisher`?"));
}

fn cats(en: &str, fr: &str) -> Catalogs {
    Catalogs::from_sources(
        &[("en-US", "a.ftl", en), ("fr-FR", "a.ftl", fr)],
        Default::default(),
        "en-US",
    )
    .unwrap()
}

#[test]
fn sign_off_records_marks_and_lapses() {
    let c = cats("a = ID\nb = Hello\n", "a = ID\nb = Bonjour\nc = Obsolète\n");
    let (lock, s) = sign_off(&c, &"fr-FR".parse().unwrap(), &[], false, &Lock::default()).unwrap();
    assert_eq!((s.signed, s.identical), (2, 0));
    assert!(!lock.entries["a"].identical);
    assert_eq!(lock.entries["b"].text, "Hello");
    // `--identical` on a key that differs is refused; on one that is the same, marked.
    assert!(sign_off(&c, &"fr-FR".parse().unwrap(), &["b".into()], true, &lock).is_err());
    let (lock, s) = sign_off(&c, &"fr-FR".parse().unwrap(), &["a".into()], true, &lock).unwrap();
    assert_eq!((s.signed, s.identical), (1, 1));
    // A plain sign-off keeps a mark while the reference text is unchanged...
    let (kept, _) = sign_off(&c, &"fr-FR".parse().unwrap(), &[], false, &lock).unwrap();
    assert!(kept.entries["a"].identical);
    // ...and drops it once the reference changed.
    let changed = cats(
        "a = Identifier\nb = Hello\n",
        "a = Identifier\nb = Bonjour\n",
    );
    let (lapsed, _) = sign_off(&changed, &"fr-FR".parse().unwrap(), &[], false, &lock).unwrap();
    assert!(!lapsed.entries["a"].identical);
    // Unknown keys, the reference itself and unknown locales are errors.
    assert!(sign_off(&c, &"fr-FR".parse().unwrap(), &["c".into()], false, &lock).is_err());
    assert!(sign_off(&c, &"fr-FR".parse().unwrap(), &["zz".into()], false, &lock).is_err());
    assert!(sign_off(&c, &"en-US".parse().unwrap(), &[], false, &lock).is_err());
    assert!(sign_off(&c, &"de-DE".parse().unwrap(), &[], false, &lock).is_err());
}

/// Write a catalog pair (and a page) into a temporary directory and check
/// it: a report, or an error message (a lock file that is not UTF-8 is an
/// I/O error, exit 2), never a panic.
fn check_sources(d: &Path, en: &[u8], fr: &[u8], page: &[u8]) -> Result<Report, String> {
    for (l, src) in [("en-US", en), ("fr-FR", fr)] {
        std::fs::create_dir_all(d.join("locales").join(l).join("variants")).unwrap();
        std::fs::write(d.join("locales").join(l).join("a.ftl"), src).unwrap();
        std::fs::write(d.join("locales").join(l).join("variants/a.ftl"), src).unwrap();
    }
    std::fs::write(d.join("locales/fr-FR/l10n.lock"), fr).unwrap_or(());
    std::fs::create_dir_all(d.join("pages")).unwrap();
    std::fs::write(d.join("pages/p.md"), page).unwrap();
    let attempt = || {
        let (cats, diags) = load(&d.join("locales"), &"en-US".parse().unwrap())?;
        gather(
            &d.join("locales"),
            &cats,
            &diags,
            &cats.locale_names(),
            Some(&d.join("pages")),
            Some(&d.join("out")),
        )
    };
    match std::panic::catch_unwind(attempt) {
        Ok(r) => r,
        Err(_) => panic!("check panicked on {en:?} / {fr:?} / {page:?}"),
    }
}

#[test]
fn hostile_input_never_panics() {
    let nasty: Vec<Vec<u8>> = vec![
        b"".to_vec(),
        b"only junk here\n{ { {\n".to_vec(),
        b"a = { $x ->\n".to_vec(),
        b"a = {\n".to_vec(),
        b"-t = { $a ->\n *[x] { $b ->\n  *[y] { $c -> \n *[z] deep }\n }\n}\n".to_vec(),
        b"a =\n    .x = only attributes\n    .x = twice\n".to_vec(),
        b"\xef\xbb\xbfa = bom\r\nb = crlf\r\n".to_vec(),
        b"a = nul \0 byte\n".to_vec(),
        b"a = <a href=\"x\n<script\n&#99999999; &#x; & [x](\n".to_vec(),
        b"a = { \"\\u0000\" } { 1 } { FUNC(1, a: $b) } { -t.attr(x: 1) } { m.attr }\n".to_vec(),
        b"a = \xff\xfe\n".to_vec(),
        "a = é=é\nb.c = x\n= y\n".as_bytes().to_vec(),
    ];
    // Sixteen selects in a row: 65536 paths without the bound.
    let mut wide = String::from("a = ");
    for i in 0..16 {
        wide.push_str(&format!("{{ $v{i} ->\n [a] x\n *[b] y\n}} "));
    }
    wide.push('\n');
    let mut nasty = nasty;
    nasty.push(wide.into_bytes());
    let mut inputs = nasty.clone();
    // Pseudo-random bytes, from a fixed seed.
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..8 {
        let bytes: Vec<u8> = (0..200)
            .map(|_| {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                b"a= {}$-.[]*\n\t x<>&;#\"\\"[(seed % 22) as usize]
            })
            .collect();
        inputs.push(bytes);
    }
    let page = b"---\nms.contentlocale: fr-FR\n---\n\n| **a** | **b** |\n|--|--|\n| x | y |\n";
    let tmp = tempfile::tempdir().unwrap();
    for a in &inputs {
        for b in &nasty {
            if let Err(e) = check_sources(tmp.path(), a, b, page) {
                assert!(e.contains("not UTF-8"), "{e}");
            }
        }
        let _ = check_sources(tmp.path(), a, a, a);
    }
}
