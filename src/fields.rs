//! The wizard's steps and fields, defined once for both front ends (TUI and plain prompts): label,
//! help, kind, where the value lives in the submission, and how typed text is read and shown.

use crate::catalogue::Catalogue;
use crate::model::geo;
use crate::model::{
    Contact, DocSlot, Document, IsvConnect, MAX_OTHER_DOCUMENTS, OfferType, Role, SolutionArea,
    SolutionType, Submission,
};
use crate::rules::StatusReport;
use crate::validate;

/// The wizard's screens, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Start,
    Offer,
    Listing,
    Documents,
    Contacts,
    Diagram,
    Revenue,
    Review,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Start,
        Step::Offer,
        Step::Listing,
        Step::Documents,
        Step::Contacts,
        Step::Diagram,
        Step::Revenue,
        Step::Review,
    ];

    /// The steps of a draft (all but Start).
    pub const WIZARD: [Step; 7] = [
        Step::Offer,
        Step::Listing,
        Step::Documents,
        Step::Contacts,
        Step::Diagram,
        Step::Revenue,
        Step::Review,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Offer => "offer",
            Step::Listing => "listing",
            Step::Documents => "documents",
            Step::Contacts => "contacts",
            Step::Diagram => "diagram",
            Step::Revenue => "revenue",
            Step::Review => "review",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Start => "Start",
            Step::Offer => "Offer & partner",
            Step::Listing => "Listing",
            Step::Documents => "Documents",
            Step::Contacts => "Contacts per geography",
            Step::Diagram => "Architecture diagram",
            Step::Revenue => "Revenue",
            Step::Review => "Review & export",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Step::Start => "Start",
            Step::Offer => "Offer",
            Step::Listing => "Listing",
            Step::Documents => "Docs",
            Step::Contacts => "Contacts",
            Step::Diagram => "Diagram",
            Step::Revenue => "Revenue",
            Step::Review => "Review",
        }
    }

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.id() == s)
    }

    /// Where a draft reopens: the step it was left on, else the first.
    pub fn resume_at(sub: &Submission) -> Step {
        sub.x_last_step
            .as_deref()
            .and_then(Step::parse)
            .filter(|s| *s != Step::Start)
            .unwrap_or(Step::Offer)
    }

    pub fn next(self) -> Step {
        let i = Step::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Step::ALL[(i + 1).min(Step::ALL.len() - 1)]
    }

    pub fn prev(self) -> Step {
        let i = Step::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Step::ALL[i.saturating_sub(1).max(1)]
    }
}

/// How a field is edited and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    Text,
    /// One of a fixed list (ids and labels).
    Choice,
    YesNo,
    /// Several values, comma-separated; the catalogue suggests, anything is accepted.
    MultiChoice,
    /// Country codes, comma-separated.
    Countries,
    Path,
    Url,
    Money,
    Percent,
}

/// Every field of the wizard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FieldId {
    OfferName,
    OfferType,
    Live,
    Transactable,
    MpnId,
    AccountActive,
    ProfileComplete,
    GoldCompetency,
    IsvConnect,
    Platforms,
    Segments,
    SolutionType,
    Area(u8),
    SubAreas(u8),
    Doc(DocSlot),
    Other(u8),
    LandingPage,
    Markets,
    AzureConsumed,
    MarketplaceBilled,
    AzureShare,
}

/// Whether a field matters for the offer as it stands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Need {
    Required,
    Optional,
    /// Does not apply to this offer; the reason says why.
    NotNeeded(&'static str),
}

/// The longest label a field may have: the TUI's label column.
pub const MAX_LABEL: usize = 20;

pub struct FieldDef {
    pub id: FieldId,
    pub step: Step,
    pub label: &'static str,
    pub help: &'static str,
    pub kind: FieldKind,
}

macro_rules! field {
    ($id:expr, $step:ident, $kind:ident, $label:literal, $help:literal) => {
        FieldDef {
            id: $id,
            step: Step::$step,
            label: $label,
            help: $help,
            kind: FieldKind::$kind,
        }
    };
}

use FieldId as F;

