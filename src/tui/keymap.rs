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

    /// The help's heading for the context, in the reader's language.
    pub fn title(self) -> String {
        crate::i18n::tr(self.title_key(), &[])
    }

    fn title_key(self) -> &'static str {
        match self {
            Context::Always => "wiz-help-always",
            Context::Global => "wiz-help-global",
            Context::Wizard => "wiz-help-wizard",
            Context::Start => "wiz-help-start",
            Context::Form => "wiz-help-form",
            Context::Contacts => "wiz-help-contacts",
            Context::Review => "wiz-help-review",
            Context::Panel => "wiz-help-panel",
            Context::Edit => "wiz-help-edit",
            Context::Choice => "wiz-help-choice",
            Context::Confirm => "wiz-help-confirm",
            Context::Message => "wiz-help-message",
            Context::Help => "wiz-help-help",
            Context::Input => "wiz-help-input",
            Context::Contact => "wiz-help-contact",
            Context::Files => "wiz-help-files",
            Context::Compare => "wiz-help-compare",
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
    /// How the keys are written in hints: the names of the first keys, `/`-separated (a test
    /// checks them against the keys).
    pub key_label: &'static str,
    pub action: Action,
    /// The message key of what the keys do (`wiz-key-…`); [`Binding::label`] words it.
    pub label: &'static str,
    /// Shown in the footer (the help shows every binding).
    pub hint: bool,
}

impl Binding {
    /// What the keys do, in the reader's language.
    pub fn label(&self) -> String {
        crate::i18n::tr(self.label, &[])
    }
}

type Key = (KeyCode, KeyModifiers);

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const ENTER: Key = (KeyCode::Enter, NONE);
const ESC: Key = (KeyCode::Esc, NONE);
const TAB: Key = (KeyCode::Tab, NONE);
const BACKTAB: Key = (KeyCode::BackTab, SHIFT);
const UP: Key = (KeyCode::Up, NONE);
const DOWN: Key = (KeyCode::Down, NONE);
const LEFT: Key = (KeyCode::Left, NONE);
const PGUP: Key = (KeyCode::PageUp, NONE);
const PGDN: Key = (KeyCode::PageDown, NONE);
const DEL: Key = (KeyCode::Delete, NONE);
const BKSP: Key = (KeyCode::Backspace, NONE);
const F1: Key = (KeyCode::F(1), NONE);
const SPACE: Key = ch(' ');

/// A character key (also matched with Shift, see `matches`).
const fn ch(c: char) -> Key {
    (KeyCode::Char(c), NONE)
}

const fn ctrl(c: char) -> Key {
    (KeyCode::Char(c), CTRL)
}

const fn shift(c: char) -> Key {
    (KeyCode::Char(c), SHIFT)
}

/// One binding: context, keys (the first ones named by the label), label of the keys, action,
/// what it does, and `footer` or `help` (where it is shown besides the help).
macro_rules! bind {
    ($ctx:expr, [$($k:expr),+], $kl:literal, $action:expr, $label:literal, footer) => {
        bind!(@row $ctx, [$($k),+], $kl, $action, $label, true)
    };
    ($ctx:expr, [$($k:expr),+], $kl:literal, $action:expr, $label:literal, help) => {
        bind!(@row $ctx, [$($k),+], $kl, $action, $label, false)
    };
    (@row $ctx:expr, [$($k:expr),+], $kl:literal, $action:expr, $label:literal, $hint:literal) => {
        Binding { context: $ctx, keys: &const { [$($k),+] }, key_label: $kl, action: $action, label: $label, hint: $hint }
    };
}

// The rows several contexts share.
#[rustfmt::skip]
const fn scroll_down(c: Context) -> Binding { bind!(c, [DOWN, ch('j')], "↓", A::Down, "wiz-key-scroll", help) }
#[rustfmt::skip]
const fn scroll_up(c: Context) -> Binding { bind!(c, [UP, ch('k')], "↑", A::Up, "wiz-key-scroll", help) }
#[rustfmt::skip]
const fn next(c: Context) -> Binding { bind!(c, [DOWN], "↓", A::Down, "wiz-key-next", help) }
#[rustfmt::skip]
const fn page_down(c: Context) -> Binding { bind!(c, [PGDN], "PgDn", A::PageDown, "wiz-key-page-down", help) }
#[rustfmt::skip]
const fn page_up(c: Context) -> Binding { bind!(c, [PGUP], "PgUp", A::PageUp, "wiz-key-page-up", help) }
#[rustfmt::skip]
const fn cancel(c: Context) -> Binding { bind!(c, [ESC], "Esc", A::Cancel, "wiz-key-cancel", footer) }
#[rustfmt::skip]
const fn browse(c: Context) -> Binding { bind!(c, [ctrl('o')], "Ctrl-O", A::Browse, "wiz-key-choose-a-file", help) }
#[rustfmt::skip]
const fn clear_line(c: Context) -> Binding { bind!(c, [ctrl('u')], "Ctrl-U", A::ClearLine, "wiz-key-clear-the-line", help) }

