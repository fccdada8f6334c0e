//! Dialogs that ask for a name or a path: a new draft's offer name, a new name for a draft, the
//! CSV to import, where to write an export.

use std::path::Path;

use ratatui_textarea::TextArea;

use crate::model::Edition;
use crate::tui::action::Action;
use crate::tui::command::{Command, InputPurpose};
use crate::tui::component::Reply;
use crate::tui::text::{single_line, text_of};

pub struct InputDialog {
    pub purpose: InputPurpose,
    pub title: String,
    pub help: String,
    pub textarea: TextArea<'static>,
    pub error: Option<String>,
}

impl InputDialog {
    /// The dialog for `purpose`; a path it suggests is in `dir`.
    pub fn new(purpose: InputPurpose, draft: &str, edition: Edition, dir: &Path) -> InputDialog {
        let cwd = dir;
        let (title, help, default) = match &purpose {
            InputPurpose::NewDraft => (
                crate::t!("wiz-new-draft-title"),
                crate::t!("wiz-new-draft-help"),
                String::new(),
            ),
            InputPurpose::RenameDraft(name) => (
                crate::t!("wiz-rename-title"),
                crate::t!("wiz-rename-help", name = format!("{name:?}")),
                name.clone(),
            ),
            InputPurpose::ImportCsv => (
                crate::t!("wiz-import-title"),
                crate::t!("wiz-import-help"),
                cwd.join("contacts.csv").display().to_string(),
            ),
            InputPurpose::ExportCsv => (
                crate::t!("wiz-export-csv-title"),
                crate::t!("wiz-export-csv-help"),
                cwd.join(format!("{draft}-contacts.csv"))
                    .display()
                    .to_string(),
            ),
            InputPurpose::ExportJson => (
                crate::t!("wiz-export-json-title"),
                crate::t!("wiz-export-json-help", edition = edition.to_string()),
                cwd.join(format!("{draft}.export.json"))
                    .display()
                    .to_string(),
            ),
            InputPurpose::ExportKit => (
                crate::t!("wiz-kit-title"),
                crate::t!("wiz-kit-help"),
                cwd.join(format!("{draft}-kit")).display().to_string(),
            ),
        };
        InputDialog {
            purpose,
            title,
            help,
            textarea: single_line(&crate::present::sanitize(&default)),
            error: None,
        }
    }

    pub fn act(&mut self, action: Action) {
        match action {
            Action::Complete if self.purpose.is_path() => {
                let text = text_of(&self.textarea);
                let (done, _) = crate::tui::screens::complete_path(&text);
                self.textarea = single_line(&done);
            }
            Action::ClearLine => self.textarea = single_line(""),
            _ => {}
        }
    }
}

impl InputDialog {
    /// An action on the dialog: Enter runs what it asks for, Ctrl-O browses for the path.
    pub fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Commit => {
                let text = text_of(&self.textarea);
                Reply::Run(Command::Input(
                    self.purpose.clone(),
                    text.trim().to_string(),
                ))
            }
            Action::Browse if self.purpose.is_path() => Reply::Run(Command::PickFile {
                extension: self.purpose.extension(),
                start: text_of(&self.textarea),
            }),
            a => {
                self.act(a);
                Reply::Stay
            }
        }
    }
}
