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
use std::sync::{Mutex, OnceLock};

use crate::i18n::{self, Lang};

use crate::catalogue::Catalogue;
use crate::field_ids::FieldId;
use crate::model::{DocSlot, Edition, OfferType, Submission};
use crate::status::{
    BenefitId, RequirementId, RequirementResult, RequirementState, Status, StatusReport, Tier,
    Warning,
};
use crate::validate::FileFacts;

pub use checks::{AZURE_SHARE_THRESHOLD, REVENUE_THRESHOLD_USD};

/// A message of the catalogue (assets/i18n), named in an edition's table by its key: it reads
/// in the reader's language wherever it is shown (`{}` or as a `&str`). The tables are constants,
/// so they hold keys; [`Msg::NONE`] is no text at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Msg(pub(crate) &'static str);

impl Msg {
    /// No text (a checklist line an edition does not have, a field word it keeps).
    pub const NONE: Msg = Msg("");

    /// The catalogue's key.
    pub fn key(self) -> &'static str {
        self.0
    }

    /// The text in the reader's language (empty for [`Msg::NONE`]).
    pub fn text(self) -> &'static str {
        text(self.0, "")
    }

    /// One of the message's attributes (`short` for a requirement's short title).
    pub fn attr(self, attr: &'static str) -> &'static str {
        text(self.0, attr)
    }
}

impl From<Msg> for crate::i18n::Arg<'static> {
    fn from(m: Msg) -> Self {
        crate::i18n::Arg::from(m.text())
    }
}

impl std::ops::Deref for Msg {
    type Target = str;
    fn deref(&self) -> &str {
        self.text()
    }
}

impl std::fmt::Display for Msg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.text())
    }
}

/// A message without variables, in the current language, as a `&'static str`: each (language,
/// key, attribute) is formatted once and kept for the life of the process, so the tables' words
/// can be handed out as the `&'static str` the front ends take. The keys are the tables' own, a
/// few hundred at most, so what is kept is bounded.
pub fn text(key: &'static str, attr: &'static str) -> &'static str {
    if key.is_empty() {
        return "";
    }
    type Cache = Mutex<HashMap<(Lang, &'static str, &'static str), &'static str>>;
    static CACHE: OnceLock<Cache> = OnceLock::new();
    let lang = i18n::current();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(s) = cache
        .lock()
        .unwrap_or_else(|e| e.into_inner())
        .get(&(lang, key, attr))
    {
        return s;
    }
    let formatted = if attr.is_empty() {
        i18n::tr(key, &[])
    } else {
        i18n::tr(&format!("{key}.{attr}"), &[])
    };
    let mut map = cache.lock().unwrap_or_else(|e| e.into_inner());
    map.entry((lang, key, attr))
        .or_insert_with(|| Box::leak(formatted.into_boxed_str()))
}

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
    /// What the requirement asks, in words a partner understands: the catalogue's message, whose
    /// `.short` attribute is the title in at most 28 characters (for narrow panels).
    pub title: Msg,
    pub(crate) applies: fn(&Ctx) -> Applies,
    pub(crate) check: fn(&Ctx) -> Outcome,
    /// The fields the check reads: an edition asks a field exactly when one of its rows reads it,
    /// and not where none of those rows applies to the offer.
    pub(crate) reads: fn(FieldId) -> bool,
    /// Where the row does not apply, its fields are still asked, as optional ones (the pitch
    /// deck of 2020-09).
    pub(crate) optional_when_not_applicable: bool,
}

impl Rule {
    /// The title in at most 28 characters, for where the full one does not fit.
    pub fn short(&self) -> &'static str {
        self.title.attr("short")
    }
}

/// The name each edition gives the rungs of its ladder.
pub struct Ladder {
    pub not_ready: Msg,
    pub in_market: Msg,
    pub co_sell_ready: Msg,
    pub azure_ip: Msg,
    pub biz_apps: Msg,
}

