//! What a pattern refers to, variant by variant: its variables, message and
//! term references. A translation must refer to what its reference refers to,
//! or the page loses a name (`{ $publisher }`) or shows a raw `{ $pubisher }`.
//!
//! A pattern with select expressions is taken apart into its paths (one per
//! combination of variants); a selector counts as present on every path it
//! governs, so that a plural variant may leave out the number it selects on.

use fluent_syntax::ast;
use std::collections::BTreeSet;

/// Upper bound on the paths one pattern is taken apart into.
const MAX_PATHS: usize = 256;

/// Something a pattern refers to.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum Ref {
    Var(String),
    Message(String),
    Term(String),
}

impl Ref {
    /// How it is written in a message: `$publisher`, `date-long`, `-brand`.
    pub(crate) fn show(&self) -> String {
        match self {
            Ref::Var(v) => format!("${v}"),
            Ref::Message(m) => m.clone(),
            Ref::Term(t) => format!("-{t}"),
        }
    }

    pub(crate) fn name(&self) -> &str {
        match self {
            Ref::Var(s) | Ref::Message(s) | Ref::Term(s) => s,
        }
    }
}

/// One path through a pattern's select expressions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Path {
    /// The variant keys taken, as written (`[one]`), empty for a plain pattern.
    pub(crate) label: String,
    pub(crate) refs: BTreeSet<Ref>,
}

/// Every path of a pattern with what it refers to.
pub(crate) fn paths(pattern: &ast::Pattern<String>) -> Vec<Path> {
    let mut out = vec![Path::default()];
    walk_pattern(pattern, &mut out);
    out
}

fn walk_pattern(pattern: &ast::Pattern<String>, paths: &mut Vec<Path>) {
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            walk_expr(expression, paths);
        }
    }
}

fn walk_expr(expr: &ast::Expression<String>, paths: &mut Vec<Path>) {
    match expr {
        ast::Expression::Inline(e) => {
            let mut refs = BTreeSet::new();
            inline_refs(e, &mut refs, paths);
            for p in paths.iter_mut() {
                p.refs.extend(refs.iter().cloned());
            }
        }
        ast::Expression::Select { selector, variants } => {
            let mut sel = BTreeSet::new();
            inline_refs(selector, &mut sel, paths);
            let mut next = Vec::new();
            for p in paths.iter() {
                for v in variants {
                    if next.len() >= MAX_PATHS {
                        break;
                    }
                    let mut sub = vec![Path {
                        label: join_label(&p.label, &variant_key(v)),
                        refs: p.refs.clone(),
                    }];
                    walk_pattern(&v.value, &mut sub);
                    for mut s in sub {
                        s.refs.extend(sel.iter().cloned());
                        next.push(s);
                    }
                }
            }
            next.truncate(MAX_PATHS);
            *paths = next;
        }
    }
}

fn join_label(a: &str, b: &str) -> String {
    if a.is_empty() {
        b.to_string()
    } else {
        format!("{a} {b}")
    }
}

fn variant_key(v: &ast::Variant<String>) -> String {
    let k = match &v.key {
        ast::VariantKey::Identifier { name } => name.clone(),
        ast::VariantKey::NumberLiteral { value } => value.clone(),
    };
    if v.default {
        format!("*[{k}]")
    } else {
        format!("[{k}]")
    }
}

/// References of an inline expression. A nested placeable holding a select
/// expression splits the paths like a top-level one.
fn inline_refs(e: &ast::InlineExpression<String>, refs: &mut BTreeSet<Ref>, paths: &mut Vec<Path>) {
    match e {
        ast::InlineExpression::StringLiteral { .. }
        | ast::InlineExpression::NumberLiteral { .. } => {}
        ast::InlineExpression::VariableReference { id } => {
            refs.insert(Ref::Var(id.name.clone()));
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            refs.insert(Ref::Message(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.clone(),
            }));
        }
        ast::InlineExpression::TermReference {
            id,
            attribute,
            arguments,
        } => {
            refs.insert(Ref::Term(match attribute {
                Some(a) => format!("{}.{}", id.name, a.name),
                None => id.name.clone(),
            }));
            if let Some(args) = arguments {
                call_refs(args, refs, paths);
            }
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            call_refs(arguments, refs, paths)
        }
        ast::InlineExpression::Placeable { expression } => walk_expr(expression, paths),
    }
}

fn call_refs(args: &ast::CallArguments<String>, refs: &mut BTreeSet<Ref>, paths: &mut Vec<Path>) {
    for a in &args.positional {
        inline_refs(a, refs, paths);
    }
    for a in &args.named {
        inline_refs(&a.value, refs, paths);
    }
}

/// What one side refers to on every path, and on some path.
pub(crate) fn required_and_allowed(paths: &[Path]) -> (BTreeSet<Ref>, BTreeSet<Ref>) {
    let mut allowed = BTreeSet::new();
    for p in paths {
        allowed.extend(p.refs.iter().cloned());
    }
    let required = allowed
        .iter()
        .filter(|r| paths.iter().all(|p| p.refs.contains(r)))
        .cloned()
        .collect();
    (required, allowed)
}

/// The closest name among `candidates` to `name`, if it is close enough to
/// be a typo: an edit distance of at most 2 and under a third of the name.
pub(crate) fn near_miss<'a>(
    name: &str,
    candidates: impl Iterator<Item = &'a str>,
) -> Option<&'a str> {
    let mut best: Option<(usize, &str)> = None;
    for c in candidates {
        if c == name {
            continue;
        }
        let d = strsim::damerau_levenshtein(name, c);
        let limit = 2
            .min(name.chars().count().max(c.chars().count()) / 3)
            .max(1);
        if d <= limit && best.is_none_or(|(bd, bc)| d < bd || (d == bd && c < bc)) {
            best = Some((d, c));
        }
    }
    best.map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pattern(src: &str) -> ast::Pattern<String> {
        let res = fluent_syntax::parser::parse(format!("m = {src}\n")).unwrap();
        match res.body.into_iter().next() {
            Some(ast::Entry::Message(m)) => m.value.unwrap(),
            _ => panic!("no message"),
        }
    }

    fn show(paths: &[Path]) -> Vec<String> {
        paths
            .iter()
            .map(|p| {
                let refs: Vec<String> = p.refs.iter().map(Ref::show).collect();
                format!("{}: {}", p.label, refs.join(" "))
            })
            .collect()
    }

    #[test]
    fn selectors_count_on_every_path() {
        let p = paths(&pattern(
            "{ $n ->\n [one] one app by { $publisher }\n *[other] { $n } apps by { -brand }\n} { date-long }",
        ));
        assert_eq!(
            show(&p),
            [
                "[one]: $n $publisher date-long",
                "*[other]: $n date-long -brand"
            ]
        );
        let (req, all) = required_and_allowed(&p);
        assert_eq!(req.len(), 2);
        assert_eq!(all.len(), 4);
    }

    #[test]
    fn typos_are_near_misses() {
        let names = ["publisher", "app", "id"];
        assert_eq!(
            near_miss("publsher", names.iter().copied()),
            Some("publisher")
        );
        assert_eq!(near_miss("ap", names.iter().copied()), Some("app"));
        assert_eq!(near_miss("year", names.iter().copied()), None);
    }
}
