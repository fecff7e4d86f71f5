//! Records as YAML, written byte for byte as `serde_yaml::to_string` writes
//! them, several times faster. The profile of `extract` showed 70% of its
//! time in serde_yaml's emitter, which asks its own parser, for every
//! string, whether the string would read back as something else.
//!
//! The value is written as it is serialized, in libyaml's block style:
//! mappings indented by two, sequences in a mapping not indented, `{}` and
//! `[]` for empty ones. A string on one line is written plain or
//! single-quoted when this is certain (conservative tests: only what YAML
//! reads back as the same string, only what libyaml writes that way); any
//! other string is written by serde_yaml itself, alone, and the result is
//! placed in the line (re-indented, for a block literal). Anything this
//! writer does not handle is an error, and [`to_string`] then falls back to
//! serde_yaml for the whole value: the output is always serde_yaml's.

use serde::ser::{self, Serialize};

/// The YAML of a value, as `serde_yaml::to_string` gives it.
pub(crate) fn to_string<T: Serialize>(value: &T) -> Result<String, super::Error> {
    let mut out = String::with_capacity(8192);
    let ser = Emitter {
        out: &mut out,
        indent: 0,
        at: At::Root,
    };
    if value.serialize(ser).is_ok() {
        return Ok(out);
    }
    serde_yaml::to_string(value).map_err(super::Error)
}

/// Something this writer does not handle; the caller falls back.
#[derive(Debug)]
struct Unsupported;

impl std::fmt::Display for Unsupported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("not handled by the fast YAML writer")
    }
}

impl std::error::Error for Unsupported {}

impl ser::Error for Unsupported {
    fn custom<T: std::fmt::Display>(_: T) -> Self {
        Unsupported
    }
}

type Res = Result<(), Unsupported>;

/// Where a value is written.
#[derive(Clone, Copy, PartialEq, Eq)]
enum At {
    /// The document itself.
    Root,
    /// After `key:`, in a mapping whose keys are at column `indent`.
    Value,
    /// After `- `, in a sequence whose marks are at column `indent`.
    Item,
}

/// Writes one value at a place.
struct Emitter<'a> {
    out: &'a mut String,
    indent: usize,
    at: At,
}

fn push_spaces(out: &mut String, n: usize) {
    out.extend(std::iter::repeat_n(' ', n));
}

impl<'a> Emitter<'a> {
    /// A scalar (or an empty collection), then the end of the line.
    fn scalar(self, text: &str) -> Res {
        if self.at == At::Value {
            self.out.push(' ');
        }
        self.out.push_str(text);
        self.out.push('\n');
        Ok(())
    }

    /// Column of a block literal's lines.
    fn literal_indent(&self) -> usize {
        match self.at {
            At::Root => 2,
            At::Value | At::Item => self.indent + 2,
        }
    }

    fn string(self, s: &str) -> Res {
        match style(s) {
            Style::Plain => self.scalar(s),
            Style::SingleQuoted => {
                if self.at == At::Value {
                    self.out.push(' ');
                }
                self.out.push('\'');
                for (i, part) in s.split('\'').enumerate() {
                    if i > 0 {
                        self.out.push_str("''");
                    }
                    self.out.push_str(part);
                }
                self.out.push_str("'\n");
                Ok(())
            }
            Style::Unknown => {
                let indent = self.literal_indent();
                if self.at == At::Value {
                    self.out.push(' ');
                }
                write_by_serde_yaml(s, indent, self.out)?;
                self.out.push('\n');
                Ok(())
            }
        }
    }

