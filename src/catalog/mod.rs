//! Fluent catalogs: one directory per locale with the canonical labels, the
//! recognized published wordings (`variants/`), the translations of each
//! page's free text (`pages/`), and the page template (`template.yml`);
//! beside them, each locale's sign-off lock file ([`lock`]).
//!
//! The catalogs are used both ways: forwards with fluent-bundle to write a
//! label (here), backwards to recognize a published label and read its
//! variables (`recognize`, whose index is built here when the catalogs are
//! loaded). Each locale's definitions are indexed once at load (`index`),
//! and `check`, `diff` and `import` find them there.

pub(crate) mod flatten;
pub(crate) mod index;
pub(crate) mod limits;
mod load;
pub mod lock;
mod template;

use crate::diag::{Diagnostic, Severity};
use crate::locale::Locale;
use crate::recognize::pattern::Lookup;
use crate::recognize::{Form, LocaleForms, Recognizer, ZoneRules};
use crate::text::line_col;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use fluent_syntax::ast;
use index::{CatalogIndex, Def, EntryKind, FileKind};
use rustc_hash::FxHashMap as HashMap;
use sha2::{Digest, Sha256};
use std::borrow::Cow;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub(crate) use template::Kind;
pub use template::Template;

type Bundle = FluentBundle<Arc<FluentResource>>;

/// One parsed `.ftl` file.
#[derive(Debug)]
pub(crate) struct CatalogFile {
    /// Path as given (for messages).
    pub(crate) path: PathBuf,
    /// Path relative to the locale directory, with `/`.
    pub(crate) rel: String,
    pub(crate) source: String,
    pub(crate) ast: ast::Resource<String>,
    /// What the file holds, by its folder.
    pub(crate) kind: FileKind,
}

impl CatalogFile {
    /// A file parsed as it is, without the limits that loading applies
    /// (catalogs read from git, tests): `rel` is also its path.
    pub(crate) fn parse_unchecked(rel: &str, source: &str) -> CatalogFile {
        let ast = match fluent_syntax::parser::parse(source.to_string()) {
            Ok(r) | Err((r, _)) => r,
        };
        CatalogFile {
            path: PathBuf::from(rel),
            rel: rel.to_string(),
            source: source.to_string(),
            ast,
            kind: FileKind::of(rel),
        }
    }
}

/// Catalog files of one locale with their index, apart from loaded
/// catalogs: the catalogs of a git revision, an edited file.
pub(crate) struct IndexedFiles {
    pub(crate) files: Vec<CatalogFile>,
    pub(crate) index: CatalogIndex,
}

impl IndexedFiles {
    /// Parse `(rel, source)` pairs as they are; page free-text files are
    /// left out.
    pub(crate) fn parse<'s>(sources: impl IntoIterator<Item = (&'s str, &'s str)>) -> IndexedFiles {
        let files: Vec<CatalogFile> = (sources.into_iter())
            .filter(|(rel, _)| FileKind::of(rel) != FileKind::Pages)
            .map(|(rel, src)| CatalogFile::parse_unchecked(rel, src))
            .collect();
        let index = CatalogIndex::build(&files);
        IndexedFiles { files, index }
    }

    /// The definitions that count, by id.
    pub(crate) fn definitions(&self) -> BTreeMap<&str, Def<'_>> {
        self.index.definitions(&self.files)
    }
}

/// The catalogs of one locale: its files, parsed, and the bundles that format them.
pub struct LocaleCatalog {
    pub(crate) name: Locale,
    pub(crate) files: Vec<CatalogFile>,
    /// What the files define, and where.
    pub(crate) index: CatalogIndex,
    canonical: Bundle,
    variants: Bundle,
    /// Canonical message ids in file order: the template order.
    pub(crate) order: Vec<String>,
    /// Variant attribute names by message id.
    pub(crate) variant_attrs: BTreeMap<String, Vec<String>>,
    /// Free-text translations by page (relative path without `.md`), by id.
    pub(crate) pages: BTreeMap<String, BTreeMap<String, String>>,
}

