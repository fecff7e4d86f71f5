//! The review site in a real browser: headless Chromium opens the files
//! from disk (no server), runs the site's script, and the tests read the
//! DOM it dumps: no script error and no console message, the overview's
//! figures are `check --format json`'s, search, filters, sorting and `/`
//! work, a page view shows the reference and a locale side by side, and
//! hostile text runs nothing. A screenshot of each kind of view goes to
//! `target/report-screenshots/`.
//!
//! Driving: `--dump-dom` after the page's script ran; interactions through
//! the script's test hooks, named in the URL fragment (`#test-search=…`),
//! which act through the page's own controls and write what is visible
//! into `<pre id="test-out">`.
//!
//! Where no Chromium is installed, or it cannot start, the tests say so
//! and pass, unless `ATTEST_REQUIRE_BROWSER=1` (as CI sets it): then they
//! fail.

mod common;

use common::hostile::SCRIPTS;
use common::site::{check_figures, check_json, figures, fixture, report};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The Chromium to drive: `ATTEST_CHROMIUM`, or the first of Debian's
/// names found on `PATH`.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("ATTEST_CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    let path = std::env::var_os("PATH")?;
    for name in [
        "chromium-headless-shell",
        "chromium",
        "chromium-browser",
        "google-chrome",
    ] {
        for dir in std::env::split_paths(&path) {
            let p = dir.join(name);
            if p.is_file() {
                return Some(p);
            }
        }
    }
    None
}

/// The browser, or `None` after saying why the test is skipped: no
/// Chromium, or one that cannot start (a panic instead when
/// `ATTEST_REQUIRE_BROWSER=1`).
fn browser() -> Option<PathBuf> {
    static FOUND: std::sync::OnceLock<Result<PathBuf, String>> = std::sync::OnceLock::new();
    let found = FOUND.get_or_init(|| {
        let chrome = chromium().ok_or_else(|| {
            "no Chromium on PATH (chromium-headless-shell, chromium) and ATTEST_CHROMIUM unset"
                .to_string()
        })?;
        // It must start and give a DOM.
        let blank = std::env::temp_dir().join("attest-l10n-browser-probe.html");
        std::fs::write(&blank, "<!DOCTYPE html><title>probe</title>").map_err(|e| e.to_string())?;
        let l = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            run(
                &chrome,
                &format!("file://{}", blank.display()),
                &["--dump-dom"],
            )
        }))
        .map_err(|_| format!("{} cannot be run", chrome.display()))?;
        if l.dom.contains("<title>probe</title>") {
            Ok(chrome)
        } else {
            Err(format!(
                "{} cannot be started:\n{}",
                chrome.display(),
                l.log
            ))
        }
    });
    match found {
        Ok(p) => Some(p.clone()),
        Err(why) if std::env::var("ATTEST_REQUIRE_BROWSER").as_deref() == Ok("1") => {
            panic!("ATTEST_REQUIRE_BROWSER=1 and {why} (apt-get install chromium-headless-shell)")
        }
        Err(why) => {
            eprintln!("skipped: {why}");
            None
        }
    }
}

/// What the browser gave: the DOM after the script ran, and what it logged.
struct Loaded {
    dom: String,
    log: String,
}

/// Run Chromium on `url` with `args`, with a new profile and nothing that
/// reaches the network; at most a minute.
fn run(chrome: &Path, url: &str, args: &[&str]) -> Loaded {
    let profile = tempfile::tempdir().unwrap();
    let mut child = Command::new(chrome)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-extensions",
            "--hide-scrollbars",
            "--enable-logging=stderr",
            "--v=0",
            "--virtual-time-budget=3000",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .args(args)
        .arg(url)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("{} does not start: {e}", chrome.display()));
    // Both outputs read as they come (a full pipe would stop the browser),
    // and a bounded wait: a browser that hangs fails the test.
    let read = |mut r: Box<dyn std::io::Read + Send>| {
        std::thread::spawn(move || {
            let mut s = Vec::new();
            let _ = r.read_to_end(&mut s);
            String::from_utf8_lossy(&s).into_owned()
        })
    };
    let stdout = read(Box::new(child.stdout.take().unwrap()));
    let stderr = read(Box::new(child.stderr.take().unwrap()));
    let start = std::time::Instant::now();
    while child.try_wait().unwrap().is_none() {
        if start.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("chromium did not finish in 60 s on {url}");
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    Loaded {
        dom: stdout.join().unwrap(),
        log: stderr.join().unwrap(),
    }
}

