//! Which Partner sales contacts cover which markets (CSR-CONTACTS, the status panel, the Contacts
//! screen). Linear in the number of (contact, country) pairs.

use std::collections::{HashMap, HashSet};

use crate::model::geo::{GLOBAL, alpha2_index};
use crate::model::{Contact, Role};

/// The covering contacts of one market.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MarketCoverage {
    pub market: String,
    /// Indices into the contacts list of `partner_sales` contacts naming the market itself.
    pub direct: Vec<usize>,
}

/// Every market with its covering contacts, plus the global (`OOO`) sales contacts that cover all.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Coverage {
    pub markets: Vec<MarketCoverage>,
    pub global: Vec<usize>,
}

impl Coverage {
    pub fn is_covered(&self, m: &MarketCoverage) -> bool {
        !m.direct.is_empty() || !self.global.is_empty()
    }

    pub fn uncovered(&self) -> impl Iterator<Item = &str> {
        self.markets
            .iter()
            .filter(|m| !self.is_covered(m))
            .map(|m| m.market.as_str())
    }
}

fn is_sales(c: &Contact) -> bool {
    c.role == Some(Role::PartnerSales)
}

pub fn coverage(markets: &[String], contacts: &[Contact]) -> Coverage {
    let wanted: HashSet<&str> = markets.iter().map(String::as_str).collect();
    let mut by_country: HashMap<&str, Vec<usize>> = HashMap::new();
    let mut global = Vec::new();
    for (i, c) in contacts.iter().enumerate().filter(|(_, c)| is_sales(c)) {
        for country in &c.countries {
            if country == GLOBAL {
                global.push(i);
            } else if wanted.contains(country.as_str()) {
                by_country.entry(country.as_str()).or_default().push(i);
            }
        }
    }
    global.dedup();
    let markets = markets
        .iter()
        .map(|m| MarketCoverage {
            market: m.clone(),
            direct: by_country.get(m.as_str()).cloned().unwrap_or_default(),
        })
        .collect();
    Coverage { markets, global }
}

/// Markets without a Partner sales contact; cheaper than [`coverage`] when only that is needed.
pub fn uncovered_markets<'a>(markets: &'a [String], contacts: &[Contact]) -> Vec<&'a str> {
    // Two-letter codes go in a flat table (this runs on every change, over every contact);
    // anything else, which is invalid anyway, in a set.
    let mut table = [false; 676];
    let mut other: HashSet<&str> = HashSet::new();
    for c in contacts.iter().filter(|c| is_sales(c)) {
        for country in &c.countries {
            if country == GLOBAL {
                return Vec::new();
            }
            match alpha2_index(country) {
                Some(i) => table[i] = true,
                None => {
                    other.insert(country.as_str());
                }
            }
        }
    }
    markets
        .iter()
        .map(String::as_str)
        .filter(|m| match alpha2_index(m) {
            Some(i) => !table[i],
            None => !other.contains(m),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn contact(role: Role, countries: &[&str]) -> Contact {
        Contact {
            role: Some(role),
            countries: countries.iter().map(|s| s.to_string()).collect(),
            ..Contact::default()
        }
    }

    fn markets(m: &[&str]) -> Vec<String> {
        m.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn cases() {
        let cases: &[(&[&str], Vec<Contact>, &[&str])] = &[
            (
                &["US", "CA"],
                vec![contact(Role::PartnerSales, &["US", "CA"])],
                &[],
            ),
            (
                &["US", "CA"],
                vec![contact(Role::PartnerSales, &["US"])],
                &["CA"],
            ),
            (
                &["US"],
                vec![contact(Role::PartnerMarketing, &["US"])],
                &["US"],
            ),
            (
                &["US", "FR"],
                vec![contact(Role::PartnerSales, &["OOO"])],
                &[],
            ),
            (
                &["US"],
                vec![contact(Role::PartnerTechnicalSales, &["OOO"])],
                &["US"],
            ),
            (
                &["US", "FR"],
                vec![
                    contact(Role::PartnerSales, &["US"]),
                    contact(Role::PartnerSales, &["FR"]),
                ],
                &[],
            ),
            (&["US"], vec![], &["US"]),
        ];
        for (m, contacts, want) in cases {
            let m = markets(m);
            assert_eq!(uncovered_markets(&m, contacts), *want, "{m:?} {contacts:?}");
            let cov = coverage(&m, contacts);
            assert_eq!(cov.uncovered().collect::<Vec<_>>(), *want);
        }
    }

    #[test]
    fn coverage_names_contacts() {
        let m = markets(&["US", "CA"]);
        let c = vec![
            contact(Role::PartnerSales, &["US"]),
            contact(Role::PartnerMarketing, &["CA"]),
            contact(Role::PartnerSales, &["US", "CA"]),
        ];
        let cov = coverage(&m, &c);
        assert_eq!(cov.markets[0].direct, vec![0, 2]);
        assert_eq!(cov.markets[1].direct, vec![2]);
        assert!(cov.global.is_empty());
    }
}
