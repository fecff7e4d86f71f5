//! Typed answers and identifiers across copies.
//!
//! Answers (yes/no, enumerations, dates, links, ids): values that do not
//! have the shape the others have (a GUID with a digit too many) or that
//! the page contradicts (an id its own AppSource link does not show) lose
//! first; then, where the copies were published at different times, the
//! copies published last (`ms.date`) win and the others are outdated;
//! otherwise the value most locales give wins and the others are damaged.
//! Two values that tie on all of this are left unsettled.
//!
//! Identifiers (Graph permission names): the value that is, or has the
//! shape of, an identifier wins (`User.Read.All`, or one `locales/names.yml`
//! lists); then the one shown in the most locales anywhere in the input;
//! then the most locales of this row. Forms a known identifier differs
//! from by one letter and its case (`profil`, `Profil`) are that
//! identifier.

use super::evidence::{Copy, Fact, FactKind, Payload, Stamp};
use super::rules::Rules;
use super::{Candidate, Decision, Note, PageConsensus, Reason, Status};
use std::collections::{BTreeMap, BTreeSet};

/// Decide every fact of a page on which its copies disagree.
pub(crate) fn decide_facts(
    pc: &mut PageConsensus,
    copies: &[Copy],
    rules: &Rules,
    spread: &BTreeMap<&str, usize>,
) {
    // Keys in page order: the primary copy's, then those only others have.
    let mut keys: Vec<&str> = Vec::new();
    let mut known: BTreeSet<&str> = BTreeSet::new();
    let primary = copies
        .iter()
        .position(|c| c.locale == pc.primary)
        .unwrap_or(0);
    let order = std::iter::once(primary).chain((0..copies.len()).filter(|i| *i != primary));
    let mut by_copy: Vec<BTreeMap<&str, &Fact>> = Vec::with_capacity(copies.len());
    for c in copies {
        let mut m = BTreeMap::new();
        for f in &c.facts {
            m.entry(f.key.as_str()).or_insert(f);
        }
        by_copy.push(m);
    }
    for i in order {
        for f in &copies[i].facts {
            if matches!(f.kind, FactKind::Answer | FactKind::Identifier) && known.insert(&f.key) {
                keys.push(&f.key);
            }
        }
    }
    let mut conflict_noted = false;
    for key in keys {
        let shown: Vec<(&Copy, &Fact)> = copies
            .iter()
            .zip(&by_copy)
            .filter_map(|(c, m)| m.get(key).map(|f| (c, *f)))
            .filter(|(_, f)| f.kind != FactKind::Text)
            .collect();
        let mut groups: BTreeMap<&str, Vec<(&Copy, &Fact)>> = BTreeMap::new();
        for (c, f) in &shown {
            groups.entry(&f.neutral).or_default().push((c, f));
        }
        if groups.len() < 2 {
            continue;
        }
        let kind = shown[0].1.kind;
        let d = if kind == FactKind::Identifier {
            decide_identifier(key, &groups, rules, spread)
        } else {
            let (d, conflict) = decide_answer(key, &groups);
            if conflict && !conflict_noted {
                conflict_noted = true;
                pc.notes.push(Note {
                    page: Some(pc.page.clone()),
                    locale: None,
                    message: format!(
                        "`ms.date` and `ms.lasthandoff` order the copies oppositely ({}); the newest `ms.date` wins",
                        stamps(copies)
                    ),
                });
            }
            d
        };
        pc.decisions.push(d);
    }
}

fn stamps(copies: &[Copy]) -> String {
    copies
        .iter()
        .map(|c| {
            format!(
                "{} {}/{}",
                c.locale,
                c.stamp.date.as_deref().unwrap_or("-"),
                c.stamp.handoff.as_deref().unwrap_or("-")
            )
        })
        .collect::<Vec<_>>()
        .join(", ")
}

type Groups<'a> = BTreeMap<&'a str, Vec<(&'a Copy, &'a Fact)>>;

fn candidates(groups: &Groups<'_>) -> Vec<Candidate> {
    groups
        .iter()
        .map(|(v, g)| Candidate {
            value: v.to_string(),
            locales: g.iter().map(|(c, _)| c.locale.clone()).collect(),
        })
        .collect()
}

fn decision(
    key: &str,
    kind: FactKind,
    groups: &Groups<'_>,
    winner: Option<&str>,
    reason: Reason,
    detail: Option<String>,
) -> Decision {
    let payload = winner
        .and_then(|w| groups.get(w))
        .and_then(|g| g.first())
        .map(|(_, f)| f.payload.clone())
        .unwrap_or(Payload::None);
    Decision {
        fact: key.to_string(),
        kind,
        status: if winner.is_some() {
            Status::Decided
        } else {
            Status::Unsettled
        },
        reason,
        value: winner.map(str::to_string),
        detail,
        candidates: candidates(groups),
        payload,
    }
}

