//! The CLI as a user runs it: the real binary, a temp COSELL_HOME, real files.

mod common;
use common::*;

#[test]
fn status_of_the_spec_example_explains_every_requirement() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let text = stdout(&out);
    assert!(
        text.contains("Status: Azure IP co-sell incentivized"),
        "{text}"
    );
    for id in cosell::rules::requirement_ids(cosell::model::Edition::E2021_02).map(|i| i.as_str()) {
        assert!(text.contains(id), "{id} missing from\n{text}");
    }
    assert!(text.contains("MPN ID 4567890, account active"));
    assert!(
        text.contains("platform \"Azure\" is not one of Partner Center's checkboxes"),
        "catalogue warning"
    );
}

#[test]
fn status_json_is_the_status_block() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json", "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["status"], "azure_ip_co_sell_incentivized");
    assert_eq!(v["requirements"].as_array().unwrap().len(), 13);
    let out = env.cosell(&["status", "it.json", "--json", "--rules", "2020-09"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        v["requirements"][4]["state"], "not_applicable",
        "pitch deck optional in 2020-09"
    );
}

#[test]
fn unreadable_files_name_file_field_and_position_and_stay_untouched() {
    let env = Env::new();
    let good = spec_example(env.dir.path());
    let cases: &[(&str, String, &str)] = &[
        ("truncated", good[..good.len() / 2].to_string(), "line"),
        (
            "unknown field",
            good.replace("\"live\": true", "\"livee\": true"),
            "offer.livee: unknown field `livee`",
        ),
        (
            "bad enum",
            good.replace("\"saas\"", "\"saas2\""),
            "offer.offer_type: unknown variant `saas2`",
        ),
        (
            "wrong type",
            good.replace("\"120000.00\"", "120000"),
            "revenue.azure_consumed_revenue_usd: invalid type",
        ),
        (
            "newer format",
            good.replace("cosell-submission/1", "cosell-submission/2"),
            "format: \"cosell-submission/2\" was written by a newer cosell; update cosell",
        ),
        (
            "wrong format",
            good.replace("cosell-submission/1", "invoice/1"),
            "format: \"invoice/1\" is not a cosell submission format",
        ),
        ("not json", "hello".to_string(), "(top level)"),
    ];
    for (name, text, want) in cases {
        let path = env.write("broken.json", text);
        let before = std::fs::read(&path).unwrap();
        for args in [
            vec!["status", "broken.json"],
            vec!["export", "broken.json", "-o", "x.json"],
        ] {
            let out = env.cosell(&args);
            let err = stderr(&out);
            assert_eq!(out.status.code(), Some(2), "{name}: {err}");
            assert!(err.contains("broken.json"), "{name}: names the file: {err}");
            assert!(err.contains(want), "{name}: wanted {want:?} in {err}");
            assert!(
                err.contains("line ") && err.contains("column "),
                "{name}: position: {err}"
            );
            assert_eq!(err.trim().lines().count(), 1, "{name}: one line: {err}");
        }
        assert_eq!(
            std::fs::read(&path).unwrap(),
            before,
            "{name}: file modified"
        );
    }
}

