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
    assert_eq!(app.step(), Step::Review);
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

/// A finished Dynamics 365 Customer Engagement draft on ISV Connect Standard, in the drafts folder.
fn d365_draft(env: &Env) {
    let mut sub = ready_submission(&env.dir.path().display().to_string());
    sub.offer.offer_type = Some(cosell::model::OfferType::Dynamics365CustomerEngagement);
    sub.partner.isv_connect = Some(cosell::model::IsvConnect::Standard);
    sub.x_last_step = Some("review".into());
    std::fs::create_dir_all(env.home()).unwrap();
    cosell::store::save(&env.home().join("d365.json"), &sub).unwrap();
}

fn status_id(env: &Env, draft: &str) -> String {
    let out = env.cosell(&["status", draft, "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    v["status"].as_str().unwrap_or_default().to_string()
}

#[test]
fn back_reaches_the_isv_tier_of_a_finished_dynamics_draft_and_premium_is_reached() {
    let env = Env::new();
    d365_draft(&env);
    assert_eq!(status_id(&env, "d365"), "co_sell_ready");
    // Resumes at ISV Connect (the field of the first unmet requirement); Enter keeps Standard and
    // moves on to the Listing; back returns over the fields that do not apply to Dynamics 365
    // (Gold competency) to the ISV tier, never forward.
    let input = "\nback\nback\n\nPremium\nquit\n";
    let out = env.cosell_stdin(&["--plain", "--draft", "d365"], input);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let prompts: Vec<&str> = text
        .lines()
        .filter(|l| l.contains("), now: "))
        .map(|l| l.split(" (").next().unwrap_or(""))
        .collect();
    assert_eq!(
        prompts,
        [
            "ISV Connect",
            "Microsoft platforms",
            "ISV Connect",
            "Business profile",
            "ISV Connect",
            "Microsoft platforms"
        ],
        "{text}"
    );
    assert!(text.contains("ISV Connect: Premium"), "read back: {text}");
    assert_eq!(status_id(&env, "d365"), "biz_apps_isv_connect_premium");
}

#[test]
fn step_2_jumps_and_a_field_number_edits_that_field() {
    let env = Env::new();
    d365_draft(&env);
    // step 2 is the Listing; fields lists it; 3 is the solution type; `service` is part of
    // "Managed service" but the whole name of "Service", which wins; edit 1 is the platforms.
    let input = "step 2\nfields\n3\nservice\nedit 1\ndynamics\nquit\n";
    let out = env.cosell_stdin(&["--plain", "--draft", "d365"], input);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("== Step 2 of 7: Listing =="), "{text}");
    assert!(text.contains("Fields of step 2 (Listing):"), "{text}");
    assert!(
        text.contains("  3. Solution type: IP (application)"),
        "{text}"
    );
    assert!(text.contains("Solution type: Service"), "{text}");
    assert!(
        text.contains("Microsoft platforms: Microsoft Dynamics 365"),
        "{text}"
    );
    let sub = cosell::store::load(&env.home().join("d365.json")).unwrap();
    assert_eq!(
        sub.listing.solution_type,
        Some(cosell::model::SolutionType::Service)
    );
    assert_eq!(sub.listing.microsoft_platforms, ["Microsoft Dynamics 365"]);
}

#[test]
fn an_ambiguous_part_lists_its_matches() {
    let env = Env::new();
    let out = env.cosell_stdin(
        &["--plain"],
        "2021-02\nAmbiguous\ndynamics\nbusiness central\n",
    );
    let text = stdout(&out);
    assert!(
        text.contains("\"dynamics\" matches 9. Dynamics 365 Customer Engagement & Power Apps, 10. Dynamics 365 Finance & Operations, 11. Dynamics 365 Business Central"),
        "{text}"
    );
    assert!(
        text.contains("Offer type: Dynamics 365 Business Central"),
        "{text}"
    );
}

#[test]
fn status_and_review_speak_in_words() {
    let env = Env::new();
    d365_draft(&env);
    let out = env.cosell_stdin(&["--plain", "--draft", "d365"], "status\nstep 7\n");
    let text = stdout(&out);
    let first = text
        .lines()
        .find(|l| l.starts_with("Status: "))
        .unwrap_or_default();
    assert!(
        first.starts_with("Status: Co-sell ready. ")
            && first.contains("Next: ISV Connect Premium enrollment"),
        "one line first: {first}"
    );
    for id in ["CSR-", "BIZ-", "IP-", "partner.", "documents.", "offer."] {
        assert!(!text.contains(id), "{id} in plain mode's words:\n{text}");
    }
}

#[test]
fn navigation_words_at_the_export_prompt_are_commands() {
    let env = Env::new();
    d365_draft(&env);
    let out = env.cosell_stdin(
        &["--plain", "--draft", "d365"],
        "step 7\nback\nstep 7\nskip\n",
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    let names: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    for word in ["back", "skip", "step 7"] {
        assert!(!names.contains(&word.to_string()), "{word} became a file");
    }
    assert!(!text.contains("Exported"), "{text}");
    // back from Review goes to the last answerable place before it: Dynamics 365 offers are
    // asked no diagram and no revenue, so that is the contacts list.
    let before_review = text.split("== Step 7 of 7").nth(1).unwrap_or_default();
    assert!(
        before_review.contains("== Step 4 of 7: Contacts per geography =="),
        "{text}"
    );
}

#[test]
fn invalid_utf8_on_a_pipe_stops_with_its_line_and_keeps_what_was_valid() {
    let env = Env::new();
    let out = piped_bytes(
        &env,
        &["--plain"],
        b"2021-02\nBytes\n1\nyes\n\xff\xfeno\nno\n",
    );
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(
        text.contains("line 5 of the input is not valid UTF-8"),
        "{text}"
    );
    assert!(stderr(&out).contains("line 5"), "{}", stderr(&out));
    let sub = cosell::store::load(&env.home().join("bytes.json")).unwrap();
    assert_eq!(sub.offer.offer_type, Some(cosell::model::OfferType::Saas));
    assert_eq!(sub.offer.live, Some(true), "what came before is saved");
    assert_eq!(sub.offer.transactable, None, "nothing after it is taken");
}

#[test]
fn the_same_refused_answer_three_times_ends_a_piped_run() {
    let env = Env::new();
    // `yes | cosell --plain`: no draft, so the edition prompt gets "y" again and again.
    let started = std::time::Instant::now();
    let out = piped_bytes(&env, &["--plain"], "y\n".repeat(100_000).as_bytes());
    assert_eq!(out.status.code(), Some(2));
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert!(out.stdout.len() < 10_000, "{} bytes", out.stdout.len());
    assert!(stderr(&out).contains("refused 3 times"), "{}", stderr(&out));
    // In a draft: the valid answers before it are saved.
    let out = env.cosell_stdin(&["--plain"], "2021-02\nRepeat\n1\ny\ny\nabc\nabc\nabc\ny\n");
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(2), "{text}");
    assert!(text.contains("Stopped: what was valid is saved."), "{text}");
    let sub = cosell::store::load(&env.home().join("repeat.json")).unwrap();
    assert_eq!(sub.offer.transactable, Some(true));
    assert_eq!(
        sub.partner.mpn_id.as_deref(),
        Some("abc"),
        "kept, reported invalid"
    );
    // Refused twice, then a different answer: goes on.
    let out = env.cosell_stdin(
        &["--plain", "--draft", "repeat"],
        "abc\nabc\n4567890\nquit\n",
    );
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
}

#[test]
fn offer_names_are_bounded_and_free_of_control_characters() {
    let env = Env::new();
    let long = "x".repeat(201);
    let input =
        format!("2021-02\n{long}\nEvil\u{1b}]0;title\u{7}\nOk name\n\n-\nBetter name\nquit\n");
    let out = env.cosell_stdin(&["--plain"], &input);
    let text = stdout(&out);
    assert!(
        text.contains("the offer name is 201 characters; at most 200"),
        "{text}"
    );
    assert!(text.contains("control character \\u{1b}"), "{text}");
    assert!(!out.stdout.contains(&0x1b), "never echoed raw");
    assert!(env.home().join("ok-name.json").exists(), "{text}");
    // A file that holds one loads, says so, and shows it escaped.
    let mut sub = ready_submission(&env.dir.path().display().to_string());
    sub.offer.name = Some("Bad\u{1b}[2Jname".into());
    cosell::store::save(&env.home().join("bad.json"), &sub).unwrap();
    let out = env.cosell(&["status", "bad"]);
    let text = stdout(&out);
    assert!(!out.stdout.contains(&0x1b));
    assert!(text.contains("Bad\\u{1b}[2Jname"), "{text}");
    assert!(text.contains("control character"), "{text}");
    let out = env.cosell_stdin(&["--plain", "--draft", "bad"], "status\n");
    assert!(!out.stdout.contains(&0x1b));
    assert!(stdout(&out).contains("control character"));
}

/// Runs cosell with these bytes on a pipe; the writer gives up quietly when cosell stops reading.
fn piped_bytes(env: &Env, args: &[&str], bytes: &[u8]) -> std::process::Output {
    use std::io::Write;
    let mut child = env
        .command(args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    let bytes = bytes.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().unwrap();
    let _ = writer.join();
    out
}

#[test]
fn back_in_the_contact_form_returns_to_the_column_before() {
    let env = Env::new();
    d365_draft(&env);
    // At the contacts: add one, go back from Email to Name, finish it; a delete answered with
    // back is a no; quit at the draft menu leaves without creating anything.
    let input = "step 4\n\na\nBo\nback\nBo Diddley\nbo@contoso.example\nSales\nsales\nUS\n\nd 2\nback\nquit\n";
    let out = env.cosell_stdin(&["--plain", "--draft", "d365"], input);
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Name [Bo]:"),
        "back shows the name again: {text}"
    );
    let sub = cosell::store::load(&env.home().join("d365.json")).unwrap();
    assert_eq!(sub.contacts.len(), 2, "added, and not deleted");
    assert_eq!(sub.contacts[1].name, "Bo Diddley");
    let out = env.cosell_stdin(&["--plain"], "quit\n");
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("Nothing was created."));
}
