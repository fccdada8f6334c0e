//! Input routing: a key, a paste, a click or the wheel goes to what has the focus
//! ([`App::focus`]): the dialog on top, the inline editor, the contacts search, or the screen.

use crossterm::event::{Event, KeyEvent, KeyEventKind, MouseButton, MouseEvent, MouseEventKind};
use ratatui::layout::Position;

use crate::fields::{FieldKind, Step};

use super::action::Action;
use super::app::{App, Focus, Hit};
use super::command::InputPurpose;
use super::component::{Component, Reply};
use super::keymap::{self, Context};
use super::popups::Popup;
use super::screen::Screen;
use super::text::{clean_paste, single_line};

impl App {
    /// An action for the screen of the step shown, and its reply carried out.
    pub(super) fn step_action(&mut self, action: Action) {
        let mut cx = self.cx();
        let reply = match self.screen.draft_mut() {
            Some(d) => {
                let reply = d.page_mut().handle(action, &mut cx);
                d.tick();
                reply
            }
            None => Reply::Stay,
        };
        self.screen_reply(cx, reply);
    }

    /// An action for a screen known only as a component; its `Close` shows the drafts list.
    fn other_screen_action(&mut self, action: Action) {
        let mut cx = self.cx();
        let reply = match &mut self.screen {
            Screen::Other(c) => c.handle(action, &mut cx),
            _ => Reply::Stay,
        };
        if matches!(reply, Reply::Close) {
            self.screen = Screen::Drafts(Default::default());
            self.refresh_drafts();
        }
        self.screen_reply(cx, reply);
    }

