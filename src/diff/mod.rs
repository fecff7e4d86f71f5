//! `diff`: what a translator has to look at. A locale against the reference
//! (or another locale) key by key with each translation's state, what changed
//! in the catalogs since a git revision, the stale translations with how their
//! source changed, the answers that changed between two versions of a page,
//! and an XLIFF 2.1 worklist that goes out to a translation tool and comes
//! back into the catalogs.
//!
//! The core here and in [`since`], [`pages`], [`words`] and [`xliff`] does no
//! I/O: `files` reads the files (git, pages, XLIFF) and writes them, and
//! [`report`] prints to `impl Write`.

pub(crate) mod files;
pub(crate) mod git;
pub(crate) mod pages;
pub(crate) mod report;
pub(crate) mod since;
pub(crate) mod words;
pub(crate) mod xliff;

use crate::catalog::index::Def;
use crate::catalog::lock::{fingerprint, Lock};
use crate::catalog::Catalogs;
use crate::locale::Locale;
use serde::Serialize;
use std::collections::BTreeMap;

/// The state of a key in a locale, as `check` sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum State {
    /// Translated, and not stale (signed off or not).
    Translated,
    /// The reference has the key, the locale does not.
    Missing,
    /// Identical to the reference, and not signed off as meant to be.
    Untranslated,
    /// The reference text changed since the translation was signed off.
    Stale,
    /// The locale has a key the reference does not.
    Obsolete,
}

impl State {
    pub(crate) const ALL: [State; 5] = [
        State::Translated,
        State::Missing,
        State::Untranslated,
        State::Stale,
        State::Obsolete,
    ];

    pub(crate) fn name(self) -> &'static str {
        match self {
            State::Translated => "translated",
            State::Missing => "missing",
            State::Untranslated => "untranslated",
            State::Stale => "stale",
            State::Obsolete => "obsolete",
        }
    }
}

impl std::fmt::Display for State {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A locale side by side with the reference (or another locale): a row
/// per key, and the definitions of the reference and the locale.
pub(crate) struct Sheet<'a> {
    pub(crate) rows: Vec<Row>,
    pub(crate) reference: BTreeMap<&'a str, Def<'a>>,
    pub(crate) locale: BTreeMap<&'a str, Def<'a>>,
}

/// `locale` against `against` (the reference, or another locale), both
/// loaded in `cats`, with the locale's lock file.
pub(crate) fn sheet<'a>(
    cats: &'a Catalogs,
    locale: &Locale,
    against: &Locale,
    lock: &Lock,
) -> Sheet<'a> {
    let defs_of_locale = |l: &Locale| {
        let loc = cats.locale(l).expect("a locale of the catalogs");
        loc.definitions()
    };
    let reference = defs_of_locale(&cats.reference);
    let loc = defs_of_locale(locale);
    let against_defs = defs_of_locale(against);
    let rows = side_by_side(&Sides {
        reference: &reference,
        against: &against_defs,
        against_is_reference: *against == cats.reference,
        locale: &loc,
        lock,
    });
    Sheet {
        rows,
        reference,
        locale: loc,
    }
}

/// The state of a key: `reference` and `translation` as defined (or not),
/// with the locale's lock.
pub(crate) fn state_of(reference: Option<&Def>, translation: Option<&Def>, lock: &Lock) -> State {
    match (reference, translation) {
        (None, _) => State::Obsolete,
        (Some(_), None) => State::Missing,
        (Some(r), Some(t)) => {
            let text = r.text();
            let fp = fingerprint(&text);
            let entry = lock.entries.get(r.id());
            if text == t.text() && r.has_text() {
                if entry.is_some_and(|e| e.identical && e.fingerprint == fp) {
                    State::Translated
                } else {
                    State::Untranslated
                }
            } else if entry.is_some_and(|e| e.fingerprint != fp) {
                State::Stale
            } else {
                State::Translated
            }
        }
    }
}

/// One key of a side-by-side view.
#[derive(Debug, Clone, Serialize)]
pub(crate) struct Row {
    pub(crate) key: String,
    /// The catalog file that defines the key (the reference's, else the locale's).
    pub(crate) file: String,
    pub(crate) state: State,
    /// Whether the translation is signed off against the current reference.
    pub(crate) signed: bool,
    /// The text of the locale compared with (`--against`, by default the reference).
    pub(crate) source: Option<String>,
    /// The locale's text.
    pub(crate) target: Option<String>,
    /// The reference text the translation was signed off against, when it
    /// changed since (stale).
    pub(crate) signed_source: Option<String>,
    /// The current reference text, when the locale compared with is not the
    /// reference.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) reference: Option<String>,
    /// The reference's comment on the key (where the label sits on a page).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub(crate) comment: Option<String>,
}

