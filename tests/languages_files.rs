//! Data stays language-neutral: an export, a kit's submission.json and contacts.csv, and a draft
//! saved by cosell are the same byte for byte whether cosell speaks English, Dutch or French;
//! only what a person reads (CHECKLIST.md, index.html, messages) is in the reader's language.

mod common;
use common::*;

use std::path::Path;

const LANGS: [&str; 3] = ["en", "nl", "fr"];

fn run(env: &Env, lang: &str, args: &[&str]) -> std::process::Output {
    let out = env.command(args).env("COSELL_LANG", lang).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{lang}: cosell {args:?}: {}",
        stderr(&out)
    );
    out
}

/// The export without its time stamp (the one thing that differs between two runs).
fn without_time(bytes: &[u8]) -> String {
    let text = String::from_utf8(bytes.to_vec()).unwrap();
    text.lines()
        .filter(|l| !l.trim_start().starts_with("\"exported_at\""))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A draft with something for every language-dependent part of the status block: money short
/// of a threshold, a document check, a contact, several markets.
fn draft(env: &Env) -> String {
    spec_example(env.dir.path())
        .replace(
            "\"azure_consumed_revenue_usd\": \"120000.00\"",
            "\"azure_consumed_revenue_usd\": \"96500.50\"",
        )
        .replace(
            "\"markets\": [\"US\", \"CA\"]",
            "\"markets\": [\"US\", \"CA\", \"FR\"]",
        )
}

#[test]
fn exports_and_kits_are_the_same_in_every_language() {
    let env = Env::new();
    env.write("d.json", &draft(&env));
    let mut exports = Vec::new();
    let mut kits = Vec::new();
    for lang in LANGS {
        let out = format!("export-{lang}.json");
        run(
            &env,
            lang,
            &["export", "d.json", "-o", &out, "--allow-incomplete"],
        );
        exports.push(without_time(&std::fs::read(env.path(&out)).unwrap()));
        let kit = format!("kit-{lang}");
        run(
            &env,
            lang,
            &["export", "d.json", "--kit", &kit, "--allow-incomplete"],
        );
        let dir = env.path(&kit);
        kits.push((
            without_time(&std::fs::read(dir.join("submission.json")).unwrap()),
            std::fs::read(dir.join("contacts.csv")).unwrap(),
        ));
    }
    // The status block's texts are there (so the check means something) and in English.
    assert!(exports[0].contains("\"detail\""), "{}", exports[0]);
    assert!(exports[0].contains("USD 96,500.50"), "{}", exports[0]);
    for (lang, export) in LANGS.iter().zip(&exports) {
        assert_eq!(
            export, &exports[0],
            "{lang}: the export differs from English"
        );
    }
    for (lang, (json, csv)) in LANGS.iter().zip(&kits) {
        assert_eq!(
            json, &kits[0].0,
            "{lang}: the kit's submission.json differs"
        );
        assert_eq!(csv, &kits[0].1, "{lang}: the kit's contacts.csv differs");
        assert_eq!(
            json, &exports[0],
            "{lang}: the kit's submission.json is the export"
        );
    }
    // The CSV's header and role names are Partner Center's template, in English.
    let csv = String::from_utf8_lossy(&kits[1].1).into_owned();
    assert!(csv.contains("Name,Email,Job title,Role,Countries/Regions,States/Provinces"));
    assert!(csv.contains("Partner sales"));
}

#[test]
fn the_checklist_and_the_page_speak_the_readers_language() {
    let env = Env::new();
    env.write("d.json", &draft(&env));
    let read = |kit: &str, file: &str| std::fs::read_to_string(env.path(kit).join(file)).unwrap();
    let words: [(&str, &[&str], &[&str]); 3] = [
        (
            "en",
            &[
                "# Co-sell checklist",
                "## 4. Contacts",
                "Status this draft reaches:",
            ],
            &[
                "<html lang=\"en\"",
                "Co-sell kit for Partner Center",
                "data-say-copied=\"Copied\"",
            ],
        ),
        (
            "nl",
            &[
                "# Checklist co-sell",
                "## 4. Contactpersonen",
                "Status die dit concept bereikt:",
                "Partnercentrum",
                "1 contactpersoon, 3 markten",
            ],
            &[
                "<html lang=\"nl\"",
                "Co-sell-pakket voor Partnercentrum",
                "data-say-copied=\"Gekopieerd\"",
                ">Kopiëren</button>",
                "Markten op een wereldkaart",
            ],
        ),
        (
            "fr",
            &[
                "# Liste de contrôle co-vente",
                "## 4. Contacts",
                "Statut atteint par ce brouillon :",
                "Espace partenaires",
                "1 contact, 3 marchés",
            ],
            &[
                "<html lang=\"fr\"",
                "Kit de co-vente pour l’Espace partenaires",
                "data-say-copied=\"Copié\"",
                ">Copier</button>",
                "Marchés sur une carte du monde",
            ],
        ),
    ];
    for (lang, in_list, in_page) in words {
        let kit = format!("kit-{lang}");
        let out = run(
            &env,
            lang,
            &["export", "d.json", "--kit", &kit, "--allow-incomplete"],
        );
        let list = read(&kit, "CHECKLIST.md");
        let page = read(&kit, "index.html");
        for w in in_list {
            assert!(
                list.contains(w),
                "{lang}: {w:?} not in CHECKLIST.md:\n{list}"
            );
        }
        for w in in_page {
            assert!(page.contains(w), "{lang}: {w:?} not in index.html");
        }
        if lang != "en" {
            for english in ["Still missing:", "Nothing is missing", "Open the page"] {
                assert!(
                    !list.contains(english),
                    "{lang}: {english:?} in CHECKLIST.md"
                );
                assert!(!page.contains(english), "{lang}: {english:?} in index.html");
            }
        }
        // The page's script is a constant: its hash in the Content-Security-Policy holds in
        // every language.
        assert!(
            page.contains(&cosell::kit_page::content_security_policy()),
            "{lang}"
        );
        let _ = out;
    }
}

fn copy(env: &Env, from: &str, to: &str) {
    std::fs::copy(env.path(from), env.path(to)).unwrap();
}

#[test]
fn a_draft_saved_in_another_language_is_the_same_file() {
    let env = Env::new();
    env.write("d.json", &draft(&env));
    let csv = "Name,Email,Job title,Role,Countries/Regions,States/Provinces\n\
               Grace Hopper,grace@contoso.example,Sales lead,Partner sales,\"US, CA, FR\",\n";
    env.write("c.csv", csv);
    // cosell writes the draft in English...
    run(
        &env,
        "en",
        &["contacts", "import", "d.json", "c.csv", "--yes"],
    );
    let english = std::fs::read(env.path("d.json")).unwrap();
    // ...and the same import in Dutch or French writes the same bytes.
    for lang in ["nl", "fr"] {
        let name = format!("d-{lang}.json");
        env.write(&name, &draft(&env));
        run(&env, lang, &["contacts", "import", &name, "c.csv", "--yes"]);
        assert_eq!(
            std::fs::read(env.path(&name)).unwrap(),
            english,
            "{lang}: the saved draft differs"
        );
        // Opened and saved again in that language, the English-written draft is unchanged.
        let again = format!("again-{lang}.json");
        copy(&env, "d.json", &again);
        run(
            &env,
            lang,
            &["contacts", "import", &again, "c.csv", "--yes"],
        );
        assert_eq!(
            std::fs::read(env.path(&again)).unwrap(),
            english,
            "{lang}: saving changed the draft"
        );
        // Reading it for `status --json` changes nothing either.
        run(&env, lang, &["status", &again, "--json"]);
        assert_eq!(std::fs::read(env.path(&again)).unwrap(), english);
    }
    assert!(!Path::new(&env.path("d.json.lock")).exists());
}

#[test]
fn import_messages_are_in_the_readers_language() {
    let env = Env::new();
    env.write("d.json", &draft(&env));
    env.write(
        "bad.csv",
        "Name,Email,Job title,Role,Countries/Regions,States/Provinces\n\
         Grace,grace@contoso,Sales lead,Partner sales,UK,\n",
    );
    for (lang, want) in [
        ("en", ["row 2:", "did you mean GB"]),
        ("nl", ["rij 2:", "bedoelt u GB"]),
        ("fr", ["ligne 2 :", "vouliez-vous dire GB"]),
    ] {
        let out = env
            .command(&["contacts", "import", "d.json", "bad.csv", "--yes"])
            .env("COSELL_LANG", lang)
            .output()
            .unwrap();
        assert_ne!(out.status.code(), Some(0));
        let err = stderr(&out);
        for w in want {
            assert!(err.contains(w), "{lang}: {w:?} not in:\n{err}");
        }
    }
}
