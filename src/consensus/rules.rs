//! What deciding takes from the catalogs and `locales/names.yml`, computed once:
//! the English H1 wordings that anchors of older pages carry (the en-US
//! messages and variants of the keys an H1 was read as, and the
//! `anchors` of `locales/names.yml`), which page names each label shows, which
//! question or column shows which name, and the identifiers machine
//! translation translated. No wording lives here: all of it is read.

use super::slug::anchor_slug;
use crate::catalog::{args_from, Catalogs};
use std::collections::{BTreeMap, BTreeSet};

/// The page names a label can show, by variable.
pub(crate) const NAME_VARS: [&str; 3] = ["app", "publisher", "id"];

/// Markers formatted in place of the names, to find where a message puts
/// them. Private-use characters: no message holds them.
const MARK_APP: char = '\u{e000}';
const MARK_PUBLISHER: char = '\u{e001}';
const MARK_ID: char = '\u{e002}';

/// An English H1 wording around the app's name, as anchor slugs: the
/// anchor of such an H1 is `prefix` + the app's slug + `suffix`, where
/// `suffix` may end with the publisher's slug (`publisher_after`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct AnchorTemplate {
    pub(crate) prefix: String,
    pub(crate) suffix: String,
    /// The suffix is followed by the publisher's slug (`… by { $publisher }`).
    pub(crate) publisher_after: bool,
}

impl AnchorTemplate {
    /// The template of a formatted wording with the markers in it, if it
    /// has the app's name and words around it.
    fn of(text: &str) -> Option<AnchorTemplate> {
        let (before, after) = text.split_once(MARK_APP)?;
        if before.contains(MARK_PUBLISHER) || before.contains(MARK_ID) || after.contains(MARK_ID) {
            return None;
        }
        let (mid, publisher_after) = match after.split_once(MARK_PUBLISHER) {
            Some((mid, end)) if anchor_slug(end).is_empty() => (mid, true),
            Some(_) => return None,
            None => (after, false),
        };
        let t = AnchorTemplate {
            prefix: anchor_slug(before),
            suffix: anchor_slug(mid),
            publisher_after,
        };
        (!t.prefix.is_empty() || !t.suffix.is_empty()).then_some(t)
    }
}

/// What `locales/names.yml` says: data about names that the catalogs do
/// not hold.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NameRules {
    /// The page name (variable: `app`, `publisher`) that the answer of a
    /// question, or the cells of a column, show. For a link column, the
    /// link text is the name of the page the link leads to.
    #[serde(default)]
    pub names: BTreeMap<String, String>,
    /// English H1 wordings of older pages, with `{ $app }` and
    /// `{ $publisher }`, that anchors were made from besides the en-US
    /// messages and variants of the key the H1 is read as.
    #[serde(default)]
    pub anchors: Vec<String>,
    /// Identifiers that machine translation translated (lower-case scopes
    /// of the Graph permission tables).
    #[serde(default)]
    pub identifiers: Vec<String>,
}

impl NameRules {
    /// Read the text of `locales/names.yml`.
    pub fn parse(src: &str) -> Result<NameRules, String> {
        if src.trim().is_empty() {
            return Ok(NameRules::default());
        }
        crate::yaml::from_str(src).map_err(|e| e.with_position())
    }
}

/// Everything deciding reads from the catalogs and `locales/names.yml`.
#[derive(Debug, Clone, Default)]
pub struct Rules {
    /// English H1 wordings by the key a heading is read as.
    pub(crate) h1_templates: BTreeMap<String, Vec<AnchorTemplate>>,
    /// The anchor wordings of `names.yml`.
    pub(crate) extra_templates: Vec<AnchorTemplate>,
    /// The names each message shows, by key (the reference locale's).
    pub(crate) uses: BTreeMap<String, Vec<&'static str>>,
    /// The name a question's answer or a column's cells show.
    pub(crate) names: BTreeMap<String, String>,
    /// Identifiers machine translation translated.
    pub(crate) identifiers: BTreeSet<String>,
}

impl Rules {
    /// The rules the catalogs and `names.yml` give.
    pub fn new(cats: &Catalogs, data: &NameRules) -> Rules {
        let mut rules = Rules {
            names: data.names.clone(),
            identifiers: data.identifiers.iter().cloned().collect(),
            ..Rules::default()
        };
        let marks: BTreeMap<String, String> = [
            ("app", MARK_APP),
            ("publisher", MARK_PUBLISHER),
            ("id", MARK_ID),
        ]
        .iter()
        .map(|(k, c)| (k.to_string(), c.to_string()))
        .collect();
        let args = args_from(&marks);
        let Some(reference) = cats.locale(&cats.reference) else {
            return rules;
        };
        for key in &reference.order {
            let Some(text) = cats.format(&cats.reference, key, None, &args) else {
                continue;
            };
            let uses: Vec<&'static str> = NAME_VARS
                .iter()
                .zip([MARK_APP, MARK_PUBLISHER, MARK_ID])
                .filter(|(_, m)| text.contains(*m))
                .map(|(v, _)| *v)
                .collect();
            if uses.is_empty() {
                continue;
            }
            rules.uses.insert(key.clone(), uses);
            let mut templates: Vec<AnchorTemplate> =
                AnchorTemplate::of(&text).into_iter().collect();
            for attr in reference.variant_attrs.get(key).into_iter().flatten() {
                if let Some(t) = cats
                    .format(&cats.reference, key, Some(attr), &args)
                    .and_then(|t| AnchorTemplate::of(&t))
                {
                    templates.push(t);
                }
            }
            templates.sort();
            templates.dedup();
            rules.h1_templates.insert(key.clone(), templates);
        }
        for wording in &data.anchors {
            let text = wording
                .replace("{ $app }", &MARK_APP.to_string())
                .replace("{ $publisher }", &MARK_PUBLISHER.to_string());
            rules.extra_templates.extend(AnchorTemplate::of(&text));
        }
        rules
    }

    /// The names a label of this key shows.
    pub(crate) fn uses(&self, key: &str) -> &[&'static str] {
        self.uses.get(key).map_or(&[], Vec::as_slice)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_are_read_from_formatted_wordings() {
        let t = AnchorTemplate::of("Application information for \u{e000} by \u{e001}").unwrap();
        assert_eq!(t.prefix, "application-information-for-");
        assert_eq!(t.suffix, "-by-");
        assert!(t.publisher_after);
        let t = AnchorTemplate::of("\u{e000} Overview").unwrap();
        assert_eq!((t.prefix.as_str(), t.suffix.as_str()), ("", "-overview"));
        assert_eq!(AnchorTemplate::of("\u{e000}"), None);
    }
}
