//! Fluent catalogs: one directory per locale with the canonical labels, the
//! recognized published wordings (`variants/`), the translations of each
//! page's free text (`pages/`), and the page template (`template.yml`).
//!
//! The catalogs are used both ways: forwards with fluent-bundle to write a
//! label, backwards (see [`pattern`]) to recognize a published label and read
//! its variables.

pub mod limits;
pub mod pattern;
pub mod template;

use crate::diag::{Diagnostic, Severity};
use crate::record::KeyKind;
use crate::text::{line_col, norm_key, word_similarity};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use pattern::{expand, match_linear, prepare, Captures, Linear, Lookup};
use rustc_hash::FxHashMap as HashMap;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use template::{Kind, Template};
use unic_langid::LanguageIdentifier;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// Longest text, in bytes, that is ever taken for a label. Labels are
/// sentences; a longer text (a 50 MB line) is never one, and is not worth
/// normalizing and matching against every wording.
pub const MAX_LABEL_LEN: usize = 64 * 1024;

/// One parsed `.ftl` file.
pub struct CatalogFile {
    /// Path as given (for messages).
    pub path: PathBuf,
    /// Path relative to the locale directory, with `/`.
    pub rel: String,
    pub source: String,
    pub ast: ast::Resource<String>,
    /// Whether this file holds recognition-only wordings.
    pub variants: bool,
}

impl CatalogFile {
    /// 1-based line of the definition of message `id`.
    pub fn line_of(&self, id: &str) -> usize {
        let mut at = 0;
        for line in self.source.split_inclusive('\n') {
            if let Some(rest) = line.strip_prefix(id) {
                if rest.trim_start().starts_with('=') {
                    return line_col(&self.source, at).0;
                }
            }
            at += line.len();
        }
        1
    }
}

/// The catalogs of one locale.
pub struct Locale {
    pub name: String,
    pub files: Vec<CatalogFile>,
    canonical: Bundle,
    variants: Bundle,
    /// Canonical message ids, with the index of the file that defines each.
    pub messages: BTreeMap<String, usize>,
    /// Canonical message ids in file order: the template order.
    pub order: Vec<String>,
    /// Variant attribute names by message id.
    pub variant_attrs: BTreeMap<String, Vec<String>>,
    /// Free-text translations by page (relative path without `.md`), by id.
    pub pages: BTreeMap<String, BTreeMap<String, String>>,
}

impl Locale {
    /// Canonical pattern of a message, from the parsed files.
    fn pattern(&self, id: &str) -> Option<&ast::Pattern<String>> {
        let fi = *self.messages.get(id)?;
        self.files[fi].ast.body.iter().find_map(|e| match e {
            ast::Entry::Message(m) if m.id.name == id => m.value.as_ref(),
            _ => None,
        })
    }

    fn term(&self, id: &str) -> Option<&ast::Pattern<String>> {
        self.files.iter().filter(|f| !f.variants).find_map(|f| {
            f.ast.body.iter().find_map(|e| match e {
                ast::Entry::Term(t) if t.id.name == id => Some(&t.value),
                _ => None,
            })
        })
    }
}

impl Lookup for Locale {
    fn message(&self, id: &str) -> Option<&ast::Pattern<String>> {
        self.pattern(id)
    }
    fn term(&self, id: &str) -> Option<&ast::Pattern<String>> {
        Locale::term(self, id)
    }
}

/// What kind of slot a text fills: a label (question, heading, sentence) or
/// an answer value (answer words, enumerations).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Label,
    Value,
}

fn role_of(key: &str) -> Option<Role> {
    match crate::record::KeyKind::of(key) {
        KeyKind::Answer(_) | KeyKind::Enum(_) => Some(Role::Value),
        KeyKind::Date => None,
        KeyKind::Label => Some(Role::Label),
    }
}

/// One known wording of a message.
#[derive(Debug, Clone)]
struct Wording {
    key: String,
    locale: usize,
    attr: Option<String>,
    role: Role,
    /// The exact text, for wordings without variables.
    text: Option<String>,
}

/// Where a recognized text sits on the page, to choose among candidates.
#[derive(Debug, Clone, Default)]
pub struct Context<'a> {
    /// The zone (`general`, `security`, …).
    pub zone: Option<&'a str>,
    /// The key of the previous row in the same table.
    pub previous: Option<&'a str>,
}

