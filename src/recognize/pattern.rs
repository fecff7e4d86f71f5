//! Fluent patterns used backwards: a message becomes one or more linear
//! patterns (literal text and variable captures), and a published text is
//! matched against them to find the message and the values of its variables.
//!
//! Select expressions expand into one linear pattern per variant, binding the
//! selector to the variant key where the key is a number: that is how
//! "9 février 2022" is read with the same `date-long` message that writes it.

use super::normalize::{normalize, Normalized};
use fluent_syntax::ast;
use std::collections::BTreeMap;

/// Upper bound on the linear patterns one message expands to, so that a
/// hostile catalog (nested selects) cannot blow up memory.
const MAX_EXPANSIONS: usize = 256;
/// Upper bound on message and term references followed while expanding.
const MAX_DEPTH: usize = 8;
/// Upper bound on the pieces of one linear pattern: the matcher recurses
/// once per piece. A message with more placeables cannot be formatted
/// either (the formatter stops at 100), so it is not read backwards.
const MAX_PIECES: usize = 100;
/// Upper bound on the text the expansions of one message hold together, so
/// that select expressions cannot copy a huge literal hundreds of times.
const MAX_EXPANSION_BYTES: usize = 32 << 20;
/// Upper bound on the work of one match: backtracking steps plus the
/// characters of the literals compared, so that neither a text that makes
/// the matcher backtrack nor a huge literal can make one match slow.
const MAX_STEPS: usize = 50_000;

#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Piece {
    /// Literal text, normalized.
    Lit(Vec<char>),
    /// A variable; `digits` when it only ever holds a number.
    Var { name: String, digits: bool },
}

/// One way a message can be written.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Linear {
    pub(crate) pieces: Vec<Piece>,
    /// Variables fixed by the select variants this expansion took.
    pub(crate) bindings: Vec<(String, String)>,
}

impl Linear {
    /// Number of literal characters: more literal text, more specific.
    pub(crate) fn literal_len(&self) -> usize {
        self.pieces
            .iter()
            .map(|p| match p {
                Piece::Lit(l) => l.len(),
                Piece::Var { .. } => 0,
            })
            .sum()
    }

    /// The literal text the pattern starts with, as a match at the start
    /// of a text requires it (leading spaces dropped); empty when the
    /// pattern starts with a variable.
    pub(crate) fn head(&self) -> &[char] {
        match self.pieces.first() {
            Some(Piece::Lit(l)) if self.pieces.len() > 1 => trim_chars(l, true, false),
            Some(Piece::Lit(l)) => trim_chars(l, true, true),
            _ => &[],
        }
    }

    /// The literal text the pattern ends with, as a match at the end of a
    /// text requires it (trailing spaces dropped); empty when the pattern
    /// ends with a variable.
    pub(crate) fn tail(&self) -> &[char] {
        match self.pieces.last() {
            Some(Piece::Lit(l)) if self.pieces.len() > 1 => trim_chars(l, false, true),
            Some(Piece::Lit(l)) => trim_chars(l, true, true),
            _ => &[],
        }
    }

    /// A quick test that rules out most texts before [`match_linear`]: a
    /// match needs the text to start with [`Linear::head`] and end with
    /// [`Linear::tail`].
    pub(crate) fn could_match(&self, text: &[char]) -> bool {
        text.starts_with(self.head()) && text.ends_with(self.tail())
    }

    pub(crate) fn has_vars(&self) -> bool {
        self.pieces.iter().any(|p| matches!(p, Piece::Var { .. }))
    }

    /// The literal text, when the pattern has no variables.
    pub(crate) fn literal(&self) -> Option<String> {
        if self.has_vars() {
            return None;
        }
        Some(
            self.pieces
                .iter()
                .map(|p| match p {
                    Piece::Lit(l) => l.iter().collect::<String>(),
                    Piece::Var { .. } => String::new(),
                })
                .collect(),
        )
    }
}

/// Resolves message and term references while expanding.
pub(crate) trait Lookup {
    fn message(&self, id: &str) -> Option<&ast::Pattern<String>>;
    fn term(&self, id: &str) -> Option<&ast::Pattern<String>>;
}

/// Expand a pattern into its linear forms.
pub(crate) fn expand(pattern: &ast::Pattern<String>, lookup: &dyn Lookup) -> Vec<Linear> {
    let mut digits = Vec::new();
    collect_numeric_selectors(pattern, lookup, 0, &mut digits);
    let mut out = vec![Partial::default()];
    expand_into(pattern, lookup, 0, &digits, &mut out);
    out.into_iter()
        .map(|p| Linear {
            pieces: p.finish(),
            bindings: p.bindings,
        })
        .filter(|l| l.pieces.len() <= MAX_PIECES)
        .collect()
}

