//! The first step of reading, with no catalog: a file's bytes become lines
//! (its byte-level layout kept apart), its front matter is cut into fields,
//! and its body into raw blocks by the shape of their lines (zone lines,
//! headings, tables, includes, HTML lines, paragraphs, list items), each
//! with the blank lines before it. Nothing here recognizes text: a page of
//! a locale no catalog has is cut the same way, and recognition is applied
//! to the raw blocks afterwards (see [`super::body`]).

use super::front_matter;
use super::lex::table_prefix;
use super::PageError;
use crate::record::{Field, FileLayout};
use std::borrow::Cow;

/// A page cut into its parts, before anything is recognized.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Cut<'a> {
    /// Byte-order mark, line endings, final newline, trailing blank lines.
    pub(crate) file: FileLayout,
    /// The front matter fields, values as written (with their line).
    pub(crate) front_matter: Vec<Field>,
    /// The body, in order.
    pub(crate) body: Vec<Raw<'a>>,
}

/// A block of the body as its lines show it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Raw<'a> {
    /// 1-based line of its first line.
    pub(crate) line: usize,
    /// Blank lines before it.
    pub(crate) gap: usize,
    pub(crate) kind: RawKind<'a>,
}

/// What kind of block the lines are.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum RawKind<'a> {
    /// `::: zone pivot="…"`.
    ZoneStart { pivot: &'a str, text: &'a str },
    /// `::: zone-end`.
    ZoneEnd { text: &'a str },
    /// `#` to `######`, with its `<a name>` anchor.
    Heading(HeadingLine<'a>),
    /// Table lines with the same quote prefix; a row whose last cell runs
    /// on to the next lines is one row.
    Table {
        prefix: &'a str,
        rows: Vec<TableRow<'a>>,
    },
    /// `[!INCLUDE [title](path)]`, possibly indented.
    Include {
        title: &'a str,
        path: &'a str,
        text: &'a str,
    },
    /// A line of inline HTML, or a list item that is a link.
    Html { text: &'a str },
    /// Consecutive lines of text, all block-quoted (`>`) or none.
    Paragraph { lines: Vec<&'a str>, quoted: bool },
    /// A list item (`- `, `* `, `+ `): a block of its own.
    ListItem { text: &'a str },
}

/// A heading line cut into its parts.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct HeadingLine<'a> {
    pub(crate) level: u8,
    pub(crate) anchor: Option<&'a str>,
    /// The heading's text, trimmed.
    pub(crate) title: &'a str,
    /// The whole line.
    pub(crate) text: &'a str,
}

/// One logical row of a table.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct TableRow<'a> {
    /// The row's text: one line, or several joined by `\n`.
    pub(crate) text: Cow<'a, str>,
    /// 1-based line of its first line.
    pub(crate) line: usize,
}

/// Cut a Markdown page: decode it, cut its front matter into fields and its
/// body into raw blocks.
pub(crate) fn cut_page(bytes: &[u8]) -> Result<Cut<'_>, PageError> {
    let (lines, file) = decode(bytes)?;
    let (front_matter, body_start) = front_matter::cut(&lines)?;
    Ok(Cut {
        file,
        front_matter,
        body: cut_body(&lines, body_start),
    })
}

/// Check that a file is text, and cut it into lines; the file layout
/// (byte-order mark, line endings, final newline, trailing blank lines) is
/// kept apart.
pub(crate) fn decode(bytes: &[u8]) -> Result<(Vec<&str>, FileLayout), PageError> {
    let text = text_of(bytes)?;
    let mut file = FileLayout::default();
    let mut body = text;
    if let Some(rest) = body.strip_prefix('\u{feff}') {
        file.bom = true;
        body = rest;
    }
    if body.contains("\r\n") {
        file.crlf = true;
    }
    let mut lines: Vec<&str> = body.split('\n').collect();
    if body.ends_with('\n') {
        lines.pop();
    } else {
        file.final_newline = false;
    }
    if file.crlf {
        for l in lines.iter_mut() {
            if let Some(s) = l.strip_suffix('\r') {
                *l = s;
            }
        }
    }
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
        file.trailing_blank += 1;
    }
    Ok((lines, file))
}

