//! Edition 2025-09 (spec §12): 2023-08 with Microsoft Marketplace (AppSource and Azure
//! Marketplace merged in September 2025), ISV Success in place of ISV Connect, organisation-level
//! Marketplace billed sales for IP-REVENUE whether or not the offer is transactable, and the FY26
//! catalogue. Everything not listed here is 2023-08's.

use super::rows::*;
use super::today::{self, E2023_08};
use super::{Billed, EditionRules, Msg, Rule, Words};
use crate::field_ids::FieldId as F;
use crate::model::Submission;
use crate::status::{BenefitId, Status};

const RULES: &[Rule] = &[
    ACCOUNT_2025,
    PROFILE,
    OFFER_TYPE,
    LISTING_PLAYS,
    ONE_PAGER,
    PITCH_DECK,
    CONTACTS,
    LIVE_2025,
    DESIGNATION,
    ISV_SUCCESS,
    IP_SOLUTION_TYPE,
    REVENUE_2025,
    AZURE,
    DIAGRAM_SAAS,
    TRANSACTABLE_2025,
    PREMIUM_2025,
];

fn benefit_words(b: BenefitId) -> (Msg, Msg) {
    match b {
        BenefitId::Macc => (Msg("rules-ben-macc-2025"), Msg("rules-ben-macc-2025-text")),
        BenefitId::Fee => (Msg("rules-ben-fee-2025"), Msg("rules-ben-fee-2025-text")),
        other => super::seeds::benefit_words(other),
    }
}

const TOP_TIER: Msg = Msg("rules-note-top-tier-2025");
const CERTIFIED: Msg = Msg("rules-note-certified-2025");
const CERTIFIED_LATER: Msg = Msg("rules-note-certified-later-2025");
const FEE: Msg = Msg("rules-note-fee-gone-2025");

/// As 2023-08; on the Azure IP rung a certified software designation earns the seller
/// incentives (text only: the status and the benefits of the status block do not change).
fn notes(status: Status, sub: &Submission) -> Vec<Msg> {
    let certified = sub.partner.certified_software_designation == Some(true);
    match status {
        Status::NotReady | Status::InMarket => Vec::new(),
        Status::AzureIpCoSellIncentivized if certified => vec![CERTIFIED, FEE],
        Status::AzureIpCoSellIncentivized => vec![TOP_TIER, FEE],
        Status::CoSellReady if certified && is_azure_ip(sub) => vec![CERTIFIED_LATER],
        Status::CoSellReady | Status::BizAppsIsvConnectPremium => vec![TOP_TIER],
    }
}

fn is_azure_ip(sub: &Submission) -> bool {
    sub.offer
        .offer_type
        .is_some_and(crate::model::OfferType::is_azure_ip)
}

fn fields(f: F) -> Option<(Msg, Msg)> {
    Some(match f {
        F::AccountActive => (Msg::NONE, Msg("rules-field-2025-account-active-help")),
        F::Live => (Msg::NONE, Msg("rules-field-2025-live-help")),
        F::Transactable => (Msg::NONE, Msg("rules-field-2025-transactable-help")),
        F::IsvConnect => (
            Msg("rules-field-2025-isv-success"),
            Msg("rules-field-2025-isv-success-help"),
        ),
        F::CertifiedSoftware => (Msg::NONE, Msg("rules-field-2025-certified-help")),
        F::Area(0) => (Msg::NONE, Msg("rules-field-2025-area-help")),
        F::SubAreas(_) => (Msg::NONE, Msg("rules-field-2025-sub-areas-help")),
        F::AzureConsumed => (Msg::NONE, Msg("rules-field-2025-azure-consumed-help")),
        F::MarketplaceBilled => (
            Msg("rules-field-2025-billed"),
            Msg("rules-field-2025-billed-help"),
        ),
        _ => return None,
    })
}

pub const E2025_09: EditionRules = EditionRules {
    edition: crate::model::Edition::E2025_09,
    date: "2025-09",
    summary: Msg("rules-summary-2025-09"),
    requirements: RULES,
    ladder: today::ladder,
    benefits: today::benefits,
    benefit_words,
    notes,
    catalogue: "2025-09",
    words: Words {
        account: Msg("rules-word-account-2025"),
        storefront: Msg("rules-word-microsoft-marketplace"),
        marketplace: Msg("rules-word-microsoft-marketplace"),
        programme: "ISV Success", // i18n-exempt: the programme's name
        billed: Msg("rules-word-billed-2025"),
        ..E2023_08.words
    },
    billed: Billed::Always,
    also_reads: &[F::OfferType, F::CertifiedSoftware],
    fields,
    parent: Some(&E2023_08),
    ..E2023_08
};
