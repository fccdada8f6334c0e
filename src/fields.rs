//! The wizard's steps and fields, one row per field: where it lives (step, JSON path), its label
//! and help in each edition, how typed text is filtered, read and shown, and the check of its
//! stored value. The TUI, plain mode and the rules all read this table, so a new row reaches all
//! three without other edits, and the live check while typing is the rules' own check.

use std::path::Path;

use crate::catalogue::Catalogue;
use crate::model::geo;
use crate::model::{
    Contact, DocSlot, Document, Edition, IsvConnect, MAX_OTHER_DOCUMENTS, OfferType, Role,
    SolutionArea, SolutionType, Submission,
};
use crate::validate::{self, FileProbe};

pub use crate::editions::Need;
pub use crate::field_ids::{ContactField, FieldId};
pub use crate::status::{Problem, Warning};

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

    /// The steps of a draft (all but Start), numbered 1 to 7.
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

    /// 1 for Offer … 7 for Review; 0 for Start.
    pub fn number(self) -> usize {
        Step::WIZARD
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// The step with a number (1–7).
    pub fn from_number(n: usize) -> Option<Step> {
        n.checked_sub(1).and_then(|i| Step::WIZARD.get(i)).copied()
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
    /// The contacts table (its own screen and forms).
    Contacts,
}

/// One row of the field table.
pub struct FieldDef {
    pub id: FieldId,
    pub step: Step,
    pub kind: FieldKind,
    /// The JSON path of the value in the submission file.
    pub path: &'static str,
    /// The label and help, where no edition's table gives its own.
    label: &'static str,
    help: &'static str,
    /// The value as editable text; empty when not answered.
    get: fn(&Submission) -> String,
    /// Stores typed text. `Err` means it cannot be stored at all (the edit stays open); values
    /// that can be stored but are invalid are kept and reported by `check`.
    set: fn(&mut Submission, &str) -> Result<(), String>,
    /// The invalid values of the stored field: (JSON path, reason).
    check: fn(&Submission, &dyn FileProbe) -> Vec<(String, String)>,
    need: fn(&Submission) -> Need,
    /// Characters the field can hold at all; others are refused as they are typed.
    filter: fn(char) -> bool,
    /// What `filter` lets through, in words.
    allowed: &'static str,
    choices: fn(&Submission) -> Vec<(String, String)>,
}

impl FieldDef {
    /// The label in an edition: its table's, else the field table's.
    pub fn label(&self, edition: Edition) -> &'static str {
        crate::editions::rules_of(edition)
            .field_words(self.id)
            .0
            .unwrap_or(self.label)
    }

    /// The help in an edition: its table's, else the field table's.
    pub fn help(&self, edition: Edition) -> &'static str {
        crate::editions::rules_of(edition)
            .field_words(self.id)
            .1
            .unwrap_or(self.help)
    }
}

// ----- the pieces rows are made of -----

fn any_char(_: char) -> bool {
    true
}

fn digits(c: char) -> bool {
    c.is_ascii_digit()
}

fn percent_chars(c: char) -> bool {
    c.is_ascii_digit() || matches!(c, '.' | ',' | '%' | ' ')
}

fn money_chars(c: char) -> bool {
    c.is_ascii_digit()
        || matches!(
            c,
            '.' | ',' | '$' | ' ' | '_' | '\'' | 'U' | 'S' | 'D' | 'u' | 's' | 'd'
        )
}

fn no_choices(_: &Submission) -> Vec<(String, String)> {
    Vec::new()
}

fn no_check(_: &Submission, _: &dyn FileProbe) -> Vec<(String, String)> {
    Vec::new()
}

fn required(_: &Submission) -> Need {
    Need::Required
}

fn optional(_: &Submission) -> Need {
    Need::Optional
}

/// How many solution areas, and sub-areas (sales plays) per area, an edition takes.
pub fn listing_limits(edition: Edition) -> (usize, usize) {
    crate::editions::rules_of(edition).limits
}

/// The most solution areas of any edition: the rows of the table.
pub const MAX_AREAS: usize = 5;

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

fn yes_no(v: Option<bool>) -> String {
    match v {
        Some(true) => "yes".into(),
        Some(false) => "no".into(),
        None => String::new(),
    }
}

