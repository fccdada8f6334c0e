//! What the popups do with keys: text input (new draft, import, export paths), choice lists,
//! the contact form, confirmations, and the background import they start.

use std::path::PathBuf;
use std::sync::mpsc::TryRecvError;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::contacts_csv::{self, Imported, RowError};
use crate::fields::{ContactField, FieldId};
use crate::tui::app::{
    App, ContactForm, Focus, ImportMsg, InputPurpose, Pending, Popup, edit_line, single_line,
};
use crate::validate::DiskProbe;

impl App {
    pub(crate) fn ask_input(&mut self, purpose: InputPurpose) {
        let name = self
            .draft
            .as_ref()
            .map(|d| d.name.clone())
            .unwrap_or_default();
        let cwd = std::env::current_dir().unwrap_or_default();
        let (title, help, default) = match purpose {
            InputPurpose::NewDraft => (
                "New draft",
                format!("Offer name (rules {}; r on the start screen switches)", self.new_edition),
                String::new(),
            ),
            InputPurpose::ImportCsv => (
                "Import contacts",
                "Partner Center contacts CSV to import. It replaces all contacts; you will see what changes first.".to_string(),
                cwd.join("contacts.csv").display().to_string(),
            ),
            InputPurpose::ExportCsv => (
                "Export contacts",
                "Write the contacts as a Partner Center CSV to:".to_string(),
                cwd.join(format!("{name}-contacts.csv")).display().to_string(),
            ),
            InputPurpose::ExportJson => (
                "Export submission",
                "Write the submission JSON (with the status block) to:".to_string(),
                cwd.join(format!("{name}.export.json")).display().to_string(),
            ),
        };
        if purpose == InputPurpose::ExportJson
            && let Some(d) = self.draft.as_ref()
        {
            let blockers = d.report.export_blockers();
            if !blockers.is_empty() {
                let mut lines = vec!["Export needs these first:".to_string()];
                lines.extend(blockers.into_iter().map(|b| format!("✗ {b}")));
                self.popup = Some(Popup::Message {
                    title: "Not ready to export".into(),
                    lines,
                    scroll: 0,
                });
                return;
            }
        }
        self.popup = Some(Popup::Input {
            title: title.into(),
            help,
            textarea: single_line(&default),
            purpose,
            error: None,
        });
    }

    pub(crate) fn open_contact(&mut self, index: Option<usize>) {
        let Some(d) = self.draft.as_ref() else { return };
        let contact = index
            .and_then(|i| d.sub.contacts.get(i).cloned())
            .unwrap_or_default();
        let textarea = single_line(&ContactField::ALL[0].get(&contact));
        self.popup = Some(Popup::Contact(Box::new(ContactForm {
            index,
            contact,
            focus: 0,
            textarea,
            errors: Vec::new(),
        })));
    }

