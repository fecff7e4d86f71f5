//! Pins: values a person fixed for a page's facts, committed in
//! `locales/consensus.yml` (page path → fact → value), which decisions
//! honour; and the pins no page needs any more (the evidence decides the
//! same value) or that name nothing (no such page, no such fact).

use super::evidence::{Copy, FactKind, Payload};
use super::{Candidate, Corpus, Decision, PageConsensus, Reason, Status};
use crate::record::Value;
use serde::Serialize;
use std::collections::BTreeMap;

/// One pinned value, with the line of its fact in the pins file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Pin {
    pub page: String,
    /// `app`, `publisher`, or a fact's key as `consensus` prints it.
    pub fact: String,
    pub value: String,
    pub line: usize,
}

/// The pins of a file.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Pins {
    pub pins: Vec<Pin>,
}

/// A pins file that is not a mapping of pages to mappings of facts to
/// values.
#[derive(Debug, thiserror::Error)]
#[error("{0}")]
pub struct PinsError(String);

impl Pins {
    /// Read a pins file's text.
    pub fn parse(src: &str) -> Result<Pins, PinsError> {
        if src.trim().is_empty() {
            return Ok(Pins::default());
        }
        let map: Option<BTreeMap<String, BTreeMap<String, String>>> = crate::yaml::from_str(src)
            .map_err(|e| {
                PinsError(format!(
                    "{}: expected page: {{fact: value}}",
                    e.with_position()
                ))
            })?;
        let map = map.unwrap_or_default();
        let lines = crate::yaml::key_lines(src);
        let mut pins = Vec::new();
        let mut page: Option<&str> = None;
        let mut at: BTreeMap<(String, String), usize> = BTreeMap::new();
        for (indent, key, line) in &lines {
            if *indent == 0 {
                page = Some(key);
            } else if let Some(p) = page {
                at.entry((p.to_string(), key.clone())).or_insert(*line);
            }
        }
        for (p, facts) in map {
            for (fact, value) in facts {
                let line = at.get(&(p.clone(), fact.clone())).copied().unwrap_or(1);
                pins.push(Pin {
                    page: p.clone(),
                    fact,
                    value,
                    line,
                });
            }
        }
        pins.sort_by(|a, b| a.line.cmp(&b.line).then(a.page.cmp(&b.page)));
        Ok(Pins { pins })
    }
}

/// What is wrong with a pin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PinProblem {
    /// The evidence decides the pinned value anyway.
    Unused,
    /// No locale folder holds the page.
    NoPage,
    /// The page has no such fact, or the value cannot be written there.
    NoFact,
}

/// A pin with a problem, for `consensus` and `check`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PinFinding {
    pub problem: PinProblem,
    pub page: String,
    pub fact: String,
    pub line: usize,
    pub message: String,
}

/// Apply the pins to the decisions; what is wrong with some of them.
pub(crate) fn apply(pins: &Pins, pages: &mut [PageConsensus], corpus: &Corpus) -> Vec<PinFinding> {
    let mut out = Vec::new();
    for pin in &pins.pins {
        let finding = |problem, message: String| PinFinding {
            problem,
            page: pin.page.clone(),
            fact: pin.fact.clone(),
            line: pin.line,
            message,
        };
        let Ok(i) = pages.binary_search_by(|p| p.page.as_str().cmp(&pin.page)) else {
            out.push(finding(
                PinProblem::NoPage,
                format!("pin for `{}`, which no locale folder holds", pin.page),
            ));
            continue;
        };
        let pc = &mut pages[i];
        let copies = &corpus.pages[&pin.page];
        match pin_one(pin, pc, copies) {
            Ok(()) => {}
            Err((problem, message)) => out.push(finding(problem, message)),
        }
    }
    out
}

