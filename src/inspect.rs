//! Documents checked for what reviewers read: a one-pager's pages, a pitch deck's slides, a
//! diagram too small to read, a PDF that is encrypted or broken, an Office file that is not a
//! valid package. Warnings, never refusals. Reading stays bounded: only files of these types,
//! only up to a size, and within a time limit (a hostile PDF cannot hang anything).

use std::collections::HashMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::sync::mpsc::{Receiver, Sender};
use std::time::{Duration, SystemTime};

/// Files larger than this are not parsed (a 200 MB video never is; no real deck comes close).
pub const MAX_PARSE_BYTES: u64 = 50 * 1024 * 1024;

/// How long one document may take before it is reported as not checked.
pub const TIME_LIMIT: Duration = Duration::from_secs(5);

/// What a document is for, which decides what is checked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocRole {
    OnePager,
    PitchDeck,
    Diagram,
    Other,
}

/// What was found: the facts, and the warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
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
            out.push(format!("{p} page{}", if p == 1 { "" } else { "s" }));
        }
        if let Some(s) = self.slides {
            out.push(format!("{s} slide{}", if s == 1 { "" } else { "s" }));
        }
        if let Some((w, h)) = self.pixels {
            out.push(format!("{w}×{h} px"));
        }
        out.join(", ")
    }
}

fn extension(path: &Path) -> String {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default()
}

/// Checks one document (a regular file that passed the document check), in this thread.
pub fn inspect(path: &Path, role: DocRole) -> Inspection {
    let mut out = Inspection::default();
    let Ok(meta) = std::fs::metadata(path) else {
        return out;
    };
    if !meta.is_file() {
        return out;
    }
    let ext = extension(path);
    let parsed = matches!(ext.as_str(), "pdf" | "pptx" | "docx" | "xlsx");
    if parsed && meta.len() > MAX_PARSE_BYTES {
        out.warnings.push(format!(
            "not checked: larger than {} MB",
            MAX_PARSE_BYTES / 1_048_576
        ));
        return out;
    }
    match ext.as_str() {
        "pdf" => pdf(path, &mut out),
        "pptx" | "docx" | "xlsx" => office(path, &ext, &mut out),
        "png" | "jpg" | "jpeg" => {
            out.pixels = image::ImageReader::open(path)
                .and_then(|r| r.with_guessed_format())
                .ok()
                .and_then(|r| r.into_dimensions().ok());
        }
        _ => {}
    }
    judge(role, &mut out);
    out
}

fn pdf(path: &Path, out: &mut Inspection) {
    let mut bytes = Vec::new();
    let read =
        std::fs::File::open(path).and_then(|f| f.take(MAX_PARSE_BYTES + 1).read_to_end(&mut bytes));
    if read.is_err() {
        return;
    }
    if find(&bytes, b"/Encrypt").is_some() {
        out.warnings
            .push("is encrypted (password protected); reviewers may not be able to open it".into());
        return;
    }
    match lopdf::Document::load_mem(&bytes) {
        Ok(doc) if doc.is_encrypted() => out
            .warnings
            .push("is encrypted (password protected); reviewers may not be able to open it".into()),
        Ok(doc) => out.pages = Some(doc.get_pages().len()),
        Err(e) => out.warnings.push(format!(
            "cannot be read as a PDF ({e}); export it again and check that it opens"
        )),
    }
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn office(path: &Path, ext: &str, out: &mut Inspection) {
    let app = match ext {
        "pptx" => "PowerPoint",
        "docx" => "Word",
        _ => "Excel",
    };
    let not_valid =
        |why: String| format!("is not a valid {app} file ({why}); save it again from {app}");
    let archive = std::fs::File::open(path)
        .map_err(|e| e.to_string())
        .and_then(|f| zip::ZipArchive::new(f).map_err(|e| e.to_string()));
    let archive = match archive {
        Ok(a) => a,
        Err(e) => {
            out.warnings.push(not_valid(e));
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
            out.warnings.push(not_valid(format!("no {part}")));
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
                Some(n) if n > 10 => out.warnings.push(format!(
                    "{n} pages; Partner Center's 2022 docs take at most 10, and Microsoft's one-pager template is one page"
                )),
                Some(n) if n > 2 => out.warnings.push(format!(
                    "{n} pages; Microsoft's one-pager template is one page, its 2019 guidance 1–2"
                )),
                _ => {}
            }
        }
        DocRole::PitchDeck => {
            let n = out.slides.or(out.pages);
            if let Some(n) = n.filter(|n| !(5..=10).contains(n)) {
                out.warnings.push(format!(
                    "{n} slide{}; Microsoft's 2019 guidance for a pitch deck is 5–10 slides",
                    if n == 1 { "" } else { "s" }
                ));
            }
        }
        DocRole::Diagram => {
            if let Some((w, h)) = out.pixels.filter(|(w, _)| *w < 800) {
                out.warnings.push(format!(
                    "{w}×{h} pixels: under 800 px wide a diagram is hard to read; export it larger"
                ));
            }
        }
        DocRole::Other => {}
    }
}

