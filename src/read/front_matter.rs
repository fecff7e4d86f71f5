//! Front matter: cut into fields line by line (catalog-free, checked
//! against what YAML reads), then the fields that hold labels (title,
//! description) recognized.

use super::labels::Reader;
use super::PageError;
use crate::layout::esc;
use crate::locale::Locale;
use crate::recognize::{Context, Role};
use crate::record::Field;
use crate::yaml;

/// Fields whose value is a label.
const LABEL_FIELDS: [&str; 2] = ["title", "description"];

/// Cut the front matter into fields. Returns the fields and the index of
/// the first body line.
pub(crate) fn cut(lines: &[&str]) -> Result<(Vec<Field>, usize), PageError> {
    if lines.first() != Some(&"---") {
        return Err(PageError::new(
            1,
            "no front matter: expected `---` on the first line",
        ));
    }
    let Some(end) = lines
        .iter()
        .skip(1)
        .position(|l| *l == "---")
        .map(|p| p + 1)
    else {
        return Err(PageError::new(
            1,
            "unterminated front matter: no closing `---`",
        ));
    };
    let keys = parsed_keys(&lines[1..end], end)?;
    let fields = fields(&lines[1..end])?;
    if let Some(keys) = keys {
        check_fields_are_keys(&fields, &keys)?;
    }
    Ok((fields, end + 1))
}

/// The keys YAML reads in front matter that is not plainly valid (`None`
/// for plain front matter: one field per line, each named by its key, which
/// the YAML parser need not see). `end` is the index of the closing `---`.
fn parsed_keys(lines: &[&str], end: usize) -> Result<Option<Vec<Option<String>>>, PageError> {
    if yaml::is_plain_mapping(lines) {
        return Ok(None);
    }
    yaml::mapping_keys(&lines.join("\n"))
        .map(Some)
        .map_err(|e| {
            // The parser counts lines from the first field; the page from `---`.
            let line = e.location().map_or(2, |l| l.0 + 1).min(end + 1);
            PageError::new(line, format!("front matter is not YAML: {}", e.message()))
        })
}

/// The fields of the front matter's lines: a line that starts a field
/// (`name: value`), and the lines after it that go on with its value.
fn fields(lines: &[&str]) -> Result<Vec<Field>, PageError> {
    let mut fields: Vec<Field> = Vec::new();
    // The quote of a quoted value that goes on to the next lines.
    let mut open_quote: Option<char> = None;
    for (i, line) in lines.iter().enumerate() {
        let starts_field =
            open_quote.is_none() && !line.starts_with([' ', '-', '\t', '#']) && line.contains(':');
        open_quote = match open_quote {
            Some(q) => yaml::open_after(line, q),
            None if starts_field => {
                let value = line[line.find(':').unwrap_or(0) + 1..].trim_start();
                match value.chars().next() {
                    Some(q @ ('"' | '\'')) => yaml::open_after(&value[1..], q),
                    _ => None,
                }
            }
            None => None,
        };
        match (starts_field, fields.last_mut()) {
            (false, Some(f)) => {
                let v = f.value.get_or_insert_with(String::new);
                v.push('\n');
                v.push_str(line);
            }
            (false, None) => {
                return Err(PageError::new(i + 2, "front matter line outside any field"))
            }
            (true, _) => fields.push(field(line, i + 2)),
        }
    }
    Ok(fields)
}

/// The field a `name: value` line starts, at page line `lineno`.
fn field(line: &str, lineno: usize) -> Field {
    let colon = line.find(':').unwrap_or(line.len());
    let name = line[..colon].to_string();
    let rest = &line[colon + 1..];
    let (value, layout) = match rest.strip_prefix(' ') {
        Some(v) => (v.to_string(), None),
        None => (rest.to_string(), Some(format!("{}:{{}}", esc(&name)))),
    };
    Field {
        name,
        value: Some(value),
        label: None,
        layout,
        line: Some(lineno),
    }
}

/// The fields cut line by line must be the top-level keys of the front
/// matter as YAML reads it, in order: where they are not (a key in quotes, a
/// space before the colon), writing the page back could duplicate or lose a
/// field, so the page is refused with the line of the first field that
/// differs.
fn check_fields_are_keys(fields: &[Field], keys: &[Option<String>]) -> Result<(), PageError> {
    for (i, f) in fields.iter().enumerate() {
        if keys.get(i).and_then(|k| k.as_deref()) != Some(f.name.as_str()) {
            return Err(PageError::new(
                f.line.unwrap_or(2),
                format!(
                    "front matter: cannot tell where field `{}` starts or ends",
                    f.name
                ),
            ));
        }
    }
    if keys.len() > fields.len() {
        return Err(PageError::new(
            fields.last().and_then(|f| f.line).unwrap_or(2),
            "front matter: a field is not on a line of its own",
        ));
    }
    Ok(())
}

/// The value of a field, quotes taken off.
pub(crate) fn value(fields: &[Field], name: &str) -> Option<String> {
    fields
        .iter()
        .find(|f| f.name == name)
        .and_then(|f| f.value.as_deref())
        .map(yaml::strip_quotes)
}

/// The locale the page was published in: its `ms.contentlocale`, else
/// `reference`. A value that is not a locale is an error at its line.
pub(crate) fn locale(fields: &[Field], reference: &Locale) -> Result<Locale, PageError> {
    const NAME: &str = "ms.contentlocale";
    let Some(given) = value(fields, NAME) else {
        return Ok(reference.clone());
    };
    given.parse().map_err(|e| {
        let line = fields.iter().find(|f| f.name == NAME).and_then(|f| f.line);
        PageError::new(line.unwrap_or(2), format!("{NAME}: {e}"))
    })
}

/// Recognize the label fields (title, description). A field that should
/// hold a label and does not, or whose quoting could not be written back,
/// keeps its value and its line (it is unrecognized); every other field
/// loses its line.
pub(crate) fn labels(reader: &mut Reader, fields: Vec<Field>) -> Vec<Field> {
    fields.into_iter().map(|f| label_field(reader, f)).collect()
}

fn label_field(reader: &mut Reader, mut f: Field) -> Field {
    let line = f.line.take();
    if !LABEL_FIELDS.contains(&f.name.as_str()) {
        return f;
    }
    let raw = f.value.clone().unwrap_or_default();
    let (text, quote) = yaml::unquote(&raw);
    let ctx = Context::default();
    let Some(label) = reader.label(&text, Role::Label, &ctx, line.unwrap_or(1)) else {
        f.line = line;
        return f;
    };
    match quote {
        // Quoted YAML: keep the quotes in the layout, if the text is
        // written back inside them as it was.
        Some(q) if yaml::requotes_to(&text, q, &raw[1..raw.len() - 1]) => {
            f.layout = Some(format!("{}: {q}{{}}{q}", esc(&f.name)));
        }
        // Not reproducible: keep the field verbatim.
        Some(_) => {
            f.line = line;
            return f;
        }
        None => {}
    }
    f.value = None;
    f.label = Some(label);
    f
}
