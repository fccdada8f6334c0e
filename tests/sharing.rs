//! Drafts a team keeps in git: documents inside the draft's folder are stored relative to it
//! however they were chosen, a clone gives the same status, opening and quitting leaves the work
//! tree clean (no lock file, no rewrite), and documents from elsewhere can be copied in.

mod common;
use common::*;

use std::path::Path;
use std::process::Command;

use cosell::fields::FieldId;
use cosell::model::DocSlot;
use cosell::session::DraftSession;
use cosell::store::DraftStore;

fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .args([
            "-c",
            "user.name=Test",
            "-c",
            "user.email=test@contoso.example",
        ])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs (the test needs git on the PATH)");
    assert!(
        out.status.success(),
        "git {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A repository holding `offer.json` (ready but for its documents) and `docs/` with them.
fn repository(env: &Env) -> std::path::PathBuf {
    let repo = env.path("repo");
    std::fs::create_dir_all(repo.join("docs")).unwrap();
    write_documents(&repo.join("docs"));
    git(&repo, &["init", "-q"]);
    let mut sub = ready_submission("unused");
    sub.rules = cosell::model::Edition::E2021_02;
    sub.documents.one_pager = None;
    sub.documents.pitch_deck = None;
    sub.documents.reference_architecture_diagram = None;
    cosell::store::save(&repo.join("offer.json"), &sub).unwrap();
    repo
}

fn status_json(env: &Env, draft: &Path, cwd: &Path) -> serde_json::Value {
    let out = env
        .command(&["status", &draft.display().to_string(), "--json"])
        .current_dir(cwd)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn plain_in(env: &Env, cwd: &Path, draft: &Path, input: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = env
        .command(&["--plain", "--draft", &draft.display().to_string()])
        .current_dir(cwd)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(input.as_bytes()).unwrap();
    drop(stdin);
    child.wait_with_output().unwrap()
}

#[test]
fn a_draft_committed_with_its_documents_gives_the_same_status_in_a_clone() {
    let env = Env::new();
    let repo = repository(&env);
    let draft = repo.join("offer.json");
    let r = repo.display();
    // Typed absolute, typed relative to where cosell runs, and named through `..`: all three are
    // inside the draft's folder, so all three are stored relative to it.
    let input = format!(
        "{r}/docs/one-pager.pdf\ndocs/deck.pptx\n\n\nstep 5\n{r}/docs/../docs/architecture.png\nquit\n"
    );
    let out = plain_in(&env, &repo, &draft, &input);
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let text = std::fs::read_to_string(&draft).unwrap();
    for stored in [
        "\"path\": \"docs/one-pager.pdf\"",
        "\"path\": \"docs/deck.pptx\"",
        "\"path\": \"docs/architecture.png\"",
    ] {
        assert!(text.contains(stored), "{stored} in\n{text}");
    }
    let here = status_json(&env, &draft, &repo);
    assert_eq!(here["status"], "azure_ip_co_sell_incentivized", "{here}");

    std::fs::write(repo.join(".gitignore"), "*.lock\n").unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "offer"]);
    let clone = env.path("elsewhere/clone");
    git(
        env.dir.path(),
        &[
            "clone",
            "-q",
            &repo.display().to_string(),
            &clone.display().to_string(),
        ],
    );
    // From another folder, as another user would run it.
    let there = status_json(&env, &clone.join("offer.json"), env.dir.path());
    assert_eq!(there, here, "the clone's status is the original's");

    // Opening and quitting, in plain mode and in the wizard, leaves the clone's tree clean.
    let out = plain_in(&env, &clone, &clone.join("offer.json"), "quit\n");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = plain_in(&env, &clone, &clone.join("offer.json"), "");
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    {
        let store = DraftStore::at(env.home());
        let mut app = cosell::tui::app::App::new(store, cosell::tui::theme::Theme::mono());
        app.open(&clone.join("offer.json").display().to_string())
            .unwrap();
    }
    assert!(
        !clone.join("offer.json.lock").exists(),
        "a clean quit removes the lock"
    );
    assert_eq!(git(&clone, &["status", "--porcelain", "--ignored"]), "");
}

