//! The command line: parses with clap, then runs a command over the core or opens a front end.

use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow};
use clap::{Args, Parser, Subcommand};

use crate::model::{Edition, Submission, geo};
use crate::rules::{self, RequirementState, StatusReport, Tier};
use crate::store::{self, DraftStore, StoreError};
use crate::{contacts_csv, export};

/// Exit code when a file cannot be read or parsed, or the command line is wrong.
pub const EXIT_UNREADABLE: u8 = 2;
/// Exit code when an export or import is refused.
pub const EXIT_REFUSED: u8 = 1;

#[derive(Debug, Parser)]
#[command(
    name = "cosell",
    version,
    about = "Fill in the Co-sell with Microsoft tab of a Partner Center offer, see which co-sell status it earns, and export it",
    long_about = "Fill in the Co-sell with Microsoft tab of a Partner Center offer, see which co-sell \
status it earns (Not co-sell ready, Co-sell ready, Azure IP co-sell incentivized, Business \
Applications ISV Connect Premium) and why, and export the submission as JSON.\n\n\
Without a command, cosell opens the wizard: a full-screen form with a live status panel. Drafts \
are saved on every change in the drafts folder (COSELL_HOME, or your data folder).",
    after_help = "Examples:\n  \
cosell                                   open the wizard (resume or start a draft)\n  \
cosell --plain                           the same steps as line prompts\n  \
cosell list                              drafts with their status\n  \
cosell status contoso-insights           which requirements hold, and why\n  \
cosell status ./offer.json --json        the status block as JSON\n  \
cosell export contoso-insights -o out.json\n  \
cosell contacts template -o contacts.csv\n  \
cosell contacts import contoso-insights contacts.csv\n\n\
Exit codes: 0 ok, 1 refused (incomplete export, invalid import), 2 unreadable file or bad usage."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub wizard: WizardArgs,
}

#[derive(Debug, Args, Clone, Default)]
pub struct WizardArgs {
    /// Line prompts instead of the full-screen wizard (automatic when TERM=dumb or output is piped)
    #[arg(long)]
    pub plain: bool,
    /// Black-and-white theme that marks focus and errors with characters (also NO_COLOR)
    #[arg(long)]
    pub mono: bool,
    /// Open this draft (a name from `cosell list`, or a path) instead of the start screen
    #[arg(long, value_name = "DRAFT")]
    pub draft: Option<String>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// List the drafts with offer name, status, completeness and last change
    List,
    /// Print the co-sell status of a draft: every requirement, met or not, and why
    Status {
        /// A draft name (see `cosell list`), or the path of a draft or export file
        draft: String,
        /// Print the status block as JSON (spec §7)
        #[arg(long)]
        json: bool,
        /// Rule edition to evaluate with (default: the file's `rules`)
        #[arg(long, value_parser = parse_edition)]
        rules: Option<Edition>,
    },
    /// Export the completed submission as JSON with document fingerprints and the status block
    Export {
        /// A draft name, or the path of a draft file
        draft: String,
        /// Where to write (default: NAME.export.json in the current folder)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
        /// Export even while tab requirements are unmet or values are invalid
        #[arg(long)]
        allow_incomplete: bool,
        /// Rule edition to evaluate with (default: the file's `rules`)
        #[arg(long, value_parser = parse_edition)]
        rules: Option<Edition>,
    },
    /// Print the JSON Schema of the submission file
    Schema,
    /// Partner Center contacts CSV: template, import, export
    #[command(subcommand)]
    Contacts(ContactsCommand),
}

