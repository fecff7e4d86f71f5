//! An import worked out before anything is written: each unit's target
//! converted to Fluent and checked (placeholders, variables, a message
//! that reads back as itself), spliced into the text of its catalog file,
//! and its key signed off in the lock; then every edited file checked.

use super::{inlines, xerr, Doc, Inline, Unit, XliffError};
use crate::catalog::index::{definition_lines, Def, FileKind};
use crate::catalog::lock::{entry_text, fingerprint, is_id, Entry, Lock};
use crate::catalog::IndexedFiles;
use crate::catalog::{Catalogs, LocaleCatalog};
use crate::locale::Locale;
use fluent_syntax::ast;
use std::collections::{BTreeMap, BTreeSet};

/// What an import will do: new file texts (by path relative to the locale
/// directory), the new lock, and the keys whose translation changed.
#[derive(Debug, Clone, Default)]
pub(crate) struct Plan {
    pub(crate) files: BTreeMap<String, String>,
    pub(crate) lock: Lock,
    pub(crate) changed: Vec<(String, String)>,
    pub(crate) signed: usize,
}

/// The `$variables` a text's placeables use.
fn variables(srcs: &[&str]) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for s in srcs {
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if b[i] == b'$' {
                let start = i + 1;
                let mut j = start;
                while j < b.len() && (b[j].is_ascii_alphanumeric() || b[j] == b'-' || b[j] == b'_')
                {
                    j += 1;
                }
                if j > start {
                    out.insert(s[start..j].to_string());
                }
                i = j;
            } else {
                i += 1;
            }
        }
    }
    out
}

/// The byte range of the definition of `id` in a Fluent source: from its
/// line to the end of its last indented continuation line.
fn entry_span(source: &str, id: &str) -> Option<(usize, usize)> {
    let line = *definition_lines(source).get(id)?.first()?;
    let mut offsets = Vec::new();
    let mut at = 0;
    for l in source.split_inclusive('\n') {
        offsets.push((at, l));
        at += l.len();
    }
    let (start, first) = *offsets.get(line - 1)?;
    let mut end = start + first.len();
    for &(o, l) in offsets.iter().skip(line) {
        if l.trim().is_empty() {
            continue;
        }
        if l.starts_with(' ') {
            end = o + l.len();
        } else {
            break;
        }
    }
    Some((start, end))
}

/// Serialize one entry (message or term) without its comment.
fn serialize_entry(entry: ast::Entry<String>) -> String {
    fluent_syntax::serializer::serialize(&ast::Resource { body: vec![entry] })
}

/// Check the units against the catalogs and work out the edits. Every
/// problem is returned; nothing is written by this function.
pub(crate) fn plan(cats: &Catalogs, doc: &Doc, lock: &Lock) -> Result<Plan, Vec<XliffError>> {
    let mut errors = check_languages(cats, doc);
    let (Some(rloc), Some(loc)) = (
        cats.locale(&cats.reference),
        cats.locale_named(&doc.target_lang),
    ) else {
        errors.push(xerr(1, format!("unknown locale `{}`", doc.target_lang)));
        return Err(errors);
    };
    let mut p = Planner {
        locale: &doc.target_lang,
        loc,
        ref_defs: rloc.definitions(),
        loc_defs: loc.definitions(),
        lock,
        sources: loc
            .files
            .iter()
            .filter(|f| f.kind == FileKind::Canonical)
            .map(|f| (f.rel.clone(), f.source.clone()))
            .collect(),
        touched: BTreeSet::new(),
        plan: Plan {
            lock: lock.clone(),
            ..Plan::default()
        },
        errors,
    };
    let mut seen = BTreeSet::new();
    for u in &doc.units {
        if !seen.insert(u.id.clone()) {
            p.errors
                .push(xerr(u.line, format!("unit `{}` appears twice", u.id)));
            continue;
        }
        if let Err(e) = p.unit(u, &cats.reference) {
            p.errors.push(e);
        }
    }
    p.finish()
}

