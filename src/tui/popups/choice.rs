//! A list to choose from: one value, or several ticked; typing searches it (by label or code, so
//! `neth` finds the Netherlands and `de` finds DE first).

use crate::tui::screens::Scroll;
use crossterm::event::{KeyCode, KeyEvent};

use crate::fields::{FieldId, FieldKind};
use crate::model::geo;
use crate::model::{Edition, Submission};
use crate::present;
use crate::tui::action::Action;
use crate::tui::command::Command;
use crate::tui::component::Reply;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChoicePurpose {
    Field(FieldId),
    /// The countries of the contact being edited.
    ContactCountries,
    /// The edition of a new draft named so.
    NewDraftEdition(String),
    /// The edition the open draft switches to.
    SwitchEdition,
}

pub struct ChoiceList {
    pub purpose: ChoicePurpose,
    pub title: String,
    /// A line above the list (what the choice decides).
    pub note: String,
    /// (value to store, label to show).
    pub options: Vec<(String, String)>,
    /// Ticks, for lists of several values.
    pub checked: Option<Vec<bool>>,
    /// The ticked options in the order they were ticked (the values keep that order).
    picked: Vec<usize>,
    /// The highlighted line, an index into `visible`.
    pub selected: usize,
    pub search: String,
    /// The options that match the search, best first.
    pub visible: Vec<usize>,
    /// The first line shown.
    pub scroll: Scroll,
}

impl ChoiceList {
    fn new(
        purpose: ChoicePurpose,
        title: &str,
        note: String,
        options: Vec<(String, String)>,
        checked: Option<Vec<bool>>,
        selected: usize,
    ) -> ChoiceList {
        let visible = (0..options.len()).collect();
        let picked = checked
            .as_ref()
            .map(|c: &Vec<bool>| (0..c.len()).filter(|i| c[*i]).collect())
            .unwrap_or_default();
        ChoiceList {
            purpose,
            title: title.to_string(),
            note,
            options,
            checked,
            picked,
            selected,
            search: String::new(),
            visible,
            scroll: Scroll::default(),
        }
    }

    /// The list for a Choice, MultiChoice or Countries field.
    pub fn for_field(field: FieldId, sub: &Submission) -> ChoiceList {
        let edition = sub.rules;
        let title = field.label(edition).trim().to_string();
        let help = field.def().help(edition).to_string();
        match field.kind() {
            FieldKind::Countries => {
                let mut list =
                    ChoiceList::countries(ChoicePurpose::Field(field), &sub.markets, false);
                list.title = title;
                list
            }
            FieldKind::MultiChoice => {
                let mut options = field.choices(sub);
                let current: Vec<String> = field
                    .get(sub)
                    .split(',')
                    .map(|s| s.trim().to_string())
                    .filter(|s| !s.is_empty())
                    .collect();
                for v in &current {
                    if !options.iter().any(|(o, _)| o == v) {
                        options.push((v.clone(), crate::t!("wiz-not-in-catalogue", value = v)));
                    }
                }
                let checked = options.iter().map(|(v, _)| current.contains(v)).collect();
                ChoiceList::new(
                    ChoicePurpose::Field(field),
                    &title,
                    help,
                    options,
                    Some(checked),
                    0,
                )
            }
            _ => {
                let options = field.choices(sub);
                let current = field.get(sub);
                let selected = options.iter().position(|(v, _)| *v == current).unwrap_or(0);
                ChoiceList::new(
                    ChoicePurpose::Field(field),
                    &title,
                    help,
                    options,
                    None,
                    selected,
                )
            }
        }
    }

    /// Every country, the chosen ones first and ticked; values that are not ISO codes are listed
    /// too (ticked, with what was probably meant) so nothing is dropped silently.
    pub fn countries(purpose: ChoicePurpose, current: &[String], with_global: bool) -> ChoiceList {
        let mut options: Vec<(String, String)> = Vec::new();
        for code in current {
            let label = match geo::check_country(code) {
                Ok(()) => format!("{code}  {}", geo::common_name(code)),
                Err(_) => match geo::did_you_mean(code) {
                    Some(m) => crate::t!(
                        "wiz-country-not-iso-did-you-mean",
                        code = code,
                        suggestion = m,
                        name = geo::common_name(m)
                    ),
                    None => crate::t!("wiz-country-not-iso", code = code),
                },
            };
            options.push((code.clone(), present::sanitize(&label).into_owned()));
        }
        if with_global && !current.iter().any(|c| c == geo::GLOBAL) {
            options.push((
                geo::GLOBAL.into(),
                crate::t!("wiz-country-global", code = geo::GLOBAL),
            ));
        }
        let mut rest: Vec<&str> = geo::all_countries()
            .iter()
            .copied()
            .filter(|c| !current.iter().any(|x| x == c))
            .collect();
        rest.sort_by_key(|c| geo::common_name(c));
        for c in rest {
            let mut label = format!("{c}  {}", geo::common_name(c));
            if geo::NOT_IN_PARTNER_CENTER.contains(&c) {
                label.push_str(&crate::t!("wiz-country-not-in-partner-center"));
            }
            options.push((c.to_string(), label));
        }
        let checked = options.iter().map(|(v, _)| current.contains(v)).collect();
        ChoiceList::new(
            purpose,
            &crate::t!("wiz-countries-title"),
            crate::t!("wiz-countries-help"),
            options,
            Some(checked),
            0,
        )
    }

