//! Review & export: each section summarised, what still blocks the export, and the exact JSON.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::coverage::uncovered_markets;
use crate::fields::{FIELDS, Step};
use crate::tui::app::App;
use crate::tui::theme::{MET, UNMET};

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let sub = &d.sub;
    let answered = |step: Step| {
        let all: Vec<_> = FIELDS.iter().filter(|f| f.step == step).collect();
        let done = all.iter().filter(|f| !f.id.get(sub).is_empty()).count();
        format!("{done}/{} answered", all.len())
    };
    let blockers = d.report.export_blockers();
    let mut lines = vec![
        Line::raw(format!(
            "Offer: {} · {} · {}",
            sub.offer_name(),
            sub.offer
                .offer_type
                .map(|t| t.label())
                .unwrap_or("type not chosen"),
            answered(Step::Offer)
        )),
        Line::raw(format!("Listing: {}", answered(Step::Listing))),
        Line::raw(format!(
            "Documents: {} · {} other",
            answered(Step::Documents),
            sub.documents.other.len()
        )),
        Line::raw(format!(
            "Contacts: {} for {} market(s), {} uncovered",
            sub.contacts.len(),
            sub.markets.len(),
            uncovered_markets(&sub.markets, &sub.contacts).len()
        )),
        Line::raw(format!("Revenue: {}", answered(Step::Revenue))),
    ];
    if blockers.is_empty() {
        lines.push(Line::styled(
            format!("{MET} Ready to export: press e"),
            t.ok,
        ));
    } else {
        lines.push(Line::styled(
            format!("{UNMET} Export needs {} fix(es):", blockers.len()),
            t.error,
        ));
        lines.extend(
            blockers
                .iter()
                .take(4)
                .map(|b| Line::styled(format!("  {b}"), t.error)),
        );
    }
    let summary_height = (lines.len() as u16 + 1).min(area.height / 2);
    let [summary_area, json_area] =
        Layout::vertical([Constraint::Length(summary_height), Constraint::Fill(1)]).areas(area);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }),
        summary_area,
    );
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(t.border)
        .title(" JSON to be written (J/K scroll) ");
    let inner = block.inner(json_area);
    f.render_widget(block, json_area);
    let visible: Vec<Line> = app
        .review_json
        .iter()
        .skip(app.review_scroll as usize)
        .take(inner.height as usize)
        .map(|l| Line::raw(l.as_str()))
        .collect();
    f.render_widget(Paragraph::new(visible), inner);
}
