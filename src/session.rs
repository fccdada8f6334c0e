//! One draft session under every front end: open (by name, path or export) → lock → the
//! submission with its cached `StatusReport` → typed operations → background save → close. The
//! wizard, plain mode and every CLI command drive this; none of them opens, locks, saves or
//! writes a file itself, so a rule about drafts lives here once.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use crate::contacts_csv::{self, CsvOptions, ImportError, Imported, Preview};
use crate::export::{self, ExportFile};
use crate::fields::{FieldId, Step, Warning};
use crate::fsio::{self, OutputError, Protected, Target, Written};
use crate::inspect::{DocRole, Inspection, Inspector, Lookup};
use crate::model::{Contact, Contacts, DocSlot, Edition, Submission};
use crate::rules::{self, EvalCache};
use crate::status::StatusReport;
use crate::store::{self, DraftLock, DraftStore, StoreError};
use crate::validate::DiskProbe;

/// How the last save went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveState {
    /// Nothing to save (read-only, in memory, or nothing changed yet).
    Idle,
    /// Every change up to `revision` is on disk.
    Saved { revision: u64, at: SystemTime },
    /// The save of `revision` failed; the changes are still in memory.
    Failed { revision: u64, message: String },
    /// Another program changed the draft file since this session read or wrote it: saving is
    /// paused (nothing of theirs is overwritten) until the user chooses, see
    /// [`DraftSession::keep_mine`] and [`DraftSession::take_theirs`].
    Conflict { revision: u64, path: PathBuf },
}

impl SaveState {
    /// Why the changes are not on disk, in words, when they are not.
    pub fn failure(&self) -> Option<String> {
        match self {
            SaveState::Failed { message, .. } => Some(message.clone()),
            SaveState::Conflict { path, .. } => Some(conflict_message(path)),
            _ => None,
        }
    }
}

fn conflict_message(path: &Path) -> String {
    crate::t!("file-session-conflict", path = path.display().to_string())
}

enum SaveMsg {
    Save(u64, Box<Submission>),
    Flush(Sender<()>),
    /// Keep the other program's version beside the draft, then write ours; the answer is
    /// where theirs went.
    KeepMine(Sender<Result<Option<PathBuf>, String>>),
    /// The session took the other program's version (as read, `DiskState`) at `revision`.
    Adopt(u64, store::DiskState),
    /// Write what is pending, then end (other senders, such as a signal watcher's handle, may
    /// still exist, so the channel alone does not say when to stop).
    Stop,
}

struct Shared {
    state: Mutex<SaveState>,
}

/// The background writer of one draft: coalesces bursts (only the newest submission waiting is
/// written), writes atomically, and records how it went. Before each write it checks that the
/// file is still the one it last read or wrote; if not, it writes nothing until told.
struct Saver {
    tx: Option<Sender<SaveMsg>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    fn start(path: PathBuf, known: Option<store::DiskState>) -> Saver {
        let (tx, rx) = mpsc::channel();
        let shared = Arc::new(Shared {
            state: Mutex::new(SaveState::Idle),
        });
        let worker = Arc::clone(&shared);
        let thread = std::thread::Builder::new()
            .name("cosell-saver".into())
            .spawn(move || {
                SaveLoop {
                    path,
                    known,
                    held: None,
                    shared: worker,
                }
                .run(&rx)
            })
            .ok();
        Saver {
            tx: Some(tx),
            shared,
            thread,
        }
    }

    fn send(&self, msg: SaveMsg) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(msg).is_ok())
    }

    fn state(&self) -> SaveState {
        self.shared
            .state
            .lock()
            .map(|s| s.clone())
            .unwrap_or(SaveState::Idle)
    }

    /// Waits until every save sent so far is done (or `timeout` passes; false then).
    fn flush(&self, timeout: Option<Duration>) -> bool {
        let (ack, done) = mpsc::channel();
        if !self.send(SaveMsg::Flush(ack)) {
            return true;
        }
        match timeout {
            Some(t) => done.recv_timeout(t).is_ok(),
            None => done.recv().is_ok(),
        }
    }

    fn handle(&self) -> SaveHandle {
        SaveHandle {
            tx: self.tx.clone(),
        }
    }
}

