//! Lexical pieces of a page: lines, table cells, inline HTML and Markdown
//! links. Nothing here knows about catalogs; it only cuts text into content
//! and layout, where the layout is the line with each piece of content
//! replaced by `{}` (literal braces doubled, see `crate::layout`).

use crate::layout::{esc, esc_into};

/// A table line cut into cells.
#[derive(Debug, Clone, PartialEq)]
pub struct TableLine {
    /// Cell contents, trimmed.
    pub cells: Vec<String>,
    /// The line with each cell's content replaced by `{}`.
    pub(crate) layout: String,
}

/// Whether a line is a table line (`|…`, `>|…`, `> |…`), and its quote prefix.
pub fn table_prefix(line: &str) -> Option<&str> {
    if line.starts_with('|') {
        return Some("");
    }
    let rest = line.strip_prefix('>')?;
    let trimmed = rest.trim_start_matches(' ');
    if trimmed.starts_with('|') {
        Some(&line[..line.len() - trimmed.len()])
    } else {
        None
    }
}

/// Cut a table line into cells on pipes that are not escaped (`\|`).
pub fn split_table_line(line: &str, prefix: &str) -> TableLine {
    split_table_line_max(line, prefix, usize::MAX)
}

/// Cut a table line into at most `max` cells (`max` ≥ 1): pipes after the
/// last cell's start belong to that cell.
pub(crate) fn split_table_line_max(line: &str, prefix: &str, max: usize) -> TableLine {
    let body = &line[prefix.len()..];
    // Positions of unescaped pipes.
    let mut pipes = Vec::new();
    let bytes = body.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'|' => {
                pipes.push(i);
                i += 1;
            }
            _ => i += 1,
        }
    }
    let mut cells = Vec::with_capacity(pipes.len() + 1);
    let mut layout = String::with_capacity(line.len());
    esc_into(&mut layout, prefix);
    let mut start = 0;
    let mut bounds: Vec<(usize, usize)> = Vec::new();
    for &p in &pipes {
        if p > start || (p == start && start > 0) {
            bounds.push((start, p));
        }
        start = p + 1;
    }
    // Text after the last pipe is a cell only if it is not blank.
    let tail_is_cell = !body[start..].trim().is_empty();
    if tail_is_cell {
        bounds.push((start, body.len()));
    }
    // At most `max` cells: the last one takes the rest of the row.
    if bounds.len() > max {
        let end = bounds[bounds.len() - 1].1;
        bounds.truncate(max);
        bounds[max - 1].1 = end;
    }
    // Rebuild layout: pipes and whitespace stay, content becomes {}.
    let mut pos = 0;
    for (a, b) in bounds {
        esc_into(&mut layout, &body[pos..a]);
        let raw = &body[a..b];
        let content = raw.trim();
        let lead = raw.len() - raw.trim_start().len();
        let lead = if content.is_empty() {
            raw.len().min(1)
        } else {
            lead
        };
        let trail_start = lead + content.len();
        esc_into(&mut layout, &raw[..lead]);
        layout.push_str("{}");
        esc_into(&mut layout, &raw[trail_start..]);
        cells.push(content.to_string());
        pos = b;
    }
    esc_into(&mut layout, &body[pos..]);
    TableLine { cells, layout }
}

/// Whether a table line is a separator row (`|:---|:---:|`).
pub(crate) fn is_separator(cells: &[String]) -> bool {
    !cells.is_empty()
        && cells.iter().all(|c| {
            let t = c.trim();
            !t.is_empty() && t.chars().all(|ch| matches!(ch, '-' | ':' | ' ')) && t.contains('-')
        })
}

/// Markup around a cell's content that belongs to the page, not the text:
/// `&nbsp;` indentation, `**bold**`, `[**bold link**](target)`.
pub fn unwrap_cell(content: &str) -> (String, &str, String) {
    let mut prefix = String::new();
    let mut inner = content;
    while let Some(rest) = inner.strip_prefix("&nbsp;") {
        prefix.push_str("&nbsp;");
        inner = rest;
    }
    if let Some(rest) = inner.strip_prefix("[**") {
        if let Some(close) = rest.find("**](") {
            let target = &rest[close + 4..];
            if target.ends_with(')') && !target[..target.len() - 1].contains(')') {
                prefix.push_str("[**");
                return (prefix, &rest[..close], format!("**]({}", esc(target)));
            }
        }
    }
    if inner.len() >= 4 && inner.starts_with("**") && inner.ends_with("**") {
        let mid = &inner[2..inner.len() - 2];
        if !mid.contains("**") {
            prefix.push_str("**");
            return (prefix, mid, "**".to_string());
        }
    }
    (prefix, inner, String::new())
}