/// A recognized text.
#[derive(Debug, Clone, PartialEq)]
pub struct Match {
    pub key: String,
    /// The locale of the wording that matched.
    pub locale: String,
    /// The variant attribute, if a variant matched.
    pub attr: Option<String>,
    pub captures: Captures,
    /// Recognized by similarity and position, not by a known wording.
    pub fuzzy: bool,
}

/// Catalogs that cannot be loaded at all (a syntax error in one file is a
/// diagnostic instead, and the rest loads).
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{}: cannot read catalog directory: {source}", .dir.display())]
    Directory {
        dir: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: reference locale {reference} has no catalog directory", .dir.display())]
    NoReference { dir: PathBuf, reference: String },
    /// `template.yml` is not a template, at a line and column when known.
    #[error("{}: {}", .path.display(), .error.with_position())]
    Template {
        path: PathBuf,
        error: template::TemplateError,
    },
    #[error("{}: {source}", .path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{name}: not a locale name")]
    LocaleName { name: String },
}

/// Every catalog locale, and the index used to recognize published text.
pub struct Catalogs {
    pub dir: PathBuf,
    pub reference: String,
    pub locales: Vec<Locale>,
    pub template: Template,
    wordings: Vec<Wording>,
    exact: HashMap<String, Vec<usize>>,
    /// The `exact` entry (if any) of every wording's own text, by that text
    /// as written: a published text equal byte for byte to a known wording,
    /// the usual case, is found without being normalized.
    raw: HashMap<String, Option<Vec<usize>>>,
    patterns: Vec<(usize, Linear)>,
    /// Wordings left out of recognition (see [`Catalogs::keep_variants`]).
    disabled: Vec<bool>,
    /// `patterns` indexed for [`Catalogs::recognize`].
    index: PatternIndex,
    /// Per locale (same order as `locales`): the text of every message and
    /// variant that reads no variable, so that writing it needs no Fluent
    /// formatting.
    fixed: Vec<FixedTexts>,
}

/// The texts of one locale's messages that do not depend on arguments.
#[derive(Default)]
struct FixedTexts {
    canonical: HashMap<String, String>,
    /// By message id, then variant attribute.
    variants: HashMap<String, HashMap<String, String>>,
}

