//! Drawing the dialogs. Each is a box centred on the screen, never larger than it; the content
//! scrolls and the last line, the actions, is always visible and clickable.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear, Gauge, Paragraph, Wrap};

use super::{ChoiceList, ContactForm, FilePicker, InputDialog, Popup};
use crate::fields::ContactField;
use crate::present::sanitize;
use crate::status::StatusReport;
use crate::tui::action::Action;
use crate::tui::component::{Component, Hit, Shown, View};
use crate::tui::keymap::{self, BINDINGS, Context};
use crate::tui::screens::{centered, fit, fit_left, fit_words};
use crate::tui::theme::{FOCUS_MARK, Theme, UNMET};

/// The box of a dialog: cleared, bordered, titled; returns the inside.
fn frame(t: &Theme, f: &mut Frame, area: Rect, title: &str) -> Rect {
    f.render_widget(Clear, area);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(t.border_focus)
        .title(Span::styled(
            format!(
                " {} ",
                fit_words(title, area.width.saturating_sub(4) as usize)
            ),
            t.title,
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    inner
}

/// The action line: the context's hinted keys (or a question's answers), each clickable.
fn actions(v: &View, f: &mut Frame, area: Rect, items: &[(&str, String, Action)]) {
    let t = v.theme;
    let mut spans = Vec::new();
    let mut x = area.x;
    for (key, label, action) in items {
        let text_key = format!("[{key}]");
        let width = (text_key.chars().count() + 1 + label.chars().count() + 2) as u16;
        if x + width > area.right() + 2 && !spans.is_empty() {
            break;
        }
        v.hits.borrow_mut().push((
            Rect::new(x, area.y, width.min(area.right().saturating_sub(x)), 1),
            Hit::Answer(*action),
        ));
        x += width;
        spans.push(Span::styled(text_key, t.key));
        spans.push(Span::raw(format!(" {label}  ")));
    }
    f.render_widget(Paragraph::new(Line::from(spans)), area);
}

fn hinted(context: Context) -> Vec<(&'static str, String, Action)> {
    BINDINGS
        .iter()
        .filter(|b| b.context == context && b.hint)
        .map(|b| (b.key_label, b.label(), b.action))
        .collect()
}

/// Splits a dialog's inside into content and the action line at the bottom.
fn split(inner: Rect) -> (Rect, Rect) {
    let [body, line] = Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(inner);
    (body, line)
}

fn styled<'a>(t: &Theme, l: &'a str) -> Line<'a> {
    let style = if l.starts_with(UNMET) {
        t.error
    } else if l.starts_with('!') {
        t.warn
    } else {
        t.text
    };
    Line::styled(l, style)
}

/// How many rows `lines` take wrapped at `width` (an estimate that never undercounts by much).
fn wrapped_height(lines: &[String], width: u16) -> u16 {
    let w = width.max(1) as usize;
    lines
        .iter()
        .map(|l| l.chars().count().div_ceil(w).max(1))
        .sum::<usize>()
        .min(u16::MAX as usize) as u16
}

/// Draws the dialogs, the last on top (only the top one's regions stay clickable).
pub fn render(ui: &Shown, popups: &[Popup], f: &mut Frame, area: Rect) {
    for popup in popups {
        // Everything below the top dialog stops being clickable.
        ui.hits.borrow_mut().clear();
        popup.render(ui, f, area);
    }
}

