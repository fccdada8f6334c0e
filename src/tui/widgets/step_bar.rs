//! The steps with their state: ✓ nothing left, ✗ invalid values, • something missing.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::fields::Step;
use crate::tui::app::App;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let mut spans = Vec::new();
    for (n, step) in Step::WIZARD.iter().enumerate() {
        let mark = if step == &Step::Review {
            ""
        } else if app.step_error(*step).is_some() {
            "✗"
        } else if app.step_incomplete(*step) {
            "•"
        } else {
            "✓"
        };
        let current = *step == app.step;
        let text = if current {
            format!("[{} {}{mark}]", n + 1, step.short())
        } else {
            format!(" {} {}{mark} ", n + 1, step.short())
        };
        let style = if current {
            t.focus.add_modifier(Modifier::BOLD)
        } else {
            t.text
        };
        spans.push(Span::styled(text, style));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}