/// The DOM of `file` (with `fragment`) after its script ran; no script
/// error and no console message allowed.
fn dom(chrome: &Path, file: &Path, fragment: &str) -> String {
    let url = format!("file://{}{fragment}", file.display());
    let l = run(chrome, &url, &["--dump-dom"]);
    assert!(
        l.dom.contains("</html>"),
        "no DOM for {url}; chromium said:\n{}",
        l.log
    );
    let console: Vec<&str> = l
        .log
        .lines()
        .filter(|line| line.contains(":CONSOLE") || line.contains("Uncaught"))
        .collect();
    assert!(
        console.is_empty(),
        "{url}: console messages:\n{}",
        console.join("\n")
    );
    assert!(
        !l.dom.contains("data-js-errors") && !l.dom.contains("id=\"js-errors\""),
        "{url}: script errors:\n{}",
        between(&l.dom, "<pre id=\"js-errors\">", "</pre>")
    );
    l.dom
}

/// What the test hooks wrote.
fn test_out(dom: &str) -> serde_json::Value {
    let json = between(dom, "<pre id=\"test-out\">", "</pre>");
    let json = json
        .replace("&quot;", "\"")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&amp;", "&");
    serde_json::from_str(&json).unwrap_or_else(|e| panic!("{e}: {json}"))
}

fn between<'a>(s: &'a str, from: &str, to: &str) -> &'a str {
    let Some(a) = s.find(from) else { return "" };
    let rest = &s[a + from.len()..];
    &rest[..rest.find(to).unwrap_or(rest.len())]
}

/// A screenshot of `file`, kept under `target/report-screenshots/`.
fn screenshot(chrome: &Path, file: &Path, name: &str, height: u32) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("target/report-screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let png = dir.join(format!("{name}.png"));
    let _ = std::fs::remove_file(&png);
    let url = format!("file://{}", file.display());
    let l = run(
        chrome,
        &url,
        &[
            &format!("--screenshot={}", png.display()),
            &format!("--window-size=1280,{height}"),
        ],
    );
    let bytes =
        std::fs::read(&png).unwrap_or_else(|_| panic!("no screenshot of {url}:\n{}", l.log));
    assert!(
        bytes.starts_with(b"\x89PNG") && bytes.len() > 5_000,
        "{name}.png"
    );
}

/// The fixture's site, written once per test.
fn site() -> (tempfile::TempDir, PathBuf, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let (locales, pages) = fixture(dir.path());
    let out = dir.path().join("site");
    report(&locales, &pages, &out);
    let out = out.canonicalize().unwrap();
    (dir, locales, pages, out)
}

#[test]
fn the_overview_shows_checks_figures_in_the_browser() {
    let Some(chrome) = browser() else { return };
    let (_dir, locales, pages, out) = site();
    let d = dom(&chrome, &out.join("index.html"), "");
    let shown = figures(&d);
    let check = check_figures(&check_json(&locales, &pages));
    for (locale, cols) in &check {
        for (col, v) in cols {
            assert_eq!(shown[locale].get(col), Some(v), "{locale} {col}");
        }
    }
    // Sorting by "Missing", then again, by keyboard-operable buttons.
    let d = dom(&chrome, &out.join("index.html"), "#test-sort=4:desc");
    let order: Vec<String> = serde_json::from_value(test_out(&d)["order"].clone()).unwrap();
    assert_eq!(
        order.first().map(String::as_str),
        Some("fr-FR"),
        "{order:?}"
    );
    assert!(d.contains("aria-sort=\"descending\""));
    screenshot(&chrome, &out.join("index.html"), "overview", 720);
}

#[test]
fn search_and_filters_work_in_a_locale_view() {
    let Some(chrome) = browser() else { return };
    let (_dir, _, _, out) = site();
    let file = out.join("locales/fr-FR.html");
    let visible = |fragment: &str| -> Vec<String> {
        let d = dom(&chrome, &file, fragment);
        serde_json::from_value(test_out(&d)["visible"].clone()).unwrap()
    };
    let all = visible("#test-filter=all");
    assert!(all.len() > 300, "{}", all.len());
    assert_eq!(
        visible("#test-filter=missing"),
        ["k-general-office-clients"]
    );
    assert_eq!(visible("#test-filter=stale"), ["k-general-partner-name"]);
    let found = visible("#test-search=authentification multifacteur");
    assert!(found.contains(&"k-security-mfa".to_string()), "{found:?}");
    assert!(found.len() < 10, "{found:?}");
    assert!(visible("#test-filter=missing&test-search=nothing like this").is_empty());
    // `/` focuses the search box.
    let d = dom(&chrome, &file, "#test-slash");
    assert_eq!(test_out(&d)["focused"], "search-keys");
    screenshot(&chrome, &file, "locale", 900);
    screenshot(&chrome, &out.join("pages.html"), "pages", 720);
    screenshot(&chrome, &out.join("keys/security-mfa.html"), "key", 720);
}

