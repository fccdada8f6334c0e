//! Replays the fuzz seeds and every minimised input the fuzzers found (fuzz/regressions/) through
//! the same target bodies, so a fixed crash stays fixed without running the fuzzers.

use std::path::Path;

fn replay(target: &str, run: fn(&[u8])) -> usize {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz");
    let mut n = 0;
    for dir in ["seeds", "regressions"] {
        let Ok(entries) = std::fs::read_dir(root.join(dir).join(target)) else {
            continue;
        };
        for e in entries
            .filter_map(Result::ok)
            .filter(|e| !e.file_name().to_string_lossy().starts_with('.'))
        {
            let data = std::fs::read(e.path()).unwrap();
            run(&data);
            n += 1;
        }
    }
    n
}

#[test]
fn draft_loader_inputs() {
    assert!(replay("draft_loader", cosell::fuzzing::draft_loader) >= 2);
}

#[test]
fn csv_import_inputs() {
    assert!(replay("csv_import", cosell::fuzzing::csv_import) >= 3);
}

#[test]
fn field_parser_inputs() {
    assert!(replay("field_parsers", cosell::fuzzing::field_parsers) >= 5);
}

#[test]
fn document_inputs() {
    assert!(replay("documents", cosell::fuzzing::documents) >= 3);
}
