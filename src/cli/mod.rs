//! The command line: clap parses, then each command runs over a `DraftSession` (which opens,
//! locks, saves and writes); this module only prints.

use std::process::ExitCode;

use crate::present::sanitize_lines;
use crate::session::SessionError;
use crate::store::{DraftStore, StoreError};
use commands::{contacts, export, kit, status};
use list::list;

pub use args::{
    Cli, Command, ContactsCommand, CsvArgs, Delimiter, choose_language, command, parse,
};

/// `println!` that never panics: a reader that closes the pipe (`| head`) ends the output,
/// which is its choice, not a failure.
macro_rules! say {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stdout(), $($t)*);
    }};
}

/// `print!` that never panics (see `say!`).
macro_rules! say_raw {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = write!(std::io::stdout(), $($t)*);
    }};
}

/// `eprintln!` that never panics (see `say!`).
macro_rules! say_err {
    ($($t:tt)*) => {{
        use std::io::Write as _;
        let _ = writeln!(std::io::stderr(), $($t)*);
    }};
}

mod args;
mod commands;
mod list;

/// Exit code when a file cannot be read or parsed, or the command line is wrong.
pub const EXIT_UNREADABLE: u8 = 2;
/// Exit code when an export or import is refused, or the draft is open elsewhere.
pub const EXIT_REFUSED: u8 = 1;

/// An error with the exit code it should end the process with.
pub struct Fail(u8, anyhow::Error);

impl Fail {
    fn refused(e: impl Into<anyhow::Error>) -> Fail {
        Fail(EXIT_REFUSED, e.into())
    }

    fn unreadable(e: impl Into<anyhow::Error>) -> Fail {
        Fail(EXIT_UNREADABLE, e.into())
    }
}

impl From<StoreError> for Fail {
    fn from(e: StoreError) -> Fail {
        match e {
            StoreError::Locked { .. } => Fail::refused(e),
            _ => Fail::unreadable(e),
        }
    }
}

impl From<SessionError> for Fail {
    fn from(e: SessionError) -> Fail {
        match e {
            SessionError::Store(s) => s.into(),
            SessionError::Export(_) | SessionError::Import(_) => Fail::refused(e),
            SessionError::Kit(crate::kit::KitError::Refused { .. }) => Fail::refused(e),
            _ => Fail::unreadable(e),
        }
    }
}

impl From<anyhow::Error> for Fail {
    fn from(e: anyhow::Error) -> Fail {
        match e.downcast::<StoreError>() {
            Ok(s) => s.into(),
            Err(e) => Fail::unreadable(e),
        }
    }
}

/// Runs the parsed command line; prints errors (sanitised: they may quote file contents).
pub fn main(cli: Cli) -> ExitCode {
    if let Some(Command::Worker { job, path }) = &cli.command {
        return crate::inspect::worker_main(*job, path);
    }
    crate::fsio::errors_instead_of_signals();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(code, e)) => {
            say_err!("cosell: {}", sanitize_lines(&format!("{e:#}")));
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> Result<(), Fail> {
    if matches!(
        cli.command,
        Some(Command::Completions { .. } | Command::Man)
    ) {
        return run_without_store(cli);
    }
    let store = DraftStore::from_env()?;
    match cli.command {
        None => crate::wizard::run(&store, &cli.wizard).map_err(Fail::from),
        Some(Command::List { json }) => list(&store, json),
        Some(Command::Status {
            draft,
            json,
            rules,
            compare,
        }) => status(&store, &draft, json, rules, compare),
        Some(Command::Export {
            draft,
            output,
            kit: Some(dir),
            allow_incomplete,
            rules,
        }) => {
            let _ = output;
            kit(&store, &draft, &dir, allow_incomplete, rules)
        }
        Some(Command::Export {
            draft,
            output,
            kit: None,
            allow_incomplete,
            rules,
        }) => export(&store, &draft, output, allow_incomplete, rules),
        Some(Command::Schema) => {
            say_raw!("{}", crate::export::SCHEMA);
            Ok(())
        }
        Some(Command::Contacts(c)) => contacts(&store, c),
        Some(Command::Completions { .. } | Command::Man | Command::Worker { .. }) => {
            run_without_store(cli)
        }
    }
}

/// Commands that need no drafts folder.
fn run_without_store(cli: Cli) -> Result<(), Fail> {
    let mut cmd = command();
    match cli.command {
        Some(Command::Completions { shell }) => {
            clap_complete::generate(shell, &mut cmd, "cosell", &mut std::io::stdout());
            Ok(())
        }
        _ => clap_mangen::Man::new(cmd)
            .render(&mut std::io::stdout())
            .map_err(Fail::unreadable),
    }
}

/// `y` or `yes` (any case), or a yes of the reader's language (`j`, `ja`, `o`, `oui`).
fn is_yes(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    matches!(a.as_str(), "y" | "yes")
        || crate::t!("cli-import-yes-words")
            .split_whitespace()
            .any(|w| w == a)
}