    /// Start a collection of `len` entries: `None` when empty (written as
    /// `empty`), else the column of its keys or marks.
    fn open(
        self,
        len: Option<usize>,
        empty: &'static str,
        map: bool,
    ) -> Result<Collection<'a>, Unsupported> {
        let Some(len) = len else {
            return Err(Unsupported);
        };
        let Emitter { out, indent, at } = self;
        if len == 0 {
            if at == At::Value {
                out.push(' ');
            }
            out.push_str(empty);
            out.push('\n');
            return Ok(Collection {
                out,
                col: 0,
                first: true,
                empty: true,
                key: None,
            });
        }
        let col = match (at, map) {
            (At::Root, _) => 0,
            (At::Value, true) => {
                out.push('\n');
                push_spaces(out, indent + 2);
                indent + 2
            }
            (At::Value, false) => {
                // A sequence in a mapping is not indented.
                out.push('\n');
                push_spaces(out, indent);
                indent
            }
            (At::Item, _) => indent + 2,
        };
        Ok(Collection {
            out,
            col,
            first: true,
            empty: false,
            key: None,
        })
    }
}

/// A mapping or sequence being written.
struct Collection<'a> {
    out: &'a mut String,
    /// Column of the keys or `- ` marks.
    col: usize,
    first: bool,
    empty: bool,
    /// A map key waiting for its value.
    key: Option<String>,
}

impl Collection<'_> {
    /// Go to where the next entry starts: the first is where the cursor is.
    fn next_entry(&mut self) -> Res {
        if self.empty {
            return Err(Unsupported);
        }
        if !self.first {
            push_spaces(self.out, self.col);
        }
        self.first = false;
        Ok(())
    }

    fn entry<T: ?Sized + Serialize>(&mut self, key: &str, v: &T) -> Res {
        if style(key) != Style::Plain {
            return Err(Unsupported);
        }
        self.next_entry()?;
        self.out.push_str(key);
        self.out.push(':');
        v.serialize(Emitter {
            out: self.out,
            indent: self.col,
            at: At::Value,
        })
    }

    fn item<T: ?Sized + Serialize>(&mut self, v: &T) -> Res {
        self.next_entry()?;
        self.out.push_str("- ");
        v.serialize(Emitter {
            out: self.out,
            indent: self.col,
            at: At::Item,
        })
    }
}

/// Let serde_yaml write a string alone, and place it here: a one-line
/// scalar as it is, a block literal with its lines moved from serde_yaml's
/// two spaces to `indent`.
fn write_by_serde_yaml(s: &str, indent: usize, out: &mut String) -> Res {
    // libyaml breaks lines on these too, and indents what follows: the
    // result would depend on where the scalar sits.
    if s.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        return Err(Unsupported);
    }
    let alone = serde_yaml::to_string(s).map_err(|_| Unsupported)?;
    let alone = alone.strip_suffix('\n').ok_or(Unsupported)?;
    if !alone.contains('\n') {
        out.push_str(alone);
        return Ok(());
    }
    if !alone.starts_with('|') {
        // A quoted scalar over several lines: not handled here.
        return Err(Unsupported);
    }
    let mut lines = alone.split('\n');
    out.push_str(lines.next().unwrap_or_default());
    for line in lines {
        out.push('\n');
        if line.is_empty() {
            continue;
        }
        let body = line.strip_prefix("  ").ok_or(Unsupported)?;
        push_spaces(out, indent);
        out.push_str(body);
    }
    Ok(())
}

/// How a string on its own line is written, when that is certain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Style {
    Plain,
    SingleQuoted,
    /// Not certain here: ask serde_yaml.
    Unknown,
}

/// Characters of YAML's null, booleans and numbers (`~`, `null`, `true`,
/// `.inf`, `0x1F`, `-1_000.5e3`…) and of digit strings: a string with any
/// other character cannot read back as one of them.
const NUMERIC: [bool; 256] = {
    let mut t = [false; 256];
    let chars = b"0123456789+-._~xXoObBaAcCdDeEfFiInNtTrRuUlLsS";
    let mut i = 0;
    while i < chars.len() {
        t[chars[i] as usize] = true;
        i += 1;
    }
    t
};

