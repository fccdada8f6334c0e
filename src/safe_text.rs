//! Text that came from a file, made safe to print: the one sanitiser every name, cell, path
//! and message goes through before it reaches a terminal. A leaf module, so the writers in
//! `fsio` can use it too.

use std::borrow::Cow;

/// Whether a character must not reach a terminal raw: C0 and C1 controls (escape sequences start
/// with them), DEL, and the invisible direction overrides that reorder what is shown.
fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Text from a file (names, cells, paths, lock contents, parse messages), made safe to print:
/// control characters are shown escaped (`\u{1b}`), never sent to the terminal.
pub fn sanitize(s: &str) -> Cow<'_, str> {
    sanitize_keeping(s, false)
}

/// As [`sanitize`], keeping line breaks (for messages of several lines).
pub fn sanitize_lines(s: &str) -> Cow<'_, str> {
    sanitize_keeping(s, true)
}

fn sanitize_keeping(s: &str, newlines: bool) -> Cow<'_, str> {
    let bad = |c: char| is_unsafe(c) && !(newlines && c == '\n');
    if !s.chars().any(bad) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if bad(c) {
            out.push_str(&c.escape_unicode().to_string());
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}
