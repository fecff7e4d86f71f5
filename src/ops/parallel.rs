//! Pages in parallel, results in page order: how an operation over many
//! pages runs (threads, progress display) and [`for_each_page`], which
//! hands each page's result on in the order of the pages whatever the
//! number of threads.

use super::PageFile;
use rayon::prelude::*;

/// How a command over many pages runs: on how many threads, and what it
/// tells of its progress.
#[derive(Clone, Copy)]
pub struct Run<'a> {
    /// Threads to use; 0 for one per core.
    pub jobs: usize,
    pub progress: &'a dyn Progress,
}

impl Default for Run<'_> {
    fn default() -> Self {
        Run {
            jobs: 0,
            progress: &Silent,
        }
    }
}

/// Where a command over many pages tells how far it is. The library never
/// prints: the binary shows this on a terminal.
pub trait Progress: Sync {
    /// The run starts, with this many pages.
    fn start(&self, _total: usize) {}
    /// This many more pages are done.
    fn advance(&self, _pages: usize) {}
    /// Run `f`, which prints, without the progress display in the way.
    fn suspend(&self, f: &mut dyn FnMut()) {
        f()
    }
    /// The run is over.
    fn finish(&self) {}
}

/// No progress display.
pub struct Silent;

impl Progress for Silent {}

/// Pages handed to the threads at once: enough to keep every thread busy,
/// few enough that the results waiting to be taken in order stay small (a
/// run never holds more than this many pages' results).
fn batch_len(threads: usize) -> usize {
    (threads * 32).max(64)
}

/// Run `work` on every page, in parallel on `run.jobs` threads, and give
/// each result to `sink` in page order. Results are taken a batch at a
/// time, so memory does not grow with the number of pages. `sink` stops
/// the run by returning an error.
pub fn for_each_page<T, E>(
    pages: &[PageFile],
    run: &Run,
    work: impl Fn(&PageFile) -> T + Sync,
    mut sink: impl FnMut(&PageFile, T) -> Result<(), E>,
) -> Result<(), E>
where
    T: Send,
{
    run.progress.start(pages.len());
    let one = |page: &PageFile| {
        let r = work(page);
        run.progress.advance(1);
        r
    };
    let pool = match run.jobs {
        // One thread: no pool at all, the plain loop.
        1 => None,
        // No threads to be had: the same work on this one.
        n => rayon::ThreadPoolBuilder::new().num_threads(n).build().ok(),
    };
    let result = match pool {
        None => pages.iter().try_for_each(|page| sink(page, one(page))),
        Some(pool) => {
            let batch = batch_len(pool.current_num_threads());
            pages.chunks(batch).try_for_each(|chunk| {
                let results: Vec<T> = pool.install(|| chunk.par_iter().map(one).collect());
                chunk
                    .iter()
                    .zip(results)
                    .try_for_each(|(page, r)| sink(page, r))
            })
        }
    };
    run.progress.finish();
    result
}
