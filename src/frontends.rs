//! Chooses the front end for the interactive wizard.

use anyhow::Result;

use crate::cli::WizardArgs;
use crate::store::DraftStore;

pub fn run_wizard(_store: &DraftStore, _args: &WizardArgs) -> Result<()> {
    anyhow::bail!("the wizard is not built yet; use `cosell status`, `cosell export` and `cosell contacts`")
}
