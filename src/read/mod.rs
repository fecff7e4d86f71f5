//! Reading a published page into its record, in two steps:
//!
//! 1. the page is cut into raw blocks by the shape of its lines, with no
//!    catalog (`blocks`: decoding, front matter fields, zone lines,
//!    headings, tables, includes, HTML lines, paragraphs, list items);
//! 2. every raw block is read by the module of its kind (`front_matter`,
//!    `zones`, `headings`, `tables`, `paragraphs`, `html`; answers
//!    typed in `values`), where every text in a label position is
//!    recognized against the catalogs of every locale (`labels`), and the
//!    page's names are settled (`names`).
//!
//! What no label matches is kept verbatim as `unrecognized`, with its line,
//! and never dropped. YAML files of labels are read by `label_file`.

pub(crate) mod blocks;
mod body;
mod front_matter;
mod headings;
mod html;
mod label_file;
mod labels;
pub mod lex;
mod names;
mod paragraphs;
mod tables;
mod values;
mod zones;

pub(crate) use names::for_each_label;

use crate::catalog::Catalogs;
use crate::record::{Block, Record, Spacing, Unrecognized};
use labels::Reader;
use std::collections::BTreeMap;

/// A page that cannot be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {message}")]
pub struct PageError {
    pub line: usize,
    pub message: String,
}

impl PageError {
    pub(crate) fn new(line: usize, message: impl Into<String>) -> Self {
        PageError {
            line,
            message: message.into(),
        }
    }
}

/// Something worth telling about a page that was read: a fuzzy match.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub(crate) line: usize,
    pub message: String,
}

/// The result of reading one page.
#[derive(Debug, Clone)]
pub struct Reading {
    pub record: Record,
    pub notes: Vec<Note>,
}

/// Read a page. `page` is its path relative to the pages directory.
pub fn read_page(page: &str, bytes: &[u8], cats: &Catalogs) -> Result<Reading, PageError> {
    if page.ends_with(".yml") || page.ends_with(".yaml") {
        let (lines, file) = blocks::decode(bytes)?;
        return label_file::read(page, &lines, file, cats);
    }
    let cut = blocks::cut_page(bytes)?;
    let fields = cut.front_matter;
    let locale = front_matter::locale(&fields, &cats.reference)?;
    let translation = front_matter::value(&fields, "ms.translationtype");
    let machine = translation.as_deref() == Some("MT");
    let mut reader = Reader::new(cats, locale.clone(), machine);
    let front_matter = front_matter::labels(&mut reader, fields);
    let blocks = body::read(&mut reader, &cut.body)?;
    let generation = front_matter::value(&front_matter, "zone_pivot_groups");
    let mut record = Record {
        page: page.to_string(),
        locale,
        translation,
        generation,
        names: BTreeMap::new(),
        front_matter,
        blocks,
        file: cut.file,
        format: None,
    };
    names::settle(&mut record);
    Ok(Reading {
        record,
        notes: reader.notes,
    })
}

/// Lines no label matched, kept verbatim.
fn unrecognized(text: &str, line: usize, spacing: Spacing) -> Block {
    Block::Unrecognized(Unrecognized {
        unrecognized: text.to_string(),
        line,
        spacing,
    })
}
