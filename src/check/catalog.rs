//! Catalog findings: each locale's files read on their own (syntax,
//! duplicates, recognition-only wordings), then every locale compared with
//! the reference key by key (missing, obsolete, untranslated, stale,
//! variables, references, attributes, markup).

use super::markup::{flatten, markup, Item};
use super::refs::{near_miss, paths, required_and_allowed, Ref};
use super::{Code, Completeness, Finding, Input};
use crate::catalog::index::{Def, EntryKind};
use crate::catalog::lock::{self, fingerprint, Lock, LOCK_FILE};
use crate::catalog::LocaleCatalog;
use crate::locale::Locale;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

/// A place in a locale's catalog for a message: `variants/main.ftl:2`.
fn shown(rel: &str, line: usize) -> String {
    format!("{rel}:{line}")
}

/// The canonical definitions of a locale (first definition wins); every
/// later one is a `duplicate` finding, and so is an attribute defined twice
/// in a definition that counts.
fn definitions<'a>(
    loc: &'a LocaleCatalog,
    findings: &mut Vec<Finding>,
) -> BTreeMap<&'a str, Def<'a>> {
    for def in loc.index.defs(&loc.files) {
        let id = def.id();
        let file = def.file;
        if def.entry.kind == EntryKind::Wordings {
            continue;
        }
        if !def.entry.first {
            let first = loc.def(id).expect("a duplicate has a first definition");
            findings.push(
                Finding::new(
                    Code::Duplicate,
                    &file.path,
                    format!(
                        "`{id}` is defined twice (first at {}): the second definition is ignored",
                        shown(&first.file.rel, first.line())
                    ),
                )
                .locale(&loc.name)
                .key(id)
                .at(def.line(), 1)
                .hint("remove one of them, or merge them"),
            );
            continue;
        }
        let mut attrs: BTreeMap<&str, usize> = BTreeMap::new();
        for (name, aline) in &def.entry.attributes {
            if let Some(prev) = attrs.insert(name, *aline) {
                findings.push(
                    Finding::new(
                        Code::Duplicate,
                        &file.path,
                        format!(
                            "attribute `.{name}` of `{id}` is defined twice (first at line {prev})"
                        ),
                    )
                    .locale(&loc.name)
                    .key(id)
                    .at(*aline, 1),
                );
            }
        }
    }
    loc.definitions()
}

/// Findings `Catalogs::load` reported, as check findings.
fn load_findings(input: &Input, findings: &mut Vec<Finding>) {
    for d in input.load_diagnostics {
        let locale = d
            .path
            .strip_prefix(&input.cats.dir)
            .ok()
            .and_then(|p| p.components().next())
            .and_then(|c| c.as_os_str().to_str()?.parse::<Locale>().ok());
        let (code, message, hint) = if let Some(m) = d.message.strip_prefix("fluent syntax error: ")
        {
            (
                Code::Syntax,
                format!("the Fluent parser cannot read this entry: {m}"),
                Some("the entry is ignored until fixed; the rest of the file is still checked"),
            )
        } else if d.message.contains("UTF-8") {
            (
                Code::Encoding,
                "the file is not valid UTF-8: it is ignored".to_string(),
                Some("save the file as UTF-8"),
            )
        } else if d.message.contains("is defined twice") {
            continue; // found again, with more detail, by `index`
        } else {
            (Code::Syntax, d.message.clone(), None)
        };
        let mut f = Finding::new(code, &d.path, message).at(d.line, d.col);
        f.locale = locale;
        if let Some(h) = hint {
            f = f.hint(h);
        }
        findings.push(f);
    }
}

