//! The locale-neutral record of one page: its structure in order, a question
//! key per row and typed answers, plus the few details (`published`) needed to
//! give the published bytes back.
//!
//! A record is what `extract` writes and `render` reads. Everything here is
//! plain data with a stable serialization (YAML by default, JSON on request):
//! maps are ordered, optional parts are left out when empty, and nothing
//! depends on the machine or the time.

use crate::locale::Locale;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::collections::BTreeMap;
use std::str::FromStr;

/// The record of one page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Record {
    /// Path of the page relative to the directory it was read from, with `/`.
    pub page: String,
    /// Locale the page was published in (`ms.contentlocale`, en-US if absent).
    pub locale: Locale,
    /// `ms.translationtype` of the published page, if it has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub translation: Option<String>,
    /// Page template generation (`zone_pivot_groups`), if the page has one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) generation: Option<String>,
    /// Names the page shows, by variable (`app`, `publisher`, `id`): data,
    /// never translated.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// Front matter fields, in order.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub front_matter: Vec<Field>,
    /// The body, in order.
    pub blocks: Vec<Block>,
    /// Byte-level facts of the published file.
    #[serde(default, skip_serializing_if = "FileLayout::is_default")]
    pub(crate) file: FileLayout,
    /// `yaml` for a YAML file of labels (its lines are all in
    /// `front_matter`, without `---` delimiters); absent for a page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) format: Option<SourceFormat>,
}

/// Byte-level facts of a published file that are not content.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FileLayout {
    /// Whether the file ends with a newline.
    #[serde(default = "yes", skip_serializing_if = "is_true")]
    pub(crate) final_newline: bool,
    /// Whether lines end with CR LF.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) crlf: bool,
    /// Blank lines at the end of the file, before the final newline.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub(crate) trailing_blank: usize,
    /// Whether the file starts with a UTF-8 byte-order mark.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) bom: bool,
}

impl Default for FileLayout {
    fn default() -> Self {
        FileLayout {
            final_newline: true,
            crlf: false,
            trailing_blank: 0,
            bom: false,
        }
    }
}

impl FileLayout {
    fn is_default(&self) -> bool {
        *self == FileLayout::default()
    }
}

/// One front matter field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Field {
    pub name: String,
    /// The value as published (YAML source text), for fields that are not labels.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) value: Option<String>,
    /// The label, for fields whose value is a label (title, description).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<Label>,
    /// How the value was quoted, as a layout with one `{}`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
    /// For a field that should hold a label (title, description) but that
    /// no label matched: its line. The field is then unrecognized.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) line: Option<usize>,
}

/// A catalog message shown on the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Label {
    /// Message id: the same in every locale.
    pub key: String,
    /// Data the label shows besides the page names: a date, an id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Other data arguments (everything but the page names and dates).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub(crate) args: BTreeMap<String, String>,
    /// How the published page worded it, when not with the canonical message
    /// of the page's locale.
    #[serde(default, skip_serializing_if = "Published::is_empty")]
    pub published: Published,
}

impl Label {
    pub(crate) fn new(key: impl Into<String>) -> Label {
        Label {
            key: key.into(),
            date: None,
            args: BTreeMap::new(),
            published: Published::default(),
        }
    }
}

/// What the published page had instead of the canonical wording.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Published {
    /// A known wording: `mt1` (a variant in the page's locale), `en-US`
    /// (the canonical message of another locale) or `en-US/mt1`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wording: Option<String>,
    /// The exact text, where it is none of the known wordings byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) text: Option<String>,
    /// Recognized by similarity, not by a known wording.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(crate) fuzzy: bool,
    /// Page names this label showed differently (a mistranslated app name).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
}

impl Published {
    pub(crate) fn is_empty(&self) -> bool {
        self.wording.is_none() && self.text.is_none() && !self.fuzzy && self.names.is_empty()
    }
}