#[derive(Debug, Subcommand)]
pub enum ContactsCommand {
    /// Write the CSV template Partner Center imports (header and one example row)
    Template {
        /// Where to write (default: standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Replace a draft's contacts with those of a CSV file (shows what changes and asks first)
    Import {
        /// A draft name, or the path of a draft file
        draft: String,
        /// The CSV file (comma or semicolon separated, UTF-8)
        csv: PathBuf,
        /// Replace without asking
        #[arg(long)]
        yes: bool,
    },
    /// Write a draft's contacts as a Partner Center CSV
    Export {
        /// A draft name, or the path of a draft file
        draft: String,
        /// Where to write (default: standard output)
        #[arg(short, long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

fn parse_edition(s: &str) -> Result<Edition, String> {
    Edition::parse(s).ok_or_else(|| format!("{s:?} is not a rule edition; use 2021-02 or 2020-09"))
}

/// An error with the exit code it should end the process with.
struct Fail(u8, anyhow::Error);

impl From<anyhow::Error> for Fail {
    fn from(e: anyhow::Error) -> Fail {
        let code = match e.downcast_ref::<StoreError>() {
            Some(StoreError::Locked { .. }) => EXIT_REFUSED,
            _ => EXIT_UNREADABLE,
        };
        Fail(code, e)
    }
}

pub fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Fail(code, e)) => {
            eprintln!("cosell: {e:#}");
            ExitCode::from(code)
        }
    }
}

fn run(cli: Cli) -> Result<(), Fail> {
    let store = DraftStore::from_env().map_err(anyhow::Error::from)?;
    match cli.command {
        None => crate::frontends::run_wizard(&store, &cli.wizard).map_err(Fail::from),
        Some(Command::List) => list(&store).map_err(Fail::from),
        Some(Command::Status { draft, json, rules }) => status(&store, &draft, json, rules),
        Some(Command::Export {
            draft,
            output,
            allow_incomplete,
            rules,
        }) => export_cmd(&store, &draft, output, allow_incomplete, rules),
        Some(Command::Schema) => {
            let schema = schemars::schema_for!(Submission);
            println!(
                "{}",
                serde_json::to_string_pretty(&schema).map_err(anyhow::Error::from)?
            );
            Ok(())
        }
        Some(Command::Contacts(c)) => contacts(&store, c),
    }
}

fn load_arg(store: &DraftStore, arg: &str) -> Result<(PathBuf, Submission), Fail> {
    let path = store.resolve(arg).map_err(anyhow::Error::from)?;
    let sub = store::load(&path).map_err(anyhow::Error::from)?;
    Ok((path, sub))
}

/// How many of the requirements that apply are met, as a percentage.
pub fn completeness(report: &StatusReport) -> u32 {
    let applicable = report
        .requirements
        .iter()
        .filter(|r| r.tier == Tier::CoSellReady && r.state != RequirementState::NotApplicable)
        .count()
        .max(1);
    let met = report
        .requirements
        .iter()
        .filter(|r| r.tier == Tier::CoSellReady && r.state == RequirementState::Met)
        .count();
    (met * 100 / applicable) as u32
}

fn list(store: &DraftStore) -> Result<()> {
    let drafts = store.list()?;
    if drafts.is_empty() {
        println!(
            "No drafts in {}. Run `cosell` to start one.",
            store.dir().display()
        );
        return Ok(());
    }
    println!("Drafts in {}:", store.dir().display());
    println!(
        "{:<28} {:<30} {:<30} {:>5}  MODIFIED",
        "NAME", "OFFER", "STATUS", "DONE"
    );
    for d in drafts {
        let modified = d.modified.map(format_time).unwrap_or_default();
        match &d.loaded {
            Ok(sub) => {
                let report = rules::evaluate(sub, sub.rules);
                println!(
                    "{:<28} {:<30} {:<30} {:>4}%  {}",
                    d.name,
                    truncate(sub.offer_name(), 30),
                    report.status.label(sub.rules),
                    completeness(&report),
                    modified
                );
            }
            Err(e) => println!("{:<28} unreadable: {e}", d.name),
        }
    }
    Ok(())
}

