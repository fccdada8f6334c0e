//! Drafts on disk: where they live, loading with errors that name the file, the field and the
//! position, atomic owner-only saves that are never bigger than what cosell reads back, and the
//! sidecar lock. Front ends go through `session`; only it and the CLI's listing use this.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use crate::fsio::{self, io_message};
use crate::model::{self, Edition, ParseError, Submission};

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

/// One draft in the drafts folder.
#[derive(Debug)]
pub struct DraftInfo {
    pub name: String,
    pub path: PathBuf,
    pub modified: Option<SystemTime>,
    pub loaded: Result<Submission, StoreError>,
}

/// The drafts folder.
#[derive(Debug, Clone)]
pub struct DraftStore {
    dir: PathBuf,
}

impl DraftStore {
    /// `COSELL_HOME` if set, else the user data folder (e.g. ~/.local/share/cosell/drafts).
    pub fn from_env() -> Result<DraftStore, StoreError> {
        let dir = match std::env::var_os("COSELL_HOME") {
            Some(d) if !d.is_empty() => {
                let dir = PathBuf::from(d);
                if let Ok(meta) = std::fs::metadata(&dir)
                    && !meta.is_dir()
                {
                    return Err(StoreError::HomeNotDir {
                        path: dir,
                        what: crate::validate::file_kind(&meta),
                    });
                }
                dir
            }
            _ => directories::ProjectDirs::from("", "", "cosell")
                .map(|p| p.data_dir().join("drafts"))
                .ok_or(StoreError::NoHome)?,
        };
        Ok(DraftStore { dir })
    }

