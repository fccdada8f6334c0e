//! Editing the contacts list: add, replace, delete, insert, and an import read, compared and
//! applied.

use std::path::{Path, PathBuf};

use super::{DraftSession, ImportPlan};
use crate::contacts_csv::{self, ImportError};
use crate::model::{Contact, Contacts};

/// A contacts import to read and compare, detached from the session (see
/// [`DraftSession::import_job`]); its plan is applied with [`DraftSession::apply_import`].
pub struct ImportJob {
    pub source: PathBuf,
    markets: Vec<String>,
    contacts: Contacts,
}

impl ImportJob {
    /// Reads and checks the CSV, and says what replacing the contacts with it changes.
    pub fn run(self, progress: &mut dyn FnMut(f32)) -> Result<ImportPlan, ImportError> {
        let bytes = contacts_csv::read_file(&self.source)?;
        let imported = contacts_csv::import_with_progress(&bytes, progress)?;
        let preview = contacts_csv::preview(&self.markets, &self.contacts, &imported.contacts);
        Ok(ImportPlan {
            source: self.source,
            imported,
            preview,
        })
    }
}

impl DraftSession {
    /// Adds a contact at the end; returns its index.
    pub fn add_contact(&mut self, c: Contact) -> usize {
        self.sub.contacts.push(c);
        self.changed();
        self.sub.contacts.len() - 1
    }

    /// Replaces contact `i` (or adds it when `i` is past the end); returns its index.
    pub fn put_contact(&mut self, i: Option<usize>, c: Contact) -> usize {
        match i {
            Some(i) if i < self.sub.contacts.len() => {
                if self.sub.contacts[i] == c {
                    return i;
                }
                self.sub.contacts[i] = c;
                self.changed();
                i
            }
            _ => self.add_contact(c),
        }
    }

    /// Deletes contact `i`, returning it (for undo).
    pub fn delete_contact(&mut self, i: usize) -> Option<Contact> {
        if i >= self.sub.contacts.len() {
            return None;
        }
        let c = self.sub.contacts.remove(i);
        self.changed();
        Some(c)
    }

    /// Puts a deleted contact back where it was.
    pub fn insert_contact(&mut self, i: usize, c: Contact) {
        let i = i.min(self.sub.contacts.len());
        self.sub.contacts.insert(i, c);
        self.changed();
    }

    /// Replaces every contact, returning the old list (for undo).
    pub fn replace_contacts(&mut self, contacts: Contacts) -> Contacts {
        let old = std::mem::replace(&mut self.sub.contacts, contacts);
        self.changed();
        old
    }

    /// Reads and checks a contacts CSV and says what importing it would change; nothing changes
    /// until [`DraftSession::apply_import`].
    pub fn preview_import(&self, csv: &Path) -> Result<ImportPlan, ImportError> {
        self.import_job(csv).run(&mut |_| {})
    }

    /// [`DraftSession::preview_import`] detached from the session, to run on a worker.
    pub fn import_job(&self, csv: &Path) -> ImportJob {
        ImportJob {
            source: csv.to_path_buf(),
            markets: self.sub.markets.clone(),
            contacts: self.sub.contacts.clone(),
        }
    }

    /// Replaces the contacts with an import's, returning the old ones (for undo).
    pub fn apply_import(&mut self, plan: ImportPlan) -> Contacts {
        self.replace_contacts(Contacts::new(plan.imported.contacts))
    }
}
