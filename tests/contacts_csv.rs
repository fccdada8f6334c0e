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
    file.extend_from_slice(b"Hal,hal@contoso.example,Sales,Partner sales,UK,\n"); // row 9
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
        "row 9: Countries/Regions \"UK\" is not a country code; did you mean GB (United Kingdom)?",
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

/// Windows-1252 bytes of a text (the characters these tests use).
fn cp1252(text: &str) -> Vec<u8> {
    text.chars()
        .map(|c| match c {
            '€' => 0x80,
            c if (c as u32) < 0x100 => c as u8,
            c => panic!("{c} is not in this test's Windows-1252 table"),
        })
        .collect()
}

fn utf16_with_bom(text: &str, little_endian: bool) -> Vec<u8> {
    let mut out = if little_endian {
        vec![0xff, 0xfe]
    } else {
        vec![0xfe, 0xff]
    };
    for u in text.encode_utf16() {
        out.extend_from_slice(&if little_endian {
            u.to_le_bytes()
        } else {
            u.to_be_bytes()
        });
    }
    out
}

fn encoding_notices(got: &cosell::contacts_csv::Imported) -> Vec<String> {
    got.warnings
        .iter()
        .filter(|w| w.message.starts_with("read as "))
        .map(|w| w.to_string())
        .collect()
}

#[test]
fn spreadsheets_in_every_encoding_excel_writes_are_read() {
    use cosell::contacts_csv::TextEncoding as E;
    let semicolons = "Name;Email;Job title;Role;Countries/Regions;States/Provinces\r\n\
Zoë Müller;zoe@contoso.example;Verkäuferin;Partner sales;DE, AT;\r\n\
Renée Façade;renee@contoso.example;Directrice;Partner sales;FR;\r\n";
    let tabs = semicolons.replace(';', "\t");
    let cases: Vec<(&str, Vec<u8>, E, Option<&str>)> = vec![
        (
            "Windows-1252, semicolons",
            cp1252(semicolons),
            E::Windows1252,
            Some("Windows-1252"),
        ),
        (
            "UTF-16 LE with BOM, tabs",
            utf16_with_bom(&tabs, true),
            E::Utf16Le,
            Some("UTF-16"),
        ),
        (
            "UTF-16 BE with BOM, tabs",
            utf16_with_bom(&tabs, false),
            E::Utf16Be,
            Some("UTF-16"),
        ),
        (
            "UTF-8 with BOM",
            [&b"\xef\xbb\xbf"[..], semicolons.as_bytes()].concat(),
            E::Utf8Bom,
            None,
        ),
        ("UTF-8", semicolons.as_bytes().to_vec(), E::Utf8, None),
    ];
    for (what, bytes, encoding, notice) in cases {
        let got = import(&bytes).unwrap_or_else(|e| panic!("{what}: {e}"));
        assert_eq!(got.encoding, encoding, "{what}");
        let names: Vec<&str> = got.contacts.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Zoë Müller", "Renée Façade"], "{what}");
        assert_eq!(got.contacts[0].countries, ["DE", "AT"], "{what}");
        assert_eq!(got.contacts[0].job_title, "Verkäuferin", "{what}");
        let notices = encoding_notices(&got);
        match notice {
            Some(n) => {
                assert_eq!(notices.len(), 1, "{what}: one notice: {notices:?}");
                assert!(notices[0].contains(n), "{what}: {notices:?}");
            }
            None => assert!(notices.is_empty(), "{what}: {notices:?}"),
        }
    }
}

#[test]
fn files_saved_by_pythons_encoders_are_read() {
    // tests/spreadsheets/contacts-*.{csv,txt}: written by Python's cp1252 and utf-16 codecs, with
    // the header spellings of Partner Center's docs, so the decoding is checked against another
    // encoder than the test's own.
    for (file, sep) in [
        ("contacts-windows-1252.csv", "semicolons"),
        ("contacts-utf16.txt", "tabs"),
    ] {
        let bytes = std::fs::read(format!("tests/spreadsheets/{file}")).unwrap();
        let got = import(&bytes).unwrap_or_else(|e| panic!("{file}: {e}"));
        let names: Vec<&str> = got.contacts.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Zoë Müller", "François Lefèvre"], "{file} ({sep})");
        assert_eq!(got.contacts[1].job_title, "Directeur €", "{file}");
        assert_eq!(got.contacts[0].countries, ["DE", "AT"], "{file}");
        assert_eq!(encoding_notices(&got).len(), 1, "{file}");
    }
}

