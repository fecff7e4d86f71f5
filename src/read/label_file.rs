//! YAML files of labels (`zone-pivot-groups.yml`): every `title:` and
//! `prompt:` value is a label, every other line is structure. The file
//! says nothing of its locale: it is the locale most of its labels are
//! worded in.

use super::labels::Reader;
use super::{PageError, Reading};
use crate::catalog::Catalogs;
use crate::layout::esc;
use crate::locale::Locale;
use crate::recognize::{Context, Role};
use crate::record::{Field, FileLayout, Record, SourceFormat};
use crate::yaml;
use std::collections::BTreeMap;

/// The keys whose values are labels.
const LABEL_KEYS: [&str; 2] = ["title: ", "prompt: "];

/// Read a YAML file of labels, cut into `lines`.
pub(crate) fn read(
    page: &str,
    lines: &[&str],
    file: FileLayout,
    cats: &Catalogs,
) -> Result<Reading, PageError> {
    if let Err(e) = yaml::check(&lines.join("\n")) {
        let line = e.location().map_or(1, |l| l.0);
        return Err(PageError::new(line, format!("not YAML: {}", e.message())));
    }
    let mut reader = Reader::new(cats, cats.reference.clone(), false);
    let mut fields = Vec::new();
    let mut votes: BTreeMap<Option<Locale>, usize> = BTreeMap::new();
    for (i, line) in lines.iter().enumerate() {
        let field = label_field(&mut reader, line, i + 1);
        if let Some(f) = &field {
            *votes.entry(locale_of(cats, f)).or_default() += 1;
        }
        fields.push(field.unwrap_or_else(|| Field {
            name: String::new(),
            value: Some(line.to_string()),
            label: None,
            layout: Some("{}".to_string()),
            line: None,
        }));
    }
    // Wordings were recorded relative to the reference locale; the file's
    // locale is the one most labels are in, and wordings are made relative
    // to it.
    let locale = votes
        .iter()
        .max_by_key(|(_, n)| **n)
        .and_then(|(l, _)| l.clone())
        .unwrap_or_else(|| cats.reference.clone());
    for f in fields.iter_mut() {
        if let Some(l) = f.label.as_mut() {
            l.published.wording = rebase_wording(
                l.published.wording.take(),
                cats.reference.as_str(),
                locale.as_str(),
                &|w| cats.locale_named(w).is_some(),
            );
        }
    }
    Ok(Reading {
        record: Record {
            page: page.to_string(),
            locale,
            translation: None,
            generation: None,
            names: BTreeMap::new(),
            front_matter: fields,
            blocks: Vec::new(),
            file,
            format: Some(SourceFormat::Yaml),
        },
        notes: reader.notes,
    })
}

/// The field of a `title:` or `prompt:` line whose value is a label.
fn label_field(reader: &mut Reader, line: &str, lineno: usize) -> Option<Field> {
    let trimmed = line.trim_start_matches([' ', '-']);
    let k = LABEL_KEYS.into_iter().find(|k| trimmed.starts_with(k))?;
    let at = line.len() - trimmed.len() + k.len();
    let (text, quote) = yaml::unquote(&line[at..]);
    let label = reader.label(&text, Role::Label, &Context::default(), lineno)?;
    let q = quote.map(String::from).unwrap_or_default();
    Some(Field {
        name: k.trim_end_matches([':', ' ']).to_string(),
        value: None,
        label: Some(label),
        layout: Some(format!("{}{q}{{}}{q}", esc(&line[..at]))),
        line: None,
    })
}

/// The locale whose wording a label field has, as recorded against the
/// reference locale: none for the reference locale's own.
fn locale_of(cats: &Catalogs, f: &Field) -> Option<Locale> {
    let w = f.label.as_ref()?.published.wording.as_deref()?;
    let l = w.split('/').next()?;
    cats.locale_named(l).map(|c| c.name.clone())
}

/// A wording reference recorded relative to locale `from`, made relative to
/// locale `to`.
fn rebase_wording(
    w: Option<String>,
    from: &str,
    to: &str,
    is_locale: &dyn Fn(&str) -> bool,
) -> Option<String> {
    let (locale, attr) = match &w {
        None => (from.to_string(), None),
        Some(w) => match w.split_once('/') {
            Some((l, a)) => (l.to_string(), Some(a.to_string())),
            None if is_locale(w) => (w.clone(), None),
            None => (from.to_string(), Some(w.clone())),
        },
    };
    match (locale == to, attr) {
        (true, None) => None,
        (true, Some(a)) => Some(a),
        (false, None) => Some(locale),
        (false, Some(a)) => Some(format!("{locale}/{a}")),
    }
}
