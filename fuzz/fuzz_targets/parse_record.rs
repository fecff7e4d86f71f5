//! Fuzz target: any text as a record file (YAML or JSON), then rendered.
//! Nothing may panic.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    attest_l10n::fuzzing::parse_record(data);
});
