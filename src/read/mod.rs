//! Reading a published page into its record.
//!
//! The page is cut into blocks by its structure (front matter, zones,
//! headings, tables, HTML lines, paragraphs), and every text in a label
//! position is recognized against the catalogs of every locale. What no label
//! matches is kept verbatim as `unrecognized`, with its line, and never
//! dropped.

pub mod lex;

use crate::catalog::{args_from, Catalogs, Kind};
use crate::layout::{brace, default_row_layout, esc, esc_into};
use crate::recognize::{Context, Match, Role};
use crate::record::*;
use crate::text::slug;
use lex::{inline_segments, is_separator, split_table_line, table_prefix, unwrap_cell, Seg};
use std::collections::BTreeMap;

/// A page that cannot be read: where and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageError {
    pub line: usize,
    pub message: String,
}

impl PageError {
    fn new(line: usize, message: impl Into<String>) -> Self {
        PageError {
            line,
            message: message.into(),
        }
    }
}

/// Something worth telling about a page that was read: a fuzzy match.
#[derive(Debug, Clone, PartialEq)]
pub struct Note {
    pub line: usize,
    pub message: String,
}

/// The result of reading one page.
#[derive(Debug, Clone)]
pub struct Reading {
    pub record: Record,
    pub notes: Vec<Note>,
}

/// Check that a file is text, and cut it into lines; the file layout
/// (byte-order mark, line endings, final newline, trailing blank lines) is
/// kept apart.
fn decode(bytes: &[u8]) -> Result<(Vec<&str>, FileLayout), PageError> {
    if bytes.is_empty() {
        return Err(PageError::new(
            1,
            "empty file: expected front matter (`---`)",
        ));
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|&&b| b == b'\n')
                .count()
                + 1;
            return Err(PageError::new(
                line,
                "invalid UTF-8: the page must be UTF-8 text",
            ));
        }
    };
    if let Some(p) = text.find('\0') {
        let line = text[..p].matches('\n').count() + 1;
        return Err(PageError::new(
            line,
            "NUL byte: this is a binary file, not a page",
        ));
    }
    let mut file = FileLayout::default();
    let mut body = text;
    if let Some(rest) = body.strip_prefix('\u{feff}') {
        file.bom = true;
        body = rest;
    }
    if body.contains("\r\n") {
        file.crlf = true;
    }
    let mut lines: Vec<&str> = body.split('\n').collect();
    if body.ends_with('\n') {
        lines.pop();
    } else {
        file.final_newline = false;
    }
    if file.crlf {
        for l in lines.iter_mut() {
            if let Some(s) = l.strip_suffix('\r') {
                *l = s;
            }
        }
    }
    while lines.len() > 1 && lines.last().is_some_and(|l| l.is_empty()) {
        lines.pop();
        file.trailing_blank += 1;
    }
    Ok((lines, file))
}

/// Read a YAML file of labels (`zone-pivot-groups.yml`): every `title:` and
/// `prompt:` value is a label, every other line is structure. The file says
/// nothing of its locale: it is the locale most of its labels are worded in.
fn read_yaml(
    page: &str,
    lines: &[&str],
    file: FileLayout,
    cats: &Catalogs,
) -> Result<Reading, PageError> {
    let src = lines.join("\n");
    if let Err(e) = crate::yaml::check(&src) {
        let line = e.location().map_or(1, |l| l.0);
        return Err(PageError::new(line, format!("not YAML: {}", e.message())));
    }
    let mut reader = Reader {
        cats,
        locale: cats.reference.clone(),
        machine: false,
        notes: Vec::new(),
        free_ids: BTreeMap::new(),
    };
    let mut fields = Vec::new();
    let mut votes: BTreeMap<String, usize> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let trimmed = line.trim_start_matches([' ', '-']);
        let key = ["title: ", "prompt: "]
            .into_iter()
            .find(|k| trimmed.starts_with(k));
        let field = key.and_then(|k| {
            let at = line.len() - trimmed.len() + k.len();
            let raw = &line[at..];
            let (text, quote) = crate::yaml::unquote(raw);
            let label = reader.label(&text, Role::Label, &Context::default(), i + 1)?;
            *votes
                .entry(
                    label
                        .published
                        .wording
                        .as_deref()
                        .and_then(|w| w.split('/').next())
                        .filter(|l| cats.locale(l).is_some())
                        .unwrap_or("")
                        .to_string(),
                )
                .or_default() += 1;
            let q = quote.map(String::from).unwrap_or_default();
            Some(Field {
                name: k.trim_end_matches([':', ' ']).to_string(),
                value: None,
                label: Some(label),
                layout: Some(format!("{}{q}{{}}{q}", esc(&line[..at]))),
                line: None,
            })
        });
        fields.push(field.unwrap_or_else(|| Field {
            name: String::new(),
            value: Some(line.to_string()),
            label: None,
            layout: Some("{}".to_string()),
            line: None,
        }));
    }
    // Wordings were recorded relative to the reference locale; the file's
    // locale is the one most labels are in, and wordings are made relative
    // to it.
    let locale = votes
        .iter()
        .max_by_key(|(_, n)| **n)
        .map(|(l, _)| {
            if l.is_empty() {
                cats.reference.clone()
            } else {
                l.clone()
            }
        })
        .unwrap_or_else(|| cats.reference.clone());
    for f in fields.iter_mut() {
        if let Some(l) = f.label.as_mut() {
            l.published.wording =
                rebase_wording(l.published.wording.take(), &cats.reference, &locale, &|w| {
                    cats.locale(w).is_some()
                });
        }
    }
    Ok(Reading {
        record: Record {
            page: page.to_string(),
            locale,
            translation: None,
            generation: None,
            names: BTreeMap::new(),
            front_matter: fields,
            blocks: Vec::new(),
            file,
            format: Some(SourceFormat::Yaml),
        },
        notes: reader.notes,
    })
}

