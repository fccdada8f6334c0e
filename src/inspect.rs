//! Documents checked for what reviewers read: a one-pager's pages, a pitch deck's slides, a
//! diagram too small to read, a PDF that is encrypted or broken, an Office file that is not a
//! valid package. Warnings, never refusals.
//!
//! Parsers of user-supplied files run at arm's length: in a child process (`cosell` re-executed
//! in its hidden worker mode, see [`worker_main`]) that limits its own address space and CPU
//! time before it opens the file, and that is killed when it runs past [`TIME_LIMIT`]. A greedy
//! or stuck parser ends with its process; the caller only ever waits on a channel. Where no
//! worker can be started (not Unix, or no `cosell` binary to re-execute, as in unit tests),
//! the parse runs on a thread that is waited for up to the same limit (see SECURITY.md).

use std::collections::{HashMap, HashSet};
use std::io::{BufReader, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant, SystemTime};

use serde::{Deserialize, Serialize};

/// Files larger than this are not parsed (a 200 MB video never is; no real deck comes close).
pub const MAX_PARSE_BYTES: u64 = 50 * 1024 * 1024;

/// How long one document may take before it is reported as not checked.
pub const TIME_LIMIT: Duration = Duration::from_secs(5);

/// The address space a worker may use (the binary, the file and the parser's data together).
pub const MEMORY_LIMIT: u64 = 256 * 1024 * 1024;

/// The largest side of a preview picture the worker hands back (halfblocks need few pixels).
pub const THUMBNAIL_SIDE: u32 = 320;

/// What a document is for, which decides what is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocRole {
    OnePager,
    PitchDeck,
    Diagram,
    Other,
}

/// What was found: the facts, and the warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Inspection {
    pub pages: Option<usize>,
    pub slides: Option<usize>,
    pub pixels: Option<(u32, u32)>,
    pub warnings: Vec<String>,
}

impl Inspection {
    /// The facts in a few words (`3 pages`, `7 slides`, `1200×800 px`).
    pub fn facts(&self) -> String {
        let mut out = Vec::new();
        if let Some(p) = self.pages {
            out.push(crate::t!("doc-pages", count = p));
        }
        if let Some(s) = self.slides {
            out.push(crate::t!("doc-slides", count = s));
        }
        if let Some((w, h)) = self.pixels {
            out.push(format!("{w}×{h} px"));
        }
        out.join(", ")
    }

