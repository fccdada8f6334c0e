//! Countries (ISO 3166-1 alpha-2 plus `OOO`) and states (ISO 3166-2, US/CA/AU only).

/// Partner Center's code for "all countries" (Global contacts).
pub const GLOBAL: &str = "OOO";

/// ISO 3166-1 codes that Partner Center's country list leaves out (it has the other 246).
pub const NOT_IN_PARTNER_CENTER: [&str; 3] = ["AI", "EH", "FK"];

/// A warning for a valid code Partner Center will not take (AI, EH, FK); accepted, never refused.
pub fn partner_center_warning(code: &str) -> Option<String> {
    NOT_IN_PARTNER_CENTER.contains(&code).then(|| {
        crate::t!(
            "model-country-not-in-partner-center",
            code = code,
            name = common_name(code)
        )
    })
}

/// Codes people type that are not ISO 3166-1 alpha-2, with the code they mean.
const COMMON_MISTAKES: [(&str, &str); 5] = [
    ("UK", "GB"),
    ("EN", "GB"),
    ("EL", "GR"),
    ("SP", "ES"),
    ("SW", "SE"),
];

/// The code someone probably meant: `UK` → `GB`, a three-letter code (`USA`) → `US`, a country
/// name or its start (`Netherlands`, `neth`) → `NL`.
pub fn did_you_mean(typed: &str) -> Option<&'static str> {
    let t = typed.trim();
    let upper = t.to_ascii_uppercase();
    if let Some((_, to)) = COMMON_MISTAKES.iter().find(|(from, _)| *from == upper) {
        return Some(to);
    }
    if upper.len() == 3
        && let Some(c) = rust_iso3166::from_alpha3(&upper)
    {
        return Some(c.alpha2);
    }
    if t.chars().count() >= 3 {
        let hits = search_countries(t);
        if let [one] = hits.as_slice() {
            return Some(one);
        }
    }
    None
}

/// Countries whose code is `query` or whose name contains it, ignoring case: the type-to-search
/// of the country pickers. Exact code first, then names that start with the query, then others.
pub fn search_countries(query: &str) -> Vec<&'static str> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return all_countries().to_vec();
    }
    let mut hits: Vec<(u8, &'static str)> = all_countries()
        .iter()
        .filter_map(|code| {
            let name = common_name(code).to_lowercase();
            let official = country_name(code).to_lowercase();
            let rank = if code.eq_ignore_ascii_case(&q) {
                0
            } else if name.starts_with(&q) || official.starts_with(&q) {
                1
            } else if name.contains(&q) || official.contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, *code))
        })
        .collect();
    hits.sort_by_key(|(rank, code)| (*rank, common_name(code)));
    hits.into_iter().map(|(_, c)| c).collect()
}

/// Countries whose states/provinces Partner Center knows.
pub const COUNTRIES_WITH_STATES: [&str; 3] = ["US", "CA", "AU"];

/// The ISO 3166-2 codes of those countries, sorted: Partner Center's 57 + 13 + 8. Kept here, and
/// checked against rust_iso3166 by a test, so the binary does not carry the subdivisions of every
/// country in the world (about 700 KB).
pub const STATES: [&str; 78] = [
    "AU-ACT", "AU-NSW", "AU-NT", "AU-QLD", "AU-SA", "AU-TAS", "AU-VIC", "AU-WA", "CA-AB", "CA-BC",
    "CA-MB", "CA-NB", "CA-NL", "CA-NS", "CA-NT", "CA-NU", "CA-ON", "CA-PE", "CA-QC", "CA-SK",
    "CA-YT", "US-AK", "US-AL", "US-AR", "US-AS", "US-AZ", "US-CA", "US-CO", "US-CT", "US-DC",
    "US-DE", "US-FL", "US-GA", "US-GU", "US-HI", "US-IA", "US-ID", "US-IL", "US-IN", "US-KS",
    "US-KY", "US-LA", "US-MA", "US-MD", "US-ME", "US-MI", "US-MN", "US-MO", "US-MP", "US-MS",
    "US-MT", "US-NC", "US-ND", "US-NE", "US-NH", "US-NJ", "US-NM", "US-NV", "US-NY", "US-OH",
    "US-OK", "US-OR", "US-PA", "US-PR", "US-RI", "US-SC", "US-SD", "US-TN", "US-TX", "US-UM",
    "US-UT", "US-VA", "US-VI", "US-VT", "US-WA", "US-WI", "US-WV", "US-WY",
];

/// Why a country or state code is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GeoError {
    Blanks(String, String),
    LowerCase(String, String),
    UnknownCountry(String),
    NotAState(String),
    UnknownState(String),
}

impl std::fmt::Display for GeoError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let q = |s: &String| format!("{s:?}");
        f.write_str(&match self {
            GeoError::Blanks(v, w) => crate::t!("model-code-blanks", value = q(v), fixed = q(w)),
            GeoError::LowerCase(v, w) => {
                crate::t!("model-code-lower-case", value = q(v), fixed = q(w))
            }
            GeoError::UnknownCountry(v) => crate::t!("model-unknown-country", value = q(v)),
            GeoError::NotAState(v) => crate::t!("model-not-a-state", value = q(v)),
            GeoError::UnknownState(v) => crate::t!("model-unknown-state", value = q(v)),
        })
    }
}

impl std::error::Error for GeoError {}

/// The slot of a two-letter upper-case code in a 26×26 table.
pub fn alpha2_index(code: &str) -> Option<usize> {
    match code.as_bytes() {
        [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
            Some(usize::from(a - b'A') * 26 + usize::from(b - b'A'))
        }
        _ => None,
    }
}

