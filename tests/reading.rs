//! Reading pages into records and writing them back, on a small fixture
//! catalog (`tests/fixtures/mini`): every block kind, every answer type, the
//! front matter rules, and every kind of bad input.

use attest_l10n::catalog::Catalogs;
use attest_l10n::ops::verify_page;
use attest_l10n::ops::Verdict;
use attest_l10n::read::read_page;
use attest_l10n::record::{Block, Record, Slot, Value};
use attest_l10n::render::{render, Mode};
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

const PAGE: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";

fn page() -> Vec<u8> {
    std::fs::read(PAGE).unwrap()
}

fn record() -> Record {
    read_page("teams/contoso-notes.md", &page(), &cats())
        .unwrap()
        .record
}

fn rows(rec: &Record) -> Vec<(String, Value)> {
    let mut out = Vec::new();
    for b in rec.walk() {
        if let Block::Table(t) = b {
            for r in &t.rows {
                if let Some(k) = &r.key {
                    out.push((k.key.clone(), r.values[0].clone()));
                }
            }
        }
    }
    out
}

fn value(rec: &Record, key: &str) -> Value {
    rows(rec).into_iter().find(|(k, _)| k == key).unwrap().1
}

#[test]
fn front_matter_and_names() {
    let rec = record();
    assert_eq!(rec.locale, "fr-FR");
    assert_eq!(rec.translation.as_deref(), Some("MT"));
    assert_eq!(rec.names["app"], "Contoso Notes");
    assert_eq!(rec.names["publisher"], "Contoso, Ltd.");
    let title = rec.front_matter.iter().find(|f| f.name == "title").unwrap();
    let label = title.label.as_ref().unwrap();
    assert_eq!(label.key, "page-title");
    assert_eq!(label.published.wording.as_deref(), Some("mt1"));
    // The H1 showed a mistranslated name: data kept as published, not the page's name.
    let Block::Heading(h1) = &rec.blocks[0] else {
        panic!("H1 first")
    };
    assert_eq!(h1.anchor.as_deref(), Some("contoso-notes"));
    assert_eq!(h1.heading.published.names["app"], "Notes Contoso");
}

#[test]
fn block_kinds() {
    let rec = record();
    let kinds: Vec<&str> = rec
        .walk()
        .iter()
        .map(|b| match b {
            Block::Zone(_) => "zone",
            Block::Heading(_) => "heading",
            Block::Paragraph(_) => "paragraph",
            Block::Text(_) => "text",
            Block::Html(_) => "html",
            Block::Table(_) => "table",
            Block::Include(_) => "include",
            Block::Unrecognized(_) => "unrecognized",
        })
        .collect();
    assert_eq!(
        kinds,
        [
            "heading",
            "html",
            "html",
            "html",
            "html",
            "zone",
            "heading",
            "paragraph",
            "table",
            "include",
            "zone",
            "table",
            "table",
            "paragraph"
        ]
    );
    assert!(rec.unrecognized().is_empty());
    // The last-updated line: a label with a date read through `date-long`.
    let Block::Html(h) = rec.walk()[3] else {
        panic!()
    };
    let Slot::Label { label } = &h.slots[0] else {
        panic!()
    };
    assert_eq!(
        (label.key.as_str(), label.date.as_deref()),
        ("page-last-updated", Some("2022-02-01"))
    );
    // The store link: the URL is data.
    let Block::Html(h) = rec.walk()[4] else {
        panic!()
    };
    assert_eq!(
        h.slots[0],
        Slot::Url {
            url: "https://appsource.microsoft.com/product/office/WA000000001".into()
        }
    );
    // The quoted Graph table: rows of values typed by column.
    let Block::Table(t) = rec.walk()[12] else {
        panic!()
    };
    assert!(t.quoted);
    assert_eq!(
        t.rows[0].values[0],
        Value::Id {
            id: "User.Read".into()
        }
    );
    let Value::Text(ft) = &t.rows[1].values[2] else {
        panic!()
    };
    assert_eq!(ft.id, "graph-justification-offline-access");
}