impl Ladder {
    pub fn label(&self, status: Status) -> &'static str {
        self.msg(status).text()
    }

    fn msg(&self, status: Status) -> Msg {
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

/// The words an edition's checks and checklist use where Partner Center's wording changed. Names
/// of Partner Center's own (the partner id's label, the programme) are the same in every
/// language; the rest are messages of the catalogue.
pub struct Words {
    /// What the partner's id is called (`MPN ID`, `Partner ID`).
    pub partner_id: &'static str,
    /// The marketplace account (`commercial marketplace account`).
    pub account: Msg,
    /// Where an offer goes live (`Azure Marketplace or AppSource`).
    pub storefront: Msg,
    /// The marketplace an offer is sold through (`the marketplace`).
    pub marketplace: Msg,
    /// The Business Applications programme (`ISV Connect`, `ISV Success`).
    pub programme: &'static str,
    /// What a listing's second level is called, singular and plural (`sub-area`, `sales plays`).
    pub sub_area: Msg,
    pub sub_areas: Msg,
    /// Marketplace billed revenue, as the met detail says it.
    pub billed: Msg,
    /// A checklist line saying the offer must be live before the page exists; `Msg::NONE` when
    /// not.
    pub live_first: Msg,
    /// The checklist's submit step.
    pub submit: Msg,
}

/// An edition's label and help for a field, where they differ from the field table's own;
/// `Msg::NONE` keeps the field's.
pub type FieldWords = fn(FieldId) -> Option<(Msg, Msg)>;

/// An edition of the rules, as data.
pub struct EditionRules {
    pub edition: Edition,
    /// The date of the Microsoft text the edition follows.
    pub date: &'static str,
    /// One line on what the edition is, for pickers and `--help`.
    pub summary: Msg,
    /// Every requirement of the edition, in the order of its status block.
    pub requirements: &'static [Rule],
    /// The rungs' labels.
    pub labels: Ladder,
    /// Whether the ladder has the In market rung (live, not yet co-sell ready).
    pub in_market: bool,
    /// The status reached, from the evaluated requirements.
    pub(crate) ladder: fn(&Submission, &[RequirementResult]) -> Status,
    /// The benefits a status unlocks.
    pub benefits: fn(Status) -> &'static [BenefitId],
    /// Each benefit's title and description in this edition.
    pub benefit_words: fn(BenefitId) -> (Msg, Msg),
    /// What the edition says beside the benefits of a status (text only: never a status).
    pub notes: fn(Status, &Submission) -> Vec<Msg>,
    /// Where the partner fills it in, in Partner Center.
    pub page: Msg,
    /// What Microsoft does after the partner submits.
    pub after_submit: Msg,
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
                label = label.or(Some(l.text()).filter(|l| !l.is_empty()));
                help = help.or(Some(h.text()).filter(|h| !h.is_empty()));
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
        rules_of(self).summary.text()
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
            .map_or(self.as_str(), |r| r.title.text())
    }

    /// The title in at most 28 characters, as [`RequirementId::title`] finds it.
    pub fn short_title(self, edition: Edition) -> &'static str {
        let mut tables = std::iter::once(edition)
            .chain(Edition::ALL.iter().rev().copied())
            .map(rules_of);
        tables
            .find_map(|t| t.rule(self))
            .map_or(self.as_str(), Rule::short)
    }
}

impl BenefitId {
    /// The benefit in a few words, for the status panel, in an edition's words.
    pub fn title(self, edition: Edition) -> &'static str {
        (rules_of(edition).benefit_words)(self).0.text()
    }

    /// The benefit in full, with its conditions, in an edition's words.
    pub fn description(self, edition: Edition) -> &'static str {
        (rules_of(edition).benefit_words)(self).1.text()
    }
}

