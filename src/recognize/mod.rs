//! Recognition: which catalog message a published text is, in which
//! wording, and with which values of its variables. The catalogs are used
//! backwards: every message and variant of every locale is indexed by its
//! normalized text (`normalize`) or expanded into linear patterns
//! (`pattern`); a text is matched exactly, then against the patterns, and
//! for a question row by similarity with a clear margin. Among several
//! matches the zone, the page's locale and the canonical wording are
//! preferred.
//!
//! The [`Recognizer`] is built once, when the catalogs are loaded
//! (`Catalogs::recognizer`); it knows nothing of files or formatting.

mod index;
pub(crate) mod normalize;
pub(crate) mod pattern;

use crate::locale::Locale;
pub(crate) use index::{Form, LocaleForms};
use index::{Index, Wording};
use normalize::{norm_key, word_similarity};
use pattern::{match_linear, prepare, Captures};
use std::collections::BTreeMap;

/// Longest text, in bytes, that is ever taken for a label. Labels are
/// sentences; a longer text (a 50 MB line) is never one, and is not worth
/// normalizing and matching against every wording.
pub(crate) const MAX_LABEL_LEN: usize = 64 * 1024;

/// What kind of slot a text fills: a label (question, heading, sentence) or
/// an answer value (answer words, enumerations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Label,
    Value,
}

/// Where a recognized text sits on the page, to choose among candidates.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The zone (`general`, `security`, …).
    pub(crate) zone: Option<&'a str>,
    /// The key of the previous row in the same table.
    pub(crate) previous: Option<&'a str>,
}

/// A recognized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub(crate) key: String,
    /// The locale of the wording that matched.
    pub(crate) locale: Locale,
    /// The variant attribute, if a variant matched.
    pub(crate) attr: Option<String>,
    pub(crate) captures: Captures,
    /// Recognized by similarity and position, not by a known wording.
    pub(crate) fuzzy: bool,
}

/// The zones of the page template, with the key prefix of their questions:
/// a key with one of these prefixes is only recognized in its zone (or
/// outside every zone), since two zones may word two questions alike.
#[derive(Debug, Clone, Default)]
pub(crate) struct ZoneRules(pub(crate) BTreeMap<String, String>);

impl ZoneRules {
    /// Whether `key` may be recognized in `zone`.
    #[inline]
    fn allows(&self, key: &str, zone: Option<&str>) -> bool {
        let Some(zone) = zone else { return true };
        let Some(prefix) = key.split('-').next() else {
            return true;
        };
        let bound = self.0.values().any(|p| p == prefix);
        !bound || self.key_prefix(zone) == prefix
    }

    /// The key prefix of a zone's questions.
    #[inline]
    fn key_prefix<'a>(&'a self, zone: &'a str) -> &'a str {
        self.0.get(zone).map(String::as_str).unwrap_or(zone)
    }
}

/// Which wordings may be matched: all of them, or those a [`Restricted`]
/// recognizer kept.
trait Enabled {
    fn enabled(&self, wi: usize) -> bool;
}

/// Every wording.
struct Every;

impl Enabled for Every {
    #[inline(always)]
    fn enabled(&self, _: usize) -> bool {
        true
    }
}

impl Enabled for [bool] {
    #[inline]
    fn enabled(&self, wi: usize) -> bool {
        self[wi]
    }
}

/// Every known wording of every locale, indexed to recognize published
/// text.
pub struct Recognizer {
    /// Locale names, in the catalogs' order.
    locales: Vec<Locale>,
    reference: Locale,
    /// Canonical message ids of the reference locale in file order: the
    /// template order, in which a question follows the previous row's.
    order: Vec<String>,
    zones: ZoneRules,
    index: Index,
}

/// The best candidate so far: (score, wording, captures).
type Best = Option<(i64, usize, Captures)>;

