//! The live status panel: the rung, every requirement with ✓/✗/—, benefits and the next thing to
//! do. It reads the same `StatusReport` that gates the export.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};

use crate::fields::FieldId;
use crate::rules::{RequirementState, Status};
use crate::tui::app::{App, Focus};
use crate::tui::theme::{FOCUS_MARK, MET, NOT_APPLICABLE, UNMET};

use super::fit;

pub fn render(app: &App, f: &mut Frame, area: Rect) {
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let report = &d.report;
    let selected = match app.focus {
        Focus::Panel(i) => Some(i),
        _ => None,
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(if selected.is_some() {
            t.border_focus
        } else {
            t.border
        })
        .title(Span::styled(" Status ", t.title));
    let inner = block.inner(area);
    f.render_widget(block, area);
    let width = inner.width as usize;
    let status_mark = if report.status == Status::NotReady {
        UNMET
    } else {
        MET
    };
    let status_style = if report.status == Status::NotReady {
        t.error
    } else {
        t.ok
    };
    let mut lines = vec![Line::styled(
        fit(
            &format!("{status_mark} {}", report.status.label(d.sub.rules)),
            width,
        ),
        status_style,
    )];
    for (i, r) in report.requirements.iter().enumerate() {
        let (mark, style) = match r.state {
            RequirementState::Met => (MET, t.ok),
            RequirementState::Unmet => (UNMET, t.error),
            RequirementState::NotApplicable => (NOT_APPLICABLE, t.dim),
        };
        let focus = if selected == Some(i) { FOCUS_MARK } else { " " };
        let id = format!("{focus}{mark} {:<16}", r.id.as_str());
        let rest = width.saturating_sub(id.chars().count());
        let why = match r.state {
            RequirementState::Met => "",
            _ => reason(&r.detail),
        };
        let line = Line::from(vec![
            Span::styled(id, if selected == Some(i) { t.focus } else { style }),
            Span::styled(fit(why, rest), t.dim),
        ]);
        lines.push(line);
    }
    let benefits: Vec<&str> = report.benefits.iter().map(|b| b.code()).collect();
    lines.push(Line::styled(
        if benefits.is_empty() {
            "Benefits: none yet".to_string()
        } else {
            format!("Benefits: {}", benefits.join(" "))
        },
        t.text,
    ));
    let detail = match selected.and_then(|i| report.requirements.get(i)) {
        Some(r) => format!("{} {}: {}", r.id.as_str(), r.id.title(), r.detail),
        None => match report.next_to_do() {
            Some(r) => format!("Next: {} {}", r.id.as_str(), labelled(&r.detail)),
            None => "Nothing left to do for this offer's rungs.".into(),
        },
    };
    lines.push(Line::styled(
        detail,
        if selected.is_some() { t.text } else { t.warn },
    ));
    f.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

/// The reason without the JSON path, for the one-line rows.
fn reason(detail: &str) -> &str {
    match detail.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => rest,
        _ => detail,
    }
}

/// The reason with the field named as the form names it (`MPN ID: not answered`), for the
/// wrapped "Next" line.
fn labelled(detail: &str) -> String {
    match detail.split_once(": ") {
        Some((path, rest)) if !path.contains(' ') => match FieldId::for_path(path) {
            Some(f) if path != "contacts" => format!("{}: {rest}", f.def().label.trim()),
            _ => rest.to_string(),
        },
        _ => detail.to_string(),
    }
}

/// A compact panel for narrow terminals: the rung and the unmet requirements.
pub fn render_compact(app: &App, f: &mut Frame, area: Rect) {
    let Some(d) = app.draft.as_ref() else { return };
    let t = &app.theme;
    let report = &d.report;
    let unmet: Vec<&str> = report
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::Unmet)
        .map(|r| r.id.as_str())
        .collect();
    let lines = vec![
        Line::styled(
            format!("Status: {}", report.status.label(d.sub.rules)),
            t.title,
        ),
        Line::raw(if unmet.is_empty() {
            format!("{MET} every requirement that applies is met")
        } else {
            format!("{UNMET} {}", unmet.join(" "))
        }),
        Line::styled(
            report
                .next_to_do()
                .map(|r| format!("Next: {}", r.detail))
                .unwrap_or_default(),
            t.warn,
        ),
    ];
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(t.border);
    f.render_widget(
        Paragraph::new(lines).wrap(Wrap { trim: true }).block(block),
        area,
    );
}
