//! The Partner Center hand-off kit: a new folder with the export, the contacts as Partner
//! Center's CSV, every document copied byte for byte under names that sort in the order Partner
//! Center asks for them, and CHECKLIST.md, the steps in the browser with the exact values. It is
//! built beside the target and renamed into place, so a failure or a kill never leaves half a
//! kit.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::contacts_csv::{self, CsvOptions};
use crate::export::{ExportDocument, ExportFile};
use crate::fields::{FieldId, listing_limits};
use crate::fsio::{self, Protected, io_message};
use crate::model::DocSlot;
use crate::rules::rules_of;
use crate::status::RequirementState;
use crate::status::StatusReport;
use crate::t;
use crate::validate::{DiskProbe, FileProbe, check_content, read_up_to, resolve_document};

#[derive(Debug)]
pub enum KitError {
    Io { path: String, message: String },
    Refused { path: String, why: String },
    Changed { path: String },
}

impl std::fmt::Display for KitError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            KitError::Io { path, message } => write!(f, "{path}: {message}"),
            KitError::Refused { path, why } => {
                f.write_str(&t!("file-output-refused", path = path, why = why))
            }
            KitError::Changed { path } => f.write_str(&t!("kit-changed", path = path)),
        }
    }
}

impl std::error::Error for KitError {}

fn io(path: &Path, e: std::io::Error) -> KitError {
    KitError::Io {
        path: path.display().to_string(),
        message: io_message(&e),
    }
}

/// What a kit holds, for the message after writing it.
#[derive(Debug, Clone)]
pub struct Kit {
    pub dir: PathBuf,
    pub documents: Vec<String>,
    pub contacts: usize,
    pub markets: usize,
}

/// The extensions a kit file may carry: the accepted document types. Anything else (a name
/// with a newline or escape bytes after the dot) gets none, so a file name cannot forge a line
/// of CHECKLIST.md or a terminal sequence when it is printed.
const KIT_EXTENSIONS: &[&str] = &[
    "pdf", "ppt", "pptx", "doc", "docx", "xls", "xlsx", "jpg", "jpeg", "png", "mp4",
];

/// A document's name in the kit: numbered in Partner Center's order, so a listing sorts right.
fn kit_name(slot: Option<DocSlot>, other: usize, path: &str) -> String {
    let ext = Path::new(path)
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .filter(|e| KIT_EXTENSIONS.contains(&e.as_str()))
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    let stem = match slot {
        Some(DocSlot::OnePager) => "1-one-pager".to_string(),
        Some(DocSlot::PitchDeck) => "2-pitch-deck".to_string(),
        Some(DocSlot::CaseStudy) => "3-case-study".to_string(),
        Some(DocSlot::VerifiableCustomerWins) => "4-customer-wins".to_string(),
        Some(DocSlot::ChannelPitchDeck) => "5-channel-pitch-deck".to_string(),
        Some(DocSlot::ReferenceArchitectureDiagram) => "6-architecture-diagram".to_string(),
        None => format!("7-other-{}", other + 1),
    };
    format!("{stem}{ext}")
}

/// Every exported document with its field, its kit name and its export entry.
fn documents(export: &ExportFile) -> Vec<(FieldId, String, &ExportDocument)> {
    let d = &export.documents;
    let slots = [
        (DocSlot::OnePager, &d.one_pager),
        (DocSlot::PitchDeck, &d.pitch_deck),
        (DocSlot::CaseStudy, &d.case_study),
        (DocSlot::VerifiableCustomerWins, &d.verifiable_customer_wins),
        (DocSlot::ChannelPitchDeck, &d.channel_pitch_deck),
        (
            DocSlot::ReferenceArchitectureDiagram,
            &d.reference_architecture_diagram,
        ),
    ];
    let mut out: Vec<(FieldId, String, &ExportDocument)> = slots
        .into_iter()
        .filter_map(|(slot, doc)| {
            doc.as_ref()
                .map(|x| (FieldId::Doc(slot), kit_name(Some(slot), 0, &x.path), x))
        })
        .collect();
    out.extend(
        d.other
            .iter()
            .enumerate()
            .map(|(i, x)| (FieldId::Other(i as u8), kit_name(None, i, &x.path), x)),
    );
    out
}

