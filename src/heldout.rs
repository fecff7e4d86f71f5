//! Recognition on wordings it has not seen, two ways:
//!
//! - by pages: the published wordings of half the pages are kept as
//!   variants, the other half is read with only those;
//! - by wordings: each published wording of a question is read as if it
//!   were new, with every other wording kept (a new machine-translation wave
//!   that rewords one question).
//!
//! Every question whose wording was not kept is checked against the key the
//! full catalogs give it.

use crate::catalog::{Catalogs, Context, Role};
use crate::read::{for_each_label, read_page};
use crate::record::{answer_key, enum_key, Block, Label, Record, Value};
use std::collections::BTreeSet;

/// What reading the held-out half gave.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct HeldOut {
    /// Pages whose wordings were kept, and pages read with them.
    pub pages_kept: usize,
    pub pages_held_out: usize,
    /// Question rows of the held-out pages.
    pub rows: usize,
    /// Rows worded as a kept variant, a canonical message or typographically
    /// like one.
    pub seen: usize,
    /// Rows worded in a way no kept wording has.
    pub unseen: usize,
    /// Unseen rows recognized with the right key, and how.
    pub exact: usize,
    pub fuzzy: usize,
    /// Unseen rows given a wrong key: (page, text, right key, given key).
    pub wrong: Vec<(String, String, String, String)>,
    /// Unseen rows left unrecognized (reported, never guessed).
    pub missed: usize,
    /// Kept variant wordings, out of all variant wordings.
    pub variants_kept: usize,
}

/// A variant wording: `(locale, key, attribute)`.
type Variant = (String, String, String);

/// A question row of a record, in page order, with its context.
struct RowEvent {
    zone: Option<String>,
    previous: Option<String>,
    label: Label,
}

fn rows(rec: &Record) -> Vec<RowEvent> {
    let mut out = Vec::new();
    fn go(blocks: &[Block], zone: Option<&str>, out: &mut Vec<RowEvent>) {
        for b in blocks {
            match b {
                Block::Zone(z) => go(&z.blocks, Some(&z.zone), out),
                Block::Table(t) => {
                    let mut previous: Option<String> = None;
                    for r in &t.rows {
                        if let Some(k) = &r.key {
                            out.push(RowEvent {
                                zone: zone.map(str::to_string),
                                previous: previous.clone(),
                                label: k.clone(),
                            });
                            previous = Some(k.key.clone());
                        }
                    }
                }
                _ => {}
            }
        }
    }
    go(&rec.blocks, None, &mut out);
    out
}

/// The variant wordings a record used: `(locale, key, attribute)`.
fn used_variants(rec: &Record, cats: &Catalogs, out: &mut BTreeSet<(String, String, String)>) {
    let mut add = |locale: &str, key: &str, wording: Option<&str>| {
        let Some(w) = wording else { return };
        let (l, a) = match w.split_once('/') {
            Some((l, a)) => (l.to_string(), a.to_string()),
            None if cats.locale(w).is_some() => return,
            None => (locale.to_string(), w.to_string()),
        };
        out.insert((l, key.to_string(), a));
    };
    let mut blocks = rec.blocks.clone();
    for f in &rec.front_matter {
        if let Some(l) = &f.label {
            add(&rec.locale, &l.key, l.published.wording.as_deref());
        }
    }
    for_each_label(&mut blocks, &mut |l| {
        add(&rec.locale, &l.key, l.published.wording.as_deref())
    });
    for b in rec.walk() {
        if let Block::Table(t) = b {
            for v in t.rows.iter().flat_map(|r| r.values.iter()) {
                match v {
                    Value::Answer { answer, published } => {
                        for p in published {
                            add(&rec.locale, &answer_key(answer), p.wording.as_deref());
                        }
                    }
                    Value::Enum {
                        values, published, ..
                    } => {
                        for (e, p) in values.iter().zip(published) {
                            add(&rec.locale, &enum_key(e), p.wording.as_deref());
                        }
                    }
                    _ => {}
                }
            }
        }
    }
}

