//! Rendering a record into a page: in a locale with the catalog's one
//! wording per key (what `build` writes), or as published, with the wordings
//! the page was read with (what proves that reading lost nothing).
//!
//! Layout (spacing, table padding, HTML structure) is the page's and is kept
//! in both modes; only the text changes.

use crate::catalog::{args_from, Catalogs};
use crate::layout::{default_row_layout, esc, fill, fill_into, hole_contexts};
use crate::locale::Locale;
use crate::record::*;
use crate::sanitize;
use std::borrow::Cow;
use std::collections::BTreeMap;

/// Which wordings to write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The catalog's canonical message in the target locale.
    Canonical,
    /// The wordings recorded from the published page.
    AsPublished,
}

/// Front matter fields that only a translation hand-off sets. A page in the
/// reference locale is the source of every translation, not a hand-off, so
/// they are left out there.
pub(crate) const HANDOFF_FIELDS: [&str; 4] = [
    "ms.openlocfilehash",
    "ms.sourcegitcommit",
    "ms.lasthandoff",
    "ms.locfileid",
];

/// A rendered page and what went into it.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    pub text: String,
    /// Free texts written in a language other than the target's, because no
    /// translation exists (by id).
    pub fallbacks: Vec<String>,
    /// Labels with no message in the target locale, written from the
    /// reference locale instead.
    pub missing: Vec<String>,
    /// Whether machine-translated text was carried over.
    pub(crate) machine: bool,
}

/// A record that cannot be rendered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError(pub(crate) String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

struct Renderer<'a> {
    cats: &'a Catalogs,
    record: &'a Record,
    locale: &'a Locale,
    /// The position of `locale` in the catalogs.
    locale_index: Option<usize>,
    mode: Mode,
    out: Lines,
    fallbacks: Vec<String>,
    missing: Vec<String>,
    machine: bool,
}

/// Render a record in `locale`.
pub fn render(
    record: &Record,
    cats: &Catalogs,
    locale: &Locale,
    mode: Mode,
) -> Result<Rendered, RenderError> {
    let nl = if record.file.crlf { "\r\n" } else { "\n" };
    let mut r = Renderer {
        cats,
        record,
        locale,
        locale_index: cats.locale_index(locale),
        mode,
        out: Lines::new(nl),
        fallbacks: Vec::new(),
        missing: Vec::new(),
        machine: false,
    };
    // The body first: the front matter says whether it holds machine
    // translation.
    r.blocks(&record.blocks)?;
    let body = std::mem::replace(&mut r.out, Lines::new(nl));
    if record.file.bom {
        r.out.text.push('\u{feff}');
    }
    r.front_matter()?;
    r.out.append(body);
    for _ in 0..record.file.trailing_blank {
        r.out.push("");
    }
    let mut text = r.out.text;
    if record.file.final_newline {
        text.push_str(nl);
    }
    Ok(Rendered {
        text,
        fallbacks: r.fallbacks,
        missing: r.missing,
        machine: r.machine,
    })
}

/// The lines of a page, joined as they are written.
struct Lines {
    text: String,
    count: usize,
    /// The page's line break.
    nl: &'static str,
}

impl Lines {
    fn new(nl: &'static str) -> Lines {
        Lines {
            text: String::new(),
            count: 0,
            nl,
        }
    }

    fn next_line(&mut self) {
        if self.count > 0 {
            self.text.push_str(self.nl);
        }
        self.count += 1;
    }

    /// Add a line (which may hold line breaks of its own).
    fn push(&mut self, line: &str) {
        self.next_line();
        self.text.push_str(line);
    }

    /// Add a layout line with its holes filled.
    fn fill(&mut self, layout: &str, values: &[String]) {
        self.next_line();
        fill_into(&mut self.text, layout, values);
    }

    /// Add the lines of `other` after these.
    fn append(&mut self, other: Lines) {
        if other.count > 0 {
            self.next_line();
            self.text.push_str(&other.text);
            self.count += other.count - 1;
        }
    }
}

