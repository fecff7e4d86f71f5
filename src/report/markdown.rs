//! A page rendered with [`render_marked`](crate::render::render_marked)
//! made HTML for the review site: the Markdown read by pulldown-cmark (the
//! reader the docs site's pages are checked with), every text escaped, the
//! renderer's sentinels turned into `<mark>` highlights, and nothing from
//! the page or a catalog able to run script or load anything:
//!
//! - raw HTML from the page keeps only the tags of the project's
//!   allow-list ([`crate::sanitize::is_allowed_tag`]), without their
//!   attributes; a link keeps an `http:`, `https:` or `mailto:` target;
//!   an image becomes its alt text in brackets (the site loads nothing);
//!   anything else is shown as the text it is;
//! - Markdown links keep the same targets, other links become text;
//!   Markdown images become their alt text;
//! - zones (`::: zone pivot="…"`) become sections, as the docs site shows
//!   them in tabs.
//!
//! This writer makes every tag of its output itself: pulldown-cmark's
//! events are read, never passed through.

use super::escape::{escape_attr_into, escape_into};
use crate::render::{sentinel, Mark, Origin};
use crate::sanitize::{is_allowed_tag, is_safe_url};
use crate::text::decode_entities;
use pulldown_cmark::{Alignment, Event, Options, Parser, Tag, TagEnd};

/// The class of a highlight of each origin (short: a page holds hundreds).
pub fn origin_class(o: Origin) -> &'static str {
    match o {
        Origin::Canonical => "o-c",
        Origin::Variant => "o-v",
        Origin::Reference => "o-r",
        Origin::OtherLocale => "o-o",
        Origin::Published => "o-p",
        Origin::FreeText => "o-f",
        Origin::Machine => "o-m",
        Origin::Untranslated => "o-u",
        Origin::Unrecognized => "o-x",
    }
}

/// How a marked page is made HTML.
pub struct Marking<'a> {
    /// The renderer's marks, by index.
    pub marks: &'a [Mark],
    /// For each mark, the index of its key in the page's key list, which
    /// the highlight carries (`data-i`); none for a mark without a key.
    pub keys: &'a [Option<usize>],
    /// For each mark, the HTML of its text when the site's label file of
    /// its locale holds that text (a catalog message with no variable):
    /// a highlight whose content is exactly that is written empty, and
    /// the site's script fills it from the file, so that a message's text
    /// is written once per locale rather than once per page. Empty: every
    /// text written out.
    pub shared: &'a [Option<String>],
    /// Front matter lines to show: all of them, or only those with a
    /// highlight and `ms.contentlocale` / `ms.translationtype` (what
    /// differs between the locales of a page).
    pub all_front_matter: bool,
}

/// A marked page as HTML: the front matter (a collapsed block of its
/// lines), then the body. `yaml` is a file of labels, not a page: all of
/// it is shown as lines.
pub fn page_html(text: &str, marking: &Marking, yaml: bool, out: &mut String) {
    let mut w = Writer::new(marking, out);
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if yaml {
        w.front_matter(text, true);
        return;
    }
    let (front, body) = split_front_matter(text);
    if let Some(f) = front {
        w.front_matter(f, marking.all_front_matter);
    }
    w.body(body);
}

/// Whether a front matter line is one that differs between the locales
/// of a page: a label, the content locale, the translation type.
fn differs_by_locale(line: &str) -> bool {
    line.contains(sentinel::OPEN)
        || line.starts_with("ms.contentlocale:")
        || line.starts_with("ms.translationtype:")
}

/// The front matter's lines (without the `---` lines) and the body.
fn split_front_matter(text: &str) -> (Option<&str>, &str) {
    let Some(rest) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return (None, text);
    };
    let mut pos = 0;
    for line in rest.split_inclusive('\n') {
        if line.trim_end() == "---" {
            return (Some(&rest[..pos]), &rest[pos + line.len()..]);
        }
        pos += line.len();
    }
    (None, text)
}

/// The pivot of a `::: zone pivot="…"` line.
fn zone_start(line: &str) -> Option<&str> {
    let rest = line.trim().strip_prefix(":::")?.trim_start();
    let rest = rest.strip_prefix("zone")?.trim_start();
    let rest = rest.strip_prefix("pivot=\"")?;
    rest.split_once('"').map(|(p, _)| p)
}

fn zone_end(line: &str) -> bool {
    line.trim()
        .strip_prefix(":::")
        .is_some_and(|r| r.trim() == "zone-end")
}

