//! Trust, as an adversarial user would test it: outputs never destroy anything, nothing is leaked
//! or injected, nothing is misread. Grouped by the headings of the issue that asked for it.

mod common;
use common::*;

use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

fn mkfifo(path: &Path) {
    let ok = Command::new("mkfifo").arg(path).status().unwrap().success();
    assert!(ok, "mkfifo");
}

fn is_fifo(path: &Path) -> bool {
    use std::os::unix::fs::FileTypeExt;
    std::fs::symlink_metadata(path)
        .map(|m| m.file_type().is_fifo())
        .unwrap_or(false)
}

/// Runs cosell under `sh` with a shell prefix (ulimit, trap).
fn cosell_sh(env: &Env, prefix: &str, args: &str, stdin: &str) -> std::process::Output {
    use std::io::Write;
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "{prefix} exec '{}' {args}",
            env!("CARGO_BIN_EXE_cosell")
        ))
        .current_dir(env.dir.path())
        .env("COSELL_HOME", env.home())
        .env_remove("TERM")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(stdin.as_bytes())
        .unwrap();
    child.wait_with_output().unwrap()
}

fn draft_in_home(env: &Env, name: &str) -> std::path::PathBuf {
    std::fs::create_dir_all(env.home()).unwrap();
    let p = env.home().join(format!("{name}.json"));
    std::fs::write(&p, spec_example(env.dir.path())).unwrap();
    p
}

const CSV: &str = "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nBo,bo@contoso.example,Sales,Partner sales,\"US, CA\",\n";

// ----- Outputs never destroy anything -----

#[test]
fn no_output_replaces_a_draft_or_a_lock_whatever_path_names_it() {
    let env = Env::new();
    let draft = draft_in_home(&env, "contoso");
    let before = std::fs::read(&draft).unwrap();
    let elsewhere = env.write("mine.json", &spec_example(env.dir.path()));
    let mine = std::fs::read(&elsewhere).unwrap();
    std::os::unix::fs::symlink(&draft, env.path("link.json")).unwrap();
    std::fs::write(env.home().join("contoso.json.lock"), "1").unwrap();
    let home = env.home().display().to_string();
    let targets = [
        format!("{home}/contoso.json"),
        format!("{home}/../home/contoso.json"),
        "link.json".to_string(),
        format!("{home}/contoso.json.lock"),
        format!("{home}/new.json"),
    ];
    for target in &targets {
        for args in [
            vec!["contacts", "export", "contoso", "-o", target],
            vec!["export", "contoso", "-o", target],
            vec!["contacts", "template", "-o", target],
        ] {
            let out = env.cosell(&args);
            assert_eq!(out.status.code(), Some(2), "{args:?}: {}", stderr(&out));
            assert!(
                stderr(&out).contains("refused"),
                "{args:?}: {}",
                stderr(&out)
            );
        }
    }
    // The draft being edited is refused wherever it lives.
    let out = env.cosell(&["contacts", "export", "mine.json", "-o", "mine.json"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&draft).unwrap(), before);
    assert_eq!(std::fs::read(&elsewhere).unwrap(), mine);
    assert!(!env.home().join("new.json").exists());
}