/// What a side-by-side view compares.
pub(crate) struct Sides<'a> {
    /// The reference's definitions.
    pub(crate) reference: &'a BTreeMap<&'a str, Def<'a>>,
    /// The definitions of the locale compared with (the reference by default).
    pub(crate) against: &'a BTreeMap<&'a str, Def<'a>>,
    /// Whether `against` is the reference.
    pub(crate) against_is_reference: bool,
    /// The locale's definitions and lock.
    pub(crate) locale: &'a BTreeMap<&'a str, Def<'a>>,
    pub(crate) lock: &'a Lock,
}

/// Every key of the reference and the locale, sorted by key.
pub(crate) fn side_by_side(s: &Sides) -> Vec<Row> {
    let mut keys: Vec<&str> = s.reference.keys().chain(s.locale.keys()).copied().collect();
    keys.sort();
    keys.dedup();
    keys.into_iter()
        .map(|k| {
            let r = s.reference.get(k);
            let t = s.locale.get(k);
            let state = state_of(r, t, s.lock);
            let lock = s.lock.entries.get(k);
            let signed = match (r, lock) {
                (Some(r), Some(e)) => e.fingerprint == fingerprint(&r.text()),
                _ => false,
            };
            Row {
                key: k.to_string(),
                file: r.or(t).map(|d| d.file.rel.clone()).unwrap_or_default(),
                state,
                signed,
                source: s.against.get(k).map(Def::text),
                target: t.map(Def::text),
                signed_source: if state == State::Stale {
                    lock.map(|e| e.text.clone())
                } else {
                    None
                },
                reference: if s.against_is_reference {
                    None
                } else {
                    r.map(Def::text)
                },
                comment: r.or(t).and_then(Def::comment),
            }
        })
        .collect()
}

/// Which rows to show.
#[derive(Debug, Clone, Default)]
pub(crate) struct Filter {
    /// States to keep (all when empty).
    pub(crate) only: Vec<State>,
    /// Key patterns (`security-*`); a key is kept when any matches (all when empty).
    pub(crate) keys: Vec<String>,
}

impl Filter {
    pub(crate) fn keeps_key(&self, key: &str) -> bool {
        self.keys.is_empty() || self.keys.iter().any(|p| glob(p, key))
    }

    pub(crate) fn keeps(&self, key: &str, state: State) -> bool {
        (self.only.is_empty() || self.only.contains(&state)) && self.keeps_key(key)
    }
}

/// Glob-like matching: `*` any run of characters, `?` one character.
pub(crate) fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // Iterative matching with backtracking to the last `*`: linear memory,
    // no recursion on hostile patterns.
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|&c| c == '*')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::catalog::lock::Entry;
    use crate::catalog::IndexedFiles;

    fn parse(rel: &'static str, src: &'static str) -> BTreeMap<&'static str, Def<'static>> {
        let files = Box::leak(Box::new(IndexedFiles::parse([(rel, src)])));
        files.definitions()
    }

    #[test]
    fn globs() {
        assert!(glob("security-*", "security-pentest"));
        assert!(glob("*pentest", "security-pentest"));
        assert!(glob("s?c*-p*t", "security-pentest"));
        assert!(!glob("security-*", "general-id"));
        assert!(glob("*", ""));
        assert!(!glob("a", ""));
    }

    #[test]
    fn states_follow_check() {
        let en = parse(
            "a.ftl",
            "# Row label.\na = Hello\nb = Same\nc = New text\nd = Gone\n-brand = Contoso\nid = { $id }\n",
        );
        let fr = parse(
            "a.ftl",
            "a = Bonjour\nb = Same\nc = Texte\nx = Obsolète\n-brand = Contoso\nid = { $id }\n",
        );
        let mut lock = Lock::default();
        lock.entries.insert(
            "c".into(),
            Entry {
                fingerprint: fingerprint("Old text"),
                identical: false,
                text: "Old text".into(),
                line: 0,
            },
        );
        let rows = side_by_side(&Sides {
            reference: &en,
            against: &en,
            against_is_reference: true,
            locale: &fr,
            lock: &lock,
        });
        let states: Vec<(&str, &str)> = rows
            .iter()
            .map(|r| (r.key.as_str(), r.state.name()))
            .collect();
        assert_eq!(
            states,
            [
                ("-brand", "untranslated"),
                ("a", "translated"),
                ("b", "untranslated"),
                ("c", "stale"),
                ("d", "missing"),
                ("id", "translated"),
                ("x", "obsolete"),
            ]
        );
        assert_eq!(rows[1].comment.as_deref(), Some("Row label."));
        assert_eq!(rows[3].signed_source.as_deref(), Some("Old text"));
    }
}
