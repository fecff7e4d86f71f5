//! The sign-off lock file of a locale (`locales/<L>/l10n.lock`): for every
//! translated message, a fingerprint of the reference text it was translated
//! from, that text itself, and whether the translation is intentionally
//! identical to it. It is what lets `check` tell a stale translation (the
//! reference changed since sign-off) from a current one.
//!
//! The file is sorted, line-oriented text, one key a line, so that a review
//! diff shows exactly which keys a translator signed off:
//!
//! ```text
//! general-id 6a1b0c49e7d2f385 identical "ID"
//! security-pentest 0f9d4c2b8a7e6153 "Do you perform annual penetration testing on the app?"
//! ```
//!
//! Fingerprints are the first 16 hex digits of the SHA-256 of the reference
//! entry's serialized pattern (value and attributes, as fluent-syntax's
//! serializer writes them), so that reformatting the reference catalog does
//! not make every translation stale.
//!
//! `sign-off`, `import` and `diff` read and write the file through
//! `read` and `write`; `check` parses the text it is handed.

use crate::locale::Locale;
use fluent_syntax::ast;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::io;
use std::path::{Path, PathBuf};

/// The file name of a locale's lock file, inside its catalog directory.
pub const LOCK_FILE: &str = "l10n.lock";

/// What was signed off for one key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Fingerprint of the reference text at sign-off.
    pub(crate) fingerprint: String,
    /// The translation is meant to be identical to the reference.
    pub identical: bool,
    /// The reference text at sign-off, to show how it changed since.
    pub text: String,
    /// Line in the lock file (0 for entries made in memory).
    pub(crate) line: usize,
}

/// A parsed lock file: entries by key.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Lock {
    pub entries: BTreeMap<String, Entry>,
}

/// A line of a lock file that cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{problem}")]
pub(crate) struct LockError {
    pub(crate) line: usize,
    pub(crate) problem: LineProblem,
}

/// What is wrong with a line of a lock file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub(crate) enum LineProblem {
    #[error("expected `key fingerprint \"text\"`")]
    Shape,
    #[error("`{0}` is not a message or term id")]
    NotAnId(String),
    #[error("`{0}`: expected a fingerprint and a quoted text")]
    NoFingerprint(String),
    #[error("`{key}`: `{fingerprint}` is not a fingerprint (16 hex digits)")]
    BadFingerprint { key: String, fingerprint: String },
    /// The text is not a JSON string: why, as the JSON parser says.
    #[error("`{key}`: the reference text is not a quoted string: {why}")]
    NotQuoted { key: String, why: String },
    #[error("key `{0}` is listed twice")]
    Twice(String),
}

impl Lock {
    /// Parse a lock file. Lines that cannot be read are returned as errors
    /// and the others are still used.
    pub(crate) fn parse(src: &str) -> (Lock, Vec<LockError>) {
        let mut lock = Lock::default();
        let mut errors = Vec::new();
        for (i, raw) in src.lines().enumerate() {
            let line = i + 1;
            let l = raw.trim_end_matches('\r');
            if l.trim().is_empty() || l.starts_with('#') {
                continue;
            }
            match parse_line(l) {
                Ok((key, mut entry)) => {
                    entry.line = line;
                    if lock.entries.contains_key(&key) {
                        errors.push(LockError {
                            line,
                            problem: LineProblem::Twice(key),
                        });
                        continue;
                    }
                    lock.entries.insert(key, entry);
                }
                Err(problem) => errors.push(LockError { line, problem }),
            }
        }
        (lock, errors)
    }

    /// The file's text: a header comment, then one line per key, sorted.
    pub fn serialize(&self, locale: &Locale, reference: &Locale) -> String {
        let mut out = format!(
            "# {locale}: the {reference} text each translation was signed off against.\n\
             # Written by `attest-l10n sign-off`: key, fingerprint, `identical` mark, {reference} text.\n"
        );
        for (key, e) in &self.entries {
            out.push_str(key);
            out.push(' ');
            out.push_str(&e.fingerprint);
            if e.identical {
                out.push_str(" identical");
            }
            out.push(' ');
            // A JSON string keeps the text on one line, escapes included.
            out.push_str(&serde_json::Value::String(e.text.clone()).to_string());
            out.push('\n');
        }
        out
    }
}

/// A lock file that cannot be read or written at all (a line that cannot
/// be read is a [`LockError`] instead, and the others are still used).
#[derive(Debug, thiserror::Error)]
pub(crate) enum FileError {
    #[error("{}: not UTF-8 text", .0.display())]
    NotUtf8(PathBuf),
    #[error("{}: {source}", path.display())]
    Read { path: PathBuf, source: io::Error },
    #[error("{}: cannot write: {source}", path.display())]
    Write { path: PathBuf, source: io::Error },
}

/// Where the lock file of `locale` is, under the catalog directory.
pub(crate) fn path(locales_dir: &Path, locale: &Locale) -> PathBuf {
    locales_dir.join(locale).join(LOCK_FILE)
}

/// The text of a lock file; `None` when there is no such file.
pub(crate) fn read_text(path: &Path) -> Result<Option<String>, FileError> {
    match std::fs::read(path) {
        Ok(b) => match String::from_utf8(b) {
            Ok(t) => Ok(Some(t)),
            Err(_) => Err(FileError::NotUtf8(path.to_path_buf())),
        },
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(source) => Err(FileError::Read {
            path: path.to_path_buf(),
            source,
        }),
    }
}

