//! Plain mode: the wizard as line prompts, for screen readers, TERM=dumb and scripts
//! (`cosell --plain < answers.txt`). Same steps, field table, checks and help texts as the TUI,
//! over the same `DraftSession`; no escape sequences, no box drawing.
//!
//! The fields of every step form one walk. `back` goes to the previous field that can be
//! answered (fields that do not apply, and slots under an empty one, are skipped both ways),
//! `step N` jumps to a step, `fields` lists the step's fields and `edit N` (or the number after
//! `fields`) edits one; a draft reopens at the field of its first unmet requirement.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Result, anyhow};

use crate::contacts_csv::CsvOptions;
use crate::coverage::{coverage, uncovered_markets};
use crate::fields::{
    ContactField, FIELDS, FieldId, FieldKind, Need, Step, check_offer_name, parse_yes_no,
};
use crate::fsio::Target;
use crate::model::geo::common_name as country_name;
use crate::model::{Contact, Edition, Role, Submission};
use crate::present::{self, sanitize, sanitize_lines};
use crate::session::{DraftSession, SaveState};
use crate::status::{RequirementState, StatusReport};
use crate::store::{DraftStore, StoreError};
use crate::t;

/// The commands every prompt takes, in words.
fn commands() -> String {
    t!("plain-commands")
}

/// The longest answer line read; longer lines are refused (a pasted file, a runaway generator).
const MAX_LINE_BYTES: usize = 64 * 1024;

/// How many times the same refused answer may come from a non-terminal input before the run
/// stops (`yes | cosell --plain` would otherwise re-ask forever).
const MAX_SAME_REFUSALS: u32 = 3;

/// Where the walk is: a field, the contacts list, or the review.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Field(FieldId),
    Contacts,
    Review,
}

impl Place {
    fn step(self) -> Step {
        match self {
            Place::Field(f) => f.step(),
            Place::Contacts => Step::Contacts,
            Place::Review => Step::Review,
        }
    }
}

/// Where to go after a prompt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Go {
    Next,
    /// Enter on an empty optional document: past the remaining optional documents.
    SkipDocuments,
    Back,
    To(Place),
    Quit,
}

/// What the user asked for instead of a value.
enum Reply {
    Value(String),
    Keep,
    Clear,
    Go(Go),
}

/// Why the input stopped.
enum End {
    /// End of input: save and leave cleanly.
    Eof,
    /// Input that cannot go on (invalid UTF-8 on a pipe, the same refused answer again and
    /// again): save what was valid, say why, and exit 2.
    Abort(String),
}

type Answer<T> = std::result::Result<T, End>;

struct Io<'a> {
    input: &'a mut dyn BufRead,
    out: &'a mut dyn Write,
    /// A person types the answers: mistakes are asked again, never fatal.
    interactive: bool,
    /// Lines read so far (for messages about a line).
    line_no: usize,
    /// The last refused answer and how many times in a row it came.
    refused: Option<(String, u32)>,
}