/// One block of the body. Each variant has a distinct first field, which is
/// also how it is told apart when read back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Block {
    Zone(Zone),
    Heading(Heading),
    Paragraph(Paragraph),
    Text(TextBlock),
    Html(Html),
    Table(Table),
    Include(Include),
    Unrecognized(Unrecognized),
}

/// `::: zone pivot="…"` … `::: zone-end`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Zone {
    pub(crate) zone: String,
    pub blocks: Vec<Block>,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
    /// Blank lines before `::: zone-end`.
    #[serde(default = "one", skip_serializing_if = "is_one")]
    pub(crate) end_gap: usize,
    /// Layout of the `::: zone` line, when not the usual one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
    /// Layout of the `::: zone-end` line, when not the usual one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) end_layout: Option<String>,
}

/// A heading (`#` to `######`), with its `<a name>` anchor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Heading {
    pub heading: Label,
    pub(crate) level: u8,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
}

/// A paragraph (or one-line block quote) that is a label.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Paragraph {
    pub(crate) paragraph: Label,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
    /// `>{}` for a block quote; absent for a plain paragraph.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
}

/// A paragraph of free text: a publisher's answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TextBlock {
    pub text: FreeText,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub spacing: Spacing,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub layout: Option<String>,
}

/// A line of HTML: its layout with a `{}` per slot, and the slots in order.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Html {
    pub(crate) html: String,
    pub slots: Vec<Slot>,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
}

/// What fills one `{}` of an HTML layout.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Slot {
    Label { label: Label },
    Url { url: String },
}

/// `[!INCLUDE [title](path)]`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Include {
    pub(crate) include: String,
    pub(crate) title: String,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
}

/// A table, plain or block-quoted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    /// Header cells, as labels.
    pub(crate) table: Vec<Label>,
    /// The separator row, as published (`|:---|:---|`).
    pub(crate) separator: String,
    pub rows: Vec<Row>,
    /// Whether every line starts with `>`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub quoted: bool,
    /// Layout of the header row, when not the usual one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
}

/// One table row: a question and its answer, or a row of values.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Row {
    /// The question (first cell), for rows that ask one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<Label>,
    /// The answers, one per remaining cell.
    pub values: Vec<Value>,
    /// Layout of the row, with one `{}` per cell, when not the usual one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(crate) layout: Option<String>,
}

/// A typed answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Value {
    /// Yes, no, not applicable: `answer-yes`, `answer-no`, `answer-na`.
    Answer {
        answer: String,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        published: Vec<Published>,
    },
    /// One or more enumeration values (`enum-<family>-<value>` keys).
    Enum {
        #[serde(rename = "enum")]
        values: Vec<String>,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        published: Vec<Published>,
        /// Separator between values, when not `, `.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        separator: Option<String>,
    },
    /// A date, ISO 8601.
    Date {
        date: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        published: Option<String>,
    },
    /// A link: `[text](url)`, `<url>` or a bare URL.
    Url {
        url: String,
        /// The link text, when not the URL itself.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        text: Option<String>,
        /// How the link is written: absent for the usual `[text](url)`.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        form: Option<UrlForm>,
    },
    /// Inline HTML (a badge image) whose texts are labels.
    Html { html: String, slots: Vec<Slot> },
    /// Free text typed by the publisher. (Before `Id`: a free text has an
    /// `id` too, and variants are tried in order when read back.)
    Text(FreeText),
    /// An identifier or a permission name, verbatim.
    Id { id: String },
    /// An app or company name, verbatim: never translated.
    Name {
        name: String,
        /// How the page showed it, when that was a machine translation of
        /// the name (the page's own name shown under another name).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        published: Option<String>,
    },
    /// No answer.
    Blank { blank: bool },
    /// A row no question label matched, kept verbatim.
    Unrecognized { unrecognized: String, line: usize },
}

