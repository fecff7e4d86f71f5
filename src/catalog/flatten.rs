//! The text of a Fluent pattern, flattened: what a translator wrote, with
//! every placeable replaced by one marker. `check` finds words and markup
//! in it, and the catalog index tells by it whether an entry has any text
//! of its own.

use fluent_syntax::ast;

/// Stands for a placeable in the flattened text: not whitespace, so that a
/// variable inside a link target keeps the link together.
pub(crate) const HOLE: char = '\u{FFFC}';

/// The text of a pattern with placeables replaced by a marker; the variants
/// of a select expression one after the other, on lines of their own.
pub(crate) fn flatten(pattern: &ast::Pattern<String>) -> String {
    let mut out = String::new();
    flatten_into(pattern, &mut out);
    out
}

fn flatten_into(pattern: &ast::Pattern<String>, out: &mut String) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => out.push_str(value),
            ast::PatternElement::Placeable { expression } => flatten_expr(expression, out),
        }
    }
}

fn flatten_expr(expr: &ast::Expression<String>, out: &mut String) {
    match expr {
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }) => {
            out.push_str(&unescape_literal(value))
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            flatten_expr(expression, out)
        }
        ast::Expression::Inline(_) => out.push(HOLE),
        ast::Expression::Select { variants, .. } => {
            for v in variants {
                out.push_str("\n\n");
                flatten_into(&v.value, out);
                out.push_str("\n\n");
            }
        }
    }
}

/// A Fluent string literal's value, with `\"` and `\\` unescaped (enough
/// for markup; `\u` escapes are left as written).
fn unescape_literal(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\\\", "\\")
}
