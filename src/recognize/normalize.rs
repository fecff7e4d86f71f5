//! The typography recognition is tolerant to: published text and catalog
//! wordings are compared in a normalized form (entities decoded, quotes and
//! spaces folded, lower case), and similarity of normalized texts for
//! wordings no known one matches.

use crate::text::decode_entity;

/// Text normalized for comparison, with the byte offset in the original text
/// of every normalized character, so that a match can be mapped back to the
/// exact bytes it covers.
#[derive(Debug, Clone)]
pub(crate) struct Normalized {
    pub(crate) chars: Vec<char>,
    /// For each char, the original byte range it came from.
    pub(crate) spans: Vec<(usize, usize)>,
}

impl Normalized {
    #[cfg(test)]
    pub(crate) fn as_string(&self) -> String {
        self.chars.iter().collect()
    }

    /// Original byte range covered by normalized chars `from..to`.
    pub(crate) fn original_range(&self, from: usize, to: usize) -> (usize, usize) {
        if from >= to {
            let at = self
                .spans
                .get(from)
                .map(|s| s.0)
                .unwrap_or_else(|| self.spans.last().map(|s| s.1).unwrap_or(0));
            return (at, at);
        }
        (self.spans[from].0, self.spans[to - 1].1)
    }
}

/// Normalize text for recognition: decode HTML entities, fold typographic
/// quotes and apostrophes, turn every kind of space into one space, drop
/// spaces before French high punctuation, trim, and lower-case.
pub(crate) fn normalize(s: &str) -> Normalized {
    let mut chars: Vec<char> = Vec::with_capacity(s.len());
    let mut spans: Vec<(usize, usize)> = Vec::with_capacity(s.len());
    normalize_each(s, |c, span| {
        chars.push(c);
        spans.push(span);
    });
    Normalized { chars, spans }
}

/// The normalized form as a string, for hashing: [`normalize`] without the
/// spans, which only a match with variables needs.
pub(crate) fn norm_key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_each(s, |c, _| out.push(c));
    out
}

/// The normalization itself: every normalized char with the original byte
/// range it comes from, in order.
#[inline]
fn normalize_each(s: &str, mut emit: impl FnMut(char, (usize, usize))) {
    let mut i = 0;
    let bytes = s.as_bytes();
    let mut started = false;
    let mut pending_space: Option<(usize, usize)> = None;
    while i < s.len() {
        let b = bytes[i];
        // ASCII other than `&` and the backquote: no entity and no folding.
        // Most of the text of a page takes this path.
        let (c, span) = if b.is_ascii() && b != b'&' && b != b'`' {
            i += 1;
            (b as char, (i - 1, i))
        } else {
            let (c, len) = if b == b'&' {
                match decode_entity(&s[i..]) {
                    Some((c, len)) => (c, len),
                    None => (b'&' as char, 1),
                }
            } else {
                let c = s[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8())
            };
            i += len;
            (fold(c), (i - len, i))
        };
        if c.is_whitespace() {
            if started && pending_space.is_none() {
                pending_space = Some(span);
            } else if let Some(p) = pending_space.as_mut() {
                p.1 = span.1;
            }
            continue;
        }
        if let Some(p) = pending_space.take() {
            // No space before high punctuation: "nous !" and "nous!" agree.
            if !matches!(c, '?' | '!' | ':' | ';') {
                emit(' ', p);
            }
        }
        started = true;
        if c.is_ascii() {
            emit(c.to_ascii_lowercase(), span);
        } else {
            for lc in c.to_lowercase() {
                emit(lc, span);
            }
        }
    }
}

fn fold(c: char) -> char {
    match c {
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' | '`' => '\'',
        '\u{201C}' | '\u{201D}' | '\u{201E}' | '\u{00AB}' | '\u{00BB}' => '"',
        '\u{00A0}' | '\u{202F}' | '\u{2009}' | '\u{2007}' | '\u{200B}' => ' ',
        '\u{2013}' | '\u{2014}' => '-',
        c => c,
    }
}

/// Similarity of two normalized texts in 0..=1, on words: twice the number of
/// shared words over the total number of words (Dice coefficient on word
/// multisets). Word order and small wording changes matter little, which is
/// what a new machine-translation wave changes.
pub(crate) fn word_similarity(a: &str, b: &str) -> f64 {
    let wa = words(a);
    let wb = words(b);
    if wa.is_empty() || wb.is_empty() {
        return 0.0;
    }
    let mut rest = wb.clone();
    let mut shared = 0usize;
    for w in &wa {
        if let Some(p) = rest.iter().position(|x| x == w) {
            rest.swap_remove(p);
            shared += 1;
        }
    }
    2.0 * shared as f64 / (wa.len() + wb.len()) as f64
}

fn words(s: &str) -> Vec<String> {
    s.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_string)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization_folds_typography() {
        assert_eq!(
            norm_key("L’application  prend-elle\u{a0}en charge ?  "),
            norm_key("l'application prend-elle en charge?")
        );
        assert_eq!(
            norm_key("Contactez&#8209;nous&#8217;"),
            "contactez\u{2011}nous'"
        );
        assert_eq!(norm_key("**RESPONSE**"), "**response**");
        assert_ne!(norm_key("Oui"), norm_key("Non"));
    }

    #[test]
    fn normalized_spans_map_back_to_original_bytes() {
        let s = "Par  Talkdesk,&#160;Inc. à";
        let n = normalize(s);
        let text = n.as_string();
        let start = text.find("talkdesk").unwrap();
        let from = text[..start].chars().count();
        let to = from + "talkdesk, inc.".chars().count();
        let (a, b) = n.original_range(from, to);
        assert_eq!(&s[a..b], "Talkdesk,&#160;Inc.");
    }
}
