//! Text the front ends share: the status checklist, the editions side by side, times and sizes,
//! and the one sanitising function every piece of text that comes from a file goes through
//! before it reaches a terminal.

use std::time::SystemTime;

use crate::coverage::uncovered_markets;
use crate::model::geo;
use crate::model::{Edition, Submission};
use crate::rules::compare_rows;
use crate::status::{RequirementState, StatusReport, Tier};

pub use crate::validate::human_bytes;

pub use crate::safe_text::{sanitize, sanitize_lines};

/// A moment as the user's local `YYYY-MM-DD HH:MM`.
pub fn format_time(t: SystemTime) -> String {
    let t = time::OffsetDateTime::from(t);
    let t = time::UtcOffset::current_local_offset()
        .map(|o| t.to_offset(o))
        .unwrap_or(t);
    let fmt = time::macros::format_description!("[year]-[month]-[day] [hour]:[minute]");
    t.format(&fmt).unwrap_or_default()
}

/// A moment as the user's local `HH:MM`.
pub fn format_hm(t: SystemTime) -> String {
    format_time(t).split(' ').nth(1).unwrap_or("").to_string()
}

/// Cuts to `n` characters, ending with `…` when cut.
pub fn truncate(s: &str, n: usize) -> String {
    if s.chars().count() <= n {
        return s.to_string();
    }
    let mut t: String = s.chars().take(n.saturating_sub(1)).collect();
    t.push('…');
    t
}

/// The offer's name, safe to print.
pub fn offer_name(sub: &Submission) -> String {
    sanitize(sub.offer_name()).into_owned()
}

fn state_words(state: RequirementState) -> (&'static str, &'static str) {
    match state {
        RequirementState::Met => ("[x]", "met"),
        RequirementState::Unmet => ("[ ]", "NOT MET"),
        RequirementState::NotApplicable => ("[-]", "n/a"),
    }
}

/// The human checklist of `cosell status`, also printed by plain mode.
pub fn checklist(sub: &Submission, report: &StatusReport) -> String {
    let edition = report.edition;
    let mut out = String::new();
    let offer_type = sub
        .offer
        .offer_type
        .map(|t| t.label())
        .unwrap_or("offer type not chosen");
    out.push_str(&format!(
        "{} ({offer_type}), rules {edition}\nStatus: {}\n",
        offer_name(sub),
        report.status_label()
    ));
    for tier in Tier::ALL {
        let rows: Vec<_> = report
            .requirements
            .iter()
            .filter(|r| r.tier == tier)
            .collect();
        if rows.is_empty() {
            continue;
        }
        out.push_str(&format!("\n{}\n", tier.status().label(edition)));
        for r in rows {
            let (mark, word) = state_words(r.state);
            out.push_str(&format!(
                "  {mark} {:<16} {:<8} {}\n      {}\n",
                r.id.as_str(),
                word,
                r.title,
                sanitize(&r.detail)
            ));
        }
    }
    let uncovered = uncovered_markets(&sub.markets, &sub.contacts);
    if !uncovered.is_empty() {
        out.push_str("\nMarkets without a Partner sales contact:\n");
        for m in uncovered {
            out.push_str(&format!("  {}  {}\n", sanitize(m), geo::country_name(m)));
        }
    }
    out.push_str("\nBenefits unlocked:\n");
    if report.benefits.is_empty() {
        out.push_str("  none yet\n");
    }
    for b in &report.benefits {
        out.push_str(&format!("  {:<21} {}\n", b.code(), b.description(edition)));
    }
    for n in &report.notes {
        out.push_str(&format!("  Note: {n}\n"));
    }
    if !report.problems.is_empty() {
        out.push_str("\nInvalid values (block export):\n");
        for p in &report.problems {
            out.push_str(&format!("  {}\n", sanitize(&p.to_string())));
        }
    }
    if !report.warnings.is_empty() {
        out.push_str("\nWarnings:\n");
        for w in &report.warnings {
            out.push_str(&format!("  {}\n", sanitize(&w.text)));
        }
    }
    match report.next_to_do() {
        Some(r) => out.push_str(&format!(
            "\nNext: {}: {} ({})\n",
            r.title,
            sanitize(&r.reason),
            r.id.as_str()
        )),
        None => out.push_str("\nNothing left to do for the rungs this offer can reach.\n"),
    }
    out
}

