//! Text the front ends share: the status checklist, the editions side by side, times and sizes,
//! and the one sanitising function every piece of text that comes from a file goes through
//! before it reaches a terminal.

use std::time::SystemTime;

use crate::coverage::uncovered_markets;
use crate::i18n::{self, Lang};
use crate::model::geo;
use crate::model::{Edition, Submission};
use crate::rules::compare_rows;
use crate::status::{RequirementState, Status, StatusReport, Tier};
use crate::t;
use crate::validate::FileProbe;

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

/// A requirement's title in at most `width` characters: the full title where it fits, else the
/// short one (never a title cut mid-word, unless even the short one does not fit).
pub fn title_within(full: &str, short: &str, width: usize) -> String {
    if full.chars().count() <= width {
        full.to_string()
    } else {
        truncate(short, width)
    }
}

/// Where the offer stands on its ladder, in words that say whether the rung is reached: `Reached:
/// In market · next: Co-sell ready`, `Nothing reached yet · next: …`, or the top rung for the
/// offer.
pub fn rung_line(report: &StatusReport) -> String {
    let edition = report.edition;
    let next = report.next_rung().map(|s| s.label(edition));
    match (report.status, next) {
        (Status::NotReady, Some(next)) => t!("rules-rung-nothing", next = next),
        (_, Some(next)) => t!(
            "rules-rung-reached",
            rung = report.status_label(),
            next = next
        ),
        (_, None) => t!("rules-rung-top", rung = report.status_label()),
    }
}

/// The checklist's status line: the rung in the edition's words, whether it is reached, and the
/// next one.
fn status_line(report: &StatusReport) -> String {
    let edition = report.edition;
    let rung = report.status_label();
    match (report.status, report.next_rung().map(|s| s.label(edition))) {
        (Status::NotReady, Some(next)) => {
            t!("rules-checklist-status-nothing", rung = rung, next = next)
        }
        (_, Some(next)) => t!("rules-checklist-status-reached", rung = rung, next = next),
        (_, None) => t!("rules-checklist-status-top", rung = rung),
    }
}

/// The checklist's mark and word for a state: `[x] met`, `[ ] NOT MET`, `[-] n/a`.
fn state_words(state: RequirementState) -> (&'static str, String) {
    match state {
        RequirementState::Met => ("[x]", t!("rules-state-met")),
        RequirementState::Unmet => ("[ ]", t!("rules-state-unmet")),
        RequirementState::NotApplicable => ("[-]", t!("rules-state-na")),
    }
}

/// The human checklist of `cosell status`, also printed by plain mode.
pub fn checklist(sub: &Submission, report: &StatusReport) -> String {
    let edition = report.edition;
    let mut out = String::new();
    let offer_type = sub
        .offer
        .offer_type
        .map(|t| t.label().to_string())
        .unwrap_or_else(|| t!("rules-offer-type-not-chosen"));
    out.push_str(&t!(
        "rules-checklist-head",
        name = offer_name(sub),
        offer_type = offer_type,
        edition = edition.as_str()
    ));
    out.push('\n');
    out.push_str(&status_line(report));
    out.push('\n');
    // The state column is as wide as its longest word in the reader's language.
    let word_w = [
        RequirementState::Met,
        RequirementState::Unmet,
        RequirementState::NotApplicable,
    ]
    .map(|s| state_words(s).1.chars().count())
    .into_iter()
    .max()
    .unwrap_or(7)
        + 1;
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
                "  {mark} {:<16} {word:<word_w$} {}\n      {}\n",
                r.id.as_str(),
                r.title,
                sanitize(&r.detail)
            ));
        }
    }
    let uncovered = uncovered_markets(&sub.markets, &sub.contacts);
    if !uncovered.is_empty() {
        out.push_str(&format!("\n{}\n", t!("rules-checklist-uncovered")));
        for m in uncovered {
            out.push_str(&format!("  {}  {}\n", sanitize(m), geo::country_name(m)));
        }
    }
    out.push_str(&format!("\n{}\n", t!("rules-checklist-benefits")));
    if report.benefits.is_empty() {
        out.push_str(&format!("  {}\n", t!("rules-none-yet")));
    }
    for b in &report.benefits {
        out.push_str(&format!("  {:<21} {}\n", b.code(), b.description(edition)));
    }
    for n in &report.notes {
        out.push_str(&format!("  {}\n", t!("rules-checklist-note", note = *n)));
    }
    if !report.problems.is_empty() {
        out.push_str(&format!("\n{}\n", t!("rules-checklist-invalid")));
        for p in &report.problems {
            out.push_str(&format!("  {}\n", sanitize(&p.to_string())));
        }
    }
    if !report.warnings.is_empty() {
        out.push_str(&format!("\n{}\n", t!("rules-checklist-warnings")));
        for w in &report.warnings {
            out.push_str(&format!("  {}\n", sanitize(&w.text)));
        }
    }
    out.push('\n');
    out.push_str(&match report.next_to_do() {
        Some(r) => t!(
            "rules-checklist-next",
            title = r.title,
            reason = sanitize(&r.reason),
            id = r.id.as_str()
        ),
        None => t!("rules-nothing-left"),
    });
    out.push('\n');
    out
}

