//! The checks the edition tables are made of. Each reads the submission through `Ctx` and says
//! met (with what holds) or unmet (with the JSON path, the reason and the field that fixes it).
//! The texts are part of the status blocks: the seeds' editions' texts must not change.

use rust_decimal::Decimal;

use super::{Applies, Ctx, Outcome, unmet};
use crate::coverage::uncovered_markets;
use crate::fields::FieldId as F;
use crate::model::geo::{self, country_name};
use crate::model::{DocSlot, Edition, IsvConnect, OfferType, SolutionType};
use crate::validate::{self, human_bytes};

/// The revenue threshold of IP-REVENUE, in USD.
pub const REVENUE_THRESHOLD_USD: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);
/// IP-AZURE needs strictly more than this share of infrastructure on Azure.
pub const AZURE_SHARE_THRESHOLD: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

pub fn always(_: &Ctx) -> Applies {
    Applies::Yes
}

fn type_unknown(what: &str) -> Applies {
    Applies::Unknown {
        at: "offer.offer_type".into(),
        reason: format!("not answered; it decides whether {what}"),
        fix: F::OfferType,
    }
}

pub fn azure_ip_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => type_unknown("this applies"),
        Some(t) if t.is_azure_ip() => Applies::Yes,
        Some(t) => Applies::No(format!(
            "only for SaaS, Azure Application, Container, Virtual Machine and IoT Edge offers, not {}",
            t.label()
        )),
    }
}

pub fn biz_apps_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => type_unknown("this applies"),
        Some(t) if t.is_biz_apps() => Applies::Yes,
        Some(t) => Applies::No(format!(
            "only for Dynamics 365 and Power Apps offers, not {}",
            t.label()
        )),
    }
}

/// BIZ-PREMIUM in 2023-08: Dynamics 365 apps on Dataverse and Power Apps, and Operations Apps.
pub fn premium_offer_2023(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => type_unknown("this applies"),
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => Applies::No(
            "Business Central offers are not part of the Premium incentive in the 2023-08 rules"
                .into(),
        ),
        Some(t) => Applies::No(format!(
            "only for Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps, not {}",
            t.label()
        )),
    }
}

pub fn isv_connect_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => {
            Applies::No("Business Central offers do not need ISV Connect".into())
        }
        Some(_) => Applies::No("only for Dynamics 365 CE, Power Apps and F&O offers".into()),
        None => type_unknown("ISV Connect is needed"),
    }
}

pub fn pitch_deck_applies(c: &Ctx) -> Applies {
    match c.edition {
        Edition::E2020_09 => Applies::No("optional in the 2020-09 rules".into()),
        _ => Applies::Yes,
    }
}

pub fn gold_applies(c: &Ctx) -> Applies {
    if c.sub.listing.solution_type == Some(SolutionType::Service) {
        return Applies::Yes;
    }
    match c.offer_type() {
        Some(OfferType::ConsultingService) => Applies::Yes,
        Some(_) => Applies::No("only for service offers and Consulting services".into()),
        None => type_unknown("Gold is needed"),
    }
}

pub fn designation_applies(c: &Ctx) -> Applies {
    match c.offer_type() {
        Some(OfferType::ConsultingService) => Applies::Yes,
        Some(t) => Applies::No(format!(
            "only for Consulting service offers, not {}",
            t.label()
        )),
        None => type_unknown("a designation is needed"),
    }
}

/// IP-DIAGRAM in 2023-08: required for SaaS only.
pub fn diagram_applies_2023(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => type_unknown("this applies"),
        Some(OfferType::Saas) => Applies::Yes,
        Some(t) if t.is_azure_ip() => {
            Applies::No(format!("not mandatory for {} offers", t.label()))
        }
        Some(t) => Applies::No(format!(
            "only for SaaS, Azure Application, Container, Virtual Machine and IoT Edge offers, not {}",
            t.label()
        )),
    }
}

