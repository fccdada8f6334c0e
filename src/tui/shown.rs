//! What the screens draw from: a read-only picture of the wizard's state for one frame. Screens
//! and widgets take this, never the `App`, so they do not depend on the module that holds them.

use std::cell::RefCell;

use ratatui::layout::Rect;

use crate::fields::{FieldId, Step};
use crate::model::Edition;
use crate::session::DraftSession;

use super::action::Action;
use super::derived::{Derived, StepMark};
use super::text::Editing;
use super::theme::Theme;

/// Something the mouse can click, registered by the renderers each frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Step(Step),
    Field(usize),
    Draft(usize),
    Contact(usize),
    Markets,
    PanelRow(usize),
    /// A line of a dialog's list.
    Item(usize),
    /// An answer of a dialog (`y`, `n`, `o`, `Esc`).
    Answer(Action),
    /// The coverage list (the wheel scrolls it).
    Coverage,
}

/// What a component draws with: the colours, where clicks land, the draft's edition.
pub struct View<'a> {
    pub theme: &'a Theme,
    pub hits: &'a RefCell<Vec<(Rect, Hit)>>,
    pub edition: Edition,
}

impl View<'_> {
    /// Makes `area` clickable as `hit` (later regions win).
    pub fn hit(&self, area: Rect, hit: Hit) {
        self.hits.borrow_mut().push((area, hit));
    }
}

/// What the screens draw from.
pub struct Shown<'a> {
    pub theme: &'a Theme,
    pub hits: &'a RefCell<Vec<(Rect, Hit)>>,
    pub session: Option<&'a DraftSession>,
    pub step: Step,
    /// The status panel's selected requirement, when it has the focus.
    pub panel: Option<usize>,
    pub editing: Option<&'a Editing>,
    pub derived: &'a Derived,
    /// The fields of the step that can take the focus, which of them has it (none while the
    /// status panel has it), and that field.
    pub fields: Vec<FieldId>,
    pub form_focus: Option<usize>,
    pub focused: Option<FieldId>,
}

impl Shown<'_> {
    pub fn session(&self) -> Option<&DraftSession> {
        self.session
    }

    pub fn step_fields(&self) -> &[FieldId] {
        &self.fields
    }

    pub fn focused_field(&self) -> Option<FieldId> {
        self.focused
    }

    pub fn step_mark(&self, step: Step) -> StepMark {
        self.derived.step_mark(step)
    }

    pub fn step_error(&self, step: Step) -> Option<&str> {
        self.derived.step_error(step)
    }

    /// Makes `area` clickable as `hit` (later regions win).
    pub fn hit(&self, area: Rect, hit: Hit) {
        self.hits.borrow_mut().push((area, hit));
    }

    /// What dialogs draw with.
    pub fn view(&self) -> View<'_> {
        View {
            theme: self.theme,
            hits: self.hits,
            edition: self.session.map_or(Edition::NEWEST, DraftSession::edition),
        }
    }
}
