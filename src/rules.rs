//! The co-sell status rules of spec §2–§5: one table row per requirement (id, tier, applies-to,
//! check). `evaluate` is pure except for the document checks, which go through a [`FileProbe`].

use std::collections::HashMap;

use rust_decimal::Decimal;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

use crate::catalogue::Catalogue;
use crate::coverage::uncovered_markets;
use crate::model::geo::{self, country_name};
use crate::model::{DocSlot, Document, Edition, IsvConnect, OfferType, SolutionType, Submission};
use crate::validate::{self, DiskProbe, FileFacts, FileProbe, Problem};

/// The revenue threshold of IP-REVENUE, in USD.
pub const REVENUE_THRESHOLD_USD: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);
/// IP-AZURE needs strictly more than this share of infrastructure on Azure.
pub const AZURE_SHARE_THRESHOLD: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

/// A rung of the ladder a requirement belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Tier {
    CoSellReady,
    AzureIpCoSellIncentivized,
    BizAppsIsvConnectPremium,
}

/// The status reached: the highest rung whose requirements all hold.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    NotReady,
    CoSellReady,
    AzureIpCoSellIncentivized,
    BizAppsIsvConnectPremium,
}

impl Status {
    pub fn label(self, edition: Edition) -> &'static str {
        match (self, edition) {
            (Status::NotReady, Edition::E2021_02) => "Not co-sell ready",
            (Status::NotReady, Edition::E2020_09) => "Not ready",
            (Status::CoSellReady, _) => "Co-sell ready",
            (Status::AzureIpCoSellIncentivized, _) => "Azure IP co-sell incentivized",
            (Status::BizAppsIsvConnectPremium, Edition::E2021_02) => {
                "Business Applications ISV Connect Premium incentive"
            }
            (Status::BizAppsIsvConnectPremium, Edition::E2020_09) => {
                "Business Applications co-sell incentivized"
            }
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            Status::NotReady => "not_ready",
            Status::CoSellReady => "co_sell_ready",
            Status::AzureIpCoSellIncentivized => "azure_ip_co_sell_incentivized",
            Status::BizAppsIsvConnectPremium => "biz_apps_isv_connect_premium",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RequirementState {
    Met,
    Unmet,
    NotApplicable,
}

/// Every requirement of spec §2–§4, in the order of the spec.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
pub enum RequirementId {
    #[serde(rename = "CSR-ACCOUNT")]
    CsrAccount,
    #[serde(rename = "CSR-PROFILE")]
    CsrProfile,
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
    #[serde(rename = "CSR-ISV-CONNECT")]
    CsrIsvConnect,
    #[serde(rename = "IP-REVENUE")]
    IpRevenue,
    #[serde(rename = "IP-AZURE")]
    IpAzure,
    #[serde(rename = "IP-DIAGRAM")]
    IpDiagram,
    #[serde(rename = "BIZ-PREMIUM")]
    BizPremium,
}

impl RequirementId {
    pub fn as_str(self) -> &'static str {
        RULES
            .iter()
            .find(|r| r.id == self)
            .map(|r| r.code)
            .unwrap_or("?")
    }

    pub fn title(self) -> &'static str {
        RULES
            .iter()
            .find(|r| r.id == self)
            .map(|r| r.title)
            .unwrap_or("?")
    }

    pub fn tier(self) -> Tier {
        RULES
            .iter()
            .find(|r| r.id == self)
            .map(|r| r.tier)
            .unwrap_or(Tier::CoSellReady)
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

/// Benefits of spec §5.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
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

    pub fn description(self) -> &'static str {
        match self {
            BenefitId::Sellers => {
                "Shown to Microsoft field sellers; joint opportunities with Microsoft-managed customers"
            }
            BenefitId::Fee => {
                "Marketplace service fee cut from 20% to 10% for IaaS or SaaS sold through the marketplace"
            }
            BenefitId::Csp => {
                "Cloud Solution Provider partners get a 10% incentive for reselling the offer"
            }
            BenefitId::Macc => {
                "Sales count toward customers' Azure consumption commitments (\"Azure benefit eligible\")"
            }
            BenefitId::Badge => "\"Preferred solutions\" badge in the storefronts",
            BenefitId::SellerIncentive => {
                "Microsoft field sellers are paid incentives when they sell it with you"
            }
        }
    }

