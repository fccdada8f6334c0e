//! The one key table: it dispatches, and it writes the footer hints and the help overlay, so what
//! the screen says and what the keys do cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a binding is active.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    Global,
    /// Inside a draft: step navigation and the status panel.
    Wizard,
    Start,
    Form,
    Contacts,
    Review,
    Panel,
}

impl Context {
    /// In the order the help overlay lists them.
    pub const ALL: [Context; 7] = [
        Context::Global,
        Context::Wizard,
        Context::Form,
        Context::Start,
        Context::Contacts,
        Context::Review,
        Context::Panel,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Wizard => "In a draft",
            Context::Start => "Start screen",
            Context::Form => "Forms",
            Context::Contacts => "Contacts screen",
            Context::Review => "Review screen",
            Context::Panel => "Status panel",
        }
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in hints.
    pub key_label: &'static str,
    pub action: Action,
    pub label: &'static str,
    /// Shown in the footer (the help overlay shows every binding).
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

macro_rules! bind {
    ($ctx:ident, [$($k:expr),+], $kl:literal, $action:ident, $label:literal, $hint:literal) => {
        Binding {
            context: Context::$ctx,
            keys: &[$($k),+],
            key_label: $kl,
            action: Action::$action,
            label: $label,
            hint: $hint,
        }
    };
}

use KeyCode::*;

pub static BINDINGS: &[Binding] = &[
    bind!(Start, [(Enter, NONE)], "Enter", Activate, "open", true),
    bind!(Start, [(Char('n'), NONE)], "n", NewDraft, "new draft", true),
    bind!(
        Start,
        [(Char('r'), NONE)],
        "r",
        CycleEdition,
        "rules edition",
        true
    ),
    bind!(
        Start,
        [(Down, NONE), (Char('j'), NONE), (Tab, NONE)],
        "↓",
        NextField,
        "next",
        false
    ),
    bind!(
        Start,
        [(Up, NONE), (Char('k'), NONE), (BackTab, SHIFT)],
        "↑",
        PrevField,
        "previous",
        false
    ),
    bind!(
        Panel,
        [(Enter, NONE)],
        "Enter",
        Activate,
        "go to the field that fixes it",
        true
    ),
    bind!(
        Panel,
        [(Down, NONE), (Char('j'), NONE), (Tab, NONE)],
        "↓",
        NextField,
        "next requirement",
        false
    ),
    bind!(
        Panel,
        [(Up, NONE), (Char('k'), NONE), (BackTab, SHIFT)],
        "↑",
        PrevField,
        "previous requirement",
        false
    ),
    bind!(
        Panel,
        [(Char('s'), NONE), (Esc, NONE)],
        "s/Esc",
        TogglePanel,
        "back to the form",
        true
    ),
    bind!(Contacts, [(Char('a'), NONE)], "a", AddContact, "add", true),
    bind!(
        Contacts,
        [(Char('d'), NONE), (Delete, NONE)],
        "d",
        DeleteContact,
        "delete",
        true
    ),
    bind!(
        Contacts,
        [(Char('i'), NONE)],
        "i",
        ImportContacts,
        "import CSV",
        true
    ),
    bind!(
        Contacts,
        [(Char('x'), NONE)],
        "x",
        ExportContacts,
        "export CSV",
        false
    ),
    bind!(
        Review,
        [(Char('e'), NONE)],
        "e",
        Export,
        "export JSON",
        true
    ),
    bind!(
        Review,
        [(Char('J'), SHIFT), (Char('J'), NONE)],
        "J",
        ScrollDown,
        "scroll JSON down",
        false
    ),
    bind!(
        Review,
        [(Char('K'), SHIFT), (Char('K'), NONE)],
        "K",
        ScrollUp,
        "scroll JSON up",
        false
    ),
    bind!(
        Form,
        [(Tab, NONE), (Down, NONE), (Char('j'), NONE)],
        "Tab/↓",
        NextField,
        "next field",
        false
    ),
    bind!(
        Form,
        [(BackTab, SHIFT), (Up, NONE), (Char('k'), NONE)],
        "S-Tab/↑",
        PrevField,
        "previous field",
        false
    ),
    bind!(
        Form,
        [(Enter, NONE), (Char(' '), NONE)],
        "Enter",
        Activate,
        "edit",
        true
    ),
    bind!(
        Form,
        [(Backspace, NONE), (Delete, NONE)],
        "Del",
        Clear,
        "clear",
        false
    ),
    bind!(
        Wizard,
        [(PageDown, NONE), (Char('n'), CTRL), (Char('n'), NONE)],
        "PgDn/n",
        NextStep,
        "next step",
        true
    ),
    bind!(
        Wizard,
        [
            (PageUp, NONE),
            (Char('p'), CTRL),
            (Char('b'), NONE),
            (Esc, NONE)
        ],
        "PgUp/b",
        PrevStep,
        "back",
        true
    ),
    bind!(
        Wizard,
        [(Char('s'), NONE)],
        "s",
        TogglePanel,
        "status",
        true
    ),
    bind!(
        Global,
        [(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)],
        "?",
        Help,
        "help",
        true
    ),
    bind!(
        Global,
        [(Char('q'), NONE), (Char('c'), CTRL)],
        "q",
        Quit,
        "quit",
        true
    ),
];

fn matches(b: &Binding, key: &KeyEvent) -> bool {
    b.keys.iter().any(|(code, mods)| {
        *code == key.code
            && (*mods == key.modifiers
                || (*mods == NONE && key.modifiers == SHIFT && matches!(code, Char(_))))
    })
}

/// The action for a key in the given contexts, searched in order (most specific first).
pub fn lookup(contexts: &[Context], key: &KeyEvent) -> Option<Action> {
    contexts.iter().find_map(|ctx| {
        BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| matches(b, key))
            .map(|b| b.action)
    })
}

/// Footer hints for the given contexts: (keys, label).
pub fn hints(contexts: &[Context]) -> Vec<(&'static str, &'static str)> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for ctx in contexts {
        for b in BINDINGS.iter().filter(|b| b.context == *ctx && b.hint) {
            if !seen.contains(&b.action) {
                seen.push(b.action);
                out.push((b.key_label, b.label));
            }
        }
    }
    out
}

/// Editing keys, handled by the text editor rather than the table, listed in the help overlay.
pub const EDITING_HELP: &[(&str, &str)] = &[
    ("Enter", "keep the value (it is checked and saved)"),
    (
        "Tab",
        "keep and go to the next field; in a path, complete the file name",
    ),
    ("Esc", "undo the edit"),
    ("Ctrl-U", "clear the line"),
    ("Ctrl-C", "quit (asks, because the edit is not kept yet)"),
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context != b.context {
                    continue;
                }
                for k in a.keys {
                    assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.context);
                }
            }
        }
    }

    #[test]
    fn specific_context_wins() {
        let enter = KeyEvent::new(Enter, NONE);
        assert_eq!(
            lookup(&[Context::Panel, Context::Global], &enter),
            Some(Action::Activate)
        );
        let n = KeyEvent::new(Char('n'), NONE);
        assert_eq!(
            lookup(&[Context::Start, Context::Global], &n),
            Some(Action::NewDraft)
        );
        assert_eq!(
            lookup(&[Context::Form, Context::Wizard, Context::Global], &n),
            Some(Action::NextStep)
        );
        assert_eq!(
            lookup(
                &[Context::Start, Context::Global],
                &KeyEvent::new(PageDown, NONE)
            ),
            None
        );
        let q = KeyEvent::new(Char('?'), SHIFT);
        assert_eq!(lookup(&[Context::Global], &q), Some(Action::Help));
    }
}
