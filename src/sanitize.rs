//! Neutralizing text that people outside the page's structure wrote (a
//! publisher's free-text answer, a translation, a name) before `build`
//! writes it into a page, so that it stays inside its cell, line or
//! paragraph and cannot add a directive, a zone, a heading, front matter or
//! active HTML. docs/SECURITY.md states the rules; rendering applies
//! them in canonical mode only (a page rendered as published keeps its
//! bytes).
//!
//! Every function here is idempotent: text it already neutralized comes
//! back unchanged, so that a built page read and built again is the same.

use crate::text::decode_entities;

/// HTML tags kept as they are, with the attributes each may have (none so
/// far: publishers' answers use `<br/>` and simple emphasis, never links or
/// images in HTML). Anything else that looks like a tag, a comment or an
/// autolink gets its `<` written `&lt;`, which shows the same characters
/// but is never HTML.
const ALLOWED_TAGS: &[(&str, &[&str])] = &[
    ("b", &[]),
    ("br", &[]),
    ("code", &[]),
    ("em", &[]),
    ("i", &[]),
    ("li", &[]),
    ("ol", &[]),
    ("p", &[]),
    ("strong", &[]),
    ("sub", &[]),
    ("sup", &[]),
    ("u", &[]),
    ("ul", &[]),
];

/// Attributes whose value is a URL, checked with [`is_safe_url`].
const URL_ATTRS: &[&str] = &["href", "src"];

/// Whether a link target may be written: `http:`, `https:` or `mailto:`, or
/// a relative target (no scheme before its first `/`, `?` or `#`).
/// Character references and control characters are looked through, since
/// browsers and Markdown readers decode and drop them (`java&#09;script:`).
pub fn is_safe_url(url: &str) -> bool {
    let decoded: String = decode_entities(url)
        .chars()
        .filter(|c| !c.is_ascii_control() && !c.is_whitespace())
        .collect();
    let lower = decoded.to_ascii_lowercase();
    if ["http://", "https://", "mailto:"]
        .iter()
        .any(|p| lower.starts_with(p))
    {
        return true;
    }
    // A relative target: nothing that could be a scheme, nor a reference
    // this decoder does not know (`&colon;`), before the path starts.
    let head_end = |s: &str| s.find(['/', '?', '#']).unwrap_or(s.len());
    !lower[..head_end(&lower)].contains(':') && !url[..head_end(url)].contains('&')
}

/// Whether the char at byte `i` is escaped by an odd number of backslashes.
fn escaped_at(s: &str, i: usize) -> bool {
    s.as_bytes()[..i]
        .iter()
        .rev()
        .take_while(|&&b| b == b'\\')
        .count()
        % 2
        == 1
}

/// Markdown inline text (a table cell, a heading, one line of a paragraph):
/// tags outside the allow-list, DocFX directives (`[!INCLUDE …]`, `[!NOTE]`)
/// and unsafe link targets are neutralized.
pub(crate) fn inline(s: &str) -> String {
    let s = neutralize_tags(s, true);
    let s = neutralize_directives(&s, "\\[");
    neutralize_link_targets(&s)
}

/// Text between HTML tags on an HTML line, where Markdown is not read:
/// tags as in [`inline`], and `[!` written `&#91;!`.
pub(crate) fn html_text(s: &str) -> String {
    let s = neutralize_tags(s, false);
    neutralize_directives(&s, "&#91;")
}

/// An HTML attribute value, its quotes already escaped: `[!` written
/// `&#91;!`, as between tags.
pub(crate) fn attribute(s: &str) -> String {
    neutralize_directives(s, "&#91;")
}

/// A Markdown paragraph of one or more lines: each line as [`inline`], and
/// a line that would start a block of its own (a heading, a zone or other
/// `:::` directive, a thematic break or setext underline such as `---`, a
/// code fence, a block quote, a table row, a link reference definition)
/// gets its first character escaped with a backslash.
///
/// Blank lines are dropped: one would end the paragraph and start another.
pub(crate) fn paragraph(s: &str) -> String {
    // Inline first, over the whole text: a tag or a link target may go on
    // to the next line.
    inline(s)
        .split('\n')
        .filter(|l| !l.trim().is_empty())
        .map(line_start)
        .collect::<Vec<_>>()
        .join("\n")
}

