//! What the wizard shows: the drafts list, an open draft, or a screen known only through the
//! component trait. An open draft and everything the wizard keeps about it (the step, the form's
//! focus, the Contacts and Review screens, the status panel, the inline editor) exist only inside
//! `Screen::Draft`, so closing a draft drops them all, and "is a draft open" is one match.

use crate::fields::{FieldId, FieldKind, Step, fields_of};
use crate::model::{Contact, Contacts};
use crate::session::{DraftSession, SaveState};
use crate::status::RequirementState;

use super::component::{Component, StepScreen};
use super::derived::Derived;
use super::screens::Pages;
use super::screens::start::StartScreen;
use super::text::Editing;

/// An open draft and the wizard's state about it.
pub struct DraftUi {
    pub session: DraftSession,
    /// The step shown (never `Step::Start`: that is the drafts list).
    pub step: Step,
    /// What the last delete or import replaced, for `u`.
    pub undo: Option<Undo>,
    /// The save state the wizard last told about.
    pub save_seen: SaveState,
    /// The screen of each step: the form's focus, the Contacts table and search, the diagram's
    /// preview, the Review step's scroll and JSON.
    pub pages: Pages,
    /// The status panel has the focus (and which requirement).
    pub panel: Option<usize>,
    /// A value being typed into a form field.
    pub editing: Option<Editing>,
    /// What the screens show that is computed from the draft (marks, coverage, checks).
    pub derived: Derived,
}

/// What the drafts list shows of a draft: nothing.
static NO_DRAFT: std::sync::LazyLock<Derived> = std::sync::LazyLock::new(Derived::default);

/// What the last delete or import replaced, for `u`.
pub enum Undo {
    Deleted(usize, Contact),
    Imported(Contacts),
}

/// The drafts list, an open draft, or another screen.
pub enum Screen {
    Drafts(StartScreen),
    Draft(Box<DraftUi>),
    /// A screen that is only a component: it has every key (but quit and help) and draws the
    /// whole body; `Reply::Close` goes back to the drafts list.
    Other(Box<dyn Component>),
}

impl Screen {
    /// The step shown: `Step::Start` on the drafts list.
    pub fn step(&self) -> Step {
        match self {
            Screen::Drafts(_) | Screen::Other(_) => Step::Start,
            Screen::Draft(d) => d.step,
        }
    }

    /// The open draft and what the wizard keeps about it.
    pub fn draft(&self) -> Option<&DraftUi> {
        match self {
            Screen::Draft(d) => Some(d),
            _ => None,
        }
    }

    pub fn draft_mut(&mut self) -> Option<&mut DraftUi> {
        match self {
            Screen::Draft(d) => Some(d),
            _ => None,
        }
    }

    /// What is computed from the open draft; empty without one.
    pub fn derived(&self) -> &Derived {
        self.draft().map_or(&NO_DRAFT, |d| &d.derived)
    }

    /// The open draft's session.
    pub fn session(&self) -> Option<&DraftSession> {
        self.draft().map(|d| &d.session)
    }

    pub fn session_mut(&mut self) -> Option<&mut DraftSession> {
        self.draft_mut().map(|d| &mut d.session)
    }

    /// Shows the drafts list (to be refreshed by the caller); the draft that was open, if any, is
    /// handed back to be closed.
    pub fn take_session(&mut self) -> Option<DraftSession> {
        match std::mem::replace(self, Screen::Drafts(StartScreen::default())) {
            Screen::Drafts(_) | Screen::Other(_) => None,
            Screen::Draft(d) => Some(d.session),
        }
    }

    /// Opens a draft at `step` (the one that was open, if any, is dropped).
    pub fn open(&mut self, session: DraftSession, step: Step) {
        *self = Screen::Draft(Box::new(DraftUi {
            session,
            step,
            undo: None,
            save_seen: SaveState::Idle,
            pages: Pages::default(),
            panel: None,
            editing: None,
            derived: Derived::default(),
        }));
    }
}

/// The screens of the steps (named in `screens::Pages`), kept in step with the draft.
impl DraftUi {
    /// The screen of the step shown.
    pub fn page(&self) -> &dyn StepScreen {
        self.pages.of(self.step)
    }

