//! The rule edition a submission is read and checked under.

use serde::{Deserialize, Serialize};

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
