//! The one key table. It dispatches every key of every screen, editor and dialog, and it writes
//! the footer hints, the dialogs' answer lines and the `?` help, so what the screen says and what
//! the keys do cannot drift apart.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use super::action::Action;

/// Where a binding is active. Lookups go through a list of contexts, most specific first.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Everywhere, even while typing.
    Always,
    /// Everywhere but while typing.
    Global,
    /// Inside a draft: steps, the status panel, editions.
    Wizard,
    Start,
    Form,
    Contacts,
    Review,
    Panel,
    /// Typing a value in the form.
    Edit,
    /// A list to choose from (type to search).
    Choice,
    /// A question.
    Confirm,
    /// A message to read.
    Message,
    Help,
    /// A dialog that asks for a name or a path.
    Input,
    /// The contact form.
    Contact,
    /// The file picker.
    Files,
    /// The editions side by side.
    Compare,
}

impl Context {
    /// In the order the help lists them.
    pub const ALL: [Context; 17] = [
        Context::Always,
        Context::Global,
        Context::Wizard,
        Context::Form,
        Context::Edit,
        Context::Start,
        Context::Contacts,
        Context::Review,
        Context::Panel,
        Context::Choice,
        Context::Files,
        Context::Input,
        Context::Contact,
        Context::Confirm,
        Context::Message,
        Context::Compare,
        Context::Help,
    ];

    pub fn title(self) -> &'static str {
        match self {
            Context::Always => "Always",
            Context::Global => "Everywhere but while typing",
            Context::Wizard => "In a draft",
            Context::Start => "Drafts",
            Context::Form => "Forms",
            Context::Contacts => "Contacts screen",
            Context::Review => "Review screen",
            Context::Panel => "Status panel",
            Context::Edit => "While typing a value",
            Context::Choice => "Lists (type to search)",
            Context::Confirm => "Questions",
            Context::Message => "Messages",
            Context::Help => "This help",
            Context::Input => "Name and path dialogs",
            Context::Contact => "Contact form",
            Context::Files => "File picker (type to filter)",
            Context::Compare => "Editions side by side",
        }
    }

    /// Contexts in which printable keys that are not bound type text.
    pub fn types_text(self) -> bool {
        matches!(
            self,
            Context::Edit | Context::Choice | Context::Input | Context::Contact | Context::Files
        )
    }
}