    /// The benefits a status unlocks.
    pub fn unlocked_by(status: Status) -> &'static [BenefitId] {
        match status {
            Status::NotReady => &[],
            Status::CoSellReady => &[BenefitId::Sellers],
            Status::AzureIpCoSellIncentivized => &[
                BenefitId::Sellers,
                BenefitId::Fee,
                BenefitId::Csp,
                BenefitId::Macc,
                BenefitId::Badge,
                BenefitId::SellerIncentive,
            ],
            Status::BizAppsIsvConnectPremium => &[BenefitId::Sellers, BenefitId::SellerIncentive],
        }
    }
}

/// One evaluated requirement.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct RequirementResult {
    pub id: RequirementId,
    pub tier: Tier,
    pub state: RequirementState,
    pub detail: String,
    /// The field (JSON path) to change to meet it, for jump-to-fix. Not part of the file format.
    #[serde(skip)]
    pub fix: Option<&'static str>,
}

/// The status block of spec §7, plus what the front ends show beside it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StatusReport {
    pub status: Status,
    pub requirements: Vec<RequirementResult>,
    pub benefits: Vec<BenefitId>,
    /// Every invalid value in the submission, whatever reads it. Blocks export.
    #[serde(skip)]
    pub problems: Vec<Problem>,
    /// Things worth knowing that block nothing (catalogue misses, excluded offer types).
    #[serde(skip)]
    pub warnings: Vec<String>,
}

impl StatusReport {
    pub fn get(&self, id: RequirementId) -> &RequirementResult {
        // Every id is evaluated, so the lookup always succeeds; fall back to the first row.
        self.requirements
            .iter()
            .find(|r| r.id == id)
            .unwrap_or(&self.requirements[0])
    }

    /// The first unmet requirement of the lowest rung still open: the next thing to do.
    pub fn next_to_do(&self) -> Option<&RequirementResult> {
        self.requirements
            .iter()
            .find(|r| r.state == RequirementState::Unmet)
    }

    /// Why an export is refused: unmet tab requirements and every invalid value.
    pub fn export_blockers(&self) -> Vec<String> {
        let mut out: Vec<String> = self
            .requirements
            .iter()
            .filter(|r| r.id.is_tab() && r.state == RequirementState::Unmet)
            .map(|r| format!("{}: {}", r.id.as_str(), r.detail))
            .collect();
        out.extend(self.problems.iter().map(|p| format!("invalid value {p}")));
        out
    }

    pub fn count(&self, state: RequirementState) -> usize {
        self.requirements
            .iter()
            .filter(|r| r.state == state)
            .count()
    }
}

/// The outcome of one requirement's check.
enum Outcome {
    Met(String),
    Unmet(String, &'static str),
}

/// What the checks read, computed once per evaluation.
struct Ctx<'a> {
    sub: &'a Submission,
    edition: Edition,
    docs: HashMap<DocSlot, Result<FileFacts, String>>,
    /// Every invalid cell of every contact (index, column, reason), computed once.
    contact_problems: Vec<(usize, &'static str, String)>,
}

impl Ctx<'_> {
    fn offer_type(&self) -> Option<OfferType> {
        self.sub.offer.offer_type
    }

