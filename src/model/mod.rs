//! The submission file of spec §7: serde types, shared by drafts and exports.
//!
//! `null` (or an absent key) means "not answered yet". Values that may be invalid while a draft is
//! being edited (emails, countries, money typed as text) are kept as the user wrote them, so a
//! half-finished draft always loads; `validate` and `rules` judge them.

pub mod contacts;
pub mod geo;

use serde::{Deserialize, Deserializer, Serialize};

use crate::i18n::Arg;

pub use contacts::{Contacts, MAX_CONTACTS};

/// A message of the catalogue that names something fixed (a field's label, a step's title, a
/// choice's label) as a `&'static str`, so the tables keep handing out plain string slices. Each
/// text is kept once per language the first time it is asked for: the set of such texts is
/// finite (fields × editions × languages), and never holds anything a user typed.
pub fn fixed_words(key: &str, args: &[(&str, Arg<'_>)]) -> &'static str {
    use std::collections::HashSet;
    use std::sync::{Mutex, OnceLock};
    static KEPT: OnceLock<Mutex<HashSet<&'static str>>> = OnceLock::new();
    let text = crate::i18n::tr(key, args);
    let mut kept = KEPT
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner);
    if let Some(k) = kept.get(text.as_str()) {
        return k;
    }
    let k: &'static str = Box::leak(text.into_boxed_str());
    kept.insert(k);
    k
}

/// Deserialises `null` (or an absent key, with `#[serde(default)]`) as the type's default.
fn null_as_default<'de, D, T>(d: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Default + Deserialize<'de>,
{
    Ok(Option::<T>::deserialize(d)?.unwrap_or_default())
}

/// The most items any list of the file may hold (markets, codes of one contact, platforms, …):
/// far above any real submission (there are 249 countries), low enough that a hostile file cannot
/// make cosell allocate much.
pub const MAX_LIST_ITEMS: usize = 1_000;

/// A list of at most [`MAX_LIST_ITEMS`] items, `null` read as empty, trimmed to its length: serde
/// grows lists to at least four slots, and a contact's one or two country codes are read 100,000
/// times in a big draft.
pub(crate) fn capped_list<'de, D, T>(d: D) -> Result<Vec<T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct Capped<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for Capped<T> {
        type Value = Vec<T>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str(&crate::t!("model-list-expected", max = MAX_LIST_ITEMS))
        }
        fn visit_unit<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_none<E>(self) -> Result<Vec<T>, E> {
            Ok(Vec::new())
        }
        fn visit_some<D2: Deserializer<'de>>(self, d: D2) -> Result<Vec<T>, D2::Error> {
            d.deserialize_seq(self)
        }
        fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<T>, A::Error> {
            let mut v = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(16));
            while let Some(item) = seq.next_element()? {
                if v.len() == MAX_LIST_ITEMS {
                    return Err(serde::de::Error::custom(crate::t!(
                        "model-list-too-long",
                        max = MAX_LIST_ITEMS
                    )));
                }
                v.push(item);
            }
            v.shrink_to_fit();
            Ok(v)
        }
    }
    d.deserialize_option(Capped(std::marker::PhantomData))
}

/// A key an export carries (`exported_at`, `status`, a document's fingerprints) that a draft
/// must not keep: it is accepted on load, remembered as present, and never written back, so a
/// stale status can never survive an edit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stale;

impl<'de> Deserialize<'de> for Stale {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Stale, D::Error> {
        serde::de::IgnoredAny::deserialize(d).map(|_| Stale)
    }
}

#[cfg(feature = "schema")]
impl schemars::JsonSchema for Stale {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Stale".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!(true)
    }
}

/// The only file format this version reads and writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Format {
    #[default]
    #[serde(rename = "cosell-submission/1")]
    V1,
}

impl<'de> Deserialize<'de> for Format {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Format, D::Error> {
        let s = String::deserialize(d)?;
        if s == "cosell-submission/1" {
            return Ok(Format::V1);
        }
        let newer = s
            .strip_prefix("cosell-submission/")
            .and_then(|v| v.parse::<u32>().ok())
            .is_some_and(|v| v > 1);
        let value = format!("{s:?}");
        Err(serde::de::Error::custom(if newer {
            crate::t!("model-format-newer", value = value)
        } else {
            crate::t!("model-format-unknown", value = value)
        }))
    }
}

