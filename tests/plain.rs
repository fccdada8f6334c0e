//! Plain mode from a piped answers file: a complete submission to Co-sell ready, no escape bytes,
//! end of input handled, the same draft readable by `cosell status` and the TUI.

mod common;
use common::*;

use cosell::fields::{FIELDS, FieldKind, Need, Step};

fn answers(dir: &std::path::Path) -> String {
    let d = dir.display();
    [
        "2021-02",          // rules edition
        "Contoso Insights", // offer name for the new draft
        "",                 // Offer name: keep
        "13",
        "1", // offer type: out of range, then SaaS
        "y",
        "y", // live, transactable
        "45a",
        "4567890", // MPN ID: invalid, then valid
        "y",
        "y", // account, profile
        "1",
        "3",
        "2", // platforms, segments, solution type
        "1",
        "1", // area 1 and its first sub-area
        "",
        "",
        "",
        "", // areas 2 and 3
        &format!("{d}/missing.pdf"),
        &format!("{d}/one-pager.pdf"),
        &format!("{d}/deck.pptx"),
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",
        "",       // optional documents and landing page
        "US, ca", // markets
        "a",
        "Ada Lovelace",
        "ada@",
        "ada@contoso.example",
        "Sales lead",
        "2",
        "US, CA",
        "",
        "", // contacts: next step
        "", // diagram
        "",
        "",
        "",         // revenue
        "out.json", // export
    ]
    .join("\n")
        + "\n"
}

#[test]
fn a_piped_answers_file_reaches_co_sell_ready() {
    let env = Env::new();
    let out = env.cosell_stdin(&["--plain"], &answers(env.dir.path()));
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{}\n{text}", stderr(&out));
    assert!(!out.stdout.contains(&0x1b), "no escape bytes in plain mode");
    assert!(
        text.contains("Enter a number between 1 and 12"),
        "re-asks out-of-range numbers"
    );
    assert!(text.contains("\"45a\" must be digits only"));
    assert!(text.contains("missing.pdf does not exist"));
    assert!(text.contains("\"ada@\" is not a valid address"));
    assert!(text.contains("Status: Co-sell ready"));
    assert!(text.contains("Exported to out.json."));

    let status = env.cosell(&["status", "contoso-insights", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&status.stdout).unwrap();
    assert_eq!(v["status"], "co_sell_ready", "cosell status agrees");
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("out.json")).unwrap()).unwrap();
    assert_eq!(export["status"]["status"], "co_sell_ready");

    // The TUI opens the same draft, at the step plain mode left it on.
    let store = cosell::store::DraftStore::at(env.home());
    let mut app = cosell::tui::app::App::new(store.clone(), cosell::tui::theme::Theme::mono());
    app.open("contoso-insights").unwrap();
    assert_eq!(app.step, Step::Review);
    assert_eq!(
        app.session().unwrap().report().status,
        cosell::status::Status::CoSellReady
    );
}

#[test]
fn end_of_input_saves_and_exits_cleanly() {
    let env = Env::new();
    let out = env.cosell_stdin(&["--plain"], "\nHalf Done\n\n1\n");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("End of input: draft saved."), "{text}");
    let draft = std::fs::read_to_string(env.home().join("half-done.json")).unwrap();
    assert!(draft.contains("\"offer_type\": \"saas\""));
    // Continue where it stopped: the menu offers the draft, and the Offer step resumes.
    let out = env.cosell_stdin(&["--plain"], "1\n\ny\n");
    let text = stdout(&out);
    assert!(text.contains("1. Half Done"), "{text}");
    assert!(
        text.contains("Offer type (required), now: Software as a service"),
        "{text}"
    );
    let out = env.cosell_stdin(&["--plain"], "");
    assert!(stdout(&out).contains("nothing was created"));
}

#[test]
fn a_non_terminal_picks_plain_mode_automatically() {
    let env = Env::new();
    let out = env.cosell_stdin(&[], "");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("plain mode"));
}

#[test]
fn every_field_exists_in_both_front_ends() {
    // Plain: every field the draft's edition asks is asked (or said to be not needed).
    let env = Env::new();
    let text = stdout(&env.cosell_stdin(&["--plain"], &answers(env.dir.path())));
    let store = cosell::store::DraftStore::at(env.home());
    let sub = cosell::store::load(&store.path_of("contoso-insights")).unwrap();
    let edition = sub.rules;
    let asked: Vec<&cosell::fields::FieldDef> = FIELDS
        .iter()
        .filter(|f| f.id.need(&sub) != Need::Absent && f.kind != FieldKind::Contacts)
        .collect();
    for f in &asked {
        assert!(
            text.contains(&format!("\n{}", f.label(edition).trim())),
            "plain mode never shows {:?}",
            f.label(edition)
        );
    }
    // TUI: every field is drawn on its step.
    let mut seen = String::new();
    for step in Step::WIZARD {
        let mut a = cosell::tui::app::App::new(store.clone(), cosell::tui::theme::Theme::mono());
        a.with_submission(sub.clone(), step);
        let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 60)).unwrap();
        term.draw(|f| cosell::tui::render(&a, f)).unwrap();
        let buf = term.backend().buffer().clone();
        for y in 0..60 {
            for x in 0..200 {
                seen.push_str(buf[(x, y)].symbol());
            }
            seen.push('\n');
        }
    }
    for f in &asked {
        assert!(
            seen.contains(f.label(edition).trim()),
            "the TUI never shows {:?}",
            f.label(edition)
        );
    }
}
