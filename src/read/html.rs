//! Lines of inline HTML and Markdown links (a badge, store links, a
//! last-updated paragraph): every text in them must be a label, absolute
//! URLs are data, and the rest is layout.

use super::labels::Reader;
use super::lex::{inline_segments, Seg};
use super::unrecognized;
use crate::layout::esc;
use crate::recognize::{Context, Role};
use crate::record::{Block, Html, Slot, Spacing, TextBlock};

/// Read an HTML line at page line `line`, in `zone`. After a label whose
/// answer is free text (`free`, its key), the line is part of that answer.
pub(crate) fn read_line(
    reader: &mut Reader,
    text: &str,
    line: usize,
    zone: Option<&str>,
    free: Option<&str>,
    spacing: Spacing,
) -> Block {
    if let Some(f) = free {
        return Block::Text(TextBlock {
            text: reader.free_text(f, text),
            spacing,
            layout: None,
        });
    }
    match inline(reader, text, line, zone) {
        Some((html, slots)) => Block::Html(Html {
            html,
            slots,
            spacing,
        }),
        None => unrecognized(text, line, spacing),
    }
}

/// Cut inline HTML / Markdown links into a layout and slots; every text
/// must be a label.
pub(crate) fn inline(
    reader: &mut Reader,
    text: &str,
    line: usize,
    zone: Option<&str>,
) -> Option<(String, Vec<Slot>)> {
    let mut layout = String::new();
    let mut slots = Vec::new();
    let ctx = Context {
        zone,
        previous: None,
    };
    for seg in inline_segments(text) {
        match seg {
            Seg::Layout(s) => layout.push_str(&esc(&s)),
            Seg::Url(u) => {
                layout.push_str("{}");
                slots.push(Slot::Url { url: u });
            }
            Seg::Text(t) => {
                let label = reader.label(&t, Role::Label, &ctx, line)?;
                layout.push_str("{}");
                slots.push(Slot::Label { label });
            }
        }
    }
    Some((layout, slots))
}
