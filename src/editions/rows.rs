//! The rows edition tables are made of: one requirement each (id, tier, title, applies-to, check,
//! the fields it reads). A row that reads its edition's table (billed revenue, the Azure
//! default, the words) serves every edition; rows that differ have their own, usually the shared
//! row with a field changed (`Rule { title: Msg(…), ..ROW }`).

use super::checks::*;
use super::{Msg, Rule};
use crate::field_ids::FieldId as F;
use crate::model::DocSlot;
use crate::status::{RequirementId as R, Tier};

const READY: Tier = Tier::CoSellReady;
const IP: Tier = Tier::AzureIpCoSellIncentivized;
const BIZ: Tier = Tier::BizAppsIsvConnectPremium;

pub const ACCOUNT: Rule = Rule {
    id: R::CsrAccount,
    tier: READY,
    title: Msg("req-account"),
    applies: always,
    check: account,
    reads: |f| matches!(f, F::MpnId | F::AccountActive),
    optional_when_not_applicable: false,
};
pub const PROFILE: Rule = Rule {
    id: R::CsrProfile,
    tier: READY,
    title: Msg("req-profile"),
    applies: always,
    check: profile,
    reads: |f| f == F::ProfileComplete,
    optional_when_not_applicable: false,
};
/// The seeds' listing: segments, 1–3 areas of 1–2 sub-areas (the limits are the edition's).
pub const LISTING: Rule = Rule {
    id: R::CsrListing,
    tier: READY,
    title: Msg("req-listing"),
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
    title: Msg("req-one-pager"),
    applies: always,
    check: |c| document(c, DocSlot::OnePager, "rules-doc-missing-one-pager"),
    reads: |f| f == F::Doc(DocSlot::OnePager),
    optional_when_not_applicable: false,
};
pub const PITCH_DECK: Rule = Rule {
    id: R::CsrPitchDeck,
    tier: READY,
    title: Msg("req-pitch-deck"),
    applies: always,
    check: |c| document(c, DocSlot::PitchDeck, "rules-doc-missing-pitch-deck"),
    reads: |f| f == F::Doc(DocSlot::PitchDeck),
    optional_when_not_applicable: false,
};
pub const CONTACTS: Rule = Rule {
    id: R::CsrContacts,
    tier: READY,
    title: Msg("req-contacts"),
    applies: always,
    check: contacts,
    reads: |f| matches!(f, F::Markets | F::Contacts),
    optional_when_not_applicable: false,
};
pub const LIVE: Rule = Rule {
    id: R::CsrLive,
    tier: READY,
    title: Msg("req-live"),
    applies: always,
    check: live,
    reads: |f| f == F::Live,
    optional_when_not_applicable: false,
};
pub const ISV_CONNECT: Rule = Rule {
    id: R::CsrIsvConnect,
    tier: READY,
    title: Msg("req-isv-connect"),
    applies: isv_connect_offer,
    check: isv_connect,
    reads: |f| f == F::IsvConnect,
    optional_when_not_applicable: false,
};
/// Billed revenue counts as the edition's table says ([`super::Billed`]).
pub const REVENUE: Rule = Rule {
    id: R::IpRevenue,
    tier: IP,
    title: Msg("req-revenue"),
    applies: azure_ip_offer,
    check: revenue,
    reads: |f| matches!(f, F::AzureConsumed | F::MarketplaceBilled | F::Transactable),
    optional_when_not_applicable: false,
};
/// Met by default for transactable VMs and Azure Applications where the table says so.
pub const AZURE: Rule = Rule {
    id: R::IpAzure,
    tier: IP,
    title: Msg("req-azure"),
    applies: azure_ip_offer,
    check: azure_share,
    reads: |f| f == F::AzureShare,
    optional_when_not_applicable: false,
};

// The seeds' editions (2020-09, 2021-02).
/// Optional (not applicable, still asked) in 2020-09.
pub const PITCH_DECK_OPTIONAL: Rule = Rule {
    applies: |_| super::Applies::No(crate::t!("rules-pitch-deck-optional-2020")),
    optional_when_not_applicable: true,
    ..PITCH_DECK
};
pub const GOLD: Rule = Rule {
    id: R::CsrGold,
    tier: READY,
    title: Msg("req-gold"),
    applies: gold_applies,
    check: gold,
    reads: |f| f == F::GoldCompetency,
    optional_when_not_applicable: false,
};
pub const DIAGRAM: Rule = Rule {
    id: R::IpDiagram,
    tier: IP,
    title: Msg("req-diagram"),
    applies: azure_ip_offer,
    check: |c| {
        document(
            c,
            DocSlot::ReferenceArchitectureDiagram,
            "rules-doc-missing-diagram",
        )
    },
    reads: |f| f == F::Doc(DocSlot::ReferenceArchitectureDiagram),
    optional_when_not_applicable: false,
};
pub const PREMIUM: Rule = Rule {
    id: R::BizPremium,
    tier: BIZ,
    title: Msg("req-premium"),
    applies: biz_apps_offer,
    check: premium,
    reads: |f| f == F::IsvConnect,
    optional_when_not_applicable: false,
};

// Edition 2023-08.
pub const ACCOUNT_PARTNER_ID: Rule = Rule {
    title: Msg("req-account-partner-id"),
    ..ACCOUNT
};
/// No segments; 1–5 areas of 1–5 sales plays.
pub const LISTING_PLAYS: Rule = Rule {
    title: Msg("req-listing-plays"),
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
    title: Msg("req-offer-type"),
    applies: always,
    check: offer_type_eligible,
    reads: |f| f == F::OfferType,
    optional_when_not_applicable: false,
};
pub const DESIGNATION: Rule = Rule {
    id: R::CsrDesignation,
    tier: READY,
    title: Msg("req-designation"),
    applies: designation_applies,
    check: designation,
    reads: |f| f == F::Designation,
    optional_when_not_applicable: false,
};
pub const IP_SOLUTION_TYPE: Rule = Rule {
    id: R::IpSolutionType,
    tier: IP,
    title: Msg("req-ip-solution-type"),
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
    title: Msg("req-transactable"),
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
    title: Msg("req-account-2025"),
    ..ACCOUNT
};
pub const LIVE_2025: Rule = Rule {
    title: Msg("req-live-2025"),
    ..LIVE
};
/// CSR-ISV-SUCCESS replaces CSR-ISV-CONNECT: same field, same offer types.
pub const ISV_SUCCESS: Rule = Rule {
    id: R::CsrIsvSuccess,
    title: Msg("req-isv-success"),
    ..ISV_CONNECT
};
/// Either figure, at the organisation level, transactable or not (the table's `Billed::Always`).
pub const REVENUE_2025: Rule = Rule {
    title: Msg("req-revenue-2025"),
    reads: |f| matches!(f, F::AzureConsumed | F::MarketplaceBilled),
    ..REVENUE
};
pub const TRANSACTABLE_2025: Rule = Rule {
    title: Msg("req-transactable-2025"),
    ..TRANSACTABLE
};
pub const PREMIUM_2025: Rule = Rule {
    title: Msg("req-premium-2025"),
    ..PREMIUM_CE_FO
};
