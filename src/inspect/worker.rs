//! The worker process: `cosell` re-executed to parse one file under limits of memory and CPU
//! time, how it is started and waited for, and the thread that stands in where it cannot be.

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use super::{
    Inspection, MEMORY_LIMIT, THUMBNAIL_SIDE, TIME_LIMIT, Thumbnail, read_facts, thumbnail,
};

/// What a worker is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum WorkerJob {
    /// Pages, slides, pixels and parse problems, as one JSON line.
    Inspect,
    /// A preview: one JSON line (sizes), then the RGBA pixels.
    Thumbnail,
}

#[derive(Serialize, Deserialize)]
struct ThumbHeader {
    original: (u32, u32),
    width: u32,
    height: u32,
    error: Option<String>,
}

/// The hidden worker mode (`cosell __worker JOB PATH`): limits itself, then reads one file and
/// writes what it found to standard output. Its own limits come first, before the file is
/// opened, so no parser runs without them.
pub fn worker_main(job: WorkerJob, path: &Path) -> std::process::ExitCode {
    if let Err(e) = limit_self() {
        eprintln!(
            "{}",
            crate::t!("doc-worker-cannot-limit", why = e.to_string())
        );
        return std::process::ExitCode::from(3);
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let written = match job {
        WorkerJob::Inspect => {
            let found = read_facts(path);
            serde_json::to_writer(&mut out, &found)
                .map_err(std::io::Error::other)
                .and_then(|()| out.write_all(b"\n"))
        }
        WorkerJob::Thumbnail => {
            let (header, pixels) = match thumbnail(path) {
                Ok(t) => (
                    ThumbHeader {
                        original: t.original,
                        width: t.width,
                        height: t.height,
                        error: None,
                    },
                    t.rgba,
                ),
                Err(e) => (
                    ThumbHeader {
                        original: (0, 0),
                        width: 0,
                        height: 0,
                        error: Some(e),
                    },
                    Vec::new(),
                ),
            };
            serde_json::to_writer(&mut out, &header)
                .map_err(std::io::Error::other)
                .and_then(|()| out.write_all(b"\n"))
                .and_then(|()| out.write_all(&pixels))
        }
    };
    match written.and_then(|()| out.flush()) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(_) => std::process::ExitCode::from(3),
    }
}

/// Address space, CPU time, no core dumps.
#[cfg(unix)]
fn limit_self() -> std::io::Result<()> {
    use rustix::process::{Resource, Rlimit, setrlimit};
    let cpu = TIME_LIMIT.as_secs();
    let limits = [
        (Resource::As, MEMORY_LIMIT),
        (Resource::Cpu, cpu),
        (Resource::Core, 0),
    ];
    for (resource, value) in limits {
        setrlimit(
            resource,
            Rlimit {
                current: Some(value),
                maximum: Some(value),
            },
        )?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn limit_self() -> std::io::Result<()> {
    Err(std::io::Error::other(crate::t!("doc-no-limits")))
}

/// The binary a worker runs: `COSELL_WORKER_EXE` when set, else this program when it is
/// `cosell`. None: no worker here.
pub(super) fn worker_exe() -> Option<PathBuf> {
    if !cfg!(unix) {
        return None;
    }
    if let Some(exe) = std::env::var_os("COSELL_WORKER_EXE") {
        return Some(PathBuf::from(exe));
    }
    let me = std::env::current_exe().ok()?;
    // Tests run the library from their own binaries in target/*/deps; the cosell built beside
    // them is the worker, so hostile files are never parsed inside the test process.
    #[cfg(feature = "test-hooks")]
    if me.file_stem()? != "cosell"
        && let Some(sibling) = me
            .parent()
            .and_then(Path::parent)
            .map(|d| d.join("cosell"))
            .filter(|p| p.is_file())
    {
        return Some(sibling);
    }
    if me.file_stem()? != "cosell" {
        return None;
    }
    // /proc/self/exe still works when the binary was replaced (a rebuild) while it runs.
    let proc_exe = Path::new("/proc/self/exe");
    Some(if proc_exe.exists() {
        proc_exe.to_path_buf()
    } else {
        me
    })
}

/// Whether documents are read in a limited worker process here (false: on a thread).
pub fn isolated() -> bool {
    worker_exe().is_some()
}

/// Why a worker gave no answer, in words for the warning.
/// A preview says "not shown: decoding …" where a check says "not checked: reading …".
fn worker_failure(
    status: Option<std::process::ExitStatus>,
    timed_out: bool,
    job: WorkerJob,
) -> String {
    let preview = job == WorkerJob::Thumbnail;
    let took_longer = || {
        let key = if preview {
            "doc-preview-took-longer"
        } else {
            "doc-took-longer"
        };
        crate::t!(key, seconds = TIME_LIMIT.as_secs())
    };
    if timed_out {
        return took_longer();
    }
    #[cfg(unix)]
    if let Some(sig) = status.and_then(|s| std::os::unix::process::ExitStatusExt::signal(&s)) {
        if sig == libc::SIGXCPU || sig == libc::SIGKILL {
            return took_longer();
        }
        let key = if preview {
            "doc-preview-memory"
        } else {
            "doc-memory"
        };
        return crate::t!(key, size = MEMORY_LIMIT / 1_048_576);
    }
    let _ = status;
    crate::t!("doc-reader-failed")
}

/// Runs one job in a worker process, killed at [`TIME_LIMIT`] or when `cancel` is set. The
/// answer is at most `cap` bytes.
fn run_worker(
    exe: &Path,
    job: WorkerJob,
    path: &Path,
    cap: u64,
    cancel: &AtomicBool,
) -> Result<Vec<u8>, String> {
    use std::process::{Command, Stdio};
    let name = match job {
        WorkerJob::Inspect => "inspect",
        WorkerJob::Thumbnail => "thumbnail",
    };
    let mut child = Command::new(exe)
        .arg("__worker")
        .arg(name)
        .arg(path)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .env_remove("COSELL_WORKER_EXE")
        // The worker's warnings are shown: in the reader's language, even one chosen by --lang.
        .env("COSELL_LANG", crate::i18n::current().code())
        .spawn()
        .map_err(|e| crate::t!("doc-reader-no-start-why", why = e.to_string()))?;
    let Some(stdout) = child.stdout.take() else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(crate::t!("doc-reader-no-start"));
    };
    // The answer is read while the worker runs, so a large one cannot block it.
    let reader = std::thread::Builder::new()
        .name("cosell-worker-answer".into())
        .spawn(move || {
            let mut bytes = Vec::new();
            let _ = stdout.take(cap).read_to_end(&mut bytes);
            bytes
        });
    let Ok(reader) = reader else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(crate::t!("doc-no-thread"));
    };
    let start = Instant::now();
    let mut pause = Duration::from_millis(2);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) => {}
            Err(_) => break None,
        }
        if start.elapsed() >= TIME_LIMIT || cancel.load(Ordering::Relaxed) {
            let _ = child.kill();
            let _ = child.wait();
            let _ = reader.join();
            return Err(worker_failure(None, true, job));
        }
        std::thread::sleep(pause);
        pause = (pause * 2).min(Duration::from_millis(25));
    };
    let bytes = reader.join().unwrap_or_default();
    match status {
        Some(s) if s.success() => Ok(bytes),
        other => Err(worker_failure(other, false, job)),
    }
}

