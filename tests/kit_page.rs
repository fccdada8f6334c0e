//! The kit's index.html: written with the rest of the kit, self-contained, every value of a full
//! draft on it with a Copy button, everything from the user escaped, small; and, where Chromium
//! is installed, opened in a real (headless) browser: no console error, no network request,
//! Copy puts the exact value on the clipboard, a tick survives a reload, a hostile contact name
//! does not run.

mod common;
use common::*;

use cosell::model::*;

const HOSTILE: &str = "<img src=x onerror=alert(1)>";
const HOSTILE_TITLE: &str = "\"Head\" & <script>alert(2)</script>";

/// A complete draft with a value in every field the page shows, a hostile contact among them.
fn full_draft(env: &Env) -> Submission {
    let mut s = ready_submission(&env.dir.path().display().to_string());
    s.listing.microsoft_platforms = vec!["Microsoft Azure".into(), "Office 365".into()];
    s.listing.segments = vec!["Enterprise".into(), "SMB".into()];
    s.listing.solution_areas[0].sub_areas = vec!["Analytics".into(), "Blockchain".into()];
    s.markets = vec!["US".into(), "CA".into(), "DE".into()];
    s.documents.other = vec![Document::at(format!(
        "{}/one-pager.pdf",
        env.dir.path().display()
    ))];
    s.documents.landing_page_url = Some("https://contoso.example/insights?a=1&b=2".into());
    let mut contacts = s.contacts.to_vec();
    contacts.push(Contact {
        name: HOSTILE.into(),
        email: "eve@contoso.example".into(),
        job_title: HOSTILE_TITLE.into(),
        role: Some(Role::PartnerSales),
        countries: vec!["DE".into()],
        states: vec![],
    });
    contacts.push(Contact {
        name: "Grace Hopper".into(),
        email: "grace@contoso.example".into(),
        job_title: "Solution architect".into(),
        role: Some(Role::PartnerTechnicalSales),
        countries: vec!["US".into()],
        states: vec!["US-WA".into(), "US-NY".into()],
    });
    s.contacts = contacts.into();
    s
}

/// Every value a partner types, chooses or checks, as the page must show it (unescaped).
fn values_of(s: &Submission) -> Vec<String> {
    let mut v = vec![
        s.partner.mpn_id.clone().unwrap_or_default(),
        s.offer.name.clone().unwrap_or_default(),
        "IP (application)".to_string(),
        s.documents.landing_page_url.clone().unwrap_or_default(),
        s.markets.join(", "),
        "1-one-pager.pdf".into(),
        "2-pitch-deck.pptx".into(),
        "6-architecture-diagram.png".into(),
        "7-other-1.pdf".into(),
    ];
    v.extend(s.listing.microsoft_platforms.iter().cloned());
    v.extend(s.listing.segments.iter().cloned());
    for a in &s.listing.solution_areas {
        v.push(a.area.clone());
        v.extend(a.sub_areas.iter().cloned());
    }
    for c in s.contacts.iter() {
        v.extend([
            c.name.clone(),
            c.email.clone(),
            c.job_title.clone(),
            c.role.map(|r| r.label().to_string()).unwrap_or_default(),
            c.countries.join(", "),
        ]);
        if !c.states.is_empty() {
            v.push(c.states.join(", "));
        }
    }
    v
}

