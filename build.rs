//! Give the binary an identity that changes whenever its code or its
//! dependencies do: a SHA-256 of the sources under `src/` and of
//! `Cargo.lock`. `build` stores it in its manifest (see `src/manifest.rs`),
//! so that pages rendered by another version of the code are rendered
//! again rather than taken as up to date.

use sha2::{Digest, Sha256};
use std::path::{Path, PathBuf};

fn files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            files(&p, out);
        } else {
            out.push(p);
        }
    }
}

fn main() {
    println!("cargo:rerun-if-changed=src");
    println!("cargo:rerun-if-changed=Cargo.lock");
    println!("cargo:rerun-if-changed=build.rs");
    let mut paths = Vec::new();
    files(Path::new("src"), &mut paths);
    paths.push(PathBuf::from("Cargo.lock"));
    paths.sort();
    let mut h = Sha256::new();
    h.update(env!("CARGO_PKG_VERSION"));
    for p in &paths {
        // A missing Cargo.lock (the crate used as a dependency) adds nothing.
        let Ok(bytes) = std::fs::read(p) else {
            continue;
        };
        h.update(p.to_string_lossy().as_bytes());
        h.update((bytes.len() as u64).to_le_bytes());
        h.update(&bytes);
    }
    let id: String = h.finalize().iter().map(|b| format!("{b:02x}")).collect();
    println!("cargo:rustc-env=ATTEST_L10N_CODE_ID={id}");
}
