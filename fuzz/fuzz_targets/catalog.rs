//! Fuzz target: any text as a catalog file of fr-FR, beside the fixture
//! en-US catalog, then a page read and rendered with it. Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    attest_l10n::fuzzing::catalog(data);
});