fn pin_one(pin: &Pin, pc: &mut PageConsensus, copies: &[Copy]) -> Result<(), (PinProblem, String)> {
    let is_name =
        pc.names.contains_key(&pin.fact) || copies.iter().any(|c| c.names.contains_key(&pin.fact));
    let existing = pc.decisions.iter().position(|d| d.fact == pin.fact);
    if is_name {
        if existing.is_none() && pc.names.get(&pin.fact) == Some(&pin.value) {
            return Err(unused(pin));
        }
        if let Some(d) = existing.map(|i| &pc.decisions[i]) {
            if matches!(d.status, Status::Decided) && d.value.as_ref() == Some(&pin.value) {
                return Err(unused(pin));
            }
        }
        pc.names.insert(pin.fact.clone(), pin.value.clone());
        let d = match existing {
            Some(i) => &mut pc.decisions[i],
            None => {
                pc.decisions.push(Decision {
                    fact: pin.fact.clone(),
                    kind: FactKind::Name,
                    status: Status::Pinned,
                    reason: Reason::Pin,
                    value: None,
                    detail: None,
                    candidates: Vec::new(),
                    payload: Payload::None,
                });
                pc.decisions.last_mut().expect("just pushed")
            }
        };
        pinned(d, pin, Payload::None);
        return Ok(());
    }
    // A fact of the page: its payload as some copy shows it, or made from
    // the pinned text for an id, a name or a link.
    let shown: Vec<(&str, &super::evidence::Fact)> = copies
        .iter()
        .flat_map(|c| {
            c.facts
                .iter()
                .filter(|f| f.key == pin.fact)
                .map(move |f| (c.locale.as_str(), f))
        })
        .collect();
    let link_shown = copies
        .iter()
        .any(|c| c.links.iter().any(|l| l.key == pin.fact));
    if shown.is_empty() && !link_shown {
        return Err((
            PinProblem::NoFact,
            format!("`{}` has no fact `{}`", pin.page, pin.fact),
        ));
    }
    if let Some(d) = existing.map(|i| &pc.decisions[i]) {
        if matches!(d.status, Status::Decided) && d.value.as_ref() == Some(&pin.value) {
            return Err(unused(pin));
        }
    } else if !shown.is_empty() && shown.iter().all(|(_, f)| f.neutral == pin.value) {
        return Err(unused(pin));
    }
    let payload = match shown.iter().find(|(_, f)| f.neutral == pin.value) {
        Some((_, f)) => f.payload.clone(),
        None => match shown.first().map(|(_, f)| &f.payload) {
            Some(Payload::Value(Value::Id { .. })) => Payload::Value(Value::Id {
                id: pin.value.clone(),
            }),
            Some(Payload::Value(Value::Name { .. })) => Payload::Value(Value::Name {
                name: pin.value.clone(),
                published: None,
            }),
            Some(Payload::Value(Value::Url { .. })) => Payload::Value(Value::Url {
                url: pin.value.clone(),
                text: None,
                form: None,
            }),
            Some(Payload::Date(_)) => Payload::Date(pin.value.clone()),
            Some(Payload::Link(_)) => Payload::Link(pin.value.clone()),
            None => Payload::None,
            Some(_) => {
                return Err((
                    PinProblem::NoFact,
                    format!(
                        "`{}` of `{}`: no copy shows `{}`; pin one of the values the copies show",
                        pin.fact, pin.page, pin.value
                    ),
                ))
            }
        },
    };
    let d = match existing {
        Some(i) => &mut pc.decisions[i],
        None => {
            let mut by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
            for (l, f) in &shown {
                by.entry(&f.neutral).or_default().push(l.to_string());
            }
            pc.decisions.push(Decision {
                fact: pin.fact.clone(),
                kind: shown.first().map_or(FactKind::Name, |(_, f)| f.kind),
                status: Status::Pinned,
                reason: Reason::Pin,
                value: None,
                detail: None,
                candidates: by
                    .into_iter()
                    .map(|(v, locales)| Candidate {
                        value: v.to_string(),
                        locales,
                    })
                    .collect(),
                payload: Payload::None,
            });
            pc.decisions.last_mut().expect("just pushed")
        }
    };
    pinned(d, pin, payload);
    Ok(())
}

fn pinned(d: &mut Decision, pin: &Pin, payload: Payload) {
    let before = match (&d.value, d.status) {
        (Some(v), s) if s != Status::Pinned => {
            format!(" (the evidence gives `{v}`, {:?})", d.reason)
        }
        _ => String::new(),
    };
    d.status = Status::Pinned;
    d.reason = Reason::Pin;
    d.value = Some(pin.value.clone());
    d.detail = Some(format!("pinned at line {}{before}", pin.line));
    d.payload = payload;
}

fn unused(pin: &Pin) -> (PinProblem, String) {
    (
        PinProblem::Unused,
        format!(
            "`{}` of `{}`: the evidence decides `{}` without the pin",
            pin.fact, pin.page, pin.value
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pins_keep_their_lines() {
        let src = "# pins\nteams/a.md:\n  app: Clerk SMS\n  publisher: \"Unnamed, LLC.\"\n\"word/b.md\":\n  app: Taxonomy\n";
        let p = Pins::parse(src).unwrap();
        let got: Vec<(&str, &str, &str, usize)> = p
            .pins
            .iter()
            .map(|p| (p.page.as_str(), p.fact.as_str(), p.value.as_str(), p.line))
            .collect();
        assert_eq!(
            got,
            [
                ("teams/a.md", "app", "Clerk SMS", 3),
                ("teams/a.md", "publisher", "Unnamed, LLC.", 4),
                ("word/b.md", "app", "Taxonomy", 6),
            ]
        );
        assert!(Pins::parse("- a\n- b\n").is_err());
        assert_eq!(Pins::parse("").unwrap(), Pins::default());
    }
}
