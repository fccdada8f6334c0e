//! `cosell list`: the drafts as text columns fitted to the terminal, or as JSON rows.

use std::io::IsTerminal;

use super::Fail;
use crate::present::{self, sanitize};
use crate::store::DraftStore;

pub(super) fn list(store: &DraftStore, json: bool) -> Result<(), Fail> {
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
