//! The co-sell rules against tables of cases: every requirement id, every offer type, the
//! boundaries of spec §3, both editions. Documents go through a fake probe: no disk.

mod common;

use cosell::model::*;
use cosell::rules::{benefits, evaluate_with};
use cosell::status::{BenefitId, RequirementId as R, RequirementState::*, Status};
use cosell::validate::{FileFacts, FileProbe};

/// Any path containing "bad" fails the check; anything else is a 1 KB PDF.
struct FakeProbe;
impl FileProbe for FakeProbe {
    fn probe(&self, path: &str) -> Result<FileFacts, String> {
        if path.contains("bad") {
            Err(format!("{path} is named .pdf but it looks like image/png"))
        } else {
            Ok(FileFacts {
                bytes: 1024,
                media_type: "application/pdf",
            })
        }
    }
}

/// A SaaS offer that meets every requirement of every rung it can reach.
fn ready_saas() -> Submission {
    common::ready_submission("/x")
}

fn num(s: &str) -> serde_json::Number {
    s.parse().unwrap()
}

type Mutate = fn(&mut Submission);

struct Case {
    name: &'static str,
    edit: Mutate,
    edition: Edition,
    status: Status,
    expect: &'static [(R, cosell::status::RequirementState)],
}

const E21: Edition = Edition::E2021_02;
const E20: Edition = Edition::E2020_09;

