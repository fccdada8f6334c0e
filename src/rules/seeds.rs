//! The seeds' editions: 2021-02 (seed 000, spec §2–§5) and 2020-09 (seed 004, spec §9). One
//! table; the few differences (pitch deck optional, billed revenue always counts) are read from
//! the edition inside the checks.

use super::rows::*;
use super::{EditionRules, Rule, holds};
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

fn notes(status: Status) -> &'static [&'static str] {
    match status {
        Status::BizAppsIsvConnectPremium => &[
            "Microsoft also weighs the last 12 months of revenue and co-sell results: the offer is eligible to be considered for the Premium incentive, not granted it.",
        ],
        _ => &[],
    }
}

const PAGE: &str = "Commercial Marketplace → the offer → the Co-sell with Microsoft tab";
const AFTER: &str = "Microsoft reviews the co-sell documents and the offer's eligibility; the co-sell status shows on the offer in Partner Center once the review is done, and the offer appears to Microsoft's field sellers when it is co-sell ready.";

pub static E2021_02: EditionRules = EditionRules {
    edition: crate::model::Edition::E2021_02,
    requirements: RULES,
    ladder,
    benefits,
    notes,
    page: PAGE,
    after_submit: AFTER,
};

pub static E2020_09: EditionRules = EditionRules {
    edition: crate::model::Edition::E2020_09,
    requirements: RULES,
    ladder,
    benefits,
    notes,
    page: PAGE,
    after_submit: AFTER,
};
