//! Plain mode from a piped answers file: a complete submission to Co-sell ready, no escape bytes,
//! end of input handled, the same draft readable by `cosell status` and the TUI.

mod common;
use common::*;

use cosell::fields::{FIELDS, FieldId, FieldKind, Need, Step};

fn answers(dir: &std::path::Path) -> String {
    let d = dir.display();
    [
        "2021-02",          // rules edition
        "Contoso Insights", // offer name for the new draft: asked once
        "13",
        "software", // offer type: out of range, then a part of its name
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
        "",  // area 2: empty, so area 3 and the sub-areas are not asked
        &format!("{d}/missing.pdf"),
        &format!("{d}/one-pager.pdf"),
        &format!("{d}/deck.pptx"),
        "",       // case study: one Enter skips the remaining optional documents
        "",       // landing page
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
        "skip",     // kit: a command, not a folder
    ]
    .join("\n")
        + "\n"
}

/// Every slot filled: three areas with their sub-areas, every optional document, five others.
fn full_answers(dir: &std::path::Path) -> String {
    let d = dir.display();
    let pdf = format!("{d}/one-pager.pdf");
    let mut lines: Vec<String> = [
        "2021-02",
        "Contoso Insights",
        "1",
        "y",
        "y",
        "4567890",
        "y",
        "y",
        "1",
        "3",
        "2",
        "1",
        "1",
        "2",
        "1",
        "3",
        "1",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect();
    // One-pager, deck, three optional documents and five others.
    lines.push(pdf.clone());
    lines.push(format!("{d}/deck.pptx"));
    lines.extend(std::iter::repeat_n(pdf, 8));
    lines.extend(
        [
            "https://contoso.example",
            "US",
            "",
            "",
            "1000",
            "",
            "80",
            "skip",
        ]
        .iter()
        .map(|s| s.to_string()),
    );
    lines.join("\n") + "\n"
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
    let out = env.cosell_stdin(&["--plain"], "\nHalf Done\n1\n");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("End of input: draft saved."), "{text}");
    let draft = std::fs::read_to_string(env.home().join("half-done.json")).unwrap();
    assert!(draft.contains("\"offer_type\": \"saas\""));
    // Continue where it stopped: the menu offers the draft, which resumes at the field of its
    // first unmet requirement (not at the start, not at Review), with the status in one line.
    let out = env.cosell_stdin(&["--plain"], "1\n\ny\n");
    let text = stdout(&out);
    assert!(text.contains("1. Half Done"), "{text}");
    assert!(
        text.contains("Status: Not in market. 1 of "),
        "one-line summary first: {text}"
    );
    let resumed = text.find("\nPartner ID (formerly MPN ID) (required), now: not answered");
    assert!(resumed.is_some(), "{text}");
    assert!(!text.contains("\nOffer type ("), "{text}");
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
    let text = stdout(&env.cosell_stdin(&["--plain"], &full_answers(env.dir.path())));
    assert!(text.contains("Offer name for the new draft"));
    let store = cosell::store::DraftStore::at(env.home());
    let sub = cosell::store::load(&store.path_of("contoso-insights")).unwrap();
    let edition = sub.rules;
    let asked: Vec<&cosell::fields::FieldDef> = FIELDS
        .iter()
        .filter(|f| f.id.need(&sub) != Need::Absent && f.kind != FieldKind::Contacts)
        .collect();
    for f in asked.iter().filter(|f| f.id != FieldId::OfferName) {
        assert!(
            text.contains(&format!("\n{}", f.label(edition).trim())),
            "plain mode never shows {:?}\n{text}",
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
