//! What a newcomer met in the wizard: the contact form saves on Enter in its last field, the file
//! picker starts where this draft's files are, a document from elsewhere can be copied beside a
//! draft kept in a repository, and the Partner ID says what it drops.

mod common;
use common::*;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use cosell::fields::{FieldId, Step};
use cosell::model::{DocSlot, Role};
use cosell::store::DraftStore;
use cosell::tui::action::Action;
use cosell::tui::app::App;
use cosell::tui::popups::{FilePicker, FilePurpose, Popup};
use cosell::tui::theme::Theme;

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn ctrl(c: char) -> Event {
    Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
}

/// A draft file `offer.json` in its own folder `repo/`, ready but for its documents.
fn repo_draft(env: &Env) -> std::path::PathBuf {
    let repo = env.path("repo");
    std::fs::create_dir_all(repo.join("docs")).unwrap();
    write_documents(&repo.join("docs"));
    let mut sub = ready_submission("unused");
    sub.documents.one_pager = None;
    cosell::store::save(&repo.join("offer.json"), &sub).unwrap();
    repo.join("offer.json")
}

fn open(env: &Env, draft: &std::path::Path) -> App {
    let mut app = App::new(DraftStore::at(env.home()), Theme::mono());
    app.open(&draft.display().to_string()).unwrap();
    app
}

#[test]
fn enter_in_the_contact_forms_last_field_saves_it() {
    let env = Env::new();
    let draft = repo_draft(&env);
    let mut app = open(&env, &draft);
    app.handle_event(key(KeyCode::Char('4')));
    assert_eq!(app.step(), Step::Contacts);
    let before = app.session().unwrap().sub().contacts.len();
    app.handle_event(key(KeyCode::Char('a')));
    for field in [
        "Hans Meier",
        "hans@contoso.example",
        "Vertrieb",
        "sales",
        "de",
    ] {
        type_text(&mut app, field);
        app.handle_event(key(KeyCode::Enter));
    }
    assert!(
        matches!(app.popups.last(), Some(Popup::Contact(_))),
        "Enter before the last field moves on"
    );
    app.handle_event(key(KeyCode::Enter));
    assert!(app.popups.is_empty(), "Enter in the last field saves");
    let contacts = &app.session().unwrap().sub().contacts;
    assert_eq!(contacts.len(), before + 1);
    assert_eq!(contacts[before].role, Some(Role::PartnerSales));
    // Tab in the last field still goes round to the first.
    app.handle_event(key(KeyCode::Char('a')));
    for _ in 0..5 {
        app.handle_event(key(KeyCode::Tab));
    }
    app.handle_event(key(KeyCode::Tab));
    let Some(Popup::Contact(form)) = app.popups.last() else {
        panic!("Tab never saves")
    };
    assert_eq!(form.focus, 0);
}

#[test]
fn the_file_picker_starts_where_this_drafts_files_are() {
    let env = Env::new();
    let draft = repo_draft(&env);
    let repo = draft.parent().unwrap().canonicalize().unwrap();
    let real_draft = draft.canonicalize().unwrap();
    let field = FilePurpose::Field(FieldId::Doc(DocSlot::PitchDeck));
    // A stored relative path is relative to the draft's folder, not to where cosell runs.
    let picker = FilePicker::open_for(field, "docs/deck.pptx", Some(&real_draft), true);
    assert_eq!(picker.dir, repo.join("docs"));
    // Nothing stored: the folder the last file of this draft came from.
    let mut picker = FilePicker::open_for(field, "", Some(&real_draft), false);
    assert_eq!(
        picker.dir,
        std::env::current_dir().unwrap(),
        "nothing chosen yet"
    );
    picker.paste(&env.path("one-pager.pdf").display().to_string());
    let chosen = picker.activate().expect("the pasted file is chosen");
    assert_eq!(chosen, env.path("one-pager.pdf"));
    let again = FilePicker::open_for(field, "", Some(&real_draft), false);
    assert_eq!(
        again.dir,
        env.dir.path(),
        "the folder last used for this draft"
    );
    let other = FilePicker::open_for(field, "", Some(&env.path("other.json")), false);
    assert_ne!(other.dir, env.dir.path(), "another draft has its own");
}