impl Drop for Saver {
    fn drop(&mut self) {
        self.send(SaveMsg::Stop);
        self.tx = None;
        if let Some(t) = self.thread.take() {
            let _ = t.join();
        }
    }
}

struct SaveLoop {
    path: PathBuf,
    /// The file as this session last read or wrote it (None: not known, never checked).
    known: Option<store::DiskState>,
    /// What waits to be written while a conflict is open.
    held: Option<(u64, Box<Submission>)>,
    shared: Arc<Shared>,
}

impl SaveLoop {
    fn set(&self, state: SaveState) {
        if let Ok(mut s) = self.shared.state.lock() {
            *s = state;
        }
    }

    fn in_conflict(&self) -> bool {
        matches!(
            self.shared.state.lock().map(|s| s.clone()),
            Ok(SaveState::Conflict { .. })
        )
    }

    fn write(&mut self, revision: u64, sub: &Submission) {
        let state = match store::save_with_state(&self.path, sub) {
            Ok(disk) => {
                self.known = Some(disk);
                SaveState::Saved {
                    revision,
                    at: SystemTime::now(),
                }
            }
            Err(e) => SaveState::Failed {
                revision,
                message: e.to_string(),
            },
        };
        self.set(state);
    }

    fn save(&mut self, revision: u64, sub: Box<Submission>) {
        if self.in_conflict() {
            self.held = Some((revision, sub));
            return;
        }
        let theirs = self
            .known
            .as_ref()
            .is_some_and(|k| store::changed_on_disk(&self.path, k));
        if theirs {
            self.held = Some((revision, sub));
            self.set(SaveState::Conflict {
                revision,
                path: self.path.clone(),
            });
            return;
        }
        self.write(revision, &sub);
    }

    fn keep_mine(&mut self) -> Result<Option<PathBuf>, String> {
        let theirs = store::keep_theirs(&self.path).map_err(|e| e.to_string())?;
        self.set(SaveState::Idle);
        if let Some((revision, sub)) = self.held.take() {
            self.write(revision, &sub);
        }
        Ok(theirs)
    }

    fn run(mut self, rx: &Receiver<SaveMsg>) {
        let mut stop = false;
        while let Ok(first) = rx.recv() {
            let mut newest: Option<(u64, Box<Submission>)> = None;
            let mut acks = Vec::new();
            let mut asks = Vec::new();
            let mut take = |msg: SaveMsg, asks: &mut Vec<SaveMsg>| match msg {
                SaveMsg::Save(rev, sub) => newest = Some((rev, sub)),
                SaveMsg::Flush(ack) => acks.push(ack),
                SaveMsg::Stop => stop = true,
                other => asks.push(other),
            };
            take(first, &mut asks);
            while let Ok(more) = rx.try_recv() {
                take(more, &mut asks);
            }
            // The user's answers to a conflict come before what was edited after them.
            for ask in asks {
                match ask {
                    SaveMsg::KeepMine(reply) => {
                        let _ = reply.send(self.keep_mine());
                    }
                    SaveMsg::Adopt(revision, disk) => {
                        self.known = Some(disk);
                        self.held = None;
                        self.set(SaveState::Saved {
                            revision,
                            at: SystemTime::now(),
                        });
                    }
                    _ => {}
                }
            }
            if let Some((revision, sub)) = newest {
                self.save(revision, sub);
            }
            for ack in acks {
                let _ = ack.send(());
            }
            if stop {
                return;
            }
        }
    }
}

/// A handle that can wait for a session's pending save from another thread (the signal
/// watcher, so SIGTERM and SIGHUP keep the last edit).
#[derive(Clone)]
pub struct SaveHandle {
    tx: Option<Sender<SaveMsg>>,
}

impl SaveHandle {
    pub fn flush(&self, timeout: Duration) -> bool {
        let Some(tx) = &self.tx else { return true };
        let (ack, done) = mpsc::channel();
        if tx.send(SaveMsg::Flush(ack)).is_err() {
            return true;
        }
        done.recv_timeout(timeout).is_ok()
    }
}

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