    fn document(&self, slot: DocSlot, what: &str) -> Outcome {
        let field = doc_field(slot);
        match (self.sub.documents.slot(slot), self.docs.get(&slot)) {
            (None, _) => Outcome::Unmet(format!("{field}: no {what} uploaded yet"), field),
            (Some(_), Some(Err(e))) => Outcome::Unmet(format!("{field}: {e}"), field),
            (Some(d), Some(Ok(f))) => Outcome::Met(format!(
                "{} ({}, {})",
                file_name(&d.path),
                f.media_type,
                human_bytes(f.bytes)
            )),
            (Some(_), None) => Outcome::Unmet(format!("{field}: not checked"), field),
        }
    }
}

fn doc_field(slot: DocSlot) -> &'static str {
    match slot {
        DocSlot::OnePager => "documents.one_pager",
        DocSlot::PitchDeck => "documents.pitch_deck",
        DocSlot::CaseStudy => "documents.case_study",
        DocSlot::VerifiableCustomerWins => "documents.verifiable_customer_wins",
        DocSlot::ChannelPitchDeck => "documents.channel_pitch_deck",
        DocSlot::ReferenceArchitectureDiagram => "documents.reference_architecture_diagram",
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

pub fn human_bytes(n: u64) -> String {
    match n {
        0..1024 => format!("{n} B"),
        1024..1_048_576 => format!("{:.1} KB", n as f64 / 1024.0),
        _ => format!("{:.1} MB", n as f64 / 1_048_576.0),
    }
}

/// One row of the requirements table.
struct Rule {
    id: RequirementId,
    code: &'static str,
    tier: Tier,
    title: &'static str,
    /// Ok(true) applies, Ok(false) does not (with why), Err: cannot tell yet (unmet).
    applies: fn(&Ctx) -> Applies,
    check: fn(&Ctx) -> Outcome,
}

type Applies = Result<Result<(), String>, (String, &'static str)>;

fn always(_: &Ctx) -> Applies {
    Ok(Ok(()))
}

fn azure_ip_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => Err((
            "offer.offer_type: not answered; it decides whether this applies".into(),
            "offer.offer_type",
        )),
        Some(t) if t.is_azure_ip() => Ok(Ok(())),
        Some(t) => Ok(Err(format!(
            "only for SaaS, Azure Application, Container, Virtual Machine and IoT Edge offers, not {}",
            t.label()
        ))),
    }
}

fn biz_apps_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => Err((
            "offer.offer_type: not answered; it decides whether this applies".into(),
            "offer.offer_type",
        )),
        Some(t) if t.is_biz_apps() => Ok(Ok(())),
        Some(t) => Ok(Err(format!(
            "only for Dynamics 365 and Power Apps offers, not {}",
            t.label()
        ))),
    }
}

