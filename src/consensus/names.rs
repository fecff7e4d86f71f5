//! Names: the app's by its anchor, the publisher's by the file name, the
//! rows of index and azure pages by the page they link to.
//!
//! The app's name is taken from the forms the copies show (H1, App-name
//! row, index and azure rows: one vote per locale, the H1 and the App-name
//! row being one translation; titles, descriptions and sentences carry it
//! as support) whose anchor slug is the anchor, or the anchor without the
//! words of an older H1 wording. The publisher's is the form whose
//! file-name slug starts the file name. See docs/CONSENSUS.md for the
//! stages and how ties are broken.

use super::evidence::{Copy, FactKind, Payload, Source};
use super::rules::{AnchorTemplate, Rules};
use super::slug::{anchor_slug, file_slug, loose_slug};
use super::{Candidate, Decision, Note, PageConsensus, Reason, Status};
use std::collections::{BTreeMap, BTreeSet};

/// Forms found, with the depth of the key they agree with and where.
type Found<'a> = BTreeMap<String, (usize, Vec<(Source, &'a str)>)>;

/// Rows by key: the decided name, and the values shown with their locales.
type RowsByKey<'a> = BTreeMap<&'a str, (Option<&'a str>, BTreeMap<&'a str, Vec<String>>)>;

/// Longest candidate, in words, cut from a text.
const MAX_WORDS: usize = 14;

/// A name shown by a copy: where, in which locale, which text.
#[derive(Debug, Clone)]
pub(crate) struct Shown<'a> {
    source: Source,
    locale: &'a str,
    text: &'a str,
}

/// Index and azure rows resolved to the pages they name.
#[derive(Debug, Default)]
pub(crate) struct Links<'a> {
    /// By page named: the rows that name it.
    pub(crate) incoming: BTreeMap<&'a str, Vec<(Shown<'a>, &'a str)>>,
    /// By (page, locale, row key): the page the row names.
    pub(crate) targets: BTreeMap<(&'a str, &'a str, &'a str), &'a str>,
}

/// Resolve every row that links to a page: by its path (index pages), or
/// by an id the page answers (azure pages link to `forward/<id>.md`),
/// first in the same locale, then in any.
pub(crate) fn resolve_links(corpus: &super::Corpus) -> Links<'_> {
    let mut by_id: BTreeMap<(&str, &str), &str> = BTreeMap::new();
    let mut any_id: BTreeMap<&str, &str> = BTreeMap::new();
    for (page, copies) in &corpus.pages {
        for c in copies {
            for id in &c.ids {
                by_id
                    .entry((c.locale.as_str(), id.as_str()))
                    .or_insert(page);
                any_id.entry(id.as_str()).or_insert(page);
            }
        }
    }
    let mut links = Links::default();
    for (page, copies) in &corpus.pages {
        for c in copies {
            for l in &c.links {
                let (target, source) = match corpus.pages.get_key_value(&l.target) {
                    Some((p, _)) => (p.as_str(), Source::Index),
                    None => {
                        let stem = l.target.rsplit('/').next().unwrap_or(&l.target);
                        let stem = stem.strip_suffix(".md").unwrap_or(stem);
                        match by_id
                            .get(&(c.locale.as_str(), stem))
                            .or_else(|| any_id.get(stem))
                        {
                            Some(p) => (*p, Source::Azure),
                            None => continue,
                        }
                    }
                };
                links
                    .targets
                    .insert((page.as_str(), c.locale.as_str(), l.key.as_str()), target);
                links.incoming.entry(target).or_default().push((
                    Shown {
                        source,
                        locale: &c.locale,
                        text: &l.text,
                    },
                    &l.var,
                ));
            }
        }
    }
    links
}

