//! Edition 2025-09 (spec §12): 2023-08 with Microsoft Marketplace (AppSource and Azure
//! Marketplace merged in September 2025), ISV Success in place of ISV Connect, organisation-level
//! Marketplace billed sales for IP-REVENUE whether or not the offer is transactable, and the FY26
//! catalogue. Everything not listed here is 2023-08's.

use super::rows::*;
use super::today::{self, E2023_08};
use super::{Billed, EditionRules, Rule, Words};
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

fn benefit_words(b: BenefitId) -> (&'static str, &'static str) {
    match b {
        BenefitId::Macc => (
            "Sales count toward Azure consumption commitments (paid plans only)",
            "Sales count toward customers' Azure consumption commitments (\"Azure benefit eligible\"), for plans with a price above zero: free and bring-your-own-licence plans do not count",
        ),
        BenefitId::Fee => (
            "Microsoft Marketplace fee cut from 20% to 10%",
            "Microsoft Marketplace service fee cut from 20% to 10% for IaaS or SaaS sold through Microsoft Marketplace",
        ),
        other => super::seeds::benefit_words(other),
    }
}

const TOP_TIER: &str = "Seller incentives are not earned by the status alone: they are possible through a top-tier pathway (for example USD 4 million Marketplace billed sales, or 12 new Marketplace customers above USD 10,000, in the trailing 12 months), and automatic with a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation.";
const CERTIFIED: &str = "Microsoft sellers paid incentives to sell it (BEN-SELLER-INCENTIVE): earned through your certified software designation.";
const CERTIFIED_LATER: &str = "Your certified software designation earns the seller incentives (BEN-SELLER-INCENTIVE) once the offer is Azure IP co-sell eligible.";
const FEE: &str = "The Microsoft Marketplace fee cut and the CSP incentive of the earlier rules are gone: the standard store fee has been 3% since 2022.";

/// As 2023-08; on the Azure IP rung a certified software designation earns the seller
/// incentives (text only: the status and the benefits of the status block do not change).
fn notes(status: Status, sub: &Submission) -> Vec<&'static str> {
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

fn fields(f: F) -> Option<(&'static str, &'static str)> {
    Some(match f {
        F::AccountActive => (
            "",
            "Is your Microsoft Marketplace account in Partner Center active?",
        ),
        F::Live => (
            "",
            "Is the offer published live on Microsoft Marketplace? Partner Center shows the Co-sell page only for live offers.",
        ),
        F::Transactable => (
            "",
            "Is the offer sold through Microsoft Marketplace (transactable)? Azure IP co-sell eligibility needs a transactable offer.",
        ),
        F::IsvConnect => (
            "ISV Success",
            "ISV Success enrollment (none, Standard or Premium); Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps need it; Premium unlocks the Business Applications incentive.",
        ),
        F::CertifiedSoftware => (
            "",
            "Optional: a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation. It changes no status; on the Azure IP rung it earns the seller incentives.",
        ),
        F::Area(0) => (
            "",
            "The first solution area; the rules take 1 to 5. FY26 has three: AI Business Solutions, Cloud and AI Platforms, Security.",
        ),
        F::SubAreas(_) => (
            "",
            "1 to 5 sales plays of the area above, comma-separated. Microsoft publishes the FY26 plays but not their areas: the grouping offered is cosell's interpretation.",
        ),
        F::AzureConsumed => (
            "",
            "Organisation-level Azure consumed revenue, trailing 12 months, USD. This or the Marketplace billed sales reaching $100,000 is enough; the two are not added.",
        ),
        F::MarketplaceBilled => (
            "Marketplace billed 12 mo",
            "Your organisation's Microsoft Marketplace billed sales, trailing 12 months, USD; they count whether or not this offer is transactable.",
        ),
        _ => return None,
    })
}

pub const E2025_09: EditionRules = EditionRules {
    edition: crate::model::Edition::E2025_09,
    date: "2025-09",
    summary: "today's Partner Center: Microsoft Marketplace, ISV Success, FY26 plays",
    requirements: RULES,
    ladder: today::ladder,
    benefits: today::benefits,
    benefit_words,
    notes,
    catalogue: "2025-09",
    words: Words {
        account: "Microsoft Marketplace account",
        storefront: "Microsoft Marketplace",
        marketplace: "Microsoft Marketplace",
        programme: "ISV Success",
        billed: "Marketplace billed sales",
        ..E2023_08.words
    },
    billed: Billed::Always,
    also_reads: &[F::OfferType, F::CertifiedSoftware],
    fields,
    parent: Some(&E2023_08),
    ..E2023_08
};
