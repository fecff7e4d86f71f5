//! What changed in the catalogs between a git revision and the working
//! tree: keys added, removed or changed in the reference and in the locale,
//! each change as a word diff, beside the locale's current translation and
//! its state. The catalogs at the revision come from [`super::git`]; this
//! module only compares definitions.

use super::words::{self, Run};
use super::{Filter, State};
use crate::catalog::index::Def;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// How a key's text changed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Added,
    Removed,
    Changed,
}

/// A change of one key's text in one locale.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct TextChange {
    pub(crate) kind: Kind,
    pub(crate) old: Option<String>,
    pub(crate) new: Option<String>,
    /// Word diff of old and new (changed keys only).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) words: Vec<Run>,
}

/// A key that changed in the reference, the locale, or both.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct KeyChange {
    pub(crate) key: String,
    pub(crate) reference: Option<TextChange>,
    pub(crate) locale: Option<TextChange>,
    /// The locale's translation now.
    pub(crate) translation: Option<String>,
    /// Its state now.
    pub(crate) state: State,
}

/// The change of one key between two sets of definitions.
fn change(old: Option<&Def>, new: Option<&Def>) -> Option<TextChange> {
    match (old, new) {
        (None, None) => None,
        (None, Some(n)) => Some(TextChange {
            kind: Kind::Added,
            old: None,
            new: Some(n.text()),
            words: Vec::new(),
        }),
        (Some(o), None) => Some(TextChange {
            kind: Kind::Removed,
            old: Some(o.text()),
            new: None,
            words: Vec::new(),
        }),
        (Some(o), Some(n)) => {
            let (old, new) = (o.text(), n.text());
            (old != new).then(|| TextChange {
                kind: Kind::Changed,
                words: words::diff(&old, &new),
                old: Some(old),
                new: Some(new),
            })
        }
    }
}

/// The two sides of a `--since` comparison.
pub(crate) struct Since<'a> {
    pub(crate) reference_then: &'a BTreeMap<&'a str, Def<'a>>,
    pub(crate) reference_now: &'a BTreeMap<&'a str, Def<'a>>,
    pub(crate) locale_then: &'a BTreeMap<&'a str, Def<'a>>,
    pub(crate) locale_now: &'a BTreeMap<&'a str, Def<'a>>,
    /// The state of each key now (from the side-by-side view).
    pub(crate) states: &'a BTreeMap<String, State>,
}

/// Every key that changed, sorted by key.
pub(crate) fn since(s: &Since, filter: &Filter) -> Vec<KeyChange> {
    let keys: BTreeSet<&str> = s
        .reference_then
        .keys()
        .chain(s.reference_now.keys())
        .chain(s.locale_then.keys())
        .chain(s.locale_now.keys())
        .copied()
        .collect();
    let mut out = Vec::new();
    for k in keys {
        let reference = change(s.reference_then.get(k), s.reference_now.get(k));
        let locale = change(s.locale_then.get(k), s.locale_now.get(k));
        if reference.is_none() && locale.is_none() {
            continue;
        }
        let state = s.states.get(k).copied().unwrap_or(State::Obsolete);
        if !filter.keeps(k, state) {
            continue;
        }
        out.push(KeyChange {
            key: k.to_string(),
            reference,
            locale,
            translation: s.locale_now.get(k).map(Def::text),
            state,
        });
    }
    out
}
