//! Malformed and oversized pages: each gets an error naming its line, or is
//! read correctly where it is valid Markdown; one bad page never stops the
//! others in `build`; nothing panics or overflows the stack.
//!
//! `tests/reading.rs` already checks the error and line of the common cases
//! (no front matter, unterminated front matter or zone, nested zones, too
//! many cells, no separator row, NUL bytes, invalid UTF-8, empty file, CRLF
//! and BOM round trips). This file adds the cases it lacks, the big inputs
//! (generated in memory, never committed) and the behaviour of `build`.
//!
//! The big inputs are there to catch quadratic loops and deep recursion: a
//! quadratic reader would take hours on them, not a few seconds. Nothing
//! here is timed.

use attest_l10n::catalog::Catalogs;
use attest_l10n::diag::Severity;
use attest_l10n::ops::{build, verify_page, BuildConfig, Verdict};
use attest_l10n::read::read_page;
use attest_l10n::record::{Block, Value};
use std::path::Path;

fn cats() -> Catalogs {
    let (c, diags) = Catalogs::load(
        Path::new("tests/fixtures/mini/locales"),
        &"en-US".parse().unwrap(),
    )
    .unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    c
}

const GOOD: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";
const FM: &str = "---\ntitle: x\n---\n";
const HEAD: &str = "| **Information** | **Response** |\n|:--|:--|\n";

fn good() -> String {
    std::fs::read_to_string(GOOD).unwrap()
}

/// Every malformed page of this file: a name, the bytes, and the line the
/// error must name (`None`: the page is valid and reads).
fn malformed() -> Vec<(&'static str, Vec<u8>, Option<usize>)> {
    let crlf = |s: &str| s.replace('\n', "\r\n").into_bytes();
    vec![
        ("empty", Vec::new(), Some(1)),
        ("no-front-matter", b"# Title\n\nText.\n".to_vec(), Some(1)),
        (
            "unterminated-front-matter",
            b"---\ntitle: x\n\n# Title\n".to_vec(),
            Some(1),
        ),
        (
            "front-matter-not-yaml",
            b"---\ntitle: x\n  - : [\n---\n".to_vec(),
            Some(3),
        ),
        (
            "unterminated-zone",
            format!("{FM}\n::: zone pivot=\"general\"\n\n{HEAD}| ID | 1 |\n").into_bytes(),
            Some(5),
        ),
        (
            "zone-end-alone",
            format!("{FM}\ntext\n\n::: zone-end\n").into_bytes(),
            Some(7),
        ),
        (
            "nested-zones",
            format!("{FM}\n::: zone pivot=\"a\"\n\n::: zone pivot=\"b\"\n::: zone-end\n")
                .into_bytes(),
            Some(7),
        ),
        (
            // In a question table, pipes after the answer's start are part
            // of the answer (a company called "SharePoint|Sapiens").
            "too-many-cells",
            format!("{FM}\n{HEAD}| ID | 1 |\n| ID | 1 | 2 |\n").into_bytes(),
            None,
        ),
        (
            // In a table of values, each column has a meaning: an extra
            // cell is an error.
            "too-many-cells-in-a-table-of-values",
            format!(
                "{FM}\n>| **Graph permission** | **Permission type** | **Justification** |\n>|:--|:--|:--|\n>| User.Read | Delegated | x | y |\n"
            )
            .into_bytes(),
            Some(7),
        ),
        (
            "too-few-cells",
            format!("{FM}\n{HEAD}| ID | 1 |\n| ID |\n").into_bytes(),
            Some(8),
        ),
        (
            "no-separator",
            format!("{FM}\n| **Information** | **Response** |\n| ID | 1 |\n").into_bytes(),
            Some(6),
        ),
        // CRLF does not shift line numbers.
        (
            "crlf-too-few-cells",
            crlf(&format!("{FM}\n{HEAD}| ID |\n")),
            Some(7),
        ),
        (
            "bom-no-front-matter",
            "\u{feff}# Title\n".as_bytes().to_vec(),
            Some(1),
        ),
        (
            "invalid-utf8",
            b"---\ntitle: x\n---\n\nab\xc3(\n".to_vec(),
            Some(5),
        ),
        ("nul", b"---\ntitle: x\n---\n\n\n\0\n".to_vec(), Some(6)),
        // Valid pages.
        ("crlf", crlf(&good()), None),
        ("bom", format!("\u{feff}{}", good()).into_bytes(), None),
        (
            "escaped-pipes",
            format!("{FM}\n{HEAD}| ID | a \\| b \\\\\\| c |\n").into_bytes(),
            None,
        ),
    ]
}

