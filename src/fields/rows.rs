//! The field table's rows. Each row names its value once, through a lens macro (`text!`,
//! `yes_no!`, `choice!`, `list!`, `money!`, `percent!`, `codes!`, `doc!`): the macro writes the
//! Rust path of the value in the submission, derives the JSON path from it, and gives the row
//! its kind, get, set and, for values with a format, check and input filter. The row adds its
//! id, step, label and help, and what differs from the defaults (`.optional()`, `.check(..)`,
//! `.filter(..)`, `.kind(..)`).

use crate::catalogue::Catalogue;
use crate::model::geo;
use crate::model::{
    Contact, DocSlot, Document, Edition, IsvConnect, MAX_OTHER_DOCUMENTS, OfferType, Role,
    SolutionArea, SolutionType, Submission,
};
use crate::validate::{self, FileProbe};

use super::input::*;
use super::{
    At, ContactDef, ContactField as C, FieldDef, FieldId as F, FieldKind, Invalid, Need, Step::*,
    Value,
};

/// `a.b.c` as the JSON path `"a.b.c"`.
macro_rules! path {
    ($first:ident $(. $rest:ident)*) => {
        concat!(stringify!($first) $(, ".", stringify!($rest))*)
    };
}

/// Optional text (`Option<String>`); with a validator, its check of the stored value; `strict`
/// refuses invalid text instead of storing it.
macro_rules! text {
    ($($p:ident).+) => {
        Value {
            path: path!($($p).+),
            get: |s| s.$($p).+.clone().unwrap_or_default(),
            set: |s, t| { s.$($p).+ = non_empty(t); Ok(()) },
            ..Value::new(FieldKind::Text)
        }
    };
    ($($p:ident).+, $valid:expr) => {
        Value { check: |s, _| Invalid::from_result(s.$($p).+.as_deref().map($valid)), ..text!($($p).+) }
    };
    (strict $($p:ident).+, $valid:expr) => {
        Value {
            set: |s, t| { $valid(t.trim())?; s.$($p).+ = non_empty(t); Ok(()) },
            ..text!($($p).+, $valid)
        }
    };
}

/// Yes, no or not answered (`Option<bool>`).
macro_rules! yes_no {
    ($($p:ident).+) => {
        Value {
            path: path!($($p).+),
            get: |s| yes_no(s.$($p).+),
            set: |s, t| { s.$($p).+ = parse_yes_no(t)?; Ok(()) },
            ..Value::new(FieldKind::YesNo)
        }
    };
}

/// One of an enum's values, typed as its id or its label; `$what` names it in the refusal.
macro_rules! choice {
    ($($p:ident).+ : $ty:ident, $what:expr) => {
        Value {
            path: path!($($p).+),
            get: |s| s.$($p).+.map(|v| v.id().to_string()).unwrap_or_default(),
            set: |s, t| {
                let what: fn(&Submission) -> String = $what;
                let choices = id_label($ty::ALL, $ty::id, $ty::label);
                s.$($p).+ = choose(choices, t, &what(s))?.and_then(|v| $ty::parse(&v));
                Ok(())
            },
            choices: |_| id_label($ty::ALL, $ty::id, $ty::label),
            ..Value::new(FieldKind::Choice)
        }
    };
}

/// A listing list whose catalogue list has the same name, in the catalogue's spelling.
macro_rules! list {
    ($section:ident . $name:ident) => {
        Value {
            path: path!($section.$name),
            get: |s| s.$section.$name.join(", "),
            set: |s, t| {
                s.$section.$name = canonical_list(&Catalogue::for_edition(s.rules).$name, t);
                Ok(())
            },
            choices: |s| same(&Catalogue::for_edition(s.rules).$name),
            ..Value::new(FieldKind::MultiChoice)
        }
    };
}