pub fn format_time(t: std::time::SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let t = time::UtcOffset::current_local_offset()
        .map(|o| t.to_offset(o))
        .unwrap_or(t);
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    t.format(&fmt).unwrap_or_default()
}

fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n - 1).collect();
    t.push('…');
    t
}

/// The human checklist of `cosell status`, also printed by the plain mode.
pub fn render_checklist(sub: &Submission, edition: Edition, report: &StatusReport) -> String {
    let mut out = String::new();
    let offer_type = sub
        .offer
        .offer_type
        .map(|t| t.label())
        .unwrap_or("offer type not chosen");
    out.push_str(&format!(
        "{} ({offer_type}), rules {edition}\nStatus: {}\n",
        sub.offer_name(),
        report.status.label(edition)
    ));
    let tiers = [
        (Tier::CoSellReady, "Co-sell ready"),
        (
            Tier::AzureIpCoSellIncentivized,
            "Azure IP co-sell incentivized",
        ),
        (
            Tier::BizAppsIsvConnectPremium,
            "Business Applications ISV Connect Premium",
        ),
    ];
    for (tier, name) in tiers {
        out.push_str(&format!("\n{name}\n"));
        for r in report.requirements.iter().filter(|r| r.tier == tier) {
            let (mark, word) = match r.state {
                RequirementState::Met => ("[x]", "met"),
                RequirementState::Unmet => ("[ ]", "NOT MET"),
                RequirementState::NotApplicable => ("[-]", "n/a"),
            };
            out.push_str(&format!(
                "  {mark} {:<16} {:<8} {}\n      {}\n",
                r.id.as_str(),
                word,
                r.id.title(),
                r.detail
            ));
        }
    }
    let uncovered = crate::coverage::uncovered_markets(&sub.markets, &sub.contacts);
    if !uncovered.is_empty() {
        out.push_str("\nMarkets without a Partner sales contact:\n");
        for m in uncovered {
            out.push_str(&format!("  {m}  {}\n", geo::country_name(m)));
        }
    }
    out.push_str("\nBenefits unlocked:\n");
    if report.benefits.is_empty() {
        out.push_str("  none yet\n");
    }
    for b in &report.benefits {
        out.push_str(&format!("  {:<21} {}\n", b.code(), b.description()));
    }
    if !report.problems.is_empty() {
        out.push_str("\nInvalid values (block export):\n");
        for p in &report.problems {
            out.push_str(&format!("  {p}\n"));
        }
    }
    if !report.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &report.warnings {
            out.push_str(&format!("  {w}\n"));
        }
    }
    match report.next_to_do() {
        Some(r) => out.push_str(&format!("\nNext: {} {}\n", r.id.as_str(), r.detail)),
        None => out.push_str("\nNothing left to do for the rungs this offer can reach.\n"),
    }
    out
}

fn status(
    store: &DraftStore,
    arg: &str,
    json: bool,
    rules_arg: Option<Edition>,
) -> Result<(), Fail> {
    let (_, sub) = load_arg(store, arg)?;
    let edition = rules_arg.unwrap_or(sub.rules);
    let report = rules::evaluate(&sub, edition);
    if json {
        let text = serde_json::to_string_pretty(&report).map_err(anyhow::Error::from)?;
        println!("{text}");
    } else {
        print!("{}", render_checklist(&sub, edition, &report));
    }
    Ok(())
}

