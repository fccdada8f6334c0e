//! The editable catalogue of listing choices (assets/catalogue.json), one per rules edition.
//! Values outside it are accepted with a warning, never refused (spec §6, §10).

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Catalogue {
    pub microsoft_platforms: Vec<String>,
    pub segments: Vec<String>,
    pub solution_areas: BTreeMap<String, Vec<String>>,
}

/// The file: a comment and one catalogue per key an edition's table names.
#[derive(Deserialize)]
struct File {
    #[serde(rename = "_comment", default)]
    _comment: String,
    #[serde(flatten)]
    catalogues: BTreeMap<String, Catalogue>,
}

const BUILT_IN: &str = include_str!("../assets/catalogue.json");

fn file() -> &'static File {
    static FILE: std::sync::OnceLock<File> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        // The file is part of the build and checked by a test, so this cannot fail at run time.
        serde_json::from_str(BUILT_IN).expect("assets/catalogue.json is valid")
    })
}

/// What an edition whose key is missing from the file offers: nothing (every value is accepted
/// with a warning). A test checks every edition's key is there.
static EMPTY: Catalogue = Catalogue {
    microsoft_platforms: Vec::new(),
    segments: Vec::new(),
    solution_areas: BTreeMap::new(),
};

impl Catalogue {
    /// The catalogue of an edition whose key is missing from the file (a test fails first).
    pub fn empty() -> &'static Catalogue {
        &EMPTY
    }

    /// A catalogue of the file by its key.
    pub fn named(key: &str) -> Option<&'static Catalogue> {
        file().catalogues.get(key)
    }

    pub fn area_names(&self) -> Vec<&str> {
        self.solution_areas.keys().map(String::as_str).collect()
    }

    pub fn sub_areas(&self, area: &str) -> &[String] {
        self.solution_areas
            .get(area)
            .map(Vec::as_slice)
            .unwrap_or(&[])
    }

    /// Whether `v` is in `list`, ignoring case.
    pub fn has(list: &[String], v: &str) -> bool {
        list.iter().any(|x| x.eq_ignore_ascii_case(v))
    }
}

/// Whether Partner Center has a checkbox for `value` (from the edition's catalogue); if not,
/// what to do instead: the checklist never tells anyone to tick a box that is not there.
pub fn checkbox(boxes: &[String], value: &str) -> Result<(), String> {
    if boxes.is_empty() || Catalogue::has(boxes, value) {
        return Ok(());
    }
    Err(crate::t!("field-not-a-checkbox", boxes = boxes.join(", ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Edition;

    #[test]
    fn every_edition_has_its_catalogue() {
        for e in Edition::ALL {
            let key = crate::rules::rules_of(*e).catalogue;
            assert!(
                Catalogue::named(key).is_some(),
                "{e}: no {key:?} in the file"
            );
        }
    }

    #[test]
    fn built_in_parses_per_edition() {
        let c = Catalogue::for_edition(Edition::E2021_02);
        assert_eq!(c.microsoft_platforms.len(), 5);
        assert_eq!(c.area_names().len(), 3);
        assert!(std::ptr::eq(c, Catalogue::for_edition(Edition::E2020_09)));
        let c = Catalogue::for_edition(Edition::E2023_08);
        assert_eq!(
            c.area_names(),
            ["AI Business Solutions", "Cloud and AI Platform", "Security"]
        );
        assert!(Catalogue::has(
            c.sub_areas("Cloud and AI Platform"),
            "innovate with azure"
        ));
        assert!(c.segments.is_empty(), "segments are not asked in 2023-08");
    }

    #[test]
    fn fy26_has_three_areas_and_seventeen_plays() {
        let c = Catalogue::for_edition(Edition::E2025_09);
        assert_eq!(
            c.area_names(),
            [
                "AI Business Solutions",
                "Cloud and AI Platforms",
                "Security"
            ]
        );
        let plays: usize = c.solution_areas.values().map(Vec::len).sum();
        assert_eq!(plays, 17);
        assert!(Catalogue::has(
            c.sub_areas("Security"),
            "protect cloud ai platform and apps"
        ));
        assert!(c.segments.is_empty());
    }
}
