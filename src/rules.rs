//! Evaluation: `evaluate(&Submission, Edition) -> StatusReport`. The edition's table (in
//! `editions`) gives the requirement rows and the ladder; every field's own check (in `fields`)
//! gives the invalid values; the listing and the contacts give the warnings.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Weak;

use crate::catalogue::Catalogue;
use crate::editions::{Applies, ContactChecks, Ctx, Outcome};
use crate::fields::{ContactField, FIELDS, FieldId, Need};
use crate::model::geo;
use crate::model::{Contact, DocSlot, Edition, OfferType, Submission};
use crate::status::{
    Problem, RequirementId, RequirementResult, RequirementState, StatusReport, Warning,
};
use crate::validate::{self, DiskProbe, FileFacts, FileProbe};

pub use crate::editions::{
    AZURE_SHARE_THRESHOLD, Billed, EditionRules, FieldWords, Ladder, Msg, REVENUE_THRESHOLD_USD,
    Rule, Words, benefits, field_need, requirement_ids, rules_of,
};

/// The contacts' problems and warnings, computed once per version of the contacts list: the
/// email check of 100,000 contacts is most of an evaluation, and most edits do not touch them.
#[derive(Default)]
pub struct EvalCache {
    version: Option<Weak<Vec<Contact>>>,
    contacts: std::sync::Arc<ContactChecks>,
}

impl EvalCache {
    fn contact_checks(&mut self, sub: &Submission) -> std::sync::Arc<ContactChecks> {
        let fresh = self
            .version
            .as_ref()
            .is_some_and(|v| sub.contacts.is_version(v));
        if !fresh {
            self.contacts = std::sync::Arc::new(check_contacts(&sub.contacts));
            self.version = Some(sub.contacts.version());
        }
        std::sync::Arc::clone(&self.contacts)
    }
}

/// Codes a contact list may hold that Partner Center will not take, warned about at most this
/// many times: a list of 100,000 contacts should not bury everything else.
const MAX_CONTACT_WARNINGS: usize = 1000;

fn check_contacts(contacts: &[Contact]) -> ContactChecks {
    let problems = contacts
        .iter()
        .enumerate()
        .flat_map(|(i, c)| {
            validate::contact_problems(c)
                .into_iter()
                .map(move |(col, why)| (i, col, why))
        })
        .collect();
    let mut warnings = Vec::new();
    for (i, c) in contacts.iter().enumerate() {
        if warnings.len() >= MAX_CONTACT_WARNINGS {
            break;
        }
        for (col, text) in [("name", &c.name), ("job_title", &c.job_title)] {
            if let Some(w) = validate::special_characters(text) {
                warnings.push(Warning {
                    field: Some(FieldId::Contacts),
                    text: format!("contacts[{i}].{col} {w}"),
                });
            }
        }
        for code in &c.countries {
            if let Some(w) = geo::partner_center_warning(code) {
                warnings.push(Warning {
                    field: Some(FieldId::Contacts),
                    text: format!("contacts[{i}].countries: {w}"),
                });
            }
        }
    }
    ContactChecks { problems, warnings }
}

/// A probe that checks each path once per evaluation: the requirements and the field checks
/// read the same documents.
struct MemoProbe<'a> {
    inner: &'a dyn FileProbe,
    seen: RefCell<HashMap<String, Result<FileFacts, String>>>,
}

impl FileProbe for MemoProbe<'_> {
    fn probe(&self, path: &str) -> Result<FileFacts, String> {
        if let Some(r) = self.seen.borrow().get(path) {
            return r.clone();
        }
        let r = self.inner.probe(path);
        self.seen.borrow_mut().insert(path.to_string(), r.clone());
        r
    }
}

/// Evaluates against the real file system, relative paths against the current folder.
pub fn evaluate(sub: &Submission, edition: Edition) -> StatusReport {
    evaluate_with(sub, edition, &DiskProbe::default())
}

