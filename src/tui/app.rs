//! The wizard's state and its one update function. Rendering reads this state and never changes
//! the model; every change goes through `update`, then autosave and re-evaluation.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui_textarea::{CursorMove, TextArea};

use crate::contacts_csv::{Imported, RowError};
use crate::fields::{FieldId, FieldKind, Step, fields_of};
use crate::model::{Contact, Edition, Submission};
use crate::rules::{RequirementState, StatusReport, evaluate};
use crate::store::{self, DraftLock, DraftStore, StoreError};
use crate::validate::{DiskProbe, FileFacts, FileProbe};

use super::action::Action;
use super::keymap::{self, Context};
use super::theme::Theme;

/// An open draft and what is derived from it.
pub struct Draft {
    pub name: String,
    pub path: PathBuf,
    pub sub: Submission,
    pub report: StatusReport,
    /// The file check of every path field that has a value.
    pub doc_checks: HashMap<FieldId, Result<FileFacts, String>>,
    /// Which sales contacts cover which market, for the Contacts screen.
    pub coverage: crate::coverage::Coverage,
    /// The first invalid value of each step (blocks Next; ✗ in the step bar).
    pub step_errors: HashMap<Step, String>,
    /// Steps with an unmet requirement whose fix is on them (• in the step bar).
    pub incomplete_steps: Vec<Step>,
    _lock: Option<DraftLock>,
}

/// A draft on the start screen.
pub struct DraftRow {
    pub name: String,
    pub path: PathBuf,
    pub summary: Result<(String, String, u32), String>,
    pub modified: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    /// The n-th field of the step (on Contacts, 0 is the markets field).
    Field(usize),
    /// The n-th contact row on the Contacts screen.
    Contact(usize),
    /// The n-th requirement in the status panel.
    Panel(usize),
}

/// An inline text edit of a field that has not been kept yet.
pub struct Editing {
    pub field: FieldId,
    pub textarea: TextArea<'static>,
    pub error: Option<String>,
    /// Validate on every change: set once the field has been in error.
    pub live: bool,
}

pub struct ContactForm {
    pub index: Option<usize>,
    pub contact: Contact,
    pub focus: usize,
    pub textarea: TextArea<'static>,
    pub errors: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    DeleteContact(usize),
    ReplaceContacts(Vec<Contact>),
    DiscardEditAndQuit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputPurpose {
    NewDraft,
    ImportCsv,
    ExportCsv,
    ExportJson,
}

// One popup exists at a time, so the size of the largest variant does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Popup {
    Help {
        scroll: u16,
    },
    Confirm {
        title: String,
        lines: Vec<String>,
        on_yes: Pending,
    },
    Choice {
        field: FieldId,
        options: Vec<(String, String)>,
        selected: usize,
        /// Some for multi-choice: which options are ticked.
        checked: Option<Vec<bool>>,
    },
    Input {
        title: String,
        help: String,
        textarea: TextArea<'static>,
        purpose: InputPurpose,
        error: Option<String>,
    },
    Contact(Box<ContactForm>),
    Progress {
        title: String,
        fraction: f32,
    },
    Message {
        title: String,
        lines: Vec<String>,
        scroll: u16,
    },
}

/// Messages from the background contacts import.
pub enum ImportMsg {
    Progress(f32),
    Done(Result<Imported, Vec<RowError>>),
}

pub struct App {
    pub store: DraftStore,
    pub theme: Theme,
    pub step: Step,
    pub focus: Focus,
    pub draft: Option<Draft>,
    pub drafts: Vec<DraftRow>,
    pub start_selected: usize,
    pub new_edition: Edition,
    pub editing: Option<Editing>,
    pub popup: Option<Popup>,
    pub status_line: Option<(String, bool)>,
    pub saved_at: Option<String>,
    pub review_scroll: u16,
    /// The JSON an export would write, one line each (only the visible ones are drawn).
    pub review_json: Vec<String>,
    pub should_quit: bool,
    /// Set only by the terminal-hygiene test (COSELL_TEST_PANIC_IN_FRAME).
    pub panic_in_frame: bool,
    pub import_rx: Option<Receiver<ImportMsg>>,
    pub review_rx: Option<Receiver<Vec<String>>>,
    pub diagram: super::screens::diagram::Preview,
}

