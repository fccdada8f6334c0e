//! A list of fields: label, value, ✓/✗, the inline editor on the field being edited, and below
//! them the focused field's help and problem.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};

use crate::fields::{FieldId, FieldKind, Need};
use crate::rules::human_bytes;
use crate::tui::app::{App, Focus};
use crate::tui::theme::{FOCUS_MARK, MET, UNMET};

use super::{fit, fit_left};

const LABEL_WIDTH: usize = crate::fields::MAX_LABEL;

/// What a field shows at its right edge.
fn field_state(app: &App, field: FieldId) -> (Option<bool>, Option<String>) {
    let Some(d) = app.draft.as_ref() else {
        return (None, None);
    };
    if let Some(p) = field.problem(&d.report) {
        return (Some(false), Some(p.to_string()));
    }
    if let Some(check) = d.doc_checks.get(&field) {
        return match check {
            Ok(f) => (
                Some(true),
                Some(format!("{}, {}", f.media_type, human_bytes(f.bytes))),
            ),
            Err(e) => (Some(false), Some(e.clone())),
        };
    }
    let answered = !field.get(&d.sub).is_empty();
    (answered.then_some(true), None)
}

pub fn render(app: &App, f: &mut Frame, area: Rect, fields: &[FieldId], focus: Option<usize>) {
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let [list_area, detail_area] =
        Layout::vertical([Constraint::Fill(1), Constraint::Length(4)]).areas(area);
    let value_width = (list_area.width as usize).saturating_sub(LABEL_WIDTH + 5);
    let mut lines = Vec::with_capacity(fields.len());
    let mut editor_row = None;
    for (i, field) in fields.iter().enumerate() {
        let def = field.def();
        let focused = focus == Some(i);
        let need = field.need(&d.sub);
        let (state, _) = field_state(app, *field);
        let mark = if focused { FOCUS_MARK } else { " " };
        let star = match need {
            Need::Required => "*",
            _ => " ",
        };
        let label = format!(
            "{mark}{star}{:<w$} ",
            fit(def.label, LABEL_WIDTH),
            w = LABEL_WIDTH
        );
        let label_style = if focused { t.focus } else { t.text };
        let mut spans = vec![Span::styled(label, label_style)];
        let editing = focused && app.editing.as_ref().is_some_and(|e| e.field == *field);
        if editing {
            editor_row = Some(i);
            spans.push(Span::raw(" ".repeat(value_width + 2)));
        } else {
            let shown = match (&need, field.display(&d.sub)) {
                (Need::NotNeeded(_), v) if v.is_empty() => Span::styled("not needed", t.dim),
                (_, v) if v.is_empty() => Span::styled(
                    match def.kind {
                        FieldKind::Choice | FieldKind::MultiChoice => "(choose)",
                        FieldKind::YesNo => "(yes/no)",
                        _ => "—",
                    },
                    t.dim,
                ),
                (_, v) if def.kind == FieldKind::Path => Span::raw(fit_left(&v, value_width)),
                (_, v) => Span::raw(fit(&v, value_width)),
            };
            let pad = value_width.saturating_sub(shown.content.chars().count());
            spans.push(shown);
            spans.push(Span::raw(" ".repeat(pad + 1)));
            spans.push(match state {
                Some(true) => Span::styled(MET, t.ok),
                Some(false) => Span::styled(UNMET, t.error),
                None => Span::raw(" "),
            });
        }
        lines.push(Line::from(spans));
    }
    let focus_row = focus.unwrap_or(0) as u16;
    let offset = focus_row.saturating_sub(list_area.height.saturating_sub(1));
    f.render_widget(Paragraph::new(lines).scroll((offset, 0)), list_area);
    if let (Some(row), Some(e)) = (editor_row, app.editing.as_ref()) {
        let y = list_area.y + (row as u16).saturating_sub(offset);
        if y < list_area.bottom() {
            let x = list_area.x + LABEL_WIDTH as u16 + 3;
            let w = list_area.right().saturating_sub(x);
            f.render_widget(&e.textarea, Rect::new(x, y, w, 1));
        }
    }
    render_detail(
        app,
        f,
        detail_area,
        focus.and_then(|i| fields.get(i)).copied(),
    );
}

fn render_detail(app: &App, f: &mut Frame, area: Rect, field: Option<FieldId>) {
    let Some(d) = app.draft.as_ref() else { return };
    let Some(field) = field else { return };
    let t = &app.theme;
    let mut lines = vec![Line::styled("─".repeat(area.width as usize), t.border)];
    if let Some(e) = app.editing.as_ref().filter(|e| e.field == field)
        && let Some(err) = &e.error
    {
        lines.push(Line::styled(format!("{UNMET} {err}"), t.error));
    } else {
        match (field.need(&d.sub), field_state(app, field)) {
            (Need::NotNeeded(why), _) => {
                lines.push(Line::styled(format!("Not needed: {why}."), t.dim))
            }
            (_, (Some(false), Some(p))) => {
                lines.push(Line::styled(format!("{UNMET} {p}"), t.error))
            }
            (_, (Some(true), Some(info))) => {
                lines.push(Line::styled(format!("{MET} {info}"), t.ok))
            }
            _ => {}
        }
    }
    lines.push(Line::styled(field.def().help, t.dim));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), area);
}

/// The focus index when the focus is on a field.
pub fn field_focus(app: &App) -> Option<usize> {
    match app.focus {
        Focus::Field(i) => Some(i),
        _ => None,
    }
}