fn export_cmd(
    store: &DraftStore,
    arg: &str,
    output: Option<PathBuf>,
    allow_incomplete: bool,
    rules_arg: Option<Edition>,
) -> Result<(), Fail> {
    let (path, sub) = load_arg(store, arg)?;
    let edition = rules_arg.unwrap_or(sub.rules);
    let out_path = output.unwrap_or_else(|| {
        let stem = path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "submission".into());
        PathBuf::from(format!("{stem}.export.json"))
    });
    if same_file(&out_path, &path) {
        return Err(Fail(
            EXIT_UNREADABLE,
            anyhow!(
                "{}: the export would overwrite the draft itself; choose another -o FILE",
                out_path.display()
            ),
        ));
    }
    let doc = export::build(
        &sub,
        edition,
        &crate::validate::DiskProbe,
        allow_incomplete,
        &export::now_rfc3339(),
    )
    .map_err(|e| Fail(EXIT_REFUSED, e.into()))?;
    export::write(&out_path, &doc).map_err(|e| Fail(EXIT_UNREADABLE, e.into()))?;
    let status = doc
        .status
        .as_ref()
        .map(|s| s.status.label(edition))
        .unwrap_or("");
    eprintln!(
        "Exported {} ({status}) to {}",
        sub.offer_name(),
        out_path.display()
    );
    Ok(())
}

fn same_file(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(x), Ok(y)) => x == y,
        _ => false,
    }
}

fn write_output(output: Option<&Path>, text: &str) -> Result<()> {
    match output {
        Some(p) => {
            crate::fsio::write_atomic(p, text.as_bytes())
                .with_context(|| format!("{}: cannot write", p.display()))?;
            eprintln!("Wrote {}", p.display());
        }
        None => std::io::stdout().write_all(text.as_bytes())?,
    }
    Ok(())
}

fn contacts(store: &DraftStore, cmd: ContactsCommand) -> Result<(), Fail> {
    match cmd {
        ContactsCommand::Template { output } => {
            write_output(output.as_deref(), &contacts_csv::template())?;
            eprintln!("{}", contacts_csv::TEMPLATE_GUIDE);
            Ok(())
        }
        ContactsCommand::Export { draft, output } => {
            let (_, sub) = load_arg(store, &draft)?;
            write_output(output.as_deref(), &contacts_csv::export(&sub.contacts))?;
            Ok(())
        }
        ContactsCommand::Import { draft, csv, yes } => import(store, &draft, &csv, yes),
    }
}

fn import(store: &DraftStore, draft: &str, csv: &Path, yes: bool) -> Result<(), Fail> {
    let path = store.resolve(draft).map_err(anyhow::Error::from)?;
    let _lock = store::lock(&path).map_err(anyhow::Error::from)?;
    let sub = store::load(&path).map_err(anyhow::Error::from)?;
    let bytes = std::fs::read(csv)
        .with_context(|| format!("{}: cannot read the CSV file", csv.display()))?;
    let imported = match contacts_csv::import(&bytes) {
        Ok(i) => i,
        Err(errors) => {
            let mut msg = format!(
                "{}: {} problem(s); nothing was imported and the draft is unchanged:",
                csv.display(),
                errors.len()
            );
            for e in &errors {
                msg.push_str(&format!("\n  {e}"));
            }
            return Err(Fail(EXIT_REFUSED, anyhow!(msg)));
        }
    };
    for w in &imported.warnings {
        eprintln!("warning: {w}");
    }
    let preview = contacts_csv::preview(&sub.markets, &sub.contacts, &imported.contacts);
    eprint!("{preview}");
    if !yes {
        if !std::io::stdin().is_terminal() {
            return Err(Fail(
                EXIT_REFUSED,
                anyhow!("not replaced: confirm with --yes when not running in a terminal"),
            ));
        }
        eprint!("Replace the contacts of {}? [y/N] ", sub.offer_name());
        let mut answer = String::new();
        std::io::stdin()
            .read_line(&mut answer)
            .map_err(anyhow::Error::from)?;
        if !matches!(answer.trim(), "y" | "Y" | "yes") {
            eprintln!("Nothing changed.");
            return Ok(());
        }
    }
    let mut updated = sub;
    updated.contacts = imported.contacts;
    store::save(&path, &updated).map_err(anyhow::Error::from)?;
    eprintln!(
        "Imported {} contact(s) into {}",
        updated.contacts.len(),
        path.display()
    );
    Ok(())
}
