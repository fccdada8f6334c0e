//! The rules editions from the command line: `status --rules`, `status --compare` (text and
//! JSON), 2023-08 and 2025-09 exports against `cosell schema`, and the new file keys.

mod common;
use common::*;

fn to_2023(text: &str) -> String {
    text.replace("\"rules\": \"2021-02\"", "\"rules\": \"2023-08\"")
        .replace("\"segments\": [\"Enterprise\"], ", "")
}

const EDITIONS: [&str; 4] = ["2020-09", "2021-02", "2023-08", "2025-09"];

#[test]
fn compare_prints_every_edition_in_words_differences_first() {
    let env = Env::new();
    // Billed revenue from a non-transactable offer: only 2020-09 and 2025-09 count it.
    let text = spec_example(env.dir.path())
        .replace("\"transactable\": true", "\"transactable\": false")
        .replace(
            "\"azure_consumed_revenue_usd\": \"120000.00\"",
            "\"azure_consumed_revenue_usd\": \"20000.00\"",
        )
        .replace(
            "\"marketplace_billed_revenue_usd\": \"0.00\"",
            "\"marketplace_billed_revenue_usd\": \"150000.00\"",
        );
    assert!(text.contains("150000.00") && text.contains("\"transactable\": false"));
    env.write("it.json", &text);
    let out = env.cosell(&["status", "it.json", "--compare"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let status_of = |e: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(e))
            .unwrap_or_else(|| panic!("{e}:\n{text}"))
            .to_string()
    };
    assert!(
        status_of("2020-09").contains("Azure IP co-sell incentivized"),
        "{text}"
    );
    assert!(
        status_of("2021-02").contains("Co-sell ready")
            && status_of("2021-02").contains("this draft")
    );
    assert!(status_of("2023-08").contains("Co-sell ready"), "{text}");
    assert!(
        status_of("2025-09").contains("Co-sell ready"),
        "IP-TRANSACTABLE: {text}"
    );
    let header = text
        .lines()
        .find(|l| l.contains("2020-09") && l.contains("2025-09"))
        .unwrap();
    assert!(EDITIONS.iter().all(|e| header.contains(e)), "{header}");
    let differ = text.find("Differences between the editions").unwrap();
    let same = text.find("The same in every edition").unwrap();
    assert!(differ < same, "differences first:\n{text}");
    // Titles in words, the ids only beside the reasons.
    let row = |start: &str| {
        text.lines()
            .find(|l| l.trim_start().starts_with(start))
            .unwrap_or_else(|| panic!("{start}:\n{text}"))
            .to_string()
    };
    let cells = |line: &str| -> Vec<String> {
        line.split("  ")
            .map(str::trim)
            .filter(|c| !c.is_empty())
            .skip(1)
            .map(String::from)
            .collect()
    };
    let gold = row("Gold competency");
    assert_eq!(
        cells(&gold),
        ["n/a", "n/a", "—", "—"],
        "absent since 2023-08: {gold}"
    );
    assert!(
        !text.lines().any(|l| l.starts_with("CSR-")),
        "ids are secondary:\n{text}"
    );
    let revenue = row("USD 100,000");
    assert_eq!(
        cells(&revenue),
        ["✓ met", "✗ NOT MET", "✗ NOT MET", "✓ met"],
        "{revenue}"
    );
    let isv = row("Enrolled in ISV Success");
    assert!(isv.contains("n/a"), "{isv}");
    assert!(text[differ..same].contains("Enrolled in ISV Success"));
    // A title too long for its column is the short one, never cut mid-word.
    assert!(text[same..].contains("Sales contact per market"), "{text}");
    assert!(!text.contains('…'), "{text}");
    let why = &text[text.find("Why not met:").unwrap()..];
    assert!(why.contains("(IP-REVENUE)"), "{why}");
    assert!(
        why.contains(
            "2021-02, 2023-08: USD 150,000.00 but billed revenue counts only for transactable offers"
        ),
        "the same reason once, for both editions: {why}"
    );
    assert!(why.contains("2025-09: Azure IP co-sell eligibility needs an offer transactable in Microsoft Marketplace"), "{why}");
}

