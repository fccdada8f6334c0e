//! Documents checked for what reviewers read, on real small files: page counts of PDFs (1, 3
//! and 12 pages), slide counts of decks (3 and 7 slides), images too narrow to read, encrypted
//! and broken files. Warnings in `status`, the wizard and plain mode; never refusals.

mod common;
use common::*;

use cosell::inspect::{DocRole, inspect};

fn file(env: &Env, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = env.path(name);
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A file, what it is for, its pages and slides, and the start of the warning it gets.
type Case = (
    &'static str,
    Vec<u8>,
    DocRole,
    Option<usize>,
    Option<usize>,
    Option<&'static str>,
);

#[test]
fn pages_and_slides_on_real_files() {
    let env = Env::new();
    let cases: &[Case] = &[
        ("p1.pdf", pdf(1), DocRole::OnePager, Some(1), None, None),
        (
            "p3.pdf",
            pdf(3),
            DocRole::OnePager,
            Some(3),
            None,
            Some("3 pages; Microsoft's one-pager template is one page, its 2019 guidance 1–2"),
        ),
        (
            "p12.pdf",
            pdf(12),
            DocRole::OnePager,
            Some(12),
            None,
            Some("12 pages; Partner Center's 2022 docs take at most 10"),
        ),
        (
            "s3.pptx",
            pptx(3),
            DocRole::PitchDeck,
            None,
            Some(3),
            Some("3 slides; Microsoft's 2019 guidance for a pitch deck is 5–10 slides"),
        ),
        ("s7.pptx", pptx(7), DocRole::PitchDeck, None, Some(7), None),
        (
            "deck12.pdf",
            pdf(12),
            DocRole::PitchDeck,
            Some(12),
            None,
            Some("12 slides;"),
        ),
        (
            "one-slide.pptx",
            pptx(1),
            DocRole::OnePager,
            None,
            Some(1),
            None,
        ),
    ];
    for (name, bytes, role, pages, slides, warning) in cases {
        let p = file(&env, name, bytes);
        let got = inspect(&p, *role);
        assert_eq!(got.pages, *pages, "{name}");
        assert_eq!(got.slides, *slides, "{name}");
        match warning {
            Some(w) => assert!(
                got.warnings.iter().any(|x| x.starts_with(w)),
                "{name}: {:?}",
                got.warnings
            ),
            None => assert!(got.warnings.is_empty(), "{name}: {:?}", got.warnings),
        }
    }
}

#[test]
fn broken_encrypted_and_narrow_files_are_named() {
    let env = Env::new();
    let mut truncated = pdf(3);
    truncated.truncate(60);
    let cases: &[(&str, Vec<u8>, DocRole, &str)] = &[
        (
            "enc.pdf",
            pdf_with(1, true),
            DocRole::OnePager,
            "is encrypted",
        ),
        (
            "broken.pdf",
            truncated,
            DocRole::OnePager,
            "cannot be read as a PDF",
        ),
        (
            "broken.pptx",
            b"PK\x03\x04 not really a zip".to_vec(),
            DocRole::PitchDeck,
            "is not a valid PowerPoint file",
        ),
        (
            "empty-zip.docx",
            {
                let z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
                z.finish().unwrap().into_inner()
            },
            DocRole::Other,
            "is not a valid Word file (no [Content_Types].xml)",
        ),
        (
            "narrow.png",
            {
                let mut b = Vec::new();
                image::RgbImage::new(640, 400)
                    .write_to(&mut std::io::Cursor::new(&mut b), image::ImageFormat::Png)
                    .unwrap();
                b
            },
            DocRole::Diagram,
            "640×400 pixels: under 800 px wide",
        ),
    ];
    for (name, bytes, role, want) in cases {
        let p = file(&env, name, bytes);
        let got = inspect(&p, *role);
        assert!(
            got.warnings.iter().any(|w| w.contains(want)),
            "{name}: {:?}",
            got.warnings
        );
    }
    let wide = inspect(&env.path("architecture.png"), DocRole::Diagram);
    assert_eq!(wide.pixels, Some((1000, 600)));
    assert!(wide.warnings.is_empty());
}

#[test]
fn large_files_are_not_parsed_and_videos_never() {
    let env = Env::new();
    let big = env.path("big.pdf");
    let f = std::fs::File::create(&big).unwrap();
    f.set_len(cosell::inspect::MAX_PARSE_BYTES + 1).unwrap();
    let start = std::time::Instant::now();
    let got = inspect(&big, DocRole::OnePager);
    assert!(
        got.warnings
            .iter()
            .any(|w| w.contains("not checked: larger than")),
        "{got:?}"
    );
    assert!(start.elapsed() < std::time::Duration::from_secs(2));
    let video = env.path("demo.mp4");
    let f = std::fs::File::create(&video).unwrap();
    f.set_len(200 * 1024 * 1024).unwrap();
    let got = inspect(&video, DocRole::Other);
    assert_eq!(got, Default::default(), "a video is not read");
}

#[test]
fn warnings_reach_status_plain_and_the_wizard_and_never_block() {
    let env = Env::new();
    std::fs::write(env.path("one-pager.pdf"), pdf(3)).unwrap();
    std::fs::write(env.path("deck.pptx"), pptx(3)).unwrap();
    env.write("it.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["status", "it.json"]);
    let text = stdout(&out);
    assert!(
        text.contains("Status: Azure IP co-sell incentivized"),
        "never a refusal:\n{text}"
    );
    assert!(text.contains("One-pager 3 pages;"), "{text}");
    assert!(text.contains("Pitch deck 3 slides;"), "{text}");
    let out = env.cosell(&["export", "it.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));

    let sub = cosell::store::load(&env.path("it.json")).unwrap();
    let store = cosell::store::DraftStore::at(env.home());
    let mut app = cosell::tui::app::App::new(store, cosell::tui::theme::Theme::mono());
    app.with_submission(sub, cosell::fields::Step::Documents);
    let screen = |app: &cosell::tui::app::App| cosell::tui::render_text(app, 120, 40);
    assert!(
        screen(&app).contains("checking…"),
        "the first frame does not wait for the checks"
    );
    app.wait_for_checks(std::time::Duration::from_secs(10));
    let screen = screen(&app);
    assert!(screen.contains("3 pages"), "the wizard shows it");
}
