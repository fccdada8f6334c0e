//! Countries (ISO 3166-1 alpha-2 plus `OOO`) and states (ISO 3166-2, US/CA/AU only).

use rust_iso3166::iso3166_2;

/// Partner Center's code for "all countries" (Global contacts).
pub const GLOBAL: &str = "OOO";

/// Countries whose states/provinces Partner Center knows.
pub const COUNTRIES_WITH_STATES: [&str; 3] = ["US", "CA", "AU"];

/// Why a country or state code is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GeoError {
    #[error("{0:?} has blanks around it; write {1:?}")]
    Blanks(String, String),
    #[error("{0:?} is lower case; write {1:?}")]
    LowerCase(String, String),
    #[error(
        "{0:?} is not an ISO 3166-1 alpha-2 country code (e.g. US, NL) or OOO for all countries"
    )]
    UnknownCountry(String),
    #[error(
        "{0:?} is not a state/province code; write it as COUNTRY-STATE, e.g. US-WA, CA-BC, AU-NSW"
    )]
    NotAState(String),
    #[error("{0:?} is not a US, Canadian or Australian state/province code (ISO 3166-2)")]
    UnknownState(String),
}

/// Checks a stored country code exactly as written (the file keeps what the user typed).
pub fn check_country(code: &str) -> Result<(), GeoError> {
    let trimmed = code.trim();
    if trimmed != code {
        return Err(GeoError::Blanks(code.into(), trimmed.into()));
    }
    if trimmed == GLOBAL || rust_iso3166::from_alpha2(trimmed).is_some() {
        return Ok(());
    }
    let upper = trimmed.to_ascii_uppercase();
    if upper != trimmed && (upper == GLOBAL || rust_iso3166::from_alpha2(&upper).is_some()) {
        return Err(GeoError::LowerCase(code.into(), upper));
    }
    Err(GeoError::UnknownCountry(code.into()))
}

/// Checks a stored state code; returns its country code.
pub fn check_state(code: &str) -> Result<&'static str, GeoError> {
    let trimmed = code.trim();
    if trimmed != code {
        return Err(GeoError::Blanks(code.into(), trimmed.into()));
    }
    if !trimmed.contains('-') {
        return Err(GeoError::NotAState(code.into()));
    }
    match iso3166_2::from_code(trimmed) {
        Some(sub) if COUNTRIES_WITH_STATES.contains(&sub.country_code) => Ok(sub.country_code),
        Some(_) => Err(GeoError::UnknownState(code.into())),
        None => {
            let upper = trimmed.to_ascii_uppercase();
            match iso3166_2::from_code(&upper) {
                Some(sub) if COUNTRIES_WITH_STATES.contains(&sub.country_code) => {
                    Err(GeoError::LowerCase(code.into(), upper))
                }
                _ => Err(GeoError::UnknownState(code.into())),
            }
        }
    }
}

/// Normalises typed input ("us", " ca ") to the stored form; the result still needs checking.
pub fn normalise_code(s: &str) -> String {
    s.trim().to_ascii_uppercase()
}

/// Splits a typed list like `US, CA;fr` into normalised codes, dropping empty items.
pub fn split_codes(s: &str) -> Vec<String> {
    s.split([',', ';', ' '])
        .map(normalise_code)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The English name of a country code, or the code itself when unknown.
pub fn country_name(code: &str) -> &str {
    if code == GLOBAL {
        return "All countries";
    }
    rust_iso3166::from_alpha2(code)
        .map(|c| c.name)
        .unwrap_or(code)
}

/// Every ISO 3166-1 alpha-2 code, in ISO order.
pub fn all_countries() -> &'static [&'static str] {
    rust_iso3166::ALL_ALPHA2
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn countries() {
        let cases: &[(&str, bool)] = &[
            ("US", true),
            ("NL", true),
            ("OOO", true),
            ("ZZ", false),
            ("US ", false),
            ("us", false),
            ("", false),
            ("USA", false),
            ("ooo", false),
        ];
        for (code, ok) in cases {
            assert_eq!(check_country(code).is_ok(), *ok, "{code:?}");
        }
        assert!(matches!(check_country("us"), Err(GeoError::LowerCase(_, u)) if u == "US"));
        assert!(matches!(check_country("US "), Err(GeoError::Blanks(..))));
    }

    #[test]
    fn states() {
        assert_eq!(check_state("US-WA"), Ok("US"));
        assert_eq!(check_state("US-DC"), Ok("US"));
        assert_eq!(check_state("US-PR"), Ok("US"));
        assert_eq!(check_state("CA-BC"), Ok("CA"));
        assert_eq!(check_state("AU-NSW"), Ok("AU"));
        assert!(matches!(
            check_state("US-XX"),
            Err(GeoError::UnknownState(_))
        ));
        assert!(matches!(
            check_state("FR-75"),
            Err(GeoError::UnknownState(_))
        ));
        assert!(matches!(check_state("BE"), Err(GeoError::NotAState(_))));
        assert!(matches!(check_state("us-wa"), Err(GeoError::LowerCase(..))));
    }

    #[test]
    fn partner_center_state_counts() {
        let count = |cc: &str| {
            let country = rust_iso3166::from_alpha2(cc).unwrap();
            let subs = country.subdivisions().unwrap_or(&[]);
            subs.iter().filter(|s| check_state(s.code).is_ok()).count()
        };
        assert_eq!(count("US"), 57);
        assert_eq!(count("CA"), 13);
        assert_eq!(count("AU"), 8);
    }

    #[test]
    fn split() {
        assert_eq!(split_codes(" us, CA;fr "), vec!["US", "CA", "FR"]);
        assert!(split_codes(" , ").is_empty());
    }
}
