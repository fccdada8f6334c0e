//! What a dialog (or a screen) asks the wizard to do. Dialogs answer with a [`Command`] inside a
//! `Reply` (tui/component.rs); one place runs them (`App::run`, in `tui/runner.rs`).

use crate::fields::FieldId;
use crate::model::{Contact, Edition};
use crate::session::ImportPlan;

use super::action::Action;

/// What a name-or-path dialog asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum InputPurpose {
    NewDraft,
    RenameDraft(String),
    ImportCsv,
    ExportCsv,
    ExportJson,
    ExportKit,
}

impl InputPurpose {
    /// Whether the text is a path (Tab completes it, Ctrl-O browses).
    pub fn is_path(&self) -> bool {
        matches!(
            self,
            InputPurpose::ImportCsv
                | InputPurpose::ExportCsv
                | InputPurpose::ExportJson
                | InputPurpose::ExportKit
        )
    }

    /// The extension the file picker lists first.
    pub fn extension(&self) -> &'static str {
        match self {
            InputPurpose::ExportJson => "json",
            _ => "csv",
        }
    }
}

/// One thing for the wizard to do.
pub enum Command {
    /// Give the dialog below (the one that opened the asker) this text.
    Answer(String),
    /// Open the file picker over the asking dialog (for its path; the answer comes back).
    PickFile {
        extension: &'static str,
        start: String,
    },
    /// Open the country list over the asking dialog (the answer comes back).
    PickCountries(Vec<String>),
    /// Open the name-or-path dialog for this.
    Ask(InputPurpose),
    /// Open the draft file.
    OpenPath(std::path::PathBuf),
    DuplicateDraft(String),
    /// Ask before deleting the draft.
    AskDeleteDraft(String),
    /// The text a name-or-path dialog was given (refused: the dialog shows why).
    Input(InputPurpose, String),
    /// Write an export, replacing the file there.
    Write(InputPurpose, String),
    /// Store a field's value.
    SetField(FieldId, String),
    /// Store a document path, then offer to copy the file beside the draft.
    SetPath(FieldId, String),
    /// Edit a field inline (a list's "other").
    EditField(FieldId),
    /// What Enter does on a field: yes/no flips, a list opens, text is edited inline.
    ActivateField(FieldId),
    /// Choose a field's file in the file picker.
    BrowseField(FieldId),
    /// Open the contact form on a row (a new contact when `None`).
    OpenContact(Option<usize>),
    /// Ask before deleting the contact at this index.
    AskDeleteContact(usize),
    /// Undo the last delete or import of contacts.
    Undo,
    /// Put a contact at `index` (a new one when `None`).
    PutContact(Option<usize>, Contact),
    DeleteContact(usize),
    ReplaceContacts(Box<ImportPlan>),
    DeleteDraft(String),
    /// Create a draft (`another`: under a free name when the name is taken).
    CreateDraft {
        name: String,
        edition: Edition,
        another: bool,
    },
    /// Open a draft by name or path.
    OpenDraft(String),
    /// Ask which edition to switch to; say what switching to one changes; switch.
    AskEdition,
    ConfirmEdition(Edition),
    SwitchEdition(Edition),
    CopyIntoFolder(FieldId),
    /// Drop the value being typed and quit.
    DiscardEditAndQuit,
    /// Quit without the unsaved changes.
    QuitUnsaved,
    RetrySave,
    /// The answer to "the draft changed on disk" (`y` keep mine, `o` theirs, `n` compare,
    /// `Esc` later).
    Conflict(Action),
}

impl Command {
    /// Whether the dialog that asked stays open under what this command opens.
    pub fn keeps_asker(&self) -> bool {
        matches!(self, Command::PickFile { .. } | Command::PickCountries(_))
    }
}
