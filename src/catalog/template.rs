//! The page template (`locales/template.yml`): what kind of answer a
//! question takes when the answer does not say it itself, and which key
//! prefix each zone's questions use.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Kind of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// An app or company name: data, never translated.
    Name,
    /// An identifier or permission name, verbatim.
    Id,
    /// A link.
    Url,
    /// A date.
    Date,
    /// Free text typed by the publisher.
    Text,
    /// One or more enumeration values.
    Enum,
    /// Yes / no / not applicable.
    Answer,
}

/// A `template.yml` that is not a template: what YAML says, and where.
#[derive(Debug)]
pub struct TemplateError(crate::yaml::Error);

impl TemplateError {
    /// `line:column: message`, or the message alone.
    pub fn with_position(&self) -> String {
        self.0.with_position()
    }

    /// 1-based line and column, when known.
    pub fn location(&self) -> Option<(usize, usize)> {
        self.0.location()
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

impl std::error::Error for TemplateError {}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Template {
    /// Answer kind by question key.
    #[serde(default)]
    pub answers: BTreeMap<String, Kind>,
    /// Cell kind by table header key, for tables whose rows are values.
    #[serde(default)]
    pub columns: BTreeMap<String, Kind>,
    /// The zones a page can have, with the key prefix of their questions.
    /// A key with one of these prefixes is only recognized in its zone (or
    /// outside every zone): two zones may word two questions alike.
    #[serde(default)]
    pub zones: BTreeMap<String, String>,
    /// What deciding names and answers across locales needs to know of the
    /// template (see docs/CONSENSUS.md).
    #[serde(default)]
    pub consensus: ConsensusRules,
}

/// The template's part in consensus over locales: data about names, never
/// wording in Rust code.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ConsensusRules {
    /// The page name (variable: `app`, `publisher`) that the answer of a
    /// question, or the cells of a column, show. For a link column, the
    /// link text is the name of the page the link leads to.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// English H1 wordings of older pages, with `{ $app }` and
    /// `{ $publisher }`, that anchors were made from besides the en-US
    /// `page-title` message and its variants (which are read from the
    /// catalogs): removing their words from an anchor gives the app's.
    #[serde(default)]
    pub anchors: Vec<String>,
    /// Identifiers that machine translation translated (lower-case scopes
    /// of the Graph permission tables): a form that differs from one of
    /// them only by letter case and one letter is that identifier.
    #[serde(default)]
    pub identifiers: Vec<String>,
}

impl Template {
    pub(crate) fn parse(src: &str) -> Result<Template, TemplateError> {
        if src.trim().is_empty() {
            return Ok(Template::default());
        }
        crate::yaml::from_str(src).map_err(TemplateError)
    }
}