/// A wording reference recorded relative to locale `from`, made relative to
/// locale `to`.
fn rebase_wording(
    w: Option<String>,
    from: &str,
    to: &str,
    is_locale: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let (locale, attr) = match &w {
        None => (from.to_string(), None),
        Some(w) => match w.split_once('/') {
            Some((l, a)) => (l.to_string(), Some(a.to_string())),
            None if is_locale(w) => (w.clone(), None),
            None => (from.to_string(), Some(w.clone())),
        },
    };
    match (locale == to, attr) {
        (true, None) => None,
        (true, Some(a)) => Some(a),
        (false, None) => Some(locale),
        (false, Some(a)) => Some(format!("{locale}/{a}")),
    }
}

/// Read a page. `page` is its path relative to the pages directory.
pub fn read_page(page: &str, bytes: &[u8], cats: &Catalogs) -> Result<Reading, PageError> {
    let (lines, file) = decode(bytes)?;
    if page.ends_with(".yml") || page.ends_with(".yaml") {
        return read_yaml(page, &lines, file, cats);
    }
    let mut reader = Reader {
        cats,

        locale: String::new(),
        machine: false,
        notes: Vec::new(),
        free_ids: BTreeMap::new(),
    };
    let (front_matter, body_start) = reader.front_matter(&lines)?;
    let locale = field_value(&front_matter, "ms.contentlocale")
        .map(|v| crate::yaml::strip_quotes(&v))
        .unwrap_or_else(|| cats.reference.clone());
    let translation =
        field_value(&front_matter, "ms.translationtype").map(|v| crate::yaml::strip_quotes(&v));
    reader.machine = translation.as_deref() == Some("MT");
    reader.locale = locale.clone();
    let front_matter = reader.front_matter_labels(front_matter, &lines);
    let blocks = reader.body(&lines, body_start)?;
    let generation =
        field_value(&front_matter, "zone_pivot_groups").map(|v| crate::yaml::strip_quotes(&v));
    let mut record = Record {
        page: page.to_string(),
        locale,
        translation,
        generation,
        names: BTreeMap::new(),
        front_matter,
        blocks,
        file,
        format: None,
    };
    settle_names(&mut record);
    Ok(Reading {
        record,
        notes: reader.notes,
    })
}

/// The fields cut line by line must be the top-level keys of the front
/// matter as YAML reads it, in order: where they are not (a key in quotes, a
/// space before the colon), writing the page back could duplicate or lose a
/// field, so the page is refused with the line of the first field that
/// differs.
fn check_fields_are_keys(fields: &[Field], keys: &[Option<String>]) -> Result<(), PageError> {
    for (i, f) in fields.iter().enumerate() {
        if keys.get(i).and_then(|k| k.as_deref()) != Some(f.name.as_str()) {
            return Err(PageError::new(
                f.line.unwrap_or(2),
                format!(
                    "front matter: cannot tell where field `{}` starts or ends",
                    f.name
                ),
            ));
        }
    }
    if keys.len() > fields.len() {
        return Err(PageError::new(
            fields.last().and_then(|f| f.line).unwrap_or(2),
            "front matter: a field is not on a line of its own",
        ));
    }
    Ok(())
}

fn field_value(fields: &[Field], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|f| f.name == name)
        .and_then(|f| f.value.clone())
}

struct Reader<'a> {
    cats: &'a Catalogs,
    locale: String,
    machine: bool,
    notes: Vec<Note>,
    free_ids: BTreeMap<String, usize>,
}

/// Labels whose value sits in front matter fields.
const LABEL_FIELDS: [&str; 2] = ["title", "description"];

impl<'a> Reader<'a> {
    /// Cut the front matter into fields. Returns the fields and the index of
    /// the first body line.
    fn front_matter(&mut self, lines: &[&str]) -> Result<(Vec<Field>, usize), PageError> {
        if lines.first() != Some(&"---") {
            return Err(PageError::new(
                1,
                "no front matter: expected `---` on the first line",
            ));
        }
        let Some(end) = lines
            .iter()
            .skip(1)
            .position(|l| *l == "---")
            .map(|p| p + 1)
        else {
            return Err(PageError::new(
                1,
                "unterminated front matter: no closing `---`",
            ));
        };
        // The YAML parser only sees front matter that is not plainly valid:
        // plain front matter is one field per line, each named by its key.
        let parsed = match crate::yaml::is_plain_mapping(&lines[1..end]) {
            true => Ok(None),
            false => crate::yaml::mapping_keys(&lines[1..end].join("\n")).map(Some),
        };
        if let Err(e) = &parsed {
            // The parser counts lines from the first field; the page from `---`.
            let line = e.location().map_or(2, |l| l.0 + 1).min(end + 1);
            return Err(PageError::new(
                line,
                format!("front matter is not YAML: {}", e.message()),
            ));
        }
        let mut fields: Vec<Field> = Vec::new();
        // The quote of a quoted value that goes on to the next lines.
        let mut open_quote: Option<char> = None;
        for (i, line) in lines[1..end].iter().enumerate() {
            let starts_field = open_quote.is_none()
                && !line.starts_with([' ', '-', '\t', '#'])
                && line.contains(':');
            open_quote = match open_quote {
                Some(q) => crate::yaml::open_after(line, q),
                None if starts_field => {
                    let value = line[line.find(':').unwrap_or(0) + 1..].trim_start();
                    match value.chars().next() {
                        Some(q @ ('"' | '\'')) => crate::yaml::open_after(&value[1..], q),
                        _ => None,
                    }
                }
                None => None,
            };
            match (starts_field, fields.last_mut()) {
                (false, Some(f)) => {
                    let v = f.value.get_or_insert_with(String::new);
                    v.push('\n');
                    v.push_str(line);
                }
                (false, None) => {
                    return Err(PageError::new(i + 2, "front matter line outside any field"))
                }
                (true, _) => {
                    let colon = line.find(':').unwrap_or(line.len());
                    let name = line[..colon].to_string();
                    let rest = &line[colon + 1..];
                    let (value, layout) = match rest.strip_prefix(' ') {
                        Some(v) => (v.to_string(), None),
                        None => (rest.to_string(), Some(format!("{}:{{}}", esc(&name)))),
                    };
                    fields.push(Field {
                        name,
                        value: Some(value),
                        label: None,
                        layout,
                        line: Some(i + 2),
                    });
                }
            }
        }
        if let Ok(Some(parsed)) = parsed {
            check_fields_are_keys(&fields, &parsed)?;
        }
        Ok((fields, end + 1))
    }

