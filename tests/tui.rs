//! The wizard on ratatui's TestBackend: snapshots of every step and every dialog at 60×20, 80×24
//! and 200×50 (and the mono theme), each edition's Offer and Listing steps, and the update logic
//! of keys, mouse clicks and pickers.

mod common;

use crossterm::event::{
    Event, KeyCode, KeyEvent, KeyModifiers, MouseButton, MouseEvent, MouseEventKind,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use cosell::fields::{FieldId, Step};
use cosell::model::*;
use cosell::status::{RequirementId, Status};
use cosell::store::DraftStore;
use cosell::tui::action::Action;
use cosell::tui::app::{App, Hit};
use cosell::tui::popups::Popup;
use cosell::tui::theme::Theme;

const SIZES: [(u16, u16); 3] = [(60, 20), (80, 24), (200, 50)];

fn ready() -> Submission {
    common::wizard_ready()
}

fn with_faults() -> Submission {
    common::wizard_with_faults()
}

fn app_with(sub: Submission, step: Step, theme: Theme) -> App {
    let mut app = App::new(DraftStore::at("tests/fixtures/no-drafts-here"), theme);
    app.with_submission(sub, step);
    app.wait_for_checks(std::time::Duration::from_secs(10));
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
    without_cwd(&out)
}

/// The folder the tests run in, written `<cwd>` with the line kept as wide as it was drawn, so a
/// snapshot does not depend on where the repository is checked out (a border after the path
/// stays in its column).
fn without_cwd(screen: &str) -> String {
    let cwd = std::env::current_dir().unwrap().display().to_string();
    let pad = " ".repeat(cwd.chars().count().saturating_sub("<cwd>".len()));
    let mut out = String::new();
    for line in screen.lines() {
        let line = match line.find(&cwd) {
            Some(i) => {
                let rest = &line[i + cwd.len()..];
                let end = rest.find(' ').unwrap_or(rest.len());
                format!("{}<cwd>{}{pad}{}", &line[..i], &rest[..end], &rest[end..])
            }
            None => line.to_string(),
        };
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

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

fn click(app: &mut App, w: u16, h: u16, hit: Hit) {
    screen(app, w, h);
    let rect = app
        .hits
        .borrow()
        .iter()
        .rev()
        .find(|(_, x)| *x == hit)
        .map(|(r, _)| *r)
        .unwrap_or_else(|| panic!("{hit:?} is not on screen"));
    app.handle_event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: rect.x,
        row: rect.y,
        modifiers: KeyModifiers::NONE,
    }));
}

fn sub_of(app: &App) -> &Submission {
    app.session().unwrap().sub()
}

fn status_of(app: &App) -> Status {
    app.session().unwrap().report().status
}

#[test]
fn every_step_at_every_size() {
    for step in Step::WIZARD {
        let app = app_with(with_faults(), step, Theme::color());
        for (w, h) in SIZES {
            insta::assert_snapshot!(format!("{}_{w}x{h}", step.id()), screen(&app, w, h));
        }
        let mono = app_with(with_faults(), step, Theme::mono());
        insta::assert_snapshot!(format!("{}_mono_80x24", step.id()), screen(&mono, 80, 24));
    }
}

#[test]
fn every_edition_on_offer_listing_and_the_panel() {
    for edition in Edition::ALL.iter().copied() {
        for step in [Step::Offer, Step::Listing] {
            let mut sub = ready();
            sub.rules = edition;
            let app = app_with(sub, step, Theme::color());
            insta::assert_snapshot!(
                format!("{}_{}_120x40", step.id(), edition.as_str()),
                screen(&app, 120, 40)
            );
        }
    }
}

fn dialogs() -> Vec<(&'static str, App)> {
    let mut out = Vec::new();
    let mut help = app_with(ready(), Step::Offer, Theme::color());
    help.update(Action::Help);
    out.push(("help", help));

    let mut choice = app_with(ready(), Step::Offer, Theme::color());
    choice.update(Action::Down);
    choice.update(Action::Activate);
    out.push(("choice", choice));

    let mut countries = app_with(with_faults(), Step::Contacts, Theme::color());
    countries.update(Action::Activate);
    out.push(("countries", countries));

    let mut contact = app_with(ready(), Step::Contacts, Theme::color());
    contact.update(Action::AddContact);
    type_text(&mut contact, "Hans Meier");
    contact.handle_event(key(KeyCode::Enter));
    type_text(&mut contact, "hans@");
    out.push(("contact", contact));

    let mut confirm = app_with(ready(), Step::Contacts, Theme::color());
    confirm.update(Action::Down);
    confirm.update(Action::DeleteContact);
    out.push(("confirm", confirm));

    let mut message = app_with(with_faults(), Step::Review, Theme::color());
    message.update(Action::ExportJson);
    out.push(("message", message));

    let mut input = app_with(ready(), Step::Review, Theme::color());
    input.update(Action::ExportJson);
    // The proposed path holds the folder the tests run in, whose length would change where the
    // line scrolls; the snapshot shows a typed one.
    let Some(Popup::Input(dialog)) = input.popups.last() else {
        panic!("the export asks where")
    };
    let proposed = dialog.textarea.lines().join("");
    assert!(
        proposed.ends_with("draft.export.json") && std::path::Path::new(&proposed).is_absolute(),
        "{proposed}"
    );
    input.handle_event(ctrl('u'));
    type_text(&mut input, "exports/contoso.export.json");
    out.push(("input", input));

    let mut compare = app_with(ready(), Step::Offer, Theme::color());
    compare.update(Action::Compare);
    out.push(("compare", compare));

    let mut edition = app_with(ready(), Step::Offer, Theme::color());
    edition.update(Action::SwitchEdition);
    edition.update(Action::Up);
    edition.update(Action::Commit);
    out.push(("switch_edition", edition));

    let mut files = app_with(ready(), Step::Documents, Theme::color());
    files.update(Action::Browse);
    out.push(("files", files));
    out
}