/// Writes a private file and syncs it.
fn write_private(path: &Path, bytes: &[u8]) -> Result<(), KitError> {
    let mut f = fsio::create_private(path).map_err(|e| io(path, e))?;
    f.write_all(bytes)
        .and_then(|()| f.sync_all())
        .map_err(|e| io(path, e))
}

/// The most a kit copies of one document (Partner Center's uploads are far smaller).
pub const MAX_KIT_DOCUMENT_BYTES: u64 = crate::validate::MAX_DOCUMENT_BYTES;

/// Copies a document byte for byte from one descriptor: opened without following a link
/// (unless the draft itself names a link), without waiting on a FIFO, refused unless it is a
/// regular file whose content is of its type, at most [`MAX_KIT_DOCUMENT_BYTES`], and checked
/// to be the file the export fingerprinted.
fn copy_checked(
    stored: &str,
    from: &Path,
    to: &Path,
    sha256: Option<&str>,
) -> Result<(), KitError> {
    let refused = |why: String| KitError::Refused {
        path: from.display().to_string(),
        why,
    };
    let names_link = std::fs::symlink_metadata(from).is_ok_and(|m| m.file_type().is_symlink());
    let (mut src, meta) = fsio::open_regular(from, names_link).map_err(|e| io(from, e))?;
    if meta.len() > MAX_KIT_DOCUMENT_BYTES {
        return Err(refused(t!(
            "kit-too-large",
            size = MAX_KIT_DOCUMENT_BYTES >> 30
        )));
    }
    let mut head = [0u8; 64];
    let n = read_up_to(&mut src, &mut head).map_err(|e| io(from, e))?;
    check_content(stored, &head[..n]).map_err(refused)?;
    let mut dst = fsio::create_private(to).map_err(|e| io(to, e))?;
    let mut hasher = Sha256::new();
    hasher.update(&head[..n]);
    dst.write_all(&head[..n]).map_err(|e| io(to, e))?;
    let mut copied = n as u64;
    let mut rest = (&mut src).take(MAX_KIT_DOCUMENT_BYTES + 1 - copied);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let k = rest.read(&mut buf).map_err(|e| io(from, e))?;
        if k == 0 {
            break;
        }
        copied += k as u64;
        hasher.update(&buf[..k]);
        dst.write_all(&buf[..k]).map_err(|e| io(to, e))?;
    }
    if copied > MAX_KIT_DOCUMENT_BYTES {
        return Err(refused(t!("kit-grew")));
    }
    dst.sync_all().map_err(|e| io(to, e))?;
    let hex: String = hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    match sha256 {
        Some(want) if want != hex => Err(KitError::Changed {
            path: from.display().to_string(),
        }),
        _ => Ok(()),
    }
}

