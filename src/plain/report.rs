//! The draft's state in words: where it reopens, its status and what blocks its export.

use super::{Place, answerable, is_open, label_value, places};
use crate::coverage::uncovered_markets;
use crate::fields::{FieldId, FieldKind, Need, Step};
use crate::model::Submission;
use crate::model::geo::common_name as country_name;
use crate::present::{self, sanitize};
use crate::status::{RequirementState, StatusReport};
use crate::t;

/// Where a draft reopens: the field of its first unmet requirement (or an unanswered required
/// field before it, so a new draft starts at its offer type, not past it), else its first
/// invalid value, else the step it was left on.
pub(super) fn resume_place(sub: &Submission, report: &StatusReport) -> Place {
    let open = |f: FieldId| match f.kind() {
        FieldKind::Contacts => Some(Place::Contacts),
        _ if answerable(sub, f) => Some(Place::Field(f)),
        _ => None,
    };
    if let Some(p) = report
        .requirements
        .iter()
        .filter(|r| r.state == RequirementState::Unmet)
        .filter_map(|r| r.fix)
        .find_map(open)
    {
        let all = places(sub);
        let at = |p: Place| all.iter().position(|q| *q == p).unwrap_or(usize::MAX);
        let unanswered = all.iter().copied().find(|q| match q {
            Place::Field(f) => {
                f.need(sub) == Need::Required && answerable(sub, *f) && f.get(sub).is_empty()
            }
            _ => false,
        });
        return match unanswered {
            Some(u) if at(u) < at(p) => u,
            _ => p,
        };
    }
    if let Some(p) = report.problems.iter().find_map(|p| open(p.field)) {
        return p;
    }
    let step = Step::resume_at(sub);
    places(sub)
        .into_iter()
        .find(|p| p.step() >= step && is_open(sub, *p))
        .unwrap_or(Place::Review)
}

/// The status as plain mode says it: a one-line summary first, then every requirement in words
/// (no ids, no JSON paths), the markets without a sales contact, benefits, invalid values and
/// warnings.
pub(super) fn status_in_words(sub: &Submission, report: &StatusReport) -> String {
    let edition = report.edition;
    let applicable = report
        .requirements
        .iter()
        .filter(|r| r.state != RequirementState::NotApplicable)
        .count();
    let met = report.count(RequirementState::Met);
    let next = match report.next_to_do() {
        Some(r) => t!(
            "plain-status-next",
            title = r.title.to_string(),
            reason = sanitize(&r.reason)
        ),
        None => t!("plain-status-nothing-left"),
    };
    let mut out = t!(
        "plain-status-summary",
        status = report.status_label(),
        met = met,
        count = applicable,
        next = next
    );
    out.push('\n');
    let offer_type = sub
        .offer
        .offer_type
        .map(|t| t.label().to_string())
        .unwrap_or_else(|| t!("plain-offer-type-not-chosen"));
    out.push_str(&t!(
        "plain-status-offer",
        offer = present::offer_name(sub),
        offer_type = offer_type,
        rules = edition.to_string()
    ));
    out.push('\n');
    let mut tier = None;
    for r in &report.requirements {
        if tier != Some(r.tier) {
            let heading = r.tier.status().label(edition).to_string();
            out.push_str(&t!("plain-prompt", label = heading));
            out.push('\n');
            tier = Some(r.tier);
        }
        let state = match r.state {
            RequirementState::Met => t!("plain-requirement-met"),
            RequirementState::Unmet => t!("plain-requirement-unmet"),
            RequirementState::NotApplicable => t!("plain-requirement-not-applicable"),
        };
        let reason = sanitize(&r.reason);
        if reason.is_empty() {
            out.push_str(&format!("  {}\n", label_value(&state, r.title)));
        } else {
            let what = label_value(r.title, &reason);
            out.push_str(&format!("  {}\n", label_value(&state, &what)));
        }
    }
    let uncovered = uncovered_markets(&sub.markets, &sub.contacts);
    if !uncovered.is_empty() {
        let names: Vec<String> = uncovered
            .iter()
            .map(|m| format!("{} ({})", sanitize(m), country_name(m)))
            .collect();
        out.push_str(&t!("plain-status-uncovered", markets = names.join(", ")));
        out.push('\n');
    }
    let benefits: Vec<&str> = report
        .benefits
        .iter()
        .map(|b| b.description(report.edition))
        .collect();
    if benefits.is_empty() {
        out.push_str(&t!("plain-status-no-benefits"));
        out.push('\n');
    } else {
        out.push_str(&t!("plain-status-benefits"));
        out.push('\n');
        for b in benefits {
            out.push_str(&format!("  {b}\n"));
        }
    }
    for n in &report.notes {
        out.push_str(&format!(
            "  {}\n",
            t!("plain-status-note", note = n.to_string())
        ));
    }
    if !report.problems.is_empty() {
        out.push_str(&t!("plain-status-invalid"));
        out.push('\n');
        for p in &report.problems {
            out.push_str(&format!("  {}\n", sanitize(&p.in_words(edition))));
        }
    }
    if !report.warnings.is_empty() {
        out.push_str(&t!("plain-status-warnings"));
        out.push('\n');
        for w in &report.warnings {
            out.push_str(&format!("  {}\n", sanitize(&w.text)));
        }
    }
    out.trim_end().to_string()
}

/// What blocks the export, in words.
pub(super) fn blockers_in_words(report: &StatusReport) -> Vec<String> {
    let mut out: Vec<String> = report
        .unmet_tab_requirements()
        .map(|r| label_value(r.title, &sanitize(&r.reason)))
        .collect();
    out.extend(report.problems.iter().map(|p| {
        t!(
            "plain-invalid-value",
            problem = sanitize(&p.in_words(report.edition))
        )
    }));
    out
}
