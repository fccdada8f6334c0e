//! The coverage map, as data: where each market is and how it is marked. The wizard draws it on
//! a ratatui canvas (`tui::widgets::coverage_map`), the kit page as inline SVG (`kit_page`);
//! this module knows neither.

pub mod centroids;

/// The countries as one SVG path in the kit page's projection (x = longitude, y = −latitude):
/// Natural Earth's 1:110m countries (public domain) at one degree, made by
/// assets/world_outline.py.
pub const WORLD_OUTLINE: &str = include_str!("world.txt");

use crate::coverage::Coverage;
use crate::model::geo::NOT_IN_PARTNER_CENTER;

/// How a market is marked on the map.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Mark {
    /// Some Partner sales contact covers it.
    Covered,
    /// Partner Center will not take it (AI, EH, FK), covered or not.
    Warned,
    /// No Partner sales contact covers it.
    Uncovered,
}

impl Mark {
    /// In the order a legend lists them.
    pub const ALL: [Mark; 3] = [Mark::Covered, Mark::Uncovered, Mark::Warned];

    /// The legend's words.
    pub fn words(self) -> String {
        crate::t!(match self {
            Mark::Covered => "kit-mark-covered",
            Mark::Uncovered => "kit-mark-uncovered",
            Mark::Warned => "kit-mark-warned",
        })
    }

    /// The class of the mark in the kit page.
    pub fn id(self) -> &'static str {
        match self {
            Mark::Covered => "covered",
            Mark::Uncovered => "uncovered",
            Mark::Warned => "warned",
        }
    }
}

/// One market on the map.
#[derive(Debug, Clone, PartialEq)]
pub struct Pin {
    pub code: String,
    pub mark: Mark,
    /// Degrees east.
    pub lon: f32,
    /// Degrees north.
    pub lat: f32,
}

/// Where a country is drawn: (longitude, latitude) in degrees, for every ISO 3166-1 alpha-2
/// code cosell accepts; None for anything else (`OOO`, an invalid code).
pub fn position(code: &str) -> Option<(f32, f32)> {
    centroids::POSITIONS
        .binary_search_by(|(c, _, _)| (*c).cmp(code))
        .ok()
        .map(|i| (centroids::POSITIONS[i].1, centroids::POSITIONS[i].2))
}

/// The markets of a coverage as pins, the ones that need attention last so they are drawn on
/// top. Markets with no position (invalid codes) are left out: the list still shows them.
pub fn pins(cov: &Coverage) -> Vec<Pin> {
    let mut out: Vec<Pin> = cov
        .markets
        .iter()
        .filter_map(|m| {
            let (lon, lat) = position(&m.market)?;
            let mark = if NOT_IN_PARTNER_CENTER.contains(&m.market.as_str()) {
                Mark::Warned
            } else if cov.is_covered(m) {
                Mark::Covered
            } else {
                Mark::Uncovered
            };
            Some(Pin {
                code: m.market.clone(),
                mark,
                lon,
                lat,
            })
        })
        .collect();
    out.sort_by_key(|p| p.mark);
    out
}

/// How many pins have each mark, in [`Mark::ALL`] order.
pub fn counts(pins: &[Pin]) -> [usize; 3] {
    Mark::ALL.map(|m| pins.iter().filter(|p| p.mark == m).count())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coverage::coverage;
    use crate::model::geo::all_countries;
    use crate::model::{Contact, Role};

    #[test]
    fn every_accepted_code_has_a_position_and_nothing_else_does() {
        for code in all_countries() {
            let (lon, lat) = position(code).unwrap_or_else(|| panic!("{code} has no position"));
            assert!((-180.0..=180.0).contains(&lon), "{code} {lon}");
            assert!((-90.0..=90.0).contains(&lat), "{code} {lat}");
        }
        assert_eq!(centroids::POSITIONS.len(), all_countries().len());
        for code in ["OOO", "ZZ", "", "us", "USA"] {
            assert_eq!(position(code), None, "{code:?}");
        }
        // Sorted, so the binary search finds every row.
        assert!(centroids::POSITIONS.windows(2).all(|w| w[0].0 < w[1].0));
    }

    #[test]
    fn positions_are_where_the_countries_are() {
        // A few countries' rough boxes (lon range, lat range): a swapped column or a sign
        // error in the table lands outside.
        let cases = [
            ("US", (-125.0, -66.0), (24.0, 50.0)),
            ("NL", (3.0, 8.0), (50.0, 54.0)),
            ("AU", (112.0, 154.0), (-44.0, -10.0)),
            ("BR", (-74.0, -34.0), (-34.0, 6.0)),
            ("JP", (128.0, 146.0), (30.0, 46.0)),
            ("FK", (-62.0, -57.0), (-53.0, -50.0)),
            ("RE", (55.0, 56.0), (-22.0, -20.0)),
            ("NZ", (165.0, 179.0), (-48.0, -34.0)),
        ];
        for (code, (w, e), (s, n)) in cases {
            let (lon, lat) = position(code).unwrap_or_default();
            assert!(
                lon >= w && lon <= e && lat >= s && lat <= n,
                "{code}: {lon},{lat}"
            );
        }
    }

    #[test]
    fn the_outline_is_one_path_in_the_projection() {
        let d = WORLD_OUTLINE.trim();
        assert!(d.starts_with('M') && d.ends_with('z'));
        assert!(d.matches('M').count() > 100, "the countries' rings");
        assert!(
            d.chars().all(|c| c.is_ascii_digit() || " -Mlz".contains(c)),
            "only moves, relative lines and closes"
        );
        // Absolute starts lie inside the map.
        for ring in d.split('M').skip(1) {
            let mut xy = ring.split(['l', ' ']).take(2).map(|n| n.parse::<i32>());
            let (Some(Ok(x)), Some(Ok(y))) = (xy.next(), xy.next()) else {
                panic!("{ring:.40}")
            };
            assert!(
                (-180..=180).contains(&x) && (-90..=90).contains(&y),
                "{x} {y}"
            );
        }
    }

    #[test]
    fn pins_say_covered_uncovered_or_warned() {
        let sales = |countries: &[&str]| Contact {
            role: Some(Role::PartnerSales),
            countries: countries.iter().map(|s| s.to_string()).collect(),
            ..Contact::default()
        };
        let markets: Vec<String> = ["US", "FK", "DE", "ZZ", "AI"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let cov = coverage(&markets, &[sales(&["US", "FK"])]);
        let all = pins(&cov);
        let got: Vec<(&str, Mark)> = all.iter().map(|p| (p.code.as_str(), p.mark)).collect();
        assert_eq!(
            got,
            [
                ("US", Mark::Covered),
                ("FK", Mark::Warned),
                ("AI", Mark::Warned),
                ("DE", Mark::Uncovered),
            ],
            "ZZ has no place on the map; the ones to look at are drawn last"
        );
        assert_eq!(counts(&all), [1, 1, 2]);
        let global = coverage(&markets, &[sales(&["OOO"])]);
        assert!(pins(&global).iter().all(|p| p.mark != Mark::Uncovered));
    }
}