/// Evaluates a draft stored at `path` in its own edition: relative document paths are read
/// against the draft's real folder, as its session reads them, whatever the current folder.
pub fn evaluate_at(sub: &Submission, path: &std::path::Path) -> StatusReport {
    let real = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    let probe = match real.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => DiskProbe::relative_to(dir),
        _ => DiskProbe::default(),
    };
    evaluate_with(sub, sub.rules, &probe)
}

/// Evaluates with an injected document check.
pub fn evaluate_with(sub: &Submission, edition: Edition, probe: &dyn FileProbe) -> StatusReport {
    evaluate_cached(sub, edition, probe, &mut EvalCache::default())
}

/// Evaluates, reusing the contacts' checks while the contacts list is unchanged.
pub fn evaluate_cached(
    sub: &Submission,
    edition: Edition,
    probe: &dyn FileProbe,
    cache: &mut EvalCache,
) -> StatusReport {
    let probe = MemoProbe {
        inner: probe,
        seen: RefCell::new(HashMap::new()),
    };
    let docs = DocSlot::ALL
        .iter()
        .filter_map(|s| {
            sub.documents
                .slot(*s)
                .as_ref()
                .map(|d| (*s, probe.probe(&d.path)))
        })
        .collect();
    let contacts = cache.contact_checks(sub);
    let table = rules_of(edition);
    let ctx = Ctx {
        sub,
        edition,
        table,
        docs,
        contacts: &contacts,
    };
    let requirements: Vec<RequirementResult> = table
        .requirements
        .iter()
        .map(|rule| {
            let (state, at, reason, fix) = match (rule.applies)(&ctx) {
                Applies::Unknown { at, reason, fix } => {
                    (RequirementState::Unmet, Some(at), reason, Some(fix))
                }
                Applies::No(why) => (RequirementState::NotApplicable, None, why, None),
                Applies::Yes => match (rule.check)(&ctx) {
                    Outcome::Met(d) => (RequirementState::Met, None, d, None),
                    Outcome::Unmet { at, reason, fix } => {
                        (RequirementState::Unmet, Some(at), reason, Some(fix))
                    }
                },
            };
            RequirementResult {
                id: rule.id,
                tier: rule.tier,
                state,
                detail: match at {
                    Some(at) => format!("{at}: {reason}"),
                    None => reason.clone(),
                },
                title: rule.title.text(),
                short: rule.short(),
                reason,
                fix,
            }
        })
        .collect();
    let status = (table.ladder)(sub, &requirements);
    StatusReport {
        status,
        requirements,
        benefits: (table.benefits)(status).to_vec(),
        edition,
        problems: collect_problems(&ctx, &probe),
        warnings: collect_warnings(&ctx),
        notes: (table.notes)(status, sub)
            .into_iter()
            .map(Msg::text)
            .collect(),
    }
}

/// Every invalid value (not missing ones), in the order the wizard asks the fields: each
/// field's own check, which is also the live check while typing.
fn collect_problems(ctx: &Ctx, probe: &dyn FileProbe) -> Vec<Problem> {
    let sub = ctx.sub;
    let mut out = Vec::new();
    for def in FIELDS.iter() {
        if def.id.need(sub) == Need::Absent {
            continue;
        }
        if def.id == FieldId::Contacts {
            out.extend(ctx.contacts.problems.iter().map(|(i, col, why)| Problem {
                field: FieldId::Contacts,
                at: format!("contacts[{i}].{col}"),
                contact: ContactField::from_key(col).map(|c| (*i, c)),
                reason: why.clone(),
            }));
            continue;
        }
        out.extend(def.id.check(sub, probe));
    }
    out
}

fn collect_warnings(ctx: &Ctx) -> Vec<Warning> {
    let sub = ctx.sub;
    let mut out = listing_warnings(sub, ctx.edition);
    // Where no row says whether the offer type can be co-sold, Microsoft 365 apps get a warning.
    let judged = ctx.table.rule(RequirementId::CsrOfferType).is_some();
    if !judged && sub.offer.offer_type == Some(OfferType::Microsoft365App) {
        out.push(Warning {
            field: Some(FieldId::OfferType),
            text: crate::t!("rules-warning-microsoft-365"),
        });
    }
    for m in &sub.markets {
        if let Some(w) = geo::partner_center_warning(m) {
            out.push(Warning {
                field: Some(FieldId::Markets),
                text: format!("markets: {w}"),
            });
        }
    }
    out.extend(ctx.contacts.warnings.iter().cloned());
    out
}

