//! `verify`: reading loses nothing. Each page is read and rendered as
//! published, in memory, and the bytes compared with the page's.

use super::{for_each_page, page_error, PageFile, Run};
use crate::catalog::Catalogs;
use crate::diag::Diagnostic;
use crate::read::{read_page, PageError};
use crate::render::{render, Mode};

/// The outcome of verifying one page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    Identical,
    /// The first line that differs, with the published and rendered text.
    Differs {
        line: usize,
        published: String,
        rendered: String,
    },
}

/// Extract a page and render it as published, in memory; compare bytes.
pub fn verify_page(bytes: &[u8], rel: &str, cats: &Catalogs) -> Result<Verdict, PageError> {
    let reading = read_page(rel, bytes, cats)?;
    let rec = &reading.record;
    let rendered = render(rec, cats, &rec.locale, Mode::AsPublished).map_err(|e| PageError {
        line: 1,
        message: e.0,
    })?;
    if rendered.text.as_bytes() == bytes {
        return Ok(Verdict::Identical);
    }
    Ok(first_difference(
        &String::from_utf8_lossy(bytes),
        &rendered.text,
    ))
}

/// The first line where the published and rendered texts differ.
fn first_difference(published: &str, rendered: &str) -> Verdict {
    let a: Vec<&str> = published.split('\n').collect();
    let b: Vec<&str> = rendered.split('\n').collect();
    let n = a.len().max(b.len());
    for i in 0..n {
        let (x, y) = (
            a.get(i).copied().unwrap_or(""),
            b.get(i).copied().unwrap_or(""),
        );
        if x != y || i >= a.len() || i >= b.len() {
            return Verdict::Differs {
                line: i + 1,
                published: x.to_string(),
                rendered: y.to_string(),
            };
        }
    }
    Verdict::Differs {
        line: n,
        published: String::new(),
        rendered: String::new(),
    }
}

/// A page that did not verify as identical.
pub(crate) enum Checked {
    /// The page's file cannot be read.
    Unreadable(std::io::Error),
    /// The page cannot be read as a page.
    Failed(Diagnostic),
    /// The page reads, and renders with other bytes.
    Differs {
        line: usize,
        published: String,
        rendered: String,
    },
}

/// Verify every page on the threads of `run`; `sink` is given every page
/// that is not identical, in page order. Returns how many were identical.
pub(crate) fn verify<E>(
    cats: &Catalogs,
    run: &Run,
    pages: &[PageFile],
    mut sink: impl FnMut(&PageFile, Checked) -> Result<(), E>,
) -> Result<usize, E> {
    let mut identical = 0;
    for_each_page(
        pages,
        run,
        |page| std::fs::read(&page.path).map(|bytes| verify_page(&bytes, &page.rel, cats)),
        |page, verdict| match verdict {
            Ok(Ok(Verdict::Identical)) => {
                identical += 1;
                Ok(())
            }
            Ok(Ok(Verdict::Differs {
                line,
                published,
                rendered,
            })) => sink(
                page,
                Checked::Differs {
                    line,
                    published,
                    rendered,
                },
            ),
            Ok(Err(e)) => sink(page, Checked::Failed(page_error(&page.path, e))),
            Err(e) => sink(page, Checked::Unreadable(e)),
        },
    )?;
    Ok(identical)
}