/// An amount in USD, stored as digits with two decimals.
macro_rules! money {
    ($($p:ident).+) => {
        Value {
            path: path!($($p).+),
            get: |s| s.$($p).+.clone().unwrap_or_default(),
            set: |s, t| set_money(&mut s.$($p).+, t),
            check: |s, _| Invalid::from_result(s.$($p).+.as_deref().map(validate::parse_money)),
            filter: (money_chars, "an amount: digits, $ , and ."),
            ..Value::new(FieldKind::Money)
        }
    };
}

/// A percentage, 0–100 with at most two decimals.
macro_rules! percent {
    ($($p:ident).+) => {
        Value {
            path: path!($($p).+),
            get: |s| s.$($p).+.as_ref().map(|n| n.to_string()).unwrap_or_default(),
            set: |s, t| {
                s.$($p).+ = if t.trim().is_empty() { None } else { Some(validate::parse_percent_input(t)?) };
                Ok(())
            },
            check: |s, _| Invalid::from_result(s.$($p).+.as_ref().map(validate::parse_percent)),
            filter: (percent_chars, "a number from 0 to 100"),
            ..Value::new(FieldKind::Percent)
        }
    };
}

/// Country codes, comma-separated.
macro_rules! codes {
    ($p:ident) => {
        Value {
            path: path!($p),
            get: |s| s.$p.join(", "),
            set: |s, t| {
                s.$p = geo::split_codes(t);
                Ok(())
            },
            check: |s, _| check_markets(&s.$p),
            filter: (
                |c| c.is_ascii_alphabetic() || matches!(c, ',' | ';' | ' '),
                "country codes such as US, CA",
            ),
            ..Value::new(FieldKind::Countries)
        }
    };
}

/// A document slot: `documents.<key>` (a test checks the key against `DocSlot::key`).
macro_rules! doc {
    ($key:ident: $slot:ident) => {
        Value {
            path: path!(documents.$key),
            get: |s| get_doc(s, DocSlot::$slot),
            set: |s, t| set_doc(s, DocSlot::$slot, t),
            check: |s, p| check_doc(s, DocSlot::$slot, p),
            ..Value::new(FieldKind::Path)
        }
    };
}

/// The rows of the solution areas, each with its sub-areas below it.
macro_rules! area_rows {
    ($($i:literal: $label:literal, $help:literal;)+) => {
        [$(
            FieldDef::new(F::Area($i), Listing, $label, $help, Value {
                path: "listing.solution_areas[].area",
                get: |s| get_area(s, $i),
                set: |s, t| set_area(s, $i, t),
                choices: areas,
                ..Value::new(FieldKind::Choice)
            })
            .need(|s| need_area(s, $i)),
            FieldDef::new(F::SubAreas($i), Listing, "  sub-areas",
                "1 or 2 sub-areas of the area above, comma-separated.", Value {
                path: "listing.solution_areas[].sub_areas",
                get: |s| get_sub_areas(s, $i),
                set: |s, t| set_sub_areas(s, $i, t),
                choices: |s| sub_area_choices(s, $i),
                ..Value::new(FieldKind::MultiChoice)
            })
            .need(|s| need_sub_areas(s, $i)),
        )+]
    };
}

/// The rows of the other documents.
macro_rules! other_rows {
    ($($i:literal: $label:literal, $help:literal;)+) => {
        [$(
            FieldDef::new(F::Other($i), Documents, $label, $help, Value {
                path: "documents.other[]",
                get: |s| get_other(s, $i),
                set: |s, t| set_other(s, $i, t),
                check: |s, p| check_other(s, $i, p),
                ..Value::new(FieldKind::Path)
            })
            .optional(),
        )+]
    };
}

