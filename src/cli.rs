//! The command line: clap parses, then each command runs over a `DraftSession` (which opens,
//! locks, saves and writes); this module only prints.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::anyhow;
use clap::{Parser, Subcommand, ValueEnum};

use crate::contacts_csv::{self, CsvOptions, ImportError};
use crate::fsio::{self, Protected, Target, Written};
use crate::model::Edition;
use crate::present::{self, sanitize, sanitize_lines};
use crate::session::{DraftSession, SaveState, SessionError};
use crate::store::{DraftStore, StoreError};
use crate::wizard::WizardArgs;

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

/// Exit code when a file cannot be read or parsed, or the command line is wrong.
pub const EXIT_UNREADABLE: u8 = 2;
/// Exit code when an export or import is refused, or the draft is open elsewhere.
pub const EXIT_REFUSED: u8 = 1;

// Every word of the help (about, each argument, the examples) is in assets/i18n, put in by
// `command()`: `cli-help-<command>-<argument>`.
#[derive(Debug, Parser)]
#[command(name = "cosell", version)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub wizard: WizardArgs,
    #[arg(long, global = true, value_name = "LANG", value_parser = lang_parser())]
    pub lang: Option<String>,
}

/// The command line to parse, with every help text in the reader's language (the derive gives
/// the structure, the catalogue the words). `cosell man` and `completions` use it too.
pub fn command() -> clap::Command {
    let mut cmd = <Cli as clap::CommandFactory>::command()
        .about(crate::t!("cli-about"))
        .long_about(long_about())
        .after_help(crate::t!("cli-after-help"));
    // Building adds the --help and --version flags and the help command, whose words are
    // localized below with the rest.
    cmd.build();
    localize(cmd, "main")
}

/// Parses the arguments; exits with clap's message (and code 2) when they are wrong, and with
/// the help or version when asked. Arguments that parse need no words, so only the others pay for
/// the localized command line (`cosell` starts faster, which the kill tests of
/// `tests/reliability.rs` count on).
pub fn parse(args: Vec<std::ffi::OsString>) -> Cli {
    use clap::FromArgMatches;
    let matches = match <Cli as clap::CommandFactory>::command().try_get_matches_from(&args) {
        Ok(m) => m,
        Err(_) => match command().try_get_matches_from(args) {
            Ok(m) => m,
            Err(e) => usage_error(e),
        },
    };
    Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit())
}

/// A usage error in the reader's language (clap's own words are English): the kinds a person
/// meets (an unknown command or option, a missing or invalid value) get a message from the
/// catalogue, with clap's usage hint; help, version and every other kind are clap's.
fn usage_error(e: clap::Error) -> ! {
    use clap::error::{ContextKind, ErrorKind};
    let ctx = |k: ContextKind| e.get(k).map(|v| sanitize(&v.to_string()).into_owned());
    let text = match e.kind() {
        _ if crate::i18n::current() == crate::i18n::Lang::EN => None,
        ErrorKind::InvalidSubcommand => ctx(ContextKind::InvalidSubcommand)
            .map(|name| crate::t!("cli-error-unknown-command", name = name)),
        ErrorKind::UnknownArgument => ctx(ContextKind::InvalidArg)
            .map(|name| crate::t!("cli-error-unknown-argument", name = name)),
        ErrorKind::MissingRequiredArgument => {
            ctx(ContextKind::InvalidArg).map(|names| crate::t!("cli-error-missing", names = names))
        }
        ErrorKind::InvalidValue => {
            match (ctx(ContextKind::InvalidValue), ctx(ContextKind::InvalidArg)) {
                (Some(value), Some(arg)) => Some(crate::t!(
                    "cli-error-invalid-value",
                    value = value,
                    arg = arg,
                    choices = ctx(ContextKind::ValidValue).unwrap_or_default()
                )),
                _ => None,
            }
        }
        _ => None,
    };
    match text {
        Some(text) => {
            say_err!("cosell: {text}");
            say_err!("{}", crate::t!("cli-error-try-help"));
            std::process::exit(EXIT_UNREADABLE.into())
        }
        None => e.exit(),
    }
}

/// The catalogue key of a command's help (`path`: `main`, `status`, `contacts-import`) or of one
/// of its arguments.
fn help_key(path: &str, arg: Option<&str>) -> String {
    match arg {
        Some("help" | "version" | "lang") => format!("cli-help-arg-{}", arg.unwrap_or_default()),
        Some(a) => format!("cli-help-{path}-{}", a.replace('_', "-")),
        None => format!("cli-help-{path}"),
    }
}

