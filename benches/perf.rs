//! The performance table of the README: start-up (pty), key-to-redraw on the real binary in a
//! pty (per step, typing, the Enter that commits), evaluation, import, peak memory and binary
//! size, each against its target. `cargo bench --bench perf`.

mod fixtures;

use std::io::{Read, Write};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use cosell::model::Edition;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn percentile(v: &[Duration], p: f64) -> Duration {
    let mut v = v.to_vec();
    v.sort();
    v[((v.len() as f64 - 1.0) * p).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1000.0)
}

/// Peak RSS of `cosell status` on a 100,000-contact draft, from the kernel's child accounting.
/// Runs first: RUSAGE_CHILDREN reports the largest child so far.
fn peak_rss_kb(bin: &Path, dir: &Path) -> i64 {
    let draft = dir.join("big.json");
    fixtures::write_draft(&draft, 100_000).unwrap();
    let out = std::process::Command::new(bin)
        .args(["status", draft.to_str().unwrap(), "--json"])
        .output()
        .unwrap();
    assert!(out.status.success());
    // The child read every contact (checked here, not by loading the draft in this process).
    assert!(String::from_utf8_lossy(&out.stdout).contains("by 100000 contacts"));
    // SAFETY: getrusage only writes into the struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss
}

/// Spawns `bin` in an 80×24 pty and returns the time until `marker` is on the parsed screen.
fn time_to_first_frame(bin: &Path, args: &[&str], home: &Path, marker: &str) -> Duration {
    let start = Instant::now();
    let mut pty = Pty::start(bin, args, home, (24, 80));
    let mut parser = vt100::Parser::new(24, 80, 0);
    let elapsed = loop {
        let bytes = pty
            .rx
            .recv_timeout(Duration::from_secs(10))
            .expect("a first frame");
        parser.process(&bytes);
        if parser.screen().contents().contains(marker) {
            break start.elapsed();
        }
    };
    let _ = pty.writer.write_all(b"q");
    let _ = pty.child.wait();
    elapsed
}

fn startup(bin: &Path, minimal: &Path, dir: &Path) -> (Duration, Duration) {
    let home = dir.join("home");
    let runs = 31;
    let mut ours = Vec::new();
    let mut floor = Vec::new();
    for _ in 0..runs {
        ours.push(time_to_first_frame(bin, &[], &home, "Drafts folder"));
        floor.push(time_to_first_frame(
            minimal,
            &[],
            &home,
            "minimal ratatui app",
        ));
    }
    (median(ours), median(floor))
}

fn build_minimal(bin: &Path) -> Option<PathBuf> {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let ok = std::process::Command::new(cargo)
        .args(["build", "--release", "--example", "minimal", "--quiet"])
        .status()
        .ok()?
        .success();
    let path = bin.parent()?.join("examples").join("minimal");
    (ok && path.exists()).then_some(path)
}

/// The real binary in a 200×60 pty on a 100,000-contact draft: each key is written and timed
/// until the frame it causes is complete (ratatui ends every frame by setting the cursor).
struct Pty {
    rx: std::sync::mpsc::Receiver<Vec<u8>>,
    writer: Box<dyn std::io::Write + Send>,
    child: Box<dyn portable_pty::Child + Send + Sync>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
    seen: Vec<u8>,
}

/// The bytes every frame ends with: the cursor hidden (no terminal cursor in the wizard).
const FRAME_END: &[u8] = b"\x1b[?25l";