/// How libyaml writes `s` (and serde_yaml lets it), when that is certain.
/// Plain: printable, on one line, no leading or trailing space, no
/// indicator at the start, no `: ` or ` #` inside, and not readable as a
/// null, boolean or number (numbers need a digit: `inf` and `nan` are not
/// finite, and YAML's `.inf` starts with a dot). Single-quoted: printable
/// and on one line, but surely not plain (an indicator at the start, a
/// space at either end, `: ` or ` #` inside, a `:` at the end). One pass
/// over the bytes.
fn style(s: &str) -> Style {
    let b = s.as_bytes();
    let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
        return Style::Unknown;
    };
    // Surely not plain, if printable on one line.
    let mut quoted =
        first == b' ' || last == b' ' || last == b':' || super::plain::never_starts_plain(first);
    // Maybe plain, maybe not: not decided here.
    let unsure = matches!(first, b'-' | b'?' | b':' | b'.' | b'+');
    let mut other = false;
    let mut digit = false;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b':' if b.get(i + 1) == Some(&b' ') => quoted = true,
            b' ' if b.get(i + 1) == Some(&b'#') => quoted = true,
            0x20..=0x7e => {
                other |= !NUMERIC[c as usize];
                digit |= c.is_ascii_digit();
            }
            // Printable for libyaml, without line breaks (NEL, LS, PS),
            // byte-order marks or U+FFFE/U+FFFF, and without 4-byte
            // characters, which libyaml does not count as printable.
            0xc2 if b.get(i + 1).is_some_and(|&n| n < 0xa0) => return Style::Unknown,
            0xe2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xa8 | 0xa9)) => {
                return Style::Unknown
            }
            0xef if matches!(
                (b.get(i + 1), b.get(i + 2)),
                (Some(0xbb), Some(0xbf)) | (Some(0xbf), Some(0xbe | 0xbf))
            ) =>
            {
                return Style::Unknown
            }
            0xc2..=0xef => other = true,
            0x80..=0xbf => {}           // continuation bytes
            _ => return Style::Unknown, // controls, tabs, 4-byte characters
        }
        i += 1;
    }
    // Only characters of numbers and constants: a string only if there is
    // no digit and it is none of the constants.
    let string = other
        || (!digit
            && !matches!(
                s,
                "~" | "null"
                    | "Null"
                    | "NULL"
                    | "true"
                    | "True"
                    | "TRUE"
                    | "false"
                    | "False"
                    | "FALSE"
            ));
    if !string {
        // serde_yaml quotes what would read back as something else, but
        // which strings those are is its business.
        return Style::Unknown;
    }
    match (quoted, unsure) {
        (true, _) => Style::SingleQuoted,
        (false, true) => Style::Unknown,
        (false, false) => Style::Plain,
    }
}

impl<'a> ser::Serializer for Emitter<'a> {
    type Ok = ();
    type Error = Unsupported;
    type SerializeSeq = Collection<'a>;
    type SerializeTuple = Collection<'a>;
    type SerializeTupleStruct = ser::Impossible<(), Unsupported>;
    type SerializeTupleVariant = ser::Impossible<(), Unsupported>;
    type SerializeMap = Collection<'a>;
    type SerializeStruct = Collection<'a>;
    type SerializeStructVariant = ser::Impossible<(), Unsupported>;