/// Where a link may go from the site: a web or mail address.
fn external(url: &str) -> bool {
    let lower = url.trim_start().to_ascii_lowercase();
    is_safe_url(url)
        && ["http://", "https://", "mailto:"]
            .iter()
            .any(|p| lower.starts_with(p))
}

struct Writer<'a> {
    marks: &'a [Mark],
    keys: &'a [Option<usize>],
    shared: &'a [Option<String>],
    out: &'a mut String,
    /// Highlights open in the current block: the mark (none for one that
    /// is not the renderer's) and where its content starts in `out`.
    open: Vec<(Option<usize>, usize)>,
    /// Tags of raw HTML open in the current block: the name in the page,
    /// and how this writer closes it.
    html: Vec<(String, &'static str)>,
}

impl<'a> Writer<'a> {
    fn new(marking: &Marking<'a>, out: &'a mut String) -> Writer<'a> {
        Writer {
            marks: marking.marks,
            keys: marking.keys,
            shared: marking.shared,
            out,
            open: Vec::new(),
            html: Vec::new(),
        }
    }

    fn front_matter(&mut self, lines: &str, all: bool) {
        self.out
            .push_str("<details class=\"fm\"><summary>Front matter</summary><pre>");
        let lines = lines.trim_end_matches(['\n', '\r']);
        if all {
            self.text(lines);
        } else {
            let mut first = true;
            for l in lines.lines().filter(|l| differs_by_locale(l)) {
                if !first {
                    self.out.push('\n');
                }
                first = false;
                self.text(l);
            }
        }
        self.close_block();
        self.out.push_str("</pre></details>\n");
    }

    /// The body, cut into zones.
    fn body(&mut self, body: &str) {
        let mut chunk_start = 0;
        let mut pos = 0;
        let mut in_zone = false;
        for line in body.split_inclusive('\n') {
            let start = zone_start(line);
            let end = start.is_none() && zone_end(line);
            if start.is_some() || end {
                self.markdown(&body[chunk_start..pos]);
                if in_zone {
                    self.out.push_str("</section>\n");
                    in_zone = false;
                }
                if let Some(pivot) = start {
                    self.out
                        .push_str("<section class=\"zone\"><p class=\"zone-name\">");
                    escape_into(self.out, &sentinel::strip(pivot));
                    self.out.push_str("</p>\n");
                    in_zone = true;
                }
                chunk_start = pos + line.len();
            }
            pos += line.len();
        }
        self.markdown(&body[chunk_start..]);
        if in_zone {
            self.out.push_str("</section>\n");
        }
    }

    /// Text: escaped, sentinels made highlights.
    fn text(&mut self, s: &str) {
        let mut rest = s;
        while let Some(p) = rest.find(sentinel::is_sentinel) {
            escape_into(self.out, &rest[..p]);
            let c = rest[p..].chars().next().unwrap_or(sentinel::CLOSE);
            rest = &rest[p + c.len_utf8()..];
            match c {
                sentinel::OPEN => {
                    let mut index = 0usize;
                    let mut digits = 0;
                    for d in rest.chars() {
                        match (d as u32).checked_sub(sentinel::DIGIT_0 as u32) {
                            Some(v) if v < 10 => {
                                index = index.saturating_mul(10).saturating_add(v as usize);
                                digits += d.len_utf8();
                            }
                            _ => break,
                        }
                    }
                    rest = &rest[digits..];
                    let mark = match rest.strip_prefix(sentinel::SEP) {
                        Some(r) if digits > 0 && index < self.marks.len() => {
                            rest = r;
                            Some(index)
                        }
                        Some(r) => {
                            rest = r;
                            None
                        }
                        None => None,
                    };
                    self.open_mark(mark.map(|i| (i, &self.marks[i])));
                }
                sentinel::CLOSE => self.close_mark(true),
                _ => {}
            }
        }
        escape_into(self.out, rest);
    }

    /// `<mark>` for mark `index`: its origin as a class (none for the
    /// canonical message, the usual case: a page holds hundreds), its
    /// key's index in the page's key list.
    fn open_mark(&mut self, mark: Option<(usize, &Mark)>) {
        let index = mark.map(|(i, _)| i);
        self.out.push_str("<mark");
        if let Some((i, m)) = mark {
            if m.origin != Origin::Canonical {
                self.out.push_str(" class=");
                self.out.push_str(origin_class(m.origin));
            }
            if let Some(k) = self.keys.get(i).copied().flatten() {
                self.out.push_str(" data-i=");
                self.out.push_str(&k.to_string());
            }
        }
        // Not the renderer's: a highlight of nothing in particular, so
        // that its closing sentinel still closes something.
        self.out.push('>');
        self.open.push((index, self.out.len()));
    }

    /// Close the innermost highlight, if one is open; with `share`, one
    /// whose content is the shared text of its label is emptied.
    fn close_mark(&mut self, share: bool) {
        let Some((index, start)) = self.open.pop() else {
            return;
        };
        let shared = index
            .and_then(|i| self.shared.get(i))
            .and_then(Option::as_deref);
        if share && shared.is_some_and(|s| self.out[start..] == *s) {
            self.out.truncate(start);
        }
        self.out.push_str("</mark>");
    }

    /// Close what the block left open: highlights, raw HTML tags.
    fn close_block(&mut self) {
        while !self.open.is_empty() {
            self.close_mark(false);
        }
        while let Some((_, close)) = self.html.pop() {
            self.out.push_str(close);
        }
    }

    fn markdown(&mut self, md: &str) {
        if md.trim().is_empty() {
            return;
        }
        let mut aligns: Vec<Alignment> = Vec::new();
        let mut cell = 0;
        let mut in_head = false;
        // How each open link or image is closed.
        let mut closers: Vec<&'static str> = Vec::new();
        let mut html_block: Option<String> = None;
        for ev in Parser::new_ext(md, Options::ENABLE_TABLES) {
            match ev {
                Event::Start(tag) => match tag {
                    Tag::Paragraph => self.out.push_str("<p>"),
                    Tag::Heading { level, .. } => {
                        self.out.push_str(&format!("<{level}>"));
                    }
                    Tag::BlockQuote(_) => self.out.push_str("<blockquote>\n"),
                    Tag::CodeBlock(_) => self.out.push_str("<pre><code>"),
                    Tag::HtmlBlock => html_block = Some(String::new()),
                    Tag::List(Some(1)) => self.out.push_str("<ol>\n"),
                    Tag::List(Some(n)) => self.out.push_str(&format!("<ol start=\"{n}\">\n")),
                    Tag::List(None) => self.out.push_str("<ul>\n"),
                    Tag::Item => self.out.push_str("<li>"),
                    Tag::Table(a) => {
                        aligns = a;
                        self.out.push_str("<table>");
                    }
                    Tag::TableHead => {
                        in_head = true;
                        cell = 0;
                        self.out.push_str("<thead><tr>");
                    }
                    Tag::TableRow => {
                        cell = 0;
                        self.out.push_str("<tr>");
                    }
                    Tag::TableCell => {
                        self.out.push_str(if in_head { "<th" } else { "<td" });
                        match aligns.get(cell) {
                            Some(Alignment::Center) => self.out.push_str(" class=\"ac\""),
                            Some(Alignment::Right) => self.out.push_str(" class=\"ar\""),
                            _ => {}
                        }
                        self.out.push('>');
                        cell += 1;
                    }
                    Tag::Emphasis => self.out.push_str("<em>"),
                    Tag::Strong => self.out.push_str("<strong>"),
                    Tag::Strikethrough => self.out.push_str("<del>"),
                    Tag::Link { dest_url, .. } => {
                        let dest = sentinel::strip(&dest_url);
                        if external(&dest) {
                            self.out.push_str("<a href=\"");
                            escape_attr_into(self.out, &dest);
                            self.out.push_str("\">");
                            closers.push("</a>");
                        } else {
                            self.out.push_str("<span class=\"link\" title=\"");
                            escape_attr_into(self.out, &dest);
                            self.out.push_str("\">");
                            closers.push("</span>");
                        }
                    }
                    Tag::Image { dest_url, .. } => {
                        self.out.push_str("<span class=\"img\" title=\"image: ");
                        escape_attr_into(self.out, &sentinel::strip(&dest_url));
                        self.out.push_str("\">[");
                        closers.push("]</span>");
                    }
                    // Not enabled: nothing to open.
                    _ => {}
                },
                Event::End(end) => match end {
                    TagEnd::Paragraph => {
                        self.close_block();
                        self.out.push_str("</p>\n");
                    }
                    TagEnd::Heading(level) => {
                        self.close_block();
                        self.out.push_str(&format!("</{level}>\n"));
                    }
                    TagEnd::BlockQuote(_) => {
                        self.close_block();
                        self.out.push_str("</blockquote>\n");
                    }
                    TagEnd::CodeBlock => {
                        self.close_block();
                        self.out.push_str("</code></pre>\n");
                    }
                    TagEnd::HtmlBlock => {
                        if let Some(h) = html_block.take() {
                            self.out.push_str("<div class=\"html\">");
                            self.raw_html(&h);
                            self.close_block();
                            self.out.push_str("</div>\n");
                        }
                    }
                    TagEnd::List(ordered) => {
                        self.close_block();
                        self.out
                            .push_str(if ordered { "</ol>\n" } else { "</ul>\n" });
                    }
                    TagEnd::Item => {
                        self.close_block();
                        self.out.push_str("</li>\n");
                    }
                    TagEnd::Table => self.out.push_str("</tbody></table>\n"),
                    TagEnd::TableHead => {
                        in_head = false;
                        self.out.push_str("</tr></thead><tbody>\n");
                    }
                    TagEnd::TableRow => self.out.push_str("</tr>\n"),
                    TagEnd::TableCell => {
                        self.close_block();
                        self.out.push_str(if in_head { "</th>" } else { "</td>" });
                    }
                    TagEnd::Emphasis => self.out.push_str("</em>"),
                    TagEnd::Strong => self.out.push_str("</strong>"),
                    TagEnd::Strikethrough => self.out.push_str("</del>"),
                    TagEnd::Link | TagEnd::Image => {
                        if let Some(c) = closers.pop() {
                            self.out.push_str(c);
                        }
                    }
                    _ => {}
                },
                Event::Text(t) => self.text(&t),
                Event::Code(t) => {
                    self.out.push_str("<code>");
                    self.text(&t);
                    self.out.push_str("</code>");
                }
                Event::Html(h) => match &mut html_block {
                    Some(b) => b.push_str(&h),
                    None => self.raw_html(&h),
                },
                Event::InlineHtml(h) => self.raw_html(&h),
                Event::SoftBreak => self.out.push('\n'),
                Event::HardBreak => self.out.push_str("<br>\n"),
                Event::Rule => self.out.push_str("<hr>\n"),
                Event::TaskListMarker(done) => {
                    self.out.push_str(if done { "[x] " } else { "[ ] " })
                }
                Event::FootnoteReference(t) | Event::InlineMath(t) | Event::DisplayMath(t) => {
                    self.text(&t)
                }
            }
        }
        // A chunk cut at a zone line closes what it opened.
        self.close_block();
        while let Some(c) = closers.pop() {
            self.out.push_str(c);
        }
    }

    /// Raw HTML from the page: text decoded and escaped, allowed tags
    /// without attributes, links with a web or mail target, images as
    /// their alt text, anything else as text.
    fn raw_html(&mut self, html: &str) {
        let mut i = 0;
        while i < html.len() {
            let Some(lt) = html[i..].find('<').map(|p| i + p) else {
                self.text(&decode_entities(&html[i..]));
                return;
            };
            self.text(&decode_entities(&html[i..lt]));
            match parse_tag(&html[lt..]) {
                Some((tag, len)) => {
                    self.tag(&tag, &html[lt..lt + len]);
                    i = lt + len;
                }
                None => {
                    self.text("<");
                    i = lt + 1;
                }
            }
        }
    }

    fn tag(&mut self, tag: &RawTag, source: &str) {
        let name = tag.name.as_str();
        if tag.closing {
            if name != "a" && !is_allowed_tag(name) {
                self.text(source);
                return;
            }
            if let Some(at) = self.html.iter().rposition(|(n, _)| n == name) {
                while self.html.len() > at {
                    if let Some((_, close)) = self.html.pop() {
                        self.out.push_str(close);
                    }
                }
            }
            return;
        }
        match name {
            "br" => self.out.push_str("<br>"),
            "img" => {
                self.out.push_str("<span class=\"img\" title=\"image: ");
                escape_attr_into(self.out, &sentinel::strip(tag.attr("src").unwrap_or("")));
                self.out.push_str("\">[");
                let before = self.open.len();
                self.text(&decode_entities(tag.attr("alt").unwrap_or("")));
                while self.open.len() > before {
                    self.close_mark(false);
                }
                self.out.push_str("]</span>");
            }
            "a" => {
                let href = tag.attr("href").map(|h| sentinel::strip(h).into_owned());
                match href.map(|h| decode_entities(&h)).filter(|h| external(h)) {
                    Some(h) => {
                        self.out.push_str("<a href=\"");
                        escape_attr_into(self.out, &h);
                        self.out.push_str("\">");
                        self.push_html(name, "</a>", tag.self_closing);
                    }
                    // An anchor (`<a name>`): its text, without it.
                    None => self.push_html(name, "", tag.self_closing),
                }
            }
            n if is_allowed_tag(n) => {
                let close = closing_tag(n);
                self.out.push('<');
                self.out.push_str(n);
                self.out.push('>');
                self.push_html(name, close, tag.self_closing);
            }
            _ => self.text(source),
        }
    }

    fn push_html(&mut self, name: &str, close: &'static str, self_closing: bool) {
        if self_closing {
            self.out.push_str(close);
        } else {
            self.html.push((name.to_string(), close));
        }
    }
}

