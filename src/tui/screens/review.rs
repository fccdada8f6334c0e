//! Review & export: a readable summary by section with what is still missing, and the export
//! action always on screen; the exact JSON an export writes is one key away (built in the
//! background, drawn by visible lines).

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::fields::{FieldId, Step, fields_of};
use crate::model::DocSlot;
use crate::present::sanitize;
use crate::session::DraftSession;
use crate::status::RequirementState;
use crate::tui::action::Action;
use ratatui::Frame;

use crate::tui::command::{Command, InputPurpose};
use crate::tui::component::{Component, Cx, Hit, Reply, StepScreen};
use crate::tui::derived::Derived;
use crate::tui::derived::StepMark;
use crate::tui::keymap::{Context, key_for};
use crate::tui::shown::Shown;
use crate::tui::task::{Poll, Task};
use crate::tui::theme::{MET, UNMET};

use super::{file_name, fit};

#[derive(Default)]
pub struct ReviewScreen {
    pub scroll: u16,
    pub show_json: bool,
    /// The JSON an export would write, one line each.
    pub json: Vec<String>,
    stale: bool,
    rx: Option<Task<Vec<String>>>,
}

impl ReviewScreen {
    pub fn invalidate(&mut self) {
        self.stale = true;
    }

    pub fn toggle_json(&mut self) {
        self.show_json = !self.show_json;
        self.scroll = 0;
        self.stale = true;
    }

    pub fn scroll_by(&mut self, delta: isize) {
        self.scroll = (self.scroll as isize + delta).clamp(0, u16::MAX as isize) as u16;
    }

    pub fn busy(&self) -> bool {
        self.rx.is_some()
    }

    /// Builds the JSON preview in the background when it is shown and out of date.
    pub fn refresh(&mut self, session: &DraftSession) {
        if !(self.show_json && self.stale) || self.rx.is_some() {
            return;
        }
        self.stale = false;
        let file = session.build_export(None, true);
        let export_time = crate::t!("wiz-json-export-time");
        let task = Task::spawn(
            "json-preview",
            || vec![crate::t!("wiz-json-preview-stopped")],
            move |_| {
                let text = match file {
                    Ok(mut f) => {
                        f.exported_at = export_time;
                        f.to_pretty_json()
                    }
                    Err(e) => e.to_string(),
                };
                preview_lines(&text)
            },
        );
        if self.json.is_empty() {
            self.json = vec![crate::t!("wiz-json-preparing")];
        }
        self.rx = Some(task);
    }

    /// Takes a finished preview; true when the screen should be redrawn.
    pub fn tick(&mut self) -> bool {
        let Some(task) = self.rx.as_mut() else {
            return false;
        };
        match task.poll() {
            Poll::Done(lines) => {
                self.json = lines;
                self.rx = None;
                true
            }
            Poll::Running(_) => false,
        }
    }
}

/// The last step: the summary (or the JSON an export would write), scrolled; export from here.
impl Component for ReviewScreen {
    fn contexts(&self) -> Vec<Context> {
        vec![
            Context::Review,
            Context::Wizard,
            Context::Global,
            Context::Always,
        ]
    }

    fn handle(&mut self, action: Action, _cx: &mut Cx) -> Reply {
        match action {
            Action::Up => self.scroll_by(-1),
            Action::Down => self.scroll_by(1),
            Action::PageUp => self.scroll_by(-10),
            Action::PageDown => self.scroll_by(10),
            Action::ToggleJson => self.toggle_json(),
            Action::Activate | Action::ExportJson => {
                return Reply::Run(Command::Ask(InputPurpose::ExportJson));
            }
            Action::ExportKit => return Reply::Run(Command::Ask(InputPurpose::ExportKit)),
            _ => {}
        }
        Reply::Stay
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        f.render_widget(ReviewView { ui, screen: self }, area);
    }
}

impl StepScreen for ReviewScreen {
    fn changed(&mut self, _session: &DraftSession, _derived: &Derived) {
        self.invalidate();
    }

    fn tick(&mut self, session: &DraftSession) -> bool {
        self.refresh(session);
        ReviewScreen::tick(self)
    }

    fn busy(&self) -> bool {
        ReviewScreen::busy(self)
    }

    /// The summary starts from the top when the step is shown again.
    fn leave(&mut self) {
        self.scroll = 0;
    }
}

/// Lines of the JSON preview kept for scrolling: enough for any real draft; a huge contact list
/// is cut with a line that says how much more the export holds.
const PREVIEW_LINES: usize = 20_000;

