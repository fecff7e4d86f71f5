//! The reports of `diff`: plain text (pipes, files, CI logs), a readable
//! two-column layout wrapped to the terminal's width with colors and
//! word-level highlights (on a terminal only), and JSON with a `version`
//! field in a stable, sorted order. Everything is written to `impl Write`.

use super::pages::PagesDiff;
use super::since::{KeyChange, Kind, TextChange};
use super::words::{self, Run};
use super::{Row, State};
use crate::locale::Locale;
use anstyle::{AnsiColor, Effects, Style};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};

/// The version of the JSON reports; bumped when a field changes meaning.
pub(crate) const JSON_VERSION: u32 = 1;

/// How text is shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Look {
    /// ANSI colors and word highlights.
    pub(crate) color: bool,
    /// The terminal's width: a two-column layout. `None`: plain text.
    pub(crate) width: Option<usize>,
}

fn paint(look: Look, style: Style, text: &str) -> String {
    if look.color {
        format!("{style}{text}{style:#}")
    } else {
        text.to_string()
    }
}

fn state_style(s: State) -> Style {
    match s {
        State::Translated => AnsiColor::Green.on_default(),
        State::Missing => AnsiColor::Red.on_default() | Effects::BOLD,
        State::Untranslated => AnsiColor::Magenta.on_default(),
        State::Stale => AnsiColor::Yellow.on_default() | Effects::BOLD,
        State::Obsolete => AnsiColor::BrightBlack.on_default(),
    }
}

/// A report's first line, in bold.
fn title(out: &mut dyn Write, look: Look, text: &str) -> io::Result<()> {
    writeln!(out, "{}", paint(look, bold(), text))
}

fn bold() -> Style {
    Style::new().bold()
}

fn dim() -> Style {
    AnsiColor::BrightBlack.on_default()
}

fn shown_diff(look: Look, runs: &[Run]) -> String {
    if look.color {
        words::colored(runs)
    } else {
        words::plain(runs)
    }
}

/// A text on lines after a label: continuation lines indented under it.
fn labelled(out: &mut dyn Write, label: &str, text: &str) -> io::Result<()> {
    let pad = " ".repeat(label.chars().count() + 4);
    let mut lines = text.split('\n');
    writeln!(out, "  {label}: {}", lines.next().unwrap_or(""))?;
    for l in lines {
        writeln!(out, "{pad}{l}")?;
    }
    Ok(())
}

fn counts(rows: &[Row]) -> BTreeMap<&'static str, usize> {
    let mut c = BTreeMap::new();
    for r in rows {
        *c.entry(r.state.name()).or_insert(0) += 1;
    }
    c
}

fn summary_line(c: &BTreeMap<&'static str, usize>) -> String {
    let parts: Vec<String> = c.iter().map(|(k, v)| format!("{v} {k}")).collect();
    if parts.is_empty() {
        "nothing".to_string()
    } else {
        parts.join(", ")
    }
}

/// Side by side: every row with both texts and its state.
pub(crate) fn side_by_side_text(
    out: &mut dyn Write,
    look: Look,
    locale: &Locale,
    against: &Locale,
    rows: &[Row],
) -> io::Result<()> {
    let total = counts(rows);
    title(
        out,
        look,
        &format!(
            "{locale} against {against}: {} key(s): {}",
            rows.len(),
            summary_line(&total)
        ),
    )?;
    for r in rows {
        writeln!(out)?;
        writeln!(
            out,
            "{}  {}  {}",
            paint(look, bold(), &r.key),
            paint(look, state_style(r.state), &format!("[{}]", r.state.name())),
            paint(look, dim(), &r.file)
        )?;
        let source = r.source.as_deref().unwrap_or("(absent)");
        let target = r.target.as_deref().unwrap_or("(absent)");
        match look.width {
            Some(w) => columns(
                out,
                w,
                (against.as_str(), source),
                (locale.as_str(), target),
            )?,
            None => {
                labelled(out, against.as_str(), source)?;
                labelled(out, locale.as_str(), target)?;
            }
        }
        if let Some(old) = &r.signed_source {
            let now = r.reference.as_deref().or(r.source.as_deref()).unwrap_or("");
            let change = shown_diff(look, &words::diff(old, now));
            match look.width {
                Some(w) => wrapped(out, w, "reference change", &change)?,
                None => labelled(out, "reference change", &change)?,
            }
        }
    }
    Ok(())
}

