//! The progress display of long runs (pages done out of all, pages per
//! second), for a person at a terminal only: never in CI, never when
//! standard error is a file or a pipe, never with `--quiet`, and never on a
//! run short enough to be over before one would read it.
//!
//! Drawing is left to `indicatif` (console-rs), the most used progress
//! crate of the Rust ecosystem and actively maintained: a bar can be
//! advanced from any thread, it redraws at a bounded rate, clears itself
//! when the run ends and steps aside while other output is printed, which is
//! what a display advanced by every worker thread needs and what would be
//! easy to get subtly wrong by hand.

use crate::ops::Progress;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressState, ProgressStyle};
use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// A run shorter than this shows nothing.
const DELAY: Duration = Duration::from_millis(500);

/// Whether this process may show progress: standard error is a terminal
/// and the `CI` environment variable is not set.
pub(crate) fn terminal_allows_progress() -> bool {
    std::io::stderr().is_terminal() && std::env::var_os("CI").is_none()
}

/// A progress bar on standard error, shown once a run has lasted half a
/// second.
pub(crate) struct TermProgress {
    bar: ProgressBar,
    started: Instant,
    shown: AtomicBool,
}

impl TermProgress {
    pub(crate) fn new(what: &str) -> TermProgress {
        let bar = ProgressBar::with_draw_target(Some(0), ProgressDrawTarget::hidden());
        let style = ProgressStyle::with_template(
            "{prefix} [{bar:30}] {pos}/{len} pages, {rate} pages/s, {eta} left",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .with_key(
            "rate",
            |state: &ProgressState, w: &mut dyn std::fmt::Write| {
                let _ = write!(w, "{:.0}", state.per_sec());
            },
        )
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix(what.to_string());
        TermProgress {
            bar,
            started: Instant::now(),
            shown: AtomicBool::new(false),
        }
    }
}

impl Progress for TermProgress {
    fn start(&self, total: usize) {
        self.bar.set_length(total as u64);
    }

    fn advance(&self, pages: usize) {
        if !self.shown.load(Ordering::Relaxed)
            && self.started.elapsed() >= DELAY
            && !self.shown.swap(true, Ordering::Relaxed)
        {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
        }
        self.bar.inc(pages as u64);
    }

    fn suspend(&self, f: &mut dyn FnMut()) {
        self.bar.suspend(f)
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
