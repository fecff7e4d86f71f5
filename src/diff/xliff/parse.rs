//! Reading an XLIFF 2.x file back: its languages and its units, each
//! with its file, state, original data and target; anything that is not
//! XML or not XLIFF 2 is an error with its line.

use super::{xerr, Doc, Inline, Unit, XliffError};
use quick_xml::events::{BytesStart, Event};

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
pub(crate) fn parse(text: &str) -> Result<Doc, XliffError> {
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

#[cfg(test)]
mod tests {
    use super::*;

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
