//! The fixed choices of the file (offer type, ISV Connect tier, solution type, contact role):
//! each a JSON id with a label.

use serde::{Deserialize, Serialize};

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
