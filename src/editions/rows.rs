//! The rows edition tables are made of: one requirement each (id, tier, title, applies-to, check,
//! the fields it reads). A row that reads its edition's table (billed revenue, the Azure
//! default, the words) serves every edition; rows that differ have their own, usually the shared
//! row with a field changed (`Rule { title: …, ..ROW }`).

use super::Rule;
use super::checks::*;
use crate::field_ids::FieldId as F;
use crate::model::DocSlot;
use crate::status::{RequirementId as R, Tier};

const READY: Tier = Tier::CoSellReady;
const IP: Tier = Tier::AzureIpCoSellIncentivized;
const BIZ: Tier = Tier::BizAppsIsvConnectPremium;

pub const ACCOUNT: Rule = Rule {
    id: R::CsrAccount,
    tier: READY,
    title: "MPN ID and an active marketplace account",
    applies: always,
    check: account,
    reads: |f| matches!(f, F::MpnId | F::AccountActive),
    optional_when_not_applicable: false,
};
pub const PROFILE: Rule = Rule {
    id: R::CsrProfile,
    tier: READY,
    title: "Complete business profile in Partner Center",
    applies: always,
    check: profile,
    reads: |f| f == F::ProfileComplete,
    optional_when_not_applicable: false,
};
/// The seeds' listing: segments, 1–3 areas of 1–2 sub-areas (the limits are the edition's).
pub const LISTING: Rule = Rule {
    id: R::CsrListing,
    tier: READY,
    title: "Listing: platforms, segments, solution type and areas",
    applies: always,
    check: listing_with_segments,
    reads: |f| {
        matches!(
            f,
            F::Platforms | F::Segments | F::SolutionType | F::Area(_) | F::SubAreas(_)
        )
    },
    optional_when_not_applicable: false,
};
pub const ONE_PAGER: Rule = Rule {
    id: R::CsrOnePager,
    tier: READY,
    title: "Solution one-pager attached",
    applies: always,
    check: |c| document(c, DocSlot::OnePager, "one-pager"),
    reads: |f| f == F::Doc(DocSlot::OnePager),
    optional_when_not_applicable: false,
};
pub const PITCH_DECK: Rule = Rule {
    id: R::CsrPitchDeck,
    tier: READY,
    title: "Solution pitch deck attached",
    applies: always,
    check: |c| document(c, DocSlot::PitchDeck, "pitch deck"),
    reads: |f| f == F::Doc(DocSlot::PitchDeck),
    optional_when_not_applicable: false,
};
pub const CONTACTS: Rule = Rule {
    id: R::CsrContacts,
    tier: READY,
    title: "Partner sales contact for every market",
    applies: always,
    check: contacts,
    reads: |f| matches!(f, F::Markets | F::Contacts),
    optional_when_not_applicable: false,
};
pub const LIVE: Rule = Rule {
    id: R::CsrLive,
    tier: READY,
    title: "Offer live on Azure Marketplace or AppSource",
    applies: always,
    check: live,
    reads: |f| f == F::Live,
    optional_when_not_applicable: false,
};
pub const ISV_CONNECT: Rule = Rule {
    id: R::CsrIsvConnect,
    tier: READY,
    title: "ISV Connect registration (Dynamics 365 apps)",
    applies: isv_connect_offer,
    check: isv_connect,
    reads: |f| f == F::IsvConnect,
    optional_when_not_applicable: false,
};
/// Billed revenue counts as the edition's table says ([`super::Billed`]).
pub const REVENUE: Rule = Rule {
    id: R::IpRevenue,
    tier: IP,
    title: "USD 100,000 Azure or marketplace revenue in 12 months",
    applies: azure_ip_offer,
    check: revenue,
    reads: |f| matches!(f, F::AzureConsumed | F::MarketplaceBilled | F::Transactable),
    optional_when_not_applicable: false,
};
/// Met by default for transactable VMs and Azure Applications where the table says so.
pub const AZURE: Rule = Rule {
    id: R::IpAzure,
    tier: IP,
    title: "More than 50% of the infrastructure on Azure",
    applies: azure_ip_offer,
    check: azure_share,
    reads: |f| f == F::AzureShare,
    optional_when_not_applicable: false,
};

