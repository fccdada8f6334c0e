//! The real binary in a real pseudo-terminal (portable-pty + vt100): create a draft, fill it to
//! Co-sell ready, quit, start again, resume at the same screen, export, check the JSON; and the
//! terminal is restored on every way out.

use std::io::{Read, Write};
use std::path::Path;
use std::sync::mpsc::{Receiver, channel};
use std::time::{Duration, Instant};

use portable_pty::{CommandBuilder, PtySize, native_pty_system};

struct Session {
    parser: vt100::Parser,
    raw: Vec<u8>,
    rx: Receiver<Vec<u8>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Session {
    fn start(home: &Path, cwd: &Path) -> Session {
        Session::start_with(home, cwd, &[])
    }

    fn start_with(home: &Path, cwd: &Path, env: &[(&str, &str)]) -> Session {
        Session::run(home, cwd, env, &[])
    }

    fn run(home: &Path, cwd: &Path, env: &[(&str, &str)], args: &[&str]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows: 24,
                cols: 80,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_cosell"));
        cmd.args(args);
        cmd.env("COSELL_HOME", home);
        cmd.env("TERM", "xterm-256color");
        cmd.env("COSELL_LANG", "en");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.cwd(cwd);
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Session {
            parser: vt100::Parser::new(24, 80, 0),
            raw: Vec::new(),
            rx,
            writer,
            child,
            _master: pair.master,
        }
    }

    fn pump(&mut self, wait: Duration) {
        while let Ok(bytes) = self.rx.recv_timeout(wait) {
            self.parser.process(&bytes);
            self.raw.extend_from_slice(&bytes);
        }
    }

    fn screen(&self) -> String {
        self.parser.screen().contents()
    }

    /// Waits until the screen shows `text`.
    fn expect(&mut self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if self.screen().contains(text) {
                return;
            }
            self.pump(Duration::from_millis(50));
        }
        panic!("timed out waiting for {text:?}; screen:\n{}", self.screen());
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
        // Let the app draw before the next key, as a person would.
        self.pump(Duration::from_millis(60));
    }

    fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            self.pump(Duration::from_millis(20));
            if let Some(status) = self.child.try_wait().unwrap() {
                self.pump(Duration::from_millis(100));
                return status.exit_code();
            }
            assert!(
                Instant::now() < deadline,
                "cosell did not exit; screen:\n{}",
                self.screen()
            );
        }
    }

    /// The bytes that put the terminal back must come after the last frame.
    fn assert_restored(&self) {
        let text = String::from_utf8_lossy(&self.raw);
        let tail = &text[text
            .rfind("\x1b[?1049h")
            .expect("entered the alternate screen")..];
        for (seq, what) in [
            ("\x1b[?1049l", "alternate screen left"),
            ("\x1b[?2004l", "bracketed paste off"),
            ("\x1b[?1000l", "mouse off"),
            ("\x1b[?25h", "cursor shown"),
        ] {
            assert!(tail.contains(seq), "{what}: {seq:?} missing");
        }
    }
}

const ENTER: &str = "\r";
const DOWN: &str = "\x1b[B";
const CTRL_U: &str = "\x15";
const CTRL_O: &str = "\x0f";
const CTRL_S: &str = "\x13";

/// A left click at a cell (0-based), as an SGR mouse report.
fn click(x: u16, y: u16) -> String {
    format!("\x1b[<0;{};{}M\x1b[<0;{};{}m", x + 1, y + 1, x + 1, y + 1)
}

