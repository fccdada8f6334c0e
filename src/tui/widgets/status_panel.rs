//! The live status panel: the rung reached and the next one, every requirement in words with
//! ✓/✗/— and why, the benefits in words, and the next thing to do. It reads the same
//! `StatusReport` that gates the export. Each title is the full one where it fits and the short
//! one where it does not (never cut mid-word); from 120 columns the reasons show under the
//! titles, and on wider panels the requirement ids as a second column.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget, Wrap};

use crate::present::{rung_line, sanitize, title_within};
use crate::status::{RequirementResult, RequirementState};
use crate::tui::component::Hit;
use crate::tui::shown::Shown;
use crate::tui::theme::{FOCUS_MARK, MET, NOT_APPLICABLE, UNMET};

use crate::t;
use crate::tui::screens::fit;

/// The panel's inner width from which the reasons show (the side panel of a 120-column
/// terminal is 56 wide).
const REASONS_FROM: usize = 54;
/// The inner width from which the requirement ids show beside the titles.
const IDS_FROM: usize = 70;

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
    match ui.panel.and_then(|i| report.requirements.get(i)) {
        Some(r) => {
            let line = t!(
                "rules-panel-focused",
                title = r.title,
                id = r.id.as_str(),
                reason = sanitize(&r.reason)
            );
            match r.fix {
                Some(f) if r.state == RequirementState::Unmet => format!(
                    "{line}{}",
                    t!("rules-panel-go-to", field = f.label(edition).trim())
                ),
                _ => line,
            }
        }
        None => match report.next_to_do() {
            Some(r) => t!(
                "rules-panel-next",
                title = r.title,
                reason = sanitize(&r.reason)
            ),
            None => t!("rules-nothing-left"),
        },
    }
}