#[derive(Debug, Clone, Default)]
struct Partial {
    pieces: Vec<Piece>,
    text: String,
    bindings: Vec<(String, String)>,
}

impl Partial {
    /// Bytes of text held, roughly: what a clone costs.
    fn weight(&self) -> usize {
        self.text.len()
            + self
                .pieces
                .iter()
                .map(|p| match p {
                    Piece::Lit(l) => l.len() * 4,
                    Piece::Var { name, .. } => name.len() + 8,
                })
                .sum::<usize>()
    }

    fn flush(&mut self) {
        if !self.text.is_empty() {
            let n = normalize_piece(&self.text);
            self.text.clear();
            if let Some(Piece::Lit(prev)) = self.pieces.last_mut() {
                prev.extend(n);
            } else if !n.is_empty() {
                self.pieces.push(Piece::Lit(n));
            }
        }
    }

    fn finish(&self) -> Vec<Piece> {
        let mut p = self.clone();
        p.flush();
        // Normalization trims each literal; spaces at the seams of literals
        // and variables are restored here so that "a { $x } b" keeps its
        // spaces around the capture.
        p.pieces
    }
}

/// Normalize a literal piece the way published text is normalized, but keep
/// one leading and one trailing space if the piece had them, since pieces
/// sit next to variables.
fn normalize_piece(s: &str) -> Vec<char> {
    let n = normalize(s).chars;
    let lead = s.starts_with(|c: char| c.is_whitespace());
    let trail = s.ends_with(|c: char| c.is_whitespace());
    let mut out = Vec::with_capacity(n.len() + 2);
    if lead && !n.is_empty() && !matches!(n[0], '?' | '!' | ':' | ';') {
        out.push(' ');
    }
    out.extend(n.iter().copied());
    if trail && !n.is_empty() {
        out.push(' ');
    }
    if n.is_empty() && (lead || trail) {
        out.push(' ');
    }
    out
}

fn collect_numeric_selectors(
    pattern: &ast::Pattern<String>,
    lookup: &dyn Lookup,
    depth: usize,
    out: &mut Vec<String>,
) {
    if depth > MAX_DEPTH {
        return;
    }
    for el in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            collect_expr(expression, lookup, depth, out);
        }
    }
}

fn collect_expr(
    expr: &ast::Expression<String>,
    lookup: &dyn Lookup,
    depth: usize,
    out: &mut Vec<String>,
) {
    match expr {
        ast::Expression::Select { selector, variants } => {
            if let ast::InlineExpression::VariableReference { id } = selector {
                if variants
                    .iter()
                    .any(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }))
                    && !out.contains(&id.name)
                {
                    out.push(id.name.clone());
                }
            }
            for v in variants {
                collect_numeric_selectors(&v.value, lookup, depth + 1, out);
            }
        }
        ast::Expression::Inline(inline) => match inline {
            ast::InlineExpression::MessageReference {
                id,
                attribute: None,
            } => {
                if let Some(p) = lookup.message(&id.name) {
                    collect_numeric_selectors(p, lookup, depth + 1, out);
                }
            }
            ast::InlineExpression::TermReference {
                id,
                attribute: None,
                ..
            } => {
                if let Some(p) = lookup.term(&id.name) {
                    collect_numeric_selectors(p, lookup, depth + 1, out);
                }
            }
            ast::InlineExpression::Placeable { expression } => {
                collect_expr(expression, lookup, depth + 1, out)
            }
            _ => {}
        },
    }
}

fn expand_into(
    pattern: &ast::Pattern<String>,
    lookup: &dyn Lookup,
    depth: usize,
    digits: &[String],
    acc: &mut Vec<Partial>,
) {
    for el in &pattern.elements {
        match el {
            ast::PatternElement::TextElement { value } => {
                for p in acc.iter_mut() {
                    p.text.push_str(value);
                }
            }
            ast::PatternElement::Placeable { expression } => {
                expand_expr(expression, lookup, depth, digits, acc)
            }
        }
    }
}

fn push_var(acc: &mut [Partial], name: &str, digits: &[String]) {
    for p in acc.iter_mut() {
        p.flush();
        p.pieces.push(Piece::Var {
            name: name.to_string(),
            digits: digits.iter().any(|d| d == name),
        });
    }
}