fn preview_lines(text: &str) -> Vec<String> {
    let mut lines: Vec<String> = text.lines().take(PREVIEW_LINES).map(String::from).collect();
    let more = text.lines().count().saturating_sub(PREVIEW_LINES);
    if more > 0 {
        lines.push(crate::t!(
            "wiz-json-more-lines",
            count = more,
            key = key_for(Context::Review, Action::ExportJson)
        ));
    }
    lines
}

pub struct ReviewView<'a> {
    pub ui: &'a Shown<'a>,
    pub screen: &'a ReviewScreen,
}

impl ReviewView<'_> {
    fn summary(&self) -> Vec<Line<'static>> {
        let ui = self.ui;
        let Some(s) = ui.session() else {
            return Vec::new();
        };
        let (sub, report, edition) = (s.sub(), s.report(), s.edition());
        let t = &ui.theme;
        let mut lines = Vec::new();
        let ok = report.status.is_co_sell_ready();
        lines.push(Line::styled(
            format!(
                "{} {} ({})",
                if ok { MET } else { UNMET },
                report.status_label(),
                crate::t!("wiz-title-rules", edition = edition.to_string())
            ),
            if ok { t.ok } else { t.error },
        ));
        let benefits: Vec<&str> = report
            .benefits
            .iter()
            .map(|b| b.title(report.edition))
            .collect();
        lines.push(Line::raw(if benefits.is_empty() {
            crate::t!("wiz-benefits-none")
        } else {
            crate::t!("wiz-benefits", benefits = benefits.join("; "))
        }));
        lines.push(Line::raw(""));
        let get = |f: FieldId| sanitize(&f.display(sub)).into_owned();
        let join = |v: Vec<String>| {
            v.into_iter()
                .filter(|x| !x.is_empty())
                .collect::<Vec<_>>()
                .join(" · ")
        };
        for step in &Step::WIZARD[..6] {
            let (mark, style, state) = match ui.step_mark(*step) {
                StepMark::Done => (MET, t.ok, crate::t!("wiz-step-complete")),
                StepMark::Invalid => (
                    UNMET,
                    t.error,
                    ui.step_error(*step)
                        .map(str::to_string)
                        .unwrap_or_else(|| crate::t!("wiz-step-invalid")),
                ),
                StepMark::InProgress => {
                    let missing = report
                        .requirements
                        .iter()
                        .find(|r| {
                            r.state == RequirementState::Unmet
                                && r.fix.is_some_and(|f| f.step() == *step)
                        })
                        .map(|r| r.reason.clone())
                        .unwrap_or_else(|| crate::t!("wiz-step-missing"));
                    (UNMET, t.error, missing)
                }
                StepMark::NotStarted => ("○", t.dim, crate::t!("wiz-step-not-started")),
            };
            lines.push(Line::from(vec![
                Span::styled(format!("{} {:<24}", step.number(), step.title()), t.title),
                Span::styled(format!("{mark} {}", sanitize(&state)), style),
            ]));
            let detail = match step {
                Step::Offer => join(vec![
                    get(FieldId::OfferName),
                    get(FieldId::OfferType),
                    match sub.offer.live {
                        Some(true) => crate::t!("wiz-offer-live"),
                        Some(false) => crate::t!("wiz-offer-not-live"),
                        None => String::new(),
                    },
                    match sub.partner.mpn_id.as_deref() {
                        Some(m) => format!("{} {}", FieldId::MpnId.label(edition), sanitize(m)),
                        None => String::new(),
                    },
                ]),
                Step::Listing => {
                    let areas: Vec<String> = sub
                        .listing
                        .solution_areas
                        .iter()
                        .map(|a| {
                            format!(
                                "{}: {}",
                                sanitize(&a.area),
                                sanitize(&a.sub_areas.join(", "))
                            )
                        })
                        .collect();
                    join(vec![
                        get(FieldId::Platforms),
                        get(FieldId::SolutionType),
                        areas.join("; "),
                    ])
                }
                Step::Documents => {
                    let docs: Vec<String> = fields_of(Step::Documents, sub)
                        .filter(|f| matches!(f.id, FieldId::Doc(_) | FieldId::Other(_)))
                        .filter_map(|f| {
                            let v = f.id.get(sub);
                            (!v.is_empty()).then(|| {
                                format!("{} {}", f.label(edition), sanitize(&file_name(&v)))
                            })
                        })
                        .collect();
                    join(vec![docs.join(" · "), get(FieldId::LandingPage)])
                }
                Step::Contacts => crate::t!(
                    "wiz-review-contacts",
                    contacts = crate::t!("wiz-count-contacts", count = sub.contacts.len()),
                    markets = crate::t!("count-markets", count = sub.markets.len()),
                    count = ui.derived.coverage.uncovered().count()
                ),
                Step::Diagram => sub
                    .documents
                    .slot(DocSlot::ReferenceArchitectureDiagram)
                    .as_ref()
                    .map(|d| sanitize(&file_name(&d.path)).into_owned())
                    .unwrap_or_default(),
                _ => join(vec![
                    get(FieldId::AzureConsumed),
                    get(FieldId::MarketplaceBilled),
                    get(FieldId::AzureShare),
                ]),
            };
            if !detail.is_empty() {
                lines.push(Line::styled(format!("    {detail}"), t.dim));
            }
        }
        let unmet: Vec<_> = report
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::Unmet)
            .collect();
        lines.push(Line::raw(""));
        if unmet.is_empty() && report.problems.is_empty() {
            lines.push(Line::styled(crate::t!("wiz-nothing-missing"), t.ok));
        } else {
            lines.push(Line::styled(crate::t!("wiz-what-is-missing"), t.title));
            for r in unmet {
                lines.push(Line::styled(
                    format!("{UNMET} {}: {}", r.title, sanitize(&r.reason)),
                    t.error,
                ));
            }
            for p in report.problems.iter().take(20) {
                lines.push(Line::styled(
                    format!("{UNMET} {}", sanitize(&p.in_words(edition))),
                    t.error,
                ));
            }
            if report.problems.len() > 20 {
                lines.push(Line::styled(
                    crate::t!("wiz-more-invalid", count = report.problems.len() - 20),
                    t.error,
                ));
            }
        }
        for n in &report.notes {
            lines.push(Line::styled(crate::t!("wiz-note", note = *n), t.dim));
        }
        lines
    }
}

