//! Starts the interactive wizard: full screen, or plain line prompts. It owns the wizard's
//! command-line options.

use std::io::IsTerminal;

use anyhow::Result;
use clap::Args;

use crate::store::DraftStore;
use crate::tui::{self, theme::Theme};

/// The wizard's options; their help is `cli-help-main-<option>` in assets/i18n.
#[derive(Debug, Args, Clone, Default)]
pub struct WizardArgs {
    #[arg(long)]
    pub plain: bool,
    #[arg(long)]
    pub mono: bool,
    #[arg(long, value_name = "DRAFT")]
    pub draft: Option<String>,
}

/// Plain prompts when asked, on a dumb terminal, or when input or output is not a terminal.
pub fn wants_plain(args: &WizardArgs) -> bool {
    args.plain
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !std::io::stdout().is_terminal()
        || !std::io::stdin().is_terminal()
}

/// Runs the wizard until the user quits. Plain mode's `Err` carries its exit code reason.
pub fn run(store: &DraftStore, args: &WizardArgs) -> Result<()> {
    if wants_plain(args) {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut output = std::io::stdout();
        let interactive = std::io::stdin().is_terminal();
        return crate::plain::run_on(
            store,
            args.draft.as_deref(),
            &mut input,
            &mut output,
            interactive,
        );
    }
    tui::run(
        store.clone(),
        Theme::from_env(args.mono),
        args.draft.as_deref(),
    )
}
