//! What an evaluation says: the status reached, every requirement's state and why, the benefits
//! (the status block of spec §7), and beside it what the front ends show: the invalid values, the
//! warnings, and each requirement's title, reason and field to fix in words.

use serde::Serialize;

use crate::field_ids::{ContactField, FieldId};
use crate::model::Edition;

/// A rung of the ladder a requirement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    CoSellReady,
    AzureIpCoSellIncentivized,
    BizAppsIsvConnectPremium,
}

impl Tier {
    pub const ALL: [Tier; 3] = [
        Tier::CoSellReady,
        Tier::AzureIpCoSellIncentivized,
        Tier::BizAppsIsvConnectPremium,
    ];

    /// The rung a tier's requirements lead to.
    pub fn status(self) -> Status {
        match self {
            Tier::CoSellReady => Status::CoSellReady,
            Tier::AzureIpCoSellIncentivized => Status::AzureIpCoSellIncentivized,
            Tier::BizAppsIsvConnectPremium => Status::BizAppsIsvConnectPremium,
        }
    }
}

/// The status reached: the highest rung whose requirements all hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotReady,
    /// Live, but some Co-sell ready requirement is unmet (editions whose ladder has the rung).
    InMarket,
    CoSellReady,
    AzureIpCoSellIncentivized,
    BizAppsIsvConnectPremium,
}

impl Status {
    /// Every rung, lowest first.
    pub const ALL: [Status; 5] = [
        Status::NotReady,
        Status::InMarket,
        Status::CoSellReady,
        Status::AzureIpCoSellIncentivized,
        Status::BizAppsIsvConnectPremium,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Status::NotReady => "not_ready",
            Status::InMarket => "in_market",
            Status::CoSellReady => "co_sell_ready",
            Status::AzureIpCoSellIncentivized => "azure_ip_co_sell_incentivized",
            Status::BizAppsIsvConnectPremium => "biz_apps_isv_connect_premium",
        }
    }

    /// Whether the offer is at least co-sell ready.
    pub fn is_co_sell_ready(self) -> bool {
        self >= Status::CoSellReady
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(rename_all = "snake_case")]
pub enum RequirementState {
    Met,
    Unmet,
    NotApplicable,
}

impl RequirementState {
    /// The mark every front end draws: ✓ met, ✗ unmet, — not applicable.
    pub fn mark(self) -> &'static str {
        match self {
            RequirementState::Met => "✓",
            RequirementState::Unmet => "✗",
            RequirementState::NotApplicable => "—",
        }
    }
}

/// Every requirement of every edition, in the order `status --compare` lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum RequirementId {
    #[serde(rename = "CSR-ACCOUNT")]
    CsrAccount,
    #[serde(rename = "CSR-PROFILE")]
    CsrProfile,
    #[serde(rename = "CSR-OFFER-TYPE")]
    CsrOfferType,
    #[serde(rename = "CSR-LISTING")]
    CsrListing,
    #[serde(rename = "CSR-ONE-PAGER")]
    CsrOnePager,
    #[serde(rename = "CSR-PITCH-DECK")]
    CsrPitchDeck,
    #[serde(rename = "CSR-CONTACTS")]
    CsrContacts,
    #[serde(rename = "CSR-LIVE")]
    CsrLive,
    #[serde(rename = "CSR-GOLD")]
    CsrGold,
    #[serde(rename = "CSR-DESIGNATION")]
    CsrDesignation,
    #[serde(rename = "CSR-ISV-CONNECT")]
    CsrIsvConnect,
    #[serde(rename = "CSR-ISV-SUCCESS")]
    CsrIsvSuccess,
    #[serde(rename = "IP-SOLUTION-TYPE")]
    IpSolutionType,
    #[serde(rename = "IP-REVENUE")]
    IpRevenue,
    #[serde(rename = "IP-AZURE")]
    IpAzure,
    #[serde(rename = "IP-DIAGRAM")]
    IpDiagram,
    #[serde(rename = "IP-TRANSACTABLE")]
    IpTransactable,
    #[serde(rename = "BIZ-PREMIUM")]
    BizPremium,
}

