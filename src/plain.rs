//! Plain mode: the wizard as line prompts, for screen readers, TERM=dumb and scripts
//! (`cosell --plain < answers.txt`). Same steps, field table, checks and help texts as the TUI,
//! over the same `DraftSession`; no escape sequences, no box drawing.

use std::io::{BufRead, Write};
use std::path::Path;

use anyhow::{Result, anyhow};

use crate::contacts_csv::CsvOptions;
use crate::coverage::coverage;
use crate::fields::{ContactField, FieldId, FieldKind, Need, Step, fields_of, parse_yes_no};
use crate::fsio::Target;
use crate::model::geo::common_name as country_name;
use crate::model::{Contact, Edition, Role};
use crate::present::{self, sanitize, sanitize_lines};
use crate::session::{DraftSession, SaveState};
use crate::store::{DraftStore, StoreError};

const COMMANDS: &str =
    "At any prompt: ? help, back, status, save, quit. Enter keeps the current value, - clears it.";

/// What the user asked for instead of a value.
enum Reply {
    Value(String),
    Keep,
    Clear,
    Back,
    Quit,
}

/// End of input: save and leave cleanly.
struct Eof;

type Answer<T> = std::result::Result<T, Eof>;

struct Io<'a> {
    input: &'a mut dyn BufRead,
    out: &'a mut dyn Write,
}

impl Io<'_> {
    fn say(&mut self, text: &str) {
        let _ = writeln!(self.out, "{text}");
    }

    fn read_line(&mut self, prompt: &str) -> Answer<String> {
        let _ = write!(self.out, "{prompt} ");
        let _ = self.out.flush();
        let mut line = String::new();
        match self.input.read_line(&mut line) {
            Ok(0) | Err(_) => {
                let _ = writeln!(self.out);
                Err(Eof)
            }
            Ok(_) => Ok(line.trim_end_matches(['\n', '\r']).to_string()),
        }
    }

    /// Asks a yes/no question until it gets yes or no.
    fn yes_no(&mut self, prompt: &str) -> Answer<bool> {
        loop {
            let answer = self.read_line(&format!("{prompt} (yes/no):"))?;
            match parse_yes_no(&answer) {
                Ok(Some(v)) => return Ok(v),
                _ => self.say("Answer yes or no."),
            }
        }
    }
}

struct Plain<'a> {
    io: Io<'a>,
    session: DraftSession,
}