#[rustfmt::skip]
pub(super) const OFFER: [FieldDef; 10] = [
    FieldDef::new(F::OfferName, Offer, "Offer name",
        "The offer's name as in Partner Center.",
        text!(strict offer.name, check_offer_name)),
    FieldDef::new(F::OfferType, Offer, "Offer type",
        "Decides which rungs the offer can reach: Azure IP types can become incentivized, Dynamics 365 types can reach the Business Applications incentive.",
        choice!(offer.offer_type: OfferType, |_| "offer type".into())),
    FieldDef::new(F::Live, Offer, "Live",
        "Is the offer published live on Azure Marketplace or AppSource?",
        yes_no!(offer.live)),
    FieldDef::new(F::Transactable, Offer, "Transactable",
        "Is the offer sold through the marketplace? Then billed revenue counts toward the revenue threshold, and VMs and Azure Applications meet the Azure share by default.",
        yes_no!(offer.transactable)),
    FieldDef::new(F::MpnId, Offer, "MPN ID",
        "Your Microsoft Partner Network ID: digits only.",
        text!(partner.mpn_id, validate::check_mpn_id))
        .filter(digits, "digits only"),
    FieldDef::new(F::AccountActive, Offer, "Marketplace account",
        "Is your commercial marketplace account in Partner Center active?",
        yes_no!(partner.marketplace_account_active)),
    FieldDef::new(F::ProfileComplete, Offer, "Business profile",
        "Is your Partner Center business profile complete?",
        yes_no!(partner.business_profile_complete)),
    FieldDef::new(F::GoldCompetency, Offer, "Gold competency",
        "An active Gold competency in any area; services offers need it.",
        yes_no!(partner.gold_competency)),
    FieldDef::new(F::Designation, Offer, "Solutions Partner designation",
        "At least one Solutions Partner designation in the Microsoft AI Cloud Partner Program; Consulting service offers need it.",
        yes_no!(partner.solutions_partner_designation)),
    FieldDef::new(F::IsvConnect, Offer, "ISV Connect",
        "ISV Connect registration tier; Dynamics 365 CE and F&O offers need it, Premium unlocks the Business Applications incentive.",
        choice!(partner.isv_connect: IsvConnect, |s| format!("{} tier", F::IsvConnect.label(s.rules)))),
];

/// Asked only by editions whose table reads it; text only, it never changes a status.
#[rustfmt::skip]
pub(super) const CERTIFIED: [FieldDef; 1] = [
    FieldDef::new(F::CertifiedSoftware, Offer, "Certified software",
        "Optional: a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation.",
        yes_no!(partner.certified_software_designation))
        .optional(),
];

#[rustfmt::skip]
pub(super) const LISTING: [FieldDef; 3] = [
    FieldDef::new(F::Platforms, Listing, "Microsoft platforms",
        "One or more, comma-separated: Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10.",
        list!(listing.microsoft_platforms)),
    FieldDef::new(F::Segments, Listing, "Segments",
        "One or more: SMB (< 500 employees), Corporate (< 2,500), Enterprise (2,500+).",
        list!(listing.segments)),
    FieldDef::new(F::SolutionType, Listing, "Solution type",
        "Exactly one: Device, IP (application), Managed service or Service.",
        choice!(listing.solution_type: SolutionType, |_| "solution type".into())),
];

#[rustfmt::skip]
pub(super) const AREAS: [FieldDef; 10] = area_rows! {
    0: "Solution area 1", "The first solution area; the rules take 1 to 3.";
    1: "Solution area 2", "Optional; leave empty for none.";
    2: "Solution area 3", "Optional; leave empty for none.";
    3: "Solution area 4", "Optional; leave empty for none.";
    4: "Solution area 5", "Optional; leave empty for none.";
};

#[rustfmt::skip]
pub(super) const DOCUMENTS: [FieldDef; 5] = [
    FieldDef::new(F::Doc(DocSlot::OnePager), Documents, "One-pager",
        "Solution/offer one-pager: .pdf .docx .pptx …",
        doc!(one_pager: OnePager)),
    FieldDef::new(F::Doc(DocSlot::PitchDeck), Documents, "Pitch deck",
        "Solution/offer pitch deck, usually .pptx or .pdf.",
        doc!(pitch_deck: PitchDeck)),
    FieldDef::new(F::Doc(DocSlot::CaseStudy), Documents, "Case study",
        "Optional customer case study.",
        doc!(case_study: CaseStudy))
        .optional(),
    FieldDef::new(F::Doc(DocSlot::VerifiableCustomerWins), Documents, "Customer wins",
        "Optional verifiable customer wins.",
        doc!(verifiable_customer_wins: VerifiableCustomerWins))
        .optional(),
    FieldDef::new(F::Doc(DocSlot::ChannelPitchDeck), Documents, "Channel pitch deck",
        "Optional channel pitch deck.",
        doc!(channel_pitch_deck: ChannelPitchDeck))
        .optional(),
];

