//! Hostile texts: what a publisher's answer, a translation or a name may
//! hold to break out of its place in a page or in the review site.

/// Texts that must stay inside their cell, line, paragraph or attribute
/// (docs/SECURITY.md).
pub const HOSTILE: &[&str] = &[
    "a | b || c",
    "a \\| b \\\\| c \\",
    "line one\nline two\n\nline four",
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "<IMG SRC=\"javascript:alert(1)\">",
    "<a href=\"javascript:alert(1)\">x</a>",
    "<a\nhref=\"javascript:alert(1)\">x</a>",
    "<!-- hidden",
    "<javascript:alert(1)>",
    "\\<script>alert(1)\\</script>",
    "[!INCLUDE [x](../includes/evil.md)]",
    "[!NOTE] x",
    "x\n[!INCLUDE [x](../includes/evil.md)]",
    "::: zone pivot=\"evil\"",
    "x\n::: zone-end\n::: zone pivot=\"evil\"",
    "---",
    "x\n---\ntitle: evil\n---",
    "x\n===",
    "[click](javascript:alert(1))",
    "[click](JaVaScRiPt&#58;alert(1))",
    "[click]( <javascript:alert(1)>)",
    "![img](javascript:alert(1))",
    "[click][r]\n[r]: javascript:alert(1)",
    "# Heading",
    "x\n# Heading",
    "x\r# Heading",
    "x\n```\ncode",
    "x\n> quote\n| a | b |\n|---|---|",
    "title: evil: yes #comment",
    "\"quoted' [x] {y} &amp; *z*",
];

/// Texts that would run script in the review site if they reached it
/// unescaped: each sets `document.title` to `pwned` or marks the body.
pub const SCRIPTS: &[&str] = &[
    "<script>document.title='pwned'</script>",
    "<img src=x onerror=\"document.title='pwned'\">",
    "\"><svg onload=document.body.setAttribute('data-pwned','1')>",
    "</script><script>document.title='pwned'</script>",
    "</mark></td></tr></table><script>document.title='pwned'</script>",
    "[x](javascript:document.title='pwned')",
    "<a href=\"javascript:document.title='pwned'\">x</a>",
    "&lt;script&gt;document.title='pwned'&lt;/script&gt;",
    "\u{E000}\u{E010}\u{E001}forged\u{E002}",
];
