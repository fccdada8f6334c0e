//! The checks the edition tables are made of. Each reads the submission through `Ctx` and says
//! met (with what holds) or unmet (with the JSON path, the reason and the field that fixes it).
//! The texts are part of the status blocks: the seeds' editions' texts must not change. They are
//! messages of the catalogue (assets/i18n), in the reader's language; the status block written to
//! a file or as JSON is evaluated in English.

use rust_decimal::Decimal;

use super::{Applies, Billed, Ctx, Outcome, unmet};
use crate::coverage::uncovered_markets;
use crate::field_ids::FieldId as F;
use crate::i18n::{money as usd, percent};
use crate::model::geo::{self, country_name};
use crate::model::{DocSlot, IsvConnect, OfferType, SolutionType};
use crate::t;
use crate::validate::{self, human_bytes};

/// The revenue threshold of IP-REVENUE, in USD.
pub const REVENUE_THRESHOLD_USD: Decimal = Decimal::from_parts(100_000, 0, 0, false, 0);
/// IP-AZURE needs strictly more than this share of infrastructure on Azure.
pub const AZURE_SHARE_THRESHOLD: Decimal = Decimal::from_parts(50, 0, 0, false, 0);

pub fn always(_: &Ctx) -> Applies {
    Applies::Yes
}

/// Unmet until the offer type is answered ("not answered; it decides whether …").
fn type_unknown(reason: String) -> Applies {
    Applies::Unknown {
        at: "offer.offer_type".into(),
        reason,
        fix: F::OfferType,
    }
}

fn decides_whether_it_applies() -> Applies {
    type_unknown(t!("rules-type-unknown-applies"))
}

pub fn azure_ip_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => decides_whether_it_applies(),
        Some(t) if t.is_azure_ip() => Applies::Yes,
        Some(t) => Applies::No(t!("rules-only-azure-ip", offer_type = t.label())),
    }
}

pub fn biz_apps_offer(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => decides_whether_it_applies(),
        Some(t) if t.is_biz_apps() => Applies::Yes,
        Some(t) => Applies::No(t!("rules-only-biz-apps", offer_type = t.label())),
    }
}

/// BIZ-PREMIUM since 2023-08: Dynamics 365 apps on Dataverse and Power Apps, and Operations Apps.
pub fn premium_offer_ce_fo(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => decides_whether_it_applies(),
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => Applies::No(t!(
            "rules-premium-not-business-central",
            edition = c.edition.as_str()
        )),
        Some(t) => Applies::No(t!("rules-only-ce-fo", offer_type = t.label())),
    }
}

pub fn isv_connect_offer(c: &Ctx) -> Applies {
    let programme = c.table.words.programme;
    match c.offer_type() {
        Some(t) if t.needs_isv_connect() => Applies::Yes,
        Some(OfferType::Dynamics365BusinessCentral) => Applies::No(t!(
            "rules-business-central-no-programme",
            programme = programme
        )),
        Some(_) => Applies::No(t!("rules-only-isv-offers")),
        None => type_unknown(t!("rules-type-unknown-programme", programme = programme)),
    }
}

pub fn gold_applies(c: &Ctx) -> Applies {
    if c.sub.listing.solution_type == Some(SolutionType::Service) {
        return Applies::Yes;
    }
    match c.offer_type() {
        Some(OfferType::ConsultingService) => Applies::Yes,
        Some(_) => Applies::No(t!("rules-only-services")),
        None => type_unknown(t!("rules-type-unknown-gold")),
    }
}

pub fn designation_applies(c: &Ctx) -> Applies {
    match c.offer_type() {
        Some(OfferType::ConsultingService) => Applies::Yes,
        Some(t) => Applies::No(t!("rules-only-consulting", offer_type = t.label())),
        None => type_unknown(t!("rules-type-unknown-designation")),
    }
}

/// IP-DIAGRAM since 2023-08: required for SaaS only.
pub fn diagram_applies_saas_only(c: &Ctx) -> Applies {
    match c.offer_type() {
        None => decides_whether_it_applies(),
        Some(OfferType::Saas) => Applies::Yes,
        Some(t) if t.is_azure_ip() => {
            Applies::No(t!("rules-diagram-not-mandatory", offer_type = t.label()))
        }
        Some(t) => Applies::No(t!("rules-only-azure-ip", offer_type = t.label())),
    }
}

fn not_answered(at: &str, fix: F) -> Outcome {
    unmet(at, t!("rules-not-answered"), fix)
}

fn yes_no_check(v: Option<bool>, at: &str, fix: F, met: String, no: String) -> Outcome {
    match v {
        Some(true) => Outcome::Met(met),
        Some(false) => unmet(at, no, fix),
        None => not_answered(at, fix),
    }
}