#[rustfmt::skip]
const CASES: &[Case] = &[
    Case { name: "baseline", edit: |_| {}, edition: E21, status: Status::AzureIpCoSellIncentivized,
           expect: &[(R::CsrAccount, Met), (R::CsrGold, NotApplicable), (R::CsrIsvConnect, NotApplicable), (R::BizPremium, NotApplicable)] },
    // CSR-ACCOUNT
    Case { name: "no mpn", edit: |s| s.partner.mpn_id = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrAccount, Unmet)] },
    Case { name: "mpn letters", edit: |s| s.partner.mpn_id = Some("45A".into()), edition: E21, status: Status::NotReady, expect: &[(R::CsrAccount, Unmet)] },
    Case { name: "account inactive", edit: |s| s.partner.marketplace_account_active = Some(false), edition: E21, status: Status::NotReady, expect: &[(R::CsrAccount, Unmet)] },
    // CSR-PROFILE
    Case { name: "profile incomplete", edit: |s| s.partner.business_profile_complete = Some(false), edition: E21, status: Status::NotReady, expect: &[(R::CsrProfile, Unmet)] },
    Case { name: "profile unanswered", edit: |s| s.partner.business_profile_complete = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrProfile, Unmet)] },
    // CSR-LISTING
    Case { name: "no platform", edit: |s| s.listing.microsoft_platforms.clear(), edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "no segment", edit: |s| s.listing.segments.clear(), edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "no solution type", edit: |s| s.listing.solution_type = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "no areas", edit: |s| s.listing.solution_areas.clear(), edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "3 areas ok", edit: |s| { let a = s.listing.solution_areas[0].clone(); s.listing.solution_areas = vec![a.clone(), a.clone(), a]; }, edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrListing, Met)] },
    Case { name: "4 areas", edit: |s| { let a = s.listing.solution_areas[0].clone(); s.listing.solution_areas = vec![a.clone(), a.clone(), a.clone(), a]; }, edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "2 sub-areas ok", edit: |s| s.listing.solution_areas[0].sub_areas.push("Blockchain".into()), edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrListing, Met)] },
    Case { name: "3 sub-areas", edit: |s| s.listing.solution_areas[0].sub_areas.extend(["Blockchain".into(), "IoT".into()]), edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "0 sub-areas", edit: |s| s.listing.solution_areas[0].sub_areas.clear(), edition: E21, status: Status::NotReady, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "free-text platform is a warning, not a refusal", edit: |s| s.listing.microsoft_platforms = vec!["Azure".into()], edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrListing, Met)] },
    // CSR-ONE-PAGER
    Case { name: "no one-pager", edit: |s| s.documents.one_pager = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrOnePager, Unmet)] },
    Case { name: "bad one-pager", edit: |s| s.documents.one_pager = Some(Document::at("/x/bad.pdf")), edition: E21, status: Status::NotReady, expect: &[(R::CsrOnePager, Unmet)] },
    // CSR-PITCH-DECK and edition 2020-09
    Case { name: "no deck", edit: |s| s.documents.pitch_deck = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrPitchDeck, Unmet)] },
    Case { name: "no deck, 2020-09", edit: |s| s.documents.pitch_deck = None, edition: E20, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrPitchDeck, NotApplicable)] },
    // CSR-CONTACTS
    Case { name: "no markets", edit: |s| s.markets.clear(), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "market ZZ", edit: |s| s.markets.push("ZZ".into()), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "market with blank", edit: |s| s.markets[0] = "US ".into(), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "uncovered market", edit: |s| s.markets.push("FR".into()), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "OOO covers all", edit: |s| { s.markets.push("FR".into()); s.contacts[0].countries = vec!["OOO".into()]; }, edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrContacts, Met)] },
    Case { name: "marketing contact does not cover", edit: |s| s.contacts[0].role = Some(Role::PartnerMarketing), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "invalid email row", edit: |s| s.contacts[0].email = "ada@".into(), edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "state outside countries", edit: |s| s.contacts[0].states = vec!["AU-NSW".into()], edition: E21, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    Case { name: "state inside countries", edit: |s| s.contacts[0].states = vec!["US-WA".into(), "CA-BC".into()], edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrContacts, Met)] },
    Case { name: "contacts per country, 2020-09", edit: |s| s.markets.push("FR".into()), edition: E20, status: Status::NotReady, expect: &[(R::CsrContacts, Unmet)] },
    // CSR-LIVE
    Case { name: "not live", edit: |s| s.offer.live = Some(false), edition: E21, status: Status::NotReady, expect: &[(R::CsrLive, Unmet)] },
    Case { name: "live unanswered", edit: |s| s.offer.live = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrLive, Unmet)] },
    // CSR-GOLD
    Case { name: "consulting without gold", edit: |s| s.offer.offer_type = Some(OfferType::ConsultingService), edition: E21, status: Status::NotReady, expect: &[(R::CsrGold, Unmet), (R::IpRevenue, NotApplicable)] },
    Case { name: "consulting with gold", edit: |s| { s.offer.offer_type = Some(OfferType::ConsultingService); s.partner.gold_competency = Some(true); }, edition: E21, status: Status::CoSellReady, expect: &[(R::CsrGold, Met)] },
    Case { name: "service solution type needs gold", edit: |s| s.listing.solution_type = Some(SolutionType::Service), edition: E21, status: Status::NotReady, expect: &[(R::CsrGold, Unmet)] },
    Case { name: "offer type unanswered", edit: |s| s.offer.offer_type = None, edition: E21, status: Status::NotReady, expect: &[(R::CsrGold, Unmet), (R::CsrIsvConnect, Unmet), (R::IpRevenue, Unmet)] },
    // CSR-ISV-CONNECT
    Case { name: "D365 CE without ISV Connect", edit: |s| s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement), edition: E21, status: Status::NotReady, expect: &[(R::CsrIsvConnect, Unmet), (R::BizPremium, Unmet)] },
    Case { name: "D365 F&O standard", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365FinanceOperations); s.partner.isv_connect = Some(IsvConnect::Standard); }, edition: E21, status: Status::CoSellReady, expect: &[(R::CsrIsvConnect, Met), (R::BizPremium, Unmet)] },
    Case { name: "Business Central excluded from ISV Connect", edit: |s| s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral), edition: E21, status: Status::CoSellReady, expect: &[(R::CsrIsvConnect, NotApplicable), (R::BizPremium, Unmet)] },
    // BIZ-PREMIUM
    Case { name: "D365 CE premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E21, status: Status::BizAppsIsvConnectPremium, expect: &[(R::BizPremium, Met), (R::IpAzure, NotApplicable)] },
    Case { name: "Business Central premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E21, status: Status::BizAppsIsvConnectPremium, expect: &[(R::BizPremium, Met)] },
    Case { name: "premium but not co-sell ready", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral); s.partner.isv_connect = Some(IsvConnect::Premium); s.offer.live = Some(false); }, edition: E21, status: Status::NotReady, expect: &[(R::BizPremium, Met)] },
    // IP-REVENUE boundaries
    Case { name: "consumed 99999.99", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("99999.99".into()), edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "consumed 100000.00", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("100000.00".into()), edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "billed 100000 transactable", edit: |s| { s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("100000.00".into()); }, edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "billed 99999.99 transactable", edit: |s| { s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("99999.99".into()); }, edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "billed, not transactable", edit: |s| { s.offer.transactable = Some(false); s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("500000.00".into()); }, edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "billed, not transactable, 2020-09", edit: |s| { s.offer.transactable = Some(false); s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("100000.00".into()); }, edition: E20, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "negative revenue", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("-120000.00".into()), edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "non-numeric revenue", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("lots".into()), edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "revenue unanswered", edit: |s| { s.revenue.azure_consumed_revenue_usd = None; s.revenue.marketplace_billed_revenue_usd = None; }, edition: E21, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    // IP-AZURE boundaries
    Case { name: "exactly 50% fails", edit: |s| s.revenue.azure_infrastructure_percent = Some(50.into()), edition: E21, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    Case { name: "50.01% passes", edit: |s| s.revenue.azure_infrastructure_percent = Some(num("50.01")), edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpAzure, Met)] },
    Case { name: "percent over 100 invalid", edit: |s| s.revenue.azure_infrastructure_percent = Some(num("150")), edition: E21, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    Case { name: "transactable VM meets by default", edit: |s| { s.offer.offer_type = Some(OfferType::AzureVirtualMachine); s.revenue.azure_infrastructure_percent = Some(10.into()); }, edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpAzure, Met)] },
    Case { name: "transactable app meets by default", edit: |s| { s.offer.offer_type = Some(OfferType::AzureApplication); s.revenue.azure_infrastructure_percent = None; }, edition: E21, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpAzure, Met)] },
    Case { name: "non-transactable VM needs the share", edit: |s| { s.offer.offer_type = Some(OfferType::AzureVirtualMachine); s.offer.transactable = Some(false); s.revenue.azure_infrastructure_percent = Some(10.into()); }, edition: E21, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    Case { name: "transactable SaaS has no default", edit: |s| s.revenue.azure_infrastructure_percent = Some(10.into()), edition: E21, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    // IP-DIAGRAM
    Case { name: "no diagram", edit: |s| s.documents.reference_architecture_diagram = None, edition: E21, status: Status::CoSellReady, expect: &[(R::IpDiagram, Unmet)] },
    Case { name: "bad diagram", edit: |s| s.documents.reference_architecture_diagram = Some(Document::at("/x/bad.png")), edition: E21, status: Status::CoSellReady, expect: &[(R::IpDiagram, Unmet)] },
    // every IP requirement is still evaluated below co-sell ready
    Case { name: "not ready still shows IP", edit: |s| s.offer.live = Some(false), edition: E21, status: Status::NotReady, expect: &[(R::IpRevenue, Met), (R::IpAzure, Met), (R::IpDiagram, Met)] },
    Case { name: "empty draft", edit: |s| *s = Submission::default(), edition: E21, status: Status::NotReady, expect: &[(R::CsrAccount, Unmet), (R::CsrContacts, Unmet)] },
];

#[test]
fn table_of_cases() {
    for case in CASES {
        let mut s = ready_saas();
        (case.edit)(&mut s);
        let report = evaluate_with(&s, case.edition, &FakeProbe);
        assert_eq!(
            report.status, case.status,
            "case {:?}: {:#?}",
            case.name, report.requirements
        );
        for (id, state) in case.expect {
            let r = report.get(*id).unwrap();
            assert_eq!(
                r.state,
                *state,
                "case {:?}, {}: {}",
                case.name,
                id.as_str(),
                r.detail
            );
            if r.state == Unmet {
                assert!(
                    r.fix.is_some(),
                    "case {:?}: unmet {} names no field",
                    case.name,
                    id.as_str()
                );
            }
        }
        assert_eq!(report.requirements.len(), 13, "every id in every block");
    }
}

#[test]
fn every_offer_type_reaches_its_rungs() {
    use OfferType::*;
    let cases: &[(OfferType, Status)] = &[
        (Saas, Status::AzureIpCoSellIncentivized),
        (AzureApplication, Status::AzureIpCoSellIncentivized),
        (AzureContainer, Status::AzureIpCoSellIncentivized),
        (AzureVirtualMachine, Status::AzureIpCoSellIncentivized),
        (IotEdgeModule, Status::AzureIpCoSellIncentivized),
        (ConsultingService, Status::CoSellReady),
        (ManagedService, Status::CoSellReady),
        (PowerBiApp, Status::CoSellReady),
        (
            Dynamics365CustomerEngagement,
            Status::BizAppsIsvConnectPremium,
        ),
        (
            Dynamics365FinanceOperations,
            Status::BizAppsIsvConnectPremium,
        ),
        (Dynamics365BusinessCentral, Status::BizAppsIsvConnectPremium),
        (Microsoft365App, Status::CoSellReady),
    ];
    assert_eq!(cases.len(), OfferType::ALL.len());
    for (t, want) in cases {
        let mut s = ready_saas();
        s.offer.offer_type = Some(*t);
        s.partner.gold_competency = Some(true);
        s.partner.isv_connect = Some(IsvConnect::Premium);
        let r = evaluate_with(&s, Edition::E2021_02, &FakeProbe);
        assert_eq!(r.status, *want, "{t:?}");
        assert_eq!(r.benefits, benefits(*want, Edition::E2021_02), "{t:?}");
        if *t == Microsoft365App {
            assert!(
                r.warnings
                    .iter()
                    .any(|w| w.text.contains("excluded from co-sell"))
            );
        }
    }
}

#[test]
fn benefits_per_rung() {
    use BenefitId::*;
    for e in [E21, E20] {
        assert!(benefits(Status::NotReady, e).is_empty());
        assert_eq!(benefits(Status::CoSellReady, e), &[Sellers]);
        assert_eq!(
            benefits(Status::AzureIpCoSellIncentivized, e),
            &[Sellers, Fee, Csp, Macc, Badge, SellerIncentive]
        );
        assert_eq!(
            benefits(Status::BizAppsIsvConnectPremium, e),
            &[Sellers, SellerIncentive]
        );
    }
}

#[test]
fn status_block_json_shape() {
    let report = evaluate_with(&ready_saas(), Edition::E2021_02, &FakeProbe);
    let v = serde_json::to_value(&report).unwrap();
    assert_eq!(v["status"], "azure_ip_co_sell_incentivized");
    let ids: Vec<&str> = v["requirements"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        ids,
        [
            "CSR-ACCOUNT",
            "CSR-PROFILE",
            "CSR-LISTING",
            "CSR-ONE-PAGER",
            "CSR-PITCH-DECK",
            "CSR-CONTACTS",
            "CSR-LIVE",
            "CSR-GOLD",
            "CSR-ISV-CONNECT",
            "IP-REVENUE",
            "IP-AZURE",
            "IP-DIAGRAM",
            "BIZ-PREMIUM",
        ]
    );
    assert_eq!(v["requirements"][0]["tier"], "co_sell_ready");
    assert_eq!(
        v["requirements"][0]["detail"],
        "MPN ID 4567890, account active"
    );
    assert_eq!(v["requirements"][7]["state"], "not_applicable");
    assert_eq!(
        v["requirements"][9]["tier"],
        "azure_ip_co_sell_incentivized"
    );
    assert_eq!(v["benefits"][0], "BEN-SELLERS");
    assert_eq!(
        v.as_object().unwrap().len(),
        3,
        "exactly status, requirements, benefits"
    );
}

#[test]
fn invalid_values_are_problems_naming_the_field() {
    let mut s = ready_saas();
    s.contacts[0].email = "ada@".into();
    s.markets.push("ZZ".into());
    s.revenue.marketplace_billed_revenue_usd = Some("-1".into());
    s.documents.case_study = Some(Document::at("/x/bad-case.pdf"));
    s.documents.landing_page_url = Some("contoso.example".into());
    let r = evaluate_with(&s, Edition::E2021_02, &FakeProbe);
    let fields: Vec<&str> = r.problems.iter().map(|p| p.at.as_str()).collect();
    // In the order the wizard asks the fields.
    assert_eq!(
        fields,
        [
            "documents.case_study",
            "documents.landing_page_url",
            "markets[2]",
            "contacts[0].email",
            "revenue.marketplace_billed_revenue_usd",
        ]
    );
    let blockers = r.export_blockers();
    assert!(
        blockers
            .iter()
            .any(|b| b.starts_with("CSR-CONTACTS: markets[2]")),
        "{blockers:?}"
    );
    assert!(r.get(R::CsrContacts).unwrap().detail.contains("ZZ"));
}

#[test]
fn uncovered_markets_are_named() {
    let mut s = ready_saas();
    s.markets = vec!["US".into(), "DE".into(), "FR".into()];
    let r = evaluate_with(&s, Edition::E2021_02, &FakeProbe);
    let d = &r.get(R::CsrContacts).unwrap().detail;
    assert!(
        d.contains("DE (Germany)") && d.contains("FR (France)"),
        "{d}"
    );
}

#[test]
fn revenue_detail_says_how_far() {
    let mut s = ready_saas();
    s.revenue.azure_consumed_revenue_usd = Some("99999.99".into());
    let r = evaluate_with(&s, Edition::E2021_02, &FakeProbe);
    let d = &r.get(R::IpRevenue).unwrap().detail;
    assert!(d.contains("USD 0.01 short"), "{d}");
}

/// An id of the spec: capital words joined by hyphens (`CSR-ISV-SUCCESS`), nothing else.
fn is_spec_id(cell: &str) -> bool {
    let parts: Vec<&str> = cell.split('-').collect();
    parts.len() >= 2
        && parts
            .iter()
            .all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_uppercase()))
}

