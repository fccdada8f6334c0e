//! The submission file of spec §7: serde types, shared by drafts and exports.
//!
//! `null` (or an absent key) means "not answered yet". Values that may be invalid while a draft is
//! being edited (emails, countries, money typed as text) are kept as the user wrote them, so a
//! half-finished draft always loads; `validate` and `rules` judge them.

pub mod geo;

use schemars::JsonSchema;
use serde::{Deserialize, Deserializer, Serialize};

use crate::rules::StatusReport;

/// Deserialises `null` (or an absent key, with `#[serde(default)]`) as the type's default.
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// A list of strings, `null` read as empty, trimmed to its length: serde grows lists to at least
/// four slots, and a contact's one or two country codes are read 100,000 times in a big draft.
fn string_list<'de, D>(d: D) -> Result<Vec<String>, D::Error>
where
    D: Deserializer<'de>,
{
    let mut v: Vec<String> = null_as_default(d)?;
    v.shrink_to_fit();
    Ok(v)
}

/// The only file format this version reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
pub enum Format {
    #[default]
    #[serde(rename = "cosell-submission/1")]
    V1,
}

/// The rule edition: which reading of Microsoft's rules the status is computed with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash, Serialize, Deserialize, JsonSchema)]
pub enum Edition {
    /// Microsoft's co-sell requirements of 2021-02-24 (seed 000).
    #[default]
    #[serde(rename = "2021-02")]
    E2021_02,
    /// The earlier rules of 2020-09-15 (seed 004): pitch deck optional, billed revenue always counts.
    #[serde(rename = "2020-09")]
    E2020_09,
}

impl Edition {
    pub const ALL: [Edition; 2] = [Edition::E2021_02, Edition::E2020_09];

    pub fn as_str(self) -> &'static str {
        match self {
            Edition::E2021_02 => "2021-02",
            Edition::E2020_09 => "2020-09",
        }
    }

    pub fn parse(s: &str) -> Option<Edition> {
        Edition::ALL.into_iter().find(|e| e.as_str() == s.trim())
    }
}

impl std::fmt::Display for Edition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Defines a string-valued enum with its JSON id and its Partner Center label in one place.
macro_rules! labelled_enum {
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $id:literal, $label:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in the submission file.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// The name Partner Center shows.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label,)+ }
            }

            /// Accepts the id or the label, ignoring case and surrounding blanks.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| v.id().eq_ignore_ascii_case(s) || v.label().eq_ignore_ascii_case(s))
            }
        }
    };
}

labelled_enum! {
    /// Offer types of spec §8.
    OfferType {
        Saas = "saas", "Software as a service";
        AzureApplication = "azure_application", "Azure Application";
        AzureContainer = "azure_container", "Azure Container";
        AzureVirtualMachine = "azure_virtual_machine", "Azure Virtual Machine";
        IotEdgeModule = "iot_edge_module", "IoT Edge module";
        ConsultingService = "consulting_service", "Consulting service";
        ManagedService = "managed_service", "Managed service";
        PowerBiApp = "power_bi_app", "Power BI app";
        Dynamics365CustomerEngagement = "dynamics_365_customer_engagement", "Dynamics 365 Customer Engagement & Power Apps";
        Dynamics365FinanceOperations = "dynamics_365_finance_operations", "Dynamics 365 Finance & Operations";
        Dynamics365BusinessCentral = "dynamics_365_business_central", "Dynamics 365 Business Central";
        Microsoft365App = "microsoft_365_app", "Microsoft 365 (Office add-in, Teams app, SharePoint)";
    }
}

impl OfferType {
    /// The five offer types that can reach Azure IP co-sell incentivized (spec §3).
    pub fn is_azure_ip(self) -> bool {
        matches!(
            self,
            OfferType::Saas
                | OfferType::AzureApplication
                | OfferType::AzureContainer
                | OfferType::AzureVirtualMachine
                | OfferType::IotEdgeModule
        )
    }

    /// Dynamics 365 / Power Apps offers that can reach the ISV Connect Premium rung (spec §4).
    pub fn is_biz_apps(self) -> bool {
        matches!(
            self,
            OfferType::Dynamics365CustomerEngagement
                | OfferType::Dynamics365FinanceOperations
                | OfferType::Dynamics365BusinessCentral
        )
    }

    /// Offers that need ISV Connect registration to be co-sell ready (CSR-ISV-CONNECT); not Business Central.
    pub fn needs_isv_connect(self) -> bool {
        matches!(
            self,
            OfferType::Dynamics365CustomerEngagement | OfferType::Dynamics365FinanceOperations
        )
    }
}

labelled_enum! {
    /// ISV Connect registration tier.
    IsvConnect {
        None = "none", "Not registered";
        Standard = "standard", "Standard";
        Premium = "premium", "Premium";
    }
}

labelled_enum! {
    /// The tab's solution type (exactly one).
    SolutionType {
        Device = "device", "Device (hardware)";
        Ip = "ip", "IP (application)";
        ManagedService = "managed_service", "Managed service";
        Service = "service", "Service";
    }
}

