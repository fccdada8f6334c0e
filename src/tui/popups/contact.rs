//! The contact form: one line per column of Partner Center's CSV, checked as it is typed with the
//! same check the rules use; the countries can be picked from a list.

use ratatui_textarea::TextArea;

use crate::fields::ContactField;
use crate::model::Contact;
use crate::model::geo;
use crate::tui::action::Action;
use crate::tui::command::Command;
use crate::tui::component::Reply;
use crate::tui::text::{single_line, text_of};

pub struct ContactForm {
    /// The row being edited; None for a new contact.
    pub index: Option<usize>,
    pub contact: Contact,
    pub focus: usize,
    pub textarea: TextArea<'static>,
    /// The problem of the field being typed (live), or of every field after a refused save.
    pub errors: Vec<String>,
    /// The row as it was when the form opened: Esc on a changed row asks for a second Esc.
    original: Contact,
    /// Esc was pressed once on a changed row; the next Esc discards it.
    discard_armed: bool,
}

/// A country problem with what was probably meant (`UK` → GB).
pub fn with_hint(reason: String, c: &Contact) -> String {
    let hint = c
        .countries
        .iter()
        .filter(|code| geo::check_country(code).is_err())
        .find_map(|code| geo::did_you_mean(code).map(|m| (code, m)));
    match hint {
        // The check named what was meant already.
        Some((_, m)) if reason.contains(m) => reason,
        Some((code, m)) => crate::t!(
            "wiz-did-you-mean",
            reason = &reason,
            code = format!("{code:?}"),
            suggestion = m,
            name = geo::common_name(m)
        ),
        None => reason,
    }
}

impl ContactForm {
    pub fn new(index: Option<usize>, contact: Contact) -> ContactForm {
        let textarea = single_line(&ContactField::ALL[0].get(&contact));
        ContactForm {
            index,
            original: contact.clone(),
            contact,
            focus: 0,
            textarea,
            errors: Vec::new(),
            discard_armed: false,
        }
    }

    pub fn field(&self) -> ContactField {
        ContactField::ALL[self.focus]
    }

    pub fn on_countries(&self) -> bool {
        self.field() == ContactField::Countries
    }

    /// Stores the typed text in the contact; the reason when it cannot be stored.
    fn keep(&mut self) -> Result<(), String> {
        let text = text_of(&self.textarea);
        self.field().set(&mut self.contact, &text)
    }

    /// The live check of the field being typed.
    pub fn revalidate(&mut self) {
        self.discard_armed = false;
        let mut trial = self.contact.clone();
        let field = self.field();
        let text = text_of(&self.textarea);
        self.errors = match field.set(&mut trial, &text) {
            Err(e) => vec![e],
            Ok(()) if text.trim().is_empty() => Vec::new(),
            Ok(()) => field
                .problem(&trial)
                .map(|p| match field {
                    ContactField::Countries => {
                        format!("{}: {}", field.label(), with_hint(p, &trial))
                    }
                    _ => format!("{}: {p}", field.label()),
                })
                .into_iter()
                .collect(),
        };
        if field == ContactField::Countries && self.errors.is_empty() {
            // Accepted, but Partner Center will not take them: say so (a warning, "!").
            self.errors.extend(
                trial
                    .countries
                    .iter()
                    .filter_map(|c| geo::partner_center_warning(c))
                    .map(|w| format!("! {w}")),
            );
        }
    }

    fn move_to(&mut self, focus: usize) {
        self.focus = focus;
        self.textarea = single_line(&self.field().get(&self.contact));
        self.revalidate();
    }

    pub fn set_countries(&mut self, text: &str) {
        let _ = ContactField::Countries.set(&mut self.contact, text);
        if self.on_countries() {
            self.textarea = single_line(text);
            self.revalidate();
        }
    }

    /// Whether the field being typed is the last one (Enter there saves the contact).
    pub fn is_last(&self) -> bool {
        self.focus + 1 == ContactField::ALL.len()
    }

