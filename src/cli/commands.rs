//! The commands over one draft: `status`, `export`, `kit` and `contacts` (list, import,
//! export).

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use anyhow::anyhow;

use super::args::ContactsCommand;
use super::{Fail, is_yes};
use crate::contacts_csv::{self, ImportError};
use crate::fsio::{self, Protected, Target, Written};
use crate::model::Edition;
use crate::present::{self, sanitize, sanitize_lines};
use crate::session::{DraftSession, SaveState};
use crate::store::DraftStore;

pub(super) fn status(
    store: &DraftStore,
    arg: &str,
    json: bool,
    rules: Option<Edition>,
    compare: bool,
) -> Result<(), Fail> {
    let mut session = DraftSession::read(store, arg)?;
    if compare {
        if json {
            // In English whatever the reader's language: JSON is data.
            let text =
                present::compare_json(session.sub(), session.probe()).map_err(Fail::unreadable)?;
            say!("{text}");
        } else {
            say_raw!(
                "{}",
                present::compare_table(session.sub(), &session.compare())
            );
        }
        return Ok(());
    }
    if json {
        // In English whatever the reader's language: JSON is data.
        let edition = rules.unwrap_or(session.edition());
        let text = present::status_json(session.sub(), edition, session.probe())
            .map_err(Fail::unreadable)?;
        say!("{text}");
        return Ok(());
    }
    // The document checks only add warnings, which the JSON block does not carry.
    session.wait_for_checks(DraftSession::CHECKS_WAIT);
    let report = match rules {
        Some(e) if e != session.edition() => {
            crate::rules::evaluate_with(session.sub(), e, session.probe())
        }
        _ => session.report().clone(),
    };
    say_raw!("{}", present::checklist(session.sub(), &report));
    Ok(())
}

pub(super) fn export(
    store: &DraftStore,
    arg: &str,
    output: Option<String>,
    allow_incomplete: bool,
    rules: Option<Edition>,
) -> Result<(), Fail> {
    let session = DraftSession::read(store, arg)?;
    let target = match output {
        Some(o) => Target::parse(&o),
        None => Target::Path(PathBuf::from(format!("{}.export.json", session.name()))),
    };
    let done = session.export_json(&target, rules, allow_incomplete)?;
    let label = done.file.status.status_label();
    if done.written != Written::Stdout {
        say_err!(
            "{}",
            crate::t!(
                "cli-exported",
                offer = present::offer_name(session.sub()),
                status = label,
                target = sanitize(&target.describe())
            )
        );
    }
    Ok(())
}

pub(super) fn kit(
    store: &DraftStore,
    arg: &str,
    dir: &std::path::Path,
    allow_incomplete: bool,
    rules: Option<Edition>,
) -> Result<(), Fail> {
    let session = DraftSession::read(store, arg)?;
    let show = std::io::stderr().is_terminal();
    let kit = session.export_kit(dir, rules, allow_incomplete, &mut |f| {
        if show {
            eprint!("\r{} {:>3.0}%", crate::t!("cli-kit-progress"), f * 100.0);
        }
    })?;
    if show {
        eprint!("\r");
    }
    say_err!(
        "{}",
        crate::t!(
            "cli-kit-written",
            dir = sanitize(&kit.dir.display().to_string()),
            contacts = kit.contacts,
            documents = kit.documents.len(),
            hint = crate::kit_page::open_hint(&kit.dir)
        )
    );
    Ok(())
}

pub(super) fn contacts(store: &DraftStore, cmd: ContactsCommand) -> Result<(), Fail> {
    match cmd {
        ContactsCommand::Template(args) => {
            let text = contacts_csv::template_with(args.options());
            let protected = Protected::new(store.dir(), &[]);
            let written = fsio::write_output(&args.target(), text.as_bytes(), &protected)
                .map_err(Fail::unreadable)?;
            if written != Written::Stdout {
                say_err!(
                    "{}",
                    crate::t!("cli-wrote", target = sanitize(&args.target().describe()))
                );
            }
            say_err!("{}", contacts_csv::TEMPLATE_GUIDE);
            Ok(())
        }
        ContactsCommand::Export { draft, csv } => {
            let session = DraftSession::read(store, &draft)?;
            let written = session.export_csv(&csv.target(), csv.options())?;
            if written != Written::Stdout {
                say_err!(
                    "{}",
                    crate::t!(
                        "cli-wrote-contacts",
                        count = session.sub().contacts.len(),
                        target = sanitize(&csv.target().describe())
                    )
                );
            }
            Ok(())
        }
        ContactsCommand::Import { draft, csv, yes } => import(store, &draft, &csv, yes),
    }
}

fn import(store: &DraftStore, draft: &str, csv: &std::path::Path, yes: bool) -> Result<(), Fail> {
    let mut session = DraftSession::open(store, draft)?;
    let plan = match session.preview_import(csv) {
        Ok(p) => p,
        Err(e @ ImportError::Unreadable { .. }) => return Err(Fail::unreadable(e)),
        Err(e) => {
            return Err(Fail::refused(anyhow!("{}: {e}", csv.display())));
        }
    };
    for w in &plan.imported.warnings {
        say_err!(
            "{}",
            crate::t!("cli-import-warning", warning = sanitize(&w.to_string()))
        );
    }
    eprint!("{}", sanitize_lines(&plan.preview.to_string()));
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Fail::refused(anyhow!(
                "{}",
                crate::t!("cli-import-not-replaced")
            )));
        }
        eprint!(
            "{}",
            crate::t!("cli-import-ask", offer = present::offer_name(session.sub()))
        );
        let _ = std::io::stderr().flush();
        let mut answer = String::new();
        std::io::stdin()
            .read_line(&mut answer)
            .map_err(Fail::unreadable)?;
        if !is_yes(&answer) {
            return Err(Fail::refused(anyhow!(
                "{}",
                crate::t!("cli-import-declined")
            )));
        }
    }
    let n = plan.imported.contacts.len();
    session.apply_import(plan);
    let path = session.path().display().to_string();
    if let Err(e) = session.flush() {
        // Someone else's change to the file is theirs to keep: refused, not a broken file.
        return Err(
            if matches!(session.save_state(), SaveState::Conflict { .. }) {
                Fail::refused(anyhow!("{e}"))
            } else {
                Fail::unreadable(anyhow!("{e}"))
            },
        );
    }
    session
        .close()
        .map_err(|e| Fail::unreadable(anyhow!("{e}")))?;
    say_err!(
        "{}",
        crate::t!("cli-imported", count = n, path = sanitize(&path))
    );
    Ok(())
}
