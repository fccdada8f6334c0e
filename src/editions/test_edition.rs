//! An edition that exists only in the library's own tests (`Edition::Test`, "2099-01"): one
//! table, and nothing else edited, must reach `--compare`, the pickers, plain mode, the kit and
//! the schema. Its words are marked so a test can find them.

use super::newest::E2025_09;
use super::{EditionRules, Ladder, Msg};
use crate::field_ids::FieldId as F;

fn fields(f: F) -> Option<(Msg, Msg)> {
    match f {
        F::Live => Some((Msg("rules-test-live"), Msg::NONE)),
        _ => None,
    }
}

pub const TEST: EditionRules = EditionRules {
    edition: crate::model::Edition::Test,
    date: "2099-01-01",
    summary: Msg("rules-test-summary"),
    labels: Ladder {
        not_ready: Msg("rules-test-not-ready"),
        in_market: Msg("rules-test-in-market"),
        co_sell_ready: Msg("rules-test-co-sell-ready"),
        azure_ip: Msg("rules-test-azure-ip"),
        biz_apps: Msg("rules-test-biz-apps"),
    },
    fields,
    parent: Some(&E2025_09),
    ..E2025_09
};

#[cfg(test)]
mod tests {
    use crate::fields::Step;
    use crate::model::Edition;
    use crate::session::DraftSession;
    use crate::store::DraftStore;
    use crate::tui::{action::Action, app::App, theme::Theme};
    use crate::validate::DiskProbe;

    fn screen(app: &App) -> String {
        crate::tui::render_text(app, 160, 50)
    }

    /// One table and its `Edition` variant, nothing else: plain mode offers it and creates a draft
    /// in it, the wizard's picker and compare list it, the kit and the schema carry it.
    #[test]
    fn a_test_only_edition_reaches_every_front_end() {
        let dir = tempfile::tempdir().unwrap();
        let store = DraftStore::at(dir.path());

        // Plain mode: listed with its date and summary, chosen by its id, asked in its words.
        let input = "2099-01\nEdition test\n\n\n\n\n";
        let mut out = Vec::new();
        crate::plain::run(&store, None, &mut input.as_bytes(), &mut out).unwrap();
        let text = String::from_utf8(out).unwrap();
        assert!(
            text.contains("2099-01  (2099-01-01) a test-only edition"),
            "{text}"
        );
        assert!(text.contains("Live (test edition)"), "{text}");
        let sub = crate::store::load(&store.path_of("edition-test")).unwrap();
        assert_eq!(sub.rules, Edition::Test);

        // Compare: a column, with its own rung labels.
        let reports = crate::rules::compare(&sub, &DiskProbe::default());
        assert!(reports.iter().any(|r| r.edition == Edition::Test));
        let table = crate::present::compare_table(&sub, &reports);
        assert!(table.contains("2099-01  Test: not ready"), "{table}");

        // The wizard: the edition picker lists it, the compare popup shows it.
        let mut app = App::new(DraftStore::at(dir.path()), Theme::mono());
        app.with_submission(sub.clone(), Step::Offer);
        app.update(Action::SwitchEdition);
        let shown = screen(&app);
        assert!(
            shown.contains("2099-01  (2099-01-01) a test-only edition"),
            "{shown}"
        );
        let mut app = App::new(DraftStore::at(dir.path()), Theme::mono());
        app.with_submission(sub.clone(), Step::Offer);
        app.update(Action::Compare);
        let shown = screen(&app);
        assert!(
            shown.contains("2099-01") && shown.contains("Test: not"),
            "{shown}"
        );

        // The kit: the checklist names the edition and its rung.
        let session = DraftSession::in_memory(&store, sub);
        let kit = dir.path().join("kit");
        session
            .export_kit(&kit, None, true, &mut |_| {})
            .expect("an incomplete kit is written when asked");
        let checklist = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
        assert!(
            checklist.contains("**Test: not ready** (rules 2099-01, a test-only edition)"),
            "{checklist}"
        );

        // The schema: generated from the types, so the variant is in it.
        #[cfg(feature = "schema")]
        assert!(crate::export::generate_schema().contains("\"2099-01\""));
        #[cfg(not(feature = "schema"))]
        panic!("the tests build the schema (feature `schema`)");
    }
}
