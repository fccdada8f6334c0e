//! Drafts on disk: where they live, loading with errors that name the file, the field and the
//! position, atomic owner-only saves that are never bigger than what cosell reads back, and the
//! sidecar lock. Front ends go through `session`; only it and the CLI's listing use this.

mod folder;
mod lock;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::fsio::{self, io_message};
use crate::model::{self, ParseError, Submission};

pub use folder::{Deleted, DraftInfo, DraftStore, slug};
pub use lock::{DraftLock, OpenDraft, lock, lock_path, open};

/// Drafts bigger than this are refused: no real submission comes close (200,000 contacts fit in
/// about 50 MB), and reading one would only hide a mistake (a video chosen as a draft). Saves
/// refuse to write more, so every draft cosell writes, it can read back.
pub const MAX_DRAFT_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug)]
pub enum StoreError {
    NotFound { path: PathBuf },
    Io { path: PathBuf, message: String },
    Parse { path: PathBuf, error: ParseError },
    Locked { path: PathBuf, pid: String },
    NoSuchDraft { name: String, dir: PathBuf },
    Exists { name: String, dir: PathBuf },
    NoHome,
    HomeNotDir { path: PathBuf, what: String },
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let shown = |p: &Path| p.display().to_string();
        let text = match self {
            StoreError::NotFound { path } => t!("file-store-not-found", path = shown(path)),
            StoreError::Io { path, message } => {
                return write!(f, "{}: {message}", path.display());
            }
            StoreError::Parse { path, error } => t!(
                "file-store-parse",
                path = shown(path),
                error = error.to_string()
            ),
            StoreError::Locked { path, pid } => {
                t!("file-store-locked", path = shown(path), pid = pid)
            }
            StoreError::NoSuchDraft { name, dir } => t!(
                "file-store-no-such-draft",
                name = format!("{name:?}"),
                dir = shown(dir)
            ),
            StoreError::Exists { name, dir } => t!(
                "file-store-exists",
                name = format!("{name:?}"),
                dir = shown(dir)
            ),
            StoreError::NoHome => t!("file-store-no-home"),
            StoreError::HomeNotDir { path, what } => {
                t!("file-store-home-not-dir", path = shown(path), what = what)
            }
        };
        f.write_str(&text)
    }
}

impl std::error::Error for StoreError {}

impl StoreError {
    pub fn io(path: &Path, e: std::io::Error) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            message: io_message(&e),
        }
    }

    fn say(path: &Path, message: impl Into<String>) -> StoreError {
        StoreError::Io {
            path: path.to_path_buf(),
            message: message.into(),
        }
    }
}

/// Refuses what is not a regular file, from its metadata (never opened: a FIFO would block,
/// `/dev/zero` never ends).
fn regular_file(path: &Path) -> Result<std::fs::Metadata, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound {
            path: path.to_path_buf(),
        },
        _ => StoreError::io(path, e),
    })?;
    if meta.is_dir() {
        return Err(StoreError::say(path, crate::t!("file-store-is-directory")));
    }
    if !meta.is_file() {
        return Err(StoreError::say(
            path,
            crate::t!(
                "file-store-not-submission",
                kind = crate::validate::file_kind(&meta)
            ),
        ));
    }
    Ok(meta)
}

/// What a draft file was when a session last read or wrote it: enough to tell a change made by
/// another program (an editor, `git checkout`, a sync client) before a save would overwrite it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskState {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
    /// The inode's change time (seconds, nanoseconds): any write, and any `touch` that puts
    /// the modification time back, moves it; no program can set it.
    changed: (i64, i64),
    sha256: [u8; 32],
}

impl DiskState {
    fn new(meta: &std::fs::Metadata, sha256: [u8; 32]) -> DiskState {
        #[cfg(unix)]
        let (inode, changed) = {
            use std::os::unix::fs::MetadataExt;
            (meta.ino(), (meta.ctime(), meta.ctime_nsec()))
        };
        #[cfg(not(unix))]
        let (inode, changed) = (0, (0, 0));
        DiskState {
            len: meta.len(),
            modified: meta.modified().ok(),
            inode,
            changed,
            sha256,
        }
    }

    /// Whether metadata alone shows the file is the one recorded. A file system with
    /// whole-second times (no nanoseconds) leaves doubt: a same-size edit in the same second.
    fn same_metadata(&self, meta: &std::fs::Metadata) -> bool {
        let now = DiskState::new(meta, self.sha256);
        let coarse = now
            .modified
            .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
            .is_none_or(|d| d.subsec_nanos() == 0);
        now == *self && !coarse
    }
}

