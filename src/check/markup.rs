//! The markup a label carries into the page: Markdown links and their
//! targets, images, inline code, URLs, inline HTML tags and entities. Labels
//! are published verbatim inside Markdown, so a translation that drops a
//! link, changes its target or adds raw HTML changes the page itself.
//!
//! Markdown is read with pulldown-cmark; the HTML it hands back raw is cut
//! into tags by a small scanner that only needs names and attributes.

pub(crate) use crate::catalog::flatten::flatten;
use crate::catalog::flatten::HOLE;
use pulldown_cmark::{Event, Parser, Tag};
use std::collections::BTreeSet;

/// One piece of markup.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Item {
    Link(String),
    Image(String),
    Code(String),
    Url(String),
    /// An HTML tag: `<a href>`, `</a>`, with its attribute names sorted.
    Tag(String),
    Entity(String),
}

impl Item {
    pub(crate) fn show(&self) -> String {
        match self {
            Item::Link(u) => format!("link to `{u}`"),
            Item::Image(u) => format!("image `{u}`"),
            Item::Code(c) => format!("inline code `{c}`"),
            Item::Url(u) => format!("URL `{u}`"),
            Item::Tag(t) => format!("HTML tag `{t}`"),
            Item::Entity(e) => format!("entity `{e}`"),
        }
    }
}

/// The markup of a text, and the unsafe HTML in it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Markup {
    pub(crate) items: BTreeSet<Item>,
    /// Tags, attributes or link targets that run code or embed content
    /// when the page is published.
    pub(crate) unsafe_parts: BTreeSet<String>,
}

/// Find the markup of a flattened text.
pub(crate) fn markup(text: &str) -> Markup {
    let mut m = Markup::default();
    for ev in Parser::new(text) {
        match ev {
            Event::Start(Tag::Link { dest_url, .. }) => {
                let dest = dest_url.to_string();
                if is_script_url(&dest) {
                    m.unsafe_parts.insert(format!("link to `{dest}`"));
                }
                m.items.insert(Item::Link(dest));
            }
            Event::Start(Tag::Image { dest_url, .. }) => {
                let dest = dest_url.to_string();
                if is_script_url(&dest) {
                    m.unsafe_parts.insert(format!("image `{dest}`"));
                }
                m.items.insert(Item::Image(dest));
            }
            Event::Code(c) => {
                m.items.insert(Item::Code(c.to_string()));
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                for t in tags(&h) {
                    if let Some(why) = t.danger() {
                        m.unsafe_parts.insert(why);
                    }
                    m.items.insert(Item::Tag(t.signature()));
                }
            }
            Event::Text(t) => {
                for u in bare_urls(&t) {
                    m.items.insert(Item::Url(u));
                }
            }
            _ => {}
        }
    }
    for e in entities(text) {
        m.items.insert(Item::Entity(e));
    }
    m
}

fn is_script_url(u: &str) -> bool {
    let l: String = u
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect::<String>()
        .to_ascii_lowercase();
    l.starts_with("javascript:") || l.starts_with("vbscript:") || l.starts_with("data:text/html")
}

/// Elements that run code or pull other documents into the page.
const DANGEROUS_TAGS: [&str; 13] = [
    "script", "iframe", "frame", "frameset", "object", "embed", "applet", "style", "form", "meta",
    "link", "base", "svg",
];

/// One HTML tag.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HtmlTag {
    name: String,
    closing: bool,
    /// Attribute names (lower case) and values.
    attrs: Vec<(String, String)>,
}

impl HtmlTag {
    fn signature(&self) -> String {
        if self.closing {
            return format!("</{}>", self.name);
        }
        let mut names: Vec<&str> = self.attrs.iter().map(|(n, _)| n.as_str()).collect();
        names.sort_unstable();
        names.dedup();
        let mut s = format!("<{}", self.name);
        for n in names {
            s.push(' ');
            s.push_str(n);
        }
        s.push('>');
        s
    }

    fn danger(&self) -> Option<String> {
        if self.closing {
            return None;
        }
        if DANGEROUS_TAGS.contains(&self.name.as_str()) {
            return Some(format!("`<{}>`", self.name));
        }
        for (n, v) in &self.attrs {
            if n.starts_with("on") {
                return Some(format!("event handler `{n}=` on `<{}>`", self.name));
            }
            if matches!(n.as_str(), "href" | "src" | "action" | "formaction") && is_script_url(v) {
                return Some(format!("`{n}={v}` on `<{}>`", self.name));
            }
        }
        None
    }
}

/// The tags in a piece of raw HTML. Comments and declarations are skipped.
fn tags(html: &str) -> Vec<HtmlTag> {
    let mut s = Scan {
        chars: html.chars().collect(),
        i: 0,
    };
    let mut out = Vec::new();
    while s.i < s.chars.len() {
        if s.chars[s.i] != '<' {
            s.i += 1;
            continue;
        }
        s.i += 1;
        if matches!(s.peek(), Some('!' | '?')) {
            s.skip_while(|c| c != '>');
            continue;
        }
        let closing = s.peek() == Some('/');
        if closing {
            s.i += 1;
        }
        let Some(name) = s.tag_name() else {
            continue;
        };
        let attrs = s.attributes();
        out.push(HtmlTag {
            name,
            closing,
            attrs,
        });
    }
    out
}

