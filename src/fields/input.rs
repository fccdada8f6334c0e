//! Typed text as the fields read it: yes/no words, comma lists in the catalogue's spelling,
//! choices by id or label, pasted paths, amounts, roles, and the characters each kind lets through.

use std::path::Path;

use crate::model::Role;
use crate::validate;

pub(super) fn any_char(_: char) -> bool {
    true
}

pub(super) fn digits(c: char) -> bool {
    c.is_ascii_digit()
}

pub(super) fn percent_chars(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | ' ' | '\u{a0}' | '\u{202f}')
}

pub(super) fn money_chars(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '.' | ',' | '$' | ' ' | '_' | '\'' | 'U' | 'S' | 'D' | 'u' | 's' | 'd'
                // French groups digits with (narrow) no-break spaces.
                | '\u{a0}' | '\u{202f}'
        )
}

pub(super) fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// Reads yes/no words, in English or the reader's language (`ja`, `oui`, or their first letter);
/// anything else is refused.
pub fn parse_yes_no(s: &str) -> Result<Option<bool>, String> {
    let typed = s.trim().to_lowercase();
    let is = |key: &str| {
        let word = crate::t!(key).to_lowercase();
        typed == word || typed.chars().count() == 1 && word.starts_with(typed.as_str())
    };
    match typed.as_str() {
        "" => Ok(None),
        "y" | "yes" | "true" => Ok(Some(true)),
        "n" | "no" | "false" => Ok(Some(false)),
        _ if is("field-yes") => Ok(Some(true)),
        _ if is("field-no") => Ok(Some(false)),
        _ => Err(crate::t!("field-yes-or-no", value = format!("{s:?}"))),
    }
}

pub(super) fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

pub(super) fn non_empty(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A typed comma list, each value in the catalogue's spelling when it is in the catalogue.
pub(super) fn canonical_list(list: &[String], typed: &str) -> Vec<String> {
    split_list(typed)
        .into_iter()
        .map(|v| canonical(list, v))
        .collect()
}

/// Matches typed text against a catalogue list ignoring case, keeping the catalogue's spelling.
pub(super) fn canonical(list: &[String], v: String) -> String {
    list.iter()
        .find(|x| x.eq_ignore_ascii_case(&v))
        .cloned()
        .unwrap_or(v)
}

pub(super) fn id_label<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|t| (id(*t).to_string(), label(*t).to_string()))
        .collect()
}

pub(super) fn same(v: &[String]) -> Vec<(String, String)> {
    v.iter().map(|x| (x.clone(), x.clone())).collect()
}

/// A path as typed or pasted: surrounding quotes and shell backslash escapes go, `~` expands, a
/// relative path is made absolute against the current folder (where the user typed it).
pub fn typed_path(t: &str) -> Option<String> {
    let mut s = t.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            s = &s[1..s.len() - 1];
        }
    }
    if s.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // `\ ` and friends, as shells and file managers paste them; backslashes elsewhere stay
        // (Windows paths).
        if c == '\\'
            && cfg!(unix)
            && chars
                .peek()
                .is_some_and(|n| matches!(n, ' ' | '(' | ')' | '\'' | '"' | '&' | '[' | ']' | '\\'))
        {
            if let Some(n) = chars.next() {
                out.push(n);
            }
            continue;
        }
        out.push(c);
    }
    let home = std::env::var("HOME").unwrap_or_default();
    if !home.is_empty() {
        if out == "~" {
            out = home.clone();
        } else if let Some(rest) = out.strip_prefix("~/") {
            out = format!("{home}/{rest}");
        }
    }
    if Path::new(&out).is_relative()
        && let Ok(cwd) = std::env::current_dir()
    {
        return Some(cwd.join(&out).display().to_string());
    }
    Some(out)
}

/// The most characters an offer name may have (Partner Center's offer names are far shorter).
pub const MAX_OFFER_NAME_CHARS: usize = 200;

/// An offer name every front end accepts: at most 200 characters, no control characters (they
/// would reach terminals, file names and the checklist).
pub fn check_offer_name(name: &str) -> Result<(), String> {
    let count = name.chars().count();
    if count > MAX_OFFER_NAME_CHARS {
        return Err(crate::t!(
            "field-offer-name-too-long",
            count = count,
            max = MAX_OFFER_NAME_CHARS
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(crate::t!(
            "field-offer-name-control",
            character = c.escape_unicode().to_string()
        ));
    }
    Ok(())
}

pub(super) fn set_money(slot: &mut Option<String>, t: &str) -> Result<(), String> {
    *slot = if t.trim().is_empty() {
        None
    } else {
        Some(validate::format_money(validate::parse_money_input(t)?))
    };
    Ok(())
}

/// A role from its id, label, number in the list (1–4), the short form the contacts table shows
/// (`sales`, `technical sales`, `CSM`) or an unambiguous part of its label.
pub fn parse_role(t: &str) -> Option<Role> {
    if let Some(r) = Role::parse(t) {
        return Some(r);
    }
    let t = t.trim();
    if let Ok(n) = t.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| Role::ALL.get(i)).copied();
    }
    let lower = t.to_lowercase();
    if lower.is_empty() {
        return None;
    }
    if let Some(r) = Role::ALL.iter().find(|r| {
        r.short().eq_ignore_ascii_case(&lower) || r.abbreviation().eq_ignore_ascii_case(&lower)
    }) {
        return Some(*r);
    }
    let mut hits = Role::ALL
        .iter()
        .filter(|r| r.label().to_lowercase().contains(&lower));
    match (hits.next(), hits.next()) {
        (Some(r), None) => Some(*r),
        _ => None,
    }
}