#[test]
fn invalid_values_load_are_reported_and_block_export() {
    let env = Env::new();
    let good = spec_example(env.dir.path());
    let d = env.dir.path().display().to_string();
    std::fs::create_dir(env.path("adir.pdf")).unwrap();
    std::fs::write(env.path("empty.pdf"), b"").unwrap();
    std::fs::copy(env.path("architecture.png"), env.path("renamed.pdf")).unwrap();
    let cases: Vec<(&str, String, &str)> = vec![
        (
            "country with blank",
            good.replace(
                "[\"US\", \"CA\"],\n  \"documents\"",
                "[\"US \", \"CA\"],\n  \"documents\"",
            ),
            "markets[0]",
        ),
        (
            "country ZZ",
            good.replace(
                "\"countries\": [\"US\", \"CA\"]",
                "\"countries\": [\"US\", \"ZZ\"]",
            ),
            "contacts[0].countries",
        ),
        (
            "bad email",
            good.replace("ada@contoso.example", "ada@"),
            "contacts[0].email",
        ),
        (
            "negative revenue",
            good.replace("\"120000.00\"", "\"-120000.00\""),
            "revenue.azure_consumed_revenue_usd",
        ),
        (
            "non-numeric revenue",
            good.replace("\"120000.00\"", "\"lots\""),
            "revenue.azure_consumed_revenue_usd",
        ),
        (
            "directory document",
            good.replace(&format!("{d}/one-pager.pdf"), &format!("{d}/adir.pdf")),
            "is a directory",
        ),
        (
            "empty pdf",
            good.replace(&format!("{d}/one-pager.pdf"), &format!("{d}/empty.pdf")),
            "is empty (0 bytes)",
        ),
        (
            "png renamed pdf",
            good.replace(&format!("{d}/one-pager.pdf"), &format!("{d}/renamed.pdf")),
            "looks like image/png",
        ),
        (
            "state outside",
            good.replace("\"states\": []", "\"states\": [\"CA-BC\", \"AU-NSW\"]"),
            "AU-NSW",
        ),
    ];
    for (name, text, want) in &cases {
        env.write("v.json", text);
        let out = env.cosell(&["status", "v.json"]);
        assert_eq!(
            out.status.code(),
            Some(0),
            "{name}: loads: {}",
            stderr(&out)
        );
        assert!(
            stdout(&out).contains(want),
            "{name}: {want:?} in\n{}",
            stdout(&out)
        );
        let out = env.cosell(&["export", "v.json", "-o", "v.export.json"]);
        assert_eq!(out.status.code(), Some(1), "{name}: export refused");
        assert!(
            stderr(&out).contains(want),
            "{name}: refusal names {want:?}: {}",
            stderr(&out)
        );
        assert!(
            !env.path("v.export.json").exists(),
            "{name}: nothing written"
        );
    }
    let out = env.cosell(&[
        "export",
        "v.json",
        "-o",
        "v.export.json",
        "--allow-incomplete",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

/// `cosell schema` prints a stored file; it must be what the types generate. After changing the
/// file format: `COSELL_BLESS=1 cargo test --test cli the_stored_schema` rewrites it.
#[test]
fn the_stored_schema_is_what_the_types_generate() {
    let generated = cosell::export::generate_schema();
    if std::env::var_os("COSELL_BLESS").is_some() {
        std::fs::write("assets/submission.schema.json", &generated).unwrap();
        return; // the binary includes the file: the next build carries it
    }
    assert!(
        generated == cosell::export::SCHEMA,
        "assets/submission.schema.json is stale: run COSELL_BLESS=1 cargo test --test cli the_stored_schema"
    );
    let env = Env::new();
    assert_eq!(
        String::from_utf8(env.cosell(&["schema"]).stdout).unwrap(),
        generated
    );
}

#[test]
fn export_validates_against_the_schema_and_is_private() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["export", "it.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let exported: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(env.path("out.json")).unwrap()).unwrap();
    let schema: serde_json::Value =
        serde_json::from_slice(&env.cosell(&["schema"]).stdout).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&exported)
        .map(|e| e.to_string())
        .collect();
    assert!(errors.is_empty(), "{errors:?}");
    // The schema is not vacuous: a wrong enum value fails it.
    let mut wrong = exported.clone();
    wrong["offer"]["offer_type"] = "saas2".into();
    assert!(!validator.is_valid(&wrong));

    let doc = &exported["documents"]["one_pager"];
    assert_eq!(doc["bytes"], common::pdf(1).len());
    assert_eq!(doc["media_type"], "application/pdf");
    assert_eq!(doc["sha256"].as_str().unwrap().len(), 64);
    assert_eq!(
        exported["status"]["status"],
        "azure_ip_co_sell_incentivized"
    );
    assert!(exported["exported_at"].as_str().unwrap().ends_with('Z'));
    assert!(exported.get("x-last-step").is_none());
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(env.path("out.json"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    // An export is itself a valid input.
    let out = env.cosell(&["status", "out.json", "--json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
}

#[test]
fn round_trip_is_byte_stable() {
    let env = Env::new();
    let sub = cosell::model::parse_submission(&spec_example(env.dir.path())).unwrap();
    let once = sub.to_pretty_json();
    let twice = cosell::model::parse_submission(&once)
        .unwrap()
        .to_pretty_json();
    assert_eq!(once, twice);
    assert!(once.ends_with("}\n"));
}

#[test]
fn list_shows_drafts_and_unreadable_ones() {
    let env = Env::new();
    let out = env.cosell(&["list"]);
    assert!(stdout(&out).contains("No drafts"), "{}", stdout(&out));
    std::fs::create_dir_all(env.home()).unwrap();
    std::fs::write(
        env.home().join("contoso.json"),
        spec_example(env.dir.path()),
    )
    .unwrap();
    std::fs::write(env.home().join("broken.json"), "{").unwrap();
    let out = env.cosell(&["list"]);
    let text = stdout(&out);
    assert!(
        text.contains("contoso")
            && text.contains("Azure IP co-sell incentivized")
            && text.contains("100%"),
        "{text}"
    );
    assert!(
        text.contains("broken") && text.contains("unreadable"),
        "{text}"
    );
    let out = env.cosell(&["status", "contoso"]);
    assert_eq!(out.status.code(), Some(0));
    let out = env.cosell(&["status", "nope"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("cosell list"), "{}", stderr(&out));
}

#[test]
fn export_never_overwrites_the_draft() {
    let env = Env::new();
    env.write("it.json", &spec_example(env.dir.path()));
    let before = std::fs::read(env.path("it.json")).unwrap();
    let out = env.cosell(&["export", "it.json", "-o", "it.json"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(env.path("it.json")).unwrap(), before);
}

#[test]
fn completions_man_page_and_list_json() {
    let env = Env::new();
    for shell in ["bash", "zsh", "fish", "powershell"] {
        let out = env.cosell(&["completions", shell]);
        assert_eq!(out.status.code(), Some(0), "{shell}: {}", stderr(&out));
        assert!(stdout(&out).contains("contacts"), "{shell}");
    }
    let out = env.cosell(&["man"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains(".TH cosell"), "{}", stdout(&out));
    // They need no drafts folder.
    let out = env
        .command(&["completions", "bash"])
        .env("COSELL_HOME", env.path("one-pager.pdf"))
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));

    std::fs::create_dir_all(env.home()).unwrap();
    std::fs::write(
        env.home().join("contoso.json"),
        spec_example(env.dir.path()),
    )
    .unwrap();
    std::fs::write(env.home().join("broken.json"), "{").unwrap();
    let out = env.cosell(&["list", "--json"]);
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let rows = rows.as_array().unwrap();
    assert_eq!(rows.len(), 2);
    let ok = rows.iter().find(|r| r["name"] == "contoso").unwrap();
    assert_eq!(ok["status"], "azure_ip_co_sell_incentivized");
    assert_eq!(ok["rules"], "2021-02");
    assert_eq!(ok["completeness"], 100);
    assert_eq!(ok["error"], serde_json::Value::Null);
    let bad = rows.iter().find(|r| r["name"] == "broken").unwrap();
    assert!(bad["error"].as_str().unwrap().contains("broken.json"));
}
