//! Helpers shared by the integration tests: real files on disk and a ready submission.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use cosell::model::*;

pub fn png_bytes() -> Vec<u8> {
    include_bytes!("../fixtures/architecture.png").to_vec()
}

/// Writes a real one-pager (one page), deck (six slides) and diagram (1000 px wide) into `dir`.
pub fn write_documents(dir: &Path) {
    std::fs::write(dir.join("one-pager.pdf"), pdf(1)).unwrap();
    std::fs::write(dir.join("deck.pptx"), pptx(6)).unwrap();
    std::fs::write(dir.join("architecture.png"), png_bytes()).unwrap();
}

/// A valid PDF with `pages` empty pages (and an /Encrypt entry when `encrypted`).
pub fn pdf_with(pages: usize, encrypted: bool) -> Vec<u8> {
    let kids: Vec<String> = (0..pages).map(|i| format!("{} 0 R", 3 + i)).collect();
    let mut objs = vec![
        "<< /Type /Catalog /Pages 2 0 R >>".to_string(),
        format!(
            "<< /Type /Pages /Kids [{}] /Count {pages} >>",
            kids.join(" ")
        ),
    ];
    objs.extend(
        (0..pages).map(|_| "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>".to_string()),
    );
    let mut out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n".to_vec();
    let mut offsets = Vec::new();
    for (n, o) in objs.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{o}\nendobj\n", n + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(format!("xref\n0 {}\n0000000000 65535 f \n", objs.len() + 1).as_bytes());
    for off in offsets {
        out.extend_from_slice(format!("{off:010} 00000 n \n").as_bytes());
    }
    let encrypt = if encrypted {
        "/Encrypt << /Filter /Standard /V 1 /R 2 >> "
    } else {
        ""
    };
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {encrypt}>>\nstartxref\n{xref}\n%%EOF\n",
            objs.len() + 1
        )
        .as_bytes(),
    );
    out
}

pub fn pdf(pages: usize) -> Vec<u8> {
    pdf_with(pages, false)
}

/// A valid PowerPoint package with `slides` slides.
pub fn pptx(slides: usize) -> Vec<u8> {
    use std::io::Write;
    let mut z = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let opts =
        zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let mut part = |name: &str, text: &str| {
        z.start_file(name, opts).unwrap();
        z.write_all(text.as_bytes()).unwrap();
    };
    part("[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>");
    part(
        "ppt/presentation.xml",
        "<?xml version=\"1.0\"?><presentation/>",
    );
    for i in 1..=slides {
        part(
            &format!("ppt/slides/slide{i}.xml"),
            "<?xml version=\"1.0\"?><sld/>",
        );
    }
    z.finish().unwrap().into_inner()
}

/// The example of spec §7 with its documents under `dir`.
pub fn spec_example(dir: &Path) -> String {
    let d = dir.display();
    format!(
        r#"{{
  "format": "cosell-submission/1",
  "rules": "2021-02",
  "offer": {{ "name": "Contoso Insights", "offer_type": "saas", "live": true, "transactable": true }},
  "partner": {{ "mpn_id": "4567890", "marketplace_account_active": true,
               "business_profile_complete": true, "gold_competency": false, "isv_connect": "none" }},
  "listing": {{ "microsoft_platforms": ["Azure"], "segments": ["Enterprise"], "solution_type": "ip",
               "solution_areas": [ {{ "area": "Data and AI", "sub_areas": ["Analytics"] }} ] }},
  "markets": ["US", "CA"],
  "documents": {{
    "one_pager": {{ "path": "{d}/one-pager.pdf" }},
    "pitch_deck": {{ "path": "{d}/deck.pptx" }},
    "case_study": null, "verifiable_customer_wins": null, "channel_pitch_deck": null,
    "reference_architecture_diagram": {{ "path": "{d}/architecture.png" }},
    "other": [],
    "landing_page_url": "https://contoso.example/insights"
  }},
  "contacts": [ {{ "name": "Ada Lovelace", "email": "ada@contoso.example", "job_title": "Sales lead",
                  "role": "partner_sales", "countries": ["US", "CA"], "states": [] }} ],
  "revenue": {{ "azure_consumed_revenue_usd": "120000.00", "marketplace_billed_revenue_usd": "0.00",
               "azure_infrastructure_percent": 80 }}
}}
"#
    )
}