    fn serialize_bool(self, v: bool) -> Res {
        self.scalar(if v { "true" } else { "false" })
    }
    fn serialize_i8(self, v: i8) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i16(self, v: i16) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i32(self, v: i32) -> Res {
        self.serialize_i64(v.into())
    }
    fn serialize_i64(self, v: i64) -> Res {
        self.scalar(&v.to_string())
    }
    fn serialize_u8(self, v: u8) -> Res {
        self.serialize_u64(v.into())
    }
    fn serialize_u16(self, v: u16) -> Res {
        self.serialize_u64(v.into())
    }
    fn serialize_u32(self, v: u32) -> Res {
        self.serialize_u64(v.into())
    }
    fn serialize_u64(self, v: u64) -> Res {
        self.scalar(&v.to_string())
    }
    fn serialize_f32(self, _: f32) -> Res {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Res {
        Err(Unsupported)
    }
    fn serialize_char(self, _: char) -> Res {
        Err(Unsupported)
    }
    fn serialize_str(self, v: &str) -> Res {
        self.string(v)
    }
    fn serialize_bytes(self, _: &[u8]) -> Res {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Res {
        self.scalar("null")
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Res {
        self.scalar("null")
    }
    fn serialize_unit_struct(self, _: &'static str) -> Res {
        self.scalar("null")
    }
    fn serialize_unit_variant(self, _: &'static str, _: u32, _: &'static str) -> Res {
        Err(Unsupported)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, v: &T) -> Res {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Res {
        Err(Unsupported)
    }
    fn serialize_seq(self, len: Option<usize>) -> Result<Collection<'a>, Unsupported> {
        self.open(len, "[]", false)
    }
    fn serialize_tuple(self, len: usize) -> Result<Collection<'a>, Unsupported> {
        self.open(Some(len), "[]", false)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, len: Option<usize>) -> Result<Collection<'a>, Unsupported> {
        self.open(len, "{}", true)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Collection<'a>, Unsupported> {
        self.open(Some(len), "{}", true)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

impl ser::SerializeSeq for Collection<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Res {
        self.item(v)
    }
    fn end(self) -> Res {
        Ok(())
    }
}

impl ser::SerializeTuple for Collection<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Res {
        self.item(v)
    }
    fn end(self) -> Res {
        Ok(())
    }
}

impl ser::SerializeMap for Collection<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, k: &T) -> Res {
        self.key = Some(k.serialize(KeyName)?);
        Ok(())
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Res {
        let key = self.key.take().ok_or(Unsupported)?;
        self.entry(&key, v)
    }
    fn end(self) -> Res {
        Ok(())
    }
}

impl ser::SerializeStruct for Collection<'_> {
    type Ok = ();
    type Error = Unsupported;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, v: &T) -> Res {
        self.entry(key, v)
    }
    fn end(self) -> Res {
        Ok(())
    }
}

/// A map key: only strings.
struct KeyName;

impl ser::Serializer for KeyName {
    type Ok = String;
    type Error = Unsupported;
    type SerializeSeq = ser::Impossible<String, Unsupported>;
    type SerializeTuple = ser::Impossible<String, Unsupported>;
    type SerializeTupleStruct = ser::Impossible<String, Unsupported>;
    type SerializeTupleVariant = ser::Impossible<String, Unsupported>;
    type SerializeMap = ser::Impossible<String, Unsupported>;
    type SerializeStruct = ser::Impossible<String, Unsupported>;
    type SerializeStructVariant = ser::Impossible<String, Unsupported>;

