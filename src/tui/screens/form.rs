//! The field form of a step: label, value with its ✓/✗ beside it, the inline editor, and below
//! the focused field's help, problem or warning. It scrolls, so every field is reachable at any
//! height. Offer, Listing, Documents and Revenue are this form with their extras.

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::fields::{FieldId, FieldKind, Need, Step};
use crate::present::{human_bytes, sanitize};
use crate::status::{RequirementId, RequirementState};
use crate::tui::action::Action;
use crate::tui::command::Command;
use crate::tui::component::{Component, Cx, Hit, Reply, StepScreen};
use crate::tui::keymap::Context;
use crate::tui::shown::Shown;
use crate::tui::theme::{FOCUS_MARK, MET, NOT_APPLICABLE, UNMET};

use super::{fit_left, fit_words};

/// The widest label column; longer labels are cut in the list and named in full below it.
pub const MAX_LABEL: usize = 20;

/// A step's fields: which one has the focus, and what the form's keys ask for.
#[derive(Default)]
pub struct FormScreen {
    /// The focused field of the current step.
    pub focus: usize,
    /// The first field shown (the form scrolls when the terminal is short).
    pub scroll: super::Scroll,
}

/// The steps that are their fields (Offer, Listing, Documents, Revenue): moving between the
/// fields, and asking for a field to be edited, cleared or chosen from a file.
impl Component for FormScreen {
    fn contexts(&self) -> Vec<Context> {
        vec![
            Context::Form,
            Context::Wizard,
            Context::Global,
            Context::Always,
        ]
    }

    fn handle(&mut self, action: Action, cx: &mut Cx) -> Reply {
        let n = cx.fields.len();
        let field = cx.fields.get(self.focus).copied();
        let command = match (action, field) {
            (Action::Up, _) => return self.move_by(-1, n),
            (Action::Down, _) => return self.move_by(1, n),
            (Action::PageUp, _) => return self.move_by(-10, n),
            (Action::PageDown, _) => return self.move_by(10, n),
            (Action::Activate, Some(f)) => Command::ActivateField(f),
            (Action::Clear, Some(f)) => Command::SetField(f, String::new()),
            (Action::Browse, Some(f)) if f.kind() == FieldKind::Path => Command::BrowseField(f),
            _ => return Reply::Stay,
        };
        Reply::Run(command)
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        let scroll = &self.scroll;
        f.render_widget(FormView { ui, scroll }, area);
    }
}

impl FormScreen {
    fn move_by(&mut self, delta: isize, fields: usize) -> Reply {
        self.focus = super::step_by(self.focus, fields, delta);
        Reply::Stay
    }
}

impl StepScreen for FormScreen {
    fn form_focus(&self) -> Option<usize> {
        Some(self.focus)
    }

    fn show_field(&mut self, i: usize) {
        self.focus = i;
    }

    /// A step is shown again from its first field.
    fn leave(&mut self) {
        self.focus = 0;
        self.scroll.reset();
    }
}

/// What a field shows beside its value: ✓ valid, ✗ invalid (with why), or nothing.
pub fn field_state(ui: &Shown, field: FieldId) -> (Option<bool>, Option<String>) {
    let Some(s) = ui.session() else {
        return (None, None);
    };
    let edition = s.edition();
    if let Some(p) = s.report().problems.iter().find(|p| p.field == field) {
        return (Some(false), Some(p.in_words(edition)));
    }
    if let Some(check) = ui.derived.docs.get(&field) {
        return match check {
            Ok(f) => {
                let facts = if s.is_checking(field) {
                    format!(", {}", crate::t!("wiz-checking"))
                } else {
                    s.inspection(field)
                        .map(|i| i.facts())
                        .filter(|x| !x.is_empty())
                        .map(|x| format!(", {x}"))
                        .unwrap_or_default()
                };
                (
                    Some(true),
                    Some(format!("{}, {}{facts}", f.media_type, human_bytes(f.bytes))),
                )
            }
            Err(e) => (Some(false), Some(e.clone())),
        };
    }
    let answered = !field.get(s.sub()).is_empty();
    (answered.then_some(true), None)
}

