//! The kit's index.html: written with the rest of the kit, self-contained, every value of a full
//! draft on it with a Copy button, everything from the user escaped, small; and, where Chromium
//! is installed, opened in a real (headless) browser: no console error, no network request,
//! Copy puts the exact value on the clipboard, a tick survives a reload, a hostile contact name
//! does not run.

mod common;
use common::*;

use cosell::model::*;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";
const HOSTILE_TITLE: &str = "\"Head\" & <script>alert(2)</script>";

/// A complete draft with a value in every field the page shows, a hostile contact among them.
fn full_draft(env: &Env) -> Submission {
    let mut s = ready_submission(&env.dir.path().display().to_string());
    s.listing.microsoft_platforms = vec!["Microsoft Azure".into(), "Office 365".into()];
    s.listing.segments = vec!["Enterprise".into(), "SMB".into()];
    s.listing.solution_areas[0].sub_areas = vec!["Analytics".into(), "Blockchain".into()];
    s.markets = vec!["US".into(), "CA".into(), "DE".into()];
    s.documents.other = vec![Document::at(format!(
        "{}/one-pager.pdf",
        env.dir.path().display()
    ))];
    s.documents.landing_page_url = Some("https://contoso.example/insights?a=1&b=2".into());
    let mut contacts = s.contacts.to_vec();
    contacts.push(Contact {
        name: HOSTILE.into(),
        email: "eve@contoso.example".into(),
        job_title: HOSTILE_TITLE.into(),
        role: Some(Role::PartnerSales),
        countries: vec!["DE".into()],
        states: vec![],
    });
    contacts.push(Contact {
        name: "Grace Hopper".into(),
        email: "grace@contoso.example".into(),
        job_title: "Solution architect".into(),
        role: Some(Role::PartnerTechnicalSales),
        countries: vec!["US".into()],
        states: vec!["US-WA".into(), "US-NY".into()],
    });
    s.contacts = contacts.into();
    s
}

/// Every value a partner types, chooses or checks, as the page must show it (unescaped).
fn values_of(s: &Submission) -> Vec<String> {
    let mut v = vec![
        s.partner.mpn_id.clone().unwrap_or_default(),
        s.offer.name.clone().unwrap_or_default(),
        "IP (application)".to_string(),
        s.documents.landing_page_url.clone().unwrap_or_default(),
        s.markets.join(", "),
        "1-one-pager.pdf".into(),
        "2-pitch-deck.pptx".into(),
        "6-architecture-diagram.png".into(),
        "7-other-1.pdf".into(),
    ];
    v.extend(s.listing.microsoft_platforms.iter().cloned());
    v.extend(s.listing.segments.iter().cloned());
    for a in &s.listing.solution_areas {
        v.push(a.area.clone());
        v.extend(a.sub_areas.iter().cloned());
    }
    for c in s.contacts.iter() {
        v.extend([
            c.name.clone(),
            c.email.clone(),
            c.job_title.clone(),
            c.role.map(|r| r.label().to_string()).unwrap_or_default(),
            c.countries.join(", "),
        ]);
        if !c.states.is_empty() {
            v.push(c.states.join(", "));
        }
    }
    v
}

fn write_kit(env: &Env, sub: &Submission, args: &[&str]) -> std::path::PathBuf {
    env.write("d.json", &sub.to_pretty_json());
    let mut all = vec!["export", "d.json", "--kit", "kit"];
    all.extend_from_slice(args);
    let out = env.cosell(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kit = env.path("kit");
    let url = cosell::kit_page::url(&kit.canonicalize().unwrap());
    assert!(
        stderr(&out).contains(&format!("To work from it, open {url} in a browser")),
        "{}",
        stderr(&out)
    );
    kit
}

#[test]
fn the_kit_has_its_page_with_every_value_escaped() {
    let env = Env::new();
    let sub = full_draft(&env);
    let kit = write_kit(&env, &sub, &[]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(kit.join("index.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    for v in values_of(&sub) {
        assert!(
            page.contains(&cosell::kit_page::esc(&v)),
            "{v:?} is not on the page"
        );
    }
    // Escaped, never markup.
    assert!(!page.contains(HOSTILE), "the hostile name is markup");
    assert!(!page.contains("<script>alert"), "a script from the draft");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // One script and one style, both the page's own, named in the policy.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(page.matches("<style").count(), 1);
    assert!(page.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        cosell::kit_page::content_security_policy()
    )));
    // Nothing is loaded from anywhere but the kit folder.
    for bad in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url("] {
        assert!(!page.contains(bad), "{bad}");
    }
    // Documents linked, the diagram shown, the CSV linked, the map there with every market.
    for doc in [
        "documents/1-one-pager.pdf",
        "documents/2-pitch-deck.pptx",
        "documents/7-other-1.pdf",
    ] {
        assert!(page.contains(&format!("<a href=\"{doc}\">")), "{doc}");
    }
    assert!(page.contains("<img src=\"documents/6-architecture-diagram.png\""));
    assert!(page.contains("1 page"), "the one-pager's page count");
    assert!(page.contains("6 slides"), "the deck's slide count");
    assert!(page.contains("<a href=\"contacts.csv\">"));
    for m in &sub.markets {
        assert!(
            page.contains(&format!("class=\"pin covered\" data-code=\"{m}\"")),
            "{m} on the map"
        );
    }
    // The same words as the checklist for the status.
    let list = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
    assert!(list.contains("Status this draft reaches: **Azure IP co-sell incentivized**"));
    assert!(page.contains(
        "Status this draft reaches: <strong class=\"rung\">Azure IP co-sell incentivized</strong>"
    ));
    assert!(page.contains("Nothing is missing for the rungs this offer can reach."));
}

#[test]
fn an_incomplete_kit_says_what_is_missing_on_its_page() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    sub.markets.push("FR".into());
    sub.markets.push("FK".into());
    let kit = write_kit(&env, &sub, &["--allow-incomplete"]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert!(page.contains("<strong>INCOMPLETE</strong>"));
    assert!(page.contains("Still missing:"));
    assert!(
        page.contains("no Partner sales contact for FR (France)"),
        "{page}"
    );
    assert!(page.contains("class=\"pin uncovered\" data-code=\"FR\""));
    assert!(page.contains("class=\"pin warned\" data-code=\"FK\""));
    assert!(page.contains("Without a Partner sales contact: FR"));
}

#[test]
fn a_page_for_thirty_markets_and_fifty_contacts_stays_small() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    let countries: Vec<String> = cosell::model::geo::all_countries()
        .iter()
        .filter(|c| !cosell::model::geo::NOT_IN_PARTNER_CENTER.contains(c))
        .take(30)
        .map(|c| c.to_string())
        .collect();
    sub.markets = countries.clone();
    sub.contacts = (0..50)
        .map(|i| Contact {
            name: format!("Seller Number {i}"),
            email: format!("seller{i}@contoso.example"),
            job_title: "Account executive".into(),
            role: Some(Role::PartnerSales),
            countries: countries.clone(),
            states: vec![],
        })
        .collect::<Vec<_>>()
        .into();
    let kit = write_kit(&env, &sub, &[]);
    let size = std::fs::metadata(kit.join("index.html")).unwrap().len();
    assert!(size < 300 * 1024, "index.html is {size} bytes");
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert_eq!(page.matches("<tr><td>Seller Number").count(), 50);
    assert_eq!(page.matches("class=\"pin covered\"").count(), 30 + 1);
}
