//! The drafts folder: where it is, the drafts in it, their names (slugs), and creating, resolving,
//! renaming, duplicating and deleting them.

use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::lock::{lock, lock_path};
use super::{StoreError, load, save};
use crate::fsio::{self, io_message};
use crate::model::{Edition, Submission};

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
