//! One-line text fields: a textarea holding a line, its text, pasted text made one line, and the
//! inline edit of a form field.

use ratatui_textarea::{CursorMove, TextArea};

use crate::fields::FieldId;

/// A one-line textarea holding `text`, the cursor at its end.
pub fn single_line(text: &str) -> TextArea<'static> {
    let mut t = TextArea::new(vec![text.to_string()]);
    t.move_cursor(CursorMove::End);
    t
}

/// The text of a one-line textarea.
pub fn text_of(t: &TextArea<'static>) -> String {
    t.lines().join("")
}

/// Pasted text for a one-line field: newlines become spaces, control characters go.
pub fn clean_paste(s: &str) -> String {
    s.replace("\r\n", " ")
        .replace(['\n', '\r'], " ")
        .chars()
        .filter(|c| !c.is_control())
        .collect()
}

/// An inline text edit of a form field that has not been kept yet.
pub struct Editing {
    pub field: FieldId,
    pub textarea: TextArea<'static>,
    pub error: Option<String>,
    /// Validate on every change: set once the field has been in error.
    pub live: bool,
    /// Characters the field refused while this edit was typed or pasted (said, never silent).
    pub removed: String,
}
