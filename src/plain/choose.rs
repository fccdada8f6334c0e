//! Choices at a prompt: a value from a list (a number, a name or a unique part of one) and the
//! draft to open or create.

use super::input::Io;
use super::{End, command_word, is_leave_word};
use crate::fields::{FieldKind, check_offer_name};
use crate::model::Edition;
use crate::present::{self, sanitize};
use crate::session::DraftSession;
use crate::store::{DraftStore, StoreError};
use crate::t;

/// Resolves typed text against a list of choices: a number, the full id or name, or a unique
/// part of a name, ignoring case. An ambiguous part lists its matches; text that matches nothing
/// is kept as typed (the field's own check then says whether it may stand).
pub(super) fn resolve_choice(
    kind: FieldKind,
    options: &[(String, String)],
    v: &str,
) -> std::result::Result<String, String> {
    match kind {
        FieldKind::Choice => pick_choice(options, v),
        FieldKind::MultiChoice => Ok(v
            .split(',')
            .filter(|item| !item.trim().is_empty())
            .map(|item| pick_choice(options, item))
            .collect::<std::result::Result<Vec<_>, _>>()?
            .join(", ")),
        _ => Ok(v.to_string()),
    }
}

fn pick_choice(options: &[(String, String)], item: &str) -> std::result::Result<String, String> {
    let item = item.trim();
    if options.is_empty() {
        return Ok(item.to_string());
    }
    if let Ok(n) = item.parse::<usize>() {
        return match n.checked_sub(1).and_then(|i| options.get(i)) {
            Some((value, _)) => Ok(value.clone()),
            None => Err(t!("plain-choice-number-between", count = options.len())),
        };
    }
    if let Some((value, _)) = options
        .iter()
        .find(|(v, l)| v.eq_ignore_ascii_case(item) || l.to_lowercase() == item.to_lowercase())
    {
        return Ok(value.clone());
    }
    let part = item.to_lowercase();
    let hits: Vec<(usize, &(String, String))> = options
        .iter()
        .enumerate()
        .filter(|(_, (v, l))| l.to_lowercase().contains(&part) || v.to_lowercase().contains(&part))
        .collect();
    match hits.as_slice() {
        [] => Ok(item.to_string()),
        [(_, (value, _))] => Ok(value.clone()),
        many => {
            let list: Vec<String> = many
                .iter()
                .map(|(i, (_, l))| format!("{}. {l}", i + 1))
                .collect();
            Err(t!(
                "plain-choice-ambiguous",
                typed = format!("{:?}", sanitize(item)),
                matches = list.join(", ")
            ))
        }
    }
}

/// Why choosing a draft stopped.
pub(super) enum Chooser {
    End(End),
    Failed(anyhow::Error),
}

impl From<End> for Chooser {
    fn from(e: End) -> Chooser {
        Chooser::End(e)
    }
}

impl From<StoreError> for Chooser {
    fn from(e: StoreError) -> Chooser {
        Chooser::Failed(e.into())
    }
}

