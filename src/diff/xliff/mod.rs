//! XLIFF 2.1 worklists: the keys a translator has to look at, exported for
//! a translation tool, and the translated file read back into the Fluent
//! catalogs.
//!
//! A unit is one key; its notes carry the reference's comment (where the
//! label sits on a page) and the key's state; Fluent placeables are inline
//! codes (`<ph dataRef>` with the placeable's source in `<originalData>`) so
//! a tool cannot break a variable. Import edits only the text span of the
//! messages whose translation changed, so comments, order and formatting of
//! every other entry stay byte for byte; every file is validated before any
//! is written, and an export imported unchanged changes nothing.

mod export;
mod parse;
mod plan;

pub(crate) use export::export;
pub(crate) use parse::parse;
pub(crate) use plan::{plan, Plan};

use fluent_syntax::ast;
use std::collections::BTreeMap;

/// The XLIFF 2 namespace.
pub(crate) const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// A piece of a segment: text or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Inline {
    Text(String),
    /// A placeholder, by the id of its original data.
    Ph(String),
}

/// The serialized source of one placeable, `{ $publisher }`.
fn placeable_source(expr: &ast::Expression<String>) -> String {
    let msg = ast::Entry::Message(ast::Message {
        id: ast::Identifier { name: "x".into() },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: expr.clone(),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    });
    let s = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![msg] });
    let s = s.strip_prefix("x =").unwrap_or(&s);
    s.trim().to_string()
}

/// A pattern as inline pieces; placeables are numbered in `data` by their
/// source text, shared between source and target.
fn inlines(p: &ast::Pattern<String>, data: &mut Vec<String>) -> Vec<Inline> {
    let mut out = Vec::new();
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => match out.last_mut() {
                Some(Inline::Text(t)) => t.push_str(value),
                _ => out.push(Inline::Text(value.clone())),
            },
            ast::PatternElement::Placeable { expression } => {
                let src = placeable_source(expression);
                let n = match data.iter().position(|d| *d == src) {
                    Some(i) => i + 1,
                    None => {
                        data.push(src);
                        data.len()
                    }
                };
                out.push(Inline::Ph(format!("d{n}")));
            }
        }
    }
    out
}

/// A problem with an XLIFF file, at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct XliffError {
    pub(crate) line: usize,
    pub(crate) message: String,
}

fn xerr(line: usize, message: impl Into<String>) -> XliffError {
    XliffError {
        line,
        message: message.into(),
    }
}

/// One translated unit as read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Unit {
    pub(crate) id: String,
    pub(crate) line: usize,
    /// The `original` of its file.
    pub(crate) file: String,
    pub(crate) state: Option<String>,
    pub(crate) data: BTreeMap<String, String>,
    pub(crate) target: Option<Vec<Inline>>,
}

/// An XLIFF file as read.
#[derive(Debug, Clone, Default)]
pub(crate) struct Doc {
    pub(crate) source_lang: String,
    pub(crate) target_lang: String,
    pub(crate) units: Vec<Unit>,
}