impl Renderer<'_> {
    fn front_matter(&mut self) -> Result<(), RenderError> {
        if self.record.front_matter.is_empty() {
            return Ok(());
        }
        let yaml_file = self.record.format == Some(SourceFormat::Yaml);
        if !yaml_file {
            self.out.push("---");
        }
        let canonical = self.mode == Mode::Canonical;
        let reference = *self.locale == self.cats.reference;
        let translation = if self.machine || !self.missing.is_empty() {
            "MT"
        } else {
            "HT"
        };
        let mut seen_locale = false;
        let mut seen_type = false;
        for f in &self.record.front_matter {
            if canonical && reference && HANDOFF_FIELDS.contains(&f.name.as_str()) {
                continue;
            }
            let quote = f
                .layout
                .as_deref()
                .and_then(|l| hole_contexts(l).first().copied())
                .unwrap_or(' ');
            let value = match (&f.label, f.name.as_str()) {
                (Some(label), _) => self.label(label, Context::Yaml(quote))?,
                (None, "ms.contentlocale") if canonical => {
                    seen_locale = true;
                    self.locale.to_string()
                }
                (None, "ms.translationtype") if canonical => {
                    seen_type = true;
                    translation.to_string()
                }
                (None, _) => f.value.clone().unwrap_or_default(),
            };
            let mut layout = f
                .layout
                .clone()
                .unwrap_or_else(|| format!("{}: {{}}", esc(&f.name)));
            let mut value = value;
            if f.label.is_some() {
                (layout, value) = crate::yaml::label_in_layout(&layout, value, canonical);
            }
            // Multi-line values (lists) carry their own lines.
            self.out.fill(&layout, &[value]);
        }
        if yaml_file {
            return Ok(());
        }
        if canonical {
            if !seen_type {
                self.out.push(&format!("ms.translationtype: {translation}"));
            }
            if !seen_locale {
                self.out.push(&format!("ms.contentlocale: {}", self.locale));
            }
        }
        self.out.push("---");
        Ok(())
    }

    fn gap(&mut self, spacing: Spacing) {
        for _ in 0..spacing.0 {
            self.out.push("");
        }
    }

    fn blocks(&mut self, blocks: &[Block]) -> Result<(), RenderError> {
        for b in blocks {
            self.gap(b.spacing());
            match b {
                Block::Zone(z) => {
                    let start = z.layout.as_deref().unwrap_or("::: zone pivot=\"{}\"");
                    self.out.fill(start, std::slice::from_ref(&z.zone));
                    self.blocks(&z.blocks)?;
                    self.gap(Spacing(z.end_gap));
                    let end = z.end_layout.as_deref().unwrap_or("::: zone-end");
                    self.out.fill(end, &[]);
                }
                Block::Heading(h) => {
                    let text = self.label(&h.heading, Context::Line)?;
                    let hashes = "#".repeat(h.level as usize);
                    let layout = h.layout.clone().unwrap_or_else(|| match h.anchor {
                        Some(_) => format!("{hashes} <a name=\"{{}}\"></a>{{}}"),
                        None => format!("{hashes} {{}}"),
                    });
                    let mut vals = Vec::new();
                    if let Some(a) = &h.anchor {
                        vals.push(a.clone());
                    }
                    vals.push(text);
                    self.out.fill(&layout, &vals);
                }
                Block::Paragraph(p) => {
                    let text = self.label(&p.paragraph, Context::Paragraph)?;
                    self.lines(&text, p.layout.as_deref());
                }
                Block::Text(t) => {
                    let text = self.free_text(&t.text, Context::Paragraph);
                    self.lines(&text, t.layout.as_deref());
                }
                Block::Html(h) => {
                    let line = self.inline(&h.html, &h.slots)?;
                    self.out.push(&line);
                }
                Block::Table(t) => self.table(t)?,
                Block::Include(inc) => {
                    let layout = inc.layout.as_deref().unwrap_or("[!INCLUDE [{}]({})]");
                    self.out
                        .fill(layout, &[inc.title.clone(), inc.include.clone()]);
                }
                Block::Unrecognized(u) => self.out.push(&u.unrecognized),
            }
        }
        Ok(())
    }

    /// Fill an inline HTML layout: labels escaped for where they sit.
    fn inline(&mut self, html: &str, slots: &[Slot]) -> Result<String, RenderError> {
        let contexts = hole_contexts(html);
        let mut vals = Vec::new();
        for (i, s) in slots.iter().enumerate() {
            let ctx = match contexts.get(i) {
                Some('"') => Context::Attr('"'),
                Some('\'') => Context::Attr('\''),
                _ => Context::Html,
            };
            vals.push(match s {
                Slot::Label { label } => self.label(label, ctx)?,
                Slot::Url { url } => url.clone(),
            });
        }
        Ok(fill(html, &vals))
    }

    /// Write text into a paragraph layout, one layout line per text line.
    fn lines(&mut self, text: &str, layout: Option<&str>) {
        let layout = layout.unwrap_or("{}");
        let layout_lines: Vec<&str> = layout.split('\n').collect();
        let text_lines: Vec<&str> = text.split('\n').collect();
        for (i, t) in text_lines.iter().enumerate() {
            let l = if layout_lines.len() == text_lines.len() {
                layout_lines[i]
            } else {
                layout_lines[0]
            };
            self.out.fill(l, &[t.to_string()]);
        }
    }

    fn table(&mut self, t: &Table) -> Result<(), RenderError> {
        let prefix = if t.quoted { ">" } else { "" };
        let n = t.table.len();
        let mut head = Vec::with_capacity(n);
        for l in &t.table {
            head.push(self.label(l, Context::Cell)?);
        }
        let usual_head = {
            let mut s = format!("{prefix}|");
            for _ in 0..n {
                s.push_str(" **{}** |");
            }
            s
        };
        if !t.table.is_empty() {
            self.out
                .fill(t.layout.as_deref().unwrap_or(&usual_head), &head);
        }
        self.out.push(&t.separator);
        // The usual layout of a row, by number of cells.
        let mut usual: Option<(usize, String)> = None;
        for row in &t.rows {
            if let [Value::Unrecognized { unrecognized, .. }] = row.values.as_slice() {
                self.out.push(unrecognized);
                continue;
            }
            let mut cells = Vec::with_capacity(n);
            if let Some(k) = &row.key {
                cells.push(self.label(k, Context::Cell)?);
            }
            for v in &row.values {
                cells.push(self.value(v)?);
            }
            let layout = match row.layout.as_deref() {
                Some(l) => l,
                None => {
                    if usual.as_ref().is_none_or(|(len, _)| *len != cells.len()) {
                        let l = default_row_layout(prefix, cells.len());
                        usual = Some((cells.len(), l));
                    }
                    usual.as_ref().map_or("", |(_, l)| l.as_str())
                }
            };
            self.out.fill(layout, &cells);
        }
        Ok(())
    }

    fn value(&mut self, v: &Value) -> Result<String, RenderError> {
        Ok(match v {
            Value::Answer { answer, published } => {
                self.word(&answer_key(answer), published.first())?
            }
            Value::Enum {
                values,
                published,
                separator,
            } => {
                let mut parts = Vec::with_capacity(values.len());
                for (i, e) in values.iter().enumerate() {
                    parts.push(self.word(&enum_key(e), published.get(i))?);
                }
                let sep = match self.mode {
                    Mode::AsPublished => separator.as_deref().unwrap_or(", "),
                    Mode::Canonical => ", ",
                };
                parts.join(sep)
            }
            Value::Date { date, published } => match (self.mode, published) {
                (Mode::AsPublished, Some(p)) => p.clone(),
                _ => date.clone(),
            },
            Value::Url { url, text, form } => {
                let link = match form.unwrap_or(UrlForm::Link) {
                    UrlForm::Angle => format!("<{url}>"),
                    UrlForm::Bare => url.clone(),
                    UrlForm::Link => format!("[{}]({url})", text.as_deref().unwrap_or(url)),
                };
                self.data(link)
            }
            Value::Html { html, slots } => self.inline(html, slots)?,
            Value::Id { id } => self.data(id.clone()),
            Value::Name { name, published } => match (self.mode, published) {
                (Mode::AsPublished, Some(p)) => p.clone(),
                _ => self.data(name.clone()),
            },
            Value::Text(ft) => self.free_text(ft, Context::Cell),
            Value::Blank { .. } => String::new(),
            Value::Unrecognized { unrecognized, .. } => unrecognized.clone(),
        })
    }

    /// Page data written into a cell (a name, an id, a link): kept as is
    /// when rendering as published, made safe for the cell otherwise.
    fn data(&self, s: String) -> String {
        match self.mode {
            Mode::AsPublished => s,
            Mode::Canonical => escape(&s, Context::Cell),
        }
    }

    /// The text of a label that reads no variable: most labels. Their text
    /// was formatted when the catalogs were loaded, and no arguments need to
    /// be gathered.
    fn fixed(&self, key: &str, published: &Published, ctx: Context) -> Option<String> {
        match self.mode {
            Mode::Canonical => self
                .locale_index
                .and_then(|li| self.cats.fixed_text_at(li, key, None))
                .map(|t| escape(t, ctx)),
            Mode::AsPublished => {
                if let Some(t) = &published.text {
                    return Some(t.clone());
                }
                let (_, li, attr) = self.wording(published.wording.as_deref());
                (li.and_then(|li| self.cats.fixed_text_at(li, key, attr))).map(str::to_string)
            }
        }
    }

    /// An answer word or enumeration value.
    fn word(&mut self, key: &str, published: Option<&Published>) -> Result<String, RenderError> {
        let none = Published::default();
        if let Some(t) = self.fixed(key, published.unwrap_or(&none), Context::Cell) {
            return Ok(t);
        }
        let mut label = Label::new(key);
        if let Some(p) = published {
            label.published = p.clone();
        }
        self.label(&label, Context::Cell)
    }

    fn free_text(&mut self, ft: &FreeText, ctx: Context) -> String {
        if self.mode == Mode::AsPublished {
            return ft.text.clone();
        }
        let text = match self.cats.page_text(self.locale, &self.record.page, &ft.id) {
            Some(t) => t.to_string(),
            None => {
                if ft.lang != *self.locale {
                    self.fallbacks.push(ft.id.clone());
                    self.machine = true;
                } else if ft.machine {
                    self.machine = true;
                }
                ft.text.clone()
            }
        };
        escape(&text, ctx)
    }

    /// Write a label.
    fn label(&mut self, label: &Label, ctx: Context) -> Result<String, RenderError> {
        if label.key.is_empty() {
            return Ok(String::new());
        }
        if let Some(t) = self.fixed(&label.key, &label.published, ctx) {
            return Ok(t);
        }
        let mut args: BTreeMap<String, String> = self.record.names.clone();
        args.extend(label.args.iter().map(|(k, v)| (k.clone(), v.clone())));
        if let Some(d) = &label.date {
            date_args(d, &mut args);
        }
        match self.mode {
            Mode::Canonical => {
                let fargs = args_from(&args);
                if let Some(s) = self.cats.format(self.locale, &label.key, None, &fargs) {
                    return Ok(escape(&s, ctx));
                }
                self.missing.push(label.key.clone());
                self.cats
                    .format(&self.cats.reference, &label.key, None, &fargs)
                    .map(|s| escape(&s, ctx))
                    .ok_or_else(|| {
                        RenderError(format!("no message `{}` in any catalog", label.key))
                    })
            }
            Mode::AsPublished => {
                if let Some(t) = &label.published.text {
                    return Ok(t.clone());
                }
                args.extend(
                    label
                        .published
                        .names
                        .iter()
                        .map(|(k, v)| (k.clone(), v.clone())),
                );
                let (locale, li, attr) = self.wording(label.published.wording.as_deref());
                let fargs = args_from(&args);
                li.and_then(|li| self.cats.format_at(li, &label.key, attr, &fargs))
                    .map(Cow::into_owned)
                    .ok_or_else(|| {
                        RenderError(format!(
                            "the catalogs have no wording `{}` of `{}` in {locale}",
                            attr.unwrap_or("(canonical)"),
                            label.key
                        ))
                    })
            }
        }
    }

    /// Resolve a recorded wording reference: `mt1`, `en-US`, `en-US/mt1`, or
    /// none (the canonical message of the page's locale). The locale as
    /// recorded, its position in the catalogs (if it has a catalog), and the
    /// variant.
    fn wording<'w>(&'w self, w: Option<&'w str>) -> (&'w str, Option<usize>, Option<&'w str>) {
        let page = (self.locale.as_str(), self.locale_index);
        let ((locale, li), attr) = match w {
            None => (page, None),
            Some(w) => match w.split_once('/') {
                Some((l, a)) => ((l, self.cats.locale_index_named(l)), Some(a)),
                None => match self.cats.locale_index_named(w) {
                    Some(li) => ((w, Some(li)), None),
                    None => (page, Some(w)),
                },
            },
        };
        (locale, li, attr)
    }
}