    /// Recognize the label fields (title, description).
    fn front_matter_labels(&mut self, fields: Vec<Field>, _lines: &[&str]) -> Vec<Field> {
        let mut out = Vec::with_capacity(fields.len());
        for mut f in fields {
            let line = f.line.take();
            if !LABEL_FIELDS.contains(&f.name.as_str()) {
                out.push(f);
                continue;
            }
            let raw = f.value.clone().unwrap_or_default();
            let (text, quote) = crate::yaml::unquote(&raw);
            match self.label(&text, Role::Label, &Context::default(), line.unwrap_or(1)) {
                Some(label) => {
                    // Quoted YAML: keep the quotes in the layout; text that
                    // needs escaping inside them is kept literally.
                    if let Some(q) = quote {
                        if crate::yaml::requotes_to(&text, q, &raw[1..raw.len() - 1]) {
                            f.layout = Some(format!("{}: {q}{{}}{q}", esc(&f.name)));
                            f.value = None;
                            f.label = Some(label);
                            out.push(f);
                            continue;
                        }
                        // Not reproducible: keep the field verbatim.
                        f.line = line;
                        out.push(f);
                        continue;
                    }
                    f.value = None;
                    f.label = Some(label);
                }
                None => f.line = line,
            }
            out.push(f);
        }
        out
    }

    /// Recognize a text as a label, with its exact published wording.
    fn label(&mut self, text: &str, role: Role, ctx: &Context, line: usize) -> Option<Label> {
        let m = self
            .cats
            .recognizer()
            .recognize(text, role, &self.locale, ctx)?;
        Some(self.label_from(m, text, line))
    }

    fn label_from(&mut self, m: Match, text: &str, line: usize) -> Label {
        let mut label = Label::new(m.key.clone());
        let mut caps = m.captures.clone();
        if let Some(date) = take_date(&mut caps) {
            label.date = Some(date);
        }
        label.args = caps;
        // Which wording: exact bytes of a known one, or the text itself.
        let formatted = match self.cats.fixed_text(&m.locale, &m.key, m.attr.as_deref()) {
            Some(t) => Some(std::borrow::Cow::Borrowed(t)),
            None => self.cats.format_cow(
                &m.locale,
                &m.key,
                m.attr.as_deref(),
                &args_from(&m.captures),
            ),
        };
        let wording = match (&m.attr, m.locale == self.locale) {
            (None, true) => None,
            (None, false) => Some(m.locale.clone()),
            (Some(a), true) => Some(a.clone()),
            (Some(a), false) => Some(format!("{}/{a}", m.locale)),
        };
        label.published.wording = wording;
        if m.fuzzy || formatted.as_deref() != Some(text) {
            label.published.text = Some(text.to_string());
        }
        if m.fuzzy {
            label.published.fuzzy = true;
            self.notes.push(Note {
                line,
                message: format!("fuzzy match: `{}` for \"{}\"", m.key, text),
            });
        }
        label
    }

    fn free_text(&mut self, base: &str, text: &str) -> FreeText {
        let n = self.free_ids.entry(base.to_string()).or_insert(0);
        *n += 1;
        let id = if *n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        FreeText {
            id,
            text: text.to_string(),
            lang: self.locale.clone(),
            machine: self.machine,
        }
    }

