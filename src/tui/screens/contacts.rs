//! Contacts per geography: the markets, which sales contact covers each, and the contacts table.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::model::geo::country_name;
use crate::tui::app::{App, Focus};
use crate::tui::theme::{FOCUS_MARK, MET, UNMET};
use crate::tui::widgets::{fit, form};

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let sub = &d.sub;
    let cov_height = (sub.markets.len() as u16 + 2).clamp(3, area.height / 3);
    let [markets_area, cov_area, table_area] = Layout::vertical([
        Constraint::Length(5),
        Constraint::Length(cov_height),
        Constraint::Fill(1),
    ])
    .areas(area);
    form::render(
        app,
        f,
        markets_area,
        &app.step_fields(),
        form::field_focus(app),
    );

    let cov = &d.coverage;
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(t.border)
        .title(" Coverage ");
    let inner = block.inner(cov_area);
    f.render_widget(block, cov_area);
    let w = inner.width as usize;
    let mut lines = Vec::new();
    for m in &cov.markets {
        let who: Vec<&str> = m
            .direct
            .iter()
            .chain(cov.global.iter())
            .take(3)
            .filter_map(|i| sub.contacts.get(*i).map(|c| c.name.as_str()))
            .collect();
        let (mark, style) = if cov.is_covered(m) {
            (MET, t.ok)
        } else {
            (UNMET, t.error)
        };
        let text = if who.is_empty() {
            format!(
                "{mark} {} {}: no Partner sales contact",
                m.market,
                country_name(&m.market)
            )
        } else {
            format!(
                "{mark} {} {}: {}",
                m.market,
                country_name(&m.market),
                who.join(", ")
            )
        };
        lines.push(Line::styled(fit(&text, w), style));
    }
    if sub.markets.is_empty() {
        lines.push(Line::styled(
            "No markets yet: add the countries above.",
            t.dim,
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);

    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(t.border)
        .title(format!(" Contacts ({}) ", sub.contacts.len()));
    let inner = block.inner(table_area);
    f.render_widget(block, table_area);
    let w = inner.width as usize;
    let selected = match app.focus {
        Focus::Contact(i) => Some(i),
        _ => None,
    };
    let height = inner.height as usize;
    let first = selected
        .map(|s| s.saturating_sub(height.saturating_sub(1)))
        .unwrap_or(0);
    let mut lines = Vec::with_capacity(height);
    for (i, c) in sub.contacts.iter().enumerate().skip(first).take(height) {
        let problems = crate::validate::contact_problems(c);
        let focused = selected == Some(i);
        let mark = if focused { FOCUS_MARK } else { " " };
        let state = if problems.is_empty() { MET } else { UNMET };
        let role = c
            .role
            .map(|r| r.label().trim_start_matches("Partner "))
            .unwrap_or("?");
        let text = format!(
            "{mark}{state} {:<18} {:<13} {}",
            fit(&c.name, 18),
            fit(role, 13),
            c.countries.join(",")
        );
        let style = match (focused, problems.is_empty()) {
            (true, _) => t.focus,
            (false, false) => t.error,
            _ => t.text,
        };
        let mut spans = vec![Span::styled(fit(&text, w), style)];
        if focused && let Some((col, why)) = problems.first() {
            spans = vec![Span::styled(
                fit(&format!("{text}  {col}: {why}"), w),
                style,
            )];
        }
        lines.push(Line::from(spans));
    }
    if sub.contacts.is_empty() {
        lines.push(Line::styled(
            "No contacts: a adds one, i imports a Partner Center CSV.",
            t.dim,
        ));
    }
    f.render_widget(Paragraph::new(lines), inner);
}
