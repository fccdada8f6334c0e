//! The steps with their state: ✓ done (its requirements hold), • in progress, ✗ invalid values,
//! ○ not started. Abbreviated to numbers when the terminal is narrow; each step is clickable.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use crate::fields::Step;
use crate::tui::component::Hit;
use crate::tui::derived::StepMark;
use crate::tui::shown::Shown;

pub fn mark(m: StepMark) -> &'static str {
    match m {
        StepMark::Done => "✓",
        StepMark::InProgress => "•",
        StepMark::Invalid => "✗",
        StepMark::NotStarted => "○",
    }
}

pub struct StepBar<'a> {
    pub ui: &'a Shown<'a>,
}

impl Widget for StepBar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let t = &ui.theme;
        let label = |step: Step, short: bool| {
            let m = match (step, ui.step_mark(step)) {
                (Step::Review, StepMark::Done) => "✓",
                (Step::Review, _) => "",
                (_, m) => mark(m),
            };
            let current = step == ui.step;
            match (current, short) {
                (true, _) => format!("[{} {}{m}]", step.number(), step.short()),
                (false, false) => format!(" {} {}{m} ", step.number(), step.short()),
                (false, true) => format!(" {}{m}", step.number()),
            }
        };
        let full: usize = Step::WIZARD
            .iter()
            .map(|s| label(*s, false).chars().count())
            .sum();
        let short = full > area.width as usize;
        let mut spans = Vec::new();
        let mut x = area.x;
        for step in Step::WIZARD {
            let text = label(step, short);
            let w = text.chars().count() as u16;
            let style = match (step == ui.step, ui.step_mark(step)) {
                (true, _) => t.focus.add_modifier(Modifier::BOLD),
                (false, StepMark::Invalid) => t.error,
                (false, StepMark::Done) => t.ok,
                (false, StepMark::NotStarted) => t.dim,
                _ => t.text,
            };
            if x < area.right() {
                ui.hits.borrow_mut().push((
                    Rect::new(x, area.y, w.min(area.right() - x), 1),
                    Hit::Step(step),
                ));
            }
            x = x.saturating_add(w);
            spans.push(Span::styled(text, style));
        }
        Paragraph::new(Line::from(spans)).render(area, buf);
    }
}