    /// Read the body into blocks, zones nested.
    fn body(&mut self, lines: &[&str], start: usize) -> Result<Vec<Block>, PageError> {
        // Stack of open zones: (pivot, line, layout, blocks).
        let mut root: Vec<Block> = Vec::new();
        let mut zone: Option<(Zone, usize)> = None;
        let mut gap = 0usize;
        let mut i = start;
        let mut free_context: Option<String> = None;
        let mut previous_key: Option<String> = None;
        while i < lines.len() {
            let line = lines[i];
            let lineno = i + 1;
            if line.is_empty() {
                gap += 1;
                i += 1;
                continue;
            }
            // Zones.
            if let Some(pivot) = zone_start(line) {
                if let Some((z, at)) = &zone {
                    return Err(PageError::new(
                        lineno,
                        format!(
                            "nested zone: zone `{}` opened at line {at} is not closed",
                            z.zone
                        ),
                    ));
                }
                let usual = format!("::: zone pivot=\"{}\"", pivot);
                zone = Some((
                    Zone {
                        zone: pivot.to_string(),
                        blocks: Vec::new(),
                        spacing: Spacing(gap),
                        end_gap: 1,
                        layout: (line != usual).then(|| esc(line).replacen(&esc(pivot), "{}", 1)),
                        end_layout: None,
                    },
                    lineno,
                ));
                gap = 0;
                i += 1;
                free_context = None;
                previous_key = None;
                continue;
            }
            if is_zone_end(line) {
                let Some((mut z, _)) = zone.take() else {
                    return Err(PageError::new(
                        lineno,
                        "`::: zone-end` without an open zone",
                    ));
                };
                z.end_gap = gap;
                if line != "::: zone-end" {
                    z.end_layout = Some(esc(line));
                }
                root.push(Block::Zone(z));
                gap = 0;
                i += 1;
                free_context = None;
                continue;
            }
            let zone_name = zone.as_ref().map(|(z, _)| z.zone.clone());
            let ctx_zone = zone_name.as_deref();
            let spacing = Spacing(gap);
            gap = 0;
            let target = match zone.as_mut() {
                Some((z, _)) => &mut z.blocks,
                None => &mut root,
            };
            // Tables.
            if let Some(prefix) = table_prefix(line) {
                // Logical rows: a row whose last cell runs on to the next
                // line (an answer with a line break) continues there.
                let mut rows: Vec<(String, usize)> = Vec::new();
                let mut j = i;
                while j < lines.len() {
                    if table_prefix(lines[j]) == Some(prefix) {
                        rows.push((lines[j].to_string(), j + 1));
                    } else if !lines[j].is_empty()
                        && !is_structural(lines[j])
                        && rows
                            .last()
                            .is_some_and(|(r, _)| !r.trim_end().ends_with('|'))
                    {
                        let last = rows.last_mut().expect("checked above");
                        last.0.push('\n');
                        last.0.push_str(lines[j]);
                    } else {
                        break;
                    }
                    j += 1;
                }
                let block = self.table(&rows, prefix, ctx_zone, &mut previous_key)?;
                let mut block = block;
                block.set_spacing(spacing);
                target.push(block);
                i = j;
                continue;
            }
            // Headings.
            if let Some((level, anchor, text)) = heading(line) {
                free_context = None;
                let ctx = Context {
                    zone: ctx_zone,
                    previous: None,
                };
                let label = if level == 1 {
                    self.label(text, Role::Label, &ctx, lineno).or_else(|| {
                        let m = self.cats.recognizer().recognize_among(
                            text,
                            &[H1_KEY],
                            &self.locale.clone(),
                        )?;
                        Some(self.label_from(m, text, lineno))
                    })
                } else {
                    self.label(text, Role::Label, &ctx, lineno)
                };
                let usual = usual_heading(level, anchor);
                let layout = heading_layout(line, text);
                match label {
                    Some(label) => target.push(Block::Heading(Heading {
                        heading: label,
                        level,
                        anchor: anchor.map(str::to_string),
                        spacing,
                        layout: (layout != usual).then_some(layout),
                    })),
                    None => target.push(unrecognized(line, lineno, spacing)),
                }
                i += 1;
                continue;
            }
            // Includes.
            if let Some((title, path)) = include(line) {
                free_context = None;
                let usual = "[!INCLUDE [{}]({})]";
                let lead = &line[..line.len() - line.trim_start().len()];
                let layout = format!("{}{usual}", esc(lead));
                let trailing_ok = line.trim_end().ends_with(']') && line.trim_end() == line;
                if !trailing_ok {
                    target.push(unrecognized(line, lineno, spacing));
                } else {
                    target.push(Block::Include(Include {
                        include: path.to_string(),
                        title: title.to_string(),
                        spacing,
                        layout: (layout != usual).then_some(layout),
                    }));
                }
                i += 1;
                continue;
            }
            // HTML lines and link list items.
            if line.starts_with('<') || line.starts_with("* <") || line.starts_with("* [") {
                if let Some(f) = &free_context {
                    let ft = self.free_text(f, line);
                    target.push(Block::Text(TextBlock {
                        text: ft,
                        spacing,
                        layout: None,
                    }));
                    i += 1;
                    continue;
                }
                let block = self
                    .html(line, lineno, ctx_zone)
                    .unwrap_or_else(|| unrecognized(line, lineno, spacing));
                let mut block = block;
                block.set_spacing(spacing);
                target.push(block);
                i += 1;
                continue;
            }
            // Paragraphs: consecutive lines of text (block quotes apart).
            let quoted = line.starts_with('>');
            let mut j = i + 1;
            // A list item is a block of its own.
            let item = is_list_item(line);
            while !item
                && j < lines.len()
                && !lines[j].is_empty()
                && lines[j].starts_with('>') == quoted
                && !is_structural(lines[j])
                && !is_list_item(lines[j])
            {
                j += 1;
            }
            let (text, layout) = paragraph_text(&lines[i..j], quoted);
            let ctx = Context {
                zone: ctx_zone,
                previous: None,
            };
            if let Some(label) = self.label(&text, Role::Label, &ctx, lineno) {
                let answer_kind = self.cats.template.answers.get(&label.key).copied();
                free_context = (answer_kind == Some(Kind::Text)).then(|| label.key.clone());
                target.push(Block::Paragraph(Paragraph {
                    paragraph: label,
                    spacing,
                    layout,
                }));
            } else if let Some(f) = free_context.clone() {
                let ft = self.free_text(&f, &text);
                target.push(Block::Text(TextBlock {
                    text: ft,
                    spacing,
                    layout,
                }));
            } else {
                target.push(unrecognized(&lines[i..j].join("\n"), lineno, spacing));
            }
            i = j;
        }
        if let Some((z, at)) = zone {
            return Err(PageError::new(
                at,
                format!(
                    "unterminated zone `{}`: no `::: zone-end` before the end of the page",
                    z.zone
                ),
            ));
        }
        if gap > 0 {
            // Blank lines before the end are counted in the file layout.
        }
        Ok(root)
    }

