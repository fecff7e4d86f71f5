//! Writing a check's report: for people (`text`, grouped by locale, with a
//! completeness table), for programs (`json`), for GitHub Actions
//! (`github` workflow-command annotations) and for code-scanning tools
//! (`sarif`, SARIF 2.1.0). Every writer takes `impl Write` and writes the
//! findings in the report's order, so output depends only on input.

use super::{Code, Finding, Report};
use crate::diag::Severity;
use crate::locale::Locale;
use anstyle::{AnsiColor, Style};
use serde_json::{json, Value};
use std::io::{self, Write};
use std::path::Path;

/// Version of the JSON document; bumped when a field changes meaning.
pub(crate) const JSON_VERSION: u32 = 1;

/// Where SARIF readers send people for the rules: the project's home page
/// when the package names one, otherwise the document that describes them.
pub(crate) const INFORMATION_URI: &str = match option_env!("CARGO_PKG_HOMEPAGE") {
    Some(h) if !h.is_empty() => h,
    _ => "urn:attest-l10n:docs/CHECK.md",
};

/// Report formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    Text,
    Json,
    Github,
    Sarif,
}

impl Format {
    pub(crate) const ALL: [Format; 4] = [Format::Text, Format::Json, Format::Github, Format::Sarif];

    /// The format's name, as `--format` takes it.
    pub(crate) fn name(self) -> &'static str {
        match self {
            Format::Text => "text",
            Format::Json => "json",
            Format::Github => "github",
            Format::Sarif => "sarif",
        }
    }
}

impl std::fmt::Display for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

/// A path as reports show it: `/` separators on every system.
pub(crate) fn shown_path(p: &Path) -> String {
    p.to_string_lossy().replace('\\', "/")
}

