//! Tests across the layers: one row added to the field table (a test-only one) reaches the
//! wizard, plain mode and the rules with no other edit; the live check while typing and the
//! rules agree for every field.

use crate::fields::{FIELDS, FieldId, FieldKind, Step};
use crate::model::{Edition, Submission};
use crate::rules;
use crate::store::DraftStore;
use crate::tui::{app::App, theme::Theme};
use crate::validate::DiskProbe;

fn screen(app: &App) -> String {
    crate::tui::render_text(app, 200, 60)
}

#[test]
fn a_new_row_reaches_the_wizard_plain_mode_and_the_rules() {
    // The wizard draws it on its step, and a bad value blocks Next there.
    let mut sub = Submission::new("Row test", Edition::E2023_08);
    sub.x_test = Some("bad value".into());
    let mut app = App::new(
        DraftStore::at("tests/fixtures/no-drafts-here"),
        Theme::mono(),
    );
    app.with_submission(sub.clone(), Step::Offer);
    assert!(screen(&app).contains("Test field"));
    app.update(crate::tui::action::Action::NextStep);
    assert_eq!(
        app.step(),
        Step::Offer,
        "its check blocks Next like any field's"
    );

    // The rules collect its problem, which blocks the export.
    let report = rules::evaluate(&sub, sub.rules);
    assert!(report.problems.iter().any(|p| p.field == FieldId::Test));
    assert!(!report.is_exportable());

    // Plain mode asks it.
    let dir = tempfile::tempdir().unwrap();
    let store = DraftStore::at(dir.path());
    let input = "\nRow test\n\n\n\n\n\n\n\n\nnot bad\n";
    let mut out = Vec::new();
    crate::plain::run(&store, None, &mut input.as_bytes(), &mut out).unwrap();
    let text = String::from_utf8(out).unwrap();
    assert!(text.contains("\nTest field (optional)"), "{text}");
    let saved = crate::store::load(&store.path_of("row-test")).unwrap();
    assert_eq!(saved.x_test.as_deref(), Some("not bad"));
}

/// Typed samples for every kind of field: valid, invalid, and refused ones.
fn samples(kind: FieldKind) -> &'static [&'static str] {
    match kind {
        FieldKind::Text => &["", "Contoso", "4567890", "45a", "bad"],
        FieldKind::Choice => &["", "saas", "ip", "premium", "Azure", "nonsense"],
        FieldKind::YesNo => &["", "yes", "no", "maybe"],
        FieldKind::MultiChoice => &["", "Microsoft Azure", "Quantum", "Analytics"],
        FieldKind::Countries => &["", "US, CA", "UK", "OOO", "zz"],
        FieldKind::Path => &[
            "",
            "tests/fixtures/one-pager.pdf",
            "tests/fixtures/architecture.png",
            "/nowhere/x.pdf",
            "diagram.vsdx",
        ],
        FieldKind::Url => &["", "https://contoso.example", "ftp://x", "contoso.example"],
        FieldKind::Money => &["", "120000", "$120,000.50", "45.000", "-5", "abc"],
        FieldKind::Percent => &["", "80", "50", "150", "50.001", "x"],
        FieldKind::Contacts => &[],
    }
}

#[test]
fn the_live_check_and_the_rules_agree_for_every_field() {
    let probe = DiskProbe::default();
    for edition in Edition::ALL.iter().copied() {
        let mut base = Submission::new("Agree", edition);
        base.listing
            .solution_areas
            .push(crate::model::SolutionArea {
                area: "Azure".into(),
                sub_areas: Vec::new(),
            });
        for def in FIELDS.iter() {
            for text in samples(def.kind) {
                let live = def.id.check_input(&base, text, &probe);
                let mut stored = base.clone();
                match def.id.set(&mut stored, text) {
                    Err(_) => assert!(live.is_err(), "{:?} {text:?}: refused but live ok", def.id),
                    Ok(()) => {
                        let report = rules::evaluate_with(&stored, edition, &probe);
                        let found = report.problems.iter().any(|p| p.field == def.id);
                        let absent = def.id.need(&stored) == crate::fields::Need::Absent;
                        if !absent {
                            assert_eq!(
                                live.is_err(),
                                found,
                                "{edition} {:?} {text:?}: live {live:?}, rules {found}",
                                def.id
                            );
                        }
                    }
                }
            }
        }
    }
}
