//! The wizard's steps: the screens of a draft, in order, and where a draft reopens. The field
//! table says which step asks each field; the front ends walk the steps.

use crate::model::Submission;

/// The wizard's screens, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Step {
    Start,
    Offer,
    Listing,
    Documents,
    Contacts,
    Diagram,
    Revenue,
    Review,
}

impl Step {
    pub const ALL: [Step; 8] = [
        Step::Start,
        Step::Offer,
        Step::Listing,
        Step::Documents,
        Step::Contacts,
        Step::Diagram,
        Step::Revenue,
        Step::Review,
    ];

    /// The steps of a draft (all but Start), numbered 1 to 7.
    pub const WIZARD: [Step; 7] = [
        Step::Offer,
        Step::Listing,
        Step::Documents,
        Step::Contacts,
        Step::Diagram,
        Step::Revenue,
        Step::Review,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Step::Start => "start",
            Step::Offer => "offer",
            Step::Listing => "listing",
            Step::Documents => "documents",
            Step::Contacts => "contacts",
            Step::Diagram => "diagram",
            Step::Revenue => "revenue",
            Step::Review => "review",
        }
    }

    pub fn title(self) -> &'static str {
        match self {
            Step::Start => "Start",
            Step::Offer => "Offer & partner",
            Step::Listing => "Listing",
            Step::Documents => "Documents",
            Step::Contacts => "Contacts per geography",
            Step::Diagram => "Architecture diagram",
            Step::Revenue => "Revenue",
            Step::Review => "Review & export",
        }
    }

    pub fn short(self) -> &'static str {
        match self {
            Step::Start => "Start",
            Step::Offer => "Offer",
            Step::Listing => "Listing",
            Step::Documents => "Docs",
            Step::Contacts => "Contacts",
            Step::Diagram => "Diagram",
            Step::Revenue => "Revenue",
            Step::Review => "Review",
        }
    }

    /// 1 for Offer … 7 for Review; 0 for Start.
    pub fn number(self) -> usize {
        Step::WIZARD
            .iter()
            .position(|s| *s == self)
            .map_or(0, |i| i + 1)
    }

    /// The step with a number (1–7).
    pub fn from_number(n: usize) -> Option<Step> {
        n.checked_sub(1).and_then(|i| Step::WIZARD.get(i)).copied()
    }

    pub fn parse(s: &str) -> Option<Step> {
        Step::ALL.into_iter().find(|st| st.id() == s)
    }

    /// Where a draft reopens: the step it was left on, else the first.
    pub fn resume_at(sub: &Submission) -> Step {
        sub.x_last_step
            .as_deref()
            .and_then(Step::parse)
            .filter(|s| *s != Step::Start)
            .unwrap_or(Step::Offer)
    }

    pub fn next(self) -> Step {
        let i = Step::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Step::ALL[(i + 1).min(Step::ALL.len() - 1)]
    }

    pub fn prev(self) -> Step {
        let i = Step::ALL.iter().position(|s| *s == self).unwrap_or(0);
        Step::ALL[i.saturating_sub(1).max(1)]
    }
}
