//! The rules that turn a name into the keys the corpus carries it under:
//! the English anchor rule (`<a name="…">` of the H1) and the file-name
//! rule of publishers. Both were measured on the published pages (see
//! docs/CONSENSUS.md); the tool's own [`crate::text::slug`] is another
//! rule, for ids the tool makes.

/// Spaces that the English source's slugger took as spaces.
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\u{a0}' | '\u{2002}' | '\u{2003}' | '\u{2009}' | '\u{202f}'
    )
}

/// The anchor the English source made of an H1: on the raw Markdown text
/// (entities stay text, so `&amp;` gives `amp`), lower case, each space one
/// `-` (runs are kept: `MIPA - Your…` gives `mipa---your…`), and every
/// character but `[a-z0-9_-]` dropped.
pub fn anchor_slug(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if is_space(c) {
            out.push('-');
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_ascii_lowercase() || l.is_ascii_digit() || l == '-' || l == '_' {
                out.push(l);
            }
        }
    }
    out
}

/// [`anchor_slug`] made tolerant of what machine translation changes in
/// punctuation: dashes (`–`, `—`, `−`) as hyphens and accents folded
/// (`é` as `e`). For comparison only.
pub fn loose_slug(text: &str) -> String {
    let mapped: String = text
        .chars()
        .map(|c| match c {
            '\u{2013}' | '\u{2014}' | '\u{2212}' => '-',
            c => fold_accent(c),
        })
        .collect();
    anchor_slug(&mapped)
}

/// A Latin letter without its accent; other characters as they are.
fn fold_accent(c: char) -> char {
    const FROM: &str = "àáâãäåçèéêëìíîïñòóôõöùúûüýÿÀÁÂÃÄÅÇÈÉÊËÌÍÎÏÑÒÓÔÕÖÙÚÛÜÝ";
    const TO: &str = "aaaaaaceeeeiiiinooooouuuuyyAAAAAACEEEEIIIINOOOOOUUUUY";
    match FROM.chars().position(|f| f == c) {
        Some(i) => TO.chars().nth(i).unwrap_or(c),
        None => c,
    }
}

/// The key file names give a publisher: entities decoded, lower case, `+`
/// as `plus`, punctuation dropped, spaces as one `-`.
pub fn file_slug(name: &str) -> String {
    let decoded = crate::text::decode_entities(name);
    let mut out = String::with_capacity(decoded.len());
    for c in decoded.chars() {
        if c == '+' {
            out.push_str("plus");
        } else if c.is_whitespace() || c == '-' {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        }
    }
    while out.ends_with('-') {
        out.pop();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_anchor_rule_keeps_runs_and_entities() {
        assert_eq!(
            anchor_slug("MIPA - Your Assistant"),
            "mipa---your-assistant"
        );
        assert_eq!(
            anchor_slug("eformity | Template Management"),
            "eformity--template-management"
        );
        assert_eq!(anchor_slug("Rezolve.ai"), "rezolveai");
        assert_eq!(
            anchor_slug("Deadlines &amp; Matter"),
            "deadlines-amp-matter"
        );
        assert_eq!(anchor_slug("Soundbite&#8482;"), "soundbite8482");
        assert_eq!(anchor_slug("Mylo\u{a0}Bot"), "mylo-bot");
        assert_eq!(anchor_slug("Médiathèque+"), "mdiathque");
        assert_eq!(loose_slug("MIPA – Your"), "mipa---your");
        assert_eq!(loose_slug("Médiathèque"), "mediatheque");
    }

    #[test]
    fn the_file_rule_drops_punctuation() {
        assert_eq!(file_slug("Appfluence Inc."), "appfluence-inc");
        assert_eq!(file_slug("CEMEQ, Inc."), "cemeq-inc");
        assert_eq!(file_slug("Mediatheque+"), "mediathequeplus");
        assert_eq!(file_slug("LawToolBox.com Inc."), "lawtoolboxcom-inc");
        assert_eq!(file_slug("Foo &amp; Bar"), "foo-bar");
    }
}