/// The first invalid value among a step's fields (and, on Contacts, its contact rows).
fn first_error(report: &StatusReport, step: Step) -> Option<String> {
    let field = fields_of(step).find_map(|f| {
        f.id.problem(report)
            .map(|p| format!("{}: {p}", f.label.trim()))
    });
    field.or_else(|| {
        (step == Step::Contacts)
            .then(|| {
                report
                    .problems
                    .iter()
                    .find(|p| p.field.starts_with("contacts["))
            })
            .flatten()
            .map(|p| p.to_string())
    })
}

/// Drafts with at least this many contacts build the Review screen's JSON in the background.
const BACKGROUND_REVIEW_CONTACTS: usize = 2_000;

pub(crate) fn single_line(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(vec![text.to_string()]);
    t.move_cursor(CursorMove::End);
    t
}

/// Feeds a key to a one-line editor. Ctrl-U clears the line, as in shells (the editor's own
/// binding is undo).
pub(crate) fn edit_line(textarea: &mut TextArea<'static>, key: KeyEvent) {
    if key.code == KeyCode::Char('u') && key.modifiers.contains(KeyModifiers::CONTROL) {
        *textarea = single_line("");
        return;
    }
    textarea.input(key);
}

/// Pasted text for a one-line field: newlines become spaces, control characters go.
pub fn clean_paste(s: &str) -> String {
    s.replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

fn now_hm() -> String {
    crate::cli::format_time(std::time::SystemTime::now())
        .split(' ')
        .nth(1)
        .unwrap_or("")
        .to_string()
}

impl App {
    pub fn new(store: DraftStore, theme: Theme) -> App {
        let mut app = App {
            store,
            theme,
            step: Step::Start,
            focus: Focus::Field(0),
            draft: None,
            drafts: Vec::new(),
            start_selected: 0,
            new_edition: Edition::E2021_02,
            editing: None,
            popup: None,
            status_line: None,
            saved_at: None,
            review_scroll: 0,
            review_json: Vec::new(),
            should_quit: false,
            panic_in_frame: false,
            import_rx: None,
            review_rx: None,
            diagram: Default::default(),
        };
        app.refresh_drafts();
        app
    }

    pub fn refresh_drafts(&mut self) {
        self.drafts = match self.store.list() {
            Ok(list) => list
                .into_iter()
                .map(|d| DraftRow {
                    summary: d
                        .loaded
                        .map(|sub| {
                            let r = evaluate(&sub, sub.rules);
                            (
                                sub.offer_name().to_string(),
                                r.status.label(sub.rules).to_string(),
                                crate::cli::completeness(&r),
                            )
                        })
                        .map_err(|e| e.to_string()),
                    modified: d.modified.map(crate::cli::format_time).unwrap_or_default(),
                    name: d.name,
                    path: d.path,
                })
                .collect(),
            Err(e) => {
                self.set_status(format!("cannot list drafts: {e}"), true);
                Vec::new()
            }
        };
        self.start_selected = self.start_selected.min(self.drafts.len());
    }

    pub fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        self.status_line = Some((text.into(), is_error));
    }

    /// Opens a draft file: takes its lock, loads it, and resumes at the step it was left on.
    pub fn open_draft(&mut self, path: PathBuf) -> Result<(), StoreError> {
        let open = store::open(&path)?;
        let step = Step::resume_at(&open.sub);
        let report = evaluate(&open.sub, open.sub.rules);
        self.draft = Some(Draft {
            name: open.name,
            path: open.path,
            sub: open.sub,
            report,
            doc_checks: HashMap::new(),
            coverage: Default::default(),
            step_errors: HashMap::new(),
            incomplete_steps: Vec::new(),
            _lock: Some(open.lock),
        });
        self.refresh_derived();
        self.enter_step(step);
        self.saved_at = Some(now_hm());
        self.set_status(format!("Resumed at {}", step.title()), false);
        Ok(())
    }

    /// A draft held in memory only (tests and benchmarks); saves go to `path` if it is set.
    pub fn with_submission(&mut self, sub: Submission, step: Step) {
        let report = evaluate(&sub, sub.rules);
        self.draft = Some(Draft {
            name: "test".into(),
            path: PathBuf::new(),
            sub,
            report,
            doc_checks: HashMap::new(),
            coverage: Default::default(),
            step_errors: HashMap::new(),
            incomplete_steps: Vec::new(),
            _lock: None,
        });
        self.refresh_derived();
        self.enter_step(step);
    }

    pub fn contexts(&self) -> Vec<Context> {
        if matches!(self.focus, Focus::Panel(_)) && self.draft.is_some() {
            return vec![Context::Panel, Context::Wizard, Context::Global];
        }
        match self.step {
            Step::Start => vec![Context::Start, Context::Global],
            Step::Contacts => vec![
                Context::Contacts,
                Context::Form,
                Context::Wizard,
                Context::Global,
            ],
            Step::Review => vec![Context::Review, Context::Wizard, Context::Global],
            _ => vec![Context::Form, Context::Wizard, Context::Global],
        }
    }

    /// The fields of the current step that can take focus.
    pub fn step_fields(&self) -> Vec<FieldId> {
        fields_of(self.step).map(|f| f.id).collect()
    }

    pub fn focused_field(&self) -> Option<FieldId> {
        match self.focus {
            Focus::Field(i) => self.step_fields().get(i).copied(),
            _ => None,
        }
    }

    /// Re-evaluates, re-checks documents and rebuilds cached views after any model change.
    fn refresh_derived(&mut self) {
        let Some(d) = self.draft.as_mut() else { return };
        d.report = evaluate(&d.sub, d.sub.rules);
        d.coverage = crate::coverage::coverage(&d.sub.markets, &d.sub.contacts);
        // Per change, not per frame: the step bar reads these on every draw.
        d.step_errors = Step::WIZARD
            .into_iter()
            .filter_map(|step| first_error(&d.report, step).map(|e| (step, e)))
            .collect();
        d.incomplete_steps = d
            .report
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::Unmet)
            .filter_map(|r| r.fix.and_then(FieldId::for_path))
            .map(|f| f.def().step)
            .collect();
        d.doc_checks = crate::fields::FIELDS
            .iter()
            .filter(|f| f.kind == FieldKind::Path)
            .filter_map(|f| {
                let v = f.id.get(&d.sub);
                (!v.is_empty()).then(|| (f.id, DiskProbe.probe(&v)))
            })
            .collect();
        let diagram = FieldId::Doc(crate::model::DocSlot::ReferenceArchitectureDiagram).get(&d.sub);
        self.diagram.load(&diagram);
        if self.step == Step::Review {
            self.rebuild_review();
        }
    }

    fn rebuild_review(&mut self) {
        let Some(d) = self.draft.as_ref() else { return };
        let (sub, report) = (d.sub.clone(), d.report.clone());
        // The timestamp is the only part that differs from the file an export writes.
        let build = move || -> Vec<String> {
            let edition = sub.rules;
            let text = match crate::export::build_with_report(
                &sub,
                edition,
                report,
                true,
                "(the time of the export)",
            ) {
                Ok(doc) => doc.to_pretty_json(),
                Err(e) => e.to_string(),
            };
            text.lines().map(String::from).collect()
        };
        // Large drafts take tens of milliseconds to print; do that off the key path.
        if d.sub.contacts.len() < BACKGROUND_REVIEW_CONTACTS {
            self.review_json = build();
            return;
        }
        self.review_json = vec!["(preparing the JSON preview…)".into()];
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let _ = tx.send(build());
        });
        self.review_rx = Some(rx);
    }

    /// Autosave: the whole draft, atomically, with the step to resume at.
    fn save(&mut self) {
        let step = self.step;
        let Some(d) = self.draft.as_mut() else { return };
        d.sub.x_last_step = Some(step.id().to_string());
        if d.path.as_os_str().is_empty() {
            return;
        }
        match store::save(&d.path, &d.sub) {
            Ok(()) => self.saved_at = Some(now_hm()),
            Err(e) => {
                self.saved_at = None;
                self.set_status(format!("NOT SAVED: {e}; your changes are kept in memory, fix it and change any field to retry"), true);
            }
        }
    }

    pub(crate) fn changed(&mut self) {
        self.refresh_derived();
        self.save();
    }

    fn enter_step(&mut self, step: Step) {
        self.step = step;
        self.focus = Focus::Field(0);
        self.review_scroll = 0;
        if step == Step::Review {
            self.rebuild_review();
        }
    }

    /// The first invalid value on a step: what blocks going forward.
    pub fn step_error(&self, step: Step) -> Option<&str> {
        self.draft
            .as_ref()?
            .step_errors
            .get(&step)
            .map(String::as_str)
    }

    /// Whether a step still has an unmet requirement whose fix is on it.
    pub fn step_incomplete(&self, step: Step) -> bool {
        self.draft
            .as_ref()
            .is_some_and(|d| d.incomplete_steps.contains(&step))
    }

    // ----- events -----

    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.paste(&text),
            _ => {}
        }
    }

    fn paste(&mut self, text: &str) {
        let clean = clean_paste(text);
        if let Some(e) = self.editing.as_mut() {
            e.textarea.insert_str(&clean);
            self.revalidate_edit();
            return;
        }
        match self.popup.as_mut() {
            Some(Popup::Input { textarea, .. }) => {
                textarea.insert_str(&clean);
            }
            Some(Popup::Contact(form)) => {
                form.textarea.insert_str(&clean);
            }
            Some(_) => {}
            None => {
                if let Some(field) = self.focused_field()
                    && !matches!(field.def().kind, FieldKind::Choice | FieldKind::YesNo)
                {
                    self.start_edit(field);
                    if let Some(e) = self.editing.as_mut() {
                        e.textarea.insert_str(&clean);
                    }
                    self.revalidate_edit();
                }
            }
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.status_line = None;
        let ctrl_c =
            key.code == KeyCode::Char('c') && key.modifiers.contains(KeyModifiers::CONTROL);
        if self.popup.is_some() {
            self.popup_key(key);
            return;
        }
        if self.editing.is_some() {
            if ctrl_c {
                self.popup = Some(Popup::Confirm {
                    title: "Quit?".into(),
                    lines: vec![
                        "The value you are typing has not been kept yet.".into(),
                        "y: quit without it    n: keep editing".into(),
                    ],
                    on_yes: Pending::DiscardEditAndQuit,
                });
                return;
            }
            self.edit_key(key);
            return;
        }
        if let Some(action) = keymap::lookup(&self.contexts(), &key) {
            self.update(action);
        }
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) {
        match action {
            Action::Quit => self.should_quit = true,
            Action::Help => self.popup = Some(Popup::Help { scroll: 0 }),
            Action::NextField => self.move_focus(1),
            Action::PrevField => self.move_focus(-1),
            Action::Activate => self.activate(),
            Action::Clear => {
                if let Some(f) = self.focused_field()
                    && let Err(e) = self.apply_field(f, "")
                {
                    self.set_status(e, true);
                }
            }
            Action::NextStep => self.next_step(),
            Action::PrevStep => self.prev_step(),
            Action::TogglePanel => self.toggle_panel(),
            Action::NewDraft => self.ask_input(InputPurpose::NewDraft),
            Action::CycleEdition => {
                self.new_edition = match self.new_edition {
                    Edition::E2021_02 => Edition::E2020_09,
                    Edition::E2020_09 => Edition::E2021_02,
                }
            }
            Action::AddContact => self.open_contact(None),
            Action::DeleteContact => {
                if let Focus::Contact(i) = self.focus {
                    let name = self
                        .draft
                        .as_ref()
                        .and_then(|d| d.sub.contacts.get(i))
                        .map(|c| c.name.clone())
                        .unwrap_or_default();
                    self.popup = Some(Popup::Confirm {
                        title: "Delete contact?".into(),
                        lines: vec![format!("Delete {name:?}?"), "y: delete    n: keep".into()],
                        on_yes: Pending::DeleteContact(i),
                    });
                }
            }
            Action::ImportContacts => self.ask_input(InputPurpose::ImportCsv),
            Action::ExportContacts => self.ask_input(InputPurpose::ExportCsv),
            Action::Export => self.ask_input(InputPurpose::ExportJson),
            Action::ScrollDown => {
                let last = self
                    .review_json
                    .len()
                    .saturating_sub(1)
                    .min(u16::MAX as usize) as u16;
                self.review_scroll = self.review_scroll.saturating_add(5).min(last);
            }
            Action::ScrollUp => self.review_scroll = self.review_scroll.saturating_sub(5),
        }
    }

    fn move_focus(&mut self, delta: isize) {
        let step_len = self.step_fields().len();
        let contacts = self
            .draft
            .as_ref()
            .map(|d| d.sub.contacts.len())
            .unwrap_or(0);
        let requirements = self
            .draft
            .as_ref()
            .map(|d| d.report.requirements.len())
            .unwrap_or(0);
        let wrap = |i: usize, len: usize| -> usize {
            if len == 0 {
                return 0;
            }
            (i as isize + delta).rem_euclid(len as isize) as usize
        };
        self.focus = match (self.step, self.focus) {
            (_, Focus::Panel(i)) => Focus::Panel(wrap(i, requirements)),
            (Step::Start, Focus::Field(i)) => Focus::Field(wrap(i, self.drafts.len() + 1)),
            (Step::Contacts, f) => {
                // Markets field, then one row per contact.
                let pos = match f {
                    Focus::Contact(i) => i + 1,
                    _ => 0,
                };
                match wrap(pos, contacts + 1) {
                    0 => Focus::Field(0),
                    n => Focus::Contact(n - 1),
                }
            }
            (_, Focus::Field(i)) => Focus::Field(wrap(i, step_len)),
            (_, f) => f,
        };
        if self.step == Step::Start
            && let Focus::Field(i) = self.focus
        {
            self.start_selected = i;
        }
    }

    fn toggle_panel(&mut self) {
        if self.draft.is_none() || self.step == Step::Start {
            return;
        }
        self.focus = match self.focus {
            Focus::Panel(_) => Focus::Field(0),
            _ => {
                let first_unmet = self
                    .draft
                    .as_ref()
                    .and_then(|d| {
                        d.report
                            .requirements
                            .iter()
                            .position(|r| r.state == RequirementState::Unmet)
                    })
                    .unwrap_or(0);
                Focus::Panel(first_unmet)
            }
        };
    }

    /// Moves to the field that fixes the selected requirement.
    pub fn jump_to_fix(&mut self, requirement: usize) {
        let Some(d) = self.draft.as_ref() else { return };
        let Some(r) = d.report.requirements.get(requirement) else {
            return;
        };
        let Some(field) = r.fix.and_then(FieldId::for_path) else {
            self.set_status(format!("{} needs nothing from you", r.id.as_str()), false);
            return;
        };
        let step = field.def().step;
        let fix = r.fix;
        self.enter_step(step);
        self.save();
        let idx = self
            .step_fields()
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0);
        self.focus =
            if step == Step::Contacts && fix == Some("contacts") && !self.draft_contacts_empty() {
                Focus::Contact(self.first_invalid_contact().unwrap_or(0))
            } else {
                Focus::Field(idx)
            };
    }

    fn draft_contacts_empty(&self) -> bool {
        self.draft
            .as_ref()
            .is_none_or(|d| d.sub.contacts.is_empty())
    }

    fn first_invalid_contact(&self) -> Option<usize> {
        let d = self.draft.as_ref()?;
        d.sub
            .contacts
            .iter()
            .position(|c| !crate::validate::contact_problems(c).is_empty())
    }

    fn next_step(&mut self) {
        if self.step == Step::Start {
            return self.activate();
        }
        if self.step == Step::Review {
            return;
        }
        if let Some(error) = self.step_error(self.step) {
            let msg = format!("Fix this first (Back is always allowed): {error}");
            self.set_status(msg, true);
            return;
        }
        self.enter_step(self.step.next());
        self.save();
    }

    fn prev_step(&mut self) {
        if matches!(self.focus, Focus::Panel(_)) {
            self.focus = Focus::Field(0);
            return;
        }
        if matches!(self.step, Step::Start | Step::Offer) {
            if self.step == Step::Offer {
                self.set_status(
                    "This is the first step; q quits (your draft is saved)",
                    false,
                );
            }
            return;
        }
        self.enter_step(self.step.prev());
        self.save();
    }

    fn activate(&mut self) {
        match (self.step, self.focus) {
            (_, Focus::Panel(i)) => self.jump_to_fix(i),
            (Step::Start, _) => {
                let i = self.start_selected;
                match self.drafts.get(i) {
                    None => self.ask_input(InputPurpose::NewDraft),
                    Some(row) => {
                        let path = row.path.clone();
                        if let Err(e) = self.open_draft(path) {
                            self.set_status(e.to_string(), true);
                        }
                    }
                }
            }
            (Step::Contacts, Focus::Contact(i)) => self.open_contact(Some(i)),
            (Step::Review, _) => self.ask_input(InputPurpose::ExportJson),
            (_, Focus::Field(_)) => {
                if let Some(f) = self.focused_field() {
                    self.activate_field(f);
                }
            }
            _ => {}
        }
    }

    fn activate_field(&mut self, field: FieldId) {
        let Some(d) = self.draft.as_ref() else { return };
        match field.def().kind {
            FieldKind::YesNo => {
                let next = match field.get(&d.sub).as_str() {
                    "yes" => "no",
                    _ => "yes",
                };
                if let Err(e) = self.apply_field(field, next) {
                    self.set_status(e, true);
                }
            }
            FieldKind::Choice => {
                let options = field.choices(&d.sub);
                let current = field.get(&d.sub);
                let selected = options.iter().position(|(v, _)| *v == current).unwrap_or(0);
                self.popup = Some(Popup::Choice {
                    field,
                    options,
                    selected,
                    checked: None,
                });
            }
            FieldKind::MultiChoice => {
                let mut options = field.choices(&d.sub);
                let current: Vec<String> = field
                    .get(&d.sub)
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                for v in &current {
                    if !options.iter().any(|(o, _)| o == v) {
                        options.push((v.clone(), format!("{v} (not in catalogue)")));
                    }
                }
                let checked = options.iter().map(|(v, _)| current.contains(v)).collect();
                self.popup = Some(Popup::Choice {
                    field,
                    options,
                    selected: 0,
                    checked: Some(checked),
                });
            }
            _ => self.start_edit(field),
        }
    }

    pub(crate) fn start_edit(&mut self, field: FieldId) {
        let Some(d) = self.draft.as_ref() else { return };
        let live = field.problem(&d.report).is_some();
        self.editing = Some(Editing {
            field,
            textarea: single_line(&field.get(&d.sub)),
            error: None,
            live,
        });
        if live {
            self.revalidate_edit();
        }
    }

    fn revalidate_edit(&mut self) {
        let Some(d) = self.draft.as_ref() else { return };
        let Some(e) = self.editing.as_mut() else {
            return;
        };
        if !e.live {
            return;
        }
        let text = e.textarea.lines().join("");
        e.error = e.field.check_input(&d.sub, &text).err();
    }

    /// Sets a field from text; returns the refusal if it cannot be stored.
    pub(crate) fn apply_field(&mut self, field: FieldId, text: &str) -> Result<(), String> {
        let Some(d) = self.draft.as_mut() else {
            return Ok(());
        };
        // A field changes its own value, and at most the listing or the documents around it
        // (a cleared area drops its sub-areas); comparing those avoids copying every contact.
        let snapshot = |s: &Submission| (field.get(s), s.listing.clone(), s.documents.clone());
        let before = snapshot(&d.sub);
        field.set(&mut d.sub, text)?;
        if snapshot(&d.sub) != before {
            self.changed();
        }
        Ok(())
    }

    /// Keeps the edit: stores the value (the field loses focus) and validates it.
    fn commit_edit(&mut self) -> bool {
        let Some(e) = self.editing.as_ref() else {
            return true;
        };
        let field = e.field;
        let text = e.textarea.lines().join("");
        match self.apply_field(field, &text) {
            Ok(()) => {
                self.editing = None;
                if let Some(d) = self.draft.as_ref()
                    && let Some(p) = field.problem(&d.report)
                {
                    let msg = format!("{}: {p}", field.def().label.trim());
                    self.set_status(msg, true);
                }
                true
            }
            Err(err) => {
                if let Some(e) = self.editing.as_mut() {
                    e.error = Some(err);
                    e.live = true;
                }
                false
            }
        }
    }

    fn edit_key(&mut self, key: KeyEvent) {
        let kind = self.editing.as_ref().map(|e| e.field.def().kind);
        match key.code {
            KeyCode::Enter => {
                self.commit_edit();
            }
            KeyCode::Esc => self.editing = None,
            KeyCode::Tab if kind == Some(FieldKind::Path) => self.complete_path(),
            KeyCode::Tab | KeyCode::Down => {
                if self.commit_edit() {
                    self.move_focus(1);
                }
            }
            KeyCode::BackTab | KeyCode::Up => {
                if self.commit_edit() {
                    self.move_focus(-1);
                }
            }
            KeyCode::Char(c)
                if !key.modifiers.contains(KeyModifiers::CONTROL)
                    && self
                        .editing
                        .as_ref()
                        .is_some_and(|e| !e.field.accepts_char(c)) =>
            {
                let label = self
                    .editing
                    .as_ref()
                    .map(|e| e.field.def().label.trim())
                    .unwrap_or("");
                self.set_status(
                    format!(
                        "{label} takes {}",
                        self.editing
                            .as_ref()
                            .map(|e| e.field.allowed_chars())
                            .unwrap_or("")
                    ),
                    true,
                );
            }
            _ => {
                if let Some(e) = self.editing.as_mut() {
                    edit_line(&mut e.textarea, key);
                }
                self.revalidate_edit();
            }
        }
    }

    fn complete_path(&mut self) {
        let Some(e) = self.editing.as_mut() else {
            return;
        };
        let text = e.textarea.lines().join("");
        let (completed, options) = super::widgets::complete_path(&text);
        if completed != text {
            e.textarea = single_line(&completed);
        }
        if options.len() > 1 {
            let shown: Vec<String> = options.into_iter().take(8).collect();
            self.set_status(format!("Matches: {}", shown.join("  ")), false);
        }
    }
}
