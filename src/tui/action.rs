//! Everything a key (or a click) can ask the wizard to do.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Action {
    /// Leave the wizard (asks first when something is not kept or not saved).
    Quit,
    /// Show the keys of every context.
    Help,
    /// Move to the previous row, field or option.
    Up,
    /// Move to the next row, field or option.
    Down,
    /// Move a page up.
    PageUp,
    /// Move a page down.
    PageDown,
    /// Edit, toggle or choose the focused item; open the focused draft or contact.
    Activate,
    /// Clear the focused field (back to "not answered").
    Clear,
    /// Go to the next step (refused while this step has invalid values).
    NextStep,
    /// Go to the previous step (always allowed); on the first step, back to the drafts.
    PrevStep,
    /// Jump to step 1–7 (0 stands for "the digit typed").
    GoToStep(u8),
    /// Put focus on the status panel, or back where it was.
    TogglePanel,
    /// Show the draft under every rules edition side by side.
    Compare,
    /// Switch the draft's rules edition (asks first, says what changes).
    SwitchEdition,
    /// Start a new draft.
    NewDraft,
    /// Rename the focused draft.
    RenameDraft,
    /// Copy the focused draft under a new name.
    DuplicateDraft,
    /// Delete the focused draft (asks first).
    DeleteDraft,
    /// Add a contact.
    AddContact,
    /// Delete the focused contact (asks first; u undoes).
    DeleteContact,
    /// Import contacts from a Partner Center CSV (shows what changes, asks first).
    ImportContacts,
    /// Write the contacts as a Partner Center CSV.
    ExportContacts,
    /// Undo the last contact delete or import.
    Undo,
    /// Filter the list by typed text.
    Filter,
    /// Scroll the coverage list down.
    CoverageDown,
    /// Scroll the coverage list up.
    CoverageUp,
    /// Show the coverage on a world map, or as the list again.
    ToggleMap,
    /// Export the submission as JSON.
    ExportJson,
    /// Write the Partner Center hand-off kit (export, contacts CSV, documents, checklist).
    ExportKit,
    /// Show the exact JSON an export writes, or the summary again.
    ToggleJson,
    /// Keep the value being typed.
    Commit,
    /// Close the dialog or undo the edit.
    Cancel,
    /// Complete the typed file name; in a form, keep and go to the next field.
    Complete,
    /// Keep the value and go to the previous field.
    CommitPrev,
    /// Keep the value and go to the next field.
    CommitNext,
    /// Clear the line being typed.
    ClearLine,
    /// Choose a file from a list of folders and documents.
    Browse,
    /// Tick or untick the focused option.
    Toggle,
    /// Answer yes to the question.
    Yes,
    /// Answer no to the question.
    No,
    /// Choose the other answer of a three-way question (open the existing draft, retry a save).
    Other,
    /// Go up to the parent folder.
    Parent,
}