impl StatusReport {
    /// The rung above the one reached that the offer can still reach: In market after nothing
    /// where the ladder has it, then Co-sell ready, then the higher rung whose requirements apply
    /// to the offer; `None` at the top rung for the offer.
    pub fn next_rung(&self) -> Option<Status> {
        let applies = |tier: Tier| {
            self.requirements
                .iter()
                .any(|r| r.tier == tier && r.state != RequirementState::NotApplicable)
        };
        match self.status {
            Status::NotReady if rules_of(self.edition).in_market => Some(Status::InMarket),
            Status::NotReady | Status::InMarket => Some(Status::CoSellReady),
            Status::CoSellReady if applies(Tier::AzureIpCoSellIncentivized) => {
                Some(Status::AzureIpCoSellIncentivized)
            }
            Status::CoSellReady if applies(Tier::BizAppsIsvConnectPremium) => {
                Some(Status::BizAppsIsvConnectPremium)
            }
            Status::CoSellReady
            | Status::AzureIpCoSellIncentivized
            | Status::BizAppsIsvConnectPremium => None,
        }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    const STATUSES: [Status; 5] = Status::ALL;

    /// Every requirement of every edition has, in every language, a full title and a short one
    /// of at most 28 characters (counted in characters, not bytes) for narrow panels.
    #[test]
    fn every_requirement_has_a_full_and_a_short_title_in_every_language() {
        let mut problems = Vec::new();
        for lang in Lang::all() {
            i18n::with(lang, || {
                for e in Edition::ALL.iter().copied().chain([Edition::Test]) {
                    for r in rules_of(e).requirements {
                        let (full, short) = (r.title.text(), r.short());
                        let at = format!("{} {e} {}", lang.code(), r.id.as_str());
                        if !i18n::has(r.title.key()) || full.trim().is_empty() {
                            problems.push(format!("{at}: no title"));
                        }
                        if !i18n::has(&format!("{}.short", r.title.key())) || short.is_empty() {
                            problems.push(format!("{at}: no short title"));
                        }
                        if short.chars().count() > 28 {
                            problems.push(format!(
                                "{at}: short title {short:?} has {} characters",
                                short.chars().count()
                            ));
                        }
                        if short.chars().count() > full.chars().count() {
                            problems.push(format!("{at}: {short:?} is longer than {full:?}"));
                        }
                    }
                }
            });
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// Every message an edition's table names is in the catalogue (the compiler cannot see keys).
    #[test]
    fn every_key_of_every_table_is_in_the_catalogue() {
        let mut keys: Vec<Msg> = Vec::new();
        for e in Edition::ALL.iter().copied().chain([Edition::Test]) {
            let t = rules_of(e);
            keys.extend([t.summary, t.page, t.after_submit]);
            let w = &t.words;
            keys.extend([
                w.account,
                w.storefront,
                w.marketplace,
                w.sub_area,
                w.sub_areas,
                w.billed,
                w.submit,
            ]);
            if w.live_first != Msg::NONE {
                keys.push(w.live_first);
            }
            keys.extend(t.requirements.iter().map(|r| r.title));
            for status in STATUSES {
                keys.push(t.labels.msg(status));
                for b in (t.benefits)(status) {
                    let (title, text) = (t.benefit_words)(*b);
                    keys.extend([title, text]);
                }
                for certified in [None, Some(true)] {
                    for offer_type in crate::model::OfferType::ALL {
                        let mut sub = Submission::new("X", e);
                        sub.offer.offer_type = Some(*offer_type);
                        sub.partner.certified_software_designation = certified;
                        keys.extend((t.notes)(status, &sub));
                    }
                }
            }
            for f in crate::fields::FIELDS.iter() {
                let mut table = Some(t);
                while let Some(t) = table {
                    if let Some((l, h)) = (t.fields)(f.id) {
                        keys.extend([l, h].into_iter().filter(|m| *m != Msg::NONE));
                    }
                    table = t.parent;
                }
            }
        }
        let missing: Vec<&str> = keys
            .iter()
            .map(|m| m.key())
            .filter(|k| !i18n::has(k))
            .collect();
        assert!(missing.is_empty(), "not in assets/i18n/en.ftl: {missing:?}");
    }

    /// The words of a table read in the reader's language, and each language's text is kept
    /// apart (the cache is per language).
    #[test]
    fn the_tables_words_follow_the_language() {
        let nl = Lang::from_locale("nl").unwrap();
        let e = Edition::E2023_08;
        let en_label = Status::InMarket.label(e);
        let nl_label = i18n::with(nl, || Status::InMarket.label(e));
        assert_eq!(en_label, "In market");
        assert_eq!(nl_label, "Op de markt");
        assert_eq!(Status::InMarket.label(e), "In market", "English again");
        let title = i18n::with(nl, || RequirementId::CsrContacts.title(e));
        assert_eq!(title, "Verkoopcontactpersoon voor elke markt");
        assert_eq!(Msg::NONE.text(), "");
    }

    /// The next rung: In market after nothing where the ladder has it, Co-sell ready, then the
    /// higher rung whose requirements apply to the offer; none at the top.
    #[test]
    fn the_next_rung_is_the_one_the_offer_can_still_reach() {
        use crate::model::OfferType;
        let report = |e: Edition, t: Option<OfferType>, status: Status| {
            let mut sub = Submission::new("X", e);
            sub.offer.offer_type = t;
            let mut r =
                crate::rules::evaluate_with(&sub, e, &crate::validate::DiskProbe::default());
            r.status = status;
            r
        };
        let saas = Some(OfferType::Saas);
        let d365 = Some(OfferType::Dynamics365CustomerEngagement);
        let consulting = Some(OfferType::ConsultingService);
        for (e, t, status, want) in [
            (
                Edition::E2021_02,
                saas,
                Status::NotReady,
                Some(Status::CoSellReady),
            ),
            (
                Edition::E2023_08,
                saas,
                Status::NotReady,
                Some(Status::InMarket),
            ),
            (
                Edition::E2025_09,
                saas,
                Status::InMarket,
                Some(Status::CoSellReady),
            ),
            (
                Edition::E2021_02,
                saas,
                Status::CoSellReady,
                Some(Status::AzureIpCoSellIncentivized),
            ),
            (
                Edition::E2023_08,
                d365,
                Status::CoSellReady,
                Some(Status::BizAppsIsvConnectPremium),
            ),
            (Edition::E2023_08, consulting, Status::CoSellReady, None),
            (
                Edition::E2021_02,
                saas,
                Status::AzureIpCoSellIncentivized,
                None,
            ),
            (
                Edition::E2020_09,
                d365,
                Status::BizAppsIsvConnectPremium,
                None,
            ),
        ] {
            assert_eq!(
                report(e, t, status).next_rung(),
                want,
                "{e} {t:?} {status:?}"
            );
        }
    }
}
