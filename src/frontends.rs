//! Chooses the front end for the interactive wizard: full screen, or plain line prompts.

use std::io::IsTerminal;

use anyhow::{Context, Result};

use crate::cli::WizardArgs;
use crate::store::DraftStore;
use crate::tui::{self, app::App, theme::Theme};

/// Plain prompts when asked, on a dumb terminal, or when output is not a terminal.
pub fn wants_plain(args: &WizardArgs) -> bool {
    args.plain
        || std::env::var("TERM").is_ok_and(|t| t == "dumb")
        || !std::io::stdout().is_terminal()
        || !std::io::stdin().is_terminal()
}

pub fn run_wizard(store: &DraftStore, args: &WizardArgs) -> Result<()> {
    if wants_plain(args) {
        let stdin = std::io::stdin();
        let mut input = stdin.lock();
        let mut output = std::io::stdout();
        return crate::plain::run(store, args.draft.as_deref(), &mut input, &mut output);
    }
    let mut app = App::new(store.clone(), Theme::from_env(args.mono));
    if let Some(draft) = &args.draft {
        let path = store.resolve(draft)?;
        app.open_draft(path)
            .with_context(|| format!("cannot open {draft}"))?;
    }
    tui::run(app)
}