impl Recognizer {
    /// Index the wordings of every locale. `order` is the reference
    /// locale's canonical message ids in file order.
    pub(crate) fn new(
        locales: &[LocaleForms],
        reference: &Locale,
        order: Vec<String>,
        zones: ZoneRules,
    ) -> Recognizer {
        Recognizer {
            locales: locales.iter().map(|l| l.name.clone()).collect(),
            reference: reference.clone(),
            order,
            zones,
            index: Index::build(locales),
        }
    }

    /// Recognize a published text in a slot of the given role.
    pub fn recognize(
        &self,
        text: &str,
        role: Role,
        page_locale: &Locale,
        ctx: &Context,
    ) -> Option<Match> {
        self.recognize_in(text, role, page_locale, ctx, &Every)
    }

    fn recognize_in<E: Enabled + ?Sized>(
        &self,
        text: &str,
        role: Role,
        page_locale: &Locale,
        ctx: &Context,
        enabled: &E,
    ) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let index = &self.index;
        let bucket = match index.raw.get(text) {
            Some(b) => b.as_ref(),
            None => {
                let key = norm_key(text);
                if key.is_empty() {
                    return None;
                }
                index.exact.get(&key)
            }
        };
        let consider = |wi: usize, caps: Captures, specificity: usize, best: &mut Best| {
            let w = &index.wordings[wi];
            if w.role != role || !enabled.enabled(wi) || !self.zones.allows(&w.key, ctx.zone) {
                return;
            }
            // A wording equal byte for byte is the one the page used.
            let exact = caps.is_empty() && w.text.as_deref() == Some(text);
            // Among patterns, the one with more literal text is the more
            // specific reading.
            let score = self.preference(w, page_locale, ctx)
                + if exact { 1000 } else { 0 }
                + specificity as i64;
            if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                *best = Some((score, wi, caps));
            }
        };
        let mut best: Best = None;
        for &wi in bucket.into_iter().flatten() {
            consider(wi, Captures::new(), 0, &mut best);
        }
        if best.is_none() {
            // Only the patterns of this role that can match a text starting
            // with this character (see `PatternIndex`), in their order. The
            // spans of the normalized text are needed from here on only.
            let norm = prepare(text);
            for &pi in index.by_first.candidates(role, norm.chars.first().copied()) {
                let (wi, lin) = &index.patterns[pi as usize];
                if !enabled.enabled(*wi) || !lin.could_match(&norm.chars) {
                    continue;
                }
                if let Some(caps) = match_linear(lin, text, &norm) {
                    consider(*wi, caps, lin.literal_len(), &mut best);
                }
            }
        }
        best.map(|(_, wi, caps)| self.matched(wi, caps))
    }

    /// The match of wording `wi` with these captures.
    fn matched(&self, wi: usize, captures: Captures) -> Match {
        let w = &self.index.wordings[wi];
        Match {
            key: w.key.clone(),
            locale: self.locales[w.locale].clone(),
            attr: w.attr.clone(),
            captures,
            fuzzy: false,
        }
    }

    /// Recognize a text that may be nothing but variables (an H1 that is the
    /// app's name): only messages whose key is in `keys`.
    pub(crate) fn recognize_among(
        &self,
        text: &str,
        keys: &[&str],
        page_locale: &Locale,
    ) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let norm = prepare(text);
        let mut best: Best = None;
        for (wi, lin) in &self.index.patterns {
            let w = &self.index.wordings[*wi];
            if !keys.contains(&w.key.as_str()) {
                continue;
            }
            if let Some(caps) = match_linear(lin, text, &norm) {
                let score = self.preference(w, page_locale, &Context::default());
                if best.as_ref().is_none_or(|(s, _, _)| score > *s) {
                    best = Some((score, *wi, caps));
                }
            }
        }
        best.map(|(_, wi, caps)| self.matched(wi, caps))
    }

    /// Recognize a label by similarity to the known wordings of the page's
    /// locale, for a text no known wording matches (a new machine-translation
    /// wave). Only keys of the same zone are candidates, the key that follows
    /// the previous row in template order is favoured, and a match must be
    /// clearly better than the runner-up: a row is never given a key on a
    /// guess.
    pub(crate) fn recognize_fuzzy(
        &self,
        text: &str,
        page_locale: &Locale,
        ctx: &Context,
    ) -> Option<Match> {
        self.recognize_fuzzy_in(text, page_locale, ctx, &Every)
    }

    fn recognize_fuzzy_in<E: Enabled + ?Sized>(
        &self,
        text: &str,
        page_locale: &Locale,
        ctx: &Context,
        enabled: &E,
    ) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let scored = self.similarities(text, page_locale, ctx, enabled);
        let mut ranked: Vec<(String, f64)> = scored.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (key, s1) = ranked.first()?.clone();
        let s2 = ranked.get(1).map(|r| r.1).unwrap_or(0.0);
        if s1 >= 0.6 && s1 - s2 >= 0.15 {
            Some(Match {
                key,
                locale: page_locale.clone(),
                attr: None,
                captures: Captures::new(),
                fuzzy: true,
            })
        } else {
            None
        }
    }

    /// The best similarity of `text` to each label key of the page's
    /// locale in the zone, the key expected after the previous row favoured.
    fn similarities<E: Enabled + ?Sized>(
        &self,
        text: &str,
        page_locale: &Locale,
        ctx: &Context,
        enabled: &E,
    ) -> BTreeMap<String, f64> {
        let target = norm_key(text);
        let zone_prefix = ctx.zone.map(|z| self.zones.key_prefix(z));
        let expected = ctx.previous.and_then(|p| self.next_in_order(p));
        let mut scored: BTreeMap<String, f64> = BTreeMap::new();
        for (wi, w) in self.index.wordings.iter().enumerate() {
            if !enabled.enabled(wi) {
                continue;
            }
            if w.role != Role::Label || self.locales[w.locale] != *page_locale {
                continue;
            }
            if let Some(prefix) = &zone_prefix {
                if !w.key.starts_with(&format!("{prefix}-")) {
                    continue;
                }
            }
            let Some(text_form) = &w.text else {
                continue;
            };
            if text_form.len() > MAX_LABEL_LEN {
                continue;
            }
            let mut s = word_similarity(&target, &norm_key(text_form));
            if expected == Some(w.key.as_str()) {
                s += 0.1;
            }
            let e = scored.entry(w.key.clone()).or_insert(0.0);
            if s > *e {
                *e = s;
            }
        }
        scored
    }

    /// The key after `key` in template order.
    fn next_in_order(&self, key: &str) -> Option<&str> {
        let i = self.order.iter().position(|k| k == key)?;
        self.order.get(i + 1).map(String::as_str)
    }

    /// How much a wording is preferred when several match the same text.
    fn preference(&self, w: &Wording, page_locale: &Locale, ctx: &Context) -> i64 {
        let loc = &self.locales[w.locale];
        let mut s = 0;
        if loc == page_locale {
            s += 100;
        } else if *loc == self.reference {
            s += 50;
        }
        if w.attr.is_none() {
            s += 10;
        }
        // Two questions worded alike in different zones: the zone decides,
        // before any wording preference.
        if let Some(z) = ctx.zone {
            let prefix = self.zones.key_prefix(z);
            if w.key
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('-'))
            {
                s += 10_000;
            }
        }
        s
    }

    /// A recognizer that matches only the wordings `keep` says yes to:
    /// recognition measured on wordings it was not given (`heldout`).
    pub(crate) fn restricted(&self, keep: impl Fn(WordingRef) -> bool) -> Restricted<'_> {
        let kept = self
            .index
            .wordings
            .iter()
            .map(|w| {
                keep(WordingRef {
                    locale: &self.locales[w.locale],
                    key: &w.key,
                    attr: w.attr.as_deref(),
                })
            })
            .collect();
        Restricted {
            recognizer: self,
            kept,
        }
    }
}