#[test]
fn create_fill_quit_resume_export() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    std::fs::write(dir.path().join("one-pager.pdf"), b"%PDF-1.4\n%e2e\n").unwrap();
    std::fs::write(dir.path().join("deck.pptx"), b"PK\x03\x04e2e deck").unwrap();

    let mut s = Session::start(&home, dir.path());
    s.expect("+ New draft");
    s.send(ENTER);
    s.expect("The offer's name");
    s.send("Contoso Insights");
    s.send(ENTER);
    s.expect("Rules edition");
    s.send(ENTER);
    s.expect("Offer & partner");
    s.expect("rules 2025-09");

    // Offer: the type by searching the list, Live with the mouse, the rest with keys.
    s.send(DOWN);
    s.send(ENTER);
    s.send("soft");
    s.expect("› Software as a service");
    s.send(ENTER);
    s.send(&click(5, 5));
    s.send(&click(5, 5));
    s.expect("Live                 yes");
    s.send(DOWN);
    s.send(ENTER);
    s.send(DOWN);
    s.send(ENTER);
    s.send("4567890");
    s.send(ENTER);
    for _ in 0..2 {
        s.send(DOWN);
        s.send(ENTER);
    }
    s.expect("✓ Business profile complete");
    s.send("n");
    s.expect("Microsoft platforms");

    // Listing: a platform, IP (the next row: segments are not asked since 2023-08), the first
    // area with its first sales play.
    s.send(ENTER);
    s.send(" ");
    s.send(ENTER);
    s.send(DOWN);
    s.send(ENTER);
    s.send(DOWN);
    s.send(ENTER);
    s.send(DOWN);
    s.send(ENTER);
    s.send(ENTER);
    s.send(DOWN);
    s.send(ENTER);
    s.send(" ");
    s.send(ENTER);
    s.expect("✓ Listing and sales plays");
    s.send("n");
    s.expect("One-pager");

    // Documents: a typed path (one bad try first), then the file picker.
    s.send(ENTER);
    s.send("missing.pdf");
    s.send(ENTER);
    s.expect("missing.pdf does not exist");
    s.send(ENTER);
    s.send(CTRL_U);
    s.send("one-pager.pdf");
    s.send(ENTER);
    s.send(DOWN);
    s.send(CTRL_O);
    s.expect("Choose a file");
    s.send("deck");
    s.send(ENTER);
    s.expect("✓ Solution pitch deck attached");
    s.send("n");
    s.expect("Contacts per geography");

    // Contacts: the markets from the country picker, then one Partner sales contact.
    s.send(ENTER);
    s.expect("Search:");
    s.send("us");
    s.send(" ");
    s.send("\x7f\x7f");
    s.send("ca");
    s.send(" ");
    s.send(ENTER);
    s.expect("US, CA");
    s.send("a");
    s.expect("New contact");
    for field in [
        "Ada Lovelace",
        "ada@contoso.example",
        "Sales lead",
        "sales",
        "US, CA",
    ] {
        s.send(field);
        s.send(ENTER);
    }
    s.send(CTRL_S);
    s.expect("Reached: Co-sell ready");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();

    let draft = std::fs::read_to_string(home.join("contoso-insights.json")).unwrap();
    assert!(draft.contains("\"x-last-step\": \"contacts\""), "{draft}");
    assert!(draft.contains("\"rules\": \"2025-09\""), "{draft}");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&home.join("contoso-insights.json")), 0o600);
        assert_eq!(mode(&home), 0o700);
    }

    // Start again: the draft is preselected and resumes where we left.
    let mut s = Session::start(&home, dir.path());
    s.expect("Contoso Insights");
    s.expect("Co-sell ready");
    s.send(ENTER);
    s.expect("Resumed at Contacts per geography");
    s.send("7");
    s.expect("Review & export");
    s.expect("[e] Export the JSON");
    s.send("e");
    s.expect("Export submission");
    s.send(ENTER);
    s.expect("Exported (Co-sell ready)");
    s.send("q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();

    let export: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(dir.path().join("contoso-insights.export.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(export["status"]["status"], "co_sell_ready");
    assert_eq!(export["rules"], "2025-09");
    assert_eq!(export["offer"]["offer_type"], "saas");
    assert_eq!(export["partner"]["mpn_id"], "4567890");
    assert_eq!(export["markets"], serde_json::json!(["US", "CA"]));
    assert_eq!(export["contacts"][0]["role"], "partner_sales");
    assert_eq!(
        export["documents"]["one_pager"]["media_type"],
        "application/pdf"
    );
    assert_eq!(
        export["documents"]["pitch_deck"]["sha256"]
            .as_str()
            .unwrap()
            .len(),
        64
    );
    assert!(export.get("x-last-step").is_none());
}

#[test]
fn an_import_declined_at_the_prompt_changes_nothing_and_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let text = "{\"format\": \"cosell-submission/1\", \"markets\": [\"US\"]}\n";
    std::fs::write(dir.path().join("d.json"), text).unwrap();
    std::fs::write(
        dir.path().join("c.csv"),
        "Name,Email,Job title,Role,Countries/Regions\nBo,bo@contoso.example,Sales,Partner sales,US\n",
    )
    .unwrap();
    let mut s = Session::run(
        dir.path(),
        dir.path(),
        &[],
        &["contacts", "import", "d.json", "c.csv"],
    );
    s.expect("Replace the contacts");
    s.send("n\r");
    assert_eq!(s.wait_exit(), 1);
    assert!(
        s.screen().contains("the import was declined"),
        "{}",
        s.screen()
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("d.json")).unwrap(),
        text
    );
}