    fn failed(why: String) -> Inspection {
        Inspection {
            warnings: vec![why],
            ..Inspection::default()
        }
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Checks one document in this process and this thread: only for what is already bounded (a
/// worker process, the fuzzer, tests). Everything else goes through an [`Inspector`].
pub fn inspect(path: &Path, role: DocRole) -> Inspection {
    let mut out = read_facts(path);
    judge(role, &mut out);
    out
}

/// The facts of a file, whatever it is for.
fn read_facts(path: &Path) -> Inspection {
    let mut out = Inspection::default();
    let ext = extension(path);
    let parsed = matches!(
        ext.as_str(),
        "pdf" | "pptx" | "docx" | "xlsx" | "png" | "jpg" | "jpeg"
    );
    if !parsed {
        return out;
    }
    let Ok((file, meta)) = crate::fsio::open_regular(path, true) else {
        return out;
    };
    if meta.len() > MAX_PARSE_BYTES {
        out.warnings.push(crate::t!(
            "doc-not-checked-larger",
            size = MAX_PARSE_BYTES / 1_048_576
        ));
        return out;
    }
    facts_from(&ext, file, &mut out);
    out
}

/// The facts of a document of type `ext` read from `reader` (a file, or bytes in the fuzzer).
fn facts_from<R: Read + std::io::Seek>(ext: &str, reader: R, out: &mut Inspection) {
    match ext {
        "pdf" => pdf(reader, out),
        "pptx" | "docx" | "xlsx" => office(reader, ext, out),
        "png" | "jpg" | "jpeg" => {
            let size = image::ImageReader::new(BufReader::new(reader))
                .with_guessed_format()
                .map_err(|e| e.to_string())
                .and_then(|mut r| {
                    r.limits(image_limits());
                    r.into_dimensions().map_err(|e| e.to_string())
                });
            match size {
                Ok(pixels) => out.pixels = Some(pixels),
                Err(e) => out.warnings.push(crate::t!(
                    "doc-not-picture",
                    why = crate::present::sanitize(&e)
                )),
            }
        }
        _ => {}
    }
}

/// The inspection of `bytes` as a document of each type that is parsed, in this process (the
/// fuzzer's entry point; it runs under its own memory limit).
pub fn inspect_bytes(bytes: &[u8]) -> Vec<Inspection> {
    ["pdf", "pptx", "docx", "xlsx", "png", "jpg"]
        .iter()
        .map(|ext| {
            let mut out = Inspection::default();
            facts_from(ext, std::io::Cursor::new(bytes), &mut out);
            out
        })
        .collect()
}

fn image_limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MEMORY_LIMIT / 2);
    limits
}

fn pdf(file: impl Read, out: &mut Inspection) {
    let mut bytes = Vec::new();
    if file
        .take(MAX_PARSE_BYTES + 1)
        .read_to_end(&mut bytes)
        .is_err()
    {
        return;
    }
    if find(&bytes, b"/Encrypt").is_some() {
        out.warnings.push(crate::t!("doc-encrypted"));
        return;
    }
    match lopdf::Document::load_mem(&bytes) {
        Ok(doc) if doc.is_encrypted() => out.warnings.push(crate::t!("doc-encrypted")),
        Ok(doc) => {
            let pages = doc.get_pages().len();
            out.pages = Some(pages);
            if pages == 0 {
                out.warnings.push(crate::t!("doc-no-pages"));
            }
        }
        Err(e) => out.warnings.push(crate::t!(
            "doc-not-pdf",
            why = crate::present::sanitize(&e.to_string())
        )),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn office(file: impl Read + std::io::Seek, ext: &str, out: &mut Inspection) {
    let app = match ext {
        "pptx" => "PowerPoint",
        "docx" => "Word",
        _ => "Excel",
    };
    let not_valid = |why: String| {
        crate::t!(
            "doc-not-office",
            app = app,
            why = crate::present::sanitize(&why)
        )
    };
    let archive = match zip::ZipArchive::new(file) {
        Ok(a) => a,
        Err(e) => {
            out.warnings.push(not_valid(e.to_string()));
            return;
        }
    };
    let names: Vec<String> = archive
        .file_names()
        .filter_map(Result::ok)
        .map(|n| n.into_owned())
        .collect();
    let main = match ext {
        "pptx" => "ppt/presentation.xml",
        "docx" => "word/document.xml",
        _ => "xl/workbook.xml",
    };
    for part in ["[Content_Types].xml", main] {
        if !names.iter().any(|n| n == part) {
            out.warnings
                .push(not_valid(crate::t!("doc-no-part", part = part)));
            return;
        }
    }
    if ext == "pptx" {
        out.slides = Some(
            names
                .iter()
                .filter(|n| {
                    n.strip_prefix("ppt/slides/slide")
                        .and_then(|r| r.strip_suffix(".xml"))
                        .is_some_and(|k| !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit()))
                })
                .count(),
        );
    }
}

/// The guidance each role is checked against.
fn judge(role: DocRole, out: &mut Inspection) {
    match role {
        DocRole::OnePager => {
            let n = out.pages.or(out.slides);
            match n {
                Some(n) if n > 10 => out
                    .warnings
                    .push(crate::t!("doc-one-pager-over-ten", count = n)),
                Some(n) if n > 2 => out
                    .warnings
                    .push(crate::t!("doc-one-pager-over-two", count = n)),
                _ => {}
            }
        }
        DocRole::PitchDeck => {
            let n = out.slides.or(out.pages);
            if let Some(n) = n.filter(|n| !(5..=10).contains(n)) {
                out.warnings.push(crate::t!("doc-deck-slides", count = n));
            }
        }
        DocRole::Diagram => {
            if let Some((w, h)) = out.pixels.filter(|(w, _)| *w < 800) {
                out.warnings
                    .push(crate::t!("doc-diagram-small", width = w, height = h));
            }
        }
        DocRole::Other => {}
    }
}

/// A picture shrunk for the preview, as RGBA pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Thumbnail {
    /// The size of the picture itself.
    pub original: (u32, u32),
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

impl Thumbnail {
    pub fn into_image(self) -> Option<image::DynamicImage> {
        image::RgbaImage::from_raw(self.width, self.height, self.rgba)
            .map(image::DynamicImage::ImageRgba8)
    }
}

/// Decodes a PNG or JPEG and shrinks it to fit [`THUMBNAIL_SIDE`], in this process: only for
/// what is already bounded (a worker process, tests).
pub fn thumbnail(path: &Path) -> Result<Thumbnail, String> {
    let (file, meta) = crate::fsio::open_regular(path, true).map_err(|e| e.to_string())?;
    if meta.len() > MAX_PARSE_BYTES {
        return Err(crate::t!(
            "doc-preview-too-large",
            size = MAX_PARSE_BYTES / 1_048_576
        ));
    }
    let mut reader = image::ImageReader::new(BufReader::new(file))
        .with_guessed_format()
        .map_err(|e| e.to_string())?;
    reader.limits(image_limits());
    let img = reader.decode().map_err(|e| e.to_string())?;
    let original = (img.width(), img.height());
    let small = img.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE).to_rgba8();
    Ok(Thumbnail {
        original,
        width: small.width(),
        height: small.height(),
        rgba: small.into_raw(),
    })
}

// ---------------------------------------------------------------------------------------------
// The worker process.

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
fn worker_exe() -> Option<PathBuf> {
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
fn facts_bounded(path: &Path, worker: Option<&Path>, cancel: &AtomicBool) -> Inspection {
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

// ---------------------------------------------------------------------------------------------
// The inspector: a cache in front of a small pool of workers.

/// A file as it was when it was checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Stamp(u64, Option<SystemTime>);

fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path)
        .ok()
        .filter(std::fs::Metadata::is_file)
        .map(|m| Stamp(m.len(), m.modified().ok()))
}

type Key = (PathBuf, Stamp);

/// What the inspector knows of a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// Not a regular file (or gone): nothing to check.
    Nothing,
    /// Being read; ask again later.
    Pending,
    Ready(Inspection),
}

