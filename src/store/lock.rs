//! The sidecar lock of a draft, and a draft opened for editing under it (read, locked, read
//! again if it changed in between).

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

use super::{DiskState, StoreError, load_with_state};
use crate::fsio;
use crate::model::Submission;

/// An exclusive lock on a draft, held while a process may write it. Dropping it releases it; the
/// operating system releases it too if the process dies, so a crash never leaves a stale lock.
#[derive(Debug)]
pub struct DraftLock {
    _file: File,
    pub path: PathBuf,
}

/// The sidecar lock file of a draft: the draft itself is replaced by rename on every save.
pub fn lock_path(draft: &Path) -> PathBuf {
    let name = draft
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    draft.with_file_name(format!("{name}.lock"))
}

impl Drop for DraftLock {
    /// A clean release removes the lock file, so a draft kept in a git work tree leaves nothing
    /// behind (a killed process leaves it, unlocked, for the next holder to take).
    fn drop(&mut self) {
        if same_file(&self._file, &self.path) {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

/// Whether `path` still names the open file (a released holder may have removed it meanwhile).
fn same_file(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::symlink_metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = file;
        std::fs::symlink_metadata(path).is_ok()
    }
}

/// Takes the lock of a draft (give the resolved path of a file known to be a draft). The lock
/// file is opened without following symlinks and must be a regular file. A holder removes it
/// when it lets go, so a lock taken on a file that was removed meanwhile is taken again on the
/// new one.
pub fn lock(draft: &Path) -> Result<DraftLock, StoreError> {
    for _ in 0..8 {
        let lock = lock_once(draft)?;
        if same_file(&lock._file, &lock.path) {
            return Ok(lock);
        }
        // Locked a file its holder removed meanwhile: let go (the drop leaves the path alone,
        // it names another file now) and lock the one there now.
        drop(lock);
    }
    Err(StoreError::say(
        &lock_path(draft),
        crate::t!("file-store-lock-changing"),
    ))
}

fn lock_once(draft: &Path) -> Result<DraftLock, StoreError> {
    let path = lock_path(draft);
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let mut file = opts.open(&path).map_err(|e| {
        let what = std::fs::symlink_metadata(&path).ok();
        match what {
            Some(m) if !m.file_type().is_file() => StoreError::say(
                &path,
                crate::t!(
                    "file-store-lock-not-regular",
                    kind = crate::validate::file_kind(&m)
                ),
            ),
            _ => StoreError::io(&path, e),
        }
    })?;
    let meta = file.metadata().map_err(|e| StoreError::io(&path, e))?;
    if !meta.is_file() {
        return Err(StoreError::say(
            &path,
            crate::t!(
                "file-store-lock-not-regular",
                kind = crate::validate::file_kind(&meta)
            ),
        ));
    }
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut pid = String::new();
            let _ = (&mut file).take(64).read_to_string(&mut pid);
            let pid: String = pid.trim().chars().filter(char::is_ascii_digit).collect();
            return Err(StoreError::Locked {
                path: draft.to_path_buf(),
                pid: if pid.is_empty() {
                    crate::t!("file-store-pid-unknown")
                } else {
                    pid
                },
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
    }
    // The holder's pid, for the message of the next one refused; not rewritten when it is
    // already there.
    let pid = std::process::id().to_string();
    let mut held = String::new();
    let _ = (&mut file).take(64).read_to_string(&mut held);
    if held != pid {
        use std::io::{Seek, SeekFrom};
        file.set_len(0).map_err(|e| StoreError::io(&path, e))?;
        file.seek(SeekFrom::Start(0))
            .map_err(|e| StoreError::io(&path, e))?;
        write!(file, "{pid}").map_err(|e| StoreError::io(&path, e))?;
        file.flush().map_err(|e| StoreError::io(&path, e))?;
    }
    remove_stale_temps(draft);
    Ok(DraftLock { _file: file, path })
}

/// Temp files of saves that were killed half-way. Only the lock holder writes a draft, so once
/// we hold the lock every temp file of this draft is a leftover.
fn remove_stale_temps(draft: &Path) {
    let Some(dir) = draft.parent() else { return };
    let prefix = fsio::temp_prefix(draft);
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for e in entries.filter_map(Result::ok) {
        if e.file_name().to_string_lossy().starts_with(&prefix) {
            let _ = std::fs::remove_file(e.path());
        }
    }
}

/// A draft opened for editing: the file known to be a draft, then locked, then read.
#[derive(Debug)]
pub struct OpenDraft {
    /// The file stem, e.g. `contoso-insights`.
    pub name: String,
    /// The real file (symlinks followed), which saves replace.
    pub path: PathBuf,
    pub sub: Submission,
    /// The file as it was read, so a save can tell whether someone else changed it since.
    pub state: DiskState,
    pub lock: DraftLock,
}

/// Reads the draft (so a file that is not one never gets a lock file), takes the lock, and reads
/// it again if it changed in between.
pub fn open(path: &Path) -> Result<OpenDraft, StoreError> {
    let real = path.canonicalize().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound {
            path: path.to_path_buf(),
        },
        _ => StoreError::io(path, e),
    })?;
    let stamp = |p: &Path| {
        std::fs::metadata(p)
            .ok()
            .map(|m| (m.len(), m.modified().ok()))
    };
    let before = stamp(&real);
    let (mut sub, mut state) = load_with_state(&real)?;
    let lock = lock(&real)?;
    if stamp(&real) != before {
        (sub, state) = load_with_state(&real)?;
    }
    let name = real
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(OpenDraft {
        name,
        path: real,
        sub,
        state,
        lock,
    })
}
