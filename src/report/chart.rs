//! Charts as inline SVG: a stacked horizontal bar per row, its parts
//! colored by class (the stylesheet's), each with a tooltip, and the whole
//! described for screen readers. Widths are whole hundredths of the bar,
//! so that the same figures give the same bytes.

use maud::{html, Markup};

/// One part of a bar.
pub(crate) struct Part<'a> {
    /// The stylesheet class that colors it.
    pub class: &'a str,
    pub label: &'a str,
    pub value: usize,
}

/// Width of a bar, in the SVG's units.
const WIDTH: usize = 200;

/// A bar of `parts` out of `total` (the parts' sum when larger).
pub(crate) fn bar(parts: &[Part], total: usize) -> Markup {
    let sum: usize = parts.iter().map(|p| p.value).sum();
    let total = total.max(sum).max(1);
    let described: Vec<String> = parts
        .iter()
        .filter(|p| p.value > 0)
        .map(|p| format!("{} {}", p.label, p.value))
        .collect();
    let mut x = 0;
    let mut acc = 0;
    let rects: Vec<(usize, usize, &Part)> = parts
        .iter()
        .map(|p| {
            acc += p.value;
            // Ends rounded from the running sum: the parts fill the bar
            // exactly when they make the total.
            let end = acc * WIDTH / total;
            let r = (x, end - x, p);
            x = end;
            r
        })
        .filter(|(_, w, p)| *w > 0 || p.value > 0)
        .collect();
    html! {
        svg.bar width=(WIDTH) height="14" viewBox={ "0 0 " (WIDTH) " 14" } role="img" aria-label=(described.join(", ")) {
            rect.track x="0" y="0" width=(WIDTH) height="14" {}
            @for (x, w, p) in rects {
                rect class=(p.class) x=(x) y="0" width=(w.max(1)) height="14" {
                    title { (p.label) ": " (p.value) }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_fill_the_bar() {
        let parts = [
            Part {
                class: "a",
                label: "translated",
                value: 1,
            },
            Part {
                class: "b",
                label: "missing",
                value: 2,
            },
        ];
        let svg = bar(&parts, 3).into_string();
        assert!(svg.contains("x=\"0\" y=\"0\" width=\"66\""), "{svg}");
        assert!(svg.contains("x=\"66\" y=\"0\" width=\"134\""), "{svg}");
        assert!(
            svg.contains("aria-label=\"translated 1, missing 2\""),
            "{svg}"
        );
        assert!(svg.contains("<title>missing: 2</title>"), "{svg}");
    }
}
