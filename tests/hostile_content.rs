//! Content that must not break pages: a publisher's answer, a translation or
//! a name holding pipes, newlines, HTML, DocFX directives, zones, front
//! matter fences, `javascript:` links or a `#` at the start of a line is
//! written by `build` so that it stays inside its cell, line or paragraph
//! (docs/SECURITY.md).
//!
//! Each hostile text is put in one place of the fixture page, the page is
//! built, and the result is parsed with pulldown-cmark and compared with the
//! same page built with a harmless text in that place: the same headings,
//! tables, rows and cells, code blocks, block quotes, front matter keys, and
//! no new HTML, directive, zone or unsafe link.

mod common;

use attest_l10n::catalog::Catalogs;
use attest_l10n::read::read_page;
use attest_l10n::record::{Block, FreeText, Record, Spacing, TextBlock, Value};
use attest_l10n::render::{render, Mode};
use attest_l10n::sanitize::is_safe_url;
use common::copy_dir;
use pulldown_cmark::{Event, Options, Parser, Tag};
use std::path::Path;

const MINI: &str = "tests/fixtures/mini";
const PAGE: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";

const HOSTILE: &[&str] = &[
    "a | b || c",
    "a \\| b \\\\| c \\",
    "line one\nline two\n\nline four",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a\nhref=\"javascript:alert(1)\">x</a>",
    "<!-- hidden",
    "<javascript:alert(1)>",
    "\\<script>alert(1)\\</script>",
    "[!INCLUDE [x](../includes/evil.md)]",
    "[!NOTE] x",
    "x\n[!INCLUDE [x](../includes/evil.md)]",
    "::: zone pivot=\"evil\"",
    "x\n::: zone-end\n::: zone pivot=\"evil\"",
    "---",
    "x\n---\ntitle: evil\n---",
    "x\n===",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt&#58;alert(1))",
    "[click]( <javascript:alert(1)>)",
    "![img](javascript:alert(1))",
    "[click][r]\n[r]: javascript:alert(1)",
    "# Heading",
    "x\n# Heading",
    "x\r# Heading",
    "x\n```\ncode",
    "x\n> quote\n| a | b |\n|---|---|",
    "title: evil: yes #comment",
    "\"quoted' [x] {y} &amp; *z*",
];

const BENIGN: &str = "benign";

fn cats_from(dir: &Path) -> Catalogs {
    let (c, diags) = Catalogs::load(dir, &"en-US".parse().unwrap()).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    c
}

fn record(c: &Catalogs) -> Record {
    let bytes = std::fs::read(PAGE).unwrap();
    read_page("teams/contoso-notes.md", &bytes, c)
        .unwrap()
        .record
}

/// The free text of row `key` (the first value of the first row with it).
fn set_row_text(rec: &mut Record, key: &str, text: &str) {
    fn go(blocks: &mut [Block], key: &str, text: &str) -> bool {
        for b in blocks {
            let found = match b {
                Block::Zone(z) => go(&mut z.blocks, key, text),
                Block::Table(t) => t
                    .rows
                    .iter_mut()
                    .filter(|r| r.key.as_ref().is_some_and(|k| k.key == key))
                    .find_map(|r| match &mut r.values[0] {
                        Value::Text(ft) => Some(ft),
                        _ => None,
                    })
                    .map(|ft| ft.text = text.to_string())
                    .is_some(),
                _ => false,
            };
            if found {
                return true;
            }
        }
        false
    }
    assert!(go(&mut rec.blocks, key, text), "no free text row {key}");
}

/// A paragraph of free text after the general intro.
fn add_paragraph(rec: &mut Record, text: &str) {
    let Block::Zone(z) = rec
        .blocks
        .iter_mut()
        .find(|b| matches!(b, Block::Zone(_)))
        .unwrap()
    else {
        unreachable!()
    };
    z.blocks.insert(
        2,
        Block::Text(TextBlock {
            text: FreeText {
                id: "general-extra".into(),
                text: text.to_string(),
                lang: "fr-FR".parse().unwrap(),
                machine: false,
            },
            spacing: Spacing(1),
            layout: None,
        }),
    );
}

/// A Fluent message whose value is exactly `text`: one string literal.
fn ftl(id: &str, text: &str) -> String {
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
}

