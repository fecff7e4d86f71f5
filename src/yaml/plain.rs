//! A quick test that front matter is plain YAML (`key: value` lines of
//! simple scalars), so that the full YAML parser only runs on front matter
//! that needs it. Checking every page's front matter with `serde_yaml` was a
//! tenth of the time of reading the corpus; nearly every page has the plain
//! form.
//!
//! The test is conservative: `true` means the YAML parser would certainly
//! accept the text; `false` means "ask the parser", which then says whether
//! it is valid and, if not, where and why. Errors are therefore always the
//! parser's.

/// Whether every line is `key: value` with a distinct plain key and a value
/// that is a plain, single-quoted or double-quoted scalar without escapes,
/// all of which YAML accepts.
pub(crate) fn is_plain_mapping(lines: &[&str]) -> bool {
    if lines.is_empty() {
        return false;
    }
    let mut keys: Vec<&str> = Vec::with_capacity(lines.len());
    for line in lines {
        let Some((key, value)) = line.split_once(": ") else {
            return false;
        };
        if !plain_key(key) || !scalar(value) || keys.contains(&key) {
            return false;
        }
        keys.push(key);
    }
    true
}

/// A short key that YAML reads as a string: a letter or `_`, then letters, digits,
/// `_`, `.` and `-`, and none of the words that resolve to something else
/// (`true`, `null`…): two keys that differ as text then differ as values.
fn plain_key(key: &str) -> bool {
    let b = key.as_bytes();
    // YAML limits implicit keys to 1024 characters.
    if b.is_empty() || b.len() > 128 || !(b[0].is_ascii_alphabetic() || b[0] == b'_') {
        return false;
    }
    if !b
        .iter()
        .all(|&c| c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.' | b'-'))
    {
        return false;
    }
    let lower = key.to_ascii_lowercase();
    !matches!(
        lower.as_str(),
        "true" | "false" | "null" | "yes" | "no" | "on" | "off" | "y" | "n"
    )
}

/// Characters YAML accepts in a scalar on one line: printable, not a line
/// break (YAML also breaks lines on NEL, LS and PS), not a byte-order mark.
fn printable(c: char) -> bool {
    match c {
        '\t' => true,
        '\u{20}'..='\u{7e}' => true,
        '\u{a0}'..='\u{d7ff}' => !matches!(c, '\u{2028}' | '\u{2029}'),
        '\u{e000}'..='\u{fffd}' => c != '\u{feff}',
        '\u{10000}'..='\u{10ffff}' => true,
        _ => false,
    }
}

/// Whether YAML reads `value`, written plain after `key: `, as a string
/// equal to it. A plain scalar with a space inside is never a null, a
/// boolean or a number, and keeps its inner spaces.
pub(crate) fn is_plain_string(value: &str) -> bool {
    !value.is_empty()
        && value.contains(' ')
        && value.chars().all(printable)
        && !value.contains('\t')
        && plain_scalar(value)
}

fn scalar(value: &str) -> bool {
    if value.is_empty() || !value.chars().all(printable) || value.contains('\t') {
        return false;
    }
    let b = value.as_bytes();
    match b[0] {
        b'"' => {
            let inner = &value[1..];
            // One closing quote, at the end; no escapes to check.
            inner.ends_with('"') && !inner[..inner.len() - 1].contains(['"', '\\'])
        }
        b'\'' => {
            let Some(inner) = value[1..].strip_suffix('\'') else {
                return false;
            };
            // Quotes inside come in pairs (`''`).
            inner.split("''").all(|part| !part.contains('\''))
        }
        _ => plain_scalar(value),
    }
}

/// Whether YAML reads a scalar that starts with `b` as something other
/// than a plain string whatever follows: a flow, comment, anchor, alias,
/// tag, block, quote or reserved indicator. (`-`, `?` and `:` start a plain
/// scalar when a non-space follows.)
pub(crate) fn never_starts_plain(b: u8) -> bool {
    b"#,[]{}&*!|>'\"%@`".contains(&b)
}

/// A plain scalar on one line in block context: it does not start with an
/// indicator or a space, has no `: ` or ` #` inside, and does not end with
/// `:` or a space.
fn plain_scalar(value: &str) -> bool {
    let first = value.as_bytes()[0];
    if never_starts_plain(first) || matches!(first, b'-' | b'?' | b':' | b' ') {
        return false;
    }
    !value.contains(": ") && !value.contains(" #") && !value.ends_with([':', ' '])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every case the quick test accepts must be valid YAML; the ones it
    /// refuses may be valid or not.
    fn check(src: &str, plain: bool) {
        let lines: Vec<&str> = src.lines().collect();
        assert_eq!(is_plain_mapping(&lines), plain, "{src:?}");
        if plain {
            assert!(
                serde_yaml::from_str::<serde_yaml::Value>(src).is_ok(),
                "accepted but not YAML: {src:?}"
            );
        }
    }

    #[test]
    fn accepts_plain_front_matter() {
        check(
            "title: Informations sur l’application pour Contoso by Contoso, Inc.\nms.date: 07/07/2022\nms.locfileid: \"66704163\"\ndescription: 'l''app [x] {y} #1'",
            true,
        );
        check(
            "a: b:c\nc_d: x # not a comment? no: `#` needs a space before",
            false,
        );
        check("a: b#c", true);
    }

    #[test]
    fn plain_strings_read_back_as_themselves() {
        let read = |v: &str| {
            serde_yaml::from_str::<serde_yaml::Value>(&format!("k: {v}"))
                .ok()
                .and_then(|y| y.get("k").and_then(|s| s.as_str().map(str::to_string)))
        };
        for v in [
            "Informations sur l’application pour Contoso by Contoso, Inc.",
            "a  b",
            "x [y] {z} \"q\" 'r' a#s",
            "1 2",
            "true story",
        ] {
            assert!(is_plain_string(v), "{v:?}");
            assert_eq!(read(v).as_deref(), Some(v));
        }
        for v in [
            "true", "12", "~", "a: b", "a #b", "- a", "a ", " a", "'a b'", "a\tb c",
        ] {
            assert!(!is_plain_string(v), "{v:?}");
        }
    }

    #[test]
    fn refuses_what_it_cannot_vouch_for() {
        for src in [
            "",
            "a: b\na: c",
            "True: x\ntrue: y",
            "a: - b",
            "a: b: c",
            "a: b #c",
            "a: *alias",
            "a: !tag x",
            "a: |",
            "a: \"x\\\"\"",
            "a: \"x\" y\"",
            "a: 'x' y'",
            "a: b:",
            "a: b ",
            "a:\n  - b",
            "# comment\na: b",
            "a: \u{2028}",
            "a: x\u{feff}",
            "a: tab\there",
            "1a: b",
        ] {
            check(src, false);
        }
    }
}