/// The page's primary copy, anchor and names.
pub(crate) fn decide_page_names(
    page: &str,
    copies: &[Copy],
    incoming: Option<&Vec<(Shown<'_>, &str)>>,
    rules: &Rules,
    all_locales: &[String],
) -> PageConsensus {
    let locales: Vec<String> = copies.iter().map(|c| c.locale.clone()).collect();
    let missing: Vec<String> = all_locales
        .iter()
        .filter(|l| !locales.contains(l))
        .cloned()
        .collect();
    let primary = copies
        .iter()
        .enumerate()
        .min_by(|(ia, a), (ib, b)| {
            a.unrecognized
                .cmp(&b.unrecognized)
                .then_with(|| b.stamp.cmp(&a.stamp))
                .then_with(|| ia.cmp(ib))
        })
        .map(|(_, c)| c.locale.clone())
        .unwrap_or_default();
    let mut pc = PageConsensus {
        page: page.to_string(),
        locales,
        missing,
        primary,
        anchor: None,
        names: BTreeMap::new(),
        decisions: Vec::new(),
        notes: Vec::new(),
    };
    pc.anchor = decide_anchor(&mut pc, copies);
    // The names the primary copy shows (the copy that reads best: a copy
    // no catalog reads well shows its H1 as the app's name, whatever the
    // page is), and the names rows of other pages give it.
    let mut vars: BTreeSet<&str> = BTreeSet::new();
    for c in copies.iter().filter(|c| c.locale == pc.primary) {
        vars.extend(c.names.keys().map(String::as_str));
    }
    for (_, var) in incoming.into_iter().flatten() {
        vars.insert(var);
    }
    let shown = |var: &str| -> Vec<Shown<'_>> {
        let mut out: Vec<Shown> = Vec::new();
        for c in copies {
            for s in c.names.get(var).into_iter().flatten() {
                out.push(Shown {
                    source: s.source,
                    locale: &c.locale,
                    text: &s.text,
                });
            }
        }
        for (s, v) in incoming.into_iter().flatten() {
            if *v == var {
                out.push(s.clone());
            }
        }
        out
    };
    let publishers: Vec<&str> = copies
        .iter()
        .flat_map(|c| c.names.get("publisher").into_iter().flatten())
        .map(|s| s.text.as_str())
        .collect();
    // Order: app, publisher, then the others.
    let mut ordered: Vec<&str> = ["app", "publisher"]
        .into_iter()
        .filter(|v| vars.contains(v))
        .collect();
    ordered.extend(vars.iter().filter(|v| !matches!(**v, "app" | "publisher")));
    for var in ordered {
        let all = shown(var);
        let outcome = match (var, &pc.anchor) {
            ("app", Some(anchor)) => {
                let templates = templates(copies, rules);
                decide_app(anchor, &all, &publishers, &templates)
            }
            ("publisher", _) => decide_publisher(page, &all),
            _ => plurality(&all),
        };
        let d = name_decision(var, outcome, copies);
        if let Some(v) = &d.value {
            pc.names.insert(var.to_string(), v.clone());
        }
        pc.decisions.push(d);
    }
    pc.decisions.retain(Decision::is_reported);
    pc
}

/// The anchor most copies show; a tie goes to the newest copy. Copies
/// that disagree are noted.
fn decide_anchor(pc: &mut PageConsensus, copies: &[Copy]) -> Option<String> {
    let mut by: BTreeMap<&str, (usize, &super::Stamp)> = BTreeMap::new();
    for c in copies {
        if let Some(a) = &c.anchor {
            let e = by.entry(a).or_insert((0, &c.stamp));
            e.0 += 1;
            if c.stamp > *e.1 {
                e.1 = &c.stamp;
            }
        }
    }
    let best = by
        .iter()
        .max_by(|a, b| {
            a.1 .0
                .cmp(&b.1 .0)
                .then(a.1 .1.cmp(b.1 .1))
                .then(b.0.cmp(a.0))
        })
        .map(|(a, _)| a.to_string());
    if by.len() > 1 {
        let shown: Vec<String> = copies
            .iter()
            .filter_map(|c| c.anchor.as_ref().map(|a| format!("{} `{a}`", c.locale)))
            .collect();
        pc.notes.push(Note {
            page: Some(pc.page.clone()),
            locale: None,
            message: format!(
                "the copies' anchors differ ({}); `{}` is taken",
                shown.join(", "),
                best.as_deref().unwrap_or("")
            ),
        });
    }
    best
}

