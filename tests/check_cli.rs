//! The `check` and `sign-off` commands as CI runs them: the binary, in a
//! fixture directory, with `NO_COLOR=1`. Every report format is compared
//! with an expected file under `tests/fixtures/check/report/` (refreshed with
//! `SNAPSHOTS=overwrite`), and every exit status a pipeline relies on is
//! asserted: 0 clean, 1 findings, 2 usage or I/O errors.

mod common;

use common::{copy_dir, run_bin as run, snapshot, status, stderr, stdout};
use std::path::{Path, PathBuf};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/check")
        .join(name)
}

#[test]
fn every_format_matches_its_snapshot() {
    let dir = fixture("report");
    for (format, ext) in [
        ("text", "txt"),
        ("json", "json"),
        ("github", "github"),
        ("sarif", "sarif"),
    ] {
        let o = run(&dir, &["check", "--format", format]);
        assert_eq!(status(&o), 1, "{format}: {}", stderr(&o));
        snapshot(&dir.join(format!("expected.{ext}")), &stdout(&o));
    }
}

#[test]
fn json_and_sarif_carry_what_tools_read() {
    let dir = fixture("report");
    let o = run(&dir, &["check", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["failed"], true);
    let findings = v["findings"].as_array().unwrap();
    assert_eq!(
        v["summary"]["errors"],
        findings.iter().filter(|f| f["severity"] == "error").count()
    );
    let stale = findings.iter().find(|f| f["code"] == "stale").unwrap();
    assert_eq!(stale["locale"], "fr-FR");
    assert_eq!(stale["key"], "security-pentest");
    assert_eq!(stale["file"], "locales/fr-FR/main.ftl");
    assert_eq!(
        (stale["line"].as_u64(), stale["column"].as_u64()),
        (Some(2), Some(1))
    );

    let o = run(&dir, &["check", "--format", "sarif"]);
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["version"], "2.1.0");
    assert!(v["$schema"].as_str().unwrap().contains("sarif-2.1.0"));
    let driver = &v["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "attest-l10n");
    assert!(driver["informationUri"].is_string());
    let rules: Vec<&str> = driver["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    for r in v["runs"][0]["results"].as_array().unwrap() {
        let id = r["ruleId"].as_str().unwrap();
        assert_eq!(rules[r["ruleIndex"].as_u64().unwrap() as usize], id);
        assert!(r["message"]["text"].is_string());
        assert!(r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"].is_string());
    }
    let r = v["runs"][0]["results"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["ruleId"] == "variable")
        .unwrap();
    assert_eq!(r["level"], "error");
    assert_eq!(
        r["locations"][0]["physicalLocation"]["region"]["startLine"],
        1
    );
}

#[test]
fn github_annotations_escape_messages_and_properties() {
    let o = run(&fixture("report"), &["check", "--format", "github"]);
    let out = stdout(&o);
    let line = out
        .lines()
        .find(|l| l.contains("title=unrecognized"))
        .unwrap();
    assert!(line.starts_with("::error file=source-pages/teams/contoso-notes.md,line=11,col=1,title=unrecognized (en-US)::"));
    // `%` escaped, the hint on its own (escaped) line.
    assert!(
        line.contains("Is it 100%25 compliant, really: yes?"),
        "{line}"
    );
    assert!(line.contains("%0Ahint: "), "{line}");
}

#[test]
fn color_only_when_asked_or_on_a_terminal() {
    let dir = fixture("report");
    let plain = run(&dir, &["check"]);
    assert!(!stdout(&plain).contains('\x1b'));
    let colored = run(&dir, &["check", "--color", "always"]);
    assert!(stdout(&colored).contains("\x1b["));
}

#[test]
fn exit_status_is_what_a_pipeline_expects() {
    // Clean: 0, with a note that there are no pages to check.
    let o = run(&fixture("missing-clean"), &["check"]);
    assert_eq!(status(&o), 0, "{}{}", stdout(&o), stderr(&o));
    assert!(stderr(&o).contains("page checks skipped"));
    assert!(stdout(&o).ends_with("check passed\n"));
    // An error: 1.
    assert_eq!(status(&run(&fixture("missing"), &["check"])), 1);
    // Warnings only: 0, unless --fail-on warning.
    let dir = fixture("untranslated");
    assert_eq!(status(&run(&dir, &["check"])), 0);
    assert_eq!(status(&run(&dir, &["check", "--fail-on", "warning"])), 1);
    // Content problems are findings, not crashes: a catalog that is not
    // UTF-8, an empty file, a file of junk.
    assert_eq!(status(&run(&fixture("encoding"), &["check"])), 1);
    assert_eq!(
        status(&run(&fixture("empty"), &["check", "--fail-on", "warning"])),
        1
    );
    assert_eq!(status(&run(&fixture("syntax"), &["check"])), 1);
    // Usage and I/O errors: 2, with a message.
    let dir = fixture("missing-clean");
    for (args, what) in [
        (
            &["--locales", "nowhere", "check"][..],
            "nowhere: no such catalog directory",
        ),
        (
            &["--reference", "xx-XX", "check"][..],
            "reference locale xx-XX",
        ),
        (&["check", "--format", "yaml"][..], "invalid value 'yaml'"),
        (
            &["check", "--locale", "de-DE"][..],
            "unknown locale `de-DE`",
        ),
        (
            &["check", "--pages", "nowhere"][..],
            "nowhere: no such pages directory",
        ),
    ] {
        let o = run(&dir, args);
        assert_eq!(status(&o), 2, "{args:?}");
        assert!(stderr(&o).contains(what), "{args:?}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"));
    }
}

/// A copy of a fixture in a temporary directory, to change it.
fn copy(name: &str) -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    copy_dir(&fixture(name), tmp.path());
    tmp
}

