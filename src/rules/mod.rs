//! The co-sell status rules: `evaluate(&Submission, Edition) -> StatusReport`. Each edition is a
//! table ([`EditionRules`]): one row per requirement (id, tier, applies-to, check) in the order
//! of its status block, its ladder, its benefits and its notes. The checks live in `checks` and
//! are shared by the tables; the only I/O is the document check, behind a [`FileProbe`].
//!
//! Adding an edition: a new `Edition` variant, a table here (copy the nearest one), its status
//! labels and requirement titles in `status.rs`, its catalogue in assets/.

mod checks;
mod rows;
mod seeds;
mod today;

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::Weak;

use crate::catalogue::Catalogue;
use crate::fields::{ContactField, FIELDS, FieldId, Need, Problem, Warning};
use crate::model::geo;
use crate::model::{Contact, DocSlot, Edition, OfferType, Submission};
use crate::status::{
    BenefitId, RequirementId, RequirementResult, RequirementState, Status, StatusReport, Tier,
};
use crate::validate::{self, DiskProbe, FileFacts, FileProbe};

pub use checks::{AZURE_SHARE_THRESHOLD, REVENUE_THRESHOLD_USD};

/// What a check found.
pub(crate) enum Outcome {
    Met(String),
    /// Unmet: the JSON path the reason is about, the reason, and the field that fixes it.
    Unmet {
        at: String,
        reason: String,
        fix: FieldId,
    },
}

pub(crate) fn unmet(at: impl Into<String>, reason: impl Into<String>, fix: FieldId) -> Outcome {
    Outcome::Unmet {
        at: at.into(),
        reason: reason.into(),
        fix,
    }
}

/// Whether a requirement applies to the offer.
pub(crate) enum Applies {
    Yes,
    /// Not applicable, and why.
    No(String),
    /// Cannot tell yet (the offer type is not answered): unmet, with the field to answer.
    Unknown {
        at: String,
        reason: String,
        fix: FieldId,
    },
}

/// One row of an edition's table.
pub struct Rule {
    pub id: RequirementId,
    pub tier: Tier,
    pub(crate) applies: fn(&Ctx) -> Applies,
    pub(crate) check: fn(&Ctx) -> Outcome,
}

/// An edition of the rules, as data.
pub struct EditionRules {
    pub edition: Edition,
    /// Every requirement of the edition, in the order of its status block.
    pub requirements: &'static [Rule],
    /// The status reached, from the evaluated requirements.
    pub(crate) ladder: fn(&Submission, &[RequirementResult]) -> Status,
    /// The benefits a status unlocks.
    pub benefits: fn(Status) -> &'static [BenefitId],
    /// What the edition says beside the benefits of a status.
    pub notes: fn(Status) -> &'static [&'static str],
    /// Where the partner fills it in, in Partner Center.
    pub page: &'static str,
    /// What Microsoft does after the partner submits.
    pub after_submit: &'static str,
}

/// The table of an edition.
pub fn rules_of(edition: Edition) -> &'static EditionRules {
    match edition {
        Edition::E2020_09 => &seeds::E2020_09,
        Edition::E2021_02 => &seeds::E2021_02,
        Edition::E2023_08 => &today::E2023_08,
    }
}

/// The requirement ids of an edition, in the order of its status block.
pub fn requirement_ids(edition: Edition) -> impl Iterator<Item = RequirementId> {
    rules_of(edition).requirements.iter().map(|r| r.id)
}

/// The benefits a status unlocks in an edition.
pub fn benefits(status: Status, edition: Edition) -> &'static [BenefitId] {
    (rules_of(edition).benefits)(status)
}

/// The contacts' problems and warnings, computed once per version of the contacts list: the
/// email check of 100,000 contacts is most of an evaluation, and most edits do not touch them.
#[derive(Default)]
pub struct EvalCache {
    version: Option<Weak<Vec<Contact>>>,
    contacts: std::sync::Arc<ContactChecks>,
}

#[derive(Default)]
pub(crate) struct ContactChecks {
    /// (row, column, reason) of every invalid cell.
    problems: Vec<(usize, &'static str, String)>,
    warnings: Vec<Warning>,
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

/// What the checks read, computed once per evaluation.
pub(crate) struct Ctx<'a> {
    pub sub: &'a Submission,
    pub edition: Edition,
    pub docs: HashMap<DocSlot, Result<FileFacts, String>>,
    pub contacts: &'a ContactChecks,
}

impl Ctx<'_> {
    pub fn offer_type(&self) -> Option<OfferType> {
        self.sub.offer.offer_type
    }

    /// The first invalid contact cell: (row, column, reason).
    pub fn first_contact_problem(&self) -> Option<&(usize, &'static str, String)> {
        self.contacts.problems.first()
    }
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
    let ctx = Ctx {
        sub,
        edition,
        docs,
        contacts: &contacts,
    };
    let table = rules_of(edition);
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
                title: rule.id.title(edition),
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
        notes: (table.notes)(status).to_vec(),
    }
}

/// Whether every requirement of a tier holds (met or not applicable).
pub(crate) fn holds(requirements: &[RequirementResult], tier: Tier) -> bool {
    requirements
        .iter()
        .filter(|r| r.tier == tier)
        .all(|r| r.state != RequirementState::Unmet)
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
    if ctx.edition.is_seed() && sub.offer.offer_type == Some(OfferType::Microsoft365App) {
        out.push(Warning {
            field: Some(FieldId::OfferType),
            text: "Microsoft 365 apps were excluded from co-sell in July 2021; check the current rules before relying on this status".into(),
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
                format!("platform {p:?} is not one of Partner Center's checkboxes"),
            );
        }
    }
    if edition.is_seed() {
        for s in &listing.segments {
            if !Catalogue::has(&cat.segments, s) {
                warn(
                    FieldId::Segments,
                    format!("segment {s:?} is not SMB, Corporate or Enterprise"),
                );
            }
        }
    }
    let what = match edition {
        Edition::E2023_08 => "sales play",
        _ => "sub-area",
    };
    for (i, a) in listing.solution_areas.iter().enumerate() {
        let row = i.min(u8::MAX as usize) as u8;
        match cat.solution_areas.get(&a.area) {
            None => warn(
                FieldId::Area(row),
                format!("solution area {:?} is not in the catalogue", a.area),
            ),
            Some(subs) => {
                for s in &a.sub_areas {
                    if !Catalogue::has(subs, s) {
                        warn(
                            FieldId::SubAreas(row),
                            format!("{what} {s:?} is not in the catalogue for {:?}", a.area),
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
    pub states: Vec<Option<RequirementState>>,
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
        .map(|id| CompareRow {
            id: *id,
            states: reports.iter().map(|r| r.state(*id)).collect(),
        })
        .filter(|row| row.states.iter().any(Option::is_some))
        .collect();
    rows.sort_by_key(|r| !r.differs());
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

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
