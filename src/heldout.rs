//! Recognition on wordings it has not seen, two ways:
//!
//! - by pages: the published wordings of half the pages are kept as
//!   variants, the other half is read with only those;
//! - by wordings: each published wording of a question is read as if it
//!   were new, with every other wording kept (a new machine-translation wave
//!   that rewords one question).
//!
//! Every question whose wording was not kept is checked against the key the
//! full catalogs give it, by a recognizer restricted to the kept wordings
//! (`Recognizer::restricted`); the catalogs themselves are never changed.
//!
//! Only the tests use this (`tests/corpus.rs`): it is public for them, and
//! hidden from the documentation.

use crate::catalog::Catalogs;
use crate::locale::Locale;
use crate::read::{for_each_label, read_page};
use crate::recognize::{Context, Restricted, Role, WordingRef};
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
    /// Unseen rows given a wrong key.
    pub wrong: Vec<WrongKey>,
    /// Unseen rows left unrecognized (reported, never guessed).
    pub missed: usize,
    /// Kept variant wordings, out of all variant wordings.
    pub(crate) variants_kept: usize,
}

/// A row given a wrong key.
#[derive(Debug, Clone, PartialEq)]
pub struct WrongKey {
    pub(crate) page: String,
    /// The published wording of the row.
    pub(crate) text: String,
    /// The key the full catalogs give it.
    pub(crate) right: String,
    /// The key it was given without its wording.
    pub(crate) given: String,
}

/// A variant wording of the catalogs: attribute `attr` of message `key` in
/// the variants of `locale`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Variant {
    locale: String,
    key: String,
    attr: String,
}

impl Variant {
    fn new(locale: &str, key: &str, attr: &str) -> Variant {
        Variant {
            locale: locale.to_string(),
            key: key.to_string(),
            attr: attr.to_string(),
        }
    }

    /// The variant a row's recorded wording names, if it names one (not a
    /// canonical message of some locale).
    fn of_row(cats: &Catalogs, page_locale: &Locale, label: &Label) -> Option<Variant> {
        let w = label.published.wording.as_deref()?;
        if cats.locale_named(w).is_some() {
            return None;
        }
        let (l, a) = w.split_once('/').unwrap_or((page_locale.as_str(), w));
        Some(Variant::new(l, &label.key, a))
    }
}

/// A recognizer with every canonical message and only the variants in
/// `keep`.
fn keeping<'c>(cats: &'c Catalogs, keep: &BTreeSet<Variant>) -> Restricted<'c> {
    cats.recognizer().restricted(|w: WordingRef| match w.attr {
        None => true,
        Some(a) => keep.contains(&Variant::new(w.locale.as_str(), w.key, a)),
    })
}

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

/// The variant wordings a record used.
fn used_variants(rec: &Record, cats: &Catalogs, out: &mut BTreeSet<Variant>) {
    let mut add = |locale: &Locale, key: &str, wording: Option<&str>| {
        let Some(w) = wording else { return };
        let (l, a) = match w.split_once('/') {
            Some((l, a)) => (l, a),
            None if cats.locale_named(w).is_some() => return,
            None => (locale.as_str(), w),
        };
        out.insert(Variant::new(l, key, a));
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
pub fn held_out(cats: &Catalogs, pages: &[(String, Vec<u8>)]) -> HeldOut {
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
    let recognizer = keeping(cats, &kept);
    for (rel, rec) in &held {
        for ev in rows(rec) {
            result.rows += 1;
            let variant = Variant::of_row(cats, &rec.locale, &ev.label);
            let Some(variant) = variant.filter(|v| !kept.contains(v)) else {
                result.seen += 1;
                continue;
            };
            result.unseen += 1;
            let row = Row {
                page: rel,
                locale: &rec.locale,
                event: &ev,
            };
            classify(cats, &recognizer, &row, &variant, &mut result);
        }
    }
    result
}

/// A held-out row: where it is, and what it was read as.
struct Row<'a> {
    page: &'a str,
    locale: &'a Locale,
    event: &'a RowEvent,
}

/// Read one row's published wording with a restricted recognizer and count
/// what it gave.
fn classify(
    cats: &Catalogs,
    recognizer: &Restricted,
    row: &Row,
    variant: &Variant,
    result: &mut HeldOut,
) {
    let label = &row.event.label;
    let text = label.published.text.clone().or_else(|| {
        let li = cats.locale_index_named(&variant.locale)?;
        let attr = Some(variant.attr.as_str());
        let text = cats.format_at(li, &variant.key, attr, &Default::default())?;
        Some(text.into_owned())
    });
    let Some(text) = text else { return };
    let ctx = Context {
        zone: row.event.zone.as_deref(),
        previous: row.event.previous.as_deref(),
    };
    let (got, fuzzy) = match recognizer.recognize(&text, Role::Label, row.locale, &ctx) {
        Some(m) => (Some(m.key), false),
        None => (
            recognizer
                .recognize_fuzzy(&text, row.locale, &ctx)
                .map(|m| m.key),
            true,
        ),
    };
    match got {
        Some(k) if k == label.key && fuzzy => result.fuzzy += 1,
        Some(k) if k == label.key => result.exact += 1,
        Some(given) => result.wrong.push(WrongKey {
            page: row.page.to_string(),
            text,
            right: label.key.clone(),
            given,
        }),
        None => result.missed += 1,
    }
}

/// Hold out wordings: every distinct published variant wording of a
/// question is read once (where it first appears) with that wording alone
/// left out.
pub fn held_out_wordings(cats: &Catalogs, pages: &[(String, Vec<u8>)]) -> HeldOut {
    let mut result = HeldOut::default();
    let mut all = BTreeSet::new();
    let mut firsts: Vec<(String, Locale, RowEvent, Variant)> = Vec::new();
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
            let Some(variant) = Variant::of_row(cats, &rec.locale, &ev.label) else {
                continue;
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
        let row = Row {
            page: rel,
            locale,
            event: ev,
        };
        classify(cats, &keeping(cats, &keep), &row, variant, &mut result);
    }
    result
}
