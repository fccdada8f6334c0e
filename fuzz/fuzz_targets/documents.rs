#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| cosell::fuzzing::documents(data));
