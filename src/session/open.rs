//! Opening a draft: by name, path or export, locked for editing or read only, or held in
//! memory; the session it starts with its first report and its background saver.

use std::path::{Path, PathBuf};

use super::DraftSession;
use super::save::Saver;
use crate::inspect::Inspector;
use crate::model::{Edition, Submission};
use crate::rules::{self, EvalCache};
use crate::store::{self, DraftLock, DraftStore, StoreError};
use crate::validate::DiskProbe;

impl DraftSession {
    pub(super) fn new(
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
}

#[cfg(test)]
mod tests {
    use crate::model::Edition;
    use crate::session::DraftSession;
    use crate::store::{DraftStore, StoreError};

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