#[test]
fn answer_types() {
    let rec = record();
    assert_eq!(
        value(&rec, "general-app-name"),
        // The row showed the app under the name machine translation gave
        // it on the H1; the record keeps the page's name, and the
        // published one to give it back.
        Value::Name {
            name: "Contoso Notes".into(),
            published: Some("Notes Contoso".into())
        }
    );
    assert_eq!(
        value(&rec, "general-id"),
        Value::Id {
            id: "WA000000001".into()
        }
    );
    assert!(
        matches!(value(&rec, "general-website"), Value::Url { url, text: None, form: None } if url == "https://contoso.example.com")
    );
    assert!(
        matches!(value(&rec, "general-hosting"), Value::Enum { values, .. } if values == ["hosting-hybrid"])
    );
    assert!(
        matches!(value(&rec, "general-clouds"), Value::Enum { values, .. } if values == ["cloud-aws", "cloud-azure"])
    );
    assert!(
        matches!(value(&rec, "security-pentest"), Value::Answer { answer, .. } if answer == "yes")
    );
    assert!(
        matches!(value(&rec, "security-dr"), Value::Answer { answer, published } if answer == "na" && published[0].wording.as_deref() == Some("mt1"))
    );
    assert!(
        matches!(value(&rec, "security-soc2-date"), Value::Date { date, .. } if date == "2021-02-22")
    );
    assert_eq!(value(&rec, "security-mfa"), Value::Blank { blank: true });
    let Value::Text(ft) = value(&rec, "general-functionality") else {
        panic!()
    };
    assert_eq!((ft.lang.as_str(), ft.machine), ("fr-FR", true));
    assert_eq!(ft.text, "Prise de notes partagée \\| en équipe");
}

#[test]
fn verify_gives_the_published_bytes_back() {
    assert_eq!(
        verify_page(&page(), "teams/contoso-notes.md", &cats()).unwrap(),
        Verdict::Identical
    );
}

#[test]
fn records_round_trip_through_yaml_and_json() {
    let rec = record();
    let yaml = serde_yaml::to_string(&rec).unwrap();
    assert_eq!(attest_l10n::ops::parse_record(&yaml).unwrap(), rec);
    let json = serde_json::to_string(&rec).unwrap();
    assert_eq!(attest_l10n::ops::parse_record(&json).unwrap(), rec);
}

#[test]
fn regenerated_pages_use_catalog_wordings_and_update_front_matter() {
    let c = cats();
    let rec = record();
    let en = render(&rec, &c, &"en-US".parse().unwrap(), Mode::Canonical).unwrap();
    assert!(en
        .text
        .contains("title: App information for Contoso Notes by Contoso, Ltd.\n"));
    assert!(en.text.contains("ms.contentlocale: en-US\n"));
    // Every string came from a catalog or a human translation: HT.
    assert!(en.text.contains("ms.translationtype: HT\n"), "{}", en.text);
    // The reference locale is not a hand-off: hand-off fields are left out,
    // every other field kept in its place.
    assert!(!en.text.contains("ms.openlocfilehash") && !en.text.contains("ms.locfileid"));
    assert!(en
        .text
        .contains("ms.author: someone\nms.date: 02/11/2022\n"));
    assert!(en
        .text
        .contains("<p>Last updated by the developer on: February 1, 2022</p>"));
    assert!(en
        .text
        .contains("| Do you perform annual penetration testing on the app? | Yes |"));
    assert!(en
        .text
        .contains("| Core functionality of the app | Shared note taking \\| for teams |"));
    assert!(en
        .text
        .contains("# <a name=\"contoso-notes\"></a>Contoso Notes\n"));
    assert!(en.fallbacks.is_empty());

    let fr = render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical).unwrap();
    assert!(fr.text.contains("ms.contentlocale: fr-FR\n"));
    // The page's free text is the published machine translation: MT.
    assert!(fr.text.contains("ms.translationtype: MT\n"));
    assert!(fr.text.contains("ms.openlocfilehash: 0123456789abcdef\n"));
    assert!(fr.text.contains("| **Information** | **Réponse** |"));
    assert!(fr
        .text
        .contains("<p>Dernière mise à jour par le développeur : 1er février 2022</p>"));
    assert!(fr.text.contains(
        "| Effectuez-vous chaque année des tests d’intrusion de l’application ? | Oui |"
    ));
    assert!(fr.text.contains(
        "| L’application dispose-t-elle d’un plan de reprise d’activité ? | Sans objet |"
    ));
}

#[test]
fn rendering_a_built_page_again_is_a_fixed_point() {
    let c = cats();
    for locale in ["en-US", "fr-FR"] {
        let l = locale.parse().unwrap();
        let first = render(&record(), &c, &l, Mode::Canonical).unwrap().text;
        let again = read_page("teams/contoso-notes.md", first.as_bytes(), &c)
            .unwrap()
            .record;
        assert!(
            again.unrecognized().is_empty(),
            "{locale}: {:?}",
            again.unrecognized()
        );
        let second = render(&again, &c, &l, Mode::Canonical).unwrap().text;
        assert_eq!(first, second, "{locale}");
    }
}

#[test]
fn untranslated_free_text_falls_back_and_counts() {
    let c = cats();
    let mut rec = record();
    rec.page = "teams/other.md".into();
    let en = render(&rec, &c, &"en-US".parse().unwrap(), Mode::Canonical).unwrap();
    assert_eq!(
        en.fallbacks,
        [
            "general-functionality",
            "graph-justification-user-read",
            "graph-justification-offline-access"
        ]
    );
    assert!(en.text.contains("ms.translationtype: MT\n"));
    assert!(en
        .text
        .contains("| Core functionality of the app | Prise de notes partagée \\| en équipe |"));
}