impl Io<'_> {
    fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    fn read_line(&mut self, prompt: &str) -> Answer<String> {
        loop {
            let _ = write!(self.out, "{prompt} ");
            let _ = self.out.flush();
            let mut bytes = Vec::new();
            let reader: &mut dyn BufRead = &mut *self.input;
            let read = std::io::Read::take(reader, MAX_LINE_BYTES as u64 + 1)
                .read_until(b'\n', &mut bytes);
            match read {
                Ok(0) => {
                    let _ = writeln!(self.out);
                    return Err(End::Eof);
                }
                Err(e) => {
                    let why = t!(
                        "plain-input-failed",
                        line = self.line_no,
                        error = crate::fsio::io_message(&e)
                    );
                    let _ = writeln!(self.out, "\n✗ {why}.");
                    return Err(End::Abort(why));
                }
                Ok(_) => {}
            }
            self.line_no += 1;
            let line_no = self.line_no;
            if bytes.len() > MAX_LINE_BYTES && bytes.last() != Some(&b'\n') {
                self.skip_rest_of_line();
                let why = t!(
                    "plain-line-too-long",
                    line = line_no,
                    kb = MAX_LINE_BYTES / 1024
                );
                self.unusable_line(&why)?;
                continue;
            }
            while matches!(bytes.last(), Some(b'\n' | b'\r')) {
                bytes.pop();
            }
            match String::from_utf8(bytes) {
                Ok(line) => {
                    if self.refused.as_ref().is_some_and(|(last, _)| *last != line) {
                        self.refused = None;
                    }
                    return Ok(line);
                }
                Err(e) => {
                    let why = t!(
                        "plain-line-not-utf8",
                        line = line_no,
                        byte = e.utf8_error().valid_up_to() + 1
                    );
                    self.unusable_line(&why)?;
                }
            }
        }
    }

    /// A line that cannot be read as an answer: asked again at a terminal; on a pipe the run
    /// stops there, so nothing after it is taken for something it is not.
    fn unusable_line(&mut self, why: &str) -> Answer<()> {
        if self.interactive {
            self.say(&t!("plain-type-again", why = why));
            return Ok(());
        }
        self.say(&t!("plain-stopping-here", why = why));
        Err(End::Abort(why.to_string()))
    }

    fn skip_rest_of_line(&mut self) {
        loop {
            let (skip, done) = match self.input.fill_buf() {
                Ok([]) | Err(_) => return,
                Ok(buf) => match buf.iter().position(|b| *b == b'\n') {
                    Some(i) => (i + 1, true),
                    None => (buf.len(), false),
                },
            };
            self.input.consume(skip);
            if done {
                return;
            }
        }
    }

    /// Says why an answer was refused; the same answer refused again and again from a
    /// non-terminal input ends the run.
    fn refuse(&mut self, answer: &str, message: &str) -> Answer<()> {
        self.say(&format!("✗ {message}"));
        let count = match &self.refused {
            Some((last, n)) if last == answer => n + 1,
            _ => 1,
        };
        self.refused = Some((answer.to_string(), count));
        if !self.interactive && count >= MAX_SAME_REFUSALS {
            let why = t!(
                "plain-refused-repeatedly",
                answer = format!("{:?}", sanitize(answer)),
                count = count,
                line = self.line_no
            );
            self.say(&format!("✗ {why}."));
            return Err(End::Abort(why));
        }
        Ok(())
    }

    /// Asks a yes/no question until it gets yes or no; `back`, `quit` and the like mean no.
    fn yes_no(&mut self, prompt: &str) -> Answer<bool> {
        loop {
            let answer = self.read_line(&t!("plain-yes-no-question", prompt = prompt))?;
            if is_leave_word(&answer) {
                return Ok(false);
            }
            match parse_yes_no(&english_yes_no(&answer)) {
                Ok(Some(v)) => return Ok(v),
                _ => self.refuse(&answer, &t!("plain-answer-yes-no"))?,
            }
        }
    }
}

struct Plain<'a> {
    io: Io<'a>,
    session: DraftSession,
    /// Where the walk is (for `fields`).
    place: Place,
}

/// Whether a field is asked on the walk: it applies, and it is not a slot under an empty one
/// (no sales plays for an empty area, no second other document before the first).
fn answerable(sub: &Submission, field: FieldId) -> bool {
    if !matches!(field.need(sub), Need::Required | Need::Optional) {
        return false;
    }
    let areas = sub.listing.solution_areas.len();
    match field {
        FieldId::Area(i) => usize::from(i) <= areas,
        FieldId::SubAreas(i) => usize::from(i) < areas,
        FieldId::Other(i) => usize::from(i) <= sub.documents.other.len(),
        _ => true,
    }
}

/// Every place of the walk in order, answerable or not (fields of other editions left out).
fn places(sub: &Submission) -> Vec<Place> {
    let mut out: Vec<Place> = FIELDS
        .iter()
        .filter(|f| f.id.need(sub) != Need::Absent)
        .map(|f| match f.kind {
            FieldKind::Contacts => Place::Contacts,
            _ => Place::Field(f.id),
        })
        .collect();
    out.push(Place::Review);
    out
}

