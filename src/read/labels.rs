//! What reading needs besides the page's structure: the catalogs' recognizer
//! and the page's locale, turning a recognized text into a [`Label`] with
//! its exact published wording, numbering the page's free texts, and the
//! notes said about the page.

use super::Note;
use crate::catalog::{args_from, Catalogs};
use crate::locale::Locale;
use crate::recognize::{Context, Match, Role};
use crate::record::{FreeText, Label, H1_KEY};
use std::borrow::Cow;
use std::collections::BTreeMap;

/// The reading of one page, as recognition goes.
pub(crate) struct Reader<'a> {
    pub(crate) cats: &'a Catalogs,
    /// The locale the page was published in.
    pub(crate) locale: Locale,
    /// Whether its text was machine-translated (`ms.translationtype: MT`).
    pub(crate) machine: bool,
    pub(crate) notes: Vec<Note>,
    /// How many free texts took each id so far.
    free_ids: BTreeMap<String, usize>,
}

impl<'a> Reader<'a> {
    pub(crate) fn new(cats: &'a Catalogs, locale: Locale, machine: bool) -> Reader<'a> {
        Reader {
            cats,
            locale,
            machine,
            notes: Vec::new(),
            free_ids: BTreeMap::new(),
        }
    }

    /// Recognize a text as a label, with its exact published wording.
    pub(crate) fn label(
        &mut self,
        text: &str,
        role: Role,
        ctx: &Context,
        line: usize,
    ) -> Option<Label> {
        let m = self
            .cats
            .recognizer()
            .recognize(text, role, &self.locale, ctx)?;
        Some(self.label_from(m, text, line))
    }

    /// A question: a known wording, else one recognized by similarity
    /// (which is noted).
    pub(crate) fn question(&mut self, text: &str, ctx: &Context, line: usize) -> Option<Label> {
        let recognizer = self.cats.recognizer();
        let m = recognizer
            .recognize(text, Role::Label, &self.locale, ctx)
            .or_else(|| recognizer.recognize_fuzzy(text, &self.locale, ctx))?;
        Some(self.label_from(m, text, line))
    }

    /// The H1: a label, or the heading that is nothing but the app's name.
    pub(crate) fn h1(&mut self, text: &str, ctx: &Context, line: usize) -> Option<Label> {
        if let Some(label) = self.label(text, Role::Label, ctx, line) {
            return Some(label);
        }
        let m = self
            .cats
            .recognizer()
            .recognize_among(text, &[H1_KEY], &self.locale)?;
        Some(self.label_from(m, text, line))
    }

    /// The label a match gives `text`: its key, its data and how the page
    /// worded it.
    pub(crate) fn label_from(&mut self, m: Match, text: &str, line: usize) -> Label {
        let mut label = Label::new(m.key.clone());
        let mut caps = m.captures.clone();
        if let Some(date) = take_date(&mut caps) {
            label.date = Some(date);
        }
        label.args = caps;
        // Which wording: exact bytes of a known one, or the text itself.
        let formatted = match self.cats.fixed_text(&m.locale, &m.key, m.attr.as_deref()) {
            Some(t) => Some(Cow::Borrowed(t)),
            None => self.cats.format_cow(
                &m.locale,
                &m.key,
                m.attr.as_deref(),
                &args_from(&m.captures),
            ),
        };
        let wording = match (&m.attr, m.locale == self.locale) {
            (None, true) => None,
            (None, false) => Some(m.locale.to_string()),
            (Some(a), true) => Some(a.clone()),
            (Some(a), false) => Some(format!("{}/{a}", m.locale)),
        };
        label.published.wording = wording;
        if m.fuzzy || formatted.as_deref() != Some(text) {
            label.published.text = Some(text.to_string());
        }
        if m.fuzzy {
            label.published.fuzzy = true;
            self.note(line, format!("fuzzy match: `{}` for \"{}\"", m.key, text));
        }
        label
    }

    /// A free text of the page, with an id made from `base` that no other
    /// free text of the page has.
    pub(crate) fn free_text(&mut self, base: &str, text: &str) -> FreeText {
        let n = self.free_ids.entry(base.to_string()).or_insert(0);
        *n += 1;
        let id = if *n == 1 {
            base.to_string()
        } else {
            format!("{base}-{n}")
        };
        FreeText {
            id,
            text: text.to_string(),
            lang: self.locale.clone(),
            machine: self.machine,
        }
    }

    /// Say something about a line of the page.
    pub(crate) fn note(&mut self, line: usize, message: String) {
        self.notes.push(Note { line, message });
    }
}

/// Turn captured date parts (`day`/`dd`, `month`/`mm`, `year`/`yyyy`) into
/// an ISO date, removing them from the captures.
fn take_date(caps: &mut BTreeMap<String, String>) -> Option<String> {
    let get = |caps: &BTreeMap<String, String>, a: &str, b: &str| -> Option<u32> {
        caps.get(a)
            .or_else(|| caps.get(b))
            .and_then(|v| v.parse().ok())
    };
    let d = get(caps, "day", "dd")?;
    let m = get(caps, "month", "mm")?;
    let y = get(caps, "year", "yyyy")?;
    for k in ["day", "dd", "month", "mm", "year", "yyyy"] {
        caps.remove(k);
    }
    Some(format!("{y:04}-{m:02}-{d:02}"))
}