#[test]
fn every_dialog_at_every_size() {
    for (name, app) in dialogs() {
        assert!(!app.popups.is_empty(), "{name} opened no dialog");
        for (w, h) in SIZES {
            let text = screen(&app, w, h);
            insta::assert_snapshot!(format!("dialog_{name}_{w}x{h}"), text);
        }
    }
}

#[test]
fn dialogs_keep_their_action_line_at_the_smallest_size() {
    for (name, app) in dialogs() {
        let text = screen(&app, 60, 20);
        assert!(
            text.contains("[Esc]") || text.contains("[Enter]") || text.contains("[y]"),
            "{name}: no action line at 60×20:\n{text}"
        );
    }
}

#[test]
fn start_screen() {
    let app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::color(),
    );
    assert_eq!(
        app.drafts().unwrap().selected,
        0,
        "New draft is preselected"
    );
    for (w, h) in SIZES {
        insta::assert_snapshot!(format!("start_empty_{w}x{h}"), screen(&app, w, h));
    }
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
    for (w, h) in [
        (1, 1),
        (10, 3),
        (2, 40),
        (300, 1),
        (60, 16),
        (79, 24),
        (300, 100),
    ] {
        assert!(!screen(&app, w, h).is_empty());
    }
    let narrow = screen(&app, 70, 24);
    assert!(
        narrow.contains("Azure IP co-sell incentivized"),
        "the compact panel below the form:\n{narrow}"
    );
}

#[test]
fn the_panel_speaks_in_words_and_the_wide_layout_adds_ids() {
    let mut sub = ready();
    sub.markets.push("DE".into());
    let app = app_with(sub, Step::Offer, Theme::color());
    let normal = screen(&app, 80, 24);
    // Narrow: the short title where the full one does not fit, never a title cut mid-word.
    assert!(normal.contains("✗ Sales contact per market"), "{normal}");
    assert!(
        !normal.contains("Partner sales contact for ev…"),
        "{normal}"
    );
    assert!(
        normal.contains("Nothing reached yet · next:"),
        "the rung line says nothing is reached:\n{normal}"
    );
    assert!(
        !normal.contains("CSR-CONTACTS"),
        "ids are not the label:\n{normal}"
    );
    assert!(!normal.contains("revenue."), "no JSON paths:\n{normal}");
    // From 120 columns the reasons show under the titles.
    let medium = screen(&app, 120, 40);
    assert!(
        medium.contains("no Partner sales contact for DE (Germany)"),
        "{medium}"
    );
    let wide = screen(&app, 200, 50);
    assert!(
        wide.contains("Partner sales contact for every market"),
        "{wide}"
    );
    assert!(
        wide.contains("no Partner sales contact for DE (Germany)"),
        "{wide}"
    );
    assert!(
        wide.contains("CSR-CONTACTS"),
        "ids as a second column:\n{wide}"
    );
    assert!(
        wide.contains("Shown to Microsoft field sellers") || wide.contains("Benefits: none yet")
    );
}

#[test]
fn help_lists_the_key_table() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Char('?')));
    assert!(matches!(app.popups.last(), Some(Popup::Help { .. })));
    let mut seen = String::new();
    for _ in 0..30 {
        seen.push_str(&screen(&app, 120, 60));
        app.handle_event(key(KeyCode::PageDown));
    }
    for b in cosell::tui::keymap::BINDINGS {
        let row = format!("{:<10}{}", b.key_label, b.label());
        assert!(seen.contains(&row), "{row:?} missing from help");
    }
    app.handle_event(key(KeyCode::Esc));
    assert!(app.popups.is_empty());
}

#[test]
fn mono_theme_uses_no_colour_and_marks_with_characters() {
    let mut sub = ready();
    sub.partner.mpn_id = Some("45a".into());
    let app = app_with(sub, Step::Offer, Theme::mono());
    let mut term = Terminal::new(TestBackend::new(80, 24)).unwrap();
    term.draw(|f| cosell::tui::render(&app, f)).unwrap();
    for cell in term.backend().buffer().content() {
        assert_eq!(
            cell.fg,
            ratatui::style::Color::Reset,
            "colour at {:?}",
            cell.symbol()
        );
        assert_eq!(cell.bg, ratatui::style::Color::Reset);
    }
    let text = screen(&app, 80, 24);
    assert!(text.contains("›*Offer name"), "focus mark:\n{text}");
    assert!(
        text.contains("45a ✗"),
        "error mark beside the value:\n{text}"
    );
    assert!(
        text.contains("1 Offer✗"),
        "step marks differ by character:\n{text}"
    );
}

#[test]
fn the_step_bar_marks_done_only_when_its_requirements_hold() {
    let mut sub = Submission::new("X", Edition::E2023_08);
    sub.offer.offer_type = Some(OfferType::Saas);
    let app = app_with(sub, Step::Offer, Theme::mono());
    let text = screen(&app, 80, 24);
    assert!(text.contains("[1 Offer•]"), "in progress:\n{text}");
    assert!(text.contains("2 Listing○"), "not started:\n{text}");
    let app = app_with(ready(), Step::Listing, Theme::mono());
    let text = screen(&app, 80, 24);
    assert!(text.contains("1 Offer✓"), "done:\n{text}");
}

