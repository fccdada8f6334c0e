//! `cosell status` in every language: the JSON status blocks are data, byte for byte the same in
//! English, Dutch and French; the checklist and the comparison speak the reader's language.

mod common;
use common::*;

const LANGS: [&str; 3] = ["en", "nl", "fr"];

/// A realistic draft that leaves something unmet in every edition: billed revenue from an offer
/// that is not transactable, little Azure revenue, a market without a sales contact, a share of
/// Azure below the threshold. The reasons of the status blocks then carry amounts, shares,
/// country names and the editions' words.
fn draft(env: &Env) {
    let text = spec_example(env.dir.path())
        .replace("\"transactable\": true", "\"transactable\": false")
        .replace(
            "\"azure_consumed_revenue_usd\": \"120000.00\"",
            "\"azure_consumed_revenue_usd\": \"20000.50\"",
        )
        .replace(
            "\"marketplace_billed_revenue_usd\": \"0.00\"",
            "\"marketplace_billed_revenue_usd\": \"150000.00\"",
        )
        .replace(
            "\"markets\": [\"US\", \"CA\"]",
            "\"markets\": [\"US\", \"CA\", \"DE\"]",
        )
        .replace(
            "\"azure_infrastructure_percent\": 80",
            "\"azure_infrastructure_percent\": 45.5",
        );
    assert!(text.contains("\"DE\"") && text.contains("45.5") && text.contains("20000.50"));
    env.write("it.json", &text);
}

fn run(env: &Env, lang: &str, args: &[&str]) -> String {
    let out = env.command(args).env("COSELL_LANG", lang).output().unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{lang} {args:?}: {}",
        stderr(&out)
    );
    stdout(&out)
}

#[test]
fn status_json_is_the_same_bytes_in_every_language() {
    let env = Env::new();
    draft(&env);
    for args in [
        &["status", "it.json", "--json"][..],
        &["status", "it.json", "--json", "--rules", "2025-09"],
        &["status", "it.json", "--compare", "--json"],
    ] {
        let en = run(&env, "en", args);
        assert!(en.contains("\"detail\""), "{en}");
        // English data: amounts and reasons as the file format writes them.
        assert!(en.contains("USD 150,000.00"), "{args:?}: {en}");
        assert!(
            en.contains("no Partner sales contact for DE (Germany)"),
            "{args:?}: {en}"
        );
        for lang in &LANGS[1..] {
            let other = run(&env, lang, args);
            assert!(
                other == en,
                "{args:?} in {lang} differs from English:\n{other}"
            );
        }
        // The same through --lang, which wins over the environment.
        let flagged = run(&env, "en", &[&["--lang", "fr"][..], args].concat());
        assert!(flagged == en, "{args:?} with --lang fr");
    }
}

#[test]
fn the_checklist_and_the_comparison_speak_the_readers_language() {
    let env = Env::new();
    draft(&env);
    let en = run(&env, "en", &["status", "it.json"]);
    assert!(
        en.contains("Status: Not co-sell ready (no rung reached yet) · next: Co-sell ready"),
        "{en}"
    );
    assert!(en.contains("NOT MET"), "{en}");
    let en = run(&env, "en", &["status", "it.json", "--rules", "2025-09"]);
    assert!(
        en.contains("Status: In market (reached) · next: Co-sell ready"),
        "{en}"
    );

    let nl = run(&env, "en", &["--lang", "nl", "status", "it.json"]);
    assert!(
        nl.contains("Status: Niet gereed voor co-sell (nog geen trede bereikt) · volgende: Gereed voor co-sell"),
        "the rung in Dutch:\n{nl}"
    );
    let nl_2025 = run(&env, "nl", &["status", "it.json", "--rules", "2025-09"]);
    assert!(
        nl_2025.contains("Status: Op de markt (bereikt) · volgende: Gereed voor co-sell"),
        "{nl_2025}"
    );
    assert!(
        nl.contains("NIET VOLDAAN") && nl.contains("Volgende: "),
        "{nl}"
    );
    assert!(nl.contains("USD 20.000,50"), "Dutch amounts: {nl}");
    assert!(nl.contains("45,5% op Azure; meer dan 50% is nodig"), "{nl}");
    assert!(
        !nl.contains("NOT MET") && !nl.contains("Benefits unlocked"),
        "{nl}"
    );

    let fr = run(&env, "en", &["--lang", "fr", "status", "it.json"]);
    assert!(
        fr.contains("Statut : Pas prêt pour la co-vente (aucun échelon atteint pour l'instant) · suivant : Prêt pour la co-vente"),
        "the rung in French:\n{fr}"
    );
    assert!(
        fr.contains("NON REMPLI") && fr.contains("Avantages débloqués"),
        "{fr}"
    );
    assert!(
        fr.contains("20\u{a0}000,50\u{a0}USD"),
        "French amounts: {fr}"
    );

    // The comparison: titles in words beside the ids, in the reader's language.
    let nl = run(&env, "nl", &["status", "it.json", "--compare"]);
    assert!(nl.contains("Verschillen tussen de edities"), "{nl}");
    assert!(nl.contains("Waarom niet voldaan:"), "{nl}");
    assert!(nl.contains("(IP-REVENUE)"), "ids beside the titles: {nl}");
    assert!(
        nl.contains("2021-02  Niet gereed voor co-sell  (de regels van dit concept)"),
        "{nl}"
    );
    let fr = run(&env, "fr", &["status", "it.json", "--compare"]);
    assert!(fr.contains("Différences entre les éditions"), "{fr}");
    assert!(fr.contains("✗ NON REMPLI"), "{fr}");
    assert!(fr.contains("Pourquoi non rempli :"), "{fr}");
    // Every table cell stays apart from the next by two spaces, whatever the words' lengths.
    let row = fr
        .lines()
        .find(|l| {
            l.trim_start()
                .starts_with("100\u{a0}000\u{a0}USD en 12 mois")
        })
        .unwrap_or_else(|| panic!("{fr}"));
    let cells: Vec<&str> = row
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .skip(1)
        .collect();
    assert_eq!(cells.len(), 4, "{row}");
}
