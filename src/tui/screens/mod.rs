//! One module per wizard step.

pub mod contacts;
pub mod diagram;
pub mod documents;
pub mod listing;
pub mod offer;
pub mod revenue;
pub mod review;
pub mod start;

use ratatui::Frame;
use ratatui::layout::Rect;

use crate::fields::Step;
use crate::tui::app::App;
use crate::tui::widgets::form;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    match app.step {
        Step::Start => start::render(app, f, area),
        Step::Offer => offer::render(app, f, area),
        Step::Listing => listing::render(app, f, area),
        Step::Documents => documents::render(app, f, area),
        Step::Contacts => contacts::render(app, f, area),
        Step::Diagram => diagram::render(app, f, area),
        Step::Revenue => revenue::render(app, f, area),
        Step::Review => review::render(app, f, area),
    }
}

/// The plain form of a step's fields.
fn render_step_form(app: &App, f: &mut Frame, area: Rect) {
    form::render(app, f, area, &app.step_fields(), form::field_focus(app));
}
