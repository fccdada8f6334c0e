//! Saving in the background: the saver thread that coalesces and writes a draft atomically,
//! how the last save went, the conflicts with another program's change, and closing.

use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, SystemTime};

use super::DraftSession;
use crate::model::Submission;
use crate::store;

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

pub(super) enum SaveMsg {
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
pub(super) struct Saver {
    tx: Option<Sender<SaveMsg>>,
    shared: Arc<Shared>,
    thread: Option<JoinHandle<()>>,
}

impl Saver {
    pub(super) fn start(path: PathBuf, known: Option<store::DiskState>) -> Saver {
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

    pub(super) fn send(&self, msg: SaveMsg) -> bool {
        self.tx.as_ref().is_some_and(|tx| tx.send(msg).is_ok())
    }

    pub(super) fn state(&self) -> SaveState {
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
    pub(super) fn set(&self, state: SaveState) {
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

    pub(super) fn run(mut self, rx: &Receiver<SaveMsg>) {
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

impl DraftSession {
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

#[cfg(test)]
mod tests {
    use crate::fields::FieldId;
    use crate::model::Edition;
    use crate::session::DraftSession;
    use crate::store::{self, DraftStore};

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
}
