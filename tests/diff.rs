//! The `diff` and `import` commands as a translator runs them: the binary
//! in fixture directories with `NO_COLOR=1`. Every mode and format is
//! compared with a snapshot under `tests/fixtures/diff/` (refreshed with
//! `SNAPSHOTS=overwrite`); `--since` runs in a git repository built in a temp
//! directory; XLIFF goes out and comes back byte for byte; bad input gets a
//! clear message, exit 2, and writes nothing.

mod common;

use common::{copy_dir, files as tree, run_bin as run, snapshot, status, stderr, stdout};
use std::path::{Path, PathBuf};
use std::process::Command;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/diff")
        .join(name)
}

/// The basic fixture in a temp directory, to write into.
fn scratch() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&fixture("basic"), dir.path());
    dir
}

#[test]
fn every_mode_and_format_matches_its_snapshot() {
    let dir = fixture("basic");
    let cases: [(&[&str], &str); 7] = [
        (&["diff", "fr-FR"], "side-by-side.txt"),
        (&["diff", "fr-FR", "--format", "json"], "side-by-side.json"),
        (&["diff", "fr-FR", "--width", "72"], "columns.txt"),
        (
            &[
                "diff",
                "fr-FR",
                "--only",
                "missing,untranslated",
                "--key",
                "general-*",
            ],
            "filtered.txt",
        ),
        (&["diff", "fr-FR", "--stale"], "stale.txt"),
        (
            &["diff", "fr-FR", "--stale", "--format", "json"],
            "stale.json",
        ),
        (&["diff", "fr-FR", "--format", "xliff"], "worklist.xlf"),
    ];
    for (args, file) in cases {
        let o = run(&dir, args);
        assert_eq!(status(&o), 1, "{args:?}: {}", stderr(&o));
        assert_eq!(stderr(&o), "", "{args:?}");
        snapshot(&dir.join("expected").join(file), &stdout(&o));
    }
    let v: serde_json::Value =
        serde_json::from_slice(&run(&dir, &["diff", "fr-FR", "--format", "json"]).stdout).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["summary"]["stale"], 1);
    let keys: Vec<&str> = v["rows"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["key"].as_str().unwrap())
        .collect();
    let mut sorted = keys.clone();
    sorted.sort();
    assert_eq!(keys, sorted);
}

#[test]
fn nothing_to_look_at_exits_zero() {
    let o = run(
        &fixture("basic"),
        &["diff", "fr-FR", "--only", "translated"],
    );
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert!(stdout(&o).contains("intro-general"));
}

#[test]
fn colors_only_when_asked_or_on_a_terminal() {
    let dir = fixture("basic");
    let plain = run(&dir, &["diff", "fr-FR", "--stale"]);
    assert!(!stdout(&plain).contains('\u{1b}'));
    let colored = run(&dir, &["diff", "fr-FR", "--stale", "--color", "always"]);
    let text = stdout(&colored);
    assert!(text.contains('\u{1b}'));
    // Word highlights instead of [-…-]{+…+} marks.
    assert!(!text.contains("{+"));
}

fn git(dir: &Path, args: &[&str]) {
    let o = Command::new("git")
        .args(["-c", "user.name=Test", "-c", "user.email=test@example.com"])
        .args([
            "-c",
            "commit.gpgsign=false",
            "-c",
            "init.defaultBranch=main",
        ])
        .args(args)
        .current_dir(dir)
        .env("GIT_AUTHOR_NAME", "Test")
        .env("GIT_AUTHOR_EMAIL", "test@example.com")
        .env("GIT_COMMITTER_NAME", "Test")
        .env("GIT_COMMITTER_EMAIL", "test@example.com")
        .env("GIT_AUTHOR_DATE", "2026-01-01T00:00:00Z")
        .env("GIT_COMMITTER_DATE", "2026-01-01T00:00:00Z")
        .env_remove("GIT_DIR")
        .env_remove("GIT_WORK_TREE")
        .output()
        .unwrap();
    assert!(o.status.success(), "git {args:?}: {}", stderr(&o));
}