pub(super) fn render_one(v: &View, popup: &Popup, f: &mut Frame, area: Rect) {
    let t = v.theme;
    match popup {
        Popup::Help { scroll } => {
            let r = centered(area, 76, area.height.saturating_sub(2));
            let inner = frame(t, f, r, &crate::t!("wiz-help-title"));
            let (body, line) = split(inner);
            let mut lines = Vec::new();
            for ctx in Context::ALL {
                lines.push(Line::styled(ctx.title(), t.title));
                for b in BINDINGS.iter().filter(|b| b.context == ctx) {
                    lines.push(Line::from(vec![
                        Span::styled(format!("  {:<10}", b.key_label), t.key),
                        Span::raw(b.label()),
                    ]));
                }
            }
            lines.push(Line::raw(""));
            lines.push(Line::styled(crate::t!("wiz-help-marks"), t.dim));
            lines.push(Line::styled(crate::t!("wiz-help-mouse"), t.dim));
            let max = (lines.len() as u16).saturating_sub(body.height);
            f.render_widget(Paragraph::new(lines).scroll(((*scroll).min(max), 0)), body);
            actions(v, f, line, &hinted(Context::Help));
        }
        Popup::Confirm {
            title,
            lines,
            answers,
            scroll,
            ..
        } => {
            let items: Vec<(&str, String, Action)> = answers
                .iter()
                .map(|(a, label, _)| (keymap::key_for(Context::Confirm, *a), label.clone(), *a))
                .collect();
            render_text(v, f, area, (title, lines, *scroll), items);
        }
        Popup::Message {
            title,
            lines,
            scroll,
        } => render_text(
            v,
            f,
            area,
            (title, lines, *scroll),
            hinted(Context::Message),
        ),
        Popup::Choice(list) => render_choice(v, list, f, area),
        Popup::Input(d) => render_input(v, d, f, area),
        Popup::Contact(form) => render_contact(v, form, f, area),
        Popup::Files(p) => render_files(v, p, f, area),
        Popup::Progress { title, fraction } => {
            let inner = frame(t, f, centered(area, 60, 5), title);
            let gauge = Gauge::default()
                .gauge_style(t.ok)
                .ratio(f64::from(fraction.clamp(0.0, 1.0)))
                .label(crate::t!(
                    "wiz-progress-read",
                    percent = crate::i18n::percent(rust_decimal::Decimal::from(
                        (fraction * 100.0).round() as i64
                    ))
                ));
            f.render_widget(gauge, Rect { height: 1, ..inner });
            let hint = Rect {
                y: inner.y + 2,
                height: 1,
                ..inner
            };
            f.render_widget(
                Paragraph::new(Line::styled(crate::t!("wiz-ctrl-c-quits"), t.dim)),
                hint,
            );
        }
        Popup::Compare { reports, scroll } => render_compare(v, reports, *scroll, f, area),
        // Drawn by `Component::render`.
        Popup::Other(_) => {}
    }
}

/// A dialog of text lines (a question or a message): wrapped, scrolled, its answers below.
fn render_text(
    v: &View,
    f: &mut Frame,
    area: Rect,
    (title, lines, scroll): (&str, &[String], u16),
    mut items: Vec<(&str, String, Action)>,
) {
    let t = v.theme;
    let w = 76.min(area.width);
    let h = (wrapped_height(lines, w.saturating_sub(2)) + 3).min(area.height);
    let inner = frame(t, f, centered(area, w, h), title);
    let (body, line) = split(inner);
    let text: Vec<Line> = lines.iter().map(|l| styled(t, l)).collect();
    let max = wrapped_height(lines, body.width).saturating_sub(body.height);
    f.render_widget(
        Paragraph::new(text)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(max), 0)),
        body,
    );
    if max > 0 {
        items.push(("↑↓", crate::t!("wiz-key-scroll"), Action::Down));
    }
    actions(v, f, line, &items);
}