pub static FIELDS: &[FieldDef] = &[
    field!(
        F::OfferName,
        Offer,
        Text,
        "Offer name",
        "The offer's name as in Partner Center."
    ),
    field!(
        F::OfferType,
        Offer,
        Choice,
        "Offer type",
        "Decides which rungs the offer can reach: Azure IP types can become incentivized, Dynamics 365 types can reach ISV Connect Premium."
    ),
    field!(
        F::Live,
        Offer,
        YesNo,
        "Live",
        "Is the offer published live on Azure Marketplace or AppSource? (CSR-LIVE)"
    ),
    field!(
        F::Transactable,
        Offer,
        YesNo,
        "Transactable",
        "Is the offer sold through the marketplace? Then billed revenue counts toward IP-REVENUE, and VMs/Azure Applications meet IP-AZURE by default."
    ),
    field!(
        F::MpnId,
        Offer,
        Text,
        "MPN ID",
        "Your Microsoft Partner Network ID: digits only. (CSR-ACCOUNT)"
    ),
    field!(
        F::AccountActive,
        Offer,
        YesNo,
        "Marketplace account",
        "Is your commercial marketplace account in Partner Center active? (CSR-ACCOUNT)"
    ),
    field!(
        F::ProfileComplete,
        Offer,
        YesNo,
        "Business profile",
        "Is your Partner Center business profile complete? (CSR-PROFILE)"
    ),
    field!(
        F::GoldCompetency,
        Offer,
        YesNo,
        "Gold competency",
        "An active Gold competency in any area; needed for services offers. (CSR-GOLD)"
    ),
    field!(
        F::IsvConnect,
        Offer,
        Choice,
        "ISV Connect",
        "ISV Connect registration tier; Dynamics 365 CE and F&O offers need it, Premium unlocks the Business Applications incentive."
    ),
    field!(
        F::Platforms,
        Listing,
        MultiChoice,
        "Microsoft platforms",
        "One or more, comma-separated: Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10."
    ),
    field!(
        F::Segments,
        Listing,
        MultiChoice,
        "Segments",
        "One or more: SMB (< 500 employees), Corporate (< 2,500), Enterprise (2,500+)."
    ),
    field!(
        F::SolutionType,
        Listing,
        Choice,
        "Solution type",
        "Exactly one: Device, IP (application), Managed service or Service."
    ),
    field!(
        F::Area(0),
        Listing,
        Choice,
        "Solution area 1",
        "1 to 3 solution areas, e.g. Azure, Business applications, Modern work & security."
    ),
    field!(
        F::SubAreas(0),
        Listing,
        MultiChoice,
        "  sub-areas",
        "1 or 2 sub-areas of the area above, comma-separated."
    ),
    field!(
        F::Area(1),
        Listing,
        Choice,
        "Solution area 2",
        "Optional second area; leave empty for none."
    ),
    field!(
        F::SubAreas(1),
        Listing,
        MultiChoice,
        "  sub-areas",
        "1 or 2 sub-areas of the area above, comma-separated."
    ),
    field!(
        F::Area(2),
        Listing,
        Choice,
        "Solution area 3",
        "Optional third area; leave empty for none."
    ),
    field!(
        F::SubAreas(2),
        Listing,
        MultiChoice,
        "  sub-areas",
        "1 or 2 sub-areas of the area above, comma-separated."
    ),
    field!(
        F::Doc(DocSlot::OnePager),
        Documents,
        Path,
        "One-pager",
        "Solution/offer one-pager: .pdf .docx .pptx … (CSR-ONE-PAGER)"
    ),
    field!(
        F::Doc(DocSlot::PitchDeck),
        Documents,
        Path,
        "Pitch deck",
        "Solution/offer pitch deck, usually .pptx or .pdf. (CSR-PITCH-DECK)"
    ),
    field!(
        F::Doc(DocSlot::CaseStudy),
        Documents,
        Path,
        "Case study",
        "Optional customer case study."
    ),
    field!(
        F::Doc(DocSlot::VerifiableCustomerWins),
        Documents,
        Path,
        "Customer wins",
        "Optional verifiable customer wins."
    ),
    field!(
        F::Doc(DocSlot::ChannelPitchDeck),
        Documents,
        Path,
        "Channel pitch deck",
        "Optional channel pitch deck."
    ),
    field!(
        F::Other(0),
        Documents,
        Path,
        "Other document 1",
        "Optional: up to 5 other documents or videos (.mp4)."
    ),
    field!(
        F::Other(1),
        Documents,
        Path,
        "Other document 2",
        "Optional other document or video."
    ),
    field!(
        F::Other(2),
        Documents,
        Path,
        "Other document 3",
        "Optional other document or video."
    ),
    field!(
        F::Other(3),
        Documents,
        Path,
        "Other document 4",
        "Optional other document or video."
    ),
    field!(
        F::Other(4),
        Documents,
        Path,
        "Other document 5",
        "Optional other document or video."
    ),
    field!(
        F::LandingPage,
        Documents,
        Url,
        "Landing page URL",
        "The product's landing page: http:// or https://."
    ),
    field!(
        F::Markets,
        Contacts,
        Countries,
        "Markets",
        "Countries where the offer is co-sell eligible: ISO codes, comma-separated (US, CA, FR). Each needs a Partner sales contact."
    ),
    field!(
        F::Doc(DocSlot::ReferenceArchitectureDiagram),
        Diagram,
        Path,
        "Diagram file",
        "The reference architecture diagram as PDF or PNG/JPEG; export Visio drawings first. (IP-DIAGRAM)"
    ),
    field!(
        F::AzureConsumed,
        Revenue,
        Money,
        "Azure consumed 12 mo",
        "Organisation-level Azure consumed revenue, trailing 12 months, USD. $120,000.50 and 120 000 are fine."
    ),
    field!(
        F::MarketplaceBilled,
        Revenue,
        Money,
        "Marketplace billed",
        "The offer's marketplace billed revenue, USD; counts only for transactable offers."
    ),
    field!(
        F::AzureShare,
        Revenue,
        Percent,
        "Share on Azure %",
        "Share of the offer's infrastructure that runs on Azure, 0–100; more than 50 is needed."
    ),
];