/// The rule edition: which reading of Microsoft's rules the status is computed with. A file
/// without `rules` is read as 2021-02 (files written before editions existed). Everything an
/// edition says (labels, rows, limits, catalogue, wording) is its table in `rules`; this enum is
/// only its name in the file.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Default, Hash, Serialize, Deserialize,
)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
pub enum Edition {
    /// The earlier rules of 2020-09-15 (seed 004): pitch deck optional, billed revenue always counts.
    #[serde(rename = "2020-09")]
    E2020_09,
    /// Microsoft's co-sell requirements of 2021-02-24 (seed 000).
    #[default]
    #[serde(rename = "2021-02")]
    E2021_02,
    /// Partner Center docs of 2023-07/08: Referrals → Co-sell → Solutions, an "In market" rung,
    /// Solutions Partner designations, transactable IP offers.
    #[serde(rename = "2023-08")]
    E2023_08,
    /// 2023-08 with Microsoft Marketplace, ISV Success, organisation-level billed sales and the
    /// FY26 catalogue (spec §12).
    #[serde(rename = "2025-09")]
    E2025_09,
    /// An edition that exists only in the library's own tests: it shows that one new table
    /// reaches every front end with no other edit.
    #[cfg(test)]
    #[serde(rename = "2099-01")]
    Test,
}

impl Edition {
    /// Oldest first: the order of `status --compare`, and the list every front end offers.
    #[cfg(not(test))]
    pub const ALL: &'static [Edition] = &[
        Edition::E2020_09,
        Edition::E2021_02,
        Edition::E2023_08,
        Edition::E2025_09,
    ];
    #[cfg(test)]
    pub const ALL: &'static [Edition] = &[
        Edition::E2020_09,
        Edition::E2021_02,
        Edition::E2023_08,
        Edition::E2025_09,
        Edition::Test,
    ];

    /// What new drafts use: the rules a partner meets in Partner Center today.
    pub const NEWEST: Edition = Edition::E2025_09;

    pub fn as_str(self) -> &'static str {
        match self {
            Edition::E2020_09 => "2020-09",
            Edition::E2021_02 => "2021-02",
            Edition::E2023_08 => "2023-08",
            Edition::E2025_09 => "2025-09",
            #[cfg(test)]
            Edition::Test => "2099-01",
        }
    }

    pub fn parse(s: &str) -> Option<Edition> {
        Edition::ALL
            .iter()
            .copied()
            .find(|e| e.as_str() == s.trim())
    }

    /// Every edition's name, newest first, for messages: `2025-09, 2023-08, 2021-02 or 2020-09`.
    pub fn names() -> String {
        let names: Vec<&str> = Edition::ALL.iter().rev().map(|e| e.as_str()).collect();
        match names.split_last() {
            Some((last, rest)) if !rest.is_empty() => {
                crate::t!("model-one-of", list = rest.join(", "), last = *last)
            }
            _ => names.join(""),
        }
    }
}

