//! Dialogs over the screen: help, questions, messages, lists to choose from (with type-to-search,
//! the country picker among them), name and path dialogs, the file picker, the contact form,
//! progress, and the editions side by side. Each keeps its action line visible and scrolls its
//! content; the action line comes from the key table.

mod choice;
mod contact;
mod files;
mod input;
mod render;

pub use choice::{ChoiceList, ChoicePurpose};
pub use contact::ContactForm;
pub use files::{FilePicker, FilePurpose, last_dir, remember_dir};
pub use input::{InputDialog, InputPurpose};
pub use render::render;

use crossterm::event::KeyEvent;

use crate::model::Edition;
use crate::session::ImportPlan;
use crate::status::StatusReport;

use super::action::Action;
use super::keymap::Context;

/// What a question does when it is answered.
pub enum Pending {
    DeleteContact(usize),
    ReplaceContacts(Box<ImportPlan>),
    DiscardEditAndQuit,
    QuitUnsaved,
    DeleteDraft(String),
    CreateExisting {
        offer: String,
        existing: String,
        edition: Edition,
    },
    /// Write an output that replaces an existing file.
    Write(InputPurpose, String),
    SwitchEdition(Edition),
    /// Another program changed the draft file: keep mine, reload theirs, or compare.
    SaveConflict,
    /// Copy a field's document into `documents/` beside the draft.
    CopyIntoFolder(crate::fields::FieldId),
}

// One popup of each kind at most is open at a time; the size of the largest does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Popup {
    Help {
        scroll: u16,
    },
    Confirm {
        title: String,
        lines: Vec<String>,
        /// The answers, each with what it does in words.
        answers: Vec<(Action, String)>,
        on: Pending,
        scroll: u16,
    },
    Message {
        title: String,
        lines: Vec<String>,
        scroll: u16,
    },
    Choice(ChoiceList),
    Input(InputDialog),
    Contact(Box<ContactForm>),
    Files(FilePicker),
    Progress {
        title: String,
        fraction: f32,
    },
    Compare {
        reports: Vec<StatusReport>,
        scroll: u16,
    },
}

impl Popup {
    pub fn confirm(
        title: &str,
        lines: Vec<String>,
        answers: &[(Action, &str)],
        on: Pending,
    ) -> Popup {
        Popup::Confirm {
            title: title.to_string(),
            lines,
            answers: answers.iter().map(|(a, l)| (*a, l.to_string())).collect(),
            on,
            scroll: 0,
        }
    }

    pub fn message(title: &str, lines: Vec<String>) -> Popup {
        Popup::Message {
            title: title.to_string(),
            lines,
            scroll: 0,
        }
    }

    /// The key context of the dialog.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help { .. } => Context::Help,
            Popup::Confirm { .. } => Context::Confirm,
            Popup::Message { .. } | Popup::Progress { .. } => Context::Message,
            Popup::Choice(_) => Context::Choice,
            Popup::Input(_) => Context::Input,
            Popup::Contact(_) => Context::Contact,
            Popup::Files(_) => Context::Files,
            Popup::Compare { .. } => Context::Compare,
        }
    }

    /// A typed key for the dialog's text (search, name, path, contact field).
    pub fn type_key(&mut self, key: KeyEvent) {
        match self {
            Popup::Choice(c) => c.type_key(key),
            Popup::Input(d) => {
                d.textarea.input(key);
            }
            Popup::Contact(f) => {
                f.textarea.input(key);
            }
            Popup::Files(p) => p.type_key(key),
            _ => {}
        }
    }

    pub fn paste(&mut self, text: &str) {
        match self {
            Popup::Choice(c) => c.paste(text),
            Popup::Input(d) => {
                d.textarea.insert_str(text);
            }
            Popup::Contact(f) => {
                f.textarea.insert_str(text);
                f.revalidate();
            }
            Popup::Files(p) => p.paste(text),
            _ => {}
        }
    }

    /// Selects line `i` of a list (a click); true when the click also chooses it.
    pub fn select(&mut self, i: usize) -> bool {
        match self {
            Popup::Choice(c) => c.select(i),
            Popup::Files(p) => p.select(i),
            _ => false,
        }
    }
}
