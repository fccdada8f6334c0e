//! The checks the edition tables are made of. Each reads the submission through `Ctx` and says
//! met (with what holds) or unmet (with the JSON path, the reason and the field that fixes it).
//! The texts are part of the status blocks: the seeds' editions' texts must not change.

use rust_decimal::Decimal;

use super::{Applies, Billed, Ctx, Outcome, unmet};
use crate::coverage::uncovered_markets;
use crate::field_ids::FieldId as F;
use crate::model::geo::{self, country_name};
use crate::model::{DocSlot, IsvConnect, OfferType, SolutionType};
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

/// BIZ-PREMIUM since 2023-08: Dynamics 365 apps on Dataverse and Power Apps, and Operations Apps.
pub fn premium_offer_ce_fo(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => type_unknown("this applies"),
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => Applies::No(format!(
            "Business Central offers are not part of the Premium incentive in the {} rules",
            c.edition
        )),
        Some(t) => Applies::No(format!(
            "only for Dynamics 365 apps on Dataverse and Power Apps, and Dynamics 365 Operations Apps, not {}",
            t.label()
        )),
    }
}

pub fn isv_connect_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => Applies::No(format!(
            "Business Central offers do not need {}",
            c.table.words.programme
        )),
        Some(_) => Applies::No("only for Dynamics 365 CE, Power Apps and F&O offers".into()),
        None => type_unknown(&format!("{} is needed", c.table.words.programme)),
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

/// IP-DIAGRAM since 2023-08: required for SaaS only.
pub fn diagram_applies_saas_only(c: &Ctx) -> Applies {
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
    let words = &c.table.words;
    yes_no_check(
        p.marketplace_account_active,
        "partner.marketplace_account_active",
        F::AccountActive,
        &format!("{} {mpn}, account active", words.partner_id),
        &format!("the {} is not active", words.account),
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
        &format!("publish the offer to {}", c.table.words.storefront),
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
        &format!("transactable in {}", c.table.words.marketplace),
        &format!(
            "Azure IP co-sell eligibility needs an offer transactable in {} (since 2023-07-11 for new offers)",
            c.table.words.marketplace
        ),
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
    let programme = c.table.words.programme;
    match c.sub.partner.isv_connect {
        Some(IsvConnect::None) => unmet(
            "partner.isv_connect",
            format!("register for {programme}"),
            F::IsvConnect,
        ),
        Some(t) => Outcome::Met(format!("{programme} {}", t.label())),
        None => unmet("partner.isv_connect", "not answered", F::IsvConnect),
    }
}

pub fn premium(c: &Ctx) -> Outcome {
    match c.sub.partner.isv_connect {
        Some(IsvConnect::Premium) => Outcome::Met(format!(
            "{} Premium: eligible to be considered for the Premium incentive",
            c.table.words.programme
        )),
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

/// CSR-LISTING of the seeds: segments are read.
pub fn listing_with_segments(c: &Ctx) -> Outcome {
    listing(c, true)
}

/// CSR-LISTING since 2023-08: segments are no longer on the page.
pub fn listing_without_segments(c: &Ctx) -> Outcome {
    listing(c, false)
}

/// CSR-LISTING: the limits are the edition's (seeds: 1–3 areas of 1–2 sub-areas; since 2023-08:
/// 1–5 areas of 1–5 sales plays).
fn listing(c: &Ctx, segments: bool) -> Outcome {
    let l = &c.sub.listing;
    let (max_areas, max_subs) = c.table.limits;
    if l.microsoft_platforms.iter().all(|p| p.trim().is_empty()) {
        return unmet(
            "listing.microsoft_platforms",
            "choose at least one Microsoft platform",
            F::Platforms,
        );
    }
    if segments && l.segments.iter().all(|s| s.trim().is_empty()) {
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
            let choose = match max_subs {
                2 => "1 or 2".to_string(),
                n => format!("1 to {n}"),
            };
            let reason = format!(
                "{} has {} {}; choose {choose}",
                a.area,
                a.sub_areas.len(),
                c.table.words.sub_areas
            );
            return unmet(
                format!("listing.solution_areas[{i}].sub_areas"),
                reason,
                F::SubAreas(row),
            );
        }
    }
    Outcome::Met(if segments {
        format!(
            "{} platform(s), {} segment(s), {}, {n} area(s)",
            l.microsoft_platforms.len(),
            l.segments.len(),
            t.label()
        )
    } else {
        format!(
            "{} platform(s), {}, {n} area(s)",
            l.microsoft_platforms.len(),
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
    // Either figure alone meets it: the two are never added.
    let billed_counts = match c.table.billed {
        Billed::Always => Ok(()),
        Billed::WhenTransactable => match c.sub.offer.transactable {
            Some(true) => Ok(()),
            Some(false) => Err("billed revenue counts only for transactable offers"),
            None => Err("offer.transactable not answered, so billed revenue cannot count"),
        },
    };
    if let Some(v) = billed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        match billed_counts {
            Ok(()) => {
                return Outcome::Met(format!(
                    "{} {} ≥ $100,000.00",
                    c.table.words.billed,
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
/// Applications meet it by default, since 2023-08 nothing does.
pub fn azure_share(c: &Ctx) -> Outcome {
    let sub = c.sub;
    let by_default = c.table.azure_share_by_default
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
