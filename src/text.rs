//! Text helpers shared by reading, rendering and checking: HTML entity
//! decoding, line:column positions and slugs. (The typographic
//! normalization recognition is tolerant to is in `recognize::normalize`.)

/// Decode one HTML entity at the start of `s`: `&#8217;`, `&#x2019;`,
/// `&amp;`, `&nbsp;`, `&lt;`, `&gt;`, `&quot;`, `&apos;`. Returns the char and
/// the entity's length in bytes.
pub(crate) fn decode_entity(s: &str) -> Option<(char, usize)> {
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let body = &s[1..end];
    let c = if let Some(num) = body.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix('x').or_else(|| num.strip_prefix('X')) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        char::from_u32(code)?
    } else {
        match body {
            "amp" => '&',
            "nbsp" => '\u{00A0}',
            "lt" => '<',
            "gt" => '>',
            "quot" => '"',
            "apos" => '\'',
            _ => return None,
        }
    };
    Some((c, end + 1))
}

/// Decode every HTML entity in `s`.
pub(crate) fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        if s.as_bytes()[i] == b'&' {
            if let Some((c, len)) = decode_entity(&s[i..]) {
                out.push(c);
                i += len;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap_or(' ');
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// 1-based line and column (in chars) of byte offset `at` in `src`.
pub(crate) fn line_col(src: &str, at: usize) -> (usize, usize) {
    let at = at.min(src.len());
    let before = &src.as_bytes()[..at];
    let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |p| p + 1);
    let col = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, col)
}

/// A readable id from text: lower-case ASCII letters and digits joined by
/// hyphens (`User.Read.All` gives `user-read-all`).
pub(crate) fn slug(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recognize::normalize::word_similarity;

    #[test]
    fn entities_decode() {
        assert_eq!(
            decode_entities("a &amp; b&#8217;s &#x41; &bogus;"),
            "a & b’s A &bogus;"
        );
    }

    #[test]
    fn similarity_and_slug() {
        assert!(word_similarity("a b c d", "a b c e") > 0.7);
        assert!(word_similarity("a b c d", "x y z") < 0.01);
        assert_eq!(slug("User.Read.All"), "user-read-all");
        assert_eq!(line_col("ab\ncd", 4), (2, 2));
    }
}