    pub fn at(dir: impl Into<PathBuf>) -> DraftStore {
        DraftStore { dir: dir.into() }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Creates the folder (0700) if needed, naming it when that fails.
    pub fn ensure_dir(&self) -> Result<(), StoreError> {
        fsio::create_private_dir(&self.dir).map_err(|e| {
            StoreError::say(
                &self.dir,
                crate::t!("file-store-create-folder", reason = io_message(&e)),
            )
        })
    }

    pub fn path_of(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
    }

    pub fn exists(&self, name: &str) -> bool {
        std::fs::symlink_metadata(self.path_of(name)).is_ok()
    }

    /// Every `*.json` draft, most recently modified first. Unreadable drafts are listed with their
    /// error, never skipped silently.
    pub fn list(&self) -> Result<Vec<DraftInfo>, StoreError> {
        let entries = match std::fs::read_dir(&self.dir) {
            Ok(e) => e,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(StoreError::io(&self.dir, e)),
        };
        let mut out: Vec<DraftInfo> = entries
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .map(|path| DraftInfo {
                name: path
                    .file_stem()
                    .map(|s| s.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                modified: std::fs::metadata(&path).and_then(|m| m.modified()).ok(),
                loaded: load(&path),
                path,
            })
            .collect();
        out.sort_by(|a, b| b.modified.cmp(&a.modified).then(a.name.cmp(&b.name)));
        Ok(out)
    }

    /// The first free name `base`, `base-2`, `base-3` …
    pub fn free_name(&self, base: &str) -> String {
        (1..)
            .map(|n| match n {
                1 => base.to_string(),
                n => format!("{base}-{n}"),
            })
            .find(|name| !self.exists(name))
            .unwrap_or_else(|| base.to_string())
    }

    /// Writes a new draft file under `name` (refused if it exists). Nothing is left behind when
    /// the first save fails.
    pub fn create_named(&self, name: &str, sub: &Submission) -> Result<PathBuf, StoreError> {
        self.ensure_dir()?;
        let path = self.path_of(name);
        // create_new reserves the name even against a second cosell doing the same.
        match fsio::create_private(&path) {
            Ok(_) => {}
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                return Err(StoreError::Exists {
                    name: name.to_string(),
                    dir: self.dir.clone(),
                });
            }
            Err(e) => {
                return Err(StoreError::say(
                    &self.dir,
                    crate::t!("file-store-create-draft", reason = io_message(&e)),
                ));
            }
        }
        if let Err(e) = save(&path, sub) {
            let _ = std::fs::remove_file(&path);
            return Err(e);
        }
        Ok(path)
    }

    /// Creates a new draft named after the offer; `another` picks a free name (`-2`) when one with
    /// that name exists, else that is an error for the front end to ask about.
    pub fn create(
        &self,
        offer_name: &str,
        rules: Edition,
        another: bool,
    ) -> Result<(String, PathBuf), StoreError> {
        let base = slug(offer_name);
        let sub = Submission::new(offer_name, rules);
        let mut name = base.clone();
        loop {
            if another {
                name = self.free_name(&name);
            }
            match self.create_named(&name, &sub) {
                Ok(path) => return Ok((name, path)),
                // Taken in between by another cosell: try the next free one.
                Err(StoreError::Exists { .. }) if another => continue,
                Err(e) => return Err(e),
            }
        }
    }

    /// Resolves a command-line argument: a path to a file, or the name of a draft.
    pub fn resolve(&self, arg: &str) -> Result<PathBuf, StoreError> {
        let as_path = Path::new(arg);
        if arg.contains(std::path::MAIN_SEPARATOR) || arg.ends_with(".json") || as_path.is_file() {
            if as_path.exists() {
                return Ok(as_path.to_path_buf());
            }
            if arg.contains(std::path::MAIN_SEPARATOR) {
                return Err(StoreError::NotFound {
                    path: as_path.to_path_buf(),
                });
            }
        }
        let name = arg.strip_suffix(".json").unwrap_or(arg);
        let path = self.path_of(name);
        if std::fs::symlink_metadata(&path).is_ok() {
            return Ok(path);
        }
        Err(StoreError::NoSuchDraft {
            name: arg.to_string(),
            dir: self.dir.clone(),
        })
    }

    /// Renames a draft's entry (it must not be open elsewhere). A draft that is a symbolic
    /// link (into a repository, say) is renamed as a link: its target stays where it is and
    /// keeps receiving the edits. Nothing is locked or written for an entry that is not a draft.
    pub fn rename(&self, name: &str, new_name: &str) -> Result<PathBuf, StoreError> {
        let from = self.path_of(name);
        let to = self.path_of(new_name);
        load(&from)?;
        let real = from.canonicalize().map_err(|e| StoreError::io(&from, e))?;
        let held = lock(&real)?;
        if self.exists(new_name) {
            return Err(StoreError::Exists {
                name: new_name.to_string(),
                dir: self.dir.clone(),
            });
        }
        // A new name for the same entry (the link itself when it is one), never over another
        // file: hard_link fails when the name is taken, unlike rename.
        std::fs::hard_link(&from, &to).map_err(|e| match e.kind() {
            std::io::ErrorKind::AlreadyExists => StoreError::Exists {
                name: new_name.to_string(),
                dir: self.dir.clone(),
            },
            _ => StoreError::io(&to, e),
        })?;
        if let Err(e) = std::fs::remove_file(&from) {
            let _ = std::fs::remove_file(&to);
            return Err(StoreError::io(&from, e));
        }
        let _ = fsio::sync_dir(&to);
        // The lock this rename made (beside the target, for a link) goes with it.
        drop(held);
        let _ = std::fs::remove_file(lock_path(&real));
        Ok(to)
    }

    /// Copies a draft (a link's target's content) into a new regular draft under a free name;
    /// returns the new name.
    pub fn duplicate(&self, name: &str) -> Result<String, StoreError> {
        let sub = load(&self.path_of(name))?;
        let copy = self.free_name(&format!("{name}-copy"));
        self.create_named(&copy, &sub)?;
        Ok(copy)
    }

    /// Deletes a draft's entry and its lock (refused while another cosell has it open). A
    /// draft that is a symbolic link loses the link only, never its target, and the answer
    /// says where the target is.
    pub fn delete(&self, name: &str) -> Result<Deleted, StoreError> {
        let path = self.path_of(name);
        if is_link(&path) {
            let target = path.canonicalize().ok();
            let lock = match &target {
                Some(real) => Some(lock(real)?),
                None => None,
            };
            std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
            drop(lock);
            return Ok(Deleted::Link { target });
        }
        let lock = lock(&path)?;
        std::fs::remove_file(&path).map_err(|e| StoreError::io(&path, e))?;
        drop(lock);
        let _ = std::fs::remove_file(lock_path(&path));
        Ok(Deleted::File)
    }
}

/// What a delete removed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Deleted {
    File,
    /// The link only; its target (None: it pointed nowhere) is kept.
    Link {
        target: Option<PathBuf>,
    },
}

fn is_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
}

/// Names a draft file cannot take: the catalogue the drafts folder once held, and names Windows
/// reserves for devices.
const RESERVED: [&str; 23] = [
    "catalogue",
    "con",
    "prn",
    "aux",
    "nul",
    "com1",
    "com2",
    "com3",
    "com4",
    "com5",
    "com6",
    "com7",
    "com8",
    "com9",
    "lpt1",
    "lpt2",
    "lpt3",
    "lpt4",
    "lpt5",
    "lpt6",
    "lpt7",
    "lpt8",
    "lpt9",
];

/// A file name from an offer name: lower case ASCII letters and digits joined by `-`.
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let out = out.trim_end_matches('-');
    let out: String = out.chars().take(60).collect();
    match out.as_str() {
        "" => "untitled".into(),
        r if RESERVED.contains(&r) => format!("{r}-offer"),
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
