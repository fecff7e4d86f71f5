//! One index of what a locale's catalog files define: every message, term
//! and set of recognition-only wordings, with its file, its line and the
//! lines of its attributes, built once when the files are parsed (by
//! `Catalogs::load`, and by `diff --since` for the catalogs of a git
//! revision). `check`, `diff` and `import` find definitions through it;
//! [`definition_lines`] is the one scanner of a catalog's text for the
//! line of a definition, and [`FileKind::of`] the one rule of what the
//! folders of a locale directory hold.

use super::flatten::flatten;
use super::lock::{entry_text, is_id};
use super::CatalogFile;
use fluent_syntax::ast;
use std::collections::{BTreeMap, HashMap};

/// What a catalog file holds, by the folder it is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum FileKind {
    /// `<L>/*.ftl`: the canonical labels, one wording per key.
    Canonical,
    /// `<L>/variants/`: published wordings, recognized and never written.
    Variants,
    /// `<L>/pages/<page>.ftl`: translations of one page's free text.
    Pages,
}

impl FileKind {
    /// The kind of the file at `rel`, its path relative to the locale
    /// directory with `/`.
    pub(crate) fn of(rel: &str) -> FileKind {
        if rel.starts_with("variants/") {
            FileKind::Variants
        } else if page_of(rel).is_some() {
            FileKind::Pages
        } else {
            FileKind::Canonical
        }
    }
}

/// The file of a locale that translates the free text of the page `stem`
/// (its path without `.md`): `pages/<stem>.ftl`.
pub(crate) fn page_file(stem: &str) -> String {
    format!("pages/{stem}.ftl")
}

/// The page whose free text a `pages/` file translates: its path relative
/// to the pages directory, without `.md` (`pages/teams/x.ftl` → `teams/x`).
pub(crate) fn page_of(rel: &str) -> Option<&str> {
    let page = rel.strip_prefix("pages/")?;
    Some(page.strip_suffix(".ftl").unwrap_or(page))
}

/// What an indexed entry defines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum EntryKind {
    /// A message of a canonical file: a label's one wording.
    Message,
    /// A term of a canonical file (`-brand`), which messages reference.
    Term,
    /// A message of a `variants/` file: its attributes are the published
    /// wordings of the canonical message with the same id.
    Wordings,
}

/// One definition in a locale's catalog files.
#[derive(Debug, Clone)]
pub(crate) struct IndexEntry {
    /// Message id, or `-name` for a term.
    pub(crate) id: String,
    pub(crate) kind: EntryKind,
    /// The position of its file in the locale's files.
    pub(crate) file: usize,
    /// 1-based line of the definition.
    pub(crate) line: usize,
    /// Each attribute's name and 1-based line, in order.
    pub(crate) attributes: Vec<(String, usize)>,
    /// The first definition of its id in the canonical files: the one
    /// that counts (a later one is a duplicate).
    pub(crate) first: bool,
    /// The position of the entry in its file's syntax tree.
    body: usize,
}

/// Every definition of a locale's files, in file order.
#[derive(Debug, Clone, Default)]
pub(crate) struct CatalogIndex {
    entries: Vec<IndexEntry>,
    /// The first canonical definition of each id, by id.
    canonical: BTreeMap<String, usize>,
}

impl CatalogIndex {
    /// Index the messages and terms of canonical files and the messages of
    /// `variants/` files (terms there are read by nothing).
    pub(crate) fn build(files: &[CatalogFile]) -> CatalogIndex {
        let mut index = CatalogIndex::default();
        for (fi, file) in files.iter().enumerate() {
            index.add_file(fi, file);
        }
        index
    }