const RULES: &[Rule] = &[
    Rule {
        id: RequirementId::CsrAccount,
        code: "CSR-ACCOUNT",
        tier: Tier::CoSellReady,
        title: "MPN ID and active marketplace account",
        applies: always,
        check: |c| {
            let p = &c.sub.partner;
            let Some(mpn) = p.mpn_id.as_deref() else {
                return Outcome::Unmet("partner.mpn_id: not answered".into(), "partner.mpn_id");
            };
            if let Err(e) = validate::check_mpn_id(mpn) {
                return Outcome::Unmet(format!("partner.mpn_id: {e}"), "partner.mpn_id");
            }
            match p.marketplace_account_active {
                Some(true) => Outcome::Met(format!("MPN ID {mpn}, account active")),
                Some(false) => Outcome::Unmet(
                    "partner.marketplace_account_active: the commercial marketplace account is not active".into(),
                    "partner.marketplace_account_active",
                ),
                None => Outcome::Unmet(
                    "partner.marketplace_account_active: not answered".into(),
                    "partner.marketplace_account_active",
                ),
            }
        },
    },
    Rule {
        id: RequirementId::CsrProfile,
        code: "CSR-PROFILE",
        tier: Tier::CoSellReady,
        title: "Complete business profile",
        applies: always,
        check: |c| {
            match c.sub.partner.business_profile_complete {
            Some(true) => Outcome::Met("business profile complete".into()),
            Some(false) => Outcome::Unmet(
                "partner.business_profile_complete: complete the business profile in Partner Center".into(),
                "partner.business_profile_complete",
            ),
            None => Outcome::Unmet(
                "partner.business_profile_complete: not answered".into(),
                "partner.business_profile_complete",
            ),
        }
        },
    },
    Rule {
        id: RequirementId::CsrListing,
        code: "CSR-LISTING",
        tier: Tier::CoSellReady,
        title: "Listing: platforms, segments, solution type and areas",
        applies: always,
        check: check_listing,
    },
    Rule {
        id: RequirementId::CsrOnePager,
        code: "CSR-ONE-PAGER",
        tier: Tier::CoSellReady,
        title: "Solution one-pager uploaded",
        applies: always,
        check: |c| c.document(DocSlot::OnePager, "one-pager"),
    },
    Rule {
        id: RequirementId::CsrPitchDeck,
        code: "CSR-PITCH-DECK",
        tier: Tier::CoSellReady,
        title: "Solution pitch deck uploaded",
        applies: |c| {
            Ok(match c.edition {
                Edition::E2020_09 => Err("optional in the 2020-09 rules".into()),
                Edition::E2021_02 => Ok(()),
            })
        },
        check: |c| c.document(DocSlot::PitchDeck, "pitch deck"),
    },
    Rule {
        id: RequirementId::CsrContacts,
        code: "CSR-CONTACTS",
        tier: Tier::CoSellReady,
        title: "A Partner sales contact for every market",
        applies: always,
        check: check_contacts,
    },
    Rule {
        id: RequirementId::CsrLive,
        code: "CSR-LIVE",
        tier: Tier::CoSellReady,
        title: "Offer live on Azure Marketplace or AppSource",
        applies: always,
        check: |c| match c.sub.offer.live {
            Some(true) => Outcome::Met("published live".into()),
            Some(false) => Outcome::Unmet(
                "offer.live: publish the offer to Azure Marketplace or AppSource".into(),
                "offer.live",
            ),
            None => Outcome::Unmet("offer.live: not answered".into(), "offer.live"),
        },
    },
    Rule {
        id: RequirementId::CsrGold,
        code: "CSR-GOLD",
        tier: Tier::CoSellReady,
        title: "Gold competency (services partners)",
        applies: |c| {
            if c.sub.listing.solution_type == Some(SolutionType::Service) {
                return Ok(Ok(()));
            }
            match c.offer_type() {
                Some(OfferType::ConsultingService) => Ok(Ok(())),
                Some(_) => Ok(Err("only for service offers and Consulting services".into())),
                None => Err((
                    "offer.offer_type: not answered; it decides whether Gold is needed".into(),
                    "offer.offer_type",
                )),
            }
        },
        check: |c| match c.sub.partner.gold_competency {
            Some(true) => Outcome::Met("active Gold competency".into()),
            Some(false) => Outcome::Unmet(
                "partner.gold_competency: services offers need an active Gold competency".into(),
                "partner.gold_competency",
            ),
            None => Outcome::Unmet(
                "partner.gold_competency: not answered".into(),
                "partner.gold_competency",
            ),
        },
    },
    Rule {
        id: RequirementId::CsrIsvConnect,
        code: "CSR-ISV-CONNECT",
        tier: Tier::CoSellReady,
        title: "ISV Connect registration (Dynamics 365 CE / F&O)",
        applies: |c| match c.offer_type() {
            Some(t) if t.needs_isv_connect() => Ok(Ok(())),
            Some(OfferType::Dynamics365BusinessCentral) => {
                Ok(Err("Business Central offers do not need ISV Connect".into()))
            }
            Some(_) => Ok(Err(
                "only for Dynamics 365 CE, Power Apps and F&O offers".into()
            )),
            None => Err((
                "offer.offer_type: not answered; it decides whether ISV Connect is needed".into(),
                "offer.offer_type",
            )),
        },
        check: |c| match c.sub.partner.isv_connect {
            Some(IsvConnect::None) => Outcome::Unmet(
                "partner.isv_connect: register for ISV Connect".into(),
                "partner.isv_connect",
            ),
            Some(t) => Outcome::Met(format!("ISV Connect {}", t.label())),
            None => Outcome::Unmet(
                "partner.isv_connect: not answered".into(),
                "partner.isv_connect",
            ),
        },
    },
    Rule {
        id: RequirementId::IpRevenue,
        code: "IP-REVENUE",
        tier: Tier::AzureIpCoSellIncentivized,
        title: "USD 100,000 Azure or marketplace revenue (12 months)",
        applies: azure_ip_offer,
        check: check_revenue,
    },
    Rule {
        id: RequirementId::IpAzure,
        code: "IP-AZURE",
        tier: Tier::AzureIpCoSellIncentivized,
        title: "More than 50% of infrastructure on Azure",
        applies: azure_ip_offer,
        check: check_azure_share,
    },
    Rule {
        id: RequirementId::IpDiagram,
        code: "IP-DIAGRAM",
        tier: Tier::AzureIpCoSellIncentivized,
        title: "Reference architecture diagram uploaded",
        applies: azure_ip_offer,
        check: |c| c.document(DocSlot::ReferenceArchitectureDiagram, "diagram"),
    },
    Rule {
        id: RequirementId::BizPremium,
        code: "BIZ-PREMIUM",
        tier: Tier::BizAppsIsvConnectPremium,
        title: "ISV Connect Premium enrollment",
        applies: biz_apps_offer,
        check: |c| match c.sub.partner.isv_connect {
            Some(IsvConnect::Premium) => Outcome::Met(
                "ISV Connect Premium: eligible to be considered for the Premium incentive".into(),
            ),
            Some(t) => Outcome::Unmet(
                format!("partner.isv_connect: {} tier; Premium is needed", t.label()),
                "partner.isv_connect",
            ),
            None => Outcome::Unmet(
                "partner.isv_connect: not answered".into(),
                "partner.isv_connect",
            ),
        },
    },
];

