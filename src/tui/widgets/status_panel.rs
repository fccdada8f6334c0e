//! The live status panel: the rung reached, every requirement in words with ✓/✗/— and why,
//! the benefits in words, and the next thing to do. It reads the same `StatusReport` that gates
//! the export. Wide terminals get the reasons and the requirement ids as a second column.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::present::sanitize;
use crate::status::{RequirementResult, RequirementState};
use crate::tui::component::Hit;
use crate::tui::shown::Shown;
use crate::tui::theme::{FOCUS_MARK, MET, NOT_APPLICABLE, UNMET};

use crate::tui::screens::fit;

fn mark_of(ui: &Shown, r: &RequirementResult) -> (&'static str, ratatui::style::Style) {
    let t = &ui.theme;
    match r.state {
        RequirementState::Met => (MET, t.ok),
        RequirementState::Unmet => (UNMET, t.error),
        RequirementState::NotApplicable => (NOT_APPLICABLE, t.dim),
    }
}

/// What the focused requirement needs, or the next thing to do, in words.
fn next_line(ui: &Shown) -> String {
    let Some(s) = ui.session() else {
        return String::new();
    };
    let report = s.report();
    let edition = s.edition();
    let to_field = |r: &RequirementResult| match r.fix {
        Some(f) => format!(" (Enter: go to {})", f.label(edition).trim()),
        None => String::new(),
    };
    match ui.panel.and_then(|i| report.requirements.get(i)) {
        Some(r) => format!(
            "{} [{}]: {}{}",
            r.title,
            r.id.as_str(),
            sanitize(&r.reason),
            if r.state == RequirementState::Unmet {
                to_field(r)
            } else {
                String::new()
            }
        ),
        None => match report.next_to_do() {
            Some(r) => format!("Next: {}: {}", r.title, sanitize(&r.reason)),
            None => "Nothing left to do for the rungs this offer can reach.".into(),
        },
    }
}

pub struct StatusPanel<'a> {
    pub ui: &'a Shown<'a>,
}

impl Widget for StatusPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let t = &ui.theme;
        let report = s.report();
        let focused = ui.panel.is_some();
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(if focused { t.border_focus } else { t.border })
            .title(Span::styled(
                format!(" Status · rules {} ", s.edition()),
                t.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = inner.width as usize;
        let wide = width >= 56;
        let ok = report.status.is_co_sell_ready();
        let benefits: Vec<&str> = report
            .benefits
            .iter()
            .map(|b| b.title(report.edition))
            .collect();
        let benefit_text = if benefits.is_empty() {
            "Benefits: none yet".to_string()
        } else {
            format!("Benefits: {}", benefits.join("; "))
        };
        let next = next_line(ui);
        // Word wrapping takes a little more than the characters alone.
        let rows = |text: &str| (text.chars().count() * 6 / 5).div_ceil(width.max(1)).max(1) as u16;
        let benefit_h = rows(&benefit_text).min(3);
        let next_h = rows(&next).min(4);
        let [head, list, benefit_area, next_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Fill(1),
            Constraint::Length(benefit_h),
            Constraint::Length(next_h),
        ])
        .areas(inner);
        Paragraph::new(Line::styled(
            fit(
                &format!("{} {}", if ok { MET } else { UNMET }, report.status_label()),
                width,
            ),
            if ok { t.ok } else { t.error },
        ))
        .render(head, buf);
        let height = list.height as usize;
        let reqs = &report.requirements;
        // Wide: the title with its id on one line, and the reason of what is not met on the
        // next, when they all fit; otherwise one line each (the title, cut to the width).
        let reasons = reqs
            .iter()
            .filter(|r| r.state != RequirementState::Met)
            .count();
        let two_lines = wide && reqs.len() + reasons <= height;
        let mut rows: Vec<(usize, Line)> = Vec::new();
        for (i, r) in reqs.iter().enumerate() {
            let (mark, style) = mark_of(ui, r);
            let selected = ui.panel == Some(i);
            let focus = if selected { FOCUS_MARK } else { " " };
            let head_style = if selected { t.focus } else { style };
            if two_lines {
                let id = r.id.as_str();
                let title_w = width.saturating_sub(id.chars().count() + 1);
                let head = fit(&format!("{focus}{mark} {}", r.title), title_w);
                rows.push((
                    i,
                    Line::from(vec![
                        Span::styled(format!("{head:<title_w$}"), head_style),
                        Span::styled(format!(" {id}"), t.dim),
                    ]),
                ));
                if r.state != RequirementState::Met {
                    let why = sanitize(&r.reason);
                    rows.push((i, Line::styled(fit(&format!("    {why}"), width), t.dim)));
                }
            } else {
                rows.push((
                    i,
                    Line::styled(
                        fit(&format!("{focus}{mark} {}", r.title), width),
                        head_style,
                    ),
                ));
            }
        }
        let focused_row = ui
            .panel
            .and_then(|p| rows.iter().rposition(|(i, _)| *i == p))
            .unwrap_or(0);
        let offset = focused_row.saturating_sub(height.saturating_sub(1));
        let mut lines = Vec::new();
        for (k, (i, line)) in rows.into_iter().enumerate().skip(offset).take(height) {
            let y = list.y + (k - offset) as u16;
            ui.hits
                .borrow_mut()
                .push((Rect::new(list.x, y, list.width, 1), Hit::PanelRow(i)));
            lines.push(line);
        }
        Paragraph::new(lines).render(list, buf);
        Paragraph::new(benefit_text)
            .style(t.text)
            .wrap(Wrap { trim: true })
            .render(benefit_area, buf);
        Paragraph::new(next)
            .style(if focused { t.text } else { t.warn })
            .wrap(Wrap { trim: true })
            .render(next_area, buf);
    }
}

/// A few lines for narrow terminals, below the form: the rung, how far, and the next thing.
pub struct CompactPanel<'a> {
    pub ui: &'a Shown<'a>,
}

impl Widget for CompactPanel<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let t = &ui.theme;
        let report = s.report();
        let applies = report
            .requirements
            .iter()
            .filter(|r| r.state != RequirementState::NotApplicable)
            .count();
        let met = report.count(RequirementState::Met);
        let ok = report.status.is_co_sell_ready();
        let lines = vec![
            Line::from(vec![
                Span::styled(
                    format!("{} {}", if ok { MET } else { UNMET }, report.status_label()),
                    if ok { t.ok } else { t.error },
                ),
                Span::styled(format!(" · {met} of {applies} met · s: details"), t.dim),
            ]),
            Line::styled(next_line(ui), t.warn),
        ];
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(t.border);
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .block(block)
            .render(area, buf);
    }
}
