//! The recognition index: every known wording of every locale, found by
//! its normalized text when it reads no variable, or by its linear patterns
//! (see [`super::pattern`]) when it does, with the patterns that can match
//! a text found from its first character.

use super::normalize::norm_key;
use super::pattern::{expand, Linear, Lookup};
use super::Role;
use crate::record::KeyKind;
use fluent_syntax::ast;
use rustc_hash::FxHashMap as HashMap;
use std::collections::BTreeMap;

/// One wording of a message, as the catalogs hand it over to be indexed.
pub(crate) struct Form<'a> {
    pub(crate) key: &'a str,
    /// The variant attribute; `None` for the canonical message.
    pub(crate) attr: Option<&'a str>,
    pub(crate) pattern: &'a ast::Pattern<String>,
    /// Its text, when it reads no variable.
    pub(crate) text: Option<&'a str>,
}

/// The wordings of one locale, and how to resolve the message and term
/// references of their patterns.
pub(crate) struct LocaleForms<'a> {
    pub(crate) name: &'a crate::locale::Locale,
    pub(crate) lookup: &'a dyn Lookup,
    pub(crate) forms: Vec<Form<'a>>,
}

/// The role of the slot a message's wordings fill, by its key: none for
/// date messages, which are only ever read inside another label.
fn role_of(key: &str) -> Option<Role> {
    match KeyKind::of(key) {
        KeyKind::Answer(_) | KeyKind::Enum(_) => Some(Role::Value),
        KeyKind::Date => None,
        KeyKind::Label => Some(Role::Label),
    }
}

/// One known wording of a message.
#[derive(Debug, Clone)]
pub(super) struct Wording {
    pub(super) key: String,
    /// The position of its locale in the recognizer's locales.
    pub(super) locale: usize,
    pub(super) attr: Option<String>,
    pub(super) role: Role,
    /// The exact text, for wordings without variables.
    pub(super) text: Option<String>,
}

/// Every wording, indexed.
#[derive(Default)]
pub(super) struct Index {
    pub(super) wordings: Vec<Wording>,
    /// Wordings by normalized text, for wordings without variables.
    pub(super) exact: HashMap<String, Vec<usize>>,
    /// The `exact` entry (if any) of every wording's own text, by that text
    /// as written: a published text equal byte for byte to a known wording,
    /// the usual case, is found without being normalized.
    pub(super) raw: HashMap<String, Option<Vec<usize>>>,
    /// Patterns with variables, most specific first: (wording, pattern).
    pub(super) patterns: Vec<(usize, Linear)>,
    /// `patterns` indexed by first character.
    pub(super) by_first: PatternIndex,
}

impl Index {
    /// Index the wordings of every locale, in order.
    pub(super) fn build(locales: &[LocaleForms]) -> Index {
        let mut index = Index::default();
        for (li, loc) in locales.iter().enumerate() {
            for form in &loc.forms {
                index.add(li, loc.lookup, form);
            }
        }
        // Most specific first; ties in a fixed order.
        index.patterns.sort_by(|a, b| {
            b.1.literal_len()
                .cmp(&a.1.literal_len())
                .then(a.0.cmp(&b.0))
        });
        index.by_first = PatternIndex::build(&index.patterns, &index.wordings);
        for w in &index.wordings {
            let Some(t) = &w.text else { continue };
            let key = norm_key(t);
            if key.is_empty() || index.raw.contains_key(t) {
                continue;
            }
            index.raw.insert(t.clone(), index.exact.get(&key).cloned());
        }
        index
    }

    /// Add one wording of the locale at `li`.
    fn add(&mut self, li: usize, lookup: &dyn Lookup, form: &Form) {
        let Some(role) = role_of(form.key) else {
            return;
        };
        let wi = self.wordings.len();
        self.wordings.push(Wording {
            key: form.key.to_string(),
            locale: li,
            attr: form.attr.map(str::to_string),
            role,
            text: form.text.map(str::to_string),
        });
        for lin in expand(form.pattern, lookup) {
            match lin.literal() {
                Some(lit) => self.exact.entry(lit).or_default().push(wi),
                None => self.patterns.push((wi, lin)),
            }
        }
    }
}

/// Which patterns with variables can match a text, found without trying
/// them all: a pattern that starts with literal text can only match a text
/// that starts with the same character. Recognition tries, in the patterns'
/// order, only the patterns of the text's first character and those that
/// start with a variable. The profile of `verify` on the corpus showed most
/// of its time in trying every pattern on texts with no exact match (free
/// text answers, paragraphs).
#[derive(Default)]
pub(super) struct PatternIndex {
    /// By role (`Role::Label`, `Role::Value`) and first character: indices
    /// into `patterns`, ascending, the patterns that start with a variable
    /// included.
    by_first: [HashMap<char, Vec<u32>>; 2],
    /// By role: patterns that start with a variable, ascending.
    open: [Vec<u32>; 2],
}

impl PatternIndex {
    fn build(patterns: &[(usize, Linear)], wordings: &[Wording]) -> PatternIndex {
        let mut index = PatternIndex::default();
        let mut firsts: [BTreeMap<char, Vec<u32>>; 2] = Default::default();
        for (pi, (wi, lin)) in patterns.iter().enumerate() {
            // A pattern that is nothing but a variable matches anything: it
            // is never tried by `recognize`.
            if lin.literal_len() == 0 {
                continue;
            }
            let r = role_index(wordings[*wi].role);
            match lin.head().first() {
                Some(&c) => firsts[r].entry(c).or_default().push(pi as u32),
                None => index.open[r].push(pi as u32),
            }
        }
        for (r, firsts) in firsts.into_iter().enumerate() {
            for (c, mut list) in firsts {
                list.extend_from_slice(&index.open[r]);
                list.sort_unstable();
                index.by_first[r].insert(c, list);
            }
        }
        index
    }

    /// The patterns to try on a normalized text, in the patterns' order.
    pub(super) fn candidates(&self, role: Role, first: Option<char>) -> &[u32] {
        let r = role_index(role);
        first
            .and_then(|c| self.by_first[r].get(&c))
            .map_or(&self.open[r][..], Vec::as_slice)
    }
}

fn role_index(role: Role) -> usize {
    match role {
        Role::Label => 0,
        Role::Value => 1,
    }
}
