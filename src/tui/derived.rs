//! What is derived from the draft after each change (not per frame): the step marks, each
//! step's first problem, the coverage of the markets, the document checks.

use std::collections::HashMap;

use crate::coverage::Coverage;
use crate::fields::{FieldId, FieldKind, Need, Step, fields_of};
use crate::model::Contact;
use crate::session::DraftSession;
use crate::status::RequirementState;
use crate::validate::{FileFacts, FileProbe};

/// How far a step is, as the step bar shows it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepMark {
    NotStarted,
    InProgress,
    Invalid,
    Done,
}

/// What is derived from the draft after each change (not per frame).
#[derive(Default)]
pub struct Derived {
    pub marks: HashMap<Step, StepMark>,
    /// The first invalid value of each step, in words (blocks Next).
    pub step_errors: HashMap<Step, String>,
    pub coverage: Coverage,
    /// The markets in the order the coverage list shows them: uncovered first.
    pub coverage_order: Vec<usize>,
    /// What `coverage` was computed from: a field commit that touches neither keeps it.
    coverage_of: Option<(std::sync::Weak<Vec<Contact>>, Vec<String>)>,
    /// Where the contact rows' problems sit in the report's problems (sorted by row).
    pub contact_problems: std::ops::Range<usize>,
    /// The file check of every path field with a value.
    pub docs: HashMap<FieldId, Result<FileFacts, String>>,
}

impl Derived {
    /// The first problem of a contact row, found by bisection (a frame shows a page of a list
    /// that may hold 100,000 rows).
    pub fn contact_problem<'r>(
        &self,
        report: &'r crate::status::StatusReport,
        row: usize,
    ) -> Option<&'r crate::fields::Problem> {
        let slice = report.problems.get(self.contact_problems.clone())?;
        let at = slice.partition_point(|p| p.contact.is_some_and(|(i, _)| i < row));
        slice
            .get(at)
            .filter(|p| p.contact.is_some_and(|(i, _)| i == row))
    }
}

impl Derived {
    /// Derives from the session's draft; `old` keeps the coverage when neither the contacts nor
    /// the markets changed.
    pub fn compute(s: &DraftSession, old: Derived) -> Derived {
        let sub = s.sub();
        let report = s.report();
        let edition = s.edition();
        let mut marks = HashMap::new();
        let mut errors = HashMap::new();
        for step in Step::WIZARD {
            let fields: Vec<FieldId> = fields_of(step, sub).map(|f| f.id).collect();
            let error = report
                .problems
                .iter()
                .find(|p| p.field.step() == step)
                .map(|p| p.in_words(edition));
            let open = report.requirements.iter().any(|r| {
                r.state == RequirementState::Unmet && r.fix.is_some_and(|f| f.step() == step)
            });
            let answered = fields.iter().any(|f| !f.get(sub).is_empty());
            let required = fields.iter().any(|f| f.need(sub) == Need::Required);
            let mark = match step {
                Step::Review if report.is_exportable() => StepMark::Done,
                Step::Review => StepMark::InProgress,
                _ if error.is_some() => StepMark::Invalid,
                _ if !open && (answered || !required) => StepMark::Done,
                _ if answered => StepMark::InProgress,
                _ => StepMark::NotStarted,
            };
            marks.insert(step, mark);
            if let Some(e) = error {
                errors.insert(step, e);
            }
        }
        let probe = s.probe();
        let docs = crate::fields::FIELDS
            .iter()
            .filter(|f| f.kind == FieldKind::Path)
            .filter_map(|f| {
                let v = f.id.get(sub);
                (!v.is_empty()).then(|| (f.id, probe.probe(&v)))
            })
            .collect();
        let start = report
            .problems
            .iter()
            .position(|p| p.contact.is_some())
            .unwrap_or(0);
        let len = report.problems[start..]
            .iter()
            .take_while(|p| p.contact.is_some())
            .count();
        let same_coverage = old
            .coverage_of
            .as_ref()
            .is_some_and(|(v, m)| sub.contacts.is_version(v) && *m == sub.markets);
        let (coverage, coverage_order, coverage_of) = if same_coverage {
            (old.coverage, old.coverage_order, old.coverage_of)
        } else {
            let cov = crate::coverage::coverage(&sub.markets, &sub.contacts);
            let mut order: Vec<usize> = (0..cov.markets.len()).collect();
            order.sort_by_key(|&i| cov.is_covered(&cov.markets[i]));
            let key = Some((sub.contacts.version(), sub.markets.clone()));
            (cov, order, key)
        };
        Derived {
            marks,
            step_errors: errors,
            coverage,
            coverage_order,
            coverage_of,
            contact_problems: start..start + len,
            docs,
        }
    }

    /// The first invalid value on a step: what blocks going forward.
    pub fn step_error(&self, step: Step) -> Option<&str> {
        self.step_errors.get(&step).map(String::as_str)
    }

    pub fn step_mark(&self, step: Step) -> StepMark {
        self.marks
            .get(&step)
            .copied()
            .unwrap_or(StepMark::NotStarted)
    }
}
