//! Offer & partner: the facts the rules read that are not on the tab itself.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::Paragraph;

use crate::tui::app::App;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let warning = app.draft.as_ref().and_then(|d| {
        d.report
            .warnings
            .iter()
            .find(|w| w.contains("Microsoft 365"))
            .cloned()
    });
    let [form_area, warn_area] = Layout::vertical([
        Constraint::Fill(1),
        Constraint::Length(if warning.is_some() { 2 } else { 0 }),
    ])
    .areas(area);
    super::render_step_form(app, f, form_area);
    if let Some(w) = warning {
        f.render_widget(
            Paragraph::new(format!("! {w}"))
                .style(app.theme.warn)
                .wrap(ratatui::widgets::Wrap { trim: true }),
            warn_area,
        );
    }
}
