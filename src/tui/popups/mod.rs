//! Dialogs over the screen: help, questions, messages, lists to choose from (with type-to-search,
//! the country picker among them), name and path dialogs, the file picker, the contact form,
//! progress, and the editions side by side. Each keeps its action line visible and scrolls its
//! content; the action line comes from the key table.

mod choice;
mod contact;
mod files;
mod input;
mod render;

pub use super::command::InputPurpose;
pub use choice::{ChoiceList, ChoicePurpose};
pub use contact::ContactForm;
pub use files::{FilePicker, FilePurpose, last_dir, remember_dir};
pub use input::InputDialog;
pub use render::render;

use crossterm::event::KeyEvent;
use ratatui::Frame;
use ratatui::layout::Rect;

use crate::present::sanitize;
use crate::status::StatusReport;

use super::action::Action;
use super::command::Command;
use super::component::{Component, Cx, Reply, Shown};
use super::keymap::Context;
use super::text::single_line;

// One popup of each kind at most is open at a time; the size of the largest does not matter.
#[allow(clippy::large_enum_variant)]
pub enum Popup {
    Help {
        scroll: u16,
    },
    Confirm {
        title: String,
        lines: Vec<String>,
        /// The answers, each with what it does in words and the command it runs (none: the
        /// question just closes).
        answers: Vec<(Action, String, Option<Command>)>,
        scroll: u16,
    },
    Message {
        title: String,
        lines: Vec<String>,
        scroll: u16,
    },
    Choice(ChoiceList),
    Input(InputDialog),
    Contact(Box<ContactForm>),
    Files(FilePicker),
    Progress {
        title: String,
        fraction: f32,
    },
    Compare {
        reports: Vec<StatusReport>,
        scroll: u16,
    },
    /// Any other dialog, known only through the component contract.
    Other(Box<dyn Component>),
}

impl Popup {
    pub fn confirm(
        title: &str,
        lines: Vec<String>,
        answers: Vec<(Action, &str, Option<Command>)>,
    ) -> Popup {
        Popup::Confirm {
            title: title.to_string(),
            lines,
            answers: answers
                .into_iter()
                .map(|(a, l, c)| (a, l.to_string(), c))
                .collect(),
            scroll: 0,
        }
    }

    /// Whether this is a question whose answers run `which`.
    pub fn asks(&self, which: impl Fn(&Command) -> bool) -> bool {
        matches!(self, Popup::Confirm { answers, .. }
            if answers.iter().any(|(_, _, c)| c.as_ref().is_some_and(&which)))
    }

    pub fn message(title: &str, lines: Vec<String>) -> Popup {
        Popup::Message {
            title: title.to_string(),
            lines,
            scroll: 0,
        }
    }

    /// The key context of the dialog.
    pub fn context(&self) -> Context {
        match self {
            Popup::Help { .. } => Context::Help,
            Popup::Confirm { .. } => Context::Confirm,
            Popup::Message { .. } | Popup::Progress { .. } => Context::Message,
            Popup::Choice(_) => Context::Choice,
            Popup::Input(_) => Context::Input,
            Popup::Contact(_) => Context::Contact,
            Popup::Files(_) => Context::Files,
            Popup::Compare { .. } => Context::Compare,
            Popup::Other(c) => c.contexts().first().copied().unwrap_or(Context::Always),
        }
    }
}

/// Scrolls a dialog's text by a line or a page.
pub fn scroll_by(scroll: u16, a: Action) -> u16 {
    match a {
        Action::Down => scroll.saturating_add(1),
        Action::Up => scroll.saturating_sub(1),
        Action::PageDown => scroll.saturating_add(10),
        Action::PageUp => scroll.saturating_sub(10),
        _ => scroll,
    }
}

impl Component for Popup {
    fn contexts(&self) -> Vec<Context> {
        match self {
            Popup::Other(c) => c.contexts(),
            _ => vec![self.context(), Context::Always],
        }
    }

    fn handle(&mut self, action: Action, cx: &mut Cx) -> Reply {
        match self {
            Popup::Compare { .. } if action == Action::SwitchEdition => {
                Reply::Run(Command::AskEdition)
            }
            Popup::Help { scroll }
            | Popup::Message { scroll, .. }
            | Popup::Compare { scroll, .. } => match action {
                Action::Cancel => Reply::Close,
                a => {
                    *scroll = scroll_by(*scroll, a);
                    Reply::Stay
                }
            },
            Popup::Progress { .. } => {
                cx.say(crate::t!("wiz-working"), false);
                Reply::Stay
            }
            Popup::Confirm {
                answers, scroll, ..
            } => {
                if let Some((_, _, command)) = answers.iter_mut().find(|(a, _, _)| *a == action) {
                    return command.take().map_or(Reply::Close, Reply::Run);
                }
                if action == Action::Cancel {
                    return Reply::Close;
                }
                *scroll = scroll_by(*scroll, action);
                Reply::Stay
            }
            Popup::Choice(list) => list.handle(action),
            Popup::Files(picker) => picker.handle(action),
            Popup::Input(dialog) => dialog.handle(action),
            Popup::Contact(form) => form.handle(action),
            Popup::Other(c) => c.handle(action, cx),
        }
    }

    /// Space goes on a list's search when the search runs on into a name of several words
    /// ("united" → "united states"); otherwise it ticks ("us" Space ticks US).
    fn types_key(&self, key: &KeyEvent) -> bool {
        match self {
            Popup::Choice(c) => {
                crate::tui::keymap::typed_char(key) == Some(' ') && c.search_runs_on()
            }
            Popup::Other(c) => c.types_key(key),
            _ => false,
        }
    }

    /// A typed key for the dialog's text (search, name, path, contact field).
    fn type_key(&mut self, key: KeyEvent) {
        match self {
            Popup::Choice(c) => c.type_key(key),
            Popup::Input(d) => {
                d.textarea.input(key);
            }
            Popup::Contact(f) => {
                f.textarea.input(key);
                f.revalidate();
            }
            Popup::Files(p) => p.type_key(key),
            Popup::Other(c) => c.type_key(key),
            _ => {}
        }
    }

    fn paste(&mut self, text: &str) {
        match self {
            Popup::Choice(c) => c.paste(text),
            Popup::Input(d) => {
                d.textarea.insert_str(text);
            }
            Popup::Contact(f) => {
                f.textarea.insert_str(text);
                f.revalidate();
            }
            Popup::Files(p) => p.paste(text),
            Popup::Other(c) => c.paste(text),
            _ => {}
        }
    }

    /// Selects line `i` of a list (a click); true when the click also chooses it.
    fn select(&mut self, i: usize) -> bool {
        match self {
            Popup::Choice(c) => c.select(i),
            Popup::Files(p) => p.select(i),
            Popup::Other(c) => c.select(i),
            _ => false,
        }
    }

    fn answer(&mut self, text: &str) {
        match self {
            Popup::Input(d) => d.textarea = single_line(text),
            Popup::Contact(f) => f.set_countries(text),
            Popup::Other(c) => c.answer(text),
            _ => {}
        }
    }

    fn refused(&mut self, reason: &str) -> bool {
        match self {
            Popup::Input(d) => {
                d.error = Some(sanitize(reason).into_owned());
                true
            }
            Popup::Other(c) => c.refused(reason),
            _ => false,
        }
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        match self {
            Popup::Other(c) => c.render(ui, f, area),
            _ => render::render_one(&ui.view(), self, f, area),
        }
    }
}
