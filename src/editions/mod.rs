//! The editions of the co-sell rules, as tables; `rules::evaluate` runs them. Each edition is a
//! table ([`EditionRules`]): its date and one-line description, its ladder and the label of each
//! rung, one row per requirement (id, tier, title, applies-to, check, the fields it reads) in the
//! order of its status block, its benefits and their texts, its notes, its listing limits and
//! catalogue, and the words its checks and the checklist use. Every other module asks the table;
//! none names an edition. The checks live in `checks` and are shared by the tables; the only I/O
//! is the document check, behind a `validate::FileProbe`. This module names fields and
//! requirements by their ids only, so the field table (which asks it for words and needs) and the
//! evaluation (which runs the field checks too) both sit above it.
//!
//! Adding an edition: a new `Edition` variant (its name in the file), a table here (copy the
//! nearest one; `rules::tests::every_edition_has_all_its_words` says what is missing), its catalogue in
//! assets/catalogue.json.

mod checks;
mod newest;
mod rows;
mod seeds;
#[cfg(test)]
mod test_edition;
mod today;

use std::collections::HashMap;

use crate::catalogue::Catalogue;
use crate::field_ids::FieldId;
use crate::model::{DocSlot, Edition, OfferType, Submission};
use crate::status::{
    BenefitId, RequirementId, RequirementResult, RequirementState, Status, Tier, Warning,
};
use crate::validate::FileFacts;

pub use checks::{AZURE_SHARE_THRESHOLD, REVENUE_THRESHOLD_USD};

/// What a check found.
pub(crate) enum Outcome {
    Met(String),
    /// Unmet: the JSON path the reason is about, the reason, and the field that fixes it.
    Unmet {
        at: String,
        reason: String,
        fix: FieldId,
    },
}

pub(crate) fn unmet(at: impl Into<String>, reason: impl Into<String>, fix: FieldId) -> Outcome {
    Outcome::Unmet {
        at: at.into(),
        reason: reason.into(),
        fix,
    }
}

/// Whether a requirement applies to the offer.
pub(crate) enum Applies {
    Yes,
    /// Not applicable, and why.
    No(String),
    /// Cannot tell yet (the offer type is not answered): unmet, with the field to answer.
    Unknown {
        at: String,
        reason: String,
        fix: FieldId,
    },
}

/// One row of an edition's table.
pub struct Rule {
    pub id: RequirementId,
    pub tier: Tier,
    /// What the requirement asks, in words a partner understands.
    pub title: &'static str,
    pub(crate) applies: fn(&Ctx) -> Applies,
    pub(crate) check: fn(&Ctx) -> Outcome,
    /// The fields the check reads: an edition asks a field exactly when one of its rows reads it,
    /// and not where none of those rows applies to the offer.
    pub(crate) reads: fn(FieldId) -> bool,
    /// Where the row does not apply, its fields are still asked, as optional ones (the pitch
    /// deck of 2020-09).
    pub(crate) optional_when_not_applicable: bool,
}

/// The name each edition gives the rungs of its ladder.
pub struct Ladder {
    pub not_ready: &'static str,
    pub in_market: &'static str,
    pub co_sell_ready: &'static str,
    pub azure_ip: &'static str,
    pub biz_apps: &'static str,
}

impl Ladder {
    pub fn label(&self, status: Status) -> &'static str {
        match status {
            Status::NotReady => self.not_ready,
            Status::InMarket => self.in_market,
            Status::CoSellReady => self.co_sell_ready,
            Status::AzureIpCoSellIncentivized => self.azure_ip,
            Status::BizAppsIsvConnectPremium => self.biz_apps,
        }
    }
}

/// Whether marketplace billed revenue counts toward IP-REVENUE.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Billed {
    /// Whether or not the offer is transactable (2020-09; the organisation's billed sales in
    /// 2025-09). Either figure alone; the two are never added.
    Always,
    /// Only when the offer is transactable.
    WhenTransactable,
}

/// The words an edition's checks and checklist use where Partner Center's wording changed.
pub struct Words {
    /// What the partner's id is called (`MPN ID`, `Partner ID`).
    pub partner_id: &'static str,
    /// The marketplace account (`commercial marketplace account`).
    pub account: &'static str,
    /// Where an offer goes live (`Azure Marketplace or AppSource`).
    pub storefront: &'static str,
    /// The marketplace an offer is sold through (`the marketplace`).
    pub marketplace: &'static str,
    /// The Business Applications programme (`ISV Connect`, `ISV Success`).
    pub programme: &'static str,
    /// What a listing's second level is called, singular and plural (`sub-area`, `sales plays`).
    pub sub_area: &'static str,
    pub sub_areas: &'static str,
    /// Marketplace billed revenue, as the met detail says it.
    pub billed: &'static str,
    /// A checklist line saying the offer must be live before the page exists; empty when not.
    pub live_first: &'static str,
    /// The checklist's submit step.
    pub submit: &'static str,
}