/// The draft to work on, and whether it was just created (its name was asked already).
pub(super) fn choose_draft(
    store: &DraftStore,
    io: &mut Io,
) -> std::result::Result<Option<(DraftSession, bool)>, Chooser> {
    let drafts = store.list()?;
    if !drafts.is_empty() {
        io.say(&t!(
            "plain-drafts-in",
            dir = sanitize(&store.dir().display().to_string())
        ));
        for (i, d) in drafts.iter().enumerate() {
            let what = match &d.loaded {
                Ok(s) => t!(
                    "plain-draft-line",
                    offer = present::offer_name(s),
                    status = crate::rules::evaluate_at(s, &d.path).status_label(),
                    rules = s.rules.to_string()
                ),
                Err(e) => t!("plain-draft-unreadable", error = sanitize(&e.to_string())),
            };
            io.say(&format!("  {}. {what}", i + 1));
        }
        io.say(&format!(
            "  {}. {}",
            drafts.len() + 1,
            t!("plain-new-draft")
        ));
        let n = drafts.len() + 1;
        loop {
            let answer = io.read_line(&t!("plain-draft-number-prompt", count = n))?;
            if is_leave_word(&answer) {
                return Ok(None);
            }
            match answer.trim().parse::<usize>() {
                Ok(k) if (1..n).contains(&k) => {
                    return Ok(Some((
                        DraftSession::open_path(store, &drafts[k - 1].path)?,
                        false,
                    )));
                }
                Ok(k) if k == n => break,
                _ => io.refuse(&answer, &t!("plain-number-between", count = n))?,
            }
        }
    }
    io.say(&t!("plain-rules-editions"));
    for (i, e) in Edition::ALL.iter().rev().enumerate() {
        io.say(&format!("  {}. {}", i + 1, present::edition_line(*e)));
    }
    let edition = loop {
        let answer = io.read_line(&t!(
            "plain-edition-prompt",
            newest = Edition::NEWEST.to_string()
        ))?;
        let a = answer.trim();
        if a.is_empty() {
            break Edition::NEWEST;
        }
        if is_leave_word(a) {
            return Ok(None);
        }
        let by_number = a
            .parse::<usize>()
            .ok()
            .and_then(|k| k.checked_sub(1))
            .and_then(|k| Edition::ALL.iter().rev().nth(k).copied());
        match by_number.or_else(|| Edition::parse(a)) {
            Some(e) => break e,
            None => io.refuse(
                &answer,
                &t!(
                    "plain-edition-refused",
                    count = Edition::ALL.len(),
                    names = Edition::names()
                ),
            )?,
        }
    };
    loop {
        let answer = io.read_line(&t!("plain-offer-name-prompt"))?;
        let name = answer.trim().to_string();
        if matches!(command_word(&name), "quit" | "q") {
            return Ok(None);
        }
        if name.is_empty() {
            io.refuse(&answer, &t!("plain-offer-needs-name"))?;
            continue;
        }
        if let Err(e) = check_offer_name(&name) {
            io.refuse(&answer, &e)?;
            continue;
        }
        match DraftSession::create(store, &name, edition, false) {
            Ok(s) => {
                io.say(&t!(
                    "plain-draft-created",
                    name = sanitize(s.name()),
                    dir = sanitize(&store.dir().display().to_string())
                ));
                return Ok(Some((s, true)));
            }
            Err(StoreError::Exists { name: existing, .. }) => {
                io.say(&t!(
                    "plain-draft-exists",
                    name = sanitize(&existing),
                    free = sanitize(&store.free_name(&existing))
                ));
                let answer = io.read_line(&t!("plain-one-two-three"))?;
                match answer.trim() {
                    "1" => return Ok(Some((DraftSession::open(store, &existing)?, false))),
                    "2" => {
                        return Ok(Some((
                            DraftSession::create(store, &name, edition, true)?,
                            true,
                        )));
                    }
                    _ => continue,
                }
            }
            Err(e) => return Err(e.into()),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options(labels: &[&str]) -> Vec<(String, String)> {
        labels
            .iter()
            .map(|l| (l.to_lowercase().replace(' ', "_"), l.to_string()))
            .collect()
    }

    #[test]
    fn choices_take_a_number_a_name_or_a_unique_part() {
        let platforms = options(&[
            "Microsoft Azure",
            "Microsoft Dynamics 365",
            "Microsoft SQL Server",
            "Office 365",
        ]);
        let cases: &[(&str, Result<&str, &str>)] = &[
            ("1", Ok("microsoft_azure")),
            ("4", Ok("office_365")),
            ("0", Err("between 1 and 4")),
            ("5", Err("between 1 and 4")),
            ("dynamics", Ok("microsoft_dynamics_365")),
            ("DYNAMICS", Ok("microsoft_dynamics_365")),
            ("  office 365 ", Ok("office_365")),
            ("microsoft_sql_server", Ok("microsoft_sql_server")),
            (
                "microsoft",
                Err("matches 1. Microsoft Azure, 2. Microsoft Dynamics 365"),
            ),
            ("365", Err("between 1 and 4")), // a number is a position in the list
            (
                "o",
                Err(
                    "matches 1. Microsoft Azure, 2. Microsoft Dynamics 365, 3. Microsoft SQL Server, 4. Office 365",
                ),
            ),
            ("Quantum", Ok("Quantum")),
        ];
        for (typed, want) in cases {
            let got = pick_choice(&platforms, typed);
            match (want, &got) {
                (Ok(w), Ok(g)) => assert_eq!(g, w, "{typed}"),
                (Err(w), Err(g)) => assert!(g.contains(w), "{typed}: {g}"),
                _ => panic!("{typed}: got {got:?}, want {want:?}"),
            }
        }
        // An exact name wins over the names it is a part of.
        let areas = options(&["Security", "Modern work & security"]);
        assert_eq!(pick_choice(&areas, "security").unwrap(), "security");
        // No list (an area outside the catalogue): text stays as typed, numbers too.
        assert_eq!(pick_choice(&[], "7").unwrap(), "7");
        assert_eq!(
            resolve_choice(FieldKind::MultiChoice, &platforms, "1, dynamics,").unwrap(),
            "microsoft_azure, microsoft_dynamics_365"
        );
    }
}