pub fn account(c: &Ctx) -> Outcome {
    let p = &c.sub.partner;
    let Some(mpn) = p.mpn_id.as_deref() else {
        return not_answered("partner.mpn_id", F::MpnId);
    };
    if let Err(e) = validate::check_mpn_id(mpn) {
        return unmet("partner.mpn_id", e, F::MpnId);
    }
    let words = &c.table.words;
    yes_no_check(
        p.marketplace_account_active,
        "partner.marketplace_account_active",
        F::AccountActive,
        t!("rules-account-met", partner_id = words.partner_id, id = mpn),
        t!("rules-account-inactive", account = words.account.text()),
    )
}

pub fn profile(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.business_profile_complete,
        "partner.business_profile_complete",
        F::ProfileComplete,
        t!("rules-profile-met"),
        t!("rules-profile-unmet"),
    )
}

pub fn live(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.offer.live,
        "offer.live",
        F::Live,
        t!("rules-live-met"),
        t!(
            "rules-live-unmet",
            storefront = c.table.words.storefront.text()
        ),
    )
}

pub fn gold(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.gold_competency,
        "partner.gold_competency",
        F::GoldCompetency,
        t!("rules-gold-met"),
        t!("rules-gold-unmet"),
    )
}

pub fn designation(c: &Ctx) -> Outcome {
    yes_no_check(
        c.sub.partner.solutions_partner_designation,
        "partner.solutions_partner_designation",
        F::Designation,
        t!("rules-designation-met"),
        t!("rules-designation-unmet"),
    )
}

pub fn transactable(c: &Ctx) -> Outcome {
    let marketplace = c.table.words.marketplace.text();
    yes_no_check(
        c.sub.offer.transactable,
        "offer.transactable",
        F::Transactable,
        t!("rules-transactable-met", marketplace = marketplace),
        t!("rules-transactable-unmet", marketplace = marketplace),
    )
}

pub fn offer_type_eligible(c: &Ctx) -> Outcome {
    match c.offer_type() {
        None => not_answered("offer.offer_type", F::OfferType),
        Some(OfferType::Microsoft365App) => unmet(
            "offer.offer_type",
            t!("rules-offer-type-office"),
            F::OfferType,
        ),
        Some(t) => Outcome::Met(t!("rules-offer-type-met", offer_type = t.label())),
    }
}

pub fn ip_solution_type(c: &Ctx) -> Outcome {
    match c.sub.listing.solution_type {
        Some(SolutionType::Ip) => Outcome::Met(t!("rules-solution-type-ip-met")),
        Some(t) => unmet(
            "listing.solution_type",
            t!("rules-solution-type-ip-unmet", solution_type = t.label()),
            F::SolutionType,
        ),
        None => not_answered("listing.solution_type", F::SolutionType),
    }
}

pub fn isv_connect(c: &Ctx) -> Outcome {
    let programme = c.table.words.programme;
    match c.sub.partner.isv_connect {
        Some(IsvConnect::None) => unmet(
            "partner.isv_connect",
            t!("rules-programme-register", programme = programme),
            F::IsvConnect,
        ),
        Some(t) => Outcome::Met(t!(
            "rules-programme-met",
            programme = programme,
            tier = t.label()
        )),
        None => not_answered("partner.isv_connect", F::IsvConnect),
    }
}

pub fn premium(c: &Ctx) -> Outcome {
    match c.sub.partner.isv_connect {
        Some(IsvConnect::Premium) => {
            Outcome::Met(t!("rules-premium-met", programme = c.table.words.programme))
        }
        Some(t) => unmet(
            "partner.isv_connect",
            t!("rules-premium-unmet", tier = t.label()),
            F::IsvConnect,
        ),
        None => not_answered("partner.isv_connect", F::IsvConnect),
    }
}

fn file_name(path: &str) -> &str {
    path.rsplit(['/', '\\']).next().unwrap_or(path)
}