/// A label and a text wrapped to the width, continuation lines indented.
fn wrapped(out: &mut dyn Write, width: usize, label: &str, text: &str) -> io::Result<()> {
    let first = format!("  {label}: ");
    let rest = " ".repeat(first.chars().count());
    let opts = textwrap::Options::new(width.max(20))
        .initial_indent(&first)
        .subsequent_indent(&rest);
    for line in textwrap::wrap(text, opts) {
        writeln!(out, "{line}")?;
    }
    Ok(())
}

/// Two texts in two columns, each wrapped to half the width.
fn columns(
    out: &mut dyn Write,
    width: usize,
    left: (&str, &str),
    right: (&str, &str),
) -> io::Result<()> {
    let col = (width.saturating_sub(5) / 2).max(12);
    let wrap = |t: &str| -> Vec<String> {
        let mut lines = Vec::new();
        for para in t.split('\n') {
            let w = textwrap::wrap(para, col);
            if w.is_empty() {
                lines.push(String::new());
            }
            lines.extend(w.into_iter().map(|c| c.into_owned()));
        }
        lines
    };
    let mut l = vec![left.0.to_string()];
    l.extend(wrap(left.1));
    let mut r = vec![right.0.to_string()];
    r.extend(wrap(right.1));
    for i in 0..l.len().max(r.len()) {
        let a = l.get(i).map(String::as_str).unwrap_or("");
        let b = r.get(i).map(String::as_str).unwrap_or("");
        let pad = col.saturating_sub(textwrap::core::display_width(a));
        let line = format!("  {a}{} │ {b}", " ".repeat(pad));
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// The stale translations: what they were translated from, what the
/// reference says now, how it changed, and the translation.
pub(crate) fn stale_text(
    out: &mut dyn Write,
    look: Look,
    locale: &Locale,
    reference: &Locale,
    rows: &[Row],
) -> io::Result<()> {
    let stale: Vec<&Row> = rows.iter().filter(|r| r.state == State::Stale).collect();
    title(
        out,
        look,
        &format!(
            "{locale}: {} stale translation(s): the {reference} text changed since sign-off",
            stale.len()
        ),
    )?;
    for r in stale {
        let old = r.signed_source.as_deref().unwrap_or("");
        let now = r.reference.as_deref().or(r.source.as_deref()).unwrap_or("");
        writeln!(out)?;
        writeln!(
            out,
            "{}  {}",
            paint(look, bold(), &r.key),
            paint(look, dim(), &r.file)
        )?;
        let change = shown_diff(look, &words::diff(old, now));
        let target = r.target.as_deref().unwrap_or("(absent)");
        let show = |out: &mut dyn Write, label: &str, text: &str| match look.width {
            Some(w) => wrapped(out, w, label, text),
            None => labelled(out, label, text),
        };
        show(out, "was", old)?;
        show(out, "now", now)?;
        show(out, "change", &change)?;
        show(out, locale.as_str(), target)?;
    }
    Ok(())
}

fn text_change(out: &mut dyn Write, look: Look, who: &str, c: &TextChange) -> io::Result<()> {
    let (label, text) = match c.kind {
        Kind::Added => (
            format!("{who} added"),
            paint(
                look,
                AnsiColor::Green.on_default(),
                c.new.as_deref().unwrap_or(""),
            ),
        ),
        Kind::Removed => (
            format!("{who} removed"),
            paint(
                look,
                AnsiColor::Red.on_default(),
                c.old.as_deref().unwrap_or(""),
            ),
        ),
        Kind::Changed => (format!("{who} changed"), shown_diff(look, &c.words)),
    };
    match look.width {
        Some(w) => wrapped(out, w, &label, &text),
        None => labelled(out, &label, &text),
    }
}

/// Changes since a revision.
pub(crate) fn since_text(
    out: &mut dyn Write,
    look: Look,
    locale: &Locale,
    reference: &Locale,
    rev: &str,
    changes: &[KeyChange],
) -> io::Result<()> {
    title(
        out,
        look,
        &format!(
            "{locale}: {} key(s) changed in {reference} or {locale} since {rev}",
            changes.len()
        ),
    )?;
    for c in changes {
        writeln!(out)?;
        writeln!(
            out,
            "{}  {}",
            paint(look, bold(), &c.key),
            paint(look, state_style(c.state), &format!("[{}]", c.state.name()))
        )?;
        if let Some(r) = &c.reference {
            text_change(out, look, reference.as_str(), r)?;
        }
        if let Some(l) = &c.locale {
            text_change(out, look, locale.as_str(), l)?;
        }
        let t = c.translation.as_deref().unwrap_or("(absent)");
        match look.width {
            Some(w) => wrapped(out, w, &format!("{locale} now"), t)?,
            None => labelled(out, &format!("{locale} now"), t)?,
        }
    }
    Ok(())
}

/// Changed answers of pages.
pub(crate) fn pages_text(out: &mut dyn Write, look: Look, d: &PagesDiff) -> io::Result<()> {
    for p in &d.pages {
        let locales = match (&p.old_locale, &p.new_locale) {
            (Some(a), Some(b)) if a == b => a.to_string(),
            (Some(a), Some(b)) => format!("{a} → {b}"),
            (Some(a), None) | (None, Some(a)) => a.to_string(),
            (None, None) => String::new(),
        };
        writeln!(
            out,
            "{}  {}  {}",
            paint(look, bold(), &p.page),
            p.status,
            paint(look, dim(), &format!("({locales})"))
        )?;
        for a in &p.answers {
            let old = a.old.as_deref().unwrap_or("(absent)");
            let new = a.new.as_deref().unwrap_or("(absent)");
            let text = if !a.words.is_empty() {
                shown_diff(look, &a.words)
            } else {
                format!(
                    "{} → {}",
                    paint(look, AnsiColor::Red.on_default(), old),
                    paint(look, AnsiColor::Green.on_default(), new)
                )
            };
            match look.width {
                Some(w) => wrapped(out, w, &a.key, &text)?,
                None => labelled(out, &a.key, &text)?,
            }
        }
    }
    writeln!(
        out,
        "{} page(s) compared, {} unchanged, {} with changes",
        d.compared,
        d.unchanged,
        d.pages.len()
    )?;
    Ok(())
}

/// A JSON document with its version, pretty-printed, on one line per field.
pub(crate) fn json<T: Serialize>(out: &mut dyn Write, mode: &str, body: &T) -> io::Result<()> {
    let mut v = serde_json::to_value(body).map_err(io::Error::other)?;
    let doc = match v.as_object_mut() {
        Some(o) => {
            let mut m = serde_json::Map::new();
            m.insert("version".into(), JSON_VERSION.into());
            m.insert("mode".into(), mode.into());
            m.append(o);
            serde_json::Value::Object(m)
        }
        None => serde_json::json!({"version": JSON_VERSION, "mode": mode, "items": v}),
    };
    writeln!(
        out,
        "{}",
        serde_json::to_string_pretty(&doc).map_err(io::Error::other)?
    )
}

/// The JSON body of a side-by-side or stale view.
#[derive(Serialize)]
pub(crate) struct RowsDoc<'a> {
    pub(crate) locale: &'a Locale,
    pub(crate) against: &'a Locale,
    pub(crate) reference: &'a Locale,
    pub(crate) summary: BTreeMap<&'static str, usize>,
    pub(crate) rows: Vec<RowJson<'a>>,
}

/// A row in JSON, with the word diff of a stale row's reference change.
#[derive(Serialize)]
pub(crate) struct RowJson<'a> {
    #[serde(flatten)]
    pub(crate) row: &'a Row,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub(crate) reference_change: Vec<Run>,
}

pub(crate) fn rows_doc<'a>(
    locale: &'a Locale,
    against: &'a Locale,
    reference: &'a Locale,
    rows: &'a [Row],
) -> RowsDoc<'a> {
    RowsDoc {
        locale,
        against,
        reference,
        summary: counts(rows),
        rows: rows
            .iter()
            .map(|r| RowJson {
                row: r,
                reference_change: match &r.signed_source {
                    Some(old) => words::diff(
                        old,
                        r.reference.as_deref().or(r.source.as_deref()).unwrap_or(""),
                    ),
                    None => Vec::new(),
                },
            })
            .collect(),
    }
}
