//! The wizard's state, what has the focus (decided here only, `App::focus`), and its background
//! work. Each screen owns its state (`screens::*`); the draft itself lives in the `DraftSession`,
//! which saves in the background. Keys are routed in `events.rs`, commands run in `runner.rs`;
//! rendering reads a `Shown` picture of this state and never changes it.

use std::cell::{Cell, RefCell};

use ratatui::layout::Rect;

use crate::contacts_csv::ImportError;
use crate::fields::Step;
use crate::model::{Edition, Submission};
use crate::present::sanitize;
use crate::session::{DraftSession, ImportPlan, SaveState};
use crate::store::{DraftStore, StoreError};

use super::action::Action;
use super::command::Command;
use super::component::{Component, View};
pub use super::derived::{Derived, StepMark};
use super::keymap::Context;
use super::popups::Popup;
pub use super::screen::{DraftUi, Focus, Screen, Undo};
use super::screens::{contacts::ContactsScreen, start::StartScreen};
use super::shown::Shown;
use super::task::{Poll, Task};
pub use super::text::{Editing, clean_paste};
use super::theme::Theme;

pub use super::component::Hit;

/// What the wizard's background tasks end with.
pub enum Finished {
    Import(Result<ImportPlan, ImportError>),
    /// The kit, or why it was not written.
    Kit(Result<crate::kit::Kit, String>),
}

pub struct App {
    pub store: DraftStore,
    pub theme: Theme,
    /// The drafts list, an open draft (with all the wizard keeps about it), or another screen.
    pub screen: Screen,
    /// Dialogs, the last on top.
    pub popups: Vec<Popup>,
    pub status_line: Option<(String, bool)>,
    pub should_quit: bool,
    /// Background work (imports, kits); a progress dialog shows the last one.
    pub tasks: Vec<Task<Finished>>,
    /// Clickable regions of the last frame.
    pub hits: RefCell<Vec<(Rect, Hit)>>,
    /// The last frame asked for a bigger terminal instead of drawing: only quitting works.
    pub too_small: Cell<bool>,
    /// Set only by the terminal-hygiene test (COSELL_TEST_PANIC_IN_FRAME).
    pub panic_in_frame: bool,
    /// For the terminal-hygiene test: an allocation that fails inside a frame.
    #[cfg(feature = "test-hooks")]
    pub fail_allocation: bool,
}

impl App {
    pub fn new(store: DraftStore, theme: Theme) -> App {
        let mut app = App {
            store,
            theme,
            screen: Screen::Drafts(StartScreen::default()),
            popups: Vec::new(),
            status_line: None,
            should_quit: false,
            tasks: Vec::new(),
            hits: RefCell::new(Vec::new()),
            too_small: Cell::new(false),
            panic_in_frame: false,
            #[cfg(feature = "test-hooks")]
            fail_allocation: false,
        };
        app.refresh_drafts();
        app
    }

    /// Lists the drafts again, when the drafts list is shown.
    pub fn refresh_drafts(&mut self) {
        let Screen::Drafts(start) = &mut self.screen else {
            return;
        };
        if let Err(e) = start.refresh(&self.store) {
            self.set_status(
                crate::t!("wiz-cannot-list-drafts", error = e.to_string()),
                true,
            );
        }
    }

    /// Selects the draft called `name` in the drafts list, when it is shown.
    pub(super) fn select_draft(&mut self, name: &str) {
        if let Screen::Drafts(start) = &mut self.screen {
            start.select_name(name);
        }
    }

    pub fn set_status(&mut self, text: impl Into<String>, is_error: bool) {
        let text = sanitize(&text.into()).into_owned();
        self.status_line = Some((text, is_error));
    }