/// Writes the kit for an export into the new folder `dir`. `export` is the data
/// (`submission.json`, `contacts.csv`: the same in every language); `report` is the same
/// evaluation in the reader's language, for CHECKLIST.md and the page. `base` resolves relative
/// document paths (the draft's folder); `progress` hears the share of documents copied.
pub fn write_kit(
    dir: &Path,
    export: &ExportFile,
    report: &StatusReport,
    name: &str,
    base: Option<&Path>,
    protected: &Protected,
    progress: &mut dyn FnMut(f32),
) -> Result<Kit, KitError> {
    let shown = dir.display().to_string();
    let resolved = fsio::resolve_target(dir).map_err(|e| io(dir, e))?;
    if let Some(why) = protected.refusal(&resolved) {
        return Err(KitError::Refused { path: shown, why });
    }
    match std::fs::metadata(&resolved) {
        Ok(m) if !m.is_dir() => {
            return Err(KitError::Refused {
                path: shown,
                why: t!("kit-not-a-folder"),
            });
        }
        Ok(_) => {
            let empty = std::fs::read_dir(&resolved)
                .map_err(|e| io(dir, e))?
                .next()
                .is_none();
            if !empty {
                return Err(KitError::Refused {
                    path: shown,
                    why: t!("kit-not-empty"),
                });
            }
        }
        Err(_) => {}
    }
    let parent = resolved.parent().unwrap_or(Path::new("/")).to_path_buf();
    let leaf = resolved
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "kit".into());
    let prefix = format!(".{leaf}.kit-tmp-");
    sweep_stale(&parent, &prefix);
    let tmp = parent.join(format!("{prefix}{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    fsio::create_private_dir(&tmp.join("documents")).map_err(|e| io(&tmp, e))?;
    let result = fill(&tmp, export, report, name, base, progress);
    let finished = result.and_then(|kit| {
        let _ = std::fs::remove_dir(&resolved);
        std::fs::rename(&tmp, &resolved).map_err(|e| match e.kind() {
            // Another kit (or anything) filled the folder while this one was written.
            std::io::ErrorKind::DirectoryNotEmpty | std::io::ErrorKind::AlreadyExists => {
                KitError::Refused {
                    path: shown.clone(),
                    why: t!("kit-no-longer-empty"),
                }
            }
            _ => io(&resolved, e),
        })?;
        fsio::sync_dir(&resolved).map_err(|e| io(&resolved, e))?;
        Ok(Kit {
            dir: resolved.clone(),
            ..kit
        })
    });
    if finished.is_err() {
        let _ = std::fs::remove_dir_all(&tmp);
    }
    finished
}

/// Removes half-built kits left by a cosell that was killed (its process is gone).
fn sweep_stale(parent: &Path, prefix: &str) {
    let proc = Path::new("/proc");
    if !proc.is_dir() {
        return;
    }
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        let Some(pid) = name.strip_prefix(prefix) else {
            continue;
        };
        if pid.bytes().all(|b| b.is_ascii_digit()) && !proc.join(pid).exists() {
            let _ = std::fs::remove_dir_all(e.path());
        }
    }
}

fn fill(
    tmp: &Path,
    export: &ExportFile,
    report: &StatusReport,
    name: &str,
    base: Option<&Path>,
    progress: &mut dyn FnMut(f32),
) -> Result<Kit, KitError> {
    write_private(
        &tmp.join("submission.json"),
        export.to_pretty_json().as_bytes(),
    )?;
    let csv = contacts_csv::export_with(&export.contacts, CsvOptions::default());
    write_private(&tmp.join("contacts.csv"), csv.as_bytes())?;
    let probe = DiskProbe {
        base: base.map(Path::to_path_buf),
    };
    let mut docs = Vec::new();
    let mut left_out = Vec::new();
    for (field, kit, doc) in documents(export) {
        // Only what passes the document check goes in, even with --allow-incomplete: a link
        // to a secret file named .pdf never becomes an upload.
        match probe.probe(&doc.path) {
            Ok(_) => docs.push((field, kit, doc)),
            Err(why) => left_out.push((field, why)),
        }
    }
    let mut names = Vec::new();
    for (k, (_, kit, doc)) in docs.iter().enumerate() {
        progress(k as f32 / docs.len().max(1) as f32);
        let from = resolve_document(base, &doc.path);
        copy_checked(
            &doc.path,
            &from,
            &tmp.join("documents").join(kit),
            doc.sha256.as_deref(),
        )?;
        names.push(kit.clone());
    }
    // The words come from the reader's report (the data's is in English).
    let in_words;
    let shown = if *report == export.status {
        export
    } else {
        in_words = ExportFile {
            status: report.clone(),
            ..export.clone()
        };
        &in_words
    };
    let checklist = checklist(shown, name, &docs, &left_out);
    write_private(&tmp.join("CHECKLIST.md"), checklist.as_bytes())?;
    let page = crate::kit_page::page(shown, name, &docs, &left_out, &tmp.join("documents"));
    write_private(&tmp.join(crate::kit_page::FILE_NAME), page.as_bytes())?;
    // sync_dir syncs the folder a path is in.
    fsio::sync_dir(&tmp.join("documents").join("-")).map_err(|e| io(tmp, e))?;
    fsio::sync_dir(&tmp.join("-")).map_err(|e| io(tmp, e))?;
    progress(1.0);
    Ok(Kit {
        dir: tmp.to_path_buf(),
        documents: names,
        contacts: export.contacts.len(),
        markets: export.markets.len(),
    })
}