/// The file's languages: from the reference, into another locale.
fn check_languages(cats: &Catalogs, doc: &Doc) -> Vec<XliffError> {
    let mut errors = Vec::new();
    if cats.reference != *doc.source_lang {
        errors.push(xerr(
            1,
            format!(
                "srcLang is `{}`, but the reference locale is {}",
                doc.source_lang, cats.reference
            ),
        ));
    }
    if cats.reference == *doc.target_lang {
        errors.push(xerr(
            1,
            format!("trgLang `{}` is the reference locale", doc.target_lang),
        ));
    }
    errors
}

/// An import being worked out: the catalog files of the locale as they
/// will be, and what changed.
struct Planner<'a> {
    locale: &'a str,
    loc: &'a LocaleCatalog,
    ref_defs: BTreeMap<&'a str, Def<'a>>,
    loc_defs: BTreeMap<&'a str, Def<'a>>,
    lock: &'a Lock,
    /// The canonical catalog files of the locale, by path, with the edits.
    sources: BTreeMap<String, String>,
    /// Files edited.
    touched: BTreeSet<String>,
    plan: Plan,
    errors: Vec<XliffError>,
}

impl Planner<'_> {
    /// One unit: its target into the catalogs, and its key signed off when
    /// it changed or was reviewed.
    fn unit(&mut self, u: &Unit, reference: &Locale) -> Result<(), XliffError> {
        let Some(rdef) = self.ref_defs.get(u.id.as_str()) else {
            return Err(xerr(
                u.line,
                format!(
                    "unknown unit id `{}`: {reference} has no such message",
                    u.id
                ),
            ));
        };
        let Some(target) = u.target.as_deref().filter(|t| !t.is_empty()) else {
            return Ok(());
        };
        let Some(target) = to_fluent(u, target)? else {
            return Ok(());
        };
        compare_variables(u, rdef, &target.used)?;
        let (new_text, serialized) = new_entry(u, target.pattern, self.loc)?;
        let old_text = self.loc_defs.get(u.id.as_str()).map(Def::text);
        let changed = old_text.as_deref() != Some(new_text.as_str());
        let rtext = rdef.text();
        let fp = fingerprint(&rtext);
        let current = (self.lock.entries.get(&u.id)).is_some_and(|e| e.fingerprint == fp);
        let reviewed = u.state.as_deref() == Some("reviewed") && !current;
        if changed {
            let file = match self.loc_defs.get(u.id.as_str()) {
                Some(d) => d.file.rel.clone(),
                None if u.file.is_empty() => rdef.file.rel.clone(),
                None => u.file.clone(),
            };
            if file.contains("..") || !file.ends_with(".ftl") || file.starts_with('/') {
                return Err(xerr(
                    u.line,
                    format!("`{}`: `{file}` is not a catalog file", u.id),
                ));
            }
            let src = self.sources.entry(file.clone()).or_default();
            splice(src, &u.id, &serialized, old_text.is_some());
            self.touched.insert(file.clone());
            self.plan.changed.push((u.id.clone(), file));
        }
        if changed || reviewed {
            self.plan.signed += 1;
            let entry = Entry {
                fingerprint: fp,
                identical: new_text == rtext,
                text: rtext,
                line: 0,
            };
            self.plan.lock.entries.insert(u.id.clone(), entry);
        }
        Ok(())
    }

    /// Check that every edited file parses as cleanly as before, with
    /// every edited key in it; the plan, or every problem found.
    fn finish(mut self) -> Result<Plan, Vec<XliffError>> {
        for file in &self.touched {
            let src = &self.sources[file];
            let before = (self.loc.files.iter())
                .find(|f| &f.rel == file)
                .map(|f| junk(&f.ast))
                .unwrap_or(0);
            let res = match fluent_syntax::parser::parse(src.clone()) {
                Ok(r) | Err((r, _)) => r,
            };
            let locale = self.locale;
            if junk(&res) > before {
                self.errors.push(xerr(
                    1,
                    format!("{locale}/{file}: the edited catalog would not parse"),
                ));
            }
            let edited = IndexedFiles::parse([(file.as_str(), src.as_str())]);
            let now = edited.definitions();
            for (key, f) in &self.plan.changed {
                if f == file && !now.contains_key(key.as_str()) {
                    (self.errors).push(xerr(1, format!("{locale}/{file}: `{key}` would be lost")));
                }
            }
        }
        if !self.errors.is_empty() {
            let mut errors = self.errors;
            errors.sort_by(|a, b| a.line.cmp(&b.line).then(a.message.cmp(&b.message)));
            return Err(errors);
        }
        let touched = self.touched;
        self.plan.files = (self.sources.into_iter())
            .filter(|(f, _)| touched.contains(f))
            .collect();
        debug_assert!(self.plan.lock.entries.keys().all(|k| is_id(k)));
        Ok(self.plan)
    }
}

