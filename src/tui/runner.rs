//! The one place replies are carried out and commands run: a dialog's or a screen's
//! [`Reply`] closes the dialog, gives its opener an answer, or runs a [`Command`]; a refused
//! command keeps the dialog open with the reason.

use super::action::Action;
use super::app::{App, Undo};
use super::command::Command;
use super::component::{Component, Cx, Reply};
use super::popups::{ChoiceList, ChoicePurpose, FilePicker, FilePurpose, Popup};

impl App {
    /// An action for the dialog on top. Quit leaves from any dialog.
    pub(super) fn popup_action(&mut self, action: Action) {
        let Some(at) = self.popups.len().checked_sub(1) else {
            return;
        };
        if action == Action::Quit {
            self.popups.clear();
            self.end_edit();
            return self.quit();
        }
        let mut cx = self.cx();
        let reply = self.popups[at].handle(action, &mut cx);
        if let Some((text, is_error)) = cx.status {
            self.set_status(text, is_error);
        }
        self.reply(at, reply);
    }

    /// What a component needs to know while it handles an action.
    pub(super) fn cx(&self) -> Cx {
        self.screen.draft().map(|d| d.cx()).unwrap_or_default()
    }

    /// Carries out a screen's reply (a screen never closes).
    pub(super) fn screen_reply(&mut self, cx: Cx, reply: Reply) {
        if let Some((text, is_error)) = cx.status {
            self.set_status(text, is_error);
        }
        if let Reply::Run(command) = reply
            && let Err(e) = self.run(command)
        {
            self.set_status(e, true);
        }
    }

    /// Carries out the reply of the dialog at `at`: the one place dialogs close and commands run.
    pub(super) fn reply(&mut self, at: usize, reply: Reply) {
        match reply {
            Reply::Stay => {}
            Reply::Close => {
                if at < self.popups.len() {
                    self.popups.remove(at);
                }
            }
            Reply::Run(Command::Answer(text)) => {
                if at < self.popups.len() {
                    self.popups.remove(at);
                }
                if let Some(opener) = at.checked_sub(1).and_then(|i| self.popups.get_mut(i)) {
                    opener.answer(&text);
                }
            }
            Reply::Run(command) if command.keeps_asker() => {
                if let Err(e) = self.run(command) {
                    self.set_status(e, true);
                }
            }
            Reply::Run(command) => {
                let asker = (at < self.popups.len()).then(|| self.popups.remove(at));
                if let Err(reason) = self.run(command) {
                    match asker {
                        Some(mut dialog) => {
                            if !dialog.refused(&reason) {
                                self.set_status(reason, true);
                            }
                            self.popups.insert(at.min(self.popups.len()), dialog);
                        }
                        None => self.set_status(reason, true),
                    }
                }
            }
        }
    }

    /// Runs one command; `Err` is a refusal the asking dialog shows.
    pub(crate) fn run(&mut self, command: Command) -> Result<(), String> {
        match command {
            // Carried out by `reply`, which knows the dialog that opened the asker.
            Command::Answer(_) => {}
            Command::PickFile { extension, start } => {
                let draft = self.screen.session().map(|s| s.path().to_path_buf());
                self.popups.push(Popup::Files(FilePicker::open_for(
                    FilePurpose::Dialog(extension),
                    &start,
                    draft.as_deref(),
                    false,
                )));
            }
            Command::PickCountries(current) => {
                let list = ChoiceList::countries(ChoicePurpose::ContactCountries, &current, true);
                self.popups.push(Popup::Choice(list));
            }
            Command::Ask(purpose) => self.ask_input(purpose),
            Command::OpenPath(path) => {
                if let Err(e) = self.open_path(&path) {
                    self.set_status(e.to_string(), true);
                }
            }
            Command::OpenContact(index) => self.open_contact(index),
            Command::AskDeleteContact(i) => self.ask_delete_contact(i),
            Command::Undo => self.undo(),
            Command::DuplicateDraft(name) => self.duplicate_draft(&name),
            Command::AskDeleteDraft(name) => self.ask_delete_draft(name),
            Command::Input(purpose, text) => return self.input_done(&purpose, &text),
            Command::Write(purpose, text) => {
                if let Err(e) = self.write_output(&purpose, &text) {
                    self.set_status(e, true);
                }
            }
            Command::SetField(field, text) => {
                self.set_field(field, &text);
            }
            Command::SetPath(field, text) => {
                if self.set_field(field, &text) {
                    self.offer_copy(field);
                }
            }
            Command::EditField(field) => self.start_edit(field),
            Command::ActivateField(field) => self.activate_field(field),
            Command::BrowseField(field) => self.browse_field(field),
            Command::PutContact(index, contact) => {
                if let Some(d) = self.screen.draft_mut() {
                    let i = d.session.put_contact(index, contact);
                    d.pages.contacts.clear_filter();
                    self.after_change();
                    if let Some(d) = self.screen.draft_mut() {
                        d.pages.contacts.focus = Some(i);
                    }
                }
            }
            Command::DeleteContact(i) => {
                if let Some(d) = self.screen.draft_mut()
                    && let Some(c) = d.session.delete_contact(i)
                {
                    let name = c.name.clone();
                    d.undo = Some(Undo::Deleted(i, c));
                    self.after_change();
                    self.set_status(crate::t!("wiz-deleted-undo", name = name.as_str()), false);
                }
            }
            Command::ReplaceContacts(plan) => {
                if let Some(d) = self.screen.draft_mut() {
                    let n = plan.imported.contacts.len();
                    let old = d.session.apply_import(*plan);
                    d.undo = Some(Undo::Imported(old));
                    d.pages.contacts.clear_filter();
                    self.after_change();
                    self.set_status(crate::t!("wiz-imported", count = n), false);
                }
            }
            Command::DeleteDraft(name) => self.delete_draft(&name),
            Command::CreateDraft {
                name,
                edition,
                another,
            } => self.create_draft(&name, edition, another),
            Command::OpenDraft(name) => {
                if let Err(e) = self.open(&name) {
                    self.set_status(e.to_string(), true);
                }
            }
            Command::AskEdition => self.ask_edition(),
            Command::ConfirmEdition(e) => self.confirm_edition(e),
            Command::SwitchEdition(e) => {
                if let Some(s) = self.screen.session_mut() {
                    s.set_edition(e);
                    self.after_change();
                    self.set_status(
                        crate::t!("wiz-now-uses-rules", edition = e.to_string()),
                        false,
                    );
                }
            }
            Command::CopyIntoFolder(field) => self.copy_into_folder(field),
            Command::DiscardEditAndQuit => {
                self.end_edit();
                self.quit();
            }
            Command::QuitUnsaved => {
                self.screen = super::screen::Screen::Drafts(Default::default());
                self.should_quit = true;
            }
            Command::RetrySave => {
                if let Some(s) = self.screen.session_mut() {
                    match s.retry_save() {
                        Ok(()) => self.set_status(crate::t!("wiz-saved"), false),
                        Err(e) => {
                            self.set_status(crate::t!("wiz-not-saved", error = e.to_string()), true)
                        }
                    }
                }
            }
            Command::Conflict(answer) => self.settle_conflict(answer),
        }
        Ok(())
    }
}