#[test]
fn compare_json_is_each_editions_status_block() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json", "--compare", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(keys, EDITIONS);
    for edition in EDITIONS {
        let one = env.cosell(&["status", "it.json", "--json", "--rules", edition]);
        let block: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
        assert_eq!(all[edition], block, "{edition}: the same block as --rules");
    }
    assert_eq!(all["2023-08"]["requirements"].as_array().unwrap().len(), 16);
    assert_eq!(all["2025-09"]["requirements"].as_array().unwrap().len(), 16);
    assert_eq!(all["2025-09"]["requirements"][9]["id"], "CSR-ISV-SUCCESS");
    assert_eq!(all["2021-02"]["requirements"].as_array().unwrap().len(), 13);
    let out = env.cosell(&["status", "it.json", "--compare", "--rules", "2021-02"]);
    assert_eq!(out.status.code(), Some(2), "--compare takes no --rules");
}

#[test]
fn a_2023_export_validates_against_the_schema_and_carries_the_new_key() {
    let env = Env::new();
    let text = to_2023(&spec_example(env.dir.path()));
    assert!(
        !text.contains("solutions_partner_designation"),
        "written before the key"
    );
    env.write("it.json", &text);
    let out = env.cosell(&["status", "it.json", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a file without the key loads: {}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "azure_ip_co_sell_incentivized");
    assert_eq!(v["requirements"][2]["id"], "CSR-OFFER-TYPE");

    let out = env.cosell(&["export", "it.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("out.json")).unwrap()).unwrap();
    assert_eq!(exported["rules"], "2023-08");
    assert_eq!(
        exported["partner"]["solutions_partner_designation"],
        serde_json::Value::Null
    );
    let schema: serde_json::Value =
        serde_json::from_slice(&env.cosell(&["schema"]).stdout).unwrap();
    let schema_text = schema.to_string();
    assert!(schema_text.contains("solutions_partner_designation"));
    assert!(schema_text.contains("2023-08") && schema_text.contains("in_market"));
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&exported)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    let draft: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert!(validator.is_valid(&draft), "drafts satisfy it too");
    let mut wrong = exported.clone();
    wrong["rules"] = "2024-01".into();
    assert!(!validator.is_valid(&wrong));

    // Files written by this version always carry the key.
    let out = env.cosell(&["contacts", "import", "it.json", "it.csv", "--yes"]);
    assert_ne!(out.status.code(), Some(0), "no such CSV");
    env.write("it.csv", "Name,Email,Job title,Role,Countries/Regions,States/Provinces\nAda,ada@contoso.example,Sales,Partner sales,\"US, CA\",\n");
    let out = env.cosell(&["contacts", "import", "it.json", "it.csv", "--yes"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let saved = std::fs::read_to_string(env.path("it.json")).unwrap();
    assert!(
        saved.contains("\"solutions_partner_designation\": null"),
        "{saved}"
    );
}

#[test]
fn rules_editions_are_named_in_errors_and_help() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json", "--rules", "2024-01"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("[possible values: 2025-09, 2023-08, 2021-02, 2020-09]"),
        "{}",
        stderr(&out)
    );
    let out = env.cosell(&["--help"]);
    let help = stdout(&out);
    for e in EDITIONS {
        assert!(help.contains(&format!("  {e}  ")), "{e} in --help: {help}");
    }
    let newest = &help[help.find("  2025-09  ").unwrap()..help.find("  2023-08  ").unwrap()];
    assert!(newest.contains("the default for"), "{newest}");
}

#[test]
fn a_2025_export_carries_the_new_key_and_validates() {
    let env = Env::new();
    let text = to_2023(&spec_example(env.dir.path()))
        .replace("\"rules\": \"2023-08\"", "\"rules\": \"2025-09\"");
    assert!(
        !text.contains("certified_software_designation"),
        "written before the key"
    );
    env.write("it.json", &text);
    let out = env.cosell(&["status", "it.json", "--json"]);
    assert_eq!(
        out.status.code(),
        Some(0),
        "a file without the key loads: {}",
        stderr(&out)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "azure_ip_co_sell_incentivized");
    assert_eq!(v["requirements"][9]["id"], "CSR-ISV-SUCCESS");
    let human = stdout(&env.cosell(&["status", "it.json"]));
    assert!(
        human.contains("Offer live on Microsoft Marketplace"),
        "{human}"
    );
    assert!(human.contains("top-tier pathway"), "{human}");

    // Answered true: text only, the same status block.
    let certified = text.replace(
        "\"isv_connect\": \"none\"",
        "\"isv_connect\": \"none\", \"certified_software_designation\": true",
    );
    assert_ne!(certified, text);
    env.write("certified.json", &certified);
    let out = env.cosell(&["status", "certified.json", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let w: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v, w, "never changes a status");
    let human = stdout(&env.cosell(&["status", "certified.json"]));
    assert!(
        human.contains("earned through your certified software designation"),
        "{human}"
    );
    env.write(
        "wrong.json",
        &text.replace(
            "\"isv_connect\": \"none\"",
            "\"isv_connect\": \"none\", \"certified_software_designation\": \"yes\"",
        ),
    );
    let out = env.cosell(&["status", "wrong.json"]);
    assert_eq!(
        out.status.code(),
        Some(2),
        "a wrong type is refused, naming the field"
    );
    assert!(
        stderr(&out).contains("partner.certified_software_designation"),
        "{}",
        stderr(&out)
    );

    let out = env.cosell(&["export", "certified.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("out.json")).unwrap()).unwrap();
    assert_eq!(exported["rules"], "2025-09");
    assert_eq!(exported["partner"]["certified_software_designation"], true);
    let schema: serde_json::Value =
        serde_json::from_slice(&env.cosell(&["schema"]).stdout).unwrap();
    let schema_text = schema.to_string();
    assert!(schema_text.contains("certified_software_designation"));
    assert!(schema_text.contains("2025-09") && schema_text.contains("CSR-ISV-SUCCESS"));
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&exported)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
}

/// docs/format.md lists every status id with its label in every edition: the same words the
/// editions' tables give (`—` where an edition never reaches the rung).
#[test]
fn the_format_doc_names_every_status_as_each_edition_does() {
    use cosell::model::Edition;
    use cosell::status::Status;
    let doc =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/format.md")).unwrap();
    let header = doc
        .lines()
        .find(|l| l.starts_with("| status id |"))
        .expect("a status table");
    let editions: Vec<Edition> = header
        .split('|')
        .skip(2)
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .map(|c| Edition::parse(c).unwrap_or_else(|| panic!("{c:?} is not an edition")))
        .collect();
    assert_eq!(editions, Edition::ALL, "every edition, oldest first");
    for status in [
        Status::NotReady,
        Status::InMarket,
        Status::CoSellReady,
        Status::AzureIpCoSellIncentivized,
        Status::BizAppsIsvConnectPremium,
    ] {
        let row = doc
            .lines()
            .find(|l| l.starts_with(&format!("| `{}` |", status.id())))
            .unwrap_or_else(|| panic!("{} has no row", status.id()));
        let cells: Vec<&str> = row.split('|').skip(2).map(str::trim).collect();
        for (e, cell) in editions.iter().zip(cells) {
            if cell != "—" {
                assert_eq!(cell, status.label(*e), "{} in {e}", status.id());
            }
        }
    }
}

/// CHECKLIST.md in 2025-09: the benefits with BEN-MACC's condition, each missing thing once, the
/// submit step once, and Microsoft Marketplace's words.
#[test]
fn a_2025_checklist_says_each_thing_once_in_its_words() {
    let env = Env::new();
    let text = to_2023(&spec_example(env.dir.path()))
        .replace("\"rules\": \"2023-08\"", "\"rules\": \"2025-09\"");
    env.write("it.json", &text);
    let out = env.cosell(&["export", "it.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let done = std::fs::read_to_string(env.path("kit/CHECKLIST.md")).unwrap();
    assert!(done.contains("What this status brings:"), "{done}");
    let macc = done
        .lines()
        .find(|l| l.contains("Azure consumption commitments"))
        .unwrap_or_else(|| panic!("{done}"));
    assert!(
        macc.contains("price above zero") && macc.contains("free and bring-your-own-licence"),
        "{macc}"
    );
    assert_eq!(done.matches("price above zero").count(), 1, "once: {done}");
    assert_eq!(done.matches("Submit for review").count(), 1, "once: {done}");
    for old in ["Azure Marketplace", "AppSource", "ISV Connect", "MPN ID"] {
        assert!(!done.contains(old), "{old}: {done}");
    }

    // Incomplete: what the INCOMPLETE box lists is not listed again below it.
    let incomplete = text.replace(
        "\"markets\": [\"US\", \"CA\"]",
        "\"markets\": [\"US\", \"CA\", \"FR\"]",
    );
    assert_ne!(incomplete, text);
    env.write("inc.json", &incomplete);
    let out = env.cosell(&["export", "inc.json", "--kit", "kit2", "--allow-incomplete"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let inc = std::fs::read_to_string(env.path("kit2/CHECKLIST.md")).unwrap();
    assert!(inc.contains("INCOMPLETE"), "{inc}");
    assert_eq!(
        inc.matches("no Partner sales contact for FR (France)")
            .count(),
        1,
        "said once: {inc}"
    );
    assert!(inc.contains("Nothing else is missing"), "{inc}");
}
