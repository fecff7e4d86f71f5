//! A build killed at any moment leaves every output file either as it was or
//! complete; two builds into one directory do not mix their files; an
//! output directory that cannot be written gives a clear error and keeps
//! its files (docs/SECURITY.md, "Crash safety"). These run the real binary.

#![cfg(unix)]

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_attest-l10n");
const GOOD: &str = "tests/fixtures/mini/pages/teams/contoso-notes.md";
const PAGES: usize = 300;

fn locales() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/mini/locales")
}

/// `PAGES` pages made from the fixture page, in `version` (their free text
/// differs, so every output file differs between versions).
fn write_pages(dir: &Path, version: usize) {
    let page = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(GOOD)).unwrap();
    let page = page.replace(
        "Prise de notes partagée",
        &format!("Prise de notes partagée, version {version}"),
    );
    let teams = dir.join("teams");
    std::fs::create_dir_all(&teams).unwrap();
    for i in 0..PAGES {
        std::fs::write(teams.join(format!("page-{i:03}.md")), &page).unwrap();
    }
}

fn build_cmd(pages: &Path, out: &Path) -> Command {
    let mut c = Command::new(BIN);
    c.arg("--locales")
        .arg(locales())
        .arg("build")
        .arg("--pages")
        .arg(pages)
        .arg("--out")
        .arg(out)
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    c
}

fn spawn_build(pages: &Path, out: &Path) -> Child {
    build_cmd(pages, out).spawn().unwrap()
}

/// Every file under `dir`, by path relative to it.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    fn go(root: &Path, dir: &Path, out: &mut BTreeMap<String, Vec<u8>>) {
        let Ok(entries) = std::fs::read_dir(dir) else {
            return;
        };
        for e in entries {
            let p = e.unwrap().path();
            if p.is_dir() {
                go(root, &p, out);
            } else {
                let rel = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.insert(rel, std::fs::read(&p).unwrap());
            }
        }
    }
    let mut out = BTreeMap::new();
    go(dir, dir, &mut out);
    out
}

fn is_bookkeeping(rel: &str) -> bool {
    let name = rel.rsplit('/').next().unwrap();
    name == attest_l10n::fsio::LOCK_FILE
        || name == attest_l10n::manifest::MANIFEST_FILE
        || attest_l10n::fsio::is_temporary(name)
}

/// The output of a complete build of `version`, and how long it took.
fn reference(root: &Path, version: usize) -> (BTreeMap<String, Vec<u8>>, Duration) {
    let pages = root.join(format!("ref-pages-{version}"));
    let out = root.join(format!("ref-out-{version}"));
    write_pages(&pages, version);
    let t = Instant::now();
    let o = build_cmd(&pages, &out).output().unwrap();
    let took = t.elapsed();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut f = files(&out);
    f.retain(|k, _| !is_bookkeeping(k));
    assert_eq!(f.len(), 2 * PAGES);
    (f, took)
}

/// A small seeded generator (PCG-style LCG): the kill moments are the same
/// on every run.
struct Lcg(u64);

impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
}