labelled_enum! {
    /// A contact's role; Partner Center's CSV holds the label.
    Role {
        PartnerMarketing = "partner_marketing", "Partner marketing";
        PartnerSales = "partner_sales", "Partner sales";
        PartnerTechnicalSales = "partner_technical_sales", "Partner technical sales";
        PartnerCustomerSuccessManager = "partner_customer_success_manager", "Partner customer success manager";
    }
}

/// The whole submission: a draft, or (with `exported_at` and `status`) an export.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    pub format: Format,
    #[serde(default)]
    pub rules: Edition,
    /// Set by `cosell export` (RFC 3339).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exported_at: Option<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub offer: Offer,
    #[serde(default, deserialize_with = "null_as_default")]
    pub partner: Partner,
    #[serde(default, deserialize_with = "null_as_default")]
    pub listing: Listing,
    #[serde(default, deserialize_with = "null_as_default")]
    pub markets: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub documents: Documents,
    #[serde(default, deserialize_with = "null_as_default")]
    pub contacts: Vec<Contact>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub revenue: Revenue,
    /// The evaluated status block; written by `cosell export`, recomputed whenever it is read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<StatusReport>,
    /// The wizard step the user was last on, so a resumed draft reopens there. Not exported.
    #[serde(
        rename = "x-last-step",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub x_last_step: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    #[serde(default)]
    pub name: Option<String>,
    #[serde(default)]
    pub offer_type: Option<OfferType>,
    #[serde(default)]
    pub live: Option<bool>,
    #[serde(default)]
    pub transactable: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Partner {
    #[serde(default)]
    pub mpn_id: Option<String>,
    #[serde(default)]
    pub marketplace_account_active: Option<bool>,
    #[serde(default)]
    pub business_profile_complete: Option<bool>,
    #[serde(default)]
    pub gold_competency: Option<bool>,
    #[serde(default)]
    pub isv_connect: Option<IsvConnect>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Listing {
    #[serde(default, deserialize_with = "null_as_default")]
    pub microsoft_platforms: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub segments: Vec<String>,
    #[serde(default)]
    pub solution_type: Option<SolutionType>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub solution_areas: Vec<SolutionArea>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SolutionArea {
    pub area: String,
    #[serde(default, deserialize_with = "null_as_default")]
    pub sub_areas: Vec<String>,
}

/// An uploaded document. `bytes`, `sha256` and `media_type` are filled in by an export.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bytes: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sha256: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub media_type: Option<String>,
}

impl Document {
    pub fn at(path: impl Into<String>) -> Document {
        Document {
            path: path.into(),
            ..Document::default()
        }
    }
}

/// The most "other documents or videos" Partner Center takes.
pub const MAX_OTHER_DOCUMENTS: usize = 5;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Documents {
    #[serde(default)]
    pub one_pager: Option<Document>,
    #[serde(default)]
    pub pitch_deck: Option<Document>,
    #[serde(default)]
    pub case_study: Option<Document>,
    #[serde(default)]
    pub verifiable_customer_wins: Option<Document>,
    #[serde(default)]
    pub channel_pitch_deck: Option<Document>,
    #[serde(default)]
    pub reference_architecture_diagram: Option<Document>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub other: Vec<Document>,
    #[serde(default)]
    pub landing_page_url: Option<String>,
}

/// The single-document slots, in the order of spec §6.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocSlot {
    OnePager,
    PitchDeck,
    CaseStudy,
    VerifiableCustomerWins,
    ChannelPitchDeck,
    ReferenceArchitectureDiagram,
}

impl DocSlot {
    pub const ALL: [DocSlot; 6] = [
        DocSlot::OnePager,
        DocSlot::PitchDeck,
        DocSlot::CaseStudy,
        DocSlot::VerifiableCustomerWins,
        DocSlot::ChannelPitchDeck,
        DocSlot::ReferenceArchitectureDiagram,
    ];

    /// The JSON key under `documents`.
    pub fn key(self) -> &'static str {
        match self {
            DocSlot::OnePager => "one_pager",
            DocSlot::PitchDeck => "pitch_deck",
            DocSlot::CaseStudy => "case_study",
            DocSlot::VerifiableCustomerWins => "verifiable_customer_wins",
            DocSlot::ChannelPitchDeck => "channel_pitch_deck",
            DocSlot::ReferenceArchitectureDiagram => "reference_architecture_diagram",
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            DocSlot::OnePager => "Solution one-pager",
            DocSlot::PitchDeck => "Solution pitch deck",
            DocSlot::CaseStudy => "Customer case study",
            DocSlot::VerifiableCustomerWins => "Verifiable customer wins",
            DocSlot::ChannelPitchDeck => "Channel pitch deck",
            DocSlot::ReferenceArchitectureDiagram => "Reference architecture diagram",
        }
    }
}

impl Documents {
    pub fn slot(&self, slot: DocSlot) -> &Option<Document> {
        match slot {
            DocSlot::OnePager => &self.one_pager,
            DocSlot::PitchDeck => &self.pitch_deck,
            DocSlot::CaseStudy => &self.case_study,
            DocSlot::VerifiableCustomerWins => &self.verifiable_customer_wins,
            DocSlot::ChannelPitchDeck => &self.channel_pitch_deck,
            DocSlot::ReferenceArchitectureDiagram => &self.reference_architecture_diagram,
        }
    }