/// Words into lines of at most `width` characters (a word longer than a line is cut).
fn wrap(text: &str, width: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let n = line.chars().count();
        if n > 0 && n + 1 + word.chars().count() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() || lines.is_empty() {
        lines.push(line);
    }
    lines.into_iter().map(|l| fit(&l, width)).collect()
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
                t!("rules-panel-title", edition = s.edition().as_str()),
                t.title,
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        let width = inner.width as usize;
        let ok = report.status.is_co_sell_ready();
        let benefits: Vec<&str> = report
            .benefits
            .iter()
            .map(|b| b.title(report.edition))
            .collect();
        let benefit_text = if benefits.is_empty() {
            t!("rules-panel-benefits-none")
        } else {
            t!("rules-panel-benefits", benefits = benefits.join("; "))
        };
        let rung = rung_line(report);
        let next = next_line(ui);
        // The rows each text takes, wrapped at words as the paragraphs wrap them.
        let rows = |text: &str, most: usize| wrap(text, width.max(1)).len().clamp(1, most) as u16;
        let rung_h = rows(&rung, 3);
        let benefit_h = rows(&benefit_text, 3);
        let next_h = rows(&next, 4);
        let [head, list, benefit_area, next_area] = Layout::vertical([
            Constraint::Length(rung_h),
            Constraint::Fill(1),
            Constraint::Length(benefit_h),
            Constraint::Length(next_h),
        ])
        .areas(inner);
        Paragraph::new(rung)
            .style(if ok { t.ok } else { t.error })
            .wrap(Wrap { trim: true })
            .render(head, buf);
        let height = list.height as usize;
        let reqs = &report.requirements;
        // From 120 columns: the title (with its id where there is room) on one line, and the
        // reason of what is not met below it, in full when everything fits, else cut to one
        // line; where not even that fits, the titles alone.
        let indent = "    ";
        let reason_w = width.saturating_sub(indent.len()).max(1);
        let reasons: Vec<(usize, String)> = reqs
            .iter()
            .enumerate()
            .filter(|(_, r)| r.state != RequirementState::Met)
            .map(|(i, r)| (i, sanitize(&r.reason).into_owned()))
            .collect();
        let wrapped: usize = reasons.iter().map(|(_, w)| wrap(w, reason_w).len()).sum();
        let two_lines = width >= REASONS_FROM && reqs.len() + reasons.len() <= height;
        let in_full = two_lines && reqs.len() + wrapped <= height;
        let ids = two_lines && width >= IDS_FROM;
        let mut rows: Vec<(usize, Line)> = Vec::new();
        for (i, r) in reqs.iter().enumerate() {
            let (mark, style) = mark_of(ui, r);
            let selected = ui.panel == Some(i);
            let focus = if selected { FOCUS_MARK } else { " " };
            let head_style = if selected { t.focus } else { style };
            // The focus mark, the state mark and a space before the title.
            let title = |w: usize| {
                let title = title_within(r.title, r.short, w.saturating_sub(3));
                format!("{focus}{mark} {title}")
            };
            if ids {
                let id = r.id.as_str();
                let title_w = width.saturating_sub(id.chars().count() + 1);
                let head = title(title_w);
                rows.push((
                    i,
                    Line::from(vec![
                        Span::styled(format!("{head:<title_w$}"), head_style),
                        Span::styled(format!(" {id}"), t.dim),
                    ]),
                ));
            } else {
                rows.push((i, Line::styled(title(width), head_style)));
            }
            if let Some((_, why)) = reasons.iter().find(|(k, _)| *k == i).filter(|_| two_lines) {
                if in_full {
                    for part in wrap(why, reason_w) {
                        rows.push((i, Line::styled(format!("{indent}{part}"), t.dim)));
                    }
                } else {
                    rows.push((
                        i,
                        Line::styled(fit(&format!("{indent}{why}"), width), t.dim),
                    ));
                }
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
        // The rung line, then as much of the count and the key as fits on the line.
        let rung = rung_line(report);
        let count = t!("rules-panel-compact-count", met = met, total = applies);
        let details = t!("rules-panel-compact-details");
        let room = (area.width as usize).saturating_sub(rung.chars().count());
        let after = [format!("{count}{details}"), details]
            .into_iter()
            .find(|s| s.chars().count() <= room)
            .unwrap_or_default();
        let lines = vec![
            Line::from(vec![
                Span::styled(rung, if ok { t.ok } else { t.error }),
                Span::styled(after, t.dim),
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

#[cfg(test)]
mod tests {
    use super::wrap;
    use crate::fields::Step;
    use crate::i18n::{self, Lang};
    use crate::model::{Edition, OfferType, Submission};
    use crate::store::DraftStore;
    use crate::tui::{app::App, theme::Theme};

    #[test]
    fn reasons_wrap_at_words() {
        assert_eq!(
            wrap("no Partner sales contact for DE", 12),
            ["no Partner", "sales", "contact for", "DE"]
        );
        assert_eq!(wrap("", 5), [""]);
        assert_eq!(wrap("abcdefghij", 4), ["abc…"]);
    }

    /// The panel's own columns (right of the form) of a rendered screen, `width` cells a line.
    fn panel(screen: &str, width: usize) -> Vec<String> {
        let cells: Vec<char> = screen.chars().collect();
        cells
            .chunks(width)
            .map(|l| l.iter().collect::<String>())
            .filter_map(|l| {
                let cells: Vec<&str> = l.split('│').collect();
                (cells.len() >= 3).then(|| cells[cells.len() - 2].to_string())
            })
            .collect()
    }

    /// In every language and at every width: the rung line in words, titles whole (the full one
    /// or the short one, never cut), the reasons from 120 columns.
    #[test]
    fn the_panel_speaks_every_language_without_cutting_a_title() {
        let dir = tempfile::tempdir().unwrap();
        for e in Edition::ALL.iter().copied() {
            let mut sub = Submission::new("Contoso", e);
            sub.offer.offer_type = Some(OfferType::Saas);
            sub.offer.live = Some(true);
            for lang in Lang::all() {
                i18n::with(lang, || {
                    let mut app = App::new(DraftStore::at(dir.path()), Theme::mono());
                    app.with_submission(sub.clone(), Step::Offer);
                    let report = crate::rules::evaluate(&sub, e);
                    for (w, h) in [(80, 24), (120, 40), (200, 50)] {
                        let screen = crate::tui::render_text(&app, w, h);
                        let rows = panel(&screen, usize::from(w)).join("\n");
                        let rung = crate::present::rung_line(&report);
                        let first_word = rung.split(' ').next().unwrap();
                        assert!(
                            rows.contains(first_word),
                            "{} {e} {w}:\n{screen}",
                            lang.code()
                        );
                        // Title rows: a mark, then the title (the list may scroll at 80x24).
                        for row in rows.lines().filter(|l| {
                            ["✓", "✗", "—"]
                                .iter()
                                .any(|m| l.trim_start().starts_with(m))
                        }) {
                            assert!(!row.contains('…'), "{} {e} {w}: {row:?}", lang.code());
                        }
                        if w >= 120 {
                            for r in &report.requirements {
                                let whole = rows.contains(r.title) || rows.contains(r.short);
                                assert!(whole, "{} {e} {w}: {:?}\n{screen}", lang.code(), r.short);
                            }
                            let unmet = report.next_to_do().unwrap();
                            let start: String = unmet.reason.chars().take(20).collect();
                            assert!(rows.contains(&start), "{} {e} {w}:\n{screen}", lang.code());
                        }
                    }
                });
            }
        }
    }
}