/// The export of `sub`, refused (in the reader's words, from `report`) while the tab is
/// incomplete unless `allow_incomplete`. The file is data: its status block (with its `detail`
/// texts) is evaluated in English whatever the reader's language, so an export is the same
/// byte for byte in every language.
fn data_export(
    sub: &Submission,
    report: &StatusReport,
    probe: &DiskProbe,
    allow_incomplete: bool,
    exported_at: &str,
) -> Result<ExportFile, export::ExportError> {
    if !report.is_exportable() && !allow_incomplete {
        return Err(export::ExportError::Refused(report.export_blockers()));
    }
    let english = crate::i18n::Lang::EN;
    let data = if crate::i18n::current() == english {
        report.clone()
    } else {
        crate::i18n::with(english, || rules::evaluate_with(sub, report.edition, probe))
    };
    crate::i18n::with(english, || {
        export::build(
            sub,
            data,
            probe.base.as_deref(),
            allow_incomplete,
            exported_at,
        )
    })
}

/// A kit to write, detached from the session (see [`DraftSession::kit_job`]).
pub struct KitJob {
    pub dir: PathBuf,
    sub: Submission,
    report: StatusReport,
    name: String,
    base: Option<PathBuf>,
    protected: Protected,
}

impl KitJob {
    /// Builds the export (refused while the tab is incomplete) and writes the kit.
    pub fn run(self, progress: &mut dyn FnMut(f32)) -> Result<crate::kit::Kit, SessionError> {
        let probe = DiskProbe {
            base: self.base.clone(),
        };
        let file = data_export(
            &self.sub,
            &self.report,
            &probe,
            false,
            &export::now_rfc3339(),
        )?;
        Ok(crate::kit::write_kit(
            &self.dir,
            &file,
            &self.report,
            &self.name,
            self.base.as_deref(),
            &self.protected,
            progress,
        )?)
    }
}

/// A contacts import to read and compare, detached from the session (see
/// [`DraftSession::import_job`]); its plan is applied with [`DraftSession::apply_import`].
pub struct ImportJob {
    pub source: PathBuf,
    markets: Vec<String>,
    contacts: Contacts,
}

impl ImportJob {
    /// Reads and checks the CSV, and says what replacing the contacts with it changes.
    pub fn run(self, progress: &mut dyn FnMut(f32)) -> Result<ImportPlan, ImportError> {
        let bytes = contacts_csv::read_file(&self.source)?;
        let imported = contacts_csv::import_with_progress(&bytes, progress)?;
        let preview = contacts_csv::preview(&self.markets, &self.contacts, &imported.contacts);
        Ok(ImportPlan {
            source: self.source,
            imported,
            preview,
        })
    }
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
    fn new(
        store: DraftStore,
        name: String,
        path: PathBuf,
        sub: Submission,
        lock: Option<(DraftLock, store::DiskState)>,
    ) -> DraftSession {
        let probe = match path.parent() {
            Some(dir) if !dir.as_os_str().is_empty() => DiskProbe::relative_to(dir),
            _ => DiskProbe::default(),
        };
        let (lock, saver) = match lock {
            Some((lock, known)) => (Some(lock), Some(Saver::start(path.clone(), Some(known)))),
            None => (None, None),
        };
        let mut cache = EvalCache::default();
        let report = rules::evaluate_cached(&sub, sub.rules, &probe, &mut cache);
        let was_export = sub.was_export();
        let mut session = DraftSession {
            store,
            name,
            path,
            sub,
            report,
            cache,
            probe,
            lock,
            saver,
            revision: 0,
            was_export,
            inspector: Inspector::new(),
            inspections: std::collections::HashMap::new(),
            checking: Vec::new(),
            inspection_warnings: 0,
        };
        session.add_inspections();
        session
    }

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

    /// Opens a draft for editing: a name from `cosell list`, the path of a draft anywhere, or an
    /// export (which becomes a draft on the first save, losing its stale status).
    pub fn open(store: &DraftStore, arg: &str) -> Result<DraftSession, StoreError> {
        let path = store.resolve(arg)?;
        DraftSession::open_path(store, &path)
    }