/// Reads yes/no words; anything else is refused.
pub fn parse_yes_no(s: &str) -> Result<Option<bool>, String> {
    match s.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "y" | "yes" | "true" => Ok(Some(true)),
        "n" | "no" | "false" => Ok(Some(false)),
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

/// Picks the stored value of a choice from typed text (its id or its label).
fn choose(choices: Vec<(String, String)>, t: &str, what: &str) -> Result<Option<String>, String> {
    let t = t.trim();
    if t.is_empty() {
        return Ok(None);
    }
    choices
        .into_iter()
        .find(|(v, l)| v.eq_ignore_ascii_case(t) || l.eq_ignore_ascii_case(t))
        .map(|(v, _)| Some(v))
        .ok_or_else(|| format!("{t:?} is not a {what}"))
}

fn id_label<T: Copy>(
    all: &[T],
    id: fn(T) -> &'static str,
    label: fn(T) -> &'static str,
) -> Vec<(String, String)> {
    all.iter()
        .map(|t| (id(*t).to_string(), label(*t).to_string()))
        .collect()
}

fn offer_types(_: &Submission) -> Vec<(String, String)> {
    id_label(OfferType::ALL, OfferType::id, OfferType::label)
}

fn isv_tiers(_: &Submission) -> Vec<(String, String)> {
    id_label(IsvConnect::ALL, IsvConnect::id, IsvConnect::label)
}

fn solution_types(_: &Submission) -> Vec<(String, String)> {
    id_label(SolutionType::ALL, SolutionType::id, SolutionType::label)
}

fn same(v: &[String]) -> Vec<(String, String)> {
    v.iter().map(|x| (x.clone(), x.clone())).collect()
}

fn platforms(sub: &Submission) -> Vec<(String, String)> {
    same(&Catalogue::for_edition(sub.rules).microsoft_platforms)
}

fn segments(sub: &Submission) -> Vec<(String, String)> {
    same(&Catalogue::for_edition(sub.rules).segments)
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

fn check_doc(sub: &Submission, slot: DocSlot, probe: &dyn FileProbe) -> Vec<(String, String)> {
    match sub.documents.slot(slot) {
        Some(d) => match probe.probe(&d.path) {
            Ok(_) => Vec::new(),
            Err(e) => vec![(format!("documents.{}", slot.key()), e)],
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

fn check_other(sub: &Submission, i: usize, probe: &dyn FileProbe) -> Vec<(String, String)> {
    let mut out = Vec::new();
    if i == 0
        && let Err(e) = validate::check_other_count(sub.documents.other.len())
    {
        out.push(("documents.other".to_string(), e));
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
            out.push((format!("documents.other[{k}]"), e));
        }
    }
    out
}

/// A path as typed or pasted: surrounding quotes and shell backslash escapes go, `~` expands, a
/// relative path is made absolute against the current folder (where the user typed it).
pub fn typed_path(t: &str) -> Option<String> {
    let mut s = t.trim();
    for q in ['"', '\''] {
        if s.len() >= 2 && s.starts_with(q) && s.ends_with(q) {
            s = &s[1..s.len() - 1];
        }
    }
    if s.is_empty() {
        return None;
    }
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        // `\ ` and friends, as shells and file managers paste them; backslashes elsewhere stay
        // (Windows paths).
        if c == '\\'
            && cfg!(unix)
            && chars
                .peek()
                .is_some_and(|n| matches!(n, ' ' | '(' | ')' | '\'' | '"' | '&' | '[' | ']' | '\\'))
        {
            if let Some(n) = chars.next() {
                out.push(n);
            }
            continue;
        }
        out.push(c);
    }
    let home = std::env::var("HOME").unwrap_or_default();
    if !home.is_empty() {
        if out == "~" {
            out = home.clone();
        } else if let Some(rest) = out.strip_prefix("~/") {
            out = format!("{home}/{rest}");
        }
    }
    if Path::new(&out).is_relative()
        && let Ok(cwd) = std::env::current_dir()
    {
        return Some(cwd.join(&out).display().to_string());
    }
    Some(out)
}

/// The most characters an offer name may have (Partner Center's offer names are far shorter).
pub const MAX_OFFER_NAME_CHARS: usize = 200;

/// An offer name every front end accepts: at most 200 characters, no control characters (they
/// would reach terminals, file names and the checklist).
pub fn check_offer_name(name: &str) -> Result<(), String> {
    let count = name.chars().count();
    if count > MAX_OFFER_NAME_CHARS {
        return Err(format!(
            "the offer name is {count} characters; at most {MAX_OFFER_NAME_CHARS} are allowed"
        ));
    }
    if let Some(c) = name.chars().find(|c| c.is_control()) {
        return Err(format!(
            "the offer name holds the control character {}; type it without",
            c.escape_unicode()
        ));
    }
    Ok(())
}

fn check_money(at: &str, v: &Option<String>) -> Vec<(String, String)> {
    match v.as_deref().map(validate::parse_money) {
        Some(Err(e)) => vec![(at.to_string(), e)],
        _ => Vec::new(),
    }
}

fn set_money(slot: &mut Option<String>, t: &str) -> Result<(), String> {
    *slot = if t.trim().is_empty() {
        None
    } else {
        Some(validate::format_money(validate::parse_money_input(t)?))
    };
    Ok(())
}

/// Defines a row; every closure is a plain function (no captures), so the table is a static.
macro_rules! row {
    (@or $default:expr) => { $default };
    (@or $default:expr, $given:expr) => { $given };
    ($id:expr, $step:ident, $kind:ident, $path:literal, $label:literal, $help:literal,
     get: $get:expr, set: $set:expr,
     $(check: $check:expr,)? $(need: $need:expr,)? $(filter: $filter:expr, $allowed:literal,)?
     $(choices: $choices:expr,)?) => {
        FieldDef {
            id: $id,
            step: Step::$step,
            kind: FieldKind::$kind,
            path: $path,
            label: $label,
            help: $help,
            get: $get,
            set: $set,
            check: row!(@or no_check $(, $check)?),
            need: row!(@or required $(, $need)?),
            filter: row!(@or any_char $(, $filter)?),
            allowed: row!(@or "any text" $(, $allowed)?),
            choices: row!(@or no_choices $(, $choices)?),
        }
    };
}

macro_rules! yes_no_row {
    ($id:expr, $step:ident, $path:literal, $label:literal, $help:literal,
     $($section:ident).+, $(need: $need:expr)?) => {
        row!($id, $step, YesNo, $path, $label, $help,
            get: |s| yes_no(s.$($section).+),
            set: |s, t| { s.$($section).+ = parse_yes_no(t)?; Ok(()) },
            $(need: $need,)?)
    };
}

macro_rules! area_rows {
    ($($i:literal: $label:literal, $help:literal;)+) => {
        [$(
            row!(F::Area($i), Listing, Choice, "listing.solution_areas[].area", $label, $help,
                get: |s| get_area(s, $i),
                set: |s, t| set_area(s, $i, t),
                need: |s| need_area(s, $i),
                choices: areas,),
            row!(F::SubAreas($i), Listing, MultiChoice, "listing.solution_areas[].sub_areas",
                "  sub-areas",
                "1 or 2 sub-areas of the area above, comma-separated.",
                get: |s| get_sub_areas(s, $i),
                set: |s, t| set_sub_areas(s, $i, t),
                need: |s| need_sub_areas(s, $i),
                choices: |s| sub_area_choices(s, $i),),
        )+]
    };
}

macro_rules! doc_row {
    ($slot:ident, $step:ident, $path:literal, $label:literal, $help:literal, $(need: $need:expr)?) => {
        row!(F::Doc(DocSlot::$slot), $step, Path, $path, $label, $help,
            get: |s| get_doc(s, DocSlot::$slot),
            set: |s, t| set_doc(s, DocSlot::$slot, t),
            check: |s, p| check_doc(s, DocSlot::$slot, p),
            $(need: $need,)?)
    };
}

macro_rules! other_rows {
    ($($i:literal: $label:literal, $help:literal;)+) => {
        [$(
            row!(F::Other($i), Documents, Path, "documents.other[]", $label, $help,
                get: |s| get_other(s, $i),
                set: |s, t| set_other(s, $i, t),
                check: |s, p| check_other(s, $i, p),
                need: optional,),
        )+]
    };
}

use FieldId as F;

const OFFER: [FieldDef; 10] = [
    row!(F::OfferName, Offer, Text, "offer.name", "Offer name",
        "The offer's name as in Partner Center.",
        get: |s| s.offer.name.clone().unwrap_or_default(),
        set: |s, t| { check_offer_name(t.trim())?; s.offer.name = non_empty(t); Ok(()) },
        check: |s, _| match s.offer.name.as_deref().map(check_offer_name) {
            Some(Err(e)) => vec![("offer.name".into(), e)],
            _ => Vec::new(),
        },),
    row!(F::OfferType, Offer, Choice, "offer.offer_type", "Offer type",
        "Decides which rungs the offer can reach: Azure IP types can become incentivized, Dynamics 365 types can reach the Business Applications incentive.",
        get: |s| s.offer.offer_type.map(|t| t.id().to_string()).unwrap_or_default(),
        set: |s, t| { s.offer.offer_type = choose(offer_types(s), t, "offer type")?.and_then(|v| OfferType::parse(&v)); Ok(()) },
        choices: offer_types,),
    yes_no_row!(
        F::Live,
        Offer,
        "offer.live",
        "Live",
        "Is the offer published live on Azure Marketplace or AppSource?",
        offer.live,
    ),
    yes_no_row!(
        F::Transactable,
        Offer,
        "offer.transactable",
        "Transactable",
        "Is the offer sold through the marketplace? Then billed revenue counts toward the revenue threshold, and VMs and Azure Applications meet the Azure share by default.",
        offer.transactable,
    ),
    row!(F::MpnId, Offer, Text, "partner.mpn_id", "MPN ID",
        "Your Microsoft Partner Network ID: digits only.",
        get: |s| s.partner.mpn_id.clone().unwrap_or_default(),
        set: |s, t| { s.partner.mpn_id = non_empty(t); Ok(()) },
        check: |s, _| match s.partner.mpn_id.as_deref().map(validate::check_mpn_id) {
            Some(Err(e)) => vec![("partner.mpn_id".into(), e)],
            _ => Vec::new(),
        },
        filter: digits, "digits only",),
    yes_no_row!(
        F::AccountActive,
        Offer,
        "partner.marketplace_account_active",
        "Marketplace account",
        "Is your commercial marketplace account in Partner Center active?",
        partner.marketplace_account_active,
    ),
    yes_no_row!(
        F::ProfileComplete,
        Offer,
        "partner.business_profile_complete",
        "Business profile",
        "Is your Partner Center business profile complete?",
        partner.business_profile_complete,
    ),
    yes_no_row!(
        F::GoldCompetency,
        Offer,
        "partner.gold_competency",
        "Gold competency",
        "An active Gold competency in any area; services offers need it.",
        partner.gold_competency,
    ),
    yes_no_row!(
        F::Designation,
        Offer,
        "partner.solutions_partner_designation",
        "Solutions Partner designation",
        "At least one Solutions Partner designation in the Microsoft AI Cloud Partner Program; Consulting service offers need it.",
        partner.solutions_partner_designation,
    ),
    row!(F::IsvConnect, Offer, Choice, "partner.isv_connect", "ISV Connect",
        "ISV Connect registration tier; Dynamics 365 CE and F&O offers need it, Premium unlocks the Business Applications incentive.",
        get: |s| s.partner.isv_connect.map(|t| t.id().to_string()).unwrap_or_default(),
        set: |s, t| {
            let what = format!("{} tier", F::IsvConnect.label(s.rules));
            s.partner.isv_connect = choose(isv_tiers(s), t, &what)?.and_then(|v| IsvConnect::parse(&v));
            Ok(())
        },
        choices: isv_tiers,),
];

/// Asked only by editions whose table reads it; text only, it never changes a status.
const CERTIFIED: [FieldDef; 1] = [yes_no_row!(F::CertifiedSoftware, Offer,
    "partner.certified_software_designation", "Certified software",
    "Optional: a Solutions Partner with certified software designation (Azure or Security) or an Industry AI designation.",
    partner.certified_software_designation, need: optional)];

const LISTING: [FieldDef; 3] = [
    row!(F::Platforms, Listing, MultiChoice, "listing.microsoft_platforms", "Microsoft platforms",
        "One or more, comma-separated: Microsoft Azure, Microsoft Dynamics 365, Microsoft SQL Server, Office 365, Windows 10.",
        get: |s| s.listing.microsoft_platforms.join(", "),
        set: |s, t| { s.listing.microsoft_platforms = canonical_list(&Catalogue::for_edition(s.rules).microsoft_platforms, t); Ok(()) },
        choices: platforms,),
    row!(F::Segments, Listing, MultiChoice, "listing.segments", "Segments",
        "One or more: SMB (< 500 employees), Corporate (< 2,500), Enterprise (2,500+).",
        get: |s| s.listing.segments.join(", "),
        set: |s, t| { s.listing.segments = canonical_list(&Catalogue::for_edition(s.rules).segments, t); Ok(()) },
        choices: segments,),
    row!(F::SolutionType, Listing, Choice, "listing.solution_type", "Solution type",
        "Exactly one: Device, IP (application), Managed service or Service.",
        get: |s| s.listing.solution_type.map(|t| t.id().to_string()).unwrap_or_default(),
        set: |s, t| { s.listing.solution_type = choose(solution_types(s), t, "solution type")?.and_then(|v| SolutionType::parse(&v)); Ok(()) },
        choices: solution_types,),
];

const AREAS: [FieldDef; 10] = area_rows! {
    0: "Solution area 1", "The first solution area; the rules take 1 to 3.";
    1: "Solution area 2", "Optional; leave empty for none.";
    2: "Solution area 3", "Optional; leave empty for none.";
    3: "Solution area 4", "Optional; leave empty for none.";
    4: "Solution area 5", "Optional; leave empty for none.";
};

const DOCUMENTS: [FieldDef; 5] = [
    doc_row!(
        OnePager,
        Documents,
        "documents.one_pager",
        "One-pager",
        "Solution/offer one-pager: .pdf .docx .pptx …",
    ),
    doc_row!(
        PitchDeck,
        Documents,
        "documents.pitch_deck",
        "Pitch deck",
        "Solution/offer pitch deck, usually .pptx or .pdf.",
    ),
    doc_row!(CaseStudy, Documents, "documents.case_study", "Case study",
        "Optional customer case study.", need: optional),
    doc_row!(VerifiableCustomerWins, Documents, "documents.verifiable_customer_wins", "Customer wins",
        "Optional verifiable customer wins.", need: optional),
    doc_row!(ChannelPitchDeck, Documents, "documents.channel_pitch_deck", "Channel pitch deck",
        "Optional channel pitch deck.", need: optional),
];

const OTHERS: [FieldDef; 5] = other_rows! {
    0: "Other document 1", "Optional: up to 5 other documents or videos (.mp4).";
    1: "Other document 2", "Optional other document or video.";
    2: "Other document 3", "Optional other document or video.";
    3: "Other document 4", "Optional other document or video.";
    4: "Other document 5", "Optional other document or video.";
};

const REST: [FieldDef; 7] = [
    row!(F::LandingPage, Documents, Url, "documents.landing_page_url", "Landing page URL",
        "The product's landing page: http:// or https://.",
        get: |s| s.documents.landing_page_url.clone().unwrap_or_default(),
        set: |s, t| { s.documents.landing_page_url = non_empty(t); Ok(()) },
        check: |s, _| match s.documents.landing_page_url.as_deref().map(validate::check_url) {
            Some(Err(e)) => vec![("documents.landing_page_url".into(), e)],
            _ => Vec::new(),
        },
        need: optional,),
    row!(F::Markets, Contacts, Countries, "markets", "Markets",
        "Countries where the offer is co-sell eligible: ISO codes, comma-separated (US, CA, FR). Each needs a Partner sales contact.",
        get: |s| s.markets.join(", "),
        set: |s, t| { s.markets = geo::split_codes(t); Ok(()) },
        check: |s, _| check_markets(&s.markets),
        filter: |c| c.is_ascii_alphabetic() || matches!(c, ',' | ';' | ' '), "country codes such as US, CA",),
    row!(F::Contacts, Contacts, Contacts, "contacts", "Contacts",
        "One row per contact; every market needs a Partner sales contact (or one with OOO).",
        get: |s| match s.contacts.len() { 0 => String::new(), n => format!("{n} contact(s)") },
        set: |_, _| Err("contacts are edited in the contacts table".into()),),
    doc_row!(
        ReferenceArchitectureDiagram,
        Diagram,
        "documents.reference_architecture_diagram",
        "Diagram file",
        "The reference architecture diagram as PDF or PNG/JPEG; export Visio drawings first.",
    ),
    row!(F::AzureConsumed, Revenue, Money, "revenue.azure_consumed_revenue_usd", "Azure consumed 12 mo",
        "Organisation-level Azure consumed revenue, trailing 12 months, USD. $120,000.50 and 120 000 are fine.",
        get: |s| s.revenue.azure_consumed_revenue_usd.clone().unwrap_or_default(),
        set: |s, t| set_money(&mut s.revenue.azure_consumed_revenue_usd, t),
        check: |s, _| check_money("revenue.azure_consumed_revenue_usd", &s.revenue.azure_consumed_revenue_usd),
        filter: money_chars, "an amount: digits, $ , and .",),
    row!(F::MarketplaceBilled, Revenue, Money, "revenue.marketplace_billed_revenue_usd", "Marketplace billed",
        "The offer's marketplace billed revenue, USD; counts only for transactable offers.",
        get: |s| s.revenue.marketplace_billed_revenue_usd.clone().unwrap_or_default(),
        set: |s, t| set_money(&mut s.revenue.marketplace_billed_revenue_usd, t),
        check: |s, _| check_money("revenue.marketplace_billed_revenue_usd", &s.revenue.marketplace_billed_revenue_usd),
        need: optional,
        filter: money_chars, "an amount: digits, $ , and .",),
    row!(F::AzureShare, Revenue, Percent, "revenue.azure_infrastructure_percent", "Share on Azure %",
        "Share of the offer's infrastructure that runs on Azure, 0–100, at most 2 decimals; more than 50 is needed.",
        get: |s| s.revenue.azure_infrastructure_percent.as_ref().map(|n| n.to_string()).unwrap_or_default(),
        set: |s, t| {
            s.revenue.azure_infrastructure_percent =
                if t.trim().is_empty() { None } else { Some(validate::parse_percent_input(t)?) };
            Ok(())
        },
        check: |s, _| match s.revenue.azure_infrastructure_percent.as_ref().map(validate::parse_percent) {
            Some(Err(e)) => vec![("revenue.azure_infrastructure_percent".into(), e)],
            _ => Vec::new(),
        },
        filter: percent_chars, "a number from 0 to 100",),
];

/// A field that exists only in the library's own tests: it proves a new row reaches the wizard,
/// plain mode and the rules without other edits.
#[cfg(test)]
const TEST_ROWS: [FieldDef; 1] = [row!(F::Test, Offer, Text, "x-test", "Test field",
    "A field that exists only in tests.",
    get: |s| s.x_test.clone().unwrap_or_default(),
    set: |s, t| { s.x_test = non_empty(t); Ok(()) },
    check: |s, _| match s.x_test.as_deref() {
        Some(v) if v.contains("bad") => vec![("x-test".into(), format!("{v:?} is not accepted in tests"))],
        _ => Vec::new(),
    },
    need: optional,)];
#[cfg(not(test))]
const TEST_ROWS: [FieldDef; 0] = [];

/// Every field, in the order the wizard asks them.
pub static FIELDS: std::sync::LazyLock<Vec<FieldDef>> = std::sync::LazyLock::new(|| {
    let mut rows: Vec<FieldDef> = Vec::new();
    rows.extend(OFFER);
    rows.extend(TEST_ROWS);
    rows.extend(CERTIFIED);
    rows.extend(LISTING);
    rows.extend(AREAS);
    rows.extend(DOCUMENTS);
    rows.extend(OTHERS);
    rows.extend(REST);
    rows
});

fn check_markets(markets: &[String]) -> Vec<(String, String)> {
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
            out.push((format!("markets[{i}]"), reason));
        } else if m == geo::GLOBAL {
            out.push((
                format!("markets[{i}]"),
                "OOO is for contacts; list the market countries".into(),
            ));
        }
    }
    out
}

/// The fields of one step that the edition asks, in order.
pub fn fields_of(step: Step, sub: &Submission) -> impl Iterator<Item = &'static FieldDef> + '_ {
    FIELDS
        .iter()
        .filter(move |f| f.step == step && f.id.need(sub) != Need::Absent)
}

/// What differs between two versions of a draft, as field labels (contacts as counts): what a
/// user loses by taking the other version.
pub fn differences(mine: &Submission, theirs: &Submission, edition: Edition) -> Vec<String> {
    let mut out: Vec<String> = FIELDS
        .iter()
        .filter(|f| f.id != FieldId::Contacts && f.id.get(mine) != f.id.get(theirs))
        .map(|f| {
            let show = |v: String| match v.chars().count() {
                0 => "empty".to_string(),
                n if n > 40 => format!("{:?}…", v.chars().take(40).collect::<String>()),
                _ => format!("{v:?}"),
            };
            format!(
                "{}: {} here, {} in the file",
                f.id.label(edition).trim(),
                show(f.id.get(mine)),
                show(f.id.get(theirs))
            )
        })
        .collect();
    if mine.contacts != theirs.contacts {
        out.push(format!(
            "Contacts ({} here, {} in the file)",
            mine.contacts.len(),
            theirs.contacts.len()
        ));
    }
    if mine.rules != theirs.rules {
        out.push(format!(
            "Rules edition ({} here, {} in the file)",
            mine.rules, theirs.rules
        ));
    }
    out
}

impl FieldId {
    pub fn def(self) -> &'static FieldDef {
        FIELDS.iter().find(|f| f.id == self).unwrap_or(&FIELDS[0])
    }

    pub fn label(self, edition: Edition) -> &'static str {
        self.def().label(edition)
    }

    pub fn kind(self) -> FieldKind {
        self.def().kind
    }

    pub fn step(self) -> Step {
        self.def().step
    }

    /// The JSON path of the value (`revenue.azure_infrastructure_percent`), for the command line;
    /// `[]` stands for the row's index in lists.
    pub fn path(self) -> String {
        let index = match self {
            F::Area(i) | F::SubAreas(i) | F::Other(i) => Some(i),
            _ => None,
        };
        let p = self.def().path;
        match index {
            Some(i) => p.replace("[]", &format!("[{i}]")),
            None => p.to_string(),
        }
    }

    pub fn accepts_char(self, c: char) -> bool {
        (self.def().filter)(c)
    }

    pub fn allowed_chars(self) -> &'static str {
        self.def().allowed
    }

    /// Why typed or pasted characters were left out: `digits only: NW- removed`.
    pub fn removed_chars(self, removed: &str) -> String {
        format!("{}: {removed} removed", self.allowed_chars())
    }

    pub fn get(self, sub: &Submission) -> String {
        (self.def().get)(sub)
    }

    pub fn set(self, sub: &mut Submission, input: &str) -> Result<(), String> {
        (self.def().set)(sub, input)
    }

    /// Whether the draft's edition asks the field: the field table's own need, within what the
    /// edition's rows that read it say (absent where none does, not needed where none applies).
    pub fn need(self, sub: &Submission) -> Need {
        let own = (self.def().need)(sub);
        if own == Need::Absent {
            return own;
        }
        match crate::editions::field_need(sub, self) {
            None | Some(Need::Required) => own,
            Some(Need::Optional) if own == Need::Required => Need::Optional,
            Some(Need::Optional) => own,
            Some(other) => other,
        }
    }

    /// The choices of a Choice or MultiChoice field: (value to store, label to show).
    pub fn choices(self, sub: &Submission) -> Vec<(String, String)> {
        (self.def().choices)(sub)
    }

    /// The invalid values of this field as stored: what blocks Next and the export.
    pub fn check(self, sub: &Submission, probe: &dyn FileProbe) -> Vec<Problem> {
        (self.def().check)(sub, probe)
            .into_iter()
            .map(|(at, reason)| Problem {
                field: self,
                at,
                contact: None,
                reason,
            })
            .collect()
    }

    /// Checks typed text without storing it: `Err` when it cannot be stored, or when the rules
    /// would find the stored value invalid (the same check, so the two always agree).
    pub fn check_input(
        self,
        sub: &Submission,
        input: &str,
        probe: &dyn FileProbe,
    ) -> Result<(), String> {
        let mut trial = sub.clone();
        self.set(&mut trial, input)?;
        let problems: Vec<String> = self
            .check(&trial, probe)
            .into_iter()
            .map(|p| p.reason)
            .collect();
        if problems.is_empty() {
            Ok(())
        } else {
            Err(problems.join("; "))
        }
    }

    /// The value for display: labels instead of ids, money with separators.
    pub fn display(self, sub: &Submission) -> String {
        let raw = self.get(sub);
        if raw.is_empty() {
            return raw;
        }
        match self.kind() {
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
}

/// A role from its id, label, number in the list (1–4), the short form the contacts table shows
/// (`sales`, `technical sales`, `CSM`) or an unambiguous part of its label.
pub fn parse_role(t: &str) -> Option<Role> {
    if let Some(r) = Role::parse(t) {
        return Some(r);
    }
    let t = t.trim();
    if let Ok(n) = t.parse::<usize>() {
        return n.checked_sub(1).and_then(|i| Role::ALL.get(i)).copied();
    }
    let lower = t.to_lowercase();
    if lower.is_empty() {
        return None;
    }
    if let Some(r) = Role::ALL.iter().find(|r| {
        r.short().eq_ignore_ascii_case(&lower) || r.abbreviation().eq_ignore_ascii_case(&lower)
    }) {
        return Some(*r);
    }
    let mut hits = Role::ALL
        .iter()
        .filter(|r| r.label().to_lowercase().contains(&lower));
    match (hits.next(), hits.next()) {
        (Some(r), None) => Some(*r),
        _ => None,
    }
}

impl Problem {
    /// The problem as the wizard says it: the field's label instead of the JSON path.
    pub fn in_words(&self, edition: Edition) -> String {
        match self.contact {
            Some((row, col)) => format!("Contact {}, {}: {}", row + 1, col.label(), self.reason),
            None => format!("{}: {}", self.field.label(edition), self.reason),
        }
    }
}

impl ContactField {
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
            ContactField::Role => {
                "Partner sales, marketing, technical sales or customer success manager; Partner sales contacts are the ones that cover markets."
            }
            ContactField::Countries => {
                "ISO codes, comma-separated (US, CA), or OOO for all countries."
            }
            ContactField::States => "Optional: US-WA, CA-BC, AU-NSW … inside the countries above.",
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
        validate::contact_problems(c)
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
            (F::Designation, "no"),
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
        assert!(F::Live.set(&mut sub, "1").is_err(), "yes/no words only");
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
    fn editions_ask_their_own_fields() {
        let mut sub = Submission::new("X", Edition::E2021_02);
        let ids = |sub: &Submission, step| fields_of(step, sub).map(|f| f.id).collect::<Vec<_>>();
        assert!(ids(&sub, Step::Offer).contains(&F::GoldCompetency));
        assert!(!ids(&sub, Step::Offer).contains(&F::Designation));
        assert_eq!(
            ids(&sub, Step::Listing)
                .iter()
                .filter(|f| matches!(f, F::Area(_)))
                .count(),
            3
        );
        assert_eq!(F::MpnId.label(sub.rules), "MPN ID");
        sub.rules = Edition::E2023_08;
        assert!(!ids(&sub, Step::Offer).contains(&F::GoldCompetency));
        assert!(ids(&sub, Step::Offer).contains(&F::Designation));
        assert_eq!(
            ids(&sub, Step::Listing)
                .iter()
                .filter(|f| matches!(f, F::Area(_)))
                .count(),
            5
        );
        assert_eq!(F::MpnId.label(sub.rules), "Partner ID (formerly MPN ID)");
        assert_eq!(F::SubAreas(0).label(sub.rules).trim(), "sales plays");
        assert_eq!(
            F::Segments.need(&sub),
            Need::Absent,
            "not read since 2023-08"
        );
    }

    #[test]
    fn pasted_paths_lose_quotes_and_escapes_and_tilde_expands() {
        let home = std::env::var("HOME").unwrap_or_default();
        assert_eq!(
            typed_path("  \"/a b/c.pdf\" ").as_deref(),
            Some("/a b/c.pdf")
        );
        assert_eq!(typed_path("'/a b/c.pdf'").as_deref(), Some("/a b/c.pdf"));
        if cfg!(unix) {
            assert_eq!(
                typed_path("/a\\ b/c\\(1\\).pdf").as_deref(),
                Some("/a b/c(1).pdf")
            );
        }
        if !home.is_empty() {
            assert_eq!(typed_path("~/x.pdf"), Some(format!("{home}/x.pdf")));
        }
        let rel = typed_path("deck.pptx").unwrap();
        assert!(Path::new(&rel).is_absolute() && rel.ends_with("deck.pptx"));
        assert_eq!(typed_path("  "), None);
    }

    #[test]
    fn roles_accept_the_short_forms_of_the_table() {
        for (t, want) in [
            ("sales", Role::PartnerSales),
            ("Technical sales", Role::PartnerTechnicalSales),
            ("marketing", Role::PartnerMarketing),
            ("CSM", Role::PartnerCustomerSuccessManager),
            (
                "customer success manager",
                Role::PartnerCustomerSuccessManager,
            ),
            ("2", Role::PartnerSales),
            ("partner_sales", Role::PartnerSales),
        ] {
            assert_eq!(parse_role(t), Some(want), "{t}");
        }
        assert_eq!(parse_role("partner"), None, "ambiguous");
    }
}