impl Widget for ReviewView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let t = &ui.theme;
        let screen = self.screen;
        let [body, action] =
            Layout::vertical([Constraint::Fill(1), Constraint::Length(1)]).areas(area);
        if screen.show_json {
            let lines: Vec<Line> = screen
                .json
                .iter()
                .skip(screen.scroll as usize)
                .take(body.height as usize)
                .map(|l| Line::raw(fit(&sanitize(l), body.width as usize)))
                .collect();
            Paragraph::new(lines).render(body, buf);
        } else {
            let summary = Paragraph::new(self.summary()).wrap(Wrap { trim: false });
            // The rows after word wrapping: a long line takes more than one.
            let rows = u16::try_from(summary.line_count(body.width)).unwrap_or(u16::MAX);
            let max = rows.saturating_sub(body.height);
            summary
                .scroll((screen.scroll.min(max), 0))
                .render(body, buf);
        }
        let report = s.report();
        let export_key = key_for(Context::Review, Action::ExportJson);
        let kit_key = key_for(Context::Review, Action::ExportKit);
        let json_key = key_for(Context::Review, Action::ToggleJson);
        let (export_text, style) = if report.is_exportable() {
            (
                format!("[{export_key}] {}", crate::t!("wiz-review-export")),
                t.key,
            )
        } else {
            (
                format!("[{export_key}] {}", crate::t!("wiz-review-export-blocked")),
                t.error,
            )
        };
        let kit_text = format!("[{kit_key}] {}", crate::t!("wiz-review-kit"));
        let json_text = if screen.show_json {
            format!("[{json_key}] {}", crate::t!("wiz-review-summary"))
        } else {
            format!("[{json_key}] {}", crate::t!("wiz-review-exact-json"))
        };
        let mut x = action.x;
        let mut spans = Vec::new();
        for (text, style, act) in [
            (export_text, style, Action::ExportJson),
            (kit_text, style, Action::ExportKit),
            (json_text, t.key, Action::ToggleJson),
        ] {
            let w = text.chars().count() as u16 + 2;
            // Only whole answers: one that does not fit is left out, not cut mid-word.
            if x.saturating_add(w - 2) > action.right() {
                break;
            }
            if x < action.right() {
                ui.hits.borrow_mut().push((
                    Rect::new(x, action.y, w.min(action.right() - x), 1),
                    Hit::Answer(act),
                ));
            }
            x = x.saturating_add(w);
            spans.push(Span::styled(text, style));
            spans.push(Span::raw("  "));
        }
        Paragraph::new(Line::from(spans)).render(action, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_json_preview_keeps_a_bounded_number_of_lines() {
        let cases = [
            (10, 10, false),
            (PREVIEW_LINES, PREVIEW_LINES, false),
            (PREVIEW_LINES + 1, PREVIEW_LINES + 1, true),
            (1_600_000, PREVIEW_LINES + 1, true),
        ];
        for (lines, kept, cut) in cases {
            let text = "  \"x\": 1\n".repeat(lines);
            let got = preview_lines(&text);
            assert_eq!(got.len(), kept, "{lines} lines");
            assert_eq!(
                got.last().is_some_and(|l| l.contains("more lines")),
                cut,
                "{lines} lines"
            );
        }
    }
}