/// The fields of one step, in order.
pub fn fields_of(step: Step) -> impl Iterator<Item = &'static FieldDef> {
    FIELDS.iter().filter(move |f| f.step == step)
}

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

fn parse_yes_no(s: &str) -> Result<Option<bool>, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "y" | "yes" | "true" | "1" => Ok(Some(true)),
        "n" | "no" | "false" | "0" => Ok(Some(false)),
        _ => Err(format!("{s:?}: answer yes or no")),
    }
}

fn split_list(s: &str) -> Vec<String> {
    s.split(',')
        .map(|x| x.trim().to_string())
        .filter(|x| !x.is_empty())
        .collect()
}

fn non_empty(s: &str) -> Option<String> {
    Some(s.trim().to_string()).filter(|s| !s.is_empty())
}

/// A typed comma list, each value in the catalogue's spelling when it is in the catalogue.
fn canonical_list(list: &[String], typed: &str) -> Vec<String> {
    split_list(typed)
        .into_iter()
        .map(|v| canonical(list, v))
        .collect()
}

/// Matches typed text against a catalogue list ignoring case, keeping the catalogue's spelling.
fn canonical(list: &[String], v: String) -> String {
    list.iter()
        .find(|x| x.eq_ignore_ascii_case(&v))
        .cloned()
        .unwrap_or(v)
}