    /// What the screens draw from, this frame.
    pub fn shown(&self) -> Shown<'_> {
        Shown {
            theme: &self.theme,
            hits: &self.hits,
            session: self.screen.session(),
            step: self.step(),
            panel: self.panel(),
            editing: self.editing(),
            derived: self.screen.derived(),
            fields: self.step_fields(),
            form_focus: self
                .screen
                .draft()
                .filter(|d| d.panel.is_none())
                .and_then(|d| d.page().form_focus()),
            focused: self.focused_field(),
        }
    }

    /// What components draw with.
    pub fn view(&self) -> View<'_> {
        View {
            theme: &self.theme,
            hits: &self.hits,
            edition: self.edition(),
        }
    }

    /// The step shown: `Step::Start` on the drafts list.
    pub fn step(&self) -> Step {
        self.screen.step()
    }

    pub fn session(&self) -> Option<&DraftSession> {
        self.screen.session()
    }

    /// The status panel's selected requirement, when it has the focus.
    pub fn panel(&self) -> Option<usize> {
        self.screen.draft().and_then(|d| d.panel)
    }

    /// The value being typed into a form field.
    pub fn editing(&self) -> Option<&Editing> {
        self.screen.draft().and_then(|d| d.editing.as_ref())
    }

    /// The Contacts step's state, while a draft is open.
    pub fn contacts(&self) -> Option<&ContactsScreen> {
        self.screen.draft().map(|d| &d.pages.contacts)
    }

    /// The drafts list, while it is shown.
    pub fn drafts(&self) -> Option<&StartScreen> {
        match &self.screen {
            Screen::Drafts(start) => Some(start),
            _ => None,
        }
    }

    pub fn edition(&self) -> Edition {
        self.screen
            .session()
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
        if let Some(s) = self.screen.session_mut() {
            s.wait_for_checks(limit);
        }
        self.after_change();
        if let Some(d) = self.screen.draft_mut() {
            d.wait(limit);
        }
    }

    /// A draft held in memory only (tests and benchmarks).
    pub fn with_submission(&mut self, sub: Submission, step: Step) {
        let session = DraftSession::in_memory(&self.store, sub);
        self.screen.open(session, step);
        self.after_change();
        self.enter_step(step);
    }

    pub(super) fn attach(&mut self, session: DraftSession) {
        let step = Step::resume_at(session.sub());
        let was_export = session.was_export();
        self.screen.open(session, step);
        self.after_change();
        self.enter_step(step);
        if was_export {
            self.set_status(crate::t!("wiz-opened-an-export"), false);
        } else {
            self.set_status(crate::t!("wiz-resumed-at", step = step.title()), false);
        }
    }

    /// Closes the draft (waiting for its last save) and shows the drafts. A draft whose
    /// changes are not on disk stays open: leaving would lose them without a question.
    pub(super) fn leave_draft(&mut self) {
        if let Some(s) = self.screen.session() {
            let _ = s.flush();
            match s.save_state() {
                SaveState::Conflict { .. } => {
                    self.ask_about_conflict();
                    return;
                }
                SaveState::Failed { message, .. } => {
                    let msg = crate::t!("wiz-not-saved-stays-open", error = sanitize(&message));
                    self.set_status(msg, true);
                    return;
                }
                _ => {}
            }
        }
        let name = self.screen.session().map(|s| s.name().to_string());
        if let Some(s) = self.screen.take_session()
            && let Err(e) = s.close()
        {
            self.set_status(crate::t!("wiz-not-saved", error = e.to_string()), true);
        }
        self.refresh_drafts();
        if let Some(name) = name {
            self.select_draft(&name);
        }
    }

    /// Where keys, pastes and clicks go: decided here only.
    pub fn focus(&self) -> Focus {
        if !self.popups.is_empty() {
            Focus::Dialog
        } else {
            match &self.screen {
                Screen::Other(_) => Focus::Screen,
                Screen::Drafts(_) => Focus::Drafts,
                Screen::Draft(d) if d.editing.is_some() => Focus::Edit,
                Screen::Draft(d) if d.page().typing() => Focus::Typing,
                Screen::Draft(d) if d.panel.is_some() => Focus::Panel,
                Screen::Draft(d) => Focus::Step(d.step),
            }
        }
    }

    /// The contexts keys are looked up in, most specific first.
    pub fn contexts(&self) -> Vec<Context> {
        use Context::*;
        match self.focus() {
            Focus::Dialog => self.popups.last().map_or(vec![Always], |p| p.contexts()),
            Focus::Screen => match &self.screen {
                Screen::Other(c) => c.contexts(),
                _ => vec![Always],
            },
            Focus::Edit => vec![Edit, Always],
            Focus::Panel => vec![Panel, Wizard, Global, Always],
            Focus::Drafts => match &self.screen {
                Screen::Drafts(start) => start.contexts(),
                _ => vec![Always],
            },
            Focus::Typing | Focus::Step(_) => self
                .screen
                .draft()
                .map_or(vec![Always], |d| d.page().contexts()),
        }
    }

    /// Recomputes what the screens show after any change of the draft.
    pub(crate) fn after_change(&mut self) {
        if let Some(d) = self.screen.draft_mut() {
            d.changed();
        }
    }

    /// The first invalid value on a step: what blocks going forward.
    pub fn step_error(&self, step: Step) -> Option<&str> {
        self.screen.derived().step_error(step)
    }

    pub fn step_mark(&self, step: Step) -> StepMark {
        self.screen.derived().step_mark(step)
    }

    pub(super) fn quit(&mut self) {
        if self.screen.session().is_some_and(DraftSession::is_dirty)
            && let Some(s) = self.screen.session()
        {
            let _ = s.flush();
            if matches!(s.save_state(), SaveState::Conflict { .. }) {
                self.ask_about_conflict();
                return;
            }
            if let SaveState::Failed { message, .. } = s.save_state() {
                self.popups.push(Popup::confirm(
                    &crate::t!("wiz-quit-unsaved-title"),
                    vec![
                        crate::t!("wiz-quit-unsaved-lost"),
                        format!("✗ {}", sanitize(&message)),
                        crate::t!("wiz-quit-unsaved-kept"),
                    ],
                    vec![
                        (
                            Action::Other,
                            &crate::t!("wiz-answer-retry-save"),
                            Some(Command::RetrySave),
                        ),
                        (
                            Action::Yes,
                            &crate::t!("wiz-answer-quit-and-lose"),
                            Some(Command::QuitUnsaved),
                        ),
                        (Action::Cancel, &crate::t!("wiz-answer-stay"), None),
                    ],
                ));
                return;
            }
        }
        self.finish();
    }

    /// Another program changed the draft file: saving is paused until the user chooses.
    pub(super) fn ask_about_conflict(&mut self) {
        let Some(s) = self.screen.session() else {
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
        self.set_status(crate::t!("wiz-conflict-status", name = &name), true);
        self.popups.push(Popup::confirm(
            &crate::t!("wiz-conflict-title"),
            vec![
                crate::t!("wiz-conflict-changed", name = &name),
                crate::t!("wiz-conflict-nothing-overwritten"),
                String::new(),
                crate::t!("wiz-conflict-keep-mine"),
                crate::t!("wiz-conflict-reload-theirs"),
                crate::t!("wiz-conflict-later"),
            ],
            [
                (Action::Yes, crate::t!("wiz-answer-keep-mine")),
                (Action::Other, crate::t!("wiz-answer-reload-theirs")),
                (Action::No, crate::t!("wiz-answer-compare")),
                (Action::Cancel, crate::t!("wiz-answer-later")),
            ]
            .iter()
            .map(|(a, label)| (*a, label.as_str(), Some(Command::Conflict(*a))))
            .collect(),
        ));
    }

    /// Leaves for good: the last save is waited for.
    fn finish(&mut self) {
        if let Some(s) = self.screen.take_session()
            && let Err(e) = s.close()
        {
            // Shown after the terminal is restored.
            eprintln!(
                "cosell: {}",
                crate::t!("wiz-not-saved", error = sanitize(&e))
            );
        }
        self.should_quit = true;
    }

    /// Drains background work and the saver's news; true when the screen should be redrawn.
    pub fn tick(&mut self) -> bool {
        let mut redraw = false;
        // Document checks that arrive change only what the form and panel read from the session.
        redraw |= self.screen.session_mut().is_some_and(DraftSession::tick);
        redraw |= self.screen.draft_mut().is_some_and(DraftUi::tick);
        let news = self.screen.draft_mut().and_then(|d| {
            let state = d.session.save_state();
            (state != d.save_seen).then(|| {
                d.save_seen = state.clone();
                state
            })
        });
        if let Some(state) = news {
            if let SaveState::Failed { message, .. } = &state {
                let msg = crate::t!("wiz-not-saved-kept-in-memory", error = message.as_str());
                self.set_status(msg, true);
            }
            if matches!(state, SaveState::Conflict { .. }) {
                self.ask_about_conflict();
            }
            redraw = true;
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
    pub fn busy(&mut self) -> bool {
        !self.tasks.is_empty()
            || self.screen.draft_mut().is_some_and(DraftUi::busy)
            || self.screen.session().is_some_and(DraftSession::busy)
    }
}