/// A typed answer. The second value says whether `ms.date` and
/// `ms.lasthandoff` order the copies oppositely.
fn decide_answer(key: &str, groups: &Groups<'_>) -> (Decision, bool) {
    let mut alive: Vec<&str> = groups.keys().copied().collect();
    // Shape: a GUID with a digit too many or too few is damaged.
    let guid_ok: Vec<&str> = alive
        .iter()
        .copied()
        .filter(|v| guids_well_formed(v))
        .collect();
    if guid_ok.len() < alive.len() && !guid_ok.is_empty() && alive.iter().any(|v| has_guid(v)) {
        if let [one] = guid_ok.as_slice() {
            return (
                decision(
                    key,
                    FactKind::Answer,
                    groups,
                    Some(one),
                    Reason::Shape,
                    None,
                ),
                false,
            );
        }
        alive = guid_ok;
    }
    // The page itself: an id its own links show, where the others' do not.
    let consistent: Vec<&str> = alive
        .iter()
        .copied()
        .filter(|v| groups[v].iter().all(|(c, f)| self_consistent(c, f)))
        .collect();
    let checkable = alive
        .iter()
        .all(|v| groups[v].iter().all(|(c, f)| checkable(c, f)));
    if checkable && consistent.len() == 1 && alive.len() > 1 {
        return (
            decision(
                key,
                FactKind::Answer,
                groups,
                Some(consistent[0]),
                Reason::SelfConsistent,
                None,
            ),
            false,
        );
    }
    // Published at different times: the newest copy wins.
    let newest = |v: &str, by: fn(&Stamp) -> &Option<String>| -> Option<String> {
        groups[v]
            .iter()
            .filter_map(|(c, _)| by(&c.stamp).clone())
            .max()
    };
    fn by_date(s: &Stamp) -> &Option<String> {
        &s.date
    }
    fn by_handoff(s: &Stamp) -> &Option<String> {
        &s.handoff
    }
    let dates: Vec<(Option<String>, &str)> =
        alive.iter().map(|v| (newest(v, by_date), *v)).collect();
    let top = dates.iter().map(|(d, _)| d.clone()).max().flatten();
    let at_top: Vec<&str> = dates
        .iter()
        .filter(|(d, _)| d.is_some() && *d == top)
        .map(|(_, v)| *v)
        .collect();
    if let ([winner], Some(date)) = (at_top.as_slice(), &top) {
        let losers_older = alive.iter().filter(|v| *v != winner).all(|v| {
            groups[v]
                .iter()
                .all(|(c, _)| c.stamp.date.as_ref().is_none_or(|d| d < date))
        });
        if losers_older {
            let hand: Vec<(Option<String>, &str)> =
                alive.iter().map(|v| (newest(v, by_handoff), *v)).collect();
            let htop = hand.iter().map(|(h, _)| h.clone()).max().flatten();
            let hwin: Vec<&str> = hand
                .iter()
                .filter(|(h, _)| h.is_some() && *h == htop)
                .map(|(_, v)| *v)
                .collect();
            let conflict = hwin.len() == 1 && hwin[0] != *winner;
            let detail = format!(
                "published {date} in {}",
                groups[winner]
                    .iter()
                    .map(|(c, _)| c.locale.as_str())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
            return (
                decision(
                    key,
                    FactKind::Answer,
                    groups,
                    Some(winner),
                    Reason::Newest,
                    Some(detail),
                ),
                conflict,
            );
        }
    }
    // Same time: the value most locales give.
    let mut ranked: Vec<(usize, &str)> = alive.iter().map(|v| (groups[v].len(), *v)).collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    if ranked.len() == 1 || ranked[0].0 > ranked[1].0 {
        return (
            decision(
                key,
                FactKind::Answer,
                groups,
                Some(ranked[0].1),
                Reason::Majority,
                None,
            ),
            false,
        );
    }
    let tied: Vec<String> = ranked
        .iter()
        .filter(|r| r.0 == ranked[0].0)
        .map(|(_, v)| format!("`{v}`"))
        .collect();
    (
        decision(
            key,
            FactKind::Answer,
            groups,
            None,
            Reason::Tie,
            Some(format!(
                "{} tie; each copy keeps its own value",
                tied.join(" and ")
            )),
        ),
        false,
    )
}

/// Runs of hex digits and hyphens that look like a GUID (five groups).
fn guid_tokens(v: &str) -> Vec<&str> {
    v.split(|c: char| !(c.is_ascii_hexdigit() || c == '-'))
        .filter(|t| t.split('-').count() == 5 && t.split('-').all(|g| !g.is_empty()))
        .collect()
}

/// The values that have the shape of a GUID where some do and others
/// have a GUID with a digit too many or too few; all of them otherwise.
pub(crate) fn well_shaped<'a>(values: &[&'a str]) -> Vec<&'a str> {
    let ok: Vec<&str> = values
        .iter()
        .copied()
        .filter(|v| guids_well_formed(v))
        .collect();
    if ok.len() < values.len() && !ok.is_empty() && values.iter().any(|v| has_guid(v)) {
        ok
    } else {
        values.to_vec()
    }
}

