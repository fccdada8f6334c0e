//! The export: the submission plus per-document bytes/sha256/media type, `exported_at` and the
//! evaluated status block (spec §7). Refused while the tab is incomplete or a value is invalid.

use std::io::Read;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::fsio;
use crate::model::{Document, Edition, Submission};
use crate::rules::evaluate_with;
use crate::validate::{self, FileProbe};

#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    #[error("export refused; fix these first (or pass --allow-incomplete):\n{}", .0.iter().map(|b| format!("  - {b}")).collect::<Vec<_>>().join("\n"))]
    Refused(Vec<String>),
    #[error("{path}: cannot write the export: {message}")]
    Write { path: String, message: String },
}

/// Fills in `bytes`, `sha256` and `media_type` for a readable document; leaves others as they are
/// (they only get here with --allow-incomplete, and the status block says why).
fn fingerprint(doc: &mut Document) {
    let Ok(mut f) = std::fs::File::open(&doc.path) else {
        return;
    };
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total: u64 = 0;
    loop {
        match f.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => {
                hasher.update(&buf[..n]);
                total += n as u64;
            }
            Err(_) => return,
        }
    }
    doc.bytes = Some(total);
    doc.sha256 = Some(
        hasher
            .finalize()
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect(),
    );
    doc.media_type = validate::media_type_for(&doc.path).map(str::to_string);
}

/// The current time in RFC 3339, UTC.
pub fn now_rfc3339() -> String {
    time::OffsetDateTime::now_utc()
        .replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_else(|| "1970-01-01T00:00:00Z".into())
}

/// Builds the exported document, or says why it is refused.
pub fn build(
    sub: &Submission,
    edition: Edition,
    probe: &dyn FileProbe,
    allow_incomplete: bool,
    exported_at: &str,
) -> Result<Submission, ExportError> {
    build_with_report(
        sub,
        edition,
        evaluate_with(sub, edition, probe),
        allow_incomplete,
        exported_at,
    )
}

/// As [`build`], with a report already evaluated for `sub` and `edition`.
pub fn build_with_report(
    sub: &Submission,
    edition: Edition,
    report: crate::rules::StatusReport,
    allow_incomplete: bool,
    exported_at: &str,
) -> Result<Submission, ExportError> {
    let blockers = report.export_blockers();
    if !blockers.is_empty() && !allow_incomplete {
        return Err(ExportError::Refused(blockers));
    }
    let mut out = sub.clone();
    out.rules = edition;
    out.x_last_step = None;
    out.exported_at = Some(exported_at.to_string());
    let d = &mut out.documents;
    for doc in [
        &mut d.one_pager,
        &mut d.pitch_deck,
        &mut d.case_study,
        &mut d.verifiable_customer_wins,
        &mut d.channel_pitch_deck,
        &mut d.reference_architecture_diagram,
    ]
    .into_iter()
    .flatten()
    .chain(d.other.iter_mut())
    {
        doc.bytes = None;
        doc.sha256 = None;
        doc.media_type = None;
        fingerprint(doc);
    }
    out.status = Some(report);
    Ok(out)
}

/// Writes an export atomically and owner-only.
pub fn write(path: &Path, export: &Submission) -> Result<(), ExportError> {
    fsio::write_atomic(path, export.to_pretty_json().as_bytes()).map_err(|e| ExportError::Write {
        path: path.display().to_string(),
        message: e.to_string(),
    })
}
