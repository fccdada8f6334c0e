//! The full-screen wizard: terminal setup and restore (on quit, panic, SIGTERM and SIGHUP), the
//! event loop, and the root layout.

pub mod action;
pub mod app;
pub mod command;
pub mod component;
pub mod derived;
mod dialogs;
mod editing;
mod events;
pub mod keymap;
mod navigate;
pub mod popups;
mod runner;
pub mod screen;
pub mod screens;
pub mod shown;
pub mod task;
pub mod text;
pub mod theme;
pub mod widgets;

use std::io::{Stdout, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use anyhow::{Context as _, Result};
use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use crossterm::{cursor, execute};
use ratatui::Frame;
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::fields::Step;
use crate::present::sanitize;
use crate::session::{SaveHandle, SaveState};
use crate::store::DraftStore;
use app::App;
use component::Component;
use theme::Theme;

/// Below this the wizard asks for a bigger terminal instead of drawing.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;
/// From this width the status panel sits beside the form; from `WIDE` it shows reasons and ids.
pub const SIDE_PANEL: u16 = 80;
pub const WIDE: u16 = 120;

/// Whether the wizard has the terminal (raw mode, alternate screen).
static TERMINAL_TAKEN: AtomicBool = AtomicBool::new(false);

/// Called by the binary's allocator when an allocation fails, just before Rust aborts: the
/// terminal is put back (once) so the message and the shell are readable.
pub fn on_allocation_failure() {
    if TERMINAL_TAKEN.load(Ordering::Relaxed) {
        restore_terminal();
    }
}

/// Puts the terminal back: raw mode off, main screen, cursor shown, mouse and paste off.
pub fn restore_terminal() {
    TERMINAL_TAKEN.store(false, Ordering::Relaxed);
    let _ = disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        cursor::Show
    );
    let _ = out.flush();
}

fn setup_terminal() -> Result<Terminal<CrosstermBackend<Stdout>>> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore_terminal();
        hook(info);
    }));
    TERMINAL_TAKEN.store(true, Ordering::Relaxed);
    enable_raw_mode().context(crate::t!("wiz-no-raw-mode"))?;
    let mut out = std::io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableBracketedPaste,
        EnableMouseCapture
    )?;
    Ok(Terminal::new(CrosstermBackend::new(out))?)
}

/// Runs the wizard until the user quits (on `draft` when given). The terminal is restored on
/// every way out, and the last change is saved first.
pub fn run(store: DraftStore, theme: Theme, draft: Option<&str>) -> Result<()> {
    let mut app = App::new(store, theme);
    if let Some(d) = draft {
        app.open(d)
            .with_context(|| crate::t!("wiz-cannot-open", path = sanitize(d)))?;
    }
    let stop = Arc::new(AtomicBool::new(false));
    let saver: Arc<Mutex<Option<SaveHandle>>> = Arc::new(Mutex::new(None));
    #[cfg(unix)]
    watch_signals(Arc::clone(&stop), Arc::clone(&saver))?;
    // For the terminal-hygiene test: a panic inside a frame must still restore the terminal.
    #[cfg(feature = "test-hooks")]
    {
        app.panic_in_frame = std::env::var_os("COSELL_TEST_PANIC_IN_FRAME").is_some();
        app.fail_allocation = std::env::var_os("COSELL_TEST_ALLOCATION_FAILURE").is_some();
    }
    let mut terminal = setup_terminal()?;
    let result = event_loop(&mut terminal, &mut app, &stop, &saver);
    restore_terminal();
    if !app.should_quit {
        // Left by a signal or a lost terminal: keep the last change.
        if let Some(s) = app.screen.take_session()
            && let Err(e) = s.close()
        {
            eprintln!(
                "cosell: {}",
                crate::t!("wiz-not-saved", error = sanitize(&e))
            );
        }
    }
    result
}

