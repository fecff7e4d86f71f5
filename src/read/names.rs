//! The page's names (app, publisher, id): data that labels show through
//! their variables. The first value each takes is the page's; a label that
//! showed another (machine translation renamed the app on some lines)
//! records it as how it showed the name.

use crate::record::{Block, Label, Record, Slot, Value};
use crate::text::slug;
use std::collections::BTreeMap;

/// Settle the page names: the first value a label gave each name variable
/// is the page's; other values are how one label showed it.
pub(crate) fn settle(record: &mut Record) {
    const NAMES: [&str; 3] = ["app", "publisher", "id"];
    // Every value each name takes, in page order.
    let mut seen: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    {
        let mut collect = |label: &mut Label| {
            for n in NAMES {
                if let Some(v) = label.args.get(n) {
                    seen.entry(n).or_default().push(v.clone());
                }
            }
        };
        for f in record.front_matter.iter_mut() {
            if let Some(l) = f.label.as_mut() {
                collect(l);
            }
        }
        for_each_label(&mut record.blocks, &mut collect);
    }
    // The app's name: the first value that is the name the H1 anchor was
    // made from (machine translation renamed some apps on some lines, but
    // the anchor keeps the original), else the first value.
    let anchor = record.blocks.iter().find_map(|b| match b {
        Block::Heading(h) if h.level == 1 => h.anchor.clone(),
        _ => None,
    });
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for (n, values) in &seen {
        let pick = match (*n, &anchor) {
            ("app", Some(a)) => values.iter().find(|v| slug(v) == *a).or(values.first()),
            _ => values.first(),
        };
        if let Some(v) = pick {
            names.insert(n.to_string(), v.clone());
        }
    }
    let mut settle = |label: &mut Label| {
        for n in NAMES {
            if let Some(v) = label.args.remove(n) {
                if names.get(n) != Some(&v) {
                    label.published.names.insert(n.to_string(), v);
                }
            }
        }
    };
    for f in record.front_matter.iter_mut() {
        if let Some(l) = f.label.as_mut() {
            settle(l);
        }
    }
    for_each_label(&mut record.blocks, &mut settle);
    let mut renamed: Vec<(String, String)> = Vec::new();
    for_each_label(&mut record.blocks, &mut |l| {
        for (n, v) in &l.published.names {
            renamed.push((n.clone(), v.clone()));
        }
    });
    // A name cell that shows one of those other names shows the page's name
    // as machine translation renamed it: it is the page's name.
    rename_cells(&mut record.blocks, &renamed, &names);
    record.names = names;
}

fn rename_cells(
    blocks: &mut [Block],
    renamed: &[(String, String)],
    names: &BTreeMap<String, String>,
) {
    for b in blocks {
        match b {
            Block::Zone(z) => rename_cells(&mut z.blocks, renamed, names),
            Block::Table(t) => {
                for v in t.rows.iter_mut().flat_map(|r| r.values.iter_mut()) {
                    if let Value::Name { name, published } = v {
                        let var = renamed
                            .iter()
                            .find(|(_, shown)| shown == name)
                            .map(|(n, _)| n);
                        if let Some(page_name) = var.and_then(|n| names.get(n)) {
                            *published = Some(std::mem::replace(name, page_name.clone()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Visit every label of the body, in page order.
pub(crate) fn for_each_label(blocks: &mut [Block], f: &mut dyn FnMut(&mut Label)) {
    for b in blocks {
        match b {
            Block::Zone(z) => for_each_label(&mut z.blocks, f),
            Block::Heading(h) => f(&mut h.heading),
            Block::Paragraph(p) => f(&mut p.paragraph),
            Block::Html(h) => {
                for s in h.slots.iter_mut() {
                    if let Slot::Label { label } = s {
                        f(label);
                    }
                }
            }
            Block::Table(t) => {
                for l in t.table.iter_mut() {
                    f(l);
                }
                for r in t.rows.iter_mut() {
                    if let Some(k) = r.key.as_mut() {
                        f(k);
                    }
                }
            }
            Block::Text(_) | Block::Include(_) | Block::Unrecognized(_) => {}
        }
    }
}
