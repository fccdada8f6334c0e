//! The rows edition tables are made of: one requirement each (id, tier, applies-to, check). A
//! row that reads the edition (the pitch deck in 2020-09, billed revenue, the Azure default)
//! serves every table; rows that differ have their own.

use super::Rule;
use super::checks::*;
use crate::model::DocSlot;
use crate::status::{RequirementId as R, Tier};

const READY: Tier = Tier::CoSellReady;
const IP: Tier = Tier::AzureIpCoSellIncentivized;
const BIZ: Tier = Tier::BizAppsIsvConnectPremium;

pub const ACCOUNT: Rule = Rule {
    id: R::CsrAccount,
    tier: READY,
    applies: always,
    check: account,
};
pub const PROFILE: Rule = Rule {
    id: R::CsrProfile,
    tier: READY,
    applies: always,
    check: profile,
};
pub const LISTING: Rule = Rule {
    id: R::CsrListing,
    tier: READY,
    applies: always,
    check: listing,
};
pub const ONE_PAGER: Rule = Rule {
    id: R::CsrOnePager,
    tier: READY,
    applies: always,
    check: |c| document(c, DocSlot::OnePager, "one-pager"),
};
/// Optional (not applicable) in 2020-09, required since.
pub const PITCH_DECK: Rule = Rule {
    id: R::CsrPitchDeck,
    tier: READY,
    applies: pitch_deck_applies,
    check: |c| document(c, DocSlot::PitchDeck, "pitch deck"),
};
pub const CONTACTS: Rule = Rule {
    id: R::CsrContacts,
    tier: READY,
    applies: always,
    check: contacts,
};
pub const LIVE: Rule = Rule {
    id: R::CsrLive,
    tier: READY,
    applies: always,
    check: live,
};
pub const ISV_CONNECT: Rule = Rule {
    id: R::CsrIsvConnect,
    tier: READY,
    applies: isv_connect_offer,
    check: isv_connect,
};
/// Billed revenue counts only for transactable offers, except in 2020-09.
pub const REVENUE: Rule = Rule {
    id: R::IpRevenue,
    tier: IP,
    applies: azure_ip_offer,
    check: revenue,
};
/// Met by default for transactable VMs and Azure Applications in the seeds' editions only.
pub const AZURE: Rule = Rule {
    id: R::IpAzure,
    tier: IP,
    applies: azure_ip_offer,
    check: azure_share,
};

// The seeds' editions (2020-09, 2021-02).
pub const GOLD: Rule = Rule {
    id: R::CsrGold,
    tier: READY,
    applies: gold_applies,
    check: gold,
};
pub const DIAGRAM: Rule = Rule {
    id: R::IpDiagram,
    tier: IP,
    applies: azure_ip_offer,
    check: |c| document(c, DocSlot::ReferenceArchitectureDiagram, "diagram"),
};
pub const PREMIUM: Rule = Rule {
    id: R::BizPremium,
    tier: BIZ,
    applies: biz_apps_offer,
    check: premium,
};

// Edition 2023-08.
pub const OFFER_TYPE: Rule = Rule {
    id: R::CsrOfferType,
    tier: READY,
    applies: always,
    check: offer_type_eligible,
};
pub const DESIGNATION: Rule = Rule {
    id: R::CsrDesignation,
    tier: READY,
    applies: designation_applies,
    check: designation,
};
pub const IP_SOLUTION_TYPE: Rule = Rule {
    id: R::IpSolutionType,
    tier: IP,
    applies: azure_ip_offer,
    check: ip_solution_type,
};
/// Required for SaaS only.
pub const DIAGRAM_SAAS: Rule = Rule {
    id: R::IpDiagram,
    tier: IP,
    applies: diagram_applies_2023,
    check: |c| document(c, DocSlot::ReferenceArchitectureDiagram, "diagram"),
};
pub const TRANSACTABLE: Rule = Rule {
    id: R::IpTransactable,
    tier: IP,
    applies: azure_ip_offer,
    check: transactable,
};
/// Dynamics 365 CE and F&O only (not Business Central).
pub const PREMIUM_CE_FO: Rule = Rule {
    id: R::BizPremium,
    tier: BIZ,
    applies: premium_offer_2023,
    check: premium,
};
