//! The attached documents: one document, the slots of the documents step, and the list of them.

use serde::{Deserialize, Serialize};

use super::de::{Stale, capped_list};
use super::fixed_words;

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