    pub fn act(&mut self, action: Action) {
        let last = ContactField::ALL.len() - 1;
        match action {
            Action::CommitNext | Action::CommitPrev | Action::Activate => {
                if let Err(e) = self.keep() {
                    self.errors = vec![e];
                    return;
                }
                let next = if action == Action::CommitPrev {
                    self.focus.checked_sub(1).unwrap_or(last)
                } else {
                    (self.focus + 1) % (last + 1)
                };
                self.move_to(next);
            }
            Action::ClearLine => {
                self.textarea = single_line("");
                self.revalidate();
            }
            _ => {}
        }
    }

    /// Keeps the field being typed and checks the whole row: true when it can be saved.
    pub fn finish(&mut self) -> bool {
        if let Err(e) = self.keep() {
            self.errors = vec![e];
            return false;
        }
        let problems = crate::validate::contact_problems(&self.contact);
        if problems.is_empty() {
            return true;
        }
        self.errors = problems
            .into_iter()
            .map(|(k, why)| match ContactField::from_key(k) {
                // Only a country problem gets the "did you mean" (not an email's).
                Some(ContactField::Countries) => format!(
                    "{}: {}",
                    ContactField::Countries.label(),
                    with_hint(why, &self.contact)
                ),
                Some(f) => format!("{}: {why}", f.label()),
                None => format!("{k}: {why}"),
            })
            .collect();
        false
    }
}

impl ContactForm {
    /// An action on the form: Enter on the last field (or Ctrl-S) saves a valid row; Ctrl-O on
    /// the countries opens the country list.
    pub fn handle(&mut self, action: Action) -> Reply {
        if action != Action::Cancel {
            self.discard_armed = false;
        }
        match action {
            Action::Cancel => self.cancel(),
            Action::Commit => self.save(),
            Action::Activate if self.is_last() => self.save(),
            Action::Browse if self.on_countries() => {
                Reply::Run(Command::PickCountries(self.contact.countries.clone()))
            }
            a => {
                self.act(a);
                Reply::Stay
            }
        }
    }

    /// Esc: closes an unchanged form; a changed one (a new contact half typed) closes only on a
    /// second Esc, so one key never throws typing away.
    fn cancel(&mut self) -> Reply {
        let typed = text_of(&self.textarea) != self.field().get(&self.contact);
        if (typed || self.contact != self.original) && !self.discard_armed {
            self.discard_armed = true;
            self.errors = vec![crate::t!("wiz-contact-discard")];
            Reply::Stay
        } else {
            Reply::Close
        }
    }

    /// Saves the row when it is valid; else the form stays with the reasons.
    fn save(&mut self) -> Reply {
        if self.finish() {
            Reply::Run(Command::PutContact(self.index, self.contact.clone()))
        } else {
            Reply::Stay
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    fn type_text(f: &mut ContactForm, s: &str) {
        for c in s.chars() {
            f.textarea
                .input(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE));
            f.revalidate();
        }
    }

    #[test]
    fn esc_closes_an_untouched_form_at_once() {
        let mut f = ContactForm::new(None, Contact::default());
        assert!(matches!(f.handle(Action::Cancel), Reply::Close));
    }

    #[test]
    fn esc_on_a_half_typed_contact_asks_for_a_second_esc() {
        let mut f = ContactForm::new(None, Contact::default());
        type_text(&mut f, "Ada Lovelace");
        f.handle(Action::CommitNext);
        type_text(&mut f, "ada@");
        // Only the typed text of the field at hand, or the row: both count.
        assert!(matches!(f.handle(Action::Cancel), Reply::Stay));
        assert_eq!(f.contact.name, "Ada Lovelace");
        assert_eq!(f.errors, vec![crate::t!("wiz-contact-discard")]);
        // Typing again disarms: one more Esc asks again instead of discarding.
        type_text(&mut f, "x");
        assert!(matches!(f.handle(Action::Cancel), Reply::Stay));
        assert!(matches!(f.handle(Action::Cancel), Reply::Close));
    }
}
