//! `index.html` of the kit: the checklist as a page to work from beside Partner Center. Every
//! value has a Copy button, every step a tick box that survives a reload, the documents are
//! linked (the diagram shown), the contacts can be filtered and the markets are on a map.
//!
//! One self-contained file: no network at all (a Content-Security-Policy that allows only the
//! page's own script and style, by their SHA-256, and images from the kit folder). Everything
//! that came from the user is HTML-escaped. The script and the style are constants; the data is
//! in the markup, so their hashes never change with the draft.

use std::fmt::Write as _;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::coverage::coverage;
use crate::export::{ExportDocument, ExportFile};
use crate::fields::{FieldId, listing_limits};
use crate::i18n::{Arg, tr};
use crate::inspect::{DocRole, Inspection, inspect_all};
use crate::map::{self, Mark, Pin};
use crate::model::DocSlot;
use crate::model::geo::common_name;
use crate::rules::rules_of;
use crate::status::RequirementState;
use crate::t;
use crate::validate::human_bytes;

/// The page's file name in the kit.
pub const FILE_NAME: &str = "index.html";

const STYLE: &str = include_str!("kit_page/page.css");
const SCRIPT: &str = include_str!("kit_page/page.js");

/// The contacts table is printed up to this many rows; longer lists are in contacts.csv.
const PRINTED_CONTACTS: usize = 25;

/// The contacts table shows at most this many rows (a draft may hold 200,000); all of them are
/// in contacts.csv.
const SHOWN_CONTACTS: usize = 2_000;

/// The page of a kit as a `file://` URL a terminal can make clickable: the path's bytes
/// outside the unreserved set and `/` are percent-encoded.
pub fn url(kit_dir: &Path) -> String {
    let path = kit_dir.join(FILE_NAME);
    let text = path.to_string_lossy().replace('\\', "/");
    let mut out = String::from("file://");
    if !text.starts_with('/') {
        out.push('/');
    }
    for b in text.bytes() {
        match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'/' | b':' => {
                out.push(char::from(b))
            }
            b => out.push_str(&format!("%{b:02X}")),
        }
    }
    out
}

/// What the front ends say after writing a kit: where the page is and how to open it.
pub fn open_hint(kit_dir: &Path) -> String {
    t!("kit-open-hint", url = url(kit_dir))
}

/// A message of the checklist as markup: its text escaped, its Markdown (`**bold**`,
/// `` `code` ``) as `<strong>` and `<code>`, and each argument the markup given (already
/// escaped), so nothing the user typed is ever read as Markdown.
fn say(key: &str, args: &[(&str, String)]) -> String {
    let marks: Vec<(&str, Arg)> = args
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (*name, Arg::from(format!("\u{1}{i}\u{2}"))))
        .collect();
    let text = tr(key, &marks);
    let mut out = String::with_capacity(text.len() + 32);
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    let out = inline_markup(&inline_markup(&out, "**", "strong"), "`", "code");
    args.iter().enumerate().fold(out, |acc, (i, (_, html))| {
        acc.replace(&format!("\u{1}{i}\u{2}"), html)
    })
}

/// `**a**` → `<strong>a</strong>` (for `mark` `**` and `tag` `strong`).
fn inline_markup(s: &str, mark: &str, tag: &str) -> String {
    s.split(mark)
        .enumerate()
        .map(|(i, part)| match i % 2 {
            1 => format!("<{tag}>{part}</{tag}>"),
            _ => part.to_string(),
        })
        .collect()
}

/// HTML-escapes text for element content and quoted attribute values.
/// Escaped text with Markdown's `**bold**` as `<strong>` (the checklist's words are Markdown).
fn strong(md: &str) -> String {
    esc(md)
        .split("**")
        .enumerate()
        .map(|(i, part)| match i % 2 {
            1 => format!("<strong>{part}</strong>"),
            _ => part.to_string(),
        })
        .collect()
}

pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    // Control characters and direction overrides are shown escaped, as on the terminal.
    for c in crate::present::sanitize(s).chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

fn sha256_base64(s: &str) -> String {
    base64(&Sha256::digest(s.as_bytes()))
}

fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let b = [
            chunk[0],
            chunk.get(1).copied().unwrap_or(0),
            chunk.get(2).copied().unwrap_or(0),
        ];
        let n = (u32::from(b[0]) << 16) | (u32::from(b[1]) << 8) | u32::from(b[2]);
        for (k, shift) in [18u32, 12, 6, 0].into_iter().enumerate() {
            if k <= chunk.len() {
                out.push(char::from(ABC[((n >> shift) & 63) as usize]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

/// The Content-Security-Policy of the page: nothing from anywhere, but its own script and style
/// (by hash) and images from the kit folder (the diagram).
pub fn content_security_policy() -> String {
    format!(
        // i18n-exempt: a Content-Security-Policy
        "default-src 'none'; script-src 'sha256-{}'; style-src 'sha256-{}'; img-src 'self' file: data:; base-uri 'none'; form-action 'none'",
        sha256_base64(SCRIPT),
        sha256_base64(STYLE)
    )
}

/// A document of the kit with what was found in its copy.
struct Doc<'a> {
    field: FieldId,
    what: String,
    kit: &'a str,
    export: &'a ExportDocument,
    facts: Inspection,
}

fn role_of(field: FieldId) -> DocRole {
    match field {
        FieldId::Doc(DocSlot::OnePager) => DocRole::OnePager,
        FieldId::Doc(DocSlot::PitchDeck) => DocRole::PitchDeck,
        FieldId::Doc(DocSlot::ReferenceArchitectureDiagram) => DocRole::Diagram,
        _ => DocRole::Other,
    }
}

fn is_image(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".png", ".jpg", ".jpeg"].iter().any(|e| lower.ends_with(e))
}

/// Builds the page. `docs` are the kit's documents as the checklist lists them; `documents` is
/// the kit's documents folder, where their copies are read for page and slide counts.
pub fn page(
    export: &ExportFile,
    name: &str,
    docs: &[(FieldId, String, &ExportDocument)],
    left_out: &[(FieldId, String)],
    documents: &Path,
) -> String {
    let files: Vec<_> = docs
        .iter()
        .map(|(field, kit, _)| (documents.join(kit), role_of(*field)))
        .collect();
    let mut facts = inspect_all(&files, std::time::Duration::from_secs(6)).into_iter();
    let docs: Vec<Doc> = docs
        .iter()
        .map(|(field, kit, doc)| Doc {
            field: *field,
            what: match field {
                FieldId::Doc(slot) => slot.label().to_string(),
                other => other.label(export.rules).trim().to_string(),
            },
            kit: kit.as_str(),
            export: doc,
            facts: facts.next().unwrap_or_default(),
        })
        .collect();
    let mut w = Page::default();
    w.render(export, name, &docs, left_out);
    w.finish(export)
}

/// The page being written: the markup, and a counter for the ids of values and ticks.
#[derive(Default)]
struct Page {
    body: String,
    values: usize,
    ticks: usize,
}

impl Page {
    /// A tick for each value Partner Center has a checkbox for; for any other value, what to do
    /// instead (as CHECKLIST.md says it).
    fn boxes(&mut self, what: &str, boxes: &[String], values: &[String]) {
        for value in values {
            match crate::catalogue::checkbox(boxes, value) {
                Ok(()) => {
                    let v = self.value(value);
                    self.item(&say("kit-tick", &[("what", esc(what)), ("value", v)]));
                }
                Err(why) => self.item(&format!(
                    "{}: <span class=\"warn\">&quot;{}&quot; {}</span>",
                    esc(what),
                    esc(value),
                    esc(&why)
                )),
            }
        }
    }

    fn push(&mut self, s: &str) {
        self.body.push_str(s);
    }

    /// A value with its Copy button.
    fn value(&mut self, v: &str) -> String {
        self.values += 1;
        let id = self.values;
        format!(
            "<span class=\"val\"><code class=\"v\" id=\"v{id}\">{}</code><button type=\"button\" class=\"copy\" data-for=\"v{id}\">{}</button></span>",
            esc(v),
            esc(&t!("kit-copy"))
        )
    }

    /// A file of the kit with its Copy button: shown and copied as a full path once the page
    /// knows where it is (for the upload dialogs), relative until then.
    fn path_value(&mut self, rel: &str) -> String {
        self.values += 1;
        let id = self.values;
        format!(
            "<span class=\"val\"><code class=\"v path\" id=\"v{id}\" data-rel=\"{0}\">{0}</code><button type=\"button\" class=\"copy\" data-for=\"v{id}\">{1}</button></span>",
            esc(rel),
            esc(&t!("kit-copy"))
        )
    }

    /// One step to do, with its tick box; `html` is markup already escaped.
    fn item(&mut self, html: &str) {
        self.ticks += 1;
        let _ = write!(
            self.body,
            "<li><label class=\"tick\"><input type=\"checkbox\" data-tick=\"t{0}\" aria-labelledby=\"w{0}\"></label><div class=\"what\" id=\"w{0}\">{html}</div></li>",
            self.ticks
        );
    }

    fn section(&mut self, n: usize, title: &str) {
        let _ = write!(
            self.body,
            "<section class=\"step\" id=\"step-{n}\"><h2><span class=\"n\">{n}</span> {}</h2>\n<ul class=\"todo\">\n",
            esc(title)
        );
    }

    fn end_section(&mut self) {
        self.push("</ul></section>\n");
    }

    fn render(
        &mut self,
        export: &ExportFile,
        name: &str,
        docs: &[Doc],
        left_out: &[(FieldId, String)],
    ) {
        let report = &export.status;
        let edition = export.rules;
        let table = rules_of(edition);
        let words = &table.words;
        let unnamed = t!("kit-unnamed-offer");
        let offer = export.offer.name.as_deref().unwrap_or(&unnamed);

        // What the draft reaches and what is missing: the checklist's sources.
        let _ = write!(
            self.body,
            "<header><p class=\"kicker\">{}</p><h1>{}</h1>",
            esc(&t!("kit-page-kicker")),
            esc(offer)
        );
        if !report.is_exportable() {
            let _ = write!(
                self.body,
                "<div class=\"alert\" role=\"alert\"><p>{}</p><ul>",
                say("kit-incomplete", &[])
            );
            for r in report.unmet_tab_requirements() {
                let _ = write!(self.body, "<li>{}: {}</li>", esc(r.title), esc(&r.reason));
            }
            for p in &report.problems {
                let _ = write!(self.body, "<li>{}</li>", esc(&p.in_words(edition)));
            }
            self.push("</ul></div>\n");
        }
        let _ = write!(
            self.body,
            "<p class=\"status\">{} <strong class=\"rung\">{}</strong> <span class=\"dim\">({})</span></p>",
            esc(&t!("kit-status-label")),
            esc(report.status_label()),
            esc(&t!(
                "kit-status-rules",
                edition = edition.to_string(),
                summary = edition.summary()
            ))
        );
        let unmet: Vec<_> = report
            .requirements
            .iter()
            .filter(|r| r.state == RequirementState::Unmet)
            .collect();
        if unmet.is_empty() {
            let _ = writeln!(
                self.body,
                "<p class=\"ok\">{}</p>",
                esc(&t!("kit-nothing-missing"))
            );
        } else {
            let _ = write!(
                self.body,
                "<p>{}</p><ul class=\"missing\">",
                esc(&t!("kit-still-missing"))
            );
            for r in unmet {
                let _ = write!(
                    self.body,
                    "<li>{} <span class=\"dim\">({})</span>: {}</li>",
                    esc(r.title),
                    r.id.as_str(),
                    esc(&r.reason)
                );
            }
            self.push("</ul>\n");
        }
        if !report.benefits.is_empty() || !report.notes.is_empty() {
            let _ = write!(
                self.body,
                "<p>{}</p><ul class=\"benefits\">",
                esc(&t!("kit-brings"))
            );
            for b in &report.benefits {
                let _ = write!(self.body, "<li>{}</li>", esc(b.description(edition)));
            }
            for n in &report.notes {
                let _ = write!(self.body, "<li>{}</li>", esc(n));
            }
            self.push("</ul>\n");
        }
        if !report.warnings.is_empty() {
            let _ = write!(
                self.body,
                "<details class=\"warnings\"><summary>{}</summary><ul>",
                esc(&t!(
                    "kit-worth-checking-count",
                    count = report.warnings.len()
                ))
            );
            for w in report.warnings.iter().take(50) {
                let _ = write!(self.body, "<li>{}</li>", esc(&w.text));
            }
            self.push("</ul></details>\n");
        }
        let _ = write!(
            self.body,
            // i18n-exempt: markup
            "<p class=\"dim small\">{} <span id=\"progress\"></span></p></header>\n<main>\n",
            say(
                "kit-page-written",
                &[
                    ("draft", format!("<code>{}</code>", esc(name))),
                    ("at", esc(&export.exported_at)),
                ]
            )
        );

        // 1. Open the page.
        self.section(1, &t!("kit-heading-open"));
        self.item(&say("kit-sign-in", &[("page", esc(&table.page))]));
        if !words.live_first.is_empty() {
            self.item(&esc(&words.live_first));
        }
        if let Some(mpn) = export.partner.mpn_id.as_deref() {
            let v = self.value(mpn);
            self.item(&say(
                "kit-check-account",
                &[("partner_id", esc(words.partner_id)), ("id", v)],
            ));
        }
        let designation = report.state(crate::status::RequirementId::CsrDesignation);
        if designation.is_some_and(|s| s != RequirementState::NotApplicable) {
            self.item(&esc(&t!("kit-check-designation")));
        }
        if let Some(o) = export.offer.name.as_deref() {
            let v = self.value(o);
            self.item(&say("kit-find-offer", &[("value", v)]));
        }
        self.end_section();

        // 2. Listing.
        self.section(2, &t!("kit-heading-listing"));
        let l = &export.listing;
        let cat = crate::catalogue::Catalogue::for_edition(edition);
        self.boxes(
            FieldId::Platforms.label(edition),
            &cat.microsoft_platforms,
            &l.microsoft_platforms,
        );
        if table.reads(FieldId::Segments) {
            self.boxes(FieldId::Segments.label(edition), &cat.segments, &l.segments);
        }
        if let Some(st) = l.solution_type {
            let v = self.value(st.label());
            self.item(&say(
                "kit-choose",
                &[
                    ("what", esc(FieldId::SolutionType.label(edition))),
                    ("value", v),
                ],
            ));
        }
        let (areas, subs) = listing_limits(edition);
        let what = FieldId::SubAreas(0).label(edition).trim();
        for a in &l.solution_areas {
            let area = self.value(&a.area);
            let picks: Vec<String> = a.sub_areas.iter().map(|s| self.value(s)).collect();
            self.item(&say(
                "kit-page-solution-area",
                &[
                    ("area", area),
                    ("what", esc(what)),
                    ("sub_areas", picks.join(" ")),
                ],
            ));
        }
        let _ = write!(
            self.body,
            // i18n-exempt: markup
            "</ul><p class=\"dim small\">{}</p><ul class=\"todo\">",
            esc(&t!("kit-limits", areas = areas, subs = subs, what = what))
        );
        self.end_section();

        // 3. Documents.
        self.section(3, &t!("kit-heading-documents"));
        for d in docs {
            let rel = format!("documents/{}", d.kit);
            let path = self.path_value(&rel);
            let mut facts = Vec::new();
            if let Some(b) = d.export.bytes {
                facts.push(human_bytes(b));
            }
            let found = d.facts.facts();
            if !found.is_empty() {
                facts.push(found);
            }
            if let Some(h) = d.export.sha256.as_deref() {
                facts.push(format!("SHA-256 {}…", &h[..12.min(h.len())]));
            }
            let mut html = format!(
                "{} <span class=\"dim\">({})</span><br>{path}",
                say(
                    "kit-upload",
                    &[
                        ("what", esc(&d.what)),
                        (
                            "file",
                            format!("<a href=\"{}\">{}</a>", esc(&rel), esc(d.kit))
                        ),
                    ]
                ),
                esc(&facts.join(", "))
            );
            for warning in &d.facts.warnings {
                let _ = write!(html, "<br><span class=\"warn\">! {}</span>", esc(warning));
            }
            if d.field == FieldId::Doc(DocSlot::ReferenceArchitectureDiagram) && is_image(d.kit) {
                let _ = write!(
                    html,
                    "<figure><img src=\"{}\" alt=\"{}\"></figure>",
                    esc(&rel),
                    esc(&d.what)
                );
            }
            self.item(&html);
        }
        for (field, why) in left_out {
            self.item(&say(
                "kit-left-out",
                &[
                    ("what", esc(field.label(edition).trim())),
                    (
                        "missing",
                        format!(
                            "<strong class=\"warn\">{}</strong>",
                            esc(&t!("kit-missing-from-kit"))
                        ),
                    ),
                    ("why", esc(why)),
                ],
            ));
        }
        if let Some(url) = export.documents.landing_page_url.as_deref() {
            let v = self.value(url);
            self.item(&say(
                "kit-type",
                &[
                    ("what", esc(FieldId::LandingPage.label(edition))),
                    ("value", v),
                ],
            ));
        }
        self.end_section();

        // 4. Contacts.
        self.section(4, &t!("kit-heading-contacts"));
        let n = export.contacts.len();
        let m = export.markets.len();
        let csv = self.path_value("contacts.csv");
        let import = say(
            "kit-import-contacts",
            &[
                (
                    "file",
                    "<a href=\"contacts.csv\">contacts.csv</a>".to_string(),
                ),
                ("contacts", esc(&t!("kit-count-contacts", count = n))),
                ("markets", esc(&t!("count-markets", count = m))),
            ],
        );
        self.item(&format!("{import}<br>{csv}"));
        if !export.markets.is_empty() {
            let v = self.value(&export.markets.join(", "));
            self.item(&say("kit-check-markets", &[("markets", v)]));
        }
        self.push("</ul>\n");
        let cov = coverage(&export.markets, &export.contacts);
        self.push(&map_svg(&map::pins(&cov)));
        self.contacts_table(export);
        self.push("<ul class=\"todo\">");
        self.end_section();

        // 5. Submit.
        self.section(5, &t!("kit-heading-submit"));
        self.item(&strong(&words.submit));
        self.end_section();
        let _ = write!(
            self.body,
            "<p class=\"next\">{}</p>\n</main>\n",
            say("kit-next", &[("next", esc(&table.after_submit))])
        );
    }

    fn contacts_table(&mut self, export: &ExportFile) {
        let contacts = &export.contacts;
        let many = if contacts.len() > PRINTED_CONTACTS {
            " many"
        } else {
            ""
        };
        let _ = write!(
            self.body,
            "<div class=\"contacts{many}\"><p class=\"filter\"><label>{} <input type=\"search\" id=\"filter\" placeholder=\"{}\" autocomplete=\"off\"></label> <span id=\"shown\" class=\"dim\">{}</span></p>\n<p class=\"print-only\">{}</p>\n",
            esc(&t!("kit-filter")),
            esc(&t!("kit-filter-placeholder")),
            esc(&t!("kit-count-contacts", count = contacts.len())),
            esc(&t!("kit-print-contacts", count = contacts.len()))
        );
        // The columns of contacts.csv, Partner Center's template (English in every language).
        // i18n-exempt: the CSV's column names
        self.push("<table id=\"contacts\"><thead><tr><th>Name</th><th>Email</th><th>Job title</th><th>Role</th><th>Countries/Regions</th><th>States/Provinces</th></tr></thead><tbody>\n");
        for c in contacts.iter().take(SHOWN_CONTACTS) {
            let _ = writeln!(
                self.body,
                "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                esc(&c.name),
                esc(&c.email),
                esc(&c.job_title),
                esc(c.role.map(|r| r.label()).unwrap_or("")),
                esc(&c.countries.join(", ")),
                esc(&c.states.join(", "))
            );
        }
        self.push("</tbody></table>");
        if contacts.len() > SHOWN_CONTACTS {
            let _ = write!(
                self.body,
                "<p class=\"dim\">{}</p>",
                esc(&t!(
                    "kit-first-contacts",
                    shown = SHOWN_CONTACTS,
                    count = contacts.len()
                ))
            );
        }
        self.push("</div>\n");
    }

    fn finish(self, export: &ExportFile) -> String {
        let unnamed = t!("kit-unnamed-offer");
        let offer = export.offer.name.as_deref().unwrap_or(&unnamed);
        let kit = kit_hash(export);
        // The script's words, from the catalogue (the script is a constant: its hash is in the
        // Content-Security-Policy).
        let template = |key: &str, names: &[&str]| {
            let args: Vec<(&str, Arg)> = names
                .iter()
                .map(|n| (*n, Arg::from(format!("{{{n}}}"))))
                .collect();
            esc(&tr(key, &args))
        };
        let says = [
            ("copy", template("kit-copy", &[])),
            ("copied", template("kit-copied", &[])),
            ("selected", template("kit-selected", &[])),
            (
                "progress-one",
                template("kit-js-progress-one", &["done", "total"]),
            ),
            (
                "progress-other",
                template("kit-js-progress-other", &["done", "total"]),
            ),
            ("contacts-one", template("kit-js-contacts-one", &["n"])),
            ("contacts-other", template("kit-js-contacts-other", &["n"])),
            ("shown-one", template("kit-js-shown-one", &["n", "total"])),
            (
                "shown-other",
                template("kit-js-shown-other", &["n", "total"]),
            ),
        ]
        .iter()
        .map(|(name, text)| format!(" data-say-{name}=\"{text}\""))
        .collect::<String>();
        let lang = crate::i18n::current().code();
        let mut out = String::with_capacity(self.body.len() + STYLE.len() + SCRIPT.len() + 1024);
        let _ = write!(
            out,
            // i18n-exempt: the page's markup; its words are the arguments
            "<!DOCTYPE html>\n<html lang=\"{lang}\" data-kit=\"{kit}\"{says}>\n<head>\n<meta charset=\"utf-8\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">\n<meta name=\"referrer\" content=\"no-referrer\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n{}<script>{SCRIPT}</script>\n</body>\n</html>\n",
            content_security_policy(),
            esc(&t!("kit-page-title", offer = offer)),
            self.body
        );
        out
    }
}

/// What the ticks are kept under: the fingerprint of the export, so two kits never share them
/// and a kit written again from a changed draft starts unticked.
pub fn kit_hash(export: &ExportFile) -> String {
    Sha256::digest(export.to_pretty_json().as_bytes())
        .iter()
        .take(12)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The markets on a world map: an equirectangular projection (x = longitude, y = −latitude) of
/// the countries' outlines with a graticule every 30°, each market a mark whose shape says its state (so it prints in black
/// and white too).
pub fn map_svg(pins: &[Pin]) -> String {
    let mut s = format!(
        "<figure class=\"map\"><svg viewBox=\"-180 -90 360 180\" role=\"img\" aria-labelledby=\"map-title\" xmlns=\"http://www.w3.org/2000/svg\"><title id=\"map-title\">{}</title><rect class=\"sea\" x=\"-180\" y=\"-90\" width=\"360\" height=\"180\"/><path class=\"land\" d=\"",
        esc(&t!("kit-map-title"))
    );
    s.push_str(map::WORLD_OUTLINE.trim());
    s.push_str("\"/><path class=\"grid\" d=\"");
    for lon in (-150..=150).step_by(30) {
        let _ = write!(s, "M{lon} -90V90");
    }
    for lat in (-60..=60).step_by(30) {
        let _ = write!(s, "M-180 {lat}H180");
    }
    s.push_str("\"/><path class=\"equator\" d=\"M-180 0H180\"/>");
    for p in pins {
        let (x, y) = (p.lon, -p.lat);
        let title = format!(
            "<title>{} {}: {}</title>",
            esc(&p.code),
            esc(common_name(&p.code)),
            esc(&p.mark.words())
        );
        let _ = match p.mark {
            Mark::Covered => write!(
                s,
                // i18n-exempt: markup
                "<circle class=\"pin covered\" data-code=\"{}\" cx=\"{x:.2}\" cy=\"{y:.2}\" r=\"2.2\">{title}</circle>",
                esc(&p.code)
            ),
            Mark::Uncovered => write!(
                s,
                // i18n-exempt: markup
                "<path class=\"pin uncovered\" data-code=\"{}\" d=\"M{:.2} {:.2}l4 4m0 -4l-4 4\">{title}</path>",
                esc(&p.code),
                x - 2.0,
                y - 2.0
            ),
            Mark::Warned => write!(
                s,
                // i18n-exempt: markup
                "<path class=\"pin warned\" data-code=\"{}\" d=\"M{x:.2} {:.2}l2.5 4.4h-5z\">{title}</path>",
                esc(&p.code),
                y - 2.6
            ),
        };
    }
    s.push_str("</svg><figcaption>");
    let counts = map::counts(pins);
    for (mark, n) in Mark::ALL.iter().zip(counts) {
        let _ = write!(
            s,
            "<span class=\"key {}\"><svg viewBox=\"-3 -3 6 6\" aria-hidden=\"true\">{}</svg> {n} {}</span> ",
            mark.id(),
            match mark {
                // i18n-exempt: markup
                Mark::Covered => "<circle class=\"pin covered\" r=\"2.2\"/>",
                // i18n-exempt: markup
                Mark::Uncovered => "<path class=\"pin uncovered\" d=\"M-2 -2l4 4m0 -4l-4 4\"/>",
                // i18n-exempt: markup
                Mark::Warned => "<path class=\"pin warned\" d=\"M0 -2.6l2.5 4.4h-5z\"/>",
            },
            esc(&mark.words())
        );
    }
    let uncovered: Vec<&str> = pins
        .iter()
        .filter(|p| p.mark == Mark::Uncovered)
        .map(|p| p.code.as_str())
        .collect();
    if !uncovered.is_empty() {
        let _ = write!(
            s,
            "<br>{}",
            esc(&t!("kit-map-without", markets = uncovered.join(", ")))
        );
    }
    s.push_str("</figcaption></figure>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_as_a_url() {
        let cases = [
            ("/tmp/kit", "file:///tmp/kit/index.html"),
            ("/home/ada/my kit", "file:///home/ada/my%20kit/index.html"),
            ("/srv/Zoë#1", "file:///srv/Zo%C3%AB%231/index.html"),
            ("/x/\u{1b}[2J", "file:///x/%1B%5B2J/index.html"),
        ];
        for (dir, want) in cases {
            assert_eq!(url(Path::new(dir)), want, "{dir:?}");
        }
    }

    #[test]
    fn escaping() {
        let cases = [
            ("Ada", "Ada"),
            (
                "<img src=x onerror=alert(1)>",
                "&lt;img src=x onerror=alert(1)&gt;",
            ),
            ("a & b", "a &amp; b"),
            ("\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"),
            ("</script><script>", "&lt;/script&gt;&lt;script&gt;"),
            ("nul\0", "nul\\u{0}"),
            ("title\u{1b}]0;pwned\u{7}", "title\\u{1b}]0;pwned\\u{7}"),
            ("Zoë 中文", "Zoë 中文"),
        ];
        for (raw, want) in cases {
            assert_eq!(esc(raw), want, "{raw:?}");
        }
    }

    #[test]
    fn base64_as_the_csp_wants_it() {
        let cases: [(&[u8], &str); 5] = [
            (b"", ""),
            (b"f", "Zg=="),
            (b"fo", "Zm8="),
            (b"foo", "Zm9v"),
            (b"foobar", "Zm9vYmFy"),
        ];
        for (raw, want) in cases {
            assert_eq!(base64(raw), want);
        }
        // sha256("") as CSP hashes write it.
        assert_eq!(
            sha256_base64(""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }

    #[test]
    fn the_policy_names_the_script_and_style_by_hash_and_nothing_else() {
        let csp = content_security_policy();
        assert!(csp.starts_with("default-src 'none'; "), "{csp}");
        assert!(csp.contains(&format!("script-src 'sha256-{}'", sha256_base64(SCRIPT))));
        assert!(csp.contains(&format!("style-src 'sha256-{}'", sha256_base64(STYLE))));
        for loose in ["unsafe-inline", "unsafe-eval", "http", "*"] {
            assert!(!csp.contains(loose), "{loose} in {csp}");
        }
        // The constants carry nothing the CSP would block or that reaches out.
        for text in [SCRIPT, STYLE] {
            for bad in [
                "http:",
                "https:",
                "//",
                "@import",
                "url(",
                "eval(",
                "innerHTML",
            ] {
                assert!(
                    !text.contains(bad) || (bad == "//" && !text.contains("://")),
                    "{bad}"
                );
            }
        }
    }

    #[test]
    fn the_map_marks_each_market_by_its_state() {
        let pins = vec![
            Pin {
                code: "US".into(),
                mark: Mark::Covered,
                lon: -97.5,
                lat: 39.5,
            },
            Pin {
                code: "DE".into(),
                mark: Mark::Uncovered,
                lon: 10.0,
                lat: 51.0,
            },
            Pin {
                code: "FK".into(),
                mark: Mark::Warned,
                lon: -58.7,
                lat: -51.6,
            },
        ];
        let svg = map_svg(&pins);
        assert!(
            svg.contains(
                "<circle class=\"pin covered\" data-code=\"US\" cx=\"-97.50\" cy=\"-39.50\""
            ),
            "{svg}"
        );
        assert!(
            svg.contains("class=\"pin uncovered\" data-code=\"DE\" d=\"M8.00 -53.00"),
            "{svg}"
        );
        assert!(
            svg.contains("class=\"pin warned\" data-code=\"FK\""),
            "{svg}"
        );
        assert!(svg.contains("1 covered"));
        assert!(svg.contains("Without a Partner sales contact: DE"));
    }
}
