//! The walk and its commands: a reply read at a prompt (help, status, save, fields, back, step),
//! one field asked until it holds a valid value, the save and its conflicts, the review and the
//! hand-off kit.

use std::path::Path;

use super::choose::resolve_choice;
use super::report::{blockers_in_words, status_in_words};
use super::{
    Answer, Go, Place, Plain, Reply, answerable, command_word, commands, english_yes_no, is_open,
    is_optional_document, is_skip_word, label_value, places,
};
use crate::fields::{FieldId, FieldKind, Need, Step};
use crate::fsio::Target;
use crate::present::{sanitize, sanitize_lines};
use crate::session::SaveState;
use crate::t;

impl Plain<'_> {
    pub(super) fn say(&mut self, text: &str) {
        self.io.say(text);
    }

    pub(super) fn refuse(&mut self, answer: &str, message: &str) -> Answer<()> {
        self.io.refuse(answer, message)
    }

    /// Reads a reply, answering help/status/save/fields itself.
    pub(super) fn ask(&mut self, prompt: &str, help: &str) -> Answer<Reply> {
        loop {
            let line = self.io.read_line(prompt)?;
            let t = line.trim();
            let lower = t.to_lowercase();
            let words: Vec<&str> = lower.split_whitespace().map(command_word).collect();
            match words.as_slice() {
                [] => return Ok(Reply::Keep),
                ["-"] => return Ok(Reply::Clear),
                ["back"] => return Ok(Reply::Go(Go::Back)),
                ["quit" | "q" | "exit"] => return Ok(Reply::Go(Go::Quit)),
                ["?" | "help"] => {
                    self.say(help);
                    self.say(&commands());
                }
                ["status"] => {
                    let text = status_in_words(self.session.sub(), self.session.report());
                    self.say(&text);
                }
                ["save"] => self.save_now(),
                ["fields"] => {
                    if let Some(place) = self.choose_field()? {
                        return Ok(Reply::Go(Go::To(place)));
                    }
                }
                ["step" | "go", n] => match n.parse::<usize>().ok().and_then(Step::from_number) {
                    Some(step) => return Ok(Reply::Go(Go::To(self.first_place_of(step)))),
                    None => {
                        self.refuse(&line, &t!("plain-type-step", count = Step::WIZARD.len()))?
                    }
                },
                ["edit", n] => match n.parse::<usize>().ok().and_then(|n| self.field_number(n)) {
                    Some(place) => return Ok(Reply::Go(Go::To(place))),
                    None => {
                        let count = self.step_fields().len();
                        let why = t!("plain-type-edit", count = count);
                        self.refuse(&line, &why)?;
                    }
                },
                _ => return Ok(Reply::Value(t.to_string())),
            }
        }
    }

    /// The fields of the current step, as `fields` numbers them.
    fn step_fields(&self) -> Vec<Place> {
        let step = self.place.step();
        places(self.session.sub())
            .into_iter()
            .filter(|p| p.step() == step && *p != Place::Review)
            .collect()
    }

    fn field_number(&self, n: usize) -> Option<Place> {
        n.checked_sub(1)
            .and_then(|i| self.step_fields().get(i).copied())
    }

    /// Lists the step's fields with their values; a number picks one to edit.
    fn choose_field(&mut self) -> Answer<Option<Place>> {
        let fields = self.step_fields();
        let step = self.place.step();
        if fields.is_empty() {
            self.say(&t!("plain-step-no-fields", step = step.title()));
            return Ok(None);
        }
        let sub = self.session.sub();
        let edition = sub.rules;
        let mut lines = vec![t!(
            "plain-fields-of-step",
            number = step.number(),
            step = step.title()
        )];
        for (i, p) in fields.iter().enumerate() {
            let Place::Field(f) = *p else {
                lines.push(format!(
                    "  {}. {}",
                    i + 1,
                    t!("plain-fields-contacts", count = sub.contacts.len())
                ));
                continue;
            };
            let value = sanitize(&f.display(sub)).into_owned();
            let value = match f.need(sub) {
                Need::NotNeeded(why) => t!("plain-not-needed", why = why.to_string()),
                _ if !answerable(sub, f) => t!("plain-not-asked-slot"),
                _ if value.is_empty() => t!("plain-not-answered"),
                _ => value,
            };
            let line = label_value(f.label(edition).trim(), &value);
            lines.push(format!("  {}. {line}", i + 1));
        }
        let text = lines.join("\n");
        self.say(&text);
        loop {
            let answer = self
                .io
                .read_line(&t!("plain-field-to-edit", count = fields.len()))?;
            let a = answer.trim();
            if a.is_empty() {
                return Ok(None);
            }
            match a.parse::<usize>().ok().and_then(|n| self.field_number(n)) {
                Some(p) => return Ok(Some(p)),
                None => self.refuse(&answer, &t!("plain-number-between", count = fields.len()))?,
            }
        }
    }

    /// The first answerable place of a step.
    fn first_place_of(&self, step: Step) -> Place {
        let sub = self.session.sub();
        places(sub)
            .into_iter()
            .find(|p| p.step() >= step && is_open(sub, *p))
            .unwrap_or(Place::Review)
    }

    /// The next answerable place after `from`; fields passed over that do not apply are named.
    fn next_place(&mut self, from: Place, skip_documents: bool) -> Place {
        let all = places(self.session.sub());
        let start = all.iter().position(|p| *p == from).map_or(0, |i| i + 1);
        let mut notes = Vec::new();
        let mut found = Place::Review;
        {
            let sub = self.session.sub();
            for p in &all[start.min(all.len())..] {
                if let Place::Field(f) = p {
                    if skip_documents && is_optional_document(sub, *f) {
                        continue;
                    }
                    if let Need::NotNeeded(why) = f.need(sub) {
                        notes.push(format!(
                            "\n{}",
                            t!(
                                "plain-field-not-needed",
                                label = f.label(sub.rules).trim(),
                                why = why.to_string()
                            )
                        ));
                        continue;
                    }
                }
                if is_open(sub, *p) {
                    found = *p;
                    break;
                }
            }
        }
        for n in notes {
            self.say(&n);
        }
        found
    }

    /// The previous answerable place before `from`, if any.
    fn prev_place(&self, from: Place) -> Option<Place> {
        let sub = self.session.sub();
        let all = places(sub);
        let end = all.iter().position(|p| *p == from).unwrap_or(all.len());
        all[..end].iter().rev().find(|p| is_open(sub, **p)).copied()
    }

    /// Waits for the pending save and says how it went: "saved" only when it was.
    fn save_now(&mut self) {
        let path = sanitize(&self.session.path().display().to_string()).into_owned();
        match self.session.flush() {
            Ok(()) => self.say(&t!("plain-saved", path = path)),
            Err(e) => self.say(&t!("plain-not-saved", error = sanitize(&e))),
        }
    }

    /// Waits for the save of the last answer and says how it went when it did not: a failure
    /// in words, another program's change to the file as a question.
    pub(super) fn report_save_failure(&mut self) -> Answer<()> {
        let _ = self.session.flush();
        match self.session.save_state() {
            SaveState::Failed { message, .. } => {
                self.say(&t!("plain-not-saved", error = sanitize(&message)));
            }
            SaveState::Conflict { .. } => self.settle_conflict()?,
            _ => {}
        }
        Ok(())
    }

    /// Another program changed the draft file: keep yours, reload theirs, or compare first.
    fn settle_conflict(&mut self) -> Answer<()> {
        let name = self
            .session
            .path()
            .file_name()
            .map(|n| sanitize(&n.to_string_lossy()).into_owned())
            .unwrap_or_default();
        self.say(&format!("\n{}", t!("plain-conflict", name = name)));
        loop {
            let answer = self.io.read_line(&t!("plain-conflict-ask"))?;
            match command_word(&answer.trim().to_lowercase()) {
                "keep" | "k" | "mine" | "yours" => {
                    match self.session.keep_mine() {
                        Ok(Some(theirs)) => self.say(&t!(
                            "plain-kept-yours",
                            path = sanitize(&theirs.display().to_string())
                        )),
                        Ok(None) => self.say(&t!("plain-kept-yours-removed")),
                        Err(e) => {
                            let text = t!("plain-not-saved", error = sanitize(&e));
                            self.say(&format!("✗ {text}"));
                            continue;
                        }
                    }
                    return Ok(());
                }
                "reload" | "r" | "theirs" => {
                    let lost = self.session.conflict_changes().unwrap_or_default();
                    match self.session.take_theirs() {
                        Ok(()) if lost.is_empty() => self.say(&t!("plain-reloaded")),
                        Ok(()) => self.say(&t!(
                            "plain-reloaded-dropped",
                            dropped = sanitize(&lost.join("; "))
                        )),
                        Err(e) => {
                            self.say(&t!("plain-cannot-reload", error = sanitize(&e)));
                            continue;
                        }
                    }
                    return Ok(());
                }
                "compare" | "c" => match self.session.conflict_changes() {
                    Ok(d) if d.is_empty() => self.say(&t!("plain-compare-same")),
                    Ok(d) => {
                        self.say(&t!("plain-compare-title"));
                        for line in d {
                            self.say(&format!("  {}", sanitize(&line)));
                        }
                    }
                    Err(e) => self.say(&t!("plain-cannot-read-theirs", error = sanitize(&e))),
                },
                _ => self.refuse(&answer, &t!("plain-answer-keep-reload"))?,
            }
        }
    }

    pub(super) fn label(&self, field: FieldId) -> String {
        field.label(self.session.edition()).trim().to_string()
    }

    /// Asks one field until it holds a valid value (or is kept or cleared).
    pub(super) fn field(&mut self, field: FieldId) -> Answer<Go> {
        let def = field.def();
        let edition = self.session.edition();
        let label = self.label(field);
        if let Need::NotNeeded(why) = field.need(self.session.sub()) {
            let text = t!(
                "plain-field-not-needed",
                label = label.as_str(),
                why = why.to_string()
            );
            self.say(&format!("\n{text}"));
            return Ok(Go::Next);
        }
        loop {
            let sub = self.session.sub();
            let current = sanitize(&field.display(sub)).into_owned();
            let need = match field.need(sub) {
                Need::Required => t!("plain-required"),
                _ => t!("plain-optional"),
            };
            let shown = if current.is_empty() {
                t!("plain-not-answered")
            } else {
                current.clone()
            };
            let heading = t!(
                "plain-field-heading",
                label = label.as_str(),
                need = need,
                value = shown
            );
            self.say(&format!("\n{heading}"));
            let options = field.choices(self.session.sub());
            let prompt = match def.kind {
                FieldKind::Choice | FieldKind::MultiChoice if !options.is_empty() => {
                    for (i, (_, l)) in options.iter().enumerate() {
                        let _ = writeln!(self.io.out, "  {}. {l}", i + 1);
                    }
                    if def.kind == FieldKind::Choice {
                        t!("plain-choice-prompt", count = options.len())
                    } else {
                        t!("plain-multi-prompt", count = options.len())
                    }
                }
                FieldKind::MultiChoice => t!("plain-list-prompt", label = label.as_str()),
                FieldKind::YesNo => t!("plain-yes-no-prompt"),
                // How to type a number the reader's way: `96.500,00` in Dutch.
                FieldKind::Money => t!(
                    "plain-money-prompt",
                    label = label.as_str(),
                    example = crate::i18n::number(rust_decimal::Decimal::new(9_650_000, 2), 2)
                ),
                FieldKind::Percent => t!(
                    "plain-percent-prompt",
                    label = label.as_str(),
                    example = crate::i18n::number(rust_decimal::Decimal::new(125, 1), 1)
                ),
                _ => t!("plain-prompt", label = label.as_str()),
            };
            let reply = self.ask(&prompt, def.help(edition))?;
            let (typed, text) = match reply {
                Reply::Keep
                    if current.is_empty() && is_optional_document(self.session.sub(), field) =>
                {
                    return Ok(Go::SkipDocuments);
                }
                Reply::Keep => return Ok(Go::Next),
                Reply::Go(go) => return Ok(go),
                Reply::Clear => ("-".to_string(), String::new()),
                Reply::Value(v) if def.kind == FieldKind::YesNo => {
                    let text = english_yes_no(&v);
                    (v, text)
                }
                Reply::Value(v) => match resolve_choice(def.kind, &options, &v) {
                    Ok(t) => (v, t),
                    Err(e) => {
                        self.refuse(&v, &e)?;
                        continue;
                    }
                },
            };
            if let Err(e) = self.session.set(field, &text) {
                self.refuse(&typed, &sanitize(&e))?;
                continue;
            }
            self.report_save_failure()?;
            let sub = self.session.sub();
            let report = self.session.report();
            let problem = report
                .problems
                .iter()
                .find(|p| p.field == field)
                .map(|p| sanitize(&p.reason).into_owned());
            let warnings: Vec<String> = report
                .warnings
                .iter()
                .filter(|w| w.field == Some(field))
                .map(|w| format!("! {}", sanitize(&w.text)))
                .collect();
            // The value as stored, when it says more than the typed text did: the choice a
            // number or a part picked, yes/no, normalised codes and amounts.
            let now = sanitize(&field.display(sub)).into_owned();
            let picked = !matches!(def.kind, FieldKind::Text | FieldKind::Path | FieldKind::Url);
            if now.is_empty() {
                self.say(&t!("plain-cleared", label = label.as_str()));
            } else if picked || now != typed.trim() {
                self.say(&label_value(&label, &now));
            }
            for w in warnings {
                self.say(&w);
            }
            if let Some(p) = problem {
                self.refuse(&typed, &t!("plain-fix-it", problem = p))?;
                continue;
            }
            if def.kind == FieldKind::Path {
                self.offer_copy(field)?;
            }
            return Ok(Go::Next);
        }
    }

    /// A document from outside the folder of a draft kept outside the drafts folder (in a
    /// repository, say): offers to copy it in, as the wizard does.
    fn offer_copy(&mut self, field: FieldId) -> Answer<()> {
        let s = &self.session;
        let in_store = s
            .draft_dir()
            .is_some_and(|d| s.store().dir().canonicalize().is_ok_and(|store| store == d));
        if in_store || !s.is_outside_folder(field) {
            return Ok(());
        }
        self.say(&t!("plain-outside-folder"));
        if !self.io.yes_no(&t!("plain-copy-ask"))? {
            return Ok(());
        }
        match self.session.copy_into_folder(field) {
            Ok(stored) => self.say(&t!("plain-copied", path = sanitize(&stored))),
            Err(e) => self.say(&t!("plain-not-copied", error = sanitize(&e))),
        }
        self.report_save_failure()?;
        Ok(())
    }

    fn review(&mut self) -> Answer<Go> {
        let text = status_in_words(self.session.sub(), self.session.report());
        self.say(&text);
        if !self.session.report().is_exportable() {
            let blockers = blockers_in_words(self.session.report());
            self.say(&t!("plain-export-needs"));
            for b in &blockers {
                self.say(&format!("  - {b}"));
            }
            return match self.ask(&t!("plain-review-prompt"), &t!("plain-review-help"))? {
                Reply::Go(go) => Ok(go),
                _ => Ok(Go::Quit),
            };
        }
        loop {
            let default = format!("{}.export.json", self.session.name());
            let reply = self.ask(
                &t!("plain-export-prompt", file = sanitize(&default)),
                &t!("plain-export-help"),
            )?;
            let file = match reply {
                Reply::Keep => default,
                Reply::Value(v) if is_skip_word(&v) => return Ok(Go::Quit),
                Reply::Value(v) => v,
                Reply::Go(go) => return Ok(go),
                Reply::Clear => return Ok(Go::Quit),
            };
            match self.session.export_json(&Target::parse(&file), None, false) {
                Ok(_) => {
                    self.say(&t!("plain-exported", file = sanitize(&file)));
                    return self.kit();
                }
                Err(e) => self.say(&format!("✗ {}", sanitize_lines(&e.to_string()))),
            }
        }
    }

    /// Offers the Partner Center hand-off kit after an export.
    fn kit(&mut self) -> Answer<Go> {
        loop {
            let reply = self.ask(&t!("plain-kit-prompt"), &t!("plain-kit-help"))?;
            let dir = match reply {
                Reply::Value(v) if is_skip_word(&v) => return Ok(Go::Quit),
                Reply::Value(v) => v,
                Reply::Go(go) => return Ok(go),
                Reply::Keep | Reply::Clear => return Ok(Go::Quit),
            };
            let path = crate::fields::typed_path(&dir).unwrap_or(dir.clone());
            match self
                .session
                .export_kit(Path::new(&path), None, false, &mut |_| {})
            {
                Ok(kit) => {
                    self.say(&t!(
                        "plain-kit-written",
                        dir = sanitize(&kit.dir.display().to_string()),
                        documents = kit.documents.len(),
                        contacts = kit.contacts,
                        hint = crate::kit_page::open_hint(&kit.dir)
                    ));
                    return Ok(Go::Quit);
                }
                Err(e) => self.say(&format!("✗ {}", sanitize_lines(&e.to_string()))),
            }
        }
    }

    /// Walks the places from `start` until the user is done.
    pub(super) fn walk(&mut self, start: Place) -> Answer<()> {
        let mut place = start;
        let mut shown: Option<Step> = None;
        loop {
            let step = place.step();
            if shown != Some(step) {
                let heading = t!(
                    "plain-step-heading",
                    number = step.number(),
                    count = Step::WIZARD.len(),
                    step = step.title()
                );
                self.say(&format!("\n== {heading} =="));
                // Where the user goes is remembered for the wizard; where plain mode resumes is
                // not a change (opening and quitting writes nothing).
                if shown.is_some() {
                    self.session.set_last_step(step);
                }
                shown = Some(step);
            }
            self.place = place;
            let go = match place {
                Place::Field(f) => self.field(f)?,
                Place::Contacts => self.contacts()?,
                Place::Review => self.review()?,
            };
            place = match go {
                Go::Quit => return Ok(()),
                Go::Next if place == Place::Review => return Ok(()),
                Go::Next => self.next_place(place, false),
                Go::SkipDocuments => {
                    self.say(&t!("plain-skipped-documents"));
                    self.next_place(place, true)
                }
                Go::Back => match self.prev_place(place) {
                    Some(p) => p,
                    None => {
                        self.refuse("back", &t!("plain-first-field"))?;
                        place
                    }
                },
                Go::To(Place::Field(f)) if !answerable(self.session.sub(), f) => {
                    let why = match f.need(self.session.sub()) {
                        Need::NotNeeded(why) => t!("plain-not-needed", why = why.to_string()),
                        _ => t!("plain-not-asked-while-empty"),
                    };
                    let label = self.label(f);
                    let text = t!("plain-cannot-edit", label = label.as_str(), why = why);
                    self.refuse(&format!("edit {label}"), &text)?;
                    place
                }
                Go::To(p) => p,
            };
        }
    }
}