fn yes_no_check(v: Option<bool>, at: &str, fix: F, met: &str, no: &str) -> Outcome {
    match v {
        Some(true) => Outcome::Met(met.into()),
        Some(false) => unmet(at, no, fix),
        None => unmet(at, "not answered", fix),
    }
}

pub fn account(c: &Ctx) -> Outcome {
    let p = &c.sub.partner;
    let Some(mpn) = p.mpn_id.as_deref() else {
        return unmet("partner.mpn_id", "not answered", F::MpnId);
    };
    if let Err(e) = validate::check_mpn_id(mpn) {
        return unmet("partner.mpn_id", e, F::MpnId);
    }
    let what = match c.edition {
        Edition::E2023_08 => "Partner ID",
        _ => "MPN ID",
    };
    yes_no_check(
        p.marketplace_account_active,
        "partner.marketplace_account_active",
        F::AccountActive,
        &format!("{what} {mpn}, account active"),
        "the commercial marketplace account is not active",
    )
}

pub fn profile(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.business_profile_complete,
        "partner.business_profile_complete",
        F::ProfileComplete,
        "business profile complete",
        "complete the business profile in Partner Center",
    )
}

pub fn live(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.offer.live,
        "offer.live",
        F::Live,
        "published live",
        "publish the offer to Azure Marketplace or AppSource",
    )
}

pub fn gold(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.gold_competency,
        "partner.gold_competency",
        F::GoldCompetency,
        "active Gold competency",
        "services offers need an active Gold competency",
    )
}

pub fn designation(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.solutions_partner_designation,
        "partner.solutions_partner_designation",
        F::Designation,
        "at least one Solutions Partner designation",
        "Consulting service offers need at least one Solutions Partner designation",
    )
}

pub fn transactable(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.offer.transactable,
        "offer.transactable",
        F::Transactable,
        "transactable in the marketplace",
        "Azure IP co-sell eligibility needs an offer transactable in the marketplace (since 2023-07-11 for new offers)",
    )
}

pub fn offer_type_eligible(c: &Ctx) -> Outcome {
    match c.offer_type() {
        None => unmet("offer.offer_type", "not answered", F::OfferType),
        Some(OfferType::Microsoft365App) => unmet(
            "offer.offer_type",
            "apps and add-ins for Microsoft Office (Teams, Outlook, Excel) are not eligible for co-sell",
            F::OfferType,
        ),
        Some(t) => Outcome::Met(format!("{} offers have a co-sell option", t.label())),
    }
}

pub fn ip_solution_type(c: &Ctx) -> Outcome {
    match c.sub.listing.solution_type {
        Some(SolutionType::Ip) => Outcome::Met("solution type IP (application)".into()),
        Some(t) => unmet(
            "listing.solution_type",
            format!(
                "{}; Azure IP co-sell needs the solution type IP (application)",
                t.label()
            ),
            F::SolutionType,
        ),
        None => unmet("listing.solution_type", "not answered", F::SolutionType),
    }
}

pub fn isv_connect(c: &Ctx) -> Outcome {
    match c.sub.partner.isv_connect {
        Some(IsvConnect::None) => unmet(
            "partner.isv_connect",
            "register for ISV Connect",
            F::IsvConnect,
        ),
        Some(t) => Outcome::Met(format!("ISV Connect {}", t.label())),
        None => unmet("partner.isv_connect", "not answered", F::IsvConnect),
    }
}

