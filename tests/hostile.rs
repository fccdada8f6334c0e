//! Hostile files cannot hurt (issue 18): documents made at test time to exhaust memory or CPU,
//! FIFOs, devices, links to secrets, control characters in names, a file size limit, symlinked
//! drafts and an edit by another program during a session. Each test shows the promise: bounded
//! time and memory, no lost data, a clear message.

mod common;
use common::*;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use cosell::model::{Document, Edition, Submission};

fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// A one-page PDF with an object stream of `entries` objects that all point at one array of
/// `array` numbers: a parser that materialises every entry needs entries × array cells.
fn object_stream_pdf(entries: usize, array: usize) -> Vec<u8> {
    let mut header = String::new();
    for i in 0..entries {
        header.push_str(&format!("{} 0 ", i + 10));
    }
    let mut body = header.clone().into_bytes();
    body.push(b'[');
    body.extend(std::iter::repeat_n(&b"0 "[..], array).flatten());
    body.push(b']');
    let data = deflate(&body);
    let objs: Vec<Vec<u8>> = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>".to_vec(),
        [
            format!(
                "<< /Type /ObjStm /N {entries} /First {} /Length {} /Filter /FlateDecode >>\nstream\n",
                header.len(),
                data.len()
            )
            .into_bytes(),
            data,
            b"\nendstream".to_vec(),
        ]
        .concat(),
    ];
    let mut out = b"%PDF-1.5\n".to_vec();
    let mut offsets = Vec::new();
    for (n, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", n + 1).as_bytes());
        out.extend_from_slice(o);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(b"xref\n0 5\n0000000000 65535 f \n");
    for o in offsets {
        out.extend_from_slice(format!("{o:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!("trailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
    );
    out
}

fn png_chunk(kind: &[u8; 4], data: &[u8]) -> Vec<u8> {
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    let mut out = (data.len() as u32).to_be_bytes().to_vec();
    out.extend_from_slice(kind);
    out.extend_from_slice(data);
    out.extend_from_slice(&crc.sum().to_be_bytes());
    out
}

/// A 1×1 PNG whose colour profile (iCCP) inflates to `inflated` bytes.
fn iccp_png(inflated: usize) -> Vec<u8> {
    let mut out = b"\x89PNG\r\n\x1a\n".to_vec();
    out.extend(png_chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
    let mut iccp = b"bomb\0\0".to_vec();
    iccp.extend(deflate(&vec![0u8; inflated]));
    out.extend(png_chunk(b"iCCP", &iccp));
    out.extend(png_chunk(b"IDAT", &deflate(&[0, 255, 0, 0])));
    out.extend(png_chunk(b"IEND", &[]));
    out
}

/// The peak resident memory (VmHWM, KiB) of a running child, read until it ends (or is killed
/// at `limit`, which fails the test).
fn wait_measured(mut child: Child, limit: Duration) -> (ExitStatus, u64, Duration) {
    let start = Instant::now();
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak = 0u64;
    loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kb) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().unwrap() {
            return (status, peak, start.elapsed());
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            panic!("still running after {limit:?}");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Worker processes still running on a file under `dir`.
fn workers_left(dir: &Path) -> Vec<String> {
    let needle = dir.display().to_string();
    std::fs::read_dir("/proc")
        .unwrap()
        .filter_map(Result::ok)
        .filter_map(|e| std::fs::read(e.path().join("cmdline")).ok())
        .map(|c| String::from_utf8_lossy(&c).replace('\0', " "))
        .filter(|c| c.contains("__worker") && c.contains(&needle))
        .collect()
}

fn with_documents(env: &Env, docs: &[(&str, &str)]) -> Submission {
    let mut sub = ready_submission(&env.dir.path().display().to_string());
    sub.rules = Edition::E2021_02;
    let at = |name: &str| Some(Document::at(env.path(name).display().to_string()));
    for (slot, name) in docs {
        match *slot {
            "one_pager" => sub.documents.one_pager = at(name),
            "pitch_deck" => sub.documents.pitch_deck = at(name),
            "case_study" => sub.documents.case_study = at(name),
            "wins" => sub.documents.verifiable_customer_wins = at(name),
            "channel" => sub.documents.channel_pitch_deck = at(name),
            "diagram" => sub.documents.reference_architecture_diagram = at(name),
            _ => sub
                .documents
                .other
                .push(Document::at(env.path(name).display().to_string())),
        }
    }
    sub
}

fn write_draft(env: &Env, name: &str, sub: &Submission) -> PathBuf {
    env.write(name, &sub.to_pretty_json())
}

#[test]
fn a_memory_bomb_pdf_ends_with_its_worker_at_the_limit() {
    let env = Env::new();
    let bomb = env.path("bomb.pdf");
    std::fs::write(&bomb, object_stream_pdf(200_000, 2_000)).unwrap();
    let child = Command::new(env!("CARGO_BIN_EXE_cosell"))
        .args(["__worker", "inspect"])
        .arg(&bomb)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let (status, peak_kb, _) = wait_measured(child, Duration::from_secs(30));
    assert!(
        !status.success(),
        "the parse cannot finish inside the limit"
    );
    let limit_kb = cosell::inspect::MEMORY_LIMIT / 1024;
    assert!(
        peak_kb <= limit_kb,
        "peak {peak_kb} KiB over the worker's limit {limit_kb} KiB"
    );
}

#[test]
fn eleven_hostile_documents_cost_status_seconds_and_no_memory() {
    let env = Env::new();
    std::fs::write(env.path("bomb.pdf"), object_stream_pdf(200_000, 2_000)).unwrap();
    for i in 0..10 {
        std::fs::write(
            env.path(&format!("slow{i}.pdf")),
            object_stream_pdf(100_000 + i, 500),
        )
        .unwrap();
    }
    std::fs::write(env.path("iccp.png"), iccp_png(200 * 1024 * 1024)).unwrap();
    let sub = with_documents(
        &env,
        &[
            ("one_pager", "bomb.pdf"),
            ("pitch_deck", "slow0.pdf"),
            ("case_study", "slow1.pdf"),
            ("wins", "slow2.pdf"),
            ("channel", "slow3.pdf"),
            ("diagram", "iccp.png"),
            ("other", "slow4.pdf"),
            ("other", "slow5.pdf"),
            ("other", "slow6.pdf"),
            ("other", "slow7.pdf"),
            ("other", "slow8.pdf"),
        ],
    );
    write_draft(&env, "hostile.json", &sub);
    let child = env
        .command(&["status", "hostile.json"])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let pid_dir = env.dir.path().to_path_buf();
    let (status, peak_kb, took) = wait_measured(child, Duration::from_secs(60));
    assert!(status.success());
    // Before: 5 s per document, one after another (55 s), and 7.7 GB for the first one.
    assert!(took < Duration::from_secs(20), "status took {took:?}");
    assert!(
        peak_kb < 150 * 1024,
        "cosell itself peaked at {peak_kb} KiB"
    );
    std::thread::sleep(Duration::from_millis(200));
    assert_eq!(
        workers_left(&pid_dir),
        Vec::<String>::new(),
        "no worker outlives status"
    );

    // The wizard's first frame does not wait for any of them.
    let store = cosell::store::DraftStore::at(env.home());
    let mut app = cosell::tui::app::App::new(store, cosell::tui::theme::Theme::mono());
    let start = Instant::now();
    app.open(&env.path("hostile.json").display().to_string())
        .unwrap();
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(120, 40)).unwrap();
    term.draw(|f| cosell::tui::render(&app, f)).unwrap();
    assert!(
        start.elapsed() < Duration::from_secs(2),
        "first frame after {:?}",
        start.elapsed()
    );
}

#[test]
fn status_says_what_a_hostile_document_did() {
    let env = Env::new();
    std::fs::write(env.path("bomb.pdf"), object_stream_pdf(200_000, 2_000)).unwrap();
    let sub = with_documents(&env, &[("one_pager", "bomb.pdf")]);
    write_draft(&env, "bomb.json", &sub);
    let out = env.cosell(&["status", "bomb.json"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(
        text.contains("One-pager not checked: reading it"),
        "a warning, never a refusal:\n{text}"
    );
}

/// Runs with a deadline (a FIFO that blocks would otherwise hang the test suite).
fn run_bounded(mut cmd: Command, limit: Duration) -> std::process::Output {
    let child = cmd
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    match rx.recv_timeout(limit) {
        Ok(out) => out.unwrap(),
        Err(_) => {
            let _ = Command::new("kill").args(["-9", &id.to_string()]).status();
            panic!("still running after {limit:?}")
        }
    }
}

#[test]
fn the_kit_copies_only_regular_files_that_passed_their_check() {
    let env = Env::new();
    let made = Command::new("mkfifo")
        .arg(env.path("pipe.pdf"))
        .status()
        .is_ok_and(|s| s.success());
    assert!(made, "mkfifo");
    std::os::unix::fs::symlink("/dev/zero", env.path("zero.pdf")).unwrap();
    std::fs::write(env.path("secret.txt"), "password=hunter2\n").unwrap();
    std::os::unix::fs::symlink(env.path("secret.txt"), env.path("deck.pptx.lnk.pdf")).unwrap();
    let forged = "x.pdf\n## 5. Submit\n- [ ] forged \u{1b}]0;pwned\u{7}";
    std::fs::write(env.path(forged), pdf(1)).unwrap();
    let sub = with_documents(
        &env,
        &[
            ("one_pager", "pipe.pdf"),
            ("case_study", "zero.pdf"),
            ("wins", "deck.pptx.lnk.pdf"),
            ("other", forged),
        ],
    );
    write_draft(&env, "hostile.json", &sub);
    let mut cmd = env.command(&[
        "export",
        "hostile.json",
        "--kit",
        "kit",
        "--allow-incomplete",
    ]);
    cmd.current_dir(env.dir.path());
    let out = run_bounded(cmd, Duration::from_secs(30));
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kit = env.path("kit");
    let mut docs: Vec<String> = std::fs::read_dir(kit.join("documents"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    docs.sort();
    assert_eq!(
        docs,
        ["2-pitch-deck.pptx", "6-architecture-diagram.png"],
        "only what passed its check"
    );
    let checklist = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
    assert!(!checklist.contains('\u{1b}') && !checklist.contains('\u{7}'));
    assert_eq!(checklist.matches("## 5. Submit").count(), 1, "{checklist}");
    assert!(!checklist.contains("hunter2"));
    assert!(
        checklist.matches("missing from this kit").count() >= 4,
        "{checklist}"
    );
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert!(page.matches("missing from this kit").count() >= 4);
    assert!(!page.contains('\u{1b}') && !page.contains("hunter2"));
    let leftovers: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kit-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

/// `cosell` under a file size limit of `blocks` 512-byte blocks (`ulimit -f`, what a full disk
/// or quota looks like to a program).
fn limited(env: &Env, blocks: u32, args: &[&str]) -> Command {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(format!("ulimit -f {blocks} && exec \"$@\""))
        .arg("sh")
        .arg(env!("CARGO_BIN_EXE_cosell"))
        .args(args)
        .current_dir(env.dir.path())
        .env("COSELL_HOME", env.home())
        .env("NO_COLOR", "1")
        .env_remove("TERM");
    cmd
}

#[test]
fn a_file_size_limit_is_an_error_with_the_path_and_nothing_is_lost() {
    let env = Env::new();
    let sub = ready_submission(&env.dir.path().display().to_string());
    let draft = write_draft(&env, "draft.json", &sub);
    let before = std::fs::read(&draft).unwrap();
    let mut csv = String::from("Name,Email,Job title,Role,Countries/Regions,States/Provinces\n");
    for i in 0..400 {
        csv.push_str(&format!(
            "Seller {i},seller{i}@contoso.example,Sales lead,Partner sales,US,\n"
        ));
    }
    env.write("many.csv", &csv);
    let out = run_bounded(
        limited(
            &env,
            8,
            &["contacts", "import", "draft.json", "many.csv", "--yes"],
        ),
        Duration::from_secs(30),
    );
    assert_ne!(out.status.code(), None, "not killed by a signal");
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("draft.json"), "names the file: {err}");
    assert!(err.contains("file size limit"), "says why: {err}");
    assert_eq!(
        std::fs::read(&draft).unwrap(),
        before,
        "the draft is as it was"
    );
    let temps: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains(".tmp-"))
        .collect();
    assert!(temps.is_empty(), "{temps:?}");

    // A kit too large for the limit fails with words and leaves no half-built folder.
    std::fs::write(
        env.path("big.pdf"),
        [pdf(1), vec![b' '; 64 * 1024]].concat(),
    )
    .unwrap();
    let sub = with_documents(&env, &[("one_pager", "big.pdf")]);
    write_draft(&env, "big.json", &sub);
    let out = run_bounded(
        limited(&env, 64, &["export", "big.json", "--kit", "kit"]),
        Duration::from_secs(30),
    );
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("file size limit"), "{}", stderr(&out));
    let left: Vec<_> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kit"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn symlinked_drafts_are_renamed_copied_and_deleted_as_links() {
    let env = Env::new();
    let repo = env.path("repo");
    std::fs::create_dir(&repo).unwrap();
    let target = repo.join("offer.json");
    let sub = ready_submission(&env.dir.path().display().to_string());
    std::fs::write(&target, sub.to_pretty_json()).unwrap();
    let store = cosell::store::DraftStore::at(env.home());
    store.ensure_dir().unwrap();
    std::os::unix::fs::symlink(&target, env.home().join("linked.json")).unwrap();

    let renamed = store.rename("linked", "renamed").unwrap();
    let meta = std::fs::symlink_metadata(&renamed).unwrap();
    assert!(meta.file_type().is_symlink(), "still a link");
    assert_eq!(
        std::fs::canonicalize(&renamed).unwrap(),
        target.canonicalize().unwrap()
    );
    assert!(!env.home().join("linked.json").exists());

    // Edits through the renamed link reach the repository file.
    let mut session = cosell::session::DraftSession::open(&store, "renamed").unwrap();
    session
        .set(cosell::fields::FieldId::OfferName, "Through the link")
        .unwrap();
    session.close().unwrap();
    assert!(
        std::fs::read_to_string(&target)
            .unwrap()
            .contains("Through the link")
    );

    let copy = store.duplicate("renamed").unwrap();
    let copied = env.home().join(format!("{copy}.json"));
    assert!(
        std::fs::symlink_metadata(&copied).unwrap().is_file(),
        "a regular draft"
    );
    assert!(
        std::fs::read_to_string(&copied)
            .unwrap()
            .contains("Through the link")
    );

    let deleted = store.delete("renamed").unwrap();
    assert!(matches!(deleted, cosell::store::Deleted::Link { .. }));
    assert!(target.exists(), "the target is never deleted");

    // An entry that is not a draft gets no lock file from a rename that fails.
    std::fs::write(env.home().join("junk.json"), "not json").unwrap();
    assert!(store.rename("junk", "other").is_err());
    assert!(!env.home().join("junk.json.lock").exists());
}

#[test]
fn another_programs_edit_is_never_overwritten() {
    let env = Env::new();
    let sub = ready_submission(&env.dir.path().display().to_string());
    let draft = write_draft(&env, "shared.json", &sub);
    let store = cosell::store::DraftStore::at(env.home());
    let mut session = cosell::session::DraftSession::open_path(&store, &draft).unwrap();
    use cosell::fields::FieldId;
    session.set(FieldId::OfferName, "Mine one").unwrap();
    session.flush().unwrap();

    // Another program rewrites the file (same size, to defeat a size-only check).
    let mut theirs = cosell::store::load(&draft).unwrap();
    theirs.offer.name = Some("Their one".into());
    std::fs::write(&draft, theirs.to_pretty_json()).unwrap();
    let on_disk = std::fs::read(&draft).unwrap();

    session.set(FieldId::OfferName, "Mine two").unwrap();
    let err = session.flush().unwrap_err();
    assert!(
        err.contains("shared.json") && err.contains("another program"),
        "{err}"
    );
    assert!(matches!(
        session.save_state(),
        cosell::session::SaveState::Conflict { .. }
    ));
    assert_eq!(
        std::fs::read(&draft).unwrap(),
        on_disk,
        "theirs is untouched"
    );
    assert_eq!(
        session.conflict_changes().unwrap(),
        vec![r#"Offer name: "Mine two" here, "Their one" in the file"#.to_string()]
    );

    // Keep mine: theirs is kept beside it, mine is written.
    let kept = session.keep_mine().unwrap().unwrap();
    assert_eq!(std::fs::read(&kept).unwrap(), on_disk);
    assert!(
        kept.file_name()
            .unwrap()
            .to_string_lossy()
            .starts_with("shared.theirs-")
    );
    assert!(
        std::fs::read_to_string(&draft)
            .unwrap()
            .contains("Mine two")
    );

    // Another change from outside; this time theirs is taken.
    theirs.offer.name = Some("Their two".into());
    std::fs::write(&draft, theirs.to_pretty_json()).unwrap();
    session.set(FieldId::OfferName, "Mine three").unwrap();
    assert!(session.flush().is_err());
    session.take_theirs().unwrap();
    assert_eq!(session.sub().offer.name.as_deref(), Some("Their two"));
    session.set(FieldId::OfferName, "Mine four").unwrap();
    session.close().unwrap();
    assert!(
        std::fs::read_to_string(&draft)
            .unwrap()
            .contains("Mine four")
    );
}

#[test]
fn plain_mode_asks_before_it_overwrites_another_programs_edit() {
    let env = Env::new();
    let sub = ready_submission(&env.dir.path().display().to_string());
    let draft = write_draft(&env, "shared.json", &sub);
    let mut child = env
        .command(&["--plain", "--draft", &draft.display().to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    // step 1, field 1 is the offer name.
    input.write_all(b"step 1\nMine one\n").unwrap();
    input.flush().unwrap();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !std::fs::read_to_string(&draft)
        .unwrap()
        .contains("Mine one")
    {
        assert!(Instant::now() < deadline, "the first answer is saved");
        std::thread::sleep(Duration::from_millis(20));
    }
    let mut theirs = cosell::store::load(&draft).unwrap();
    theirs.offer.name = Some("Their one".into());
    std::fs::write(&draft, theirs.to_pretty_json()).unwrap();
    let on_disk = std::fs::read(&draft).unwrap();
    input
        .write_all(b"step 1\nMine two\ncompare\nreload\nquit\n")
        .unwrap();
    drop(input);
    let out = child.wait_with_output().unwrap();
    let text = stdout(&out);
    assert_eq!(out.status.code(), Some(0), "{text}");
    assert!(
        text.contains("Another program changed shared.json"),
        "{text}"
    );
    assert!(
        text.contains(r#"Offer name: "Mine two" here, "Their one" in the file"#),
        "compare lists both values: {text}"
    );
    assert!(text.contains("Reloaded theirs; dropped:"), "{text}");
    assert_eq!(
        std::fs::read(&draft).unwrap(),
        on_disk,
        "theirs is what stays"
    );
}

#[test]
fn an_edit_in_place_with_its_time_put_back_is_still_seen() {
    let env = Env::new();
    let sub = ready_submission(&env.dir.path().display().to_string());
    let draft = write_draft(&env, "same.json", &sub);
    let store = cosell::store::DraftStore::at(env.home());
    let mut session = cosell::session::DraftSession::open_path(&store, &draft).unwrap();
    use cosell::fields::FieldId;
    session.set(FieldId::OfferName, "Mine one").unwrap();
    session.flush().unwrap();
    // Same size, same inode, and the modification time put back, as tools that keep
    // timestamps do.
    let before = std::fs::metadata(&draft).unwrap().modified().unwrap();
    let text = std::fs::read_to_string(&draft).unwrap();
    let edited = text.replace("\"4567890\"", "\"4567891\"");
    assert_eq!(edited.len(), text.len());
    let mut f = std::fs::OpenOptions::new()
        .write(true)
        .open(&draft)
        .unwrap();
    f.write_all(edited.as_bytes()).unwrap();
    f.set_modified(before).unwrap();
    drop(f);
    session.set(FieldId::OfferName, "Mine two").unwrap();
    assert!(
        session.flush().is_err(),
        "a conflict, not a silent overwrite"
    );
    assert!(std::fs::read_to_string(&draft).unwrap().contains("4567891"));

    // The file removed by the other program: keeping mine writes it again.
    std::fs::remove_file(&draft).unwrap();
    assert_eq!(session.keep_mine().unwrap(), None);
    assert!(
        std::fs::read_to_string(&draft)
            .unwrap()
            .contains("Mine two")
    );
    session.close().unwrap();
}

#[test]
fn a_reader_that_closes_the_pipe_early_is_not_a_crash() {
    let env = Env::new();
    let mut sub = ready_submission(&env.dir.path().display().to_string());
    let one = sub.contacts[0].clone();
    sub.contacts = (0..3000)
        .map(|i| cosell::model::Contact {
            email: format!("seller{i}@contoso.example"),
            ..one.clone()
        })
        .collect::<Vec<_>>()
        .into();
    write_draft(&env, "big.json", &sub);
    for args in [
        vec!["contacts", "export", "big.json"],
        vec!["status", "big.json", "--json"],
        vec!["list"],
    ] {
        let mut child = env
            .command(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        drop(child.stderr.take());
        let status = child.wait().unwrap();
        assert_ne!(status.code(), Some(101), "{args:?} panicked");
        assert!(status.code().is_some(), "{args:?} killed by a signal");
    }
}

#[test]
fn a_document_over_the_size_limit_is_named_at_once_not_hashed() {
    let env = Env::new();
    let huge = env.path("demo.mp4");
    let f = std::fs::File::create(&huge).unwrap();
    // Sparse: no disk is used, but 3 GiB would take minutes to hash.
    f.set_len(3 * 1024 * 1024 * 1024).unwrap();
    drop(f);
    let sub = with_documents(&env, &[("other", "demo.mp4")]);
    write_draft(&env, "huge.json", &sub);
    let start = Instant::now();
    let out = run_bounded(
        env.command(&["export", "huge.json", "--kit", "kit", "--allow-incomplete"]),
        Duration::from_secs(60),
    );
    assert!(
        start.elapsed() < Duration::from_secs(20),
        "took {:?}",
        start.elapsed()
    );
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(!env.path("kit/documents/7-other-1.mp4").exists());
}