fn expand_expr(
    expr: &ast::Expression<String>,
    lookup: &dyn Lookup,
    depth: usize,
    digits: &[String],
    acc: &mut Vec<Partial>,
) {
    match expr {
        ast::Expression::Inline(inline) => expand_inline(inline, lookup, depth, digits, acc),
        ast::Expression::Select { selector, variants } => {
            let var = match selector {
                ast::InlineExpression::VariableReference { id } => Some(id.name.clone()),
                _ => None,
            };
            let mut next = Vec::new();
            let mut weight = 0;
            let acc_weight: usize = acc.iter().map(Partial::weight).sum();
            for v in variants {
                // Stop taking variants once their copies would hold too much
                // text (the first one is always taken).
                if !next.is_empty() && weight + acc_weight > MAX_EXPANSION_BYTES {
                    break;
                }
                let mut branch: Vec<Partial> = acc.clone();
                if let (Some(var), ast::VariantKey::NumberLiteral { value }) = (&var, &v.key) {
                    for p in branch.iter_mut() {
                        p.bindings.push((var.clone(), value.clone()));
                    }
                }
                expand_into(&v.value, lookup, depth + 1, digits, &mut branch);
                weight += branch.iter().map(Partial::weight).sum::<usize>();
                next.extend(branch);
                if next.len() > MAX_EXPANSIONS {
                    next.truncate(MAX_EXPANSIONS);
                    break;
                }
            }
            *acc = next;
        }
    }
}

/// Whether the expansions hold little enough text to take in a referenced
/// message; past that a reference reads as an unnamed capture.
fn light(acc: &[Partial]) -> bool {
    acc.iter().map(Partial::weight).sum::<usize>() <= MAX_EXPANSION_BYTES
}

fn expand_inline(
    inline: &ast::InlineExpression<String>,
    lookup: &dyn Lookup,
    depth: usize,
    digits: &[String],
    acc: &mut Vec<Partial>,
) {
    match inline {
        ast::InlineExpression::StringLiteral { value } => {
            for p in acc.iter_mut() {
                p.text.push_str(value);
            }
        }
        ast::InlineExpression::NumberLiteral { value } => {
            for p in acc.iter_mut() {
                p.text.push_str(value);
            }
        }
        ast::InlineExpression::VariableReference { id } => push_var(acc, &id.name, digits),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            match arguments.positional.first() {
                Some(ast::InlineExpression::VariableReference { id }) => {
                    push_var(acc, &id.name, digits)
                }
                _ => push_var(acc, "", digits),
            }
        }
        ast::InlineExpression::MessageReference { id, attribute } => {
            let target = if attribute.is_none() && depth < MAX_DEPTH && light(acc) {
                lookup.message(&id.name)
            } else {
                None
            };
            match target {
                Some(p) => expand_into(p, lookup, depth + 1, digits, acc),
                None => push_var(acc, "", digits),
            }
        }
        ast::InlineExpression::TermReference { id, attribute, .. } => {
            let target = if attribute.is_none() && depth < MAX_DEPTH && light(acc) {
                lookup.term(&id.name)
            } else {
                None
            };
            match target {
                Some(p) => expand_into(p, lookup, depth + 1, digits, acc),
                None => push_var(acc, "", digits),
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expand_expr(expression, lookup, depth + 1, digits, acc)
        }
    }
}

/// Variables captured by a match, with the exact original text of each.
pub(crate) type Captures = BTreeMap<String, String>;

/// Match normalized text against a linear pattern; on success, the captured
/// variables (original bytes, trimmed) and the select bindings.
pub(crate) fn match_linear(lin: &Linear, text: &str, norm: &Normalized) -> Option<Captures> {
    let mut caps: Vec<(usize, usize)> = Vec::new();
    let mut m = Matcher {
        text: &norm.chars,
        steps: 0,
        // Where the run of digits that ends the text starts.
        digits_from: norm
            .chars
            .iter()
            .rposition(|c| !c.is_ascii_digit())
            .map_or(0, |p| p + 1),
    };
    if !m.go(&lin.pieces, 0, 0, &mut caps) {
        return None;
    }
    let mut out = Captures::new();
    let mut ci = 0;
    for p in &lin.pieces {
        if let Piece::Var { name, .. } = p {
            let (a, b) = caps[ci];
            ci += 1;
            let (oa, ob) = norm.original_range(a, b);
            let value = text[oa..ob].trim().to_string();
            if name.is_empty() {
                continue;
            }
            if let Some(prev) = out.get(name) {
                if *prev != value {
                    return None;
                }
            }
            out.insert(name.clone(), value);
        }
    }
    for (k, v) in &lin.bindings {
        out.entry(k.clone()).or_insert_with(|| v.clone());
    }
    Some(out)
}

/// One match of a linear pattern against normalized text: backtracking
/// over where each variable ends, with a budget on the work.
struct Matcher<'t> {
    text: &'t [char],
    /// Work done: one per step, plus the length of every literal compared.
    steps: usize,
    digits_from: usize,
}