fn check_listing(c: &Ctx) -> Outcome {
    let l = &c.sub.listing;
    if l.microsoft_platforms.iter().all(|p| p.trim().is_empty()) {
        return Outcome::Unmet(
            "listing.microsoft_platforms: choose at least one Microsoft platform".into(),
            "listing.microsoft_platforms",
        );
    }
    if l.segments.iter().all(|s| s.trim().is_empty()) {
        return Outcome::Unmet(
            "listing.segments: choose at least one segment".into(),
            "listing.segments",
        );
    }
    let Some(t) = l.solution_type else {
        return Outcome::Unmet(
            "listing.solution_type: choose one solution type".into(),
            "listing.solution_type",
        );
    };
    let n = l.solution_areas.len();
    if !(1..=3).contains(&n) {
        return Outcome::Unmet(
            format!("listing.solution_areas: {n} areas; choose 1 to 3"),
            "listing.solution_areas",
        );
    }
    for (i, a) in l.solution_areas.iter().enumerate() {
        if a.area.trim().is_empty() {
            return Outcome::Unmet(
                format!("listing.solution_areas[{i}].area: empty"),
                "listing.solution_areas",
            );
        }
        let k = a.sub_areas.iter().filter(|s| !s.trim().is_empty()).count();
        if !(1..=2).contains(&k) || k != a.sub_areas.len() {
            return Outcome::Unmet(
                format!(
                    "listing.solution_areas[{i}].sub_areas: {} has {} sub-areas; choose 1 or 2",
                    a.area,
                    a.sub_areas.len()
                ),
                "listing.solution_areas",
            );
        }
    }
    Outcome::Met(format!(
        "{} platform(s), {} segment(s), {}, {n} area(s)",
        l.microsoft_platforms.len(),
        l.segments.len(),
        t.label()
    ))
}

