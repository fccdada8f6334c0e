//! What the wizard shows: the drafts list, or an open draft. An open draft exists only inside
//! `Screen::Draft`, so "is a draft open" is one match, not a check of an `Option` beside the
//! state that depends on it.

use crate::fields::Step;
use crate::session::DraftSession;

/// An open draft and the wizard's state about it.
pub struct DraftUi {
    pub session: DraftSession,
    /// The step shown (never `Step::Start`: that is the drafts list).
    pub step: Step,
}

/// The drafts list, or an open draft.
pub enum Screen {
    Drafts,
    Draft(Box<DraftUi>),
}

impl Screen {
    /// The step shown: `Step::Start` on the drafts list.
    pub fn step(&self) -> Step {
        match self {
            Screen::Drafts => Step::Start,
            Screen::Draft(d) => d.step,
        }
    }

    /// The open draft's session.
    pub fn session(&self) -> Option<&DraftSession> {
        match self {
            Screen::Drafts => None,
            Screen::Draft(d) => Some(&d.session),
        }
    }

    pub fn session_mut(&mut self) -> Option<&mut DraftSession> {
        match self {
            Screen::Drafts => None,
            Screen::Draft(d) => Some(&mut d.session),
        }
    }

    /// Shows the drafts list; the draft that was open, if any, is handed back to be closed.
    pub fn take_session(&mut self) -> Option<DraftSession> {
        match std::mem::replace(self, Screen::Drafts) {
            Screen::Drafts => None,
            Screen::Draft(d) => Some(d.session),
        }
    }

    /// Opens a draft at `step` (the one that was open, if any, is dropped).
    pub fn open(&mut self, session: DraftSession, step: Step) {
        *self = Screen::Draft(Box::new(DraftUi { session, step }));
    }
}