fn render_choice(v: &View, list: &ChoiceList, f: &mut Frame, area: Rect) {
    let t = v.theme;
    let w = 72.min(area.width);
    let searchable = list.options.len() > 8;
    let note_h = if list.note.is_empty() {
        0
    } else {
        wrapped_height(std::slice::from_ref(&list.note), w.saturating_sub(2)).min(3)
    };
    let want = list.options.len() as u16 + note_h + u16::from(searchable) + 3;
    let h = want
        .min(area.height.saturating_sub(2))
        .max(6.min(area.height));
    let title = match list.checked {
        Some(_) => crate::t!(
            "wiz-choice-ticked",
            title = list.title.as_str(),
            count = list.ticked()
        ),
        None => list.title.clone(),
    };
    let inner = frame(t, f, centered(area, w, h), &title);
    let (body, line) = split(inner);
    let [note, search, rows] = Layout::vertical([
        Constraint::Length(note_h),
        Constraint::Length(u16::from(searchable)),
        Constraint::Fill(1),
    ])
    .areas(body);
    f.render_widget(
        Paragraph::new(list.note.as_str())
            .style(t.dim)
            .wrap(Wrap { trim: true }),
        note,
    );
    if searchable {
        let shown = crate::t!(
            "wiz-choice-search",
            search = sanitize(&list.search),
            shown = list.visible.len(),
            count = list.options.len()
        );
        f.render_widget(Paragraph::new(Line::styled(shown, t.key)), search);
    }
    let width = rows.width as usize;
    let mut lines = Vec::new();
    let shown = list
        .scroll
        .rows(list.selected, list.visible.len(), rows.height as usize);
    for k in shown.clone() {
        let i = list.visible[k];
        let (_, label) = &list.options[i];
        let focused = k == list.selected;
        let mark = if focused { FOCUS_MARK } else { " " };
        let tick = match &list.checked {
            Some(c) if c[i] => "[x] ",
            Some(_) => "[ ] ",
            None => "",
        };
        lines.push(Line::styled(
            fit_words(&format!("{mark} {tick}{label}"), width),
            if focused { t.focus } else { t.text },
        ));
        let y = rows.y + (k - shown.start) as u16;
        v.hits
            .borrow_mut()
            .push((Rect::new(rows.x, y, rows.width, 1), Hit::Item(k)));
    }
    if list.visible.is_empty() {
        lines.push(Line::styled(crate::t!("wiz-choice-no-match"), t.dim));
    }
    f.render_widget(Paragraph::new(lines), rows);
    let mut items = hinted(Context::Choice);
    if list.checked.is_none() {
        items.retain(|(_, _, a)| *a != Action::Toggle);
    }
    if !matches!(list.purpose, super::ChoicePurpose::Field(_)) {
        items.retain(|(_, _, a)| *a != Action::Other);
    }
    actions(v, f, line, &items);
}