    pub fn handle_event(&mut self, event: Event) {
        if self.too_small.get() {
            // Nothing is shown but the request for a bigger terminal, which says `q` quits: no
            // other key may change what cannot be seen.
            if let Event::Key(key) = event
                && key.kind != KeyEventKind::Release
                && keymap::lookup(&[Context::Global, Context::Always], &key) == Some(Action::Quit)
            {
                self.update(Action::Quit);
            }
            return;
        }
        match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.handle_key(key),
            Event::Paste(text) => self.paste(&text),
            Event::Mouse(m) => self.mouse(m),
            _ => {}
        }
    }

    pub fn handle_key(&mut self, key: KeyEvent) {
        self.status_line = None;
        if self.focus() == Focus::Dialog && self.popups.last().is_some_and(|p| p.types_key(&key)) {
            return self.type_key(key);
        }
        let contexts = self.contexts();
        match keymap::lookup(&contexts, &key) {
            Some(action) => self.update(action),
            None if contexts[0].types_text() => self.type_key(key),
            None => {}
        }
    }

    /// A key for the text being typed (the inline editor, a dialog, a search).
    pub(super) fn type_key(&mut self, key: KeyEvent) {
        match self.focus() {
            Focus::Dialog => {
                if let Some(p) = self.popups.last_mut() {
                    p.type_key(key);
                }
            }
            Focus::Screen => {
                if let Screen::Other(c) = &mut self.screen {
                    c.type_key(key);
                }
            }
            Focus::Typing => {
                if let Some(d) = self.screen.draft_mut() {
                    d.page_mut().type_key(key);
                    d.tick();
                }
            }
            Focus::Edit => {
                let Some(e) = self.screen.draft_mut().and_then(|d| d.editing.as_mut()) else {
                    return;
                };
                if let crossterm::event::KeyCode::Char(c) = key.code
                    && !e.field.accepts_char(c)
                {
                    e.removed.push(c);
                } else {
                    e.textarea.input(key);
                    self.revalidate_edit();
                }
                self.say_removed();
            }
            Focus::Panel | Focus::Drafts | Focus::Step(_) => {}
        }
    }

    pub(super) fn paste(&mut self, text: &str) {
        let clean = clean_paste(text);
        match self.focus() {
            Focus::Dialog => {
                if let Some(p) = self.popups.last_mut() {
                    p.paste(&clean);
                }
            }
            Focus::Screen => {
                if let Screen::Other(c) = &mut self.screen {
                    c.paste(&clean);
                }
            }
            Focus::Edit => self.paste_into_edit(&clean),
            Focus::Typing => {
                if let Some(d) = self.screen.draft_mut() {
                    d.page_mut().paste(&clean);
                    d.tick();
                }
            }
            Focus::Panel | Focus::Drafts => {}
            Focus::Step(_) => {
                if let Some(field) = self.focused_field()
                    && !matches!(field.kind(), FieldKind::Choice | FieldKind::YesNo)
                {
                    self.start_edit(field);
                    if let Some(e) = self.screen.draft_mut().and_then(|d| d.editing.as_mut()) {
                        // A pasted path replaces the one there; text is added where the cursor is.
                        if field.kind() == FieldKind::Path {
                            e.textarea = single_line("");
                        }
                    }
                    self.paste_into_edit(&clean);
                }
            }
        }
    }

    pub(super) fn mouse(&mut self, m: MouseEvent) {
        let at = Position::new(m.column, m.row);
        let hit = self
            .hits
            .borrow()
            .iter()
            .rev()
            .find(|(r, _)| r.contains(at))
            .map(|(_, h)| *h);
        let over_coverage = hit == Some(Hit::Coverage) && self.focus() != Focus::Dialog;
        match m.kind {
            // The wheel over the coverage list scrolls it, whatever has the keys.
            MouseEventKind::ScrollDown if over_coverage => self.step_action(Action::CoverageDown),
            MouseEventKind::ScrollUp if over_coverage => self.step_action(Action::CoverageUp),
            MouseEventKind::ScrollDown => self.update(Action::Down),
            MouseEventKind::ScrollUp => self.update(Action::Up),
            MouseEventKind::Down(MouseButton::Left) => {
                self.status_line = None;
                if let Some(h) = hit {
                    self.click(h);
                }
            }
            _ => {}
        }
    }

    /// A click: the same as moving there with the keys and pressing Enter.
    pub fn click(&mut self, hit: Hit) {
        let focus = self.focus();
        if focus == Focus::Dialog {
            match hit {
                Hit::Answer(a) => self.update(a),
                Hit::Item(i) => {
                    if let Some(p) = self.popups.last_mut()
                        && p.select(i)
                    {
                        self.update(Action::Activate);
                    }
                }
                _ => {}
            }
            return;
        }
        if focus == Focus::Screen {
            match hit {
                Hit::Answer(a) => self.update(a),
                Hit::Item(i) => {
                    if let Screen::Other(c) = &mut self.screen
                        && c.select(i)
                    {
                        self.update(Action::Activate);
                    }
                }
                _ => {}
            }
            return;
        }
        if focus == Focus::Edit && !self.commit_edit() {
            return;
        }
        if let Hit::Draft(i) = hit {
            if let Screen::Drafts(start) = &mut self.screen
                && start.select(i)
            {
                self.update(Action::Activate);
            }
            return;
        }
        if let Hit::Answer(a) = hit {
            return self.update(a);
        }
        if let Hit::Step(step) = hit {
            return self.go_to(step);
        }
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        // A click moves the focus there; a second click (or one on the markets) activates.
        let activate = match hit {
            Hit::Field(i) => {
                d.panel = None;
                let again = d.page().form_focus() == Some(i);
                d.page_mut().show_field(i);
                again
            }
            Hit::Markets => {
                d.panel = None;
                d.page_mut().show_field(0);
                true
            }
            Hit::Contact(i) => {
                d.panel = None;
                d.page_mut().select(i)
            }
            Hit::PanelRow(i) if d.panel == Some(i) => return self.jump_to_fix(i),
            Hit::PanelRow(i) => {
                d.panel = Some(i);
                false
            }
            _ => false,
        };
        if activate {
            self.update(Action::Activate);
        }
    }

    /// Applies one action to the state.
    pub fn update(&mut self, action: Action) {
        match self.focus() {
            Focus::Dialog => return self.popup_action(action),
            Focus::Screen if !matches!(action, Action::Quit | Action::Help) => {
                return self.other_screen_action(action);
            }
            Focus::Edit => return self.edit_action(action),
            Focus::Typing if action == Action::Quit => return self.quit(),
            Focus::Typing => return self.step_action(action),
            Focus::Drafts if !matches!(action, Action::Quit | Action::Help) => {
                let mut cx = self.cx();
                let reply = match &mut self.screen {
                    Screen::Drafts(start) => start.handle(action, &mut cx),
                    _ => Reply::Stay,
                };
                return self.screen_reply(cx, reply);
            }
            // The step's keys go to its screen; the wizard's (steps, panel, help) stay here.
            Focus::Step(_) if self.page_owns(action) => return self.step_action(action),
            Focus::Screen | Focus::Panel | Focus::Drafts | Focus::Step(_) => {}
        }
        // The status panel's keys, and the wizard's.
        match action {
            Action::Quit => self.quit(),
            Action::Help => self.popups.push(Popup::Help { scroll: 0 }),
            Action::Up => self.move_panel(-1),
            Action::Down => self.move_panel(1),
            Action::PageUp => self.move_panel(-10),
            Action::PageDown => self.move_panel(10),
            Action::Activate => self.activate(),
            Action::NextStep => self.next_step(),
            Action::PrevStep => self.prev_step(),
            Action::GoToStep(n) => {
                if let Some(step) = Step::from_number(n as usize) {
                    self.go_to(step);
                }
            }
            Action::TogglePanel => self.toggle_panel(),
            Action::Compare => self.open_compare(),
            Action::SwitchEdition => self.ask_edition(),
            Action::NewDraft => self.ask_input(InputPurpose::NewDraft),
            _ => {}
        }
    }
}

impl App {
    /// Whether the action is one of the step screen's keys: bound in one of its contexts but
    /// the wizard's.
    fn page_owns(&self, action: Action) -> bool {
        let Some(d) = self.screen.draft() else {
            return false;
        };
        d.page()
            .contexts()
            .into_iter()
            .filter(|c| !matches!(c, Context::Wizard | Context::Global | Context::Always))
            .any(|ctx| {
                keymap::BINDINGS
                    .iter()
                    .any(|b| b.context == ctx && b.action == action)
            })
    }
}
