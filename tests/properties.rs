//! Property tests of the round trips users rely on:
//!
//! - a record whose answers and free text are any text a cell can hold,
//!   rendered as published and read again, is the same record;
//! - a page whose answer cells hold any text without a line break either
//!   verifies (reads and gives its bytes back exactly) or gets an error for
//!   a reason that makes it no valid page (see `valid_page_errors`); it never
//!   reads into something that writes back differently.
//!
//! Both start from the fixture page, so that everything but the generated
//! text is a real page.

use attest_l10n::catalog::Catalogs;
use attest_l10n::ops::{verify_page, Verdict};
use attest_l10n::read::read_page;
use attest_l10n::record::{Block, Record, Value};
use attest_l10n::render::{render, Mode};
use proptest::prelude::*;
use std::path::Path;
use std::sync::OnceLock;

const PAGE: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";
const PATH: &str = "teams/contoso-notes.md";

fn cats() -> &'static Catalogs {
    static C: OnceLock<Catalogs> = OnceLock::new();
    C.get_or_init(|| {
        Catalogs::load(
            Path::new("tests/fixtures/mini/locales"),
            &"en-US".parse().unwrap(),
        )
        .unwrap()
        .0
    })
}

fn page() -> String {
    std::fs::read_to_string(PAGE).unwrap()
}

fn record() -> Record {
    read_page(PATH, page().as_bytes(), cats()).unwrap().record
}

/// Any text, with the characters that matter to pages more likely.
fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![
        "[^\r\n]{0,40}",
        "[ |\\\\<>&;*#:!`'\"(){}\\[\\]=_~a-zé-]{0,40}",
        prop::collection::vec(
            prop_oneof![
                Just("\\|".to_string()),
                Just("|".to_string()),
                Just("\\".to_string()),
                Just("&nbsp;".to_string()),
                Just("**".to_string()),
                Just("<br/>".to_string()),
                Just("<script>".to_string()),
                Just("[!INCLUDE [a](b)]".to_string()),
                Just("[a](javascript:b)".to_string()),
                Just("{}".to_string()),
                Just(" ".to_string()),
                "[a-zA-Z0-9 ]{1,5}",
            ],
            0..8
        )
        .prop_map(|v| v.concat()),
    ]
}

/// Text as a table cell holds it once read: pipes escaped (backslash pairs
/// kept whole, as the table reader cuts them), no line break, trimmed, and
/// none of the markup the reader takes for the cell's own layout (leading
/// `&nbsp;`, `**bold**`, `[**link**](…)`). `None` when nothing is left.
fn as_cell(s: &str) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars().filter(|c| !c.is_control());
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push_str("\\\\"),
            },
            '|' => out.push_str("\\|"),
            c => out.push(c),
        }
    }
    let t = out.trim();
    let layout = t.starts_with("&nbsp;")
        || t.starts_with("[**")
        || (t.len() >= 4 && t.starts_with("**") && t.ends_with("**"));
    // A trailing backslash pair may have lost its partner to trimming.
    let broken = t.ends_with('\\') && !t.ends_with("\\\\");
    (!t.is_empty() && !layout && !broken).then(|| t.to_string())
}

/// Set the first value of the row with key `key` (or, in a value table,
/// the cell `col` of row `row`).
fn set_value(rec: &mut Record, key: &str, v: Value) {
    for b in rec.blocks.iter_mut() {
        let Block::Zone(z) = b else { continue };
        for b in z.blocks.iter_mut() {
            let Block::Table(t) = b else { continue };
            for r in t.rows.iter_mut() {
                if r.key.as_ref().is_some_and(|k| k.key == key) {
                    r.values[0] = v;
                    return;
                }
            }
        }
    }
    panic!("no row {key}");
}

fn set_justification(rec: &mut Record, row: usize, text: &str) {
    for b in rec.walk_mut() {
        if let Block::Table(t) = b {
            if t.quoted {
                if let Value::Text(ft) = &mut t.rows[row].values[2] {
                    ft.text = text.to_string();
                    return;
                }
            }
        }
    }
    panic!("no justification");
}

trait WalkMut {
    fn walk_mut(&mut self) -> Vec<&mut Block>;
}

impl WalkMut for Record {
    fn walk_mut(&mut self) -> Vec<&mut Block> {
        let mut out = Vec::new();
        for b in self.blocks.iter_mut() {
            if let Block::Zone(z) = b {
                out.extend(z.blocks.iter_mut());
            } else {
                out.push(b);
            }
        }
        out
    }
}

fn answer(i: usize) -> Value {
    Value::Answer {
        answer: ["yes", "no", "na"][i % 3].to_string(),
        published: Vec::new(),
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn records_round_trip_through_their_published_page(
        functionality in any_text(),
        justification in any_text(),
        name in any_text(),
        id in any_text(),
        pentest in 0usize..3,
        dr in 0usize..3,
    ) {
        let mut rec = record();
        if let Some(t) = as_cell(&functionality) {
            let Value::Text(mut ft) = record_value(&rec, "general-functionality") else { unreachable!() };
            ft.text = t;
            set_value(&mut rec, "general-functionality", Value::Text(ft));
        }
        if let Some(t) = as_cell(&justification) {
            set_justification(&mut rec, 1, &t);
        }
        if let Some(t) = as_cell(&name) {
            set_value(&mut rec, "general-app-name", Value::Name { name: t, published: None });
        }
        if let Some(t) = as_cell(&id) {
            set_value(&mut rec, "general-id", Value::Id { id: t });
        }
        set_value(&mut rec, "security-pentest", answer(pentest));
        set_value(&mut rec, "security-dr", answer(dr));
        let page = render(&rec, cats(), &rec.locale, Mode::AsPublished).unwrap().text;
        let again = read_page(PATH, page.as_bytes(), cats())
            .map_err(|e| TestCaseError::fail(format!("line {}: {}\n{page}", e.line, e.message)))?
            .record;
        prop_assert_eq!(again, rec, "{}", page);
    }

    #[test]
    fn pages_with_any_answer_verify_or_get_an_error(
        functionality in any_text(),
        justification in any_text(),
        id in any_text(),
    ) {
        let page = page()
            .replace("Prise de notes partagée \\| en équipe", &functionality)
            .replace("Lire le profil de l’utilisateur", &justification)
            .replace("| WA000000001 |", &format!("| {id} |"));
        match verify_page(page.as_bytes(), PATH, cats()) {
            Ok(Verdict::Identical) => {}
            Ok(Verdict::Differs { line, published, rendered }) => {
                return Err(TestCaseError::fail(format!(
                    "line {line} reads but writes back differently:\n{published:?}\n{rendered:?}"
                )));
            }
            Err(e) => prop_assert!(
                valid_page_errors(&e.message),
                "line {}: {}", e.line, e.message
            ),
        }
    }
}

/// The reasons a page with generated answers may be refused: an unescaped
/// pipe gives its row another number of cells than the header; a NUL byte
/// makes it a binary file.
fn valid_page_errors(message: &str) -> bool {
    message.starts_with("table row has ") || message.starts_with("NUL byte")
}

fn record_value(rec: &Record, key: &str) -> Value {
    for b in rec.walk() {
        if let Block::Table(t) = b {
            for r in &t.rows {
                if r.key.as_ref().is_some_and(|k| k.key == key) {
                    return r.values[0].clone();
                }
            }
        }
    }
    panic!("no row {key}")
}