impl FieldId {
    pub fn def(self) -> &'static FieldDef {
        FIELDS.iter().find(|f| f.id == self).unwrap_or(&FIELDS[0])
    }

    /// Characters a field can hold at all; others are refused as they are typed.
    pub fn accepts_char(self, c: char) -> bool {
        match self {
            F::MpnId => c.is_ascii_digit(),
            F::AzureShare => c.is_ascii_digit() || matches!(c, '.' | '%' | ' '),
            F::AzureConsumed | F::MarketplaceBilled => {
                c.is_ascii_digit()
                    || matches!(
                        c,
                        '.' | ',' | '$' | ' ' | '_' | 'U' | 'S' | 'D' | 'u' | 's' | 'd'
                    )
            }
            _ => true,
        }
    }

    /// What [`FieldId::accepts_char`] lets through, in words.
    pub fn allowed_chars(self) -> &'static str {
        match self {
            F::MpnId => "digits only",
            F::AzureShare => "a number from 0 to 100",
            F::AzureConsumed | F::MarketplaceBilled => "an amount: digits, $ , and .",
            _ => "any text",
        }
    }

    /// The JSON path of the value (what requirement `fix` paths and problems name).
    pub fn json_path(self) -> String {
        match self {
            F::OfferName => "offer.name".into(),
            F::OfferType => "offer.offer_type".into(),
            F::Live => "offer.live".into(),
            F::Transactable => "offer.transactable".into(),
            F::MpnId => "partner.mpn_id".into(),
            F::AccountActive => "partner.marketplace_account_active".into(),
            F::ProfileComplete => "partner.business_profile_complete".into(),
            F::GoldCompetency => "partner.gold_competency".into(),
            F::IsvConnect => "partner.isv_connect".into(),
            F::Platforms => "listing.microsoft_platforms".into(),
            F::Segments => "listing.segments".into(),
            F::SolutionType => "listing.solution_type".into(),
            F::Area(i) => format!("listing.solution_areas[{i}].area"),
            F::SubAreas(i) => format!("listing.solution_areas[{i}].sub_areas"),
            F::Doc(s) => format!("documents.{}", s.key()),
            F::Other(i) => format!("documents.other[{i}]"),
            F::LandingPage => "documents.landing_page_url".into(),
            F::Markets => "markets".into(),
            F::AzureConsumed => "revenue.azure_consumed_revenue_usd".into(),
            F::MarketplaceBilled => "revenue.marketplace_billed_revenue_usd".into(),
            F::AzureShare => "revenue.azure_infrastructure_percent".into(),
        }
    }

    /// The field that fixes a requirement naming `path` (for jump-to-fix).
    pub fn for_path(path: &str) -> Option<FieldId> {
        if path == "listing.solution_areas" {
            return Some(F::Area(0));
        }
        if path == "contacts" {
            return Some(F::Markets);
        }
        FIELDS.iter().map(|f| f.id).find(|f| f.json_path() == path)
    }

    /// The choices of a Choice or MultiChoice field: (value to store, label to show).
    pub fn choices(self, sub: &Submission) -> Vec<(String, String)> {
        let pairs = |v: Vec<(&str, &str)>| {
            v.into_iter()
                .map(|(a, b)| (a.to_string(), b.to_string()))
                .collect()
        };
        let same = |v: &[String]| v.iter().map(|x| (x.clone(), x.clone())).collect();
        let cat = Catalogue::built_in();
        match self {
            F::OfferType => pairs(OfferType::ALL.iter().map(|t| (t.id(), t.label())).collect()),
            F::IsvConnect => pairs(
                IsvConnect::ALL
                    .iter()
                    .map(|t| (t.id(), t.label()))
                    .collect(),
            ),
            F::SolutionType => pairs(
                SolutionType::ALL
                    .iter()
                    .map(|t| (t.id(), t.label()))
                    .collect(),
            ),
            F::Platforms => same(&cat.microsoft_platforms),
            F::Segments => same(&cat.segments),
            F::Area(_) => cat
                .area_names()
                .into_iter()
                .map(|a| (a.to_string(), a.to_string()))
                .collect(),
            F::SubAreas(i) => {
                let area = sub
                    .listing
                    .solution_areas
                    .get(i as usize)
                    .map(|a| a.area.as_str())
                    .unwrap_or("");
                same(cat.sub_areas(area))
            }
            _ => Vec::new(),
        }
    }

    /// The value as editable text; empty when not answered.
    pub fn get(self, sub: &Submission) -> String {
        let l = &sub.listing;
        match self {
            F::OfferName => sub.offer.name.clone().unwrap_or_default(),
            F::OfferType => sub
                .offer
                .offer_type
                .map(|t| t.id().to_string())
                .unwrap_or_default(),
            F::Live => yes_no(sub.offer.live),
            F::Transactable => yes_no(sub.offer.transactable),
            F::MpnId => sub.partner.mpn_id.clone().unwrap_or_default(),
            F::AccountActive => yes_no(sub.partner.marketplace_account_active),
            F::ProfileComplete => yes_no(sub.partner.business_profile_complete),
            F::GoldCompetency => yes_no(sub.partner.gold_competency),
            F::IsvConnect => sub
                .partner
                .isv_connect
                .map(|t| t.id().to_string())
                .unwrap_or_default(),
            F::Platforms => l.microsoft_platforms.join(", "),
            F::Segments => l.segments.join(", "),
            F::SolutionType => l
                .solution_type
                .map(|t| t.id().to_string())
                .unwrap_or_default(),
            F::Area(i) => l
                .solution_areas
                .get(i as usize)
                .map(|a| a.area.clone())
                .unwrap_or_default(),
            F::SubAreas(i) => l
                .solution_areas
                .get(i as usize)
                .map(|a| a.sub_areas.join(", "))
                .unwrap_or_default(),
            F::Doc(s) => sub
                .documents
                .slot(s)
                .as_ref()
                .map(|d| d.path.clone())
                .unwrap_or_default(),
            F::Other(i) => sub
                .documents
                .other
                .get(i as usize)
                .map(|d| d.path.clone())
                .unwrap_or_default(),
            F::LandingPage => sub.documents.landing_page_url.clone().unwrap_or_default(),
            F::Markets => sub.markets.join(", "),
            F::AzureConsumed => sub
                .revenue
                .azure_consumed_revenue_usd
                .clone()
                .unwrap_or_default(),
            F::MarketplaceBilled => sub
                .revenue
                .marketplace_billed_revenue_usd
                .clone()
                .unwrap_or_default(),
            F::AzureShare => sub
                .revenue
                .azure_infrastructure_percent
                .as_ref()
                .map(|n| n.to_string())
                .unwrap_or_default(),
        }
    }

    /// The value for display: labels instead of ids, money with separators.
    pub fn display(self, sub: &Submission) -> String {
        let raw = self.get(sub);
        if raw.is_empty() {
            return raw;
        }
        match self.def().kind {
            FieldKind::Choice => self
                .choices(sub)
                .into_iter()
                .find(|(v, _)| *v == raw)
                .map(|(_, l)| l)
                .unwrap_or(raw),
            FieldKind::Money => validate::parse_money(&raw)
                .map(validate::display_money)
                .unwrap_or(raw),
            FieldKind::Percent => format!("{raw}%"),
            _ => raw,
        }
    }

    /// Checks typed text without storing it: `Err` when the value cannot be stored at all or is
    /// invalid. Used for live validation while a field is in error.
    pub fn check_input(self, sub: &Submission, input: &str) -> Result<(), String> {
        let mut probe = sub.clone();
        self.set(&mut probe, input)?;
        match self.def().kind {
            FieldKind::Path if !input.trim().is_empty() => {
                use validate::FileProbe;
                validate::DiskProbe.probe(input.trim()).map(|_| ())
            }
            _ => self.value_problem(&probe),
        }
    }

    /// Stores typed text. `Err` means the text cannot be stored (the edit stays open); values that
    /// can be stored but are invalid are kept and reported by [`FieldId::value_problem`].
    pub fn set(self, sub: &mut Submission, input: &str) -> Result<(), String> {
        let t = input.trim();
        let choice = |kind: &str| -> Result<Option<String>, String> {
            if t.is_empty() {
                return Ok(None);
            }
            self.choices(sub)
                .into_iter()
                .find(|(v, l)| v.eq_ignore_ascii_case(t) || l.eq_ignore_ascii_case(t))
                .map(|(v, _)| Some(v))
                .ok_or_else(|| format!("{t:?} is not a {kind}"))
        };
        match self {
            F::OfferName => sub.offer.name = non_empty(t),
            F::OfferType => {
                sub.offer.offer_type = choice("offer type")?.and_then(|v| OfferType::parse(&v))
            }
            F::Live => sub.offer.live = parse_yes_no(t)?,
            F::Transactable => sub.offer.transactable = parse_yes_no(t)?,
            F::MpnId => sub.partner.mpn_id = non_empty(t),
            F::AccountActive => sub.partner.marketplace_account_active = parse_yes_no(t)?,
            F::ProfileComplete => sub.partner.business_profile_complete = parse_yes_no(t)?,
            F::GoldCompetency => sub.partner.gold_competency = parse_yes_no(t)?,
            F::IsvConnect => {
                sub.partner.isv_connect =
                    choice("ISV Connect tier")?.and_then(|v| IsvConnect::parse(&v))
            }
            F::Platforms => {
                sub.listing.microsoft_platforms =
                    canonical_list(&Catalogue::built_in().microsoft_platforms, t)
            }
            F::Segments => {
                sub.listing.segments = canonical_list(&Catalogue::built_in().segments, t)
            }
            F::SolutionType => {
                sub.listing.solution_type =
                    choice("solution type")?.and_then(|v| SolutionType::parse(&v))
            }
            F::Area(i) => set_area(sub, i as usize, t),
            F::SubAreas(i) => {
                let Some(a) = sub.listing.solution_areas.get_mut(i as usize) else {
                    if t.is_empty() {
                        return Ok(());
                    }
                    return Err(format!("choose solution area {} first", i + 1));
                };
                a.sub_areas = canonical_list(Catalogue::built_in().sub_areas(&a.area), t);
            }
            F::Doc(s) => *sub.documents.slot_mut(s) = non_empty(t).map(Document::at),
            F::Other(i) => set_other(sub, i as usize, t),
            F::LandingPage => sub.documents.landing_page_url = non_empty(t),
            F::Markets => sub.markets = geo::split_codes(t),
            F::AzureConsumed | F::MarketplaceBilled => {
                let v = if t.is_empty() {
                    None
                } else {
                    Some(validate::format_money(validate::parse_money_input(t)?))
                };
                if self == F::AzureConsumed {
                    sub.revenue.azure_consumed_revenue_usd = v;
                } else {
                    sub.revenue.marketplace_billed_revenue_usd = v;
                }
            }
            F::AzureShare => {
                sub.revenue.azure_infrastructure_percent = if t.is_empty() {
                    None
                } else {
                    Some(validate::parse_percent_input(t)?)
                }
            }
        }
        Ok(())
    }

    /// The invalid-value problem of this field in the submission as it is (not "missing").
    pub fn value_problem(self, sub: &Submission) -> Result<(), String> {
        let v = self.get(sub);
        if v.is_empty() {
            return Ok(());
        }
        match self {
            F::MpnId => validate::check_mpn_id(&v),
            F::LandingPage => validate::check_url(&v),
            F::Markets => sub
                .markets
                .iter()
                .find_map(|m| geo::check_country(m).err().map(|e| e.to_string()))
                .map_or(Ok(()), Err),
            F::AzureConsumed | F::MarketplaceBilled => validate::parse_money(&v).map(|_| ()),
            F::AzureShare => sub
                .revenue
                .azure_infrastructure_percent
                .as_ref()
                .map_or(Ok(()), |n| validate::parse_percent(n).map(|_| ())),
            F::Doc(_) | F::Other(_) => validate::check_extension(&v).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// The problem the last evaluation found for this field's value, if any.
    pub fn problem(self, report: &StatusReport) -> Option<&str> {
        let path = self.json_path();
        report
            .problems
            .iter()
            .find(|p| {
                p.field == path
                    || (p.field.starts_with(&path)
                        && matches!(p.field.as_bytes().get(path.len()), Some(b'[') | Some(b'.')))
            })
            .map(|p| p.reason.as_str())
    }

    /// Whether the offer needs this field, as the draft stands.
    pub fn need(self, sub: &Submission) -> Need {
        let t = sub.offer.offer_type;
        let ip = t.is_none_or(OfferType::is_azure_ip);
        match self {
            F::Transactable
            | F::AzureConsumed
            | F::MarketplaceBilled
            | F::AzureShare
            | F::Doc(DocSlot::ReferenceArchitectureDiagram)
                if !ip =>
            {
                Need::NotNeeded("only Azure IP offer types use it")
            }
            F::GoldCompetency => {
                let service = sub.listing.solution_type == Some(SolutionType::Service)
                    || t == Some(OfferType::ConsultingService);
                if service || t.is_none() {
                    Need::Required
                } else {
                    Need::NotNeeded("only services offers need Gold")
                }
            }
            F::IsvConnect => match t {
                Some(x) if x.is_biz_apps() => Need::Required,
                None => Need::Optional,
                Some(_) => Need::NotNeeded("only Dynamics 365 offers use ISV Connect"),
            },
            F::Doc(DocSlot::PitchDeck) if sub.rules == crate::model::Edition::E2020_09 => {
                Need::Optional
            }
            F::Doc(
                DocSlot::CaseStudy | DocSlot::VerifiableCustomerWins | DocSlot::ChannelPitchDeck,
            )
            | F::Other(_)
            | F::LandingPage
            | F::Area(1..)
            | F::SubAreas(1..) => Need::Optional,
            F::MarketplaceBilled => Need::Optional,
            _ => Need::Required,
        }
    }
}

fn set_area(sub: &mut Submission, i: usize, t: &str) {
    let areas = &mut sub.listing.solution_areas;
    if t.is_empty() {
        if i < areas.len() {
            areas.remove(i);
        }
        return;
    }
    let cat = Catalogue::built_in();
    let name = canonical(
        &cat.area_names()
            .into_iter()
            .map(String::from)
            .collect::<Vec<_>>(),
        t.to_string(),
    );
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
}

fn set_other(sub: &mut Submission, i: usize, t: &str) {
    let other = &mut sub.documents.other;
    let exists = i < other.len();
    match (exists, t.is_empty()) {
        (true, true) => {
            other.remove(i);
        }
        (true, false) => other[i] = Document::at(t),
        (false, false) if other.len() < MAX_OTHER_DOCUMENTS => other.push(Document::at(t)),
        _ => {}
    }
}

/// A role from its id, label, number in the list (1–4) or an unambiguous part of its label.
pub fn parse_role(t: &str) -> Option<Role> {
    if let Some(r) = Role::parse(t) {
        return Some(r);
    }
    if let Ok(n) = t.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| Role::ALL.get(i)).copied();
    }
    let lower = t.to_lowercase();
    let mut hits = Role::ALL
        .iter()
        .filter(|r| r.label().to_lowercase().contains(&lower));
    match (hits.next(), hits.next()) {
        (Some(r), None) => Some(*r),
        _ => None,
    }
}

