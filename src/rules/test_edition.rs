//! An edition that exists only in the library's own tests (`Edition::Test`, "2099-01"): one
//! table, and nothing else edited, must reach `--compare`, the pickers, plain mode, the kit and
//! the schema. Its words are marked so a test can find them.

use super::newest::E2025_09;
use super::{EditionRules, Ladder};
use crate::fields::FieldId as F;

fn fields(f: F) -> Option<(&'static str, &'static str)> {
    match f {
        F::Live => Some(("Live (test edition)", "")),
        _ => None,
    }
}

pub const TEST: EditionRules = EditionRules {
    edition: crate::model::Edition::Test,
    date: "2099-01-01",
    summary: "a test-only edition",
    labels: Ladder {
        not_ready: "Test: not ready",
        in_market: "Test: in market",
        co_sell_ready: "Test: co-sell ready",
        azure_ip: "Test: Azure IP",
        biz_apps: "Test: Business Applications",
    },
    fields,
    parent: Some(&E2025_09),
    ..E2025_09
};
