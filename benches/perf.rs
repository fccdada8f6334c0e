//! The performance table of the README: start-up (pty), key-to-redraw, evaluation, import, peak
//! memory and binary size, each against its target. `cargo bench --bench perf`.

mod fixtures;

use std::io::Read;
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
    assert!(String::from_utf8_lossy(&out.stdout).contains("by 100000 contact(s)"));
    // SAFETY: getrusage only writes into the struct we pass.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut usage) };
    usage.ru_maxrss
}

/// Spawns `bin` in an 80×24 pty and returns the time until `marker` is on the parsed screen.
fn time_to_first_frame(bin: &Path, args: &[&str], home: &Path, marker: &str) -> Duration {
    use portable_pty::{CommandBuilder, PtySize, native_pty_system};
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: 24,
            cols: 80,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(bin);
    cmd.args(args);
    cmd.env("COSELL_HOME", home);
    cmd.env("TERM", "xterm-256color");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let mut writer = pair.master.take_writer().unwrap();
    let mut parser = vt100::Parser::new(24, 80, 0);
    let mut buf = [0u8; 4096];
    let elapsed = loop {
        let n = reader.read(&mut buf).unwrap();
        parser.process(&buf[..n]);
        if parser.screen().contents().contains(marker) {
            break start.elapsed();
        }
        assert!(
            n > 0 && start.elapsed() < Duration::from_secs(10),
            "no first frame"
        );
    };
    let _ = writer.write_all(b"q");
    let _ = child.wait();
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

fn key_to_redraw() -> (Duration, Duration) {
    use cosell::tui::action::Action;
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = cosell::tui::app::App::new(
        cosell::store::DraftStore::at("target/bench-no-drafts"),
        cosell::tui::theme::Theme::color(),
    );
    app.with_submission(fixtures::submission(10_000), cosell::fields::Step::Offer);
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 60)).unwrap();
    term.draw(|f| cosell::tui::render(&app, f)).unwrap();
    let mut times = Vec::with_capacity(1000);
    let mut per_step = std::collections::BTreeMap::new();
    let mut forward = true;
    for i in 0..1000 {
        let start = Instant::now();
        if i % 20 == 19 {
            if app.step == cosell::fields::Step::Review {
                forward = false;
            } else if app.step == cosell::fields::Step::Offer {
                forward = true;
            }
            app.update(if forward {
                Action::NextStep
            } else {
                Action::PrevStep
            });
        } else {
            app.handle_event(Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)));
        }
        term.draw(|f| cosell::tui::render(&app, f)).unwrap();
        times.push(start.elapsed());
        per_step
            .entry(app.step.short())
            .or_insert_with(Vec::new)
            .push(*times.last().unwrap());
    }
    let worst: Vec<String> = per_step
        .iter()
        .map(|(s, t)| format!("{s} {}", ms(percentile(t, 0.99))))
        .collect();
    eprintln!("key → redraw p99 by screen: {}", worst.join(", "));
    (percentile(&times, 0.5), percentile(&times, 0.99))
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

    let (p50, p99) = key_to_redraw();
    rows.push((
        "Key → redraw p50, 10,000 contacts, 200×60, all screens".into(),
        ms(p50),
        "".into(),
        true,
    ));
    rows.push((
        "Key → redraw p99 (1,000 keys)".into(),
        ms(p99),
        "≤ 2 ms".into(),
        p99 <= Duration::from_millis(2),
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
