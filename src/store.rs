//! Drafts on disk: where they live, atomic owner-only saves, a sidecar lock, listing and loading
//! with errors that name the file, the field and the position.

use std::fs::{File, OpenOptions};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use crate::fsio;
use crate::model::{self, Edition, ParseError, Submission};

/// Drafts bigger than this are refused: no real submission comes close, and reading one would
/// only hide a mistake (a video chosen as a draft).
pub const MAX_DRAFT_BYTES: u64 = 64 * 1024 * 1024;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("{path}: no such file")]
    NotFound { path: PathBuf },
    #[error("{path}: {message}")]
    Io { path: PathBuf, message: String },
    #[error("{path}: cannot be read as a cosell submission: {error}")]
    Parse { path: PathBuf, error: ParseError },
    #[error(
        "{path} is open in another cosell (pid {pid}); close that one first, or wait for it to finish"
    )]
    Locked { path: PathBuf, pid: String },
    #[error("no draft named {name:?} in {dir}; `cosell list` shows the drafts")]
    NoSuchDraft { name: String, dir: PathBuf },
    #[error("cannot find a data folder for drafts; set COSELL_HOME to a folder")]
    NoHome,
}

impl StoreError {
    fn io(path: &Path, e: std::io::Error) -> StoreError {
        let message = match e.kind() {
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            std::io::ErrorKind::InvalidData => "is not UTF-8 text".to_string(),
            std::io::ErrorKind::StorageFull => {
                "the disk is full; free some space and save again (nothing was lost)".to_string()
            }
            _ => e.to_string(),
        };
        StoreError::Io {
            path: path.to_path_buf(),
            message,
        }
    }
}

/// Reads and parses a submission file. The file is never modified.
pub fn load(path: &Path) -> Result<Submission, StoreError> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => StoreError::NotFound {
            path: path.to_path_buf(),
        },
        _ => StoreError::io(path, e),
    })?;
    if meta.is_dir() {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            message: "is a directory, not a submission file".into(),
        });
    }
    if meta.len() > MAX_DRAFT_BYTES {
        return Err(StoreError::Io {
            path: path.to_path_buf(),
            message: format!(
                "is {} MB; a submission file is at most {} MB; is this the right file?",
                meta.len() / 1_048_576,
                MAX_DRAFT_BYTES / 1_048_576
            ),
        });
    }
    // Streamed: a large draft is never held twice (text and structs) in memory.
    let file = std::fs::File::open(path).map_err(|e| StoreError::io(path, e))?;
    model::parse_submission_from(std::io::BufReader::new(file)).map_err(|error| match error {
        model::ReadError::Io(e) => StoreError::io(path, e),
        model::ReadError::Parse(error) => StoreError::Parse {
            path: path.to_path_buf(),
            error,
        },
    })
}

/// Saves atomically and owner-only. A save that fails leaves the previous file as it was.
pub fn save(path: &Path, sub: &Submission) -> Result<(), StoreError> {
    fsio::write_atomic(path, sub.to_pretty_json().as_bytes()).map_err(|e| StoreError::io(path, e))
}

/// An exclusive lock on a draft, held while a process may write it. Dropping it releases it; the
/// operating system releases it too if the process dies, so a crash never leaves a stale lock.
#[derive(Debug)]
pub struct DraftLock {
    _file: File,
}

/// The sidecar lock file of a draft: the draft itself is replaced by rename on every save.
pub fn lock_path(draft: &Path) -> PathBuf {
    let name = draft
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    draft.with_file_name(format!("{name}.lock"))
}

pub fn lock(draft: &Path) -> Result<DraftLock, StoreError> {
    let path = lock_path(draft);
    let mut opts = OpenOptions::new();
    opts.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    let mut file = opts.open(&path).map_err(|e| StoreError::io(&path, e))?;
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let mut pid = String::new();
            let _ = file.read_to_string(&mut pid);
            let pid = pid.trim();
            return Err(StoreError::Locked {
                path: draft.to_path_buf(),
                pid: if pid.is_empty() {
                    "unknown".into()
                } else {
                    pid.into()
                },
            });
        }
        Err(std::fs::TryLockError::Error(e)) => return Err(StoreError::io(&path, e)),
    }
    file.set_len(0).map_err(|e| StoreError::io(&path, e))?;
    write!(file, "{}", std::process::id()).map_err(|e| StoreError::io(&path, e))?;
    file.flush().map_err(|e| StoreError::io(&path, e))?;
    remove_stale_temps(draft);
    Ok(DraftLock { _file: file })
}

/// Temp files of saves that were killed half-way. Only the lock holder writes a draft, so once
/// we hold the lock every temp file of this draft is a leftover.
fn remove_stale_temps(draft: &Path) {
    let (Some(dir), Some(name)) = (draft.parent(), draft.file_name()) else {
        return;
    };
    let prefix = format!(".{}.tmp-", name.to_string_lossy());
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

/// A draft opened for editing: locked, loaded, named.
#[derive(Debug)]
pub struct OpenDraft {
    /// The file stem, e.g. `contoso-insights`.
    pub name: String,
    pub path: PathBuf,
    pub sub: Submission,
    pub lock: DraftLock,
}

/// Locks, then loads a draft, for a front end that will write it.
pub fn open(path: &Path) -> Result<OpenDraft, StoreError> {
    let lock = lock(path)?;
    let sub = load(path)?;
    let name = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    Ok(OpenDraft {
        name,
        path: path.to_path_buf(),
        sub,
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
            Some(d) if !d.is_empty() => PathBuf::from(d),
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

    /// Creates the folder (0700) if needed.
    pub fn ensure_dir(&self) -> Result<(), StoreError> {
        fsio::create_private_dir(&self.dir).map_err(|e| StoreError::io(&self.dir, e))
    }

    pub fn path_of(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{name}.json"))
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
            .filter(|p| p.extension().is_some_and(|x| x == "json") && p.is_file())
            .filter(|p| {
                !p.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with('.'))
            })
            .filter(|p| !p.ends_with("catalogue.json"))
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

    /// Creates a new draft file named after the offer (a unique slug) and returns its name.
    pub fn create(
        &self,
        offer_name: &str,
        rules: Edition,
    ) -> Result<(String, Submission), StoreError> {
        self.ensure_dir()?;
        let base = slug(offer_name);
        let sub = Submission::new(offer_name, rules);
        for n in 1.. {
            let name = if n == 1 {
                base.clone()
            } else {
                format!("{base}-{n}")
            };
            let path = self.path_of(&name);
            // create_new reserves the name even against a second cosell doing the same.
            match fsio::create_private(&path) {
                Ok(_) => {
                    save(&path, &sub)?;
                    return Ok((name, sub));
                }
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(StoreError::io(&path, e)),
            }
        }
        unreachable!("the loop only ends by returning")
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
        if path.is_file() {
            return Ok(path);
        }
        Err(StoreError::NoSuchDraft {
            name: arg.to_string(),
            dir: self.dir.clone(),
        })
    }
}

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
    if out.is_empty() {
        "untitled".into()
    } else {
        out
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
    }

    #[test]
    fn create_list_resolve() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path().join("drafts"));
        let (a, _) = store.create("Contoso Insights", Edition::E2021_02).unwrap();
        let (b, _) = store.create("Contoso Insights", Edition::E2021_02).unwrap();
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