/// [`read_facts`] on a thread, given up after `limit` (where no worker process can be had).
fn facts_on_thread(path: &Path, limit: Duration) -> Inspection {
    let (tx, rx) = mpsc::channel();
    let owned = path.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("cosell-inspect".into())
        .spawn(move || {
            let _ = tx.send(read_facts(&owned));
        });
    if spawned.is_err() {
        return Inspection::default();
    }
    rx.recv_timeout(limit).unwrap_or_else(|_| {
        Inspection::failed(crate::t!("doc-took-longer", seconds = limit.as_secs()))
    })
}

/// The facts of one file, read at arm's length: in a worker process running `worker`, or on a
/// thread where there is none.
pub(super) fn facts_bounded(path: &Path, worker: Option<&Path>, cancel: &AtomicBool) -> Inspection {
    let Some(exe) = worker else {
        return facts_on_thread(path, TIME_LIMIT);
    };
    match run_worker(exe, WorkerJob::Inspect, path, 64 * 1024, cancel) {
        Ok(bytes) => serde_json::from_slice(&bytes)
            .unwrap_or_else(|_| Inspection::failed(crate::t!("doc-no-answer"))),
        Err(why) => Inspection::failed(why),
    }
}

/// A preview of a picture, decoded at arm's length (a worker process where there is one).
pub fn thumbnail_bounded(path: &Path) -> Result<Thumbnail, String> {
    let never = AtomicBool::new(false);
    let Some(exe) = worker_exe() else {
        let (tx, rx) = mpsc::channel();
        let owned = path.to_path_buf();
        std::thread::Builder::new()
            .name("cosell-preview".into())
            .spawn(move || {
                let _ = tx.send(thumbnail(&owned));
            })
            .map_err(|e| e.to_string())?;
        return rx.recv_timeout(TIME_LIMIT).unwrap_or_else(|_| {
            Err(crate::t!(
                "doc-preview-took-longer",
                seconds = TIME_LIMIT.as_secs()
            ))
        });
    };
    let cap = 4096 + u64::from(THUMBNAIL_SIDE) * u64::from(THUMBNAIL_SIDE) * 4;
    let bytes = run_worker(&exe, WorkerJob::Thumbnail, path, cap, &never)?;
    let split = bytes
        .iter()
        .position(|b| *b == b'\n')
        .ok_or_else(|| crate::t!("doc-preview-no-answer"))?;
    let header: ThumbHeader =
        serde_json::from_slice(&bytes[..split]).map_err(|_| crate::t!("doc-preview-no-answer"))?;
    if let Some(e) = header.error {
        return Err(e);
    }
    let rgba = bytes[split + 1..].to_vec();
    if rgba.len() as u64 != u64::from(header.width) * u64::from(header.height) * 4 {
        return Err(crate::t!("doc-preview-cut-short"));
    }
    Ok(Thumbnail {
        original: header.original,
        width: header.width,
        height: header.height,
        rgba,
    })
}
