//! The guarantees, proved: saves and imports survive SIGKILL at any moment, locks name their
//! holder and die with it, a full disk loses nothing, and bad input gets a clear message.

mod common;
use common::*;

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use cosell::model::{Contact, Role, Submission};
use cosell::store;

fn draft_with(n: usize, tag: &str) -> Submission {
    let mut s = Submission::new(&format!("Crash {tag}"), cosell::model::Edition::E2021_02);
    s.markets = vec!["US".into()];
    s.contacts = (0..n)
        .map(|i| Contact {
            name: format!("{tag} contact {i}"),
            email: format!("c{i}@contoso.example"),
            job_title: "Sales".into(),
            role: Some(Role::PartnerSales),
            countries: vec!["US".into()],
            states: vec![],
        })
        .collect();
    s
}

/// A tiny xorshift: the kill moments vary, the test stays reproducible.
struct Rng(u64);
impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }
}

/// Child side of the crash test: saves two versions of a draft in turn until it is killed.
#[test]
fn crash_child_saves_forever() {
    let Ok(path) = std::env::var("COSELL_CRASH_CHILD") else {
        return;
    };
    let (a, b) = (draft_with(3_000, "A"), draft_with(3_000, "B"));
    let path = Path::new(&path);
    let _lock = store::lock(path).unwrap();
    println!("ready");
    loop {
        store::save(path, &b).unwrap();
        store::save(path, &a).unwrap();
    }
}

/// Starts [`crash_child_saves_forever`] on `path` and waits until it holds the lock and saves.
fn spawn_saver(path: &Path) -> std::process::Child {
    let mut child = Command::new(std::env::current_exe().unwrap())
        .args([
            "--exact",
            "crash_child_saves_forever",
            "--nocapture",
            "--test-threads=1",
        ])
        .env("COSELL_CRASH_CHILD", path)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    wait_ready(&mut child);
    child
}

/// Reads the child's output until it says it holds the lock and is saving.
fn wait_ready(child: &mut std::process::Child) {
    let mut out = child.stdout.take().unwrap();
    let mut buf = [0u8; 256];
    let mut seen = String::new();
    while !seen.contains("ready") {
        let n = std::io::Read::read(&mut out, &mut buf).unwrap();
        assert!(n > 0, "child ended early: {seen}");
        seen.push_str(&String::from_utf8_lossy(&buf[..n]));
    }
    // Keep the pipe open: a closed pipe would end the child before the kill.
    std::mem::forget(out);
}