use Action as A;
use Context::*;

/// Every binding, one per line. Within a context the first match wins, and the help and the
/// footer list them in this order.
#[rustfmt::skip]
pub static BINDINGS: &[Binding] = &[
    bind!(Always,   [ctrl('c')],                          "Ctrl-C",  A::Quit,           "wiz-key-quit-asks", help),
    bind!(Global,   [ch('?'), shift('?'), F1],            "?",       A::Help,           "wiz-key-help", footer),
    bind!(Global,   [ch('q')],                            "q",       A::Quit,           "wiz-key-quit", footer),
    // Drafts
    bind!(Start,    [ENTER],                              "Enter",   A::Activate,       "wiz-key-open", footer),
    bind!(Start,    [ch('n')],                            "n",       A::NewDraft,       "wiz-key-new-draft", footer),
    bind!(Start,    [ch('r')],                            "r",       A::RenameDraft,    "wiz-key-rename", footer),
    bind!(Start,    [ch('c')],                            "c",       A::DuplicateDraft, "wiz-key-duplicate", footer),
    bind!(Start,    [ch('d'), DEL],                       "d",       A::DeleteDraft,    "wiz-key-delete", footer),
    bind!(Start,    [DOWN, ch('j'), TAB],                 "↓",       A::Down,           "wiz-key-next-draft", help),
    bind!(Start,    [UP, ch('k'), BACKTAB],               "↑",       A::Up,             "wiz-key-previous-draft", help),
    // Status panel
    bind!(Panel,    [ENTER],                              "Enter",   A::Activate,       "wiz-key-go-to-the-field-that-fixes-it", footer),
    bind!(Panel,    [DOWN, ch('j'), TAB],                 "↓",       A::Down,           "wiz-key-next-requirement", help),
    bind!(Panel,    [UP, ch('k'), BACKTAB],               "↑",       A::Up,             "wiz-key-previous-requirement", help),
    bind!(Panel,    [ch('s'), ESC],                       "s/Esc",   A::TogglePanel,    "wiz-key-back-to-the-form", footer),
    // Contacts
    bind!(Contacts, [ch('a')],                            "a",       A::AddContact,     "wiz-key-add", footer),
    bind!(Contacts, [ch('d'), DEL],                       "d",       A::DeleteContact,  "wiz-key-delete", footer),
    bind!(Contacts, [ch('u')],                            "u",       A::Undo,           "wiz-key-undo", help),
    bind!(Contacts, [ch('i')],                            "i",       A::ImportContacts, "wiz-key-import-csv", footer),
    bind!(Contacts, [ch('x')],                            "x",       A::ExportContacts, "wiz-key-export-csv", help),
    bind!(Contacts, [ch('/')],                            "/",       A::Filter,         "wiz-key-filter", help),
    bind!(Contacts, [ch(']')],                            "]",       A::CoverageDown,   "wiz-key-scroll-the-coverage-down", help),
    bind!(Contacts, [ch('[')],                            "[",       A::CoverageUp,     "wiz-key-scroll-the-coverage-up", help),
    bind!(Contacts, [ch('m')],                            "m",       A::ToggleMap,      "wiz-key-coverage-on-a-map-as-a-list", help),
    // Review
    bind!(Review,   [ch('e'), ENTER],                     "e",       A::ExportJson,     "wiz-key-export-json", footer),
    bind!(Review,   [ch('k')],                            "k",       A::ExportKit,      "wiz-key-kit-for-partner-center", footer),
    bind!(Review,   [ch('j')],                            "j",       A::ToggleJson,     "wiz-key-json-summary", footer),
    bind!(Review,   [DOWN],                               "↓",       A::Down,           "wiz-key-scroll-down", help),
    bind!(Review,   [UP],                                 "↑",       A::Up,             "wiz-key-scroll-up", help),
    bind!(Review,   [SPACE, (KeyCode::PageDown, SHIFT)],  "Space",   A::PageDown,       "wiz-key-page-down", help),
    // Forms
    bind!(Form,     [TAB, DOWN, ch('j')],                 "Tab/↓",   A::Down,           "wiz-key-next-field", help),
    bind!(Form,     [BACKTAB, UP, ch('k')],               "S-Tab/↑", A::Up,             "wiz-key-previous-field", help),
    bind!(Form,     [ENTER, SPACE],                       "Enter",   A::Activate,       "wiz-key-edit", footer),
    bind!(Form,     [DEL, BKSP],                          "Del",     A::Clear,          "wiz-key-clear", help),
    browse(Form),
    // Steps
    bind!(Wizard,   [ch('n'), PGDN, ctrl('n')],           "n",       A::NextStep,       "wiz-key-next-step", footer),
    bind!(Wizard,   [ch('b'), PGUP, ctrl('p'), ESC],      "b",       A::PrevStep,       "wiz-key-back", footer),
    bind!(Wizard,   [ch('1'), ch('2'), ch('3'), ch('4'), ch('5'), ch('6'), ch('7')], "1-7", A::GoToStep(0), "wiz-key-go-to-a-step", help),
    bind!(Wizard,   [ch('s')],                            "s",       A::TogglePanel,    "wiz-key-status", footer),
    bind!(Wizard,   [ch('c')],                            "c",       A::Compare,        "wiz-key-compare-editions", help),
    bind!(Wizard,   [shift('E'), ch('E')],                "E",       A::SwitchEdition,  "wiz-key-switch-rules-edition", help),
    // Typing a value
    bind!(Edit,     [ENTER],                              "Enter",   A::Commit,         "wiz-key-keep", footer),
    bind!(Edit,     [ESC],                                "Esc",     A::Cancel,         "wiz-key-undo", footer),
    bind!(Edit,     [TAB],                                "Tab",     A::Complete,       "wiz-key-keep-next-in-a-path-complete", footer),
    bind!(Edit,     [BACKTAB, UP],                        "S-Tab",   A::CommitPrev,     "wiz-key-keep-previous", help),
    bind!(Edit,     [DOWN],                               "↓",       A::CommitNext,     "wiz-key-keep-next", help),
    clear_line(Edit),
    browse(Edit),
    // Lists
    next(Choice),
    bind!(Choice,   [UP, BACKTAB],                        "↑",       A::Up,             "wiz-key-previous", help),
    page_down(Choice),
    page_up(Choice),
    bind!(Choice,   [SPACE, TAB],                         "Space",   A::Toggle,         "wiz-key-tick", footer),
    bind!(Choice,   [ENTER],                              "Enter",   A::Commit,         "wiz-key-keep", footer),
    bind!(Choice,   [ctrl('e')],                          "Ctrl-E",  A::Other,          "wiz-key-type-a-value-instead", footer),
    cancel(Choice),
    // File picker
    next(Files),
    bind!(Files,    [UP],                                 "↑",       A::Up,             "wiz-key-previous", help),
    page_down(Files),
    page_up(Files),
    bind!(Files,    [ENTER],                              "Enter",   A::Activate,       "wiz-key-open-folder-choose-file", footer),
    bind!(Files,    [LEFT, BKSP],                         "←",       A::Parent,         "wiz-key-parent-folder", footer),
    cancel(Files),
    // Name and path dialogs
    bind!(Input,    [ENTER],                              "Enter",   A::Commit,         "wiz-key-confirm", footer),
    bind!(Input,    [TAB],                                "Tab",     A::Complete,       "wiz-key-complete-the-path", help),
    browse(Input),
    bind!(Choice,   [ctrl('u')],                          "Ctrl-U",  A::ClearLine,      "wiz-key-clear-the-search", help),
    bind!(Files,    [ctrl('u')],                          "Ctrl-U",  A::ClearLine,      "wiz-key-clear-the-filter", help),
    bind!(Input,    [ctrl('u')],                          "Ctrl-U",  A::ClearLine,      "wiz-key-clear", help),
    cancel(Input),
    // Contact form
    bind!(Contact,  [ENTER],                              "Enter",   A::Activate,       "wiz-key-next-last-save", footer),
    bind!(Contact,  [TAB, DOWN],                          "Tab",     A::CommitNext,     "wiz-key-next-field", help),
    bind!(Contact,  [BACKTAB, UP],                        "S-Tab",   A::CommitPrev,     "wiz-key-previous-field", help),
    bind!(Contact,  [ctrl('s')],                          "Ctrl-S",  A::Commit,         "wiz-key-save", footer),
    bind!(Contact,  [ctrl('o')],                          "Ctrl-O",  A::Browse,         "wiz-key-pick-countries-from-a-list", help),
    clear_line(Contact),
    cancel(Contact),
    // Questions
    bind!(Confirm,  [ch('y'), shift('Y'), ENTER],         "y",       A::Yes,            "wiz-key-yes", footer),
    bind!(Confirm,  [ch('n'), shift('N')],                "n",       A::No,             "wiz-key-no", footer),
    bind!(Confirm,  [ch('o')],                            "o",       A::Other,          "wiz-key-the-other-choice", help),
    cancel(Confirm),
    scroll_down(Confirm),
    scroll_up(Confirm),
    // Messages, help, comparison
    scroll_down(Message),
    scroll_up(Message),
    bind!(Message,  [ENTER, ESC],                         "Enter",   A::Cancel,         "wiz-key-close", footer),
    scroll_down(Compare),
    scroll_up(Compare),
    bind!(Compare,  [shift('E'), ch('E')],                "E",       A::SwitchEdition,  "wiz-key-switch-the-draft-s-edition", footer),
    bind!(Compare,  [ESC, ENTER],                         "Esc",     A::Cancel,         "wiz-key-close", footer),
    scroll_down(Help),
    scroll_up(Help),
    bind!(Help,     [PGDN, SPACE],                        "PgDn",    A::PageDown,       "wiz-key-page-down", help),
    page_up(Help),
    bind!(Help,     [ESC, ENTER, ch('q'), ch('?'), shift('?')], "Esc", A::Cancel,       "wiz-key-close", footer),
];