/// The English H1 wordings this page's copies were read with.
fn templates(copies: &[Copy], rules: &Rules) -> Vec<AnchorTemplate> {
    let mut out: BTreeSet<AnchorTemplate> = rules.extra_templates.iter().cloned().collect();
    for c in copies {
        if let Some(k) = &c.h1_key {
            out.extend(rules.h1_templates.get(k).into_iter().flatten().cloned());
        }
    }
    out.into_iter().collect()
}

/// What deciding one name gave.
struct Outcome {
    value: Option<String>,
    status: Status,
    reason: Reason,
    detail: Option<String>,
}

impl Outcome {
    fn none(reason: Reason, detail: Option<String>) -> Outcome {
        Outcome {
            value: None,
            status: Status::Unsettled,
            reason,
            detail,
        }
    }
}

/// The decision on a page name: the outcome, with the values the copies'
/// name slots (H1, answer row) show as candidates. Unanimous when every
/// copy shows the decided value in every name slot.
fn name_decision(var: &str, o: Outcome, copies: &[Copy]) -> Decision {
    let mut by: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for c in copies {
        let mut mine: BTreeSet<&str> = BTreeSet::new();
        for s in c.names.get(var).into_iter().flatten() {
            if matches!(s.source, Source::H1 | Source::Row) {
                mine.insert(&s.text);
            }
        }
        if mine.is_empty() {
            // Shown in sentences only (the publisher, in the intro).
            for s in c.names.get(var).into_iter().flatten() {
                if s.source == Source::Sentence {
                    mine.insert(&s.text);
                }
            }
        }
        for m in mine {
            by.entry(m).or_default().push(c.locale.clone());
        }
    }
    let candidates: Vec<Candidate> = by
        .into_iter()
        .map(|(value, locales)| Candidate {
            value: value.to_string(),
            locales,
        })
        .collect();
    let unanimous = matches!(o.status, Status::Decided)
        && candidates.len() == 1
        && o.value.as_deref() == Some(candidates[0].value.as_str());
    Decision {
        fact: var.to_string(),
        kind: FactKind::Name,
        status: if unanimous {
            Status::Unanimous
        } else {
            o.status
        },
        reason: if unanimous {
            Reason::Agreement
        } else {
            o.reason
        },
        payload: Payload::None,
        value: o.value,
        detail: o.detail,
        candidates,
    }
}

/// Candidate forms cut from a text: runs of up to [`MAX_WORDS`] words
/// (CJK characters separate words), cut again at apostrophes (French
/// elision: `d’Ataira`), without the punctuation around them.
pub(crate) fn spans(text: &str) -> Vec<String> {
    const TRIM: &[char] = &[
        ',', ':', '、', '。', '「', '」', '“', '”', '"', '\'', '«', '»', ' ', '\u{a0}',
    ];
    let mut out: Vec<String> = Vec::new();
    for apostrophes in [false, true] {
        let mut words: Vec<(usize, usize)> = Vec::new();
        let mut start: Option<usize> = None;
        for (i, c) in text.char_indices() {
            let sep = c.is_whitespace() || is_cjk(c) || (apostrophes && matches!(c, '\'' | '’'));
            match (sep, start) {
                (true, Some(s)) => {
                    words.push((s, i));
                    start = None;
                }
                (false, None) => start = Some(i),
                _ => {}
            }
        }
        if let Some(s) = start {
            words.push((s, text.len()));
        }
        for i in 0..words.len() {
            for j in i..words.len().min(i + MAX_WORDS) {
                let mut s = text[words[i].0..words[j].1].trim_matches(TRIM);
                if s.ends_with(')') && s.matches('(').count() < s.matches(')').count() {
                    s = &s[..s.len() - 1];
                }
                if s.starts_with('(') && s.matches('(').count() > s.matches(')').count() {
                    s = &s[1..];
                }
                if !s.is_empty() && !out.iter().any(|o| o == s) {
                    out.push(s.to_string());
                }
            }
        }
    }
    out
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x9fff | 0xf900..=0xfaff | 0xff00..=0xffef)
}

