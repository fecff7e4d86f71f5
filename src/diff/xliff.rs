//! XLIFF 2.1 worklists: the keys a translator has to look at, exported for
//! a translation tool, and the translated file read back into the Fluent
//! catalogs.
//!
//! A unit is one key; its notes carry the reference's comment (where the
//! label sits on a page) and the key's state; Fluent placeables are inline
//! codes (`<ph dataRef>` with the placeable's source in `<originalData>`) so
//! a tool cannot break a variable. Import edits only the text span of the
//! messages whose translation changed, so comments, order and formatting of
//! every other entry stay byte for byte; every file is validated before any
//! is written, and an export imported unchanged changes nothing.

use super::{def_lines, defs, Def, Row, State};
use crate::catalog::{Catalogs, Locale};
use crate::check::lock::{entry_text, fingerprint, is_id, Entry, Lock};
use fluent_syntax::ast;
use quick_xml::escape::escape;
use quick_xml::events::{BytesStart, Event};
use std::collections::{BTreeMap, BTreeSet};

/// The XLIFF 2 namespace.
pub const NAMESPACE: &str = "urn:oasis:names:tc:xliff:document:2.0";

/// A piece of a segment: text or a placeholder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inline {
    Text(String),
    /// A placeholder, by the id of its original data.
    Ph(String),
}

/// The serialized source of one placeable, `{ $publisher }`.
fn placeable_source(expr: &ast::Expression<String>) -> String {
    let msg = ast::Entry::Message(ast::Message {
        id: ast::Identifier { name: "x".into() },
        value: Some(ast::Pattern {
            elements: vec![ast::PatternElement::Placeable {
                expression: expr.clone(),
            }],
        }),
        attributes: Vec::new(),
        comment: None,
    });
    let s = fluent_syntax::serializer::serialize(&ast::Resource { body: vec![msg] });
    let s = s.strip_prefix("x =").unwrap_or(&s);
    s.trim().to_string()
}

/// A pattern as inline pieces; placeables are numbered in `data` by their
/// source text, shared between source and target.
fn inlines(p: &ast::Pattern<String>, data: &mut Vec<String>) -> Vec<Inline> {
    let mut out = Vec::new();
    for e in &p.elements {
        match e {
            ast::PatternElement::TextElement { value } => match out.last_mut() {
                Some(Inline::Text(t)) => t.push_str(value),
                _ => out.push(Inline::Text(value.clone())),
            },
            ast::PatternElement::Placeable { expression } => {
                let src = placeable_source(expression);
                let n = match data.iter().position(|d| *d == src) {
                    Some(i) => i + 1,
                    None => {
                        data.push(src);
                        data.len()
                    }
                };
                out.push(Inline::Ph(format!("d{n}")));
            }
        }
    }
    out
}

fn write_inlines(s: &mut String, items: &[Inline], data: &[String]) {
    for i in items {
        match i {
            Inline::Text(t) => s.push_str(&escape(t.as_str())),
            Inline::Ph(d) => {
                let n = d.trim_start_matches('d');
                let n: usize = n.parse().unwrap_or(0);
                let disp = data
                    .get(n.wrapping_sub(1))
                    .map(String::as_str)
                    .unwrap_or("");
                s.push_str(&format!(
                    "<ph id=\"{n}\" dataRef=\"{d}\" disp=\"{}\"/>",
                    escape(disp)
                ));
            }
        }
    }
}

fn segment_state(r: &Row) -> &'static str {
    match r.state {
        State::Translated if r.signed => "reviewed",
        State::Translated => "translated",
        _ => "initial",
    }
}