/// A locale's lock file (empty when there is none), where it is, and the
/// lines that cannot be read.
pub(crate) fn read(
    locales_dir: &Path,
    locale: &Locale,
) -> Result<(PathBuf, Lock, Vec<LockError>), FileError> {
    let path = path(locales_dir, locale);
    let (lock, errors) = match read_text(&path)? {
        Some(text) => Lock::parse(&text),
        None => Default::default(),
    };
    Ok((path, lock, errors))
}

/// Write a locale's lock file at `path`, atomically and only if its bytes
/// change.
pub(crate) fn write(
    path: &Path,
    lock: &Lock,
    locale: &Locale,
    reference: &Locale,
) -> Result<(), FileError> {
    let text = lock.serialize(locale, reference);
    match crate::fsio::write_if_changed(path, text.as_bytes()) {
        Ok(_) => Ok(()),
        Err(source) => Err(FileError::Write {
            path: path.to_path_buf(),
            source,
        }),
    }
}

fn parse_line(l: &str) -> Result<(String, Entry), LineProblem> {
    let (key, rest) = l.split_once(' ').ok_or(LineProblem::Shape)?;
    if !is_id(key) {
        return Err(LineProblem::NotAnId(key.to_string()));
    }
    let (fp, rest) = rest
        .split_once(' ')
        .ok_or_else(|| LineProblem::NoFingerprint(key.to_string()))?;
    if fp.len() != 16 || !fp.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Err(LineProblem::BadFingerprint {
            key: key.to_string(),
            fingerprint: fp.to_string(),
        });
    }
    let (identical, text) = match rest.strip_prefix("identical ") {
        Some(t) => (true, t),
        None => (false, rest),
    };
    let text: String = serde_json::from_str(text).map_err(|e| LineProblem::NotQuoted {
        key: key.to_string(),
        why: e.to_string(),
    })?;
    Ok((
        key.to_string(),
        Entry {
            fingerprint: fp.to_ascii_lowercase(),
            identical,
            text,
            line: 0,
        },
    ))
}

/// A Fluent message id (`general-id`) or term id (`-brand`).
pub(crate) fn is_id(s: &str) -> bool {
    let s = s.strip_prefix('-').unwrap_or(s);
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
}

/// The serialized pattern of a message or term: its value and attributes
/// as the Fluent serializer writes them, without the id and comment.
pub(crate) fn entry_text(entry: &ast::Entry<String>) -> Option<String> {
    let (id, normalized) = match entry {
        ast::Entry::Message(m) => (
            m.id.name.clone(),
            ast::Entry::Message(ast::Message {
                id: m.id.clone(),
                value: m.value.clone(),
                attributes: m.attributes.clone(),
                comment: None,
            }),
        ),
        ast::Entry::Term(t) => (
            format!("-{}", t.id.name),
            ast::Entry::Term(ast::Term {
                id: t.id.clone(),
                value: t.value.clone(),
                attributes: t.attributes.clone(),
                comment: None,
            }),
        ),
        _ => return None,
    };
    let s = fluent_syntax::serializer::serialize(&ast::Resource {
        body: vec![normalized],
    });
    let rest = s.strip_prefix(&id)?.trim_start_matches(' ');
    let rest = rest.strip_prefix('=').unwrap_or(rest);
    Some(rest.trim().to_string())
}

/// The fingerprint of a reference text: 16 hex digits of its SHA-256.
pub(crate) fn fingerprint(text: &str) -> String {
    let digest = Sha256::digest(text.as_bytes());
    digest.iter().take(8).map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(src: &str) -> ast::Entry<String> {
        let res = fluent_syntax::parser::parse(src.to_string()).unwrap();
        res.body.into_iter().next().unwrap()
    }

    #[test]
    fn reformatting_keeps_the_fingerprint() {
        let a = entry_text(&entry("a = { $n ->\n  [one] one\n *[other] many\n}\n")).unwrap();
        let b = entry_text(&entry(
            "a =\n    { $n ->\n        [one] one\n       *[other] many\n    }\n",
        ))
        .unwrap();
        assert_eq!(a, b);
        assert_eq!(fingerprint(&a), fingerprint(&b));
        assert_eq!(fingerprint(&a).len(), 16);
        let c = entry_text(&entry("# comment\nc = Hello\n    .title = T\n")).unwrap();
        assert_eq!(c, "Hello\n    .title = T");
        assert_eq!(entry_text(&entry("-brand = Contoso\n")).unwrap(), "Contoso");
    }

    #[test]
    fn lock_round_trips_and_reports_bad_lines() {
        let mut lock = Lock::default();
        lock.entries.insert(
            "b".into(),
            Entry {
                fingerprint: "0123456789abcdef".into(),
                identical: true,
                text: "ID \"x\"\nline".into(),
                line: 0,
            },
        );
        lock.entries.insert(
            "a".into(),
            Entry {
                fingerprint: "fedcba9876543210".into(),
                identical: false,
                text: "Hello".into(),
                line: 0,
            },
        );
        let l = |s: &str| s.parse::<Locale>().unwrap();
        let text = lock.serialize(&l("fr-FR"), &l("en-US"));
        assert!(text.contains("\na fedcba9876543210 \"Hello\"\nb 0123456789abcdef identical \"ID \\\"x\\\"\\nline\"\n"));
        let (back, errors) = Lock::parse(&text);
        assert!(errors.is_empty(), "{errors:?}");
        assert_eq!(back.entries["b"].text, "ID \"x\"\nline");
        assert!(back.entries["b"].identical);
        let (_, errors) = Lock::parse("a 123 \"x\"\nb 0123456789abcdef x\n\u{1f600}\na fedcba9876543210 \"y\"\na fedcba9876543210 \"y\"\n");
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 2, 3, 5]);
    }
}
