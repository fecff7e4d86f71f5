//! Fuzz target: any bytes as a page, read with the fixture catalogs, then
//! rendered as published and in every locale. Nothing may panic, and a page
//! that reads must render.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    attest_l10n::fuzzing::read_page(data);
});
