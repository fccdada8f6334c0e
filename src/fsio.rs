//! The one place files are written: crash-safe owner-only replacement for drafts, and the guarded
//! writer every output a user names goes through (JSON export, contacts CSV, template, kit), so
//! the same checks hold whichever front end asks.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Component, Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

/// Makes a write past the file size limit (`ulimit -f`, which a full quota looks like) fail
/// with an error the writer reports, instead of killing cosell with SIGXFSZ mid-save.
pub fn errors_instead_of_signals() {
    #[cfg(unix)]
    {
        static ONCE: std::sync::Once = std::sync::Once::new();
        ONCE.call_once(|| {
            let seen = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
            let _ = signal_hook::flag::register(signal_hook::consts::SIGXFSZ, seen);
        });
    }
}

/// Creates a file readable and writable by its owner only (contacts are personal data).
pub fn create_private(path: &Path) -> std::io::Result<File> {
    let mut opts = OpenOptions::new();
    opts.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path)
}

/// Opens a document to read without ever blocking on it: a FIFO opened non-blocking does not
/// wait for a writer, and anything but a regular file is refused from the descriptor itself
/// (what is then read is what was checked). With `follow_links` false, a path whose last part
/// is a symbolic link is refused too.
pub fn open_regular(
    path: &Path,
    follow_links: bool,
) -> std::io::Result<(std::fs::File, std::fs::Metadata)> {
    let mut opts = std::fs::OpenOptions::new();
    opts.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        let nofollow = if follow_links { 0 } else { libc::O_NOFOLLOW };
        opts.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY | nofollow);
    }
    #[cfg(not(unix))]
    let _ = follow_links;
    let file = opts.open(path)?;
    let meta = file.metadata()?;
    if !meta.is_file() {
        return Err(std::io::Error::other(crate::t!(
            "file-io-not-regular",
            kind = file_kind(&meta)
        )));
    }
    Ok((file, meta))
}

/// What a path that is not a regular file is, in words.
pub fn file_kind(meta: &std::fs::Metadata) -> String {
    crate::t!(file_kind_key(meta))
}

fn file_kind_key(meta: &std::fs::Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "file-kind-fifo";
        }
        if t.is_socket() {
            return "file-kind-socket";
        }
        if t.is_char_device() || t.is_block_device() {
            return "file-kind-device";
        }
    }
    if t.is_dir() {
        return "file-kind-directory";
    }
    if t.is_symlink() {
        return "file-kind-symlink";
    }
    if t.is_file() {
        return "file-kind-file";
    }
    "file-kind-other"
}

/// Creates a directory (and parents) readable by its owner only.
pub fn create_private_dir(path: &Path) -> std::io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        b.mode(0o700);
    }
    b.create(path)
}

/// The prefix of the temporary files of `path`'s atomic writes (swept by the next lock holder).
pub fn temp_prefix(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "file".into());
    format!(".{name}.tmp-")
}

fn temp_path(path: &Path) -> PathBuf {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    path.with_file_name(format!("{}{}-{n}", temp_prefix(path), std::process::id()))
}

/// Writes `bytes` to `path` atomically: a temp file in the same folder, fsync, rename, fsync the
/// folder. A crash at any moment leaves either the old file or the new one, never a mix.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_atomic_with(path, |f| f.write_all(bytes))
}

/// As [`write_atomic`], with the content written by `fill` (so large outputs are not built in
/// memory twice).
pub fn write_atomic_with(
    path: &Path,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> std::io::Result<()> {
    write_atomic_stat(path, fill).map(|_| ())
}

/// As [`write_atomic_with`], and says what the new file is (size, time, inode) as it was
/// before it took its name, so a later change by anyone else can be told from this write.
pub fn write_atomic_stat(
    path: &Path,
    fill: impl FnOnce(&mut File) -> std::io::Result<()>,
) -> std::io::Result<std::fs::Metadata> {
    let tmp = temp_path(path);
    let result = (|| {
        let mut f = create_private(&tmp)?;
        fill(&mut f)?;
        f.flush()?;
        f.sync_all()?;
        let meta = f.metadata()?;
        drop(f);
        std::fs::rename(&tmp, path)?;
        sync_dir(path)?;
        Ok(meta)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

pub fn sync_dir(path: &Path) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        File::open(dir)?.sync_all()?;
    }
    #[cfg(not(unix))]
    let _ = path;
    Ok(())
}

/// An I/O error in words a user can act on.
pub fn io_message(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        PermissionDenied => crate::t!("file-io-permission"),
        StorageFull => crate::t!("file-io-disk-full"),
        FileTooLarge => crate::t!("file-io-too-large"),
        ReadOnlyFilesystem => crate::t!("file-io-read-only"),
        InvalidData => crate::t!("file-io-not-utf8"),
        NotADirectory => crate::t!("file-io-not-a-directory"),
        IsADirectory => crate::t!("file-io-is-directory"),
        _ => e.to_string(),
    }
}

/// Where an output goes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// `-`: standard output.
    Stdout,
    Path(PathBuf),
}