/// How an allowed tag is closed.
fn closing_tag(name: &str) -> &'static str {
    match name {
        "b" => "</b>",
        "code" => "</code>",
        "em" => "</em>",
        "i" => "</i>",
        "li" => "</li>",
        "ol" => "</ol>",
        "p" => "</p>",
        "strong" => "</strong>",
        "sub" => "</sub>",
        "sup" => "</sup>",
        "u" => "</u>",
        "ul" => "</ul>",
        _ => "",
    }
}

/// A tag of raw HTML: its name (lower case), whether it closes, its
/// attributes (values as written, quotes removed).
struct RawTag {
    name: String,
    closing: bool,
    self_closing: bool,
    attrs: Vec<(String, String)>,
}

impl RawTag {
    fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// A tag at the start of `s` (`<name attr="v" …>`, `</name>`, `<name/>`)
/// and its length; `None` when `s` does not start with a whole tag.
fn parse_tag(s: &str) -> Option<(RawTag, usize)> {
    let b = s.as_bytes();
    let mut i = 1;
    let closing = b.get(i) == Some(&b'/');
    if closing {
        i += 1;
    }
    if !b.get(i).is_some_and(u8::is_ascii_alphabetic) {
        return None;
    }
    let start = i;
    while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'-') {
        i += 1;
    }
    let name = s[start..i].to_ascii_lowercase();
    let mut attrs = Vec::new();
    let skip_ws = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        i
    };
    loop {
        i = skip_ws(i);
        match b.get(i)? {
            b'>' => {
                return Some((
                    RawTag {
                        name,
                        closing,
                        self_closing: false,
                        attrs,
                    },
                    i + 1,
                ))
            }
            b'/' if b.get(i + 1) == Some(&b'>') => {
                return Some((
                    RawTag {
                        name,
                        closing,
                        self_closing: true,
                        attrs,
                    },
                    i + 2,
                ))
            }
            _ => {}
        }
        let a = i;
        while i < b.len() && !b[i].is_ascii_whitespace() && !matches!(b[i], b'=' | b'>' | b'/') {
            i += 1;
        }
        if i == a {
            // A lone `/` or `=`: not a tag this writer reads.
            return None;
        }
        let attr = s[a..i].to_ascii_lowercase();
        i = skip_ws(i);
        let mut value = String::new();
        if b.get(i) == Some(&b'=') {
            i = skip_ws(i + 1);
            match b.get(i)? {
                q @ (b'"' | b'\'') => {
                    let end = s[i + 1..].find(*q as char)? + i + 1;
                    value = s[i + 1..end].to_string();
                    i = end + 1;
                }
                _ => {
                    let v = i;
                    while i < b.len() && !b[i].is_ascii_whitespace() && b[i] != b'>' {
                        i += 1;
                    }
                    value = s[v..i].to_string();
                }
            }
        }
        attrs.push((attr, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn html(md: &str, marks: &[Mark]) -> String {
        let keys: Vec<Option<usize>> = (0..marks.len()).map(Some).collect();
        let marking = Marking {
            marks,
            keys: &keys,
            shared: &[],
            all_front_matter: true,
        };
        let mut out = String::new();
        page_html(md, &marking, false, &mut out);
        out
    }

    fn marked(index: usize, text: &str) -> String {
        let mut s = String::new();
        sentinel::open(index, &mut s);
        s.push_str(text);
        s.push(sentinel::CLOSE);
        s
    }

    fn mark(origin: Origin, key: &str) -> Mark {
        Mark {
            origin,
            key: key.to_string(),
        }
    }

    #[test]
    fn sentinels_become_highlights() {
        let marks = [mark(Origin::Canonical, "a-b"), mark(Origin::Variant, "c")];
        let md = format!(
            "# {}\n\n| **{}** |\n|---|\n| x |\n",
            marked(0, "Title"),
            marked(1, "Head")
        );
        let h = html(&md, &marks);
        assert!(h.contains("<h1><mark data-i=0>Title</mark></h1>"), "{h}");
        assert!(
            h.contains("<th><strong><mark class=o-v data-i=1>Head</mark></strong></th>"),
            "{h}"
        );
        assert!(!h.contains(sentinel::is_sentinel));
    }

    #[test]
    fn a_shared_text_is_left_to_the_label_file() {
        let marks = [mark(Origin::Canonical, "a"), mark(Origin::Canonical, "b")];
        let shared = [Some("Ann &amp; Bob".to_string()), Some("Other".to_string())];
        let md = format!("{} {}\n", marked(0, "Ann & Bob"), marked(1, "Not other"));
        let mut out = String::new();
        let keys = [Some(0), Some(1)];
        let marking = Marking {
            marks: &marks,
            keys: &keys,
            shared: &shared,
            all_front_matter: true,
        };
        page_html(&md, &marking, false, &mut out);
        assert_eq!(
            out,
            "<p><mark data-i=0></mark> <mark data-i=1>Not other</mark></p>\n"
        );
    }

    #[test]
    fn a_highlight_left_open_closes_with_its_block() {
        let mut open = String::new();
        sentinel::open(0, &mut open);
        let md = format!("{open}one\n\ntwo{}\n", sentinel::CLOSE);
        let h = html(&md, &[mark(Origin::Machine, "t")]);
        assert_eq!(
            h,
            "<p><mark class=o-m data-i=0>one</mark></p>\n<p>two</p>\n"
        );
    }

    #[test]
    fn raw_html_keeps_only_harmless_tags() {
        let h = html(
            "<p></p>\n<img alt=\"Badge &amp; more\" src=\"../media/a.png\" onerror=\"x()\" />\n<script>alert(1)</script>\n",
            &[],
        );
        assert!(!h.contains("<script"), "{h}");
        assert!(!h.contains("<img"), "{h}");
        assert!(h.contains("[Badge &amp; more]"), "{h}");
        assert!(h.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{h}");
        let h = html(
            "x <a href=\"javascript:alert(1)\">y</a> <a href=\"https://e.example\">z</a>\n",
            &[],
        );
        assert!(!h.contains("javascript:alert(1)\""), "{h}");
        assert!(h.contains(" y "), "{h}");
        assert!(h.contains("<a href=\"https://e.example\">z</a>"), "{h}");
    }

    #[test]
    fn markdown_links_and_images_are_checked() {
        let h = html("[a](javascript:alert(1)) [b](https://x.example/?q=\"1\") ![c](https://x.example/i.png)\n", &[]);
        assert!(!h.contains("href=\"javascript"), "{h}");
        assert!(
            h.contains("href=\"https://x.example/?q=&quot;1&quot;\""),
            "{h}"
        );
        assert!(
            h.contains("<span class=\"img\" title=\"image: https://x.example/i.png\">[c]</span>"),
            "{h}"
        );
    }

    #[test]
    fn zones_become_sections_and_front_matter_a_block() {
        let h = html(
            "---\ntitle: <b>x</b>\n---\n# A\n\n::: zone pivot=\"general\"\n\n| a |\n|---|\n| b |\n::: zone-end\n",
            &[],
        );
        assert!(h.starts_with("<details class=\"fm\"><summary>Front matter</summary><pre>title: &lt;b&gt;x&lt;/b&gt;</pre></details>\n<h1>A</h1>\n<section class=\"zone\"><p class=\"zone-name\">general</p>\n<table>"), "{h}");
        assert!(h.ends_with("</tbody></table>\n</section>\n"), "{h}");
    }

    #[test]
    fn unbalanced_and_foreign_sentinels_are_harmless() {
        let md = format!(
            "a{}b{}c\u{E001}\u{E01F}d\n",
            sentinel::CLOSE,
            sentinel::OPEN
        );
        let h = html(&md, &[]);
        assert_eq!(h, "<p>ab<mark>cd</mark></p>\n");
    }

    #[test]
    fn tags_are_parsed() {
        let (t, n) = parse_tag("<img alt='a b' src=x />rest").unwrap();
        assert_eq!((t.name.as_str(), t.self_closing, n), ("img", true, 23));
        assert_eq!(t.attr("alt"), Some("a b"));
        assert_eq!(t.attr("src"), Some("x"));
        assert!(parse_tag("<!-- x -->").is_none());
        assert!(parse_tag("<a href=\"x").is_none());
        assert!(parse_tag("< a>").is_none());
    }
}
