//! What the wizard shows: the drafts list, an open draft, or a screen known only through the
//! component trait. An open draft exists only inside
//! `Screen::Draft`, so "is a draft open" is one match, not a check of an `Option` beside the
//! state that depends on it.

use crate::fields::Step;
use crate::model::{Contact, Contacts};
use crate::session::{DraftSession, SaveState};

use super::component::Component;
use super::derived::Derived;
use super::screens::diagram::Preview;
use super::screens::review::ReviewScreen;

/// An open draft and the wizard's state about it.
pub struct DraftUi {
    pub session: DraftSession,
    /// The step shown (never `Step::Start`: that is the drafts list).
    pub step: Step,
    /// What the last delete or import replaced, for `u`.
    pub undo: Option<Undo>,
    /// The save state the wizard last told about.
    pub save_seen: SaveState,
    /// The architecture diagram's picture, decoded in the background.
    pub diagram: Preview,
    /// The Review step's scroll and JSON preview.
    pub review: ReviewScreen,
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
    Drafts,
    Draft(Box<DraftUi>),
    /// A screen that is only a component: it has every key (but quit and help) and draws the
    /// whole body; `Reply::Close` goes back to the drafts list.
    Other(Box<dyn Component>),
}

impl Screen {
    /// The step shown: `Step::Start` on the drafts list.
    pub fn step(&self) -> Step {
        match self {
            Screen::Drafts | Screen::Other(_) => Step::Start,
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
        match self {
            Screen::Drafts | Screen::Other(_) => None,
            Screen::Draft(d) => Some(&d.session),
        }
    }

    pub fn session_mut(&mut self) -> Option<&mut DraftSession> {
        match self {
            Screen::Drafts | Screen::Other(_) => None,
            Screen::Draft(d) => Some(&mut d.session),
        }
    }

    /// Shows the drafts list; the draft that was open, if any, is handed back to be closed.
    pub fn take_session(&mut self) -> Option<DraftSession> {
        match std::mem::replace(self, Screen::Drafts) {
            Screen::Drafts | Screen::Other(_) => None,
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
            diagram: Preview::default(),
            review: ReviewScreen::default(),
            derived: Derived::default(),
        }));
    }
}

/// What has the keys: a dialog, a screen known only as a component, the inline editor, the
/// contacts search, the status panel, the drafts list, or a step of the open draft.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Dialog,
    Screen,
    Edit,
    Filter,
    Panel,
    Drafts,
    Step(Step),
}