#[test]
fn a_document_from_elsewhere_can_be_copied_into_the_drafts_folder() {
    let env = Env::new();
    let repo = repository(&env);
    let store = DraftStore::at(env.home());
    let mut s = DraftSession::open_path(&store, &repo.join("offer.json")).unwrap();
    let outside = env.path("one-pager.pdf").display().to_string();
    let field = FieldId::Doc(DocSlot::OnePager);
    s.set(field, &outside).unwrap();
    assert_eq!(
        s.sub().documents.one_pager.as_ref().unwrap().path,
        outside,
        "outside the folder: absolute, as typed"
    );
    assert!(s.is_outside_folder(field));
    let stored = s.copy_into_folder(field).unwrap();
    assert_eq!(stored, "documents/one-pager.pdf");
    assert!(!s.is_outside_folder(field));
    let copy = repo.join("documents/one-pager.pdf");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(&outside).unwrap()
    );
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&copy).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // The same file again reuses the copy; another file of the same name gets a free one.
    s.set(field, &outside).unwrap();
    assert_eq!(
        s.copy_into_folder(field).unwrap(),
        "documents/one-pager.pdf"
    );
    std::fs::create_dir_all(env.path("other")).unwrap();
    std::fs::write(env.path("other/one-pager.pdf"), pdf(2)).unwrap();
    s.set(
        field,
        &env.path("other/one-pager.pdf").display().to_string(),
    )
    .unwrap();
    assert_eq!(
        s.copy_into_folder(field).unwrap(),
        "documents/one-pager-2.pdf"
    );
    assert!(s.report().problems.is_empty(), "{:?}", s.report().problems);
    // A stored relative path given back as it is (an edit kept unchanged) stays relative to the
    // draft, though cosell runs in another folder.
    let before = s.sub().clone();
    assert_eq!(s.set(field, "documents/one-pager-2.pdf"), Ok(false));
    assert_eq!(s.sub(), &before);
    // Nothing to copy: said, not a panic.
    assert!(
        s.copy_into_folder(FieldId::Doc(DocSlot::CaseStudy))
            .is_err()
    );
    s.close().unwrap();
}

#[test]
fn the_lock_lives_while_the_draft_is_open_and_goes_with_a_clean_quit() {
    let env = Env::new();
    let repo = repository(&env);
    let store = DraftStore::at(env.home());
    let lock = repo.join("offer.json.lock");
    let s = DraftSession::open_path(&store, &repo.join("offer.json")).unwrap();
    assert!(lock.exists());
    assert!(matches!(
        DraftSession::open_path(&store, &repo.join("offer.json")),
        Err(cosell::store::StoreError::Locked { .. })
    ));
    s.close().unwrap();
    assert!(!lock.exists());
    // A lock left by a killed process is taken over, and removed by the next clean quit.
    std::fs::write(&lock, "999999").unwrap();
    let s = DraftSession::open_path(&store, &repo.join("offer.json")).unwrap();
    assert_eq!(
        std::fs::read_to_string(&lock).unwrap(),
        std::process::id().to_string()
    );
    drop(s);
    assert!(!lock.exists());
}

#[test]
fn plain_mode_offers_the_copy_too() {
    let env = Env::new();
    let repo = repository(&env);
    let draft = repo.join("offer.json");
    let outside = env.path("one-pager.pdf").display().to_string();
    let out = plain_in(&env, &repo, &draft, &format!("{outside}\nyes\nquit\n"));
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("outside the draft's folder"), "{text}");
    assert!(
        text.contains("the draft now uses documents/one-pager.pdf"),
        "{text}"
    );
    let sub = cosell::store::load(&draft).unwrap();
    assert_eq!(
        sub.documents.one_pager.unwrap().path,
        "documents/one-pager.pdf"
    );
}

#[test]
fn list_into_a_pipe_prints_whole_names_and_json_times_carry_their_offset() {
    let env = Env::new();
    let long = "Contoso Insights Enterprise Analytics Platform for Very Large Organisations";
    let out = env.cosell_stdin(&["--plain"], &format!("\n{long}\nquit\n"));
    assert_eq!(out.status.code(), Some(0), "{}", stdout(&out));
    let out = env.cosell(&["list"]);
    let text = stdout(&out);
    assert!(text.contains(long), "{text}");
    assert!(
        text.contains("contoso-insights-enterprise-analytics-platform-for-very-larg "),
        "{text}"
    );
    assert!(!text.contains('…'), "nothing cut into a pipe: {text}");
    let out = env.cosell(&["list", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let modified = v[0]["modified"].as_str().unwrap().to_string();
    // RFC 3339: 2026-11-26T12:19:30Z or …+01:00.
    let b = modified.as_bytes();
    assert!(
        modified.len() >= 20 && b[4] == b'-' && b[10] == b'T' && b[13] == b':',
        "{modified}"
    );
    assert!(
        modified.ends_with('Z') || matches!(b[b.len() - 6], b'+' | b'-'),
        "{modified}"
    );
}

#[test]
fn list_and_the_drafts_screen_read_relative_documents_against_the_draft_from_any_folder() {
    let env = Env::new();
    let home = env.home();
    std::fs::create_dir_all(home.join("docs")).unwrap();
    write_documents(&home.join("docs"));
    let mut sub = ready_submission("docs");
    sub.rules = cosell::model::Edition::E2021_02;
    cosell::store::save(&home.join("rel.json"), &sub).unwrap();
    let want = status_json(&env, &home.join("rel.json"), &home)["status"].clone();
    assert_eq!(want, "azure_ip_co_sell_incentivized");
    for cwd in [home.clone(), std::path::PathBuf::from("/")] {
        let out = env
            .command(&["list", "--json"])
            .current_dir(&cwd)
            .output()
            .unwrap();
        let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!(rows[0]["status"], want, "list from {cwd:?}");
    }
    let store = DraftStore::at(&home);
    let app = cosell::tui::app::App::new(store, cosell::tui::theme::Theme::mono());
    let screen = cosell::tui::render_text(&app, 100, 30);
    assert!(
        screen.contains("Azure IP co-sell incentiv") && screen.contains("100%"),
        "{screen}"
    );
}