#[test]
fn a_locale_policy_can_make_a_locale_only_report() {
    let tmp = copy("missing");
    let dir = tmp.path();
    let policy = dir.join("locales/check.yml");
    std::fs::write(&policy, "locales:\n  fr-FR:\n    fail-on: never\n").unwrap();
    let o = run(dir, &["check"]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).contains("error[missing]"));
    std::fs::write(&policy, "locales:\n  fr-FR:\n    fail_on: never\n").unwrap();
    let o = run(dir, &["check"]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("check.yml"), "{}", stderr(&o));
}

#[test]
fn sign_off_clears_stale_findings_and_writes_a_sorted_lock() {
    let tmp = copy("stale");
    let dir = tmp.path();
    assert_eq!(status(&run(dir, &["check", "--fail-on", "warning"])), 1);
    let o = run(dir, &["sign-off", "fr-FR", "security-pentest"]);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).starts_with("fr-FR: signed off 1 key(s)"));
    let o = run(dir, &["check", "--fail-on", "warning"]);
    assert!(stdout(&o).contains("`general-id`: the en-US text changed"));
    assert!(!stdout(&o).contains("`security-pentest`"));
    let o = run(dir, &["sign-off", "fr-FR"]);
    assert_eq!(status(&o), 0);
    assert_eq!(status(&run(dir, &["check", "--fail-on", "warning"])), 0);
    let lock = std::fs::read_to_string(dir.join("locales/fr-FR/l10n.lock")).unwrap();
    let keys: Vec<&str> = lock
        .lines()
        .filter(|l| !l.starts_with('#'))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(keys, ["general-id", "intro-general", "security-pentest"]);
    let entry = lock
        .lines()
        .find(|l| l.starts_with("security-pentest "))
        .unwrap();
    assert!(
        entry.ends_with(" \"Do you perform penetration testing on the app every year?\""),
        "{entry}"
    );
    // Errors: 2, and the lock file is left as it was.
    for (args, what) in [
        (
            &["sign-off", "fr-FR", "nope"][..],
            "fr-FR has no message `nope`",
        ),
        (&["sign-off", "en-US"][..], "reference locale"),
        (
            &["sign-off", "fr-FR", "security-pentest", "--identical"][..],
            "cannot be marked identical",
        ),
    ] {
        let o = run(dir, args);
        assert_eq!(status(&o), 2, "{args:?}");
        assert!(stderr(&o).contains(what), "{args:?}: {}", stderr(&o));
    }
    assert_eq!(
        std::fs::read_to_string(dir.join("locales/fr-FR/l10n.lock")).unwrap(),
        lock
    );
}

#[test]
fn out_of_date_pages_are_found_with_out() {
    let dir = fixture("out-of-date");
    let o = run(&dir, &["check", "--pages", "pages", "--out", "out"]);
    assert_eq!(status(&o), 1);
    assert!(stdout(&o).contains("out/fr-FR/teams/contoso-notes.md:11:1: error[out-of-date]"));
    assert!(stdout(&o).contains(
        "out/en-US/teams/contoso-notes.md: error[out-of-date]: the generated page is missing"
    ));
    let o = run(
        &fixture("out-of-date-clean"),
        &["check", "--pages", "pages", "--out", "out"],
    );
    assert_eq!(status(&o), 0, "{}", stdout(&o));
}