#[test]
fn spec_ids_are_told_from_other_first_cells() {
    for (cell, want) in [
        ("CSR-ACCOUNT", true),
        ("CSR-ISV-SUCCESS", true),
        ("BEN-SELLER-INCENTIVE", true),
        ("CSR-LIVE label", false),
        ("CSR-", false),
        ("-CSR", false),
        ("CSR", false),
        ("csr-live", false),
        ("IP-REVENUE ", false),
        ("what", false),
    ] {
        assert_eq!(is_spec_id(cell), want, "{cell:?}");
    }
}

#[test]
fn every_spec_id_is_evaluated() {
    let spec = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../shared/domain/cosell-spec.md"
    ));
    assert_eq!(cosell::rules::requirement_ids(E21).count(), 13);
    assert_eq!(cosell::rules::requirement_ids(E20).count(), 13);
    assert_eq!(
        cosell::rules::requirement_ids(Edition::E2023_08).count(),
        16
    );
    assert_eq!(
        cosell::rules::requirement_ids(Edition::E2025_09).count(),
        16
    );
    let in_rules = |id: &str| {
        Edition::ALL
            .iter()
            .any(|e| cosell::rules::requirement_ids(*e).any(|r| r.as_str() == id))
    };
    let benefit = |id: &str| {
        use BenefitId::*;
        [Sellers, Fee, Csp, Macc, Badge, SellerIncentive]
            .iter()
            .any(|b| b.code() == id)
    };
    // The spec sits beside the repository in the workplace; when it is there, its ids must match ours.
    let Ok(spec) = spec else { return };
    let mut seen = Vec::new();
    for line in spec.lines().filter(|l| l.starts_with('|')) {
        let first = line.split('|').nth(1).unwrap_or("").trim();
        if !is_spec_id(first) {
            continue;
        }
        if first.starts_with("BEN-") {
            assert!(benefit(first), "spec benefit {first} missing");
        } else {
            assert!(in_rules(first), "spec id {first} missing from the rules");
        }
        seen.push(first.to_string());
    }
    assert!(seen.len() >= 20, "the tables were read: {seen:?}");
    // §12 names its ids in a sentence, in the order of the status block.
    let order = spec
        .split("**Requirement ids of 2025-09, in this order:**")
        .nth(1)
        .and_then(|rest| rest.split('.').next())
        .expect("spec §12 lists the 2025-09 ids");
    let listed: Vec<String> = order
        .split([',', '\n'])
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect();
    assert!(listed.contains(&"CSR-ISV-SUCCESS".to_string()));
    for id in &listed {
        assert!(is_spec_id(id) && in_rules(id), "{id}");
    }
    let ours: Vec<&str> = cosell::rules::requirement_ids(Edition::E2025_09)
        .map(|r| r.as_str())
        .collect();
    assert_eq!(ours, listed, "the order of spec §12");
}

