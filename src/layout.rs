//! Layouts: a line of the page with each piece of content replaced by a
//! `{}` hole (literal braces doubled). Reading makes them, rendering fills
//! them; both use these functions, so that neither depends on the other.

/// Escape literal braces of layout text.
pub(crate) fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    esc_into(&mut out, s);
    out
}

/// [`esc`], appended to `out`.
pub(crate) fn esc_into(out: &mut String, s: &str) {
    // Braces are rare in pages: copy runs between them whole.
    let mut rest = s;
    while let Some(p) = brace(rest.as_bytes()) {
        out.push_str(&rest[..=p]);
        out.push_str(&rest[p..=p]);
        rest = &rest[p + 1..];
    }
    out.push_str(rest);
}

/// Fill a layout's `{}` holes with values, in order. Missing values leave
/// the hole empty; `{{` and `}}` are literal braces.
pub(crate) fn fill(layout: &str, values: &[String]) -> String {
    let mut out =
        String::with_capacity(layout.len() + values.iter().map(|v| v.len()).sum::<usize>());
    fill_into(&mut out, layout, values);
    out
}

/// [`fill`], appending to `out`.
pub(crate) fn fill_into(out: &mut String, layout: &str, values: &[String]) {
    let mut it = values.iter();
    let bytes = layout.as_bytes();
    // Text between braces is copied in runs.
    let mut rest = 0;
    while let Some(p) = brace(&bytes[rest..]).map(|p| rest + p) {
        out.push_str(&layout[rest..p]);
        match (bytes[p], bytes.get(p + 1)) {
            (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                out.push(bytes[p] as char);
                rest = p + 2;
            }
            (b'{', Some(b'}')) => {
                if let Some(v) = it.next() {
                    out.push_str(v);
                }
                rest = p + 2;
            }
            (b, _) => {
                out.push(b as char);
                rest = p + 1;
            }
        }
    }
    out.push_str(&layout[rest..]);
}

/// The position of the first brace in `bytes`.
pub(crate) fn brace(bytes: &[u8]) -> Option<usize> {
    bytes.iter().position(|&b| b == b'{' || b == b'}')
}

/// For each hole of a layout, the text just before it (to know whether it
/// sits inside a quoted attribute).
pub(crate) fn hole_contexts(layout: &str) -> Vec<char> {
    let mut out = Vec::new();
    let mut prev = '\0';
    let mut chars = layout.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                prev = '{';
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                prev = '}';
            }
            '{' if chars.peek() == Some(&'}') => {
                chars.next();
                out.push(prev);
            }
            c => prev = c,
        }
    }
    out
}

/// The usual layout of a table row of `n` cells.
pub(crate) fn default_row_layout(prefix: &str, n: usize) -> String {
    let mut s = esc(prefix);
    s.push('|');
    for _ in 0..n {
        s.push_str(" {} |");
    }
    s
}