/// An XLIFF 2.1 document for the rows (obsolete keys and keys without a
/// value are left out), one `<file>` per reference catalog file.
pub fn export(
    reference: &str,
    locale: &str,
    rows: &[Row],
    ref_defs: &BTreeMap<String, Def>,
    loc_defs: &BTreeMap<String, Def>,
) -> String {
    let mut by_file: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for r in rows {
        let Some(d) = ref_defs.get(&r.key) else {
            continue;
        };
        if d.value.is_none() {
            continue;
        }
        by_file.entry(d.file.as_str()).or_default().push(r);
    }
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(&format!(
        "<xliff version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\" xmlns=\"{NAMESPACE}\">\n",
        escape(reference),
        escape(locale)
    ));
    for (fi, (file, rows)) in by_file.iter().enumerate() {
        s.push_str(&format!(
            "  <file id=\"f{}\" original=\"{}\">\n",
            fi + 1,
            escape(*file)
        ));
        for r in rows {
            write_unit(&mut s, r, &ref_defs[&r.key], loc_defs.get(&r.key));
        }
        s.push_str("  </file>\n");
    }
    s.push_str("</xliff>\n");
    s
}

/// One `<unit>`: its notes, the original data of its placeables, and its
/// segment.
fn write_unit(s: &mut String, r: &Row, rdef: &Def, ldef: Option<&Def>) {
    let mut data = Vec::new();
    let source = rdef
        .value
        .as_ref()
        .map(|p| inlines(p, &mut data))
        .unwrap_or_default();
    let target = ldef
        .and_then(|d| d.value.as_ref())
        .map(|p| inlines(p, &mut data));
    s.push_str(&format!("    <unit id=\"{}\">\n", escape(r.key.as_str())));
    write_notes(s, r, rdef);
    if !data.is_empty() {
        s.push_str("      <originalData>\n");
        for (i, d) in data.iter().enumerate() {
            s.push_str(&format!(
                "        <data id=\"d{}\">{}</data>\n",
                i + 1,
                escape(d.as_str())
            ));
        }
        s.push_str("      </originalData>\n");
    }
    s.push_str(&format!(
        "      <segment state=\"{}\">\n        <source xml:space=\"preserve\">",
        segment_state(r)
    ));
    write_inlines(s, &source, &data);
    s.push_str("</source>\n");
    if let Some(t) = target {
        s.push_str("        <target xml:space=\"preserve\">");
        write_inlines(s, &t, &data);
        s.push_str("</target>\n");
    }
    s.push_str("      </segment>\n    </unit>\n");
}

/// A unit's notes: where the label sits, the key's state, and the text it
/// was signed off against.
fn write_notes(s: &mut String, r: &Row, rdef: &Def) {
    s.push_str("      <notes>\n");
    if let Some(c) = &rdef.comment {
        s.push_str(&format!(
            "        <note category=\"context\">{}</note>\n",
            escape(c.as_str())
        ));
    }
    s.push_str(&format!(
        "        <note category=\"state\">{}</note>\n",
        r.state.name()
    ));
    if let Some(old) = &r.signed_source {
        s.push_str(&format!(
            "        <note category=\"signed-off-source\">{}</note>\n",
            escape(old.as_str())
        ));
    }
    s.push_str("      </notes>\n");
}

/// A problem with an XLIFF file, at a line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct XliffError {
    pub line: usize,
    pub message: String,
}

fn xerr(line: usize, message: impl Into<String>) -> XliffError {
    XliffError {
        line,
        message: message.into(),
    }
}

/// One translated unit as read.
#[derive(Debug, Clone, Default)]
pub struct Unit {
    pub id: String,
    pub line: usize,
    /// The `original` of its file.
    pub file: String,
    pub state: Option<String>,
    pub data: BTreeMap<String, String>,
    pub target: Option<Vec<Inline>>,
}

/// An XLIFF file as read.
#[derive(Debug, Clone, Default)]
pub struct Doc {
    pub source_lang: String,
    pub target_lang: String,
    pub units: Vec<Unit>,
}

