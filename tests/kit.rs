//! The Partner Center hand-off kit: every file, fingerprints that match the export, a CSV that
//! imports back, a checklist with every value, and no partial kit ever (refusals, a non-empty
//! folder, a kill half-way).

mod common;
use common::*;

use std::process::Stdio;
use std::time::Duration;

fn json(path: &std::path::Path) -> serde_json::Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

#[test]
fn a_kit_from_a_complete_draft() {
    let env = Env::new();
    env.write("d.json", &spec_example(env.dir.path()));
    let out = env.cosell(&["export", "d.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(
        stderr(&out).contains("Wrote the kit to"),
        "{}",
        stderr(&out)
    );
    let kit = env.path("kit");
    let mut names: Vec<String> = walk(&kit);
    names.sort();
    assert_eq!(
        names,
        [
            "CHECKLIST.md",
            "contacts.csv",
            "documents/1-one-pager.pdf",
            "documents/2-pitch-deck.pptx",
            "documents/6-architecture-diagram.png",
            "index.html",
            "submission.json",
        ]
    );
    // submission.json is what `export -o` writes (but for the time it was written).
    let out = env.cosell(&["export", "d.json", "-o", "out.json"]);
    assert_eq!(out.status.code(), Some(0));
    let (mut a, mut b) = (
        json(&kit.join("submission.json")),
        json(&env.path("out.json")),
    );
    a["exported_at"] = "".into();
    b["exported_at"] = "".into();
    assert_eq!(a, b);
    // The copies are the files the export fingerprinted.
    let sub = json(&kit.join("submission.json"));
    for (slot, file) in [
        ("one_pager", "1-one-pager.pdf"),
        ("pitch_deck", "2-pitch-deck.pptx"),
        (
            "reference_architecture_diagram",
            "6-architecture-diagram.png",
        ),
    ] {
        let copy = std::fs::read(kit.join("documents").join(file)).unwrap();
        let orig = std::fs::read(sub["documents"][slot]["path"].as_str().unwrap()).unwrap();
        assert_eq!(copy, orig, "{file}: byte for byte");
        let hex: String = sha2::Sha256::digest(&copy)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        assert_eq!(sub["documents"][slot]["sha256"], hex, "{file}");
    }
    // The CSV imports back into a draft unchanged.
    env.write(
        "copy.json",
        &spec_example(env.dir.path()).replace("\"Ada Lovelace\"", "\"Someone Else\""),
    );
    let out = env.cosell(&[
        "contacts",
        "import",
        "copy.json",
        "kit/contacts.csv",
        "--yes",
    ]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(json(&env.path("copy.json"))["contacts"], sub["contacts"]);
    // The checklist names every value.
    let list = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
    for want in [
        "Status this draft reaches: **Azure IP co-sell incentivized**",
        "Co-sell with Microsoft tab",
        // The spec example says "Azure", which is not the checkbox ("Microsoft Azure").
        "Microsoft platforms: \"Azure\" is not one of Partner Center's checkboxes: change it in the draft to one of Microsoft Azure",
        "Segments: tick **Enterprise**",
        "Solution type: choose **IP (application)**",
        "Solution area: choose **Data and AI**, then its sub-areas: **Analytics**",
        "Landing page URL: type `https://contoso.example/insights`",
        "Import contacts: `contacts.csv` (1 contact, 2 markets)",
        "Save draft**, then **Review and publish**, then **Publish**",
        "What happens next: Microsoft reviews",
    ] {
        assert!(list.contains(want), "{want:?} missing:\n{list}");
    }
    for (slot, file) in [
        ("one_pager", "1-one-pager.pdf"),
        ("pitch_deck", "2-pitch-deck.pptx"),
    ] {
        let short = &sub["documents"][slot]["sha256"].as_str().unwrap()[..12];
        assert!(
            list.contains(&format!("upload `documents/{file}` (SHA-256 {short}…)")),
            "{list}"
        );
    }
    assert!(!list.contains("INCOMPLETE"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&kit), 0o700);
        assert_eq!(mode(&kit.join("documents")), 0o700);
        for f in walk(&kit) {
            assert_eq!(mode(&kit.join(&f)), 0o600, "{f}");
        }
    }
}

fn walk(dir: &std::path::Path) -> Vec<String> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap().filter_map(Result::ok) {
        let name = e.file_name().to_string_lossy().into_owned();
        if e.path().is_dir() {
            out.extend(walk(&e.path()).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            out.push(name);
        }
    }
    out
}

use sha2::Digest;

#[test]
fn the_2023_checklist_follows_todays_page() {
    let env = Env::new();
    let text = spec_example(env.dir.path())
        .replace("\"rules\": \"2021-02\"", "\"rules\": \"2023-08\"")
        .replace("\"Data and AI\", \"sub_areas\": [\"Analytics\"]", "\"Cloud and AI Platform\", \"sub_areas\": [\"Innovate with Azure\", \"AI Apps and Agents\"]");
    env.write("d.json", &text);
    let out = env.cosell(&["export", "d.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list = std::fs::read_to_string(env.path("kit/CHECKLIST.md")).unwrap();
    for want in [
        "Referrals → Co-sell → Solutions",
        "Azure IP co-sell eligible",
        "its sales plays: **Innovate with Azure**, **AI Apps and Agents**",
        "Partner ID `4567890`",
        "**Submit for review**",
    ] {
        assert!(list.contains(want), "{want:?} missing:\n{list}");
    }
    assert!(
        !list.contains("Segments:"),
        "segments are not on the 2023-08 page"
    );
}

#[test]
fn refusals_leave_nothing() {
    let env = Env::new();
    let incomplete = spec_example(env.dir.path()).replace(
        &format!(
            "\"one_pager\": {{ \"path\": \"{}/one-pager.pdf\" }}",
            env.dir.path().display()
        ),
        "\"one_pager\": null",
    );
    assert_ne!(incomplete, spec_example(env.dir.path()));
    env.write("d.json", &incomplete);
    let out = env.cosell(&["export", "d.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("CSR-ONE-PAGER"), "{}", stderr(&out));
    assert!(!env.path("kit").exists());
    // --allow-incomplete writes it, marked as such at the top.
    let out = env.cosell(&["export", "d.json", "--kit", "kit", "--allow-incomplete"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list = std::fs::read_to_string(env.path("kit/CHECKLIST.md")).unwrap();
    assert!(
        list.starts_with("# Co-sell checklist") && list.contains("**INCOMPLETE**"),
        "{list}"
    );
    // A folder that is not empty is refused and left as it was; an empty one is fine.
    env.write("d.json", &spec_example(env.dir.path()));
    std::fs::create_dir(env.path("full")).unwrap();
    std::fs::write(env.path("full/keep.txt"), "mine").unwrap();
    let out = env.cosell(&["export", "d.json", "--kit", "full"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(stderr(&out).contains("not empty"), "{}", stderr(&out));
    assert_eq!(walk(&env.path("full")), ["keep.txt"]);
    std::fs::create_dir(env.path("empty")).unwrap();
    let out = env.cosell(&["export", "d.json", "--kit", "empty"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert!(env.path("empty/CHECKLIST.md").exists());
    // Never into the drafts folder's drafts.
    std::fs::create_dir_all(env.home()).unwrap();
    let out = env.cosell(&[
        "export",
        "d.json",
        "--kit",
        &format!("{}/x.json", env.home().display()),
    ]);
    assert_ne!(out.status.code(), Some(0));
}

#[test]
fn a_kill_half_way_leaves_no_partial_kit() {
    let env = Env::new();
    // A large video makes the copy take long enough to be killed in the middle.
    let mut video = vec![0u8; 48 * 1024 * 1024];
    video[4..8].copy_from_slice(b"ftyp");
    std::fs::write(env.path("demo.mp4"), &video).unwrap();
    let text = spec_example(env.dir.path()).replace(
        "\"other\": []",
        &format!(
            "\"other\": [{{ \"path\": \"{}/demo.mp4\" }}]",
            env.dir.path().display()
        ),
    );
    env.write("d.json", &text);
    let kit = env.path("kit");
    let mut killed_mid_way = 0;
    for round in 0..12u64 {
        let mut child = env
            .command(&["export", "d.json", "--kit", "kit"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(20 + round * 25));
        let _ = child.kill();
        let status = child.wait().unwrap();
        if kit.exists() {
            // Complete, or not there at all.
            let mut names = walk(&kit);
            names.sort();
            assert!(
                names.contains(&"CHECKLIST.md".to_string()),
                "round {round}: {names:?}"
            );
            let copy = std::fs::metadata(kit.join("documents/7-other-1.mp4")).unwrap();
            assert_eq!(copy.len(), video.len() as u64, "round {round}");
            std::fs::remove_dir_all(&kit).unwrap();
        } else if status.code().is_none() {
            killed_mid_way += 1;
        }
    }
    assert!(killed_mid_way > 0, "no kill landed during the kit");
    // The next run sweeps what the killed ones left beside it.
    let out = env.cosell(&["export", "d.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let leftovers: Vec<String> = std::fs::read_dir(env.dir.path())
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("kit-tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn the_checklist_never_says_to_tick_a_box_partner_center_does_not_have() {
    let env = Env::new();
    let text = spec_example(env.dir.path()).replace(
        "\"microsoft_platforms\": [\"Azure\"]",
        "\"microsoft_platforms\": [\"Microsoft Azure\", \"compare\"]",
    );
    env.write("d.json", &text);
    let out = env.cosell(&["export", "d.json", "--kit", "kit"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let list = std::fs::read_to_string(env.path("kit/CHECKLIST.md")).unwrap();
    assert!(
        list.contains("Microsoft platforms: tick **Microsoft Azure**"),
        "{list}"
    );
    assert!(!list.contains("tick **compare**"), "{list}");
    assert!(
        list.contains("\"compare\" is not one of Partner Center's checkboxes"),
        "{list}"
    );
    let page = std::fs::read_to_string(env.path("kit/index.html")).unwrap();
    assert!(page.contains("&quot;compare&quot; is not one of Partner Center"));
}