/// An attached document: present and passing the file check. `missing` is the key of the reason
/// when there is none ("no one-pager uploaded yet").
pub fn document(c: &Ctx, slot: DocSlot, missing: &str) -> Outcome {
    let at = format!("documents.{}", slot.key());
    let fix = F::Doc(slot);
    match (c.sub.documents.slot(slot), c.docs.get(&slot)) {
        (None, _) => unmet(at, crate::i18n::tr(missing, &[]), fix),
        (Some(_), Some(Err(e))) => unmet(at, e.clone(), fix),
        (Some(d), Some(Ok(f))) => Outcome::Met(format!(
            "{} ({}, {})",
            file_name(&d.path),
            f.media_type,
            human_bytes(f.bytes)
        )),
        (Some(_), None) => unmet(at, t!("rules-doc-not-checked"), fix),
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
            t!("rules-listing-no-platform"),
            F::Platforms,
        );
    }
    if segments && l.segments.iter().all(|s| s.trim().is_empty()) {
        return unmet(
            "listing.segments",
            t!("rules-listing-no-segment"),
            F::Segments,
        );
    }
    let Some(t) = l.solution_type else {
        return unmet(
            "listing.solution_type",
            t!("rules-listing-no-solution-type"),
            F::SolutionType,
        );
    };
    let n = l.solution_areas.len();
    if !(1..=max_areas).contains(&n) {
        return unmet(
            "listing.solution_areas",
            t!("rules-listing-areas", count = n, max = max_areas),
            F::Area(0),
        );
    }
    for (i, a) in l.solution_areas.iter().enumerate() {
        let row = i.min(u8::MAX as usize) as u8;
        if a.area.trim().is_empty() {
            return unmet(
                format!("listing.solution_areas[{i}].area"),
                t!("rules-listing-area-empty"),
                F::Area(row),
            );
        }
        let k = a.sub_areas.iter().filter(|s| !s.trim().is_empty()).count();
        if !(1..=max_subs).contains(&k) || k != a.sub_areas.len() {
            let words = &c.table.words;
            let reason = t!(
                "rules-listing-sub-areas",
                area = a.area.as_str(),
                count = a.sub_areas.len(),
                one = words.sub_area.text(),
                other = words.sub_areas.text(),
                max = max_subs
            );
            return unmet(
                format!("listing.solution_areas[{i}].sub_areas"),
                reason,
                F::SubAreas(row),
            );
        }
    }
    Outcome::Met(if segments {
        t!(
            "rules-listing-met-segments",
            platforms = l.microsoft_platforms.len(),
            segments = l.segments.len(),
            solution_type = t.label(),
            areas = n
        )
    } else {
        t!(
            "rules-listing-met",
            platforms = l.microsoft_platforms.len(),
            solution_type = t.label(),
            areas = n
        )
    })
}

pub fn contacts(c: &Ctx) -> Outcome {
    let sub = c.sub;
    if sub.markets.is_empty() {
        return unmet("markets", t!("rules-markets-none"), F::Markets);
    }
    for (i, m) in sub.markets.iter().enumerate() {
        if m == geo::GLOBAL {
            return unmet(
                format!("markets[{i}]"),
                t!("rules-markets-global"),
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
        return Outcome::Met(t!(
            "rules-contacts-met",
            markets = sub.markets.len(),
            contacts = sub.contacts.len()
        ));
    }
    let shown: Vec<String> = uncovered
        .iter()
        .take(5)
        .map(|m| format!("{m} ({})", country_name(m)))
        .collect();
    let reason = match uncovered.len() {
        n if n > 5 => t!(
            "rules-contacts-uncovered-more",
            markets = shown.join(", "),
            more = n - 5
        ),
        _ => t!("rules-contacts-uncovered", markets = shown.join(", ")),
    };
    unmet("contacts", reason, F::Contacts)
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
    let threshold = usd(REVENUE_THRESHOLD_USD);
    if let Some(v) = consumed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        return Outcome::Met(t!(
            "rules-revenue-consumed-met",
            amount = usd(v),
            threshold = threshold.as_str()
        ));
    }
    // Either figure alone meets it: the two are never added.
    let billed_counts = match c.table.billed {
        Billed::Always => Ok(()),
        Billed::WhenTransactable => match c.sub.offer.transactable {
            Some(true) => Ok(()),
            Some(false) => Err(t!("rules-revenue-billed-not-transactable")),
            None => Err(t!("rules-revenue-billed-transactable-unknown")),
        },
    };
    if let Some(v) = billed.filter(|v| *v >= REVENUE_THRESHOLD_USD) {
        match billed_counts {
            Ok(()) => {
                return Outcome::Met(t!(
                    "rules-revenue-billed-met",
                    billed = c.table.words.billed.text(),
                    amount = usd(v),
                    threshold = threshold.as_str()
                ));
            }
            Err(why) => {
                return unmet(
                    "revenue.marketplace_billed_revenue_usd",
                    t!(
                        "rules-revenue-billed-not-counted",
                        amount = usd(v),
                        why = why,
                        consumed = consumed
                            .map(usd)
                            .unwrap_or_else(|| t!("rules-not-answered"))
                    ),
                    F::AzureConsumed,
                );
            }
        }
    }
    match (consumed, billed) {
        (None, None) => not_answered("revenue.azure_consumed_revenue_usd", F::AzureConsumed),
        _ => {
            let best = consumed.unwrap_or_default().max(if billed_counts.is_ok() {
                billed.unwrap_or_default()
            } else {
                Decimal::ZERO
            });
            unmet(
                "revenue.azure_consumed_revenue_usd",
                t!(
                    "rules-revenue-short",
                    amount = usd(best),
                    short = usd(REVENUE_THRESHOLD_USD - best),
                    threshold = threshold.as_str()
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
        (_, true) => Outcome::Met(t!("rules-azure-share-default")),
        (Some(Ok(p)), false) if p > AZURE_SHARE_THRESHOLD => {
            Outcome::Met(t!("rules-azure-share-met", share = percent(p)))
        }
        (Some(Ok(p)), false) => unmet(
            at,
            t!(
                "rules-azure-share-unmet",
                share = percent(p),
                threshold = percent(AZURE_SHARE_THRESHOLD)
            ),
            F::AzureShare,
        ),
        (None, false) => not_answered(at, F::AzureShare),
    }
}