/// A piece of an inline line (HTML or Markdown links).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Seg {
    /// Page structure, kept as is.
    Layout(String),
    /// Text shown to the reader: a label.
    Text(String),
    /// An absolute URL: data.
    Url(String),
}

/// Cut a line of inline HTML and Markdown links into layout, texts and URLs.
/// `alt` and `title` attributes and text between tags are texts; absolute
/// `href` and `src` URLs and Markdown link targets are URLs.
pub(crate) fn inline_segments(line: &str) -> Vec<Seg> {
    let mut segs = Vec::new();
    let bytes = line.as_bytes();
    let mut i = 0;
    let mut text_start = 0;
    let mut dead = Vec::new();
    while i < bytes.len() {
        if bytes[i] == b'<'
            && bytes
                .get(i + 1)
                .is_some_and(|b| b.is_ascii_alphabetic() || *b == b'/')
        {
            if let Some(end) = tag_end(line, i, &mut dead) {
                text_segments(&line[text_start..i], text_start == 0, &mut segs);
                tag_segments(&line[i..end], &mut segs);
                i = end;
                text_start = end;
                continue;
            }
        }
        i += 1;
    }
    text_segments(&line[text_start..], text_start == 0, &mut segs);
    merge_layout(segs)
}

/// Where the tag that opens at `start` ends (after its `>`), skipping `>`
/// inside quotes.
///
/// `dead` makes a line of many unclosed tags linear instead of quadratic:
/// it holds, per byte, the quote states (bits, see `state_bit`) from which
/// an earlier scan of the same line ran to the end without finding a `>`.
/// A scan that reaches such a state fails the same way, so it stops there;
/// each (byte, state) pair is scanned at most once by failing scans, and
/// `dead` is only allocated once a scan has failed.
fn tag_end(line: &str, start: usize, dead: &mut Vec<u8>) -> Option<usize> {
    let bytes = line.as_bytes();
    let step = |quote: Option<u8>, b: u8| match quote {
        Some(q) if b == q => None,
        Some(q) => Some(q),
        None if b == b'"' || b == b'\'' => Some(b),
        None => None,
    };
    let mut quote: Option<u8> = None;
    let mut i = start + 1;
    while i < bytes.len() {
        if dead.get(i).is_some_and(|d| d & state_bit(quote) != 0) {
            break;
        }
        let b = bytes[i];
        if quote.is_none() && b == b'>' {
            return Some(i + 1);
        }
        quote = step(quote, b);
        i += 1;
    }
    // No end: remember every (byte, state) this scan went through.
    if dead.is_empty() {
        dead.resize(bytes.len(), 0);
    }
    let stop = i;
    let mut quote: Option<u8> = None;
    for (j, &b) in bytes.iter().enumerate().take(stop).skip(start + 1) {
        dead[j] |= state_bit(quote);
        quote = step(quote, b);
    }
    None
}

fn state_bit(quote: Option<u8>) -> u8 {
    match quote {
        None => 1,
        Some(b'"') => 2,
        Some(_) => 4,
    }
}

fn tag_segments(tag: &str, segs: &mut Vec<Seg>) {
    // Attributes: name="value" or name='value'.
    let bytes = tag.as_bytes();
    let mut last = 0;
    let mut i = 0;
    // Just after the last whitespace before `i`: where an attribute name
    // starts. Kept as the scan goes, so that a tag of many attributes is not
    // searched backwards once per attribute.
    let mut name_start = 0;
    let mut scanned = 0;
    while i < bytes.len() {
        if bytes[i] == b'=' && matches!(bytes.get(i + 1), Some(b'"') | Some(b'\'')) {
            let q = bytes[i + 1];
            if let Some((p, c)) = tag[scanned..i]
                .char_indices()
                .rev()
                .find(|(_, c)| c.is_whitespace())
            {
                name_start = scanned + p + c.len_utf8();
            }
            scanned = i;
            // Only short names matter (`href`, `src`, `alt`, `title`).
            let name = if i - name_start <= 8 {
                tag[name_start..i].to_ascii_lowercase()
            } else {
                String::new()
            };
            let vstart = i + 2;
            if let Some(len) = tag[vstart..].find(q as char) {
                let value = &tag[vstart..vstart + len];
                let kind = match name.as_str() {
                    "href" | "src" if is_absolute_url(value) => Some(Seg::Url(value.to_string())),
                    "alt" | "title" if !value.trim().is_empty() => {
                        Some(Seg::Text(value.to_string()))
                    }
                    _ => None,
                };
                if let Some(seg) = kind {
                    segs.push(Seg::Layout(tag[last..vstart].to_string()));
                    segs.push(seg);
                    last = vstart + len;
                }
                i = vstart + len + 1;
                continue;
            }
        }
        i += 1;
    }
    segs.push(Seg::Layout(tag[last..].to_string()));
}

