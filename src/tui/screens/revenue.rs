//! Revenue: the two amounts and the Azure share, with how far each is from its threshold.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Paragraph, Wrap};

use crate::rules::{RequirementId, RequirementState};
use crate::tui::app::App;
use crate::tui::theme::{MET, NOT_APPLICABLE, UNMET};

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let [form_area, gauge_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(6)]).areas(area);
    super::render_step_form(app, f, form_area);
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let mut lines = vec![Line::styled(
        "Thresholds (Azure IP co-sell incentivized)",
        t.title,
    )];
    for id in [RequirementId::IpRevenue, RequirementId::IpAzure] {
        let r = d.report.get(id);
        let (mark, style) = match r.state {
            RequirementState::Met => (MET, t.ok),
            RequirementState::Unmet => (UNMET, t.error),
            RequirementState::NotApplicable => (NOT_APPLICABLE, t.dim),
        };
        lines.push(Line::styled(
            format!("{mark} {}: {}", id.as_str(), r.detail),
            style,
        ));
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), gauge_area);
}
