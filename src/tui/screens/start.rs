//! The drafts: resume one (most recent first and preselected), start, rename, copy or delete one.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::model::Edition;
use crate::present::{self, sanitize};
use crate::store::{DraftStore, StoreError};
use crate::tui::component::Hit;
use crate::tui::shown::Shown;
use crate::tui::theme::FOCUS_MARK;

use super::fit;

/// A draft in the list.
pub struct DraftRow {
    pub name: String,
    pub path: PathBuf,
    /// (offer, status, rules, completeness), or why it cannot be read.
    pub summary: Result<(String, String, Edition, u32), String>,
    pub modified: String,
}

#[derive(Default)]
pub struct StartScreen {
    pub drafts: Vec<DraftRow>,
    /// The focused row; `drafts.len()` is "New draft".
    pub selected: usize,
}

impl StartScreen {
    pub fn refresh(&mut self, store: &DraftStore) -> Result<(), StoreError> {
        let list = store.list();
        self.drafts = match &list {
            Ok(list) => list
                .iter()
                .map(|d| DraftRow {
                    name: d.name.clone(),
                    path: d.path.clone(),
                    summary: match &d.loaded {
                        Ok(sub) => {
                            let r = crate::rules::evaluate(sub, sub.rules);
                            Ok((
                                present::offer_name(sub),
                                r.status_label().to_string(),
                                sub.rules,
                                r.completeness(),
                            ))
                        }
                        Err(e) => Err(sanitize(&e.to_string()).into_owned()),
                    },
                    modified: d.modified.map(present::format_time).unwrap_or_default(),
                })
                .collect(),
            Err(_) => Vec::new(),
        };
        self.selected = self.selected.min(self.drafts.len());
        list.map(|_| ())
    }

    pub fn rows(&self) -> usize {
        self.drafts.len()
    }

    pub fn current(&self) -> Option<&DraftRow> {
        self.drafts.get(self.selected)
    }

    pub fn select_name(&mut self, name: &str) {
        if let Some(i) = self.drafts.iter().position(|d| d.name == name) {
            self.selected = i;
        }
    }
}

/// The start screen, drawn.
pub struct StartView<'a> {
    pub ui: &'a Shown<'a>,
    pub screen: &'a StartScreen,
    pub dir: &'a std::path::Path,
}

impl Widget for StartView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let screen = self.screen;
        let t = &ui.theme;
        let intro_h = if area.width < 72 { 4 } else { 3 };
        let [intro, list_area, info] = Layout::vertical([
            Constraint::Length(intro_h),
            Constraint::Fill(1),
            Constraint::Length(2),
        ])
        .areas(area);
        Paragraph::new(vec![
            Line::styled(
                "Co-sell with Microsoft: fill in the details, see the status they earn.",
                t.title,
            ),
            Line::raw("Resume a draft or start a new one. Drafts are saved on every change."),
        ])
        .wrap(Wrap { trim: true })
        .render(intro, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(t.border)
            .title(" Drafts ");
        let inner = block.inner(list_area);
        block.render(list_area, buf);
        let w = inner.width as usize;
        let wide = w >= 100;
        let mut lines = Vec::new();
        let rows = screen.drafts.len() + 1;
        let shown = super::visible_rows(screen.selected, rows, inner.height as usize);
        let offset = shown.start;
        for i in shown {
            let focused = i == screen.selected;
            let mark = if focused { FOCUS_MARK } else { " " };
            let text = match screen.drafts.get(i) {
                None => format!("{mark} + New draft"),
                Some(row) => match &row.summary {
                    Ok((offer, status, rules, done)) if wide => format!(
                        "{mark} {:<30} {:<34} {rules}  {:>3}%  {}",
                        fit(offer, 30),
                        fit(status, 34),
                        done,
                        row.modified
                    ),
                    Ok((offer, status, rules, done)) => format!(
                        "{mark} {:<22} {:<26} {rules} {:>3}%",
                        fit(offer, 22),
                        fit(status, 26),
                        done
                    ),
                    Err(e) => format!(
                        "{mark} {:<22} ✗ unreadable: {e}",
                        fit(&sanitize(&row.name), 22)
                    ),
                },
            };
            let style = match (focused, i == screen.drafts.len()) {
                (true, _) => t.focus,
                (false, true) => t.key,
                _ => t.text,
            };
            lines.push(Line::styled(fit(&text, w), style));
            let y = inner.y + (i - offset) as u16;
            ui.hits
                .borrow_mut()
                .push((Rect::new(inner.x, y, inner.width, 1), Hit::Draft(i)));
        }
        Paragraph::new(lines).render(inner, buf);
        Paragraph::new(vec![
            Line::from(vec![
                Span::raw("New drafts: rules "),
                Span::styled(Edition::NEWEST.as_str(), t.key),
                Span::raw(" (today's Partner Center)"),
            ]),
            Line::styled(
                fit(
                    &format!(
                        "Drafts folder: {}",
                        sanitize(&self.dir.display().to_string())
                    ),
                    area.width as usize,
                ),
                t.dim,
            ),
        ])
        .render(info, buf);
    }
}
