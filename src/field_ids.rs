//! Which field: the ids every layer names fields by (the status report, the edition tables, the
//! field table and the front ends). Ids only; what a field is lives in `fields`.

use crate::model::DocSlot;

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

    pub fn from_key(key: &str) -> Option<ContactField> {
        ContactField::ALL.into_iter().find(|c| c.key() == key)
    }
}
