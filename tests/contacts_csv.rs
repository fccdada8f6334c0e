//! Partner Center contacts CSV with real-looking files: Excel's quirks, every kind of bad cell,
//! the spill trap, and the replace-all semantics of an import.

mod common;
use common::*;

use cosell::contacts_csv::{export, import, preview, template};
use cosell::model::{Contact, Role};

fn errors_of(text: &[u8]) -> Vec<String> {
    import(text)
        .unwrap_err()
        .rows()
        .iter()
        .map(|e| e.to_string())
        .collect()
}

#[test]
fn excel_semicolon_bom_crlf() {
    let file = b"\xef\xbb\xbfName;Email;Job title;Role;Countries/Regions;States/Provinces\r\n\
Ada Lovelace;ada@contoso.example;Sales lead;Partner sales;US, CA;US-WA, CA-BC\r\n\
Grace Hopper;grace@contoso.example;CTO;partner_technical_sales;nl;\r\n";
    let got = import(file).unwrap();
    assert_eq!(got.contacts.len(), 2);
    assert_eq!(got.contacts[0].countries, ["US", "CA"]);
    assert_eq!(got.contacts[0].states, ["US-WA", "CA-BC"]);
    assert_eq!(got.contacts[0].role, Some(Role::PartnerSales));
    assert_eq!(got.contacts[1].role, Some(Role::PartnerTechnicalSales));
    assert_eq!(
        got.contacts[1].countries,
        ["NL"],
        "codes are case-insensitive"
    );
}

#[test]
fn quoted_commas_and_columns_in_another_order() {
    let file = b"Email,Name,Countries/Regions,Role,Job title,States/Provinces\n\
ada@contoso.example,\"Lovelace, Ada\",\"US, CA, FR\",Partner Sales,Sales lead,\n";
    let got = import(file).unwrap();
    assert_eq!(got.contacts[0].name, "Lovelace, Ada");
    assert_eq!(got.contacts[0].countries, ["US", "CA", "FR"]);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.message.contains("special characters"))
            || got.warnings.is_empty()
    );
}

#[test]
fn the_spill_trap_is_named() {
    for file in [
        &b"Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@contoso.example,Sales,Partner sales,NL, BE,\n"[..],
        &b"Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@contoso.example,Sales,Partner sales,NL, BE\n"[..],
    ] {
        let errs = errors_of(file);
        assert_eq!(errs.len(), 1, "{errs:?}");
        assert!(errs[0].starts_with("row 2: Countries/Regions \"NL, BE\""), "{errs:?}");
        assert!(errs[0].contains("\"BE\" spilled into States/Provinces"), "{errs:?}");
        assert!(errs[0].contains("double quotes"), "{errs:?}");
    }
}

#[test]
fn every_kind_of_bad_cell_is_reported_at_once() {
    let mut file = b"Name,Email,Job title,Role,Countries/Regions,States/Provinces\n".to_vec();
    file.extend_from_slice(b"Ada,ada@,Sales,Partner sales,US,\n"); // row 2
    file.extend_from_slice(b"Bob,bob@contoso.example,Sales,Sales guy,US,\n"); // row 3
    file.extend_from_slice(b"Cy,cy@contoso.example,Sales,Partner sales,ZZ,\n"); // row 4
    file.extend_from_slice(b"Di,di@contoso.example,Sales,Partner sales,US,US-XX\n"); // row 5
    file.extend_from_slice(b"Ed,ed@contoso.example,Sales,Partner sales,US,CA-BC\n"); // row 6
    file.extend_from_slice(b",fay@contoso.example,Sales,Partner sales,US,\n"); // row 7
    file.extend_from_slice(b"Gus,gus@contoso.example,Sales,Partner sales\n"); // row 8
    file.extend_from_slice(b"H\xe9l\xe8ne,h@contoso.example,Sales,Partner sales,FR,\n"); // row 9
    file.extend_from_slice(b"Ida,ida@contoso.example,,Partner sales,,\n"); // row 10
    let errs = errors_of(&file);
    let want = [
        "row 2: Email \"ada@\" is not a valid address",
        "row 3: Role \"Sales guy\" is not one of Partner marketing, Partner sales",
        "row 4: Countries/Regions \"ZZ\" is not an ISO 3166-1 alpha-2 country code",
        "row 5: States/Provinces \"US-XX\" is not a US, Canadian or Australian state",
        "row 6: States/Provinces \"CA-BC\" is in CA, which is not among this contact's countries",
        "row 7: Name is required",
        "row 8: has 4 cells but the header has 6 columns",
        "row 9: Name is not UTF-8 text",
        "row 10: Job title is required",
        "row 10: Countries/Regions is required",
    ];
    assert_eq!(errs.len(), want.len(), "{errs:#?}");
    for (e, w) in errs.iter().zip(want) {
        assert!(e.starts_with(w), "{e:?} should start with {w:?}");
    }
}

