//! Consensus over locales: one value for every locale-neutral fact of a
//! page (its names, its identifiers, its typed answers), decided from every
//! locale's published copy of the page, with its evidence.
//!
//! Machine translation translated names page by page ("Orca" became
//! "シャチ"); the copies of one page in other locales often kept them, the
//! H1's anchor and the file name carry them in lower case, and the copies
//! published last carry the newest answers. Deciding is pure: it takes the
//! evidence gathered from records ([`evidence`]), the rules read from the
//! catalogs ([`rules`]) and the pins a person committed ([`pins`]), and
//! returns decisions ([`Consensus`]). Applying them to a record
//! ([`apply`]) gives the record every output locale is rendered from.
//!
//! - [`slug`]: the English anchor rule and the file-name rule;
//! - `facts`: where a record's facts are, by key;
//! - [`evidence`]: one copy's names, anchor, facts, links and dates;
//! - `names`: the app's name by its anchor, the publisher's by the file
//!   name, other names by majority;
//! - `answers`: typed answers (shape, newest `ms.date`, majority) and
//!   identifiers (shape, known identifiers, majority);
//! - [`pins`]: values a person fixed, and which of them no page needs;
//! - [`apply`]: the consensus record of a page for an output locale;
//! - [`deviations`]: how each copy differs from the consensus.
//!
//! Nothing here reads files or the clock, and every tie is broken by a
//! documented rule: the same copies give the same decisions, byte for byte.

mod answers;
pub mod apply;
pub mod deviations;
pub mod evidence;
pub(crate) mod facts;
mod names;
pub mod pins;
pub mod rules;
pub mod slug;

pub use evidence::{gather, Copy, FactKind, Source, Stamp};
pub use pins::{Pin, Pins};
pub use rules::{NameRules, Rules};

use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};

/// How a fact was decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Every copy shows the same value.
    Unanimous,
    /// One value won clearly.
    Decided,
    /// Forms tied on the evidence and differ only in letter case or
    /// punctuation; one was taken by the documented rule and both are
    /// reported.
    Tie,
    /// A person fixed the value (`locales/consensus.yml`).
    Pinned,
    /// No copy shows the name: a form made from the anchor is written, and
    /// a person should pin it.
    Guessed,
    /// Nothing settles it: each copy keeps its own value.
    Unsettled,
}

/// Why a value won.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Reason {
    /// Every copy agrees.
    Agreement,
    /// Its anchor slug is the H1's anchor.
    Anchor,
    /// Its anchor slug is the anchor without the words of an older H1
    /// wording (`… Overview`, `Application information for … by …`).
    AnchorCore,
    /// It is the anchor's slug up to dashes and accents.
    AnchorTolerant,
    /// A copy's form with its translated words replaced by the anchor's.
    Reconstructed,
    /// The same form in three locales or more, which the anchor does not
    /// give.
    AnchorDisagrees,
    /// Made from the anchor's words: no copy shows the name.
    AnchorGuess,
    /// The file name starts with its slug (publishers).
    FileName,
    /// The most locales show it.
    Majority,
    /// The copies published last (`ms.date`) show it.
    Newest,
    /// The others do not have the shape of such a value (a GUID, a Graph
    /// permission name).
    Shape,
    /// The page shows it again elsewhere (the id in its AppSource link).
    SelfConsistent,
    /// It is, or differs only by one letter and its case from, an
    /// identifier `locales/names.yml` lists.
    KnownIdentifier,
    /// A person fixed it.
    Pin,
    /// The name decided for the page an index or azure row links to.
    Linked,
    /// Two values tie on every rule.
    Tie,
    /// No copy shows anything that agrees with the anchor.
    NoEvidence,
}

/// One value a fact takes in some copies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Candidate {
    pub value: String,
    /// Locales whose copy shows it, in locale order.
    pub locales: Vec<String>,
}

/// The decision on one fact of a page.
#[derive(Debug, Clone, Serialize)]
pub struct Decision {
    /// `app`, `publisher`, or the fact's key (`zerotrust/graph-permission[6]/graph-permission`).
    pub fact: String,
    pub kind: FactKind,
    pub status: Status,
    pub reason: Reason,
    /// The value written in every locale; none when unsettled.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub value: Option<String>,
    /// What a reader should know: the runner-up of a tie, the dates.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub detail: Option<String>,
    /// Every value the copies show, with their locales.
    pub candidates: Vec<Candidate>,
    /// The decided value as the record holds it.
    #[serde(skip)]
    pub(crate) payload: evidence::Payload,
}

impl Decision {
    /// Whether the copies disagreed or a person pinned it: what
    /// `consensus` prints.
    pub fn is_reported(&self) -> bool {
        self.status != Status::Unanimous
    }

    /// The locales whose copy shows another value than the decided one.
    pub fn deviating(&self) -> Vec<&str> {
        let Some(v) = &self.value else {
            return Vec::new();
        };
        self.candidates
            .iter()
            .filter(|c| &c.value != v)
            .flat_map(|c| c.locales.iter().map(String::as_str))
            .collect()
    }
}

/// Something about a page or the input that a person should know.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Note {
    /// The page, if the note is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub page: Option<String>,
    /// The locale, if the note is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub locale: Option<String>,
    pub message: String,
}