fn words(text: &str) -> usize {
    text.split(|c: char| c.is_whitespace() || c == '\u{FFFC}')
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

fn entry_words(def: &Def) -> usize {
    let mut n = def.value().map_or(0, |v| words(&flatten(v)));
    for a in def.attributes() {
        n += words(&flatten(&a.value));
    }
    n
}

/// A text cut to `n` characters for a message.
pub(crate) fn short(s: &str, n: usize) -> String {
    let one_line = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if one_line.chars().count() <= n {
        one_line
    } else {
        format!("{}…", one_line.chars().take(n).collect::<String>())
    }
}

/// Every catalog finding, and the completeness of every compared locale.
pub(crate) fn check_catalogs(
    input: &Input,
    findings: &mut Vec<Finding>,
    table: &mut Vec<Completeness>,
) {
    load_findings(input, findings);
    let cats = input.cats;
    let Some(reference) = cats.locale(&cats.reference) else {
        return;
    };
    let mut ref_findings = Vec::new();
    let ref_defs = definitions(reference, &mut ref_findings);
    findings.extend(ref_findings);
    file_findings(reference, findings);
    variant_findings(reference, &ref_defs, findings);
    for loc in &cats.locales {
        if loc.name == cats.reference || !input.locales.contains(&loc.name) {
            continue;
        }
        let defs = definitions(loc, findings);
        file_findings(loc, findings);
        variant_findings(loc, &defs, findings);
        let lock = input.locks.get(&loc.name);
        let (lock, lock_path) = match lock {
            Some(src) => (
                src.text.as_deref().map(|t| {
                    let (lock, errors) = Lock::parse(t);
                    for e in errors {
                        findings.push(
                            Finding::new(Code::Lock, &src.path, e.problem.to_string())
                                .locale(&loc.name)
                                .at(e.line, 1)
                                .hint("fix the line, or delete it and sign the key off again"),
                        );
                    }
                    lock
                }),
                src.path.clone(),
            ),
            None => (None, cats.dir.join(&loc.name).join(LOCK_FILE)),
        };
        let c = compare(input, loc, &ref_defs, &defs, lock.as_ref(), findings);
        if lock.is_none() && c.translated > 0 {
            findings.push(
                Finding::new(
                    Code::Unsigned,
                    &lock_path,
                    format!(
                        "{} has no lock file: no translation is signed off, so stale translations cannot be found",
                        loc.name
                    ),
                )
                .locale(&loc.name)
                .hint(format!(
                    "after reviewing the translations, run `attest-l10n sign-off {}`",
                    loc.name
                )),
            );
        }
        table.push(c);
    }
}

/// Files with nothing in them (a file of comments is a placeholder, and
/// fine).
fn file_findings(loc: &LocaleCatalog, findings: &mut Vec<Finding>) {
    for f in &loc.files {
        if f.source.trim().is_empty() {
            findings.push(
                Finding::new(Code::Empty, &f.path, "the file is empty")
                    .locale(&loc.name)
                    .hint("add its messages, or delete the file"),
            );
        }
    }
}

/// Recognition-only wordings: the same attribute twice, two wordings with
/// the same text, wordings of a message the locale does not have, and
/// variables the canonical message does not have.
fn variant_findings(loc: &LocaleCatalog, defs: &BTreeMap<&str, Def>, findings: &mut Vec<Finding>) {
    let mut seen = Seen::default();
    let wordings = (loc.index.defs(&loc.files)).filter(|d| d.entry.kind == EntryKind::Wordings);
    for def in wordings {
        if !defs.contains_key(def.id()) {
            findings.push(orphan_variant(loc, &def));
        }
        let canonical = defs.get(def.id()).and_then(|d| d.value());
        let of = WordingsOf {
            loc,
            def,
            canonical_text: canonical.map(flatten),
            allowed: canonical.map(|p| required_and_allowed(&paths(p)).1),
        };
        for (a, &(_, line)) in def.attributes().iter().zip(&def.entry.attributes) {
            wording_findings(&of, a, line, &mut seen, findings);
        }
    }
}

/// The wordings of a locale seen so far: where each (id, attribute) is,
/// and which attribute has each (id, flattened text).
#[derive(Default)]
struct Seen<'a> {
    places: BTreeMap<(&'a str, &'a str), (&'a str, usize)>,
    texts: BTreeMap<(&'a str, String), &'a str>,
}

/// The wordings of one message in a `variants/` file, with what its
/// canonical message has.
struct WordingsOf<'a> {
    loc: &'a LocaleCatalog,
    def: Def<'a>,
    /// The canonical message's text, flattened.
    canonical_text: Option<String>,
    /// What the canonical message refers to on some path.
    allowed: Option<BTreeSet<Ref>>,
}

/// Wordings of an id that has no canonical message in the locale.
fn orphan_variant(loc: &LocaleCatalog, def: &Def) -> Finding {
    let id = def.id();
    Finding::new(
        Code::OrphanVariant,
        &def.file.path,
        format!(
            "wordings of `{id}`, which has no canonical message in {}",
            loc.name
        ),
    )
    .locale(&loc.name)
    .key(id)
    .at(def.line(), 1)
    .hint(format!(
        "add `{id}` to the {} catalog, or fix the id",
        loc.name
    ))
}

/// One wording (attribute `a`, at `line`): defined twice, the same text as
/// the canonical message or another wording, or variables and references
/// the canonical message does not have.
fn wording_findings<'a>(
    of: &WordingsOf<'a>,
    a: &'a ast::Attribute<String>,
    line: usize,
    seen: &mut Seen<'a>,
    findings: &mut Vec<Finding>,
) {
    let (id, name) = (of.def.id(), a.id.name.as_str());
    let at = |code: Code, message: String| {
        Finding::new(code, &of.def.file.path, message)
            .locale(&of.loc.name)
            .key(id)
            .at(line, 1)
    };
    if let Some(&(rel, first)) = seen.places.get(&(id, name)) {
        findings.push(
            at(
                Code::Duplicate,
                format!(
                    "wording `.{name}` of `{id}` is defined twice (first at {})",
                    shown(rel, first)
                ),
            )
            .hint("records refer to wordings by name: give each its own"),
        );
        return;
    }
    seen.places.insert((id, name), (&of.def.file.rel, line));
    let text = flatten(&a.value);
    if of.canonical_text.as_deref() == Some(text.as_str()) {
        findings.push(
            at(
                Code::DuplicateWording,
                format!("wording `.{name}` of `{id}` is the canonical message again"),
            )
            .hint("the canonical message is recognized already: remove the wording"),
        );
    } else if let Some(other) = seen.texts.get(&(id, text.clone())) {
        findings.push(
            at(
                Code::DuplicateWording,
                format!("wordings `.{other}` and `.{name}` of `{id}` have the same text"),
            )
            .hint("keep one of them"),
        );
    } else {
        seen.texts.insert((id, text), name);
    }
    let Some(allowed) = &of.allowed else {
        return;
    };
    let (_, used) = required_and_allowed(&paths(&a.value));
    for r in used.difference(allowed) {
        let mut f = at(
            ref_code(r),
            format!(
                "wording `.{name}` of `{id}` uses `{}`, which the canonical message does not have",
                r.show()
            ),
        );
        if let Some(h) = did_you_mean(r, allowed) {
            f = f.hint(h);
        }
        findings.push(f);
    }
}

