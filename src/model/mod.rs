//! The submission file of spec §7: serde types, shared by drafts and exports.
//!
//! `null` (or an absent key) means "not answered yet". Values that may be invalid while a draft is
//! being edited (emails, countries, money typed as text) are kept as the user wrote them, so a
//! half-finished draft always loads; `validate` and `rules` judge them.

mod choices;
pub mod contacts;
mod de;
mod documents;
mod edition;
pub mod geo;
mod parse;

use serde::{Deserialize, Serialize};

use crate::i18n::Arg;
use de::{capped_list, null_as_default};

pub use choices::{IsvConnect, OfferType, Role, SolutionType};
pub use contacts::{Contacts, MAX_CONTACTS};
pub use de::{Format, MAX_LIST_ITEMS, Stale};
pub use documents::{DocSlot, Document, Documents, MAX_OTHER_DOCUMENTS};
pub use edition::Edition;
pub use parse::{ParseError, ReadError, parse_submission, parse_submission_from};

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
