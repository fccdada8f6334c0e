//! Plain line prompts over the same fields (placeholder until the plain mode lands).

use std::io::{BufRead, Write};

use anyhow::Result;

use crate::store::DraftStore;

pub fn run(_store: &DraftStore, _draft: Option<&str>, _input: &mut dyn BufRead, output: &mut dyn Write) -> Result<()> {
    writeln!(output, "Plain mode is not available yet; run cosell in a terminal.")?;
    Ok(())
}
