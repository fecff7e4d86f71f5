//! The body read block by block: each raw block of the cut (see
//! [`super::blocks`]) is read by the module of its kind, in page order, into
//! the zone open at that point.

use super::blocks::{Raw, RawKind};
use super::labels::Reader;
use super::zones::Zones;
use super::{headings, html, paragraphs, tables, unrecognized, PageError};
use crate::layout::esc;
use crate::record::{Block, Include, Spacing};

/// Read the raw blocks of the body into record blocks.
pub(crate) fn read(reader: &mut Reader, raws: &[Raw]) -> Result<Vec<Block>, PageError> {
    let mut zones = Zones::default();
    // The key of the last paragraph label whose answer is free text: the
    // paragraphs and HTML lines after it are that answer, up to a heading,
    // an include or a zone line.
    let mut free: Option<String> = None;
    for raw in raws {
        let spacing = Spacing(raw.gap);
        let line = raw.line;
        let block = match &raw.kind {
            RawKind::ZoneStart { pivot, text } => {
                zones.open(pivot, text, line, raw.gap)?;
                free = None;
                continue;
            }
            RawKind::ZoneEnd { text } => {
                zones.close(text, line, raw.gap)?;
                free = None;
                continue;
            }
            RawKind::Table { prefix, rows } => {
                let mut block = tables::read(reader, rows, prefix, zones.current())?;
                block.set_spacing(spacing);
                block
            }
            RawKind::Heading(h) => {
                free = None;
                headings::read(reader, h, line, zones.current(), spacing)
            }
            RawKind::Include { title, path, text } => {
                free = None;
                include(title, path, text, line, spacing)
            }
            RawKind::Html { text } => {
                let free = free.as_deref();
                html::read_line(reader, text, line, zones.current(), free, spacing)
            }
            RawKind::Paragraph { lines, quoted } => {
                let zone = zones.current();
                paragraphs::read(reader, lines, *quoted, line, zone, &mut free, spacing)
            }
            RawKind::ListItem { text } => {
                let zone = zones.current();
                paragraphs::read(reader, &[text], false, line, zone, &mut free, spacing)
            }
        };
        zones.push(block);
    }
    zones.finish()
}

/// `[!INCLUDE [title](path)]`: data, with its indentation as layout; kept
/// verbatim when something follows it on the line.
fn include(title: &str, path: &str, text: &str, line: usize, spacing: Spacing) -> Block {
    let usual = "[!INCLUDE [{}]({})]";
    let lead = &text[..text.len() - text.trim_start().len()];
    let layout = format!("{}{usual}", esc(lead));
    let trailing_ok = text.trim_end().ends_with(']') && text.trim_end() == text;
    if !trailing_ok {
        return unrecognized(text, line, spacing);
    }
    Block::Include(Include {
        include: path.to_string(),
        title: title.to_string(),
        spacing,
        layout: (layout != usual).then_some(layout),
    })
}
