//! The wizard's component contract: a dialog and a screen known only through `Component` (keys,
//! typed text, pastes, clicks, drawing, refusals), and background tasks whose worker dies.

use std::cell::RefCell;
use std::rc::Rc;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::layout::Rect;
use ratatui::widgets::{Block, Borders, Clear, Paragraph};

use cosell::fields::{FieldId, Step};
use cosell::model::{Contact, Submission};
use cosell::store::DraftStore;
use cosell::tui::action::Action;
use cosell::tui::app::{App, Finished, Focus, Screen};
use cosell::tui::command::{Command, InputPurpose};
use cosell::tui::component::{Component, Cx, Hit, Reply, Shown, StepScreen};
use cosell::tui::keymap::Context;
use cosell::tui::popups::Popup;
use cosell::tui::screens::contacts::ContactsScreen;
use cosell::tui::screens::form::FormScreen;
use cosell::tui::task::Task;
use cosell::tui::theme::Theme;

/// A dialog that exists only in this test: it asks for an offer name and logs what it is told.
struct Probe {
    text: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Component for Probe {
    fn contexts(&self) -> Vec<Context> {
        vec![Context::Input, Context::Always]
    }

    fn handle(&mut self, action: Action, _cx: &mut Cx) -> Reply {
        self.log.borrow_mut().push(format!("{action:?}"));
        match action {
            Action::Cancel => Reply::Close,
            Action::Commit => Reply::Run(Command::Input(InputPurpose::NewDraft, self.text.clone())),
            _ => Reply::Stay,
        }
    }

    fn type_key(&mut self, key: KeyEvent) {
        if let KeyCode::Char(c) = key.code {
            self.text.push(c);
        }
    }

    fn paste(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn refused(&mut self, reason: &str) -> bool {
        self.log.borrow_mut().push(format!("refused: {reason}"));
        true
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        let r = Rect::new(area.x + 2, area.y + 2, 30, 3);
        f.render_widget(Clear, r);
        let block = Block::default().borders(Borders::ALL).title("Probe");
        let inner = block.inner(r);
        f.render_widget(block, r);
        f.render_widget(Paragraph::new(format!("name: {}", self.text)), inner);
        ui.hit(inner, Hit::Answer(Action::Commit));
    }
}

/// A screen that exists only in this test: a line of text typed into it, and a count of the
/// actions it was given.
struct Notepad {
    text: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Component for Notepad {
    fn contexts(&self) -> Vec<Context> {
        vec![Context::Input, Context::Always]
    }

    fn handle(&mut self, action: Action, _cx: &mut Cx) -> Reply {
        self.log.borrow_mut().push(format!("{action:?}"));
        match action {
            Action::Cancel => Reply::Close,
            Action::Commit => Reply::Run(Command::Input(InputPurpose::NewDraft, self.text.clone())),
            _ => Reply::Stay,
        }
    }

    fn type_key(&mut self, key: KeyEvent) {
        if let KeyCode::Char(c) = key.code {
            self.text.push(c);
        }
    }

    fn paste(&mut self, text: &str) {
        self.text.push_str(text);
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        let r = Rect::new(area.x, area.y, area.width, 1);
        f.render_widget(Paragraph::new(format!("notepad: {}", self.text)), r);
        ui.hit(r, Hit::Answer(Action::Commit));
    }
}

/// The wizard on an empty drafts folder (removed when the folder handle is dropped).
fn drafts_app() -> (App, tempfile::TempDir) {
    let home = tempfile::tempdir().unwrap();
    (App::new(DraftStore::at(home.path()), Theme::color()), home)
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn screen(app: &App) -> String {
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| cosell::tui::render(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    (0..24)
        .map(|y| (0..80).map(|x| buf[(x, y)].symbol()).collect::<String>() + "\n")
        .collect()
}

#[test]
fn a_dialog_known_only_through_the_component_trait() {
    let (mut app, _home) = drafts_app();
    let log = Rc::new(RefCell::new(Vec::new()));
    app.popups.push(Popup::Other(Box::new(Probe {
        text: String::new(),
        log: Rc::clone(&log),
    })));
    assert_eq!(app.focus(), Focus::Dialog);
    assert_eq!(app.contexts(), vec![Context::Input, Context::Always]);

    // Enter with no name: the command is refused and the dialog stays, told why.
    app.handle_event(key(KeyCode::Enter));
    assert!(matches!(app.popups.last(), Some(Popup::Other(_))));
    assert!(
        log.borrow().iter().any(|l| l.starts_with("refused: ")),
        "{log:?}"
    );

    // Typed keys and a paste reach it; it draws itself.
    for c in "Acme".chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
    app.handle_event(Event::Paste(" Widget\n".into()));
    assert!(
        screen(&app).contains("name: Acme Widget"),
        "{}",
        screen(&app)
    );

    // A click on the region it registered is the action it named.
    let rect = app.hits.borrow().last().map(|(r, _)| *r).unwrap();
    app.handle_event(Event::Mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: rect.x,
        row: rect.y,
        modifiers: KeyModifiers::NONE,
    }));
    // The command ran (a new draft's edition is asked next) and the dialog closed.
    assert_eq!(app.popups.len(), 1);
    assert!(matches!(app.popups.last(), Some(Popup::Choice(_))));
    assert_eq!(log.borrow().last().map(String::as_str), Some("Commit"));

    // Esc closes what is on top; the drafts list has the keys again.
    app.handle_event(key(KeyCode::Esc));
    assert!(app.popups.is_empty());
    assert_eq!(app.focus(), Focus::Drafts);
}

#[test]
fn a_dead_worker_closes_its_progress_dialog() {
    for (finished, title) in [
        (
            (|| Finished::Kit(Err("the kit writer stopped".into()))) as fn() -> Finished,
            "Kit not written",
        ),
        (
            || {
                Finished::Import(Err(cosell::contacts_csv::ImportError::Unreadable {
                    path: String::new(),
                    message: "the import stopped".into(),
                }))
            },
            "Import refused",
        ),
    ] {
        let (mut app, _home) = drafts_app();
        app.popups.push(Popup::Progress {
            title: "Working".into(),
            fraction: 0.0,
        });
        app.tasks
            .push(Task::spawn("test", finished, |_| panic!("the worker dies")));
        let start = std::time::Instant::now();
        while !app.tasks.is_empty() && start.elapsed() < std::time::Duration::from_secs(10) {
            app.tick();
            std::thread::sleep(std::time::Duration::from_millis(5));
        }
        match app.popups.last() {
            Some(Popup::Message { title: t, .. }) => assert_eq!(t, title),
            _ => panic!("{title}: no message after the worker died"),
        }
        assert_eq!(app.popups.len(), 1, "the progress dialog stays open");
    }
}

#[test]
fn a_paste_while_searching_the_contacts_goes_into_the_search() {
    let mut sub = Submission::default();
    for name in ["Ada Lovelace", "Grace Hopper"] {
        sub.contacts.push(Contact {
            name: name.into(),
            email: "x@contoso.example".into(),
            ..Contact::default()
        });
    }
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::color(),
    );
    app.with_submission(sub, Step::Contacts);
    app.update(Action::Filter);
    assert_eq!(app.focus(), Focus::Typing);
    app.handle_event(Event::Paste("Grace".into()));
    assert_eq!(app.contacts().unwrap().filter, "Grace");
    assert!(app.editing().is_none());
    assert_eq!(app.contacts().unwrap().visible_len(2), 1);
    // Leaving the step ends the search's typing.
    app.update(Action::Commit);
    app.update(Action::PrevStep);
    assert_eq!(app.focus(), Focus::Step(Step::Documents));
}

#[test]
fn the_drafts_list_is_a_component() {
    let home = tempfile::tempdir().unwrap();
    let store = DraftStore::at(home.path());
    let mut app = App::new(store, Theme::color());
    app.handle_event(key(KeyCode::Char('n')));
    for c in "Acme".chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(app.focus(), Focus::Step(Step::Offer));
    app.update(Action::PrevStep);
    assert_eq!(app.focus(), Focus::Drafts);
    let Screen::Drafts(start) = &mut app.screen else {
        panic!("the drafts list is shown");
    };
    assert_eq!(
        start.current().map(|d| d.name.as_str()),
        Some("acme"),
        "the draft just closed is selected"
    );
    let contexts = start.contexts();
    assert_eq!(app.contexts(), contexts);

    // Through the trait alone: moving wraps, Enter asks for what the row is.
    let Screen::Drafts(start) = &mut app.screen else {
        panic!("the drafts list is shown");
    };
    let mut cx = Cx::default();
    assert_eq!(start.selected, 0);
    assert!(matches!(start.handle(Action::Up, &mut cx), Reply::Stay));
    assert_eq!(
        start.selected, 1,
        "Up from the first row wraps to New draft"
    );
    assert!(matches!(
        start.handle(Action::Activate, &mut cx),
        Reply::Run(Command::Ask(InputPurpose::NewDraft))
    ));
    assert!(!start.select(0), "a first click selects");
    assert!(matches!(
        start.handle(Action::DeleteDraft, &mut cx),
        Reply::Run(Command::AskDeleteDraft(name)) if name == "acme"
    ));
    assert!(matches!(
        start.handle(Action::Activate, &mut cx),
        Reply::Run(Command::OpenPath(_))
    ));
}

#[test]
fn a_screen_known_only_through_the_component_trait() {
    let (mut app, _home) = drafts_app();
    let log = Rc::new(RefCell::new(Vec::new()));
    app.screen = Screen::Other(Box::new(Notepad {
        text: String::new(),
        log: Rc::clone(&log),
    }));
    assert_eq!(app.focus(), Focus::Screen);
    assert_eq!(app.contexts(), vec![Context::Input, Context::Always]);

    // Typed keys and a paste reach it; it draws itself in the body.
    for c in "Acme".chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
    app.handle_event(Event::Paste(" Widget\n".into()));
    assert!(
        screen(&app).contains("notepad: Acme Widget"),
        "{}",
        screen(&app)
    );

    // A click on the region it registered is the action it named; its command runs (a new
    // draft's edition is asked next) and the screen stays below the dialog.
    let rect = app.hits.borrow().last().map(|(r, _)| *r).unwrap();
    app.handle_event(Event::Mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: rect.x,
        row: rect.y,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(log.borrow().last().map(String::as_str), Some("Commit"));
    assert!(matches!(app.popups.last(), Some(Popup::Choice(_))));
    assert_eq!(app.focus(), Focus::Dialog);

    // Esc closes the dialog, then the screen: the drafts list has the keys again.
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(app.focus(), Focus::Screen);
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(log.borrow().last().map(String::as_str), Some("Cancel"));
    assert!(matches!(app.screen, Screen::Drafts(_)));
    assert_eq!(app.focus(), Focus::Drafts);
}

#[test]
fn the_step_screens_answer_through_the_trait_alone() {
    // A form: moving wraps; Enter, Del and Ctrl-O ask for a command on the focused field.
    let mut form = FormScreen::default();
    let mut cx = Cx {
        fields: vec![FieldId::OfferName, FieldId::OfferType],
        ..Cx::default()
    };
    assert!(matches!(form.handle(Action::Up, &mut cx), Reply::Stay));
    assert_eq!(form.form_focus(), Some(1), "Up from the first field wraps");
    assert!(matches!(
        form.handle(Action::Activate, &mut cx),
        Reply::Run(Command::ActivateField(FieldId::OfferType))
    ));
    assert!(matches!(
        form.handle(Action::Clear, &mut cx),
        Reply::Run(Command::SetField(FieldId::OfferType, text)) if text.is_empty()
    ));
    assert!(
        matches!(form.handle(Action::Browse, &mut cx), Reply::Stay),
        "only a document field has a file to choose"
    );
    form.leave();
    assert_eq!(
        form.form_focus(),
        Some(0),
        "a step is shown again from its top"
    );

    // Contacts: the markets field above the rows; the search is a line of its own.
    let mut contacts = ContactsScreen::default();
    let mut cx = Cx {
        fields: vec![FieldId::Markets],
        contacts: 2,
        ..Cx::default()
    };
    assert_eq!(contacts.form_focus(), Some(0), "the markets field first");
    assert!(matches!(
        contacts.handle(Action::Activate, &mut cx),
        Reply::Run(Command::ActivateField(FieldId::Markets))
    ));
    contacts.handle(Action::Down, &mut cx);
    contacts.handle(Action::Down, &mut cx);
    assert_eq!((contacts.form_focus(), contacts.focus), (None, Some(1)));
    assert!(matches!(
        contacts.handle(Action::Activate, &mut cx),
        Reply::Run(Command::OpenContact(Some(1)))
    ));
    contacts.handle(Action::Down, &mut cx);
    assert_eq!(
        contacts.focus, None,
        "Down from the last row wraps to the markets"
    );
    assert!(!contacts.select(0), "a first click selects a row");
    assert!(contacts.select(0), "a second one opens it");

    contacts.handle(Action::Filter, &mut cx);
    assert!(contacts.typing());
    assert_eq!(contacts.contexts(), vec![Context::Edit, Context::Always]);
    contacts.paste("Gra");
    assert_eq!(contacts.filter, "Gra");
    contacts.handle(Action::Cancel, &mut cx);
    assert!(
        !contacts.typing() && contacts.filter.is_empty(),
        "Esc drops the search"
    );
    contacts.handle(Action::Filter, &mut cx);
    contacts.leave();
    assert!(!contacts.typing(), "the search is typed only on its step");
}