#[test]
fn header_problems() {
    let errs =
        errors_of(b"Name,Email,Phone,Role,Countries/Regions\nAda,a@b.co,1,Partner sales,US\n");
    assert!(
        errs.iter().any(|e| e.contains("unknown column \"Phone\"")),
        "{errs:?}"
    );
    assert!(
        errs.iter().any(|e| e.contains("\"Job title\" is missing")),
        "{errs:?}"
    );
    assert!(errors_of(b"")[0].contains("the file is empty"));
    assert!(errors_of(b"\xef\xbb\xbf\r\n")[0].contains("the file is empty"));
    assert!(
        errors_of(b"Name,Email,Job title,Role,Countries/Regions,States/Provinces\r\n")[0]
            .contains("no contacts")
    );
}

#[test]
fn template_imports_with_a_warning_about_the_example() {
    let got = import(template().as_bytes()).unwrap();
    assert_eq!(got.contacts.len(), 1);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.message.contains("example row"))
    );
}

#[test]
fn export_import_round_trips() {
    let contacts = vec![
        Contact {
            name: "Ada Lovelace".into(),
            email: "ada@contoso.example".into(),
            job_title: "Sales lead".into(),
            role: Some(Role::PartnerSales),
            countries: vec!["US".into(), "CA".into()],
            states: vec!["US-WA".into()],
        },
        Contact {
            name: "Grace \"Amazing\" Hopper".into(),
            email: "grace@contoso.example".into(),
            job_title: "VP, Sales".into(),
            role: Some(Role::PartnerCustomerSuccessManager),
            countries: vec!["OOO".into()],
            states: vec![],
        },
    ];
    let csv = export(&contacts);
    assert!(csv.starts_with("Name,Email,Job title,Role,Countries/Regions,States/Provinces\n"));
    assert!(csv.contains("\"US, CA\""));
    assert_eq!(import(csv.as_bytes()).unwrap().contacts, contacts);
}

#[test]
fn preview_names_what_changes() {
    let markets: Vec<String> = vec!["US".into(), "CA".into(), "FR".into()];
    let c = |countries: &[&str]| Contact {
        role: Some(Role::PartnerSales),
        countries: countries.iter().map(|s| s.to_string()).collect(),
        ..Contact::default()
    };
    let p = preview(&markets, &[c(&["US"]), c(&["CA"])], &[c(&["US", "FR"])]);
    assert_eq!((p.before, p.after), (2, 1));
    assert_eq!(p.newly_covered, ["FR"]);
    assert_eq!(p.newly_uncovered, ["CA"]);
    let text = p.to_string();
    assert!(
        text.contains("2 now → 1 after") && text.contains("CA (Canada)"),
        "{text}"
    );
}

#[test]
fn cli_import_with_errors_leaves_the_draft_byte_for_byte() {
    let env = Env::new();
    env.write("d.json", &spec_example(env.dir.path()));
    let before = std::fs::read(env.path("d.json")).unwrap();
    env.write("bad.csv", "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@,Sales,Partner sales,US,\n");
    let out = env.cosell(&["contacts", "import", "d.json", "bad.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr(&out).contains("row 2: Email \"ada@\""),
        "{}",
        stderr(&out)
    );
    assert!(stderr(&out).contains("draft is unchanged"));
    assert_eq!(std::fs::read(env.path("d.json")).unwrap(), before);

    // Without --yes and without a terminal nothing is replaced either.
    env.write("good.csv", "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nBo,bo@contoso.example,Sales,Partner sales,\"US, CA, FR\",\n");
    let out = env.cosell(&["contacts", "import", "d.json", "good.csv"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("1 now → 1 after"), "{}", stderr(&out));
    assert_eq!(std::fs::read(env.path("d.json")).unwrap(), before);

    let out = env.cosell(&["contacts", "import", "d.json", "good.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let out = env.cosell(&["contacts", "export", "d.json"]);
    assert!(
        stdout(&out).contains("Bo,bo@contoso.example,Sales,Partner sales,\"US, CA, FR\","),
        "{}",
        stdout(&out)
    );
}

#[test]
fn status_lists_uncovered_markets_by_name_and_code() {
    let env = Env::new();
    let text = spec_example(env.dir.path()).replace(
        "\"markets\": [\"US\", \"CA\"]",
        "\"markets\": [\"US\", \"CA\", \"DE\"]",
    );
    env.write("d.json", &text);
    let out = env.cosell(&["status", "d.json"]);
    assert!(
        stdout(&out).contains("Markets without a Partner sales contact:\n  DE  Germany"),
        "{}",
        stdout(&out)
    );
}
