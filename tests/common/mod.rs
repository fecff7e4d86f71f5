//! Helpers shared by the tests: the command line and the binary run over
//! directories, trees of files, snapshots.

#![allow(dead_code)]

pub mod hostile;
pub mod site;

use attest_l10n::commands::{run, Cli};
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

/// Every file under `dir`, by path relative to it with `/`, with its bytes.
pub fn files(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    fn walk(root: &Path, dir: &Path, out: &mut std::collections::BTreeMap<String, Vec<u8>>) {
        for e in std::fs::read_dir(dir).unwrap() {
            let p = e.unwrap().path();
            if p.is_dir() {
                walk(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out);
    out
}

/// Run the binary in `dir`, without colour whatever the environment says.
pub fn run_bin(dir: &Path, args: &[&str]) -> std::process::Output {
    std::process::Command::new(env!("CARGO_BIN_EXE_attest-l10n"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("CLICOLOR_FORCE")
        .output()
        .unwrap()
}

/// The exit status of a run (-1 when killed by a signal).
pub fn status(o: &std::process::Output) -> i32 {
    o.status.code().unwrap_or(-1)
}

/// Reports write paths relative to the current directory with `/` on every
/// system, so the output needs no normalization beyond that.
pub fn stdout(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &std::process::Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Compare with (or, with `SNAPSHOTS=overwrite`, write) an expected file.
pub fn snapshot(path: &Path, actual: &str) {
    if std::env::var("SNAPSHOTS").as_deref() == Ok("overwrite") {
        std::fs::write(path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{}: {e} (run with SNAPSHOTS=overwrite)", path.display()));
    assert_eq!(
        expected,
        actual,
        "{} differs (SNAPSHOTS=overwrite refreshes it)",
        path.display()
    );
}