/// The status blocks of the seeds' editions for every case above and every offer type, as JSON:
/// a change in the rules engine must not move them by a byte.
#[test]
fn seed_edition_status_blocks_are_byte_stable() {
    let mut out = String::new();
    for edition in [E21, E20] {
        for case in CASES {
            let mut s = ready_saas();
            (case.edit)(&mut s);
            let report = evaluate_with(&s, edition, &FakeProbe);
            out.push_str(&format!("## {} / {}\n", edition.as_str(), case.name));
            out.push_str(&serde_json::to_string_pretty(&report).unwrap());
            out.push('\n');
        }
        for t in OfferType::ALL {
            for premium in [false, true] {
                let mut s = ready_saas();
                s.offer.offer_type = Some(*t);
                s.partner.gold_competency = Some(premium);
                s.partner.isv_connect = Some(if premium {
                    IsvConnect::Premium
                } else {
                    IsvConnect::None
                });
                let report = evaluate_with(&s, edition, &FakeProbe);
                out.push_str(&format!(
                    "## {} / {} premium={premium}\n",
                    edition.as_str(),
                    t.id()
                ));
                out.push_str(&serde_json::to_string_pretty(&report).unwrap());
                out.push('\n');
            }
        }
    }
    insta::assert_snapshot!("seed_edition_status_blocks", out);
}

const E23: Edition = Edition::E2023_08;

/// A SaaS offer that meets every 2023-08 requirement.
fn ready_2023() -> Submission {
    let mut s = ready_saas();
    s.rules = E23;
    s.listing.segments.clear();
    s
}