pub struct Env {
    pub dir: tempfile::TempDir,
}

impl Env {
    pub fn new() -> Env {
        let dir = tempfile::tempdir().unwrap();
        write_documents(dir.path());
        Env { dir }
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }

    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let p = self.path(name);
        std::fs::write(&p, text).unwrap();
        p
    }

    pub fn cosell(&self, args: &[&str]) -> Output {
        self.cosell_stdin(args, "")
    }

    /// The binary run in this environment's folder with its drafts folder, no colour and no
    /// terminal; a test sets anything else (another folder, another COSELL_HOME) on top.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_cosell"));
        c.args(args)
            .current_dir(self.dir.path())
            .env("COSELL_HOME", self.home())
            .env("NO_COLOR", "1")
            // English whatever the machine's locale; tests of other languages set their own.
            .env("COSELL_LANG", "en")
            .env_remove("TERM");
        c
    }

    pub fn cosell_stdin(&self, args: &[&str], stdin: &str) -> Output {
        use std::io::Write;
        let mut child = self
            .command(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.as_bytes()).unwrap();
        drop(input);
        child.wait_with_output().unwrap()
    }
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A SaaS offer that meets every requirement of every rung it can reach, with its documents
/// under `doc_dir`.
pub fn ready_submission(doc_dir: &str) -> Submission {
    let mut s = Submission::new("Contoso Insights", Edition::E2021_02);
    s.offer.offer_type = Some(OfferType::Saas);
    s.offer.live = Some(true);
    s.offer.transactable = Some(true);
    s.partner = Partner {
        mpn_id: Some("4567890".into()),
        marketplace_account_active: Some(true),
        business_profile_complete: Some(true),
        gold_competency: Some(false),
        isv_connect: Some(IsvConnect::None),
        solutions_partner_designation: None,
        ..Partner::default()
    };
    s.listing = Listing {
        microsoft_platforms: vec!["Microsoft Azure".into()],
        segments: vec!["Enterprise".into()],
        solution_type: Some(SolutionType::Ip),
        solution_areas: vec![SolutionArea {
            area: "Azure".into(),
            sub_areas: vec!["Analytics".into()],
        }],
    };
    s.markets = vec!["US".into(), "CA".into()];
    s.documents.one_pager = Some(Document::at(format!("{doc_dir}/one-pager.pdf")));
    s.documents.pitch_deck = Some(Document::at(format!("{doc_dir}/deck.pptx")));
    s.documents.reference_architecture_diagram =
        Some(Document::at(format!("{doc_dir}/architecture.png")));
    s.documents.landing_page_url = Some("https://contoso.example/insights".into());
    s.contacts = vec![Contact {
        name: "Ada Lovelace".into(),
        email: "ada@contoso.example".into(),
        job_title: "Sales lead".into(),
        role: Some(Role::PartnerSales),
        countries: vec!["US".into(), "CA".into()],
        states: vec![],
    }]
    .into();
    s.revenue = Revenue {
        azure_consumed_revenue_usd: Some("120000.00".into()),
        marketplace_billed_revenue_usd: Some("0.00".into()),
        azure_infrastructure_percent: Some(80.into()),
    };
    s
}

/// The wizard's snapshot draft: a SaaS offer at Azure IP co-sell incentivized with documents
/// committed under tests/fixtures (relative paths: tests run from the package root, so
/// snapshots do not depend on the machine), and a second contact for FR.
pub fn wizard_ready() -> Submission {
    let mut s = ready_submission("tests/fixtures");
    s.markets.push("FR".into());
    s.contacts.push(Contact {
        name: "Marie Curie".into(),
        email: "marie@contoso.example".into(),
        job_title: "Account executive".into(),
        role: Some(Role::PartnerSales),
        countries: vec!["FR".into()],
        states: vec![],
    });
    s
}

/// The same with something to fix on every screen, so snapshots show the ✗ marks and their
/// words too.
pub fn wizard_with_faults() -> Submission {
    let mut sub = wizard_ready();
    sub.markets.push("DE".into());
    sub.revenue.azure_infrastructure_percent = Some(50.into());
    sub
}
