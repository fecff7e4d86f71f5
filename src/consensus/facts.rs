//! Where the locale-neutral facts of a record are: every answer, every
//! date a label shows, every link of the page's HTML, each under a key that
//! is the same in every locale (the keys of [`crate::compare::facts`]), and
//! visited mutably so that a decided value can be written back.

use crate::record::{Block, Label, Record, Slot as HtmlSlot, Value};
use std::collections::BTreeMap;

/// One place of a record that holds a locale-neutral fact.
pub(crate) enum Place<'a> {
    /// An answer cell. `column` is the header key of a table whose rows are
    /// values (and `None` for a question's answer); `question` is the
    /// row's question key.
    Value {
        question: Option<&'a str>,
        column: Option<&'a str>,
        /// The link a row of values starts with (index and azure pages).
        row_link: Option<&'a str>,
        value: &'a mut Value,
    },
    /// A label that shows a date (the last-updated line).
    Date(&'a mut Label),
    /// A link of the page's HTML (store links).
    Link(&'a mut String),
    /// A paragraph of free text.
    Text(&'a mut crate::record::FreeText),
}

/// Visit every fact of `record` with its key, in page order. Keys that
/// repeat on a page get `#2`, `#3`… in order, as in `compare`.
pub(crate) fn visit(record: &mut Record, f: &mut dyn FnMut(&str, Place<'_>)) {
    let mut seen: BTreeMap<String, usize> = BTreeMap::new();
    let mut put = |key: String, place: Place<'_>, f: &mut dyn FnMut(&str, Place<'_>)| {
        let n = seen.entry(key.clone()).or_insert(0);
        *n += 1;
        if *n == 1 {
            f(&key, place);
        } else {
            f(&format!("{key}#{n}"), place);
        }
    };
    visit_blocks(&mut record.blocks, "", &mut |key, place| put(key, place, f));
}

fn visit_blocks(blocks: &mut [Block], zone: &str, f: &mut dyn FnMut(String, Place<'_>)) {
    for b in blocks {
        match b {
            Block::Zone(z) => {
                let inner = format!("{}/", z.zone);
                visit_blocks(&mut z.blocks, &inner, f);
            }
            Block::Heading(h) => {
                if h.heading.date.is_some() {
                    let key = format!("{zone}{}:date", h.heading.key);
                    f(key, Place::Date(&mut h.heading));
                }
            }
            Block::Html(h) => {
                for s in h.slots.iter_mut() {
                    match s {
                        HtmlSlot::Label { label } if label.date.is_some() => {
                            let key = format!("{zone}{}", label.key);
                            f(key, Place::Date(label));
                        }
                        HtmlSlot::Label { .. } => {}
                        HtmlSlot::Url { url } => f(format!("{zone}url"), Place::Link(url)),
                    }
                }
            }
            Block::Table(t) => {
                let header: Vec<&str> = t.table.iter().map(|l| l.key.as_str()).collect();
                for (ri, r) in t.rows.iter_mut().enumerate() {
                    match &r.key {
                        Some(k) => {
                            let key = format!("{zone}{}", k.key);
                            for v in r.values.iter_mut() {
                                f(
                                    key.clone(),
                                    Place::Value {
                                        question: Some(k.key.as_str()),
                                        column: None,
                                        row_link: None,
                                        value: v,
                                    },
                                );
                            }
                        }
                        None => {
                            let link = match r.values.first() {
                                Some(Value::Url { url, .. }) => Some(url.clone()),
                                _ => None,
                            };
                            let id = link.clone().unwrap_or_else(|| (ri + 1).to_string());
                            let row =
                                format!("{zone}{}[{id}]", header.first().copied().unwrap_or("row"));
                            for (i, v) in r.values.iter_mut().enumerate() {
                                let col = header.get(i).copied();
                                f(
                                    format!("{row}/{}", col.unwrap_or("?")),
                                    Place::Value {
                                        question: None,
                                        column: col,
                                        row_link: link.as_deref(),
                                        value: v,
                                    },
                                );
                            }
                        }
                    }
                }
            }
            Block::Text(t) => f(format!("{zone}text"), Place::Text(&mut t.text)),
            Block::Paragraph(_) | Block::Include(_) | Block::Unrecognized(_) => {}
        }
    }
}
