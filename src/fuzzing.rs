//! The bodies of the fuzz targets (fuzz/), here so the regression inputs they found run in
//! `cargo test` too (tests/fuzz_regressions.rs). Each checks properties, not just "no panic".

use crate::model::{geo, parse_submission};
use crate::{contacts_csv, rules, validate};

/// Loading never panics; what loads evaluates, and saves to text that loads back equal.
pub fn draft_loader(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let Ok(sub) = parse_submission(text) else {
        return;
    };
    for report in rules::compare(&sub, &NoFiles) {
        assert_eq!(
            report.requirements.len(),
            rules::requirement_ids(report.edition).count(),
            "every id of the edition, once"
        );
    }
    let again = parse_submission(&sub.to_pretty_json()).expect("saved text loads");
    // What a draft never keeps (an export's status and fingerprints) is gone after a save.
    let mut kept = sub.clone();
    kept.forget_export();
    assert_eq!(again, kept);
}

/// Import never panics; what imports exports and imports back equal.
pub fn csv_import(data: &[u8]) {
    if let Ok(imported) = contacts_csv::import(data) {
        for options in [
            contacts_csv::CsvOptions::PLAIN,
            contacts_csv::CsvOptions::default(),
        ] {
            let csv = contacts_csv::export_with(&imported.contacts, options);
            let again = contacts_csv::import(csv.as_bytes()).expect("exported contacts import");
            assert_eq!(again.contacts, imported.contacts);
        }
    }
}

/// Money, percent, country, state and email parsers never panic, and accepted money round-trips.
pub fn field_parsers(data: &[u8]) {
    let Ok(s) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(d) = validate::parse_money_input(s) {
        let stored = validate::format_money(d);
        assert_eq!(
            validate::parse_money(&stored).map(validate::format_money),
            Ok(stored)
        );
    }
    let _ = validate::parse_money(s);
    let _ = validate::parse_percent_input(s);
    let _ = validate::check_email(s);
    let _ = validate::check_url(s);
    if geo::check_country(s).is_ok() {
        assert!(s == geo::GLOBAL || s.len() == 2);
    }
    if let Ok(country) = geo::check_state(s) {
        assert!(s.starts_with(country));
    }
}

/// Fuzzed drafts name arbitrary paths; never touch the disk for them.
struct NoFiles;

impl validate::FileProbe for NoFiles {
    fn probe(&self, path: &str) -> Result<validate::FileFacts, String> {
        validate::check_extension(path).map(|media_type| validate::FileFacts {
            bytes: 1,
            media_type,
        })
    }
}

/// Reading a document as every type cosell parses never panics, and what it says is safe to
/// print: the page and slide counts cannot exceed what the bytes could hold, and no warning
/// carries a control character. (The fuzzer runs it with -rss_limit_mb at the worker's limit.)
pub fn documents(data: &[u8]) {
    for found in crate::inspect::inspect_bytes(data) {
        for n in [found.pages, found.slides].into_iter().flatten() {
            assert!(
                n <= data.len(),
                "{n} pages or slides from {} bytes",
                data.len()
            );
        }
        for w in &found.warnings {
            assert!(!w.chars().any(char::is_control), "{w:?}");
        }
    }
}