/// The bytes as text: not empty, UTF-8, without NUL.
fn text_of(bytes: &[u8]) -> Result<&str, PageError> {
    if bytes.is_empty() {
        return Err(PageError::new(
            1,
            "empty file: expected front matter (`---`)",
        ));
    }
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let line = bytes[..e.valid_up_to()]
            .iter()
            .filter(|&&b| b == b'\n')
            .count()
            + 1;
        PageError::new(line, "invalid UTF-8: the page must be UTF-8 text")
    })?;
    if let Some(p) = text.find('\0') {
        let line = text[..p].matches('\n').count() + 1;
        return Err(PageError::new(
            line,
            "NUL byte: this is a binary file, not a page",
        ));
    }
    Ok(text)
}

/// Cut the body, from line index `start`, into raw blocks.
pub(crate) fn cut_body<'a>(lines: &[&'a str], start: usize) -> Vec<Raw<'a>> {
    let mut out = Vec::new();
    let mut gap = 0;
    let mut i = start;
    while i < lines.len() {
        if lines[i].is_empty() {
            gap += 1;
            i += 1;
            continue;
        }
        let (kind, next) = block_at(lines, i);
        out.push(Raw {
            line: i + 1,
            gap,
            kind,
        });
        gap = 0;
        i = next;
    }
    out
}

/// The block that starts at the non-blank line `i`, and the index of the
/// line after it.
fn block_at<'a>(lines: &[&'a str], i: usize) -> (RawKind<'a>, usize) {
    let line = lines[i];
    if let Some(pivot) = zone_start(line) {
        return (RawKind::ZoneStart { pivot, text: line }, i + 1);
    }
    if is_zone_end(line) {
        return (RawKind::ZoneEnd { text: line }, i + 1);
    }
    if let Some(prefix) = table_prefix(line) {
        let (rows, next) = table_rows(lines, i, prefix);
        return (RawKind::Table { prefix, rows }, next);
    }
    if let Some(h) = heading(line) {
        return (RawKind::Heading(h), i + 1);
    }
    if let Some((title, path)) = include(line) {
        let text = line;
        return (RawKind::Include { title, path, text }, i + 1);
    }
    if line.starts_with('<') || line.starts_with("* <") || line.starts_with("* [") {
        return (RawKind::Html { text: line }, i + 1);
    }
    if is_list_item(line) {
        return (RawKind::ListItem { text: line }, i + 1);
    }
    // Paragraphs: consecutive lines of text (block quotes apart).
    let quoted = line.starts_with('>');
    let mut j = i + 1;
    while j < lines.len()
        && !lines[j].is_empty()
        && lines[j].starts_with('>') == quoted
        && !is_structural(lines[j])
        && !is_list_item(lines[j])
    {
        j += 1;
    }
    let lines = lines[i..j].to_vec();
    (RawKind::Paragraph { lines, quoted }, j)
}

/// The logical rows of the table that starts at line `i`: a row whose last
/// cell runs on to the next line (an answer with a line break) continues
/// there. Returns them and the index of the line after the table.
fn table_rows<'a>(lines: &[&'a str], i: usize, prefix: &str) -> (Vec<TableRow<'a>>, usize) {
    let mut rows: Vec<TableRow> = Vec::new();
    let mut j = i;
    while j < lines.len() {
        let l = lines[j];
        if table_prefix(l) == Some(prefix) {
            rows.push(TableRow {
                text: Cow::Borrowed(l),
                line: j + 1,
            });
        } else if !l.is_empty()
            && !is_structural(l)
            && rows
                .last()
                .is_some_and(|r| !r.text.trim_end().ends_with('|'))
        {
            let last = rows.last_mut().expect("checked above").text.to_mut();
            last.push('\n');
            last.push_str(l);
        } else {
            break;
        }
        j += 1;
    }
    (rows, j)
}

