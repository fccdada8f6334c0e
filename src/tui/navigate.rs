//! Moving around an open draft from the wizard's side: the steps (a step with a problem blocks
//! going forward), the status panel's "go to the fix", and what Enter does on each step. The
//! focus itself is the draft's (`DraftUi`, in `screen.rs`).

use crate::fields::{FieldId, FieldKind, Need, Step};

use super::app::App;
use super::popups::{ChoiceList, FilePicker, FilePurpose, Popup};

impl App {
    /// The fields of the current step that can take focus.
    pub fn step_fields(&self) -> Vec<FieldId> {
        self.screen
            .draft()
            .map(|d| d.step_fields())
            .unwrap_or_default()
    }

    pub fn focused_field(&self) -> Option<FieldId> {
        self.screen.draft().and_then(|d| d.focused_field())
    }

    pub(super) fn enter_step(&mut self, step: Step) {
        if let Some(d) = self.screen.draft_mut() {
            d.enter(step);
        }
    }

    pub(super) fn move_panel(&mut self, delta: isize) {
        if let Some(d) = self.screen.draft_mut() {
            d.move_panel(delta);
        }
    }

    pub(super) fn toggle_panel(&mut self) {
        if let Some(d) = self.screen.draft_mut() {
            d.toggle_panel();
        }
    }

    /// Moves to the field that fixes the selected requirement.
    pub fn jump_to_fix(&mut self, requirement: usize) {
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        let Some(r) = d.session.report().requirements.get(requirement) else {
            return;
        };
        match r.fix {
            Some(field) => d.focus_on(field),
            None => {
                let msg = crate::t!("wiz-nothing-to-do", title = r.title);
                self.set_status(msg, false);
            }
        }
    }

    pub(super) fn go_to(&mut self, step: Step) {
        if self.screen.draft().is_none() || step == self.step() {
            return;
        }
        if step > self.step()
            && let Some(error) = self.step_error(self.step())
        {
            let msg = crate::t!("wiz-fix-first", error = error.to_string());
            self.set_status(msg, true);
            return;
        }
        if let Some(d) = self.screen.draft_mut() {
            d.panel = None;
            d.enter(step);
        }
    }

    pub(super) fn next_step(&mut self) {
        if matches!(self.step(), Step::Start | Step::Review) {
            return;
        }
        self.go_to(self.step().next());
    }

    pub(super) fn prev_step(&mut self) {
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        if d.panel.is_some() {
            d.panel = None;
            return;
        }
        match d.step {
            Step::Start => {}
            Step::Offer => self.leave_draft(),
            step => d.enter(step.prev()),
        }
    }

    /// Enter on the status panel: go to what fixes the requirement.
    pub(super) fn activate(&mut self) {
        if let Some(i) = self.panel() {
            self.jump_to_fix(i);
        }
    }

    /// Opens the file picker for a document field.
    pub(super) fn browse_field(&mut self, field: FieldId) {
        let Some(s) = self.screen.session() else {
            return;
        };
        let start = field.get(s.sub());
        let draft = s.path().to_path_buf();
        self.popups.push(Popup::Files(FilePicker::open_for(
            FilePurpose::Field(field),
            &start,
            Some(&draft),
            true,
        )));
    }

    pub(super) fn activate_field(&mut self, field: FieldId) {
        let Some(s) = self.screen.session() else {
            return;
        };
        let sub = s.sub();
        match field.kind() {
            // A yes/no nobody needs is not flipped by a stray Enter; the line says why.
            FieldKind::YesNo if field.get(sub).is_empty() => {
                if let Need::NotNeeded(why) = field.need(sub) {
                    let msg = crate::t!("wiz-not-needed-why", why = why);
                    return self.set_status(msg, false);
                }
                self.set_field(field, "yes");
            }
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
}