// The seeds' editions (2020-09, 2021-02).
/// Optional (not applicable, still asked) in 2020-09.
pub const PITCH_DECK_OPTIONAL: Rule = Rule {
    applies: |_| super::Applies::No("optional in the 2020-09 rules".into()),
    optional_when_not_applicable: true,
    ..PITCH_DECK
};
pub const GOLD: Rule = Rule {
    id: R::CsrGold,
    tier: READY,
    title: "Gold competency (services offers)",
    applies: gold_applies,
    check: gold,
    reads: |f| f == F::GoldCompetency,
    optional_when_not_applicable: false,
};
pub const DIAGRAM: Rule = Rule {
    id: R::IpDiagram,
    tier: IP,
    title: "Reference architecture diagram attached",
    applies: azure_ip_offer,
    check: |c| document(c, DocSlot::ReferenceArchitectureDiagram, "diagram"),
    reads: |f| f == F::Doc(DocSlot::ReferenceArchitectureDiagram),
    optional_when_not_applicable: false,
};
pub const PREMIUM: Rule = Rule {
    id: R::BizPremium,
    tier: BIZ,
    title: "ISV Connect Premium enrollment",
    applies: biz_apps_offer,
    check: premium,
    reads: |f| f == F::IsvConnect,
    optional_when_not_applicable: false,
};

// Edition 2023-08.
pub const ACCOUNT_PARTNER_ID: Rule = Rule {
    title: "Partner ID and an active marketplace account",
    ..ACCOUNT
};
/// No segments; 1–5 areas of 1–5 sales plays.
pub const LISTING_PLAYS: Rule = Rule {
    title: "Listing: platforms, solution type, areas and sales plays",
    check: listing_without_segments,
    reads: |f| {
        matches!(
            f,
            F::Platforms | F::SolutionType | F::Area(_) | F::SubAreas(_)
        )
    },
    ..LISTING
};
pub const OFFER_TYPE: Rule = Rule {
    id: R::CsrOfferType,
    tier: READY,
    title: "An offer type that can be co-sold",
    applies: always,
    check: offer_type_eligible,
    reads: |f| f == F::OfferType,
    optional_when_not_applicable: false,
};
pub const DESIGNATION: Rule = Rule {
    id: R::CsrDesignation,
    tier: READY,
    title: "Solutions Partner designation (consulting offers)",
    applies: designation_applies,
    check: designation,
    reads: |f| f == F::Designation,
    optional_when_not_applicable: false,
};
pub const IP_SOLUTION_TYPE: Rule = Rule {
    id: R::IpSolutionType,
    tier: IP,
    title: "Solution type IP (application)",
    applies: azure_ip_offer,
    check: ip_solution_type,
    reads: |f| f == F::SolutionType,
    optional_when_not_applicable: false,
};
/// Required for SaaS only.
pub const DIAGRAM_SAAS: Rule = Rule {
    applies: diagram_applies_saas_only,
    ..DIAGRAM
};
pub const TRANSACTABLE: Rule = Rule {
    id: R::IpTransactable,
    tier: IP,
    title: "Offer transactable in the marketplace",
    applies: azure_ip_offer,
    check: transactable,
    reads: |f| f == F::Transactable,
    optional_when_not_applicable: false,
};
/// Dynamics 365 CE and F&O only (not Business Central).
pub const PREMIUM_CE_FO: Rule = Rule {
    applies: premium_offer_ce_fo,
    ..PREMIUM
};

// Edition 2025-09: Microsoft Marketplace, ISV Success, organisation-level billed sales.
pub const ACCOUNT_2025: Rule = Rule {
    title: "Partner ID and an active Microsoft Marketplace account",
    ..ACCOUNT
};
pub const LIVE_2025: Rule = Rule {
    title: "Offer live on Microsoft Marketplace",
    ..LIVE
};
/// CSR-ISV-SUCCESS replaces CSR-ISV-CONNECT: same field, same offer types.
pub const ISV_SUCCESS: Rule = Rule {
    id: R::CsrIsvSuccess,
    title: "Enrolled in ISV Success (Dynamics 365 apps)",
    ..ISV_CONNECT
};
/// Either figure, at the organisation level, transactable or not (the table's `Billed::Always`).
pub const REVENUE_2025: Rule = Rule {
    title: "USD 100,000 Azure consumed revenue or Marketplace billed sales in 12 months",
    reads: |f| matches!(f, F::AzureConsumed | F::MarketplaceBilled),
    ..REVENUE
};
pub const TRANSACTABLE_2025: Rule = Rule {
    title: "Offer transactable in Microsoft Marketplace",
    ..TRANSACTABLE
};
pub const PREMIUM_2025: Rule = Rule {
    title: "ISV Success Premium enrollment",
    ..PREMIUM_CE_FO
};
