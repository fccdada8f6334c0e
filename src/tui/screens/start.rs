//! The drafts: resume one (most recent first and preselected), start, rename, copy or delete one.

use std::path::PathBuf;

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::model::Edition;
use crate::present::{self, sanitize};
use crate::store::{DraftStore, StoreError};
use ratatui::Frame;

use crate::tui::action::Action;
use crate::tui::command::{Command, InputPurpose};
use crate::tui::component::{Component, Cx, Hit, Reply, Shown, View};
use crate::tui::keymap::Context;
use crate::tui::theme::FOCUS_MARK;

use super::{fit, fit_words};

/// A draft in the list.
pub struct DraftRow {
    pub name: String,
    pub path: PathBuf,
    /// (offer, status, rules, completeness), or why it cannot be read.
    pub summary: Result<(String, String, Edition, u32), String>,
    pub modified: String,
}

/// When a draft last changed, in the reader's local time: their date format and `HH:MM`.
fn last_change(t: std::time::SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let t = time::UtcOffset::current_local_offset()
        .map(|o| t.to_offset(o))
        .unwrap_or(t);
    format!(
        "{} {:02}:{:02}",
        crate::i18n::date(t.date()),
        t.hour(),
        t.minute()
    )
}

#[derive(Default)]
pub struct StartScreen {
    pub drafts: Vec<DraftRow>,
    /// The focused row; `drafts.len()` is "New draft".
    pub selected: usize,
    /// The drafts folder, as listed last.
    pub dir: PathBuf,
    /// The first row shown.
    scroll: super::Scroll,
}

impl StartScreen {
    pub fn refresh(&mut self, store: &DraftStore) -> Result<(), StoreError> {
        self.dir = store.dir().to_path_buf();
        let list = store.list();
        self.drafts = match &list {
            Ok(list) => list
                .iter()
                .map(|d| DraftRow {
                    name: d.name.clone(),
                    path: d.path.clone(),
                    summary: match &d.loaded {
                        Ok(sub) => {
                            let r = crate::rules::evaluate_at(sub, &d.path);
                            Ok((
                                present::offer_name(sub),
                                r.status_label().to_string(),
                                sub.rules,
                                r.completeness(),
                            ))
                        }
                        Err(e) => Err(sanitize(&e.to_string()).into_owned()),
                    },
                    modified: d.modified.map(last_change).unwrap_or_default(),
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

/// The drafts list: moving, opening, and asking for a new, renamed, copied or deleted draft.
impl Component for StartScreen {
    fn contexts(&self) -> Vec<Context> {
        vec![Context::Start, Context::Global, Context::Always]
    }

    fn handle(&mut self, action: Action, _cx: &mut Cx) -> Reply {
        let row = self.current().map(|r| (r.name.clone(), r.path.clone()));
        let ask = |p: InputPurpose| Reply::Run(Command::Ask(p));
        match action {
            Action::Up => self.move_by(-1),
            Action::Down => self.move_by(1),
            Action::PageUp => self.move_by(-10),
            Action::PageDown => self.move_by(10),
            Action::Activate | Action::NextStep => match row {
                None => ask(InputPurpose::NewDraft),
                Some((_, path)) => Reply::Run(Command::OpenPath(path)),
            },
            Action::NewDraft => ask(InputPurpose::NewDraft),
            Action::RenameDraft => row.map_or(Reply::Stay, |(name, _)| {
                ask(InputPurpose::RenameDraft(name))
            }),
            Action::DuplicateDraft => row.map_or(Reply::Stay, |(name, _)| {
                Reply::Run(Command::DuplicateDraft(name))
            }),
            Action::DeleteDraft => row.map_or(Reply::Stay, |(name, _)| {
                Reply::Run(Command::AskDeleteDraft(name))
            }),
            _ => Reply::Stay,
        }
    }

    fn select(&mut self, i: usize) -> bool {
        if self.selected == i {
            return true;
        }
        self.selected = i;
        false
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        let view = &ui.view();
        f.render_widget(StartView { view, screen: self }, area);
    }
}

impl StartScreen {
    /// Moves the focus by a row (wrapping) or a page (stopping at the ends).
    fn move_by(&mut self, delta: isize) -> Reply {
        let len = self.rows() as isize + 1;
        let i = self.selected as isize + delta;
        self.selected = if delta.abs() > 1 {
            i.clamp(0, len - 1)
        } else {
            i.rem_euclid(len)
        } as usize;
        Reply::Stay
    }
}

/// The start screen, drawn.
pub struct StartView<'a> {
    pub view: &'a View<'a>,
    pub screen: &'a StartScreen,
}

impl Widget for StartView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.view;
        let screen = self.screen;
        let t = ui.theme;
        let intro_h = if area.width < 72 { 4 } else { 3 };
        let [intro, list_area, info] = Layout::vertical([
            Constraint::Length(intro_h),
            Constraint::Fill(1),
            Constraint::Length(2),
        ])
        .areas(area);
        Paragraph::new(vec![
            Line::styled(crate::t!("wiz-start-intro"), t.title),
            Line::raw(crate::t!("wiz-start-resume")),
        ])
        .wrap(Wrap { trim: true })
        .render(intro, buf);
        let block = Block::default()
            .borders(Borders::ALL)
            .border_style(t.border)
            .title(format!(" {} ", crate::t!("wiz-start-drafts")));
        let inner = block.inner(list_area);
        block.render(list_area, buf);
        let w = inner.width as usize;
        let wide = w >= 100;
        // The status in words takes what the row leaves (the longest, in French, is 33 letters).
        let status_w = w.saturating_sub(38).clamp(26, 34);
        let mut lines = Vec::new();
        let rows = screen.drafts.len() + 1;
        let shown = screen
            .scroll
            .rows(screen.selected, rows, inner.height as usize);
        let offset = shown.start;
        for i in shown {
            let focused = i == screen.selected;
            let mark = if focused { FOCUS_MARK } else { " " };
            let text = match screen.drafts.get(i) {
                None => format!("{mark} + {}", crate::t!("wiz-new-draft-title")),
                Some(row) => match &row.summary {
                    Ok((offer, status, rules, done)) if wide => format!(
                        "{mark} {:<30} {:<34} {rules}  {:>3}%  {}",
                        fit(offer, 30),
                        fit_words(status, 34),
                        done,
                        row.modified
                    ),
                    Ok((offer, status, rules, done)) => format!(
                        "{mark} {:<22} {:<status_w$} {rules} {:>3}%",
                        fit(offer, 22),
                        fit_words(status, status_w),
                        done
                    ),
                    Err(e) => format!(
                        "{mark} {:<22} ✗ {}",
                        fit(&sanitize(&row.name), 22),
                        crate::t!("wiz-start-unreadable", error = e)
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
                Span::raw(format!("{} ", crate::t!("wiz-start-new-rules"))),
                Span::styled(Edition::NEWEST.as_str(), t.key),
                Span::raw(format!(" {}", crate::t!("wiz-start-todays"))),
            ]),
            Line::styled(
                fit(
                    &crate::t!(
                        "wiz-start-folder",
                        dir = sanitize(&screen.dir.display().to_string())
                    ),
                    area.width as usize,
                ),
                t.dim,
            ),
        ])
        .render(info, buf);
    }
}
