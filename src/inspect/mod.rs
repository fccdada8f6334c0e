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

mod inspector;
mod worker;

use std::io::{BufReader, Read};
use std::path::Path;
use std::time::Duration;

use serde::{Deserialize, Serialize};

pub use inspector::{Inspector, Lookup, inspect_all};
pub use worker::{WorkerJob, isolated, thumbnail_bounded, worker_main};

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

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

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