    fn add_file(&mut self, fi: usize, file: &CatalogFile) {
        let lines = definition_lines(&file.source);
        // The n-th definition of an id in the tree is on the n-th line
        // that defines it.
        let mut seen: HashMap<String, usize> = HashMap::new();
        let variants = file.kind == FileKind::Variants;
        for (body, e) in file.ast.body.iter().enumerate() {
            let (id, kind, attrs) = match e {
                ast::Entry::Message(m) if variants => {
                    (m.id.name.clone(), EntryKind::Wordings, &m.attributes)
                }
                ast::Entry::Message(m) => (m.id.name.clone(), EntryKind::Message, &m.attributes),
                ast::Entry::Term(t) => (format!("-{}", t.id.name), EntryKind::Term, &t.attributes),
                _ => continue,
            };
            let n = seen.entry(id.clone()).or_insert(0);
            let line = lines.get(&id).and_then(|v| v.get(*n)).copied().unwrap_or(1);
            *n += 1;
            if variants && kind == EntryKind::Term {
                continue;
            }
            let mut cursor = line;
            let attributes = attrs
                .iter()
                .map(|a| {
                    cursor = attribute_line(&file.source, cursor, &a.id.name);
                    (a.id.name.clone(), cursor)
                })
                .collect();
            let first = !variants && !self.canonical.contains_key(&id);
            if first {
                self.canonical.insert(id.clone(), self.entries.len());
            }
            self.entries.push(IndexEntry {
                id,
                kind,
                file: fi,
                line,
                attributes,
                first,
                body,
            });
        }
    }

    /// Every entry, in file order.
    pub(crate) fn entries(&self) -> &[IndexEntry] {
        &self.entries
    }

    /// The definition of `id` (a message id, or `-name` for a term) that
    /// counts: the first in the canonical files.
    pub(crate) fn canonical(&self, id: &str) -> Option<&IndexEntry> {
        self.canonical.get(id).map(|&i| &self.entries[i])
    }

    /// The definition that counts of a message (not a term).
    pub(crate) fn message(&self, id: &str) -> Option<&IndexEntry> {
        self.canonical(id).filter(|e| e.kind == EntryKind::Message)
    }

    /// The line of the first definition of `id` in the file at `file`
    /// (1 when it has none).
    pub(crate) fn first_line_in(&self, file: usize, id: &str) -> usize {
        self.entries
            .iter()
            .find(|e| e.file == file && e.id == id)
            .map_or(1, |e| e.line)
    }

    /// An entry with its file and syntax tree.
    pub(crate) fn def<'a>(&'a self, files: &'a [CatalogFile], entry: &'a IndexEntry) -> Def<'a> {
        let file = &files[entry.file];
        Def {
            file,
            entry,
            ast: &file.ast.body[entry.body],
        }
    }

    /// The definition that counts of `id`, with its file.
    pub(crate) fn lookup<'a>(&'a self, files: &'a [CatalogFile], id: &str) -> Option<Def<'a>> {
        self.canonical(id).map(|e| self.def(files, e))
    }

    /// The definitions that count, by id: the first definition of every
    /// message and term of the canonical files.
    pub(crate) fn definitions<'a>(
        &'a self,
        files: &'a [CatalogFile],
    ) -> BTreeMap<&'a str, Def<'a>> {
        (self.canonical.iter())
            .map(|(id, &i)| (id.as_str(), self.def(files, &self.entries[i])))
            .collect()
    }

    /// Every entry with its file, in file order.
    pub(crate) fn defs<'a>(
        &'a self,
        files: &'a [CatalogFile],
    ) -> impl Iterator<Item = Def<'a>> + 'a {
        self.entries.iter().map(move |e| self.def(files, e))
    }
}

/// A definition in its file: the index entry and the syntax tree.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Def<'a> {
    pub(crate) file: &'a CatalogFile,
    pub(crate) entry: &'a IndexEntry,
    pub(crate) ast: &'a ast::Entry<String>,
}

