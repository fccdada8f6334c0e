//! Contacts per geography: the markets, which sales contact covers each (uncovered first), and
//! the contacts table, which can be filtered by name, email, role or country.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Widget};

use crate::fields::{FieldId, Need};
use crate::model::Contact;
use crate::model::geo::common_name as country_name;
use crate::present::sanitize;
use crate::tui::action::Action;
use ratatui::Frame;

use crate::session::DraftSession;
use crate::tui::command::{Command, InputPurpose};
use crate::tui::component::{Component, Cx, Hit, Reply, StepScreen};
use crate::tui::derived::Derived;
use crate::tui::keymap::{Context, key_for};
use crate::tui::shown::Shown;
use crate::tui::theme::{FOCUS_MARK, MET, UNMET};
use crate::tui::widgets::coverage_map::{CoverageMap, MIN_HEIGHT, MIN_WIDTH};

use super::form::field_state;
use super::{fit, fit_words};

#[derive(Default)]
pub struct ContactsScreen {
    /// The focused row of the table (an index into the visible rows); None: the markets field.
    pub focus: Option<usize>,
    pub filter: String,
    /// The filter line is being typed.
    pub filtering: bool,
    /// The rows that match the filter (indices into the contacts); unused without a filter.
    visible: Vec<usize>,
    /// The filter `visible` was computed for (a typed key changes `filter` only).
    filtered_for: Option<String>,
    /// The first row of the table shown.
    scroll: super::Scroll,
    /// The contact focused when the search was started (it comes back when it matches again).
    anchor: Option<usize>,
    /// The furthest the coverage list scrolls, as last drawn (`]` stops there).
    coverage_end: std::cell::Cell<usize>,
    /// The map is drawn in place of the table (whose rows then take no keys).
    map_shown: std::cell::Cell<bool>,
    /// The first line of the coverage list shown.
    pub coverage_scroll: usize,
    /// The coverage is shown on a world map instead of the list and the table (`m`).
    pub map: bool,
}

fn matches(c: &Contact, q: &str) -> bool {
    let has = |s: &str| s.to_lowercase().contains(q);
    has(&c.name)
        || has(&c.email)
        || has(&c.job_title)
        || c.role.is_some_and(|r| has(r.label()))
        || c.countries
            .iter()
            .any(|k| k.eq_ignore_ascii_case(q) || has(country_name(k)))
}

impl ContactsScreen {
    /// The rows matching the search again. The focus stays on the contact it was on when that
    /// contact is still shown (rows are positions in what is shown, which the search changes);
    /// while a search is typed, the contact focused before it comes back when it matches again,
    /// and no row is focused while it does not.
    pub fn refilter(&mut self, contacts: &[Contact]) {
        let was_filtered = self
            .filtered_for
            .as_deref()
            .is_some_and(|f| !f.trim().is_empty());
        let focused = self.focus.and_then(|k| {
            if was_filtered {
                self.visible.get(k).copied()
            } else {
                Some(k)
            }
        });
        let target = focused.or(self.anchor.filter(|_| self.filtering));
        self.filtered_for = Some(self.filter.clone());
        let q = self.filter.trim().to_lowercase();
        self.visible = if q.is_empty() {
            Vec::new()
        } else {
            contacts
                .iter()
                .enumerate()
                .filter(|(_, c)| matches(c, &q))
                .map(|(i, _)| i)
                .collect()
        };
        let n = self.visible_len(contacts.len());
        let at = target.and_then(|c| {
            if self.is_filtered() {
                self.visible.iter().position(|v| *v == c)
            } else {
                (c < n).then_some(c)
            }
        });
        // A contact the search no longer shows leaves no row focused while the search is typed
        // (Enter then takes the first match); after an edit, the row where it was.
        self.focus = match (at, self.focus) {
            (Some(k), _) => Some(k),
            (None, Some(f)) if !self.filtering => (n > 0).then(|| f.min(n - 1)),
            (None, _) => None,
        };
    }

    pub fn is_filtered(&self) -> bool {
        !self.filter.trim().is_empty()
    }

    pub fn visible_len(&self, total: usize) -> usize {
        if self.is_filtered() {
            self.visible.len()
        } else {
            total
        }
    }

    /// The contact index of visible row `k`.
    pub fn index_of(&self, k: usize) -> Option<usize> {
        if self.is_filtered() {
            self.visible.get(k).copied()
        } else {
            Some(k)
        }
    }