struct Pool {
    jobs: Sender<Key>,
    results: Receiver<(Key, Inspection)>,
    cancel: Arc<AtomicBool>,
    /// Joined on drop when they run worker processes (they notice `cancel` within 25 ms and
    /// kill their worker, so none outlives cosell); thread fallbacks are not waited for.
    threads: Vec<std::thread::JoinHandle<()>>,
    isolated: bool,
}

impl Pool {
    fn start(worker: Option<PathBuf>) -> Pool {
        let (jobs, queue) = mpsc::channel::<Key>();
        let (done, results) = mpsc::channel();
        let queue = Arc::new(Mutex::new(queue));
        let cancel = Arc::new(AtomicBool::new(false));
        let workers = std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(2)
            .clamp(1, 4);
        let isolated = worker.is_some();
        let mut threads = Vec::new();
        for i in 0..workers {
            let queue = Arc::clone(&queue);
            let done = done.clone();
            let cancel = Arc::clone(&cancel);
            let worker = worker.clone();
            let spawned = std::thread::Builder::new()
                .name(format!("cosell-docs-{i}"))
                .spawn(move || {
                    loop {
                        let job = match queue.lock() {
                            Ok(q) => q.recv(),
                            Err(_) => return,
                        };
                        let Ok(key) = job else { return };
                        if cancel.load(Ordering::Relaxed) {
                            return;
                        }
                        let found = facts_bounded(&key.0, worker.as_deref(), &cancel);
                        if done.send((key, found)).is_err() {
                            return;
                        }
                    }
                });
            threads.extend(spawned);
        }
        Pool {
            jobs,
            results,
            cancel,
            threads,
            isolated,
        }
    }
}

impl Drop for Pool {
    fn drop(&mut self) {
        // Running workers are killed; queued jobs are dropped with the channel.
        self.cancel.store(true, Ordering::Relaxed);
        let (dead, _) = mpsc::channel();
        self.jobs = dead;
        if self.isolated {
            for t in self.threads.drain(..) {
                let _ = t.join();
            }
        }
    }
}

/// Document checks by file, each file read once per change (same path, size and modification
/// time), in parallel up to the cores, never on the caller's thread: [`Inspector::get`] answers
/// at once, [`Inspector::poll`] takes what arrived, [`Inspector::wait`] waits up to a deadline.
pub struct Inspector {
    cache: HashMap<Key, Inspection>,
    pending: HashSet<Key>,
    pool: Option<Pool>,
    /// The program the workers run; None: threads (see the module's notes).
    worker: Option<PathBuf>,
}

impl Default for Inspector {
    fn default() -> Inspector {
        Inspector::with_worker(worker_exe())
    }
}

