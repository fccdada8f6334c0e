//! The command line and plain mode in English, Dutch and French: the language is chosen from
//! `--lang`, `COSELL_LANG` and the POSIX locale; `--help` and plain mode read in it; data
//! (`list --json`) is the same in every language.

mod common;
use common::*;

use std::process::{Command, Output, Stdio};

use cosell::i18n::{self, Lang};

fn run(mut c: Command, stdin: &str) -> Output {
    use std::io::Write;
    let mut child = c
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut input = child.stdin.take().unwrap();
    input.write_all(stdin.as_bytes()).unwrap();
    drop(input);
    child.wait_with_output().unwrap()
}

/// `cosell ARGS` in language `code` (through `COSELL_LANG`).
fn in_lang(env: &Env, code: &str, args: &[&str]) -> Output {
    let mut c = env.command(args);
    c.env("COSELL_LANG", code);
    run(c, "")
}

/// `cosell ARGS` with no `COSELL_LANG`: the locale variables given, and no others.
fn with_locale(env: &Env, vars: &[(&str, &str)], args: &[&str]) -> Output {
    let mut c = env.command(args);
    for v in ["COSELL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"] {
        c.env_remove(v);
    }
    for (k, v) in vars {
        c.env(k, v);
    }
    run(c, "")
}

fn env_with_drafts() -> Env {
    let env = Env::new();
    let home = env.home();
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(
        home.join("contoso-insights.json"),
        spec_example(env.dir.path()),
    )
    .unwrap();
    std::fs::write(home.join("broken.json"), "{ not json").unwrap();
    env
}

#[test]
fn list_json_is_the_same_in_every_language() {
    let env = env_with_drafts();
    let en = in_lang(&env, "en", &["list", "--json"]);
    assert!(en.status.success(), "{}", stderr(&en));
    let text = stdout(&en);
    assert!(text.contains("\"status_label\""), "{text}");
    assert!(text.contains("\"error\": \""), "the broken draft: {text}");
    for code in ["nl", "fr"] {
        let other = in_lang(&env, code, &["list", "--json"]);
        assert_eq!(stdout(&other), text, "list --json in {code}");
    }
    // The list for people is in the reader's language.
    let nl = stdout(&in_lang(&env, "nl", &["list"]));
    assert!(nl.contains("Concepten in"), "{nl}");
    assert!(
        nl.contains("AANBIEDING") && nl.contains("onleesbaar"),
        "{nl}"
    );
    let fr = stdout(&in_lang(&env, "fr", &["list"]));
    assert!(fr.contains("Brouillons dans"), "{fr}");
    assert!(fr.contains("OFFRE") && fr.contains("illisible"), "{fr}");
}

#[test]
fn help_reads_in_dutch_and_french() {
    let env = Env::new();
    let nl = env.cosell(&["--lang", "nl", "--help"]);
    assert!(nl.status.success());
    let nl = stdout(&nl);
    for word in [
        "Gebruik:",
        "Opdrachten:",
        "Opties:",
        "Voorbeelden:",
        "Partnercentrum",
        "Regelsversies:",
    ] {
        assert!(nl.contains(word), "{word} in:\n{nl}");
    }
    assert!(!nl.contains("Usage:") && !nl.contains("Examples:"), "{nl}");

    let fr = env.cosell(&["--lang", "fr", "export", "--help"]);
    assert!(fr.status.success());
    let fr = stdout(&fr);
    for word in [
        "Utilisation\u{a0}:",
        "Arguments\u{a0}:",
        "Options\u{a0}:",
        "Espace partenaires",
        "Afficher l’aide",
    ] {
        assert!(fr.contains(word), "{word} in:\n{fr}");
    }
    assert!(!fr.contains("Usage:") && !fr.contains("Print help"), "{fr}");

    // English stays English.
    let en = stdout(&env.cosell(&["--help"]));
    assert!(
        en.contains("Usage: cosell") && en.contains("Examples:"),
        "{en}"
    );
}

#[test]
fn every_command_and_argument_has_help_in_every_language() {
    fn walk(cmd: &clap::Command, path: &str, lang: &str, missing: &mut Vec<String>) {
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if a.get_help().is_none_or(|h| h.to_string().trim().is_empty()) {
                missing.push(format!("{lang}: {path} {}", a.get_id()));
            }
        }
        for sc in cmd.get_subcommands().filter(|c| !c.is_hide_set()) {
            let sub = format!("{path} {}", sc.get_name());
            if sc
                .get_about()
                .is_none_or(|h| h.to_string().trim().is_empty())
            {
                missing.push(format!("{lang}: {sub}"));
            }
            walk(sc, &sub, lang, &mut *missing);
        }
    }
    let mut missing = Vec::new();
    let mut abouts = Vec::new();
    for lang in Lang::all() {
        let cmd = i18n::with(lang, cosell::cli::command);
        walk(&cmd, "cosell", lang.code(), &mut missing);
        abouts.push(cmd.get_about().map(|a| a.to_string()));
    }
    assert!(missing.is_empty(), "without help:\n{}", missing.join("\n"));
    abouts.dedup();
    assert_eq!(abouts.len(), Lang::all().count(), "{abouts:?}");
}