/// Puts the catalogue's words into a built command and its subcommands: about, every visible
/// argument's help, the usage line and section headings.
fn localize(cmd: clap::Command, path: &str) -> clap::Command {
    let style = *cmd.get_styles().get_usage();
    let template = format!(
        "{{before-help}}{{about-with-newline}}\n{style}{}{style:#} {{usage}}\n\n{{all-args}}{{after-help}}",
        crate::t!("cli-heading-usage")
    );
    let long_help = cmd
        .get_arguments()
        .find(|a| a.get_id() == "help")
        .is_some_and(|a| a.get_long_help().is_some());
    let options = leak(crate::t!("cli-heading-options"));
    let arguments = leak(crate::t!("cli-heading-arguments"));
    let mut cmd = cmd.help_template(template);
    // clap's own heading is the English one (and `cosell man` names its section after it).
    let english = crate::i18n::current() == crate::i18n::Lang::EN;
    if !english {
        cmd = cmd.subcommand_help_heading(leak(crate::t!("cli-heading-commands")));
    }
    let mut cmd = cmd.mut_args(|a| {
        if a.is_hide_set() {
            return a;
        }
        let id = a.get_id().as_str().to_owned();
        let key = help_key(path, Some(&id));
        let heading = if a.is_positional() {
            arguments
        } else {
            options
        };
        // A heading of its own puts the argument in its own section, sorted by display
        // order: the positions keep their order.
        let a = match a.get_index() {
            Some(i) => a.display_order(i),
            None => a,
        }
        .help_heading(heading);
        // Their help names the values (and the default) in the reader's language; clap's
        // `[possible values: …]` would say it again in English.
        let a = match id.as_str() {
            "lang" | "shell" | "delimiter" if !english => {
                a.hide_possible_values(true).hide_default_value(true)
            }
            _ => a,
        };
        match id.as_str() {
            "help" if long_help => a
                .help(crate::t!("cli-help-arg-help.more"))
                .long_help(crate::t!("cli-help-arg-help.summary")),
            "lang" => a.help(crate::t!(
                "cli-help-arg-lang",
                codes = crate::i18n::Lang::codes()
            )),
            // The editions with their summaries, under a heading in the reader's language
            // (clap writes English `Possible values:`).
            "rules" if !english => {
                let help = crate::i18n::tr(&key, &[]);
                let editions: Vec<String> = Edition::ALL
                    .iter()
                    .rev()
                    .map(|e| format!("- {}: {}", e.as_str(), e.summary()))
                    .collect();
                let long = format!(
                    "{help}\n\n{}\n{}",
                    crate::t!("cli-help-editions"),
                    editions.join("\n")
                );
                a.hide_possible_values(true).help(help).long_help(long)
            }
            _ if crate::i18n::has(&key) => a.help(crate::i18n::tr(&key, &[])),
            _ => a,
        }
    });
    if path != "main" {
        let key = if cmd.get_name() == "help" {
            "cli-help-help".to_owned()
        } else {
            help_key(path, None)
        };
        if crate::i18n::has(&key) {
            cmd = cmd.about(crate::i18n::tr(&key, &[]));
        }
    }
    cmd.mut_subcommands(|sc| {
        if sc.is_hide_set() {
            return sc;
        }
        if sc.get_name() == "help" {
            // `cosell help` and its copies of the commands (for completions).
            let sc = localize(sc, "help");
            return sc.mut_subcommands(|c| help_tree(c, path));
        }
        let sub = sub_path(path, sc.get_name());
        localize(sc, &sub)
    })
}

/// A heading for clap, which keeps only `'static` names: the command line is built once per
/// process, so the few headings live as long as it does.
fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

fn sub_path(path: &str, name: &str) -> String {
    match path {
        "main" => name.to_owned(),
        _ => format!("{path}-{name}"),
    }
}

/// The help command's copies of the commands: their about, as the commands have it.
fn help_tree(cmd: clap::Command, parent: &str) -> clap::Command {
    let path = sub_path(parent, cmd.get_name());
    let key = match cmd.get_name() {
        "help" => "cli-help-help".to_owned(),
        _ => help_key(&path, None),
    };
    let cmd = match crate::i18n::has(&key) {
        true => cmd.about(crate::i18n::tr(&key, &[])),
        false => cmd,
    };
    cmd.mut_subcommands(|c| help_tree(c, &path))
}

fn lang_parser() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(crate::i18n::Lang::all().map(crate::i18n::Lang::code))
}