#[test]
fn digits_jump_esc_on_the_first_step_leaves_and_the_panel_returns_focus() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Char('4')));
    assert_eq!(app.step(), Step::Contacts);
    app.handle_event(key(KeyCode::Char('1')));
    assert_eq!(app.step(), Step::Offer);
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.screen.draft().unwrap().pages.form.focus, 2);
    app.update(Action::TogglePanel);
    assert!(app.panel().is_some());
    app.update(Action::Down);
    app.update(Action::TogglePanel);
    assert_eq!(app.panel(), None);
    assert_eq!(
        app.screen.draft().unwrap().pages.form.focus,
        2,
        "back on the field it was on"
    );
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(
        app.step(),
        Step::Start,
        "Esc on the first step shows the drafts"
    );
    assert!(app.session().is_none());
}

#[test]
fn next_is_refused_while_in_error_and_back_is_allowed() {
    let mut sub = ready();
    sub.partner.mpn_id = Some("45a".into());
    let mut app = app_with(sub, Step::Offer, Theme::color());
    app.update(Action::NextStep);
    assert_eq!(app.step(), Step::Offer, "Next must be refused");
    let (msg, is_error) = app.status_line.clone().unwrap();
    assert!(is_error && msg.contains("MPN ID"), "{msg}");
    app.handle_event(key(KeyCode::Char('5')));
    assert_eq!(app.step(), Step::Offer, "jumping forward too");

    let mut sub = ready();
    sub.revenue.azure_consumed_revenue_usd = Some("-5".into());
    let mut app = app_with(sub, Step::Revenue, Theme::color());
    app.update(Action::NextStep);
    assert_eq!(app.step(), Step::Revenue);
    app.update(Action::PrevStep);
    assert_eq!(app.step(), Step::Diagram, "Back is always allowed");
}

#[test]
fn missing_values_do_not_block_next() {
    let mut app = app_with(
        Submission::new("X", Edition::E2021_02),
        Step::Offer,
        Theme::color(),
    );
    app.update(Action::NextStep);
    assert_eq!(app.step(), Step::Listing);
}

#[test]
fn jump_to_fix_from_the_status_panel() {
    let mut sub = ready();
    sub.documents.one_pager = None;
    let mut app = app_with(sub, Step::Revenue, Theme::color());
    app.update(Action::TogglePanel);
    let idx = app
        .session()
        .unwrap()
        .report()
        .requirements
        .iter()
        .position(|r| r.id == RequirementId::CsrOnePager)
        .unwrap();
    assert_eq!(
        app.panel(),
        Some(idx),
        "the panel opens on the first unmet requirement"
    );
    app.update(Action::Activate);
    assert_eq!(app.step(), Step::Documents);
    assert_eq!(app.focused_field(), Some(FieldId::Doc(DocSlot::OnePager)));
}

#[test]
fn editing_commits_validates_and_refuses_characters() {
    let mut app = app_with(ready(), Step::Revenue, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    assert!(app.editing().is_some());
    app.handle_event(ctrl('u'));
    type_text(&mut app, "$99,999.99");
    app.handle_event(key(KeyCode::Enter));
    assert!(app.editing().is_none());
    assert_eq!(
        sub_of(&app).revenue.azure_consumed_revenue_usd.as_deref(),
        Some("99999.99")
    );
    assert_eq!(status_of(&app), Status::CoSellReady, "one cent short");
    app.handle_event(key(KeyCode::Enter));
    type_text(&mut app, "abc");
    assert_eq!(app.editing().unwrap().textarea.lines()[0], "99999.99");
    app.handle_event(ctrl('u'));
    type_text(&mut app, "45.000");
    app.handle_event(key(KeyCode::Enter));
    let e = app
        .editing()
        .expect("an ambiguous amount keeps the edit open");
    assert!(
        e.error.as_deref().unwrap().contains("USD 45,000.00"),
        "{:?}",
        e.error
    );
}

#[test]
fn a_value_that_cannot_be_stored_keeps_the_edit_open_and_validates_live() {
    let mut app = app_with(ready(), Step::Revenue, Theme::color());
    app.update(Action::Down);
    app.update(Action::Down);
    assert_eq!(app.focused_field(), Some(FieldId::AzureShare));
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(ctrl('u'));
    type_text(&mut app, "150");
    app.handle_event(key(KeyCode::Enter));
    let e = app.editing().expect("edit stays open");
    assert!(e.error.as_deref().unwrap().contains("outside 0–100"));
    app.handle_event(key(KeyCode::Backspace));
    assert_eq!(app.editing().unwrap().error, None, "clears when fixed");
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(
        sub_of(&app).revenue.azure_infrastructure_percent,
        Some(80.into()),
        "Esc undoes"
    );
}

#[test]
fn paste_is_inserted_once_without_newlines_and_paths_lose_quotes() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    app.handle_event(Event::Paste(" Pro\nEdition\u{7}".into()));
    assert_eq!(
        app.editing().unwrap().textarea.lines(),
        ["Contoso Insights Pro Edition"]
    );
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(
        sub_of(&app).offer.name.as_deref(),
        Some("Contoso Insights Pro Edition")
    );

    let mut app = app_with(ready(), Step::Documents, Theme::color());
    let here = std::env::current_dir().unwrap();
    let pasted = format!("'{}/tests/fixtures/one-pager.pdf'", here.display());
    app.handle_event(Event::Paste(pasted));
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(
        sub_of(&app).documents.one_pager.as_ref().unwrap().path,
        format!("{}/tests/fixtures/one-pager.pdf", here.display())
    );
}

