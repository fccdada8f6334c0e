//! The wizard on ratatui's TestBackend: snapshots of every screen at 80×24 and 120×40, the
//! too-small screen, the help overlay, the mono theme, and the update logic.

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use cosell::contacts_csv;
use cosell::fields::{FieldId, Step};
use cosell::model::*;
use cosell::rules::{RequirementId, Status};
use cosell::store::DraftStore;
use cosell::tui::action::Action;
use cosell::tui::app::{App, Focus, Popup};
use cosell::tui::theme::Theme;

/// A SaaS offer at Azure IP co-sell incentivized, with documents committed under tests/fixtures
/// (relative paths: tests run from the package root, so snapshots do not depend on the machine).
fn ready() -> Submission {
    let mut s = common::ready_submission("tests/fixtures");
    s.markets.push("FR".into());
    s.contacts.push(Contact {
        name: "Marie Curie".into(),
        email: "marie@contoso.example".into(),
        job_title: "Account executive".into(),
        role: Some(Role::PartnerSales),
        countries: vec!["FR".into()],
        states: vec![],
    });
    s
}

fn app_with(sub: Submission, step: Step, theme: Theme) -> App {
    let mut app = App::new(DraftStore::at("tests/fixtures/no-drafts-here"), theme);
    app.with_submission(sub, step);
    app
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| cosell::tui::render(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let mut line = String::new();
        for x in 0..w {
            line.push_str(buf[(x, y)].symbol());
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

fn key(code: KeyCode) -> Event {
    Event::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

fn type_text(app: &mut App, text: &str) {
    for c in text.chars() {
        app.handle_event(key(KeyCode::Char(c)));
    }
}

#[test]
fn every_screen_at_80x24_and_120x40() {
    for step in Step::WIZARD {
        let mut sub = ready();
        // Something to fix on every screen, so the snapshots show the ✗ marks too.
        sub.markets.push("DE".into());
        sub.revenue.azure_infrastructure_percent = Some(50.into());
        let app = app_with(sub, step, Theme::color());
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(format!("{}_{w}x{h}", step.id()), screen(&app, w, h));
        }
    }
}

#[test]
fn start_screen() {
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::color(),
    );
    assert_eq!(
        app.start_selected, 0,
        "New draft is preselected when there are no drafts"
    );
    insta::assert_snapshot!("start_empty_80x24", screen(&app, 80, 24));
    insta::assert_snapshot!("start_empty_120x40", screen(&app, 120, 40));
    app.handle_event(key(KeyCode::Char('r')));
    assert_eq!(app.new_edition, Edition::E2020_09);
}

#[test]
fn too_small_and_tiny_never_panic() {
    let app = app_with(ready(), Step::Offer, Theme::color());
    insta::assert_snapshot!("too_small_59x16", screen(&app, 59, 16));
    let tiny = screen(&app, 10, 3);
    assert!(
        tiny.contains("60×16"),
        "the minimum is readable at 10×3:\n{tiny}"
    );
    for (w, h) in [(1, 1), (10, 3), (2, 40), (300, 1), (60, 16), (79, 24)] {
        let text = screen(&app, w, h);
        assert!(!text.is_empty());
    }
    // Narrow but usable: the panel moves below the form.
    let narrow = screen(&app, 70, 24);
    assert!(
        narrow.contains("Status: Azure IP co-sell incentivized"),
        "{narrow}"
    );
}

#[test]
fn help_overlay_lists_the_key_table() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Char('?')));
    assert!(matches!(app.popup, Some(Popup::Help { .. })));
    let text = screen(&app, 80, 24);
    insta::assert_snapshot!("help_80x24", text);
    let tall = screen(&app, 120, 60);
    for b in cosell::tui::keymap::BINDINGS {
        let row = format!("{:<10}{}", b.key_label, b.label);
        assert!(tall.contains(&row), "{row:?} missing from help");
    }
    app.handle_event(key(KeyCode::Esc));
    assert!(app.popup.is_none());
}

