//! Escaping for the HTML this module writes itself (the page views'
//! Markdown, highlights). The templates escape through maud; both escape
//! the same five characters, so text is safe in element content and in a
//! quoted attribute alike.

/// `s` escaped for HTML text or a quoted attribute value, appended to
/// `out`: `&`, `<`, `>`, `"` and `'`.
pub fn escape_into(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, b) in s.bytes().enumerate() {
        let rep = match b {
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            b'"' => "&quot;",
            b'\'' => "&#39;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// [`escape_into`], for a quoted attribute value: the same five
/// characters, and control characters dropped.
pub fn escape_attr_into(out: &mut String, s: &str) {
    if s.contains(|c: char| c.is_control()) {
        let clean: String = s.chars().filter(|c| !c.is_control()).collect();
        escape_into(out, &clean);
    } else {
        escape_into(out, s);
    }
}

/// [`escape_into`], as a new string.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    escape_into(&mut out, s);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_five_characters_are_escaped() {
        assert_eq!(
            escape("<a href=\"x\" title='y'>&amp;</a> é"),
            "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt; é"
        );
        assert_eq!(escape("plain"), "plain");
        let mut s = String::new();
        escape_attr_into(&mut s, "a\nb\t\"c");
        assert_eq!(s, "ab&quot;c");
    }
}