/// `::: zone pivot="…"`: the pivot.
fn zone_start(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(":::")?.trim_start();
    let rest = rest.strip_prefix("zone")?.trim_start();
    let rest = rest.strip_prefix("pivot=\"")?;
    let end = rest.find('"')?;
    Some(&rest[..end])
}

fn is_zone_end(line: &str) -> bool {
    line.strip_prefix(":::")
        .is_some_and(|r| r.trim() == "zone-end")
}

/// `### <a name="anchor"></a>Text`: level, anchor, text.
fn heading(line: &str) -> Option<HeadingLine<'_>> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) || line.as_bytes().get(level) != Some(&b' ') {
        return None;
    }
    let rest = line[level + 1..].trim_start();
    let (anchor, title) = match rest.strip_prefix("<a name=\"") {
        Some(a) => {
            let q = a.find('"')?;
            let after = a[q..].strip_prefix("\"></a>")?;
            (Some(&a[..q]), after.trim())
        }
        None => (None, rest.trim()),
    };
    Some(HeadingLine {
        level: level as u8,
        anchor,
        title,
        text: line,
    })
}

/// `[!INCLUDE [title](path)]`, possibly indented: title and path.
fn include(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let rest = t.strip_prefix("[!INCLUDE [")?;
    let mid = rest.find("](")?;
    let title = &rest[..mid];
    let after = &rest[mid + 2..];
    let end = after.find(")]")?;
    if after.len() != end + 2 {
        return None;
    }
    Some((title, &after[..end]))
}

fn is_list_item(line: &str) -> bool {
    ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m))
}

/// Whether a line starts a block of its own, and so ends a paragraph or a
/// table row that runs on.
fn is_structural(line: &str) -> bool {
    zone_start(line).is_some()
        || is_zone_end(line)
        || heading(line).is_some()
        || include(line).is_some()
        || table_prefix(line).is_some()
        || line.starts_with('<')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(page: &str) -> Vec<(usize, usize, String)> {
        let cut = cut_page(page.as_bytes()).unwrap();
        cut.body
            .iter()
            .map(|r| {
                let k = format!("{:?}", r.kind);
                (
                    r.line,
                    r.gap,
                    k[..k.find([' ', '(']).unwrap_or(k.len())].to_string(),
                )
            })
            .collect()
    }

    /// Any page is cut, whatever its locale: nothing here reads a label.
    #[test]
    fn a_page_is_cut_by_the_shape_of_its_lines() {
        let page = "---\ntitle: Qualquer coisa\nms.contentlocale: pt-BR\n---\n\n# <a name=\"x\"></a>Título\n\n::: zone pivot=\"security\"\n\n| **A** | **B** |\n|:--|:--|\n| Pergunta | Sim |\n| Outra | linha\ncontinua |\n\n\n> Citação\n> segue\n- item\n* [link](https://x.example)\n<img alt=\"x\" />\n  [!INCLUDE [t](p.md)]\n::: zone-end\n";
        assert_eq!(
            kinds(page),
            vec![
                (6, 1, "Heading".to_string()),
                (8, 1, "ZoneStart".to_string()),
                (10, 1, "Table".to_string()),
                (17, 2, "Paragraph".to_string()),
                (19, 0, "ListItem".to_string()),
                (20, 0, "Html".to_string()),
                (21, 0, "Html".to_string()),
                (22, 0, "Include".to_string()),
                (23, 0, "ZoneEnd".to_string()),
            ]
        );
        let cut = cut_page(page.as_bytes()).unwrap();
        let RawKind::Table { rows, .. } = &cut.body[2].kind else {
            unreachable!()
        };
        assert_eq!(rows.len(), 4);
        assert_eq!(rows[3].text, "| Outra | linha\ncontinua |");
        assert_eq!(cut.front_matter.len(), 2);
    }
}