/// The arguments a date message takes, from an ISO date: `day`, `month`,
/// `year` as numbers, and `dd`, `mm`, `yyyy` zero-padded.
fn date_args(iso: &str, args: &mut BTreeMap<String, String>) {
    let parts: Vec<&str> = iso.split('-').collect();
    if let [y, m, d] = parts.as_slice() {
        let num = |s: &str| {
            let t = s.trim_start_matches('0');
            if t.is_empty() {
                "0".to_string()
            } else {
                t.to_string()
            }
        };
        args.insert("year".into(), num(y));
        args.insert("month".into(), num(m));
        args.insert("day".into(), num(d));
        args.insert("yyyy".into(), y.to_string());
        args.insert("mm".into(), m.to_string());
        args.insert("dd".into(), d.to_string());
    }
}

/// Where a text is written, for escaping.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Context {
    /// A front matter value, after `name: ` or inside the quote given.
    Yaml(char),
    /// A heading or other single line.
    Line,
    /// A paragraph.
    Paragraph,
    /// A table cell.
    Cell,
    /// Text between HTML tags.
    Html,
    /// An HTML attribute value quoted with this character.
    Attr(char),
}

/// Make text safe for where it is written (canonical mode only): it must
/// stay inside its cell, line, paragraph or attribute, and add no block, no
/// directive and no active HTML to the page (see [`crate::sanitize`] and
/// docs/SECURITY.md). Text that is already safe is returned unchanged, so
/// that rendering is a fixed point.
fn escape(s: &str, ctx: Context) -> String {
    if nothing_to_escape(s, ctx) {
        return s.to_string();
    }
    escape_all(s, ctx)
}

