//! Popups drawn over the screen: help, confirm, choice lists, text input, contact form, progress,
//! messages.

mod input;

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph, Wrap};

use crate::fields::ContactField;
use crate::tui::app::{App, Popup};
use crate::tui::keymap::{BINDINGS, Context, EDITING_HELP};
use crate::tui::theme::{FOCUS_MARK, UNMET};
use crate::tui::widgets::{centered, fit};

fn frame_popup(app: &App, f: &mut Frame, area: Rect, title: &str) -> Rect {
    f.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(app.theme.border_focus)
        .title(Span::styled(format!(" {title} "), app.theme.title));
    let inner = block.inner(area);
    f.render_widget(block, area);
    inner
}

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let Some(popup) = app.popup.as_ref() else {
        return;
    };
    let t = &app.theme;
    match popup {
        Popup::Help { scroll } => {
            let r = centered(area, 70, area.height.saturating_sub(2));
            let inner = frame_popup(app, f, r, "Keys (Esc closes)");
            let mut lines = Vec::new();
            for ctx in Context::ALL {
                lines.push(Line::styled(ctx.title(), t.title));
                for b in BINDINGS.iter().filter(|b| b.context == ctx) {
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {:<10}", b.key_label), t.key),
                        Span::raw(b.label),
                    ]));
                }
            }
            lines.push(Line::styled("While editing a field", t.title));
            for (k, what) in EDITING_HELP {
                lines.push(Line::from(vec![
                    Span::styled(format!("  {k:<10}"), t.key),
                    Span::raw(*what),
                ]));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled("Marks: ✓ met/valid  ✗ unmet/invalid  — not applicable  * required  • step incomplete", t.dim));
            f.render_widget(Paragraph::new(lines).scroll((*scroll, 0)), inner);
        }
        Popup::Confirm { title, lines, .. } | Popup::Message { title, lines, .. } => {
            let scroll = match popup {
                Popup::Message { scroll, .. } => *scroll,
                _ => 0,
            };
            let h = (lines.len() as u16 + 3).min(area.height.saturating_sub(2));
            let r = centered(area, 72, h);
            let inner = frame_popup(app, f, r, title);
            let mut text: Vec<Line> = lines
                .iter()
                .map(|l| {
                    let style = if l.starts_with(UNMET) {
                        t.error
                    } else if l.starts_with('!') {
                        t.warn
                    } else {
                        t.text
                    };
                    Line::styled(l.as_str(), style)
                })
                .collect();
            if matches!(popup, Popup::Message { .. }) {
                text.push(Line::styled("Esc or Enter closes; ↑/↓ scroll", t.dim));
            }
            f.render_widget(
                Paragraph::new(text)
                    .wrap(Wrap { trim: false })
                    .scroll((scroll, 0)),
                inner,
            );
        }
        Popup::Choice {
            field,
            options,
            selected,
            checked,
        } => {
            let h = (options.len() as u16 + 4).min(area.height.saturating_sub(2));
            let r = centered(area, 60, h);
            let inner = frame_popup(app, f, r, field.def().label.trim());
            let [list, hint] =
                Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
            let lines: Vec<Line> = options
                .iter()
                .enumerate()
                .map(|(i, (_, label))| {
                    let focused = i == *selected;
                    let mark = if focused { FOCUS_MARK } else { " " };
                    let tick = match checked {
                        Some(c) if c.get(i).copied().unwrap_or(false) => "[x] ",
                        Some(_) => "[ ] ",
                        None => "",
                    };
                    Line::styled(
                        format!("{mark} {tick}{}", fit(label, 54)),
                        if focused { t.focus } else { t.text },
                    )
                })
                .collect();
            let offset = (*selected as u16).saturating_sub(list.height.saturating_sub(1));
            f.render_widget(Paragraph::new(lines).scroll((offset, 0)), list);
            let help = if checked.is_some() {
                "Space ticks · Enter keeps · e types other values · Esc"
            } else {
                "Enter chooses · e types another value · Esc"
            };
            f.render_widget(Paragraph::new(Line::styled(help, t.dim)), hint);
        }
        Popup::Input {
            title,
            help,
            textarea,
            error,
            ..
        } => {
            let r = centered(area, 72, 7);
            let inner = frame_popup(app, f, r, title);
            let [h, input, err, hint] = Layout::vertical([
                Constraint::Length(2),
                Constraint::Length(1),
                Constraint::Length(1),
                Constraint::Length(1),
            ])
            .areas(inner);
            f.render_widget(Paragraph::new(help.as_str()).wrap(Wrap { trim: true }), h);
            f.render_widget(textarea, input);
            if let Some(e) = error {
                f.render_widget(
                    Paragraph::new(Line::styled(format!("{UNMET} {e}"), t.error)),
                    err,
                );
            }
            f.render_widget(
                Paragraph::new(Line::styled(
                    "Enter confirms · Tab completes a path · Esc cancels",
                    t.dim,
                )),
                hint,
            );
        }
        Popup::Contact(form) => {
            let h =
                (ContactField::ALL.len() as u16 + 6 + form.errors.len() as u16).min(area.height);
            let r = centered(area, 74, h);
            let title = if form.index.is_some() {
                "Edit contact"
            } else {
                "New contact"
            };
            let inner = frame_popup(app, f, r, title);
            let mut lines = Vec::new();
            let value_x = 22u16;
            for (i, field) in ContactField::ALL.iter().enumerate() {
                let focused = i == form.focus;
                let mark = if focused { FOCUS_MARK } else { " " };
                let value = if focused {
                    String::new()
                } else {
                    field.get(&form.contact)
                };
                let bad = !focused && field.problem(&form.contact).is_some() && !value.is_empty();
                lines.push(Line::from(vec![
                    Span::styled(
                        format!("{mark} {:<19}", field.label()),
                        if focused { t.focus } else { t.text },
                    ),
                    Span::styled(
                        fit(&value, inner.width.saturating_sub(value_x + 2) as usize),
                        if bad { t.error } else { t.text },
                    ),
                    Span::styled(
                        if bad {
                            format!(" {UNMET}")
                        } else {
                            String::new()
                        },
                        t.error,
                    ),
                ]));
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(ContactField::ALL[form.focus].help(), t.dim));
            for e in &form.errors {
                lines.push(Line::styled(format!("{UNMET} {e}"), t.error));
            }
            lines.push(Line::styled(
                "Tab/Enter next · Enter on the last field or Ctrl-S saves · Esc cancels",
                t.dim,
            ));
            f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
            let y = inner.y + form.focus as u16;
            if y < inner.bottom() {
                let rect = Rect::new(inner.x + value_x, y, inner.width.saturating_sub(value_x), 1);
                f.render_widget(&form.textarea, rect);
            }
        }
        Popup::Progress { title, fraction } => {
            let r = centered(area, 60, 5);
            let inner = frame_popup(app, f, r, title);
            let gauge = Gauge::default()
                .gauge_style(t.ok)
                .ratio(f64::from(fraction.clamp(0.0, 1.0)))
                .label(format!("{:.0}% read", fraction * 100.0));
            f.render_widget(gauge, Rect { height: 1, ..inner });
        }
    }
}
