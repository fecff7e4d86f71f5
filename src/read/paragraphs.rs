//! Paragraphs, one-line block quotes and list items: a label, or the free
//! text that answers the label before it, or unrecognized.

use super::labels::Reader;
use super::unrecognized;
use crate::catalog::Kind;
use crate::layout::esc;
use crate::recognize::{Context, Role};
use crate::record::{Block, Paragraph, Spacing, TextBlock};

/// Read a paragraph of `lines` (block-quoted if `quoted`) at page line
/// `line`, in `zone`. `free` is the key of the last label whose answer is
/// free text, if the paragraphs after it are that answer; a label sets it
/// again.
pub(crate) fn read(
    reader: &mut Reader,
    lines: &[&str],
    quoted: bool,
    line: usize,
    zone: Option<&str>,
    free: &mut Option<String>,
    spacing: Spacing,
) -> Block {
    let (text, layout) = text_and_layout(lines, quoted);
    let ctx = Context {
        zone,
        previous: None,
    };
    if let Some(label) = reader.label(&text, Role::Label, &ctx, line) {
        let answer_kind = reader.cats.template.answers.get(&label.key).copied();
        *free = (answer_kind == Some(Kind::Text)).then(|| label.key.clone());
        return Block::Paragraph(Paragraph {
            paragraph: label,
            spacing,
            layout,
        });
    }
    match free.as_deref() {
        Some(f) => Block::Text(TextBlock {
            text: reader.free_text(f, &text),
            spacing,
            layout,
        }),
        None => unrecognized(&lines.join("\n"), line, spacing),
    }
}

/// The text of a paragraph and its layout: one layout line per text line
/// (`>` prefixes, list markers, trailing spaces); `None` for a plain
/// one-line paragraph.
fn text_and_layout(lines: &[&str], quoted: bool) -> (String, Option<String>) {
    let mut texts = Vec::new();
    let mut layout_lines = Vec::new();
    for l in lines {
        let (pre, rest) = if quoted {
            let r = l.strip_prefix('>').unwrap_or(l);
            let r2 = r.trim_start_matches(' ');
            (&l[..l.len() - r2.len()], r2)
        } else {
            ("", *l)
        };
        // A list marker is structure, not text.
        let (pre, rest) = match ["- ", "* ", "+ "].iter().find(|m| rest.starts_with(*m)) {
            Some(m) => (&l[..pre.len() + m.len()], &rest[m.len()..]),
            None => (pre, rest),
        };
        let body = rest.trim_end();
        layout_lines.push(format!("{}{{}}{}", esc(pre), esc(&rest[body.len()..])));
        texts.push(body);
    }
    let layout = layout_lines.join("\n");
    (texts.join("\n"), (layout != "{}").then_some(layout))
}