/// SIGTERM and SIGHUP (the terminal closed) end the loop so the last save completes and the
/// terminal is restored. If the loop is stuck (a dead tty), the watcher saves and leaves itself.
#[cfg(unix)]
fn watch_signals(stop: Arc<AtomicBool>, saver: Arc<Mutex<Option<SaveHandle>>>) -> Result<()> {
    use signal_hook::consts::{SIGHUP, SIGTERM};
    let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP])?;
    std::thread::spawn(move || {
        if let Some(sig) = signals.forever().next() {
            stop.store(true, Ordering::Relaxed);
            std::thread::sleep(Duration::from_millis(1500));
            let handle = saver.lock().ok().and_then(|h| h.clone());
            if let Some(h) = handle {
                h.flush(Duration::from_secs(3));
            }
            restore_terminal();
            std::process::exit(128 + sig);
        }
    });
    Ok(())
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    stop: &AtomicBool,
    saver: &Mutex<Option<SaveHandle>>,
) -> Result<()> {
    let mut dirty = true;
    while !app.should_quit {
        if stop.load(Ordering::Relaxed) {
            break;
        }
        if let Ok(mut h) = saver.lock() {
            *h = app.session().and_then(|s| s.save_handle());
        }
        if dirty {
            terminal.draw(|f| render(app, f))?;
            dirty = false;
        }
        let wait = if app.busy() { 30 } else { 100 };
        if event::poll(Duration::from_millis(wait))? {
            app.handle_event(event::read()?);
            dirty = true;
        }
        dirty |= app.tick();
    }
    Ok(())
}

/// Draws the whole wizard.
pub fn render(app: &App, f: &mut Frame) {
    assert!(!app.panic_in_frame, "COSELL_TEST_PANIC_IN_FRAME is set");
    #[cfg(feature = "test-hooks")]
    if app.fail_allocation {
        // 64 TiB: no machine has it, so the allocator fails and Rust aborts.
        let huge = vec![0u8; 1 << 46];
        std::hint::black_box(&huge);
    }
    app.hits.borrow_mut().clear();
    let area = f.area();
    let too_small = area.width < MIN_WIDTH || area.height < MIN_HEIGHT;
    app.too_small.set(too_small);
    if too_small {
        render_too_small(app, f, area);
        return;
    }
    let [title, steps, body, footer] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
        Constraint::Length(1),
    ])
    .areas(area);
    render_title_bar(app, f, title);
    let ui = &app.shown();
    match &app.screen {
        screen::Screen::Other(c) => c.render(ui, f, body),
        screen::Screen::Drafts(start) => start.render(ui, f, body),
        screen::Screen::Draft(_) => {
            f.render_widget(widgets::step_bar::StepBar { ui }, steps);
            render_body(app, ui, f, body);
        }
    }
    render_footer(app, f, footer);
    popups::render(ui, &app.popups, f, area);
}

fn render_body(app: &App, ui: &shown::Shown, f: &mut Frame, body: Rect) {
    let side = body.width >= SIDE_PANEL;
    let panel_focused = app.panel().is_some();
    if !side && panel_focused {
        // Narrow: the panel takes the screen while it has the focus.
        f.render_widget(widgets::status_panel::StatusPanel { ui }, body);
        return;
    }
    let (main, panel) = if side {
        let w = if body.width >= WIDE {
            (body.width * 2 / 5).clamp(56, 90)
        } else {
            34
        };
        let [m, p] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(w)]).areas(body);
        (m, p)
    } else {
        let [m, p] = Layout::vertical([Constraint::Fill(1), Constraint::Length(4)]).areas(body);
        (m, p)
    };
    let [heading, screen] =
        Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(main);
    let t = &app.theme;
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(app.step().title(), t.title),
            Span::styled(
                format!(
                    "  {}",
                    crate::t!(
                        "wiz-step-of",
                        number = app.step().number(),
                        count = Step::WIZARD.len()
                    )
                ),
                t.dim,
            ),
        ])),
        heading,
    );
    let screen = Rect {
        x: screen.x + 1,
        width: screen.width.saturating_sub(2),
        ..screen
    };
    if let Some(d) = app.screen.draft() {
        d.page().render(ui, f, screen);
    }
    if side {
        f.render_widget(widgets::status_panel::StatusPanel { ui }, panel);
    } else {
        f.render_widget(widgets::status_panel::CompactPanel { ui }, panel);
    }
}