#[rustfmt::skip]
pub(super) const OTHERS: [FieldDef; 5] = other_rows! {
    0: "Other document 1", "Optional: up to 5 other documents or videos (.mp4).";
    1: "Other document 2", "Optional other document or video.";
    2: "Other document 3", "Optional other document or video.";
    3: "Other document 4", "Optional other document or video.";
    4: "Other document 5", "Optional other document or video.";
};

#[rustfmt::skip]
pub(super) const REST: [FieldDef; 7] = [
    FieldDef::new(F::LandingPage, Documents, "Landing page URL",
        "The product's landing page: http:// or https://.",
        text!(documents.landing_page_url, validate::check_url))
        .kind(FieldKind::Url)
        .optional(),
    FieldDef::new(F::Markets, Contacts, "Markets",
        "Countries where the offer is co-sell eligible: ISO codes, comma-separated (US, CA, FR). Each needs a Partner sales contact.",
        codes!(markets)),
    FieldDef::new(F::Contacts, Contacts, "Contacts",
        "One row per contact; every market needs a Partner sales contact (or one with OOO).",
        Value {
            path: path!(contacts),
            get: |s| match s.contacts.len() { 0 => String::new(), n => format!("{n} contact(s)") },
            set: |_, _| Err("contacts are edited in the contacts table".into()),
            ..Value::new(FieldKind::Contacts)
        }),
    FieldDef::new(F::Doc(DocSlot::ReferenceArchitectureDiagram), Diagram, "Diagram file",
        "The reference architecture diagram as PDF or PNG/JPEG; export Visio drawings first.",
        doc!(reference_architecture_diagram: ReferenceArchitectureDiagram)),
    FieldDef::new(F::AzureConsumed, Revenue, "Azure consumed 12 mo",
        "Organisation-level Azure consumed revenue, trailing 12 months, USD. $120,000.50 and 120 000 are fine.",
        money!(revenue.azure_consumed_revenue_usd)),
    FieldDef::new(F::MarketplaceBilled, Revenue, "Marketplace billed",
        "The offer's marketplace billed revenue, USD; counts only for transactable offers.",
        money!(revenue.marketplace_billed_revenue_usd))
        .optional(),
    FieldDef::new(F::AzureShare, Revenue, "Share on Azure %",
        "Share of the offer's infrastructure that runs on Azure, 0–100, at most 2 decimals; more than 50 is needed.",
        percent!(revenue.azure_infrastructure_percent)),
];

/// A column of a contact row: text, or country codes (`codes`); the typed text comes trimmed.
macro_rules! column {
    ($name:ident) => {
        Value::<Contact> {
            path: stringify!($name),
            get: |c| c.$name.clone(),
            set: |c, t| {
                c.$name = t.to_string();
                Ok(())
            },
            ..Value::new(FieldKind::Text)
        }
    };
    (codes $name:ident) => {
        Value::<Contact> {
            path: stringify!($name),
            get: |c| c.$name.join(", "),
            set: |c, t| {
                c.$name = geo::split_codes(t);
                Ok(())
            },
            ..Value::new(FieldKind::Countries)
        }
    };
}