pub struct Binding {
    pub context: Context,
    pub keys: &'static [(KeyCode, KeyModifiers)],
    /// How the keys are written in hints.
    pub key_label: &'static str,
    pub action: Action,
    pub label: &'static str,
    /// Shown in the footer (the help shows every binding).
    pub hint: bool,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

macro_rules! bind {
    ($ctx:ident, [$($k:expr),+], $kl:literal, $action:expr, $label:literal, $hint:literal) => {
        Binding {
            context: Context::$ctx,
            keys: &[$($k),+],
            key_label: $kl,
            action: $action,
            label: $label,
            hint: $hint,
        }
    };
}

use Action as A;
use KeyCode::*;

pub static BINDINGS: &[Binding] = &[
    bind!(
        Always,
        [(Char('c'), CTRL)],
        "Ctrl-C",
        A::Quit,
        "quit (asks when something is not kept or not saved)",
        false
    ),
    bind!(
        Global,
        [(Char('?'), NONE), (Char('?'), SHIFT), (F(1), NONE)],
        "?",
        A::Help,
        "help",
        true
    ),
    bind!(Global, [(Char('q'), NONE)], "q", A::Quit, "quit", true),
    // Drafts
    bind!(Start, [(Enter, NONE)], "Enter", A::Activate, "open", true),
    bind!(
        Start,
        [(Char('n'), NONE)],
        "n",
        A::NewDraft,
        "new draft",
        true
    ),
    bind!(
        Start,
        [(Char('r'), NONE)],
        "r",
        A::RenameDraft,
        "rename",
        true
    ),
    bind!(
        Start,
        [(Char('c'), NONE)],
        "c",
        A::DuplicateDraft,
        "duplicate",
        true
    ),
    bind!(
        Start,
        [(Char('d'), NONE), (Delete, NONE)],
        "d",
        A::DeleteDraft,
        "delete",
        true
    ),
    bind!(
        Start,
        [(Down, NONE), (Char('j'), NONE), (Tab, NONE)],
        "↓",
        A::Down,
        "next draft",
        false
    ),
    bind!(
        Start,
        [(Up, NONE), (Char('k'), NONE), (BackTab, SHIFT)],
        "↑",
        A::Up,
        "previous draft",
        false
    ),
    // Status panel
    bind!(
        Panel,
        [(Enter, NONE)],
        "Enter",
        A::Activate,
        "go to the field that fixes it",
        true
    ),
    bind!(
        Panel,
        [(Down, NONE), (Char('j'), NONE), (Tab, NONE)],
        "↓",
        A::Down,
        "next requirement",
        false
    ),
    bind!(
        Panel,
        [(Up, NONE), (Char('k'), NONE), (BackTab, SHIFT)],
        "↑",
        A::Up,
        "previous requirement",
        false
    ),
    bind!(
        Panel,
        [(Char('s'), NONE), (Esc, NONE)],
        "s/Esc",
        A::TogglePanel,
        "back to the form",
        true
    ),
    // Contacts
    bind!(
        Contacts,
        [(Char('a'), NONE)],
        "a",
        A::AddContact,
        "add",
        true
    ),
    bind!(
        Contacts,
        [(Char('d'), NONE), (Delete, NONE)],
        "d",
        A::DeleteContact,
        "delete",
        true
    ),
    bind!(Contacts, [(Char('u'), NONE)], "u", A::Undo, "undo", false),
    bind!(
        Contacts,
        [(Char('i'), NONE)],
        "i",
        A::ImportContacts,
        "import CSV",
        true
    ),
    bind!(
        Contacts,
        [(Char('x'), NONE)],
        "x",
        A::ExportContacts,
        "export CSV",
        false
    ),
    bind!(
        Contacts,
        [(Char('/'), NONE)],
        "/",
        A::Filter,
        "filter",
        false
    ),
    bind!(
        Contacts,
        [(Char(']'), NONE)],
        "]",
        A::CoverageDown,
        "scroll the coverage down",
        false
    ),
    bind!(
        Contacts,
        [(Char('['), NONE)],
        "[",
        A::CoverageUp,
        "scroll the coverage up",
        false
    ),
    bind!(
        Contacts,
        [(Char('m'), NONE)],
        "m",
        A::ToggleMap,
        "coverage on a map / as a list",
        false
    ),
    // Review
    bind!(
        Review,
        [(Char('e'), NONE), (Enter, NONE)],
        "e",
        A::ExportJson,
        "export JSON",
        true
    ),
    bind!(
        Review,
        [(Char('k'), NONE)],
        "k",
        A::ExportKit,
        "kit for Partner Center",
        true
    ),
    bind!(
        Review,
        [(Char('j'), NONE)],
        "j",
        A::ToggleJson,
        "JSON / summary",
        true
    ),
    bind!(Review, [(Down, NONE)], "↓", A::Down, "scroll down", false),
    bind!(Review, [(Up, NONE)], "↑", A::Up, "scroll up", false),
    bind!(
        Review,
        [(PageDown, SHIFT), (Char(' '), NONE)],
        "Space",
        A::PageDown,
        "page down",
        false
    ),
    // Forms
    bind!(
        Form,
        [(Tab, NONE), (Down, NONE), (Char('j'), NONE)],
        "Tab/↓",
        A::Down,
        "next field",
        false
    ),
    bind!(
        Form,
        [(BackTab, SHIFT), (Up, NONE), (Char('k'), NONE)],
        "S-Tab/↑",
        A::Up,
        "previous field",
        false
    ),
    bind!(
        Form,
        [(Enter, NONE), (Char(' '), NONE)],
        "Enter",
        A::Activate,
        "edit",
        true
    ),
    bind!(
        Form,
        [(Backspace, NONE), (Delete, NONE)],
        "Del",
        A::Clear,
        "clear",
        false
    ),
    bind!(
        Form,
        [(Char('o'), CTRL)],
        "Ctrl-O",
        A::Browse,
        "choose a file",
        false
    ),
    // Steps
    bind!(
        Wizard,
        [(PageDown, NONE), (Char('n'), CTRL), (Char('n'), NONE)],
        "n",
        A::NextStep,
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
        "b",
        A::PrevStep,
        "back",
        true
    ),
    bind!(
        Wizard,
        [
            (Char('1'), NONE),
            (Char('2'), NONE),
            (Char('3'), NONE),
            (Char('4'), NONE),
            (Char('5'), NONE),
            (Char('6'), NONE),
            (Char('7'), NONE)
        ],
        "1-7",
        A::GoToStep(0),
        "go to a step",
        false
    ),
    bind!(
        Wizard,
        [(Char('s'), NONE)],
        "s",
        A::TogglePanel,
        "status",
        true
    ),
    bind!(
        Wizard,
        [(Char('c'), NONE)],
        "c",
        A::Compare,
        "compare editions",
        false
    ),
    bind!(
        Wizard,
        [(Char('E'), SHIFT), (Char('E'), NONE)],
        "E",
        A::SwitchEdition,
        "switch rules edition",
        false
    ),
    // Typing a value
    bind!(Edit, [(Enter, NONE)], "Enter", A::Commit, "keep", true),
    bind!(Edit, [(Esc, NONE)], "Esc", A::Cancel, "undo", true),
    bind!(
        Edit,
        [(Tab, NONE)],
        "Tab",
        A::Complete,
        "keep & next (in a path: complete)",
        true
    ),
    bind!(
        Edit,
        [(BackTab, SHIFT), (Up, NONE)],
        "S-Tab",
        A::CommitPrev,
        "keep & previous",
        false
    ),
    bind!(
        Edit,
        [(Down, NONE)],
        "↓",
        A::CommitNext,
        "keep & next",
        false
    ),
    bind!(
        Edit,
        [(Char('u'), CTRL)],
        "Ctrl-U",
        A::ClearLine,
        "clear the line",
        false
    ),
    bind!(
        Edit,
        [(Char('o'), CTRL)],
        "Ctrl-O",
        A::Browse,
        "choose a file",
        false
    ),
    // Lists
    bind!(Choice, [(Down, NONE)], "↓", A::Down, "next", false),
    bind!(
        Choice,
        [(Up, NONE), (BackTab, SHIFT)],
        "↑",
        A::Up,
        "previous",
        false
    ),
    bind!(
        Choice,
        [(PageDown, NONE)],
        "PgDn",
        A::PageDown,
        "page down",
        false
    ),
    bind!(
        Choice,
        [(PageUp, NONE)],
        "PgUp",
        A::PageUp,
        "page up",
        false
    ),
    bind!(
        Choice,
        [(Char(' '), NONE), (Tab, NONE)],
        "Space",
        A::Toggle,
        "tick",
        true
    ),
    bind!(Choice, [(Enter, NONE)], "Enter", A::Commit, "keep", true),
    bind!(
        Choice,
        [(Char('e'), CTRL)],
        "Ctrl-E",
        A::Other,
        "type a value instead",
        true
    ),
    bind!(Choice, [(Esc, NONE)], "Esc", A::Cancel, "cancel", true),
    // File picker
    bind!(Files, [(Down, NONE)], "↓", A::Down, "next", false),
    bind!(Files, [(Up, NONE)], "↑", A::Up, "previous", false),
    bind!(
        Files,
        [(PageDown, NONE)],
        "PgDn",
        A::PageDown,
        "page down",
        false
    ),
    bind!(Files, [(PageUp, NONE)], "PgUp", A::PageUp, "page up", false),
    bind!(
        Files,
        [(Enter, NONE)],
        "Enter",
        A::Activate,
        "open folder / choose file",
        true
    ),
    bind!(
        Files,
        [(Left, NONE), (Backspace, NONE)],
        "←",
        A::Parent,
        "parent folder",
        true
    ),
    bind!(Files, [(Esc, NONE)], "Esc", A::Cancel, "cancel", true),
    // Name and path dialogs
    bind!(Input, [(Enter, NONE)], "Enter", A::Commit, "confirm", true),
    bind!(
        Input,
        [(Tab, NONE)],
        "Tab",
        A::Complete,
        "complete the path",
        false
    ),
    bind!(
        Input,
        [(Char('o'), CTRL)],
        "Ctrl-O",
        A::Browse,
        "choose a file",
        false
    ),
    bind!(
        Choice,
        [(Char('u'), CTRL)],
        "Ctrl-U",
        A::ClearLine,
        "clear the search",
        false
    ),
    bind!(
        Files,
        [(Char('u'), CTRL)],
        "Ctrl-U",
        A::ClearLine,
        "clear the filter",
        false
    ),
    bind!(
        Input,
        [(Char('u'), CTRL)],
        "Ctrl-U",
        A::ClearLine,
        "clear",
        false
    ),
    bind!(Input, [(Esc, NONE)], "Esc", A::Cancel, "cancel", true),
    // Contact form
    bind!(
        Contact,
        [(Enter, NONE)],
        "Enter",
        A::Activate,
        "next (last: save)",
        true
    ),
    bind!(
        Contact,
        [(Tab, NONE), (Down, NONE)],
        "Tab",
        A::CommitNext,
        "next field",
        false
    ),
    bind!(
        Contact,
        [(BackTab, SHIFT), (Up, NONE)],
        "S-Tab",
        A::CommitPrev,
        "previous field",
        false
    ),
    bind!(
        Contact,
        [(Char('s'), CTRL)],
        "Ctrl-S",
        A::Commit,
        "save",
        true
    ),
    bind!(
        Contact,
        [(Char('o'), CTRL)],
        "Ctrl-O",
        A::Browse,
        "pick countries from a list",
        false
    ),
    bind!(
        Contact,
        [(Char('u'), CTRL)],
        "Ctrl-U",
        A::ClearLine,
        "clear the line",
        false
    ),
    bind!(Contact, [(Esc, NONE)], "Esc", A::Cancel, "cancel", true),
    // Questions
    bind!(
        Confirm,
        [(Char('y'), NONE), (Char('Y'), SHIFT), (Enter, NONE)],
        "y",
        A::Yes,
        "yes",
        true
    ),
    bind!(
        Confirm,
        [(Char('n'), NONE), (Char('N'), SHIFT)],
        "n",
        A::No,
        "no",
        true
    ),
    bind!(
        Confirm,
        [(Char('o'), NONE)],
        "o",
        A::Other,
        "the other choice",
        false
    ),
    bind!(Confirm, [(Esc, NONE)], "Esc", A::Cancel, "cancel", true),
    bind!(
        Confirm,
        [(Down, NONE), (Char('j'), NONE)],
        "↓",
        A::Down,
        "scroll",
        false
    ),
    bind!(
        Confirm,
        [(Up, NONE), (Char('k'), NONE)],
        "↑",
        A::Up,
        "scroll",
        false
    ),
    // Messages, help, comparison
    bind!(
        Message,
        [(Down, NONE), (Char('j'), NONE)],
        "↓",
        A::Down,
        "scroll",
        false
    ),
    bind!(
        Message,
        [(Up, NONE), (Char('k'), NONE)],
        "↑",
        A::Up,
        "scroll",
        false
    ),
    bind!(
        Message,
        [(Enter, NONE), (Esc, NONE)],
        "Enter",
        A::Cancel,
        "close",
        true
    ),
    bind!(
        Compare,
        [(Down, NONE), (Char('j'), NONE)],
        "↓",
        A::Down,
        "scroll",
        false
    ),
    bind!(
        Compare,
        [(Up, NONE), (Char('k'), NONE)],
        "↑",
        A::Up,
        "scroll",
        false
    ),
    bind!(
        Compare,
        [(Char('E'), SHIFT), (Char('E'), NONE)],
        "E",
        A::SwitchEdition,
        "switch the draft's edition",
        true
    ),
    bind!(
        Compare,
        [(Enter, NONE), (Esc, NONE)],
        "Esc",
        A::Cancel,
        "close",
        true
    ),
    bind!(
        Help,
        [(Down, NONE), (Char('j'), NONE)],
        "↓",
        A::Down,
        "scroll",
        false
    ),
    bind!(
        Help,
        [(Up, NONE), (Char('k'), NONE)],
        "↑",
        A::Up,
        "scroll",
        false
    ),
    bind!(
        Help,
        [(PageDown, NONE), (Char(' '), NONE)],
        "PgDn",
        A::PageDown,
        "page down",
        false
    ),
    bind!(Help, [(PageUp, NONE)], "PgUp", A::PageUp, "page up", false),
    bind!(
        Help,
        [
            (Esc, NONE),
            (Enter, NONE),
            (Char('q'), NONE),
            (Char('?'), NONE),
            (Char('?'), SHIFT)
        ],
        "Esc",
        A::Cancel,
        "close",
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

/// Whether a key types a character (in contexts that take text).
pub fn is_typing(key: &KeyEvent) -> bool {
    matches!(key.code, Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The action for a key in the given contexts, searched in order (most specific first). In a
/// context that takes text, a typed character that the context does not bind is text: `None`.
pub fn lookup(contexts: &[Context], key: &KeyEvent) -> Option<Action> {
    for ctx in contexts {
        let hit = BINDINGS
            .iter()
            .filter(|b| b.context == *ctx)
            .find(|b| matches(b, key));
        if let Some(b) = hit {
            return Some(match (b.action, key.code) {
                (Action::GoToStep(0), Char(c)) => {
                    Action::GoToStep(c.to_digit(10).unwrap_or(1) as u8)
                }
                (a, _) => a,
            });
        }
        if ctx.types_text() && is_typing(key) {
            return None;
        }
    }
    None
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

/// How a context's key for an action is written (`y`, `Esc`), for the answer lines of dialogs.
pub fn key_for(context: Context, action: Action) -> &'static str {
    BINDINGS
        .iter()
        .find(|b| b.context == context && b.action == action)
        .map_or("", |b| b.key_label)
}

/// The character a key types into a search or filter: none for Ctrl or Alt chords, which are
/// commands (an unbound Ctrl-U must not search for "u"). Ctrl and Alt together is AltGr on
/// Windows (`@`, `€` on European keyboards): that types.
pub fn typed_char(key: &crossterm::event::KeyEvent) -> Option<char> {
    use crossterm::event::{KeyCode, KeyModifiers};
    let chord = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT);
    match key.code {
        KeyCode::Char(c)
            if chord.is_empty() || chord == KeyModifiers::CONTROL | KeyModifiers::ALT =>
        {
            Some(c)
        }
        _ => None,
    }
}

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
    fn only_plain_keys_and_altgr_type_into_a_search() {
        use crossterm::event::{KeyCode, KeyEvent, KeyModifiers as M};
        let cases = [
            (M::NONE, Some('a')),
            (M::SHIFT, Some('a')),
            (M::CONTROL, None),
            (M::ALT, None),
            (M::CONTROL | M::ALT, Some('a')),
            (M::CONTROL | M::ALT | M::SHIFT, Some('a')),
        ];
        for (m, want) in cases {
            assert_eq!(
                typed_char(&KeyEvent::new(KeyCode::Char('a'), m)),
                want,
                "{m:?}"
            );
        }
        assert_eq!(typed_char(&KeyEvent::from(KeyCode::Enter)), None);
    }

    #[test]
    fn every_action_has_a_key() {
        use Action::*;
        let all = [
            Quit,
            Help,
            Up,
            Down,
            PageUp,
            PageDown,
            Activate,
            Clear,
            NextStep,
            PrevStep,
            GoToStep(0),
            TogglePanel,
            Compare,
            SwitchEdition,
            NewDraft,
            RenameDraft,
            DuplicateDraft,
            DeleteDraft,
            AddContact,
            DeleteContact,
            ImportContacts,
            ExportContacts,
            Undo,
            Filter,
            CoverageDown,
            CoverageUp,
            ToggleMap,
            ExportJson,
            ExportKit,
            ToggleJson,
            Commit,
            Cancel,
            Complete,
            CommitPrev,
            CommitNext,
            ClearLine,
            Browse,
            Toggle,
            Yes,
            No,
            Other,
            Parent,
        ];
        for a in all {
            assert!(BINDINGS.iter().any(|b| b.action == a), "{a:?} has no key");
        }
    }

    #[test]
    fn specific_context_wins_and_text_contexts_type() {
        let key = |c| KeyEvent::new(c, NONE);
        assert_eq!(
            lookup(&[Context::Panel, Context::Global], &key(Enter)),
            Some(Action::Activate)
        );
        assert_eq!(
            lookup(&[Context::Start, Context::Global], &key(Char('n'))),
            Some(Action::NewDraft)
        );
        assert_eq!(
            lookup(
                &[Context::Form, Context::Wizard, Context::Global],
                &key(Char('n'))
            ),
            Some(Action::NextStep)
        );
        assert_eq!(
            lookup(&[Context::Form, Context::Wizard], &key(Char('4'))),
            Some(Action::GoToStep(4))
        );
        assert_eq!(
            lookup(&[Context::Edit, Context::Always], &key(Char('q'))),
            None,
            "q types"
        );
        assert_eq!(
            lookup(
                &[Context::Edit, Context::Always],
                &KeyEvent::new(Char('c'), CTRL)
            ),
            Some(Action::Quit),
            "Ctrl-C is the same everywhere"
        );
        assert_eq!(
            lookup(
                &[Context::Help, Context::Always],
                &KeyEvent::new(Char('?'), SHIFT)
            ),
            Some(Action::Cancel)
        );
        assert_eq!(key_for(Context::Confirm, Action::Yes), "y");
    }
}