/// A unit's target as a Fluent pattern.
struct Target<'u> {
    pattern: ast::Pattern<String>,
    /// The sources of the placeables it uses, from the unit's original data.
    used: Vec<&'u str>,
}

/// A unit's target as a Fluent pattern, placeables from the unit's
/// original data; `None` when it is blank.
fn to_fluent<'u>(u: &'u Unit, target: &[Inline]) -> Result<Option<Target<'u>>, XliffError> {
    let at = |m: String| xerr(u.line, m);
    let mut elements = Vec::new();
    let mut used: Vec<&str> = Vec::new();
    for i in target {
        match i {
            Inline::Text(t) if t.contains('{') || t.contains('}') => {
                return Err(at(format!(
                    "`{}`: the target has `{{` or `}}` in its text: variables must stay placeholders (<ph>)",
                    u.id
                )));
            }
            Inline::Text(t) => elements.push(ast::PatternElement::TextElement { value: t.clone() }),
            Inline::Ph(r) => {
                let Some(src) = u.data.get(r) else {
                    return Err(at(format!(
                        "`{}`: placeholder dataRef `{r}` has no <data> in the unit",
                        u.id
                    )));
                };
                used.push(src);
                elements.push(placeable(u, r, src)?);
            }
        }
    }
    // Fluent drops blanks around a value: so do we, rather than refuse
    // the spaces a tool leaves at the ends.
    if let Some(ast::PatternElement::TextElement { value }) = elements.first_mut() {
        *value = value.trim_start().to_string();
    }
    if let Some(ast::PatternElement::TextElement { value }) = elements.last_mut() {
        *value = value.trim_end().to_string();
    }
    elements
        .retain(|e| !matches!(e, ast::PatternElement::TextElement { value } if value.is_empty()));
    if elements
        .iter()
        .all(|e| matches!(e, ast::PatternElement::TextElement { value } if value.trim().is_empty()))
    {
        return Ok(None);
    }
    Ok(Some(Target {
        pattern: ast::Pattern { elements },
        used,
    }))
}

/// The original data `r` of a unit, `src`, as one Fluent placeable.
fn placeable(u: &Unit, r: &str, src: &str) -> Result<ast::PatternElement<String>, XliffError> {
    let res = fluent_syntax::parser::parse(format!("x = {src}\n")).map_err(|_| {
        xerr(
            u.line,
            format!("`{}`: data `{r}` is not valid Fluent: {src}", u.id),
        )
    })?;
    match res.body.into_iter().next() {
        Some(ast::Entry::Message(ast::Message { value: Some(p), .. })) if p.elements.len() == 1 => {
            Ok(p.elements.into_iter().next().expect("one element"))
        }
        _ => Err(xerr(
            u.line,
            format!("`{}`: data `{r}` is not one Fluent placeable", u.id),
        )),
    }
}