impl Target {
    /// `-` is standard output; anything else a path.
    pub fn parse(s: &str) -> Target {
        match s {
            "-" => Target::Stdout,
            p => Target::Path(PathBuf::from(p)),
        }
    }

    pub fn describe(&self) -> String {
        match self {
            Target::Stdout => crate::t!("file-stdout"),
            Target::Path(p) => p.display().to_string(),
        }
    }
}

/// Files an output must never replace: every draft and lock in the drafts folder, and the draft
/// being edited (wherever it lives) with its lock.
#[derive(Debug, Clone, Default)]
pub struct Protected {
    /// The drafts folder, resolved.
    pub drafts_dir: Option<PathBuf>,
    /// Other files, resolved.
    pub files: Vec<PathBuf>,
}

impl Protected {
    pub fn new(drafts_dir: &Path, files: &[PathBuf]) -> Protected {
        Protected {
            drafts_dir: Some(
                drafts_dir
                    .canonicalize()
                    .unwrap_or_else(|_| drafts_dir.to_path_buf()),
            ),
            files: files
                .iter()
                .map(|f| f.canonicalize().unwrap_or_else(|_| f.clone()))
                .collect(),
        }
    }

    /// Why writing `resolved` is refused, if it is.
    pub fn refusal(&self, resolved: &Path) -> Option<String> {
        if self.files.iter().any(|f| f == resolved) {
            return Some(crate::t!("file-refuse-open-draft"));
        }
        let dir = self.drafts_dir.as_deref()?;
        let name = resolved.file_name()?.to_string_lossy();
        let draftish = name.ends_with(".json")
            || name.ends_with(".lock")
            || (name.starts_with('.') && name.contains(".tmp-"));
        (resolved.parent() == Some(dir) && draftish).then(|| {
            crate::t!(
                "file-refuse-drafts-folder",
                folder = dir.display().to_string()
            )
        })
    }
}

/// Why an output was not written.
#[derive(Debug)]
pub enum OutputError {
    Refused { path: String, why: String },
    Io { path: String, message: String },
}

impl std::fmt::Display for OutputError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            OutputError::Refused { path, why } => {
                f.write_str(&crate::t!("file-output-refused", path = path, why = why))
            }
            OutputError::Io { path, message } => write!(f, "{path}: {message}"),
        }
    }
}

impl std::error::Error for OutputError {}

/// How an output was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    Stdout,
    /// A regular file, replaced atomically (or created 0600).
    File,
    /// Into an existing FIFO or device, which is not replaced.
    Into,
}

/// Follows symlinks and `..` to the file a path really names, even when it does not exist yet
/// (a dangling link is followed to where it points).
pub fn resolve_target(path: &Path) -> std::io::Result<PathBuf> {
    let mut path = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::canonicalize(&path) {
            Ok(p) => return Ok(p),
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e),
            Err(_) => {}
        }
        if let Ok(target) = std::fs::read_link(&path) {
            path = match path.parent() {
                Some(dir) if target.is_relative() => dir.join(target),
                _ => target,
            };
            continue;
        }
        let Some(name) = path
            .file_name()
            .filter(|_| !matches!(path.components().next_back(), Some(Component::ParentDir)))
        else {
            return Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                crate::t!("file-give-name"),
            ));
        };
        let parent = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
            _ => PathBuf::from("."),
        };
        return Ok(std::fs::canonicalize(&parent)?.join(name));
    }
    Err(std::io::Error::other(crate::t!("file-symlink-loop")))
}