#[test]
fn mono_theme_uses_no_colour_and_marks_focus_with_characters() {
    let mut sub = ready();
    sub.partner.mpn_id = Some("45a".into());
    let app = app_with(sub, Step::Offer, Theme::mono());
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| cosell::tui::render(&app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    for cell in buf.content() {
        assert_eq!(
            cell.fg,
            ratatui::style::Color::Reset,
            "colour in mono at {:?}",
            cell.symbol()
        );
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let text = screen(&app, 80, 24);
    assert!(text.contains("›*Offer name"), "focus mark:\n{text}");
    assert!(
        text.contains("45a") && text.contains('✗'),
        "error mark:\n{text}"
    );
    insta::assert_snapshot!("offer_mono_80x24", text);
}

#[test]
fn initial_focus_is_the_first_field() {
    let app = app_with(ready(), Step::Listing, Theme::color());
    assert_eq!(app.focus, Focus::Field(0));
    assert_eq!(app.focused_field(), Some(FieldId::Platforms));
}

#[test]
fn next_is_refused_while_in_error_and_back_is_allowed() {
    let mut sub = ready();
    sub.partner.mpn_id = Some("45a".into());
    let mut app = app_with(sub, Step::Offer, Theme::color());
    app.update(Action::NextStep);
    assert_eq!(app.step, Step::Offer, "Next must be refused");
    let (msg, is_error) = app.status_line.clone().unwrap();
    assert!(is_error && msg.contains("MPN ID"), "{msg}");

    let mut sub = ready();
    sub.revenue.azure_consumed_revenue_usd = Some("-5".into());
    let mut app = app_with(sub, Step::Revenue, Theme::color());
    app.update(Action::NextStep);
    assert_eq!(app.step, Step::Revenue);
    app.update(Action::PrevStep);
    assert_eq!(app.step, Step::Diagram, "Back is always allowed");
}

#[test]
fn missing_values_do_not_block_next() {
    let mut app = app_with(
        Submission::new("X", Edition::E2021_02),
        Step::Offer,
        Theme::color(),
    );
    app.update(Action::NextStep);
    assert_eq!(app.step, Step::Listing);
}

#[test]
fn jump_to_fix_from_the_status_panel() {
    let mut sub = ready();
    sub.documents.one_pager = None;
    let mut app = app_with(sub, Step::Revenue, Theme::color());
    app.update(Action::TogglePanel);
    let idx = app
        .draft
        .as_ref()
        .unwrap()
        .report
        .requirements
        .iter()
        .position(|r| r.id == RequirementId::CsrOnePager)
        .unwrap();
    assert_eq!(
        app.focus,
        Focus::Panel(idx),
        "the panel opens on the first unmet requirement"
    );
    app.update(Action::Activate);
    assert_eq!(app.step, Step::Documents);
    assert_eq!(app.focused_field(), Some(FieldId::Doc(DocSlot::OnePager)));
}

#[test]
fn editing_commits_validates_and_clears_live() {
    let mut app = app_with(ready(), Step::Revenue, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    assert!(app.editing.is_some());
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
    type_text(&mut app, "$99,999.99");
    app.handle_event(key(KeyCode::Enter));
    assert!(app.editing.is_none());
    let d = app.draft.as_ref().unwrap();
    assert_eq!(
        d.sub.revenue.azure_consumed_revenue_usd.as_deref(),
        Some("99999.99")
    );
    assert_eq!(
        d.report.status,
        Status::CoSellReady,
        "one cent short of the threshold"
    );
    // Letters cannot be typed into money at all.
    app.handle_event(key(KeyCode::Enter));
    type_text(&mut app, "abc");
    assert_eq!(
        app.editing.as_ref().unwrap().textarea.lines()[0],
        "99999.99"
    );
}

#[test]
fn a_value_that_cannot_be_stored_keeps_the_edit_open_and_validates_live() {
    let mut app = app_with(ready(), Step::Revenue, Theme::color());
    app.update(Action::NextField);
    app.update(Action::NextField);
    assert_eq!(app.focused_field(), Some(FieldId::AzureShare));
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('u'),
        KeyModifiers::CONTROL,
    )));
    type_text(&mut app, "150");
    app.handle_event(key(KeyCode::Enter));
    let e = app.editing.as_ref().expect("edit stays open");
    assert!(e.error.as_deref().unwrap().contains("outside 0–100"));
    app.handle_event(key(KeyCode::Backspace));
    assert_eq!(
        app.editing.as_ref().unwrap().error,
        None,
        "error clears the moment it is fixed"
    );
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(
        app.draft
            .as_ref()
            .unwrap()
            .sub
            .revenue
            .azure_infrastructure_percent,
        Some(80.into()),
        "Esc undoes"
    );
}

#[test]
fn paste_is_inserted_once_without_newlines() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(Event::Paste(" Pro\nEdition\u{7}".into()));
    assert_eq!(
        app.editing.as_ref().unwrap().textarea.lines(),
        ["Contoso Insights Pro Edition"]
    );
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(
        app.draft.as_ref().unwrap().sub.offer.name.as_deref(),
        Some("Contoso Insights Pro Edition")
    );
    // Pasting on a focused text field starts an edit.
    app.handle_event(Event::Paste("!".into()));
    assert_eq!(
        app.editing.as_ref().unwrap().textarea.lines(),
        ["Contoso Insights Pro Edition!"]
    );
}