pub fn premium(c: &Ctx) -> Outcome {
    match c.sub.partner.isv_connect {
        Some(IsvConnect::Premium) => Outcome::Met(
            "ISV Connect Premium: eligible to be considered for the Premium incentive".into(),
        ),
        Some(t) => unmet(
            "partner.isv_connect",
            format!("{} tier; Premium is needed", t.label()),
            F::IsvConnect,
        ),
        None => unmet("partner.isv_connect", "not answered", F::IsvConnect),
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// An attached document: present and passing the file check.
pub fn document(c: &Ctx, slot: DocSlot, what: &str) -> Outcome {
    let at = format!("documents.{}", slot.key());
    let fix = F::Doc(slot);
    match (c.sub.documents.slot(slot), c.docs.get(&slot)) {
        (None, _) => unmet(at, format!("no {what} uploaded yet"), fix),
        (Some(_), Some(Err(e))) => unmet(at, e.clone(), fix),
        (Some(d), Some(Ok(f))) => Outcome::Met(format!(
            "{} ({}, {})",
            file_name(&d.path),
            f.media_type,
            human_bytes(f.bytes)
        )),
        (Some(_), None) => unmet(at, "not checked", fix),
    }
}

/// CSR-LISTING: the limits differ by edition (seeds: segments, 1–3 areas of 1–2 sub-areas;
/// 2023-08: no segments, 1–5 areas of 1–5 sales plays).
pub fn listing(c: &Ctx) -> Outcome {
    let l = &c.sub.listing;
    let today = c.edition == Edition::E2023_08;
    let (max_areas, max_subs) = crate::fields::listing_limits(c.edition);
    if l.microsoft_platforms.iter().all(|p| p.trim().is_empty()) {
        return unmet(
            "listing.microsoft_platforms",
            "choose at least one Microsoft platform",
            F::Platforms,
        );
    }
    if !today && l.segments.iter().all(|s| s.trim().is_empty()) {
        return unmet(
            "listing.segments",
            "choose at least one segment",
            F::Segments,
        );
    }
    let Some(t) = l.solution_type else {
        return unmet(
            "listing.solution_type",
            "choose one solution type",
            F::SolutionType,
        );
    };
    let n = l.solution_areas.len();
    if !(1..=max_areas).contains(&n) {
        return unmet(
            "listing.solution_areas",
            format!("{n} areas; choose 1 to {max_areas}"),
            F::Area(0),
        );
    }
    for (i, a) in l.solution_areas.iter().enumerate() {
        let row = i.min(u8::MAX as usize) as u8;
        if a.area.trim().is_empty() {
            return unmet(
                format!("listing.solution_areas[{i}].area"),
                "empty",
                F::Area(row),
            );
        }
        let k = a.sub_areas.iter().filter(|s| !s.trim().is_empty()).count();
        if !(1..=max_subs).contains(&k) || k != a.sub_areas.len() {
            let reason = if today {
                format!(
                    "{} has {} sales plays; choose 1 to {max_subs}",
                    a.area,
                    a.sub_areas.len()
                )
            } else {
                format!(
                    "{} has {} sub-areas; choose 1 or 2",
                    a.area,
                    a.sub_areas.len()
                )
            };
            return unmet(
                format!("listing.solution_areas[{i}].sub_areas"),
                reason,
                F::SubAreas(row),
            );
        }
    }
    Outcome::Met(if today {
        format!(
            "{} platform(s), {}, {n} area(s)",
            l.microsoft_platforms.len(),
            t.label()
        )
    } else {
        format!(
            "{} platform(s), {} segment(s), {}, {n} area(s)",
            l.microsoft_platforms.len(),
            l.segments.len(),
            t.label()
        )
    })
}

pub fn contacts(c: &Ctx) -> Outcome {
    let sub = c.sub;
    if sub.markets.is_empty() {
        return unmet(
            "markets",
            "list the countries where the offer is co-sell eligible",
            F::Markets,
        );
    }
    for (i, m) in sub.markets.iter().enumerate() {
        if m == geo::GLOBAL {
            return unmet(
                format!("markets[{i}]"),
                "OOO is for contacts; list the market countries",
                F::Markets,
            );
        }
        if let Err(e) = geo::check_country(m) {
            return unmet(format!("markets[{i}]"), e.to_string(), F::Markets);
        }
    }
    if let Some((i, col, why)) = c.first_contact_problem() {
        return unmet(format!("contacts[{i}].{col}"), why.clone(), F::Contacts);
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
    unmet(
        "contacts",
        format!("no Partner sales contact for {}{more}", shown.join(", ")),
        F::Contacts,
    )
}

/// A stored amount: `Ok(None)` when not answered.
fn money(at: &str, fix: F, v: &Option<String>) -> Result<Option<Decimal>, Outcome> {
    match v {
        None => Ok(None),
        Some(s) => validate::parse_money(s)
            .map(Some)
            .map_err(|e| unmet(at, e, fix)),
    }
}

pub fn revenue(c: &Ctx) -> Outcome {
    let r = &c.sub.revenue;
    let consumed = match money(
        "revenue.azure_consumed_revenue_usd",
        F::AzureConsumed,
        &r.azure_consumed_revenue_usd,
    ) {
        Ok(v) => v,
        Err(o) => return o,
    };
    let billed = match money(
        "revenue.marketplace_billed_revenue_usd",
        F::MarketplaceBilled,
        &r.marketplace_billed_revenue_usd,
    ) {
        Ok(v) => v,
        Err(o) => return o,
    };
    if let Some(v) = consumed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        return Outcome::Met(format!(
            "Azure consumed revenue {} ≥ $100,000.00",
            validate::display_money(v)
        ));
    }
    let billed_counts = match c.edition {
        Edition::E2020_09 => Ok(()),
        Edition::E2021_02 | Edition::E2023_08 => match c.sub.offer.transactable {
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
                return unmet(
                    "revenue.marketplace_billed_revenue_usd",
                    format!(
                        "{} but {why}; Azure consumed revenue is {}",
                        validate::display_money(v),
                        consumed
                            .map(validate::display_money)
                            .unwrap_or_else(|| "not answered".into())
                    ),
                    F::AzureConsumed,
                );
            }
        }
    }
    match (consumed, billed) {
        (None, None) => unmet(
            "revenue.azure_consumed_revenue_usd",
            "not answered",
            F::AzureConsumed,
        ),
        _ => {
            let best = consumed.unwrap_or_default().max(if billed_counts.is_ok() {
                billed.unwrap_or_default()
            } else {
                Decimal::ZERO
            });
            unmet(
                "revenue.azure_consumed_revenue_usd",
                format!(
                    "{} is {} short of $100,000.00",
                    validate::display_money(best),
                    validate::display_money(REVENUE_THRESHOLD_USD - best)
                ),
                F::AzureConsumed,
            )
        }
    }
}

/// IP-AZURE: more than 50% on Azure; in the seeds' editions transactable VMs and Azure
/// Applications meet it by default, in 2023-08 nothing does.
pub fn azure_share(c: &Ctx) -> Outcome {
    let sub = c.sub;
    let by_default = c.edition.is_seed()
        && sub.offer.transactable == Some(true)
        && matches!(
            sub.offer.offer_type,
            Some(OfferType::AzureVirtualMachine | OfferType::AzureApplication)
        );
    let at = "revenue.azure_infrastructure_percent";
    let share = sub
        .revenue
        .azure_infrastructure_percent
        .as_ref()
        .map(validate::parse_percent);
    match (share, by_default) {
        (Some(Err(e)), _) => unmet(at, e, F::AzureShare),
        (_, true) => Outcome::Met("met by default: transactable VM or Azure Application".into()),
        (Some(Ok(p)), false) if p > AZURE_SHARE_THRESHOLD => {
            Outcome::Met(format!("{}% of infrastructure on Azure", p.normalize()))
        }
        (Some(Ok(p)), false) => unmet(
            at,
            format!("{}% on Azure; more than 50% is needed", p.normalize()),
            F::AzureShare,
        ),
        (None, false) => unmet(at, "not answered", F::AzureShare),
    }
}