#[test]
fn ctrl_c_is_the_same_everywhere() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.handle_event(key(KeyCode::Enter));
    type_text(&mut app, "q");
    assert!(!app.should_quit, "q types while editing");
    app.handle_event(ctrl('c'));
    assert!(
        matches!(app.popups.last(), Some(Popup::Confirm { .. })),
        "asks: the edit is not kept"
    );
    app.handle_event(key(KeyCode::Char('n')));
    assert!(!app.should_quit && app.editing().is_some());
    app.handle_event(key(KeyCode::Esc));
    for setup in [Action::Help, Action::Compare, Action::AddContact] {
        let mut app = app_with(ready(), Step::Contacts, Theme::color());
        app.update(setup);
        app.handle_event(ctrl('c'));
        assert!(app.should_quit, "Ctrl-C from {setup:?}");
    }
}

#[test]
fn the_country_picker_searches_and_says_what_an_invalid_code_means() {
    let mut sub = ready();
    sub.markets = vec!["US".into(), "UK".into()];
    let mut app = app_with(sub, Step::Contacts, Theme::color());
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("did you mean") && text.contains("GB (United Kingdom)?"),
        "{text}"
    );
    app.update(Action::Activate);
    let Some(Popup::Choice(list)) = app.popups.last() else {
        panic!("a picker opens")
    };
    assert!(list.options[1].1.contains("did you mean GB"));
    type_text(&mut app, "neth");
    app.update(Action::Toggle);
    // Untick UK: search it and tick it off.
    for _ in 0..4 {
        app.handle_event(key(KeyCode::Backspace));
    }
    type_text(&mut app, "UK");
    app.update(Action::Toggle);
    app.update(Action::Commit);
    assert_eq!(sub_of(&app).markets, ["US", "NL"]);

    // Ctrl-U clears the search as it does in every text field; an unbound chord types nothing.
    app.update(Action::Activate);
    type_text(&mut app, "germ");
    app.handle_event(key(KeyCode::Char(' ')));
    app.handle_event(ctrl('u'));
    app.handle_event(ctrl('x'));
    type_text(&mut app, "france");
    let Some(Popup::Choice(list)) = app.popups.last() else {
        panic!("the picker stays open")
    };
    assert_eq!(list.search, "france");
    app.handle_event(key(KeyCode::Char(' ')));
    app.update(Action::Commit);
    assert_eq!(sub_of(&app).markets, ["US", "NL", "DE", "FR"]);
}

#[test]
fn contacts_form_filter_undo_and_short_roles() {
    let mut sub = ready();
    sub.markets.push("DE".into());
    let mut app = app_with(sub, Step::Contacts, Theme::color());
    app.handle_event(key(KeyCode::Char('a')));
    // Enter in the last field saves: refused here, so the form stays on it with the error.
    for field in ["Hans Meier", "hans@", "Vertrieb", "sales", "de", ""] {
        type_text(&mut app, field);
        app.handle_event(key(KeyCode::Enter));
    }
    let Some(Popup::Contact(form)) = app.popups.last() else {
        panic!("the form stays open with the error")
    };
    assert!(
        form.errors.iter().any(|e| e.starts_with("Email")),
        "{:?}",
        form.errors
    );
    assert!(form.is_last(), "still on the last field");
    for _ in 0..4 {
        app.handle_event(key(KeyCode::Up));
    }
    type_text(&mut app, "contoso.example");
    app.handle_event(ctrl('s'));
    assert!(app.popups.is_empty(), "{:?}", app.popups.len());
    assert_eq!(sub_of(&app).contacts.len(), 3);
    assert_eq!(
        sub_of(&app).contacts[2].role,
        Some(Role::PartnerSales),
        "short role"
    );
    assert_eq!(status_of(&app), Status::AzureIpCoSellIncentivized);

    // Filter by country, then delete and undo.
    app.handle_event(key(KeyCode::Char('/')));
    type_text(&mut app, "germany");
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(app.contacts().unwrap().visible_len(3), 1);
    assert_eq!(
        app.contacts().unwrap().focus,
        Some(0),
        "the first match takes the focus"
    );
    app.handle_event(key(KeyCode::Char('d')));
    app.handle_event(key(KeyCode::Char('y')));
    assert_eq!(sub_of(&app).contacts.len(), 2);
    assert!(sub_of(&app).contacts.iter().all(|c| c.name != "Hans Meier"));
    app.handle_event(key(KeyCode::Char('u')));
    assert_eq!(sub_of(&app).contacts.len(), 3);
    assert_eq!(
        sub_of(&app).contacts[2].name,
        "Hans Meier",
        "back where it was"
    );
}

