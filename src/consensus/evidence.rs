//! What one locale's copy of a page says about its locale-neutral facts:
//! the names it shows and where, its anchor, its typed answers, the links
//! of its index or azure rows, and when it was published. Gathered from
//! the record, which is then dropped: deciding holds this, not records.

use super::facts::{visit, Place};
use super::rules::Rules;
use crate::compare::neutral;
use crate::record::{Block, Field, Label, Record, Value};
use serde::Serialize;
use std::collections::BTreeMap;

/// When a copy was published: `ms.date` and `ms.lasthandoff`, as ISO dates.
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Stamp {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub handoff: Option<String>,
}

/// Where a copy shows a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// The H1.
    H1,
    /// An answer that is the name (the App-name or partner row).
    Row,
    /// A sentence of the body that shows the name (the intro).
    Sentence,
    /// A row of an index page that links to the page.
    Index,
    /// A row of an azure page that links to the page's id.
    Azure,
    /// The title or description (front matter).
    Title,
}

impl Source {
    /// Places that show the name alone: a vote. The others carry it in a
    /// sentence.
    pub(crate) fn is_name_slot(self) -> bool {
        matches!(
            self,
            Source::H1 | Source::Row | Source::Index | Source::Azure
        )
    }
}

/// A name a copy shows, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Seen {
    pub source: Source,
    pub text: String,
}

/// What a fact is, for deciding it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum FactKind {
    /// A page name (app, publisher), decided from every place it shows.
    Name,
    /// An identifier in a table of values (a Graph permission name).
    Identifier,
    /// A typed answer: yes/no, enumeration, date, link, id.
    Answer,
    /// Free text: only its place counts.
    Text,
}

/// A decided value as the record holds it, to write it back.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Payload {
    Value(Value),
    Date(String),
    Link(String),
    None,
}

/// One fact of a copy.
#[derive(Debug, Clone)]
pub struct Fact {
    pub key: String,
    pub kind: FactKind,
    /// The locale-neutral value (`compare::neutral`).
    pub neutral: String,
    pub(crate) payload: Payload,
}

/// A row of an index or azure page naming another page: the link's
/// target (a page path, or the id of a page), which name it shows, and how.
#[derive(Debug, Clone)]
pub struct NameLink {
    pub key: String,
    pub target: String,
    pub var: String,
    pub text: String,
}

/// One locale's copy of a page, as evidence.
#[derive(Debug, Clone)]
pub struct Copy {
    pub locale: String,
    pub stamp: Stamp,
    /// Lines no label matched.
    pub unrecognized: usize,
    pub anchor: Option<String>,
    /// The key the H1 was read as.
    pub h1_key: Option<String>,
    /// Names shown, by variable.
    pub names: BTreeMap<String, Vec<Seen>>,
    pub facts: Vec<Fact>,
    pub links: Vec<NameLink>,
    /// Ids the page's questions answer (a page is linked to by its id).
    pub ids: Vec<String>,
    /// Every link of the page.
    pub urls: Vec<String>,
}

/// The evidence of one copy. `record` is the copy read in its locale
/// folder; `locale` is the folder's locale.
pub fn gather(mut record: Record, locale: &str, rules: &Rules) -> Copy {
    let stamp = Stamp {
        date: field(&record.front_matter, "ms.date").and_then(|d| iso_date(&d)),
        handoff: field(&record.front_matter, "ms.lasthandoff").and_then(|d| iso_date(&d)),
    };
    let mut copy = Copy {
        locale: locale.to_string(),
        stamp,
        unrecognized: record.unrecognized().len(),
        anchor: None,
        h1_key: None,
        names: BTreeMap::new(),
        facts: Vec::new(),
        links: Vec::new(),
        ids: Vec::new(),
        urls: Vec::new(),
    };
    let names = record.names.clone();
    let mut seen = |var: &str, source: Source, text: &str, copy: &mut Copy| {
        if !text.trim().is_empty() {
            copy.names.entry(var.to_string()).or_default().push(Seen {
                source,
                text: text.to_string(),
            });
        }
    };
    let label_names = |label: &Label,
                       source: Source,
                       copy: &mut Copy,
                       seen: &mut dyn FnMut(&str, Source, &str, &mut Copy)| {
        for var in rules.uses(&label.key) {
            if let Some(v) = label.published.names.get(*var).or(names.get(*var)) {
                seen(var, source, v, copy);
            }
        }
    };
    for f in &record.front_matter {
        match (&f.label, f.line) {
            (Some(l), _) => label_names(l, Source::Title, &mut copy, &mut seen),
            // A title or description no label matched still carries the
            // name, in a sentence.
            (None, Some(_)) => {
                if let Some(v) = &f.value {
                    seen("app", Source::Title, v, &mut copy);
                }
            }
            (None, None) => {}
        }
    }
    let mut body_labels: Vec<(Label, Source)> = Vec::new();
    collect_labels(&record.blocks, &mut body_labels, &mut copy);
    for (l, source) in &body_labels {
        label_names(l, *source, &mut copy, &mut seen);
    }
    let page_dir = match record.page.rfind('/') {
        Some(i) => record.page[..i].to_string(),
        None => String::new(),
    };
    let mut facts = Vec::new();
    let mut links = Vec::new();
    let mut ids = Vec::new();
    let mut urls = Vec::new();
    let mut names_seen: Vec<(String, Source, String)> = Vec::new();
    visit(&mut record, &mut |key, place| match place {
        Place::Value {
            question,
            column,
            row_link,
            value,
        } => {
            let var = question.or(column).and_then(|k| rules.names.get(k));
            if let Value::Url { url, .. } = value {
                urls.push(url.clone());
            }
            match (var, &*value) {
                (Some(var), Value::Name { name, published }) => {
                    let shown = published.as_deref().unwrap_or(name).to_string();
                    match (question, row_link) {
                        (Some(_), _) => names_seen.push((var.clone(), Source::Row, shown)),
                        (None, Some(link)) => links.push(NameLink {
                            key: key.to_string(),
                            target: resolve(&page_dir, link),
                            var: var.clone(),
                            text: shown,
                        }),
                        (None, None) => {}
                    }
                    return;
                }
                (Some(var), Value::Url { url, text, .. }) if question.is_none() => {
                    links.push(NameLink {
                        key: key.to_string(),
                        target: resolve(&page_dir, url),
                        var: var.clone(),
                        text: text.clone().unwrap_or_else(|| url.clone()),
                    });
                }
                _ => {}
            }
            let kind = match (&*value, question) {
                (Value::Unrecognized { .. }, _) => return,
                (Value::Text(_), _) => FactKind::Text,
                (Value::Id { id }, Some(_)) => {
                    ids.push(id.clone());
                    FactKind::Answer
                }
                (Value::Id { .. } | Value::Name { .. }, _) => FactKind::Identifier,
                _ => FactKind::Answer,
            };
            let payload = match kind {
                FactKind::Text => Payload::None,
                _ => Payload::Value(stripped(value)),
            };
            facts.push(Fact {
                key: key.to_string(),
                kind,
                neutral: neutral(value),
                payload,
            });
        }
        Place::Date(label) => {
            let date = label.date.clone().unwrap_or_default();
            facts.push(Fact {
                key: key.to_string(),
                kind: FactKind::Answer,
                neutral: date.clone(),
                payload: Payload::Date(date),
            });
        }
        Place::Link(url) => {
            urls.push(url.clone());
            facts.push(Fact {
                key: key.to_string(),
                kind: FactKind::Answer,
                neutral: url.clone(),
                payload: Payload::Link(url.clone()),
            });
        }
        Place::Text(_) => facts.push(Fact {
            key: key.to_string(),
            kind: FactKind::Text,
            neutral: "(text)".to_string(),
            payload: Payload::None,
        }),
    });
    for (var, source, text) in names_seen {
        seen(&var, source, &text, &mut copy);
    }
    copy.facts = facts;
    copy.links = links;
    copy.ids = ids;
    copy.urls = urls;
    copy
}