fn has_guid(v: &str) -> bool {
    !guid_tokens(v).is_empty()
}

/// Whether every GUID-like run is 8-4-4-4-12 hex digits.
fn guids_well_formed(v: &str) -> bool {
    guid_tokens(v)
        .iter()
        .all(|t| t.split('-').map(str::len).eq([8usize, 4, 4, 4, 12]))
}

/// Whether the page can say anything of an id answer: it is an id, and
/// the page has links with letters and digits in them.
fn checkable(c: &Copy, f: &Fact) -> bool {
    matches!(&f.payload, Payload::Value(crate::record::Value::Id { .. })) && !c.urls.is_empty()
}

/// Whether an id answer is a segment of one of the page's own links.
fn self_consistent(c: &Copy, f: &Fact) -> bool {
    let Payload::Value(crate::record::Value::Id { id }) = &f.payload else {
        return false;
    };
    c.urls
        .iter()
        .any(|u| u.split(['/', '?', '=', '&', '#', '.']).any(|s| s == id))
}

/// An identifier of a table of values (see the module's documentation).
fn decide_identifier(
    key: &str,
    groups: &Groups<'_>,
    rules: &Rules,
    spread: &BTreeMap<&str, usize>,
) -> Decision {
    let values: Vec<&str> = groups.keys().copied().collect();
    if let [one] = well_shaped(&values).as_slice() {
        return decision(
            key,
            FactKind::Identifier,
            groups,
            Some(one),
            Reason::Shape,
            None,
        );
    }
    let class = |v: &str| -> usize { usize::from(rules.identifiers.contains(v) || graph_shape(v)) };
    let mut ranked: Vec<((usize, usize, usize), &str)> = groups
        .iter()
        .map(|(v, g)| ((class(v), spread.get(v).copied().unwrap_or(0), g.len()), *v))
        .collect();
    ranked.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    let (top, v) = ranked[0];
    let clear = ranked.get(1).is_none_or(|r| r.0 < top);
    if clear && (top.0 == 1 || top.2 > 1 || top.1 > ranked[1].0 .1) {
        let reason = if top.0 == 1 {
            if rules.identifiers.contains(v) {
                Reason::KnownIdentifier
            } else {
                Reason::Shape
            }
        } else {
            Reason::Majority
        };
        return decision(key, FactKind::Identifier, groups, Some(v), reason, None);
    }
    // Forms near one known identifier.
    let near: BTreeSet<&String> = groups
        .keys()
        .flat_map(|v| {
            rules
                .identifiers
                .iter()
                .filter(move |k| near_identifier(v, k))
        })
        .collect();
    if let [only] = near.into_iter().collect::<Vec<_>>().as_slice() {
        let mut d = decision(
            key,
            FactKind::Identifier,
            groups,
            None,
            Reason::KnownIdentifier,
            None,
        );
        d.status = Status::Decided;
        d.value = Some(only.to_string());
        d.payload = Payload::Value(crate::record::Value::Id {
            id: only.to_string(),
        });
        d.detail = Some(format!(
            "`{only}` is listed in locales/names.yml; the copies translated it"
        ));
        return d;
    }
    decision(
        key,
        FactKind::Identifier,
        groups,
        None,
        Reason::Tie,
        Some("no value has the shape of an identifier or more locales than the others".to_string()),
    )
}

/// `Resource.Op[.More]`: the shape of Graph permission names.
fn graph_shape(v: &str) -> bool {
    let mut parts = v.split('.');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    first.starts_with(|c: char| c.is_ascii_uppercase())
        && first.chars().all(|c| c.is_ascii_alphanumeric())
        && !rest.is_empty()
        && rest
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

/// Whether `form` is `known` up to letter case and one letter.
fn near_identifier(form: &str, known: &str) -> bool {
    let f = form.to_lowercase();
    f != known && strsim::levenshtein(&f, known) <= 1 || (f == known && form != known)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        assert!(graph_shape("User.Read.All"));
        assert!(!graph_shape("Teams. ReadBasic.All"));
        assert!(!graph_shape("profile"));
        assert!(guids_well_formed(
            "../azure/f6d7187a-b437-4eca-bc51-c1331609fe07.md"
        ));
        assert!(!guids_well_formed("f6d7187a-b437-4eca-bc5-c1331609fe07"));
        assert!(near_identifier("profil", "profile"));
        assert!(near_identifier("Profil", "profile"));
        assert!(near_identifier("Profile", "profile"));
        assert!(!near_identifier("perfil", "profile"));
        assert!(!near_identifier("profile", "profile"));
    }
}
