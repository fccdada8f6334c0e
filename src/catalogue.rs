//! The editable catalogue of listing choices (assets/catalogue.json). Values outside it are
//! accepted with a warning, never refused (spec §6).

use std::collections::BTreeMap;

use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Catalogue {
    pub microsoft_platforms: Vec<String>,
    pub segments: Vec<String>,
    pub solution_areas: BTreeMap<String, Vec<String>>,
}

const BUILT_IN: &str = include_str!("../assets/catalogue.json");

impl Catalogue {
    /// The catalogue compiled in from assets/, parsed once.
    pub fn built_in() -> &'static Catalogue {
        static CATALOGUE: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        CATALOGUE.get_or_init(|| {
            // The file is part of the build and checked by a test, so this cannot fail at run time.
            serde_json::from_str(BUILT_IN).expect("assets/catalogue.json is valid")
        })
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

    /// Warnings for listing values that are not in the catalogue.
    pub fn listing_warnings(&self, listing: &crate::model::Listing) -> Vec<String> {
        let mut out = Vec::new();
        let unknown = |list: &[String], v: &str| !list.iter().any(|x| x.eq_ignore_ascii_case(v));
        for p in &listing.microsoft_platforms {
            if unknown(&self.microsoft_platforms, p) {
                out.push(format!(
                    "platform {p:?} is not one of Partner Center's checkboxes"
                ));
            }
        }
        for s in &listing.segments {
            if unknown(&self.segments, s) {
                out.push(format!("segment {s:?} is not SMB, Corporate or Enterprise"));
            }
        }
        for a in &listing.solution_areas {
            match self.solution_areas.get(&a.area) {
                None => out.push(format!(
                    "solution area {:?} is not in the catalogue",
                    a.area
                )),
                Some(subs) => {
                    for s in &a.sub_areas {
                        if unknown(subs, s) {
                            out.push(format!(
                                "sub-area {s:?} is not in the catalogue for {:?}",
                                a.area
                            ));
                        }
                    }
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn built_in_parses_and_warns_outside() {
        let c = Catalogue::built_in();
        assert_eq!(c.microsoft_platforms.len(), 5);
        assert_eq!(c.area_names().len(), 3);
        let listing = crate::model::Listing {
            microsoft_platforms: vec!["Microsoft Azure".into(), "Azure".into()],
            segments: vec!["smb".into()],
            solution_type: None,
            solution_areas: vec![crate::model::SolutionArea {
                area: "Azure".into(),
                sub_areas: vec!["Blockchain".into(), "Quantum".into()],
            }],
        };
        let w = c.listing_warnings(&listing);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].contains("\"Azure\""));
        assert!(w[1].contains("Quantum"));
    }
}
