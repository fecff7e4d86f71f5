//! Word-level differences between two texts (an old and a new reference
//! text, two answers), as runs a report can color or mark: a translator
//! sees which words changed, not just that a sentence did.

use serde::Serialize;
use similar::{Algorithm, ChangeTag};

/// What a run of a word diff is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Op {
    Equal,
    Delete,
    Insert,
}

/// A run of words with the same fate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Run {
    pub(crate) op: Op,
    pub(crate) text: String,
}

/// The word diff of `old` and `new`: equal, deleted and inserted runs in
/// order, adjacent runs of the same kind merged.
pub(crate) fn diff(old: &str, new: &str) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for (tag, text) in similar::utils::diff_words(Algorithm::Myers, old, new) {
        let op = match tag {
            ChangeTag::Equal => Op::Equal,
            ChangeTag::Delete => Op::Delete,
            ChangeTag::Insert => Op::Insert,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(text),
            _ => out.push(Run {
                op,
                text: text.to_string(),
            }),
        }
    }
    out
}

/// A diff as plain text, `[-deleted-]{+inserted+}` as `git diff --word-diff`
/// writes it.
pub(crate) fn plain(runs: &[Run]) -> String {
    let mut s = String::new();
    for r in runs {
        match r.op {
            Op::Equal => s.push_str(&r.text),
            Op::Delete => {
                s.push_str("[-");
                s.push_str(&r.text);
                s.push_str("-]");
            }
            Op::Insert => {
                s.push_str("{+");
                s.push_str(&r.text);
                s.push_str("+}");
            }
        }
    }
    s
}

/// A diff with ANSI styles: deletions red and struck through, insertions
/// green and underlined.
pub(crate) fn colored(runs: &[Run]) -> String {
    let del = anstyle::AnsiColor::Red.on_default() | anstyle::Effects::STRIKETHROUGH;
    let ins = anstyle::AnsiColor::Green.on_default() | anstyle::Effects::UNDERLINE;
    let mut s = String::new();
    for r in runs {
        match r.op {
            Op::Equal => s.push_str(&r.text),
            Op::Delete => s.push_str(&format!("{del}{}{del:#}", r.text)),
            Op::Insert => s.push_str(&format!("{ins}{}{ins:#}", r.text)),
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marks_changed_words() {
        let runs = diff(
            "Do you perform annual penetration testing?",
            "Do you perform yearly penetration tests?",
        );
        assert_eq!(
            plain(&runs),
            "Do you perform [-annual-]{+yearly+} penetration [-testing?-]{+tests?+}"
        );
        assert_eq!(plain(&diff("", "")), "");
        assert_eq!(plain(&diff("", "new")), "{+new+}");
    }
}
