//! Deterministic large fixtures, generated in the benchmark rather than committed.
#![allow(dead_code)]

use cosell::model::*;

/// Every ISO country code (249): the "250 markets" of the benchmarks.
pub fn markets() -> Vec<String> {
    geo::all_countries().iter().map(|c| c.to_string()).collect()
}

/// `n` valid contacts spread over all markets; every fourth one is a Partner sales contact.
pub fn contacts(n: usize) -> Vec<Contact> {
    let m = markets();
    let roles = [
        Role::PartnerSales,
        Role::PartnerMarketing,
        Role::PartnerTechnicalSales,
        Role::PartnerCustomerSuccessManager,
    ];
    (0..n)
        .map(|i| Contact {
            name: format!("Contact {i:06}"),
            email: format!("contact{i:06}@contoso.example"),
            job_title: "Account executive".into(),
            role: Some(roles[i % 4]),
            countries: vec![m[i % m.len()].clone(), m[(i * 7 + 3) % m.len()].clone()],
            states: if m[i % m.len()] == "US" {
                vec!["US-WA".into()]
            } else {
                vec![]
            },
        })
        .collect()
}

pub fn submission(n_contacts: usize) -> Submission {
    let mut s = Submission::new("Contoso Insights", Edition::E2021_02);
    s.offer.offer_type = Some(OfferType::Saas);
    s.offer.live = Some(true);
    s.offer.transactable = Some(true);
    s.partner.mpn_id = Some("4567890".into());
    s.partner.marketplace_account_active = Some(true);
    s.partner.business_profile_complete = Some(true);
    s.listing.microsoft_platforms = vec!["Microsoft Azure".into()];
    s.listing.segments = vec!["Enterprise".into()];
    s.listing.solution_type = Some(SolutionType::Ip);
    s.listing.solution_areas = vec![SolutionArea {
        area: "Azure".into(),
        sub_areas: vec!["Analytics".into()],
    }];
    s.markets = markets();
    s.contacts = contacts(n_contacts);
    s.revenue.azure_consumed_revenue_usd = Some("120000.00".into());
    s.revenue.azure_infrastructure_percent = Some(80.into());
    s
}

pub fn contacts_csv(n: usize) -> String {
    cosell::contacts_csv::export(&contacts(n))
}