/// The mini catalogs, with fr-FR messages replaced and a fr-FR free-text
/// translation of the page.
fn catalogs_with(messages: &[(&str, &str)], page_texts: &[(&str, &str)]) -> Catalogs {
    let dir = tempfile::tempdir().unwrap();
    copy_dir(Path::new(MINI).join("locales").as_path(), dir.path());
    let fr = dir.path().join("fr-FR/page.ftl");
    let mut src = std::fs::read_to_string(&fr).unwrap();
    for (id, text) in messages {
        // Drop the old definition (one line, or an indented block).
        let mut kept = Vec::new();
        let mut skipping = false;
        for line in src.lines() {
            if line.starts_with(&format!("{id} =")) {
                skipping = true;
                continue;
            }
            if skipping && line.starts_with(' ') {
                continue;
            }
            skipping = false;
            kept.push(line.to_string());
        }
        src = kept.join("\n") + "\n" + &ftl(id, text);
    }
    std::fs::write(&fr, src).unwrap();
    if !page_texts.is_empty() {
        let p = dir.path().join("fr-FR/pages/teams");
        std::fs::create_dir_all(&p).unwrap();
        let body: String = page_texts.iter().map(|(id, t)| ftl(id, t)).collect();
        std::fs::write(p.join("contoso-notes.ftl"), body).unwrap();
    }
    let c = cats_from(dir.path());
    // The catalogs are in memory; the directory can go.
    drop(dir);
    c
}

/// What a Markdown reader sees of a page's structure.
#[derive(Debug, PartialEq, Default)]
struct Shape {
    headings: usize,
    tables: usize,
    rows: usize,
    cells: usize,
    code_blocks: usize,
    quotes: usize,
    html_blocks: usize,
    /// Raw HTML, as its tags (see `tags`).
    html: Vec<String>,
    front_matter_keys: Vec<String>,
    /// Lines a DocFX reader takes for zones and includes, and `[!`.
    zone_lines: usize,
    include_lines: usize,
    directives: usize,
}

fn shape(page: &str) -> (Shape, Vec<String>) {
    let mut s = Shape::default();
    let mut urls = Vec::new();
    let opts = Options::ENABLE_TABLES | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    for ev in Parser::new_ext(page, opts) {
        match ev {
            Event::Start(Tag::Heading { .. }) => s.headings += 1,
            Event::Start(Tag::Table(_)) => s.tables += 1,
            Event::Start(Tag::TableRow) | Event::Start(Tag::TableHead) => s.rows += 1,
            Event::Start(Tag::TableCell) => s.cells += 1,
            Event::Start(Tag::CodeBlock(_)) => s.code_blocks += 1,
            Event::Start(Tag::BlockQuote(_)) => s.quotes += 1,
            Event::Start(Tag::HtmlBlock) => s.html_blocks += 1,
            Event::Start(Tag::Link { dest_url, .. })
            | Event::Start(Tag::Image { dest_url, .. }) => urls.push(dest_url.to_string()),
            Event::Html(h) | Event::InlineHtml(h) => s.html.extend(tags(&h)),
            Event::Text(t) if s.front_matter_keys.is_empty() && page.starts_with("---") => {
                // The first text of a metadata block is its YAML.
                if let Ok(serde_yaml::Value::Mapping(m)) = serde_yaml::from_str(&t) {
                    s.front_matter_keys = m
                        .keys()
                        .map(|k| k.as_str().unwrap_or("?").to_string())
                        .collect();
                    for (k, v) in &m {
                        assert!(v.is_string() || v.is_null(), "{k:?}: {v:?} is not a string");
                    }
                }
            }
            _ => {}
        }
    }
    for line in page.lines() {
        let t = line.trim_start();
        if t.starts_with(":::") {
            s.zone_lines += 1;
        }
        if t.starts_with("[!INCLUDE") {
            s.include_lines += 1;
        }
    }
    // Front matter is not Markdown: `[!` there is text.
    let body = page
        .strip_prefix("---\n")
        .and_then(|p| p.find("\n---\n").map(|e| &p[e..]))
        .unwrap_or(page);
    s.directives = body
        .match_indices("[!")
        .filter(|(i, _)| !body[..*i].ends_with('\\'))
        .count();
    (s, urls)
}

/// The tags of a piece of raw HTML, each as its name and attribute names
/// (`img alt src width`): what it does, not the text it shows. `<br/>` is
/// left out (a newline in a cell is written so), and so are the other tags
/// that docs/SECURITY.md allows, which take no attributes.
fn tags(html: &str) -> Vec<String> {
    const HARMLESS: &[&str] = &[
        "b", "br", "code", "em", "i", "li", "ol", "p", "strong", "sub", "sup", "u", "ul",
    ];
    let b = html.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'<'
            || !b
                .get(i + 1)
                .is_some_and(|c| c.is_ascii_alphabetic() || *c == b'/' || *c == b'!')
        {
            i += 1;
            continue;
        }
        i += 1;
        let start = i;
        while i < b.len()
            && !b[i].is_ascii_whitespace()
            && b[i] != b'>'
            && !(b[i] == b'/' && b.get(i + 1) == Some(&b'>'))
        {
            i += 1;
        }
        let mut tag = html[start..i].to_ascii_lowercase();
        let mut attrs = false;
        // Attributes, values skipped.
        while i < b.len() && b[i] != b'>' {
            if b[i] == b'"' || b[i] == b'\'' {
                let q = b[i];
                i += 1;
                while i < b.len() && b[i] != q {
                    i += 1;
                }
            } else if b[i].is_ascii_alphabetic() && b[i - 1].is_ascii_whitespace() {
                let a = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                    i += 1;
                }
                tag.push(' ');
                tag.push_str(&html[a..i].to_ascii_lowercase());
                attrs = true;
                continue;
            }
            i += 1;
        }
        let name = tag.trim_start_matches('/');
        if attrs || !HARMLESS.contains(&name) {
            out.push(tag);
        }
    }
    out
}