fn render_input(v: &View, d: &InputDialog, f: &mut Frame, area: Rect) {
    let t = v.theme;
    let w = 76.min(area.width);
    let help_h = wrapped_height(std::slice::from_ref(&d.help), w.saturating_sub(2)).min(3);
    // A refusal is read whole: the dialog grows by its wrapped lines (up to 4).
    let err_h = d.error.as_ref().map_or(1, |e| {
        wrapped_height(&[format!("{UNMET} {e}")], w.saturating_sub(2)).clamp(1, 4)
    });
    let h = (help_h + 4 + err_h).min(area.height);
    let inner = frame(t, f, centered(area, w, h), &d.title);
    let (body, line) = split(inner);
    let [help, input, err] = Layout::vertical([
        Constraint::Length(help_h),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(body);
    f.render_widget(
        Paragraph::new(d.help.as_str()).wrap(Wrap { trim: true }),
        help,
    );
    f.render_widget(&d.textarea, input);
    if let Some(e) = &d.error {
        f.render_widget(
            Paragraph::new(Line::styled(format!("{UNMET} {e}"), t.error)).wrap(Wrap { trim: true }),
            err,
        );
    }
    let mut items = hinted(Context::Input);
    if d.purpose.is_path() {
        items.insert(
            1,
            ("Ctrl-O", crate::t!("wiz-key-choose-a-file"), Action::Browse),
        );
    }
    actions(v, f, line, &items);
}

fn render_contact(v: &View, form: &ContactForm, f: &mut Frame, area: Rect) {
    let t = v.theme;
    let w = 76.min(area.width);
    let rows = ContactField::ALL.len() as u16;
    let h = (rows + 5 + form.errors.len() as u16).min(area.height);
    let title = if form.index.is_some() {
        crate::t!("wiz-contact-edit-title")
    } else {
        crate::t!("wiz-contact-new-title")
    };
    let inner = frame(t, f, centered(area, w, h), &title);
    let (body, line) = split(inner);
    // The longest label (in the reader's language) and a space; at least 19 columns.
    let label_w = ContactField::ALL
        .iter()
        .map(|f| f.label().chars().count() + 1)
        .max()
        .unwrap_or(0)
        .max(19);
    let value_x = label_w as u16 + 2; // the mark, a space, the label
    let mut lines = Vec::new();
    for (i, field) in ContactField::ALL.iter().enumerate() {
        let focused = i == form.focus;
        let mark = if focused { FOCUS_MARK } else { " " };
        let value = if focused {
            String::new()
        } else {
            sanitize(&field.get(&form.contact)).into_owned()
        };
        let bad = !focused && !value.is_empty() && field.problem(&form.contact).is_some();
        lines.push(Line::from(vec![
            Span::styled(
                format!("{mark} {:<label_w$}", field.label()),
                if focused { t.focus } else { t.text },
            ),
            Span::styled(
                fit(&value, (body.width as usize).saturating_sub(label_w + 5)),
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
    lines.push(Line::styled(ContactField::ALL[form.focus].help(), t.dim));
    for e in &form.errors {
        lines.push(match e.strip_prefix("! ") {
            Some(w) => Line::styled(format!("! {}", sanitize(w)), t.warn),
            None => Line::styled(format!("{UNMET} {}", sanitize(e)), t.error),
        });
    }
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), body);
    let y = body.y + form.focus as u16;
    if y < body.bottom() {
        let rect = Rect::new(body.x + value_x, y, body.width.saturating_sub(value_x), 1);
        f.render_widget(&form.textarea, rect);
    }
    let mut items = hinted(Context::Contact);
    if form.on_countries() {
        items.insert(
            1,
            ("Ctrl-O", crate::t!("wiz-pick-from-list"), Action::Browse),
        );
    }
    actions(v, f, line, &items);
}

fn render_files(v: &View, p: &FilePicker, f: &mut Frame, area: Rect) {
    let t = v.theme;
    let w = 76.min(area.width);
    let h = (p.entries.len() as u16 + 5).clamp(8.min(area.height), area.height.saturating_sub(2));
    let inner = frame(t, f, centered(area, w, h), &crate::t!("wiz-files-title"));
    let (body, line) = split(inner);
    let [dir, filter, rows] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(body);
    let shown = crate::present::short_dir(&p.dir);
    f.render_widget(
        Paragraph::new(Line::styled(fit_left(&shown, dir.width as usize), t.dim)),
        dir,
    );
    let filter_line = match &p.error {
        Some(e) => Line::styled(format!("{UNMET} {e}"), t.error),
        None => Line::styled(
            crate::t!("wiz-files-filter", filter = sanitize(&p.filter)),
            t.key,
        ),
    };
    f.render_widget(Paragraph::new(filter_line), filter);
    let mut lines = Vec::new();
    let shown = p
        .scroll
        .rows(p.selected, p.visible.len(), rows.height as usize);
    for k in shown.clone() {
        let e = &p.entries[p.visible[k]];
        let focused = k == p.selected;
        let mark = if focused { FOCUS_MARK } else { " " };
        let name = sanitize(&e.name).into_owned();
        let text = if e.is_dir {
            format!("{mark} {name}/")
        } else {
            format!("{mark} {name}")
        };
        let style = match (focused, e.is_dir || e.accepted) {
            (true, _) => t.focus,
            (false, true) => t.text,
            (false, false) => t.dim,
        };
        lines.push(Line::styled(fit(&text, rows.width as usize), style));
        let y = rows.y + (k - shown.start) as u16;
        v.hits
            .borrow_mut()
            .push((Rect::new(rows.x, y, rows.width, 1), Hit::Item(k)));
    }
    f.render_widget(Paragraph::new(lines), rows);
    actions(v, f, line, &hinted(Context::Files));
}

fn render_compare(v: &View, reports: &[StatusReport], scroll: u16, f: &mut Frame, area: Rect) {
    let t = v.theme;
    let w = 96.min(area.width);
    let rows = crate::rules::compare_rows(reports);
    let reasons: usize = rows
        .iter()
        .map(|r| r.reasons.iter().flatten().count())
        .sum();
    let h = ((rows.len() + reasons) as u16 + 9).min(area.height);
    let inner = frame(
        t,
        f,
        centered(area, w, h),
        &crate::t!("rules-compare-popup-title"),
    );
    let (body, line) = split(inner);
    // Requirements in words: room for a short title (28 characters) where the states still fit
    // beside it; the columns get what is left, at least 8 cells each.
    let n = reports.len().max(1);
    let width = body.width as usize;
    let state_w = [
        crate::t!("rules-compare-popup-met"),
        crate::t!("rules-compare-popup-unmet"),
        crate::t!("rules-compare-popup-na"),
    ]
    .iter()
    .map(|s| s.chars().count() + 1)
    .max()
    .unwrap_or(10);
    let least = width.saturating_sub(n * state_w).clamp(18, 29);
    let id_w = width.saturating_sub(n * 14).clamp(least, 40);
    let col = (width.saturating_sub(id_w) / n).max(8);
    // Why each unmet one is unmet, where a line has room for it.
    let room = body.width >= 70;
    let current = v.edition;
    let mut lines = Vec::new();
    let mut header = vec![Span::raw(format!("{:<id_w$}", ""))];
    for r in reports {
        let text = if r.edition == current {
            crate::t!("rules-compare-popup-this", edition = r.edition.as_str())
        } else {
            r.edition.to_string()
        };
        header.push(Span::styled(
            format!("{:<col$}", fit(&text, col - 1)),
            t.title,
        ));
    }
    lines.push(Line::from(header));
    let mut status = vec![Span::raw(format!(
        "{:<id_w$}",
        fit(&crate::t!("rules-compare-popup-status"), id_w - 1)
    ))];
    for r in reports {
        let style = if r.status.is_co_sell_ready() {
            t.ok
        } else {
            t.error
        };
        status.push(Span::styled(
            format!("{:<col$}", fit(r.status_label(), col - 1)),
            style,
        ));
    }
    lines.push(Line::from(status));
    let mut group = None;
    for row in &rows {
        let differs = row.differs();
        if group != Some(differs) {
            group = Some(differs);
            lines.push(Line::styled(
                if differs {
                    crate::t!("rules-compare-popup-differences")
                } else {
                    crate::t!("rules-compare-popup-same")
                },
                t.title,
            ));
        }
        let title = crate::present::title_within(row.title, row.short, id_w - 1);
        let mut spans = vec![Span::raw(format!("{title:<id_w$}"))];
        for s in &row.states {
            let (text, style): (String, Style) = match s {
                // Four editions in a narrow popup: the mark alone.
                None if col < 14 => ("—".into(), t.dim),
                None => (crate::t!("rules-compare-popup-absent"), t.dim),
                Some(crate::status::RequirementState::Met) => {
                    (crate::t!("rules-compare-popup-met"), t.ok)
                }
                Some(crate::status::RequirementState::Unmet) => {
                    (crate::t!("rules-compare-popup-unmet"), t.error)
                }
                Some(crate::status::RequirementState::NotApplicable) => {
                    (crate::t!("rules-compare-popup-na"), t.dim)
                }
            };
            spans.push(Span::styled(
                format!("{:<col$}", fit(&text, col - 1)),
                style,
            ));
        }
        lines.push(Line::from(spans));
        if room {
            // Editions that give the same reason share a line.
            let mut said: Vec<(&str, Vec<&str>)> = Vec::new();
            for (r, why) in reports.iter().zip(&row.reasons) {
                let Some(why) = why else { continue };
                match said.iter_mut().find(|(w, _)| *w == why.as_str()) {
                    Some((_, editions)) => editions.push(r.edition.as_str()),
                    None => said.push((why, vec![r.edition.as_str()])),
                }
            }
            for (why, editions) in said {
                let which = if editions.len() == reports.len() {
                    crate::t!("rules-compare-popup-every")
                } else {
                    editions.join(", ")
                };
                let text = format!("  {} {which}: {}", row.id.as_str(), sanitize(why));
                lines.push(Line::styled(fit(&text, body.width as usize), t.dim));
            }
        }
    }
    let max = (lines.len() as u16).saturating_sub(body.height);
    f.render_widget(Paragraph::new(lines).scroll((scroll.min(max), 0)), body);
    actions(v, f, line, &hinted(Context::Compare));
}
