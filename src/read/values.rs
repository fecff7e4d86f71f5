//! Answers typed: blank, a badge in HTML, what the template says the
//! question takes (a name, an id, a link, a date, free text, enumeration
//! values), and otherwise the first reading that fits: answer words and
//! enumeration values, an ISO date, a link, free text.

use super::html::inline;
use super::labels::Reader;
use super::lex::is_absolute_url;
use crate::catalog::Kind;
use crate::recognize::{Context, Role};
use crate::record::{KeyKind, Published, Slot, UrlForm, Value};

/// Type an answer: `kind` is what the template says the question (or
/// column) takes, `id_base` the id free text gets.
pub(crate) fn value(
    reader: &mut Reader,
    text: &str,
    kind: Option<Kind>,
    id_base: &str,
    zone: Option<&str>,
) -> Value {
    if text.is_empty() {
        return Value::Blank { blank: true };
    }
    let ctx = Context {
        zone,
        previous: None,
    };
    // Inline HTML in a cell (a badge image) whose texts are labels; HTML
    // with no label in it (`<br/>`) is the answer's own text.
    if text.starts_with('<') && text.ends_with('>') {
        if let Some((html, slots)) = inline(reader, text, 0, zone) {
            if slots.iter().any(|s| matches!(s, Slot::Label { .. })) {
                return Value::Html { html, slots };
            }
        }
    }
    let typed = match kind {
        Some(Kind::Name) => Some(Value::Name {
            name: text.to_string(),
            published: None,
        }),
        Some(Kind::Id) => Some(Value::Id {
            id: text.to_string(),
        }),
        Some(Kind::Url) => url(text),
        Some(Kind::Date) => date(text),
        Some(Kind::Text) => Some(Value::Text(reader.free_text(id_base, text))),
        Some(Kind::Enum) | Some(Kind::Answer) => words(reader, text, &ctx),
        None => None,
    };
    if let Some(v) = typed {
        return v;
    }
    words(reader, text, &ctx)
        .or_else(|| date(text))
        .or_else(|| url(text))
        .unwrap_or_else(|| Value::Text(reader.free_text(id_base, text)))
}

/// An answer word, or one or more enumeration values.
fn words(reader: &mut Reader, text: &str, ctx: &Context) -> Option<Value> {
    let recognizer = reader.cats.recognizer();
    if let Some(m) = recognizer.recognize(text, Role::Value, &reader.locale, ctx) {
        let key = m.key.clone();
        let label = reader.label_from(m, text, 0);
        let published: Vec<Published> = if label.published.is_empty() {
            Vec::new()
        } else {
            vec![label.published]
        };
        return match KeyKind::of(&key) {
            KeyKind::Answer(a) => Some(Value::Answer {
                answer: a.to_string(),
                published,
            }),
            KeyKind::Enum(v) => Some(Value::Enum {
                values: vec![v.to_string()],
                published,
                separator: None,
            }),
            // Recognized as values: answer words and enumeration values only.
            KeyKind::Date | KeyKind::Label => None,
        };
    }
    enum_list(reader, text, ctx)
}

/// A list: every part an enumeration value, one separator throughout.
fn enum_list(reader: &mut Reader, text: &str, ctx: &Context) -> Option<Value> {
    let parts: Vec<&str> = text.split(',').collect();
    if parts.len() < 2 {
        return None;
    }
    let seps: Vec<String> = separators(text);
    if seps.windows(2).any(|w| w[0] != w[1]) {
        return None;
    }
    let recognizer = reader.cats.recognizer();
    let mut values = Vec::new();
    let mut published = Vec::new();
    let mut any_published = false;
    for p in &parts {
        let p = p.trim();
        let m = recognizer.recognize(p, Role::Value, &reader.locale, ctx)?;
        let KeyKind::Enum(key) = KeyKind::of(&m.key) else {
            return None;
        };
        let key = key.to_string();
        let label = reader.label_from(m, p, 0);
        any_published |= !label.published.is_empty();
        published.push(label.published);
        values.push(key);
    }
    let rebuilt = parts
        .iter()
        .map(|p| p.trim())
        .collect::<Vec<_>>()
        .join(&seps[0]);
    if rebuilt != text {
        return None;
    }
    Some(Value::Enum {
        values,
        published: if any_published { published } else { Vec::new() },
        separator: (seps[0] != ", ").then(|| seps[0].clone()),
    })
}

/// The separators between comma-separated parts, spaces included.
fn separators(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b',' {
            let mut a = i;
            while a > 0 && b[a - 1] == b' ' {
                a -= 1;
            }
            let mut z = i + 1;
            while z < b.len() && b[z] == b' ' {
                z += 1;
            }
            out.push(text[a..z].to_string());
        }
    }
    out
}

/// A link: `<url>`, `[text](url)` or a bare absolute URL.
fn url(text: &str) -> Option<Value> {
    if let Some(inner) = text.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
        if is_absolute_url(inner) && !inner.contains(' ') {
            return Some(Value::Url {
                url: inner.to_string(),
                text: None,
                form: Some(UrlForm::Angle),
            });
        }
    }
    if text.starts_with('[') && text.ends_with(')') {
        if let Some(mid) = text.find("](") {
            let label = &text[1..mid];
            let url = &text[mid + 2..text.len() - 1];
            if !label.contains(']') && !url.contains(['(', ')', ' ']) {
                return Some(Value::Url {
                    url: url.to_string(),
                    text: (label != url).then(|| label.to_string()),
                    form: None,
                });
            }
        }
    }
    if is_absolute_url(text) && !text.contains(char::is_whitespace) {
        return Some(Value::Url {
            url: text.to_string(),
            text: None,
            form: Some(UrlForm::Bare),
        });
    }
    None
}

/// An ISO date (`2021-02-22`).
fn date(text: &str) -> Option<Value> {
    let b = text.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    iso.then(|| Value::Date {
        date: text.to_string(),
        published: None,
    })
}