fn severity_name(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("{n} {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// Write the report in a format.
pub(crate) fn write(
    w: &mut dyn Write,
    format: Format,
    report: &Report,
    failed: bool,
    color: bool,
) -> io::Result<()> {
    match format {
        Format::Text => text(w, report, failed, color),
        Format::Json => json_report(w, report, failed),
        Format::Github => github(w, report),
        Format::Sarif => sarif(w, report),
    }
}

struct Styles {
    error: Style,
    warning: Style,
    note: Style,
    header: Style,
    dim: Style,
}

impl Styles {
    fn new(color: bool) -> Styles {
        if !color {
            let p = Style::new();
            return Styles {
                error: p,
                warning: p,
                note: p,
                header: p,
                dim: p,
            };
        }
        Styles {
            error: Style::new().fg_color(Some(AnsiColor::Red.into())).bold(),
            warning: Style::new().fg_color(Some(AnsiColor::Yellow.into())).bold(),
            note: Style::new().fg_color(Some(AnsiColor::Cyan.into())).bold(),
            header: Style::new().bold(),
            dim: Style::new().dimmed(),
        }
    }

    fn severity(&self, s: Severity) -> Style {
        match s {
            Severity::Error => self.error,
            Severity::Warning => self.warning,
            Severity::Note => self.note,
        }
    }
}

fn position(f: &Finding) -> String {
    let p = shown_path(&f.path);
    if f.line == 0 {
        p
    } else {
        format!("{p}:{}:{}", f.line, f.col.max(1))
    }
}

/// `file:line:col: severity[code]: message`, grouped by locale, then the
/// completeness table and a verdict.
pub(crate) fn text(
    w: &mut dyn Write,
    report: &Report,
    failed: bool,
    color: bool,
) -> io::Result<()> {
    let st = Styles::new(color);
    let mut group: Option<Option<&str>> = None;
    for f in &report.findings {
        let g = f.locale.as_ref().map(Locale::as_str);
        if group != Some(g) {
            if group.is_some() {
                writeln!(w)?;
            }
            let n = report
                .findings
                .iter()
                .filter(|x| x.locale.as_ref().map(Locale::as_str) == g)
                .count();
            let h = st.header;
            writeln!(
                w,
                "{h}== {} ({}){h:#}",
                g.unwrap_or("pages"),
                plural(n, "finding")
            )?;
            group = Some(g);
        }
        let s = st.severity(f.severity);
        writeln!(
            w,
            "{}: {s}{}[{}]{s:#}: {}",
            position(f),
            severity_name(f.severity),
            f.code,
            f.message
        )?;
        if let Some(h) = &f.hint {
            let d = st.dim;
            writeln!(w, "  {d}= hint: {h}{d:#}")?;
        }
    }
    if !report.findings.is_empty() {
        writeln!(w)?;
    }
    if !report.completeness.is_empty() {
        table(w, report, &st)?;
        writeln!(w)?;
    }
    let (e, wa, n) = (
        report.count(Severity::Error),
        report.count(Severity::Warning),
        report.count(Severity::Note),
    );
    let verdict = if failed {
        let s = st.error;
        format!("{s}check failed{s:#}")
    } else {
        "check passed".to_string()
    };
    writeln!(
        w,
        "{}, {}, {}: {verdict}",
        plural(e, "error"),
        plural(wa, "warning"),
        plural(n, "note")
    )
}

fn table(w: &mut dyn Write, report: &Report, st: &Styles) -> io::Result<()> {
    let head = [
        "locale",
        "keys",
        "translated",
        "missing",
        "untranslated",
        "stale",
        "unsigned",
        "done",
        "words to translate",
    ];
    let rows: Vec<Vec<String>> = report
        .completeness
        .iter()
        .map(|c| {
            vec![
                c.locale.to_string(),
                c.keys.to_string(),
                c.translated.to_string(),
                c.missing.to_string(),
                c.untranslated.to_string(),
                c.stale.to_string(),
                c.unsigned.to_string(),
                format!("{:.1}%", c.percent()),
                c.words.to_string(),
            ]
        })
        .collect();
    let widths: Vec<usize> = (0..head.len())
        .map(|i| {
            rows.iter()
                .map(|r| r[i].chars().count())
                .chain([head[i].len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .enumerate()
            .map(|(i, c)| {
                if i == 0 {
                    format!("{c:<w$}", w = widths[i])
                } else {
                    format!("{c:>w$}", w = widths[i])
                }
            })
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let h = st.header;
    writeln!(
        w,
        "{h}{}{h:#}",
        line(head.iter().map(|s| s.to_string()).collect())
    )?;
    for r in rows {
        writeln!(w, "{}", line(r))?;
    }
    Ok(())
}

fn finding_json(f: &Finding) -> Value {
    json!({
        "code": f.code.as_str(),
        "severity": severity_name(f.severity),
        "locale": f.locale,
        "key": f.key,
        "file": shown_path(&f.path),
        "line": f.line,
        "column": f.col,
        "message": f.message,
        "hint": f.hint,
    })
}

/// One JSON document: `version`, the summary and the findings.
pub(crate) fn json_report(w: &mut dyn Write, report: &Report, failed: bool) -> io::Result<()> {
    let locales: Vec<Value> = report
        .completeness
        .iter()
        .map(|c| {
            json!({
                "locale": c.locale,
                "keys": c.keys,
                "translated": c.translated,
                "missing": c.missing,
                "untranslated": c.untranslated,
                "stale": c.stale,
                "unsigned": c.unsigned,
                "percent": (c.percent() * 10.0).round() / 10.0,
                "words": c.words,
            })
        })
        .collect();
    let doc = json!({
        "version": JSON_VERSION,
        "tool": "attest-l10n",
        "reference": report.reference,
        "summary": {
            "failed": failed,
            "errors": report.count(Severity::Error),
            "warnings": report.count(Severity::Warning),
            "notes": report.count(Severity::Note),
            "locales": locales,
        },
        "findings": report.findings.iter().map(finding_json).collect::<Vec<_>>(),
    });
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::other)?;
    writeln!(w)
}

/// Escape the message of a workflow command.
pub(crate) fn escape_data(s: &str) -> String {
    s.replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A")
}

/// Escape a property of a workflow command.
pub(crate) fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}

/// `::error file=…,line=…,col=…,title=…::message`, one per finding.
pub(crate) fn github(w: &mut dyn Write, report: &Report) -> io::Result<()> {
    for f in &report.findings {
        let level = match f.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Note => "notice",
        };
        let mut props = vec![format!("file={}", escape_property(&shown_path(&f.path)))];
        if f.line > 0 {
            props.push(format!("line={}", f.line));
            props.push(format!("col={}", f.col.max(1)));
        }
        let title = match &f.locale {
            Some(l) => format!("{} ({l})", f.code),
            None => f.code.to_string(),
        };
        props.push(format!("title={}", escape_property(&title)));
        let mut message = f.message.clone();
        if let Some(h) = &f.hint {
            message.push_str("\nhint: ");
            message.push_str(h);
        }
        writeln!(
            w,
            "::{level} {}::{}",
            props.join(","),
            escape_data(&message)
        )?;
    }
    Ok(())
}

/// A relative path as a URI reference: bytes other than unreserved
/// characters and `/` percent-encoded (a space becomes `%20`).
pub(crate) fn uri_path(p: &str) -> String {
    let mut out = String::with_capacity(p.len());
    for b in p.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn sarif_level(s: Severity) -> &'static str {
    match s {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Note => "note",
    }
}

/// SARIF 2.1.0: one run, one rule per code, one result per finding.
pub(crate) fn sarif(w: &mut dyn Write, report: &Report) -> io::Result<()> {
    let rules: Vec<Value> = Code::ALL
        .iter()
        .map(|c| {
            json!({
                "id": c.as_str(),
                "shortDescription": { "text": c.description() },
                "defaultConfiguration": { "level": sarif_level(c.severity()) },
            })
        })
        .collect();
    let results: Vec<Value> = report
        .findings
        .iter()
        .map(|f| {
            let index = Code::ALL.iter().position(|c| *c == f.code).unwrap_or(0);
            let mut location = json!({
                "physicalLocation": {
                    "artifactLocation": { "uri": uri_path(&shown_path(&f.path)) },
                }
            });
            if f.line > 0 {
                location["physicalLocation"]["region"] = json!({
                    "startLine": f.line,
                    "startColumn": f.col.max(1),
                });
            }
            let mut text = f.message.clone();
            if let Some(h) = &f.hint {
                text.push_str(" (hint: ");
                text.push_str(h);
                text.push(')');
            }
            json!({
                "ruleId": f.code.as_str(),
                "ruleIndex": index,
                "level": sarif_level(f.severity),
                "message": { "text": text },
                "locations": [location],
                "properties": { "locale": f.locale, "key": f.key },
            })
        })
        .collect();
    let doc = json!({
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": { "driver": {
                "name": "attest-l10n",
                "informationUri": INFORMATION_URI,
                "rules": rules,
            }},
            "results": results,
        }],
    });
    serde_json::to_writer_pretty(&mut *w, &doc).map_err(io::Error::other)?;
    writeln!(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workflow_commands_are_escaped() {
        assert_eq!(escape_data("50% a\r\nb: c, d"), "50%25 a%0D%0Ab: c, d");
        assert_eq!(escape_property("a:b,c%\n"), "a%3Ab%2Cc%25%0A");
        assert_eq!(uri_path("pages/a b/é.md"), "pages/a%20b/%C3%A9.md");
    }
}