/// The target must use the variables of the source, no fewer, no more.
fn compare_variables(u: &Unit, rdef: &Def, used: &[&str]) -> Result<(), XliffError> {
    let ref_vars = {
        let mut d = Vec::new();
        if let Some(p) = rdef.value() {
            inlines(p, &mut d);
        }
        variables(&d.iter().map(String::as_str).collect::<Vec<_>>())
    };
    let vars = variables(used);
    if vars == ref_vars {
        return Ok(());
    }
    let listed = |a: &BTreeSet<String>, b: &BTreeSet<String>| -> Vec<String> {
        a.difference(b).map(|v| format!("${v}")).collect()
    };
    let (missing, extra) = (listed(&ref_vars, &vars), listed(&vars, &ref_vars));
    let mut what = Vec::new();
    if !missing.is_empty() {
        what.push(format!("drops {}", missing.join(", ")));
    }
    if !extra.is_empty() {
        what.push(format!("adds {}", extra.join(", ")));
    }
    Err(xerr(
        u.line,
        format!(
            "`{}`: the target {} of the source",
            u.id,
            what.join(" and ")
        ),
    ))
}

/// The unit's new entry, with the attributes of the entry it replaces:
/// its text (as the lock file fingerprints it) and its Fluent source,
/// which must read back as itself.
fn new_entry(
    u: &Unit,
    pattern: ast::Pattern<String>,
    loc: &LocaleCatalog,
) -> Result<(String, String), XliffError> {
    // Fluent text cannot start with `[`, `*` or `.` on a continuation
    // line, nor be only blank: the serializer and parser decide.
    let term = u.id.starts_with('-');
    let name = u.id.trim_start_matches('-').to_string();
    let old_entry = loc.def(&u.id).map(|d| d.ast);
    let attributes = match old_entry {
        Some(ast::Entry::Message(m)) => m.attributes.clone(),
        Some(ast::Entry::Term(t)) => t.attributes.clone(),
        _ => Vec::new(),
    };
    let id = ast::Identifier { name };
    let entry = if term {
        ast::Entry::Term(ast::Term {
            id,
            value: pattern,
            attributes,
            comment: None,
        })
    } else {
        ast::Entry::Message(ast::Message {
            id,
            value: Some(pattern),
            attributes,
            comment: None,
        })
    };
    let text = entry_text(&entry).unwrap_or_default();
    let serialized = serialize_entry(entry);
    match fluent_syntax::parser::parse(serialized.clone()) {
        Ok(res)
            if res.body.len() == 1
                && entry_text(&res.body[0]).as_deref() == Some(text.as_str()) =>
        {
            Ok((text, serialized))
        }
        _ => Err(xerr(
            u.line,
            format!(
                "`{}`: the target does not make a valid Fluent message",
                u.id
            ),
        )),
    }
}

/// Put the entry `serialized` for `id` into the file's source: in place of
/// the old definition when there was one (`replace`), else at the end.
fn splice(src: &mut String, id: &str, serialized: &str, replace: bool) {
    match entry_span(src, id).filter(|_| replace) {
        Some((start, end)) => {
            let mut repl = serialized.to_string();
            if !src[..end].ends_with('\n') {
                repl.pop();
            }
            src.replace_range(start..end, &repl);
        }
        None => {
            if !src.is_empty() && !src.ends_with('\n') {
                src.push('\n');
            }
            if !src.is_empty() {
                src.push('\n');
            }
            src.push_str(serialized);
        }
    }
}

fn junk(res: &ast::Resource<String>) -> usize {
    res.body
        .iter()
        .filter(|e| matches!(e, ast::Entry::Junk { .. }))
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entry_spans_cover_continuation_lines_only() {
        let src = "# c\na = one\n    two\n\nb = x\nc =\n    { $n ->\n       *[other] y\n    }";
        let (s, e) = entry_span(src, "a").unwrap();
        assert_eq!(&src[s..e], "a = one\n    two\n");
        let (s, e) = entry_span(src, "c").unwrap();
        assert_eq!(&src[s..e], "c =\n    { $n ->\n       *[other] y\n    }");
        assert!(entry_span(src, "z").is_none());
    }

    #[test]
    fn variables_are_read_from_placeables() {
        let v = variables(&["{ $publisher }", "{ $month ->\n *[1] x { $day }\n}"]);
        let v: Vec<&str> = v.iter().map(String::as_str).collect();
        assert_eq!(v, ["day", "month", "publisher"]);
    }
}