#[test]
fn header_variants_of_partner_centers_docs_are_accepted() {
    for header in [
        "Name,Email,Job title,Role,Countries/Regions,States/Provinces",
        "name,EMAIL ADDRESS,job  title,ROLE,Countries and regions,States and provinces",
        "Name ,E-mail address, Job_Title,Role,Countries / Regions,State/Province (optional)",
        "Full name,Email address,Title,Role,Country or region,States",
    ] {
        let file =
            format!("{header}\nAda,ada@contoso.example,Sales,Partner sales,\"US, CA\",US-WA\n");
        let got = import(file.as_bytes()).unwrap_or_else(|e| panic!("{header}: {e}"));
        assert_eq!(got.contacts[0].email, "ada@contoso.example", "{header}");
        assert_eq!(got.contacts[0].countries, ["US", "CA"], "{header}");
        assert_eq!(got.contacts[0].states, ["US-WA"], "{header}");
    }
    let errs = errors_of(b"Name,Email,Phone number,Role,Countries and regions\n");
    assert!(
        errs.iter()
            .any(|e| e.contains("unknown column \"Phone number\"")),
        "{errs:?}"
    );
}

#[test]
fn a_file_in_no_known_encoding_is_refused_in_one_line() {
    let mut rows = b"Name,Email,Job title,Role,Countries/Regions\n".to_vec();
    for i in 0..50 {
        // 0x81 and 0x8D are undefined in Windows-1252 and invalid alone in UTF-8.
        rows.extend_from_slice(
            format!("N{i}\x01,n{i}@contoso.example,Sales,Partner sales,US\n").as_bytes(),
        );
        rows.extend_from_slice(b"\x81\x8d,x@contoso.example,Sales,Partner sales,US\n");
    }
    let cases: Vec<(&str, Vec<u8>, &str)> = vec![
        (
            "undefined bytes",
            rows,
            "not text in UTF-8, UTF-16 or Windows-1252",
        ),
        (
            "UTF-16 without a BOM",
            "Name,Email\n"
                .encode_utf16()
                .flat_map(u16::to_le_bytes)
                .collect(),
            "UTF-16 without a byte-order mark",
        ),
        (
            "a workbook",
            b"PK\x03\x04\x14\x00\x00\x00rest".to_vec(),
            "workbook (.xlsx)",
        ),
        (
            "UTF-8 BOM, then Latin-1",
            b"\xef\xbb\xbfName,Email\nR\xe9n\xe9e,r@x.example\n".to_vec(),
            "says it is UTF-8 but row 2 is not",
        ),
        (
            "UTF-16 BOM, then an odd byte",
            [&utf16_with_bom("Name", true)[..], b"\x00\xd8"].concat(),
            "not valid UTF-16",
        ),
    ];
    for (what, bytes, want) in cases {
        let errs = errors_of(&bytes);
        assert_eq!(errs.len(), 1, "{what}: one line for the file: {errs:#?}");
        assert!(errs[0].contains(want), "{what}: {errs:?}");
        assert!(errs[0].contains("CSV UTF-8"), "{what}: says how to fix it");
    }
}

#[test]
fn cli_import_of_a_windows_1252_file_names_the_encoding_once() {
    let env = Env::new();
    env.write("d.json", &spec_example(env.dir.path()));
    let mut file = cp1252("Name;Email;Job title;Role;Countries/Regions\r\n");
    file.extend(cp1252(
        "Zoë;zoe@contoso.example;Sales;Partner sales;US, CA\r\n",
    ));
    file.extend(cp1252("Hal;hal@contoso.example;Sales;Partner sales;UK\r\n"));
    std::fs::write(env.path("w.csv"), &file).unwrap();
    let out = env.cosell(&["contacts", "import", "d.json", "w.csv", "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(1), "{err}");
    assert!(
        err.contains("row 3: Countries/Regions \"UK\" is not a country code; did you mean GB (United Kingdom)?"),
        "{err}"
    );
    file.truncate(file.len() - cp1252("Hal;hal@contoso.example;Sales;Partner sales;UK\r\n").len());
    std::fs::write(env.path("w.csv"), &file).unwrap();
    let out = env.cosell(&["contacts", "import", "d.json", "w.csv", "--yes"]);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert_eq!(err.matches("read as Windows-1252").count(), 1, "{err}");
    let sub = cosell::store::load(&env.path("d.json")).unwrap();
    assert_eq!(sub.contacts[0].name, "Zoë");
}