#[test]
fn import_preview_names_people_then_replace_only_after_yes_and_undo() {
    let dir = tempfile::tempdir().unwrap();
    let csv = dir.path().join("c.csv");
    std::fs::write(
        &csv,
        "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nBo,bo@contoso.example,Sales,Partner sales,\"US, CA\",\nAda Lovelace,ada@contoso.example,Sales lead,Partner sales,\"US, CA, FR\",\n",
    )
    .unwrap();
    let mut app = app_with(ready(), Step::Contacts, Theme::color());
    let plan = app.session().unwrap().preview_import(&csv);
    app.import_finished(plan);
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("Added (1): Bo <bo@contoso.example>"),
        "{text}"
    );
    assert!(text.contains("Changed (1): Ada Lovelace"), "{text}");
    assert!(text.contains("Dropped (1): Marie Curie"), "{text}");
    app.handle_event(key(KeyCode::Char('n')));
    assert_eq!(sub_of(&app).contacts.len(), 2, "n keeps the contacts");
    let plan = app.session().unwrap().preview_import(&csv);
    app.import_finished(plan);
    app.handle_event(key(KeyCode::Char('y')));
    assert_eq!(sub_of(&app).contacts[0].name, "Bo");
    app.handle_event(key(KeyCode::Char('u')));
    assert_eq!(
        sub_of(&app).contacts[1].name,
        "Marie Curie",
        "undo of the import"
    );

    std::fs::write(&csv, "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@,Sales,Partner sales,US,\n").unwrap();
    let plan = app.session().unwrap().preview_import(&csv);
    app.import_finished(plan);
    match app.popups.last() {
        Some(Popup::Message { lines, .. }) => {
            assert!(
                lines.iter().any(|l| l.contains("row 2: Email")),
                "{lines:?}"
            )
        }
        _ => panic!("errors are shown"),
    }
}

#[test]
fn export_is_refused_in_words_when_incomplete() {
    let mut sub = ready();
    sub.documents.one_pager = None;
    let mut app = app_with(sub, Step::Review, Theme::color());
    app.handle_event(key(KeyCode::Char('e')));
    match app.popups.last() {
        Some(Popup::Message { lines, .. }) => assert!(
            lines
                .iter()
                .any(|l| l.contains("Solution one-pager attached")),
            "{lines:?}"
        ),
        _ => panic!("refusal is shown"),
    }
}

#[test]
fn review_is_a_summary_and_the_json_is_one_key_away() {
    let mut app = app_with(with_faults(), Step::Review, Theme::color());
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("What is missing") || text.contains("4 Contacts per geography"),
        "{text}"
    );
    assert!(
        text.contains("[e] Export"),
        "the export action is always on screen:\n{text}"
    );
    assert!(!text.contains("\"format\""), "no JSON by default");
    app.handle_event(key(KeyCode::Char('j')));
    for _ in 0..200 {
        if app.tick() || !app.screen.draft().is_some_and(|d| d.pages.review.busy()) {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let text = screen(&app, 80, 24);
    assert!(
        text.contains("\"format\": \"cosell-submission/1\""),
        "{text}"
    );
}

#[test]
fn the_mouse_clicks_steps_fields_rows_and_answers() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    click(&mut app, 80, 24, Hit::Step(Step::Contacts));
    assert_eq!(app.step(), Step::Contacts);
    click(&mut app, 80, 24, Hit::Contact(1));
    assert_eq!(app.contacts().unwrap().focus, Some(1));
    click(&mut app, 80, 24, Hit::Contact(1));
    assert!(
        matches!(app.popups.last(), Some(Popup::Contact(_))),
        "a second click opens it"
    );
    app.handle_event(key(KeyCode::Esc));
    click(&mut app, 80, 24, Hit::Step(Step::Offer));
    click(&mut app, 80, 24, Hit::Field(1));
    assert_eq!(app.screen.draft().unwrap().pages.form.focus, 1);
    click(&mut app, 80, 24, Hit::Field(1));
    assert!(matches!(app.popups.last(), Some(Popup::Choice(_))));
    click(&mut app, 80, 24, Hit::Item(3));
    assert_eq!(
        sub_of(&app).offer.offer_type,
        Some(OfferType::AzureVirtualMachine)
    );
    click(&mut app, 80, 24, Hit::PanelRow(0));
    assert_eq!(app.panel(), Some(0));
    app.update(Action::TogglePanel);
    app.handle_event(key(KeyCode::Char('4')));
    click(&mut app, 80, 24, Hit::Contact(0));
    app.update(Action::DeleteContact);
    click(&mut app, 80, 24, Hit::Answer(Action::No));
    assert_eq!(sub_of(&app).contacts.len(), 2, "No keeps it");
    // The wheel moves through the list.
    app.handle_event(Event::Mouse(MouseEvent {
        kind: MouseEventKind::ScrollDown,
        column: 10,
        row: 10,
        modifiers: KeyModifiers::NONE,
    }));
    assert_eq!(app.contacts().unwrap().focus, Some(1));
}

#[test]
fn switching_the_edition_asks_and_says_what_changes() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    app.update(Action::SwitchEdition);
    app.update(Action::Up);
    app.update(Action::Commit);
    match app.popups.last() {
        Some(Popup::Confirm { lines, .. }) => {
            let all = lines.join("\n");
            assert!(
                all.contains("Status: Azure IP co-sell incentivized → "),
                "{all}"
            );
            assert!(all.contains("CSR-GOLD"), "{all}");
            assert!(
                all.contains("New field: Solutions Partner designation"),
                "{all}"
            );
            assert!(all.contains("No longer asked: Gold competency"), "{all}");
        }
        _ => panic!("it asks first"),
    }
    app.handle_event(key(KeyCode::Char('y')));
    assert_eq!(sub_of(&app).rules, Edition::E2023_08);
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

