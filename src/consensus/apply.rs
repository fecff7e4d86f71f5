//! The consensus record of a page for one output locale: the primary
//! copy's record with every decided name and value written in, the free
//! text of the output locale's own copy where it has one (as published:
//! machine-translated if it was), and that copy's own values where
//! nothing was decided.

use super::evidence::Payload;
use super::facts::{visit, Place};
use super::rules::Rules;
use super::{FactKind, PageConsensus};
use crate::record::{Block, FreeText, Record, Value};
use std::collections::BTreeMap;

/// What an output locale's own copy gives the consensus record.
#[derive(Default)]
struct Own {
    texts: BTreeMap<String, FreeText>,
    values: BTreeMap<String, Value>,
}

fn own_parts(own: &mut Record) -> Own {
    let mut out = Own::default();
    visit(own, &mut |key, place| match place {
        Place::Value {
            value: Value::Text(t),
            ..
        }
        | Place::Text(t) => {
            out.texts.insert(key.to_string(), t.clone());
        }
        Place::Value { value, .. } => {
            out.values.insert(key.to_string(), value.clone());
        }
        _ => {}
    });
    out
}

/// The record `build` renders for a page in an output locale: `primary`
/// (the primary copy's record) with the decisions of `pc` written in, and
/// `own` (the output locale's copy, when it has one and is not the
/// primary copy) giving its free text, its publication fields and its
/// values where nothing was settled.
pub fn consensus_record(
    pc: &PageConsensus,
    mut primary: Record,
    own: Option<Record>,
    rules: &Rules,
) -> Record {
    let mut own = own;
    let parts = match own.as_mut() {
        Some(o) => own_parts(o),
        _ => Own::default(),
    };
    // The anchor most copies show.
    if let Some(anchor) = &pc.anchor {
        if let Some(Block::Heading(h)) = primary
            .blocks
            .iter_mut()
            .find(|b| matches!(b, Block::Heading(h) if h.level == 1))
        {
            if h.anchor.is_some() {
                h.anchor = Some(anchor.clone());
            }
        }
    }
    // Names: the decided ones; an unsettled one as the own copy shows it.
    for (var, v) in &pc.names {
        primary.names.insert(var.clone(), v.clone());
    }
    if let Some(o) = &own {
        for d in &pc.decisions {
            if d.kind == FactKind::Name && d.value.is_none() {
                if let Some(v) = o.names.get(&d.fact) {
                    primary.names.insert(d.fact.clone(), v.clone());
                }
            }
        }
    }
    let decided: BTreeMap<&str, &super::Decision> =
        pc.decisions.iter().map(|d| (d.fact.as_str(), d)).collect();
    let names = primary.names.clone();
    visit(&mut primary, &mut |key, place| match place {
        Place::Value {
            question,
            column,
            value,
            ..
        } => {
            let var = question.or(column).and_then(|k| rules.names.get(k));
            // A name answer shows the page's name.
            if let (Some(var), Some(_), Value::Name { name, published }) =
                (var, question, &mut *value)
            {
                if let Some(v) = names.get(var) {
                    *name = v.clone();
                    *published = None;
                }
                return;
            }
            if let Value::Text(t) = value {
                if let Some(mine) = parts.texts.get(key) {
                    *t = FreeText {
                        id: t.id.clone(),
                        ..mine.clone()
                    };
                }
                return;
            }
            match decided.get(key) {
                // A row naming another page shows that page's name.
                Some(d) if d.kind == FactKind::Name => {
                    if let Some(v) = &d.value {
                        match value {
                            Value::Url { url, text, .. } => {
                                *text = (v != url).then(|| v.clone());
                            }
                            Value::Name { name, published } => {
                                *name = v.clone();
                                *published = None;
                            }
                            _ => {}
                        }
                    }
                }
                Some(d) => match (&d.payload, d.value.is_some()) {
                    (Payload::Value(v), true) => *value = v.clone(),
                    (_, false) => {
                        if let Some(mine) = parts.values.get(key) {
                            *value = mine.clone();
                        }
                    }
                    _ => {}
                },
                None => {}
            }
        }
        Place::Date(label) => {
            if let Some(Payload::Date(d)) = decided.get(key).map(|d| &d.payload) {
                label.date = Some(d.clone());
            }
        }
        Place::Link(url) => {
            if let Some(Payload::Link(l)) = decided.get(key).map(|d| &d.payload) {
                *url = l.clone();
            }
        }
        Place::Text(t) => {
            if let Some(mine) = parts.texts.get(key) {
                *t = FreeText {
                    id: t.id.clone(),
                    ..mine.clone()
                };
            }
        }
    });
    // The own copy's publication fields (dates, hand-off ids): fields
    // named once on both sides, of pages (a YAML file of labels has lines,
    // not fields).
    if let Some(o) = &own {
        if primary.format.is_none() && o.format.is_none() {
            let once = |r: &Record, name: &str| {
                r.front_matter.iter().filter(|f| f.name == name).count() == 1
            };
            let names: Vec<String> = primary
                .front_matter
                .iter()
                .filter(|f| f.label.is_none() && f.line.is_none())
                .map(|f| f.name.clone())
                .filter(|n| once(&primary, n) && once(o, n))
                .collect();
            for f in primary
                .front_matter
                .iter_mut()
                .filter(|f| names.contains(&f.name))
            {
                if let Some(mine) = o
                    .front_matter
                    .iter()
                    .find(|m| m.name == f.name && m.label.is_none() && m.line.is_none())
                {
                    f.value = mine.value.clone();
                    f.layout = mine.layout.clone();
                }
            }
        }
    }
    primary
}