fn check_contacts(c: &Ctx) -> Outcome {
    let sub = c.sub;
    if sub.markets.is_empty() {
        return Outcome::Unmet(
            "markets: list the countries where the offer is co-sell eligible".into(),
            "markets",
        );
    }
    for (i, m) in sub.markets.iter().enumerate() {
        if m == geo::GLOBAL {
            return Outcome::Unmet(
                format!("markets[{i}]: OOO is for contacts; list the market countries"),
                "markets",
            );
        }
        if let Err(e) = geo::check_country(m) {
            return Outcome::Unmet(format!("markets[{i}]: {e}"), "markets");
        }
    }
    if let Some((i, col, why)) = c.contact_problems.first() {
        return Outcome::Unmet(format!("contacts[{i}].{col}: {why}"), "contacts");
    }
    let uncovered = uncovered_markets(&sub.markets, &sub.contacts);
    if uncovered.is_empty() {
        return Outcome::Met(format!(
            "{} market(s) covered by {} contact(s)",
            sub.markets.len(),
            sub.contacts.len()
        ));
    }
    let shown: Vec<String> = uncovered
        .iter()
        .take(5)
        .map(|m| format!("{m} ({})", country_name(m)))
        .collect();
    let more = match uncovered.len() {
        n if n > 5 => format!(" and {} more", n - 5),
        _ => String::new(),
    };
    Outcome::Unmet(
        format!(
            "contacts: no Partner sales contact for {}{more}",
            shown.join(", ")
        ),
        "contacts",
    )
}

/// A stored amount: `Ok(None)` when not answered.
fn money(
    field: &'static str,
    v: &Option<String>,
) -> Result<Option<Decimal>, (String, &'static str)> {
    match v {
        None => Ok(None),
        Some(s) => validate::parse_money(s)
            .map(Some)
            .map_err(|e| (format!("revenue.{field}: {e}"), field_path(field))),
    }
}

fn field_path(field: &str) -> &'static str {
    match field {
        "azure_consumed_revenue_usd" => "revenue.azure_consumed_revenue_usd",
        "marketplace_billed_revenue_usd" => "revenue.marketplace_billed_revenue_usd",
        _ => "revenue.azure_infrastructure_percent",
    }
}

fn check_revenue(c: &Ctx) -> Outcome {
    let r = &c.sub.revenue;
    let consumed = match money("azure_consumed_revenue_usd", &r.azure_consumed_revenue_usd) {
        Ok(v) => v,
        Err((d, f)) => return Outcome::Unmet(d, f),
    };
    let billed = match money(
        "marketplace_billed_revenue_usd",
        &r.marketplace_billed_revenue_usd,
    ) {
        Ok(v) => v,
        Err((d, f)) => return Outcome::Unmet(d, f),
    };
    if let Some(v) = consumed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        return Outcome::Met(format!(
            "Azure consumed revenue {} ≥ $100,000.00",
            validate::display_money(v)
        ));
    }
    let billed_counts = match c.edition {
        Edition::E2020_09 => Ok(()),
        Edition::E2021_02 => match c.sub.offer.transactable {
            Some(true) => Ok(()),
            Some(false) => Err("billed revenue counts only for transactable offers"),
            None => Err("offer.transactable not answered, so billed revenue cannot count"),
        },
    };
    if let Some(v) = billed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        match billed_counts {
            Ok(()) => {
                return Outcome::Met(format!(
                    "marketplace billed revenue {} ≥ $100,000.00",
                    validate::display_money(v)
                ));
            }
            Err(why) => {
                return Outcome::Unmet(
                    format!(
                        "revenue.marketplace_billed_revenue_usd: {} but {why}; Azure consumed revenue is {}",
                        validate::display_money(v),
                        consumed
                            .map(validate::display_money)
                            .unwrap_or_else(|| "not answered".into())
                    ),
                    "revenue.azure_consumed_revenue_usd",
                );
            }
        }
    }
    match (consumed, billed) {
        (None, None) => Outcome::Unmet(
            "revenue.azure_consumed_revenue_usd: not answered".into(),
            "revenue.azure_consumed_revenue_usd",
        ),
        _ => {
            let best = consumed.unwrap_or_default().max(if billed_counts.is_ok() {
                billed.unwrap_or_default()
            } else {
                Decimal::ZERO
            });
            Outcome::Unmet(
                format!(
                    "revenue.azure_consumed_revenue_usd: {} is {} short of $100,000.00",
                    validate::display_money(best),
                    validate::display_money(REVENUE_THRESHOLD_USD - best)
                ),
                "revenue.azure_consumed_revenue_usd",
            )
        }
    }
}

