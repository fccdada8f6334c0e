//! The wizard's state and its one update function. Each screen owns its state (`screens::*`);
//! the draft itself lives in the `DraftSession`, which saves in the background. Rendering reads
//! this state and never changes the model; every change goes through `update`.

use std::cell::RefCell;
use std::collections::HashMap;

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::{Position, Rect};
use ratatui_textarea::TextArea;

use crate::contacts_csv::ImportError;
use crate::coverage::Coverage;
use crate::fields::{FieldId, FieldKind, Need, Step, fields_of};
use crate::model::{Contact, Contacts, Edition, Submission};
use crate::present::sanitize;
use crate::session::{DraftSession, ImportPlan, SaveState};
use crate::status::RequirementState;
use crate::store::{DraftStore, StoreError};
use crate::validate::{FileFacts, FileProbe};

use super::action::Action;
use super::command::{Command, InputPurpose};
use super::component::{Component, View};
use super::keymap::{self, Context};
use super::popups::{ChoiceList, FilePicker, FilePurpose, Popup};
use super::screens::{
    contacts::ContactsScreen, diagram::Preview, form::FormScreen, review::ReviewScreen,
    start::StartScreen,
};
use super::task::{Poll, Task};
pub use super::text::clean_paste;
use super::text::{single_line, text_of};
use super::theme::Theme;

/// How far a step is, as the step bar shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepMark {
    NotStarted,
    InProgress,
    Invalid,
    Done,
}

/// What is derived from the draft after each change (not per frame).
#[derive(Default)]
pub struct Derived {
    pub marks: HashMap<Step, StepMark>,
    /// The first invalid value of each step, in words (blocks Next).
    pub step_errors: HashMap<Step, String>,
    pub coverage: Coverage,
    /// The markets in the order the coverage list shows them: uncovered first.
    pub coverage_order: Vec<usize>,
    /// What `coverage` was computed from: a field commit that touches neither keeps it.
    coverage_of: Option<(std::sync::Weak<Vec<Contact>>, Vec<String>)>,
    /// Where the contact rows' problems sit in the report's problems (sorted by row).
    pub contact_problems: std::ops::Range<usize>,
    /// The file check of every path field with a value.
    pub docs: HashMap<FieldId, Result<FileFacts, String>>,
}

impl Derived {
    /// The first problem of a contact row, found by bisection (a frame shows a page of a list
    /// that may hold 100,000 rows).
    pub fn contact_problem<'r>(
        &self,
        report: &'r crate::status::StatusReport,
        row: usize,
    ) -> Option<&'r crate::fields::Problem> {
        let slice = report.problems.get(self.contact_problems.clone())?;
        let at = slice.partition_point(|p| p.contact.is_some_and(|(i, _)| i < row));
        slice
            .get(at)
            .filter(|p| p.contact.is_some_and(|(i, _)| i == row))
    }
}

pub use super::component::Hit;

/// What has the keys: a dialog, the inline editor, the contacts search, the status panel, the
/// drafts list, or a step of the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Dialog,
    Edit,
    Filter,
    Panel,
    Drafts,
    Step(Step),
}

/// What the last delete or import replaced, for `u`.
pub enum Undo {
    Deleted(usize, Contact),
    Imported(Contacts),
}

/// An inline text edit of a form field that has not been kept yet.
pub struct Editing {
    pub field: FieldId,
    pub textarea: TextArea<'static>,
    pub error: Option<String>,
    /// Validate on every change: set once the field has been in error.
    pub live: bool,
    /// Characters the field refused while this edit was typed or pasted (said, never silent).
    pub removed: String,
}

/// What the wizard's background tasks end with.
pub enum Finished {
    Import(Result<ImportPlan, ImportError>),
    /// The kit, or why it was not written.
    Kit(Result<crate::kit::Kit, String>),
}

pub struct App {
    pub store: DraftStore,
    pub theme: Theme,
    pub session: Option<DraftSession>,
    pub step: Step,
    pub start: StartScreen,
    pub form: FormScreen,
    pub contacts: ContactsScreen,
    pub review: ReviewScreen,
    /// The status panel has the focus (and which requirement).
    pub panel: Option<usize>,
    pub editing: Option<Editing>,
    /// Dialogs, the last on top.
    pub popups: Vec<Popup>,
    pub status_line: Option<(String, bool)>,
    pub should_quit: bool,
    pub derived: Derived,
    pub diagram: Preview,
    pub undo: Option<Undo>,
    /// Background work (imports, kits); a progress dialog shows the last one.
    pub tasks: Vec<Task<Finished>>,
    /// Clickable regions of the last frame.
    pub hits: RefCell<Vec<(Rect, Hit)>>,
    /// Set only by the terminal-hygiene test (COSELL_TEST_PANIC_IN_FRAME).
    pub panic_in_frame: bool,
    /// For the terminal-hygiene test: an allocation that fails inside a frame.
    #[cfg(feature = "test-hooks")]
    pub fail_allocation: bool,
    save_seen: SaveState,
}

