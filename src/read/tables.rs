//! Tables: header cells are labels inside their bold markers; a row is a
//! question (its first cell, recognized exactly or by similarity) and its
//! typed answers, or, in a table whose columns have kinds in the template,
//! a row of values. Cell padding and markup are layout.

use super::blocks::TableRow;
use super::labels::Reader;
use super::lex::{is_separator, split_table_line, split_table_line_max, unwrap_cell, TableLine};
use super::{unrecognized, values, PageError};
use crate::catalog::Kind;
use crate::layout::{brace, default_row_layout, esc_into};
use crate::recognize::{Context, Role};
use crate::record::{Block, Label, Row, Spacing, Table, Value};
use crate::text::slug;

/// Read a table: header, separator and rows.
pub(crate) fn read(
    reader: &mut Reader,
    rows: &[TableRow],
    prefix: &str,
    zone: Option<&str>,
) -> Result<Block, PageError> {
    let first_line = rows[0].line;
    let first = split_table_line(&rows[0].text, prefix);
    let ncols = first.cells.len();
    let (header, separator, body_start) = header_and_separator(rows, prefix, first)?;
    let Some((labels, parts)) = header_labels(reader, header.as_ref(), first_line, zone) else {
        // A header no label matches: the whole table stays verbatim.
        let all: Vec<&str> = rows.iter().map(|r| r.text.as_ref()).collect();
        return Ok(unrecognized(&all.join("\n"), first_line, Spacing(1)));
    };
    let layout = header.as_ref().map(|h| fill_cells(&h.layout, &parts));
    let usual_head = fill_cells(
        &default_row_layout(prefix, ncols),
        &vec!["**{}**".to_string(); ncols],
    );
    let mut table = TableReader::new(reader, &labels, prefix, zone, ncols);
    let mut out = Vec::new();
    for row in &rows[body_start..] {
        out.push(table.row(&row.text, row.line)?);
    }
    Ok(Block::Table(Table {
        table: labels,
        separator: separator.to_string(),
        rows: out,
        quoted: !prefix.is_empty(),
        layout: layout.filter(|l| *l != usual_head),
        spacing: Spacing(1),
    }))
}

/// The header line (none when the table's first line is its separator, as
/// a stray line break before the header row leaves it), the separator row
/// as published, and the index of the first body row.
fn header_and_separator<'r>(
    rows: &'r [TableRow],
    prefix: &str,
    first: TableLine,
) -> Result<(Option<TableLine>, &'r str, usize), PageError> {
    if is_separator(&first.cells) {
        return Ok((None, &rows[0].text, 1));
    }
    let Some(sep) = rows.get(1) else {
        return Err(PageError::new(
            rows[0].line,
            "table without separator row (`|---|---|`)",
        ));
    };
    if !is_separator(&split_table_line(&sep.text, prefix).cells) {
        return Err(PageError::new(
            rows[0].line + 1,
            "table without separator row: expected `|---|---|` after the header",
        ));
    }
    Ok((Some(first), &sep.text, 2))
}

/// The header cells' labels and layouts; `None` if a cell is no label. An
/// empty cell shows nothing: its label has no key.
fn header_labels(
    reader: &mut Reader,
    header: Option<&TableLine>,
    line: usize,
    zone: Option<&str>,
) -> Option<(Vec<Label>, Vec<String>)> {
    let ctx = Context {
        zone,
        previous: None,
    };
    let mut labels = Vec::new();
    let mut parts = Vec::new();
    for cell in header.iter().flat_map(|h| h.cells.iter()) {
        let (pre, inner, post) = unwrap_cell(cell);
        if inner.is_empty() {
            labels.push(Label::new(""));
        } else {
            labels.push(reader.label(inner, Role::Label, &ctx, line)?);
        }
        parts.push(cell_layout(&pre, &post));
    }
    Some((labels, parts))
}

/// The rows of one table, read in order.
struct TableReader<'r, 'a> {
    reader: &'r mut Reader<'a>,
    prefix: &'r str,
    zone: Option<&'r str>,
    /// Header keys, one per column.
    heads: Vec<&'r str>,
    /// Cell kinds by column, for tables whose rows are values.
    columns: Vec<Option<Kind>>,
    value_table: bool,
    ncols: usize,
    /// The usual layout of a row.
    usual: String,
    /// The key of the previous question row.
    previous: Option<String>,
}

impl<'r, 'a> TableReader<'r, 'a> {
    fn new(
        reader: &'r mut Reader<'a>,
        labels: &'r [Label],
        prefix: &'r str,
        zone: Option<&'r str>,
        ncols: usize,
    ) -> Self {
        let columns: Vec<Option<Kind>> = labels
            .iter()
            .map(|l| reader.cats.template.columns.get(&l.key).copied())
            .collect();
        TableReader {
            reader,
            prefix,
            zone,
            heads: labels.iter().map(|l| l.key.as_str()).collect(),
            value_table: columns.iter().any(Option::is_some),
            columns,
            ncols,
            usual: default_row_layout(prefix, ncols),
            previous: None,
        }
    }