impl RequirementId {
    pub const ALL: [RequirementId; 18] = [
        RequirementId::CsrAccount,
        RequirementId::CsrProfile,
        RequirementId::CsrOfferType,
        RequirementId::CsrListing,
        RequirementId::CsrOnePager,
        RequirementId::CsrPitchDeck,
        RequirementId::CsrContacts,
        RequirementId::CsrLive,
        RequirementId::CsrGold,
        RequirementId::CsrDesignation,
        RequirementId::CsrIsvConnect,
        RequirementId::CsrIsvSuccess,
        RequirementId::IpSolutionType,
        RequirementId::IpRevenue,
        RequirementId::IpAzure,
        RequirementId::IpDiagram,
        RequirementId::IpTransactable,
        RequirementId::BizPremium,
    ];

    /// The spec's id, e.g. `CSR-ACCOUNT`.
    pub fn as_str(self) -> &'static str {
        match self {
            RequirementId::CsrAccount => "CSR-ACCOUNT",
            RequirementId::CsrProfile => "CSR-PROFILE",
            RequirementId::CsrOfferType => "CSR-OFFER-TYPE",
            RequirementId::CsrListing => "CSR-LISTING",
            RequirementId::CsrOnePager => "CSR-ONE-PAGER",
            RequirementId::CsrPitchDeck => "CSR-PITCH-DECK",
            RequirementId::CsrContacts => "CSR-CONTACTS",
            RequirementId::CsrLive => "CSR-LIVE",
            RequirementId::CsrGold => "CSR-GOLD",
            RequirementId::CsrDesignation => "CSR-DESIGNATION",
            RequirementId::CsrIsvConnect => "CSR-ISV-CONNECT",
            RequirementId::CsrIsvSuccess => "CSR-ISV-SUCCESS",
            RequirementId::IpSolutionType => "IP-SOLUTION-TYPE",
            RequirementId::IpRevenue => "IP-REVENUE",
            RequirementId::IpAzure => "IP-AZURE",
            RequirementId::IpDiagram => "IP-DIAGRAM",
            RequirementId::IpTransactable => "IP-TRANSACTABLE",
            RequirementId::BizPremium => "BIZ-PREMIUM",
        }
    }

    pub fn parse(s: &str) -> Option<RequirementId> {
        RequirementId::ALL
            .into_iter()
            .find(|r| r.as_str().eq_ignore_ascii_case(s.trim()))
    }

    /// Requirements about the tab's own content: these gate an export.
    pub fn is_tab(self) -> bool {
        matches!(
            self,
            RequirementId::CsrListing
                | RequirementId::CsrOnePager
                | RequirementId::CsrPitchDeck
                | RequirementId::CsrContacts
        )
    }
}

/// Benefits of spec §5 (their texts are each edition's, §10 and §12).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum BenefitId {
    #[serde(rename = "BEN-SELLERS")]
    Sellers,
    #[serde(rename = "BEN-FEE")]
    Fee,
    #[serde(rename = "BEN-CSP")]
    Csp,
    #[serde(rename = "BEN-MACC")]
    Macc,
    #[serde(rename = "BEN-BADGE")]
    Badge,
    #[serde(rename = "BEN-SELLER-INCENTIVE")]
    SellerIncentive,
}

impl BenefitId {
    pub fn code(self) -> &'static str {
        match self {
            BenefitId::Sellers => "BEN-SELLERS",
            BenefitId::Fee => "BEN-FEE",
            BenefitId::Csp => "BEN-CSP",
            BenefitId::Macc => "BEN-MACC",
            BenefitId::Badge => "BEN-BADGE",
            BenefitId::SellerIncentive => "BEN-SELLER-INCENTIVE",
        }
    }
}