/// The anchor and its cores: the anchor without the words of an English
/// H1 wording, by depth (1: the wording's words before or after the name;
/// 2: and the publisher after it).
pub(crate) fn cores(
    anchor: &str,
    templates: &[AnchorTemplate],
    publishers: &[&str],
) -> BTreeMap<String, usize> {
    let mut out: BTreeMap<String, usize> = BTreeMap::new();
    out.insert(anchor.to_string(), 0);
    let pubs: BTreeSet<String> = publishers
        .iter()
        .map(|p| anchor_slug(p.trim()))
        .filter(|p| !p.is_empty())
        .collect();
    for t in templates {
        let Some(rest) = anchor.strip_prefix(t.prefix.as_str()) else {
            continue;
        };
        if !t.prefix.is_empty() && !rest.is_empty() {
            out.entry(rest.to_string()).or_insert(1);
        }
        if t.publisher_after {
            for p in &pubs {
                let tail = format!("{}{p}", t.suffix);
                if let Some(core) = rest.strip_suffix(tail.as_str()) {
                    if !core.is_empty() {
                        out.entry(core.to_string()).or_insert(2);
                    }
                }
            }
        } else if !t.suffix.is_empty() {
            if let Some(core) = rest.strip_suffix(t.suffix.as_str()) {
                if !core.is_empty() {
                    out.entry(core.to_string()).or_insert(1);
                }
            }
        }
    }
    out
}

/// The score of a form: locales that show it in a name slot, other
/// locales that show it in a sentence, how many times it is shown.
fn score(ev: &[(Source, &str)]) -> (usize, usize, usize) {
    let slots: BTreeSet<&str> = ev
        .iter()
        .filter(|(s, _)| s.is_name_slot())
        .map(|(_, l)| *l)
        .collect();
    let all: BTreeSet<&str> = ev.iter().map(|(_, l)| *l).collect();
    (slots.len(), all.len() - slots.len(), ev.len())
}

/// The highest score wins, then the form that sorts first by code point.
/// Clear when the runner-up has fewer locales; a tie otherwise.
fn vote(pool: &BTreeMap<String, Vec<(Source, &str)>>, reason: Reason) -> Outcome {
    let mut forms: Vec<(&String, (usize, usize, usize))> =
        pool.iter().map(|(f, ev)| (f, score(ev))).collect();
    forms.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let (top, ts) = forms[0];
    match forms.get(1) {
        Some((ru, rs)) if (rs.0, rs.1) >= (ts.0, ts.1) => Outcome {
            value: Some(top.clone()),
            status: Status::Tie,
            reason,
            detail: Some(format!(
                "`{top}` ({} locales, shown {} times) ties with `{ru}` ({} locales, shown {} times)",
                ts.0 + ts.1,
                ts.2,
                rs.0 + rs.1,
                rs.2
            )),
        },
        _ => Outcome {
            value: Some(top.clone()),
            status: Status::Decided,
            reason,
            detail: None,
        },
    }
}

