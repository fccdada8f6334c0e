//! What an import would change (added, removed, markets it leaves uncovered), shown before the
//! user confirms.

use crate::coverage::uncovered_markets;
use crate::model::{Contact, geo};
use crate::t;

/// What an import would change, shown before the user confirms.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Preview {
    pub before: usize,
    pub after: usize,
    /// Contacts (`Name <email>`) the import adds, changes and drops, matched by email address.
    pub added: Vec<String>,
    pub changed: Vec<String>,
    pub dropped: Vec<String>,
    pub newly_covered: Vec<String>,
    pub newly_uncovered: Vec<String>,
    pub still_uncovered: Vec<String>,
}

fn who(c: &Contact) -> String {
    match (c.name.trim(), c.email.trim()) {
        ("", e) => e.to_string(),
        (n, "") => n.to_string(),
        (n, e) => format!("{n} <{e}>"),
    }
}

pub fn preview(markets: &[String], old: &[Contact], new: &[Contact]) -> Preview {
    use std::collections::HashMap;
    let was: Vec<&str> = uncovered_markets(markets, old);
    let will: Vec<&str> = uncovered_markets(markets, new);
    let owned = |v: Vec<&str>| v.into_iter().map(String::from).collect::<Vec<_>>();
    let key = |c: &Contact| {
        if c.email.trim().is_empty() {
            c.name.trim().to_lowercase()
        } else {
            c.email.trim().to_lowercase()
        }
    };
    let old_by_key: HashMap<String, &Contact> = old.iter().map(|c| (key(c), c)).collect();
    let new_keys: std::collections::HashSet<String> = new.iter().map(key).collect();
    let mut added = Vec::new();
    let mut changed = Vec::new();
    for c in new {
        match old_by_key.get(&key(c)) {
            None => added.push(who(c)),
            Some(o) if *o != c => changed.push(who(c)),
            Some(_) => {}
        }
    }
    let dropped = old
        .iter()
        .filter(|c| !new_keys.contains(&key(c)))
        .map(who)
        .collect();
    Preview {
        before: old.len(),
        after: new.len(),
        added,
        changed,
        dropped,
        newly_covered: owned(was.iter().copied().filter(|m| !will.contains(m)).collect()),
        newly_uncovered: owned(will.iter().copied().filter(|m| !was.contains(m)).collect()),
        still_uncovered: owned(will.iter().copied().filter(|m| was.contains(m)).collect()),
    }
}

/// At most this many names per list in a preview; the rest are counted.
const PREVIEW_NAMES: usize = 8;

impl std::fmt::Display for Preview {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        writeln!(
            f,
            "{}",
            t!(
                "csv-preview-replaces",
                before = self.before,
                after = self.after
            )
        )?;
        let people = |v: &[String]| {
            let mut s = v
                .iter()
                .take(PREVIEW_NAMES)
                .map(String::as_str)
                .collect::<Vec<_>>()
                .join(", ");
            if v.len() > PREVIEW_NAMES {
                s.push(' ');
                s.push_str(&t!("csv-preview-more", count = v.len() - PREVIEW_NAMES));
            }
            s
        };
        for (what, list) in [
            ("csv-preview-added", &self.added),
            ("csv-preview-changed", &self.changed),
            ("csv-preview-dropped", &self.dropped),
        ] {
            if !list.is_empty() {
                writeln!(f, "{}", t!(what, count = list.len(), names = people(list)))?;
            }
        }
        let names = |v: &[String]| {
            v.iter()
                .map(|m| format!("{m} ({})", geo::country_name(m)))
                .collect::<Vec<_>>()
                .join(", ")
        };
        if !self.newly_covered.is_empty() {
            writeln!(
                f,
                "{}",
                t!("csv-preview-covered", markets = names(&self.newly_covered))
            )?;
        }
        if !self.newly_uncovered.is_empty() {
            writeln!(
                f,
                "{}",
                t!(
                    "csv-preview-uncovered",
                    markets = names(&self.newly_uncovered)
                )
            )?;
        }
        if !self.still_uncovered.is_empty() {
            writeln!(
                f,
                "{}",
                t!("csv-preview-still", markets = names(&self.still_uncovered))
            )?;
        }
        Ok(())
    }
}