#[test]
fn sigkill_during_saves_leaves_the_old_or_the_new_draft() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("crash.json");
    let (a, b) = (draft_with(3_000, "A"), draft_with(3_000, "B"));
    store::save(&path, &a).unwrap();
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let rounds = 200;
    for round in 0..rounds {
        // Started and ready, so the kill lands among the saves, not in start-up.
        let mut child = spawn_saver(&path);
        std::thread::sleep(Duration::from_micros(rng.next() % 40_000));
        child.kill().unwrap();
        child.wait().unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        assert!(
            loaded == a || loaded == b,
            "round {round}: a mix of versions"
        );
    }
    // The next lock holder sweeps the temp files the killed saves left behind.
    drop(store::lock(&path).unwrap());
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn sigkill_during_contacts_import_leaves_the_old_or_the_new_draft() {
    let env = Env::new();
    let draft = env.path("d.json");
    let old = draft_with(500, "old");
    store::save(&draft, &old).unwrap();
    let new_contacts = draft_with(500, "new").contacts;
    std::fs::write(
        env.path("new.csv"),
        cosell::contacts_csv::export(&new_contacts),
    )
    .unwrap();
    let import = || {
        env.command(&[
            "contacts",
            "import",
            draft.to_str().unwrap(),
            "new.csv",
            "--yes",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
    };
    // How long one import takes on this machine now (a loaded machine is slower): the kills
    // fall anywhere from the start to half as long again, so some imports finish.
    let started = std::time::Instant::now();
    assert!(import().wait().unwrap().success());
    let span = (started.elapsed().as_micros() as u64 * 3 / 2).max(60_000);
    store::save(&draft, &old).unwrap();
    let mut rng = Rng(42);
    let mut saw_new = false;
    for round in 0..200 {
        let mut child = import();
        std::thread::sleep(Duration::from_micros(rng.next() % span));
        let _ = child.kill();
        child.wait().unwrap();
        let loaded = store::load(&draft).unwrap_or_else(|e| panic!("round {round}: {e}"));
        if loaded.contacts == new_contacts {
            saw_new = true;
            store::save(&draft, &old).unwrap();
        } else {
            assert_eq!(loaded, old, "round {round}: neither old nor new");
        }
    }
    assert!(
        saw_new,
        "no import ever finished: the kills were too early to test anything"
    );
}

#[test]
fn a_second_process_is_refused_with_the_holders_pid_and_a_dead_holder_blocks_nothing() {
    let env = Env::new();
    let draft = env.path("d.json");
    store::save(&draft, &draft_with(1, "x")).unwrap();
    let before = std::fs::read(&draft).unwrap();
    let lock = store::lock(&draft).unwrap();
    env.write("c.csv", "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nBo,bo@contoso.example,Sales,Partner sales,US,\n");
    let out = env.cosell(&["contacts", "import", "d.json", "c.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(
        err.contains(&format!("pid {}", std::process::id())),
        "{err}"
    );
    assert_eq!(std::fs::read(&draft).unwrap(), before);
    drop(lock);

    // A holder killed with SIGKILL: the kernel drops its lock.
    let mut child = spawn_saver(&draft);
    assert!(matches!(
        store::lock(&draft),
        Err(store::StoreError::Locked { .. })
    ));
    child.kill().unwrap();
    child.wait().unwrap();
    assert!(
        store::lock(&draft).is_ok(),
        "a dead holder's lock must not block"
    );
}

#[test]
fn a_full_disk_gives_a_message_and_keeps_the_draft() {
    let env = Env::new();
    let draft = env.path("d.json");
    store::save(&draft, &draft_with(10, "small")).unwrap();
    let before = std::fs::read(&draft).unwrap();
    std::fs::write(
        env.path("big.csv"),
        cosell::contacts_csv::export(&draft_with(5_000, "big").contacts),
    )
    .unwrap();
    // RLIMIT_FSIZE makes writes past 64 KB fail as a full disk would; SIGXFSZ is ignored so the
    // write returns an error instead of killing the process.
    let out = Command::new("sh")
        .arg("-c")
        .arg(format!(
            "trap '' XFSZ; ulimit -f 64; exec '{}' contacts import d.json big.csv --yes",
            env!("CARGO_BIN_EXE_cosell")
        ))
        .current_dir(env.dir.path())
        .env("COSELL_HOME", env.home())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(
        err.contains("d.json") && err.to_lowercase().contains("too large"),
        "{err}"
    );
    assert_eq!(
        std::fs::read(&draft).unwrap(),
        before,
        "the draft is untouched"
    );
    let temps = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .filter(|e| e.file_name().to_string_lossy().contains(".tmp-"))
        .count();
    assert_eq!(temps, 0, "the failed temp file is removed");
}

#[test]
fn bad_input_corpus() {
    let env = Env::new();
    let good = spec_example(env.dir.path());
    let huge_name = "x".repeat(5_000_000);
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        ("malformed", b"{\"format\": ".to_vec(), "line 1"),
        (
            "wrong format",
            good.replace("cosell-submission/1", "cosell-submission/9")
                .into_bytes(),
            "written by a newer cosell; update cosell",
        ),
        (
            "unknown field",
            good.replace("\"markets\"", "\"markets2\": [], \"markets\"")
                .into_bytes(),
            "unknown field `markets2`",
        ),
        (
            "not utf-8",
            b"{\"format\": \"cosell-submission/1\", \"offer\": {\"name\": \"\xff\xfe\"}}".to_vec(),
            "offer.name",
        ),
        ("array", b"[]".to_vec(), "(top level)"),
        ("empty", Vec::new(), "EOF"),
        (
            "trailing",
            format!("{good} {{}}").into_bytes(),
            "unexpected text after the JSON object",
        ),
    ];
    for (name, bytes, want) in cases {
        let path = env.path(&format!("{}.json", name.replace(' ', "-")));
        std::fs::write(&path, &bytes).unwrap();
        let out = env.cosell(&["status", path.to_str().unwrap()]);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{name}: {err}");
        assert!(
            err.contains(path.file_name().unwrap().to_str().unwrap()) && err.contains(want),
            "{name}: {err}"
        );
        assert_eq!(std::fs::read(&path).unwrap(), bytes, "{name}: modified");
    }

    // A huge string loads (it is a value, not a format error) and is reported, not refused.
    let path = env.write("huge.json", &good.replace("Contoso Insights", &huge_name));
    let out = env.cosell(&["status", path.to_str().unwrap(), "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    // A 50 MB file that is not a draft is refused by size before it is read.
    let big = env.path("video.json");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(70 * 1024 * 1024).unwrap();
    let out = env.cosell(&["status", big.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("is the right file"),
        "{}",
        stderr(&out)
    );

    // A directory and a missing file as drafts.
    let out = env.cosell(&["status", env.dir.path().to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("is a directory"), "{}", stderr(&out));
    let out = env.cosell(&["status", "/nonexistent/draft.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("no such file"), "{}", stderr(&out));
}

#[cfg(unix)]
#[test]
fn documents_that_are_links_loops_directories_or_unreadable() {
    use cosell::validate::{DiskProbe, FileProbe};
    let env = Env::new();
    let p = |n: &str| env.path(n).display().to_string();
    std::os::unix::fs::symlink(env.path("loop-b.pdf"), env.path("loop-a.pdf")).unwrap();
    std::os::unix::fs::symlink(env.path("loop-a.pdf"), env.path("loop-b.pdf")).unwrap();
    std::fs::create_dir(env.path("folder.pdf")).unwrap();
    std::os::unix::fs::symlink(env.path("one-pager.pdf"), env.path("link.pdf")).unwrap();
    let cases = [
        (p("loop-a.pdf"), "cannot be read"),
        (p("folder.pdf"), "is a directory"),
        (p("missing.pdf"), "does not exist"),
        (p("drawing.vsdx"), "export the diagram to PDF or PNG"),
    ];
    for (path, want) in cases {
        let err = DiskProbe::default().probe(&path).unwrap_err();
        assert!(err.contains(want), "{path}: {err}");
    }
    assert!(
        DiskProbe::default().probe(&p("link.pdf")).is_ok(),
        "a link to a good file is fine"
    );
    // Root reads anything, so only an ordinary user can see the permission check.
    let unreadable = env.path("secret.pdf");
    std::fs::write(&unreadable, b"%PDF-1.4").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&unreadable, std::fs::Permissions::from_mode(0o000)).unwrap();
    if std::fs::read(&unreadable).is_err() {
        assert!(
            DiskProbe::default()
                .probe(&p("secret.pdf"))
                .unwrap_err()
                .contains("permission denied")
        );
    }
}

#[test]
fn a_drafts_folder_that_cannot_be_written_is_named_and_nothing_is_lost() {
    // Root writes anywhere, so an unwritable folder is made by putting it under a regular file.
    let env = Env::new();
    let blocker = env.write("not-a-folder", "x");
    let out = env
        .command(&["--plain"])
        .env("COSELL_HOME", blocker.join("drafts"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut c| {
            use std::io::Write;
            // cosell may refuse the folder and exit before reading: a closed pipe is fine.
            let _ = c.stdin.take().unwrap().write_all(b"\nContoso\n");
            c.wait_with_output()
        })
        .unwrap();
    assert_eq!(out.status.code(), Some(2), "{}", stdout(&out));
    let err = stderr(&out);
    assert!(
        err.contains("not-a-folder/drafts"),
        "names the folder: {err}"
    );
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "x");
}

#[cfg(unix)]
#[test]
fn drafts_locks_and_exports_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let env = Env::new();
    let store = store::DraftStore::at(env.home().join("nested"));
    let (name, _) = store
        .create("Private", cosell::model::Edition::E2021_02, false)
        .unwrap();
    let path = store.path_of(&name);
    let _lock = store::lock(&path).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o600);
    assert_eq!(mode(&store::lock_path(&path)), 0o600);
    assert_eq!(mode(store.dir()), 0o700);
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["export", "it.json", "-o", "e.json"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(mode(&env.path("e.json")), 0o600);
    let out = env.cosell(&["contacts", "export", "it.json", "-o", "c.csv"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(mode(&env.path("c.csv")), 0o600);
}

/// Child side of the session crash test: bursts of edits through a DraftSession (saved in the
/// background), saying after each burst which value the last completed save holds.
#[test]
fn crash_child_edits_in_bursts() {
    let Ok(path) = std::env::var("COSELL_BURST_CHILD") else {
        return;
    };
    let path = Path::new(&path);
    let store = store::DraftStore::at(path.parent().unwrap());
    let mut s = cosell::session::DraftSession::open_path(&store, path).unwrap();
    println!("ready");
    for burst in 0u64.. {
        for k in 0..50 {
            s.set(
                cosell::fields::FieldId::MpnId,
                &(burst * 50 + k).to_string(),
            )
            .unwrap();
        }
        s.flush().unwrap();
        println!("saved {}", burst * 50 + 49);
    }
}

#[test]
fn sigkill_after_a_burst_of_edits_leaves_the_last_completed_save_whole() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("burst.json");
    store::save(&path, &draft_with(2_000, "A")).unwrap();
    let mut rng = Rng(0x2545_f491_4f6c_dd1d);
    for round in 0..40 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "crash_child_edits_in_bursts",
                "--nocapture",
                "--test-threads=1",
            ])
            .env("COSELL_BURST_CHILD", &path)
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut lines = std::io::BufReader::new(child.stdout.take().unwrap()).lines();
        let mut last_saved = None;
        let target = 1 + rng.next() % 4;
        for line in lines.by_ref() {
            let line = line.unwrap();
            if let Some(n) = line.strip_prefix("saved ") {
                last_saved = Some(n.parse::<u64>().unwrap());
                if n.parse::<u64>().unwrap() / 50 + 1 >= target {
                    break;
                }
            }
        }
        // Kill in the middle of the next burst.
        std::thread::sleep(Duration::from_micros(rng.next() % 5_000));
        child.kill().unwrap();
        child.wait().unwrap();
        let loaded = store::load(&path).unwrap_or_else(|e| panic!("round {round}: {e}"));
        let mpn: u64 = loaded.partner.mpn_id.unwrap().parse().unwrap();
        assert!(
            mpn >= last_saved.unwrap(),
            "round {round}: {mpn} is older than the last completed save"
        );
        assert_eq!(loaded.contacts.len(), 2_000, "round {round}: whole");
    }
}