impl App {
    pub fn new(store: DraftStore, theme: Theme) -> App {
        let mut app = App {
            start: StartScreen::default(),
            store,
            theme,
            session: None,
            step: Step::Start,
            form: FormScreen::default(),
            contacts: ContactsScreen::default(),
            review: ReviewScreen::default(),
            panel: None,
            editing: None,
            popups: Vec::new(),
            status_line: None,
            should_quit: false,
            derived: Derived::default(),
            diagram: Preview::default(),
            undo: None,
            tasks: Vec::new(),
            hits: RefCell::new(Vec::new()),
            panic_in_frame: false,
            #[cfg(feature = "test-hooks")]
            fail_allocation: false,
            save_seen: SaveState::Idle,
        };
        app.refresh_drafts();
        app
    }

    pub fn refresh_drafts(&mut self) {
        if let Err(e) = self.start.refresh(&self.store) {
            self.set_status(format!("cannot list the drafts: {e}"), true);
        }
    }

    pub fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        let text = sanitize(&text.into()).into_owned();
        self.status_line = Some((text, is_error));
    }

    /// What components draw with.
    pub fn view(&self) -> View<'_> {
        View {
            theme: &self.theme,
            hits: &self.hits,
            edition: self.edition(),
        }
    }

    pub fn session(&self) -> Option<&DraftSession> {
        self.session.as_ref()
    }

    pub fn edition(&self) -> Edition {
        self.session
            .as_ref()
            .map_or(Edition::NEWEST, DraftSession::edition)
    }

    /// Opens a draft file: takes its lock, loads it, and resumes at the step it was left on.
    pub fn open_path(&mut self, path: &std::path::Path) -> Result<(), StoreError> {
        let session = DraftSession::open_path(&self.store, path)?;
        self.attach(session);
        Ok(())
    }

    /// Opens a draft by name or path (the command line's `--draft`).
    pub fn open(&mut self, arg: &str) -> Result<(), StoreError> {
        let session = DraftSession::open(&self.store, arg)?;
        self.attach(session);
        Ok(())
    }

    /// Waits for the open draft's document checks, at most `limit` (tests, and anything that
    /// must draw their results in its first frame).
    pub fn wait_for_checks(&mut self, limit: std::time::Duration) {
        if let Some(s) = self.session.as_mut() {
            s.wait_for_checks(limit);
        }
        self.after_change();
        self.diagram.wait(limit);
    }

    /// A draft held in memory only (tests and benchmarks).
    pub fn with_submission(&mut self, sub: Submission, step: Step) {
        let session = DraftSession::in_memory(&self.store, sub);
        self.session = Some(session);
        self.after_change();
        self.enter_step(step);
    }

    pub(super) fn attach(&mut self, session: DraftSession) {
        let step = Step::resume_at(session.sub());
        let was_export = session.was_export();
        self.session = Some(session);
        self.undo = None;
        self.after_change();
        self.enter_step(step);
        self.save_seen = SaveState::Idle;
        if was_export {
            self.set_status(
                "This file is an export: its status block and fingerprints are dropped on the first change",
                false,
            );
        } else {
            self.set_status(format!("Resumed at {}", step.title()), false);
        }
    }

    /// Closes the draft (waiting for its last save) and shows the drafts.
    fn leave_draft(&mut self) {
        if let Some(s) = self.session.take()
            && let Err(e) = s.close()
        {
            self.set_status(format!("NOT SAVED: {e}"), true);
        }
        self.editing = None;
        self.panel = None;
        self.contacts.filtering = false;
        self.step = Step::Start;
        self.refresh_drafts();
    }

    /// Where keys, pastes and clicks go: decided here only.
    pub fn focus(&self) -> Focus {
        if !self.popups.is_empty() {
            Focus::Dialog
        } else if self.editing.is_some() {
            Focus::Edit
        } else if self.contacts.filtering {
            Focus::Filter
        } else if self.session.is_none() || self.step == Step::Start {
            Focus::Drafts
        } else if self.panel.is_some() {
            Focus::Panel
        } else {
            Focus::Step(self.step)
        }
    }

    /// The contexts keys are looked up in, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        use Context::*;
        match self.focus() {
            Focus::Dialog => self.popups.last().map_or(vec![Always], |p| p.contexts()),
            Focus::Edit | Focus::Filter => vec![Edit, Always],
            Focus::Panel => vec![Panel, Wizard, Global, Always],
            Focus::Drafts => vec![Start, Global, Always],
            Focus::Step(Step::Contacts) => vec![Contacts, Form, Wizard, Global, Always],
            Focus::Step(Step::Review) => vec![Review, Wizard, Global, Always],
            Focus::Step(_) => vec![Form, Wizard, Global, Always],
        }
    }

    /// The fields of the current step that can take focus.
    pub fn step_fields(&self) -> Vec<FieldId> {
        match self.session.as_ref() {
            Some(s) => fields_of(self.step, s.sub())
                .map(|f| f.id)
                .filter(|f| f.kind() != FieldKind::Contacts)
                .collect(),
            None => Vec::new(),
        }
    }

    pub fn focused_field(&self) -> Option<FieldId> {
        if self.panel.is_some() {
            return None;
        }
        match self.step {
            Step::Contacts if self.contacts.focus.is_some() => None,
            Step::Start | Step::Review => None,
            _ => self.step_fields().get(self.form.focus).copied(),
        }
    }

    /// Recomputes what the screens show after any change of the draft.
    pub(crate) fn after_change(&mut self) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let sub = s.sub();
        let report = s.report();
        let edition = s.edition();
        let mut marks = HashMap::new();
        let mut errors = HashMap::new();
        for step in Step::WIZARD {
            let fields: Vec<FieldId> = fields_of(step, sub).map(|f| f.id).collect();
            let error = report
                .problems
                .iter()
                .find(|p| p.field.step() == step)
                .map(|p| p.in_words(edition));
            let open = report.requirements.iter().any(|r| {
                r.state == RequirementState::Unmet && r.fix.is_some_and(|f| f.step() == step)
            });
            let answered = fields.iter().any(|f| !f.get(sub).is_empty());
            let required = fields.iter().any(|f| f.need(sub) == Need::Required);
            let mark = match step {
                Step::Review if report.is_exportable() => StepMark::Done,
                Step::Review => StepMark::InProgress,
                _ if error.is_some() => StepMark::Invalid,
                _ if !open && (answered || !required) => StepMark::Done,
                _ if answered => StepMark::InProgress,
                _ => StepMark::NotStarted,
            };
            marks.insert(step, mark);
            if let Some(e) = error {
                errors.insert(step, e);
            }
        }
        let probe = s.probe();
        let docs = crate::fields::FIELDS
            .iter()
            .filter(|f| f.kind == FieldKind::Path)
            .filter_map(|f| {
                let v = f.id.get(sub);
                (!v.is_empty()).then(|| (f.id, probe.probe(&v)))
            })
            .collect();
        let diagram_field = FieldId::Doc(crate::model::DocSlot::ReferenceArchitectureDiagram);
        let diagram = diagram_field.get(sub);
        let start = report
            .problems
            .iter()
            .position(|p| p.contact.is_some())
            .unwrap_or(0);
        let len = report.problems[start..]
            .iter()
            .take_while(|p| p.contact.is_some())
            .count();
        let old = std::mem::take(&mut self.derived);
        let same_coverage = old
            .coverage_of
            .as_ref()
            .is_some_and(|(v, m)| sub.contacts.is_version(v) && *m == sub.markets);
        let (coverage, coverage_order, coverage_of) = if same_coverage {
            (old.coverage, old.coverage_order, old.coverage_of)
        } else {
            let cov = crate::coverage::coverage(&sub.markets, &sub.contacts);
            let mut order: Vec<usize> = (0..cov.markets.len()).collect();
            order.sort_by_key(|&i| cov.is_covered(&cov.markets[i]));
            let key = Some((sub.contacts.version(), sub.markets.clone()));
            (cov, order, key)
        };
        self.derived = Derived {
            marks,
            step_errors: errors,
            coverage,
            coverage_order,
            coverage_of,
            contact_problems: start..start + len,
            docs,
        };
        let real = probe.resolve(&diagram);
        let ok = matches!(self.derived.docs.get(&diagram_field), Some(Ok(_)));
        self.diagram.load(&diagram, &real, ok);
        self.contacts.refilter(&sub.contacts);
        self.review.invalidate();
        self.clamp_focus();
    }

    fn clamp_focus(&mut self) {
        let n = self.step_fields().len();
        self.form.focus = self.form.focus.min(n.saturating_sub(1));
        if let Some(s) = self.session.as_ref() {
            let rows = self.contacts.visible_len(s.sub().contacts.len());
            if let Some(i) = self.contacts.focus {
                self.contacts.focus = (rows > 0).then(|| i.min(rows - 1));
            }
            if let Some(i) = self.panel {
                self.panel = Some(i.min(s.report().requirements.len().saturating_sub(1)));
            }
        }
    }

    fn enter_step(&mut self, step: Step) {
        self.step = step;
        self.form.focus = 0;
        self.editing = None;
        // The search is typed only on its step.
        self.contacts.filtering = false;
        self.review.scroll = 0;
        if let Some(s) = self.session.as_mut() {
            s.set_last_step(step);
        }
    }

    /// The first invalid value on a step: what blocks going forward.
    pub fn step_error(&self, step: Step) -> Option<&str> {
        self.derived.step_errors.get(&step).map(String::as_str)
    }

    pub fn step_mark(&self, step: Step) -> StepMark {
        self.derived
            .marks
            .get(&step)
            .copied()
            .unwrap_or(StepMark::NotStarted)
    }

    // ----- events -----

    pub fn handle_event(&mut self, event: Event) {
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.paste(&text),
            Event::Mouse(m) => self.mouse(m),
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.status_line = None;
        let contexts = self.contexts();
        match keymap::lookup(&contexts, &key) {
            Some(action) => self.update(action),
            None if contexts[0].types_text() => self.type_key(key),
            None => {}
        }
    }

    /// A key for the text being typed (the inline editor, a dialog, a search).
    fn type_key(&mut self, key: KeyEvent) {
        match self.focus() {
            Focus::Dialog => {
                if let Some(p) = self.popups.last_mut() {
                    p.type_key(key);
                }
            }
            Focus::Filter => {
                self.contacts.filter_key(key);
                if let Some(s) = self.session.as_ref() {
                    self.contacts.refilter(&s.sub().contacts);
                }
            }
            Focus::Edit => {
                let Some(e) = self.editing.as_mut() else {
                    return;
                };
                if let crossterm::event::KeyCode::Char(c) = key.code
                    && !e.field.accepts_char(c)
                {
                    e.removed.push(c);
                } else {
                    e.textarea.input(key);
                    self.revalidate_edit();
                }
                self.say_removed();
            }
            Focus::Panel | Focus::Drafts | Focus::Step(_) => {}
        }
    }

    /// Keeps saying which characters the field being typed left out (every key clears the
    /// status line, so it is said again until the edit ends).
    fn say_removed(&mut self) {
        let edition = self.edition();
        let Some(e) = self.editing.as_ref() else {
            return;
        };
        if e.removed.is_empty() {
            return;
        }
        let label = e.field.label(edition).trim();
        let message = format!("{label}: {}", e.field.removed_chars(&e.removed));
        self.set_status(sanitize(&message).into_owned(), true);
    }

    /// Pasted text for the field being typed, without the characters it cannot hold (said).
    fn paste_into_edit(&mut self, text: &str) {
        let Some(e) = self.editing.as_mut() else {
            return;
        };
        let (kept, removed): (String, String) =
            text.chars().partition(|c| e.field.accepts_char(*c));
        e.removed.push_str(removed.trim());
        e.textarea.insert_str(&kept);
        self.revalidate_edit();
        self.say_removed();
    }

    fn paste(&mut self, text: &str) {
        let clean = clean_paste(text);
        match self.focus() {
            Focus::Dialog => {
                if let Some(p) = self.popups.last_mut() {
                    p.paste(&clean);
                }
            }
            Focus::Edit => self.paste_into_edit(&clean),
            Focus::Filter => {
                self.contacts.filter.push_str(&clean);
                if let Some(s) = self.session.as_ref() {
                    self.contacts.refilter(&s.sub().contacts);
                }
            }
            Focus::Panel | Focus::Drafts => {}
            Focus::Step(_) => {
                if let Some(field) = self.focused_field()
                    && !matches!(field.kind(), FieldKind::Choice | FieldKind::YesNo)
                {
                    self.start_edit(field);
                    if let Some(e) = self.editing.as_mut() {
                        // A pasted path replaces the one there; text is added where the cursor is.
                        if field.kind() == FieldKind::Path {
                            e.textarea = single_line("");
                        }
                    }
                    self.paste_into_edit(&clean);
                }
            }
        }
    }

    fn mouse(&mut self, m: MouseEvent) {
        let at = Position::new(m.column, m.row);
        let hit = self
            .hits
            .borrow()
            .iter()
            .rev()
            .find(|(r, _)| r.contains(at))
            .map(|(_, h)| *h);
        let over_coverage = hit == Some(Hit::Coverage) && self.focus() != Focus::Dialog;
        match m.kind {
            MouseEventKind::ScrollDown if over_coverage => self.update(Action::CoverageDown),
            MouseEventKind::ScrollUp if over_coverage => self.update(Action::CoverageUp),
            MouseEventKind::ScrollDown => self.update(Action::Down),
            MouseEventKind::ScrollUp => self.update(Action::Up),
            MouseEventKind::Down(MouseButton::Left) => {
                self.status_line = None;
                if let Some(h) = hit {
                    self.click(h);
                }
            }
            _ => {}
        }
    }

    /// A click: the same as moving there with the keys and pressing Enter.
    pub fn click(&mut self, hit: Hit) {
        let focus = self.focus();
        if focus == Focus::Dialog {
            match hit {
                Hit::Answer(a) => self.update(a),
                Hit::Item(i) => {
                    if let Some(p) = self.popups.last_mut()
                        && p.select(i)
                    {
                        self.update(Action::Activate);
                    }
                }
                _ => {}
            }
            return;
        }
        if focus == Focus::Edit && !self.commit_edit() {
            return;
        }
        match hit {
            Hit::Step(step) => self.go_to(step),
            Hit::Field(i) => {
                self.panel = None;
                if self.step == Step::Contacts {
                    self.contacts.focus = None;
                }
                if self.form.focus == i {
                    self.update(Action::Activate);
                } else {
                    self.form.focus = i;
                }
            }
            Hit::Markets => {
                self.panel = None;
                self.contacts.focus = None;
                self.form.focus = 0;
                self.update(Action::Activate);
            }
            Hit::Contact(i) => {
                self.panel = None;
                if self.contacts.focus == Some(i) {
                    self.update(Action::Activate);
                } else {
                    self.contacts.focus = Some(i);
                }
            }
            Hit::Draft(i) => {
                if self.start.selected == i {
                    self.update(Action::Activate);
                } else {
                    self.start.selected = i;
                }
            }
            Hit::PanelRow(i) => {
                if self.panel == Some(i) {
                    self.jump_to_fix(i);
                } else {
                    self.form.remember();
                    self.panel = Some(i);
                }
            }
            Hit::Answer(a) => self.update(a),
            Hit::Item(_) | Hit::Coverage => {}
        }
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) {
        match self.focus() {
            Focus::Dialog => return self.popup_action(action),
            Focus::Edit => return self.edit_action(action),
            Focus::Filter => return self.filter_action(action),
            Focus::Panel | Focus::Drafts | Focus::Step(_) => {}
        }
        match action {
            Action::Quit => self.quit(),
            Action::Help => self.popups.push(Popup::Help { scroll: 0 }),
            Action::Up => self.move_focus(-1),
            Action::Down => self.move_focus(1),
            Action::PageUp => self.move_focus(-10),
            Action::PageDown => self.move_focus(10),
            Action::Activate => self.activate(),
            Action::Clear => {
                if let Some(f) = self.focused_field() {
                    self.set_field(f, "");
                }
            }
            Action::NextStep => self.next_step(),
            Action::PrevStep => self.prev_step(),
            Action::GoToStep(n) => {
                if let Some(step) = Step::from_number(n as usize) {
                    self.go_to(step);
                }
            }
            Action::TogglePanel => self.toggle_panel(),
            Action::Compare => self.open_compare(),
            Action::SwitchEdition => self.ask_edition(),
            Action::NewDraft => self.ask_input(InputPurpose::NewDraft),
            Action::RenameDraft => {
                if let Some(row) = self.start.current() {
                    let name = row.name.clone();
                    self.ask_input(InputPurpose::RenameDraft(name));
                }
            }
            Action::DuplicateDraft => self.duplicate_draft(),
            Action::DeleteDraft => self.ask_delete_draft(),
            Action::AddContact => self.open_contact(None),
            Action::DeleteContact => self.ask_delete_contact(),
            Action::ImportContacts => self.ask_input(InputPurpose::ImportCsv),
            Action::ExportContacts => self.ask_input(InputPurpose::ExportCsv),
            Action::Undo => self.undo(),
            Action::Filter => {
                self.contacts.filtering = true;
            }
            Action::ToggleMap => self.contacts.map = !self.contacts.map,
            Action::CoverageDown => self.contacts.coverage_scroll += 1,
            Action::CoverageUp => {
                self.contacts.coverage_scroll = self.contacts.coverage_scroll.saturating_sub(1)
            }
            Action::ExportJson => self.ask_export(),
            Action::ExportKit => self.ask_input(InputPurpose::ExportKit),
            Action::ToggleJson => {
                self.review.toggle_json();
                if let Some(s) = self.session.as_ref() {
                    self.review.refresh(s);
                }
            }
            Action::Browse => {
                if let Some(f) = self.focused_field()
                    && f.kind() == FieldKind::Path
                {
                    let start = self
                        .session
                        .as_ref()
                        .map(|s| f.get(s.sub()))
                        .unwrap_or_default();
                    let draft = self.session.as_ref().map(|s| s.path().to_path_buf());
                    self.popups.push(Popup::Files(FilePicker::open_for(
                        FilePurpose::Field(f),
                        &start,
                        draft.as_deref(),
                        true,
                    )));
                }
            }
            _ => {}
        }
    }

    pub(super) fn quit(&mut self) {
        if self.session.as_ref().is_some_and(DraftSession::is_dirty)
            && let Some(s) = self.session.as_ref()
        {
            let _ = s.flush();
            if matches!(s.save_state(), SaveState::Conflict { .. }) {
                self.ask_about_conflict();
                return;
            }
            if let SaveState::Failed { message, .. } = s.save_state() {
                self.popups.push(Popup::confirm(
                    "Quit without saving?",
                    vec![
                        "Your last changes are NOT saved:".into(),
                        format!("✗ {}", sanitize(&message)),
                        "They are kept in memory while cosell runs.".into(),
                    ],
                    vec![
                        (Action::Other, "retry the save", Some(Command::RetrySave)),
                        (
                            Action::Yes,
                            "quit and lose them",
                            Some(Command::QuitUnsaved),
                        ),
                        (Action::Cancel, "stay", None),
                    ],
                ));
                return;
            }
        }
        self.finish();
    }

    /// Another program changed the draft file: saving is paused until the user chooses.
    pub(super) fn ask_about_conflict(&mut self) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        if self
            .popups
            .iter()
            .any(|p| p.asks(|c| matches!(c, Command::Conflict(_))))
        {
            return;
        }
        let name = s
            .path()
            .file_name()
            .map(|n| sanitize(&n.to_string_lossy()).into_owned())
            .unwrap_or_default();
        self.set_status(
            format!("NOT SAVED: {name} was changed by another program; choose what to keep"),
            true,
        );
        self.popups.push(Popup::confirm(
            "The draft changed on disk",
            vec![
                format!("Another program changed {name} since cosell read it."),
                "Nothing was saved, so nothing of theirs is overwritten.".into(),
                String::new(),
                "Keep mine: theirs is kept beside it as a .theirs-….json file.".into(),
                "Reload theirs: your unsaved edits are dropped (compare lists them).".into(),
                "Later: nothing is saved until you choose.".into(),
            ],
            [
                (Action::Yes, "keep mine"),
                (Action::Other, "reload theirs"),
                (Action::No, "compare"),
                (Action::Cancel, "later"),
            ]
            .into_iter()
            .map(|(a, label)| (a, label, Some(Command::Conflict(a))))
            .collect(),
        ));
    }

    /// Leaves for good: the last save is waited for.
    fn finish(&mut self) {
        if let Some(s) = self.session.take()
            && let Err(e) = s.close()
        {
            // Shown after the terminal is restored.
            eprintln!("cosell: NOT SAVED: {}", sanitize(&e));
        }
        self.should_quit = true;
    }

    fn move_focus(&mut self, delta: isize) {
        let wrap = |i: usize, len: usize| -> usize {
            if len == 0 {
                return 0;
            }
            if delta.abs() > 1 {
                return (i as isize + delta).clamp(0, len as isize - 1) as usize;
            }
            (i as isize + delta).rem_euclid(len as isize) as usize
        };
        if let Some(i) = self.panel {
            let n = self
                .session
                .as_ref()
                .map_or(0, |s| s.report().requirements.len());
            self.panel = Some(wrap(i, n));
            return;
        }
        match self.step {
            Step::Start => self.start.selected = wrap(self.start.selected, self.start.rows() + 1),
            Step::Review => self.review.scroll_by(delta),
            Step::Contacts => {
                let n = self
                    .session
                    .as_ref()
                    .map_or(0, |s| self.contacts.visible_len(s.sub().contacts.len()));
                let pos = self.contacts.focus.map_or(0, |i| i + 1);
                self.contacts.focus = match wrap(pos, n + 1) {
                    0 => None,
                    k => Some(k - 1),
                };
            }
            _ => {
                let n = self.step_fields().len();
                self.form.focus = wrap(self.form.focus, n);
            }
        }
    }

    fn toggle_panel(&mut self) {
        if self.session.is_none() || self.step == Step::Start {
            return;
        }
        match self.panel {
            Some(_) => {
                self.panel = None;
                self.form.restore();
            }
            None => {
                let first_unmet = self
                    .session
                    .as_ref()
                    .and_then(|s| {
                        s.report()
                            .requirements
                            .iter()
                            .position(|r| r.state == RequirementState::Unmet)
                    })
                    .unwrap_or(0);
                self.form.remember();
                self.panel = Some(first_unmet);
            }
        }
    }

    /// Moves to the field that fixes the selected requirement.
    pub fn jump_to_fix(&mut self, requirement: usize) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let Some(r) = s.report().requirements.get(requirement) else {
            return;
        };
        let Some(field) = r.fix else {
            let msg = format!("{}: nothing to do", r.title);
            self.set_status(msg, false);
            return;
        };
        let first_bad_contact = s
            .report()
            .problems
            .iter()
            .find_map(|p| p.contact.map(|c| c.0));
        self.panel = None;
        self.enter_step(field.step());
        if field == FieldId::Contacts {
            let has_contacts = self
                .session
                .as_ref()
                .is_some_and(|s| !s.sub().contacts.is_empty());
            self.contacts.clear_filter();
            self.contacts.focus = has_contacts.then(|| first_bad_contact.unwrap_or(0));
            return;
        }
        self.contacts.focus = None;
        self.form.focus = self
            .step_fields()
            .iter()
            .position(|f| *f == field)
            .unwrap_or(0);
    }

    fn go_to(&mut self, step: Step) {
        if self.session.is_none() || step == self.step {
            return;
        }
        if step > self.step
            && let Some(error) = self.step_error(self.step)
        {
            let msg = format!("Fix this first (going back is always allowed): {error}");
            self.set_status(msg, true);
            return;
        }
        self.panel = None;
        self.enter_step(step);
    }

    fn next_step(&mut self) {
        if self.step == Step::Start {
            return self.activate();
        }
        if self.step == Step::Review {
            return;
        }
        self.go_to(self.step.next());
    }

    fn prev_step(&mut self) {
        if self.panel.is_some() {
            self.panel = None;
            self.form.restore();
            return;
        }
        match self.step {
            Step::Start => {}
            Step::Offer => self.leave_draft(),
            _ => {
                let prev = self.step.prev();
                self.enter_step(prev);
            }
        }
    }

    fn activate(&mut self) {
        if let Some(i) = self.panel {
            return self.jump_to_fix(i);
        }
        match self.step {
            Step::Start => match self.start.current() {
                None => self.ask_input(InputPurpose::NewDraft),
                Some(row) => {
                    let path = row.path.clone();
                    if let Err(e) = self.open_path(&path) {
                        self.set_status(e.to_string(), true);
                    }
                }
            },
            Step::Contacts if self.contacts.focus.is_some() => {
                let i = self.contacts.focus.and_then(|k| self.contacts.index_of(k));
                if let Some(i) = i {
                    self.open_contact(Some(i));
                }
            }
            Step::Review => self.ask_export(),
            _ => {
                if let Some(f) = self.focused_field() {
                    self.activate_field(f);
                }
            }
        }
    }

    fn activate_field(&mut self, field: FieldId) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let sub = s.sub();
        match field.kind() {
            FieldKind::YesNo => {
                let next = match field.get(sub).as_str() {
                    "yes" => "no",
                    _ => "yes",
                };
                self.set_field(field, next);
            }
            FieldKind::Choice | FieldKind::MultiChoice | FieldKind::Countries => {
                let list = ChoiceList::for_field(field, sub);
                self.popups.push(Popup::Choice(list));
            }
            _ => self.start_edit(field),
        }
    }

    /// Stores a value through the session; a refusal goes to the status line.
    pub fn set_field(&mut self, field: FieldId, text: &str) -> bool {
        let Some(s) = self.session.as_mut() else {
            return false;
        };
        match s.set(field, text) {
            Ok(changed) => {
                if changed {
                    self.after_change();
                }
                true
            }
            Err(e) => {
                self.set_status(e, true);
                false
            }
        }
    }

    pub(crate) fn start_edit(&mut self, field: FieldId) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let live = s.report().problems.iter().any(|p| p.field == field);
        self.editing = Some(Editing {
            field,
            textarea: single_line(&field.get(s.sub())),
            error: None,
            live,
            removed: String::new(),
        });
        if live {
            self.revalidate_edit();
        }
    }

    fn revalidate_edit(&mut self) {
        let Some(s) = self.session.as_ref() else {
            return;
        };
        let Some(e) = self.editing.as_mut() else {
            return;
        };
        if !e.live {
            return;
        }
        let text = text_of(&e.textarea);
        e.error = e.field.check_input(s.sub(), &text, s.probe()).err();
    }

    /// Keeps the edit: stores the value and validates it. False when it cannot be stored (the
    /// edit stays open with the reason).
    fn commit_edit(&mut self) -> bool {
        let Some(e) = self.editing.as_ref() else {
            return true;
        };
        let field = e.field;
        let text = text_of(&e.textarea);
        let Some(s) = self.session.as_mut() else {
            return true;
        };
        match s.set(field, &text) {
            Ok(changed) => {
                self.editing = None;
                if changed {
                    self.after_change();
                }
                let edition = self.edition();
                let problem = self.session.as_ref().and_then(|s| {
                    s.report()
                        .problems
                        .iter()
                        .find(|p| p.field == field)
                        .map(|p| p.in_words(edition))
                });
                match problem {
                    Some(p) => self.set_status(p, true),
                    None if changed && field.kind() == FieldKind::Path => self.offer_copy(field),
                    None => {}
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

    fn edit_action(&mut self, action: Action) {
        let kind = self.editing.as_ref().map(|e| e.field.kind());
        match action {
            Action::Commit => {
                self.commit_edit();
            }
            Action::Cancel => self.editing = None,
            Action::Complete if kind == Some(FieldKind::Path) => {
                if let Some(e) = self.editing.as_mut() {
                    let text = text_of(&e.textarea);
                    let (done, options) = super::screens::complete_path(&text);
                    if done != text {
                        e.textarea = single_line(&done);
                    }
                    if options.len() > 1 {
                        let shown: Vec<String> = options.into_iter().take(8).collect();
                        self.set_status(format!("Matches: {}", shown.join("  ")), false);
                    }
                }
            }
            Action::Complete | Action::CommitNext if self.commit_edit() => self.move_focus(1),
            Action::CommitPrev if self.commit_edit() => self.move_focus(-1),
            Action::ClearLine => {
                if let Some(e) = self.editing.as_mut() {
                    e.textarea = single_line("");
                    e.removed.clear();
                }
                self.revalidate_edit();
            }
            Action::Browse if kind == Some(FieldKind::Path) => {
                if let Some(e) = self.editing.as_ref() {
                    let text = text_of(&e.textarea);
                    let field = e.field;
                    self.editing = None;
                    // Unchanged, the text is the stored path (relative to the draft).
                    let stored = self
                        .session
                        .as_ref()
                        .is_some_and(|s| field.get(s.sub()) == text);
                    let draft = self.session.as_ref().map(|s| s.path().to_path_buf());
                    self.popups.push(Popup::Files(FilePicker::open_for(
                        FilePurpose::Field(field),
                        &text,
                        draft.as_deref(),
                        stored,
                    )));
                }
            }
            Action::Quit => self.popups.push(Popup::confirm(
                "Quit?",
                vec!["The value you are typing has not been kept yet.".into()],
                vec![
                    (
                        Action::Yes,
                        "quit without it",
                        Some(Command::DiscardEditAndQuit),
                    ),
                    (Action::No, "keep editing", None),
                ],
            )),
            _ => {}
        }
    }

    fn filter_action(&mut self, action: Action) {
        match action {
            Action::Commit | Action::CommitNext => {
                self.contacts.filtering = false;
                let total = self.session.as_ref().map_or(0, |s| s.sub().contacts.len());
                if self.contacts.is_filtered() && self.contacts.visible_len(total) > 0 {
                    self.contacts.focus = Some(0);
                }
            }
            Action::Cancel => {
                self.contacts.clear_filter();
                if let Some(s) = self.session.as_ref() {
                    self.contacts.refilter(&s.sub().contacts);
                }
            }
            Action::ClearLine => {
                self.contacts.clear_filter();
                self.contacts.filtering = true;
                if let Some(s) = self.session.as_ref() {
                    self.contacts.refilter(&s.sub().contacts);
                }
            }
            Action::Quit => self.quit(),
            _ => {}
        }
    }

    /// Drains background work and the saver's news; true when the screen should be redrawn.
    pub fn tick(&mut self) -> bool {
        let mut redraw = false;
        if self.session.as_mut().is_some_and(DraftSession::tick) {
            self.after_change();
            redraw = true;
        }
        if let Some(s) = self.session.as_ref() {
            self.review.refresh(s);
        }
        redraw |= self.review.tick();
        redraw |= self.diagram.tick();
        if let Some(s) = self.session.as_ref() {
            let state = s.save_state();
            if state != self.save_seen {
                if let SaveState::Failed { message, .. } = &state {
                    let msg = format!("NOT SAVED: {message}; your changes are kept in memory");
                    self.set_status(msg, true);
                }
                if matches!(state, SaveState::Conflict { .. }) {
                    self.ask_about_conflict();
                }
                self.save_seen = state;
                redraw = true;
            }
        }
        for mut task in std::mem::take(&mut self.tasks) {
            match task.poll() {
                Poll::Running(moved) => {
                    if moved && let Some(Popup::Progress { fraction, .. }) = self.popups.last_mut()
                    {
                        *fraction = task.progress();
                        redraw = true;
                    }
                    self.tasks.push(task);
                }
                Poll::Done(done) => {
                    self.task_finished(done);
                    redraw = true;
                }
            }
        }
        redraw
    }

    /// Whether background work is running (the loop polls faster then).
    pub fn busy(&self) -> bool {
        !self.tasks.is_empty()
            || self.review.busy()
            || self.diagram.busy()
            || self.session.as_ref().is_some_and(DraftSession::busy)
    }
}