/// One evaluated requirement: the status block's row, plus what the front ends show.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct RequirementResult {
    pub id: RequirementId,
    pub tier: Tier,
    pub state: RequirementState,
    /// The reason with the JSON path of the value it reads (`partner.mpn_id: not answered`): what
    /// the status block of the file format holds.
    pub detail: String,
    /// The requirement in words.
    #[serde(skip)]
    pub title: &'static str,
    /// The same in at most 28 characters, for narrow panels.
    #[serde(skip)]
    pub short: &'static str,
    /// The reason without the JSON path (`not answered`), for the front ends.
    #[serde(skip)]
    pub reason: String,
    /// The field to change to meet it, for jump-to-fix. Not part of the file format.
    #[serde(skip)]
    pub fix: Option<FieldId>,
}

/// The status block of spec §7, plus what the front ends show beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    pub status: Status,
    pub requirements: Vec<RequirementResult>,
    pub benefits: Vec<BenefitId>,
    /// The edition it was evaluated with.
    #[serde(skip)]
    pub edition: Edition,
    /// Every invalid value in the submission, whatever reads it. Blocks Next and export.
    #[serde(skip)]
    pub problems: Vec<Problem>,
    /// Things worth knowing that block nothing (catalogue misses, excluded offer types, codes
    /// Partner Center leaves out).
    #[serde(skip)]
    pub warnings: Vec<Warning>,
    /// What the edition says beside the benefits (a price above zero for BEN-MACC, seller
    /// incentives through top-tier pathways).
    #[serde(skip)]
    pub notes: Vec<&'static str>,
}

impl StatusReport {
    pub fn get(&self, id: RequirementId) -> Option<&RequirementResult> {
        self.requirements.iter().find(|r| r.id == id)
    }

    pub fn state(&self, id: RequirementId) -> Option<RequirementState> {
        self.get(id).map(|r| r.state)
    }

    /// The first unmet requirement of the lowest rung still open: the next thing to do.
    pub fn next_to_do(&self) -> Option<&RequirementResult> {
        self.requirements
            .iter()
            .find(|r| r.state == RequirementState::Unmet)
    }

    /// Unmet requirements about the tab's own content: they block an export.
    pub fn unmet_tab_requirements(&self) -> impl Iterator<Item = &RequirementResult> {
        self.requirements
            .iter()
            .filter(|r| r.id.is_tab() && r.state == RequirementState::Unmet)
    }

    /// Whether an export may be written (no unmet tab requirement, no invalid value).
    pub fn is_exportable(&self) -> bool {
        self.problems.is_empty() && self.unmet_tab_requirements().next().is_none()
    }

    /// Why an export is refused, for the command line: ids and JSON paths.
    pub fn export_blockers(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .unmet_tab_requirements()
            .map(|r| format!("{}: {}", r.id.as_str(), r.detail))
            .collect();
        out.extend(
            self.problems
                .iter()
                .map(|p| crate::t!("rules-invalid-value", problem = p.to_string())),
        );
        out
    }

    pub fn count(&self, state: RequirementState) -> usize {
        self.requirements
            .iter()
            .filter(|r| r.state == state)
            .count()
    }

    /// How many of the Co-sell ready requirements that apply are met, as a percentage.
    pub fn completeness(&self) -> u32 {
        let ready = || {
            self.requirements
                .iter()
                .filter(|r| r.tier == Tier::CoSellReady)
        };
        let applicable = ready()
            .filter(|r| r.state != RequirementState::NotApplicable)
            .count()
            .max(1);
        let met = ready().filter(|r| r.state == RequirementState::Met).count();
        (met * 100 / applicable) as u32
    }

    /// The status in this report's edition's words.
    pub fn status_label(&self) -> &'static str {
        self.status.label(self.edition)
    }
}

/// An invalid value: which field, where in the file, and why in words a user can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub field: FieldId,
    /// The JSON path of the value, e.g. `contacts[3].email` (for the command line).
    pub at: String,
    /// The contact row and column, for problems in the contacts table.
    pub contact: Option<(usize, ContactField)>,
    pub reason: String,
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.at, self.reason)
    }
}

/// Something worth knowing that blocks nothing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Warning {
    /// The field it is about, when there is one.
    pub field: Option<FieldId>,
    pub text: String,
}

impl std::fmt::Display for Warning {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.text)
    }
}