#[test]
fn the_coverage_lists_uncovered_first_and_scrolls() {
    let mut sub = ready();
    sub.markets = cosell::model::geo::all_countries()[..30]
        .iter()
        .map(|c| c.to_string())
        .collect();
    sub.markets.push("US".into());
    let mut app = app_with(sub, Step::Contacts, Theme::mono());
    let text = screen(&app, 80, 24);
    assert!(text.contains("+") && text.contains("more"), "{text}");
    let first_line = text
        .lines()
        .find(|l| l.contains("no Partner sales contact"))
        .unwrap()
        .to_string();
    assert!(first_line.contains("✗"), "uncovered first: {first_line}");
    app.handle_event(key(KeyCode::Char(']')));
    let scrolled = screen(&app, 80, 24);
    assert!(scrolled.contains("1 above"), "{scrolled}");
}

#[test]
fn codes_partner_center_leaves_out_are_warned_in_the_markets_and_the_contact_form() {
    let mut sub = ready();
    sub.markets = vec!["US".into(), "FK".into()];
    let mut app = app_with(sub, Step::Contacts, Theme::mono());
    let text = screen(&app, 120, 30);
    assert!(
        text.contains("! FK (Falkland Islands) is an ISO code"),
        "{text}"
    );
    app.handle_event(key(KeyCode::Char('a')));
    for field in ["Bo", "bo@contoso.example", "Sales", "sales"] {
        type_text(&mut app, field);
        app.handle_event(key(KeyCode::Enter));
    }
    type_text(&mut app, "FK");
    let text = screen(&app, 120, 30);
    assert!(text.contains("! FK (Falkland Islands)"), "{text}");
    app.handle_event(ctrl('s'));
    assert!(app.popups.is_empty(), "a warning never refuses");
}

#[test]
fn the_kit_is_written_from_review_in_the_background() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app_with(ready(), Step::Review, Theme::color());
    let text = screen(&app, 80, 24);
    assert!(text.contains("[k] Kit"), "{text}");
    app.handle_event(key(KeyCode::Char('k')));
    assert!(matches!(app.popups.last(), Some(Popup::Input(_))));
    app.handle_event(ctrl('u'));
    type_text(&mut app, &dir.path().join("kit").display().to_string());
    app.handle_event(key(KeyCode::Enter));
    for _ in 0..500 {
        app.tick();
        if app.popups.is_empty() {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let (msg, is_error) = app.status_line.clone().expect("a message");
    assert!(
        !is_error && msg.starts_with("Wrote the kit: open file:///"),
        "{msg}"
    );
    assert!(dir.path().join("kit/CHECKLIST.md").exists());
    assert!(dir.path().join("kit/documents/1-one-pager.pdf").exists());
    assert!(msg.contains("/kit/index.html in a browser"), "{msg}");
    assert!(dir.path().join("kit/index.html").exists());
}

#[test]
fn fitting_and_path_completion() {
    use cosell::tui::screens::{complete_path, fit, fit_left};
    assert_eq!(fit("abcdef", 4), "abc…");
    assert_eq!(fit("abc", 4), "abc");
    assert_eq!(fit_left("/a/b/c/file.pdf", 9), "…file.pdf");
    assert_eq!(fit("", 0), "");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("deck.pptx"), "x").unwrap();
    std::fs::write(dir.path().join("deck-old.pptx"), "x").unwrap();
    std::fs::create_dir(dir.path().join("docs")).unwrap();
    let base = dir.path().display().to_string();
    let (done, _) = complete_path(&format!("{base}/do"));
    assert_eq!(done, format!("{base}/docs/"));
    let (done, many) = complete_path(&format!("{base}/de"));
    assert_eq!(done, format!("{base}/deck"));
    assert_eq!(many.len(), 2);
    let (done, none) = complete_path(&format!("{base}/zzz"));
    assert_eq!(done, format!("{base}/zzz"));
    assert!(none.is_empty());
}

#[test]
fn the_file_picker_lists_folders_then_accepted_types_then_the_rest() {
    use cosell::tui::action::Action;
    use cosell::tui::popups::{FilePicker, FilePurpose};
    let dir = tempfile::tempdir().unwrap();
    for f in ["notes.txt", "deck.pptx", "b.pdf"] {
        std::fs::write(dir.path().join(f), "x").unwrap();
    }
    std::fs::create_dir(dir.path().join("zeta")).unwrap();
    let start = format!("{}/", dir.path().display());
    let mut p = FilePicker::open(FilePurpose::Field(FieldId::Doc(DocSlot::OnePager)), &start);
    let names: Vec<&str> = p
        .visible
        .iter()
        .map(|i| p.entries[*i].name.as_str())
        .collect();
    assert_eq!(names, ["..", "zeta", "b.pdf", "deck.pptx", "notes.txt"]);
    p.type_key(KeyEvent::from(KeyCode::Char('d')));
    p.type_key(KeyEvent::from(KeyCode::Char('e')));
    assert_eq!(p.current().unwrap().name, "deck.pptx");
    assert_eq!(p.activate(), Some(dir.path().join("deck.pptx")));
    p.act(Action::Parent);
    p.act(Action::Parent);
    assert!(p.filter.is_empty(), "← deletes the filter first");
    p.selected = 1;
    assert_eq!(p.activate(), None, "a folder opens");
    assert_eq!(p.dir, dir.path().join("zeta"));
    p.act(Action::Parent);
    assert_eq!(p.dir, dir.path());
    assert_eq!(p.current().unwrap().name, "zeta", "back on the folder left");
    p.type_key(KeyEvent::from(KeyCode::Char('n')));
    p.type_key(KeyEvent::new(KeyCode::Char('x'), KeyModifiers::CONTROL));
    assert_eq!(p.filter, "n", "a chord types nothing");
    p.act(Action::ClearLine);
    assert!(p.filter.is_empty());
    assert_eq!(p.dir, dir.path(), "Ctrl-U stays in the folder");
}

