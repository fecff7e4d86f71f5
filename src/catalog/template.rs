//! The page template (`locales/template.yml`): what kind of answer a
//! question takes when the answer does not say it itself, and which key
//! prefix each zone's questions use.

use serde::Deserialize;
use std::collections::BTreeMap;

/// Kind of an answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
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
    pub(crate) fn with_position(&self) -> String {
        self.0.with_position()
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
    pub(crate) answers: BTreeMap<String, Kind>,
    /// Cell kind by table header key, for tables whose rows are values.
    #[serde(default)]
    pub(crate) columns: BTreeMap<String, Kind>,
    /// The zones a page can have, with the key prefix of their questions.
    /// A key with one of these prefixes is only recognized in its zone (or
    /// outside every zone): two zones may word two questions alike.
    #[serde(default)]
    pub(crate) zones: BTreeMap<String, String>,
}

impl Template {
    pub(crate) fn parse(src: &str) -> Result<Template, TemplateError> {
        if src.trim().is_empty() {
            return Ok(Template::default());
        }
        crate::yaml::from_str(src).map_err(TemplateError)
    }
}