/// Writes an output the user named, with the same checks for every front end: never a draft or
/// lock (after following symlinks and `..`), `-` is standard output, an existing FIFO or device
/// is written into (never replaced), a regular file is replaced atomically, owner-only.
pub fn write_output(
    target: &Target,
    bytes: &[u8],
    protected: &Protected,
) -> Result<Written, OutputError> {
    let path = match target {
        Target::Stdout => {
            let mut out = std::io::stdout().lock();
            // Into a pipe or file the bytes go as they are; on a terminal, a contact named with
            // escape sequences must not retitle the window or clear the screen.
            let shown;
            let bytes = if std::io::IsTerminal::is_terminal(&out) {
                let text = String::from_utf8_lossy(bytes).replace("\r\n", "\n");
                shown = crate::safe_text::sanitize_lines(&text).into_owned();
                shown.as_bytes()
            } else {
                bytes
            };
            return match out.write_all(bytes).and_then(|()| out.flush()) {
                Ok(()) => Ok(Written::Stdout),
                // A closed pipe (`| head`) is the reader's choice, not a failure.
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(Written::Stdout),
                Err(e) => Err(OutputError::Io {
                    path: crate::t!("file-stdout"),
                    message: io_message(&e),
                }),
            };
        }
        Target::Path(p) => p,
    };
    let shown = path.display().to_string();
    let io = |e: std::io::Error| OutputError::Io {
        path: shown.clone(),
        message: io_message(&e),
    };
    let resolved = resolve_target(path).map_err(io)?;
    if let Some(why) = protected.refusal(&resolved) {
        return Err(OutputError::Refused { path: shown, why });
    }
    match std::fs::metadata(&resolved) {
        Ok(meta) if meta.is_dir() => Err(OutputError::Refused {
            path: shown,
            why: crate::t!("file-refuse-folder"),
        }),
        Ok(meta) if !meta.is_file() => {
            // A FIFO or a device: write into it; replacing it would break whoever reads it.
            let mut f = OpenOptions::new().write(true).open(&resolved).map_err(io)?;
            f.write_all(bytes).and_then(|()| f.flush()).map_err(io)?;
            Ok(Written::Into)
        }
        _ => {
            write_atomic(&resolved, bytes).map_err(io)?;
            Ok(Written::File)
        }
    }
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::PermissionsExt;

    #[test]
    fn atomic_write_is_private_and_replaces() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.json");
        std::fs::write(&p, "old").unwrap();
        write_atomic(&p, b"new").unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        let leftovers: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temp file left behind");
    }

    #[test]
    fn outputs_never_replace_drafts_or_locks_whatever_the_path_says() {
        let dir = tempfile::tempdir().unwrap();
        let drafts = dir.path().join("drafts");
        std::fs::create_dir(&drafts).unwrap();
        let draft = drafts.join("a.json");
        std::fs::write(&draft, "draft").unwrap();
        std::fs::write(drafts.join("b.json.lock"), "1").unwrap();
        let elsewhere = dir.path().join("mine.json");
        // i18n-exempt: test data
        std::fs::write(&elsewhere, "open draft").unwrap();
        std::os::unix::fs::symlink(&draft, dir.path().join("link.json")).unwrap();
        std::os::unix::fs::symlink(drafts.join("new.json"), dir.path().join("dangling.json"))
            .unwrap();
        let protected = Protected::new(&drafts, std::slice::from_ref(&elsewhere));
        let refused = [
            draft.clone(),
            drafts.join("b.json.lock"),
            dir.path().join("drafts/../drafts/a.json"),
            dir.path().join("link.json"),
            dir.path().join("dangling.json"),
            drafts.join("c.json"),
            elsewhere.clone(),
        ];
        for p in refused {
            let r = write_output(&Target::Path(p.clone()), b"x", &protected);
            assert!(
                matches!(r, Err(OutputError::Refused { .. })),
                "{p:?}: {r:?}"
            );
        }
        assert_eq!(std::fs::read_to_string(&draft).unwrap(), "draft");
        assert_eq!(std::fs::read_to_string(&elsewhere).unwrap(), "open draft");
        assert!(!drafts.join("new.json").exists());
        let ok = dir.path().join("out.json");
        assert_eq!(
            write_output(&Target::Path(ok.clone()), b"x", &protected).unwrap(),
            Written::File
        );
        let r = write_output(&Target::Path(dir.path().to_path_buf()), b"x", &protected);
        assert!(matches!(r, Err(OutputError::Refused { .. })), "a folder");
    }

    #[test]
    fn a_device_is_written_into_not_replaced() {
        let r = write_output(
            &Target::Path(PathBuf::from("/dev/null")),
            b"x",
            &Protected::default(),
        );
        assert_eq!(r.unwrap(), Written::Into);
        assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
    }
}