#[rustfmt::skip]
const CASES_2023: &[Case] = &[
    Case { name: "baseline", edit: |_| {}, edition: E23, status: Status::AzureIpCoSellIncentivized,
           expect: &[(R::CsrOfferType, Met), (R::CsrDesignation, NotApplicable), (R::IpSolutionType, Met), (R::IpTransactable, Met), (R::IpDiagram, Met), (R::BizPremium, NotApplicable)] },
    // The ladder starts at "Not in market" and "In market".
    Case { name: "not live", edit: |s| s.offer.live = Some(false), edition: E23, status: Status::NotReady, expect: &[(R::CsrLive, Unmet)] },
    Case { name: "live unanswered", edit: |s| s.offer.live = None, edition: E23, status: Status::NotReady, expect: &[(R::CsrLive, Unmet)] },
    Case { name: "live but no one-pager", edit: |s| s.documents.one_pager = None, edition: E23, status: Status::InMarket, expect: &[(R::CsrOnePager, Unmet)] },
    Case { name: "pitch deck required", edit: |s| s.documents.pitch_deck = None, edition: E23, status: Status::InMarket, expect: &[(R::CsrPitchDeck, Unmet)] },
    // CSR-ACCOUNT, CSR-PROFILE, CSR-CONTACTS as before.
    Case { name: "no partner id", edit: |s| s.partner.mpn_id = None, edition: E23, status: Status::InMarket, expect: &[(R::CsrAccount, Unmet)] },
    Case { name: "profile incomplete", edit: |s| s.partner.business_profile_complete = Some(false), edition: E23, status: Status::InMarket, expect: &[(R::CsrProfile, Unmet)] },
    Case { name: "uncovered market", edit: |s| s.markets.push("FR".into()), edition: E23, status: Status::InMarket, expect: &[(R::CsrContacts, Unmet)] },
    // CSR-OFFER-TYPE: Microsoft 365 apps cannot be co-sold.
    Case { name: "Microsoft 365 app", edit: |s| s.offer.offer_type = Some(OfferType::Microsoft365App), edition: E23, status: Status::InMarket, expect: &[(R::CsrOfferType, Unmet), (R::IpRevenue, NotApplicable)] },
    Case { name: "offer type unanswered", edit: |s| s.offer.offer_type = None, edition: E23, status: Status::InMarket, expect: &[(R::CsrOfferType, Unmet), (R::CsrDesignation, Unmet), (R::IpSolutionType, Unmet)] },
    // CSR-LISTING: no segments; 1–5 areas of 1–5 sales plays.
    Case { name: "segments not read", edit: |s| s.listing.segments.clear(), edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrListing, Met)] },
    Case { name: "no platform", edit: |s| s.listing.microsoft_platforms.clear(), edition: E23, status: Status::InMarket, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "5 areas of 5 plays", edit: |s| { let a = SolutionArea { area: "Security".into(), sub_areas: (0..5).map(|i| format!("Play {i}")).collect() }; s.listing.solution_areas = vec![a; 5]; }, edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::CsrListing, Met)] },
    Case { name: "6 areas", edit: |s| { let a = s.listing.solution_areas[0].clone(); s.listing.solution_areas = vec![a; 6]; }, edition: E23, status: Status::InMarket, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "6 plays", edit: |s| s.listing.solution_areas[0].sub_areas = (0..6).map(|i| format!("Play {i}")).collect(), edition: E23, status: Status::InMarket, expect: &[(R::CsrListing, Unmet)] },
    Case { name: "0 plays", edit: |s| s.listing.solution_areas[0].sub_areas.clear(), edition: E23, status: Status::InMarket, expect: &[(R::CsrListing, Unmet)] },
    // CSR-DESIGNATION replaces CSR-GOLD, for Consulting service offers only.
    Case { name: "consulting with Gold but no designation", edit: |s| { s.offer.offer_type = Some(OfferType::ConsultingService); s.partner.gold_competency = Some(true); s.partner.solutions_partner_designation = Some(false); }, edition: E23, status: Status::InMarket, expect: &[(R::CsrDesignation, Unmet)] },
    Case { name: "consulting with a designation", edit: |s| { s.offer.offer_type = Some(OfferType::ConsultingService); s.partner.solutions_partner_designation = Some(true); }, edition: E23, status: Status::CoSellReady, expect: &[(R::CsrDesignation, Met), (R::IpSolutionType, NotApplicable)] },
    Case { name: "consulting, designation unanswered", edit: |s| s.offer.offer_type = Some(OfferType::ConsultingService), edition: E23, status: Status::InMarket, expect: &[(R::CsrDesignation, Unmet)] },
    Case { name: "service solution type does not need it", edit: |s| { s.offer.offer_type = Some(OfferType::ManagedService); s.listing.solution_type = Some(SolutionType::Service); }, edition: E23, status: Status::CoSellReady, expect: &[(R::CsrDesignation, NotApplicable)] },
    // CSR-ISV-CONNECT and BIZ-PREMIUM: CE and F&O, not Business Central.
    Case { name: "D365 CE without ISV Connect", edit: |s| s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement), edition: E23, status: Status::InMarket, expect: &[(R::CsrIsvConnect, Unmet), (R::BizPremium, Unmet)] },
    Case { name: "D365 F&O premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365FinanceOperations); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E23, status: Status::BizAppsIsvConnectPremium, expect: &[(R::CsrIsvConnect, Met), (R::BizPremium, Met)] },
    Case { name: "Business Central with Premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E23, status: Status::CoSellReady, expect: &[(R::CsrIsvConnect, NotApplicable), (R::BizPremium, NotApplicable)] },
    // IP-SOLUTION-TYPE.
    Case { name: "solution type service", edit: |s| s.listing.solution_type = Some(SolutionType::Service), edition: E23, status: Status::CoSellReady, expect: &[(R::IpSolutionType, Unmet)] },
    // IP-REVENUE boundaries, billed only when transactable.
    Case { name: "consumed 99999.99", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("99999.99".into()), edition: E23, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "consumed 100000.00", edit: |s| s.revenue.azure_consumed_revenue_usd = Some("100000.00".into()), edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "billed exactly 100000.00, transactable", edit: |s| { s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("100000.00".into()); }, edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "billed exactly 100000.00, not transactable", edit: |s| { s.offer.transactable = Some(false); s.revenue.azure_consumed_revenue_usd = Some("0.00".into()); s.revenue.marketplace_billed_revenue_usd = Some("100000.00".into()); }, edition: E23, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet), (R::IpTransactable, Unmet)] },
    // IP-AZURE: exactly 50 fails, and no default pass for transactable VMs or apps.
    Case { name: "exactly 50%", edit: |s| s.revenue.azure_infrastructure_percent = Some(50.into()), edition: E23, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    Case { name: "50.01%", edit: |s| s.revenue.azure_infrastructure_percent = Some(num("50.01")), edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpAzure, Met)] },
    Case { name: "transactable VM has no default", edit: |s| { s.offer.offer_type = Some(OfferType::AzureVirtualMachine); s.revenue.azure_infrastructure_percent = Some(10.into()); }, edition: E23, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    Case { name: "transactable app has no default", edit: |s| { s.offer.offer_type = Some(OfferType::AzureApplication); s.revenue.azure_infrastructure_percent = None; }, edition: E23, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet)] },
    // IP-DIAGRAM: SaaS only.
    Case { name: "SaaS without a diagram", edit: |s| s.documents.reference_architecture_diagram = None, edition: E23, status: Status::CoSellReady, expect: &[(R::IpDiagram, Unmet)] },
    Case { name: "container without a diagram", edit: |s| { s.offer.offer_type = Some(OfferType::AzureContainer); s.documents.reference_architecture_diagram = None; }, edition: E23, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpDiagram, NotApplicable)] },
    // IP-TRANSACTABLE.
    Case { name: "not transactable", edit: |s| s.offer.transactable = Some(false), edition: E23, status: Status::CoSellReady, expect: &[(R::IpTransactable, Unmet)] },
    Case { name: "transactable unanswered", edit: |s| s.offer.transactable = None, edition: E23, status: Status::CoSellReady, expect: &[(R::IpTransactable, Unmet)] },
    // Below co-sell ready every IP requirement still shows.
    Case { name: "in market still shows IP", edit: |s| s.documents.one_pager = None, edition: E23, status: Status::InMarket, expect: &[(R::IpRevenue, Met), (R::IpTransactable, Met), (R::IpSolutionType, Met)] },
];