/// The form of the current step's fields, drawn.
pub struct FieldList<'a> {
    pub ui: &'a Shown<'a>,
    pub fields: &'a [FieldId],
    /// The focused field, when the focus is on the form.
    pub focus: Option<usize>,
    /// Rows for the focused field's help below the list.
    pub detail_rows: u16,
    /// The first field shown.
    pub scroll: &'a super::Scroll,
}

impl Widget for FieldList<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let (sub, edition) = (s.sub(), s.edition());
        let t = &ui.theme;
        let [list_area, detail_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(self.detail_rows)])
                .areas(area);
        let longest = self
            .fields
            .iter()
            .map(|f| f.label(edition).chars().count())
            .max()
            .unwrap_or(10);
        // Labels longer than this are cut in the list; the detail below names them in full.
        let label_w = longest.clamp(8, (list_area.width as usize / 2).clamp(8, MAX_LABEL));
        let value_w = (list_area.width as usize).saturating_sub(label_w + 5);
        let shown = self.scroll.rows(
            self.focus.unwrap_or(0),
            self.fields.len(),
            list_area.height as usize,
        );
        let offset = shown.start;
        let mut lines = Vec::new();
        let mut editor_row = None;
        for (i, field) in self.fields.iter().enumerate().take(shown.end).skip(offset) {
            let focused = self.focus == Some(i);
            let need = field.need(sub);
            let mark = if focused { FOCUS_MARK } else { " " };
            let star = if need == Need::Required { "*" } else { " " };
            let label = format!(
                "{mark}{star}{:<label_w$} ",
                fit_words(field.label(edition), label_w)
            );
            let mut spans = vec![Span::styled(label, if focused { t.focus } else { t.text })];
            let y = list_area.y + (i - offset) as u16;
            ui.hits
                .borrow_mut()
                .push((Rect::new(list_area.x, y, list_area.width, 1), Hit::Field(i)));
            if focused && ui.editing.as_ref().is_some_and(|e| e.field == *field) {
                editor_row = Some(y);
                lines.push(Line::from(spans));
                continue;
            }
            let display = sanitize(&field.display(sub)).into_owned();
            let shown = match (&need, display.is_empty()) {
                (Need::NotNeeded(_), true) => Span::styled(crate::t!("wiz-not-needed"), t.dim),
                (_, true) => Span::styled(
                    match field.kind() {
                        FieldKind::Choice | FieldKind::MultiChoice | FieldKind::Countries => {
                            crate::t!("wiz-empty-choose")
                        }
                        FieldKind::YesNo => crate::t!("wiz-empty-yes-no"),
                        _ => "—".to_string(),
                    },
                    t.dim,
                ),
                (_, false) if field.kind() == FieldKind::Path => {
                    Span::raw(fit_left(&display, value_w.saturating_sub(2)))
                }
                (_, false) => Span::raw(fit_words(&display, value_w.saturating_sub(2))),
            };
            spans.push(shown);
            match field_state(ui, *field).0 {
                Some(true) if !display.is_empty() => {
                    spans.push(Span::styled(format!(" {MET}"), t.ok))
                }
                Some(false) => spans.push(Span::styled(format!(" {UNMET}"), t.error)),
                _ => {}
            }
            lines.push(Line::from(spans));
        }
        Paragraph::new(lines).render(list_area, buf);
        if let (Some(y), Some(e)) = (editor_row, ui.editing.as_ref()) {
            let x = list_area.x + label_w as u16 + 3;
            let w = list_area.right().saturating_sub(x);
            (&e.textarea).render(Rect::new(x, y, w, 1), buf);
        }
        let focused = self.focus.and_then(|i| self.fields.get(i)).copied();
        if let Some(field) = focused {
            FieldDetail { ui, field }.render(detail_area, buf);
        }
    }
}

