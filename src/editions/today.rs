//! Edition 2023-08 (spec §10): Microsoft's Partner Center docs of July and August 2023.
//! Referrals → Co-sell → Solutions exists only for live offers, so the ladder starts at "Not in
//! market" and "In market".

use super::rows::*;
use super::{Billed, EditionRules, Ladder, Rule, Words, holds};
use crate::field_ids::FieldId as F;
use crate::model::{OfferType, Submission};
use crate::status::{BenefitId, RequirementResult, Status, Tier};

const READY: Tier = Tier::CoSellReady;
const IP: Tier = Tier::AzureIpCoSellIncentivized;
const BIZ: Tier = Tier::BizAppsIsvConnectPremium;

const RULES: &[Rule] = &[
    ACCOUNT_PARTNER_ID,
    PROFILE,
    OFFER_TYPE,
    LISTING_PLAYS,
    ONE_PAGER,
    PITCH_DECK,
    CONTACTS,
    LIVE,
    DESIGNATION,
    ISV_CONNECT,
    IP_SOLUTION_TYPE,
    REVENUE,
    AZURE,
    DIAGRAM_SAAS,
    TRANSACTABLE,
    PREMIUM_CE_FO,
];

/// Not in market until live; in market until co-sell ready; then the highest rung that holds.
pub fn ladder(sub: &Submission, reqs: &[RequirementResult]) -> Status {
    let t = sub.offer.offer_type;
    if sub.offer.live != Some(true) {
        Status::NotReady
    } else if !holds(reqs, READY) {
        Status::InMarket
    } else if t.is_some_and(OfferType::is_azure_ip) && holds(reqs, IP) {
        Status::AzureIpCoSellIncentivized
    } else if t.is_some_and(OfferType::needs_isv_connect) && holds(reqs, BIZ) {
        Status::BizAppsIsvConnectPremium
    } else {
        Status::CoSellReady
    }
}

pub fn benefits(status: Status) -> &'static [BenefitId] {
    use BenefitId::*;
    match status {
        Status::NotReady | Status::InMarket => &[],
        Status::CoSellReady => &[Sellers],
        Status::AzureIpCoSellIncentivized => &[Sellers, Macc, Badge],
        Status::BizAppsIsvConnectPremium => &[Sellers, Badge],
    }
}

/// The seeds' texts, with BEN-MACC's condition wherever the benefit shows.
fn benefit_words(b: BenefitId) -> (&'static str, &'static str) {
    match b {
        BenefitId::Macc => (
            "Sales count toward Azure consumption commitments (priced plans)",
            "Sales count toward customers' Azure consumption commitments (\"Azure benefit eligible\"), for plans with a price above zero",
        ),
        other => super::seeds::benefit_words(other),
    }
}

const TOP_TIER: &str = "Seller incentives are not earned by the status alone: they are possible through a top-tier pathway (for example USD 4 million marketplace billed sales, or 12 new marketplace customers above USD 10,000, in the trailing 12 months).";
const FEE: &str = "The marketplace fee cut and the CSP incentive of the earlier rules are gone: the standard store fee has been 3% since 2022.";

fn notes(status: Status, _: &Submission) -> Vec<&'static str> {
    match status {
        Status::NotReady | Status::InMarket => Vec::new(),
        Status::CoSellReady | Status::BizAppsIsvConnectPremium => vec![TOP_TIER],
        Status::AzureIpCoSellIncentivized => vec![TOP_TIER, FEE],
    }
}

fn fields(f: F) -> Option<(&'static str, &'static str)> {
    Some(match f {
        F::OfferType => (
            "",
            "Decides which rungs the offer can reach: the five Azure IP types can become Azure IP co-sell eligible; apps and add-ins for Microsoft Office cannot be co-sold.",
        ),
        F::Live => (
            "",
            "Is the offer published live? Partner Center shows the Co-sell page only for live offers.",
        ),
        F::Transactable => (
            "",
            "Is the offer sold through the marketplace? Azure IP co-sell eligibility needs a transactable offer, and billed revenue then counts.",
        ),
        F::MpnId => (
            "Partner ID (formerly MPN ID)",
            "Your Partner ID, formerly the MPN ID: digits only.",
        ),
        F::IsvConnect => (
            "",
            "ISV Connect registration tier; Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps need it; Premium unlocks the Business Applications incentive.",
        ),
        F::SolutionType => (
            "",
            "Exactly one: Device, IP (application), Managed service or Service; Azure IP co-sell needs IP.",
        ),
        F::Area(0) => ("", "The first solution area; the rules take 1 to 5."),
        F::SubAreas(_) => (
            "  sales plays",
            "1 to 5 sales plays of the area above, comma-separated.",
        ),
        _ => return None,
    })
}

pub const PAGE: &str =
    "Referrals → Co-sell → Solutions (the page exists only for offers already live)";

pub const E2023_08: EditionRules = EditionRules {
    edition: crate::model::Edition::E2023_08,
    date: "2023-08-24",
    summary: "Referrals → Co-sell → Solutions, Solutions Partner designations",
    requirements: RULES,
    labels: Ladder {
        not_ready: "Not in market",
        in_market: "In market",
        co_sell_ready: "Co-sell ready",
        azure_ip: "Azure IP co-sell eligible",
        biz_apps: "Business Applications co-sell incentive premium",
    },
    ladder,
    benefits,
    benefit_words,
    notes,
    page: PAGE,
    after_submit: "Microsoft reviews the co-sell documents and the solution's eligibility; the co-sell status appears on the solution once the review is done, usually within a few business days.",
    limits: (5, 5),
    catalogue: "2023-08",
    words: Words {
        partner_id: "Partner ID",
        account: "commercial marketplace account",
        storefront: "Azure Marketplace or AppSource",
        marketplace: "the marketplace",
        programme: "ISV Connect",
        sub_area: "sales play",
        sub_areas: "sales plays",
        billed: "marketplace billed revenue",
        live_first: "The solution must already be live: the Co-sell page does not exist before that.",
        submit: "Select **Submit for review**.",
    },
    billed: Billed::WhenTransactable,
    azure_share_by_default: false,
    also_reads: &[F::OfferType],
    fields,
    parent: None,
};