#[test]
fn a_page_view_shows_the_reference_beside_a_locale() {
    let Some(chrome) = browser() else { return };
    let (_dir, _, _, out) = site();
    let file = out.join("pages/saas/talkdesk-inc-microsoft-teams-connector.html");
    let d = dom(&chrome, &file, "#test-show=de-DE");
    let o = test_out(&d);
    assert_eq!(o["shown"], true);
    assert_eq!(o["columns"], serde_json::json!(["reference", "de-DE"]));
    // Both texts are in the page: en-US and de-DE wordings of one key.
    assert!(d.contains("General information"), "en-US heading");
    assert!(d.contains("Allgemeine Informationen"), "de-DE heading");
    // Without a choice, the published page's locale is shown.
    let d = dom(&chrome, &file, "#test-none");
    assert_eq!(
        test_out(&d)["columns"],
        serde_json::json!(["reference", "fr-FR"])
    );
    screenshot(&chrome, &file, "page", 1000);
}

#[test]
fn hostile_text_runs_nothing_in_the_browser() {
    let Some(chrome) = browser() else { return };
    let dir = tempfile::tempdir().unwrap();
    let (locales, pages) = fixture(dir.path());
    // A publisher's answers, a page path, text no label matches and a
    // translation, each holding every script payload.
    let page = pages.join("saas/talkdesk-inc-microsoft-teams-connector.md");
    let mut text = std::fs::read_to_string(&page).unwrap();
    let cell = SCRIPTS
        .iter()
        .map(|s| s.replace('|', "\\|"))
        .collect::<Vec<_>>()
        .join(" ");
    let from = "Microsoft Teams l’intégration à Talkdesk";
    assert!(text.contains(from));
    text = text.replacen(from, &cell, 1);
    text.push_str(&format!("\n{}\n", SCRIPTS.join("\n\n")));
    std::fs::write(&page, text).unwrap();
    let ftl = locales.join("de-DE/general.ftl");
    let mut src = std::fs::read_to_string(&ftl).unwrap();
    src = src.replacen(
        "heading-general-information = Allgemeine Informationen",
        "heading-general-information = <script>document.title='pwned'</script> { \"<\" }img src=x onerror=\"document.title='pwned'\">",
        1,
    );
    std::fs::write(&ftl, src).unwrap();
    let hostile_name = pages
        .join("teams/<script>document.title='pwned'<")
        .join("x.md");
    std::fs::create_dir_all(hostile_name.parent().unwrap()).unwrap();
    std::fs::copy(pages.join("teams/contoso-shiftboard.md"), &hostile_name).unwrap();
    let out = dir.path().join("site");
    report(&locales, &pages, &out);
    let out = out.canonicalize().unwrap();
    let views = [
        "pages/saas/talkdesk-inc-microsoft-teams-connector.html#test-show=published",
        "pages/saas/talkdesk-inc-microsoft-teams-connector.html#test-show=de-DE",
        "pages.html",
        "locales/de-DE.html",
        "index.html",
    ];
    for v in views {
        let (file, fragment) = v
            .split_once('#')
            .map_or((v, String::new()), |(f, h)| (f, format!("#{h}")));
        let d = dom(&chrome, &out.join(file), &fragment);
        let title = between(&d, "<title>", "</title>");
        assert!(!title.contains("pwned"), "{v}: title {title:?}");
        let body = between(&d, "<body", ">");
        assert!(
            !body.contains("data-pwned"),
            "{v}: the body was marked: {body}"
        );
        assert!(!d.contains("<img"), "{v}: an image");
    }
    // The payloads are shown as text.
    let d = dom(
        &chrome,
        &out.join("pages/saas/talkdesk-inc-microsoft-teams-connector.html"),
        "",
    );
    assert!(d.contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;"));
    assert!(d.contains("onerror=\"document.title='pwned'\"") || d.contains("onerror="));
}