#[test]
fn table_of_cases_2023() {
    let ids: Vec<R> = cosell::rules::requirement_ids(E23).collect();
    assert_eq!(
        ids.iter().map(|i| i.as_str()).collect::<Vec<_>>(),
        [
            "CSR-ACCOUNT",
            "CSR-PROFILE",
            "CSR-OFFER-TYPE",
            "CSR-LISTING",
            "CSR-ONE-PAGER",
            "CSR-PITCH-DECK",
            "CSR-CONTACTS",
            "CSR-LIVE",
            "CSR-DESIGNATION",
            "CSR-ISV-CONNECT",
            "IP-SOLUTION-TYPE",
            "IP-REVENUE",
            "IP-AZURE",
            "IP-DIAGRAM",
            "IP-TRANSACTABLE",
            "BIZ-PREMIUM",
        ],
        "the order of spec §10"
    );
    for case in CASES_2023 {
        let mut s = ready_2023();
        (case.edit)(&mut s);
        let report = evaluate_with(&s, case.edition, &FakeProbe);
        assert_eq!(
            report.status, case.status,
            "case {:?}: {:#?}",
            case.name, report.requirements
        );
        for (id, state) in case.expect {
            let r = report
                .get(*id)
                .unwrap_or_else(|| panic!("{} missing", id.as_str()));
            assert_eq!(
                r.state,
                *state,
                "case {:?}, {}: {}",
                case.name,
                id.as_str(),
                r.detail
            );
            if r.state == Unmet {
                assert!(
                    r.fix.is_some(),
                    "case {:?}: unmet {} names no field",
                    case.name,
                    id.as_str()
                );
            }
        }
        let got: Vec<R> = report.requirements.iter().map(|r| r.id).collect();
        assert_eq!(got, ids, "every id in every block, in order");
        assert!(
            report.get(R::CsrGold).is_none(),
            "CSR-GOLD is absent, not n/a"
        );
    }
}

#[test]
fn benefits_and_notes_2023() {
    use BenefitId::*;
    assert!(benefits(Status::NotReady, E23).is_empty());
    assert!(benefits(Status::InMarket, E23).is_empty());
    assert_eq!(benefits(Status::CoSellReady, E23), &[Sellers]);
    assert_eq!(
        benefits(Status::AzureIpCoSellIncentivized, E23),
        &[Sellers, Macc, Badge]
    );
    assert_eq!(
        benefits(Status::BizAppsIsvConnectPremium, E23),
        &[Sellers, Badge]
    );
    let r = evaluate_with(&ready_2023(), E23, &FakeProbe);
    assert!(
        r.notes.iter().any(|n| n.contains("top-tier pathway")),
        "{:?}",
        r.notes
    );
    assert!(
        Macc.description(E23).contains("price above zero"),
        "the condition shows with the benefit"
    );
    assert!(
        !r.notes.iter().any(|n| n.contains("price above zero")),
        "said once, with the benefit: {:?}",
        r.notes
    );
    assert!(
        !r.benefits.contains(&SellerIncentive),
        "never earned by the status alone"
    );
    assert_eq!(r.status.label(E23), "Azure IP co-sell eligible");
    assert_eq!(Status::NotReady.label(E23), "Not in market");
    let v = serde_json::to_value(evaluate_with(
        &{
            let mut s = ready_2023();
            s.documents.one_pager = None;
            s
        },
        E23,
        &FakeProbe,
    ))
    .unwrap();
    assert_eq!(v["status"], "in_market");
}

#[test]
fn partner_center_leaves_out_three_iso_codes() {
    let mut s = ready_2023();
    s.markets.push("FK".into());
    s.contacts[0].countries.push("FK".into());
    for edition in Edition::ALL.iter().copied() {
        let r = evaluate_with(&s, edition, &FakeProbe);
        assert!(r.problems.is_empty(), "accepted: {:?}", r.problems);
        let warned: Vec<&str> = r.warnings.iter().map(|w| w.text.as_str()).collect();
        assert!(
            warned
                .iter()
                .any(|w| w.starts_with("markets: FK (Falkland Islands)")
                    && w.contains("will not take it")),
            "{warned:?}"
        );
        assert!(
            warned
                .iter()
                .any(|w| w.starts_with("contacts[0].countries: FK")),
            "{warned:?}"
        );
    }
}

const E25: Edition = Edition::E2025_09;

/// A SaaS offer that meets every 2025-09 requirement.
fn ready_2025() -> Submission {
    let mut s = ready_2023();
    s.rules = E25;
    s
}

fn usd(consumed: Option<&str>, billed: Option<&str>) -> impl Fn(&mut Submission) {
    move |s| {
        s.revenue.azure_consumed_revenue_usd = consumed.map(Into::into);
        s.revenue.marketplace_billed_revenue_usd = billed.map(Into::into);
    }
}