impl LocaleCatalog {
    /// The definition that counts of `id` (a message id, or `-name` for a
    /// term): the first in the canonical files.
    pub(crate) fn def(&self, id: &str) -> Option<Def<'_>> {
        self.index.lookup(&self.files, id)
    }

    /// The definitions that count of every message and term, by id.
    pub(crate) fn definitions(&self) -> BTreeMap<&str, Def<'_>> {
        self.index.definitions(&self.files)
    }

    /// Canonical pattern of a message, from the parsed files.
    fn pattern(&self, id: &str) -> Option<&ast::Pattern<String>> {
        let e = self.index.message(id)?;
        self.index.def(&self.files, e).value()
    }

    fn term(&self, id: &str) -> Option<&ast::Pattern<String>> {
        self.def(&format!("-{id}")).and_then(|d| d.value())
    }
}

impl Lookup for LocaleCatalog {
    fn message(&self, id: &str) -> Option<&ast::Pattern<String>> {
        self.pattern(id)
    }
    fn term(&self, id: &str) -> Option<&ast::Pattern<String>> {
        LocaleCatalog::term(self, id)
    }
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
    NoReference { dir: PathBuf, reference: Locale },
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

/// Catalogs built from in-memory sources that cannot be used.
#[derive(Debug, thiserror::Error)]
pub(crate) enum SourcesError {
    #[error(transparent)]
    Load(#[from] LoadError),
    /// What loading files would report as a diagnostic.
    #[error("{0}")]
    Diagnostic(Diagnostic),
}

/// Every catalog locale, and the index used to recognize published text.
pub struct Catalogs {
    pub(crate) dir: PathBuf,
    pub reference: Locale,
    pub locales: Vec<LocaleCatalog>,
    pub(crate) template: Template,
    /// Every wording indexed, to recognize published text.
    recognizer: Recognizer,
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

impl Catalogs {
    /// `Catalogs::in_memory`, with the error as its message. Locales are
    /// named by strings, which must parse.
    pub fn from_sources(
        files: &[(&str, &str, &str)],
        template: Template,
        reference: &str,
    ) -> Result<Catalogs, String> {
        Catalogs::in_memory(files, template, reference).map_err(|e| e.to_string())
    }

    /// Build catalogs from in-memory sources, for tests and fuzzing:
    /// `(locale, file, source)`. Unlike [`Catalogs::load`], the first
    /// diagnostic is an error.
    pub(crate) fn in_memory(
        files: &[(&str, &str, &str)],
        template: Template,
        reference: &str,
    ) -> Result<Catalogs, SourcesError> {
        let mut by_locale: BTreeMap<&str, Vec<(&str, &str)>> = BTreeMap::new();
        for (l, f, s) in files {
            by_locale.entry(l).or_default().push((f, s));
        }
        let locale = |name: &str| {
            name.parse::<Locale>().map_err(|_| LoadError::LocaleName {
                name: name.to_string(),
            })
        };
        let reference = &locale(reference)?;
        let mut diags = Vec::new();
        let mut locales = Vec::new();
        for (name, files) in by_locale {
            let name = locale(name)?;
            let mut parsed = LocaleFiles::default();
            for (rel, src) in files {
                let file = parse_file(
                    PathBuf::from(rel),
                    rel.to_string(),
                    src.to_string(),
                    &mut diags,
                );
                parsed.add(file, &name);
            }
            locales.push(assemble_locale(name, parsed, &mut diags));
        }
        if let Some(d) = diags.into_iter().next() {
            return Err(SourcesError::Diagnostic(d));
        }
        Ok(Catalogs::assemble(
            Path::new(""),
            reference,
            locales,
            template,
        ))
    }

    /// Catalogs from loaded locales, with their recognition index built.
    fn assemble(
        dir: &Path,
        reference: &Locale,
        locales: Vec<LocaleCatalog>,
        template: Template,
    ) -> Catalogs {
        let fixed: Vec<FixedTexts> = locales.iter().map(fixed_texts).collect();
        let forms: Vec<LocaleForms> = locales
            .iter()
            .zip(&fixed)
            .map(|(loc, fixed)| locale_forms(loc, fixed))
            .collect();
        let order = locales
            .iter()
            .find(|l| l.name == *reference)
            .map(|l| l.order.clone())
            .unwrap_or_default();
        let zones = ZoneRules(template.zones.clone());
        let recognizer = Recognizer::new(&forms, reference, order, zones);
        Catalogs {
            dir: dir.to_path_buf(),
            reference: reference.clone(),
            locales,
            template,
            recognizer,
            fixed,
        }
    }

