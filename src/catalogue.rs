//! The editable catalogue of listing choices (assets/catalogue.json), one per rules edition.
//! Values outside it are accepted with a warning, never refused (spec §6, §10).

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::model::Edition;

#[derive(Debug, Clone, Deserialize)]
pub struct Catalogue {
    pub microsoft_platforms: Vec<String>,
    pub segments: Vec<String>,
    pub solution_areas: BTreeMap<String, Vec<String>>,
}

#[derive(Deserialize)]
struct File {
    seeds: Catalogue,
    #[serde(rename = "2023-08")]
    e2023_08: Catalogue,
}

const BUILT_IN: &str = include_str!("../assets/catalogue.json");

fn file() -> &'static File {
    static FILE: std::sync::OnceLock<File> = std::sync::OnceLock::new();
    FILE.get_or_init(|| {
        // The file is part of the build and checked by a test, so this cannot fail at run time.
        serde_json::from_str(BUILT_IN).expect("assets/catalogue.json is valid")
    })
}

impl Catalogue {
    /// The catalogue of an edition, compiled in from assets/ and parsed once.
    pub fn for_edition(edition: Edition) -> &'static Catalogue {
        match edition {
            Edition::E2023_08 => &file().e2023_08,
            Edition::E2020_09 | Edition::E2021_02 => &file().seeds,
        }
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