/// The columns of a contact row, in the order of `ContactField`.
#[rustfmt::skip]
pub(super) const CONTACT_COLUMNS: [ContactDef; 6] = [
    ContactDef { id: C::Name, label: "Name", help: "The contact's full name.", value: column!(name) },
    ContactDef { id: C::Email, label: "Email", help: "A work address, e.g. ada@contoso.com.", value: column!(email) },
    ContactDef { id: C::JobTitle, label: "Job title", help: "e.g. Sales lead.", value: column!(job_title) },
    ContactDef {
        id: C::Role, label: "Role",
        help: "Partner sales, marketing, technical sales or customer success manager; Partner sales contacts are the ones that cover markets.",
        value: Value::<Contact> {
            path: "role",
            get: |c| c.role.map(|r| r.label().to_string()).unwrap_or_default(),
            set: |c, t| { c.role = parse_role_text(t)?; Ok(()) },
            ..Value::new(FieldKind::Choice)
        },
    },
    ContactDef {
        id: C::Countries, label: "Countries/Regions",
        help: "ISO codes, comma-separated (US, CA), or OOO for all countries.",
        value: column!(codes countries),
    },
    ContactDef {
        id: C::States, label: "States/Provinces",
        help: "Optional: US-WA, CA-BC, AU-NSW … inside the countries above.",
        value: column!(codes states),
    },
];

/// A role as typed: empty is none; anything that is not a role is refused with the choices.
fn parse_role_text(t: &str) -> Result<Option<Role>, String> {
    if t.is_empty() {
        return Ok(None);
    }
    let choices: Vec<&str> = Role::ALL.iter().map(|r| r.label()).collect();
    parse_role(t)
        .map(Some)
        .ok_or_else(|| format!("{t:?} is not a role; choose {}", choices.join(", ")))
}

/// A field that exists only in the library's own tests: it proves a new row reaches the wizard,
/// plain mode and the rules without other edits.
#[cfg(test)]
#[rustfmt::skip]
pub(super) const TEST_ROWS: [FieldDef; 1] = [
    FieldDef::new(F::Test, Offer, "Test field", "A field that exists only in tests.", Value {
        path: "x-test",
        check: |s, _| match s.x_test.as_deref() {
            Some(v) if v.contains("bad") => vec![Invalid::value(format!("{v:?} is not accepted in tests"))],
            _ => Vec::new(),
        },
        ..text!(x_test)
    })
    .optional(),
];
#[cfg(not(test))]
pub(super) const TEST_ROWS: [FieldDef; 0] = [];

/// How many solution areas, and sub-areas (sales plays) per area, an edition takes.
pub fn listing_limits(edition: Edition) -> (usize, usize) {
    crate::editions::rules_of(edition).limits
}

fn need_area(sub: &Submission, i: usize) -> Need {
    let (areas, _) = listing_limits(sub.rules);
    match i {
        _ if i >= areas => Need::Absent,
        0 => Need::Required,
        _ => Need::Optional,
    }
}

fn need_sub_areas(sub: &Submission, i: usize) -> Need {
    match need_area(sub, i) {
        Need::Absent => Need::Absent,
        _ if i < sub.listing.solution_areas.len() => Need::Required,
        other => other,
    }
}

fn areas(sub: &Submission) -> Vec<(String, String)> {
    Catalogue::for_edition(sub.rules)
        .area_names()
        .into_iter()
        .map(|a| (a.to_string(), a.to_string()))
        .collect()
}

fn sub_area_choices(sub: &Submission, i: usize) -> Vec<(String, String)> {
    let area = sub
        .listing
        .solution_areas
        .get(i)
        .map(|a| a.area.as_str())
        .unwrap_or("");
    same(Catalogue::for_edition(sub.rules).sub_areas(area))
}

fn get_area(sub: &Submission, i: usize) -> String {
    sub.listing
        .solution_areas
        .get(i)
        .map(|a| a.area.clone())
        .unwrap_or_default()
}

fn set_area(sub: &mut Submission, i: usize, t: &str) -> Result<(), String> {
    let t = t.trim();
    let names: Vec<String> = areas(sub).into_iter().map(|(v, _)| v).collect();
    let areas = &mut sub.listing.solution_areas;
    if t.is_empty() {
        if i < areas.len() {
            areas.remove(i);
        }
        return Ok(());
    }
    let name = canonical(&names, t.to_string());
    match areas.get_mut(i) {
        Some(a) if a.area != name => {
            a.area = name;
            a.sub_areas.clear();
        }
        Some(_) => {}
        None => areas.push(SolutionArea {
            area: name,
            sub_areas: Vec::new(),
        }),
    }
    Ok(())
}