#[test]
fn ctrl_c_during_an_edit_asks_and_q_quits_otherwise() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    type_text(&mut app, "q");
    assert!(!app.should_quit, "q types while editing");
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('c'),
        KeyModifiers::CONTROL,
    )));
    assert!(matches!(app.popup, Some(Popup::Confirm { .. })));
    app.handle_event(key(KeyCode::Char('n')));
    assert!(!app.should_quit && app.editing.is_some());
    app.handle_event(key(KeyCode::Esc));
    app.handle_event(key(KeyCode::Char('q')));
    assert!(app.should_quit);
}

#[test]
fn contact_form_adds_a_valid_contact_and_refuses_an_invalid_one() {
    let mut sub = ready();
    sub.markets.push("DE".into());
    let mut app = app_with(sub, Step::Contacts, Theme::color());
    app.handle_event(key(KeyCode::Char('a')));
    let fill = |app: &mut App, text: &str| {
        type_text(app, text);
        app.handle_event(key(KeyCode::Enter));
    };
    fill(&mut app, "Hans Meier");
    fill(&mut app, "hans@");
    fill(&mut app, "Vertrieb");
    fill(&mut app, "Partner sales");
    fill(&mut app, "de");
    fill(&mut app, "");
    match &app.popup {
        Some(Popup::Contact(form)) => assert!(
            form.errors.iter().any(|e| e.contains("email")),
            "{:?}",
            form.errors
        ),
        _ => panic!("the form stays open with the error"),
    }
    insta::assert_snapshot!("contact_form_error_80x24", screen(&app, 80, 24));
    app.handle_event(key(KeyCode::Down)); // wrap to Name
    app.handle_event(key(KeyCode::Down));
    type_text(&mut app, "contoso.example");
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char('s'),
        KeyModifiers::CONTROL,
    )));
    assert!(app.popup.is_none());
    let d = app.draft.as_ref().unwrap();
    assert_eq!(d.sub.contacts.len(), 3);
    assert_eq!(d.sub.contacts[2].email, "hans@contoso.example");
    assert_eq!(d.sub.contacts[2].countries, ["DE"]);
    assert_eq!(d.report.status, Status::AzureIpCoSellIncentivized);
}

#[test]
fn delete_asks_first() {
    let mut app = app_with(ready(), Step::Contacts, Theme::color());
    app.update(Action::NextField);
    assert_eq!(app.focus, Focus::Contact(0));
    app.handle_event(key(KeyCode::Char('d')));
    app.handle_event(key(KeyCode::Char('n')));
    assert_eq!(app.draft.as_ref().unwrap().sub.contacts.len(), 2);
    app.handle_event(key(KeyCode::Char('d')));
    app.handle_event(key(KeyCode::Char('y')));
    assert_eq!(app.draft.as_ref().unwrap().sub.contacts.len(), 1);
}

#[test]
fn import_preview_then_replace_only_after_yes() {
    let mut app = app_with(ready(), Step::Contacts, Theme::color());
    let csv = "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nBo,bo@contoso.example,Sales,Partner sales,\"US, CA\",\n";
    app.import_finished(contacts_csv::import(csv.as_bytes()));
    insta::assert_snapshot!("import_preview_80x24", screen(&app, 80, 24));
    app.handle_event(key(KeyCode::Char('n')));
    assert_eq!(
        app.draft.as_ref().unwrap().sub.contacts.len(),
        2,
        "n keeps the contacts"
    );
    app.import_finished(contacts_csv::import(csv.as_bytes()));
    app.handle_event(key(KeyCode::Char('y')));
    let d = app.draft.as_ref().unwrap();
    assert_eq!(d.sub.contacts.len(), 1);
    assert_eq!(
        d.report.status,
        Status::NotReady,
        "FR lost its sales contact"
    );

    let bad = "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@,Sales,Partner sales,US,\n";
    app.import_finished(contacts_csv::import(bad.as_bytes()));
    match &app.popup {
        Some(Popup::Message { lines, .. }) => assert!(
            lines.iter().any(|l| l.contains("row 2: Email")),
            "{lines:?}"
        ),
        _ => panic!("errors are shown"),
    }
}

#[test]
fn export_is_refused_with_the_list_when_incomplete() {
    let mut sub = ready();
    sub.documents.one_pager = None;
    let mut app = app_with(sub, Step::Review, Theme::color());
    app.handle_event(key(KeyCode::Char('e')));
    match &app.popup {
        Some(Popup::Message { lines, .. }) => assert!(
            lines.iter().any(|l| l.contains("CSR-ONE-PAGER")),
            "{lines:?}"
        ),
        _ => panic!("refusal is shown"),
    }
}

#[test]
fn resize_storm_never_panics() {
    let mut app = app_with(ready(), Step::Contacts, Theme::color());
    app.update(Action::Help);
    for i in 0..100u16 {
        let (w, h) = if i % 2 == 0 { (1, 1) } else { (300, 100) };
        let _ = screen(&app, w, h);
    }
}