fn line_at(text: &str, pos: u64) -> usize {
    let pos = (pos as usize).min(text.len());
    text.as_bytes()[..pos]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

fn attr(e: &BytesStart, name: &str, line: usize) -> Result<Option<String>, XliffError> {
    match e.try_get_attribute(name) {
        Ok(Some(a)) => a
            .normalized_value(quick_xml::XmlVersion::Implicit1_0)
            .map(|v| Some(v.into_owned()))
            .map_err(|e| xerr(line, format!("attribute `{name}`: {e}"))),
        Ok(None) => Ok(None),
        Err(e) => Err(xerr(line, format!("bad attribute: {e}"))),
    }
}

/// Where text goes while reading.
#[derive(PartialEq, Eq)]
enum Sink {
    Nothing,
    Target,
    Data(String),
}

/// A file being read: the document so far, and where the reader is in it.
struct Reader {
    doc: Doc,
    seen_root: bool,
    /// The `original` of the current `<file>`.
    file: String,
    unit: Option<Unit>,
    into: Sink,
    /// Open elements.
    stack: Vec<String>,
}

/// Read an XLIFF 2.x file: not XML, not XLIFF 2, or a malformed unit is an
/// error with its line.
pub fn parse(text: &str) -> Result<Doc, XliffError> {
    let mut reader = quick_xml::Reader::from_str(text);
    let mut r = Reader {
        doc: Doc::default(),
        seen_root: false,
        file: String::new(),
        unit: None,
        into: Sink::Nothing,
        stack: Vec::new(),
    };
    loop {
        let ev = reader.read_event().map_err(|e| {
            xerr(
                line_at(text, reader.error_position()),
                format!("not well-formed XML: {e}"),
            )
        })?;
        let line = line_at(text, reader.buffer_position());
        match ev {
            Event::Eof => break,
            Event::Start(ref e) => r.start(e, line, false)?,
            Event::Empty(ref e) => r.start(e, line, true)?,
            Event::End(e) => r.end(&String::from_utf8_lossy(e.local_name().as_ref())),
            Event::Text(t) => {
                let s = t
                    .xml10_content()
                    .map_err(|e| xerr(line, format!("bad text: {e}")))?;
                if !r.seen_root && !s.trim().is_empty() {
                    return Err(xerr(line, "text before the <xliff> element"));
                }
                r.text(&s);
            }
            Event::CData(t) => {
                let s = t
                    .decode()
                    .map_err(|e| xerr(line, format!("bad CDATA: {e}")))?;
                r.text(&s);
            }
            Event::GeneralRef(e) => r.text(&reference(&e, line)?),
            _ => {}
        }
    }
    if !r.seen_root {
        return Err(xerr(1, "not an XLIFF file: no <xliff> element"));
    }
    if !r.stack.is_empty() {
        return Err(xerr(
            line_at(text, text.len() as u64),
            "the file ends inside an element",
        ));
    }
    Ok(r.doc)
}

/// The text of a character or entity reference.
fn reference(r: &quick_xml::events::BytesRef, line: usize) -> Result<String, XliffError> {
    if r.is_char_ref() {
        return match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(c.to_string()),
            _ => Err(xerr(line, "bad character reference")),
        };
    }
    let name = r.decode().map_err(|e| xerr(line, e.to_string()))?;
    Ok(match name.as_ref() {
        "amp" => "&",
        "lt" => "<",
        "gt" => ">",
        "quot" => "\"",
        "apos" => "'",
        other => return Err(xerr(line, format!("unknown entity `&{other};`"))),
    }
    .to_string())
}

impl Reader {
    /// An element starts (`empty`: and ends there).
    fn start(&mut self, e: &BytesStart, line: usize, empty: bool) -> Result<(), XliffError> {
        let name = String::from_utf8_lossy(e.local_name().as_ref()).into_owned();
        if self.seen_root {
            self.element(e, line, &name)?;
        } else {
            self.root(e, line, &name)?;
        }
        if !empty {
            self.stack.push(name);
        }
        Ok(())
    }