impl Plain<'_> {
    fn say(&mut self, text: &str) {
        self.io.say(text);
    }

    /// Reads a reply, answering help/status/save itself.
    fn ask(&mut self, prompt: &str, help: &str) -> Answer<Reply> {
        loop {
            let line = self.io.read_line(prompt)?;
            match line.trim() {
                "" => return Ok(Reply::Keep),
                "-" => return Ok(Reply::Clear),
                "back" => return Ok(Reply::Back),
                "quit" | "q" => return Ok(Reply::Quit),
                "?" | "help" => {
                    self.say(help);
                    self.say(COMMANDS);
                }
                "status" => {
                    let text = present::checklist(self.session.sub(), self.session.report());
                    self.say(&text);
                }
                "save" => self.save_now(),
                _ => return Ok(Reply::Value(line.trim().to_string())),
            }
        }
    }

    /// Waits for the pending save and says how it went: "saved" only when it was.
    fn save_now(&mut self) {
        let path = sanitize(&self.session.path().display().to_string()).into_owned();
        match self.session.flush() {
            Ok(()) => self.say(&format!("Saved {path}.")),
            Err(e) => self.say(&format!("NOT SAVED: {}", sanitize(&e))),
        }
    }

    /// Says a failed background save as soon as it is known.
    fn report_save_failure(&mut self) {
        if let SaveState::Failed { message, .. } = self.session.save_state() {
            self.say(&format!("NOT SAVED: {}", sanitize(&message)));
        }
    }

    fn label(&self, field: FieldId) -> &'static str {
        field.label(self.session.edition()).trim()
    }

    /// Asks one field until it holds a valid value (or is kept/cleared). Returns false on `back`.
    fn field(&mut self, field: FieldId) -> Answer<Option<bool>> {
        let def = field.def();
        let edition = self.session.edition();
        let label = self.label(field);
        match field.need(self.session.sub()) {
            Need::Absent => return Ok(Some(true)),
            Need::NotNeeded(why) => {
                self.say(&format!("\n{label}: not needed ({why})."));
                return Ok(Some(true));
            }
            _ => {}
        }
        loop {
            let sub = self.session.sub();
            let current = sanitize(&field.display(sub)).into_owned();
            let need = match field.need(sub) {
                Need::Required => "required",
                _ => "optional",
            };
            let shown = if current.is_empty() {
                "not answered".to_string()
            } else {
                current
            };
            self.say(&format!("\n{label} ({need}), now: {shown}"));
            let options = field.choices(self.session.sub());
            let prompt = match def.kind {
                FieldKind::Choice | FieldKind::MultiChoice => {
                    for (i, (_, l)) in options.iter().enumerate() {
                        let _ = writeln!(self.io.out, "  {}. {l}", i + 1);
                    }
                    if def.kind == FieldKind::Choice {
                        format!("Enter a number between 1 and {}:", options.len())
                    } else {
                        format!(
                            "Enter numbers between 1 and {} separated by commas, or names:",
                            options.len()
                        )
                    }
                }
                FieldKind::YesNo => "Enter yes or no:".to_string(),
                _ => format!("{label}:"),
            };
            let reply = self.ask(&prompt, def.help(edition))?;
            let text = match reply {
                Reply::Keep => return Ok(Some(true)),
                Reply::Back => return Ok(Some(false)),
                Reply::Quit => return Ok(None),
                Reply::Clear => String::new(),
                Reply::Value(v) => match resolve_choice(def.kind, &options, &v) {
                    Ok(t) => t,
                    Err(e) => {
                        self.say(&format!("✗ {e}"));
                        continue;
                    }
                },
            };
            if let Err(e) = self.session.set(field, &text) {
                self.say(&format!("✗ {}", sanitize(&e)));
                continue;
            }
            self.report_save_failure();
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
            for w in warnings {
                self.say(&w);
            }
            if let Some(p) = problem {
                self.say(&format!("✗ {p}. Fix it, or - to clear."));
                continue;
            }
            return Ok(Some(true));
        }
    }

    /// Runs one step's fields; returns the step to go to next, or None to quit.
    fn step(&mut self, step: Step) -> Answer<Option<Step>> {
        self.say(&format!(
            "\n== Step {} of {}: {} ==",
            step.number(),
            Step::WIZARD.len(),
            step.title()
        ));
        self.session.set_last_step(step);
        let fields: Vec<FieldId> = fields_of(step, self.session.sub())
            .map(|f| f.id)
            .filter(|f| f.kind() != FieldKind::Contacts)
            .collect();
        let mut i = 0;
        while i < fields.len() {
            match self.field(fields[i])? {
                None => return Ok(None),
                Some(false) if i == 0 => return Ok(Some(step.prev())),
                Some(false) => i -= 1,
                Some(true) => i += 1,
            }
        }
        match step {
            Step::Contacts if !self.contacts()? => return Ok(None),
            Step::Review => return self.review(),
            _ => {}
        }
        Ok(Some(step.next()))
    }

    fn print_contacts(&mut self) {
        let sub = self.session.sub();
        let cov = coverage(&sub.markets, &sub.contacts);
        let mut lines = vec![format!("Contacts ({}):", sub.contacts.len())];
        for (i, c) in sub.contacts.iter().enumerate() {
            let problems = crate::validate::contact_problems(c);
            let mark = if problems.is_empty() { "ok" } else { "INVALID" };
            lines.push(format!(
                "  {}. [{mark}] {}, {}, {}, {}",
                i + 1,
                sanitize(&c.name),
                sanitize(&c.email),
                c.role.map(Role::label).unwrap_or("no role"),
                sanitize(&c.countries.join(" "))
            ));
            for (col, why) in problems {
                lines.push(format!("       {col}: {}", sanitize(&why)));
            }
        }
        lines.push("Coverage:".into());
        for m in &cov.markets {
            let mark = if cov.is_covered(m) {
                "covered"
            } else {
                "NO PARTNER SALES CONTACT"
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

    /// The contacts list: add, edit, delete, import, export. Returns false to quit.
    fn contacts(&mut self) -> Answer<bool> {
        loop {
            self.print_contacts();
            let reply = self.ask(
                "a: add, e N: edit, d N: delete, i FILE: import CSV, x FILE: export CSV, Enter: next step:",
                "Each market needs a Partner sales contact (or one with OOO).",
            )?;
            let cmd = match reply {
                Reply::Keep | Reply::Back => return Ok(true),
                Reply::Quit => return Ok(false),
                Reply::Clear => continue,
                Reply::Value(v) => v,
            };
            let (verb, arg) = cmd
                .split_once(' ')
                .map(|(a, b)| (a, b.trim()))
                .unwrap_or((cmd.as_str(), ""));
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
                    if self.io.yes_no(&format!("Delete {name}?"))? {
                        self.session.delete_contact(i);
                    }
                }
                ("i", _) if !arg.is_empty() => self.import(arg)?,
                ("x", _) if !arg.is_empty() => {
                    match self
                        .session
                        .export_csv(&Target::parse(arg), CsvOptions::default())
                    {
                        Ok(_) => self.say(&format!("Wrote {}.", sanitize(arg))),
                        Err(e) => self.say(&format!("✗ {}", sanitize(&e.to_string()))),
                    }
                }
                _ => self.say(&format!(
                    "✗ {:?}: type a, e N or d N with N between 1 and {n}, i FILE or x FILE",
                    sanitize(&cmd)
                )),
            }
            self.report_save_failure();
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
            self.say(&format!("warning: {}", sanitize(&w.to_string())));
        }
        self.say(sanitize_lines(&plan.preview.to_string()).trim_end());
        if self.io.yes_no("Replace all contacts?")? {
            self.session.apply_import(plan);
            self.say("Replaced.");
        } else {
            self.say("Nothing changed.");
        }
        Ok(())
    }

    /// Asks each column of a contact until the row is valid; None when abandoned with `back`.
    fn contact_form(&mut self, mut c: Contact) -> Answer<Option<Contact>> {
        for field in ContactField::ALL {
            loop {
                let current = sanitize(&field.get(&c)).into_owned();
                if field == ContactField::Role {
                    for (i, r) in Role::ALL.iter().enumerate() {
                        let _ = writeln!(self.io.out, "  {}. {}", i + 1, r.label());
                    }
                }
                let prompt = match field {
                    ContactField::Role => "Role: enter a number between 1 and 4:".to_string(),
                    _ if current.is_empty() => format!("{}:", field.label()),
                    _ => format!("{} [{current}]:", field.label()),
                };
                let text = match self.ask(&prompt, field.help())? {
                    Reply::Keep => field.get(&c),
                    Reply::Clear => String::new(),
                    Reply::Back | Reply::Quit => return Ok(None),
                    Reply::Value(v) => v,
                };
                if let Err(e) = field.set(&mut c, &text) {
                    self.say(&format!("✗ {}", sanitize(&e)));
                    continue;
                }
                match field.problem(&c) {
                    Some(p) => self.say(&format!("✗ {}: {}", field.label(), sanitize(&p))),
                    None => break,
                }
            }
        }
        Ok(Some(c))
    }

    fn review(&mut self) -> Answer<Option<Step>> {
        let text = present::checklist(self.session.sub(), self.session.report());
        self.say(&text);
        let blockers = self.session.report().export_blockers();
        if !blockers.is_empty() {
            self.say("Export needs these first:");
            for b in &blockers {
                self.say(&format!("  - {}", sanitize(b)));
            }
            return match self.ask(
                "Enter to finish, back to go back:",
                "The list above says what is left.",
            )? {
                Reply::Back => Ok(Some(Step::Revenue)),
                _ => Ok(None),
            };
        }
        loop {
            let default = format!("{}.export.json", self.session.name());
            let reply = self.ask(
                &format!(
                    "Export to which file? (Enter: {}, - to skip):",
                    sanitize(&default)
                ),
                "Writes the submission with the status block.",
            )?;
            let file = match reply {
                Reply::Keep => default,
                Reply::Value(v) => v,
                Reply::Back => return Ok(Some(Step::Revenue)),
                Reply::Clear | Reply::Quit => return Ok(None),
            };
            match self.session.export_json(&Target::parse(&file), None, false) {
                Ok(_) => {
                    self.say(&format!("Exported to {}.", sanitize(&file)));
                    return self.kit();
                }
                Err(e) => self.say(&format!("✗ {}", sanitize_lines(&e.to_string()))),
            }
        }
    }
}

