//! Headings (`#` to `######`): the text is a label (the H1 may be nothing
//! but the app's name), the `<a name>` anchor is data, and whatever else
//! the line holds is layout.

use super::blocks::HeadingLine;
use super::labels::Reader;
use super::unrecognized;
use crate::layout::esc;
use crate::recognize::{Context, Role};
use crate::record::{Block, Heading, Spacing};

/// Read a heading at page line `line`, in `zone`.
pub(crate) fn read(
    reader: &mut Reader,
    h: &HeadingLine,
    line: usize,
    zone: Option<&str>,
    spacing: Spacing,
) -> Block {
    let ctx = Context {
        zone,
        previous: None,
    };
    let label = if h.level == 1 {
        reader.h1(h.title, &ctx, line)
    } else {
        reader.label(h.title, Role::Label, &ctx, line)
    };
    let Some(label) = label else {
        return unrecognized(h.text, line, spacing);
    };
    let usual = usual_layout(h.level, h.anchor);
    let layout = layout(h.text, h.title);
    Block::Heading(Heading {
        heading: label,
        level: h.level,
        anchor: h.anchor.map(str::to_string),
        spacing,
        layout: (layout != usual).then_some(layout),
    })
}

fn usual_layout(level: u8, anchor: Option<&str>) -> String {
    let hashes = "#".repeat(level as usize);
    match anchor {
        Some(_) => format!("{hashes} <a name=\"{{}}\"></a>{{}}"),
        None => format!("{hashes} {{}}"),
    }
}

/// The heading line with holes for the anchor (if any) and the text.
fn layout(line: &str, text: &str) -> String {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    if let Some(p) = rest.find("<a name=\"") {
        let a = &rest[p + 9..];
        let q = a.find('"').unwrap_or(0);
        let after = &a[q..];
        // Not found when the anchor is not where a heading has it
        // (`### x<a name="y"></a>z`): then the text is the whole heading.
        if let Some(tpos) = after.rfind(text) {
            return format!(
                "{}{}<a name=\"{{}}{}{{}}{}",
                "#".repeat(level),
                esc(&rest[..p]),
                esc(&after[..tpos]),
                esc(&after[tpos + text.len()..])
            );
        }
    }
    let tpos = rest.rfind(text).unwrap_or(rest.len());
    format!(
        "{}{}{{}}{}",
        "#".repeat(level),
        esc(&rest[..tpos]),
        esc(rest.get(tpos + text.len()..).unwrap_or(""))
    )
}