/// Chooses the language before the command line is parsed (its help and errors are in it):
/// `--lang X` or `--lang=X` in the arguments, then the environment (see `i18n::choose`).
pub fn choose_language(args: &[std::ffi::OsString]) {
    let mut flag = None;
    let mut it = args.iter().skip(1).map(|a| a.to_string_lossy());
    while let Some(a) = it.next() {
        if a == "--" {
            break;
        } else if a == "--lang" {
            flag = it.next().map(|v| v.into_owned());
        } else if let Some(v) = a.strip_prefix("--lang=") {
            flag = Some(v.to_owned());
        }
    }
    match crate::i18n::choose(flag.as_deref(), |k| std::env::var(k).ok()) {
        crate::i18n::Choice::Chosen(l) => crate::i18n::set(l),
        // An unknown --lang is clap's error to report; an unknown COSELL_LANG gets a note.
        crate::i18n::Choice::Unknown { variable, value } => {
            if variable != "--lang" {
                say_err!(
                    "{}",
                    crate::t!(
                        "lang-unknown",
                        variable = variable,
                        value = sanitize(&value).into_owned(),
                        codes = crate::i18n::Lang::codes()
                    )
                );
            }
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    List {
        #[arg(long)]
        json: bool,
    },
    Status {
        draft: String,
        #[arg(long)]
        json: bool,
        #[arg(long, value_parser = edition_parser(), value_name = "EDITION")]
        rules: Option<Edition>,
        #[arg(long, conflicts_with = "rules")]
        compare: bool,
    },
    Export {
        draft: String,
        #[arg(short, long, value_name = "FILE", conflicts_with = "kit")]
        output: Option<String>,
        #[arg(long, value_name = "DIR")]
        kit: Option<PathBuf>,
        #[arg(long)]
        allow_incomplete: bool,
        #[arg(long, value_parser = edition_parser(), value_name = "EDITION")]
        rules: Option<Edition>,
    },
    Schema,
    Completions {
        shell: clap_complete::Shell,
    },
    Man,
    #[command(subcommand)]
    Contacts(ContactsCommand),
    #[command(name = "__worker", hide = true)]
    Worker {
        #[arg(value_enum)]
        job: crate::inspect::WorkerJob,
        path: PathBuf,
    },
}

#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum Delimiter {
    #[value(name = ",")]
    Comma,
    #[value(name = ";")]
    Semicolon,
}

#[derive(Debug, clap::Args)]
pub struct CsvArgs {
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<String>,
    #[arg(long, value_enum, default_value = ",")]
    pub delimiter: Delimiter,
    #[arg(long)]
    pub unix: bool,
}

impl CsvArgs {
    fn options(&self) -> CsvOptions {
        CsvOptions {
            delimiter: match self.delimiter {
                Delimiter::Comma => b',',
                Delimiter::Semicolon => b';',
            },
            bom: !self.unix,
            crlf: !self.unix,
        }
    }

    fn target(&self) -> Target {
        self.output.as_deref().map_or(Target::Stdout, Target::parse)
    }
}

#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    Template(CsvArgs),
    Import {
        draft: String,
        csv: PathBuf,
        #[arg(long)]
        yes: bool,
    },
    Export {
        draft: String,
        #[command(flatten)]
        csv: CsvArgs,
    },
}

/// `--rules`: the editions from `Edition::ALL`, each with its summary (for `--help` and shell
/// completions).
fn edition_parser() -> impl clap::builder::TypedValueParser<Value = Edition> {
    use clap::builder::TypedValueParser;
    let values = Edition::ALL
        .iter()
        .rev()
        .map(|e| clap::builder::PossibleValue::new(e.as_str()).help(e.summary()));
    clap::builder::PossibleValuesParser::new(values).try_map(|s: String| {
        Edition::parse(&s).ok_or_else(|| {
            crate::t!(
                "cli-not-an-edition",
                value = format!("{s:?}"),
                names = Edition::names()
            )
        })
    })
}

/// `--help`'s description, with every rules edition from the editions' own tables.
fn long_about() -> String {
    let editions: Vec<String> = Edition::ALL
        .iter()
        .rev()
        .map(|e| {
            let default = if *e == Edition::NEWEST {
                crate::t!("cli-long-about-default-edition")
            } else {
                String::new()
            };
            format!("  {}  {}{default}", e.as_str(), e.summary())
        })
        .collect();
    crate::t!("cli-long-about", editions = editions.join("\n"))
}

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

fn list(store: &DraftStore, json: bool) -> Result<(), Fail> {
    let drafts = store.list()?;
    if json {
        // Data: the same in every language (the status label and errors in English).
        let rows = crate::i18n::with(crate::i18n::Lang::EN, || list_json(&drafts));
        let text = serde_json::to_string_pretty(&rows).map_err(Fail::unreadable)?;
        say!("{text}");
        return Ok(());
    }
    list_text(store, &drafts)
}