/// The same submission under every edition (spec §11): the status each reaches, then each
/// requirement in words with its state per edition (differences first; `—` where an edition has
/// no such requirement), then why each unmet one is unmet, with its id.
pub fn compare_table(sub: &Submission, reports: &[StatusReport]) -> String {
    const TITLE: usize = 35;
    let cell_text = |s: &Option<RequirementState>| match s {
        None => "—".to_string(),
        Some(RequirementState::NotApplicable) => state_words(RequirementState::NotApplicable).1,
        Some(s) => format!("{} {}", s.mark(), state_words(*s).1),
    };
    // Each column as wide as its widest cell in the reader's language, and an edition's id.
    let cell_w = [
        Some(RequirementState::Met),
        Some(RequirementState::Unmet),
        Some(RequirementState::NotApplicable),
    ]
    .iter()
    .map(|s| cell_text(s).chars().count())
    .chain(reports.iter().map(|r| r.edition.as_str().chars().count()))
    .max()
    .unwrap_or(9)
        + 2;
    let mut out = t!("rules-compare-head", name = offer_name(sub));
    out.push_str(&format!("\n\n{}\n", t!("rules-compare-status-reached")));
    for r in reports {
        let mine = if r.edition == sub.rules {
            format!("  {}", t!("rules-compare-this-draft"))
        } else {
            String::new()
        };
        out.push_str(&format!(
            "  {}  {}{mine}\n",
            r.edition.as_str(),
            r.status_label()
        ));
    }
    let header: String = reports
        .iter()
        .map(|r| format!("{:<cell_w$}", r.edition.as_str()))
        .collect();
    let rows = compare_rows(reports);
    let (differ, same): (Vec<_>, Vec<_>) = rows.iter().partition(|r| r.differs());
    for (title, group) in [
        (t!("rules-compare-differences"), &differ),
        (t!("rules-compare-same"), &same),
    ] {
        if group.is_empty() {
            continue;
        }
        out.push_str(&format!(
            "\n{title}\n  {:<TITLE$}{}\n",
            "",
            header.trim_end()
        ));
        for row in group {
            let cells: String = row
                .states
                .iter()
                .map(|s| format!("{:<cell_w$}", cell_text(s)))
                .collect();
            out.push_str(&format!(
                "  {:<TITLE$}{}\n",
                title_within(row.title, row.short, TITLE - 2),
                cells.trim_end()
            ));
        }
    }
    let unmet: Vec<_> = rows
        .iter()
        .filter(|r| r.reasons.iter().any(Option::is_some))
        .collect();
    if !unmet.is_empty() {
        out.push_str(&format!("\n{}\n", t!("rules-compare-why")));
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
            let line = t!(
                "rules-compare-why-line",
                editions = editions.join(", "),
                reason = sanitize(why)
            );
            out.push_str(&format!("    {line}\n"));
        }
    }
    out.push_str(&format!("\n{}\n", t!("rules-compare-legend")));
    out
}

/// `cosell status --json`: the status block of `edition`, evaluated and written in English (the
/// reasons in it are data, the same in every language).
pub fn status_json(
    sub: &Submission,
    edition: Edition,
    probe: &dyn FileProbe,
) -> serde_json::Result<String> {
    i18n::with(Lang::EN, || {
        serde_json::to_string_pretty(&crate::rules::evaluate_with(sub, edition, probe))
    })
}

/// `cosell status --compare --json`: each edition's status block by its id, in English.
pub fn compare_json(sub: &Submission, probe: &dyn FileProbe) -> serde_json::Result<String> {
    i18n::with(Lang::EN, || {
        let mut map = serde_json::Map::new();
        for r in crate::rules::compare(sub, probe) {
            map.insert(r.edition.as_str().to_string(), serde_json::to_value(&r)?);
        }
        serde_json::to_string_pretty(&map)
    })
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
