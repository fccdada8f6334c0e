//! The coverage map of the Contacts step on ratatui's TestBackend: `m` shows it and brings the
//! list back, snapshots at 80×24 and 200×50 with 1, 30 and 200 markets, and the list (with a
//! word on why) in a terminal smaller than 80×20.

mod common;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

use cosell::fields::Step;
use cosell::model::geo::{NOT_IN_PARTNER_CENTER, all_countries};
use cosell::model::*;
use cosell::store::DraftStore;
use cosell::tui::app::App;
use cosell::tui::theme::Theme;

/// A ready offer with `n` markets: every third one without a Partner sales contact, and from 30
/// markets on the three codes Partner Center will not take among them.
fn with_markets(n: usize) -> Submission {
    let mut s = common::ready_submission("tests/fixtures");
    let mut codes: Vec<String> = vec!["US".into()];
    if n >= 30 {
        codes.extend(NOT_IN_PARTNER_CENTER.iter().map(|c| c.to_string()));
    }
    for c in all_countries() {
        if !codes.iter().any(|x| x == c) {
            codes.push(c.to_string());
        }
    }
    codes.truncate(n);
    let covered: Vec<String> = codes
        .iter()
        .enumerate()
        .filter(|(i, _)| i % 3 != 2)
        .map(|(_, c)| c.clone())
        .collect();
    s.markets = codes;
    s.contacts[0].countries = covered;
    s
}

fn app_with(sub: Submission) -> App {
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::color(),
    );
    app.with_submission(sub, Step::Contacts);
    app
}

fn press(app: &mut App, c: char) {
    app.handle_event(Event::Key(KeyEvent::new(
        KeyCode::Char(c),
        KeyModifiers::NONE,
    )));
}

fn screen(app: &App, w: u16, h: u16) -> String {
    let mut term = Terminal::new(TestBackend::new(w, h)).unwrap();
    term.draw(|f| cosell::tui::render(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..h {
        let line: String = (0..w).map(|x| buf[(x, y)].symbol()).collect();
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

#[test]
fn m_shows_the_map_and_brings_the_list_back() {
    let mut app = app_with(with_markets(3));
    let list = screen(&app, 80, 24);
    assert!(list.contains("Coverage: 2 of 3 markets · m map"), "{list}");
    assert!(list.contains("Contacts (1)"), "{list}");
    press(&mut app, 'm');
    let map = screen(&app, 80, 24);
    assert!(
        !map.contains("Contacts (1)"),
        "the map takes the list's place:\n{map}"
    );
    assert!(map.contains("● 2 covered"), "{map}");
    assert!(map.contains("✗ 1 uncovered"), "{map}");
    assert!(map.contains("Coverage: 2 of 3 markets · m list"), "{map}");
    // Braille dots of the coastlines are drawn.
    assert!(
        map.chars().any(|c| ('\u{2801}'..='\u{28ff}').contains(&c)),
        "{map}"
    );
    press(&mut app, 'm');
    assert_eq!(screen(&app, 80, 24), list);
}

#[test]
fn below_80x20_the_list_stays_and_says_why() {
    let mut app = app_with(with_markets(3));
    press(&mut app, 'm');
    for (w, h) in [(79, 24), (80, 19), (60, 20)] {
        let text = screen(&app, w, h);
        assert!(text.contains("Coverage: 2 of 3"), "{w}x{h}:\n{text}");
        assert!(
            text.contains("The map needs 80×20 or more"),
            "{w}x{h}:\n{text}"
        );
        assert!(!text.contains("covered  "), "{w}x{h}:\n{text}");
    }
    insta::assert_snapshot!("map_too_small_60x20", screen(&app, 60, 20));
    assert!(screen(&app, 80, 20).contains("● 2 covered"));
}

#[test]
fn map_snapshots() {
    for n in [1, 30, 200] {
        let sub = with_markets(n);
        assert_eq!(sub.markets.len(), n);
        let mut app = app_with(sub);
        press(&mut app, 'm');
        for (w, h) in [(80, 24), (200, 50)] {
            let text = screen(&app, w, h);
            let markets = if n == 1 { "market" } else { "markets" };
            assert!(text.contains(&format!("of {n} {markets} ")), "{text}");
            insta::assert_snapshot!(format!("map_{n}_markets_{w}x{h}"), text);
        }
    }
}

#[test]
fn the_map_marks_every_state_in_the_mono_theme_too() {
    let sub = with_markets(30);
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::mono(),
    );
    app.with_submission(sub, Step::Contacts);
    press(&mut app, 'm');
    let text = screen(&app, 200, 50);
    for glyph in ["●", "✗", "▲"] {
        assert!(text.contains(glyph), "{glyph} missing:\n{text}");
    }
}
