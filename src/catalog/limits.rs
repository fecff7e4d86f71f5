//! Limits that keep a hostile catalog from hanging, exhausting memory or
//! overflowing the stack, and the errors that name what went over them:
//!
//! - placeables (and call arguments) nested deeper than [`MAX_NESTING`] are
//!   refused before parsing, because the Fluent parser, the formatter and
//!   the pattern expansion all recurse on that nesting: the entry is blanked
//!   (its lines kept, so that line numbers hold) and gets an error;
//! - a message that references itself, directly or through others, or that
//!   formats more than the formatter's 100 placeables (a long reference
//!   chain, thousands of placeables) gets an error naming it; the formatter
//!   stops on both, so they cost nothing more than the error.

use super::index::FileKind;
use super::LocaleCatalog;
use crate::diag::{Diagnostic, Severity};
use crate::text::line_col;
use fluent_bundle::{FluentArgs, FluentError};
use fluent_syntax::ast;

/// Deepest nesting of placeables and call arguments in one entry.
pub(crate) const MAX_NESTING: usize = 20;

/// The source with every entry that nests deeper than [`MAX_NESTING`]
/// blanked, and the byte offset where each of them went too deep. One pass.
pub(crate) fn blank_deep_entries(source: &str) -> (String, Vec<usize>) {
    let mut out = String::with_capacity(source.len());
    let mut deep = Vec::new();
    // The current entry: where it starts in `source`, and whether it is
    // being blanked.
    let mut entry_start = 0;
    let mut blank = false;
    let mut depth = 0usize;
    let mut in_string = false;
    let mut escaped = false;
    let mut line_start = true;
    let flush = |out: &mut String, from: usize, to: usize, blank: bool| {
        if blank {
            out.extend(source[from..to].chars().filter(|&c| c == '\n'));
        } else {
            out.push_str(&source[from..to]);
        }
    };
    for (i, c) in source.char_indices() {
        // A new entry starts at a line that starts with an identifier, a
        // term or a comment (as the Fluent parser sees it, even after an
        // unclosed placeable).
        if line_start && (c.is_ascii_alphabetic() || c == '-' || c == '#') {
            flush(&mut out, entry_start, i, blank);
            entry_start = i;
            blank = false;
            depth = 0;
            in_string = false;
        }
        line_start = c == '\n';
        if in_string {
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                // A string literal never spans lines.
                '\n' => in_string = false,
                _ => {}
            }
            continue;
        }
        match c {
            '{' => depth += 1,
            '(' if depth > 0 => depth += 1,
            '}' | ')' if depth > 0 => depth -= 1,
            '"' if depth > 0 => in_string = true,
            _ => {}
        }
        if depth > MAX_NESTING && !blank {
            blank = true;
            deep.push(i);
        }
    }
    flush(&mut out, entry_start, source.len(), blank);
    (out, deep)
}

/// Errors for entries [`blank_deep_entries`] blanked.
pub(crate) fn nesting_errors(
    path: &std::path::Path,
    source: &str,
    at: &[usize],
    diags: &mut Vec<Diagnostic>,
) {
    for &i in at {
        let (line, col) = line_col(source, i);
        diags.push(Diagnostic::new(
            Severity::Error,
            path,
            line,
            col,
            format!("placeables nested more than {MAX_NESTING} deep: this entry is ignored"),
        ));
    }
}

/// Format every message and variant of a locale once, with no arguments,
/// and turn the formatter's cycle and placeable-count errors into errors
/// naming the message.
pub(crate) fn check_messages(loc: &LocaleCatalog, diags: &mut Vec<Diagnostic>) {
    for (fi, file) in loc.files.iter().enumerate() {
        for entry in &file.ast.body {
            let ast::Entry::Message(m) = entry else {
                continue;
            };
            let id = m.id.name.as_str();
            let forms: Vec<Option<&str>> = if file.kind == FileKind::Variants {
                m.attributes
                    .iter()
                    .map(|a| Some(a.id.name.as_str()))
                    .collect()
            } else {
                vec![None]
            };
            for attr in forms {
                let bundle = if attr.is_some() {
                    &loc.variants
                } else {
                    &loc.canonical
                };
                let Some(msg) = bundle.get_message(id) else {
                    continue;
                };
                let pattern = match attr {
                    Some(a) => msg.get_attribute(a).map(|a| a.value()),
                    None => msg.value(),
                };
                let Some(pattern) = pattern else {
                    continue;
                };
                let mut errors = Vec::new();
                let _ = bundle.format_pattern(pattern, Some(&FluentArgs::new()), &mut errors);
                let name = match attr {
                    Some(a) => format!("{id}.{a}"),
                    None => id.to_string(),
                };
                for e in errors {
                    let what = match e {
                        FluentError::ResolverError(fluent_bundle::resolver::ResolverError::Cyclic) => {
                            "references itself, directly or through other messages"
                        }
                        FluentError::ResolverError(
                            fluent_bundle::resolver::ResolverError::TooManyPlaceables,
                        ) => "formats more than 100 placeables, counting those of the messages it references",
                        _ => continue,
                    };
                    diags.push(Diagnostic::new(
                        Severity::Error,
                        &file.path,
                        loc.index.first_line_in(fi, id),
                        1,
                        format!("message `{name}` {what}"),
                    ));
                    break;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deep_entries_are_blanked_and_lines_kept() {
        let deep = format!("b = {}x{}\n", "{".repeat(30), "}".repeat(30));
        let src = format!("a = A\n{deep}c = {{ \"{{{{{{\" }}\nd = D\n");
        let (out, at) = blank_deep_entries(&src);
        assert_eq!(out, "a = A\n\nc = { \"{{{\" }\nd = D\n");
        assert_eq!(at.len(), 1);
        let calls = format!("e = {{ {}1{} }}\n", "NUMBER(".repeat(25), ")".repeat(25));
        assert_eq!(blank_deep_entries(&calls).1.len(), 1);
        let fine = "f = { $x ->\n    [1] { $y }\n   *[other] z\n}\n";
        assert_eq!(blank_deep_entries(fine), (fine.to_string(), vec![]));
    }
}