/// Whether `code` is an ISO 3166-1 alpha-2 code: a 26×26 table built once, because evaluating
/// 100,000 contacts checks 200,000 codes and a hash lookup each was a fifth of the time.
fn is_alpha2(code: &str) -> bool {
    static TABLE: std::sync::OnceLock<[bool; 676]> = std::sync::OnceLock::new();
    let table = TABLE.get_or_init(|| {
        let mut t = [false; 676];
        for i in rust_iso3166::ALL_ALPHA2
            .iter()
            .filter_map(|c| alpha2_index(c))
        {
            t[i] = true;
        }
        t
    });
    alpha2_index(code).is_some_and(|i| table[i])
}

/// Checks a stored country code exactly as written (the file keeps what the user typed).
pub fn check_country(code: &str) -> Result<(), GeoError> {
    if code == GLOBAL || is_alpha2(code) {
        return Ok(());
    }
    let trimmed = code.trim();
    if trimmed != code {
        return Err(GeoError::Blanks(code.into(), trimmed.into()));
    }
    let upper = trimmed.to_ascii_uppercase();
    if upper != trimmed && (upper == GLOBAL || is_alpha2(&upper)) {
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
    let find = |c: &str| STATES.binary_search(&c).ok().map(|i| &STATES[i][..2]);
    if let Some(country) = find(trimmed) {
        return Ok(country);
    }
    let upper = trimmed.to_ascii_uppercase();
    match find(&upper) {
        Some(_) => Err(GeoError::LowerCase(code.into(), upper)),
        None => Err(GeoError::UnknownState(code.into())),
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

/// The English name of a country code (ISO 3166's), or the code itself when unknown; `OOO` in
/// the reader's language.
pub fn country_name(code: &str) -> &str {
    if code == GLOBAL {
        return crate::model::fixed_words("model-all-countries", &[]);
    }
    rust_iso3166::from_alpha2(code)
        .map(|c| c.name)
        .unwrap_or(code)
}

/// The name people use, for the screens: ISO's long official names shortened where they read
/// badly (`United Kingdom`, not `United Kingdom of Great Britain and Northern Ireland`). The
/// status blocks keep [`country_name`], so they do not change.
pub fn common_name(code: &str) -> &str {
    match code {
        "GB" => "United Kingdom", // i18n-exempt: ISO 3166 names
        "US" => "United States",  // i18n-exempt: ISO 3166 names
        "NL" => "Netherlands",
        "KR" => "South Korea", // i18n-exempt: ISO 3166 names
        "KP" => "North Korea", // i18n-exempt: ISO 3166 names
        "BO" => "Bolivia",
        "VE" => "Venezuela",
        "TZ" => "Tanzania",
        "FM" => "Micronesia",
        "CD" => "Congo (DRC)", // i18n-exempt: ISO 3166 names
        "LA" => "Laos",
        "FK" => "Falkland Islands", // i18n-exempt: ISO 3166 names
        "UM" => "US Minor Outlying Islands", // i18n-exempt: ISO 3166 names
        "RU" => "Russia",
        "IR" => "Iran",
        "SY" => "Syria",
        "TW" => "Taiwan",
        "VN" => "Vietnam",
        "MD" => "Moldova",
        _ => country_name(code),
    }
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
    fn the_table_agrees_with_the_iso_list() {
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                let code = String::from_utf8(vec![a, b]).unwrap();
                assert_eq!(
                    is_alpha2(&code),
                    rust_iso3166::from_alpha2(&code).is_some(),
                    "{code}"
                );
            }
        }
        assert_eq!(all_countries().len(), 249);
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
    fn the_state_list_is_iso_3166_2() {
        assert!(
            STATES.windows(2).all(|w| w[0] < w[1]),
            "sorted for binary search"
        );
        for code in STATES {
            let sub = rust_iso3166::iso3166_2::from_code(code).unwrap_or_else(|| panic!("{code}"));
            assert_eq!(sub.country_code, &code[..2]);
        }
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
    fn suggestions_and_search() {
        assert_eq!(did_you_mean("UK"), Some("GB"));
        assert_eq!(did_you_mean("usa"), Some("US"));
        assert_eq!(did_you_mean("Netherlands"), Some("NL"));
        assert_eq!(did_you_mean("neth"), Some("NL"));
        assert_eq!(did_you_mean("ZZ"), None);
        assert_eq!(search_countries("neth")[0], "NL");
        assert_eq!(search_countries("de")[0], "DE", "the exact code first");
        assert!(search_countries("united").len() > 2);
        assert!(partner_center_warning("FK").unwrap().contains("Falkland"));
        assert!(partner_center_warning("US").is_none());
    }

    #[test]
    fn refusals_speak_the_readers_language_and_names_stay_iso() {
        let nl = crate::i18n::Lang::from_locale("nl").unwrap();
        let fr = crate::i18n::Lang::from_locale("fr").unwrap();
        let err = check_country("us").unwrap_err();
        assert_eq!(err.to_string(), "\"us\" is lower case; write \"US\"");
        assert_eq!(
            crate::i18n::with(nl, || err.to_string()),
            "\"us\" staat in kleine letters; schrijf \"US\""
        );
        assert!(crate::i18n::with(fr, || err.to_string()).contains("minuscules"));
        assert_eq!(
            crate::i18n::with(nl, || country_name(GLOBAL)),
            "Alle landen"
        );
        assert_eq!(
            crate::i18n::with(fr, || country_name(GLOBAL)),
            "Tous les pays"
        );
        assert_eq!(crate::i18n::with(fr, || common_name("NL")), "Netherlands");
    }

    #[test]
    fn split() {
        assert_eq!(split_codes(" us, CA;fr "), vec!["US", "CA", "FR"]);
        assert!(split_codes(" , ").is_empty());
    }
}