    /// Read one line of inline HTML / Markdown links.
    fn html(&mut self, line: &str, lineno: usize, zone: Option<&str>) -> Option<Block> {
        let (html, slots) = self.inline(line, lineno, zone)?;
        Some(Block::Html(Html {
            html,
            slots,
            spacing: Spacing(1),
        }))
    }

    /// Cut inline HTML / Markdown links into a layout and slots; every text
    /// must be a label.
    fn inline(
        &mut self,
        text: &str,
        lineno: usize,
        zone: Option<&str>,
    ) -> Option<(String, Vec<Slot>)> {
        let mut layout = String::new();
        let mut slots = Vec::new();
        let ctx = Context {
            zone,
            previous: None,
        };
        for seg in inline_segments(text) {
            match seg {
                Seg::Layout(s) => layout.push_str(&esc(&s)),
                Seg::Url(u) => {
                    layout.push_str("{}");
                    slots.push(Slot::Url { url: u });
                }
                Seg::Text(t) => {
                    let label = self.label(&t, Role::Label, &ctx, lineno)?;
                    layout.push_str("{}");
                    slots.push(Slot::Label { label });
                }
            }
        }
        Some((layout, slots))
    }

    /// Read a table: header, separator and rows.
    fn table(
        &mut self,
        lines: &[(String, usize)],
        prefix: &str,
        zone: Option<&str>,
        previous_key: &mut Option<String>,
    ) -> Result<Block, PageError> {
        let first_line = lines[0].1;
        let first = split_table_line(&lines[0].0, prefix);
        // A table whose first line is its separator has no header (what a
        // stray line break before the header row leaves).
        let headerless = is_separator(&first.cells);
        let (header, sep_line, body_start) = if headerless {
            (None, &lines[0].0, 1)
        } else {
            let Some((sep_line, _)) = lines.get(1) else {
                return Err(PageError::new(
                    first_line,
                    "table without separator row (`|---|---|`)",
                ));
            };
            if !is_separator(&split_table_line(sep_line, prefix).cells) {
                return Err(PageError::new(
                    first_line + 1,
                    "table without separator row: expected `|---|---|` after the header",
                ));
            }
            (Some(first.clone()), sep_line, 2)
        };
        let ncols = first.cells.len();
        let ctx = Context {
            zone,
            previous: None,
        };
        // Header cells: labels inside their bold markers.
        let mut head_labels = Vec::new();
        let mut head_layout_parts = Vec::new();
        for cell in header.iter().flat_map(|h| h.cells.iter()) {
            let (pre, inner, post) = unwrap_cell(cell);
            if inner.is_empty() {
                // An empty header cell shows nothing: no label.
                head_labels.push(Label::new(""));
                head_layout_parts.push(cell_layout(&pre, &post));
                continue;
            }
            match self.label(inner, Role::Label, &ctx, first_line) {
                Some(l) => head_labels.push(l),
                None => {
                    // A header no label matches: the whole table stays verbatim.
                    let all: Vec<&str> = lines.iter().map(|(l, _)| l.as_str()).collect();
                    return Ok(unrecognized(&all.join("\n"), first_line, Spacing(1)));
                }
            }
            head_layout_parts.push(cell_layout(&pre, &post));
        }
        let head_layout = match &header {
            Some(h) => fill_cells(&h.layout, &head_layout_parts),
            None => String::new(),
        };
        let usual_head = fill_cells(
            &default_row_layout(prefix, ncols),
            &vec!["**{}**".to_string(); ncols],
        );
        let columns: Vec<Option<Kind>> = head_labels
            .iter()
            .map(|l| self.cats.template.columns.get(&l.key).copied())
            .collect();
        let value_table = columns.iter().any(Option::is_some);
        let usual = default_row_layout(prefix, ncols);
        let mut rows = Vec::new();
        *previous_key = None;
        for (line, lineno) in &lines[body_start..] {
            let (line, lineno) = (line.as_str(), *lineno);
            let mut tl = split_table_line(line, prefix);
            if tl.cells.len() > ncols && !value_table && ncols >= 2 {
                // Pipes inside an answer (a company called "SharePoint|Sapiens"):
                // the last cell runs to the end of the row.
                tl = lex::split_table_line_max(line, prefix, ncols);
                self.notes.push(Note {
                    line: lineno,
                    message: "answer contains `|`: read as part of the answer".to_string(),
                });
            }
            if tl.cells.is_empty() {
                // An empty row (`|`).
                rows.push(Row {
                    key: None,
                    values: Vec::new(),
                    layout: Some(tl.layout),
                });
                continue;
            }
            if tl.cells.len() != ncols {
                return Err(PageError::new(
                    lineno,
                    format!(
                        "table row has {} cells, the header has {ncols}",
                        tl.cells.len()
                    ),
                ));
            }
            let mut parts = Vec::with_capacity(ncols);
            let mut values = Vec::with_capacity(ncols);
            let mut key = None;
            if value_table {
                let row_name = slug(tl.cells[0].trim());
                for (c, cell) in tl.cells.iter().enumerate() {
                    let (pre, inner, post) = unwrap_cell(cell);
                    parts.push(cell_layout(&pre, &post));
                    let base = format!("{}-{row_name}", head_labels[c].key);
                    values.push(self.value(inner, columns[c], &base, zone));
                }
            } else {
                let (pre, inner, post) = unwrap_cell(&tl.cells[0]);
                parts.push(cell_layout(&pre, &post));
                let ctx = Context {
                    zone,
                    previous: previous_key.as_deref(),
                };
                let label =
                    match self
                        .cats
                        .recognizer()
                        .recognize(inner, Role::Label, &self.locale, &ctx)
                    {
                        Some(m) => Some(self.label_from(m, inner, lineno)),
                        None => self
                            .cats
                            .recognizer()
                            .recognize_fuzzy(inner, &self.locale, &ctx)
                            .map(|m| self.label_from(m, inner, lineno)),
                    };
                let Some(label) = label else {
                    rows.push(Row {
                        key: None,
                        values: vec![Value::Unrecognized {
                            unrecognized: line.to_string(),
                            line: lineno,
                        }],
                        layout: Some("{}".to_string()),
                    });
                    continue;
                };
                *previous_key = Some(label.key.clone());
                let kind = self.cats.template.answers.get(&label.key).copied();
                for cell in &tl.cells[1..] {
                    let (pre, inner, post) = unwrap_cell(cell);
                    parts.push(cell_layout(&pre, &post));
                    values.push(self.value(inner, kind, &label.key, zone));
                }
                key = Some(label);
            }
            let layout = fill_cells(&tl.layout, &parts);
            rows.push(Row {
                key,
                values,
                layout: (layout != usual).then_some(layout),
            });
        }
        Ok(Block::Table(Table {
            table: head_labels,
            separator: sep_line.to_string(),
            rows,
            quoted: !prefix.is_empty(),
            layout: (header.is_some() && head_layout != usual_head).then_some(head_layout),
            spacing: Spacing(1),
        }))
    }