/// An edition's label and help for a field, where they differ from the field table's own; an
/// empty text keeps the field's.
pub type FieldWords = fn(FieldId) -> Option<(&'static str, &'static str)>;

/// An edition of the rules, as data.
pub struct EditionRules {
    pub edition: Edition,
    /// The date of the Microsoft text the edition follows.
    pub date: &'static str,
    /// One line on what the edition is, for pickers and `--help`.
    pub summary: &'static str,
    /// Every requirement of the edition, in the order of its status block.
    pub requirements: &'static [Rule],
    /// The rungs' labels.
    pub labels: Ladder,
    /// The status reached, from the evaluated requirements.
    pub(crate) ladder: fn(&Submission, &[RequirementResult]) -> Status,
    /// The benefits a status unlocks.
    pub benefits: fn(Status) -> &'static [BenefitId],
    /// Each benefit's title and description in this edition.
    pub benefit_words: fn(BenefitId) -> (&'static str, &'static str),
    /// What the edition says beside the benefits of a status (text only: never a status).
    pub notes: fn(Status, &Submission) -> Vec<&'static str>,
    /// Where the partner fills it in, in Partner Center.
    pub page: &'static str,
    /// What Microsoft does after the partner submits.
    pub after_submit: &'static str,
    /// How many solution areas, and sub-areas (sales plays) per area, it takes.
    pub limits: (usize, usize),
    /// Its catalogue's key in assets/catalogue.json.
    pub catalogue: &'static str,
    pub words: Words,
    pub billed: Billed,
    /// Whether transactable VMs and Azure Applications meet IP-AZURE by default.
    pub azure_share_by_default: bool,
    /// Fields read outside the requirement rows (the ladder and applies-to read the offer type;
    /// benefit texts may read a field): asked as the field table says.
    pub also_reads: &'static [FieldId],
    /// Field labels and help that differ from the field table's.
    pub fields: FieldWords,
    /// The edition it was derived from: field words it does not give are that edition's.
    pub parent: Option<&'static EditionRules>,
}

impl EditionRules {
    /// A field's label and help in this edition (or the edition it was derived from); `None`
    /// keeps the field table's.
    pub fn field_words(&self, field: FieldId) -> (Option<&'static str>, Option<&'static str>) {
        let mut label = None;
        let mut help = None;
        let mut table = Some(self);
        while let Some(t) = table {
            if let Some((l, h)) = (t.fields)(field) {
                label = label.or(Some(l).filter(|l| !l.is_empty()));
                help = help.or(Some(h).filter(|h| !h.is_empty()));
            }
            table = t.parent;
        }
        (label, help)
    }

    /// The row of a requirement, when the edition has it.
    pub fn rule(&self, id: RequirementId) -> Option<&'static Rule> {
        self.requirements.iter().find(|r| r.id == id)
    }

    /// Whether any row of the edition (or its ladder, applies-to and benefit texts) reads a field.
    pub fn reads(&self, field: FieldId) -> bool {
        self.also_reads.contains(&field) || self.requirements.iter().any(|r| (r.reads)(field))
    }
}

/// The table of an edition.
pub fn rules_of(edition: Edition) -> &'static EditionRules {
    match edition {
        Edition::E2020_09 => &seeds::E2020_09,
        Edition::E2021_02 => &seeds::E2021_02,
        Edition::E2023_08 => &today::E2023_08,
        Edition::E2025_09 => &newest::E2025_09,
        #[cfg(test)]
        Edition::Test => &test_edition::TEST,
    }
}

/// The requirement ids of an edition, in the order of its status block.
pub fn requirement_ids(edition: Edition) -> impl Iterator<Item = RequirementId> {
    rules_of(edition).requirements.iter().map(|r| r.id)
}

/// The benefits a status unlocks in an edition.
pub fn benefits(status: Status, edition: Edition) -> &'static [BenefitId] {
    (rules_of(edition).benefits)(status)
}

