//! Consensus over locale folders, end to end: fictional pages in fr-FR and
//! de-DE (`tests/fixtures/consensus/pages/`) where the copies disagree (a
//! name translated in one locale, an answer a newer copy changed, a tie,
//! a page in one locale only, a name every copy translates), built,
//! decided, compared and pinned.

mod common;

use common::{cli, copy_dir, files};
use std::path::{Path, PathBuf};

fn fixture() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/consensus")
}

/// A copy of the project's catalogs with the given pins (none: no pins
/// file), so that the project's own pins do not apply to the fixtures.
fn catalogs(dir: &Path, pins: Option<&str>) -> PathBuf {
    let to = dir.join("locales");
    copy_dir(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"), &to);
    let file = to.join("consensus.yml");
    let _ = std::fs::remove_file(&file);
    if let Some(p) = pins {
        std::fs::write(&file, p).unwrap();
    }
    to
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn consensus_reports_what_the_copies_disagree_on() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = catalogs(tmp.path(), None);
    let pages = fixture().join("pages");
    let (status, out, err) = cli(&["--locales", s(&locales), "consensus", s(&pages)]);
    assert_eq!(status, 1, "unsettled facts are findings\n{err}");
    // The translated name: the anchor settles it.
    assert!(out.contains("fact: app\n    kind: name\n    status: decided\n    reason: anchor\n    value: Tide Watch"), "{out}");
    // The newer de-DE copy's answer wins; fr-FR is outdated.
    assert!(out.contains("fact: security/security-annual-pentest\n    kind: answer\n    status: decided\n    reason: newest\n    value: yes"), "{out}");
    // A translated Graph scope.
    assert!(out.contains("value: profile"), "{out}");
    // The tie stays unsettled, and says so.
    assert!(
        out.contains("`no` and `yes` tie; each copy keeps its own value"),
        "{out}"
    );
    // A name no copy keeps: guessed from the anchor, to pin.
    assert!(
        out.contains("status: guessed\n    reason: anchor-guess\n    value: Mooring Planner"),
        "{out}"
    );
    // The page of one locale.
    assert!(out.contains("missing:\n  - de-DE"), "{out}");
    assert!(err.contains("app: no evidence settles it"), "{err}");
    // The same input gives the same bytes; JSON too.
    assert_eq!(
        cli(&["--locales", s(&locales), "consensus", s(&pages)]).1,
        out
    );
    let (status, json, _) = cli(&[
        "--locales",
        s(&locales),
        "-j",
        "1",
        "consensus",
        s(&pages),
        "--format",
        "json",
    ]);
    assert_eq!(status, 1);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["summary"]["pages"], 4);
    assert_eq!(v["summary"]["guessed"], 1);
}

#[test]
fn build_writes_one_truth_in_every_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = catalogs(tmp.path(), None);
    let pages = fixture().join("pages");
    let out = tmp.path().join("out");
    let (status, stdout, err) = cli(&[
        "--locales",
        s(&locales),
        "build",
        "--pages",
        s(&pages),
        "--out",
        s(&out),
    ]);
    assert_eq!(status, 0, "{err}");
    assert!(stdout.starts_with("4 pages"), "{stdout}");
    let read =
        |l: &str, p: &str| std::fs::read_to_string(out.join(l).join("teams").join(p)).unwrap();
    for l in ["en-US", "fr-FR", "de-DE"] {
        let page = read(l, "lumen-harbor-tide-watch.md");
        assert!(
            page.contains("# <a name=\"tide-watch\"></a>Tide Watch\n"),
            "{l}:\n{page}"
        );
        assert!(!page.contains("Veille des marées"), "{l}:\n{page}");
        assert!(page.contains(">| profile |"), "{l}:\n{page}");
        assert!(
            !page.contains("| Profil |") && !page.contains("| profil |"),
            "{l}"
        );
    }
    // The decided answer, in each locale's words.
    assert!(read("fr-FR", "lumen-harbor-tide-watch.md").contains("| Oui |"));
    assert!(read("de-DE", "lumen-harbor-tide-watch.md").contains("| Ja |"));
    // Free text from the output locale's own copy.
    assert!(read("fr-FR", "lumen-harbor-tide-watch.md").contains("Connexion de l’utilisateur."));
    assert!(read("de-DE", "lumen-harbor-tide-watch.md").contains("Anmeldung des Benutzers."));
    // The tie: each locale keeps its own answer.
    assert!(read("fr-FR", "lumen-harbor-quay-bot.md").contains("| Oui |"));
    assert!(read("de-DE", "lumen-harbor-quay-bot.md").contains("| Nein |"));
    // A page of one locale is written in every locale.
    assert!(read("de-DE", "lumen-harbor-buoy-log.md").contains("Buoy Log"));
    // Same input, same bytes, on one thread or several.
    let again = tmp.path().join("again");
    let (status, _, _) = cli(&[
        "--locales",
        s(&locales),
        "-j",
        "1",
        "build",
        "--pages",
        s(&pages),
        "--out",
        s(&again),
    ]);
    assert_eq!(status, 0);
    let strip = |m: std::collections::BTreeMap<String, Vec<u8>>| {
        m.into_iter()
            .filter(|(k, _)| !k.contains(".attest-l10n"))
            .collect::<Vec<_>>()
    };
    assert_eq!(strip(files(&out)), strip(files(&again)));
}