/// Listing values outside the edition's catalogue: accepted, with a warning.
fn listing_warnings(sub: &Submission, edition: Edition) -> Vec<Warning> {
    let cat = Catalogue::for_edition(edition);
    let table = rules_of(edition);
    let listing = &sub.listing;
    let mut out = Vec::new();
    let mut warn = |field: FieldId, text: String| {
        out.push(Warning {
            field: Some(field),
            text,
        })
    };
    for p in &listing.microsoft_platforms {
        if !Catalogue::has(&cat.microsoft_platforms, p) {
            warn(
                FieldId::Platforms,
                crate::t!("rules-warning-platform", value = format!("{p:?}")),
            );
        }
    }
    if table.reads(FieldId::Segments) {
        for s in &listing.segments {
            if !Catalogue::has(&cat.segments, s) {
                warn(
                    FieldId::Segments,
                    crate::t!("rules-warning-segment", value = format!("{s:?}")),
                );
            }
        }
    }
    let what = table.words.sub_area;
    for (i, a) in listing.solution_areas.iter().enumerate() {
        let row = i.min(u8::MAX as usize) as u8;
        match cat.solution_areas.get(&a.area) {
            None => warn(
                FieldId::Area(row),
                crate::t!("rules-warning-area", value = format!("{:?}", a.area)),
            ),
            Some(subs) => {
                for s in &a.sub_areas {
                    if !Catalogue::has(subs, s) {
                        warn(
                            FieldId::SubAreas(row),
                            crate::t!(
                                "rules-warning-sub-area",
                                sub_area = what.text(),
                                value = format!("{s:?}"),
                                area = format!("{:?}", a.area)
                            ),
                        );
                    }
                }
            }
        }
    }
    out
}

/// The same submission under every edition, oldest first (spec §11).
pub fn compare(sub: &Submission, probe: &dyn FileProbe) -> Vec<StatusReport> {
    let mut cache = EvalCache::default();
    Edition::ALL
        .iter()
        .map(|e| evaluate_cached(sub, *e, probe, &mut cache))
        .collect()
}

/// One requirement across editions: its state in each (None where the edition lacks it).
pub struct CompareRow {
    pub id: RequirementId,
    /// The requirement in words (the newest edition's that has it).
    pub title: &'static str,
    /// The same in at most 28 characters.
    pub short: &'static str,
    pub states: Vec<Option<RequirementState>>,
    /// Why it is unmet, in each edition where it is.
    pub reasons: Vec<Option<String>>,
}

impl CompareRow {
    /// Whether the editions disagree about it (including having it or not).
    pub fn differs(&self) -> bool {
        self.states.windows(2).any(|w| w[0] != w[1])
    }
}