#[test]
fn each_malformed_page_gets_an_error_on_its_line_or_reads() {
    let c = cats();
    for (name, bytes, line) in malformed() {
        let got = read_page("p.md", &bytes, &c);
        match (line, got) {
            (Some(l), Err(e)) => {
                assert_eq!(e.line, l, "{name}: {}", e.message);
                assert!(!e.message.is_empty(), "{name}");
                // Lowercase (an acronym such as NUL aside).
                let mut chars = e.message.chars();
                let (first, second) = (chars.next().unwrap(), chars.next().unwrap_or('x'));
                assert!(
                    !(e.message.ends_with('.') || first.is_uppercase() && second.is_lowercase()),
                    "{name}: messages are lowercase without a final period: {}",
                    e.message
                );
            }
            (None, Ok(_)) => {
                assert_eq!(
                    verify_page(&bytes, "p.md", &c).unwrap(),
                    Verdict::Identical,
                    "{name}"
                );
            }
            (Some(l), Ok(_)) => panic!("{name}: read, expected an error on line {l}"),
            (None, Err(e)) => panic!("{name}: line {}: {}", e.line, e.message),
        }
    }
}

#[test]
fn escaped_pipes_stay_in_their_cell() {
    let src = format!("{FM}\n{HEAD}| ID | a \\| b \\\\\\| c |\n");
    let rec = read_page("p.md", src.as_bytes(), &cats()).unwrap().record;
    let Block::Table(t) = &rec.blocks[0] else {
        panic!("{:?}", rec.blocks)
    };
    assert_eq!(t.rows[0].values.len(), 1);
    assert_eq!(
        t.rows[0].values[0],
        Value::Id {
            id: "a \\| b \\\\\\| c".into()
        }
    );
    // An escaped backslash before a pipe does not escape the pipe: the
    // row has three cells, as GitHub's table reader sees it, and the last
    // two are the answer, with a note.
    let src = format!("{FM}\n{HEAD}| ID | a \\\\| b |\n");
    let reading = read_page("p.md", src.as_bytes(), &cats()).unwrap();
    let Block::Table(t) = &reading.record.blocks[0] else {
        panic!("a table")
    };
    assert_eq!(
        t.rows[0].values[0],
        Value::Id {
            id: "a \\\\| b".into()
        }
    );
    assert_eq!(reading.notes.len(), 1);
}

#[test]
fn a_lone_carriage_return_is_kept() {
    // CR without LF is not a line ending for the reader; the page still
    // gives its bytes back.
    let src = format!("{FM}\nUne phrase.\rEt une autre.\n");
    assert_eq!(
        verify_page(src.as_bytes(), "p.md", &cats()).unwrap(),
        Verdict::Identical
    );
}

/// A build over a directory holding one bad page and one good one reports the
/// bad one with its path and line and writes the good one in every locale.
#[test]
fn build_goes_on_past_a_bad_page() {
    let c = cats();
    for (name, bytes, line) in malformed() {
        let Some(line) = line else { continue };
        let dir = tempfile::tempdir().unwrap();
        let pages = dir.path().join("pages");
        std::fs::create_dir_all(pages.join("teams")).unwrap();
        std::fs::copy(GOOD, pages.join("teams/contoso-notes.md")).unwrap();
        std::fs::write(pages.join("teams/bad.md"), &bytes).unwrap();
        let cfg = BuildConfig {
            pages: pages.clone(),
            out: dir.path().join("out"),
            locales: vec!["en-US".parse().unwrap(), "fr-FR".parse().unwrap()],
            strict: false,
        };
        let summary = build(&cfg, &c).unwrap();
        let errors: Vec<String> = summary
            .diagnostics
            .iter()
            .filter(|d| d.severity == Severity::Error)
            .map(|d| d.to_string())
            .collect();
        assert_eq!(errors.len(), 1, "{name}: {errors:?}");
        assert!(
            errors[0].contains(&format!("bad.md:{line}:")),
            "{name}: {}",
            errors[0]
        );
        assert_eq!(summary.pages, 2, "{name}");
        assert_eq!(summary.written, 2, "{name}");
        for l in ["en-US", "fr-FR"] {
            let out = dir.path().join("out").join(l).join("teams");
            assert!(out.join("contoso-notes.md").is_file(), "{name}");
            assert!(!out.join("bad.md").exists(), "{name}");
        }
    }
}

