//! A locale, parsed once where it enters (the command line, a catalog
//! directory's name, a page's `ms.contentlocale`, a record) and passed as
//! a type from there to the renderer, so that a locale is never a bare
//! string in between.
//!
//! Parsing canonicalizes the spelling (`fr-fr` and `fr_FR` are `fr-FR`).
//! The canonical string is what every output shows, every path is made of
//! and every ordering sorts by: it is computed once, with the identifier.

use std::cmp::Ordering;
use std::fmt;
use std::hash::{Hash, Hasher};
use std::str::FromStr;
use unic_langid::LanguageIdentifier;

/// A BCP 47 language identifier (`fr-FR`), with its canonical string form.
#[derive(Clone)]
pub struct Locale {
    id: LanguageIdentifier,
    tag: Box<str>,
}

/// A string that is not a language identifier.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a locale (a language tag such as fr-FR)")]
pub struct LocaleError(String);

impl Locale {
    /// The canonical string form: `fr-FR`.
    pub fn as_str(&self) -> &str {
        &self.tag
    }

    /// The language identifier, for Fluent.
    pub(crate) fn langid(&self) -> &LanguageIdentifier {
        &self.id
    }
}

impl Default for Locale {
    /// The undetermined locale, `und`.
    fn default() -> Locale {
        let id = LanguageIdentifier::default();
        let tag = id.to_string().into_boxed_str();
        Locale { id, tag }
    }
}

impl FromStr for Locale {
    type Err = LocaleError;

    fn from_str(s: &str) -> Result<Locale, LocaleError> {
        let id: LanguageIdentifier = s.parse().map_err(|_| LocaleError(s.to_string()))?;
        let tag = id.to_string().into_boxed_str();
        Ok(Locale { id, tag })
    }
}

impl fmt::Display for Locale {
    /// The canonical string, padded like a string (`{:<12}`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.pad(&self.tag)
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&*self.tag, f)
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Locale) -> bool {
        self.tag == other.tag
    }
}

impl Eq for Locale {}

impl Hash for Locale {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.tag.hash(state);
    }
}

impl Ord for Locale {
    /// By the canonical string, as catalog directories and reports sort.
    fn cmp(&self, other: &Locale) -> Ordering {
        self.tag.cmp(&other.tag)
    }
}

impl PartialOrd for Locale {
    fn partial_cmp(&self, other: &Locale) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq<str> for Locale {
    fn eq(&self, other: &str) -> bool {
        &*self.tag == other
    }
}

impl PartialEq<&str> for Locale {
    fn eq(&self, other: &&str) -> bool {
        &*self.tag == *other
    }
}

impl AsRef<str> for Locale {
    fn as_ref(&self) -> &str {
        &self.tag
    }
}

impl AsRef<std::path::Path> for Locale {
    /// A locale's directory name, under a catalog or output directory.
    fn as_ref(&self) -> &std::path::Path {
        std::path::Path::new(&*self.tag)
    }
}

impl serde::Serialize for Locale {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&self.tag)
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Locale, D::Error> {
        String::deserialize(d)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spellings_are_canonical_and_sort_as_strings() {
        let l: Locale = "fr_fr".parse().unwrap();
        assert_eq!(l, "fr-FR");
        assert_eq!(format!("[{l:<7}]"), "[fr-FR  ]");
        let mut v: Vec<Locale> = ["en-US", "en-Latn", "de-DE"]
            .iter()
            .map(|s| s.parse().unwrap())
            .collect();
        v.sort();
        let shown: Vec<&str> = v.iter().map(Locale::as_str).collect();
        assert_eq!(shown, ["de-DE", "en-Latn", "en-US"]);
        assert!("not a locale!".parse::<Locale>().is_err());
        assert!("".parse::<Locale>().is_err());
    }
}
