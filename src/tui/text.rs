//! One-line text fields: a textarea holding a line, its text, and pasted text made one line.

use ratatui_textarea::{CursorMove, TextArea};

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