/// Markdown that is safe to paste values into: no line breaks, and the characters that start
/// Markdown syntax escaped.
fn md(s: &str) -> String {
    let one_line: String = crate::present::sanitize(s).replace(['\n', '\r'], " ");
    one_line
        .chars()
        .flat_map(|c| match c {
            '*' | '_' | '`' | '[' | ']' | '<' | '>' | '|' | '#' => vec!['\\', c],
            c => vec![c],
        })
        .collect()
}

/// The steps in Partner Center, in order, with the exact values.
pub fn checklist(
    export: &ExportFile,
    name: &str,
    docs: &[(FieldId, String, &ExportDocument)],
    left_out: &[(FieldId, String)],
) -> String {
    let report = &export.status;
    let edition = export.rules;
    let table = rules_of(edition);
    let words = &table.words;
    let mut out = String::new();
    let unnamed = t!("kit-unnamed-offer");
    let offer = export.offer.name.as_deref().unwrap_or(&unnamed);
    out.push_str(&t!("kit-md-title", offer = md(offer)));
    out.push_str("\n\n");
    if !report.is_exportable() {
        out.push_str("> ");
        out.push_str(&t!("kit-incomplete"));
        out.push('\n');
        for r in report.unmet_tab_requirements() {
            out.push_str(&format!(">\n> - {}: {}\n", r.title, md(&r.reason)));
        }
        for p in &report.problems {
            out.push_str(&format!(">\n> - {}\n", md(&p.in_words(edition))));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "{} **{}** ({}).\n\n",
        t!("kit-status-label"),
        report.status_label(),
        t!(
            "kit-status-rules",
            edition = edition.to_string(),
            summary = edition.summary()
        )
    ));
    // What the INCOMPLETE list above already says is not said twice.
    let listed_above = |r: &&crate::status::RequirementResult| {
        !report.is_exportable() && r.id.is_tab() && r.state == RequirementState::Unmet
    };
    let unmet: Vec<_> = report
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::Unmet)
        .collect();
    let more: Vec<_> = unmet.iter().filter(|r| !listed_above(r)).collect();
    if unmet.is_empty() {
        out.push_str(&t!("kit-nothing-missing"));
        out.push_str("\n\n");
    } else if more.is_empty() {
        out.push_str(&t!("kit-nothing-else-missing"));
        out.push_str("\n\n");
    } else {
        out.push_str(&if more.len() < unmet.len() {
            t!("kit-also-missing")
        } else {
            t!("kit-still-missing")
        });
        out.push_str("\n\n");
        let unmet = more;
        for r in unmet {
            out.push_str(&format!(
                "- {} ({}): {}\n",
                r.title,
                r.id.as_str(),
                md(&r.reason)
            ));
        }
        out.push('\n');
    }
    if !report.benefits.is_empty() || !report.notes.is_empty() {
        out.push_str(&t!("kit-brings"));
        out.push_str("\n\n");
        for b in &report.benefits {
            out.push_str(&format!("- {}\n", b.description(edition)));
        }
        for n in &report.notes {
            out.push_str(&format!("- {n}\n"));
        }
        out.push('\n');
    }
    if !report.warnings.is_empty() {
        out.push_str(&t!("kit-worth-checking"));
        out.push_str("\n\n");
        for w in report.warnings.iter().take(50) {
            out.push_str(&format!("- {}\n", md(&w.text)));
        }
        out.push('\n');
    }
    out.push_str(&t!(
        "kit-md-written",
        draft = format!("`{}`", md(name)),
        at = &export.exported_at
    ));
    out.push_str("\n\n");

    out.push_str(&format!("## 1. {}\n\n", t!("kit-heading-open")));
    out.push_str(&format!("- [ ] {}\n", t!("kit-sign-in", page = table.page)));
    if !words.live_first.is_empty() {
        out.push_str(&format!("- [ ] {}\n", words.live_first));
    }
    if let Some(mpn) = export.partner.mpn_id.as_deref() {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!(
                "kit-check-account",
                partner_id = words.partner_id,
                id = format!("`{}`", md(mpn))
            )
        ));
    }
    let designation = report.state(crate::status::RequirementId::CsrDesignation);
    if designation.is_some_and(|s| s != RequirementState::NotApplicable) {
        out.push_str(&format!("- [ ] {}\n", t!("kit-check-designation")));
    }

    out.push_str(&format!("\n## 2. {}\n\n", t!("kit-heading-listing")));
    let cat = crate::catalogue::Catalogue::for_edition(edition);
    let mut boxes = |what: &str, list: &[String], values: &[String]| {
        for v in values {
            match crate::catalogue::checkbox(list, v) {
                Ok(()) => out.push_str(&format!(
                    "- [ ] {}\n",
                    t!("kit-tick", what = what, value = format!("**{}**", md(v)))
                )),
                Err(why) => out.push_str(&format!("- [ ] {what}: \"{}\" {}\n", md(v), md(&why))),
            }
        }
    };
    boxes(
        &t!("kit-microsoft-platforms"),
        &cat.microsoft_platforms,
        &export.listing.microsoft_platforms,
    );
    if table.reads(FieldId::Segments) {
        boxes(&t!("kit-segments"), &cat.segments, &export.listing.segments);
    }
    if let Some(st) = export.listing.solution_type {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!("kit-solution-type", value = format!("**{}**", st.label()))
        ));
    }
    let (areas, subs) = listing_limits(edition);
    let what = words.sub_areas;
    for a in &export.listing.solution_areas {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!(
                "kit-md-solution-area",
                area = format!("**{}**", md(&a.area)),
                what = what,
                sub_areas = a
                    .sub_areas
                    .iter()
                    .map(|s| format!("**{}**", md(s)))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        ));
    }
    out.push_str(&format!(
        "\n({})\n",
        t!("kit-limits", areas = areas, subs = subs, what = what)
    ));

    out.push_str(&format!("\n## 3. {}\n\n", t!("kit-heading-documents")));
    for (field, kit, doc) in docs {
        let hash = doc
            .sha256
            .as_deref()
            .map(|h| format!(" (SHA-256 {}…)", &h[..12.min(h.len())]))
            .unwrap_or_default();
        let what = match field {
            FieldId::Doc(slot) => slot.label().to_string(),
            other => other.label(edition).trim().to_string(),
        };
        out.push_str(&format!(
            "- [ ] {}{hash}\n",
            t!(
                "kit-upload",
                what = what,
                file = format!("`documents/{kit}`")
            )
        ));
    }
    for (field, why) in left_out {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!(
                "kit-left-out",
                what = field.label(edition).trim(),
                missing = format!("**{}**", t!("kit-missing-from-kit")),
                why = md(why)
            )
        ));
    }
    if let Some(url) = export.documents.landing_page_url.as_deref() {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!("kit-landing-page", url = format!("`{}`", md(url)))
        ));
    }

    out.push_str(&format!("\n## 4. {}\n\n", t!("kit-heading-contacts")));
    out.push_str(&format!(
        "- [ ] {}\n",
        t!(
            "kit-import-contacts",
            file = "`contacts.csv`",
            contacts = t!("kit-count-contacts", count = export.contacts.len()),
            markets = t!("count-markets", count = export.markets.len())
        )
    ));
    if !export.markets.is_empty() {
        out.push_str(&format!(
            "- [ ] {}\n",
            t!(
                "kit-check-markets",
                markets = md(&export.markets.join(", "))
            )
        ));
    }

    out.push_str(&format!("\n## 5. {}\n\n", t!("kit-heading-submit")));
    out.push_str(&format!("- [ ] {}\n", words.submit));
    out.push('\n');
    out.push_str(&t!("kit-next", next = table.after_submit));
    out.push('\n');
    out
}