/// `list --json`'s rows.
fn list_json(drafts: &[crate::store::DraftInfo]) -> Vec<serde_json::Value> {
    let rows: Vec<serde_json::Value> = drafts
        .iter()
        .map(|d| {
            let modified = d.modified.map(rfc3339_local);
            match &d.loaded {
                Ok(sub) => {
                    let report = crate::rules::evaluate_at(sub, &d.path);
                    serde_json::json!({
                        "name": d.name,
                        "path": d.path.display().to_string(),
                        "offer": sub.offer.name,
                        "rules": sub.rules,
                        "status": report.status,
                        "status_label": report.status_label(),
                        "completeness": report.completeness(),
                        "modified": modified,
                        "error": null,
                    })
                }
                Err(e) => serde_json::json!({
                    "name": d.name,
                    "path": d.path.display().to_string(),
                    "offer": null, "rules": null, "status": null, "status_label": null,
                    "completeness": null,
                    "modified": modified,
                    "error": e.to_string(),
                }),
            }
        })
        .collect();
    rows
}

fn list_text(store: &DraftStore, drafts: &[crate::store::DraftInfo]) -> Result<(), Fail> {
    let dir = sanitize(&store.dir().display().to_string()).into_owned();
    if drafts.is_empty() {
        say!("{}", crate::t!("cli-list-empty", dir = dir));
        return Ok(());
    }
    say!("{}", crate::t!("cli-list-title", dir = dir));
    let rows: Vec<ListRow> = drafts
        .iter()
        .map(|d| {
            let name = sanitize(&d.name).into_owned();
            let modified = d.modified.map(list_time).unwrap_or_default();
            match &d.loaded {
                Ok(sub) => {
                    let report = crate::rules::evaluate_at(sub, &d.path);
                    ListRow::Draft([
                        name,
                        present::offer_name(sub),
                        crate::t!(
                            "cli-list-status-rules",
                            status = report.status_label(),
                            rules = sub.rules.to_string()
                        ),
                        crate::i18n::percent(report.completeness().into()),
                        modified,
                    ])
                }
                Err(e) => ListRow::Unreadable(name, sanitize(&e.to_string()).into_owned()),
            }
        })
        .collect();
    // Whole names into a pipe or file; fitted to the window in a terminal.
    let width = if std::io::stdout().is_terminal() {
        crossterm::terminal::size()
            .ok()
            .map(|(w, _)| usize::from(w))
    } else {
        None
    };
    for line in list_lines(&rows, width) {
        say!("{line}");
    }
    Ok(())
}

/// One line of `cosell list`: name, offer, status, done, modified; or a draft it cannot read.
enum ListRow {
    Draft([String; 5]),
    Unreadable(String, String),
}

/// The column titles of `cosell list`.
fn list_header() -> [String; 5] {
    [
        "cli-list-name",
        "cli-list-offer",
        "cli-list-status",
        "cli-list-done",
        "cli-list-modified",
    ]
    .map(|k| crate::i18n::tr(k, &[]))
}

/// When a draft last changed, in the reader's local time: `26 Nov 2026 12:19`.
fn list_time(t: std::time::SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let t = time::UtcOffset::current_local_offset()
        .map(|o| t.to_offset(o))
        .unwrap_or(t);
    crate::t!(
        "cli-list-when",
        date = crate::i18n::date(t.date()),
        time = format!("{:02}:{:02}", t.hour(), t.minute())
    )
}