fn matches(b: &Binding, key: &KeyEvent) -> bool {
    b.keys.iter().any(|(code, mods)| {
        *code == key.code
            && (*mods == key.modifiers
                || (*mods == NONE && key.modifiers == SHIFT && matches!(code, KeyCode::Char(_))))
    })
}

/// Whether a key types a character (in contexts that take text).
pub fn is_typing(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
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
                (Action::GoToStep(0), KeyCode::Char(c)) => {
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
pub fn hints(contexts: &[Context]) -> Vec<(&'static str, String)> {
    let mut seen = Vec::new();
    let mut out = Vec::new();
    for ctx in contexts {
        for b in BINDINGS.iter().filter(|b| b.context == *ctx && b.hint) {
            if !seen.contains(&b.action) {
                seen.push(b.action);
                out.push((b.key_label, b.label()));
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
    use crossterm::event::KeyCode::{Char, Enter};

    /// How a key is written in hints.
    fn key_name((code, mods): Key) -> String {
        match code {
            Char(' ') => "Space".into(),
            Char(c) if mods == CTRL => format!("Ctrl-{}", c.to_ascii_uppercase()),
            Char(c) => c.to_string(),
            KeyCode::F(n) => format!("F{n}"),
            Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "S-Tab".into(),
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Backspace => "Backspace".into(),
            other => format!("{other:?}"),
        }
    }

    /// A key label names the binding's first keys, `/`-separated; `1-7` names a run of keys.
    #[test]
    fn every_key_label_names_its_keys() {
        for b in BINDINGS {
            let names: Vec<String> = b.keys.iter().map(|k| key_name(*k)).collect();
            let want = match b.key_label.split_once('-') {
                Some((from, to)) if from.len() == 1 && to.len() == 1 => {
                    format!("{}-{}", names[0], names[names.len() - 1])
                }
                _ => {
                    let n = b.key_label.split('/').count().min(names.len());
                    names[..n].join("/")
                }
            };
            assert_eq!(b.key_label, want, "{:?} {:?}", b.context, b.action);
        }
        let run: Vec<String> = (1..=7).map(|d| d.to_string()).collect();
        let goto = BINDINGS.iter().find(|b| b.action == Action::GoToStep(0));
        let names: Vec<String> = goto.map_or(Vec::new(), |b| {
            b.keys.iter().map(|k| key_name(*k)).collect()
        });
        assert_eq!(names, run, "1-7 is every digit from 1 to 7");
    }

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
