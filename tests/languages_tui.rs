//! The wizard in Dutch and French: every step, the drafts list and the help at 80×24, rendered
//! on ratatui's TestBackend under `i18n::with`, and a check that what a person needs to read is
//! not cut in the middle of a word where the screen is narrow.

mod common;

use ratatui::Terminal;
use ratatui::backend::TestBackend;

use cosell::fields::Step;
use cosell::i18n::{self, Lang};
use cosell::model::*;
use cosell::store::DraftStore;
use cosell::tui::action::Action;
use cosell::tui::app::App;
use cosell::tui::theme::Theme;

const W: u16 = 80;
const H: u16 = 24;

fn lang(code: &str) -> Lang {
    Lang::from_locale(code).unwrap_or_else(|| panic!("cosell speaks {code}"))
}

fn ready() -> Submission {
    common::wizard_ready()
}

fn with_faults() -> Submission {
    common::wizard_with_faults()
}

fn app_with(sub: Submission, step: Step) -> App {
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::color(),
    );
    app.with_submission(sub, step);
    app.wait_for_checks(std::time::Duration::from_secs(10));
    app
}

/// The screen as text, one line per row, the folders of this machine written `<cwd>` and
/// `<drafts>`.
fn screen(app: &App, hide: &[(&str, &str)]) -> String {
    let mut term = Terminal::new(TestBackend::new(W, H)).unwrap();
    term.draw(|f| cosell::tui::render(app, f)).unwrap();
    let buf = term.backend().buffer().clone();
    let mut out = String::new();
    for y in 0..H {
        let mut line: String = (0..W).map(|x| buf[(x, y)].symbol()).collect();
        for (from, to) in hide {
            line = line.replace(from, to);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}

/// Every screen a person goes through, drawn in `lang`: (name, text).
fn screens(lang: Lang) -> Vec<(String, String)> {
    i18n::with(lang, || {
        let cwd = std::env::current_dir().unwrap().display().to_string();
        let mut out = Vec::new();

        // The drafts list, with two drafts in it.
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        store.create_named("contoso-analytics", &ready()).unwrap();
        let mut other = with_faults();
        other.offer.name = Some("Fabrikam Insights".into());
        store.create_named("fabrikam-insights", &other).unwrap();
        let app = App::new(store, Theme::color());
        let drafts = dir.path().display().to_string();
        out.push((
            "drafts".to_string(),
            screen(&app, &[(&drafts, "<drafts>"), (&cwd, "<cwd>")]),
        ));

        for step in Step::WIZARD {
            let app = app_with(with_faults(), step);
            out.push((step.id().to_string(), screen(&app, &[(&cwd, "<cwd>")])));
        }

        // Typing a value: the footer says what Enter, Esc and Tab do.
        let mut editing = app_with(with_faults(), Step::Offer);
        editing.update(Action::Activate);
        assert!(editing.editing().is_some(), "Enter edits the offer's name");
        out.push(("editing".to_string(), screen(&editing, &[(&cwd, "<cwd>")])));

        let mut help = app_with(ready(), Step::Offer);
        help.update(Action::Help);
        out.push(("help".to_string(), screen(&help, &[(&cwd, "<cwd>")])));
        out
    })
}

/// The dialogs a person meets most, drawn in `lang`: (name, text, the dialog alone: the cells
/// that differ from the screen under it).
fn dialogs(lang: Lang) -> Vec<(String, String, String)> {
    i18n::with(lang, || {
        let cwd = std::env::current_dir().unwrap().display().to_string();
        let mut out = Vec::new();
        let mut push = |name: &str, app: &mut App| {
            assert!(!app.popups.is_empty(), "{name} opened no dialog");
            let text = screen(app, &[(&cwd, "<cwd>")]);
            let popups = std::mem::take(&mut app.popups);
            let under = screen(app, &[(&cwd, "<cwd>")]);
            app.popups = popups;
            let alone = text
                .lines()
                .zip(under.lines().chain(std::iter::repeat("")))
                .map(|(a, b)| {
                    let b: Vec<char> = b.chars().collect();
                    a.chars()
                        .enumerate()
                        .map(|(x, c)| if b.get(x) == Some(&c) { ' ' } else { c })
                        .collect::<String>()
                })
                .collect::<Vec<_>>()
                .join("\n");
            out.push((name.to_string(), text, alone));
        };

        let mut confirm = app_with(ready(), Step::Contacts);
        confirm.update(Action::Down);
        confirm.update(Action::DeleteContact);
        push("confirm", &mut confirm);

        let mut message = app_with(with_faults(), Step::Review);
        message.update(Action::ExportJson);
        push("message", &mut message);

        let mut countries = app_with(with_faults(), Step::Contacts);
        countries.update(Action::Activate);
        push("countries", &mut countries);

        let mut contact = app_with(ready(), Step::Contacts);
        contact.update(Action::AddContact);
        push("contact", &mut contact);

        let mut edition = app_with(ready(), Step::Offer);
        edition.update(Action::SwitchEdition);
        edition.update(Action::Up);
        edition.update(Action::Commit);
        push("switch_edition", &mut edition);

        let mut draft = App::new(
            DraftStore::at("tests/fixtures/no-drafts-here"),
            Theme::color(),
        );
        draft.update(Action::NewDraft);
        push("new_draft", &mut draft);
        out
    })
}

#[test]
fn every_step_in_dutch_and_french_at_80x24() {
    for code in ["nl", "fr"] {
        for (name, text) in screens(lang(code)) {
            insta::assert_snapshot!(format!("{code}_{name}_80x24"), text);
        }
        for (name, text, _) in dialogs(lang(code)) {
            insta::assert_snapshot!(format!("{code}_dialog_{name}_80x24"), text);
        }
    }
}

/// The words cut by `…` in a line: a letter right before the `…` (a path or an address cut where
/// it must be is not a word; a cut between words is written ` …`).
fn words_cut(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut out = Vec::new();
    for (i, c) in chars.iter().enumerate() {
        if *c != '…' || i == 0 || !chars[i - 1].is_alphabetic() {
            continue;
        }
        let start = chars[..i]
            .iter()
            .rposition(|c| c.is_whitespace() || *c == '│')
            .map_or(0, |p| p + 1);
        let word: String = chars[start..i].iter().collect();
        if word.chars().all(|c| c.is_alphabetic() || "'’-".contains(c)) {
            out.push(format!("{word}…"));
        }
    }
    out
}

/// What the wizard itself writes on a screen: everything but the status panel on the right,
/// whose requirement titles are the rules area's (their short forms are checked with it).
fn outside_the_panel(text: &str) -> String {
    let lines: Vec<&str> = text.lines().collect();
    let panel = lines.get(2).and_then(|l| {
        l.chars()
            .enumerate()
            .find(|&(x, c)| c == '┌' && x >= 40)
            .map(|(x, _)| x)
    });
    let last = lines.len().saturating_sub(1);
    lines
        .iter()
        .enumerate()
        .map(|(y, l)| match panel {
            Some(x) if (2..last).contains(&y) => l.chars().take(x).collect::<String>(),
            _ => l.to_string(),
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn no_word_of_the_wizard_is_cut_at_80x24() {
    let mut found = Vec::new();
    for code in ["en", "nl", "fr"] {
        let shown = screens(lang(code))
            .into_iter()
            .map(|(name, text)| (name, outside_the_panel(&text)))
            .chain(
                dialogs(lang(code))
                    .into_iter()
                    .map(|(n, _, alone)| (n, alone)),
            );
        for (name, text) in shown {
            for (y, line) in text.lines().enumerate() {
                for w in words_cut(line) {
                    found.push(format!("{code} {name} row {y}: {w:?} in {line:?}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "words cut mid-word:\n{}",
        found.join("\n")
    );
}

#[test]
fn the_check_finds_a_word_cut_and_passes_paths_and_whole_words() {
    assert_eq!(words_cut(" Software as a ser… ✓"), vec!["ser…"]);
    assert!(words_cut(" Software as a … ✓").is_empty());
    assert!(words_cut(" …ixtures/architecture.png ✓").is_empty());
    assert!(words_cut(" https://contoso.ex… ✓").is_empty());
}

/// The help lists every key with what it does on one line of a 76-column dialog: no description
/// is longer than the line, in any language.
#[test]
fn every_key_description_fits_the_help_line() {
    for l in Lang::all() {
        i18n::with(l, || {
            for b in cosell::tui::keymap::BINDINGS {
                let label = b.label();
                assert!(
                    label.chars().count() <= 76 - 2 - 12,
                    "{}: {label:?} is too long for the help",
                    l.code()
                );
            }
        });
    }
}

/// The status panel's requirement titles, in every language: short titles where the panel is
/// narrow, never a word cut. The titles come from the rules area (src/rules.rs, status.rs); this
/// waits for their short titles.
#[test]
fn no_title_in_the_status_panel_is_cut_at_80x24() {
    let mut found = Vec::new();
    for code in ["en", "nl", "fr"] {
        for (name, text) in screens(lang(code)) {
            for (y, line) in text.lines().enumerate() {
                for w in words_cut(line) {
                    found.push(format!("{code} {name} row {y}: {w:?} in {line:?}"));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "titles cut mid-word:\n{}",
        found.join("\n")
    );
}