fn is_open(sub: &Submission, place: Place) -> bool {
    match place {
        Place::Field(f) => answerable(sub, f),
        Place::Contacts | Place::Review => true,
    }
}

/// An optional document slot (the case study … the other documents).
fn is_optional_document(sub: &Submission, field: FieldId) -> bool {
    matches!(field, FieldId::Doc(_) | FieldId::Other(_)) && field.need(sub) == Need::Optional
}

impl Plain<'_> {
    fn say(&mut self, text: &str) {
        self.io.say(text);
    }

    fn refuse(&mut self, answer: &str, message: &str) -> Answer<()> {
        self.io.refuse(answer, message)
    }

    /// Reads a reply, answering help/status/save/fields itself.
    fn ask(&mut self, prompt: &str, help: &str) -> Answer<Reply> {
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
    fn report_save_failure(&mut self) -> Answer<()> {
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

    fn label(&self, field: FieldId) -> String {
        field.label(self.session.edition()).trim().to_string()
    }

    /// Asks one field until it holds a valid value (or is kept or cleared).
    fn field(&mut self, field: FieldId) -> Answer<Go> {
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
    fn contacts(&mut self) -> Answer<Go> {
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
    fn walk(&mut self, start: Place) -> Answer<()> {
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

/// Words that leave a question without answering it (the English ones in every language, and
/// the reader's: `terug`, `retour`).
fn is_leave_word(v: &str) -> bool {
    let v = v.trim().to_lowercase();
    matches!(command_word(&v), "back" | "quit" | "q" | "exit" | "cancel")
        || in_words("plain-leave-words", &v)
}

/// Skip words at the export and kit prompts: commands, never file names (the English ones in
/// every language, and the reader's: `overslaan`, `passer`).
fn is_skip_word(v: &str) -> bool {
    let v = v.trim().to_lowercase();
    matches!(
        v.as_str(),
        "skip" | "next" | "n" | "no" | "none" | "cancel" | "done" | "finish"
    ) || in_words("plain-skip-words", &v)
}

/// `label: value`, with the reader's spacing before the colon (French puts one).
fn label_value(label: &str, value: &str) -> String {
    t!("plain-label-value", label = label, value = value)
}

/// Whether `word` is one of the space-separated words of message `key`.
fn in_words(key: &str, word: &str) -> bool {
    crate::i18n::tr(key, &[])
        .split_whitespace()
        .any(|w| w.to_lowercase() == word)
}

/// A command word typed in the reader's language as the English word the prompts act on
/// (`terug` → `back`, `étape` → `step`); English words, and anything else, stay as typed.
fn command_word(word: &str) -> &str {
    const COMMANDS: [&str; 11] = [
        "back", "quit", "help", "status", "save", "fields", "step", "edit", "keep", "reload",
        "compare",
    ];
    COMMANDS
        .into_iter()
        .find(|c| in_words(&format!("plain-word-{c}"), word))
        .unwrap_or(word)
}

/// A yes or no typed in the reader's language (`ja`, `non`) as `yes` or `no`; anything else as
/// typed.
fn english_yes_no(answer: &str) -> String {
    let a = answer.trim().to_lowercase();
    if in_words("plain-yes-words", &a) {
        "yes".into()
    } else if in_words("plain-no-words", &a) {
        "no".into()
    } else {
        answer.to_string()
    }
}

/// Where a draft reopens: the field of its first unmet requirement (or an unanswered required
/// field before it, so a new draft starts at its offer type, not past it), else its first
/// invalid value, else the step it was left on.
fn resume_place(sub: &Submission, report: &StatusReport) -> Place {
    let open = |f: FieldId| match f.kind() {
        FieldKind::Contacts => Some(Place::Contacts),
        _ if answerable(sub, f) => Some(Place::Field(f)),
        _ => None,
    };
    if let Some(p) = report
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::Unmet)
        .filter_map(|r| r.fix)
        .find_map(open)
    {
        let all = places(sub);
        let at = |p: Place| all.iter().position(|q| *q == p).unwrap_or(usize::MAX);
        let unanswered = all.iter().copied().find(|q| match q {
            Place::Field(f) => {
                f.need(sub) == Need::Required && answerable(sub, *f) && f.get(sub).is_empty()
            }
            _ => false,
        });
        return match unanswered {
            Some(u) if at(u) < at(p) => u,
            _ => p,
        };
    }
    if let Some(p) = report.problems.iter().find_map(|p| open(p.field)) {
        return p;
    }
    let step = Step::resume_at(sub);
    places(sub)
        .into_iter()
        .find(|p| p.step() >= step && is_open(sub, *p))
        .unwrap_or(Place::Review)
}

/// The status as plain mode says it: a one-line summary first, then every requirement in words
/// (no ids, no JSON paths), the markets without a sales contact, benefits, invalid values and
/// warnings.
fn status_in_words(sub: &Submission, report: &StatusReport) -> String {
    let edition = report.edition;
    let applicable = report
        .requirements
        .iter()
        .filter(|r| r.state != RequirementState::NotApplicable)
        .count();
    let met = report.count(RequirementState::Met);
    let next = match report.next_to_do() {
        Some(r) => t!(
            "plain-status-next",
            title = r.title.to_string(),
            reason = sanitize(&r.reason)
        ),
        None => t!("plain-status-nothing-left"),
    };
    let mut out = t!(
        "plain-status-summary",
        status = report.status_label(),
        met = met,
        count = applicable,
        next = next
    );
    out.push('\n');
    let offer_type = sub
        .offer
        .offer_type
        .map(|t| t.label().to_string())
        .unwrap_or_else(|| t!("plain-offer-type-not-chosen"));
    out.push_str(&t!(
        "plain-status-offer",
        offer = present::offer_name(sub),
        offer_type = offer_type,
        rules = edition.to_string()
    ));
    out.push('\n');
    let mut tier = None;
    for r in &report.requirements {
        if tier != Some(r.tier) {
            let heading = r.tier.status().label(edition).to_string();
            out.push_str(&t!("plain-prompt", label = heading));
            out.push('\n');
            tier = Some(r.tier);
        }
        let state = match r.state {
            RequirementState::Met => t!("plain-requirement-met"),
            RequirementState::Unmet => t!("plain-requirement-unmet"),
            RequirementState::NotApplicable => t!("plain-requirement-not-applicable"),
        };
        let reason = sanitize(&r.reason);
        if reason.is_empty() {
            out.push_str(&format!("  {}\n", label_value(&state, r.title)));
        } else {
            let what = label_value(r.title, &reason);
            out.push_str(&format!("  {}\n", label_value(&state, &what)));
        }
    }
    let uncovered = uncovered_markets(&sub.markets, &sub.contacts);
    if !uncovered.is_empty() {
        let names: Vec<String> = uncovered
            .iter()
            .map(|m| format!("{} ({})", sanitize(m), country_name(m)))
            .collect();
        out.push_str(&t!("plain-status-uncovered", markets = names.join(", ")));
        out.push('\n');
    }
    let benefits: Vec<&str> = report
        .benefits
        .iter()
        .map(|b| b.description(report.edition))
        .collect();
    if benefits.is_empty() {
        out.push_str(&t!("plain-status-no-benefits"));
        out.push('\n');
    } else {
        out.push_str(&t!("plain-status-benefits"));
        out.push('\n');
        for b in benefits {
            out.push_str(&format!("  {b}\n"));
        }
    }
    for n in &report.notes {
        out.push_str(&format!(
            "  {}\n",
            t!("plain-status-note", note = n.to_string())
        ));
    }
    if !report.problems.is_empty() {
        out.push_str(&t!("plain-status-invalid"));
        out.push('\n');
        for p in &report.problems {
            out.push_str(&format!("  {}\n", sanitize(&p.in_words(edition))));
        }
    }
    if !report.warnings.is_empty() {
        out.push_str(&t!("plain-status-warnings"));
        out.push('\n');
        for w in &report.warnings {
            out.push_str(&format!("  {}\n", sanitize(&w.text)));
        }
    }
    out.trim_end().to_string()
}

/// What blocks the export, in words.
fn blockers_in_words(report: &StatusReport) -> Vec<String> {
    let mut out: Vec<String> = report
        .unmet_tab_requirements()
        .map(|r| label_value(r.title, &sanitize(&r.reason)))
        .collect();
    out.extend(report.problems.iter().map(|p| {
        t!(
            "plain-invalid-value",
            problem = sanitize(&p.in_words(report.edition))
        )
    }));
    out
}

/// Picks or creates the draft, then runs the steps from where it was left. Reads the answers as
/// from a file or pipe (see [`run_on`]).
pub fn run(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<()> {
    run_on(store, draft, input, out, false)
}

/// Picks or creates the draft, then runs the steps. `interactive` is whether a person types the
/// answers (a terminal): then unreadable lines and refused answers are asked again; from a file
/// or pipe they end the run. Ends with `Err` (exit 2) when the last save failed or the input
/// could not go on, after saving what was valid.
pub fn run_on(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
    interactive: bool,
) -> Result<()> {
    writeln!(out, "{}", t!("plain-welcome", commands = commands()))?;
    let mut io = Io {
        input,
        out,
        interactive,
        line_no: 0,
        refused: None,
    };
    let chosen = match draft {
        Some(d) => Ok(Some((DraftSession::open(store, d)?, false))),
        None => choose_draft(store, &mut io),
    };
    let (session, created) = match chosen {
        Ok(Some(s)) => s,
        Ok(None) => {
            io.say(&t!("plain-nothing-created"));
            return Ok(());
        }
        Err(Chooser::End(End::Eof)) => {
            io.say(&t!("plain-eof-nothing-created"));
            return Ok(());
        }
        Err(Chooser::End(End::Abort(why))) => {
            io.say(&t!("plain-nothing-created"));
            return Err(anyhow!("{}", t!("plain-stopped-because", why = why)));
        }
        Err(Chooser::Failed(e)) => return Err(e),
    };
    if session.was_export() {
        io.say(&t!("plain-file-is-export"));
    }
    let start = if created {
        // The name was just asked: start at the field after it.
        let sub = session.sub();
        places(sub)
            .into_iter()
            .skip_while(|p| *p != Place::Field(FieldId::OfferName))
            .skip(1)
            .find(|p| is_open(sub, *p))
            .unwrap_or(Place::Review)
    } else {
        let place = resume_place(session.sub(), session.report());
        let summary = status_in_words(session.sub(), session.report());
        if let Some(first) = summary.lines().next() {
            io.say(first);
        }
        place
    };
    let mut p = Plain {
        io,
        session,
        place: start,
    };
    let (finished, stopped) = match p.walk(start) {
        Ok(()) => ("plain-draft-saved", None),
        Err(End::Eof) => ("plain-eof-draft-saved", None),
        Err(End::Abort(why)) => ("plain-stopped-saved", Some(why)),
    };
    let status = p.session.report().status_label();
    let path = sanitize(&p.session.path().display().to_string()).into_owned();
    let name = sanitize(p.session.name()).into_owned();
    let Plain {
        mut io, session, ..
    } = p;
    match session.close() {
        Ok(()) => {
            io.say(&t!(
                "plain-finished",
                finished = crate::i18n::tr(finished, &[]),
                path = path,
                status = status,
                name = name
            ));
            match stopped {
                Some(why) => Err(anyhow!("{}", t!("plain-stopped-because", why = why))),
                None => Ok(()),
            }
        }
        Err(e) => {
            io.say(&t!("plain-not-saved", error = sanitize(&e)));
            Err(anyhow!(
                "{}",
                t!(
                    "plain-last-changes-not-saved",
                    path = path,
                    error = e.to_string()
                )
            ))
        }
    }
}

/// Resolves typed text against a list of choices: a number, the full id or name, or a unique
/// part of a name, ignoring case. An ambiguous part lists its matches; text that matches nothing
/// is kept as typed (the field's own check then says whether it may stand).
fn resolve_choice(
    kind: FieldKind,
    options: &[(String, String)],
    v: &str,
) -> std::result::Result<String, String> {
    match kind {
        FieldKind::Choice => pick_choice(options, v),
        FieldKind::MultiChoice => Ok(v
            .split(',')
            .filter(|item| !item.trim().is_empty())
            .map(|item| pick_choice(options, item))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .join(", ")),
        _ => Ok(v.to_string()),
    }
}

fn pick_choice(options: &[(String, String)], item: &str) -> std::result::Result<String, String> {
    let item = item.trim();
    if options.is_empty() {
        return Ok(item.to_string());
    }
    if let Ok(n) = item.parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| options.get(i)) {
            Some((value, _)) => Ok(value.clone()),
            None => Err(t!("plain-choice-number-between", count = options.len())),
        };
    }
    if let Some((value, _)) = options
        .iter()
        .find(|(v, l)| v.eq_ignore_ascii_case(item) || l.to_lowercase() == item.to_lowercase())
    {
        return Ok(value.clone());
    }
    let part = item.to_lowercase();
    let hits: Vec<(usize, &(String, String))> = options
        .iter()
        .enumerate()
        .filter(|(_, (v, l))| l.to_lowercase().contains(&part) || v.to_lowercase().contains(&part))
        .collect();
    match hits.as_slice() {
        [] => Ok(item.to_string()),
        [(_, (value, _))] => Ok(value.clone()),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|(i, (_, l))| format!("{}. {l}", i + 1))
                .collect();
            Err(t!(
                "plain-choice-ambiguous",
                typed = format!("{:?}", sanitize(item)),
                matches = list.join(", ")
            ))
        }
    }
}

/// Why choosing a draft stopped.
enum Chooser {
    End(End),
    Failed(anyhow::Error),
}

impl From<End> for Chooser {
    fn from(e: End) -> Chooser {
        Chooser::End(e)
    }
}

impl From<StoreError> for Chooser {
    fn from(e: StoreError) -> Chooser {
        Chooser::Failed(e.into())
    }
}

/// The draft to work on, and whether it was just created (its name was asked already).
fn choose_draft(
    store: &DraftStore,
    io: &mut Io,
) -> std::result::Result<Option<(DraftSession, bool)>, Chooser> {
    let drafts = store.list()?;
    if !drafts.is_empty() {
        io.say(&t!(
            "plain-drafts-in",
            dir = sanitize(&store.dir().display().to_string())
        ));
        for (i, d) in drafts.iter().enumerate() {
            let what = match &d.loaded {
                Ok(s) => t!(
                    "plain-draft-line",
                    offer = present::offer_name(s),
                    status = crate::rules::evaluate_at(s, &d.path).status_label(),
                    rules = s.rules.to_string()
                ),
                Err(e) => t!("plain-draft-unreadable", error = sanitize(&e.to_string())),
            };
            io.say(&format!("  {}. {what}", i + 1));
        }
        io.say(&format!(
            "  {}. {}",
            drafts.len() + 1,
            t!("plain-new-draft")
        ));
        let n = drafts.len() + 1;
        loop {
            let answer = io.read_line(&t!("plain-draft-number-prompt", count = n))?;
            if is_leave_word(&answer) {
                return Ok(None);
            }
            match answer.trim().parse::<usize>() {
                Ok(k) if (1..n).contains(&k) => {
                    return Ok(Some((
                        DraftSession::open_path(store, &drafts[k - 1].path)?,
                        false,
                    )));
                }
                Ok(k) if k == n => break,
                _ => io.refuse(&answer, &t!("plain-number-between", count = n))?,
            }
        }
    }
    io.say(&t!("plain-rules-editions"));
    for (i, e) in Edition::ALL.iter().rev().enumerate() {
        io.say(&format!("  {}. {}", i + 1, present::edition_line(*e)));
    }
    let edition = loop {
        let answer = io.read_line(&t!(
            "plain-edition-prompt",
            newest = Edition::NEWEST.to_string()
        ))?;
        let a = answer.trim();
        if a.is_empty() {
            break Edition::NEWEST;
        }
        if is_leave_word(a) {
            return Ok(None);
        }
        let by_number = a
            .parse::<usize>()
            .ok()
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| Edition::ALL.iter().rev().nth(k).copied());
        match by_number.or_else(|| Edition::parse(a)) {
            Some(e) => break e,
            None => io.refuse(
                &answer,
                &t!(
                    "plain-edition-refused",
                    count = Edition::ALL.len(),
                    names = Edition::names()
                ),
            )?,
        }
    };
    loop {
        let answer = io.read_line(&t!("plain-offer-name-prompt"))?;
        let name = answer.trim().to_string();
        if matches!(command_word(&name), "quit" | "q") {
            return Ok(None);
        }
        if name.is_empty() {
            io.refuse(&answer, &t!("plain-offer-needs-name"))?;
            continue;
        }
        if let Err(e) = check_offer_name(&name) {
            io.refuse(&answer, &e)?;
            continue;
        }
        match DraftSession::create(store, &name, edition, false) {
            Ok(s) => {
                io.say(&t!(
                    "plain-draft-created",
                    name = sanitize(s.name()),
                    dir = sanitize(&store.dir().display().to_string())
                ));
                return Ok(Some((s, true)));
            }
            Err(StoreError::Exists { name: existing, .. }) => {
                io.say(&t!(
                    "plain-draft-exists",
                    name = sanitize(&existing),
                    free = sanitize(&store.free_name(&existing))
                ));
                let answer = io.read_line(&t!("plain-one-two-three"))?;
                match answer.trim() {
                    "1" => return Ok(Some((DraftSession::open(store, &existing)?, false))),
                    "2" => {
                        return Ok(Some((
                            DraftSession::create(store, &name, edition, true)?,
                            true,
                        )));
                    }
                    _ => continue,
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(labels: &[&str]) -> Vec<(String, String)> {
        labels
            .iter()
            .map(|l| (l.to_lowercase().replace(' ', "_"), l.to_string()))
            .collect()
    }

    #[test]
    fn choices_take_a_number_a_name_or_a_unique_part() {
        let platforms = options(&[
            "Microsoft Azure",
            "Microsoft Dynamics 365",
            "Microsoft SQL Server",
            "Office 365",
        ]);
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("1", Ok("microsoft_azure")),
            ("4", Ok("office_365")),
            ("0", Err("between 1 and 4")),
            ("5", Err("between 1 and 4")),
            ("dynamics", Ok("microsoft_dynamics_365")),
            ("DYNAMICS", Ok("microsoft_dynamics_365")),
            ("  office 365 ", Ok("office_365")),
            ("microsoft_sql_server", Ok("microsoft_sql_server")),
            (
                "microsoft",
                Err("matches 1. Microsoft Azure, 2. Microsoft Dynamics 365"),
            ),
            ("365", Err("between 1 and 4")), // a number is a position in the list
            (
                "o",
                Err(
                    "matches 1. Microsoft Azure, 2. Microsoft Dynamics 365, 3. Microsoft SQL Server, 4. Office 365",
                ),
            ),
            ("Quantum", Ok("Quantum")),
        ];
        for (typed, want) in cases {
            let got = pick_choice(&platforms, typed);
            match (want, &got) {
                (Ok(w), Ok(g)) => assert_eq!(g, w, "{typed}"),
                (Err(w), Err(g)) => assert!(g.contains(w), "{typed}: {g}"),
                _ => panic!("{typed}: got {got:?}, want {want:?}"),
            }
        }
        // An exact name wins over the names it is a part of.
        let areas = options(&["Security", "Modern work & security"]);
        assert_eq!(pick_choice(&areas, "security").unwrap(), "security");
        // No list (an area outside the catalogue): text stays as typed, numbers too.
        assert_eq!(pick_choice(&[], "7").unwrap(), "7");
        assert_eq!(
            resolve_choice(FieldKind::MultiChoice, &platforms, "1, dynamics,").unwrap(),
            "microsoft_azure, microsoft_dynamics_365"
        );
    }

    #[test]
    fn empty_slots_stop_asking_for_what_is_under_them() {
        let mut sub = Submission::new("Slots", Edition::E2021_02);
        let asked = |sub: &Submission, f| answerable(sub, f);
        assert!(asked(&sub, FieldId::Area(0)));
        assert!(
            !asked(&sub, FieldId::SubAreas(0)),
            "no sub-areas of no area"
        );
        assert!(
            !asked(&sub, FieldId::Area(1)),
            "no second area before a first"
        );
        assert!(asked(&sub, FieldId::Other(0)));
        assert!(!asked(&sub, FieldId::Other(1)));
        FieldId::Area(0).set(&mut sub, "Azure").unwrap();
        assert!(asked(&sub, FieldId::SubAreas(0)));
        assert!(asked(&sub, FieldId::Area(1)));
        assert!(!asked(&sub, FieldId::SubAreas(1)));
        assert!(!asked(&sub, FieldId::Area(3)), "2021-02 has 3 areas");
        // Fields that do not apply are not stops of the walk.
        sub.offer.offer_type = Some(crate::model::OfferType::Saas);
        assert!(!asked(&sub, FieldId::IsvConnect));
    }

    #[test]
    fn skip_words_are_not_file_names() {
        for w in ["skip", "Next", "no", "N", " done "] {
            assert!(is_skip_word(w), "{w}");
        }
        for w in ["out.json", "kit", "nextkit"] {
            assert!(!is_skip_word(w), "{w}");
        }
    }

    #[test]
    fn at_a_terminal_unreadable_lines_and_refusals_are_asked_again() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let input: &[u8] = b"2021-02\nTyped\n\xc3\x28\n1\nmaybe\nmaybe\nmaybe\nmaybe\nyes\n";
        let mut out = Vec::new();
        run_on(&store, None, &mut &input[..], &mut out, true).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains(
                "line 3 of the input is not valid UTF-8 (byte 1 of the line); type the answer again"
            ),
            "{text}"
        );
        let saved = crate::store::load(&store.path_of("typed")).unwrap();
        assert_eq!(saved.offer.offer_type, Some(crate::model::OfferType::Saas));
        assert_eq!(saved.offer.live, Some(true), "four refusals, then yes");
    }

    /// Gives its bytes, then fails as a broken terminal or disk would.
    struct Failing(std::io::Cursor<Vec<u8>>);

    impl std::io::Read for Failing {
        fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
            match self.0.read(buf)? {
                0 => Err(std::io::Error::other("input/output error")),
                n => Ok(n),
            }
        }
    }

    #[test]
    fn an_input_that_fails_is_said_and_ends_with_an_error_not_as_end_of_input() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());
        let bytes = b"2021-02\nBroken\n1\n".to_vec();
        let mut input = std::io::BufReader::new(Failing(std::io::Cursor::new(bytes)));
        let mut out = Vec::new();
        let result = run_on(&store, None, &mut input, &mut out, false);
        let text = String::from_utf8(out).unwrap();
        assert!(result.is_err(), "{text}");
        assert!(
            text.contains("the input could not be read after line 3"),
            "{text}"
        );
        let saved = crate::store::load(&store.path_of("broken")).unwrap();
        assert_eq!(saved.offer.offer_type, Some(crate::model::OfferType::Saas));
    }
}