/// Free text, with the locale it is written in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FreeText {
    /// Stable id of this text on its page: the id of its translations.
    pub id: String,
    /// The text, as Markdown source.
    pub text: String,
    /// Locale the text is written in.
    pub lang: Locale,
    /// Whether it was machine-translated into `lang`.
    #[serde(default, skip_serializing_if = "is_false")]
    pub machine: bool,
}

/// A line no label matched, kept verbatim.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unrecognized {
    pub(crate) unrecognized: String,
    pub(crate) line: usize,
    #[serde(default, skip_serializing_if = "Spacing::is_default")]
    pub(crate) spacing: Spacing,
}

/// Blank lines before a block, when not one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Spacing(pub usize);

impl Default for Spacing {
    fn default() -> Self {
        Spacing(1)
    }
}

impl Spacing {
    fn is_default(&self) -> bool {
        self.0 == 1
    }
}

impl Block {
    /// Blank lines before this block.
    pub(crate) fn spacing(&self) -> Spacing {
        match self {
            Block::Zone(b) => b.spacing,
            Block::Heading(b) => b.spacing,
            Block::Paragraph(b) => b.spacing,
            Block::Text(b) => b.spacing,
            Block::Html(b) => b.spacing,
            Block::Table(b) => b.spacing,
            Block::Include(b) => b.spacing,
            Block::Unrecognized(b) => b.spacing,
        }
    }

    pub(crate) fn set_spacing(&mut self, s: Spacing) {
        match self {
            Block::Zone(b) => b.spacing = s,
            Block::Heading(b) => b.spacing = s,
            Block::Paragraph(b) => b.spacing = s,
            Block::Text(b) => b.spacing = s,
            Block::Html(b) => b.spacing = s,
            Block::Table(b) => b.spacing = s,
            Block::Include(b) => b.spacing = s,
            Block::Unrecognized(b) => b.spacing = s,
        }
    }
}