    /// Every rules edition, newest first, with its date and what it is.
    pub fn editions(purpose: ChoicePurpose, current: Edition) -> ChoiceList {
        let options: Vec<(String, String)> = Edition::ALL
            .iter()
            .rev()
            .map(|e| (e.as_str().to_string(), present::edition_line(*e)))
            .collect();
        let selected = options
            .iter()
            .position(|(v, _)| v == current.as_str())
            .unwrap_or(0);
        let note = match &purpose {
            ChoicePurpose::NewDraftEdition(name) => crate::t!(
                "wiz-edition-for-new",
                name = format!("{:?}", present::sanitize(name)),
                edition = Edition::NEWEST.to_string(),
                summary = Edition::NEWEST.summary()
            ),
            _ => crate::t!("wiz-edition-for-draft"),
        };
        ChoiceList::new(
            purpose,
            &crate::t!("wiz-edition-title"),
            note,
            options,
            None,
            selected,
        )
    }

    pub fn is_multi(&self) -> bool {
        self.checked.is_some()
    }

    /// What to store: the chosen value, or the ticked values joined by commas.
    pub fn value(&self) -> String {
        match &self.checked {
            Some(_) => self
                .picked
                .iter()
                .map(|i| self.options[*i].0.as_str())
                .collect::<Vec<_>>()
                .join(", "),
            None => self
                .visible
                .get(self.selected)
                .and_then(|i| self.options.get(*i))
                .map(|(v, _)| v.clone())
                .unwrap_or_default(),
        }
    }

    fn refilter(&mut self) {
        let q = self.search.trim().to_lowercase();
        let mut ranked: Vec<(u8, usize)> = self
            .options
            .iter()
            .enumerate()
            .filter_map(|(i, (v, l))| {
                let l = l.to_lowercase();
                let rank = if q.is_empty() || v.eq_ignore_ascii_case(&q) {
                    0
                } else if l.starts_with(&q) || name_of(&l).starts_with(&q) {
                    1
                } else if l.contains(&q) {
                    2
                } else {
                    return None;
                };
                Some((rank, i))
            })
            .collect();
        ranked.sort_by_key(|(r, i)| (*r, *i));
        self.visible = ranked.into_iter().map(|(_, i)| i).collect();
        self.selected = 0;
    }

    pub fn type_key(&mut self, key: KeyEvent) {
        if let Some(c) = crate::tui::keymap::typed_char(&key) {
            self.search.push(c);
            self.refilter();
            return;
        }
        if key.code == KeyCode::Backspace {
            self.search.pop();
            self.refilter();
        }
    }

    pub fn paste(&mut self, text: &str) {
        self.search.push_str(text.trim());
        self.refilter();
    }

    pub fn act(&mut self, action: Action) {
        if action == Action::ClearLine {
            self.search.clear();
            self.refilter();
            return;
        }
        let n = self.visible.len();
        if n == 0 {
            return;
        }
        match action {
            Action::Down => self.selected = (self.selected + 1) % n,
            Action::Up => self.selected = (self.selected + n - 1) % n,
            Action::PageDown => self.selected = (self.selected + 10).min(n - 1),
            Action::PageUp => self.selected = self.selected.saturating_sub(10),
            Action::Toggle => self.toggle(),
            _ => {}
        }
    }

    /// Whether a shown option's name runs on after the search with a space (and the search is
    /// not an option's value): a space typed then is part of the name, not a tick.
    pub fn search_runs_on(&self) -> bool {
        let q = self.search.trim();
        if q.is_empty() {
            return false;
        }
        // A search that is a value itself ("us", "azure") is complete: Space ticks it.
        if self
            .visible
            .iter()
            .any(|&i| self.options[i].0.eq_ignore_ascii_case(q))
        {
            return false;
        }
        let q = format!("{} ", q.to_lowercase());
        // "US  United States": the code and the name are apart by two spaces, so "us" does not
        // run on; "united" does ("united states").
        let runs_on = |label: &str| {
            let label = label.to_lowercase();
            label
                .match_indices(&q)
                .any(|(at, _)| label[at + q.len()..].starts_with(|c: char| !c.is_whitespace()))
        };
        self.visible.iter().any(|&i| runs_on(&self.options[i].1))
    }