impl Matcher<'_> {
    fn go(
        &mut self,
        pieces: &[Piece],
        pi: usize,
        pos: usize,
        caps: &mut Vec<(usize, usize)>,
    ) -> bool {
        let text = self.text;
        self.steps += 1;
        if self.steps > MAX_STEPS {
            return false;
        }
        let Some(piece) = pieces.get(pi) else {
            return pos == text.len();
        };
        match piece {
            Piece::Lit(lit) => {
                // A literal after a capture may start with the space the capture
                // ate; a literal at the very start or end may lack its padding.
                let lit: &[char] = if pos == 0 || pos == text.len() {
                    trim_chars(lit, pos == 0, pi + 1 == pieces.len())
                } else {
                    lit
                };
                // Charged for the characters actually compared.
                let same = text[pos..]
                    .iter()
                    .zip(lit)
                    .take_while(|(a, b)| a == b)
                    .count();
                self.steps += same;
                if same == lit.len() {
                    self.go(pieces, pi + 1, pos + lit.len(), caps)
                } else {
                    false
                }
            }
            Piece::Var { digits, .. } => {
                if pos >= text.len() {
                    return false;
                }
                // The last piece takes the rest of the text, in one step.
                if pi + 1 == pieces.len() {
                    if *digits && pos < self.digits_from {
                        return false;
                    }
                    caps.push((pos, text.len()));
                    return true;
                }
                for end in pos + 1..=text.len() {
                    // Digits only: the capture grows one char at a time, so
                    // only the new char needs looking at.
                    if *digits && !text[end - 1].is_ascii_digit() {
                        return false;
                    }
                    caps.push((pos, end));
                    if self.go(pieces, pi + 1, end, caps) {
                        return true;
                    }
                    caps.pop();
                    if self.steps > MAX_STEPS {
                        return false;
                    }
                }
                false
            }
        }
    }
}

fn trim_chars(lit: &[char], start: bool, end: bool) -> &[char] {
    let mut l = lit;
    if start {
        while let [' ', rest @ ..] = l {
            l = rest;
        }
    }
    if end {
        while let [rest @ .., ' '] = l {
            l = rest;
        }
    }
    l
}

/// The normalized form of a piece of published text, ready for matching.
pub(crate) fn prepare(text: &str) -> Normalized {
    normalize(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use fluent_syntax::parser::parse;

    struct Res(ast::Resource<String>);
    impl Lookup for Res {
        fn message(&self, id: &str) -> Option<&ast::Pattern<String>> {
            self.0.body.iter().find_map(|e| match e {
                ast::Entry::Message(m) if m.id.name == id => m.value.as_ref(),
                _ => None,
            })
        }
        fn term(&self, _: &str) -> Option<&ast::Pattern<String>> {
            None
        }
    }

    fn check(src: &str, id: &str, text: &str) -> Option<Captures> {
        let res = Res(parse(src.to_string()).expect("valid ftl"));
        let pat = res.message(id).unwrap();
        let n = prepare(text);
        expand(pat, &res)
            .iter()
            .find_map(|lin| match_linear(lin, text, &n))
    }

    #[test]
    fn captures_variables() {
        let caps = check(
            "t = Informations fournies par { $publisher } à Microsoft :\n",
            "t",
            "Informations fournies par Talkdesk, Inc. à Microsoft :",
        )
        .unwrap();
        assert_eq!(caps["publisher"], "Talkdesk, Inc.");
        assert!(check("t = A { $x } B\n", "t", "A  B").is_none());
    }

    #[test]
    fn reads_dates_through_selects_and_references() {
        let src = "date-long = { $day ->\n    [1] 1er\n   *[other] { $day }\n } { $month ->\n    [1] janvier\n    [2] février\n   *[12] décembre\n } { $year }\nline = Mis à jour : { date-long }\n";
        let caps = check(src, "line", "Mis à jour : 9 février 2022").unwrap();
        assert_eq!(caps["day"], "9");
        assert_eq!(caps["month"], "2");
        assert_eq!(caps["year"], "2022");
        let caps = check(src, "line", "Mis à jour : 1er janvier 2021").unwrap();
        assert_eq!(caps["day"], "1");
        assert!(check(src, "line", "Mis à jour : x février 2022").is_none());
    }

    #[test]
    fn tolerates_typography() {
        let caps = check(
            "t = L’application de { $app } est-elle prête ?\n",
            "t",
            "L'application de  Foo\u{a0}Bar est-elle prête?",
        )
        .unwrap();
        assert_eq!(caps["app"], "Foo\u{a0}Bar");
    }
}
