//! The contract between the wizard and what it shows: a component (a screen or a dialog) names
//! the key contexts it listens in, handles the action a key maps to, takes typed keys, pastes and
//! clicks, and draws itself. It answers with a [`Reply`]; the wizard alone carries the reply out
//! (`App::reply`), and runs commands in one place (`App::run`). A component never reaches into
//! the wizard or into the dialog below it.

use std::path::PathBuf;
use std::time::Duration;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use super::action::Action;
use super::command::Command;
use super::derived::Derived;
use super::keymap::Context;
pub use super::shown::{Hit, Shown, View};
use crate::fields::FieldId;
use crate::session::DraftSession;

/// What a component answers to an action.
pub enum Reply {
    /// Nothing more to do (the component may have changed itself).
    Stay,
    /// Close this dialog.
    Close,
    /// Run the command. A dialog closes first unless the command opens a dialog over it (see
    /// [`Command::keeps_asker`]); when the command is refused the dialog stays, told why through
    /// [`Component::refused`].
    Run(Command),
}

/// What a component may read, and say, while it handles an action.
#[derive(Default)]
pub struct Cx {
    /// The open draft's file (file pickers start beside it).
    pub draft: Option<PathBuf>,
    /// The fields of the step shown that can take the focus, in order.
    pub fields: Vec<FieldId>,
    /// How many contacts the open draft has.
    pub contacts: usize,
    /// A line for the status bar.
    pub status: Option<(String, bool)>,
}

impl Cx {
    pub fn say(&mut self, text: impl Into<String>, is_error: bool) {
        self.status = Some((text.into(), is_error));
    }
}

/// A screen or a dialog.
pub trait Component {
    /// The key contexts the keys are looked up in, most specific first.
    fn contexts(&self) -> Vec<Context>;
    /// An action a key (or a click) mapped to.
    fn handle(&mut self, action: Action, cx: &mut Cx) -> Reply;
    /// A key no binding took, for text being typed.
    fn type_key(&mut self, _key: KeyEvent) {}
    /// Whether a bound key is text here, now (Space in a search being typed, which otherwise
    /// ticks): it goes to [`Component::type_key`] instead of its binding.
    fn types_key(&self, _key: &KeyEvent) -> bool {
        false
    }
    /// Pasted text (already one clean line).
    fn paste(&mut self, _text: &str) {}
    /// Line `i` of a list was clicked; true when the click also chooses it.
    fn select(&mut self, _i: usize) -> bool {
        false
    }
    /// The answer of a dialog this one opened (`Command::Answer`).
    fn answer(&mut self, _text: &str) {}
    /// The command this dialog asked for was refused; false when the dialog cannot show why
    /// (the wizard's status line says it then).
    fn refused(&mut self, _reason: &str) -> bool {
        false
    }
    /// Draws the component into `area`, from what the frame shows.
    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect);
}

/// A step's own screen: the component that draws the step's body and has the keys of its
/// contexts but the wizard's (steps, panel, help, quit), and what keeps it in step with the
/// draft. `screens::Pages` names the screen of each step.
pub trait StepScreen: Component {
    /// Which of the step's fields (`Cx::fields`) has the focus, when one has.
    fn form_focus(&self) -> Option<usize> {
        None
    }
    /// Gives field `i` of the step the focus (a click, a fix, a change that removed fields).
    fn show_field(&mut self, _i: usize) {}
    /// Shows what fixes a problem of `field` (one of `fields`, the step's, or its table's).
    fn show_fix(&mut self, field: FieldId, fields: &[FieldId], _session: &DraftSession) {
        self.show_field(fields.iter().position(|f| *f == field).unwrap_or(0));
    }
    /// A line of the screen's own is being typed (keys and pastes go to it).
    fn typing(&self) -> bool {
        false
    }
    /// The draft changed (after every edit, import or switch of rules).
    fn changed(&mut self, _session: &DraftSession, _derived: &Derived) {}
    /// Background work of the screen; true when what it shows changed.
    fn tick(&mut self, _session: &DraftSession) -> bool {
        false
    }
    /// Whether the screen's background work runs (the wizard polls faster then).
    fn busy(&self) -> bool {
        false
    }
    /// Waits up to `limit` for the screen's background work (tests).
    fn wait(&mut self, _limit: Duration) {}
    /// Another step is shown: what was being typed or scrolled on this one ends.
    fn leave(&mut self) {}
}