/// Feeds what is read through SHA-256.
struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: Read> Read for Hashing<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.hasher.update(&buf[..n]);
        Ok(n)
    }
}

/// Reads and parses a submission file. The file is never modified.
pub fn load(path: &Path) -> Result<Submission, StoreError> {
    load_with_state(path).map(|(sub, _)| sub)
}

/// As [`load`], and what the file was when it was read (from the same descriptor).
pub fn load_with_state(path: &Path) -> Result<(Submission, DiskState), StoreError> {
    regular_file(path)?;
    let (file, meta) = fsio::open_regular(path, true).map_err(|e| StoreError::io(path, e))?;
    if meta.len() > MAX_DRAFT_BYTES {
        return Err(StoreError::say(
            path,
            crate::t!(
                "file-store-too-big",
                size = meta.len() / 1_048_576,
                max = MAX_DRAFT_BYTES / 1_048_576
            ),
        ));
    }
    // Streamed, and never more than the limit even if the file grows while it is read.
    let mut reader = Hashing {
        inner: file.take(MAX_DRAFT_BYTES + 1),
        hasher: Sha256::new(),
    };
    let sub = model::parse_submission_from(&mut reader).map_err(|error| match error {
        model::ReadError::Io(e) => StoreError::io(path, e),
        model::ReadError::Parse(error) => StoreError::Parse {
            path: path.to_path_buf(),
            error,
        },
    })?;
    // The hash covers the whole file, whatever the parser left unread.
    std::io::copy(&mut reader, &mut std::io::sink()).map_err(|e| StoreError::io(path, e))?;
    let sha = reader.hasher.finalize().into();
    Ok((sub, DiskState::new(&meta, sha)))
}

fn sha_of_file(path: &Path) -> std::io::Result<[u8; 32]> {
    let (file, _) = fsio::open_regular(path, true)?;
    let mut reader = Hashing {
        inner: file.take(MAX_DRAFT_BYTES + 1),
        hasher: Sha256::new(),
    };
    std::io::copy(&mut reader, &mut std::io::sink())?;
    Ok(reader.hasher.finalize().into())
}

/// Whether the file at `path` is no longer what `known` recorded: size, time or inode differ
/// and so does the content (a `touch` is not a change), or the times are too coarse to tell
/// and the content differs. A file that is gone is not a change to protect.
pub fn changed_on_disk(path: &Path, known: &DiskState) -> bool {
    let Ok(meta) = std::fs::metadata(path) else {
        return false;
    };
    if known.same_metadata(&meta) {
        return false;
    }
    sha_of_file(path).map_or(true, |sha| sha != known.sha256)
}

/// Saves atomically and owner-only. A save that fails leaves the previous file as it was; a
/// draft too big to be read back is refused before anything is written.
pub fn save(path: &Path, sub: &Submission) -> Result<(), StoreError> {
    save_with_state(path, sub).map(|_| ())
}

/// As [`save`], and what the new file is, for [`changed_on_disk`].
pub fn save_with_state(path: &Path, sub: &Submission) -> Result<DiskState, StoreError> {
    let text = sub.to_pretty_json();
    save_text(path, text.as_bytes())
}

/// Writes a draft's bytes as [`save`] does.
pub fn save_text(path: &Path, text: &[u8]) -> Result<DiskState, StoreError> {
    if text.len() as u64 > MAX_DRAFT_BYTES {
        return Err(StoreError::say(
            path,
            crate::t!(
                "file-store-save-too-big",
                size = text.len() / 1_048_576,
                max = MAX_DRAFT_BYTES / 1_048_576
            ),
        ));
    }
    let sha = Sha256::digest(text).into();
    let written = fsio::write_atomic_stat(path, |f| f.write_all(text)).map_err(|e| {
        let folder = path.parent().unwrap_or(Path::new("."));
        match e.kind() {
            std::io::ErrorKind::PermissionDenied | std::io::ErrorKind::ReadOnlyFilesystem => {
                StoreError::say(
                    path,
                    crate::t!(
                        "file-store-save-folder",
                        folder = folder.display().to_string(),
                        reason = io_message(&e)
                    ),
                )
            }
            _ => StoreError::say(
                path,
                crate::t!("file-store-not-saved", reason = io_message(&e)),
            ),
        }
    })?;
    // The rename moved the file's change time: record it as it is now, when the name still
    // holds what was written (else as written, and the next save sees the difference).
    let same =
        |m: &std::fs::Metadata| DiskState::new(m, sha).inode == DiskState::new(&written, sha).inode;
    let meta = std::fs::metadata(path).ok().filter(same).unwrap_or(written);
    Ok(DiskState::new(&meta, sha))
}