fn ref_code(r: &Ref) -> Code {
    match r {
        Ref::Var(_) => Code::Variable,
        Ref::Message(_) | Ref::Term(_) => Code::Reference,
    }
}

fn did_you_mean(r: &Ref, candidates: &BTreeSet<Ref>) -> Option<String> {
    let same_kind = candidates
        .iter()
        .filter(|c| std::mem::discriminant(*c) == std::mem::discriminant(r))
        .map(Ref::name);
    let best = near_miss(r.name(), same_kind)?;
    let shown = match r {
        Ref::Var(_) => format!("${best}"),
        Ref::Message(_) => best.to_string(),
        Ref::Term(_) => format!("-{best}"),
    };
    Some(format!("did you mean `{shown}`?"))
}

/// One locale against the reference.
fn compare(
    input: &Input,
    loc: &LocaleCatalog,
    ref_defs: &BTreeMap<&str, Def>,
    defs: &BTreeMap<&str, Def>,
    lock: Option<&Lock>,
    findings: &mut Vec<Finding>,
) -> Completeness {
    let side = Side {
        reference: &input.cats.reference,
        dir: &input.cats.dir,
        locale: &loc.name,
        lock,
    };
    let mut c = Completeness {
        locale: loc.name.clone(),
        keys: ref_defs.len(),
        ..Default::default()
    };
    for (&id, rdef) in ref_defs {
        let Some(def) = defs.get(id) else {
            c.missing += 1;
            c.words += entry_words(rdef);
            findings.push(side.missing(id, rdef));
            continue;
        };
        let rtext = rdef.text();
        let key = Shared {
            id,
            rdef,
            def,
            fingerprint: fingerprint(&rtext),
            rtext,
            signed: lock.and_then(|k| k.entries.get(id)),
        };
        if key.rtext == def.text() && rdef.has_text() {
            findings.extend(side.identical(&key, &mut c));
        } else {
            c.translated += 1;
            findings.extend(side.signed_off(&key, &mut c));
        }
        compare_entry(&loc.name, id, rdef, def, findings);
    }
    for (&id, def) in defs {
        if !ref_defs.contains_key(id) {
            findings.push(side.obsolete(id, def));
        }
    }
    c
}

/// What a locale is compared with: the reference, where the catalogs
/// are, and the locale's lock.
struct Side<'a> {
    reference: &'a Locale,
    dir: &'a Path,
    locale: &'a Locale,
    lock: Option<&'a Lock>,
}