impl Pty {
    fn start(bin: &Path, args: &[&str], home: &Path, (rows, cols): (u16, u16)) -> Pty {
        use portable_pty::{CommandBuilder, PtySize, native_pty_system};
        let pair = native_pty_system()
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(bin);
        cmd.args(args);
        cmd.env("COSELL_HOME", home);
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut buf = [0u8; 65536];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || tx.send(buf[..n].to_vec()).is_err() {
                    break;
                }
            }
        });
        Pty {
            rx,
            writer,
            child,
            _master: pair.master,
            seen: Vec::new(),
        }
    }

    /// Waits until the output contains `what` (from what was not consumed yet).
    fn wait_for(&mut self, what: &[u8], limit: Duration) -> bool {
        let start = Instant::now();
        loop {
            if let Some(i) = self.seen.windows(what.len()).position(|w| w == what) {
                self.seen.drain(..i + what.len());
                return true;
            }
            let left = limit.saturating_sub(start.elapsed());
            match self.rx.recv_timeout(left) {
                Ok(bytes) => self.seen.extend_from_slice(&bytes),
                Err(_) => return false,
            }
        }
    }

    /// Lets the output settle, then forgets it.
    fn drain(&mut self) {
        while self.rx.recv_timeout(Duration::from_millis(150)).is_ok() {}
        self.seen.clear();
    }

    /// Writes a key and times the frame it causes.
    fn key(&mut self, bytes: &[u8]) -> Duration {
        self.seen.clear();
        let start = Instant::now();
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        assert!(
            self.wait_for(FRAME_END, Duration::from_secs(5)),
            "no frame after {bytes:?}"
        );
        start.elapsed()
    }
}

struct Latency {
    per_step: Vec<(String, Duration, Duration)>,
    typing: (Duration, Duration),
    commit: (Duration, Duration),
    save: Duration,
}

fn latency(bin: &Path, dir: &Path) -> Latency {
    let draft = dir.join("latency.json");
    fixtures::write_draft(&draft, 100_000).unwrap();
    let home = dir.join("home-latency");
    let mut pty = Pty::start(bin, &["--draft", draft.to_str().unwrap()], &home, (60, 200));
    assert!(
        pty.wait_for(b"Resumed at", Duration::from_secs(30)),
        "the draft opened"
    );
    pty.drain();
    let mut per_step = Vec::new();
    for n in 1..=7u8 {
        pty.key(&[b'0' + n]);
        pty.drain();
        let times: Vec<Duration> = (0..100).map(|_| pty.key(b"\x1b[B")).collect();
        let name = cosell::fields::Step::from_number(n as usize)
            .unwrap()
            .short();
        per_step.push((
            name.to_string(),
            percentile(&times, 0.5),
            percentile(&times, 0.99),
        ));
    }
    // Typing into the MPN ID (the fifth field of Offer).
    pty.key(b"1");
    pty.drain();
    for _ in 0..4 {
        pty.key(b"\x1b[B");
    }
    pty.key(b"\r");
    pty.key(b"\x15");
    let typed: Vec<Duration> = (0..200)
        .map(|i| pty.key(&[b'0' + (i % 10) as u8]))
        .collect();
    pty.key(b"\x1b");
    pty.drain();
    // Commits: each changes the draft, so each is evaluated and saved (in the background).
    let mut commits = Vec::new();
    let mut saves = Vec::new();
    for i in 0..30u32 {
        pty.key(b"\r");
        pty.key(b"\x15");
        for c in format!("{}", 4_567_000 + i).bytes() {
            pty.key(&[c]);
        }
        let start = Instant::now();
        commits.push(pty.key(b"\r"));
        // The title says "saved" once the background save is on disk (seen at the next tick).
        if pty.wait_for(b"saved ", Duration::from_secs(10)) {
            saves.push(start.elapsed());
        }
        pty.drain();
    }
    pty.writer.write_all(b"q").unwrap();
    let _ = pty.child.wait();
    Latency {
        per_step,
        typing: (percentile(&typed, 0.5), percentile(&typed, 0.99)),
        commit: (percentile(&commits, 0.5), percentile(&commits, 0.99)),
        save: median(saves),
    }
}

