//! The contacts step in line prompts: the list, add, edit, delete, import and export, and a
//! contact asked column by column.

use std::path::Path;

use super::{Answer, Go, Plain, Reply, label_value};
use crate::contacts_csv::CsvOptions;
use crate::coverage::coverage;
use crate::fields::ContactField;
use crate::fsio::Target;
use crate::model::geo::common_name as country_name;
use crate::model::{Contact, Role};
use crate::present::{sanitize, sanitize_lines};
use crate::t;

impl Plain<'_> {
    fn print_contacts(&mut self) {
        let sub = self.session.sub();
        let cov = coverage(&sub.markets, &sub.contacts);
        let mut lines = vec![t!("plain-contacts-title", count = sub.contacts.len())];
        for (i, c) in sub.contacts.iter().enumerate() {
            let problems = crate::validate::contact_problems(c);
            let mark = if problems.is_empty() {
                t!("plain-contact-ok")
            } else {
                t!("plain-contact-invalid")
            };
            lines.push(format!(
                "  {}. [{mark}] {}, {}, {}, {}",
                i + 1,
                sanitize(&c.name),
                sanitize(&c.email),
                c.role
                    .map(|r| r.label().to_string())
                    .unwrap_or_else(|| t!("plain-no-role")),
                sanitize(&c.countries.join(" "))
            ));
            for (col, why) in problems {
                lines.push(format!("       {}", label_value(col, &sanitize(&why))));
            }
        }
        lines.push(t!("plain-coverage"));
        for m in &cov.markets {
            let mark = if cov.is_covered(m) {
                t!("plain-covered")
            } else {
                t!("plain-not-covered")
            };
            lines.push(format!(
                "  {} {}: {mark}",
                sanitize(&m.market),
                country_name(&m.market)
            ));
        }
        let text = lines.join("\n");
        self.say(&text);
    }

    /// The contacts list: add, edit, delete, import, export.
    pub(super) fn contacts(&mut self) -> Answer<Go> {
        loop {
            self.print_contacts();
            let reply = self.ask(&t!("plain-contacts-prompt"), &t!("plain-contacts-help"))?;
            let cmd = match reply {
                Reply::Keep => return Ok(Go::Next),
                Reply::Go(go) => return Ok(go),
                Reply::Clear => continue,
                Reply::Value(v) => v,
            };
            let (verb, arg) = cmd
                .split_once(' ')
                .map(|(a, b)| (a, b.trim()))
                .unwrap_or((cmd.as_str(), ""));
            // A path pasted from a file manager comes quoted or as file://.
            let typed = crate::fields::typed_path(arg);
            let arg = typed.as_deref().unwrap_or(arg);
            let n = self.session.sub().contacts.len();
            let index = arg
                .parse::<usize>()
                .ok()
                .and_then(|k| k.checked_sub(1))
                .filter(|i| *i < n);
            match (verb, index) {
                ("a", _) => {
                    if let Some(c) = self.contact_form(Contact::default())? {
                        self.session.add_contact(c);
                    }
                }
                ("e", Some(i)) => {
                    let current = self.session.sub().contacts[i].clone();
                    if let Some(c) = self.contact_form(current)? {
                        self.session.put_contact(Some(i), c);
                    }
                }
                ("d", Some(i)) => {
                    let name = sanitize(&self.session.sub().contacts[i].name).into_owned();
                    if self.io.yes_no(&t!("plain-delete-ask", name = name))? {
                        self.session.delete_contact(i);
                    }
                }
                ("i", _) if !arg.is_empty() => self.import(arg)?,
                ("x", _) if !arg.is_empty() => {
                    match self
                        .session
                        .export_csv(&Target::parse(arg), CsvOptions::default())
                    {
                        Ok(_) => self.say(&t!("plain-wrote", path = sanitize(arg))),
                        Err(e) => self.say(&format!("✗ {}", sanitize(&e.to_string()))),
                    }
                }
                _ if n == 0 => self.refuse(
                    &cmd,
                    &t!(
                        "plain-contacts-none-commands",
                        typed = format!("{:?}", sanitize(&cmd))
                    ),
                )?,
                _ => self.refuse(
                    &cmd,
                    &t!(
                        "plain-contacts-commands",
                        typed = format!("{:?}", sanitize(&cmd)),
                        count = n
                    ),
                )?,
            }
            self.report_save_failure()?;
        }
    }

    fn import(&mut self, file: &str) -> Answer<()> {
        let plan = match self.session.preview_import(Path::new(file)) {
            Ok(p) => p,
            Err(e) => {
                self.say(&format!("✗ {}", sanitize_lines(&e.to_string())));
                return Ok(());
            }
        };
        for w in &plan.imported.warnings {
            self.say(&t!("plain-warning", warning = sanitize(&w.to_string())));
        }
        self.say(sanitize_lines(&plan.preview.to_string()).trim_end());
        if self.io.yes_no(&t!("plain-replace-ask"))? {
            self.session.apply_import(plan);
            self.say(&t!("plain-replaced"));
        } else {
            self.say(&t!("plain-nothing-changed"));
        }
        Ok(())
    }

    /// Asks each column of a contact until the row is valid; `back` returns to the column
    /// before (from the first, it abandons the contact, as the other commands do). None when
    /// abandoned.
    fn contact_form(&mut self, mut c: Contact) -> Answer<Option<Contact>> {
        let mut k = 0;
        while let Some(&field) = ContactField::ALL.get(k) {
            let current = sanitize(&field.get(&c)).into_owned();
            if field == ContactField::Role {
                for (i, r) in Role::ALL.iter().enumerate() {
                    let _ = writeln!(self.io.out, "  {}. {}", i + 1, r.label());
                }
            }
            let prompt = match field {
                ContactField::Role => t!("plain-role-prompt", count = Role::ALL.len()),
                _ if current.is_empty() => t!("plain-prompt", label = field.label()),
                _ => t!(
                    "plain-prompt-current",
                    label = field.label(),
                    value = current.as_str()
                ),
            };
            let (typed, text) = match self.ask(&prompt, field.help())? {
                Reply::Keep => (String::new(), field.get(&c)),
                Reply::Clear => ("-".to_string(), String::new()),
                Reply::Go(Go::Back) if k > 0 => {
                    k -= 1;
                    continue;
                }
                Reply::Go(_) => {
                    self.say(&t!("plain-contact-not-saved"));
                    return Ok(None);
                }
                Reply::Value(v) => (v.clone(), v),
            };
            if let Err(e) = field.set(&mut c, &text) {
                self.refuse(&typed, &sanitize(&e))?;
                continue;
            }
            match field.problem(&c) {
                Some(p) => self.refuse(&typed, &label_value(field.label(), &sanitize(&p)))?,
                None => k += 1,
            }
        }
        Ok(Some(c))
    }
}