#[test]
fn row_marks_and_coverage_follow_every_change_of_the_contacts() {
    let mut sub = ready();
    sub.markets.push("DE".into());
    sub.contacts.push(Contact {
        name: "Broken Row".into(),
        email: "not-an-address".into(),
        job_title: "Sales".into(),
        role: Some(Role::PartnerSales),
        countries: vec!["DE".into()],
        states: vec![],
    });
    let mut app = app_with(sub, Step::Contacts, Theme::mono());
    // The screen's own part of a line (the status panel is right of its border), and a contact's
    // row of the table (the coverage lines name contacts too).
    let line_of = |text: &str, needle: &str| {
        text.lines()
            .map(|l| l.split('│').next().unwrap_or(l))
            .find(|l| l.contains(needle) && (!needle.ends_with("  ") || l.contains(" sales ")))
            .unwrap_or_else(|| panic!("no {needle:?} in\n{text}"))
            .to_string()
    };
    let text = screen(&app, 80, 24);
    assert!(line_of(&text, "Broken Row  ").contains('✗'), "{text}");
    assert!(line_of(&text, "Marie Curie  ").contains('✓'), "{text}");
    assert!(line_of(&text, "FR France").contains('✓'), "{text}");

    // Focus the broken row: the footer says what is wrong with it.
    let broken = sub_of(&app).contacts.len() - 1;
    for _ in 0..=broken {
        app.handle_event(key(KeyCode::Down));
    }
    let text = screen(&app, 80, 24);
    assert!(
        text.lines().any(|l| l.trim_start().starts_with("✗ Email:")),
        "the focused row's problem: {text}"
    );

    // Deleting Marie leaves France uncovered (same markets, new contacts); undo covers it again.
    let marie = sub_of(&app)
        .contacts
        .iter()
        .position(|c| c.name == "Marie Curie")
        .unwrap();
    for _ in marie..broken {
        app.handle_event(key(KeyCode::Up));
    }
    app.handle_event(key(KeyCode::Char('d')));
    app.handle_event(key(KeyCode::Char('y')));
    assert!(
        sub_of(&app)
            .contacts
            .iter()
            .all(|c| c.name != "Marie Curie")
    );
    let text = screen(&app, 80, 24);
    assert!(
        line_of(&text, "FR France").contains("no Partner sales contact"),
        "{text}"
    );
    assert!(
        line_of(&text, "Broken Row  ").contains('✗'),
        "marks follow the rows as they move: {text}"
    );
    app.handle_event(key(KeyCode::Char('u')));
    let text = screen(&app, 80, 24);
    assert!(line_of(&text, "FR France").contains('✓'), "{text}");
    assert!(line_of(&text, "Marie Curie  ").contains('✓'), "{text}");
}

/// A summary longer than the screen, with lines wider than it: scrolling down reaches its last
/// line (the maximum counts the rows after word wrapping, not the lines before it).
#[test]
fn review_scrolls_to_the_end_of_a_wrapped_summary() {
    let mut sub = with_faults();
    for i in 0..30 {
        sub.contacts.push(Contact {
            name: format!("Someone with a rather long name number {i}"),
            email: format!("not an address {i}"),
            job_title: "Account executive".into(),
            role: Some(Role::PartnerSales),
            countries: vec!["FR".into()],
            states: vec![],
        });
    }
    let mut app = app_with(sub, Step::Review, Theme::color());
    for _ in 0..200 {
        app.handle_event(key(KeyCode::Down));
    }
    let text = screen(&app, 80, 24);
    assert!(text.contains("more invalid values"), "{text}");
}

/// A draft with `n` valid contacts named "Person 00", "Person 01" … (copies of the first).
fn with_people(n: usize) -> Submission {
    let mut sub = ready();
    let first = sub.contacts[0].clone();
    let people: Vec<Contact> = (0..n)
        .map(|i| Contact {
            name: format!("Person {i:02}"),
            email: format!("person{i:02}@contoso.example"),
            ..first.clone()
        })
        .collect();
    sub.contacts = people.into();
    sub
}

/// The name on the contact form that is open.
fn contact_form_name(app: &App) -> String {
    let Some(Popup::Contact(form)) = app.popups.last() else {
        panic!("the contact form is open");
    };
    form.contact.name.clone()
}

#[test]
fn a_click_on_a_scrolled_list_keeps_the_rows_under_the_pointer() {
    let mut app = app_with(with_people(14), Step::Contacts, Theme::color());
    for _ in 0..14 {
        app.handle_event(key(KeyCode::Down));
    }
    assert!(screen(&app, 80, 24).contains("›✓ Person 13"));
    // Three rows above the focused one, and twice at the same place on the screen.
    let hit = Hit::Contact(app.contacts().unwrap().focus.unwrap() - 3);
    let at = app
        .hits
        .borrow()
        .iter()
        .find(|(_, h)| *h == hit)
        .map(|(r, _)| (r.x, r.y))
        .unwrap();
    let press = Event::Mouse(MouseEvent {
        kind: MouseEventKind::Down(MouseButton::Left),
        column: at.0,
        row: at.1,
        modifiers: KeyModifiers::NONE,
    });
    app.handle_event(press.clone());
    assert!(app.popups.is_empty(), "a first click selects");
    assert!(screen(&app, 80, 24).contains("›✓ Person 10"));
    app.handle_event(press);
    assert_eq!(
        contact_form_name(&app),
        "Person 10",
        "the second click opens it"
    );
}

