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

    /// The step's title in the reader's language (`step-<id>` in the catalogue).
    pub fn title(self) -> &'static str {
        crate::model::fixed_words(&format!("step-{}", self.id()), &[])
    }

    /// The step's name in the step bar: short enough that the seven fit 80 columns in every
    /// language (`tests::step_titles_fit`).
    pub fn short(self) -> &'static str {
        crate::model::fixed_words(&format!("step-{}.short", self.id()), &[])
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::{self, Lang};

    /// The most characters of a title: the review's list pads titles to 24 and puts a mark
    /// right after, so a title needs a blank after it.
    const TITLE_WIDTH: usize = 23;
    /// The step bar is ` 1 Offer✓ ` per step (the short name and 5 more, 4 for Review without
    /// its mark), and must fit 80 columns when every step is shown: 80 - 7 × 5 = 45.
    const BAR_NAMES_WIDTH: usize = 45;

    #[test]
    fn step_titles_fit() {
        for lang in Lang::all() {
            i18n::with(lang, || {
                let mut bar = 0;
                for step in Step::ALL {
                    let title = step.title();
                    let short = step.short();
                    assert!(
                        !title.is_empty() && !short.is_empty(),
                        "{}: {step:?}",
                        lang.code()
                    );
                    assert!(
                        title.chars().count() <= TITLE_WIDTH,
                        "{}: {title:?} is longer than {TITLE_WIDTH}",
                        lang.code()
                    );
                    assert!(
                        short.chars().count() <= title.chars().count().max(10),
                        "{}: {short:?} is no shorter than its title",
                        lang.code()
                    );
                    if step != Step::Start {
                        bar += short.chars().count();
                    }
                }
                assert!(
                    bar <= BAR_NAMES_WIDTH,
                    "{}: the step bar's names take {bar} columns; at most {BAR_NAMES_WIDTH} fit 80",
                    lang.code()
                );
            });
        }
    }
}