    fn serialize_str(self, v: &str) -> Result<String, Unsupported> {
        Ok(v.to_string())
    }
    fn serialize_bool(self, _: bool) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i8(self, _: i8) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i16(self, _: i16) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i32(self, _: i32) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_i64(self, _: i64) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u8(self, _: u8) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u16(self, _: u16) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u32(self, _: u32) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_u64(self, _: u64) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f32(self, _: f32) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_f64(self, _: f64) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_char(self, _: char) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_none(self) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, _: &T) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_unit(self) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
    ) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<String, Unsupported> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<String, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self::SerializeSeq, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStruct, Unsupported> {
        Err(Unsupported)
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Unsupported> {
        Err(Unsupported)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Serialize;
    use std::collections::BTreeMap;

    #[derive(Serialize)]
    struct Inner {
        a: String,
        list: Vec<String>,
        empty: Vec<String>,
        map: BTreeMap<String, String>,
        n: usize,
        flag: bool,
        none: Option<String>,
    }

    #[derive(Serialize)]
    struct Outer {
        name: String,
        items: Vec<Inner>,
        nested: Vec<Vec<String>>,
        inner: Inner,
        empty_map: BTreeMap<String, String>,
    }

    fn inner(a: &str, list: &[&str]) -> Inner {
        Inner {
            a: a.to_string(),
            list: list.iter().map(|s| s.to_string()).collect(),
            empty: Vec::new(),
            map: [("app", a), ("publisher", "x: y")]
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            n: 3,
            flag: true,
            none: None,
        }
    }

    /// Every string shape: plain, quoted, numbers, indicators, spaces,
    /// lines, tabs, entities, non-ASCII.
    const STRINGS: &[&str] = &[
        "plain text",
        "",
        " leading",
        "trailing ",
        "true",
        "True",
        "no",
        "null",
        "~",
        "12",
        "012",
        "1.5",
        "-3",
        "0x1F",
        ".inf",
        "1e3",
        "fr-FR",
        "en-US/mt1",
        "a: b",
        "a:b",
        "a #b",
        "a#b",
        "#a",
        "- a",
        "-a",
        "{}",
        "| x |",
        "| **Information** | **Réponse** |",
        "'q'",
        "\"q\"",
        "l’application d’entreprise",
        "two\nlines",
        "two\nlines\n",
        "trailing\n\n",
        "  indented\nlines",
        "line\n\nwith blank",
        "tab\there",
        "nbsp\u{a0}x",
        "emoji 😀",
        "bom\u{feff}x",
        "---",
        "...x",
        "%x",
        "@x",
        "`x`",
        "key:",
        "https://example.com/a?b=c#d",
        "<p>html</p>",
        "&nbsp;x",
        "x\r\ny",
        "x\u{85}y",
        "x\u{2028}y",
        "a\\b",
        "?x",
        "? x",
        ":x",
        "!x",
        "*x",
        "&x",
        "0o17",
        "+1",
        "1_000",
        ".5",
        "NaN",
        ".NaN",
        "y",
        "on",
        "a\u{80}b",
        "a\u{7f}b",
        "a\u{fffe}b",
        "a\u{ffff}b",
        "a\u{d7ff}b",
        "a\u{e000}b",
        "a\u{2029}b",
        "a\u{1}b",
        "mt1",
        "2022-02-14",
        "07/07/2022",
        "5.0",
        "1.",
        "-",
        ":",
        "a:",
        "a :b",
    ];

    #[test]
    fn writes_what_serde_yaml_writes() {
        for s in STRINGS {
            let v = Outer {
                name: s.to_string(),
                items: vec![inner(s, &[s, "b"]), inner("x", &[])],
                nested: vec![vec![s.to_string()], vec![]],
                inner: inner(s, &[s]),
                empty_map: BTreeMap::new(),
            };
            let fast = to_string(&v).unwrap();
            let reference = serde_yaml::to_string(&v).unwrap();
            assert_eq!(fast, reference, "{s:?}");
            assert_eq!(to_string(&s).unwrap(), serde_yaml::to_string(&s).unwrap());
            assert_eq!(
                to_string(&vec![*s]).unwrap(),
                serde_yaml::to_string(&vec![*s]).unwrap()
            );
        }
    }

    #[test]
    fn styles_only_when_sure() {
        for s in ["true", "12", "0x1F", "-x", "+1", "", "tab\t", "a\u{85}"] {
            assert_eq!(style(s), Style::Unknown, "{s:?}");
        }
        for s in ["a: b", " x", "x ", "| x |", "x:", "a #b"] {
            assert_eq!(style(s), Style::SingleQuoted, "{s:?}");
        }
        for s in [
            "plain text",
            "https://x.y/z",
            "Oui",
            "général",
            "fr-FR",
            "id",
            "no",
        ] {
            assert_eq!(style(s), Style::Plain, "{s:?}");
        }
    }
}