    pub fn open_path(store: &DraftStore, path: &Path) -> Result<DraftSession, StoreError> {
        let open = store::open(path)?;
        Ok(DraftSession::new(
            store.clone(),
            open.name,
            open.path,
            open.sub,
            Some((open.lock, open.state)),
        ))
    }

    /// Opens a draft or export to read only (status, export, contacts export): no lock, and
    /// nothing is ever written to it.
    pub fn read(store: &DraftStore, arg: &str) -> Result<DraftSession, StoreError> {
        let path = store.resolve(arg)?;
        let real = path.canonicalize().map_err(|e| StoreError::io(&path, e))?;
        let sub = store::load(&real)?;
        let name = real
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        Ok(DraftSession::new(store.clone(), name, real, sub, None))
    }

    /// Creates a draft for a new offer and opens it. With `another` false, an existing draft of
    /// that name is an error ([`StoreError::Exists`]) for the front end to ask about.
    pub fn create(
        store: &DraftStore,
        offer_name: &str,
        edition: Edition,
        another: bool,
    ) -> Result<DraftSession, StoreError> {
        let (_, path) = store.create(offer_name, edition, another)?;
        DraftSession::open_path(store, &path)
    }

    /// A draft held in memory only, never saved (tests, benchmarks, previews).
    pub fn in_memory(store: &DraftStore, sub: Submission) -> DraftSession {
        DraftSession::new(store.clone(), "draft".into(), PathBuf::new(), sub, None)
    }

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

    /// Adds a contact at the end; returns its index.
    pub fn add_contact(&mut self, c: Contact) -> usize {
        self.sub.contacts.push(c);
        self.changed();
        self.sub.contacts.len() - 1
    }

    /// Replaces contact `i` (or adds it when `i` is past the end); returns its index.
    pub fn put_contact(&mut self, i: Option<usize>, c: Contact) -> usize {
        match i {
            Some(i) if i < self.sub.contacts.len() => {
                if self.sub.contacts[i] == c {
                    return i;
                }
                self.sub.contacts[i] = c;
                self.changed();
                i
            }
            _ => self.add_contact(c),
        }
    }

    /// Deletes contact `i`, returning it (for undo).
    pub fn delete_contact(&mut self, i: usize) -> Option<Contact> {
        if i >= self.sub.contacts.len() {
            return None;
        }
        let c = self.sub.contacts.remove(i);
        self.changed();
        Some(c)
    }

    /// Puts a deleted contact back where it was.
    pub fn insert_contact(&mut self, i: usize, c: Contact) {
        let i = i.min(self.sub.contacts.len());
        self.sub.contacts.insert(i, c);
        self.changed();
    }

    /// Replaces every contact, returning the old list (for undo).
    pub fn replace_contacts(&mut self, contacts: Contacts) -> Contacts {
        let old = std::mem::replace(&mut self.sub.contacts, contacts);
        self.changed();
        old
    }

    /// Reads and checks a contacts CSV and says what importing it would change; nothing changes
    /// until [`DraftSession::apply_import`].
    pub fn preview_import(&self, csv: &Path) -> Result<ImportPlan, ImportError> {
        self.import_job(csv).run(&mut |_| {})
    }

    /// [`DraftSession::preview_import`] detached from the session, to run on a worker.
    pub fn import_job(&self, csv: &Path) -> ImportJob {
        ImportJob {
            source: csv.to_path_buf(),
            markets: self.sub.markets.clone(),
            contacts: self.sub.contacts.clone(),
        }
    }

    /// Replaces the contacts with an import's, returning the old ones (for undo).
    pub fn apply_import(&mut self, plan: ImportPlan) -> Contacts {
        self.replace_contacts(Contacts::new(plan.imported.contacts))
    }

    /// What outputs may not overwrite: the drafts folder's drafts and locks, and this draft.
    pub fn protected(&self) -> Protected {
        let mut files = Vec::new();
        if !self.path.as_os_str().is_empty() {
            files.push(self.path.clone());
            files.push(store::lock_path(&self.path));
        }
        Protected::new(self.store.dir(), &files)
    }