    pub(crate) fn popup_key(&mut self, key: KeyEvent) {
        let Some(popup) = self.popup.take() else {
            return;
        };
        self.popup = match popup {
            Popup::Help { scroll } => match key.code {
                KeyCode::Down | KeyCode::Char('j') => Some(Popup::Help {
                    scroll: scroll.saturating_add(1),
                }),
                KeyCode::Up | KeyCode::Char('k') => Some(Popup::Help {
                    scroll: scroll.saturating_sub(1),
                }),
                KeyCode::PageDown => Some(Popup::Help {
                    scroll: scroll.saturating_add(10),
                }),
                KeyCode::PageUp => Some(Popup::Help {
                    scroll: scroll.saturating_sub(10),
                }),
                _ => None,
            },
            Popup::Message {
                title,
                lines,
                scroll,
            } => match key.code {
                KeyCode::Down | KeyCode::Char('j') => Some(Popup::Message {
                    title,
                    lines,
                    scroll: scroll.saturating_add(1),
                }),
                KeyCode::Up | KeyCode::Char('k') => Some(Popup::Message {
                    title,
                    lines,
                    scroll: scroll.saturating_sub(1),
                }),
                _ => None,
            },
            Popup::Progress { title, fraction } => {
                self.set_status("Import in progress…", false);
                Some(Popup::Progress { title, fraction })
            }
            Popup::Confirm {
                title,
                lines,
                on_yes,
            } => match key.code {
                KeyCode::Char('y') | KeyCode::Char('Y') => {
                    self.confirmed(on_yes);
                    None
                }
                KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => None,
                KeyCode::Char('c') if key.modifiers.contains(KeyModifiers::CONTROL) => None,
                _ => Some(Popup::Confirm {
                    title,
                    lines,
                    on_yes,
                }),
            },
            Popup::Choice {
                field,
                options,
                selected,
                checked,
            } => self.choice_key(key, field, options, selected, checked),
            Popup::Input {
                title,
                help,
                mut textarea,
                purpose,
                error,
            } => match key.code {
                KeyCode::Esc => None,
                KeyCode::Enter => {
                    let text = textarea.lines().join("");
                    match self.input_done(purpose, text.trim()) {
                        Ok(()) => self.popup.take(),
                        Err(e) => Some(Popup::Input {
                            title,
                            help,
                            textarea,
                            purpose,
                            error: Some(e),
                        }),
                    }
                }
                KeyCode::Tab if purpose != InputPurpose::NewDraft => {
                    let text = textarea.lines().join("");
                    let (done, _) = crate::tui::widgets::complete_path(&text);
                    Some(Popup::Input {
                        title,
                        help,
                        textarea: single_line(&done),
                        purpose,
                        error,
                    })
                }
                _ => {
                    edit_line(&mut textarea, key);
                    Some(Popup::Input {
                        title,
                        help,
                        textarea,
                        purpose,
                        error,
                    })
                }
            },
            Popup::Contact(form) => self.contact_key(key, form),
        };
    }

    pub(crate) fn choice_key(
        &mut self,
        key: KeyEvent,
        field: FieldId,
        options: Vec<(String, String)>,
        selected: usize,
        mut checked: Option<Vec<bool>>,
    ) -> Option<Popup> {
        let n = options.len().max(1);
        let keep = |selected, checked| {
            Some(Popup::Choice {
                field,
                options: options.clone(),
                selected,
                checked,
            })
        };
        match key.code {
            KeyCode::Esc => None,
            KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => keep((selected + 1) % n, checked),
            KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => {
                keep((selected + n - 1) % n, checked)
            }
            KeyCode::Char(' ') if checked.is_some() => {
                if let Some(c) = checked.as_mut().and_then(|c| c.get_mut(selected)) {
                    *c = !*c;
                }
                keep(selected, checked)
            }
            KeyCode::Char('e') => {
                self.start_edit(field);
                None
            }
            KeyCode::Enter => {
                let text = match &checked {
                    Some(c) => options
                        .iter()
                        .zip(c)
                        .filter(|(_, on)| **on)
                        .map(|((v, _), _)| v.as_str())
                        .collect::<Vec<_>>()
                        .join(", "),
                    None => options
                        .get(selected)
                        .map(|(v, _)| v.clone())
                        .unwrap_or_default(),
                };
                if let Err(e) = self.apply_field(field, &text) {
                    self.set_status(e, true);
                }
                None
            }
            KeyCode::Char(c) if c.is_ascii_digit() && checked.is_none() => {
                let i = c.to_digit(10).unwrap_or(0) as usize;
                keep(i.saturating_sub(1).min(n - 1), checked)
            }
            _ => keep(selected, checked),
        }
    }