/// Hold out pages: those whose index in `pages` (relative path, bytes) is
/// even keep their wordings, odd ones are read.
pub fn held_out(cats: &mut Catalogs, pages: &[(String, Vec<u8>)]) -> HeldOut {
    let mut result = HeldOut::default();
    let mut kept = BTreeSet::new();
    let mut held: Vec<(String, Record)> = Vec::new();
    for (i, (rel, bytes)) in pages.iter().enumerate() {
        let Ok(reading) = read_page(rel, bytes, cats) else {
            continue;
        };
        if i % 2 == 0 {
            result.pages_kept += 1;
            used_variants(&reading.record, cats, &mut kept);
        } else {
            result.pages_held_out += 1;
            held.push((rel.clone(), reading.record));
        }
    }
    result.variants_kept = kept.len();
    cats.keep_variants(&kept);
    for (rel, rec) in &held {
        for ev in rows(rec) {
            result.rows += 1;
            let label = &ev.label;
            let variant = match label.published.wording.as_deref() {
                Some(w) if cats.locale(w).is_none() => {
                    let (l, a) = w.split_once('/').unwrap_or((rec.locale.as_str(), w));
                    Some((l.to_string(), label.key.clone(), a.to_string()))
                }
                _ => None,
            };
            let Some(variant) = variant.filter(|v| !kept.contains(v)) else {
                result.seen += 1;
                continue;
            };
            result.unseen += 1;
            classify(cats, rel, &rec.locale, &ev, &variant, &mut result);
        }
    }
    cats.keep_variants_all();
    result
}

/// Read one row's published wording with the current catalogs and count
/// what it gave.
fn classify(
    cats: &Catalogs,
    page: &str,
    locale: &str,
    ev: &RowEvent,
    variant: &Variant,
    result: &mut HeldOut,
) {
    let label = &ev.label;
    let text = label.published.text.clone().or_else(|| {
        cats.format(
            &variant.0,
            &variant.1,
            Some(&variant.2),
            &Default::default(),
        )
    });
    let Some(text) = text else { return };
    let ctx = Context {
        zone: ev.zone.as_deref(),
        previous: ev.previous.as_deref(),
    };
    let (got, fuzzy) = match cats.recognize(&text, Role::Label, locale, &ctx) {
        Some(m) => (Some(m.key), false),
        None => (
            cats.recognize_fuzzy(&text, locale, &ctx).map(|m| m.key),
            true,
        ),
    };
    match got {
        Some(k) if k == label.key && fuzzy => result.fuzzy += 1,
        Some(k) if k == label.key => result.exact += 1,
        Some(k) => result
            .wrong
            .push((page.to_string(), text, label.key.clone(), k)),
        None => result.missed += 1,
    }
}

/// Hold out wordings: every distinct published variant wording of a
/// question is read once (where it first appears) with that wording alone
/// left out.
pub fn held_out_wordings(cats: &mut Catalogs, pages: &[(String, Vec<u8>)]) -> HeldOut {
    let mut result = HeldOut::default();
    let mut all = BTreeSet::new();
    let mut firsts: Vec<(String, String, RowEvent, Variant)> = Vec::new();
    let mut seen_variants = BTreeSet::new();
    for (rel, bytes) in pages {
        let Ok(reading) = read_page(rel, bytes, cats) else {
            continue;
        };
        let rec = reading.record;
        used_variants(&rec, cats, &mut all);
        result.pages_held_out += 1;
        for ev in rows(&rec) {
            result.rows += 1;
            let variant = match ev.label.published.wording.as_deref() {
                Some(w) if cats.locale(w).is_none() => {
                    let (l, a) = w.split_once('/').unwrap_or((rec.locale.as_str(), w));
                    (l.to_string(), ev.label.key.clone(), a.to_string())
                }
                _ => continue,
            };
            if seen_variants.insert(variant.clone()) {
                firsts.push((rel.clone(), rec.locale.clone(), ev, variant));
            }
        }
    }
    result.unseen = firsts.len();
    result.variants_kept = all.len().saturating_sub(1);
    for (rel, locale, ev, variant) in &firsts {
        let mut keep = all.clone();
        keep.remove(variant);
        cats.keep_variants(&keep);
        classify(cats, rel, locale, ev, variant, &mut result);
    }
    cats.keep_variants_all();
    result
}