#[test]
fn a_killed_build_leaves_each_file_old_or_new() {
    let dir = tempfile::tempdir().unwrap();
    let (v0, took0) = reference(dir.path(), 0);
    let (v1, took1) = reference(dir.path(), 1);
    // Kill moments spread over a whole build (measured, not asserted).
    let window = took0.max(took1).as_micros() as u64 + 1;
    let pages = dir.path().join("pages");
    let out = dir.path().join("out");
    let mut rng = Lcg(0x5eed);
    let mut killed_running = 0;
    for round in 0..30 {
        let version = round % 2;
        write_pages(&pages, version);
        let mut child = spawn_build(&pages, &out);
        std::thread::sleep(Duration::from_micros(rng.next() % window));
        if child.try_wait().unwrap().is_none() {
            killed_running += 1;
        }
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        for (rel, bytes) in files(&out) {
            if is_bookkeeping(&rel) {
                continue;
            }
            let old_or_new = v0.get(&rel) == Some(&bytes) || v1.get(&rel) == Some(&bytes);
            assert!(old_or_new, "round {round}: {rel} is neither version");
        }
    }
    eprintln!("30 builds killed, {killed_running} of them while running");
    // A build after the kills completes, and removes what they left.
    write_pages(&pages, 1);
    let o = build_cmd(&pages, &out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let mut after = files(&out);
    assert!(after
        .keys()
        .all(|k| !attest_l10n::fsio::is_temporary(k.rsplit('/').next().unwrap())));
    after.retain(|k, _| !is_bookkeeping(k));
    assert!(after == v1, "the last build did not write every file");
}

#[test]
fn two_builds_at_once_write_correct_files() {
    let dir = tempfile::tempdir().unwrap();
    let (v0, _) = reference(dir.path(), 0);
    let pages = dir.path().join("pages");
    write_pages(&pages, 0);
    let out = dir.path().join("out");
    let a = spawn_build(&pages, &out);
    let b = spawn_build(&pages, &out);
    for c in [a, b] {
        let o = c.wait_with_output().unwrap();
        assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    }
    let mut got = files(&out);
    assert!(got
        .keys()
        .all(|k| !attest_l10n::fsio::is_temporary(k.rsplit('/').next().unwrap())));
    got.retain(|k, _| !is_bookkeeping(k));
    assert!(got == v0);
}

#[test]
fn a_build_waits_for_the_lock() {
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    write_pages(&pages, 0);
    let out = dir.path().join("out");
    let lock = attest_l10n::fsio::OutputLock::acquire(&out).unwrap();
    let mut child = spawn_build(&pages, &out);
    // While the lock is held the build writes nothing. (If it is slow to
    // start, this proves less, never something false.)
    std::thread::sleep(Duration::from_millis(300));
    assert!(
        child.try_wait().unwrap().is_none(),
        "the build did not wait"
    );
    let written: Vec<String> = files(&out)
        .into_keys()
        .filter(|k| !is_bookkeeping(k))
        .collect();
    assert!(written.is_empty(), "{written:?}");
    drop(lock);
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert_eq!(
        files(&out)
            .into_keys()
            .filter(|k| !is_bookkeeping(k))
            .count(),
        2 * PAGES
    );
}

/// Whether permission bits stop this process (they do not stop root).
fn permissions_apply(dir: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    let probe = dir.join("probe");
    std::fs::create_dir_all(&probe).unwrap();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o555)).unwrap();
    let stopped = std::fs::write(probe.join("x"), b"x").is_err();
    std::fs::set_permissions(&probe, std::fs::Permissions::from_mode(0o755)).unwrap();
    stopped
}

#[test]
fn an_unwritable_output_gives_a_clear_error_and_keeps_its_files() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let pages = dir.path().join("pages");
    write_pages(&pages, 0);

    // An output path under a file: nothing can be created there.
    let file = dir.path().join("a-file");
    std::fs::write(&file, b"x").unwrap();
    let o = build_cmd(&pages, &file.join("out")).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot write to the output directory"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "one clear error: {err}");
    assert_eq!(std::fs::read(&file).unwrap(), b"x");

    // A read-only output directory.
    if !permissions_apply(dir.path()) {
        eprintln!("skipped the read-only case: permission bits do not stop this user (root)");
        return;
    }
    let out = dir.path().join("out");
    let o = build_cmd(&pages, &out).output().unwrap();
    assert!(o.status.success());
    let before = files(&out);
    write_pages(&pages, 1);
    let set = |mode| {
        for d in [
            out.clone(),
            out.join("en-US"),
            out.join("en-US/teams"),
            out.join("fr-FR"),
            out.join("fr-FR/teams"),
        ] {
            std::fs::set_permissions(&d, std::fs::Permissions::from_mode(mode)).unwrap();
        }
    };
    set(0o555);
    let o = build_cmd(&pages, &out).output().unwrap();
    set(0o755);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("cannot write"), "{err}");
    assert!(
        err.lines().count() <= 2,
        "a clear error, not one per file: {err}"
    );
    assert!(files(&out) == before, "the previous output changed");
}

/// A tmpfs mounted for one test, unmounted when dropped.
struct Mount(PathBuf);

impl Drop for Mount {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
    }
}

#[test]
fn a_full_output_directory_gives_a_clear_error_and_keeps_its_files() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    // A small file system of its own: needs root and a system that lets it
    // mount one (CI runs as root); otherwise the case is skipped.
    let mounted = Command::new("mount")
        .args(["-t", "tmpfs", "-o", "size=4m", "tmpfs"])
        .arg(&out)
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !mounted {
        eprintln!("skipped: cannot mount a small file system here (not root, or not allowed)");
        return;
    }
    let _mount = Mount(out.clone());
    let pages = dir.path().join("pages");
    write_pages(&pages, 0);
    let o = build_cmd(&pages, &out).output().unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let before = files(&out);
    // Fill the file system.
    {
        use std::io::Write;
        let mut f = std::fs::File::create(out.join("filler")).unwrap();
        let block = vec![0u8; 64 * 1024];
        while f.write_all(&block).is_ok() {}
        let _ = f.sync_all();
    }
    write_pages(&pages, 1);
    let o = build_cmd(&pages, &out).output().unwrap();
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("cannot write") && err.contains("No space left"),
        "{err}"
    );
    assert!(
        err.lines().count() <= 2,
        "a clear error, not one per file: {err}"
    );
    let mut after = files(&out);
    after.remove("filler");
    assert!(after == before, "the previous output changed");
}