/// Which patterns with variables can match a text, found without trying
/// them all: a pattern that starts with literal text can only match a text
/// that starts with the same character. Recognition tries, in the patterns'
/// order, only the patterns of the text's first character and those that
/// start with a variable. The profile of `verify` on the corpus showed most
/// of its time in trying every pattern on texts with no exact match (free
/// text answers, paragraphs).
#[derive(Default)]
struct PatternIndex {
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
    fn candidates(&self, role: Role, first: Option<char>) -> &[u32] {
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

impl Catalogs {
    /// Load every locale directory under `dir`. Syntax errors are returned
    /// as diagnostics and the rest of each file is still used.
    pub fn load(dir: &Path, reference: &str) -> Result<(Catalogs, Vec<Diagnostic>), LoadError> {
        let mut diags = Vec::new();
        let entries = std::fs::read_dir(dir).map_err(|source| LoadError::Directory {
            dir: dir.to_path_buf(),
            source,
        })?;
        let mut names: Vec<String> = entries
            .filter_map(|e| e.ok())
            .filter(|e| e.path().is_dir())
            .filter_map(|e| e.file_name().to_str().map(str::to_string))
            .filter(|n| n.parse::<LanguageIdentifier>().is_ok())
            .collect();
        names.sort();
        if !names.iter().any(|n| n == reference) {
            return Err(LoadError::NoReference {
                dir: dir.to_path_buf(),
                reference: reference.to_string(),
            });
        }
        let path = dir.join("template.yml");
        let template = match std::fs::read_to_string(&path) {
            Ok(src) => {
                Template::parse(&src).map_err(|error| LoadError::Template { path, error })?
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Template::default(),
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        let mut locales = Vec::new();
        for name in names {
            locales.push(load_locale(&dir.join(&name), &name, &mut diags)?);
        }
        Ok((Catalogs::assemble(dir, reference, locales, template), diags))
    }

    /// Build catalogs from in-memory sources, for tests: `(locale, file, source)`.
    pub fn from_sources(
        files: &[(&str, &str, &str)],
        template: Template,
        reference: &str,
    ) -> Result<Catalogs, String> {
        let mut by_locale: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (l, f, s) in files {
            by_locale.entry(l).or_default().push((f, s));
        }
        let mut diags = Vec::new();
        let mut locales = Vec::new();
        for (name, files) in by_locale {
            let mut parsed = Vec::new();
            for (rel, src) in files {
                parsed.push(parse_file(
                    PathBuf::from(rel),
                    rel.to_string(),
                    src.to_string(),
                    &mut diags,
                ));
            }
            locales.push(
                assemble_locale(name, parsed, BTreeMap::new(), &mut diags)
                    .map_err(|e| e.to_string())?,
            );
        }
        if let Some(d) = diags.first() {
            return Err(d.to_string());
        }
        Ok(Catalogs::assemble(
            Path::new(""),
            reference,
            locales,
            template,
        ))
    }

    /// Catalogs from loaded locales, with their recognition index built.
    fn assemble(dir: &Path, reference: &str, locales: Vec<Locale>, template: Template) -> Catalogs {
        let mut cats = Catalogs {
            dir: dir.to_path_buf(),
            reference: reference.to_string(),
            locales,
            template,
            wordings: Vec::new(),
            exact: HashMap::default(),
            raw: HashMap::default(),
            patterns: Vec::new(),
            disabled: Vec::new(),
            index: PatternIndex::default(),
            fixed: Vec::new(),
        };
        cats.build_index();
        cats
    }

    fn build_index(&mut self) {
        for (li, loc) in self.locales.iter().enumerate() {
            for (fi, file) in loc.files.iter().enumerate() {
                for entry in &file.ast.body {
                    let ast::Entry::Message(m) = entry else {
                        continue;
                    };
                    let Some(role) = role_of(&m.id.name) else {
                        continue;
                    };
                    let mut forms: Vec<(Option<String>, &ast::Pattern<String>)> = Vec::new();
                    if !file.variants {
                        if loc.messages.get(&m.id.name) != Some(&fi) {
                            continue; // a duplicate: the first definition wins
                        }
                        if let Some(v) = &m.value {
                            forms.push((None, v));
                        }
                    } else {
                        for a in &m.attributes {
                            forms.push((Some(a.id.name.clone()), &a.value));
                        }
                    }
                    for (attr, pat) in forms {
                        let wi = self.wordings.len();
                        self.wordings.push(Wording {
                            key: m.id.name.clone(),
                            locale: li,
                            attr,
                            role,
                            text: None,
                        });
                        for lin in expand(pat, loc) {
                            match lin.literal() {
                                Some(lit) => self.exact.entry(lit).or_default().push(wi),
                                None => self.patterns.push((wi, lin)),
                            }
                        }
                    }
                }
            }
        }
        for wi in 0..self.wordings.len() {
            let w = &self.wordings[wi];
            let text = self.format(
                &self.locales[w.locale].name,
                &w.key,
                w.attr.as_deref(),
                &FluentArgs::new(),
            );
            self.wordings[wi].text = text;
        }
        self.disabled = vec![false; self.wordings.len()];
        // Most specific first; ties in a fixed order.
        self.patterns.sort_by(|a, b| {
            b.1.literal_len()
                .cmp(&a.1.literal_len())
                .then(a.0.cmp(&b.0))
        });
        self.index = PatternIndex::build(&self.patterns, &self.wordings);
        for w in &self.wordings {
            let Some(t) = &w.text else { continue };
            let key = norm_key(t);
            if key.is_empty() || self.raw.contains_key(t) {
                continue;
            }
            self.raw.insert(t.clone(), self.exact.get(&key).cloned());
        }
        self.fixed = self.locales.iter().map(fixed_texts).collect();
    }

    /// Recognize with canonical messages and only the variants in `keep`
    /// (`(locale, key, attribute)`): how recognition does on wordings it has
    /// not seen.
    pub fn keep_variants(&mut self, keep: &std::collections::BTreeSet<(String, String, String)>) {
        for (wi, w) in self.wordings.iter().enumerate() {
            self.disabled[wi] = match &w.attr {
                None => false,
                Some(a) => !keep.contains(&(
                    self.locales[w.locale].name.clone(),
                    w.key.clone(),
                    a.clone(),
                )),
            };
        }
    }

    /// Recognize with every wording again.
    pub fn keep_variants_all(&mut self) {
        self.disabled.iter_mut().for_each(|d| *d = false);
    }

    pub fn locale(&self, name: &str) -> Option<&Locale> {
        self.locales.iter().find(|l| l.name == name)
    }

    /// A SHA-256 of everything reading and rendering take from the
    /// catalogs: the reference locale, every file of every locale, the
    /// free-text translations of pages, the template and the wordings left
    /// out of recognition. Catalogs with the same digest read and render
    /// every page alike.
    pub fn digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        let mut put = |s: &str| {
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        };
        put(&self.reference);
        for loc in &self.locales {
            put(&loc.name);
            for f in &loc.files {
                put(&f.rel);
                put(&f.source);
            }
            for (page, texts) in &loc.pages {
                put(page);
                for (id, text) in texts {
                    put(id);
                    put(text);
                }
            }
        }
        put(&format!("{:?}", self.template));
        let disabled: Vec<u8> = self.disabled.iter().map(|&d| u8::from(d)).collect();
        h.update(&disabled);
        h.finalize().into()
    }

    pub fn locale_names(&self) -> Vec<String> {
        self.locales.iter().map(|l| l.name.clone()).collect()
    }

    /// Recognize a published text in a slot of the given role.
    pub fn recognize(
        &self,
        text: &str,
        role: Role,
        page_locale: &str,
        ctx: &Context,
    ) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let bucket = match self.raw.get(text) {
            Some(b) => b.as_ref(),
            None => {
                let key = norm_key(text);
                if key.is_empty() {
                    return None;
                }
                self.exact.get(&key)
            }
        };
        let mut best: Option<(i64, usize, Captures)> = None;
        let consider = |wi: usize,
                        caps: Captures,
                        specificity: usize,
                        best: &mut Option<(i64, usize, Captures)>| {
            let w = &self.wordings[wi];
            if w.role != role || self.disabled[wi] || !self.template.allows(&w.key, ctx.zone) {
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
        if let Some(ws) = bucket {
            for &wi in ws {
                consider(wi, Captures::new(), 0, &mut best);
            }
        }
        if best.is_none() {
            // Only the patterns of this role that can match a text starting
            // with this character (see `PatternIndex`), in their order. The
            // spans of the normalized text are needed from here on only.
            let norm = prepare(text);
            for &pi in self.index.candidates(role, norm.chars.first().copied()) {
                let (wi, lin) = &self.patterns[pi as usize];
                if self.disabled[*wi] || !lin.could_match(&norm.chars) {
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
        let w = &self.wordings[wi];
        Match {
            key: w.key.clone(),
            locale: self.locales[w.locale].name.clone(),
            attr: w.attr.clone(),
            captures,
            fuzzy: false,
        }
    }

    /// Recognize a text that may be nothing but variables (an H1 that is the
    /// app's name): only messages whose key is in `keys`.
    pub fn recognize_among(&self, text: &str, keys: &[&str], page_locale: &str) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let norm = prepare(text);
        let mut best: Option<(i64, usize, Captures)> = None;
        for (wi, lin) in &self.patterns {
            let w = &self.wordings[*wi];
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
    pub fn recognize_fuzzy(&self, text: &str, page_locale: &str, ctx: &Context) -> Option<Match> {
        if text.len() > MAX_LABEL_LEN {
            return None;
        }
        let target = norm_key(text);
        let zone_prefix = ctx.zone.map(|z| self.template.key_prefix(z));
        let expected = ctx.previous.and_then(|p| self.next_in_order(p));
        let mut scored: BTreeMap<String, f64> = BTreeMap::new();
        for (wi, w) in self.wordings.iter().enumerate() {
            if self.disabled[wi] {
                continue;
            }
            if w.role != Role::Label || self.locales[w.locale].name != page_locale {
                continue;
            }
            if let Some(prefix) = &zone_prefix {
                if !w.key.starts_with(&format!("{prefix}-")) {
                    continue;
                }
            }
            let Some(text_form) = self.wording_text(wi) else {
                continue;
            };
            if text_form.len() > MAX_LABEL_LEN {
                continue;
            }
            let mut s = word_similarity(&target, &norm_key(&text_form));
            if expected.as_deref() == Some(w.key.as_str()) {
                s += 0.1;
            }
            let e = scored.entry(w.key.clone()).or_insert(0.0);
            if s > *e {
                *e = s;
            }
        }
        let mut ranked: Vec<(String, f64)> = scored.into_iter().collect();
        ranked.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        let (key, s1) = ranked.first()?.clone();
        let s2 = ranked.get(1).map(|r| r.1).unwrap_or(0.0);
        if s1 >= 0.6 && s1 - s2 >= 0.15 {
            Some(Match {
                key,
                locale: page_locale.to_string(),
                attr: None,
                captures: Captures::new(),
                fuzzy: true,
            })
        } else {
            None
        }
    }

    /// The text of a wording without variables, for similarity.
    fn wording_text(&self, wi: usize) -> Option<String> {
        self.wordings[wi].text.clone()
    }

    fn next_in_order(&self, key: &str) -> Option<String> {
        let loc = self.locale(&self.reference)?;
        let i = loc.order.iter().position(|k| k == key)?;
        loc.order.get(i + 1).cloned()
    }

    /// How much a wording is preferred when several match the same text.
    fn preference(&self, w: &Wording, page_locale: &str, ctx: &Context) -> i64 {
        let loc = &self.locales[w.locale].name;
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
            let prefix = self.template.key_prefix(z);
            if w.key
                .strip_prefix(prefix)
                .is_some_and(|rest| rest.starts_with('-'))
            {
                s += 10_000;
            }
        }
        s
    }

    /// Format a message (or one of its variants) in a locale.
    pub fn format(
        &self,
        locale: &str,
        key: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Option<String> {
        self.format_cow(locale, key, attr, args)
            .map(Cow::into_owned)
    }

    /// [`Catalogs::format`] without copying the text of a message that
    /// reads no variable: it was formatted once, when the catalogs were
    /// loaded.
    pub fn format_cow(
        &self,
        locale: &str,
        key: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Option<Cow<'_, str>> {
        if let Some(t) = self.fixed_text(locale, key, attr) {
            return Some(Cow::Borrowed(t));
        }
        let loc = self.locale(locale)?;
        let bundle = if attr.is_some() {
            &loc.variants
        } else {
            &loc.canonical
        };
        let msg = bundle.get_message(key)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(args), &mut errors);
        if errors.is_empty() {
            Some(Cow::Owned(out.into_owned()))
        } else {
            None
        }
    }

    /// Whether the text of a message (or variant) is the same whatever the
    /// arguments, and what it is.
    pub fn fixed_text(&self, locale: &str, key: &str, attr: Option<&str>) -> Option<&str> {
        self.fixed_text_at(self.locale_index(locale)?, key, attr)
    }

    /// The position of a locale in `locales`.
    pub fn locale_index(&self, name: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.name == name)
    }

    /// [`Catalogs::fixed_text`] in the locale at `li` in `locales`: for
    /// callers that write many labels in one locale.
    pub fn fixed_text_at(&self, li: usize, key: &str, attr: Option<&str>) -> Option<&str> {
        let fixed = self.fixed.get(li)?;
        match attr {
            None => fixed.canonical.get(key),
            Some(a) => fixed.variants.get(key).and_then(|v| v.get(a)),
        }
        .map(String::as_str)
    }

    /// Whether a locale has a canonical message.
    pub fn has(&self, locale: &str, key: &str) -> bool {
        self.locale(locale)
            .is_some_and(|l| l.messages.contains_key(key))
    }

    /// The translation of a page's free text in a locale.
    pub fn page_text(&self, locale: &str, page: &str, id: &str) -> Option<&str> {
        let page = page.strip_suffix(".md").unwrap_or(page);
        self.locale(locale)?
            .pages
            .get(page)?
            .get(id)
            .map(String::as_str)
    }
}

/// Format, once, every message and variant of a locale that reads no
/// variable. Fluent reports an error for every variable reference that has
/// no argument (selectors included), so a message that formats without
/// errors and without arguments reads none, and formats the same with any.
fn fixed_texts(loc: &Locale) -> FixedTexts {
    let no_args = FluentArgs::new();
    let mut fixed = FixedTexts::default();
    let format = |bundle: &Bundle, key: &str, attr: Option<&str>| -> Option<String> {
        let msg = bundle.get_message(key)?;
        let pattern = match attr {
            Some(a) => msg.get_attribute(a)?.value(),
            None => msg.value()?,
        };
        let mut errors = Vec::new();
        let out = bundle.format_pattern(pattern, Some(&no_args), &mut errors);
        errors.is_empty().then(|| out.into_owned())
    };
    for key in loc.messages.keys() {
        if let Some(t) = format(&loc.canonical, key, None) {
            fixed.canonical.insert(key.clone(), t);
        }
    }
    for (key, attrs) in &loc.variant_attrs {
        for a in attrs {
            if let Some(t) = format(&loc.variants, key, Some(a)) {
                fixed
                    .variants
                    .entry(key.clone())
                    .or_default()
                    .insert(a.clone(), t);
            }
        }
    }
    fixed
}

fn parse_file(
    path: PathBuf,
    rel: String,
    source: String,
    diags: &mut Vec<Diagnostic>,
) -> CatalogFile {
    // Entries nested too deep for the recursive parser are blanked first;
    // the blanked source is what every later parse sees.
    let (blanked, deep) = limits::blank_deep_entries(&source);
    limits::nesting_errors(&path, &source, &deep, diags);
    let source = blanked;
    let ast = match fluent_syntax::parser::parse(source.clone()) {
        Ok(r) => r,
        Err((r, errors)) => {
            for e in errors {
                let (line, col) = line_col(&source, e.pos.start);
                diags.push(Diagnostic::new(
                    Severity::Error,
                    &path,
                    line,
                    col,
                    format!("fluent syntax error: {}", e.kind),
                ));
            }
            r
        }
    };
    let variants = rel.starts_with("variants/");
    CatalogFile {
        path,
        rel,
        source,
        ast,
        variants,
    }
}

fn ftl_files(dir: &Path, base: &Path, out: &mut Vec<(PathBuf, String)>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(|e| e.ok()).collect();
    entries.sort_by_key(|e| e.file_name());
    for e in entries {
        let p = e.path();
        let ft = e.file_type()?;
        if ft.is_dir() {
            ftl_files(&p, base, out)?;
        } else if ft.is_file() && p.extension().is_some_and(|x| x == "ftl") {
            let rel = p
                .strip_prefix(base)
                .unwrap_or(&p)
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            out.push((p, rel));
        }
    }
    Ok(())
}

fn load_locale(dir: &Path, name: &str, diags: &mut Vec<Diagnostic>) -> Result<Locale, LoadError> {
    let mut paths = Vec::new();
    ftl_files(dir, dir, &mut paths).map_err(|source| LoadError::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut files = Vec::new();
    let mut pages = BTreeMap::new();
    for (path, rel) in paths {
        let bytes = match std::fs::read(&path) {
            Ok(b) => b,
            Err(source) => return Err(LoadError::Io { path, source }),
        };
        let source = match String::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => {
                let (line, col) = line_col(
                    &String::from_utf8_lossy(e.as_bytes()),
                    e.utf8_error().valid_up_to(),
                );
                diags.push(Diagnostic::new(
                    Severity::Error,
                    &path,
                    line,
                    col,
                    "file is not valid UTF-8".to_string(),
                ));
                continue;
            }
        };
        if let Some(page) = rel.strip_prefix("pages/") {
            let page = page.strip_suffix(".ftl").unwrap_or(page).to_string();
            let file = parse_file(path, rel, source, diags);
            pages.insert(page, page_texts(&file, name));
            continue;
        }
        files.push(parse_file(path, rel, source, diags));
    }
    assemble_locale(name, files, pages, diags)
}

/// The messages of a page free-text file, formatted.
fn page_texts(file: &CatalogFile, locale: &str) -> BTreeMap<String, String> {
    let mut bundle: Bundle = FluentBundle::new_concurrent(vec![locale.parse().unwrap_or_default()]);
    bundle.set_use_isolating(false);
    let res = match FluentResource::try_new(file.source.clone()) {
        Ok(r) | Err((r, _)) => r,
    };
    let _ = bundle.add_resource(Arc::new(res));
    let mut out = BTreeMap::new();
    for e in &file.ast.body {
        if let ast::Entry::Message(m) = e {
            if let Some(msg) = bundle.get_message(&m.id.name) {
                if let Some(p) = msg.value() {
                    let mut errs = Vec::new();
                    let s = bundle.format_pattern(p, None, &mut errs);
                    out.insert(m.id.name.clone(), s.into_owned());
                }
            }
        }
    }
    out
}

fn assemble_locale(
    name: &str,
    files: Vec<CatalogFile>,
    pages: BTreeMap<String, BTreeMap<String, String>>,
    diags: &mut Vec<Diagnostic>,
) -> Result<Locale, LoadError> {
    let langid: LanguageIdentifier = name.parse().map_err(|_| LoadError::LocaleName {
        name: name.to_string(),
    })?;
    let mut canonical: Bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    canonical.set_use_isolating(false);
    let mut variants: Bundle = FluentBundle::new_concurrent(vec![langid]);
    variants.set_use_isolating(false);
    let mut messages = BTreeMap::new();
    let mut order = Vec::new();
    let mut variant_attrs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut canonical_res = Vec::new();
    for (fi, f) in files.iter().enumerate() {
        let res = match FluentResource::try_new(f.source.clone()) {
            Ok(r) | Err((r, _)) => Arc::new(r),
        };
        for e in &f.ast.body {
            if let ast::Entry::Message(m) = e {
                if f.variants {
                    variant_attrs
                        .entry(m.id.name.clone())
                        .or_default()
                        .extend(m.attributes.iter().map(|a| a.id.name.clone()));
                } else if messages.contains_key(&m.id.name) {
                    diags.push(Diagnostic::new(
                        Severity::Error,
                        &f.path,
                        f.line_of(&m.id.name),
                        1,
                        format!("message `{}` is defined twice", m.id.name),
                    ));
                } else {
                    messages.insert(m.id.name.clone(), fi);
                    order.push(m.id.name.clone());
                }
            }
        }
        if f.variants {
            // Overlaps between variant files are reported by `check`.
            let _ = variants.add_resource(res);
        } else {
            let _ = canonical.add_resource(res.clone());
            canonical_res.push(res);
        }
    }
    // Variants may reference canonical messages (`{ date-long }`); the
    // canonical entries that no variant shadows are added behind them.
    for res in canonical_res {
        let _ = variants.add_resource(res);
    }
    let locale = Locale {
        name: name.to_string(),
        files,
        canonical,
        variants,
        messages,
        order,
        variant_attrs,
        pages,
    };
    limits::check_messages(&locale, diags);
    Ok(locale)
}

/// Fluent arguments from string pairs; `day` and `month` as numbers so that
/// select expressions on them work.
pub fn args_from(pairs: &BTreeMap<String, String>) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    for (k, v) in pairs {
        if matches!(k.as_str(), "day" | "month") {
            if let Ok(n) = v.parse::<f64>() {
                args.set(k.clone(), n);
                continue;
            }
        }
        args.set(k.clone(), v.clone());
    }
    args
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let c = cats();
        let ctx = Context::default();
        let m = c
            .recognize(
                "Effectuez-vous des tests d'intrusion annuels sur l'application ?",
                Role::Label,
                "fr-FR",
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
                "fr-FR",
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
                "fr-FR",
                &ctx,
            )
            .unwrap();
        assert_eq!(m.captures["publisher"], "Talkdesk, Inc.");
        assert!(c.recognize("Oui", Role::Label, "fr-FR", &ctx).is_none());
        assert_eq!(
            c.recognize("Oui", Role::Value, "fr-FR", &ctx).unwrap().key,
            "answer-yes"
        );
    }

    #[test]
    fn formats_canonical_and_variant() {
        let c = cats();
        let mut args = FluentArgs::new();
        args.set("publisher", "Contoso");
        assert_eq!(
            c.format("fr-FR", "intro-general", None, &args).unwrap(),
            "Informations fournies à Microsoft par Contoso :"
        );
        assert_eq!(
            c.format("fr-FR", "intro-general", Some("mt1"), &args)
                .unwrap(),
            "Informations fournies par Contoso à Microsoft :"
        );
    }

    #[test]
    fn fuzzy_needs_a_clear_winner() {
        let c = cats();
        let ctx = Context::default();
        let m = c
            .recognize_fuzzy(
                "Effectuez-vous des tests d’intrusion annuels de l’application ?",
                "fr-FR",
                &ctx,
            )
            .unwrap();
        assert!(m.fuzzy);
        assert_eq!(m.key, "security-pentest");
        assert!(c
            .recognize_fuzzy("Quelle est la couleur du ciel ?", "fr-FR", &ctx)
            .is_none());
    }
}
