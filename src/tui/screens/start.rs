//! Start: resume a draft (most recent first and preselected) or start a new one.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::tui::app::App;
use crate::tui::theme::FOCUS_MARK;
use crate::tui::widgets::fit;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let t = &app.theme;
    let [intro, list_area, info] = Layout::vertical([
        Constraint::Length(3),
        Constraint::Fill(1),
        Constraint::Length(2),
    ])
    .areas(area);
    f.render_widget(
        Paragraph::new(vec![
            Line::styled(
                "Co-sell with Microsoft: fill in the tab, see the status it earns.",
                t.title,
            ),
            Line::raw("Resume a draft or start a new one. Drafts save on every change."),
        ]),
        intro,
    );
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border)
        .title(" Drafts ");
    let inner = block.inner(list_area);
    f.render_widget(block, list_area);
    let w = inner.width as usize;
    let mut lines = Vec::new();
    for (i, row) in app.drafts.iter().enumerate() {
        let focused = i == app.start_selected;
        let mark = if focused { FOCUS_MARK } else { " " };
        let text = match &row.summary {
            Ok((offer, status, done)) => format!(
                "{mark} {:<24} {:<28} {:>3}%  {}",
                fit(offer, 24),
                fit(status, 28),
                done,
                row.modified
            ),
            Err(e) => format!("{mark} {:<24} ✗ unreadable: {e}", fit(&row.name, 24)),
        };
        lines.push(Line::styled(
            fit(&text, w),
            if focused { t.focus } else { t.text },
        ));
    }
    let new_focused = app.start_selected == app.drafts.len();
    lines.push(Line::styled(
        format!("{} + New draft", if new_focused { FOCUS_MARK } else { " " }),
        if new_focused { t.focus } else { t.key },
    ));
    let offset = (app.start_selected as u16).saturating_sub(inner.height.saturating_sub(1));
    f.render_widget(Paragraph::new(lines).scroll((offset, 0)), inner);
    f.render_widget(
        Paragraph::new(vec![
            Line::from(vec![
                Span::raw("Rules edition for new drafts: "),
                Span::styled(app.new_edition.as_str(), t.key),
                Span::raw(" (r switches)"),
            ]),
            Line::styled(
                format!("Drafts folder: {}", app.store.dir().display()),
                t.dim,
            ),
        ]),
        info,
    );
}