#[test]
fn since_a_revision_shows_word_diffs_beside_the_translation() {
    let dir = scratch();
    let d = dir.path();
    git(d, &["init", "-q"]);
    git(d, &["add", "."]);
    git(d, &["commit", "-q", "-m", "catalogs"]);
    let en = d.join("locales/en-US/main.ftl");
    let text = std::fs::read_to_string(&en).unwrap();
    let text = text
        .replace("Information provided by", "Information given by")
        .replace("general-id = ID\n", "")
        + "\ngeneral-added = Is this new?\n";
    std::fs::write(&en, text).unwrap();
    let fr = d.join("locales/fr-FR/main.ftl");
    let text = std::fs::read_to_string(&fr)
        .unwrap()
        .replace("Une ancienne question ?", "Une très ancienne question ?");
    std::fs::write(&fr, text).unwrap();
    git(d, &["commit", "-q", "-am", "changes"]);
    let o = run(d, &["diff", "fr-FR", "--since", "HEAD~1"]);
    assert_eq!(status(&o), 1, "{}", stderr(&o));
    snapshot(&fixture("basic/expected/since.txt"), &stdout(&o));
    let o = run(
        d,
        &["diff", "fr-FR", "--since", "HEAD~1", "--format", "json"],
    );
    snapshot(&fixture("basic/expected/since.json"), &stdout(&o));
    // The working tree counts, not only commits.
    let o = run(d, &["diff", "fr-FR", "--since", "HEAD", "--key", "intro-*"]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    // From a subdirectory, with --locales pointing back.
    let sub = d.join("locales/fr-FR");
    let o = run(
        &sub,
        &["--locales", "..", "diff", "fr-FR", "--since", "HEAD~1"],
    );
    assert_eq!(status(&o), 1, "{}", stderr(&o));
    let o = run(d, &["diff", "fr-FR", "--since", "no-such-rev"]);
    assert_eq!(status(&o), 2);
    assert!(
        stderr(&o).contains("unknown revision `no-such-rev`"),
        "{}",
        stderr(&o)
    );
    let o = run(d, &["diff", "fr-FR", "--since", "--all"]);
    assert_eq!(status(&o), 2);
}

#[test]
fn since_outside_git_is_a_clear_error() {
    let dir = scratch();
    let o = run(dir.path(), &["diff", "fr-FR", "--since", "HEAD"]);
    assert_eq!(status(&o), 2);
    assert!(stderr(&o).contains("error:"), "{}", stderr(&o));
}

#[test]
fn xliff_round_trip_changes_nothing() {
    let dir = scratch();
    let d = dir.path();
    let before = tree(&d.join("locales"));
    let o = run(
        d,
        &[
            "diff",
            "fr-FR",
            "--format",
            "xliff",
            "--only",
            "translated,missing,untranslated,stale",
        ],
    );
    std::fs::write(d.join("fr.xlf"), &o.stdout).unwrap();
    let o = run(d, &["import", "fr.xlf"]);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    assert_eq!(tree(&d.join("locales")), before);
}

#[test]
fn xliff_edit_changes_only_that_message_and_signs_it_off() {
    let dir = scratch();
    let d = dir.path();
    let before = tree(&d.join("locales"));
    let o = run(d, &["diff", "fr-FR", "--format", "xliff"]);
    let xlf = stdout(&o);
    let edited = xlf
        .replace(
            "<target xml:space=\"preserve\">ID</target>",
            "<target xml:space=\"preserve\">Identifiant</target>",
        )
        .replace(
            "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>",
            "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>\n        <target>L’application stocke-t-elle des données en <ph id=\"1\" dataRef=\"d1\"/> ?</target>",
        );
    let edited = edited.replace(
        "Effectuez-vous des tests d’intrusion annuels sur l’application ?</target>",
        "Effectuez-vous chaque année des tests d’intrusion de l’application et de son infrastructure ?</target>",
    );
    assert_ne!(edited, xlf);
    std::fs::write(d.join("fr.xlf"), edited).unwrap();
    let o = run(d, &["import", "fr.xlf"]);
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    let after = tree(&d.join("locales"));
    let changed: Vec<&String> = after
        .keys()
        .filter(|k| before.get(*k) != after.get(*k))
        .collect();
    assert_eq!(changed, ["fr-FR/l10n.lock", "fr-FR/main.ftl"]);
    let old = String::from_utf8(before["fr-FR/main.ftl"].clone()).unwrap();
    let new = String::from_utf8(after["fr-FR/main.ftl"].clone()).unwrap();
    assert_eq!(
        new,
        old.replace("general-id = ID\n", "general-id = Identifiant\n")
            .replace(
                "Effectuez-vous des tests d’intrusion annuels sur l’application ?",
                "Effectuez-vous chaque année des tests d’intrusion de l’application et de son infrastructure ?"
            )
            + "\ngeneral-new = L’application stocke-t-elle des données en { $region } ?\n"
    );
    let lock = String::from_utf8(after["fr-FR/l10n.lock"].clone()).unwrap();
    assert!(
        lock.contains("\ngeneral-id 3843971dcfdee508 \"ID\"\n"),
        "{lock}"
    );
    assert!(lock.contains("\ngeneral-new "), "{lock}");
    let o = run(d, &["diff", "fr-FR", "--stale"]);
    assert_eq!(status(&o), 0, "{}", stdout(&o));
    assert!(stdout(&o).starts_with("fr-FR: 0 stale translation(s)"));
    // Both new translations are translated now.
    let o = run(
        d,
        &[
            "diff",
            "fr-FR",
            "--only",
            "translated",
            "--key",
            "general-*",
        ],
    );
    assert_eq!(
        stdout(&o).matches("[translated]").count(),
        2,
        "{}",
        stdout(&o)
    );
}

#[test]
fn bad_xliff_gets_clear_errors_and_writes_nothing() {
    let dir = scratch();
    let d = dir.path();
    let before = tree(&d.join("locales"));
    let xlf = stdout(&run(d, &["diff", "fr-FR", "--format", "xliff"]));
    let broken_var = xlf.replace(
        "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>",
        "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>\n        <target>Données en { $region } ?</target>",
    );
    let dropped_var = xlf.replace(
        "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>",
        "<source xml:space=\"preserve\">Does the app store data in <ph id=\"1\" dataRef=\"d1\" disp=\"{ $region }\"/>?</source>\n        <target>Données en Europe ?</target>",
    );
    let unknown = xlf
        .replace("<unit id=\"general-id\">", "<unit id=\"general-nope\">")
        .replace(
            "<target xml:space=\"preserve\">ID</target>",
            "<target xml:space=\"preserve\">Identifiant</target>",
        );
    let cases = [
        (
            "not-xml.xlf",
            "this is not < XML".to_string(),
            "not-xml.xlf:1:",
        ),
        (
            "unclosed.xlf",
            xlf.replace("</xliff>\n", ""),
            "unclosed.xlf:",
        ),
        ("unknown.xlf", unknown, "unknown unit id `general-nope`"),
        ("broken.xlf", broken_var, "variables must stay placeholders"),
        ("dropped.xlf", dropped_var, "drops $region"),
        (
            "version.xlf",
            xlf.replace("version=\"2.1\"", "version=\"1.2\""),
            "only XLIFF 2.x",
        ),
    ];
    for (name, text, expected) in cases {
        std::fs::write(d.join(name), text).unwrap();
        let o = run(d, &["import", name]);
        assert_eq!(status(&o), 2, "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(expected), "{name}: {}", stderr(&o));
        assert!(!stderr(&o).contains("panicked"), "{name}");
        assert_eq!(tree(&d.join("locales")), before, "{name} wrote something");
    }
    // The line of the offending unit is given.
    let o = run(d, &["import", "unknown.xlf"]);
    let line = xlf
        .lines()
        .position(|l| l.contains("<unit id=\"general-id\">"))
        .unwrap()
        + 1;
    assert!(
        stderr(&o).contains(&format!("unknown.xlf:{line}: error:")),
        "{}",
        stderr(&o)
    );
}

#[test]
fn bad_input_exits_two() {
    let dir = fixture("basic");
    for (args, expected) in [
        (&["diff", "xx-XX"][..], "unknown locale `xx-XX`"),
        (
            &["diff", "fr-FR", "--against", "de-DE"],
            "unknown locale `de-DE`",
        ),
        (&["diff", "en-US"], "reference locale"),
        (
            &[
                "diff",
                "--pages",
                "locales/en-US/main.ftl",
                "locales/fr-FR/main.ftl",
            ],
            "not a page",
        ),
        (
            &["diff", "--pages", "nowhere.md", "locales"],
            "no such page",
        ),
        (&["import", "missing.xlf"], "missing.xlf"),
        (
            &["--locales", "nope", "diff", "fr-FR"],
            "no such catalog directory",
        ),
    ] {
        let o = run(&dir, args);
        assert_eq!(status(&o), 2, "{args:?}: {}", stderr(&o));
        assert!(stderr(&o).contains(expected), "{args:?}: {}", stderr(&o));
    }
}

/// The seed page (`old/`) and the same page with one answer changed
/// (`new/`), in a temporary directory.
fn seed_and_changed() -> tempfile::TempDir {
    let tmp = tempfile::tempdir().unwrap();
    let rel = "saas/talkdesk-inc-microsoft-teams-connector.md";
    let seed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("source-pages")
            .join(rel),
    )
    .unwrap();
    let tls = "| L’application prend-elle en charge TLS 1.1 ou version ultérieure ? | Oui |";
    assert!(seed.contains(tls));
    for (side, text) in [
        ("old", seed.clone()),
        ("new", seed.replace(tls, &tls.replace("| Oui |", "| Non |"))),
    ] {
        let path = tmp.path().join(side).join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    tmp
}

#[test]
fn pages_diff_shows_changed_answers() {
    let tmp = seed_and_changed();
    let dir = tmp.path().to_path_buf();
    let expected = fixture("pages");
    let locales = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    let locales = locales.to_str().unwrap();
    let o = run(
        &dir,
        &["--locales", locales, "diff", "--pages", "old", "new"],
    );
    assert_eq!(status(&o), 1, "{}", stderr(&o));
    snapshot(&expected.join("expected.txt"), &stdout(&o));
    let o = run(
        &dir,
        &[
            "--locales",
            locales,
            "diff",
            "--pages",
            "old",
            "new",
            "--format",
            "json",
        ],
    );
    snapshot(&expected.join("expected.json"), &stdout(&o));
    let o = run(
        &dir,
        &["--locales", locales, "diff", "--pages", "old", "old"],
    );
    assert_eq!(status(&o), 0, "{}", stderr(&o));
    let o = run(
        &dir,
        &[
            "--locales",
            locales,
            "diff",
            "--pages",
            "old",
            "old/saas/talkdesk-inc-microsoft-teams-connector.md",
        ],
    );
    assert_eq!(status(&o), 2);
}

/// The talkdesk page as first seeded (attested) and as the corpus has it
/// (certified since): the answers that changed. Runs when `../shared` is
/// there, like the corpus tests, and says so when it is not.
#[test]
fn talkdesk_seed_against_the_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let seed = root.join("../shared/seed/talkdesk-inc-microsoft-teams-connector.md");
    let corpus = root.join("../shared/corpus/fr-FR/saas/talkdesk-inc-microsoft-teams-connector.md");
    if !seed.is_file() || !corpus.is_file() {
        eprintln!("note: ../shared/seed or ../shared/corpus not found: talkdesk page diff skipped");
        return;
    }
    let locales = root.join("locales");
    let o = run(
        root,
        &[
            "--locales",
            locales.to_str().unwrap(),
            "diff",
            "--pages",
            seed.to_str().unwrap(),
            corpus.to_str().unwrap(),
            "--format",
            "json",
        ],
    );
    assert_eq!(status(&o), 1, "{}", stderr(&o));
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    let answers = v["pages"][0]["answers"].as_array().unwrap();
    let get = |k: &str| {
        answers
            .iter()
            .find(|a| a["key"] == k)
            .map(|a| (a["old"].clone(), a["new"].clone()))
    };
    assert_eq!(
        get("front-matter:certification_type"),
        Some(("attested".into(), "certified".into()))
    );
    assert_eq!(
        get("page-last-updated"),
        Some(("2022-02-09".into(), "2022-02-14".into()))
    );
    assert_eq!(
        get("certification/certification-data-handling"),
        Some((serde_json::Value::Null, "certification-fail".into()))
    );
}