    pub(crate) fn input_done(&mut self, purpose: InputPurpose, text: &str) -> Result<(), String> {
        match purpose {
            InputPurpose::NewDraft => {
                if text.is_empty() {
                    return Err("type the offer's name".into());
                }
                let (name, _) = self
                    .store
                    .create(text, self.new_edition)
                    .map_err(|e| e.to_string())?;
                let path = self.store.path_of(&name);
                self.open_draft(path).map_err(|e| e.to_string())?;
                self.set_status(
                    format!("Created draft {name} in {}", self.store.dir().display()),
                    false,
                );
                Ok(())
            }
            InputPurpose::ExportCsv => {
                let Some(d) = self.draft.as_ref() else {
                    return Ok(());
                };
                let csv = contacts_csv::export(&d.sub.contacts);
                crate::fsio::write_atomic(std::path::Path::new(text), csv.as_bytes())
                    .map_err(|e| format!("{text}: {e}"))?;
                self.set_status(
                    format!("Wrote {} contact(s) to {text}", d.sub.contacts.len()),
                    false,
                );
                Ok(())
            }
            InputPurpose::ExportJson => {
                let Some(d) = self.draft.as_ref() else {
                    return Ok(());
                };
                let path = PathBuf::from(text);
                if path == d.path {
                    return Err("that is the draft itself; choose another file".into());
                }
                let doc = crate::export::build(
                    &d.sub,
                    d.sub.rules,
                    &DiskProbe,
                    false,
                    &crate::export::now_rfc3339(),
                )
                .map_err(|e| e.to_string())?;
                crate::export::write(&path, &doc).map_err(|e| e.to_string())?;
                let status = doc
                    .status
                    .as_ref()
                    .map(|s| s.status.label(d.sub.rules))
                    .unwrap_or("");
                self.set_status(format!("Exported ({status}) to {text}"), false);
                Ok(())
            }
            InputPurpose::ImportCsv => {
                let bytes = std::fs::read(text).map_err(|e| format!("{text}: {e}"))?;
                let (tx, rx) = std::sync::mpsc::channel();
                std::thread::spawn(move || {
                    let progress_tx = tx.clone();
                    let result = contacts_csv::import_with_progress(&bytes, &mut |f| {
                        let _ = progress_tx.send(ImportMsg::Progress(f));
                    });
                    let _ = tx.send(ImportMsg::Done(result));
                });
                self.import_rx = Some(rx);
                self.popup = Some(Popup::Progress {
                    title: format!("Importing {text}"),
                    fraction: 0.0,
                });
                Ok(())
            }
        }
    }

    /// Drains background work; returns true when the screen should be redrawn.
    pub fn tick(&mut self) -> bool {
        let mut redraw = false;
        if let Some(rx) = self.review_rx.as_ref()
            && let Ok(lines) = rx.try_recv()
        {
            self.review_json = lines;
            self.review_rx = None;
            redraw = true;
        }
        redraw | self.tick_import()
    }

    pub(crate) fn tick_import(&mut self) -> bool {
        let Some(rx) = self.import_rx.as_ref() else {
            return false;
        };
        let mut redraw = false;
        loop {
            match rx.try_recv() {
                Ok(ImportMsg::Progress(f)) => {
                    if let Some(Popup::Progress { fraction, .. }) = self.popup.as_mut() {
                        *fraction = f;
                    }
                    redraw = true;
                }
                Ok(ImportMsg::Done(result)) => {
                    self.import_rx = None;
                    self.import_finished(result);
                    return true;
                }
                Err(TryRecvError::Empty) => return redraw,
                Err(TryRecvError::Disconnected) => {
                    self.import_rx = None;
                    self.popup = None;
                    return true;
                }
            }
        }
    }

