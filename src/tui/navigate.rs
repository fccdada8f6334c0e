//! Moving around an open draft: the steps, the focus within a step, the status panel, and what
//! Enter does on each.

use crate::fields::{FieldId, FieldKind, Step, fields_of};
use crate::status::RequirementState;

use super::app::{App, Screen};
use super::popups::{ChoiceList, Popup};

impl App {
    /// The fields of the current step that can take focus.
    pub fn step_fields(&self) -> Vec<FieldId> {
        match self.screen.session() {
            Some(s) => fields_of(self.step(), s.sub())
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
        match self.step() {
            Step::Contacts if self.contacts.focus.is_some() => None,
            Step::Start | Step::Review => None,
            _ => self.step_fields().get(self.form.focus).copied(),
        }
    }

    pub(super) fn clamp_focus(&mut self) {
        let n = self.step_fields().len();
        self.form.focus = self.form.focus.min(n.saturating_sub(1));
        if let Some(s) = self.screen.session() {
            let rows = self.contacts.visible_len(s.sub().contacts.len());
            if let Some(i) = self.contacts.focus {
                self.contacts.focus = (rows > 0).then(|| i.min(rows - 1));
            }
            if let Some(i) = self.panel {
                self.panel = Some(i.min(s.report().requirements.len().saturating_sub(1)));
            }
        }
    }

    pub(super) fn enter_step(&mut self, step: Step) {
        if let Screen::Draft(d) = &mut self.screen {
            d.step = step;
            d.review.scroll = 0;
        }
        self.form.focus = 0;
        self.editing = None;
        // The search is typed only on its step.
        self.contacts.filtering = false;
        if let Some(s) = self.screen.session_mut() {
            s.set_last_step(step);
        }
    }

    pub(super) fn move_focus(&mut self, delta: isize) {
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
                .screen
                .session()
                .map_or(0, |s| s.report().requirements.len());
            self.panel = Some(wrap(i, n));
            return;
        }
        match self.step() {
            Step::Start => {}
            Step::Review => {}
            Step::Contacts => {
                let n = self
                    .screen
                    .session()
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

    pub(super) fn toggle_panel(&mut self) {
        if self.screen.draft().is_none() {
            return;
        }
        match self.panel {
            Some(_) => {
                self.panel = None;
                self.form.restore();
            }
            None => {
                let first_unmet = self
                    .screen
                    .session()
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
        let Some(s) = self.screen.session() else {
            return;
        };
        let Some(r) = s.report().requirements.get(requirement) else {
            return;
        };
        let Some(field) = r.fix else {
            let msg = crate::t!("wiz-nothing-to-do", title = r.title);
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
                .screen
                .session()
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

    pub(super) fn go_to(&mut self, step: Step) {
        if self.screen.session().is_none() || step == self.step() {
            return;
        }
        if step > self.step()
            && let Some(error) = self.step_error(self.step())
        {
            let msg = crate::t!("wiz-fix-first", error = error.to_string());
            self.set_status(msg, true);
            return;
        }
        self.panel = None;
        self.enter_step(step);
    }

    pub(super) fn next_step(&mut self) {
        if matches!(self.step(), Step::Start | Step::Review) {
            return;
        }
        self.go_to(self.step().next());
    }

    pub(super) fn prev_step(&mut self) {
        if self.panel.is_some() {
            self.panel = None;
            self.form.restore();
            return;
        }
        match self.step() {
            Step::Start => {}
            Step::Offer => self.leave_draft(),
            _ => {
                let prev = self.step().prev();
                self.enter_step(prev);
            }
        }
    }

    pub(super) fn activate(&mut self) {
        if let Some(i) = self.panel {
            return self.jump_to_fix(i);
        }
        match self.step() {
            // The drafts list handles its own keys (`StartScreen`).
            Step::Start => {}
            Step::Contacts if self.contacts.focus.is_some() => {
                let i = self.contacts.focus.and_then(|k| self.contacts.index_of(k));
                if let Some(i) = i {
                    self.open_contact(Some(i));
                }
            }
            Step::Review => {}
            _ => {
                if let Some(f) = self.focused_field() {
                    self.activate_field(f);
                }
            }
        }
    }

    pub(super) fn activate_field(&mut self, field: FieldId) {
        let Some(s) = self.screen.session() else {
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
}