impl std::fmt::Display for Edition {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// Defines a string-valued enum with its JSON id and its label in one place: the label is the
/// catalogue's `<prefix><id>` in the reader's language, or (roles, whose names are data in
/// Partner Center's CSV) a fixed text.
macro_rules! labelled_enum {
    ($(#[$m:meta])* $name:ident ($prefix:literal) { $($(#[$vm:meta])* $variant:ident = $id:literal;)+ }) => {
        labelled_enum!(@enum $(#[$m])* $name { $($(#[$vm])* $variant = $id;)+ });

        impl $name {
            /// The name Partner Center shows, in the reader's language.
            pub fn label(self) -> &'static str {
                crate::model::fixed_words(&format!("{}{}", $prefix, self.id()), &[])
            }

            /// Accepts the id, the label, or the English label, ignoring case and surrounding
            /// blanks.
            pub fn parse(s: &str) -> Option<$name> {
                let s = s.trim();
                Self::ALL.iter().copied().find(|v| {
                    v.id().eq_ignore_ascii_case(s)
                        || v.label().eq_ignore_ascii_case(s)
                        || crate::i18n::with(crate::i18n::Lang::EN, || v.label()).eq_ignore_ascii_case(s)
                })
            }
        }
    };
    ($(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $id:literal, $label:literal;)+ }) => {
        labelled_enum!(@enum $(#[$m])* $name { $($(#[$vm])* $variant = $id;)+ });

        impl $name {
            /// The name Partner Center shows (and its CSV holds), the same in every language.
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
    (@enum $(#[$m:meta])* $name:ident { $($(#[$vm:meta])* $variant:ident = $id:literal;)+ }) => {
        $(#[$m])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
        pub enum $name {
            $($(#[$vm])* #[serde(rename = $id)] $variant,)+
        }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The id used in the submission file.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }
        }
    };
}

labelled_enum! {
    /// Offer types of spec §8.
    OfferType ("model-offer-type-") {
        Saas = "saas";
        AzureApplication = "azure_application";
        AzureContainer = "azure_container";
        AzureVirtualMachine = "azure_virtual_machine";
        IotEdgeModule = "iot_edge_module";
        ConsultingService = "consulting_service";
        ManagedService = "managed_service";
        PowerBiApp = "power_bi_app";
        Dynamics365CustomerEngagement = "dynamics_365_customer_engagement";
        Dynamics365FinanceOperations = "dynamics_365_finance_operations";
        Dynamics365BusinessCentral = "dynamics_365_business_central";
        Microsoft365App = "microsoft_365_app";
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
    IsvConnect ("model-isv-tier-") {
        None = "none";
        Standard = "standard";
        Premium = "premium";
    }
}

labelled_enum! {
    /// The tab's solution type (exactly one).
    SolutionType ("model-solution-type-") {
        Device = "device";
        Ip = "ip";
        ManagedService = "managed_service";
        Service = "service";
    }
}

labelled_enum! {
    // The labels are data: Partner Center's CSV holds them, in English whatever the language.
    /// A contact's role; Partner Center's CSV holds the label.
    Role {
        // i18n-exempt: role names of Partner Center's CSV template (data)
        PartnerMarketing = "partner_marketing", "Partner marketing";
        // i18n-exempt: role names of Partner Center's CSV template (data)
        PartnerSales = "partner_sales", "Partner sales";
        // i18n-exempt: role names of Partner Center's CSV template (data)
        PartnerTechnicalSales = "partner_technical_sales", "Partner technical sales";
        // i18n-exempt: role names of Partner Center's CSV template (data)
        PartnerCustomerSuccessManager = "partner_customer_success_manager", "Partner customer success manager";
    }
}

impl Role {
    /// The label without "Partner ", as the contacts table shows it (`sales`).
    pub fn short(self) -> &'static str {
        self.label().trim_start_matches("Partner ")
    }

    /// A common abbreviation, where there is one (`CSM`).
    pub fn abbreviation(self) -> &'static str {
        match self {
            Role::PartnerCustomerSuccessManager => "CSM",
            _ => "",
        }
    }
}

/// The whole submission, as a draft. An export (spec §7) has the same fields plus `exported_at`,
/// `status` and document fingerprints; those are accepted when an export is opened, and dropped
/// on the next save, so a stale status never survives an edit (see `export::ExportFile` for the
/// written form).
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Submission {
    pub format: Format,
    #[serde(default)]
    pub rules: Edition,
    /// Present in exports; never written to a draft.
    #[serde(default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub exported_at: Option<Stale>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub offer: Offer,
    #[serde(default, deserialize_with = "null_as_default")]
    pub partner: Partner,
    #[serde(default, deserialize_with = "null_as_default")]
    pub listing: Listing,
    #[serde(default, deserialize_with = "capped_list")]
    pub markets: Vec<String>,
    #[serde(default, deserialize_with = "null_as_default")]
    pub documents: Documents,
    #[serde(default)]
    pub contacts: Contacts,
    #[serde(default, deserialize_with = "null_as_default")]
    pub revenue: Revenue,
    /// The status block of an export; never written to a draft (it is recomputed whenever read).
    #[serde(default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub status: Option<Stale>,
    /// The wizard step the user was last on, so a resumed draft reopens there. Not exported.
    #[serde(
        rename = "x-last-step",
        default,
        skip_serializing_if = "Option::is_none"
    )]
    pub x_last_step: Option<String>,
    /// A test-only field, so a test can show that one new row in the field table reaches every
    /// front end and the rules without other edits.
    #[cfg(test)]
    #[serde(rename = "x-test", default, skip_serializing_if = "Option::is_none")]
    pub x_test: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Partner {
    /// The MPN ID; Partner Center calls it "Partner ID (formerly MPN ID)" since 2023.
    #[serde(default)]
    pub mpn_id: Option<String>,
    #[serde(default)]
    pub marketplace_account_active: Option<bool>,
    #[serde(default)]
    pub business_profile_complete: Option<bool>,
    /// Read by CSR-GOLD (editions 2020-09 and 2021-02).
    #[serde(default)]
    pub gold_competency: Option<bool>,
    #[serde(default)]
    pub isv_connect: Option<IsvConnect>,
    /// At least one Solutions Partner designation (Microsoft AI Cloud Partner Program); read by
    /// CSR-DESIGNATION (edition 2023-08). Files written before it existed load it as `null`.
    #[serde(default)]
    pub solutions_partner_designation: Option<bool>,
    /// A Solutions Partner with certified software designation (Azure or Security) or an Industry
    /// AI designation (edition 2025-09). Text only: it changes what the benefits say, never a
    /// status. Files without it load it as `null`; it is written only once answered, so older
    /// drafts stay byte for byte.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub certified_software_designation: Option<bool>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Listing {
    #[serde(default, deserialize_with = "capped_list")]
    pub microsoft_platforms: Vec<String>,
    #[serde(default, deserialize_with = "capped_list")]
    pub segments: Vec<String>,
    #[serde(default)]
    pub solution_type: Option<SolutionType>,
    #[serde(default, deserialize_with = "capped_list")]
    pub solution_areas: Vec<SolutionArea>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct SolutionArea {
    pub area: String,
    /// Sub-areas in the seeds' editions, sales plays in 2023-08.
    #[serde(default, deserialize_with = "capped_list")]
    pub sub_areas: Vec<String>,
}

/// An attached document. A relative path is relative to the folder of the draft file. An export
/// adds `bytes`, `sha256` and `media_type`; a draft opened from an export drops them on save,
/// because they describe the file as it was then.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Document {
    pub path: String,
    #[serde(default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub bytes: Option<Stale>,
    #[serde(default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub sha256: Option<Stale>,
    #[serde(default, skip_serializing)]
    #[cfg_attr(feature = "schema", schemars(skip))]
    pub media_type: Option<Stale>,
}

impl Document {
    pub fn at(path: impl Into<String>) -> Document {
        Document {
            path: path.into(),
            ..Document::default()
        }
    }

    /// Whether the document came from an export (it carries fingerprints).
    pub fn has_fingerprint(&self) -> bool {
        self.bytes.is_some() || self.sha256.is_some() || self.media_type.is_some()
    }
}

/// The most "other documents or videos" Partner Center takes.
pub const MAX_OTHER_DOCUMENTS: usize = 5;

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    #[serde(default, deserialize_with = "capped_list")]
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

    /// The document's name in the reader's language.
    pub fn label(self) -> &'static str {
        fixed_words(&format!("model-doc-{}", self.key()), &[])
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

    /// Every document, mutable, slots first then the others.
    pub fn all_mut(&mut self) -> impl Iterator<Item = &mut Document> {
        [
            &mut self.one_pager,
            &mut self.pitch_deck,
            &mut self.case_study,
            &mut self.verifiable_customer_wins,
            &mut self.channel_pitch_deck,
            &mut self.reference_architecture_diagram,
        ]
        .into_iter()
        .flatten()
        .chain(self.other.iter_mut())
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
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
    #[serde(default, deserialize_with = "capped_list")]
    pub countries: Vec<String>,
    #[serde(default, deserialize_with = "capped_list")]
    pub states: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "schema", derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Revenue {
    /// USD, exact decimal as a string ("120000.00").
    #[serde(default)]
    pub azure_consumed_revenue_usd: Option<String>,
    /// USD, exact decimal as a string.
    #[serde(default)]
    pub marketplace_billed_revenue_usd: Option<String>,
    /// A JSON number from 0 to 100 with at most two decimals, kept exactly as written (serde_json
    /// reads numbers with arbitrary precision, so `50.0000000000000000001` is not rounded to 50).
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

    /// Whether the file this came from was an export (it carried a status block, a time stamp or
    /// document fingerprints); saving it as a draft drops them.
    pub fn was_export(&self) -> bool {
        self.exported_at.is_some()
            || self.status.is_some()
            || self
                .documents
                .all()
                .iter()
                .any(|(_, d)| d.has_fingerprint())
    }

    /// Drops what only an export may carry (see [`Submission::was_export`]).
    pub fn forget_export(&mut self) {
        self.exported_at = None;
        self.status = None;
        for doc in self.documents.all_mut() {
            doc.bytes = None;
            doc.sha256 = None;
            doc.media_type = None;
        }
    }

    pub fn offer_name(&self) -> &str {
        self.offer
            .name
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .unwrap_or_else(|| fixed_words("model-unnamed-offer", &[]))
    }
}

/// Why a file could not be read as a submission.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseError {
    /// The JSON path of the offending value, e.g. `offer.offer_type`; `(top level)` for syntax errors.
    pub field: String,
    pub message: String,
    pub line: usize,
    pub column: usize,
}

impl std::fmt::Display for ParseError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&crate::t!(
            "model-parse-error",
            field = self.field.as_str(),
            message = self.message.as_str(),
            line = self.line,
            column = self.column
        ))
    }
}

impl std::error::Error for ParseError {}

/// Parses a submission, naming the field and the position of the first problem.
pub fn parse_submission(text: &str) -> Result<Submission, ParseError> {
    // Editors on Windows may save a byte-order mark; JSON has no use for it.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
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
    let mut reader = std::io::BufReader::new(reader);
    skip_bom(&mut reader).map_err(ReadError::Io)?;
    let mut de = serde_json::Deserializer::from_reader(reader);
    let parsed = serde_path_to_error::deserialize(&mut de);
    finish(parsed, de.end()).map_err(|(e, io)| match io {
        Some(io) => ReadError::Io(io),
        None => ReadError::Parse(e),
    })
}

/// Skips a UTF-8 byte-order mark at the start of a buffered reader.
fn skip_bom(r: &mut impl std::io::BufRead) -> std::io::Result<()> {
    let head = r.fill_buf()?;
    // i18n-exempt: the bytes of a byte-order mark, not words
    if head.starts_with(b"\xef\xbb\xbf") {
        r.consume(3);
    }
    Ok(())
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
                crate::t!("model-top-level")
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
            field: crate::t!("model-top-level"),
            message: crate::t!("model-text-after-json"),
            line: e.line(),
            column: e.column(),
        };
        (error, None)
    })?;
    Ok(sub)
}

