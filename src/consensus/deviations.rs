//! How each locale's copies differ from the consensus: renamed (a name or
//! identifier shown otherwise), outdated (an answer a newer copy changed),
//! damaged (an answer the other copies of the same time contradict),
//! unsettled (no consensus), missing (the locale does not hold the page).

use super::{Consensus, FactKind, Reason};
use serde::Serialize;

/// How a copy differs from the consensus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Renamed,
    Outdated,
    Damaged,
    Unsettled,
    Missing,
}

impl Kind {
    pub const ALL: [Kind; 5] = [
        Kind::Renamed,
        Kind::Outdated,
        Kind::Damaged,
        Kind::Unsettled,
        Kind::Missing,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Renamed => "renamed",
            Kind::Outdated => "outdated",
            Kind::Damaged => "damaged",
            Kind::Unsettled => "unsettled",
            Kind::Missing => "missing",
        }
    }
}

/// One way one locale's copy of a page differs from the consensus.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Deviation {
    pub page: String,
    pub locale: String,
    pub kind: Kind,
    /// The fact; none for a missing page.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fact: Option<String>,
    /// What the copy shows.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub shown: Option<String>,
    /// The consensus value.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decided: Option<String>,
}

/// Every deviation, by page, then in decision order, then by locale.
pub fn deviations(consensus: &Consensus) -> Vec<Deviation> {
    let mut out = Vec::new();
    for pc in &consensus.pages {
        for l in &pc.missing {
            out.push(Deviation {
                page: pc.page.clone(),
                locale: l.clone(),
                kind: Kind::Missing,
                fact: None,
                shown: None,
                decided: None,
            });
        }
        for d in &pc.decisions {
            let kind = match (d.kind, d.reason, &d.value) {
                (_, _, None) => Kind::Unsettled,
                (FactKind::Name | FactKind::Identifier, _, _) => Kind::Renamed,
                (_, Reason::Newest, _) => Kind::Outdated,
                _ => Kind::Damaged,
            };
            let mut by_locale: Vec<(&str, &str)> = Vec::new();
            for c in &d.candidates {
                if d.value.as_ref() == Some(&c.value) {
                    continue;
                }
                for l in &c.locales {
                    by_locale.push((l, &c.value));
                }
            }
            by_locale.sort();
            for (l, v) in by_locale {
                out.push(Deviation {
                    page: pc.page.clone(),
                    locale: l.to_string(),
                    kind,
                    fact: Some(d.fact.clone()),
                    shown: Some(v.to_string()),
                    decided: d.value.clone(),
                });
            }
        }
    }
    out
}