impl<'a> Def<'a> {
    /// Message id, or `-name` for a term.
    pub(crate) fn id(&self) -> &'a str {
        &self.entry.id
    }

    /// 1-based line of the definition.
    pub(crate) fn line(&self) -> usize {
        self.entry.line
    }

    pub(crate) fn value(&self) -> Option<&'a ast::Pattern<String>> {
        match self.ast {
            ast::Entry::Message(m) => m.value.as_ref(),
            ast::Entry::Term(t) => Some(&t.value),
            _ => None,
        }
    }

    pub(crate) fn attributes(&self) -> &'a [ast::Attribute<String>] {
        match self.ast {
            ast::Entry::Message(m) => &m.attributes,
            ast::Entry::Term(t) => &t.attributes,
            _ => &[],
        }
    }

    /// The line of the first attribute `.name` (the definition's line when
    /// there is none).
    pub(crate) fn attr_line(&self, name: &str) -> usize {
        (self.entry.attributes.iter())
            .find(|(n, _)| n == name)
            .map_or(self.entry.line, |&(_, line)| line)
    }

    /// The serialized pattern (value and attributes), as the lock file
    /// fingerprints it.
    pub(crate) fn text(&self) -> String {
        entry_text(self.ast).unwrap_or_default()
    }

    /// The entry's own comment, if any.
    pub(crate) fn comment(&self) -> Option<String> {
        let comment = match self.ast {
            ast::Entry::Message(m) => m.comment.as_ref(),
            ast::Entry::Term(t) => t.comment.as_ref(),
            _ => None,
        };
        comment.map(|c| c.content.join("\n"))
    }

    /// Whether the entry has text a translator translates, not only
    /// placeables (`page-h1 = { $app }` has none).
    pub(crate) fn has_text(&self) -> bool {
        let any = |p: &ast::Pattern<String>| flatten(p).chars().any(char::is_alphabetic);
        self.value().is_some_and(any) || self.attributes().iter().any(|a| any(&a.value))
    }
}

/// The lines where ids are defined (at column 0, followed by `=`), in order.
pub(crate) fn definition_lines(source: &str) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, line) in source.lines().enumerate() {
        if line.starts_with(' ') {
            continue;
        }
        let Some(eq) = line.find('=') else { continue };
        let id = line[..eq].trim_end();
        if !id.is_empty() && is_id(id) {
            out.entry(id.to_string()).or_default().push(i + 1);
        }
    }
    out
}

/// The line of attribute `.attr` of an entry, after line `from` (the
/// entry's line, or the previous attribute's); `from` when not found.
fn attribute_line(source: &str, from: usize, attr: &str) -> usize {
    for (i, line) in source.lines().enumerate().skip(from) {
        let t = line.trim_start();
        if t.len() != line.len() {
            if let Some(rest) = t.strip_prefix('.').and_then(|r| r.strip_prefix(attr)) {
                if rest.trim_start().starts_with('=') {
                    return i + 1;
                }
            }
        } else if !t.is_empty() && !t.starts_with('#') {
            break;
        }
    }
    from
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(sources: &[(&str, &str)]) -> Vec<CatalogFile> {
        sources
            .iter()
            .map(|(rel, src)| CatalogFile::parse_unchecked(rel, src))
            .collect()
    }

    #[test]
    fn lines_of_definitions_duplicates_and_attributes() {
        let files = files(&[
            (
                "a.ftl",
                "# c\na = one\n    .t = T\n    .u = U\n\n-brand = B\na = again\n",
            ),
            ("b.ftl", "b = x\na = third\n"),
            ("variants/a.ftl", "a =\n    .mt1 = uno\n-t = ignored\n"),
        ]);
        let index = CatalogIndex::build(&files);
        let shown: Vec<(&str, EntryKind, usize, usize, bool)> = (index.entries().iter())
            .map(|e| (e.id.as_str(), e.kind, e.file, e.line, e.first))
            .collect();
        assert_eq!(
            shown,
            [
                ("a", EntryKind::Message, 0, 2, true),
                ("-brand", EntryKind::Term, 0, 6, true),
                ("a", EntryKind::Message, 0, 7, false),
                ("b", EntryKind::Message, 1, 1, true),
                ("a", EntryKind::Message, 1, 2, false),
                ("a", EntryKind::Wordings, 2, 1, false),
            ]
        );
        let a = index.lookup(&files, "a").unwrap();
        assert_eq!((a.attr_line("u"), a.attr_line("zz")), (4, 2));
        assert_eq!(index.first_line_in(0, "a"), 2);
        let ids: Vec<&str> = index.definitions(&files).into_keys().collect();
        assert_eq!(ids, ["-brand", "a", "b"]);
        assert_eq!(FileKind::of("pages/teams/x.ftl"), FileKind::Pages);
    }
}