/// A key that the reference and the locale both define.
struct Shared<'a> {
    id: &'a str,
    rdef: &'a Def<'a>,
    def: &'a Def<'a>,
    /// The reference's text, and its fingerprint.
    rtext: String,
    fingerprint: String,
    /// What the key was signed off against, if it was.
    signed: Option<&'a lock::Entry>,
}

impl Side<'_> {
    /// A finding on a key's definition in the locale.
    fn at(&self, code: Code, k: &Shared, message: String) -> Finding {
        Finding::new(code, &k.def.file.path, message)
            .locale(self.locale)
            .key(k.id)
            .at(k.def.line(), 1)
    }

    /// A key of the reference that the locale does not have.
    fn missing(&self, id: &str, rdef: &Def) -> Finding {
        Finding::new(
            Code::Missing,
            self.dir.join(self.locale).join(&rdef.file.rel),
            format!("`{id}` has no translation"),
        )
        .locale(self.locale)
        .key(id)
        .hint(format!(
            "{}: \"{}\"",
            self.reference,
            short(&rdef.text(), 120)
        ))
    }

    /// A key of the locale that the reference does not have.
    fn obsolete(&self, id: &str, def: &Def) -> Finding {
        let reference = self.reference;
        Finding::new(
            Code::Obsolete,
            &def.file.path,
            format!("`{id}` is not in {reference}"),
        )
        .locale(self.locale)
        .key(id)
        .at(def.line(), 1)
        .hint(format!(
            "remove it, or add it to {reference} first if it is new"
        ))
    }

    /// A translation identical to the reference: translated when signed
    /// off as meant to be, else untranslated.
    fn identical(&self, k: &Shared, c: &mut Completeness) -> Option<Finding> {
        if (k.signed).is_some_and(|e| e.identical && e.fingerprint == k.fingerprint) {
            c.translated += 1;
            return None;
        }
        c.untranslated += 1;
        c.words += entry_words(k.rdef);
        let (id, l, reference) = (k.id, self.locale, self.reference);
        let lapsed = k
            .signed
            .filter(|e| e.identical && e.fingerprint != k.fingerprint);
        let message = match lapsed {
            Some(e) => format!(
                "`{id}` is identical to {reference}, and its `identical` mark lapsed: the {reference} text changed since sign-off (was \"{}\")",
                short(&e.text, 80)
            ),
            None => format!("`{id}` is identical to {reference}: \"{}\"", short(&k.rtext, 80)),
        };
        Some(self.at(Code::Untranslated, k, message).hint(format!(
            "translate it; if it is meant to be identical (a name, an abbreviation), run `attest-l10n sign-off {l} {id} --identical`"
        )))
    }

    /// A translation that differs from the reference: unsigned, stale, or
    /// signed off against the current reference text.
    fn signed_off(&self, k: &Shared, c: &mut Completeness) -> Option<Finding> {
        let (id, l, reference) = (k.id, self.locale, self.reference);
        match k.signed {
            None if self.lock.is_some() => {
                c.unsigned += 1;
                let message = format!("`{id}` was never signed off");
                Some(self.at(Code::Unsigned, k, message).hint(format!(
                    "once the translation is reviewed, run `attest-l10n sign-off {l} {id}`"
                )))
            }
            None => {
                c.unsigned += 1;
                None
            }
            Some(e) if e.fingerprint != k.fingerprint => {
                c.stale += 1;
                c.words += entry_words(k.rdef);
                let message = format!(
                    "`{id}`: the {reference} text changed since the translation was signed off: was \"{}\", now \"{}\"",
                    short(&e.text, 100),
                    short(&k.rtext, 100)
                );
                Some(self.at(Code::Stale, k, message).hint(format!(
                    "update the translation, then run `attest-l10n sign-off {l} {id}`"
                )))
            }
            Some(_) => None,
        }
    }
}

