//! The seeds' editions: 2021-02 (seed 000, spec §2–§5) and 2020-09 (seed 004, spec §9). Two
//! tables of the same rows; 2020-09's pitch deck is optional and its billed revenue always counts.

use super::rows::*;
use super::{Billed, EditionRules, Ladder, Msg, Rule, Words, holds};
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
pub fn benefit_words(b: BenefitId) -> (Msg, Msg) {
    match b {
        BenefitId::Sellers => (Msg("rules-ben-sellers"), Msg("rules-ben-sellers-text")),
        BenefitId::Fee => (Msg("rules-ben-fee"), Msg("rules-ben-fee-text")),
        BenefitId::Csp => (Msg("rules-ben-csp"), Msg("rules-ben-csp-text")),
        BenefitId::Macc => (Msg("rules-ben-macc"), Msg("rules-ben-macc-text")),
        BenefitId::Badge => (Msg("rules-ben-badge"), Msg("rules-ben-badge-text")),
        BenefitId::SellerIncentive => (
            Msg("rules-ben-seller-incentive"),
            Msg("rules-ben-seller-incentive-text"),
        ),
    }
}

fn notes(status: Status, _: &Submission) -> Vec<Msg> {
    match status {
        Status::BizAppsIsvConnectPremium => vec![Msg("rules-note-premium-considered")],
        _ => Vec::new(),
    }
}

/// The seeds' field wording is the field table's own.
fn fields(_: FieldId) -> Option<(Msg, Msg)> {
    None
}

const WORDS: Words = Words {
    partner_id: "MPN ID", // i18n-exempt: Partner Center's label, the same in every language
    account: Msg("rules-word-account"),
    storefront: Msg("rules-word-storefront"),
    marketplace: Msg("rules-word-marketplace"),
    programme: "ISV Connect", // i18n-exempt: the programme's name
    sub_area: Msg("rules-word-sub-area"),
    sub_areas: Msg("rules-word-sub-areas"),
    billed: Msg("rules-word-billed"),
    live_first: Msg::NONE,
    submit: Msg("rules-submit-seeds"),
};

pub const E2021_02: EditionRules = EditionRules {
    edition: crate::model::Edition::E2021_02,
    date: "2021-02-24",
    summary: Msg("rules-summary-2021-02"),
    requirements: RULES,
    labels: Ladder {
        not_ready: Msg("rules-rung-not-co-sell-ready"),
        in_market: Msg("rules-rung-in-market"),
        co_sell_ready: Msg("rules-rung-co-sell-ready"),
        azure_ip: Msg("rules-rung-azure-ip-incentivized"),
        biz_apps: Msg("rules-rung-biz-apps-isv-connect-premium"),
    },
    in_market: false,
    ladder,
    benefits,
    benefit_words,
    notes,
    page: Msg("rules-page-seeds"),
    after_submit: Msg("rules-after-submit-seeds"),
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
    summary: Msg("rules-summary-2020-09"),
    requirements: RULES_2020,
    labels: Ladder {
        not_ready: Msg("rules-rung-not-ready"),
        biz_apps: Msg("rules-rung-biz-apps-incentivized"),
        ..E2021_02.labels
    },
    billed: Billed::Always,
    ..E2021_02
};