/// Build in fr-FR and en-US with `hostile` and with a benign text in the
/// same place; the shapes must agree and every link must be safe.
fn check(what: &str, hostile: &str, build: &dyn Fn(&str) -> Vec<String>) {
    let base = build(BENIGN);
    let got = build(hostile);
    for (b, g) in base.iter().zip(&got) {
        let (sb, _) = shape(b);
        let (sg, urls) = shape(g);
        assert_eq!(sb, sg, "{what}: {hostile:?}\n{g}");
        for u in urls {
            assert!(is_safe_url(&u), "{what}: {hostile:?}: link to {u:?}\n{g}");
        }
        // A built page reads again, with the same blocks.
        let c = cats_from(&Path::new(MINI).join("locales"));
        let r = read_page("teams/contoso-notes.md", g.as_bytes(), &c)
            .unwrap_or_else(|e| panic!("{what}: {hostile:?}: line {}: {}\n{g}", e.line, e.message));
        let rb = read_page("teams/contoso-notes.md", b.as_bytes(), &c).unwrap();
        assert_eq!(
            r.record.walk().len(),
            rb.record.walk().len(),
            "{what}: {hostile:?}\n{g}"
        );
    }
}

fn build_all(rec: &Record, c: &Catalogs) -> Vec<String> {
    ["fr-FR", "en-US"]
        .iter()
        .map(|l| {
            render(rec, c, &l.parse().unwrap(), Mode::Canonical)
                .unwrap()
                .text
        })
        .collect()
}

#[test]
fn a_publishers_answer_stays_in_its_cell() {
    let c = cats_from(&Path::new(MINI).join("locales"));
    for h in HOSTILE {
        check("cell", h, &|text| {
            let mut rec = record(&c);
            // Not the fixture page's path: no translation, the answer as read.
            rec.page = "teams/other.md".into();
            set_row_text(&mut rec, "general-functionality", text);
            build_all(&rec, &c)
        });
    }
}

#[test]
fn a_publishers_paragraph_stays_a_paragraph() {
    let c = cats_from(&Path::new(MINI).join("locales"));
    for h in HOSTILE {
        check("paragraph", h, &|text| {
            let mut rec = record(&c);
            rec.page = "teams/other.md".into();
            add_paragraph(&mut rec, text);
            build_all(&rec, &c)
        });
    }
}

#[test]
fn a_free_text_translation_stays_in_its_cell() {
    for h in HOSTILE {
        check("translation", h, &|text| {
            let c = catalogs_with(&[], &[("general-functionality", text)]);
            let rec = record(&c);
            vec![
                render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical)
                    .unwrap()
                    .text,
            ]
        });
    }
}

#[test]
fn a_label_translation_stays_in_its_place() {
    // A cell, a heading, a paragraph, an HTML attribute, text between HTML
    // tags, and the front matter.
    let ids = [
        "general-functionality",
        "heading-general-information",
        "note-no-apis",
        "page-badge-attested-alt",
        "page-store-appsource",
        "page-title",
    ];
    for id in ids {
        for h in HOSTILE {
            check(id, h, &|text| {
                let c = catalogs_with(&[(id, text)], &[]);
                let rec = record(&c);
                vec![
                    render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical)
                        .unwrap()
                        .text,
                ]
            });
        }
    }
}

#[test]
fn a_name_stays_in_its_place() {
    let c = cats_from(&Path::new(MINI).join("locales"));
    for h in HOSTILE {
        check("publisher name", h, &|text| {
            let mut rec = record(&c);
            rec.names.insert("publisher".into(), text.to_string());
            build_all(&rec, &c)
        });
    }
}

#[test]
fn as_published_output_keeps_the_bytes() {
    // Neutralizing is for what build writes; the published bytes come back
    // as they were, hostile or not.
    let c = cats_from(&Path::new(MINI).join("locales"));
    let page = std::fs::read_to_string(PAGE).unwrap().replace(
        "Prise de notes partagée \\| en équipe",
        "<script>x</script> [a](javascript:b) \\[!NOTE]",
    );
    let rec = read_page("teams/contoso-notes.md", page.as_bytes(), &c)
        .unwrap()
        .record;
    let out = render(&rec, &c, &rec.locale, Mode::AsPublished).unwrap();
    assert_eq!(out.text, page);
    let built = render(&rec, &c, &"fr-FR".parse().unwrap(), Mode::Canonical).unwrap();
    assert!(built
        .text
        .contains("&lt;script>x&lt;/script> [a](#javascript:b)"));
}
