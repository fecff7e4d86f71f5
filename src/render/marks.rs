//! Marks of [`render_marked`](super::render_marked): where each text of a
//! rendered page came from ([`Origin`]), and the private-use sentinels
//! that carry it through Markdown to the review site.

use crate::record::Record;

/// Where a text on a rendered page came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Origin {
    /// The canonical message of the locale written.
    Canonical,
    /// A recognized variant (`variants/`): the published page's wording.
    Variant,
    /// The reference locale's message: the locale has none (canonical
    /// mode), or the published page left the reference's wording.
    Reference,
    /// Another locale's wording, left on the published page.
    OtherLocale,
    /// Published text that is no catalog wording byte for byte (read by
    /// similarity or with other typography).
    Published,
    /// Free text a person wrote in the locale: a translation from
    /// `pages/`, or the publisher's own text in its language.
    FreeText,
    /// Free text machine-translated into the locale.
    Machine,
    /// Free text in another language, for want of a translation.
    Untranslated,
    /// Text no label matched, as the page had it.
    Unrecognized,
}

impl Origin {
    pub const ALL: [Origin; 9] = [
        Origin::Canonical,
        Origin::Variant,
        Origin::Reference,
        Origin::OtherLocale,
        Origin::Published,
        Origin::FreeText,
        Origin::Machine,
        Origin::Untranslated,
        Origin::Unrecognized,
    ];

    /// The origin's name, as the review site shows it.
    pub fn name(self) -> &'static str {
        match self {
            Origin::Canonical => "canonical",
            Origin::Variant => "variant",
            Origin::Reference => "reference",
            Origin::OtherLocale => "other-locale",
            Origin::Published => "published",
            Origin::FreeText => "free-text",
            Origin::Machine => "machine",
            Origin::Untranslated => "untranslated",
            Origin::Unrecognized => "unrecognized",
        }
    }
}

/// One marked text: where it came from, and its key (a message id, a free
/// text's id; empty for unrecognized text).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mark {
    pub origin: Origin,
    pub key: String,
}

/// The private-use characters [`render_marked`](super::render_marked) wraps texts in:
/// `OPEN`, the mark's index in decimal digits `DIGIT_0`..`DIGIT_0 + 9`,
/// `SEP`, the text, `CLOSE`. A text that holds characters of this range
/// (from a page or a catalog) has them replaced by U+FFFD before it is
/// wrapped, so that every sentinel in a marked page is the renderer's.
pub mod sentinel {
    pub const OPEN: char = '\u{E000}';
    pub const SEP: char = '\u{E001}';
    pub const CLOSE: char = '\u{E002}';
    /// The digit 0; 1 to 9 follow it.
    pub const DIGIT_0: char = '\u{E010}';

    /// Whether `c` is in the range sentinels are taken from.
    pub fn is_sentinel(c: char) -> bool {
        ('\u{E000}'..='\u{E01F}').contains(&c)
    }

    /// `s` with every character of the sentinel range replaced by U+FFFD.
    pub fn strip(s: &str) -> std::borrow::Cow<'_, str> {
        if s.contains(is_sentinel) {
            s.chars()
                .map(|c| if is_sentinel(c) { '\u{FFFD}' } else { c })
                .collect::<String>()
                .into()
        } else {
            s.into()
        }
    }

    /// The opening of mark `index`: `OPEN`, digits, `SEP`.
    pub fn open(index: usize, out: &mut String) {
        out.push(OPEN);
        for d in index.to_string().bytes() {
            out.push(char::from_u32(DIGIT_0 as u32 + u32::from(d - b'0')).unwrap_or(DIGIT_0));
        }
        out.push(SEP);
    }
}

/// A record with the characters of the sentinel range replaced, if it
/// holds any: pages and catalogs cannot forge a mark.
pub(super) fn without_sentinels(record: &Record) -> Option<Record> {
    let json = serde_json::to_string(record).ok()?;
    if !json.contains(sentinel::is_sentinel) {
        return None;
    }
    serde_json::from_str(&sentinel::strip(&json)).ok()
}

/// One line of a marked text: what starts a block (indentation, block
/// quote markers, a list marker, a heading's `#`s) stays before the
/// sentinels, trailing spaces (a hard break) after them; a table row
/// (`row`, or a line whose text starts with `|`) is marked cell by cell.
pub(super) fn wrap_line(line: &str, index: usize, row: bool, out: &mut String) {
    let p = block_prefix(line);
    let (head, body) = line.split_at(p);
    out.push_str(head);
    if row || body.starts_with('|') {
        wrap_cells(body, index, out);
    } else {
        wrap_text(body, index, out);
    }
}

/// `text` between the sentinels of mark `index`, with its surrounding
/// spaces outside; blank text as it is.
fn wrap_text(text: &str, index: usize, out: &mut String) {
    let body = text.trim_start_matches([' ', '\t']);
    let lead = &text[..text.len() - body.len()];
    let trimmed = body.trim_end_matches([' ', '\t']);
    out.push_str(lead);
    if trimmed.is_empty() {
        out.push_str(body);
        return;
    }
    sentinel::open(index, out);
    out.push_str(trimmed);
    out.push(sentinel::CLOSE);
    out.push_str(&body[trimmed.len()..]);
}

/// A table row's cells, each marked: cut at every `|` that no backslash
/// escapes.
fn wrap_cells(row: &str, index: usize, out: &mut String) {
    let mut start = 0;
    let mut backslashes = 0;
    for (i, c) in row.char_indices() {
        match c {
            '\\' => backslashes += 1,
            '|' if backslashes % 2 == 0 => {
                wrap_text(&row[start..i], index, out);
                out.push('|');
                start = i + 1;
                backslashes = 0;
            }
            _ => backslashes = 0,
        }
    }
    wrap_text(&row[start..], index, out);
}

/// The length of what starts a block on a Markdown line: indentation,
/// block quote markers, then a list marker or a heading's `#`s with the
/// spaces after them.
fn block_prefix(line: &str) -> usize {
    let b = line.as_bytes();
    let spaces = |mut i: usize| {
        while i < b.len() && (b[i] == b' ' || b[i] == b'\t') {
            i += 1;
        }
        i
    };
    let mut i = spaces(0);
    while b.get(i) == Some(&b'>') {
        i = spaces(i + 1);
    }
    let space_at = |j: usize| matches!(b.get(j), Some(b' ' | b'\t'));
    if matches!(b.get(i), Some(b'-' | b'*' | b'+')) && space_at(i + 1) {
        return spaces(i + 1);
    }
    let digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
    if (1..=9).contains(&digits)
        && matches!(b.get(i + digits), Some(b'.' | b')'))
        && space_at(i + digits + 1)
    {
        return spaces(i + digits + 1);
    }
    let hashes = b[i..].iter().take_while(|&&c| c == b'#').count();
    if (1..=6).contains(&hashes) && (i + hashes == b.len() || space_at(i + hashes)) {
        return spaces(i + hashes);
    }
    i
}