    pub fn filter_key(&mut self, key: KeyEvent) {
        if let Some(c) = crate::tui::keymap::typed_char(&key) {
            self.filter.push(c);
            return;
        }
        if key.code == KeyCode::Backspace {
            self.filter.pop();
        }
    }

    /// Ends the search; the focus stays on the contact it was on (or the one focused before
    /// the search, when the search had lost it).
    pub fn clear_filter(&mut self) {
        let focused = self.focus.and_then(|k| self.index_of(k));
        if self.is_filtered() || self.filtering {
            self.focus = focused.or(self.anchor);
        }
        self.filter.clear();
        self.filtering = false;
        self.visible.clear();
        self.filtered_for = None;
        self.anchor = None;
    }

    /// The contacts search's keys while it is typed.
    fn search_action(&mut self, action: Action, total: usize) {
        match action {
            Action::Commit | Action::CommitNext => {
                self.filtering = false;
                if self.is_filtered() && self.visible_len(total) > 0 {
                    self.focus = Some(0);
                }
            }
            Action::Cancel => self.clear_filter(),
            Action::ClearLine => {
                self.clear_filter();
                self.filtering = true;
                self.anchor = self.focus;
            }
            _ => {}
        }
    }

    /// Moves over the markets field (`None`) and the visible rows (none while the map hides
    /// them).
    fn move_by(&mut self, delta: isize, total: usize) {
        let n = if self.map_shown.get() {
            0
        } else {
            self.visible_len(total)
        };
        let pos = self.focus.map_or(0, |i| i + 1);
        self.focus = match super::step_by(pos, n + 1, delta) {
            0 => None,
            k => Some(k - 1),
        };
    }
}

/// The contacts step: the markets field above the rows (moved over with the form's keys), and
/// its own keys: add, delete, undo, import, export, search, the map and the coverage list.
impl Component for ContactsScreen {
    fn contexts(&self) -> Vec<Context> {
        if self.filtering {
            return vec![Context::Edit, Context::Always];
        }
        vec![
            Context::Contacts,
            Context::Form,
            Context::Wizard,
            Context::Global,
            Context::Always,
        ]
    }

    fn handle(&mut self, action: Action, cx: &mut Cx) -> Reply {
        if self.filtering {
            self.search_action(action, cx.contacts);
            return Reply::Stay;
        }
        let markets = cx.fields.first().copied();
        let command = match action {
            Action::Up => {
                self.move_by(-1, cx.contacts);
                return Reply::Stay;
            }
            Action::Down => {
                self.move_by(1, cx.contacts);
                return Reply::Stay;
            }
            Action::Activate => match self.focus {
                Some(k) => match self.index_of(k) {
                    Some(i) => Command::OpenContact(Some(i)),
                    None => return Reply::Stay,
                },
                None => match markets {
                    Some(f) => Command::ActivateField(f),
                    None => return Reply::Stay,
                },
            },
            Action::Clear => match (self.focus, markets) {
                (None, Some(f)) => Command::SetField(f, String::new()),
                _ => return Reply::Stay,
            },
            Action::AddContact => Command::OpenContact(None),
            Action::DeleteContact => match self.focus.and_then(|k| self.index_of(k)) {
                Some(i) => Command::AskDeleteContact(i),
                None => return Reply::Stay,
            },
            Action::Undo => Command::Undo,
            Action::ImportContacts => Command::Ask(InputPurpose::ImportCsv),
            Action::ExportContacts => Command::Ask(InputPurpose::ExportCsv),
            Action::Filter => {
                self.filtering = true;
                self.anchor = self.focus.and_then(|k| self.index_of(k));
                return Reply::Stay;
            }
            Action::ToggleMap => {
                self.map = !self.map;
                // The map hides the rows: the focus goes to the markets field above it.
                if self.map {
                    self.focus = None;
                }
                return Reply::Stay;
            }
            Action::CoverageDown => {
                self.coverage_scroll = (self.coverage_scroll + 1).min(self.coverage_end.get());
                return Reply::Stay;
            }
            Action::CoverageUp => {
                self.coverage_scroll = self.coverage_scroll.saturating_sub(1);
                return Reply::Stay;
            }
            _ => return Reply::Stay,
        };
        Reply::Run(command)
    }

    fn type_key(&mut self, key: KeyEvent) {
        self.filter_key(key);
    }

    fn paste(&mut self, text: &str) {
        self.filter.push_str(text);
    }

    /// A click on a row: the first selects it, the second opens it.
    fn select(&mut self, i: usize) -> bool {
        let again = self.focus == Some(i);
        self.focus = Some(i);
        again
    }