fn check_azure_share(c: &Ctx) -> Outcome {
    let sub = c.sub;
    let by_default = sub.offer.transactable == Some(true)
        && matches!(
            sub.offer.offer_type,
            Some(OfferType::AzureVirtualMachine | OfferType::AzureApplication)
        );
    let field = "revenue.azure_infrastructure_percent";
    let share = sub
        .revenue
        .azure_infrastructure_percent
        .as_ref()
        .map(validate::parse_percent);
    match (share, by_default) {
        (Some(Err(e)), _) => Outcome::Unmet(format!("{field}: {e}"), field),
        (_, true) => Outcome::Met("met by default: transactable VM or Azure Application".into()),
        (Some(Ok(p)), false) if p > AZURE_SHARE_THRESHOLD => {
            Outcome::Met(format!("{}% of infrastructure on Azure", p.normalize()))
        }
        (Some(Ok(p)), false) => Outcome::Unmet(
            format!(
                "{field}: {}% on Azure; more than 50% is needed",
                p.normalize()
            ),
            field,
        ),
        (None, false) => Outcome::Unmet(format!("{field}: not answered"), field),
    }
}

/// Every invalid value in the submission (not missing ones): what blocks Next and Export.
fn collect_problems(ctx: &Ctx) -> Vec<Problem> {
    let sub = ctx.sub;
    let mut out = Vec::new();
    let mut push = |field: String, reason: String| out.push(Problem { field, reason });
    if let Some(m) = sub.partner.mpn_id.as_deref()
        && let Err(e) = validate::check_mpn_id(m)
    {
        push("partner.mpn_id".into(), e);
    }
    for (i, m) in sub.markets.iter().enumerate() {
        if let Err(e) = geo::check_country(m) {
            push(format!("markets[{i}]"), e.to_string());
        } else if m == geo::GLOBAL {
            push(
                format!("markets[{i}]"),
                "OOO is for contacts; list the market countries".into(),
            );
        }
    }
    for (i, col, why) in &ctx.contact_problems {
        push(format!("contacts[{i}].{col}"), why.clone());
    }
    for slot in DocSlot::ALL {
        if let Some(Err(e)) = ctx.docs.get(&slot) {
            push(doc_field(slot).into(), e.clone());
        }
    }
    if let Err(e) = validate::check_other_count(sub.documents.other.len()) {
        push("documents.other".into(), e);
    }
    if let Some(u) = sub.documents.landing_page_url.as_deref()
        && let Err(e) = validate::check_url(u)
    {
        push("documents.landing_page_url".into(), e);
    }
    for (field, v) in [
        (
            "revenue.azure_consumed_revenue_usd",
            &sub.revenue.azure_consumed_revenue_usd,
        ),
        (
            "revenue.marketplace_billed_revenue_usd",
            &sub.revenue.marketplace_billed_revenue_usd,
        ),
    ] {
        if let Some(Err(e)) = v.as_deref().map(validate::parse_money) {
            push(field.into(), e);
        }
    }
    if let Some(Err(e)) = sub
        .revenue
        .azure_infrastructure_percent
        .as_ref()
        .map(validate::parse_percent)
    {
        push("revenue.azure_infrastructure_percent".into(), e);
    }
    out
}