#[test]
fn the_contacts_search_keeps_the_focus_on_its_contact() {
    let mut app = app_with(with_people(6), Step::Contacts, Theme::color());
    for _ in 0..5 {
        app.handle_event(key(KeyCode::Down));
    }
    let focused = |app: &App| {
        let c = app.contacts().unwrap();
        c.focus.and_then(|k| c.index_of(k))
    };
    assert_eq!(focused(&app), Some(4), "Person 04");
    app.handle_event(key(KeyCode::Char('/')));
    type_text(&mut app, "person 0");
    assert_eq!(focused(&app), Some(4), "still a match: still focused");
    type_text(&mut app, "4");
    assert_eq!(
        (app.contacts().unwrap().focus, focused(&app)),
        (Some(0), Some(4)),
        "the one match, first row"
    );
    type_text(&mut app, "x");
    assert_eq!(focused(&app), None, "no match");
    app.handle_event(key(KeyCode::Backspace));
    assert_eq!(focused(&app), Some(4), "back when it matches again");
    app.handle_event(key(KeyCode::Esc));
    assert_eq!(
        focused(&app),
        Some(4),
        "Esc ends the search on the same contact"
    );
    app.handle_event(key(KeyCode::Char('d')));
    let Some(Popup::Confirm { lines, .. }) = app.popups.last() else {
        panic!("d asks first");
    };
    assert!(lines.join(" ").contains("Person 04"), "{lines:?}");
}

#[test]
fn the_map_hides_the_rows_from_the_keys_too() {
    let mut app = app_with(with_people(3), Step::Contacts, Theme::color());
    app.handle_event(key(KeyCode::Down));
    assert_eq!(app.contacts().unwrap().focus, Some(0));
    app.handle_event(key(KeyCode::Char('m')));
    screen(&app, 100, 30);
    assert_eq!(app.contacts().unwrap().focus, None, "the markets field");
    app.handle_event(key(KeyCode::Down));
    app.handle_event(key(KeyCode::Char('d')));
    assert_eq!(app.contacts().unwrap().focus, None);
    assert!(app.popups.is_empty(), "no hidden contact to delete");
}

#[test]
fn no_key_but_quit_acts_while_the_terminal_is_too_small() {
    let mut app = app_with(ready(), Step::Offer, Theme::color());
    let before = sub_of(&app).clone();
    screen(&app, 30, 8);
    for k in [KeyCode::Down, KeyCode::Enter, KeyCode::Down, KeyCode::Enter] {
        app.handle_event(key(k));
    }
    app.handle_event(key(KeyCode::Delete));
    assert!(app.popups.is_empty() && app.editing().is_none());
    assert_eq!(sub_of(&app), &before, "nothing changed unseen");
    assert_eq!(app.step(), Step::Offer);
    screen(&app, 80, 24);
    app.handle_event(key(KeyCode::Down));
    assert_eq!(
        app.focused_field(),
        Some(FieldId::OfferType),
        "keys act again"
    );
    screen(&app, 30, 8);
    app.handle_event(key(KeyCode::Char('q')));
    assert!(app.should_quit, "q quits, as the screen says");
}

#[test]
fn enter_does_not_flip_a_yes_no_nobody_needs() {
    let mut sub = ready();
    let field = cosell::fields::FIELDS.iter().map(|f| f.id).find(|f| {
        f.kind() == cosell::fields::FieldKind::YesNo
            && matches!(f.need(&sub), cosell::fields::Need::NotNeeded(_))
    });
    let field = field.expect("the ready draft has a yes/no that is not needed");
    field.set(&mut sub, "").unwrap();
    let mut app = app_with(sub, field.step(), Theme::color());
    app.screen.draft_mut().unwrap().focus_on(field);
    app.handle_event(key(KeyCode::Enter));
    assert_eq!(field.get(sub_of(&app)), "", "{field:?} stays unanswered");
    assert!(
        app.status_line
            .as_ref()
            .is_some_and(|(s, _)| s.starts_with("Not needed"))
    );
}

#[test]
fn the_coverage_list_stops_scrolling_at_its_end() {
    let mut sub = with_people(1);
    sub.markets = [
        "US", "CA", "FR", "DE", "NL", "BE", "ES", "IT", "PT", "SE", "NO", "DK",
    ]
    .map(String::from)
    .to_vec();
    let mut app = app_with(sub, Step::Contacts, Theme::color());
    screen(&app, 80, 24);
    for _ in 0..40 {
        app.handle_event(key(KeyCode::Char(']')));
        screen(&app, 80, 24);
    }
    let end = app.contacts().unwrap().coverage_scroll;
    assert!(end > 0 && end < 12, "stopped at the last page: {end}");
    app.handle_event(key(KeyCode::Char('[')));
    assert_eq!(
        app.contacts().unwrap().coverage_scroll,
        end - 1,
        "one [ scrolls back at once"
    );
}