/// The rows of a comparison: every requirement of any edition, those that differ first, each
/// group in the order of [`RequirementId::ALL`].
pub fn compare_rows(reports: &[StatusReport]) -> Vec<CompareRow> {
    let mut rows: Vec<CompareRow> = RequirementId::ALL
        .iter()
        .map(|id| {
            let results: Vec<Option<&RequirementResult>> =
                reports.iter().map(|r| r.get(*id)).collect();
            let newest = results.iter().rev().flatten().next();
            CompareRow {
                id: *id,
                title: newest.map_or(id.as_str(), |r| r.title),
                short: newest.map_or(id.as_str(), |r| r.short),
                states: results.iter().map(|r| r.map(|r| r.state)).collect(),
                reasons: results
                    .iter()
                    .map(|r| {
                        r.filter(|r| r.state == RequirementState::Unmet)
                            .map(|r| r.reason.clone())
                    })
                    .collect(),
            }
        })
        .filter(|row| row.states.iter().any(Option::is_some))
        .collect();
    rows.sort_by_key(|r| !r.differs());
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::status::Status;

    const STATUSES: [Status; 5] = Status::ALL;

    /// Whether a field is asked in an edition for some offer (the offer type decides the rest).
    fn asked(field: FieldId, edition: Edition) -> bool {
        crate::model::OfferType::ALL.iter().any(|t| {
            let mut sub = Submission::new("X", edition);
            sub.offer.offer_type = Some(*t);
            sub.listing.solution_areas = vec![crate::model::SolutionArea::default(); 5];
            field.need(&sub) != Need::Absent
        })
    }

    /// The compiler makes every table give every column; this makes none of them empty, so a new
    /// edition cannot quietly show a blank label, title, benefit or checklist line.
    #[test]
    fn every_edition_has_all_its_words() {
        for e in Edition::ALL.iter().copied() {
            let t = rules_of(e);
            assert_eq!(t.edition, e, "{e} maps to its own table");
            for (what, text) in [
                ("date", t.date),
                ("summary", t.summary.text()),
                ("page", t.page.text()),
                ("after_submit", t.after_submit.text()),
                ("partner_id", t.words.partner_id),
                ("account", t.words.account.text()),
                ("storefront", t.words.storefront.text()),
                ("marketplace", t.words.marketplace.text()),
                ("programme", t.words.programme),
                ("sub_area", t.words.sub_area.text()),
                ("sub_areas", t.words.sub_areas.text()),
                ("billed", t.words.billed.text()),
                ("submit", t.words.submit.text()),
            ] {
                assert!(!text.trim().is_empty(), "{e}: no {what}");
            }
            assert!(Catalogue::named(t.catalogue).is_some(), "{e}: catalogue");
            let (areas, subs) = t.limits;
            assert!((1..=crate::fields::MAX_AREAS).contains(&areas) && subs >= 1);
            for status in STATUSES {
                assert!(!t.labels.label(status).is_empty(), "{e}: {status:?}");
                for b in (t.benefits)(status) {
                    let (title, text) = (t.benefit_words)(*b);
                    assert!(!title.is_empty() && !text.is_empty(), "{e}: {}", b.code());
                }
            }
            let mut ids = Vec::new();
            for r in t.requirements {
                assert!(
                    !r.title.trim().is_empty(),
                    "{e}: {} has no title",
                    r.id.as_str()
                );
                assert!(!ids.contains(&r.id), "{e}: {} twice", r.id.as_str());
                ids.push(r.id);
                assert!(
                    FIELDS.iter().any(|f| (r.reads)(f.id)),
                    "{e}: {} reads no field, so nothing would be asked for it",
                    r.id.as_str()
                );
            }
            for f in FIELDS.iter().filter(|f| asked(f.id, e)) {
                assert!(!f.label(e).trim().is_empty(), "{e}: {:?} label", f.id);
                assert!(!f.help(e).trim().is_empty(), "{e}: {:?} help", f.id);
            }
        }
    }

    /// Whether a field is asked follows from the rows that read it: absent where no row of the
    /// edition does, not needed where none of them applies, optional where the row says so.
    #[test]
    fn the_rows_decide_which_fields_are_asked() {
        use crate::model::OfferType::{self, *};
        use Edition::*;
        #[derive(Debug, PartialEq)]
        enum N {
            Req,
            Opt,
            No,
            Abs,
        }
        #[rustfmt::skip]
        let cases: &[(FieldId, Edition, Option<OfferType>, N)] = &[
            // Gold: the seeds' services offers; gone since 2023-08.
            (FieldId::GoldCompetency, E2021_02, Some(ConsultingService), N::Req),
            (FieldId::GoldCompetency, E2021_02, Some(Saas), N::No),
            (FieldId::GoldCompetency, E2021_02, None, N::Req),
            (FieldId::GoldCompetency, E2023_08, Some(ConsultingService), N::Abs),
            (FieldId::GoldCompetency, E2025_09, Some(ConsultingService), N::Abs),
            // The designation replaces it.
            (FieldId::Designation, E2020_09, Some(ConsultingService), N::Abs),
            (FieldId::Designation, E2025_09, Some(ConsultingService), N::Req),
            (FieldId::Designation, E2025_09, Some(ManagedService), N::No),
            // ISV Connect / ISV Success: Business Central only through BIZ-PREMIUM in the seeds.
            (FieldId::IsvConnect, E2021_02, Some(Dynamics365BusinessCentral), N::Req),
            (FieldId::IsvConnect, E2023_08, Some(Dynamics365BusinessCentral), N::No),
            (FieldId::IsvConnect, E2025_09, Some(Dynamics365BusinessCentral), N::No),
            (FieldId::IsvConnect, E2025_09, Some(Dynamics365FinanceOperations), N::Req),
            (FieldId::IsvConnect, E2025_09, Some(Saas), N::No),
            // Segments: read by the seeds' listing only.
            (FieldId::Segments, E2020_09, Some(Saas), N::Req),
            (FieldId::Segments, E2023_08, Some(Saas), N::Abs),
            // The pitch deck: optional in 2020-09, required since.
            (FieldId::Doc(DocSlot::PitchDeck), E2020_09, Some(Saas), N::Opt),
            (FieldId::Doc(DocSlot::PitchDeck), E2021_02, Some(Saas), N::Req),
            // The diagram: the five Azure IP types in the seeds, SaaS only since 2023-08.
            (FieldId::Doc(DocSlot::ReferenceArchitectureDiagram), E2021_02, Some(AzureContainer), N::Req),
            (FieldId::Doc(DocSlot::ReferenceArchitectureDiagram), E2025_09, Some(AzureContainer), N::No),
            (FieldId::Doc(DocSlot::ReferenceArchitectureDiagram), E2025_09, Some(Saas), N::Req),
            // Revenue: Azure IP offers; billed revenue is optional (either figure meets it).
            (FieldId::AzureConsumed, E2025_09, Some(IotEdgeModule), N::Req),
            (FieldId::MarketplaceBilled, E2025_09, Some(IotEdgeModule), N::Opt),
            (FieldId::MarketplaceBilled, E2025_09, Some(PowerBiApp), N::No),
            (FieldId::Transactable, E2020_09, Some(PowerBiApp), N::No),
            (FieldId::Transactable, E2025_09, Some(AzureVirtualMachine), N::Req),
            // The certified software designation: 2025-09 only, optional, for every offer.
            (FieldId::CertifiedSoftware, E2025_09, Some(ManagedService), N::Opt),
            (FieldId::CertifiedSoftware, E2023_08, Some(Saas), N::Abs),
            (FieldId::CertifiedSoftware, E2021_02, Some(Saas), N::Abs),
            // Fields no row reads keep the field table's own need.
            (FieldId::OfferName, E2025_09, None, N::Req),
            (FieldId::Doc(DocSlot::CaseStudy), E2025_09, Some(Saas), N::Opt),
            (FieldId::OfferType, E2020_09, None, N::Req),
        ];
        for (field, edition, offer_type, want) in cases {
            let mut sub = Submission::new("X", *edition);
            sub.offer.offer_type = *offer_type;
            let got = match field.need(&sub) {
                Need::Required => N::Req,
                Need::Optional => N::Opt,
                Need::NotNeeded(why) => {
                    assert!(!why.is_empty(), "{field:?} {edition}: a reason");
                    N::No
                }
                Need::Absent => N::Abs,
            };
            assert_eq!(got, *want, "{field:?} in {edition} for {offer_type:?}");
        }
    }

    /// Spec §12: "Microsoft Marketplace" in every label and help of 2025-09, and no ISV Connect.
    #[test]
    fn the_2025_texts_name_microsoft_marketplace_and_isv_success() {
        let e = Edition::E2025_09;
        let t = rules_of(e);
        let mut texts: Vec<String> = Vec::new();
        for f in FIELDS.iter().filter(|f| asked(f.id, e)) {
            texts.push(f.label(e).into());
            texts.push(f.help(e).into());
        }
        texts.extend(t.requirements.iter().map(|r| r.title.to_string()));
        for status in STATUSES {
            texts.push(t.labels.label(status).into());
            for certified in [None, Some(true)] {
                let mut sub = Submission::new("X", e);
                sub.partner.certified_software_designation = certified;
                texts.extend((t.notes)(status, &sub).iter().map(|n| n.to_string()));
            }
        }
        for b in (t.benefits)(Status::AzureIpCoSellIncentivized) {
            let (title, text) = (t.benefit_words)(*b);
            texts.extend([title.to_string(), text.to_string()]);
        }
        let w = &t.words;
        texts.extend(
            [
                w.account.text(),
                w.storefront.text(),
                w.marketplace.text(),
                w.programme,
                w.billed.text(),
                w.live_first.text(),
                w.submit.text(),
            ]
            .map(String::from),
        );
        // The reasons the checks give, for offers that miss the marketplace-related rows.
        for offer_type in crate::model::OfferType::ALL {
            let mut sub = Submission::new("X", e);
            sub.offer.offer_type = Some(*offer_type);
            sub.offer.live = Some(false);
            sub.offer.transactable = Some(false);
            sub.partner.mpn_id = Some("123".into());
            sub.partner.marketplace_account_active = Some(false);
            sub.partner.isv_connect = Some(crate::model::IsvConnect::None);
            let report = evaluate(&sub, e);
            texts.extend(report.requirements.iter().map(|r| r.reason.clone()));
        }
        assert!(texts.iter().any(|t| t.contains("Microsoft Marketplace")));
        for text in &texts {
            for old in [
                "Azure Marketplace",
                "AppSource",
                "ISV Connect",
                "commercial marketplace",
            ] {
                assert!(!text.contains(old), "2025-09 says {old:?}: {text}");
            }
            assert!(
                !text.contains("marketplace"),
                "the marketplace is Microsoft Marketplace (or Marketplace) in 2025-09: {text}"
            );
        }
    }

    #[test]
    fn listing_values_outside_the_catalogue_warn() {
        let mut sub = Submission::new("X", Edition::E2021_02);
        sub.listing.microsoft_platforms = vec!["Microsoft Azure".into(), "Azure".into()];
        sub.listing.segments = vec!["smb".into()];
        sub.listing.solution_areas = vec![crate::model::SolutionArea {
            area: "Azure".into(),
            sub_areas: vec!["Blockchain".into(), "Quantum".into()],
        }];
        let w = listing_warnings(&sub, Edition::E2021_02);
        assert_eq!(w.len(), 2, "{w:?}");
        assert!(w[0].text.contains("\"Azure\""));
        assert!(w[1].text.contains("Quantum"));
        assert_eq!(w[1].field, Some(FieldId::SubAreas(0)));
        sub.listing.microsoft_platforms = vec!["Microsoft Azure".into()];
        sub.listing.solution_areas[0].area = "Security".into();
        sub.listing.solution_areas[0].sub_areas = vec!["Data Security".into(), "Quantum".into()];
        let w = listing_warnings(&sub, Edition::E2023_08);
        assert_eq!(w.len(), 1, "segments are not read in 2023-08: {w:?}");
        assert!(w[0].text.starts_with("sales play \"Quantum\""));
    }

    #[test]
    fn the_contact_checks_are_reused_until_the_contacts_change() {
        let mut sub = Submission::new("X", Edition::E2021_02);
        sub.contacts.push(Contact::default());
        let mut cache = EvalCache::default();
        let a = cache.contact_checks(&sub);
        let b = cache.contact_checks(&sub);
        assert!(std::sync::Arc::ptr_eq(&a, &b), "unchanged contacts: cached");
        sub.offer.name = Some("Y".into());
        assert!(std::sync::Arc::ptr_eq(&a, &cache.contact_checks(&sub)));
        sub.contacts[0].email = "ada@contoso.example".into();
        let c = cache.contact_checks(&sub);
        assert!(!std::sync::Arc::ptr_eq(&a, &c), "a contact edit re-checks");
        assert!(c.problems.iter().all(|(_, col, _)| *col != "email"));
    }
}