fn main() {
    if std::env::args().any(|a| a == "--list" || a == "--test") {
        return; // `cargo test --benches` and listing: nothing to run
    }
    let bin = PathBuf::from(env!("CARGO_BIN_EXE_cosell"));
    let dir = tempfile::tempdir().unwrap();
    let mut rows: Vec<(String, String, String, bool)> = Vec::new();

    let rss = peak_rss_kb(&bin, dir.path());
    rows.push((
        "Peak RSS, `cosell status`, 100,000 contacts".into(),
        format!("{:.1} MB", rss as f64 / 1024.0),
        "≤ 60 MB".into(),
        rss <= 60 * 1024,
    ));

    let size = std::fs::metadata(&bin).map(|m| m.len()).unwrap_or(0);
    rows.push((
        "Binary size (stripped release)".into(),
        format!("{:.2} MB", size as f64 / 1_048_576.0),
        "≤ 4 MB".into(),
        size <= 4 * 1_048_576,
    ));

    let sub = fixtures::submission(100_000);
    let times: Vec<Duration> = (0..11)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(cosell::rules::evaluate(&sub, Edition::E2021_02));
            t.elapsed()
        })
        .collect();
    let eval = median(times);
    rows.push((
        "Evaluate, 100,000 contacts × 249 markets (median of 11)".into(),
        ms(eval),
        "≤ 20 ms".into(),
        eval <= Duration::from_millis(20),
    ));

    let csv = fixtures::contacts_csv(100_000);
    let draft_path = dir.path().join("import.json");
    let mut base = fixtures::submission(0);
    let times: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let imported = cosell::contacts_csv::import(csv.as_bytes()).unwrap();
            base.contacts = imported.contacts.into();
            cosell::store::save(&draft_path, &base).unwrap();
            t.elapsed()
        })
        .collect();
    let import = median(times);
    rows.push((
        "Import 100,000-row CSV: parse, validate, atomic save (median of 5)".into(),
        ms(import),
        "≤ 400 ms".into(),
        import <= Duration::from_millis(400),
    ));

    let lat = latency(&bin, dir.path());
    for (step, p50, p99) in &lat.per_step {
        rows.push((
            format!(
                "Key → redraw, {step} (pty, 200×60, 100,000 contacts): p50 {}, p99",
                ms(*p50)
            ),
            ms(*p99),
            "≤ 2 ms".into(),
            *p99 <= Duration::from_millis(2),
        ));
    }
    rows.push((
        format!("Typing a value, p50 {}, p99", ms(lat.typing.0)),
        ms(lat.typing.1),
        "≤ 2 ms".into(),
        lat.typing.1 <= Duration::from_millis(2),
    ));
    rows.push((
        format!(
            "Enter that commits a field → redrawn, p50 {}, p99",
            ms(lat.commit.0)
        ),
        ms(lat.commit.1),
        "≤ 16 ms".into(),
        lat.commit.1 <= Duration::from_millis(16),
    ));
    rows.push((
        "Commit → \"saved\" shown (background save + next tick, median)".into(),
        ms(lat.save),
        "".into(),
        true,
    ));

    match build_minimal(&bin) {
        Some(minimal) => {
            let (ours, floor) = startup(&bin, &minimal, dir.path());
            let ratio = ours.as_secs_f64() / floor.as_secs_f64();
            rows.push((
                "Start → first frame, cosell (pty, median of 31)".into(),
                ms(ours),
                "".into(),
                true,
            ));
            rows.push((
                "Start → first frame, minimal ratatui app".into(),
                ms(floor),
                "".into(),
                true,
            ));
            rows.push((
                "Start-up ratio cosell / minimal".into(),
                format!("{ratio:.2}×"),
                "≤ 1.5×".into(),
                ratio <= 1.5,
            ));
        }
        None => rows.push((
            "Start-up".into(),
            "could not build examples/minimal".into(),
            "".into(),
            false,
        )),
    }

    println!("\n| measure | result | target | |\n|---|---|---|---|");
    for (what, result, target, ok) in rows {
        let mark = if target.is_empty() {
            ""
        } else if ok {
            "met"
        } else {
            "MISSED"
        };
        println!("| {what} | {result} | {target} | {mark} |");
    }
}