/// The app's name, by its anchor (see the module's documentation).
fn decide_app(
    anchor: &str,
    shown: &[Shown<'_>],
    publishers: &[&str],
    templates: &[AnchorTemplate],
) -> Outcome {
    let keys = cores(anchor, templates, publishers);
    let cut: Vec<(Source, &str, Vec<String>)> = shown
        .iter()
        .map(|s| (s.source, s.locale, spans(s.text)))
        .collect();
    // Stages 1 and 2: a form whose slug is the anchor or a core of it.
    let mut found: Found = BTreeMap::new();
    for (source, locale, forms) in &cut {
        for f in forms {
            if let Some(depth) = keys.get(&anchor_slug(f)) {
                found
                    .entry(f.clone())
                    .or_insert((*depth, Vec::new()))
                    .1
                    .push((*source, *locale));
            }
        }
    }
    if let Some(depth) = found.values().map(|(d, _)| *d).max() {
        let mut pool: BTreeMap<String, Vec<(Source, &str)>> = BTreeMap::new();
        for (f, (d, ev)) in found {
            if d != depth {
                continue;
            }
            let f = if score(&ev).0 == 0 {
                case_from_slots(&f, shown)
            } else {
                f
            };
            pool.entry(f).or_default().extend(ev);
        }
        let reason = if depth == 0 {
            Reason::Anchor
        } else {
            Reason::AnchorCore
        };
        return vote(&pool, reason);
    }
    // Stage 3: up to dashes and accents.
    let mut pool: BTreeMap<String, Vec<(Source, &str)>> = BTreeMap::new();
    for (source, locale, forms) in &cut {
        for f in forms {
            if keys.contains_key(&loose_slug(f)) {
                // The anchor was made from hyphens: the dashes are machine
                // translation's.
                let f: String = f
                    .chars()
                    .map(|c| match c {
                        '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
                        c => c,
                    })
                    .collect();
                pool.entry(f).or_default().push((*source, *locale));
            }
        }
    }
    if !pool.is_empty() {
        return vote(&pool, Reason::AnchorTolerant);
    }
    // Stage 4: a name slot's form, its translated words replaced.
    let mut by_depth: Vec<(&String, &usize)> = keys.iter().collect();
    by_depth.sort_by_key(|(k, d)| (**d, (*k).clone()));
    for (key, _) in by_depth {
        let words: Vec<&str> = key.split('-').collect();
        let mut pool: BTreeMap<String, Vec<(Source, &str)>> = BTreeMap::new();
        for s in shown.iter().filter(|s| s.source.is_name_slot()) {
            if let Some(r) = substitute(s.text, &words) {
                pool.entry(r).or_default().push((s.source, s.locale));
            }
        }
        if !pool.is_empty() {
            let mut o = vote(&pool, Reason::Reconstructed);
            if o.status == Status::Decided {
                o.detail = Some("translated words replaced by the anchor's".to_string());
            }
            return o;
        }
    }
    // Stage 5: one form in three locales or more.
    let mut by: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in shown.iter().filter(|s| s.source.is_name_slot()) {
        by.entry(s.text.trim()).or_default().insert(s.locale);
    }
    let mut ranked: Vec<(&str, usize)> = by.iter().map(|(f, l)| (*f, l.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    if let Some((f, n)) = ranked.first() {
        if *n >= 3 && ranked.get(1).is_none_or(|r| r.1 < *n) {
            return Outcome {
                value: Some(f.to_string()),
                status: Status::Decided,
                reason: Reason::AnchorDisagrees,
                detail: Some(format!("{n} locales show it; the anchor is `{anchor}`")),
            };
        }
    }
    // Stage 6: a guess from the deepest core.
    let core = keys
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(k, _)| k.as_str())
        .unwrap_or(anchor);
    Outcome {
        value: Some(guess(core, shown)),
        status: Status::Guessed,
        reason: Reason::AnchorGuess,
        detail: Some(format!(
            "no copy shows a name that agrees with the anchor `{anchor}`: pin it"
        )),
    }
}

/// A form seen only in sentences whose first letter is lower case ("pour
/// achievers"): its first word takes the case most name slots show it in.
fn case_from_slots(form: &str, shown: &[Shown<'_>]) -> String {
    let Some(first) = form.split([' ', '-']).next() else {
        return form.to_string();
    };
    if !first.starts_with(|c: char| c.is_lowercase()) {
        return form.to_string();
    }
    let mut count: BTreeMap<&str, usize> = BTreeMap::new();
    for s in shown.iter().filter(|s| s.source.is_name_slot()) {
        for w in s.text.split(|c: char| !c.is_alphanumeric()) {
            if w.to_lowercase() == first.to_lowercase() {
                *count.entry(w).or_default() += 1;
            }
        }
    }
    let best = count
        .iter()
        .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
        .map(|(w, _)| *w);
    match best {
        Some(w) if w.starts_with(|c: char| c.is_uppercase()) => {
            format!("{w}{}", &form[first.len()..])
        }
        _ => form.to_string(),
    }
}

/// A form with as many words as `key` (words split at spaces and hyphens),
/// at least half of them the key's, with the others replaced by the key's
/// in the case of the word they replace.
fn substitute(form: &str, key: &[&str]) -> Option<String> {
    let mut words: Vec<&str> = Vec::new();
    let mut seps: Vec<char> = Vec::new();
    let mut start = 0;
    for (i, c) in form.char_indices() {
        if c == ' ' || c == '-' {
            words.push(&form[start..i]);
            seps.push(c);
            start = i + c.len_utf8();
        }
    }
    words.push(&form[start..]);
    if words.len() != key.len() {
        return None;
    }
    if words
        .iter()
        .zip(key)
        .any(|(w, k)| anchor_slug(w).is_empty() != k.is_empty())
    {
        return None;
    }
    let nonempty = key.iter().filter(|k| !k.is_empty()).count();
    let same = words
        .iter()
        .zip(key)
        .filter(|(w, k)| !k.is_empty() && anchor_slug(w) == **k)
        .count();
    if same == nonempty || same * 2 < nonempty || same == 0 {
        return None;
    }
    let mut out = String::new();
    for (i, (w, k)) in words.iter().zip(key).enumerate() {
        if i > 0 {
            out.push(seps[i - 1]);
        }
        if anchor_slug(w) == *k {
            out.push_str(w);
            continue;
        }
        let letters: String = w.chars().filter(|c| c.is_alphanumeric()).collect();
        let word = if letters.chars().count() > 1
            && letters.chars().all(|c| !c.is_lowercase())
            && letters.chars().any(char::is_uppercase)
        {
            k.to_uppercase()
        } else if letters.starts_with(|c: char| c.is_lowercase()) {
            k.to_string()
        } else {
            capitalized(k)
        };
        // Punctuation around the word stays: `(Oficial)` gives `(Official)`.
        let lead: String = w.chars().take_while(|c| !c.is_alphanumeric()).collect();
        let trail: String = {
            let rev: String = w
                .chars()
                .rev()
                .take_while(|c| !c.is_alphanumeric())
                .collect();
            rev.chars().rev().collect()
        };
        if lead.len() + trail.len() < w.len() && w.is_ascii() {
            out.push_str(&lead);
            out.push_str(&word);
            out.push_str(&trail);
        } else {
            out.push_str(&word);
        }
    }
    (anchor_slug(&out) == key.join("-")).then_some(out)
}

fn capitalized(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

/// A name made from an anchor's words, each in the case the name slots
/// show it most, else capitalized; `---` as ` - ` and `--` as ` | `.
fn guess(anchor: &str, shown: &[Shown<'_>]) -> String {
    let mut cases: BTreeMap<String, BTreeMap<&str, usize>> = BTreeMap::new();
    for s in shown.iter().filter(|s| s.source.is_name_slot()) {
        for w in s.text.split(|c: char| !c.is_ascii_alphanumeric()) {
            if !w.is_empty() {
                *cases
                    .entry(w.to_lowercase())
                    .or_default()
                    .entry(w)
                    .or_default() += 1;
            }
        }
    }
    // `amp` in an anchor was `&amp;` in the H1: an entity the name slots
    // show is written as they show it.
    let entity = |w: &str| -> bool {
        let e = format!("&{w};");
        shown
            .iter()
            .filter(|s| s.source.is_name_slot())
            .any(|s| s.text.contains(&e))
    };
    let word = |w: &str| -> String {
        if entity(w) {
            return format!("&{w};");
        }
        match cases.get(w).and_then(|c| {
            c.iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(w, _)| w.to_string())
        }) {
            Some(w) => w,
            None => capitalized(w),
        }
    };
    let mut out = String::new();
    let mut rest = anchor;
    while !rest.is_empty() {
        let dashes = rest.len() - rest.trim_start_matches('-').len();
        if dashes > 0 {
            out.push_str(match dashes {
                1 => " ",
                2 => " | ",
                _ => " - ",
            });
            rest = &rest[dashes..];
            continue;
        }
        let end = rest.find('-').unwrap_or(rest.len());
        out.push_str(&word(&rest[..end]));
        rest = &rest[end..];
    }
    out
}

/// The publisher: the form whose file-name slug starts the file name (or
/// does after its first word: `missing-…`), by locales; else a form three
/// locales or more show, more than any other; else unsettled.
fn decide_publisher(page: &str, shown: &[Shown<'_>]) -> Outcome {
    let stem = page.rsplit('/').next().unwrap_or(page);
    let stem = stem.strip_suffix(".md").unwrap_or(stem);
    let after_first = stem.split_once('-').map(|(_, r)| r).unwrap_or("");
    let starts = |stem: &str, key: &str| -> bool {
        if key.is_empty() {
            return false;
        }
        if stem == key || stem.starts_with(&format!("{key}-")) {
            return true;
        }
        // Some file names join the publisher's words (`sharepointsapiens-…`).
        let squashed = key.replace('-', "");
        let parts: Vec<&str> = stem.split('-').collect();
        squashed.len() >= 4 && (1..parts.len()).any(|j| parts[..j].concat() == squashed)
    };
    // An H1 shows the publisher inside an older wording, as titles do: it
    // supports a form, it does not propose one.
    let carrier = |s: Source| matches!(s, Source::Title | Source::H1);
    let mut found: BTreeMap<String, Vec<(Source, &str)>> = BTreeMap::new();
    for s in shown.iter().filter(|s| !carrier(s.source)) {
        found
            .entry(s.text.trim().replace("\\|", "|"))
            .or_default()
            .push((s.source, s.locale));
    }
    for s in shown.iter().filter(|s| carrier(s.source)) {
        for (f, ev) in found.iter_mut() {
            if s.text.contains(f.as_str()) {
                ev.push((Source::Title, s.locale));
            }
        }
    }
    // A publisher's row is a name slot, and so is its intro sentence.
    let slot = |ev: &[(Source, &str)]| -> (usize, usize, usize) {
        let slots: BTreeSet<&str> = ev
            .iter()
            .filter(|(s, _)| *s != Source::Title)
            .map(|(_, l)| *l)
            .collect();
        let all: BTreeSet<&str> = ev.iter().map(|(_, l)| *l).collect();
        (slots.len(), all.len(), ev.len())
    };
    for stem in [stem, after_first] {
        let mut filed: Vec<(&String, (usize, usize, usize))> = found
            .iter()
            .filter(|(f, _)| starts(stem, &file_slug(f)))
            .map(|(f, ev)| (f, slot(ev)))
            .collect();
        if filed.is_empty() {
            continue;
        }
        filed.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        let (top, ts) = filed[0];
        return match filed.get(1) {
            Some((ru, rs)) if (rs.0, rs.1) >= (ts.0, ts.1) => Outcome {
                value: Some(top.clone()),
                status: Status::Tie,
                reason: Reason::FileName,
                detail: Some(format!("`{top}` ties with `{ru}`")),
            },
            _ => Outcome {
                value: Some(top.clone()),
                status: Status::Decided,
                reason: Reason::FileName,
                detail: None,
            },
        };
    }
    let mut ranked: Vec<(&String, (usize, usize, usize))> =
        found.iter().map(|(f, ev)| (f, slot(ev))).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.first() {
        Some((f, s)) if ranked.len() == 1 || (s.0 >= 3 && ranked[1].1 .0 < s.0) => Outcome {
            value: Some(f.to_string()),
            status: Status::Decided,
            reason: if ranked.len() == 1 {
                Reason::Agreement
            } else {
                Reason::Majority
            },
            detail: None,
        },
        Some(_) => Outcome::none(
            Reason::NoEvidence,
            Some("no form agrees with the file name and none is shown by three locales or more than the others".to_string()),
        ),
        None => Outcome::none(Reason::NoEvidence, None),
    }
}

/// Another page name (an azure page's id): the form most locales show in
/// a name slot; a tie is unsettled.
fn plurality(shown: &[Shown<'_>]) -> Outcome {
    let mut by: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for s in shown {
        by.entry(s.text).or_default().insert(s.locale);
    }
    let forms: Vec<&str> = by.keys().copied().collect();
    let shaped = super::answers::well_shaped(&forms);
    if let ([one], true) = (shaped.as_slice(), forms.len() > 1) {
        return Outcome {
            value: Some(one.to_string()),
            status: Status::Decided,
            reason: Reason::Shape,
            detail: None,
        };
    }
    let mut ranked: Vec<(&str, usize)> = by.iter().map(|(f, l)| (*f, l.len())).collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    match ranked.as_slice() {
        [] => Outcome::none(Reason::NoEvidence, None),
        [(f, _)] => Outcome {
            value: Some(f.to_string()),
            status: Status::Decided,
            reason: Reason::Agreement,
            detail: None,
        },
        [(f, n), (_, m), ..] if n > m => Outcome {
            value: Some(f.to_string()),
            status: Status::Decided,
            reason: Reason::Majority,
            detail: None,
        },
        _ => Outcome::none(Reason::Tie, Some("locales tie".to_string())),
    }
}

/// The rows of an index or azure page that name other pages: each row
/// shows the name decided for the page it links to.
pub(crate) fn decide_links(
    pc: &mut PageConsensus,
    copies: &[Copy],
    links: &Links<'_>,
    decided: &BTreeMap<String, BTreeMap<String, String>>,
) {
    let mut by_key: RowsByKey = BTreeMap::new();
    let mut order: Vec<&str> = Vec::new();
    for c in copies {
        for l in &c.links {
            let Some(target) =
                links
                    .targets
                    .get(&(pc.page.as_str(), c.locale.as_str(), l.key.as_str()))
            else {
                continue;
            };
            let value = decided
                .get(*target)
                .and_then(|n| n.get(&l.var))
                .map(String::as_str);
            let e = by_key.entry(&l.key).or_insert_with(|| {
                order.push(&l.key);
                (value, BTreeMap::new())
            });
            if e.0.is_none() {
                e.0 = value;
            }
            e.1.entry(&l.text).or_default().push(c.locale.clone());
        }
    }
    for key in order {
        let (value, shown) = &by_key[key];
        let candidates: Vec<Candidate> = shown
            .iter()
            .map(|(v, l)| Candidate {
                value: v.to_string(),
                locales: l.clone(),
            })
            .collect();
        let unanimous = candidates.len() == 1 && Some(candidates[0].value.as_str()) == *value;
        if unanimous {
            continue;
        }
        pc.decisions.push(Decision {
            fact: key.to_string(),
            kind: FactKind::Name,
            status: if value.is_some() {
                Status::Decided
            } else {
                Status::Unsettled
            },
            reason: if value.is_some() {
                Reason::Linked
            } else {
                Reason::NoEvidence
            },
            value: value.map(str::to_string),
            detail: Some("the name decided for the page the row links to".to_string()),
            candidates,
            payload: Payload::None,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cut_words_and_elisions() {
        let s = spans("Informations sur l’application d’Ataira Bot.");
        assert!(s.contains(&"Ataira Bot.".to_string()));
        assert!(s.contains(&"Ataira".to_string()));
        let s = spans("officeatwork による Slide Chooser のアプリケーション情報");
        assert!(s.contains(&"Slide Chooser".to_string()));
    }

    #[test]
    fn cores_remove_older_wordings() {
        let t = vec![
            AnchorTemplate {
                prefix: "application-information-for-".into(),
                suffix: "-by-".into(),
                publisher_after: true,
            },
            AnchorTemplate {
                prefix: String::new(),
                suffix: "-overview".into(),
                publisher_after: false,
            },
        ];
        let c = cores(
            "application-information-for-designer-by-officeatwork",
            &t,
            &["officeatwork"],
        );
        assert_eq!(c.get("designer"), Some(&2));
        assert_eq!(c.get("designer-by-officeatwork"), Some(&1));
        let c = cores("salestim-overview", &t, &[]);
        assert_eq!(c.get("salestim"), Some(&1));
    }

    #[test]
    fn reconstruction_and_guesses() {
        assert_eq!(
            substitute(
                "Jira Cloud for Outlook (Oficial)",
                &["jira", "cloud", "for", "outlook", "official"]
            )
            .as_deref(),
            Some("Jira Cloud for Outlook (Official)")
        );
        assert_eq!(
            guess("eformity--template-management", &[]),
            "Eformity | Template Management"
        );
    }
}
