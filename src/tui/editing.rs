//! Typing a value: the inline editor of a form field (start, type, paste, keep, cancel) and the
//! contacts search.

use crate::fields::{FieldId, FieldKind};
use crate::present::sanitize;

use super::action::Action;
use super::app::{App, Editing};
use super::command::Command;
use super::popups::{FilePicker, FilePurpose, Popup};
use super::text::{single_line, text_of};

impl App {
    /// Keeps saying which characters the field being typed left out (every key clears the
    /// status line, so it is said again until the edit ends).
    pub(super) fn say_removed(&mut self) {
        let edition = self.edition();
        let Some(e) = self.editing() else {
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
    pub(super) fn paste_into_edit(&mut self, text: &str) {
        let Some(e) = self.screen.draft_mut().and_then(|d| d.editing.as_mut()) else {
            return;
        };
        let (kept, removed): (String, String) =
            text.chars().partition(|c| e.field.accepts_char(*c));
        e.removed.push_str(removed.trim());
        e.textarea.insert_str(&kept);
        self.revalidate_edit();
        self.say_removed();
    }

    /// Stores a value through the session; a refusal goes to the status line.
    pub fn set_field(&mut self, field: FieldId, text: &str) -> bool {
        let Some(s) = self.screen.session_mut() else {
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
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        let s = &d.session;
        let live = s.report().problems.iter().any(|p| p.field == field);
        d.editing = Some(Editing {
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

    pub(super) fn revalidate_edit(&mut self) {
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        let (s, Some(e)) = (&d.session, d.editing.as_mut()) else {
            return;
        };
        if !e.live {
            return;
        }
        let text = text_of(&e.textarea);
        e.error = e.field.check_input(s.sub(), &text, s.probe()).err();
    }

    /// The edit being typed (on the open draft).
    fn editing_mut(&mut self) -> Option<&mut Editing> {
        self.screen.draft_mut().and_then(|d| d.editing.as_mut())
    }

    /// Keeps the edit: stores the value and validates it. False when it cannot be stored (the
    /// edit stays open with the reason).
    pub(super) fn commit_edit(&mut self) -> bool {
        let Some(d) = self.screen.draft_mut() else {
            return true;
        };
        let Some(e) = d.editing.as_ref() else {
            return true;
        };
        let field = e.field;
        let text = text_of(&e.textarea);
        match d.session.set(field, &text) {
            Ok(changed) => {
                d.editing = None;
                if changed {
                    self.after_change();
                }
                let edition = self.edition();
                let problem = self.screen.session().and_then(|s| {
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
                if let Some(e) = self.editing_mut() {
                    e.error = Some(err);
                    e.live = true;
                }
                false
            }
        }
    }

    pub(super) fn edit_action(&mut self, action: Action) {
        let kind = self.editing().map(|e| e.field.kind());
        match action {
            Action::Commit => {
                self.commit_edit();
            }
            Action::Cancel => self.end_edit(),
            Action::Complete if kind == Some(FieldKind::Path) => {
                if let Some(e) = self.editing_mut() {
                    let text = text_of(&e.textarea);
                    let (done, options) = super::screens::complete_path(&text);
                    if done != text {
                        e.textarea = single_line(&done);
                    }
                    if options.len() > 1 {
                        let shown: Vec<String> = options.into_iter().take(8).collect();
                        self.set_status(crate::t!("wiz-matches", values = shown.join("  ")), false);
                    }
                }
            }
            Action::Complete | Action::CommitNext if self.commit_edit() => {
                self.step_action(Action::Down)
            }
            Action::CommitPrev if self.commit_edit() => self.step_action(Action::Up),
            Action::ClearLine => {
                if let Some(e) = self.editing_mut() {
                    e.textarea = single_line("");
                    e.removed.clear();
                }
                self.revalidate_edit();
            }
            Action::Browse if kind == Some(FieldKind::Path) => {
                if let Some(e) = self.editing() {
                    let text = text_of(&e.textarea);
                    let field = e.field;
                    self.end_edit();
                    // Unchanged, the text is the stored path (relative to the draft).
                    let stored = self
                        .screen
                        .session()
                        .is_some_and(|s| field.get(s.sub()) == text);
                    let draft = self.screen.session().map(|s| s.path().to_path_buf());
                    self.popups.push(Popup::Files(FilePicker::open_for(
                        FilePurpose::Field(field),
                        &text,
                        draft.as_deref(),
                        stored,
                    )));
                }
            }
            Action::Quit => self.popups.push(Popup::confirm(
                &crate::t!("wiz-quit-editing-title"),
                vec![crate::t!("wiz-quit-editing")],
                vec![
                    (
                        Action::Yes,
                        &crate::t!("wiz-answer-quit-without-it"),
                        Some(Command::DiscardEditAndQuit),
                    ),
                    (Action::No, &crate::t!("wiz-answer-keep-editing"), None),
                ],
            )),
            _ => {}
        }
    }

    /// Ends the edit without keeping it.
    pub(super) fn end_edit(&mut self) {
        if let Some(d) = self.screen.draft_mut() {
            d.editing = None;
        }
    }
}