/// The columns of a contact row, shared by the contact form and the plain prompts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ContactField {
    Name,
    Email,
    JobTitle,
    Role,
    Countries,
    States,
}

impl ContactField {
    pub const ALL: [ContactField; 6] = [
        ContactField::Name,
        ContactField::Email,
        ContactField::JobTitle,
        ContactField::Role,
        ContactField::Countries,
        ContactField::States,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ContactField::Name => "Name",
            ContactField::Email => "Email",
            ContactField::JobTitle => "Job title",
            ContactField::Role => "Role",
            ContactField::Countries => "Countries/Regions",
            ContactField::States => "States/Provinces",
        }
    }

    pub fn help(self) -> &'static str {
        match self {
            ContactField::Name => "The contact's full name.",
            ContactField::Email => "A work address, e.g. ada@contoso.com.",
            ContactField::JobTitle => "e.g. Sales lead.",
            ContactField::Role => "Partner sales contacts are the ones that cover markets.",
            ContactField::Countries => {
                "ISO codes, comma-separated (US, CA), or OOO for all countries."
            }
            ContactField::States => "Optional: US-WA, CA-BC, AU-NSW … inside the countries above.",
        }
    }

    /// The key `validate::contact_problems` uses for this column.
    pub fn key(self) -> &'static str {
        match self {
            ContactField::Name => "name",
            ContactField::Email => "email",
            ContactField::JobTitle => "job_title",
            ContactField::Role => "role",
            ContactField::Countries => "countries",
            ContactField::States => "states",
        }
    }

    pub fn get(self, c: &Contact) -> String {
        match self {
            ContactField::Name => c.name.clone(),
            ContactField::Email => c.email.clone(),
            ContactField::JobTitle => c.job_title.clone(),
            ContactField::Role => c.role.map(|r| r.label().to_string()).unwrap_or_default(),
            ContactField::Countries => c.countries.join(", "),
            ContactField::States => c.states.join(", "),
        }
    }

    pub fn set(self, c: &mut Contact, input: &str) -> Result<(), String> {
        let t = input.trim();
        match self {
            ContactField::Name => c.name = t.to_string(),
            ContactField::Email => c.email = t.to_string(),
            ContactField::JobTitle => c.job_title = t.to_string(),
            ContactField::Role => {
                c.role = if t.is_empty() {
                    None
                } else {
                    Some(parse_role(t).ok_or_else(|| {
                        format!(
                            "{t:?} is not a role; choose {}",
                            Role::ALL
                                .iter()
                                .map(|r| r.label())
                                .collect::<Vec<_>>()
                                .join(", ")
                        )
                    })?)
                }
            }
            ContactField::Countries => c.countries = geo::split_codes(t),
            ContactField::States => c.states = geo::split_codes(t),
        }
        Ok(())
    }

    /// This column's first problem in the contact, if any.
    pub fn problem(self, c: &Contact) -> Option<String> {
        crate::validate::contact_problems(c)
            .into_iter()
            .find(|(k, _)| *k == self.key())
            .map(|(_, why)| why)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_field_round_trips_its_own_text() {
        let mut sub = Submission::default();
        let samples: &[(FieldId, &str)] = &[
            (F::OfferName, "Contoso"),
            (F::OfferType, "saas"),
            (F::Live, "yes"),
            (F::MpnId, "4567890"),
            (F::IsvConnect, "premium"),
            (F::Platforms, "Microsoft Azure, Office 365"),
            (F::SolutionType, "ip"),
            (F::Area(0), "Azure"),
            (F::SubAreas(0), "Analytics, Blockchain"),
            (F::Markets, "US, CA"),
            (F::AzureConsumed, "120000.50"),
            (F::AzureShare, "80"),
            (F::Other(0), "/x/a.pdf"),
        ];
        for (f, text) in samples {
            f.set(&mut sub, text).unwrap();
            assert_eq!(f.get(&sub), *text, "{f:?}");
        }
    }

    #[test]
    fn labels_fit_the_label_column() {
        for f in FIELDS {
            assert!(
                f.label.chars().count() <= MAX_LABEL,
                "{:?} is too long",
                f.label
            );
        }
    }

    #[test]
    fn typed_input_is_normalised() {
        let mut sub = Submission::default();
        F::AzureConsumed.set(&mut sub, "$120,000.5").unwrap();
        assert_eq!(F::AzureConsumed.get(&sub), "120000.50");
        assert_eq!(F::AzureConsumed.display(&sub), "$120,000.50");
        F::OfferType.set(&mut sub, "Software as a service").unwrap();
        assert_eq!(sub.offer.offer_type, Some(OfferType::Saas));
        F::Platforms
            .set(&mut sub, "microsoft azure, Quantum")
            .unwrap();
        assert_eq!(
            sub.listing.microsoft_platforms,
            ["Microsoft Azure", "Quantum"]
        );
        F::Markets.set(&mut sub, "us ca").unwrap();
        assert_eq!(sub.markets, ["US", "CA"]);
        assert!(F::AzureShare.set(&mut sub, "abc").is_err());
        assert!(F::OfferType.set(&mut sub, "saas2").is_err());
        assert!(F::Live.set(&mut sub, "maybe").is_err());
        F::Live.set(&mut sub, "").unwrap();
        assert_eq!(sub.offer.live, None, "empty means not answered");
    }

    #[test]
    fn changing_an_area_clears_its_sub_areas_and_emptying_removes_it() {
        let mut sub = Submission::default();
        F::Area(0).set(&mut sub, "azure").unwrap();
        F::SubAreas(0).set(&mut sub, "Analytics").unwrap();
        assert_eq!(sub.listing.solution_areas[0].area, "Azure");
        F::Area(0).set(&mut sub, "Business applications").unwrap();
        assert!(sub.listing.solution_areas[0].sub_areas.is_empty());
        F::Area(0).set(&mut sub, "").unwrap();
        assert!(sub.listing.solution_areas.is_empty());
        assert!(F::SubAreas(1).set(&mut sub, "x").is_err());
    }

    #[test]
    fn jump_to_fix_paths_resolve() {
        let empty = crate::rules::evaluate(&Submission::default(), crate::model::Edition::E2021_02);
        for r in &empty.requirements {
            if let Some(fix) = r.fix {
                assert!(FieldId::for_path(fix).is_some(), "{}: {fix}", r.id.as_str());
            }
        }
        for path in [
            "partner.mpn_id",
            "offer.offer_type",
            "listing.solution_areas",
            "documents.one_pager",
            "documents.reference_architecture_diagram",
            "markets",
            "contacts",
            "revenue.azure_consumed_revenue_usd",
            "revenue.azure_infrastructure_percent",
            "partner.isv_connect",
            "partner.gold_competency",
        ] {
            assert!(FieldId::for_path(path).is_some(), "{path}");
        }
    }
}