    /// Builds the export in `edition` (default: the draft's), refused while the tab is
    /// incomplete unless `allow_incomplete`.
    pub fn build_export(
        &self,
        edition: Option<Edition>,
        allow_incomplete: bool,
    ) -> Result<ExportFile, export::ExportError> {
        let report = self.reader_report(edition);
        data_export(
            &self.sub,
            &report,
            &self.probe,
            allow_incomplete,
            &export::now_rfc3339(),
        )
    }

    /// The report in `edition` (default: the draft's), in the reader's language.
    fn reader_report(&self, edition: Option<Edition>) -> StatusReport {
        match edition {
            Some(e) if e != self.sub.rules => rules::evaluate_with(&self.sub, e, &self.probe),
            _ => self.report.clone(),
        }
    }

    /// Writes the export to `target` through the guarded writer.
    pub fn export_json(
        &self,
        target: &Target,
        edition: Option<Edition>,
        allow_incomplete: bool,
    ) -> Result<Exported, SessionError> {
        let file = self.build_export(edition, allow_incomplete)?;
        let written =
            fsio::write_output(target, file.to_pretty_json().as_bytes(), &self.protected())?;
        Ok(Exported { written, file })
    }

    /// Writes the Partner Center hand-off kit into the new folder `dir` (see `kit`), refused
    /// while the tab is incomplete unless `allow_incomplete`.
    pub fn export_kit(
        &self,
        dir: &Path,
        edition: Option<Edition>,
        allow_incomplete: bool,
        progress: &mut dyn FnMut(f32),
    ) -> Result<crate::kit::Kit, SessionError> {
        let report = self.reader_report(edition);
        let file = data_export(
            &self.sub,
            &report,
            &self.probe,
            allow_incomplete,
            &export::now_rfc3339(),
        )?;
        Ok(crate::kit::write_kit(
            dir,
            &file,
            &report,
            &self.name,
            self.probe.base.as_deref(),
            &self.protected(),
            progress,
        )?)
    }

    /// What a kit needs, owned, so it can be built and written on another thread (hashing and
    /// copying large documents takes a while).
    pub fn kit_job(&self, dir: PathBuf) -> KitJob {
        KitJob {
            dir,
            sub: self.sub.clone(),
            report: self.report.clone(),
            name: self.name.clone(),
            base: self.probe.base.clone(),
            protected: self.protected(),
        }
    }

    /// Writes the contacts as a Partner Center CSV through the guarded writer.
    pub fn export_csv(
        &self,
        target: &Target,
        options: CsvOptions,
    ) -> Result<Written, SessionError> {
        let text = contacts_csv::export_with(&self.sub.contacts, options);
        Ok(fsio::write_output(
            target,
            text.as_bytes(),
            &self.protected(),
        )?)
    }

    /// The same submission under every edition, oldest first (spec §11).
    pub fn compare(&self) -> Vec<StatusReport> {
        rules::compare(&self.sub, &self.probe)
    }

    /// How the saves went so far.
    pub fn save_state(&self) -> SaveState {
        self.saver.as_ref().map_or(SaveState::Idle, Saver::state)
    }

    /// Whether some change is not on disk yet (pending or failed).
    pub fn is_dirty(&self) -> bool {
        match self.save_state() {
            _ if self.saver.is_none() => false,
            SaveState::Saved { revision, .. } => revision < self.revision,
            SaveState::Failed { .. } | SaveState::Conflict { .. } => true,
            SaveState::Idle => self.revision > 0,
        }
    }

    /// Waits for every pending save; `Err` with the reason when the last one failed.
    pub fn flush(&self) -> Result<(), String> {
        let Some(saver) = &self.saver else {
            return Ok(());
        };
        saver.flush(None);
        saver.state().failure().map_or(Ok(()), Err)
    }

    /// After a conflict: keeps the other program's version beside the draft (the path is
    /// returned; None when the other program had removed the file) and writes this session's
    /// version in its place.
    pub fn keep_mine(&mut self) -> Result<Option<PathBuf>, String> {
        let Some(saver) = &self.saver else {
            return Err(crate::t!("file-session-not-written-back"));
        };
        if !matches!(saver.state(), SaveState::Conflict { .. }) {
            return Err(crate::t!("file-session-no-other-version"));
        }
        let (reply, answer) = mpsc::channel();
        saver.send(SaveMsg::KeepMine(reply));
        // A change made before the conflict may not have reached the saver: send it again.
        self.revision += 1;
        saver.send(SaveMsg::Save(self.revision, Box::new(self.sub.clone())));
        let theirs = answer
            .recv()
            .map_err(|_| crate::t!("file-session-saver-stopped"))??;
        self.flush()?;
        Ok(theirs)
    }