    /// The first element: `<xliff>`, version 2, with its languages.
    fn root(&mut self, e: &BytesStart, line: usize, name: &str) -> Result<(), XliffError> {
        if name != "xliff" {
            return Err(xerr(line, format!("expected <xliff>, found <{name}>")));
        }
        let version = attr(e, "version", line)?.unwrap_or_default();
        if !version.starts_with("2.") {
            return Err(xerr(
                line,
                format!("XLIFF version `{version}`: only XLIFF 2.x is read"),
            ));
        }
        self.doc.source_lang =
            attr(e, "srcLang", line)?.ok_or_else(|| xerr(line, "<xliff> has no srcLang"))?;
        self.doc.target_lang =
            attr(e, "trgLang", line)?.ok_or_else(|| xerr(line, "<xliff> has no trgLang"))?;
        self.seen_root = true;
        Ok(())
    }

    /// An element inside `<xliff>`.
    fn element(&mut self, e: &BytesStart, line: usize, name: &str) -> Result<(), XliffError> {
        match name {
            "file" => {
                self.file = attr(e, "original", line)?
                    .ok_or_else(|| xerr(line, "<file> has no `original` catalog file"))?;
            }
            "unit" => {
                let id = attr(e, "id", line)?.ok_or_else(|| xerr(line, "<unit> has no id"))?;
                self.unit = Some(Unit {
                    id,
                    line,
                    file: self.file.clone(),
                    ..Unit::default()
                });
            }
            "segment" => self.segment(e, line)?,
            "target" if self.unit.is_some() => {
                self.into = Sink::Target;
                if let Some(u) = self.unit.as_mut() {
                    u.target = Some(Vec::new());
                }
            }
            "data" if self.unit.is_some() => {
                let id = attr(e, "id", line)?.ok_or_else(|| xerr(line, "<data> has no id"))?;
                if let Some(u) = self.unit.as_mut() {
                    u.data.insert(id.clone(), String::new());
                }
                self.into = Sink::Data(id);
            }
            "ph" if self.into == Sink::Target => {
                let r = attr(e, "dataRef", line)?.ok_or_else(|| {
                    xerr(
                        line,
                        "<ph> without dataRef: a placeholder must name its original data",
                    )
                })?;
                if let Some(t) = self.unit.as_mut().and_then(|u| u.target.as_mut()) {
                    t.push(Inline::Ph(r));
                }
            }
            "pc" | "sc" | "ec" | "cp" if self.into == Sink::Target => {
                return Err(xerr(
                    line,
                    format!("<{name}> in a target: Fluent catalogs hold no paired codes; keep the <ph> placeholders"),
                ));
            }
            _ => {}
        }
        Ok(())
    }

    /// A unit's `<segment>`: one only, its state `initial` unless given.
    fn segment(&mut self, e: &BytesStart, line: usize) -> Result<(), XliffError> {
        let Some(u) = self.unit.as_mut() else {
            return Ok(());
        };
        if u.state.is_some() {
            return Err(xerr(
                line,
                format!("unit `{}` has more than one segment", u.id),
            ));
        }
        u.state = Some(attr(e, "state", line)?.unwrap_or_else(|| "initial".into()));
        Ok(())
    }

    /// An element ends.
    fn end(&mut self, name: &str) {
        self.stack.pop();
        match name {
            "target" | "data" => self.into = Sink::Nothing,
            "unit" => {
                if let Some(u) = self.unit.take() {
                    self.doc.units.push(u);
                }
            }
            _ => {}
        }
    }

    /// Text, for the target or the original data being read.
    fn text(&mut self, s: &str) {
        let Some(u) = self.unit.as_mut() else { return };
        match &self.into {
            Sink::Target => {
                let t = u.target.get_or_insert_with(Vec::new);
                match t.last_mut() {
                    Some(Inline::Text(x)) => x.push_str(s),
                    _ => t.push(Inline::Text(s.to_string())),
                }
            }
            Sink::Data(id) => u.data.entry(id.clone()).or_default().push_str(s),
            Sink::Nothing => {}
        }
    }
}

