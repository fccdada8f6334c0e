//! Listing: platforms, segments, solution type and 1–3 solution areas with 1–2 sub-areas each.
//! Values outside the catalogue are kept, with a warning.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Wrap};

use crate::tui::app::App;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let warnings: Vec<String> = app
        .draft
        .as_ref()
        .map(|d| {
            d.report
                .warnings
                .iter()
                .filter(|w| !w.starts_with("contacts[") && !w.contains("Microsoft 365"))
                .cloned()
                .collect()
        })
        .unwrap_or_default();
    let height = warnings.len().min(3) as u16;
    let [form_area, warn_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(height)]).areas(area);
    super::render_step_form(app, f, form_area);
    let text: Vec<String> = warnings.iter().map(|w| format!("! {w}")).collect();
    f.render_widget(
        Paragraph::new(text.join("\n"))
            .style(app.theme.warn)
            .wrap(Wrap { trim: true }),
        warn_area,
    );
}
