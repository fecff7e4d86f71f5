//! The `attest-l10n` binary: parse arguments, run, map the result to an exit
//! status (0 clean, 1 findings, 2 errors). A closed pipe exits quietly.

use clap::Parser;
use std::io::{self, Write};

fn main() {
    let cli = attest_l10n::cli::Cli::parse();
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut err = io::stderr();
    let status = match attest_l10n::cli::run_in(
        cli,
        attest_l10n::cli::Terminal::detect(),
        &mut out,
        &mut err,
    ) {
        Ok(s) => s,
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "error: {e}");
            2
        }
    };
    if let Err(e) = out.flush() {
        if e.kind() != io::ErrorKind::BrokenPipe {
            let _ = writeln!(err, "error: {e}");
            std::process::exit(2);
        }
    }
    std::process::exit(status);
}

/// Reading and rendering a page make many small strings; with glibc's
/// allocator, allocation was a third of the instructions of a build
/// (callgrind), with mimalloc a sixth, and a one-thread build of the corpus
/// runs about 12% faster. The library does not choose an allocator: only
/// this binary does.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;