/// Other documents are checked here too, so their problems block export like the slots'.
fn other_document_problems(docs: &[Document], probe: &dyn FileProbe) -> Vec<Problem> {
    docs.iter()
        .enumerate()
        .filter_map(|(i, d)| {
            probe.probe(&d.path).err().map(|e| Problem {
                field: format!("documents.other[{i}]"),
                reason: e,
            })
        })
        .collect()
}

/// Evaluates against the real file system.
pub fn evaluate(sub: &Submission, edition: Edition) -> StatusReport {
    evaluate_with(sub, edition, &DiskProbe)
}

/// Evaluates with an injected document check.
pub fn evaluate_with(sub: &Submission, edition: Edition, probe: &dyn FileProbe) -> StatusReport {
    let docs = DocSlot::ALL
        .iter()
        .filter_map(|s| {
            sub.documents
                .slot(*s)
                .as_ref()
                .map(|d| (*s, probe.probe(&d.path)))
        })
        .collect();
    let contact_problems = sub
        .contacts
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            validate::contact_problems(c)
                .into_iter()
                .map(move |(col, why)| (i, col, why))
        })
        .collect();
    let ctx = Ctx {
        sub,
        edition,
        docs,
        contact_problems,
    };
    let requirements: Vec<RequirementResult> = RULES
        .iter()
        .map(|rule| {
            let (state, detail, fix) = match (rule.applies)(&ctx) {
                Err((why, fix)) => (RequirementState::Unmet, why, Some(fix)),
                Ok(Err(why)) => (RequirementState::NotApplicable, why, None),
                Ok(Ok(())) => match (rule.check)(&ctx) {
                    Outcome::Met(d) => (RequirementState::Met, d, None),
                    Outcome::Unmet(d, f) => (RequirementState::Unmet, d, Some(f)),
                },
            };
            RequirementResult {
                id: rule.id,
                tier: rule.tier,
                state,
                detail,
                fix,
            }
        })
        .collect();
    let holds = |tier: Tier| {
        requirements
            .iter()
            .filter(|r| r.tier == tier)
            .all(|r| r.state != RequirementState::Unmet)
    };
    let offer_type = sub.offer.offer_type;
    let status = if !holds(Tier::CoSellReady) {
        Status::NotReady
    } else if offer_type.is_some_and(OfferType::is_azure_ip)
        && holds(Tier::AzureIpCoSellIncentivized)
    {
        Status::AzureIpCoSellIncentivized
    } else if offer_type.is_some_and(OfferType::is_biz_apps)
        && holds(Tier::BizAppsIsvConnectPremium)
    {
        Status::BizAppsIsvConnectPremium
    } else {
        Status::CoSellReady
    };
    let mut problems = collect_problems(&ctx);
    problems.extend(other_document_problems(&sub.documents.other, probe));
    let mut warnings = Catalogue::built_in().listing_warnings(&sub.listing);
    if offer_type == Some(OfferType::Microsoft365App) {
        warnings.push(
            "Microsoft 365 apps were excluded from co-sell in July 2021; check the current rules before relying on this status".into(),
        );
    }
    for (i, c) in sub.contacts.iter().enumerate().take(1000) {
        for (col, text) in [("name", &c.name), ("job_title", &c.job_title)] {
            if let Some(w) = validate::special_characters(text) {
                warnings.push(format!("contacts[{i}].{col} {w}"));
            }
        }
    }
    StatusReport {
        status,
        requirements,
        benefits: BenefitId::unlocked_by(status).to_vec(),
        problems,
        warnings,
    }
}

/// The requirement ids in spec order.
pub fn all_requirement_ids() -> impl Iterator<Item = RequirementId> {
    RULES.iter().map(|r| r.id)
}