fn line_start(line: &str) -> String {
    let body = line.trim_start_matches([' ', '\t']);
    let lead = &line[..line.len() - body.len()];
    let needs = match body.as_bytes().first() {
        Some(b'#' | b'>' | b'|') => true,
        Some(b':') => body.starts_with(":::"),
        Some(b'`') => body.starts_with("```"),
        Some(b'~') => body.starts_with("~~~"),
        Some(b'-' | b'=' | b'*' | b'_') => body
            .chars()
            .all(|c| matches!(c, '-' | '=' | '*' | '_' | ' ' | '\t')),
        // `[label]: target` defines a link target for the whole page.
        Some(b'[') => body
            .find(']')
            .is_some_and(|p| body[p + 1..].starts_with(':')),
        _ => false,
    };
    if needs {
        format!("{lead}\\{body}")
    } else {
        line.to_string()
    }
}

/// `[!` not already escaped gets `replacement` for its `[`.
fn neutralize_directives(s: &str, replacement: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (i, _) in s.match_indices("[!") {
        if escaped_at(s, i) {
            continue;
        }
        out.push_str(&s[last..i]);
        out.push_str(replacement);
        last = i + 1;
    }
    out.push_str(&s[last..]);
    out
}

/// Every `<` that starts something other than an allowed tag or a safe
/// autolink (`<https://…>`) becomes `&lt;`. In Markdown (`markdown`), `\<`
/// is already text; in HTML a backslash escapes nothing.
fn neutralize_tags(s: &str, markdown: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    let bytes = s.as_bytes();
    for (i, _) in s.match_indices('<') {
        let next = bytes.get(i + 1).copied();
        let opens =
            next.is_some_and(|b| b.is_ascii_alphabetic() || matches!(b, b'/' | b'!' | b'?'));
        if !opens || (markdown && escaped_at(s, i)) {
            continue;
        }
        if allowed_tag(&s[i..]) || safe_autolink(&s[i..]) {
            continue;
        }
        out.push_str(&s[last..i]);
        out.push_str("&lt;");
        last = i + 1;
    }
    out.push_str(&s[last..]);
    out
}

/// `<scheme:…>` with a safe scheme and nothing a tag could hide.
fn safe_autolink(s: &str) -> bool {
    let Some(end) = s.find('>') else {
        return false;
    };
    let inner = &s[1..end];
    inner.contains(':')
        && !inner.contains(|c: char| c.is_whitespace() || c.is_control() || c == '<')
        && inner.starts_with(|c: char| c.is_ascii_alphabetic())
        && is_safe_url(inner)
        && !inner.starts_with('#')
        && inner[..inner.find(':').unwrap_or(0)]
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '+' | '.' | '-'))
}