/// [`inspect`] on a worker thread, given up after `limit`.
pub fn inspect_bounded(path: &Path, role: DocRole, limit: Duration) -> Inspection {
    let (tx, rx) = std::sync::mpsc::channel();
    let owned = path.to_path_buf();
    let spawned = std::thread::Builder::new()
        .name("cosell-inspect".into())
        .spawn(move || {
            let _ = tx.send(inspect(&owned, role));
        });
    if spawned.is_err() {
        return Inspection::default();
    }
    rx.recv_timeout(limit).unwrap_or_else(|_| Inspection {
        warnings: vec![format!(
            "not checked: reading it took longer than {} s",
            limit.as_secs()
        )],
        ..Inspection::default()
    })
}

/// A file as it was when it was checked.
type Stamp = (u64, Option<SystemTime>);

fn stamp(path: &Path) -> Option<Stamp> {
    std::fs::metadata(path)
        .ok()
        .map(|m| (m.len(), m.modified().ok()))
}

type Key = (PathBuf, DocRole);

/// A finished background inspection.
type Done = (Key, Stamp, Inspection);

/// Inspections by file, redone only when a file changes. Blocking (the command line, plain
/// mode) or in the background (the wizard: results arrive through [`Inspector::poll`]).
pub struct Inspector {
    cache: HashMap<Key, (Stamp, Inspection)>,
    background: Option<(Sender<Done>, Receiver<Done>)>,
    in_flight: HashMap<Key, Stamp>,
}

impl Default for Inspector {
    fn default() -> Inspector {
        Inspector::blocking()
    }
}

impl Inspector {
    pub fn blocking() -> Inspector {
        Inspector {
            cache: HashMap::new(),
            background: None,
            in_flight: HashMap::new(),
        }
    }

    /// From now on, inspections run on worker threads and [`Inspector::get`] does not wait.
    pub fn run_in_background(&mut self) {
        if self.background.is_none() {
            self.background = Some(std::sync::mpsc::channel());
        }
    }

    /// The inspection of a file, when it is known (in the background, None until it is).
    pub fn get(&mut self, path: &Path, role: DocRole) -> Option<&Inspection> {
        let key = (path.to_path_buf(), role);
        let now = stamp(path)?;
        let fresh = self.cache.get(&key).is_some_and(|(s, _)| *s == now);
        if !fresh {
            match &self.background {
                None => {
                    let found = inspect_bounded(path, role, TIME_LIMIT);
                    self.cache.insert(key.clone(), (now, found));
                }
                Some((tx, _)) => {
                    if self.in_flight.get(&key) != Some(&now) {
                        self.in_flight.insert(key.clone(), now);
                        let tx = tx.clone();
                        let k = key.clone();
                        std::thread::spawn(move || {
                            let found = inspect_bounded(&k.0, k.1, TIME_LIMIT);
                            let _ = tx.send((k, now, found));
                        });
                    }
                    return self
                        .cache
                        .get(&key)
                        .filter(|(s, _)| *s == now)
                        .map(|(_, i)| i);
                }
            }
        }
        self.cache.get(&key).map(|(_, i)| i)
    }

    /// Takes the background results that arrived; true when there were any.
    pub fn poll(&mut self) -> bool {
        let Some((_, rx)) = &self.background else {
            return false;
        };
        let mut any = false;
        while let Ok((key, s, found)) = rx.try_recv() {
            self.in_flight.remove(&key);
            self.cache.insert(key, (s, found));
            any = true;
        }
        any
    }

    pub fn busy(&self) -> bool {
        !self.in_flight.is_empty()
    }
}
