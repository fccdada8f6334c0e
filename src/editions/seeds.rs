//! The seeds' editions: 2021-02 (seed 000, spec §2–§5) and 2020-09 (seed 004, spec §9). Two
//! tables of the same rows; 2020-09's pitch deck is optional and its billed revenue always counts.

use super::rows::*;
use super::{Billed, EditionRules, Ladder, Rule, Words, holds};
use crate::field_ids::FieldId;
use crate::model::{OfferType, Submission};
use crate::status::{BenefitId, RequirementResult, Status, Tier};

const READY: Tier = Tier::CoSellReady;
const IP: Tier = Tier::AzureIpCoSellIncentivized;
const BIZ: Tier = Tier::BizAppsIsvConnectPremium;

const RULES: &[Rule] = &[
    ACCOUNT,
    PROFILE,
    LISTING,
    ONE_PAGER,
    PITCH_DECK,
    CONTACTS,
    LIVE,
    GOLD,
    ISV_CONNECT,
    REVENUE,
    AZURE,
    DIAGRAM,
    PREMIUM,
];

const RULES_2020: &[Rule] = &[
    ACCOUNT,
    PROFILE,
    LISTING,
    ONE_PAGER,
    PITCH_DECK_OPTIONAL,
    CONTACTS,
    LIVE,
    GOLD,
    ISV_CONNECT,
    REVENUE,
    AZURE,
    DIAGRAM,
    PREMIUM,
];

fn ladder(sub: &Submission, reqs: &[RequirementResult]) -> Status {
    let t = sub.offer.offer_type;
    if !holds(reqs, READY) {
        Status::NotReady
    } else if t.is_some_and(OfferType::is_azure_ip) && holds(reqs, IP) {
        Status::AzureIpCoSellIncentivized
    } else if t.is_some_and(OfferType::is_biz_apps) && holds(reqs, BIZ) {
        Status::BizAppsIsvConnectPremium
    } else {
        Status::CoSellReady
    }
}

fn benefits(status: Status) -> &'static [BenefitId] {
    use BenefitId::*;
    match status {
        Status::NotReady | Status::InMarket => &[],
        Status::CoSellReady => &[Sellers],
        Status::AzureIpCoSellIncentivized => &[Sellers, Fee, Csp, Macc, Badge, SellerIncentive],
        Status::BizAppsIsvConnectPremium => &[Sellers, SellerIncentive],
    }
}

/// The benefits of seed 004 (spec §5): title for the status panel, and description.
pub fn benefit_words(b: BenefitId) -> (&'static str, &'static str) {
    match b {
        BenefitId::Sellers => (
            "Shown to Microsoft field sellers",
            "Shown to Microsoft field sellers; joint opportunities with Microsoft-managed customers",
        ),
        BenefitId::Fee => (
            "Marketplace fee cut from 20% to 10%",
            "Marketplace service fee cut from 20% to 10% for IaaS or SaaS sold through the marketplace",
        ),
        BenefitId::Csp => (
            "10% incentive for CSP resellers",
            "Cloud Solution Provider partners get a 10% incentive for reselling the offer",
        ),
        BenefitId::Macc => (
            "Sales count toward Azure consumption commitments",
            "Sales count toward customers' Azure consumption commitments (\"Azure benefit eligible\")",
        ),
        BenefitId::Badge => (
            "\"Preferred solutions\" badge in the storefronts",
            "\"Preferred solutions\" badge in the storefronts",
        ),
        BenefitId::SellerIncentive => (
            "Microsoft sellers paid incentives to sell it",
            "Microsoft field sellers are paid incentives when they sell it with you",
        ),
    }
}

fn notes(status: Status, _: &Submission) -> Vec<&'static str> {
    match status {
        Status::BizAppsIsvConnectPremium => vec![
            "Microsoft also weighs the last 12 months of revenue and co-sell results: the offer is eligible to be considered for the Premium incentive, not granted it.",
        ],
        _ => Vec::new(),
    }
}

/// The seeds' field wording is the field table's own.
fn fields(_: FieldId) -> Option<(&'static str, &'static str)> {
    None
}

const PAGE: &str = "Commercial Marketplace → the offer → the Co-sell with Microsoft tab";
const AFTER: &str = "Microsoft reviews the co-sell documents and the offer's eligibility; the co-sell status shows on the offer in Partner Center once the review is done, and the offer appears to Microsoft's field sellers when it is co-sell ready.";

const WORDS: Words = Words {
    partner_id: "MPN ID",
    account: "commercial marketplace account",
    storefront: "Azure Marketplace or AppSource",
    marketplace: "the marketplace",
    programme: "ISV Connect",
    sub_area: "sub-area",
    sub_areas: "sub-areas",
    billed: "marketplace billed revenue",
    live_first: "",
    submit: "Select **Save draft**, then **Review and publish**, then **Publish**.",
};

pub const E2021_02: EditionRules = EditionRules {
    edition: crate::model::Edition::E2021_02,
    date: "2021-02-24",
    summary: "the co-sell tab with Gold and ISV Connect",
    requirements: RULES,
    labels: Ladder {
        not_ready: "Not co-sell ready",
        in_market: "In market",
        co_sell_ready: "Co-sell ready",
        azure_ip: "Azure IP co-sell incentivized",
        biz_apps: "Business Applications ISV Connect Premium incentive",
    },
    ladder,
    benefits,
    benefit_words,
    notes,
    page: PAGE,
    after_submit: AFTER,
    limits: (3, 2),
    catalogue: "seeds",
    words: WORDS,
    billed: Billed::WhenTransactable,
    azure_share_by_default: true,
    also_reads: &[FieldId::OfferType],
    fields,
    parent: None,
};

pub const E2020_09: EditionRules = EditionRules {
    edition: crate::model::Edition::E2020_09,
    date: "2020-09-15",
    summary: "the first co-sell tab; pitch deck optional",
    requirements: RULES_2020,
    labels: Ladder {
        not_ready: "Not ready",
        biz_apps: "Business Applications co-sell incentivized",
        ..E2021_02.labels
    },
    billed: Billed::Always,
    ..E2021_02
};