#[test]
fn dash_is_standard_output_and_a_fifo_is_written_into_not_replaced() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["export", "it.json", "-o", "-"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"]["status"], "azure_ip_co_sell_incentivized");
    let out = env.cosell(&["contacts", "export", "it.json", "-o", "-", "--unix"]);
    assert!(stdout(&out).starts_with("Name,Email"), "{}", stdout(&out));

    let fifo = env.path("pipe.json");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let out = env.cosell(&["export", "it.json", "-o", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = reader.join().unwrap();
    assert!(text.contains("\"exported_at\""), "{text}");
    assert!(is_fifo(&fifo), "the FIFO is still a FIFO");
    let out = env.cosell(&["export", "it.json", "-o", "/dev/null"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(!std::fs::metadata("/dev/null").unwrap().is_file());
}

#[test]
fn locks_only_for_drafts_never_through_symlinks_and_one_per_real_file() {
    let env = Env::new();
    let out = env.cosell(&["status", "one-pager.pdf"]);
    assert_eq!(out.status.code(), Some(2));
    env.write("x.csv", CSV);
    let out = env.cosell(&["contacts", "import", "one-pager.pdf", "x.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        !env.path("one-pager.pdf.lock").exists(),
        "no lock for a file that is not a draft"
    );

    // A lock file that is a symlink is not followed; one that is a directory is named.
    env.write("d.json", &spec_example(env.dir.path()));
    std::os::unix::fs::symlink(env.path("victim.txt"), env.path("d.json.lock")).unwrap();
    let out = env.cosell(&["contacts", "import", "d.json", "x.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
    assert!(
        !env.path("victim.txt").exists(),
        "nothing written through the link"
    );
    std::fs::remove_file(env.path("d.json.lock")).unwrap();
    std::fs::create_dir(env.path("d.json.lock")).unwrap();
    let out = env.cosell(&["contacts", "import", "d.json", "x.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("d.json.lock") && stderr(&out).contains("directory"),
        "{}",
        stderr(&out)
    );

    // A draft that is a symlink is written through to its target.
    env.write("target.json", &spec_example(env.dir.path()));
    std::os::unix::fs::symlink("target.json", env.path("alias.json")).unwrap();
    let out = env.cosell(&["contacts", "import", "alias.json", "x.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        std::fs::symlink_metadata(env.path("alias.json"))
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(
        std::fs::read_to_string(env.path("target.json"))
            .unwrap()
            .contains("bo@contoso.example")
    );
    // A clean exit removes the lock (taken beside the target), and none is made for the link.
    assert!(!env.path("target.json.lock").exists() && !env.path("alias.json.lock").exists());
}

#[test]
fn nothing_is_saved_that_cannot_be_read_back_and_inputs_are_capped() {
    let env = Env::new();
    env.write("d.json", &spec_example(env.dir.path()));
    let before = std::fs::read(env.path("d.json")).unwrap();

    // More contacts than a draft may hold: refused before anything is written.
    let mut big = String::from("Name,Email,Job title,Role,Countries/Regions\n");
    for i in 0..200_001 {
        big.push_str(&format!(
            "C{i},c{i}@contoso.example,Sales,Partner sales,US\n"
        ));
    }
    env.write("big.csv", &big);
    let out = env.cosell(&["contacts", "import", "d.json", "big.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than 200000 contacts"),
        "{}",
        stderr(&out)
    );
    assert_eq!(std::fs::read(env.path("d.json")).unwrap(), before);

    // Thousands of bad rows: the first 1,000 and a count.
    let mut bad = String::from("Name,Email,Job title,Role,Countries/Regions\n");
    for i in 0..5_000 {
        bad.push_str(&format!("C{i},nope,Sales,Partner sales,US\n"));
    }
    env.write("bad.csv", &bad);
    let out = env.cosell(&["contacts", "import", "d.json", "bad.csv", "--yes"]);
    let err = stderr(&out);
    assert!(
        err.contains("5000 problems") && err.contains("and 4000 more"),
        "{}",
        &err[..300.min(err.len())]
    );
    assert!(err.lines().count() < 1_100);

    // Non-regular inputs are refused up front.
    let out = env.cosell(&["contacts", "import", "d.json", "/dev/zero", "--yes"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a device"), "{}", stderr(&out));
    let out = env.cosell(&["status", "/dev/zero"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("a device"), "{}", stderr(&out));

    // Two million `{}` contacts in 6 MB: refused quickly, in little memory (capped at 512 MB).
    let mut huge = String::from("{\"format\": \"cosell-submission/1\", \"contacts\": [");
    huge.push_str(&"{},".repeat(2_000_000));
    huge.push_str("{}]}");
    env.write("huge.json", &huge);
    let start = Instant::now();
    let out = cosell_sh(&env, "ulimit -v 524288;", "status huge.json", "");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("more than 200000 contacts"),
        "{}",
        stderr(&out)
    );
    assert!(start.elapsed() < Duration::from_secs(20));
}

#[test]
fn a_failed_save_is_never_followed_by_a_silent_quit() {
    let env = Env::new();
    // A new draft whose first save fails leaves nothing behind.
    let out = cosell_sh(&env, "trap '' XFSZ; ulimit -f 0;", "--plain", "\nDoomed\n");
    assert_ne!(
        out.status.code(),
        Some(0),
        "{}\n{}",
        stdout(&out),
        stderr(&out)
    );
    assert!(!env.home().join("doomed.json").exists());
    assert!(
        stderr(&out).contains("too large to write here") || stderr(&out).contains("not saved"),
        "{}",
        stderr(&out)
    );

    // Plain mode on an existing draft: every save fails; it says so and exits non-zero.
    let out = env.cosell_stdin(&["--plain"], "\nKept\n");
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let before = std::fs::read(env.home().join("kept.json")).unwrap();
    // 512 bytes: the lock's pid fits, the draft does not.
    let out = cosell_sh(
        &env,
        "trap '' XFSZ; ulimit -f 1;",
        "--plain --draft kept",
        // It resumes at the offer type, the first required field not answered.
        "1\nsave\nquit\n",
    );
    let text = stdout(&out);
    assert_ne!(out.status.code(), Some(0), "{text}");
    assert!(text.contains("NOT SAVED"), "{text}");
    assert!(!text.contains("Saved "), "never says saved: {text}");
    assert!(!text.contains("Draft saved"), "{text}");
    assert_eq!(std::fs::read(env.home().join("kept.json")).unwrap(), before);
}

#[test]
fn the_wizard_asks_before_quitting_with_unsaved_changes() {
    use cosell::tui::{action::Action, app::App, popups::Popup, theme::Theme};
    let env = Env::new();
    let store = cosell::store::DraftStore::at(env.home().join("drafts"));
    let s = cosell::session::DraftSession::create(
        &store,
        "Lost",
        cosell::model::Edition::E2023_08,
        false,
    )
    .unwrap();
    drop(s);
    let mut app = App::new(store.clone(), Theme::mono());
    app.open("lost").unwrap();
    // The folder goes away under it: every save fails from now on.
    app.session().unwrap().flush().unwrap();
    std::fs::remove_dir_all(env.home().join("drafts")).unwrap();
    app.set_field(cosell::fields::FieldId::MpnId, "123");
    app.update(Action::Quit);
    match app.popups.last() {
        Some(Popup::Confirm { title, lines, .. }) => {
            assert_eq!(title, "Quit without saving?");
            assert!(
                lines
                    .iter()
                    .any(|l| l.contains("not saved") || l.contains("NOT saved")),
                "{lines:?}"
            );
        }
        _ => panic!("quitting with a failed save asks"),
    }
    assert!(!app.should_quit);
    app.update(Action::Cancel);
    assert!(!app.should_quit, "Esc stays");
}

// ----- Nothing leaked or injected -----

#[test]
fn control_characters_from_files_never_reach_the_terminal_raw() {
    let env = Env::new();
    let evil = "Contoso\u{1b}]0;pwned\u{7}\u{1b}[2J\u{9b}31m";
    let text = spec_example(env.dir.path())
        .replace(
            "Contoso Insights",
            &evil
                .replace('\u{1b}', "\\u001b")
                .replace('\u{7}', "\\u0007")
                .replace('\u{9b}', "\\u009b"),
        )
        .replace("\"Ada Lovelace\"", "\"Ada\\u001b[31m\"");
    std::fs::create_dir_all(env.home()).unwrap();
    std::fs::write(env.home().join("evil.json"), &text).unwrap();
    let bad_csi = |b: &[u8]| b.contains(&0x1b) || String::from_utf8_lossy(b).contains('\u{9b}');
    for args in [
        vec!["list"],
        vec!["list", "--json"],
        vec!["status", "evil"],
        vec!["status", "evil", "--compare"],
        vec!["contacts", "export", "evil", "-o", "-"],
    ] {
        let out = env.cosell(&args);
        assert!(
            !bad_csi(&out.stdout) || args.contains(&"--json") || args.contains(&"-o"),
            "{args:?}: raw escape on stdout"
        );
        assert!(!bad_csi(&out.stderr), "{args:?}: raw escape on stderr");
    }
    let out = env.cosell(&["status", "evil"]);
    assert!(
        stdout(&out).contains("\\u{1b}"),
        "shown escaped: {}",
        stdout(&out)
    );
    // Plain mode.
    let out = env.cosell_stdin(&["--plain"], "1\nquit\n");
    assert!(!bad_csi(&out.stdout), "plain mode: {}", stdout(&out));
    // Error messages quote file contents: escaped too.
    let broken = text.replace("\"saas\"", "\"saas\\u001b[2J\"");
    env.write("broken.json", &broken);
    let out = env.cosell(&["status", "broken.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(!bad_csi(&out.stderr), "{}", stderr(&out));
    // A CSV with escapes in a cell: the import's messages are escaped.
    env.write(
        "evil.csv",
        "Name,Email,Job title,Role,Countries/Regions\n\u{1b}[2JBo,bo@,Sales,Partner sales,US\n",
    );
    let out = env.cosell(&["contacts", "import", "evil", "evil.csv", "--yes"]);
    assert!(!bad_csi(&out.stderr), "{}", stderr(&out));
    // The wizard draws no raw control character either.
    let sub = cosell::store::load(&env.home().join("evil.json")).unwrap();
    let mut app = cosell::tui::app::App::new(
        cosell::store::DraftStore::at(env.home()),
        cosell::tui::theme::Theme::mono(),
    );
    for step in cosell::fields::Step::WIZARD {
        app.with_submission(sub.clone(), step);
        let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
        term.draw(|f| cosell::tui::render(&app, f)).unwrap();
        for cell in term.backend().buffer().content() {
            assert!(
                !cell.symbol().chars().any(|c| c.is_control()),
                "{step:?}: {:?}",
                cell.symbol()
            );
        }
    }
}

#[test]
fn csv_exports_neutralise_formulas_and_the_import_says_which_cells_look_like_one() {
    let env = Env::new();
    let text = spec_example(env.dir.path())
        .replace("\"Ada Lovelace\"", "\"=HYPERLINK(\\\"http://x\\\")\"");
    env.write("d.json", &text);
    let out = env.cosell(&["contacts", "export", "d.json", "-o", "c.csv"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let csv = std::fs::read_to_string(env.path("c.csv")).unwrap();
    assert!(csv.starts_with('\u{feff}'), "Excel's byte-order mark");
    assert!(csv.contains("\r\n"), "Windows line ends");
    assert!(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), "{csv}");
    let out = env.cosell(&["contacts", "import", "d.json", "c.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let back = std::fs::read_to_string(env.path("d.json")).unwrap();
    assert!(
        back.contains("\"name\": \"=HYPERLINK(\\\"http://x\\\")\""),
        "round trip: {back}"
    );
    env.write("f.csv", "Name,Email,Job title,Role,Countries/Regions\n+cmd,bo@contoso.example,@SUM(1),Partner sales,US\n");
    let out = env.cosell(&["contacts", "import", "d.json", "f.csv", "--yes"]);
    let err = stderr(&out);
    assert!(
        err.contains("Name \"+cmd\" looks like a spreadsheet formula"),
        "{err}"
    );
    assert!(
        err.contains("Job title \"@SUM(1)\" looks like a spreadsheet formula"),
        "{err}"
    );
    let out = env.cosell(&[
        "contacts",
        "export",
        "d.json",
        "--delimiter",
        ";",
        "-o",
        "-",
    ]);
    assert!(
        stdout(&out).contains("Name;Email;Job title"),
        "{}",
        stdout(&out)
    );
}

// ----- Nothing misread -----

#[test]
fn an_export_edited_as_a_draft_loses_its_stale_status() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["export", "it.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0));
    let exported = std::fs::read_to_string(env.path("out.json")).unwrap();
    assert!(exported.contains("\"status\"") && exported.contains("\"sha256\""));
    env.write("x.csv", CSV);
    let out = env.cosell(&["contacts", "import", "out.json", "x.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let saved = std::fs::read_to_string(env.path("out.json")).unwrap();
    for key in [
        "\"status\"",
        "\"exported_at\"",
        "\"sha256\"",
        "\"bytes\"",
        "\"media_type\"",
    ] {
        assert!(!saved.contains(key), "{key} survived the edit:\n{saved}");
    }
    // Plain mode says so.
    let out = env.cosell_stdin(&["--plain", "--draft", "it.json"], "quit\n");
    assert!(!stdout(&out).contains("This file is an export"));
    env.cosell(&["export", "it.json", "-o", "again.json"]);
    let out = env.cosell_stdin(&["--plain", "--draft", "again.json"], "quit\n");
    assert!(
        stdout(&out).contains("This file is an export"),
        "{}",
        stdout(&out)
    );
}

#[test]
fn relative_document_paths_are_read_from_the_drafts_folder() {
    let env = Env::new();
    let repo = env.path("repo");
    std::fs::create_dir_all(repo.join("docs")).unwrap();
    write_documents(&repo.join("docs"));
    let text = spec_example(&repo.join("docs")).replace(&format!("{}/", repo.display()), "");
    assert!(text.contains("\"path\": \"docs/one-pager.pdf\""), "{text}");
    std::fs::write(repo.join("offer.json"), text).unwrap();
    let elsewhere = env.path("elsewhere");
    std::fs::create_dir_all(&elsewhere).unwrap();
    let out = env
        .command(&["status", "../repo/offer.json", "--json"])
        .current_dir(&elsewhere)
        .output()
        .unwrap();
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "azure_ip_co_sell_incentivized", "{v:#}");
    let out = env
        .command(&["export", "../repo/offer.json", "-o", "out.json"])
        .current_dir(&elsewhere)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let e: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(elsewhere.join("out.json")).unwrap())
            .unwrap();
    assert_eq!(e["documents"]["one_pager"]["path"], "docs/one-pager.pdf");
    assert_eq!(
        e["documents"]["one_pager"]["sha256"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
}

#[test]
fn document_checks_never_block_on_a_fifo() {
    let env = Env::new();
    let fifo = env.path("deck.pptx");
    std::fs::remove_file(&fifo).unwrap();
    mkfifo(&fifo);
    let diagram = env.path("architecture.png");
    std::fs::remove_file(&diagram).unwrap();
    mkfifo(&diagram);
    env.write("it.json", &spec_example(env.dir.path()));
    let start = Instant::now();
    let out = env.cosell(&["status", "it.json"]);
    assert!(start.elapsed() < Duration::from_secs(10));
    assert!(
        stdout(&out).contains("is a named pipe (FIFO), not a regular file"),
        "{}",
        stdout(&out)
    );
    let out = env.cosell(&["export", "it.json", "-o", "x.json", "--allow-incomplete"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // The wizard's diagram preview: drawn without opening the FIFO.
    let sub = cosell::store::load(&env.path("it.json")).unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let mut app = cosell::tui::app::App::new(
            cosell::store::DraftStore::at("nowhere"),
            cosell::tui::theme::Theme::mono(),
        );
        app.with_submission(sub, cosell::fields::Step::Diagram);
        let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
        term.draw(|f| cosell::tui::render(&app, f)).unwrap();
        let _ = tx.send(());
    });
    assert!(
        rx.recv_timeout(Duration::from_secs(10)).is_ok(),
        "the wizard hung on a FIFO"
    );
}

#[test]
fn numbers_are_read_as_typed() {
    let env = Env::new();
    let text = spec_example(env.dir.path()).replace(
        "\"azure_infrastructure_percent\": 80",
        "\"azure_infrastructure_percent\": 50.0000000000000000001",
    );
    env.write("it.json", &text);
    let out = env.cosell(&["status", "it.json"]);
    let t = stdout(&out);
    assert!(
        t.contains("50.0000000000000000001 has more than 2 decimals"),
        "{t}"
    );
    // Kept exactly, byte for byte, through a save.
    env.write("x.csv", CSV);
    env.cosell(&["contacts", "import", "it.json", "x.csv", "--yes"]);
    assert!(
        std::fs::read_to_string(env.path("it.json"))
            .unwrap()
            .contains("50.0000000000000000001")
    );
}

#[test]
fn clear_words_for_what_used_to_give_raw_errors() {
    let env = Env::new();
    env.write("d.json", &spec_example(env.dir.path()));
    // A UTF-16 CSV without the byte-order mark that says so (with one it is read).
    let mut utf16 = Vec::new();
    for u in "Name,Email\r\n".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    std::fs::write(env.path("u16.csv"), utf16).unwrap();
    let out = env.cosell(&["contacts", "import", "d.json", "u16.csv", "--yes"]);
    assert!(
        stderr(&out).contains("UTF-16") && stderr(&out).contains("CSV UTF-8"),
        "{}",
        stderr(&out)
    );
    // An unclosed quote, named by the row where it opened.
    env.write("q.csv", "Name,Email,Job title,Role,Countries/Regions\nAda,ada@contoso.example,Sales,Partner sales,US\nBo,bo@contoso.example,Sales,Partner sales,\"US, CA\nCy,cy@contoso.example,Sales,Partner sales,US\n");
    let out = env.cosell(&["contacts", "import", "d.json", "q.csv", "--yes"]);
    assert!(
        stderr(&out).contains("row 3: a double quote opens here and is never closed"),
        "{}",
        stderr(&out)
    );
    // A draft with a byte-order mark loads.
    let mut bom = b"\xef\xbb\xbf".to_vec();
    bom.extend_from_slice(spec_example(env.dir.path()).as_bytes());
    std::fs::write(env.path("bom.json"), bom).unwrap();
    let out = env.cosell(&["status", "bom.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    // COSELL_HOME that is a file names the variable.
    let out = env
        .command(&["list"])
        .env("COSELL_HOME", env.path("one-pager.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("COSELL_HOME") && stderr(&out).contains("not a folder"),
        "{}",
        stderr(&out)
    );
    // A drafts folder that cannot be written (here: under a file) is named.
    let out = env
        .command(&["--plain"])
        .env("COSELL_HOME", env.path("one-pager.pdf/drafts"))
        .stdin(std::process::Stdio::piped())
        .output()
        .unwrap();
    let all = format!("{}{}", stdout(&out), stderr(&out));
    assert!(all.contains("one-pager.pdf/drafts"), "{all}");
}

#[test]
fn reserved_names_get_drafts_that_list_and_open() {
    let env = Env::new();
    for (i, name) in ["Catalogue", "con", "NUL"].iter().enumerate() {
        // With drafts there, the menu comes first: "New draft" is the last number.
        let menu = if i == 0 {
            String::new()
        } else {
            format!("{}\n", i + 1)
        };
        let out = env.cosell_stdin(&["--plain"], &format!("{menu}\n{name}\n"));
        assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    }
    let out = env.cosell(&["list"]);
    let text = stdout(&out);
    for name in ["catalogue-offer", "con-offer", "nul-offer"] {
        assert!(text.contains(name), "{name} not listed:\n{text}");
        let out = env.cosell(&["status", name]);
        assert_eq!(out.status.code(), Some(0), "{name}: {}", stderr(&out));
    }
    // A draft file that happens to be named catalogue.json is listed like any other.
    std::fs::write(
        env.home().join("catalogue.json"),
        spec_example(env.dir.path()),
    )
    .unwrap();
    assert!(stdout(&env.cosell(&["list"])).contains("catalogue "));
}