fn read_err(src: &str) -> (usize, String) {
    let e = read_page("bad.md", src.as_bytes(), &cats()).unwrap_err();
    (e.line, e.message)
}

const FM: &str = "---\ntitle: x\n---\n";

#[test]
fn bad_pages_get_an_error_with_their_line() {
    let cases: Vec<(String, usize, &str)> = vec![
        (String::new(), 1, "empty file"),
        ("# Title\n".into(), 1, "no front matter"),
        (
            "---\ntitle: x\n# Title\n".into(),
            1,
            "unterminated front matter",
        ),
        ("---\ntitle: [x\n---\n".into(), 3, "not YAML"),
        (
            format!("{FM}\n::: zone pivot=\"general\"\n\ntext\n"),
            5,
            "unterminated zone",
        ),
        (format!("{FM}\n::: zone-end\n"), 5, "without an open zone"),
        (
            format!("{FM}\n::: zone pivot=\"a\"\n::: zone pivot=\"b\"\n::: zone-end\n"),
            6,
            "nested zone",
        ),
        (
            format!("{FM}\n| **Information** | **Response** |\n|:--|:--|\n| ID |\n"),
            7,
            "1 cells",
        ),
        (
            format!("{FM}\n| **Information** | **Response** |\n| ID | 1 |\n"),
            6,
            "without separator",
        ),
        (format!("{FM}\nok\0\n"), 5, "NUL"),
    ];
    for (src, line, what) in cases {
        let (l, m) = read_err(&src);
        assert!(m.contains(what), "{src:?}: {m}");
        assert_eq!(l, line, "{src:?}: {m}");
    }
    let mut bytes = format!("{FM}\nabc\n").into_bytes();
    bytes.extend([0xff, 0xfe, b'\n']);
    let e = read_page("bad.md", &bytes, &cats()).unwrap_err();
    assert_eq!(e.line, 6);
    assert!(e.message.contains("UTF-8"));
}

#[test]
fn unknown_text_is_kept_verbatim_and_reported() {
    let src = format!(
        "{FM}\nUne phrase que personne ne connaît.\n\n| **Information** | **Response** |\n|:--|:--|\n| Une question inconnue ? | Oui |\n"
    );
    let rec = read_page("p.md", src.as_bytes(), &cats()).unwrap().record;
    let un = rec.unrecognized();
    assert_eq!(un.len(), 3, "{un:?}");
    assert_eq!(un[0].0, 2); // the title field
    assert_eq!(un[1], (5, "Une phrase que personne ne connaît."));
    assert_eq!(un[2], (9, "| Une question inconnue ? | Oui |"));
    // Nothing is dropped: the page still round-trips.
    assert_eq!(
        verify_page(src.as_bytes(), "p.md", &cats()).unwrap(),
        Verdict::Identical
    );
}

#[test]
fn file_layout_round_trips() {
    let c = cats();
    let body = "---\ntitle: x\n---\n\nUne phrase.\n";
    for src in [
        body.replace('\n', "\r\n"),
        format!("\u{feff}{body}"),
        body.trim_end().to_string(),
        format!("{body}\n\n"),
    ] {
        assert_eq!(
            verify_page(src.as_bytes(), "p.md", &c).unwrap(),
            Verdict::Identical,
            "{src:?}"
        );
    }
}

#[test]
fn pipes_inside_an_answer_are_part_of_the_answer() {
    let src = format!(
        "{FM}\n| **Information** | **Response** |\n|:--|:--|\n| Fonctionnalités principales de l’application | Pour SharePoint|Sapiens et SharePoint|Events |\n"
    );
    let reading = read_page("p.md", src.as_bytes(), &cats()).unwrap();
    let v = value(&reading.record, "general-functionality");
    let Value::Text(ft) = v else { panic!("{v:?}") };
    assert_eq!(ft.text, "Pour SharePoint|Sapiens et SharePoint|Events");
    assert_eq!(reading.notes.len(), 1);
    assert_eq!(
        verify_page(src.as_bytes(), "p.md", &cats()).unwrap(),
        Verdict::Identical
    );
    // Regenerated, the pipes are escaped and stay inside the cell.
    let en = render(
        &reading.record,
        &cats(),
        &"fr-FR".parse().unwrap(),
        Mode::Canonical,
    )
    .unwrap();
    assert!(
        en.text
            .contains("| Pour SharePoint\\|Sapiens et SharePoint\\|Events |"),
        "{}",
        en.text
    );
}