impl Inspector {
    pub fn new() -> Inspector {
        Inspector::default()
    }

    /// An inspector whose workers run this program (`cosell`), or threads with None.
    pub fn with_worker(worker: Option<PathBuf>) -> Inspector {
        Inspector {
            cache: HashMap::new(),
            pending: HashSet::new(),
            pool: None,
            worker,
        }
    }

    /// The inspection of a file for a role, when it is known; otherwise its check is started.
    pub fn get(&mut self, path: &Path, role: DocRole) -> Lookup {
        let Some(now) = stamp(path) else {
            return Lookup::Nothing;
        };
        let key = (path.to_path_buf(), now);
        if let Some(found) = self.cache.get(&key) {
            let mut judged = found.clone();
            judge(role, &mut judged);
            return Lookup::Ready(judged);
        }
        if self.pending.insert(key.clone()) {
            let worker = &self.worker;
            let pool = self.pool.get_or_insert_with(|| Pool::start(worker.clone()));
            if pool.jobs.send(key.clone()).is_err() {
                self.pending.remove(&key);
                return Lookup::Ready(Inspection::failed(crate::t!("doc-not-running")));
            }
        }
        Lookup::Pending
    }

    /// Takes the results that arrived; true when there were any.
    pub fn poll(&mut self) -> bool {
        let Some(pool) = &self.pool else {
            return false;
        };
        let mut any = false;
        while let Ok((key, found)) = pool.results.try_recv() {
            self.pending.remove(&key);
            self.cache.insert(key, found);
            any = true;
        }
        any
    }

    /// Waits until nothing is pending or `deadline` passes; true when anything arrived.
    pub fn wait(&mut self, deadline: Instant) -> bool {
        let mut any = self.poll();
        while !self.pending.is_empty() {
            let Some(pool) = &self.pool else { break };
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                break;
            }
            match pool.results.recv_timeout(left) {
                Ok((key, found)) => {
                    self.pending.remove(&key);
                    self.cache.insert(key, found);
                    any = true;
                }
                Err(_) => break,
            }
        }
        any
    }

    /// Whether checks are still running.
    pub fn busy(&self) -> bool {
        !self.pending.is_empty()
    }
}

/// Inspects several files at once, at arm's length, waiting at most `limit` in all; a file
/// still being read then says so.
pub fn inspect_all(files: &[(PathBuf, DocRole)], limit: Duration) -> Vec<Inspection> {
    let mut inspector = Inspector::new();
    for (path, role) in files {
        inspector.get(path, *role);
    }
    inspector.wait(Instant::now() + limit);
    files
        .iter()
        .map(|(path, role)| match inspector.get(path, *role) {
            Lookup::Ready(found) => found,
            Lookup::Nothing => Inspection::default(),
            Lookup::Pending => {
                Inspection::failed(crate::t!("doc-still-reading", seconds = limit.as_secs()))
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fifo_is_not_opened_for_reading_and_nothing_waits_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("pipe.pdf");
        let made = std::process::Command::new("mkfifo")
            .arg(&fifo)
            .status()
            .is_ok_and(|s| s.success());
        if !made {
            return;
        }
        let start = Instant::now();
        assert!(crate::fsio::open_regular(&fifo, true).is_err());
        assert_eq!(read_facts(&fifo), Inspection::default());
        let mut inspector = Inspector::new();
        assert_eq!(inspector.get(&fifo, DocRole::OnePager), Lookup::Nothing);
        assert!(start.elapsed() < Duration::from_secs(2));
    }

    #[test]
    fn a_result_is_cached_by_path_size_and_time_and_judged_per_role() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.pdf");
        std::fs::write(&p, b"%PDF-1.4 broken").unwrap();
        let mut inspector = Inspector::new();
        assert_eq!(inspector.get(&p, DocRole::OnePager), Lookup::Pending);
        assert!(inspector.busy());
        inspector.wait(Instant::now() + Duration::from_secs(10));
        assert!(!inspector.busy());
        let Lookup::Ready(found) = inspector.get(&p, DocRole::OnePager) else {
            panic!("known after the wait");
        };
        assert!(
            found.warnings[0].contains("cannot be read as a PDF"),
            "{found:?}"
        );
        // A change to the file is a new check.
        std::fs::write(&p, b"%PDF-1.4 broken, and longer").unwrap();
        assert_eq!(inspector.get(&p, DocRole::OnePager), Lookup::Pending);
    }
}