fn write_kit(env: &Env, sub: &Submission, args: &[&str]) -> std::path::PathBuf {
    env.write("d.json", &sub.to_pretty_json());
    let mut all = vec!["export", "d.json", "--kit", "kit"];
    all.extend_from_slice(args);
    let out = env.cosell(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let kit = env.path("kit");
    let url = cosell::kit_page::url(&kit.canonicalize().unwrap());
    assert!(
        stderr(&out).contains(&format!("To work from it, open {url} in a browser")),
        "{}",
        stderr(&out)
    );
    kit
}

#[test]
fn the_kit_has_its_page_with_every_value_escaped() {
    let env = Env::new();
    let sub = full_draft(&env);
    let kit = write_kit(&env, &sub, &[]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(kit.join("index.html"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
    for v in values_of(&sub) {
        assert!(
            page.contains(&cosell::kit_page::esc(&v)),
            "{v:?} is not on the page"
        );
    }
    // Escaped, never markup.
    assert!(!page.contains(HOSTILE), "the hostile name is markup");
    assert!(!page.contains("<script>alert"), "a script from the draft");
    assert!(page.contains("&lt;img src=x onerror=alert(1)&gt;"));
    // One script and one style, both the page's own, named in the policy.
    assert_eq!(page.matches("<script").count(), 1);
    assert_eq!(page.matches("<style").count(), 1);
    assert!(page.contains(&format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        cosell::kit_page::content_security_policy()
    )));
    // Nothing is loaded from anywhere but the kit folder.
    for bad in ["src=\"http", "href=\"http", "src=\"//", "href=\"//", "url("] {
        assert!(!page.contains(bad), "{bad}");
    }
    // Documents linked, the diagram shown, the CSV linked, the map there with every market.
    for doc in [
        "documents/1-one-pager.pdf",
        "documents/2-pitch-deck.pptx",
        "documents/7-other-1.pdf",
    ] {
        assert!(page.contains(&format!("<a href=\"{doc}\">")), "{doc}");
    }
    assert!(page.contains("<img src=\"documents/6-architecture-diagram.png\""));
    assert!(page.contains("1 page"), "the one-pager's page count");
    assert!(page.contains("6 slides"), "the deck's slide count");
    assert!(page.contains("<a href=\"contacts.csv\">"));
    for m in &sub.markets {
        assert!(
            page.contains(&format!("class=\"pin covered\" data-code=\"{m}\"")),
            "{m} on the map"
        );
    }
    // The same words as the checklist for the status.
    let list = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
    assert!(list.contains("Status this draft reaches: **Azure IP co-sell incentivized**"));
    assert!(page.contains(
        "Status this draft reaches: <strong class=\"rung\">Azure IP co-sell incentivized</strong>"
    ));
    assert!(page.contains("Nothing is missing for the rungs this offer can reach."));
}

#[test]
fn an_incomplete_kit_says_what_is_missing_on_its_page() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    sub.markets.push("FR".into());
    sub.markets.push("FK".into());
    let kit = write_kit(&env, &sub, &["--allow-incomplete"]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert!(page.contains("<strong>INCOMPLETE</strong>"));
    assert!(page.contains("Still missing:"));
    assert!(
        page.contains("no Partner sales contact for FR (France)"),
        "{page}"
    );
    assert!(page.contains("class=\"pin uncovered\" data-code=\"FR\""));
    assert!(page.contains("class=\"pin warned\" data-code=\"FK\""));
    assert!(page.contains("Without a Partner sales contact: FR"));
}

#[test]
fn a_page_for_thirty_markets_and_fifty_contacts_stays_small() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    let countries: Vec<String> = cosell::model::geo::all_countries()
        .iter()
        .filter(|c| !cosell::model::geo::NOT_IN_PARTNER_CENTER.contains(c))
        .take(30)
        .map(|c| c.to_string())
        .collect();
    sub.markets = countries.clone();
    sub.contacts = (0..50)
        .map(|i| Contact {
            name: format!("Seller Number {i}"),
            email: format!("seller{i}@contoso.example"),
            job_title: "Account executive".into(),
            role: Some(Role::PartnerSales),
            countries: countries.clone(),
            states: vec![],
        })
        .collect::<Vec<_>>()
        .into();
    let kit = write_kit(&env, &sub, &[]);
    let size = std::fs::metadata(kit.join("index.html")).unwrap().len();
    eprintln!("index.html of 30 markets and 50 contacts: {size} bytes");
    assert!(size < 300 * 1024, "index.html is {size} bytes");
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert_eq!(page.matches("<tr><td>Seller Number").count(), 50);
    assert_eq!(page.matches("class=\"pin covered\"").count(), 30 + 1);
}

// ----- the page in a real browser -----

mod browser {
    //! A headless Chromium driven over the DevTools protocol on a pipe (`--remote-debugging-pipe`:
    //! commands in on fd 3, answers and events out on fd 4, each a JSON text ended by NUL). A
    //! shell puts the child's stdin and stdout on those descriptors, so no port is opened.

    use std::io::{BufRead, BufReader, Write};
    use std::path::Path;
    use std::process::{Child, ChildStdin, Command, Stdio};
    use std::sync::mpsc::{Receiver, RecvTimeoutError};
    use std::time::{Duration, Instant};

    use serde_json::{Value, json};

    /// The browser to use: `COSELL_CHROMIUM`, else the first of the usual names on the PATH.
    pub fn find() -> Option<String> {
        if let Ok(p) = std::env::var("COSELL_CHROMIUM") {
            return Some(p);
        }
        let path = std::env::var_os("PATH")?;
        for name in ["chromium", "chromium-browser", "google-chrome", "chrome"] {
            for dir in std::env::split_paths(&path) {
                if dir.join(name).is_file() {
                    return Some(dir.join(name).display().to_string());
                }
            }
        }
        None
    }

    pub struct Browser {
        child: Child,
        input: ChildStdin,
        messages: Receiver<Value>,
        next_id: u64,
        /// Every event seen so far, in order.
        pub events: Vec<Value>,
        session: Option<String>,
        _profile: tempfile::TempDir,
    }

    const WAIT: Duration = Duration::from_secs(30);

    impl Browser {
        pub fn start(exe: &str) -> Browser {
            let profile = tempfile::tempdir().unwrap();
            let mut child = Command::new("sh")
                .arg("-c")
                .arg("exec \"$@\" 3<&0 4>&1 0</dev/null 1>&2")
                .arg("sh")
                .arg(exe)
                .args([
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--no-first-run",
                    "--disable-quic",
                    "--disable-dev-shm-usage",
                    "--remote-debugging-pipe",
                    "--window-size=1280,800",
                ])
                .arg(format!("--user-data-dir={}", profile.path().display()))
                .arg("about:blank")
                .stdin(Stdio::piped())
                .stdout(Stdio::piped())
                .stderr(Stdio::null())
                .spawn()
                .expect("start chromium");
            let input = child.stdin.take().unwrap();
            let output = child.stdout.take().unwrap();
            let (tx, rx) = std::sync::mpsc::channel();
            std::thread::spawn(move || {
                let mut r = BufReader::new(output);
                let mut buf = Vec::new();
                while r.read_until(0, &mut buf).map(|n| n > 0).unwrap_or(false) {
                    if buf.last() == Some(&0) {
                        buf.pop();
                    }
                    if let Ok(v) = serde_json::from_slice::<Value>(&buf)
                        && tx.send(v).is_err()
                    {
                        break;
                    }
                    buf.clear();
                }
            });
            Browser {
                child,
                input,
                messages: rx,
                next_id: 0,
                events: Vec::new(),
                session: None,
                _profile: profile,
            }
        }

        fn next(&mut self, deadline: Instant, what: &str) -> Value {
            let left = deadline.saturating_duration_since(Instant::now());
            match self.messages.recv_timeout(left) {
                Ok(v) => v,
                Err(RecvTimeoutError::Timeout) => panic!("chromium: no {what} within {WAIT:?}"),
                Err(RecvTimeoutError::Disconnected) => {
                    panic!("chromium quit while waiting for {what}")
                }
            }
        }

        /// Sends a command (to the page once attached) and returns its result.
        pub fn call(&mut self, method: &str, params: Value) -> Value {
            let to_page = self.session.is_some()
                && !method.starts_with("Target.")
                && !method.starts_with("Browser.");
            self.try_call(method, params, to_page)
                .unwrap_or_else(|e| panic!("{method}: {e}"))
        }

        pub fn try_call(
            &mut self,
            method: &str,
            params: Value,
            to_page: bool,
        ) -> Result<Value, Value> {
            self.next_id += 1;
            let id = self.next_id;
            let mut msg = json!({ "id": id, "method": method, "params": params });
            if to_page {
                msg["sessionId"] = json!(self.session.clone());
            }
            let mut bytes = serde_json::to_vec(&msg).unwrap();
            bytes.push(0);
            self.input.write_all(&bytes).unwrap();
            self.input.flush().unwrap();
            let deadline = Instant::now() + WAIT;
            loop {
                let v = self.next(deadline, method);
                if v["id"] == json!(id) {
                    return match v.get("error") {
                        Some(e) => Err(e.clone()),
                        None => Ok(v["result"].clone()),
                    };
                }
                if v.get("method").is_some() {
                    self.events.push(v);
                }
            }
        }

        /// Waits for an event of the page (or returns one already seen after `from`).
        pub fn wait_for(&mut self, method: &str, from: usize) -> Value {
            if let Some(e) = self.events[from..].iter().find(|e| e["method"] == method) {
                return e.clone();
            }
            let deadline = Instant::now() + WAIT;
            loop {
                let v = self.next(deadline, method);
                let hit = v["method"] == method;
                if v.get("method").is_some() {
                    self.events.push(v.clone());
                }
                if hit {
                    return v;
                }
            }
        }

        /// Opens a page target and sends every later page command to it.
        pub fn open_page(&mut self) {
            let target = self.call("Target.createTarget", json!({ "url": "about:blank" }));
            let attached = self.call(
                "Target.attachToTarget",
                json!({ "targetId": target["targetId"], "flatten": true }),
            );
            self.session = attached["sessionId"].as_str().map(str::to_string);
            for domain in ["Page", "Runtime", "Log", "Network"] {
                self.call(&format!("{domain}.enable"), json!({}));
            }
            self.call(
                "Emulation.setFocusEmulationEnabled",
                json!({ "enabled": true }),
            );
            self.call(
                "Emulation.setDeviceMetricsOverride",
                json!({ "width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": false }),
            );
        }

        pub fn navigate(&mut self, url: &str) {
            let from = self.events.len();
            self.call("Page.navigate", json!({ "url": url }));
            self.wait_for("Page.loadEventFired", from);
        }

        pub fn reload(&mut self) {
            let from = self.events.len();
            self.call("Page.reload", json!({}));
            self.wait_for("Page.loadEventFired", from);
        }

        /// Evaluates an expression in the page (awaiting a promise) and returns its value.
        pub fn eval(&mut self, expr: &str) -> Value {
            let r = self.call(
                "Runtime.evaluate",
                json!({ "expression": expr, "returnByValue": true, "awaitPromise": true, "userGesture": true }),
            );
            if let Some(e) = r.get("exceptionDetails") {
                panic!("{expr}: {e}");
            }
            r["result"]["value"].clone()
        }

        /// A real click (mouse pressed and released) at a point of the viewport.
        pub fn click(&mut self, x: f64, y: f64) {
            for kind in ["mousePressed", "mouseReleased"] {
                self.call(
                    "Input.dispatchMouseEvent",
                    json!({ "type": kind, "x": x, "y": y, "button": "left", "clickCount": 1 }),
                );
            }
        }

        /// Lets pending work of the page run (promises, timers of a few ms).
        pub fn settle(&mut self) {
            self.eval("new Promise(r => setTimeout(r, 50))");
        }

        /// Waits (a busy machine may be slow) until an expression is true in the page.
        pub fn wait_until(&mut self, expr: &str) {
            let deadline = Instant::now() + WAIT;
            while self.eval(expr) != json!(true) {
                assert!(Instant::now() < deadline, "never true: {expr}");
                self.settle();
            }
        }

        pub fn screenshot(&mut self, to: &Path) {
            let shot = self.call("Page.captureScreenshot", json!({ "format": "png" }));
            let data = shot["data"].as_str().unwrap_or_default();
            std::fs::write(to, super::base64_decode(data)).unwrap();
        }
    }

    impl Drop for Browser {
        fn drop(&mut self) {
            let _ = self.try_call("Browser.close", json!({}), false);
            let deadline = Instant::now() + Duration::from_secs(5);
            while Instant::now() < deadline {
                if let Ok(Some(_)) = self.child.try_wait() {
                    return;
                }
                std::thread::sleep(Duration::from_millis(50));
            }
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

fn base64_decode(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let digits: Vec<u8> = s.bytes().filter_map(val).collect();
    let mut out = Vec::with_capacity(digits.len() * 3 / 4);
    for chunk in digits.chunks(4) {
        let mut n = 0u32;
        for (i, d) in chunk.iter().enumerate() {
            n |= u32::from(*d) << (18 - 6 * i);
        }
        for i in 0..chunk.len().saturating_sub(1) {
            out.push((n >> (16 - 8 * i)) as u8);
        }
    }
    out
}

/// JSON string literal of a value, for expressions.
fn js(s: &str) -> String {
    serde_json::to_string(s).unwrap()
}

/// Clicks, as a person would, the Copy button beside the value shown as `value`.
fn click_copy(b: &mut browser::Browser, value: &str) {
    let find = format!(
        "(() => {{ const el = [...document.querySelectorAll('code.v')].find(e => e.textContent === {}); const btn = el.nextElementSibling; btn.scrollIntoView({{block: 'center'}}); const r = btn.getBoundingClientRect(); return [r.x + r.width / 2, r.y + r.height / 2]; }})()",
        js(value)
    );
    let at = b.eval(&find);
    b.click(at[0].as_f64().unwrap(), at[1].as_f64().unwrap());
    // The button says what it did once the clipboard answered.
    b.wait_until(&format!(
        "[...document.querySelectorAll('code.v')].find(e => e.textContent === {}).nextElementSibling.textContent !== 'Copy'",
        js(value)
    ));
}

#[test]
fn the_page_in_a_real_browser() {
    use serde_json::json;
    let Some(exe) = browser::find() else {
        eprintln!(
            "SKIPPED the_page_in_a_real_browser: no Chromium on this machine (apt-get install chromium, or set COSELL_CHROMIUM)"
        );
        return;
    };
    let env = Env::new();
    let sub = full_draft(&env);
    let kit = write_kit(&env, &sub, &[]).canonicalize().unwrap();
    let url = cosell::kit_page::url(&kit);
    let mut b = browser::Browser::start(&exe);
    // The clipboard may be read back where the browser lets a page have it; where it does not,
    // the page's fallback (the value selected) is checked instead.
    let granted = b
        .try_call(
            "Browser.grantPermissions",
            json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
            false,
        )
        .is_ok();
    b.open_page();
    b.navigate(&url);
    b.settle();

    // Every value of the draft is on the page, as text.
    let text = b
        .eval("document.body.textContent")
        .as_str()
        .unwrap_or_default()
        .to_string();
    for v in values_of(&sub) {
        assert!(text.contains(&v), "{v:?} is not on the page");
    }
    // The hostile name is text: no element from it, nothing ran.
    assert_eq!(
        b.eval("document.images.length"),
        json!(1),
        "only the diagram is an image"
    );
    assert_eq!(
        b.eval("document.images[0].complete && document.images[0].naturalWidth > 0"),
        json!(true),
        "the diagram is shown"
    );
    assert_eq!(b.eval("document.scripts.length"), json!(1));
    let cell = format!(
        "[...document.querySelectorAll('#contacts td')].some(td => td.textContent === {})",
        js(HOSTILE)
    );
    assert_eq!(b.eval(&cell), json!(true), "the hostile name shows as text");

    // Copy puts the exact value on the clipboard (or selects it, where the clipboard is refused).
    let landing = sub.documents.landing_page_url.clone().unwrap_or_default();
    let mut copied = 0;
    for value in [
        "4567890",
        landing.as_str(),
        "IP (application)",
        "Blockchain",
    ] {
        b.eval("navigator.clipboard.writeText('').catch(() => {})");
        click_copy(&mut b, value);
        let clip = b
            .try_call(
                "Runtime.evaluate",
                json!({ "expression": "navigator.clipboard.readText()", "awaitPromise": true, "returnByValue": true, "userGesture": true }),
                true,
            )
            .ok()
            .filter(|r| r.get("exceptionDetails").is_none())
            .and_then(|r| r["result"]["value"].as_str().map(str::to_string));
        let said = b.eval(&format!(
            "[...document.querySelectorAll('code.v')].find(e => e.textContent === {}).nextElementSibling.textContent",
            js(value)
        ));
        match clip {
            Some(c) if said == json!("Copied") => {
                assert_eq!(c, value, "the clipboard holds the value");
                copied += 1;
            }
            _ => {
                assert!(
                    !granted || said != json!("Copied"),
                    "said Copied, but the clipboard does not hold {value:?}"
                );
                assert_eq!(
                    b.eval("window.getSelection().toString()"),
                    json!(value),
                    "the fallback selects the value"
                );
            }
        }
    }

    eprintln!("Copy: {copied} of 4 values read back from the clipboard, the others selected");

    // Where the browser refuses the clipboard (file:// in some browsers), Copy selects the value
    // so Ctrl+C takes it.
    b.eval("Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('refused')) } })");
    b.eval("document.querySelectorAll('button.copy').forEach(x => { x.textContent = 'Copy'; })");
    click_copy(&mut b, &landing);
    assert_eq!(
        b.eval("window.getSelection().toString()"),
        json!(landing),
        "the fallback selects the value"
    );
    let said = b.eval("document.activeElement && document.activeElement.textContent");
    assert!(
        said == json!("Copied") || said == json!("Selected: press Ctrl+C"),
        "{said}"
    );

    // A tick survives a reload; the others stay unticked.
    let boxes = b.eval("document.querySelectorAll('input[data-tick]').length");
    assert!(boxes.as_u64().unwrap_or(0) >= 10, "{boxes}");
    b.eval("document.querySelector('input[data-tick=\"t3\"]').click()");
    // localStorage reaches the browser process asynchronously: a reload in the same
    // millisecond could outrun it, a person's cannot.
    b.settle();
    b.reload();
    b.settle();
    assert_eq!(
        b.eval("document.querySelector('input[data-tick=\"t3\"]').checked"),
        json!(true)
    );
    assert_eq!(
        b.eval("document.querySelector('input[data-tick=\"t4\"]').checked"),
        json!(false)
    );
    assert_eq!(
        b.eval("document.getElementById('progress').textContent"),
        json!(format!("1 of {boxes} steps done."))
    );

    // The contacts filter.
    b.eval("(() => { const f = document.getElementById('filter'); f.value = 'grace'; f.dispatchEvent(new Event('input')); })()");
    assert_eq!(
        b.eval(
            "[...document.querySelectorAll('#contacts tbody tr')].filter(tr => !tr.hidden).length"
        ),
        json!(1)
    );
    assert_eq!(
        b.eval("document.getElementById('shown').textContent"),
        json!("1 of 3 contacts")
    );
    b.eval("(() => { const f = document.getElementById('filter'); f.value = ''; f.dispatchEvent(new Event('input')); window.scrollTo(0, 0); })()");

    // On paper: one or two pages.
    let pdf = b.call("Page.printToPDF", json!({ "displayHeaderFooter": false }));
    let pdf = base64_decode(pdf["data"].as_str().unwrap_or_default());
    let text = String::from_utf8_lossy(&pdf);
    let pages = text.matches("/Type /Page").count() - text.matches("/Type /Pages").count();
    assert!((1..=2).contains(&pages), "printed on {pages} pages");

    // The README's picture, when asked for.
    if let Ok(to) = std::env::var("COSELL_SCREENSHOT") {
        b.eval("document.querySelectorAll('input[data-tick]').forEach((x, i) => { if (i < 2 && !x.checked) x.click(); })");
        b.eval("window.scrollTo(0, 0)");
        b.settle();
        b.screenshot(std::path::Path::new(&to));
    }

    // No console error, no exception, no dialog, no request outside the kit folder.
    let events = std::mem::take(&mut b.events);
    let mut requests = 0;
    for e in &events {
        let p = &e["params"];
        match e["method"].as_str().unwrap_or_default() {
            "Runtime.exceptionThrown" => panic!("exception: {p}"),
            "Runtime.consoleAPICalled" if p["type"] == "error" || p["type"] == "warning" => {
                panic!("console {}: {p}", p["type"])
            }
            "Log.entryAdded" if p["entry"]["level"] == "error" => panic!("console error: {p}"),
            "Page.javascriptDialogOpening" => panic!("a dialog opened: {p}"),
            "Network.requestWillBeSent" => {
                requests += 1;
                let u = p["request"]["url"].as_str().unwrap_or_default();
                assert!(
                    u.starts_with("file://") || u.starts_with("data:"),
                    "a request outside the kit: {u}"
                );
            }
            _ => {}
        }
    }
    assert!(
        requests >= 2,
        "the page and its diagram were requested ({requests})"
    );
}

#[test]
fn a_page_shows_at_most_two_thousand_contacts() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    let mut contacts = sub.contacts.to_vec();
    contacts.extend((0..2_500).map(|i| Contact {
        name: format!("Seller Number {i}"),
        email: format!("seller{i}@contoso.example"),
        job_title: "Account executive".into(),
        role: Some(Role::PartnerMarketing),
        countries: vec!["US".into()],
        states: vec![],
    }));
    sub.contacts = contacts.into();
    let kit = write_kit(&env, &sub, &[]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    assert_eq!(page.matches("<tr><td>").count(), 2_000);
    assert!(page.contains("The first 2000 of 2503 contacts; all of them are in contacts.csv."));
    assert_eq!(
        std::fs::read_to_string(kit.join("contacts.csv"))
            .unwrap()
            .lines()
            .count(),
        2_504,
        "the CSV has them all"
    );
}

#[test]
fn the_page_speaks_the_drafts_edition() {
    let env = Env::new();
    let mut sub = full_draft(&env);
    sub.rules = Edition::E2023_08;
    let kit = write_kit(&env, &sub, &["--allow-incomplete"]);
    let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
    let list = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
    for (in_page, in_list) in [
        ("with Partner ID <span", "with Partner ID `4567890`"),
        ("then its sales plays:", "then its sales plays:"),
        (
            "<strong>Submit for review</strong>",
            "**Submit for review**",
        ),
        ("rules 2023-08,", "rules 2023-08,"),
    ] {
        assert!(list.contains(in_list), "{in_list:?} not in the checklist");
        assert!(page.contains(in_page), "{in_page:?} not on the page");
    }
    assert!(!page.contains("Segments: tick"), "2023-08 has no segments");
    assert!(!page.contains("MPN ID"));
}

#[test]
fn the_page_has_a_tick_for_every_step_of_the_checklist() {
    // Plus one: the offer's name to find it by, which the checklist does not list.
    for &edition in Edition::ALL {
        for offer_type in [OfferType::Saas, OfferType::ConsultingService] {
            let env = Env::new();
            let mut sub = full_draft(&env);
            sub.rules = edition;
            sub.offer.offer_type = Some(offer_type);
            let kit = write_kit(&env, &sub, &["--allow-incomplete"]);
            let page = std::fs::read_to_string(kit.join("index.html")).unwrap();
            let list = std::fs::read_to_string(kit.join("CHECKLIST.md")).unwrap();
            let steps = list.lines().filter(|l| l.starts_with("- [ ] ")).count();
            assert_eq!(
                page.matches("data-tick=").count(),
                steps + 1,
                "{edition} {offer_type:?}:\n{list}"
            );
        }
    }
}
