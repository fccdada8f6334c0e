//! The three rules editions from the command line: `status --rules`, `status --compare` (text and
//! JSON), a 2023-08 export against `cosell schema`, and the new file key.

mod common;
use common::*;

fn to_2023(text: &str) -> String {
    text.replace("\"rules\": \"2021-02\"", "\"rules\": \"2023-08\"")
        .replace("\"segments\": [\"Enterprise\"], ", "")
}

#[test]
fn compare_prints_every_edition_differences_first() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json", "--compare"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    let header = text.lines().find(|l| l.contains("2020-09")).unwrap();
    assert!(
        header.contains("2021-02") && header.contains("2023-08"),
        "{text}"
    );
    let status = text.lines().find(|l| l.starts_with("Status")).unwrap();
    assert!(
        status.contains("Azure IP co-sell incentivized")
            && status.contains("Azure IP co-sell eligible"),
        "{text}"
    );
    let differ = text.find("Differences between the editions").unwrap();
    let same = text.find("The same in every edition").unwrap();
    assert!(differ < same, "differences first:\n{text}");
    let gold = text.lines().find(|l| l.starts_with("CSR-GOLD")).unwrap();
    assert!(
        gold.trim_end().ends_with('—'),
        "absent from 2023-08: {gold}"
    );
    let offer_type = text
        .lines()
        .find(|l| l.starts_with("CSR-OFFER-TYPE"))
        .unwrap();
    assert!(
        offer_type.contains("— ") && offer_type.contains("✓ met"),
        "{offer_type}"
    );
    assert!(text[differ..same].contains("CSR-GOLD"));
    assert!(text[same..].contains("CSR-ACCOUNT"), "{text}");
}

#[test]
fn compare_json_is_each_editions_status_block() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json", "--compare", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let keys: Vec<&String> = all.as_object().unwrap().keys().collect();
    assert_eq!(keys, ["2020-09", "2021-02", "2023-08"]);
    for edition in ["2020-09", "2021-02", "2023-08"] {
        let one = env.cosell(&["status", "it.json", "--json", "--rules", edition]);
        let block: serde_json::Value = serde_json::from_slice(&one.stdout).unwrap();
        assert_eq!(all[edition], block, "{edition}: the same block as --rules");
    }
    assert_eq!(all["2023-08"]["requirements"].as_array().unwrap().len(), 16);
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
        stderr(&out).contains("use 2023-08, 2021-02 or 2020-09"),
        "{}",
        stderr(&out)
    );
    let out = env.cosell(&["--help"]);
    assert!(stdout(&out).contains("2023-08"), "{}", stdout(&out));
}
