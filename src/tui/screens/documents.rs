//! Documents: each slot with its required/optional mark and the file check inline; up to 5 other
//! documents; the landing page URL. Tab completes paths while editing.

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::tui::app::App;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    super::render_step_form(app, f, area);
}
