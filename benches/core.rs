//! In-process benchmarks (divan): rules evaluation, contacts import, key-to-redraw.
//! `cargo bench --bench core`; the summary table with targets is `cargo bench --bench perf`.

mod fixtures;

use cosell::model::Edition;

fn main() {
    divan::main();
}

#[divan::bench(args = [1_000, 10_000, 100_000])]
fn evaluate(bencher: divan::Bencher, contacts: usize) {
    let sub = fixtures::submission(contacts);
    bencher.bench(|| cosell::rules::evaluate(divan::black_box(&sub), Edition::E2021_02));
}

#[divan::bench(args = [10_000, 100_000])]
fn import_parse_validate(bencher: divan::Bencher, rows: usize) {
    let csv = fixtures::contacts_csv(rows);
    bencher.bench(|| {
        cosell::contacts_csv::import(divan::black_box(csv.as_bytes())).map(|i| i.contacts.len())
    });
}

#[divan::bench]
fn key_to_redraw_contacts_10k(bencher: divan::Bencher) {
    use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let mut app = cosell::tui::app::App::new(
        cosell::store::DraftStore::at("target/bench-no-drafts"),
        cosell::tui::theme::Theme::color(),
    );
    app.with_submission(fixtures::submission(10_000), cosell::fields::Step::Contacts);
    let mut term = ratatui::Terminal::new(ratatui::backend::TestBackend::new(200, 60)).unwrap();
    bencher.bench_local(|| {
        app.handle_event(Event::Key(KeyEvent::new(KeyCode::Down, KeyModifiers::NONE)));
        term.draw(|f| cosell::tui::render(&app, f)).unwrap();
    });
}