/// One indexed wording, as [`Recognizer::restricted`] shows it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct WordingRef<'a> {
    pub(crate) locale: &'a Locale,
    pub(crate) key: &'a str,
    /// The variant attribute; `None` for a canonical message.
    pub(crate) attr: Option<&'a str>,
}

/// A [`Recognizer`] that leaves some wordings out.
pub(crate) struct Restricted<'r> {
    recognizer: &'r Recognizer,
    kept: Vec<bool>,
}

impl Restricted<'_> {
    /// [`Recognizer::recognize`] with the kept wordings only.
    pub(crate) fn recognize(
        &self,
        text: &str,
        role: Role,
        page_locale: &Locale,
        ctx: &Context,
    ) -> Option<Match> {
        self.recognizer
            .recognize_in(text, role, page_locale, ctx, &self.kept[..])
    }

    /// [`Recognizer::recognize_fuzzy`] with the kept wordings only.
    pub(crate) fn recognize_fuzzy(
        &self,
        text: &str,
        page_locale: &Locale,
        ctx: &Context,
    ) -> Option<Match> {
        self.recognizer
            .recognize_fuzzy_in(text, page_locale, ctx, &self.kept[..])
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::{Catalogs, Template};

    fn cats() -> Catalogs {
        Catalogs::from_sources(
            &[
                ("en-US", "a.ftl", "security-pentest = Do you perform annual penetration testing on the app?\nintro-general = Information provided by { $publisher } to Microsoft:\nanswer-yes = Yes\n"),
                ("fr-FR", "a.ftl", "security-pentest = Effectuez-vous chaque année des tests d’intrusion de l’application ?\nintro-general = Informations fournies à Microsoft par { $publisher } :\nanswer-yes = Oui\n"),
                ("fr-FR", "variants/a.ftl", "security-pentest =\n    .mt1 = Effectuez-vous des tests d’intrusion annuels sur l’application ?\nintro-general =\n    .mt1 = Informations fournies par { $publisher } à Microsoft :\n"),
            ],
            Template::default(),
            "en-US",
        )
        .unwrap()
    }

    #[test]
    fn recognizes_canonical_variant_and_foreign_wordings() {
        let cats = cats();
        let c = cats.recognizer();
        let ctx = Context::default();
        let fr: Locale = "fr-FR".parse().unwrap();
        let m = c
            .recognize(
                "Effectuez-vous des tests d'intrusion annuels sur l'application ?",
                Role::Label,
                &fr,
                &ctx,
            )
            .unwrap();
        assert_eq!(
            (m.key.as_str(), m.attr.as_deref()),
            ("security-pentest", Some("mt1"))
        );
        let m = c
            .recognize(
                "Do you perform annual penetration testing on the app?",
                Role::Label,
                &fr,
                &ctx,
            )
            .unwrap();
        assert_eq!(
            (m.key.as_str(), m.locale.as_str(), m.attr),
            ("security-pentest", "en-US", None)
        );
        let m = c
            .recognize(
                "Informations fournies par Talkdesk, Inc. à Microsoft :",
                Role::Label,
                &fr,
                &ctx,
            )
            .unwrap();
        assert_eq!(m.captures["publisher"], "Talkdesk, Inc.");
        assert!(c.recognize("Oui", Role::Label, &fr, &ctx).is_none());
        assert_eq!(
            c.recognize("Oui", Role::Value, &fr, &ctx).unwrap().key,
            "answer-yes"
        );
    }

    #[test]
    fn fuzzy_needs_a_clear_winner() {
        let cats = cats();
        let c = cats.recognizer();
        let ctx = Context::default();
        let fr: Locale = "fr-FR".parse().unwrap();
        let m = c
            .recognize_fuzzy(
                "Effectuez-vous des tests d’intrusion annuels de l’application ?",
                &fr,
                &ctx,
            )
            .unwrap();
        assert!(m.fuzzy);
        assert_eq!(m.key, "security-pentest");
        assert!(c
            .recognize_fuzzy("Quelle est la couleur du ciel ?", &fr, &ctx)
            .is_none());
    }
}
