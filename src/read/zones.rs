//! Zones (`::: zone pivot="…"` … `::: zone-end`): the blocks read go into
//! the open zone, or into the body when none is open. Zones do not nest on
//! these pages: a zone opened inside another is an error, as is a
//! `zone-end` with no zone open or a zone left open at the end of the page.

use super::PageError;
use crate::layout::esc;
use crate::record::{Block, Spacing, Zone};

/// The body being read, with the zone open at this point, if any.
#[derive(Default)]
pub(crate) struct Zones {
    body: Vec<Block>,
    /// The open zone, and the line that opened it.
    open: Option<(Zone, usize)>,
}

impl Zones {
    /// The name of the open zone.
    pub(crate) fn current(&self) -> Option<&str> {
        self.open.as_ref().map(|(z, _)| z.zone.as_str())
    }

    /// Add a block to the open zone, or to the body.
    pub(crate) fn push(&mut self, block: Block) {
        match self.open.as_mut() {
            Some((z, _)) => z.blocks.push(block),
            None => self.body.push(block),
        }
    }

    /// Open a zone at `text`, line `line`, after `gap` blank lines.
    pub(crate) fn open(
        &mut self,
        pivot: &str,
        text: &str,
        line: usize,
        gap: usize,
    ) -> Result<(), PageError> {
        if let Some((z, at)) = &self.open {
            return Err(PageError::new(
                line,
                format!(
                    "nested zone: zone `{}` opened at line {at} is not closed",
                    z.zone
                ),
            ));
        }
        let usual = format!("::: zone pivot=\"{}\"", pivot);
        let zone = Zone {
            zone: pivot.to_string(),
            blocks: Vec::new(),
            spacing: Spacing(gap),
            end_gap: 1,
            layout: (text != usual).then(|| esc(text).replacen(&esc(pivot), "{}", 1)),
            end_layout: None,
        };
        self.open = Some((zone, line));
        Ok(())
    }

    /// Close the open zone at `text`, line `line`, after `gap` blank lines.
    pub(crate) fn close(&mut self, text: &str, line: usize, gap: usize) -> Result<(), PageError> {
        let Some((mut z, _)) = self.open.take() else {
            return Err(PageError::new(line, "`::: zone-end` without an open zone"));
        };
        z.end_gap = gap;
        if text != "::: zone-end" {
            z.end_layout = Some(esc(text));
        }
        self.body.push(Block::Zone(z));
        Ok(())
    }

    /// The body, every zone closed.
    pub(crate) fn finish(self) -> Result<Vec<Block>, PageError> {
        if let Some((z, at)) = self.open {
            return Err(PageError::new(
                at,
                format!(
                    "unterminated zone `{}`: no `::: zone-end` before the end of the page",
                    z.zone
                ),
            ));
        }
        Ok(self.body)
    }
}