/// serde_json appends " at line X column Y"; we report the position separately.
fn clean_serde_message(msg: &str) -> String {
    // i18n-exempt: serde_json's own words, found to cut them off
    match msg.rfind(" at line ") {
        Some(i) => msg[..i].to_string(),
        None => msg.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    #[test]
    fn labels_speak_the_readers_language_and_ids_do_not() {
        let nl = Lang::from_locale("nl").unwrap();
        let fr = Lang::from_locale("fr").unwrap();
        assert_eq!(OfferType::Saas.label(), "Software as a service");
        assert_eq!(
            i18n::with(fr, || OfferType::AzureVirtualMachine.label()),
            "Machine virtuelle Azure"
        );
        assert_eq!(
            i18n::with(nl, || IsvConnect::None.label()),
            "Niet geregistreerd"
        );
        assert_eq!(
            i18n::with(nl, || Role::PartnerSales.label()),
            "Partner sales",
            "role names are Partner Center's CSV data"
        );
        for lang in Lang::all() {
            i18n::with(lang, || {
                assert_eq!(
                    OfferType::parse("Software as a service"),
                    Some(OfferType::Saas)
                );
                assert_eq!(
                    OfferType::parse(OfferType::ManagedService.label()),
                    Some(OfferType::ManagedService)
                );
                assert_eq!(SolutionType::parse("ip"), Some(SolutionType::Ip));
                assert!(!DocSlot::PitchDeck.label().is_empty());
            });
        }
        let sub = Submission::new("X", Edition::E2025_09);
        assert_eq!(
            sub.to_pretty_json(),
            i18n::with(fr, || sub.to_pretty_json()),
            "the file is the same in every language"
        );
        assert_eq!(
            i18n::with(nl, || Submission::default().offer_name().to_string()),
            "(aanbieding zonder naam)"
        );
        let err = parse_submission("[]").unwrap_err();
        assert_eq!(err.field, "(top level)");
        assert!(i18n::with(fr, || err.to_string()).contains("(ligne 1, colonne"));
    }
}