/// What an import will do: new file texts (by path relative to the locale
/// directory), the new lock, and the keys whose translation changed.
#[derive(Debug, Clone, Default)]
pub struct Plan {
    pub files: BTreeMap<String, String>,
    pub lock: Lock,
    pub changed: Vec<(String, String)>,
    pub signed: usize,
}

/// The `$variables` a text's placeables use.
fn variables(srcs: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in srcs {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'$' {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b'_')
                {
                    j += 1;
                }
                if j > start {
                    out.insert(s[start..j].to_string());
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The byte range of the definition of `id` in a Fluent source: from its
/// line to the end of its last indented continuation line.
fn entry_span(source: &str, id: &str) -> Option<(usize, usize)> {
    let line = *def_lines(source).get(id)?;
    let mut offsets = Vec::new();
    let mut at = 0;
    for l in source.split_inclusive('\n') {
        offsets.push((at, l));
        at += l.len();
    }
    let (start, first) = *offsets.get(line - 1)?;
    let mut end = start + first.len();
    for &(o, l) in offsets.iter().skip(line) {
        if l.trim().is_empty() {
            continue;
        }
        if l.starts_with(' ') {
            end = o + l.len();
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Serialize one entry (message or term) without its comment.
fn serialize_entry(entry: ast::Entry<String>) -> String {
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// Check the units against the catalogs and work out the edits. Every
/// problem is returned; nothing is written by this function.
pub fn plan(cats: &Catalogs, doc: &Doc, lock: &Lock) -> Result<Plan, Vec<XliffError>> {
    let mut errors = check_languages(cats, doc);
    let (Some(rloc), Some(loc)) = (cats.locale(&cats.reference), cats.locale(&doc.target_lang))
    else {
        errors.push(xerr(1, format!("unknown locale `{}`", doc.target_lang)));
        return Err(errors);
    };
    let mut p = Planner {
        locale: &doc.target_lang,
        loc,
        ref_defs: defs(rloc),
        loc_defs: defs(loc),
        lock,
        sources: loc
            .files
            .iter()
            .filter(|f| !f.variants && !f.rel.starts_with("pages/"))
            .map(|f| (f.rel.clone(), f.source.clone()))
            .collect(),
        touched: BTreeSet::new(),
        plan: Plan {
            lock: lock.clone(),
            ..Plan::default()
        },
        errors,
    };
    let mut seen = BTreeSet::new();
    for u in &doc.units {
        if !seen.insert(u.id.clone()) {
            p.errors
                .push(xerr(u.line, format!("unit `{}` appears twice", u.id)));
            continue;
        }
        if let Err(e) = p.unit(u, &cats.reference) {
            p.errors.push(e);
        }
    }
    p.finish()
}

/// The file's languages: from the reference, into another locale.
fn check_languages(cats: &Catalogs, doc: &Doc) -> Vec<XliffError> {
    let mut errors = Vec::new();
    if doc.source_lang != cats.reference {
        errors.push(xerr(
            1,
            format!(
                "srcLang is `{}`, but the reference locale is {}",
                doc.source_lang, cats.reference
            ),
        ));
    }
    if doc.target_lang == cats.reference {
        errors.push(xerr(
            1,
            format!("trgLang `{}` is the reference locale", doc.target_lang),
        ));
    }
    errors
}

/// An import being worked out: the catalog files of the locale as they
/// will be, and what changed.
struct Planner<'a> {
    locale: &'a str,
    loc: &'a Locale,
    ref_defs: BTreeMap<String, Def>,
    loc_defs: BTreeMap<String, Def>,
    lock: &'a Lock,
    /// The canonical catalog files of the locale, by path, with the edits.
    sources: BTreeMap<String, String>,
    /// Files edited.
    touched: BTreeSet<String>,
    plan: Plan,
    errors: Vec<XliffError>,
}

impl Planner<'_> {
    /// One unit: its target into the catalogs, and its key signed off when
    /// it changed or was reviewed.
    fn unit(&mut self, u: &Unit, reference: &str) -> Result<(), XliffError> {
        let Some(rdef) = self.ref_defs.get(&u.id) else {
            return Err(xerr(
                u.line,
                format!(
                    "unknown unit id `{}`: {reference} has no such message",
                    u.id
                ),
            ));
        };
        let Some(target) = u.target.as_deref().filter(|t| !t.is_empty()) else {
            return Ok(());
        };
        let Some(target) = to_fluent(u, target)? else {
            return Ok(());
        };
        compare_variables(u, rdef, &target.used)?;
        let (new_text, serialized) = new_entry(u, target.pattern, self.loc)?;
        let old_text = self.loc_defs.get(&u.id).map(|d| d.text.clone());
        let changed = old_text.as_deref() != Some(new_text.as_str());
        let fp = fingerprint(&rdef.text);
        let current = (self.lock.entries.get(&u.id)).is_some_and(|e| e.fingerprint == fp);
        let reviewed = u.state.as_deref() == Some("reviewed") && !current;
        if changed {
            let file = match self.loc_defs.get(&u.id) {
                Some(d) => d.file.clone(),
                None if u.file.is_empty() => rdef.file.clone(),
                None => u.file.clone(),
            };
            if file.contains("..") || !file.ends_with(".ftl") || file.starts_with('/') {
                return Err(xerr(
                    u.line,
                    format!("`{}`: `{file}` is not a catalog file", u.id),
                ));
            }
            let src = self.sources.entry(file.clone()).or_default();
            splice(src, &u.id, &serialized, old_text.is_some());
            self.touched.insert(file.clone());
            self.plan.changed.push((u.id.clone(), file));
        }
        if changed || reviewed {
            self.plan.signed += 1;
            let entry = Entry {
                fingerprint: fp,
                identical: new_text == rdef.text,
                text: rdef.text.clone(),
                line: 0,
            };
            self.plan.lock.entries.insert(u.id.clone(), entry);
        }
        Ok(())
    }

    /// Check that every edited file parses as cleanly as before, with
    /// every edited key in it; the plan, or every problem found.
    fn finish(mut self) -> Result<Plan, Vec<XliffError>> {
        for file in &self.touched {
            let src = &self.sources[file];
            let before = (self.loc.files.iter())
                .find(|f| &f.rel == file)
                .map(|f| junk(&f.ast))
                .unwrap_or(0);
            let res = match fluent_syntax::parser::parse(src.clone()) {
                Ok(r) | Err((r, _)) => r,
            };
            let locale = self.locale;
            if junk(&res) > before {
                self.errors.push(xerr(
                    1,
                    format!("{locale}/{file}: the edited catalog would not parse"),
                ));
            }
            let now = super::defs_of([(file.as_str(), src.as_str(), &res)]);
            for (key, f) in &self.plan.changed {
                if f == file && !now.contains_key(key) {
                    (self.errors).push(xerr(1, format!("{locale}/{file}: `{key}` would be lost")));
                }
            }
        }
        if !self.errors.is_empty() {
            let mut errors = self.errors;
            errors.sort_by(|a, b| a.line.cmp(&b.line).then(a.message.cmp(&b.message)));
            return Err(errors);
        }
        let touched = self.touched;
        self.plan.files = (self.sources.into_iter())
            .filter(|(f, _)| touched.contains(f))
            .collect();
        debug_assert!(self.plan.lock.entries.keys().all(|k| is_id(k)));
        Ok(self.plan)
    }
}

/// A unit's target as a Fluent pattern.
struct Target<'u> {
    pattern: ast::Pattern<String>,
    /// The sources of the placeables it uses, from the unit's original data.
    used: Vec<&'u str>,
}

/// A unit's target as a Fluent pattern, placeables from the unit's
/// original data; `None` when it is blank.
fn to_fluent<'u>(u: &'u Unit, target: &[Inline]) -> Result<Option<Target<'u>>, XliffError> {
    let at = |m: String| xerr(u.line, m);
    let mut elements = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for i in target {
        match i {
            Inline::Text(t) if t.contains('{') || t.contains('}') => {
                return Err(at(format!(
                    "`{}`: the target has `{{` or `}}` in its text: variables must stay placeholders (<ph>)",
                    u.id
                )));
            }
            Inline::Text(t) => elements.push(ast::PatternElement::TextElement { value: t.clone() }),
            Inline::Ph(r) => {
                let Some(src) = u.data.get(r) else {
                    return Err(at(format!(
                        "`{}`: placeholder dataRef `{r}` has no <data> in the unit",
                        u.id
                    )));
                };
                used.push(src);
                elements.push(placeable(u, r, src)?);
            }
        }
    }
    // Fluent drops blanks around a value: so do we, rather than refuse
    // the spaces a tool leaves at the ends.
    if let Some(ast::PatternElement::TextElement { value }) = elements.first_mut() {
        *value = value.trim_start().to_string();
    }
    if let Some(ast::PatternElement::TextElement { value }) = elements.last_mut() {
        *value = value.trim_end().to_string();
    }
    elements
        .retain(|e| !matches!(e, ast::PatternElement::TextElement { value } if value.is_empty()));
    if elements
        .iter()
        .all(|e| matches!(e, ast::PatternElement::TextElement { value } if value.trim().is_empty()))
    {
        return Ok(None);
    }
    Ok(Some(Target {
        pattern: ast::Pattern { elements },
        used,
    }))
}

/// The original data `r` of a unit, `src`, as one Fluent placeable.
fn placeable(u: &Unit, r: &str, src: &str) -> Result<ast::PatternElement<String>, XliffError> {
    let res = fluent_syntax::parser::parse(format!("x = {src}\n")).map_err(|_| {
        xerr(
            u.line,
            format!("`{}`: data `{r}` is not valid Fluent: {src}", u.id),
        )
    })?;
    match res.body.into_iter().next() {
        Some(ast::Entry::Message(ast::Message { value: Some(p), .. })) if p.elements.len() == 1 => {
            Ok(p.elements.into_iter().next().expect("one element"))
        }
        _ => Err(xerr(
            u.line,
            format!("`{}`: data `{r}` is not one Fluent placeable", u.id),
        )),
    }
}

/// The target must use the variables of the source, no fewer, no more.
fn compare_variables(u: &Unit, rdef: &Def, used: &[&str]) -> Result<(), XliffError> {
    let ref_vars = {
        let mut d = Vec::new();
        if let Some(p) = &rdef.value {
            inlines(p, &mut d);
        }
        variables(&d.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let vars = variables(used);
    if vars == ref_vars {
        return Ok(());
    }
    let listed = |a: &BTreeSet<String>, b: &BTreeSet<String>| -> Vec<String> {
        a.difference(b).map(|v| format!("${v}")).collect()
    };
    let (missing, extra) = (listed(&ref_vars, &vars), listed(&vars, &ref_vars));
    let mut what = Vec::new();
    if !missing.is_empty() {
        what.push(format!("drops {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        what.push(format!("adds {}", extra.join(", ")));
    }
    Err(xerr(
        u.line,
        format!(
            "`{}`: the target {} of the source",
            u.id,
            what.join(" and ")
        ),
    ))
}

/// The unit's new entry, with the attributes of the entry it replaces:
/// its text (as the lock file fingerprints it) and its Fluent source,
/// which must read back as itself.
fn new_entry(
    u: &Unit,
    pattern: ast::Pattern<String>,
    loc: &Locale,
) -> Result<(String, String), XliffError> {
    // Fluent text cannot start with `[`, `*` or `.` on a continuation
    // line, nor be only blank: the serializer and parser decide.
    let term = u.id.starts_with('-');
    let name = u.id.trim_start_matches('-').to_string();
    let old_entry = loc.files.iter().filter(|f| !f.variants).find_map(|f| {
        f.ast.body.iter().find(|e| match e {
            ast::Entry::Message(m) => !term && m.id.name == name,
            ast::Entry::Term(t) => term && t.id.name == name,
            _ => false,
        })
    });
    let attributes = match old_entry {
        Some(ast::Entry::Message(m)) => m.attributes.clone(),
        Some(ast::Entry::Term(t)) => t.attributes.clone(),
        _ => Vec::new(),
    };
    let id = ast::Identifier { name };
    let entry = if term {
        ast::Entry::Term(ast::Term {
            id,
            value: pattern,
            attributes,
            comment: None,
        })
    } else {
        ast::Entry::Message(ast::Message {
            id,
            value: Some(pattern),
            attributes,
            comment: None,
        })
    };
    let text = entry_text(&entry).unwrap_or_default();
    let serialized = serialize_entry(entry);
    match fluent_syntax::parser::parse(serialized.clone()) {
        Ok(res)
            if res.body.len() == 1
                && entry_text(&res.body[0]).as_deref() == Some(text.as_str()) =>
        {
            Ok((text, serialized))
        }
        _ => Err(xerr(
            u.line,
            format!(
                "`{}`: the target does not make a valid Fluent message",
                u.id
            ),
        )),
    }
}

/// Put the entry `serialized` for `id` into the file's source: in place of
/// the old definition when there was one (`replace`), else at the end.
fn splice(src: &mut String, id: &str, serialized: &str, replace: bool) {
    match entry_span(src, id).filter(|_| replace) {
        Some((start, end)) => {
            let mut repl = serialized.to_string();
            if !src[..end].ends_with('\n') {
                repl.pop();
            }
            src.replace_range(start..end, &repl);
        }
        None => {
            if !src.is_empty() && !src.ends_with('\n') {
                src.push('\n');
            }
            if !src.is_empty() {
                src.push('\n');
            }
            src.push_str(serialized);
        }
    }
}

fn junk(res: &ast::Resource<String>) -> usize {
    res.body
        .iter()
        .filter(|e| matches!(e, ast::Entry::Junk { .. }))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_spans_cover_continuation_lines_only() {
        let src = "# c\na = one\n    two\n\nb = x\nc =\n    { $n ->\n       *[other] y\n    }";
        let (s, e) = entry_span(src, "a").unwrap();
        assert_eq!(&src[s..e], "a = one\n    two\n");
        let (s, e) = entry_span(src, "c").unwrap();
        assert_eq!(&src[s..e], "c =\n    { $n ->\n       *[other] y\n    }");
        assert!(entry_span(src, "z").is_none());
    }

    #[test]
    fn variables_are_read_from_placeables() {
        let v = variables(&["{ $publisher }", "{ $month ->\n *[1] x { $day }\n}"]);
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        assert_eq!(v, ["day", "month", "publisher"]);
    }

    #[test]
    fn parse_reports_lines() {
        let e = parse("<xliff version=\"2.1\" srcLang=\"en-US\" trgLang=\"fr-FR\">\n<file original=\"a.ftl\">\n<unit id=\"a\"><segment><target>x</segment>").unwrap_err();
        assert_eq!(e.line, 3, "{e:?}");
        assert!(parse("").is_err());
        assert!(parse("<html/>").is_err());
        let d = parse("<xliff version=\"2.0\" srcLang=\"en-US\" trgLang=\"fr-FR\"><file original=\"a.ftl\"><unit id=\"k\"><originalData><data id=\"d1\">{ $x }</data></originalData><segment state=\"translated\"><source>s</source><target>a &amp; <ph id=\"1\" dataRef=\"d1\"/>&#33;</target></segment></unit></file></xliff>").unwrap();
        let u = &d.units[0];
        assert_eq!(u.data["d1"], "{ $x }");
        assert_eq!(
            u.target.as_deref().unwrap(),
            [
                Inline::Text("a & ".into()),
                Inline::Ph("d1".into()),
                Inline::Text("!".into())
            ]
        );
    }
}