    /// Shows the import's errors, or what it would change and asks before replacing.
    pub fn import_finished(&mut self, result: Result<Imported, Vec<RowError>>) {
        let Some(d) = self.draft.as_ref() else { return };
        self.popup = Some(match result {
            Err(errors) => {
                let mut lines = vec![format!(
                    "{} problem(s); nothing was imported, your contacts are unchanged:",
                    errors.len()
                )];
                lines.extend(errors.iter().map(|e| format!("✗ {e}")));
                Popup::Message {
                    title: "Import refused".into(),
                    lines,
                    scroll: 0,
                }
            }
            Ok(imported) => {
                let preview =
                    contacts_csv::preview(&d.sub.markets, &d.sub.contacts, &imported.contacts);
                let mut lines: Vec<String> =
                    preview.to_string().lines().map(String::from).collect();
                lines.extend(imported.warnings.iter().map(|w| format!("! {w}")));
                lines.push(String::new());
                lines.push("y: replace all contacts    n: keep the current ones".into());
                Popup::Confirm {
                    title: "Replace contacts?".into(),
                    lines,
                    on_yes: Pending::ReplaceContacts(imported.contacts),
                }
            }
        });
    }

    pub(crate) fn confirmed(&mut self, pending: Pending) {
        match pending {
            Pending::DiscardEditAndQuit => {
                self.editing = None;
                self.should_quit = true;
            }
            Pending::DeleteContact(i) => {
                if let Some(d) = self.draft.as_mut()
                    && i < d.sub.contacts.len()
                {
                    d.sub.contacts.remove(i);
                    let left = d.sub.contacts.len();
                    self.focus = if left == 0 {
                        Focus::Field(0)
                    } else {
                        Focus::Contact(i.min(left - 1))
                    };
                    self.changed();
                }
            }
            Pending::ReplaceContacts(contacts) => {
                if let Some(d) = self.draft.as_mut() {
                    let n = contacts.len();
                    d.sub.contacts = contacts;
                    self.changed();
                    self.set_status(format!("Imported {n} contact(s)"), false);
                }
            }
        }
    }

    pub(crate) fn contact_key(
        &mut self,
        key: KeyEvent,
        mut form: Box<ContactForm>,
    ) -> Option<Popup> {
        let field = ContactField::ALL[form.focus];
        let keep_text = |form: &mut ContactForm| {
            let text = form.textarea.lines().join("");
            field.set(&mut form.contact, &text)
        };
        let last = ContactField::ALL.len() - 1;
        let save = key.code == KeyCode::Char('s') && key.modifiers.contains(KeyModifiers::CONTROL)
            || (key.code == KeyCode::Enter && form.focus == last);
        if save {
            if let Err(e) = keep_text(&mut form) {
                form.errors = vec![e];
                return Some(Popup::Contact(form));
            }
            let problems = crate::validate::contact_problems(&form.contact);
            if !problems.is_empty() {
                form.errors = problems
                    .into_iter()
                    .map(|(k, why)| format!("{k}: {why}"))
                    .collect();
                return Some(Popup::Contact(form));
            }
            if let Some(d) = self.draft.as_mut() {
                let i = match form.index {
                    Some(i) if i < d.sub.contacts.len() => {
                        d.sub.contacts[i] = form.contact;
                        i
                    }
                    _ => {
                        d.sub.contacts.push(form.contact);
                        d.sub.contacts.len() - 1
                    }
                };
                self.focus = Focus::Contact(i);
                self.changed();
            }
            return None;
        }
        match key.code {
            KeyCode::Esc => return None,
            KeyCode::Enter | KeyCode::Tab | KeyCode::Down | KeyCode::BackTab | KeyCode::Up => {
                if let Err(e) = keep_text(&mut form) {
                    form.errors = vec![e];
                    return Some(Popup::Contact(form));
                }
                let back = matches!(key.code, KeyCode::BackTab | KeyCode::Up);
                form.focus = if back {
                    form.focus.checked_sub(1).unwrap_or(last)
                } else {
                    (form.focus + 1) % (last + 1)
                };
                form.textarea = single_line(&ContactField::ALL[form.focus].get(&form.contact));
                form.errors = field
                    .problem(&form.contact)
                    .map(|p| format!("{}: {p}", field.label()))
                    .into_iter()
                    .collect();
            }
            _ => {
                edit_line(&mut form.textarea, key);
            }
        }
        Some(Popup::Contact(form))
    }
}