#[test]
fn pins_are_honoured_and_checked() {
    let tmp = tempfile::tempdir().unwrap();
    let pins = std::fs::read_to_string(fixture().join("pins.yml")).unwrap();
    let locales = catalogs(tmp.path(), Some(&pins));
    let pages = fixture().join("pages");
    let out = tmp.path().join("out");
    let (status, _, err) = cli(&[
        "--locales",
        s(&locales),
        "build",
        "--pages",
        s(&pages),
        "--out",
        s(&out),
    ]);
    assert_eq!(status, 0, "{err}");
    let page =
        std::fs::read_to_string(out.join("fr-FR/teams/lumen-harbor-mooring-planner.md")).unwrap();
    assert!(page.contains("></a>Mooring Planner Pro\n"), "{page}");
    let page = std::fs::read_to_string(out.join("de-DE/teams/lumen-harbor-quay-bot.md")).unwrap();
    assert!(page.contains("| Ja |"), "{page}");
    // `check` names the pin no page needs and the pin of a page that is gone, at their lines.
    let (status, report, _) = cli(&[
        "--locales",
        s(&locales),
        "check",
        "--pages",
        s(&pages),
        "--format",
        "json",
    ]);
    assert_eq!(status, 1);
    let v: serde_json::Value = serde_json::from_str(&report).unwrap();
    let pins: Vec<(String, u64)> = v["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["code"].as_str().unwrap().contains("pin"))
        .map(|f| {
            (
                f["code"].as_str().unwrap().to_string(),
                f["line"].as_u64().unwrap(),
            )
        })
        .collect();
    assert_eq!(
        pins,
        [("unused-pin".to_string(), 5), ("pin".to_string(), 7)],
        "{report}"
    );
}

#[test]
fn compare_over_locale_folders_reports_each_locale() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = catalogs(tmp.path(), None);
    let pages = fixture().join("pages");
    let (status, out, _) = cli(&["--locales", s(&locales), "compare", s(&pages)]);
    assert_eq!(status, 1);
    assert!(out.contains("teams/lumen-harbor-tide-watch.md: fr-FR: renamed app: Veille des marées (consensus: Tide Watch)"), "{out}");
    assert!(out.contains("teams/lumen-harbor-tide-watch.md: fr-FR: outdated security/security-annual-pentest: no (consensus: yes)"), "{out}");
    assert!(
        out.contains("teams/lumen-harbor-buoy-log.md: de-DE: missing"),
        "{out}"
    );
    assert!(out.ends_with("4 pages compared, 0 agree\n"), "{out}");
    // Three locale folders or more, named one by one.
    let empty = tmp.path().join("it-IT");
    std::fs::create_dir_all(&empty).unwrap();
    let (_, again, _) = cli(&[
        "--locales",
        s(&locales),
        "compare",
        s(&pages.join("de-DE")),
        s(&pages.join("fr-FR")),
        s(&empty),
    ]);
    assert!(
        again.contains(
            "it-IT: 4 pages deviate (0 renamed, 0 outdated, 0 damaged, 0 unsettled, 4 missing)"
        ),
        "{again}"
    );
    assert!(again.ends_with("4 pages compared, 0 agree\n"), "{again}");
    let (_, json, _) = cli(&[
        "--locales",
        s(&locales),
        "compare",
        s(&pages),
        "--format",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["by_locale"]["fr-FR"]["outdated"], 1);
    // Two folders: the pairwise report, as before.
    let (_, pair, _) = cli(&[
        "--locales",
        s(&locales),
        "compare",
        s(&pages.join("fr-FR")),
        s(&pages.join("de-DE")),
    ]);
    assert!(pair.ends_with("3 pages compared, 0 agree\n"), "{pair}");
}

#[test]
fn bad_input_is_named() {
    let tmp = tempfile::tempdir().unwrap();
    let locales = catalogs(tmp.path(), None);
    let pages = tmp.path().join("pages");
    copy_dir(&fixture().join("pages"), &pages);
    std::fs::create_dir_all(pages.join("it-IT")).unwrap();
    let (_, _, err) = cli(&["--locales", s(&locales), "consensus", s(&pages)]);
    assert!(
        err.contains("it-IT: the locale folder holds no page"),
        "{err}"
    );
    let (status, _, err) = cli(&[
        "--locales",
        s(&locales),
        "consensus",
        s(&pages.join("fr-FR")),
    ]);
    assert_eq!(status, 2);
    assert!(err.contains("not a folder of locale folders"), "{err}");
    // A build says which pages some locales do not hold.
    let (_, _, err) = cli(&[
        "--locales",
        s(&locales),
        "build",
        "--pages",
        s(&pages),
        "--out",
        s(&tmp.path().join("o")),
    ]);
    assert!(
        err.contains(
            "lumen-harbor-buoy-log.md:1:1: note: published in fr-FR only: not in de-DE, it-IT"
        ),
        "{err}"
    );
}
