//! Everything a key can ask the wizard to do.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the wizard (the draft is already saved).
    Quit,
    /// Show or hide the key help.
    Help,
    /// Move focus to the next field or row.
    NextField,
    /// Move focus to the previous field or row.
    PrevField,
    /// Edit, toggle or choose the focused field; open the focused draft or contact.
    Activate,
    /// Clear the focused field (back to "not answered").
    Clear,
    /// Go to the next step (refused while this step has invalid values).
    NextStep,
    /// Go to the previous step (always allowed).
    PrevStep,
    /// Put focus on the status panel, or back on the form.
    TogglePanel,
    /// Start a new draft.
    NewDraft,
    /// Switch the rule edition for the new draft.
    CycleEdition,
    /// Add a contact.
    AddContact,
    /// Delete the focused contact (asks first).
    DeleteContact,
    /// Import contacts from a Partner Center CSV (shows what changes, asks first).
    ImportContacts,
    /// Write the contacts as a Partner Center CSV.
    ExportContacts,
    /// Export the submission as JSON.
    Export,
    /// Scroll the JSON preview up.
    ScrollUp,
    /// Scroll the JSON preview down.
    ScrollDown,
}