    pub fn page_mut(&mut self) -> &mut dyn StepScreen {
        self.pages.of_mut(self.step)
    }

    /// Recomputes what is derived from the draft, and tells every screen, after a change.
    pub fn changed(&mut self) {
        let old = std::mem::take(&mut self.derived);
        self.derived = Derived::compute(&self.session, old);
        for page in self.pages.all_mut() {
            page.changed(&self.session, &self.derived);
        }
        self.clamp_focus();
    }

    /// The screens' background work; true when what they show changed.
    pub fn tick(&mut self) -> bool {
        let session = &self.session;
        self.pages
            .all_mut()
            .into_iter()
            .fold(false, |redraw, page| page.tick(session) | redraw)
    }

    /// Whether a screen's background work runs.
    pub fn busy(&mut self) -> bool {
        self.pages.all_mut().iter().any(|p| p.busy())
    }

    /// Waits up to `limit` for each screen's background work.
    pub fn wait(&mut self, limit: std::time::Duration) {
        for page in self.pages.all_mut() {
            page.wait(limit);
        }
    }
}

/// Moving around an open draft: its steps, the focus within a step, the status panel.
impl DraftUi {
    /// The fields of the current step that can take focus.
    pub fn step_fields(&self) -> Vec<FieldId> {
        fields_of(self.step, self.session.sub())
            .map(|f| f.id)
            .filter(|f| f.kind() != FieldKind::Contacts)
            .collect()
    }

    /// The form field that has the focus, if one has.
    pub fn focused_field(&self) -> Option<FieldId> {
        if self.panel.is_some() {
            return None;
        }
        let i = self.page().form_focus()?;
        self.step_fields().get(i).copied()
    }

    /// Keeps every focus on something that is there after a change.
    pub fn clamp_focus(&mut self) {
        let n = self.step_fields().len();
        if let Some(i) = self.page().form_focus()
            && i >= n
        {
            self.page_mut().show_field(n.saturating_sub(1));
        }
        if let Some(i) = self.panel {
            let n = self.session.report().requirements.len();
            self.panel = Some(i.min(n.saturating_sub(1)));
        }
    }

    /// Shows `step` from its first field; an edit, or what was typed on the step left, ends.
    pub fn enter(&mut self, step: Step) {
        self.page_mut().leave();
        self.step = step;
        self.editing = None;
        self.session.set_last_step(step);
    }

    /// Moves the status panel's selection by `delta` (±1 wraps, a page stops at the ends).
    pub fn move_panel(&mut self, delta: isize) {
        if let Some(i) = self.panel {
            let n = self.session.report().requirements.len();
            self.panel = Some(super::screens::step_by(i, n, delta));
        }
    }

    /// Gives the status panel the focus (on the first unmet requirement), or takes it back.
    pub fn toggle_panel(&mut self) {
        self.panel = match self.panel {
            Some(_) => None,
            None => Some(
                self.session
                    .report()
                    .requirements
                    .iter()
                    .position(|r| r.state == RequirementState::Unmet)
                    .unwrap_or(0),
            ),
        };
    }

    /// Shows the step and the field (or contact) that fixes a problem of `field`.
    pub fn focus_on(&mut self, field: FieldId) {
        self.panel = None;
        self.enter(field.step());
        let fields = self.step_fields();
        self.pages
            .of_mut(self.step)
            .show_fix(field, &fields, &self.session);
    }

    /// What a step's screen reads while it handles an action.
    pub fn cx(&self) -> super::component::Cx {
        super::component::Cx {
            draft: Some(self.session.path().to_path_buf()),
            fields: self.step_fields(),
            contacts: self.session.sub().contacts.len(),
            status: None,
        }
    }
}

/// What has the keys: a dialog, a screen known only as a component, the inline editor, a line
/// the step's screen types (the contacts search), the status panel, the drafts list, or the
/// step's screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Dialog,
    Screen,
    Edit,
    Typing,
    Panel,
    Drafts,
    Step(Step),
}