    /// Read one row at page line `lineno`.
    fn row(&mut self, line: &str, lineno: usize) -> Result<Row, PageError> {
        let ncols = self.ncols;
        let mut tl = split_table_line(line, self.prefix);
        if tl.cells.len() > ncols && !self.value_table && ncols >= 2 {
            // Pipes inside an answer (a company called "SharePoint|Sapiens"):
            // the last cell runs to the end of the row.
            tl = split_table_line_max(line, self.prefix, ncols);
            let message = "answer contains `|`: read as part of the answer".to_string();
            self.reader.note(lineno, message);
        }
        if tl.cells.is_empty() {
            // An empty row (`|`).
            return Ok(Row {
                key: None,
                values: Vec::new(),
                layout: Some(tl.layout),
            });
        }
        if tl.cells.len() != ncols {
            return Err(PageError::new(
                lineno,
                format!(
                    "table row has {} cells, the header has {ncols}",
                    tl.cells.len()
                ),
            ));
        }
        let mut parts = Vec::with_capacity(ncols);
        let cells = if self.value_table {
            self.values_row(&tl, &mut parts)
        } else {
            match self.question_row(&tl, lineno, &mut parts) {
                Some(cells) => cells,
                None => return Ok(unrecognized_row(line, lineno)),
            }
        };
        let (key, values) = cells;
        let layout = fill_cells(&tl.layout, &parts);
        Ok(Row {
            key,
            values,
            layout: (layout != self.usual).then_some(layout),
        })
    }

    /// A row of values, one per column, each with the column's kind and an
    /// id made from the column's key and the row's first cell.
    fn values_row(
        &mut self,
        tl: &TableLine,
        parts: &mut Vec<String>,
    ) -> (Option<Label>, Vec<Value>) {
        let row_name = slug(tl.cells[0].trim());
        let mut values = Vec::with_capacity(tl.cells.len());
        for (c, cell) in tl.cells.iter().enumerate() {
            let (pre, inner, post) = unwrap_cell(cell);
            parts.push(cell_layout(&pre, &post));
            let base = format!("{}-{row_name}", self.heads[c]);
            values.push(values::value(
                self.reader,
                inner,
                self.columns[c],
                &base,
                self.zone,
            ));
        }
        (None, values)
    }

    /// A question and its answers; `None` when no label is the question.
    fn question_row(
        &mut self,
        tl: &TableLine,
        lineno: usize,
        parts: &mut Vec<String>,
    ) -> Option<(Option<Label>, Vec<Value>)> {
        let (pre, inner, post) = unwrap_cell(&tl.cells[0]);
        parts.push(cell_layout(&pre, &post));
        let ctx = Context {
            zone: self.zone,
            previous: self.previous.as_deref(),
        };
        let label = self.reader.question(inner, &ctx, lineno)?;
        self.previous = Some(label.key.clone());
        let kind = self.reader.cats.template.answers.get(&label.key).copied();
        let mut values = Vec::with_capacity(tl.cells.len() - 1);
        for cell in &tl.cells[1..] {
            let (pre, inner, post) = unwrap_cell(cell);
            parts.push(cell_layout(&pre, &post));
            values.push(values::value(
                self.reader,
                inner,
                kind,
                &label.key,
                self.zone,
            ));
        }
        Some((Some(label), values))
    }
}

/// A row no question label matched, kept verbatim.
fn unrecognized_row(line: &str, lineno: usize) -> Row {
    Row {
        key: None,
        values: vec![Value::Unrecognized {
            unrecognized: line.to_string(),
            line: lineno,
        }],
        layout: Some("{}".to_string()),
    }
}

/// The layout of one cell: markup before, the hole, markup after (`post`
/// is layout text already).
fn cell_layout(pre: &str, post: &str) -> String {
    let mut s = String::with_capacity(pre.len() + post.len() + 2);
    esc_into(&mut s, pre);
    s.push_str("{}");
    s.push_str(post);
    s
}

/// Replace the `{}` holes of a row layout by the cells' own layouts.
fn fill_cells(layout: &str, parts: &[String]) -> String {
    // `parts` are already layout text (escaped); insert them unescaped-safe.
    let mut out = String::with_capacity(layout.len() + 8);
    let mut it = parts.iter();
    let bytes = layout.as_bytes();
    // Text between braces is copied in runs.
    let mut rest = 0;
    while let Some(p) = brace(&bytes[rest..]).map(|p| rest + p) {
        out.push_str(&layout[rest..p]);
        match (bytes[p], bytes.get(p + 1)) {
            (b'{', Some(b'}')) => {
                out.push_str(it.next().map(String::as_str).unwrap_or("{}"));
                rest = p + 2;
            }
            (b'{', Some(b'{')) | (b'}', Some(b'}')) => {
                out.push_str(&layout[p..p + 2]);
                rest = p + 2;
            }
            _ => {
                out.push_str(&layout[p..p + 1]);
                rest = p + 1;
            }
        }
    }
    out.push_str(&layout[rest..]);
    out
}
