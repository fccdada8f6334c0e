//! Which field: the ids every layer names fields by (the status report, the edition tables, the
//! field table and the front ends). Ids only; what a field is lives in `fields`.

use crate::model::DocSlot;
#[cfg(test)]
use crate::model::MAX_OTHER_DOCUMENTS;

/// The most solution areas of any edition: the rows of the field table.
pub const MAX_AREAS: usize = 5;

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
    Designation,
    IsvConnect,
    CertifiedSoftware,
    Platforms,
    Segments,
    SolutionType,
    Area(u8),
    SubAreas(u8),
    Doc(DocSlot),
    Other(u8),
    LandingPage,
    Markets,
    Contacts,
    AzureConsumed,
    MarketplaceBilled,
    AzureShare,
    #[cfg(test)]
    Test,
}

impl FieldId {
    /// Every field id, one of each variant and every index that has a row: the match has no
    /// wildcard, so a new variant does not compile until it is listed here and given a row
    /// (`fields::tests::every_field_id_has_one_row`).
    #[cfg(test)]
    #[rustfmt::skip]
    pub(crate) fn every() -> Vec<FieldId> {
        use FieldId as F;
        let listed = |f: FieldId| match f {
            F::OfferName | F::OfferType | F::Live | F::Transactable | F::MpnId | F::AccountActive
            | F::ProfileComplete | F::GoldCompetency | F::Designation | F::IsvConnect
            | F::CertifiedSoftware | F::Platforms | F::Segments | F::SolutionType | F::Area(_)
            | F::SubAreas(_) | F::Doc(_) | F::Other(_) | F::LandingPage | F::Markets
            | F::Contacts | F::AzureConsumed | F::MarketplaceBilled | F::AzureShare | F::Test => f,
        };
        let mut ids = vec![
            F::OfferName, F::OfferType, F::Live, F::Transactable, F::MpnId, F::AccountActive,
            F::ProfileComplete, F::GoldCompetency, F::Designation, F::IsvConnect,
            F::CertifiedSoftware, F::Platforms, F::Segments, F::SolutionType, F::LandingPage,
            F::Markets, F::Contacts, F::AzureConsumed, F::MarketplaceBilled, F::AzureShare,
            F::Test,
        ];
        for i in 0..MAX_AREAS as u8 {
            ids.extend([F::Area(i), F::SubAreas(i)]);
        }
        for i in 0..MAX_OTHER_DOCUMENTS as u8 {
            ids.push(F::Other(i));
        }
        ids.extend(DocSlot::ALL.iter().map(|s| F::Doc(*s)));
        ids.into_iter().map(listed).collect()
    }
}

/// The columns of a contact row, shared by the contact form, the plain prompts and the CSV.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
}