/// A scan of raw HTML, character by character.
struct Scan {
    chars: Vec<char>,
    i: usize,
}

impl Scan {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.i).copied()
    }

    fn skip_while(&mut self, f: impl Fn(char) -> bool) {
        while self.i < self.chars.len() && f(self.chars[self.i]) {
            self.i += 1;
        }
    }

    /// The characters from `start` to the scan, as a string.
    fn since(&self, start: usize) -> String {
        self.chars[start..self.i.min(self.chars.len())]
            .iter()
            .collect()
    }

    /// The name of the tag that starts here, lowercased; `None` when there
    /// is none (`< 3`).
    fn tag_name(&mut self) -> Option<String> {
        let start = self.i;
        self.skip_while(|c| c.is_ascii_alphanumeric() || c == '-');
        if self.i == start || !self.chars[start].is_ascii_alphabetic() {
            return None;
        }
        Some(self.since(start).to_ascii_lowercase())
    }

    /// The attributes of a tag, up to its end: names lowercased, values
    /// with their entities decoded.
    fn attributes(&mut self) -> Vec<(String, String)> {
        let mut attrs = Vec::new();
        loop {
            self.skip_while(|c| c.is_whitespace() || c == '/');
            if matches!(self.peek(), None | Some('>' | '<')) {
                return attrs;
            }
            let start = self.i;
            self.skip_while(|c| !c.is_whitespace() && !matches!(c, '=' | '>' | '/' | '<'));
            let name = self.since(start).to_ascii_lowercase();
            self.skip_while(char::is_whitespace);
            let value = self.value();
            if name.is_empty() {
                self.i += 1;
                continue;
            }
            attrs.push((name, crate::text::decode_entities(&value)));
        }
    }

    /// An attribute's value after `=`, quoted or not; empty when there is
    /// no `=`.
    fn value(&mut self) -> String {
        if self.peek() != Some('=') {
            return String::new();
        }
        self.i += 1;
        self.skip_while(char::is_whitespace);
        match self.peek() {
            Some(q @ ('"' | '\'')) => {
                self.i += 1;
                let start = self.i;
                self.skip_while(|c| c != q);
                let value = self.since(start);
                self.i += 1;
                value
            }
            _ => {
                let start = self.i;
                self.skip_while(|c| !c.is_whitespace() && c != '>');
                self.since(start)
            }
        }
    }
}

/// URLs written as plain text.
fn bare_urls(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for word in text.split(|c: char| c.is_whitespace() || c == HOLE) {
        for scheme in ["https://", "http://", "mailto:"] {
            if let Some(p) = word.find(scheme) {
                let u = word[p..].trim_end_matches(['.', ',', ';', ':', ')', '!', '?', '"', '\'']);
                if u.len() > scheme.len() {
                    out.push(u.to_string());
                }
                break;
            }
        }
    }
    out
}

/// HTML entities as written (`&nbsp;`, `&#8217;`).
fn entities(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices('&') {
        if let Some((_, len)) = crate::text::decode_entity(&text[i..]) {
            out.push(text[i..i + len].to_string());
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(s: &str) -> Vec<String> {
        markup(s).items.iter().map(Item::show).collect()
    }

    #[test]
    fn finds_links_code_urls_tags_entities() {
        assert_eq!(
            items("See [the docs](https://learn.example/x) or `cmd`, https://a.example/b. <br/>&nbsp;x"),
            [
                "link to `https://learn.example/x`",
                "inline code `cmd`",
                "URL `https://a.example/b`",
                "HTML tag `<br>`",
                "entity `&nbsp;`"
            ]
        );
        assert_eq!(
            items("<a href=\"https://x\" target=\"_blank\">x</a>"),
            ["HTML tag `</a>`", "HTML tag `<a href target>`"]
        );
    }

    #[test]
    fn flags_code_running_html() {
        for s in [
            "x <script>alert(1)</script>",
            "x <img src=x onerror=alert(1)>",
            "x <iframe src=\"https://evil\"></iframe>",
            "[click](javascript:alert(1))",
            "<a href=\"JavaScript:alert(1)\">x</a>",
        ] {
            assert!(!markup(s).unsafe_parts.is_empty(), "{s}");
        }
        assert!(markup("<a href=\"https://x\">x</a> <br/>")
            .unsafe_parts
            .is_empty());
    }

    #[test]
    fn survives_broken_html() {
        for s in [
            "<",
            "<a",
            "<a href=",
            "<a href=\"x",
            "</",
            "<1>",
            "<a =x>",
            "&#99999999;",
        ] {
            let _ = markup(s);
        }
    }
}
