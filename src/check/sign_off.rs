//! `sign-off`: the current reference text of a locale's translations
//! recorded in its lock file, with the `identical` mark of translations
//! meant to equal the reference. Pure: the lock is read and written by
//! `files`.

use crate::catalog::index::Def;
use crate::catalog::lock::{self, fingerprint, Lock};
use crate::catalog::Catalogs;
use crate::locale::Locale;
use std::collections::BTreeMap;

/// Why keys cannot be signed off.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SignOffError {
    #[error("{0} is the reference locale: its texts need no sign-off")]
    Reference(Locale),
    #[error("unknown locale `{0}`: no catalog directory")]
    UnknownLocale(Locale),
    #[error("reference locale {0} has no catalog")]
    NoReferenceCatalog(Locale),
    #[error("{locale} has no message `{key}`")]
    NoMessage { locale: Locale, key: String },
    #[error("`{key}` in {locale} differs from {reference}: it cannot be marked identical")]
    NotIdentical {
        key: String,
        locale: Locale,
        reference: Locale,
    },
}

/// What `sign-off` did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SignOff {
    /// Keys whose entry was written.
    pub signed: usize,
    /// Of those, marked intentionally identical.
    pub identical: usize,
    /// Entries dropped because the key is gone from the locale or the reference.
    pub(crate) removed: usize,
}

/// Record the current reference text of `keys` (every key the locale and
/// the reference share when empty) in a locale's lock. With `identical`, the
/// keys whose translation is identical to the reference are marked so; a
/// named key that is not identical is an error. Without it, a mark is kept
/// only while the reference text it was given for is unchanged.
pub fn sign_off(
    cats: &Catalogs,
    locale: &Locale,
    keys: &[String],
    identical: bool,
    old: &Lock,
) -> Result<(Lock, SignOff), SignOffError> {
    if *locale == cats.reference {
        return Err(SignOffError::Reference(locale.clone()));
    }
    let loc = cats
        .locale(locale)
        .ok_or_else(|| SignOffError::UnknownLocale(locale.clone()))?;
    let reference = cats
        .locale(&cats.reference)
        .ok_or_else(|| SignOffError::NoReferenceCatalog(cats.reference.clone()))?;
    let ref_defs = reference.definitions();
    let defs = loc.definitions();
    let common: Vec<&str> = defs
        .keys()
        .copied()
        .filter(|k| ref_defs.contains_key(k))
        .collect();
    let targets: Vec<&str> = if keys.is_empty() {
        common.clone()
    } else {
        named_keys(keys, (&cats.reference, &ref_defs), (locale, &defs))?
    };
    let mut lock = old.clone();
    let mut summary = SignOff::default();
    let before = lock.entries.len();
    lock.entries.retain(|k, _| common.contains(&k.as_str()));
    summary.removed = before - lock.entries.len();
    for id in targets {
        let (Some(rdef), Some(def)) = (ref_defs.get(id), defs.get(id)) else {
            continue;
        };
        let strict = !keys.is_empty();
        let Some(entry) = entry_for(rdef, def, identical, strict, old.entries.get(id)) else {
            return Err(SignOffError::NotIdentical {
                key: id.to_string(),
                locale: locale.clone(),
                reference: cats.reference.clone(),
            });
        };
        summary.signed += 1;
        summary.identical += usize::from(entry.identical);
        lock.entries.insert(id.to_string(), entry);
    }
    Ok((lock, summary))
}

/// The keys named on the command line, each defined by the locale and the
/// reference (`(locale, definitions)` each).
fn named_keys<'k>(
    keys: &'k [String],
    reference: (&Locale, &BTreeMap<&str, Def>),
    locale: (&Locale, &BTreeMap<&str, Def>),
) -> Result<Vec<&'k str>, SignOffError> {
    let mut out = Vec::new();
    for k in keys {
        for (l, defs) in [locale, reference] {
            if !defs.contains_key(k.as_str()) {
                return Err(SignOffError::NoMessage {
                    locale: l.clone(),
                    key: k.clone(),
                });
            }
        }
        out.push(k.as_str());
    }
    Ok(out)
}

/// The lock entry of a key signed off now: the reference's text, its
/// fingerprint, and the `identical` mark, given with `identical` to a
/// translation equal to the reference, else kept from the `old` entry while
/// the reference text is unchanged. `None` when a key named on the command
/// line (`strict`) is to be marked identical and differs.
fn entry_for(
    rdef: &Def,
    def: &Def,
    identical: bool,
    strict: bool,
    old: Option<&lock::Entry>,
) -> Option<lock::Entry> {
    let rtext = rdef.text();
    let same = def.text() == rtext;
    let fingerprint = fingerprint(&rtext);
    if identical && !same && strict {
        return None;
    }
    let mark = if identical {
        same
    } else {
        same && old.is_some_and(|e| e.identical && e.fingerprint == fingerprint)
    };
    Some(lock::Entry {
        fingerprint,
        identical: mark,
        text: rtext,
        line: 0,
    })
}