/// Spec §12: everything as 2023-08, except the marketplace's name, ISV Success, the organisation's
/// billed sales whether or not the offer is transactable (the two figures never added), and texts.
#[rustfmt::skip]
const CASES_2025: &[Case] = &[
    Case { name: "baseline", edit: |_| {}, edition: E25, status: Status::AzureIpCoSellIncentivized,
           expect: &[(R::CsrOfferType, Met), (R::CsrDesignation, NotApplicable), (R::CsrIsvSuccess, NotApplicable), (R::IpSolutionType, Met), (R::IpTransactable, Met), (R::IpDiagram, Met), (R::BizPremium, NotApplicable)] },
    Case { name: "not live", edit: |s| s.offer.live = Some(false), edition: E25, status: Status::NotReady, expect: &[(R::CsrLive, Unmet)] },
    Case { name: "live but no deck", edit: |s| s.documents.pitch_deck = None, edition: E25, status: Status::InMarket, expect: &[(R::CsrPitchDeck, Unmet)] },
    // IP-REVENUE: either figure at 100,000.00, never the two added.
    Case { name: "consumed 99,999.99 alone", edit: |s| usd(Some("99999.99"), None)(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "consumed 100,000.00 alone", edit: |s| usd(Some("100000.00"), None)(s), edition: E25, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "billed 99,999.99 alone", edit: |s| usd(None, Some("99999.99"))(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "billed 100,000.00 alone", edit: |s| usd(None, Some("100000.00"))(s), edition: E25, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "not added: 60,000 + 60,000", edit: |s| usd(Some("60000.00"), Some("60000.00"))(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "not added: 99,999.99 + 99,999.99", edit: |s| usd(Some("99999.99"), Some("99999.99"))(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "billed 100,000.00, offer not transactable", edit: |s| { usd(Some("0.00"), Some("100000.00"))(s); s.offer.transactable = Some(false); }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Met), (R::IpTransactable, Unmet)] },
    Case { name: "billed 100,000.00, transactable unanswered", edit: |s| { usd(None, Some("100000.00"))(s); s.offer.transactable = None; }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Met), (R::IpTransactable, Unmet)] },
    Case { name: "billed 99,999.99, offer not transactable", edit: |s| { usd(Some("0.00"), Some("99999.99"))(s); s.offer.transactable = Some(false); }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet), (R::IpTransactable, Unmet)] },
    Case { name: "revenue unanswered", edit: |s| usd(None, None)(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    Case { name: "negative billed", edit: |s| usd(None, Some("-100000.00"))(s), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
    // CSR-ISV-SUCCESS replaces CSR-ISV-CONNECT: CE and F&O, not Business Central.
    Case { name: "D365 CE without ISV Success", edit: |s| s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement), edition: E25, status: Status::InMarket, expect: &[(R::CsrIsvSuccess, Unmet), (R::BizPremium, Unmet)] },
    Case { name: "D365 CE, ISV Success unanswered", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement); s.partner.isv_connect = None; }, edition: E25, status: Status::InMarket, expect: &[(R::CsrIsvSuccess, Unmet)] },
    Case { name: "D365 F&O standard", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365FinanceOperations); s.partner.isv_connect = Some(IsvConnect::Standard); }, edition: E25, status: Status::CoSellReady, expect: &[(R::CsrIsvSuccess, Met), (R::BizPremium, Unmet)] },
    Case { name: "D365 F&O premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365FinanceOperations); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E25, status: Status::BizAppsIsvConnectPremium, expect: &[(R::CsrIsvSuccess, Met), (R::BizPremium, Met)] },
    Case { name: "Business Central with Premium", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral); s.partner.isv_connect = Some(IsvConnect::Premium); }, edition: E25, status: Status::CoSellReady, expect: &[(R::CsrIsvSuccess, NotApplicable), (R::BizPremium, NotApplicable)] },
    Case { name: "Business Central without ISV Success", edit: |s| { s.offer.offer_type = Some(OfferType::Dynamics365BusinessCentral); s.partner.isv_connect = Some(IsvConnect::None); }, edition: E25, status: Status::CoSellReady, expect: &[(R::CsrIsvSuccess, NotApplicable)] },
    // Each offer family.
    Case { name: "Azure Application: no default share, no diagram needed", edit: |s| { s.offer.offer_type = Some(OfferType::AzureApplication); s.documents.reference_architecture_diagram = None; s.revenue.azure_infrastructure_percent = Some(10.into()); }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpAzure, Unmet), (R::IpDiagram, NotApplicable)] },
    Case { name: "Azure Container", edit: |s| s.offer.offer_type = Some(OfferType::AzureContainer), edition: E25, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpDiagram, NotApplicable)] },
    Case { name: "Azure Virtual Machine", edit: |s| s.offer.offer_type = Some(OfferType::AzureVirtualMachine), edition: E25, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "IoT Edge module, billed sales only, not transactable", edit: |s| { s.offer.offer_type = Some(OfferType::IotEdgeModule); s.offer.transactable = Some(false); usd(None, Some("250000.00"))(s); }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Met), (R::IpTransactable, Unmet)] },
    Case { name: "consulting with a designation", edit: |s| { s.offer.offer_type = Some(OfferType::ConsultingService); s.partner.solutions_partner_designation = Some(true); }, edition: E25, status: Status::CoSellReady, expect: &[(R::CsrDesignation, Met), (R::IpRevenue, NotApplicable)] },
    Case { name: "consulting without one", edit: |s| { s.offer.offer_type = Some(OfferType::ConsultingService); s.partner.solutions_partner_designation = Some(false); }, edition: E25, status: Status::InMarket, expect: &[(R::CsrDesignation, Unmet)] },
    Case { name: "managed service", edit: |s| s.offer.offer_type = Some(OfferType::ManagedService), edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, NotApplicable), (R::CsrIsvSuccess, NotApplicable)] },
    Case { name: "Power BI app", edit: |s| s.offer.offer_type = Some(OfferType::PowerBiApp), edition: E25, status: Status::CoSellReady, expect: &[(R::IpTransactable, NotApplicable)] },
    Case { name: "Microsoft 365 app", edit: |s| s.offer.offer_type = Some(OfferType::Microsoft365App), edition: E25, status: Status::InMarket, expect: &[(R::CsrOfferType, Unmet)] },
    Case { name: "offer type unanswered", edit: |s| s.offer.offer_type = None, edition: E25, status: Status::InMarket, expect: &[(R::CsrOfferType, Unmet), (R::CsrIsvSuccess, Unmet), (R::IpRevenue, Unmet)] },
    // The certified software designation is text only.
    Case { name: "certified designation changes no status", edit: |s| s.partner.certified_software_designation = Some(true), edition: E25, status: Status::AzureIpCoSellIncentivized, expect: &[(R::IpRevenue, Met)] },
    Case { name: "certified designation does not replace revenue", edit: |s| { s.partner.certified_software_designation = Some(true); usd(Some("0.00"), Some("0.00"))(s); }, edition: E25, status: Status::CoSellReady, expect: &[(R::IpRevenue, Unmet)] },
];

