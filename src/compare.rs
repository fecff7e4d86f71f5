//! Cross-locale agreement: the locale-neutral parts of two records of the
//! same page (question keys, answers, enumerations, dates, URLs, ids,
//! names) must agree, whatever locale each page was published in.
//!
//! A record is projected onto a list of `(key, value)` facts; two projections
//! are compared key by key. Free text is language, not data: only its
//! presence is compared.

use crate::record::*;
use std::collections::BTreeMap;

/// One locale-neutral fact of a page: where it is, and its value.
pub(crate) type Facts = BTreeMap<String, String>;

/// The locale-neutral facts of a record.
pub(crate) fn facts(rec: &Record) -> Facts {
    let mut out = Facts::new();
    for (k, v) in &rec.names {
        put(&mut out, format!("name:{k}"), v.clone());
    }
    for f in &rec.front_matter {
        if NEUTRAL_FIELDS.contains(&f.name.as_str()) {
            put(
                &mut out,
                format!("front-matter:{}", f.name),
                f.value.clone().unwrap_or_default(),
            );
        }
    }
    let mut zone = String::new();
    visit(&rec.blocks, &mut zone, &mut |zone, b| {
        block_facts(&mut out, zone, b)
    });
    out
}

/// Add a fact; a key already there is numbered (`key#2`).
fn put(out: &mut Facts, key: String, value: String) {
    let mut k = key.clone();
    let mut n = 1;
    while out.contains_key(&k) {
        n += 1;
        k = format!("{key}#{n}");
    }
    out.insert(k, value);
}

/// The facts of one block (not a zone) in `zone` (`privsection/`, or empty).
fn block_facts(out: &mut Facts, zone: &str, b: &Block) {
    match b {
        Block::Heading(h) => {
            if let Some(d) = &h.heading.date {
                put(out, format!("{zone}{}:date", h.heading.key), d.clone());
            }
        }
        Block::Paragraph(p) => {
            put(out, format!("{zone}paragraph"), p.paragraph.key.clone());
        }
        Block::Html(h) => {
            for s in &h.slots {
                match s {
                    Slot::Label { label } => {
                        let v = label.date.clone().unwrap_or_else(|| "present".to_string());
                        put(out, format!("{zone}{}", label.key), v);
                    }
                    Slot::Url { url } => put(out, format!("{zone}url"), url.clone()),
                }
            }
        }
        Block::Table(t) => table_facts(out, zone, t),
        Block::Text(_) => put(out, format!("{zone}text"), "(text)".to_string()),
        Block::Include(i) => put(out, format!("{zone}include"), i.include.clone()),
        Block::Unrecognized(_) | Block::Zone(_) => {}
    }
}

/// The facts of a table: each question row's answers, and each row of
/// values cell by cell.
fn table_facts(out: &mut Facts, zone: &str, t: &Table) {
    let header: Vec<&str> = t.table.iter().map(|l| l.key.as_str()).collect();
    for (ri, r) in t.rows.iter().enumerate() {
        if let Some(k) = &r.key {
            for v in &r.values {
                put(out, format!("{zone}{}", k.key), neutral(v));
            }
            continue;
        }
        // A row of values is known by its link when it starts with one
        // (index pages list apps in each locale's order), else by position
        // (a permission name translated by mistake is then one
        // disagreement, not a missing row).
        let id = match r.values.first() {
            Some(Value::Url { url, .. }) => url.clone(),
            _ => (ri + 1).to_string(),
        };
        let row = format!("{zone}{}[{id}]", header.first().copied().unwrap_or("row"));
        for (i, v) in r.values.iter().enumerate() {
            let col = header.get(i).copied().unwrap_or("?");
            put(out, format!("{row}/{col}"), neutral(v));
        }
    }
}

/// Front matter fields that are the same in every locale.
/// (`ms.date` is when the locale's page was last published: not a fact of
/// the app.)
const NEUTRAL_FIELDS: [&str; 3] = ["certification_type", "zone_pivot_groups", "ms.service"];

fn visit(blocks: &[Block], zone: &mut String, f: &mut dyn FnMut(&str, &Block)) {
    for b in blocks {
        if let Block::Zone(z) = b {
            let saved = std::mem::replace(zone, format!("{}/", z.zone));
            visit(&z.blocks, zone, f);
            *zone = saved;
        } else {
            f(zone, b);
        }
    }
}

/// The locale-neutral form of a value.
pub(crate) fn neutral(v: &Value) -> String {
    match v {
        Value::Answer { answer, .. } => answer.clone(),
        Value::Enum { values, .. } => values.join(", "),
        Value::Date { date, .. } => date.clone(),
        Value::Url { url, .. } => url.clone(),
        Value::Id { id } => id.clone(),
        Value::Name { name, .. } => name.clone(),
        Value::Text(_) => "(text)".to_string(),
        Value::Html { slots, .. } => slots
            .iter()
            .map(|s| match s {
                Slot::Label { label } => label.key.clone(),
                Slot::Url { url } => url.clone(),
            })
            .collect::<Vec<_>>()
            .join(" "),
        Value::Blank { .. } => "(blank)".to_string(),
        Value::Unrecognized { .. } => "(unrecognized)".to_string(),
    }
}

/// One disagreement between two records of the same page.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Disagreement {
    pub(crate) page: String,
    pub(crate) key: String,
    pub(crate) a: Option<String>,
    pub(crate) b: Option<String>,
}

/// Compare the facts of two records of the same page.
pub fn compare(page: &str, a: &Record, b: &Record) -> Vec<Disagreement> {
    let fa = facts(a);
    let fb = facts(b);
    let mut out = Vec::new();
    let keys: std::collections::BTreeSet<&String> = fa.keys().chain(fb.keys()).collect();
    for k in keys {
        let (va, vb) = (fa.get(k), fb.get(k));
        if va != vb {
            out.push(Disagreement {
                page: page.to_string(),
                key: k.clone(),
                a: va.cloned(),
                b: vb.cloned(),
            });
        }
    }
    out
}
