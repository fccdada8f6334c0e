//! The full-screen wizard: terminal setup and restore, the event loop, and the root layout.

pub mod action;
pub mod app;
pub mod keymap;
pub mod popups;
pub mod screens;
pub mod theme;
pub mod widgets;

use std::io::{Stdout, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use anyhow::{Context as _, Result};
use crossterm::event::{self, DisableBracketedPaste, EnableBracketedPaste};
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
use app::App;

/// Below this the wizard asks for a bigger terminal instead of drawing.
pub const MIN_WIDTH: u16 = 60;
pub const MIN_HEIGHT: u16 = 16;

/// Puts the terminal back: raw mode off, main screen, cursor shown, bracketed paste off.
pub fn restore_terminal() {
    let _ = disable_raw_mode();
    let mut out = std::io::stdout();
    let _ = execute!(
        out,
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
    enable_raw_mode().context("cannot switch the terminal to raw mode")?;
    let mut out = std::io::stdout();
    execute!(out, EnterAlternateScreen, EnableBracketedPaste)?;
    Ok(Terminal::new(CrosstermBackend::new(out))?)
}

/// Runs the wizard until the user quits. The terminal is restored on every way out.
pub fn run(mut app: App) -> Result<()> {
    let term_signal = Arc::new(AtomicBool::new(false));
    #[cfg(unix)]
    watch_sigterm(Arc::clone(&term_signal))?;
    // For the terminal-hygiene test: a panic inside a frame must still restore the terminal.
    app.panic_in_frame = std::env::var_os("COSELL_TEST_PANIC_IN_FRAME").is_some();
    let mut terminal = setup_terminal()?;
    let result = event_loop(&mut terminal, &mut app, &term_signal);
    restore_terminal();
    result
}

/// SIGTERM ends the loop so the terminal is restored. SIGHUP keeps its default (exit): the
/// terminal is gone, and crossterm would spin on the closed tty instead of returning.
#[cfg(unix)]
fn watch_sigterm(flag: Arc<AtomicBool>) -> Result<()> {
    let mut signals = signal_hook::iterator::Signals::new([signal_hook::consts::SIGTERM])?;
    std::thread::spawn(move || {
        if signals.forever().next().is_some() {
            flag.store(true, Ordering::Relaxed);
            // The loop sees the flag within 100 ms; if it is stuck (a dead tty), leave anyway.
            std::thread::sleep(Duration::from_millis(500));
            restore_terminal();
            std::process::exit(143);
        }
    });
    Ok(())
}

fn event_loop(
    terminal: &mut Terminal<CrosstermBackend<Stdout>>,
    app: &mut App,
    term_signal: &AtomicBool,
) -> Result<()> {
    let mut dirty = true;
    while !app.should_quit {
        if term_signal.load(Ordering::Relaxed) {
            break;
        }
        if dirty {
            terminal.draw(|f| render(app, f))?;
            dirty = false;
        }
        if event::poll(Duration::from_millis(100))? {
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
    let area = f.area();
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
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
    if app.step == Step::Start || app.draft.is_none() {
        screens::start::render(app, f, body);
    } else {
        widgets::step_bar::render(app, f, steps);
        let (main, panel, compact) = if area.width >= 80 {
            let panel_width = if area.width >= 110 { 44 } else { 34 };
            let [m, p] = Layout::horizontal([Constraint::Fill(1), Constraint::Length(panel_width)])
                .areas(body);
            (m, p, false)
        } else {
            let [m, p] = Layout::vertical([Constraint::Fill(1), Constraint::Length(5)]).areas(body);
            (m, p, true)
        };
        let [heading, screen] =
            Layout::vertical([Constraint::Length(1), Constraint::Fill(1)]).areas(main);
        f.render_widget(
            Paragraph::new(Line::styled(app.step.title(), app.theme.title)),
            heading,
        );
        let screen = Rect {
            x: screen.x + 1,
            width: screen.width.saturating_sub(2),
            ..screen
        };
        screens::render(app, f, screen);
        if compact {
            widgets::status_panel::render_compact(app, f, panel);
        } else {
            widgets::status_panel::render(app, f, panel);
        }
    }
    render_footer(app, f, footer);
    popups::render(app, f, area);
}

fn render_title_bar(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let left = match app.draft.as_ref() {
        Some(d) if app.step != Step::Start => {
            format!(" cosell · {} · rules {}", d.sub.offer_name(), d.sub.rules)
        }
        _ => " cosell".to_string(),
    };
    let right = match (&app.draft, &app.saved_at) {
        (Some(_), Some(at)) => format!("saved {at} "),
        (Some(d), None) if !d.path.as_os_str().is_empty() => "not saved yet ".into(),
        _ => String::new(),
    };
    let pad = (area.width as usize).saturating_sub(left.chars().count() + right.chars().count());
    let line = Line::from(vec![
        Span::styled(left, t.title),
        Span::raw(" ".repeat(pad)),
        Span::styled(right, t.ok),
    ]);
    f.render_widget(Paragraph::new(line), area);
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
            Paragraph::new(Line::styled(format!("{mark}{text}"), style)),
            area,
        );
        return;
    }
    let hints: Vec<(&str, &str)> = if app.editing.is_some() {
        vec![("Enter", "keep"), ("Esc", "undo"), ("Tab", "keep & next")]
    } else {
        keymap::hints(&app.contexts())
    };
    let mut spans = Vec::new();
    for (k, label) in hints {
        spans.push(Span::styled(format!(" {k}"), t.key));
        spans.push(Span::raw(format!(" {label} ")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn render_too_small(app: &App, f: &mut Frame, area: Rect) {
    let (w, h) = (area.width, area.height);
    // The longest message that fits: even at 10×3 the user must see what is wrong.
    let messages = [
        format!(
            "Enlarge the terminal to at least {MIN_WIDTH}×{MIN_HEIGHT} (now {w}×{h}). q quits; your draft is saved."
        ),
        format!("Enlarge to {MIN_WIDTH}×{MIN_HEIGHT} (now {w}×{h}); q quits"),
        format!("Need {MIN_WIDTH}×{MIN_HEIGHT}; q quits"),
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
