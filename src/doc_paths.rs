//! Document paths of a draft kept with its documents (in a git repository, say): a path inside
//! the draft's folder is stored relative to it, and a document from elsewhere can be copied into
//! `documents/` beside the draft. Used by `session`; no front end touches files itself.

use std::path::{Path, PathBuf};

use crate::fsio;

/// `path` relative to `dir` when it lies inside it (compared by real folders, so a path named
/// through a symlink or `..` counts where it really is); None when it lies outside.
pub fn relative_path(dir: &Path, path: &str) -> Option<String> {
    let p = Path::new(path);
    if !p.is_absolute() {
        return None;
    }
    let real = match (p.parent(), p.file_name()) {
        (Some(parent), Some(name)) => parent
            .canonicalize()
            .map(|d| d.join(name))
            .unwrap_or_else(|_| p.to_path_buf()),
        _ => p.to_path_buf(),
    };
    let dir = dir.canonicalize().unwrap_or_else(|_| dir.to_path_buf());
    let rel = real.strip_prefix(&dir).ok()?;
    if rel.as_os_str().is_empty() {
        return None;
    }
    let parts: Option<Vec<&str>> = rel.components().map(|c| c.as_os_str().to_str()).collect();
    Some(parts?.join("/"))
}

/// Whether two files hold the same bytes (read in chunks, never whole).
fn same_content(a: &Path, b: &Path) -> bool {
    use std::io::Read;
    let (Ok(ma), Ok(mb)) = (std::fs::metadata(a), std::fs::metadata(b)) else {
        return false;
    };
    if ma.len() != mb.len() || !mb.is_file() {
        return false;
    }
    let (Ok((mut fa, _)), Ok((mut fb, _))) =
        (fsio::open_regular(a, true), fsio::open_regular(b, true))
    else {
        return false;
    };
    let (mut ba, mut bb) = (vec![0u8; 64 * 1024], vec![0u8; 64 * 1024]);
    loop {
        let Ok(n) = fa.read(&mut ba) else {
            return false;
        };
        if n == 0 {
            return true;
        }
        if fb.read_exact(&mut bb[..n]).is_err() || ba[..n] != bb[..n] {
            return false;
        }
    }
}

/// The largest document copied into a draft's folder (Partner Center takes far smaller files).
const MAX_COPY_BYTES: u64 = 2 * 1024 * 1024 * 1024;

/// Copies a regular file into `folder` (created 0700 if needed) under its own name, or
/// `name-2.ext` … when another file has it; the same bytes under that name are reused. The copy
/// is owner-only and never replaces anything.
pub fn copy_document(source: &Path, folder: &Path) -> Result<PathBuf, String> {
    use std::io::Read;
    let shown = |p: &Path| p.display().to_string();
    let meta = std::fs::metadata(source)
        .map_err(|e| format!("{}: {}", shown(source), fsio::io_message(&e)))?;
    if !meta.is_file() {
        return Err(crate::t!(
            "file-copy-not-document",
            path = shown(source),
            kind = crate::validate::file_kind(&meta)
        ));
    }
    if meta.len() > MAX_COPY_BYTES {
        return Err(crate::t!("file-copy-too-big", path = shown(source)));
    }
    let name = source
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .ok_or_else(|| crate::t!("file-copy-no-name", path = shown(source)))?;
    fsio::create_private_dir(folder)
        .map_err(|e| format!("{}: {}", shown(folder), fsio::io_message(&e)))?;
    let (stem, ext) = match name.rsplit_once('.') {
        Some((s, e)) if !s.is_empty() => (s.to_string(), format!(".{e}")),
        _ => (name.clone(), String::new()),
    };
    for n in 1..1000 {
        let candidate = match n {
            1 => folder.join(&name),
            n => folder.join(format!("{stem}-{n}{ext}")),
        };
        if candidate == source {
            return Ok(candidate);
        }
        match fsio::create_private(&candidate) {
            Ok(mut f) => {
                let written = fsio::open_regular(source, true)
                    .and_then(|(from, _)| std::io::copy(&mut from.take(MAX_COPY_BYTES), &mut f))
                    .and_then(|_| f.sync_all());
                if let Err(e) = written {
                    let _ = std::fs::remove_file(&candidate);
                    return Err(format!("{}: {}", shown(&candidate), fsio::io_message(&e)));
                }
                return Ok(candidate);
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
                if same_content(source, &candidate) {
                    return Ok(candidate);
                }
            }
            Err(e) => return Err(format!("{}: {}", shown(&candidate), fsio::io_message(&e))),
        }
    }
    Err(crate::t!(
        "file-copy-no-free-name",
        folder = shown(folder),
        name = name
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_inside_the_folder_become_relative_and_others_stay() {
        let tmp = tempfile::tempdir().unwrap();
        let root = tmp.path().canonicalize().unwrap();
        let repo = root.join("repo");
        std::fs::create_dir_all(repo.join("docs/deep")).unwrap();
        std::fs::create_dir_all(root.join("elsewhere")).unwrap();
        let r = repo.display();
        let cases: Vec<(String, Option<&str>)> = vec![
            (format!("{r}/deck.pptx"), Some("deck.pptx")),
            (format!("{r}/docs/deck.pptx"), Some("docs/deck.pptx")),
            (format!("{r}/docs/deep/a b.pdf"), Some("docs/deep/a b.pdf")),
            (
                format!("{r}/docs/../docs/deck.pptx"),
                Some("docs/deck.pptx"),
            ),
            (format!("{r}/missing/deck.pptx"), Some("missing/deck.pptx")),
            (format!("{r}/../elsewhere/deck.pptx"), None),
            (format!("{}/elsewhere/deck.pptx", root.display()), None),
            (format!("{r}-old/deck.pptx"), None),
            (r.to_string(), None),
            ("docs/deck.pptx".into(), None),
        ];
        for (path, want) in cases {
            assert_eq!(relative_path(&repo, &path).as_deref(), want, "{path}");
        }
        #[cfg(unix)]
        {
            // A folder named through a symlink counts where it really is.
            std::os::unix::fs::symlink(repo.join("docs"), root.join("link")).unwrap();
            let via_link = format!("{}/link/deck.pptx", root.display());
            assert_eq!(
                relative_path(&repo, &via_link).as_deref(),
                Some("docs/deck.pptx")
            );
        }
    }

    #[test]
    fn copies_never_replace_and_refuse_what_is_not_a_file() {
        let tmp = tempfile::tempdir().unwrap();
        let src = tmp.path().join("a.pdf");
        std::fs::write(&src, b"%PDF-one").unwrap();
        let folder = tmp.path().join("repo/documents");
        let first = copy_document(&src, &folder).unwrap();
        assert_eq!(first, folder.join("a.pdf"));
        assert_eq!(
            copy_document(&src, &folder).unwrap(),
            first,
            "same bytes: reused"
        );
        std::fs::write(&src, b"%PDF-two").unwrap();
        assert_eq!(
            copy_document(&src, &folder).unwrap(),
            folder.join("a-2.pdf")
        );
        assert_eq!(
            std::fs::read(&first).unwrap(),
            b"%PDF-one",
            "never replaced"
        );
        let err = copy_document(tmp.path(), &folder).unwrap_err();
        assert!(err.contains("not a document to copy"), "{err}");
        let err = copy_document(&tmp.path().join("nope.pdf"), &folder).unwrap_err();
        assert!(err.contains("nope.pdf"), "{err}");
    }
}
