//! Helpers shared by the tests that run the command line over directories.

#![allow(dead_code)]

use attest_l10n::cli::{run, Cli};
use clap::Parser;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// What a command line gave: exit status, standard output, standard error.
pub type Outcome = (i32, String, String);

/// Run the command line.
pub fn cli(args: &[&str]) -> Outcome {
    let mut argv = vec!["attest-l10n"];
    argv.extend_from_slice(args);
    let mut out = Vec::new();
    let mut err = Vec::new();
    let status = run(Cli::parse_from(argv), &mut out, &mut err).unwrap();
    (
        status,
        String::from_utf8(out).unwrap(),
        String::from_utf8(err).unwrap(),
    )
}

/// Every file under `dir` but the build's own files (its lock and
/// manifest, named with a leading dot), with its bytes and modification
/// time, sorted by path.
pub fn tree(dir: &Path) -> Vec<(PathBuf, Vec<u8>, SystemTime)> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                stack.push(p);
            } else if p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            {
                continue;
            } else {
                let m = std::fs::metadata(&p).unwrap().modified().unwrap();
                out.push((
                    p.strip_prefix(dir).unwrap().to_path_buf(),
                    std::fs::read(&p).unwrap(),
                    m,
                ));
            }
        }
    }
    out.sort();
    out
}

/// Copy a directory tree.
pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap() {
        let e = e.unwrap();
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}
