//! `report`: the review site. Its figures are `check`'s, it is the same
//! bytes on every run and with any number of threads, the marks of the
//! page views never reach a built page, and no text from a page or a
//! catalog can add a tag, an event handler or a script link to it.
//! (What a browser does with it: `tests/report_browser.rs`.)

mod common;

use attest_l10n::catalog::Catalogs;
use attest_l10n::locale::Locale;
use attest_l10n::read::read_page;
use attest_l10n::record::{Block, FreeText, Record, Spacing, TextBlock, Value};
use attest_l10n::render::{render, render_marked, sentinel, Mode, Origin};
use attest_l10n::report::{labels_js, page_view, PageView};
use common::hostile::{HOSTILE, SCRIPTS};
use common::site::{assert_safe, check_figures, figures, fixture, html_files, report};
use common::{copy_dir, files};
use std::path::Path;

const MINI: &str = "tests/fixtures/mini";

fn loc(s: &str) -> Locale {
    s.parse().unwrap()
}

#[test]
fn the_overview_shows_the_figures_of_check() {
    let dir = tempfile::tempdir().unwrap();
    let (locales, pages) = fixture(dir.path());
    let out = dir.path().join("site");
    report(&locales, &pages, &out);
    let html = std::fs::read_to_string(out.join("index.html")).unwrap();
    let shown = figures(&html);
    let check = check_figures(&common::site::check_json(&locales, &pages));
    assert!(check["fr-FR"]["missing"] == "1" && check["fr-FR"]["stale"] == "1");
    for (locale, cols) in &check {
        for (col, v) in cols {
            assert_eq!(
                shown[locale].get(col),
                Some(v),
                "{locale} {col}: the overview shows {:?}, check says {v}",
                shown[locale].get(col)
            );
        }
    }
    // Learned and consensus figures do not exist yet: "—", with why.
    assert_eq!(shown["fr-FR"]["learned"], "-1");
    assert_eq!(shown["fr-FR"]["deviating"], "-1");
    assert!(html.contains("title=\"No learned messages"));
}

#[test]
fn the_site_is_the_same_bytes_every_time() {
    let dir = tempfile::tempdir().unwrap();
    let (locales, pages) = fixture(dir.path());
    let one = dir.path().join("one");
    let two = dir.path().join("two");
    report(&locales, &pages, &one);
    let again = common::cli(&[
        "--locales",
        &locales.to_string_lossy(),
        "--jobs",
        "1",
        "report",
        "--pages",
        &pages.to_string_lossy(),
        "--out",
        &two.to_string_lossy(),
    ]);
    assert_eq!(again.0, 0);
    assert_eq!(files(&one), files(&two));
    // A second run writes nothing.
    let (_, out, _) = report(&locales, &pages, &one);
    assert!(out.contains("(0 written, 0 removed)"), "{out}");
    // A page gone: its view is removed with it, nothing else.
    std::fs::remove_file(pages.join("word/adatum-clause-checker.md")).unwrap();
    let (_, out, _) = report(&locales, &pages, &one);
    assert!(out.contains("removed"), "{out}");
    assert!(!one.join("pages/word/adatum-clause-checker.html").exists());
    assert!(one.join("pages/teams/contoso-shiftboard.html").exists());
}

#[test]
fn every_view_is_written_and_safe() {
    let dir = tempfile::tempdir().unwrap();
    let (locales, pages) = fixture(dir.path());
    let out = dir.path().join("site");
    report(&locales, &pages, &out);
    let html = html_files(&out);
    for f in [
        "index.html",
        "pages.html",
        "locales/en-US.html",
        "locales/fr-FR.html",
        "locales/de-DE.html",
        "keys/security-mfa.html",
        "pages/saas/talkdesk-inc-microsoft-teams-connector.html",
    ] {
        assert!(html.contains_key(f), "{f} missing");
    }
    for (path, h) in &html {
        assert_safe(path, h);
        assert!(!h.contains(sentinel::is_sentinel), "{path}: a sentinel");
    }
    assert!(out.join("site.css").is_file() && out.join("site.js").is_file());
    // The fr-FR view lists the missing key with its state.
    let fr = &html["locales/fr-FR.html"];
    assert!(fr.contains("<tr id=\"k-general-office-clients\" data-s=\"missing\">"));
    assert!(fr.contains("<tr id=\"k-general-partner-name\" data-s=\"stale\">"));
}

