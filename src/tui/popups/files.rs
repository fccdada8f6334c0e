//! The file picker: folders first, then the files of the accepted types, then the rest; typing
//! filters. It only lists directories (never opens a file), so a FIFO in the list cannot block.

use crate::tui::screens::Scroll;
use std::path::{Path, PathBuf};

use crossterm::event::KeyEvent;

use crate::fields::FieldId;
use crate::tui::action::Action;
use crate::tui::command::Command;
use crate::tui::component::Reply;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilePurpose {
    /// A document field of the form.
    Field(FieldId),
    /// The path dialog below the picker; the extension it lists first.
    Dialog(&'static str),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub name: String,
    pub is_dir: bool,
    /// A file of a type the purpose takes.
    pub accepted: bool,
}

/// The most entries read from one folder.
const MAX_ENTRIES: usize = 5_000;

/// The folder a file was last chosen from, per draft file, for this run of the wizard.
static LAST_DIRS: std::sync::Mutex<Vec<(PathBuf, PathBuf)>> = std::sync::Mutex::new(Vec::new());

/// The folder a file was last chosen from (or imported from) for this draft.
pub fn last_dir(draft: &Path) -> Option<PathBuf> {
    let dirs = LAST_DIRS.lock().ok()?;
    dirs.iter()
        .find(|(d, _)| d == draft)
        .map(|(_, dir)| dir.clone())
        .filter(|dir| dir.is_dir())
}

/// Remembers the folder a file of this draft came from.
pub fn remember_dir(draft: &Path, dir: &Path) {
    if draft.as_os_str().is_empty() {
        return;
    }
    if let Ok(mut dirs) = LAST_DIRS.lock() {
        dirs.retain(|(d, _)| d != draft);
        dirs.push((draft.to_path_buf(), dir.to_path_buf()));
    }
}

pub struct FilePicker {
    pub purpose: FilePurpose,
    /// The draft the file is for (its folder resolves relative paths, and the folder a file is
    /// chosen from is remembered for it); None outside a draft.
    pub draft: Option<PathBuf>,
    pub dir: PathBuf,
    pub entries: Vec<Entry>,
    pub filter: String,
    /// Index into `visible`.
    pub selected: usize,
    pub visible: Vec<usize>,
    pub error: Option<String>,
    /// The first line shown.
    pub scroll: Scroll,
}

impl FilePicker {
    /// Opens at the folder of `start` (a typed path), else the current folder.
    pub fn open(purpose: FilePurpose, start: &str) -> FilePicker {
        FilePicker::open_for(purpose, start, None, false)
    }

    /// Opens for a draft: at the folder of `start` (a stored document path, relative to the
    /// draft's folder when `stored`, else as typed), else the folder a file was last chosen from
    /// for this draft, else the current folder.
    pub fn open_for(
        purpose: FilePurpose,
        start: &str,
        draft: Option<&Path>,
        stored: bool,
    ) -> FilePicker {
        let draft = draft.filter(|d| !d.as_os_str().is_empty());
        let base = draft.and_then(Path::parent);
        let typed = match (base, stored) {
            (Some(base), true)
                if !start.trim().is_empty() && Path::new(start.trim()).is_relative() =>
            {
                Some(base.join(start.trim()))
            }
            _ => crate::fields::typed_path(start).map(PathBuf::from),
        };
        let fallback = || {
            draft
                .and_then(last_dir)
                .unwrap_or_else(|| std::env::current_dir().unwrap_or_default())
        };
        let dir = match typed {
            Some(p) if p.is_dir() => p,
            Some(p) => p
                .parent()
                .filter(|d| d.is_dir())
                .map(Path::to_path_buf)
                .unwrap_or_else(fallback),
            None => fallback(),
        };
        let mut picker = FilePicker {
            purpose,
            draft: draft.map(Path::to_path_buf),
            dir,
            entries: Vec::new(),
            filter: String::new(),
            selected: 0,
            visible: Vec::new(),
            error: None,
            scroll: Scroll::default(),
        };
        picker.read();
        picker
    }

    fn accepts(&self, name: &str) -> bool {
        match self.purpose {
            FilePurpose::Field(_) => crate::validate::media_type_for(name).is_some(),
            FilePurpose::Dialog(ext) => name
                .rsplit_once('.')
                .is_some_and(|(_, e)| e.eq_ignore_ascii_case(ext)),
        }
    }

    fn read(&mut self) {
        self.error = None;
        let mut entries = vec![Entry {
            name: "..".into(),
            is_dir: true,
            accepted: false,
        }];
        match std::fs::read_dir(&self.dir) {
            Ok(rd) => {
                let mut found: Vec<Entry> = rd
                    .filter_map(Result::ok)
                    .take(MAX_ENTRIES)
                    .map(|e| {
                        let name = e.file_name().to_string_lossy().into_owned();
                        // Follows links to tell folders from files; never opens anything.
                        let is_dir = e.path().is_dir();
                        let accepted = !is_dir && self.accepts(&name);
                        Entry {
                            name,
                            is_dir,
                            accepted,
                        }
                    })
                    .collect();
                found.sort_by(|a, b| {
                    (!a.is_dir, !a.accepted, a.name.to_lowercase()).cmp(&(
                        !b.is_dir,
                        !b.accepted,
                        b.name.to_lowercase(),
                    ))
                });
                entries.extend(found);
            }
            Err(e) => self.error = Some(crate::fsio::io_message(&e)),
        }
        self.entries = entries;
        self.refilter();
    }

    fn refilter(&mut self) {
        let q = self.filter.to_lowercase();
        self.visible = self
            .entries
            .iter()
            .enumerate()
            .filter(|(_, e)| {
                let hidden = e.name.starts_with('.') && e.name != "..";
                (!hidden || q.starts_with('.'))
                    && (q.is_empty() || e.name.to_lowercase().contains(&q))
            })
            .map(|(i, _)| i)
            .collect();
        self.selected = self.selected.min(self.visible.len().saturating_sub(1));
    }

    pub fn current(&self) -> Option<&Entry> {
        self.visible
            .get(self.selected)
            .and_then(|i| self.entries.get(*i))
    }

    /// Enter: a folder opens, a file is chosen (returned).
    pub fn activate(&mut self) -> Option<PathBuf> {
        let entry = self.current()?.clone();
        if entry.name == ".." {
            self.parent();
            return None;
        }
        let path = self.dir.join(&entry.name);
        if entry.is_dir {
            self.dir = path;
            self.filter.clear();
            self.selected = 0;
            self.read();
            return None;
        }
        if let Some(draft) = &self.draft {
            remember_dir(draft, &self.dir);
        }
        Some(path)
    }

    fn parent(&mut self) {
        if let Some(p) = self.dir.parent() {
            let was = self
                .dir
                .file_name()
                .map(|n| n.to_string_lossy().into_owned());
            self.dir = p.to_path_buf();
            self.filter.clear();
            self.read();
            if let Some(was) = was
                && let Some(k) = self
                    .visible
                    .iter()
                    .position(|i| self.entries[*i].name == was)
            {
                self.selected = k;
            }
        }
    }

    pub fn act(&mut self, action: Action) {
        let n = self.visible.len().max(1);
        match action {
            Action::Down => self.selected = (self.selected + 1) % n,
            Action::Up => self.selected = (self.selected + n - 1) % n,
            Action::PageDown => self.selected = (self.selected + 10).min(n - 1),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::Parent if !self.filter.is_empty() => {
                self.filter.pop();
                self.refilter();
            }
            Action::Parent => self.parent(),
            Action::ClearLine => {
                self.filter.clear();
                self.selected = 0;
                self.refilter();
            }
            _ => {}
        }
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        if let Some(c) = crate::tui::keymap::typed_char(&key) {
            self.filter.push(c);
            self.selected = 0;
            self.refilter();
            // A typed path jumps straight there.
            if c == '/' && self.filter.len() > 1 {
                let typed = crate::fields::typed_path(&self.filter).map(PathBuf::from);
                if let Some(p) = typed.filter(|p| p.is_dir()) {
                    self.dir = p;
                    self.filter.clear();
                    self.read();
                }
            }
        }
    }

    pub fn paste(&mut self, text: &str) {
        if let Some(p) = crate::fields::typed_path(text).map(PathBuf::from) {
            if p.is_dir() {
                self.dir = p;
                self.filter.clear();
                self.read();
                return;
            }
            if let (Some(dir), Some(name)) = (p.parent(), p.file_name())
                && dir.is_dir()
            {
                self.dir = dir.to_path_buf();
                self.filter = name.to_string_lossy().into_owned();
                self.read();
            }
        }
    }

    pub fn select(&mut self, i: usize) -> bool {
        if i < self.visible.len() {
            self.selected = i;
            true
        } else {
            false
        }
    }
}

impl FilePicker {
    /// An action on the picker: Enter opens a folder or chooses a file.
    pub fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Activate => match self.activate() {
                Some(path) => {
                    let text = path.display().to_string();
                    Reply::Run(match self.purpose {
                        FilePurpose::Field(f) => Command::SetPath(f, text),
                        FilePurpose::Dialog(_) => Command::Answer(text),
                    })
                }
                None => Reply::Stay,
            },
            a => {
                self.act(a);
                Reply::Stay
            }
        }
    }
}