/// The list as lines: columns as wide as their widest cell, or, given a terminal width, the name,
/// offer and status columns shrunk (widest first, never below 8) until the line fits.
fn list_lines(rows: &[ListRow], width: Option<usize>) -> Vec<String> {
    let chars = |s: &str| s.chars().count();
    let header = list_header();
    let mut widths: Vec<usize> = header.iter().map(|h| chars(h)).collect();
    for r in rows {
        match r {
            ListRow::Draft(cells) => {
                for (w, c) in widths.iter_mut().zip(cells) {
                    *w = (*w).max(chars(c));
                }
            }
            ListRow::Unreadable(name, _) => widths[0] = widths[0].max(chars(name)),
        }
    }
    if let Some(total) = width {
        let line = |w: &[usize]| w.iter().sum::<usize>() + 2 * (w.len() - 1);
        while line(&widths) > total {
            let Some(widest) = (0..3).filter(|i| widths[*i] > 8).max_by_key(|i| widths[*i]) else {
                break;
            };
            widths[widest] -= 1;
        }
    }
    let fit = |s: &str, w: usize| present::truncate(s, w);
    let render = |cells: [&str; 5]| {
        let mut out = String::new();
        for (i, (c, w)) in cells.iter().zip(&widths).enumerate() {
            let c = fit(c, *w);
            match i {
                3 => out.push_str(&format!("{c:>w$}")),
                4 => out.push_str(&c),
                _ => out.push_str(&format!("{c:<w$}")),
            }
            if i < 4 {
                out.push_str("  ");
            }
        }
        out.trim_end().to_string()
    };
    let [h0, h1, h2, h3, h4] = &header;
    let mut out = vec![render([h0, h1, h2, h3, h4])];
    for r in rows {
        out.push(match r {
            ListRow::Draft([a, b, c, d, e]) => render([a, b, c, d, e]),
            ListRow::Unreadable(name, error) => {
                let text = format!(
                    "{:<w$}  {}",
                    fit(name, widths[0]),
                    crate::t!("cli-list-unreadable", error = error.as_str()),
                    w = widths[0]
                );
                match width {
                    Some(total) => fit(&text, total),
                    None => text,
                }
            }
        });
    }
    out
}

/// A moment as RFC 3339 with the local offset (`2026-11-26T12:19:30+01:00`), UTC (`Z`) when the
/// offset is not known.
fn rfc3339_local(t: std::time::SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let t = time::UtcOffset::current_local_offset()
        .map(|o| t.to_offset(o))
        .unwrap_or(t);
    t.replace_nanosecond(0)
        .ok()
        .and_then(|t| {
            t.format(&time::format_description::well_known::Rfc3339)
                .ok()
        })
        .unwrap_or_default()
}

fn status(
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

fn export(
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

fn kit(
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

fn contacts(store: &DraftStore, cmd: ContactsCommand) -> Result<(), Fail> {
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

/// `y` or `yes` (any case), or a yes of the reader's language (`j`, `ja`, `o`, `oui`).
fn is_yes(answer: &str) -> bool {
    let a = answer.trim().to_lowercase();
    matches!(a.as_str(), "y" | "yes")
        || crate::t!("cli-import-yes-words")
            .split_whitespace()
            .any(|w| w == a)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc3339_utc_of(t: std::time::SystemTime) -> String {
        time::OffsetDateTime::from(t)
            .format(&time::format_description::well_known::Rfc3339)
            .unwrap_or_default()
    }

    #[test]
    fn list_prints_whole_names_or_fits_a_width() {
        let long = "a-very-long-draft-name-that-a-team-chose-for-its-repository-of-offers";
        let rows = vec![
            ListRow::Draft([
                long.into(),
                "Contoso Insights for the Enterprise".into(),
                "Azure IP co-sell eligible (2023-08)".into(),
                "100%".into(),
                "2026-11-26 12:19".into(),
            ]),
            ListRow::Unreadable(
                "broken".into(),
                "x.json: not JSON (line 1, column 1)".into(),
            ),
        ];
        let whole = list_lines(&rows, None);
        assert!(whole[1].starts_with(long), "{whole:?}");
        assert!(whole[1].contains("Contoso Insights for the Enterprise"));
        assert!(!whole.iter().any(|l| l.contains('…')));
        // Three columns of at least 8, two fixed ones and separators: 59 is the narrowest fit.
        for width in [59, 60, 80, 120] {
            let fitted = list_lines(&rows, Some(width));
            for line in &fitted {
                assert!(line.chars().count() <= width, "{width}: {line:?}");
            }
            assert!(
                fitted[1].ends_with("2026-11-26 12:19"),
                "{width}: {fitted:?}"
            );
            assert!(fitted[1].contains('…'), "{width}: {fitted:?}");
        }
        assert_eq!(
            list_lines(&rows, Some(250)),
            whole,
            "nothing cut when it fits"
        );
    }

    #[test]
    fn list_times_are_rfc3339_with_an_offset() {
        let t = std::time::UNIX_EPOCH + std::time::Duration::from_secs(1_764_160_770);
        let s = rfc3339_local(t);
        // 2025-11-26T12:39:30 in some offset: date, T, time, then Z or ±HH:MM.
        let (stamp, offset) = s.split_at(19);
        assert_eq!(stamp.as_bytes()[10], b'T', "{s}");
        assert!(
            offset == "Z" || (offset.len() == 6 && offset.starts_with(['+', '-'])),
            "{s}"
        );
        let utc = rfc3339_utc_of(t);
        assert_eq!(&utc[..10], "2025-11-26");
        assert!(offset != "Z" || s == utc, "{s} vs {utc}");
    }
}