    /// After a conflict: what this session has that the file on disk does not (lost by
    /// [`DraftSession::take_theirs`]), as field labels, and the other version's problems.
    pub fn conflict_changes(&self) -> Result<Vec<String>, String> {
        let (theirs, _) = store::load_with_state(&self.path).map_err(|e| e.to_string())?;
        Ok(crate::fields::differences(
            &self.sub,
            &theirs,
            self.edition(),
        ))
    }

    /// After a conflict: reads the other program's version and continues from it; this
    /// session's unsaved changes are dropped.
    pub fn take_theirs(&mut self) -> Result<(), String> {
        let (theirs, disk) = store::load_with_state(&self.path).map_err(|e| e.to_string())?;
        self.sub = theirs;
        self.was_export = self.sub.was_export();
        self.refresh();
        self.revision += 1;
        if let Some(saver) = &self.saver {
            saver.send(SaveMsg::Adopt(self.revision, disk));
            saver.flush(None);
        }
        Ok(())
    }

    /// Saves again what is in memory (after a failed save was fixed outside, e.g. disk space).
    pub fn retry_save(&mut self) -> Result<(), String> {
        if self.saver.is_none() {
            return Ok(());
        }
        self.revision += 1;
        if let Some(saver) = &self.saver {
            saver.send(SaveMsg::Save(self.revision, Box::new(self.sub.clone())));
        }
        self.flush()
    }

    /// A handle that waits for pending saves from another thread.
    pub fn save_handle(&self) -> Option<SaveHandle> {
        self.saver.as_ref().map(Saver::handle)
    }

    /// Waits for the pending save, then releases the lock. `Err` when the last save failed (the
    /// changes since the last good save are lost once this returns).
    pub fn close(mut self) -> Result<(), String> {
        let result = self.flush();
        self.saver = None;
        self.lock = None;
        result
    }
}

impl Drop for DraftSession {
    fn drop(&mut self) {
        // The saver's own drop waits for its last write; the lock goes after it.
        self.saver = None;
        self.lock = None;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn edits_are_saved_in_the_background_and_flush_waits() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let mut s = DraftSession::create(&store, "Contoso", Edition::E2021_02, false).unwrap();
        for i in 0..50 {
            s.set(FieldId::MpnId, &format!("{i}")).unwrap();
        }
        assert!(s.flush().is_ok());
        assert!(!s.is_dirty());
        let on_disk = store::load(s.path()).unwrap();
        assert_eq!(
            on_disk.partner.mpn_id.as_deref(),
            Some("49"),
            "the last edit wins"
        );
        assert!(s.set(FieldId::MpnId, "49").is_ok_and(|changed| !changed));
        s.close().unwrap();
        assert!(
            DraftSession::open(&store, "contoso").is_ok(),
            "close releases the lock"
        );
    }

    #[test]
    fn closing_waits_for_the_pending_save() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let mut s = DraftSession::create(&store, "Pending", Edition::E2023_08, false).unwrap();
        let path = s.path().to_path_buf();
        s.add_contact(crate::model::Contact::default());
        s.set(FieldId::OfferName, "Pending, then closed").unwrap();
        s.close().unwrap();
        let on_disk = store::load(&path).unwrap();
        assert_eq!(on_disk.offer.name.as_deref(), Some("Pending, then closed"));
        assert_eq!(on_disk.contacts.len(), 1);
    }

    #[test]
    fn a_second_session_is_refused_while_the_first_is_open() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let s = DraftSession::create(&store, "A", Edition::E2021_02, false).unwrap();
        assert!(matches!(
            DraftSession::open(&store, "a"),
            Err(StoreError::Locked { .. })
        ));
        drop(s);
        assert!(DraftSession::open(&store, "a").is_ok());
    }
}
