//! Edition 2023-08 (spec §10): Microsoft's Partner Center docs of July and August 2023.
//! Referrals → Co-sell → Solutions exists only for live offers, so the ladder starts at "Not in
//! market" and "In market".

use super::rows::*;
use super::{Billed, EditionRules, Ladder, Msg, Rule, Words, holds};
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
fn benefit_words(b: BenefitId) -> (Msg, Msg) {
    match b {
        BenefitId::Macc => (Msg("rules-ben-macc-2023"), Msg("rules-ben-macc-2023-text")),
        other => super::seeds::benefit_words(other),
    }
}

const TOP_TIER: Msg = Msg("rules-note-top-tier-2023");
const FEE: Msg = Msg("rules-note-fee-gone-2023");

fn notes(status: Status, _: &Submission) -> Vec<Msg> {
    match status {
        Status::NotReady | Status::InMarket => Vec::new(),
        Status::CoSellReady | Status::BizAppsIsvConnectPremium => vec![TOP_TIER],
        Status::AzureIpCoSellIncentivized => vec![TOP_TIER, FEE],
    }
}

fn fields(f: F) -> Option<(Msg, Msg)> {
    Some(match f {
        F::OfferType => (Msg::NONE, Msg("rules-field-2023-offer-type-help")),
        F::Live => (Msg::NONE, Msg("rules-field-2023-live-help")),
        F::Transactable => (Msg::NONE, Msg("rules-field-2023-transactable-help")),
        F::MpnId => (
            Msg("rules-field-2023-mpn-id"),
            Msg("rules-field-2023-mpn-id-help"),
        ),
        F::IsvConnect => (Msg::NONE, Msg("rules-field-2023-isv-connect-help")),
        F::SolutionType => (Msg::NONE, Msg("rules-field-2023-solution-type-help")),
        F::Area(0) => (Msg::NONE, Msg("rules-field-2023-area-help")),
        F::SubAreas(_) => (
            Msg("rules-field-2023-sub-areas"),
            Msg("rules-field-2023-sub-areas-help"),
        ),
        _ => return None,
    })
}

pub const PAGE: Msg = Msg("rules-page-2023");

pub const E2023_08: EditionRules = EditionRules {
    edition: crate::model::Edition::E2023_08,
    date: "2023-08-24",
    summary: Msg("rules-summary-2023-08"),
    requirements: RULES,
    labels: Ladder {
        not_ready: Msg("rules-rung-not-in-market"),
        in_market: Msg("rules-rung-in-market"),
        co_sell_ready: Msg("rules-rung-co-sell-ready"),
        azure_ip: Msg("rules-rung-azure-ip-eligible"),
        biz_apps: Msg("rules-rung-biz-apps-premium-2023"),
    },
    in_market: true,
    ladder,
    benefits,
    benefit_words,
    notes,
    page: PAGE,
    after_submit: Msg("rules-after-submit-2023"),
    limits: (5, 5),
    catalogue: "2023-08",
    words: Words {
        partner_id: "Partner ID", // i18n-exempt: Partner Center's label, the same in every language
        account: Msg("rules-word-account"),
        storefront: Msg("rules-word-storefront"),
        marketplace: Msg("rules-word-marketplace"),
        programme: "ISV Connect", // i18n-exempt: the programme's name
        sub_area: Msg("rules-word-sales-play"),
        sub_areas: Msg("rules-word-sales-plays"),
        billed: Msg("rules-word-billed"),
        live_first: Msg("rules-live-first-2023"),
        submit: Msg("rules-submit-2023"),
    },
    billed: Billed::WhenTransactable,
    azure_share_by_default: false,
    also_reads: &[F::OfferType],
    fields,
    parent: None,
};
