//! Quoting and unquoting YAML scalars as pages write them: front matter
//! values read into labels and written back, inside the quotes the page
//! used or plain when YAML reads them back unchanged.

use super::plain::is_plain_string;

/// A scalar's text as reading takes it, and its quote character: single
/// quotes have their doubled quotes undone; double-quoted text is kept as
/// written (its escapes are not read).
pub(crate) fn unquote(raw: &str) -> (String, Option<char>) {
    match raw.chars().next() {
        Some('\'') if raw.len() >= 2 && raw.ends_with('\'') => {
            (raw[1..raw.len() - 1].replace("''", "'"), Some('\''))
        }
        Some('"') if raw.len() >= 2 && raw.ends_with('"') => {
            (raw[1..raw.len() - 1].to_string(), Some('"'))
        }
        _ => (raw.to_string(), None),
    }
}

/// Whether `text`, read by [`unquote`] from inside `quote`, is written back
/// as `body`, the bytes between the quotes.
pub(crate) fn requotes_to(text: &str, quote: char, body: &str) -> bool {
    if quote == '\'' {
        in_single(text) == body
    } else {
        text == body
    }
}

/// A value with the quotes around it taken off, without reading escapes
/// (`ms.contentlocale: "fr-FR"`).
pub(crate) fn strip_quotes(v: &str) -> String {
    let t = v.trim();
    if t.len() >= 2
        && ((t.starts_with('"') && t.ends_with('"')) || (t.starts_with('\'') && t.ends_with('\'')))
    {
        t[1..t.len() - 1].to_string()
    } else {
        t.to_string()
    }
}

/// Whether a quoted value is still open after `text`, which starts inside
/// it: `Some(quote)` if no closing quote ends it there. In double quotes
/// `\` escapes the next character; in single quotes `''` is a quote.
pub(crate) fn open_after(text: &str, quote: char) -> Option<char> {
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' if quote == '"' => {
                chars.next();
            }
            c if c == quote => {
                if quote == '\'' && chars.peek() == Some(&'\'') {
                    chars.next();
                } else {
                    return None;
                }
            }
            _ => {}
        }
    }
    Some(quote)
}

/// Text inside single quotes: quotes doubled.
fn in_single(s: &str) -> String {
    s.replace('\'', "''")
}

/// Text inside double quotes: backslashes and quotes escaped.
fn in_double(s: &str) -> String {
    s.replace('\\', "\\\\").replace('"', "\\\"")
}

/// A value on one line written after `name: `, inside `quote` (`"` or `'`)
/// or plain (any other char), so that YAML reads it back as the same
/// string: a plain value that YAML would read otherwise (`a: b`, `#x`,
/// `[x`) is put in double quotes.
pub(crate) fn value_in(one_line: &str, quote: char) -> String {
    match quote {
        '"' => in_double(one_line),
        '\'' => in_single(one_line),
        _ if plain_safe(one_line) => one_line.to_string(),
        _ => format!("\"{}\"", in_double(one_line)),
    }
}

/// Whether YAML reads `s` written plain as exactly the string `s`: a
/// conservative test, without the parser.
fn plain_safe(s: &str) -> bool {
    if s.is_empty() {
        return true;
    }
    let first = s.chars().next().unwrap_or(' ');
    !first.is_whitespace()
        && !s.ends_with(char::is_whitespace)
        && !"-?:,[]{}#&*!|>'\"%@`".contains(first)
        && !s.contains(": ")
        && !s.contains(" #")
        && !s.ends_with(':')
}

/// Make a label a valid YAML scalar in its field layout: escaped inside
/// quotes the layout already has, single-quoted where plain YAML would read
/// it as something else (`: `, a leading `[`, `#`…) and `may_quote`.
pub(crate) fn label_in_layout(layout: &str, value: String, may_quote: bool) -> (String, String) {
    if layout.ends_with("'{}'") {
        return (layout.to_string(), in_single(&value));
    }
    if layout.ends_with("\"{}\"") {
        return (layout.to_string(), in_double(&value));
    }
    if !may_quote || is_plain_string(&value) {
        return (layout.to_string(), value);
    }
    if super::read_plain(&value).as_deref() == Some(value.as_str()) {
        return (layout.to_string(), value);
    }
    (layout.replacen("{}", "'{}'", 1), in_single(&value))
}