/// Value and attributes of one translation against the reference.
fn compare_entry(l: &Locale, id: &str, rdef: &Def, def: &Def, findings: &mut Vec<Finding>) {
    let at = |line: usize, code: Code, message: String| {
        Finding::new(code, &def.file.path, message)
            .locale(l)
            .key(id)
            .at(line, 1)
    };
    match (rdef.value(), def.value()) {
        (Some(r), Some(t)) => compare_pattern(r, t, "", def.line(), &at, findings),
        (Some(_), None) => findings.push(at(
            def.line(),
            Code::Attribute,
            format!("`{id}` has no value; the reference has one"),
        )),
        (None, Some(_)) => findings.push(at(
            def.line(),
            Code::Attribute,
            format!("`{id}` has a value; the reference has only attributes"),
        )),
        (None, None) => {}
    }
    let rattrs: BTreeMap<&str, &ast::Pattern<String>> = rdef
        .attributes()
        .iter()
        .map(|a| (a.id.name.as_str(), &a.value))
        .collect();
    let tattrs: BTreeMap<&str, &ast::Pattern<String>> = def
        .attributes()
        .iter()
        .map(|a| (a.id.name.as_str(), &a.value))
        .collect();
    for (name, r) in &rattrs {
        match tattrs.get(name) {
            Some(t) => {
                let line = def.attr_line(name);
                compare_pattern(r, t, &format!(" in `.{name}`"), line, &at, findings)
            }
            None => findings.push(at(
                def.line(),
                Code::Attribute,
                format!("attribute `.{name}` of the reference is missing"),
            )),
        }
    }
    for name in tattrs.keys() {
        if !rattrs.contains_key(name) {
            findings.push(at(
                def.attr_line(name),
                Code::Attribute,
                format!("attribute `.{name}` is not in the reference"),
            ));
        }
    }
}

/// Variables, references and markup of one pattern against the reference's.
fn compare_pattern(
    r: &ast::Pattern<String>,
    t: &ast::Pattern<String>,
    place: &str,
    line: usize,
    at: &dyn Fn(usize, Code, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    let here = |code: Code, message: String| at(line, code, message);
    compare_refs(r, t, place, &here, findings);
    compare_markup(r, t, place, &here, findings);
}

/// Variables and references of one pattern against the reference's, path
/// by path; `place` says where in the entry (`` in `.title` ``).
fn compare_refs(
    r: &ast::Pattern<String>,
    t: &ast::Pattern<String>,
    place: &str,
    at: &dyn Fn(Code, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    let rp = paths(r);
    let (required, allowed) = required_and_allowed(&rp);
    let tp = paths(t);
    let mut missing: BTreeMap<&Ref, Vec<&str>> = BTreeMap::new();
    let mut extra: BTreeMap<&Ref, Vec<&str>> = BTreeMap::new();
    for p in &tp {
        for m in required.difference(&p.refs) {
            missing.entry(m).or_default().push(&p.label);
        }
        for e in p.refs.difference(&allowed) {
            extra.entry(e).or_default().push(&p.label);
        }
    }
    let variants = |labels: &[&str]| {
        if labels.len() == tp.len() {
            String::new()
        } else {
            format!(" (variant {})", labels.join(", "))
        }
    };
    for (m, labels) in &missing {
        findings.push(at(
            ref_code(m),
            format!(
                "`{}` of the reference is missing{place}{}",
                m.show(),
                variants(labels)
            ),
        ));
    }
    for (e, labels) in &extra {
        let mut f = at(
            ref_code(e),
            format!(
                "`{}` is not in the reference{place}{}",
                e.show(),
                variants(labels)
            ),
        );
        if let Some(h) = did_you_mean(e, &allowed) {
            f = f.hint(h);
        }
        findings.push(f);
    }
}

/// Markup of one pattern against the reference's: what it drops, what it
/// adds, and HTML that would run on the page.
fn compare_markup(
    r: &ast::Pattern<String>,
    t: &ast::Pattern<String>,
    place: &str,
    at: &dyn Fn(Code, String) -> Finding,
    findings: &mut Vec<Finding>,
) {
    let rm = markup(&flatten(r));
    let tm = markup(&flatten(t));
    for u in tm.unsafe_parts.difference(&rm.unsafe_parts) {
        findings.push(
            at(
                Code::UnsafeHtml,
                format!("the translation adds {u}{place}: it would be published on the page"),
            )
            .hint("remove the HTML; labels carry only the markup of the reference"),
        );
    }
    let adds_unsafe = !tm.unsafe_parts.is_subset(&rm.unsafe_parts);
    for item in rm.items.difference(&tm.items) {
        findings.push(
            at(
                Code::Markup,
                format!("the translation drops the {}{place}", item.show()),
            )
            .hint("keep the reference's markup; translate only the text around it"),
        );
    }
    for item in tm.items.difference(&rm.items) {
        match item {
            Item::Entity(_) => continue,
            Item::Tag(_) | Item::Link(_) | Item::Image(_) if adds_unsafe => continue,
            _ => {}
        }
        findings.push(at(
            Code::Markup,
            format!(
                "the translation adds the {}{place}, which the reference does not have",
                item.show()
            ),
        ));
    }
}
