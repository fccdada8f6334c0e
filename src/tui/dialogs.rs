//! Asking: opening the dialogs (names and paths, questions, lists, the contact form), what a
//! name-or-path dialog's text does, imports and kits on worker tasks, and what they end with.

use std::path::PathBuf;

use crate::contacts_csv::{CsvOptions, ImportError};
use crate::fields::{FieldId, Need};
use crate::fsio::Target;
use crate::model::{Edition, Submission};
use crate::present::sanitize;
use crate::session::{DraftSession, ImportJob, ImportPlan};
use crate::status::RequirementState;
use crate::store::StoreError;

use super::action::Action;
use super::app::{App, Finished, Undo};
use super::command::Command;
use super::popups::{ChoiceList, ChoicePurpose, ContactForm, InputDialog, InputPurpose, Popup};
use super::task::Task;
use super::text::single_line;
use super::theme::UNMET;

impl App {
    pub(crate) fn ask_input(&mut self, purpose: InputPurpose) {
        if matches!(purpose, InputPurpose::ExportJson | InputPurpose::ExportKit)
            && !self.exportable()
        {
            return;
        }
        let name = self
            .screen
            .session()
            .map(|s| s.name().to_string())
            .unwrap_or_default();
        let mut dialog =
            InputDialog::new(purpose.clone(), &name, self.edition(), &self.outputs_dir());
        // An import starts in the folder this draft's last file came from.
        if purpose == InputPurpose::ImportCsv
            && let Some(dir) = self
                .screen
                .session()
                .and_then(|s| crate::tui::popups::last_dir(s.path()))
        {
            dialog.textarea = single_line(&dir.join("contacts.csv").display().to_string());
        }
        self.popups.push(Popup::Input(dialog));
    }

    /// Where an export or a kit is suggested: the folder the wizard was started in, unless that
    /// is the drafts folder (which takes no outputs: they would be listed as drafts); then
    /// the home folder (or the folder above the drafts).
    fn outputs_dir(&self) -> std::path::PathBuf {
        let cwd = std::env::current_dir().unwrap_or_default();
        let same = |a: &std::path::Path, b: &std::path::Path| match (
            std::fs::canonicalize(a),
            std::fs::canonicalize(b),
        ) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        let drafts = self.store.dir();
        if same(&cwd, drafts) {
            let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
            return home
                .filter(|h| !h.as_os_str().is_empty() && !same(h, drafts))
                .or_else(|| drafts.parent().map(std::path::Path::to_path_buf))
                .unwrap_or(cwd);
        }
        cwd
    }

    pub(super) fn exportable(&mut self) -> bool {
        let Some(s) = self.screen.session() else {
            return false;
        };
        let report = s.report();
        if report.is_exportable() {
            return true;
        }
        let edition = report.edition;
        let mut lines = vec![crate::t!("wiz-export-needs-first")];
        lines.extend(
            report
                .unmet_tab_requirements()
                .map(|r| format!("✗ {}: {}", r.title, sanitize(&r.reason))),
        );
        lines.extend(
            report
                .problems
                .iter()
                .map(|p| format!("✗ {}", sanitize(&p.in_words(edition)))),
        );
        self.popups
            .push(Popup::message(&crate::t!("wiz-export-not-ready"), lines));
        false
    }

    pub(super) fn ask_delete_contact(&mut self, i: usize) {
        let name = self
            .screen
            .session()
            .and_then(|s| s.sub().contacts.get(i))
            .map(|c| sanitize(&c.name).into_owned())
            .unwrap_or_default();
        self.popups.push(Popup::confirm(
            &crate::t!("wiz-delete-contact-title"),
            vec![crate::t!("wiz-delete-contact", name = format!("{name:?}"))],
            vec![
                (
                    Action::Yes,
                    &crate::t!("wiz-answer-delete"),
                    Some(Command::DeleteContact(i)),
                ),
                (Action::No, &crate::t!("wiz-answer-keep"), None),
            ],
        ));
    }

    pub(super) fn ask_delete_draft(&mut self, name: String) {
        let path = self.store.path_of(&name);
        let lines = match std::fs::read_link(&path) {
            Ok(target) => vec![
                crate::t!("wiz-delete-link", name = format!("{:?}", sanitize(&name))),
                crate::t!(
                    "wiz-delete-link-target-kept",
                    target = sanitize(&target.display().to_string())
                ),
            ],
            Err(_) => vec![
                crate::t!("wiz-delete-draft", name = format!("{:?}", sanitize(&name))),
                crate::t!("wiz-cannot-be-undone"),
            ],
        };
        self.popups.push(Popup::confirm(
            &crate::t!("wiz-delete-draft-title"),
            lines,
            vec![
                (
                    Action::Yes,
                    &crate::t!("wiz-answer-delete"),
                    Some(Command::DeleteDraft(name)),
                ),
                (Action::No, &crate::t!("wiz-answer-keep"), None),
            ],
        ));
    }