/// Keeps the version of a draft another program wrote, beside it, before this session's
/// version replaces it: `NAME.theirs-YYYYMMDD-HHMMSS.json`, owner-only, never over a file.
/// None when there is nothing there to keep (the other program removed it).
pub fn keep_theirs(path: &Path) -> Result<Option<PathBuf>, StoreError> {
    if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
        return Ok(None);
    }
    let (mut file, _) = fsio::open_regular(path, true).map_err(|e| StoreError::io(path, e))?;
    let mut bytes = Vec::new();
    (&mut file)
        .take(MAX_DRAFT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| StoreError::io(path, e))?;
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "draft".into());
    let stamp = time::OffsetDateTime::now_local()
        .unwrap_or_else(|_| time::OffsetDateTime::now_utc())
        .format(time::macros::format_description!(
            "[year][month][day]-[hour][minute][second]"
        ))
        .unwrap_or_default();
    for n in 0..100 {
        let suffix = if n == 0 {
            String::new()
        } else {
            format!("-{n}")
        };
        let theirs = path.with_file_name(format!("{stem}.theirs-{stamp}{suffix}.json"));
        match fsio::create_private(&theirs) {
            Ok(mut f) => {
                let written = f.write_all(&bytes).and_then(|()| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&theirs);
                    return Err(StoreError::io(&theirs, e));
                }
                return Ok(Some(theirs));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(StoreError::io(&theirs, e)),
        }
    }
    Err(StoreError::say(path, crate::t!("file-store-no-free-name")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edition;

    #[test]
    fn slugs() {
        assert_eq!(slug("Contoso Insights"), "contoso-insights");
        assert_eq!(slug("  Ünïcode & Co. 2.0 "), "n-code-co-2-0");
        assert_eq!(slug("!!!"), "untitled");
        assert_eq!(slug(""), "untitled");
        assert_eq!(slug("Catalogue"), "catalogue-offer");
        assert_eq!(slug("NUL"), "nul-offer");
        assert_eq!(slug("Con"), "con-offer");
    }

    #[test]
    fn create_list_resolve() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path().join("drafts"));
        let (a, _) = store
            .create("Contoso Insights", Edition::E2021_02, false)
            .unwrap();
        assert!(matches!(
            store.create("Contoso Insights", Edition::E2021_02, false),
            Err(StoreError::Exists { .. })
        ));
        let (b, _) = store
            .create("Contoso Insights", Edition::E2021_02, true)
            .unwrap();
        assert_eq!(a, "contoso-insights");
        assert_eq!(b, "contoso-insights-2");
        let list = store.list().unwrap();
        assert_eq!(list.len(), 2);
        assert!(list.iter().all(|d| d.loaded.is_ok()));
        assert_eq!(
            store.resolve("contoso-insights").unwrap(),
            store.path_of(&a)
        );
        assert!(matches!(
            store.resolve("nope"),
            Err(StoreError::NoSuchDraft { .. })
        ));
    }

    #[test]
    fn rename_duplicate_delete() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let (a, _) = store.create("A", Edition::E2021_02, false).unwrap();
        let copy = store.duplicate(&a).unwrap();
        assert_eq!(copy, "a-copy");
        store.rename(&copy, "b").unwrap();
        assert!(!store.exists("a-copy") && store.exists("b"));
        assert!(matches!(
            store.rename("b", "a"),
            Err(StoreError::Exists { .. })
        ));
        store.delete("b").unwrap();
        assert!(!store.exists("b"));
        assert!(!lock_path(&store.path_of("b")).exists());
        let held = lock(&store.path_of("a").canonicalize().unwrap()).unwrap();
        assert!(matches!(store.delete("a"), Err(StoreError::Locked { .. })));
        drop(held);
    }

    #[test]
    fn second_lock_is_refused_with_pid_and_released_on_drop() {
        let dir = tempfile::tempdir().unwrap();
        let draft = dir.path().join("d.json");
        let first = lock(&draft).unwrap();
        match lock(&draft) {
            Err(StoreError::Locked { pid, .. }) => assert_eq!(pid, std::process::id().to_string()),
            other => panic!("expected Locked, got {other:?}"),
        }
        drop(first);
        assert!(lock(&draft).is_ok());
    }
}