    pub fn slot_mut(&mut self, slot: DocSlot) -> &mut Option<Document> {
        match slot {
            DocSlot::OnePager => &mut self.one_pager,
            DocSlot::PitchDeck => &mut self.pitch_deck,
            DocSlot::CaseStudy => &mut self.case_study,
            DocSlot::VerifiableCustomerWins => &mut self.verifiable_customer_wins,
            DocSlot::ChannelPitchDeck => &mut self.channel_pitch_deck,
            DocSlot::ReferenceArchitectureDiagram => &mut self.reference_architecture_diagram,
        }
    }

    /// Every document with its field path, e.g. `documents.other[2]`.
    pub fn all(&self) -> Vec<(String, &Document)> {
        let mut out: Vec<(String, &Document)> = DocSlot::ALL
            .iter()
            .filter_map(|s| {
                self.slot(*s)
                    .as_ref()
                    .map(|d| (format!("documents.{}", s.key()), d))
            })
            .collect();
        out.extend(
            self.other
                .iter()
                .enumerate()
                .map(|(i, d)| (format!("documents.other[{i}]"), d)),
        );
        out
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default)]
    pub name: String,
    #[serde(default)]
    pub email: String,
    #[serde(default)]
    pub job_title: String,
    #[serde(default)]
    pub role: Option<Role>,
    #[serde(default, deserialize_with = "string_list")]
    pub countries: Vec<String>,
    #[serde(default, deserialize_with = "string_list")]
    pub states: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Revenue {
    /// USD, exact decimal as a string ("120000.00").
    #[serde(default)]
    pub azure_consumed_revenue_usd: Option<String>,
    /// USD, exact decimal as a string.
    #[serde(default)]
    pub marketplace_billed_revenue_usd: Option<String>,
    /// A JSON number from 0 to 100.
    #[serde(default)]
    pub azure_infrastructure_percent: Option<serde_json::Number>,
}

impl Submission {
    /// A fresh draft for the given offer name.
    pub fn new(name: &str, rules: Edition) -> Submission {
        Submission {
            rules,
            offer: Offer {
                name: Some(name.to_string()).filter(|n| !n.trim().is_empty()),
                ..Offer::default()
            },
            ..Submission::default()
        }
    }

    /// The canonical text of the file: pretty JSON in field order with a trailing newline, so a
    /// load → save round trip is byte-stable and drafts diff well.
    pub fn to_pretty_json(&self) -> String {
        let mut s = serde_json::to_string_pretty(self).unwrap_or_else(|e| {
            // Serialising plain data structs cannot fail; keep a readable trace if it ever does.
            format!("{{\"error\": \"{e}\"}}")
        });
        s.push('\n');
        s
    }

    pub fn offer_name(&self) -> &str {
        self.offer
            .name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or("(unnamed offer)")
    }
}

/// Why a file could not be read as a submission.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {message} (line {line}, column {column})")]
pub struct ParseError {
    /// The JSON path of the offending value, e.g. `offer.offer_type`; `(top level)` for syntax errors.
    pub field: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

/// Parses a submission, naming the field and the position of the first problem.
pub fn parse_submission(text: &str) -> Result<Submission, ParseError> {
    let mut de = serde_json::Deserializer::from_str(text);
    let parsed = serde_path_to_error::deserialize(&mut de);
    finish(parsed, de.end()).map_err(|(e, _)| e)
}

/// Why a stream could not be read as a submission.
#[derive(Debug)]
pub enum ReadError {
    /// Reading failed (permissions, not UTF-8, a disk error).
    Io(std::io::Error),
    Parse(ParseError),
}

/// Parses a submission from a reader, without holding the whole text in memory.
pub fn parse_submission_from(reader: impl std::io::Read) -> Result<Submission, ReadError> {
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = serde_path_to_error::deserialize(&mut de);
    finish(parsed, de.end()).map_err(|(e, io)| match io {
        Some(io) => ReadError::Io(io),
        None => ReadError::Parse(e),
    })
}

type Finished = Result<Submission, (ParseError, Option<std::io::Error>)>;

/// Turns serde's result into ours; an I/O error is passed along for the caller to name.
fn finish(
    parsed: Result<Submission, serde_path_to_error::Error<serde_json::Error>>,
    end: Result<(), serde_json::Error>,
) -> Finished {
    let sub = parsed.map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        let error = ParseError {
            field: if path == "." || path.is_empty() {
                "(top level)".into()
            } else {
                path
            },
            message: clean_serde_message(&inner.to_string()),
            line: inner.line(),
            column: inner.column(),
        };
        (error, inner.io_error_kind().map(std::io::Error::from))
    })?;
    end.map_err(|e| {
        let error = ParseError {
            field: "(top level)".into(),
            message: "unexpected text after the JSON object".into(),
            line: e.line(),
            column: e.column(),
        };
        (error, None)
    })?;
    Ok(sub)
}

/// serde_json appends " at line X column Y"; we report the position separately.
fn clean_serde_message(msg: &str) -> String {
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}