// ---- big inputs, generated in memory ----

const MB: usize = 1 << 20;

/// A 50 MB line in every place a line can be: it reads (as unrecognized
/// text or free text) or gets an error, and never hangs.
#[test]
fn a_50_mb_line_anywhere() {
    let c = cats();
    let long = |unit: &str| unit.repeat(50 * MB / unit.len());
    let cases: Vec<(&str, String)> = vec![
        ("paragraph", format!("{FM}\n{}\n", long("a b, "))),
        ("digits", format!("{FM}\n{}\n", long("1"))),
        (
            "label-prefix",
            format!(
                "{FM}\nInformation provided by {} to Microsoft:\n",
                long(" to by ")
            ),
        ),
        (
            "title",
            format!(
                "---\ntitle: App information for {} by x\n---\n",
                long("by ")
            ),
        ),
        ("html", format!("{FM}\n{}\n", long("<a x=\"'"))),
        ("tags", format!("{FM}\n<p>{}</p>\n", long("<b>"))),
        ("attributes", format!("{FM}\n<a{}>\n", long("x=\"\""))),
        ("links", format!("{FM}\n* {}\n", long("[a](b"))),
        ("heading", format!("{FM}\n### {}\n", long("#"))),
        ("cell", format!("{FM}\n{HEAD}| ID | {} |\n", long("a, "))),
        (
            "question",
            format!("{FM}\n{HEAD}| {} | Oui |\n", long("quel ")),
        ),
        ("pipes", format!("{FM}\n{HEAD}{}\n", long("|"))),
        ("escapes", format!("{FM}\n{HEAD}| ID | {} |\n", long("\\"))),
        ("quote", format!("{FM}\n{}\n", long(">"))),
        ("zone", format!("{FM}\n::: zone pivot=\"{}\"\n", long("a"))),
    ];
    for (name, src) in cases {
        match read_page("p.md", src.as_bytes(), &c) {
            Ok(r) => {
                // What reads renders, in every locale.
                for l in ["en-US", "fr-FR"] {
                    attest_l10n::render::render(
                        &r.record,
                        &c,
                        &l.parse().unwrap(),
                        attest_l10n::render::Mode::Canonical,
                    )
                    .unwrap_or_else(|e| panic!("{name}: {e}"));
                }
            }
            Err(e) => assert!(e.line >= 1, "{name}"),
        }
    }
}

#[test]
fn a_table_of_100_000_rows() {
    let c = cats();
    let mut src = format!("{FM}\n{HEAD}");
    for i in 0..100_000 {
        match i % 3 {
            0 => src.push_str("| ID | WA000000001 |\n"),
            1 => src.push_str(
                "| Effectuez-vous des tests d’intrusion annuels sur l’application ? | Oui |\n",
            ),
            _ => src.push_str(&format!("| Une question inconnue {i} ? | Non |\n")),
        }
    }
    let rec = read_page("p.md", src.as_bytes(), &c).unwrap().record;
    let Block::Table(t) = &rec.blocks[0] else {
        panic!()
    };
    assert_eq!(t.rows.len(), 100_000);
    assert_eq!(
        verify_page(src.as_bytes(), "p.md", &c).unwrap(),
        Verdict::Identical
    );
    // A bad row at the end is found, with its line.
    src.push_str("| ID |\n");
    let e = read_page("p.md", src.as_bytes(), &c).unwrap_err();
    assert_eq!(e.line, 100_007);
}

#[test]
fn block_quotes_nested_10_000_deep() {
    let c = cats();
    let deep = ">".repeat(10_000);
    let spaced = "> ".repeat(10_000);
    let mut stairs = String::new();
    for i in 1..=10_000 {
        stairs.push_str(&">".repeat(i));
        stairs.push_str(" x\n");
    }
    for src in [
        format!("{FM}\n{deep} Une phrase.\n"),
        format!("{FM}\n{spaced}Une phrase.\n"),
        format!("{FM}\n{deep}| a | b |\n"),
        format!("{FM}\n{stairs}"),
    ] {
        assert_eq!(
            verify_page(src.as_bytes(), "p.md", &c).unwrap(),
            Verdict::Identical
        );
    }
}