    /// Type an answer.
    fn value(
        &mut self,
        text: &str,
        kind: Option<Kind>,
        id_base: &str,
        zone: Option<&str>,
    ) -> Value {
        if text.is_empty() {
            return Value::Blank { blank: true };
        }
        let ctx = Context {
            zone,
            previous: None,
        };
        // Inline HTML in a cell (a badge image) whose texts are labels; HTML
        // with no label in it (`<br/>`) is the answer's own text.
        if text.starts_with('<') && text.ends_with('>') {
            if let Some((html, slots)) = self.inline(text, 0, zone) {
                if slots.iter().any(|s| matches!(s, Slot::Label { .. })) {
                    return Value::Html { html, slots };
                }
            }
        }
        let typed = match kind {
            Some(Kind::Name) => Some(Value::Name {
                name: text.to_string(),
                published: None,
            }),
            Some(Kind::Id) => Some(Value::Id {
                id: text.to_string(),
            }),
            Some(Kind::Url) => url_value(text),
            Some(Kind::Date) => date_value(text),
            Some(Kind::Text) => Some(Value::Text(self.free_text(id_base, text))),
            Some(Kind::Enum) | Some(Kind::Answer) => self.enum_value(text, &ctx),
            None => None,
        };
        if let Some(v) = typed {
            return v;
        }
        self.enum_value(text, &ctx)
            .or_else(|| date_value(text))
            .or_else(|| url_value(text))
            .unwrap_or_else(|| Value::Text(self.free_text(id_base, text)))
    }

    /// An answer word, or one or more enumeration values.
    fn enum_value(&mut self, text: &str, ctx: &Context) -> Option<Value> {
        if let Some(m) = self
            .cats
            .recognizer()
            .recognize(text, Role::Value, &self.locale, ctx)
        {
            let key = m.key.clone();
            let label = self.label_from(m, text, 0);
            let published: Vec<Published> = if label.published.is_empty() {
                Vec::new()
            } else {
                vec![label.published]
            };
            return match KeyKind::of(&key) {
                KeyKind::Answer(a) => Some(Value::Answer {
                    answer: a.to_string(),
                    published,
                }),
                KeyKind::Enum(v) => Some(Value::Enum {
                    values: vec![v.to_string()],
                    published,
                    separator: None,
                }),
                // Recognized as values: answer words and enumeration values only.
                KeyKind::Date | KeyKind::Label => None,
            };
        }
        // A list: every part an enumeration value, one separator throughout.
        let parts: Vec<&str> = text.split(',').collect();
        if parts.len() < 2 {
            return None;
        }
        let seps: Vec<String> = separators(text);
        if seps.windows(2).any(|w| w[0] != w[1]) {
            return None;
        }
        let mut values = Vec::new();
        let mut published = Vec::new();
        let mut any_published = false;
        for p in &parts {
            let p = p.trim();
            let m = self
                .cats
                .recognizer()
                .recognize(p, Role::Value, &self.locale, ctx)?;
            let KeyKind::Enum(key) = KeyKind::of(&m.key) else {
                return None;
            };
            let key = key.to_string();
            let label = self.label_from(m, p, 0);
            any_published |= !label.published.is_empty();
            published.push(label.published);
            values.push(key);
        }
        let rebuilt = parts
            .iter()
            .map(|p| p.trim())
            .collect::<Vec<_>>()
            .join(&seps[0]);
        if rebuilt != text {
            return None;
        }
        Some(Value::Enum {
            values,
            published: if any_published { published } else { Vec::new() },
            separator: (seps[0] != ", ").then(|| seps[0].clone()),
        })
    }
}

/// The separators between comma-separated parts, spaces included.
fn separators(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let b = text.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        if c == b',' {
            let mut a = i;
            while a > 0 && b[a - 1] == b' ' {
                a -= 1;
            }
            let mut z = i + 1;
            while z < b.len() && b[z] == b' ' {
                z += 1;
            }
            out.push(text[a..z].to_string());
        }
    }
    out
}

