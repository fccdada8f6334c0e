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

/// One of an enum's values, typed as its id or its label; `$refuse` says why typed text is none.
macro_rules! choice {
    ($($p:ident).+ : $ty:ident, $refuse:expr) => {
        Value {
            path: path!($($p).+),
            get: |s| s.$($p).+.map(|v| v.id().to_string()).unwrap_or_default(),
            set: |s, t| {
                let refuse: fn(&Submission, &str) -> String = $refuse;
                let t = t.trim();
                s.$($p).+ = match $ty::parse(t) {
                    Some(v) => Some(v),
                    None if t.is_empty() => None,
                    None => return Err(refuse(s, &format!("{t:?}"))),
                };
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
            filter: (money_chars, "field-allowed-money"),
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
            filter: (percent_chars, "field-allowed-percent"),
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
                "field-allowed-codes",
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
    ($($i:literal: $key:literal;)+) => {
        [$(
            FieldDef::new(F::Area($i), Listing, $key, Value {
                path: "listing.solution_areas[].area",
                get: |s| get_area(s, $i),
                set: |s, t| set_area(s, $i, t),
                choices: areas,
                ..Value::new(FieldKind::Choice)
            })
            .need(|s| need_area(s, $i)),
            FieldDef::new(F::SubAreas($i), Listing, "field-sub-areas", Value {
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
    ($($i:literal: $key:literal;)+) => {
        [$(
            FieldDef::new(F::Other($i), Documents, $key, Value {
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
    FieldDef::new(F::OfferName, Offer, "field-offer-name",
        text!(strict offer.name, check_offer_name)),
    FieldDef::new(F::OfferType, Offer, "field-offer-type",
        choice!(offer.offer_type: OfferType, |_, t| crate::t!("field-not-an-offer-type", value = t))),
    FieldDef::new(F::Live, Offer, "field-live",
        yes_no!(offer.live)),
    FieldDef::new(F::Transactable, Offer, "field-transactable",
        yes_no!(offer.transactable)),
    FieldDef::new(F::MpnId, Offer, "field-mpn-id",
        text!(partner.mpn_id, validate::check_mpn_id))
        .filter(digits, "field-allowed-digits"),
    FieldDef::new(F::AccountActive, Offer, "field-account-active",
        yes_no!(partner.marketplace_account_active)),
    FieldDef::new(F::ProfileComplete, Offer, "field-profile-complete",
        yes_no!(partner.business_profile_complete)),
    FieldDef::new(F::GoldCompetency, Offer, "field-gold-competency",
        yes_no!(partner.gold_competency)),
    FieldDef::new(F::Designation, Offer, "field-designation",
        yes_no!(partner.solutions_partner_designation)),
    FieldDef::new(F::IsvConnect, Offer, "field-isv-connect",
        choice!(partner.isv_connect: IsvConnect, |s, t| crate::t!("field-not-a-tier", value = t, name = F::IsvConnect.label(s.rules)))),
];

/// Asked only by editions whose table reads it; text only, it never changes a status.
#[rustfmt::skip]
pub(super) const CERTIFIED: [FieldDef; 1] = [
    FieldDef::new(F::CertifiedSoftware, Offer, "field-certified-software",
        yes_no!(partner.certified_software_designation))
        .optional(),
];

#[rustfmt::skip]
pub(super) const LISTING: [FieldDef; 3] = [
    FieldDef::new(F::Platforms, Listing, "field-platforms",
        list!(listing.microsoft_platforms)),
    FieldDef::new(F::Segments, Listing, "field-segments",
        list!(listing.segments)),
    FieldDef::new(F::SolutionType, Listing, "field-solution-type",
        choice!(listing.solution_type: SolutionType, |_, t| crate::t!("field-not-a-solution-type", value = t))),
];

#[rustfmt::skip]
pub(super) const AREAS: [FieldDef; 10] = area_rows! {
    0: "field-area-first";
    1: "field-area";
    2: "field-area";
    3: "field-area";
    4: "field-area";
};

#[rustfmt::skip]
pub(super) const DOCUMENTS: [FieldDef; 5] = [
    FieldDef::new(F::Doc(DocSlot::OnePager), Documents, "field-one-pager",
        doc!(one_pager: OnePager)),
    FieldDef::new(F::Doc(DocSlot::PitchDeck), Documents, "field-pitch-deck",
        doc!(pitch_deck: PitchDeck)),
    FieldDef::new(F::Doc(DocSlot::CaseStudy), Documents, "field-case-study",
        doc!(case_study: CaseStudy))
        .optional(),
    FieldDef::new(F::Doc(DocSlot::VerifiableCustomerWins), Documents, "field-customer-wins",
        doc!(verifiable_customer_wins: VerifiableCustomerWins))
        .optional(),
    FieldDef::new(F::Doc(DocSlot::ChannelPitchDeck), Documents, "field-channel-pitch-deck",
        doc!(channel_pitch_deck: ChannelPitchDeck))
        .optional(),
];

#[rustfmt::skip]
pub(super) const OTHERS: [FieldDef; 5] = other_rows! {
    0: "field-other-first";
    1: "field-other";
    2: "field-other";
    3: "field-other";
    4: "field-other";
};

#[rustfmt::skip]
pub(super) const REST: [FieldDef; 7] = [
    FieldDef::new(F::LandingPage, Documents, "field-landing-page",
        text!(documents.landing_page_url, validate::check_url))
        .kind(FieldKind::Url)
        .optional(),
    FieldDef::new(F::Markets, Contacts, "field-markets",
        codes!(markets)),
    FieldDef::new(F::Contacts, Contacts, "field-contacts",
        Value {
            path: path!(contacts),
            get: |s| match s.contacts.len() { 0 => String::new(), n => crate::t!("field-contacts-count", count = n) },
            set: |_, _| Err(crate::t!("field-contacts-not-typed")),
            ..Value::new(FieldKind::Contacts)
        }),
    FieldDef::new(F::Doc(DocSlot::ReferenceArchitectureDiagram), Diagram, "field-diagram",
        doc!(reference_architecture_diagram: ReferenceArchitectureDiagram)),
    FieldDef::new(F::AzureConsumed, Revenue, "field-azure-consumed",
        money!(revenue.azure_consumed_revenue_usd)),
    FieldDef::new(F::MarketplaceBilled, Revenue, "field-marketplace-billed",
        money!(revenue.marketplace_billed_revenue_usd))
        .optional(),
    FieldDef::new(F::AzureShare, Revenue, "field-azure-share",
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
    ContactDef { id: C::Name, key: "field-contact-name", value: column!(name) },
    ContactDef { id: C::Email, key: "field-contact-email", value: column!(email) },
    ContactDef { id: C::JobTitle, key: "field-contact-job-title", value: column!(job_title) },
    ContactDef {
        id: C::Role, key: "field-contact-role",
        value: Value::<Contact> {
            path: "role",
            get: |c| c.role.map(|r| r.label().to_string()).unwrap_or_default(),
            set: |c, t| { c.role = parse_role_text(t)?; Ok(()) },
            ..Value::new(FieldKind::Choice)
        },
    },
    ContactDef { id: C::Countries, key: "field-contact-countries", value: column!(codes countries) },
    ContactDef { id: C::States, key: "field-contact-states", value: column!(codes states) },
];

/// A role as typed: empty is none; anything that is not a role is refused with the choices.
fn parse_role_text(t: &str) -> Result<Option<Role>, String> {
    if t.is_empty() {
        return Ok(None);
    }
    let choices: Vec<&str> = Role::ALL.iter().map(|r| r.label()).collect();
    parse_role(t).map(Some).ok_or_else(|| {
        crate::t!(
            "field-not-a-role",
            value = format!("{t:?}"),
            roles = choices.join(", ")
        )
    })
}

/// A field that exists only in the library's own tests: it proves a new row reaches the wizard,
/// plain mode and the rules without other edits.
#[cfg(test)]
#[rustfmt::skip]
pub(super) const TEST_ROWS: [FieldDef; 1] = [
    FieldDef::new(F::Test, Offer, "field-test", Value {
        path: "x-test",
        check: |s, _| match s.x_test.as_deref() {
            // i18n-exempt: the test-only row's check, never compiled into cosell
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
        return Err(crate::t!("field-area-first-needed", n = i + 1));
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
            return Err(crate::t!(
                "field-other-too-many",
                count = MAX_OTHER_DOCUMENTS
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
                Some(s) => crate::t!(
                    "field-market-did-you-mean",
                    value = format!("{m:?}"),
                    code = s,
                    name = geo::common_name(s)
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
                reason: crate::t!("field-market-global"),
            });
        }
    }
    out
}