#[test]
fn table_of_cases_2025() {
    let ids: Vec<R> = cosell::rules::requirement_ids(E25).collect();
    for case in CASES_2025 {
        let mut s = ready_2025();
        (case.edit)(&mut s);
        let report = evaluate_with(&s, case.edition, &FakeProbe);
        assert_eq!(
            report.status, case.status,
            "case {:?}: {:#?}",
            case.name, report.requirements
        );
        for (id, state) in case.expect {
            let r = report
                .get(*id)
                .unwrap_or_else(|| panic!("{} missing", id.as_str()));
            assert_eq!(
                r.state,
                *state,
                "case {:?}, {}: {}",
                case.name,
                id.as_str(),
                r.detail
            );
            if r.state == Unmet {
                assert!(
                    r.fix.is_some(),
                    "case {:?}: unmet {} names no field",
                    case.name,
                    id.as_str()
                );
            }
        }
        let got: Vec<R> = report.requirements.iter().map(|r| r.id).collect();
        assert_eq!(got, ids, "every id in every block, in order");
        assert!(
            report.get(R::CsrIsvConnect).is_none(),
            "CSR-ISV-CONNECT is absent, not n/a"
        );
        assert!(report.get(R::CsrGold).is_none());
        // The same case under 2023-08 has ISV Connect where 2025-09 has ISV Success.
        let mut old = s.clone();
        old.rules = E23;
        let before = evaluate_with(&old, E23, &FakeProbe);
        assert_eq!(
            before.state(R::CsrIsvConnect),
            report.state(R::CsrIsvSuccess),
            "case {:?}: same field, same offer types",
            case.name
        );
    }
}

#[test]
fn revenue_2025_names_the_figure_and_never_adds() {
    let mut s = ready_2025();
    usd(Some("0.00"), Some("100000.00"))(&mut s);
    s.offer.transactable = Some(false);
    let r = evaluate_with(&s, E25, &FakeProbe);
    assert_eq!(
        r.get(R::IpRevenue).unwrap().detail,
        "Marketplace billed sales USD 100,000.00 ≥ USD 100,000.00"
    );
    usd(Some("60000.00"), Some("70000.00"))(&mut s);
    let r = evaluate_with(&s, E25, &FakeProbe);
    let d = &r.get(R::IpRevenue).unwrap().detail;
    assert!(
        d.contains("USD 70,000.00 is USD 30,000.00 short"),
        "the larger figure, not the sum: {d}"
    );
}

#[test]
fn the_2025_texts_say_microsoft_marketplace_and_isv_success() {
    let mut s = ready_2025();
    s.offer.live = Some(false);
    s.offer.offer_type = Some(OfferType::Dynamics365CustomerEngagement);
    s.partner.isv_connect = Some(IsvConnect::None);
    let r = evaluate_with(&s, E25, &FakeProbe);
    let live = r.get(R::CsrLive).unwrap();
    assert_eq!(live.title, "Offer live on Microsoft Marketplace");
    assert_eq!(live.reason, "publish the offer to Microsoft Marketplace");
    let isv = r.get(R::CsrIsvSuccess).unwrap();
    assert_eq!(isv.reason, "register for ISV Success");
    assert!(isv.title.contains("ISV Success"));
    assert!(R::BizPremium.title(E25).contains("ISV Success Premium"));
    assert!(
        R::CsrLive
            .title(E23)
            .contains("Azure Marketplace or AppSource"),
        "2023-08 unchanged"
    );
    assert_eq!(r.status.label(E25), "Not in market");
    assert_eq!(
        Status::AzureIpCoSellIncentivized.label(E25),
        "Azure IP co-sell eligible"
    );
}

#[test]
fn benefits_and_notes_2025() {
    use BenefitId::*;
    for st in [
        Status::NotReady,
        Status::InMarket,
        Status::CoSellReady,
        Status::AzureIpCoSellIncentivized,
        Status::BizAppsIsvConnectPremium,
    ] {
        assert_eq!(benefits(st, E25), benefits(st, E23), "{st:?}: as 2023-08");
    }
    let macc = Macc.description(E25);
    assert!(
        macc.contains("price above zero")
            && macc.contains("free and bring-your-own-licence plans do not count"),
        "{macc}"
    );
    let plain = evaluate_with(&ready_2025(), E25, &FakeProbe);
    assert!(plain.notes.iter().any(|n| n.contains("top-tier pathway") && n.contains("certified software designation")), "{:?}", plain.notes);
    assert!(
        !plain
            .notes
            .iter()
            .any(|n| n.contains("earned through your certified"))
    );
    let mut s = ready_2025();
    s.partner.certified_software_designation = Some(true);
    let certified = evaluate_with(&s, E25, &FakeProbe);
    assert_eq!(certified.status, plain.status);
    assert_eq!(
        certified.benefits, plain.benefits,
        "text only: the status block is the same"
    );
    assert_eq!(
        serde_json::to_value(&certified).unwrap(),
        serde_json::to_value(&plain).unwrap()
    );
    assert!(
        certified
            .notes
            .iter()
            .any(|n| n.contains("BEN-SELLER-INCENTIVE")
                && n.contains("earned through your certified software designation")),
        "{:?}",
        certified.notes
    );
    // Below the Azure IP rung it earns nothing yet; an Azure IP offer is told it will.
    s.offer.transactable = Some(false);
    let below = evaluate_with(&s, E25, &FakeProbe);
    assert_eq!(below.status, Status::CoSellReady);
    assert!(
        below
            .notes
            .iter()
            .any(|n| n.contains("once the offer is Azure IP co-sell eligible")),
        "{:?}",
        below.notes
    );
    s.offer.offer_type = Some(OfferType::ManagedService);
    let ready = evaluate_with(&s, E25, &FakeProbe);
    assert_eq!(ready.status, Status::CoSellReady);
    assert!(!ready.notes.iter().any(|n| n.contains("earned through")));
}