/// Whether `s` holds none of the bytes that [`escape_all`] changes or looks
/// at in `ctx` (line breaks, the cell's `|` and `\`, the quotes of an
/// attribute, and what sanitizing looks for: `<` of a tag, `[` of a `[!`
/// directive, `]` of a `](` link target); then escaping gives `s` back.
/// Most labels and answers are such text, and one pass over the bytes says
/// so.
fn nothing_to_escape(s: &str, ctx: Context) -> bool {
    let b = s.as_bytes();
    match ctx {
        Context::Cell => !holds_any(b, *b"|\\\n\r<[]"),
        Context::Line => !holds_any(b, *b"\n\r<[]"),
        Context::Html => !holds_any(b, *b"\n\r<["),
        Context::Attr(_) => !holds_any(b, *b"\n\r\"'["),
        // One line that starts no block of its own (see
        // `sanitize::paragraph`), and is not blank unless empty.
        Context::Paragraph => {
            let start = s.trim_start_matches([' ', '\t']).as_bytes().first();
            !holds_any(b, *b"\n\r<[]")
                && (s.is_empty() || !s.trim().is_empty())
                && !start.is_some_and(|c| b"#>|:`~-=*_".contains(c))
        }
        // Front matter values have rules of their own.
        Context::Yaml(_) => false,
    }
}