impl Record {
    /// Every block, depth first, zones included.
    pub fn walk(&self) -> Vec<&Block> {
        fn go<'a>(blocks: &'a [Block], out: &mut Vec<&'a Block>) {
            for b in blocks {
                out.push(b);
                if let Block::Zone(z) = b {
                    go(&z.blocks, out);
                }
            }
        }
        let mut out = Vec::new();
        go(&self.blocks, &mut out);
        out
    }

    /// The lines no label matched, with their line numbers.
    pub fn unrecognized(&self) -> Vec<(usize, &str)> {
        let mut out: Vec<(usize, &str)> = self
            .front_matter
            .iter()
            .filter_map(|f| f.line.map(|l| (l, f.value.as_deref().unwrap_or(""))))
            .collect();
        for b in self.walk() {
            match b {
                Block::Unrecognized(u) => out.push((u.line, u.unrecognized.as_str())),
                Block::Table(t) => {
                    for r in &t.rows {
                        for v in &r.values {
                            if let Value::Unrecognized { unrecognized, line } = v {
                                out.push((*line, unrecognized.as_str()));
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }

    /// Every free text of the page, in order.
    pub(crate) fn free_texts(&self) -> Vec<&FreeText> {
        let mut out = Vec::new();
        for b in self.walk() {
            match b {
                Block::Text(t) => out.push(&t.text),
                Block::Table(t) => {
                    for r in &t.rows {
                        for v in &r.values {
                            if let Value::Text(ft) = v {
                                out.push(ft);
                            }
                        }
                    }
                }
                _ => {}
            }
        }
        out
    }
}

/// What a published file that is not a Markdown page is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum SourceFormat {
    /// A YAML file of labels (`zone-pivot-groups.yml`): written `yaml`.
    Yaml,
}

/// How a link answer is written.
///
/// Reading a record takes `link`, `angle` and `bare`, what the reader ever
/// wrote, and refuses any other value: a record with `form: angel` used to
/// be rendered as a usual link without a word; now it does not read, and
/// the YAML or JSON reader names the line of its block.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlForm {
    /// `[text](url)`, the usual form; a record says so by giving no form.
    Link,
    /// `<url>`.
    Angle,
    /// The URL alone.
    Bare,
}

/// A word a record holds that is not one of its closed set.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{word}`: expected {expected}")]
pub struct UnknownWord {
    /// What the word names (`spacing`, `format`…).
    pub(crate) what: &'static str,
    pub(crate) word: String,
    /// The words of the set, each quoted and followed by a space.
    pub(crate) expected: &'static str,
}

/// The closed sets of words a record holds, serialized as their word with
/// `serialize_str` (which the record writer in `yaml` writes itself) and
/// read back from it.
macro_rules! word_enum {
    ($ty:ident, $what:literal, { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $ty {
            /// The word a record holds for it.
            pub(crate) fn as_str(self) -> &'static str {
                match self {
                    $($ty::$variant => $word),+
                }
            }
        }

        impl FromStr for $ty {
            type Err = UnknownWord;
            fn from_str(s: &str) -> Result<Self, UnknownWord> {
                match s {
                    $($word => Ok($ty::$variant),)+
                    _ => Err(UnknownWord {
                        what: $what,
                        word: s.to_string(),
                        expected: concat!($("`", $word, "` "),+),
                    }),
                }
            }
        }

        impl Serialize for $ty {
            fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
                s.serialize_str(self.as_str())
            }
        }

        impl<'de> Deserialize<'de> for $ty {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                String::deserialize(d)?
                    .parse()
                    .map_err(serde::de::Error::custom)
            }
        }
    };
}

word_enum!(SourceFormat, "file format", { Yaml => "yaml" });
word_enum!(UrlForm, "link form", { Link => "link", Angle => "angle", Bare => "bare" });

/// What a catalog key names, told by its prefix. This is the one place that
/// knows the prefixes of answer words and enumeration values, which records
/// keep without them (`answer: yes` for `answer-yes`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeyKind<'a> {
    /// `answer-<word>`: yes, no, not applicable.
    Answer(&'a str),
    /// `enum-<family>-<value>`: a value of an enumeration.
    Enum(&'a str),
    /// `date-…`: how dates are written, only ever part of another label.
    Date,
    /// Anything else: a question, heading, sentence or page label.
    Label,
}

const ANSWER_PREFIX: &str = "answer-";
const ENUM_PREFIX: &str = "enum-";
const DATE_PREFIX: &str = "date-";

/// The key of the page's H1 when it is nothing but the app's name.
pub(crate) const H1_KEY: &str = "page-h1";

impl<'a> KeyKind<'a> {
    pub(crate) fn of(key: &'a str) -> KeyKind<'a> {
        if let Some(word) = key.strip_prefix(ANSWER_PREFIX) {
            KeyKind::Answer(word)
        } else if let Some(value) = key.strip_prefix(ENUM_PREFIX) {
            KeyKind::Enum(value)
        } else if key.starts_with(DATE_PREFIX) {
            KeyKind::Date
        } else {
            KeyKind::Label
        }
    }
}

/// The key of an answer word (`yes` gives `answer-yes`).
pub(crate) fn answer_key(word: &str) -> String {
    prefixed(ANSWER_PREFIX, word)
}

/// The key of an enumeration value (`hosting-hybrid` gives
/// `enum-hosting-hybrid`).
pub(crate) fn enum_key(value: &str) -> String {
    prefixed(ENUM_PREFIX, value)
}

/// `prefix` then `rest`, without the formatting machinery: rendering
/// makes a key for every answer it writes.
fn prefixed(prefix: &str, rest: &str) -> String {
    let mut key = String::with_capacity(prefix.len() + rest.len());
    key.push_str(prefix);
    key.push_str(rest);
    key
}

fn yes() -> bool {
    true
}
fn one() -> usize {
    1
}
fn is_one(n: &usize) -> bool {
    *n == 1
}
fn is_true(b: &bool) -> bool {
    *b
}
fn is_false(b: &bool) -> bool {
    !*b
}
fn is_zero(n: &usize) -> bool {
    *n == 0
}