    fn toggle(&mut self) {
        let Some(i) = self.visible.get(self.selected).copied() else {
            return;
        };
        if let Some(c) = self.checked.as_mut().and_then(|c| c.get_mut(i)) {
            *c = !*c;
            if *c {
                self.picked.push(i);
            } else {
                self.picked.retain(|k| *k != i);
            }
        }
    }

    /// A click on visible line `i`: ticks it in a multi list, chooses it in a single one.
    pub fn select(&mut self, i: usize) -> bool {
        if i >= self.visible.len() {
            return false;
        }
        self.selected = i;
        if self.is_multi() {
            self.toggle();
            false
        } else {
            true
        }
    }

    /// How many values are ticked.
    pub fn ticked(&self) -> usize {
        self.checked
            .as_ref()
            .map_or(0, |c| c.iter().filter(|x| **x).count())
    }
}

/// The name part of a country label (`NL  Netherlands` → `netherlands`).
fn name_of(label: &str) -> &str {
    label
        .split_once("  ")
        .map_or(label, |(_, rest)| rest.trim_start())
}

impl ChoiceList {
    /// An action on the list: Enter chooses (what for follows from the purpose), `o` types
    /// another value into the field.
    pub fn handle(&mut self, action: Action) -> Reply {
        match action {
            Action::Cancel => Reply::Close,
            Action::Commit | Action::Activate => {
                let text = self.value();
                match &self.purpose {
                    ChoicePurpose::Field(f) => Reply::Run(Command::SetField(*f, text)),
                    ChoicePurpose::ContactCountries => Reply::Run(Command::Answer(text)),
                    ChoicePurpose::NewDraftEdition(name) => Reply::Run(Command::CreateDraft {
                        name: name.clone(),
                        edition: Edition::parse(&text).unwrap_or(Edition::NEWEST),
                        another: false,
                    }),
                    ChoicePurpose::SwitchEdition => match Edition::parse(&text) {
                        Some(e) => Reply::Run(Command::ConfirmEdition(e)),
                        None => Reply::Close,
                    },
                }
            }
            Action::Other => match self.purpose {
                ChoicePurpose::Field(f) => Reply::Run(Command::EditField(f)),
                _ => Reply::Stay,
            },
            a => {
                self.act(a);
                Reply::Stay
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typing_searches_countries_by_name_or_code() {
        let mut list = ChoiceList::countries(ChoicePurpose::ContactCountries, &["UK".into()], true);
        assert!(
            list.options[0].1.contains("did you mean GB"),
            "{:?}",
            list.options[0]
        );
        assert_eq!(
            list.value(),
            "UK",
            "an invalid value stays ticked until unticked"
        );
        for c in "neth".chars() {
            list.type_key(KeyEvent::from(KeyCode::Char(c)));
        }
        assert_eq!(list.options[list.visible[0]].0, "NL");
        list.act(Action::Toggle);
        assert_eq!(list.value(), "UK, NL");
        list.search.clear();
        list.type_key(KeyEvent::from(KeyCode::Char('d')));
        list.type_key(KeyEvent::from(KeyCode::Char('e')));
        assert_eq!(
            list.options[list.visible[0]].0, "DE",
            "the exact code first"
        );
    }

    #[test]
    fn space_types_when_the_search_runs_on_into_a_longer_name_and_ticks_otherwise() {
        use crate::tui::component::Component;
        use crate::tui::popups::Popup;
        let space = KeyEvent::from(KeyCode::Char(' '));
        let list = ChoiceList::countries(ChoicePurpose::ContactCountries, &[], true);
        let mut popup = Popup::Choice(list);
        assert!(!popup.types_key(&space), "no search: Space ticks");
        for c in "united".chars() {
            popup.type_key(KeyEvent::from(KeyCode::Char(c)));
        }
        assert!(
            popup.types_key(&space),
            "\"united\" runs on into \"united states\""
        );
        popup.type_key(space);
        for c in "st".chars() {
            popup.type_key(KeyEvent::from(KeyCode::Char(c)));
        }
        let Popup::Choice(list) = &mut popup else {
            unreachable!()
        };
        assert_eq!(list.search, "united st");
        assert_eq!(list.options[list.visible[0]].0, "US");
        list.search.clear();
        for c in "us".chars() {
            list.type_key(KeyEvent::from(KeyCode::Char(c)));
        }
        assert!(
            !popup.types_key(&space),
            "a code is complete: Space ticks it"
        );
    }
}