/// Remove the sentinels of a marked text: what is left is the page.
fn unmarked(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_open = false;
    for c in s.chars() {
        match c {
            sentinel::OPEN => in_open = true,
            sentinel::SEP => in_open = false,
            sentinel::CLOSE => {}
            _ if in_open => {}
            c => out.push(c),
        }
    }
    out
}

fn cats(dir: &Path) -> Catalogs {
    Catalogs::load(dir, &loc("en-US")).unwrap().0
}

/// Every page of the project and of the mini fixture.
fn pages() -> Vec<(Catalogs, Record)> {
    let mut out = Vec::new();
    for (locales, pages) in [
        ("locales", "source-pages"),
        ("tests/fixtures/mini/locales", "tests/fixtures/mini/pages"),
    ] {
        let c = cats(Path::new(locales));
        for p in attest_l10n::ops::collect_pages(&[pages.into()]).unwrap() {
            let bytes = std::fs::read(&p.path).unwrap();
            let rec = read_page(&p.rel, &bytes, &c).unwrap().record;
            out.push((cats(Path::new(locales)), rec));
        }
    }
    out
}

#[test]
fn marks_are_only_around_the_page_text() {
    for (c, rec) in pages() {
        let mut modes = vec![(rec.locale.clone(), Mode::AsPublished)];
        modes.extend(c.locale_names().into_iter().map(|l| (l, Mode::Canonical)));
        for (l, mode) in modes {
            let plain = render(&rec, &c, &l, mode).unwrap();
            let marked = render_marked(&rec, &c, &l, mode).unwrap();
            assert!(!plain.text.contains(sentinel::is_sentinel));
            assert!(plain.marks.is_empty());
            assert_eq!(unmarked(&marked.text), plain.text, "{} {l}", rec.page);
            let opens = marked.text.matches(sentinel::OPEN).count();
            assert_eq!(opens, marked.text.matches(sentinel::CLOSE).count());
            assert!(opens >= marked.marks.len() && !marked.marks.is_empty());
            if mode == Mode::AsPublished {
                continue;
            }
            assert!(
                marked
                    .marks
                    .iter()
                    .all(|m| m.origin != Origin::Variant && m.origin != Origin::Published),
                "{}: canonical pages have no variants",
                rec.page
            );
        }
    }
}

#[test]
fn build_never_writes_a_sentinel() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let (status, _, err) = common::cli(&["build", "--out", &out.to_string_lossy()]);
    assert_eq!(status, 0, "{err}");
    let built = files(&out);
    assert!(built.len() > 10);
    for (path, bytes) in built {
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains(sentinel::is_sentinel), "{path}");
    }
}

#[test]
fn a_page_cannot_forge_a_mark() {
    let c = cats(&Path::new(MINI).join("locales"));
    let bytes = std::fs::read(Path::new(MINI).join("pages/teams/contoso-notes.md")).unwrap();
    let mut rec = read_page("teams/other.md", &bytes, &c).unwrap().record;
    let forged = "\u{E000}\u{E010}\u{E001}forged\u{E002} \u{E002}";
    set_text(&mut rec, forged);
    let plain = render(&rec, &c, &loc("fr-FR"), Mode::Canonical).unwrap();
    // Build writes the page's text as it is.
    assert!(plain.text.contains(forged));
    let marked = render_marked(&rec, &c, &loc("fr-FR"), Mode::Canonical).unwrap();
    assert!(marked
        .text
        .contains("\u{FFFD}\u{FFFD}\u{FFFD}forged\u{FFFD} \u{FFFD}"));
    assert_eq!(
        marked.text.matches(sentinel::OPEN).count(),
        marked.text.matches(sentinel::CLOSE).count()
    );
}

/// The first free-text answer of the page becomes `text`.
fn set_text(rec: &mut Record, text: &str) {
    fn go(blocks: &mut [Block], text: &str) -> bool {
        blocks.iter_mut().any(|b| match b {
            Block::Zone(z) => go(&mut z.blocks, text),
            Block::Table(t) => t
                .rows
                .iter_mut()
                .flat_map(|r| r.values.iter_mut())
                .find_map(|v| match v {
                    Value::Text(ft) => Some(ft),
                    _ => None,
                })
                .map(|ft| ft.text = text.to_string())
                .is_some(),
            _ => false,
        })
    }
    assert!(go(&mut rec.blocks, text), "no free text");
}

