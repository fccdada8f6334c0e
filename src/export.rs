//! The export (spec §7): the submission plus per-document bytes/sha256/media type, `exported_at`
//! and the evaluated status block. Refused while the tab is incomplete or a value is invalid.

use std::io::Read;
use std::path::Path;

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::model::{
    Contacts, Document, Documents, Edition, Format, Listing, Offer, Partner, Revenue, Submission,
};
use crate::status::StatusReport;
use crate::validate::{self, resolve_document};

#[derive(Debug)]
pub enum ExportError {
    Refused(Vec<String>),
}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ExportError::Refused(blockers) => {
                f.write_str(&crate::t!("file-export-refused"))?;
                for b in blockers {
                    write!(f, "\n  - {b}")?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for ExportError {}

/// A document as exported: its path and, when it could be read, its fingerprint.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExportDocument {
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExportDocuments {
    pub one_pager: Option<ExportDocument>,
    pub pitch_deck: Option<ExportDocument>,
    pub case_study: Option<ExportDocument>,
    pub verifiable_customer_wins: Option<ExportDocument>,
    pub channel_pitch_deck: Option<ExportDocument>,
    pub reference_architecture_diagram: Option<ExportDocument>,
    pub other: Vec<ExportDocument>,
    pub landing_page_url: Option<String>,
}

/// The file an export writes, in the key order of spec §7.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ExportFile {
    pub format: Format,
    pub rules: Edition,
    /// RFC 3339, UTC.
    pub exported_at: String,
    pub offer: Offer,
    pub partner: Partner,
    pub listing: Listing,
    pub markets: Vec<String>,
    pub documents: ExportDocuments,
    pub contacts: Contacts,
    pub revenue: Revenue,
    pub status: StatusReport,
}

impl ExportFile {
    pub fn to_pretty_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self)
            .unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
        s.push('\n');
        s
    }
}

/// What `cosell schema` prints: one schema that every draft and every export satisfies (the
/// export's keys optional, since drafts do not have them). Generated from [`FileSchema`] by
/// the tests (feature `schema`) and stored, so the binary does not carry the generator.
pub const SCHEMA: &str = include_str!("../assets/submission.schema.json");

/// One schema that every draft and every export satisfies (the export's keys optional, since
/// drafts do not have them).
#[cfg(feature = "schema")]
#[derive(schemars::JsonSchema)]
#[serde(deny_unknown_fields)]
// i18n-exempt: the schema's title is data
#[schemars(title = "cosell submission (draft or export)")]
#[allow(dead_code)]
pub struct FileSchema {
    format: Format,
    #[serde(default)]
    rules: Edition,
    #[serde(default)]
    exported_at: Option<String>,
    #[serde(default)]
    offer: Option<Offer>,
    #[serde(default)]
    partner: Option<Partner>,
    #[serde(default)]
    listing: Option<Listing>,
    #[serde(default)]
    markets: Option<Vec<String>>,
    #[serde(default)]
    documents: Option<ExportDocuments>,
    #[serde(default)]
    contacts: Contacts,
    #[serde(default)]
    revenue: Option<Revenue>,
    #[serde(default)]
    status: Option<StatusReport>,
    /// The wizard step a draft was left on (drafts only).
    #[serde(default, rename = "x-last-step")]
    x_last_step: Option<String>,
}

/// The schema of [`FileSchema`], as `cosell schema` prints it.
#[cfg(feature = "schema")]
pub fn generate_schema() -> String {
    let mut text = serde_json::to_string_pretty(&schemars::schema_for!(FileSchema))
        .expect("a schema serialises");
    text.push('\n');
    text
}

/// The SHA-256 and size of a file, read in blocks (never whole in memory). Only regular files
/// are read.
pub fn fingerprint_file(path: &Path) -> std::io::Result<(u64, String)> {
    // Opened without waiting on a FIFO, and checked from the descriptor that is read.
    let (mut f, meta) = crate::fsio::open_regular(path, true)?;
    if meta.len() > validate::MAX_DOCUMENT_BYTES {
        return Err(std::io::Error::other(crate::t!(
            "file-export-too-large",
            size = validate::MAX_DOCUMENT_BYTES >> 30
        )));
    }
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; 64 * 1024];
    let mut total: u64 = 0;
    loop {
        match f.read(&mut buf)? {
            0 => break,
            n => {
                hasher.update(&buf[..n]);
                total += n as u64;
            }
        }
    }
    let hex = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok((total, hex))
}

/// The exported form of a document: fingerprinted when it can be read (it only cannot with
/// --allow-incomplete, and the status block says why).
fn export_document(doc: &Document, base: Option<&Path>) -> ExportDocument {
    let real = resolve_document(base, &doc.path);
    let (bytes, sha256) = match fingerprint_file(&real) {
        Ok((b, h)) => (Some(b), Some(h)),
        Err(_) => (None, None),
    };
    ExportDocument {
        path: doc.path.clone(),
        media_type: bytes
            .and(validate::media_type_for(&doc.path))
            .map(str::to_string),
        bytes,
        sha256,
    }
}

fn export_documents(d: &Documents, base: Option<&Path>) -> ExportDocuments {
    let one = |doc: &Option<Document>| doc.as_ref().map(|d| export_document(d, base));
    ExportDocuments {
        one_pager: one(&d.one_pager),
        pitch_deck: one(&d.pitch_deck),
        case_study: one(&d.case_study),
        verifiable_customer_wins: one(&d.verifiable_customer_wins),
        channel_pitch_deck: one(&d.channel_pitch_deck),
        reference_architecture_diagram: one(&d.reference_architecture_diagram),
        other: d
            .other
            .iter()
            .map(|doc| export_document(doc, base))
            .collect(),
        landing_page_url: d.landing_page_url.clone(),
    }
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

/// Builds the exported document from a report evaluated for `sub` (in `report.edition`), or says
/// why it is refused. Relative document paths are read against `base`, the draft's folder.
pub fn build(
    sub: &Submission,
    report: StatusReport,
    base: Option<&Path>,
    allow_incomplete: bool,
    exported_at: &str,
) -> Result<ExportFile, ExportError> {
    if !report.is_exportable() && !allow_incomplete {
        return Err(ExportError::Refused(report.export_blockers()));
    }
    Ok(ExportFile {
        format: Format::V1,
        rules: report.edition,
        exported_at: exported_at.to_string(),
        offer: sub.offer.clone(),
        partner: sub.partner.clone(),
        listing: sub.listing.clone(),
        markets: sub.markets.clone(),
        documents: export_documents(&sub.documents, base),
        contacts: sub.contacts.clone(),
        revenue: sub.revenue.clone(),
        status: report,
    })
}