fn url_value(text: &str) -> Option<Value> {
    if let Some(inner) = text.strip_prefix('<').and_then(|t| t.strip_suffix('>')) {
        if lex::is_absolute_url(inner) && !inner.contains(' ') {
            return Some(Value::Url {
                url: inner.to_string(),
                text: None,
                form: Some(UrlForm::Angle),
            });
        }
    }
    if text.starts_with('[') && text.ends_with(')') {
        if let Some(mid) = text.find("](") {
            let label = &text[1..mid];
            let url = &text[mid + 2..text.len() - 1];
            if !label.contains(']') && !url.contains(['(', ')', ' ']) {
                return Some(Value::Url {
                    url: url.to_string(),
                    text: (label != url).then(|| label.to_string()),
                    form: None,
                });
            }
        }
    }
    if lex::is_absolute_url(text) && !text.contains(char::is_whitespace) {
        return Some(Value::Url {
            url: text.to_string(),
            text: None,
            form: Some(UrlForm::Bare),
        });
    }
    None
}

fn date_value(text: &str) -> Option<Value> {
    let b = text.as_bytes();
    let iso = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    iso.then(|| Value::Date {
        date: text.to_string(),
        published: None,
    })
}

/// The layout of one cell: markup before, the hole, markup after (`post`
/// is layout text already).
fn cell_layout(pre: &str, post: &str) -> String {
    let mut s = String::with_capacity(pre.len() + post.len() + 2);
    esc_into(&mut s, pre);
    s.push_str("{}");
    s.push_str(post);
    s
}

/// Replace the `{}` holes of a row layout by the cells' own layouts.
fn fill_cells(layout: &str, parts: &[String]) -> String {
    // `parts` are already layout text (escaped); insert them unescaped-safe.
    let mut out = String::with_capacity(layout.len() + 8);
    let mut it = parts.iter();
    let bytes = layout.as_bytes();
    // Text between braces is copied in runs.
    let mut rest = 0;
    while let Some(p) = brace(&bytes[rest..]).map(|p| rest + p) {
        out.push_str(&layout[rest..p]);
        match (bytes[p], bytes.get(p + 1)) {
            (b'{', Some(b'}')) => {
                out.push_str(it.next().map(String::as_str).unwrap_or("{}"));
                rest = p + 2;
            }
            (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                out.push_str(&layout[p..p + 2]);
                rest = p + 2;
            }
            _ => {
                out.push_str(&layout[p..p + 1]);
                rest = p + 1;
            }
        }
    }
    out.push_str(&layout[rest..]);
    out
}

fn unrecognized(text: &str, line: usize, spacing: Spacing) -> Block {
    Block::Unrecognized(Unrecognized {
        unrecognized: text.to_string(),
        line,
        spacing,
    })
}

fn zone_start(line: &str) -> Option<&str> {
    let rest = line.strip_prefix(":::")?.trim_start();
    let rest = rest.strip_prefix("zone")?.trim_start();
    let rest = rest.strip_prefix("pivot=\"")?;
    let end = rest.find('"')?;
    Some(&rest[..end])
}

fn is_zone_end(line: &str) -> bool {
    line.strip_prefix(":::")
        .is_some_and(|r| r.trim() == "zone-end")
}

/// `### <a name="anchor"></a>Text`: level, anchor, text.
fn heading(line: &str) -> Option<(u8, Option<&str>, &str)> {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    if !(1..=6).contains(&level) || line.as_bytes().get(level) != Some(&b' ') {
        return None;
    }
    let rest = line[level + 1..].trim_start();
    if let Some(a) = rest.strip_prefix("<a name=\"") {
        let q = a.find('"')?;
        let anchor = &a[..q];
        let after = a[q..].strip_prefix("\"></a>")?;
        return Some((level as u8, Some(anchor), after.trim()));
    }
    Some((level as u8, None, rest.trim()))
}

fn usual_heading(level: u8, anchor: Option<&str>) -> String {
    let hashes = "#".repeat(level as usize);
    match anchor {
        Some(_) => format!("{hashes} <a name=\"{{}}\"></a>{{}}"),
        None => format!("{hashes} {{}}"),
    }
}

fn heading_layout(line: &str, text: &str) -> String {
    let level = line.bytes().take_while(|&b| b == b'#').count();
    let rest = &line[level..];
    if let Some(p) = rest.find("<a name=\"") {
        let a = &rest[p + 9..];
        let q = a.find('"').unwrap_or(0);
        let after = &a[q..];
        // Not found when the anchor is not where a heading has it
        // (`### x<a name="y"></a>z`): then the text is the whole heading.
        if let Some(tpos) = after.rfind(text) {
            return format!(
                "{}{}<a name=\"{{}}{}{{}}{}",
                "#".repeat(level),
                esc(&rest[..p]),
                esc(&after[..tpos]),
                esc(&after[tpos + text.len()..])
            );
        }
    }
    let tpos = rest.rfind(text).unwrap_or(rest.len());
    format!(
        "{}{}{{}}{}",
        "#".repeat(level),
        esc(&rest[..tpos]),
        esc(rest.get(tpos + text.len()..).unwrap_or(""))
    )
}

/// `[!INCLUDE [title](path)]`, possibly indented.
fn include(line: &str) -> Option<(&str, &str)> {
    let t = line.trim();
    let rest = t.strip_prefix("[!INCLUDE [")?;
    let mid = rest.find("](")?;
    let title = &rest[..mid];
    let after = &rest[mid + 2..];
    let end = after.find(")]")?;
    if after.len() != end + 2 {
        return None;
    }
    Some((title, &after[..end]))
}

fn is_list_item(line: &str) -> bool {
    ["- ", "* ", "+ "].iter().any(|m| line.starts_with(m))
}

fn is_structural(line: &str) -> bool {
    zone_start(line).is_some()
        || is_zone_end(line)
        || heading(line).is_some()
        || include(line).is_some()
        || table_prefix(line).is_some()
        || line.starts_with('<')
}