/// The mini catalogs with fr-FR messages replaced, and a fr-FR free-text
/// translation of the page.
fn catalogs_with(messages: &[(&str, &str)], page_texts: &[(&str, &str)]) -> Catalogs {
    let ftl = |id: &str, text: &str| {
        let mut lit = String::new();
        for c in text.chars() {
            match c {
                '\\' => lit.push_str("\\\\"),
                '"' => lit.push_str("\\\""),
                c if c.is_control() => lit.push_str(&format!("\\u{:04X}", c as u32)),
                c => lit.push(c),
            }
        }
        format!("{id} = {{ \"{lit}\" }}\n")
    };
    let dir = tempfile::tempdir().unwrap();
    copy_dir(&Path::new(MINI).join("locales"), dir.path());
    let fr = dir.path().join("fr-FR/page.ftl");
    let mut src = String::new();
    let mut skipping = false;
    for line in std::fs::read_to_string(&fr).unwrap().lines() {
        let redefined = messages
            .iter()
            .any(|(id, _)| line.starts_with(&format!("{id} =")));
        if redefined || (skipping && line.starts_with(' ')) {
            skipping = true;
            continue;
        }
        skipping = false;
        src.push_str(line);
        src.push('\n');
    }
    for (id, text) in messages {
        src.push_str(&ftl(id, text));
    }
    std::fs::write(&fr, src).unwrap();
    let p = dir.path().join("fr-FR/pages/teams");
    std::fs::create_dir_all(&p).unwrap();
    let body: String = page_texts.iter().map(|(id, t)| ftl(id, t)).collect();
    std::fs::write(p.join("contoso-notes.ftl"), body).unwrap();
    cats(dir.path())
}

/// The view of `rec` as published and in both locales.
fn view(rec: &Record, c: &Catalogs) -> String {
    let locales = c.locale_names();
    page_view(&PageView {
        rel: &rec.page,
        record: Some(rec),
        error: None,
        reference: &c.reference,
        locales: &locales,
        published: Some(
            render_marked(rec, c, &rec.locale, Mode::AsPublished).map_err(|e| e.to_string()),
        ),
        rendered: locales
            .iter()
            .map(|l| {
                (
                    l.clone(),
                    render_marked(rec, c, l, Mode::Canonical).map_err(|e| e.to_string()),
                )
            })
            .collect(),
        consensus: None,
        labels: None,
    })
}

/// Every hostile text in every place a page view shows text from outside:
/// a publisher's answer in a cell and in a paragraph, a label's
/// translation (cell, heading, paragraph, HTML attribute, text between
/// tags, front matter), a free-text translation, a name, text no label
/// matched, the page's path.
#[test]
fn hostile_text_stays_text_in_a_page_view() {
    let base = cats(&Path::new(MINI).join("locales"));
    let bytes = std::fs::read(Path::new(MINI).join("pages/teams/contoso-notes.md")).unwrap();
    let read = |c: &Catalogs| {
        read_page("teams/contoso-notes.md", &bytes, c)
            .unwrap()
            .record
    };
    for h in HOSTILE.iter().chain(SCRIPTS) {
        let what = format!("{h:?}");
        let mut rec = read(&base);
        rec.page = format!("teams/{h}.md");
        set_text(&mut rec, h);
        rec.names.insert("app".into(), h.to_string());
        // Text no label matched, as reading records it.
        let unrecognized: Block =
            serde_json::from_value(serde_json::json!({ "unrecognized": h, "line": 1 })).unwrap();
        assert!(matches!(unrecognized, Block::Unrecognized(_)));
        rec.blocks.push(unrecognized);
        rec.blocks.push(Block::Text(TextBlock {
            text: FreeText {
                id: "general-extra".into(),
                text: h.to_string(),
                lang: loc("fr-FR"),
                machine: true,
            },
            spacing: Spacing(1),
            layout: None,
        }));
        let html = view(&rec, &base);
        assert_safe(&what, &html);
        let c = catalogs_with(
            &[
                ("general-functionality", h),
                ("heading-general-information", h),
                ("note-no-apis", h),
                ("page-badge-attested-alt", h),
                ("page-store-appsource", h),
                ("page-title", h),
            ],
            &[("general-functionality", h)],
        );
        let html = view(&read(&c), &c);
        assert_safe(&what, &html);
        assert!(!html.contains(sentinel::is_sentinel), "{what}");
        // The label file holds the translations as JSON strings.
        let js = labels_js(&c, &loc("fr-FR"));
        let json = js
            .strip_prefix("(window.attestLabels = window.attestLabels || {})[\"fr-FR\"] = ")
            .and_then(|j| j.strip_suffix(";\n"))
            .unwrap();
        let texts: std::collections::BTreeMap<String, String> = serde_json::from_str(json).unwrap();
        let stripped: String = h
            .chars()
            .map(|c| {
                if sentinel::is_sentinel(c) {
                    '\u{FFFD}'
                } else {
                    c
                }
            })
            .collect();
        assert_eq!(texts["note-no-apis"], stripped, "{what}");
    }
    // The text is shown, escaped.
    let mut rec = read(&base);
    set_text(&mut rec, SCRIPTS[0]);
    let html = view(&rec, &base);
    assert!(html.contains("&lt;script&gt;document.title=&#39;pwned&#39;&lt;/script&gt;"));
}

