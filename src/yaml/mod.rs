//! Every YAML read, write and quoting decision of the crate: parsing
//! (records, the page template, policies, front matter, YAML label files),
//! the record writer, and when a value is written plain, single-quoted or
//! double-quoted. serde_yaml is used here and nowhere else, so that it can
//! be replaced by changing this folder only.
//!
//! - [`plain`]: a quick test that front matter is plain `key: value` YAML,
//!   so that the parser only sees the rest;
//! - [`quote`]: quoting and unquoting scalars the way pages write them;
//! - [`write`]: records written as YAML, serde_yaml's bytes, faster.

mod plain;
mod quote;
mod write;

pub(crate) use plain::is_plain_mapping;
pub(crate) use quote::{label_in_layout, open_after, requotes_to, strip_quotes, unquote, value_in};
pub(crate) use write::to_string;

use serde::de::DeserializeOwned;

/// YAML that does not parse, or does not hold what was asked for.
#[derive(Debug)]
pub struct Error(serde_yaml::Error);

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for Error {}

impl Error {
    /// 1-based line and column of the error, when the parser knows them.
    pub(crate) fn location(&self) -> Option<(usize, usize)> {
        self.0.location().map(|l| (l.line(), l.column()))
    }

    /// The message without the parser's ` at line … column …`.
    pub(crate) fn message(&self) -> String {
        let msg = self.0.to_string();
        msg.split(" at line ").next().unwrap_or(&msg).to_string()
    }

    /// `line:column: message`, or the message alone.
    pub(crate) fn with_position(&self) -> String {
        match self.location() {
            Some((line, column)) => format!("{line}:{column}: {self}"),
            None => self.to_string(),
        }
    }
}

/// Parse YAML into a value of type `T`: the one entry for reading YAML.
pub(crate) fn from_str<T: DeserializeOwned>(src: &str) -> Result<T, Error> {
    serde_yaml::from_str(src).map_err(Error)
}

/// Whether `src` is YAML at all.
pub(crate) fn check(src: &str) -> Result<(), Error> {
    from_str::<serde_yaml::Value>(src).map(drop)
}

/// The top-level keys of a YAML mapping, in order (`None` for a key that is
/// not a string); no keys when the document is not a mapping.
pub(crate) fn mapping_keys(src: &str) -> Result<Vec<Option<String>>, Error> {
    Ok(match from_str::<serde_yaml::Value>(src)? {
        serde_yaml::Value::Mapping(m) => m.keys().map(|k| k.as_str().map(str::to_string)).collect(),
        _ => Vec::new(),
    })
}

/// The string YAML reads from `value` written plain after `k: `, if it
/// reads as a string.
fn read_plain(value: &str) -> Option<String> {
    from_str::<serde_yaml::Value>(&format!("k: {value}"))
        .ok()
        .and_then(|v| v.get("k").and_then(|s| s.as_str().map(str::to_string)))
}

/// The mapping keys of a block-style YAML document with their indentation
/// and 1-based line, in order: where each key of a nested mapping is, for
/// messages that name a line (serde_yaml gives values, not positions).
/// Lines that are comments, list items or not `key:` are skipped.
pub(crate) fn key_lines(src: &str) -> Vec<(usize, String, usize)> {
    let mut out = Vec::new();
    for (i, line) in src.lines().enumerate() {
        let body = line.trim_start_matches(' ');
        if body.is_empty() || body.starts_with('#') || body.starts_with('-') {
            continue;
        }
        let indent = line.len() - body.len();
        let key = if let Some(q) = body.chars().next().filter(|c| *c == '"' || *c == '\'') {
            match body[1..].find(q) {
                Some(end) if body[end + 2..].trim_start().starts_with(':') => {
                    read_plain(&body[..end + 2]).unwrap_or_else(|| body[1..end + 1].to_string())
                }
                _ => continue,
            }
        } else {
            match body
                .find(": ")
                .or_else(|| body.strip_suffix(':').map(|b| b.len()))
            {
                Some(end) => body[..end].trim_end().to_string(),
                None => continue,
            }
        };
        out.push((indent, key, i + 1));
    }
    out
}