/// The focused field's help, and its problem, file facts or warnings.
struct FieldDetail<'a> {
    ui: &'a Shown<'a>,
    field: FieldId,
}

impl Widget for FieldDetail<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let t = &ui.theme;
        let field = self.field;
        let mut lines = vec![Line::styled("─".repeat(area.width as usize), t.border)];
        let editing_error = ui
            .editing
            .as_ref()
            .filter(|e| e.field == field)
            .and_then(|e| e.error.clone());
        if let Some(err) = editing_error {
            lines.push(Line::styled(format!("{UNMET} {}", sanitize(&err)), t.error));
        } else {
            match (field.need(s.sub()), field_state(ui, field)) {
                (Need::NotNeeded(why), _) => lines.push(Line::styled(
                    crate::t!("wiz-not-needed-why", why = why),
                    t.dim,
                )),
                (_, (Some(false), Some(p))) => {
                    lines.push(Line::styled(format!("{UNMET} {}", sanitize(&p)), t.error))
                }
                (_, (Some(true), Some(info))) => {
                    lines.push(Line::styled(format!("{MET} {}", sanitize(&info)), t.ok))
                }
                _ => {}
            }
        }
        for w in s
            .report()
            .warnings
            .iter()
            .filter(|w| w.field == Some(field))
            .take(2)
        {
            lines.push(Line::styled(format!("! {}", sanitize(&w.text)), t.warn));
        }
        let label = field.label(s.edition()).trim();
        let help = field.def().help(s.edition());
        if label.chars().count() > MAX_LABEL {
            lines.push(Line::styled(format!("{label}: {help}"), t.dim));
        } else {
            lines.push(Line::styled(help, t.dim));
        }
        Paragraph::new(lines)
            .wrap(Wrap { trim: true })
            .render(area, buf);
    }
}

/// A step that is the field form plus its extras (Offer, Listing, Documents, Revenue).
pub struct FormView<'a> {
    pub ui: &'a Shown<'a>,
    pub scroll: &'a super::Scroll,
}

impl Widget for FormView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let t = &ui.theme;
        let extras: Vec<Line> = match ui.step {
            Step::Offer | Step::Listing => s
                .report()
                .warnings
                .iter()
                .filter(|w| w.field.is_some_and(|f| f.step() == ui.step))
                .filter(|w| w.field != ui.focused_field())
                .take(3)
                .map(|w| Line::styled(format!("! {}", sanitize(&w.text)), t.warn))
                .collect(),
            Step::Revenue => {
                let mut l = vec![Line::styled(
                    crate::t!(
                        "wiz-thresholds",
                        status =
                            crate::status::Status::AzureIpCoSellIncentivized.label(s.edition())
                    ),
                    t.title,
                )];
                for id in [RequirementId::IpRevenue, RequirementId::IpAzure] {
                    if let Some(r) = s.report().get(id) {
                        let (mark, style) = match r.state {
                            RequirementState::Met => (MET, t.ok),
                            RequirementState::Unmet => (UNMET, t.error),
                            RequirementState::NotApplicable => (NOT_APPLICABLE, t.dim),
                        };
                        l.push(Line::styled(
                            format!("{mark} {}: {}", r.title, sanitize(&r.reason)),
                            style,
                        ));
                    }
                }
                l
            }
            _ => Vec::new(),
        };
        let extra_h = (extras.len() as u16 * 2).min(area.height / 3);
        let [form_area, extra_area] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(extra_h)]).areas(area);
        let fields = ui.step_fields();
        FieldList {
            ui,
            fields,
            focus: ui.form_focus,
            detail_rows: 4.min(form_area.height / 3).max(2),
            scroll: self.scroll,
        }
        .render(form_area, buf);
        Paragraph::new(extras)
            .wrap(Wrap { trim: true })
            .render(extra_area, buf);
    }
}