/// The text of a paragraph and its layout: one layout line per text line
/// (`>` prefixes, trailing spaces); `None` for a plain one-line paragraph.
fn paragraph_text(lines: &[&str], quoted: bool) -> (String, Option<String>) {
    let mut texts = Vec::new();
    let mut layout_lines = Vec::new();
    for l in lines {
        let (pre, rest) = if quoted {
            let r = l.strip_prefix('>').unwrap_or(l);
            let r2 = r.trim_start_matches(' ');
            (&l[..l.len() - r2.len()], r2)
        } else {
            ("", *l)
        };
        // A list marker is structure, not text.
        let (pre, rest) = match ["- ", "* ", "+ "].iter().find(|m| rest.starts_with(*m)) {
            Some(m) => (&l[..pre.len() + m.len()], &rest[m.len()..]),
            None => (pre, rest),
        };
        let body = rest.trim_end();
        layout_lines.push(format!("{}{{}}{}", esc(pre), esc(&rest[body.len()..])));
        texts.push(body);
    }
    let layout = layout_lines.join("\n");
    (texts.join("\n"), (layout != "{}").then_some(layout))
}

/// Turn captured date parts (`day`/`dd`, `month`/`mm`, `year`/`yyyy`) into
/// an ISO date, removing them from the captures.
fn take_date(caps: &mut BTreeMap<String, String>) -> Option<String> {
    let get = |caps: &BTreeMap<String, String>, a: &str, b: &str| -> Option<u32> {
        caps.get(a)
            .or_else(|| caps.get(b))
            .and_then(|v| v.parse().ok())
    };
    let d = get(caps, "day", "dd")?;
    let m = get(caps, "month", "mm")?;
    let y = get(caps, "year", "yyyy")?;
    for k in ["day", "dd", "month", "mm", "year", "yyyy"] {
        caps.remove(k);
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}

/// Settle the page names: the first value a label gave each name variable
/// is the page's; other values are how one label showed it.
fn settle_names(record: &mut Record) {
    const NAMES: [&str; 3] = ["app", "publisher", "id"];
    // Every value each name takes, in page order.
    let mut seen: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    {
        let mut collect = |label: &mut Label| {
            for n in NAMES {
                if let Some(v) = label.args.get(n) {
                    seen.entry(n).or_default().push(v.clone());
                }
            }
        };
        for f in record.front_matter.iter_mut() {
            if let Some(l) = f.label.as_mut() {
                collect(l);
            }
        }
        for_each_label(&mut record.blocks, &mut collect);
    }
    // The app's name: the first value that is the name the H1 anchor was
    // made from (machine translation renamed some apps on some lines, but
    // the anchor keeps the original), else the first value.
    let anchor = record.blocks.iter().find_map(|b| match b {
        Block::Heading(h) if h.level == 1 => h.anchor.clone(),
        _ => None,
    });
    let mut names: BTreeMap<String, String> = BTreeMap::new();
    for (n, values) in &seen {
        let pick = match (*n, &anchor) {
            ("app", Some(a)) => values.iter().find(|v| slug(v) == *a).or(values.first()),
            _ => values.first(),
        };
        if let Some(v) = pick {
            names.insert(n.to_string(), v.clone());
        }
    }
    let mut settle = |label: &mut Label| {
        for n in NAMES {
            if let Some(v) = label.args.remove(n) {
                if names.get(n) != Some(&v) {
                    label.published.names.insert(n.to_string(), v);
                }
            }
        }
    };
    for f in record.front_matter.iter_mut() {
        if let Some(l) = f.label.as_mut() {
            settle(l);
        }
    }
    for_each_label(&mut record.blocks, &mut settle);
    let mut renamed: Vec<(String, String)> = Vec::new();
    for_each_label(&mut record.blocks, &mut |l| {
        for (n, v) in &l.published.names {
            renamed.push((n.clone(), v.clone()));
        }
    });
    // A name cell that shows one of those other names shows the page's name
    // as machine translation renamed it: it is the page's name.
    rename_cells(&mut record.blocks, &renamed, &names);
    record.names = names;
}

fn rename_cells(
    blocks: &mut [Block],
    renamed: &[(String, String)],
    names: &BTreeMap<String, String>,
) {
    for b in blocks {
        match b {
            Block::Zone(z) => rename_cells(&mut z.blocks, renamed, names),
            Block::Table(t) => {
                for v in t.rows.iter_mut().flat_map(|r| r.values.iter_mut()) {
                    if let Value::Name { name, published } = v {
                        let var = renamed
                            .iter()
                            .find(|(_, shown)| shown == name)
                            .map(|(n, _)| n);
                        if let Some(page_name) = var.and_then(|n| names.get(n)) {
                            *published = Some(std::mem::replace(name, page_name.clone()));
                        }
                    }
                }
            }
            _ => {}
        }
    }
}

/// Visit every label of the body, in page order.
pub fn for_each_label(blocks: &mut [Block], f: &mut dyn FnMut(&mut Label)) {
    for b in blocks {
        match b {
            Block::Zone(z) => for_each_label(&mut z.blocks, f),
            Block::Heading(h) => f(&mut h.heading),
            Block::Paragraph(p) => f(&mut p.paragraph),
            Block::Html(h) => {
                for s in h.slots.iter_mut() {
                    if let Slot::Label { label } = s {
                        f(label);
                    }
                }
            }
            Block::Table(t) => {
                for l in t.table.iter_mut() {
                    f(l);
                }
                for r in t.rows.iter_mut() {
                    if let Some(k) = r.key.as_mut() {
                        f(k);
                    }
                }
            }
            Block::Text(_) | Block::Include(_) | Block::Unrecognized(_) => {}
        }
    }
}