impl Plain<'_> {
    /// Offers the Partner Center hand-off kit after an export.
    fn kit(&mut self) -> Answer<Option<Step>> {
        loop {
            let reply = self.ask(
                "Write a kit for Partner Center too? A new folder (Enter or - to skip):",
                "The kit holds the export, contacts.csv, the documents numbered in Partner Center's order, and CHECKLIST.md and index.html with every step and value to enter in the browser.",
            )?;
            let dir = match reply {
                Reply::Value(v) => v,
                _ => return Ok(None),
            };
            let path = crate::fields::typed_path(&dir).unwrap_or(dir.clone());
            match self
                .session
                .export_kit(Path::new(&path), None, false, &mut |_| {})
            {
                Ok(kit) => {
                    self.say(&format!(
                        "Wrote the kit to {}: {} document(s), {} contact(s). To work from it, {}; or read CHECKLIST.md there.",
                        sanitize(&kit.dir.display().to_string()),
                        kit.documents.len(),
                        kit.contacts,
                        crate::kit_page::open_hint(&kit.dir)
                    ));
                    return Ok(None);
                }
                Err(e) => self.say(&format!("✗ {}", sanitize_lines(&e.to_string()))),
            }
        }
    }
}

/// Picks or creates the draft, then runs the steps from where it was left. Ends with `Err` when
/// the last save failed, so the process exits non-zero.
pub fn run(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<()> {
    writeln!(out, "cosell, plain mode. {COMMANDS}")?;
    let mut io = Io { input, out };
    let session = match draft {
        Some(d) => DraftSession::open(store, d)?,
        None => match choose_draft(store, &mut io)? {
            Some(s) => s,
            None => {
                io.say("End of input; nothing was created.");
                return Ok(());
            }
        },
    };
    if session.was_export() {
        io.say("This file is an export: its status block, time stamp and fingerprints are dropped on the first save.");
    }
    let mut step = Step::resume_at(session.sub());
    let mut p = Plain { io, session };
    let finished = loop {
        match p.step(step) {
            Ok(Some(next)) => step = next,
            Ok(None) => break "Draft saved.",
            Err(Eof) => break "End of input: draft saved.",
        }
    };
    let status = p.session.report().status_label();
    let path = sanitize(&p.session.path().display().to_string()).into_owned();
    let name = sanitize(p.session.name()).into_owned();
    let Plain { mut io, session } = p;
    match session.close() {
        Ok(()) => {
            io.say(&format!(
                "{finished} {path} ({status}). Resume with: cosell --plain --draft {name}"
            ));
            Ok(())
        }
        Err(e) => {
            io.say(&format!("NOT SAVED: {}", sanitize(&e)));
            Err(anyhow!("the last changes to {path} were not saved: {e}"))
        }
    }
}

/// Numbers in a choice list become the option's value; text is kept as typed.
fn resolve_choice(
    kind: FieldKind,
    options: &[(String, String)],
    v: &str,
) -> std::result::Result<String, String> {
    let pick = |item: &str| -> std::result::Result<String, String> {
        match item.trim().parse::<usize>() {
            Ok(n) if (1..=options.len()).contains(&n) => Ok(options[n - 1].0.clone()),
            Ok(_) => Err(format!("Enter a number between 1 and {}", options.len())),
            Err(_) => Ok(item.trim().to_string()),
        }
    };
    match kind {
        FieldKind::Choice => pick(v),
        FieldKind::MultiChoice => Ok(v
            .split(',')
            .map(pick)
            .collect::<std::result::Result<Vec<_>, _>>()?
            .join(", ")),
        _ => Ok(v.to_string()),
    }
}

fn choose_draft(store: &DraftStore, io: &mut Io) -> Result<Option<DraftSession>> {
    let drafts = store.list()?;
    if !drafts.is_empty() {
        io.say(&format!(
            "Drafts in {}:",
            sanitize(&store.dir().display().to_string())
        ));
        for (i, d) in drafts.iter().enumerate() {
            let what = match &d.loaded {
                Ok(s) => format!(
                    "{} ({}, rules {})",
                    present::offer_name(s),
                    crate::rules::evaluate(s, s.rules).status_label(),
                    s.rules
                ),
                Err(e) => format!("unreadable: {}", sanitize(&e.to_string())),
            };
            io.say(&format!("  {}. {what}", i + 1));
        }
        io.say(&format!("  {}. New draft", drafts.len() + 1));
        let n = drafts.len() + 1;
        loop {
            let Ok(answer) = io.read_line(&format!("Enter a number between 1 and {n}:")) else {
                return Ok(None);
            };
            match answer.trim().parse::<usize>() {
                Ok(k) if (1..n).contains(&k) => {
                    return Ok(Some(DraftSession::open_path(store, &drafts[k - 1].path)?));
                }
                Ok(k) if k == n => break,
                _ => io.say(&format!("Enter a number between 1 and {n}.")),
            }
        }
    }
    io.say("Rules editions:");
    for (i, e) in Edition::ALL.iter().rev().enumerate() {
        io.say(&format!("  {}. {}", i + 1, present::edition_line(*e)));
    }
    let edition = loop {
        let Ok(answer) = io.read_line(&format!(
            "Rules edition, a number or a date (Enter: {}):",
            Edition::NEWEST
        )) else {
            return Ok(None);
        };
        let a = answer.trim();
        if a.is_empty() {
            break Edition::NEWEST;
        }
        let by_number = a
            .parse::<usize>()
            .ok()
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| Edition::ALL.iter().rev().nth(k).copied());
        match by_number.or_else(|| Edition::parse(a)) {
            Some(e) => break e,
            None => io.say(&format!(
                "Type a number from 1 to {}, or {}.",
                Edition::ALL.len(),
                Edition::names()
            )),
        }
    };
    loop {
        let Ok(name) = io.read_line("Offer name for the new draft:") else {
            return Ok(None);
        };
        let name = name.trim().to_string();
        if name.is_empty() {
            io.say("The offer needs a name.");
            continue;
        }
        match DraftSession::create(store, &name, edition, false) {
            Ok(s) => {
                io.say(&format!(
                    "Created draft {} in {}.",
                    sanitize(s.name()),
                    sanitize(&store.dir().display().to_string())
                ));
                return Ok(Some(s));
            }
            Err(StoreError::Exists { name: existing, .. }) => {
                io.say(&format!(
                    "A draft named {} exists already. 1. open it  2. create another ({})  3. type another name",
                    sanitize(&existing),
                    sanitize(&store.free_name(&existing))
                ));
                let Ok(answer) = io.read_line("Enter 1, 2 or 3:") else {
                    return Ok(None);
                };
                match answer.trim() {
                    "1" => return Ok(Some(DraftSession::open(store, &existing)?)),
                    "2" => return Ok(Some(DraftSession::create(store, &name, edition, true)?)),
                    _ => continue,
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}