fn render_title_bar(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let left = match app.session() {
        Some(s) if app.step() != Step::Start => format!(
            " cosell · {} · {}",
            crate::present::offer_name(s.sub()),
            crate::t!("wiz-title-rules", edition = s.edition().to_string())
        ),
        _ => " cosell".to_string(),
    };
    let (right, style) = match app.session() {
        Some(s) if !s.is_writable() => (String::new(), t.dim),
        Some(s) => match s.save_state() {
            SaveState::Failed { .. } | SaveState::Conflict { .. } => {
                (format!("✗ {} ", crate::t!("wiz-title-not-saved")), t.error)
            }
            _ if s.is_dirty() => (format!("{} ", crate::t!("wiz-title-saving")), t.dim),
            SaveState::Saved { at, .. } => (
                format!(
                    "{} ",
                    crate::t!("wiz-title-saved-at", time = crate::present::format_hm(at))
                ),
                t.ok,
            ),
            SaveState::Idle => (format!("{} ", crate::t!("wiz-title-saved")), t.ok),
        },
        None => (String::new(), t.dim),
    };
    let room = (area.width as usize).saturating_sub(right.chars().count());
    let left = screens::fit(&left, room);
    let pad = room.saturating_sub(left.chars().count());
    f.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(left, t.title),
            Span::raw(" ".repeat(pad)),
            Span::styled(right, style),
        ])),
        area,
    );
}

fn render_footer(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    if let Some((text, is_error)) = &app.status_line {
        let (mark, style) = if *is_error {
            ("✗ ", t.error)
        } else {
            ("", t.ok)
        };
        f.render_widget(
            Paragraph::new(Line::styled(
                screens::fit_words(&format!("{mark}{text}"), area.width as usize),
                style,
            )),
            area,
        );
        return;
    }
    if !app.popups.is_empty() {
        // A dialog has its own action line.
        return;
    }
    let mut spans = Vec::new();
    let mut used = 0usize;
    for (k, label) in keymap::hints(&app.contexts()) {
        let w = k.chars().count() + label.chars().count() + 3;
        if used + w > area.width as usize {
            break;
        }
        used += w;
        spans.push(Span::styled(format!(" {k}"), t.key));
        spans.push(Span::raw(format!(" {label} ")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_too_small(app: &App, f: &mut Frame, area: Rect) {
    let (w, h) = (area.width, area.height);
    // The longest message that fits: even at 10×3 the user must see what is wrong.
    let (need, now) = (format!("{MIN_WIDTH}×{MIN_HEIGHT}"), format!("{w}×{h}"));
    let messages = [
        crate::t!("wiz-too-small", size = &need, now = &now),
        crate::t!("wiz-too-small-short", size = &need, now = &now),
        crate::t!("wiz-too-small-shorter", size = &need),
        format!("≥{MIN_WIDTH}×{MIN_HEIGHT}"),
    ];
    let room = usize::from(w) * usize::from(h);
    let text = messages
        .iter()
        .find(|m| m.chars().count() + usize::from(h) * 2 <= room)
        .unwrap_or(&messages[3]);
    f.render_widget(
        Paragraph::new(text.as_str())
            .style(app.theme.warn)
            .wrap(Wrap { trim: true }),
        area,
    );
}

/// The whole wizard drawn at `width`×`height`, as the text of its cells in one string (tests
/// look for what a screen says).
#[cfg(any(test, feature = "test-hooks"))]
pub fn render_text(app: &App, width: u16, height: u16) -> String {
    let backend = ratatui::backend::TestBackend::new(width, height);
    let Ok(mut term) = Terminal::new(backend);
    if term.draw(|f| render(app, f)).is_err() {
        return String::new();
    }
    term.backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect()
}
