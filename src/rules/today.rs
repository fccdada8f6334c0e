//! Edition 2023-08 (spec §10): the rules partners meet today, from Microsoft's Partner Center
//! docs of July and August 2023. Referrals → Co-sell → Solutions exists only for live offers, so
//! the ladder starts at "Not in market" and "In market".

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
    OFFER_TYPE,
    LISTING,
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

fn ladder(sub: &Submission, reqs: &[RequirementResult]) -> Status {
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

fn benefits(status: Status) -> &'static [BenefitId] {
    use BenefitId::*;
    match status {
        Status::NotReady | Status::InMarket => &[],
        Status::CoSellReady => &[Sellers],
        Status::AzureIpCoSellIncentivized => &[Sellers, Macc, Badge],
        Status::BizAppsIsvConnectPremium => &[Sellers, Badge],
    }
}

const TOP_TIER: &str = "Seller incentives are not earned by the status alone: they are possible through a top-tier pathway (for example USD 4 million marketplace billed sales, or 12 new marketplace customers above USD 10,000, in the trailing 12 months).";
const PRICE: &str = "Counting toward customers' Azure consumption commitments also needs a price above zero, which cosell does not ask.";
const FEE: &str = "The marketplace fee cut and the CSP incentive of the earlier rules are gone: the standard store fee has been 3% since 2022.";

fn notes(status: Status) -> &'static [&'static str] {
    match status {
        Status::NotReady | Status::InMarket => &[],
        Status::CoSellReady | Status::BizAppsIsvConnectPremium => &[TOP_TIER],
        Status::AzureIpCoSellIncentivized => &[PRICE, TOP_TIER, FEE],
    }
}

pub static E2023_08: EditionRules = EditionRules {
    edition: crate::model::Edition::E2023_08,
    requirements: RULES,
    ladder,
    benefits,
    notes,
    page: "Referrals → Co-sell → Solutions (the page exists only for offers already live)",
    after_submit: "Select \"Submit for review\". Microsoft reviews the co-sell documents and the solution's eligibility; the co-sell status appears on the solution once the review is done, usually within a few business days.",
};