/// Whether the draft's edition asks a field, from the rows that read it: `None` when no row of
/// any edition reads it (the field table's own need stands), `Some(Need::Required)` when a row
/// that reads it applies or cannot tell yet (the field's own need stands), otherwise absent,
/// optional or not needed with the row's reason.
pub fn field_need(sub: &Submission, field: FieldId) -> Option<Need> {
    let table = rules_of(sub.rules);
    if table.also_reads.contains(&field) {
        return Some(Need::Required);
    }
    let rows: Vec<&Rule> = table
        .requirements
        .iter()
        .filter(|r| (r.reads)(field))
        .collect();
    if rows.is_empty() {
        let elsewhere = Edition::ALL.iter().any(|e| rules_of(*e).reads(field));
        return elsewhere.then_some(Need::Absent);
    }
    let contacts = ContactChecks::default();
    let ctx = Ctx {
        sub,
        edition: sub.rules,
        table,
        docs: HashMap::new(),
        contacts: &contacts,
    };
    let mut why = None;
    let mut optional = false;
    for row in rows {
        match (row.applies)(&ctx) {
            Applies::Yes | Applies::Unknown { .. } => return Some(Need::Required),
            Applies::No(_) if row.optional_when_not_applicable => optional = true,
            Applies::No(reason) => {
                why.get_or_insert(reason);
            }
        }
    }
    Some(match (optional, why) {
        (true, _) => Need::Optional,
        (false, Some(why)) => Need::NotNeeded(why),
        (false, None) => Need::Required,
    })
}

#[derive(Default)]
pub(crate) struct ContactChecks {
    /// (row, column, reason) of every invalid cell.
    pub problems: Vec<(usize, &'static str, String)>,
    pub warnings: Vec<Warning>,
}

/// What the checks read, computed once per evaluation.
pub(crate) struct Ctx<'a> {
    pub sub: &'a Submission,
    pub edition: Edition,
    pub table: &'static EditionRules,
    pub docs: HashMap<DocSlot, Result<FileFacts, String>>,
    pub contacts: &'a ContactChecks,
}

impl Ctx<'_> {
    pub fn offer_type(&self) -> Option<OfferType> {
        self.sub.offer.offer_type
    }

    /// The first invalid contact cell: (row, column, reason).
    pub fn first_contact_problem(&self) -> Option<&(usize, &'static str, String)> {
        self.contacts.problems.first()
    }
}

/// Whether every requirement of a tier holds (met or not applicable).
pub(crate) fn holds(requirements: &[RequirementResult], tier: Tier) -> bool {
    requirements
        .iter()
        .filter(|r| r.tier == tier)
        .all(|r| r.state != RequirementState::Unmet)
}

// Methods of lower types (Edition, Catalogue, Status, RequirementId, BenefitId) that read an
// edition's table: defined here, beside the tables, so model, catalogue and status never import
// this module.

impl Edition {
    /// The date of the Microsoft text the edition follows.
    pub fn date(self) -> &'static str {
        rules_of(self).date
    }

    /// One line on what the edition is, for pickers and `--help`.
    pub fn summary(self) -> &'static str {
        rules_of(self).summary
    }
}

impl Catalogue {
    /// The catalogue an edition's table names, compiled in from assets/ and parsed once.
    pub fn for_edition(edition: Edition) -> &'static Catalogue {
        Catalogue::named(rules_of(edition).catalogue).unwrap_or(Catalogue::empty())
    }
}

impl Status {
    /// The name each edition gives the rung.
    pub fn label(self, edition: Edition) -> &'static str {
        rules_of(edition).labels.label(self)
    }
}

impl RequirementId {
    /// What the requirement asks, in words a partner understands: the edition's title, or for a
    /// requirement the edition does not have, the newest edition's that has it.
    pub fn title(self, edition: Edition) -> &'static str {
        let mut tables = std::iter::once(edition)
            .chain(Edition::ALL.iter().rev().copied())
            .map(rules_of);
        tables
            .find_map(|t| t.rule(self))
            .map_or(self.as_str(), |r| r.title)
    }
}

impl BenefitId {
    /// The benefit in a few words, for the status panel, in an edition's words.
    pub fn title(self, edition: Edition) -> &'static str {
        (rules_of(edition).benefit_words)(self).0
    }

    /// The benefit in full, with its conditions, in an edition's words.
    pub fn description(self, edition: Edition) -> &'static str {
        (rules_of(edition).benefit_words)(self).1
    }
}

/// Whether a field matters for the offer as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Does not apply to this offer; the reason says why (the reason of the rows that read it).
    NotNeeded(String),
    /// Not part of the draft's rules edition at all: not shown, not asked, not read.
    Absent,
}
