//! Property tests: any valid submission survives save → load unchanged (and byte-stable), and any
//! valid contacts list survives CSV export → import unchanged.

use proptest::prelude::*;

use cosell::model::*;

fn country() -> impl Strategy<Value = String> {
    prop::sample::select(geo::all_countries().to_vec()).prop_map(String::from)
}

fn text() -> impl Strategy<Value = String> {
    // Printable text with inner blanks and punctuation, trimmed like every cell on import.
    "[A-Za-z0-9À-ÿ][A-Za-z0-9À-ÿ ,.'&\"()/-]{0,30}[A-Za-z0-9À-ÿ.)]".prop_map(|s| s)
}

fn email() -> impl Strategy<Value = String> {
    (
        "[a-z][a-z0-9._+-]{0,15}[a-z0-9]",
        "[a-z][a-z0-9-]{0,10}[a-z0-9]",
        "(com|example|nl|co\\.uk)",
    )
        .prop_filter("no double dots", |(l, _, _)| !l.contains(".."))
        .prop_map(|(l, d, t)| format!("{l}@{d}.{t}"))
}

fn contact() -> impl Strategy<Value = Contact> {
    (
        text(),
        email(),
        text(),
        prop::sample::select(Role::ALL.to_vec()),
        prop::collection::vec(country(), 1..4),
        prop::bool::ANY,
    )
        .prop_map(
            |(name, email, job_title, role, mut countries, with_state)| {
                countries.dedup();
                let states = if with_state {
                    countries.push("US".into());
                    vec!["US-WA".into()]
                } else {
                    vec![]
                };
                Contact {
                    name,
                    email,
                    job_title,
                    role: Some(role),
                    countries,
                    states,
                }
            },
        )
}

fn money() -> impl Strategy<Value = Option<String>> {
    prop::option::of(
        (0u64..10_000_000_000u64).prop_map(|cents| format!("{}.{:02}", cents / 100, cents % 100)),
    )
}

fn submission() -> impl Strategy<Value = Submission> {
    (
        (
            prop::option::of(text()),
            prop::option::of(prop::sample::select(OfferType::ALL.to_vec())),
            prop::option::of(prop::bool::ANY),
            prop::option::of("[0-9]{1,10}"),
            prop::option::of(prop::sample::select(IsvConnect::ALL.to_vec())),
        ),
        (
            prop::collection::vec(text(), 0..3),
            prop::option::of(prop::sample::select(SolutionType::ALL.to_vec())),
            prop::collection::vec((text(), prop::collection::vec(text(), 0..3)), 0..4),
            prop::collection::vec(country(), 0..6),
            prop::collection::vec(contact(), 0..6),
        ),
        (
            money(),
            money(),
            prop::option::of(0u32..=100),
            prop::option::of("/[a-z/]{1,20}\\.(pdf|png|pptx)"),
            prop::sample::select(Edition::ALL.to_vec()),
        ),
    )
        .prop_map(
            |(
                (name, offer_type, live, mpn, isv),
                (platforms, solution_type, areas, markets, contacts),
                (azure, billed, share, doc, rules),
            )| {
                let mut s = Submission::new("", rules);
                s.offer = Offer {
                    name,
                    offer_type,
                    live,
                    transactable: live.map(|b| !b),
                };
                s.partner = Partner {
                    mpn_id: mpn,
                    marketplace_account_active: live,
                    business_profile_complete: Some(true),
                    gold_competency: None,
                    isv_connect: isv,
                    solutions_partner_designation: live,
                    certified_software_designation: isv.map(|i| i == IsvConnect::Premium),
                };
                s.listing = Listing {
                    microsoft_platforms: platforms.clone(),
                    segments: platforms,
                    solution_type,
                    solution_areas: areas
                        .into_iter()
                        .map(|(area, sub_areas)| SolutionArea { area, sub_areas })
                        .collect(),
                };
                s.markets = markets;
                s.contacts = contacts.into();
                s.documents.one_pager = doc.clone().map(Document::at);
                s.documents.other = doc.into_iter().map(Document::at).collect();
                s.revenue = Revenue {
                    azure_consumed_revenue_usd: azure,
                    marketplace_billed_revenue_usd: billed,
                    azure_infrastructure_percent: share.map(Into::into),
                };
                s.x_last_step = Some("contacts".into());
                s
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn save_then_load_is_identical_and_byte_stable(sub in submission()) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("d.json");
        cosell::store::save(&path, &sub).unwrap();
        let first = std::fs::read(&path).unwrap();
        let loaded = cosell::store::load(&path).unwrap();
        prop_assert_eq!(&loaded, &sub);
        cosell::store::save(&path, &loaded).unwrap();
        prop_assert_eq!(std::fs::read(&path).unwrap(), first);
    }

    #[test]
    fn contacts_export_then_import_is_identical(contacts in prop::collection::vec(contact(), 1..20)) {
        let csv = cosell::contacts_csv::export(&contacts);
        let imported = cosell::contacts_csv::import(csv.as_bytes());
        prop_assert!(imported.is_ok(), "{:?}\n{}", imported.err(), csv);
        prop_assert_eq!(imported.unwrap().contacts, contacts);
    }

    #[test]
    fn typed_money_normalises_to_what_it_means(cents in 0u64..100_000_000_000u64) {
        let stored = format!("{}.{:02}", cents / 100, cents % 100);
        let shown = cosell::validate::display_money(cosell::validate::parse_money(&stored).unwrap());
        let back = cosell::validate::parse_money_input(&shown).unwrap();
        prop_assert_eq!(cosell::validate::format_money(back), stored);
    }

    #[test]
    fn arbitrary_text_never_panics_the_parsers(s in "\\PC{0,40}") {
        let _ = cosell::validate::parse_money_input(&s);
        let _ = cosell::validate::parse_money(&s);
        let _ = cosell::validate::check_email(&s);
        let _ = cosell::model::geo::check_country(&s);
        let _ = cosell::model::geo::check_state(&s);
        let _ = cosell::model::parse_submission(&s);
        let _ = cosell::contacts_csv::import(s.as_bytes());
    }
}
