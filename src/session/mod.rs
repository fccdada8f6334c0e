//! One draft session under every front end: open (by name, path or export) → lock → the
//! submission with its cached `StatusReport` → typed operations → background save → close. The
//! wizard, plain mode and every CLI command drive this; none of them opens, locks, saves or
//! writes a file itself, so a rule about drafts lives here once.

mod contacts;
mod open;
mod outputs;
mod save;

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::contacts_csv::{ImportError, Imported, Preview};
use crate::export::{self, ExportFile};
use crate::fields::{FieldId, Step, Warning};
use crate::fsio::{OutputError, Written};
use crate::inspect::{DocRole, Inspection, Inspector, Lookup};
use crate::model::{DocSlot, Edition, Submission};
use crate::rules::{self, EvalCache};
use crate::status::StatusReport;
use crate::store::{DraftLock, DraftStore, StoreError};
use crate::validate::DiskProbe;
use save::{SaveMsg, Saver};

pub use contacts::ImportJob;
pub use outputs::KitJob;
pub use save::{SaveHandle, SaveState};

/// Why a session operation failed.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Output(#[from] OutputError),
    #[error(transparent)]
    Export(#[from] export::ExportError),
    #[error(transparent)]
    Import(#[from] ImportError),
    #[error(transparent)]
    Kit(#[from] crate::kit::KitError),
    #[error("{0}")]
    ReadOnly(String),
}

/// An import read and checked, waiting for the user to confirm the replacement.
pub struct ImportPlan {
    pub source: PathBuf,
    pub imported: Imported,
    pub preview: Preview,
}

/// What an export wrote.
pub struct Exported {
    pub written: Written,
    pub file: ExportFile,
}

/// An open draft.
pub struct DraftSession {
    store: DraftStore,
    name: String,
    /// The draft file (symlinks followed); empty for a draft held in memory only.
    path: PathBuf,
    sub: Submission,
    report: StatusReport,
    cache: EvalCache,
    probe: DiskProbe,
    lock: Option<DraftLock>,
    saver: Option<Saver>,
    revision: u64,
    was_export: bool,
    inspector: Inspector,
    /// What the document checks found, by field.
    inspections: std::collections::HashMap<FieldId, Inspection>,
    /// The document fields whose check is still running.
    checking: Vec<FieldId>,
    /// How many of the report's last warnings the document checks added.
    inspection_warnings: usize,
}

/// The role each document field plays for the checks of what reviewers read.
fn doc_role(slot: DocSlot) -> DocRole {
    match slot {
        DocSlot::OnePager => DocRole::OnePager,
        DocSlot::PitchDeck => DocRole::PitchDeck,
        DocSlot::ReferenceArchitectureDiagram => DocRole::Diagram,
        _ => DocRole::Other,
    }
}

impl DraftSession {
    /// Checks the documents for what reviewers read (pages, slides, image size, broken files)
    /// and adds what it finds to the report's warnings.
    fn add_inspections(&mut self) {
        // The warnings the last checks added are the report's last ones: they are replaced.
        let keep = self.report.warnings.len() - self.inspection_warnings;
        self.report.warnings.truncate(keep);
        let edition = self.sub.rules;
        let docs = &self.sub.documents;
        let mut wanted: Vec<(FieldId, &str, DocRole)> = DocSlot::ALL
            .iter()
            .filter_map(|slot| {
                docs.slot(*slot)
                    .as_ref()
                    .map(|d| (FieldId::Doc(*slot), d.path.as_str(), doc_role(*slot)))
            })
            .collect();
        wanted.extend(
            docs.other
                .iter()
                .enumerate()
                .take(crate::model::MAX_OTHER_DOCUMENTS)
                .map(|(i, d)| (FieldId::Other(i as u8), d.path.as_str(), DocRole::Other)),
        );
        let mut found = std::collections::HashMap::new();
        let mut warnings = Vec::new();
        let mut checking = Vec::new();
        for (field, path, role) in wanted {
            // A document that failed its check is reported as a problem already.
            if self.report.problems.iter().any(|p| p.field == field) {
                continue;
            }
            let real = self.probe.resolve(path);
            match self.inspector.get(&real, role) {
                Lookup::Ready(i) => {
                    warnings.extend(i.warnings.iter().map(|w| Warning {
                        field: Some(field),
                        text: format!("{} {}", field.label(edition), w),
                    }));
                    found.insert(field, i);
                }
                Lookup::Pending => checking.push(field),
                Lookup::Nothing => {}
            }
        }
        self.inspection_warnings = warnings.len();
        self.report.warnings.extend(warnings);
        self.inspections = found;
        self.checking = checking;
    }

    /// What the document checks found for a field (pages, slides, pixels), once known.
    pub fn inspection(&self, field: FieldId) -> Option<&Inspection> {
        self.inspections.get(&field)
    }

    /// Whether the check of a document field is still running (the front ends say "checking…").
    pub fn is_checking(&self, field: FieldId) -> bool {
        self.checking.contains(&field)
    }

    /// Waits for the document checks, at most `limit` in all (not per document), for the
    /// front ends that print once (`status`, plain mode). What is still running then is said
    /// as a warning.
    pub fn wait_for_checks(&mut self, limit: Duration) {
        if self.inspector.wait(std::time::Instant::now() + limit) {
            self.add_inspections();
        }
        let edition = self.sub.rules;
        let late = self.checking.iter().map(|field| Warning {
            field: Some(*field),
            text: crate::t!(
                "file-session-still-reading",
                field = field.label(edition),
                seconds = limit.as_secs()
            ),
        });
        let late: Vec<Warning> = late.collect();
        // They belong to the checks: the next results replace them.
        self.inspection_warnings += late.len();
        self.report.warnings.extend(late);
    }

    /// Takes finished background work; true when the report changed.
    /// Document checks only add warnings, so their results never re-evaluate the rules.
    pub fn tick(&mut self) -> bool {
        if self.inspector.poll() {
            self.add_inspections();
            return true;
        }
        false
    }

    /// Whether document checks are still running.
    pub fn busy(&self) -> bool {
        self.inspector.busy()
    }

    /// How long the front ends that print once wait for document checks, in all.
    pub const CHECKS_WAIT: Duration = Duration::from_secs(6);

    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn store(&self) -> &DraftStore {
        &self.store
    }

    pub fn sub(&self) -> &Submission {
        &self.sub
    }

    pub fn report(&self) -> &StatusReport {
        &self.report
    }

    pub fn edition(&self) -> Edition {
        self.sub.rules
    }

    /// The document check this draft's paths are read with (relative to its folder).
    pub fn probe(&self) -> &DiskProbe {
        &self.probe
    }

    /// Whether changes are written back (false for `read` and in-memory sessions).
    pub fn is_writable(&self) -> bool {
        self.saver.is_some()
    }

    /// Whether the file was an export when it was opened (its status block is dropped on save).
    pub fn was_export(&self) -> bool {
        self.was_export
    }

    /// Re-evaluates (documents on disk may have changed) without touching the draft.
    pub fn refresh(&mut self) {
        self.report =
            rules::evaluate_cached(&self.sub, self.sub.rules, &self.probe, &mut self.cache);
        self.inspection_warnings = 0;
        self.add_inspections();
    }

    /// Recomputes the report and hands the change to the background saver.
    fn changed(&mut self) {
        self.refresh();
        self.revision += 1;
        if self.was_export {
            self.sub.forget_export();
        }
        if let Some(saver) = &self.saver {
            saver.send(SaveMsg::Save(self.revision, Box::new(self.sub.clone())));
        }
    }

    /// Stores typed text in a field; `Ok(true)` when the value changed (and a save is on its way).
    pub fn set(&mut self, field: FieldId, text: &str) -> Result<bool, String> {
        // A stored relative document path given back unchanged (an edit kept as it was) stays
        // relative to the draft, not to the folder cosell runs in.
        if self
            .document_path(field)
            .is_some_and(|p| p == text.trim() && Path::new(p.as_str()).is_relative())
        {
            return Ok(false);
        }
        let mut trial = self.sub.clone();
        field.set(&mut trial, text)?;
        self.relative_to_draft(&mut trial, field);
        if trial == self.sub {
            return Ok(false);
        }
        self.sub = trial;
        self.changed();
        Ok(true)
    }

    /// The folder of the draft file (symlinks followed); None for a draft in memory.
    pub fn draft_dir(&self) -> Option<&Path> {
        self.path.parent().filter(|d| !d.as_os_str().is_empty())
    }

    /// A document chosen inside the draft's folder (or below it), however it was chosen, is
    /// stored relative to it, so a draft kept in git beside its documents reads the same on every
    /// clone; outside the folder it stays absolute.
    fn relative_to_draft(&self, sub: &mut Submission, field: FieldId) {
        let Some(dir) = self.draft_dir() else { return };
        let doc = match field {
            FieldId::Doc(slot) => sub.documents.slot_mut(slot).as_mut(),
            FieldId::Other(i) => sub.documents.other.get_mut(usize::from(i)),
            _ => None,
        };
        if let Some(d) = doc
            && let Some(rel) = crate::doc_paths::relative_path(dir, &d.path)
        {
            d.path = rel;
        }
    }

    /// Whether a field's document lies outside the draft's folder (so copying it in would let
    /// the draft and its files be committed together).
    pub fn is_outside_folder(&self, field: FieldId) -> bool {
        let Some(path) = self.document_path(field) else {
            return false;
        };
        self.draft_dir().is_some() && Path::new(&path).is_absolute()
    }

    fn document_path(&self, field: FieldId) -> Option<String> {
        let docs = &self.sub.documents;
        match field {
            FieldId::Doc(slot) => docs.slot(slot).as_ref().map(|d| d.path.clone()),
            FieldId::Other(i) => docs.other.get(usize::from(i)).map(|d| d.path.clone()),
            _ => None,
        }
        .filter(|p| !p.trim().is_empty())
    }

    /// Copies a field's document into `documents/` beside the draft (a free name if another file
    /// has it) and stores it there, relative to the draft. Returns the stored path.
    pub fn copy_into_folder(&mut self, field: FieldId) -> Result<String, String> {
        let (Some(dir), Some(path)) = (self.draft_dir(), self.document_path(field)) else {
            return Err(crate::t!("file-session-no-document"));
        };
        let source = self.probe.resolve(&path);
        let target = crate::doc_paths::copy_document(&source, &dir.join("documents"))?;
        self.set(field, &target.display().to_string())?;
        Ok(self.document_path(field).unwrap_or_default())
    }

    /// Switches the draft's rules edition.
    pub fn set_edition(&mut self, edition: Edition) {
        if self.sub.rules != edition {
            self.sub.rules = edition;
            self.changed();
        }
    }

    /// Remembers the step the user is on, so the draft reopens there.
    pub fn set_last_step(&mut self, step: Step) {
        let id = Some(step.id().to_string());
        // A draft without one reopens on the first step already: opening it there writes
        // nothing (a draft in a git work tree stays clean).
        if self.sub.x_last_step.is_none() && step == Step::resume_at(&self.sub) {
            return;
        }
        if self.sub.x_last_step != id {
            self.sub.x_last_step = id;
            self.changed();
        }
    }
}

impl Drop for DraftSession {
    fn drop(&mut self) {
        // The saver's own drop waits for its last write; the lock goes after it.
        self.saver = None;
        self.lock = None;
    }
}