#[test]
fn the_posix_locale_chooses_when_nothing_else_does() {
    let env = Env::new();
    let fr = with_locale(&env, &[("LANG", "fr_FR.UTF-8")], &["--help"]);
    assert!(stdout(&fr).contains("Utilisation"), "{}", stdout(&fr));
    let nl = with_locale(&env, &[("LC_MESSAGES", "nl_BE.UTF-8")], &["list"]);
    assert!(stdout(&nl).contains("Geen concepten"), "{}", stdout(&nl));
    // LC_ALL=C wins over LANG: English.
    let c = with_locale(
        &env,
        &[("LC_ALL", "C"), ("LANG", "fr_FR.UTF-8")],
        &["--help"],
    );
    assert!(stdout(&c).contains("Usage: cosell"), "{}", stdout(&c));
    // --lang wins over everything.
    let flag = with_locale(&env, &[("LANG", "fr_FR.UTF-8")], &["--lang", "en", "list"]);
    assert!(stdout(&flag).contains("No drafts in"), "{}", stdout(&flag));
}

#[test]
fn an_unknown_cosell_lang_is_english_with_a_note() {
    let env = Env::new();
    let de = in_lang(&env, "de", &["list"]);
    assert!(de.status.success(), "{}", stderr(&de));
    assert!(stdout(&de).contains("No drafts in"), "{}", stdout(&de));
    let err = stderr(&de);
    assert!(err.contains("COSELL_LANG=de"), "{err}");
    assert!(err.contains(&Lang::codes()), "{err}");
}

#[test]
fn an_unknown_lang_flag_is_refused_naming_the_choices() {
    let env = Env::new();
    let out = env.cosell(&["--lang", "xx", "list"]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("xx"), "{err}");
    for code in ["en", "nl", "fr"] {
        assert!(err.contains(code), "{code} in {err}");
    }
}

#[test]
fn plain_mode_speaks_dutch_and_takes_the_english_command_words() {
    let env = Env::new();
    let answers = [
        "1",           // rules edition: the newest
        "Proefaanbod", // offer name
        "step 2",      // English command words work in Dutch
        "fields",      // list the step's fields
        "",            // stay
        "back",        // to the last field of step 1
        "stap 3",      // and the Dutch ones too
        "quit",
    ]
    .join("\n")
        + "\n";
    let mut c = env.command(&["--plain"]);
    c.env("COSELL_LANG", "nl");
    let out = run(c, &answers);
    let text = stdout(&out);
    assert!(out.status.success(), "{text}\n{}", stderr(&out));
    for words in [
        "cosell, regelmodus.",
        "Bij elke vraag:",
        "Regelsversies:",
        "Naam van de aanbieding",
        "== Stap 2 van 7",
        "Velden van stap 2",
        "== Stap 3 van 7",
        "(verplicht), nu:",
        "Concept opgeslagen.",
        "Verder gaan met: cosell --plain --draft proefaanbod",
    ] {
        assert!(text.contains(words), "{words:?} in:\n{text}");
    }
    assert!(!text.contains("Step 2 of"), "{text}");
}

#[test]
fn plain_mode_asks_amounts_in_the_readers_format() {
    let env = Env::new();
    let home = env.home();
    std::fs::create_dir_all(&home).unwrap();
    std::fs::write(home.join("contoso.json"), spec_example(env.dir.path())).unwrap();
    // Step 6 holds the revenue amounts.
    for (code, example) in [("en", "96,500.00"), ("nl", "96.500,00")] {
        let mut c = env.command(&["--plain", "--draft", "contoso"]);
        c.env("COSELL_LANG", code);
        let text = stdout(&run(c, "step 6\nquit\n"));
        assert!(text.contains(example), "{code}: {example} in:\n{text}");
    }
}

/// Usage errors a person meets are in the reader's language, exit 2, and name what was wrong;
/// in English they stay clap's own.
#[test]
fn usage_errors_read_in_the_readers_language() {
    let env = Env::new();
    let cases: [(&str, &[&str], &str); 4] = [
        ("nl", &["bogus"], "bogus is geen opdracht"),
        ("fr", &["status"], "manquant : <DRAFT>"),
        (
            "nl",
            &["status", "x", "--rules", "1999"],
            "1999 is geen waarde die --rules",
        ),
        (
            "fr",
            &["list", "--bogus"],
            "--bogus n’est pas une option ici",
        ),
    ];
    for (code, args, want) in cases {
        let out = in_lang(&env, code, args);
        assert_eq!(out.status.code(), Some(2), "{code} {args:?}");
        let err = stderr(&out);
        assert!(err.contains(want), "{code} {args:?}: {err}");
        assert!(!err.contains("error:"), "{code} {args:?}: {err}");
    }
    let out = in_lang(&env, "en", &["bogus"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("unrecognized subcommand 'bogus'"));
}
