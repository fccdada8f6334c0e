//! The command line's definition: its arguments and commands for clap, the help put into the
//! reader's language from the catalogue, and the usage errors in it.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

use super::EXIT_UNREADABLE;
use crate::contacts_csv::CsvOptions;
use crate::fsio::Target;
use crate::model::Edition;
use crate::present::sanitize;
use crate::wizard::WizardArgs;

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
    pub(super) fn options(&self) -> CsvOptions {
        CsvOptions {
            delimiter: match self.delimiter {
                Delimiter::Comma => b',',
                Delimiter::Semicolon => b';',
            },
            bom: !self.unix,
            crlf: !self.unix,
        }
    }

    pub(super) fn target(&self) -> Target {
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