/// Body labels with the place they show names in; the H1's anchor and key.
fn collect_labels(blocks: &[Block], out: &mut Vec<(Label, Source)>, copy: &mut Copy) {
    for b in blocks {
        match b {
            Block::Zone(z) => collect_labels(&z.blocks, out, copy),
            Block::Heading(h) if h.level == 1 && copy.anchor.is_none() && copy.h1_key.is_none() => {
                copy.anchor = h.anchor.clone();
                copy.h1_key = Some(h.heading.key.clone());
                out.push((h.heading.clone(), Source::H1));
            }
            Block::Heading(h) => out.push((h.heading.clone(), Source::Sentence)),
            Block::Paragraph(p) => out.push((p.paragraph.clone(), Source::Sentence)),
            Block::Html(h) => {
                for s in &h.slots {
                    if let crate::record::Slot::Label { label } = s {
                        out.push((label.clone(), Source::Sentence));
                    }
                }
            }
            _ => {}
        }
    }
}

/// A value without how the page worded it: what a decided value writes.
fn stripped(v: &Value) -> Value {
    match v {
        Value::Answer { answer, .. } => Value::Answer {
            answer: answer.clone(),
            published: Vec::new(),
        },
        Value::Enum { values, .. } => Value::Enum {
            values: values.clone(),
            published: Vec::new(),
            separator: None,
        },
        Value::Date { date, .. } => Value::Date {
            date: date.clone(),
            published: None,
        },
        other => other.clone(),
    }
}

/// The value of a front matter field.
fn field(fields: &[Field], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|f| f.name == name)
        .and_then(|f| f.value.clone())
}

/// `M/D/YYYY` (how `ms.date` is written) as `YYYY-MM-DD`.
pub(crate) fn iso_date(s: &str) -> Option<String> {
    let mut parts = s.trim().trim_matches(['"', '\'']).split('/');
    let m: u32 = parts.next()?.trim().parse().ok()?;
    let d: u32 = parts.next()?.trim().parse().ok()?;
    let y: u32 = parts.next()?.trim().parse().ok()?;
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// A link's target relative to the folder of the page it is on, as a path
/// relative to the locale folder (`./a.md` on `teams/x.md` is
/// `teams/a.md`; `../azure/b.md` is `azure/b.md`).
pub(crate) fn resolve(dir: &str, link: &str) -> String {
    let link = link.split(['#', '?']).next().unwrap_or(link);
    let mut parts: Vec<&str> = if dir.is_empty() {
        Vec::new()
    } else {
        dir.split('/').collect()
    };
    for p in link.split('/') {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    parts.join("/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_and_links() {
        assert_eq!(iso_date("04/04/2022").as_deref(), Some("2022-04-04"));
        assert_eq!(iso_date("8/3/2021").as_deref(), Some("2021-08-03"));
        assert_eq!(iso_date("soon"), None);
        assert_eq!(resolve("teams", "./a.md"), "teams/a.md");
        assert_eq!(resolve("azure", "../forward/WA1.md"), "forward/WA1.md");
        assert_eq!(resolve("teams", "../azure/b.md"), "azure/b.md");
    }
}