#[test]
fn sighup_restores_the_terminal_and_keeps_the_last_edit() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");
    let mut s = Session::start(&home, dir.path());
    s.expect("+ New draft");
    s.send(ENTER);
    s.send("Hangup Test");
    s.send(ENTER);
    s.send(ENTER);
    s.expect("Offer & partner");
    for _ in 0..4 {
        s.send(DOWN);
    }
    s.send(ENTER);
    s.send("777");
    s.send(ENTER);
    let pid = s.child.process_id().unwrap();
    std::process::Command::new("kill")
        .args(["-HUP", &pid.to_string()])
        .status()
        .unwrap();
    s.wait_exit();
    s.assert_restored();
    let draft = std::fs::read_to_string(home.join("hangup-test.json")).unwrap();
    assert!(draft.contains("\"mpn_id\": \"777\""), "{draft}");
}

#[test]
fn a_panic_inside_a_frame_restores_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start_with(
        dir.path(),
        dir.path(),
        &[("COSELL_TEST_PANIC_IN_FRAME", "1")],
    );
    let code = s.wait_exit();
    assert_ne!(code, 0, "a panic is a failure");
    s.assert_restored();
    let text = String::from_utf8_lossy(&s.raw);
    assert!(
        text.contains("COSELL_TEST_PANIC_IN_FRAME"),
        "the panic message is shown after the restore"
    );
}

#[test]
fn an_allocation_failure_restores_the_terminal_before_the_abort() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start_with(
        dir.path(),
        dir.path(),
        &[("COSELL_TEST_ALLOCATION_FAILURE", "1")],
    );
    let code = s.wait_exit();
    assert_ne!(code, 0, "an abort is a failure");
    s.assert_restored();
    let text = String::from_utf8_lossy(&s.raw);
    assert!(
        text.contains("memory allocation of"),
        "Rust's message is shown after the restore"
    );
}

#[test]
fn a_resize_storm_in_a_real_terminal_does_not_crash() {
    let dir = tempfile::tempdir().unwrap();
    let mut s = Session::start(dir.path(), dir.path());
    s.expect("+ New draft");
    for i in 0..100 {
        let (rows, cols) = if i % 2 == 0 { (1, 1) } else { (100, 300) };
        s._master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        s.pump(Duration::from_millis(2));
    }
    s._master
        .resize(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    s.parser.screen_mut().set_size(24, 80);
    // Let the storm's redraws drain first: a key sent in the same instant as the last resize is
    // sometimes not delivered (seen 2 runs in 3; not investigated further).
    s.pump(Duration::from_millis(500));
    s.expect("+ New draft");
    s.send("q");
    assert_eq!(
        s.wait_exit(),
        0,
        "cosell survived the storm and quit normally"
    );
    s.assert_restored();
}

#[test]
fn sigterm_and_ctrl_c_restore_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let home = dir.path().join("home");

    let mut s = Session::start(&home, dir.path());
    s.expect("+ New draft");
    s.send("\x03");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();

    let mut s = Session::start(&home, dir.path());
    s.expect("+ New draft");
    let pid = s.child.process_id().unwrap();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    s.wait_exit();
    s.assert_restored();
}

#[test]
fn outputs_on_a_terminal_carry_no_escape_sequences_from_the_draft() {
    let dir = tempfile::tempdir().unwrap();
    let mut sub = cosell::model::Submission::new("Eve", cosell::model::Edition::E2021_02);
    sub.contacts = vec![cosell::model::Contact {
        name: "Eve\u{1b}]2;PWNED\u{7}\u{1b}[2J".into(),
        email: "eve@contoso.example".into(),
        job_title: "Lead\u{1b}[31m".into(),
        role: Some(cosell::model::Role::PartnerSales),
        countries: vec!["US".into()],
        states: vec![],
    }]
    .into();
    let draft = dir.path().join("eve.json");
    std::fs::write(&draft, sub.to_pretty_json()).unwrap();
    let path = draft.display().to_string();
    for args in [
        vec!["contacts", "export", path.as_str()],
        vec!["export", path.as_str(), "-o", "-", "--allow-incomplete"],
    ] {
        let mut s = Session::run(dir.path(), dir.path(), &[], &args);
        s.wait_exit();
        let raw = String::from_utf8_lossy(&s.raw);
        assert!(
            !raw.contains("PWNED\u{7}"),
            "{args:?}: raw OSC reached the terminal"
        );
        assert!(
            !raw.contains("\u{1b}[2J"),
            "{args:?}: raw clear-screen reached the terminal"
        );
        assert!(
            raw.contains("Eve\\u{1b}]2;PWNED") || raw.contains("Eve\\u001b]2;PWNED"),
            "{args:?}: shown escaped: {raw}"
        );
    }
    // Into a file the bytes stay as they are (the CSV is data).
    let out = dir.path().join("c.csv");
    let mut s = Session::run(
        dir.path(),
        dir.path(),
        &[],
        &[
            "contacts",
            "export",
            &path,
            "-o",
            &out.display().to_string(),
        ],
    );
    s.wait_exit();
    assert!(std::fs::read_to_string(&out).unwrap().contains("\u{1b}[2J"));
}