fn get_sub_areas(sub: &Submission, i: usize) -> String {
    sub.listing
        .solution_areas
        .get(i)
        .map(|a| a.sub_areas.join(", "))
        .unwrap_or_default()
}

fn set_sub_areas(sub: &mut Submission, i: usize, t: &str) -> Result<(), String> {
    let choices: Vec<String> = sub_area_choices(sub, i)
        .into_iter()
        .map(|(v, _)| v)
        .collect();
    let Some(a) = sub.listing.solution_areas.get_mut(i) else {
        if t.trim().is_empty() {
            return Ok(());
        }
        return Err(format!("choose solution area {} first", i + 1));
    };
    a.sub_areas = canonical_list(&choices, t);
    Ok(())
}

fn get_doc(sub: &Submission, slot: DocSlot) -> String {
    sub.documents
        .slot(slot)
        .as_ref()
        .map(|d| d.path.clone())
        .unwrap_or_default()
}

fn set_doc(sub: &mut Submission, slot: DocSlot, t: &str) -> Result<(), String> {
    *sub.documents.slot_mut(slot) = typed_path(t).map(Document::at);
    Ok(())
}

fn check_doc(sub: &Submission, slot: DocSlot, probe: &dyn FileProbe) -> Vec<Invalid> {
    match sub.documents.slot(slot) {
        Some(d) => match probe.probe(&d.path) {
            Ok(_) => Vec::new(),
            Err(e) => vec![Invalid::value(e)],
        },
        None => Vec::new(),
    }
}

fn get_other(sub: &Submission, i: usize) -> String {
    sub.documents
        .other
        .get(i)
        .map(|d| d.path.clone())
        .unwrap_or_default()
}

fn set_other(sub: &mut Submission, i: usize, t: &str) -> Result<(), String> {
    let other = &mut sub.documents.other;
    let exists = i < other.len();
    match (exists, typed_path(t)) {
        (true, None) => {
            other.remove(i);
        }
        (true, Some(p)) => other[i] = Document::at(p),
        (false, Some(p)) if other.len() < MAX_OTHER_DOCUMENTS => other.push(Document::at(p)),
        (false, Some(_)) => {
            return Err(format!(
                "Partner Center takes at most {MAX_OTHER_DOCUMENTS} other documents"
            ));
        }
        (false, None) => {}
    }
    Ok(())
}

fn check_other(sub: &Submission, i: usize, probe: &dyn FileProbe) -> Vec<Invalid> {
    let mut out = Vec::new();
    if i == 0
        && let Err(e) = validate::check_other_count(sub.documents.other.len())
    {
        out.push(Invalid {
            at: At::List,
            reason: e,
        });
    }
    let others = &sub.documents.other;
    // The last row also checks documents beyond the rows (a hand-edited file with too many).
    let range = if i + 1 == MAX_OTHER_DOCUMENTS {
        i..others.len().max(i)
    } else {
        i..(i + 1).min(others.len())
    };
    for k in range {
        if let Some(d) = others.get(k)
            && let Err(e) = probe.probe(&d.path)
        {
            out.push(Invalid {
                at: At::Item(k),
                reason: e,
            });
        }
    }
    out
}

fn check_markets(markets: &[String]) -> Vec<Invalid> {
    let mut out = Vec::new();
    for (i, m) in markets.iter().enumerate() {
        if let Err(e) = geo::check_country(m) {
            let reason = match geo::did_you_mean(m) {
                Some(s) => format!(
                    "{m:?} is not a country code; did you mean {s} ({})?",
                    geo::common_name(s)
                ),
                None => e.to_string(),
            };
            out.push(Invalid {
                at: At::Item(i),
                reason,
            });
        } else if m == geo::GLOBAL {
            out.push(Invalid {
                at: At::Item(i),
                reason: "OOO is for contacts; list the market countries".into(),
            });
        }
    }
    out
}