/// The same submission under every edition (spec §11): the status each reaches, then each
/// requirement in words with its state per edition (differences first; `—` where an edition has
/// no such requirement), then why each unmet one is unmet, with its id.
pub fn compare_table(sub: &Submission, reports: &[StatusReport]) -> String {
    const TITLE: usize = 35;
    const CELL: usize = 11;
    let mut out = format!(
        "{}: the same draft under each rules edition\n\nStatus reached:\n",
        offer_name(sub)
    );
    for r in reports {
        let mine = if r.edition == sub.rules {
            "  (this draft's rules)"
        } else {
            ""
        };
        out.push_str(&format!(
            "  {}  {}{mine}\n",
            r.edition.as_str(),
            r.status_label()
        ));
    }
    let header: String = reports
        .iter()
        .map(|r| format!("{:<CELL$}", r.edition.as_str()))
        .collect();
    let rows = compare_rows(reports);
    let (differ, same): (Vec<_>, Vec<_>) = rows.iter().partition(|r| r.differs());
    for (title, group) in [
        ("Differences between the editions", &differ),
        ("The same in every edition", &same),
    ] {
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n{title}:\n  {:<TITLE$}{}\n",
            "",
            header.trim_end()
        ));
        for row in group {
            let cells: String = row
                .states
                .iter()
                .map(|s| {
                    let text = match s {
                        None => "—".to_string(),
                        Some(RequirementState::NotApplicable) => "n/a".to_string(),
                        Some(s) => format!("{} {}", s.mark(), state_words(*s).1),
                    };
                    format!("{text:<CELL$}")
                })
                .collect();
            out.push_str(&format!(
                "  {:<TITLE$}{}\n",
                truncate(row.title, TITLE - 2),
                cells.trim_end()
            ));
        }
    }
    let unmet: Vec<_> = rows
        .iter()
        .filter(|r| r.reasons.iter().any(Option::is_some))
        .collect();
    if !unmet.is_empty() {
        out.push_str("\nWhy not met:\n");
    }
    for row in unmet {
        out.push_str(&format!("  {} ({})\n", row.title, row.id.as_str()));
        // Editions that say the same are named together.
        let mut said: Vec<(&str, Vec<&str>)> = Vec::new();
        for (r, why) in reports.iter().zip(&row.reasons) {
            let Some(why) = why else { continue };
            match said.iter_mut().find(|(w, _)| *w == why.as_str()) {
                Some((_, editions)) => editions.push(r.edition.as_str()),
                None => said.push((why, vec![r.edition.as_str()])),
            }
        }
        for (why, editions) in said {
            out.push_str(&format!("    {}: {}\n", editions.join(", "), sanitize(why)));
        }
    }
    out.push_str("\n✓ met  ✗ not met  — not in that edition (n/a: does not apply to this offer)\n");
    out
}

/// One line per edition for pickers: `2023-08  (2023-08-24) today's rules: …`.
pub fn edition_line(e: Edition) -> String {
    match e.date() {
        date if date == e.as_str() => format!("{}  {}", e.as_str(), e.summary()),
        date => format!("{}  ({date}) {}", e.as_str(), e.summary()),
    }
}

/// A folder as people write it: `./docs` under the folder cosell was started in, `~/docs` under
/// the home folder, in full elsewhere. Sanitised.
pub fn short_dir(dir: &std::path::Path) -> String {
    let cwd = std::env::current_dir().ok();
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    short_dir_from(dir, cwd.as_deref(), home.as_deref())
}

fn short_dir_from(
    dir: &std::path::Path,
    cwd: Option<&std::path::Path>,
    home: Option<&std::path::Path>,
) -> String {
    let under = |base: Option<&std::path::Path>, mark: &str| {
        let rest = dir
            .strip_prefix(base.filter(|b| b.parent().is_some())?)
            .ok()?;
        Some(if rest.as_os_str().is_empty() {
            mark.to_string()
        } else {
            format!("{mark}/{}", rest.display())
        })
    };
    let text = under(cwd, ".")
        .or_else(|| under(home, "~"))
        .unwrap_or_else(|| dir.display().to_string());
    sanitize(&text).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_not_printed() {
        assert_eq!(sanitize("Contoso"), "Contoso");
        assert!(matches!(sanitize("Contoso"), std::borrow::Cow::Borrowed(_)));
        assert_eq!(sanitize("a\u{1b}[2Jb"), "a\\u{1b}[2Jb");
        assert_eq!(sanitize("x\u{9b}31m"), "x\\u{9b}31m", "C1 CSI");
        assert_eq!(sanitize("a\nb"), "a\\u{a}b");
        assert_eq!(sanitize_lines("a\nb\u{7}"), "a\nb\\u{7}");
        assert_eq!(sanitize("evil\u{202e}txt.pdf"), "evil\\u{202e}txt.pdf");
        assert_eq!(sanitize("Zoë 中文"), "Zoë 中文");
    }

    #[test]
    fn truncation() {
        assert_eq!(truncate("abcdef", 4), "abc…");
        assert_eq!(truncate("abc", 4), "abc");
    }

    #[test]
    fn folders_are_shown_as_people_write_them() {
        use std::path::Path;
        let cwd = Some(Path::new("/home/ada/offers"));
        let home = Some(Path::new("/home/ada"));
        let cases = [
            ("/home/ada/offers", "."),
            ("/home/ada/offers/docs", "./docs"),
            ("/home/ada/offers-old", "~/offers-old"),
            ("/home/ada", "~"),
            ("/home/adam/x", "/home/adam/x"),
            ("/srv/docs", "/srv/docs"),
            ("/home/ada/offers/\u{1b}[31m", "./\\u{1b}[31m"),
        ];
        for (dir, want) in cases {
            assert_eq!(short_dir_from(Path::new(dir), cwd, home), want, "{dir}");
        }
        // A root cwd or home would make every path "./…": they are not abbreviated.
        let root = Some(Path::new("/"));
        assert_eq!(short_dir_from(Path::new("/srv"), root, root), "/srv");
    }
}
