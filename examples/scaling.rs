//! How reading time grows with the input: each shape of hostile input is
//! read at a size and at twice that size, and the ratio of the times is
//! printed. A ratio near 2 is linear; near 4 is quadratic. Run it with
//! `cargo run --release --example scaling [MB]`; it is a measurement for
//! people, not a test (tests are never timed).

use attest_l10n::catalog::Catalogs;
use attest_l10n::read::read_page;
use std::path::Path;
use std::time::Instant;

const FM: &str = "---\ntitle: x\n---\n";
const HEAD: &str = "| **Information** | **Response** |\n|:--|:--|\n";

/// A shape of input: a name and how to make it at a size in bytes.
type Shape = (&'static str, Box<dyn Fn(usize) -> String>);

fn shapes() -> Vec<Shape> {
    fn long(unit: &str, n: usize) -> String {
        unit.repeat(n / unit.len())
    }
    vec![
        (
            "paragraph",
            Box::new(|n| format!("{FM}\n{}\n", long("a b, ", n))),
        ),
        ("digits", Box::new(|n| format!("{FM}\n{}\n", long("1", n)))),
        (
            "label-prefix",
            Box::new(|n| {
                format!(
                    "{FM}\nInformation provided by {} to Microsoft:\n",
                    long(" to by ", n)
                )
            }),
        ),
        (
            "title",
            Box::new(|n| {
                format!(
                    "---\ntitle: App information for {} by x\n---\n",
                    long("by ", n)
                )
            }),
        ),
        (
            "html",
            Box::new(|n| format!("{FM}\n{}\n", long("<a x=\"'", n))),
        ),
        (
            "tags",
            Box::new(|n| format!("{FM}\n<p>{}</p>\n", long("<b>", n))),
        ),
        (
            "attributes",
            Box::new(|n| format!("{FM}\n<a{}>\n", long("x=\"\"", n))),
        ),
        (
            "links",
            Box::new(|n| format!("{FM}\n* {}\n", long("[a](b", n))),
        ),
        (
            "heading",
            Box::new(|n| format!("{FM}\n### {}\n", long("#", n))),
        ),
        (
            "cell",
            Box::new(|n| format!("{FM}\n{HEAD}| ID | {} |\n", long("a, ", n))),
        ),
        (
            "question",
            Box::new(|n| format!("{FM}\n{HEAD}| {} | Oui |\n", long("quel ", n))),
        ),
        (
            "pipes",
            Box::new(|n| format!("{FM}\n{HEAD}{}\n", long("|", n))),
        ),
        (
            "escapes",
            Box::new(|n| format!("{FM}\n{HEAD}| ID | {} |\n", long("\\", n))),
        ),
        ("quote", Box::new(|n| format!("{FM}\n{}\n", long(">", n)))),
        (
            "zone",
            Box::new(|n| format!("{FM}\n::: zone pivot=\"{}\"\n", long("a", n))),
        ),
        (
            "rows",
            Box::new(|n| {
                format!(
                    "{FM}\n{HEAD}{}",
                    long("| Une question inconnue ? | Non |\n", n)
                )
            }),
        ),
        (
            "stairs",
            Box::new(|n| {
                let mut s = FM.to_string();
                let mut i = 1;
                while s.len() < n {
                    s.push_str(&">".repeat(i));
                    s.push_str(" x\n");
                    i += 1;
                }
                s
            }),
        ),
    ]
}

fn main() {
    let mb: usize = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(1);
    let only = std::env::args().nth(2);
    let (cats, _) = Catalogs::load(
        Path::new("tests/fixtures/mini/locales"),
        &"en-US".parse().unwrap(),
    )
    .expect("run from the crate's directory");
    for (name, make) in shapes() {
        if only.as_deref().is_some_and(|o| o != name) {
            continue;
        }
        let mut times = Vec::new();
        for n in [mb << 20, mb << 21] {
            let src = make(n);
            let t = Instant::now();
            let r = read_page("p.md", src.as_bytes(), &cats);
            times.push(t.elapsed().as_secs_f64());
            drop(r);
        }
        println!(
            "{name:14} {:>8.3}s {:>8.3}s  ratio {:.1}",
            times[0],
            times[1],
            times[1] / times[0].max(1e-9)
        );
    }
}