/// Whether `bytes` holds one of the bytes of `set`. The bytes are compared
/// in blocks without stopping early inside a block, which the compiler
/// turns into vector instructions: most text is scanned whole.
fn holds_any<const N: usize>(bytes: &[u8], set: [u8; N]) -> bool {
    bytes.chunks(64).any(|block| {
        block.iter().fold(false, |found, &b| {
            found | set.iter().fold(false, |m, &x| m | (x == b))
        })
    })
}

/// [`escape`] without the shortcut.
fn escape_all(s: &str, ctx: Context) -> String {
    match ctx {
        Context::Cell => {
            // Backslash pairs are kept whole, as the table reader cuts them:
            // `\\|` is a backslash then a cell boundary, so its pipe is
            // escaped; a backslash at the end would escape the boundary.
            let mut out = String::with_capacity(s.len());
            let mut chars = s.chars().peekable();
            while let Some(c) = chars.next() {
                match c {
                    '\\' => match chars.peek() {
                        None | Some('\n' | '\r') => out.push_str("\\\\"),
                        Some(&next) => {
                            chars.next();
                            out.push('\\');
                            out.push(next);
                        }
                    },
                    '|' => out.push_str("\\|"),
                    '\n' => out.push_str("<br/>"),
                    '\r' => {}
                    c => out.push(c),
                }
            }
            sanitize::inline(&out)
        }
        Context::Line => sanitize::inline(&s.replace(['\r', '\n'], " ")),
        Context::Html => sanitize::html_text(&s.replace(['\r', '\n'], " ")),
        Context::Yaml(q) => sanitize::yaml(s, q),
        Context::Paragraph => sanitize::paragraph(&s.replace("\r\n", "\n").replace('\r', "\n")),
        Context::Attr(q) => {
            let mut out = s.replace(['\r', '\n'], " ");
            if q == '"' {
                out = out.replace('"', "&quot;");
            } else {
                out = out.replace('\'', "&#39;");
            }
            sanitize::attribute(&out)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every string of up to four characters over an alphabet of the
    /// characters escaping and sanitizing care about: where the shortcut
    /// says there is nothing to escape, full escaping agrees.
    #[test]
    fn the_escape_shortcut_agrees_with_full_escaping() {
        let alphabet = [
            'a', ':', '<', '[', '!', ']', '(', '|', '\\', '\n', '\r', '"', '\'', ' ', 'é', '/',
            '#', '-', '\t', '\u{a0}',
        ];
        let contexts = [
            Context::Paragraph,
            Context::Cell,
            Context::Line,
            Context::Html,
            Context::Attr('"'),
            Context::Attr('\''),
        ];
        let mut strings = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..4 {
            last = last
                .iter()
                .flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}")))
                .collect();
            strings.extend(last.iter().cloned());
        }
        let mut shortcuts = 0;
        for s in &strings {
            for ctx in contexts {
                if nothing_to_escape(s, ctx) {
                    shortcuts += 1;
                    assert_eq!(escape_all(s, ctx), *s, "{s:?} in {ctx:?}");
                }
            }
        }
        // The shortcut is taken, and not for everything.
        assert!(shortcuts > 0 && shortcuts < strings.len() * contexts.len());
    }
}