    fn render(&self, ui: &Shown, f: &mut Frame, area: Rect) {
        f.render_widget(ContactsView { ui, screen: self }, area);
    }
}

impl StepScreen for ContactsScreen {
    /// The markets field has the focus when no row has.
    fn form_focus(&self) -> Option<usize> {
        self.focus.is_none().then_some(0)
    }

    fn show_field(&mut self, _i: usize) {
        self.focus = None;
    }

    /// A problem of the contacts shows the first row with one (the search is cleared).
    fn show_fix(&mut self, field: FieldId, _fields: &[FieldId], session: &DraftSession) {
        if field != FieldId::Contacts {
            return self.show_field(0);
        }
        let first_bad = session
            .report()
            .problems
            .iter()
            .find_map(|p| p.contact.map(|c| c.0));
        self.clear_filter();
        // The rows are shown (not the map), on the first contact with a problem; with none, the
        // markets field (the fix is a market without a contact).
        self.map = false;
        self.focus = first_bad;
    }

    fn typing(&self) -> bool {
        self.filtering
    }

    fn changed(&mut self, session: &DraftSession, _derived: &Derived) {
        self.refilter(&session.sub().contacts);
    }

    /// The rows matching a search that was typed or cleared.
    fn tick(&mut self, session: &DraftSession) -> bool {
        if self.filtered_for.as_deref() == Some(self.filter.as_str()) {
            return false;
        }
        self.refilter(&session.sub().contacts);
        true
    }

    /// The search is typed only on its step.
    fn leave(&mut self) {
        self.filtering = false;
    }
}

pub struct ContactsView<'a> {
    pub ui: &'a Shown<'a>,
    pub screen: &'a ContactsScreen,
}