    /// What recognizes published text with these catalogs.
    pub fn recognizer(&self) -> &Recognizer {
        &self.recognizer
    }

    pub(crate) fn locale(&self, locale: &Locale) -> Option<&LocaleCatalog> {
        self.locales.iter().find(|l| l.name == *locale)
    }

    /// The catalog of the locale spelled exactly `name` (`fr-FR`), as
    /// records and XLIFF files name locales: no other spelling matches.
    pub(crate) fn locale_named(&self, name: &str) -> Option<&LocaleCatalog> {
        self.locales.iter().find(|l| l.name == *name)
    }

    /// The position in `locales` of the locale spelled exactly `name`.
    pub(crate) fn locale_index_named(&self, name: &str) -> Option<usize> {
        self.locales.iter().position(|l| l.name == *name)
    }

    /// A SHA-256 of everything reading and rendering take from the
    /// catalogs: the reference locale, every file of every locale, the
    /// free-text translations of pages and the template. Catalogs with the
    /// same digest read and render every page alike.
    pub(crate) fn digest(&self) -> [u8; 32] {
        let mut h = Sha256::new();
        let mut put = |s: &str| {
            h.update((s.len() as u64).to_le_bytes());
            h.update(s.as_bytes());
        };
        put(self.reference.as_str());
        for loc in &self.locales {
            put(loc.name.as_str());
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
        h.finalize().into()
    }

    pub fn locale_names(&self) -> Vec<Locale> {
        self.locales.iter().map(|l| l.name.clone()).collect()
    }

    /// Format a message (or one of its variants) in a locale.
    pub fn format(
        &self,
        locale: &Locale,
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
    pub(crate) fn format_cow(
        &self,
        locale: &Locale,
        key: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Option<Cow<'_, str>> {
        self.format_at(self.locale_index(locale)?, key, attr, args)
    }

    /// [`Catalogs::format_cow`] in the locale at `li` in `locales`.
    pub(crate) fn format_at(
        &self,
        li: usize,
        key: &str,
        attr: Option<&str>,
        args: &FluentArgs,
    ) -> Option<Cow<'_, str>> {
        if let Some(t) = self.fixed_text_at(li, key, attr) {
            return Some(Cow::Borrowed(t));
        }
        let loc = self.locales.get(li)?;
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
    pub(crate) fn fixed_text(
        &self,
        locale: &Locale,
        key: &str,
        attr: Option<&str>,
    ) -> Option<&str> {
        self.fixed_text_at(self.locale_index(locale)?, key, attr)
    }

    /// The position of a locale in `locales`.
    pub(crate) fn locale_index(&self, locale: &Locale) -> Option<usize> {
        self.locales.iter().position(|l| l.name == *locale)
    }

    /// [`Catalogs::fixed_text`] in the locale at `li` in `locales`: for
    /// callers that write many labels in one locale.
    pub(crate) fn fixed_text_at(&self, li: usize, key: &str, attr: Option<&str>) -> Option<&str> {
        let fixed = self.fixed.get(li)?;
        match attr {
            None => fixed.canonical.get(key),
            Some(a) => fixed.variants.get(key).and_then(|v| v.get(a)),
        }
        .map(String::as_str)
    }

    /// Whether a locale has a canonical message.
    pub fn has(&self, locale: &Locale, key: &str) -> bool {
        self.locale(locale)
            .is_some_and(|l| l.index.message(key).is_some())
    }

    /// The translation of a page's free text in a locale.
    pub(crate) fn page_text(&self, locale: &Locale, page: &str, id: &str) -> Option<&str> {
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
fn fixed_texts(loc: &LocaleCatalog) -> FixedTexts {
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
    let messages = (loc.index.entries().iter()).filter(|e| e.first && e.kind == EntryKind::Message);
    for e in messages {
        if let Some(t) = format(&loc.canonical, &e.id, None) {
            fixed.canonical.insert(e.id.clone(), t);
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

/// Every wording of a locale, as recognition indexes them: the canonical
/// messages (the first definition of each) and the variants, with their
/// texts when they read no variable.
fn locale_forms<'a>(loc: &'a LocaleCatalog, fixed: &'a FixedTexts) -> LocaleForms<'a> {
    let mut forms = Vec::new();
    for (fi, file) in loc.files.iter().enumerate() {
        for entry in &file.ast.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let key = m.id.name.as_str();
            if file.kind != FileKind::Variants {
                // A duplicate in another file: the first definition wins.
                if loc.index.message(key).map(|e| e.file) != Some(fi) {
                    continue;
                }
                if let Some(pattern) = &m.value {
                    let text = fixed.canonical.get(key).map(String::as_str);
                    forms.push(Form {
                        key,
                        attr: None,
                        pattern,
                        text,
                    });
                }
                continue;
            }
            for a in &m.attributes {
                let attr = a.id.name.as_str();
                let text = fixed.variants.get(key).and_then(|v| v.get(attr));
                forms.push(Form {
                    key,
                    attr: Some(attr),
                    pattern: &a.value,
                    text: text.map(String::as_str),
                });
            }
        }
    }
    LocaleForms {
        name: &loc.name,
        lookup: loc,
        forms,
    }
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
    let kind = FileKind::of(&rel);
    CatalogFile {
        path,
        rel,
        source,
        ast,
        kind,
    }
}

/// The parsed files of one locale: catalog files, and the free-text
/// translations of pages by page (relative path without `.md`), by id.
#[derive(Default)]
struct LocaleFiles {
    files: Vec<CatalogFile>,
    pages: BTreeMap<String, BTreeMap<String, String>>,
}

impl LocaleFiles {
    fn add(&mut self, file: CatalogFile, locale: &Locale) {
        if file.kind != FileKind::Pages {
            self.files.push(file);
            return;
        }
        let page = index::page_of(&file.rel).unwrap_or(&file.rel).to_string();
        self.pages.insert(page, page_texts(&file, locale));
    }
}

/// The messages of a page free-text file, formatted.
fn page_texts(file: &CatalogFile, locale: &Locale) -> BTreeMap<String, String> {
    let mut bundle: Bundle = FluentBundle::new_concurrent(vec![locale.langid().clone()]);
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

fn assemble_locale(name: Locale, files: LocaleFiles, diags: &mut Vec<Diagnostic>) -> LocaleCatalog {
    let LocaleFiles { files, pages } = files;
    let langid = name.langid().clone();
    let mut canonical: Bundle = FluentBundle::new_concurrent(vec![langid.clone()]);
    canonical.set_use_isolating(false);
    let mut variants: Bundle = FluentBundle::new_concurrent(vec![langid]);
    variants.set_use_isolating(false);
    let index = CatalogIndex::build(&files);
    let mut order = Vec::new();
    let mut variant_attrs: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for e in index.entries() {
        match e.kind {
            EntryKind::Wordings => variant_attrs
                .entry(e.id.clone())
                .or_default()
                .extend(e.attributes.iter().map(|(a, _)| a.clone())),
            EntryKind::Message if e.first => order.push(e.id.clone()),
            EntryKind::Message => diags.push(Diagnostic::new(
                Severity::Error,
                &files[e.file].path,
                index.first_line_in(e.file, &e.id),
                1,
                format!("message `{}` is defined twice", e.id),
            )),
            EntryKind::Term => {}
        }
    }
    let mut canonical_res = Vec::new();
    for f in &files {
        let res = match FluentResource::try_new(f.source.clone()) {
            Ok(r) | Err((r, _)) => Arc::new(r),
        };
        if f.kind == FileKind::Variants {
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
    let locale = LocaleCatalog {
        name,
        files,
        index,
        canonical,
        variants,
        order,
        variant_attrs,
        pages,
    };
    limits::check_messages(&locale, diags);
    locale
}

/// Fluent arguments from string pairs; `day` and `month` as numbers so that
/// select expressions on them work.
pub(crate) fn args_from(pairs: &BTreeMap<String, String>) -> FluentArgs<'static> {
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
    fn formats_canonical_and_variant() {
        let c = cats();
        let fr: Locale = "fr-FR".parse().unwrap();
        let mut args = FluentArgs::new();
        args.set("publisher", "Contoso");
        assert_eq!(
            c.format(&fr, "intro-general", None, &args).unwrap(),
            "Informations fournies à Microsoft par Contoso :"
        );
        assert_eq!(
            c.format(&fr, "intro-general", Some("mt1"), &args).unwrap(),
            "Informations fournies par Contoso à Microsoft :"
        );
    }
}
