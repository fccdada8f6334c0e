//! Plain mode: the wizard as line prompts, for screen readers, TERM=dumb and scripts
//! (`cosell --plain < answers.txt`). Same steps, fields, validators and help texts as the TUI;
//! no escape sequences, no box drawing.

use std::io::{BufRead, Write};
use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::cli::render_checklist;
use crate::contacts_csv;
use crate::coverage::coverage;
use crate::fields::{ContactField, FieldId, FieldKind, Need, Step, fields_of};
use crate::model::geo::country_name;
use crate::model::{Contact, Edition, Role, Submission};
use crate::rules::{StatusReport, evaluate};
use crate::store::{self, DraftLock, DraftStore};

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

struct Plain<'a> {
    input: &'a mut dyn BufRead,
    out: &'a mut dyn Write,
    path: PathBuf,
    name: String,
    sub: Submission,
    report: StatusReport,
    _lock: DraftLock,
}

/// End of input: save and leave cleanly.
struct Eof;

type Answer<T> = std::result::Result<T, Eof>;

impl Plain<'_> {
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

    /// Reads a reply, answering help/status/save itself.
    fn ask(&mut self, prompt: &str, help: &str) -> Answer<Reply> {
        loop {
            let line = self.read_line(prompt)?;
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
                    let text = render_checklist(&self.sub, self.sub.rules, &self.report);
                    self.say(&text);
                }
                "save" => {
                    self.save();
                    self.say(&format!("Saved {}.", self.path.display()));
                }
                _ => return Ok(Reply::Value(line.trim().to_string())),
            }
        }
    }

    fn refresh(&mut self) {
        self.report = evaluate(&self.sub, self.sub.rules);
    }

    fn save(&mut self) {
        if let Err(e) = store::save(&self.path, &self.sub) {
            let _ = writeln!(self.out, "NOT SAVED: {e}");
        }
    }

    fn set_step(&mut self, step: Step) {
        self.sub.x_last_step = Some(step.id().to_string());
        self.save();
    }

    /// Asks one field until it holds a valid value (or is kept/cleared). Returns false on `back`.
    fn field(&mut self, field: FieldId) -> Answer<Option<bool>> {
        let def = field.def();
        let label = def.label.trim();
        if let Need::NotNeeded(why) = field.need(&self.sub) {
            self.say(&format!("\n{label}: not needed ({why})."));
            return Ok(Some(true));
        }
        loop {
            let current = field.display(&self.sub);
            let need = match field.need(&self.sub) {
                Need::Required => "required",
                _ => "optional",
            };
            let shown = if current.is_empty() {
                "not answered".to_string()
            } else {
                current
            };
            self.say(&format!("\n{label} ({need}), now: {shown}"));
            let options = field.choices(&self.sub);
            let prompt = match def.kind {
                FieldKind::Choice | FieldKind::MultiChoice => {
                    for (i, (_, l)) in options.iter().enumerate() {
                        let _ = writeln!(self.out, "  {}. {l}", i + 1);
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
                FieldKind::YesNo => "Enter y or n:".to_string(),
                _ => format!("{label}:"),
            };
            let reply = self.ask(&prompt, def.help)?;
            let text = match reply {
                Reply::Keep => return Ok(Some(true)),
                Reply::Back => return Ok(Some(false)),
                Reply::Quit => return Ok(None),
                Reply::Clear => String::new(),
                Reply::Value(v) => match self.resolve_choice(def.kind, &options, &v) {
                    Ok(t) => t,
                    Err(e) => {
                        self.say(&format!("✗ {e}"));
                        continue;
                    }
                },
            };
            if let Err(e) = field.set(&mut self.sub, &text) {
                self.say(&format!("✗ {e}"));
                continue;
            }
            self.refresh();
            self.save();
            let problem = field.problem(&self.report).map(str::to_string);
            if let Some(p) = problem {
                self.say(&format!("✗ {p}. Fix it, or - to clear."));
                continue;
            }
            return Ok(Some(true));
        }
    }

    /// Numbers in a choice list become the option's value; text is kept as typed.
    fn resolve_choice(
        &self,
        kind: FieldKind,
        options: &[(String, String)],
        v: &str,
    ) -> Result<String, String> {
        let pick = |item: &str| -> Result<String, String> {
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
                .collect::<Result<Vec<_>, _>>()?
                .join(", ")),
            _ => Ok(v.to_string()),
        }
    }

    /// Runs one step's fields; returns the step to go to next, or None to quit.
    fn step(&mut self, step: Step) -> Answer<Option<Step>> {
        let n = Step::WIZARD.iter().position(|s| *s == step).unwrap_or(0) + 1;
        self.say(&format!(
            "\n== Step {n} of {}: {} ==",
            Step::WIZARD.len(),
            step.title()
        ));
        self.set_step(step);
        let fields: Vec<FieldId> = fields_of(step).map(|f| f.id).collect();
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
        let cov = coverage(&self.sub.markets, &self.sub.contacts);
        let mut lines = vec![format!("Contacts ({}):", self.sub.contacts.len())];
        for (i, c) in self.sub.contacts.iter().enumerate() {
            let problems = crate::validate::contact_problems(c);
            let mark = if problems.is_empty() { "ok" } else { "INVALID" };
            lines.push(format!(
                "  {}. [{mark}] {}, {}, {}, {}",
                i + 1,
                c.name,
                c.email,
                c.role.map(Role::label).unwrap_or("no role"),
                c.countries.join(" ")
            ));
            for (col, why) in problems {
                lines.push(format!("       {col}: {why}"));
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
                m.market,
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
            let index = arg
                .parse::<usize>()
                .ok()
                .and_then(|n| n.checked_sub(1))
                .filter(|i| *i < self.sub.contacts.len());
            match (verb, index) {
                ("a", _) => {
                    if let Some(c) = self.contact_form(Contact::default())? {
                        self.sub.contacts.push(c);
                    }
                }
                ("e", Some(i)) => {
                    if let Some(c) = self.contact_form(self.sub.contacts[i].clone())? {
                        self.sub.contacts[i] = c;
                    }
                }
                ("d", Some(i)) => {
                    let name = self.sub.contacts[i].name.clone();
                    if self.read_line(&format!("Delete {name}? (y/n):"))?.trim() == "y" {
                        self.sub.contacts.remove(i);
                    }
                }
                ("i", _) if !arg.is_empty() => self.import(arg)?,
                ("x", _) if !arg.is_empty() => {
                    let csv = contacts_csv::export(&self.sub.contacts);
                    match crate::fsio::write_atomic(std::path::Path::new(arg), csv.as_bytes()) {
                        Ok(()) => self.say(&format!("Wrote {arg}.")),
                        Err(e) => self.say(&format!("✗ {arg}: {e}")),
                    }
                }
                _ => {
                    let n = self.sub.contacts.len();
                    self.say(&format!(
                        "✗ {cmd:?}: type a, e N or d N with N between 1 and {n}, i FILE or x FILE"
                    ));
                }
            }
            self.refresh();
            self.save();
        }
    }

    fn import(&mut self, file: &str) -> Answer<()> {
        let bytes = match std::fs::read(file) {
            Ok(b) => b,
            Err(e) => {
                self.say(&format!("✗ {file}: {e}"));
                return Ok(());
            }
        };
        match contacts_csv::import(&bytes) {
            Err(errors) => {
                self.say(&format!(
                    "✗ {} problem(s); nothing was imported:",
                    errors.len()
                ));
                for e in errors {
                    self.say(&format!("  {e}"));
                }
            }
            Ok(imported) => {
                for w in &imported.warnings {
                    self.say(&format!("warning: {w}"));
                }
                let preview = contacts_csv::preview(
                    &self.sub.markets,
                    &self.sub.contacts,
                    &imported.contacts,
                );
                self.say(preview.to_string().trim_end());
                if self.read_line("Replace all contacts? (y/n):")?.trim() == "y" {
                    self.sub.contacts = imported.contacts;
                    self.say("Replaced.");
                } else {
                    self.say("Nothing changed.");
                }
            }
        }
        Ok(())
    }

    /// Asks each column of a contact until the row is valid; None when abandoned with `back`.
    fn contact_form(&mut self, mut c: Contact) -> Answer<Option<Contact>> {
        for field in ContactField::ALL {
            loop {
                let current = field.get(&c);
                if field == ContactField::Role {
                    for (i, r) in Role::ALL.iter().enumerate() {
                        let _ = writeln!(self.out, "  {}. {}", i + 1, r.label());
                    }
                }
                let prompt = match field {
                    ContactField::Role => "Role: enter a number between 1 and 4:".to_string(),
                    _ if current.is_empty() => format!("{}:", field.label()),
                    _ => format!("{} [{current}]:", field.label()),
                };
                let text = match self.ask(&prompt, field.help())? {
                    Reply::Keep => current,
                    Reply::Clear => String::new(),
                    Reply::Back | Reply::Quit => return Ok(None),
                    Reply::Value(v) => v,
                };
                if let Err(e) = field.set(&mut c, &text) {
                    self.say(&format!("✗ {e}"));
                    continue;
                }
                match field.problem(&c) {
                    Some(p) => self.say(&format!("✗ {}: {p}", field.label())),
                    None => break,
                }
            }
        }
        Ok(Some(c))
    }

    fn review(&mut self) -> Answer<Option<Step>> {
        let text = render_checklist(&self.sub, self.sub.rules, &self.report);
        self.say(&text);
        let blockers = self.report.export_blockers();
        if !blockers.is_empty() {
            self.say("Export needs these first:");
            for b in &blockers {
                self.say(&format!("  - {b}"));
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
            let default = format!("{}.export.json", self.name);
            let reply = self.ask(
                &format!("Export to which file? (Enter: {default}, - to skip):"),
                "Writes the submission with the status block.",
            )?;
            let file = match reply {
                Reply::Keep => default,
                Reply::Value(v) => v,
                Reply::Back => return Ok(Some(Step::Revenue)),
                Reply::Clear | Reply::Quit => return Ok(None),
            };
            let doc = crate::export::build(
                &self.sub,
                self.sub.rules,
                &crate::validate::DiskProbe,
                false,
                &crate::export::now_rfc3339(),
            );
            match doc.map_err(|e| e.to_string()).and_then(|d| {
                crate::export::write(std::path::Path::new(&file), &d).map_err(|e| e.to_string())
            }) {
                Ok(()) => {
                    self.say(&format!("Exported to {file}."));
                    return Ok(None);
                }
                Err(e) => self.say(&format!("✗ {e}")),
            }
        }
    }
}

/// Picks or creates the draft, then runs the steps from where it was left.
pub fn run(
    store: &DraftStore,
    draft: Option<&str>,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<()> {
    writeln!(out, "cosell, plain mode. {COMMANDS}")?;
    let path = match draft {
        Some(d) => store.resolve(d)?,
        None => match choose_draft(store, input, out)? {
            Some(p) => p,
            None => {
                writeln!(out, "End of input; nothing was created.")?;
                return Ok(());
            }
        },
    };
    let open = store::open(&path)?;
    let report = evaluate(&open.sub, open.sub.rules);
    let mut step = Step::resume_at(&open.sub);
    let mut p = Plain {
        input,
        out,
        path: open.path,
        name: open.name,
        sub: open.sub,
        report,
        _lock: open.lock,
    };
    let finished = loop {
        match p.step(step) {
            Ok(Some(next)) => step = next,
            Ok(None) => break "Draft saved.",
            Err(Eof) => break "End of input: draft saved.",
        }
    };
    p.save();
    let status = p.report.status.label(p.sub.rules);
    let path = p.path.display().to_string();
    writeln!(
        p.out,
        "{finished} {path} ({status}). Resume with: cosell --plain --draft {}",
        p.name
    )?;
    Ok(())
}

fn choose_draft(
    store: &DraftStore,
    input: &mut dyn BufRead,
    out: &mut dyn Write,
) -> Result<Option<PathBuf>> {
    let drafts = store.list()?;
    let mut read = |prompt: &str, out: &mut dyn Write| -> Result<Option<String>> {
        write!(out, "{prompt} ")?;
        out.flush()?;
        let mut line = String::new();
        Ok((input.read_line(&mut line)? > 0).then(|| line.trim().to_string()))
    };
    let mut edition = Edition::E2021_02;
    if !drafts.is_empty() {
        writeln!(out, "Drafts in {}:", store.dir().display())?;
        for (i, d) in drafts.iter().enumerate() {
            let what = match &d.loaded {
                Ok(s) => format!(
                    "{} ({})",
                    s.offer_name(),
                    evaluate(s, s.rules).status.label(s.rules)
                ),
                Err(e) => format!("unreadable: {e}"),
            };
            writeln!(out, "  {}. {what}", i + 1)?;
        }
        writeln!(out, "  {}. New draft", drafts.len() + 1)?;
        let n = drafts.len() + 1;
        loop {
            let Some(answer) = read(&format!("Enter a number between 1 and {n}:"), out)? else {
                return Ok(None);
            };
            match answer.parse::<usize>() {
                Ok(k) if (1..n).contains(&k) => return Ok(Some(drafts[k - 1].path.clone())),
                Ok(k) if k == n => break,
                _ => writeln!(out, "Enter a number between 1 and {n}.")?,
            }
        }
    }
    loop {
        let Some(answer) = read("Rules edition, 2021-02 or 2020-09 (Enter: 2021-02):", out)? else {
            return Ok(None);
        };
        match answer.as_str() {
            "" => break,
            e => match Edition::parse(e) {
                Some(ed) => {
                    edition = ed;
                    break;
                }
                None => writeln!(out, "Type 2021-02 or 2020-09.")?,
            },
        }
    }
    loop {
        let Some(name) = read("Offer name for the new draft:", out)? else {
            return Ok(None);
        };
        if name.is_empty() {
            writeln!(out, "The offer needs a name.")?;
            continue;
        }
        let (draft, _) = store
            .create(&name, edition)
            .context("cannot create the draft")?;
        writeln!(out, "Created draft {draft} in {}.", store.dir().display())?;
        return Ok(Some(store.path_of(&draft)));
    }
}