/// The decisions on one page.
#[derive(Debug, Clone, Serialize)]
pub struct PageConsensus {
    pub page: String,
    /// Locales whose folder holds the page.
    pub locales: Vec<String>,
    /// Locales of the input whose folder does not hold it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub missing: Vec<String>,
    /// The locale whose copy is the base of the consensus record: the one
    /// that reads best (fewest unrecognized lines), then the newest.
    pub primary: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub anchor: Option<String>,
    /// The decided page names (`app`, `publisher`), unanimous ones too.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub names: BTreeMap<String, String>,
    /// Every decision, in page order (names first); unanimous facts are
    /// left out.
    pub decisions: Vec<Decision>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<Note>,
}

impl PageConsensus {
    /// The decision on a fact, if the copies disagreed on it.
    pub fn decision(&self, fact: &str) -> Option<&Decision> {
        self.decisions.iter().find(|d| d.fact == fact)
    }
}

/// The decisions on every page of a folder of locale folders.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Consensus {
    /// The input's locales, in order.
    pub locales: Vec<String>,
    pub pages: Vec<PageConsensus>,
    /// Notes about the input and the pins (a page in one locale only, a
    /// locale folder with no pages, a pin no page needs).
    pub notes: Vec<Note>,
    /// Pins that no page needs any more or that name nothing.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pin_findings: Vec<pins::PinFinding>,
}

impl Consensus {
    /// The decisions on a page.
    pub fn page(&self, page: &str) -> Option<&PageConsensus> {
        self.pages
            .binary_search_by(|p| p.page.as_str().cmp(page))
            .ok()
            .map(|i| &self.pages[i])
    }
}

/// Every copy of every page, by page path, each page's copies in locale
/// order.
#[derive(Debug, Clone, Default)]
pub struct Corpus {
    pub locales: Vec<String>,
    pub pages: BTreeMap<String, Vec<Copy>>,
}

impl Corpus {
    /// The corpus without one locale's copies (for the held-out check).
    pub fn without(&self, locale: &str) -> Corpus {
        Corpus {
            locales: self
                .locales
                .iter()
                .filter(|l| *l != locale)
                .cloned()
                .collect(),
            pages: self
                .pages
                .iter()
                .map(|(p, copies)| {
                    (
                        p.clone(),
                        copies
                            .iter()
                            .filter(|c| c.locale != locale)
                            .cloned()
                            .collect(),
                    )
                })
                .filter(|(_, c): &(String, Vec<Copy>)| !c.is_empty())
                .collect(),
        }
    }
}

/// Decide every fact of every page.
pub fn decide(corpus: &Corpus, rules: &Rules, pins: &Pins) -> Consensus {
    let mut out = Consensus {
        locales: corpus.locales.clone(),
        ..Consensus::default()
    };
    // Identifier forms, by the locales that show them anywhere.
    let mut spread: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for copies in corpus.pages.values() {
        for c in copies {
            for f in &c.facts {
                if f.kind == FactKind::Identifier {
                    spread.entry(&f.neutral).or_default().insert(&c.locale);
                }
            }
        }
    }
    let spread: BTreeMap<&str, usize> = spread.into_iter().map(|(k, v)| (k, v.len())).collect();
    let links = names::resolve_links(corpus);
    // Pages that show names first: index and azure rows take them.
    let mut decided_names: BTreeMap<String, BTreeMap<String, String>> = BTreeMap::new();
    let mut pages: BTreeMap<String, PageConsensus> = BTreeMap::new();
    for (page, copies) in &corpus.pages {
        let incoming = links.incoming.get(page.as_str());
        let mut pc = names::decide_page_names(page, copies, incoming, rules, &corpus.locales);
        answers::decide_facts(&mut pc, copies, rules, &spread);
        decided_names.insert(page.clone(), pc.names.clone());
        pages.insert(page.clone(), pc);
    }
    for (page, copies) in &corpus.pages {
        if let Some(pc) = pages.get_mut(page) {
            names::decide_links(pc, copies, &links, &decided_names);
        }
    }
    let mut pages: Vec<PageConsensus> = pages.into_values().collect();
    out.pin_findings = pins::apply(pins, &mut pages, corpus);
    out.pages = pages;
    out.notes = input_notes(corpus);
    out
}

/// Notes about the input: pages some locales do not hold, locales that
/// hold no page.
fn input_notes(corpus: &Corpus) -> Vec<Note> {
    let mut notes = Vec::new();
    for l in &corpus.locales {
        if !corpus
            .pages
            .values()
            .any(|c| c.iter().any(|c| &c.locale == l))
        {
            notes.push(Note {
                page: None,
                locale: Some(l.clone()),
                message: format!("{l}: the locale folder holds no page"),
            });
        }
    }
    notes
}

/// The keys a name agrees with under an anchor: the anchor itself and the
/// anchor without the words of an older English H1 wording (the H1 read
/// as `h1_key`, or the `anchors` of `locales/names.yml`), by depth. A name
/// agrees with the anchor when its [`slug::anchor_slug`] is one of them.
pub fn anchor_keys(
    anchor: &str,
    h1_key: Option<&str>,
    publishers: &[&str],
    rules: &Rules,
) -> BTreeMap<String, usize> {
    let mut templates: BTreeSet<rules::AnchorTemplate> =
        rules.extra_templates.iter().cloned().collect();
    if let Some(k) = h1_key {
        templates.extend(rules.h1_templates.get(k).into_iter().flatten().cloned());
    }
    let templates: Vec<rules::AnchorTemplate> = templates.into_iter().collect();
    names::cores(anchor, &templates, publishers)
}
