//! XLIFF export: the rows a translator has to look at, one `<unit>` per
//! key, grouped in one `<file>` per reference catalog file.

use super::{inlines, Inline, NAMESPACE};
use crate::catalog::index::Def;
use crate::diff::{Row, State};
use crate::locale::Locale;
use quick_xml::escape::escape;
use std::collections::BTreeMap;

fn write_inlines(s: &mut String, items: &[Inline], data: &[String]) {
    for i in items {
        match i {
            Inline::Text(t) => s.push_str(&escape(t.as_str())),
            Inline::Ph(d) => {
                let n = d.trim_start_matches('d');
                let n: usize = n.parse().unwrap_or(0);
                let disp = data
                    .get(n.wrapping_sub(1))
                    .map(String::as_str)
                    .unwrap_or("");
                s.push_str(&format!(
                    "<ph id=\"{n}\" dataRef=\"{d}\" disp=\"{}\"/>",
                    escape(disp)
                ));
            }
        }
    }
}

fn segment_state(r: &Row) -> &'static str {
    match r.state {
        State::Translated if r.signed => "reviewed",
        State::Translated => "translated",
        _ => "initial",
    }
}

/// An XLIFF 2.1 document for the rows (obsolete keys and keys without a
/// value are left out), one `<file>` per reference catalog file.
pub(crate) fn export(
    reference: &Locale,
    locale: &Locale,
    rows: &[Row],
    ref_defs: &BTreeMap<&str, Def>,
    loc_defs: &BTreeMap<&str, Def>,
) -> String {
    let mut by_file: BTreeMap<&str, Vec<&Row>> = BTreeMap::new();
    for r in rows {
        let Some(d) = ref_defs.get(r.key.as_str()) else {
            continue;
        };
        if d.value().is_none() {
            continue;
        }
        by_file.entry(d.file.rel.as_str()).or_default().push(r);
    }
    let mut s = String::new();
    s.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    s.push_str(&format!(
        "<xliff version=\"2.1\" srcLang=\"{}\" trgLang=\"{}\" xmlns=\"{NAMESPACE}\">\n",
        escape(reference.as_str()),
        escape(locale.as_str())
    ));
    for (fi, (file, rows)) in by_file.iter().enumerate() {
        s.push_str(&format!(
            "  <file id=\"f{}\" original=\"{}\">\n",
            fi + 1,
            escape(*file)
        ));
        for r in rows {
            write_unit(
                &mut s,
                r,
                &ref_defs[r.key.as_str()],
                loc_defs.get(r.key.as_str()),
            );
        }
        s.push_str("  </file>\n");
    }
    s.push_str("</xliff>\n");
    s
}

/// One `<unit>`: its notes, the original data of its placeables, and its
/// segment.
fn write_unit(s: &mut String, r: &Row, rdef: &Def, ldef: Option<&Def>) {
    let mut data = Vec::new();
    let source = rdef
        .value()
        .map(|p| inlines(p, &mut data))
        .unwrap_or_default();
    let target = ldef.and_then(Def::value).map(|p| inlines(p, &mut data));
    s.push_str(&format!("    <unit id=\"{}\">\n", escape(r.key.as_str())));
    write_notes(s, r, rdef);
    if !data.is_empty() {
        s.push_str("      <originalData>\n");
        for (i, d) in data.iter().enumerate() {
            s.push_str(&format!(
                "        <data id=\"d{}\">{}</data>\n",
                i + 1,
                escape(d.as_str())
            ));
        }
        s.push_str("      </originalData>\n");
    }
    s.push_str(&format!(
        "      <segment state=\"{}\">\n        <source xml:space=\"preserve\">",
        segment_state(r)
    ));
    write_inlines(s, &source, &data);
    s.push_str("</source>\n");
    if let Some(t) = target {
        s.push_str("        <target xml:space=\"preserve\">");
        write_inlines(s, &t, &data);
        s.push_str("</target>\n");
    }
    s.push_str("      </segment>\n    </unit>\n");
}

/// A unit's notes: where the label sits, the key's state, and the text it
/// was signed off against.
fn write_notes(s: &mut String, r: &Row, rdef: &Def) {
    s.push_str("      <notes>\n");
    if let Some(c) = &rdef.comment() {
        s.push_str(&format!(
            "        <note category=\"context\">{}</note>\n",
            escape(c.as_str())
        ));
    }
    s.push_str(&format!(
        "        <note category=\"state\">{}</note>\n",
        r.state.name()
    ));
    if let Some(old) = &r.signed_source {
        s.push_str(&format!(
            "        <note category=\"signed-off-source\">{}</note>\n",
            escape(old.as_str())
        ));
    }
    s.push_str("      </notes>\n");
}
