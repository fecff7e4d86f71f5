//! Every input the fuzzers (`fuzz/`) ever failed on, run again through the
//! same entry point (`attest_l10n::fuzzing`): one directory per fuzz target
//! under `tests/fixtures/fuzz-regressions/`. A new finding is added by
//! copying its artifact there, under a name that says what it found.

use std::path::Path;

fn run(target: &str, entry: fn(&[u8])) {
    let dir = Path::new("tests/fixtures/fuzz-regressions").join(target);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .collect();
    files.sort();
    for f in files {
        let data = std::fs::read(&f).unwrap();
        // A panic names the file.
        let r = std::panic::catch_unwind(|| entry(&data));
        assert!(r.is_ok(), "{}", f.display());
    }
}

#[test]
fn read_page() {
    run("read_page", attest_l10n::fuzzing::read_page);
}

#[test]
fn parse_record() {
    run("parse_record", attest_l10n::fuzzing::parse_record);
}

#[test]
fn catalog() {
    run("catalog", attest_l10n::fuzzing::catalog);
}