impl Widget for ContactsView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ui = self.ui;
        let Some(s) = ui.session() else { return };
        let (sub, edition) = (s.sub(), s.edition());
        let t = &ui.theme;
        let screen = self.screen;
        let cov = &ui.derived.coverage;
        let cov_rows = (sub.markets.len() as u16 + 1).clamp(2, (area.height / 3).max(2));
        let (state, _) = field_state(ui, FieldId::Markets);
        let problem: Option<String> = s
            .report()
            .problems
            .iter()
            .filter(|p| p.field == FieldId::Markets)
            .map(|p| p.reason.clone())
            .reduce(|a, b| format!("{a}; {b}"));
        let detail_h = if problem.is_some() { 2 } else { 1 };
        let frame = buf.area;
        let map_fits = frame.width >= MIN_WIDTH && frame.height >= MIN_HEIGHT;
        let map_key = key_for(Context::Contacts, Action::ToggleMap);
        let [markets_area, detail_area, cov_area, table_area, footer_area] = Layout::vertical([
            Constraint::Length(1),
            Constraint::Length(detail_h),
            Constraint::Length(cov_rows),
            Constraint::Fill(1),
            Constraint::Length(1),
        ])
        .areas(area);
        // The map takes the place of the coverage list and the table, which are drawn empty.
        let show_map = screen.map && map_fits;
        screen.map_shown.set(show_map);
        let (map_area, cov_area, table_area) = if show_map {
            let none = Rect::new(area.x, footer_area.y, area.width, 0);
            (cov_area.union(table_area), none, none)
        } else {
            (Rect::default(), cov_area, table_area)
        };

        // The markets field.
        let on_markets = screen.focus.is_none() && ui.panel.is_none();
        let label = FieldId::Markets.label(edition);
        let value = sanitize(&FieldId::Markets.display(sub)).into_owned();
        let star = if FieldId::Markets.need(sub) == Need::Required {
            "*"
        } else {
            " "
        };
        let mut spans = vec![Span::styled(
            format!(
                "{}{star}{label:<10} ",
                if on_markets { FOCUS_MARK } else { " " }
            ),
            if on_markets { t.focus } else { t.text },
        )];
        spans.push(if value.is_empty() {
            Span::styled(crate::t!("wiz-markets-choose"), t.dim)
        } else {
            Span::raw(fit(&value, (area.width as usize).saturating_sub(16)))
        });
        match state {
            Some(true) if !value.is_empty() => spans.push(Span::styled(format!(" {MET}"), t.ok)),
            Some(false) => spans.push(Span::styled(format!(" {UNMET}"), t.error)),
            _ => {}
        }
        Paragraph::new(Line::from(spans)).render(markets_area, buf);
        ui.hits.borrow_mut().push((markets_area, Hit::Markets));
        match problem {
            Some(p) => Paragraph::new(Line::styled(format!("{UNMET} {}", sanitize(&p)), t.error))
                .wrap(ratatui::widgets::Wrap { trim: true })
                .render(detail_area, buf),
            None => {
                let warning = s
                    .report()
                    .warnings
                    .iter()
                    .find(|w| w.field == Some(FieldId::Markets));
                let line = match warning {
                    Some(w) => Line::styled(
                        fit_words(
                            &format!("! {}", sanitize(w.text.trim_start_matches("markets: "))),
                            area.width as usize,
                        ),
                        t.warn,
                    ),
                    None if screen.map && !map_fits => Line::styled(
                        fit_words(
                            &crate::t!(
                                "wiz-map-needs",
                                size = format!("{MIN_WIDTH}×{MIN_HEIGHT}"),
                                key = map_key
                            ),
                            area.width as usize,
                        ),
                        t.warn,
                    ),
                    None => Line::styled(
                        fit_words(&crate::t!("wiz-markets-help"), area.width as usize),
                        t.dim,
                    ),
                };
                Paragraph::new(line).render(detail_area, buf)
            }
        }

        // Coverage, on the map or as a list with uncovered markets first.
        let covered = cov.markets.iter().filter(|m| cov.is_covered(m)).count();
        if show_map {
            let block = Block::default()
                .borders(Borders::TOP)
                .border_style(t.border)
                .title(format!(
                    " {} · {} ",
                    crate::t!(
                        "wiz-coverage-title",
                        covered = covered,
                        count = cov.markets.len()
                    ),
                    crate::t!("wiz-coverage-as-list", key = map_key)
                ));
            let inner = block.inner(map_area);
            block.render(map_area, buf);
            let pins = crate::map::pins(cov);
            CoverageMap {
                pins: &pins,
                theme: t,
            }
            .render(inner, buf);
        }
        let map_note = if map_fits {
            format!(" · {}", crate::t!("wiz-coverage-on-map", key = map_key))
        } else {
            String::new()
        };
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(t.border)
            .title(format!(
                " {}{map_note} ",
                crate::t!(
                    "wiz-coverage-title",
                    covered = covered,
                    count = cov.markets.len()
                )
            ));
        let inner = block.inner(cov_area);
        block.render(cov_area, buf);
        ui.hits.borrow_mut().push((cov_area, Hit::Coverage));
        let order: Vec<&crate::coverage::MarketCoverage> = ui
            .derived
            .coverage_order
            .iter()
            .filter_map(|&i| cov.markets.get(i))
            .collect();
        let room = inner.height as usize;
        let shown = if order.len() > room {
            room.saturating_sub(1)
        } else {
            room
        };
        let end = order.len().saturating_sub(shown);
        screen.coverage_end.set(end);
        let first = screen.coverage_scroll.min(end);
        let w = inner.width as usize;
        let mut lines = Vec::new();
        for m in order.iter().skip(first).take(shown) {
            let who: Vec<String> = m
                .direct
                .iter()
                .chain(cov.global.iter())
                .take(3)
                .filter_map(|i| sub.contacts.get(*i).map(|c| sanitize(&c.name).into_owned()))
                .collect();
            let code = sanitize(&m.market);
            let name = match country_name(&m.market) {
                n if n == m.market => crate::t!("wiz-not-a-country-code"),
                n => n.to_string(),
            };
            let text = if cov.is_covered(m) {
                format!("{MET} {code} {name}: {}", who.join(", "))
            } else {
                format!(
                    "{UNMET} {code} {name}: {}",
                    crate::t!("wiz-no-sales-contact")
                )
            };
            let style = if cov.is_covered(m) { t.ok } else { t.error };
            lines.push(Line::styled(fit(&text, w), style));
        }
        let after = order.len().saturating_sub(first + shown);
        if order.len() > shown {
            let text = match (first, after) {
                (0, n) => crate::t!("wiz-coverage-more", count = n),
                (k, 0) => crate::t!("wiz-coverage-above", count = k),
                (k, n) => crate::t!("wiz-coverage-above-more", above = k, count = n),
            };
            lines.push(Line::styled(text, t.dim));
        }
        if sub.markets.is_empty() {
            lines.push(Line::styled(crate::t!("wiz-no-markets"), t.dim));
        }
        Paragraph::new(lines).render(inner, buf);

        // The table.
        let total = sub.contacts.len();
        let n = screen.visible_len(total);
        let title = if screen.is_filtered() {
            format!(
                " {} ",
                crate::t!(
                    "wiz-contacts-filtered",
                    shown = n,
                    count = total,
                    filter = format!("{:?}", sanitize(&screen.filter))
                )
            )
        } else {
            format!(" {} ", crate::t!("wiz-contacts-title", count = total))
        };
        let block = Block::default()
            .borders(Borders::TOP)
            .border_style(t.border)
            .title(title);
        let inner = block.inner(table_area);
        block.render(table_area, buf);
        let w = inner.width as usize;
        let wide = w >= 100;
        let medium = w >= 70;
        let header_h = u16::from(inner.height > 2);
        let [head, rows] =
            Layout::vertical([Constraint::Length(header_h), Constraint::Fill(1)]).areas(inner);
        let cols =
            |name: &str, email: &str, title: &str, role: &str, countries: &str, states: &str| {
                if wide {
                    format!(
                        "{:<20} {:<28} {:<16} {:<14} {:<14} {}",
                        fit(name, 20),
                        fit(email, 28),
                        fit(title, 16),
                        fit(role, 14),
                        fit(countries, 14),
                        states
                    )
                } else if medium {
                    format!(
                        "{:<18} {:<24} {:<12} {}",
                        fit(name, 18),
                        fit(email, 24),
                        fit(role, 12),
                        countries
                    )
                } else {
                    format!("{:<16} {:<12} {}", fit(name, 16), fit(role, 12), countries)
                }
            };
        if header_h > 0 {
            let text = format!(
                "   {}",
                cols(
                    &crate::t!("wiz-col-name"),
                    &crate::t!("wiz-col-email"),
                    &crate::t!("wiz-col-job-title"),
                    &crate::t!("wiz-col-role"),
                    &crate::t!("wiz-col-countries"),
                    &crate::t!("wiz-col-states"),
                )
            );
            Paragraph::new(Line::styled(fit(&text, w), t.dim)).render(head, buf);
        }
        let height = rows.height as usize;
        let shown = screen.scroll.rows(screen.focus.unwrap_or(0), n, height);
        let offset = shown.start;
        let mut lines = Vec::with_capacity(height);
        for k in shown {
            let Some(i) = screen.index_of(k) else { break };
            let Some(c) = sub.contacts.get(i) else { break };
            let valid = ui.derived.contact_problem(s.report(), i).is_none();
            let focused = screen.focus == Some(k) && ui.panel.is_none();
            let mark = if focused { FOCUS_MARK } else { " " };
            let state = if valid { MET } else { UNMET };
            let role = c.role.map(|r| r.short()).unwrap_or("?");
            let text = format!(
                "{mark}{state} {}",
                cols(
                    &sanitize(&c.name),
                    &sanitize(&c.email),
                    &sanitize(&c.job_title),
                    role,
                    &sanitize(&c.countries.join(",")),
                    &sanitize(&c.states.join(","))
                )
            );
            let style = match (focused, valid) {
                (true, _) => t.focus,
                (false, false) => t.error,
                _ => t.text,
            };
            lines.push(Line::styled(fit(&text, w), style));
            let y = rows.y + (k - offset) as u16;
            ui.hits
                .borrow_mut()
                .push((Rect::new(rows.x, y, rows.width, 1), Hit::Contact(k)));
        }
        if total == 0 {
            lines.push(Line::styled(
                crate::t!(
                    "wiz-no-contacts",
                    add = key_for(Context::Contacts, Action::AddContact),
                    import = key_for(Context::Contacts, Action::ImportContacts)
                ),
                t.dim,
            ));
        }
        Paragraph::new(lines).render(rows, buf);

        // The focused contact's problem, or the filter being typed.
        let footer = if screen.filtering {
            Line::styled(
                crate::t!("wiz-contacts-filter", filter = sanitize(&screen.filter)),
                t.key,
            )
        } else {
            let problem = screen
                .focus
                .and_then(|k| screen.index_of(k))
                .and_then(|i| ui.derived.contact_problem(s.report(), i))
                .and_then(|p| p.contact.map(|(_, col)| (col, &p.reason)));
            match problem {
                Some((col, why)) => Line::styled(
                    fit_words(
                        &format!("{UNMET} {}: {}", col.label(), sanitize(why)),
                        area.width as usize,
                    ),
                    t.error,
                ),
                None if screen.is_filtered() => {
                    Line::styled(crate::t!("wiz-contacts-filter-help"), t.dim)
                }
                None => Line::raw(""),
            }
        };
        Paragraph::new(footer).render(footer_area, buf);
    }
}