/// Whether `s` starts with an allowed tag: `<name attr="v" …>`, `<name/>`
/// or `</name>`, every attribute allowed for that name and every URL safe.
fn allowed_tag(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    let name_start = i;
    while i < b.len() && b[i].is_ascii_alphanumeric() {
        i += 1;
    }
    let name = s[name_start..i].to_ascii_lowercase();
    let Some((_, attrs)) = ALLOWED_TAGS.iter().find(|(n, _)| *n == name) else {
        return false;
    };
    loop {
        let ws = i;
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        match b.get(i) {
            Some(b'>') => return true,
            Some(b'/') if !closing => return b.get(i + 1) == Some(&b'>'),
            Some(c) if c.is_ascii_alphabetic() && i > ws && !closing => {
                let a = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
                    i += 1;
                }
                let attr = s[a..i].to_ascii_lowercase();
                if !attrs.contains(&attr.as_str()) || b.get(i) != Some(&b'=') {
                    return false;
                }
                i += 1;
                let value = match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let Some(len) = s[i + 1..].find(q as char) else {
                            return false;
                        };
                        let v = &s[i + 1..i + 1 + len];
                        i += len + 2;
                        v
                    }
                    _ => {
                        let v0 = i;
                        while i < b.len()
                            && !b[i].is_ascii_whitespace()
                            && !matches!(b[i], b'"' | b'\'' | b'=' | b'<' | b'>' | b'`')
                        {
                            i += 1;
                        }
                        &s[v0..i]
                    }
                };
                if value.contains('<') {
                    return false;
                }
                if URL_ATTRS.contains(&attr.as_str()) && !is_safe_url(value) {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// Markdown link and image targets (`](target)`, `](<target>)`) that are not
/// safe become in-page fragments. Every `](` is looked at, link or not: a
/// `#` added after one that is not a link changes nothing that matters.
fn neutralize_link_targets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut last = 0;
    for (i, _) in s.match_indices("](") {
        let mut t = i + 2;
        let b = s.as_bytes();
        while t < b.len() && matches!(b[t], b' ' | b'\t' | b'\n' | b'\r') {
            t += 1;
        }
        if b.get(t) == Some(&b'<') {
            t += 1;
        }
        let rest = &s[t..];
        let end = rest
            .find(|c: char| c.is_whitespace() || c == ')' || c == '>')
            .unwrap_or(rest.len());
        let target = &rest[..end];
        if target.is_empty() || is_safe_url(target) {
            continue;
        }
        out.push_str(&s[last..t]);
        out.push('#');
        last = t;
    }
    out.push_str(&s[last..]);
    out
}

/// A front matter value written after `name: `, inside `quote` (`"` or `'`)
/// or plain (any other char). It stays one line, and YAML reads it back as
/// the same string: a plain value that YAML would read otherwise (`a: b`,
/// `#x`, `[x`) is put in double quotes.
pub(crate) fn yaml(s: &str, quote: char) -> String {
    let one_line: String = s
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    crate::yaml::value_in(&one_line, quote)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_outside_the_allow_list_are_text() {
        assert_eq!(
            inline("<script>alert(1)</script>"),
            "&lt;script>alert(1)&lt;/script>"
        );
        assert_eq!(
            inline("<img src=x onerror=alert(1)>"),
            "&lt;img src=x onerror=alert(1)>"
        );
        assert_eq!(inline("a<br/>b <b>c</b>"), "a<br/>b <b>c</b>");
        assert_eq!(
            inline("<a href=\"javascript:x\">y</a>"),
            "&lt;a href=\"javascript:x\">y&lt;/a>"
        );
        assert_eq!(
            inline("<a href=\"https://x.example\">y</a> <b title=x>"),
            "&lt;a href=\"https://x.example\">y&lt;/a> &lt;b title=x>"
        );
        assert_eq!(inline("<!-- x -->"), "&lt;!-- x -->");
        assert_eq!(inline("<https://x.example>"), "<https://x.example>");
        assert_eq!(inline("<javascript:alert(1)>"), "&lt;javascript:alert(1)>");
        assert_eq!(inline("1 < 2 > 0"), "1 < 2 > 0");
    }

    #[test]
    fn directives_and_link_targets() {
        assert_eq!(
            inline("[!INCLUDE [x](../x.md)]"),
            "\\[!INCLUDE [x](../x.md)]"
        );
        assert_eq!(inline("\\[!NOTE]"), "\\[!NOTE]");
        assert_eq!(inline("\\\\[!NOTE]"), "\\\\\\[!NOTE]");
        assert_eq!(
            inline("[a](javascript:alert(1))"),
            "[a](#javascript:alert(1))"
        );
        assert_eq!(inline("[a](JaVa&#115;cript:x)"), "[a](#JaVa&#115;cript:x)");
        assert_eq!(inline("[a](java&colon;x)"), "[a](#java&colon;x)");
        assert_eq!(inline("[a]( <data:x>)"), "[a]( #&lt;data:x>)");
        assert_eq!(
            inline("[a](../b.md#c) [d](https://e)"),
            "[a](../b.md#c) [d](https://e)"
        );
    }

    #[test]
    fn paragraph_lines_cannot_start_blocks() {
        assert_eq!(
            paragraph("a\n# h\n::: zone pivot=\"x\"\n---\n===\n```\n> q\n| t |\n[x]: javascript:y"),
            "a\n\\# h\n\\::: zone pivot=\"x\"\n\\---\n\\===\n\\```\n\\> q\n\\| t |\n\\[x]: javascript:y"
        );
        assert_eq!(paragraph("- item\n1. item"), "- item\n1. item");
        assert_eq!(paragraph("a\n\n  \nb"), "a\nb");
        assert_eq!(paragraph("[a](\njavascript:x)"), "[a](\n\\#javascript:x)");
        assert_eq!(paragraph("<img\nonerror=x>"), "&lt;img\nonerror=x>");
        assert_eq!(html_text("\\<script>"), "\\&lt;script>");
    }

    #[test]
    fn yaml_values_stay_strings() {
        assert_eq!(yaml("App by Contoso, Ltd.", ' '), "App by Contoso, Ltd.");
        assert_eq!(yaml("a: b", ' '), "\"a: b\"");
        assert_eq!(yaml("#x\n---", ' '), "\"#x ---\"");
        assert_eq!(yaml("a\"b\\", '"'), "a\\\"b\\\\");
        assert_eq!(yaml("l'app", '\''), "l''app");
    }

    #[test]
    fn neutralizing_is_idempotent() {
        for s in [
            "<script>x</script> [!INCLUDE [a](b)] [c](javascript:d) <b>e</b>",
            "# h\n::: zone\n---\n[x]: y",
            "\\\\[!a] <x <y>",
        ] {
            assert_eq!(inline(&inline(s)), inline(s), "{s:?}");
            assert_eq!(paragraph(&paragraph(s)), paragraph(s), "{s:?}");
            assert_eq!(html_text(&html_text(s)), html_text(s), "{s:?}");
        }
    }
}