fn text_segments(text: &str, at_line_start: bool, segs: &mut Vec<Seg>) {
    if text.is_empty() {
        return;
    }
    let mut rest = text;
    if at_line_start {
        for marker in ["* ", "- ", "+ "] {
            if let Some(r) = rest.strip_prefix(marker) {
                segs.push(Seg::Layout(marker.to_string()));
                rest = r;
                break;
            }
        }
    }
    // Markdown links [text](url).
    while let Some(open) = rest.find('[') {
        let Some(close_rel) = rest[open..].find("](") else {
            break;
        };
        let close = open + close_rel;
        let Some(end_rel) = rest[close + 2..].find(')') else {
            break;
        };
        let end = close + 2 + end_rel;
        push_text(&rest[..open], segs);
        segs.push(Seg::Layout("[".to_string()));
        segs.push(Seg::Text(rest[open + 1..close].to_string()));
        let url = &rest[close + 2..end];
        if is_absolute_url(url) {
            segs.push(Seg::Layout("](".to_string()));
            segs.push(Seg::Url(url.to_string()));
            segs.push(Seg::Layout(")".to_string()));
        } else {
            segs.push(Seg::Layout(format!("]({url})")));
        }
        rest = &rest[end + 1..];
    }
    push_text(rest, segs);
}

fn push_text(text: &str, segs: &mut Vec<Seg>) {
    // Punctuation alone (a stray `| **** |`) is not text anyone reads.
    if !text.chars().any(char::is_alphanumeric) {
        if !text.is_empty() {
            segs.push(Seg::Layout(text.to_string()));
        }
        return;
    }
    let lead = text.len() - text.trim_start().len();
    let trail = text.trim_end().len();
    if lead > 0 {
        segs.push(Seg::Layout(text[..lead].to_string()));
    }
    segs.push(Seg::Text(text[lead..trail].to_string()));
    if trail < text.len() {
        segs.push(Seg::Layout(text[trail..].to_string()));
    }
}

fn merge_layout(segs: Vec<Seg>) -> Vec<Seg> {
    let mut out: Vec<Seg> = Vec::with_capacity(segs.len());
    for s in segs {
        match (out.last_mut(), s) {
            (Some(Seg::Layout(a)), Seg::Layout(b)) => a.push_str(&b),
            (_, s) => out.push(s),
        }
    }
    out
}

pub(crate) fn is_absolute_url(s: &str) -> bool {
    s.starts_with("https://") || s.starts_with("http://")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::{fill, hole_contexts};

    #[test]
    fn table_lines_cut_into_cells_and_layout() {
        let t = split_table_line("| Nom | Oui |", "");
        assert_eq!(t.cells, vec!["Nom", "Oui"]);
        assert_eq!(t.layout, "| {} | {} |");
        assert_eq!(fill(&t.layout, &t.cells), "| Nom | Oui |");
        let t = split_table_line(">|   **a**  | b \\| c | |", ">");
        assert_eq!(t.cells, vec!["**a**", "b \\| c", ""]);
        assert_eq!(fill(&t.layout, &t.cells), ">|   **a**  | b \\| c | |");
    }

    #[test]
    fn cell_markup_is_layout() {
        let (p, inner, s) = unwrap_cell("[**SÉCURITÉ**](../docs/x.md#a)");
        assert_eq!(
            (p.as_str(), inner, s.as_str()),
            ("[**", "SÉCURITÉ", "**](../docs/x.md#a)")
        );
        let (p, inner, _) = unwrap_cell("&nbsp;&nbsp;Test de pénétration");
        assert_eq!((p.as_str(), inner), ("&nbsp;&nbsp;", "Test de pénétration"));
    }

    #[test]
    fn inline_html_cut_into_slots() {
        let segs = inline_segments(
            "* <a href=\"https://appsource.microsoft.com/x\" target=\"_blank\">Afficher dans AppSource</a>",
        );
        assert_eq!(
            segs,
            vec![
                Seg::Layout("* <a href=\"".into()),
                Seg::Url("https://appsource.microsoft.com/x".into()),
                Seg::Layout("\" target=\"_blank\">".into()),
                Seg::Text("Afficher dans AppSource".into()),
                Seg::Layout("</a>".into()),
            ]
        );
        let segs = inline_segments("<img alt=\"Badge\" src=\"../media/a.png\" />");
        assert_eq!(segs[1], Seg::Text("Badge".into()));
        assert_eq!(hole_contexts("<img alt=\"{}\" /> {}"), vec!['"', ' ']);
    }
}