    pub(super) fn duplicate_draft(&mut self, name: &str) {
        match self.store.duplicate(name) {
            Ok(copy) => {
                self.refresh_drafts();
                self.select_draft(&copy);
                self.set_status(
                    crate::t!("wiz-copied-draft", name = name, copy = &copy),
                    false,
                );
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    pub(super) fn open_compare(&mut self) {
        if let Some(s) = self.screen.session() {
            let reports = s.compare();
            self.popups.push(Popup::Compare { reports, scroll: 0 });
        }
    }

    pub(super) fn ask_edition(&mut self) {
        let current = self.edition();
        self.popups.push(Popup::Choice(ChoiceList::editions(
            ChoicePurpose::SwitchEdition,
            current,
        )));
    }

    /// Says what switching the draft's edition changes, and asks.
    pub(super) fn confirm_edition(&mut self, to: Edition) {
        let Some(s) = self.screen.session() else {
            return;
        };
        let from = s.edition();
        if from == to {
            return;
        }
        let mut other = s.sub().clone();
        other.rules = to;
        let after = crate::rules::evaluate_with(&other, to, s.probe());
        let before = s.report();
        let mut lines = vec![crate::t!(
            "wiz-switch-status",
            before = before.status_label(),
            after = after.status_label()
        )];
        for id in crate::status::RequirementId::ALL {
            let (a, b) = (before.state(id), after.state(id));
            if a == b {
                continue;
            }
            // "—" would mean both "not in that edition" and "does not apply": say which.
            let word = |s: Option<RequirementState>| match s {
                None => crate::t!("wiz-switch-absent"),
                Some(RequirementState::NotApplicable) => crate::t!("wiz-switch-not-applicable"),
                Some(s) => s.mark().to_string(),
            };
            lines.push(format!(
                "{} {} → {}  {}",
                id.as_str(),
                word(a),
                word(b),
                id.title(to)
            ));
        }
        let asked = |sub: &Submission| -> Vec<FieldId> {
            crate::fields::FIELDS
                .iter()
                .filter(|f| f.id.need(sub) != Need::Absent)
                .map(|f| f.id)
                .collect()
        };
        let (was, will) = (asked(s.sub()), asked(&other));
        for f in will.iter().filter(|f| !was.contains(f)) {
            lines.push(crate::t!(
                "wiz-switch-new-field",
                field = f.label(to).trim()
            ));
        }
        for f in was.iter().filter(|f| !will.contains(f)) {
            lines.push(crate::t!(
                "wiz-switch-field-gone",
                field = f.label(from).trim()
            ));
        }
        self.popups.push(Popup::confirm(
            &crate::t!("wiz-switch-title", edition = to.to_string()),
            lines,
            vec![
                (
                    Action::Yes,
                    &crate::t!("wiz-answer-switch"),
                    Some(Command::SwitchEdition(to)),
                ),
                (Action::No, &crate::t!("wiz-answer-keep-rules"), None),
            ],
        ));
    }

    pub(crate) fn open_contact(&mut self, index: Option<usize>) {
        let Some(s) = self.screen.session() else {
            return;
        };
        let contact = index
            .and_then(|i| s.sub().contacts.get(i).cloned())
            .unwrap_or_default();
        self.popups
            .push(Popup::Contact(Box::new(ContactForm::new(index, contact))));
    }

    pub(super) fn undo(&mut self) {
        let Some(d) = self.screen.draft_mut() else {
            return;
        };
        match d.undo.take() {
            Some(Undo::Deleted(i, c)) => {
                let name = c.name.clone();
                d.session.insert_contact(i, c);
                d.pages.contacts.focus = Some(i);
                self.after_change();
                self.set_status(crate::t!("wiz-restored", name = &name), false);
            }
            Some(Undo::Imported(old)) => {
                let n = old.len();
                d.session.replace_contacts(old);
                self.after_change();
                self.set_status(crate::t!("wiz-import-undone", count = n), false);
            }
            None => self.set_status(crate::t!("wiz-nothing-to-undo"), false),
        }
    }

    /// After a document from outside the draft's folder is chosen for a draft kept outside the
    /// drafts folder (a repository, say): offers to copy it in, so both can be committed.
    pub(crate) fn offer_copy(&mut self, field: FieldId) {
        let Some(s) = self.screen.session() else {
            return;
        };
        let in_store = s.draft_dir().is_some_and(|d| {
            self.store
                .dir()
                .canonicalize()
                .is_ok_and(|store| store == d)
        });
        if in_store
            || !s.is_outside_folder(field)
            || s.report().problems.iter().any(|p| p.field == field)
        {
            return;
        }
        let folder = s
            .draft_dir()
            .map(|d| crate::present::short_dir(&d.join("documents")))
            .unwrap_or_default();
        self.popups.push(Popup::confirm(
            &crate::t!("wiz-copy-in-title"),
            vec![
                crate::t!("wiz-copy-in-outside"),
                crate::t!("wiz-copy-in-ask", folder = &folder),
            ],
            vec![
                (
                    Action::Yes,
                    &crate::t!("wiz-answer-copy-in"),
                    Some(Command::CopyIntoFolder(field)),
                ),
                (Action::No, &crate::t!("wiz-answer-leave-it"), None),
            ],
        ));
    }

    pub(super) fn create_draft(&mut self, name: &str, edition: Edition, another: bool) {
        match DraftSession::create(&self.store, name, edition, another) {
            Ok(session) => {
                let created = session.name().to_string();
                self.attach(session);
                let dir = self.store.dir().display().to_string();
                self.set_status(
                    crate::t!("wiz-created-draft", name = &created, dir = &dir),
                    false,
                );
            }
            Err(StoreError::Exists { name: existing, .. }) => {
                let other = self.store.free_name(&existing);
                self.popups.push(Popup::confirm(
                    &crate::t!("wiz-draft-exists-title"),
                    vec![crate::t!(
                        "wiz-draft-exists",
                        name = format!("{:?}", sanitize(&existing))
                    )],
                    vec![
                        (
                            Action::Other,
                            &crate::t!("wiz-answer-open-it"),
                            Some(Command::OpenDraft(existing)),
                        ),
                        (
                            Action::Yes,
                            &crate::t!("wiz-answer-create", name = &other),
                            Some(Command::CreateDraft {
                                name: name.to_string(),
                                edition,
                                another: true,
                            }),
                        ),
                        (Action::Cancel, &crate::t!("wiz-answer-cancel"), None),
                    ],
                ));
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }

    /// What a dialog's text asks for; `Err` keeps the dialog open with the reason.
    pub(crate) fn input_done(&mut self, purpose: &InputPurpose, text: &str) -> Result<(), String> {
        match purpose {
            InputPurpose::NewDraft => {
                if text.is_empty() {
                    return Err(crate::t!("wiz-type-offer-name"));
                }
                crate::fields::check_offer_name(text)?;
                self.popups.push(Popup::Choice(ChoiceList::editions(
                    ChoicePurpose::NewDraftEdition(text.to_string()),
                    Edition::NEWEST,
                )));
                Ok(())
            }
            InputPurpose::RenameDraft(name) => {
                let new = crate::store::slug(text);
                if text.is_empty() {
                    return Err(crate::t!("wiz-type-new-name"));
                }
                self.store.rename(name, &new).map_err(|e| e.to_string())?;
                self.refresh_drafts();
                self.select_draft(&new);
                self.set_status(crate::t!("wiz-renamed", name = name, new = &new), false);
                Ok(())
            }
            InputPurpose::ExportCsv | InputPurpose::ExportJson => {
                let target = Target::parse(text);
                if let Target::Path(p) = &target
                    && std::fs::metadata(p).is_ok_and(|m| m.is_file())
                {
                    self.popups.push(Popup::confirm(
                        &crate::t!("wiz-replace-file-title"),
                        vec![crate::t!("wiz-replace-file", path = sanitize(text))],
                        vec![
                            (
                                Action::Yes,
                                &crate::t!("wiz-answer-replace"),
                                Some(Command::Write(purpose.clone(), text.to_string())),
                            ),
                            (Action::No, &crate::t!("wiz-answer-cancel"), None),
                        ],
                    ));
                    return Ok(());
                }
                self.write_output(purpose, text)
            }
            InputPurpose::ExportKit => {
                let Some(s) = self.screen.session() else {
                    return Ok(());
                };
                let dir = PathBuf::from(crate::fields::typed_path(text).unwrap_or_default());
                let job = s.kit_job(dir.clone());
                self.tasks.push(Task::spawn(
                    "kit",
                    || Finished::Kit(Err(crate::t!("wiz-kit-writer-stopped"))),
                    move |r| {
                        Finished::Kit(job.run(&mut |f| r.progress(f)).map_err(|e| e.to_string()))
                    },
                ));
                self.popups.push(Popup::Progress {
                    title: crate::t!(
                        "wiz-writing-kit",
                        dir = sanitize(&dir.display().to_string())
                    ),
                    fraction: 0.0,
                });
                Ok(())
            }
            InputPurpose::ImportCsv => {
                let Some(s) = self.screen.session() else {
                    return Ok(());
                };
                let path = crate::fields::typed_path(text).unwrap_or_default();
                let meta = std::fs::metadata(&path)
                    .map_err(|e| format!("{text}: {}", crate::fsio::io_message(&e)))?;
                if !meta.is_file() {
                    return Err(crate::t!(
                        "wiz-import-not-a-csv",
                        path = text,
                        kind = crate::validate::file_kind(&meta)
                    ));
                }
                if let Some(dir) = std::path::Path::new(&path).parent() {
                    crate::tui::popups::remember_dir(s.path(), dir);
                }
                self.start_import(s.import_job(std::path::Path::new(&path)));
                Ok(())
            }
        }
    }

    pub(super) fn write_output(
        &mut self,
        purpose: &InputPurpose,
        text: &str,
    ) -> Result<(), String> {
        let Some(s) = self.screen.session() else {
            return Ok(());
        };
        let target = Target::parse(text);
        match purpose {
            InputPurpose::ExportCsv => {
                s.export_csv(&target, CsvOptions::default())
                    .map_err(|e| e.to_string())?;
                let n = s.sub().contacts.len();
                self.set_status(
                    crate::t!("wiz-wrote-contacts", count = n, path = text),
                    false,
                );
            }
            _ => {
                let done = s
                    .export_json(&target, None, false)
                    .map_err(|e| e.to_string())?;
                let label = done.file.status.status_label();
                self.set_status(
                    crate::t!("wiz-exported", status = label, path = text),
                    false,
                );
            }
        }
        Ok(())
    }

    /// Reads and checks a CSV on a background thread, with a progress bar.
    pub(super) fn start_import(&mut self, job: ImportJob) {
        let shown = job.source.display().to_string();
        self.tasks.push(Task::spawn(
            "import",
            || {
                Finished::Import(Err(ImportError::Unreadable {
                    path: String::new(),
                    message: crate::t!("wiz-import-stopped"),
                }))
            },
            move |r| Finished::Import(job.run(&mut |f| r.progress(f))),
        ));
        self.popups.push(Popup::Progress {
            title: crate::t!("wiz-importing", path = sanitize(&shown)),
            fraction: 0.0,
        });
    }

    /// A background task ended (or its worker died).
    pub(super) fn task_finished(&mut self, done: Finished) {
        match done {
            Finished::Import(r) => self.import_finished(r),
            Finished::Kit(r) => self.kit_finished(r),
        }
    }

    /// Shows the import's errors, or what it would change and asks before replacing.
    pub fn import_finished(&mut self, result: Result<ImportPlan, ImportError>) {
        if matches!(self.popups.last(), Some(Popup::Progress { .. })) {
            self.popups.pop();
        }
        match result {
            Err(e) => {
                let lines = match &e {
                    ImportError::Invalid { errors, total } => {
                        let mut l = vec![crate::t!("wiz-import-refused-problems", count = *total)];
                        l.extend(
                            errors
                                .iter()
                                .map(|e| format!("✗ {}", sanitize(&e.to_string()))),
                        );
                        if *total > errors.len() {
                            l.push(crate::t!("wiz-and-more", count = total - errors.len()));
                        }
                        l
                    }
                    other => vec![format!("✗ {}", sanitize(&other.to_string()))],
                };
                self.popups
                    .push(Popup::message(&crate::t!("wiz-import-refused"), lines));
            }
            Ok(plan) => {
                let mut lines: Vec<String> = plan
                    .preview
                    .to_string()
                    .lines()
                    .map(|l| sanitize(l).into_owned())
                    .collect();
                lines.extend(
                    plan.imported
                        .warnings
                        .iter()
                        .take(20)
                        .map(|w| format!("! {}", sanitize(&w.to_string()))),
                );
                self.popups.push(Popup::confirm(
                    &crate::t!("wiz-replace-contacts-title"),
                    lines,
                    vec![
                        (
                            Action::Yes,
                            &crate::t!("wiz-answer-replace-contacts"),
                            Some(Command::ReplaceContacts(Box::new(plan))),
                        ),
                        (Action::No, &crate::t!("wiz-answer-keep-contacts"), None),
                    ],
                ));
            }
        }
    }

    pub(super) fn kit_finished(&mut self, result: Result<crate::kit::Kit, String>) {
        if matches!(self.popups.last(), Some(Popup::Progress { .. })) {
            self.popups.pop();
        }
        match result {
            Ok(kit) => {
                let msg = crate::t!(
                    "wiz-wrote-kit",
                    place = crate::kit_page::open_hint(&kit.dir),
                    documents = crate::t!("wiz-count-documents", count = kit.documents.len()),
                    contacts = crate::t!("wiz-count-contacts", count = kit.contacts),
                );
                self.set_status(msg, false);
            }
            Err(e) => self.popups.push(Popup::message(
                &crate::t!("wiz-kit-not-written"),
                sanitize_lines_vec(&e),
            )),
        }
    }

    /// The answer to "the draft changed on disk".
    pub(super) fn settle_conflict(&mut self, answer: Action) {
        let Some(s) = self.screen.session_mut() else {
            return;
        };
        match answer {
            Action::Yes => match s.keep_mine() {
                Ok(Some(theirs)) => {
                    let kept = theirs
                        .file_name()
                        .map(|n| sanitize(&n.to_string_lossy()).into_owned())
                        .unwrap_or_default();
                    self.set_status(crate::t!("wiz-saved-yours-kept", name = &kept), false);
                }
                Ok(None) => self.set_status(crate::t!("wiz-saved-yours-removed"), false),
                Err(e) => {
                    // Still undecided: the question stays until something is saved.
                    self.ask_about_conflict();
                    self.set_status(crate::t!("wiz-not-saved", error = sanitize(&e)), true);
                }
            },
            Action::Other => {
                let lost = s.conflict_changes().unwrap_or_default();
                match s.take_theirs() {
                    Ok(()) => {
                        if let Some(d) = self.screen.draft_mut() {
                            d.undo = None;
                        }
                        self.after_change();
                        let what = if lost.is_empty() {
                            crate::t!("wiz-reloaded-nothing-differed")
                        } else {
                            crate::t!("wiz-reloaded-dropped", fields = lost.join(", "))
                        };
                        self.set_status(
                            crate::t!("wiz-reloaded-theirs", what = sanitize(&what)),
                            false,
                        );
                    }
                    Err(e) => {
                        self.ask_about_conflict();
                        self.set_status(crate::t!("wiz-cannot-reload", error = sanitize(&e)), true);
                    }
                }
            }
            Action::No => {
                let lines = match s.conflict_changes() {
                    Ok(d) if d.is_empty() => vec![crate::t!("wiz-compare-same")],
                    Ok(d) => std::iter::once(crate::t!("wiz-compare-differs"))
                        .chain(d.iter().map(|x| format!("  • {}", sanitize(x))))
                        .collect(),
                    Err(e) => vec![crate::t!("wiz-compare-unreadable", error = sanitize(&e))],
                };
                self.ask_about_conflict();
                self.popups
                    .push(Popup::message(&crate::t!("wiz-compare-title"), lines));
            }
            _ => self.set_status(crate::t!("wiz-conflict-undecided"), true),
        }
    }

    pub(super) fn copy_into_folder(&mut self, field: FieldId) {
        let Some(s) = self.screen.session_mut() else {
            return;
        };
        match s.copy_into_folder(field) {
            Ok(stored) => {
                self.after_change();
                self.set_status(crate::t!("wiz-copied-in", path = sanitize(&stored)), false);
            }
            Err(e) => self.set_status(crate::t!("wiz-not-copied", error = sanitize(&e)), true),
        }
    }

    pub(super) fn delete_draft(&mut self, name: &str) {
        match self.store.delete(name) {
            Ok(crate::store::Deleted::File) => {
                self.refresh_drafts();
                self.set_status(crate::t!("wiz-deleted", name = name), false);
            }
            Ok(crate::store::Deleted::Link { target }) => {
                self.refresh_drafts();
                let msg = match target {
                    Some(t) => crate::t!(
                        "wiz-removed-link-kept",
                        name = name,
                        target = sanitize(&t.display().to_string())
                    ),
                    None => crate::t!("wiz-removed-link", name = name),
                };
                self.set_status(msg, false);
            }
            Err(e) => self.set_status(e.to_string(), true),
        }
    }
}

fn sanitize_lines_vec(text: &str) -> Vec<String> {
    text.lines()
        .map(|l| format!("{UNMET} {}", sanitize(l)))
        .collect()
}