#[test]
#[should_panic(expected = "tag <img>")]
fn the_safety_check_sees_a_tag_from_content() {
    assert_safe("x", "<p>a <img src=x onerror=alert(1)> b</p>");
}

#[test]
#[should_panic(expected = "event handler")]
fn the_safety_check_sees_an_event_handler() {
    assert_safe("x", "<p onclick=\"alert(1)\">a</p>");
}

#[test]
#[should_panic(expected = "not a tag")]
fn the_safety_check_sees_a_lone_angle_bracket() {
    assert_safe("x", "<p>a <!-- b --></p>");
}

/// The learned state and the consensus, when given, fill the overview's
/// columns and the page view lists the candidates per locale.
#[test]
fn learned_and_consensus_fill_their_columns() {
    use attest_l10n::check::{Completeness, Report};
    use attest_l10n::report::{
        overview, Consensus, Decision, Learned, LocaleRender, PageConsensus, PageSummary,
        ReportInput,
    };
    use std::collections::BTreeMap;
    let c = cats(Path::new("locales"));
    let mut check = Report::default();
    check.completeness = ["de-DE", "fr-FR"]
        .iter()
        .map(|l| {
            let mut c = Completeness::default();
            c.locale = loc(l);
            c.keys = 10;
            c.translated = 10;
            c
        })
        .collect();
    let learned: Learned = [(
        loc("fr-FR"),
        ["general-id".to_string(), "general-app-name".to_string()].into(),
    )]
    .into();
    let decision = Decision {
        fact: "names.app".into(),
        value: "Birdie".into(),
        candidates: [
            (loc("de-DE"), "Vögelchen".to_string()),
            (loc("fr-FR"), "Birdie".to_string()),
        ]
        .into(),
    };
    let consensus = Consensus {
        pages: [(
            "saas/birdie.md".to_string(),
            PageConsensus {
                deviating: [loc("de-DE")].into(),
                decisions: vec![decision],
            },
        )]
        .into(),
    };
    let pages = vec![PageSummary {
        rel: "saas/birdie.md".into(),
        published: Some(loc("fr-FR")),
        locales: vec![LocaleRender::of(&loc("fr-FR"), None)],
        ..PageSummary::default()
    }];
    let locks = BTreeMap::new();
    let input = ReportInput {
        cats: &c,
        check: &check,
        locks: &locks,
        pages: &pages,
        learned: Some(&learned),
        consensus: Some(&consensus),
    };
    let shown = figures(&overview(&input));
    assert_eq!(shown["fr-FR"]["learned"], "2");
    assert_eq!(shown["de-DE"]["learned"], "0");
    assert_eq!(shown["de-DE"]["deviating"], "1");
    assert_eq!(shown["fr-FR"]["deviating"], "0");
    let bytes =
        std::fs::read("source-pages/saas/talkdesk-inc-microsoft-teams-connector.md").unwrap();
    let rec = read_page("saas/birdie.md", &bytes, &c).unwrap().record;
    let locales = c.locale_names();
    let html = page_view(&PageView {
        rel: "saas/birdie.md",
        record: Some(&rec),
        error: None,
        reference: &c.reference,
        locales: &locales,
        published: None,
        rendered: Vec::new(),
        consensus: consensus.pages.get("saas/birdie.md"),
        labels: None,
    });
    assert!(html.contains("<code>names.app</code>"), "{html}");
    assert!(
        html.contains("<td class=\"deviates\">Vögelchen</td>"),
        "{html}"
    );
    assert!(html.contains("<td>Birdie</td>"), "{html}");
}