#[test]
fn a_document_from_elsewhere_is_offered_a_copy_beside_the_draft() {
    let env = Env::new();
    let draft = repo_draft(&env);
    let mut app = open(&env, &draft);
    app.handle_event(key(KeyCode::Char('3')));
    assert_eq!(app.step(), Step::Documents);
    app.handle_event(ctrl('o'));
    let outside = env.path("one-pager.pdf").display().to_string();
    app.handle_event(Event::Paste(outside.clone()));
    app.update(Action::Activate);
    let Some(Popup::Confirm { title, .. }) = app.popups.last() else {
        panic!("the copy is offered")
    };
    assert_eq!(title, "Copy into the draft's folder?");
    app.update(Action::Yes);
    assert!(app.popups.is_empty());
    let sub = app.session().unwrap().sub();
    assert_eq!(
        sub.documents.one_pager.as_ref().unwrap().path,
        "documents/one-pager.pdf"
    );
    assert!(
        draft
            .parent()
            .unwrap()
            .join("documents/one-pager.pdf")
            .is_file()
    );
    // Declined: the path stays as chosen. Inside the folder: nothing is asked.
    app.handle_event(ctrl('o'));
    app.handle_event(Event::Paste(outside.clone()));
    app.update(Action::Activate);
    app.update(Action::No);
    assert_eq!(
        app.session()
            .unwrap()
            .sub()
            .documents
            .one_pager
            .as_ref()
            .unwrap()
            .path,
        outside
    );
    app.handle_event(ctrl('o'));
    let inside = draft.parent().unwrap().join("docs/one-pager.pdf");
    app.handle_event(Event::Paste(inside.display().to_string()));
    app.update(Action::Activate);
    assert!(app.popups.is_empty(), "inside the folder: no question");
    assert_eq!(
        app.session()
            .unwrap()
            .sub()
            .documents
            .one_pager
            .as_ref()
            .unwrap()
            .path,
        "docs/one-pager.pdf"
    );
}

#[test]
fn drafts_in_the_drafts_folder_are_not_offered_copies() {
    let env = Env::new();
    let store = DraftStore::at(env.home());
    let s = cosell::session::DraftSession::create(
        &store,
        "Home",
        cosell::model::Edition::E2023_08,
        false,
    )
    .unwrap();
    drop(s);
    let mut app = App::new(store, Theme::mono());
    app.open("home").unwrap();
    app.handle_event(key(KeyCode::Char('3')));
    app.handle_event(ctrl('o'));
    app.handle_event(Event::Paste(
        env.path("one-pager.pdf").display().to_string(),
    ));
    app.update(Action::Activate);
    assert!(app.popups.is_empty());
}

#[test]
fn the_partner_id_says_what_it_leaves_out() {
    let env = Env::new();
    let draft = repo_draft(&env);
    let mut app = open(&env, &draft);
    app.handle_event(key(KeyCode::Char('1')));
    for _ in 0..4 {
        app.handle_event(key(KeyCode::Down));
    }
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(ctrl('u'));
    type_text(&mut app, "NW-45");
    let said = app.status_line.clone().map(|(t, _)| t).unwrap_or_default();
    assert_eq!(said, "MPN ID: digits only: NW- removed");
    app.handle_event(ctrl('u'));
    app.handle_event(Event::Paste("PID 4567890".into()));
    let said = app.status_line.clone().map(|(t, _)| t).unwrap_or_default();
    assert_eq!(said, "MPN ID: digits only: PID removed");
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(
        app.session().unwrap().sub().partner.mpn_id.as_deref(),
        Some("4567890")
    );
}

/// The errors the contact form shows after these answers are typed into a new contact (the form
/// stays open because they are refused).
fn contact_form_errors(answers: [&str; 6]) -> Vec<String> {
    let env = Env::new();
    let draft = repo_draft(&env);
    let mut app = open(&env, &draft);
    app.handle_event(key(KeyCode::Char('4')));
    app.handle_event(key(KeyCode::Char('a')));
    for field in answers {
        type_text(&mut app, field);
        app.handle_event(key(KeyCode::Enter));
    }
    let Some(Popup::Contact(form)) = app.popups.last() else {
        panic!("refused: {answers:?}")
    };
    form.errors.clone()
}

#[test]
fn the_contact_form_says_did_you_mean_once() {
    let errors = contact_form_errors(["Hal", "hal@contoso.example", "Sales", "sales", "UK", ""]);
    let text = errors.join("\n");
    assert_eq!(
        text.matches("did you mean GB (United Kingdom)").count(),
        1,
        "{text}"
    );
}

#[test]
fn only_the_countries_get_the_did_you_mean() {
    let errors = contact_form_errors(["Olivia", "olivia@contoso", "Sales", "sales", "UK, NO", ""]);
    for line in &errors {
        if line.starts_with("Email") {
            assert!(!line.contains("did you mean"), "{line}");
        }
    }
    assert!(
        errors.iter().any(|l| l.contains("did you mean GB")),
        "{errors:?}"
    );
}
